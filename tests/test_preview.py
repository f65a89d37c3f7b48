"""corpus preview (the static site of a release) and corpus extract --preview, read back as files and opened
in a real headless Chromium (Debian's package, driven by Playwright; no browser download)."""
from __future__ import annotations

import io
import json
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from corpus.cli import main as corpus_main
from corpus.config import load_config
from corpus.pipeline import build

REPO = Path(__file__).resolve().parents[1]
MARKUP = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2"> <b>Ferry</b> at the quay'
# what a release stores of it: normalize drops the text-markup tags (<b>); the script and img stay, as text
STORED = MARKUP.replace("<b>", "").replace("</b>", "")
BODY = ("<p>The harbour authority said on Monday that the new ferry would start its crossings next week after "
        "sea trials in the bay, and that tickets would go on sale at the quay office from Friday morning.</p>")


def chunk_rows(site: Path, config: str) -> list[dict]:
    rows = []
    for path in sorted((site / "data").glob(f"{config}-*.js"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        text = path.read_text(encoding="utf-8")
        payload = re.fullmatch(r"window\.previewChunk\((\"[a-z_]+\"), (\d+), (.*)\);\n", text, re.S)
        rows += json.loads(payload.group(3))
    return rows


def site_meta(site: Path) -> dict:
    text = (site / "data" / "meta.js").read_text(encoding="utf-8")
    return json.loads(text.removeprefix("window.PREVIEW_META = ").removesuffix(";\n"))


@pytest.fixture(scope="module")
def demo_preview(demo_release, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("preview") / "site"
    assert corpus_main(["preview", str(demo_release), "--out", str(site), "--no-progress"]) == 0
    return site


def test_the_site_holds_every_row_of_a_small_release_and_the_manifests_numbers(demo_release, demo_preview):
    manifest = json.loads((demo_release / "manifest.json").read_text())
    meta = site_meta(demo_preview)
    assert meta["summary"]["rows"] == manifest["rows"] and meta["summary"]["stages"] == manifest["stages"]
    for config, by_split in manifest["rows"].items():
        rows = chunk_rows(demo_preview, config)
        assert meta["configs"][config]["shown"] == meta["configs"][config]["total"] == sum(by_split.values())
        if config != "rejects":
            assert Counter(r["split"] for r in rows) == Counter({s: n for s, n in by_split.items() if n})
    reasons = Counter((r["stage"], r["reason"]) for r in chunk_rows(demo_preview, "rejects"))
    in_manifest = {(st, reason): n for st, c in manifest["stages"].items() for reason, n in c["rejected"].items()}
    assert reasons == Counter(in_manifest)


def test_thumbnails_are_small_jpegs_made_from_the_release_pictures(demo_release, demo_preview):
    pairs = chunk_rows(demo_preview, "default")
    assert pairs and all(r["thumb"] for r in pairs)
    for r in pairs[:20]:
        with Image.open(demo_preview / r["thumb"]) as im:
            assert im.format == "JPEG" and max(im.size) <= 320
            assert abs(im.size[0] / im.size[1] - r["width"] / r["height"]) < 0.02
    release_pictures = sum(p.stat().st_size for p in (demo_release / "data" / "default").glob("*.parquet"))
    thumbs = sum(p.stat().st_size for p in (demo_preview / "thumbs").rglob("*.jpg"))
    assert thumbs < release_pictures / 2


def test_a_large_config_is_sampled_per_site_and_split_with_a_seed(demo_release, tmp_path):
    manifest = json.loads((demo_release / "manifest.json").read_text())
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    for out, seed in ((a, "1"), (b, "1"), (c, "2")):
        assert corpus_main(["preview", str(demo_release), "--out", str(out), "--sample", "40", "--seed", seed,
                            "--no-progress"]) == 0
    rows = chunk_rows(a, "default")
    meta = site_meta(a)["configs"]["default"]
    assert len(rows) == meta["shown"] and 40 <= len(rows) <= 44  # the quota, plus one row for tiny strata
    assert "stratified sample" in meta["sampling"] and str(meta["total"]) in meta["sampling"]
    strata = Counter((r["site"], r["split"]) for r in rows)
    full = chunk_rows(tmp_path / "a", "text_only")  # 39 rows: under the limit, not sampled
    assert len(full) == sum(manifest["rows"]["text_only"].values())
    assert {("Demo News", s) for s in ("train", "validation", "test")} <= set(strata)
    assert [r["id"] for r in rows] == [r["id"] for r in chunk_rows(b, "default")]
    assert [r["id"] for r in rows] != [r["id"] for r in chunk_rows(c, "default")]
    rejects = Counter((r["stage"], r["reason"]) for r in chunk_rows(a, "rejects"))
    assert len(rejects) == sum(len(st["rejected"]) for st in manifest["stages"].values())  # every reason kept


def test_data_files_cannot_end_their_script_early(tmp_path):
    from corpus.preview.site import to_json

    text = to_json({"caption": "</script><script>alert(1)</script>"})
    assert "</" not in text and json.loads(text)["caption"] == "</script><script>alert(1)</script>"


def test_preview_refuses_to_write_inside_the_release(demo_release, capsys):
    assert corpus_main(["preview", str(demo_release), "--out", str(demo_release / "site")]) == 2
    assert "outside the release" in capsys.readouterr().err
    assert not (demo_release / "site").exists()


@pytest.fixture
def release_copy(demo_release, tmp_path) -> Path:
    """tmp/X/rel1: a copy of the demo release, beside a file of its own, for tests that might delete it."""
    shutil.copytree(demo_release, tmp_path / "X" / "rel1")
    (tmp_path / "X" / "notes.txt").write_text("keep me")
    return tmp_path / "X" / "rel1"


def test_preview_refuses_an_out_folder_it_did_not_make_and_deletes_nothing(release_copy, tmp_path, capsys):
    rel, holder = str(release_copy), release_copy.parent
    # the folder holding the release (the preview replaces its folder as a whole)
    assert corpus_main(["preview", rel, "--out", str(holder), "--no-progress"]) == 2
    assert "contains the release" in capsys.readouterr().err
    assert (release_copy / "manifest.json").is_file() and (holder / "notes.txt").read_text() == "keep me"
    # a folder of someone's files (a Desktop)
    desk = tmp_path / "Desktop"
    desk.mkdir()
    (desk / "todo.txt").write_text("mine")
    assert corpus_main(["preview", rel, "--out", str(desk), "--no-progress"]) == 2
    assert "not a preview written by corpus preview" in capsys.readouterr().err
    assert [p.name for p in desk.iterdir()] == ["todo.txt"]
    # a file: a message, not a NotADirectoryError traceback
    afile = tmp_path / "afile"
    afile.write_text("x")
    assert corpus_main(["preview", rel, "--out", str(afile), "--no-progress"]) == 2
    assert "is a file" in capsys.readouterr().err and afile.read_text() == "x"


def test_preview_refuses_a_path_into_the_release_through_a_symlink(release_copy, tmp_path, capsys):
    link = tmp_path / "link"
    link.symlink_to(release_copy)
    before = sorted(p.relative_to(release_copy) for p in release_copy.rglob("*"))
    assert corpus_main(["preview", str(release_copy), "--out", str(link / "site"), "--no-progress"]) == 2
    assert "outside the release" in capsys.readouterr().err
    assert corpus_main(["preview", str(link), "--out", str(release_copy / "site"), "--no-progress"]) == 2
    assert "outside the release" in capsys.readouterr().err
    assert sorted(p.relative_to(release_copy) for p in release_copy.rglob("*")) == before


def test_preview_writes_to_a_new_or_empty_folder_and_replaces_its_own_preview(release_copy, tmp_path):
    site = tmp_path / "site"
    assert corpus_main(["preview", str(release_copy), "--out", str(site), "--sample", "5", "--no-progress"]) == 0
    assert (site / ".corpus-preview").is_file() and (site / "index.html").is_file()
    (site / "stale.txt").write_text("from before")  # the marked folder is replaced as a whole
    assert corpus_main(["preview", str(release_copy), "--out", str(site), "--sample", "5", "--no-progress"]) == 0
    assert not (site / "stale.txt").exists() and (site / "data" / "meta.js").is_file()
    empty = tmp_path / "empty"
    empty.mkdir()
    assert corpus_main(["preview", str(release_copy), "--out", str(empty), "--sample", "5", "--no-progress"]) == 0
    assert (empty / ".corpus-preview").is_file()


FORGED_SHAS = ("../../../escaped/pwned", "ab/cd/ef", "0" * 64)  # out of the preview, a missing folder, a wrong hash


@pytest.fixture
def forged_release(release_copy) -> Path:
    """The release copy with FORGED_SHAS as the image_sha256 of its first pairs (what a damaged or forged
    shard could hold)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    shard = sorted((release_copy / "data" / "default").glob("train-*.parquet"))[0]
    table = pq.read_table(shard)
    shas = table.column("image_sha256").to_pylist()
    shas[:len(FORGED_SHAS)] = FORGED_SHAS
    i = table.schema.get_field_index("image_sha256")
    pq.write_table(table.set_column(i, table.schema.field(i), pa.array(shas, pa.string())), shard)
    return release_copy


def test_a_forged_image_sha256_gets_no_thumbnail_and_nothing_is_written_outside(forged_release, tmp_path, capsys):
    site = tmp_path / "a" / "b" / "site"  # thumbs/../../../../escaped is tmp_path/escaped
    assert corpus_main(["preview", str(forged_release), "--out", str(site), "--no-progress"]) == 0
    assert not (tmp_path / "escaped").exists()
    assert [p for p in tmp_path.rglob("*.jpg") if site not in p.parents] == []
    assert "3 pair(s) shown without a thumbnail" in capsys.readouterr().err
    rows = chunk_rows(site, "default")
    bad = [r for r in rows if not r["thumb"]]
    assert len(bad) == 3 and {r["no_thumb"] for r in bad} == {"the picture's bytes do not match its image_sha256"}
    assert site_meta(site)["configs"]["default"]["no_thumbnail"] == {r["no_thumb"]: 3 for r in bad}
    for r in rows:  # the others are named by their picture's sha256
        assert r["thumb"] is None or re.fullmatch(r"thumbs/[0-9a-f]{2}/[0-9a-f]{64}\.jpg", r["thumb"])


def saved_page(root: Path, caption_html: str) -> Path:
    """root/ferry.html with ferry_files/ferry.jpg: one figure whose caption is caption_html."""
    (root / "ferry_files").mkdir(parents=True)
    buf = io.BytesIO()
    Image.new("RGB", (640, 400), (30, 90, 150)).save(buf, "JPEG")
    (root / "ferry_files" / "ferry.jpg").write_bytes(buf.getvalue())
    page = root / "ferry.html"
    page.write_text(f"<html><head><title>Ferry</title><link rel=canonical href='https://news.example/ferry'></head>"
                    f"<body><article><h1>Ferry</h1>{BODY * 3}<figure><img src='ferry_files/ferry.jpg' alt='ferry'>"
                    f"<figcaption>{caption_html}</figcaption></figure>{BODY * 2}"
                    f"<aside class='related'><img src='ferry_files/ferry.jpg'></aside></article></body></html>",
                    encoding="utf-8")
    return page


def news_page(root: Path, name: str, site: str, figures: list[tuple[str | None, str]]) -> Path:
    """root/name.html of site: one figure per (src, caption); src None is a local picture made here (each its
    own noise, so none is a duplicate of another), any other src a remote one, which gives a text-only row."""
    files = root / f"{name}_files"
    files.mkdir(parents=True, exist_ok=True)
    parts = []
    for i, (src, caption) in enumerate(figures):
        if src is None:
            buf = io.BytesIO()
            Image.effect_noise((400, 300), 40).convert("RGB").save(buf, "JPEG")
            (files / f"p{i}.jpg").write_bytes(buf.getvalue())
            src = f"{name}_files/p{i}.jpg"
        parts.append(f"{BODY}<figure><img src='{src}' alt=''><figcaption>{caption}</figcaption></figure>")
    page = root / f"{name}.html"
    page.write_text(f"<html><head><title>{name}</title><link rel=canonical href='https://{name}.example/story'>"
                    f"<meta property='og:site_name' content='{site}'></head><body><article><h1>{name}</h1>"
                    f"{''.join(parts)}{BODY * 2}</article></body></html>", encoding="utf-8")
    return page


@pytest.fixture(scope="module")
def two_site_release(tmp_path_factory) -> Path:
    """Pairs only from site Alpha (local pictures), text-only captions only from site Beta (remote pictures),
    Beta's second page repeating its first's captions: two text-only duplicates, rejected with duplicate_of."""
    root = tmp_path_factory.mktemp("two_sites")
    src = root / "src"
    for n in range(2):
        news_page(src, f"alpha{n}", "Alpha", [(None, f"The ferry docks at the quay on Saturday morning, view {n}"),
                                               (None, f"Crowds gather on the harbour wall to watch, view {n}")])
    beta = [("https://cdn.beta.example/1.jpg", "The harbour master inspects the rebuilt engines of the old ferry"),
            ("https://cdn.beta.example/2.jpg", "Fishing boats wait outside the harbour mouth for the tide to turn")]
    news_page(src, "beta0", "Beta", beta)
    news_page(src, "beta1", "Beta", beta)
    build([str(src)], root / "release", load_config(None, {"strict": True}), cache_dir=root / "cache")
    return root / "release"


RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: "x\u202elmth.html" shows as "xlmth.html" reversed: "xhtml.html"-like


@pytest.fixture(scope="module")
def rtl_release(tmp_path_factory) -> Path:
    """A release from an input whose file name holds a right-to-left override: one pair, and one figure without
    a caption (a reject whose source names the file)."""
    root = tmp_path_factory.mktemp("rtl")
    news_page(root / "src", f"x{RLO}lmth", "Alpha", [(None, "The ferry docks at the quay on Saturday morning"),
                                                    (None, "")])
    build([str(root / "src")], root / "release", load_config(None, {"strict": True}), cache_dir=root / "cache")
    return root / "release"


@pytest.fixture(scope="module")
def markup_release(tmp_path_factory) -> Path:
    import html

    root = tmp_path_factory.mktemp("markup")
    page = saved_page(root / "src", html.escape(MARKUP))
    build([str(page.parent)], root / "release", load_config(None, {"strict": True}), cache_dir=root / "cache")
    return root / "release"


def test_extract_preview_shows_figures_markup_and_rejected_candidates_as_text(tmp_path, capsys):
    import html

    page = saved_page(tmp_path / "src", html.escape(MARKUP))
    out = tmp_path / "page.html"
    assert corpus_main(["extract", str(page), "--preview", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "<script>" not in text and "onerror=" not in text.replace("onerror=&quot;", "")
    assert html.escape(MARKUP) in text  # the caption, as text
    assert "&lt;figure&gt;" in text and "ferry_files/ferry.jpg" in text  # the markup it came from
    assert "Rejected" in text and re.search(r"extract_\w+</b>", text)  # the related picture, with its reason
    capsys.readouterr()
    assert corpus_main(["extract", str(page), str(page), "--preview", str(out)]) == 2


def test_extract_preview_shows_each_figure_with_its_own_markup_when_one_src_ends_another(tmp_path):
    captions = ("The old harbour seen from the lighthouse at dawn on Sunday",
                "Fishing boats tied up along the north quay before the storm arrived")
    page = tmp_path / "harbour.html"
    page.write_text(f"<html><head><title>Harbour</title><link rel=canonical href='https://news.example/harbour'>"
                    f"</head><body><article><h1>Harbour</h1>{BODY * 2}<figure><img src='https://cdn.news.example/"
                    f"photos/harbour.jpg' alt=''><figcaption>{captions[0]}</figcaption></figure>{BODY * 2}<figure>"
                    f"<img src='photos/harbour.jpg' alt=''><figcaption>{captions[1]}</figcaption></figure>{BODY * 2}"
                    "</article></body></html>", encoding="utf-8")
    out = tmp_path / "page.html"
    assert corpus_main(["extract", str(page), "--preview", str(out)]) == 0
    kept = out.read_text(encoding="utf-8").split("<h2>Rejected</h2>")[0].split("<div class='fig kept'>")[1:]
    assert len(kept) == 2
    for block, caption, src in zip(kept, captions, ("https://cdn.news.example/photos/harbour.jpg", "photos/harbour.jpg")):
        markup = block.split("<pre>")[1]
        assert f"&lt;img src=&quot;{src}&quot;" in markup and caption in markup


# ---- in a real browser -------------------------------------------------------------------------------------

def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is part of [dev]")
    exe = chromium_path()
    if exe is None:
        pytest.skip("no Chromium here: install Debian's chromium package (.ci/run does so under CI)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        yield b
        b.close()


def open_site(browser, site: Path, hash_: str = ""):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((site / "index.html").as_uri() + hash_)
    return page, errors


def test_the_demo_preview_works_in_chromium(browser, demo_release, demo_preview):
    manifest = json.loads((demo_release / "manifest.json").read_text())
    page, errors = open_site(browser, demo_preview)
    page.wait_for_selector("#grid .card")
    pairs = sum(manifest["rows"]["default"].values())
    assert page.locator("#grid .card").count() == min(pairs, 120)
    assert page.locator("#status").inner_text().startswith(f"{pairs} matching rows")
    timing = page.evaluate("window.previewTimings")
    print(f"demo preview: first view rendered {timing['firstRenderMs']:.0f} ms after navigation start")
    # the counts table is the manifest's, per config and split
    cells = page.eval_on_selector_all("#counts tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.textContent))")
    for config, *numbers in cells:
        by_split = manifest["rows"][config]
        assert [int(n.replace(",", "")) for n in numbers] == [by_split.get(s, 0) for s in ("train", "validation", "test")] + [sum(by_split.values())]
    shot = Path(os.environ.get("PREVIEW_SCREENSHOT", "")) if os.environ.get("PREVIEW_SCREENSHOT") else None
    if shot:
        page.screenshot(path=str(shot))

    page.select_option("#f-split", "test")
    assert page.locator("#grid .card").count() == manifest["rows"]["default"]["test"]
    page.select_option("#f-split", "")
    first_caption = page.locator("#grid .card .caption").first.inner_text()
    word = max(first_caption.split(), key=len)
    page.fill("#f-search", word)
    narrowed = page.locator("#grid .card").count()
    assert 1 <= narrowed < min(pairs, 120)
    shown = page.eval_on_selector_all("#grid .card", "cs => cs.map(c => [...c.querySelectorAll('.caption, .credit')].map(e => e.textContent).join(' '))")
    assert all(word.lower() in t.lower() for t in shown)

    page.locator("#grid .card").first.click()
    assert page.locator("#detail").is_visible()
    assert page.locator("#detail-body h2").inner_text() == page.locator("#grid .card .caption").first.inner_text()
    assert page.locator("#context-before p, #context-after p").count() >= 1
    assert page.locator("#detail-body a").first.get_attribute("href").startswith("http")
    page.keyboard.press("Escape")
    assert not page.locator("#detail").is_visible()

    page.click("#tabs button[data-view=rejects]")
    page.wait_for_function("document.querySelectorAll('#rejects .group').length > 0")
    groups = page.eval_on_selector_all("#rejects .group", "gs => gs.map(g => [g.dataset.stage, g.dataset.reason, g.querySelector('.count').textContent])")
    in_manifest = sorted((st, reason, str(n)) for st, c in manifest["stages"].items() for reason, n in c["rejected"].items())
    assert sorted(map(tuple, groups)) == in_manifest
    for view in ("text_only", "articles"):
        page.click(f"#tabs button[data-view={view}]")
        want = min(sum(manifest["rows"][view].values()), 120)  # its rows arrive with its first data page
        page.wait_for_function(f"document.querySelectorAll('#grid .item').length === {want}", timeout=10000)
    assert errors == []


def test_a_caption_with_markup_shows_as_text_in_chromium(browser, markup_release, tmp_path):
    site = tmp_path / "site"
    assert corpus_main(["preview", str(markup_release), "--out", str(site), "--no-progress"]) == 0
    page, errors = open_site(browser, site)
    page.wait_for_selector("#grid .card")
    assert page.locator("#grid .card .caption").first.inner_text() == STORED
    assert page.evaluate("window.pwned") is None  # neither the script nor the onerror ran
    assert page.locator("#grid .card .caption img, #grid .card .caption script").count() == 0
    page.locator("#grid .card").first.click()
    assert page.locator("#detail-body h2").inner_text() == STORED
    assert page.evaluate("window.pwned") is None and errors == []


def test_a_sampled_preview_loads_its_pages_lazily_in_chromium(browser, demo_release, tmp_path):
    site = tmp_path / "site"
    assert corpus_main(["preview", str(demo_release), "--out", str(site), "--sample", "60", "--no-progress"]) == 0
    page, errors = open_site(browser, site, "#rejects")
    page.wait_for_selector("#rejects .group")
    assert "stratified sample" in page.locator("#sampling").inner_text()
    assert page.evaluate("[...document.scripts].filter(s => s.src.includes('/data/rejects-')).length") >= 1
    assert page.evaluate("[...document.scripts].some(s => s.src.includes('/data/articles-'))") is False
    page.select_option("#f-reason", "pair_no_caption")
    assert set(page.eval_on_selector_all("#rejects .group", "gs => gs.map(g => g.dataset.reason)")) == {"pair_no_caption"}
    assert errors == []


def test_a_pair_without_a_thumbnail_says_why_in_chromium(browser, forged_release, tmp_path):
    site = tmp_path / "site"
    assert corpus_main(["preview", str(forged_release), "--out", str(site), "--no-progress"]) == 0
    page, errors = open_site(browser, site)
    page.wait_for_selector("#grid .card")
    said = page.eval_on_selector_all("#grid .card .noimg", "ns => ns.map(n => n.textContent)")
    assert said == ["no thumbnail: the picture's bytes do not match its image_sha256"] * 3 and errors == []


def test_filter_options_follow_the_view_when_their_count_is_the_same_in_chromium(browser, two_site_release, tmp_path):
    site = tmp_path / "site"
    assert corpus_main(["preview", str(two_site_release), "--out", str(site), "--no-progress"]) == 0
    page, errors = open_site(browser, site)
    options = "[...document.querySelectorAll('#f-site option')].map(o => o.value)"
    page.wait_for_selector("#grid .card")
    assert page.evaluate(options) == ["", "Alpha"]
    page.click("#tabs button[data-view=text_only]")
    page.wait_for_selector("#grid .item")
    assert page.evaluate(options) == ["", "Beta"]
    # back on the pairs, with text_only loaded: one site each way, so the same count of options
    page.click("#tabs button[data-view=default]")
    page.wait_for_selector("#grid .card")
    assert page.evaluate(options) == ["", "Alpha"]
    page.select_option("#f-site", "Alpha")
    assert page.locator("#grid .card").count() == 4 and errors == []


def test_a_text_only_duplicate_shows_the_caption_kept_in_chromium(browser, two_site_release, tmp_path):
    site = tmp_path / "site"
    assert corpus_main(["preview", str(two_site_release), "--out", str(site), "--no-progress"]) == 0
    kept = {r["id"]: r["caption"] for r in chunk_rows(site, "text_only")}
    duplicates = [r for r in chunk_rows(site, "rejects") if r["duplicate_of"]]
    assert len(duplicates) == 2 and all(r["duplicate_of"] in kept for r in duplicates)
    page, errors = open_site(browser, site, "#rejects")
    page.wait_for_function("document.querySelectorAll('#rejects .group .item .item').length === 2", timeout=10000)
    items = page.eval_on_selector_all("#rejects .group > .item", "is => is.map(i => i.innerText)")
    assert len(items) == 2 and not any("not in this preview's sample" in t for t in items)
    for r in duplicates:
        assert any(f"duplicate of {r['duplicate_of']}, kept:" in t and kept[r["duplicate_of"]] in t for t in items)
    assert errors == []


# every text node holding the override, with whether its element isolates it and whether it holds nothing else
OVERRIDES = """() => {
  const found = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const node = walk.currentNode, parent = node.parentElement;
    if (!node.data.includes("\u202e") || parent.closest("[hidden]")) continue;
    const holder = parent.closest("bdi") || parent;
    // isolated: a <bdi> (unicode-bidi: isolate), or a block of its own (a caption's div: its own paragraph)
    const style = getComputedStyle(holder);
    found.push([node.data, style.unicodeBidi === "isolate" || style.display !== "inline", holder.textContent === node.data]);
  }
  return found;
}"""


def test_a_right_to_left_override_in_a_file_name_stays_inside_its_value_in_chromium(browser, rtl_release, tmp_path):
    site = tmp_path / "site"
    assert corpus_main(["preview", str(rtl_release), "--out", str(site), "--no-progress"]) == 0
    assert any(RLO in r["source"] for r in chunk_rows(site, "rejects"))
    page, errors = open_site(browser, site, "#articles")
    page.wait_for_selector("#grid .item")
    seen = page.evaluate(OVERRIDES)
    page.click("#tabs button[data-view=default]")
    page.locator("#grid .card").first.click()
    seen += page.evaluate(OVERRIDES)
    page.keyboard.press("Escape")
    page.click("#tabs button[data-view=rejects]")
    page.wait_for_selector("#rejects .group .item")
    seen += page.evaluate(OVERRIDES)
    # the articles' and the pair's source line, the reject's source: each isolated, with no label inside
    assert len(seen) >= 3 and all(isolated and alone for _, isolated, alone in seen), seen
    assert errors == []


def test_a_right_to_left_override_in_the_extract_preview_stays_inside_its_value_in_chromium(browser, tmp_path):
    page_file = news_page(tmp_path / "src", "harbour", "Alpha", [(None, f"The ferry {RLO}docks at the quay on Saturday"),
                                                                   (None, "")])
    out = tmp_path / "page.html"
    assert corpus_main(["extract", str(page_file), "--preview", str(out)]) == 0
    page = browser.new_page()
    page.goto(out.as_uri())
    seen = page.evaluate(OVERRIDES)
    assert len(seen) >= 1 and all(isolated and alone for _, isolated, alone in seen), seen


def test_the_detail_of_a_pair_without_alt_or_credit_shows_no_stray_text_in_chromium(browser, two_site_release, tmp_path):
    site = tmp_path / "site"
    assert corpus_main(["preview", str(two_site_release), "--out", str(site), "--no-progress"]) == 0
    assert all(not r["alt"] and not r["credit"] for r in chunk_rows(site, "default"))
    page, errors = open_site(browser, site)
    page.locator("#grid .card").first.click()
    loose = page.evaluate("[...document.getElementById('detail-body').childNodes].filter(n => n.nodeType === 3).map(n => n.data)")
    assert loose == [] and "null" not in page.locator("#detail-body").inner_text() and errors == []
