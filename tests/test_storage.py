"""Sources, cache and release on S3: against a real S3-compatible server (moto's) started on 127.0.0.1."""
from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus.cli import main as corpus_main
from corpus.demo import demo_config, source_dirs

fsspec = pytest.importorskip("fsspec")
pytest.importorskip("s3fs", reason="the [s3] extra (s3fs) is part of [dev]")
pytest.importorskip("moto", reason="moto's server is part of [dev]")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    port = free_port()
    log = open(tmp_path_factory.mktemp("moto") / "server.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/moto-api/", timeout=1)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"moto server did not start: {Path(log.name).read_text()[-2000:]}")
            time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(10)
    log.close()


@pytest.fixture
def s3(s3_endpoint, monkeypatch):
    """An s3fs filesystem on the local server, with the standard variables set as a user would."""
    for name, value in {"AWS_ENDPOINT_URL": s3_endpoint, "AWS_ACCESS_KEY_ID": "test",
                        "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
                        "NO_PROXY": "127.0.0.1"}.items():
        monkeypatch.setenv(name, value)
    fsspec.AbstractFileSystem.clear_instance_cache()
    fs = fsspec.filesystem("s3")
    bucket = f"b{time.monotonic_ns()}"
    fs.mkdir(bucket)
    return fs, bucket


def tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def upload_demo(fs, bucket: str) -> list[str]:
    for src in source_dirs():
        fs.put(str(src), f"{bucket}/in/{src.name}", recursive=True)
    return [f"s3://{bucket}/in/{src.name}/" for src in source_dirs()]


def test_a_build_from_and_to_s3_is_byte_identical_to_a_local_one_and_loads_back(s3, tmp_path, monkeypatch):
    import datasets
    import huggingface_hub

    from corpus.storage import data_files

    fs, bucket = s3
    remote_sources = upload_demo(fs, bucket)
    out = f"s3://{bucket}/releases/demo"
    config = ["--config", str(demo_config()), "--no-progress"]
    assert corpus_main(["build", *remote_sources, "--out", out, "--cache-dir", str(tmp_path / "c1"), *config]) == 0
    assert corpus_main(["build", *map(str, source_dirs()), "--out", str(tmp_path / "local"),
                        "--cache-dir", str(tmp_path / "c2"), *config]) == 0
    fs.get(f"{bucket}/releases/demo", str(tmp_path / "downloaded"), recursive=True)
    assert tree(tmp_path / "downloaded") == tree(tmp_path / "local")
    assert corpus_main(["verify", out]) == 0

    manifest = json.loads((tmp_path / "local" / "manifest.json").read_text())
    files = data_files(out)
    # the suite runs offline so that nothing reaches a hub; the bucket is on 127.0.0.1, so let datasets read it
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    assert set(files) == set(manifest["rows"]["default"])
    ds = datasets.load_dataset("parquet", data_files=files, storage_options={},
                               cache_dir=str(tmp_path / "hf"))
    assert {s: ds[s].num_rows for s in ds} == manifest["rows"]["default"]
    assert ds["train"][0]["image"] is not None
    # an object slipped into the prefix (or left by an upload that could not delete it) is never loaded:
    # the shards are the manifest's list, not a pattern (was: train-*.parquet took the stray one in)
    stray = f"{bucket}/releases/demo/data/default/train-99999-of-99999.parquet"
    fs.pipe_file(stray, fs.cat_file(files["test"][0].removeprefix("s3://")))
    assert data_files(out) == files and all(stray not in f for split in files.values() for f in split)


def test_a_second_build_sends_nothing_and_a_removed_source_is_no_input(s3, tmp_path):
    fs, bucket = s3
    remote_sources = upload_demo(fs, bucket)
    out = f"s3://{bucket}/rel"
    argv = ["build", *remote_sources, "--out", out, "--cache-dir", str(tmp_path / "c"), "--config",
            str(demo_config()), "--no-progress"]
    assert corpus_main(argv) == 0
    before = {k: v["LastModified"] for k, v in fs.find(f"{bucket}/rel", detail=True).items()}
    assert corpus_main(argv) == 0  # unchanged: no object is rewritten
    assert {k: v["LastModified"] for k, v in fs.find(f"{bucket}/rel", detail=True).items()} == before

    scrape = sorted(fs.find(f"{bucket}/in/scrapes"))[0]
    fs.rm_file(scrape)
    assert corpus_main(argv + ["--release-version", "2.0.0"]) == 0
    manifest = json.loads(fs.cat_file(f"{bucket}/rel/manifest.json"))
    assert scrape.rsplit("/", 1)[1] not in json.dumps(manifest["inputs"])
    assert corpus_main(["verify", out]) == 0


def test_keys_that_climb_out_of_the_prefix_are_rejects_and_never_written_outside(s3, tmp_path):
    from corpus.storage import mirror

    fs, bucket = s3
    page = next(iter(source_dirs()[0].glob("*.html"))).read_bytes()
    fs.pipe({f"{bucket}/in/good.html": page, f"{bucket}/in/../../escape.html": page,
             f"{bucket}/in/a/../../up.html": page})
    keys = set(fs.find(f"{bucket}/in"))
    refused = []
    local = mirror(f"s3://{bucket}/in", tmp_path / "copy" / "in", lambda key, why, kind: refused.append(key))
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert written == ["copy/in.objects.json", "copy/in/good.html"]
    assert local == tmp_path / "copy" / "in"
    assert len(keys) == 3  # S3 keeps such keys as written
    assert sorted(refused) == ["../../escape.html", "a/../../up.html"]


def test_a_tampered_remote_release_fails_verify(s3, tmp_path, capsys):
    fs, bucket = s3
    out = f"s3://{bucket}/rel"
    assert corpus_main(["build", "--out", out, "--cache-dir", str(tmp_path / "c"), "--no-progress"]) == 0
    card = fs.cat_file(f"{bucket}/rel/README.md")
    fs.pipe_file(f"{bucket}/rel/README.md", card.replace(b"license:", b"license: mit\nold_license:", 1))
    capsys.readouterr()
    assert corpus_main(["verify", out]) != 0
    assert "README.md" in capsys.readouterr().out


def test_a_missing_prefix_is_an_unreadable_input_and_no_release_is_written(s3, tmp_path, capsys):
    fs, bucket = s3
    code = corpus_main(["build", f"s3://{bucket}/nothing/", "--out", str(tmp_path / "out"),
                        "--cache-dir", str(tmp_path / "c"), "--no-progress"])
    assert code == 3  # as for any build that keeps nothing: the counts say where the input went
    assert "ingest: 1 in, 0 kept (ingest_unreadable 1)" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_cache_on_s3_is_reused_by_a_build_on_a_fresh_machine(s3, tmp_path, monkeypatch, capsys):
    fs, bucket = s3
    cache = f"s3://{bucket}/cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine1"))
    assert corpus_main(["build", "--out", str(tmp_path / "r1"), "--cache-dir", cache, "--no-progress"]) == 0
    assert any(k.endswith(".spill") for k in fs.find(f"{bucket}/cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "machine2"))  # nothing local on this one
    capsys.readouterr()
    assert corpus_main(["build", "--out", str(tmp_path / "r2"), "--cache-dir", cache, "--no-progress"]) == 0
    n = len(json.loads((tmp_path / "r2" / "manifest.json").read_text())["inputs"])
    assert f"inputs: {n} files ({n} from cache)" in capsys.readouterr().out
    assert tree(tmp_path / "r1") == tree(tmp_path / "r2")


def test_a_source_object_gone_between_listing_and_reading_is_one_reject(s3, tmp_path, monkeypatch, capsys):
    """Was: the whole build stopped ("cannot read ...; nothing was published", exit 6) when one object of a
    source prefix was deleted after the listing. Now it is an ingest_unreadable reject naming its key and
    the rest is built."""
    import corpus.storage as storage

    fs, bucket = s3
    pages = sorted(source_dirs()[0].glob("*.html"))[:3]
    for page in pages:
        fs.pipe_file(f"{bucket}/in/{page.name}", page.read_bytes())
    real_listing = storage.remote_objects

    def listing_then_delete(fs_, path):
        objects = list(real_listing(fs_, path))
        fs_.rm_file(f"{bucket}/in/{pages[1].name}")  # another process deletes it after the listing
        yield from objects

    monkeypatch.setattr(storage, "remote_objects", listing_then_delete)
    out = tmp_path / "out"
    code = corpus_main(["build", f"s3://{bucket}/in/", "--out", str(out), "--cache-dir", str(tmp_path / "c"),
                        "--no-progress"])
    assert code == 0, capsys.readouterr().err
    stats = json.loads((out / "manifest.json").read_text())["stages"]["ingest"]
    assert stats["rejected"] == {"ingest_unreadable": 1} and stats["seen"] == 3 and stats["kept"] == 2
    sources = [r["source"] for p in (out / "data" / "rejects").glob("*.parquet")
               for r in pq.read_table(p).to_pylist() if r["reason"] == "ingest_unreadable"]
    assert sources == [pages[1].name]



@pytest.fixture
def unreachable(monkeypatch):
    """S3 as on a machine with no credentials and no network: the endpoint is a closed port on 127.0.0.1
    (nothing leaves the machine) and no credential variable or file is found. One attempt per request,
    so that botocore's retries do not slow the tests down; the errors are the same."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in {"AWS_ENDPOINT_URL": f"http://127.0.0.1:{free_port()}", "NO_PROXY": "127.0.0.1",
                        "AWS_DEFAULT_REGION": "us-east-1", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent",
                        "AWS_CONFIG_FILE": "/nonexistent", "AWS_EC2_METADATA_DISABLED": "true",
                        "AWS_MAX_ATTEMPTS": "1"}.items():
        monkeypatch.setenv(name, value)
    s3_class = fsspec.get_filesystem_class("s3")  # each filesystem class caches its own instances
    s3_class.clear_instance_cache()
    yield s3_class.clear_instance_cache  # to call after changing the variables
    s3_class.clear_instance_cache()


@pytest.mark.parametrize("credentials", [False, True], ids=["no-credentials", "no-network"])
def test_an_unreachable_bucket_is_one_line_and_exit_5_for_every_command(unreachable, credentials, tmp_path,
                                                                         monkeypatch, capsys):
    """Was: a botocore NoCredentialsError / EndpointConnectionError traceback and exit 1 (only OSError and
    ValueError were caught). Now one line saying what to check, and exit 5 as for the Hub; nothing is
    published."""
    if credentials:  # found, but the endpoint does not answer
        monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
        unreachable()
    source = str(source_dirs()[0])
    cache = str(tmp_path / "c")
    for argv in (["verify", "s3://b/rel"],
                 ["build", source, "--out", "s3://b/rel", "--cache-dir", cache, "--no-progress"],
                 ["build", "s3://b/in/", "--out", str(tmp_path / "out"), "--cache-dir", cache, "--no-progress"],
                 ["build", source, "--out", str(tmp_path / "out"), "--cache-dir", "s3://b/cache", "--no-progress"]):
        assert corpus_main(argv) == 5, argv
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
        assert "cannot list s3://b/" in err and "AWS_ENDPOINT_URL" in err, err
        assert ("Unable to locate credentials" in err) != credentials, err
    assert not (tmp_path / "out").exists()


def test_an_unreachable_bucket_stops_download_upload_and_data_files_with_exit_5(unreachable, tmp_path, monkeypatch):
    """The other calls that talk to the bucket: each raises a StorageError with code 5, not botocore's error."""
    from corpus.storage import StorageError, data_files, download, upload_folder

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test")
    unreachable()
    (tmp_path / "rel").mkdir()
    (tmp_path / "rel" / "manifest.json").write_text("{}")
    calls = [lambda: download(fsspec.filesystem("s3"), "b/rel/manifest.json", tmp_path / "got" / "manifest.json"),
             lambda: upload_folder(tmp_path / "rel", "s3://b/rel"),
             lambda: data_files("s3://b/rel")]
    for call in calls:
        with pytest.raises(StorageError) as failed:
            call()
        assert failed.value.code == 5 and "Could not connect to the endpoint URL" in str(failed.value)
    assert not (tmp_path / "got").exists() or not any((tmp_path / "got").iterdir())
