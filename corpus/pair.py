"""pair: Article -> one Sample per captioned figure, with its context window and article metadata."""
from __future__ import annotations

from typing import Iterable, Iterator

from .config import PairConfig
from .records import Article, Figure, Sample, sample_id_for
from .rejects import Ledger, Reason


def context_window(paragraphs: list[str], position: int, k: int) -> tuple[list[str], list[str]]:
    """k paragraphs before the image and k after it (position = first paragraph after the image); none for a
    picture whose place is not known (position -1: a JSON record listed it without saying where it stood)."""
    if position < 0:
        return [], []
    position = max(0, min(position, len(paragraphs)))
    return paragraphs[max(0, position - k):position], paragraphs[position:position + k]


def make_sample(article: Article, fig: Figure, cfg: PairConfig) -> Sample:
    before, after = context_window(article.paragraphs, fig.position, cfg.context_paragraphs)
    caption = fig.caption or ""
    return Sample(
        id=sample_id_for(article.article_id, fig.url or fig.src, fig.index, caption),
        article_id=article.article_id,
        figure_index=fig.index,
        caption=caption,
        caption_raw=caption,
        credit=fig.credit,
        alt_text=fig.alt,
        caption_source=fig.caption_source,
        image_url=fig.url,
        image_src=fig.src,
        image_position=fig.position,
        context_before=before,
        context_after=after,
        article_url=article.url,
        article_title=article.title,
        article_published=article.published,
        article_authors=list(article.authors),
        site=article.site,
        article_language=article.language,
        provenance=article.ref.at(f"figure={fig.index}"),
        image_alternatives=list(fig.alternatives),
    )


def run(articles: Iterable[Article], cfg: PairConfig, ledger: Ledger) -> Iterator[Sample]:
    """A figure without caption text is no training pair: it is recorded, not kept."""
    for article in articles:
        for fig in article.figures:
            ledger.see("pair")
            if not (fig.caption and fig.caption.strip()):
                ledger.reject("pair", Reason.PAIR_NO_CAPTION, article.ref.at(f"figure={fig.index}"),
                              detail=fig.url or fig.src or "")
                continue
            ledger.keep("pair")
            yield make_sample(article, fig, cfg)
