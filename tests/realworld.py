"""The labeled real pages of tests/data/realworld: label sets, the scorer, predictions, a digest.

Used by the regression gate (tests/test_realworld_gate.py) and by scripts/eval_extract.py. Each label
set is one file of labels/ (the 37 pages of the first development set, then the batches added since);
pages live gzipped in pages/, as their source repositories store them.
"""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import re
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "realworld"
PAGES = DATA / "pages"
LABELS = DATA / "labels"


def set_names() -> list[str]:
    """Label sets in the order they were added: shared, batch-1, batch-2, ..."""
    names = [p.stem for p in LABELS.glob("*.json") if re.fullmatch(r"shared|batch-\d+", p.stem)]
    return sorted(names, key=lambda n: (n != "shared", int(n.split("-")[1]) if n.startswith("batch-") else 0))


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_captions", DATA / "score_captions.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def load_set(name: str) -> dict:
    """{page file name: label} of one set; pages labeled "not-article" are left out (nothing to score)."""
    pages = json.loads((LABELS / f"{name}.json").read_text(encoding="utf-8"))
    return {p["page"]: p for p in pages if p.get("kind") != "not-article"}


def page_bytes(name: str) -> bytes:
    data = (PAGES / name).read_bytes()
    return gzip.decompress(data) if name.endswith(".gz") else data


def predict(gt: dict) -> tuple[list[dict], dict, float, list[str]]:
    """Prediction rows for every labeled page, the figures ledger counts, seconds spent in extraction
    and the pages the extractor refused as no article (with the reason)."""
    from corpus.config import ExtractConfig
    from corpus.extract import NotArticle
    from corpus.extract.html import extract_html, figure_rows
    from corpus.records import RawDoc, SourceRef
    from corpus.rejects import Ledger

    rows, ledger, spent, refused = [], Ledger(), 0.0, []
    cfg = ExtractConfig()
    for name, label in gt.items():
        content = page_bytes(name)
        doc = RawDoc(SourceRef(name, sha256=hashlib.sha256(content).hexdigest()), "html", content,
                     url=label.get("url"))
        t0 = time.perf_counter()
        try:
            article = extract_html(doc, cfg, ledger)
        except NotArticle as e:
            refused.append(f"{name}: {e.reason.value} ({e.detail})")
            continue
        except Exception as e:  # noqa: BLE001 - a build rejects such a page as an internal error: scored so
            refused.append(f"{name}: internal error ({type(e).__name__}: {e})")
            continue
        finally:
            spent += time.perf_counter() - t0
        rows.extend(figure_rows(article, name))
    return rows, ledger.counts_dict(), spent, refused


def digest() -> str:
    """sha256 over every page and label file (names and bytes), so the gate knows its data."""
    h = hashlib.sha256()
    labels = [LABELS / f"{n}.json" for n in set_names()]
    for path in sorted([*PAGES.iterdir(), *labels, DATA / "score_captions.py"]):
        h.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()
