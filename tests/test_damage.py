"""Issue 19, caches and releases: damage on disk is detected and never published; `corpus verify` checks
everything a release claims and trusts no path its manifest names. Each test rebuilds a finding."""
from __future__ import annotations

import json
import os
import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest

from corpus.cli import main as corpus_main
from corpus.config import load_config
from corpus.demo import demo_config, source_dirs
from corpus.exit_codes import BuildError
from corpus.pipeline import build
from corpus.verify import verify_release


def demo_build(out: Path, cache: Path, **overrides):
    cfg = load_config(demo_config(), overrides)
    return build([str(d) for d in source_dirs()], out, cfg, cache_dir=cache)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("damage")
    demo_build(root / "release", root / "cache")
    return root


def copy_of(built: Path, tmp_path: Path) -> tuple[Path, Path]:
    shutil.copytree(built / "release", tmp_path / "release")
    shutil.copytree(built / "cache", tmp_path / "cache")
    return tmp_path / "release", tmp_path / "cache"


def stored_pictures(cache: Path) -> list[tuple[Path, int, int]]:
    """(pack, offset, length) of every stored picture, as the cache's locations table has them."""
    with sqlite3.connect(cache / "blobs" / "locations.sqlite") as db:
        rows = [pickle.loads(v) for (v,) in db.execute("SELECT v FROM kv")]
    return [(cache / "blobs" / pack, offset, length) for pack, offset, length in rows]


@pytest.mark.parametrize("damage", ["zeroed", "bit flipped"])
def test_damaged_picture_blobs_are_recomputed_not_published(built, tmp_path, damage):
    """Was: 194 of 194 pictures went out as 0 bytes, exit 0, and verify said OK."""
    _, cache = copy_of(built, tmp_path)
    pictures = stored_pictures(cache)
    assert len(pictures) == 194
    for pack, offset, length in pictures:
        data = bytearray(pack.read_bytes())
        if damage == "zeroed":
            data[offset:offset + length] = bytes(length)
        else:
            data[offset + length // 2] ^= 0x10
        pack.write_bytes(bytes(data))
    report = demo_build(tmp_path / "again", cache, **{"write": {"version": "1.0.1"}})
    assert verify_release(tmp_path / "again") == []
    assert report.manifest["rows"] == json.loads((built / "release" / "manifest.json").read_text())["rows"]


@pytest.mark.parametrize("which", ["index", "records", "rejects", "trailer"])
@pytest.mark.parametrize("damage", ["truncated", "bit flipped"])
def test_a_damaged_spill_is_a_cache_miss(built, tmp_path, which, damage):
    """Was: a traceback on every later build until the cache was deleted. A spill is one file (records,
    rejects, index, trailer): the damage lands in the middle of the named part."""
    from corpus.phase1 import read_trailer

    _, cache = copy_of(built, tmp_path)
    files = sorted((cache / "phase1").glob("*.spill"))
    assert files
    damaged = 0
    for path in files:
        with open(path, "rb") as f:
            rejects_at, index_at, end, _ = read_trailer(f)
        start, stop = {"records": (0, rejects_at), "rejects": (rejects_at, index_at),
                       "index": (index_at, end), "trailer": (end, path.stat().st_size)}[which]
        if stop - start < 2:
            continue  # an input without rejects (or records) has no such part to damage
        data = bytearray(path.read_bytes())
        middle = (start + stop) // 2
        if damage == "truncated":
            data = data[:middle]
        else:
            data[middle] ^= 0x01
        path.write_bytes(bytes(data))
        damaged += 1
    assert damaged
    report = demo_build(tmp_path / "again", cache)
    assert report.cached_inputs == len(files) - damaged  # the damaged ones, and only they, were read again
    assert verify_release(tmp_path / "again") == []
    original = json.loads((built / "release" / "manifest.json").read_text())
    assert report.manifest["content_hash"] == original["content_hash"]


@pytest.mark.parametrize("entry", ["phase1/*.spill", "stat-cache.sqlite", "blobs/locations.sqlite",
                                   "images/results.sqlite", "blobs/*.pack", "shards.pkl", "dedup/*.npz"])
def test_a_folder_where_a_cache_file_should_be_costs_that_entry_only(built, tmp_path, entry):
    """Was: a traceback (IsADirectoryError, sqlite3's "unable to open database file"), or for the stat cache
    every input rejected as ingest_unreadable and nothing kept."""
    _, cache = copy_of(built, tmp_path)
    path = sorted(cache.glob(entry))[0]
    path.unlink()
    (path / "inside").mkdir(parents=True)
    report = demo_build(tmp_path / "again", cache)
    assert verify_release(tmp_path / "again") == []
    original = json.loads((built / "release" / "manifest.json").read_text())
    assert report.manifest["content_hash"] == original["content_hash"]
    assert report.cached_inputs == len(original["inputs"]) - (entry == "phase1/*.spill")
    if entry != "blobs/*.pack":  # a pack is only appended to by the process that made it: the next gets a new one
        assert path.is_file() or not path.exists()


def test_a_file_where_a_cache_folder_should_be_is_one_line_exit_6(built, tmp_path, capsys):
    _, cache = copy_of(built, tmp_path)
    shutil.rmtree(cache / "raw")
    (cache / "raw").write_text("someone's notes\n")
    code = corpus_main(["build", *map(str, source_dirs()), "--out", str(tmp_path / "again"), "--cache-dir", str(cache),
                        "--config", str(demo_config()), "--no-progress"])
    assert code == 6
    err = capsys.readouterr().err
    assert "has a file 'raw' where its folder should be" in err and "Traceback" not in err
    assert (cache / "raw").read_text() == "someone's notes\n" and not (tmp_path / "again").exists()


def test_a_damaged_minhash_cache_is_recomputed(built, tmp_path):
    _, cache = copy_of(built, tmp_path)
    for path in (cache / "dedup").glob("*.npz"):
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    report = demo_build(tmp_path / "again", cache)
    original = json.loads((built / "release" / "manifest.json").read_text())
    assert report.manifest["content_hash"] == original["content_hash"]


def test_a_full_disk_while_storing_a_picture_is_not_cached_as_the_pictures_fault(built, tmp_path, monkeypatch):
    """Was: a transient storage error was cached as a permanent internal_error of that picture."""
    from corpus.workspace import Workspace

    def disk_full(self, sha, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workspace, "put_blob", disk_full)
    with pytest.raises(BuildError) as e:
        demo_build(tmp_path / "out", tmp_path / "cache")
    assert "No space left" in str(e.value) or "space" in str(e.value)
    monkeypatch.undo()
    report = demo_build(tmp_path / "out", tmp_path / "cache")
    assert "internal_error" not in report.manifest["stages"]["images"]["rejected"]
    assert report.manifest["rows"] == json.loads((built / "release" / "manifest.json").read_text())["rows"]


# ---------------------------------------------------------------- verify

def test_an_edited_card_fails_verify_and_publish(built, tmp_path):
    """Was: a card edited to `license: mit` passed verify and publish --dry-run."""
    from corpus.cli import main

    release, _ = copy_of(built, tmp_path)
    card = release / "README.md"
    card.write_text(card.read_text().replace("license: cc-by-4.0", "license: mit").replace("license: ", "license: mit #", 1))
    problems = verify_release(release)
    assert any(p.startswith("README.md: changed since the build") for p in problems)
    assert main(["publish", str(release), "--repo-id", "me/news", "--dry-run"]) != 0


@pytest.mark.parametrize("name", ["DATASHEET.md", "build_config.json"])
def test_every_file_of_the_release_is_checked(built, tmp_path, name):
    release, _ = copy_of(built, tmp_path)
    with open(release / name, "a", encoding="utf-8") as f:
        f.write("\n")
    assert any(p.startswith(f"{name}: changed") for p in verify_release(release))
    plots = sorted((release / "datasheet").glob("*.png")) if (release / "datasheet").is_dir() else []
    if plots:
        plots[0].write_bytes(plots[0].read_bytes()[:-10])
        assert any("changed since the build" in p and plots[0].name in p for p in verify_release(release))


def test_a_picture_whose_bytes_do_not_match_its_hash_fails_verify(built, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    release, _ = copy_of(built, tmp_path)
    shard = next((release / "data" / "default").glob("*.parquet"))
    table = pq.read_table(shard)
    images = table.column("image").to_pylist()
    images[0] = {**images[0], "bytes": b"\x00" * len(images[0]["bytes"])}
    table = table.set_column(table.schema.get_field_index("image"), table.schema.field("image"),
                             pa.array(images, type=table.schema.field("image").type))
    pq.write_table(table, shard)
    manifest = json.loads((release / "manifest.json").read_text())
    from corpus.write import sha256_file

    for s in manifest["shards"]:  # a careful forger fixes the shard checksum: the picture check still fails
        if s["path"] == shard.relative_to(release).as_posix():
            s["sha256"] = sha256_file(shard)
    (release / "manifest.json").write_text(json.dumps(manifest))
    assert any("do not match image_sha256" in p for p in verify_release(release))


@pytest.mark.parametrize("hostile", ["/dev/zero", "../../etc/passwd", "data/default/fifo.parquet",
                                     "data/default/link.parquet"])
def test_a_hostile_manifest_is_refused_without_opening_anything_outside(built, tmp_path, hostile, monkeypatch):
    release, _ = copy_of(built, tmp_path)
    if hostile.endswith("fifo.parquet"):
        os.mkfifo(release / hostile)
    if hostile.endswith("link.parquet"):
        (release / hostile).symlink_to("/etc/passwd")
    manifest = json.loads((release / "manifest.json").read_text())
    manifest["shards"].append({"path": hostile, "sha256": "0" * 64, "rows": 1})
    (release / "manifest.json").write_text(json.dumps(manifest))
    opened = []
    real_open = open

    def spy(file, *a, **k):
        opened.append(os.path.realpath(file) if isinstance(file, (str, Path)) else file)
        return real_open(file, *a, **k)

    monkeypatch.setattr("builtins.open", spy)
    problems = verify_release(release)
    assert any("refused, not opened" in p for p in problems)
    root = os.path.realpath(release)
    assert all(not isinstance(p, str) or p.startswith(root) for p in opened)


def test_a_truncated_manifest_is_a_clear_error(built, tmp_path, capsys):
    release, _ = copy_of(built, tmp_path)
    text = (release / "manifest.json").read_text()
    (release / "manifest.json").write_text(text[: len(text) // 2])
    [problem] = verify_release(release)
    assert "not valid JSON (truncated or edited?)" in problem
    # publish reads it through the same reader: exit 2 and the same sentence (was: a JSONDecodeError traceback)
    assert corpus_main(["publish", str(release), "--repo-id", "someone/x", "--dry-run"]) == 2
    assert "not valid JSON (truncated or edited?)" in capsys.readouterr().err


def test_the_same_version_with_another_license_is_refused_not_reported_unchanged(built, tmp_path):
    """Was: 'unchanged', and the new card (with its license) silently dropped."""
    release, cache = copy_of(built, tmp_path)
    demo_build(tmp_path / "v1", cache, **{"write": {"version": "1.0.0"}})
    with pytest.raises(BuildError) as e:
        demo_build(tmp_path / "v1", cache, **{"write": {"license": "cc-by-4.0", "version": "1.0.0"}})
    assert "same rows but other settings" in str(e.value) and "write" in str(e.value)
    assert "license: cc0-1.0" in (tmp_path / "v1" / "README.md").read_text()
    assert demo_build(tmp_path / "v1", cache, **{"write": {"version": "1.0.0"}}).unchanged


# ---------------------------------------------------------------- one build per output, interrupted builds

def test_a_second_build_of_the_same_output_stops_at_once(built, tmp_path):
    """Was: two concurrent builds of one version both exited 0, the second replacing the first."""
    import fcntl

    from corpus import exit_codes

    out = tmp_path / "rel"
    with open(tmp_path / ".rel.lock", "a+") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # what a running build holds
        with pytest.raises(BuildError) as e:
            demo_build(out, built / "cache")
    assert e.value.code == exit_codes.REFUSED and "another build" in str(e.value)
    assert not out.exists()
    assert demo_build(out, built / "cache").manifest  # free again


def test_a_build_killed_between_its_renames_is_recovered_by_the_next_build_or_verify(built, tmp_path):
    from corpus.cli import main

    release, cache = copy_of(built, tmp_path)
    for recover in ("build", "verify"):
        os.replace(release, tmp_path / ".release.old-host-123")  # the kill: old set aside, new not in place
        (tmp_path / ".release.tmp-host-123" / "data").mkdir(parents=True)  # and an unfinished temporary release
        if recover == "verify":
            assert main(["verify", str(release)]) == 0
        else:
            report = demo_build(release, cache)
            assert report.manifest["content_hash"] == json.loads((built / "release" / "manifest.json").read_text())["content_hash"]
            assert not (tmp_path / ".release.tmp-host-123").exists()
        assert verify_release(release) == []
        assert not list(tmp_path.glob(".release.old-*"))
        shutil.rmtree(tmp_path / ".release.tmp-host-123", ignore_errors=True)


def test_a_full_disk_is_one_line_exit_6_and_leaves_no_temporary_files(tmp_path, monkeypatch, capsys):
    """Was: a traceback, and 2,273 empty .tmp files in the cache."""
    from corpus import exit_codes
    from corpus.cli import main
    import corpus.phase1 as phase1
    import corpus.workspace as workspace

    import builtins

    calls = []

    class FullFile:
        """A file opened for writing on a disk that just filled up: created, then the write fails."""

        def __init__(self, path, mode):
            self.path, self.fh = path, builtins.open(path, mode)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def __getattr__(self, name):  # tell, flush, name, close: as the real file
            return getattr(self.fh, name)

        def write(self, data):
            raise OSError(28, "No space left on device", str(self.path))

    def fills_up(path, mode="r", *args, **kwargs):
        if "w" in mode or "a" in mode:
            calls.append(path)
            if len(calls) > 40:  # the disk fills in the middle of the build
                return FullFile(path, mode)
        return builtins.open(path, mode, *args, **kwargs)

    # the cache's writes: pictures (workspace) and spills (phase1)
    monkeypatch.setattr(workspace, "open", fills_up, raising=False)
    monkeypatch.setattr(phase1, "open", fills_up, raising=False)
    code = main(["build", "--out", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache"), "--no-progress"])
    err = capsys.readouterr().err
    assert code == exit_codes.STORAGE
    assert "No space left on device" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()
    left = [p for p in tmp_path.rglob("*") if ".tmp" in p.name]
    assert left == []


def test_a_shard_damaged_in_place_is_not_linked_into_the_next_release(built, tmp_path):
    """Was: a shard damaged with its mtime kept was hard-linked into the next release (which failed
    verify), and every release sharing that inode was damaged with it."""
    release, cache = copy_of(built, tmp_path)
    report = demo_build(tmp_path / "v1", cache)  # this release's shards are what the cache now links
    shard = next((tmp_path / "v1" / "data" / "default").glob("*.parquet"))
    st = shard.stat()
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0x01
    shard.write_bytes(bytes(data))
    os.utime(shard, ns=(st.st_atime_ns, st.st_mtime_ns))  # mtime kept: the stat check alone is fooled
    demo_build(tmp_path / "v2", cache)
    assert verify_release(tmp_path / "v2") == []
    twin = tmp_path / "v2" / shard.relative_to(tmp_path / "v1")
    assert twin.exists() and twin.stat().st_ino != shard.stat().st_ino
    assert report.manifest["content_hash"] == json.loads((tmp_path / "v2" / "manifest.json").read_text())["content_hash"]


def test_reject_details_carry_no_absolute_path(tmp_path, monkeypatch):
    """Was: internal_error details published the user's home or cache path."""
    import corpus.phase1 as phase1
    from corpus.rejects import without_absolute_paths

    def broken(doc, cfg, ledger):
        raise FileNotFoundError(2, "No such file or directory", str(tmp_path / "home" / "ann" / ".cache" / "x.bin"))

    monkeypatch.setattr(phase1, "extract_article", broken, raising=False)
    import corpus.extract as extract

    monkeypatch.setattr(extract, "extract_article", lambda *a, **k: broken(None, None, None))
    with pytest.raises(BuildError):  # every page fails: nothing kept
        demo_build(tmp_path / "out", tmp_path / "cache")
    from corpus.phase1 import spill_rejects
    from corpus.workspace import Workspace

    ws = Workspace(tmp_path / "cache")
    rows = [json.loads(line) for p in (tmp_path / "cache" / "phase1").glob("*.spill")
            for line in spill_rejects(ws, p.stem)]
    internal = [r for r in rows if r["reason"] == "internal_error"]
    assert internal and all(str(tmp_path) not in r["detail"] and "x.bin" in r["detail"] for r in internal)
    assert without_absolute_paths("see https://example.org/a/b.jpg and/or 2024/01/02") == \
        "see https://example.org/a/b.jpg and/or 2024/01/02"


def test_the_same_version_built_over_a_damaged_copy_of_itself_repairs_it(built, tmp_path, caplog):
    """Was: a flipped byte in a shard was reported 'unchanged: same content' and left broken (the no-op
    compared manifests only), and a deleted shard was a FileNotFoundError traceback. The same content built
    again now checks the files in place and puts the build's identical copy there when they are damaged."""
    _, cache = copy_of(built, tmp_path)
    out = tmp_path / "v1"
    demo_build(out, cache, **{"write": {"version": "1.0.0"}})
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    shards = sorted((out / "data").rglob("*.parquet"))
    data = bytearray(shards[0].read_bytes())
    data[len(data) // 2] ^= 0x01
    shards[0].write_bytes(bytes(data))
    shards[-1].unlink()
    (out / "DATASHEET.md").write_text("edited")
    assert verify_release(out)
    report = demo_build(out, cache, **{"write": {"version": "1.0.0"}})
    assert not report.unchanged and report.repaired
    assert verify_release(out) == []
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert "damaged" in caplog.text
    assert demo_build(out, cache, **{"write": {"version": "1.0.0"}}).unchanged  # intact now: a no-op again


def test_archived_pictures_lost_from_the_cache_are_read_again_not_rejected(tmp_path, capsys):
    """Was: with raw/ deleted (or a picture in it damaged) and the picture's result not cached (here: another
    max_side), every archived picture became an image_unreadable reject, exit 0."""
    from test_build_inputs import write_crawl

    write_crawl(tmp_path / "in")
    cache = tmp_path / "cache"

    def build_cli(out: str, cache_dir: Path, *extra: str) -> int:
        return corpus_main(["build", str(tmp_path / "in"), "--out", str(tmp_path / out), "--cache-dir", str(cache_dir),
                            "--no-progress", "--overwrite", *extra])

    assert build_cli("first", cache) == 0
    assert build_cli("clean", tmp_path / "fresh", "--max-side", "100") == 0
    clean = json.loads((tmp_path / "clean" / "manifest.json").read_text())
    assert clean["rows"]["default"] and "image_unreadable" not in clean["stages"]["images"]["rejected"]
    raw = sorted(p for p in (cache / "raw").rglob("*") if p.is_file())
    raw[0].unlink()  # one picture gone
    raw[1].write_bytes(raw[1].read_bytes()[:50])  # one damaged: found when read, so that build stops
    assert build_cli("again", cache, "--max-side", "100") == 3
    assert "was damaged in the cache" in capsys.readouterr().err and not (tmp_path / "again").exists()
    assert build_cli("again", cache, "--max-side", "100") == 0
    again = json.loads((tmp_path / "again" / "manifest.json").read_text())
    assert again["content_hash"] == clean["content_hash"] and again["stages"] == clean["stages"]


def test_a_full_cache_disk_removes_the_temporary_release_too(tmp_path):
    """Was: the cache's tables failed again as the build closed them, and that second failure skipped the
    removal of .out.tmp-*, which stayed beside the release although the message said it was removed."""
    import resource
    import subprocess
    import sys

    def small_files():  # the disk fills up: no file grows past 16 KB (the tables' writes fail too)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16 << 10, 16 << 10))

    proc = subprocess.run([sys.executable, "-m", "corpus", "build", "--out", str(tmp_path / "out"),
                           "--cache-dir", str(tmp_path / "cache"), "--no-progress"],
                          capture_output=True, text=True, preexec_fn=small_files, timeout=120)
    assert proc.returncode == 6, proc.stderr
    assert "Traceback" not in proc.stderr and "temporary files were removed" in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]
    assert [p for p in (tmp_path / "cache").rglob("*") if ".tmp" in p.name] == []


def test_a_cache_table_on_a_full_disk_says_the_disk_is_full(tmp_path):
    """Was: 'cannot rollback - no transaction is active' (SQLite had rolled the batch back itself), so
    the build's one line hid that the disk was full."""
    from corpus.workspace import KeyValueTable

    table = KeyValueTable(tmp_path / "results.sqlite")
    table._conn().execute("PRAGMA max_page_count=8")  # SQLite's own "disk is full", at 8 pages
    for i in range(100):
        table.put(f"k{i}", os.urandom(2000))
    with pytest.raises(sqlite3.OperationalError, match="database or disk is full"):
        table.flush()
    table._pending.clear()
    table.put("small", 1)
    table.flush()  # the table is usable again, the failed batch not half written
    assert table.get("small") == 1 and table.get("k0") is None


def test_a_file_too_large_for_the_file_system_is_one_line_exit_6(tmp_path):
    """Was: a traceback (OSError: [Errno 27] File too large), exit 1: the cache's pack of pictures grows
    past what the file system takes (4 GiB on FAT32); here, past a file size limit of 256 KB."""
    import resource
    import subprocess
    import sys

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 10, 256 << 10))

    proc = subprocess.run([sys.executable, "-m", "corpus", "build", "--out", str(tmp_path / "out"),
                           "--cache-dir", str(tmp_path / "cache"), "--no-progress"],
                          capture_output=True, text=True, preexec_fn=small_files, timeout=120)
    assert proc.returncode == 6, proc.stderr
    assert "File too large" in proc.stderr and "Traceback" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]


def test_a_build_that_locks_as_another_finishes_still_keeps_out_the_next(tmp_path, monkeypatch):
    """Was: a build that opened the lock file just before the build holding it removed it, and locked it
    just after, held a lock on a removed file; a third build made a fresh lock file, and both wrote."""
    import fcntl

    from corpus import exit_codes
    from corpus.pipeline import release_lock

    out = tmp_path / "rel"
    real_flock = fcntl.flock
    finishing = []

    def another_build_finishes_first(fd, op):
        if op & fcntl.LOCK_EX and not finishing:  # between this build's open and its lock
            finishing.append(1)
            with release_lock(out):
                pass
        return real_flock(fd, op)

    monkeypatch.setattr(fcntl, "flock", another_build_finishes_first)
    with release_lock(out):
        assert finishing
        with pytest.raises(BuildError) as e:
            with release_lock(out):  # a third build, started now
                pass
        assert e.value.code == exit_codes.REFUSED and "another build" in str(e.value)


def test_a_copy_that_fills_the_disk_is_named_by_the_file_it_was_writing(tmp_path):
    """Was: a shard copied from an earlier release (across file systems) onto a full disk was reported as
    "cannot write <the earlier release's shard>", the copy's source, which was never written."""
    import errno
    import subprocess
    import sys

    script = (
        "import resource, shutil, sys\n"
        "from corpus.pipeline import written_file\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 10, 64 << 10))\n"
        "try:\n"
        "    shutil.copyfile(sys.argv[1], sys.argv[2])\n"
        "except OSError as e:\n"
        "    print(e.errno, written_file(e))\n")
    (tmp_path / "earlier.parquet").write_bytes(b"x" * (256 << 10))
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "earlier.parquet"),
                           str(tmp_path / "new.parquet")], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == [str(errno.EFBIG), str(tmp_path / "new.parquet")], done.stderr
