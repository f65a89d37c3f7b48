"""Benchmark corpus dedup on synthetic captions with planted near-duplicates.

    .venv/bin/python scripts/bench_dedup.py [N]

Every 10th row is a planted edit (one word replaced or one appended) of an earlier caption under
the same photo (pHash 1-3 bits away), every 25th re-uses an earlier photo under a new caption.
Reports time, peak RSS (of this process) and whether the planted duplicates were found.
"""
from __future__ import annotations

import json
import random
import resource
import sys
import time
from collections import deque
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.config import DedupConfig  # noqa: E402
from corpus.dedup import find_duplicates  # noqa: E402
from corpus.records import DedupItem  # noqa: E402

_VOCAB_SIZE = 20_000


def _vocab(rng: random.Random) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(_VOCAB_SIZE)]


def _flip(phash: int, rng: random.Random, bits: int) -> int:
    for b in rng.sample(range(64), bits):
        phash ^= 1 << b
    return phash


def synthetic_items(n: int, planted: dict, seed: int = 7) -> Iterator[DedupItem]:
    """n items, generated lazily so the bench measures dedup's memory, not the input's.

    `planted` receives the counts of planted duplicate pairs and re-used photos.
    """
    rng = random.Random(seed)
    vocab = _vocab(rng)
    base = datetime(2020, 1, 1, tzinfo=timezone.utc)
    originals: deque[tuple[list[str], int, str]] = deque(maxlen=5000)  # recent wire photos
    planted.update(duplicates=0, reused_photos=0)
    for i in range(n):
        if i % 10 == 9 and originals:
            words, phash, sha = rng.choice(originals)
            words = list(words)
            if rng.random() < 0.5:  # one small edit, as papers make to wire captions
                words[rng.randrange(len(words))] = rng.choice(vocab)
            else:
                words.append(rng.choice(vocab))
            phash, sha = _flip(phash, rng, rng.randint(1, 3)), f"sha-dup-{i}"
            planted["duplicates"] += 1
        elif i % 25 == 24 and originals:
            words = [rng.choice(vocab) for _ in range(rng.randint(8, 40))]
            _, phash, sha = rng.choice(originals)
            planted["reused_photos"] += 1
        else:
            words = [rng.choice(vocab) for _ in range(rng.randint(8, 40))]
            phash, sha = rng.getrandbits(64), f"sha-{i}"
            originals.append((words, phash, sha))
        yield DedupItem(f"id{i:07d}", f"a{i // 3}", base + timedelta(minutes=i),
                        " ".join(words).capitalize() + ".", sha, f"{phash:016x}")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def bench_dedup(n: int = 100_000) -> dict:
    """Time find_duplicates over n synthetic items (generation included); timings, peak RSS, counts."""
    planted: dict = {}
    rss_before = _peak_rss_mb()
    start = time.perf_counter()
    result = find_duplicates(synthetic_items(n, planted), DedupConfig())
    seconds = time.perf_counter() - start
    return {
        "n": n,
        "seconds": round(seconds, 2),
        "items_per_second": round(n / seconds),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "peak_rss_mb_before_dedup": round(rss_before, 1),
        "planted_duplicates": planted["duplicates"],
        "found_duplicates": len(result.duplicate_of),
        "planted_reused_photos": planted["reused_photos"],
        "image_cluster_rows": len(result.image_cluster),
        "caption_cluster_rows": len(result.caption_cluster),
    }


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, nargs="?", default=100_000, metavar="N",
                    help="synthetic captions to deduplicate (default 100000)")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("N must be at least 1")
    print(json.dumps(bench_dedup(args.n), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
