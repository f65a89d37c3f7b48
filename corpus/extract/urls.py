"""Image URLs of an element: src, lazy attributes, srcset, <picture> sources; placeholders never win."""
from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from functools import lru_cache
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

from ..ingest.paths import assets_folder_stem

# Lazy-loading attributes in the order a page's script would prefer them (most specific first).
LAZY_ATTRS = ("data-src", "data-original", "data-lazy-src", "data-hi-res-src", "data-normal", "data-url",
              "data-lazy", "data-full-src", "data-original-src", "data-src-retina", "data-raw-src",
              "data-img-src", "data-image", "data-src-2x", "data-low-res-src", "data-fallback-src")
SRCSET_ATTRS = ("srcset", "data-srcset", "data-lazy-srcset", "data-original-set")

_PLACEHOLDER = re.compile(
    r"(?:^data:|^about:|^javascript:|^#|^/$|blank|spacer|placeholder|preloader|missing[-_]?image|transparent|"
    r"fallback|no[-_]?image|no[-_]?photo|default[-_]?(?:image|img|thumb|picture)|dummy|"
    r"(?:^|[/_.-])(?:lazy|loading|loader|pixel|grey|gray|empty|1x1|dot)(?:[-_.]|$)|/1x1/)", re.I)
# Every branch of _PLACEHOLDER but `^#` and `^/$` (tested apart) needs one of these, in ASCII text compared
# lower-case ("loading"/"loader" cover preloader, not the "uploads" folder of most CMS picture URLs, "1x1"
# covers /1x1/, "image"/"photo" the no-image names, "default" its kin).
_PLACEHOLDER_WORDS = ("data:", "about:", "javascript:", "blank", "spacer", "placeholder", "loading", "loader",
                      "missing", "transparent", "lazy", "pixel", "grey", "gray", "empty", "1x1", "dot", "fallback",
                      "noimage", "no-image", "no_image", "nophoto", "no-photo", "no_photo", "default", "dummy")
# A URL runs to the next white space (Cloudinary paths hold commas: t_fit-760w,f_auto); only trailing
# commas separate candidates, as the HTML srcset parser does.
_SRCSET_ITEM = re.compile(r"\s*(\S*[^,\s])(?:,|\s+(?:(\d+(?:\.\d+)?)([wxh]))?[^,]*(?:,|$)|$)")


@dataclass(slots=True)
class ImageRef:
    """The URLs one element offers for a picture."""

    src: str | None = None  # as found, following the labeling rule (src, lazy attr, first srcset URL)
    largest: str | None = None  # largest srcset candidate, else src
    candidates: list[str] = field(default_factory=list)  # every real URL, src first


@lru_cache(maxsize=8192)
def is_placeholder(url: str | None) -> bool:
    """data: URIs, blank/spacer/lazy gifs and 1x1 pixels (cached: renditions repeat across attributes)."""
    if not url or not url.strip():
        return True
    head = url.strip()[:300]
    if head == "/" or head.startswith("#"):
        return True
    if _stand_in(head):
        return True
    if head.isascii() and not any(w in head.lower() for w in _PLACEHOLDER_WORDS):
        return False  # most URLs: the slow case-insensitive regex cannot match
    return bool(_PLACEHOLDER.search(head))


def _stand_in(url: str) -> bool:
    """A one- or two-letter file name ("t.gif", "p.png"): a script's stand-in, never a news photo."""
    name = url.split("?", 1)[0].split("#", 1)[0].rsplit("/", 1)[-1]
    return 5 <= len(name) <= 6 and name[-4:].lower() in (".gif", ".png", ".svg")


def parse_srcset(value: str | None) -> list[tuple[str, float]]:
    """srcset -> [(url, size)], size from w/x descriptors (0 when absent); commas inside URLs survive."""
    out = []
    for m in _SRCSET_ITEM.finditer(value or ""):
        url = m.group(1).rstrip(",")
        if url:
            out.append((url, float(m.group(2) or 0) * (1 if m.group(3) != "x" else 1000)))
    return out


def add_url(ref: ImageRef, url: str | None) -> None:
    """Add a real URL to ref's candidates (placeholders and repeats are skipped)."""
    url = real_url(url)
    if url and url not in ref.candidates:
        ref.candidates.append(url)


def real_url(url: str | None) -> str | None:
    """The URL a picture is found by: None for a placeholder, a short content key for a picture embedded in the
    page as a data: URI, else the URL itself."""
    if not url:
        return None
    head = url[:16]
    if ("ata:" in head or "ATA:" in head) and head.lstrip()[:5].lower() == "data:":  # most URLs stop at "ata:"
        return url if _EMBEDDED_KEY.match(url) else embedded_key(url)
    return None if is_placeholder(url) else url.strip()


# Pages saved whole (SingleFile, monolith) hold their pictures as data: URIs. A raster one of a few KB or more
# is the picture itself; smaller ones are lazy-loading stand-ins (a pixel, a blurred preview) and vector ones
# are logos and icons. The URI (hundreds of KB) never travels further: the figure names it by a key of its
# content ("data:image/jpeg;sha256,<hex>"), and the build stores its bytes as it stores an archive's pictures.
_EMBEDDED = re.compile(r"\s*data:(image/(?:jpeg|jpg|png|webp|gif|avif));base64,", re.I)
_EMBEDDED_KEY = re.compile(r"data:image/[a-z]+;sha256,[0-9a-f]{64}$")
MIN_EMBEDDED = 4000  # base64 characters (3 KB)


def embedded_picture(url: str) -> tuple[str, bytes] | None:
    """(media type, bytes) of a picture embedded as a data: URI, None for anything else."""
    m = _EMBEDDED.match(url) if len(url) >= MIN_EMBEDDED else None
    if m is None:
        return None
    try:
        data = base64.b64decode("".join(url[m.end():].split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    return m.group(1).lower().replace("jpg", "jpeg"), data


def embedded_key(url: str) -> str | None:
    found = embedded_picture(url)
    return _key(*found) if found else None


def _key(media_type: str, data: bytes) -> str:
    return f"data:{media_type};sha256,{hashlib.sha256(data).hexdigest()}"


def embedded_bytes(elements, key: str) -> bytes | None:
    """The bytes of the embedded picture `key` names, looked up again in the attributes of its elements."""
    for el in elements:
        for value in el.values():
            if "data:" not in value[:40] or len(value) < MIN_EMBEDDED:
                continue
            for url in [value, *(u for u, _ in parse_srcset(value))]:
                found = embedded_picture(url)
                if found and _key(*found) == key:
                    return found[1]
    return None


def element_urls(el, ref: ImageRef | None = None) -> ImageRef:
    """Collect the URLs of one img/source/div; the first real one becomes `src`."""
    ref = ref or ImageRef()
    attrs = dict(el.items())  # one C call; most elements carry 3-8 attributes
    # a lazy-loading script replaces src with the lazy attribute's URL: src is a stand-in (a blurred or
    # tiny rendition) whenever a real lazy URL is there too
    for attr in LAZY_ATTRS:
        # (data-image is a generic name: a theme's flag, data-image="1", is no address)
        if attr in attrs and (attr != "data-image" or _URLISH.match(attrs[attr])):
            add_url(ref, attrs[attr])
    single, sets = lazy_attributes(attrs)
    for attr in single:
        value = attrs[attr]
        add_url(ref, _first_json_url(value) if _JSON_URL.match(value) else value)
    if "src" in attrs:
        add_url(ref, attrs["src"])
    best, best_size = None, -1.0
    for attr in SRCSET_ATTRS + sets:
        if attr not in attrs:
            continue  # most elements carry none of the srcset attributes
        for url, size in parse_srcset(attrs[attr]):
            url = real_url(url)
            if url is None:
                continue
            add_url(ref, url)
            if size >= best_size:
                best, best_size = url, size
    if ref.src is None and ref.candidates:
        ref.src = ref.candidates[0]
    if best and (ref.largest is None or best_size > 0):
        ref.largest = best
    return ref


_KNOWN = frozenset(LAZY_ATTRS + SRCSET_ATTRS)
# Lazy-loading libraries name their attributes freely (data-flickity-lazyload, data-lazy-img, data-zoom-src):
# a data-* name that says "src" or "lazy" holds a URL the script loads; other image words need a picture's URL.
_URLISH = re.compile(r"^\s*(?:https?:)?/[^\s]*\s*$|^\s*[\w./-]+\.(?:jpe?g|jpe|png|webp|avif|gif)(?:\?\S*)?\s*$", re.I)
_JSON_URL = re.compile(r'^\s*[\[{]\s*"(?:https?:)?//')  # {"https://cdn/x.jpg": {...}}: a script's map of renditions
_IMAGEISH = re.compile(r"\.(?:jpe?g|jpe|png|webp|avif|gif)(?:$|[?#&])|/images?/|[?&](?:url|src)=", re.I)


def _first_json_url(value: str) -> str | None:
    m = re.search(r'"((?:https?:)?//[^"\s]+)"', value)
    return m.group(1) if m else None


def lazy_attributes(attrs: dict) -> tuple[tuple, tuple]:
    """(single-URL attributes, srcset attributes) among the data-* attributes no table names, and the lazy-loading
    attributes a script names without data- (an optimiser's `nitro-lazy-src`, `lazy-src`)."""
    single, sets = [], []
    for name, value in attrs.items():
        if not (name.startswith("data-") or "lazy" in name) or name in _KNOWN:
            continue
        if "srcset" in name or "lazyload-set" in name:
            sets.append(name)
        elif ("src" in name or "lazy" in name) and "srcdoc" not in name and (_URLISH.match(value) or _JSON_URL.match(value)):
            single.append(name)
        elif ("img" in name or "image" in name or "original" in name or "zoom" in name or "full" in name
              or "large" in name) and _URLISH.match(value) and _IMAGEISH.search(value):
            single.append(name)
    return tuple(single), tuple(sets)


_IMAGE_URL = re.compile(r"^(?:https?:)?/[^\s]*(?:\.(?:jpe?g|jpe|png|webp|avif|gif)(?:$|[?#])|/images?/)", re.I)


def is_image_input(el) -> bool:
    """A hidden <input> whose value is a picture's URL (a script reads it to load the picture)."""
    return (el.get("type") or "").lower() == "hidden" and bool(_IMAGE_URL.match((el.get("value") or "").strip()))


def input_urls(el) -> ImageRef:
    ref = ImageRef()
    add_url(ref, el.get("value"))
    ref.src = ref.largest = ref.candidates[0] if ref.candidates else None
    return ref


def picture_urls(img, sources: list) -> ImageRef:
    """An <img> with its <picture><source> siblings: the img's own URL stays `src`."""
    ref = element_urls(img)
    for s in sources:
        element_urls(s, ref)
    ref.largest = ref.largest or ref.src
    return ref


def absolute(url: str | None, base: str | None) -> str | None:
    """Resolve against base; protocol-relative URLs get https; saved-page paths stay relative without base.
    The result is in canonical percent-encoding (canonical_url), the form a crawler records it in."""
    if not url:
        return None
    url = url.strip()
    if url.startswith("//"):
        return canonical_url("https:" + url)
    if base:
        try:
            return canonical_url(_join(base, url))
        except ValueError:
            return canonical_url(url)
    return canonical_url(url)


# A page names a picture as its author typed it ("/img/photo one.jpg", "/img/café.jpg"); a browser requests,
# and a crawler records, the percent-encoded address ("/img/photo%20one.jpg", "/img/caf%C3%A9.jpg"). Both
# sides are written in one form so they compare equal: what a URL may hold as is (RFC 3986's unreserved and
# reserved characters) stays, an existing %XX stays (its hex in upper case, so it is never encoded twice),
# everything else is encoded as UTF-8 %XX, a stray "%" included.
_URL_SAFE = "!#$&'()*+,/:;=?@[]~"  # with letters, digits and "-._", which quote() never encodes
_NOT_CANONICAL = re.compile(r"[^A-Za-z0-9\-._~!#$&'()*+,/:;=?@\[\]%]|%(?![0-9A-F]{2})")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a pair cut off: no UTF-8 holds it, a browser sends U+FFFD


@lru_cache(maxsize=8192)
def _plain(url: str) -> bool:
    """Printable ASCII without a character a URL must encode and without %: canonical as it is. (A few
    substring tests are cheaper than the regex below, and most page URLs pass them.)"""
    return url.isascii() and url.isprintable() and not (
        "%" in url or " " in url or '"' in url or "<" in url or ">" in url or "\\" in url or "^" in url
        or "`" in url or "{" in url or "|" in url or "}" in url)


def canonical_url(url: str) -> str:
    """url in canonical percent-encoding; an already canonical URL (most of them) comes back unchanged."""
    if _plain(url) or url[:5].lower() == "data:" or not _NOT_CANONICAL.search(url):
        return url
    # a browser drops tabs and line breaks inside a URL (a src wrapped over two lines) before requesting it
    url = _LONE_SURROGATE.sub("\ufffd", _TAB_OR_NEWLINE.sub("", url))
    url = _ascii_host(url)
    out, at = [], 0
    for m in _ESCAPE.finditer(url):
        out.append(quote(url[at:m.start()], safe=_URL_SAFE))
        out.append("%" + m.group(1).upper())
        at = m.end()
    out.append(quote(url[at:], safe=_URL_SAFE))
    return "".join(out)


def _ascii_host(url: str) -> str:
    """A host name in another script ("bücher.example") in the IDNA form a browser looks up and a crawler
    records ("xn--bcher-kva.example"); a host IDNA refuses stays, to be percent-encoded with the rest."""
    try:
        parts = urlsplit(url)
        if parts.netloc.isascii() or not parts.hostname:
            return url
        userinfo, at, hostport = parts.netloc.rpartition("@")
        host, colon, port = hostport.rpartition(":") if hostport.rsplit(":", 1)[-1].isdigit() else (hostport, "", "")
        return urlunsplit(parts._replace(netloc=userinfo + at + host.encode("idna").decode("ascii") + colon + port))
    except (ValueError, UnicodeError):
        return url


# urljoin is pure and costly (two urlparse calls); a picture's URL is resolved several times per page
# (twins, alternatives) and templates repeat them across pages
_join = lru_cache(maxsize=8192)(urljoin)


# Image proxies name the picture in a query parameter (imrs.php?src=..., /resize/?url=...): the path alone
# is the same for every picture of the page.
PROXIED = _PROXIED = re.compile(r"(?:^|&)(?:src|url|image|img|u)=([^&]{8,})", re.I)


# A script that serves pictures ("/media/show.php?id=101", "GetImage.ashx?img=7"): its query names the picture,
# where a picture file's query only names a rendition ("photo.jpg?w=800")
SCRIPT_PATH = re.compile(r"\.(?:php\d?|aspx?|ashx|axd|jsp|cgi|pl)$", re.I)


@lru_cache(maxsize=8192)
def url_key(url: str) -> str:
    """Host-less, query-less, lower-case path: responsive renditions and lazy twins share it (a picture-serving
    script's query stays: it names the picture)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.lower().rstrip("/")
    m = _PROXIED.search(parts.query) if parts.query else None
    if m:
        inner = unquote(m.group(1))
        return url_key(inner) if inner != url else inner.lower()
    if parts.query and SCRIPT_PATH.search(parts.path):
        return f"{parts.path.lower()}?{parts.query}"
    return parts.path.lower().rstrip("/")


_MIN_STEM = 12  # shorter file-name stems ("image", "photo-1") are too generic to name one picture


def url_stem(url: str) -> str | None:
    """File name before its first dot: renditions named photo-hash.fit-760w.jpg / .fp-1200-630.jpg share it;
    a file name that opens with a GUID (GUID_w268_r1.jpg, GUID_mw1024_s.jpg) is known by the GUID."""
    name = url_key(url).rsplit("/", 1)[-1].split(".", 1)[0]
    guid = _GUID.match(name)
    if guid:
        return guid.group(0).lower()
    return name if len(name) >= _MIN_STEM else None


_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")



def in_saved_folder(src: str | None, page_path: str) -> bool:
    """src points into the folder a browser saves a page's files in ("<page name>_files/" from Chrome, Firefox,
    Edge and Internet Explorer's "Save page, complete", or a localized name: "<page name>-Dateien/",
    "<page name>_bestanden/"): a copy on disk, whose web address the saved page no longer gives (resolving it
    against the page's address makes up one that never existed). The folder is named by the rule the ingest walk
    leaves it out of the inputs by (ingest.paths.assets_folder_stem); the page beside it is the one being read."""
    if not src or ":" in src.split("/", 1)[0] or src.startswith(("/", "\\")):
        return False  # a URL with a scheme, a root- or protocol-relative one
    path = unquote(src).replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    stem = os.path.splitext(os.path.basename(page_path))[0]
    folder, _, rest = path.partition("/")
    return bool(stem and rest) and assets_folder_stem(folder) == stem
