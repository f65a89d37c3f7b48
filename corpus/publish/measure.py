"""measure: the numbers of a datasheet, read from a release's shards with pyarrow.

Shards are streamed batch by batch over a few small columns (never the image bytes), so memory is
bounded by the number of distinct values kept in histograms (articles, sites, lengths), not by rows.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq

from ..write import config_and_split, shards_of

#: columns read from the image-caption configs; the image column itself is never read
CAPTION_COLUMNS = ("site", "caption_words", "caption_chars", "caption_language", "article_id",
                   "article_published", "has_credit", "caption_source", "caption_cluster")
IMAGE_COLUMNS = ("image_width", "image_height", "image_format", "image_original_bytes", "image_cluster")
BATCH_ROWS = 4096


@dataclass
class Histogram:
    """Counts of values; percentiles without keeping every value."""

    counts: Counter = field(default_factory=Counter)

    def add(self, value) -> None:
        if value is not None:
            self.counts[value] += 1

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def percentile(self, q: float):
        """Smallest value with at least q of the mass at or below it (nearest-rank)."""
        total = self.total
        if not total:
            return None
        rank = max(1, math.ceil(q * total - 1e-9))
        running = 0
        for value in sorted(self.counts):
            running += self.counts[value]
            if running >= rank:
                return value
        return max(self.counts)

    def mean(self) -> float | None:
        total = self.total
        return sum(v * n for v, n in self.counts.items()) / total if total else None


@dataclass
class CaptionStats:
    """What the default (image) and text_only rows of a release look like."""

    rows: Counter = field(default_factory=Counter)  # (config, split) -> rows
    sites: Counter = field(default_factory=Counter)  # (site, config) -> rows
    words: Histogram = field(default_factory=Histogram)
    chars: Histogram = field(default_factory=Histogram)
    caption_languages: Counter = field(default_factory=Counter)
    caption_sources: Counter = field(default_factory=Counter)
    with_credit: int = 0
    months: Counter = field(default_factory=Counter)  # "YYYY-MM" of article_published -> rows
    undated: int = 0
    first_date: str | None = None
    last_date: str | None = None
    images_per_article: Counter = field(default_factory=Counter)  # article_id -> default rows
    caption_clusters: Counter = field(default_factory=Counter)  # cluster id -> rows
    image_clusters: Counter = field(default_factory=Counter)
    widths: Histogram = field(default_factory=Histogram)
    heights: Histogram = field(default_factory=Histogram)
    longest_side: Histogram = field(default_factory=Histogram)
    megapixels: Histogram = field(default_factory=Histogram)  # rounded to 0.1
    image_formats: Counter = field(default_factory=Counter)
    original_kib: Histogram = field(default_factory=Histogram)


@dataclass
class ArticleStats:
    rows: Counter = field(default_factory=Counter)  # split -> articles
    languages: Counter = field(default_factory=Counter)
    sites: Counter = field(default_factory=Counter)
    sections: Counter = field(default_factory=Counter)
    paragraphs: Histogram = field(default_factory=Histogram)


@dataclass
class RejectStats:
    reasons: Counter = field(default_factory=Counter)  # (stage, reason) -> rows
    examples: dict = field(default_factory=dict)  # reason -> first source (a relative path)


@dataclass
class ReleaseStats:
    captions: CaptionStats
    articles: ArticleStats
    rejects: RejectStats

    def rows(self, config: str) -> dict[str, int]:
        if config == "articles":
            return dict(self.articles.rows)
        if config == "rejects":
            return {"train": sum(self.rejects.reasons.values())} if self.rejects.reasons else {}
        return {s: n for (c, s), n in self.captions.rows.items() if c == config}


def shard_paths(release: Path, config: str) -> list[Path]:
    return shards_of(release, config)


def split_of(path: Path) -> str:
    return config_and_split(path)[1]


def batches(release: Path, config: str, columns: tuple[str, ...]) -> Iterator[tuple[str, list[dict]]]:
    """(split, rows as dicts) over every shard of a config, reading only `columns` that exist."""
    for path in shard_paths(release, config):
        pf = pq.ParquetFile(path)
        present = [c for c in columns if c in pf.schema_arrow.names]
        for batch in pf.iter_batches(batch_size=BATCH_ROWS, columns=present):
            yield split_of(path), batch.to_pylist()


def add_caption_row(st: CaptionStats, config: str, row: dict) -> None:
    st.sites[(row.get("site") or "unknown", config)] += 1
    st.words.add(row.get("caption_words"))
    st.chars.add(row.get("caption_chars"))
    st.caption_languages[row.get("caption_language") or "unknown"] += 1
    st.caption_sources[row.get("caption_source") or "unknown"] += 1
    st.with_credit += bool(row.get("has_credit"))
    add_date(st, row.get("article_published"))
    if row.get("caption_cluster"):
        st.caption_clusters[row["caption_cluster"]] += 1


def add_date(st: CaptionStats, published) -> None:
    if published is None:
        st.undated += 1
        return
    day = f"{published.year:04d}-{published.month:02d}-{published.day:02d}"  # strftime drops year padding
    st.months[day[:7]] += 1
    st.first_date = min(st.first_date or day, day)
    st.last_date = max(st.last_date or day, day)


def add_image_row(st: CaptionStats, row: dict) -> None:
    st.images_per_article[row["article_id"]] += 1
    w, h = row.get("image_width"), row.get("image_height")
    st.widths.add(w)
    st.heights.add(h)
    if w and h:
        st.longest_side.add(max(w, h))
        st.megapixels.add(round(w * h / 1e6, 1))
    st.image_formats[row.get("image_format") or "unknown"] += 1
    if row.get("image_original_bytes") is not None:
        st.original_kib.add(row["image_original_bytes"] // 1024)
    if row.get("image_cluster"):
        st.image_clusters[row["image_cluster"]] += 1


def caption_stats(release: Path) -> CaptionStats:
    st = CaptionStats()
    for config in ("default", "text_only"):
        columns = CAPTION_COLUMNS + (IMAGE_COLUMNS if config == "default" else ())
        for split, rows in batches(release, config, columns):
            st.rows[(config, split)] += len(rows)
            for row in rows:
                add_caption_row(st, config, row)
                if config == "default":
                    add_image_row(st, row)
    return st


def article_stats(release: Path) -> ArticleStats:
    st = ArticleStats()
    columns = ("article_id", "site", "language", "section", "paragraphs")
    for split, rows in batches(release, "articles", columns):
        st.rows[split] += len(rows)
        for row in rows:
            st.languages[row.get("language") or "unknown"] += 1
            st.sites[row.get("site") or "unknown"] += 1
            st.sections[row.get("section") or "none"] += 1
            st.paragraphs.add(len(row.get("paragraphs") or []))
    return st


def reject_stats(release: Path) -> RejectStats:
    st = RejectStats()
    for _, rows in batches(release, "rejects", ("stage", "reason", "source")):
        for row in rows:
            st.reasons[(row["stage"], row["reason"])] += 1
            st.examples.setdefault(row["reason"], row.get("source") or "")
    return st


def measure(release: Path) -> ReleaseStats:
    """Every measured number of a release, from one pass over the small columns of its shards."""
    release = Path(release)
    return ReleaseStats(caption_stats(release), article_stats(release), reject_stats(release))
