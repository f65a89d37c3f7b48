"""bench.py --preview N: a synthetic release of about N pair rows (N/2 saved pages with two photos each),
its preview site written with `corpus preview` (default --sample 2000), then opened in headless Chromium:
time to write the site, the site's size against the release's, the first view's render time measured in
the browser (navigation start to the first grid drawn), and the console errors (there should be none)."""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from pathlib import Path


def folder_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def first_view(site: Path) -> dict:
    """Opens the site in Chromium (Debian's package, driven by Playwright) and reads the page's own timing."""
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        return {"error": "no chromium on PATH"}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((site / "index.html").as_uri())
        page.wait_for_selector("#grid .card")
        timing = page.evaluate("window.previewTimings")
        cards = page.locator("#grid .card").count()
        page.wait_for_function("!document.querySelector('#status').textContent.includes('loading')", timeout=60000)
        status = page.locator("#status").inner_text()
        browser.close()
    return {"first_view_ms": round(timing["firstRenderMs"]), "cards_in_first_view": cards,
            "status_when_loaded": status, "console_errors": errors}


def bench_preview(rows: int, sample: int = 2000) -> dict:
    from make_synthetic_pages import make_corpus

    from corpus.cli import main as corpus_main

    with tempfile.TemporaryDirectory() as tmp:
        src, release, site = Path(tmp) / "src", Path(tmp) / "release", Path(tmp) / "site"
        make_corpus(src, rows // 2)
        t0 = time.perf_counter()
        assert corpus_main(["build", str(src), "--out", str(release), "--cache-dir", str(Path(tmp) / "cache"),
                            "--workers", "2", "--no-progress"]) in (0, 4)
        built = time.perf_counter() - t0
        t0 = time.perf_counter()
        assert corpus_main(["preview", str(release), "--out", str(site), "--sample", str(sample),
                            "--no-progress"]) == 0
        written = time.perf_counter() - t0
        manifest = json.loads((release / "manifest.json").read_text())
        report = {"pair_rows": sum(manifest["rows"]["default"].values()), "build_seconds": round(built, 1),
                  "preview_seconds": round(written, 1), "release_mb": round(folder_bytes(release) / 2**20, 1),
                  "preview_mb": round(folder_bytes(site) / 2**20, 2)}
        report["preview_share_of_release"] = round(folder_bytes(site) / folder_bytes(release), 4)
        report.update(first_view(site))
    return report


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("rows", type=int, nargs="?", default=20000, metavar="N",
                    help="pair rows of the synthetic release (N/2 pages of two photos; default 20000)")
    ap.add_argument("--sample", type=int, default=2000, metavar="N", help="the preview's --sample (default 2000)")
    args = ap.parse_args(argv)
    if args.rows < 2:
        ap.error("N must be at least 2")
    print(json.dumps(bench_preview(args.rows, args.sample), indent=2))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
