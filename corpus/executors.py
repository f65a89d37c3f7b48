"""executors: the one seam the per-item work goes through (phase 1 per input, the images stage per picture,
writing per shard).

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

    def map(self, fn: Callable, jobs: list, chunksize: int = 1, fallback: Callable | None = None) -> Iterator:
        return map(fn, jobs)

    def close(self) -> None:
        pass


class ProcessExecutor:
    """A local fork pool (the workers share the code and config already imported), kept from the first
    map to close() so each stage does not pay for new processes. Inside a daemonic process (a
    multiprocessing.Pool worker), which may not start children, the jobs run serially."""

    kind = "processes"

    def __init__(self, workers: int):
        self.workers = workers
        self._pool = None

    @property
    def parallel(self) -> bool:
        return self.workers > 1

    def map(self, fn: Callable, jobs: list, chunksize: int = 1, fallback: Callable | None = None) -> Iterator:
        """fn over jobs, results in job order. A worker that dies (killed, out of memory) breaks the pool:
        the unfinished jobs run again in a fresh one; those unfinished twice run alone, one pool each, and
        a job that kills its worker even alone gets fallback(job) as its result (a reject), never an
        aborted build."""
        if multiprocessing.current_process().daemon:
            log.info("running inside a daemonic process: %d jobs run serially", len(jobs))
            yield from map(fn, jobs)
            return
        results: list = [_MISSING] * len(jobs)
        done = 0  # results[:done] have been handed out
        todo = list(range(len(jobs)))
        for attempt in range(2):
            size = chunksize if attempt == 0 else 1
            unfinished: list[int] = []
            for _ in self._run(fn, jobs, [todo[i:i + size] for i in range(0, len(todo), size)], results,
                               unfinished, kept=attempt == 0):
                while done < len(jobs) and results[done] is not _MISSING:  # in job order, as they come
                    yield results[done]
                    results[done] = None  # handed out: not kept
                    done += 1
            todo = unfinished
            if not todo:
                return
            log.warning("a worker process died: %d job(s) run again", len(todo))
        for i in todo:  # unfinished twice: alone, so the job that kills its worker is the one rejected
            unfinished = []
            for _ in self._run(fn, jobs, [[i]], results, unfinished, workers=1):
                pass
            if not unfinished:
                continue
            if fallback is None:
                raise ExecutorError("a worker process died twice on the same job (killed or out of memory)")
            log.warning("job %d killed its worker process twice: rejected", i)
            results[i] = fallback(jobs[i])
        while done < len(jobs):
            yield results[done]
            done += 1

    def _run(self, fn: Callable, jobs: list, chunks: list[list[int]], results: list, unfinished: list[int],
             workers: int = 0, kept: bool = False) -> Iterator[None]:
        """Runs the chunks in the kept pool (kept=True) or in a pool of their own, filling results chunk
        by chunk (a yield after each); the job numbers a broken pool left unfinished go to `unfinished`,
        and a broken kept pool is given up."""
        from concurrent.futures.process import BrokenProcessPool

        pool = self._kept_pool() if kept else self._new_pool(workers or self.workers)
        try:
            futures = [(chunk, pool.submit(_run_chunk, fn, [jobs[i] for i in chunk])) for chunk in chunks]
            for chunk, future in futures:
                try:
                    for i, result in zip(chunk, future.result()):
                        results[i] = result
                except BrokenProcessPool:
                    unfinished += chunk
                yield
        finally:
            if not kept:
                pool.shutdown(wait=True, cancel_futures=True)
            elif unfinished:
                self.close()

    def _new_pool(self, workers: int):
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=die_with_parent)

    def _kept_pool(self):
        if self._pool is None:
            self._pool = self._new_pool(self.workers)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


_MISSING = object()


def die_with_parent() -> None:
    """In a child process: be killed when the build process dies (Linux), so a killed build leaves no
    workers behind holding memory or its stdout (`| tee` would never end)."""
    import ctypes
    import os
    import signal

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return  # not Linux: the pipes' EOF still ends the workers once the build is gone
    if os.getppid() == 1:  # the parent died before the line above: go now
        os._exit(1)


def _import_stages(_job) -> None:
    """Import the stages' modules in a Ray worker before its first job (a fork pool's workers inherit them)."""
    import importlib

    for name in ("corpus.phase1", "corpus.images.stage", "corpus.write"):
        importlib.import_module(name)


def _run_chunk(fn: Callable, chunk: list) -> list:
    return [fn(job) for job in chunk]


class RayExecutor:
    """Ray tasks, a chunk of jobs each, at most a few chunks per worker in flight (the driver's memory
    stays bounded), results taken in job order. Without an address a local cluster of `workers` CPUs is
    started (ray.init); with one (`--ray-address auto` or ray://host:10001) the build joins that cluster,
    whose workers must see the same input, cache and output paths (shared storage)."""

    kind = "ray"
    IN_FLIGHT_PER_WORKER = 4
    # a Ray task costs more than a fork pool's (scheduling, arguments and results through the object store):
    # each task takes this many of the pool's chunks
    CHUNK_FACTOR = 4

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
        # each worker imports the stages while the driver starts the build (a fork pool inherits them)
        self._warm = [self._task.remote(_import_stages, [None]) for _ in range(max(1, workers))]

    @property
    def parallel(self) -> bool:
        return True

    def map(self, fn: Callable, jobs: list, chunksize: int = 1, fallback: Callable | None = None) -> Iterator:
        """(Ray retries a task whose worker died by itself.)"""
        ray = self._ray
        size = max(1, chunksize * self.CHUNK_FACTOR)
        chunks = [jobs[i:i + size] for i in range(0, len(jobs), size)]
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


def executor_problem(kind: str | None, workers: int = 1, address: str | None = None) -> str | None:
    """Flags that contradict each other, said before any work: silently taken, the build would run other
    than asked (one process where N workers were asked, a local pool where a Ray cluster was named)."""
    if address is not None and kind != "ray":
        return (f"--ray-address is for --executor ray (the executor here is {kind or 'the default'}): add "
                "--executor ray, or drop --ray-address")
    if kind == "serial" and workers > 1:
        return (f"--executor serial runs everything here, one item at a time, so --workers {workers} would "
                "be ignored: drop --workers, or choose --executor processes or ray")
    return None


def make_executor(kind: str | None, workers: int = 1, address: str | None = None):
    """The executor for `--executor KIND --workers N`; no kind: processes when N > 1, else serial."""
    problem = executor_problem(kind, workers, address)
    if problem:
        raise ExecutorError(problem)
    kind = kind or ("processes" if workers > 1 else "serial")
    if kind not in KINDS:
        raise ExecutorError(f"unknown executor {kind!r} (choose from {', '.join(KINDS)})")
    if kind == "serial":
        return SerialExecutor()
    if kind == "processes":
        return ProcessExecutor(workers)
    return RayExecutor(workers, address)
