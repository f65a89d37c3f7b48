"""The words and shapes of a JSON record's fields: the names tools and datasets give a body, a picture, its
caption and credit; and the reading of one field (a string kept as HTML or per language, an address, a picture
object)."""
from __future__ import annotations

import html
import re


HTML_KEYS = ("html", "raw_html", "rawHtml", "content_html", "contentHtml", "body_html", "bodyHtml", "articleBodyHtml",
             "article_html", "articleHtml", "cleaned_html", "html_content", "htmlContent", "content:encoded")
MARKDOWN_KEYS = ("markdown", "raw_markdown", "markdown_content", "content_markdown", "md", "raw_content")
TEXT_KEYS = ("maintext", "text", "articleBody", "article_body", "article_text", "body", "content", "article",
             "story", "full_text", "fulltext", "body_text", "bodyText", "plain_text", "content_text", "main_text",
             "bodies")
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
IMAGE_LIST_KEYS = ("images", "figures", "photos", "pictures", "image_list", "imgs", "media", "multimedia",
                   "gallery", "image_urls", "captions")
LEAD_KEYS = ("top_image", "topImage", "lead_image", "leadImage", "main_image", "mainImage", "featured_image",
             "featuredImage", "feature_image", "featureImage", "image", "image_url", "imageUrl", "urlToImage",
             "image_path", "img_path", "image_file", "img_url", "picture", "photo", "lead_art", "leadArt")
LEAD_CAPTION_KEYS = ("feature_image_caption", "featured_image_caption", "image_caption", "imageCaption",
                     "top_image_caption", "lead_image_caption", "photo_caption", "caption",
                     "caption_reference_description")  # (WIT's: the caption the page shows under its image)
LEAD_CREDIT_KEYS = ("feature_image_credit", "featured_image_credit", "top_image_credit", "lead_image_credit",
                    "image_credit", "imageCredit", "photo_credit", "photoCredit", "image_copyright", "credit")
# (an img's attributes as a scraper keeps them: the lazy-loading ones before src, which holds a placeholder)
ADDRESS_KEYS = ("secure_url", "url", "URL", "data-src", "data-lazy-src", "data-original", "src", "image_url",
                "imageUrl", "source_url", "contentUrl", "content_url", "resource_url", "href", "uri", "path",
                "fullpath", "fullPath", "full_path", "image_path", "img_path", "local_path", "file", "filename",
                "file_name", "original", "link")  # (a DAM's asset: its full path before its bare file name)
NAMED_CAPTION_KEYS = (
    "captionOverride", "caption_override", "caption", "captionText", "caption_text", "image_caption", "legend",
    "figcaption", "cutline")
CAPTION_KEYS = (
    "captionOverride", "caption_override", "caption", "captionText", "caption_text", "image_caption", "cutline",
    "legend", "description", "description_text", "desc", "figcaption", "text",
    "textContent", "innerText", "text_content", "inner_text")  # (a browser's text of the figure element)
CREDIT_KEYS = ("credit", "credits", "credit_text", "creditText", "creditline", "credit_line", "creditLine", "copyright",
               "copyrightHolder", "copyright_notice", "copyrightnotice", "byline", "photographer", "attribution",
               "image_credit", "photo_credit", "imageCredit", "photoCredit", "author", "copyrightholder",
               "copyright_holder", "by", "authors",  # (a picture's authors made it: fundus's Image)
               "credittext")  # (schema.org's names lower-cased: a search API's pagemap)
ALT_KEYS = ("alt", "alt_text", "altText", "alternativeText", "alternative_text")
WRAPPER_KEYS = ("data", "article", "result", "results", "objects", "items", "posts", "post", "entries", "entry",
                "articles", "docs", "documents", "records", "hits", "stories", "story", "item", "response", "_source",
                "value", "values", "rows", "content")


# a block's kind (`type`, `_type`, `nodeType`, Gutenberg's `blockName`), read word by word ("core/image")
_KIND_KEYS = ("type", "_type", "kind", "nodeType", "blockName", "block_type", "role", "__component", "component",
              "__typename", "slice_type", "t")  # ("component": Storyblok's blocks)
_CHILD_KEYS = ("components", "content_elements", "innerBlocks", "children", "blocks", "elements", "items", "images",
               "photos", "slides")
# kinds of an export's other documents, never an article nor its picture: an author's profile, a section, the site
NOT_ARTICLE_KINDS = frozenset(("author", "autor", "auteur", "autore", "avtor", "yazar", "person", "profile", "user",
                               "category", "tag", "section", "site", "settings", "config", "menu", "comment",
                               "redirect"))
DOCUMENT_TYPES = frozenset(("story", "article", "post", "document", "page", "newsitem", "entry"))
GALLERY_TYPES = frozenset(("gallery", "slideshow", "carousel", "album", "mosaic", "slider"))
_WORD = re.compile(r"[a-z0-9]+")
PICTURE_TYPES = frozenset(("image", "photo", "picture", "figure", "img", "graphic", "caption", "media",
                           # (the kind in the editor's language: "foto", "bild", "imagen", "afbeelding", ...)
                           "foto", "bild", "imagen", "imagem", "immagine", "afbeelding", "zdjecie", "resim", "gambar"))
TEXT_TYPES = frozenset(("paragraph", "text", "p", "block", "header", "heading", "subheading", "quote", "blockquote",
                        "h2", "h3", "h4", "item", "normal", "body", "intro"))
# every kind the reader knows by name; a block of another kind is read by what it holds (body._blocks)
KNOWN_TYPES = DOCUMENT_TYPES | GALLERY_TYPES | PICTURE_TYPES | TEXT_TYPES
_MARKUP = re.compile(r"<(?:!doctype|html|body|article|p|div|figure|img|picture|h[1-6]|section|br|span|ul|table)"
                     r"\b[^>]*>", re.I)
_MARKUP_SCAN = 4096  # chars of a body read for its markup
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # a tag, not a comparison ("fewer than < 5 and > 2 tonnes")
_WHOLE_PAGE = re.compile(r"<(?:!doctype|head)\b", re.I)  # a page has a head; a body field wrapped in <html><body> none
_ADDRESS = re.compile(r"^(?:https?:|//|data:|/|\.{0,2}/)?[^\s<>\"]+$")
# scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Japanese, Chinese): a character says more
_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|jfif)(?:[?#]|$)", re.I)
_MAX_DEPTH = 8  # wrappers looked into (GraphQL: data, viewer, a connection, its edges, each edge's node; a search
# engine's aggregation: its buckets, each bucket's top hits, each hit's _source)


def json_type(value: object) -> str:
    """A parsed value's type in JSON's words ("null", not Python's "NoneType")."""
    if isinstance(value, bool):
        return "boolean"
    return {dict: "object", list: "array", str: "string", int: "number", float: "number"}.get(type(value), "null")


_FIELD_CONTAINERS = ("fields", "attributes", "properties", "elements")  # where an API keeps a record's own fields
_MIME_KEYS = ("contenttype", "content_type", "contentType", "mimetype", "mimeType", "mime_type", "type", "format")
_LOCALE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$")


def _unlocale(value: object) -> object:
    """A field kept per language ({"it-IT": ...}, as CMS exports keep them): its one language's value."""
    if isinstance(value, dict) and len(value) == 1:
        (key, inner), = value.items()
        if isinstance(key, str) and _LOCALE.match(key):
            return inner
    return value


def _string(value: object, inner: tuple[str, ...] = ("rendered", "raw", "html", "text", "value")) -> str | None:
    """A non-blank string, or one an object holds under `inner` (WordPress's {"rendered": ...}) or under its one
    language ({"en-US": ...})."""
    value = _unlocale(value)
    if isinstance(value, dict):
        value = next((value[k] for k in inner if isinstance(value.get(k), str) and value[k].strip()), None)
    return value if isinstance(value, str) and value.strip() else None


def _kind(block: dict) -> set[str]:
    """A block's kind word by word: "core/image", "image_block", GraphQL's "ImageBlock" are each image and block."""
    kind = str(next((block[k] for k in _KIND_KEYS if block.get(k)), ""))
    return set(_WORD.findall(_CAMEL_HUMP.sub(" ", kind).lower()))


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _image_address(value: object) -> bool:
    """One image file's address ("a.jpg|b.jpg", several joined in one text, is none)."""
    return isinstance(value, str) and len(value) < 2048 and bool(_IMAGE_FILE.search(value)) \
        and _looks_like_address(value) and "|" not in value


# where a block editor keeps a block's own fields: Editor.js's `data`, Prismic's slice `primary`, a Wagtail
# StreamField block's `value`
BLOCK_DATA = ("data", "attrs", "props", "primary", "value")


def _picture(block: dict, caption_keys: tuple[str, ...]) -> dict | None:
    """One picture object as an item {url, caption, credit, alt}; None when it holds neither address nor caption.
    What the object does not say itself, the object inside it that holds the address may ({"file": {"data":
    {"attributes": {"url", "caption"}}}})."""
    address = _address(block)
    # (a block editor keeps a block's fields under `data`: Editor.js's {"file": {"url"}, "caption"})
    holders = list({id(o): o for o in (block, *(block[k] for k in BLOCK_DATA if isinstance(block.get(k), dict)),
                                       *_holder_path(block))}.values())
    # a caption field left empty says the picture has none: an asset's description (its alt text) is not read
    named = any(k in o for o in holders for k in NAMED_CAPTION_KEYS)
    keys = NAMED_CAPTION_KEYS if named else caption_keys
    caption = next((c for o in holders if (c := _caption_of(o, keys))), None) or _asset_title(holders)
    if address is None and caption is None:
        return None
    credit = next((c for o in holders if (c := _credit_of(o))), None)
    item: dict = {"url": address, "caption": caption, "credit": credit}
    alt = next((_plain(v) for o in holders for v in (_string(o.get(k)) for k in ALT_KEYS) if v), None)
    if alt:
        item["alt"] = alt
    if "paragraph" in block:  # where the record says the picture stood (extract/listed.py reads it)
        item["paragraph"] = block["paragraph"]
    if area := _area(block):
        item["_area"] = area  # (read by _one_per_picture, not handed on)
    if caption and (any(_caption_of(o, NAMED_CAPTION_KEYS) for o in holders)
                    or str(block.get("medium", "")).lower() == "image"):
        item["_named"] = True  # a field named caption holds it, or Media RSS's media:description of an image: not a
        #                        description or nearby text (see read_record)
    return {k: v for k, v in item.items() if v is not None}


def _asset_title(holders: list[dict]) -> str | None:
    """The title of a media asset (Storyblok's {"fieldtype": "asset", "title", "copyright", "filename"}): the text its
    sites show under the picture, where the asset has no caption field. A title of one word names the file."""
    for obj in holders:
        if obj.get("fieldtype") == "asset" and (title := _string(obj.get("title"))) and " " in title.strip():
            return _plain(title)
    return None


def _holder_path(obj: dict, depth: int = 0) -> list[dict]:
    """The objects from obj down to the one whose own address key names the picture (a lead's `image` between
    the lead and the image's `file` may hold the credit); [] when none does."""
    if any(isinstance(obj.get(k), str) and _looks_like_address(obj[k]) for k in ADDRESS_KEYS):
        return [obj]
    if depth < 3:
        for value in obj.values():
            if isinstance(value, dict) and (found := _holder_path(value, depth + 1)):
                return [obj, *found]
    return []


def _holder(obj: dict) -> dict | None:
    """The object, obj or one nested in it, whose own address key names the picture."""
    path = _holder_path(obj)
    return path[-1] if path else None


def _address(obj: dict, depth: int = 0) -> str | None:
    """The picture's address: under an address key; else in a nested object (`asset`, `data.attributes`, one
    rendition of several: the largest); else any string of the object that names an image file (an export's
    `image@file://./images/x.jpg`)."""
    page = None  # a link to the picture's own page (photo.php?fbid=...): its address only if no file is named
    for key in ADDRESS_KEYS:
        value = _one(obj.get(key))
        if isinstance(value, str) and _looks_like_address(value):
            if not _WEB_PAGE.search(value.strip()) and (depth or _IMAGE_FILE.search(value)
                                                         or not (found := _image_rendition(obj))):
                return _largest_of_own(obj, value.strip())
            if depth == 0 and not _WEB_PAGE.search(value.strip()):
                return found  # a wire item's own address (its API entry) beside its renditions' image files
            page = page or value.strip()
    if depth < 3:  # {"asset": {"url": ...}}, {"renditions": {"thumb": {"href": ...}, "hires": {"href": ...}}}
        inner = [v for value in obj.values() for v in (value if isinstance(value, list) else [value])
                 if isinstance(v, dict)]  # (renditions may be a list)
        nested = [(found, _area(value)) for value in inner if (found := _address(value, depth + 1))]
        if nested:
            return max(nested, key=lambda pair: pair[1])[0]  # (max keeps the first of equals)
    if depth == 0:
        for value in obj.values():
            if isinstance(value, str) and len(value) < 2048 and _IMAGE_FILE.search(value) \
                    and _looks_like_address(value):
                return value.strip()
    return page


def _largest_of_own(obj: dict, address: str) -> str:
    """The picture's address, or the largest of its sized renditions where the object lists them and its own
    address is one of them (`src` the 640 px file, `candidates` 320, 640 and 1600 px: the layout showed one size,
    the file is the largest)."""
    sized = [(a, area) for value in obj.values() if isinstance(value, list)
             for inner in value if isinstance(inner, dict)
             if (a := _one(next((inner[k] for k in ADDRESS_KEYS if isinstance(inner.get(k), str)), None)))
             and (area := _area(inner))]
    if len(sized) < 2 or address not in {a.strip() for a, _ in sized}:
        return address
    return max(sized, key=lambda pair: pair[1])[0].strip()


def _image_rendition(obj: dict) -> str | None:
    """The largest of an item's renditions that says it is an image (a file's name, or an image media type), as a
    wire's API lists them beside the item's own address."""
    found = []
    for value in obj.values():
        for inner in (value.values() if isinstance(value, dict) else value if isinstance(value, list) else []):
            if not isinstance(inner, dict):
                continue
            address = next((inner[k].strip() for k in ADDRESS_KEYS if isinstance(inner.get(k), str)
                            and _looks_like_address(inner[k])), None)
            media = str(next((inner[k] for k in _MIME_KEYS if isinstance(inner.get(k), str)), "")).lower()
            if address and (media.startswith("image/") or _IMAGE_FILE.search(address)):
                found.append((address, _area(inner)))
    return max(found, key=lambda pair: pair[1])[0] if found else None


# an address that names a web page, not a file: a script or page path (.php, .html, .aspx, .jsp)
_WEB_PAGE = re.compile(r"^https?://[^?#]*\.(?:php|html?|aspx?|jsp)(?:[?#]|$)", re.I)


def _area(obj: dict) -> float:
    """width x height of a rendition, where it says them (numbers or digit strings), else 0."""
    def number(value: object) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return float(value) if isinstance(value, str) and value.isdigit() else 0.0
    size = obj.get("size") if isinstance(obj.get("size"), dict) else obj  # (fundus: {"size": {"width", "height"}})
    width = number(size.get("width", size.get("w")))
    height = number(size.get("height", size.get("h")))
    return width * (height or 1.0)


def _looks_like_address(value: str) -> bool:
    value = value.strip()
    if not value or not _ADDRESS.match(value):
        return bool(SRCSET.fullmatch(value))
    return "/" in value or "." in value


# a picture's renditions as an img's srcset lists them: "a-640.jpg 640w, a-1280.jpg 1280w" (addresses, not text)
SRCSET = re.compile(r"\S+\s+\d+(?:\.\d+)?[wx](?:\s*,\s*\S+\s+\d+(?:\.\d+)?[wx])*\s*,?")


def _field(obj: dict, key: str) -> object:
    """obj's field of that name, or of its kebab-case spelling ("photo-credit", a Clojure or Lisp tool's keys)."""
    value = obj.get(key)
    return obj.get(key.replace("_", "-")) if value is None and "_" in key else value


def _caption_of(obj: dict, keys: tuple[str, ...] = CAPTION_KEYS) -> str | None:
    for key in keys:
        value = _field(obj, key)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = _fragments(value)  # a scraper's text nodes of the caption element (Scrapy's `::text`)
        elif isinstance(value, list):  # ninjs/NewsML descriptions: [{"role": "caption", "value": ...}, ...]
            value = next((d for d in value if isinstance(d, dict) and "caption" in str(d.get("role", "")).lower()),
                         None)
        if (text := _string(value)) and not _looks_like_address(text):
            return _plain(text) or None
    return None


def _one(value: object) -> object:
    """A list of one string as the string: a scraper that keeps every field as a list (Scrapy's ItemLoader
    without TakeFirst) writes a picture's address as ["https://..."]."""
    return value[0] if isinstance(value, list) and len(value) == 1 and isinstance(value[0], str) else value


def _fragments(parts: list[str]) -> str:
    """Text nodes of one element as the text they show: joined as they are where they carry their spaces, else
    with a space."""
    edges = any(p[:1].isspace() or p[-1:].isspace() for p in parts)
    return ("" if edges else " ").join(parts)


def _credit_of(obj: dict, keys: tuple[str, ...] = CREDIT_KEYS) -> str | None:
    for key in keys:
        if credit := _names(_field(obj, key)):
            return credit
    return None


def _names(value: object, depth: int = 0) -> str | None:
    """A credit as text: a string, a list of names, or an object naming people (`by`, `name`) and agencies
    (`affiliation`), as newsroom systems keep credits."""
    if isinstance(value, str):
        return _plain(value) or None
    if depth > 4:
        return None
    if isinstance(value, list):
        names = [n for n in (_names(v, depth + 1) for v in value) if n]
        return " / ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        parts = [_names(value.get(k), depth + 1) for k in ("name", "by", "affiliation", "text", "rendered")]
        return "/".join(p for p in dict.fromkeys(parts) if p) or None
    return None


def _plain(text: str) -> str:
    """Text as a reader sees it: tags dropped (a caption kept as HTML), entities resolved, white space one space."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())
