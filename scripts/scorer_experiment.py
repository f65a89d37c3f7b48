"""Experiment (issue 14, point 3): a small learned scorer against the rules, on first contact.

The rules in corpus/extract were written batch by batch; each batch's first-contact figure (docs/extraction.md)
is what they scored on it before any change. This script asks whether a learned scorer over general candidates
would have done better on the same batches at the same moment: for each batch, in the order the batches were
scored, a model is trained on every set scored before it and tested on it (forward chaining), so it never sees
the batch it is scored on, as the rules had not.

Candidates are general, not the rules' decisions: every picture the candidate generator finds (candidates.py:
img, lazy wrappers, noscript copies), and for each picture the texts near it: its alt and title, data-* caption
attributes, the elements up to two siblings before and three after, at each of four levels above it (and the children of those with two to five), and
loose text after it. Features are general: tree distance and direction, tag, caption/credit words in class
names, text length and shape, link density, credit shape, alt overlap, position against the body, repeated
card structure, chrome words of ancestors. Some features are readings by today's extractor (body finding, chrome
zones, caption/credit class reading, credit shapes, credit splitting): code that has seen every batch, which
favours the scorer on the batches it is tested on. A LightGBM model scores (picture, text) pairs; each picture takes
its best text when the score passes 0.5. With --rules the rules' own first-contact choices (kept in
tests/data/realworld/first_contact/) become three more features; with --veto as well the model may only drop the
rules' captions. The result is in docs/extraction.md ("Rules against a learned scorer").

Needs lightgbm (not a dependency of the package: `pip install lightgbm`). Usage:
    .venv/bin/python scripts/scorer_experiment.py --compare        # the docs' table and bootstrap
    .venv/bin/python scripts/scorer_experiment.py [--rules [--veto]] [--from-set batch-5 --to-set batch-11]
"""
from __future__ import annotations

import argparse
import math
import pickle
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

import realworld  # noqa: E402

# the order the sets were scored in (docs/extraction.md, column "scored"); 19 and 20 were scored together
ORDER = ["shared", "batch-1", "batch-3", "batch-4", "batch-2", "batch-5", "batch-7", "batch-6", "batch-8",
         "batch-9", "batch-10", "batch-11", "batch-12", "batch-13", "batch-14", "batch-15", "batch-16",
         "batch-17", "batch-18", ("batch-19", "batch-20"), "batch-21", "batch-22", "batch-23", "batch-24",
         "batch-25", "batch-26", "batch-27", "batch-28", "batch-29", "batch-30", "batch-31", "batch-32", "batch-33",
         "batch-34", "batch-35", "batch-36"]

# The commit that added each set's labels. From batch 12 on, labels were committed before any change for the
# batch, so the extractor at that commit gives the batch's first contact (it reproduces every first-contact
# figure in docs/extraction.md); the earlier sets were committed after their fixes (batches 1-4 merged at
# 24778ba), so their predictions are those of rules already fitted to them.
FIRST_CONTACT = {
    "shared": "4c986e6", "batch-1": "24778ba", "batch-2": "24778ba", "batch-3": "24778ba", "batch-4": "24778ba",
    "batch-5": "7dd68ed", "batch-7": "f4532bc", "batch-6": "f8c5370", "batch-8": "613b997", "batch-9": "c3f74ef",
    "batch-10": "c3f74ef", "batch-11": "3b0d0f7", "batch-12": "cee9037", "batch-13": "12c6d3c",
    "batch-14": "49951ee", "batch-15": "a01ba7c", "batch-16": "fab9147", "batch-17": "6b52982",
    "batch-18": "effa365", "batch-19": "22cb562", "batch-20": "22cb562", "batch-21": "9b7b6da",
    "batch-22": "2a769a6", "batch-23": "3e4438d", "batch-24": "3f84f6e", "batch-25": "c601d2b",
    "batch-26": "a7453bc", "batch-27": "70692e6", "batch-28": "17c18d3",
    "batch-29": "818f97b", "batch-30": "e0d32cf", "batch-31": "21af54b",
    "batch-32": "01ff30b", "batch-33": "80a3baa", "batch-34": "f2675d6", "batch-35": "2642f21",
    "batch-36": "9690e54"}
RULES_DIR = REPO / "tests" / "data" / "realworld" / "first_contact"

TAGS = ["figcaption", "p", "span", "div", "small", "em", "i", "strong", "b", "td", "tr", "li", "font", "center",
        "a", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "cite", "section", "footer", "figure", "table", "ul",
        "blockquote", "label", "article"]
KINDS = ["el", "sub", "tail", "alt", "title", "attr"]
_WORDS = {
    "caption": re.compile(r"caption|legend|cutline|unterschrift|podpis|opis|leyenda|didascal|keterangan|desc", re.I),
    "credit": re.compile(r"credit|copyright|courtesy|source|autor|auteur|photographer|fotograf|nachweis", re.I),
    "photo": re.compile(r"photo|foto|img|image|pic|media|bild|zdj", re.I),
    "text": re.compile(r"text|txt|info|note|wrap|inner", re.I),
    "chrome": re.compile(r"nav|menu|footer|header|logo|share|social|comment|banner|promo|sponsor|subscribe|"
                         r"newsletter|login|search|icon|button|btn|ad\b|ads\b|advert", re.I),
    "related": re.compile(r"related|more|teaser|rail|sidebar|side|popular|recommend|list|card|item|thumb|"
                          r"latest|next|prev|widget|box", re.I),
    "title": re.compile(r"title|head|hdr|name", re.I),
    "date": re.compile(r"date|time|meta|byline|author", re.I),
    "gallery": re.compile(r"gallery|slide|carousel|swiper|galer", re.I),
    "video": re.compile(r"video|player|embed|youtube", re.I),
}
_CREDIT_SHAPE = re.compile(r"©|\(c\)|\b(?:photo|foto|fot|image|picture|credit|source|quelle|bild|фото|"
                           r"照片|图片|摄影|사진|写真)\b\s*[:：/]|/\s*(?:AP|AFP|Reuters|EPA|Getty|dpa)\b", re.I)
_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b")
_SENT_END = re.compile(r"[.!?。！？][\"'”’」)]*$")


def class_words(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}" if el is not None and isinstance(el.tag, str) else ""


def word_flags(s: str) -> list[float]:
    return [1.0 if r.search(s) else 0.0 for r in _WORDS.values()]


def elements(parent) -> list:
    return [c for c in parent if isinstance(c.tag, str)]


def link_chars(el) -> int:
    return sum(len("".join(a.itertext()).strip()) for a in el.iter("a"))


def text_features(text: str, alt: str, norm, token_f1, headlines: set) -> list[float]:
    from corpus.extract.credits import is_bare_credit, looks_like_credit

    n = len(text)
    words = len(text.split()) if " " in text else max(1, n // 3)
    digits = sum(ch.isdigit() for ch in text)
    upper0 = text[:1].isupper()
    return [math.log1p(n), math.log1p(words), digits / max(1, n), float(upper0),
            float(bool(_SENT_END.search(text))), float(bool(_CREDIT_SHAPE.search(text))),
            float(looks_like_credit(text)), float(is_bare_credit(text)), float(bool(_DATE.search(text))),
            float(bool(alt) and norm(alt) == norm(text)), token_f1(alt, text) if alt else 0.0,
            float(norm(text) in headlines), float(text.count("|") + text.count("»") + text.count("›")),
            float(n < 12), float(text.endswith(("...", "…")))]


def picture_features(c, group, body, scope, zones, body_range, page_stats) -> list[float]:
    el = c.el
    chain = list(el.iterancestors())
    in_body = body is not None and body in chain
    in_scope = scope is not None and scope in chain
    zone = zones.of(el)
    link = next((a for a in [el, *chain[:3]] if a.tag == "a" and a.get("href")), None)
    href = (link.get("href") or "") if link is not None else ""
    to_image = bool(re.search(r"\.(?:jpe?g|png|gif|webp)(?:$|\?)", href, re.I))
    link_text = len("".join(link.itertext()).strip()) if link is not None else 0
    w = el.get("width") or ""
    h = el.get("height") or ""
    wn = float(w) if w.isdigit() else -1.0
    hn = float(h) if h.isdigit() else -1.0
    # repeated card structure: siblings shaped like the picture's level-2 box
    box = chain[1] if len(chain) > 1 else None
    same = 0
    if box is not None and box.getparent() is not None:
        key = (box.tag, box.get("class"))
        same = sum(1 for s in elements(box.getparent()) if (s.tag, s.get("class")) == key)
    anc_words = " ".join(class_words(a) for a in chain[:6])
    start, end = body_range
    before = float(c.order < start)
    after = float(c.order > end)
    url = (c.ref.src or "") if c.ref else ""
    return [float(in_body), float(in_scope), float(zone is not None), float(link is not None), float(to_image),
            math.log1p(link_text), wn, hn, float(same), before, after, float(c.decorative),
            float(bool(re.search(r"\.gif(?:$|\?)", url, re.I))), float(bool(re.search(r"logo|icon|banner|btn|button|"
                                                                                    r"spacer|pixel|avatar", url, re.I))),
            float(len(group.members)), page_stats["pictures"], float(any(a.tag == "figure" for a in chain[:4])),
            *word_flags(anc_words)]


def text_candidates(el, body) -> list[tuple]:
    """(text, element or None, kind, level, offset) near a picture element, nearest first."""
    from corpus.extract.captions import text_of
    from corpus.extract.credits import clean

    out = []
    for attr in ("alt", "title"):
        v = clean(el.get(attr))
        if v:
            out.append((v, None, attr, 0, 0))
    node = el
    for level in range(1, 5):
        for name, value in node.attrib.items():
            if name.startswith("data-") and re.search(r"caption|title|desc|credit", name, re.I):
                v = clean(value)
                if v and not v.startswith(("http", "/", "{")):
                    out.append((v, node, "attr", level - 1, 0))
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        tail = clean(node.tail)
        if tail:
            out.append((tail, None, "tail", level, 1))
        kids = elements(parent)
        i = kids.index(node) if node in kids else 0
        for j in range(max(0, i - 2), min(len(kids), i + 4)):
            if j == i:
                continue
            sib = kids[j]
            if sib.tag in ("script", "style", "noscript", "iframe"):
                continue
            t = text_of(sib)
            if 2 <= len(t) <= 800:
                out.append((t, sib, "el", level, j - i))
            subs = [k for k in elements(sib) if k.tag not in ("script", "style")]
            if 2 <= len(subs) <= 5:
                for k in subs:
                    t = text_of(k)
                    if 2 <= len(t) <= 800:
                        out.append((t, k, "sub", level, j - i))
            if j > i:
                tail = clean(sib.tail)
                if tail:
                    out.append((tail, None, "tail", level, j - i))
        node = parent
    return out


def candidate_features(text, cel, kind, level, offset, body, caption_words) -> list[float]:
    from corpus.extract.captions import kind_of

    tag = cel.tag if cel is not None else ""
    cw = class_words(cel)
    n = max(1, len(text))
    kind_rule = kind_of(cel) if cel is not None else None
    holds_img = float(cel is not None and any(True for _ in cel.iter("img")))
    in_body = float(cel is not None and body is not None and body in cel.iterancestors())
    return [float(level), float(offset), float(abs(offset)), float(offset > 0),
            *[float(tag == t) for t in TAGS], *[float(kind == k) for k in KINDS],
            *word_flags(cw), float(kind_rule == "figcaption"), float(kind_rule == "caption_class"),
            float(kind_rule == "credit"), link_chars(cel) / n if cel is not None else 0.0,
            float(len(list(cel.iter("a")))) if cel is not None else 0.0, holds_img, in_body,
            float(caption_words.get(text, 0))]


def page_items(name: str, label: dict, scorer) -> list[dict]:
    """Pictures of one page, each with its text candidates, their features and training labels."""
    from corpus.extract.candidates import group_candidates, preference
    from corpus.extract.credits import split_credit
    from corpus.extract.html import article_scope, find_body, parse, scan, _first_h1
    from corpus.extract.urls import absolute
    from corpus.extract.zones import Zones

    root = parse(realworld.page_bytes(name))
    page = scan(root)
    try:
        body = find_body(page, False)
    except Exception:  # noqa: BLE001 - no body: every picture is judged without one
        body = None
    scope = article_scope(body) if body is not None else None
    zones = Zones(body)
    groups = group_candidates(page.candidates, body)
    orders = [o for o, p in page.paragraphs if body is not None and body in p.iterancestors()]
    body_range = (min(orders), max(orders)) if orders else (-1, -1)
    headlines = {scorer.norm_text(t) for t in (page.title, _first_h1(root)) if t}
    base = label.get("url")
    gt = [scorer.GTImage(d, base) for d in label["images"]]
    counts: dict = {}
    for g in gt:
        for b in g.bases:
            counts[b] = counts.get(b, 0) + 1
    uniq = {b for b, k in counts.items() if k == 1}
    ignore = [f for f in (scorer.url_forms(u, base) for u in label.get("ignore") or []) if f]
    items, texts = [], []
    for g in groups:
        c = sorted(g.members, key=preference)[0]
        src = next((m.ref.src for m in sorted(g.members, key=preference) if m.ref and m.ref.src), None)
        if not src:
            continue
        src = absolute(src, base) or src
        cands = []
        seen = set()
        for text, cel, kind, level, offset in text_candidates(c.el, body):
            caption, credit = split_credit(text)
            caption = caption or text
            key = scorer.norm_text(caption)
            if not key or key in seen:
                continue
            seen.add(key)
            cands.append((caption, credit, text, cel, kind, level, offset))
            texts.append(caption)
        items.append({"page": name, "src": src, "c": c, "g": g, "cands": cands})
    caption_words: dict = {}
    for t in texts:
        caption_words[t] = caption_words.get(t, 0) + 1  # the same text near many pictures: a shared label
    stats = {"pictures": float(len(items))}
    out = []
    for it in items:
        c = it["c"]
        alt = c.el.get("alt") or ""
        pf = picture_features(c, it["g"], body, scope, zones, body_range, stats)
        form = scorer.url_forms(it["src"], base)
        target = None
        ignored = bool(form and any(form[0] == f[0] or form[1] == f[1] for f in ignore))
        if form:
            idx, _ = scorer.match_image(form, gt, uniq)
            target = gt[idx[0]] if idx else None
        rows = []
        for caption, credit, text, cel, kind, level, offset in it["cands"]:
            f = candidate_features(caption, cel, kind, level, offset, body, caption_words)
            f += text_features(caption, alt, scorer.norm_text, scorer.token_f1, headlines)
            y = int(bool(target is not None and target.caption and scorer.text_match(caption, target.caption)))
            rows.append((f + pf, y, caption, credit))
        out.append({"page": name, "src": it["src"], "rows": rows, "ignored": ignored,
                    "gt_caption": bool(target is not None and target.caption),
                    "target_caption": target.caption if target is not None else None})
    return out


def build_cache(path: Path, scorer) -> dict:
    """Every set's candidates and features, kept at path; built afresh when a labeled set is missing from it
    (delete it after changing the extractor: some features are its readings)."""
    if path.exists():
        data = pickle.loads(path.read_bytes())
        if set(data) >= set(realworld.set_names()):
            return data
    data = {}
    for name in realworld.set_names():
        gt = realworld.load_set(name)
        data[name] = [it for page, label in gt.items() for it in page_items(page, label, scorer)]
        print(f"{name}: {len(data[name])} pictures", file=sys.stderr)
    path.write_bytes(pickle.dumps(data))
    return data


def make_rules(folder: Path) -> None:
    """Each set's predictions by the extractor at its FIRST_CONTACT commit (a git worktree each, removed after),
    gzipped JSON lines in folder."""
    import gzip
    import subprocess
    import tempfile

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, commit in FIRST_CONTACT.items():
            tree = Path(tmp) / commit
            if not tree.exists():
                subprocess.run(["git", "-C", str(REPO), "worktree", "add", "-q", "--detach", str(tree), commit],
                               check=True)
            out = Path(tmp) / f"{name}.jsonl"
            subprocess.run([sys.executable, "scripts/eval_extract.py", "--set", name, "--out", str(out)], cwd=tree,
                           env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"}, check=True,
                           stdout=subprocess.DEVNULL)
            (folder / f"{name}.jsonl.gz").write_bytes(gzip.compress(out.read_bytes(), mtime=0))
            print(f"{name}: predictions of {commit}", file=sys.stderr)
    subprocess.run(["git", "-C", str(REPO), "worktree", "prune"], check=True)  # the trees are gone now


def rules_by_page(path: Path) -> dict:
    """The rules' predictions of one set (eval_extract.py --out, gzipped), by page."""
    import gzip
    import json

    out: dict = {}
    for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines():
        r = json.loads(line)
        out.setdefault(r["page"], []).append(r)
    return out


def with_rules(items: list[dict], rules: dict, labels: dict, scorer) -> list[dict]:
    """Items whose rows carry three more features: the rules kept the picture, gave it a caption, chose this
    text; the rules' caption joins the candidates when none of them is it."""
    out = []
    for it in items:
        base = labels[it["page"]].get("url")
        form = scorer.url_forms(it["src"], base)
        mine = None
        for r in rules.get(it["page"], []):
            f = scorer.url_forms(r.get("src"), base)
            if form and f and (f[0] == form[0] or f[1] == form[1]):
                mine = r
                break
        cap = (mine or {}).get("caption")
        rows = []
        for f, y, caption, credit in it["rows"]:
            chose = bool(cap and scorer.text_match(caption, cap))
            rows.append((f + [float(mine is not None), float(bool(cap)), float(chose)], y, caption, credit))
        if cap and rows and not any(row[0][-1] for row in rows):
            # features of the nearest text in tree terms are unknown; those of the most similar candidate stand in
            near = max(it["rows"], key=lambda row: scorer.token_f1(row[2], cap))
            target = it.get("target_caption")
            y = int(bool(target and scorer.text_match(cap, target)))
            rows.append((near[0] + [1.0, 1.0, 1.0], y, cap, mine.get("credit")))
        out.append({**it, "rows": rows})
    return out


PARAMS: dict = {}
TUNED: dict = {}  # chosen on batches 5-11 (forward chaining), never on the batches reported


def train(items: list[dict]):
    import lightgbm as lgb
    import numpy as np

    X = [f for it in items if not it["ignored"] for f, _, _, _ in it["rows"]]
    y = [lab for it in items if not it["ignored"] for _, lab, _, _ in it["rows"]]
    params = {**PARAMS, "objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "min_data_in_leaf": 10,
              "bagging_fraction": 0.8, "bagging_freq": 1, "feature_fraction": 0.8, "verbose": -1, "seed": 0,
              "num_threads": 2, "deterministic": True}
    params.update(TUNED)
    rounds = params.pop("rounds", 300)
    return lgb.train(params, lgb.Dataset(np.array(X, dtype=float), np.array(y)), num_boost_round=rounds)


def predict(model, items: list[dict], threshold: float, veto: bool = False) -> list[dict]:
    """Each picture's best text when its score passes threshold; with veto, only the rules' own choice may
    be kept (the model drops captions, never adds one)."""
    import numpy as np

    rows = []
    for it in items:
        todo = [r for r in it["rows"] if r[0][-1] == 1.0] if veto else it["rows"]
        if not todo:
            continue
        it = {**it, "rows": todo}
        p = model.predict(np.array([f for f, _, _, _ in it["rows"]], dtype=float))
        best = int(np.argmax(p))
        if p[best] >= threshold:
            _, _, caption, credit = it["rows"][best]
            rows.append({"page": it["page"], "src": it["src"], "caption": caption, "credit": credit})
    return rows


def forward(data: dict, first: str, last: str, threshold: float, veto: bool) -> dict:
    """{set: predictions} for the sets from first to last, each by a model trained on every set scored before it."""
    seen: list = []
    out: dict = {}
    for step in ORDER:
        names = step if isinstance(step, tuple) else (step,)
        if seen and ORDER.index(first) <= ORDER.index(step) <= ORDER.index(last):
            model = train([it for n in seen for it in data[n]])
            for n in names:
                out[n] = predict(model, data[n], threshold, veto)
        seen.extend(names)
    return out


def counts(scorer, name: str, rows: list[dict]) -> dict:
    """Per page (tp, gt, pred) of pairs, and captions predicted on negative pages."""
    res = scorer.score(realworld.load_set(name), rows, per_page=True)
    pages = {page: (c.get("tp_pairs", 0), c.get("gt_pairs", 0), c.get("pred_pairs", 0))
             for page, c in res["per_page"].items()}
    return {"pages": pages, "negatives": res["negatives"]["predicted_captions_on_negative_pages"]}


def prf(cells) -> tuple[float, float, float]:
    tp, gt, pred = (sum(c[i] for c in cells) for i in range(3))
    p, r = (tp / pred if pred else 0.0), (tp / gt if gt else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def compare(data: dict, scorer, first: str, last: str, threshold: float) -> None:
    """The rules' first contact, the scorer alone, rules + re-scoring and the veto on the same sets: a markdown
    table, captions on negative pages and a paired bootstrap over pages of the F1 difference to the rules."""
    import random

    ruled = {n: with_rules(items, rules_by_page(RULES_DIR / f"{n}.jsonl.gz"), realworld.load_set(n), scorer)
             for n, items in data.items()}
    sets = [n for step in ORDER[ORDER.index(first):ORDER.index(last) + 1]
            for n in (step if isinstance(step, tuple) else (step,))]
    rules = {n: [r for rs in rules_by_page(RULES_DIR / f"{n}.jsonl.gz").values() for r in rs] for n in sets}
    systems = {"rules (first contact)": rules,
               "learned scorer alone": forward(data, first, last, threshold, False),
               "rules + learned re-scoring": forward(ruled, first, last, threshold, False),
               "learned veto of the rules' captions": forward(ruled, first, last, threshold, True)}
    scored = {k: {n: counts(scorer, n, rows[n]) for n in sets} for k, rows in systems.items()}
    print("| batch | captioned pictures | " + " | ".join(f"{k} P / R / F1" for k in systems) + " |")
    print("|---" * (len(systems) + 2) + "|")
    for n in [*sets, "all"]:
        cells = {k: [c for m in (sets if n == "all" else [n]) for c in v[m]["pages"].values()]
                 for k, v in scored.items()}
        gt = sum(c[1] for c in cells["rules (first contact)"])
        row = " | ".join("%.3f / %.3f / **%.3f**" % prf(cells[k]) for k in systems)
        print(f"| {n.removeprefix('batch-') if n != 'all' else 'all (micro)'} | {gt} | {row} |")
    print("\ncaptions on negative pages: " + ", ".join(
        f"{k} {sum(v[n]['negatives'] for n in sets)}" for k, v in scored.items()))
    keys = [(n, page) for n in sets for page in scored["rules (first contact)"][n]["pages"]]
    rng = random.Random(0)
    draws = [[rng.choice(keys) for _ in keys] for _ in range(2000)]
    for k in list(systems)[1:]:
        diffs = sorted(prf([scored[k][n]["pages"][p] for n, p in d])[2]
                       - prf([scored["rules (first contact)"][n]["pages"][p] for n, p in d])[2] for d in draws)
        print(f"{k} - rules: F1 {sum(diffs) / len(diffs):+.3f}, 95% interval {diffs[50]:+.3f} to {diffs[1949]:+.3f} "
              f"({len(keys)} pages, 2,000 draws)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/scorer_feats.pkl"),
                    help="features of every set, built once (delete it after changing the features)")
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--rules", action="store_true",
                    help=f"the hybrid: the rules' first-contact choices (from {RULES_DIR.relative_to(REPO)}) as features")
    ap.add_argument("--veto", action="store_true", help="with --rules: the model may only drop the rules' captions")
    ap.add_argument("--compare", action="store_true",
                    help="all four (rules, scorer, hybrid, veto) side by side, with a bootstrap; the docs' table")
    ap.add_argument("--make-rules", type=Path, metavar="DIR",
                    help="write each set's first-contact predictions to DIR (git worktrees of FIRST_CONTACT) and stop")
    ap.add_argument("--from-set", default="batch-12", help="first set to test on")
    ap.add_argument("--to-set", default=ORDER[-1], help="last set to test on")
    ap.add_argument("--params", help="JSON of LightGBM parameters to try (tuning on the early batches)")
    ap.add_argument("--out", type=Path, help="the predictions, JSON lines as the scorer reads them")
    a = ap.parse_args(argv)
    if a.params:
        import json
        TUNED.update(json.loads(a.params))
    if a.make_rules:
        make_rules(a.make_rules)
        return 0
    scorer = realworld.load_scorer()
    data = build_cache(a.cache, scorer)
    if a.compare:
        compare(data, scorer, a.from_set, a.to_set, a.threshold)
        return 0
    if a.rules:
        data = {n: with_rules(items, rules_by_page(RULES_DIR / f"{n}.jsonl.gz"), realworld.load_set(n), scorer)
                for n, items in data.items()}
    predictions = forward(data, a.from_set, a.to_set, a.threshold, a.veto)
    for n, rows in predictions.items():
        c = counts(scorer, n, rows)
        p, r, f = prf(c["pages"].values())
        print(f"{n:9} P {p:.3f} R {r:.3f} F1 {f:.3f} captions on negative pages {c['negatives']}")
    if a.out:
        import json
        a.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for rows in predictions.values()
                                 for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
