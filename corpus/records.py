"""The record types every stage passes along, and FEATURES: the one schema of the parquet shards."""
from __future__ import annotations

import functools
import hashlib
import os
import sys
from array import array
from dataclasses import dataclass, field
from datetime import datetime
from typing import Iterator

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
    charset: str | None = None  # the server's charset (a WARC response's Content-Type), read before the meta tag's
    images: object = None  # a JSON record's pictures as items (ingest/json_article/); with HTML, only those it lacks
    body_field: bool = False  # HTML a JSON record gives as an article's body (not a whole page): it is an article
    identity: str | None = None  # what names the article of a record without body or URL (its article's path or id)


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
    position: int = 0  # index of the first body paragraph after the image; -1: not known (extract/listed.py)
    caption_source: str | None = None  # figcaption | caption_class | caption_rail | json_ld | alt | text_scrape | json_list
    embedded: bytes | None = None  # a picture the page holds as a data: URI (url is its key); phase 1 stores it


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
    handling: str = "original"  # "original" (published bytes minus metadata) | "re-encoded" | "resized"
    metadata_removed: bool = False  # of an original: metadata, thumbnails or appended data were cut (re-encoded: False)


class ImageTable:
    """What the images stage made of each sample's picture, by the sample's row in the build's
    SampleTable, as columns: about 60 bytes a picture instead of an ImageInfo with its own strings and
    ints (400 bytes). get() makes the ImageInfo when a row needs it; it equals the one added."""

    _SHA, _PHASH = 32, 8

    def __init__(self) -> None:
        self.at = array("i")  # per sample row: its picture's row here, -1 for none
        self.count = 0
        self.sha = bytearray()  # 32 bytes a row
        self.phash = bytearray()  # 8 bytes a row (16 hex digits); other shapes in odd_phash
        self.odd_phash: dict[int, str] = {}
        self.sizes = array("q")  # width, height, original_bytes of each row
        self.codes = bytearray()  # ext, original_format, handling, metadata_removed of each row
        self.words: list[str] = []  # the few distinct ext / format / handling values

    def __len__(self) -> int:
        return self.count

    def __contains__(self, sample_row: int) -> bool:
        return 0 <= sample_row < len(self.at) and self.at[sample_row] >= 0

    def __getitem__(self, sample_row: int) -> ImageInfo:
        if sample_row not in self:
            raise KeyError(sample_row)
        return self._info(self.at[sample_row])

    def get(self, sample_row: int, default=None) -> ImageInfo | None:
        return self._info(self.at[sample_row]) if sample_row in self else default

    def sha_bytes(self, sample_row: int) -> bytes:
        """The stored picture's sha256 as 32 bytes (a key half the size of its hex)."""
        r = self.at[sample_row]
        return bytes(self.sha[self._SHA * r:self._SHA * (r + 1)])

    def _code(self, word: str) -> int:
        if word not in self.words:
            if len(self.words) == 255:
                raise ValueError("more than 255 distinct picture formats")
            self.words.append(word)
        return self.words.index(word)

    def add(self, sample_row: int, info: ImageInfo) -> None:
        if sample_row >= len(self.at):
            self.at.extend([-1] * (sample_row + 1 - len(self.at)))
        r = self.at[sample_row] = self.count
        self.count += 1
        self.sha += bytes.fromhex(info.sha256)
        try:
            packed = bytes.fromhex(info.phash) if len(info.phash) == 2 * self._PHASH else None
        except ValueError:
            packed = None
        if packed is None or packed.hex() != info.phash:
            self.odd_phash[r] = info.phash
            packed = bytes(self._PHASH)
        self.phash += packed
        self.sizes.extend((info.width, info.height, info.original_bytes))
        self.codes += bytes((self._code(info.ext), self._code(info.original_format), self._code(info.handling),
                             int(info.metadata_removed)))

    def _info(self, r: int) -> ImageInfo:
        ext, fmt, handling, removed = self.codes[4 * r:4 * r + 4]
        phash = self.odd_phash.get(r) or self.phash[self._PHASH * r:self._PHASH * (r + 1)].hex()
        return ImageInfo(sha256=self.sha[self._SHA * r:self._SHA * (r + 1)].hex(), ext=self.words[ext],
                         width=self.sizes[3 * r], height=self.sizes[3 * r + 1], original_format=self.words[fmt],
                         original_bytes=self.sizes[3 * r + 2], phash=phash, handling=self.words[handling],
                         metadata_removed=bool(removed))


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


def document_sha256(doc: RawDoc) -> str:
    """The sha256 an article's id falls back on without a URL: its input file's when the document is the whole
    file (no locator: a page, a scrape; no second read), else what names a body-less JSON record's article, else
    its own bytes' (the records of one WARC, JSON-lines or JSON file share the file's hash, and would share one
    id)."""
    if doc.ref.sha256 and not doc.ref.locator:
        return doc.ref.sha256
    if doc.identity:  # a JSON record that is one picture of an article kept elsewhere: its article's name
        return hashlib.sha256(doc.identity.encode("utf-8")).hexdigest()
    return hashlib.sha256(doc.content).hexdigest()


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
    read_caption: object = None  # () -> the caption, when caption is None (read from the spill only if needed)


@dataclass(slots=True)
class DedupResult:
    duplicate_of: dict[str, str] = field(default_factory=dict)  # dropped id -> kept representative id
    caption_cluster: dict[str, str] = field(default_factory=dict)  # id -> cluster id (only clusters of >= 2)
    image_cluster: dict[str, str] = field(default_factory=dict)  # id -> cluster id (only clusters of >= 2)
    copied_article: dict[str, str] = field(default_factory=dict)  # article with a row dropped -> the kept copy's


# ---------------------------------------------------------------- the output schema

# Column types of the released rows, in one table. `arrow_schema` (what the shards are written with),
# `features` (datasets.Features, for users) and `yaml_features` (the card's dataset_info) are all made
# from it; a test checks the first and last against what `datasets` itself makes of `features`, so a
# build never imports `datasets` (about half a second of every run) just to name its column types.

# ---------------------------------------------------------------- the build's index (phase 1 -> phase 2)

@dataclass(slots=True)
class SampleEntry:
    """What phase 2 needs of one sample, without its text or image bytes (a few hundred bytes a row);
    the full record is read back from its spill (input_no, offset) only to write the row."""

    article_id: str
    figure_index: int
    id: str
    offset: int  # of the sample's record in its input's spill
    local: bool  # the article came from a file whose relative image paths may be opened
    image_src: str | None  # as found in the page
    image_url: str | None
    image_alternatives: tuple[str, ...]  # other URLs of the picture (srcset renditions, twins)
    published: datetime | None
    site: str | None
    language: str | None  # the article's
    caption_key: int  # exact-duplicate key of the caption's words (dedup.caption_key)
    input_no: int = -1  # which input of the build; set when the spill joins the build's index
    row: int = -1  # its row in the build's SampleTable (phase 2 keys per-row facts by it)
    caption_language: str | None = None  # for the card's language list: the captions are the data


class StringColumn:
    """Strings (or None) stored end to end in one buffer, read back on demand: a few bytes a value
    instead of a Python string each."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.ends = array("q")
        self.absent = bytearray()  # 1 where the value is None

    def append(self, text: str | None) -> None:
        if text is not None:
            self.data += text.encode("utf-8", "surrogatepass")
        self.absent.append(text is None)
        self.ends.append(len(self.data))

    def __getitem__(self, i: int) -> str | None:
        if self.absent[i]:
            return None
        return self.data[self.ends[i - 1] if i else 0:self.ends[i]].decode("utf-8", "surrogatepass")

    def clear(self) -> None:
        """Forgets the text of every value (they all read as None afterwards)."""
        self.data = bytearray()
        self.ends = array("q", bytes(8 * len(self.ends)))
        self.absent = bytearray(b"\x01" * len(self.absent))


class DigestColumn:
    """Hex digests of one width (input sha256s, spill keys) kept as their bytes: half the text's size and no
    Python object a value. Any other text (an empty digest, upper case) is kept as it is."""

    def __init__(self, width: int, values=()) -> None:
        self.width = width
        self.data = bytearray()
        self.odd: dict[int, str] = {}
        for value in values:
            self.append(value)

    def append(self, text: str) -> None:
        try:
            raw = bytes.fromhex(text)
        except (TypeError, ValueError):
            raw = b""
        if len(raw) != self.width or raw.hex() != text:
            self.odd[len(self)] = text
            raw = bytes(self.width)
        self.data += raw

    def __len__(self) -> int:
        return len(self.data) // self.width

    def __getitem__(self, i: int) -> str:
        if not 0 <= i < len(self):
            raise IndexError(i)
        if i in self.odd:
            return self.odd[i]
        return self.data[self.width * i:self.width * (i + 1)].hex()

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))


class InputTable:
    """The build's inputs in columns (a root number, the relative path, the sha256 as bytes): about 100
    bytes an input instead of an InputFile with four strings (about 400). table[i] makes the InputFile."""

    def __init__(self, inputs=()) -> None:
        self.roots: list[str] = []
        self._root_no: dict[str, int] = {}
        self.root_no = array("i")
        self.rel = StringColumn()
        self.sha256 = DigestColumn(32)
        self.elsewhere: dict[int, str] = {}  # the path where it is not root/rel (a link inside the root)
        for inp in inputs:
            self.append(inp)

    def append(self, inp: InputFile) -> None:
        if inp.root not in self._root_no:
            self._root_no[inp.root] = len(self.roots)
            self.roots.append(inp.root)
        if inp.path != os.path.join(inp.root, inp.rel):
            self.elsewhere[len(self)] = inp.path
        self.root_no.append(self._root_no[inp.root])
        self.rel.append(inp.rel)
        self.sha256.append(inp.sha256)

    def __len__(self) -> int:
        return len(self.root_no)

    def __getitem__(self, i: int) -> InputFile:
        if not 0 <= i < len(self):
            raise IndexError(i)
        root, rel = self.roots[self.root_no[i]], self.rel[i]
        return InputFile(self.elsewhere.get(i) or os.path.join(root, rel), root, rel, self.sha256[i])

    def __iter__(self) -> Iterator[InputFile]:
        return (self[i] for i in range(len(self)))


def hex_value(text: str) -> int | None:
    """The integer an id of 16 lowercase hex digits spells, None for any other text."""
    if len(text) != 16:
        return None
    try:
        value = int(text, 16)
    except ValueError:
        return None
    return value if f"{value:016x}" == text else None


class HexColumn:
    """Ids that are 16 hex digits (records.short_hash) as 8-byte integers; any other id is kept as it is."""

    def __init__(self) -> None:
        self.values = array("Q")
        self.odd: dict[int, str] = {}

    def append(self, text: str) -> None:
        value = hex_value(text)
        if value is None:
            self.odd[len(self.values)] = text
            value = 0
        self.values.append(value)

    def __getitem__(self, i: int) -> str:
        return self.odd.get(i) or f"{self.values[i]:016x}"

    def __len__(self) -> int:
        return len(self.values)


class SampleTable:
    """The build's index of samples in columns, row i being sample i in input order: tens of bytes a
    sample instead of a SampleEntry with its own strings (about 450 bytes), so phase 2's memory stays
    small as the corpus grows. entry(i) makes the SampleEntry of a row when a stage needs one."""

    def __init__(self) -> None:
        self.ids, self.article_ids = HexColumn(), HexColumn()
        self.figure_index = array("i")
        self.offset = array("q")
        self.input_no = array("i")
        self.local = bytearray()
        self.image_src, self.image_url, self.image_alternatives = StringColumn(), StringColumn(), StringColumn()
        # one pointer a row: an article's samples share its date, and sites and languages are interned
        self.published: list[datetime | None] = []
        self.site: list[str | None] = []
        self.language: list[str | None] = []
        self.caption_language: list[str | None] = []
        self.caption_key = array("q")

    def __len__(self) -> int:
        return len(self.offset)

    def append(self, e: SampleEntry) -> None:
        self.ids.append(e.id)
        self.article_ids.append(e.article_id)
        self.figure_index.append(e.figure_index)
        self.offset.append(e.offset)
        self.input_no.append(e.input_no)
        self.local.append(bool(e.local))
        self.image_src.append(e.image_src)
        self.image_url.append(e.image_url)
        # URLs hold no NUL: the alternatives of a row are kept as one string
        self.image_alternatives.append("\0".join(e.image_alternatives) if e.image_alternatives else None)
        self.published.append(e.published)
        self.site.append(e.site)
        self.language.append(e.language)
        self.caption_language.append(sys.intern(e.caption_language) if e.caption_language else None)
        self.caption_key.append(e.caption_key)

    def entry(self, r: int) -> SampleEntry:
        alternatives = self.image_alternatives[r]
        return SampleEntry(
            article_id=self.article_ids[r], figure_index=self.figure_index[r], id=self.ids[r],
            offset=self.offset[r], local=bool(self.local[r]), image_src=self.image_src[r],
            image_url=self.image_url[r], image_alternatives=tuple(alternatives.split("\0")) if alternatives else (),
            published=self.published[r], site=self.site[r], language=self.language[r],
            caption_key=self.caption_key[r], input_no=self.input_no[r], row=r,
            caption_language=self.caption_language[r])

    def entries(self, rows=None) -> Iterator[SampleEntry]:
        """The SampleEntry of each row (all rows, or the given row numbers), made one at a time."""
        for r in range(len(self)) if rows is None else rows:
            yield self.entry(int(r))

    def __iter__(self) -> Iterator[SampleEntry]:
        return self.entries()

    def forget_sources(self) -> None:
        """Where the pictures were is not needed past the images stage: its strings go."""
        self.image_src.clear()
        self.image_alternatives.clear()


@dataclass(slots=True)
class ArticleEntry:
    """What phase 2 needs of one article: where its record is, and what decides its split."""

    article_id: str
    offset: int
    published: datetime | None
    site: str | None
    input_no: int = -1


class ArticleTable:
    """The build's articles in columns, in input order (an article found in two inputs is there twice):
    an 8-byte id, offset and input number, and one shared pointer for its date and site."""

    def __init__(self, entries=()) -> None:
        self.ids = HexColumn()
        self.offset = array("q")
        self.input_no = array("i")
        self.published: list[datetime | None] = []
        self.site: list[str | None] = []
        for e in entries:
            self.append(e)

    def append(self, e: ArticleEntry) -> None:
        self.ids.append(e.article_id)
        self.offset.append(e.offset)
        self.input_no.append(e.input_no)
        self.published.append(e.published)
        self.site.append(e.site)

    def __len__(self) -> int:
        return len(self.offset)

    def entry(self, i: int) -> ArticleEntry:
        return ArticleEntry(self.ids[i], self.offset[i], self.published[i], self.site[i], self.input_no[i])

    def __iter__(self) -> Iterator[ArticleEntry]:
        return (self.entry(i) for i in range(len(self)))


@dataclass
class Phase1Index:
    """The build's index after phase 1: its inputs, their spill files, and one entry per sample and
    article in input order."""

    inputs: InputTable = field(default_factory=InputTable)
    samples: SampleTable = field(default_factory=SampleTable)
    # per input: its spill's name (Workspace.spill_file; phase1_key is 32 hex digits)
    spill_keys: DigestColumn = field(default_factory=lambda: DigestColumn(16))
    articles: ArticleTable = field(default_factory=ArticleTable)
    images: dict[str, str] = field(default_factory=dict)  # url -> raw sha256 (archive images)
    redirects: dict[str, str] = field(default_factory=dict)  # url -> target url
    cached_inputs: int = 0

    def __post_init__(self) -> None:
        if not isinstance(self.inputs, InputTable):
            self.inputs = InputTable(self.inputs)
        if not isinstance(self.articles, ArticleTable):
            self.articles = ArticleTable(self.articles)


TIMESTAMP = "timestamp[us, tz=UTC]"
PROVENANCE = {"path": "string", "locator": "string", "sha256": "string", "record_id": "string",
              "target_uri": "string", "fetch_date": TIMESTAMP}
STRINGS = ["string"]  # a list of strings
_CAPTION_COLUMNS = {
    "id": "string", "caption": "string", "caption_raw": "string", "credit": "string", "alt_text": "string",
    "caption_source": "string", "caption_language": "string", "caption_words": "int32",
    "caption_chars": "int32", "has_credit": "bool", "caption_cluster": "string", "image_url": "string",
    "figure_index": "int32", "image_position": "int32", "context_before": STRINGS, "context_after": STRINGS,
    "article_id": "string", "article_url": "string", "article_title": "string",
    "article_published": TIMESTAMP, "article_authors": STRINGS, "site": "string",
    "article_language": "string", "provenance": PROVENANCE,
}
_IMAGE_COLUMNS = {
    "image": "image", "image_width": "int32", "image_height": "int32", "image_format": "string",
    "image_original_bytes": "int64", "image_stored_format": "string", "image_handling": "string",
    "image_metadata_removed": "bool", "image_sha256": "string", "image_phash": "string",
    "image_cluster": "string",
}
COLUMNS: dict[str, dict] = {
    "default": {"id": "string", **_IMAGE_COLUMNS, **{k: v for k, v in _CAPTION_COLUMNS.items() if k != "id"}},
    "text_only": _CAPTION_COLUMNS,
    "articles": {"article_id": "string", "url": "string", "title": "string", "published": TIMESTAMP,
                 "authors": STRINGS, "site": "string", "language": "string", "section": "string",
                 "paragraphs": STRINGS, "figure_ids": STRINGS, "provenance": PROVENANCE},
    "rejects": {"id": "string", "stage": "string", "reason": "string", "source": "string", "detail": "string",
                "duplicate_of": "string"},
}


def _arrow_type(t):
    import pyarrow as pa

    if t == "image":
        return pa.struct([("bytes", pa.binary()), ("path", pa.string())])
    if t == TIMESTAMP:
        return pa.timestamp("us", tz="UTC")
    if isinstance(t, list):
        return pa.list_(_arrow_type(t[0]))
    if isinstance(t, dict):
        return pa.struct([(k, _arrow_type(v)) for k, v in t.items()])
    return pa.type_for_alias(t)


def _hf_type(t) -> dict:
    """One column as datasets' Features.to_dict() writes it into the parquet metadata."""
    if t == "image":
        return {"_type": "Image"}
    if isinstance(t, list):
        return {"feature": _hf_type(t[0]), "_type": "List"}
    if isinstance(t, dict):
        return {k: _hf_type(v) for k, v in t.items()}
    return {"dtype": t, "_type": "Value"}


@functools.lru_cache(maxsize=None)
def arrow_schema(config: str):
    """The pyarrow schema of a config's shards, with the `huggingface` metadata `datasets` reads back."""
    import json

    import pyarrow as pa

    columns = COLUMNS[config]
    features = {name: _hf_type(t) for name, t in columns.items()}
    return pa.schema([(name, _arrow_type(t)) for name, t in columns.items()]).with_metadata(
        {"huggingface": json.dumps({"info": {"features": features}})})


def _yaml_type(name: str | None, t) -> dict:
    out = {"name": name} if name is not None else {}
    if t == "image":
        return {**out, "dtype": "image"}
    if isinstance(t, list):
        inner = _yaml_type(None, t[0])
        return {**out, "list": inner["dtype"] if set(inner) == {"dtype"} else inner}
    if isinstance(t, dict):
        return {**out, "struct": [_yaml_type(k, v) for k, v in t.items()]}
    return {**out, "dtype": t}


def yaml_features(config: str) -> list[dict]:
    """The card's `dataset_info.features` list (datasets' Features._to_yaml_list format)."""
    return [_yaml_type(name, t) for name, t in COLUMNS[config].items()]


def type_name(t) -> str:
    """A column type for people: string, list<string>, struct, image."""
    if isinstance(t, list):
        return f"list<{type_name(t[0])}>"
    return "struct" if isinstance(t, dict) else t


def features(config: str):
    """datasets.Features of a config (imports `datasets`: for users and tests, not for builds)."""
    import datasets

    return datasets.Features.from_arrow_schema(arrow_schema(config))


def __getattr__(name: str):
    if name == "FEATURES":
        return {config: features(config) for config in CONFIGS}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
