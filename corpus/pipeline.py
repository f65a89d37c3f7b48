"""pipeline: the build sequence, in two phases, with every count checked at the end.

Phase 1 (phase1.py) streams each input through ingest -> extract -> pair -> normalize -> annotate ->
filter into a cached spill and a compact index. Between the phases the images stage (images/) runs once
per distinct picture, because a figure's image may sit in another archive of the same build. Phase 2
(phase2.py) makes the corpus-wide decisions (takedowns, duplicate ids, dedup, split groups) from the
index and streams the rows into shards in a fixed order; finish.py makes the release whole and renames
it into place. Per-item work runs through one executor (executors.py): serial, processes or Ray.
"""
from __future__ import annotations

import contextlib
import dataclasses
import ctypes
import errno
import fcntl
import logging
import os
import shutil
import socket
import sqlite3
import time
from pathlib import Path

from .config import BuildConfig
from . import exit_codes
from .exit_codes import BuildError
from .finish import BuildReport, finish_release, remember_shards
from .images.stage import run_images
from .phase1 import phase1
from .phase2 import row_array, run_dedup, run_split, run_takedown, write_rows
from .records import InputTable
from .rejects import Ledger
from .storage import StorageError, is_url, local_copy_dir, mirror, upload_folder
from .workspace import CacheDamaged, Workspace, unique_suffix

log = logging.getLogger(__name__)

__all__ = ["BuildError", "BuildReport", "build"]


@contextlib.contextmanager
def timed(step: str):
    """Logs how long a step took (`corpus -v build` shows it), then gives the memory its temporary objects
    freed back to the system."""
    t0 = time.perf_counter()
    yield
    log.info("%s: %.2f s", step, time.perf_counter() - t0)
    give_back_free_memory()


def give_back_free_memory() -> None:
    """glibc keeps freed heap memory for later allocations; a stage's temporary objects (per row, so
    growing with the corpus) would otherwise raise every later stage's resident memory. malloc_trim
    returns the free pages (measured: 10 MB after dedup of 20,000 articles). A no-op off glibc."""
    global _libc
    if _libc is None:
        try:
            _libc = ctypes.CDLL("libc.so.6")
            _libc.malloc_trim.argtypes = [ctypes.c_size_t]
        except (OSError, AttributeError):
            _libc = False
    if _libc:
        _libc.malloc_trim(0)


_libc = None


# errors of the machine, not of the inputs: the build stops with one line and exit code STORAGE
# EFBIG: a file past the file system's largest (4 GiB on FAT32, where a pack of pictures can grow past it)
STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO}


def build(sources: list[str], out: Path, cfg: BuildConfig, cache_dir: Path | None = None, **kwargs) -> BuildReport:
    """Builds a release from sources into out (see _build for the options). One build per output at a
    time (a lock beside it); an interrupted earlier build is recovered first; a full disk or a refused
    write, or cache damage found mid-build, ends it with one clear line and no release published."""
    if cache_dir is not None and is_url(str(cache_dir)):
        return build_with_remote_cache(sources, out, cfg, str(cache_dir), **kwargs)
    if is_url(str(out)):
        return build_to_url(sources, str(out), cfg, cache_dir, **kwargs)
    out = Path(out).absolute()
    from .workspace import default_cache_dir

    # Made here, where a failure can only mean the folder cannot be had: a file in the way (ENOTDIR,
    # EEXIST) or a place where nothing can be created (ENOENT under /proc). Later in the build those
    # errnos can come from an input, so the handler below does not take them as storage failures.
    make_folder(out.parent, f"the folder of --out {out}")
    make_folder(Path(cache_dir) if cache_dir is not None else default_cache_dir(), "the cache folder (--cache-dir)")
    try:
        with release_lock(out):
            recover_interrupted(out)
            return _build(sources, out, cfg, cache_dir, **kwargs)
    except CacheDamaged as e:
        raise BuildError(f"{e}; nothing was published", code=exit_codes.REFUSED) from None
    except StorageError as e:  # its code: 5 for a bucket not reached, 6 for one that refused, 2 for no s3fs
        raise BuildError(f"{e}; nothing was published", code=e.code) from None
    except sqlite3.OperationalError as e:  # the cache's tables: "database or disk is full", "readonly"
        raise BuildError(f"cannot write the cache: {e}. Free space or choose another --cache-dir; nothing was "
                         "published and the temporary files were removed", code=exit_codes.STORAGE) from None
    except OSError as e:
        if e.errno not in STORAGE_ERRNOS:
            raise
        raise BuildError(f"cannot write {shown_path(written_file(e))}: {e.strerror}. Free space or choose another "
                         "--out / --cache-dir; nothing was published and the temporary files were removed",
                         code=exit_codes.STORAGE) from None


def written_file(e: OSError) -> str:
    """The file a failed write was writing: a copy's error names its source first (shutil.copyfile of a shard
    linked from an earlier release, across file systems), and the file written second."""
    for name in (e.filename2, e.filename):
        if isinstance(name, str):
            return name
    return "the output or cache folder"


def make_folder(path: Path, what: str) -> None:
    """Creates folder path (and its parents), or stops the build with exit 6 and one line naming it."""
    try:
        Path(path).mkdir(parents=True, exist_ok=True)
    except OSError as e:
        at = shown_path(str(e.filename or path))  # the ancestor that is a file, where one is
        raise BuildError(f"cannot create {what}, {shown_path(str(path))}: {e.strerror}: {at}. Choose another "
                         "--out / --cache-dir; nothing was written", code=exit_codes.STORAGE) from None


def build_to_url(sources: list[str], url: str, cfg: BuildConfig, cache_dir: Path | None, **kwargs) -> BuildReport:
    """--out s3://...: the build runs on the cache's copy of that release (downloaded first, so the version
    rules see what the bucket holds) and the result is uploaded, manifest last (storage.py)."""
    from .workspace import default_cache_dir

    local = local_copy_dir(Path(cache_dir) if cache_dir else default_cache_dir(), "releases", url) / "release"
    make_folder(local, "the local copy of the release in the cache folder (--cache-dir)")
    try:
        mirror(url, local, lambda key, why, _: log.warning("%s/%s not copied: %s", url, key, why))
        report = build(sources, local, cfg, cache_dir, **kwargs)
        upload_folder(local, url)
        mirror(url, local)  # records the uploaded objects' ETags: the next build downloads nothing
    except StorageError as e:
        raise BuildError(f"{e}; the release at {url} was not replaced", code=e.code) from None
    report.out = url
    return report


def build_with_remote_cache(sources: list[str], out, cfg: BuildConfig, url: str, **kwargs) -> BuildReport:
    """--cache-dir s3://...: the cache is copied down, used as a local folder, and uploaded after a build
    that succeeded (a failed build leaves the bucket's cache as it was)."""
    from .workspace import default_cache_dir

    local = local_copy_dir(default_cache_dir(), "caches", url) / "cache"
    make_folder(local, "the local copy of the cache")
    try:
        mirror(url, local, lambda key, why, _: log.warning("%s/%s not copied: %s", url, key, why))
        report = build(sources, out, cfg, local, **kwargs)
        upload_folder(local, url)
    except StorageError as e:
        raise BuildError(f"{e} (the cache at {url})", code=e.code) from None
    return report


def shown_path(path: str) -> str:
    """A path as the user gave it, relative to the working directory when it lies under it."""
    try:
        return os.path.relpath(path) if not os.path.relpath(path).startswith("..") else path
    except ValueError:
        return path


@contextlib.contextmanager
def release_lock(out: Path):
    """An exclusive lock on .<out>.lock beside the output: a second build of the same output stops at
    once instead of racing the first (two builds used to both exit 0, the second replacing the first)."""
    lock_path = out.parent / f".{out.name}.lock"
    with take_lock(lock_path, out) as lock:
        lock.seek(0)
        lock.truncate()
        lock.write(f"pid {os.getpid()} on {socket.gethostname()}\n")
        lock.flush()
        try:
            yield
        finally:
            # removed while still held: a build that opened it meanwhile fails its non-blocking lock, or gets
            # it once released and finds it removed (take_lock), and one that comes later makes a fresh file
            with contextlib.suppress(OSError):
                lock_path.unlink()
            fcntl.flock(lock, fcntl.LOCK_UN)


def take_lock(lock_path: Path, out: Path):
    """The lock file, opened and locked; a BuildError when another build holds it."""
    while True:
        try:
            lock = open(lock_path, "a+")
        except OSError as e:  # the folder exists but takes no file: read-only, no permission, or /proc (ENOENT)
            raise BuildError(f"cannot write in {shown_path(str(out.parent))} (the folder of --out): {e.strerror}. "
                             "Choose another --out; nothing was written", code=exit_codes.STORAGE) from None
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.seek(0)
            holder = lock.read().strip() or "another process"
            lock.close()
            raise BuildError(f"another build ({holder}) is writing {out}; wait for it to finish or choose "
                             "another --out", code=exit_codes.REFUSED) from None
        # the build that held it may have finished between our open and our lock, removing the file: a lock
        # on that file keeps out no build that comes later (it makes a fresh one), so take the fresh one
        with contextlib.suppress(OSError):
            if os.fstat(lock.fileno()).st_ino == os.stat(lock_path).st_ino:
                return lock
        lock.close()


def recover_interrupted(out: Path) -> None:
    """What a killed build left beside out (run under the lock, so no build of out is running): a release
    renamed aside but not replaced is put back; unfinished temporary releases are deleted."""
    from .finish import restore_aside

    restore_aside(out)
    for leftover in out.parent.glob(f".{out.name}.tmp-*"):
        log.info("removing %s, left by an interrupted build", leftover.name)
        shutil.rmtree(leftover, ignore_errors=True)


def _build(sources: list[str], out: Path, cfg: BuildConfig, cache_dir: Path | None = None,
           version: str | None = None, progress: bool = False, stdin=None, previous: Path | None = None,
           exclude_ids: set[str] = frozenset(), workers: int = 1, overwrite: bool = False,
           executor: str | None = None, ray_address: str | None = None) -> BuildReport:
    from .ingest import expand_sources
    from .publish.plots import PlotWorker
    from .release import previous_version_problem, read_release
    from .workspace import default_cache_dir

    from .executors import ExecutorError, make_executor

    prev = read_release(previous) if previous else None
    problem = previous_version_problem(prev.version, version or cfg.write.version) if prev else None
    if problem:
        raise BuildError(problem, code=2)
    try:
        runner = make_executor(executor, workers, ray_address)
    except ExecutorError as e:
        raise BuildError(str(e), code=2) from None

    ws = Workspace(Path(cache_dir) if cache_dir else default_cache_dir())
    if version and version != cfg.write.version:  # the build config records the version it was built as
        cfg = dataclasses.replace(cfg, write=dataclasses.replace(cfg.write, version=version))
    version = cfg.write.version
    tmp = out.parent / f".{out.name}.tmp-{unique_suffix()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    run_rejects = tmp / ".rejects.jsonl"
    plots = PlotWorker()  # forked now: it imports matplotlib while the stages run
    try:
        with open(run_rejects, "w", encoding="utf-8") as sink:
            ledger = Ledger(sink)
            with timed("read inputs"):
                inputs = InputTable(expand_sources(sources, ledger, stdin=stdin, hash_file=ws.file_sha256,
                                                   skip=[str(out), str(ws.root)], mirror_root=str(ws.root)))
            with timed("phase 1"):
                index = phase1(inputs, cfg, ws, ledger, progress, runner)
            with timed("images"):
                images, bad, missing = run_images(index, cfg, ws, ledger, progress, runner)
            # input order: the rows of new inputs land in few shards, so a rebuild links the others
            rows = row_array(r for r in range(len(index.samples)) if r not in bad)
            rows, takedown = run_takedown(rows, exclude_ids, index, ws, ledger)
            with timed("dedup"):
                rows, clusters = run_dedup(rows, images, index, ws, cfg, ledger, prev)
            with timed("split"):
                rows, splits = run_split(rows, images, clusters, index, ws, cfg, ledger, prev)
        with timed("write"):
            result = write_rows(tmp, rows, images, clusters, splits, index, ws, cfg, ledger,
                                run_rejects, progress, runner)
        result.group_sizes = splits.group_sizes
        result.groups_moved = splits.moved
        result.clusters = clusters
        result.missing_pictures = missing
        result.takedown = takedown
        run_rejects.unlink()
        with timed("card, datasheet, manifest"):
            report = finish_release(tmp, out, cfg, version, index, result, ledger, previous, plots, overwrite)
        remember_shards(ws, out, result)
    finally:
        try:
            runner.close()
            plots.close()
            ws.close()  # flushes the cache's tables: on a full disk it fails too
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return report
