"""extract: RawDoc -> Article (metadata, ordered body paragraphs, figures).

Contract for every extractor in EXTRACTORS:
  * it returns an Article, or raises NotArticle(reason, detail) for a document that holds no article;
  * for every image candidate it meets it calls ledger.see("figures") and then either keeps it
    (ledger.keep("figures") and appends a Figure) or rejects it with ledger.reject("figures", ...).
"""
from __future__ import annotations

import logging
from typing import Callable

from ..config import ExtractConfig
from ..records import Article, RawDoc
from ..rejects import Ledger, Reason, Rejected

log = logging.getLogger(__name__)


class NotArticle(Rejected):
    """The document holds no article."""


def _extractors() -> dict[str, Callable[[RawDoc, ExtractConfig, Ledger], Article]]:
    from .html import extract_html
    from .text import extract_text

    return {"html": extract_html, "text": extract_text}


def extract_article(doc: RawDoc, cfg: ExtractConfig, ledger: Ledger, strict: bool = False) -> Article | None:
    """Run the extractor for doc.kind; a document without an article becomes a reject."""
    ledger.see("extract")
    try:
        article = _extractors()[doc.kind](doc, cfg, ledger)
    except NotArticle as e:
        ledger.reject("extract", e.reason, doc.ref, e.detail)
        return None
    except (RecursionError, MemoryError, ValueError) as e:
        if strict:
            raise
        ledger.reject("extract", Reason.EXTRACT_UNPARSABLE, doc.ref, f"{type(e).__name__}: {e}")
        return None
    except Exception as e:  # noqa: BLE001 - one bad page must not stop a long build
        if strict:
            raise
        log.exception("internal error extracting %s", doc.ref.as_text())
        ledger.reject("extract", Reason.INTERNAL_ERROR, doc.ref, f"{type(e).__name__}: {e}")
        return None
    ledger.keep("extract")
    return article
