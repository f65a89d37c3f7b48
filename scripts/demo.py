#!/usr/bin/env python3
"""Build the demo release from the bundled sources into build/demo/, load it back with
datasets.load_dataset and print a short summary (the README's first command)."""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from corpus.cli import main as corpus_main

REPO = Path(__file__).resolve().parents[1]


def load_and_summarize(out: Path) -> None:
    import datasets

    datasets.logging.set_verbosity_error()
    datasets.disable_progress_bars()
    with tempfile.TemporaryDirectory() as cache:  # a fresh cache: datasets' cache ignores rebuilt files
        for config in ("default", "text_only", "articles", "rejects"):
            try:
                ds = datasets.load_dataset(str(out), config, cache_dir=cache)
            except ValueError as e:
                print(f"{config}: not in this release ({e})")
                continue
            print(f"{config}: " + ", ".join(f"{split}={len(ds[split])}" for split in ds))
            if config == "default":
                show_sample(ds["train"][0])


def show_sample(row: dict) -> None:
    print("  one sample:")
    print(f"    caption: {row['caption']}")
    print(f"    credit:  {row['credit']}")
    print(f"    before:  {' | '.join(p[:90] for p in row['context_before'])}")
    print(f"    after:   {' | '.join(p[:90] for p in row['context_after'])}")
    print(f"    image:   {row['image'].size[0]}x{row['image'].size[1]} {row['image'].mode}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=REPO / "build" / "demo")
    args = ap.parse_args()
    code = corpus_main(["build", "--out", str(args.out), "--cache-dir", str(REPO / "build" / "cache")])
    if code != 0:
        return code
    load_and_summarize(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
