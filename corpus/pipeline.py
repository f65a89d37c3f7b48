"""pipeline: the build sequence, in two phases, with every count checked at the end.

Phase 1 (phase1.py) streams each input through ingest -> extract -> pair -> normalize -> annotate ->
filter into a cached spill and a compact index. Between the phases the images stage (images/) runs once
per distinct picture, because a figure's image may sit in another archive of the same build. Phase 2
(phase2.py) makes the corpus-wide decisions (takedowns, duplicate ids, dedup, split groups) from the
index and streams the rows into shards in a fixed order; finish.py makes the release whole and renames
it into place. Per-item work runs through one executor (executors.py): serial, processes or Ray.
"""
from __future__ import annotations

import contextlib
import logging
import shutil
import time
from pathlib import Path

from .config import BuildConfig
from .exit_codes import BuildError
from .finish import BuildReport, finish_release, remember_shards
from .images.stage import run_images
from .phase1 import phase1
from .phase2 import run_dedup, run_split, run_takedown, write_rows
from .rejects import Ledger
from .workspace import Workspace, unique_suffix

log = logging.getLogger(__name__)

__all__ = ["BuildError", "BuildReport", "build"]


@contextlib.contextmanager
def timed(step: str):
    """Logs how long a step took (`corpus -v build` shows it)."""
    t0 = time.perf_counter()
    yield
    log.info("%s: %.2f s", step, time.perf_counter() - t0)


def build(sources: list[str], out: Path, cfg: BuildConfig, cache_dir: Path | None = None,
          version: str | None = None, progress: bool = False, stdin=None, previous: Path | None = None,
          exclude_ids: set[str] = frozenset(), workers: int = 1, overwrite: bool = False,
          executor: str | None = None, ray_address: str | None = None) -> BuildReport:
    from .ingest import expand_sources
    from .publish.plots import PlotWorker
    from .release import read_release
    from .workspace import default_cache_dir

    from .executors import ExecutorError, make_executor

    prev = read_release(previous) if previous else None
    try:
        runner = make_executor(executor, workers, ray_address)
    except ExecutorError as e:
        raise BuildError(str(e), code=2) from None

    out = Path(out).absolute()
    ws = Workspace(Path(cache_dir) if cache_dir else default_cache_dir())
    version = version or cfg.write.version
    tmp = out.parent / f".{out.name}.tmp-{unique_suffix()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    run_rejects = tmp / ".rejects.jsonl"
    plots = PlotWorker()  # forked now: it imports matplotlib while the stages run
    try:
        with open(run_rejects, "w", encoding="utf-8") as sink:
            ledger = Ledger(sink)
            with timed("read inputs"):
                inputs = list(expand_sources(sources, ledger, stdin=stdin, hash_file=ws.file_sha256,
                                             skip=[str(out), str(ws.root)]))
            with timed("phase 1"):
                index = phase1(inputs, cfg, ws, ledger, progress, runner)
            with timed("images"):
                images, bad, missing = run_images(index, cfg, ws, ledger, progress, runner)
            # input order: the rows of new inputs land in few shards, so a rebuild links the others
            entries = [e for e in index.samples if (e.input_no, e.offset) not in bad]
            entries, takedown = run_takedown(entries, exclude_ids, index, ws, ledger)
            with timed("dedup"):
                entries, clusters = run_dedup(entries, images, index, ws, cfg, ledger, prev)
            with timed("split"):
                entries, splits = run_split(entries, images, clusters, index, ws, cfg, ledger, prev)
        with timed("write"):
            result = write_rows(tmp, entries, images, clusters, splits, index, ws, cfg, ledger,
                                run_rejects, progress)
        result.group_sizes = splits.group_sizes
        result.clusters = clusters
        result.missing_pictures = missing
        result.takedown = takedown
        run_rejects.unlink()
        with timed("card, datasheet, manifest"):
            report = finish_release(tmp, out, cfg, version, index, result, ledger, previous, plots, overwrite)
        remember_shards(ws, out, result)
    finally:
        runner.close()
        plots.close()
        ws.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return report
