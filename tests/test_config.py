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
