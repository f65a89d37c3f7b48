"""The on-disk workspace of builds: phase-1 spills (the incremental cache) and content-addressed blobs.

Layout under cache_dir (default: the user's cache directory, never inside a release):
  phase1/<key>.spill          one input's spill, one file: its records (pickled one after another,
                              offsets in the index), its rejects (JSON lines), its stage counts and
                              index (phase1.SpillIndex) and a trailer with their sha256 (SpillTrailer)
  raw/<sha[:2]>/<sha>         raw image bytes found inside archives
  images/results.sqlite       results of the images stage per raw picture and images config
  stat-cache.sqlite           size, mtime, ctime, inode and sha256 of input files and pictures already hashed
  blobs/<host>-<pid>-<n>.pack stored (clean) image bytes, appended one after another by the process
                              that made them (one file per worker, not one per picture: creating
                              files is what costs most on some disks, and it does not run in parallel)
  blobs/locations.sqlite      stored picture sha256 -> (pack, offset, length)
  shards.pkl                  where the shards of earlier releases are, by content key (reused by linking)
  dedup/minhash-<code>.npz    MinHash signatures of the captions seen so far, by caption key
  fetch/<sha256 of url>       the bytes of a fetched picture (--fetch-images)
  fetch/<sha256 of url>.err   a URL's permanent failure, with when and under which settings it happened
                              (served for a week to builds with the same settings: see fetch.Fetcher)
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import socket
import pickle
import shutil
import sqlite3
from pathlib import Path

from . import __version__

CACHE_FORMAT = 4  # bump when the spill layout changes


def default_cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("caption-corpus"))


@functools.lru_cache(maxsize=1)
def code_hash() -> str:
    """Hash of the package's code: a changed stage invalidates every cached result (once per process)."""
    h = hashlib.sha256(f"{__version__}|{CACHE_FORMAT}".encode())
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def unique_suffix() -> str:
    """host-pid: temporary names that no other process writes, on this machine or another of a cluster
    sharing the cache or output folder."""
    return f"{socket.gethostname()}-{os.getpid()}"


@functools.lru_cache(maxsize=1)
def parser_versions() -> dict:
    """Libraries whose upgrade can change what the per-input stages produce."""
    from importlib.metadata import version

    return {name: version(name) for name in ("lxml", "ftfy", "pycld2", "warcio", "chardet")}


@functools.lru_cache(maxsize=1)
def library_versions() -> dict:
    """Versions of the libraries that decide the release's bytes (read without importing them)."""
    from importlib.metadata import version

    return {"datasets": version("datasets"), "pyarrow": version("pyarrow"), "pillow": version("pillow")}


def atomic_write_bytes(path: Path | str, data: bytes) -> None:
    # plain strings: a Path interns every part of its path for the life of the process, and the cache
    # writes one file per picture named by its sha256 (a million names kept for nothing)
    folder, name = os.path.split(os.fspath(path))
    # host and pid: workers of a cluster share the cache, and pids repeat across machines
    tmp = os.path.join(folder, f".{name}.{unique_suffix()}.tmp")
    try:
        try:
            fh = open(tmp, "wb")
        except FileNotFoundError:  # the folder is made on first use, not checked before every write
            os.makedirs(folder, exist_ok=True)
            fh = open(tmp, "wb")
        with fh:
            fh.write(data)
        replace_file(tmp, path)
    except BaseException:  # a full disk (or a kill) must not leave empty .tmp files behind
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def replace_file(tmp: str, path: str) -> None:
    """os.replace into the cache, where a folder in the way of the file is removed first: the cache's names
    are its own, so a folder there is damage, and it costs that one entry, never the build."""
    try:
        os.replace(tmp, path)
    except IsADirectoryError:
        shutil.rmtree(path)
        os.replace(tmp, path)


def remove_entry(path: str) -> None:
    """Removes a cache file, or a folder found where the file should be; nothing when there is neither."""
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        shutil.rmtree(path)


class CacheDamaged(RuntimeError):
    """Cache content changed on disk while a build was using it."""


class KeyValueTable:
    """A cache table on disk (SQLite): key -> pickled value, read one key at a time, so a build's memory
    does not grow with everything the cache has seen. Writes are batched and made by one process (the
    build's); a damaged file is a cache miss: it is set aside and started afresh."""

    def __init__(self, path: Path):
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._pending: dict[str, object] = {}

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                self._db = self._open()
            except sqlite3.DatabaseError:
                self._reset()
        return self._db

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        # a cache: losing the last batch to a power cut costs recomputation, so no sync on every commit
        db.execute("PRAGMA synchronous=OFF")
        db.execute("CREATE TABLE IF NOT EXISTS kv (k TEXT PRIMARY KEY, v BLOB NOT NULL)")
        return db

    def _write(self, rows: list[tuple[str, bytes]]) -> None:
        db = self._conn()
        db.execute("BEGIN IMMEDIATE")  # one transaction per batch (autocommit would commit every row)
        try:
            db.executemany("INSERT OR REPLACE INTO kv (k, v) VALUES (?, ?)", rows)
        except BaseException:
            # a full disk rolls the transaction back by itself: a second ROLLBACK would fail and hide why
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _reset(self) -> None:
        """A damaged table costs recomputation, never a traceback on every later build."""
        if self._db is not None:
            self._db.close()
        for suffix in ("", "-journal", "-wal", "-shm"):
            remove_entry(f"{self.path}{suffix}")
        self._db = self._open()

    def get(self, key: str):
        if key in self._pending:
            return self._pending[key]
        try:
            row = self._conn().execute("SELECT v FROM kv WHERE k = ?", (key,)).fetchone()
            return pickle.loads(row[0]) if row else None
        except (sqlite3.DatabaseError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            self._reset()
            return None

    def put(self, key: str, value) -> None:
        self._pending[key] = value
        if len(self._pending) >= 2000:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        rows = [(k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in self._pending.items()]
        try:
            self._write(rows)
        except sqlite3.OperationalError:
            raise  # disk full, read-only, locked too long: the build reports it (exit 6)
        except sqlite3.DatabaseError:  # a damaged file: set aside, start afresh
            self._reset()
            self._write(rows)
        self._pending.clear()

    def close(self) -> None:
        self.flush()
        if self._db is not None:
            self._db.close()
            self._db = None


def make_cache_folder(path: Path) -> None:
    """A folder of the cache; a file in its place is not removed (the cache folder may have been given
    wrongly, and the file be someone's): the build stops with one line saying what to do (exit 6)."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        from .exit_codes import STORAGE, BuildError

        raise BuildError(f"the cache folder {path.parent} has a file {path.name!r} where its folder should be: "
                         "delete it (the cache is safe to delete) or choose another --cache-dir; nothing was "
                         "published", code=STORAGE) from None


def _stat_key(st: os.stat_result) -> list:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


class Workspace:
    """One process's handle on the cache folder. A worker's handle (worker=True) writes no table: the
    build process records what its workers made (take_new_blobs, set_stat_entry, save_image_result)."""

    def __init__(self, root: Path, worker: bool = False):
        self.root = Path(root)
        self.worker = worker
        self._root_str = str(self.root)
        for sub in ("phase1", "raw", "images", "blobs"):
            make_cache_folder(self.root / sub)
        self._handles: dict[Path, object] = {}
        self._results = KeyValueTable(self.root / "images" / "results.sqlite")
        self._stats = KeyValueTable(self.root / "stat-cache.sqlite")  # realpath -> stat_entry()
        self._blobs = KeyValueTable(self.root / "blobs" / "locations.sqlite")  # sha256 -> (pack, offset, length)
        self._new_blobs: dict[str, tuple] = {}
        self._pack_file = None
        self._pack_pid = 0
        self._pack_fds: dict[str, int] = {}

    # like git's index: a file whose size, mtime, ctime and inode are unchanged is not read again to hash it.
    # The ctime is the one no tool sets back: a file edited or replaced and given its old mtime again (cp -p,
    # rsync -a, tar x, touch -r) has a new one, so it is hashed again.
    def known_sha256(self, path: str) -> str | None:
        """The sha256 of a file when its stat says it has not changed since it was hashed."""
        entry = self._stats.get(path)
        if entry is None:
            return None
        return entry[-1] if entry[:-1] == _stat_key(os.stat(path)) else None

    def remember_sha256(self, path: str, st: os.stat_result, sha: str) -> None:
        self._stats.put(path, [*_stat_key(st), sha])

    def stat_entry(self, path: str) -> list | None:
        """[size, mtime_ns, ctime_ns, inode, sha256] recorded for a file (handed between worker processes)."""
        return self._stats.get(path)

    def set_stat_entry(self, path: str, entry: list) -> None:
        self._stats.put(path, entry)

    def file_sha256(self, path: str) -> str:
        from .ingest.sources import file_sha256

        sha = self.known_sha256(path)
        if sha is None:
            st = os.stat(path)
            sha = file_sha256(path)
            self.remember_sha256(path, st, sha)
        return sha

    # content-addressed stores
    def _blob_path(self, kind: str, sha: str) -> str:
        # plain strings: this runs for every row of a build, and Path objects cost more than the I/O
        return f"{self._root_str}/{kind}/{sha[:2]}/{sha}"

    def put_raw(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        path = self._blob_path("raw", sha)
        if not os.path.exists(path):
            atomic_write_bytes(path, data)
        return sha

    def has_raw(self, sha: str) -> bool:
        """Cheap: the archived picture's file is there (its hash is checked when it is read)."""
        return os.path.isfile(self._blob_path("raw", sha))

    def get_raw(self, sha: str) -> bytes:
        """Raw picture bytes kept from an archive; OSError when they are gone, CacheDamaged when damaged on
        disk: the picture is no reject of its input's, so the build stops, and the next one, finding the file
        removed, reads that input again (phase1)."""
        with open(self._blob_path("raw", sha), "rb") as f:
            data = f.read()
        if hashlib.sha256(data).hexdigest() != sha:
            os.unlink(self._blob_path("raw", sha))
            raise CacheDamaged(f"archived picture {sha[:12]} was damaged in the cache (removed now); build again: "
                               "the input holding it will be read again")
        return data

    def put_blob(self, sha: str, data: bytes) -> None:
        """Appends the picture to this process's pack, unless it is stored and whole already."""
        if self.blob_intact(sha):
            return
        pack = self._pack()
        offset = pack.tell()
        pack.write(data)
        pack.flush()  # whole before its location is handed out: other processes read it next
        location = (os.path.basename(pack.name), offset, len(data))
        if self.worker:
            self._new_blobs[sha] = location  # handed to the build process with the job's result
        else:
            self._blobs.put(sha, location)

    def _pack(self):
        """This process's pack, opened on first use (a forked child opens its own)."""
        if self._pack_file is None or self._pack_pid != os.getpid():
            path = f"{self._root_str}/blobs/{unique_suffix()}-{os.urandom(4).hex()}.pack"
            self._pack_file, self._pack_pid = open(path, "ab"), os.getpid()
        return self._pack_file

    def take_new_blobs(self) -> dict[str, tuple]:
        """The locations of the pictures this process stored since the last call (a worker hands them to
        the build process, the only writer of the locations table)."""
        new, self._new_blobs = self._new_blobs, {}
        return new

    def add_blob_locations(self, locations: dict[str, tuple]) -> None:
        for sha, location in locations.items():
            self._blobs.put(sha, location)

    def _blob_bytes(self, sha: str) -> bytes | None:
        """The stored picture's bytes as found on disk (None when unknown or its pack is short or gone)."""
        location = self._new_blobs.get(sha) or self._blobs.get(sha)
        if location is None:
            return None
        pack, offset, length = location
        try:
            fd = self._pack_fds.get(pack)
            if fd is None:
                fd = self._pack_fds[pack] = os.open(f"{self._root_str}/blobs/{pack}", os.O_RDONLY)
            data = os.pread(fd, length, offset)
        except (FileNotFoundError, IsADirectoryError):  # gone, or a folder in its place: stored again
            return None
        return data if len(data) == length else None

    def get_blob(self, sha: str) -> bytes:
        data = self._blob_bytes(sha)
        if data is None or hashlib.sha256(data).hexdigest() != sha:
            # damaged since blob_intact checked it: stop, never publish
            raise CacheDamaged(f"stored picture {sha[:12]} changed on disk during the build; build again")
        return data

    def has_blob(self, sha: str) -> bool:
        """Cheap: the picture has a location whose pack is long enough (its hash is checked on use)."""
        location = self._new_blobs.get(sha) or self._blobs.get(sha)
        if location is None:
            return False
        try:
            return os.path.getsize(f"{self._root_str}/blobs/{location[0]}") >= location[1] + location[2]
        except OSError:
            return False

    def blob_intact(self, sha: str) -> bool:
        """True when the stored picture exists and still hashes to its name; a damaged one is forgotten
        (its bytes stay in the pack, unused) and stored again by the next put_blob."""
        data = self._blob_bytes(sha)
        if data is not None and hashlib.sha256(data).hexdigest() == sha:
            return True
        self._new_blobs.pop(sha, None)
        return False

    # results of the images stage, keyed by raw sha + images config
    def image_result(self, key: str) -> dict | None:
        return self._results.get(key)

    def save_image_result(self, key: str, result: dict) -> None:
        self._results.put(key, result)

    def flush(self) -> None:
        self._results.flush()
        self._stats.flush()
        self._blobs.flush()

    def signatures_path(self) -> Path:
        """MinHash signatures of the captions seen so far (dedup.Signatures); valid for this code."""
        return self.root / "dedup" / f"minhash-{code_hash()}.npz"

    def shard_cache_path(self) -> Path:
        """Where the shards of earlier builds are (write.ShardCache)."""
        return self.root / "shards.pkl"

    # phase-1 spills
    def spill_file(self, key: str) -> str:
        """The one file of an input's spill (a plain string: phase 2 asks for it once per row)."""
        return f"{self._root_str}/phase1/{key}.spill"

    def read_record(self, path: str, offset: int):
        """One pickled record at offset; keeps a few files open for the sorted second pass."""
        f = self._handles.get(path)
        if f is None:
            if len(self._handles) >= 64:
                self._handles.pop(next(iter(self._handles))).close()
            f = self._handles[path] = open(path, "rb")
        f.seek(offset)
        return pickle.load(f)

    def close(self) -> None:
        self._results.close()
        self._stats.close()
        self._blobs.close()
        for f in self._handles.values():
            f.close()
        self._handles.clear()
        for fd in self._pack_fds.values():
            os.close(fd)
        self._pack_fds.clear()
        if self._pack_file is not None and self._pack_pid == os.getpid():
            self._pack_file.close()
            self._pack_file = None
