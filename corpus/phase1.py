"""phase1: each input through ingest -> extract -> pair -> normalize -> annotate -> filter, into a spill.

A spill is one input's records (pickled, read back by offset), its rejects and a small SpillIndex of
what phase 2 needs. Spills are cached by the input's hash, the per-input config and the code: a rebuild
runs only the inputs that changed (the incremental build). Each input writes only its own files, so any
executor may run them.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import struct
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from .config import BuildConfig
from .executors import SerialExecutor
from .extract.urls import canonical_url
from .progress import progress_bar
from .records import Article, ArticleEntry, ImageRecord, InputFile, InputTable, Phase1Index, RawDoc, Redirect, Sample, SampleEntry, SourceRef
from .rejects import Ledger, Reason, StageCounts
from .workspace import CacheDamaged, Workspace, code_hash, parser_versions, replace_file, unique_suffix

log = logging.getLogger(__name__)


def phase1_salt(cfg: BuildConfig) -> str:
    """What besides the input decides a spill: the per-input stages' config and the code."""
    per_input = {k: cfg.to_dict()[k] for k in ("ingest", "extract", "pair", "filter")}
    return json.dumps([per_input, code_hash(), parser_versions()], sort_keys=True)


def phase1_key(inp: InputFile, salt: str) -> str:
    text = json.dumps([inp.sha256, inp.rel, salt])
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def per_input_samples(article: Article, cfg: BuildConfig, ledger: Ledger) -> Iterator[Sample]:
    from . import annotate, filters, normalize, pair

    samples = pair.run([article], cfg.pair, ledger)
    samples = normalize.run(samples, ledger)
    samples = annotate.run(samples, ledger)
    return filters.run(samples, cfg.filter, ledger)


def spill_input(inp: InputFile, cfg: BuildConfig, ws: Workspace, key: str, read=None) -> None:
    """Runs the per-input stages over one input and writes its spill: one file, renamed into place when
    complete (creating files is what costs most on some disks, so one input makes one file, not three)."""
    path = ws.spill_file(key)
    # temporary names carry host and pid: two builds sharing a cache never write the same file
    tmp = f"{os.path.dirname(path)}/.{os.path.basename(path)}.{unique_suffix()}.tmp"
    try:
        write_spill(inp, cfg, ws, tmp, read)
        replace_file(tmp, path)
    except BaseException:  # a full disk must not leave half spills behind (2,273 .tmp files, once)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# the spill's last bytes: magic, where its rejects and its index start, and the sha256 of all before them
# (pickle has no checksum: a flipped bit must be a cache miss, not a wrong row)
SPILL_TRAILER = struct.Struct("<8sQQ32s")
SPILL_MAGIC = b"CCSPILL1"


def write_spill(inp: InputFile, cfg: BuildConfig, ws: Workspace, tmp: str, read=None) -> None:
    """spill_input's work: records, then rejects, then the index and the trailer, into one file."""
    from .ingest import read_input

    read_input = read or read_input
    index = SpillIndex()
    digest = hashlib.sha256()
    with open(tmp, "wb") as out, tempfile.SpooledTemporaryFile(4 << 20, mode="w+", encoding="utf-8") as sink:

        def put(data: bytes) -> None:
            out.write(data)
            digest.update(data)

        ledger = Ledger(sink)
        for item in guarded_records(inp, cfg, ledger, read_input):
            if isinstance(item, RawDoc):
                for record in document_records(item, cfg, ledger):
                    if record[0] == "article":
                        store_embedded(record[1], ws, index)
                    index.add(record, out.tell())
                    put(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
            elif isinstance(item, ImageRecord):
                index.images.append((item.url, ws.put_raw(item.content)))
            elif isinstance(item, Redirect):
                index.redirects.append((item.url, item.target))
        rejects_at = out.tell()
        sink.seek(0)
        while chunk := sink.read(1 << 20):
            put(chunk.encode("utf-8"))
        index.counts = ledger.counts_dict()
        index_at = out.tell()
        put(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        out.write(SPILL_TRAILER.pack(SPILL_MAGIC, rejects_at, index_at, digest.digest()))


def store_embedded(article: Article, ws, index: "SpillIndex") -> None:
    """Pictures the page held as data: URIs go to the picture store under their figure's URL (a key of their
    content), as an archive's pictures do; the spill keeps the key, not the bytes."""
    for fig in article.figures:
        if fig.embedded is not None:
            index.images.append((fig.url, ws.put_raw(fig.embedded)))
            fig.embedded = None


@dataclass
class SpillIndex:
    """What phase 2 needs of one input's spill, read without unpickling its articles and samples."""

    counts: dict = field(default_factory=dict)  # stage -> StageCounts.as_dict()
    samples: list[SampleEntry] = field(default_factory=list)  # input_no not set yet
    articles: list[ArticleEntry] = field(default_factory=list)
    images: list[tuple[str, str]] = field(default_factory=list)  # (url, raw sha256) of archived pictures
    redirects: list[tuple[str, str]] = field(default_factory=list)  # (url, target)

    def add(self, record: tuple, offset: int) -> None:
        from .dedup import caption_key

        if record[0] == "article":
            a: Article = record[1]
            self.articles.append(ArticleEntry(a.article_id, offset, a.published, a.site))
            return
        s: Sample = record[1]
        self.samples.append(SampleEntry(
            article_id=s.article_id, figure_index=s.figure_index, id=s.id, offset=offset, local=record[2],
            image_src=s.image_src, image_url=s.image_url, image_alternatives=tuple(s.image_alternatives),
            published=s.article_published, site=s.site, language=s.article_language,
            caption_key=caption_key(s.caption), caption_language=s.caption_language))


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
        why = (excluded(article.url, cfg.ingest) or excluded(doc.url, cfg.ingest)) if article else None
        if why:
            # a page whose own canonical URL, or the address a browser noted it was saved from, is on the
            # takedown list (WARC and JSON lines were checked at ingest by their record URL): the whole page
            # goes, its figures never counted
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
        # the file (and the item being read, if any) were counted as seen but never settled: each gets
        # one internal_error reject, so seen == kept + rejected still holds and the build goes on
        counts = ledger.counts["ingest"]
        unsettled = counts.seen - counts.kept - counts.rejected_total
        if unsettled <= 0:
            ledger.see("ingest")
            unsettled = 1
        for _ in range(unsettled):
            ledger.reject("ingest", Reason.INTERNAL_ERROR, SourceRef(inp.rel, sha256=inp.sha256),
                          f"{type(e).__name__}: {e}"[:300])


def index_spill(index: Phase1Index, input_no: int, spill: SpillIndex) -> None:
    """Adds one input's spill index to the build's index."""
    # site and language take few values: one shared string each instead of a copy per input
    for entry in spill.samples:
        entry.input_no = input_no
        entry.site = entry.site and sys.intern(entry.site)
        entry.language = entry.language and sys.intern(entry.language)
        index.samples.append(entry)  # into columns: the entry itself is not kept
    for article in spill.articles:
        article.input_no = input_no
        article.site = article.site and sys.intern(article.site)
        index.articles.append(article)
    # an archive records a picture's address as it was requested: percent-encoded by most crawlers, raw by some
    # ("/img/café.jpg"); in canonical encoding, as pages' picture URLs are (extract.urls.absolute), they meet
    for url, sha in spill.images:
        index.images.setdefault(canonical_url(url), sha)
    for url, target in spill.redirects:
        index.redirects.setdefault(canonical_url(url), canonical_url(target))


def _spill_job(job: tuple) -> None:
    """One input in a worker process (its own Workspace handle on the same directory)."""
    inp, cfg, root, key = job
    spill_input(inp, cfg, Workspace(root), key)


def _spill_lost(job: tuple) -> None:
    """An input whose worker process died twice while reading it (killed, out of memory): its spill holds
    one internal_error reject of the file, so the build goes on and the counts balance."""
    inp, cfg, root, key = job

    def died(*args):
        raise RuntimeError("the worker process reading it died twice (killed, or out of memory)")
        yield  # a generator, like read_input

    spill_input(inp, cfg, Workspace(root), key, read=died)


def spill_missing(todo: list[tuple[InputFile, str]], cfg: BuildConfig, ws: Workspace, executor,
                  progress: bool) -> Iterator[str]:
    """Spills the inputs the cache does not hold, with a parallel executor in its workers, and yields each
    one's key, in order, once its spill is written. Each input writes only its own spill file, so the
    result does not depend on the executor or its workers."""
    bar = progress_bar(progress, total=len(todo), desc="phase 1: read inputs", unit="file")
    if executor.parallel and len(todo) > 1:
        done = executor.map(_spill_job, [(inp, cfg, ws.root, key) for inp, key in todo], 4, _spill_lost)
        for (_, key), _ in zip(todo, done):
            bar.update()
            yield key
    else:
        for inp, key in todo:
            spill_input(inp, cfg, ws, key)
            bar.update()
            yield key
    bar.close()


def phase1(inputs: InputTable | list[InputFile], cfg: BuildConfig, ws: Workspace, ledger: Ledger,
           progress: bool = False, executor=None) -> Phase1Index:
    """Spills the inputs the cache lacks, and reads every spill's index into the build's index, one
    spill at a time (never all of them at once: their objects would be the build's peak memory), as
    soon as it is written (so this process indexes while the workers read the inputs after it)."""
    index = Phase1Index(inputs=inputs)
    salt = phase1_salt(cfg)
    keys = [phase1_key(inp, salt) for inp in inputs]
    todo = [(inp, key) for inp, key in zip(inputs, keys) if not spill_present(ws, key)]
    fresh = {key for _, key in todo}
    to_spill = Counter(key for _, key in todo)  # an input listed twice is spilled twice, as it is in todo
    written = spill_missing(todo, cfg, ws, executor or SerialExecutor(), progress)
    del todo  # an InputFile each: not kept while the index grows
    totals: dict[str, StageCounts] = {}  # summed here, added to the ledger once per stage
    for no, (inp, key) in enumerate(zip(inputs, keys)):
        if to_spill[key]:
            to_spill[key] -= 1
            next(written)  # the inputs to spill come in this order too: this one's spill is written now
        spill = load_spill(ws, key)
        if spill is not None and key not in fresh and not all(ws.has_raw(sha) for _, sha in spill.images):
            # its archived pictures are gone from the cache (raw/ deleted to free space): the spill only names
            # them, so without its input read again they would be image_unreadable rejects once not cached
            log.warning("pictures of %s are missing from the cache: reading it again", inp.rel)
            spill = None
        if spill is None and key not in fresh:  # damaged in the cache: read the input again, here
            spill_input(inp, cfg, ws, key)
            fresh.add(key)
            spill = load_spill(ws, key)
        if spill is None:
            raise CacheDamaged(f"the spill of {inp.rel} could not be read back from the cache just after it "
                               f"was written ({ws.root.name}/phase1): check the disk")
        for stage, counts in spill.counts.items():
            totals.setdefault(stage, StageCounts()).add_dict(counts)
        index.spill_keys.append(key)
        index_spill(index, no, spill)
    for _ in written:  # closes the progress bar
        pass
    index.cached_inputs = sum(key not in fresh for key in keys)
    for stage, total in totals.items():
        ledger.counts[stage].add(total)
    return index


def spill_present(ws: Workspace, key: str) -> bool:
    """Cheap: a spill with a trailer is there (its hash is checked when it is read)."""
    try:
        with open(ws.spill_file(key), "rb") as f:
            return read_trailer(f) is not None
    except OSError:
        return False


def read_trailer(f) -> tuple[int, int, int, bytes] | None:
    """(rejects start, index start, body end, body sha256) of an open spill, None when it has no valid trailer."""
    size = f.seek(0, os.SEEK_END)
    if size < SPILL_TRAILER.size:
        return None
    f.seek(size - SPILL_TRAILER.size)
    magic, rejects_at, index_at, sha = SPILL_TRAILER.unpack(f.read(SPILL_TRAILER.size))
    end = size - SPILL_TRAILER.size
    if magic != SPILL_MAGIC or not rejects_at <= index_at <= end:
        return None
    return rejects_at, index_at, end, sha


def load_spill(ws: Workspace, key: str) -> SpillIndex | None:
    """A cached spill's index when the spill is complete and whole, else None: a missing, truncated or
    bit-flipped spill is a cache miss (the input is read again), never a traceback on every later build."""
    try:
        with open(ws.spill_file(key), "rb") as f:
            trailer = read_trailer(f)
            if trailer is None:
                log.warning("cached spill %s is damaged: reading its input again", key)
                return None
            _, index_at, end, sha = trailer
            f.seek(0)
            digest, left = hashlib.sha256(), end
            while left > 0:
                chunk = f.read(min(left, 1 << 20))
                if not chunk:
                    break
                digest.update(chunk)
                left -= len(chunk)
            if left or digest.digest() != sha:
                log.warning("cached spill %s is damaged: reading its input again", key)
                return None
            f.seek(index_at)
            spill = pickle.loads(f.read(end - index_at))
        if not isinstance(spill, SpillIndex):
            return None
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - any damage to a cache file only costs reading the input again
        log.warning("cached spill %s is unreadable: reading its input again", key)
        return None
    return spill


def spill_rejects(ws: Workspace, key: str) -> Iterator[str]:
    """The JSON lines of an input's rejects, read from its spill."""
    with open(ws.spill_file(key), "rb") as f:
        trailer = read_trailer(f)
        if trailer is None:
            raise CacheDamaged(f"the spill {key} changed on disk during the build; build again")
        rejects_at, index_at, _, _ = trailer
        yield from lines_between(f, rejects_at, index_at)


def lines_between(f, start: int, end: int) -> Iterator[str]:
    """The UTF-8 lines of an open binary file from `start` to `end`, one at a time: an input of a million bad
    lines has a million rejects, which are not all held in memory at once."""
    f.seek(start)
    left = end - start
    while left > 0 and (line := f.readline(left)):
        left -= len(line)
        yield line.decode("utf-8")


def sample_at(ws: Workspace, index: Phase1Index, entry: SampleEntry) -> Sample:
    return ws.read_record(ws.spill_file(index.spill_keys[entry.input_no]), entry.offset)[1]
