"""stats: kept/rejected per stage and reason of a release, with example rejects (read with pyarrow)."""
from __future__ import annotations

import json
from pathlib import Path

from .release import read_shard, release_manifest


def example_rejects(root: Path, per_reason: int) -> dict[tuple[str, str], list[dict]]:
    """(stage, reason) -> the first rejects of that reason in that stage (internal_error is a reason of
    several stages: each shows its own)."""
    examples: dict[tuple[str, str], list[dict]] = {}
    for path in sorted((root / "data" / "rejects").glob("*.parquet")):
        for row in read_shard(root, path, ["stage", "reason", "source", "detail"]).to_pylist():
            bucket = examples.setdefault((row.pop("stage"), row["reason"]), [])
            if len(bucket) < per_reason:
                bucket.append(row)
    return examples


def ordered(stages: dict) -> list[str]:
    """Stages in pipeline order (the manifest's JSON keys are sorted alphabetically)."""
    from .rejects import STAGES

    return [s for s in STAGES if s in stages] + sorted(set(stages) - set(STAGES))


def print_stats(root: Path, per_reason: int = 3, as_json: bool = False) -> None:
    """The release's rows and per-stage funnel, as a table or as one JSON object (for scripts)."""
    manifest = release_manifest(Path(root))
    examples = example_rejects(Path(root), per_reason)
    if as_json:
        stages = {name: {**manifest["stages"][name], "examples": {r: examples.get((name, r), []) for r in
                                                                    manifest["stages"][name]["rejected"]}}
                  for name in ordered(manifest["stages"])}
        print(json.dumps({"version": manifest["version"], "rows": manifest["rows"], "stages": stages,
                          "missing_pictures": manifest.get("missing_pictures", {})}, ensure_ascii=False, indent=1))
        return
    print(f"release {manifest['version']}: rows {manifest['rows']}")
    print("\n".join(stage_table(manifest["stages"], examples)))


def stage_table(stages: dict, examples: dict[tuple[str, str], list[dict]] | None = None) -> list[str]:
    """seen / kept / rejected per stage with its reasons (and example rejects when given)."""
    lines = [f"{'stage':<10} {'seen':>8} {'kept':>8} {'rejected':>9}  balanced"]
    for stage in ordered(stages):
        c = stages[stage]
        rejected = sum(c["rejected"].values())
        ok = "yes" if c["seen"] == c["kept"] + rejected else "NO"
        lines.append(f"{stage:<10} {c['seen']:>8} {c['kept']:>8} {rejected:>9}  {ok}")
        for reason, n in sorted(c["rejected"].items(), key=lambda kv: -kv[1]):
            lines.append(f"    {reason}: {n}")
            shown = (examples or {}).get((stage, reason), [])
            lines += [f"        {ex['source']}  {ex['detail'][:100]}" for ex in shown]
    return lines
