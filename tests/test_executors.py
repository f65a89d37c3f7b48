"""The executor seam (issue 17): serial, local processes and Ray give the same release, byte for byte."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from corpus.cli import main as corpus_main
from corpus.demo import source_dirs
from corpus.executors import ExecutorError, ProcessExecutor, RayExecutor, SerialExecutor, make_executor


def tree_hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _square(x: int) -> int:
    return x * x


@pytest.mark.parametrize("executor", [SerialExecutor(), ProcessExecutor(2)], ids=["serial", "processes"])
def test_results_come_back_in_job_order(executor):
    try:
        assert list(executor.map(_square, list(range(50)), 7)) == [x * x for x in range(50)]
        assert list(executor.map(_square, list(range(5)), 2)) == [x * x for x in range(5)]  # the pool kept
    finally:
        executor.close()


def test_make_executor_defaults_and_refusals():
    assert make_executor(None, 1).kind == "serial" and make_executor(None, 2).kind == "processes"
    with pytest.raises(ExecutorError, match="unknown executor"):
        make_executor("threads", 2)
    # flags that contradict each other are refused by the API too, not only by the command line
    with pytest.raises(ExecutorError, match="--ray-address is for --executor ray"):
        make_executor("processes", 2, "auto")
    with pytest.raises(ExecutorError, match="--workers 3 would be ignored"):
        make_executor("serial", 3)


def test_serial_processes_and_ray_build_the_same_bytes(tmp_path):
    """The demo sources built three ways, each with its own fresh cache: identical release trees."""
    ray = pytest.importorskip("ray")  # installed by the dev extra; CI=true turns a skip into a failure
    src = [str(d) for d in source_dirs()]
    trees = {}
    for kind in ("serial", "processes", "ray"):
        out = tmp_path / kind
        argv = ["build", *src, "--out", str(out), "--cache-dir", str(tmp_path / f"cache-{kind}"), "--no-progress",
                "--executor", kind, "--workers", "1" if kind == "serial" else "2"]
        assert corpus_main(argv) == 0, kind
        trees[kind] = tree_hashes(out)
    assert not ray.is_initialized()  # the build shut down the local cluster it started
    assert trees["serial"] == trees["processes"] == trees["ray"]
    assert any(path.startswith("data/default/") for path in trees["serial"])


def test_ray_executor_keeps_job_order_with_a_bounded_window():
    pytest.importorskip("ray")
    executor = RayExecutor(2)
    try:  # a builtin: Ray's workers import functions by module, and tests/ is not on their path
        assert list(executor.map(abs, list(range(-40, 0)), 3)) == list(range(40, 0, -1))
    finally:
        executor.close()


# ---------------------------------------------------------------- workers that die (issue 19, point 12)

def _dies_on_3(n: int) -> int:
    if n == 3:
        os._exit(9)  # as the out-of-memory killer would
    return n * 10


def _dies_once_on_5(job: tuple) -> int:
    n, marker = job
    if n == 5 and not os.path.exists(marker):
        open(marker, "w").close()
        os._exit(9)
    return n * 10


def test_a_job_that_kills_its_worker_twice_is_given_its_fallback_and_the_rest_run():
    from corpus.executors import ProcessExecutor

    executor = ProcessExecutor(2)
    out = list(executor.map(_dies_on_3, list(range(10)), 2, fallback=lambda n: f"lost {n}"))
    assert list(executor.map(_square, [4, 5], 1)) == [16, 25]  # a broken pool is given up, not reused
    executor.close()
    assert out == [0, 10, 20, "lost 3", 40, 50, 60, 70, 80, 90]


def test_a_worker_killed_once_is_retried(tmp_path):
    from corpus.executors import ProcessExecutor

    jobs = [(n, str(tmp_path / "died")) for n in range(8)]
    executor = ProcessExecutor(2)
    assert list(executor.map(_dies_once_on_5, jobs, 3, fallback=lambda j: "lost")) == [n * 10 for n in range(8)]
    executor.close()


def test_a_build_whose_worker_dies_on_one_input_rejects_that_input_and_goes_on(tmp_path, monkeypatch):
    """Was: BrokenProcessPool ended the whole --workers 2 build."""
    import corpus.phase1 as phase1
    from corpus.config import load_config
    from corpus.demo import demo_config, source_dirs
    from corpus.pipeline import build

    real = phase1.document_records

    def dies_on_goat(doc, cfg, ledger):
        if "runaway-goat" in doc.ref.path:
            os._exit(9)
        return real(doc, cfg, ledger)

    monkeypatch.setattr(phase1, "document_records", dies_on_goat)  # inherited by the forked workers
    report = build([str(d) for d in source_dirs()], tmp_path / "out", load_config(demo_config()),
                   cache_dir=tmp_path / "cache", workers=2)
    ingest = report.manifest["stages"]["ingest"]
    assert ingest["rejected"].get("internal_error") == 1
    assert ingest["seen"] == ingest["kept"] + sum(ingest["rejected"].values())
    import pyarrow.parquet as pq

    rows = [r for p in (tmp_path / "out" / "data" / "rejects").glob("*.parquet") for r in pq.read_table(p).to_pylist()]
    goat = [r for r in rows if r["reason"] == "internal_error"]
    assert len(goat) == 1 and "runaway-goat" in goat[0]["source"] and "died twice" in goat[0]["detail"]


def _children(pid: int) -> set[int]:
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")
def test_a_killed_build_leaves_no_child_process_and_releases_its_stdout(tmp_path):
    """Was: the plot worker outlived a killed build (73 MB) and held stdout, so `| tee` never ended."""
    import signal
    import subprocess
    import sys
    import threading
    import time

    proc = subprocess.Popen([sys.executable, "-m", "corpus", "build", "--out", str(tmp_path / "out"),
                             "--cache-dir", str(tmp_path / "cache"), "--workers", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    children: set[int] = set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(children) < 2 and proc.poll() is None:
        children |= _children(proc.pid)  # the plot worker, then the pool's workers
        time.sleep(0.05)
    assert children, "the build started no child process to test with"
    proc.send_signal(signal.SIGKILL)
    eof = threading.Event()
    threading.Thread(target=lambda: (proc.stdout.read(), eof.set()), daemon=True).start()
    assert eof.wait(15), "something still holds the build's stdout"
    proc.wait(5)
    time.sleep(0.5)
    alive = {pid for pid in children if Path(f"/proc/{pid}").exists()
             and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()}
    assert alive == set()


def test_shards_written_in_workers_are_the_bytes_a_serial_writer_writes(tmp_path):
    """Many shards, several windows of them in flight at once: each shard's recorded sha256 is its own
    file's, and the files are those a writer without workers makes."""
    from corpus.write import ReleaseWriter

    def write(root: Path, executor) -> list:
        writer = ReleaseWriter(root, rows_per_shard=4, executor=executor)
        for i in range(150):
            writer.add("rejects", "train", {"id": f"r{i}", "stage": "ingest", "reason": "ingest_empty",
                                            "source": f"pages/{i}.html", "detail": "x" * (i % 7),
                                            "duplicate_of": None})
        writer.finish()
        return writer.shards

    serial = write(tmp_path / "serial", SerialExecutor())
    executor = ProcessExecutor(2)
    parallel = write(tmp_path / "processes", executor)
    executor.close()
    assert len(parallel) > 2 * 8 * 2  # more shards than one window: some were in flight while rows came
    for shard in parallel:
        assert hashlib.sha256(shard.path.read_bytes()).hexdigest() == shard.sha256
    assert tree_hashes(tmp_path / "serial") == tree_hashes(tmp_path / "processes")
    assert [s.sha256 for s in serial] == [s.sha256 for s in parallel]


def test_every_temporary_name_is_unique_across_machines():
    """Workers on several machines share the cache and the output folder (issue 17): a temporary file named by
    the process id alone can be written by two machines at once. Every temporary name in the package carries
    unique_suffix() (host and pid) or lies inside a folder that does (write.py's shards, in the release's
    temporary folder)."""
    import re

    package = Path(__file__).resolve().parents[1] / "corpus"
    for path in package.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"f[\"'][^\"']*\.tmp", line) and "getpid" in line:
                pytest.fail(f"{path.name}: a temporary name made from the pid alone: {line.strip()}")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")
def test_a_terminated_build_stops_as_ctrl_c_does_exit_143_and_leaves_nothing_half_written(tmp_path):
    """Was: SIGTERM (`timeout`, `docker stop`, a cancelled CI job) killed the build on the spot, its temporary
    release left beside --out until the next build."""
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-m", "corpus", "build", "--out", str(tmp_path / "out"),
                             "--cache-dir", str(tmp_path / "cache"), "--workers", "2", "--no-progress"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    children: set[int] = set()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(children) < 2 and proc.poll() is None:
        children |= _children(proc.pid)
        time.sleep(0.05)
    assert children and proc.poll() is None, "the build ended before it could be terminated"
    proc.send_signal(signal.SIGTERM)
    output, _ = proc.communicate(timeout=60)
    assert proc.returncode == 143, output
    assert "Traceback" not in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]  # no .out.tmp-*, no lock, no release
    time.sleep(0.5)
    alive = {pid for pid in children if Path(f"/proc/{pid}").exists()
             and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()}
    assert alive == set()
