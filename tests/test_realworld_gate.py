"""Gate over the real pages in ../shared/realworld: the scorer's numbers must stay above pinned floors."""
import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

from corpus.config import ExtractConfig
from corpus.extract import NotArticle
from corpus.extract.html import extract_html, figure_rows
from corpus.records import RawDoc, SourceRef
from corpus.rejects import Ledger

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld"
FLOORS = json.loads((Path(__file__).parent / "realworld_floors.json").read_text())

pytestmark = pytest.mark.skipif(not (REALWORLD / "score_captions.py").exists(),
                                reason=f"real pages not found at {REALWORLD} (shared material absent)")


@pytest.fixture(scope="module")
def result():
    spec = importlib.util.spec_from_file_location("score_captions", REALWORLD / "score_captions.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gt = scorer.load_gt(str(REALWORLD / "labels.json"))
    rows, ledger = [], Ledger()
    for name, label in gt.items():
        content = (REALWORLD / "pages" / name).read_bytes()
        doc = RawDoc(SourceRef(name, sha256=hashlib.sha256(content).hexdigest()), "html", content,
                     url=label.get("url"))
        try:
            rows.extend(figure_rows(extract_html(doc, ExtractConfig(), ledger), name))
        except NotArticle:
            continue
    assert not ledger.unbalanced()
    return scorer.score(gt, rows)


def test_pairs(result):
    assert result["pairs"]["f1"] >= FLOORS["pairs_f1"], result["pairs"]
    assert result["pairs"]["precision"] >= FLOORS["pairs_precision"], result["pairs"]


def test_credits(result):
    assert result["credits"]["f1"] >= FLOORS["credits_f1"], result["credits"]


def test_images(result):
    assert result["images"]["f1"] >= FLOORS["images_f1"], result["images"]


def test_no_caption_on_negative_pages(result):
    got = result["negatives"]["predicted_captions_on_negative_pages"]
    assert got <= FLOORS["negative_captions_max"]
