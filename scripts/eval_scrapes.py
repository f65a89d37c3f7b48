"""Score `corpus extract` on a folder of plain-text scrapes against hand labels.

Usage (from the repo root):
    .venv/bin/python scripts/eval_scrapes.py DIR [DIR ...] [--verbose]
Each DIR holds the scrapes (*.txt, or a scrapes/ folder of them), labels.json ({file: [caption, ...]},
each caption once, in order, without its credit), optionally credits.json ({file: [credit or null]}) and
images.json ({file: [picture address or null]}, aligned with the labels: a found caption's picture agrees when the
row's src is that address, or both are null).
Captions match when their normalised text is equal (NFKC, case, white space, punctuation at the ends)
or their token F1 is >= 0.9, as the shared scorer's score_textdump counts them.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W_]+")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").replace("\u200b", "")
    return " ".join(text.split()).casefold().strip(" .,;:!?\"'“”‘’()[]—–-")


def _shared_label_re() -> re.Pattern:
    """The shared scorer's own pattern for a credit's common leading label ("Foto:", "Photo by", "Bild:"), which it
    strips on both sides: LABELING.md keeps a visible label in the credit, and a credit labelled with or without it
    matches."""
    spec = importlib.util.spec_from_file_location("score_captions", REPO / "tests/data/realworld/score_captions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.LABEL_RE


_LABEL = _shared_label_re()


def _credits_agree(have: str, want: str) -> bool:
    """The credit found is the labelled one, or part of it, with or without a common leading label."""
    return norm(have) in norm(want) or bool(norm(_LABEL.sub("", have))) and \
        norm(_LABEL.sub("", have)) in norm(_LABEL.sub("", want))


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(_TOKEN.findall(norm(a))), Counter(_TOKEN.findall(norm(b)))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def same_caption(a: str, b: str) -> bool:
    return bool(norm(a)) and (norm(a) == norm(b) or token_f1(a, b) >= 0.9)


def extract(files: list[Path]) -> dict[str, list[dict]]:
    """`corpus extract` rows per file name, as a user runs it."""
    out = subprocess.run([sys.executable, "-m", "corpus.cli", "extract", *map(str, files)], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    rows: dict[str, list[dict]] = {}
    for line in out.splitlines():
        row = json.loads(line)
        if row["caption"] is not None:  # a picture shown with only its credit: no caption predicted
            rows.setdefault(row["page"], []).append(row)
    return rows


def score(folder: Path, verbose: bool = False) -> dict:
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    credits_path = folder / "credits.json"
    credits = json.loads(credits_path.read_text(encoding="utf-8")) if credits_path.exists() else {}
    images_path = folder / "images.json"
    images = json.loads(images_path.read_text(encoding="utf-8")) if images_path.exists() else None
    base = folder / "scrapes" if (folder / "scrapes").is_dir() else folder
    rows = extract([base / name for name in sorted(labels)])
    tp = npred = ngt = credit_ok = credit_n = picture_ok = picture_n = 0
    for name, gold in labels.items():
        got = rows.get(name, [])
        npred, ngt = npred + len(got), ngt + len(gold)
        used: set[int] = set()
        for row in got:
            j = next((j for j, g in enumerate(gold) if j not in used and same_caption(row["caption"], g)), None)
            if j is None:
                if verbose:
                    print(f"  {name}: extra   {row['caption'][:110]!r}")
                continue
            used.add(j)
            tp += 1
            if name in credits:
                want, have = credits[name][j], row["credit"]
                credit_n += 1
                agree = (not want and not have) or bool(want and have and _credits_agree(have, want))
                credit_ok += agree
                if verbose and not agree:
                    print(f"  {name}: credit  {have!r} for {gold[j][:60]!r}, labelled {want!r}")
            if images is not None and name in images:
                picture_n += 1
                picture_ok += images[name][j] == row["src"]
                if verbose and images[name][j] != row["src"]:
                    print(f"  {name}: picture {row['src']!r} for {gold[j][:60]!r}, labelled {images[name][j]!r}")
        for j, g in enumerate(gold):
            if j not in used and verbose:
                print(f"  {name}: missed  {g[:110]!r}")
    p, r = tp / npred if npred else 1.0, tp / ngt if ngt else 1.0
    pictures = {"pictures_agree": f"{picture_ok}/{picture_n}"} if images is not None else {}
    return {"folder": str(folder), "files": len(labels), "captions": ngt, "predicted": npred, "tp": tp,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "credits_agree": f"{credit_ok}/{credit_n}", **pictures}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--verbose", action="store_true",
                    help="list every missed and extra caption, and each credit or picture that disagrees")
    a = ap.parse_args(argv)
    for folder in a.folders:
        print(json.dumps(score(folder, a.verbose), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
