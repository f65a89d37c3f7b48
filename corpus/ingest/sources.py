"""Turn command-line sources (dirs, files, globs, @lists, `-`) into InputFiles inside their roots."""
from __future__ import annotations

import glob
import hashlib
import logging
import os
import stat
import sys
from pathlib import Path
from typing import Callable, IO, Iterable, Iterator

from ..records import InputFile
from ..rejects import Ledger, Reason
from .files import CHUNK
from .paths import is_inside, is_page_assets

log = logging.getLogger(__name__)
STAGE = "ingest"


def file_sha256(path: str) -> str:
    """sha256 of a file, read in chunks (archives can be many GB)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            h.update(block)
    return h.hexdigest()


class _Walk:
    """One expansion run: the ledger, and the realpaths already yielded (a file is read once)."""

    def __init__(self, ledger: Ledger, hash_file: Callable[[str], str] = file_sha256, skip: Iterable[str] = ()):
        self.ledger = ledger
        self.hash_file = hash_file
        self.done: set[str] = set()
        # the build's own folders (its release, its cache): never inputs, even inside an input folder
        self.skip = [os.path.realpath(d) for d in skip]
        self.skipped: set[str] = set()
        self.shown: set[int] = set()  # 8-byte hashes of the relative paths given so far (not the strings)

    def skipped_folder(self, real: str, root: str) -> bool:
        """real lies in one of the build's own folders found inside an input folder: not an input (said
        once per folder). A root that is itself inside the cache (a mirrored remote source) is read."""
        for folder in self.skip:
            if is_inside(folder, real) and not is_inside(folder, root):
                if folder not in self.skipped:
                    self.skipped.add(folder)
                    log.warning("%s is the build's own output or cache and lies inside an input folder: "
                                "its files are not read as input", folder)
                return True
        return False

    def reject(self, shown: str, reason: Reason, detail: str) -> None:
        self.ledger.see(STAGE)
        self.ledger.reject(STAGE, reason, shown, detail)

    def file(self, path: str, root: str) -> Iterator[InputFile]:
        """One candidate file: checked against its root before anything opens it."""
        rel = os.path.relpath(os.path.abspath(path), root)
        real = os.path.realpath(path)
        if not is_inside(root, real):
            self.reject(rel, Reason.INGEST_OUTSIDE_ROOT, "resolves outside its input root (symlink or ..)")
            return
        if real in self.done:
            log.debug("%s given twice; read once", real)
            return
        if self.skip and self.skipped_folder(real, root):
            return
        self.done.add(real)
        yield from self._checked(real, root, self.unique_rel(rel, root))

    def unique_rel(self, rel: str, root: str) -> str:
        """rel, or, when a file of another input root already has that relative path (index.html under two
        folders), rel under its root's folder name, so each provenance path points at one file."""
        shown, n = rel, 1
        while (key := int.from_bytes(hashlib.blake2b(shown.encode("utf-8", "surrogateescape"),
                                                     digest_size=8).digest(), "big")) in self.shown:
            n += 1
            name = os.path.basename(root.rstrip(os.sep)) or "root"
            shown = f"{name}/{rel}" if n == 2 else f"{name}~{n - 1}/{rel}"
        self.shown.add(key)
        return shown

    def _checked(self, real: str, root: str, rel: str) -> Iterator[InputFile]:
        try:
            mode = os.stat(real).st_mode
            if not stat.S_ISREG(mode):
                self.reject(rel, Reason.INGEST_UNKNOWN_KIND, "not a regular file (fifo, socket or device)")
                return
            sha = self.hash_file(real)
        except OSError as e:
            self.reject(rel, Reason.INGEST_UNREADABLE, f"{type(e).__name__}: {e.strerror or e}")
            return
        # the root is one string for all the files under it, not a copy each (memory per input)
        yield InputFile(path=real, root=sys.intern(root), rel=rel, sha256=sha)

    def tree(self, directory: str, root: str) -> Iterator[InputFile]:
        """Every file below `directory`, sorted by name, skipping hidden entries and page assets."""
        try:
            # names, not DirEntry objects: a folder of a million pages is listed and sorted in one go
            names = sorted(os.listdir(directory))
        except OSError as e:
            self.reject(os.path.relpath(directory, root), Reason.INGEST_UNREADABLE, f"cannot list: {e.strerror}")
            return
        for name in names:
            if name.startswith("."):
                continue
            yield from self._entry(os.path.join(directory, name), root)

    def _entry(self, path: str, root: str) -> Iterator[InputFile]:
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            yield from self.file(path, root)  # gone since it was listed: recorded as unreadable there
            return
        if stat.S_ISLNK(mode):
            real = os.path.realpath(path)
            if not is_inside(root, real):
                yield from self.file(path, root)  # records the escape, never opens it
                return
            if os.path.isdir(real):
                return  # a link to a folder inside the root: that folder is walked in its own place
        if stat.S_ISDIR(mode):
            if not is_page_assets(path) and not (self.skip and self.skipped_folder(os.path.realpath(path), root)):
                yield from self.tree(path, root)
            return
        yield from self.file(path, root)

    def path(self, path: str, root: str | None = None) -> Iterator[InputFile]:
        """A directory (walked) or a file; root defaults to the directory itself or the file's folder."""
        absolute = os.path.abspath(path)
        if not os.path.lexists(absolute):
            # as a file given on the command line is named: under its root, else by its name alone
            shown = os.path.relpath(absolute, root) if root else os.path.basename(absolute)
            self.reject(shown, Reason.INGEST_UNREADABLE, "no such file or directory")
            return
        if os.path.isdir(absolute):
            real = os.path.realpath(absolute)
            root = root or real
            if not is_inside(root, real):
                self.reject(os.path.relpath(absolute, root), Reason.INGEST_OUTSIDE_ROOT,
                            "folder resolves outside its input root")
                return
            yield from self.tree(real, root)  # walk the real folder so relative paths start at root
            return
        if root is None:  # the file's own folder, resolved, so that `rel` is just its name
            root = os.path.realpath(os.path.dirname(absolute))
            absolute = os.path.join(root, os.path.basename(absolute))
        yield from self.file(absolute, root)


def _glob_root(pattern: str) -> str:
    """The folder before the first wildcard (as written): matches are inputs of that root."""
    parts = []
    for part in os.path.abspath(pattern).split(os.sep):
        if glob.has_magic(part):
            break
        parts.append(part)
    return os.sep.join(parts) or os.sep


def _expand_glob(walk: _Walk, pattern: str) -> Iterator[InputFile]:
    prefix = _glob_root(pattern)
    root = os.path.realpath(prefix)
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        log.warning("glob %s matched nothing", pattern)
    for match in matches:
        # re-anchor on the resolved root so a symlinked prefix does not make every match look outside
        path = os.path.join(root, os.path.relpath(os.path.abspath(match), prefix))
        if not (is_page_assets(path) or _under_page_assets(path, root)):
            yield from walk.path(path, root)


def _under_page_assets(path: str, root: str) -> bool:
    """True when a glob match lies inside some `<name>_files/` folder below the root."""
    folder = os.path.dirname(os.path.abspath(path))
    while folder and folder != os.path.dirname(folder) and is_inside(root, os.path.realpath(folder)):
        if is_page_assets(folder):
            return True
        folder = os.path.dirname(folder)
    return False


def _listed(lines: Iterable[str]) -> Iterator[str]:
    """Non-blank, non-comment lines of a list of paths."""
    for line in lines:
        line = line.rstrip("\r\n")
        if line.strip() and not line.lstrip().startswith("#"):
            yield line.strip()


def _expand_list(walk: _Walk, list_path: str) -> Iterator[InputFile]:
    """`@paths.txt`: relative entries resolve from the list's folder, which is also their root.

    An absolute entry (`find /data -name '*.warc.gz' > list.txt`) is taken as if given on the
    command line, like a line of `-`: rooted at its own folder, not refused as outside the list's.
    """
    root = os.path.realpath(os.path.dirname(os.path.abspath(list_path)))
    try:
        with open(list_path, encoding="utf-8") as fh:
            entries = list(_listed(fh))  # names only; a list of millions of paths still fits
    except (OSError, UnicodeDecodeError) as e:
        # named as its entries are, by its path under its folder (their root): a reject never publishes the
        # absolute path a list was given by
        walk.reject(os.path.basename(list_path), Reason.INGEST_UNREADABLE,
                    f"path list unreadable: {type(e).__name__}: {e}")
        return
    for entry in entries:
        if os.path.isabs(entry):
            yield from walk.path(entry)
        else:
            yield from walk.path(os.path.join(root, entry), root)


def mirrored(walk: _Walk, url: str, mirror_root: str | None) -> str | None:
    """The local copy of a remote source (s3://bucket/prefix/ or one object), made under mirror_root;
    its keys are paths below the copy, so rows and rejects point where a local copy of the prefix would.
    A key that climbs out of the prefix is a reject; a prefix that cannot be listed or read is an error."""
    from ..storage import local_copy_dir, mirror

    if mirror_root is None:
        walk.reject(url, Reason.INGEST_UNREADABLE, "remote sources need a build (a cache to copy them into)")
        return None
    local = mirror(url, local_copy_dir(Path(mirror_root), "sources", url),
                   lambda key, why, kind: walk.reject(key, Reason.INGEST_UNREADABLE if kind == "unreadable"
                                                      else Reason.INGEST_OUTSIDE_ROOT, why))
    if local.is_dir() and not any(local.iterdir()):
        walk.reject(url, Reason.INGEST_UNREADABLE, "no object at this URL or below it")
        return None
    return str(local)


def expand_sources(sources: list[str], ledger: Ledger, stdin: IO[str] | None = None,
                   hash_file: Callable[[str], str] = file_sha256, skip: Iterable[str] = (),
                   mirror_root: str | None = None) -> Iterator[InputFile]:
    """Input files of all sources in order; escapes and unreadable paths are rejects, never opened.
    `hash_file` lets a build re-use the sha256 of files unchanged since the last build; files under the
    folders in `skip` (the release being written, the cache) are no inputs and are passed over. Remote
    sources (s3:// and other fsspec URLs) are first copied under mirror_root (storage.mirror)."""
    from ..storage import is_url

    walk = _Walk(ledger, hash_file, skip)
    for source in sources:
        if is_url(source):
            local = mirrored(walk, source, mirror_root)
            if local:
                yield from walk.path(local)
        elif source == "-":
            for line in _listed(stdin if stdin is not None else sys.stdin):
                yield from walk.path(line)  # each line as if given on the command line
        elif source.startswith("@"):
            yield from _expand_list(walk, source[1:])
        elif glob.has_magic(source) and not os.path.lexists(source):
            yield from _expand_glob(walk, source)
        else:
            yield from walk.path(source)
