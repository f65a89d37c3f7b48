"""Copy real news pages from a fetched mirror of flairNLP/fundus into tests/data/realworld, in batches.

The pages are the publishers' HTML as fundus stores it for its parser tests (gzip, byte for byte);
this script picks the newest page of each publisher, deals them into labeling batches and writes the
SOURCES table (repository, commit, path, licence, article URL, sha256 of the page bytes).

Usage:
    python scripts/import_realworld_pages.py MIRROR_GIT_DIR [--out tests/data/realworld] [--batches 4]
        [--german 16] [--seed 14]
    python scripts/import_realworld_pages.py MIRROR_GIT_DIR --add-batch 5 --keys de/Bild de/ZDF ...
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import subprocess
from pathlib import Path

TEST_DATA = "tests/resources/parser/test_data"
REPO_NAME = "flairNLP/fundus"
LICENCE = "MIT"


def git(mirror: Path, *args: str) -> bytes:
    return subprocess.run(["git", "--git-dir", str(mirror), *args], check=True, capture_output=True).stdout


def newest_per_publisher(paths: list[str]) -> dict[str, str]:
    """{country/Publisher: path of its newest page} (file names end in _YYYY_MM_DD.html.gz)."""
    out: dict[str, str] = {}
    for p in sorted(paths):
        m = re.match(rf"{TEST_DATA}/(\w+)/(\w+?)_(\d{{4}}_\d\d_\d\d)\.html\.gz$", p)
        if m:
            out[f"{m.group(1)}/{m.group(2)}"] = p  # sorted: the last date wins
    return out


def choose(pubs: dict[str, str], german: int, seed: int) -> list[str]:
    """Every publisher outside Germany, and `german` of the German ones (the German folder is 30% of all)."""
    rng = random.Random(seed)
    de = sorted(k for k in pubs if k.startswith("de/"))
    return sorted(k for k in pubs if not k.startswith("de/")) + sorted(rng.sample(de, german))


def deal(keys: list[str], batches: int, seed: int) -> list[list[str]]:
    """Shuffle within each country, then deal round-robin so every batch mixes languages."""
    rng = random.Random(seed)
    by_country: dict[str, list[str]] = {}
    for k in keys:
        by_country.setdefault(k.split("/")[0], []).append(k)
    order = []
    for country in sorted(by_country):
        group = by_country[country]
        rng.shuffle(group)
        order.extend(group)
    out: list[list[str]] = [[] for _ in range(batches)]
    offset = rng.randrange(batches)
    for i, k in enumerate(order):
        out[(i + offset) % batches].append(k)
    return out


def add_batch(a, mirror: Path, commit: str, pubs: dict[str, str], number: int, keys: list[str]) -> None:
    """Append one batch (newest page of each named publisher, or a named path) to pages/, batches.json and
    SOURCES.md, leaving the earlier batches as they are."""
    plan = json.loads((a.out / "batches.json").read_text(encoding="utf-8"))
    lines = (a.out / "SOURCES.md").read_text(encoding="utf-8").split("\n")
    at = max(i for i, line in enumerate(lines) if line.startswith("| ") and "flairNLP/fundus" in line) + 1
    new_rows, meta_cache = [], {}
    for key in keys:
        path = key if key.startswith(TEST_DATA) else pubs[key]
        country, file = path.split("/")[-2], path.rsplit("/", 1)[1]
        if country not in meta_cache:
            meta_cache[country] = json.loads(git(mirror, "show", f"HEAD:{TEST_DATA}/{country}/meta.info"))
        data = git(mirror, "show", f"HEAD:{path}")
        name = f"{country}-{file}"
        (a.out / "pages" / name).write_bytes(data)
        url = meta_cache[country][file]["url"]
        last = git(mirror, "log", "-1", "--format=%H", "--", path).decode().strip()
        sha = hashlib.sha256(gzip.decompress(data)).hexdigest()
        plan.setdefault(f"batch-{number}", []).append({"page": name, "url": url})
        new_rows.append(f"| {number} | {name} | {REPO_NAME} | `{last[:12]}` | `{path}` | {LICENCE} | {url} | `{sha}` |")
    lines[at:at] = new_rows
    (a.out / "batches.json").write_text(json.dumps(plan, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (a.out / "SOURCES.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(keys)} pages added as batch {number}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mirror", type=Path, help="git directory of a fundus mirror")
    ap.add_argument("--out", type=Path, default=Path("tests/data/realworld"))
    ap.add_argument("--batches", type=int, default=4)
    ap.add_argument("--german", type=int, default=16)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--add-batch", type=int, metavar="N", help="append batch N: the publishers (country/Name) or "
                    "fixture paths given with --keys, the earlier batches left as they are")
    ap.add_argument("--keys", nargs="*", default=[])
    a = ap.parse_args(argv)
    commit = git(a.mirror, "rev-parse", "HEAD").decode().strip()
    paths = git(a.mirror, "ls-tree", "-r", "--name-only", "HEAD", TEST_DATA).decode().split("\n")
    pubs = newest_per_publisher(paths)
    if a.add_batch:
        add_batch(a, a.mirror, commit, pubs, a.add_batch, a.keys)
        return 0
    batches = deal(choose(pubs, a.german, a.seed), a.batches, a.seed)
    (a.out / "pages").mkdir(parents=True, exist_ok=True)
    rows, plan = [], {}
    meta_cache: dict[str, dict] = {}
    for n, keys in enumerate(batches, 1):
        for key in sorted(keys):
            path = pubs[key]
            country = key.split("/")[0]
            if country not in meta_cache:
                meta_cache[country] = json.loads(git(a.mirror, "show", f"HEAD:{TEST_DATA}/{country}/meta.info"))
            data = git(a.mirror, "show", f"HEAD:{path}")
            name = f"{country}-{path.rsplit('/', 1)[1]}"
            (a.out / "pages" / name).write_bytes(data)
            url = meta_cache[country][path.rsplit("/", 1)[1]]["url"]
            last = git(a.mirror, "log", "-1", "--format=%H", "--", path).decode().strip()
            sha = hashlib.sha256(gzip.decompress(data)).hexdigest()
            rows.append((n, name, path, last, url, sha))
            plan.setdefault(f"batch-{n}", []).append({"page": name, "url": url})
    (a.out / "batches.json").write_text(json.dumps(plan, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    lines = [f"# Real pages of the development set (batches 1-{a.batches})", "",
             f"Pages copied byte for byte (still gzipped, as stored) from `{REPO_NAME}` at `{commit}`, licence "
             f"{LICENCE} (the repository's; the page contents are the publishers' material, kept as test data "
             "only). `sha256` is of the page after gunzip, `commit` the last commit touching the path.", "",
             "| batch | page | repository | commit | path | licence | article URL | sha256 |",
             "|---|---|---|---|---|---|---|---|"]
    for n, name, path, last, url, sha in rows:
        lines.append(f"| {n} | {name} | {REPO_NAME} | `{last[:12]}` | `{path}` | {LICENCE} | {url} | `{sha}` |")
    (a.out / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} pages in {len(batches)} batches -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
