"""Single-document inputs (an HTML page, a text scrape) and helpers the other readers share."""
from __future__ import annotations

import gzip
import os
import re
import zlib
from datetime import datetime, timezone
from functools import lru_cache
from typing import IO, Iterator
from urllib.parse import urlsplit, urlunsplit

from ..config import IngestConfig
from ..records import InputFile, RawDoc, SourceRef
from ..rejects import Ledger, Reason, Rejected
from .detect import EXTRACTOR_XML_BYTES, GRAPHIC_BYTES, GZIP_MAGIC

CHUNK = 1024 * 1024


class IngestReject(Rejected):
    """A whole input file is rejected."""


def open_maybe_gzip(path: str) -> IO[bytes]:
    """The file's bytes, decompressed on the fly when it starts with the gzip magic."""
    with open(path, "rb") as fh:
        magic = fh.read(2)
    return gzip.open(path, "rb") if magic == GZIP_MAGIC else open(path, "rb")


class GzipBroken(Exception):
    """The gzip stream is truncated or corrupt from here on; everything before it was delivered."""


def gunzip_chunks(fh: IO[bytes]) -> Iterator[bytes]:
    """Decompressed chunks of a (multi-member) gzip file, bounded in memory.

    Unlike gzip.GzipFile it delivers every byte before the damage, then raises GzipBroken.
    """
    dec, fed = zlib.decompressobj(wbits=31), False
    for data in iter(lambda: fh.read(CHUNK), b""):
        while True:
            fed = fed or bool(data)
            try:
                out = dec.decompress(data, CHUNK)
            except zlib.error as e:
                raise GzipBroken(f"corrupt gzip data: {e}") from None
            if out:
                yield out
            if dec.eof:  # next member, if any
                data, dec, fed = dec.unused_data, zlib.decompressobj(wbits=31), False
                if not data:
                    break
                continue
            data = dec.unconsumed_tail
            if not data and len(out) < CHUNK:
                break
    if fed:
        raise GzipBroken("the gzip stream ends inside a member (file truncated)")


def raw_chunks(fh: IO[bytes]) -> Iterator[bytes]:
    """The file's bytes, decompressed when it starts with the gzip magic."""
    if fh.read(2) == GZIP_MAGIC:
        fh.seek(0)
        yield from gunzip_chunks(fh)
        return
    fh.seek(0)
    yield from iter(lambda: fh.read(CHUNK), b"")


def _read_upto(fh: IO[bytes], limit: int) -> bytes:
    """At most `limit` bytes. Not fh.read(limit): that allocates `limit` bytes up front (20 MB for every
    100 KB page, a tenth of a millisecond each); a plain file's size is known, gzip is read in chunks."""
    if not isinstance(fh, gzip.GzipFile):
        size = os.fstat(fh.fileno()).st_size + 1  # +1: a file that grew since is read on, up to the limit
        data = fh.read(min(size, limit))
        return data + fh.read(limit - len(data)) if len(data) == size < limit else data
    parts, n = [], 0
    while n < limit and (block := fh.read(min(CHUNK, limit - n))):
        parts.append(block)
        n += len(block)
    return b"".join(parts)


def read_capped(path: str, cap: int, cap_name: str = "max_html_bytes") -> bytes:
    """All (decompressed) bytes of a single-document file, refusing more than `cap` (the setting `cap_name`)."""
    with open_maybe_gzip(path) as fh:
        try:
            data = _read_upto(fh, cap + 1)
        except (EOFError, zlib.error, gzip.BadGzipFile) as e:
            raise IngestReject(Reason.INGEST_BAD_GZIP, f"{type(e).__name__}: {e}") from None
    if len(data) > cap:
        raise IngestReject(Reason.INGEST_TOO_LARGE, f"more than {cap_name}={cap} bytes")
    return data


def file_ref(inp: InputFile, locator: str = "") -> SourceRef:
    return SourceRef(path=inp.rel, locator=locator, sha256=inp.sha256)


def read_html(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc]:
    """One HTML page (a saved page's `<name>_files/` images resolve from base_dir)."""
    content = read_capped(inp.path, cfg.max_html_bytes)
    if EXTRACTOR_XML_BYTES.match(content):  # trafilatura's XML: its <graphic> pictures are HTML's <img>
        content = GRAPHIC_BYTES.sub(b"<img", content)
    yield RawDoc(ref=file_ref(inp), kind="html", content=content, url=saved_from(content),
                 base_dir=os.path.dirname(inp.path), root=inp.root)


# The address a browser saved a page from, as it notes it at the top of the file: Chrome's and Internet
# Explorer's "<!-- saved from url=(0042)https://... -->" and SingleFile's "<!-- Page saved with SingleFile
# url: https://... -->". Like a WARC's target URI it is where the page was fetched: its URL unless the page
# names a canonical one, and what relative URLs resolve against. Internet Explorer also writes zone markers
# there that are no address ("about:internet", "http://internet.e-mail", "http://localhost").
_SAVED_FROM = re.compile(rb"<!--\s*(?:saved from url=\((?P<n>\d+)\)|Page saved with SingleFile\s+url:\s*)"
                         rb"(?P<url>https?://[^\s<>\"']+)", re.I)
_NO_ADDRESS = ("internet.e-mail", "localhost")


def saved_from(content: bytes) -> str | None:
    m = _SAVED_FROM.search(content, 0, 4096)
    if m is None or (m["n"] is not None and int(m["n"]) != len(m["url"])):
        return None  # (the mark counts its URL's characters: another count is a garbled mark)
    url = m["url"].decode("ascii", "replace")
    return None if (urlsplit(url).hostname or "") in _NO_ADDRESS else url


def read_text(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc]:
    """One plain-text scrape: paragraphs separated by blank lines, captions where images stood."""
    content = read_capped(inp.path, cfg.max_html_bytes)
    yield RawDoc(ref=file_ref(inp), kind="text", content=content,
                 base_dir=os.path.dirname(inp.path), root=inp.root)


def _url_key(url: str) -> str:
    """A URL as the takedown list matches it: without its fragment, in canonical percent-encoding, in either
    scheme, its host in any case. A request names the address a browser shows ("/a/café", "http://"), a crawler
    records it percent-encoded ("/a/caf%C3%A9") and a site may have moved to https since: one article."""
    from ..extract.urls import canonical_url

    parts = urlsplit(canonical_url(url.split("#", 1)[0].strip()))
    return urlunsplit(("", parts.netloc.lower(), parts.path, parts.query, ""))


@lru_cache(maxsize=8)
def _url_keys(urls: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_url_key(u) for u in urls)


def excluded(url: str | None, cfg: IngestConfig) -> str | None:
    """Why a URL is on the takedown list (as a reject detail), or None."""
    if not url or not (cfg.exclude_urls or cfg.exclude_domains):
        return None
    if url in cfg.exclude_urls or cfg.exclude_urls and _url_key(url) in _url_keys(cfg.exclude_urls):
        return f"URL on the exclude list: {url}"
    host = (urlsplit(url).hostname or "").lower()
    for domain in cfg.exclude_domains:
        d = domain.lower().lstrip(".")
        if host == d or host.endswith("." + d):
            return f"domain {d} on the exclude list"
    return None


def parse_date(value: str | None) -> datetime | None:
    """An ISO-like timestamp ("2024-01-02T03:04:05Z", "2017-12-31 12:00:00") as UTC; else None."""
    if not value or not isinstance(value, str):
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)
