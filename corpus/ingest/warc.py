"""WARC / ARC archives (plain or gzip per record) through warcio.

Items are the records that can carry content: `response`, `resource` and `revisit` records with an
http(s) target. request, warcinfo, metadata and conversion records (and dns: responses) are read
past and not counted: they never hold an article or a picture.
An unreadable stretch of the file (corrupt gzip, a broken header) is one item, rejected with its
offset; reading resumes at the next gzip member / WARC header found after it, if any.
"""
from __future__ import annotations

import logging
import zlib
from dataclasses import dataclass
from typing import IO, Iterator
from urllib.parse import urljoin

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from ..config import IngestConfig
from ..records import ImageRecord, InputFile, RawDoc, Redirect, SourceRef
from ..rejects import Ledger, Reason, Rejected
from .detect import GZIP_MAGIC, looks_like_html, looks_like_image
from .files import CHUNK, excluded, file_ref, parse_date

log = logging.getLogger(__name__)
STAGE = "ingest"
ITEM_TYPES = ("response", "resource", "revisit")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# servers label pages and pictures with these when they do not know better: sniff the bytes
VAGUE_TYPES = ("", "application/octet-stream", "binary/octet-stream", "text/plain", "application/unknown")
SNIFF = 1024
# warcio raises these for broken headers and broken compression
_BROKEN = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError)

Item = RawDoc | ImageRecord | Redirect


class Resync(Exception):
    """The file is unreadable from inside a record already counted and rejected: skip ahead."""


class BadRecord(Rejected):
    """One record of an archive is unusable."""


@dataclass(slots=True)
class Archive:
    """Per-file state: the input, whether it is gzipped, payload digest -> first URL (for revisits)."""

    inp: InputFile
    cfg: IngestConfig
    ledger: Ledger
    gzipped: bool
    digests: dict[str, str]


def _header(record, name: str) -> str | None:
    value = record.rec_headers.get_header(name)
    return value.strip().strip("<>") if value else None  # some writers wrap URIs in <...>


def _ref(arc: Archive, record, offset: int) -> SourceRef:
    ref = file_ref(arc.inp, f"offset={offset}")
    ref.record_id = record.rec_headers.get_header("WARC-Record-ID")
    ref.target_uri = _header(record, "WARC-Target-URI")
    ref.fetch_date = parse_date(_header(record, "WARC-Date"))
    return ref


def _media_type(record) -> str:
    """Media type of the payload: HTTP Content-Type, else the WARC record's own (resource records)."""
    value = record.http_headers.get_header("Content-Type") if record.http_headers else None
    if value is None and record.rec_type == "resource":
        value = record.rec_headers.get_header("Content-Type")
    return (value or "").split(";", 1)[0].strip().lower()


def _drain(stream) -> None:
    while stream.read(CHUNK):
        pass


def _check_complete(record, arc: Archive) -> None:
    """The file must not end inside the record (the reader would see a cut body)."""
    declared = record.rec_headers.get_header("Content-Length")
    left = getattr(record.raw_stream, "limit", None)
    if declared is not None and not left:
        return
    reason = _broken_reason(arc)
    if declared is None:
        raise BadRecord(reason, "record header cut off or without Content-Length (truncated file?)")
    raise BadRecord(reason, f"truncated: file ends {left} bytes before the end of the record "
                            f"(Content-Length {declared})")


def _finish(record, arc: Archive) -> None:
    """Read the record to its end (unkept) and make sure the file did not end inside it."""
    _drain(record.raw_stream)
    _check_complete(record, arc)


def _read_payload(record, arc: Archive) -> tuple[str | None, bytes]:
    """(kind, payload decoded from Content-Encoding); only HTML and images are held in memory."""
    media = _media_type(record)
    try:
        stream = record.content_stream()
        head = stream.read(SNIFF)
        kind = _classify(media, head)
        cap = arc.cfg.max_html_bytes if kind == "html" else arc.cfg.max_input_bytes
        body = head + stream.read(cap + 1 - len(head)) if kind else head
    except (zlib.error, OSError, ValueError) as e:
        _finish(record, arc)  # raises instead when the archive itself is broken here
        raise BadRecord(Reason.INGEST_BAD_WARC_RECORD, f"payload not decodable: {type(e).__name__}: {e}")
    _finish(record, arc)
    if kind is None:
        raise BadRecord(Reason.INGEST_WARC_NOT_ARTICLE, f"content type {media or 'missing'}, not HTML or image")
    if len(body) > cap:
        raise BadRecord(Reason.INGEST_TOO_LARGE, f"{kind} payload above the {cap}-byte cap")
    return kind, body


def _status(record) -> int | None:
    if not record.http_headers:
        return 200 if record.rec_type == "resource" else None
    try:
        return int(record.http_headers.get_statuscode())
    except (TypeError, ValueError):
        return None


def _classify(media: str, head: bytes) -> str | None:
    """"html" | "image" | None from the declared type, sniffing only vague declarations."""
    if media in HTML_TYPES:
        return "html"
    if media.startswith("image/"):
        return "image"
    if media in VAGUE_TYPES:
        if looks_like_html(head):
            return "html"
        if looks_like_image(head):
            return "image"
    return None


def _redirect(record, url: str, status: int, ref: SourceRef, arc: Archive) -> Redirect:
    location = record.http_headers.get_header("Location")
    _finish(record, arc)
    if not location:
        raise BadRecord(Reason.INGEST_WARC_NOT_ARTICLE, f"HTTP {status} without a Location header")
    return Redirect(url=url, target=urljoin(url, location.strip()), ref=ref)


def _content_item(record, url: str, ref: SourceRef, arc: Archive) -> Item:
    kind, body = _read_payload(record, arc)
    digest = _header(record, "WARC-Payload-Digest")
    if digest:
        arc.digests.setdefault(digest, url)
    if kind == "image":
        return ImageRecord(url=url, content=body, ref=ref, content_type=_media_type(record) or None)
    return RawDoc(ref=ref, kind="html", content=body, url=url)


def _response_item(record, url: str, ref: SourceRef, arc: Archive) -> Item:
    status = _status(record)
    if status is not None and 300 <= status < 400:
        return _redirect(record, url, status, ref, arc)
    if status is None or not 200 <= status < 300 or status in (204, 206):
        _finish(record, arc)
        raise BadRecord(Reason.INGEST_WARC_NOT_ARTICLE, f"HTTP status {status}, not a full page or image")
    return _content_item(record, url, ref, arc)


def _revisit_item(record, url: str, ref: SourceRef, arc: Archive) -> Redirect:
    """A revisit points at the earlier capture of the same payload: by URI, else by digest."""
    _finish(record, arc)
    target = _header(record, "WARC-Refers-To-Target-URI")
    target = target or arc.digests.get(_header(record, "WARC-Payload-Digest") or "")
    if not target or target == url:
        raise BadRecord(Reason.INGEST_WARC_REVISIT_NO_TARGET,
                        "revisit of the same URL" if target else "revisit of a payload not in this archive")
    return Redirect(url=url, target=target, ref=ref)


def _item(record, offset: int, arc: Archive) -> Item | None:
    """Count one content record and return what it holds, or reject it. None: not an item."""
    url = _header(record, "WARC-Target-URI") or ""
    if record.rec_type not in ITEM_TYPES or not url.lower().startswith(("http://", "https://")):
        return None
    arc.ledger.see(STAGE)
    ref = _ref(arc, record, offset)
    try:
        if record.rec_type == "revisit":
            item = _revisit_item(record, url, ref, arc)
        else:
            item = _response_item(record, url, ref, arc)
        why = excluded(url, arc.cfg) if isinstance(item, RawDoc) else None
        if why:
            raise BadRecord(Reason.INGEST_EXCLUDED, why)
    except BadRecord as e:
        arc.ledger.reject(STAGE, e.reason, ref, e.detail)
        return None
    except _BROKEN as e:
        arc.ledger.reject(STAGE, _broken_reason(arc), ref, f"unreadable: {type(e).__name__}: {str(e)[:120]}")
        raise Resync() from e
    arc.ledger.keep(STAGE)
    return item


def _next_start(fh: IO[bytes], after: int, gzipped: bool) -> int | None:
    """Offset of the next gzip member header / WARC header line after `after`, if any."""
    marker = GZIP_MAGIC + b"\x08" if gzipped else b"\nWARC/1."
    skip = 0 if gzipped else 1  # the WARC header starts after the newline
    pos = after + 1
    while True:
        fh.seek(pos)
        block = fh.read(CHUNK + len(marker))
        if len(block) < len(marker):
            return None
        at = block.find(marker)
        if at >= 0:
            return pos + at + skip
        pos += CHUNK


def _broken_reason(arc: Archive) -> Reason:
    return Reason.INGEST_BAD_GZIP if arc.gzipped else Reason.INGEST_BAD_WARC_RECORD


def _reject_stretch(arc: Archive, start: int, end: int | None, err: Exception | str) -> None:
    arc.ledger.see(STAGE)
    reason = _broken_reason(arc)
    what = err if isinstance(err, str) else f"{type(err).__name__}: {str(err).strip()[:120]}"
    where = f"skipped to the next record at offset {end}" if end is not None else "the rest of the file is unreadable"
    arc.ledger.reject(STAGE, reason, file_ref(arc.inp, f"offset={start}"), f"{what}; {where}")


def _read_from(fh: IO[bytes], start: int, arc: Archive) -> Iterator[Item | int | None]:
    """Items from `start` on; the last value yielded is the offset to resume at (None: done)."""
    fh.seek(start)
    it = ArchiveIterator(fh, arc2warc=True)
    previous = None  # where the last record read began
    try:
        for record in it:
            previous = it.offset
            item = _item(record, it.offset, arc)
            if item is not None:
                yield item
    except Resync:
        yield _next_start(fh, it.offset, arc.gzipped)  # the record was rejected in _item
        return
    except _BROKEN as e:
        bad = it.offset
        log.warning("%s: unreadable WARC data at offset %d: %s", arc.inp.rel, bad, type(e).__name__)
        missed = _next_start(fh, previous, True) if arc.gzipped and previous is not None else None
        if missed is not None and missed < bad:
            # damaged bytes inflated past their own member into the next one, so the failure shows only
            # where the reader resumed; the member it swallowed starts at `missed`: resume there
            _reject_stretch(arc, previous, missed, f"gzip member overran into the next one ({type(e).__name__})")
            yield missed
            return
        resume = _next_start(fh, bad, arc.gzipped)
        _reject_stretch(arc, bad, resume, e)
        yield resume
        return
    _check_tail(fh, it.offset, arc)
    yield None


def _check_tail(fh: IO[bytes], end: int, arc: Archive) -> None:
    """warcio stops quietly at a member too short to hold a header: that tail is a reject too."""
    fh.seek(end)
    tail = fh.read(CHUNK)
    if tail.strip():
        size = fh.seek(0, 2)
        _reject_stretch(arc, end, None, f"the last {size - end} bytes are a truncated record")


def read_warc(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[Item]:
    """HTML pages, images, redirects and revisits of one archive, in file order."""
    with open(inp.path, "rb") as fh:
        arc = Archive(inp, cfg, ledger, gzipped=fh.read(2) == GZIP_MAGIC, digests={})
        start: int | None = 0
        while start is not None:
            for value in _read_from(fh, start, arc):
                if isinstance(value, (int, type(None))):
                    start = value
                else:
                    yield value
