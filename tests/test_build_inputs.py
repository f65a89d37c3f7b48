"""End to end (issue 4): every kind of input through `corpus build`, read back with datasets and pyarrow.

WARC archives (pictures before and after their pages, a 301, a picture in a second archive, a truncated
file), a directory mixing every input kind with junk, and the @list / glob / stdin sources.
"""
from __future__ import annotations

import io
import json
import os
import random
import sys
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from PIL import Image
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest import load, spy_on_open
from corpus.cli import main as corpus_main
from corpus.config import load_config
from corpus.pipeline import build

SITE = "https://harbour-news.example"
PARAGRAPH = ("<p>{topic}: paragraph {n} of the report, in which the council and the people of the town "
             "argue over who should pay for the repairs and when the work can start.</p>")
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Harbour News</title>
<link rel="canonical" href="{url}">
<meta property="og:site_name" content="Harbour News">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "{title}", "datePublished": "2025-03-04T08:00:00Z"}}</script>
</head><body><header class="site-header"><a href="/">Harbour News</a></header>
<main><article class="story"><h1>{title}</h1><div class="story-body">
{body}
</div></article></main><footer><p>Harbour News, invented for tests.</p></footer></body></html>
"""


def article_html(title: str, url: str | None, figures: list[tuple[str, str]]) -> bytes:
    """A news page: a paragraph before each (src, caption) figure and one after the last."""
    parts = []
    for n, (src, caption) in enumerate(figures):
        parts.append(PARAGRAPH.format(topic=title, n=n))
        parts.append(f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>')
    parts.append(PARAGRAPH.format(topic=title, n=len(figures)))
    html = PAGE.format(title=title, url=url or "", body="\n".join(parts))
    if url is None:
        html = html.replace('<link rel="canonical" href="">\n', "")
    return html.encode("utf-8")


def photo(size: tuple[int, int], seed: int) -> bytes:
    """A photo-like JPEG of exactly `size`, different for each seed (so no two pictures look alike)."""
    rnd = random.Random(seed)
    small = Image.new("RGB", (8, 6))
    small.putdata([tuple(rnd.randrange(256) for _ in range(3)) for _ in range(48)])
    buf = io.BytesIO()
    small.resize(size, Image.Resampling.BICUBIC).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def parquet_rows(release: Path, config: str) -> list[dict]:
    rows = []
    for path in sorted((release / "data" / config).glob("*.parquet")):
        rows += pq.read_table(path).to_pylist()
    return rows


def manifest_of(release: Path) -> dict:
    return json.loads((release / "manifest.json").read_text())


def assert_counts_add_up(manifest: dict) -> None:
    for stage, c in manifest["stages"].items():
        assert c["seen"] == c["kept"] + sum(c["rejected"].values()), stage


def run_build(sources: list[str], base: Path, name: str = "release") -> Path:
    out = base / name
    build(sources, out, load_config(None, {"strict": True}), cache_dir=base / "cache")
    return out


# --- WARC fixtures -----------------------------------------------------------------------------

DATES = {"page": "2025-03-05T10:20:30Z", "image": "2025-03-05T10:20:31Z"}


class Warc:
    """A gzip WARC being written: responses with their own WARC-Date, plus requests and warcinfo."""

    def __init__(self, path: Path):
        self.fh = open(path, "wb")
        self.w = WARCWriter(self.fh, gzip=True)
        self.w.write_record(self.w.create_warcinfo_record(path.name, {"software": "test-crawler/1.0"}))

    def response(self, url: str, body: bytes, ctype: str, status: str = "200 OK", extra=(), date=None):
        http = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
        date = date or (DATES["page"] if ctype.startswith("text/html") else DATES["image"])
        self.w.write_record(self.w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                                      warc_headers_dict={"WARC-Date": date}))

    def page(self, url: str, html: bytes) -> None:
        req = StatusAndHeaders(f"GET {url[len(SITE):]} HTTP/1.1", [("Host", SITE[8:])], is_http_request=True)
        self.w.write_record(self.w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
        self.response(url, html, "text/html; charset=utf-8")

    def close(self) -> None:
        self.fh.close()


def record_index(path: Path) -> dict[str, dict]:
    """WARC-Target-URI of each response -> offset, record id, date, read back independently with warcio."""
    out = {}
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            if rec.rec_type == "response":
                out[rec.rec_headers.get_header("WARC-Target-URI")] = {
                    "offset": it.get_record_offset(), "record_id": rec.rec_headers.get_header("WARC-Record-ID"),
                    "date": rec.rec_headers.get_header("WARC-Date")}
    return out


# caption -> (picture size, URL of the picture as the page names it)
A1 = f"{SITE}/2025/03/05/sea-wall-vote"
A2 = f"{SITE}/2025/03/05/bakery-reopens"
A3 = f"{SITE}/2025/03/06/ferry-timetable"
PICTURES = {
    "Workers repair the sea wall at dawn on Monday": ((240, 160), "/media/sea-wall-dawn.jpg"),
    "Councillors vote on the sea wall plan in the town hall": ((200, 150), "/media/council-vote.jpg"),
    "The flooded lower streets after the January storm": ((180, 120), "/media/old/flooded-street.jpg"),
    "An engineer inspects cracks in the old harbour wall": ((160, 120), "/media/engineer-cracks.jpg"),
    "The baker lifts the first loaves from the new oven": ((220, 140), "/media/baker-loaves.jpg"),
    "Passengers wait for the first ferry of the morning": ((210, 130), "/media/ferry-queue.jpg"),
}
REDIRECTED = "/media/flooded-street-2025.jpg"  # where the 301 of /media/old/flooded-street.jpg points


def picture_bytes() -> dict[str, bytes]:
    return {src: photo(size, seed) for seed, (size, src) in enumerate(PICTURES.values())}


def captions_of(*indices: int) -> list[tuple[str, str]]:
    items = list(PICTURES.items())
    return [(items[i][1][1], items[i][0]) for i in indices]


def write_crawl(root: Path) -> None:
    """crawls/part-1.warc.gz: pages a1, a2 with pictures before and after them and one behind a 301;
    crawls/part-2.warc.gz: a picture of a1, and page a3 whose picture is in part 1."""
    pics = picture_bytes()
    (root / "crawls").mkdir(parents=True)
    one = Warc(root / "crawls" / "part-1.warc.gz")
    one.response(SITE + "/media/sea-wall-dawn.jpg", pics["/media/sea-wall-dawn.jpg"], "image/jpeg")  # before
    one.response(SITE + "/media/old/flooded-street.jpg", b"", "text/html", status="301 Moved Permanently",
                 extra=[("Location", REDIRECTED)])
    one.page(A1, article_html("Town votes to rebuild its sea wall", A1, captions_of(0, 1, 2, 3)))
    one.page(A2, article_html("Harbour bakery reopens after the flood", A2, captions_of(4)))
    one.response(SITE + "/media/council-vote.jpg", pics["/media/council-vote.jpg"], "image/jpeg")  # after
    one.response(SITE + REDIRECTED, pics["/media/old/flooded-street.jpg"], "application/octet-stream")
    one.response(SITE + "/media/baker-loaves.jpg", pics["/media/baker-loaves.jpg"], "image/jpeg")
    one.response(SITE + "/media/ferry-queue.jpg", pics["/media/ferry-queue.jpg"], "image/jpeg")
    one.response(SITE + "/static/app.js", b"var tracking = 1;", "application/javascript")
    one.close()
    two = Warc(root / "crawls" / "part-2.warc.gz")
    two.page(A3, article_html("Ferry timetable changes for spring", A3, captions_of(5)))
    two.response(SITE + "/media/engineer-cracks.jpg", pics["/media/engineer-cracks.jpg"], "image/jpeg")
    two.close()


@pytest.fixture(scope="module")
def warc_release(tmp_path_factory):
    base = tmp_path_factory.mktemp("warc")
    write_crawl(base / "in")
    return {"root": base / "in", "release": run_build([str(base / "in")], base)}


def test_warc_pictures_are_embedded_at_their_true_size(warc_release, tmp_path):
    ds = load(warc_release["release"], "default", tmp_path)
    rows = {r["caption"]: r for split in ds for r in ds[split]}
    assert set(rows) == set(PICTURES)  # before/after the page, behind a 301, in the second archive
    for caption, (size, src) in PICTURES.items():
        row = rows[caption]
        assert row["image"].size == size == (row["image_width"], row["image_height"]), caption
        assert row["image_url"] == SITE + src
    assert parquet_rows(warc_release["release"], "text_only") == []
    manifest = manifest_of(warc_release["release"])
    assert_counts_add_up(manifest)
    assert manifest["stages"]["ingest"]["rejected"] == {"ingest_warc_not_article": 1}  # the javascript


def test_warc_rows_carry_their_record_provenance(warc_release, tmp_path):
    index = {**record_index(warc_release["root"] / "crawls" / "part-1.warc.gz"),
             **record_index(warc_release["root"] / "crawls" / "part-2.warc.gz")}
    ds = load(warc_release["release"], "default", tmp_path)
    page_of = {A1: "part-1", A2: "part-1", A3: "part-2"}
    page_date = datetime(2025, 3, 5, 10, 20, 30, tzinfo=timezone.utc)
    for row in (r for split in ds for r in ds[split]):
        prov, rec = row["provenance"], index[row["article_url"]]
        assert prov["path"] == f"crawls/{page_of[row['article_url']]}.warc.gz"
        assert prov["locator"] == f"offset={rec['offset']};figure={row['figure_index']}"
        assert prov["record_id"] == rec["record_id"]
        assert prov["target_uri"] == row["article_url"]
        assert prov["fetch_date"] == page_date and prov["fetch_date"].utcoffset().total_seconds() == 0
    shard = next((warc_release["release"] / "data" / "default").glob("*.parquet"))
    fetch_type = pq.read_schema(shard).field("provenance").type.field("fetch_date").type
    assert (fetch_type.unit, fetch_type.tz) == ("us", "UTC")
    articles = parquet_rows(warc_release["release"], "articles")
    assert {a["url"]: a["provenance"]["locator"] for a in articles} == {
        url: f"offset={index[url]['offset']}" for url in page_of}


def test_a_page_fetched_twice_in_one_warc_is_one_article(tmp_path):
    """A crawl that fetched a page twice: the second capture's rows are duplicate ids, and the reject no longer
    says they came "from an earlier input" (it is the same file)."""
    root = tmp_path / "in"
    root.mkdir()
    pics = picture_bytes()
    warc = Warc(root / "twice.warc.gz")
    url = f"{SITE}/2025/03/01/sea-wall"
    for _ in range(2):
        warc.page(url, article_html("Town votes to rebuild its sea wall", url, captions_of(0)))
    warc.response(SITE + "/media/sea-wall-dawn.jpg", pics["/media/sea-wall-dawn.jpg"], "image/jpeg")
    warc.close()
    release = run_build([str(root)], tmp_path)
    assert [r["caption"] for r in parquet_rows(release, "default")] == [list(PICTURES)[0]]
    (dup,) = [r for r in parquet_rows(release, "rejects") if r["stage"] == "dedup"]
    assert dup["reason"] == "dedup_duplicate_id" and dup["source"].startswith("twice.warc.gz:offset=")
    assert dup["detail"] == "same id read earlier (the same article read twice, in this input or an earlier one)"
    assert_counts_add_up(manifest_of(release))


def test_truncated_warc_gz_keeps_earlier_articles(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    pics = picture_bytes()
    path = root / "cut.warc.gz"
    warc = Warc(path)
    for i, (caption, (size, src)) in enumerate(list(PICTURES.items())[:3]):
        url = f"{SITE}/2025/03/0{i + 1}/story-{i}"
        warc.response(SITE + src, pics[src], "image/jpeg")
        warc.page(url, article_html(f"Story number {i} from the harbour", url, [(src, caption)]))
    warc.close()
    index = record_index(path)
    last_page = index[f"{SITE}/2025/03/03/story-2"]["offset"]
    data = path.read_bytes()
    path.write_bytes(data[: last_page + (len(data) - last_page) // 2])  # cut inside the last page's record

    release = run_build([str(root)], tmp_path)
    rows = parquet_rows(release, "default")
    assert sorted(r["caption"] for r in rows) == sorted(list(PICTURES)[:2])
    rejects = [r for r in parquet_rows(release, "rejects") if r["stage"] == "ingest"]
    assert [(r["reason"], r["source"]) for r in rejects] == [("ingest_bad_gzip", f"cut.warc.gz:offset={last_page}")]
    assert_counts_add_up(manifest_of(release))


def test_pictures_named_with_spaces_or_accents_are_found_under_their_percent_encoded_address(tmp_path):
    """A page names a picture as its author typed it; a crawler records the address the browser requested,
    percent-encoded (some record it raw, some pages are encoded already): each is found, and image_url is the
    canonical percent-encoded address."""
    root = tmp_path / "in"
    root.mkdir()
    url = f"{SITE}/2025/06/02/market-square"
    # (src in the page, WARC-Target-URI path the crawler wrote, image_url expected, caption)
    named = [("/media/Bürgermeister-café.jpg", "/media/B%C3%BCrgermeister-caf%C3%A9.jpg",
              "/media/B%C3%BCrgermeister-caf%C3%A9.jpg", "The mayor opens the new market in the square"),
             ("/media/photo one.jpg", "/media/photo%20one.jpg", "/media/photo%20one.jpg",
              "Stallholders set out their fruit before dawn on Saturday"),
             ("/media/caf%c3%a9-terrace.jpg", "/media/caf%C3%A9-terrace.jpg", "/media/caf%C3%A9-terrace.jpg",
              "Diners sit on the terrace beside the old fountain"),
             ("/media/fischst%C3%A4nde.jpg", "/media/fischstände.jpg", "/media/fischst%C3%A4nde.jpg",
              "A fishmonger weighs the morning catch for a customer"),
             ("/media/rise-100%.jpg", "/media/rise-100%25.jpg", "/media/rise-100%25.jpg",
              "Shoppers crowd the aisles on the first day of trading")]
    warc = Warc(root / "crawl.warc.gz")
    warc.page(url, article_html("Market returns to the town square", url, [(src, cap) for src, _, _, cap in named]))
    for seed, (_, recorded, _, _) in enumerate(named):
        warc.response(SITE + recorded, photo((240 + seed * 10, 160), 40 + seed), "image/jpeg")
    warc.close()
    assert set(record_index(root / "crawl.warc.gz")) >= {SITE + recorded for _, recorded, _, _ in named}

    release = run_build([str(root)], tmp_path)
    rows = {r["caption"]: r for r in parquet_rows(release, "default")}
    assert {cap: (r["image_url"], r["image_width"]) for cap, r in rows.items()} == {
        cap: (SITE + expected, 240 + seed * 10) for seed, (_, _, expected, cap) in enumerate(named)}
    assert parquet_rows(release, "text_only") == []
    assert_counts_add_up(manifest_of(release))


def test_relative_pictures_resolve_against_the_fetched_address(tmp_path):
    """The canonical link names the bare host; the crawler fetched page and pictures from www."""
    root = tmp_path / "in"
    root.mkdir()
    fetched = "https://www.harbour-news.example/2025/05/01/rowing-club?utm_source=feed"
    html = article_html("Rowing club gets a new boathouse", f"{SITE}/2025/05/01/rowing-club",
                        [("/media/rowers.jpg", "Rowers train on the river at dawn"),
                         ("pics/crane.jpg", "A crane lifts the boathouse roof into place")])
    warc = Warc(root / "crawl.warc.gz")
    warc.page(fetched, html)
    warc.response("https://www.harbour-news.example/media/rowers.jpg", photo((300, 200), 11), "image/jpeg")
    warc.response("https://www.harbour-news.example/2025/05/01/pics/crane.jpg", photo((250, 180), 12), "image/jpeg")
    warc.close()
    release = run_build([str(root)], tmp_path)
    rows = {r["caption"]: r for r in parquet_rows(release, "default")}
    assert {c: (r["image_width"], r["image_height"]) for c, r in rows.items()} == {
        "Rowers train on the river at dawn": (300, 200), "A crane lifts the boathouse roof into place": (250, 180)}
    assert {r["article_url"] for r in rows.values()} == {f"{SITE}/2025/05/01/rowing-club"}  # identity: canonical


# the type a server gave the picture: a picture on S3 uploaded without one is served as binary/octet-stream, and
# its part was passed over as no picture, the caption going to text_only
@pytest.mark.parametrize("picture_type", ["image/jpeg", "application/octet-stream", "binary/octet-stream"])
def test_mhtml_page_gets_its_pictures_from_the_same_file(tmp_path, picture_type):
    """A page saved as a single MHTML file: its figures' pictures are parts of the file, found by address."""
    from test_ingest import CHROME_TOP, mhtml

    url = f"{SITE}/2025/06/02/tram"
    html = article_html("Tram line opens", url, [(f"{SITE}/media/tram.jpg", "The first tram leaves the depot"),
                                                 (f"{SITE}/media/crowd.jpg", "A crowd waits at the new stop")])
    root = tmp_path / "in"
    root.mkdir()
    (root / "tram.mhtml").write_bytes(mhtml([
        ({"Content-Type": "text/html", "Content-Location": url}, html),
        ({"Content-Type": "image/jpeg", "Content-Location": f"{SITE}/media/tram.jpg"}, photo((320, 210), 21)),
        ({"Content-Type": picture_type, "Content-Location": f"{SITE}/media/crowd.jpg"}, photo((280, 190), 22))],
        CHROME_TOP.replace("https://news.example/tram", url)))
    release = run_build([str(root)], tmp_path)
    rows = {r["caption"]: r for r in parquet_rows(release, "default")}
    assert {c: (r["image_width"], r["image_height"]) for c, r in rows.items()} == {
        "The first tram leaves the depot": (320, 210), "A crowd waits at the new stop": (280, 190)}
    assert {r["article_url"] for r in rows.values()} == {url}
    assert_counts_add_up(manifest_of(release))


def test_mhtml_picture_named_by_content_id_is_found(tmp_path):
    # a part with a Content-ID and no Content-Location, which the page names as cid:<id> (RFC 2392), was no item:
    # its caption went to text_only, the picture counted nowhere
    from test_ingest import CHROME_TOP, mhtml

    url = f"{SITE}/2025/06/02/tram"
    html = article_html("Tram line opens", url, [("cid:img-2@mhtml.blink", "A crowd waits at the new tram stop")])
    root = tmp_path / "in"
    root.mkdir()
    (root / "tram.mhtml").write_bytes(mhtml([
        ({"Content-Type": "text/html", "Content-Location": url}, html),
        ({"Content-Type": "image/jpeg", "Content-ID": "<img-2@mhtml.blink>"}, photo((280, 190), 23))],
        CHROME_TOP.replace("https://news.example/tram", url)))
    release = run_build([str(root)], tmp_path)
    (row,) = parquet_rows(release, "default")
    assert (row["image_url"], row["image_width"], row["image_height"]) == ("cid:img-2@mhtml.blink", 280, 190)
    manifest = manifest_of(release)
    assert_counts_add_up(manifest)
    assert (manifest["stages"]["ingest"]["seen"], manifest["stages"]["ingest"]["kept"]) == (3, 3)


def test_mhtml_page_saved_from_disk_publishes_no_local_path(tmp_path):
    # a page saved from a file on disk has Content-Location file:///home/...: it became the article_url, and its
    # relative pictures resolved to file:/// URLs, publishing where the saver kept their files
    from test_ingest import CHROME_TOP, mhtml

    local = "file:///home/jane/Downloads/tram.html"
    html = article_html("Tram line opens", None, [("media/tram.jpg", "The first tram leaves the depot at dawn")])
    root = tmp_path / "in"
    root.mkdir()
    (root / "tram.mhtml").write_bytes(mhtml([
        ({"Content-Type": "text/html", "Content-Location": local}, html),
        ({"Content-Type": "image/jpeg", "Content-Location": "file:///home/jane/Downloads/media/tram.jpg"},
         photo((320, 210), 24))], CHROME_TOP.replace("https://news.example/tram", local)))
    release = run_build([str(root)], tmp_path)
    assert_counts_add_up(manifest_of(release))
    (row,) = parquet_rows(release, "text_only")
    assert row["article_url"] is None and not (row["image_url"] or "").startswith("file:")
    (article,) = parquet_rows(release, "articles")
    assert "/home/jane" not in json.dumps(article, default=str)


@pytest.mark.parametrize("picture_type", ["image/jpeg", "application/octet-stream", "binary/octet-stream"])
def test_safari_web_archive_page_gets_its_pictures_from_the_same_file(tmp_path, picture_type):
    from test_ingest import webarchive

    url = f"{SITE}/2025/06/03/ferry"
    html = article_html("Ferry returns", url, [(f"{SITE}/media/ferry.jpg", "The ferry docks at the old pier")])
    root = tmp_path / "in"
    root.mkdir()
    (root / "ferry.webarchive").write_bytes(webarchive(html, "UTF-8", [(f"{SITE}/media/ferry.jpg", picture_type,
                                                                         photo((300, 220), 31))], url=url))
    release = run_build([str(root)], tmp_path)
    (row,) = parquet_rows(release, "default")
    assert (row["caption"], row["image_width"], row["image_height"]) == ("The ferry docks at the old pier", 300, 220)
    assert_counts_add_up(manifest_of(release))


def test_saved_page_with_pictures_embedded_as_data_uris(tmp_path):
    """SingleFile saves a page as one HTML file, its pictures data: URIs and its address in a comment."""
    import base64

    url = f"{SITE}/2025/06/04/lighthouse"
    data = photo((330, 220), 41)
    html = article_html("Lighthouse restored", None,
                        [("data:image/jpeg;base64," + base64.b64encode(data).decode(), "The lighthouse at dusk")])
    root = tmp_path / "in"
    root.mkdir()
    (root / "lighthouse.html").write_bytes(html.replace(b"<html", f"<!--\n Page saved with SingleFile \n url: {url} "
                                                                    f"\n-->\n<html".encode(), 1))
    release = run_build([str(root)], tmp_path)
    (row,) = parquet_rows(release, "default")
    assert (row["caption"], row["image_width"], row["image_height"]) == ("The lighthouse at dusk", 330, 220)
    assert row["image_url"].startswith("data:image/jpeg;sha256,") and len(row["image_url"]) == 87
    assert row["article_url"] == url
    spills = [p for p in (tmp_path / "cache").rglob("*") if p.is_file() and p.stat().st_size > len(data)]
    assert not [p for p in spills if base64.b64encode(data)[:64] in p.read_bytes()]  # the URI is not kept


def test_wacz_crawl_builds_like_its_warc(tmp_path):
    """A browser-based crawl's WACZ: the WARC inside is read in place; its pictures are found as in a WARC."""
    from test_ingest import wacz

    url = f"{SITE}/2025/06/05/dunes"
    warc = Warc(tmp_path / "crawl.warc.gz")
    warc.page(url, article_html("Dunes fenced off", url, [(f"{SITE}/media/dunes.jpg", "Fences along the dunes")]))
    warc.response(f"{SITE}/media/dunes.jpg", photo((310, 205), 51), "image/jpeg")
    warc.close()
    root = tmp_path / "in"
    root.mkdir()
    wacz(root / "crawl.wacz", {"data.warc.gz": (tmp_path / "crawl.warc.gz").read_bytes()})
    release = run_build([str(root)], tmp_path)
    (row,) = parquet_rows(release, "default")
    assert (row["caption"], row["image_width"], row["image_height"]) == ("Fences along the dunes", 310, 205)
    assert row["provenance"]["path"] == "crawl.wacz"
    assert row["provenance"]["locator"].startswith("archive/data.warc.gz:offset=")
    assert_counts_add_up(manifest_of(release))


def test_har_crawl_builds_with_its_pictures(tmp_path):
    """A headless crawl recorded as HAR (Playwright's record_har_path): page and picture from the same file."""
    from test_ingest import har

    url = f"{SITE}/2025/06/06/pier"
    html = article_html("Pier reopens", url, [(f"{SITE}/media/pier.jpg", "Anglers return to the pier")]).decode()
    root = tmp_path / "in"
    root.mkdir()
    (root / "crawl.har").write_bytes(har([(url, 200, "text/html; charset=utf-8", html),
                                          (f"{SITE}/media/pier.jpg", 200, "image/jpeg", photo((290, 200), 61))]))
    release = run_build([str(root)], tmp_path)
    (row,) = parquet_rows(release, "default")
    assert (row["caption"], row["image_width"], row["image_height"]) == ("Anglers return to the pier", 290, 200)
    assert row["provenance"]["path"] == "crawl.har" and row["article_url"] == url
    # the page request's startedDateTime (it was left empty)
    assert row["provenance"]["fetch_date"] == datetime(2025, 6, 6, 8, 15, 30, 125000, tzinfo=timezone.utc)
    assert_counts_add_up(manifest_of(release))


def test_archived_src_of_a_srcset_picture_is_found(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    url = f"{SITE}/2025/04/01/pier-anglers"
    figure = ('<figure><img src="/media/pier-400.jpg" srcset="/media/pier-400.jpg 400w, /media/pier-1200.jpg 1200w"'
              ' sizes="100vw"><figcaption>Anglers line the pier at sunset on Friday</figcaption></figure>')
    html = article_html("Anglers return to the pier", url, []).replace(b"</div></article>",
                                                                       figure.encode() + b"</div></article>")
    warc = Warc(root / "crawl.warc.gz")
    warc.page(url, html)
    warc.response(SITE + "/media/pier-400.jpg", photo((400, 260), 5), "image/jpeg")  # what a browser crawl loads
    warc.close()
    release = run_build([str(root)], tmp_path)
    assert [r["caption"] for r in parquet_rows(release, "default")] == ["Anglers line the pier at sunset on Friday"]


# --- a directory of everything ------------------------------------------------------------------

SCRAPE = """Lifeboat station opens its doors for the summer ...

Lifeboat station opens its doors for the summer ...

The lifeboat station on the north pier opened to visitors on Saturday for the first time since the storms.

Volunteer crew members show children the inshore lifeboat on the slipway.

Volunteer crew members show children the inshore lifeboat on the slipway.

The station manager said more than four hundred people had come through the boathouse before lunch.

Advertisement

Donations collected on the day will pay for new dry suits for the crew before the winter season.
"""
JSONL_TEXT = ("The ferry company said on Friday that the spring timetable would start a week early.\n\n"
              "Four return sailings a day will run until the end of April, then six in the summer.\n\n"
              "Island residents had asked for more early sailings so that workers can reach the mainland.\n")


def jsonl_lines() -> list[str]:
    url = f"{SITE}/2025/03/07/lighthouse"
    return [
        json.dumps({"url": url, "title": "Lighthouse keepers return", "date_publish": "2025-03-07 09:00:00",
                    "html": article_html("Lighthouse keepers return", url,
                                         [("/media/lighthouse.jpg", "The lighthouse keeper climbs the spiral stairs")]
                                         ).decode()}),
        json.dumps({"url": f"{SITE}/2025/03/08/ferry", "title": "Ferry starts early", "maintext": JSONL_TEXT}),
        '{"url": "https://harbour-news.example/broken", "html": "<html>',
    ]


def make_mixed_root(root: Path) -> dict[str, str]:
    """Every kind of input plus junk; returns input path -> what should become of it."""
    root.mkdir(parents=True)
    (root / "story.html").write_bytes(article_html(
        "Market hall roof is finally fixed", f"{SITE}/2025/03/01/market-roof",
        [("https://cdn.harbour-news.example/market-roof.jpg", "Roofers lay the last slates on the market hall")]))
    (root / "saved.html").write_bytes(article_html(
        "School choir wins the county prize", None,
        [("saved_files/choir.jpg", "The school choir sings at the county final")]))
    (root / "saved_files").mkdir()
    (root / "saved_files" / "choir.jpg").write_bytes(photo((230, 150), 40))
    warc = Warc(root / "crawl.warc.gz")
    warc.page(A2, article_html("Harbour bakery reopens after the flood", A2, captions_of(4)))
    warc.response(SITE + "/media/baker-loaves.jpg", picture_bytes()["/media/baker-loaves.jpg"], "image/jpeg")
    warc.close()
    (root / "export.jsonl").write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    (root / "scrape.txt").write_text(SCRAPE, encoding="utf-8")
    (root / "junk.bin").write_bytes(random.Random(3).randbytes(3000))
    (root / "empty.html").write_bytes(b"")
    (root / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (root / "loose.jpg").write_bytes(photo((120, 90), 41))
    return {"story.html": "article", "saved.html": "article", "crawl.warc.gz": "article", "export.jsonl": "article",
            "scrape.txt": "article", "junk.bin": "ingest_unknown_kind", "empty.html": "ingest_empty",
            "report.pdf": "ingest_unknown_kind", "loose.jpg": "ingest_unknown_kind"}


def test_mixed_directory_accounts_for_every_input(tmp_path):
    expected = make_mixed_root(tmp_path / "in")
    release = run_build([str(tmp_path / "in")], tmp_path)
    manifest = manifest_of(release)
    assert_counts_add_up(manifest)
    assert sorted(i["path"] for i in manifest["inputs"]) == sorted(expected)
    articles = parquet_rows(release, "articles")
    rejects = parquet_rows(release, "rejects")
    file_rejects = {r["source"]: (r["stage"], r["reason"], r["detail"]) for r in rejects if ":" not in r["source"]}
    for path, fate in expected.items():
        if fate == "article":
            assert any(a["provenance"]["path"] == path for a in articles), path
        else:
            assert file_rejects[path][:2] == ("ingest", fate), path
    assert "PDF" in file_rejects["report.pdf"][2] and "JPEG" in file_rejects["loose.jpg"][2]
    bad_line = [r for r in rejects if r["source"] == "export.jsonl:line=3"]
    assert [(r["stage"], r["reason"]) for r in bad_line] == [("ingest", "ingest_bad_json_line")]
    # the two good JSONL lines are articles of their own, located by line
    assert sorted(a["provenance"]["locator"] for a in articles if a["provenance"]["path"] == "export.jsonl") == \
        ["line=1", "line=2"]
    ingest = manifest["stages"]["ingest"]
    assert ingest["seen"] == len(expected) + 2 + 3  # files + WARC page and picture + JSONL lines
    assert ingest["rejected"] == {"ingest_unknown_kind": 3, "ingest_empty": 1, "ingest_bad_json_line": 1}

    default = {r["caption"]: r for r in parquet_rows(release, "default")}
    text_only = {r["caption"]: r for r in parquet_rows(release, "text_only")}
    assert set(default) == {"The school choir sings at the county final",
                            "The baker lifts the first loaves from the new oven"}
    assert {"Roofers lay the last slates on the market hall", "The lighthouse keeper climbs the spiral stairs",
            "Volunteer crew members show children the inshore lifeboat on the slipway."} <= set(text_only)
    assert Image.open(io.BytesIO(default["The school choir sings at the county final"]["image"]["bytes"])).size \
        == (230, 150)


def test_list_glob_and_stdin_sources_through_the_cli(tmp_path, monkeypatch):
    root = tmp_path / "in"
    make_mixed_root(root)
    (tmp_path / "outside.html").write_bytes(article_html("Outside", None, []))
    elsewhere = tmp_path / "elsewhere" / "ferry.html"  # listed by absolute path: as if on the command line
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(article_html("Ferry starts its spring timetable", f"{SITE}/2025/03/09/ferry-spring",
                                       [("/media/ferry-spring.jpg", "The ferry leaves the island at first light")]))
    (root / "pages.txt").write_text(f"# what to build\nsaved.html\n\ncrawl.warc.gz\n../outside.html\n{elsewhere}\n",
                                    encoding="utf-8")

    def cli_build(sources: list[str], name: str) -> dict:
        out = tmp_path / name
        code = corpus_main(["build", *sources, "--out", str(out), "--cache-dir", str(tmp_path / "c"),
                            "--no-progress", "--strict"])
        assert code == 0, name
        manifest = manifest_of(out)
        assert_counts_add_up(manifest)
        return {"inputs": [i["path"] for i in manifest["inputs"]], "rejects": parquet_rows(out, "rejects"),
                "default": parquet_rows(out, "default")}

    listed = cli_build(["@" + str(root / "pages.txt")], "listed")
    assert listed["inputs"] == ["saved.html", "crawl.warc.gz", "ferry.html"]
    assert ("ingest_outside_root", "../outside.html") in {(r["reason"], r["source"]) for r in listed["rejects"]}
    assert len(listed["default"]) == 2

    globbed = cli_build([str(root / "**" / "*.html")], "globbed")
    assert globbed["inputs"] == ["empty.html", "saved.html", "story.html"]  # nothing from saved_files/

    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{root / 'scrape.txt'}\n{root / 'saved.html'}\n"))
    piped = cli_build(["-"], "piped")
    assert piped["inputs"] == ["scrape.txt", "saved.html"]
    assert [r["caption"] for r in piped["default"]] == ["The school choir sings at the county final"]


def test_a_list_that_cannot_be_read_is_a_reject_named_without_its_absolute_path(tmp_path):
    root = tmp_path / "in"
    make_mixed_root(root)
    listing = tmp_path / "lists" / "pages.txt"  # given by its absolute path, as `find` users do
    listing.parent.mkdir()
    listing.write_bytes(b"saved.html\ncaf\xe9.html\n")  # a Latin-1 name: not UTF-8
    out = tmp_path / "out"
    code = corpus_main(["build", f"@{listing}", str(root / "story.html"), "--out", str(out),
                        "--cache-dir", str(tmp_path / "c"), "--no-progress"])
    assert code == 0
    manifest = manifest_of(out)
    assert_counts_add_up(manifest)
    rejects = parquet_rows(out, "rejects")
    assert [(r["stage"], r["reason"], r["source"]) for r in rejects] == [("ingest", "ingest_unreadable", "pages.txt")]
    assert "UnicodeDecodeError" in rejects[0]["detail"] and str(tmp_path) not in rejects[0]["detail"]
    assert manifest["stages"]["ingest"]["rejected"] == {"ingest_unreadable": 1}


def test_symlinks_escaping_the_root_are_rejected_and_never_opened(tmp_path, monkeypatch):
    root = tmp_path / "in"
    make_mixed_root(root)
    secret_page = tmp_path / "private" / "diary.html"
    secret_page.parent.mkdir()
    secret_page.write_bytes(article_html("Private diary", None, [("diary_files/me.jpg", "A private holiday photo")]))
    secret_photo = tmp_path / "private" / "me.jpg"
    secret_photo.write_bytes(photo((150, 100), 99))
    (root / "diary.html").symlink_to(secret_page)
    (root / "private").symlink_to(tmp_path / "private")
    (root / "saved_files" / "leak.jpg").symlink_to(secret_photo)  # a saved page's picture that points out
    (root / "saved.html").write_bytes(article_html("School choir wins the county prize", None, [
        ("saved_files/choir.jpg", "The school choir sings at the county final"),
        ("saved_files/leak.jpg", "The picture behind a symbolic link")]))

    opened = spy_on_open(monkeypatch)
    release = run_build([str(root)], tmp_path)
    monkeypatch.undo()
    assert str(os.path.realpath(root / "saved.html")) in opened  # the spy sees the build's reads
    assert os.path.realpath(secret_page) not in opened
    assert os.path.realpath(secret_photo) not in opened
    rejects = {(r["stage"], r["reason"], r["source"]) for r in parquet_rows(release, "rejects")}
    assert ("ingest", "ingest_outside_root", "diary.html") in rejects
    assert ("ingest", "ingest_outside_root", "private") in rejects
    assert any(stage == "images" and reason == "image_outside_root" and src.startswith("saved.html:")
               for stage, reason, src in rejects)
    assert "Private diary" not in {a["title"] for a in parquet_rows(release, "articles")}
    assert_counts_add_up(manifest_of(release))


def test_an_article_read_twice_is_written_once_and_its_repeats_are_ledgered(tmp_path):
    # the same story as a saved page and as a line of a crawl export (same canonical address, so same ids),
    # between two stories read once; the second reading of each of its rows is a dedup_duplicate_id reject
    url = f"{SITE}/2025/03/09/regatta"
    story = article_html("Regatta draws record crowd", url,
                         [("https://cdn.harbour-news.example/regatta.jpg", "Rowers round the harbour buoy at dawn"),
                          ("https://cdn.harbour-news.example/crowd.jpg", "Crowds line the sea wall for the final")])
    root = tmp_path / "in"
    root.mkdir()
    (root / "a-first.html").write_bytes(article_html(
        "Pier lights restored", f"{SITE}/2025/03/08/pier", [("https://cdn.harbour-news.example/pier.jpg",
                                                               "The restored pier lights shine over the bay")]))
    (root / "b-regatta.html").write_bytes(story)
    (root / "c-export.jsonl").write_text(json.dumps({"url": url, "html": story.decode()}) + "\n", encoding="utf-8")
    (root / "d-last.html").write_bytes(article_html(
        "Fish market moves", f"{SITE}/2025/03/10/fish", [("https://cdn.harbour-news.example/fish.jpg",
                                                           "Traders carry crates into the new fish market")]))
    release = run_build([str(root)], tmp_path)
    manifest = manifest_of(release)
    assert_counts_add_up(manifest)
    articles = parquet_rows(release, "articles")
    assert sorted(a["provenance"]["path"] for a in articles) == ["a-first.html", "b-regatta.html", "d-last.html"]
    rows = parquet_rows(release, "text_only")
    assert sorted(r["caption"] for r in rows) == [
        "Crowds line the sea wall for the final", "Rowers round the harbour buoy at dawn",
        "The restored pier lights shine over the bay", "Traders carry crates into the new fish market"]
    assert {r["provenance"]["path"] for r in rows if "Regatta" in (r["article_title"] or "")} == {"b-regatta.html"}
    repeats = [r for r in parquet_rows(release, "rejects") if r["reason"] == "dedup_duplicate_id"]
    assert len(repeats) == 2 and {r["source"].split(":")[0] for r in repeats} == {"c-export.jsonl"}
    assert manifest["stages"]["dedup"]["rejected"].get("dedup_duplicate_id") == 2


def _scrape(topic: str, caption: str) -> str:
    return (f"{topic} opened to visitors on Saturday for the first time since the winter storms closed it.\n\n"
            f"{caption}\n\n{caption}\n\n"
            f"The manager of the {topic.lower()} said more than four hundred people came through before lunch.\n")


def test_articles_of_one_export_are_articles_of_their_own(tmp_path):
    # two text articles without an address and one with, and a page without one, all in one export: each is
    # an article with its own id (the file's hash is no article's), and each has its row in `articles`
    root = tmp_path / "in"
    root.mkdir()
    lines = [{"text": _scrape("The lifeboat station", "Crew members show children the inshore lifeboat")},
             {"text": _scrape("The old lighthouse", "The keeper climbs the spiral stairs to the lamp room")},
             {"text": _scrape("The harbour museum", "Visitors queue at the museum door in the morning sun"),
              "url": f"{SITE}/2025/04/02/museum"},
             {"html": article_html("Market hall reroofed", None, [("https://cdn.harbour-news.example/hall.jpg",
                                                                    "Roofers lay the last slates on the market hall")]
                                   ).decode()}]
    (root / "export.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    release = run_build([str(root)], tmp_path)
    assert_counts_add_up(manifest_of(release))
    articles = parquet_rows(release, "articles")
    assert sorted(a["provenance"]["locator"] for a in articles) == ["line=1", "line=2", "line=3", "line=4"]
    assert len({a["article_id"] for a in articles}) == 4
    rows = parquet_rows(release, "text_only")
    assert len(rows) == 4 and len({r["article_id"] for r in rows}) == 4
    row_of = {r["id"]: r for r in rows}
    topic_of = {"Crew members": "lifeboat", "The keeper": "lighthouse", "Visitors queue": "museum",
                "Roofers lay": "Market hall"}
    for a in articles:  # each article lists its own figure, and only it
        (figure,) = a["figure_ids"]
        assert row_of[figure]["article_id"] == a["article_id"]
        topic = next(t for start, t in topic_of.items() if row_of[figure]["caption"].startswith(start))
        assert topic in " ".join(a["paragraphs"]) + (a["title"] or "")
    assert not [r for r in parquet_rows(release, "rejects") if r["reason"] == "dedup_duplicate_id"]


def test_stories_naming_the_front_page_as_canonical_stay_apart(tmp_path):
    # a template that sets every story's canonical link to the site's front page: the link names no story, so
    # the two stories keep their own ids and rows (they merged into one article before)
    root = tmp_path / "in"
    root.mkdir()
    for name, title, (src, caption) in (
            ("bridge.html", "Footbridge plan approved", ("https://cdn.harbour-news.example/bridge.jpg",
                                                         "The new footbridge will cross the inner harbour")),
            ("library.html", "Flooded library reopens", ("https://cdn.harbour-news.example/library.jpg",
                                                         "Volunteers carry books back onto the dried shelves"))):
        (root / name).write_bytes(article_html(title, f"{SITE}/", [(src, caption)]))
    release = run_build([str(root)], tmp_path)
    assert_counts_add_up(manifest_of(release))
    articles = {a["provenance"]["path"]: a for a in parquet_rows(release, "articles")}
    assert sorted(articles) == ["bridge.html", "library.html"]
    assert articles["bridge.html"]["article_id"] != articles["library.html"]["article_id"]
    assert articles["library.html"]["title"] == "Flooded library reopens" and articles["library.html"]["url"] is None
    assert articles["library.html"]["site"] == "Harbour News"  # og:site_name
    rows = {r["caption"]: r for r in parquet_rows(release, "text_only") + parquet_rows(release, "default")}
    library = rows["Volunteers carry books back onto the dried shelves"]
    assert library["article_id"] == articles["library.html"]["article_id"]
    assert library["article_title"] == "Flooded library reopens"


TOPICS = ("Fishermen mend their nets", "A crane lifts the new pontoon", "Children feed the swans",
          "The lifeboat crew trains", "Divers check the harbour wall", "A yacht returns from Spain",
          "Gulls circle the fish market", "The ferry loads its first cars", "Painters restore the lighthouse",
          "A seal rests on the slipway", "Rowers race past the pier", "The harbour master inspects buoys")


def test_pictures_a_browser_saved_beside_their_pages_have_no_made_up_address(tmp_path):
    # twelve saved pages, each index.html with its own index_files/image.jpg: resolving that path against each
    # story's address made up one URL that never existed, shared by twelve different photos, which then formed
    # one split group (every row in one split)
    root = tmp_path / "in"
    for n in range(12):
        folder = root / f"{n:02d}"
        (folder / "index_files").mkdir(parents=True)
        (folder / "index_files" / "image.jpg").write_bytes(photo((400, 300), 100 + n))
        (folder / "index.html").write_bytes(article_html(
            f"Harbour story number {n}", f"{SITE}/local/story-{n}",
            [("index_files/image.jpg", f"{TOPICS[n]} on the quay this morning")]))
    release = run_build([str(root)], tmp_path)
    manifest = manifest_of(release)
    assert_counts_add_up(manifest)
    rows = parquet_rows(release, "default")
    assert len(rows) == 12 and len({r["image_sha256"] for r in rows}) == 12
    assert all(r["image_url"] is None for r in rows)
    assert len({r["id"] for r in rows}) == 12
    assert manifest["groups"]["sizes"] == {"1": 12}  # each story its own group


def test_saved_page_folders_with_localized_names_are_the_pages_not_inputs(tmp_path):
    # the walk knew only a fixed list of folder names (_files, -Dateien, ...): a Dutch "_bestanden/" or Russian
    # "_файлы/" folder was walked as input, its pictures rejected as unknown kinds and a frame the browser saved
    # in it read as an article of its own, while the extractor took the same folder for the page's
    root = tmp_path / "in"
    pages = {"rit": "rit_bestanden", "poezdka": "poezdka_файлы"}
    for n, (name, folder) in enumerate(pages.items()):
        (root / folder).mkdir(parents=True)
        (root / folder / "a.jpg").write_bytes(photo((320, 210), 300 + n))
        (root / f"{name}.html").write_bytes(article_html(
            f"Tram story {name}", f"{SITE}/2025/01/{name}", [(f"{folder}/a.jpg", f"{TOPICS[n]} beside the new tram")]))
    (root / "rit_bestanden" / "saved_resource.html").write_bytes(article_html(
        "Advertisement frame", None, [("a.jpg", "An advertisement frame with a caption of its own")]))
    # a folder named like one but with no page beside it is an ordinary folder: its files are inputs
    (root / "notes_bestanden").mkdir()
    (root / "notes_bestanden" / "story.html").write_bytes(article_html(
        "Notes story", f"{SITE}/2025/01/notes", [(f"{SITE}/media/notes.jpg", f"{TOPICS[5]} at the notes desk")]))
    release = run_build([str(root)], tmp_path)
    manifest = manifest_of(release)
    assert_counts_add_up(manifest)
    assert {a["provenance"]["path"] for a in parquet_rows(release, "articles")} == {
        "rit.html", "poezdka.html", "notes_bestanden/story.html"}
    assert not [r for r in parquet_rows(release, "rejects") if r["stage"] == "ingest"]
    rows = parquet_rows(release, "default")
    assert sorted(r["provenance"]["path"] for r in rows) == ["poezdka.html", "rit.html"]
    assert all(r["image_url"] is None and r["image_width"] == 320 for r in rows)
    # a glob passes over the pages' folders as the walk does
    from corpus.ingest import expand_sources
    from corpus.rejects import Ledger

    assert [f.rel for f in expand_sources([str(root / "**" / "*.html")], Ledger())] == [
        "notes_bestanden/story.html", "poezdka.html", "rit.html"]


def test_a_saved_page_is_taken_down_by_the_address_it_was_saved_from(tmp_path):
    # a saved page without a canonical link: its URL is the browser's "saved from url" mark, which the takedown
    # list must catch as it catches a canonical link or a WARC record's address
    root = tmp_path / "in"
    root.mkdir()
    url = f"{SITE}/print/ferry-returns?amp=1"
    page = article_html("Ferry returns", None, [("https://cdn.harbour-news.example/ferry.jpg",
                                                  "The ferry docks at the quay for the first time in a year")])
    (root / "ferry.html").write_bytes(f"<!-- saved from url=({len(url):04d}){url} -->\n".encode() + page)
    (root / "pier.html").write_bytes(article_html("Pier lights restored", "https://bay-gazette.example/pier", [
        ("https://cdn.harbour-news.example/pier.jpg", "The restored pier lights shine over the bay")]))
    for key, value in (("exclude_urls", url), ("exclude_domains", "harbour-news.example")):
        cfg = tmp_path / f"{key}.toml"
        cfg.write_text(f'[ingest]\n{key} = ["{value}"]\n')
        out = tmp_path / key
        assert corpus_main(["build", str(root), "--out", str(out), "--cache-dir", str(tmp_path / "c"),
                            "--no-progress", "--config", str(cfg)]) == 0
        rejects = [r for r in parquet_rows(out, "rejects") if r["reason"] == "extract_excluded"]
        assert "ferry.html" in {r["source"] for r in rejects}, key
        assert {a["provenance"]["path"] for a in parquet_rows(out, "articles")} == {"pier.html"}


def test_articles_title_and_bylines_are_cleaned_as_the_pair_rows_are(tmp_path):
    """A JSON-LD headline and byline keep the entities and mojibake a CMS left in them (script text is not
    entity-decoded): the articles config reads them cleaned, as article_title and article_authors do."""
    root = tmp_path / "in"
    root.mkdir()
    url = f"{SITE}/2025/07/01/library-budget"
    html = article_html("Council &amp; mayor clash over library cafÃ©", url,
                        [("/media/cafe.jpg", "Readers queue at the library café before it opens on Monday")]).decode()
    html = html.replace('"NewsArticle",', '"NewsArticle", "author": [{"@type": "Person", '
                                          '"name": "ZoÃ« Ward &amp; Ana Ruiz"}, {"@type": "Person", "name": " "}],')
    (root / "export.jsonl").write_text(json.dumps({"url": url, "html": html}) + "\n", encoding="utf-8")
    release = run_build([str(root)], tmp_path)
    (article,) = parquet_rows(release, "articles")
    (row,) = parquet_rows(release, "text_only")  # the picture is not in the input
    assert article["title"] == row["article_title"] == "Council & mayor clash over library café"
    assert article["authors"] == row["article_authors"] == ["Zoë Ward & Ana Ruiz"]
    assert_counts_add_up(manifest_of(release))


class SmallReads(io.BufferedReader):
    """A real file that refuses a read() of all of it, or of more than 1 MiB at once."""

    def read(self, size=-1):
        assert size is not None and 0 <= size <= 1 << 20, f"read({size}): a whole block at once"
        return super().read(size)


def test_an_inputs_rejects_are_read_back_a_line_at_a_time(tmp_path, monkeypatch):
    """Was: phase 2 read all of one input's rejects into memory at once (one read of its spill's rejects): a
    JSON-lines export of 500,000 bad lines added 84 MB to the build's peak, growing with the bad lines. They are
    now read one line at a time, and each is still in the release."""
    import corpus.phase1 as phase1

    root = tmp_path / "in"
    root.mkdir()
    bad = 12_000  # about 2 MB of rejects
    lines = jsonl_lines()[:1] + [json.dumps({"url": f"{SITE}/gone/{i}", "summary": "no body"}) for i in range(bad)]
    (root / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def small_reads(file, mode="r", *a, **k):
        return SmallReads(io.FileIO(file, "rb")) if mode == "rb" else open(file, mode, *a, **k)

    monkeypatch.setattr(phase1, "open", small_reads, raising=False)
    release = run_build([str(root)], tmp_path)
    rejects = [r for r in parquet_rows(release, "rejects") if r["reason"] == "ingest_bad_json_line"]
    assert len(rejects) == bad
    assert sorted(int(r["source"].rsplit("=", 1)[1]) for r in rejects) == list(range(2, bad + 2))
    assert_counts_add_up(manifest_of(release))


# --- JSON records that list their pictures ------------------------------------------------------

LISTED_URL = f"{SITE}/2025/03/11/pier"
LISTED_BODY = [
    "The harbour council met on Monday evening to decide who pays for the storm repairs on the pier.",
    "Fishermen mend their nets on the quay before dawn.",  # a scrape prints the first caption twice here
    "Fishermen mend their nets on the quay before dawn.",
    "Councillors argued for three hours before they agreed to split the bill with the port authority.",
    "The lifeboat crew stands on the slipway beside the damaged railings.",  # the third caption, printed once
    "Work on the pier is due to start in May and should take most of the summer, the council said.",
]


def listed_record() -> dict:
    """A crawled article as JSON: its body text and the list of its pictures, news-captioning style."""
    return {
        "url": LISTED_URL, "title": "Council splits the pier bill", "date_publish": "2025-03-11 08:00:00",
        "maintext": "\n\n".join(LISTED_BODY) + "\n",
        "images": [
            {"url": "/media/nets.jpg", "caption": "Fishermen mend their nets on the quay before dawn. "
                                                  "Photo: Jane Roe/Reuters", "credit": None, "alt": "Nets"},
            {"src": "https://cdn.harbour-news.example/pier.jpg", "caption": "The storm-damaged pier seen from "
             "the harbour wall", "credit": "(Ali Khan/Harbour News)", "paragraph": 3},
            "https://cdn.harbour-news.example/no-caption.jpg",
            {"image_url": "https://cdn.harbour-news.example/crew.jpg",
             "caption": "The lifeboat crew stands on the slipway beside the damaged railings."},
            {"url": "https://cdn.harbour-news.example/vote.jpg", "caption": "Councillors vote at the town hall "
                                                                            "on the repair plan"},
            {"url": "https://cdn.harbour-news.example/credit.jpg", "caption": "Photo: Reuters"},
            {"url": "https://cdn.harbour-news.example/far.jpg", "caption": "The pier at night after the lights "
                                                                           "came back on", "paragraph": 99},
            42,
            {"alt": "a picture with neither address nor caption"},
            "/media/nets.jpg",
        ]}


def test_json_records_that_list_their_pictures_give_one_listed_figure_each(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    cdn = "https://cdn.harbour-news.example"
    pictures = {f"{SITE}/media/nets.jpg": photo((300, 200), 60), f"{cdn}/pier.jpg": photo((320, 240), 61),
                f"{cdn}/no-caption.jpg": photo((300, 200), 62), f"{cdn}/crew.jpg": photo((280, 210), 63),
                f"{cdn}/vote.jpg": photo((300, 220), 64), f"{cdn}/far.jpg": photo((260, 200), 65)}
    warc = Warc(root / "pictures.warc.gz")  # the pictures as a crawl archived them, found by address
    for url, data in pictures.items():
        warc.response(url, data, "image/jpeg")
    warc.close()
    page_url = f"{SITE}/2025/03/12/regatta"
    lines = [listed_record(),
             {"url": page_url, "html": article_html("Regatta draws a crowd", page_url, [
                 ("https://cdn.harbour-news.example/regatta.jpg", "Rowers round the harbour buoy at dawn")]).decode(),
              # the page's own picture listed again: its HTML names it, so it is read once, from the HTML
              "images": [{"url": "https://cdn.harbour-news.example/regatta.jpg", "caption": "Listed again: the "
                                                                                           "page's HTML names it"}]},
             {"maintext": "\n\n".join(LISTED_BODY[:2] + LISTED_BODY[3:]), "title": "No address",
              "figures": ["nets.jpg", {"src": "file:///home/jane/crawl/nets.jpg", "caption": "A local copy"}]},
             {"url": f"{SITE}/2025/03/13/odd", "maintext": "\n\n".join(LISTED_BODY), "images": "nets.jpg"}]
    (root / "export.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    release = run_build([str(root)], tmp_path)
    manifest = manifest_of(release)
    assert_counts_add_up(manifest)

    default = {r["caption"]: r for split in load(release, "default", tmp_path).values() for r in split}
    nets = default["Fishermen mend their nets on the quay before dawn."]
    assert (nets["credit"], nets["alt_text"], nets["caption_source"]) == ("Photo: Jane Roe/Reuters", "Nets", "json_list")
    assert nets["image_url"] == f"{SITE}/media/nets.jpg"  # resolved against the record's url
    assert nets["image"].size == (300, 200)
    # placed where the text printed its caption twice; the copies are neither body nor a figure of their own
    assert (nets["image_position"], nets["context_before"], nets["context_after"][0]) == (1, LISTED_BODY[:1],
                                                                                        LISTED_BODY[3])
    pier = default["The storm-damaged pier seen from the harbour wall"]
    assert (pier["credit"], pier["image"].size, pier["image_position"]) == ("Ali Khan/Harbour News", (320, 240), 1)
    assert pier["context_after"][0] == LISTED_BODY[3]  # `paragraph` 3 counts the text's paragraphs as written
    crew = default["The lifeboat crew stands on the slipway beside the damaged railings."]
    assert crew["image_position"] == 2 and crew["context_after"] == LISTED_BODY[5:]
    assert LISTED_BODY[4] not in crew["context_before"]  # a caption printed once in the text is not its context
    vote = default["Councillors vote at the town hall on the repair plan"]
    assert (vote["image_position"], vote["context_before"], vote["context_after"]) == (-1, [], [])
    far = default["The pier at night after the lights came back on"]  # `paragraph` past the end: after the last
    assert (far["image_position"], far["context_before"][-1], far["context_after"]) == (3, LISTED_BODY[5], [])
    assert "Listed again: the page's HTML names it" not in default

    article = next(a for a in parquet_rows(release, "articles") if a["url"] == LISTED_URL)
    assert article["paragraphs"] == [LISTED_BODY[0], LISTED_BODY[3], LISTED_BODY[5]]
    rows = parquet_rows(release, "default") + parquet_rows(release, "text_only")
    captions = [r["caption"] for r in rows if r["article_url"] == LISTED_URL]
    assert captions.count("Fishermen mend their nets on the quay before dawn.") == 1
    assert len(captions) == 5 and {r["caption_source"] for r in rows if r["article_url"] == LISTED_URL} == \
        {"json_list"}
    # a list that is no array is a reject, and the text is read as any text is: its caption pair is a caption
    odd = [r for r in rows if r["article_url"] == f"{SITE}/2025/03/13/odd"]
    assert [(r["caption"], r["caption_source"]) for r in odd] == [
        ("Fishermen mend their nets on the quay before dawn.", "text_scrape")]
    text_only = {r["caption"]: r for r in parquet_rows(release, "text_only")}
    assert "Rowers round the harbour buoy at dawn" in text_only  # the page's own figure, as before

    rejects = {(r["stage"], r["reason"], r["source"]): r["detail"] for r in parquet_rows(release, "rejects")}
    assert rejects[("pair", "pair_no_caption", "export.jsonl:line=1;figure=2")] == \
        "https://cdn.harbour-news.example/no-caption.jpg"
    assert ("pair", "pair_no_caption", "export.jsonl:line=1;figure=5") in rejects  # only a credit
    assert "not an object" in rejects[("figures", "extract_no_image_url", "export.jsonl:line=1;image=7")]
    assert "no address" in rejects[("figures", "extract_no_image_url", "export.jsonl:line=1;image=8")]
    assert rejects[("figures", "extract_duplicate_image", "export.jsonl:line=1;image=9")] == f"{SITE}/media/nets.jpg"
    # no web address for these (relative without the record's url, a path on the crawling machine): the
    # caption goes to text_only as a page's does, the local path published nowhere
    assert rejects[("pair", "pair_no_caption", "export.jsonl:line=3;figure=0")] == "nets.jpg"
    local = next(r for r in text_only.values() if r["caption"] == "A local copy")
    assert local["image_url"] is None
    assert "/home/jane" not in json.dumps(parquet_rows(release, "rejects") + list(text_only.values()), default=str)
    assert "not an array" in rejects[("figures", "extract_no_image_url", "export.jsonl:line=4;images")]
    figures = manifest["stages"]["figures"]
    assert figures["rejected"] == {"extract_no_image_url": 3, "extract_duplicate_image": 1}
    assert figures["seen"] == figures["kept"] + 4 and figures["kept"] >= 7 + 2 + 1


def test_a_captioning_datasets_pictures_kept_beside_its_json_are_opened_inside_the_root(tmp_path, monkeypatch):
    # VisualNews as distributed: data.json, one record a picture, the pictures under ./<source>/images/; a path
    # that leaves the input root is never opened
    root = tmp_path / "in"
    (root / "humber" / "images").mkdir(parents=True)
    (root / "humber" / "images" / "1.jpg").write_bytes(photo((320, 240), 70))
    (root / "humber" / "images" / "2.jpg").write_bytes(photo((300, 200), 71))
    (tmp_path / "secret.jpg").write_bytes(photo((300, 200), 72))
    records = [{"id": 1, "caption": "Volunteers clear sea buckthorn from the dunes at the point",
                "image_path": "./humber/images/1.jpg", "article_path": "./humber/articles/1.txt"},
               {"id": 2, "caption": "The bridge closed to high-sided vehicles during the storm",
                "image_path": "./humber/images/2.jpg", "article_path": "./humber/articles/2.txt"},
               {"id": 3, "caption": "A picture the record places outside the dataset folder",
                "image_path": "../secret.jpg", "article_path": "./humber/articles/3.txt"}]
    (root / "data.json").write_text(json.dumps(records), encoding="utf-8")
    opened = spy_on_open(monkeypatch)
    release = run_build([str(root)], tmp_path)
    monkeypatch.undo()
    assert str(os.path.realpath(root / "humber" / "images" / "1.jpg")) in opened  # the spy sees the build's reads
    assert os.path.realpath(tmp_path / "secret.jpg") not in opened
    assert_counts_add_up(manifest_of(release))
    default = {r["caption"]: r for split in load(release, "default", tmp_path).values() for r in split}
    assert {c: r["image"].size for c, r in default.items()} == {
        "Volunteers clear sea buckthorn from the dunes at the point": (320, 240),
        "The bridge closed to high-sided vehicles during the storm": (300, 200)}
    rejects = {r["source"]: r for r in parquet_rows(release, "rejects")}
    assert any(r["reason"] == "image_outside_root" for r in rejects.values())
