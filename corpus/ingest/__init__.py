"""ingest: sources -> InputFiles -> RawDoc / ImageRecord / Redirect, the kind told by content.

Counting rule (stage "ingest"; seen == kept + rejected holds after every file read to its end):
  * every input file counts once: `read_input` calls see(), then keep() when its one document was
    emitted (HTML page, text scrape) or when the container (WARC, WACZ, JSON) was read to its end, or
    reject() with the reason (unknown kind, empty, too large, unreadable, bad gzip, outside root);
  * every item inside a container counts once more: a JSONL non-blank line, an article of a JSON
    document (each item of an array, or its one object), a WARC response / resource / revisit record
    with an http(s) target (in a WARC or in one of a WACZ's), an unreadable stretch of an archive or a
    WACZ member that is not read (damaged, encrypted, empty, in a compression not read here), or the page and the pictures of an MHTML file or a Safari web archive (or
    its missing page). It is kept when it becomes a RawDoc, ImageRecord or Redirect, else rejected with
    its `line=` / `item=` / `offset=` / `part=` / `subresource=` locator;
  * WARC request / warcinfo / metadata records, a page archive's style sheets, fonts, scripts and
    frames, blank JSONL lines, hidden files and `<name>_files/` folders are not items and are not counted;
  * `expand_sources` only counts what it refuses (path outside its root, missing, unreadable, not a
    regular file) as see() + reject(); the files it yields are counted by `read_input`.
So `kept` = files kept + records emitted inside containers, and the RawDocs handed to extract are
the emitted records of kind RawDoc (single-document files included).
"""
from __future__ import annotations

import logging
import os
from typing import Callable, Iterator

from ..config import IngestConfig
from ..records import ImageRecord, InputFile, RawDoc, Redirect
from ..rejects import Ledger, Reason
from .detect import detect_kind, sniff_file
from .files import IngestReject, file_ref, read_html, read_text
from .har import read_har
from .jsonl import read_json, read_jsonl
from .mhtml import read_mhtml
from .paths import is_inside, resolve_inside
from .sources import expand_sources, file_sha256
from .webarchive import read_webarchive

__all__ = ["READERS", "detect_kind", "expand_sources", "read_input", "resolve_inside"]

log = logging.getLogger(__name__)
STAGE = "ingest"

Record = RawDoc | ImageRecord | Redirect
Reader = Callable[[InputFile, IngestConfig, Ledger], Iterator[Record]]



def read_warc(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[Record]:
    """The WARC reader, imported when a build has an archive (warcio's import is slow)."""
    from .warc import read_warc as read

    return read(inp, cfg, ledger)


def read_wacz(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[Record]:
    from .warc import read_wacz as read

    return read(inp, cfg, ledger)


READERS: dict[str, Reader] = {"warc": read_warc, "wacz": read_wacz, "mhtml": read_mhtml,
                              "webarchive": read_webarchive, "har": read_har, "jsonl": read_jsonl,
                              "json": read_json, "html": read_html, "text": read_text}
# readers that count their own items
CONTAINERS = frozenset({"warc", "wacz", "mhtml", "webarchive", "har", "jsonl", "json"})


def _kind(inp: InputFile) -> str:
    """The reader kind of a file, or IngestReject saying what it looked like."""
    if not is_inside(inp.root, os.path.realpath(inp.path)):  # re-checked: InputFiles may be hand-made
        raise IngestReject(Reason.INGEST_OUTSIDE_ROOT, "resolves outside its input root; not opened")
    sniff = sniff_file(inp.path)
    if sniff.guessed_encoding:
        log.info("%s names no encoding and is not UTF-8: read as %s, chardet's guess", inp.rel, sniff.guessed_encoding)
    if sniff.kind is not None:
        return sniff.kind
    if sniff.what == "an empty file":
        raise IngestReject(Reason.INGEST_EMPTY, "zero bytes")
    if sniff.bad_gzip:
        raise IngestReject(Reason.INGEST_BAD_GZIP, "gzip header or first block is corrupt")
    raise IngestReject(Reason.INGEST_UNKNOWN_KIND, f"looks like {sniff.what}")


def read_input(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[Record]:
    """All records of one input file, counted by the rule in the module docstring."""
    ledger.see(STAGE)
    try:
        kind = _kind(inp)
        if not inp.sha256:
            inp.sha256 = file_sha256(inp.path)
        reader = READERS[kind]
        if kind in CONTAINERS:
            yield from reader(inp, cfg, ledger)
            ledger.keep(STAGE)
            return
        doc = next(iter(reader(inp, cfg, ledger)))
    except IngestReject as e:
        ledger.reject(STAGE, e.reason, file_ref(inp), e.detail)
        return
    except OSError as e:
        log.warning("%s unreadable: %s", inp.rel, e)
        ledger.reject(STAGE, Reason.INGEST_UNREADABLE, file_ref(inp), f"{type(e).__name__}: {e.strerror or e}")
        return
    ledger.keep(STAGE)
    yield doc
