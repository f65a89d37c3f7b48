"""End to end (issue 6): hostile pictures behind a saved page's figures never crash `corpus build`.

Each figure of one saved page points at a different troublesome file in its `_files/` folder (or outside the
input root). The build must exit 0, store the usable ones as decodable RGB pictures at their upright size,
and record a reject naming each unusable one.
"""
from __future__ import annotations

import io
import json
import os
import struct
import zlib
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from PIL import Image

from conftest import load, spy_on_open
from corpus.cli import main as corpus_main

ORIENTATION = 0x0112


def gradient(size: tuple[int, int], seed: int) -> Image.Image:
    """A photo-like RGB picture (smooth gradients, distinct per seed, so pHashes differ)."""
    w, h = size
    im = Image.linear_gradient("L").resize(size)
    r = im.rotate(seed * 37 % 360).resize(size)
    g = im.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    b = Image.effect_noise(size, 40 + seed)
    return Image.merge("RGB", (r, g, b))


def with_alpha(im: Image.Image) -> Image.Image:
    """The picture fading from transparent (top) to opaque (bottom)."""
    im = im.convert("RGBA")
    im.putalpha(Image.linear_gradient("L").resize(im.size))
    return im


def encode(im: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bytes(width: int, height: int, depth: int, rows: bytes, colour: int = 2) -> bytes:
    """A PNG written by hand: lets the test make a 16-bit RGB file and a giant header cheaply."""
    ihdr = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", zlib.compress(rows))
            + png_chunk(b"IEND", b""))


def sixteen_bit_png(width: int = 120, height: int = 90) -> bytes:
    row = b"".join(struct.pack(">HHH", x * 500, 40000 - x * 300, 20000) for x in range(width))
    return png_bytes(width, height, 16, (b"\x00" + row) * height)


def bomb_png() -> bytes:
    """A 20000x20000 PNG header with a few bytes of pixel data: costs nothing unless someone decodes it."""
    return png_bytes(20000, 20000, 8, b"\x00" * 1000)


def rotated_jpeg() -> bytes:
    """Stored 160x100, left half red, right half blue, EXIF orientation 6 (shown rotated 90 degrees clockwise)."""
    im = Image.new("RGB", (160, 100), (220, 20, 20))
    im.paste((20, 20, 220), (80, 0, 160, 100))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    return encode(im, "JPEG", exif=exif.tobytes(), quality=95)


def animated_gif() -> bytes:
    frames = [Image.new("P", (120, 90), i * 40) for i in range(4)]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)


SVG = (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300">'
       b'<rect width="400" height="300" fill="teal"/></svg>')
HTML_AS_JPEG = b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Not found</body></html>"


def figure_files() -> dict[str, tuple[bytes, str]]:
    """file name in page_files/ -> (bytes, caption). Captions are distinct sentences of >= 3 words."""
    good = encode(gradient((200, 150), 1), "JPEG", quality=90)
    return {
        "harbour-photo.jpg": (good, "Fishing boats rest in the harbour at low tide"),
        "cut-off.jpg": (encode(gradient((300, 200), 2), "JPEG")[:1500], "The lifeboat crew trains off the pier"),
        "quay-repairs.jpg": (b"", "Volunteers paint the old lighthouse railings"),
        "not-found.jpg": (HTML_AS_JPEG, "A gull watches the morning catch come in"),
        "panorama.png": (bomb_png(), "The whole bay seen from the cliff path"),
        "press-cmyk.jpg": (encode(gradient((180, 120), 3).convert("CMYK"), "JPEG"),
                           "The printing press at the harbour museum"),
        "scan-16bit.png": (sixteen_bit_png(), "A scanned map of the harbour from 1890"),
        "phone-rotated.jpg": (rotated_jpeg(), "The harbour master checks the tide board"),
        "waves.gif": (animated_gif(), "Waves break over the sea wall during the storm"),
        "chart.png": (SVG, "Chart of catches landed at the port each year"),
        "office-thumb.png": (encode(gradient((40, 30), 4), "PNG"), "A tiny view of the harbour office"),
        "buoy-cutout.png": (encode(with_alpha(gradient((150, 100), 5)), "PNG"),
                            "A mooring buoy cut out on a clear background"),
    }


OUTSIDE_CAPTION = "A private picture that lives outside the input folder"
ESCAPES = {  # caption -> src (formatted with the input root's parent): other spellings of the same escape
    "The same private picture behind an encoded path": "%2E%2E/outside/secret.jpg",
    "The private picture named by a file address": "file://{parent}/outside/secret.jpg",
}
SVG_FILE_CAPTION = "Map of the flooded streets near the quay"
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour town counts the cost of the winter storms | Coast Gazette</title>
<link rel="canonical" href="https://coast-gazette.example/2025/02/10/harbour-storms">
<meta property="og:site_name" content="Coast Gazette">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Harbour town counts the cost of the winter storms", "datePublished": "2025-02-10T08:00:00Z",
 "author": {{"@type": "Person", "name": "Mara Quill"}}}}</script>
</head><body>
<header class="site-header"><a href="/">Coast Gazette</a></header>
<main><article class="story">
<h1>Harbour town counts the cost of the winter storms</h1>
<div class="story-body">
{body}
</div></article></main>
<footer><p>Coast Gazette, invented for tests.</p></footer>
</body></html>
"""
PARAGRAPH = ("<p>Paragraph {n}: the harbour committee met again on Monday to weigh the repairs, and fishermen "
             "said the quay had lost another stretch of its stone facing during the latest gale.</p>")


def write_saved_page(root: Path) -> Path:
    """root/storm.html with storm_files/ holding every hostile picture, plus ../outside/secret.jpg."""
    files = root / "storm_files"
    files.mkdir(parents=True)
    parts = []
    figures = [(f"storm_files/{name}", caption) for name, (_, caption) in figure_files().items()]
    figures.append(("../outside/secret.jpg", OUTSIDE_CAPTION))
    figures += [(src.format(parent=root.parent), caption) for caption, src in ESCAPES.items()]
    figures.append(("storm_files/route-map.svg", SVG_FILE_CAPTION))  # refused by name already in extract
    for n, (src, caption) in enumerate(figures):
        parts.append(PARAGRAPH.format(n=n))
        parts.append(f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>')
    parts.append(PARAGRAPH.format(n=len(figures)))
    for name, (data, _) in figure_files().items():
        (files / name).write_bytes(data)
    (files / "route-map.svg").write_bytes(SVG)
    page = root / "storm.html"
    page.write_text(PAGE.format(body="\n".join(parts)), encoding="utf-8")
    return page


def parquet_rows(release: Path, config: str) -> list[dict]:
    rows = []
    for path in sorted((release / "data" / config).glob("*.parquet")):
        rows += pq.read_table(path).to_pylist()
    return rows


@pytest.fixture(scope="module")
def hostile_release(tmp_path_factory):
    """One build over the hostile saved page; also records every path the process opened."""
    base = tmp_path_factory.mktemp("hostile")
    root = base / "in"
    write_saved_page(root)
    (base / "outside").mkdir()
    secret = encode(gradient((200, 150), 9), "JPEG")
    (base / "outside" / "secret.jpg").write_bytes(secret)
    mp = pytest.MonkeyPatch()
    opened = spy_on_open(mp)
    try:
        code = corpus_main(["build", str(root), "--out", str(base / "release"), "--cache-dir", str(base / "c"),
                            "--no-progress"])
    finally:
        mp.undo()
    return {"code": code, "release": base / "release", "opened": opened, "secret": secret,
            "secret_path": os.path.realpath(base / "outside" / "secret.jpg")}


def by_caption(rows: list[dict]) -> dict[str, dict]:
    return {r["caption"]: r for r in rows}


def test_hostile_images_build_exits_0(hostile_release):
    assert hostile_release["code"] == 0
    manifest = json.loads((hostile_release["release"] / "manifest.json").read_text())
    for stage, c in manifest["stages"].items():
        assert c["seen"] == c["kept"] + sum(c["rejected"].values()), stage
    assert "internal_error" not in json.dumps(manifest["stages"])


STORED = {  # caption -> (upright size, original format)
    "Fishing boats rest in the harbour at low tide": ((200, 150), "jpeg"),
    "The printing press at the harbour museum": ((180, 120), "jpeg"),
    "A scanned map of the harbour from 1890": ((120, 90), "png"),
    "The harbour master checks the tide board": ((100, 160), "jpeg"),
    "Waves break over the sea wall during the storm": ((120, 90), "gif"),
    "A mooring buoy cut out on a clear background": ((150, 100), "png"),
}


def test_usable_pictures_are_stored_as_rgb_at_their_upright_size(hostile_release, tmp_path):
    ds = load(hostile_release["release"], "default", tmp_path)
    rows = by_caption([r for split in ds for r in ds[split]])
    assert set(rows) == set(STORED)
    for caption, (size, fmt) in STORED.items():
        row = rows[caption]
        assert row["image"].mode == "RGB", caption
        assert row["image"].size == size == (row["image_width"], row["image_height"]), caption
        assert row["image_format"] == fmt, caption
    # upright: the red left half of the stored pixels is now the top, the blue right half the bottom
    rotated = rows["The harbour master checks the tide board"]["image"]
    top, bottom = rotated.getpixel((50, 10)), rotated.getpixel((50, 150))
    assert top[0] > 150 > top[2] and bottom[2] > 150 > bottom[0]


# The page has a web address: "../outside/secret.jpg" (and its encoded spelling) climbs above the input root,
# so it names a place on the page's site, looked for there (nothing remote here: text_only), never the local
# file. A file: URL names this machine only, so it stays a reject.
REJECTED = {  # caption -> (stage, reason)
    "The lifeboat crew trains off the pier": ("images", "image_truncated"),
    "Volunteers paint the old lighthouse railings": ("images", "image_not_an_image"),
    "A gull watches the morning catch come in": ("images", "image_not_an_image"),
    "The whole bay seen from the cliff path": ("images", "image_decompression_bomb"),
    "Chart of catches landed at the port each year": ("images", "svg"),
    "A tiny view of the harbour office": ("images", "image_too_small"),
    "The private picture named by a file address": ("images", "image_outside_root"),
}


def test_each_unusable_picture_has_its_own_reject(hostile_release):
    release = hostile_release["release"]
    rejects = [r for r in parquet_rows(release, "rejects") if r["stage"] == "images"]
    # the locator figure=N is the figure's index in its article: every figure passed the extract stage
    captions = figure_captions_by_index()
    got = {}
    for r in rejects:
        assert r["source"].startswith("storm.html:figure="), r
        index = int(r["source"].rsplit("=", 1)[1])
        got[captions[index]] = (r["stage"], r["reason"])
    assert got == REJECTED
    details = {captions[int(r["source"].rsplit("=", 1)[1])]: r["detail"] for r in rejects}
    assert "HTML" in details["A gull watches the morning catch come in"]
    assert "400000000" in details["The whole bay seen from the cliff path"]
    # each detail names its picture: the path under the input root, or the src as the page wrote it, with
    # this machine's folders cut out (was: only the source's figure=N, no name at all)
    names = {caption: name for name, (_, caption) in figure_files().items()}
    for caption in set(REJECTED) - {"The private picture named by a file address"}:
        assert details[caption].startswith(f"storm_files/{names[caption]}: "), details[caption]
    assert details["The private picture named by a file address"] == \
        "file:…/secret.jpg: the path escapes the input root"
    assert not any(str(hostile_release["release"].parent) in r["detail"] for r in parquet_rows(release, "rejects"))
    svg_file = [r for r in parquet_rows(release, "rejects") if "route-map.svg" in r["detail"]]
    assert [(r["stage"], r["reason"]) for r in svg_file] == [("figures", "extract_not_content_image")]
    # rejected pictures leave no row in either config
    kept = {r["caption"] for c in ("default", "text_only") for r in parquet_rows(release, c)}
    assert kept.isdisjoint([*REJECTED, SVG_FILE_CAPTION])
    text_only = {r["caption"]: r["image_url"] for r in parquet_rows(release, "text_only")}
    assert text_only == {OUTSIDE_CAPTION: "https://coast-gazette.example/2025/02/outside/secret.jpg",
                         "The same private picture behind an encoded path":
                         "https://coast-gazette.example/2025/02/10/%2E%2E/outside/secret.jpg"}
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["missing_pictures"] == {"remote_not_fetched": 2}


def figure_captions_by_index() -> list[str]:
    return [caption for _, caption in figure_files().values()] + [OUTSIDE_CAPTION, *ESCAPES]


def test_file_outside_the_root_is_never_opened(hostile_release):
    opened = hostile_release["opened"]
    assert any(p.endswith("storm_files/harbour-photo.jpg") for p in opened)  # the spy did see the reads
    assert hostile_release["secret_path"] not in opened
    secret = hostile_release["secret"]
    for row in parquet_rows(hostile_release["release"], "default"):
        assert row["image"]["bytes"] != secret


CANAL = "https://canal-news.example"
CANAL_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Canal News</title>{canonical}
</head><body><main><article><h1>{title}</h1>
<p>The canal trust met on Tuesday to plan the season, and the lock keepers said the new gates were ready for
the boats that queue at the basin every spring before the holiday crowds arrive.</p>
{figures}
<p>Boats may pass from Saturday, the trust said, and the towpath stays open to walkers through the works.</p>
</article></main></body></html>
"""


def canal_page(title: str, url: str | None, figures: list[tuple[str, str]]) -> str:
    canonical = f'\n<link rel="canonical" href="{url}">' if url else ""
    return CANAL_PAGE.format(title=title, canonical=canonical, figures="\n".join(
        f'<figure><img src="{src}" alt=""><figcaption>{caption}</figcaption></figure>' for src, caption in figures))


def image_warc(path: Path, pictures: dict[str, bytes]) -> None:
    """A crawl's archive holding only the pictures' responses (the pages came as files)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pictures.items():
            http = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                          http_headers=http))


def test_a_local_page_s_site_paths_are_looked_up_in_the_archives_never_opened(tmp_path, monkeypatch):
    """Was: a local page's "/uploads/..." or "../../images/..." src was an image_outside_root reject,
    though its image_url named the picture an archive of the same build held."""
    root = tmp_path / "in"
    (root / "2025").mkdir(parents=True)
    # the same names, on this machine, above the input root: never to be opened
    (tmp_path / "images").mkdir()
    private = tmp_path / "images" / "bridge.jpg"
    private.write_bytes(encode(gradient((210, 140), 8), "JPEG"))
    gates, bridge = encode(gradient((240, 160), 6), "JPEG"), encode(gradient((160, 240), 7), "JPEG")
    image_warc(root / "crawl.warc.gz", {f"{CANAL}/uploads/2025/gates.jpg": gates,
                                        f"{CANAL}/images/bridge.jpg": bridge,
                                        f"{CANAL}/uploads/2025/lock.jpg": gates[:len(gates) // 2]})
    figures = [("/uploads/2025/gates.jpg", "Lock keepers open the new gates for the first boat"),
               ("../../images/bridge.jpg", "The old swing bridge seen from the lock cottage"),
               ("/uploads/2025/crowd.jpg", "Crowds wait on the towpath for the first boats"),
               ("/uploads/2025/lock.jpg", "The lock chamber drained for its inspection")]
    (root / "2025" / "locks.html").write_text(canal_page("New lock gates open the canal season",
                                                         f"{CANAL}/2025/04/locks", figures), encoding="utf-8")
    # a page without a web address: its site paths name nothing remote, so they stay refused
    (root / "2025" / "notes.html").write_text(canal_page("Notes from the lock cottage", None, [
        ("/uploads/2025/gates.jpg", "The new gates in the keeper's own notes"),
        ("../../images/bridge.jpg", "The swing bridge in the keeper's own notes")]), encoding="utf-8")

    opened = spy_on_open(monkeypatch)
    code = corpus_main(["build", str(root), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c"),
                        "--no-progress"])
    monkeypatch.undo()
    assert code == 0
    release = tmp_path / "out"
    assert str(private) not in opened and os.path.realpath(private) not in opened
    pairs = {r["caption"]: r for r in parquet_rows(release, "default")}
    assert {c: (r["image_url"], r["image_width"], r["image_height"]) for c, r in pairs.items()} == {
        "Lock keepers open the new gates for the first boat": (f"{CANAL}/uploads/2025/gates.jpg", 240, 160),
        "The old swing bridge seen from the lock cottage": (f"{CANAL}/images/bridge.jpg", 160, 240)}
    stored = Image.open(io.BytesIO(pairs["The old swing bridge seen from the lock cottage"]["image"]["bytes"]))
    assert stored.tobytes() == Image.open(io.BytesIO(bridge)).tobytes()  # the archive's picture, not the file
    text_only = [r["caption"] for r in parquet_rows(release, "text_only")]
    assert text_only == ["Crowds wait on the towpath for the first boats"]
    rejects = {(r["source"], r["reason"], r["detail"].split(": ")[0])
               for r in parquet_rows(release, "rejects") if r["stage"] == "images"}
    # (published details never hold an absolute path: "/uploads/2025/" is cut as one would be)
    assert rejects == {("2025/notes.html:figure=0", "image_outside_root", "…/gates.jpg"),
                       ("2025/notes.html:figure=1", "image_outside_root", "../../images/bridge.jpg"),
                       ("2025/locks.html:figure=3", "image_truncated", f"{CANAL}/uploads/2025/lock.jpg")}
    manifest = json.loads((release / "manifest.json").read_text())
    assert manifest["missing_pictures"] == {"remote_not_fetched": 1}
    for stage, c in manifest["stages"].items():
        assert c["seen"] == c["kept"] + sum(c["rejected"].values()), stage
