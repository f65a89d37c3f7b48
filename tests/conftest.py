"""Shared fixtures: one demo build per test session (the build is the expensive part)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # tests never reach a hub
os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def demo_release(tmp_path_factory) -> Path:
    """The demo sources built once into a temporary release directory."""
    from corpus.config import load_config
    from corpus.demo import source_dirs
    from corpus.pipeline import build

    root = tmp_path_factory.mktemp("demo")
    build([str(d) for d in source_dirs()], root / "release", load_config(None, {"strict": True}),
          cache_dir=root / "cache")
    return root / "release"


def load(release: Path, config: str, tmp_path: Path):
    """load_dataset with a fresh cache: datasets' cache would hide a rebuilt release."""
    import datasets

    return datasets.load_dataset(str(release), config, cache_dir=str(tmp_path / "hf-cache"))
