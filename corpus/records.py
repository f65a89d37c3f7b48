"""The record types every stage passes along, and FEATURES: the one schema of the parquet shards."""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass, field
from datetime import datetime

#: config names of a release, in the order the card lists them
CONFIGS = ("default", "text_only", "articles", "rejects")
SPLITS = ("train", "validation", "test")


def short_hash(text: str, n: int = 16) -> str:
    """Hex prefix of sha256(text): ids are stable across machines and runs."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


@dataclass(slots=True)
class SourceRef:
    """Where a record came from: enough for a user to find the original again."""

    path: str  # input path relative to its input root (never absolute)
    locator: str = ""  # "line=40", "offset=48213", "figure=3"
    sha256: str = ""  # sha256 of the input file
    record_id: str | None = None  # WARC-Record-ID
    target_uri: str | None = None  # WARC-Target-URI
    fetch_date: datetime | None = None  # WARC-Date (UTC)

    def at(self, locator: str) -> "SourceRef":
        """The same source with a more precise locator appended."""
        loc = f"{self.locator};{locator}" if self.locator else locator
        return SourceRef(self.path, loc, self.sha256, self.record_id, self.target_uri, self.fetch_date)

    def as_text(self) -> str:
        return f"{self.path}:{self.locator}" if self.locator else self.path


@dataclass(slots=True)
class RawDoc:
    """One document as read by ingest, before extraction."""

    ref: SourceRef
    kind: str  # "html" | "text"
    content: bytes
    url: str | None = None  # known URL (WARC target, JSONL url); the page's canonical URL wins
    title: str | None = None  # hint from a JSONL export
    published: str | None = None  # hint from a JSONL export (any ISO-like string)
    base_dir: str | None = None  # realpath of the folder relative image paths resolve from (saved pages)
    root: str | None = None  # realpath of the input root: local files outside it are never opened


@dataclass(slots=True)
class Figure:
    """One in-article image with what the page says about it."""

    index: int  # order of the figure in its article, from 0
    src: str | None  # as found in the page (most specific real attribute)
    url: str | None  # absolute URL (src resolved against the canonical/base URL)
    alternatives: list[str] = field(default_factory=list)  # other URLs of the same picture
    caption: str | None = None  # without the credit
    credit: str | None = None
    alt: str | None = None
    position: int = 0  # index of the first body paragraph after the image
    caption_source: str | None = None  # figcaption | caption_class | json_ld | alt | text_scrape


@dataclass(slots=True)
class Article:
    """One article: metadata, ordered body paragraphs and figures."""

    ref: SourceRef
    article_id: str
    kind: str  # "html" | "text"
    url: str | None = None
    title: str | None = None
    published: datetime | None = None  # UTC
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    language: str | None = None
    section: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    base_dir: str | None = None
    root: str | None = None


@dataclass(slots=True)
class ImageInfo:
    """What the images stage made of one picture (stored bytes live in the blob store)."""

    sha256: str  # of the stored bytes
    ext: str  # "jpg" | "png" | "webp"
    width: int  # upright
    height: int
    original_format: str
    original_bytes: int
    phash: str  # perceptual hash, hex


@dataclass(slots=True)
class Sample:
    """One image-caption pair: a row of `default` (or of `text_only` when image is None)."""

    id: str
    article_id: str
    figure_index: int
    caption: str
    caption_raw: str
    credit: str | None
    alt_text: str | None
    caption_source: str | None
    image_url: str | None
    image_src: str | None  # as found in the page; resolves local files of saved pages
    image_position: int
    context_before: list[str]
    context_after: list[str]
    article_url: str | None
    article_title: str | None
    article_published: datetime | None
    article_authors: list[str]
    site: str | None
    article_language: str | None
    article_text: str
    provenance: SourceRef
    image: ImageInfo | None = None
    caption_language: str | None = None
    caption_words: int = 0
    caption_chars: int = 0
    has_credit: bool = False
    caption_cluster: str | None = None
    image_cluster: str | None = None
    image_alternatives: list[str] = field(default_factory=list)  # other URLs of the picture (srcset, twins)


def article_id_for(canonical_url: str | None, content_sha256: str) -> str:
    """Hash of the canonical URL, else of the content: never of a machine path."""
    return short_hash(f"url:{canonical_url}" if canonical_url else f"sha:{content_sha256}")


def sample_id_for(article_id: str, image_url: str | None, figure_index: int, caption: str) -> str:
    if image_url:
        return short_hash(f"{article_id}|{image_url}")
    return short_hash(f"{article_id}|{figure_index}|{caption}")


@dataclass(slots=True)
class InputFile:
    """One input file found by ingest, with the root it must never escape."""

    path: str  # realpath of the file
    root: str  # realpath of the input root (the directory given, or a given file's parent)
    rel: str  # path relative to root, as shown in provenance and rejects
    sha256: str = ""


@dataclass(slots=True)
class ImageRecord:
    """Image bytes found inside an input (a WARC image response), addressable by URL."""

    url: str
    content: bytes
    ref: SourceRef
    content_type: str | None = None


@dataclass(slots=True)
class Redirect:
    """A 3xx response or revisit record inside an archive: `url` resolves to `target`."""

    url: str
    target: str
    ref: SourceRef


@dataclass(slots=True)
class DedupItem:
    """What corpus-wide dedup needs of one kept sample (streamed; captions are not held)."""

    id: str
    article_id: str
    published: datetime | None
    caption: str | None  # normalized caption; None when caption_key is given and the text is asked for
    image_sha256: str | None  # None for text_only rows
    image_phash: str | None
    caption_key: int | None = None  # dedup.caption_key of the caption, when already known


@dataclass(slots=True)
class DedupResult:
    duplicate_of: dict[str, str] = field(default_factory=dict)  # dropped id -> kept representative id
    caption_cluster: dict[str, str] = field(default_factory=dict)  # id -> cluster id (only clusters of >= 2)
    image_cluster: dict[str, str] = field(default_factory=dict)  # id -> cluster id (only clusters of >= 2)


@functools.lru_cache(maxsize=1)
def _schema() -> dict:
    """The datasets schema, built on first use: importing `datasets` costs about a second, which
    `corpus extract` and the per-input stages never need."""
    import datasets

    _TS = datasets.Value("timestamp[us, tz=UTC]")
    PROVENANCE = {
        "path": datasets.Value("string"),
        "locator": datasets.Value("string"),
        "sha256": datasets.Value("string"),
        "record_id": datasets.Value("string"),
        "target_uri": datasets.Value("string"),
        "fetch_date": _TS,
    }
    _STR_LIST = datasets.List(datasets.Value("string"))

    _CAPTION_COLUMNS = {
        "id": datasets.Value("string"),
        "caption": datasets.Value("string"),
        "caption_raw": datasets.Value("string"),
        "credit": datasets.Value("string"),
        "alt_text": datasets.Value("string"),
        "caption_source": datasets.Value("string"),
        "caption_language": datasets.Value("string"),
        "caption_words": datasets.Value("int32"),
        "caption_chars": datasets.Value("int32"),
        "has_credit": datasets.Value("bool"),
        "caption_cluster": datasets.Value("string"),
        "image_url": datasets.Value("string"),
        "figure_index": datasets.Value("int32"),
        "image_position": datasets.Value("int32"),
        "context_before": _STR_LIST,
        "context_after": _STR_LIST,
        "article_id": datasets.Value("string"),
        "article_url": datasets.Value("string"),
        "article_title": datasets.Value("string"),
        "article_published": _TS,
        "article_authors": _STR_LIST,
        "site": datasets.Value("string"),
        "article_language": datasets.Value("string"),
        "article_text": datasets.Value("string"),
        "provenance": PROVENANCE,
    }
    _IMAGE_COLUMNS = {
        "image": datasets.Image(),
        "image_width": datasets.Value("int32"),
        "image_height": datasets.Value("int32"),
        "image_format": datasets.Value("string"),
        "image_original_bytes": datasets.Value("int64"),
        "image_sha256": datasets.Value("string"),
        "image_phash": datasets.Value("string"),
        "image_cluster": datasets.Value("string"),
    }

    FEATURES = {
        "default": datasets.Features({"id": _CAPTION_COLUMNS["id"], **_IMAGE_COLUMNS,
                                      **{k: v for k, v in _CAPTION_COLUMNS.items() if k != "id"}}),
        "text_only": datasets.Features(_CAPTION_COLUMNS),
        "articles": datasets.Features({
            "article_id": datasets.Value("string"),
            "url": datasets.Value("string"),
            "title": datasets.Value("string"),
            "published": _TS,
            "authors": _STR_LIST,
            "site": datasets.Value("string"),
            "language": datasets.Value("string"),
            "section": datasets.Value("string"),
            "paragraphs": _STR_LIST,
            "figure_ids": _STR_LIST,
            "provenance": PROVENANCE,
        }),
        "rejects": datasets.Features({
            "id": datasets.Value("string"),
            "stage": datasets.Value("string"),
            "reason": datasets.Value("string"),
            "source": datasets.Value("string"),
            "detail": datasets.Value("string"),
            "duplicate_of": datasets.Value("string"),
        }),
    }
    return {"FEATURES": FEATURES, "PROVENANCE": PROVENANCE}


def __getattr__(name: str):
    if name in ("FEATURES", "PROVENANCE"):
        return _schema()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
