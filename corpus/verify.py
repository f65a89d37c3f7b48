"""verify: re-reads a release and checks every checksum and row count against its manifest."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from .write import check_shards, config_and_split, sha256_file


def verify_release(root: Path) -> list[str]:
    """Problems found (empty list: the release is intact)."""
    root = Path(root)
    manifest_path = root / "manifest.json"
    if not manifest_path.exists():
        return [f"{root}: no manifest.json (not a caption-corpus release)"]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    problems = []
    listed = {s["path"] for s in manifest["shards"]}
    present = {p.relative_to(root).as_posix() for p in (root / "data").rglob("*.parquet")}
    problems += [f"{p}: shard on disk but not in the manifest" for p in sorted(present - listed)]
    rows: dict[str, dict[str, int]] = {}
    for shard in manifest["shards"]:
        path = root / shard["path"]
        if not path.exists():
            problems.append(f"{shard['path']}: missing")
            continue
        if sha256_file(path) != shard["sha256"]:
            problems.append(f"{shard['path']}: sha256 differs from the manifest")
            continue
        n = pq.ParquetFile(path).metadata.num_rows
        if n != shard["rows"]:
            problems.append(f"{shard['path']}: {n} rows, manifest says {shard['rows']}")
        config, split = config_and_split(shard["path"])
        rows.setdefault(config, {}).setdefault(split, 0)
        rows[config][split] += n
    if not problems and rows != manifest["rows"]:
        problems.append(f"row counts per config/split {rows} differ from the manifest {manifest['rows']}")
    if not problems:
        problems += check_shards(root)
    if not problems:
        problems += leak_problems(root, manifest)
    return problems


def leak_problems(root: Path, manifest: dict) -> list[str]:
    """Leaks recomputed from the shards themselves, never taken from the build's own grouping."""
    from .config import DedupConfig
    from .leakage import leakage_report

    dedup_cfg = DedupConfig(**{k: v for k, v in manifest["config"].get("dedup", {}).items()})
    report = leakage_report(root, dedup_cfg)
    return [f"leak: {v['count']} {kind.replace('_', ' ')} shared across splits, e.g. {v['examples'][0]}"
            for kind, v in report.items() if v["count"]]
