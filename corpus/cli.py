"""The `corpus` command: argument parsing, config overrides, summaries and exit codes (the table of
exit codes is corpus.exit_codes, shown in every --help)."""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import signal
import sys
import threading
from pathlib import Path

from . import __version__
from . import exit_codes
from .exit_codes import INTERNAL as EXIT_INTERNAL
from .exit_codes import BuildError
from .exit_codes import OK as EXIT_OK
from .exit_codes import REFUSED as EXIT_INCOMPLETE
from .exit_codes import USAGE as EXIT_USAGE

MAX_INTERNAL_SHARE = 0.01  # above 1% of inputs failing unexpectedly, the release is not trustworthy


class _WrongVersionFlag(argparse.Action):
    """`corpus build --version`: the release version is --release-version; `corpus --version` is the tool's."""

    def __call__(self, parser, namespace, values, option_string=None):
        parser.error("--version is the tool's version (`corpus --version`); give the release's version with "
                     "--release-version X.Y.Z")


def add_subcommand(sub, name: str, help: str, description: str, epilog: str = "") -> argparse.ArgumentParser:
    """A subcommand whose --help ends with the exit-code table and that takes -v after its name too."""
    p = sub.add_parser(name, help=help, description=description, formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog=(epilog + "\n\n" if epilog else "") + exit_codes.table_text())
    # SUPPRESS: without -v here, the value given before the subcommand (or its default) stands
    p.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                   help="log details (each picture not fetched, each input read)")
    return p


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="corpus", description="Turn news articles into an image-caption dataset "
                                "that datasets.load_dataset loads. `corpus COMMAND --help` explains each command.",
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=exit_codes.table_text())
    p.add_argument("--version", action="version", version=f"caption-corpus {__version__}",
                   help="print the version of this tool (a release's version is `build --release-version`)")
    p.add_argument("-v", "--verbose", action="store_true", help="log details (each picture not fetched, each input read)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_build_parser(sub)

    e = add_subcommand(sub, "extract", help="print one JSON line per figure found in pages (inspection, scoring)",
                       description="Print one JSON line per in-article figure found in each page: page (the file), "
                       "record (which of the file's articles: a WARC record's offset, a JSON line and item; null for "
                       "a file that is one article), src (the "
                       "image address as written in the page), url (that address resolved against the page's "
                       "canonical URL or --base-url; as written where neither is known; null for a picture saved "
                       "beside the page in its _files folder, whose web address the saved page no longer gives, and "
                       "for a file: address), caption, credit, alt, position (src and url are null for a caption "
                       "without a picture address, as in plain-text scrapes; a Markdown scrape's picture lines "
                       "give theirs). Nothing is written; what could not be "
                       "read is named on stderr.")
    e.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                   help="HTML pages, MHTML files, Safari web archives, WARC, WACZ or HAR archives, JSON lines or "
                        "text scrapes (files or folders)")
    e.add_argument("--base-url", help="resolve relative image URLs against this URL where the page names no "
                   "canonical URL (the url field)")
    e.add_argument("--preview", type=Path, metavar="OUT.html",
                   help="also write one HTML page showing each figure kept (caption, credit, alt and the markup it "
                        "came from) and each candidate rejected with its reason: to understand a miss on a site "
                        "(one HTML page as PATH)")

    pv = add_subcommand(sub, "preview", help="write a static site to look at a release (pairs, captions, rejects)",
                        description="Write a self-contained static site of a release: a grid of pairs with "
                        "thumbnails (made here, small JPEGs), text-only captions, articles and rejects grouped by "
                        "stage and reason, with filters, a caption search and the release's summary numbers. It "
                        "opens from file:// (no server, no network). Configs larger than --sample rows are "
                        "sampled per site and split (rejects: per stage and reason); the page says so.")
    pv.add_argument("dir", type=Path, metavar="RELEASE", help="release directory (from `corpus build`)")
    pv.add_argument("--out", type=Path, metavar="DIR", help="where to write the site (default: RELEASE-preview "
                    "beside the release). Replaced as a whole, so it must be new, empty or an earlier preview; "
                    "a folder holding other files, or the release, is refused")
    pv.add_argument("--sample", type=int, default=2000, metavar="N",
                    help="rows shown per config (default 2000): a config with more is sampled to about N, per site "
                         "and split with at least one row of each, so more than N where it has more than N of "
                         "them (rejects: per stage and reason)")
    pv.add_argument("--seed", type=int, default=0, metavar="S", help="seed of the sample (default 0)")
    pv.add_argument("--no-progress", action="store_true",
                    help="no progress bars (they are drawn only when stderr is a terminal)")

    s = add_subcommand(sub, "stats", help="kept/rejected per stage and reason of a release, with examples",
                       description="Print a release's rows per config and split and, per stage, what was seen, "
                       "kept and rejected and why, with example rejects and where they came from.")
    s.add_argument("dir", type=Path, metavar="DIR", help="release directory (from `corpus build`)")
    s.add_argument("--examples", type=int, default=3, metavar="N",
                   help="example rejects shown per reason, 0 or more (default 3)")
    s.add_argument("--json", action="store_true",
                   help="print one JSON object (version, rows, stages, missing pictures, examples) instead")

    d = add_subcommand(sub, "diff", help="ids added, removed and changed between two releases",
                       description="Compare two releases by row id: added, removed, changed (same id, other "
                       "caption or picture; the other columns, such as credit or context, are not compared) "
                       "and moved to another split. One line per id after the counts.")
    d.add_argument("old", type=Path, metavar="OLD_DIR", help="the earlier release directory")
    d.add_argument("new", type=Path, metavar="NEW_DIR", help="the later release directory")
    d.add_argument("--changelog", type=Path, metavar="FILE", help="also write the CHANGELOG markdown here")

    from .publish.hub import add_publish_parser

    add_publish_parser(sub, add_subcommand)

    v = add_subcommand(sub, "verify", help="check every checksum and row count of a release",
                       description="Re-read a release: every shard's sha256 and row count against the manifest, "
                       "and the row counts per config and split. Prints each problem, then OK or the count.")
    v.add_argument("dir", type=location, metavar="DIR",
                   help="release directory (from `corpus build`), or its s3:// URL (downloaded to a temporary "
                        "folder and checked there)")
    return p


def location(text: str):
    """A path, or an s3:// (fsspec) URL kept as written (Path would fold its '//')."""
    from .storage import is_url

    return text if is_url(text) else Path(text)


def add_build_parser(sub) -> None:
    b = add_subcommand(sub, "build", help="build a release directory from sources",
                       description="Build one release: SOURCES are files, directories, globs, @list files or "
                       "'-' (paths on stdin). HTML pages, saved pages with their _files/ folders, MHTML files, "
                       "Safari web archives, WARC(.gz) and WACZ crawls, HAR files, JSON lines or documents and "
                       "plain-text scrapes are detected by content. No SOURCES: the bundled demo.",
                       epilog="Rejects are normal: every dropped item is in the release's rejects config with its "
                       "reason; `corpus stats OUT` lists them.")
    b.add_argument("sources", nargs="*", metavar="SOURCES", help="inputs (none: the bundled demo sources)")
    b.add_argument("--out", required=True, type=location, metavar="DIR",
                   help="release directory (replaced atomically; never read as input, even inside SOURCES), or "
                        "an s3:// URL (pip install -e '.[s3]': built in the cache, then uploaded, manifest last)")
    b.add_argument("--release-version", dest="release_version", metavar="X.Y.Z",
                   help="the release's version; it only moves forward, rows added need at least a minor bump")
    b.add_argument("--version", nargs="?", action=_WrongVersionFlag, help=argparse.SUPPRESS)
    b.add_argument("--config", type=Path, metavar="TOML", help="TOML build config (see config.example.toml)")
    b.add_argument("--cache-dir", type=location, metavar="DIR",
                   help="phase-1 and image cache (default: user cache dir); an s3:// URL is copied down before "
                        "the build and uploaded after it")
    b.add_argument("--base-url", help="resolve relative image URLs of pages without a canonical URL")
    b.add_argument("--fetch-images", action="store_true",
                   help="download pictures found nowhere locally (network; robots.txt obeyed, one host at a time)")
    b.add_argument("--allow-private-hosts", action="store_true", help="let the fetcher reach private addresses")
    b.add_argument("--max-side", type=int, metavar="PX", help="resize pictures so their longest side is at most PX")
    b.add_argument("--train-size", type=int, metavar="PX",
                   help="train-ready pictures: shrink so the short side is PX (aspect kept, re-encoded), e.g. 256 "
                        "for 224 px crops; smaller pictures keep their size")
    b.add_argument("--license", help="license id for the card (e.g. cc-by-4.0, other)")
    b.add_argument("--previous", type=Path, metavar="OLD_DIR",
                   help="previous release: its rows keep their split and kept/duplicate status")
    b.add_argument("--exclude-ids", type=Path, metavar="FILE",
                   help="takedown list: one row id per line, removed and recorded in the rejects")
    b.add_argument("--workers", type=int, default=1, metavar="N",
                   help="workers for the per-input and per-picture work (the output does not depend on N); "
                        "more than 1 needs --executor processes (the default then) or ray")
    b.add_argument("--executor", choices=("serial", "processes", "ray"),
                   help="where that work runs: here, in local processes (the default when --workers > 1) or "
                        "as Ray tasks (pip install -e '.[ray]'); the release is the same bytes whichever")
    b.add_argument("--ray-address", metavar="ADDR",
                   help="with --executor ray: join this Ray cluster (e.g. auto, ray://head:10001) instead of "
                        "starting a local one; its workers must see the same input, cache and output paths")
    b.add_argument("--overwrite", action="store_true",
                   help="replace the release in --out whatever its version (releases are otherwise immutable: "
                        "a version only moves forward, rows added need at least a minor bump)")
    b.add_argument("--strict", action="store_true", help="stop on the first unexpected error (debugging)")
    b.add_argument("--no-progress", action="store_true",
                   help="no progress bars (they are drawn only when stderr is a terminal)")


def overrides_from(args) -> dict:
    o: dict = {}
    if args.base_url:
        o.setdefault("extract", {})["base_url"] = args.base_url
    if args.fetch_images:
        o.setdefault("images", {})["fetch"] = True
    if args.allow_private_hosts:
        o.setdefault("images", {})["allow_private_hosts"] = True
    if args.max_side is not None:
        o.setdefault("images", {})["max_side"] = args.max_side
    if args.train_size is not None:
        o.setdefault("images", {})["train_size"] = args.train_size
    if args.license:
        o.setdefault("write", {})["license"] = args.license
    if args.release_version:
        o.setdefault("write", {})["version"] = args.release_version
    if args.strict:
        o["strict"] = True
    return o


def cmd_build(args) -> int:
    from .config import ConfigError, load_config
    from .pipeline import BuildError, build

    try:
        cfg = load_config(args.config, overrides_from(args))
    except ConfigError as e:
        print(f"corpus build: {e}", file=sys.stderr)
        return EXIT_USAGE
    stdin = sys.stdin
    if "-" in map(str, args.sources):
        # read whole before any work, so that its paths are checked as command-line paths are; the build
        # holds every input's name before its first stage anyway
        try:
            stdin = io.StringIO(sys.stdin.read())
        except UnicodeDecodeError as e:
            print(f"corpus build: the paths on stdin are not text: {e.reason} at byte {e.start}", file=sys.stderr)
            return EXIT_USAGE
    problem = argument_problem(args) or listed_paths_problem(args.sources, stdin)
    if problem:
        print(f"corpus build: {problem}", file=sys.stderr)
        return EXIT_USAGE
    skip_pandas_probe()
    sources = [str(x) for x in args.sources]
    if not sources:
        from .demo import demo_config, source_dirs

        sources = [str(d) for d in source_dirs()]
        if args.config is None:
            try:
                cfg = load_config(demo_config(), overrides_from(args))
            except ConfigError as e:
                print(f"corpus build: {e}", file=sys.stderr)
                return EXIT_USAGE
    try:
        report = build(sources, args.out, cfg, cache_dir=args.cache_dir, progress=not args.no_progress,
                       stdin=stdin, previous=args.previous, exclude_ids=read_id_list(args.exclude_ids),
                       workers=args.workers, overwrite=args.overwrite, executor=args.executor,
                       ray_address=args.ray_address)
    except BuildError as e:
        print(f"corpus build: {e}", file=sys.stderr)
        return e.code
    print(summary_text(report.manifest, report.out, report.cached_inputs, report.unchanged, report.repaired))
    return exit_code(report.manifest)


class _NoPandas:
    """A meta path finder that refuses pandas (for skip_pandas_probe only)."""

    def find_spec(self, name, path=None, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ImportError("pandas is not used by corpus build")
        return None


def skip_pandas_probe() -> None:
    """pyarrow asks, once per process, whether pandas is installed, on the first pa.array() of a list,
    by importing it: 0.3 s, an eighth of a 10-article rebuild, to learn whether a list is a pandas
    object. The build process hands pyarrow only lists and dicts, so let that one probe find no pandas.
    pyarrow retries the import when pandas is really asked for (to_pandas), and parquet bytes are the
    same either way (tested)."""
    if "pandas" in sys.modules:
        return
    import pyarrow as pa

    blocker = _NoPandas()
    sys.meta_path.insert(0, blocker)
    try:
        pa.array([0])
    finally:
        sys.meta_path.remove(blocker)


def argument_problem(args) -> str | None:
    """What is wrong with the paths given, found before any work is done (nothing is written)."""
    from .storage import is_url, missing_filesystem

    for url in [str(x) for x in (*args.sources, args.out, args.cache_dir) if x is not None and is_url(str(x))]:
        missing = missing_filesystem(url)  # gs:// without gcsfs: what to install, not a storage failure
        if missing:
            return missing
    for source in map(str, args.sources):
        missing = missing_source(source)
        if missing:
            return missing
    if isinstance(args.out, Path) and args.out.exists() and not args.out.is_dir():
        return f"--out {args.out} is a file; give a directory for the release"
    for flag, folder, what in (("--out", args.out, "the release"), ("--cache-dir", args.cache_dir, "the cache")):
        blocker = file_in_the_way(folder) if isinstance(folder, Path) else None
        if blocker is not None:  # a path mistake, not a disk that refuses: found before any work
            return f"{flag} {folder}: {blocker} is a file, not a folder; give a directory for {what}"
    if args.previous and not (args.previous / "manifest.json").is_file():
        return f"--previous {args.previous} is not a caption-corpus release (no manifest.json)"
    if args.exclude_ids and not args.exclude_ids.is_file():
        return f"--exclude-ids {args.exclude_ids}: no such file (one row id per line)"
    if args.workers < 1:
        return "--workers must be at least 1"
    from .executors import executor_problem

    return executor_problem(args.executor, args.workers, args.ray_address)


def file_in_the_way(folder: Path) -> Path | None:
    """The file that folder, or the nearest of its parents that exists, is, where it is no folder: the
    build would have to make a folder where a file is."""
    for path in (folder, *folder.parents):
        if os.path.lexists(path):
            return None if path.is_dir() else path
    return None


def missing_source(source: str) -> str | None:
    """A source that names nothing: a path that does not exist, a glob that matches nothing, a missing
    @list file."""
    import glob

    from .storage import is_url

    if source == "-" or is_url(source):
        return None  # stdin, or a URL: listed when the build starts
    if source.startswith("@"):
        return None if os.path.isfile(source[1:]) else f"{source}: no such list file"
    if os.path.lexists(source):
        return None
    if glob.has_magic(source):
        return None if glob.glob(source, recursive=True) else f"{source}: the pattern matches no file"
    return f"{source}: no such file or directory"


def listed_paths_problem(sources, stdin: io.StringIO | None) -> str | None:
    """Paths named in an @list file or on stdin ('-') that do not exist: a usage error, as for a path on
    the command line, said before any work (naming the first few) rather than left as rejects of a build
    that exits 0. Entries resolve as the build resolves them: a relative one in a list from the list's
    folder, one on stdin from the working directory. A list that cannot be read is left to the build,
    which records it as a reject."""
    from .ingest.sources import _listed

    for source in map(str, sources):
        if source == "-" and stdin is not None:
            entries = list(_listed(stdin.getvalue().splitlines()))
            base, where = "", "stdin ('-')"
        elif source.startswith("@") and os.path.isfile(source[1:]):
            try:
                with open(source[1:], encoding="utf-8") as fh:
                    entries = list(_listed(fh))
            except (OSError, UnicodeDecodeError):
                continue
            base, where = os.path.realpath(os.path.dirname(os.path.abspath(source[1:]))), source
        else:
            continue
        missing = [entry for entry in entries if not os.path.lexists(os.path.join(base, entry))]
        if missing:
            shown = ", ".join(missing[:3]) + (", ..." if len(missing) > 3 else "")
            some = "1 path that does not exist" if len(missing) == 1 else f"{len(missing)} paths that do not exist"
            return f"{where} lists {some} ({shown}); fix or remove {'it' if len(missing) == 1 else 'them'}"
    return None


def read_id_list(path: Path | None) -> set[str]:
    if path is None:
        return set()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as e:
        raise BuildError(f"--exclude-ids {path} is not UTF-8 text (one id a line): {e.reason} at byte {e.start}",
                         code=2) from None
    except OSError as e:
        raise BuildError(f"--exclude-ids {path} cannot be read: {e.strerror or e}", code=2) from None
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def exit_code(manifest: dict) -> int:
    rows = manifest["rows"]
    if not sum(rows.get("default", {}).values()) and not sum(rows.get("text_only", {}).values()):
        print("corpus build: nothing kept (no row in default nor text_only); see the rejects above",
              file=sys.stderr)
        return EXIT_INCOMPLETE
    internal = sum(c["rejected"].get("internal_error", 0) for c in manifest["stages"].values())
    if internal > MAX_INTERNAL_SHARE * max(1, manifest["stages"]["ingest"]["seen"]):
        print(f"corpus build: {internal} internal errors; see the rejects config", file=sys.stderr)
        return EXIT_INTERNAL
    return EXIT_OK


def summary_text(manifest: dict, out: Path, cached: int = 0, unchanged: bool = False,
                 repaired: list[str] = ()) -> str:
    lines = [f"release {manifest['version']} in {out}" + ("  (unchanged: same content)" if unchanged else "")]
    if repaired:
        lines.append(f"  repaired: the copy there was damaged ({len(repaired)} problem(s), e.g. {repaired[0]}); "
                     "this build's identical copy replaced it")
    lines.append(f"inputs: {len(manifest['inputs'])} files ({cached} from cache)")
    for config, splits in manifest["rows"].items():
        lines.append(f"  {config:<10} " + "  ".join(f"{s}={n}" for s, n in splits.items()))
    from .publish.card import left_out

    if left_out(manifest):
        lines.append("  empty (left out of the card): " + ", ".join(left_out(manifest)))
    from .stats import stage_table

    notes = [line for line in (takedown_line(manifest), missing_pictures_line(manifest)) if line]
    return "\n".join(lines + stage_table(manifest["stages"]) + notes)


def takedown_line(manifest: dict) -> str | None:
    """What --exclude-ids did, and loudly the listed ids that matched nothing (a typo leaves a row in)."""
    t = manifest.get("takedown")
    if not t:
        return None
    line = f"takedown: {t['removed']} rows removed for {t['listed']} ids listed in --exclude-ids"
    if t["unmatched"]:
        shown = ", ".join(t["unmatched"][:5]) + (", ..." if len(t["unmatched"]) > 5 else "")
        line += (f"; WARNING: {len(t['unmatched'])} listed ids matched no row this build would release ({shown}): check them "
                 "against the id column (all are in the manifest under takedown.unmatched)")
    return line


def missing_pictures_line(manifest: dict) -> str | None:
    """One line at the end of a build with captions but no pictures for them: how many, why, what to do."""
    text_rows = sum(manifest["rows"].get("text_only", {}).values())
    causes = manifest.get("missing_pictures") or {}
    if not text_rows or not causes:
        return None
    why = []
    if causes.get("remote_not_fetched"):
        why.append(f"{causes['remote_not_fetched']} are on the web only (not saved, not in an archive given, and "
                   "fetching is off: add --fetch-images to download them)")
    if causes.get("missing_file"):
        why.append(f"{causes['missing_file']} are saved-page files missing under the input folder (save the pages "
                   "with their _files folders, or give the folder they are in)")
    failed, refused = causes.get("fetch_failed", 0), causes.get("fetch_refused", 0)
    if failed or refused:
        # a refusal is not only robots.txt or the address: a page served where a picture should be is one too
        how = ([f"{failed} failed: an HTTP error, a timeout or no network"] if failed else []) + (
            [f"{refused} refused: by robots.txt, for their address or URL scheme, or for a content type that is "
             "not an image"] if refused else [])
        why.append(f"{failed + refused} could not be fetched ({'; '.join(how)}; run with -v for each, and build "
                   "again if the network was down)")
    if causes.get("no_url"):
        why.append(f"{causes['no_url']} have no usable URL")
    pairs = sum(manifest["rows"].get("default", {}).values())
    # the causes are counted where the pictures were looked for, before duplicates and takedowns went: say so
    # where they add up to more than text_only holds, or the two numbers of this line disagree
    counted = sum(causes.values())
    found = ("of the pictures not found, " if counted == text_rows else
             f"of the {counted} pictures not found (counted before duplicate and taken-down captions were dropped), ")
    return (f"note: {text_rows} captions have no picture, so they are in text_only ({pairs} image-caption pairs); "
            + found + "; ".join(why) + ".")


def cmd_extract(args) -> int:
    from .config import BuildConfig, ExtractConfig
    from .extract import extract_article
    from .ingest import expand_sources, read_input
    from .normalize import normalize_text, strip_caption_marker
    from .phase1 import guarded_records
    from .records import RawDoc
    from .rejects import Ledger

    for path in args.paths:
        missing = missing_source(str(path))
        if missing:
            print(f"corpus extract: {missing}", file=sys.stderr)
            return EXIT_USAGE
    if args.preview and (len(args.paths) != 1 or not args.paths[0].is_file()):
        print("corpus extract: --preview shows one page: give one HTML file", file=sys.stderr)
        return EXIT_USAGE
    problem = args.preview and output_file_problem("--preview", args.preview)
    if problem:
        print(f"corpus extract: {problem}", file=sys.stderr)
        return EXIT_USAGE
    ledger = Ledger()
    cfg = ExtractConfig(base_url=args.base_url)
    # No input hashes: extract prints no ids, and hashing costs a full extra read of every file. An
    # empty hash would make read_input hash the file anyway, so a marker stands in for it.
    for inp in expand_sources([str(p) for p in args.paths], ledger, hash_file=lambda path: "unhashed"):
        # (an unexpected error in one file's reader is named on stderr as the build records it; the others go on)
        for doc in guarded_records(inp, BuildConfig(), ledger, read_input):
            article = extract_article(doc, cfg, ledger) if isinstance(doc, RawDoc) else None
            if args.preview and isinstance(doc, RawDoc):
                from .preview import write_extract_preview

                existed = args.preview.exists()
                try:
                    write_extract_preview(Path(inp.path), doc.content, article,
                                          [r for r in ledger.rows if r["stage"] in ("extract", "figures")],
                                          args.preview)
                except OSError as e:  # read-only, disk full, /proc: what went wrong, exit 6
                    return write_failed("extract", "--preview", args.preview, existed, e)
            for fig in article.figures if article else []:
                caption = normalize_text(fig.caption)
                # src as written in the page, url resolved (against --base-url where the page names no
                # canonical URL): printing only src hid what --base-url did
                row = {"page": Path(inp.path).name, "record": doc.ref.locator or None, "src": fig.src, "url": fig.url,
                       "caption": strip_caption_marker(caption) if caption else None,
                       "credit": normalize_text(fig.credit), "alt": normalize_text(fig.alt),
                       "position": fig.position}
                print(json.dumps(row, ensure_ascii=False))
    for row in ledger.rows:
        if row["stage"] in ("ingest", "extract"):
            print(f"corpus extract: {row['source']}: {row['reason']} {row['detail']}", file=sys.stderr)
    return EXIT_OK


def cmd_preview(args) -> int:
    from .preview import write_preview
    from .preview.site import out_problem

    if not_a_release("preview", args.dir):
        return EXIT_USAGE
    if args.sample < 1:
        print("corpus preview: --sample must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    out = args.out or args.dir.absolute().with_name(args.dir.absolute().name + "-preview")
    problem = out_problem(args.dir, out)  # before any work: out is replaced as a whole
    blocker = file_in_the_way(out.parent)
    if blocker is not None:
        problem = problem or f"--out {out}: {blocker} is a file, not a folder; give a new or empty folder"
    if problem:
        print(f"corpus preview: {problem}", file=sys.stderr)
        return EXIT_USAGE
    try:
        meta = write_preview(args.dir, out, args.sample, args.seed, progress=not args.no_progress)
    except OSError as e:
        if e.filename and Path(os.path.abspath(e.filename)).is_relative_to(args.dir.absolute()):
            raise  # reading the release, not writing the site: not a storage failure of the output
        return write_failed("preview", "the preview in", out, True, e)  # its temporary folder is removed
    shown = ", ".join(f"{c} {m['shown']} of {m['total']}" for c, m in meta["configs"].items())
    print(f"preview of {args.dir} in {out}: open {out / 'index.html'} in a browser ({shown} rows)")
    missing = meta["configs"]["default"]["no_thumbnail"]
    if missing:  # a damaged release: said here, and on each card, not only in a log
        why = ", ".join(f"{n} where {reason}" for reason, n in sorted(missing.items()))
        print(f"corpus preview: {sum(missing.values())} pair(s) shown without a thumbnail ({why}); "
              f"`corpus verify {args.dir}` checks the release", file=sys.stderr)
    return EXIT_OK


def not_a_release(command: str, path: Path) -> bool:
    """True (and says so on stderr) when path holds no release: the usage error of every reading command."""
    if (path / "manifest.json").is_file():
        return False
    print(f"corpus {command}: {path} is not a release (no manifest.json)", file=sys.stderr)
    return True


def cmd_stats(args) -> int:
    from .stats import print_stats

    if not_a_release("stats", args.dir):
        return EXIT_USAGE
    if args.examples < 0:  # was taken as 0: a typo for a count must not pass as "no examples"
        print("corpus stats: --examples must be at least 0", file=sys.stderr)
        return EXIT_USAGE
    print_stats(args.dir, args.examples, as_json=args.json)
    return EXIT_OK


def cmd_verify(args) -> int:
    from .finish import restore_aside
    from .verify import verify_release

    if isinstance(args.dir, str):
        return verify_url(args.dir)
    if not args.dir.exists() and restore_aside(args.dir.absolute()):
        print(f"note: {args.dir} was missing after an interrupted build; the release set aside was restored",
              file=sys.stderr)
    if not_a_release("verify", args.dir):
        return EXIT_USAGE
    problems = verify_release(args.dir)
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return EXIT_OK if not problems else EXIT_INCOMPLETE


def verify_url(url: str) -> int:
    """`corpus verify s3://...`: the release is downloaded to a temporary folder and checked there."""
    import tempfile

    from .storage import StorageError, mirror
    from .verify import verify_release

    with tempfile.TemporaryDirectory(prefix="corpus-verify-") as tmp:
        local = Path(tmp) / "release"
        refused = []
        try:
            mirror(url, local, lambda key, why, _: refused.append(f"{key}: {why}"))
        except StorageError as e:  # not reached (5), no filesystem for the scheme (2), refused (6)
            print(f"corpus verify: {e}", file=sys.stderr)
            return e.code
        if not (local / "manifest.json").is_file():
            print(f"corpus verify: {url} is not a release (no manifest.json)", file=sys.stderr)
            return EXIT_USAGE
        problems = refused + verify_release(local)
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return EXIT_OK if not problems else EXIT_INCOMPLETE


def cmd_publish(args) -> int:
    from .publish.hub import cmd_publish as publish

    return publish(args)


def cmd_diff(args) -> int:
    from .release import diff_releases, render_changelog

    if not_a_release("diff", args.old) or not_a_release("diff", args.new):
        return EXIT_USAGE
    problem = args.changelog and output_file_problem("--changelog", args.changelog)
    if problem:
        print(f"corpus diff: {problem}", file=sys.stderr)
        return EXIT_USAGE
    diff = diff_releases(args.old, args.new)
    print(f"{diff['from']} -> {diff['to']}: " + ", ".join(f"{len(diff[k])} {k}" for k in
                                                        ("added", "removed", "changed", "moved_split")))
    for kind in ("added", "removed", "changed", "moved_split"):
        for i in diff[kind]:
            print(f"{kind}\t{i}")
    if args.changelog:
        existed = args.changelog.exists()
        try:
            args.changelog.write_text(render_changelog(diff), encoding="utf-8")
        except OSError as e:  # read-only, disk full, /proc: what went wrong, exit 6
            return write_failed("diff", "--changelog", args.changelog, existed, e)
    return EXIT_OK


def output_file_problem(flag: str, path: Path) -> str | None:
    """Why a file cannot be written at path for a path mistake (exit 2), found before any work: path is a
    folder, a file stands where a folder of it should be, or its folder does not exist."""
    if path.is_dir():
        return f"{flag} {path} is a folder; give a file name"
    blocker = file_in_the_way(path.parent)
    if blocker is not None:
        return f"{flag} {path}: {blocker} is a file, not a folder"
    if not path.parent.is_dir():
        return f"{flag} {path}: no such folder {path.parent}"
    return None


def write_failed(command: str, what: str, path: Path, existed: bool, e: OSError) -> int:
    """One line for an output that could not be written (read-only, no permission, disk full), exit 6:
    the same code as a build's, for every subcommand. A file this command created and could not finish
    is removed, as a build removes its temporary files: no half page or changelog is left to be taken
    for a whole one."""
    if not existed and path.is_file():
        with contextlib.suppress(OSError):
            path.unlink()
    where = f" ({e.filename})" if e.filename and e.filename != str(path) else ""
    print(f"corpus {command}: cannot write {what} {path}: {e.strerror or e}{where}", file=sys.stderr)
    return exit_codes.STORAGE


COMMANDS = {"build": cmd_build, "extract": cmd_extract, "stats": cmd_stats, "verify": cmd_verify,
            "diff": cmd_diff, "publish": cmd_publish,
            "preview": cmd_preview}


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the program stands, so that it stops as Ctrl-C stops it: temporary releases
    removed, worker processes ended (they had stayed, with the half-written release, until the next build)."""


def _on_sigterm(main_pid: int):
    def handler(signum, frame):
        if os.getpid() != main_pid:  # a forked worker inherits the handler: it ends as it would have
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise Terminated()
    return handler


def main(argv: list[str] | None = None) -> int:
    if threading.current_thread() is not threading.main_thread():  # signal handlers belong to the main thread
        return run_command(argv)
    previous = signal.signal(signal.SIGTERM, _on_sigterm(os.getpid()))
    try:
        return run_command(argv)
    finally:  # a program that calls main() gets its own handler back
        signal.signal(signal.SIGTERM, previous)


def run_command(argv: list[str] | None = None) -> int:
    try:  # Ctrl-C right after Enter lands here, in the imports the parser's types make
        args = build_parser().parse_args(argv)
    except Terminated:
        return exit_codes.TERMINATED
    except KeyboardInterrupt:
        return exit_codes.INTERRUPTED
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return COMMANDS[args.command](args)
    except BuildError as e:  # what a command did not catch itself: a release it reads that is not one
        print(f"corpus {args.command}: {e}", file=sys.stderr)
        return e.code
    except Terminated:
        return exit_codes.TERMINATED
    except KeyboardInterrupt:
        return exit_codes.INTERRUPTED
    except BrokenPipeError:
        # `corpus extract page.html | head`: the reader left; not an error of ours, and no traceback.
        # Point stdout at devnull so the interpreter's final flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
