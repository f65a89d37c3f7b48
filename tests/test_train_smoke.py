"""Smoke test of scripts/train_captioner.py: 20 steps on the demo release, the training loss falls.

Runs where PyTorch is installed (the `[train]` environment of `.ci/run`, which sets REQUIRE_TORCH=1 so
that a missing torch fails instead of skipping).
"""
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("torch") is None or importlib.util.find_spec("transformers") is None:
    if os.environ.get("REQUIRE_TORCH") == "1":
        raise RuntimeError("REQUIRE_TORCH=1 but torch/transformers are not installed: pip install -e '.[train]'")
    pytest.skip("needs the [train] extra (torch, transformers)", allow_module_level=True)


def train(release: Path, *args: str) -> dict:
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1")
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "train_captioner.py"), str(release), *args],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def falls(losses: list[float]) -> bool:
    return sum(losses[-5:]) / 5 < sum(losses[:5]) / 5


def test_image_captioner_trains_on_the_demo_release(demo_release):
    out = train(demo_release, "--steps", "20", "--epochs", "5")
    assert out["steps"] == 20 and falls(out["train_losses"])
    assert out["val_losses"][-1] < out["val_losses"][0]  # held-out loss falls too


def test_text_mode_trains_on_text_only(demo_release):
    out = train(demo_release, "--text", "--steps", "12", "--epochs", "6", "--batch", "8")
    assert out["config"] == "text_only" and falls(out["train_losses"])
