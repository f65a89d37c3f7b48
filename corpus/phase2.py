"""phase2: the corpus-wide decisions, made from the index, and the rows streamed into shards.

Takedowns, repeated ids, dedup and split groups work from the index entries; a sample's full record is
read back from its spill only to record a reject or to write its row.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from .config import BuildConfig
from .phase1 import sample_at, spill_rejects
from .progress import progress_bar
from .records import (SPLITS, DedupItem, DedupResult, HexColumn, ImageTable, Phase1Index, SampleTable,
                      hex_value)
from .rejects import Ledger, Reason
from .workspace import Workspace

log = logging.getLogger(__name__)


def drop_repeated_ids(rows: np.ndarray, index: Phase1Index, ws: Workspace, ledger: Ledger) -> np.ndarray:
    """The same article read twice (a page in a WARC and a JSONL export) gives the same ids: keep the first."""
    first = first_of_each(index.samples.ids, rows)
    for r in rows[~first]:
        e = index.samples.entry(int(r))
        ref = sample_at(ws, index, e).provenance
        ledger.reject("dedup", Reason.DEDUP_DUPLICATE_ID, ref, "same id read earlier (the same article read twice, "
                      "in this input or an earlier one)",
                      id=e.id, duplicate_of=e.id)
    return rows[first]


def first_of_each(ids: HexColumn, rows: np.ndarray) -> np.ndarray:
    """Of rows (in their order), True where the row's id is seen for the first time: a sort of 8-byte ids
    instead of a set of every id's string."""
    first = np.zeros(len(rows), dtype=bool)
    odd = np.isin(rows, np.fromiter(ids.odd, dtype=np.int64))
    regular = np.flatnonzero(~odd)
    values = np.frombuffer(ids.values, dtype=np.uint64)[rows[regular]]
    first[regular[np.unique(values, return_index=True)[1]]] = True
    seen: set[str] = set()  # ids that are not 16 hex digits (none, in practice)
    for i in np.flatnonzero(odd):
        text = ids[int(rows[i])]
        first[i] = text not in seen
        seen.add(text)
    return first


def row_array(rows) -> np.ndarray:
    """Sample rows (numbers into the build's SampleTable) as one compact array."""
    return np.fromiter(rows, dtype=np.int64)


def run_takedown(rows: np.ndarray, exclude_ids: set[str], index: Phase1Index, ws: Workspace,
                 ledger: Ledger) -> tuple[np.ndarray, dict]:
    """Takedown requests: listed ids never reach a release; each removal is recorded under its own stage
    and reason (not as a duplicate). Returns the rest and what the list did: ids listed, rows removed,
    and the listed ids that matched no row of this build (a typo, or a row already gone)."""
    ledger.see("takedown", len(rows))
    kept, matched = [], set()
    for e in index.samples.entries(rows):
        if e.id in exclude_ids:
            matched.add(e.id)
            ledger.reject("takedown", Reason.TAKEDOWN_ID, sample_at(ws, index, e).provenance,
                          "listed in --exclude-ids", id=e.id)
        else:
            kept.append(e.row)
    ledger.keep("takedown", len(kept))
    removed = len(rows) - len(kept)
    return row_array(kept), {"listed": len(exclude_ids), "removed": removed,
                             "unmatched": sorted(set(exclude_ids) - matched)}


def previous_status(drops: dict[str, tuple], ids: set[str], previous) -> dict[str, tuple]:
    """Rows keep the kept/duplicate status a previous release gave them (ids: those of this build). Where this
    build made a new row the representative of an old kept row (an earlier copy published since), the old row
    stays and the new one is the duplicate: else both would be kept."""
    if previous is None:
        return drops
    members: dict[str, list[str]] = {}
    for dup, (_, rep) in drops.items():
        members.setdefault(rep, []).append(dup)
    out = {}
    for rep, dups in members.items():
        old = sorted(d for d in dups if d in previous.split_of)
        anchor = old[0] if old and rep not in previous.split_of else rep
        if anchor != rep:
            out[rep] = (drops[anchor][0], anchor)
        out.update({d: (drops[d][0], anchor) for d in dups if d not in previous.split_of})
    drops = out
    for dup, rep in previous.duplicate_of.items():
        if dup in ids and rep in ids and dup not in drops:
            drops[dup] = (Reason.DEDUP_DUPLICATE, rep)
    return drops


def run_dedup(rows: np.ndarray, images: ImageTable, index: Phase1Index, ws: Workspace,
              cfg: BuildConfig, ledger: Ledger, previous=None) -> tuple[np.ndarray, DedupResult]:
    from . import dedup

    ledger.see("dedup", len(rows))
    rows = drop_repeated_ids(rows, index, ws, ledger)

    def items() -> Iterator[DedupItem]:
        for e in index.samples.entries(rows):
            info = images.get(e.row)
            yield DedupItem(e.id, e.article_id, e.published, None, info.sha256 if info else None,
                            info.phash if info else None, caption_key=e.caption_key,
                            read_caption=lambda e=e: sample_at(ws, index, e).caption)

    signatures = dedup.Signatures.load(ws.signatures_path())
    result = dedup.find_duplicates(items(), cfg.dedup, signatures, expected_rows=len(rows))
    signatures.save(ws.signatures_path())
    drops = {i: (Reason.DEDUP_DUPLICATE, rep) for i, rep in result.duplicate_of.items()}
    drops.update(dedup.cluster_drops(result, cfg.dedup))
    if previous is not None:
        drops = previous_status(drops, {e.id for e in index.samples.entries(rows)}, previous)
    dedup.kept_clusters(result, drops)
    kept = []
    reps = {rep for _, rep in drops.values()}
    article_of_rep: dict[str, str] = {}
    rep_of_article: dict[str, str] = {}  # an article with a row dropped -> the row it repeats
    for e in index.samples.entries(rows):
        if e.id in reps:
            article_of_rep[e.id] = e.article_id
        if e.id in drops:
            reason, rep = drops[e.id]
            rep_of_article.setdefault(e.article_id, rep)
            ledger.reject("dedup", reason, sample_at(ws, index, e).provenance, f"duplicate of {rep}",
                          id=e.id, duplicate_of=rep)
        else:
            kept.append(e.row)
    ledger.keep("dedup", len(kept))
    result.copied_article = {a: article_of_rep[rep] for a, rep in rep_of_article.items() if rep in article_of_rep}
    return row_array(kept), result


@dataclass
class Splits:
    """Where the kept rows went: the split of each sample row (an index into SPLITS, one byte a row of
    the build's SampleTable, instead of a dict keyed by id), each article's split, and the group sizes."""

    of_row: np.ndarray
    article_split: dict[str, str]
    group_sizes: dict[int, int]
    moved: int = 0  # groups moved from train to fill an empty validation or test split

    def split_of(self, row: int) -> str:
        return SPLITS[self.of_row[row]]


def run_split(rows: np.ndarray, images: ImageTable, clusters: DedupResult, index: Phase1Index,
              ws: Workspace, cfg: BuildConfig, ledger: Ledger, previous=None) -> tuple[np.ndarray, Splits]:
    """Group-aware splits; rows of a previous release keep theirs, and bridging rows are rejected."""
    from .leakage import key_hash, normalize_url
    from .split import SplitItem, assign_splits

    def url_key(url: str | None) -> int | None:
        url = normalize_url(url)
        return key_hash(url) if url else None

    items = [SplitItem(e.id, e.article_id, images.sha_bytes(e.row) if e.row in images else None,
                       clusters.image_cluster.get(e.id), clusters.caption_cluster.get(e.id),
                       url_key(e.image_url), e.published, e.site,
                       "default" if e.row in images else "text_only") for e in index.samples.entries(rows)]
    ledger.see("split", len(items))

    def changed(position: int) -> bool:
        """The row's caption or picture differs from the previous release's (read only where it matters)."""
        from .release import row_fingerprint

        e = next(index.samples.entries(rows[position:position + 1]))
        info = images.get(e.row)
        now = row_fingerprint(sample_at(ws, index, e).caption, info.sha256 if info else None)
        return now != previous.fingerprints.get(e.id)

    result = assign_splits(items, cfg.split, pinned=previous.split_of if previous else None,
                           changed=changed if previous else None)
    del items
    for config, split, groups in result.thin:
        log.warning("%s has no %s rows: its %d split group(s) are too few to fill train, validation and test",
                    config, split, groups)
    kept = []
    of_row = np.zeros(len(index.samples), dtype=np.uint8)
    for e in index.samples.entries(rows):
        if e.id in result.conflicts:
            ledger.reject("split", Reason.SPLIT_CONFLICT, sample_at(ws, index, e).provenance,
                          "its group already spans " + " and ".join(result.conflicts[e.id]), id=e.id)
        else:
            of_row[e.row] = SPLITS.index(result.row_split[e.id])
            kept.append(e.row)
    ledger.keep("split", len(rows) - len(result.conflicts))
    return row_array(kept), Splits(of_row, result.article_split, result.group_sizes, len(result.moved))


class LeakRows:
    """The rows the leakage report reads ({id, split, article_id, image_sha256, image_url}), made afresh
    on each pass from what the build holds anyway, instead of a second copy of every row."""

    def __init__(self, rows: np.ndarray, splits: Splits, images: ImageTable, samples: SampleTable):
        self.rows, self.splits, self.images, self.samples = rows, splits, images, samples

    def __iter__(self) -> Iterator[dict]:
        for e in self.samples.entries(self.rows):
            info = self.images.get(e.row)
            yield {"id": e.id, "split": self.splits.split_of(e.row), "article_id": e.article_id,
                   "image_sha256": info.sha256 if info else None, "image_url": e.image_url}


@dataclass
class WriteResult:
    rows: dict[str, dict[str, int]]
    languages: list[str]
    sites: Counter
    group_sizes: dict = field(default_factory=dict)
    groups_moved: int = 0
    leak_rows: Iterable = field(default_factory=list)  # {id, split, article_id, image_sha256, image_url}
    clusters: DedupResult = field(default_factory=DedupResult)
    shards: list = field(default_factory=list)  # write.Shard of every shard written or linked
    missing_pictures: Counter = field(default_factory=Counter)  # cause -> captions without a picture
    takedown: dict = field(default_factory=dict)  # what --exclude-ids did: listed, removed, unmatched ids


def write_rows(out: Path, rows: np.ndarray, images: ImageTable, clusters: DedupResult,
               splits: Splits, index: Phase1Index,
               ws: Workspace, cfg: BuildConfig, ledger: Ledger, run_rejects: Path,
               progress: bool = False, executor=None) -> WriteResult:
    """Rows in input order (rows of new inputs land in few shards); each row comes with a content key,
    and is made (its record and picture read) only when its shard is not reused from a release, where
    the shard is written (in the executor's workers when it has several)."""
    from .split import GroupFacts, decide_split
    from .write import ArticleRowSource, ReleaseWriter, SampleRowSource, ShardCache

    heldout = {s.lower() for s in cfg.split.heldout_sites}

    writer = ReleaseWriter(out, cfg.write.rows_per_shard, reuse=ShardCache(ws.shard_cache_path()),
                           image_rows_per_shard=cfg.write.image_rows_per_shard, executor=executor, ws=ws)
    languages: Counter = Counter()
    sites: Counter = Counter()
    for e in progress_bar(progress, iterable=index.samples.entries(rows), total=len(rows), desc="write",
                          unit="row"):
        ledger.see("write")
        info = images.get(e.row)
        config = "default" if info else "text_only"
        spill_key = index.spill_keys[e.input_no]
        caption_cluster, image_cluster = clusters.caption_cluster.get(e.id), clusters.image_cluster.get(e.id)
        # the picture's info whole (its repr has every field, each in the row): the same stored bytes can come
        # from a published file of another size (a motion photo's video cut off), which a linked shard would miss
        key = "|".join(map(str, (spill_key, e.offset, info, caption_cluster, image_cluster)))
        writer.add(config, splits.split_of(e.row),
                   SampleRowSource(spill_key, e.offset, caption_cluster, image_cluster, info), key, boundary=e.id)
        ledger.keep("write")
        languages.update(lang for lang in (e.language, e.caption_language) if lang)  # the article's, the caption's
        sites.update([e.site or "unknown"])
    figure_ids = FigureIds(index.samples, rows)
    articles = np.arange(len(index.articles), dtype=np.int64)
    for i in articles[first_of_each(index.articles.ids, articles)]:  # an article read twice is written once
        a = index.articles.entry(int(i))
        # an article whose rows all went as copies of another article's sits with that article: its
        # paragraphs are the context of the kept copy
        split = splits.article_split.get(a.article_id) or \
            splits.article_split.get(clusters.copied_article.get(a.article_id)) or decide_split(
                GroupFacts(a.article_id, a.published, (a.site or "").lower() in heldout), cfg.split)
        ids = figure_ids.of(a.article_id)
        spill_key = index.spill_keys[a.input_no]
        writer.add("articles", split, ArticleRowSource(spill_key, a.offset, ids), f"{spill_key}|{a.offset}|{ids}",
                   boundary=a.article_id)
    write_rejects(writer, [*(spill_rejects(ws, key) for key in index.spill_keys), open_lines(run_rejects)])
    rows_written = writer.finish()
    return WriteResult(rows_written, sorted(languages), sites, leak_rows=LeakRows(rows, splits, images, index.samples),
                       shards=writer.shards)


class FigureIds:
    """The ids of each article's kept figures, in row order, found in two sorted arrays instead of a dict
    of lists holding every id."""

    def __init__(self, samples: SampleTable, rows: np.ndarray):
        self.samples = samples
        odd = np.isin(rows, np.fromiter(samples.article_ids.odd, dtype=np.int64))
        self.odd: dict[str, list[int]] = {}  # article ids that are not 16 hex digits (none, in practice)
        for r in rows[odd]:
            self.odd.setdefault(samples.article_ids[int(r)], []).append(int(r))
        regular = rows[~odd]
        articles = np.frombuffer(samples.article_ids.values, dtype=np.uint64)[regular]
        order = np.argsort(articles, kind="stable")  # stable: an article's figures stay in row order
        self.articles, self.rows = articles[order], regular[order]

    def of(self, article_id: str) -> list[str]:
        value = hex_value(article_id)
        if value is None:
            rows = self.odd.get(article_id, [])
        else:
            key = np.uint64(value)
            rows = self.rows[np.searchsorted(self.articles, key, "left"):np.searchsorted(self.articles, key, "right")]
        return [self.samples.ids[int(r)] for r in rows]


def write_rejects(writer, sources: list[Iterable[str]]) -> None:
    """Per-input rejects in input order, then the build's own (ingest walk, images, dedup, split)."""
    for lines in sources:
        for line in lines:
            writer.add("rejects", "train", json.loads(line))


def open_lines(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as f:
        yield from f
