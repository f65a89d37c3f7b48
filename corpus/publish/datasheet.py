"""datasheet: DATASHEET.md of a release, after "Datasheets for Datasets" (Gebru et al., 2021).

What is measured comes from the release's shards (see measure.py), except the stage counts, reject reasons,
split groups and leakage, which are the build's own (recorded in manifest.json); questions only a
maintainer can answer come from the build config's `datasheet` section and are marked Unanswered
until set. The text holds no dates or machine paths: the same release gives the same bytes.
"""
from __future__ import annotations

import inspect
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from ..records import CONFIGS, SPLITS
from ..rejects import Reason
from .card import md_table, ordered_stages, page_text
from .measure import Histogram, ReleaseStats, measure
from .plots import PLOT_DIR, PLOTS, PlotWorker, images_per_article, top_sites, write_plots

log = logging.getLogger(__name__)

#: datasheet.<key> -> the question it answers; all are required before publishing
QUESTIONS = {
    "motivation": "For what purpose was the dataset created, and was there a specific task in mind?",
    "funding": "Who created the dataset, on behalf of whom, and who funded its creation?",
    "source_license": "Under which license or terms were the source articles and photographs published, "
                      "and on what basis are they redistributed here?",
    "consent_privacy": "Does the dataset identify people (pictured, named or quoted)? Did they consent to "
                       "this use, and does it contain sensitive or confidential data?",
    "takedown_contact": "Who maintains the dataset, and how does a person or publisher request a correction "
                        "or removal (takedown)?",
}
SECTIONS = ("Motivation", "Composition", "Collection process", "Preprocessing, cleaning and labeling",
            "Uses", "Distribution", "Maintenance")


# ---------------------------------------------------------------- questions and reasons

def answers(manifest: dict) -> dict[str, str | None]:
    section = manifest.get("config", {}).get("datasheet") or {}
    return {key: (section.get(key) or "").strip() or None for key in QUESTIONS}


def missing_answers(manifest: dict) -> list[str]:
    """datasheet keys with no answer yet, in QUESTIONS order."""
    return [key for key, value in answers(manifest).items() if value is None]


def answer(manifest: dict, key: str) -> str:
    value = answers(manifest)[key]
    return value if value else f"**Unanswered** (set datasheet.{key} in the build config)"


@dataclass(frozen=True)
class ReasonDoc:
    code: str
    stage: str  # the section comment above the member in rejects.py ("ingest", "any stage")
    doc: str  # the member's one-line comment


_SECTION = re.compile(r"^\s+#\s*(?P<stage>[a-z][a-z ]*?)\b(?:\s*\(.*\))?\s*$")
_MEMBER = re.compile(r'^\s+(?P<name>[A-Z][A-Z0-9_]*)\s*=\s*"(?P<code>[^"]+)"\s*(?:#\s*(?P<doc>.*))?$')


def reason_docs() -> list[ReasonDoc]:
    """Every Reason with its stage and one-line comment, parsed from the enum's source (one truth)."""
    docs: dict[str, ReasonDoc] = {}
    stage = ""
    for line in inspect.getsource(Reason).splitlines():
        if m := _SECTION.match(line):
            stage = m["stage"].strip()
        elif m := _MEMBER.match(line):
            docs[m["code"]] = ReasonDoc(m["code"], stage, (m["doc"] or "").strip())
    return [docs.get(r.value, ReasonDoc(r.value, "", "")) for r in Reason]


# ---------------------------------------------------------------- markdown helpers

def table(headers: list[str], rows: list[list]) -> list[str]:
    return md_table(headers, rows)


def share(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"


def plot(name: str) -> list[str]:
    return [f"![{PLOTS[name]}]({PLOT_DIR}/{name})", ""]


def qa(question: str, text: str | list[str]) -> list[str]:
    body = text if isinstance(text, list) else [text, ""]
    return [f"**{question}**", "", *body]


def summary(hist: Histogram, unit: str, digits: int = 1) -> str:
    """digits: of the mean, as many as the values have (megapixels: 3, so a mean of 0.114 is not 0.1)"""
    if not hist.total:
        return "no values"
    p = hist.percentile
    return (f"min {p(0)}, 5th percentile {p(0.05)}, median {p(0.5)}, 95th percentile {p(0.95)}, "
            f"max {p(1.0)}, mean {hist.mean():.{digits}f} {unit}")


# ---------------------------------------------------------------- sections

def motivation(manifest: dict) -> list[str]:
    return ["## Motivation", "",
            *qa("For what purpose was the dataset created?", answer(manifest, "motivation")),
            *qa("Who created the dataset and who funded it?", answer(manifest, "funding")),
            *qa("How was it made?", "With caption-corpus, which turns news articles (HTML pages, saved pages, "
                "MHTML files, Safari web archives, WARC and WACZ archives, HAR files, JSON lines, plain-text scrapes) into image-caption pairs with their "
                "article context; every dropped item is recorded with a reason (see below)."),
            *qa("Questions the maintainer must answer",
                table(["key", "question", "answered"],
                      [[f"datasheet.{k}", q, "yes" if v else "**no**"]
                       for (k, q), v in zip(QUESTIONS.items(), answers(manifest).values())]))]


def rows_table(stats: ReleaseStats, manifest: dict) -> list[str]:
    rows = []
    for config in CONFIGS:
        measured = stats.rows(config)
        for split in (*SPLITS, *sorted(set(measured) - set(SPLITS))):
            if split in measured:
                listed = manifest.get("rows", {}).get(config, {}).get(split)
                rows.append([config, split, measured[split], "" if listed == measured[split] else f"manifest: {listed}"])
    return table(["config", "split", "rows", "check"], rows)


def composition(manifest: dict, stats: ReleaseStats) -> list[str]:
    c = stats.captions
    image_rows, text_rows = sum(stats.rows("default").values()), sum(stats.rows("text_only").values())
    lines = ["## Composition", "",
             *qa("What do the instances represent?",
                 ("A row of `default` is one news photograph (its picture stored in the row) with its caption, "
                  "credit, alt text, the paragraphs around it and its article's metadata"
                  + ("" if image_rows else " (this release has none)") + ". `text_only` has the same "
                  "columns without the picture, for captions whose image was found nowhere (or could not be "
                  "fetched). `articles` has one row per article (all paragraphs, ids of its figures); `rejects` has "
                  "one row per dropped item with its stage and reason.")),
             *qa("How many instances are there?",
                 [f"{image_rows} image-caption rows and {text_rows} caption-only rows from "
                  f"{sum(stats.articles.rows.values())} articles; measured from the shards:", "",
                  *rows_table(stats, manifest)]),
             *sites_section(stats), *dates_section(c), *languages_section(stats),
             *captions_section(c, image_rows + text_rows), *images_section(stats),
             *qa("Is any information missing from individual instances?", missing_text(c, text_rows, manifest)),
             *qa("Are there recommended data splits?", split_text(manifest)),
             *groups_section(manifest),
             *qa("Are there errors, sources of noise, or redundancies?", redundancy(manifest, stats)),
             *qa("Is the dataset self-contained?",
                 ("Yes: the pictures are stored in the parquet shards." if image_rows else
                  "Yes, and it holds no pictures: no caption's picture was found, so there are only caption rows.")
                 + " Source URLs and input paths are kept only as provenance; nothing is fetched when the "
                 "dataset is loaded."),
             *qa("Does the dataset contain data that might be confidential, offensive, or identify people?",
                 ["News photographs often show identifiable people, and captions name them. Answer of the "
                  "maintainer:", "", answer(manifest, "consent_privacy"), ""])]
    return lines


def sites_section(stats: ReleaseStats) -> list[str]:
    rows = top_sites(stats)
    total = sum(a + b for _, a, b in rows)
    body = table(["site", "image rows", "text-only rows", "share of rows"],
                 [[page_text(s), a, b, share(a + b, total)] for s, a, b in rows])
    return qa("Which sites do the rows come from?", [*body, *plot("sites.png")])


def dates_section(c) -> list[str]:
    if not c.first_date:
        return qa("When were the articles published?", f"No row has a publication date ({c.undated} undated).")
    text = (f"From {c.first_date} to {c.last_date} (publication dates of the rows' articles); "
            f"{c.undated} rows have no date.")
    return qa("When were the articles published?", [text, "", *plot("dates.png")])


def languages_section(stats: ReleaseStats) -> list[str]:
    caps, arts = stats.captions.caption_languages, stats.articles.languages
    codes = sorted(set(caps) | set(arts), key=lambda k: (-caps.get(k, 0), k))
    body = table(["language", "caption rows", "articles"], [[k, caps.get(k, 0), arts.get(k, 0)] for k in codes])
    return qa("Which languages?", ["Captions: detected offline (CLD2) from the caption text. Articles: the language "
                                   "the page declares (html lang, metadata), else detected (CLD2) from the body "
                                   "text:", "", *body])


def captions_section(c, rows: int) -> list[str]:
    sources = table(["caption source", "rows", "share"],
                    [[k, n, share(n, rows)] for k, n in sorted(c.caption_sources.items(), key=lambda kv: (-kv[1], kv[0]))])
    return qa("What do the captions look like?",
              [f"Words per caption: {summary(c.words, 'words')}.", "",
               f"Characters per caption: {summary(c.chars, 'characters')}.", "",
               f"{c.with_credit} of {rows} rows ({share(c.with_credit, rows)}) have a photo credit, "
               "split off the caption into `credit`.", "", *sources, *plot("caption_words.png")])


def images_section(stats: ReleaseStats) -> list[str]:
    c = stats.captions
    per_article = images_per_article(stats)
    return qa("What do the images look like?",
              [f"Width: {summary(c.widths, 'px')}.", "", f"Height: {summary(c.heights, 'px')}.", "",
               f"Megapixels: {summary(c.megapixels, 'MP', 3)}.", "", *handling_lines(c),
               f"Original file size: {summary(c.original_kib, 'KiB')}.", "", *plot("image_sizes.png"),
               "Images per article (articles with no image row count as 0):", "",
               *table(["image rows", "articles"], [[k, n] for k, n in per_article.items()]),
               *plot("images_per_article.png")])


def kept_without_picture(manifest: dict) -> dict[str, int]:
    """Reason code -> captions the images stage kept without a picture (they go to text_only, not to the
    rejects): found in no input, or found only on the web and not fetched (failed, refused). Counted
    before dedup, from the manifest's missing_pictures; a manifest without those causes counts every
    text_only row as not found."""
    causes = manifest.get("missing_pictures") or {}
    if not causes:
        return {"image_not_found": sum(manifest.get("rows", {}).get("text_only", {}).values())}
    failed, refused = causes.get("fetch_failed", 0), causes.get("fetch_refused", 0)
    return {"image_not_found": sum(causes.values()) - failed - refused,
            "image_fetch_failed": failed, "image_fetch_refused": refused}


def missing_text(c, text_rows: int, manifest: dict) -> str:
    kept = kept_without_picture(manifest)
    failed, refused = kept.get("image_fetch_failed", 0), kept.get("image_fetch_refused", 0)
    if failed or refused:  # fetched pictures that did not come are not "not found in any input"
        why = (f"{text_rows} captions have no picture: they are in `text_only`. Counted before dedup, "
               f"{kept['image_not_found']} pictures were found in no input, {failed} could not be fetched (an "
               f"HTTP error, a timeout, no network) and {refused} were refused (by robots.txt, for their address "
               "or URL scheme, or for a content type that is not an image).")
    else:
        why = f"{text_rows} captions have no picture (image not found in any input): they are in `text_only`."
    return (f"{why} {c.undated} rows have no publication date; credit, alt text and authors are empty where the "
            "page gave none.")


def split_text(manifest: dict) -> str:
    s = manifest["config"].get("split", {})
    hashed = (f"train {s.get('train')}, validation {s.get('validation')}, test {s.get('test')} by a stable hash "
              f"of the group (seed `{s.get('seed')}`)")
    how = (f"by date: a group whose earliest row was published before {s['date_split'][0]} is in train, until "
           f"{s['date_split'][1]} in validation, after it in test (so a later row sharing a photo or article with "
           f"an earlier one follows it); groups without any date: {hashed}" if s.get("date_split") else hashed)
    if s.get("heldout_sites"):
        sites = ", ".join(map(page_text, s["heldout_sites"]))
        how = (f"every group with a row from the held-out sites ({sites}, matched without regard to case against "
               f"the row's site name: the page's own site name, else its host name) is in test; the others {how}")
    moved = (manifest.get("groups") or {}).get("moved_to_fill", 0)
    if moved:
        how += (f"; {moved} group(s) were then moved from train to give an otherwise empty validation or test "
                "split rows")
    cap = (f", unless joining a caption's near-copies would make a group larger than {s['max_group_size']} rows "
           "(the leakage table below counts what is shared then)" if s.get("max_group_size") else "")
    return ("Use the splits as given. Rows are split in groups that never cross splits: the same article, "
            "the same photograph (exact or perceptual match) and near-duplicate captions stay together, "
            f"so a test row has no near-copy in train{cap}. Assignment: {how}.")


def mapping_rows(value, prefix: str = "") -> list[list]:
    """A nested dict flattened to (key path, value) rows, for report sections of any shape."""
    if isinstance(value, dict):
        rows = []
        for k in sorted(value, key=lambda k: (len(str(k)), str(k)) if str(k).isdigit() else (0, str(k))):
            rows += mapping_rows(value[k], f"{prefix}.{k}" if prefix else str(k))
        return rows
    if isinstance(value, list) and not all(isinstance(v, (str, int, float)) for v in value):
        return [r for i, v in enumerate(value) for r in mapping_rows(v, f"{prefix}[{i}]")]
    return [[prefix, ", ".join(map(str, value)) if isinstance(value, list) else value]]


def groups_section(manifest: dict) -> list[str]:
    lines = []
    if "groups" in manifest:
        lines += qa("How large are the split groups?", groups_text(manifest))
    if "leakage" in manifest:
        lines += qa("Does anything leak across splits?", leakage_text(manifest["leakage"]))
    return lines


def groups_text(manifest: dict) -> list[str]:
    groups = dict(manifest["groups"]) if isinstance(manifest["groups"], dict) else {"groups": manifest["groups"]}
    out = []
    sizes = groups.pop("sizes", None)
    if isinstance(sizes, dict):
        out += ["A group (one article, one photograph, near-duplicate captions) never crosses splits:", "",
                *table(["rows in the group", "groups"], sorted(([int(k), v] for k, v in sizes.items())))]
    ratios = groups.pop("ratios", None)
    if isinstance(ratios, dict):
        s = manifest["config"].get("split", {})
        got = ", ".join(f"{k} {100 * ratios[k]:.1f}%" for k in SPLITS if k in ratios)
        want = ", ".join(f"{k} {100 * s[k]:.0f}%" for k in SPLITS if k in s)
        out += [f"Share of rows per split: {got} (configured: {want}; whole groups make small releases uneven).", ""]
    if groups:
        out += table(["key", "value"], mapping_rows(groups))
    return out


def leakage_text(leakage) -> list[str]:
    checks = leakage if isinstance(leakage, dict) else {}
    if not checks or not all(isinstance(v, dict) and "count" in v for v in checks.values()):
        return table(["check", "value"], mapping_rows(leakage))
    rows = [[k.replace("_", " "), v["count"], ", ".join(map(str, (v.get("examples") or [])[:3]))]
            for k, v in sorted(checks.items())]
    total = sum(v["count"] for v in checks.values())
    verdict = "No leak found." if total == 0 else f"{total} cross-split matches: see the examples."
    return ["Checked after writing, across train, validation and test:", "",
            *table(["check", "matches across splits", "examples"], rows), verdict, ""]


def redundancy(manifest: dict, stats: ReleaseStats) -> list[str]:
    dedup = manifest.get("stages", {}).get("dedup", {})
    rejected = dedup.get("rejected", {})
    c = stats.captions
    body = [f"Duplicates removed before writing: {sum(rejected.values())} of {dedup.get('seen', 0)} rows "
            "(one representative of each group is kept):", "",
            *table(["reason", "rows removed"], [[k, n] for k, n in sorted(rejected.items())] or [["none", 0]]),
            f"Kept on purpose and marked instead: {sum(c.caption_clusters.values())} rows in "
            f"{len(c.caption_clusters)} near-duplicate caption clusters (`caption_cluster`), "
            f"{sum(c.image_clusters.values())} rows in {len(c.image_clusters)} re-used photo clusters "
            "(`image_cluster`). Filter on these columns for a stricter set.", ""]
    return body


def collection(manifest: dict) -> list[str]:
    inputs = manifest.get("inputs", [])
    stages = manifest.get("stages", {})
    return ["## Collection process", "",
            *qa("How was the data acquired?",
                f"From {len(inputs)} input files given to the build (paths and sha256 in `manifest.json`). "
                "Article text and captions come from the pages' HTML (figure captions, caption classes, "
                "JSON-LD), from plain-text scrapes or from the picture lists of JSON records; pictures from saved-page folders, WARC records or, "
                f"only when enabled, the network (fetching was {'on' if manifest['config'].get('images', {}).get('fetch') else 'off'} for this release)."),
            *qa("Who was involved, and did the people in the data consent?", answer(manifest, "consent_privacy")),
            *qa("What happened to every input item? (funnel)",
                [*funnel_table(stages), funnel_line(manifest), "", *plot("funnel.png")])]


def funnel_line(manifest: dict) -> str:
    rows = manifest.get("rows", {})
    image, text = sum(rows.get("default", {}).values()), sum(rows.get("text_only", {}).values())
    rejected = sum(sum(c["rejected"].values()) for c in manifest.get("stages", {}).values())
    return (f"In short: {len(manifest.get('inputs', []))} input files gave {image + text} rows ({image} with an "
            f"image, {text} caption-only); {rejected} items were rejected on the way.")


def funnel_table(stages: dict) -> list[str]:
    rows = []
    for stage, c in ordered_stages(stages).items():
        top = sorted(c["rejected"].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        rows.append([stage, c["seen"], c["kept"], sum(c["rejected"].values()),
                     ", ".join(f"{k} {n}" for k, n in top)])
    return ["Each stage counts what it sees; `seen = kept + rejected` is checked by the build.", "",
            *table(["stage", "seen", "kept", "rejected", "top reasons"], rows)]


def by_count(counter) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"


def handling_lines(c) -> list[str]:
    """How the stored pictures came to be, counted from the shards."""
    kept, reenc, resized = (c.handling.get(k, 0) for k in ("original", "re-encoded", "resized"))
    return [f"Stored as published (the original bytes with only their EXIF/XMP/IPTC and text metadata "
            f"blocks, a JPEG's embedded thumbnails and any data appended after the picture's end cut, same "
            f"compressed pixels): {kept}, metadata cut from {c.metadata_removed} of them; "
            f"re-encoded: {reenc}; resized: {resized}. Every stored picture decodes to RGB.", "",
            f"Stored formats: {by_count(c.stored_formats)}. Formats as published: {by_count(c.image_formats)}.", ""]


def preprocessing(manifest: dict, stats: ReleaseStats) -> list[str]:
    cfg = manifest["config"]
    f, im, d = cfg.get("filter", {}), cfg.get("images", {}), cfg.get("dedup", {})
    steps = [f"Captions: encoding repair, HTML tags left in the text removed, white space normalized, credits split "
             f"off into `credit` (at extraction: the caption as extracted, before this clean-up, is kept "
             f"in `caption_raw`). Kept when {f.get('min_caption_words')}–{f.get('max_caption_words')} words"
             + (f", languages {', '.join(f['languages'])}" if f.get("languages") else ", any language") + ".",
             "Images: decoded and verified. Pictures that are already upright, still and opaque 8-bit RGB JPEG, "
             "PNG or WebP are stored as published, minus their EXIF, XMP, IPTC and text metadata blocks, a JPEG's "
             "embedded thumbnails and any data appended after the picture's end (cut from the file without "
             "decoding; the ICC colour profile stays); all others are turned upright by their "
             f"EXIF orientation, converted to RGB and re-encoded as {im.get('format')} quality {im.get('quality')}"
             + ("; animated pictures are rejected" if im.get("animated") == "reject"
                else "; an animated picture (GIF, APNG, WebP) is stored as its first frame, a still")
             + (f"; train-ready: pictures are shrunk so their short side is {im['train_size']} px (aspect kept)"
                if im.get("train_size") else "")
             + (f"; pictures with a side above {im['max_side']} px are resized to that longest side"
                if im.get("max_side") else "")
             + f"; smaller than {im.get('min_side')} px on a side or above {im.get('max_pixels')} pixels rejected.",
             f"Duplicates: a row whose photo and caption both match another row's (the same or a near-duplicate "
             f"caption, Jaccard ≥ {d.get('near_duplicate_threshold')}; the same or a re-used photo, pHash distance "
             f"≤ {d.get('phash_distance')}) is dropped, the earliest kept; rows sharing only a caption or only a "
             f"photo are "
             f"{'dropped' if d.get('drop_caption_clusters') or d.get('drop_image_clusters') else 'marked, not dropped'}.",
             "Labels: the caption is the publisher's own text; nothing is annotated by hand."]
    return ["## Preprocessing, cleaning and labeling", "",
            *qa("What was done to the data?", [*(f"- {s}" for s in steps), ""]),
            *qa("Is the raw data kept?", "The raw caption is kept beside the cleaned one (`caption_raw`); "
                "every dropped item is a row of the `rejects` config with its source and reason."),
            *qa("Why was each item dropped? (every reason the tool knows, with this release's counts)",
                reasons_table(manifest, stats))]


def reasons_table(manifest: dict, stats: ReleaseStats) -> list[str]:
    counts: dict[str, int] = {}
    for c in manifest.get("stages", {}).values():
        for code, n in c["rejected"].items():
            counts[code] = counts.get(code, 0) + n
    dropped = sum(counts.values())
    # captions without a picture (found nowhere, or not fetched) are kept in text_only, not dropped
    for code, n in kept_without_picture(manifest).items():
        counts[code] = counts.get(code, 0) + n
    rows = [[f"`{r.code}`", r.stage, r.doc, counts.get(r.code, 0)] for r in reason_docs()]
    written = sum(stats.rejects.reasons.values())
    text_rows = sum(manifest.get("rows", {}).get("text_only", {}).values())
    note = (f"The `rejects` config holds {written} rows"
            + ("." if written == dropped else f"; the stage counts add up to {dropped}.")
            + " `image_not_found`, `image_fetch_failed` and `image_fetch_refused` count captions kept without a "
            f"picture, not dropped: they go to `text_only` (counted before dedup; `text_only` holds {text_rows} rows).")
    return [*table(["code", "stage", "meaning", "rejected"], rows), note, ""]


def uses(manifest: dict) -> list[str]:
    return ["## Uses", "",
            *qa("What tasks can the dataset be used for?",
                "Image captioning and news image captioning with article context (`context_before` and "
                "`context_after` on each row; the whole body once per article, as `paragraphs` of the "
                "`articles` config, joined on `article_id`), caption retrieval, and studying how news "
                "outlets caption photographs."),
            *qa("Is there anything that might impact future uses?",
                "Captions describe news events with the publisher's framing and name people; the mix of "
                "sites, languages and dates above is what the model will learn. Captions are not neutral "
                "descriptions of what is visible."),
            *qa("What should the dataset not be used for?",
                "Identifying or tracking people (face recognition, re-identification), inferring sensitive "
                "attributes of the people pictured, or republishing the articles and photographs beyond what "
                "their license allows.")]


def distribution(manifest: dict) -> list[str]:
    w = manifest["config"].get("write", {})
    lic = w.get("license") + (f" ({w['license_name']})" if w.get("license") == "other" and w.get("license_name") else "")
    return ["## Distribution", "",
            *qa("How is the dataset distributed?",
                f"As parquet shards under `data/<config>/`, loadable with `datasets.load_dataset`; version "
                f"{manifest['version']} (published as the Hub tag `v{manifest['version']}`). `manifest.json` "
                "lists every shard with its sha256 and row count."),
            *qa("Under which license?", f"The release is marked `{lic}`. Terms of the sources:"),
            answer(manifest, "source_license"), ""]


def maintenance(manifest: dict) -> list[str]:
    return ["## Maintenance", "",
            *qa("Who maintains the dataset, and how are corrections and takedowns requested?",
                answer(manifest, "takedown_contact")),
            *qa("How are removals applied?",
                "Listed URLs and domains (`ingest.exclude_urls`, `ingest.exclude_domains`) and row ids "
                "(`--exclude-ids`) are left out by the next build, which is published as a new version; releases "
                "are immutable and versioned, so an older tag keeps its content. " + takedowns_applied(manifest)),
            *qa("How was this release built?",
                f"caption-corpus {manifest.get('package_version')}; content hash "
                f"`{manifest.get('content_hash')}`; the resolved build config is in `build_config.json`.")]


def takedowns_applied(manifest: dict) -> str:
    """This release's takedowns, counted apart from duplicates and filters."""
    stages = manifest.get("stages", {})
    by_url = (stages.get("ingest", {}).get("rejected", {}).get("ingest_excluded", 0)
              + stages.get("extract", {}).get("rejected", {}).get("extract_excluded", 0))
    by_id = stages.get("takedown", {}).get("rejected", {}).get("takedown_excluded_id", 0)
    text = (f"In this release: {by_id} rows removed by id (`takedown_excluded_id`) and {by_url} inputs or "
            "articles skipped by URL or domain (`ingest_excluded`, `extract_excluded`).")
    unmatched = manifest.get("takedown", {}).get("unmatched", [])
    if unmatched:
        text += (f" {len(unmatched)} listed ids matched no row this build would release (listed in "
                 "`manifest.json` under `takedown.unmatched`).")
    return text


def render_datasheet(manifest: dict, stats: ReleaseStats) -> str:
    title = manifest["config"].get("write", {}).get("pretty_name", "caption-corpus release")
    lines = [f"# Datasheet: {title} v{manifest['version']}", "",
             "Sections and questions follow *Datasheets for Datasets* (Gebru et al., 2021). Numbers are "
             "measured from this release's shards by caption-corpus, except the stage counts, reject reasons, "
             "group sizes and leakage checks, which are the build's own (recorded in `manifest.json`; "
             "`corpus verify` recomputes the leakage from the shards).", "",
             *motivation(manifest), *composition(manifest, stats), *collection(manifest),
             *preprocessing(manifest, stats), *uses(manifest), *distribution(manifest), *maintenance(manifest)]
    return "\n".join(lines).rstrip("\n") + "\n"


def write_datasheet(release: Path, manifest: dict, plots: PlotWorker | None = None) -> None:
    """Writes DATASHEET.md and the plots under datasheet/ into a finished release directory
    (measured and drawn by `plots`, a started worker, when given)."""
    release = Path(release)
    if plots is None:
        stats = measure(release)
        write_plots(release, stats, manifest)
    else:
        stats = plots.stats()
    (release / "DATASHEET.md").write_text(render_datasheet(manifest, stats), encoding="utf-8")
    if plots is not None:
        plots.finish()
    missing = missing_answers(manifest)
    if missing:
        log.info("datasheet questions not answered yet: %s", ", ".join(f"datasheet.{k}" for k in missing))
