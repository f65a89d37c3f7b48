"""End to end: the demo sources -> a release that datasets loads, with counts that add up."""
from __future__ import annotations

import io
import json
import os
import socket

import pyarrow.parquet as pq
from PIL import Image

from conftest import load
from corpus.cli import main as corpus_main
from corpus.demo import expected, source_dirs


def test_default_config_has_every_split_and_embedded_images(demo_release, tmp_path):
    ds = load(demo_release, "default", tmp_path)
    assert set(ds) == {"train", "validation", "test"}
    assert all(len(ds[s]) > 0 for s in ds)
    for path in (demo_release / "data" / "default").glob("*.parquet"):
        images = pq.read_table(path, columns=["image"]).column("image").to_pylist()
        assert all(v["bytes"] for v in images)
        assert all(not os.path.exists(v["path"]) and "/" not in v["path"] for v in images)


def find_row(ds, **match):
    for split in ds:
        for row in ds[split]:
            if all(row[k] == v for k, v in match.items()):
                return row
    raise AssertionError(f"no row with {match}")


def test_known_caption_carries_its_credit_context_and_image(demo_release, tmp_path):
    key = expected()["key_figure"]
    row = find_row(load(demo_release, "default", tmp_path), caption=key["caption"])
    assert row["credit"] == key["credit"]
    assert row["context_before"][-1] == key["paragraph_before"]
    assert row["context_after"][0] == key["paragraph_after"]
    assert row["image_position"] == key["position"]
    assert row["image"].size == (key["width"], key["height"]) == (row["image_width"], row["image_height"])
    assert row["provenance"]["path"].endswith(f"{key['article']}.html")
    assert row["article_published"].tzinfo is not None


def test_text_only_holds_the_scrape_captions_once_in_order(demo_release, tmp_path):
    scrape = expected()["scrape"]
    ds = load(demo_release, "text_only", tmp_path)
    rows = [r for s in ds for r in ds[s] if scrape["file"].endswith(r["provenance"]["path"])]
    rows.sort(key=lambda r: r["figure_index"])
    assert [r["caption"] for r in rows] == scrape["captions"]
    assert all(r["caption_source"] == "text_scrape" for r in rows)
    assert set(ds) == {"train", "validation", "test"}  # unsaved remote pictures land here too


def test_articles_and_rejects_load(demo_release, tmp_path):
    articles = load(demo_release, "articles", tmp_path)
    n_articles = sum(len(articles[s]) for s in articles)
    assert n_articles == expected()["totals"]["articles"] + 1  # + the text scrape
    rejects = load(demo_release, "rejects", tmp_path)["train"]
    assert "extract_not_content_image" in set(rejects["reason"])
    assert all(r["source"] for r in rejects)


def test_counts_add_up_and_ids_are_unique(demo_release):
    manifest = json.loads((demo_release / "manifest.json").read_text())
    for stage, c in manifest["stages"].items():
        assert c["seen"] == c["kept"] + sum(c["rejected"].values()), stage
    figures = manifest["stages"]["figures"]
    assert figures["kept"] == expected()["totals"]["content_images"] + len(expected()["scrape"]["captions"])
    ids = []
    for config in ("default", "text_only"):
        for path in (demo_release / "data" / config).glob("*.parquet"):
            ids += pq.read_table(path, columns=["id"]).column("id").to_pylist()
    assert len(ids) == len(set(ids))
    rows = manifest["rows"]
    assert sum(rows["default"].values()) + sum(rows["text_only"].values()) == manifest["stages"]["write"]["kept"]


def test_card_yaml_lists_only_non_empty_splits(demo_release):
    import yaml

    front = (demo_release / "README.md").read_text().split("---")[1]
    meta = yaml.safe_load(front)
    manifest = json.loads((demo_release / "manifest.json").read_text())
    for info in meta["dataset_info"]:
        for split in info["splits"]:
            assert split["num_examples"] == manifest["rows"][info["config_name"]][split["name"]] > 0
    assert meta["license"] == "cc0-1.0" and "license_name" not in meta  # from corpus/demo/demo.toml


def test_build_from_inside_the_input_folder_still_embeds_bytes(tmp_path, monkeypatch):
    articles = source_dirs()[0]
    monkeypatch.chdir(articles)
    out = tmp_path / "rel"
    code = corpus_main(["build", "01-harbour-ferry.html", "02-library-flood.html", "--out", str(out),
                        "--cache-dir", str(tmp_path / "cache"), "--no-progress", "--strict"])
    assert code == 0
    table = pq.read_table(next((out / "data" / "default").glob("*.parquet")), columns=["image"])
    for value in table.column("image").to_pylist():
        assert value["bytes"] and Image.open(io.BytesIO(value["bytes"])).size[0] > 64


def test_rebuild_replaces_and_refuses_foreign_directories(tmp_path, capsys):
    src = source_dirs()[0] / "03-runaway-goat.html"
    out = tmp_path / "rel"
    args = ["build", str(src), "--out", str(out), "--cache-dir", str(tmp_path / "c"), "--no-progress"]
    assert corpus_main(args) == 0
    assert corpus_main(args) == 0  # an unversioned rebuild replaces the release
    assert not list(tmp_path.glob(".rel.*"))  # no temporary or old copies left behind
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me")
    assert corpus_main(["build", str(src), "--out", str(foreign), "--no-progress",
                        "--cache-dir", str(tmp_path / "c")]) == 2
    assert (foreign / "notes.txt").read_text() == "keep me"


def test_nothing_kept_exits_3(tmp_path):
    junk = tmp_path / "in"
    junk.mkdir()
    (junk / "a.bin").write_bytes(bytes(range(256)) * 10)
    code = corpus_main(["build", str(junk), "--out", str(tmp_path / "o"), "--cache-dir", str(tmp_path / "c"),
                        "--no-progress"])
    assert code == 3


def test_build_needs_no_network(tmp_path, monkeypatch):
    def refuse(*a, **k):
        raise AssertionError("the build opened a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    src = source_dirs()[0]
    code = corpus_main(["build", str(src / "13-fr-fete-du-pain.html"), str(src / "14-de-bergbahn.html"),
                        "--out", str(tmp_path / "o"), "--cache-dir", str(tmp_path / "c"), "--no-progress",
                        "--strict"])
    assert code == 0
    langs = json.loads((tmp_path / "o" / "manifest.json").read_text())["languages"]
    assert {"fr", "de"} <= set(langs)


def test_same_sources_in_another_folder_give_the_same_shards(tmp_path):
    """Shard boundaries come from row content, not from cache keys or paths: a corpus copied to
    another machine or folder builds to the same bytes (small shards, so there are boundaries)."""
    import shutil

    cfg = tmp_path / "small-shards.toml"
    cfg.write_text("[write]\nrows_per_shard = 3\nimage_rows_per_shard = 3\n")
    for name in ("a", "deeper/b"):
        for d in source_dirs():
            shutil.copytree(d, tmp_path / name / d.name)
        code = corpus_main(["build", str(tmp_path / name), "--out", str(tmp_path / f"out-{name[-1]}"),
                            "--cache-dir", str(tmp_path / f"cache-{name[-1]}"), "--config", str(cfg),
                            "--no-progress", "--release-version", "1.0.0"])
        assert code == 0
    a, b = tmp_path / "out-a" / "data", tmp_path / "out-b" / "data"
    shards = sorted(p.relative_to(a) for p in a.rglob("*.parquet"))
    assert len([s for s in shards if s.parts[0] == "default"]) >= 4
    assert shards == sorted(p.relative_to(b) for p in b.rglob("*.parquet"))
    differ = [s for s in shards if (a / s).read_bytes() != (b / s).read_bytes()]
    assert differ == [] or {s.parts[0] for s in differ} == {"rejects"}, differ
