"""measure: the numbers of a datasheet, read from a release's shards with pyarrow.

Shards are streamed batch by batch over a few small columns (never the image bytes), so memory is
bounded by the number of distinct values kept in histograms (articles, sites, lengths), not by rows.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from ..write import config_and_split, shards_of

#: columns read from the image-caption configs; the image column itself is never read
CAPTION_COLUMNS = ("site", "caption_words", "caption_chars", "caption_language", "article_id",
                   "article_published", "has_credit", "caption_source", "caption_cluster")
IMAGE_COLUMNS = ("image_width", "image_height", "image_format", "image_original_bytes", "image_cluster",
                 "image_stored_format", "image_handling", "image_metadata_removed")
BATCH_ROWS = 4096
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


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
    megapixels: Histogram = field(default_factory=Histogram)  # rounded to 0.001
    image_formats: Counter = field(default_factory=Counter)  # of the published files
    stored_formats: Counter = field(default_factory=Counter)
    handling: Counter = field(default_factory=Counter)  # original | re-encoded | resized
    metadata_removed: int = 0
    original_kib: Histogram = field(default_factory=Histogram)  # rounded to 0.1 KiB


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


def column_batches(release: Path, config: str, columns: tuple[str, ...]) -> Iterator[tuple[str, int, dict]]:
    """(split, rows, {column: Arrow array}) over every shard of a config, reading only `columns`."""
    for path in shard_paths(release, config):
        pf = pq.ParquetFile(path)
        names = set(pf.schema_arrow.names)  # schema_arrow is rebuilt on every access
        present = [c for c in columns if c in names]
        for batch in pf.iter_batches(batch_size=BATCH_ROWS, columns=present):
            yield split_of(path), batch.num_rows, {name: batch.column(name) for name in present}


def values(cols: dict, name: str, rows: int) -> list:
    """A column as Python values (all None when the shard lacks it)."""
    return cols[name].to_pylist() if name in cols else [None] * rows


def count(counter: Counter, items, missing: str = "unknown") -> None:
    counter.update(v or missing for v in items)


def add_dates(st: CaptionStats, column) -> None:
    """Months, first and last day of publication; the timestamps are read as epoch microseconds
    (UTC) and only distinct days become dates."""
    if column is None:
        return
    micros = column.cast(pa.int64()).to_pylist()
    days = Counter(m // 86_400_000_000 for m in micros if m is not None)
    st.undated += sum(m is None for m in micros)
    for day_number, n in days.items():
        d = EPOCH + timedelta(days=day_number)
        day = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"  # strftime drops year padding
        st.months[day[:7]] += n
        st.first_date = min(st.first_date or day, day)
        st.last_date = max(st.last_date or day, day)


def add_caption_columns(st: CaptionStats, config: str, cols: dict, rows: int) -> None:
    st.sites.update((site or "unknown", config) for site in values(cols, "site", rows))
    st.words.counts.update(v for v in values(cols, "caption_words", rows) if v is not None)
    st.chars.counts.update(v for v in values(cols, "caption_chars", rows) if v is not None)
    count(st.caption_languages, values(cols, "caption_language", rows))
    count(st.caption_sources, values(cols, "caption_source", rows))
    st.with_credit += sum(bool(v) for v in values(cols, "has_credit", rows))
    if "article_published" in cols:
        add_dates(st, cols["article_published"])
    else:
        st.undated += rows
    st.caption_clusters.update(v for v in values(cols, "caption_cluster", rows) if v)


def add_image_columns(st: CaptionStats, cols: dict, rows: int) -> None:
    st.images_per_article.update(values(cols, "article_id", rows))
    widths, heights = values(cols, "image_width", rows), values(cols, "image_height", rows)
    st.widths.counts.update(w for w in widths if w is not None)
    st.heights.counts.update(h for h in heights if h is not None)
    for w, h in zip(widths, heights):
        if w and h:
            st.longest_side.counts[max(w, h)] += 1
            st.megapixels.counts[round(w * h / 1e6, 3)] += 1
    count(st.image_formats, values(cols, "image_format", rows))
    count(st.stored_formats, values(cols, "image_stored_format", rows))
    count(st.handling, values(cols, "image_handling", rows))
    st.metadata_removed += sum(1 for v in values(cols, "image_metadata_removed", rows) if v)
    # to the nearest 0.1 KiB, not floored to whole KiB: that put a 900-byte picture at 0 KiB and the mean
    # half a KiB low
    st.original_kib.counts.update(round(b / 1024, 1) for b in values(cols, "image_original_bytes", rows)
                                  if b is not None)
    st.image_clusters.update(v for v in values(cols, "image_cluster", rows) if v)


def caption_stats(release: Path) -> CaptionStats:
    st = CaptionStats()
    for config in ("default", "text_only"):
        columns = CAPTION_COLUMNS + (IMAGE_COLUMNS if config == "default" else ())
        for split, rows, cols in column_batches(release, config, columns):
            st.rows[(config, split)] += rows
            add_caption_columns(st, config, cols, rows)
            if config == "default":
                add_image_columns(st, cols, rows)
    return st


def article_stats(release: Path) -> ArticleStats:
    st = ArticleStats()
    columns = ("article_id", "site", "language", "section", "paragraphs")
    for split, rows, cols in column_batches(release, "articles", columns):
        st.rows[split] += rows
        count(st.languages, values(cols, "language", rows))
        count(st.sites, values(cols, "site", rows))
        count(st.sections, values(cols, "section", rows), missing="none")
        # list lengths from the Arrow offsets: the paragraphs' text is never made into Python strings
        lengths = cols["paragraphs"].value_lengths().to_pylist() if "paragraphs" in cols else [0] * rows
        st.paragraphs.counts.update(n or 0 for n in lengths)
    return st


def reject_stats(release: Path) -> RejectStats:
    st = RejectStats()
    for _, rows, cols in column_batches(release, "rejects", ("stage", "reason", "source")):
        reasons = values(cols, "reason", rows)
        st.reasons.update(zip(values(cols, "stage", rows), reasons))
        for reason, source in zip(reasons, values(cols, "source", rows)):
            st.examples.setdefault(reason, source or "")
    return st


def measure(release: Path) -> ReleaseStats:
    """Every measured number of a release, from one pass over the small columns of its shards."""
    release = Path(release)
    return ReleaseStats(caption_stats(release), article_stats(release), reject_stats(release))
