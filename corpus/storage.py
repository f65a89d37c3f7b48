"""storage: sources and releases on object storage (s3:// or any other fsspec URL), through local copies.

Every stage reads local files (lxml, warcio, Pillow, parquet), and a release is made whole by atomic
renames, which object stores do not have. So a remote source is mirrored into the cache before the build
reads it (one object at a time, streamed in chunks; an object whose size and ETag are unchanged is not
fetched again, and local files whose object is gone are removed), and a remote release is built in a
local copy under the cache and then uploaded file by file, manifest.json last: a reader who finds the new
manifest finds every file it lists. The local copy starts as a download of what the URL holds, so the
version rules (a version only moves forward, an existing version is never rewritten) are those of a local
release. Endpoint and credentials come from the standard AWS_ENDPOINT_URL / AWS_ACCESS_KEY_ID /
AWS_SECRET_ACCESS_KEY variables (read by s3fs); `pip install -e '.[s3]'` brings s3fs.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import posixpath
import shutil
from pathlib import Path
from typing import Iterator

from . import exit_codes

log = logging.getLogger(__name__)
CHUNK = 1 << 20
STATE = ".objects.json"  # beside a mirror <name>: <name>.objects.json, the size and ETag of each object copied


class StorageError(RuntimeError):
    """A remote location that cannot be listed, read or written (the message says what to do); `code` is
    the exit code: STORAGE where the bucket refused a write or read, UNAVAILABLE where it could not be
    reached or no credentials were found, USAGE where the URL's filesystem is not installed."""

    def __init__(self, message: str, code: int = exit_codes.STORAGE):
        super().__init__(message)
        self.code = code


def client_errors() -> tuple[type[BaseException], ...]:
    """What a bucket's client raises. s3fs turns the server's answers into OSErrors, but lets botocore's
    own errors through untranslated (no credentials found, endpoint unreachable, a bad parameter), and
    aiohttp's where a connection breaks. Those libraries come with the s3 extra only; without them no call
    reaches a bucket, so nothing is imported that is not installed."""
    kinds: list[type[BaseException]] = [OSError, ValueError]
    try:
        from botocore.exceptions import BotoCoreError, ClientError
    except ImportError:
        pass
    else:
        kinds += [BotoCoreError, ClientError]
    try:
        from aiohttp import ClientError as ConnectionFailure
    except ImportError:
        pass
    else:
        kinds.append(ConnectionFailure)
    return tuple(kinds)


def remote_error(what: str, e: BaseException) -> StorageError:
    """A StorageError for error e of the client while doing `what` ("cannot list s3://b/x"). No network,
    an endpoint that does not answer, or no credentials: the service could not be used (exit 5, as for the
    Hub). Anything the bucket answered (a refused write, no such bucket) stays a storage error (exit 6)."""
    answered = isinstance(e, (OSError, ValueError)) and not isinstance(e, (ConnectionError, TimeoutError))
    if answered:
        return StorageError(f"{what}: {e}")
    return StorageError(f"{what}: {e} (check the network, AWS_ENDPOINT_URL and the credentials: "
                        "AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY)", code=exit_codes.UNAVAILABLE)


def is_url(location: str) -> bool:
    """True for s3://bucket/key and other fsspec URLs; plain paths and file:// are local."""
    scheme, sep, _ = str(location).partition("://")
    return bool(sep) and scheme.isidentifier() and scheme != "file"


def filesystem(url: str):
    """(fsspec filesystem, path inside it) for url, or a StorageError that names the extra to install."""
    problem = missing_filesystem(url)
    if problem:
        raise StorageError(problem, code=exit_codes.USAGE)
    import fsspec

    try:
        return fsspec.core.url_to_fs(url)
    except ValueError as e:  # a malformed URL of a known scheme
        raise StorageError(f"{url}: {e}", code=exit_codes.USAGE) from None


def missing_filesystem(url: str) -> str | None:
    """What to install for url's scheme (gs:// wants gcsfs, s3:// s3fs), or None when it is installed. A
    setup error, not a storage one: it is found before anything is read or written, and exit 2 says so."""
    try:
        import fsspec
    except ImportError:
        return f"{url}: remote locations need fsspec and s3fs: pip install -e '.[s3]'"
    scheme = url.partition("://")[0]
    try:
        fsspec.get_filesystem_class(scheme)
    except (ImportError, ValueError) as e:  # ImportError: known, not installed; ValueError: unknown scheme
        return f"{url}: {e}. For s3:// install the s3 extra: pip install -e '.[s3]'"
    return None


def local_copy_dir(cache_root: Path, kind: str, url: str) -> Path:
    """The cache's folder for one remote location: its name is a hash of the URL, so two URLs never share one."""
    digest = hashlib.sha256(url.rstrip("/").encode()).hexdigest()[:16]
    return Path(cache_root) / kind / digest


def safe_relative(key: str) -> str | None:
    """key as a relative path below its prefix, or None when it would climb out of it or is absolute."""
    parts = key.split("/")
    if key.startswith("/") or "\\" in key or any(p in ("", ".", "..") for p in parts):
        return None
    return key


def remote_objects(fs, path: str) -> Iterator[tuple[str, dict]]:
    """(key relative to path, info) of every object below path, sorted by key; a single object gives its name."""
    try:
        if fs.isfile(path):
            yield posixpath.basename(path), fs.info(path)
            return
        found = fs.find(path, detail=True)
    except client_errors() as e:  # s3fs raises PermissionError, FileNotFoundError, botocore's NoCredentialsError...
        raise remote_error(f"cannot list {fs.unstrip_protocol(path)}", e) from None
    prefix = path.rstrip("/") + "/"
    for name in sorted(found):
        info = found[name]
        if info.get("type") == "directory" or not name.startswith(prefix):
            continue
        yield name[len(prefix):], info


def fingerprint(info: dict) -> list:
    """What says an object is unchanged: its size and ETag (or modification time where no ETag)."""
    return [info.get("size"), str(info.get("ETag") or info.get("etag") or info.get("mtime") or "")]


def mirror(url: str, local: Path, rejected=None) -> Path:
    """Makes folder local hold exactly the objects below url (or the one object url names, under its own
    name); returns the local path that stands for url. Keys that would leave the prefix ('..', absolute)
    are not copied: rejected(key, why, "outside") is told of each; with rejected given, an object that
    cannot be read (gone since the listing, no permission) is rejected(key, why, "unreadable") and left out
    instead of stopping the copy."""
    fs, path = filesystem(url)
    local.mkdir(parents=True, exist_ok=True)
    state_path = local.with_name(local.name + STATE)
    try:
        state = json.loads(state_path.read_text())
    except (OSError, ValueError):
        state = {}
    single = False
    kept: dict[str, list] = {}
    for key, info in remote_objects(fs, path):
        single = single or info.get("name", "").rstrip("/") == path.rstrip("/")
        rel = safe_relative(key)
        if rel is None:
            if rejected:
                rejected(key, "object key climbs out of its prefix (.. or absolute)", "outside")
            continue
        target = local / rel
        kept[rel] = fingerprint(info)
        if state.get(rel) == kept[rel] and target.is_file() and target.stat().st_size == info.get("size"):
            continue
        try:
            download(fs, info["name"], target)
        except StorageError as e:
            # an unreachable bucket is no unreadable object: every later one would fail the same way
            if rejected is None or e.code == exit_codes.UNAVAILABLE:
                raise
            del kept[rel]  # an earlier copy of it goes too: what the bucket no longer serves is no input
            rejected(key, str(e), "unreadable")
    remove_stale(local, kept)
    state_path.write_text(json.dumps(kept, sort_keys=True))
    if single and len(kept) == 1:
        return local / next(iter(kept))
    return local


def download(fs, remote: str, target: Path) -> None:
    """One object to target, streamed in chunks, renamed into place when complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.part")
    try:
        with fs.open(remote, "rb") as src, open(tmp, "wb") as dst:
            shutil.copyfileobj(src, dst, CHUNK)
    except client_errors() as e:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(e, OSError) and e.errno is not None and not isinstance(
                e, (PermissionError, FileNotFoundError, ConnectionError, TimeoutError)):
            raise  # the local copy could not be written (disk full...): the build's storage errors say so
        raise remote_error(f"cannot read {fs.unstrip_protocol(remote)}", e) from None
    os.replace(tmp, target)


def remove_stale(local: Path, kept: dict) -> None:
    """Files of an earlier mirror whose object is gone: a source removed from the bucket is no input."""
    for dirpath, dirnames, filenames in os.walk(local, topdown=False):
        for name in filenames:
            full = Path(dirpath) / name
            rel = full.relative_to(local).as_posix()
            if rel not in kept:
                full.unlink()
        if dirpath != str(local) and not os.listdir(dirpath):
            os.rmdir(dirpath)


def upload_folder(local: Path, url: str) -> int:
    """Uploads folder local (a release, or a cache) to url: changed files first, manifest.json last, then
    removes objects that the folder no longer has. Returns the number of files sent."""
    fs, path = filesystem(url)
    path = path.rstrip("/")
    try:
        remote = dict(remote_objects(fs, path))  # a prefix not written yet lists nothing
    except StorageError as e:
        if e.code == exit_codes.UNAVAILABLE:
            raise  # no bucket to write to either
        remote = {}
    files = sorted(p.relative_to(local).as_posix() for p in local.rglob("*") if p.is_file())
    order = [f for f in files if f != "manifest.json"] + (["manifest.json"] if "manifest.json" in files else [])
    sent = 0
    for rel in order:
        info = remote.get(rel)
        if info and info.get("size") == (local / rel).stat().st_size and same_content(local / rel, info):
            continue
        try:
            fs.put_file(str(local / rel), f"{path}/{rel}")
        except client_errors() as e:
            raise remote_error(f"cannot write {url}/{rel}", e) from None
        sent += 1
    left = []
    for rel in sorted(set(remote) - set(files)):
        try:
            fs.rm_file(f"{path}/{rel}")
        except client_errors() as e:
            left.append(f"{rel} ({e})")
    if left:  # the release is complete and its manifest lists its files; these are only clutter beside it
        log.warning("%s: %d object(s) of the previous upload could not be removed, e.g. %s; the manifest does "
                    "not list them (corpus verify reports them)", url, len(left), left[0])
    return sent


def same_content(path: Path, info: dict) -> bool:
    """A single-part upload's ETag is the MD5 of its bytes: equal means nothing to send."""
    etag = str(info.get("ETag") or info.get("etag") or "").strip('"')
    if len(etag) != 32:
        return False
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, lambda: hashlib.md5(usedforsecurity=False)).hexdigest() == etag


def data_files(url: str, config: str = "default") -> dict[str, list[str]]:
    """{split: the URLs of its shards, as the manifest lists them} of one config of a release at url, for
    datasets.load_dataset("parquet", data_files=..., storage_options=...) (datasets does not read a
    dataset card from an s3:// folder, but reads parquet from it). The manifest's list, not a pattern: an
    object left in the prefix that the release does not list is never loaded."""
    fs, path = filesystem(url)
    try:
        manifest = json.loads(fs.cat_file(f"{path.rstrip('/')}/manifest.json"))
    except ValueError as e:  # not JSON (the client's ValueErrors are parameter errors before any answer)
        raise StorageError(f"{url} is not a caption-corpus release: {e}") from None
    except client_errors() as e:
        if isinstance(e, FileNotFoundError):
            raise StorageError(f"{url} is not a caption-corpus release: {e}") from None
        raise remote_error(f"cannot read {url}/manifest.json", e) from None
    from .write import config_and_split

    files: dict[str, list[str]] = {}
    for shard in sorted(manifest["shards"], key=lambda s: s["path"]):
        if shard["path"].startswith(f"data/{config}/"):
            files.setdefault(config_and_split(shard["path"])[1], []).append(f"{url.rstrip('/')}/{shard['path']}")
    return files
