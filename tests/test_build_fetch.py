"""The opt-in fetcher inside a real build: pictures found nowhere locally come from a (loopback) server."""
from __future__ import annotations

import io
import json
import os
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pyarrow.parquet as pq
from PIL import Image

from corpus.cli import main as corpus_main


def photo() -> bytes:
    img = Image.linear_gradient("L").resize((320, 200)).convert("RGB")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=85)
    return buf.getvalue()


class Handler(BaseHTTPRequestHandler):
    routes: dict = {}
    hits: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        self.hits.append(self.path)
        status, body, ctype = self.routes.get(self.path, (404, b"not found", "text/plain"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


FIGURES = (("ok.jpg", "Cranes lift the new lock gates into place at the harbour"),
           ("private/no.jpg", "Divers inspect the old gates below the waterline"),
           ("missing.jpg", "The harbour master walks the quay at dawn"))


def page(base: str, pictures=FIGURES) -> str:
    figures = "".join(
        f'<figure><img src="{base}/{name}" width="320" height="200"><figcaption>{caption}</figcaption></figure>'
        f"<p>{'Paragraph text about the harbour works. ' * 8}</p>"
        for name, caption in pictures)
    return (f'<html><head><link rel="canonical" href="{base}/story"><title>Harbour works</title></head>'
            f"<body><article><h1>Harbour works</h1><p>{'The harbour works began on Monday. ' * 8}</p>"
            f"{figures}</article></body></html>")


def test_fetch_images_in_a_build(tmp_path):
    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Handler.routes = {"/ok.jpg": (200, photo(), "image/jpeg"),
                      "/robots.txt": (200, b"User-agent: *\nDisallow: /private/\n", "text/plain")}
    Handler.hits = []
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.html").write_text(page(base))
    args = ["build", str(src), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
            "--no-progress", "--fetch-images", "--allow-private-hosts"]
    try:
        assert corpus_main(args) == 0
        rows = pq.read_table(next((tmp_path / "out" / "data" / "default").glob("*.parquet"))).to_pylist()
        assert [(r["caption"], r["image_width"], r["image_height"]) for r in rows] == [
            ("Cranes lift the new lock gates into place at the harbour", 320, 200)]
        # a picture refused (robots.txt) or not served (404) loses nothing: its caption stays, in text_only
        text = pq.read_table(next((tmp_path / "out" / "data" / "text_only").glob("*.parquet"))).to_pylist()
        assert sorted(r["caption"] for r in text) == ["Divers inspect the old gates below the waterline",
                                                      "The harbour master walks the quay at dawn"]
        manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
        assert manifest["missing_pictures"] == {"fetch_failed": 1, "fetch_refused": 1}
        assert "/private/no.jpg" not in Handler.hits  # robots.txt obeyed: never requested
        hits = len(Handler.hits)
        assert corpus_main(args) == 0  # the on-disk cache: no picture is fetched twice
        # only robots.txt is read again: its refusal is decided afresh by each build, never cached
        assert Handler.hits[hits:] == ["/robots.txt"]
    finally:
        server.shutdown()


def test_a_local_page_s_site_paths_are_fetched_not_opened(tmp_path, monkeypatch):
    """Was: "/uploads/gates.jpg" and "../../pics/bridge.jpg" in a page given as a file were refused as
    outside the input root, and never fetched though --fetch-images was on."""
    from conftest import spy_on_open

    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Handler.routes = {"/uploads/gates.jpg": (200, photo(), "image/jpeg"), "/robots.txt": (404, b"", "text/plain"),
                      "/pics/bridge.jpg": (200, photo(), "image/jpeg"),
                      "/uploads/lock.jpg": (200, b"<!DOCTYPE html><html><body>Sign in</body></html>", "image/jpeg")}
    Handler.hits = []
    private = tmp_path / "pics" / "bridge.jpg"  # where the climbing path points on this machine
    private.parent.mkdir()
    private.write_bytes(b"private")
    src = tmp_path / "in" / "2025"
    src.mkdir(parents=True)
    figures = (("/uploads/gates.jpg", "Cranes lift the new lock gates into place at the harbour"),
               ("../../pics/bridge.jpg", "The swing bridge opens for the first boat of the year"),
               ("/uploads/lock.jpg", "The lock chamber drained for its yearly inspection"))
    (src / "story.html").write_text(
        f'<html><head><link rel="canonical" href="{base}/2025/story"><title>Harbour works</title></head>'
        f"<body><article><h1>Harbour works</h1><p>{'The harbour works began on Monday. ' * 8}</p>"
        + "".join(f'<figure><img src="{s}"><figcaption>{c}</figcaption></figure><p>{"Text of the story. " * 8}</p>'
                  for s, c in figures) + "</article></body></html>")
    opened = spy_on_open(monkeypatch)
    try:
        assert corpus_main(["build", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--cache-dir",
                            str(tmp_path / "cache"), "--no-progress", "--fetch-images", "--allow-private-hosts"]) == 0
    finally:
        monkeypatch.undo()
        server.shutdown()
    assert os.path.realpath(private) not in opened
    assert sorted(h for h in Handler.hits if h != "/robots.txt") == ["/pics/bridge.jpg", "/uploads/gates.jpg",
                                                                     "/uploads/lock.jpg"]
    rows = pq.read_table(next((tmp_path / "out" / "data" / "default").glob("*.parquet"))).to_pylist()
    assert sorted((r["caption"], r["image_url"]) for r in rows) == sorted(
        (c, base + p.replace("../..", "")) for p, c in figures[:2])
    rejects = pq.read_table(next((tmp_path / "out" / "data" / "rejects").glob("*.parquet"))).to_pylist()
    # the reject names the picture by the address it was fetched at
    assert [(r["reason"], r["detail"].split(": ")[0]) for r in rejects if r["stage"] == "images"] == [
        ("image_not_an_image", f"{base}/uploads/lock.jpg")]


def test_pictures_not_fetched_are_reported_as_such(tmp_path, capsys):
    """Was: the datasheet said the captions' pictures were "not found in any input" and counted them as
    image_not_found (image_fetch_failed 0, image_fetch_refused 0), and the build's last line filed a page
    served where a picture should be (content type text/html) under "refused by robots.txt or the address"."""
    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Handler.routes = {"/ok.jpg": (200, photo(), "image/jpeg"),
                      "/soft404.jpg": (200, b"<html>gone</html>", "text/html"),
                      "/robots.txt": (200, b"User-agent: *\nDisallow: /private/\n", "text/plain")}
    src = tmp_path / "in"
    src.mkdir()
    pictures = (*FIGURES, ("soft404.jpg", "Welders join the last section of the new pier"))
    (src / "story.html").write_text(page(base, pictures))
    try:
        assert corpus_main(["build", str(src), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c"),
                            "--no-progress", "--fetch-images", "--allow-private-hosts"]) == 0
    finally:
        server.shutdown()
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["missing_pictures"] == {"fetch_failed": 1, "fetch_refused": 2}
    sheet = (tmp_path / "out" / "DATASHEET.md").read_text()
    counts = dict(re.findall(r"^\| `(image_not_found|image_fetch_failed|image_fetch_refused)` \|.* \| (\d+) \|$",
                             sheet, flags=re.M))
    assert counts == {"image_not_found": "0", "image_fetch_failed": "1", "image_fetch_refused": "2"}
    assert "not found in any input" not in sheet
    assert "0 pictures were found in no input, 1 could not be fetched" in sheet and "2 were refused" in sheet
    note = next(line for line in capsys.readouterr().out.splitlines() if line.startswith("note:"))
    assert "3 could not be fetched (1 failed: an HTTP error" in note
    assert "2 refused: by robots.txt, for their address or URL scheme, or for a content type" in note


def test_without_the_flag_nothing_is_fetched(tmp_path):
    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Handler.routes = {"/ok.jpg": (200, photo(), "image/jpeg")}
    Handler.hits = []
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.html").write_text(page(base))
    try:
        assert corpus_main(["build", str(src), "--out", str(tmp_path / "out"), "--cache-dir",
                            str(tmp_path / "cache"), "--no-progress"]) == 0
        assert Handler.hits == []
        assert not (tmp_path / "out" / "data" / "default").exists()  # every caption went to text_only
    finally:
        server.shutdown()


def test_fetching_without_a_network_loses_nothing(tmp_path, capsys):
    """No server answers (a closed port stands for a machine without network): every caption is kept."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the with block ends: connections are refused
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.html").write_text(page(f"http://127.0.0.1:{port}"))
    code = corpus_main(["build", str(src), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
                        "--no-progress", "--fetch-images", "--allow-private-hosts"])
    assert code == 0
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert sum(manifest["rows"]["text_only"].values()) == 3
    assert sum(manifest["missing_pictures"].values()) == 3
    assert "could not be fetched" in capsys.readouterr().out


def test_fetching_shows_a_progress_bar_with_count_and_rate(tmp_path):
    """The fetch runs before the images bar: it has its own bar (tqdm on stderr), counted in pictures.
    Bars are drawn on a terminal only, so the build runs with its stderr on a pseudo-terminal."""
    from test_first_run import run_with_stderr_on_a_terminal

    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Handler.routes = {"/ok.jpg": (200, photo(), "image/jpeg"), "/robots.txt": (404, b"", "text/plain")}
    src = tmp_path / "in"
    src.mkdir()
    (src / "story.html").write_text(page(base))
    try:
        code, err = run_with_stderr_on_a_terminal(["build", str(src), "--out", str(tmp_path / "out"), "--cache-dir",
                                                   str(tmp_path / "c"), "--fetch-images", "--allow-private-hosts"])
    finally:
        server.shutdown()
    assert code == 0, err
    bar = [line for line in err.replace("\r", "\n").splitlines() if line.startswith("images: fetch")]
    assert bar and "3/3" in bar[-1] and ("img/s" in bar[-1] or "s/img" in bar[-1])  # a rate, either way up


def test_a_markdown_scrape_s_pictures_are_fetched_with_their_captions(tmp_path):
    """A scrape saved as Markdown names each picture's address: with --fetch-images its captions become pairs."""
    server = serve()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    Handler.routes = {"/media/gates.jpg": (200, photo(), "image/jpeg"), "/robots.txt": (404, b"", "text/plain")}
    Handler.hits = []
    src = tmp_path / "in"
    src.mkdir()
    body = "The harbour works began on Monday, with cranes brought by barge from the north shore. " * 3
    (src / "story.txt").write_text(
        f"# Harbour works begin\n\n{body}\n\n![Cranes lift the new lock gates into place]({base}/media/gates.jpg)\n\n"
        f"*Cranes lift the new lock gates into place.* Photo: Jane Roe\n\n{body}\n\n"
        f"The council said the works would end in the spring, before the ferry season.\n", encoding="utf-8")
    args = ["build", str(src), "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"),
            "--no-progress", "--fetch-images", "--allow-private-hosts"]
    try:
        assert corpus_main(args) == 0
        rows = pq.read_table(next((tmp_path / "out" / "data" / "default").glob("*.parquet"))).to_pylist()
        assert [(r["caption"], r["credit"], r["image_url"], r["image_width"]) for r in rows] == [
            ("Cranes lift the new lock gates into place.", "Photo: Jane Roe", f"{base}/media/gates.jpg", 320)]
        assert "/media/gates.jpg" in Handler.hits
    finally:
        server.shutdown()
