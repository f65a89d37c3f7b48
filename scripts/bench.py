#!/usr/bin/env python3
"""Benchmarks (never run as timed tests).

  bench.py --articles 1000              synthetic saved pages: extract alone and a whole build
  bench.py --pages DIR [--copies 20]    extract over real pages (.html or .html.gz): pages/s, parse vs the rest
  bench.py --incremental 2000           first build vs rebuild after adding 10 articles (CLI runs)
  bench.py --images 200                 images stage vs a bare Pillow loop
  bench.py --dedup 100000               corpus-wide dedup of N captions
  bench.py --loader 500                 images/s through datasets: full size vs --train-size 256
  bench.py --scaleout 2000 [--rounds 3] serial vs local processes vs Ray (2 workers), same bytes?
  bench.py --liveblog 3000              one live-blog page with N figures (~0.7 MB of text): time, memory
  bench.py --memory 2000,20000          peak RSS of `corpus build` at each size: ratio and KB per article
  bench.py --preview 20000              a release of N pairs: its preview's size and first view in Chromium
Peak RSS is reported per section (ru_maxrss of this process, so run one section at a time for a
clean figure).
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

from make_synthetic_pages import make_corpus  # noqa: E402  (scripts/ is on sys.path)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def in_child(fn, *args):
    """(result, peak RSS in MB) of fn(*args) run in a forked child: a clean memory figure per step. A plain
    (non-daemon) process, since a build forks its own plot worker and a pool's daemon workers may not."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    results = ctx.Queue()
    child = ctx.Process(target=lambda: results.put(_measured(fn, args)))
    child.start()
    result = results.get()
    child.join()
    return result


def _measured(fn, args):
    out = fn(*args)
    return out, round(peak_rss_mb())


def bench_extract(paths: list[Path], copies: int = 1) -> dict:
    from lxml import html as lxml_html

    from corpus.config import ExtractConfig
    from corpus.extract import extract_article
    from corpus.records import RawDoc, SourceRef
    from corpus.rejects import Ledger

    docs = [page_bytes(p) for p in paths] * copies  # decompressed before the clock starts
    t0 = time.perf_counter()
    for data in docs:
        lxml_html.document_fromstring(data)
    parse = time.perf_counter() - t0
    ledger, figures = Ledger(), 0
    t0 = time.perf_counter()
    for p, data in zip(paths * copies, docs):
        art = extract_article(RawDoc(SourceRef(p.name), "html", data), ExtractConfig(), ledger)
        figures += len(art.figures) if art else 0
    total = time.perf_counter() - t0
    return {"pages": len(docs), "pages_per_s": round(len(docs) / total, 1),
            "figures_per_s": round(figures / total, 1), "parse_share": round(parse / total, 2),
            "ms_per_page": round(1000 * total / len(docs), 2), "peak_rss_mb": round(peak_rss_mb())}


PAGE_SUFFIXES = (".htm", ".html", ".htm.gz", ".html.gz")


def page_files(folder: Path) -> list[Path]:
    """The pages of a folder, gzipped ones too (tests/data/realworld/pages holds .html.gz only). Was a
    glob of *.htm*, which took those files' compressed bytes for pages: 0 figures, and no warning."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.lower().endswith(PAGE_SUFFIXES))


def page_bytes(path: Path) -> bytes:
    """A page's HTML bytes, decompressed where the file is gzipped."""
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def bench_trafilatura(paths: list[Path], copies: int = 1) -> dict:
    try:
        import trafilatura
    except ImportError:
        return {"skipped": "pip install -e '.[bench]' for the trafilatura comparison"}
    docs = [page_bytes(p).decode("utf-8", errors="replace") for p in paths] * copies
    t0 = time.perf_counter()
    for d in docs:
        trafilatura.extract(d, include_images=True)
    total = time.perf_counter() - t0
    return {"pages_per_s": round(len(docs) / total, 1)}


def run_build(src: Path, out: Path, cache: Path, overrides: dict | None = None, workers: int = 1,
              executor: str | None = None, ray_address: str | None = None) -> float:
    from corpus.config import load_config
    from corpus.pipeline import build

    t0 = time.perf_counter()
    build([str(src)], out, load_config(None, overrides), cache_dir=cache, workers=workers, executor=executor,
          ray_address=ray_address)
    return time.perf_counter() - t0


def write_live_blog(n: int, folder: Path) -> Path:
    """One saved live-blog page: n updates (~0.7 MB of text in all), each with its own photo and caption."""
    import random

    from PIL import Image

    rng = random.Random(1)
    words = "the council harbour storm minister said police crowd market flood vote school bridge".split()
    files = folder / "live_files"
    files.mkdir(parents=True, exist_ok=True)
    parts = ['<!DOCTYPE html><html lang="en"><head><title>Live: storm updates</title></head><body><article>'
             "<h1>Live: storm updates</h1>"]
    for i in range(n):
        para = " ".join(rng.choice(words) for _ in range(max(8, 120_000 // n))).capitalize() + "."
        Image.effect_noise((160, 120), 60).convert("RGB").save(files / f"p{i}.jpg", quality=70)
        parts += [f"<p>{para}</p>", f'<figure><img src="live_files/p{i}.jpg" width="160" height="120">'
                  f"<figcaption>Update {i}: {' '.join(rng.choice(words) for _ in range(12))}.</figcaption></figure>"]
    page = folder / "live.html"
    page.write_text("\n".join(parts + ["</article></body></html>"]), encoding="utf-8")
    return page


def bench_liveblog(n: int) -> dict:
    """A page with many figures must cost linear time and memory (each row used to carry the body)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in"
        page = write_live_blog(n, src)
        secs, rss = in_child(run_build, src, Path(tmp) / "out", Path(tmp) / "cache")
        size = lambda d: sum(f.stat().st_size for f in d.rglob("*") if f.is_file())  # noqa: E731
        manifest = json.loads((Path(tmp) / "out" / "manifest.json").read_text())
        return {"figures": n, "page_mb": round(page.stat().st_size / 1e6, 2), "seconds": round(secs, 2),
                "peak_rss_mb": rss, "cache_phase1_mb": round(size(Path(tmp) / "cache" / "phase1") / 1e6, 1),
                "release_mb": round(size(Path(tmp) / "out") / 1e6, 1),
                "rows": {c: sum(v.values()) for c, v in manifest["rows"].items()}}


def cli_peak_rss_mb(src: Path, out: Path, cache: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of `corpus build` in a process of its own (a cold cache, 1 worker)."""
    cmd = [sys.executable, "-c", "import resource, sys; from corpus.cli import main; code = main(sys.argv[1:]); "
           "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(code)",
           "build", str(src), "--out", str(out), "--cache-dir", str(cache), "--no-progress"]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=True)
    return time.perf_counter() - t0, int(done.stderr.strip().splitlines()[-1]) / 1024


def bench_memory(sizes: list[int]) -> dict:
    """Peak RSS of whole builds of growing synthetic corpora with pictures: does memory stay flat?
    The corpus of each size extends the previous one (the same first pages)."""
    report: dict = {"builds": []}
    with tempfile.TemporaryDirectory() as tmp:
        src, made = Path(tmp) / "src", 0
        for n in sorted(sizes):
            make_corpus(src, n - made, start=made)
            made = n
            secs, rss = cli_peak_rss_mb(src, Path(tmp) / f"out-{n}", Path(tmp) / f"cache-{n}")
            report["builds"].append({"articles": n, "seconds": round(secs, 1), "peak_rss_mb": round(rss)})
            shutil.rmtree(Path(tmp) / f"out-{n}")
            shutil.rmtree(Path(tmp) / f"cache-{n}")
    first, last = report["builds"][0], report["builds"][-1]
    if last["articles"] > first["articles"]:
        report["ratio"] = round(last["peak_rss_mb"] / first["peak_rss_mb"], 2)
        report["kb_per_added_article"] = round(1024 * (last["peak_rss_mb"] - first["peak_rss_mb"])
                                               / (last["articles"] - first["articles"]), 1)
    return report


def bench_scaleout(n: int, workers: int = 2, rounds: int = 1, ray_address: str | None = None) -> dict:
    """The same synthetic corpus (with pictures) built serially, in local processes and on Ray, each with
    a fresh cache and in a child process of its own (peak RSS of the driver): wall time, speed-up over
    serial, and whether the three releases are the same bytes. Ray's time includes starting its local
    cluster unless ray_address names one already running. With rounds > 1 the three builds run in turn
    that many times (a shared machine's speed drifts) and each figure is the median over the rounds."""
    from statistics import median

    report: dict = {"articles": n, "workers": workers, "rounds": rounds}
    kinds = ("serial", "processes", "ray")
    seconds: dict[str, list[float]] = {k: [] for k in kinds}
    rss: dict[str, list[int]] = {k: [] for k in kinds}
    same = {k: True for k in kinds[1:]}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        make_corpus(src, n)
        for _ in range(rounds):
            for kind in kinds:
                out, cache = Path(tmp) / kind, Path(tmp) / f"cache-{kind}"
                shutil.rmtree(out, ignore_errors=True)
                shutil.rmtree(cache, ignore_errors=True)
                w = 1 if kind == "serial" else workers
                secs, peak = in_child(run_build, src, out, cache, None, w, kind,
                                      ray_address if kind == "ray" else None)
                seconds[kind].append(secs)
                rss[kind].append(peak)
            for kind in kinds[1:]:
                same[kind] = same[kind] and same_tree(Path(tmp) / "serial", Path(tmp) / kind)
    for kind in kinds:
        report[kind] = {"seconds": round(median(seconds[kind]), 1), "driver_peak_rss_mb": round(median(rss[kind]))}
        if rounds > 1:
            report[kind]["each_round_s"] = [round(x, 1) for x in seconds[kind]]
    for kind in kinds[1:]:
        report[kind]["speedup_over_serial"] = round(median(seconds["serial"]) / median(seconds[kind]), 2)
        report[kind]["same_bytes_as_serial"] = same[kind]
    if ray_address:
        report["ray"]["cluster"] = f"already running at {ray_address} (its start is not timed)"
    return report


def bench_build(n: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        make_corpus(src, n)
        pages = sorted(src.glob("*.html"))
        ex, ex_rss = in_child(bench_extract, pages[:1000])
        ex["peak_rss_mb"] = ex_rss
        secs, rss = in_child(run_build, src, Path(tmp) / "out", Path(tmp) / "cache")
        rows = json.loads((Path(tmp) / "out" / "manifest.json").read_text())["rows"]
        figures = sum(rows.get("default", {}).values())
        par = run_build(src, Path(tmp) / "out2", Path(tmp) / "cache2", workers=2)
        return {"articles": n, "extract": ex, "build_s": round(secs, 1),
                "build_articles_per_s": round(n / secs, 1), "build_figures_per_s": round(figures / secs, 1),
                "peak_rss_mb": round(rss), "build_s_2_workers": round(par, 1),
                "same_output_with_2_workers": same_tree(Path(tmp) / "out", Path(tmp) / "out2")}


def same_tree(a: Path, b: Path) -> bool:
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    return files_a == files_b and all((a / f).read_bytes() == (b / f).read_bytes() for f in files_a)


def cli_build(src: Path, out: Path, cache: Path, config: Path | None = None) -> float:
    """Seconds of one `corpus build` in a fresh process, as a user runs it (start-up and imports included)."""
    cmd = [sys.executable, "-m", "corpus.cli", "build", str(src), "--out", str(out), "--cache-dir", str(cache),
           "--release-version", "1.0.0", "--no-progress"]
    if config:
        cmd += ["--config", str(config)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=REPO)
    return time.perf_counter() - t0


def bench_incremental(n: int, rounds: int = 3) -> dict:
    """First build of n articles, then `rounds` rebuilds, each after adding 10 more (every run a
    `corpus build` in a fresh process, one worker; the median rebuild is reported), then a clean build
    of the last input to compare bytes; once with the default config (clean JPEGs are stored as they
    are) and once resizing to 512 px, as captioning corpora usually do (every picture re-encoded)."""
    report = {"articles": n}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "max_side_512.toml").write_text("[images]\nmax_side = 512\n")
        for name, config in (("default", None), ("max_side_512", tmp / "max_side_512.toml")):
            shutil.rmtree(tmp / "src", ignore_errors=True)
            make_corpus(tmp / "src", n)
            cache = tmp / f"cache-{name}"
            first = cli_build(tmp / "src", tmp / f"first-{name}", cache, config)
            rebuilds = []
            for r in range(rounds):
                make_corpus(tmp / "src", 10, start=n + 10 * r)
                rebuilds.append(cli_build(tmp / "src", tmp / f"rebuild-{name}-{r}", cache, config))
            clean = cli_build(tmp / "src", tmp / f"clean-{name}", tmp / f"fresh-{name}", config)
            median = sorted(rebuilds)[len(rebuilds) // 2]
            report[name] = {"first_build_s": round(first, 2), "rebuilds_plus_10_s": [round(t, 2) for t in rebuilds],
                            "speedup_median": round(first / median, 1), "clean_build_s": round(clean, 2),
                            "rebuild_equals_clean_build": same_tree(tmp / f"rebuild-{name}-{rounds - 1}",
                                                                    tmp / f"clean-{name}")}
    return report


def decode_rate(release: Path, hf_cache: Path) -> dict:
    """Pictures decoded per second when a training loop reads the train split through `datasets`
    (torch-free: the loop forces the decode a transform would start with)."""
    import datasets

    ds = datasets.load_dataset(str(release), split="train", cache_dir=str(hf_cache)).select_columns(["image"])
    n, pixels = 0, 0
    t0 = time.perf_counter()
    for batch in ds.iter(batch_size=64):
        for im in batch["image"]:
            rgb = im.convert("RGB")  # decodes the file
            n, pixels = n + 1, pixels + rgb.width * rgb.height
    secs = time.perf_counter() - t0
    return {"images": n, "images_per_s": round(n / secs, 1), "mean_megapixels": round(pixels / max(n, 1) / 1e6, 3)}


def bench_loader(n: int, train_size: int = 256) -> dict:
    """The same synthetic corpus (800x533 photos) built at full size and with --train-size; images/s of the
    loader loop over each release's train split, in the same run."""
    report = {"articles": n, "train_size": train_size}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        make_corpus(tmp / "src", n)
        run_build(tmp / "src", tmp / "full", tmp / "cache-full")
        run_build(tmp / "src", tmp / "small", tmp / "cache-small", {"images": {"train_size": train_size}})
        report["full_size"] = decode_rate(tmp / "full", tmp / "hf")
        report["train_size_release"] = decode_rate(tmp / "small", tmp / "hf")
        report["speedup"] = round(report["train_size_release"]["images_per_s"] / report["full_size"]["images_per_s"], 2)
        report["train_shards"] = len(list((tmp / "small" / "data" / "default").glob("train-*.parquet")))
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, help="synthetic articles for extract + whole build")
    ap.add_argument("--pages", type=Path, help="folder of real pages for the extract speed (.htm, .html, and "
                    "gzipped .html.gz)")
    ap.add_argument("--copies", type=int, default=20, help="repeat the real pages this many times")
    ap.add_argument("--incremental", type=int, help="articles for the incremental-build benchmark")
    ap.add_argument("--images", type=int, help="images for the images-stage benchmark")
    ap.add_argument("--dedup", type=int, help="captions for the dedup benchmark")
    ap.add_argument("--scaleout", type=int, metavar="N", help="articles built serially, with local processes "
                    "and on Ray (2 workers): wall time, speed-up, byte-equality")
    ap.add_argument("--rounds", type=int, default=1, help="with --scaleout: build each way this many times, "
                    "in turn, and report medians (a shared machine's speed drifts)")
    ap.add_argument("--ray-address", help="with --scaleout: a Ray cluster already running (e.g. auto, after "
                    "`ray start --head --num-cpus 2`); its start is then not in Ray's time")
    ap.add_argument("--loader", type=int, metavar="N", help="articles for the loader benchmark: images/s read "
                    "through datasets at full size and with --train-size 256")
    ap.add_argument("--memory", metavar="N,M,...", help="peak RSS of whole builds at these sizes (with "
                    "pictures): ratio and KB per added article")
    ap.add_argument("--liveblog", type=int, metavar="N", help="one live-blog page with N figures: seconds, "
                    "peak RSS, cache and release size")
    ap.add_argument("--preview", type=int, metavar="N", help="a synthetic release of N pair rows: preview "
                    "site size and the first view's render time in headless Chromium")
    args = ap.parse_args()
    report = {}
    if args.articles:
        report["build"] = bench_build(args.articles)
    if args.pages:
        if not args.pages.is_dir():
            ap.error(f"--pages {args.pages}: no such folder")
        pages = page_files(args.pages)
        if not pages:
            ap.error(f"--pages {args.pages}: no page in it (.htm, .html, or those gzipped: .html.gz)")
        report["extract_pages"] = bench_extract(pages, args.copies)
        report["trafilatura"] = bench_trafilatura(pages, max(1, args.copies // 4))
    if args.incremental:
        report["incremental"] = bench_incremental(args.incremental)
    if args.images:
        from bench_images import bench_images

        report["images"] = bench_images(args.images)
    if args.dedup:
        from bench_dedup import bench_dedup

        report["dedup"] = bench_dedup(args.dedup)
    if args.loader:
        report["loader"] = bench_loader(args.loader)
    if args.scaleout:
        report["scaleout"] = bench_scaleout(args.scaleout, rounds=args.rounds, ray_address=args.ray_address)
    if args.memory:
        report["memory"] = bench_memory([int(x) for x in args.memory.split(",")])
    if args.liveblog:
        report["liveblog"] = bench_liveblog(args.liveblog)
    if args.preview:
        from bench_preview import bench_preview

        report["preview"] = bench_preview(args.preview)
    if not report:
        ap.print_help()
        return 2
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
