"""One frozen dataclass per stage, assembled into BuildConfig; defaults < TOML file < CLI flags."""
from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import re
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


class ConfigError(ValueError):
    """A config file or flag that cannot be used; the message says what to change."""


@dataclass(frozen=True)
class IngestConfig:
    # an MHTML, HAR or Safari web archive file, or a WARC record other than a page (a picture), read whole:
    # above this it is a dump, not one article's files (pages are capped by max_html_bytes)
    max_input_bytes: int = 512 * 1024 * 1024
    max_html_bytes: int = 20 * 1024 * 1024  # real article pages are < 5 MB; bigger ones are junk or dumps
    exclude_urls: tuple[str, ...] = ()  # takedown: article URLs (any scheme, percent-encoding, fragment)
    exclude_domains: tuple[str, ...] = ()  # takedown: whole sites (suffix match)


@dataclass(frozen=True)
class ExtractConfig:
    base_url: str | None = None  # resolves relative image URLs when a page has no canonical URL


@dataclass(frozen=True)
class PairConfig:
    context_paragraphs: int = 2  # k paragraphs before and after the image, as GoodNews/NYT800k use


@dataclass(frozen=True)
class ImagesConfig:
    min_side: int = 64  # below this it is an icon or thumbnail, not a photo
    max_pixels: int = 80_000_000  # decompression-bomb guard; Pillow's own check uses it too, above or below its 89M
    max_bytes: int = 40 * 1024 * 1024  # no news photo is bigger; larger is a dump or an attack
    max_side: int | None = None  # resize longest side to this (None = keep size)
    # train-ready pictures: shrink so the SHORT side is this (aspect kept, re-encoded), so a square crop
    # of that size fits; a model's loader then decodes small files (None = keep size)
    train_size: int | None = None
    format: str = "jpeg"  # re-encode format: jpeg | webp
    quality: int = 90
    animated: str = "first_frame"  # first_frame | reject
    fetch: bool = False  # opt-in network fetcher for images found nowhere locally
    allow_private_hosts: bool = False  # tests only: lets the fetcher reach loopback servers
    user_agent: str = "caption-corpus/0.1 (+https://github.com/caption-corpus)"
    fetch_timeout: float = 20.0
    fetch_retries: int = 3
    fetch_per_host_delay: float = 1.0  # seconds between requests to one host
    fetch_concurrency: int = 4


@dataclass(frozen=True)
class FilterConfig:
    min_caption_words: int = 3  # 1-2 words are credits or labels ("Reuters"), not descriptions
    max_caption_words: int = 200  # longer is body text mistaken for a caption
    languages: tuple[str, ...] = ()  # allow-list of ISO 639-1 codes; empty = all
    boilerplate: tuple[str, ...] = ()  # extra boilerplate captions on top of the built-in table


@dataclass(frozen=True)
class DedupConfig:
    near_duplicate_threshold: float = 0.8  # Jaccard of words + word pairs: a one-word wire edit of a 13+ word caption stays above
    phash_distance: int = 6  # Hamming distance on 64-bit pHash for "same photo"
    drop_caption_clusters: bool = False  # policy: keep near-duplicate captions under different photos
    drop_image_clusters: bool = False  # policy: keep re-used photos under different captions


@dataclass(frozen=True)
class SplitConfig:
    train: float = 0.8
    validation: float = 0.1
    test: float = 0.1
    seed: str = "caption-corpus"  # changes every group's bucket; keep it fixed across versions
    max_group_size: int = 500  # cap on transitive caption-cluster chains
    date_split: tuple[str, str] | None = None  # (D1, D2): train before D1, validation until D2, test after
    heldout_sites: tuple[str, ...] = ()  # source-held-out test set: groups touching these sites go to test


@dataclass(frozen=True)
class WriteConfig:
    rows_per_shard: int = 2000  # most rows per shard of the text configs (text_only, articles, rejects)
    # most rows per shard of `default`, whose rows carry pictures: one parquet row group's worth, so a
    # split of n x 100 pairs has at least n shards (a streaming DataLoader with n workers keeps each
    # busy), and a rebuild rewrites only the small shards around new rows
    image_rows_per_shard: int = 100
    license: str = "other"  # required on the card; "other" + license_name for unlicensed news photos
    license_name: str | None = "news-publishers-copyright"
    pretty_name: str = "caption-corpus news image captions"
    version: str = "0.0.0"


@dataclass(frozen=True)
class DatasheetConfig:
    motivation: str | None = None
    funding: str | None = None
    source_license: str | None = None
    consent_privacy: str | None = None
    takedown_contact: str | None = None


@dataclass(frozen=True)
class BuildConfig:
    ingest: IngestConfig = field(default_factory=IngestConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    pair: PairConfig = field(default_factory=PairConfig)
    images: ImagesConfig = field(default_factory=ImagesConfig)
    filter: FilterConfig = field(default_factory=FilterConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    split: SplitConfig = field(default_factory=SplitConfig)
    write: WriteConfig = field(default_factory=WriteConfig)
    datasheet: DatasheetConfig = field(default_factory=DatasheetConfig)
    strict: bool = False  # re-raise unexpected errors instead of recording internal_error

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def hash(self) -> str:
        return hashlib.sha256(json.dumps(self.to_dict(), sort_keys=True).encode()).hexdigest()[:16]


# the TOML value types each annotation accepts (the annotations are strings: `from __future__ import annotations`)
_ACCEPTS = {"bool": (bool,), "int": (int,), "float": (int, float), "str": (str,)}
_KINDS = {bool: "true or false", int: "a whole number", float: "a number", str: "a string", tuple: "a list of strings"}


def _coerce(cls, key: str, value: Any, where: str):
    """Checks a TOML value against the field's annotation, naming the TOML key (`images.max_side`) when it
    does not fit; lists become tuples so configs stay hashable and frozen."""
    annotation = next(f.type for f in fields(cls) if f.name == key)
    options = [a.strip() for a in annotation.split("|")]
    if value is None and "None" in options:
        return None
    accepted: tuple = ()
    for option in options:
        accepted += (tuple,) if option.startswith("tuple") else _ACCEPTS.get(option, ())
    if isinstance(value, list) and tuple in accepted:
        if all(isinstance(v, str) for v in value):
            return tuple(value)
    elif isinstance(value, accepted) and not (isinstance(value, bool) and bool not in accepted):
        return value
    wanted = " or ".join(dict.fromkeys(_KINDS[t] for t in accepted if t in _KINDS))
    raise ConfigError(f"config key '{where}{key}' must be {wanted}, got {value!r}")


def _merge(obj, data: dict, where: str):
    names = {f.name: f for f in fields(obj)}
    changes = {}
    for key, value in data.items():
        if key not in names:
            raise ConfigError(f"unknown config key '{where}{key}' (known: {', '.join(sorted(names))})")
        current = getattr(obj, key)
        if dataclasses.is_dataclass(current):
            if not isinstance(value, dict):
                raise ConfigError(f"'{where}{key}' must be a table")
            changes[key] = _merge(current, value, f"{where}{key}.")
        else:
            changes[key] = _coerce(type(obj), key, value, where)
    return dataclasses.replace(obj, **changes)


def load_config(path: str | Path | None = None, overrides: dict | None = None) -> BuildConfig:
    """Defaults, then the TOML file, then overrides ({"images": {"fetch": True}} ...)."""
    cfg = BuildConfig()
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}") from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"config file {path} is not valid TOML: {e}") from None
        except UnicodeDecodeError as e:
            raise ConfigError(f"config file {path} is not UTF-8 text (TOML files are): {e.reason} at byte "
                              f"{e.start}") from None
        except OSError as e:  # a folder, a file we may not read
            raise ConfigError(f"config file {path} cannot be read: {e.strerror or e}") from None
        cfg = _merge(cfg, data, "")
    if overrides:
        cfg = _merge(cfg, overrides, "")
    check_config(cfg)
    return cfg


def _check_ranges(cfg: BuildConfig) -> None:
    """Numbers outside what their setting can mean: an error, not a silent clamp."""
    im, d, f = cfg.images, cfg.dedup, cfg.filter
    # a timeout of 0 or less fails every fetch at once (urllib takes 0 as non-blocking)
    if not math.isfinite(im.fetch_timeout) or im.fetch_timeout <= 0:
        raise ConfigError(f"images.fetch_timeout must be more than 0 seconds, got {im.fetch_timeout}")
    ranges = (("images.quality", im.quality, 1, 100), ("images.fetch_concurrency", im.fetch_concurrency, 1, None),
              ("images.fetch_retries", im.fetch_retries, 0, None),
              ("images.fetch_per_host_delay", im.fetch_per_host_delay, 0, None),
              ("ingest.max_input_bytes", cfg.ingest.max_input_bytes, 1, None),
              ("ingest.max_html_bytes", cfg.ingest.max_html_bytes, 1, None),
              ("dedup.near_duplicate_threshold", d.near_duplicate_threshold, 0, 1),
              ("dedup.phash_distance", d.phash_distance, 0, 64),
              ("filter.min_caption_words", f.min_caption_words, 0, None),
              ("filter.max_caption_words", f.max_caption_words, f.min_caption_words, None))
    for name, value, low, high in ranges:
        if not math.isfinite(value) or value < low or (high is not None and value > high):
            wanted = f"between {low} and {high}" if high is not None else f"at least {low}"
            raise ConfigError(f"{name} must be {wanted}, got {value}")


def _check_languages(languages: tuple[str, ...]) -> None:
    """The allow-list is compared with the codes the build detects ("en", "pt"): "EN", "en-US" or
    "english" would match no caption, and every row would be a filter_language reject."""
    for code in languages:
        if not re.fullmatch(r"[a-z]{2,3}", code):
            primary = code.strip().split("-")[0].split("_")[0].lower()
            hint = f" (write {primary!r})" if re.fullmatch(r"[a-z]{2,3}", primary) else ""
            raise ConfigError(f"filter.languages: {code!r} is not a lower-case ISO 639-1 code such as 'en' or "
                              f"'fr'{hint}")


SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def parse_version(text: str | None) -> tuple[int, int, int] | None:
    """MAJOR.MINOR.PATCH -> numbers; None for anything else ("v1.0.0", "1.0", "01.2.3")."""
    m = SEMVER.fullmatch(text or "")
    return (int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def check_config(cfg: BuildConfig) -> None:
    s = cfg.split
    if not all(math.isfinite(v) for v in (s.train, s.validation, s.test)):
        raise ConfigError(f"split.train, split.validation and split.test must be numbers (got {s.train}, {s.validation}, "
                          f"{s.test})")
    if min(s.train, s.validation, s.test) < 0:
        raise ConfigError(f"split.train, split.validation and split.test must not be negative (got {s.train}, {s.validation}, {s.test})")
    for name, value in (("write.rows_per_shard", cfg.write.rows_per_shard),
                        ("write.image_rows_per_shard", cfg.write.image_rows_per_shard), ("images.min_side", cfg.images.min_side),
                        ("images.max_pixels", cfg.images.max_pixels), ("images.max_bytes", cfg.images.max_bytes)):
        if value < 1:
            raise ConfigError(f"{name} must be at least 1, got {value}")
    for name, value in (("images.max_side", cfg.images.max_side), ("images.train_size", cfg.images.train_size)):
        if value is not None and value < 1:
            raise ConfigError(f"{name} must be a positive number of pixels, got {value}")
    if parse_version(cfg.write.version) is None:
        hint = " (without the v)" if str(cfg.write.version).strip().lower().startswith("v") else ""
        raise ConfigError(f"write.version (--release-version) {cfg.write.version!r} is not MAJOR.MINOR.PATCH{hint}, "
                          "e.g. 1.0.0")
    if cfg.pair.context_paragraphs < 0 or s.max_group_size < 0:
        raise ConfigError("pair.context_paragraphs and split.max_group_size must not be negative")
    if abs(s.train + s.validation + s.test - 1.0) > 1e-6:
        raise ConfigError(f"split.train + split.validation + split.test must add up to 1 (got {s.train}+{s.validation}+{s.test})")
    if s.date_split is not None:
        from datetime import date

        try:
            d1, d2 = (date.fromisoformat(d) for d in s.date_split)
        except (TypeError, ValueError):
            raise ConfigError(f"split.date_split must be two ISO dates [D1, D2], got {s.date_split!r}") from None
        if d1 > d2:
            raise ConfigError(f"split.date_split: D1 {d1} is after D2 {d2}")
    _check_ranges(cfg)
    if cfg.images.format not in ("jpeg", "webp"):
        raise ConfigError(f"images.format must be 'jpeg' or 'webp', got {cfg.images.format!r}")
    if cfg.images.animated not in ("first_frame", "reject"):
        raise ConfigError(f"images.animated must be 'first_frame' or 'reject', got {cfg.images.animated!r}")
    _check_languages(cfg.filter.languages)
    if not cfg.write.license:
        raise ConfigError("write.license is required (use 'other' with write.license_name for news photos)")
