"""A user's first real run (issue 16): mistakes are refused up front and explained, and nothing
half-made is left behind."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.cli import main as corpus_main
from test_card_snippets import saved_page

CAPTIONS = ["Fishing boats wait in the harbour at dawn", "The quay wall after the second storm"]


def build(capsys, *args: str) -> tuple[int, str]:
    code = corpus_main(["build", *args, "--no-progress"])
    return code, capsys.readouterr().err


@pytest.fixture
def pages(tmp_path) -> Path:
    root = tmp_path / "pages"
    for i in range(2):
        saved_page(root, f"story{i}", [(f"story{i}_files/p{n}.jpg", f"{c}, part {i}") for n, c in enumerate(CAPTIONS)])
    return root


def test_a_missing_source_is_named_and_nothing_is_written(tmp_path, capsys):
    code, err = build(capsys, str(tmp_path / "page"), "--out", str(tmp_path / "rel"))
    assert code == 2 and f"{tmp_path / 'page'}: no such file or directory" in err
    assert not (tmp_path / "rel").exists()
    code, err = build(capsys, str(tmp_path / "*.warc.gz"), "--out", str(tmp_path / "rel"))
    assert code == 2 and "matches no file" in err and not (tmp_path / "rel").exists()


def test_an_empty_folder_leaves_no_release(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, err = build(capsys, str(tmp_path / "empty"), "--out", str(tmp_path / "rel"),
                      "--cache-dir", str(tmp_path / "c"))
    assert code == 2 and "no input found" in err
    assert not (tmp_path / "rel").exists()


def test_a_build_that_keeps_nothing_leaves_no_release_and_no_version_used(tmp_path, capsys, pages):
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "index.html").write_text("<html><body><ul><li><a href='/a'>Home</a></li></ul></body></html>")
    out = tmp_path / "rel"
    code, err = build(capsys, str(junk), "--out", str(out), "--release-version", "1.0.0", "--cache-dir", str(tmp_path / "c"))
    assert code == 3 and "nothing kept, so no release was written" in err and "extract_not_article" in err
    assert not out.exists()
    code, _ = build(capsys, str(pages), "--out", str(out), "--release-version", "1.0.0", "--cache-dir", str(tmp_path / "c"))
    assert code == 0 and json.loads((out / "manifest.json").read_text())["version"] == "1.0.0"


@pytest.mark.parametrize("flag,value,message", [
    ("--max-side", "-5", "images.max_side must be a positive number of pixels"),
    ("--max-side", "0", "images.max_side must be a positive number of pixels"),
    ("--train-size", "0", "images.train_size must be a positive number of pixels"),
    ("--release-version", "v1.0.0", "is not MAJOR.MINOR.PATCH (without the v)"),
    ("--release-version", "1.0", "is not MAJOR.MINOR.PATCH"),
    ("--release-version", "01.2.3", "is not MAJOR.MINOR.PATCH"),
])
def test_bad_values_are_refused_up_front(tmp_path, capsys, pages, flag, value, message):
    code, err = build(capsys, str(pages), "--out", str(tmp_path / "rel"), flag, value)
    assert code == 2 and message in err
    assert not (tmp_path / "rel").exists()


def test_versions_only_move_forward(tmp_path, capsys, pages):
    out, cache = tmp_path / "rel", str(tmp_path / "c")
    assert build(capsys, str(pages), "--out", str(out), "--release-version", "1.0.0", "--cache-dir", cache)[0] == 0
    code, err = build(capsys, str(pages), "--out", str(out), "--cache-dir", cache)
    assert code == 2 and "give --release-version above 1.0.0" in err
    code, err = build(capsys, str(pages), "--out", str(out), "--release-version", "0.9.0", "--cache-dir", cache)
    assert code == 2 and "versions only move forward" in err
    saved_page(pages, "story9", [("story9_files/p0.jpg", "Divers check the hull of the old ferry")])
    code, err = build(capsys, str(pages), "--out", str(out), "--release-version", "1.0.1", "--cache-dir", cache)
    assert code == 2 and "at least a minor version (--release-version 1.1.0)" in err
    assert json.loads((out / "manifest.json").read_text())["version"] == "1.0.0"  # untouched
    assert build(capsys, str(pages), "--out", str(out), "--release-version", "1.1.0", "--cache-dir", cache)[0] == 0
    assert build(capsys, str(pages), "--out", str(out), "--overwrite", "--cache-dir", cache)[0] == 0
    assert json.loads((out / "manifest.json").read_text())["version"] == "0.0.0"


def test_the_build_says_why_captions_have_no_pictures(tmp_path, capsys):
    root = tmp_path / "pages"
    saved_page(root, "remote", [(f"https://cdn.example/p{n}.jpg", c) for n, c in enumerate(CAPTIONS)])
    saved_page(root, "unsaved", [("unsaved_files/gone.jpg", "Divers check the hull of the old ferry")])
    (root / "unsaved_files" / "gone.jpg").unlink()
    code = corpus_main(["build", str(root), "--out", str(tmp_path / "rel"), "--cache-dir", str(tmp_path / "c"),
                        "--no-progress"])
    out = capsys.readouterr().out
    assert code == 0
    line = next(l for l in out.splitlines() if l.startswith("note:"))
    assert "3 captions have no picture, so they are in text_only (0 image-caption pairs)" in line
    assert "2 are on the web only" in line and "--fetch-images" in line
    assert "1 are saved-page files missing under the input folder" in line
    manifest = json.loads((tmp_path / "rel" / "manifest.json").read_text())
    assert manifest["missing_pictures"] == {"missing_file": 1, "remote_not_fetched": 2}
    sheet = (tmp_path / "rel" / "DATASHEET.md").read_text()
    assert "| `image_not_found` | images |" in sheet and "| 3 |" in sheet.split("`image_not_found`")[1].split("\n")[0]
    assert "pictures are stored in the parquet shards" not in sheet and "it holds no pictures" in sheet


def test_the_note_on_missing_pictures_adds_up_when_an_article_was_read_twice(tmp_path, capsys):
    root = tmp_path / "pages"
    saved_page(root, "unsaved", [("unsaved_files/gone.jpg", "Divers check the hull of the old ferry")])
    (root / "unsaved_files" / "gone.jpg").unlink()
    (root / "copy").mkdir()
    (root / "copy" / "unsaved.html").write_bytes((root / "unsaved.html").read_bytes())  # the same article again
    code = corpus_main(["build", str(root), "--out", str(tmp_path / "rel"), "--cache-dir", str(tmp_path / "c"),
                        "--no-progress"])
    line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("note:"))
    manifest = json.loads((tmp_path / "rel" / "manifest.json").read_text())
    assert code == 0 and manifest["stages"]["dedup"]["rejected"] == {"dedup_duplicate_id": 1}
    assert manifest["missing_pictures"] == {"missing_file": 2}  # both copies were looked for
    assert "1 captions have no picture" in line
    assert "of the 2 pictures not found (counted before duplicate and taken-down captions were dropped), " \
           "2 are saved-page files missing" in line


def run_with_stderr_on_a_terminal(argv: list[str]) -> tuple[int, str]:
    """Runs `corpus argv` in a subprocess whose stderr is a pseudo-terminal, as in an interactive shell
    (bars are drawn only there); returns its exit code and what it wrote to the terminal."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import sys
    import termios

    terminal, child_end = pty.openpty()
    # a new pty is 0 columns wide, where tqdm draws an empty bar: give it an ordinary window's size
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "corpus", *argv], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=child_end)
    os.close(child_end)
    shown = b""
    while True:  # read while it runs: a full terminal buffer would block the child
        try:
            chunk = os.read(terminal, 65536)
        except OSError:  # EIO: every end on the child's side is closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(terminal)
    return proc.wait(timeout=300), shown.decode("utf-8", "replace")


def test_image_processing_in_workers_shows_a_progress_bar(tmp_path, pages):
    """With --workers the pictures are processed in the workers while the images loop takes their results
    in row order: the images bar follows the pictures as the workers finish them."""
    code, err = run_with_stderr_on_a_terminal(["build", str(pages), "--out", str(tmp_path / "rel"),
                                               "--cache-dir", str(tmp_path / "c"), "--workers", "2"])
    assert code == 0, err
    bar = [line for line in err.replace("\r", "\n").splitlines() if line.startswith("images: ")]
    assert bar and "4/4" in bar[-1] and ("img/s" in bar[-1] or "s/img" in bar[-1])


def test_no_progress_bar_is_drawn_into_a_file_or_pipe(tmp_path, pages, demo_release):
    """Was: `corpus build ... 2>log` filled the log with carriage-return frames of every bar. Bars are
    drawn on a terminal only (and never with --no-progress); warnings and the summary stay."""
    import subprocess
    import sys

    log = tmp_path / "log"
    with open(log, "w") as err:
        done = subprocess.run([sys.executable, "-m", "corpus", "build", str(pages), "--out", str(tmp_path / "rel"),
                               "--cache-dir", str(tmp_path / "c"), "--workers", "2"], stdout=subprocess.PIPE,
                              stderr=err, stdin=subprocess.DEVNULL, text=True, timeout=300)
    assert done.returncode == 0 and "release 0.0.0" in done.stdout
    assert "\r" not in log.read_text() and "phase 1" not in log.read_text() and "images: " not in log.read_text()
    done = subprocess.run([sys.executable, "-m", "corpus", "preview", str(demo_release), "--out",
                           str(tmp_path / "site")], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and "preview default" not in done.stderr and "\r" not in done.stderr
    # the same commands on a terminal draw them, and --no-progress still turns them off there
    code, shown = run_with_stderr_on_a_terminal(["preview", str(demo_release), "--out", str(tmp_path / "site")])
    assert code == 0 and "preview default" in shown
    code, shown = run_with_stderr_on_a_terminal(["build", str(pages), "--out", str(tmp_path / "rel2"),
                                                 "--cache-dir", str(tmp_path / "c"), "--no-progress"])
    assert code == 0 and "phase 1" not in shown and "\r" not in shown.replace("\r\n", "\n")


@pytest.mark.parametrize("argv", [["-v", "stats", "X"], ["stats", "X", "-v"], ["stats", "-v", "X"]])
def test_verbose_is_taken_before_or_after_the_subcommand(argv):
    from corpus.cli import build_parser

    assert build_parser().parse_args(argv).verbose is True
    assert build_parser().parse_args(["stats", "X"]).verbose is False


REAL_PAGES = Path(__file__).parent / "data" / "realworld" / "pages"


def test_real_pages_promos_teasers_and_undeclared_language(tmp_path, capsys):
    """Point 12, on the real pages where it was seen: the "Need more space? Subscribe ..." promo figure is
    no caption; the "DON'T MISS" heading and its teaser links are not context; a Spanish page that does not
    declare its language gets "es" from its body text (in the articles config and on its rows)."""
    import shutil

    import pyarrow.parquet as pq

    src = tmp_path / "in"
    src.mkdir()
    for name in ("livescience-1", "express-1", "lanacion-1"):
        shutil.copy(REAL_PAGES / f"{name}.html.gz", src)
    assert corpus_main(["build", str(src), "--out", str(tmp_path / "rel"), "--cache-dir", str(tmp_path / "c"),
                        "--no-progress"]) == 0
    rel = tmp_path / "rel" / "data"
    rows = [r for p in sorted((rel / "text_only").glob("*.parquet")) for r in pq.read_table(p).to_pylist()]
    articles = [r for p in sorted((rel / "articles").glob("*.parquet")) for r in pq.read_table(p).to_pylist()]
    assert not [r for r in rows if "Subscribe" in r["caption"]]
    rejects = [r for p in sorted((rel / "rejects").glob("*.parquet")) for r in pq.read_table(p).to_pylist()]
    assert [r["reason"] for r in rejects if "asks to act" in (r["detail"] or "")] == ["extract_not_content_image"]
    express = [r for r in rows if "express.co.uk" in r["article_url"]]
    assert len(express) == 5 and all(r["context_before"] or r["context_after"] for r in express)
    context = " ".join(p for r in express for p in r["context_before"] + r["context_after"])
    assert "DON'T MISS" not in context and "[INSIGHT]" not in context and "SEE MORE" not in context
    assert "Chris Tang, Hong Kong’s new police commissioner" in context
    lanacion = next(a for a in articles if "lanacion" in a["url"])
    assert lanacion["language"] == "es"
    assert {r["article_language"] for r in rows if "lanacion" in r["article_url"]} <= {"es"}


def test_out_and_cache_inside_the_input_folder_are_never_read_back(tmp_path, caplog, pages):
    """Point 15: `corpus build pages/ --out pages/release` used to read its own release (card, datasheet,
    parquet) as inputs on the next build."""
    out, cache = pages / "release", pages / "cache"
    assert corpus_main(["build", str(pages), "--out", str(out), "--cache-dir", str(cache), "--no-progress"]) == 0
    first = json.loads((out / "manifest.json").read_text())
    assert corpus_main(["build", str(pages), "--out", str(out), "--cache-dir", str(cache), "--no-progress",
                        "--release-version", "1.0.0"]) == 0
    second = json.loads((out / "manifest.json").read_text())
    assert [i["path"] for i in second["inputs"]] == [i["path"] for i in first["inputs"]] == ["story0.html",
                                                                                             "story1.html"]
    assert second["rows"] == first["rows"] and second["stages"]["ingest"]["rejected"] == {}
    assert "lies inside an input folder: its files are not read as input" in caplog.text
