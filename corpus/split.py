"""split: group-aware, stable assignment of rows to train/validation/test.

Items that must stay together form one group: the same article, the same photo (exact sha256 or an
image cluster from dedup) and near-duplicate captions (caption clusters). A group goes to a split by a
stable hash of its key, so the same inputs give the same splits on every machine and every version.
"""
from __future__ import annotations

import hashlib
from array import array
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable, Iterable

from .config import SplitConfig


@dataclass(slots=True)
class SplitItem:
    id: str
    article_id: str
    # the exact photo and its normalized URL are only compared: any key that is equal exactly when they
    # are will do (the build passes the 32-byte digest and an 8-byte hash of the URL: less memory a row)
    image_sha256: str | bytes | None = None
    image_cluster: str | None = None
    caption_cluster: str | None = None
    image_url: str | int | None = None  # normalized: the same picture URL in two articles is one photo
    published: datetime | None = None
    site: str | None = None
    config: str = "default"  # the config the row lands in: "default" (with a picture) or "text_only"


class UnionFind:
    """Disjoint sets over 0..n-1 (path halving, union by size), in arrays of machine ints: 16 bytes a
    node, where string-keyed dicts cost about a kilobyte a row."""

    def __init__(self) -> None:
        self.parent = array("q")
        self.size = array("q")  # nodes under a root (for union by size)
        self.rows = array("q")  # rows under a root: named nodes (article, photo, ...) weigh nothing

    def add(self, rows: int = 0) -> int:
        self.parent.append(len(self.parent))
        self.size.append(1)
        self.rows.append(rows)
        return len(self.parent) - 1

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.rows[ra] += self.rows[rb]
        return ra


class Nodes:
    """Named nodes of a UnionFind, one table per kind (article, photo, cluster, URL), keyed by the
    strings the items already hold (no prefixed copies)."""

    def __init__(self, uf: UnionFind) -> None:
        self.uf = uf
        self.tables: dict[str, dict[str, int]] = {}

    def node(self, kind: str, key: str) -> int:
        table = self.tables.setdefault(kind, {})
        found = table.get(key)
        if found is None:
            found = table[key] = self.uf.add()
        return found


def bucket(key: str, seed: str) -> float:
    """A stable number in [0, 1) for a group key."""
    digest = hashlib.sha256(f"{seed}|{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_for(key: str, cfg: SplitConfig) -> str:
    x = bucket(key, cfg.seed)
    if x < cfg.train:
        return "train"
    if x < cfg.train + cfg.validation:
        return "validation"
    return "test"


@dataclass
class GroupFacts:
    key: str  # smallest article id: a stable name for the group
    first: datetime | None = None  # earliest publication date in the group
    heldout: bool = False  # touches a held-out site


def decide_split(g: GroupFacts, cfg: SplitConfig) -> str:
    """Held-out sites go to test; with a date split the group's earliest date decides (NYTimes800k
    style); otherwise, and for undated groups, the stable hash of the group key."""
    if g.heldout:
        return "test"
    if cfg.date_split and g.first is not None:
        d1, d2 = (date.fromisoformat(d) for d in cfg.date_split)
        day = g.first.date()
        return "train" if day < d1 else "validation" if day <= d2 else "test"
    return split_for(g.key, cfg)


def group_items(items: list[SplitItem], max_group_size: int = 0) -> UnionFind:
    """Union each row (node = its position in items) with its article and photo, then with its caption
    cluster.

    Article and photo links are never broken. A caption-cluster link that would make a group larger
    than max_group_size is skipped (runaway chains of generic wire captions); the leakage report
    then shows what is shared, so the cut is visible.
    """
    uf = UnionFind()
    for _ in items:
        uf.add(rows=1)
    nodes = Nodes(uf)
    for row, it in enumerate(items):
        node = uf.union(nodes.node("article", it.article_id), row)
        for kind, link in (("photo", it.image_sha256), ("cluster", it.image_cluster), ("url", it.image_url)):
            if link:
                node = uf.union(node, nodes.node(kind, link))
    # by cluster, then row id: which links a cap skips depends on the rows, never on the order of the inputs
    linked = sorted((row for row, it in enumerate(items) if it.caption_cluster),
                    key=lambda row: (items[row].caption_cluster, items[row].id))
    for row in linked:
        a, b = uf.find(row), uf.find(nodes.node("caption", items[row].caption_cluster))
        if a != b and max_group_size and uf.rows[a] + uf.rows[b] > max_group_size:
            continue
        uf.union(a, b)
    return uf


@dataclass
class SplitResult:
    row_split: dict[str, str]
    article_split: dict[str, str]
    conflicts: dict[str, list[str]]  # new row id -> the splits its group already spans
    group_sizes: dict[int, int]  # rows in a group -> number of such groups
    moved: list[str] = field(default_factory=list)  # group keys moved to fill an empty split
    thin: list[tuple[str, str, int]] = field(default_factory=list)  # (config, empty split, groups it has)


def assign_splits(items: Iterable[SplitItem], cfg: SplitConfig, pinned: dict[str, str] | None = None,
                  changed: Callable[[int], bool] | None = None) -> SplitResult:
    """A group goes to the split its pinned rows (a previous release) hold, else by the hash of its key
    (its smallest article id). New rows of a group whose pinned rows span several splits conflict, and so do
    pinned rows whose content changed since (changed(position in items)) where keeping their split would
    put the group in several splits: their new picture or caption is another split's."""
    items = list(items)
    pinned = pinned or {}  # not copied: a previous release's ids may be millions
    uf = group_items(items, cfg.max_group_size)
    stale = stale_pins(items, uf, pinned, changed) if changed else {}
    facts: dict[int, GroupFacts] = {}  # by root node
    held: dict[int, set[str]] = {}
    sizes: dict[int, int] = {}
    heldout_sites = {s.lower() for s in cfg.heldout_sites}
    for row, it in enumerate(items):
        root = uf.find(row)
        g = facts.setdefault(root, GroupFacts(it.article_id))
        g.key = min(g.key, it.article_id)
        if it.published is not None and (g.first is None or it.published < g.first):
            g.first = it.published
        g.heldout = g.heldout or (it.site or "").lower() in heldout_sites
        sizes[root] = sizes.get(root, 0) + 1
        if it.id in pinned and it.id not in stale:
            held.setdefault(root, set()).add(pinned[it.id])
    row_split, conflicts = {}, {}
    for row, it in enumerate(items):
        rid = it.id
        root = uf.find(row)
        splits = held.get(root, set())
        if rid in stale:
            conflicts[rid] = sorted(splits | {stale[rid]})
        elif rid in pinned:
            row_split[rid] = pinned[rid]
        elif len(splits) > 1:
            conflicts[rid] = sorted(splits)
        else:
            row_split[rid] = next(iter(splits)) if splits else decide_split(facts[root], cfg)
    moved, thin = fill_empty_splits(items, uf, facts, row_split, set(held), cfg)
    article_split = {}
    for it in sorted(items, key=lambda it: it.id):  # by id: an article's split is its smallest row's
        if it.id in row_split:
            article_split.setdefault(it.article_id, row_split[it.id])
    hist: dict[int, int] = {}
    for n in sizes.values():
        hist[n] = hist.get(n, 0) + 1
    return SplitResult(row_split, article_split, conflicts, dict(sorted(hist.items())), moved, thin)


def stale_pins(items: list[SplitItem], uf: UnionFind, pinned: dict[str, str],
               changed: Callable[[int], bool]) -> dict[str, str]:
    """Pinned rows (id -> old split) that lose their pin: in a group whose pins span several splits, a row
    whose content changed keeps its split only if the group's unchanged rows (and the changed rows of smaller
    id kept so far) hold no other. Only such groups are looked at, so `changed` reads few captions."""
    by_root: dict[int, list[int]] = {}
    for pos, it in enumerate(items):
        if it.id in pinned:
            by_root.setdefault(uf.find(pos), []).append(pos)
    stale = {}
    for positions in by_root.values():
        if len({pinned[items[p].id] for p in positions}) < 2:
            continue
        moved = sorted((p for p in positions if changed(p)), key=lambda p: items[p].id)
        held = {pinned[items[p].id] for p in set(positions) - set(moved)}
        for p in moved:
            split = pinned[items[p].id]
            if held <= {split}:
                held.add(split)
            else:
                stale[items[p].id] = split
    return stale


MIN_GROUPS = 3  # a config needs this many split groups before every split can get one


def fill_empty_splits(items: list[SplitItem], uf: UnionFind, facts: dict, row_split: dict, pinned: set[int],
                      cfg: SplitConfig) -> tuple[list[str], list[tuple[str, str, int]]]:
    """Give validation and test at least one group of each config when the config has enough groups: a
    hash split of few groups leaves them empty by chance, and `datasets` loads no empty split. The group
    moved is the train group whose hash lies nearest the empty split's range, so the choice is stable.
    Date splits, held-out sites and groups pinned by a previous release are never moved.
    Returns the moved group keys and the (config, split, groups) that stay empty."""
    if cfg.date_split or cfg.heldout_sites:
        return [], []
    roots: dict[str, set[int]] = {}
    first_of: dict[int, str] = {}  # a group's first row id (its rows share a split); not a list of all
    configs_of: dict[int, set[str]] = {}
    for row, it in enumerate(items):
        if it.id in row_split:
            root = uf.find(row)
            roots.setdefault(it.config, set()).add(root)
            first_of.setdefault(root, it.id)
            configs_of.setdefault(root, set()).add(it.config)
    moved, thin = [], []
    for config in sorted(roots):
        for target in ("validation", "test"):
            split_of = {r: row_split[first_of[r]] for r in roots[config]}
            if target in split_of.values():
                continue
            # a group also holds rows of the other config: moving another config's last train group would
            # empty that config's train to fill this one's test
            trains = {c: sum(row_split[first_of[r]] == "train" for r in roots[c]) for c in roots}
            train = sorted(r for r, s in split_of.items() if s == "train" and r not in pinned
                           and all(trains[c] > 1 for c in configs_of[r] if c != config))
            if len(roots[config]) < MIN_GROUPS or len(train) < 2:
                thin.append((config, target, len(roots[config])))
                continue
            pick = min(train, key=lambda r: (_distance(bucket(facts[r].key, cfg.seed), target, cfg), facts[r].key))
            for row, it in enumerate(items):
                if it.id in row_split and uf.find(row) == pick:
                    row_split[it.id] = target
            moved.append(facts[pick].key)
    return moved, thin


def _distance(x: float, target: str, cfg: SplitConfig) -> float:
    """How far a bucket lies from the target split's range of buckets."""
    lo = cfg.train if target == "validation" else cfg.train + cfg.validation
    hi = lo + (cfg.validation if target == "validation" else cfg.test)
    return 0.0 if lo <= x < hi else min(abs(x - lo), abs(x - hi))
