"""What an input file holds, decided from its first bytes (the extension is only a hint)."""
from __future__ import annotations

import codecs
import json
import logging
import re
import zlib
from dataclasses import dataclass
from typing import Callable

from .pyliteral import python_container

log = logging.getLogger(__name__)

SNIFF_BYTES = 64 * 1024  # enough for several paragraphs of a text scrape and any HTML preamble
GZIP_MAGIC = b"\x1f\x8b"

_HTML_START = re.compile(
    rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title|link|script|div|p)\b",
    re.I | re.S)
_HTML_ANYWHERE = re.compile(rb"<(html|head|body)[\s>]", re.I)
_FRAGMENT_START = re.compile(rb"^\s*<(div|p)\b", re.I)
# trafilatura's XML output (`--xml`, output_format="xml"): a <doc> of HTML's paragraphs and <graphic src alt/> pictures
_EXTRACTOR_XML = r"\s*(?:<\?xml[^>]*>\s*)?<(?:doc|TEI)\b"
_GRAPHIC = r"<graphic(?=[\s/>])"
EXTRACTOR_XML, EXTRACTOR_XML_BYTES = re.compile(_EXTRACTOR_XML), re.compile(_EXTRACTOR_XML.encode())
GRAPHIC, GRAPHIC_BYTES = re.compile(_GRAPHIC), re.compile(_GRAPHIC.encode())
# Markdown's own lines: a heading, a picture line, a link to a page; a converter passes unknown tags through, so a
# Markdown page may open with a "<div>" (ReverseMarkdown, html2text's bypass), where an HTML fragment has none of these.
# (A page whose pictures are HTML figures is read as HTML: its figcaptions say what the Markdown lines would not.)
_MARKDOWN_LINE = re.compile(rb"^(?:#{1,6} \S|!\[[^\]\n]*\]\()|\]\(https?://", re.M)
_MARKDOWN_PICTURE = re.compile(rb"^!\[[^\]\n]*\]\(", re.M)
_HTML_PICTURE = re.compile(rb"<(?:img|figure|picture)\b", re.I)
MARKDOWN_SIGNS = 2

# magic numbers of the binary files that lie around scrape folders, for the reject detail
_MAGIC = [
    (b"%PDF-", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or docx/xlsx/epub)"),
    (b"\xd0\xcf\x11\xe0", "an MS Office (OLE) document"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"BZh", "a bzip2 stream"),
    (b"\xfd7zXZ\x00", "an xz stream"),
    (b"\x28\xb5\x2f\xfd", "a zstd stream"),
    (b"\x7fELF", "an ELF executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
]
# servers label pages and pictures with these when they do not know better (S3 serves what it was not told the
# type of as binary/octet-stream): a reader sniffs the bytes of a resource so labelled
VAGUE_TYPES = ("", "application/octet-stream", "binary/octet-stream", "text/plain", "application/unknown")
_IMAGE_MAGIC = [b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM", b"II*\x00", b"MM\x00*"]


@dataclass(slots=True)
class Sniff:
    """The verdict on one file: a reader kind or None, and what it looked like."""

    kind: str | None
    what: str  # for reject details: "a PDF document", "binary data", ...
    gzipped: bool = False
    bad_gzip: bool = False
    guessed_encoding: str | None = None  # a text file in a legacy encoding it names nowhere: chardet's guess


def looks_like_html(head: bytes, anywhere: bool = True) -> bool:
    """HTML markup at the start (after BOM, XML prolog, comments), or html/head/body tags early on."""
    head = _to_utf8(head)
    if _FRAGMENT_START.match(head) and _markdown_pictures(head[:8192]):
        return bool(anywhere and _HTML_ANYWHERE.search(head[:8192]))  # Markdown with a tag passed through
    return bool(_HTML_START.match(head) or anywhere and _HTML_ANYWHERE.search(head[:8192]))


def _markdown_pictures(head: bytes) -> bool:
    """Pictures in Markdown's syntax and none in HTML's, among Markdown's lines."""
    return bool(_MARKDOWN_PICTURE.search(head)) and not _HTML_PICTURE.search(head) \
        and len(_MARKDOWN_LINE.findall(head)) >= MARKDOWN_SIGNS


def looks_like_image(head: bytes) -> bool:
    if any(head.startswith(m) for m in _IMAGE_MAGIC):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis", b"heic", b"heix", b"mif1")


UTF16_BOMS = ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)


def charset_of(content_type: str | None) -> str | None:
    """The charset a Content-Type value names ("text/html; charset=windows-1251"), else None."""
    m = _CHARSET.search(content_type or "")
    return m.group(1) if m else None


def _to_utf8(head: bytes) -> bytes:
    """UTF-16 pages (saved by old browsers) re-encoded so byte patterns match; others unchanged."""
    for bom, enc in UTF16_BOMS:
        if head.startswith(bom):
            return head[2:].decode(enc, errors="replace").encode("utf-8")
    return head[3:] if head.startswith(codecs.BOM_UTF8) else head


def decode_text(head: bytes) -> str | None:
    """The head as text when it is UTF-8, or UTF-16 with its byte-order mark (Windows tools write text so:
    Notepad's "Unicode", PowerShell's `>`), else None; a character cut at the end is fine."""
    for bom, enc in UTF16_BOMS:
        if head.startswith(bom):
            try:
                return codecs.getincrementaldecoder(enc)().decode(head[2:], final=False)
            except UnicodeDecodeError:
                return None
    if b"\x00" in head:
        return None
    return decode_mostly_utf8(head, final=False)


STRAY_SHARE = 0.02  # of a UTF-8 text's non-ASCII characters, the most that may be stray bytes
_STRAY = re.compile("[\udc80-\udcff]")  # an undecodable byte, as surrogateescape writes it


def decode_mostly_utf8(data: bytes, final: bool = True) -> str | None:
    """UTF-8 (with or without BOM) in which a few stray bytes of another encoding (a Windows-1252 quote
    pasted into a UTF-8 file) are read as Windows-1252, instead of the whole file being refused or read in
    the wrong encoding; None when stray bytes are more than a few (a file in a legacy encoding: which one is
    a guess). final=False: a character cut at the end is left out."""
    text = codecs.getincrementaldecoder("utf-8-sig")(errors="surrogateescape").decode(data, final=final)
    stray = len(_STRAY.findall(text))
    if not stray:
        return text
    non_ascii = sum(1 for c in text if c > "\x7f")
    if stray > max(2, STRAY_SHARE * non_ascii):
        return None
    return _STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="replace"), text)


def decode_legacy(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of text saved in a legacy encoding and declared nowhere (a Windows-1251 or Shift_JIS
    scrape, a Mac Roman archive, what wget keeps of an old site), as chardet guesses it from the statistics of each
    language's bytes; None when it finds no encoding Python knows. Which one is a guess: the caller says so."""
    import chardet  # only files that are not UTF-8 pay for its import

    encoding = chardet.detect(data[:SNIFF_BYTES]).get("encoding")
    try:
        codecs.lookup(encoding or "")
    except LookupError:
        return None
    return data.decode(encoding, errors="replace"), encoding


def _fallback_scrape_test(text: str) -> bool:
    """Plain text with at least 3 paragraphs separated by blank lines."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    return len(paragraphs) >= 3


def scrape_test() -> Callable[[str], bool]:
    """corpus.extract.text.looks_like_text_scrape when it exists, else the paragraph-count fallback."""
    try:
        from ..extract import text as text_mod
    except ModuleNotFoundError as e:
        if e.name != "corpus.extract.text":
            raise
        return _fallback_scrape_test
    return getattr(text_mod, "looks_like_text_scrape", _fallback_scrape_test)


# How JSON opens: an object's first key or its end, an array's first value or its end. A text scrape can open
# with a bracket too ("[UPDATED] Harbour town votes...", "{Live} ..."): that is no JSON, and is read as text.
# (a dict a script printed opens "{'": Python's own writing, which the JSON readers take as a literal; a number in
# brackets with a word after it is a text browser's link mark, "[1]Skip to content"; two brackets before a word a
# notes app's wiki link, "[[ReadItLater]]")
# (an array of numbers, "[1]", ends the document or goes on with JSON's punctuation: a text browser's dump opens
# with its first link's number, "[1]Home [2]News", in any script)
JSON_OPENING = re.compile(rb'\{\s*["}\']|\[\s*(?:[-{"\]tfn]|\[\s*[-{\["\]0-9tfn]|'
                          rb'[0-9][0-9.eE+-]*\s*(?:,|\](?=\s*(?:[,\]}]|$))))')


LOGGED_JSON_LINES = 2  # JSON objects on lines of their own that make a program's captured output JSON lines


def _logged_json_lines(head: bytes) -> bool:
    """A program's output captured whole (`script.py > out.jsonl 2>&1`): warnings and a progress bar, then its JSON
    lines. Two lines or more of the head that are each a JSON object (or a dict as Python prints it) make it JSON
    lines, or one under a crawler's "Scraped from <...>" (Scrapy's log prints each item so); the reader rejects the
    others one by one."""
    found, scraped = 0, False
    for line in _to_utf8(head).decode("utf-8", errors="replace").split("\n"):
        line = line.rsplit("\r", 1)[-1].strip()  # (a progress bar redraws itself with carriage returns)
        after_scraped, scraped = scraped, "Scraped from <" in line
        if not line.startswith(('{"', "{'")):
            continue
        try:
            value = json.loads(line) if line.startswith('{"') else python_container(line)
        except (ValueError, RecursionError):
            continue
        found += isinstance(value, dict)
        if found >= LOGGED_JSON_LINES or after_scraped and isinstance(value, dict):
            return True
    return False


def _json_lines(head: bytes) -> bool | None:
    """True: JSON lines (one of the first complete lines is a JSON object, or the first line is cut by the
    sniff and opens like one); False: one JSON document (an array, or an object spread over lines); None:
    not JSON at all.

    Decoded leniently: one NUL or invalid UTF-8 byte must not turn a file of JSON lines into something
    else; the JSON-lines reader rejects that one line and keeps the others."""
    head = _to_utf8(head)
    if not JSON_OPENING.match(head.lstrip()):
        return None
    if head.lstrip().startswith(b"["):
        return False  # an array is one JSON document, even with one object a line (Scrapy's exports)
    text = head.decode("utf-8", errors="replace").lstrip()
    lines = text.split("\n")
    complete = lines[:-1] if len(head) >= SNIFF_BYTES - 8 else lines
    if not complete:
        return lines[0].startswith('{"')
    if complete[0].rstrip().endswith(("[", "{", ",", ":")) and len(complete) > 1:
        # a document opening over lines ('{"total_rows":3,"rows":[', CouchDB's _all_docs; '..."items":' with the rows
        # on the lines below, SQLcl's JSON spool)
        return False
    for line in complete[:20]:
        if not line.strip():
            continue
        try:
            if isinstance(json.loads(line), dict):
                return True
        except (ValueError, RecursionError):
            if line.startswith("{'") and isinstance(python_container(line), dict):
                return True  # print(item) a line
    return False


def _legacy_text(head: bytes) -> tuple[str, str] | None:
    """The head decoded in the legacy encoding it looks to be in; None for binary data (control bytes)."""
    return None if _has_controls(head) else decode_legacy(head)


def _has_controls(head: bytes) -> bool:
    """Control bytes other than tab and line ends: binary junk, not text in a legacy encoding."""
    return any(b < 32 and b not in (9, 10, 13) for b in head[:4096])


def _binary_or_legacy(head: bytes) -> str:
    """Tell binary junk from text in a legacy encoding (which the text reader decodes as chardet guesses)."""
    return "binary data (not UTF-8 text)" if _has_controls(head) else "text in a non-UTF-8 encoding"


def _text_kind(head: bytes) -> Sniff:
    if head.lstrip().startswith((b"WARC/1.", b"WARC/0.")):
        return Sniff("warc", "a WARC archive")
    if head.startswith(b"filedesc://"):
        return Sniff("warc", "an ARC archive")
    if looks_like_mhtml(head):  # before the HTML tests: its page part holds <html>, quoted-printable
        return Sniff("mhtml", "an MHTML page archive")
    if _HAR.match(head):  # before the JSON tests: a HAR is one JSON document of responses
        return Sniff("har", "a HAR file (HTTP Archive)")
    if looks_like_html(head, anywhere=False):
        return Sniff("html", "an HTML page")
    if EXTRACTOR_XML_BYTES.match(head) and b"<main" in head:
        return Sniff("html", "an extractor's XML output (trafilatura), read as HTML")
    text = decode_text(head)
    json_lines = _json_lines(head)  # before the loose HTML test: JSON lines often carry whole pages
    if json_lines:
        return Sniff("jsonl", "JSON lines")
    if json_lines is False:  # one object spread over lines (pretty-printed), or an array of them
        return Sniff("json", "a JSON document")
    if json_lines is None and _logged_json_lines(head):
        return Sniff("jsonl", "JSON lines among a program's log lines")
    if looks_like_html(head):
        return Sniff("html", "an HTML page")
    guessed = None
    if text is None and (legacy := _legacy_text(head)):
        text, guessed = legacy
    if text is None:
        return Sniff(None, _binary_or_legacy(head))
    if scrape_test()(text):
        if guessed:
            return Sniff("text", f"a text scrape in {guessed} (guessed: the file names no encoding)",
                         guessed_encoding=guessed)
        return Sniff("text", "a text scrape")
    return Sniff(None, "plain text without article paragraphs")


# A HAR file opens {"log": {"version": ..., "creator": ...}} (developer tools, Playwright's record_har_path)
_HAR = re.compile(rb'\A(?:\xef\xbb\xbf)?\s*\{\s*"log"\s*:\s*\{\s*"(?:version|creator|browser|pages|entries)"\s*:')


# The top of an MHTML file: mail-style headers, one of them naming a multipart/related body. Told from a mail
# message by the snapshot header browsers write, their "Saved by" sender, or the related type being a page.
_MIME_HEADERS = re.compile(rb"\A(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){2,40}\r?\n")
_RELATED = re.compile(rb"^content-type:\s*multipart/related", re.I | re.M)
_PAGE_MARK = re.compile(rb"^snapshot-content-location:|^from:\s*<saved by|type=\"?text/html", re.I | re.M)


def looks_like_mhtml(head: bytes) -> bool:
    m = _MIME_HEADERS.match(head)
    return m is not None and bool(_RELATED.search(m.group())) and bool(_PAGE_MARK.search(m.group()))


def gunzip_head(raw: bytes, limit: int = SNIFF_BYTES) -> bytes | None:
    """Up to `limit` decompressed bytes of the gzip members in `raw`; None when the first is corrupt.

    Tolerant on purpose: a truncated or damaged later member must not hide a readable start.
    """
    out = b""
    while raw.startswith(GZIP_MAGIC) and len(out) < limit:
        dec = zlib.decompressobj(wbits=31)
        try:
            out += dec.decompress(raw, limit - len(out))
        except zlib.error as e:
            log.debug("gzip head unreadable: %s", e)
            return out or None
        if not dec.eof:
            # a first member cut before it gave a byte (a download stopped at once) is no empty stream: damage
            return out or None
        raw = dec.unused_data
    return out


def sniff_file(path: str) -> Sniff:
    """Read the first bytes of `path` (through gzip when compressed) and name its kind."""
    with open(path, "rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head:
        return Sniff(None, "an empty file")
    if head.startswith(b"PK\x03\x04") and _is_wacz(path):
        return Sniff("wacz", "a WACZ web archive")
    if not head.startswith(GZIP_MAGIC):
        return _by_magic(head) or _text_kind(head)
    inner = gunzip_head(head)
    if inner is None:
        return Sniff(None, "a corrupt gzip stream", gzipped=True, bad_gzip=True)
    sniff = (_by_magic(inner) or _text_kind(inner)) if inner else Sniff(None, "an empty gzip stream")
    sniff.gzipped = True
    sniff.what = f"gzip of {sniff.what}"
    return sniff


WACZ_WARC = re.compile(r"archive/[^/]+\.(?:warc|arc)(?:\.gz)?$", re.I)  # a WACZ's WARCs


def _is_wacz(path: str) -> bool:
    """A ZIP holding WARCs under archive/ (WACZ, as Browsertrix and ArchiveWeb.page write their crawls)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            return any(WACZ_WARC.match(n) for n in zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def _by_magic(head: bytes) -> Sniff | None:
    if head.startswith(b"bplist00") and b"WebMainResource" in head:  # Safari's web archive, a binary plist
        return Sniff("webarchive", "a Safari web archive")
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return Sniff(None, what)
    if looks_like_image(head):
        return Sniff(None, "an image file")
    return None


def detect_kind(path: str) -> str | None:
    """"warc" | "wacz" | "mhtml" | "webarchive" | "har" | "jsonl" | "json" | "html" | "text" (gzip-compressed or
    not), or None for anything else."""
    return sniff_file(path).kind
