"""annotate: language, lengths and credit flags as columns (never drops, not a ledger stage)."""
from __future__ import annotations

import logging
import re
from typing import Iterable, Iterator

import pycld2

from .records import Article, Sample
from .words import count_words
from .rejects import Ledger

log = logging.getLogger(__name__)

# CLD2 still emits a few legacy codes; the dataset promises ISO 639-1.
_LEGACY_CODES = {"iw": "he", "jw": "jv", "in": "id", "zh-Hant": "zh", "zh-TW": "zh"}
_MIN_PERCENT = 60  # below this the text is mixed; the top language does not describe it
_MAX_CHARS = 20_000  # article language is settled long before this; keeps CLD2 fast on huge bodies
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f]|[\ud800-\udfff]")  # CLD2 rejects controls and surrogates



def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of text, or None when CLD2 is not confident (short or mixed text)."""
    if not text:
        return None
    clean = _INVISIBLE.sub(" ", text[:_MAX_CHARS])
    try:
        reliable, _, details = pycld2.detect(clean)
    except pycld2.error as e:  # invalid UTF-8 after all: an unknown language, not a failure
        log.debug("cld2 refused text: %s", e)
        return None
    name, code, percent, _ = details[0]
    if not reliable or code == "un" or percent < _MIN_PERCENT:
        return None
    return _LEGACY_CODES.get(code, code.split("-")[0])


def annotate_article(article: Article) -> None:
    """An article whose page declares no language gets the one its body text is written in (once per
    article: its samples and its row in the articles config take it from here)."""
    if article.language is None:
        article.language = detect_language("\n".join(article.paragraphs))


def annotate_sample(s: Sample) -> None:
    """Fill the annotation columns of one sample in place (the article's language came with the article)."""
    s.caption_language = detect_language(s.caption)
    s.caption_words = count_words(s.caption)
    s.caption_chars = len(s.caption)
    s.has_credit = bool(s.credit)


def run(samples: Iterable[Sample], ledger: Ledger | None = None) -> Iterator[Sample]:
    """Annotate every sample; nothing is dropped, so the ledger is not touched."""
    for s in samples:
        annotate_sample(s)
        yield s
