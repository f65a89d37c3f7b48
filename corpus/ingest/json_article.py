"""What one JSON record of a crawled article holds, whatever wrote it: its body, its pictures, URL, title, date.

Crawlers, extraction tools, newsroom systems and captioning datasets each name these fields their own way, so
they are found by the kind of field, not by one schema:
- the record may be wrapped (an API's `data`, `objects`, `results` or `items`; a search hit's `_source`): the
  article objects inside are the records, several from one line where a wrapper holds a list;
- the body is HTML (`html`, `articleBodyHtml`, WordPress's `content.rendered`, a body string showing markup),
  Markdown (`markdown`; extract reads it as the scrape it renders to), plain text (`text`, `maintext`,
  `articleBody`, a list of paragraph strings), or a list of blocks (paragraph and picture blocks with a `type`,
  as newsroom systems and datasets keep a story): blocks become the text's paragraphs, and each picture block a
  listed picture placed before the paragraph that follows it;
- the pictures are a list (`images`, `figures`, `photos`, crawl4ai's `media.images`), a map of index to caption
  or of alt text to address, and the record's lead picture (`top_image`, `image_url`, `feature_image` with its
  `feature_image_caption`, WordPress's featured media, a record that is one picture: its `caption` beside
  `image_path`); each becomes one item {url, caption, credit, alt, paragraph} of the list extract/listed.py reads.
A record with HTML keeps its own figures; only a lead picture with a caption that the HTML lacks is listed.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

# ------------------------------------------------------------------ field vocabularies (schema words, any tool)
HTML_KEYS = ("html", "raw_html", "rawHtml", "content_html", "contentHtml", "body_html", "bodyHtml", "articleBodyHtml",
             "article_html", "articleHtml", "cleaned_html", "html_content", "htmlContent")
MARKDOWN_KEYS = ("markdown", "raw_markdown", "markdown_content", "content_markdown", "md")
TEXT_KEYS = ("maintext", "text", "articleBody", "article_body", "article_text", "body", "content", "article",
             "story", "full_text", "fulltext", "body_text", "bodyText", "plain_text", "content_text", "main_text")
BLOCK_KEYS = ("parsed_section", "content_elements", "blocks", "body_blocks", "sections", "paragraphs", "elements",
              "components", "body", "content")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link", "canonical_url", "canonicalUrl", "canonical", "web_url", "webUrl", "article_url",
            "articleUrl", "source_url", "sourceURL", "sourceUrl", "website_url", "permalink", "page_url")
DATE_KEYS = ("date_publish", "published", "date", "date_published", "datePublished", "publish_date", "published_at",
             "publishedAt", "published_date", "publishedDate", "published_time", "publishedTime", "pub_date",
             "pubDate", "pubdate", "first_publish_date", "display_date", "date_gmt", "created_at", "createdAt",
             "date_created", "timestamp")
META_KEYS = ("metadata", "meta", "_source", "source_meta")  # objects beside the body that hold title, URL, date
IMAGE_LIST_KEYS = ("images", "figures", "photos", "pictures", "image_list", "imgs", "media", "gallery",
                   "image_urls", "captions")
LEAD_KEYS = ("top_image", "topImage", "lead_image", "leadImage", "main_image", "mainImage", "featured_image",
             "featuredImage", "feature_image", "featureImage", "image", "image_url", "imageUrl", "urlToImage",
             "image_path", "img_path", "image_file", "img_url", "picture", "photo", "lead_art", "leadArt")
LEAD_CAPTION_KEYS = ("feature_image_caption", "featured_image_caption", "image_caption", "imageCaption",
                     "top_image_caption", "lead_image_caption", "photo_caption", "caption")
LEAD_CREDIT_KEYS = ("feature_image_credit", "image_credit", "imageCredit", "photo_credit", "photoCredit",
                    "image_copyright", "credit")
ADDRESS_KEYS = ("url", "src", "image_url", "imageUrl", "source_url", "contentUrl", "content_url", "href", "uri",
                "path", "image_path", "img_path", "local_path", "file", "filename", "file_name", "original", "link")
CAPTION_KEYS = ("caption", "captionText", "caption_text", "image_caption", "legend", "description", "desc",
                "figcaption", "text")
CREDIT_KEYS = ("credit", "credits", "credit_text", "creditText", "copyright", "copyrightHolder", "copyright_notice",
               "byline", "photographer", "attribution", "image_credit", "photo_credit", "author")
ALT_KEYS = ("alt", "alt_text", "altText", "alternativeText", "alternative_text")
WRAPPER_KEYS = ("data", "article", "result", "results", "objects", "items", "posts", "post", "entries", "entry",
                "articles", "docs", "documents", "records", "hits", "stories", "story", "item", "response", "_source",
                "value", "values", "rows", "content")
# a block's kind (`type`, `_type`, `nodeType`, Gutenberg's `blockName`), read word by word ("core/image")
_KIND_KEYS = ("type", "_type", "kind", "nodeType", "blockName", "block_type")
_WORD = re.compile(r"[a-z0-9]+")
PICTURE_TYPES = frozenset(("image", "photo", "picture", "figure", "img", "graphic", "caption"))
TEXT_TYPES = frozenset(("paragraph", "text", "p", "block", "header", "heading", "subheading", "quote", "blockquote",
                        "h2", "h3", "h4", "item", "normal"))

_MARKUP = re.compile(r"<(?:!doctype|html|body|article|p|div|figure|img|picture|h[1-6]|section|br|span|ul|table)"
                     r"\b[^>]*>", re.I)
_MARKUP_SCAN = 4096  # chars of a body read for its markup
_TAG = re.compile(r"<[^>]+>")
_ADDRESS = re.compile(r"^(?:https?:|//|data:|/|\.{0,2}/)?[^\s<>\"]+$")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|jfif)(?:[?#]|$)", re.I)
_MAX_DEPTH = 4  # wrappers looked into


@dataclass(slots=True)
class Found:
    """What one article record holds, in the terms ingest hands on (RawDoc)."""

    kind: str  # "html" | "text"
    body: str
    images: list | None  # items for extract/listed.py, or None
    url: str | None
    title: str | None
    published: str | None


def article_records(value: object, locator: str) -> list[tuple[str, object]]:
    """The article objects a parsed line or document item holds: itself, or those a wrapper holds (an API's
    `data`, a list under `results`), each with its locator (`line=3`, `line=3;item=2` for the second of a list).
    An object holding no article is returned as itself, so that its reject names its keys."""
    found = _records(value, locator, 0)
    return found or [(locator, value)]


def _records(value: object, locator: str, depth: int) -> list[tuple[str, object]]:
    if not isinstance(value, dict) or depth > _MAX_DEPTH:
        return []
    if _has_article(value):
        return [(locator, value)]
    for key in WRAPPER_KEYS:
        inner = value.get(key)
        if isinstance(inner, dict):
            if found := _records(inner, locator, depth + 1):
                return found
        elif isinstance(inner, list) and inner and all(isinstance(x, dict) for x in inner):
            found = [r for n, x in enumerate(inner, start=1) for r in _records(x, f"{locator};item={n}", depth + 1)]
            if found:
                return found
    return []


def _has_article(obj: dict) -> bool:
    return _body(obj) is not None or _captioned(_pictures(obj)[0])


def _captioned(items: object) -> bool:
    return isinstance(items, list) and any(isinstance(item, dict) and item.get("caption") for item in items)


def read_record(obj: object) -> Found:
    """The article one record describes; ValueError says why it is none."""
    if not isinstance(obj, dict):
        raise ValueError(f"a JSON {json_type(obj)}, not an object")
    body = _body(obj)
    images, lead_only = _pictures(obj)
    if body is None and not _captioned(images):
        keys = ", ".join(sorted(map(str, obj))[:12])
        odd = [f"{key} is a JSON {json_type(obj[key])}" for key in dict.fromkeys(HTML_KEYS + MARKDOWN_KEYS + TEXT_KEYS)
               if key in obj and not isinstance(obj[key], (str, list, dict))]
        raise ValueError(f"no html, text, markdown nor picture with a caption (keys: {keys})"
                         + (f"; {', '.join(odd)}, not a string" if odd else ""))
    kind, text, block_images = body if body is not None else ("text", "", [])
    if kind == "html":
        images = lead_only  # the page names its own pictures; a captioned lead picture it lacks is added
    elif block_images:
        images = block_images + (images if isinstance(images, list) else [])
    meta = [obj] + [obj[k] for k in META_KEYS if isinstance(obj.get(k), dict)]
    return Found(kind=kind, body=text, images=images or None, url=_first(meta, URL_KEYS, _is_web_address),
                 title=_first(meta, TITLE_KEYS), published=_first(meta, DATE_KEYS))


def json_type(value: object) -> str:
    """A parsed value's type in JSON's words ("null", not Python's "NoneType")."""
    if isinstance(value, bool):
        return "boolean"
    return {dict: "object", list: "array", str: "string", int: "number", float: "number"}.get(type(value), "null")


# ------------------------------------------------------------------ body
def _body(obj: dict) -> tuple[str, str, list] | None:
    """(kind, body, pictures its blocks hold) of the record's article body, or None."""
    for key in HTML_KEYS:
        if (text := _string(obj.get(key))) and _MARKUP.search(text[:_MARKUP_SCAN]):
            return "html", text, []
    for key in MARKDOWN_KEYS:
        if text := _string(obj.get(key), ("raw_markdown", "markdown", "fit_markdown")):
            return "text", text, []
    for key in TEXT_KEYS:
        value = obj.get(key)
        if text := _string(value):
            return ("html" if _MARKUP.search(text[:_MARKUP_SCAN]) else "text"), text, []
        if isinstance(value, list) and value and all(isinstance(x, str) for x in value):
            return "text", "\n\n".join(x.strip() for x in value if x.strip()), []
    for key in BLOCK_KEYS:
        value = obj.get(key)
        if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            paragraphs, pictures = _blocks(value)
            if paragraphs:
                return "text", "\n\n".join(paragraphs), pictures
    return None


def _string(value: object, inner: tuple[str, ...] = ("rendered", "raw", "html", "text", "value")) -> str | None:
    """A non-blank string, or one an object holds under `inner` (WordPress's {"rendered": ...})."""
    if isinstance(value, dict):
        value = next((value[k] for k in inner if isinstance(value.get(k), str) and value[k].strip()), None)
    return value if isinstance(value, str) and value.strip() else None


def _blocks(blocks: list[dict]) -> tuple[list[str], list[dict]]:
    """Paragraphs and pictures of a story kept as blocks, each picture placed before the next paragraph."""
    paragraphs: list[str] = []
    pictures: list[dict] = []
    for block in blocks:
        kind = set(_WORD.findall(str(next((block[k] for k in _KIND_KEYS if block.get(k)), "")).lower()))
        if kind & PICTURE_TYPES or (not kind and _address(block) and _caption_of(block)):
            item = _picture(block, caption_keys=CAPTION_KEYS)
            if item is not None:
                item["paragraph"] = len(paragraphs)
                pictures.append(item)
        elif not kind or kind & TEXT_TYPES:
            if text := _block_text(block):
                paragraphs.append(text)
    return paragraphs, pictures


def _block_text(block: dict) -> str | None:
    for key in ("text", "content", "body", "value", "html"):
        if text := _string(block.get(key)):
            return _plain(text)
    return _plain(_spans(block)) or None


def _spans(node: dict, depth: int = 0) -> str:
    """The text of a block kept as spans (portable text's `children`, rich text's `content` nodes)."""
    parts = []
    for key in ("children", "spans", "content"):
        value = node.get(key)
        if isinstance(value, list) and depth < 6:
            for child in value:
                if isinstance(child, dict):
                    text = child.get("text", child.get("value"))
                    parts.append(text if isinstance(text, str) else _spans(child, depth + 1))
    return "".join(parts)


# ------------------------------------------------------------------ pictures
def _pictures(obj: dict) -> tuple[object, list[dict]]:
    """(every picture the record lists, the captioned lead pictures alone). A record whose body is HTML keeps
    the second: its page names its own pictures. A list field that holds no list is handed on as it is, for
    extract/listed.py to reject it by its type."""
    listed: object = []
    for key in IMAGE_LIST_KEYS:
        value = obj.get(key)
        if isinstance(value, dict) and isinstance(value.get("images"), list):  # crawl4ai's media: {images, videos}
            value = value["images"]
        if value is None or value == [] or value == {}:
            continue
        listed = _items(value)
        break
    leads = [lead for lead in (_lead(obj), *_featured(obj)) if lead is not None]
    if not isinstance(listed, list):
        return (listed if not leads else [dict(lead, paragraph=0) for lead in leads]), _leading(leads, True)
    known = {item.get("url") for item in listed if isinstance(item, dict) and item.get("url")}
    leads = [lead for lead in leads if not lead.get("url") or lead["url"] not in known]
    return _leading(leads, False) + listed, _leading(leads, True)


def _leading(leads: list[dict], captioned_only: bool) -> list[dict]:
    """Lead pictures as items placed before the first paragraph."""
    return [dict(lead, paragraph=0) for lead in leads if lead.get("caption") or not captioned_only]


def _items(value: object) -> object:
    """A picture list as items: objects read by their fields, strings as an address or a caption, a map of
    index to caption, of alt text to address or of index to object; a value of another type as it is."""
    if isinstance(value, dict):
        pairs = sorted(value.items(), key=lambda kv: (not kv[0].isdigit(), int(kv[0]) if kv[0].isdigit() else 0))
        if all(isinstance(v, str) for _, v in pairs):
            return [({"url": v.strip()} | ({} if k.isdigit() else {"alt": _plain(k)})) if _looks_like_address(v)
                    else {"caption": _plain(v)} for k, v in pairs]
        value = [v for _, v in pairs]
    if not isinstance(value, list):
        return value
    out = []
    for item in value:
        if isinstance(item, str):
            out.append({"url": item} if _looks_like_address(item) else {"caption": _plain(item)})
        elif isinstance(item, dict):
            picture = _picture(item, caption_keys=CAPTION_KEYS)
            out.append(picture if picture is not None else item)  # listed.py rejects it, naming its keys
        else:
            out.append(item)
    return out


def _picture(block: dict, caption_keys: tuple[str, ...]) -> dict | None:
    """One picture object as an item {url, caption, credit, alt}; None when it holds neither address nor caption."""
    address = _address(block)
    caption = _caption_of(block, caption_keys)
    if address is None and caption is None:
        return None
    item: dict = {"url": address, "caption": caption, "credit": _credit_of(block)}
    alt = next((_plain(v) for v in (_string(block.get(k)) for k in ALT_KEYS) if v), None)
    if alt:
        item["alt"] = alt
    if "paragraph" in block:  # where the record says the picture stood (extract/listed.py reads it)
        item["paragraph"] = block["paragraph"]
    return {k: v for k, v in item.items() if v is not None}


def _address(obj: dict, depth: int = 0) -> str | None:
    for key in ADDRESS_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and _looks_like_address(value):
            return value.strip()
    if depth < 2:  # {"asset": {"url": ...}}, {"image": {"src": ...}}, {"sizes": {"full": {"url": ...}}}
        for value in obj.values():
            if isinstance(value, dict) and (found := _address(value, depth + 1)):
                return found
    return None


def _looks_like_address(value: str) -> bool:
    value = value.strip()
    if not value or not _ADDRESS.match(value):
        return False
    return "/" in value or "." in value


def _caption_of(obj: dict, keys: tuple[str, ...] = CAPTION_KEYS) -> str | None:
    for key in keys:
        if (text := _string(obj.get(key))) and not _looks_like_address(text):
            return _plain(text) or None
    return None


def _credit_of(obj: dict, keys: tuple[str, ...] = CREDIT_KEYS) -> str | None:
    for key in keys:
        if credit := _names(obj.get(key)):
            return credit
    return None


def _names(value: object) -> str | None:
    """A credit as text: a string, a list of names, or an object naming people (`by`, `name`) and agencies
    (`affiliation`), as newsroom systems keep credits."""
    if isinstance(value, str):
        return _plain(value) or None
    if isinstance(value, list):
        names = [n for n in (_names(v) for v in value) if n]
        return " / ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        parts = [_names(value.get(k)) for k in ("name", "by", "affiliation", "text", "rendered")]
        return "/".join(p for p in dict.fromkeys(parts) if p) or None
    return None


def _lead(obj: dict) -> dict | None:
    """The record's own picture: a lead/top image field, with the caption and credit the record gives it."""
    for key in LEAD_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and _looks_like_address(value):
            item: dict = {"url": value.strip()}
        elif isinstance(value, dict) and (picture := _picture(value, caption_keys=CAPTION_KEYS)):
            item = picture
        else:
            continue
        if "caption" not in item and (caption := _caption_of(obj, LEAD_CAPTION_KEYS)):
            item["caption"] = caption
        if "credit" not in item and (credit := _credit_of(obj, LEAD_CREDIT_KEYS)):
            item["credit"] = credit
        return item
    return None


def _featured(obj: dict) -> list[dict]:
    """WordPress REST's embedded featured media (`_embedded["wp:featuredmedia"]`) and ANS's `promo_items`."""
    out = []
    embedded = obj.get("_embedded")
    media = embedded.get("wp:featuredmedia") if isinstance(embedded, dict) else None
    for item in media if isinstance(media, list) else []:
        if isinstance(item, dict) and (picture := _picture(item, caption_keys=CAPTION_KEYS)):
            out.append(picture)
    promo = obj.get("promo_items")
    basic = promo.get("basic") if isinstance(promo, dict) else None
    if isinstance(basic, dict) and (picture := _picture(basic, caption_keys=CAPTION_KEYS)):
        out.append(picture)
    return out


# ------------------------------------------------------------------ text
def _plain(text: str) -> str:
    """Text as a reader sees it: tags dropped (a caption kept as HTML), entities resolved, white space one space."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _first(objs: list[dict], keys: tuple[str, ...], accept=lambda s: True) -> str | None:
    for obj in objs:
        for key in keys:
            value = obj.get(key)
            if isinstance(value, dict):  # {"main": ...} (a headline), {"basic": ...}, {"rendered": ...}
                value = next((v for v in value.values() if isinstance(v, str) and v.strip()), None)
            if isinstance(value, str) and value.strip() and accept(value.strip()):
                return _plain(value) if key in TITLE_KEYS else value.strip()
    return None


def _is_web_address(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))
