"""write: parquet shards with FEATURES, the dataset card's YAML, and the manifest with checksums.

Shards are written to `data/<config>/<split>-NNNNN-of-NNNNN.parquet`. The image column holds
`{"bytes": ..., "path": "<sha256>.<ext>"}`: a path that is a real file relative to the working
directory would make `datasets` store it path-only, so paths are content names, never real paths.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .records import FEATURES, Article, Sample, SourceRef

# fixed writer settings: the same rows give the same bytes
PARQUET_OPTIONS = dict(compression="zstd", compression_level=3, use_dictionary=True,
                       write_statistics=True, data_page_version="2.0", store_schema=True)
# image bytes are JPEG/PNG/WebP already: compressing them again costs time and saves nothing
DEFAULT_OPTIONS = dict(PARQUET_OPTIONS, compression={"image.bytes": "NONE"}, compression_level=None,
                       use_dictionary=["id"])
ROW_GROUP_ROWS = {"default": 100, "text_only": 1000, "articles": 1000, "rejects": 5000}


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
        "article_text": s.article_text, "provenance": provenance_dict(s.provenance),
    }
    if image_bytes is not None:
        info = s.image
        row.update({
            "image": {"bytes": image_bytes, "path": f"{info.sha256}.{info.ext}"},
            "image_width": info.width, "image_height": info.height, "image_format": info.original_format,
            "image_original_bytes": info.original_bytes, "image_sha256": info.sha256,
            "image_phash": info.phash, "image_cluster": s.image_cluster,
        })
    return row


def article_row(a: Article, figure_ids: list[str]) -> dict:
    return {"article_id": a.article_id, "url": a.url, "title": a.title, "published": a.published,
            "authors": a.authors, "site": a.site, "language": a.language, "section": a.section,
            "paragraphs": a.paragraphs, "figure_ids": figure_ids, "provenance": provenance_dict(a.ref)}


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


@dataclass
class ShardSet:
    """Streams rows of one (config, split) into numbered shards of at most rows_per_shard rows."""

    root: Path
    config: str
    split: str
    rows_per_shard: int
    files: list[Path] = field(default_factory=list)
    rows: int = 0
    _writer: pq.ParquetWriter | None = None
    _buffer: list[dict] = field(default_factory=list)
    _in_shard: int = 0

    def add(self, row: dict) -> None:
        if self._writer is None or self._in_shard >= self.rows_per_shard:
            self._open_next()
        self._buffer.append(row)
        self._in_shard += 1
        self.rows += 1
        if len(self._buffer) >= ROW_GROUP_ROWS[self.config]:
            self._flush()

    def _open_next(self) -> None:
        self.close()
        folder = self.root / "data" / self.config
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{self.split}-{len(self.files):05d}.tmp.parquet"
        self.files.append(path)
        options = DEFAULT_OPTIONS if self.config == "default" else PARQUET_OPTIONS
        self._writer = pq.ParquetWriter(path, FEATURES[self.config].arrow_schema, **options)
        self._in_shard = 0

    def _flush(self) -> None:
        if self._buffer:
            table = pa.Table.from_pylist(self._buffer, schema=FEATURES[self.config].arrow_schema)
            self._writer.write_table(table)
            self._buffer = []

    def close(self) -> None:
        if self._writer is not None:
            self._flush()
            self._writer.close()
            self._writer = None

    def finish(self) -> list[Path]:
        """Close and rename shards to their final `-NNNNN-of-NNNNN` names."""
        self.close()
        final = []
        for i, path in enumerate(self.files):
            target = path.with_name(f"{self.split}-{i:05d}-of-{len(self.files):05d}.parquet")
            os.replace(path, target)
            final.append(target)
        self.files = final
        return final


class ReleaseWriter:
    """All shard sets of one release directory."""

    def __init__(self, root: Path, rows_per_shard: int):
        self.root = root
        self.rows_per_shard = rows_per_shard
        self.sets: dict[tuple[str, str], ShardSet] = {}

    def add(self, config: str, split: str, row: dict) -> None:
        key = (config, split)
        if key not in self.sets:
            self.sets[key] = ShardSet(self.root, config, split, self.rows_per_shard)
        self.sets[key].add(row)

    def finish(self) -> dict[str, dict[str, int]]:
        """Row counts per config and split (only non-empty ones exist)."""
        counts: dict[str, dict[str, int]] = {}
        for (config, split), shards in sorted(self.sets.items()):
            shards.finish()
            counts.setdefault(config, {})[split] = shards.rows
        return counts


def check_shards(root: Path) -> list[str]:
    """Problems found by reading every shard's footer back with pyarrow (empty list = all good):
    the schema must be FEATURES', and no image may lack its bytes (path-only images are the trap)."""
    problems = []
    for path in sorted((root / "data").rglob("*.parquet")):
        config = path.parent.name
        meta = pq.ParquetFile(path)
        if meta.schema_arrow.remove_metadata() != FEATURES[config].arrow_schema.remove_metadata():
            problems.append(f"{path.name}: schema differs from FEATURES[{config!r}]")
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


def shard_inventory(root: Path) -> list[dict]:
    """sha256 and row count of every shard, sorted by path."""
    out = []
    for path in sorted((root / "data").rglob("*.parquet")):
        out.append({"path": path.relative_to(root).as_posix(), "sha256": sha256_file(path),
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
