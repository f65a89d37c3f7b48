"""The dataset card README.md: YAML metadata generated from the written data, then the Hub template's prose.

Only the manifest is read (no timestamps, no machine paths), so the same release gives the same card.
"""
from __future__ import annotations

import re

import yaml

from ..records import COLUMNS, CONFIGS, SPLITS, type_name, yaml_features
from ..rejects import STAGES

TAGS = ["news", "image-captioning", "caption-corpus"]

_CAPTION_DOCS = {
    "id": "stable row id: hash of the article id and the picture's address in the page (its URL, or the path of "
          "a saved page's own copy); a caption without a picture address: of the article id, the figure's index "
          "and its caption",
    "caption": ("the caption as published, cleaned (encoding repaired, HTML tags left in the text removed, white space "
                "normalized, credit removed)"),
    "caption_raw": "the caption as extracted (its credit already split off into `credit`), before the clean-up "
                   "that gives `caption` (a credit that an HTML entity or mojibake hid until the clean-up is still "
                   "in it)",
    "credit": "photo credit split off the caption (\"Photo: Jane Doe/Agency\"), if any",
    "alt_text": "the image's alt attribute, if any",
    "caption_source": ("where the caption came from: figcaption, caption_class, caption_rail (a gallery's list of captions, one "
                       "per slide), next_text (an unmarked line right after the picture), previous_text (a line right "
                       "before it), json_ld, alt (an attribute such as data-caption), text_scrape or json_list (the list of pictures a "
                       "JSON record gives beside its text)"),
    "caption_language": "ISO 639-1 language of the caption (CLD2, offline)",
    "caption_words": "words in `caption`",
    "caption_chars": "characters in `caption`",
    "has_credit": "whether a credit was found",
    "caption_cluster": "id shared by near-duplicate captions (wire copy); null when the caption is unique",
    "image_url": "absolute URL of the picture, percent-encoded as a browser requests it (`photo%20one.jpg`, "
                 "`caf%C3%A9.jpg`; a host name in another script in its IDNA form); for a picture the page embedded "
                 "as a data: URI, data:TYPE;sha256,HASH of its bytes; for a picture an MHTML file holds by "
                 "Content-ID only, cid:ID as the page names it; empty for the copy a browser saved beside the page "
                 "(its `<name>_files/` folder), unless the saved page still gives that picture's web address (a "
                 "lazy-loading data-src, or a srcset: its largest rendition)",
    "figure_index": "position of the figure among the article's images, from 0",
    "image_position": "index of the first body paragraph after the image; -1 where the source does not say "
                      "where the picture stood (a JSON record's listed picture without `paragraph` whose caption "
                      "its text does not print): its context lists are then empty",
    "context_before": "body paragraphs just before the image",
    "context_after": "body paragraphs just after the image",
    "article_id": "stable article id: hash of the article's URL (its canonical link where the page gives one), "
                  "else of its content (the page's or record's own bytes)",
    "article_url": "canonical URL of the article",
    "article_title": "headline",
    "article_published": "publication time, UTC",
    "article_authors": "bylines",
    "site": "publisher's site name (og:site_name or similar), else its host name",
    "article_language": "ISO 639-1 language of the article: as the page declares it, else detected (CLD2) from its body text",
    "provenance": "where the row came from: input path relative to its root (under the root's folder name when "
                  "another root has a file at that path), locator (line, offset, figure), "
                  "input sha256, WARC record id, target URI and fetch date",
}
_IMAGE_DOCS = {
    "image": "the picture, upright and RGB, without EXIF/XMP/IPTC metadata (see `image_handling`); decoded to "
             "a PIL image by `datasets`",
    "image_width": "width in pixels of the stored picture",
    "image_height": "height in pixels of the stored picture",
    "image_format": "format of the original file (jpeg, png, webp, gif...)",
    "image_original_bytes": "size of the original file",
    "image_stored_format": "format of the stored picture (jpeg, png, webp)",
    "image_handling": "`original`: the published bytes with only their metadata blocks, a JPEG's thumbnails and "
                      "anything appended after the picture's end cut (same compressed pixels); `re-encoded`: "
                      "decoded and encoded again (not RGB, transparent, rotated, or a format that is not stored as "
                      "is); `resized`: re-encoded smaller",
    "image_metadata_removed": "for `original` rows, true when EXIF/XMP/IPTC/text blocks (or a JPEG's embedded "
                              "thumbnail, or data appended after the picture's end) were cut from the published "
                              "bytes; always false for `re-encoded` and `resized` rows, whose new encoding carries "
                              "none of the published file's metadata (GPS position included), whatever it held",
    "image_sha256": "sha256 of the stored image bytes",
    "image_phash": "64-bit perceptual hash (hex), for near-duplicate photos",
    "image_cluster": "id shared by re-used photos (perceptual match); null when the photo is unique",
}
FIELD_DOCS = {
    "default": {**_CAPTION_DOCS, **_IMAGE_DOCS},
    "text_only": _CAPTION_DOCS,
    "articles": {
        "article_id": _CAPTION_DOCS["article_id"], "url": _CAPTION_DOCS["article_url"], "title": "headline",
        "published": "publication time, UTC", "authors": "bylines", "site": _CAPTION_DOCS["site"],
        "language": _CAPTION_DOCS["article_language"], "section": "section of the site (news, sport...), if given",
        "paragraphs": "body paragraphs in reading order", "figure_ids": "ids of the article's rows in "
        "`default` and `text_only`", "provenance": _CAPTION_DOCS["provenance"],
    },
    "rejects": {
        "id": "id of the dropped row, when it had one", "stage": "pipeline stage that dropped the item",
        "reason": "reason code (the datasheet explains every code)", "source": "input path and locator",
        "detail": "what exactly was wrong (exception type, sizes, thresholds); an images-stage reject first "
                  "names its picture: its address, or its path under the input folder",
        "duplicate_of": "id of the kept row this one duplicates (dedup stage)",
    },
}
CONFIG_DOCS = {
    "default": "image-caption pairs with their article context (the picture is embedded)",
    "text_only": "captions whose picture was found nowhere (or could not be fetched): same columns without the image",
    "articles": "one row per article: metadata, all paragraphs, ids of its figures",
    "rejects": "one row per dropped item: stage, reason code, source and detail",
}


def size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M")):
        if n < limit:
            return name
    return "n>10M"


def card_languages(manifest: dict) -> list[str]:
    """The languages of the rows' captions and articles, as ISO 639 codes: CLD2's "un" (unknown) and script
    tags are not languages the Hub knows. Empty when none is known (no language is claimed then)."""
    return [c for c in manifest.get("languages") or [] if re.fullmatch(r"[a-z]{2,3}", c or "") and c != "un"]


def ordered_stages(stages: dict) -> dict:
    """Stages in pipeline order (manifest.json stores them sorted by name)."""
    order = {s: i for i, s in enumerate(STAGES)}
    return {k: stages[k] for k in sorted(stages, key=lambda k: (order.get(k, len(order)), k))}


def split_order(splits: dict) -> list[str]:
    return [s for s in SPLITS if s in splits] + sorted(set(splits) - set(SPLITS))


def card_metadata(manifest: dict) -> dict:
    """The YAML front matter; configs/splits with no rows are left out (datasets refuses them)."""
    counts = manifest["rows"]
    wcfg = manifest["config"]["write"]
    meta = {"license": wcfg["license"]}
    if wcfg["license"] == "other" and wcfg.get("license_name"):
        meta["license_name"] = wcfg["license_name"]
    meta.update({
        "pretty_name": wcfg["pretty_name"],
        "task_categories": ["image-to-text"],
        "task_ids": ["image-captioning"],
        **({"language": card_languages(manifest)} if card_languages(manifest) else {}),
        # rows of the config load_dataset(DIR) opens: a release of captions only is not "n<1K" for having no pairs
        "size_categories": [size_category(sum(counts.get(default_config(manifest), {}).values()))],
        "tags": TAGS,
        "configs": [],
        "dataset_info": [],
    })
    default = default_config(manifest)
    for config in CONFIGS:
        splits = present_splits(manifest, config)
        if splits:
            meta["configs"].append(config_entry(config, splits, config == default))
            meta["dataset_info"].append(info_entry(config, splits, manifest["bytes"].get(config, {})))
    return meta


def present_splits(manifest: dict, config: str) -> dict:
    """{split: rows} of the splits of config that hold rows (datasets cannot load an empty one)."""
    return {s: n for s, n in manifest["rows"].get(config, {}).items() if n}


def default_config(manifest: dict) -> str | None:
    """The config load_dataset(DIR) opens: the image pairs, or when there are none the first config
    that holds rows (text_only, then articles, then rejects)."""
    return next((c for c in CONFIGS if present_splits(manifest, c)), None)


def config_entry(config: str, splits: dict, default: bool) -> dict:
    entry = {"config_name": config,
             "data_files": [{"split": s, "path": f"data/{config}/{s}-*.parquet"} for s in split_order(splits)]}
    if default:
        entry["default"] = True
    return entry


def info_entry(config: str, splits: dict, nbytes: dict) -> dict:
    # parquet bytes stand in for num_bytes: the in-memory size is unknown without decoding every row
    return {"config_name": config,
            "features": yaml_features(config),
            "splits": [{"name": s, "num_bytes": nbytes.get(s, 0), "num_examples": splits[s]}
                       for s in split_order(splits)],
            "download_size": sum(nbytes.values()),
            "dataset_size": sum(nbytes.values())}


def render_card(manifest: dict, body: str = "") -> str:
    front = yaml.safe_dump(card_metadata(manifest), sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n\n{body or default_body(manifest)}"


# ---------------------------------------------------------------- prose

def datasheet_answer(manifest: dict, key: str) -> str:
    value = ((manifest["config"].get("datasheet") or {}).get(key) or "").strip()
    return value or f"**Unanswered** (set datasheet.{key} in the build config)"


def md_table(headers: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    out += ["| " + " | ".join(md_cell(v) for v in r) + " |" for r in rows]
    return out + [""]


def md_cell(value) -> str:
    """One table cell: on one line, its bars escaped, and no HTML (a cell may hold a page's own text)."""
    return " ".join(str(value).split()).replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


_MARKDOWN = re.compile(r"([\\`*_\[\]#!])")


def page_text(value) -> str:
    """Text a page supplied (a site name), shown as written: markdown's marks escaped, so no link, heading
    or emphasis comes from a page."""
    return _MARKDOWN.sub(r"\\\1", str(value))


def description(manifest: dict) -> list[str]:
    w = manifest["config"]["write"]
    rows = manifest["rows"]
    n_img, n_txt = sum(rows.get("default", {}).values()), sum(rows.get("text_only", {}).values())
    n_art = sum(rows.get("articles", {}).values())
    return [f"# {w['pretty_name']}", "", "## Dataset Description", "",
            f"News photographs with the captions their publishers wrote, and the article text around them: "
            f"{n_img} image-caption pairs and {n_txt} captions without a picture, from {n_art} articles of "
            f"{len(manifest.get('sites', {}))} sites. Built with caption-corpus; every dropped item is kept "
            "in the `rejects` config with its reason.", "",
            f"- **Version:** {manifest['version']} (Hub tag `v{manifest['version']}`)",
            f"- **Languages:** {', '.join(card_languages(manifest)) or 'none detected'}",
            f"- **License:** {license_text(manifest)}",
            "- **Datasheet:** [DATASHEET.md](DATASHEET.md) (numbers measured from the shards and the build's own "
            "counts, with plots)",
            f"- **Point of contact / takedown:** {datasheet_answer(manifest, 'takedown_contact')}", ""]


def license_text(manifest: dict) -> str:
    w = manifest["config"]["write"]
    if w["license"] == "other" and w.get("license_name"):
        return f"other ({w['license_name']})"
    return w["license"]


def usage(manifest: dict) -> list[str]:
    """The loading examples, written for the configs and splits this release has (CI runs each of them)."""
    v, default = manifest["version"], default_config(manifest)
    lines = ["## Uses", "",
             "Load it with `datasets`. The examples run from inside this folder; from the Hub, set `DATA` to "
             f'the repository id and pin the release with `revision="v{v}"`.', ""]
    if default is None:
        return lines + ["This release holds no rows.", ""]
    if default != "default":
        lines += [f"This release has no image-caption pairs, so `load_dataset(DATA)` opens `{default}` "
                  f"({CONFIG_DOCS[default]}).", ""]
    size = manifest["config"].get("images", {}).get("train_size")
    if size and default == "default":
        lines += [f"The pictures are train-ready: shrunk so their short side is {size} px (aspect kept, "
                  f"re-encoded; pictures already that small keep their size), so a centre crop of {size} px fits "
                  "without decoding full-size news photos.", ""]
    split = split_order(present_splits(manifest, default))[0]
    code = ["import os", "", "from datasets import load_dataset", "",
            'DATA = os.getcwd()  # this release folder; from the Hub: "<user>/<repo>"',
            f"ds = load_dataset(DATA)  # {default}: {', '.join(split_order(present_splits(manifest, default)))}",
            f'row = ds["{split}"][0]']
    code += (['print(row["caption"], row["image"].size)  # the image is a PIL image'] if default == "default"
             else [f'print(row["{_first_text_column(default)}"])'])
    for config in CONFIGS:
        if config != default and present_splits(manifest, config):
            code.append(f'{config} = load_dataset(DATA, "{config}")  # {CONFIG_DOCS[config]}')
    code += [f'stream = load_dataset(DATA, split="{split}", streaming=True)',
             f'print(next(iter(stream))["{_first_text_column(default)}"])']
    lines += ["```python", *code, "```", ""]
    if default == "default":
        lines += _training_examples(split)
    elif default == "text_only":
        lines += _text_training_example(split)
    return lines


def _first_text_column(config: str) -> str:
    return {"default": "caption", "text_only": "caption", "articles": "title", "rejects": "reason"}[config]


def _training_examples(split: str) -> list[str]:
    return ["For training, keep only the columns the model needs *before* `with_format`: timestamp and "
            "struct columns cannot become arrays or tensors.", "",
            "```python", "import os", "", "from datasets import load_dataset", "",
            f'pairs = load_dataset(os.getcwd(), split="{split}").select_columns(["image", "caption"])',
            'for batch in pairs.with_format("numpy").iter(batch_size=4):',
            '    images, captions = batch["image"], batch["caption"]  # uint8 arrays (H, W, 3); sizes vary',
            "    break", "```", "",
            "With PyTorch (`with_format(\"torch\")` gives uint8 tensors channels-first, (3, H, W); pictures keep "
            "their own sizes, so the collate function keeps them as a list: resize them in a transform to "
            "stack them). `corpus.train.collate_pairs` is a named module-level function, so DataLoader workers "
            "can pickle it under any start method:", "",
            "```python", "import os", "", "import torch", "from datasets import load_dataset", "",
            "from corpus.train import collate_pairs  # (rows) -> (list of pictures, list of captions)", "",
            'if __name__ == "__main__":  # worker processes started by spawn import this file again',
            f'    train = load_dataset(os.getcwd(), split="{split}").select_columns(["image", "caption"])',
            '    loader = torch.utils.data.DataLoader(train.with_format("torch"), batch_size=8, shuffle=True,',
            "                                         num_workers=2, collate_fn=collate_pairs)",
            "    images, captions = next(iter(loader))  # images: list of (3, H, W) uint8 tensors", "```", ""]


def _text_training_example(split: str) -> list[str]:
    return ["For a text model (context paragraphs -> caption), `corpus.train.collate_texts` batches the rows:",
            "", "```python", "import os", "", "import torch", "from datasets import load_dataset", "",
            "from corpus.train import collate_texts  # (rows) -> (contexts, captions)", "",
            'if __name__ == "__main__":',
            f'    rows = load_dataset(os.getcwd(), "text_only", split="{split}")',
            '    rows = rows.select_columns(["context_before", "caption"])',
            "    loader = torch.utils.data.DataLoader(rows, batch_size=8, num_workers=2, collate_fn=collate_texts)",
            "    contexts, captions = next(iter(loader))", "```", ""]


def structure(manifest: dict) -> list[str]:
    rows = manifest["rows"]
    configs = [[f"`{c}`", CONFIG_DOCS[c], sum(rows.get(c, {}).values())] for c in CONFIGS]
    lines = ["## Dataset Structure", "", "### Configurations", "", *md_table(["config", "content", "rows"], configs),
             "### Data Fields", "",
             "`default` (`text_only` has the same columns without the picture's: `image_url` stays, the other "
             "`image*` columns go):", "",
             *fields_table("default"), "`articles`:", "", *fields_table("articles"), "`rejects`:", "",
             *fields_table("rejects"), "### Data Splits", ""]
    split_rows = [[c, *(rows.get(c, {}).get(s, 0) for s in SPLITS)] for c in CONFIGS if c != "rejects"]
    lines += md_table(["config", *SPLITS], split_rows)
    lines += ["Rows are split in groups that never cross splits: one article, one photograph (exact or "
              "perceptual match) and near-duplicate captions stay together, so a test caption has no "
              "near-copy in train, unless joining a caption's near-copies would make a group larger than "
              "`split.max_group_size` rows (the datasheet's leakage table counts what is shared then). "
              "`rejects` has a single `train` split.", ""]
    if left_out(manifest):
        lines += ["Left out because they hold no rows: " + ", ".join(left_out(manifest)) + ".", ""]
    return lines


def left_out(manifest: dict) -> list[str]:
    """The config/splits with no rows, which the card leaves out: the manifest's `empty` (image and text
    configs) and, in a release that dropped nothing, rejects/train (load_dataset(DIR, "rejects") fails then)."""
    return list(manifest.get("empty") or []) + ([] if present_splits(manifest, "rejects") else ["rejects/train"])


def fields_table(config: str) -> list[str]:
    docs = FIELD_DOCS[config]
    return md_table(["field", "type", "description"],
                    [[f"`{name}`", type_name(t), docs.get(name, "")] for name, t in COLUMNS[config].items()])


def creation(manifest: dict) -> list[str]:
    funnel = [[s, c["seen"], c["kept"], sum(c["rejected"].values())]
              for s, c in ordered_stages(manifest.get("stages", {})).items()]
    sites = sorted(manifest.get("sites", {}).items(), key=lambda kv: (-kv[1], kv[0]))
    return ["## Dataset Creation", "", "### Curation Rationale", "", datasheet_answer(manifest, "motivation"), "",
            "### Source Data", "",
            f"{len(manifest.get('inputs', []))} input files (HTML pages, saved pages, MHTML files, Safari web "
            "archives, WARC and WACZ archives, HAR files, JSON lines or text scrapes; listed with their sha256 in "
            "`manifest.json`). Rows per site:", "",
            *md_table(["site", "rows"], [[page_text(site), n] for site, n in sites[:20]]
                      + ([["other", sum(n for _, n in sites[20:])]] if sites[20:] else [])),
            f"Source terms: {datasheet_answer(manifest, 'source_license')}", "",
            "### Processing", "",
            "Extraction of article body, figures, captions and credits; caption clean-up (the caption as extracted "
            "is kept in `caption_raw`); image decoding and verification, metadata removal (pictures kept as "
            "published or "
            "re-encoded, see `image_handling`); filters; exact and near-duplicate "
            "detection; group-aware splits. Every stage counts what it sees:", "",
            *md_table(["stage", "seen", "kept", "rejected"], funnel),
            "![Items kept and rejected per stage](datasheet/funnel.png)", "",
            "The datasheet lists every reason code with its count and has more plots: "
            "[sites](datasheet/sites.png), [dates](datasheet/dates.png), "
            "[caption length](datasheet/caption_words.png), [image sizes](datasheet/image_sizes.png), "
            "[images per article](datasheet/images_per_article.png).", ""]


def considerations(manifest: dict) -> list[str]:
    return ["## Considerations for Using the Data", "", "### Personal and Sensitive Information", "",
            "News photographs show identifiable people and captions name them.", "",
            datasheet_answer(manifest, "consent_privacy"), "",
            "### Biases", "",
            "The rows reflect the chosen sites, their languages and their news agenda (see the site and date "
            "tables of the datasheet); captions carry the publishers' framing, not neutral descriptions of "
            "what is visible.", "",
            "### Limitations", "",
            "Captions were extracted automatically and may include leftovers (credits not recognized, "
            "navigation text); pictures were stored as published minus their metadata or re-encoded to "
            "RGB (`image_handling` says which); a row whose photo and caption both match a kept "
            "row's (exactly or nearly) is dropped as its duplicate, while rows sharing only a caption or only a "
            "photo are marked (`caption_cluster`, `image_cluster`) rather than removed unless the build said "
            "so. Do not "
            "use the data to identify or track people.", ""]


def licensing(manifest: dict) -> list[str]:
    return ["## Licensing Information", "", f"Marked `{license_text(manifest)}`. "
            f"{datasheet_answer(manifest, 'source_license')}", "",
            "## Citation Information", "", "```bibtex",
            "@misc{caption_corpus_" + re.sub(r"\W", "_", manifest["version"]) + ",",
            f"  title = {{{{{manifest['config']['write']['pretty_name']}}}}},",
            f"  note = {{Version {manifest['version']}, built with caption-corpus}},",
            "}", "```", ""]


def default_body(manifest: dict) -> str:
    lines = [*description(manifest), *usage(manifest), *structure(manifest), *creation(manifest),
             *considerations(manifest), *licensing(manifest)]
    return "\n".join(lines).rstrip("\n") + "\n"
