"""Path containment: local files outside an input root are never opened."""
from __future__ import annotations

import functools
import os
import re
import unicodedata
from urllib.parse import unquote, urlsplit

# "http:", "data:", "javascript:" ... and Windows drives ("C:"): none is a path relative to a page
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


# A browser's "Save page, complete" writes `<name>.html` and a folder for its files named `<name>` joined to one
# word: "_files" in English, a word of the browser's language elsewhere ("-Dateien", "_fichiers", "_bestanden",
# "_pliki", "_filer", "_файлы"...), too many to list. The ingest walk (which leaves such a folder out of the
# inputs) and the extractor (which gives its pictures no made-up web address) read the folder name by this one
# rule, so a folder is either the page's on both sides or on neither.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_PAGE_SUFFIXES_ANY_CASE = PAGE_SUFFIXES + tuple(s.upper() for s in PAGE_SUFFIXES)
ASSETS_SEPARATORS = "_-."


def assets_folder_stem(folder: str) -> str | None:
    """The page name a saved page's folder is named after ("page" for "page_files", "my page-Dateien" or
    "page_файлы"): the folder's name less a separator (_ - .) and the one word after it, else None."""
    word = len(folder)
    # a word in any script: letters, and the marks some scripts write vowels with (Hindi, Thai)
    while word > 0 and unicodedata.category(folder[word - 1])[0] in "LM":
        word -= 1
    if word == len(folder) or word < 2 or folder[word - 1] not in ASSETS_SEPARATORS:
        return None
    return folder[:word - 1]


def is_page_assets(dir_path: str) -> bool:
    """True for a saved page's folder (see assets_folder_stem) beside a page `<name>.html` (.htm, ...) that
    exists: its files are that page's pictures, style sheets and frames, not inputs. A folder with such a name
    but no page beside it is an ordinary folder."""
    parent, name = os.path.split(dir_path.rstrip(os.sep))
    stem = assets_folder_stem(name)
    # a glob asks about files too: "page.html" reads as "page" + "." + "html" beside itself
    return stem is not None and os.path.isdir(dir_path) and any(os.path.isfile(os.path.join(parent, stem + ext))
                                    for ext in _PAGE_SUFFIXES_ANY_CASE)


def is_inside(root: str, path: str) -> bool:
    """True when the already-resolved `path` is `root` itself or below it."""
    if path == root:
        return True
    return path.startswith(root if root.endswith(os.sep) else root + os.sep)  # both are realpaths


def _file_url_path(relpath: str) -> str | None:
    """The local path of a file:// URL on this machine, else None."""
    parts = urlsplit(relpath)
    if parts.netloc not in ("", "localhost"):
        return None
    return unquote(parts.path)


def _candidate(base_dir: str, relpath: str) -> str | None:
    """The unresolved path `relpath` points at, or None when it is not a relative local path."""
    if relpath.lower().startswith("file:"):
        return _file_url_path(relpath)  # absolute by construction; containment is checked later
    if _SCHEME.match(relpath):
        return None
    path = unquote(relpath).replace("\\", "/")  # saved pages from Windows browsers use either slash
    if path.startswith("/") or "\x00" in path:
        return None
    return os.path.join(base_dir, path)


@functools.lru_cache(maxsize=4096)
def _real_dir(directory: str) -> str:
    return os.path.realpath(directory)


def forget_resolved_dirs() -> None:
    """Drops the cached directory resolutions (a build starts with none)."""
    _real_dir.cache_clear()


def _realpath(path: str) -> str:
    """os.path.realpath, with the folder part resolved once per folder (a page's images share it)."""
    head, tail = os.path.split(path)
    if tail in ("", ".", ".."):
        return os.path.realpath(path)
    joined = os.path.join(_real_dir(head), tail)
    return os.path.realpath(joined) if os.path.islink(joined) else joined


def names_a_place_above(root: str, base_dir: str, relpath: str) -> bool:
    """True when relpath, read by its name alone (nothing opened, no link followed), is site-root-relative
    ("/uploads/a.jpg") or its `..` climb above root ("../../images/a.jpg"): on a page with a web address
    such a src names a place on that site, not a file of ours. A file: URL, another scheme or a NUL byte
    is no such name (False): it only ever points at this machine, or at nothing."""
    if not relpath or "\x00" in relpath:
        return False
    relpath = relpath.strip()
    if relpath.lower().startswith("file:") or _SCHEME.match(relpath):
        return False
    path = unquote(relpath).replace("\\", "/")
    if "\x00" in path:
        return False
    if path.startswith("/"):
        return True
    named = os.path.normpath(os.path.join(_real_dir(base_dir), path))
    root = _real_dir(root)
    return not is_inside(root, named)


def resolve_inside(root: str, base_dir: str, relpath: str) -> str | None:
    """realpath of base_dir/unquote(relpath) when it stays inside root, else None.

    Refuses absolute paths, `..` escapes, symlinks pointing out, file:// URLs to elsewhere and NUL
    bytes. A query or fragment ("img.jpg?v=2") is cut off when the full name does not exist.
    """
    if not relpath or "\x00" in relpath:
        return None
    root = _real_dir(root)
    path = _candidate(base_dir, relpath.strip())
    if path is None or "\x00" in path:
        return None
    if not os.path.lexists(path):
        cut = re.split(r"[?#]", path, maxsplit=1)[0]
        path = cut if cut and cut != path else path
    real = _realpath(path)
    if real == root or not is_inside(root, real):
        return None
    return real
