"""WARC / ARC archives (plain or gzip per record) through warcio.

Items are the records that can carry content: `response`, `resource` and `revisit` records with an
http(s) target, and `conversion` records of plain text (a WET file's: the text Common Crawl extracted from each
page, read as a text scrape). request, warcinfo and metadata records (and dns: responses) are read past and not
counted: they never hold an article or a picture.
An unreadable stretch of the file (corrupt gzip, a broken header) is one item, rejected with its
offset; reading resumes at the next gzip member / WARC header found after it, if any.
"""
from __future__ import annotations

import functools
import io
import logging
import zlib
from dataclasses import dataclass
from typing import IO, Callable, Iterator
from urllib.parse import urljoin

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader, DecompressingBufferedReader, gzip_decompressor
from warcio.utils import BUFF_SIZE
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeadersParserException

from ..config import IngestConfig
from ..records import ImageRecord, InputFile, RawDoc, Redirect, SourceRef
from ..rejects import Ledger, Reason, Rejected
from .detect import GZIP_MAGIC, VAGUE_TYPES, WACZ_WARC, charset_of, looks_like_html, looks_like_image
from .files import CHUNK, excluded, file_ref, parse_date

log = logging.getLogger(__name__)


class _QuietSpaces(logging.Filter):
    """warcio warns once per record whose WARC-Target-URI holds a space (it percent-encodes it, as the build
    compares URLs anyway): a crawl of such addresses wrote thousands of lines over the build's own. Shown with
    --verbose only."""

    def filter(self, record: logging.LogRecord) -> bool:
        return log.isEnabledFor(logging.INFO) or not record.getMessage().startswith("Replacing spaces")


logging.getLogger("warcio.recordloader").addFilter(_QuietSpaces())
STAGE = "ingest"
ITEM_TYPES = ("response", "resource", "revisit", "conversion")
HTML_TYPES = ("text/html", "application/xhtml+xml")
SNIFF = 1024
# warcio raises these for broken headers and broken compression
_BROKEN = (ArchiveLoadFailed, StatusAndHeadersParserException, zlib.error, EOFError, ValueError)

Item = RawDoc | ImageRecord | Redirect


MAX_HEADER_LINE = 64 * 1024  # a WARC or HTTP header line longer than this is damage, not a header


class HeaderTooLong(ValueError):
    """A header line past MAX_HEADER_LINE (warcio would build it by repeated concatenation: quadratic)."""


class _CappedLineReader(DecompressingBufferedReader):
    """warcio's reader with header lines capped: an 80 MB line is one rejected stretch, read in
    linear time, instead of minutes of copying."""

    def readline(self, length=None):
        if length == 0:
            return b""
        ours = length is None or length > MAX_HEADER_LINE
        limit = MAX_HEADER_LINE if ours else length
        line = bytearray()
        while not line.endswith(b"\n") and len(line) < limit:
            self._fillbuff()
            if self.empty():
                break
            line += self.buff.readline(limit - len(line))
        if ours and len(line) >= limit and not line.endswith(b"\n"):
            raise HeaderTooLong(f"a header line longer than {MAX_HEADER_LINE} bytes")
        return bytes(line)


class RecordOverrun(ValueError):
    """A record not followed by the blank lines that end one: its Content-Length is wrong (bytes cut out of the
    file, or records spliced), so its body holds bytes of the next record, or misses some of its own."""


class _ArchiveIterator(ArchiveIterator):
    def __init__(self, fileobj, **kwargs):
        super().__init__(fileobj, **kwargs)
        self.reader = _CappedLineReader(self.fh, block_size=kwargs.get("block_size", BUFF_SIZE))

    def _consume_blanklines(self):
        """warcio's, except that a record not followed by a blank line raises RecordOverrun. warcio printed
        the rest of that line on stderr (binary bytes of a picture), dropped it and read on: the record was
        kept with bytes that were not its own, and the record it ran into was lost without a reject."""
        empty_size = 0
        while line := self.reader.readline():
            if line.strip():
                if not empty_size:
                    raise RecordOverrun("the record does not end where its Content-Length says (bytes cut "
                                        "out or damaged, or a wrong length)")
                return line, empty_size
            empty_size += len(line)
        return None, empty_size


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
    gzipped: bool  # gzip per record: offsets are of the file, a damaged member can be skipped
    digests: dict[str, str]
    stream: bool = False  # gzipped as one stream (`gzip crawl.warc`): offsets are of the decompressed data
    member: str = ""  # the archive's name inside its input file (a WACZ's archive/data.warc.gz), else ""
    end_record: Callable[[], None] | None = None  # reads the blank lines after the record (RecordOverrun)


def _header(record, name: str) -> str | None:
    value = record.rec_headers.get_header(name)
    return value.strip().strip("<>") if value else None  # some writers wrap URIs in <...>


def _where(arc: Archive, offset: int) -> str:
    where = f"decompressed-offset={offset}" if arc.stream else f"offset={offset}"
    return f"{arc.member}:{where}" if arc.member else where


def _ref(arc: Archive, record, offset: int) -> SourceRef:
    ref = file_ref(arc.inp, _where(arc, offset))
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


def _charset(record) -> str | None:
    """The charset the server declared in the response's Content-Type: pages of legacy encodings often name
    theirs only there."""
    return charset_of(record.http_headers.get_header("Content-Type") if record.http_headers else None)


class _BrotliDecompressor:
    """Brotli in the shape warcio's readers use (decompress, flush, unused_data). warcio's own hook sets an
    attribute on brotli.Decompressor, which brotli 1.1 and later refuse, so without this every br-encoded
    response (as browser-based crawlers record them) failed to read."""

    unused_data = None

    def __init__(self):
        import brotli

        self._decompressor = brotli.Decompressor()

    def decompress(self, data: bytes) -> bytes:
        return self._decompressor.process(data)

    def flush(self) -> bytes:
        return b""


class _Watched:
    """A body's decompressor that remembers a failure past its first block. warcio would print the zlib error
    on stderr, with no file or record named, and drop the rest of the body; the reader logs it instead. A failure
    in the first block still goes to warcio, which then reads the bytes as they are (many crawlers store bodies
    decoded and keep the header)."""

    def __init__(self, make):
        self._decompressor = make()
        self.produced = False
        self.failed = False

    @property
    def unused_data(self):
        return self._decompressor.unused_data

    def decompress(self, data: bytes) -> bytes:
        if self.failed:
            return b""
        try:
            out = self._decompressor.decompress(data)
        except Exception:  # noqa: BLE001 - zlib.error, brotli.error: whatever the codec raises on damage
            if not self.produced:
                raise
            self.failed = True
            return b""
        self.produced = self.produced or bool(out)
        return out

    def flush(self) -> bytes:
        return self._decompressor.flush() if not self.failed else b""


# warcio looks Content-Encoding up in this table (its extension point); "x-gzip" is an old name of gzip
for _name, _make in (("gzip", gzip_decompressor), ("x-gzip", gzip_decompressor), ("br", _BrotliDecompressor),
                     ("deflate", BufferedReader.DECOMPRESSORS["deflate"]),
                     ("deflate_alt", BufferedReader.DECOMPRESSORS["deflate_alt"])):
    BufferedReader.DECOMPRESSORS[_name] = functools.partial(_Watched, _make)


def _body_damage(stream) -> str | None:
    """How decoding the body failed: "first" when warcio gave up at once and passed the bytes on as they were,
    "later" when it broke partway, else None."""
    decompressor = getattr(stream, "decompressor", None)
    if getattr(stream, "decomp_type", None) and decompressor is None:
        return "first"
    return "later" if getattr(decompressor, "failed", False) else None


def _declared_coding(record) -> str:
    value = record.http_headers.get_header("Content-Encoding") if record.http_headers else None
    return (value or "").strip().lower()


def _unknown_coding(record) -> str | None:
    """The response's Content-Encoding when nothing here decodes it ("zstd", "gzip, br"), else None."""
    coding = _declared_coding(record)
    if coding in ("", "identity") or coding in BufferedReader.get_supported_decompressors():
        return None
    return coding


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
    """Read the record to its end (unkept) and make sure the file did not end inside it, nor the record
    before the end of its bytes (RecordOverrun: checked here, while the record can still be rejected)."""
    _drain(record.raw_stream)
    _check_complete(record, arc)
    if arc.end_record is not None:
        arc.end_record()


def _read_payload(record, arc: Archive) -> tuple[str | None, bytes]:
    """(kind, payload decoded from Content-Encoding); only HTML and images are held in memory."""
    media = _media_type(record)
    try:
        stream = record.content_stream()
        head = stream.read(SNIFF)
        kind = _classify(media, head)
        # a crawler that stored the payload decoded may keep the header: bytes that read as a page or a picture
        # are taken as they are
        unread = bool(kind) and not (looks_like_html(head) or looks_like_image(head))
        damaged = unread and _body_damage(stream) == "first"
        coding = _unknown_coding(record) if unread and not damaged else None
        cap = arc.cfg.max_html_bytes if kind == "html" else arc.cfg.max_input_bytes
        body = head + stream.read(cap + 1 - len(head)) if kind and not (coding or damaged) else head
    except (zlib.error, OSError, ValueError) as e:
        _finish(record, arc)  # raises instead when the archive itself is broken here
        raise BadRecord(Reason.INGEST_BAD_WARC_RECORD, f"payload not decodable: {type(e).__name__}: {e}")
    _finish(record, arc)
    if damaged:
        raise BadRecord(Reason.INGEST_BAD_WARC_RECORD, f"payload not decodable: its {_declared_coding(record)} "
                        f"Content-Encoding is damaged")
    if coding:
        raise BadRecord(Reason.INGEST_BAD_WARC_RECORD, f"payload in Content-Encoding {coding!r}, which is not decoded "
                        f"here (gzip, deflate and br are)")
    if kind and _body_damage(stream) == "later":
        log.warning("%s: the %s body of %s breaks after %d bytes; kept as far as it reads", arc.inp.rel,
                    _declared_coding(record), _header(record, "WARC-Target-URI"), len(body))
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
    return RawDoc(ref=ref, kind="html", content=body, url=url, charset=_charset(record))


def _response_item(record, url: str, ref: SourceRef, arc: Archive) -> Item:
    status = _status(record)
    if status is not None and 300 <= status < 400:
        return _redirect(record, url, status, ref, arc)
    if status is None or not 200 <= status < 300 or status in (204, 206):
        _finish(record, arc)
        raise BadRecord(Reason.INGEST_WARC_NOT_ARTICLE, f"HTTP status {status}, not a full page or image")
    return _content_item(record, url, ref, arc)


def _conversion_item(record, url: str, ref: SourceRef, arc: Archive) -> RawDoc:
    """A conversion record's plain text (a WET file's page text) as a text scrape of its page."""
    media = (record.rec_headers.get_header("Content-Type") or "").split(";", 1)[0].strip().lower()
    if media not in ("text/plain", ""):
        _finish(record, arc)
        raise BadRecord(Reason.INGEST_WARC_NOT_ARTICLE, f"conversion to {media}, not plain text")
    cap = arc.cfg.max_html_bytes
    try:
        body = record.content_stream().read(cap + 1)
    except (zlib.error, OSError, ValueError) as e:
        _finish(record, arc)
        raise BadRecord(Reason.INGEST_BAD_WARC_RECORD, f"payload not readable: {type(e).__name__}: {e}")
    _finish(record, arc)
    if len(body) > cap:
        raise BadRecord(Reason.INGEST_TOO_LARGE, f"text payload above the {cap}-byte cap")
    return RawDoc(ref=ref, kind="text", content=body, url=url)


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
        elif record.rec_type == "conversion":
            item = _conversion_item(record, url, ref, arc)
        else:
            item = _response_item(record, url, ref, arc)
        why = excluded(url, arc.cfg) if isinstance(item, RawDoc) else None
        if why:
            raise BadRecord(Reason.INGEST_EXCLUDED, why)
    except BadRecord as e:
        arc.ledger.reject(STAGE, e.reason, ref, e.detail)
        return None
    except _BROKEN as e:
        arc.ledger.reject(STAGE, _broken_reason(arc, e), ref, f"unreadable: {type(e).__name__}: {str(e)[:120]}")
        raise Resync() from e
    except Exception as e:  # noqa: BLE001 - one odd record is one reject; the archive's others go on
        log.exception("internal error reading %s at offset %d", arc.inp.rel, offset)
        arc.ledger.reject(STAGE, Reason.INTERNAL_ERROR, ref, f"{type(e).__name__}: {str(e)[:200]}")
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


def _broken_reason(arc: Archive, err: Exception | str | None = None) -> Reason:
    # a record that does not end where its length says, inside one whole gzip stream, is no gzip damage (inside
    # one gzip member per record it is most often damaged data that inflated on past the record)
    if arc.gzipped or arc.stream and not isinstance(err, RecordOverrun):
        return Reason.INGEST_BAD_GZIP
    return Reason.INGEST_BAD_WARC_RECORD


def _reject_stretch(arc: Archive, start: int, end: int | None, err: Exception | str) -> None:
    arc.ledger.see(STAGE)
    reason = _broken_reason(arc, err)
    if isinstance(err, str):
        what = err
    elif isinstance(err, _BROKEN):  # the reader's own words for damage ("compressed file ended before ...")
        what = f"{type(err).__name__}: {str(err).strip()[:120]}"
    else:
        # warcio trips over its own internals on a record cut inside its headers ("'NoneType' object has no
        # attribute 'startswith'" for a missing WARC-Target-URI): that says nothing to whoever reads the reject
        what = f"WARC record truncated or damaged at {'decompressed ' if arc.stream else ''}offset {start}"
    where = f"skipped to the next record at offset {end}" if end is not None else "the rest of the file is unreadable"
    arc.ledger.reject(STAGE, reason, file_ref(arc.inp, _where(arc, start)), f"{what}; {where}")


def _read_from(fh: IO[bytes], start: int, arc: Archive) -> Iterator[Item | int | None]:
    """Items from `start` on; the last value yielded is the offset to resume at (None: done)."""
    fh.seek(start)
    it = _ArchiveIterator(fh, arc2warc=True)
    arc.end_record = it.read_to_end  # warcio calls it again after the record: then it does nothing
    previous = None  # where the last record read began
    try:
        for record in it:
            previous = it.offset
            item = _item(record, it.offset, arc)
            if item is not None:
                yield item
    except Resync as e:
        # the record was rejected in _item; one deflate stream cannot be re-entered after damage (a wrong
        # Content-Length is no damage to the stream)
        damage = not isinstance(e.__cause__, RecordOverrun)
        yield None if arc.stream and damage else _next_start(fh, previous, arc.gzipped)
        return
    except Exception as e:  # noqa: BLE001 - _BROKEN, or warcio failing on a record it cannot parse
        bad = it.offset
        if arc.stream and not isinstance(e, RecordOverrun):
            _reject_stretch(arc, bad, None, e)
            yield None
            return
        log.warning("%s: unreadable WARC data at %s: %s", arc.inp.rel, _where(arc, bad), type(e).__name__)
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
    try:
        fh.seek(end)
        tail, size = False, 0
        # read to the end rather than seek there: a one-stream gzip cannot seek from the end, and reading
        # is what finds a cut or damaged stream
        while chunk := fh.read(CHUNK):
            tail = tail or chunk.strip() != b""
            size += len(chunk)
    except (EOFError, OSError, zlib.error) as e:  # a one-stream gzip cut or damaged after its last record
        _reject_stretch(arc, end, None, e)
        return
    if tail:
        _reject_stretch(arc, end, None, f"the last {size} bytes are a truncated record")


def read_warc(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[Item]:
    """HTML pages, images, redirects and revisits of one archive, in file order."""
    with open(inp.path, "rb") as raw:
        yield from read_warc_stream(raw, inp, cfg, ledger)


def read_warc_stream(raw: IO[bytes], inp: InputFile, cfg: IngestConfig, ledger: Ledger, member: str = "",
                     digests: dict | None = None) -> Iterator[Item]:
    """read_warc over an open, seekable archive; `member` names it inside its input file (a WACZ holds several,
    which share `digests` so a revisit finds a payload another of them holds)."""
    gzipped = raw.read(2) == GZIP_MAGIC
    stream = gzipped and _one_gzip_stream(raw)
    fh = _Gunzip(raw) if stream else raw
    arc = Archive(inp, cfg, ledger, gzipped=gzipped and not stream, digests={} if digests is None else digests,
                  stream=stream, member=member)
    start: int | None = 0
    while start is not None:
        for value in _read_from(fh, start, arc):
            if isinstance(value, (int, type(None))):
                if value is not None and value <= start:
                    # never back or in place: a resume point must lie past where this stretch began
                    value = _next_start(fh, start, arc.gzipped)
                start = value
            else:
                yield value


class _Gunzip:
    """A WARC gzipped as one stream, decompressed as it is read. Unlike gzip.GzipFile it hands over every
    byte it could decompress before reporting damage or a cut, so the records before the damage are kept
    (GzipFile loses the whole block it was filling)."""

    def __init__(self, raw: IO[bytes]):
        self.raw = raw
        self._restart()

    def _restart(self) -> None:
        self.raw.seek(0)
        self._inflater = zlib.decompressobj(wbits=31)
        self._buf = b""
        self._pos = 0  # decompressed offset of the first byte of _buf
        self._error: Exception | None = None

    def _more(self) -> bool:
        """Decompresses one more chunk into _buf; False at the end (or at damage, kept for the next read)."""
        while True:
            if self._inflater.eof:
                rest = self._inflater.unused_data
                if not rest.startswith(GZIP_MAGIC):
                    return False  # the end (trailing padding is ignored, as gzip does)
                self._inflater = zlib.decompressobj(wbits=31)
                chunk = rest
            else:
                chunk = self._inflater.unconsumed_tail or self.raw.read(CHUNK)
                if not chunk:
                    self._error = EOFError("compressed file ended before the end of the gzip stream")
                    return False
            try:
                out = self._inflater.decompress(chunk, CHUNK * 4)
            except zlib.error as e:
                self._error = e
                return False
            if out:
                self._buf += out
                return True

    def read(self, size: int = -1) -> bytes:
        want = size if size is not None and size >= 0 else 1 << 62
        while len(self._buf) < want and self._more():
            pass
        if not self._buf and self._error is not None:
            raise self._error
        out, self._buf = self._buf[:want], self._buf[want:]
        self._pos += len(out)
        return out

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence != 0:
            raise OSError("only absolute seeks in a one-stream gzip")
        if offset < self._pos:
            self._restart()
        while self._pos < offset:
            if not self.read(min(offset - self._pos, CHUNK * 4)):
                break
        return self._pos


def _one_gzip_stream(fh: IO[bytes]) -> bool:
    """True when the first gzip member holds more than one WARC record (`gzip crawl.warc`): such a file
    is read as one decompressed stream. Stops as soon as it knows; a per-record file's first member is
    one record, so this reads little."""
    fh.seek(0)
    inflater = zlib.decompressobj(wbits=31)
    seen = b""
    try:
        while not inflater.eof:
            chunk = inflater.unconsumed_tail or fh.read(CHUNK)  # output is capped: finish the input first
            if not chunk:
                break
            seen = seen[-16:] + inflater.decompress(chunk, CHUNK * 4)
            if b"\nWARC/1." in seen:
                return True
    except zlib.error:
        return False  # a damaged first member: the per-record reader rejects it and looks further
    finally:
        fh.seek(0)
    return False


class MemberRefused(Rejected):
    """A WACZ member that is not read at all."""


try:
    from lzma import LZMAError as _LZMA_ERROR  # what a damaged lzma member raises while it is read
except ImportError:  # a Python built without lzma: zipfile refuses such members when opening them
    _LZMA_ERROR = OSError


def read_wacz(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[Item]:
    """The pages, pictures, redirects and revisits of every WARC a WACZ file (Browsertrix, ArchiveWeb.page) holds:
    a ZIP of WARCs with their indexes and page lists, the WARCs under archive/ read in name order, as one archive
    split in files. A member that cannot be read (damaged, encrypted, empty, in a compression not read here) is
    one reject named by its path in the ZIP; the members after it are read."""
    import zipfile

    digests: dict = {}
    with open(inp.path, "rb") as fh, zipfile.ZipFile(fh) as zf:
        for info in sorted((i for i in zf.infolist() if WACZ_WARC.match(i.filename)), key=lambda i: i.filename):
            try:
                with _member(zf, fh, info) as raw:
                    yield from read_warc_stream(raw, inp, cfg, ledger, member=info.filename, digests=digests)
            except MemberRefused as e:
                ledger.see(STAGE)
                ledger.reject(STAGE, e.reason, file_ref(inp, info.filename), e.detail)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, _LZMA_ERROR) as e:  # the member is damaged
                ledger.see(STAGE)
                ledger.reject(STAGE, Reason.INGEST_BAD_WARC_RECORD, file_ref(inp, info.filename),
                              f"unreadable member of the WACZ: {type(e).__name__}: {e}")


# the ZIP compression methods zipfile decompresses (stored, deflate, bzip2, lzma)
_ZIP_METHODS = {0: "stored", 8: "deflate", 12: "bzip2", 14: "lzma"}


def _member(zf, fh: IO[bytes], info):
    """A WARC inside the ZIP as a seekable file. WACZ writers store WARCs uncompressed: those are read in place
    (the WARC reader seeks past damage, and a damaged byte costs its record, not the member's CRC check);
    a deflated one goes through zipfile. MemberRefused for a member that cannot be read at all."""
    import zipfile

    if info.flag_bits & 0x1:
        # read in place, a stored member's encrypted bytes would be taken for a WARC and rejected as damage
        raise MemberRefused(Reason.INGEST_BAD_WARC_RECORD, "the member is encrypted (a password-protected ZIP); "
                            "not read")
    if info.compress_type not in _ZIP_METHODS:
        name = zipfile.compressor_names.get(info.compress_type, "unknown")
        raise MemberRefused(Reason.INGEST_BAD_WARC_RECORD, f"the member is compressed with ZIP method "
                            f"{info.compress_type} ({name}), which is not read here "
                            f"({', '.join(_ZIP_METHODS.values())} are)")
    if info.file_size == 0:
        # as an empty plain file is an ingest_empty reject: nothing in it could be counted otherwise
        raise MemberRefused(Reason.INGEST_EMPTY, "zero bytes (an empty WARC in the WACZ)")
    if info.compress_type != zipfile.ZIP_STORED:
        try:
            return zf.open(info)
        except (NotImplementedError, RuntimeError) as e:  # zipfile's words for a codec this Python lacks
            raise MemberRefused(Reason.INGEST_BAD_WARC_RECORD, f"the member cannot be opened: {e}") from None
    fh.seek(info.header_offset)
    local = fh.read(30)
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise zipfile.BadZipFile(f"no local header for {info.filename}")
    start = info.header_offset + 30 + int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little")
    end = getattr(zf, "start_dir", None)  # where the ZIP's directory begins: no member's data goes past it
    if end is not None and start + info.file_size > end:
        # a damaged length in the local header or the directory: read as it says, the slice would lie past the
        # end of the file (an empty WARC, counted as nothing) or take in other members and the directory
        raise MemberRefused(Reason.INGEST_BAD_WARC_RECORD, f"damaged ZIP headers: the member's {info.file_size} "
                            f"bytes from offset {start} would run past the end of the members' data "
                            f"(offset {end})")
    return _Slice(fh, start, info.file_size)


class _Slice(io.RawIOBase):
    """Bytes [start, start + size) of an open file, seekable, as a file of their own."""

    def __init__(self, fh: IO[bytes], start: int, size: int):
        super().__init__()
        self._fh, self._start, self._size, self._pos = fh, start, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        n = max(0, min(len(buf), self._size - self._pos))
        self._fh.seek(self._start + self._pos)
        data = self._fh.read(n)
        buf[:len(data)] = data
        self._pos += len(data)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        self._pos = max(0, {0: offset, 1: self._pos + offset, 2: self._size + offset}[whence])
        return self._pos

    def tell(self) -> int:
        return self._pos
