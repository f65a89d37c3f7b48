"""Publishing: dry run for real, refusals, and the upload + tag sequence against a fake HfApi."""
from __future__ import annotations

import argparse
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from types import SimpleNamespace

import pytest
from huggingface_hub import CommitInfo

from corpus import exit_codes
from corpus.cli import build_parser, main
from corpus.config import DatasheetConfig
from corpus.publish.hub import DELETE_PATTERNS, PublishError, cmd_publish, publish
from test_card import ANSWERS, make_release

OID = "0123456789abcdef0123456789abcdef01234567"


class FakeApi:
    """Records HfApi calls; the Hub itself cannot be reached from tests."""

    def __init__(self, tags: tuple[str, ...] = ()):
        self.calls: list[tuple[str, tuple, dict]] = []
        self.tags = tags

    def whoami(self):
        self.calls.append(("whoami", (), {}))
        return {"name": "someone"}

    def create_repo(self, repo_id, **kw):
        self.calls.append(("create_repo", (repo_id,), kw))

    def list_repo_refs(self, repo_id, **kw):
        self.calls.append(("list_repo_refs", (repo_id,), kw))
        return SimpleNamespace(tags=[SimpleNamespace(name=t) for t in self.tags], branches=[])

    def upload_folder(self, **kw):
        self.calls.append(("upload_folder", (), kw))
        return CommitInfo(commit_url=f"https://huggingface.co/datasets/{kw['repo_id']}/commit/{OID}",
                          commit_message=kw["commit_message"], commit_description="", oid=OID)

    def create_tag(self, repo_id, **kw):
        self.calls.append(("create_tag", (repo_id,), kw))

    def names(self) -> list[str]:
        return [c[0] for c in self.calls]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("pub") / "release"
    root.mkdir()
    make_release(root)
    return root


def args(release: Path, repo: str = "someone/news-captions", dry_run: bool = False, private: bool = True):
    return argparse.Namespace(dir=release, repo=repo, dry_run=dry_run, private=private)


def test_dry_run_lists_every_file_with_its_size_and_the_tag(release, capsys):
    assert cmd_publish(args(release, dry_run=True), api=FakeApi()) == 0
    out = capsys.readouterr().out
    shards = sorted(p.relative_to(release).as_posix() for p in (release / "data").rglob("*.parquet"))
    assert {s.split("/")[1] for s in shards} == {"articles", "default", "text_only", "rejects"}
    for path in ("README.md", "DATASHEET.md", "manifest.json", "build_config.json", "datasheet/funnel.png", *shards):
        size = (release / path).stat().st_size
        assert f"{size:>12}  {path}\n" in out, path
    assert "would tag: v1.2.0" in out and "Release v1.2.0" in out
    assert "data/**" in out  # says what the upload replaces


def test_dry_run_uploads_nothing(release):
    api = FakeApi()
    plan = publish(release, "someone/news-captions", dry_run=True, api=api)
    assert api.calls == [] and plan.commit is None
    assert plan.tag == "v1.2.0" and plan.total_bytes == sum(f.size for f in plan.files)
    assert [f.path for f in plan.files] == sorted(f.path for f in plan.files)


def test_upload_replaces_old_files_then_tags_the_returned_commit(release, capsys):
    api = FakeApi(tags=("v1.1.0",))
    assert cmd_publish(args(release), api=api) == 0
    assert api.names() == ["whoami", "create_repo", "list_repo_refs", "upload_folder", "create_tag"]
    assert api.calls[1][2]["private"] is True  # private unless --public
    upload = api.calls[3][2]
    assert upload["repo_id"] == "someone/news-captions" and upload["repo_type"] == "dataset"
    assert Path(upload["folder_path"]) == release
    assert upload["delete_patterns"] == DELETE_PATTERNS == ["data/**", "*.md", "*.json", "datasheet/**"]
    assert upload["commit_message"] == "Release v1.2.0"
    assert api.calls[4] == ("create_tag", ("someone/news-captions",),
                            {"tag": "v1.2.0", "revision": OID, "repo_type": "dataset"})
    assert f"tagged: v1.2.0 on commit {OID}" in capsys.readouterr().out


def test_refusal_names_every_missing_question(tmp_path, capsys):
    make_release(tmp_path, answers=DatasheetConfig(motivation=ANSWERS.motivation, funding="  "))
    api = FakeApi()
    assert cmd_publish(args(tmp_path), api=api) == 3  # refused after checking
    err = capsys.readouterr().err
    for key in ("funding", "source_license", "consent_privacy", "takedown_contact"):
        assert f"datasheet.{key} is unanswered" in err, key
    assert "datasheet.motivation" not in err
    assert api.calls == []
    with pytest.raises(PublishError, match="datasheet.funding"):
        publish(tmp_path, "someone/x", dry_run=True)  # a dry run refuses too: it shows what would go out


def test_an_existing_version_tag_is_never_moved(release):
    api = FakeApi(tags=("v1.2.0",))
    with pytest.raises(PublishError, match="already has the tag v1.2.0"):
        publish(release, "someone/news-captions", dry_run=False, api=api)
    assert "upload_folder" not in api.names()


def test_a_tampered_or_unfinished_release_is_refused(tmp_path, capsys):
    make_release(tmp_path, datasheet=False)
    assert cmd_publish(args(tmp_path, dry_run=True)) == 3
    assert "DATASHEET.md is missing" in capsys.readouterr().err
    shard = next((tmp_path / "data" / "default").glob("*.parquet"))
    shard.write_bytes(shard.read_bytes()[:-10])
    assert cmd_publish(args(tmp_path, dry_run=True)) == 3
    assert "sha256 differs" in capsys.readouterr().err
    assert cmd_publish(args(tmp_path / "nowhere", dry_run=True)) == 2  # not a release: usage


def test_bad_repo_id_is_a_usage_error(release, capsys):
    assert cmd_publish(args(release, repo="no-slash", dry_run=True)) == 2
    assert "not of the form" in capsys.readouterr().err


def test_parser_wires_the_command(release):
    parser = build_parser()
    ns = parser.parse_args(["publish", str(release), "--repo-id", "me/data", "--dry-run"])
    assert (ns.command, ns.dir, ns.repo, ns.dry_run, ns.private) == ("publish", release, "me/data", True, True)
    assert parser.parse_args(["publish", str(release), "--repo-id", "me/data", "--public"]).private is False
    with pytest.raises(SystemExit):
        parser.parse_args(["publish", str(release), "--repo-id", "me/data", "--public", "--private"])


def test_public_is_asked_for_explicitly(release):
    api = FakeApi()
    assert cmd_publish(args(release, private=False), api=api) == 0
    assert api.calls[1][2]["private"] is False


@pytest.fixture
def no_stored_token(tmp_path, monkeypatch):
    """No HF_TOKEN and an empty HF_HOME: the machine's own login (if any) is not seen."""
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setattr("huggingface_hub.constants.HF_TOKEN_PATH", str(tmp_path / "hf-home" / "token"))


def test_no_token_is_one_line_and_exit_5_before_any_call(release, no_stored_token, capsys):
    code = main(["publish", str(release), "--repo-id", "someone/x"])
    err = capsys.readouterr().err
    assert code == exit_codes.UNAVAILABLE == 5
    assert err.count("\n") == 1 and "no Hugging Face token" in err and "HF_TOKEN" in err


def test_no_network_is_one_line_and_exit_5(release, monkeypatch, capsys):
    """A real HfApi against an address where nothing listens: the token check fails first, nothing is sent."""
    monkeypatch.setenv("HF_TOKEN", "hf_not_a_real_token")
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_OFFLINE", False)  # the tests' guard, lifted here
    monkeypatch.setattr("huggingface_hub.constants.ENDPOINT", "http://127.0.0.1:9")
    code = main(["publish", str(release), "--repo-id", "someone/x"])
    err = capsys.readouterr().err
    assert code == 5, err
    assert err.count("\n") == 1 and "checking the token failed" in err and "could not be reached" in err
    assert "Traceback" not in err and "nothing was uploaded" in err


class Refuses401(BaseHTTPRequestHandler):
    """A Hub stand-in that refuses every token, as the Hub does for a revoked one."""

    def do_GET(self):
        body = b'{"error": "Invalid credentials in Authorization header"}'
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *a):
        pass


def test_a_refused_token_stops_before_the_repository_is_made(release, monkeypatch, capsys):
    server = HTTPServer(("127.0.0.1", 0), Refuses401)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("HF_TOKEN", "hf_revoked")
        monkeypatch.setattr("huggingface_hub.constants.HF_HUB_OFFLINE", False)
        monkeypatch.setattr("huggingface_hub.constants.ENDPOINT", f"http://127.0.0.1:{server.server_port}")
        code = main(["publish", str(release), "--repo-id", "someone/x"])
    finally:
        server.shutdown()
    err = capsys.readouterr().err
    assert code == 5 and "refused the token (401)" in err and err.count("\n") == 1


def test_offline_mode_is_named(release, monkeypatch, capsys):
    monkeypatch.setenv("HF_TOKEN", "hf_any")
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_OFFLINE", True)
    assert main(["publish", str(release), "--repo-id", "someone/x"]) == 5
    assert "HF_HUB_OFFLINE is set" in capsys.readouterr().err
