import io
import random
from datetime import datetime, timedelta, timezone

import imagehash
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

from corpus.config import DedupConfig
from corpus.dedup import (NUM_PERM, Signatures, _CaptionMatcher, caption_tokens, cluster_drops, find_duplicates,
                          lsh_bands, phash_pairs)
from corpus.records import DedupItem
from corpus.rejects import Reason

T0 = datetime(2019, 11, 19, 8, 0, tzinfo=timezone.utc)
WIRE = ("A shopper looks at extension cords at a hardware store in Grass Valley, California, on Tuesday "
        "as residents prepare for another planned power shut-off by Pacific Gas and Electric")


def item(id, caption, sha="sha-" + "0" * 8, phash="a9126b57d8289d73", hours=0, article=None):
    return DedupItem(id=id, article_id=article or f"art-{id}", published=T0 + timedelta(hours=hours),
                     caption=caption, image_sha256=sha, image_phash=phash)


def wire_variants() -> list[str]:
    """Small edits papers make to one wire caption."""
    edits = [WIRE, WIRE.upper(), WIRE + ".", WIRE.replace("Tuesday", "Tuesday, Nov. 19"),
             WIRE.replace("A shopper", "One shopper"), WIRE.replace(", California,", " Calif."),
             WIRE.replace("another", "a"), "Photo: " + WIRE, WIRE + " on Tuesday"]
    return [edits[i % len(edits)] for i in range(20)]


def test_wire_photo_in_20_articles_keeps_one_representative():
    # the same wire photo (same pHash, re-encoded by each site: other sha256) with small caption edits
    # w07 was published first: it is the representative although w00 has the smaller id
    items = [item(f"w{i:02d}", cap, sha=f"sha-wire-{i}", hours=0 if i == 7 else i + 1)
             for i, cap in enumerate(wire_variants())]
    result = find_duplicates(items, DedupConfig())
    assert len(result.duplicate_of) == 19 and set(result.duplicate_of.values()) == {"w07"}
    assert "w07" not in result.duplicate_of
    assert result.caption_cluster == {} and result.image_cluster == {}


def test_representative_without_dates_is_smallest_id():
    items = [DedupItem(i, f"a{i}", None, WIRE, "same-sha", None) for i in ("c", "a", "b")]
    assert find_duplicates(items, DedupConfig()).duplicate_of == {"b": "a", "c": "a"}


def photo() -> Image.Image:
    """A photo-like picture: gradients, overlapping shapes, soft edges."""
    rng = random.Random(3)
    r = Image.linear_gradient("L").resize((1200, 900))
    g = Image.linear_gradient("L").rotate(90).resize((1200, 900))
    img = Image.merge("RGB", (r, g, Image.new("L", (1200, 900), 140)))
    draw = ImageDraw.Draw(img)
    for _ in range(25):
        x, y = rng.randrange(1100), rng.randrange(800)
        draw.ellipse([x, y, x + rng.randint(40, 300), y + rng.randint(40, 300)],
                     fill=tuple(rng.randrange(256) for _ in range(3)))
    return img.filter(ImageFilter.GaussianBlur(2))


def encoded_phashes() -> list[str]:
    img = photo()
    versions = [(img, (1200, 900), "JPEG", 92), (img, (800, 600), "JPEG", 60), (img, (640, 480), "WEBP", 50),
                (img.crop((15, 10, 1185, 890)), (400, 300), "JPEG", 40),
                (ImageEnhance.Brightness(img).enhance(1.15), (1024, 768), "PNG", None)]
    hashes = []
    for source, size, fmt, quality in versions:
        buf = io.BytesIO()
        source.resize(size, Image.LANCZOS).save(buf, fmt, **({"quality": quality} if quality else {}))
        hashes.append(str(imagehash.phash(Image.open(io.BytesIO(buf.getvalue())))))
    return hashes


def test_reused_photo_under_different_captions_is_kept_and_clustered():
    hashes = encoded_phashes()
    assert len(set(hashes)) > 1  # the crop and brightness change move some bits
    captions = ["Residents line up for generators at a hardware store before the shut-off",
                "Utility crews inspect power lines in the hills above the town",
                "Firefighters watch a controlled burn near the highway overnight",
                "The governor speaks to reporters about the outages in Sacramento",
                "A family cooks dinner by candlelight during the blackout on Wednesday"]
    items = [item(f"r{i}", cap, sha=f"sha-r{i}", phash=h) for i, (cap, h) in enumerate(zip(captions, hashes))]
    items.append(item("other", WIRE, sha="sha-other", phash=f"{int(hashes[0], 16) ^ 0xFFFF_FFFF:016x}"))
    result = find_duplicates(items, DedupConfig())
    assert result.duplicate_of == {}
    assert result.image_cluster == {f"r{i}": "r0" for i in range(5)}
    assert result.caption_cluster == {}


def test_near_duplicate_caption_under_other_photo_is_a_legitimate_pair():
    items = [item("p1", WIRE, sha="sha-1", phash="0000000000000000"),
             item("p2", WIRE.replace("Tuesday", "Wednesday"), sha="sha-2", phash="ffffffffffffffff"),
             item("p3", "An unrelated caption about a football match in Leeds on Saturday", sha="sha-3",
                  phash="00000000ffffffff")]
    result = find_duplicates(items, DedupConfig())
    assert result.duplicate_of == {}
    assert result.caption_cluster == {"p1": "p1", "p2": "p1"}
    assert result.image_cluster == {}


def test_text_only_exact_duplicates():
    items = [item("t2", "Rescue workers search the rubble after the earthquake", sha=None, phash=None, hours=1),
             item("t1", "Rescue workers search the rubble after the earthquake!", sha=None, phash=None, hours=2),
             item("t3", "Rescue workers search the rubble after the earthquake on Friday", sha=None, phash=None),
             item("img", "Rescue workers search the rubble after the earthquake", sha="sha-i")]
    result = find_duplicates(items, DedupConfig())
    assert result.duplicate_of == {"t1": "t2"}
    # the image row shares the caption but not a picture: a cluster, not a duplicate
    assert result.caption_cluster["img"] == result.caption_cluster["t2"] == "img"


def test_phash_pairs_match_brute_force():
    rng = np.random.default_rng(5)
    base = rng.integers(0, 2**63, size=400, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    flips = [np.uint64(sum(1 << int(b) for b in rng.choice(64, k, replace=False))) for k in range(1, 10)]
    near = np.array([base[i] ^ flips[i % len(flips)] for i in range(100)], dtype=np.uint64)
    hashes = np.unique(np.concatenate([base, near]))
    found = set()
    for i, j in phash_pairs(hashes, 6):
        found |= set(zip(i.tolist(), j.tolist()))
    dist = np.bitwise_count(hashes[:, None] ^ hashes[None, :])
    expected = {(i, j) for i, j in zip(*np.nonzero(dist <= 6)) if i < j}
    assert found == expected and len(expected) >= 60


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.8, 0.9, 0.95])
def test_lsh_bands_favour_recall_at_the_threshold(threshold):
    bands, rows = lsh_bands(threshold)
    assert bands * rows <= NUM_PERM

    def candidate(s):
        return 1 - (1 - s ** rows) ** bands
    assert candidate(threshold) >= 0.88  # verification removes false candidates, so recall comes first
    assert candidate(threshold + 0.05) >= 0.95
    assert candidate(threshold - 0.3) <= 0.16


def test_caption_matcher_finds_the_near_duplicate_pairs_brute_force_finds():
    """Banded LSH finds (almost) every pair whose MinHash estimate passes, and nothing else."""
    rng = random.Random(3)
    words = [f"w{i}" for i in range(400)]
    base = [[rng.choice(words) for _ in range(rng.randint(18, 30))] for _ in range(150)]
    edited = []
    for toks in base[:100]:  # one word replaced, or the last dropped: what papers do to wire captions
        t = list(toks)
        if rng.random() < 0.5:
            t[rng.randrange(len(t))] = rng.choice(words)
        edited.append(t[:-1] if len(t) == len(toks) and t == toks else t)
    captions = [" ".join(t) for t in base + edited]
    sigs = Signatures()
    keys = list(range(len(captions)))
    sigs.compute(keys, [caption_tokens(c) for c in captions])
    matcher = _CaptionMatcher(0.8, sigs)
    matcher.add(keys, sigs.rows_of(keys))
    found = {tuple(sorted(p)) for p in matcher.pairs()}
    matrix = np.stack([sigs.get(k) for k in keys])
    estimate = (matrix[:, None, :] == matrix[None, :, :]).mean(axis=2)
    brute = {(i, j) for i, j in zip(*np.nonzero(estimate >= 0.8)) if i < j}
    assert found <= brute and len(found) >= 0.9 * len(brute) and len(brute) >= 50
    assert all(j - i == 150 for i, j in found)  # only a caption and its own edit


def test_signatures_are_deterministic_and_estimate_jaccard():
    a = "firefighters tackle a blaze at a warehouse in the east of the city on monday night".split()
    b = a[:-1] + ["evening"]
    s1, s2 = Signatures(), Signatures()
    s1.compute([1, 2], [a, b])
    s2.compute([1, 2], [a, b])
    assert (s1.get(1) == s2.get(1)).all() and s1.get(1).dtype == np.uint32
    true = len(set(a) & set(b)) / len(set(a) | set(b))  # on words alone; shingles add word pairs
    assert abs(float((s1.get(1) == s1.get(2)).mean()) - true) < 0.25


def test_cluster_drops_policy():
    items = [item("p1", WIRE, sha="sha-1", phash="0000000000000000"),
             item("p2", WIRE, sha="sha-2", phash="ffffffffffffffff")]
    result = find_duplicates(items, DedupConfig())
    assert cluster_drops(result, DedupConfig()) == {}
    drops = cluster_drops(result, DedupConfig(drop_caption_clusters=True))
    assert drops == {"p2": (Reason.DEDUP_CAPTION_CLUSTER, "p1")}


def test_both_cluster_policies_name_only_rows_that_stay_and_labels_follow_the_rows_kept():
    """a = (photo A, caption 2), b = (photo A, caption 1), c = (photo Q, caption 1). Each policy took its
    cluster's smallest id as the kept row: c was dropped as a copy of b while b was dropped as a copy of a, so
    c's reject named a row not in the release, and kept rows kept labels of clusters they were alone in."""
    from corpus.dedup import kept_clusters
    from corpus.records import DedupResult

    def result():
        return DedupResult(caption_cluster={"b": "b", "c": "b"}, image_cluster={"a": "a", "b": "a"})

    both = DedupConfig(drop_caption_clusters=True, drop_image_clusters=True)
    drops = cluster_drops(result(), both)
    assert drops == {"b": (Reason.DEDUP_IMAGE_CLUSTER, "a")}  # c's caption is alone among the rows that stay
    assert all(kept not in drops for _, kept in drops.values())
    r = result()
    kept_clusters(r, drops)
    assert r.caption_cluster == {} and r.image_cluster == {}  # a and c are each unique in the release
    r = result()
    kept_clusters(r, cluster_drops(r, DedupConfig(drop_caption_clusters=True)))
    assert r.caption_cluster == {} and r.image_cluster == {"a": "a", "b": "a"}
    # a duplicate kept after all (its previous release kept it) joins its representative's clusters
    r = DedupResult(duplicate_of={"d": "b"}, caption_cluster={"b": "b", "c": "b"})
    kept_clusters(r, {})
    assert r.caption_cluster == {"b": "b", "c": "b", "d": "b"} and r.image_cluster == {"b": "b", "d": "b"}


def test_duplicates_across_batches_and_captions_read_once_each(monkeypatch):
    """Exact duplicates are linked however far apart they arrive (batches of CHUNK rows); a caption
    given only by key is read once, for the first row that carries it, and not at all when a signature
    from an earlier build is known."""
    import corpus.dedup as dedup
    from corpus.dedup import caption_key

    monkeypatch.setattr(dedup, "CHUNK", 3)
    texts = {0: "council votes on the new harbour bridge plan after a long night",
             1: "firefighters tackle a warehouse blaze in the east of the city",
             2: "the home side celebrates a late winner in the cup final",
             3: "snow closes mountain passes as the first winter storm arrives"}
    reads = []

    def keyed(id, n, sha):
        def read():
            reads.append(id)
            return texts[n]
        return DedupItem(id=id, article_id=f"a-{id}", published=T0, caption=None, image_sha256=sha,
                         image_phash=None, caption_key=caption_key(texts[n]), read_caption=read)

    items = [keyed(f"r{i}", i % 4, f"sha-{i}") for i in range(8)] + [keyed("r8", 0, "sha-1")]
    known = Signatures()
    known.compute([caption_key(texts[3])], [caption_tokens(texts[3])])
    result = find_duplicates(items, DedupConfig(phash_distance=0), known)
    assert sorted(reads) == ["r0", "r1", "r2"]  # r3's caption was known; r4..r8 repeat r0..r3
    assert result.caption_cluster["r4"] == result.caption_cluster["r0"] == "r0"
    assert result.caption_cluster["r8"] == "r0" and result.caption_cluster["r5"] == "r1"
    assert result.image_cluster["r8"] == result.image_cluster["r1"] == "r1"  # same picture, 7 rows apart
    assert result.duplicate_of == {}
