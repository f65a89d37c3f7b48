"""split: group-aware, stable assignment of rows to train/validation/test.

Items that must stay together form one group: the same article, the same photo (exact sha256 or an
image cluster from dedup) and near-duplicate captions (caption clusters). A group goes to a split by a
stable hash of its key, so the same inputs give the same splits on every machine and every version.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable

from .config import SplitConfig


@dataclass(slots=True)
class SplitItem:
    id: str
    article_id: str
    image_sha256: str | None = None
    image_cluster: str | None = None
    caption_cluster: str | None = None


class UnionFind:
    """Disjoint sets over string keys (path halving, union by size)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.size: dict[str, int] = {}

    def find(self, x: str) -> str:
        parent = self.parent
        if x not in parent:
            parent[x] = x
            self.size[x] = 1
            return x
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return ra


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


def group_items(items: Iterable[SplitItem]) -> tuple[UnionFind, dict[str, str]]:
    """Union each row with its article, photo and caption cluster; returns the sets and id -> article."""
    uf = UnionFind()
    article_of: dict[str, str] = {}
    for it in items:
        article_of[it.id] = it.article_id
        node = uf.union("a:" + it.article_id, "r:" + it.id)
        for prefix, link in (("i:", it.image_sha256), ("ic:", it.image_cluster), ("cc:", it.caption_cluster)):
            if link:
                node = uf.union(node, prefix + link)
    return uf, article_of


def assign_splits(items: Iterable[SplitItem], cfg: SplitConfig) -> tuple[dict[str, str], dict[str, str]]:
    """Returns (row id -> split, article id -> split). A group's key is its smallest article id."""
    uf, article_of = group_items(items)
    group_key: dict[str, str] = {}
    for article_id in set(article_of.values()):
        root = uf.find("a:" + article_id)
        if root not in group_key or article_id < group_key[root]:
            group_key[root] = article_id
    article_split = {a: split_for(group_key[uf.find("a:" + a)], cfg) for a in set(article_of.values())}
    return {rid: article_split[a] for rid, a in article_of.items()}, article_split


def group_sizes(items: Iterable[SplitItem]) -> dict[int, int]:
    """Histogram: number of rows in a group -> number of such groups (for the card)."""
    uf, article_of = group_items(items)
    counts: dict[str, int] = {}
    for rid in article_of:
        root = uf.find("r:" + rid)
        counts[root] = counts.get(root, 0) + 1
    hist: dict[int, int] = {}
    for n in counts.values():
        hist[n] = hist.get(n, 0) + 1
    return dict(sorted(hist.items()))
