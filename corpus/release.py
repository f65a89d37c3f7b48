"""release: what a previous release holds (for stable splits), diffs between releases, CHANGELOG."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .config import parse_version
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


def release_manifest(root: Path) -> dict:
    """A release's manifest.json as a dict with its version; a BuildError (exit 2) saying what is wrong with it
    otherwise, never a traceback."""
    from .exit_codes import BuildError

    path = Path(root) / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BuildError(f"{root} is not a release (no manifest.json)", code=2) from None
    except (ValueError, UnicodeDecodeError) as e:
        raise BuildError(f"{path} is not valid JSON (truncated or edited?): {e}; rebuild the release or "
                         "restore it from its published copy", code=2) from None
    except OSError as e:
        raise BuildError(f"{path} cannot be read: {e.strerror or e}", code=2) from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("version"), str):
        raise BuildError(f"{path} is not a caption-corpus manifest (no version); rebuild the release or restore "
                         "it from its published copy", code=2)
    return manifest


def read_shard(root: Path, path: Path, columns: list[str]) -> pa.Table:
    """Columns of one shard of the release at root; a BuildError (exit 3) naming the shard when it cannot be
    read (truncated, not parquet, a column missing), never a pyarrow traceback."""
    from .exit_codes import BuildError

    try:
        return pq.read_table(path, columns=columns)
    except (pa.ArrowException, OSError) as e:
        raise BuildError(f"{path} cannot be read ({e}); `corpus verify {root}` checks the release",
                         code=3) from None


def read_release(root: Path) -> PreviousRelease:
    """Ids with their split and content hash, and the duplicates the release recorded."""
    root = Path(root)
    manifest = release_manifest(root)
    prev = PreviousRelease(manifest["version"])
    for config in ("default", "text_only"):
        for path in shards_of(root, config):
            split = config_and_split(path)[1]
            cols = ["id", "caption"] + (["image_sha256"] if config == "default" else [])
            for row in read_shard(root, path, cols).to_pylist():
                prev.split_of[row["id"]] = split
                prev.fingerprints[row["id"]] = row_fingerprint(row["caption"], row.get("image_sha256"))
    for path in shards_of(root, "rejects"):
        for row in read_shard(root, path, ["id", "duplicate_of"]).to_pylist():
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


UNVERSIONED = "0.0.0"  # a development build: replaces an earlier development build, never a release


def version_problem(old: dict, new: dict) -> str | None:
    """Why the release in `new` may not replace `old` in the same folder, or None.

    A version only moves forward; a version with other rows than the last one is at least a minor bump
    (the CHANGELOG's rule: minor = data added or removed), and a new schema is a major bump."""
    before, after = old.get("version", UNVERSIONED), new["version"]
    if before == UNVERSIONED:
        return None
    if after == UNVERSIONED:
        return (f"the folder holds release {before}; a build without --release-version would replace it with 0.0.0: "
                f"give --release-version above {before} (or --overwrite)")
    a, b = parse_version(before), parse_version(after)
    if a is None or b is None or b < a:
        return f"the folder holds release {before}; versions only move forward, and {after} is not above it"
    if b == a:
        return None  # the same version: same content is a no-op, other content is refused later
    if old.get("schema") and old.get("schema") != new.get("schema") and b[0] == a[0]:
        return f"the columns changed since {before}: that is a major version (--release-version {a[0] + 1}.0.0)"
    if _row_counts(old) != _row_counts(new) and b[:2] == a[:2]:
        return (f"rows were added or removed since {before}: that is at least a minor version "
                f"(--release-version {a[0]}.{a[1] + 1}.0)")
    return None


def is_patch_bump(before: str | None, after: str) -> bool:
    """after is a higher patch version of before (same major and minor)."""
    a, b = parse_version(before or ""), parse_version(after)
    return a is not None and b is not None and b[:2] == a[:2] and b > a


def previous_version_problem(previous: str, version: str, diff: dict | None = None) -> str | None:
    """Why a release built on --previous may not carry `version`, or None: it comes after the previous one,
    and ids added or removed since (`diff`, once the rows are known) make at least a minor version."""
    before, after = parse_version(previous), parse_version(version)
    if previous == UNVERSIONED or before is None:
        return None
    if after is None or after <= before:
        return (f"--previous is release {previous}; the new release needs a higher version "
                f"(--release-version {before[0]}.{before[1]}.{before[2] + 1} or above)")
    if diff is not None and (diff["added"] or diff["removed"]) and after[:2] == before[:2]:
        return (f"ids were added or removed since {previous}: that is at least a minor version "
                f"(--release-version {before[0]}.{before[1] + 1}.0)")
    return None


def _row_counts(manifest: dict) -> dict:
    return {c: sum(splits.values()) for c, splits in manifest.get("rows", {}).items() if c != "rejects"}
