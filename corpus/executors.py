"""executors: the one seam the per-item work goes through (phase 1 per input, the images stage per picture).

Three implementations of `map(fn, jobs, chunksize)`, each returning fn's results in job order: `serial`
(here), `processes` (a local fork pool) and `ray` (tasks on a Ray cluster; `pip install -e '.[ray]'`).
Jobs are picklable and write only their own files, so a release is byte-identical whichever executor ran
it and however many workers it had.
"""
from __future__ import annotations

import logging
import multiprocessing
from typing import Callable, Iterator

log = logging.getLogger(__name__)

KINDS = ("serial", "processes", "ray")


class ExecutorError(RuntimeError):
    """An executor that cannot run here (Ray not installed, no cluster at the address)."""


class SerialExecutor:
    """Every job in this process, in order."""

    kind = "serial"

    def __init__(self, workers: int = 1):
        self.workers = 1

    @property
    def parallel(self) -> bool:
        return False

    def map(self, fn: Callable, jobs: list, chunksize: int = 1) -> Iterator:
        return map(fn, jobs)

    def close(self) -> None:
        pass


class ProcessExecutor:
    """A local fork pool (the workers share the code and config already imported). Inside a daemonic
    process (a multiprocessing.Pool worker), which may not start children, the jobs run serially."""

    kind = "processes"

    def __init__(self, workers: int):
        self.workers = workers

    @property
    def parallel(self) -> bool:
        return self.workers > 1

    def map(self, fn: Callable, jobs: list, chunksize: int = 1) -> Iterator:
        from concurrent.futures import ProcessPoolExecutor

        if multiprocessing.current_process().daemon:
            log.info("running inside a daemonic process: %d jobs run serially", len(jobs))
            yield from map(fn, jobs)
            return
        with ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from pool.map(fn, jobs, chunksize=chunksize)

    def close(self) -> None:
        pass


def _run_chunk(fn: Callable, chunk: list) -> list:
    return [fn(job) for job in chunk]


class RayExecutor:
    """Ray tasks, a chunk of jobs each, at most a few chunks per worker in flight (the driver's memory
    stays bounded), results taken in job order. Without an address a local cluster of `workers` CPUs is
    started (ray.init); with one (`--ray-address auto` or ray://host:10001) the build joins that cluster,
    whose workers must see the same input, cache and output paths (shared storage)."""

    kind = "ray"
    IN_FLIGHT_PER_WORKER = 4

    def __init__(self, workers: int, address: str | None = None):
        try:
            import ray
        except ImportError:
            raise ExecutorError("--executor ray needs Ray: pip install -e '.[ray]'") from None
        self.workers = workers
        self._ray = ray
        self._started = False
        if not ray.is_initialized():
            kwargs = dict(include_dashboard=False, log_to_driver=False, configure_logging=False)
            try:
                if address:
                    ray.init(address=address, **kwargs)
                else:
                    ray.init(num_cpus=workers, **kwargs)
            except (ConnectionError, RuntimeError, ValueError) as e:
                raise ExecutorError(f"cannot start or reach a Ray cluster ({address or 'local'}): {e}") from None
            self._started = True
        self._task = ray.remote(_run_chunk)

    @property
    def parallel(self) -> bool:
        return True

    def map(self, fn: Callable, jobs: list, chunksize: int = 1) -> Iterator:
        ray = self._ray
        chunks = [jobs[i:i + chunksize] for i in range(0, len(jobs), max(1, chunksize))]
        fn_ref = ray.put(fn)
        window = max(1, self.workers * self.IN_FLIGHT_PER_WORKER)
        pending = [self._task.remote(fn_ref, c) for c in chunks[:window]]
        submitted = len(pending)
        while pending:
            done = ray.get(pending.pop(0))  # the oldest chunk: results leave in job order
            if submitted < len(chunks):
                pending.append(self._task.remote(fn_ref, chunks[submitted]))
                submitted += 1
            yield from done

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()
            self._started = False


def make_executor(kind: str | None, workers: int = 1, address: str | None = None):
    """The executor for `--executor KIND --workers N`; no kind: processes when N > 1, else serial."""
    kind = kind or ("processes" if workers > 1 else "serial")
    if kind not in KINDS:
        raise ExecutorError(f"unknown executor {kind!r} (choose from {', '.join(KINDS)})")
    if kind == "serial":
        return SerialExecutor()
    if kind == "processes":
        return ProcessExecutor(workers)
    return RayExecutor(workers, address)
