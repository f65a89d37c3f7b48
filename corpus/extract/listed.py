"""extract (listed pictures): the pictures a JSON record lists beside its body text -> Figures.

News-captioning corpora are often kept as crawled articles in JSON: the body text, and a list of the article's
pictures with their captions (`images`, or `figures`). Each item is an object with the picture's address in
`url`, `src` or `image_url`, and optionally `caption`, `credit`, `alt` and `paragraph` (the index of the body
paragraph the picture stands before, from 0); a bare string is an address without caption. Each item is one
figure candidate: counted in the figures stage, and kept or rejected.

Where a picture stood: its `paragraph`, counted in the text's paragraphs as the text-scrape reading splits
them (each non-blank line); else where the body text prints its caption (a scrape prints it twice); else
nowhere: UNPLACED, and its row has no context rather than paragraphs guessed for it.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..ingest.json_article import json_type
from ..ingest.json_article.pictures import NOT_STORY_PICTURE_KINDS
from ..records import Figure, SourceRef
from ..rejects import Ledger, Reason
from .boilerplate import VIDEO_TITLE, boilerplate_kind, is_ad_label, opens_with_ad_label
from .captions import given_caption
from .credits import clean
from .urls import absolute

ADDRESS_KEYS = ("url", "src", "image_url")
UNPLACED = -1  # Figure.position of a picture nobody said the place of: pair gives it no context


@dataclass(slots=True)
class Listed:
    """One kept item: its Figure (position not set yet), its caption as given, and its `paragraph`."""

    figure: Figure
    raw_caption: str | None
    paragraph: int | None


def _text(item: dict, key: str) -> str | None:
    value = item.get(key)
    return value.strip() or None if isinstance(value, str) else None


def _paragraph(item: dict) -> int | None:
    value = item.get("paragraph")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or value != int(value):
        return None  # JSON as Python reads it may hold NaN and Infinity
    return int(value)


def _read(item: object, base: str | None) -> tuple[Figure, str | None, int | None]:
    """The figure one item describes; ValueError says why it is none."""
    if isinstance(item, str):
        item = {"url": item}
    if not isinstance(item, dict):
        raise ValueError(f"a JSON {json_type(item)}, not an object or an address")
    address = next((a for a in (_text(item, key) for key in ADDRESS_KEYS) if a), None)
    raw = _text(item, "caption")
    if address is None and raw is None:
        raise ValueError(f"no address ({', '.join(ADDRESS_KEYS)}) and no caption (keys: "
                         f"{', '.join(sorted(map(str, item))[:12])})")
    url = absolute(address, base) if address else None
    if url is not None and not url.lower().startswith(("http://", "https://")):
        # a relative address without the record's url to resolve it against, a file: path of the crawling
        # machine, a data: URI: no web address, so the caption has no picture (text_only, "no usable URL"), as
        # a page's is; a relative address stays in src as written (and one into a package the record came with,
        # "bundle://photo.jpg"), a local path of the crawling machine or a URI of bytes does not
        url, address = None, address if _relative_or_packaged(address) else None
    found = given_caption(raw, _text(item, "credit"), "json_list")
    alt = clean(_text(item, "alt") or "") or None
    figure = Figure(index=0, src=address, url=url, caption=found.caption, credit=found.credit, alt=alt,
                    caption_source=found.source)
    return figure, raw, _paragraph(item)


# the class a scraper kept of a listed picture's element, naming a card of another story, an ad or a video's poster
# ("related" as sites in Italian, Spanish and Portuguese, and Dutch name it: "articoli-correlati", "relacionadas")
_CARD_CLASS = re.compile(r"(?:^|[\s_-])(?P<kind>related|correlat[oaie]|relacionad[oa]s?|gerelateerd|teaser|promo|"
                         r"recommended|more-stories|sponsored|advert\w*|ad|publi\w*|pub|werbung|anzeige|reklam\w*|"
                         r"video)(?:$|[\s_-])", re.I)  # (an ad's class in Spanish, French, German, Slavic)
_OTHER_STORY = ("related", "correlat", "relacionad", "gerelateerd", "teaser", "recommended", "more-stories")  # kinds
# a listed item whose caption names a video ("Video: The old ships of Moynaq"): a clip's title, not a picture's
_VIDEO_TITLE = re.compile(VIDEO_TITLE, re.I)


def _relative_or_packaged(address: str) -> bool:
    scheme = urlsplit(address).scheme.lower()
    return not scheme or (len(scheme) > 1 and scheme not in ("file", "data"))  # (C:\\ is a drive, not a scheme)


def listed_figures(images: object, ref: SourceRef, base: str | None, ledger: Ledger) -> list[Listed]:
    """Each item of a record's picture list, counted in the figures stage: kept, or one reject naming its
    index (`image=N`, from 0 as in the list). A list that is no JSON array is one reject."""
    if not isinstance(images, list):
        ledger.see("figures")
        ledger.reject("figures", Reason.FIGURE_NO_SRC, ref.at("images"),
                      f"the picture list is a JSON {json_type(images)}, not an array")
        return []
    out: list[Listed] = []
    taken: set[str] = set()
    for i, item in enumerate(images):
        ledger.see("figures")
        try:
            figure, raw, paragraph = _read(item, base)
        except ValueError as e:
            ledger.reject("figures", Reason.FIGURE_NO_SRC, ref.at(f"image={i}"), str(e))
            continue
        if figure.url is not None and figure.url in taken:
            ledger.reject("figures", Reason.FIGURE_DUPLICATE, ref.at(f"image={i}"), figure.url)
            continue
        if is_ad_label(raw) or opens_with_ad_label(raw):  # a listed picture captioned "Advertisement" (alone or
            # before its advertiser's words: "Hirdetés – Duna Bank: ..."): an ad
            ledger.reject("figures", Reason.FIGURE_NOT_CONTENT, ref.at(f"image={i}"),
                          f"an ad: its caption only says {raw.strip()[:40]!r}")
            continue
        css = _text(item, "class") if isinstance(item, dict) else None
        card = _CARD_CLASS.search(css) if css else None
        if card:  # the element's class a scraper kept names another story's card, an ad or a video's poster
            other_story = card.group("kind").lower().startswith(_OTHER_STORY)
            reason = Reason.FIGURE_RELATED if other_story else Reason.FIGURE_NOT_CONTENT
            ledger.reject("figures", reason, ref.at(f"image={i}"), f"its element's class: {css!r}")
            continue
        if isinstance(item, dict) and item.get("kind") in NOT_STORY_PICTURE_KINDS:  # ("kind": "author")
            ledger.reject("figures", Reason.FIGURE_NOT_CONTENT, ref.at(f"image={i}"),
                          f"its kind says it is no picture of the story: {item['kind']!r}")
            continue
        if raw and _VIDEO_TITLE.match(raw):
            ledger.reject("figures", Reason.FIGURE_NOT_CONTENT, ref.at(f"image={i}"),
                          f"a video's title, not a caption: {raw.strip()[:80]!r}")
            continue
        if raw and boilerplate_kind(raw) == "more":  # "Read also: <another story>" under its thumbnail
            ledger.reject("figures", Reason.FIGURE_RELATED, ref.at(f"image={i}"),
                          f"a teaser's line, not a caption: {raw.strip()[:80]!r}")
            continue
        if figure.url is not None:
            taken.add(figure.url)
        ledger.keep("figures")
        out.append(Listed(figure, raw, paragraph))
    return out


def paragraph_slots(units: list[str], paragraphs: list[str]) -> list[int]:
    """For each place before a unit of the text (and after the last), the index of the next body paragraph
    the article kept there: its paragraphs are the text's body units, in order and verbatim."""
    slots, p = [], 0
    for unit in units:
        slots.append(p)
        if p < len(paragraphs) and unit == paragraphs[p]:
            p += 1
    slots.append(p)
    return slots
