from dataclasses import fields

import pytest

from corpus.records import FEATURES, ImageInfo, Sample, article_id_for, sample_id_for

# Sample fields that are not columns themselves (they become other columns or are build-internal)
NOT_COLUMNS = {"image", "image_src", "image_alternatives"}


def test_features_cover_every_sample_field():
    sample_fields = {f.name for f in fields(Sample)} - NOT_COLUMNS
    assert sample_fields <= set(FEATURES["default"]), sample_fields - set(FEATURES["default"])
    assert sample_fields - {"image_cluster"} <= set(FEATURES["text_only"])
    image_fields = {f"image_{f.name}" for f in fields(ImageInfo)} - {"image_ext", "image_original_format"}
    assert image_fields - {"image_original_bytes"} <= set(FEATURES["default"])
    assert set(FEATURES["default"]) - set(FEATURES["text_only"]) == {
        "image", "image_width", "image_height", "image_format", "image_original_bytes", "image_sha256",
        "image_phash", "image_cluster", "image_stored_format", "image_handling", "image_metadata_removed"}


def test_timestamps_are_utc_microseconds():
    for config in ("default", "text_only"):
        assert FEATURES[config]["article_published"].dtype == "timestamp[us, tz=UTC]"
        assert FEATURES[config]["provenance"]["fetch_date"].dtype == "timestamp[us, tz=UTC]"
    assert FEATURES["articles"]["published"].dtype == "timestamp[us, tz=UTC]"


def test_ids_come_from_urls_not_paths():
    a = article_id_for("https://news.example/a", "f" * 64)
    assert a == article_id_for("https://news.example/a", "0" * 64)
    assert a != article_id_for(None, "f" * 64)
    assert sample_id_for(a, "https://img.example/1.jpg", 0, "x") == sample_id_for(a, "https://img.example/1.jpg", 5, "y")
    assert sample_id_for(a, None, 0, "cap") != sample_id_for(a, None, 1, "cap")


def test_schema_table_is_what_datasets_writes_and_reads():
    # the build writes shards without importing datasets: its schema metadata and the card's YAML
    # must be exactly what datasets makes of the same Features
    import datasets

    from corpus.records import CONFIGS, arrow_schema, yaml_features

    for config in CONFIGS:
        features = datasets.Features.from_arrow_schema(arrow_schema(config))
        assert features.arrow_schema.equals(arrow_schema(config), check_metadata=True), config
        assert features._to_yaml_list() == yaml_features(config), config
    assert isinstance(FEATURES["default"]["image"], datasets.Image)
    assert isinstance(FEATURES["text_only"]["context_before"], datasets.List)
    assert FEATURES["default"]["caption_words"] == datasets.Value("int32")


def test_the_image_table_gives_back_what_was_added():
    from corpus.records import ImageInfo, ImageTable

    # by sample row; rows 1 and 4 have no picture
    infos = {0: ImageInfo("ab" * 32, "jpg", 800, 533, "JPEG", 41_234, "f0e1d2c3b4a59687", "original", True),
             2: ImageInfo("0f" * 32, "png", 12, 9, "PNG", 301, "0000000000000000", "re-encoded", False),
             5: ImageInfo("9a" * 32, "webp", 4000, 3000, "WEBP", 2**33, "not-a-hash", "resized", False)}
    table = ImageTable()
    for k, v in infos.items():
        table.add(k, v)
    assert len(table) == 3 and 2 in table and 1 not in table and 4 not in table and 9 not in table
    assert table.get(1) is None and table.get(9) is None and table.get(-1) is None
    assert {k: table[k] for k in infos} == infos
    assert table.get(5).phash == "not-a-hash"  # a hash of another shape is kept as written


def test_the_sample_table_gives_back_each_entry_as_added():
    from datetime import datetime, timezone

    from corpus.records import SampleEntry, SampleTable

    when = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
    entries = [
        SampleEntry("0123456789abcdef", 0, "fedcba9876543210", 0, True, "a_files/p.jpg", "https://x.org/p.jpg",
                    ("https://x.org/p-2x.jpg", "https://x.org/p-1x.jpg"), when, "X", "en", 42, input_no=0),
        # ids of another shape (not 16 lowercase hex digits) and no picture at all
        SampleEntry("ABCDEF0123456789", 3, "not-hex-id", 917, False, None, None, (), None, None, None, -1,
                    input_no=1),
        SampleEntry("0000000000000000", 1, "00000000000000ff", 2**40, False, "", "https://x.org/é ü.jpg", (),
                    None, "Y", "de", 2**62, input_no=7),
    ]
    table = SampleTable()
    for e in entries:
        table.append(e)
    assert len(table) == 3
    for r, e in enumerate(entries):
        e.row = r
        assert table.entry(r) == e
    assert list(table.entries([2, 0])) == [entries[2], entries[0]]
    table.forget_sources()
    assert [(e.image_src, e.image_alternatives) for e in table] == [(None, ())] * 3
    assert [e.image_url for e in table] == [entries[0].image_url, None, entries[2].image_url]


def test_the_input_and_article_tables_give_back_what_was_added():
    from datetime import datetime, timezone

    from corpus.records import ArticleEntry, ArticleTable, DigestColumn, InputFile, InputTable

    inputs = [InputFile("/data/in/a/story.html", "/data/in", "a/story.html", "ab" * 32),
              # a link inside the root: its real path is not root/rel
              InputFile("/data/in/real/x.warc.gz", "/data/in", "link.warc.gz", "0" * 64),
              InputFile("/other/one.jsonl", "/other", "one.jsonl", ""),  # no digest (never hashed)
              InputFile("/data/in/\udcff é.txt", "/data/in", "\udcff é.txt", "AB" * 32)]  # undecodable name
    table = InputTable(inputs)
    assert len(table) == 4 and list(table) == inputs and table[3] == inputs[3]
    assert table.roots == ["/data/in", "/other"]
    with pytest.raises(IndexError):
        table[4]

    keys = DigestColumn(16, ["0123456789abcdef0123456789abcdef", "f" * 32, "short", "0123456789ABCDEF" * 2])
    assert list(keys) == ["0123456789abcdef0123456789abcdef", "f" * 32, "short", "0123456789ABCDEF" * 2]
    assert len(keys.data) == 4 * 16 and set(keys.odd) == {2, 3}

    when = datetime(2024, 3, 1, 9, 30, tzinfo=timezone.utc)
    articles = [ArticleEntry("0123456789abcdef", 0, when, "X", 0), ArticleEntry("not-hex", 2**40, None, None, 5)]
    assert list(ArticleTable(articles)) == articles
