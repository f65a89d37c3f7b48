"""The dataset card: YAML generated from the data, prose sections, and loading examples that work as written."""
from __future__ import annotations

import hashlib

import io
import json
import logging
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml
from PIL import Image

from corpus.config import BuildConfig, DatasheetConfig, WriteConfig
from corpus.finish import file_checksums, make_manifest
from corpus.phase2 import WriteResult
from corpus.records import Phase1Index
from corpus.publish.card import FIELD_DOCS, card_languages, card_metadata, render_card
from corpus.publish.datasheet import write_datasheet
from corpus.records import FEATURES, ImageInfo, InputFile, Sample, SourceRef, short_hash
from corpus.rejects import Ledger
from corpus.write import ReleaseWriter, sample_row, write_json

ANSWERS = DatasheetConfig(
    motivation="Training and evaluating news image captioning models with article context.",
    funding="Built by the caption-corpus maintainers; no external funding.",
    source_license="Articles and photographs remain under their publishers' copyright; research use only.",
    consent_privacy="People pictured did not consent individually; removal requests are honoured.",
    takedown_contact="takedown@caption-corpus.example",
)

# (site, published, caption, image size or None for a caption whose picture was not found)
ARTICLES = [
    ("harbour.example", datetime(2023, 3, 2, 9, 30, tzinfo=timezone.utc), [
        ("A ferry leaves the harbour at dawn as gulls circle the pier.", (640, 427)),
        ("Passengers queue at the new ticket office on the quay.", (800, 533)),
        ("The old ferry terminal before its renovation in 2019.", None)]),
    ("harbour.example", datetime(2023, 5, 17, tzinfo=timezone.utc), [
        ("Volunteers stack sandbags outside the flooded library entrance.", (1024, 683))]),
    ("valley-news.example", datetime(2024, 1, 8, tzinfo=timezone.utc), [
        ("Frost covers apple blossoms in an orchard above the village.", (480, 640)),
        ("A farmer inspects damaged buds with a magnifying glass.", (300, 200)),
        ("Orchard workers light candles between the rows overnight.", (1200, 800))]),
    ("valley-news.example", None, [
        ("Le boulanger sort les pains du four pour la fête du village.", None)]),
]


def jpeg(size: tuple[int, int], seed: int) -> bytes:
    img = Image.new("RGB", size, ((seed * 50) % 256, 120, 200 - seed * 20))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def make_samples() -> list[tuple[Sample, bytes | None]]:
    out = []
    for a_no, (site, published, figures) in enumerate(ARTICLES):
        url = f"https://{site}/news/story-{a_no}"
        article_id = short_hash(f"url:{url}")
        for f_no, (caption, size) in enumerate(figures):
            image_url = f"https://{site}/img/{a_no}-{f_no}.jpg"
            data = jpeg(size, a_no * 3 + f_no) if size else None
            info = (ImageInfo(hashlib.sha256(data).hexdigest(), "jpg", size[0], size[1], "JPEG", len(data),
                              short_hash(f"phash{a_no}-{f_no}")) if data else None)
            lang = "fr" if caption.startswith("Le ") else "en"
            s = Sample(
                id=short_hash(f"{article_id}|{image_url}"), article_id=article_id, figure_index=f_no,
                caption=caption, caption_raw=caption + "  ", credit="Photo: Jane Doe" if f_no == 0 else None,
                alt_text=None, caption_source="figcaption", image_url=image_url, image_src=image_url,
                image_position=f_no + 1, context_before=["The paragraph before."], context_after=["After."],
                article_url=url, article_title=f"Story {a_no}", article_published=published,
                article_authors=["A. Reporter"], site=site, article_language=lang,
                provenance=SourceRef(f"pages/story-{a_no}.html", f"figure={f_no}", "0" * 64),
                image=info, caption_language=lang, caption_words=len(caption.split()),
                caption_chars=len(caption), has_credit=f_no == 0,
                caption_cluster="cc1" if a_no == 2 and f_no < 2 else None)
            out.append((s, data))
    return out


def make_ledger(rows: int) -> Ledger:
    """Stage counts that chain like a real build's, ending in `rows` written rows."""
    ledger = Ledger()
    plan = [("ingest", 6, {"ingest_empty": 1}), ("extract", 5, {"extract_not_article": 1}),
            ("figures", 14, {"extract_not_content_image": 3}), ("pair", 11, {"pair_no_caption": 1}),
            ("normalize", 10, {}), ("filter", 10, {"filter_caption_too_short": 1}), ("images", 9, {}),
            ("takedown", 9, {}), ("dedup", 9, {"dedup_duplicate_pair": 9 - rows}), ("split", rows, {}),
            ("write", rows, {})]
    for stage, seen, rejected in plan:
        c = ledger.counts[stage]
        c.seen, c.rejected = seen, Counter(rejected)
        c.kept = seen - sum(rejected.values())
    return ledger


def make_release(root: Path, answers: DatasheetConfig | None = ANSWERS, version: str = "1.2.0",
                 datasheet: bool = True) -> dict:
    """A small but complete release written the way the pipeline writes one (no demo sources needed)."""
    cfg = BuildConfig(datasheet=answers or DatasheetConfig(), write=WriteConfig(version=version))
    writer = ReleaseWriter(root, rows_per_shard=4)
    samples = make_samples()
    # whole articles go to one split, as the pipeline's group-aware split does (verify checks leaks)
    splits = ["test", "test", "test", "validation", "train", "train", "train", "train"]
    sites: Counter = Counter()
    for (s, data), split in zip(samples, splits):
        writer.add("default" if data else "text_only", split, sample_row(s, data))
        sites[s.site] += 1
    for (s, _), split in zip(samples, splits):
        if s.figure_index == 0:
            writer.add("articles", split, {
                "article_id": s.article_id, "url": s.article_url, "title": s.article_title,
                "published": s.article_published, "authors": s.article_authors, "site": s.site,
                "language": s.article_language, "section": None, "paragraphs": ["One.", "Two."],
                "figure_ids": [x.id for x, _ in samples if x.article_id == s.article_id],
                "provenance": {"path": s.provenance.path, "locator": "", "sha256": "0" * 64, "record_id": None,
                               "target_uri": None, "fetch_date": None}})
    ledger = make_ledger(len(samples))
    for stage, counts in ledger.counts.items():  # one reject row per item the stage counts say was dropped
        for reason, n in counts.rejected.items():
            for _ in range(n):
                writer.add("rejects", "train", {"id": None, "stage": stage, "reason": reason,
                                                "source": "pages/x.html", "detail": "", "duplicate_of": None})
    rows = writer.finish()
    index = Phase1Index(inputs=[InputFile(f"/abs/pages/story-{i}.html", "/abs", f"pages/story-{i}.html", "0" * 64)
                                for i in range(6)])
    result = WriteResult(rows, ["en", "fr"], sites, "c" * 64)
    manifest = make_manifest(cfg, version, index, result, root, ledger)
    write_json(root / "manifest.json", manifest)
    write_json(root / "build_config.json", cfg.to_dict())
    (root / "README.md").write_text(render_card(manifest), encoding="utf-8")
    if datasheet:
        write_datasheet(root, manifest)
    manifest["files"] = file_checksums(root)  # as finish_release does last
    write_json(root / "manifest.json", manifest)
    return manifest


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("release")
    return root, make_release(root)


def front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    return yaml.safe_load(card.split("---\n", 2)[1])


def test_yaml_matches_the_data(release):
    root, manifest = release
    meta = front_matter((root / "README.md").read_text(encoding="utf-8"))
    assert meta["license"] == "other" and meta["license_name"] == "news-publishers-copyright"
    assert meta["language"] == ["en", "fr"]
    assert meta["task_categories"] == ["image-to-text"] and meta["size_categories"] == ["n<1K"]
    configs = {c["config_name"]: c for c in meta["configs"]}
    assert set(configs) == {"default", "text_only", "articles", "rejects"}
    assert configs["default"]["default"] is True
    info = {i["config_name"]: i for i in meta["dataset_info"]}
    for config, splits in manifest["rows"].items():
        assert {s["name"]: s["num_examples"] for s in info[config]["splits"]} == splits
        assert {d["split"] for d in configs[config]["data_files"]} == set(splits)
    assert {s["name"]: s["num_examples"] for s in info["default"]["splits"]} == {"train": 3, "validation": 1,
                                                                                 "test": 2}


def test_size_category_counts_the_config_load_dataset_opens(release):
    """Was: only `default` rows were counted, so a release of 2,000 captions whose pictures were not fetched
    (no pairs: load_dataset opens text_only) was tagged n<1K."""
    _, manifest = release
    captions_only = {**manifest, "rows": {"text_only": {"train": 1500, "validation": 200, "test": 300},
                                          "articles": manifest["rows"]["articles"]}}
    meta = card_metadata(captions_only)
    assert [c["config_name"] for c in meta["configs"] if c.get("default")] == ["text_only"]
    assert meta["size_categories"] == ["1K<n<10K"]
    assert card_metadata(manifest)["size_categories"] == ["n<1K"]


def test_a_release_that_dropped_nothing_says_rejects_is_left_out(tmp_path, capsys):
    """Was: a build that rejected nothing wrote no rejects config, but the card's list of what it left out
    (and the build's summary) did not name rejects/train, while its text said `rejects` has a train split:
    load_dataset(DIR, "rejects") then failed with nothing in the card to say why."""
    from corpus.cli import main

    pages = tmp_path / "pages"
    (pages / "story_files").mkdir(parents=True)
    Image.new("RGB", (320, 240), (30, 120, 200)).save(pages / "story_files" / "photo.jpg", quality=85)
    body = "".join(f"<p>Paragraph {i}: the small car ferry that links the town with the island made its first "
                   "crossing in eleven months on Saturday, and hundreds of people lined the harbour wall.</p>"
                   for i in range(4))
    (pages / "story.html").write_text(
        '<html lang="en"><head><title>Ferry returns</title><link rel="canonical" href="https://news.example/a">'
        f"</head><body><article><h1>Ferry returns</h1>{body[:len(body) // 2]}"
        '<figure><img src="story_files/photo.jpg"><figcaption>The restored ferry docks at the quay on '
        f"Saturday morning.</figcaption></figure>{body[len(body) // 2:]}</article></body></html>", encoding="utf-8")
    out = tmp_path / "release"
    assert main(["build", str(pages), "--out", str(out), "--cache-dir", str(tmp_path / "c"), "--no-progress"]) == 0
    summary = capsys.readouterr().out
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"]["default"] == {"train": 1} and "rejects" not in manifest["rows"]
    card = (out / "README.md").read_text(encoding="utf-8")
    left = next(line for line in card.splitlines() if line.startswith("Left out because they hold no rows:"))
    assert left.rstrip(".").endswith("rejects/train") and "rejects/train" in summary
    assert "rejects" not in [c["config_name"] for c in front_matter(card)["configs"]]


def test_body_has_the_template_sections_and_no_machine_details(release):
    root, manifest = release
    card = (root / "README.md").read_text(encoding="utf-8")
    for heading in ("## Dataset Description", "## Dataset Structure", "### Data Fields", "### Data Splits",
                    "## Dataset Creation", "### Curation Rationale", "### Source Data",
                    "## Considerations for Using the Data", "### Personal and Sensitive Information",
                    "## Licensing Information", "## Citation Information"):
        assert heading in card, heading
    assert "(DATASHEET.md)" in card and "datasheet/funnel.png" in card
    assert ANSWERS.motivation in card and ANSWERS.takedown_contact in card
    assert "/abs" not in card and str(root) not in card
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:", card)  # no build timestamps
    assert render_card(manifest) == card  # deterministic


def test_every_column_is_documented():
    for config, features in FEATURES.items():
        missing = [name for name in features if name not in FIELD_DOCS.get(config, FIELD_DOCS["default"])]
        assert not missing, f"{config}: {missing}"


def test_unanswered_questions_are_shown_as_such(tmp_path):
    manifest = json.loads(json.dumps(make_release(tmp_path, answers=None, datasheet=False)))
    card = render_card(manifest)
    assert "**Unanswered** (set datasheet.motivation in the build config)" in card
    assert card_languages({"languages": ["en", "un", "zh-Hant", None, "de"]}) == ["en", "de"]
    assert card_languages({"languages": ["un"]}) == []  # nothing known: no language claimed (was: ["en"])
    assert "license_name" not in card_metadata({**manifest, "config": {**manifest["config"], "write": {
        **manifest["config"]["write"], "license": "cc-by-4.0"}}})


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def test_load_dataset_reads_the_card_without_warnings(release, tmp_path):
    import datasets

    root, manifest = release
    handler = _Collect()
    loggers = [logging.getLogger("datasets"), logging.getLogger("huggingface_hub")]
    for lg in loggers:
        lg.addHandler(handler)
    try:
        with _no_warnings():
            ds = datasets.load_dataset(str(root), cache_dir=str(tmp_path / "cache"))
            text = datasets.load_dataset(str(root), "text_only", cache_dir=str(tmp_path / "cache"))
    finally:
        for lg in loggers:
            lg.removeHandler(handler)
    assert not handler.messages, handler.messages
    assert {s: len(ds[s]) for s in ds} == manifest["rows"]["default"]
    assert {s: len(text[s]) for s in text} == manifest["rows"]["text_only"]
    assert ds["train"][0]["image"].size[0] > 0


class _no_warnings:
    """Fails on any Python warning raised inside the block."""

    def __enter__(self):
        import warnings

        self._ctx = warnings.catch_warnings(record=True)
        self.caught = self._ctx.__enter__()
        warnings.simplefilter("always")
        return self

    def __exit__(self, *exc):
        self._ctx.__exit__(*exc)
        relevant = [str(w.message) for w in self.caught if "card" in str(w.message).lower()
                    or "metadata" in str(w.message).lower()]
        assert not relevant, relevant


def code_blocks(card: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", card, flags=re.S)


def test_card_loading_examples_run_as_written(release, tmp_path):
    root, _ = release
    blocks = code_blocks((root / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 2
    runnable = [b for b in blocks if "import torch" not in b]
    script = "import datasets\ndatasets.disable_caching()\n" + "\n".join(runnable)
    env = {"HF_DATASETS_CACHE": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_streaming_load_reads_every_row(release):
    import datasets

    root, manifest = release
    stream = datasets.load_dataset(str(root), split="train", streaming=True)
    rows = list(stream)
    assert len(rows) == manifest["rows"]["default"]["train"]
    assert rows[0]["image"].size[0] > 0 and rows[0]["caption"]


def test_selected_columns_format_as_numpy_batches(release, tmp_path):
    import datasets
    import numpy as np

    root, _ = release
    ds = datasets.load_dataset(str(root), split="train", cache_dir=str(tmp_path / "cache"))
    pairs = ds.select_columns(["image", "caption"]).with_format("numpy")
    batch = next(pairs.iter(batch_size=3))
    assert set(batch) == {"image", "caption"} and len(batch["caption"]) == 3
    first = batch["image"][0]
    assert isinstance(first, np.ndarray) and first.dtype == np.uint8 and first.ndim == 3 and first.shape[2] == 3


def test_torch_example_is_valid_python_and_selects_before_formatting(release):
    import ast

    root, _ = release
    torch_blocks = [b for b in code_blocks((root / "README.md").read_text(encoding="utf-8")) if "import torch" in b]
    assert len(torch_blocks) == 1
    ast.parse(torch_blocks[0])
    code = torch_blocks[0]
    assert code.index('select_columns(["image", "caption"])') < code.index('with_format("torch")')


def test_datasets_reads_back_configs_and_features_from_the_card(release):
    from datasets.info import DatasetInfosDict
    from datasets.utils.metadata import MetadataConfigs
    from huggingface_hub import DatasetCard

    root, manifest = release
    card = DatasetCard.load(root / "README.md")
    configs = MetadataConfigs.from_dataset_card_data(card.data)
    assert configs.get_default_config_name() == "default"
    infos = DatasetInfosDict.from_dataset_card_data(card.data)
    for config in ("default", "text_only", "articles", "rejects"):
        assert infos[config].features == FEATURES[config], config
        assert {n: s.num_examples for n, s in infos[config].splits.items()} == manifest["rows"][config]


def test_a_site_name_a_page_supplied_cannot_open_the_card_s_tables_or_bring_html():
    """og:site_name "Evil\\n\\n| injected | 999 |\\n\\n# Heading <img onerror>" broke the card's rows-per-site
    table open (a heading and raw HTML in the card body) and kept raw HTML in the datasheet."""
    from corpus.publish.card import md_table, page_text
    from corpus.publish.datasheet import table

    hostile = "Evil\n\n| injected | 999 |\n\n# Heading <img src=x onerror=alert(1)> [link](javascript:x)"
    for lines in (md_table(["site", "rows"], [[page_text(hostile), 3]]),
                  table(["site", "rows"], [[page_text(hostile), 3]])):
        body = [line for line in lines if line]
        assert len(body) == 3  # header, rule, one row: nothing broke out of the row
        row = body[2]
        assert "<img" not in row and "&lt;img" in row
        assert row.replace("\\|", "").count("|") == 3  # unescaped bars: the row's two edges and one between
        assert "\\[link\\]" in row and "\\#" in row
