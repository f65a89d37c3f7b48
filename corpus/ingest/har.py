"""HAR (HTTP Archive) files: the requests a browser made and their responses, as browser developer tools
("Save all as HAR with content") and headless crawls (Playwright's record_har_path) write them. Read as a
WARC is: a response with an HTML body becomes a RawDoc (a JSON one, as an app's API reply, the RawDocs of the
article records it holds, read as JSON lines are), one with a picture an ImageRecord addressed by its
URL, a redirect a Redirect, so a figure finds its picture in the same file. An entry's startedDateTime is its
fetch date, as a WARC record's WARC-Date is.

Counting (stage "ingest"): every entry whose request has an http(s) URL is an item, kept or rejected with
its `entry=` number (a style sheet or script response is rejected as no article, as in a WARC; a response
whose body the HAR left out, as HARs saved without content do, says so; one whose base64 body does not decode
is a bad page archive reject).
"""
from __future__ import annotations

import base64
import binascii
import json
from typing import Iterator
from urllib.parse import urljoin, urlsplit

from ..config import IngestConfig
from ..records import ImageRecord, InputFile, RawDoc, Redirect
from ..rejects import Ledger, Reason, Rejected
from .detect import charset_of, looks_like_html, looks_like_image
from .files import excluded, file_ref, parse_date, read_capped
from .json_article.pictures import NOT_THIS_STORY
from .jsonl import read_json_value

STAGE = "ingest"


def read_har(inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc | ImageRecord | Redirect]:
    """The pages, pictures and redirects of one HAR file (JSON, read whole)."""
    try:
        har = json.loads(read_capped(inp.path, cfg.max_input_bytes, "max_input_bytes").decode("utf-8-sig"))
        entries = har["log"]["entries"]
        if not isinstance(entries, list):
            raise TypeError("log.entries is not a list")
    except (UnicodeDecodeError, ValueError, RecursionError, KeyError, TypeError) as e:
        ledger.see(STAGE)
        ledger.reject(STAGE, Reason.INGEST_BAD_PAGE_ARCHIVE, file_ref(inp), f"not a readable HAR file: "
                      f"{type(e).__name__}: {str(e)[:200]}")
        return
    for n, entry in enumerate(entries, 1):
        url = _url(entry)
        if not url.startswith(("http://", "https://")):
            continue  # data: and blob: requests, extension pages: not fetched from the web
        if _json_response(entry):  # an app's API reply: the articles it lists, each counted
            yield from _json_articles(entry, n, inp, cfg, ledger)
            continue
        ledger.see(STAGE)
        ref = file_ref(inp, f"entry={n}")
        ref.target_uri = url
        # when the browser made the request: the fetch date, as a WARC record's WARC-Date is
        ref.fetch_date = parse_date(entry.get("startedDateTime"))
        try:
            item = _item(entry, url, ref, cfg)
        except Rejected as e:
            ledger.reject(STAGE, e.reason, ref, e.detail)
            continue
        ledger.keep(STAGE)
        yield item


def _json_response(entry: dict) -> bool:
    """A successful response whose body is JSON (`application/json`, `…+json`): the list an app or a site's
    script fetched its articles in."""
    response = entry.get("response") if isinstance(entry.get("response"), dict) else {}
    status = response.get("status")
    return isinstance(status, int) and 200 <= status < 300 and _media_type(_mime(response)).endswith(("/json", "+json"))


def _json_articles(entry: dict, n: int, inp: InputFile, cfg: IngestConfig, ledger: Ledger) -> Iterator[RawDoc]:
    """The article records of one JSON response; a body missing, too large or no JSON is the entry's one reject."""
    ref = file_ref(inp, f"entry={n}")
    ref.target_uri = _url(entry)
    try:
        segment = urlsplit(ref.target_uri).path.rstrip("/").rsplit("/", 1)[-1]
        if NOT_THIS_STORY.search(segment):  # the page's ads, related stories, author box: fetched beside the story
            raise Rejected(Reason.INGEST_WARC_NOT_ARTICLE, f"a JSON reply for {segment!r}, not the articles")
        body = _body(entry["response"]["content"])
        if body is None:
            raise Rejected(Reason.INGEST_WARC_NOT_ARTICLE, "the HAR holds no body for this response (saved without "
                           "content)")
        if len(body) > cfg.max_html_bytes:
            raise Rejected(Reason.INGEST_TOO_LARGE, f"JSON body above max_html_bytes={cfg.max_html_bytes}")
        try:
            value = json.loads(body.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError) as e:
            raise Rejected(Reason.INGEST_BAD_JSON_LINE, f"a JSON response that does not parse: {type(e).__name__}: "
                           f"{str(e)[:160]}") from None
    except Rejected as e:
        ledger.see(STAGE)
        ledger.reject(STAGE, e.reason, ref, e.detail)
        return
    yield from read_json_value(value, inp, f"entry={n}", cfg, ledger, parse_date(entry.get("startedDateTime")))


def _url(entry: object) -> str:
    request = entry.get("request") if isinstance(entry, dict) else None
    url = request.get("url") if isinstance(request, dict) else None
    return url.strip() if isinstance(url, str) else ""


def _item(entry: dict, url: str, ref, cfg: IngestConfig) -> RawDoc | ImageRecord | Redirect:
    """The item one entry holds; Rejected says why it holds none."""
    response = entry.get("response") if isinstance(entry.get("response"), dict) else {}
    status = response.get("status")
    if isinstance(status, int) and 300 <= status < 400:
        location = response.get("redirectURL") or _header(response, "location")
        if not location:
            raise Rejected(Reason.INGEST_WARC_NOT_ARTICLE, f"HTTP {status} without a Location header")
        return Redirect(url=url, target=urljoin(url, location), ref=ref)
    if not isinstance(status, int) or not 200 <= status < 300 or status in (204, 206):
        raise Rejected(Reason.INGEST_WARC_NOT_ARTICLE, f"HTTP status {status}, not a full page or image")
    content = response.get("content") if isinstance(response.get("content"), dict) else {}
    mime = _mime(response)
    media = _media_type(mime)
    if not (media in _HTML or media.startswith("image/") or media in _VAGUE):
        raise Rejected(Reason.INGEST_WARC_NOT_ARTICLE, f"content type {media}, not HTML or image")
    body = _body(content)
    if body is None:
        raise Rejected(Reason.INGEST_WARC_NOT_ARTICLE, "the HAR holds no body for this response (saved without "
                       "content)")
    if media.startswith("image/") or (media in _VAGUE and looks_like_image(body[:1024])):
        return ImageRecord(url=url, content=body, ref=ref, content_type=media or None)
    if media in _VAGUE and not looks_like_html(body[:1024]):
        raise Rejected(Reason.INGEST_WARC_NOT_ARTICLE, f"content type {media or 'missing'}, not HTML or image")
    if len(body) > cfg.max_html_bytes:
        raise Rejected(Reason.INGEST_TOO_LARGE, f"HTML body above max_html_bytes={cfg.max_html_bytes}")
    why = excluded(url, cfg)
    if why:
        raise Rejected(Reason.INGEST_EXCLUDED, why)
    # a text body is stored decoded: written back as UTF-8 here; a base64 one keeps the server's bytes
    charset = charset_of(mime) if content.get("encoding") == "base64" else None
    return RawDoc(ref=ref, kind="html", content=body, url=url, charset=charset or "utf-8")


_HTML = ("text/html", "application/xhtml+xml")
_VAGUE = ("", "application/octet-stream", "binary/octet-stream")


def _mime(response: dict) -> str:
    """The response's content type as given (`text/html; charset=utf-8`): the HAR's, else its header's."""
    content = response.get("content") if isinstance(response.get("content"), dict) else {}
    return str(content.get("mimeType") or _header(response, "content-type") or "")


def _media_type(mime: str) -> str:
    return mime.split(";", 1)[0].strip().lower()


def _header(response: dict, name: str) -> str | None:
    for h in response.get("headers") or []:
        if isinstance(h, dict) and str(h.get("name", "")).lower() == name and isinstance(h.get("value"), str):
            return h["value"]
    return None


def _body(content: dict) -> bytes | None:
    """The response body: base64 when the HAR says so (pictures), else the text as UTF-8 (browsers store
    text bodies decoded); None when the HAR holds none, Rejected when its base64 does not decode."""
    text = content.get("text")
    if not isinstance(text, str) or not text:
        return None
    if content.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=False)
        except (binascii.Error, ValueError) as e:
            # a body is there but damaged: not the "saved without content" of a missing one
            raise Rejected(Reason.INGEST_BAD_PAGE_ARCHIVE, f"the response's base64 body could not be decoded: "
                           f"{str(e)[:120]}") from None
    return text.encode("utf-8", "surrogatepass")
