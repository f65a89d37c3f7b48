"""The command line as one thing (issue 16, points 8 and 9): one exit-code table for every subcommand,
shown in every --help and in the README; every argument explained; `--version` means the tool's version."""
from __future__ import annotations

import argparse
import json
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
])
def test_config_errors_name_the_toml_key(tmp_path, capsys, toml, message):
    """Not a Python class name nor a TypeError deep in a stage: the key to change, before any work."""
    cfg = tmp_path / "c.toml"
    cfg.write_text(toml + "\n")
    assert main(["build", str(tmp_path), "--out", str(tmp_path / "out"), "--config", str(cfg)]) == exit_codes.USAGE
    err = capsys.readouterr().err
    assert message in err and "Config." not in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
