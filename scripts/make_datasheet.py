#!/usr/bin/env python3
"""Regenerate the repository's DATASHEET.md (and docs/datasheet/*.png) from the demo release.

Builds the bundled demo into a temporary folder with the demo's own config (corpus/demo/demo.toml, as
`corpus build` with no sources does), or takes --release DIR, writes its datasheet, and copies the text
with plot links pointing at docs/datasheet/.
tests/test_datasheet.py fails when the committed DATASHEET.md differs from what this prints.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # run from a checkout without installing

from corpus.publish.datasheet import write_datasheet  # noqa: E402
from corpus.publish.plots import PLOT_DIR  # noqa: E402

DOCS_PLOTS = "docs/datasheet"


def build_demo(out: Path, cache_dir: Path) -> Path:
    """The demo release from the bundled sources (their folders only, not the package's own files)."""
    from corpus.config import load_config
    from corpus.demo import demo_config, source_dirs
    from corpus.pipeline import build

    build([str(d) for d in source_dirs()], out, load_config(demo_config()), cache_dir=cache_dir)
    return out


def relinked(text: str) -> str:
    """The release's plot links (datasheet/x.png) as seen from the repository root."""
    return text.replace(f"]({PLOT_DIR}/", f"]({DOCS_PLOTS}/")


def regenerate(release: Path) -> tuple[str, list[Path]]:
    """(DATASHEET.md text for the repository, plot files) of a built release."""
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    write_datasheet(release, manifest)  # idempotent: same release, same bytes
    text = relinked((release / "DATASHEET.md").read_text(encoding="utf-8"))
    return text, sorted((release / PLOT_DIR).glob("*.png"))


def demo_datasheet(work: Path) -> tuple[str, list[Path]]:
    return regenerate(build_demo(work / "release", work / "cache"))


def install(text: str, plots: list[Path], repo: Path) -> None:
    repo.mkdir(parents=True, exist_ok=True)  # a new folder (to compare with the committed one) is made
    (repo / "DATASHEET.md").write_text(text, encoding="utf-8")
    target = repo / DOCS_PLOTS
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.png"):
        old.unlink()
    for plot in plots:
        shutil.copyfile(plot, target / plot.name)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--release", type=Path, help="a built release (default: build the demo in a temp dir)")
    ap.add_argument("--repo", type=Path, default=REPO, help="where DATASHEET.md and docs/datasheet/ go")
    args = ap.parse_args()
    # found before the demo is built (a minute): what would otherwise end in a traceback after it
    if args.release and not (args.release / "manifest.json").is_file():
        ap.error(f"--release {args.release} is not a caption-corpus release (no manifest.json)")
    blocker = next((p for p in (args.repo, *args.repo.absolute().parents) if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        ap.error(f"--repo {args.repo}: {blocker} is a file, not a folder")
    with tempfile.TemporaryDirectory() as work:
        if args.release:
            text, plots = regenerate(args.release)
        else:
            text, plots = demo_datasheet(Path(work))
        install(text, plots, args.repo)
    print(f"wrote {args.repo / 'DATASHEET.md'} and {len(plots)} plots in {args.repo / DOCS_PLOTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
