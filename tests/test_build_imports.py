"""A rebuild's cost is mostly start-up: libraries a build does not need must stay unimported."""
import json
import subprocess
import sys

from corpus.demo import source_dirs


def test_build_never_imports_datasets_and_draws_plots_in_a_worker(tmp_path):
    sources = [str(d) for d in source_dirs()]
    code = (
        "import json, sys\n"
        "from corpus.cli import main\n"
        f"rc = main(['build', *{sources!r}, '--out', {str(tmp_path / 'out')!r},"
        f" '--cache-dir', {str(tmp_path / 'cache')!r}, '--no-progress'])\n"
        "print(json.dumps([rc, [m for m in ('datasets', 'matplotlib') if m in sys.modules]]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    rc, imported = json.loads(out.strip().splitlines()[-1])
    assert rc == 0 and imported == []
    assert len(list((tmp_path / "out" / "data" / "default").glob("*.parquet"))) >= 3
