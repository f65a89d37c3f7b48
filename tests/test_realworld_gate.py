"""Regression gate over the labeled real pages of tests/data/realworld.

The pages and labels ship with the repository, so this gate never skips: missing data fails it. Each label
set has its own floors (pairs F1 and precision, credits F1, images F1, captions on negative pages), and
the digest of pages, labels and scorer is pinned so that a changed page or label cannot pass silently.
These are regression floors on pages the extractor was developed against; they say nothing about unseen
sites (docs/extraction.md has the first-contact figures).
"""
import json
from pathlib import Path

import pytest

import realworld

FLOORS = json.loads((Path(__file__).parent / "realworld_floors.json").read_text())
SETS = sorted(FLOORS["sets"])


def test_data_is_present_and_pinned():
    assert realworld.LABELS.is_dir() and realworld.PAGES.is_dir(), f"labeled pages missing under {realworld.DATA}"
    assert sorted(realworld.set_names()) == SETS, "every label set needs floors in realworld_floors.json"
    assert realworld.digest() == FLOORS["digest"], (
        "pages, labels or scorer changed: re-score every set and update the digest and floors deliberately")


def test_every_labeled_page_exists():
    for name in SETS:
        for page in realworld.load_set(name):
            assert (realworld.PAGES / page).is_file(), f"{name}: {page} missing"


@pytest.fixture(scope="module")
def results():
    scorer = realworld.load_scorer()
    out = {}
    for name in SETS:
        gt = realworld.load_set(name)
        rows, counts, _, _ = realworld.predict(gt)
        figures = counts["figures"]
        assert figures["seen"] == figures["kept"] + sum(figures["rejected"].values())
        out[name] = scorer.score(gt, rows)
    return out


@pytest.mark.parametrize("name", SETS)
def test_set_above_its_floors(results, name):
    floor, res = FLOORS["sets"][name], results[name]
    assert res["pairs"]["f1"] >= floor["pairs_f1"], res["pairs"]
    assert res["pairs"]["precision"] >= floor["pairs_precision"], res["pairs"]
    assert res["credits"]["f1"] >= floor["credits_f1"], res["credits"]
    assert res["images"]["f1"] >= floor["images_f1"], res["images"]
    assert res["negatives"]["predicted_captions_on_negative_pages"] <= floor["negative_captions_max"]
