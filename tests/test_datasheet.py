"""DATASHEET.md: the seven sections, numbers measured from the shards, real plots, and the committed copy."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from PIL import Image

from corpus.publish.datasheet import (QUESTIONS, SECTIONS, reason_docs, render_datasheet, write_datasheet)
from corpus.publish.measure import Histogram, measure
from corpus.publish.plots import PLOTS, PlotWorker
from corpus.rejects import Reason
from test_card import ANSWERS, make_release

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> tuple[Path, dict, str]:
    root = tmp_path_factory.mktemp("sheet")
    manifest = make_release(root)
    return root, manifest, (root / "DATASHEET.md").read_text(encoding="utf-8")


def section(text: str, title: str) -> str:
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, flags=re.S | re.M)
    assert m, f"no section {title!r}"
    return m.group(1)


def test_all_seven_sections_in_order(release):
    _, _, text = release
    assert SECTIONS == ("Motivation", "Composition", "Collection process", "Preprocessing, cleaning and labeling",
                        "Uses", "Distribution", "Maintenance")
    found = re.findall(r"^## (.+)$", text, flags=re.M)
    assert found == list(SECTIONS)
    for title in SECTIONS:
        assert len(section(text, title).strip()) > 100, title


def test_numbers_are_measured_from_the_shards(release):
    _, manifest, text = release
    comp = section(text, "Composition")
    assert "6 image-caption rows and 2 caption-only rows from 4 articles" in comp
    assert "| default | train | 3 |  |" in comp and "| text_only | test | 1 |  |" in comp
    assert "| harbour.example | 3 | 1 | 50.0% |" in comp
    assert "From 2023-03-02 to 2024-01-08" in comp and "1 rows have no date" in comp
    assert "| en | 7 | 3 |" in comp and "| fr | 1 | 1 |" in comp
    assert "Words per caption: min 8," in comp and "max 12" in comp
    assert "Width: min 300," in comp and "max 1200" in comp
    assert "| 0 | 1 |\n| 1 | 1 |\n| 2 | 1 |\n| 3 | 1 |" in comp  # images per article, incl. one with none
    assert "2 rows in 1 near-duplicate caption clusters" in comp
    assert "| dedup_duplicate_pair | 1 |" in comp
    funnel = section(text, "Collection process")
    assert "| figures | 14 | 11 | 3 | extract_not_content_image 3 |" in funnel
    assert "From 6 input files" in funnel


def test_stats_come_from_pyarrow_reads_of_the_release(release):
    root, manifest, _ = release
    stats = measure(root)
    for config in ("default", "text_only", "articles", "rejects"):
        assert stats.rows(config) == manifest["rows"][config]
    assert stats.captions.longest_side.counts[1200] == 1


def test_reason_table_covers_every_reason_with_its_comment(release):
    _, _, text = release
    docs = {d.code: d for d in reason_docs()}
    assert set(docs) == {r.value for r in Reason}
    assert all(d.doc and d.stage for d in docs.values()), [d.code for d in docs.values() if not d.doc]
    assert docs["image_decompression_bomb"].doc == "above max_pixels"
    assert docs["extract_related_thumbnail"].stage == "figures"
    prep = section(text, "Preprocessing, cleaning and labeling")
    for code in docs:
        assert f"| `{code}` |" in prep
    assert "| `pair_no_caption` | pair | in-article image with no caption text | 1 |" in prep


def test_answers_and_unanswered_questions(release, tmp_path):
    _, _, text = release
    assert ANSWERS.funding in section(text, "Motivation")
    assert ANSWERS.source_license in section(text, "Distribution")
    assert ANSWERS.takedown_contact in section(text, "Maintenance")
    manifest = make_release(tmp_path, answers=None)
    bare = (tmp_path / "DATASHEET.md").read_text(encoding="utf-8")
    for key in QUESTIONS:
        assert f"**Unanswered** (set datasheet.{key} in the build config)" in bare
    assert manifest["config"]["datasheet"]["motivation"] is None


@pytest.mark.parametrize("policy,said", [("first_frame", "an animated picture (GIF, APNG, WebP) is stored as "
                                                        "its first frame, a still"),
                                         ("reject", "animated pictures are rejected")])
def test_what_became_of_animated_pictures_is_said(release, policy, said):
    root, manifest, _ = release
    config = {**manifest["config"], "images": {**manifest["config"]["images"], "animated": policy}}
    text = render_datasheet({**manifest, "config": config}, measure(root))
    assert said in section(text, "Preprocessing, cleaning and labeling")


def test_groups_and_leakage_are_rendered_when_present(release):
    root, manifest, text = release
    assert "split groups" not in text
    extended = {**manifest, "groups": {"1": 5, "2": 3, "10": 1}, "leakage": {"caption_clusters_across_splits": 0,
                                                                            "by_split": {"test": 0}}}
    out = render_datasheet(extended, measure(root))
    comp = section(out, "Composition")
    assert "| 1 | 5 |\n| 2 | 3 |\n| 10 | 1 |" in comp  # numeric keys in numeric order
    assert "| caption_clusters_across_splits | 0 |" in comp and "| by_split.test | 0 |" in comp


def test_plots_are_real_deterministic_pngs(release, tmp_path):
    root, manifest, text = release
    for name in PLOTS:
        path = root / "datasheet" / name
        assert f"](datasheet/{name})" in text
        with Image.open(path) as img:
            assert img.format == "PNG" and img.size == (640, 360)
            assert "Software" not in img.info  # no matplotlib version in the bytes
        assert b"Matplotlib" not in path.read_bytes()
    first = {n: (root / "datasheet" / n).read_bytes() for n in PLOTS}
    write_datasheet(root, manifest)
    assert {n: (root / "datasheet" / n).read_bytes() for n in PLOTS} == first
    assert (root / "DATASHEET.md").read_text(encoding="utf-8") == text


def test_plot_worker_measures_and_draws_the_same_bytes_in_its_own_process(release, tmp_path):
    import multiprocessing
    import shutil

    root, manifest, _ = release
    copy = tmp_path / "copy"
    shutil.copytree(root / "data", copy / "data")
    worker = PlotWorker()
    worker.start(copy, manifest["stages"])
    assert worker.stats() == measure(root)
    assert worker.finish() == [f"datasheet/{n}" for n in PLOTS]
    assert {n: (copy / "datasheet" / n).read_bytes() for n in PLOTS} == \
        {n: (root / "datasheet" / n).read_bytes() for n in PLOTS}
    assert not [p for p in multiprocessing.active_children() if p.name == "corpus-plots"]


def test_plot_worker_failure_is_an_error_and_close_stops_it(release, tmp_path):
    import multiprocessing
    import shutil

    root, manifest, _ = release
    shutil.copytree(root / "data", tmp_path / "data")
    (tmp_path / "datasheet").write_text("a file where the plot folder should go")
    worker = PlotWorker()
    worker.start(tmp_path, manifest["stages"])
    assert worker.stats() == measure(root)
    with pytest.raises(RuntimeError, match="drawing the datasheet plots failed"):
        worker.finish()
    idle = PlotWorker()  # a build that fails before its plots
    idle.close()
    idle.close()
    assert not [p for p in multiprocessing.active_children() if p.name == "corpus-plots"]


def test_no_paths_or_timestamps_in_the_text(release):
    root, _, text = release
    assert str(root) not in text and "/abs" not in text
    assert not re.search(r"\d\d:\d\d:\d\d", text)


def test_empty_plots_still_exist(tmp_path):
    manifest = make_release(tmp_path, datasheet=False)
    for path in (tmp_path / "data" / "default").glob("*.parquet"):
        path.unlink()  # a release with no pictures at all
    write_datasheet(tmp_path, manifest)
    with Image.open(tmp_path / "datasheet" / "image_sizes.png") as img:
        assert img.size == (640, 360)
    assert "Width: no values" in (tmp_path / "DATASHEET.md").read_text(encoding="utf-8")


def test_file_sizes_and_megapixels_are_the_shards_to_their_shown_precision(release):
    """Was: sizes were floored to whole KiB before their mean, so a release of 1.9 KiB pictures said "min 1,
    ... mean 1.0 KiB" (and a 900-byte one 0 KiB); the mean megapixels showed one decimal (0.1 for 0.114)."""
    import pyarrow.parquet as pq

    root, _, text = release
    table = pq.read_table(root / "data" / "default", columns=["image_original_bytes", "image_width",
                                                              "image_height"]).to_pylist()
    kib = [r["image_original_bytes"] / 1024 for r in table]
    mp = [r["image_width"] * r["image_height"] / 1e6 for r in table]
    assert (f"Original file size: min {round(min(kib), 1)}," in text
            and f"max {round(max(kib), 1)}, mean {sum(kib) / len(kib):.1f} KiB." in text), text
    assert f"max {round(max(mp), 3)}, mean {sum(mp) / len(mp):.3f} MP." in text


def test_percentiles_without_keeping_values():
    h = Histogram()
    for v in [1, 2, 2, 3, 10]:
        h.add(v)
    assert (h.percentile(0), h.percentile(0.5), h.percentile(0.95), h.percentile(1.0)) == (1, 2, 10, 10)
    assert h.mean() == 3.6 and Histogram().percentile(0.5) is None


def load_script():
    spec = importlib.util.spec_from_file_location("make_datasheet", REPO / "scripts" / "make_datasheet.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_datasheet_is_current(tmp_path):
    """Fails when DATASHEET.md is stale: run `python scripts/make_datasheet.py` and commit the result."""
    script = load_script()
    text, plots = script.demo_datasheet(tmp_path)
    committed = (REPO / "DATASHEET.md").read_text(encoding="utf-8")
    assert committed == text, "DATASHEET.md is stale: run `python scripts/make_datasheet.py`"
    assert sorted(p.name for p in (REPO / "docs" / "datasheet").glob("*.png")) == sorted(p.name for p in plots)
    assert "](docs/datasheet/funnel.png)" in committed


def test_group_sizes_and_leakage_report_of_the_pipeline_shape(release):
    root, manifest, _ = release
    extended = {**manifest, "groups": {"ratios": {"train": 0.75, "validation": 0.125, "test": 0.125},
                                       "sizes": {"1": 4, "12": 1, "3": 2}},
                "leakage": {"articles": {"count": 0, "examples": []},
                            "near_duplicate_captions": {"count": 2, "examples": ["a1~b2", "c3~d4"]}}}
    comp = section(render_datasheet(extended, measure(root)), "Composition")
    assert "| 1 | 4 |\n| 3 | 2 |\n| 12 | 1 |" in comp
    assert "Share of rows per split: train 75.0%, validation 12.5%, test 12.5%" in comp
    assert "| near duplicate captions | 2 | a1~b2, c3~d4 |" in comp and "2 cross-split matches" in comp


def test_funnel_keeps_pipeline_order_after_a_json_round_trip(release):
    root, manifest, _ = release
    sorted_manifest = json.loads(json.dumps(manifest, sort_keys=True))
    funnel = section(render_datasheet(sorted_manifest, measure(root)), "Collection process")
    stages = re.findall(r"^\| (\w+) \| \d+ \| \d+ \|", funnel, flags=re.M)
    assert stages == ["ingest", "extract", "figures", "pair", "normalize", "filter", "images", "takedown", "dedup",
                      "split", "write"]


def _boxes_overlap(a, b) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.y0 < b.y1 and b.y0 < a.y1


def test_plots_stay_readable_with_many_months_and_long_bars():
    """62 months of dates: few enough tick labels that none overlaps another (measured on the rendered
    figure); sites with bars as long as the axes: the legend covers no bar."""
    from collections import Counter

    from corpus.publish.measure import ArticleStats, CaptionStats, RejectStats, ReleaseStats
    from corpus.publish.plots import draw, new_figure

    months = Counter({f"{2020 + (m // 12)}-{m % 12 + 1:02d}": 3 + m % 5 for m in range(62)})
    sites = Counter({(f"site-{i}.example", "default"): 100 - i for i in range(8)})
    sites[("site-0.example", "text_only")] = 40
    stats = ReleaseStats(CaptionStats(months=months, sites=sites), ArticleStats(), RejectStats())

    fig, ax = new_figure()
    assert draw("dates.png", ax, stats, {})
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = [t for t in ax.get_xticklabels() if t.get_text() and t.get_visible()]
    assert 5 <= len(labels) <= 12
    assert all(t.get_text().endswith(("-01", "-07")) for t in labels)  # calendar steps: years or half-years
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert not any(_boxes_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    assert all(b.x0 >= 0 and b.y0 >= 0 for b in boxes)  # not cut off by the figure's edge

    fig, ax = new_figure()
    assert draw("sites.png", ax, stats, {})
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    legend = ax.get_legend().get_window_extent(renderer)
    bars = [p.get_window_extent(renderer) for p in ax.patches]
    assert bars and not any(_boxes_overlap(legend, b) for b in bars)
    assert legend.y1 <= fig.bbox.y1  # inside the picture
