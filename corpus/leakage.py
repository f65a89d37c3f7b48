"""leakage: what the splits of a release share, recomputed from the shards alone.

It reads the written rows (not the build's own groups), so a wrong grouping cannot hide a leak:
articles, exact images, perceptual images (pHash within a Hamming distance), normalized image URLs
and near-duplicate captions that occur in more than one split.
"""
from __future__ import annotations

import hashlib
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import unquote, urljoin, urlsplit

import numpy as np
import pyarrow.parquet as pq

from .config import DedupConfig
from .extract.urls import PROXIED as PROXIED_QUERY, SCRIPT_PATH, canonical_url
from .records import SPLITS, DedupItem
from .write import config_and_split, shards_of

KINDS = ("articles", "exact_images", "perceptual_images", "image_urls", "near_duplicate_captions")
COLUMNS = ["id", "article_id", "caption", "image_url"]


def normalize_url(url: str | None) -> str | None:
    """Scheme-less, lower-case host, no query or fragment: the same picture under size variants (a
    picture-serving script's query stays: extract.urls.SCRIPT_PATH).
    An image proxy (`/_next/image?url=...`, `imrs.php?src=...`) is keyed by the picture it serves,
    else every picture of a site would share one key."""
    if not url:
        return None
    try:
        # one encoding (extract.urls.canonical_url): "photo one.jpg" in one release is "photo%20one.jpg" in
        # a release built since, and the same picture
        parts = urlsplit(canonical_url(url.strip()))
    except ValueError:  # malformed ("http://[bad/x.jpg"): the text itself is the key
        return url.strip().lower()
    inner = PROXIED_QUERY.search(parts.query) if parts.query else None
    if inner and unquote(inner.group(1)) != url:
        return normalize_url(urljoin(url, unquote(inner.group(1))))
    path = f"{parts.path}?{parts.query}" if parts.query and SCRIPT_PATH.search(parts.path) else parts.path
    return f"{parts.netloc.lower()}{path}" if parts.netloc else path


class ShardRows:
    """id, split, article, caption, image fields of every default/text_only row (no image bytes), read
    afresh from the shards on each pass, a batch at a time: the report passes over the rows a few times,
    and a list of every row would make `corpus verify` grow by 2 KB a row."""

    def __init__(self, root: Path, captions: bool = True):
        self.root = Path(root)
        self.columns = COLUMNS if captions else [c for c in COLUMNS if c != "caption"]

    def __iter__(self) -> Iterator[dict]:
        for config in ("default", "text_only"):
            for path in shards_of(self.root, config):
                split = config_and_split(path)[1]
                pf = pq.ParquetFile(path)
                cols = self.columns + [c for c in ("image_sha256", "image_phash") if c in pf.schema_arrow.names]
                for batch in pf.iter_batches(columns=cols):
                    for row in batch.to_pylist():
                        row["split"] = split
                        yield row


def shared_across_splits(rows: Iterable[dict], key) -> list[dict]:
    """The keys whose rows lie in more than one split, with those splits. A first pass keeps 9 bytes a
    row (an 8-byte hash of the key and the split), not a set per key, so memory stays small on a large
    release; a second pass, only when some hash spans splits, reads the keys themselves."""
    hashes, codes = array("Q"), bytearray()
    for row in rows:
        k = key(row)
        if k:
            hashes.append(key_hash(k))
            codes.append(SPLITS.index(row["split"]))
    if not hashes:
        return []
    h, c = np.frombuffer(hashes, dtype=np.uint64), np.frombuffer(codes, dtype=np.uint8)
    order = np.lexsort((c, h))
    h, c = h[order], c[order]
    starts = np.flatnonzero(np.r_[True, h[1:] != h[:-1]])
    ends = np.r_[starts[1:], len(h)] - 1
    leaky = set(h[starts][c[starts] != c[ends]].tolist())
    if not leaky:
        return []
    splits_of: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        k = key(row)
        if k and key_hash(k) in leaky:  # a hash may be shared by two keys: the keys decide
            splits_of[k].add(row["split"])
    return [{"key": k, "splits": sorted(s)} for k, s in sorted(splits_of.items()) if len(s) > 1]


def key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def leakage_report(root: Path, cfg: DedupConfig | None = None, examples: int = 20) -> dict:
    """{kind: {"count": n, "examples": [...]}} for every leak kind; all counts 0 = no leakage."""
    from .dedup import find_duplicates

    cfg = cfg or DedupConfig()
    result = find_duplicates((DedupItem(r["id"], r["article_id"], None, r["caption"] or "",
                                        r.get("image_sha256"), r.get("image_phash")) for r in ShardRows(root)), cfg)
    image_group = dict(result.image_cluster)
    caption_group = dict(result.caption_cluster)
    for dup, rep in result.duplicate_of.items():  # a duplicate pair shares both photo and caption
        image_group[dup] = caption_group[dup] = rep
        image_group.setdefault(rep, rep)
        caption_group.setdefault(rep, rep)
    return report_from(ShardRows(root, captions=False), image_group, caption_group, examples)


def report_from(rows: Iterable[dict], image_group: dict, caption_group: dict, examples: int = 20) -> dict:
    """The report over rows {id, split, article_id, image_sha256, image_url} and their photo and
    caption groups (row id -> group id)."""
    leaks = {
        "articles": shared_across_splits(rows, lambda r: r["article_id"]),
        "exact_images": shared_across_splits(rows, lambda r: r.get("image_sha256")),
        "perceptual_images": shared_across_splits(rows, lambda r: image_group.get(r["id"])),
        "image_urls": shared_across_splits(rows, lambda r: normalize_url(r["image_url"])),
        "near_duplicate_captions": shared_across_splits(rows, lambda r: caption_group.get(r["id"])),
    }
    return {k: {"count": len(v), "examples": v[:examples]} for k, v in leaks.items()}


def leak_count(report: dict) -> int:
    return sum(v["count"] for v in report.values())
