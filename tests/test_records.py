from dataclasses import fields

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

    infos = {"a": ImageInfo("ab" * 32, "jpg", 800, 533, "JPEG", 41_234, "f0e1d2c3b4a59687", "original", True),
             "b": ImageInfo("0f" * 32, "png", 12, 9, "PNG", 301, "0000000000000000", "re-encoded", False),
             "c": ImageInfo("9a" * 32, "webp", 4000, 3000, "WEBP", 2**33, "not-a-hash", "resized", False)}
    table = ImageTable()
    for k, v in infos.items():
        table.add(k, v)
    assert len(table) == 3 and "b" in table and "z" not in table and table.get("z") is None
    assert {k: table[k] for k in infos} == infos
    assert table.get("c").phash == "not-a-hash"  # a hash of another shape is kept as written
