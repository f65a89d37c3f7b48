"""MHTML: a page and its pictures in one MIME multipart/related file ("Webpage, Single File" in Chrome and
Edge, .mht from Internet Explorer). The page part becomes a RawDoc and each picture part an ImageRecord
addressed by its Content-Location, as a WARC's responses do, so a figure finds its picture in the file.

Counting (stage "ingest"): the page part and every picture part with an http(s) address (or, without any
Content-Location, a Content-ID, which the page names it by as cid:<id>) are items, kept
or rejected one by one (a part typed vaguely, application/octet-stream as S3 serves pictures, is a picture
when its bytes are one); the file's style sheets, fonts, scripts and frames are the page's resources, not
items. A file without a page part gets one reject saying so.
"""
from __future__ import annotations

import email
import re
from email.message import Message
from typing import Iterator

from ..config import IngestConfig
from ..records import ImageRecord, InputFile, RawDoc
from ..rejects import Ledger, Reason
from .detect import VAGUE_TYPES, looks_like_image
from .files import excluded, file_ref, read_capped

STAGE = "ingest"


def read_mhtml(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc | ImageRecord]:
    """The page and the pictures of one MHTML file (read whole: the parts are not in page order)."""
    msg = email.message_from_bytes(read_capped(inp.path, cfg.max_input_bytes, "max_input_bytes"))
    parts = [p for p in msg.walk() if not p.is_multipart()]
    page = _page_part(msg, parts)
    if page is None:
        ledger.see(STAGE)
        ledger.reject(STAGE, Reason.INGEST_BAD_PAGE_ARCHIVE, file_ref(inp), "no HTML page among its parts")
    for n, part in enumerate(parts, 1):
        if part is page:
            item = _document(part, msg, inp, n, cfg, ledger)
        elif (address := _picture_address(part)) and _is_picture(part):
            item = _picture(part, address, inp, n, ledger)
        else:
            continue
        if item is not None:
            yield item


def _picture_address(part: Message) -> str:
    """The address the page finds a picture part by: its http(s) Content-Location, else, for a part a page
    names as `<img src="cid:...">` (Content-ID only, as mail clients and some savers write), `cid:<its id>`
    (RFC 2392); "" for a part the page cannot name."""
    location = _location(part)
    if location.startswith(("http://", "https://")):
        return location
    content_id = _header(part, "Content-ID").strip("<>")
    return f"cid:{content_id}" if content_id and not location else ""


def _is_picture(part: Message) -> bool:
    """An image/* part, or one whose vague type (application/octet-stream, binary/octet-stream: what a server
    that was not told the type sends, S3 among them; none at all) hides a picture's bytes, as the WARC reader
    sniffs them."""
    if part.get_content_maintype() == "image":
        return True
    if part.get_content_type() not in VAGUE_TYPES:  # a missing Content-Type reads as text/plain, which is vague
        return False
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError):  # not decodable: not known to be a picture, so no item
        return False
    return bool(data) and looks_like_image(data[:64])


def _page_part(msg: Message, parts: list[Message]) -> Message | None:
    """The part the file is a snapshot of (its frames are HTML parts too): the one at the snapshot's
    address, else the first HTML part, as browsers write the page first."""
    html = [p for p in parts if p.get_content_type() in ("text/html", "application/xhtml+xml")]
    snapshot = _header(msg, "Snapshot-Content-Location")
    return next((p for p in html if snapshot and _location(p) == snapshot), html[0] if html else None)


def _location(part: Message) -> str:
    return _header(part, "Content-Location")


def _header(msg: Message, name: str) -> str:
    """A header's value as text (a header with stray 8-bit bytes comes back as an email Header object), unfolded.
    Only URIs are read through here: a long one is folded over lines, and RFC 2557 (4.4.1) has the folding white
    space removed, not kept as one space as in other headers, since a URI holds none."""
    value = msg.get(name)
    return _FOLD.sub("", str(value)).strip() if value is not None else ""


_FOLD = re.compile(r"\r?\n[ \t]*")


def _payload(part: Message, inp: InputFile, n: int, ledger: Ledger) -> bytes | None:
    """The part's bytes decoded from its transfer encoding (quoted-printable, base64), or a reject."""
    ledger.see(STAGE)
    try:
        data = part.get_payload(decode=True)
    except (ValueError, TypeError) as e:  # a base64 body the decoder refuses outright
        data, why = None, f"{type(e).__name__}: {e}"
    else:
        why = "empty part"
    if not data:
        ledger.reject(STAGE, Reason.INGEST_BAD_PAGE_ARCHIVE, file_ref(inp, f"part={n}"), why)
        return None
    return data


def _document(part: Message, msg: Message, inp: InputFile, n: int, cfg: IngestConfig,
              ledger: Ledger) -> RawDoc | None:
    content = _payload(part, inp, n, ledger)
    if content is None:
        return None
    # only a web address is the page's: a page saved from disk has file:///home/.../page.html, which would become
    # its article_url (publishing the saver's local path) and what its pictures' URLs resolve against
    url = next((u for u in (_location(part), _header(msg, "Snapshot-Content-Location"))
                if u.lower().startswith(("http://", "https://"))), None)
    ref = file_ref(inp, f"part={n}")
    why = excluded(url, cfg)
    if why:
        ledger.reject(STAGE, Reason.INGEST_EXCLUDED, ref, why)
        return None
    ledger.keep(STAGE)
    return RawDoc(ref=ref, kind="html", content=content, url=url,
                  charset=part.get_content_charset())


def _picture(part: Message, address: str, inp: InputFile, n: int, ledger: Ledger) -> ImageRecord | None:
    content = _payload(part, inp, n, ledger)
    if content is None:
        return None
    ledger.keep(STAGE)
    return ImageRecord(url=address, content=content, ref=file_ref(inp, f"part={n}"),
                       content_type=part.get_content_type())
