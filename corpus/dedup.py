"""dedup: corpus-wide exact and near-duplicate captions and images, over a compact index.

What counts as what (all decided here; the pipeline applies the result):
  * caption duplicates: the same normalized text (exact hash) or word-shingle MinHash (rensa)
    LSH candidates whose estimated Jaccard is >= cfg.near_duplicate_threshold;
  * image duplicates: the same sha256, or pHashes within cfg.phash_distance bits;
  * a *duplicate pair* is a row in the same image cluster AND the same caption cluster as another
    row (text_only rows: the same exact caption as another text_only row). Of each such group one
    representative is kept: earliest published, then smallest id (rows without a date come last);
    the others go to `duplicate_of`;
  * surviving rows that share only the caption (or only the photo) are legitimate pairs: they get
    `caption_cluster` / `image_cluster` = the smallest surviving id of their cluster (clusters of
    >= 2 surviving rows only).
Memory: per row only its id, date, hashes and a 64-value MinHash of its first-seen caption text;
captions themselves are dropped as soon as they are hashed.
"""
from __future__ import annotations

import functools
from array import array
import hashlib
import logging
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import combinations, islice
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np

from .config import DedupConfig
from .records import DedupItem, DedupResult
from .rejects import Reason
from .workspace import replace_file, unique_suffix

log = logging.getLogger(__name__)

NUM_PERM = 64  # 64 permutations estimate Jaccard to +-0.05, plenty to separate 0.8 from chance
# Shingles are single words plus word pairs: one replaced word in a 13+ word wire caption keeps
# Jaccard >= 0.8 (with 5- or 3-word shingles a 20-word caption falls to ~0.6 / ~0.75), and the
# pairs keep some word order so shuffled vocabularies do not collide.
SHINGLE_SIZES = (1, 2)
LSH_WEIGHTS = (0.05, 0.95)  # (false positive, false negative) weights: candidates are verified anyway
MINHASH_SEED = 1
CHUNK = 2048  # items indexed per batch
PHASH_BANDS = 4  # 64-bit pHash split into 4 x 16-bit bands for multi-index search
_TOKEN = re.compile(r"[\u0e00-\u0eff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+")


class UnionFind:
    """Disjoint sets over 0..n-1 that grow as rows arrive (an array of machine ints: 8 bytes a row)."""

    def __init__(self) -> None:
        self.parent = array("q")

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving keeps trees flat
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Index:
    """What dedup keeps of each row: no caption text."""

    # columns of machine values (arrays), not one Python object per row and field (the dicts of first
    # rows per caption and per picture are gone: exact duplicates are linked with numpy at the end)
    ids: list[str] = field(default_factory=list)  # the rows' own id strings, not copies
    dates: array = field(default_factory=lambda: array("d"))  # POSIX seconds; inf when unknown
    has_image: bytearray = field(default_factory=bytearray)
    caption_key: array = field(default_factory=lambda: array("q"))  # 63-bit exact hash; -1 when no words
    phashes: array = field(default_factory=lambda: array("Q"))  # 64-bit pHash; see has_phash
    has_phash: bytearray = field(default_factory=bytearray)
    image_key: bytearray = field(default_factory=bytearray)  # 16-byte digest of the image sha256 per row
    captions: UnionFind = field(default_factory=UnionFind)
    images: UnionFind = field(default_factory=UnionFind)


def caption_tokens(caption: str) -> list[str]:
    """Case-folded words without punctuation; CJK/Thai characters are tokens of their own."""
    return _TOKEN.findall(caption.casefold())


def shingles(tokens: list[str], sizes: tuple[int, ...] = SHINGLE_SIZES) -> list[bytes]:
    """Word n-grams of each size; a caption shorter than n words gives itself as one n-gram."""
    out: list[bytes] = []
    for k in sizes:
        if len(tokens) <= k:
            out.append(" ".join(tokens).encode("utf-8"))
            continue
        out += [" ".join(tokens[i:i + k]).encode("utf-8") for i in range(len(tokens) - k + 1)]
    return list(dict.fromkeys(out))
def _exact_key(tokens: list[str]) -> int:
    digest = hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1  # non-negative; -1 means "no caption words"


def caption_key(caption: str) -> int:
    """Exact-duplicate key of a caption: a hash of its case-folded words, -1 when it has none."""
    tokens = caption_tokens(caption)
    return _exact_key(tokens) if tokens else -1


def _timestamp(d: datetime | None) -> float:
    if d is None:
        return math.inf
    return (d if d.tzinfo else d.replace(tzinfo=timezone.utc)).timestamp()


def _parse_phash(text: str | None) -> int:
    """64-bit pHash from hex; -1 when absent or not a 64-bit hash (then only sha256 matches)."""
    if not text or len(text) > 16:
        return -1
    try:
        return int(text, 16)
    except ValueError:
        log.warning("ignoring malformed pHash %r", text)
        return -1


def _batched(items: Iterable[DedupItem], n: int) -> Iterator[list[DedupItem]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


class Signatures:
    """MinHash signatures of distinct captions by caption key, in one matrix (a row per caption).

    Kept in the build's workspace between builds (`load`/`save`), so a rebuild hashes only the
    captions it has not seen before; a signature depends only on the caption's words. New ones are
    appended to the same matrix, which the LSH matcher reads by row: no second copy, no small arrays.
    Keys are found by binary search in a sorted copy of the key column (24 bytes a caption, where a
    dict took about 100)."""

    def __init__(self, keys: np.ndarray | None = None, sigs: np.ndarray | None = None):
        self.sigs = sigs if sigs is not None else np.zeros((0, NUM_PERM), dtype=np.uint32)
        self.keys = array("q", keys.astype(np.int64).tobytes()) if keys is not None else array("q")
        self.count = self.loaded = len(self.keys)
        self._sorted_at = -1  # count when the search arrays were made

    def rows_of(self, keys: list[int]) -> np.ndarray:
        """The matrix row of each key; -1 for keys without a signature."""
        wanted = np.asarray(keys, dtype=np.int64)
        if self.count == 0:
            return np.full(len(wanted), -1, dtype=np.int64)
        if self._sorted_at != self.count:  # keys were added since the search arrays were made
            column = np.frombuffer(self.keys, dtype=np.int64)
            self._order = np.argsort(column, kind="stable")
            self._sorted = column[self._order]  # a copy: the array('q') may grow again
            self._sorted_at = self.count
        at = np.minimum(np.searchsorted(self._sorted, wanted), self.count - 1)
        return np.where(self._sorted[at] == wanted, self._order[at], -1)

    def get(self, key: int) -> np.ndarray:
        row = int(self.rows_of([key])[0])
        if row < 0:
            raise KeyError(key)
        return self.sigs[row]

    def reserve(self, extra: int) -> None:
        """Room for `extra` more signatures, in one step (growing row by row would copy the matrix often)."""
        if self.count + extra > len(self.sigs):
            grown = np.zeros((max(self.count + extra, 2 * len(self.sigs), 1024), NUM_PERM), dtype=np.uint32)
            grown[:self.count] = self.sigs[:self.count]
            self.sigs = grown

    def compute(self, keys: list[int], token_lists: list[list[str]]) -> list[int]:
        """Appends the signatures of captions (keys not seen before); returns their rows."""
        # rensa (Rust): unbiased Jaccard estimates, ~9x faster than datasketch, and imports in
        # milliseconds where datasketch pulled in scipy.integrate (half a second on every build)
        from rensa import RMinHash

        matrix = RMinHash.digest_matrix_from_token_byte_sets([shingles(t) for t in token_lists], NUM_PERM,
                                                             MINHASH_SEED)
        new = np.array(matrix.to_rows(), dtype=np.uint32).reshape(-1, NUM_PERM)
        self.reserve(len(keys))
        first = self.count
        self.sigs[first:first + len(keys)] = new
        self.keys.extend(keys)
        self.count += len(keys)
        return list(range(first, self.count))

    @classmethod
    def load(cls, path: Path) -> "Signatures":
        try:
            with np.load(path) as data:
                keys, sigs = data["keys"], data["sigs"]
            if keys.ndim != 1 or sigs.shape != (len(keys), NUM_PERM):
                raise ValueError("signature arrays of the wrong shape")
            return cls(keys, sigs)
        except FileNotFoundError:
            return cls()
        except Exception:  # noqa: BLE001 - damaged (bad zip CRC, cut, edited): only costs recomputation
            log.warning("MinHash cache %s is damaged: computing the signatures again", path.name)
            return cls()

    def save(self, path: Path) -> None:
        """Writes all signatures (old and new) when there are new ones; atomically."""
        if self.count == self.loaded:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{unique_suffix()}.tmp.npz")
        np.savez(tmp, keys=np.frombuffer(self.keys, dtype=np.int64), sigs=self.sigs[:self.count])
        replace_file(tmp, path)


def _band_curve(threshold: float, bands: int, rows: int) -> tuple[float, float]:
    """(false positive, false negative) areas of the LSH S-curve 1-(1-s^rows)^bands around threshold."""
    def candidate(s):
        return 1 - (1 - s ** rows) ** bands
    below = np.linspace(0.0, threshold, 201)
    above = np.linspace(threshold, 1.0, 201)
    return float(np.trapezoid(candidate(below), below)), float(np.trapezoid(1 - candidate(above), above))


@functools.lru_cache(maxsize=None)
def lsh_bands(threshold: float, num_perm: int = NUM_PERM, weights: tuple[float, float] = LSH_WEIGHTS) -> tuple[int, int]:
    """(bands, rows per band) minimising the weighted false positive and negative areas (the choice
    MinHash LSH libraries make). With weights favouring recall, 0.8 gives 10 x 6: a pair at Jaccard
    0.8 is a candidate 95% of the time, at 0.9 99.9%; every candidate is verified anyway."""
    best, best_cost = (1, num_perm), math.inf
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp, fn = _band_curve(threshold, bands, rows)
            cost = weights[0] * fp + weights[1] * fn
            if cost < best_cost:
                best, best_cost = (bands, rows), cost
    return best


class _CaptionMatcher:
    """Banded MinHash LSH over the signatures of distinct captions, verified by the Jaccard estimate.

    The matcher keeps, per distinct caption, its index row and its row in the signature store (two
    integers); the bands are compared once at the end with numpy (a sort per band), the same
    multi-index idea as the pHash search below."""

    def __init__(self, threshold: float, store: Signatures, expected_rows: int = 0):
        self.threshold = threshold
        self.bands, self.band_rows = lsh_bands(threshold)
        self.store = store
        self.rows = array("q")  # index row of each distinct caption
        self.refs = array("q")  # its signature's row in the store
        if store.count == 0:  # a cold cache: every caption will be hashed, so size the store once
            store.reserve(expected_rows)

    def add(self, rows: list[int], refs) -> None:
        """Distinct captions: their index rows and their signatures' rows in the store."""
        self.rows.extend(rows)
        self.refs.extend(int(r) for r in refs)

    def pairs(self) -> Iterator[tuple[int, int]]:
        """(row, row) pairs of near-duplicate captions: sharing a band and estimated Jaccard >= threshold."""
        refs = np.frombuffer(self.refs, dtype=np.int64) if len(self.refs) else np.zeros(0, np.int64)
        sigs = self.store.sigs
        rows = self.rows
        for band in range(self.bands):
            part = np.ascontiguousarray(sigs[refs, band * self.band_rows:(band + 1) * self.band_rows])
            keys = part.view(np.dtype((np.void, part.dtype.itemsize * part.shape[1]))).ravel()
            order = np.argsort(keys, kind="stable")
            ordered = keys[order]
            starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
            ends = np.append(starts[1:], len(order))
            for lo, hi in zip(starts[ends - starts > 1].tolist(), ends[ends - starts > 1].tolist()):
                members = order[lo:hi]
                for k in range(len(members) - 1):  # each member against the later ones, vectorized
                    a, later = members[k], members[k + 1:]
                    close = later[(sigs[refs[later]] == sigs[refs[a]]).mean(axis=1) >= self.threshold]
                    yield from ((rows[a], rows[b]) for b in close.tolist())


def _add_batch(index: _Index, batch: list[DedupItem], signatures: Signatures) -> None:
    """Index one batch, and hash the captions no build has hashed yet (their text is read here and
    dropped)."""
    keys = []
    for item in batch:
        index.captions.add()
        index.images.add()
        index.ids.append(item.id)
        index.dates.append(_timestamp(item.published))
        index.has_image.append(item.image_sha256 is not None)
        phash = _parse_phash(item.image_phash) if item.image_sha256 else -1
        index.has_phash.append(phash >= 0)
        index.phashes.append(max(phash, 0))
        index.image_key += _image_key(item.image_sha256)
        key = item.caption_key if item.caption_key is not None else caption_key(item.caption)
        index.caption_key.append(key)
        keys.append(key)
    unknown: dict[int, DedupItem] = {}
    for key, ref, item in zip(keys, signatures.rows_of(keys).tolist(), batch):
        if key != -1 and ref < 0:
            unknown.setdefault(key, item)
    if unknown:
        texts = [i.caption if i.caption is not None else i.read_caption() for i in unknown.values()]
        signatures.compute(list(unknown), [caption_tokens(t) for t in texts])


def _image_key(sha256: str | None) -> bytes:
    return hashlib.blake2b(sha256.encode(), digest_size=16).digest() if sha256 else bytes(16)


def _union_with_firsts(sets: UnionFind, values: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Unions each of rows with the first of rows holding the same value; returns (the distinct values,
    the first row of each)."""
    distinct, first, inverse = np.unique(values[rows], return_index=True, return_inverse=True)
    firsts = rows[first]
    for row, head in zip(rows.tolist(), firsts[inverse.ravel()].tolist()):
        if row != head:
            sets.union(head, row)
    return distinct, firsts


def _link_exact(index: _Index, matcher: "_CaptionMatcher", signatures: Signatures) -> None:
    """Unions rows with the same caption words and rows with the same picture; the matcher gets one row
    per distinct caption (its first), in row order."""
    keys = np.frombuffer(index.caption_key, dtype=np.int64) if len(index.caption_key) else np.zeros(0, np.int64)
    distinct, firsts = _union_with_firsts(index.captions, keys, np.flatnonzero(keys != -1))
    order = np.argsort(firsts, kind="stable")
    matcher.add(firsts[order].tolist(), signatures.rows_of(distinct[order].tolist()))
    with_image = np.flatnonzero(np.frombuffer(bytes(index.has_image), dtype=np.uint8))
    _union_with_firsts(index.images, np.frombuffer(bytes(index.image_key), dtype="S16"), with_image)


def _single_flip_masks(bits: int, radius: int) -> np.ndarray:
    """XOR masks with at most `radius` of `bits` bits set (radius 1 over 16 bits: 17 masks)."""
    masks = [0]
    for r in range(1, radius + 1):
        masks += [sum(1 << b for b in combo) for combo in combinations(range(bits), r)]
    return np.array(masks, dtype=np.int64)


def phash_pairs(hashes: np.ndarray, max_distance: int, block: int = 65536) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Index pairs (i < j) of distinct uint64 hashes within max_distance bits, without all-pairs.

    Multi-index hashing: split each hash into PHASH_BANDS bands of 16 bits. Two hashes within d
    bits differ in at most d // PHASH_BANDS bits in some band (pigeonhole), so looking up every
    band value XOR each mask of up to that many bits finds all candidates; candidates are then
    verified on the full hash.
    """
    n = len(hashes)
    width = 64 // PHASH_BANDS
    masks = _single_flip_masks(width, max_distance // PHASH_BANDS)
    for band in range(PHASH_BANDS):
        keys = ((hashes >> np.uint64(band * width)) & np.uint64((1 << width) - 1)).astype(np.int64)
        order = np.argsort(keys, kind="stable")
        counts = np.bincount(keys, minlength=1 << width)
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        for lo in range(0, n, block):
            rows = np.arange(lo, min(lo + block, n))
            for mask in masks:
                yield from _bucket_pairs(hashes, rows, keys[rows] ^ mask, order, counts, starts, max_distance)


def _bucket_pairs(hashes, rows, query, order, counts, starts, max_distance):
    """Pairs (row, member) of each row with every member of its query bucket, verified."""
    cnt = counts[query]
    total = int(cnt.sum())
    if total == 0:
        return
    i = np.repeat(rows, cnt)
    offsets = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    j = order[np.repeat(starts[query], cnt) + offsets]
    keep = i < j
    i, j = i[keep], j[keep]
    close = np.bitwise_count(hashes[i] ^ hashes[j]) <= max_distance
    yield i[close], j[close]


def _link_phashes(index: _Index, max_distance: int) -> None:
    """Union rows whose pHashes are equal or within max_distance bits."""
    rows = np.flatnonzero(np.frombuffer(bytes(index.has_phash), dtype=np.uint8))
    if len(rows) == 0:
        return
    # one row per distinct pHash stands for all rows with that hash
    distinct, firsts = _union_with_firsts(index.images, np.frombuffer(index.phashes, dtype=np.uint64), rows)
    if max_distance <= 0:
        return
    for i, j in phash_pairs(distinct, max_distance):
        for a, b in zip(firsts[i].tolist(), firsts[j].tolist()):
            index.images.union(a, b)


def _representative(index: _Index, members: list[int]) -> int:
    """Earliest published, then smallest id."""
    return min(members, key=lambda r: (index.dates[r], index.ids[r]))


def _roots(sets: UnionFind) -> np.ndarray:
    """The root of every row's set, as one array."""
    return np.fromiter((sets.find(r) for r in range(len(sets.parent))), dtype=np.int64, count=len(sets.parent))


def _groups_of_two_or_more(keys: np.ndarray, rows: np.ndarray) -> list[np.ndarray]:
    """The rows sharing a key (keys[i] belongs to rows[i]; a key may be a row of several values), for keys
    held by at least two rows: each group in row order, groups in the order of their first row. Done with
    numpy sorts, not a dict of lists over every row (a Python object per row, the stage's peak memory)."""
    if len(rows) == 0:
        return []
    _, inverse, counts = np.unique(keys, axis=0 if keys.ndim > 1 else None, return_inverse=True,
                                   return_counts=True)
    inverse = inverse.ravel()
    shared = counts[inverse] >= 2
    rows, inverse = rows[shared], inverse[shared]
    order = np.argsort(inverse, kind="stable")
    rows, inverse = rows[order], inverse[order]
    groups = np.split(rows, np.flatnonzero(np.diff(inverse)) + 1) if len(rows) else []
    return sorted(groups, key=lambda g: int(g[0]))


def _clusters(index: _Index, survivors: np.ndarray, roots: np.ndarray) -> dict[str, str]:
    """id -> smallest surviving id of its cluster, for clusters of >= 2 survivors."""
    out: dict[str, str] = {}
    for rows in _groups_of_two_or_more(roots[survivors], survivors):
        ids = [index.ids[r] for r in rows.tolist()]
        cluster_id = min(ids)
        out.update((i, cluster_id) for i in ids)
    return out


def _result(index: _Index) -> DedupResult:
    """Rows sharing both image and caption cluster (text_only: the same exact caption) are duplicates of
    their representative; the survivors' caption and image clusters are labelled."""
    result = DedupResult()
    n = len(index.ids)
    image_roots, caption_roots = _roots(index.images), _roots(index.captions)
    has_image = np.frombuffer(bytes(index.has_image), dtype=np.uint8).astype(bool) if n else np.zeros(0, bool)
    keys = np.frombuffer(index.caption_key, dtype=np.int64) if n else np.zeros(0, np.int64)
    pairs, texts = np.flatnonzero(has_image), np.flatnonzero(~has_image & (keys != -1))
    groups = _groups_of_two_or_more(np.stack([image_roots[pairs], caption_roots[pairs]], axis=1), pairs) + \
        _groups_of_two_or_more(keys[texts], texts)
    dropped = np.zeros(n, dtype=bool)
    for rows in sorted(groups, key=lambda g: int(g[0])):
        members = rows.tolist()
        rep = _representative(index, members)
        for r in members:
            if r != rep:
                result.duplicate_of[index.ids[r]] = index.ids[rep]
                dropped[r] = True
    survivors = np.flatnonzero(~dropped)
    result.caption_cluster = _clusters(index, survivors[keys[survivors] != -1], caption_roots)
    result.image_cluster = _clusters(index, survivors[has_image[survivors]], image_roots)
    return result


def find_duplicates(items: Iterable[DedupItem], cfg: DedupConfig, signatures: Signatures | None = None,
                    expected_rows: int = 0) -> DedupResult:
    """Duplicate pairs to drop and caption/image clusters to label, over a stream of items.

    `signatures` holds MinHash signatures known from earlier builds (new ones are added to it). An
    item may come without its caption text (caption None, caption_key set): its `read_caption()` is then
    asked for the text of captions whose signature is not known yet."""
    index = _Index()
    signatures = signatures if signatures is not None else Signatures()
    matcher = _CaptionMatcher(cfg.near_duplicate_threshold, signatures, expected_rows)
    for batch in _batched(items, CHUNK):
        _add_batch(index, batch, signatures)
    _link_exact(index, matcher, signatures)
    for a, b in matcher.pairs():
        index.captions.union(a, b)
    del matcher
    _link_phashes(index, cfg.phash_distance)
    return _result(index)


def cluster_drops(result: DedupResult, cfg: DedupConfig) -> dict[str, tuple[Reason, str]]:
    """Ids the cluster policies drop -> (reason, the kept row it repeats). Rows are taken by id: a row is kept
    unless a row kept before it shares its caption cluster (drop_caption_clusters) or its image cluster
    (drop_image_clusters). With both policies a cluster's smallest id may itself be dropped by the other
    one, so the kept row named is always one that stays, never a cluster id that left."""
    policies = [(clusters, reason) for enabled, clusters, reason in (
        (cfg.drop_caption_clusters, result.caption_cluster, Reason.DEDUP_CAPTION_CLUSTER),
        (cfg.drop_image_clusters, result.image_cluster, Reason.DEDUP_IMAGE_CLUSTER)) if enabled]
    drops: dict[str, tuple[Reason, str]] = {}
    kept: list[dict[str, str]] = [{} for _ in policies]  # per policy: cluster id -> the row kept for it
    for row_id in sorted(set().union(*(clusters for clusters, _ in policies))):
        hit = next(((reason, kept[k][clusters[row_id]]) for k, (clusters, reason) in enumerate(policies)
                    if row_id in clusters and clusters[row_id] in kept[k]), None)
        if hit:
            drops[row_id] = hit
            continue
        for k, (clusters, _) in enumerate(policies):
            if row_id in clusters:
                kept[k][clusters[row_id]] = row_id
    return drops


def kept_clusters(result: DedupResult, dropped) -> None:
    """Cluster labels among the rows that stay (`dropped`: the ids that go), in place: a cluster left with one
    row is no cluster (its label said "null when unique"), a cluster id is its smallest staying id, and a
    duplicate kept after all (a previous release kept it) is in its representative's clusters, so the split
    groups and the leakage report see the two."""
    for name in ("caption_cluster", "image_cluster"):
        labels = getattr(result, name)
        members: dict[str, list[str]] = {}
        for row_id, cluster_id in labels.items():
            if row_id not in dropped:
                members.setdefault(cluster_id, []).append(row_id)
        for dup, rep in result.duplicate_of.items():
            if dup not in dropped and rep not in dropped:
                cluster_id = labels.get(rep, rep)
                group = members.setdefault(cluster_id, [])
                group += [i for i in (rep, dup) if i not in group]
        relabelled = {}
        for ids in members.values():
            if len(ids) >= 2:
                smallest = min(ids)
                relabelled.update((i, smallest) for i in ids)
        setattr(result, name, relabelled)
