"""pipeline: wires the stages together in two phases and checks that every count adds up.

Phase 1 streams each input through ingest -> extract -> pair -> normalize -> annotate -> filter into a
spill file (cached by input hash, config and code: the incremental build) and a compact index.
Between the phases the images stage runs once per distinct picture, because a figure's image may sit
in another archive of the same build. Phase 2 makes the corpus-wide decisions (duplicate ids, dedup,
split groups) from the index, then streams the rows into shards in a fixed order.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
import pickle
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Iterator

from . import __version__
from .config import BuildConfig
from .records import (Article, DedupItem, DedupResult, ImageInfo, ImageRecord, InputFile, RawDoc, Redirect,
                      Sample, SourceRef)
from .rejects import Ledger, Reason, Rejected, StageCounts
from .workspace import Workspace, atomic_write_bytes, code_hash

from .executors import SerialExecutor

log = logging.getLogger(__name__)


class BuildError(RuntimeError):
    """The build could not produce a complete release; `code` is the CLI exit code."""

    def __init__(self, message: str, code: int = 3):
        super().__init__(message)
        self.code = code


@dataclass(slots=True)
class SampleEntry:
    """The index: what phase 2 needs of one sample, without its text or image bytes (a few hundred
    bytes a row); the full record is read back from its spill only to write the row."""

    article_id: str
    figure_index: int
    id: str
    input_no: int
    offset: int
    local: bool  # the article came from a file whose relative image paths may be opened
    image_src: str | None  # as found in the page
    image_url: str | None
    image_alternatives: tuple[str, ...]  # other URLs of the picture (srcset renditions, twins)
    published: datetime | None
    site: str | None
    language: str | None  # the article's
    caption_key: int  # exact-duplicate key of the caption's words (dedup.caption_key)


@dataclass
class Phase1Index:
    inputs: list[InputFile] = field(default_factory=list)
    spills: list[Path] = field(default_factory=list)
    reject_files: list[Path] = field(default_factory=list)
    samples: list[SampleEntry] = field(default_factory=list)
    spill_keys: list[str] = field(default_factory=list)  # per input: what decides its spill's content
    articles: list[tuple] = field(default_factory=list)  # (article_id, input_no, offset, published, site)
    images: dict[str, str] = field(default_factory=dict)  # url -> raw sha256 (archive images)
    redirects: dict[str, str] = field(default_factory=dict)  # url -> target url
    cached_inputs: int = 0


# ---------------------------------------------------------------- phase 1: per input

def phase1_salt(cfg: BuildConfig) -> str:
    """What besides the input decides a spill: the per-input stages' config and the code."""
    per_input = {k: cfg.to_dict()[k] for k in ("ingest", "extract", "pair", "filter")}
    return json.dumps([per_input, code_hash(), parser_versions()], sort_keys=True)


@functools.lru_cache(maxsize=1)
def parser_versions() -> dict:
    """Libraries whose upgrade can change what the per-input stages produce."""
    from importlib.metadata import version

    return {name: version(name) for name in ("lxml", "ftfy", "pycld2", "warcio")}


def phase1_key(inp: InputFile, salt: str) -> str:
    text = json.dumps([inp.sha256, inp.rel, salt])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def per_input_samples(article: Article, cfg: BuildConfig, ledger: Ledger) -> Iterator[Sample]:
    from . import annotate, filters, normalize, pair

    samples = pair.run([article], cfg.pair, ledger)
    samples = normalize.run(samples, ledger)
    samples = annotate.run(samples, ledger)
    return filters.run(samples, cfg.filter, ledger)


def unique_suffix() -> str:
    """host-pid: temporary names that no other process writes, on this machine or another of a cluster
    sharing the cache or output folder."""
    import socket

    return f"{socket.gethostname()}-{os.getpid()}"


def spill_input(inp: InputFile, cfg: BuildConfig, ws: Workspace, key: str) -> None:
    """Runs the per-input stages over one input and writes its spill, rejects and index."""
    from .ingest import read_input

    pkl, rej, idx = ws.spill_paths(key)
    # temporary names carry the pid: two builds sharing a cache never write the same file
    tmp_pkl, tmp_rej = (p.with_name(f".{p.name}.{unique_suffix()}.tmp") for p in (pkl, rej))
    index = SpillIndex()
    with open(tmp_pkl, "wb") as out, open(tmp_rej, "w", encoding="utf-8") as sink:
        ledger = Ledger(sink)
        for item in guarded_records(inp, cfg, ledger, read_input):
            if isinstance(item, RawDoc):
                for record in document_records(item, cfg, ledger):
                    index.add(record, out.tell())
                    pickle.dump(record, out, protocol=pickle.HIGHEST_PROTOCOL)
            elif isinstance(item, ImageRecord):
                index.images.append((item.url, ws.put_raw(item.content)))
            elif isinstance(item, Redirect):
                index.redirects.append((item.url, item.target))
    index.counts = ledger.counts_dict()
    os.replace(tmp_pkl, pkl)
    os.replace(tmp_rej, rej)
    # last: the index's presence marks a complete spill
    atomic_write_bytes(idx, pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))


@dataclass
class SpillIndex:
    """What phase 2 needs of one input's spill, read without unpickling its articles and samples."""

    counts: dict = field(default_factory=dict)  # stage -> StageCounts.as_dict()
    samples: list[tuple] = field(default_factory=list)  # SampleEntry fields, without input_no
    articles: list[tuple] = field(default_factory=list)  # (article_id, offset, published, site)
    images: list[tuple[str, str]] = field(default_factory=list)  # (url, raw sha256) of archived pictures
    redirects: list[tuple[str, str]] = field(default_factory=list)  # (url, target)

    def add(self, record: tuple, offset: int) -> None:
        from .dedup import caption_key

        if record[0] == "article":
            a: Article = record[1]
            self.articles.append((a.article_id, offset, a.published, a.site))
            return
        s: Sample = record[1]
        self.samples.append((s.article_id, s.figure_index, s.id, offset, record[2], s.image_src, s.image_url,
                             tuple(s.image_alternatives), s.article_published, s.site, s.article_language,
                             caption_key(s.caption)))


def document_records(doc: RawDoc, cfg: BuildConfig, ledger: Ledger) -> list[tuple]:
    """One document through extract -> pair -> normalize -> annotate -> filter, as spill records.

    The item boundary: the document's counts and rejects go to a scratch ledger that is merged only
    when the whole document went through, so an unexpected error becomes one internal_error reject
    of the document and every stage still balances."""
    from .annotate import annotate_article
    from .extract import extract_article
    from .ingest.files import excluded

    scratch = Ledger()
    try:
        article = extract_article(doc, cfg.extract, scratch, strict=cfg.strict)
        why = excluded(article.url, cfg.ingest) if article and article.url != doc.url else None
        if why:
            # a page whose own canonical URL is on the takedown list (WARC and JSON lines were checked at
            # ingest by their record URL): the whole page goes, its figures never counted
            ledger.see("extract")
            ledger.reject("extract", Reason.EXTRACT_EXCLUDED, doc.ref, why)
            return []
        if article:
            annotate_article(article)
        records = [("article", article)] if article else []
        local = doc.base_dir is not None
        if article:
            records += [("sample", s, local) for s in per_input_samples(article, cfg, scratch)]
    except Exception as e:  # noqa: BLE001 - one bad page must not stop a long build
        if cfg.strict:
            raise
        log.exception("internal error in %s", doc.ref.as_text())
        ledger.see("extract")
        ledger.reject("extract", Reason.INTERNAL_ERROR, doc.ref, f"{type(e).__name__}: {e}")
        return []
    ledger.merge(scratch)
    return records


def guarded_records(inp: InputFile, cfg: BuildConfig, ledger: Ledger, read_input):
    """read_input, with an unexpected error recorded as internal_error instead of ending the build."""
    try:
        yield from read_input(inp, cfg.ingest, ledger)
    except Exception as e:  # noqa: BLE001 - one bad input must not stop a long build
        if cfg.strict:
            raise
        log.exception("internal error reading %s", inp.rel)
        ledger.see("ingest")
        ledger.reject("ingest", Reason.INTERNAL_ERROR, SourceRef(inp.rel, sha256=inp.sha256),
                      f"{type(e).__name__}: {e}")


def index_spill(index: Phase1Index, input_no: int, spill: SpillIndex) -> None:
    """Adds one input's spill index to the build's index."""
    for fields in spill.samples:
        index.samples.append(SampleEntry(*fields[:3], input_no, *fields[3:]))
    index.articles += [(article_id, input_no, *rest) for article_id, *rest in spill.articles]
    for url, sha in spill.images:
        index.images.setdefault(url, sha)
    for url, target in spill.redirects:
        index.redirects.setdefault(url, target)


def _spill_job(job: tuple) -> None:
    """One input in a worker process (its own Workspace handle on the same directory)."""
    inp, cfg, root, key = job
    spill_input(inp, cfg, Workspace(root), key)


class _NoBar:
    """What progress_bar gives when the bar is off: the iterable itself, and no-op updates."""

    def __init__(self, iterable=None):
        self.iterable = iterable

    def __iter__(self):
        return iter(self.iterable)

    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def progress_bar(shown: bool, iterable=None, **kwargs):
    """A tqdm bar, or a no-op without importing tqdm (a noticeable share of a small rebuild)."""
    if not shown:
        return _NoBar(iterable)
    from tqdm import tqdm

    return tqdm(iterable, **kwargs)


def spill_missing(todo: list[tuple[InputFile, str]], cfg: BuildConfig, ws: Workspace, executor,
                  progress: bool) -> None:
    """Spills the inputs the cache does not hold; with a parallel executor in its workers. Each input
    writes only its own spill files, so the result does not depend on the executor or its workers."""
    bar = progress_bar(progress, total=len(todo), desc="phase 1: read inputs", unit="file")
    if executor.parallel and len(todo) > 1:
        for _ in executor.map(_spill_job, [(inp, cfg, ws.root, key) for inp, key in todo], 4):
            bar.update()
    else:
        for inp, key in todo:
            spill_input(inp, cfg, ws, key)
            bar.update()
    bar.close()


def phase1(inputs: list[InputFile], cfg: BuildConfig, ws: Workspace, ledger: Ledger,
           progress: bool = False, executor=None) -> Phase1Index:
    index = Phase1Index(inputs=inputs)
    salt = phase1_salt(cfg)
    keys = [phase1_key(inp, salt) for inp in inputs]
    paths = [ws.spill_paths(key) for key in keys]
    todo = [(inp, key) for inp, key, files in zip(inputs, keys, paths)
            if not all(os.path.exists(f) for f in files)]
    index.cached_inputs = len(inputs) - len(todo)
    spill_missing(todo, cfg, ws, executor or SerialExecutor(), progress)
    totals: dict[str, StageCounts] = {}  # summed here, added to the ledger once per stage
    for no, (key, (pkl, rej, idx)) in enumerate(zip(keys, paths)):
        with open(idx, "rb") as f:
            spill: SpillIndex = pickle.load(f)
        for stage, counts in spill.counts.items():
            totals.setdefault(stage, StageCounts()).add_dict(counts)
        index.spills.append(pkl)
        index.spill_keys.append(key)
        index.reject_files.append(rej)
        index_spill(index, no, spill)
    for stage, total in totals.items():
        ledger.counts[stage].add(total)
    return index


# ---------------------------------------------------------------- between the phases: images

REMOTE_PREFIXES = ("http://", "https://", "//", "data:")


def follow_redirects(url: str, index: Phase1Index) -> str:
    seen = set()
    while url in index.redirects and url not in seen and len(seen) < 10:
        seen.add(url)
        url = index.redirects[url]
    return url


def url_variants(url: str) -> list[str]:
    """The same URL as an archive may have recorded it: without fragment, either scheme."""
    url = url.split("#", 1)[0]
    out = [url]
    if url.startswith("https://"):
        out.append("http://" + url[8:])
    elif url.startswith("http://"):
        out.append("https://" + url[7:])
    return out


def find_archived(url: str | None, index: Phase1Index) -> str | None:
    """Raw sha of the picture behind url in any archive of the build, following 3xx and revisits."""
    if not url:
        return None
    for variant in url_variants(url):
        target = follow_redirects(variant, index)
        for candidate in (target, *url_variants(target)):
            if candidate in index.images:
                return index.images[candidate]
    return None


@dataclass(slots=True)
class ImageSource:
    kind: str  # "local" | "raw" | "fetch" | "outside" | "none"
    value: str = ""


def image_source(entry: SampleEntry, index: Phase1Index, fetch: bool) -> ImageSource:
    """Where the bytes of a sample's picture are: a saved page's file, an archive record, or the web."""
    from .ingest.paths import resolve_inside

    src = entry.image_src
    if entry.local and src and not src.lower().startswith(REMOTE_PREFIXES):
        inp = index.inputs[entry.input_no]
        path = resolve_inside(inp.root, os.path.dirname(inp.path), src)
        if path is None:
            return ImageSource("outside", src)
        if os.path.isfile(path):
            return ImageSource("local", path)
    for url in (entry.image_url, *entry.image_alternatives):  # a crawler may have kept any srcset rendition
        raw = find_archived(url, index)
        if raw:
            return ImageSource("raw", raw)
    if fetch and entry.image_url and entry.image_url.startswith(("http://", "https://")):
        return ImageSource("fetch", entry.image_url)
    return ImageSource("none", missing_cause(entry))


def missing_cause(entry: SampleEntry) -> str:
    """Why a caption has no picture, for the build's last line: what the user can do about it differs."""
    src = entry.image_src or entry.image_url or ""
    if entry.local and src and not src.lower().startswith(REMOTE_PREFIXES):
        return "missing_file"  # a saved page whose picture file is not in its folder
    if (entry.image_url or "").startswith(("http://", "https://")):
        return "remote_not_fetched"  # on the web only: neither saved nor in an archive given
    return "no_url"


IMAGE_KEY_FIELDS = ("min_side", "max_pixels", "max_bytes", "max_side", "train_size", "format", "quality", "animated")


class ImageStage:
    """Runs the images stage once per distinct picture; results and clean bytes are cached on disk."""

    def __init__(self, cfg: BuildConfig, ws: Workspace):
        self.build_cfg = cfg
        self.cfg = cfg.images
        self.strict = cfg.strict
        self.ws = ws
        # only what changes the stored picture: fetch settings (timeouts, user agent) do not
        processing = {k: v for k, v in cfg.to_dict()["images"].items() if k in IMAGE_KEY_FIELDS}
        self.cfg_key = hashlib.sha256(json.dumps([processing, code_hash(), library_versions()["pillow"]],
                                                 sort_keys=True).encode()).hexdigest()[:16]
        self.done: dict[str, dict] = {}  # source key -> {"info": {...}} or {"reason", "detail"}
        self._fetcher = None

    def close(self) -> None:
        self.ws.flush()

    def result(self, src: ImageSource) -> dict:
        key = f"{src.kind}:{src.value}"
        if key not in self.done:
            self.done[key] = self._compute(src)
        return self.done[key]

    def _compute(self, src: ImageSource) -> dict:
        if src.kind == "outside":
            return {"reason": Reason.IMAGE_OUTSIDE_ROOT.value, "detail": f"path escapes the input root: {src.value}"}
        known = self._known_sha(src)
        cached = self._cached(known) if known else None
        if cached:
            return cached
        try:
            data = self._read(src)
        except OSError as e:  # strerror only: the exception text would carry an absolute path
            hint = " (archived picture missing from the cache: delete the cache dir)" if src.kind == "raw" else ""
            return {"reason": Reason.IMAGE_UNREADABLE.value, "detail": f"unreadable: {e.strerror or type(e).__name__}{hint}"}
        except ImageFailure as e:
            return {"reason": e.reason.value, "detail": e.detail}
        return self._process(data)

    def _known_sha(self, src: ImageSource) -> str | None:
        """The raw sha256 of a picture when it is known without reading it."""
        if src.kind == "raw":
            return src.value
        if src.kind == "local":
            return self.ws.known_sha256(src.value)
        return None

    def _cached(self, raw_sha: str) -> dict | None:
        cached = self.ws.image_result(f"{raw_sha}-{self.cfg_key}")
        if cached and ("reason" in cached or self.ws.has_blob(cached["info"]["sha256"])):
            return cached
        return None

    def _read(self, src: ImageSource) -> bytes:
        if src.kind == "local":
            st = os.stat(src.value)
            if st.st_size > self.cfg.max_bytes:
                raise ImageFailure(Reason.IMAGE_TOO_LARGE, f"{st.st_size} bytes > max_bytes {self.cfg.max_bytes}")
            with open(src.value, "rb") as f:
                data = f.read()
            self.ws.remember_sha256(src.value, st, hashlib.sha256(data).hexdigest())
            return data
        if src.kind == "raw":
            return self.ws.get_raw(src.value)
        return self._fetch(src.value)

    def precompute(self, sources: list[ImageSource], executor, progress: bool = False) -> None:
        """Processes the pictures the cache does not know in a parallel executor's workers."""
        pending = list({f"{s.kind}:{s.value}": s for s in sources if s.kind in ("local", "raw")
                        and f"{s.kind}:{s.value}" not in self.done and not self._is_cached(s)}.values())
        if not executor.parallel or len(pending) < 2:
            return
        jobs = [(self.build_cfg, self.ws.root, src) for src in pending]
        results = executor.map(_image_job, jobs, 8)
        for src, result, stat_entry in progress_bar(progress, iterable=results, total=len(jobs),
                                                    desc="images: process", unit="img"):
            self.done[f"{src.kind}:{src.value}"] = result
            raw_sha = stat_entry[2] if stat_entry else (src.value if src.kind == "raw" else None)
            if stat_entry:
                self.ws.set_stat_entry(src.value, stat_entry)
            if raw_sha:
                self.ws.save_image_result(f"{raw_sha}-{self.cfg_key}", result)

    def _is_cached(self, src: ImageSource) -> bool:
        known = self._known_sha(src)
        return bool(known and self._cached(known))

    def prefetch(self, urls: list[str], progress: bool = False) -> None:
        """Fetches many URLs concurrently (per-host politeness is the fetcher's) and processes each."""
        urls = list(dict.fromkeys(urls))
        if not urls:
            return
        fetched = self.fetcher().fetch_many(urls)
        for url, got in progress_bar(progress, iterable=fetched, total=len(urls), desc="images: fetch", unit="img"):
            key = f"fetch:{url}"
            if isinstance(got, bytes):
                self.done[key] = self._process(got)
            else:
                self.done[key] = {"reason": Reason(got.reason).value, "detail": got.detail}

    def fetcher(self):
        """The opt-in fetcher, made on first use (a build without --fetch-images never imports it)."""
        if self._fetcher is None:
            from .fetch import Fetcher

            self._fetcher = Fetcher(self.cfg, self.ws.root)
        return self._fetcher

    def _fetch(self, url: str) -> bytes:
        from .fetch import FetchError

        try:
            return self.fetcher().fetch(url)
        except FetchError as e:
            raise ImageFailure(e.reason, e.detail) from None

    def _process(self, data: bytes) -> dict:
        from .images import ImageRejected, process_image

        raw_sha = hashlib.sha256(data).hexdigest()
        cache_key = f"{raw_sha}-{self.cfg_key}"
        cached = self._cached(raw_sha)
        if cached:
            return cached
        try:
            processed = process_image(data, self.cfg)
            self.ws.put_blob(processed.info.sha256, processed.data)
            result = {"info": {f: getattr(processed.info, f) for f in processed.info.__slots__}}
        except ImageRejected as e:
            result = {"reason": Reason(e.reason).value, "detail": e.detail}
        except Exception as e:  # noqa: BLE001 - a hostile picture must not stop the build
            if self.strict:
                raise
            log.exception("internal error in the images stage")
            result = {"reason": Reason.INTERNAL_ERROR.value, "detail": f"{type(e).__name__}: {e}"}
        self.ws.save_image_result(cache_key, result)
        return result


_WORKER_STAGES: dict[tuple[str, str], "ImageStage"] = {}


def _image_job(job: tuple) -> tuple:
    """One picture in a worker process: (source, result, stat-cache entry of a local file or None).
    The stage is kept per workspace and config: a process must never serve one build with another's."""
    cfg, root, src = job
    key = (str(root), json.dumps(cfg.to_dict(), sort_keys=True, default=str))
    stage = _WORKER_STAGES.get(key)
    if stage is None:
        stage = _WORKER_STAGES[key] = ImageStage(cfg, Workspace(root))
    result = stage.result(src)
    entry = None
    if src.kind == "local":
        sha = stage.ws.known_sha256(src.value)  # None unless hashed as the file is now
        entry = stage.ws.stat_entry(src.value) if sha else None
    return src, result, entry


class ImageFailure(Rejected):
    """A picture that could not be read (too large, outside the root, fetch failed)."""


# fetch outcomes that say nothing against the caption -> the cause recorded for its missing picture
FETCH_LOSSES = {Reason.IMAGE_FETCH_FAILED.value: "fetch_failed", Reason.IMAGE_FETCH_REFUSED.value: "fetch_refused"}


def run_images(index: Phase1Index, cfg: BuildConfig, ws: Workspace, ledger: Ledger,
               progress: bool = False, executor=None) -> tuple[dict[str, ImageInfo], set[tuple[int, int]], Counter]:
    """Returns (sample id -> ImageInfo of its first readable picture, (input, offset) of the entries
    the images stage rejected, why the captions without a picture have none)."""
    from .ingest.paths import forget_resolved_dirs

    forget_resolved_dirs()
    stage = ImageStage(cfg, ws)
    wanted = [(entry, image_source(entry, index, cfg.images.fetch)) for entry in index.samples]
    stage.prefetch([src.value for _, src in wanted if src.kind == "fetch"], progress)
    stage.precompute([src for _, src in wanted], executor or SerialExecutor(), progress)
    found: dict[str, ImageInfo] = {}
    rejected: set[tuple[int, int]] = set()  # entries, not ids: one article read twice may fare differently
    missing: Counter = Counter()
    for entry, src in progress_bar(progress, iterable=wanted, desc="images", unit="img"):
        ledger.see("images")
        if src.kind == "none":
            ledger.keep("images")  # no picture anywhere: the caption goes to text_only
            missing[src.value] += 1
            continue
        result = stage.result(src)
        if "info" in result:
            found.setdefault(entry.id, ImageInfo(**result["info"]))
            ledger.keep("images")
        elif src.kind == "fetch" and result["reason"] in FETCH_LOSSES:
            # the network failed us, not the caption: it stays, in text_only, and the failure is counted
            ledger.keep("images")
            missing[FETCH_LOSSES[result["reason"]]] += 1
            log.info("picture not fetched (%s): %s", result["reason"], result["detail"])
        else:
            rejected.add((entry.input_no, entry.offset))
            ledger.reject("images", Reason(result["reason"]), sample_at(ws, index, entry).provenance,
                          result["detail"], id=entry.id)
    stage.close()
    return found, rejected, missing


# ---------------------------------------------------------------- phase 2: corpus-wide decisions

def sample_at(ws: Workspace, index: Phase1Index, entry: SampleEntry) -> Sample:
    return ws.read_record(index.spills[entry.input_no], entry.offset)[1]


def drop_repeated_ids(entries: list[SampleEntry], index: Phase1Index, ws: Workspace,
                      ledger: Ledger) -> list[SampleEntry]:
    """The same article read twice (a page in a WARC and a JSONL export) gives the same ids: keep the first."""
    seen: set[str] = set()
    kept = []
    for e in entries:
        if e.id in seen:
            ref = sample_at(ws, index, e).provenance
            ledger.reject("dedup", Reason.DEDUP_DUPLICATE_ID, ref, "same id read from an earlier input",
                          id=e.id, duplicate_of=e.id)
            continue
        seen.add(e.id)
        kept.append(e)
    return kept


def run_takedown(entries: list[SampleEntry], exclude_ids: set[str], index: Phase1Index, ws: Workspace,
                 ledger: Ledger) -> tuple[list[SampleEntry], dict]:
    """Takedown requests: listed ids never reach a release; each removal is recorded under its own stage
    and reason (not as a duplicate). Returns the rest and what the list did: ids listed, rows removed,
    and the listed ids that matched no row of this build (a typo, or a row already gone)."""
    ledger.see("takedown", len(entries))
    kept, matched = [], set()
    for e in entries:
        if e.id in exclude_ids:
            matched.add(e.id)
            ledger.reject("takedown", Reason.TAKEDOWN_ID, sample_at(ws, index, e).provenance,
                          "listed in --exclude-ids", id=e.id)
        else:
            kept.append(e)
    ledger.keep("takedown", len(kept))
    removed = len(entries) - len(kept)
    return kept, {"listed": len(exclude_ids), "removed": removed, "unmatched": sorted(set(exclude_ids) - matched)}


def previous_status(drops: dict[str, tuple], entries: list[SampleEntry], previous) -> dict[str, tuple]:
    """Rows keep the kept/duplicate status a previous release gave them."""
    if previous is None:
        return drops
    present = {e.id for e in entries}
    drops = {i: d for i, d in drops.items() if i not in previous.split_of}
    for dup, rep in previous.duplicate_of.items():
        if dup in present and rep in present and dup not in drops:
            drops[dup] = (Reason.DEDUP_DUPLICATE, rep)
    return drops


def run_dedup(entries: list[SampleEntry], images: dict, index: Phase1Index, ws: Workspace,
              cfg: BuildConfig, ledger: Ledger, previous=None) -> tuple[list[SampleEntry], DedupResult]:
    from . import dedup

    ledger.see("dedup", len(entries))
    entries = drop_repeated_ids(entries, index, ws, ledger)

    def items() -> Iterator[DedupItem]:
        for e in entries:
            info = images.get(e.id)
            yield DedupItem(e.id, e.article_id, e.published, None, info.sha256 if info else None,
                            info.phash if info else None, caption_key=e.caption_key)

    by_id = {e.id: e for e in entries}
    signatures = dedup.Signatures.load(ws.signatures_path())
    result = dedup.find_duplicates(items(), cfg.dedup, signatures,
                                   caption_of=lambda i: sample_at(ws, index, by_id[i]).caption)
    signatures.save(ws.signatures_path())
    drops = {i: (Reason.DEDUP_DUPLICATE, rep) for i, rep in result.duplicate_of.items()}
    drops.update(dedup.cluster_drops(result, cfg.dedup))
    drops = previous_status(drops, entries, previous)
    kept = []
    for e in entries:
        if e.id in drops:
            reason, rep = drops[e.id]
            ledger.reject("dedup", reason, sample_at(ws, index, e).provenance, f"duplicate of {rep}",
                          id=e.id, duplicate_of=rep)
        else:
            kept.append(e)
    ledger.keep("dedup", len(kept))
    return kept, result


def run_split(entries: list[SampleEntry], images: dict, clusters: DedupResult, index: Phase1Index,
              ws: Workspace, cfg: BuildConfig, ledger: Ledger, previous=None):
    """Group-aware splits; rows of a previous release keep theirs, and bridging rows are rejected."""
    from .leakage import normalize_url
    from .split import SplitItem, assign_splits

    items = [SplitItem(e.id, e.article_id, images[e.id].sha256 if e.id in images else None,
                       clusters.image_cluster.get(e.id), clusters.caption_cluster.get(e.id),
                       normalize_url(e.image_url), e.published, e.site,
                       "default" if e.id in images else "text_only") for e in entries]
    ledger.see("split", len(items))
    result = assign_splits(items, cfg.split, pinned=previous.split_of if previous else None)
    for config, split, groups in result.thin:
        log.warning("%s has no %s rows: its %d split group(s) are too few to fill train, validation and test",
                    config, split, groups)
    for e in entries:
        if e.id in result.conflicts:
            ledger.reject("split", Reason.SPLIT_CONFLICT, sample_at(ws, index, e).provenance,
                          "its group already spans " + " and ".join(result.conflicts[e.id]), id=e.id)
    ledger.keep("split", len(items) - len(result.conflicts))
    return [e for e in entries if e.id not in result.conflicts], result


@dataclass
class WriteResult:
    rows: dict[str, dict[str, int]]
    languages: list[str]
    sites: Counter
    group_sizes: dict = field(default_factory=dict)
    leak_rows: list = field(default_factory=list)  # {id, split, article_id, image_sha256, image_url}
    clusters: DedupResult = field(default_factory=DedupResult)
    shards: list = field(default_factory=list)  # write.Shard of every shard written or linked
    missing_pictures: Counter = field(default_factory=Counter)  # cause -> captions without a picture
    takedown: dict = field(default_factory=dict)  # what --exclude-ids did: listed, removed, unmatched ids


def write_rows(out: Path, entries: list[SampleEntry], images: dict, clusters: DedupResult,
               splits, index: Phase1Index,
               ws: Workspace, cfg: BuildConfig, ledger: Ledger, run_rejects: Path,
               progress: bool = False) -> WriteResult:
    """Rows in input order (rows of new inputs land in few shards); each row comes with a content key,
    and is made (its record and picture read) only when its shard is not reused from a release."""
    from .split import GroupFacts, decide_split
    from .write import ReleaseWriter, ShardCache, article_row, sample_row

    heldout = {s.lower() for s in cfg.split.heldout_sites}

    writer = ReleaseWriter(out, cfg.write.rows_per_shard, reuse=ShardCache(ws.shard_cache_path()),
                           image_rows_per_shard=cfg.write.image_rows_per_shard)
    figure_ids: dict[str, list[str]] = {}
    languages: Counter = Counter()
    sites: Counter = Counter()
    leak_rows: list[dict] = []

    def make_sample_row(e: SampleEntry, info: ImageInfo | None):
        def make() -> dict:
            s = sample_at(ws, index, e)
            s.caption_cluster = clusters.caption_cluster.get(e.id)
            s.image_cluster = clusters.image_cluster.get(e.id)
            s.image = info
            return sample_row(s, ws.get_blob(info.sha256) if info else None)
        return make

    for e in progress_bar(progress, iterable=entries, desc="write", unit="row"):
        ledger.see("write")
        info = images.get(e.id)
        config = "default" if info else "text_only"
        key = "|".join(map(str, (index.spill_keys[e.input_no], e.offset, info and info.sha256, info and info.phash,
                                  clusters.caption_cluster.get(e.id), clusters.image_cluster.get(e.id))))
        writer.add(config, splits.row_split[e.id], make_sample_row(e, info), key, boundary=e.id)
        ledger.keep("write")
        figure_ids.setdefault(e.article_id, []).append(e.id)
        languages.update([e.language] if e.language else [])
        sites.update([e.site or "unknown"])
        leak_rows.append({"id": e.id, "split": splits.row_split[e.id], "article_id": e.article_id,
                          "image_sha256": info.sha256 if info else None, "image_url": e.image_url})
    done_articles = set()
    for article_id, input_no, offset, published, site in index.articles:
        if article_id in done_articles:
            continue
        done_articles.add(article_id)
        split = splits.article_split.get(article_id) or decide_split(
            GroupFacts(article_id, published, (site or "").lower() in heldout), cfg.split)
        ids = figure_ids.get(article_id, [])

        def make_article_row(input_no=input_no, offset=offset, ids=ids) -> dict:
            return article_row(ws.read_record(index.spills[input_no], offset)[1], ids)

        writer.add("articles", split, make_article_row, f"{index.spill_keys[input_no]}|{offset}|{ids}",
                   boundary=article_id)
    write_rejects(writer, [*index.reject_files, run_rejects])
    rows = writer.finish()
    return WriteResult(rows, sorted(languages), sites, leak_rows=leak_rows, shards=writer.shards)


def write_rejects(writer, files: list[Path]) -> None:
    """Per-input rejects in input order, then the build's own (ingest walk, images, dedup, split)."""
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                writer.add("rejects", "train", json.loads(line))


# ---------------------------------------------------------------- the whole build

@contextlib.contextmanager
def timed(step: str):
    """Logs how long a step took (`corpus -v build` shows it)."""
    t0 = time.perf_counter()
    yield
    log.info("%s: %.2f s", step, time.perf_counter() - t0)


@dataclass
class BuildReport:
    out: Path
    manifest: dict
    ledger: Ledger
    cached_inputs: int = 0
    unchanged: bool = False  # the same version with the same content already existed


def check_invariants(ledger: Ledger) -> list[str]:
    """seen == kept + rejected per stage, and each stage saw what the previous one kept."""
    problems = ledger.unbalanced()
    c = ledger.counts
    chain = [("figures", "pair"), ("pair", "normalize"), ("normalize", "filter"), ("filter", "images"),
             ("images", "takedown"), ("takedown", "dedup"), ("dedup", "split"), ("split", "write")]
    for before, after in chain:
        if c[before].kept != c[after].seen:
            problems.append(f"{after} saw {c[after].seen} but {before} kept {c[before].kept}")
    return problems


@functools.lru_cache(maxsize=1)
def library_versions() -> dict:
    """Versions of the libraries that decide the release's bytes (read without importing them)."""
    from importlib.metadata import version

    return {"datasets": version("datasets"), "pyarrow": version("pyarrow"), "pillow": version("pillow")}


def make_manifest(cfg: BuildConfig, version: str, index: Phase1Index, result: WriteResult, release: Path,
                  ledger: Ledger) -> dict:
    from .write import config_and_split, shard_inventory

    shards = shard_inventory(release, {s.path.relative_to(release).as_posix(): s.sha256 for s in result.shards})
    nbytes: dict[str, dict[str, int]] = {}
    for shard in shards:
        config, split = config_and_split(shard["path"])
        size = (release / shard["path"]).stat().st_size
        nbytes.setdefault(config, {}).setdefault(split, 0)
        nbytes[config][split] += size
    from .records import COLUMNS, CONFIGS, SPLITS

    empty = [f"{c}/{s}" for c in CONFIGS if c != "rejects" for s in SPLITS if not result.rows.get(c, {}).get(s)]
    loadable = {c: [s for s in SPLITS if result.rows.get(c, {}).get(s)] for c in CONFIGS}
    loadable = {c: splits for c, splits in loadable.items() if splits}
    return {
        "version": version,
        "package_version": __version__,
        "libraries": library_versions(),
        "config": cfg.to_dict(),
        "inputs": [{"path": i.rel, "sha256": i.sha256} for i in index.inputs],
        "shards": shards,
        "rows": result.rows,
        "bytes": nbytes,
        "empty": empty,
        # why the captions of text_only have no picture (before dedup): remote_not_fetched, missing_file, no_url
        "missing_pictures": dict(sorted(result.missing_pictures.items())),
        # --exclude-ids: ids listed, rows removed, listed ids that matched no row (absent without a list)
        **({"takedown": result.takedown} if result.takedown.get("listed") else {}),
        "schema": hashlib.sha256(json.dumps(COLUMNS, sort_keys=True).encode()).hexdigest()[:16],
        # what load_dataset can open: the configs and splits with rows; the first config is the default
        "loadable": {"default_config": next(iter(loadable), None), "configs": loadable},
        "languages": result.languages,
        "sites": dict(sorted(result.sites.items())),
        "stages": ledger.counts_dict(),
        # what "the same release" means: every row of every config, byte for byte
        "content_hash": hashlib.sha256("".join(f"{s['path']}:{s['sha256']}\n" for s in shards).encode()).hexdigest(),
    }


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


def finish_release(tmp: Path, out: Path, cfg: BuildConfig, version: str, index: Phase1Index,
                   result: WriteResult, ledger: Ledger, previous: Path | None = None,
                   plots=None, overwrite: bool = False) -> BuildReport:
    from .leakage import report_from
    from .publish.card import render_card
    from .publish.datasheet import write_datasheet
    from .release import diff_releases, render_changelog
    from .write import check_shards, write_json

    if plots is not None:
        plots.start(tmp, ledger.counts_dict())  # measures and draws while manifest and card are made
    problems = check_invariants(ledger) + check_shards(tmp)
    if problems:
        raise BuildError("the build broke an invariant:\n  " + "\n  ".join(problems), code=3)
    refuse_empty(result, ledger)
    manifest = make_manifest(cfg, version, index, result, tmp, ledger)
    # from the build's own groups; `corpus verify` recomputes it from the shards independently
    manifest["leakage"] = report_from(result.leak_rows, result.clusters.image_cluster,
                                      result.clusters.caption_cluster)
    manifest["groups"] = {"sizes": {str(k): v for k, v in result.group_sizes.items()},
                          "ratios": achieved_ratios(result.rows)}
    if previous:
        write_json(tmp / "manifest.json", manifest)  # read_release needs it; rewritten below
        diff = diff_releases(previous, tmp)
        (tmp / "CHANGELOG.md").write_text(render_changelog(diff), encoding="utf-8")
        manifest["previous"] = {"version": diff["from"], **{k: len(diff[k]) for k in
                                                            ("added", "removed", "changed", "moved_split")}}
    write_json(tmp / "manifest.json", manifest)
    write_json(tmp / "build_config.json", cfg.to_dict())
    (tmp / "README.md").write_text(render_card(manifest), encoding="utf-8")
    write_datasheet(tmp, manifest, plots)
    report = BuildReport(out, manifest, ledger, index.cached_inputs)
    if replace_release(tmp, out, manifest, overwrite):
        return report
    report.unchanged = True
    return report


def refuse_empty(result: WriteResult, ledger: Ledger) -> None:
    """A build that keeps no caption writes no release (and uses up no version): say where it all went."""
    if any(sum(result.rows.get(c, {}).values()) for c in ("default", "text_only")):
        return
    counts = ledger.counts_dict()
    if not counts.get("ingest", {}).get("seen"):
        raise BuildError("no input found in the sources given (no HTML page, WARC, JSON lines or text file); "
                         "no release written", code=2)
    lines = []
    for stage, c in counts.items():
        reasons = ", ".join(f"{r} {n}" for r, n in sorted(c["rejected"].items(), key=lambda kv: -kv[1])[:3])
        lines.append(f"{stage}: {c['seen']} in, {c['kept']} kept" + (f" ({reasons})" if reasons else ""))
    raise BuildError("nothing kept, so no release was written:\n  " + "\n  ".join(lines), code=3)


def remember_shards(ws: Workspace, release: Path, result: WriteResult) -> None:
    """Records where this release's shards are, so the next build can link the unchanged ones."""
    from .write import ShardCache

    written = [(f"data/{s.path.parent.name}/{s.path.name}", s.key, s.sha256) for s in result.shards]
    ShardCache(ws.shard_cache_path()).remember(release, written)


def achieved_ratios(rows: dict) -> dict[str, float]:
    n = {s: rows.get("default", {}).get(s, 0) + rows.get("text_only", {}).get(s, 0)
         for s in ("train", "validation", "test")}
    total = sum(n.values()) or 1
    return {s: round(v / total, 4) for s, v in n.items()}


def replace_release(tmp: Path, out: Path, manifest: dict, overwrite: bool = False) -> bool:
    """Renames the finished release into place. Releases are immutable: a version only moves forward,
    by the CHANGELOG's rules, and an existing version is never rewritten (unless overwrite)."""
    from .release import version_problem

    old_manifest = out / "manifest.json"
    if out.exists() and any(out.iterdir()) and not old_manifest.exists():
        raise BuildError(f"{out} exists and is not a caption-corpus release; refusing to replace it "
                         "(choose an empty or new --out directory)", code=2)
    if old_manifest.exists() and not overwrite:
        old = json.loads(old_manifest.read_text(encoding="utf-8"))
        problem = version_problem(old, manifest)
        if problem:
            raise BuildError(f"{out}: {problem}", code=2)
        if old.get("version") == manifest["version"] and manifest["version"] != "0.0.0":
            if old.get("content_hash") == manifest["content_hash"]:
                return False  # the same release again: nothing to replace
            raise BuildError(f"{out} already holds version {manifest['version']} with other content; "
                             "releases are immutable: build with a new --release-version", code=2)
    if out.exists():
        trash = out.parent / f".{out.name}.old-{unique_suffix()}"
        os.replace(out, trash)
        os.replace(tmp, out)
        shutil.rmtree(trash, ignore_errors=True)
    else:
        os.replace(tmp, out)
    return True
