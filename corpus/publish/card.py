"""The dataset card README.md: YAML metadata generated from the written data, then prose."""
from __future__ import annotations

import yaml

from ..records import CONFIGS, FEATURES, SPLITS


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "n>10M"


def card_metadata(manifest: dict) -> dict:
    """The YAML front matter; configs/splits with no rows are left out (datasets refuses them)."""
    counts = manifest["rows"]
    wcfg = manifest["config"]["write"]
    meta = {"license": wcfg["license"]}
    if wcfg["license"] == "other" and wcfg.get("license_name"):
        meta["license_name"] = wcfg["license_name"]
    meta.update({
        "pretty_name": wcfg["pretty_name"],
        "task_categories": ["image-to-text"],
        "task_ids": ["image-captioning"],
        "language": manifest.get("languages") or ["en"],
        "size_categories": [size_category(sum(counts.get("default", {}).values()))],
        "tags": ["news", "image-captioning", "caption-corpus"],
        "configs": [],
        "dataset_info": [],
    })
    for config in CONFIGS:
        splits = {s: n for s, n in counts.get(config, {}).items() if n}
        if not splits:
            continue
        order = [s for s in (*SPLITS, "train") if s in splits]
        order = list(dict.fromkeys(order))
        entry = {"config_name": config,
                 "data_files": [{"split": s, "path": f"data/{config}/{s}-*.parquet"} for s in order]}
        if config == "default":
            entry["default"] = True
        meta["configs"].append(entry)
        meta["dataset_info"].append({
            "config_name": config,
            "features": FEATURES[config]._to_yaml_list(),
            "splits": [{"name": s, "num_bytes": manifest["bytes"][config][s], "num_examples": splits[s]}
                       for s in order],
            "download_size": sum(manifest["bytes"][config].values()),
            "dataset_size": sum(manifest["bytes"][config].values()),
        })
    return meta


def render_card(manifest: dict, body: str = "") -> str:
    front = yaml.safe_dump(card_metadata(manifest), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n\n{body or default_body(manifest)}"


def default_body(manifest: dict) -> str:
    wcfg = manifest["config"]["write"]
    lines = [f"# {wcfg['pretty_name']}", "",
             f"Version {manifest['version']}, built by caption-corpus {manifest['package_version']}.", "",
             "## Rows", "", "| config | split | rows |", "|---|---|---|"]
    for config, splits in manifest["rows"].items():
        for split, n in splits.items():
            lines.append(f"| {config} | {split} | {n} |")
    empty = manifest.get("empty", [])
    if empty:
        lines += ["", "Left out because they hold no rows: " + ", ".join(empty) + "."]
    lines += ["", "## Loading", "", "```python", "from datasets import load_dataset",
              'ds = load_dataset("path/to/this/folder")          # image-caption pairs',
              'text = load_dataset("path/to/this/folder", "text_only")',
              "```", ""]
    return "\n".join(lines)
