"""The bundled demo sources: generator determinism, images that decode, budgets, EXPECTED.json facts."""
from __future__ import annotations

import html
import importlib.util
import json
import re
import sys
from itertools import combinations
from pathlib import Path

import pytest
from lxml import html as lxml_html
from PIL import Image

from corpus.config import SplitConfig
from corpus.demo import demo_dir, expected, source_dirs
from corpus.records import article_id_for
from corpus.split import split_for

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "make_demo_sources.py"
ARTICLES = demo_dir() / "articles"
IMAGE_ATTRS = ("src", "data-src", "data-lazy-src", "data-original")
SRCSET_ATTRS = ("srcset", "data-srcset")


def load_script():
    spec = importlib.util.spec_from_file_location("make_demo_sources", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


def files_under(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def pages() -> list[Path]:
    return sorted(ARTICLES.glob("*.html"))


def squash(text: str) -> str:
    return " ".join(html.unescape(text).split())


def local_refs(page: Path) -> set[str]:
    """Every image path a browser could load from the page's folder (src, lazy attributes, srcsets)."""
    tree = lxml_html.fromstring(page.read_bytes())
    refs = set()
    for el in tree.iter("img", "source"):
        values = [el.get(a) for a in IMAGE_ATTRS]
        for a in SRCSET_ATTRS:
            values += [part.strip().split(" ")[0] for part in (el.get(a) or "").split(",")]
        refs |= {v for v in values if v and not v.startswith(("data:", "http:", "https:"))}
    # <noscript> content is text to lxml: read its images with a pattern
    refs |= set(re.findall(r'<img[^>]+src="(?!data:|https?:)([^"]+)"', page.read_text(encoding="utf-8")))
    return refs


@pytest.fixture(scope="module")
def generated_twice(tmp_path_factory):
    module = load_script()
    first, second = tmp_path_factory.mktemp("demo1"), tmp_path_factory.mktemp("demo2")
    assert module.main([str(first)]) == 0
    assert module.main([str(second)]) == 0
    return first, second


def test_generator_is_deterministic(generated_twice):
    first, second = generated_twice
    a, b = files_under(first), files_under(second)
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []
    assert len([k for k in a if k.endswith(".html")]) >= 26


def test_committed_files_match_the_generator(generated_twice):
    """Committed pages and EXPECTED.json are what the script writes now (run it after editing it)."""
    fresh = files_under(generated_twice[0])
    stale = [k for k, data in fresh.items()
             if not (demo_dir() / k).is_file()
             or (k.endswith((".html", ".json")) and (demo_dir() / k).read_bytes() != data)]
    assert stale == [], "re-run scripts/make_demo_sources.py"
    for k in fresh:
        if not k.endswith((".html", ".json")):  # encoders may differ across Pillow builds: compare pictures
            with Image.open(demo_dir() / k) as old, Image.open(generated_twice[0] / k) as new:
                assert old.size == new.size and old.format == new.format, k


def test_every_referenced_local_image_exists_and_decodes():
    checked = 0
    for page in pages():
        for ref in local_refs(page):
            path = ARTICLES / ref
            assert path.is_file(), f"{page.name}: {ref} missing"
            assert ref.startswith(page.stem + "_files/"), f"{page.name}: {ref} is not beside the page"
            with Image.open(path) as im:
                im.load()
                assert im.format in ("JPEG", "PNG", "WEBP", "GIF")
            checked += 1
    assert checked > 200


def test_sizes_and_counts():
    total = sum(p.stat().st_size for p in demo_dir().rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    assert total < 4 * 1024 * 1024
    names = [p.stem for p in pages()]
    handwritten = [n for n in names if n[0].isdigit()]
    assert len(names) >= 40
    assert len(handwritten) >= 12
    exp = expected()
    assert exp["handwritten"] == handwritten
    assert sorted(exp["handwritten"] + exp["generated"]) == sorted(names) == sorted(exp["articles"])


def test_picture_formats_and_sizes_vary():
    sizes, formats = set(), set()
    for path in ARTICLES.rglob("*_files/*"):
        with Image.open(path) as im:
            if min(im.size) >= 200:
                sizes.add(im.size)
                formats.add(im.format)
    assert formats == {"JPEG", "PNG", "WEBP"}
    assert any(h > w for w, h in sizes), "no portrait picture"
    assert min(w for w, _ in sizes) <= 400 and max(w for w, _ in sizes) >= 760


def test_expected_images_match_pages_and_files():
    exp = expected()
    for name, art in exp["articles"].items():
        text = squash((ARTICLES / f"{name}.html").read_text(encoding="utf-8"))
        assert art["content_images"] == len(art["images"])
        assert art["captioned_images"] == sum(i["caption"] is not None for i in art["images"])
        for img in art["images"]:
            assert img["src"] in text
            if img["caption"]:
                assert squash(img["caption"]) in text, (name, img["caption"])
            if img["credit"]:
                assert squash(img["credit"]) in text, (name, img["credit"])
            if img["local"]:
                with Image.open(ARTICLES / img["src"]) as im:
                    assert im.size == (img["width"], img["height"]), img["src"]
        for src in art["ignore"]:
            assert src in text
    images = [i for a in exp["articles"].values() for i in a["images"]]
    assert exp["totals"]["captioned_images"] == sum(i["caption"] is not None for i in images)
    assert exp["totals"]["articles"] == len(exp["articles"])


def test_key_figure_sits_between_its_paragraphs():
    key = expected()["key_figure"]
    tree = lxml_html.fromstring((ARTICLES / f"{key['article']}.html").read_bytes())
    body = tree.xpath("//div[@class='story-body']")[0]
    order = [squash(el.text_content()) if el.tag == "p" else el.get("src")
             for el in body.iter("p", "img")]
    i = order.index(key["src"])
    assert order[i - 1] == key["paragraph_before"]
    assert order[i + 1] == key["paragraph_after"]
    assert len([x for x in order[:i] if x and not x.endswith(".jpg")]) == key["position"]
    assert key["caption"] in squash(body.xpath(".//figcaption")[0].text_content())
    with Image.open(ARTICLES / key["src"]) as im:
        assert im.size == (key["width"], key["height"])


def test_pages_carry_metadata():
    with_json_ld = 0
    for page in pages():
        tree = lxml_html.fromstring(page.read_bytes())
        assert tree.xpath("//link[@rel='canonical']/@href")[0].startswith("https://"), page.name
        assert tree.xpath("//meta[@property='og:title']/@content"), page.name
        for block in tree.xpath("//script[@type='application/ld+json']/text()"):
            data = json.loads(block)
            assert data["@type"] == "NewsArticle" and data["headline"]
            assert re.search(r"(Z|[+-]\d\d:\d\d)$", data["datePublished"]), page.name
            assert data["publisher"]["name"] and data["author"]
            with_json_ld += 1
    assert with_json_ld >= 0.75 * len(pages())
    langs = {p.name: lxml_html.fromstring(p.read_bytes()).get("lang", "")[:2] for p in pages()}
    assert {"fr", "de"} <= set(langs.values())


def test_handwritten_pages_cover_markup_styles():
    text = "\n".join(p.read_text(encoding="utf-8") for p in pages() if p.name[0].isdigit())
    for needle in ("<figcaption>", 'class="credit"', 'class="caption"', '"@type": "ImageObject"',
                   'src="data:image/gif;base64,', "data-src=", "srcset=", "<picture>", "<noscript>",
                   "(AP Photo/", "Photograph: ", 'class="ad-slot ad"', 'width="1" height="1"',
                   'class="related"', "author-avatar", "video-poster", "wp-caption-text"):
        assert needle in text, needle


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def test_captions_are_not_near_duplicates():
    """Near-duplicate captions would chain articles into one split group (dedup.near_duplicate_threshold)."""
    caps = [i["caption"] for a in expected()["articles"].values() for i in a["images"] if i["caption"]]
    sets = [shingles(c) for c in caps]
    worst = max(len(a & b) / len(a | b) for a, b in combinations(sets, 2))
    assert worst < 0.8
    assert len(set(caps)) == len(caps)


def test_every_split_has_captioned_articles():
    """The demo must fill train, validation and test under the default 80/10/10 article split."""
    rows = {"train": 0, "validation": 0, "test": 0}
    for name, art in expected()["articles"].items():
        tree = lxml_html.fromstring((ARTICLES / f"{name}.html").read_bytes())
        url = tree.xpath("//link[@rel='canonical']/@href")[0]
        rows[split_for(article_id_for(url, ""), SplitConfig())] += sum(
            i["caption"] is not None and i["local"] for i in art["images"])
    assert min(rows.values()) >= 3, rows


def test_text_scrape_format():
    scrape = expected()["scrape"]
    path = demo_dir() / scrape["file"]
    assert path.parent in source_dirs()
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0] == lines[2] == lines[3] == scrape["headline"] + " ..."
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    assert len(scrape["captions"]) >= 6
    found = [p for i, p in enumerate(paragraphs[:-1]) if p == paragraphs[i + 1]]
    assert found == scrape["captions"]
    assert "Advertisement" in paragraphs
    assert re.search(r"^read more from \w+\.{5}$", text, re.M)
    assert re.search(r"^PREV .+ \.\.\. trends now\nNEXT .+ \.\.\. trends now$", text, re.M)
