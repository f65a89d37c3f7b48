"""verify: re-reads a release and checks everything its manifest claims.

Shards (sha256, row counts, schema), every picture's bytes against its `image_sha256`, the card,
datasheet, plots, build config and changelog against the checksums in `manifest.files`, and leaks
recomputed from the shards. A manifest is not trusted: a listed path that is absolute, climbs out of the
release, is a link, a FIFO or a device is refused without being opened.
"""
from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pyarrow.parquet as pq

from .write import check_shards, config_and_split, sha256_file, shards_of


def verify_release(root: Path) -> list[str]:
    """Problems found (empty list: the release is intact)."""
    root = Path(root)
    manifest, problem = read_manifest(root)
    if problem:
        return [problem]
    problems = unsafe_paths(root, manifest)
    if problems:
        return problems
    problems += shard_problems(root, manifest)
    problems += file_problems(root, manifest)
    if problems:
        return problems
    problems += check_shards(root)
    if not problems:
        problems += picture_problems(root, manifest)
    if not problems:  # intact shards: their leaks are worth looking for, whatever the manifest's fields say
        problems += leak_problems(root, manifest) + article_split_problems(root)
    return problems + manifest_problems(root, manifest)


def read_manifest(root: Path) -> tuple[dict, str | None]:
    from .exit_codes import BuildError
    from .release import release_manifest

    if (root / "manifest.json").is_symlink():
        return {}, f"{root}/manifest.json is a link; refused, not opened"
    try:
        manifest = release_manifest(root)
    except BuildError as e:
        return {}, str(e)
    shards = manifest.get("shards")
    if not isinstance(shards, list) or not all(isinstance(s, dict) and isinstance(s.get("path"), str)
                                               and isinstance(s.get("sha256"), str) for s in shards):
        return {}, f"{root}/manifest.json has no valid shard list (truncated or edited?)"
    if not isinstance(manifest.get("rows"), dict) or not isinstance(manifest.get("files", {}), dict):
        return {}, f"{root}/manifest.json lacks its row counts or file checksums (truncated or edited?)"
    return manifest, None


def integrity_problems(root: Path, manifest: dict) -> list[str]:
    """What a rebuild of the same content checks before calling the release there unchanged: every listed file
    present, unedited and safe to open, and nothing unlisted (shards and files against their checksums)."""
    return unsafe_paths(root, manifest) or shard_problems(root, manifest) + file_problems(root, manifest)


def listed_paths(manifest: dict) -> list[str]:
    return [s["path"] for s in manifest["shards"]] + list(manifest.get("files", {}))


def unsafe_paths(root: Path, manifest: dict) -> list[str]:
    """Listed paths that must not be opened: outside the release, links, or not regular files."""
    real_root = os.path.realpath(root)
    problems = []
    for rel in listed_paths(manifest):
        full = os.path.join(real_root, rel)
        if os.path.isabs(rel) or ".." in Path(rel).parts or "\x00" in rel or \
                os.path.commonpath([real_root, os.path.realpath(full)]) != real_root:
            problems.append(f"{rel!r}: listed path leaves the release; refused, not opened")
            continue
        try:
            mode = os.lstat(full).st_mode
        except FileNotFoundError:
            continue  # reported as missing by the checks below
        if not stat.S_ISREG(mode):
            problems.append(f"{rel}: not a regular file (a link, FIFO or device); refused, not opened")
    for path in (root / "data").rglob("*"):  # nothing unlisted under data/ may be a link either
        if path.is_symlink() or not (path.is_dir() or path.is_file()):
            problems.append(f"{path.relative_to(root)}: a link or special file inside the release")
    return problems


def shard_problems(root: Path, manifest: dict) -> list[str]:
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
        if n != shard.get("rows"):
            problems.append(f"{shard['path']}: {n} rows, manifest says {shard.get('rows')}")
        config, split = config_and_split(shard["path"])
        rows.setdefault(config, {}).setdefault(split, 0)
        rows[config][split] += n
    if not problems and rows != manifest["rows"]:
        problems.append(f"row counts per config/split {rows} differ from the manifest {manifest['rows']}")
    return problems


# what every release has besides its shards; plots and the changelog are checked when listed
REQUIRED_FILES = ("README.md", "DATASHEET.md", "build_config.json")


def file_problems(root: Path, manifest: dict) -> list[str]:
    """The card, datasheet, plots, build config and changelog against manifest.files."""
    files = manifest.get("files", {})
    problems = [f"{name}: no checksum in the manifest (made by an older version, or edited)"
                for name in REQUIRED_FILES if name not in files]
    for rel, sha in sorted(files.items()):
        path = root / rel
        if not path.exists():
            problems.append(f"{rel}: missing")
        elif sha256_file(path) != sha:
            problems.append(f"{rel}: changed since the build (sha256 differs from the manifest)")
    listed = set(files) | {"manifest.json"} | {s["path"] for s in manifest["shards"]}
    folders = {p for rel in listed for p in map(str, Path(rel).parents) if p != "."} | {"data"}
    for path in sorted(root.rglob("*")):  # at any depth: a note slipped into data/ or datasheet/ too
        rel = path.relative_to(root).as_posix()
        if path.is_dir() and not path.is_symlink():
            if rel not in folders:
                problems.append(f"{rel}/: a folder not in the manifest")
        elif rel not in listed and not (rel.startswith("data/") and rel.endswith(".parquet")):
            problems.append(f"{rel}: a file not in the manifest")  # (stray shards: shard_problems says so)
    return problems


def manifest_problems(root: Path, manifest: dict) -> list[str]:
    """The manifest's own fields re-derived from what the release holds: its content hash and byte counts from
    the shards, its config and version from build_config.json (itself checked against manifest.files), its stage
    counts balanced and tied to the rows and rejects stored."""
    from .finish import byte_counts, content_hash

    problems = []
    if manifest.get("content_hash") != content_hash(manifest["shards"]):
        problems.append("manifest content_hash differs from the one its shard list gives (edited?)")
    nbytes = byte_counts(root, manifest["shards"])
    if manifest.get("bytes") != nbytes:
        problems.append(f"byte counts per config/split {nbytes} differ from the manifest {manifest.get('bytes')}")
    try:
        config = json.loads((root / "build_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return problems + [f"build_config.json cannot be read: {e}"]
    if manifest.get("config") != config:
        problems.append("the manifest's config differs from build_config.json (edited?)")
    if manifest.get("version") != (config.get("write") or {}).get("version"):
        problems.append(f"manifest version {manifest.get('version')!r} differs from the build's "
                        f"write.version {(config.get('write') or {}).get('version')!r} (edited?)")
    return problems + stage_problems(manifest)


def stage_problems(manifest: dict) -> list[str]:
    """Stage counts that do not add up, or that disagree with the rows and rejects the release stores."""
    from .finish import stage_count_problems
    from .rejects import StageCounts

    try:
        counts = {name: StageCounts.from_dict(c) for name, c in manifest["stages"].items()}
    except (KeyError, TypeError, AttributeError):
        return ["the manifest's stage counts are missing or malformed (edited?)"]
    problems = [f"stage counts: {p}" for p in stage_count_problems(counts)]
    rows = manifest["rows"]
    stored = sum(rows.get("default", {}).values()) + sum(rows.get("text_only", {}).values())
    if "write" in counts and counts["write"].kept != stored:
        problems.append(f"stage counts: write kept {counts['write'].kept} but the release stores {stored} rows")
    rejected = sum(c.rejected_total for c in counts.values())
    if rejected != sum(rows.get("rejects", {}).values()):
        problems.append(f"stage counts: {rejected} rejected but the rejects config stores "
                        f"{sum(rows.get('rejects', {}).values())} rows")
    return problems


def picture_problems(root: Path, manifest: dict, examples: int = 5) -> list[str]:
    """Every stored picture hashed against its row's image_sha256 (one row group at a time)."""
    bad, count = [], 0
    for shard in manifest["shards"]:
        if config_and_split(shard["path"])[0] != "default":
            continue
        pf = pq.ParquetFile(root / shard["path"])
        for g in range(pf.metadata.num_row_groups):
            table = pf.read_row_group(g, columns=["id", "image", "image_sha256"])
            ids, images, shas = (table.column(c).to_pylist() for c in ("id", "image", "image_sha256"))
            for row_id, image, sha in zip(ids, images, shas):
                if hashlib.sha256((image or {}).get("bytes") or b"").hexdigest() != sha:
                    count += 1
                    if len(bad) < examples:
                        bad.append(row_id)
    return [f"{count} picture(s) whose bytes do not match image_sha256, e.g. {', '.join(bad)}"] if count else []


def leak_problems(root: Path, manifest: dict) -> list[str]:
    """Leaks recomputed from the shards themselves, never taken from the build's own grouping."""
    from .config import DedupConfig
    from .leakage import leakage_report

    dedup_cfg = DedupConfig(**{k: v for k, v in manifest["config"].get("dedup", {}).items()})
    report = leakage_report(root, dedup_cfg)
    return [f"leak: {v['count']} {kind.replace('_', ' ')} shared across splits, e.g. {v['examples'][0]}"
            for kind, v in report.items() if v["count"]]


def article_split_problems(root: Path) -> list[str]:
    """Each article's record in `articles` sits in the split of its rows: a record moved to another split leaks
    the article's text across splits, which the rows alone do not show."""
    splits_of: dict[str, set] = {}
    for config in ("default", "text_only"):
        for path in shards_of(root, config):
            split = config_and_split(path)[1]
            for article in pq.read_table(path, columns=["article_id"]).column("article_id").to_pylist():
                splits_of.setdefault(article, set()).add(split)
    moved = []
    for path in shards_of(root, "articles"):
        split = config_and_split(path)[1]
        moved += [a for a in pq.read_table(path, columns=["article_id"]).column("article_id").to_pylist()
                  if a in splits_of and splits_of[a] != {split}]
    return [f"leak: {len(moved)} article record(s) in another split than their rows, e.g. {', '.join(moved[:3])}"] \
        if moved else []
