"""A rebuild's cost is mostly start-up: libraries a build does not need must stay unimported."""
import json
import subprocess
import sys

from corpus.demo import source_dirs


def run_build(out, cache, preload: str = "") -> list:
    sources = [str(d) for d in source_dirs()]
    code = (
        f"import json, sys\n{preload}\n"
        "from corpus.cli import main\n"
        f"rc = main(['build', *{sources!r}, '--out', {str(out)!r}, '--cache-dir', {str(cache)!r}, '--no-progress'])\n"
        "print(json.dumps([rc, [m for m in ('datasets', 'matplotlib', 'pandas', 'tqdm') if m in sys.modules]]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_build_imports_neither_datasets_matplotlib_nor_pandas(tmp_path):
    rc, imported = run_build(tmp_path / "out", tmp_path / "cache")
    assert rc == 0 and imported == []  # plots are drawn in a worker; pyarrow's pandas probe is skipped
    assert len(list((tmp_path / "out" / "data" / "default").glob("*.parquet"))) >= 3
    # with pandas imported (pyarrow's pandas integration live), the same shards, byte for byte
    rc, imported = run_build(tmp_path / "out2", tmp_path / "cache2", preload="import pandas")
    assert rc == 0 and imported == ["pandas"]  # tqdm: --no-progress needs no bar
    shards = sorted(p.relative_to(tmp_path / "out") for p in (tmp_path / "out" / "data").rglob("*.parquet"))
    assert shards == sorted(p.relative_to(tmp_path / "out2") for p in (tmp_path / "out2" / "data").rglob("*.parquet"))
    assert all((tmp_path / "out" / s).read_bytes() == (tmp_path / "out2" / s).read_bytes() for s in shards)
