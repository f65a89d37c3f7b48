"""What one JSON record of a crawled article holds, whatever wrote it: its body, its pictures, URL, title, date.

Crawlers, extraction tools, newsroom systems and captioning datasets each name these fields their own way, so
they are found by the kind of field, not by one schema:
- the record may be wrapped (an API's `data`, `objects`, `results` or `items`; a search hit's `_source`; a CMS
  export's `fields` or `attributes`) or be one value of a map ({id: article}): the article objects inside are
  the records, several from one line where a wrapper holds several;
- the body is HTML (`html`, `articleBodyHtml`, WordPress's `content.rendered`, a body string showing markup,
  pieces that name their media type as feedparser and ninjs keep them), Markdown (`markdown`; extract reads it
  as the scrape it renders to), plain text (`text`, `maintext`, `articleBody`, a list of paragraph strings), or
  a list of blocks with a type (`type`, `role`, `__component`, ...: paragraph, picture, gallery and container
  blocks, nested, as newsroom systems and datasets keep a story): blocks become the text's paragraphs, and each
  picture a listed picture placed before the paragraph that follows it. HTML from a body field (no `<head>` in it,
  as a page has) is an article's body whatever its length;
- the pictures are a list (`images`, `figures`, `photos`, crawl4ai's `media.images`), lists side by side
  (`image_urls` with `image_captions`), a map of index to caption or of alt text to address, the record's lead
  picture (`top_image`, `image_url`, `feature_image` with its `feature_image_caption`, WordPress's featured
  media, ANS's `promo_items`, fields named alike such as `cover_image` and `cover_caption`, a record that is one
  picture: its `caption` beside `image_path`), and any other object in the record that has a picture's address
  and a caption field (a CMS's own field names); each becomes one item {url, caption, credit, alt, paragraph} of
  the list extract/listed.py reads.
Where the names are a crawler's own, in its language (`cuerpoHtml`, `fotos`, `epigrafe`, `內文`, `圖說`), fields are
read by what they hold: the body is the record's prose, a picture an object holding an image file's address, its
caption the field whose name says caption in some language, else its longest wording (body._body_by_shape,
pictures._pictures_by_shape); a spreadsheet's numbered photo columns and columns joined by a bar are pictures too.
Before any of this, the record is unpacked as its store wrote it (unpack.py): JSON inside strings, typed values,
a sheet's rows, XML converted to JSON, HTML elements written as JSON; a document parser's output (Unstructured's
elements, a DoclingDocument) becomes the page it converted, as HTML (documents.py).
A record with HTML keeps its own figures; of its listed pictures only those a field named caption describes and
its HTML does not show are added (extract/html.py). A document whose kind says it is no article (an author's
profile, a section) is rejected as such.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from .fields import (
    DATE_KEYS, HTML_KEYS, MARKDOWN_KEYS, META_KEYS, TEXT_KEYS, TITLE_KEYS, URL_KEYS, WRAPPER_KEYS, _MARKUP_SCAN,
    NOT_ARTICLE_KINDS, _MAX_DEPTH, _WHOLE_PAGE, _kind, _one, _plain, json_type)
from .body import _body, _flattened
from .documents import caption_row, iiif_record, is_iiif_manifest
from .pictures import (_captioned, _elsewhere, _named_after_pictures, _pictures, _pictures_by_shape, _text_or_none,
                       self_picture)
from .unpack import _from_xml, _unpacked, _xml_shaped, resolved


@dataclass(slots=True)
class Found:
    """What one article record holds, in the terms ingest hands on (RawDoc)."""

    kind: str  # "html" | "text"
    body: str
    body_field: bool  # HTML from a body field, not a whole page (no <head> nor doctype in it)
    images: list | None  # items for extract/listed.py, or None
    url: str | None
    title: str | None
    published: str | None
    identity: str | None = None  # a body-less record's article (its path or id), else the record itself


def article_records(value: object, locator: str) -> list[tuple[str, object]]:
    """The article objects a parsed line or document item holds: itself, or those a wrapper holds (an API's
    `data`, a list under `results`), each with its locator (`line=3`, `line=3;item=2` for the second of a list).
    An object holding no article is returned as itself, so that its reject names its keys."""
    if is_iiif_manifest(value):  # (before the XML test: its JSON-LD "@context" is no XML attribute)
        value = iiif_record(value)
    value = _from_xml(value) if _xml_shaped(value) else value
    unpacked = resolved(_unpacked(value))
    if isinstance(unpacked, list) and isinstance(value, list) and unpacked \
            and all(isinstance(x, dict) for x in unpacked):
        # an array of objects where one object was expected: arrays gathered into one ("jq -s ." of Tika's rmeta
        # answers, each the page and what it embeds): each object a record of its own
        return [r for m, x in enumerate(unpacked, start=1)
                for r in (_records(x, f"{locator};item={m}", 0) or [(f"{locator};item={m}", x)])]
    if isinstance(unpacked, list) and isinstance(value, dict):
        # an object that unpacks into a list of records (a COCO file's captioned images); an array where an object
        # belongs stays one reject
        return [r for m, x in enumerate(unpacked, start=1)
                for r in (_records(x, f"{locator};item={m}", 0) or [(f"{locator};item={m}", x)])]
    found = _records(unpacked, locator, 0)
    return found or [(locator, unpacked)]


def _records(value: object, locator: str, depth: int, address: str | None = None) -> list[tuple[str, object]]:
    """The articles in an object: itself (unless it only wraps fuller ones); else those inside it. address: the
    web address the nearest object around it names."""
    if not isinstance(value, dict) or depth > _MAX_DEPTH:
        return []
    address = _first([value], URL_KEYS, _is_web_address) or address
    body = _body(value)  # (read once: what makes it an article and how long its text is)
    if body is not None or _pictured(value):  # an article: a body, or a captioned picture
        length = _text_length(body)
        # (an envelope: an LLM's reply, a line of chatter and the article in its tool call's input; a queue's
        # message, the article in its body with the pictures the message itself does not show)
        if (length < _THIN_BODY or not _pictured(value)) \
                and (inner := _envelope_of(value, length, locator, depth, address)):
            return inner
        return [(locator, value)]
    return _inner_records(value, locator, depth, address)


_THIN_BODY = 200  # characters of text: a line of an envelope (a model's "I'll record the article."), no story


def _text_length(body: tuple | None) -> int:
    """Characters of a body's text (_body's result), its markup left out."""
    return len(_plain(body[1]) if body[0] == "html" else body[1]) if body is not None else 0


def _pictured(obj: dict) -> bool:
    """A captioned picture: listed under a known name, or an object of a list holding an image file's address and a
    caption (a crawler's own `gorseller`, `picha`)."""
    return _captioned(_pictures(obj)[0]) or bool(_pictures_by_shape(obj, [], None)) or bool(self_picture(obj))


def _envelope_of(outer: dict, outer_length: int, locator: str, depth: int,
                 address: str | None) -> list[tuple[str, object]]:
    """The records an object wraps: those inside it with captioned pictures and as much text as it has, when
    every captioned picture the object shows is theirs; else none. Each takes the envelope's address (the page
    it was read from) where it names none."""
    fuller, seen = [], set()
    for loc, record in _inner_records(outer, locator, depth, address):
        if not isinstance(record, dict) or not _pictured(record) or not _first_time(record, seen):
            continue  # (a log line's parsed event beside its original, the same record twice: read once)
        body, pictures = _body(record), _all_pictures(record)
        length = _text_length(body)
        # (as long as the object's text, where it is an article of its own, titled: the object read its text from
        # this record, as a queue's message from the article it carries; a picture's object whose "body" is its
        # caption, one rendition of several, wraps no story)
        if (length > outer_length or length == outer_length and _first([record], TITLE_KEYS, _text_or_none)) \
                and not _caption_as_body(body, pictures):
            fuller.append((loc, record, pictures))
    theirs = {_picture_key(p) for _, _, pictures in fuller for p in pictures}
    if not fuller or any(_picture_key(p) not in theirs for p in _all_pictures(outer)):
        return []
    return [(loc, record if address is None or _first([record], URL_KEYS, _is_web_address) else
             {**record, "url": address}) for loc, record, _ in fuller]


def _first_time(record: object, seen: set) -> bool:
    """Whether this record's content is met for the first time (seen: the contents met so far, as canonical JSON)."""
    try:
        key = json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        key = f"id:{id(record)}"  # (keys of mixed types, from a Python literal: told apart by identity)
    if key in seen:
        return False
    seen.add(key)
    return True


def _caption_as_body(body: tuple | None, pictures: list) -> bool:
    """The record's text is no more than one of its pictures' captions (or all of them): a picture's own object."""
    text = " ".join((_plain(body[1]) if body[0] == "html" else body[1]).split()) if body is not None else ""
    captions = [" ".join(p["caption"].split()) for p in pictures if isinstance(p.get("caption"), str)]
    return not text or any(text in c for c in captions) or len(text) <= sum(map(len, captions)) and len(pictures) == 1


def _all_pictures(obj: dict) -> list:
    listed = _pictures(obj)[0]
    listed = listed if isinstance(listed, list) else []
    shaped = _pictures_by_shape(obj, listed, None)
    return [p for p in listed + shaped + _elsewhere(obj, listed + shaped, set()) if isinstance(p, dict)]


def _picture_key(item: dict) -> tuple:
    return item.get("url"), item.get("caption")


def _inner_records(value: dict, locator: str, depth: int, address: str | None = None) -> list[tuple[str, object]]:
    """The articles among an object's values: those under a wrapper key (an API's `data`, `results`); else those
    among all its values (a map of id or URL to article, a CMS export's `fields` or `attributes`)."""
    keys = [k for k in WRAPPER_KEYS if k in value]
    for group in (keys, [k for k in value if k not in keys]):
        found: list[list] = []
        for key in group:
            inner = value[key]
            if isinstance(inner, dict):
                found.append(_records(inner, locator, depth + 1, address))
            elif isinstance(inner, list) and inner and all(isinstance(x, dict) for x in inner):
                found.append([r for m, x in enumerate(inner, start=1)
                              for r in _records(x, f"{locator};item={m}", depth + 1, address)])
            if found and found[-1] and group is keys:
                return found[-1]
        holding = [f for f in found if f]
        if holding and group is not keys and len(value) > 1 and all(isinstance(v, dict) for v in value.values()):
            # a map of id to article: each value is a record, read or rejected (none passed over unseen)
            return [r for n, v in enumerate(value.values(), start=1)
                    for r in (_records(v, f"{locator};item={n}", depth + 1, address)
                              or [(f"{locator};item={n}", v)])]
        if len(holding) == 1:
            return holding[0]
        if holding:  # a map of records ({id: article, ...}): each value counted, in order, each record once (a
            # log line's parsed event beside its original)
            seen: set = set()
            return [(f"{locator};item={n}{loc[len(locator):]}", rec)
                    for n, f in enumerate(holding, start=1) for loc, rec in f if _first_time(rec, seen)]
    return []


_MARKS = ("_named", "_area")


def read_record(obj: object) -> Found:
    """The article one record describes; ValueError says why it is none."""
    if not isinstance(obj, dict):
        raise ValueError(f"a JSON {json_type(obj)}, not an object")
    if set(obj) == {"annotation"}:  # (documents.annotation_task_record's mark)
        raise ValueError(f"an annotation task answered {obj['annotation']!r}: no caption accepted")
    obj = caption_row(obj) or obj  # a caption dataset's row: the picture it names, the page it came from
    obj = _flattened(obj)
    other = _kind(obj) & NOT_ARTICLE_KINDS
    if other:  # an export's other documents: an author's profile with its portrait, a section, the site
        raise ValueError(f"a JSON object of kind {sorted(other)[0]!r}, not an article")
    body = _body(obj)
    images, lead_only = _pictures(obj)
    kind, text, block_images, used = body if body is not None else ("text", "", [], None)
    if isinstance(images, list):  # captioned pictures the record keeps elsewhere (a CMS's own field names)
        # (a picture's caption in a field named after it first: its object's own description is its alt text)
        known = {_text_or_none(item.get("url")) for item in images + block_images if isinstance(item, dict)} - {None}
        named = [item for item in _named_after_pictures(obj, used) if item.get("url") not in known]
        elsewhere = named + _elsewhere(obj, images + block_images + named, {id(used)})
        elsewhere += _pictures_by_shape(obj, images + block_images + elsewhere, used)
        images += elsewhere
        lead_only += elsewhere
    if body is None and not _captioned(images) and (asset := self_picture(obj)):
        images = [asset]  # a media library's asset: the record is its one captioned picture
    if body is None and not _captioned(images):
        keys = ", ".join(sorted(map(str, obj))[:12])
        odd = [f"{key} is a JSON {json_type(obj[key])}" for key in dict.fromkeys(HTML_KEYS + MARKDOWN_KEYS + TEXT_KEYS)
               if key in obj and not isinstance(obj[key], (str, list, dict))]
        raise ValueError(f"no html, text, markdown nor picture with a caption (keys: {keys})"
                         + (f"; {', '.join(odd)}, not a string" if odd else ""))
    if kind == "html":  # the page names its own pictures; a captioned picture it lacks is added (html.py)
        named = [item for item in images if isinstance(item, dict) and item.get("_named") and item not in lead_only] \
            if isinstance(images, list) else []
        images = lead_only + named
    elif kind == "text" and isinstance(images, list) and _MARKDOWN_PICTURE.search(text):
        # Markdown's picture lines give their own captions: a listed picture's caption from an unnamed field (the
        # text a crawler found near it, Crawl4AI's "desc") is not read; the picture stays, to be matched or counted
        images = [item if not isinstance(item, dict) or item.get("_named") else
                  {k: v for k, v in item.items() if k != "caption"} for item in images]
    elif block_images:
        images = (images if isinstance(images, list) else []) + block_images
    if isinstance(images, list):  # the reader's own marks ("_named", "_area") are not handed on
        images = [{k: v for k, v in item.items() if not (isinstance(k, str) and k.startswith("_") and k in _MARKS)}
                  if isinstance(item, dict) else item for item in images]
    meta = [obj] + [obj[k] for k in META_KEYS if isinstance(obj.get(k), dict)]
    fragment = kind == "html" and (_WHOLE_PAGE.search(text[:_MARKUP_SCAN]) is None or _bare_document(text))
    url = _first(meta, URL_KEYS, _is_web_address)
    return Found(kind=kind, body=text, body_field=fragment, images=images or None, url=url,
                 title=_first(meta, TITLE_KEYS), published=_first(meta, DATE_KEYS),
                 identity=_identity(obj) if body is None and url is None else None)


_MARKDOWN_PICTURE = re.compile(r"!\[[^\]\n]*\]\([^)\s]+")
_CHROME = re.compile(r"<(?:nav|header|footer|aside|menu|form|iframe)\b", re.I)
_LINK = re.compile(r"<a\s", re.I)
_BARE_LINKS = 5  # an e-mail's "read the full story", a credit's link; a site's page links its sections


def _bare_document(html: str) -> bool:
    """A whole HTML document that is only the article (a newsletter platform's rendered post, an e-mail): no
    site chrome (navigation, header, footer, sidebar, forms) and few links, unlike a page a crawler fetched."""
    return len(html) <= _BARE_SCAN and not _CHROME.search(html) and len(_LINK.findall(html)) <= _BARE_LINKS


_BARE_SCAN = 1_000_000  # characters: a document past this is a page, not a post


# what names the article a record that is one of its pictures belongs to, most specific first
ARTICLE_KEYS = ("article_path", "article_id", "articleId", "article_file", "story_id", "storyId", "doc_id",
                "document_id", "post_id", "postId", "guid", "uuid", "_id", "id")


def _identity(obj: dict) -> str:
    """A body-less record's article: its article's path or id (the pictures of one article stay one article, in
    one split), else the record itself (each record its own)."""
    for key in ARTICLE_KEYS:
        value = obj.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            return f"{key}:{value}"
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str)


def _first(objs: list[dict], keys: tuple[str, ...], accept=lambda s: True) -> str | None:
    for obj in objs:
        for key in keys:
            value = _one(obj.get(key))
            if isinstance(value, dict):  # {"main": ...} (a headline), {"basic": ...}, {"rendered": ...}
                value = next((v for v in value.values() if isinstance(v, str) and v.strip()), None)
            if isinstance(value, str) and value.strip() and accept(value.strip()):
                return _plain(value) if key in TITLE_KEYS else value.strip()
    return None


def _is_web_address(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))
