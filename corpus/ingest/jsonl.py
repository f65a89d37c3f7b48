"""JSON exports of crawled articles, optionally gzipped: JSON lines (one article object per line), or a JSON
document holding one article object (news-please writes a file per article) or an array of them (Scrapy's
`-o items.json`)."""
from __future__ import annotations

import codecs
import json
import logging
import os
import re
from typing import Iterator

from ..config import IngestConfig
from ..records import InputFile, RawDoc
from ..rejects import Ledger, Reason
from .detect import UTF16_BOMS
from .json_article import article_records, read_record
from .json_article.documents import chunk_store_articles, unstructured_pages
from .files import GzipBroken, IngestReject, excluded, file_ref, parse_date, raw_chunks, read_capped
from .pyliteral import python_container

log = logging.getLogger(__name__)
STAGE = "ingest"
TOO_LONG = object()  # stands for a line above the byte cap (its bytes are dropped as they come)


def _lines(chunks: Iterator[bytes], cap: int) -> Iterator[bytes | object]:
    """Lines (with their newline; the last may lack it), or TOO_LONG for a line above `cap` bytes."""
    buf, skipping = bytearray(), False
    for chunk in chunks:
        scanned = len(buf)
        buf += chunk
        while (nl := buf.find(b"\n", scanned)) >= 0:
            line = bytes(buf[: nl + 1])
            del buf[: nl + 1]
            scanned = 0
            yield TOO_LONG if skipping else line
            skipping = False
        if len(buf) > cap:  # keep memory bounded: forget the line, remember it was one
            buf.clear()
            skipping = True
    if buf or skipping:
        yield TOO_LONG if skipping else bytes(buf)


def _as_utf8(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The file's bytes as UTF-8, read as detection reads them (detect.decode_text): a UTF-8 byte-order mark
    (Notepad's "UTF-8 with BOM") dropped, UTF-16 with its mark (PowerShell's `>`, Notepad's "Unicode")
    converted, so that lines split on their real newlines; other files pass through unchanged. A UTF-16 unit
    that is half of a pair becomes U+FFFD, as a lone surrogate in a JSON string does (_SURROGATE)."""
    chunks = iter(chunks)
    head = b""
    for chunk in chunks:
        head += chunk
        if len(head) >= len(codecs.BOM_UTF8):
            break
    for bom, encoding in UTF16_BOMS:
        if head.startswith(bom):
            decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
            yield decoder.decode(head[len(bom):]).encode("utf-8")
            for chunk in chunks:
                yield decoder.decode(chunk).encode("utf-8")
            yield decoder.decode(b"", final=True).encode("utf-8")
            return
    yield head[len(codecs.BOM_UTF8):] if head.startswith(codecs.BOM_UTF8) else head
    yield from chunks


# JSON may carry a lone surrogate ("\ud800": half of a pair a crawler cut off). No UTF-8 text holds one, so it
# becomes U+FFFD, as a browser shows it, instead of costing the whole article.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _doc_from_object(obj: object, inp: InputFile, locator: str) -> RawDoc:
    """The RawDoc one article record describes (json_article.read_record); ValueError says why it is not one."""
    found = read_record(obj)
    ref = file_ref(inp, locator)
    if isinstance(obj, dict):
        ref.fetch_date = parse_date(obj.get("date_download"))
    return RawDoc(ref=ref, kind=found.kind, content=_no_surrogates(found.body).encode("utf-8"),
                  url=_clean(found.url), title=_clean(found.title), published=_clean(found.published),
                  images=_no_surrogates_in(found.images), body_field=found.body_field,
                  identity=_clean(found.identity),
                  # a dataset's pictures kept beside its JSON ("./images/1.jpg") are opened, never outside the root
                  base_dir=os.path.dirname(inp.path), root=inp.root)


def _clean(value: str | None) -> str | None:
    return _no_surrogates(value) if value is not None else None


def _no_surrogates_in(value: object) -> object:
    """Lone surrogates out of every string of a parsed value (a picture list and its items)."""
    if isinstance(value, str):
        return _no_surrogates(value)
    if isinstance(value, list):
        return [_no_surrogates_in(v) for v in value]
    if isinstance(value, dict):
        return {k: _no_surrogates_in(v) for k, v in value.items()}
    return value


def _no_surrogates(value: str) -> str:
    return value if value.isascii() else _SURROGATE.sub("\ufffd", value)


def _parse_line(line: bytes, inp: InputFile, n: int) -> object:
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 ({e.reason} at byte {e.start})") from None
    except json.JSONDecodeError as e:
        if (value := python_container(line.decode("utf-8"))) is not None:
            return value  # a line a script wrote with print(item)
        # e.msg may end in "at" ("Unterminated string starting at"): the column follows a colon, as in
        # json's own message ("...: line 1 column 9"), never a second "at"
        raise ValueError(f"invalid JSON: {e.msg}: column {e.colno}") from None
    return obj


def _items(line: bytes, n: int, inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc]:
    """Count the article records of one line (one, or those a wrapper on it lists) and yield their documents;
    a line that is no JSON is one reject."""
    try:
        obj = _parse_line(line, inp, n)
    except ValueError as e:
        _reject_line(ledger, inp, n, Reason.INGEST_BAD_JSON_LINE, str(e))
        return
    except RecursionError:
        _reject_line(ledger, inp, n, Reason.INGEST_BAD_JSON_LINE, "invalid JSON: nested too deep")
        return
    yield from read_json_value(obj, inp, f"line={n}", cfg, ledger)


def _counted(make, locator: str, inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> RawDoc | None:
    """Count one item and return the document make() builds from it, or record why it has none."""
    ledger.see(STAGE)
    try:
        doc = make()
    except ValueError as e:
        ledger.reject(STAGE, Reason.INGEST_BAD_JSON_LINE, file_ref(inp, locator), str(e))
        return None
    except RecursionError:
        ledger.reject(STAGE, Reason.INGEST_BAD_JSON_LINE, file_ref(inp, locator), "invalid JSON: nested too deep")
        return None
    except Exception as e:  # noqa: BLE001 - one odd line is one reject; the file's other lines go on
        log.exception("internal error reading %s %s", inp.rel, locator)
        ledger.reject(STAGE, Reason.INTERNAL_ERROR, file_ref(inp, locator), f"{type(e).__name__}: {e}"[:300])
        return None
    why = excluded(doc.url, cfg)
    if why:
        ledger.reject(STAGE, Reason.INGEST_EXCLUDED, doc.ref, why)
        return None
    ledger.keep(STAGE)
    return doc


def _records_of(obj: object, locator: str) -> list[tuple[str, object]]:
    """The article records of a parsed line or item; one nested past what the search for them reads is read as
    itself (its reject, if it holds no article, names its keys)."""
    try:
        return article_records(obj, locator)
    except RecursionError:
        return [(locator, obj)]


def read_json_value(value: object, inp: InputFile, locator: str, cfg: IngestConfig, ledger: Ledger,
                    fetch_date=None) -> Iterator[RawDoc]:
    """The article records of one parsed JSON value (a line, a document's item, a HAR's JSON response), each
    counted, under locator (`line=3;item=2`, `entry=4;item=2`)."""
    for loc, record in _records_of(value, locator):
        doc = _counted(lambda: _doc_from_object(record, inp, loc), loc, inp, cfg, ledger)
        if doc is not None:
            if fetch_date is not None:
                doc.ref.fetch_date = doc.ref.fetch_date or fetch_date
            yield doc


def _reject_line(ledger: Ledger, inp: InputFile, n: int, reason: Reason, detail: str) -> None:
    ledger.see(STAGE)
    ledger.reject(STAGE, reason, file_ref(inp, f"line={n}"), detail)


def read_jsonl(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc]:
    """Each non-blank line is an item: kept as a RawDoc or rejected with its 1-based line number."""
    n = 0
    with open(inp.path, "rb") as fh:
        try:
            for n, line in enumerate(_lines(_as_utf8(raw_chunks(fh)), cfg.max_html_bytes), start=1):
                if line is TOO_LONG:
                    _reject_line(ledger, inp, n, Reason.INGEST_TOO_LARGE,
                                 f"line longer than max_html_bytes={cfg.max_html_bytes}")
                elif line.strip():
                    yield from _items(line, n, inp, cfg, ledger)
        except GzipBroken as e:
            _reject_line(ledger, inp, n + 1, Reason.INGEST_BAD_GZIP, f"{e}; lines from {n + 1} on are lost")


def _document(text: str) -> object:
    """The JSON document text holds, or the list of the values it holds one after another; the decoder's error
    when it is neither."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        if text.lstrip().startswith("[") and (items := _unclosed_array(text)) is not None:
            return items  # a crawler's array whose run was killed before it wrote "]" (Scrapy's -o items.json)
        if e.msg == "Extra data" and (values := _json_stream(text)) is not None:
            # arrays one after another are one list: a crawler run twice into one file (Scrapy's `-o items.json`
            # appends a second "[...]" after the first)
            return [v for value in values for v in value] if all(isinstance(v, list) for v in values) else values
        if (value := python_container(text)) is not None:
            return value
        raise


def _unclosed_array(text: str) -> list | None:
    """The items of an array that was never closed, its last item whole (a feed export stopped after an item); None
    when an item is cut off or anything else follows."""
    return _json_stream(text, text.index("[") + 1) or None


def _json_stream(text: str, at: int = 0) -> list | None:
    """JSON values one after another from `at` on, not in an array (what `jq '.items[]'` writes: pretty-printed
    objects, each over several lines; a script that appends `JSON.stringify(item) + ","` each page, no brackets), as
    the list of them; None when the text is not wholly such values."""
    decoder, values = json.JSONDecoder(), []
    while True:
        while at < len(text) and (text[at].isspace() or text[at] == "," and values):
            at += 1
        if at >= len(text):
            return values
        try:
            value, at = decoder.raw_decode(text, at)
        except (ValueError, RecursionError):
            return None
        values.append(value)


def read_json(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc]:
    """A JSON document, read whole: one article object, or an array whose items are each counted as a JSON
    line is (kept as a RawDoc or rejected with its 1-based `item=` number). A document above max_html_bytes is
    refused as a whole: JSON lines stream, one document does not."""
    try:
        data = read_capped(inp.path, cfg.max_html_bytes)
    except IngestReject as e:
        hint = "; JSON lines stream: jq -c '.[]' FILE > FILE.jsonl" if e.reason is Reason.INGEST_TOO_LARGE else ""
        raise IngestReject(e.reason, e.detail + hint) from None
    try:
        value = _document(b"".join(_as_utf8([data])).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        ledger.see(STAGE)
        ledger.reject(STAGE, Reason.INGEST_BAD_JSON_LINE, file_ref(inp), f"not a JSON document: {type(e).__name__}: "
                      f"{str(e)[:200]}")
        return
    items = value if isinstance(value, list) else [value]
    # (a document parser's element list is one page, or several, not an array of records: Unstructured's)
    items = unstructured_pages(items) or chunk_store_articles(items) or items
    for n, obj in enumerate(items, start=1):
        yield from read_json_value(obj, inp, f"item={n}", cfg, ledger)
