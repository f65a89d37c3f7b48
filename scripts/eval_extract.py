"""Score the HTML extractor on the labeled real pages (tests/data/realworld), set by set.

Usage (from the repo root):
    .venv/bin/python scripts/eval_extract.py [--set shared batch-1 ...] [--out preds.jsonl] [--pages]
        [--only PAGE ...] [--json OUT.json] [--hash-classes]

Prints one line per label set (pairs P/R/F1, credits F1, images F1, captions on negative pages) and, with
--pages, what was found and what was labeled on every page. A new batch is scored with this before any
code changes: that first-contact figure goes into docs/extraction.md. With several sets, a last line pools
their pairs. --hash-classes scores the pages with their class names hashed (see hash_classes).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import realworld  # noqa: E402


_CLASS_ATTR = re.compile(rb"(\sclass\s*=\s*)([\"'])(.*?)\2", re.S | re.I)


def hash_classes(page: bytes) -> bytes:
    """The page with every class name replaced by a hash of it ("story-caption" -> "h1a2b3c"), the same name
    by the same hash: how a site built with CSS modules or styled-components shows its markup. Scoring such
    pages measures how much extraction leans on class words, which do not carry over from site to site."""
    def one(name: re.Match) -> bytes:
        return b"h" + hashlib.sha1(name.group(0)).hexdigest()[:6].encode()
    return _CLASS_ATTR.sub(lambda m: m.group(1) + m.group(2) + re.sub(rb"\S+", one, m.group(3)) + m.group(2), page)


def show_pages(rows: list[dict], gt: dict, res: dict) -> None:
    by_page: dict = {}
    for r in rows:
        by_page.setdefault(r["page"], []).append(r)
    for name, page in gt.items():
        c = res["per_page"][name]
        print(f"== {name} [{page.get('kind')}] pairs {c.get('tp_pairs', 0)}/{c.get('gt_pairs', 0)} "
              f"(pred {c.get('pred_pairs', 0)}) credits {c.get('tp_credits', 0)}/{c.get('gt_credits', 0)} "
              f"images {c.get('tp_images', 0)}/{c.get('gt_images', 0)} (pred {c.get('pred_images', 0)})")
        for r in by_page.get(name, []):
            print(f"   found {str(r['src'])[-70:]!s:70} | {str(r['caption'])[:70]} | {r['credit']}")
        print("   ---")
        for g in page["images"]:
            print(f"   label {g['src'][-70:]:70} | {str(g.get('caption'))[:70]} | {g.get('credit')}")


def line(name: str, res: dict, pages: int, refused: int) -> str:
    p, c, i = res["pairs"], res["credits"], res["images"]
    return (f"{name:10} pages {pages:3} refused {refused:2} | pairs P {p['precision']:.3f} R {p['recall']:.3f} "
            f"F1 {p['f1']:.3f} ({p['tp']}/{p['gt']}, pred {p['pred']}) | credits F1 {c['f1']:.3f} | "
            f"images F1 {i['f1']:.3f} | neg captions {res['negatives']['predicted_captions_on_negative_pages']}")


def pooled(results: dict) -> str:
    """Pairs over all the sets scored, counted together (each caption weighs the same, whatever its set)."""
    tp, gt, pred = (sum(r["pairs"][k] for r in results.values()) for k in ("tp", "gt", "pred"))
    neg = sum(r["negatives"]["predicted_captions_on_negative_pages"] for r in results.values())
    p, r = tp / pred if pred else 0.0, tp / gt if gt else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (f"{'all sets':10} {len(results)} sets   | pairs P {p:.3f} R {r:.3f} F1 {f1:.3f} ({tp}/{gt}, pred {pred}) "
            f"| neg captions {neg}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", nargs="*", dest="sets", help="label sets (default: all)")
    ap.add_argument("--out", type=Path, help="write the predictions (JSON lines) here")
    ap.add_argument("--pages", action="store_true", help="print found vs labeled for every page")
    ap.add_argument("--only", nargs="*", help="score and print these pages only")
    ap.add_argument("--json", type=Path, help="write per-set results here")
    ap.add_argument("--hash-classes", action="store_true",
                    help="score the pages with every class name replaced by a hash (a robustness probe: how much "
                         "of the score rests on class words)")
    a = ap.parse_args(argv)
    if a.hash_classes:
        read = realworld.page_bytes
        realworld.page_bytes = lambda name: hash_classes(read(name))
    scorer = realworld.load_scorer()
    out, all_rows, spent, n_pages = {}, [], 0.0, 0
    for name in a.sets or realworld.set_names():
        gt = realworld.load_set(name)
        if a.only:
            gt = {k: v for k, v in gt.items() if k in a.only}
            if not gt:
                continue
        rows, counts, secs, refused = realworld.predict(gt)
        spent, n_pages = spent + secs, n_pages + len(gt)
        all_rows.extend(rows)
        res = scorer.score(gt, rows, per_page=True)
        if a.pages:
            show_pages(rows, gt, res)
        for r in refused:
            print(f"   refused {r}")
        print(line(name, res, len(gt), len(refused)))
        res.pop("per_page")
        out[name] = res
    if len(out) > 1:
        print(pooled(out))
    if a.out:
        a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in all_rows), encoding="utf-8")
    if a.json:
        a.json.write_text(json.dumps(out, indent=1, ensure_ascii=False), encoding="utf-8")
    if spent:
        print(f"{n_pages} pages in {spent:.2f} s = {n_pages / spent:.0f} pages/s (extraction only, in process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
