"""Edge cases of whole builds: caches that must not lie, errors at the item boundary, bad arguments."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pyarrow.parquet as pq
from PIL import Image

from corpus.cli import main as corpus_main
from corpus.leakage import normalize_url

BODY = "<p>" + "The harbour works began on Monday and went on all week with cranes and divers. " * 3 + "</p>"


def photo(seed: int, size=(320, 200)) -> bytes:
    img = Image.linear_gradient("L").resize(size).convert("RGB")
    img.putpixel((seed % size[0], 0), (255, 0, 0))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def saved_page(folder: Path, name: str, captions: list[str], url: str | None = None) -> None:
    files = folder / f"{name}_files"
    files.mkdir(parents=True, exist_ok=True)
    figures = ""
    for i, caption in enumerate(captions):
        (files / f"p{i}.jpg").write_bytes(photo(i + len(name)))
        figures += f'<figure><img src="{name}_files/p{i}.jpg"><figcaption>{caption}</figcaption></figure>{BODY}'
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    (folder / f"{name}.html").write_text(f"<html><head>{canonical}<title>{name}</title></head><body><article>"
                                         f"<h1>{name}</h1>{BODY}{figures}</article></body></html>")


def build(src, out, cache, *extra) -> int:
    return corpus_main(["build", str(src), "--out", str(out), "--cache-dir", str(cache), "--no-progress", *extra])


def manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text())


def rows(out: Path, config: str) -> list[dict]:
    return [r for p in sorted((out / "data" / config).glob("*.parquet")) for r in pq.read_table(p).to_pylist()]


def test_parallel_image_cache_recovers_when_a_file_is_restored(tmp_path):
    src = tmp_path / "src"
    saved_page(src, "story", ["Cranes lift the gates into place", "Divers inspect the old gates",
                              "The harbour master walks the quay"])
    cfg = tmp_path / "c.toml"
    cfg.write_text("[images]\nmax_bytes = 60000\n")
    args = ("--workers", "2", "--config", str(cfg))
    assert build(src, tmp_path / "o", tmp_path / "cache", *args) == 0
    originals = {p: p.read_bytes() for p in (src / "story_files").glob("*.jpg")}
    for p, data in list(originals.items())[:2]:
        p.write_bytes(data + b"\0" * 70000)  # now above max_bytes
    assert build(src, tmp_path / "o", tmp_path / "cache", *args) == 0
    assert manifest(tmp_path / "o")["stages"]["images"]["rejected"] == {"image_too_large": 2}
    for p, data in originals.items():
        p.write_bytes(data)
    assert build(src, tmp_path / "o", tmp_path / "cache", *args) == 0
    assert len(rows(tmp_path / "o", "default")) == 3  # not the stale too-large verdict


def test_an_unexpected_error_in_one_document_is_an_internal_error_reject(tmp_path, monkeypatch):
    from corpus import annotate

    real = annotate.detect_language

    def flaky(text):
        if text and "explodes" in text:
            raise RuntimeError("language model fell over")
        return real(text)

    monkeypatch.setattr(annotate, "detect_language", flaky)
    src = tmp_path / "src"
    saved_page(src, "good", ["Cranes lift the gates into place at dawn"])
    saved_page(src, "bad", ["A caption that explodes the language detector"])
    assert build(src, tmp_path / "o", tmp_path / "cache") == 4  # written, but 1 of 2 inputs failed: exit 4
    m = manifest(tmp_path / "o")
    assert all(c["seen"] == c["kept"] + sum(c["rejected"].values()) for c in m["stages"].values())
    assert m["stages"]["extract"]["rejected"] == {"internal_error": 1}
    assert [r["source"] for r in rows(tmp_path / "o", "rejects") if r["reason"] == "internal_error"] == ["bad.html"]
    assert not list((tmp_path / "cache" / "phase1").glob("*.tmp"))


def test_the_same_article_twice_with_one_broken_picture_keeps_counts(tmp_path):
    src = tmp_path / "src"
    url = "https://news.example/2025/harbour"
    saved_page(src / "a", "page", ["Cranes lift the gates into place"], url)
    (src / "a" / "page_files" / "p0.jpg").write_bytes(photo(1)[:300])  # truncated
    saved_page(src / "b", "page", ["Cranes lift the gates into place"], url)
    assert build(src, tmp_path / "o", tmp_path / "cache") == 0
    m = manifest(tmp_path / "o")
    assert m["stages"]["images"]["rejected"] == {"image_truncated": 1}
    assert len(rows(tmp_path / "o", "default")) == 1


def test_a_version_is_not_replaced_by_other_content_under_the_same_ids(tmp_path):
    src = tmp_path / "src"
    for i in range(30):
        saved_page(src, f"story{i}", [f"Cranes lift gate number {i} into place"], f"https://news.example/{i}")
    assert build(src, tmp_path / "o", tmp_path / "cache", "--release-version", "1.0.0") == 0
    cfg = tmp_path / "other.toml"
    cfg.write_text('[filter]\nboilerplate = ["Cranes lift gate number 0 into place"]\n')  # one row fewer
    before = manifest(tmp_path / "o")
    assert build(src, tmp_path / "o", tmp_path / "cache", "--release-version", "1.0.0", "--config", str(cfg)) == 2
    assert manifest(tmp_path / "o") == before
    seed = tmp_path / "seed.toml"
    seed.write_text('[split]\nseed = "another"\n')  # the same rows, in other splits
    assert build(src, tmp_path / "o", tmp_path / "cache", "--release-version", "1.0.0", "--config", str(seed)) == 2
    assert manifest(tmp_path / "o") == before


def test_articles_without_rows_follow_heldout_sites(tmp_path):
    src = tmp_path / "src"
    saved_page(src, "captioned", ["Cranes lift the gates into place"], "https://held.example/a")
    (src / "plain.html").write_text('<html><head><link rel="canonical" href="https://held.example/b">'
                                    f'<meta property="og:site_name" content="Held"></head><body><article>{BODY}{BODY}'
                                    "</article></body></html>")
    cfg = tmp_path / "held.toml"
    cfg.write_text('[split]\nheldout_sites = ["Held", "held.example"]\n')
    assert build(src, tmp_path / "o", tmp_path / "cache", "--config", str(cfg)) == 0
    assert manifest(tmp_path / "o")["rows"]["articles"] == {"test": 2}


def test_proxied_image_urls_keep_their_own_picture():
    a = normalize_url("https://site.example/_next/image?url=%2Fmedia%2Fa.jpg&w=640")
    b = normalize_url("https://site.example/_next/image?url=%2Fmedia%2Fb.jpg&w=1080")
    assert a == "site.example/media/a.jpg" and a != b
    assert normalize_url("https://Site.example/x.jpg?w=100") == normalize_url("http://site.example/x.jpg")
    assert normalize_url("http://[broken/x.jpg")  # malformed URLs are keys, not crashes
    # a release written before image_url was percent-encoded, and one since: the same picture, one key
    assert normalize_url("https://site.example/img/photo one.jpg") == normalize_url(
        "https://site.example/img/photo%20one.jpg") == "site.example/img/photo%20one.jpg"
    assert normalize_url("https://site.example/img/café.jpg") == \
        normalize_url("https://site.example/img/caf%c3%a9.jpg")
    # a script that serves pictures: its query names the picture (twenty photos were one split group)
    assert normalize_url("https://site.example/media/show.php?id=101") == "site.example/media/show.php?id=101"
    assert normalize_url("https://site.example/media/show.php?id=101") != \
        normalize_url("https://site.example/media/show.php?id=102")


def test_bad_arguments_exit_2_before_any_work(tmp_path, capsys):
    src = tmp_path / "src"
    saved_page(src, "story", ["Cranes lift the gates into place"])
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert build(src, a_file, tmp_path / "c") == 2
    assert build(src, tmp_path / "o", tmp_path / "c", "--previous", str(tmp_path / "nope")) == 2
    assert build(src, tmp_path / "o", tmp_path / "c", "--exclude-ids", str(tmp_path / "missing.txt")) == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[write]\nrows_per_shard = 0\n")
    assert build(src, tmp_path / "o", tmp_path / "c", "--config", str(bad)) == 2
    err = capsys.readouterr().err
    assert "is a file" in err and "not a caption-corpus release" in err and "rows_per_shard" in err
    assert not (tmp_path / "c").exists()  # nothing was built


def test_stage_counts_add_dict_equals_add_of_from_dict():
    from collections import Counter

    from corpus.rejects import StageCounts

    parts = [{"seen": 5, "kept": 3, "rejected": {"a": 1, "b": 1}}, {"seen": 2, "kept": 2, "rejected": {}},
             {"seen": 4, "kept": 1, "rejected": {"a": 3}}]
    by_dict, by_add = StageCounts(), StageCounts()
    for d in parts:
        by_dict.add_dict(d)
        by_add.add(StageCounts.from_dict(d))
    assert by_dict == by_add and by_dict.rejected == Counter({"a": 4, "b": 1}) and by_dict.balanced()


def _build_in_pool_worker(args: tuple) -> str:
    """A whole build with --workers 2 inside a multiprocessing.Pool worker (a daemonic process)."""
    import hashlib

    from corpus.cli import main as corpus_main

    src, out, cache = args
    code = corpus_main(["build", src, "--out", out, "--cache-dir", cache, "--workers", "2", "--no-progress"])
    assert code == 0
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(Path(out, "data").rglob("*.parquet")))).hexdigest()


def test_a_build_inside_a_daemonic_process_falls_back_to_serial(tmp_path):
    """Issue 17: a Pool worker may not start children; the build runs its jobs serially there instead of
    crashing ("daemonic processes are not allowed to have children"), with the same shards."""
    import hashlib
    import multiprocessing

    from corpus.cli import main as corpus_main
    from corpus.demo import source_dirs

    src = str(source_dirs()[0])
    with multiprocessing.get_context("fork").Pool(1) as pool:
        inside = pool.apply(_build_in_pool_worker, ((src, str(tmp_path / "in-pool"), str(tmp_path / "c1")),))
    assert corpus_main(["build", src, "--out", str(tmp_path / "here"), "--cache-dir", str(tmp_path / "c2"),
                        "--no-progress"]) == 0
    here = hashlib.sha256(b"".join(p.read_bytes() for p in sorted((tmp_path / "here" / "data").rglob("*.parquet"))))
    assert inside == here.hexdigest()
    assert (tmp_path / "in-pool" / "DATASHEET.md").read_text() == (tmp_path / "here" / "DATASHEET.md").read_text()


def test_damaged_cache_tables_are_a_cache_miss_not_a_traceback(tmp_path):
    """The images-stage results and the stat cache are SQLite tables read one key at a time; a file
    damaged on disk (truncated, overwritten) costs recomputation on the next build, never an error."""
    from corpus.workspace import Workspace

    ws = Workspace(tmp_path / "cache")
    ws.save_image_result("raw-cfg", {"reason": "image_too_small", "detail": "1x1"})
    ws.set_stat_entry("/some/file", [1, 2, "sha"])
    ws.close()
    again = Workspace(tmp_path / "cache")
    assert again.image_result("raw-cfg") == {"reason": "image_too_small", "detail": "1x1"}
    assert again.stat_entry("/some/file") == [1, 2, "sha"]
    again.close()
    for name in ("images/results.sqlite", "stat-cache.sqlite"):
        path = tmp_path / "cache" / name
        data = path.read_bytes()
        path.write_bytes(b"\x00" * 100 + data[100: len(data) // 2])  # zeroed header, cut in half
    damaged = Workspace(tmp_path / "cache")
    assert damaged.image_result("raw-cfg") is None and damaged.stat_entry("/some/file") is None
    damaged.save_image_result("raw-cfg", {"reason": "x", "detail": "y"})
    damaged.close()
    assert Workspace(tmp_path / "cache").image_result("raw-cfg") == {"reason": "x", "detail": "y"}


def test_a_file_edited_and_given_back_its_mtime_is_read_again(tmp_path):
    # cp -p, rsync -a and tar x set a file's mtime back: size and mtime alone would serve the old page and
    # the old picture from the cache. Same-length edits, the old mtime restored, then a warm and a clean build.
    src = tmp_path / "src"
    saved_page(src, "story", ["Cranes lift the gates into place at dawn"])
    page, picture = src / "story.html", src / "story_files" / "p0.jpg"
    assert build(src, tmp_path / "o1", tmp_path / "cache") == 0
    new_picture = photo(7)
    assert len(new_picture) == picture.stat().st_size  # one pixel moved: the same length, other bytes
    for path, data in ((page, page.read_bytes().replace(b"at dawn", b"at dusk")), (picture, new_picture)):
        st = path.stat()
        path.write_bytes(data)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert build(src, tmp_path / "warm", tmp_path / "cache") == 0
    assert build(src, tmp_path / "clean", tmp_path / "clean-cache") == 0
    (row,) = rows(tmp_path / "warm", "default")
    assert row["caption"] == "Cranes lift the gates into place at dusk"
    assert row["image_sha256"] != rows(tmp_path / "o1", "default")[0]["image_sha256"]  # the new picture
    for name in ("manifest.json", "README.md"):
        assert (tmp_path / "warm" / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()
    assert rows(tmp_path / "warm", "default") == rows(tmp_path / "clean", "default")


def test_the_card_lists_the_languages_of_the_captions_too(tmp_path):
    """English pages whose captions are German and French: the card said `language: [en]` (the articles'
    only), though the caption_language column held de and fr."""
    import yaml

    src = tmp_path / "src"
    saved_page(src, "berlin",
               ["Die Bürgermeisterin eröffnet am Montag die neue Straßenbahnlinie im Norden der Stadt"])
    saved_page(src, "paris", ["La maire inaugure lundi la nouvelle ligne de tramway dans le nord de la ville"])
    saved_page(src, "london", ["The mayor opens the new tram line in the north of the city on Monday morning"])
    assert build(src, tmp_path / "out", tmp_path / "cache") == 0
    got = {r["caption_language"] for r in rows(tmp_path / "out", "default")}
    assert got == {"de", "fr", "en"}
    card = (tmp_path / "out" / "README.md").read_text()
    meta = yaml.safe_load(card.split("---")[1])
    assert set(meta["language"]) == {"de", "fr", "en"}
    assert set(manifest(tmp_path / "out")["languages"]) == {"de", "fr", "en"}


def test_an_article_whose_rows_all_went_as_copies_sits_with_the_kept_copy(tmp_path):
    """The same wire story on two sites: one row is dropped as a duplicate of the other, and the article
    left without rows had its `articles` record placed by its own hash, so the same paragraphs (the kept
    row's context) could sit in train while the row sat in test; verify does not see it (no rows)."""
    import random

    words = "harbour council river festival minister school bridge storm market village museum mayor".split()
    src = tmp_path / "src"
    for n in range(12):  # several stories, so that some story's two copies hash to different splits
        rng = random.Random(n)
        caption = " ".join(rng.choice(words) for _ in range(12)).capitalize()
        noise = Image.effect_noise((320, 200), 60 + n).convert("RGB")
        buf = io.BytesIO()
        noise.save(buf, "JPEG", quality=90)
        for site in ("first", "second"):
            name = f"{site}{n:02d}"
            (src / f"{name}_files").mkdir(parents=True)
            (src / f"{name}_files" / "p.jpg").write_bytes(buf.getvalue())
            (src / f"{name}.html").write_text(
                f'<html><head><link rel="canonical" href="https://{site}{n}.example/story"><title>{name}</title>'
                f'</head><body><article><h1>Story {n}</h1>{BODY}<figure><img src="{name}_files/p.jpg">'
                f"<figcaption>{caption}</figcaption></figure>{BODY}</article></body></html>")
    assert build(src, tmp_path / "out", tmp_path / "cache") == 0
    dropped = [r for r in rows(tmp_path / "out", "rejects") if r["duplicate_of"]]
    assert len(dropped) == 12
    split_of_row, article_split = {}, {}
    for split in ("train", "validation", "test"):
        for p in (tmp_path / "out" / "data" / "default").glob(f"{split}-*.parquet"):
            split_of_row.update((i, split) for i in pq.read_table(p, columns=["id"]).column("id").to_pylist())
        for p in (tmp_path / "out" / "data" / "articles").glob(f"{split}-*.parquet"):
            for r in pq.read_table(p, columns=["url", "figure_ids"]).to_pylist():
                article_split[r["url"]] = (split, r["figure_ids"])
    assert len(article_split) == 24
    for n in range(12):
        a, b = article_split[f"https://first{n}.example/story"], article_split[f"https://second{n}.example/story"]
        kept = a[1] or b[1]
        assert a[0] == b[0] == split_of_row[kept[0]], n
