from corpus.config import SplitConfig
from corpus.split import SplitItem, assign_splits, bucket, group_sizes


def items_for(n_articles: int, per_article: int = 2) -> list[SplitItem]:
    return [SplitItem(f"r{a}-{f}", f"art{a:04d}") for a in range(n_articles) for f in range(per_article)]


def test_rows_of_one_article_share_a_split_and_ratios_hold():
    rows, articles = assign_splits(items_for(2000), SplitConfig())
    for rid, split in rows.items():
        assert articles["art" + rid[1:].split("-")[0].zfill(4)] == split
    shares = {s: list(articles.values()).count(s) / len(articles) for s in ("train", "validation", "test")}
    assert 0.77 < shares["train"] < 0.83 and 0.08 < shares["validation"] < 0.12 and 0.08 < shares["test"] < 0.12


def test_reused_photo_pulls_articles_into_one_split():
    items = items_for(300, 1) + [SplitItem("x1", "art9001", image_sha256="same"),
                                 SplitItem("x2", "art9002", image_sha256="same"),
                                 SplitItem("x3", "art9003", caption_cluster="c1"),
                                 SplitItem("x4", "art9004", caption_cluster="c1", image_cluster="p7"),
                                 SplitItem("x5", "art9005", image_cluster="p7")]
    rows, _ = assign_splits(items, SplitConfig())
    assert rows["x1"] == rows["x2"]
    assert rows["x3"] == rows["x4"] == rows["x5"]
    assert group_sizes(items)[3] == 1  # x3, x4, x5 form one group of three rows


def test_split_is_stable_and_seeded():
    a, _ = assign_splits(items_for(200), SplitConfig())
    b, _ = assign_splits(list(reversed(items_for(200))), SplitConfig())
    assert a == b
    c, _ = assign_splits(items_for(200), SplitConfig(seed="other"))
    assert a != c
    assert 0 <= bucket("k", "s") < 1
