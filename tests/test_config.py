import pytest

from corpus.config import BuildConfig, ConfigError, load_config


def test_defaults_then_toml_then_overrides(tmp_path):
    path = tmp_path / "build.toml"
    path.write_text('[filter]\nmin_caption_words = 5\nlanguages = ["en", "fr"]\n[images]\nmax_side = 512\n')
    cfg = load_config(path, {"images": {"max_side": 256}})
    assert cfg.filter.min_caption_words == 5
    assert cfg.filter.languages == ("en", "fr")
    assert cfg.images.max_side == 256  # the flag wins over the file
    assert cfg.pair.context_paragraphs == BuildConfig().pair.context_paragraphs


def test_unknown_key_is_named(tmp_path):
    path = tmp_path / "build.toml"
    path.write_text("[filter]\nmin_words = 5\n")
    with pytest.raises(ConfigError, match="filter.min_words"):
        load_config(path)


def test_bad_values_are_refused(tmp_path):
    with pytest.raises(ConfigError, match="add up to 1"):
        load_config(None, {"split": {"train": 0.9}})
    with pytest.raises(ConfigError, match="number"):
        load_config(None, {"pair": {"context_paragraphs": "two"}})
    bad = tmp_path / "bad.toml"
    bad.write_text("[filter\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(bad)


def test_config_hash_changes_with_content():
    assert load_config().hash() == BuildConfig().hash()
    assert load_config(None, {"filter": {"min_caption_words": 4}}).hash() != BuildConfig().hash()


def test_example_config_loads():
    from pathlib import Path

    cfg = load_config(Path(__file__).resolve().parents[1] / "config.example.toml")
    assert cfg.write.license


def test_example_config_documents_every_key_with_its_default():
    """config.example.toml is where the README sends a user for the keys: every key of every section is
    in it (set, or commented out where it has no default value), and what it sets is the default."""
    import dataclasses
    import re
    import tomllib
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "config.example.toml").read_text(encoding="utf-8")
    documented = tomllib.loads(re.sub(r"(?m)^# (\w+ = )", r"\1", text))  # the commented-out keys too
    defaults = BuildConfig()
    for section in dataclasses.fields(BuildConfig):
        value = getattr(defaults, section.name)
        if not dataclasses.is_dataclass(value):
            assert section.name in documented, section.name
            continue
        keys = {f.name for f in dataclasses.fields(value)}
        assert keys - set(documented[section.name]) == set(), section.name
    for section, table in tomllib.loads(text).items():
        for key, set_to in (table.items() if isinstance(table, dict) else [(None, table)]):
            default = getattr(getattr(defaults, section), key) if key else getattr(defaults, section)
            assert (tuple(set_to) if isinstance(set_to, list) else set_to) == default, f"{section}.{key}"


@pytest.mark.parametrize("code, hint", [("EN", "'en'"), ("en-US", "'en'"), ("pt_BR", "'pt'"), ("english", "ISO 639-1")])
def test_language_codes_that_match_no_caption_are_refused(tmp_path, code, hint):
    # the filter compares the detected codes ("en") as they are: "EN" kept nothing, and the build said only
    # that every caption was a filter_language reject
    path = tmp_path / "build.toml"
    path.write_text(f'[filter]\nlanguages = ["fr", "{code}"]\n')
    with pytest.raises(ConfigError, match=f"filter.languages: '{code}'.*{hint}"):
        load_config(path)
    assert load_config(None, {"filter": {"languages": ["en", "fr", "haw"]}}).filter.languages == ("en", "fr", "haw")


def test_a_page_size_cap_below_one_byte_is_refused(tmp_path):
    # max_html_bytes = 0 refused every page as too large (exit 3, nothing kept) instead of naming the key
    path = tmp_path / "build.toml"
    path.write_text("[ingest]\nmax_html_bytes = 0\n")
    with pytest.raises(ConfigError, match="ingest.max_html_bytes must be at least 1, got 0"):
        load_config(path)
