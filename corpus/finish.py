"""finish: a written release made whole: invariants checked, manifest, card, datasheet and plots, then
renamed into place by the rules that keep releases immutable."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .config import BuildConfig
from .exit_codes import BuildError
from .phase2 import WriteResult
from .records import Phase1Index
from .rejects import Ledger
from .workspace import Workspace, library_versions, unique_suffix

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    out: Path
    manifest: dict
    ledger: Ledger
    cached_inputs: int = 0
    unchanged: bool = False  # the same version with the same content already existed
    repaired: list[str] = field(default_factory=list)  # what was damaged in that copy, which this build replaced


#: the stages a caption passes through, in order: each sees what the one before kept
CAPTION_CHAIN = ("figures", "pair", "normalize", "filter", "images", "takedown", "dedup", "split", "write")


def check_invariants(ledger: Ledger) -> list[str]:
    return stage_count_problems(ledger.counts)


def stage_count_problems(counts: dict) -> list[str]:
    """seen == kept + rejected per stage, and each stage saw what the previous one kept (`counts`: stage name
    -> StageCounts, from the ledger or read back from a manifest)."""
    from .rejects import unbalanced

    problems = unbalanced(counts)
    for before, after in zip(CAPTION_CHAIN, CAPTION_CHAIN[1:]):
        if before in counts and after in counts and counts[before].kept != counts[after].seen:
            problems.append(f"{after} saw {counts[after].seen} but {before} kept {counts[before].kept}")
    return problems


def make_manifest(cfg: BuildConfig, version: str, index: Phase1Index, result: WriteResult, release: Path,
                  ledger: Ledger) -> dict:
    from .write import shard_inventory

    shards = shard_inventory(release, {s.path.relative_to(release).as_posix(): s.sha256 for s in result.shards})
    nbytes = byte_counts(release, shards)
    from .records import COLUMNS, CONFIGS, SPLITS

    empty = [f"{c}/{s}" for c in CONFIGS if c != "rejects" for s in SPLITS if not result.rows.get(c, {}).get(s)]
    loadable = {c: [s for s in SPLITS if result.rows.get(c, {}).get(s)] for c in CONFIGS}
    loadable = {c: splits for c, splits in loadable.items() if splits}
    return {
        "version": version,
        "package_version": __version__,
        "libraries": library_versions(),
        "config": cfg.to_dict(),
        "inputs": [{"path": i.rel, "sha256": i.sha256} for i in index.inputs],
        "shards": shards,
        "rows": result.rows,
        "bytes": nbytes,
        "empty": empty,
        # why the captions of text_only have no picture (before dedup): remote_not_fetched, missing_file, no_url
        "missing_pictures": dict(sorted(result.missing_pictures.items())),
        # --exclude-ids: ids listed, rows removed, listed ids that matched no row (absent without a list)
        **({"takedown": result.takedown} if result.takedown.get("listed") else {}),
        "schema": hashlib.sha256(json.dumps(COLUMNS, sort_keys=True).encode()).hexdigest()[:16],
        # what load_dataset can open: the configs and splits with rows; the first config is the default
        "loadable": {"default_config": next(iter(loadable), None), "configs": loadable},
        "languages": result.languages,
        "sites": dict(sorted(result.sites.items())),
        "stages": ledger.counts_dict(),
        # what "the same release" means: every row of every config, byte for byte
        "content_hash": content_hash(shards),
    }


def byte_counts(release: Path, shards: list[dict]) -> dict[str, dict[str, int]]:
    """Bytes of the shard files per config and split (the manifest's `bytes`; `corpus verify` re-derives it)."""
    from .write import config_and_split

    nbytes: dict[str, dict[str, int]] = {}
    for shard in shards:
        config, split = config_and_split(shard["path"])
        nbytes.setdefault(config, {}).setdefault(split, 0)
        nbytes[config][split] += (release / shard["path"]).stat().st_size
    return nbytes


def content_hash(shards: list[dict]) -> str:
    """One hash of every shard's path and sha256 (what "the same release" means; `corpus verify` re-derives it)."""
    return hashlib.sha256("".join(f"{s['path']}:{s['sha256']}\n" for s in shards).encode()).hexdigest()


def finish_release(tmp: Path, out: Path, cfg: BuildConfig, version: str, index: Phase1Index,
                   result: WriteResult, ledger: Ledger, previous: Path | None = None,
                   plots=None, overwrite: bool = False) -> BuildReport:
    from .leakage import report_from
    from .publish.card import render_card
    from .publish.datasheet import write_datasheet
    from .release import diff_releases, previous_version_problem, render_changelog
    from .write import check_shards, write_json

    if plots is not None:
        plots.start(tmp, ledger.counts_dict())  # measures and draws while manifest and card are made
    problems = check_invariants(ledger) + check_shards(tmp)
    if problems:
        raise BuildError("the build broke an invariant:\n  " + "\n  ".join(problems), code=3)
    refuse_empty(result, ledger)
    manifest = make_manifest(cfg, version, index, result, tmp, ledger)
    # from the build's own groups; `corpus verify` recomputes it from the shards independently
    manifest["leakage"] = report_from(result.leak_rows, result.clusters.image_cluster,
                                      result.clusters.caption_cluster)
    manifest["groups"] = {"sizes": {str(k): v for k, v in result.group_sizes.items()},
                          "ratios": achieved_ratios(result.rows),
                          # groups moved from train to give an empty validation or test split one
                          "moved_to_fill": result.groups_moved}
    if previous:
        write_json(tmp / "manifest.json", manifest)  # read_release needs it; rewritten below
        diff = diff_releases(previous, tmp)
        problem = previous_version_problem(diff["from"], manifest["version"], diff)
        if problem:
            raise BuildError(problem, code=2)
        (tmp / "CHANGELOG.md").write_text(render_changelog(diff), encoding="utf-8")
        manifest["previous"] = {"version": diff["from"], **{k: len(diff[k]) for k in
                                                            ("added", "removed", "changed", "moved_split")}}
    write_json(tmp / "manifest.json", manifest)
    write_json(tmp / "build_config.json", cfg.to_dict())
    (tmp / "README.md").write_text(render_card(manifest), encoding="utf-8")
    write_datasheet(tmp, manifest, plots)
    # last: checksums of everything besides the shards, so `corpus verify` catches an edited card too
    manifest["files"] = file_checksums(tmp)
    write_json(tmp / "manifest.json", manifest)
    report = BuildReport(out, manifest, ledger, index.cached_inputs)
    report.unchanged = not replace_release(tmp, out, manifest, overwrite, report.repaired)
    return report


def file_checksums(release: Path) -> dict[str, str]:
    """sha256 of every file of a release but its shards and the manifest itself (card, datasheet, plots,
    build config, changelog)."""
    from .write import sha256_file

    return {p.relative_to(release).as_posix(): sha256_file(p) for p in sorted(release.rglob("*"))
            if p.is_file() and p.name != "manifest.json" and p.relative_to(release).parts[0] != "data"}


def refuse_empty(result: WriteResult, ledger: Ledger) -> None:
    """A build that keeps no caption writes no release (and uses up no version): say where it all went."""
    if any(sum(result.rows.get(c, {}).values()) for c in ("default", "text_only")):
        return
    counts = ledger.counts_dict()
    if not counts.get("ingest", {}).get("seen"):
        raise BuildError("no input found in the sources given (no HTML page, WARC, JSON lines or text file); "
                         "no release written", code=2)
    lines = []
    for stage, c in counts.items():
        reasons = ", ".join(f"{r} {n}" for r, n in sorted(c["rejected"].items(), key=lambda kv: -kv[1])[:3])
        lines.append(f"{stage}: {c['seen']} in, {c['kept']} kept" + (f" ({reasons})" if reasons else ""))
    raise BuildError("nothing kept, so no release was written:\n  " + "\n  ".join(lines), code=3)


def remember_shards(ws: Workspace, release: Path, result: WriteResult) -> None:
    """Records where this release's shards are, so the next build can link the unchanged ones."""
    from .write import ShardCache

    written = [(f"data/{s.path.parent.name}/{s.path.name}", s.key, s.sha256) for s in result.shards]
    ShardCache(ws.shard_cache_path()).remember(release, written)


def achieved_ratios(rows: dict) -> dict[str, float]:
    n = {s: rows.get("default", {}).get(s, 0) + rows.get("text_only", {}).get(s, 0)
         for s in ("train", "validation", "test")}
    total = sum(n.values()) or 1
    return {s: round(v / total, 4) for s, v in n.items()}


def replace_release(tmp: Path, out: Path, manifest: dict, overwrite: bool = False,
                    repaired: list[str] | None = None) -> bool:
    """Renames the finished release into place (False: the same intact release was there already). Releases
    are immutable: a version only moves forward, by the CHANGELOG's rules, and an existing version is never
    rewritten (unless overwrite), but a damaged copy of the same content is put right (what was damaged is
    added to `repaired`)."""
    from .release import diff_releases, is_patch_bump, previous_version_problem, release_manifest, version_problem

    old_manifest = out / "manifest.json"
    if out.exists() and any(out.iterdir()) and not old_manifest.exists():
        raise BuildError(f"{out} exists and is not a caption-corpus release; refusing to replace it "
                         "(choose an empty or new --out directory)", code=2)
    if old_manifest.exists() and not overwrite:
        old = release_manifest(out)
        problem = version_problem(old, manifest)
        if not problem and is_patch_bump(old.get("version"), manifest["version"]):
            # as many rows is not the same rows: a patch may not add or remove ids (read only for a patch)
            problem = previous_version_problem(old["version"], manifest["version"], diff_releases(out, tmp))
        if problem:
            raise BuildError(f"{out}: {problem}", code=2)
        if old.get("version") == manifest["version"] and manifest["version"] != "0.0.0" and \
                already_there(out, old, manifest, repaired):
            return False
    if out.exists():
        trash = out.parent / f".{out.name}.old-{unique_suffix()}"
        os.replace(out, trash)
        # a kill here leaves out missing and the old release in trash: restore_aside puts it back
        os.replace(tmp, out)
        shutil.rmtree(trash, ignore_errors=True)
    else:
        os.replace(tmp, out)
    return True


def already_there(out: Path, old: dict, manifest: dict, repaired: list[str] | None) -> bool:
    """The same version again: True when `out` holds this very release, intact (nothing to do); False when it
    holds it damaged (this build's identical copy takes its place, the damage listed in `repaired`); a
    BuildError when it holds other rows or other settings under that version."""
    from .verify import integrity_problems

    config = json.loads(json.dumps(manifest["config"], default=str))  # as the old one was read back
    if old.get("content_hash") == manifest["content_hash"] and old.get("config") == config:
        damage = integrity_problems(out, old)
        if not damage:
            return True
        log.warning("%s holds version %s damaged (%s%s): replaced by this build's identical copy", out,
                    manifest["version"], damage[0], f" and {len(damage) - 1} more" if len(damage) > 1 else "")
        if repaired is not None:
            repaired.extend(damage)
        return False
    if old.get("content_hash") == manifest["content_hash"]:
        changed = sorted(k for k in config if old.get("config", {}).get(k) != config[k])
        raise BuildError(f"{out} already holds version {manifest['version']} with the same rows but other "
                         f"settings ({', '.join(changed) or 'config'}: e.g. the license, which the card "
                         "states); releases are immutable: build with a new --release-version", code=2)
    raise BuildError(f"{out} already holds version {manifest['version']} with other content; "
                     "releases are immutable: build with a new --release-version", code=2)


def restore_aside(out: Path) -> Path | None:
    """After a build killed between its two renames: out is missing and the previous release sits in
    .<out>.old-*; it is renamed back (the newest, when several). Copies set aside beside an existing out
    are deleted. Returns the restored path, if any."""
    aside = sorted(out.parent.glob(f".{out.name}.old-*"), key=lambda p: p.stat().st_mtime)
    restored = None
    if aside and not out.exists() and (aside[-1] / "manifest.json").is_file():
        os.replace(aside.pop(), out)
        restored = out
    for leftover in aside:
        shutil.rmtree(leftover, ignore_errors=True)
    return restored
