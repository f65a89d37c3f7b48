"""The command line as one thing (issue 16, points 8 and 9): one exit-code table for every subcommand,
shown in every --help and in the README; every argument explained; `--version` means the tool's version."""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from corpus import exit_codes
from corpus.cli import build_parser, main
from test_card import make_release

ROOT = Path(__file__).resolve().parents[1]
SUBCOMMANDS = ["build", "extract", "stats", "diff", "publish", "verify", "preview"]


def subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_subcommand_and_argument_is_explained():
    parsers = subparsers()
    assert sorted(parsers) == sorted(SUBCOMMANDS)
    for name, parser in parsers.items():
        assert parser.description, name
        for action in parser._actions:
            if action.help == argparse.SUPPRESS:
                continue
            assert action.help and len(action.help) > 10, (name, action.dest)


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_help_ends_with_the_one_exit_code_table(name, capsys):
    with pytest.raises(SystemExit) as stop:
        main([name, "--help"])
    assert stop.value.code == 0
    assert exit_codes.table_text() in capsys.readouterr().out  # verbatim: the epilog is not re-wrapped


def test_the_readme_carries_the_same_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code, meaning in exit_codes.TABLE:
        assert f"| {code} | {meaning} |" in readme, code


def test_not_a_release_is_a_usage_error_for_every_reader(tmp_path, capsys):
    """verify used to exit 3 where stats and diff exit 2: a directory that is no release is a usage error."""
    nothing = tmp_path / "not-a-release"
    nothing.mkdir()
    release = tmp_path / "rel"
    release.mkdir()
    make_release(release)
    for argv in (["verify", str(nothing)], ["stats", str(nothing)], ["diff", str(nothing), str(release)],
                 ["publish", str(nothing), "--repo-id", "me/x", "--dry-run"], ["preview", str(nothing)]):
        assert main(argv) == exit_codes.USAGE, argv
        assert f"{nothing} is not a release (no manifest.json)" in capsys.readouterr().err
    assert main(["verify", str(release)]) == exit_codes.OK
    shard = next((release / "data" / "default").glob("*.parquet"))
    shard.write_bytes(shard.read_bytes()[:-5])
    assert main(["verify", str(release)]) == exit_codes.REFUSED


def test_extract_on_a_missing_file_is_a_usage_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path / "nope.html")]) == exit_codes.USAGE
    captured = capsys.readouterr()
    assert "nope.html: no such file or directory" in captured.err and captured.out == ""


def test_stats_json_is_one_object_with_the_funnel(demo_release, capsys):
    assert main(["stats", str(demo_release), "--examples", "1"]) == 0
    table = capsys.readouterr().out
    assert main(["stats", str(demo_release), "--json", "--examples", "1"]) == 0
    stats = json.loads(capsys.readouterr().out)
    manifest = json.loads((demo_release / "manifest.json").read_text())
    assert any(counts["rejected"] for counts in manifest["stages"].values())  # the demo has rejects to show
    assert stats["version"] == manifest["version"] and stats["rows"] == manifest["rows"]
    for stage, counts in manifest["stages"].items():
        got = stats["stages"][stage]
        assert (got["seen"], got["kept"], got["rejected"]) == (counts["seen"], counts["kept"], counts["rejected"])
        for reason in counts["rejected"]:
            assert len(got["examples"][reason]) == 1 and got["examples"][reason][0]["source"] in table
            assert reason in table


def test_stats_shows_each_stage_its_own_examples_of_a_reason_several_stages_share(tmp_path, capsys, monkeypatch):
    """internal_error is a reason of extract and of images: each stage's examples are its own rejects."""
    import corpus.extract.html as html
    import corpus.images.process as process
    from test_card_snippets import saved_page

    root = tmp_path / "pages"
    saved_page(root, "broken", [("broken_files/p0.jpg", "Divers check the hull of the old ferry")])
    saved_page(root, "fine", [("fine_files/p0.jpg", "Fishing boats wait in the harbour at dawn"),
                              ("fine_files/p1.jpg", "The quay wall after the second storm")])
    real_extract, real_process = html.extract_html, process.process_image
    first_picture = (root / "fine_files" / "p0.jpg").read_bytes()

    def extract(doc, cfg, ledger):  # a bug that trips over one page
        if doc.ref.path == "broken.html":
            raise KeyError("simulated extractor bug")
        return real_extract(doc, cfg, ledger)

    def process_image(data, cfg):  # and one that trips over one picture
        if data == first_picture:
            raise KeyError("simulated images bug")
        return real_process(data, cfg)

    monkeypatch.setattr(html, "extract_html", extract)
    monkeypatch.setattr(process, "process_image", process_image)
    out = tmp_path / "rel"
    # written, and exit 4: two internal errors among two inputs
    assert main(["build", str(root), "--out", str(out), "--cache-dir", str(tmp_path / "c"), "--no-progress"]) == \
        exit_codes.INTERNAL
    capsys.readouterr()
    assert main(["stats", str(out), "--json"]) == 0
    stages = json.loads(capsys.readouterr().out)["stages"]
    assert [e["source"] for e in stages["extract"]["examples"]["internal_error"]] == ["broken.html"]
    assert [e["source"] for e in stages["images"]["examples"]["internal_error"]] == ["fine.html:figure=0"]
    assert main(["stats", str(out)]) == 0
    table = capsys.readouterr().out.splitlines()
    images = table.index(next(line for line in table if line.startswith("images ")))
    assert "fine.html:figure=0" in table[images + 2] and "broken.html" not in "\n".join(table[images:])


def test_version_means_the_tool_version(capsys):
    from corpus import __version__

    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0 and capsys.readouterr().out.strip() == f"caption-corpus {__version__}"
    with pytest.raises(SystemExit) as stop:
        main(["build", "--out", "x", "--version", "1.0.0"])
    assert stop.value.code == exit_codes.USAGE
    assert "--release-version X.Y.Z" in capsys.readouterr().err


@pytest.mark.parametrize("toml, message", [
    ('[images]\nmax_side = "big"', "config key 'images.max_side' must be a whole number, got 'big'"),
    ('strict = "yes"', "config key 'strict' must be true or false"),
    ("[write]\nlicense = 3", "config key 'write.license' must be a string"),
    ("[filter]\nmin_caption_words = 2.5", "config key 'filter.min_caption_words' must be a whole number"),
    ("[ingest]\nexclude_urls = [1]", "config key 'ingest.exclude_urls' must be a list of strings"),
    ("[split]\ntrain = 1", "split.train + split.validation + split.test must add up to 1"),
    ("[split]\ntrain = nan", "split.train, split.validation and split.test must be numbers"),
    ("[images]\nquality = 500", "images.quality must be between 1 and 100, got 500"),
    ("[images]\nfetch_concurrency = 0", "images.fetch_concurrency must be at least 1, got 0"),
    ("[dedup]\nnear_duplicate_threshold = 2.0", "dedup.near_duplicate_threshold must be between 0 and 1, got 2.0"),
    ("[dedup]\nphash_distance = -1", "dedup.phash_distance must be between 0 and 64, got -1"),
    ("[filter]\nmin_caption_words = -4", "filter.min_caption_words must be at least 0, got -4"),
    ("[filter]\nmin_caption_words = 10\nmax_caption_words = 2", "filter.max_caption_words must be at least 10, got 2"),
    # were accepted: a negative timeout, retry count, delay or size limit has no meaning
    ("[images]\nfetch_timeout = -1.0", "images.fetch_timeout must be more than 0 seconds, got -1.0"),
    ("[images]\nfetch_timeout = 0", "images.fetch_timeout must be more than 0 seconds, got 0"),
    ("[images]\nfetch_retries = -2", "images.fetch_retries must be at least 0, got -2"),
    ("[images]\nfetch_per_host_delay = -0.5", "images.fetch_per_host_delay must be at least 0, got -0.5"),
    ("[ingest]\nmax_input_bytes = -1", "ingest.max_input_bytes must be at least 1, got -1"),
])
def test_config_errors_name_the_toml_key(tmp_path, capsys, toml, message):
    """Not a Python class name nor a TypeError deep in a stage: the key to change, before any work."""
    cfg = tmp_path / "c.toml"
    cfg.write_text(toml + "\n")
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--config", str(cfg)]) == exit_codes.USAGE
    err = capsys.readouterr().err
    assert message in err and "Config." not in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_unreadable_config_and_id_files_are_usage_errors(tmp_path, capsys):
    """A config or takedown list that is not UTF-8 text, or a folder: what is wrong, exit 2, no traceback."""
    not_utf8 = tmp_path / "c.toml"
    not_utf8.write_bytes(b"\xff\xfe[split]\n")
    folder = tmp_path / "folder"
    folder.mkdir()
    for extra, message in ((["--config", str(not_utf8)], "is not UTF-8 text"),
                           (["--config", str(folder)], "cannot be read"),
                           (["--exclude-ids", str(not_utf8)], "--exclude-ids")):
        assert main(["build", str(tmp_path), "--out", str(tmp_path / "out"), *extra]) == exit_codes.USAGE, extra
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err, err


def test_a_broken_manifest_is_a_usage_error_for_every_reader(tmp_path, capsys):
    """A truncated manifest, or one without a version, in a release that diff, stats, preview, --previous or
    --out reads: exit 2 with what is wrong, not a JSONDecodeError or KeyError traceback."""
    good = tmp_path / "good"
    good.mkdir()
    make_release(good)
    text = (good / "manifest.json").read_text()
    demo = Path(__file__).resolve().parents[1] / "corpus" / "demo" / "articles"
    (tmp_path / "src").mkdir()
    shutil.copy(demo / "01-harbour-ferry.html", tmp_path / "src")
    shutil.copytree(demo / "01-harbour-ferry_files", tmp_path / "src" / "01-harbour-ferry_files")
    for name, content in (("cut", text[:100]), ("listed", "[1, 2]"),
                          ("no-version", json.dumps({k: v for k, v in json.loads(text).items() if k != "version"}))):
        bad = tmp_path / name
        bad.mkdir()
        (bad / "manifest.json").write_text(content)
        for argv in (["diff", str(bad), str(good)], ["stats", str(bad)], ["preview", str(bad)],
                     ["build", str(tmp_path / "src"), "--out", str(bad), "--cache-dir", str(tmp_path / "c"),
                      "--no-progress"],
                     ["build", str(tmp_path / "src"), "--out", str(tmp_path / "new"), "--previous", str(bad),
                      "--release-version", "2.0.0", "--cache-dir", str(tmp_path / "c"), "--no-progress"]):
            assert main(argv) == exit_codes.USAGE, (name, argv)
            err = capsys.readouterr().err
            assert "manifest.json" in err and "Traceback" not in err, (name, argv, err)


def test_a_damaged_shard_is_exit_3_for_stats_diff_and_previous(tmp_path, capsys):
    """Was: a truncated shard (a copy cut short, a disk error) made `stats`, `diff` and `build --previous` end in
    pyarrow's ArrowInvalid traceback (exit 1). Now: exit 3 naming the shard and pointing at `corpus verify`."""
    good = tmp_path / "good"
    good.mkdir()
    make_release(good)
    demo = Path(__file__).resolve().parents[1] / "corpus" / "demo" / "articles"
    (tmp_path / "src").mkdir()
    shutil.copy(demo / "01-harbour-ferry.html", tmp_path / "src")
    shutil.copytree(demo / "01-harbour-ferry_files", tmp_path / "src" / "01-harbour-ferry_files")
    for config in ("rejects", "text_only"):
        bad = tmp_path / f"bad-{config}"
        shutil.copytree(good, bad)
        shard = sorted((bad / "data" / config).glob("*.parquet"))[0]
        shard.write_bytes(shard.read_bytes()[:300])
        argvs = [["diff", str(good), str(bad)],
                 ["build", str(tmp_path / "src"), "--out", str(tmp_path / "new"), "--previous", str(bad),
                  "--release-version", "2.0.0", "--cache-dir", str(tmp_path / "c"), "--no-progress"]]
        for argv in argvs + ([["stats", str(bad)]] if config == "rejects" else []):
            assert main(argv) == exit_codes.REFUSED, (config, argv)
            err = capsys.readouterr().err
            assert shard.name in err and "corpus verify" in err and "Traceback" not in err, (argv, err)
    assert not (tmp_path / "new").exists()


def test_diff_says_what_changed_means_and_lists_exactly_that(tmp_path, capsys):
    """Was: diff's help promised "changed (same id, other content)", but only the caption and the picture are
    compared: a release whose credits were fixed listed 0 changed. The help says what is compared."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    old = tmp_path / "old"
    old.mkdir()
    make_release(old)
    assert "other caption or picture" in " ".join(subparsers()["diff"].format_help().split())
    edited = {}
    for column, name in (("credit", "credit"), ("caption", "caption")):
        new = tmp_path / name
        shutil.copytree(old, new)
        shard = sorted((new / "data" / "text_only").glob("*.parquet"))[0]
        table = pq.read_table(shard)
        values = table.column(column).to_pylist()
        values[0] = "Photo: Someone Else" if column == "credit" else "Another caption for the same picture."
        pq.write_table(table.set_column(table.schema.get_field_index(column), column, pa.array(values)), shard)
        edited[name] = table.column("id")[0].as_py()
        assert main(["diff", str(old), str(new)]) == exit_codes.OK
        out = capsys.readouterr().out
        changed = [line.split("\t")[1] for line in out.splitlines() if line.startswith("changed\t")]
        assert changed == ([] if column == "credit" else [edited[name]]), (column, out)


def test_a_url_whose_filesystem_is_not_installed_is_a_usage_error(tmp_path, capsys):
    """Was: `corpus verify gs://...` without gcsfs exited 6 ("could not be written"). A filesystem to install
    is a setup error: exit 2 with what to install, before anything is read or written."""
    pytest.importorskip("fsspec")
    try:
        import gcsfs  # noqa: F401
        pytest.skip("gcsfs is installed here")
    except ImportError:
        pass
    out = tmp_path / "out"
    for argv in (["verify", "gs://bucket/rel"],
                 ["build", "gs://bucket/in/", "--out", str(out), "--cache-dir", str(tmp_path / "c")],
                 ["build", str(tmp_path), "--out", "gs://bucket/rel", "--cache-dir", str(tmp_path / "c")],
                 ["build", str(tmp_path), "--out", str(out), "--cache-dir", "gs://bucket/cache"],
                 ["verify", "nosuchscheme://bucket/rel"]):
        assert main(argv) == exit_codes.USAGE, argv
        err = capsys.readouterr().err
        assert "pip install" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "gcsfs" in (main(["verify", "gs://b/r"]), capsys.readouterr().err)[1]
    assert not out.exists() and not (tmp_path / "c").exists()


def test_an_out_or_cache_dir_where_a_file_is_is_a_usage_error(tmp_path, capsys, monkeypatch):
    """Was: a FileExistsError / NotADirectoryError traceback, exit 1. A file where the build needs a folder
    is a path mistake: exit 2 and one line naming the file, before any work."""
    from corpus.demo import source_dirs

    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("not a folder")
    source = str(source_dirs()[0])
    for extra, blocker in ((["--out", str(tmp_path / "afile" / "rel")], str(tmp_path / "afile")),
                           (["--out", "rel", "--cache-dir", "afile"], "afile"),
                           (["--out", "rel", "--cache-dir", "afile/sub"], "afile")):
        assert main(["build", source, *extra, "--no-progress"]) == exit_codes.USAGE, extra
        err = capsys.readouterr().err
        assert f": {blocker} is a file, not a folder" in err and len(err.strip().splitlines()) == 1, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc, where no folder can be made")
def test_an_out_or_cache_dir_that_cannot_be_created_is_exit_6(tmp_path, capsys):
    """Was: a FileNotFoundError traceback, exit 1 (its errno was not one of the storage failures). /proc
    takes no new file nor folder, even for root, for whom a read-only mode would not."""
    from corpus.demo import source_dirs

    source = str(source_dirs()[0])
    for extra in (["--out", "/proc/corpus-release", "--cache-dir", str(tmp_path / "c")],
                  ["--out", str(tmp_path / "rel"), "--cache-dir", "/proc/corpus-cache"],
                  ["--out", str(tmp_path / "rel"), "--cache-dir", "/proc/corpus-cache/sub"]):
        assert main(["build", source, *extra, "--no-progress"]) == exit_codes.STORAGE, extra
        err = capsys.readouterr().err
        assert "cannot " in err and "/proc" in err and "Choose another --out" in err, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "rel").exists()


@pytest.mark.skipif(not (Path("/proc/self").is_dir() and Path("/dev/full").exists()),
                    reason="needs Linux's /proc (takes no new file) and /dev/full (every write: disk full)")
def test_preview_extract_and_diff_outputs_that_cannot_be_written_are_exit_6(demo_release, tmp_path, capsys):
    """Was: a traceback and exit 1 for the files these commands write (the site, --preview, --changelog).
    Now one line and exit 6, as for a build; a file where a folder must be is a path mistake, exit 2.
    /proc and /dev/full refuse even root, for whom a read-only folder would not."""
    from corpus.demo import source_dirs

    page = str(sorted(source_dirs()[0].glob("*.html"))[0])
    (tmp_path / "afile").write_text("not a folder")
    release = str(demo_release)
    cases = [(["preview", release, "--out", "/proc/corpus-preview", "--no-progress"], exit_codes.STORAGE),
             (["extract", page, "--preview", "/proc/corpus-page.html"], exit_codes.STORAGE),
             (["extract", page, "--preview", "/dev/full"], exit_codes.STORAGE),
             (["diff", release, release, "--changelog", "/proc/corpus-CHANGELOG.md"], exit_codes.STORAGE),
             (["diff", release, release, "--changelog", "/dev/full"], exit_codes.STORAGE),
             (["preview", release, "--out", str(tmp_path / "afile" / "site"), "--no-progress"], exit_codes.USAGE),
             (["extract", page, "--preview", str(tmp_path / "afile" / "p.html")], exit_codes.USAGE),
             (["extract", page, "--preview", str(tmp_path)], exit_codes.USAGE),
             (["diff", release, release, "--changelog", str(tmp_path / "afile" / "C.md")], exit_codes.USAGE),
             (["diff", release, release, "--changelog", str(tmp_path / "no" / "C.md")], exit_codes.USAGE)]
    for argv, code in cases:
        assert main(argv) == code, argv
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, (argv, err)
        assert ("cannot write" in err) == (code == exit_codes.STORAGE), (argv, err)
    assert "No space left on device" in (main(cases[2][0]), capsys.readouterr().err)[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


def test_conflicting_executor_flags_are_usage_errors(tmp_path, capsys):
    """Was: `--ray-address` without `--executor ray` built with local processes (or serially), and
    `--executor serial --workers 2` ran one process; both silently. Now exit 2, before any work, with
    what to change."""
    from corpus.demo import source_dirs

    source = str(source_dirs()[0])
    out = tmp_path / "rel"
    for extra, advice in ((["--ray-address", "auto"], "add --executor ray, or drop --ray-address"),
                          (["--ray-address", "auto", "--executor", "processes", "--workers", "2"],
                           "add --executor ray, or drop --ray-address"),
                          (["--executor", "serial", "--workers", "2"],
                           "drop --workers, or choose --executor processes or ray")):
        argv = ["build", source, "--out", str(out), "--cache-dir", str(tmp_path / "c"), "--no-progress", *extra]
        assert main(argv) == exit_codes.USAGE, extra
        err = capsys.readouterr().err
        assert advice in err and len(err.strip().splitlines()) == 1, err
    assert list(tmp_path.iterdir()) == []


def test_extract_prints_the_raw_src_and_the_url_base_url_resolves(tmp_path, capsys):
    """Was: one field, `src or url`, and src is always set, so --base-url changed nothing on screen."""
    page = tmp_path / "storm.html"
    paragraphs = ["The storm came in from the west late on Tuesday evening, and by midnight the harbour wall had "
                  "been breached in two places, residents said.",
                  "Council workers spent Wednesday clearing debris from the quay while fishermen checked their "
                  "boats for damage and counted the cost.",
                  "The harbour master said the wall would be repaired within a month, and that the port would stay "
                  "open for the fishing fleet meanwhile."]
    page.write_text("<!doctype html><html lang=en><head><title>Storm hits the harbour town</title></head><body>"
                    f"<article><h1>Storm hits the harbour town</h1><p>{paragraphs[0]}</p><figure>"
                    "<img src='img/boats.jpg' alt='Boats'><figcaption>Fishing boats wait in the harbour at dawn "
                    f"after the storm. Photo: Jane Doe</figcaption></figure><p>{paragraphs[1]}</p>"
                    f"<p>{paragraphs[2]}</p></article></body></html>", encoding="utf-8")
    assert main(["extract", str(page)]) == 0
    plain = json.loads(capsys.readouterr().out)
    assert main(["extract", str(page), "--base-url", "https://news.example/2024/storm.html"]) == 0
    based = json.loads(capsys.readouterr().out)
    assert plain["src"] == based["src"] == "img/boats.jpg"
    assert plain["url"] == "img/boats.jpg"  # nothing to resolve against: as written
    assert based["url"] == "https://news.example/2024/img/boats.jpg"
    assert list(based) == ["page", "record", "src", "url", "caption", "credit", "alt", "position"]  # as --help
    assert based["record"] is None  # lists them; a page file is one article
    described = subparsers()["extract"].description
    assert "page (" in described and "record (" in described and "url (" in described and "position" in described


def test_extract_url_is_null_for_a_picture_saved_beside_the_page_as_help_says(tmp_path, capsys):
    """--help said url is the address resolved, or as written: for a saved page's own copy of a picture it
    is null (the saved page no longer gives its web address), even with a canonical URL and --base-url."""
    from PIL import Image

    (tmp_path / "storm_files").mkdir()
    Image.new("RGB", (400, 300), "navy").save(tmp_path / "storm_files" / "boats.jpg")
    page = tmp_path / "storm.html"
    body = ("The storm came in from the west late on Tuesday evening, and by midnight the harbour wall had been "
            "breached in two places, residents said. Council workers spent Wednesday clearing the quay.")
    page.write_text("<!doctype html><html lang=en><head><title>Storm hits the harbour town</title><link "
                    "rel=canonical href='https://news.example/2024/storm.html'></head><body><article><h1>Storm "
                    f"hits the harbour town</h1><p>{body}</p><figure><img src='storm_files/boats.jpg'><figcaption>"
                    "Fishing boats wait in the harbour at dawn after the storm.</figcaption></figure><p>{body}</p>"
                    "</article></body></html>", encoding="utf-8")
    assert main(["extract", str(page), "--base-url", "https://other.example/"]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["src"] == "storm_files/boats.jpg" and row["url"] is None
    described = " ".join(subparsers()["extract"].description.split())
    assert "null for a picture saved beside the page in its _files folder" in described


def test_preview_sample_help_says_every_stratum_keeps_a_row(demo_release, tmp_path, capsys):
    """Was: "rows shown per config at most", while the sample keeps a row of every site and split (on
    purpose, so none disappears from the page): --sample 1 shows more than one row."""
    sample_help = next(a.help for a in subparsers()["preview"]._actions if a.dest == "sample")
    assert "at most" not in sample_help and "at least one row of each" in sample_help
    assert main(["preview", str(demo_release), "--out", str(tmp_path / "site"), "--sample", "1", "--no-progress"]) == 0
    shown = capsys.readouterr().out
    default = shown.split("(default ")[1].split(" of ")[0]
    assert int(default) > 1, shown


def test_stats_refuses_a_negative_number_of_examples(demo_release, capsys):
    """Was: `--examples -1` taken as 0, exit 0."""
    assert main(["stats", str(demo_release), "--examples", "-1"]) == exit_codes.USAGE
    captured = capsys.readouterr()
    assert "--examples must be at least 0" in captured.err and captured.out == ""
    assert main(["stats", str(demo_release), "--examples", "0", "--json"]) == exit_codes.OK


def test_missing_paths_in_a_list_or_on_stdin_are_usage_errors(tmp_path, capsys, monkeypatch):
    """Was: a listed path that does not exist was a reject, and the build exited 0 (or 3 when it was the
    only one), while the same path on the command line is exit 2. Now exit 2 before any work, naming it."""
    import io
    import subprocess
    import sys

    from corpus.demo import source_dirs

    page = sorted(source_dirs()[0].glob("*.html"))[0]
    out = tmp_path / "rel"
    common = ["--out", str(out), "--cache-dir", str(tmp_path / "c"), "--no-progress"]
    listing = tmp_path / "lists" / "pages.txt"
    listing.parent.mkdir()
    listing.write_text(f"# the pages\n{page}\nmissing.html\n", encoding="utf-8")  # relative: from the list's folder
    assert main(["build", f"@{listing}", *common]) == exit_codes.USAGE
    assert f"@{listing} lists 1 path that does not exist (missing.html)" in capsys.readouterr().err
    (listing.parent / "missing.html").write_bytes(page.read_bytes())  # there now: the list is fine
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{page}\n/nonexistent-corpus-page.html\n"))
    assert main(["build", "-", *common]) == exit_codes.USAGE
    assert "stdin ('-') lists 1 path that does not exist (/nonexistent-corpus-page.html)" in capsys.readouterr().err
    assert not out.exists() and not (tmp_path / "c").exists()
    # as a user runs it, through a pipe; then the same paths without the missing one build
    done = subprocess.run([sys.executable, "-m", "corpus", "build", "-", *common], input="/nonexistent.html\n",
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == exit_codes.USAGE and "Traceback" not in done.stderr
    done = subprocess.run([sys.executable, "-m", "corpus", "build", "-", f"@{listing}", *common], input=f"{page}\n",
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "manifest.json").read_text())["stages"]["ingest"]["rejected"] == {}


def test_ctrl_c_while_the_arguments_are_read_exits_130_without_a_traceback(tmp_path, monkeypatch, capsys):
    """Was: a Ctrl-C pressed right after Enter reached main() while argparse was importing what --out's
    type needs, outside main's handler: a 20-line traceback. The interrupt arrives in that import here."""
    import corpus.storage

    def interrupted(text):
        raise KeyboardInterrupt

    monkeypatch.setattr(corpus.storage, "is_url", interrupted)
    try:
        code = main(["build", "--out", str(tmp_path / "out")])
    except KeyboardInterrupt:
        pytest.fail("the interrupt left main() (a traceback)")
    assert code == exit_codes.INTERRUPTED
    assert capsys.readouterr().err == ""
    assert not (tmp_path / "out").exists()


def test_extract_names_an_unexpected_error_in_one_files_reader_and_goes_on_with_the_others(tmp_path, capsys,
                                                                                         monkeypatch):
    """Was: a fault in one file's reader (a JSON shape a fix had not foreseen) ended `corpus extract` with a
    traceback, the other files' rows unprinted. The build records such a fault as internal_error and goes on;
    extract now does the same, naming the file on stderr."""
    import corpus.ingest as ingest

    real = ingest.read_input

    def faulty(inp, cfg, ledger):
        if inp.rel.endswith("bad.txt"):
            ledger.see("ingest")
            raise RuntimeError("a reader's bug")
        yield from real(inp, cfg, ledger)

    monkeypatch.setattr(ingest, "read_input", faulty)
    story = ("The harbour wall was breached in two places late on Tuesday, residents said.\n\n"
             "Fishing boats wait in the harbour at dawn after the storm.\n\n"
             "Fishing boats wait in the harbour at dawn after the storm. Photo: Jane Doe\n\n"
             "Council workers spent Wednesday clearing debris from the quay while fishermen counted the cost.\n\n"
             "The harbour master said the wall would be repaired within a month.\n")
    (tmp_path / "bad.txt").write_text(story, encoding="utf-8")
    (tmp_path / "good.txt").write_text(story, encoding="utf-8")
    assert main(["extract", str(tmp_path / "bad.txt"), str(tmp_path / "good.txt")]) == 0
    out = capsys.readouterr()
    assert [json.loads(line)["page"] for line in out.out.splitlines()] == ["good.txt"]
    assert "bad.txt: internal_error RuntimeError: a reader's bug" in out.err


def test_extract_reads_trafilaturas_xml_output_with_its_graphics_as_pictures(tmp_path, capsys):
    """Set 84: `trafilatura --xml` writes a <doc> of HTML's paragraphs whose pictures are <graphic src alt/>: it was
    refused as plain text without article paragraphs."""
    page = tmp_path / "lentils.xml"
    page.write_text('<doc sitename="Example" title="Lentil harvest begins" url="https://news.example/lentils">\n'
                    "  <main>\n    <p>The growers of the cirque began the lentil harvest last week, and the season "
                    "looks good after a short rainy season.</p>\n"
                    '    <graphic src="https://news.example/cirque.jpg" alt="Cirque"/>\n'
                    "    <p>The cirque seen from the lookout at dawn. (Photo : Jean-Marc Roe)</p>\n"
                    "    <p>A kilo sells for between 18 and 22 euros at the market, the growers said on Monday.</p>\n"
                    "  </main>\n</doc>\n", encoding="utf-8")
    assert main(["extract", str(page)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["caption"], row["credit"], row["src"]) == ("The cirque seen from the lookout at dawn.",
                                                          "Photo : Jean-Marc Roe", "https://news.example/cirque.jpg")
