"""Shared fixtures: one demo build per test session (the build is the expensive part)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_DATASETS_OFFLINE", "1")  # tests never reach a hub
os.environ.setdefault("HF_HUB_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Under CI=true a skipped test is a failure: everything the suite needs ships in the repository. The one
# skip allowed is the [train] extra's, whose tests .ci/run runs in their own environment (REQUIRE_TORCH=1).
ALLOWED_CI_SKIPS = ("needs the [train] extra",)


def _fail_skip_in_ci(report) -> None:
    if not report.skipped or os.environ.get("CI", "").lower() not in ("true", "1"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if any(allowed in reason for allowed in ALLOWED_CI_SKIPS) or hasattr(report, "wasxfail"):
        return
    report.outcome = "failed"
    report.longrepr = f"skipped under CI=true, where every test must run: {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    _fail_skip_in_ci(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    outcome = yield
    _fail_skip_in_ci(outcome.get_result())


@pytest.fixture(scope="session")
def demo_release(tmp_path_factory) -> Path:
    """The demo sources built once into a temporary release directory."""
    from corpus.config import load_config
    from corpus.demo import demo_config, source_dirs
    from corpus.pipeline import build

    root = tmp_path_factory.mktemp("demo")
    build([str(d) for d in source_dirs()], root / "release", load_config(demo_config(), {"strict": True}),
          cache_dir=root / "cache")
    return root / "release"


def load(release: Path, config: str, tmp_path: Path):
    """load_dataset with a fresh cache: datasets' cache would hide a rebuilt release."""
    import datasets

    return datasets.load_dataset(str(release), config, cache_dir=str(tmp_path / "hf-cache"))


def make_sample(caption: str, **kw):
    """A realistic Sample for stage unit tests; keyword arguments override any field."""
    from corpus.records import Sample, SourceRef

    fields = dict(
        id="s1", article_id="a1", figure_index=0, caption=caption, caption_raw=caption,
        credit=None, alt_text=None, caption_source="figcaption", image_url="https://example.com/p.jpg",
        image_src="p.jpg", image_position=0, context_before=[], context_after=[],
        article_url="https://example.com/story", article_title="A story", article_published=None,
        article_authors=[], site="example.com", article_language=None,
        provenance=SourceRef("pages/story.html", "figure=0"),
    )
    fields.update(kw)
    return Sample(**fields)


class OpenLog:
    """The realpaths opened through builtins.open by this process and by every process it forks
    (the build's sidecar and pools): one shared append-only file, a line per open."""

    def __init__(self) -> None:
        import tempfile

        fd, self.path = tempfile.mkstemp(prefix="opened-", suffix=".log")
        os.close(fd)

    def paths(self) -> list[str]:
        with self._real_open(self.path, encoding="utf-8") as f:
            return f.read().splitlines()

    def __iter__(self):
        return iter(self.paths())

    def __contains__(self, path) -> bool:
        return path in self.paths()


def spy_on_open(monkeypatch) -> OpenLog:
    """Records the realpath of every file opened through builtins.open until monkeypatch is undone,
    in this process and in the processes it forks meanwhile."""
    import builtins

    log = OpenLog()
    real_open = log._real_open = builtins.open

    def spy(file, *a, **k):
        if isinstance(file, (str, os.PathLike)) and os.fspath(file) != log.path:
            fd = os.open(log.path, os.O_WRONLY | os.O_APPEND)
            try:
                os.write(fd, (os.path.realpath(file) + "\n").encode())  # O_APPEND: whole lines across processes
            finally:
                os.close(fd)
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", spy)
    return log
