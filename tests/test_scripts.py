"""Every script under scripts/ is a command a user can ask for help (issue 16, point 13): --help explains
and exits 0, and writes nothing (make_demo_sources.py --help once wrote 5 MB into a folder named --help)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.cli import main as corpus_main

SCRIPTS = sorted((Path(__file__).resolve().parents[1] / "scripts").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_help_explains_and_writes_nothing(script, tmp_path):
    done = subprocess.run([sys.executable, str(script), "--help"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage:") and len(done.stdout) > 200
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("script, argv", [("bench_images.py", ["many"]), ("bench_dedup.py", ["0"]),
                                          ("make_synthetic_pages.py", ["0", "x"]),
                                          ("train_captioner.py", ["no-such-release"])])
def test_bad_arguments_are_usage_errors(script, argv, tmp_path):
    path = next(p for p in SCRIPTS if p.name == script)
    done = subprocess.run([sys.executable, str(path), *argv], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 2 and "usage:" in done.stderr and "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_synthetic_pages_build_into_pairs_and_without_pictures_explain_why(tmp_path, capsys):
    """N saved pages become N articles; the same pages saved without their pictures build too, and the
    build's last line says why there are no pairs and what to do (the issue's "must show")."""
    script = next(p for p in SCRIPTS if p.name == "make_synthetic_pages.py")
    for name, extra in (("full", []), ("bare", ["--no-pictures"])):
        done = subprocess.run([sys.executable, str(script), "4", str(tmp_path / name), *extra],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "full").glob("*.html"))) == 4 and len(list((tmp_path / "full").glob("*_files"))) == 4
    assert not list((tmp_path / "bare").glob("*_files"))
    assert sorted(p.name for p in (tmp_path / "full").glob("*.html")) == sorted(
        p.name for p in (tmp_path / "bare").glob("*.html"))

    assert corpus_main(["build", str(tmp_path / "full"), "--out", str(tmp_path / "rel"), "--no-progress",
                        "--cache-dir", str(tmp_path / "c")]) == 0
    manifest = json.loads((tmp_path / "rel" / "manifest.json").read_text())
    assert manifest["stages"]["extract"]["kept"] == 4 and sum(manifest["rows"]["default"].values()) >= 4
    assert not manifest["rows"].get("text_only")
    capsys.readouterr()

    assert corpus_main(["build", str(tmp_path / "bare"), "--out", str(tmp_path / "rel-bare"), "--no-progress",
                        "--cache-dir", str(tmp_path / "c")]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    pairs = sum(manifest["rows"]["default"].values())
    assert last.startswith(f"note: {pairs} captions have no picture, so they are in text_only (0 image-caption pairs)")
    assert f"{pairs} are saved-page files missing under the input folder" in last


def test_make_datasheet_writes_into_a_new_repo_folder_and_refuses_a_non_release(demo_release, tmp_path):
    """Was: `--repo /new/dir` ended in FileNotFoundError (the file was written before the folder was made),
    `--release /nonexistent` in a traceback; and the docstring (its --help) named the default config where
    the demo config is used."""
    import shutil

    script = next(p for p in SCRIPTS if p.name == "make_datasheet.py")
    release = tmp_path / "release"
    shutil.copytree(demo_release, release)  # the script rewrites the release's own datasheet: not the shared one
    repo = tmp_path / "new" / "repo"
    done = subprocess.run([sys.executable, str(script), "--release", str(release), "--repo", str(repo)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert (repo / "DATASHEET.md").read_text(encoding="utf-8").startswith("#")
    assert sorted(p.name for p in (repo / "docs" / "datasheet").glob("*.png"))
    (tmp_path / "afile").write_text("x")
    for argv, message in ((["--release", str(tmp_path / "nonexistent")], "is not a caption-corpus release"),
                          (["--release", str(release), "--repo", str(tmp_path / "afile" / "r")], "is a file")):
        done = subprocess.run([sys.executable, str(script), *argv], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr, done.stderr
    helped = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, timeout=120)
    assert "demo's own config" in helped.stdout and "default config" not in helped.stdout


def test_bench_pages_reads_gzipped_pages_and_refuses_a_folder_without_pages(tmp_path):
    """Was: --pages globbed *.htm*, so tests/data/realworld/pages (.html.gz only) was benchmarked as
    compressed bytes: figures_per_s 0.0, no warning. Gzipped pages are now decompressed before the clock
    starts; a folder with no page is a usage error."""
    import shutil

    script = next(p for p in SCRIPTS if p.name == "bench.py")
    real = Path(__file__).parent / "data" / "realworld" / "pages"
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("022china-com_1.html.gz", "10news-com_1.html.gz"):
        shutil.copy(real / name, pages)
    done = subprocess.run([sys.executable, str(script), "--pages", str(pages), "--copies", "1"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    extract = json.loads(done.stdout)["extract_pages"]
    assert extract["pages"] == 2 and extract["figures_per_s"] > 0
    (tmp_path / "empty").mkdir()
    done = subprocess.run([sys.executable, str(script), "--pages", str(tmp_path / "empty")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "no page in it" in done.stderr and "Traceback" not in done.stderr


def test_eval_hash_classes_hides_class_words_and_keeps_the_rest():
    """The --hash-classes probe of eval_extract.py: class names become hashes (one name, one hash), nothing else
    of the page changes, and a caption in a plain block right under its picture is found without its class word."""
    import importlib.util

    from corpus.config import ExtractConfig
    from corpus.extract.html import extract_html
    from corpus.records import RawDoc, SourceRef
    from corpus.rejects import Ledger

    path = next(p for p in SCRIPTS if p.name == "eval_extract.py")
    spec = importlib.util.spec_from_file_location("eval_extract", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    body = "".join(f"<p>Paragraph {i} tells how the council voted on the tram line and what it will cost.</p>"
                   for i in range(4))
    page = ("<html><body><article class='story  body'>" + body +
            "<div><img src='/i/tram.jpg' width='800' height='500' alt=''>"
            "<div class='image-caption'>The new tram on its first run</div></div>" + body +
            "</article><p id='x' CLASS=\"body\">end</p></body></html>").encode()
    hashed = module.hash_classes(page)
    names = [c.split() for c in re.findall(r"class\s*=\s*['\"]([^'\"]*)", hashed.decode(), re.I)]
    assert names[0][1] == names[2][0] and names[0][0] != names[0][1]  # "body" twice, one hash
    assert all(re.fullmatch(r"h[0-9a-f]{6}", n) for ns in names for n in ns)
    assert re.sub(rb"(?i)class\s*=\s*(['\"]).*?\1", b"", hashed) == re.sub(rb"(?i)class\s*=\s*(['\"]).*?\1", b"", page)

    def captions(raw):
        art = extract_html(RawDoc(SourceRef("p.html"), "html", raw, url="https://news.example/a"), ExtractConfig(),
                           Ledger())
        return [f.caption for f in art.figures]
    assert captions(page) == ["The new tram on its first run"]
    assert captions(hashed) == captions(page)
