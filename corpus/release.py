"""release: what a previous release holds (for stable splits), diffs between releases, CHANGELOG."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from .write import config_and_split, shards_of

#: version rules, written into every CHANGELOG
VERSION_RULES = ("major: the schema changed (columns added, removed or retyped); "
                 "minor: data added or removed; patch: fixes that change no row's identity.")


@dataclass
class PreviousRelease:
    version: str
    split_of: dict[str, str] = field(default_factory=dict)  # row id -> split
    duplicate_of: dict[str, str] = field(default_factory=dict)  # dropped id -> representative
    fingerprints: dict[str, str] = field(default_factory=dict)  # row id -> hash of caption + image


def row_fingerprint(caption: str | None, image_sha256: str | None) -> str:
    return hashlib.sha256(f"{caption or ''}|{image_sha256 or ''}".encode()).hexdigest()[:16]


def read_release(root: Path) -> PreviousRelease:
    """Ids with their split and content hash, and the duplicates the release recorded."""
    root = Path(root)
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    prev = PreviousRelease(manifest["version"])
    for config in ("default", "text_only"):
        for path in shards_of(root, config):
            split = config_and_split(path)[1]
            cols = ["id", "caption"] + (["image_sha256"] if config == "default" else [])
            for row in pq.read_table(path, columns=cols).to_pylist():
                prev.split_of[row["id"]] = split
                prev.fingerprints[row["id"]] = row_fingerprint(row["caption"], row.get("image_sha256"))
    for path in shards_of(root, "rejects"):
        for row in pq.read_table(path, columns=["id", "duplicate_of"]).to_pylist():
            if row["id"] and row["duplicate_of"]:
                prev.duplicate_of[row["id"]] = row["duplicate_of"]
    return prev


def diff_releases(old: Path, new: Path) -> dict:
    """Ids added, removed and changed (caption or image hash) from old to new."""
    a, b = read_release(old), read_release(new)
    return {
        "from": a.version, "to": b.version,
        "added": sorted(set(b.fingerprints) - set(a.fingerprints)),
        "removed": sorted(set(a.fingerprints) - set(b.fingerprints)),
        "changed": sorted(i for i in set(a.fingerprints) & set(b.fingerprints)
                          if a.fingerprints[i] != b.fingerprints[i]),
        "moved_split": sorted(i for i in set(a.split_of) & set(b.split_of) if a.split_of[i] != b.split_of[i]),
    }


def render_changelog(diff: dict) -> str:
    lines = [f"# Changelog: {diff['from']} -> {diff['to']}", "", f"Version rules: {VERSION_RULES}", ""]
    for kind in ("added", "removed", "changed", "moved_split"):
        ids = diff[kind]
        lines.append(f"## {kind.replace('_', ' ').capitalize()} ({len(ids)})")
        lines.append("")
        lines += [f"- {i}" for i in ids]
        lines.append("")
    return "\n".join(lines)
