"""images.locate: where the bytes of a figure's picture are.

In order: a file beside a saved page (never outside its input root), a record of any archive of the
build (following 3xx redirects and either scheme), the web (only with --fetch-images); otherwise the
caption has no picture, and the cause says what the user can do about it. A local page's src that names a
place above its input root ("/uploads/a.jpg", "../../img/a.jpg") is never opened: with a web address to
resolve it against it is looked for as a picture on the web is, without one it is refused (image_outside_root).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from ..extract.urls import canonical_url
from ..records import Phase1Index, SampleEntry


REMOTE_PREFIXES = ("http://", "https://", "//", "data:")


def follow_redirects(url: str, index: Phase1Index) -> str:
    """Where url's 3xx chain ends; url and the index's redirects are both in canonical percent-encoding."""
    seen = set()
    while url in index.redirects and url not in seen and len(seen) < 10:
        seen.add(url)
        url = index.redirects[url]
    return url


def url_variants(url: str) -> list[str]:
    """The same URL as an archive may have recorded it: without fragment, either scheme, in the canonical
    percent-encoding the build's index of archived pictures is keyed in (index_spill)."""
    url = canonical_url(url.split("#", 1)[0])
    out = [url]
    if url.startswith("https://"):
        out.append("http://" + url[8:])
    elif url.startswith("http://"):
        out.append("https://" + url[7:])
    return out


def find_archived(url: str | None, index: Phase1Index) -> str | None:
    """Raw sha of the picture behind url in any archive of the build, following 3xx and revisits."""
    if not url:
        return None
    for variant in url_variants(url):
        target = follow_redirects(variant, index)
        for candidate in (target, *url_variants(target)):
            if candidate in index.images:
                return index.images[candidate]
    return None


@dataclass(slots=True)
class ImageSource:
    kind: str  # "local" | "raw" | "fetch" | "outside" | "none"
    value: str = ""


def image_source(entry: SampleEntry, index: Phase1Index, fetch: bool) -> ImageSource:
    """Where the bytes of a sample's picture are: a saved page's file, an archive record, or the web."""
    from ..ingest.paths import names_a_place_above, resolve_inside

    src = entry.image_src
    on_the_web = False  # a local page's src that names its site, not a file of ours
    if entry.local and src and not src.lower().startswith(REMOTE_PREFIXES):
        inp = index.inputs[entry.input_no]
        base_dir = os.path.dirname(inp.path)
        path = resolve_inside(inp.root, base_dir, src)
        if path is None:
            # A page copied from a site keeps its site-root-relative and `..` paths: with the page's address,
            # image_url already says where that picture is on the web, so it is found as a remote one is.
            # A file: URL, a symbolic link pointing out or a NUL byte is about this machine only, and without
            # a web address there is nothing remote to look for: those stay refused, never opened.
            if not (is_web(entry.image_url) and names_a_place_above(inp.root, base_dir, src)):
                return ImageSource("outside", src)
            on_the_web = True
        elif os.path.isfile(path):
            return ImageSource("local", path)
    for url in (entry.image_url, *entry.image_alternatives):  # a crawler may have kept any srcset rendition
        raw = find_archived(url, index)
        if raw:
            return ImageSource("raw", raw)
    if fetch and is_web(entry.image_url):
        return ImageSource("fetch", entry.image_url)
    return ImageSource("none", "remote_not_fetched" if on_the_web else missing_cause(entry))


def is_web(url: str | None) -> bool:
    return bool(url) and url.startswith(("http://", "https://"))


def missing_cause(entry: SampleEntry) -> str:
    """Why a caption has no picture, for the build's last line: what the user can do about it differs."""
    src = entry.image_src or entry.image_url or ""
    if entry.local and src and not src.lower().startswith(REMOTE_PREFIXES):
        return "missing_file"  # a saved page whose picture file is not in its folder
    if is_web(entry.image_url):
        return "remote_not_fetched"  # on the web only: neither saved nor in an archive given
    return "no_url"
