"""write: parquet shards with the release schema (records.arrow_schema), and their checksums.

Shards are written to `data/<config>/<split>-NNNNN-of-NNNNN.parquet`, cut at content-defined
boundaries; a shard whose rows an earlier build already wrote is linked from that build's release. The image column holds
`{"bytes": ..., "path": "<sha256>.<ext>"}`: a path that is a real file relative to the working
directory would make `datasets` store it path-only, so paths are content names, never real paths.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from .ingest.sources import file_sha256 as sha256_file  # one file hash for inputs, spills and shards
from .normalize import normalize_list, normalize_optional, normalize_paragraphs
from .records import Article, ImageInfo, Sample, SourceRef, arrow_schema
from .workspace import code_hash, replace_file, unique_suffix

# fixed writer settings: the same rows give the same bytes
PARQUET_OPTIONS = dict(compression="zstd", compression_level=3, use_dictionary=True,
                       write_statistics=True, data_page_version="2.0", store_schema=True)
# image bytes are JPEG/PNG/WebP already: compressing them again costs time and saves nothing
DEFAULT_OPTIONS = dict(PARQUET_OPTIONS, compression={"image.bytes": "NONE"}, compression_level=None,
                       use_dictionary=["id"])
ROW_GROUP_ROWS = {"default": 100, "text_only": 1000, "articles": 1000, "rejects": 5000}

# the stored picture's format, from the extension the images stage gave it
STORED_FORMAT = {"jpg": "jpeg", "png": "png", "webp": "webp"}


def provenance_dict(ref: SourceRef) -> dict:
    return {"path": ref.path, "locator": ref.locator, "sha256": ref.sha256, "record_id": ref.record_id,
            "target_uri": ref.target_uri, "fetch_date": ref.fetch_date}


def sample_row(s: Sample, image_bytes: bytes | None) -> dict:
    """A `default` row when image_bytes is given, else a `text_only` row."""
    row = {
        "id": s.id, "caption": s.caption, "caption_raw": s.caption_raw, "credit": s.credit,
        "alt_text": s.alt_text, "caption_source": s.caption_source, "caption_language": s.caption_language,
        "caption_words": s.caption_words, "caption_chars": s.caption_chars, "has_credit": s.has_credit,
        "caption_cluster": s.caption_cluster, "image_url": s.image_url, "figure_index": s.figure_index,
        "image_position": s.image_position, "context_before": s.context_before,
        "context_after": s.context_after, "article_id": s.article_id, "article_url": s.article_url,
        "article_title": s.article_title, "article_published": s.article_published,
        "article_authors": s.article_authors, "site": s.site, "article_language": s.article_language,
        "provenance": provenance_dict(s.provenance),
    }
    if image_bytes is not None:
        info = s.image
        row.update({
            "image": {"bytes": image_bytes, "path": f"{info.sha256}.{info.ext}"},
            "image_width": info.width, "image_height": info.height, "image_format": info.original_format,
            "image_original_bytes": info.original_bytes, "image_stored_format": STORED_FORMAT[info.ext],
            "image_handling": info.handling, "image_metadata_removed": info.metadata_removed,
            "image_sha256": info.sha256,
            "image_phash": info.phash, "image_cluster": s.image_cluster,
        })
    return row


def article_row(a: Article, figure_ids: list[str]) -> dict:
    # title and bylines cleaned as the pair rows' article_title and article_authors are (normalize_sample):
    # "council &amp; mayor cafÃ©" is one headline, "council & mayor café", in both configs
    return {"article_id": a.article_id, "url": a.url, "title": normalize_optional(a.title), "published": a.published,
            "authors": normalize_list(a.authors), "site": a.site, "language": a.language, "section": a.section,
            "paragraphs": normalize_paragraphs(a.paragraphs), "figure_ids": figure_ids, "provenance": provenance_dict(a.ref)}


def row_key(row: dict) -> str:
    """A content key for a row given as a dict (rows made on demand bring their own key)."""
    return hashlib.sha256(json.dumps(row, sort_keys=True, default=repr).encode()).hexdigest()


def ends_shard(key: str, in_shard: int, rows_per_shard: int) -> bool:
    """Content-defined shard boundaries: a shard ends after a row whose key hashes to 0 modulo
    rows_per_shard/2 (once it has a quarter of rows_per_shard), or when it is full. Boundaries depend
    only on the rows around them, so rows added anywhere change one shard, not every later one."""
    if in_shard >= rows_per_shard:
        return True
    if in_shard < max(1, rows_per_shard // 4):
        return False
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % max(1, rows_per_shard // 2) == 0


@dataclass
class Shard:
    path: Path
    key: str  # hash of the writer settings and of every row's content key
    sha256: str


@dataclass(slots=True)
class SampleRowSource:
    """A `default` or `text_only` row, made where its shard is written: its record is read from the spill
    and its picture from the blob store there (small and picklable, so a worker can make it)."""

    spill_key: str
    offset: int
    caption_cluster: int | None
    image_cluster: int | None
    image: ImageInfo | None

    def make(self, ws) -> dict:
        s = ws.read_record(ws.spill_file(self.spill_key), self.offset)[1]
        s.caption_cluster, s.image_cluster, s.image = self.caption_cluster, self.image_cluster, self.image
        return sample_row(s, ws.get_blob(self.image.sha256) if self.image else None)


@dataclass(slots=True)
class ArticleRowSource:
    """An `articles` row, made where its shard is written."""

    spill_key: str
    offset: int
    figure_ids: list[str]

    def make(self, ws) -> dict:
        return article_row(ws.read_record(ws.spill_file(self.spill_key), self.offset)[1], self.figure_ids)


@dataclass
class ShardJob:
    """One shard to write: where, which config, and its rows (dicts, or row sources made by the writer
    from the cache at cache_root). Picklable: an executor's worker writes it."""

    path: str
    config: str
    rows: list
    cache_root: str | None = None


def write_shard(job: ShardJob, ws=None) -> str:
    """Writes one shard file and returns its sha256; ws reads the records and pictures of row sources."""
    options = DEFAULT_OPTIONS if job.config == "default" else PARQUET_OPTIONS
    schema = arrow_schema(job.config)
    group = ROW_GROUP_ROWS[job.config]
    with pq.ParquetWriter(job.path, schema, **options) as writer:
        for start in range(0, len(job.rows), group):
            rows = [row if isinstance(row, dict) else row.make(ws) for row in job.rows[start:start + group]]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    return sha256_file(job.path)


_WORKER_CACHES: dict[str, object] = {}


def _shard_job(job: ShardJob) -> str:
    """One shard in a worker process, with a read-only handle on the cache kept per cache folder."""
    ws = None
    if job.cache_root:
        from .workspace import Workspace

        ws = _WORKER_CACHES.get(job.cache_root)
        if ws is None:
            ws = _WORKER_CACHES[job.cache_root] = Workspace(job.cache_root, worker=True)
    return write_shard(job, ws)


@dataclass
class ShardSet:
    """Rows of one (config, split) in content-defined shards of at most rows_per_shard rows.

    A row comes with a content key and may be a row source that makes it: when a shard with the same
    rows exists from an earlier build (`reuse`), it is linked instead of written, and its rows are
    never made. Parquet writing is deterministic, so a linked shard has the bytes a written one would.
    A shard to write goes to `submit(shard, job)`: the release writer hands it to its executor."""

    root: Path
    config: str
    split: str
    rows_per_shard: int
    submit: Callable[["Shard", "ShardJob"], None]
    reuse: "ShardCache | None" = None
    salt: str = ""
    cache_root: str | None = None
    shards: list[Shard] = field(default_factory=list)
    rows: int = 0
    _pending: list[tuple[str, object]] = field(default_factory=list)

    def add(self, row, key: str | None = None, boundary: str | None = None) -> None:
        """boundary: what decides shard ends, from the row's content only (its id), never from cache
        keys or paths, so the same rows give the same shards on every machine; defaults to key."""
        key = key if key is not None else row_key(row)
        self._pending.append((key, row))
        self.rows += 1
        if ends_shard(boundary or key, len(self._pending), self.rows_per_shard):
            self._cut()

    def _cut(self) -> None:
        if not self._pending:
            return
        folder = self.root / "data" / self.config
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.split}-{len(self.shards):05d}.tmp.parquet"
        h = hashlib.sha256(f"{self.salt}|{self.config}|{self.split}".encode())
        for key, _ in self._pending:
            h.update(key.encode())
        key = h.hexdigest()
        shard = self._linked(key, path)
        if shard is None:
            shard = Shard(path, key, "")  # its sha256 arrives when it has been written
            self.submit(shard, ShardJob(str(path), self.config, [row for _, row in self._pending], self.cache_root))
        self.shards.append(shard)
        self._pending = []

    def _linked(self, key: str, path: Path) -> Shard | None:
        known = self.reuse.find(key) if self.reuse else None
        if known is None:
            return None
        source, sha = known
        # hashed before linking: a shard damaged in place with its mtime kept would otherwise be linked
        # into this release too (and fail its verify); reading is still far cheaper than writing
        if sha256_file(source) != sha:
            return None
        try:
            os.link(source, path)
        except OSError:  # another file system: a kernel-side copy is still far cheaper than writing
            shutil.copyfile(source, path)
            if sha256_file(path) != sha:  # changed while it was copied: write it again
                path.unlink()
                return None
        return Shard(path, key, sha)

    def finish(self) -> list[Shard]:
        """Cuts the last shard and renames all to their final `-NNNNN-of-NNNNN` names (once every
        submitted shard has been written)."""
        self._cut()
        for i, shard in enumerate(self.shards):
            target = shard.path.with_name(f"{self.split}-{i:05d}-of-{len(self.shards):05d}.parquet")
            os.replace(shard.path, target)
            shard.path = target
        return self.shards


class ReleaseWriter:
    """All shard sets of one release directory. Shards to write are handed to the executor a window at a
    time (a serial one writes them here, reading row sources through ws), so parquet encoding runs in
    its workers while this process decides the next shards."""

    def __init__(self, root: Path, rows_per_shard: int, reuse: "ShardCache | None" = None,
                 image_rows_per_shard: int | None = None, executor=None, ws=None):
        self.root = root
        self.rows_per_shard = rows_per_shard
        self.image_rows_per_shard = image_rows_per_shard or rows_per_shard
        self.reuse = reuse
        self.executor = executor
        self.ws = ws
        # what else decides a shard's bytes: the writer's code and settings, and pyarrow's version
        self.salt = f"{code_hash()}|{pa.__version__}|{rows_per_shard}|{self.image_rows_per_shard}"
        self.sets: dict[tuple[str, str], ShardSet] = {}
        self.shards: list[Shard] = []
        self._queue: list[tuple[Shard, ShardJob]] = []
        self._in_flight: tuple[list, Iterator] = ([], iter(()))  # shards handed out, their sha256s to come
        # in flight at once: enough to keep the workers busy, few enough that the rows' sources stay small
        self._window = max(1, 8 * executor.workers) if self._parallel else 1

    @property
    def _parallel(self) -> bool:
        return bool(self.executor and self.executor.parallel)

    def add(self, config: str, split: str, row, key: str | None = None, boundary: str | None = None) -> None:
        """row: a dict, or a row source making it (then key, the row's content key, is required)."""
        sset = self.sets.get((config, split))
        if sset is None:
            per_shard = self.image_rows_per_shard if config == "default" else self.rows_per_shard
            sset = self.sets[(config, split)] = ShardSet(
                self.root, config, split, per_shard, self._submit, self.reuse, self.salt,
                cache_root=str(self.ws.root) if self.ws else None)
        sset.add(row, key, boundary)

    def _submit(self, shard: Shard, job: ShardJob) -> None:
        self._queue.append((shard, job))
        if len(self._queue) >= self._window:
            self._drain()

    def _drain(self) -> None:
        """Hands the queued shards to the executor. With several workers this returns once the first of
        them is written: the workers write the rest while this process makes the next window's jobs."""
        self._collect()
        queue, self._queue = self._queue, []
        if not queue:
            return
        if not self._parallel:
            for shard, job in queue:
                shard.sha256 = write_shard(job, self.ws)
            return
        if self.ws:
            self.ws.flush()  # the workers find the pictures' locations in the cache's tables
        written = self.executor.map(_shard_job, [job for _, job in queue], 1)
        queue[0][0].sha256 = next(written)
        self._in_flight = (queue[1:], written)

    def _collect(self) -> None:
        """Waits for the shards in flight and takes their sha256s."""
        queue, written = self._in_flight
        for (shard, _), sha in zip(queue, written):
            shard.sha256 = sha
        self._in_flight = ([], iter(()))

    def finish(self) -> dict[str, dict[str, int]]:
        """Row counts per config and split (only non-empty ones exist)."""
        for sset in self.sets.values():  # every set's last shard first, so they go out in one window
            sset._cut()
        self._drain()
        self._collect()
        counts: dict[str, dict[str, int]] = {}
        for (config, split), sset in sorted(self.sets.items()):
            self.shards += sset.finish()
            counts.setdefault(config, {})[split] = sset.rows
        return counts


class ShardCache:
    """Where the shards of earlier builds are, by shard key (kept in the workspace, like git's index:
    a file whose size and mtime are unchanged is trusted to be the one recorded; a copy made across
    file systems is hashed again, and `corpus verify` re-hashes every shard of a release)."""

    def __init__(self, path: Path):
        self.path = path
        try:
            self.known: dict[str, list] = pickle.loads(path.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            self.known = {}

    def find(self, key: str) -> tuple[str, str] | None:
        entry = self.known.get(key)
        if entry is None:
            return None
        source, size, mtime_ns, sha = entry
        try:
            st = os.stat(source)
        except OSError:
            return None
        return (source, sha) if (st.st_size, st.st_mtime_ns) == (size, mtime_ns) else None

    def remember(self, release: Path, shards: list[tuple[str, str, str]]) -> None:
        """Records (relative path, key, sha256) of the shards of a release now in its final place."""
        for rel, key, sha in shards:
            path = release / rel
            st = os.stat(path)
            self.known[key] = [str(path), st.st_size, st.st_mtime_ns, sha]
        self.known = {k: v for k, v in self.known.items() if os.path.exists(v[0])}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{unique_suffix()}.tmp")
        tmp.write_bytes(pickle.dumps(self.known, protocol=pickle.HIGHEST_PROTOCOL))
        replace_file(tmp, self.path)


def check_shards(root: Path) -> list[str]:
    """Problems found by reading every shard's footer back with pyarrow (empty list = all good):
    the schema must be records.arrow_schema's, and no image may lack its bytes (path-only images are the trap)."""
    problems = []
    for path in sorted((root / "data").rglob("*.parquet")):
        config = path.parent.name
        meta = pq.ParquetFile(path)
        schema, expected = meta.schema_arrow, arrow_schema(config)
        if not schema.remove_metadata().equals(expected.remove_metadata()) or schema.metadata != expected.metadata:
            problems.append(f"{path.name}: schema differs from the {config!r} schema")
        if config == "default" and image_nulls(meta):
            problems.append(f"{path.relative_to(root)}: an image value has no bytes")
    return problems


def image_nulls(meta: pq.ParquetFile) -> int:
    """Null image structs or null image bytes, from the column statistics (no data read)."""
    md = meta.metadata
    names = [md.schema.column(i).path for i in range(md.num_columns)]
    col = names.index("image.bytes")
    nulls = 0
    for g in range(md.num_row_groups):
        stats = md.row_group(g).column(col).statistics
        if stats is None or not stats.has_null_count:
            return 1  # cannot tell: treat as a problem rather than pass silently
        nulls += stats.null_count
    return nulls


def shard_inventory(root: Path, known: dict[str, str] | None = None) -> list[dict]:
    """sha256 and row count of every shard, sorted by path; `known` maps relative paths to sha256s
    computed as the shards were written (only the other shards are read to hash them)."""
    known = known or {}
    out = []
    for path in sorted((root / "data").rglob("*.parquet")):
        rel = path.relative_to(root).as_posix()
        out.append({"path": rel, "sha256": known.get(rel) or sha256_file(path),
                    "rows": pq.ParquetFile(path).metadata.num_rows})
    return out


def shards_of(root: Path, config: str) -> list[Path]:
    """The shard files of one config, in name order (split, then shard number)."""
    return sorted((Path(root) / "data" / config).glob("*.parquet"))


def config_and_split(path: str | Path) -> tuple[str, str]:
    """("default", "train") for data/default/train-00000-of-00001.parquet."""
    p = Path(path)
    return p.parent.name, p.name.split("-")[0]


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n",
                    encoding="utf-8")
