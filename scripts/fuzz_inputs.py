"""Fuzz the per-input stages with mutated WARC, WACZ, JSON, HTML, MHTML, Safari web archive and HAR files.

    python scripts/fuzz_inputs.py 1200                # 1,200 mutated files (as many of each seed)
    python scripts/fuzz_inputs.py 300 --seed 7 --time-limit 5 --keep /tmp/fuzz-failures

Seed files are made here from the bundled demo articles (a gzip-per-record WARC, a WARC gzipped as one
stream, a plain WARC, a WACZ, a JSON-lines file, a JSON array, a saved HTML page, an MHTML file, a
Safari web archive, a HAR file). Each mutant (bytes flipped, zeroed, cut, repeated, deleted, a gzip or
WARC header spliced in) goes through ingest -> extract -> pair -> normalize -> annotate -> filter
exactly as a build runs it (phase1.guarded_records + document_records) with its own ledger, under a
per-file time limit. It reports hangs (over the limit), aborts (an exception out of the stages) and
unbalanced counts (seen != kept + rejected); the exit status is 1 if any, else 0.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.config import BuildConfig  # noqa: E402
from corpus.ingest import read_input  # noqa: E402
from corpus.phase1 import document_records, guarded_records  # noqa: E402
from corpus.records import InputFile, RawDoc  # noqa: E402
from corpus.rejects import Ledger  # noqa: E402


class Hang(Exception):
    pass


def warc_bytes(pages: list[Path], gzipped: bool) -> bytes:
    """A WARC of the demo pages and their pictures, as a crawler writes it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzipped)
    for page in pages:
        url = f"https://news.example.org/{page.stem}"
        records = [(url, page.read_bytes(), "text/html; charset=utf-8")]
        folder = page.with_name(page.stem + "_files")
        for pic in sorted(folder.glob("*"))[:2] if folder.is_dir() else []:
            records.append((f"{url}_files/{pic.name}", pic.read_bytes(), "image/jpeg"))
        for target, body, ctype in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                target, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2026-01-02T03:04:05Z"}))  # the same seed every run
    return buf.getvalue()


def mhtml_bytes(page: Path) -> bytes:
    """The page and its pictures as one MHTML file, as Chrome saves it (the page quoted-printable)."""
    from email.message import EmailMessage

    url = f"https://news.example.org/{page.stem}"
    msg = EmailMessage()
    msg["From"] = "<Saved by Blink>"
    msg["Snapshot-Content-Location"] = url
    msg.make_related()
    msg.add_related(page.read_text(encoding="utf-8"), subtype="html", cte="quoted-printable",
                    headers=[f"Content-Location: {url}"])
    folder = page.with_name(page.stem + "_files")
    for pic in sorted(folder.glob("*"))[:2] if folder.is_dir() else []:
        msg.add_related(pic.read_bytes(), "image", "jpeg", headers=[f"Content-Location: {url}_files/{pic.name}"])
    msg.set_boundary("----MultipartBoundary--seed----")  # the same seed every run
    return msg.as_bytes()


def webarchive_bytes(page: Path) -> bytes:
    """The page and its pictures as a Safari web archive (a binary property list)."""
    import plistlib

    url = f"https://news.example.org/{page.stem}"
    folder = page.with_name(page.stem + "_files")
    subs = [{"WebResourceData": pic.read_bytes(), "WebResourceMIMEType": "image/jpeg",
             "WebResourceURL": f"{url}_files/{pic.name}"} for pic in (sorted(folder.glob("*"))[:2]
                                                                      if folder.is_dir() else [])]
    main = {"WebResourceData": page.read_bytes(), "WebResourceMIMEType": "text/html",
            "WebResourceTextEncodingName": "UTF-8", "WebResourceURL": url}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": subs}, fmt=plistlib.FMT_BINARY)


def wacz_bytes(warc: bytes) -> bytes:
    """A WACZ holding the WARC, stored under archive/ as browser-based crawlers write it."""
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("archive/data.warc.gz", (2026, 1, 2, 3, 4, 5)), warc)  # the same seed every run
        zf.writestr(zipfile.ZipInfo("datapackage.json", (2026, 1, 2, 3, 4, 5)), '{"profile": "data-package"}')
    return buf.getvalue()


def har_bytes(page: Path) -> bytes:
    """The page and its pictures as a HAR file, as a browser's developer tools save it with content."""
    import base64

    url = f"https://news.example.org/{page.stem}"
    folder = page.with_name(page.stem + "_files")
    entries = [{"request": {"url": url}, "response": {"status": 200, "content": {
        "mimeType": "text/html", "text": page.read_text(encoding="utf-8")}}}]
    entries += [{"request": {"url": f"{url}_files/{pic.name}"}, "response": {"status": 200, "content": {
        "mimeType": "image/jpeg", "text": base64.b64encode(pic.read_bytes()).decode(), "encoding": "base64"}}}
        for pic in (sorted(folder.glob("*"))[:2] if folder.is_dir() else [])]
    return json.dumps({"log": {"version": "1.2", "entries": entries}}, indent=1).encode()


def seeds() -> dict[str, bytes]:
    pages = sorted((ROOT / "corpus" / "demo" / "articles").glob("*.html"))[:3]
    lines = [json.dumps({"url": f"https://news.example.org/{p.stem}", "html": p.read_text(encoding="utf-8")})
             for p in pages]
    return {"warc.gz": warc_bytes(pages, True), "warc": warc_bytes(pages, False),
            "wacz": wacz_bytes(warc_bytes(pages, True)),
            "stream.warc.gz": gzip.compress(warc_bytes(pages, False), mtime=0),
            "jsonl": ("\n".join(lines) + "\n").encode(), "json": ("[\n" + ",\n".join(lines) + "\n]").encode(),
            "html": pages[0].read_bytes(),
            "mhtml": mhtml_bytes(pages[0]), "webarchive": webarchive_bytes(pages[0]), "har": har_bytes(pages[0])}


def mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        op = rng.choice(("flip", "zero", "cut", "repeat", "delete", "splice"))
        at = rng.randrange(len(b)) if b else 0
        if op == "flip" and b:
            b[at] ^= 1 << rng.randrange(8)
        elif op == "zero":
            b[at:at + rng.randint(1, 64)] = bytes(min(64, len(b) - at))
        elif op == "cut":
            del b[at:]
        elif op == "repeat":
            b[at:at] = b[at:at + rng.randint(1, 512)]
        elif op == "delete":
            del b[at:at + rng.randint(1, 256)]
        elif op == "splice":
            b[at:at] = rng.choice((b"\x1f\x8b\x08\x00", b"\r\nWARC/1.0\r\n", b"\x00", b"\xff\xfe", b"{" * 50))
    return bytes(b)


def run_one(path: Path, root: Path, cfg: BuildConfig, limit: float) -> tuple[str, str]:
    """('ok' | 'hang' | 'abort' | 'unbalanced', detail)"""
    def on_alarm(signum, frame):
        raise Hang()

    ledger = Ledger()
    inp = InputFile(path=str(path), root=str(root), rel=path.name)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        for item in guarded_records(inp, cfg, ledger, read_input):
            if isinstance(item, RawDoc):
                document_records(item, cfg, ledger)
    except Hang:
        return "hang", f"over {limit} s"
    except Exception as e:  # noqa: BLE001 - what the fuzzer looks for
        return "abort", f"{type(e).__name__}: {e}"[:200]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    problems = ledger.unbalanced()
    return ("unbalanced", "; ".join(problems)) if problems else ("ok", "")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="number of mutated files to run")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--time-limit", type=float, default=10.0, help="seconds allowed per file (default 10)")
    ap.add_argument("--keep", type=Path, help="copy the files that failed into this folder")
    args = ap.parse_args(argv)
    import logging

    logging.disable(logging.CRITICAL)  # internal_error rejects log a traceback each: expected here
    rng = random.Random(args.seed)
    base = seeds()
    cfg = BuildConfig()
    outcome: dict[str, dict[str, int]] = {}
    failures, slowest = [], (0.0, "")
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for i in range(args.n):
            kind = list(base)[i % len(base)]
            path = root / f"fuzz-{i:05d}.{kind}"
            path.write_bytes(mutate(base[kind], rng))
            t = time.perf_counter()
            status, detail = run_one(path, root, cfg, args.time_limit)
            took = time.perf_counter() - t
            slowest = max(slowest, (took, path.name))
            outcome.setdefault(kind, {}).setdefault(status, 0)
            outcome[kind][status] += 1
            if status != "ok":
                failures.append({"file": path.name, "status": status, "detail": detail})
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    (args.keep / path.name).write_bytes(path.read_bytes())
            path.unlink()
    report = {"files": args.n, "seconds": round(time.perf_counter() - t0, 1), "by_kind": outcome,
              "slowest_file_s": round(slowest[0], 2), "failures": failures[:50]}
    print(json.dumps(report, indent=2))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
