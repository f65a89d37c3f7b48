"""Bundled demo sources: saved news pages with their images, and a plain-text scrape (all invented).

Hand-written pages are articles/NN-*.html; gen-NNN-*.html and every picture are written by
scripts/make_demo_sources.py. EXPECTED.json records what a correct build should find in them.
"""
from __future__ import annotations

import json
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def demo_dir() -> Path:
    """The folder holding the demo sources: articles/ (saved pages) and scrapes/ (text scrapes)."""
    return _HERE


def source_dirs() -> list[Path]:
    """Only the input folders, without this package's own files (__init__.py, EXPECTED.json)."""
    return [_HERE / "articles", _HERE / "scrapes"]


def demo_config() -> Path:
    """The build config of the demo release: license and datasheet answers for invented sources."""
    return _HERE / "demo.toml"


def expected() -> dict:
    """What a correct extractor finds in the demo sources (see EXPECTED.json)."""
    return json.loads((_HERE / "EXPECTED.json").read_text(encoding="utf-8"))
