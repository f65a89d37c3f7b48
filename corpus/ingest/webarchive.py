"""Safari web archives (.webarchive, Safari's "Save As ... Web Archive"): a property list holding the page
(WebMainResource) and the pictures, style sheets and scripts it loaded (WebSubresources), each with its URL.
The page becomes a RawDoc in the encoding Safari recorded, each picture an ImageRecord addressed by its URL,
as a WARC's responses are, so a figure finds its picture in the same file.

Counting (stage "ingest"): the page and every picture with an http(s) URL are items (one typed vaguely,
application/octet-stream as S3 serves pictures, is a picture when its bytes are one); style sheets, scripts,
fonts and frames (WebSubframeArchives) are the page's resources, not items. A file that is no readable
archive, or holds no page, gets one reject saying so.
"""
from __future__ import annotations

import plistlib
from typing import Iterator

from ..config import IngestConfig
from ..records import ImageRecord, InputFile, RawDoc
from ..rejects import Ledger, Reason
from .detect import VAGUE_TYPES, looks_like_image
from .files import excluded, file_ref, read_capped

STAGE = "ingest"


def read_webarchive(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc | ImageRecord]:
    """The page and the pictures of one web archive (a property list is read whole)."""
    data = read_capped(inp.path, cfg.max_input_bytes, "max_input_bytes")
    try:
        archive = plistlib.loads(data)
    except Exception as e:  # noqa: BLE001 - plistlib raises many kinds on damaged input; one reject each
        _reject(inp, "", f"not a readable web archive ({type(e).__name__}: {str(e)[:120]})", ledger)
        return
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    page = _resource(main)
    if page is None or not page[1].startswith(("text/html", "application/xhtml")):
        _reject(inp, "", "no HTML page as its main resource", ledger)
    else:
        doc = _document(page, main, inp, cfg, ledger)
        if doc is not None:
            yield doc
    subresources = archive.get("WebSubresources") if isinstance(archive, dict) else None
    for n, sub in enumerate(subresources if isinstance(subresources, list) else [], 1):
        picture = _resource(sub)
        if picture is not None and _is_picture(*picture[:2]) and picture[2].startswith(("http://", "https://")):
            ledger.see(STAGE)
            ledger.keep(STAGE)
            yield ImageRecord(url=picture[2], content=picture[0], ref=file_ref(inp, f"subresource={n}"),
                              content_type=picture[1])


def _is_picture(data: bytes, mime: str) -> bool:
    """An image/* resource, or one whose vague type (application/octet-stream, binary/octet-stream: what a
    server that was not told the type sends, S3 among them) hides a picture's bytes, as the WARC reader sniffs."""
    return mime.startswith("image/") or mime in VAGUE_TYPES and looks_like_image(data[:64])


def _resource(res: object) -> tuple[bytes, str, str] | None:
    """(data, MIME type, URL) of one resource entry, None when it holds no data."""
    if not isinstance(res, dict) or not isinstance(res.get("WebResourceData"), bytes) or not res["WebResourceData"]:
        return None
    mime, url = res.get("WebResourceMIMEType"), res.get("WebResourceURL")
    return res["WebResourceData"], (mime if isinstance(mime, str) else "").lower(), url if isinstance(url, str) else ""


def _document(page: tuple[bytes, str, str], main: dict, inp: InputFile, cfg: IngestConfig,
              ledger: Ledger) -> RawDoc | None:
    data, _, url = page
    ref = file_ref(inp, "main")
    ledger.see(STAGE)
    why = excluded(url, cfg)
    if why:
        ledger.reject(STAGE, Reason.INGEST_EXCLUDED, ref, why)
        return None
    ledger.keep(STAGE)
    encoding = main.get("WebResourceTextEncodingName")
    return RawDoc(ref=ref, kind="html", content=data, url=url if url.startswith(("http://", "https://")) else None,
                  charset=encoding if isinstance(encoding, str) else None)


def _reject(inp: InputFile, locator: str, detail: str, ledger: Ledger) -> None:
    ledger.see(STAGE)
    ledger.reject(STAGE, Reason.INGEST_BAD_PAGE_ARCHIVE, file_ref(inp, locator), detail)
