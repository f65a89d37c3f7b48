"""Releases users can trust: reproducible bytes, verify, stable splits across versions, immutability."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from corpus.cli import main as corpus_main
from corpus.demo import demo_config, source_dirs
from corpus.release import diff_releases, read_release
from corpus.verify import verify_release
from corpus.write import config_and_split

ARTICLES = source_dirs()[0]


def tree_hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def build(out: Path, sources: list, cache: Path, *extra: str) -> int:
    return corpus_main(["build", *map(str, sources), "--out", str(out), "--cache-dir", str(cache),
                        "--no-progress", *extra])


def copy_pages(dst: Path, names: list[str]) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(ARTICLES / f"{name}.html", dst)
        if (ARTICLES / f"{name}_files").exists():
            shutil.copytree(ARTICLES / f"{name}_files", dst / f"{name}_files")


def test_two_builds_are_byte_identical_and_verify_catches_a_flipped_byte(tmp_path, demo_release):
    again = tmp_path / "again"
    assert build(again, source_dirs(), tmp_path / "cache2", "--strict", "--config", str(demo_config())) == 0
    assert tree_hashes(again) == tree_hashes(demo_release)
    assert verify_release(again) == []
    for shard in sorted((again / "data").rglob("*.parquet")):
        data = bytearray(shard.read_bytes())
        data[len(data) // 2] ^= 0x01
        shard.write_bytes(bytes(data))
        problems = verify_release(again)
        assert any(shard.name in p and "sha256" in p for p in problems), problems
        data[len(data) // 2] ^= 0x01
        shard.write_bytes(bytes(data))
    assert verify_release(again) == []


def copy_with_shards(release: Path, rel: Path, config: str):
    """A copy of the release, and (path, table) of its first train and first test shard of `config`."""
    shutil.copytree(release, rel)
    train = next((rel / "data" / config).glob("train-*.parquet"))
    test = next((rel / "data" / config).glob("test-*.parquet"))
    return rel, (train, pq.read_table(train)), (test, pq.read_table(test))


def resign_shards(rel: Path) -> None:
    """Shards edited by hand get their sha256, row and byte counts and the content hash back into the manifest,
    as a forger would do."""
    manifest = json.loads((rel / "manifest.json").read_text())
    rows: dict = {}
    nbytes: dict = {}
    for shard in manifest["shards"]:
        path = rel / shard["path"]
        shard["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
        shard["rows"] = pq.ParquetFile(path).metadata.num_rows
        config, split = config_and_split(shard["path"])
        rows.setdefault(config, {}).setdefault(split, 0)
        rows[config][split] += shard["rows"]
        nbytes.setdefault(config, {}).setdefault(split, 0)
        nbytes[config][split] += path.stat().st_size
    manifest["rows"], manifest["bytes"] = rows, nbytes
    manifest["content_hash"] = hashlib.sha256("".join(f"{s['path']}:{s['sha256']}\n"
                                                      for s in manifest["shards"]).encode()).hexdigest()
    (rel / "manifest.json").write_text(json.dumps(manifest))


def test_verify_catches_a_planted_leak(tmp_path, demo_release):
    """The same photo moved by hand into two splits: verify recomputes leaks from the shards."""
    rel, (train, train_table), (_, test_table) = copy_with_shards(demo_release, tmp_path / "rel", "default")
    planted = test_table.slice(0, 1)
    ids = planted.column("id").to_pylist()
    planted = planted.set_column(planted.schema.get_field_index("id"), "id", pa.array([ids[0] + "x"]))
    planted = planted.set_column(planted.schema.get_field_index("article_id"), "article_id",
                                 pa.array(["planted-article"]))
    pq.write_table(pa.concat_tables([train_table, planted.cast(train_table.schema)]), train)
    resign_shards(rel)  # so the shards pass their checksums: the leak is found from their rows
    problems = verify_release(rel)
    assert any("exact images" in p for p in problems), problems
    assert corpus_main(["verify", str(rel)]) == 3


def test_the_leakage_report_reads_the_shards_a_batch_at_a_time(tmp_path, demo_release, monkeypatch):
    """Was: `corpus verify` held every row of the release as a dict (each shard read whole, into one list)
    while it recomputed the leaks: 2.7 KB a row, as much as the build itself. The rows are now read from the
    shards a batch at a time on each pass (1.7 KB a row, the dedup's own), and the same leak is found."""
    from corpus.leakage import leakage_report

    rel, (train, train_table), (_, test_table) = copy_with_shards(demo_release, tmp_path / "rel", "default")
    planted = test_table.slice(0, 1)
    planted = planted.set_column(planted.schema.get_field_index("id"), "id", pa.array(["planted-row"]))
    pq.write_table(pa.concat_tables([train_table, planted.cast(train_table.schema)]), train)

    def whole_table(*args, **kwargs):
        raise AssertionError("a whole shard read into memory")

    monkeypatch.setattr(pq, "read_table", whole_table)
    report = leakage_report(rel)
    sha = test_table.column("image_sha256")[0].as_py()
    assert report["exact_images"] == {"count": 1, "examples": [{"key": sha, "splits": ["test", "train"]}]}
    assert report["articles"]["count"] == 1  # the planted row kept its article, whose other rows are in test


def test_verify_catches_an_article_record_moved_to_another_split(tmp_path, demo_release):
    """The article's record moved from test to train, its rows left in test: its text now sits in train."""
    rel, (train, train_table), (test, test_table) = copy_with_shards(demo_release, tmp_path / "rel", "articles")
    pq.write_table(pa.concat_tables([train_table, test_table.slice(0, 1)]), train)
    pq.write_table(test_table.slice(1), test)
    resign_shards(rel)  # so the shards pass their checksums: the move is found from their rows
    problems = verify_release(rel)
    assert any("article record(s) in another split" in p and test_table.column("article_id")[0].as_py() in p
               for p in problems), problems


def test_verify_re_derives_the_manifest_s_own_fields(tmp_path, demo_release):
    """An edited version, licence, content hash, byte count or stage count in manifest.json is found: each is
    re-derived from build_config.json, the shards or the rejects stored (they passed unseen before)."""
    def edit_manifest(name, change):
        rel = tmp_path / name
        shutil.copytree(demo_release, rel)
        manifest = json.loads((rel / "manifest.json").read_text())
        change(manifest)
        (rel / "manifest.json").write_text(json.dumps(manifest))
        return verify_release(rel), corpus_main(["verify", str(rel)])

    assert verify_release(demo_release) == []
    cases = {
        "version": (lambda m: m.update(version="9.9.9"), "manifest version '9.9.9' differs"),
        "license": (lambda m: m["config"]["write"].update(license="cc-by-4.0"), "config differs from build_config"),
        "hash": (lambda m: m.update(content_hash="0" * 64), "content_hash differs"),
        "bytes": (lambda m: m["bytes"]["default"].update(train=1), "byte counts per config/split"),
        "unbalanced": (lambda m: m["stages"]["pair"].update(kept=m["stages"]["pair"]["kept"] + 1),
                       "pair: seen"),
        "rejects": (lambda m: m["stages"]["figures"].update(
            seen=m["stages"]["figures"]["seen"] + 2, rejected={**m["stages"]["figures"]["rejected"], "x": 2}),
                    "rejects config stores"),
    }
    for name, (change, expected) in cases.items():
        problems, code = edit_manifest(name, change)
        assert any(expected in p for p in problems), (name, problems)
        assert code == 3, name


def test_verify_catches_a_file_slipped_into_the_release_at_any_depth(tmp_path, demo_release):
    for extra in ("data/default/notes.txt", "datasheet/extra.png", "extra/a.txt", "data/default/sub/"):
        rel = tmp_path / extra.replace("/", "-")
        shutil.copytree(demo_release, rel)
        target = rel / extra
        target.parent.mkdir(parents=True, exist_ok=True)
        target.mkdir() if extra.endswith("/") else target.write_text("x")
        problems = verify_release(rel)
        assert any(p.startswith(extra.split("/")[0] if extra.startswith("extra") else extra.rstrip("/"))
                   and "not in the manifest" in p for p in problems), (extra, problems)


def test_shared_across_splits_names_each_key_in_more_than_one_split_and_nothing_else():
    from corpus.leakage import shared_across_splits

    rows = [{"k": "photo-a", "split": "train"}, {"k": "photo-b", "split": "train"},
            {"k": "photo-a", "split": "test"}, {"k": None, "split": "validation"},
            {"k": "photo-b", "split": "train"}, {"k": "photo-c", "split": "validation"},
            {"k": "photo-a", "split": "train"}, {"k": "photo-c", "split": "train"},
            {"k": "ünïcode", "split": "test"}]
    assert shared_across_splits(rows, lambda r: r["k"]) == [
        {"key": "photo-a", "splits": ["test", "train"]}, {"key": "photo-c", "splits": ["train", "validation"]}]
    assert shared_across_splits(rows[:2] + rows[3:5], lambda r: r["k"]) == []
    assert shared_across_splits([], lambda r: r["k"]) == []


def test_versions_keep_splits_and_cannot_be_overwritten(tmp_path):
    v1_src, v2_src = tmp_path / "v1src", tmp_path / "v2src"
    first = ["01-harbour-ferry", "02-library-flood", "04-bridge-reopening", "05-orchard-frost",
             "06-storm-coast", "07-council-budget", "08-city-marathon", "09-school-robotics"]
    copy_pages(v1_src, first)
    cache = tmp_path / "cache"
    v1, v2 = tmp_path / "v1", tmp_path / "v2"
    assert build(v1, [v1_src], cache, "--release-version", "1.0.0") == 0
    copy_pages(v2_src, first + ["10-market-prices", "13-fr-fete-du-pain"])
    # a new article re-uses a v1.0.0 photo under a new URL and headline
    page = (ARTICLES / "02-library-flood.html").read_text()
    page = page.replace("02-library-flood", "99-reuse").replace("<title>", "<title>Reused: ")
    page = page.replace('rel="canonical" href="', 'rel="canonical" href="https://other.example/reuse/')
    (v2_src / "99-reuse.html").write_text(page)
    shutil.copytree(ARTICLES / "02-library-flood_files", v2_src / "99-reuse_files")
    assert build(v2, [v2_src], cache, "--release-version", "1.1.0", "--previous", str(v1)) == 0
    old, new = read_release(v1), read_release(v2)
    assert all(new.split_of.get(i, s) == s for i, s in old.split_of.items())
    assert set(old.split_of) <= set(new.split_of) | set(new.duplicate_of)
    diff = diff_releases(v1, v2)
    assert diff["removed"] == [] and diff["changed"] == [] and diff["moved_split"] == []
    added = set(new.split_of) - set(old.split_of)
    assert set(diff["added"]) == added and added
    changelog = (v2 / "CHANGELOG.md").read_text()
    assert all(i in changelog for i in added)
    # the re-used photo's new rows sit in the split of its v1.0.0 row, or are recorded duplicates
    reuse = {}
    for shard in (v2 / "data" / "default").glob("*.parquet"):
        for row in pq.read_table(shard, columns=["id", "image_sha256", "provenance"]).to_pylist():
            reuse.setdefault(row["image_sha256"], []).append((row["provenance"]["path"], shard.name.split("-")[0]))
    shared = [rows for rows in reuse.values() if any(p.startswith("99-reuse") for p, _ in rows) and len(rows) > 1]
    assert all(len({split for _, split in rows}) == 1 for rows in shared)
    rejects = [r for p in (v2 / "data" / "rejects").glob("*.parquet") for r in pq.read_table(p).to_pylist()]
    recorded = [r for r in rejects if r["source"].startswith("99-reuse") and r["duplicate_of"]]
    assert recorded or shared  # the re-used photo is either a recorded duplicate or in its v1 split
    assert all(r["duplicate_of"] in old.split_of for r in recorded)
    # v1.0.0 cannot be overwritten with other content; the same build again is a verified no-op
    assert build(v1, [v2_src], cache, "--release-version", "1.0.0") == 2
    assert verify_release(v1) == []
    before = tree_hashes(v1)
    assert build(v1, [v1_src], cache, "--release-version", "1.0.0") == 0
    assert tree_hashes(v1) == before
    assert corpus_main(["diff", str(v1), str(v2)]) == 0
    # on --previous, versions only move forward, and added rows are at least a minor version
    for version in ("0.5.0", "1.0.0", "1.0.1"):
        assert build(tmp_path / f"v-{version}", [v2_src], cache, "--release-version", version,
                     "--previous", str(v1)) == 2, version
        assert not (tmp_path / f"v-{version}").exists()


def test_a_new_copy_of_an_old_row_is_the_duplicate_not_kept_beside_it(tmp_path):
    """A story republished with an earlier date, its photo and captions the same: a fresh build keeps the earlier
    copy, but on --previous the old rows stay kept, so the new copies are the duplicates (both were kept)."""
    pages = ["02-library-flood", "04-bridge-reopening", "05-orchard-frost", "06-storm-coast", "07-council-budget"]
    v1_src, v2_src = tmp_path / "v1src", tmp_path / "v2src"
    copy_pages(v1_src, pages)
    copy_pages(v2_src, pages)
    page = (ARTICLES / "02-library-flood.html").read_text()
    page = page.replace("2026-02-21T16:45:00", "2026-01-02T08:00:00").replace("02-library-flood", "98-earlier")
    page = page.replace('rel="canonical" href="', 'rel="canonical" href="https://other.example/earlier/')
    (v2_src / "98-earlier.html").write_text(page)
    shutil.copytree(ARTICLES / "02-library-flood_files", v2_src / "98-earlier_files")
    cache, v1, v2 = tmp_path / "cache", tmp_path / "v1", tmp_path / "v2"
    assert build(v1, [v1_src], cache, "--release-version", "1.0.0") == 0
    assert build(v2, [v2_src], cache, "--release-version", "1.1.0", "--previous", str(v1)) == 0
    old, new = read_release(v1), read_release(v2)
    assert set(old.split_of) <= set(new.split_of)  # every old row still kept, in its split
    kept = [r for shard in (v2 / "data" / "default").glob("*.parquet")
            for r in pq.read_table(shard, columns=["id", "image_sha256", "caption"]).to_pylist()]
    pairs = [(r["image_sha256"], r["caption"]) for r in kept]
    assert len(pairs) == len(set(pairs)), "an exact duplicate kept beside the row it copies"
    copies = {i: rep for i, rep in new.duplicate_of.items() if i not in old.split_of and i not in old.duplicate_of}
    assert copies and all(rep in old.split_of for rep in copies.values())
    assert verify_release(v2) == []


def test_an_old_row_whose_picture_became_another_split_s_is_rejected_not_leaked(tmp_path):
    """v1 holds row a in one split and row b in another; by v2 a's picture file holds b's photo. Both ids are
    pinned to their v1 splits, so the photo sat in two splits (verify: exit 3). The row whose content changed
    loses its pin where it would leak: it is rejected as a split conflict, b stays."""
    import glob

    pages = ["01-harbour-ferry", "02-library-flood", "04-bridge-reopening", "05-orchard-frost",
             "06-storm-coast", "07-council-budget", "08-city-marathon", "09-school-robotics"]
    v1_src, v2_src = tmp_path / "v1src", tmp_path / "v2src"
    copy_pages(v1_src, pages)
    cache, v1, v2 = tmp_path / "cache", tmp_path / "v1", tmp_path / "v2"
    assert build(v1, [v1_src], cache, "--release-version", "1.0.0") == 0
    rows = [dict(r, split=shard.name.split("-")[0]) for shard in (v1 / "data" / "default").glob("*.parquet")
            for r in pq.read_table(shard, columns=["id", "image_sha256"]).to_pylist()]
    files = {hashlib.sha256(Path(f).read_bytes()).hexdigest(): Path(f).relative_to(v1_src)
             for f in glob.glob(str(v1_src / "*_files" / "*"))}
    a = next(r for r in rows if r["split"] == "train" and r["image_sha256"] in files)
    b = next(r for r in rows if r["split"] != "train" and r["image_sha256"] in files)
    copy_pages(v2_src, pages)
    shutil.copy(v1_src / files[b["image_sha256"]], v2_src / files[a["image_sha256"]])
    assert build(v2, [v2_src], cache, "--release-version", "1.1.0", "--previous", str(v1)) == 0
    assert verify_release(v2) == []
    new = read_release(v2)
    assert a["id"] not in new.split_of and new.split_of[b["id"]] == b["split"]
    rejects = [r for p in (v2 / "data" / "rejects").glob("*.parquet") for r in pq.read_table(p).to_pylist()]
    assert [r["reason"] for r in rejects if r["id"] == a["id"]] == ["split_conflict"]


def test_replacing_a_release_in_place_with_other_ids_but_as_many_rows_is_no_patch(tmp_path):
    """One article swapped for another with as many rows: the counts agree, the ids do not; a patch version
    (fixes that change no row's identity) is refused, a minor one taken."""
    src, cache, out = tmp_path / "src", tmp_path / "cache", tmp_path / "out"
    copy_pages(src, ["01-harbour-ferry", "05-orchard-frost", "06-storm-coast", "08-city-marathon"])
    assert build(out, [src], cache, "--release-version", "1.0.0") == 0
    before = json.loads((out / "manifest.json").read_text())
    shutil.rmtree(src)
    copy_pages(src, ["02-library-flood", "05-orchard-frost", "06-storm-coast", "08-city-marathon"])
    assert build(out, [src], cache, "--release-version", "1.0.1") == 2
    assert json.loads((out / "manifest.json").read_text()) == before  # the old release untouched
    assert build(out, [src], cache, "--release-version", "1.1.0") == 0
    after = json.loads((out / "manifest.json").read_text())
    rows = {c: sum(s.values()) for c, s in before["rows"].items() if c != "rejects"}
    assert rows == {c: sum(s.values()) for c, s in after["rows"].items() if c != "rejects"}  # as many rows


def one_page_release(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """(sources, release, ids of its image rows) of one demo page built once."""
    src = tmp_path / "src"
    copy_pages(src, ["01-harbour-ferry"])
    out = tmp_path / "out"
    assert build(out, [src], tmp_path / "c") == 0
    ids = pq.read_table(next((out / "data" / "default").glob("*.parquet")), columns=["id"]).column("id").to_pylist()
    return src, out, ids


def test_exclude_ids_removes_and_records(tmp_path, demo_release):
    src, out, ids = one_page_release(tmp_path)
    takedown = tmp_path / "takedown.txt"
    takedown.write_text(ids[0] + "\n")
    assert build(out, [src], tmp_path / "c", "--exclude-ids", str(takedown)) == 0
    shards = [p for c in ("default", "text_only") for p in (out / "data" / c).glob("*.parquet")]
    after = [i for p in shards for i in pq.read_table(p, columns=["id"]).column("id").to_pylist()]
    assert ids[0] not in after
    rejects = pq.read_table(next((out / "data" / "rejects").glob("*.parquet"))).to_pylist()
    assert [(r["id"], r["stage"]) for r in rejects if r["reason"] == "takedown_excluded_id"] == [(ids[0], "takedown")]


def test_takedowns_are_counted_as_takedowns_and_unmatched_ids_reported(tmp_path, capsys):
    """A takedown is its own stage and reason (not a duplicate), and a listed id that matches no row (a
    typo would leave the row in the release) is named in the build's output, the manifest and the datasheet."""
    src, out, ids = one_page_release(tmp_path)
    takedown = tmp_path / "takedown.txt"
    takedown.write_text(f"# requests of 2026-11\n{ids[0]}\n{ids[0][:-1]}x\n")
    capsys.readouterr()
    assert build(out, [src], tmp_path / "c", "--exclude-ids", str(takedown)) == 0
    output = capsys.readouterr().out
    assert "takedown: 1 rows removed for 2 ids listed in --exclude-ids" in output
    assert f"WARNING: 1 listed ids matched no row this build would release ({ids[0][:-1]}x)" in output
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["takedown"] == {"listed": 2, "removed": 1, "unmatched": [ids[0][:-1] + "x"]}
    assert manifest["stages"]["takedown"]["rejected"] == {"takedown_excluded_id": 1}
    assert "takedown_excluded_id" not in manifest["stages"]["dedup"]["rejected"]
    sheet = (out / "DATASHEET.md").read_text()
    duplicates = sheet.split("Duplicates removed before writing: ")[1].split(" ")[0]
    assert duplicates == str(sum(manifest["stages"]["dedup"]["rejected"].values()))
    assert "In this release: 1 rows removed by id (`takedown_excluded_id`)" in sheet
    assert "1 listed ids matched no row this build would release" in sheet


def test_a_saved_page_is_taken_down_by_its_canonical_url(tmp_path):
    """exclude_urls applies to HTML pages too, whose URL is only known once the page is read."""
    src = tmp_path / "src"
    copy_pages(src, ["01-harbour-ferry", "02-library-flood"])
    from lxml import html as lxml_html

    canonical = lxml_html.parse(str(src / "01-harbour-ferry.html")).xpath("//link[@rel='canonical']/@href")[0]
    cfg = tmp_path / "takedown.toml"
    cfg.write_text(f'[ingest]\nexclude_urls = ["{canonical}"]\n')
    assert build(tmp_path / "out", [src], tmp_path / "c", "--config", str(cfg)) == 0
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["stages"]["extract"]["rejected"].get("extract_excluded") == 1
    articles = pq.read_table(next((tmp_path / "out" / "data" / "articles").glob("*.parquet"))).to_pylist()
    assert canonical not in {a["url"] for a in articles} and len(articles) == 1


def test_workers_do_not_change_the_output(tmp_path, demo_release):
    parallel = tmp_path / "parallel"
    assert build(parallel, source_dirs(), tmp_path / "cache-par", "--workers", "2", "--strict",
                 "--config", str(demo_config())) == 0
    assert tree_hashes(parallel) == tree_hashes(demo_release)


def test_a_rebuild_redoes_only_new_inputs_and_equals_a_clean_build(tmp_path):
    src = tmp_path / "src"
    copy_pages(src, ["01-harbour-ferry", "02-library-flood", "04-bridge-reopening"])
    cache = tmp_path / "cache"
    assert build(tmp_path / "out", [src], cache) == 0
    copy_pages(src, ["05-orchard-frost"])
    from corpus.config import BuildConfig
    from corpus.pipeline import build as build_release

    report = build_release([str(src)], tmp_path / "out", BuildConfig(), cache_dir=cache)
    assert report.cached_inputs == 3  # only the new page went through the per-input stages
    assert build(tmp_path / "clean", [src], tmp_path / "fresh") == 0
    assert tree_hashes(tmp_path / "out") == tree_hashes(tmp_path / "clean")


def test_a_picture_given_appended_data_is_not_linked_with_its_old_size(tmp_path):
    """A picture beside a saved page that gains data after its end (a motion photo's video) stores the same
    bytes once cut, but its row's image_original_bytes and image_metadata_removed change: the rebuild must
    write that shard again, not link the old release's."""
    src = tmp_path / "src"
    copy_pages(src, ["03-runaway-goat"])
    cache = tmp_path / "cache"
    assert build(tmp_path / "before", [src], cache) == 0
    picture = src / "03-runaway-goat_files" / "goat-home.jpg"
    published = picture.read_bytes()
    picture.write_bytes(published + b"MotionPhoto_Data" + bytes(64))
    assert build(tmp_path / "warm", [src], cache) == 0
    assert build(tmp_path / "cold", [src], tmp_path / "fresh") == 0
    assert tree_hashes(tmp_path / "warm") == tree_hashes(tmp_path / "cold")
    rows = [r for p in sorted((tmp_path / "warm" / "data" / "default").glob("*.parquet"))
            for r in pq.read_table(p).to_pylist() if r["provenance"]["path"] == "03-runaway-goat.html"]
    home = [r for r in rows if r["image"]["bytes"] == published]
    assert [(r["image_original_bytes"], r["image_metadata_removed"]) for r in home] == [(len(published) + 80, True)]
