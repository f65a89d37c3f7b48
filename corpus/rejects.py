"""One ledger for every dropped item, and per-stage counts whose sums are checked."""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import IO

from .records import SourceRef

#: the pipeline's stages, in order; each counts seen / kept / rejected
# Filters run before images so that no image is decoded for a caption that will be dropped anyway;
# images run once per distinct picture across all inputs (an image may sit in another WARC).
STAGES = ("ingest", "extract", "figures", "pair", "normalize", "filter", "images", "takedown", "dedup", "split",
          "write")


class Reason(str, Enum):
    """Closed list of reject reasons; the datasheet's reason table is generated from it."""

    # ingest
    INGEST_UNKNOWN_KIND = "ingest_unknown_kind"  # no input the tool reads (not a page, archive, JSON or text scrape), or not a regular file
    INGEST_UNREADABLE = "ingest_unreadable"  # OS error reading the file
    INGEST_EMPTY = "ingest_empty"  # zero bytes (a file, or a WARC inside a WACZ)
    INGEST_OUTSIDE_ROOT = "ingest_outside_root"  # path escapes its input root; never opened
    INGEST_TOO_LARGE = "ingest_too_large"  # input above the configured byte cap
    INGEST_BAD_GZIP = "ingest_bad_gzip"  # truncated or corrupt gzip stream
    INGEST_BAD_WARC_RECORD = "ingest_bad_warc_record"  # unparsable or truncated WARC record, a payload in an undecoded Content-Encoding, or a WACZ member that cannot be read (damaged, encrypted, or in a ZIP compression not read here)
    INGEST_WARC_NOT_ARTICLE = "ingest_warc_not_article"  # WARC record or HAR entry that is neither an HTML page nor an image
    INGEST_BAD_JSON_LINE = "ingest_bad_json_line"  # JSONL line or JSON item: no JSON object, or no body nor captioned picture
    INGEST_EXCLUDED = "ingest_excluded"  # URL/domain on the takedown list
    INGEST_BAD_PAGE_ARCHIVE = "ingest_bad_page_archive"  # MHTML, Safari web archive or HAR file: unreadable, no page, or an undecodable part
    INGEST_WARC_REVISIT_NO_TARGET = "ingest_warc_revisit_no_target"  # revisit of the same URL or of a payload not in the archive
    # extract
    EXTRACT_UNPARSABLE = "extract_unparsable"  # lxml could not build a tree
    EXTRACT_NOT_ARTICLE = "extract_not_article"  # no article body found (index page, binary junk)
    EXTRACT_ENCODING = "extract_encoding"  # a text scrape holding NUL bytes: binary data, not text
    EXTRACT_EXCLUDED = "extract_excluded"  # the page's canonical URL/domain on the takedown list
    # figures (image candidates inside a page)
    FIGURE_NOT_CONTENT = "extract_not_content_image"  # logo, icon, avatar, ad, share button, tracking pixel
    FIGURE_RELATED = "extract_related_thumbnail"  # related/recirculation/most-read thumbnail
    FIGURE_OUTSIDE_BODY = "extract_outside_body"  # image outside the article body and not the lead image
    FIGURE_NO_SRC = "extract_no_image_url"  # no real URL anywhere (placeholders only); in a JSON record's picture list, an item with neither address nor caption, or a list that is no array
    FIGURE_DUPLICATE = "extract_duplicate_image"  # the same picture already taken on this page (or listed in this JSON record)
    FIGURE_VIDEO = "extract_video_poster"  # poster of a video player
    # pair
    PAIR_NO_CAPTION = "pair_no_caption"  # in-article image with no caption text
    # images
    IMAGE_NOT_FOUND = "image_not_found"  # never a drop: a caption whose picture was found nowhere, kept in text_only
    IMAGE_OUTSIDE_ROOT = "image_outside_root"  # local path escapes the input root, no web address to try; never opened
    IMAGE_NOT_AN_IMAGE = "image_not_an_image"  # HTML/JSON/text served as an image
    IMAGE_TRUNCATED = "image_truncated"  # decoder ran out of data, or the file is shorter than its header says
    IMAGE_CORRUPT = "image_corrupt"  # decoder error other than truncation
    IMAGE_UNREADABLE = "image_unreadable"  # the file could not be read (permissions, vanished)
    IMAGE_TOO_SMALL = "image_too_small"  # a side below min_side
    IMAGE_TOO_LARGE = "image_too_large"  # above the byte cap
    IMAGE_BOMB = "image_decompression_bomb"  # above max_pixels
    IMAGE_SVG = "svg"  # vector image: not a training picture
    IMAGE_ANIMATED = "image_animated"  # animated, and policy says reject
    IMAGE_UNSUPPORTED = "image_unsupported"  # a picture in a format not decoded here (HEIC, JPEG XL, JPEG 2000)
    IMAGE_FETCH_FAILED = "image_fetch_failed"  # never a drop: the fetcher gave up (status or error in detail), caption kept in text_only
    IMAGE_FETCH_REFUSED = "image_fetch_refused"  # never a drop: robots.txt, private address, scheme or content type refused, caption kept in text_only
    # normalize
    NORMALIZE_EMPTY = "normalize_empty_caption"  # nothing left after clean-up
    # filter
    FILTER_TOO_SHORT = "filter_caption_too_short"  # fewer words than min_caption_words
    FILTER_TOO_LONG = "filter_caption_too_long"  # more words than max_caption_words
    FILTER_LANGUAGE = "filter_language"  # caption language not in the allow-list
    FILTER_FILENAME = "filter_caption_is_filename"  # caption equals the image file name or a URL
    FILTER_HEADLINE = "filter_caption_is_headline"  # caption equals the headline
    FILTER_BOILERPLATE = "filter_boilerplate_caption"  # "Image", "Click to enlarge", a bare credit, ...
    FILTER_DUPLICATE_IN_ARTICLE = "filter_duplicate_in_article"  # same caption twice in one article
    # takedown
    TAKEDOWN_ID = "takedown_excluded_id"  # row id listed in --exclude-ids (a takedown request)
    # dedup
    DEDUP_DUPLICATE = "dedup_duplicate_pair"  # image and caption both duplicate a kept pair
    DEDUP_CAPTION_CLUSTER = "dedup_caption_cluster"  # policy drops near-duplicate captions
    DEDUP_IMAGE_CLUSTER = "dedup_image_cluster"  # policy drops re-used photos
    DEDUP_DUPLICATE_ID = "dedup_duplicate_id"  # same id as an earlier row (same article read twice)
    # split
    SPLIT_CONFLICT = "split_conflict"  # would bridge groups already in different splits
    # any stage
    INTERNAL_ERROR = "internal_error"  # unexpected exception; type in detail


class Rejected(Exception):
    """An item that cannot go on, with its reason code and a detail for the ledger. Each stage
    raises its own subclass; the item boundary turns it into one `Ledger.reject` call."""

    def __init__(self, reason: Reason, detail: str = ""):
        super().__init__(f"{Reason(reason).value}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(slots=True)
class StageCounts:
    seen: int = 0
    kept: int = 0
    rejected: Counter = field(default_factory=Counter)

    @property
    def rejected_total(self) -> int:
        return sum(self.rejected.values())

    def balanced(self) -> bool:
        return self.seen == self.kept + self.rejected_total

    def add(self, other: "StageCounts") -> None:
        self.seen += other.seen
        self.kept += other.kept
        self.rejected.update(other.rejected)

    def add_dict(self, d: dict) -> None:
        """add() of counts as to_dict() wrote them, without making a StageCounts of them first."""
        self.seen += d["seen"]
        self.kept += d["kept"]
        if d["rejected"]:
            self.rejected.update(d["rejected"])

    def to_dict(self) -> dict:
        return {"seen": self.seen, "kept": self.kept, "rejected": dict(sorted(self.rejected.items()))}

    @classmethod
    def from_dict(cls, d: dict) -> "StageCounts":
        return cls(d["seen"], d["kept"], Counter(d["rejected"]))


# an absolute path inside free text (an exception's message): not after a letter, digit, ':' or '/', so
# URLs, dates and "and/or" are left alone
_ABSOLUTE_PATH = re.compile(r"(?<![\w.:/~])/(?:[^\s'\"/:]+/)+([^\s'\"/:,;)]*)")
# a file: URL names an absolute path too (a page's <img src="file:///home/ann/...">)
_FILE_URL = re.compile(r"\bfile:/*(?:[^\s'\"/]*/)+([^\s'\"/,;)]*)", re.I)


def without_absolute_paths(detail: str) -> str:
    """Reject details are published: an absolute path (the user's home, cache or temp folder, named by an
    exception's message) is cut to its last part."""
    if "/" not in detail:  # most details (the pattern needs a slash); every rejected picture has one
        return detail
    detail = _FILE_URL.sub(lambda m: "file:…/" + m.group(1), detail)
    return _ABSOLUTE_PATH.sub(lambda m: "…/" + m.group(1), detail)


class Ledger:
    """Collects rejects as JSON lines (streamed to `sink` when given) and counts them per stage.

    Stages count `seen` and `kept` themselves via `see`/`keep`; every `reject` adds to `rejected`.
    """

    def __init__(self, sink: IO[str] | None = None):
        self.sink = sink
        self.rows: list[dict] = []  # kept in memory only when no sink is given (tests, `corpus extract`)
        self.counts: dict[str, StageCounts] = {s: StageCounts() for s in STAGES}

    def see(self, stage: str, n: int = 1) -> None:
        self.counts[stage].seen += n

    def keep(self, stage: str, n: int = 1) -> None:
        self.counts[stage].kept += n

    def reject(self, stage: str, reason: Reason, ref: SourceRef | str, detail: str = "",
               id: str | None = None, duplicate_of: str | None = None) -> None:
        source = ref.as_text() if isinstance(ref, SourceRef) else str(ref)
        row = {"id": id, "stage": stage, "reason": Reason(reason).value, "source": source,
               "detail": without_absolute_paths(detail)[:500], "duplicate_of": duplicate_of}
        self.counts[stage].rejected[row["reason"]] += 1
        if self.sink is not None:
            self.sink.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            self.rows.append(row)

    def merge(self, other: "Ledger") -> None:
        """Takes over the counts and rows of a scratch ledger (one document that went through)."""
        for stage, counts in other.counts.items():
            self.counts[stage].add(counts)
        for row in other.rows:
            if self.sink is not None:
                self.sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                self.rows.append(row)

    def unbalanced(self) -> list[str]:
        return unbalanced(self.counts)

    def counts_dict(self) -> dict:
        return {s: c.to_dict() for s, c in self.counts.items()}


def unbalanced(counts: dict[str, StageCounts]) -> list[str]:
    """Stages whose seen != kept + rejected (empty when the invariant holds)."""
    return [f"{s}: seen {c.seen} != kept {c.kept} + rejected {c.rejected_total}"
            for s, c in counts.items() if not c.balanced()]
