"""Run the HTML extractor over the real pages, write predictions JSONL and print what was found and missed.

Usage (from the repo root):
    .venv/bin/python scripts/eval_extract.py [--pages DIR] [--labels labels.json] [--out preds.jsonl] [--quiet]
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from corpus.config import ExtractConfig  # noqa: E402
from corpus.extract import NotArticle  # noqa: E402
from corpus.extract.html import extract_html, figure_rows  # noqa: E402
from corpus.records import RawDoc, SourceRef  # noqa: E402
from corpus.rejects import Ledger  # noqa: E402

SHARED = REPO.parent / "shared" / "realworld"


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_captions", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def predict(pages: Path, labels: dict) -> tuple[list[dict], dict, float]:
    """Prediction rows for every page of pages/, the ledger counts and the extraction seconds."""
    rows, ledger, spent = [], Ledger(), 0.0
    for path in sorted(pages.iterdir()):
        if not path.is_file():
            continue
        content = path.read_bytes()
        doc = RawDoc(SourceRef(path.name, sha256=hashlib.sha256(content).hexdigest()), "html", content,
                     url=(labels.get(path.name) or {}).get("url"))
        t0 = time.perf_counter()
        try:
            article = extract_html(doc, ExtractConfig(), ledger)
        except NotArticle as e:
            spent += time.perf_counter() - t0
            print(f"{path.name}: not an article ({e.reason.value}: {e.detail})")
            continue
        spent += time.perf_counter() - t0
        rows.extend(figure_rows(article, path.name))
    return rows, ledger.counts_dict(), spent


def report(rows: list[dict], gt: dict, scorer, quiet: bool) -> dict:
    res = scorer.score(gt, rows, per_page=True)
    if not quiet:
        by_page: dict = {}
        for r in rows:
            by_page.setdefault(r["page"], []).append(r)
        for name, page in gt.items():
            c = res["per_page"][name]
            print(f"== {name} [{page.get('kind')}] pairs {c.get('tp_pairs', 0)}/{c.get('gt_pairs', 0)} "
                  f"(pred {c.get('pred_pairs', 0)}) credits {c.get('tp_credits', 0)}/{c.get('gt_credits', 0)} "
                  f"images {c.get('tp_images', 0)}/{c.get('gt_images', 0)} (pred {c.get('pred_images', 0)})")
            for r in by_page.get(name, []):
                print(f"   found {str(r['src'])[-60:]!s:60} | {str(r['caption'])[:60]} | {r['credit']}")
            print("   ---")
            for g in page["images"]:
                print(f"   label {g['src'][-60:]:60} | {str(g.get('caption'))[:60]} | {g.get('credit')}")
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=SHARED / "pages")
    ap.add_argument("--labels", type=Path, default=SHARED / "labels.json")
    ap.add_argument("--scorer", type=Path, default=None, help="score_captions.py (default: beside labels)")
    ap.add_argument("--out", type=Path, default=Path("preds.jsonl"))
    ap.add_argument("--quiet", action="store_true", help="summary only")
    ap.add_argument("--only", nargs="*", help="print these pages only")
    a = ap.parse_args(argv)
    scorer = load_scorer(a.scorer or a.labels.parent / "score_captions.py")
    gt = scorer.load_gt(str(a.labels))
    rows, counts, spent = predict(a.pages, gt)
    with a.out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    res = report(rows, {k: v for k, v in gt.items() if not a.only or k in a.only}, scorer, a.quiet)
    res.pop("per_page", None)
    print(json.dumps(res, indent=1, ensure_ascii=False))
    print(f"figures stage: {counts['figures']}")
    n = sum(1 for p in a.pages.iterdir() if p.is_file())
    print(f"{n} pages in {spent:.3f} s = {n / spent:.0f} pages/s (extraction only, one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
