from datetime import datetime, timezone

from corpus.config import SplitConfig
from corpus.split import SplitItem, assign_splits, bucket


def items_for(n_articles: int, per_article: int = 2) -> list[SplitItem]:
    return [SplitItem(f"r{a}-{f}", f"art{a:04d}") for a in range(n_articles) for f in range(per_article)]


def test_rows_of_one_article_share_a_split_and_ratios_hold():
    r = assign_splits(items_for(2000), SplitConfig())
    rows, articles = r.row_split, r.article_split
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
    r = assign_splits(items, SplitConfig())
    rows = r.row_split
    assert rows["x1"] == rows["x2"]
    assert rows["x3"] == rows["x4"] == rows["x5"]
    assert r.group_sizes[3] == 1  # x3, x4, x5 form one group of three rows


def test_split_is_stable_and_seeded():
    a = assign_splits(items_for(200), SplitConfig()).row_split
    b = assign_splits(list(reversed(items_for(200))), SplitConfig()).row_split
    assert a == b
    c = assign_splits(items_for(200), SplitConfig(seed="other")).row_split
    assert a != c
    assert 0 <= bucket("k", "s") < 1


def test_pinned_rows_keep_their_split_and_new_rows_join_them():
    items = items_for(50, 1)
    first = assign_splits(items, SplitConfig()).row_split
    flipped = {rid: ("test" if s == "train" else "train") for rid, s in first.items()}
    new = [SplitItem("n1", "art9100", image_sha256="p"), SplitItem("r0-0", "art0000", image_sha256="p")]
    r = assign_splits(items + new[:1], SplitConfig(), pinned=flipped)
    assert all(r.row_split[rid] == flipped[rid] for rid in flipped)
    both = [SplitItem("n2", "art9200", image_sha256="q"), SplitItem("r1-0", "art0001", image_sha256="q"),
            SplitItem("r2-0", "art0002", image_sha256="q")]
    pins = {"r1-0": "train", "r2-0": "test"}
    r = assign_splits(both, SplitConfig(), pinned=pins)
    assert r.conflicts == {"n2": ["test", "train"]} and "n2" not in r.row_split


def test_a_changed_pinned_row_that_would_put_its_group_in_two_splits_conflicts():
    """Pins spanning two splits in one group: the rows whose content changed give way (smallest id first keeps
    its split when no unchanged row disagrees); unchanged rows and groups in one split are left alone."""
    group = [SplitItem("a", "art1", image_sha256="q"), SplitItem("b", "art2", image_sha256="q"),
             SplitItem("c", "art3", image_sha256="q"), SplitItem("d", "art4", image_sha256="z")]
    pins = {"a": "train", "b": "test", "c": "train", "d": "validation"}
    asked = []

    def changed_of(ids):
        return lambda pos: asked.append(group[pos].id) or group[pos].id in ids

    r = assign_splits(group, SplitConfig(), pinned=pins, changed=changed_of({"a", "d"}))
    assert r.conflicts == {"a": ["test", "train"]} and r.row_split == {"b": "test", "c": "train", "d": "validation"}
    assert "d" not in asked  # a group in one split reads no caption
    r = assign_splits(group[:2], SplitConfig(), pinned=pins, changed=changed_of({"a", "b"}))
    assert r.conflicts == {"b": ["test", "train"]} and r.row_split == {"a": "train"}
    r = assign_splits(group[:2], SplitConfig(), pinned=pins, changed=changed_of(set()))
    assert r.conflicts == {} and r.row_split == {"a": "train", "b": "test"}  # unchanged: the build's grouping


def test_runaway_caption_chains_are_cut_at_the_cap():
    chain = [SplitItem(f"c{i}", f"art{i:05d}", caption_cluster="generic") for i in range(100)]
    capped = assign_splits(chain, SplitConfig(max_group_size=10))
    assert max(capped.group_sizes) <= 10
    uncapped = assign_splits(chain, SplitConfig(max_group_size=0))
    assert uncapped.group_sizes == {100: 1}


def test_the_group_cap_counts_rows_and_cuts_the_same_rows_whatever_the_input_order():
    """The cap counted union-find nodes (a row's article, photo and URL nodes too): 200 wire captions on their
    own photos were cut into 166 + 34 groups under the default cap of 500, six under a cap of 8 into five
    groups; and which rows were cut depended on the order of the inputs."""
    def wire(n):
        return [SplitItem(f"w{i:03d}", f"art{i:05d}", image_sha256=f"photo{i}", image_url=1000 + i,
                          caption_cluster="wire") for i in range(n)]

    assert assign_splits(wire(200), SplitConfig()).group_sizes == {200: 1}
    assert assign_splits(wire(6), SplitConfig(max_group_size=8)).group_sizes == {6: 1}
    capped = assign_splits(wire(30), SplitConfig(max_group_size=10))
    assert capped.group_sizes == {10: 1, 1: 20}
    assert assign_splits(list(reversed(wire(30))), SplitConfig(max_group_size=10)).row_split == capped.row_split


def test_date_split_and_heldout_sites():
    from datetime import datetime, timezone

    def at(day):
        return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)

    items = [SplitItem("old", "a1", published=at("2020-01-01")), SplitItem("mid", "a2", published=at("2021-06-01")),
             SplitItem("new", "a3", published=at("2023-01-01")),
             SplitItem("same-photo", "a4", image_sha256="p", published=at("2023-05-01")),
             SplitItem("old-photo", "a5", image_sha256="p", published=at("2019-05-01")),
             SplitItem("site", "a6", site="Held Out News", published=at("2019-01-01"))]
    cfg = SplitConfig(date_split=("2021-01-01", "2022-01-01"), heldout_sites=("held out news",))
    rows = assign_splits(items, cfg).row_split
    assert rows == {"old": "train", "mid": "validation", "new": "test", "same-photo": "train",
                    "old-photo": "train", "site": "test"}


def test_empty_validation_and_test_are_filled_when_there_are_enough_groups():
    cfg = SplitConfig(train=0.98, validation=0.01, test=0.01)  # a hash split that leaves both empty
    items = [SplitItem(f"r{a}-{n}", f"art{a}", config="text_only" if n else "default")
             for a in range(6) for n in range(2)]
    res = assign_splits(items, cfg)
    for config in ("default", "text_only"):
        splits = {res.row_split[it.id] for it in items if it.config == config}
        assert splits == {"train", "validation", "test"}, config
    for a in range(6):  # a group still never spans two splits
        assert len({res.row_split[f"r{a}-{n}"] for n in range(2)}) == 1
    assert len(res.moved) == 2 and not res.thin
    assert assign_splits(list(reversed(items)), cfg).row_split == res.row_split  # stable, order-free


def test_too_few_groups_are_reported_not_forced():
    res = assign_splits([SplitItem("r1", "a1"), SplitItem("r2", "a2")], SplitConfig(train=0.98, validation=0.01,
                                                                                      test=0.01))
    assert set(res.row_split.values()) == {"train"} and not res.moved
    assert ("default", "validation", 2) in res.thin and ("default", "test", 2) in res.thin


def test_date_splits_are_never_rebalanced():
    items = [SplitItem(f"r{i}", f"a{i}", published=datetime(2020, 1, 1 + i, tzinfo=timezone.utc)) for i in range(5)]
    res = assign_splits(items, SplitConfig(date_split=("2021-01-01", "2022-01-01")))
    assert set(res.row_split.values()) == {"train"} and not res.moved and not res.thin


def test_filling_one_config_s_empty_split_never_takes_another_config_s_last_train_group():
    """Default's test was filled with the train group nearest the test range, which held text_only's only
    train row: text_only then had no train split (load_dataset(..., "text_only") had none), without a word."""
    cfg = SplitConfig()
    keys = sorted((bucket(f"art{i:04d}", cfg.seed), f"art{i:04d}") for i in range(400))
    train = [k for b, k in keys if b < cfg.train]
    val = next(k for b, k in keys if cfg.train <= b < cfg.train + cfg.validation)
    test = next(k for b, k in keys if b >= cfg.train + cfg.validation)
    nearest = train[-1]  # the train group whose hash lies nearest the validation and test ranges
    items = [SplitItem(f"{k}-p", k) for k in train[:4] + [nearest]]  # default: train only
    items += [SplitItem(f"{nearest}-t", nearest, config="text_only"), SplitItem(f"{val}-t", val, config="text_only"),
              SplitItem(f"{test}-t", test, config="text_only")]
    r = assign_splits(items, cfg)
    splits = {c: {r.row_split[it.id] for it in items if it.config == c} for c in ("default", "text_only")}
    assert splits["text_only"] == {"train", "validation", "test"}
    assert splits["default"] == {"train", "validation", "test"} and r.row_split[f"{nearest}-p"] == "train"

