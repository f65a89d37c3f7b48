"""Every code example of a generated dataset card runs, on four kinds of release: the demo, one without
pictures, one without text-only rows and one without rejects.

Examples that need PyTorch run where torch is installed (the `[train]` environment of `.ci/run` sets
REQUIRE_TORCH=1, which turns a missing torch into a failure instead of a skip).
"""
from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from corpus.cli import main as corpus_main

PARAGRAPH = ("<p>Paragraph {n}: the harbour committee met again on Monday to weigh the repairs, and the "
             "fishermen said the quay had lost another stretch of its stone facing in the gale.</p>")
PAGE = ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Harbour repairs</title>"
        "<link rel='canonical' href='https://gazette.example/{slug}.html'></head><body><article>"
        "<h1>Harbour repairs</h1><div class='story'>{body}</div></article></body></html>")
HAS_TORCH = importlib.util.find_spec("torch") is not None


def photo(seed: int) -> bytes:
    im = Image.effect_noise((320, 240), 30 + seed).convert("RGB")
    im = Image.merge("RGB", (im.getchannel(0), Image.linear_gradient("L").resize((320, 240)).rotate(seed * 40),
                             im.getchannel(2)))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def saved_page(root: Path, slug: str, figures: list[tuple[str, str]], extra: str = "") -> None:
    """root/slug.html; a figure's src under slug_files/ gets a real picture, an http src stays remote."""
    files = root / f"{slug}_files"
    files.mkdir(parents=True, exist_ok=True)
    parts = []
    for n, (src, caption) in enumerate(figures):
        if not src.startswith("http"):
            (root / src).write_bytes(photo(n + len(slug)))
        parts += [PARAGRAPH.format(n=n), f"<figure><img src='{src}'><figcaption>{caption}</figcaption></figure>"]
    parts += [PARAGRAPH.format(n=len(figures)), extra]
    (root / f"{slug}.html").write_text(PAGE.format(slug=slug, body="\n".join(parts)), encoding="utf-8")


def build(root: Path, out: Path) -> Path:
    assert corpus_main(["build", str(root), "--out", str(out), "--cache-dir", str(out.parent / "cache"),
                        "--no-progress"]) == 0
    return out


@pytest.fixture(scope="module")
def releases(tmp_path_factory, demo_release) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("shapes")
    captions = ["Fishing boats wait in the harbour at dawn", "The quay wall after the second storm",
                "Volunteers carry sandbags to the lifeboat station"]
    nopics = base / "nopics"
    for i in range(3):
        saved_page(nopics, f"remote{i}", [(f"https://cdn.example/p{i}-{n}.jpg", f"{c} ({i})")
                                          for n, c in enumerate(captions)])
    matched = base / "matched"
    for i in range(3):
        saved_page(matched, f"local{i}", [(f"local{i}_files/p{n}.jpg", f"{c}, day {i}")
                                          for n, c in enumerate(captions)],
                   extra="<div class='share'><img src='/icons/share.svg'></div>")
    clean = base / "clean"
    saved_page(clean, "clean", [(f"clean_files/p{n}.jpg", c) for n, c in enumerate(captions)])
    out = {"demo": demo_release, "no_pictures": build(nopics, base / "rel-nopics"),
           "no_text_only": build(matched, base / "rel-matched"), "no_rejects": build(clean, base / "rel-clean")}
    return out


def test_the_four_shapes_are_what_their_names_say(releases):
    rows = {name: json.loads((rel / "manifest.json").read_text())["rows"] for name, rel in releases.items()}
    assert sum(rows["no_pictures"].get("default", {}).values()) == 0
    assert sum(rows["no_pictures"]["text_only"].values()) > 0
    assert sum(rows["no_text_only"].get("text_only", {}).values()) == 0
    assert sum(rows["no_text_only"]["default"].values()) > 0
    assert sum(rows["no_rejects"].get("rejects", {}).values()) == 0
    assert all(sum(rows["demo"][c].values()) > 0 for c in ("default", "text_only", "articles", "rejects"))


def snippets(release: Path) -> list[str]:
    card = (release / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", card, re.S)


@pytest.mark.parametrize("shape", ["demo", "no_pictures", "no_text_only", "no_rejects"])
def test_every_card_snippet_runs(releases, shape, tmp_path):
    blocks = snippets(releases[shape])
    assert blocks, "the card has no example"
    ran = 0
    for n, code in enumerate(blocks):
        if "import torch" in code and not HAS_TORCH:
            if os.environ.get("REQUIRE_TORCH") == "1":
                pytest.fail("torch is required here (REQUIRE_TORCH=1) but not installed")
            continue
        script = tmp_path / f"snippet{n}.py"
        script.write_text(code, encoding="utf-8")
        env = dict(os.environ, HF_DATASETS_CACHE=str(tmp_path / "hf"), HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1")
        done = subprocess.run([sys.executable, str(script)], cwd=releases[shape], env=env, capture_output=True,
                              text=True, timeout=300)
        if done.returncode == -6 and "terminate called without an active exception" in done.stderr:
            # a known upstream abort at interpreter exit after a streaming read (apache/arrow#45214,
            # huggingface/datasets#7566), seen once in ~10 CI runs after the snippet printed its rows:
            # run once more; twice in a row still fails
            done = subprocess.run([sys.executable, str(script)], cwd=releases[shape], env=env,
                                  capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{shape} snippet {n} failed:\n{code}\n{done.stderr[-3000:]}"
        ran += 1
    assert ran >= 1


def test_manifest_lists_what_load_dataset_can_open(releases):
    for name, release in releases.items():
        manifest = json.loads((release / "manifest.json").read_text())
        loadable = manifest["loadable"]
        assert loadable["configs"] == {c: [s for s in ("train", "validation", "test") if n.get(s)]
                                       for c, n in manifest["rows"].items() if any(n.values())}, name
        front = (release / "README.md").read_text(encoding="utf-8").split("---")[1]
        assert re.search(rf"config_name: {loadable['default_config']}\n(?:  .*\n)*?  default: true", front), name


def test_card_names_the_default_when_there_are_no_pairs(releases):
    card = (releases["no_pictures"] / "README.md").read_text(encoding="utf-8")
    assert "has no image-caption pairs, so `load_dataset(DATA)` opens `text_only`" in card
    front = card.split("---")[1]
    assert re.search(r"config_name: text_only\n  data_files:(?:\n  - .*\n    .*)+\n  default: true", front)
