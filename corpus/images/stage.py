"""images.stage: the images stage, run once per distinct picture between the two phases.

Results and clean bytes are cached in the workspace by the picture's raw sha256 and the settings that
change the stored picture; a parallel executor processes the pictures the cache does not know.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from collections import Counter
from typing import Iterable, Iterator

from ..config import BuildConfig
from ..executors import SerialExecutor
from ..phase1 import sample_at
from ..progress import progress_bar
from ..records import ImageInfo, ImageTable, Phase1Index, SampleEntry
from ..rejects import Ledger, Reason, Rejected
from ..workspace import Workspace, code_hash, library_versions
from .locate import ImageSource, find_archived, image_source

log = logging.getLogger(__name__)


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
        # source key -> {"info": {...}} or {"reason", "detail"}, only for what the cache cannot answer
        # (fetched URLs, unhashed failures): the rest is read back from the cache, so memory stays flat
        self.done: dict[str, dict] = {}
        self._fetcher = None
        # pictures handed to the executor's workers and not yet back, their results as they come (in the
        # order the rows first ask for them, so few wait here), and the stream they come from
        self.awaiting: set[str] = set()
        self.just_done: dict[str, dict] = {}
        self._results: Iterator[tuple] = iter(())

    def close(self) -> None:
        while self.awaiting:  # none left in practice: every picture handed out is some row's
            self._take_result()
        getattr(self._results, "close", lambda: None)()  # the workers' pool ends here
        self.ws.flush()

    def result(self, src: ImageSource) -> dict:
        key = f"{src.kind}:{src.value}"
        if key in self.done:
            return self.done[key]
        while key in self.awaiting:  # a worker is on it: take results, in order, until its has come
            self._take_result()
        fresh = self.just_done.pop(key, None)
        if fresh is not None:  # made in this build: its picture was hashed as it was stored
            return fresh
        result = self._compute(src)
        if src.kind == "fetch":
            self.done[key] = result
        return result

    def _compute(self, src: ImageSource) -> dict:
        if src.kind == "outside":
            return {"reason": Reason.IMAGE_OUTSIDE_ROOT.value, "detail": "the path escapes the input root"}
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
        """The cached result, if its stored picture is still whole (a blob damaged on disk, zeroed or with
        a bit flipped, is deleted and the picture processed again: damage is never published)."""
        cached = self.ws.image_result(f"{raw_sha}-{self.cfg_key}")
        if cached and ("reason" in cached or self.ws.blob_intact(cached["info"]["sha256"])):
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

    def precompute(self, sources: Iterable[ImageSource], executor) -> None:
        """Hands the pictures the cache does not know to a parallel executor's workers; result() takes
        their results as the rows ask for them, so this process records them while the workers go on."""
        if not executor.parallel:
            return
        pending = list({f"{s.kind}:{s.value}": s for s in sources if s.kind in ("local", "raw")
                        and f"{s.kind}:{s.value}" not in self.done and not self._is_cached(s)}.values())
        if len(pending) < 2:
            return
        # the stage a worker keeps is found by workspace and config key: made once here, not per picture
        stage_key = (str(self.ws.root), json.dumps(self.build_cfg.to_dict(), sort_keys=True, default=str))
        self.awaiting = {f"{src.kind}:{src.value}" for src in pending}
        self._results = executor.map(_image_job, [(self.build_cfg, stage_key, src) for src in pending], 8,
                                     _image_lost)

    def _take_result(self) -> None:
        """Records the next result a worker made (stat cache, blob locations, the result itself)."""
        src, result, stat_entry, blobs = next(self._results)
        self.ws.add_blob_locations(blobs)
        raw_sha = stat_entry[-1] if stat_entry else (src.value if src.kind == "raw" else None)
        if stat_entry:
            self.ws.set_stat_entry(src.value, stat_entry)
        key = f"{src.kind}:{src.value}"
        if raw_sha:
            self.ws.save_image_result(f"{raw_sha}-{self.cfg_key}", result)
            self.just_done[key] = result
        else:
            self.done[key] = result
        self.awaiting.discard(key)

    def _is_cached(self, src: ImageSource) -> bool:
        """Cheap: a result and its blob exist. The blob's hash is checked once, when the result is used
        (a damaged one is then made again in this process)."""
        known = self._known_sha(src)
        cached = self.ws.image_result(f"{known}-{self.cfg_key}") if known else None
        return bool(cached and ("reason" in cached or self.ws.has_blob(cached["info"]["sha256"])))

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
            from ..fetch import Fetcher

            self._fetcher = Fetcher(self.cfg, self.ws.root)
        return self._fetcher

    def _fetch(self, url: str) -> bytes:
        from ..fetch import FetchError

        try:
            return self.fetcher().fetch(url)
        except FetchError as e:
            raise ImageFailure(e.reason, e.detail) from None

    def _process(self, data: bytes) -> dict:
        from .process import ImageRejected, process_image

        raw_sha = hashlib.sha256(data).hexdigest()
        cache_key = f"{raw_sha}-{self.cfg_key}"
        cached = self._cached(raw_sha)
        if cached:
            return cached
        try:
            processed = process_image(data, self.cfg)
        except ImageRejected as e:
            result = {"reason": Reason(e.reason).value, "detail": e.detail}
        except Exception as e:  # noqa: BLE001 - a hostile picture must not stop the build
            if self.strict:
                raise
            log.exception("internal error in the images stage")
            result = {"reason": Reason.INTERNAL_ERROR.value, "detail": f"{type(e).__name__}: {e}"}
        else:
            # outside the try: a full disk or a refused write is the machine's failure, not the picture's,
            # so it stops the build instead of being cached as this picture's verdict
            self.ws.put_blob(processed.info.sha256, processed.data)
            result = {"info": {f: getattr(processed.info, f) for f in processed.info.__slots__}}
        self.ws.save_image_result(cache_key, result)
        return result


_WORKER_STAGES: dict[tuple[str, str], "ImageStage"] = {}


def _image_job(job: tuple) -> tuple:
    """One picture in a worker process: (source, result, stat-cache entry of a local file or None, where
    the pictures it stored are).
    The stage is kept per workspace and config: a process must never serve one build with another's."""
    cfg, key, src = job
    stage = _WORKER_STAGES.get(key)
    if stage is None:
        stage = _WORKER_STAGES[key] = ImageStage(cfg, Workspace(key[0], worker=True))
    result = stage.result(src)
    entry = None
    if src.kind == "local":
        sha = stage.ws.known_sha256(src.value)  # None unless hashed as the file is now
        entry = stage.ws.stat_entry(src.value) if sha else None
    return src, result, entry, stage.ws.take_new_blobs()


def _image_lost(job: tuple) -> tuple:
    """A picture whose worker process died twice on it (a decompression bomb past the checks, the
    out-of-memory killer): one internal_error reject, never an aborted build."""
    _, _, src = job
    return src, {"reason": Reason.INTERNAL_ERROR.value,
                 "detail": "the worker process processing it died twice (killed, or out of memory)"}, None, {}


NAME_CHARS = 200  # a reject's detail is cut at 500 characters: the reason's own words must fit after the name


def picture_name(entry: SampleEntry, src: ImageSource, index: Phase1Index) -> str:
    """What a reject calls its picture: the address it was found or fetched at, or for a file beside a page its
    path under the input root (rejects are published: never this machine's absolute path)."""
    if src.kind == "local":
        name = os.path.relpath(src.value, index.inputs[entry.input_no].root).replace(os.sep, "/")
    elif src.kind == "raw":  # the first of the figure's addresses an archive held
        name = next((u for u in (entry.image_url, *entry.image_alternatives) if find_archived(u, index) == src.value),
                    entry.image_url or "")
    else:  # the address fetched, or the path refused as it was written in the page
        name = src.value
    return name if len(name) <= NAME_CHARS else name[:NAME_CHARS - 1] + "…"


class ImageFailure(Rejected):
    """A picture that could not be read (too large, outside the root, fetch failed)."""


FETCH_LOSSES = {Reason.IMAGE_FETCH_FAILED.value: "fetch_failed", Reason.IMAGE_FETCH_REFUSED.value: "fetch_refused"}


def run_images(index: Phase1Index, cfg: BuildConfig, ws: Workspace, ledger: Ledger,
               progress: bool = False, executor=None) -> tuple[ImageTable, set[int], Counter]:
    """Returns (sample row -> ImageInfo of its picture, the sample rows the images stage rejected, why
    the captions without a picture have none)."""
    from ..ingest.paths import forget_resolved_dirs

    forget_resolved_dirs()
    stage = ImageStage(cfg, ws)

    def sources() -> Iterator[ImageSource]:
        # made again on each pass, not kept: a list of them would be a string per row held to the end
        return (image_source(entry, index, cfg.images.fetch) for entry in index.samples)

    if cfg.images.fetch:
        stage.prefetch([src.value for src in sources() if src.kind == "fetch"], progress)
    stage.precompute(sources(), executor or SerialExecutor())
    found = ImageTable()  # columns, not an object per picture: phase 2 holds it for every row
    rejected: set[int] = set()  # rows, not ids: one article read twice may fare differently
    missing: Counter = Counter()
    for entry, src in progress_bar(progress, iterable=zip(index.samples, sources()), total=len(index.samples),
                                   desc="images", unit="img"):
        ledger.see("images")
        if src.kind == "none":
            ledger.keep("images")  # no picture anywhere: the caption goes to text_only
            missing[src.value] += 1
            continue
        result = stage.result(src)
        if "info" in result:
            found.add(entry.row, ImageInfo(**result["info"]))  # the table keeps codes, not these strings
            ledger.keep("images")
        elif src.kind == "fetch" and result["reason"] in FETCH_LOSSES:
            # the network failed us, not the caption: it stays, in text_only, and the failure is counted
            ledger.keep("images")
            missing[FETCH_LOSSES[result["reason"]]] += 1
            log.info("picture not fetched (%s): %s", result["reason"], result["detail"])
        else:
            rejected.add(entry.row)
            # the source says which figure of which page; the detail names the picture itself
            ledger.reject("images", Reason(result["reason"]), sample_at(ws, index, entry).provenance,
                          f"{picture_name(entry, src, index)}: {result['detail']}", id=entry.id)
    # where the pictures were is not needed past this stage: let those strings go (memory per row)
    index.samples.forget_sources()
    stage.close()
    return found, rejected, missing
