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
  picture a listed picture placed before the paragraph that follows it. HTML from a body field (no `<html>` or
  `<body>` in it) is an article's body whatever its length;
- the pictures are a list (`images`, `figures`, `photos`, crawl4ai's `media.images`), lists side by side
  (`image_urls` with `image_captions`), a map of index to caption or of alt text to address, the record's lead
  picture (`top_image`, `image_url`, `feature_image` with its `feature_image_caption`, WordPress's featured
  media, ANS's `promo_items`, fields named alike such as `cover_image` and `cover_caption`, a record that is one
  picture: its `caption` beside `image_path`), and any other object in the record that has a picture's address
  and a caption field (a CMS's own field names); each becomes one item {url, caption, credit, alt, paragraph} of
  the list extract/listed.py reads.
Where the names are a crawler's own, in its language (`cuerpoHtml`, `fotos`, `epigrafe`, `內文`, `圖說`), fields are
read by what they hold: the body is the record's prose, a picture an object holding an image file's address, its
caption the field whose name says caption in some language, else its longest wording (_body_by_shape,
_pictures_by_shape).
A record with HTML keeps its own figures; only captioned pictures the HTML does not show are listed.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

# ------------------------------------------------------------------ field vocabularies (schema words, any tool)
HTML_KEYS = ("html", "raw_html", "rawHtml", "content_html", "contentHtml", "body_html", "bodyHtml", "articleBodyHtml",
             "article_html", "articleHtml", "cleaned_html", "html_content", "htmlContent")
MARKDOWN_KEYS = ("markdown", "raw_markdown", "markdown_content", "content_markdown", "md")
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
                     "top_image_caption", "lead_image_caption", "photo_caption", "caption")
LEAD_CREDIT_KEYS = ("feature_image_credit", "image_credit", "imageCredit", "photo_credit", "photoCredit",
                    "image_copyright", "credit")
ADDRESS_KEYS = ("url", "URL", "src", "image_url", "imageUrl", "source_url", "contentUrl", "content_url", "href", "uri",
                "path", "image_path", "img_path", "local_path", "file", "filename", "file_name", "original", "link")
CAPTION_KEYS = ("caption", "captionText", "caption_text", "image_caption", "legend", "description", "desc",
                "figcaption", "text")
CREDIT_KEYS = ("credit", "credits", "credit_text", "creditText", "creditline", "credit_line", "creditLine", "copyright",
               "copyrightHolder", "copyright_notice", "copyrightnotice", "byline", "photographer", "attribution",
               "image_credit", "photo_credit", "author", "copyrightholder", "copyright_holder", "by")
ALT_KEYS = ("alt", "alt_text", "altText", "alternativeText", "alternative_text")
WRAPPER_KEYS = ("data", "article", "result", "results", "objects", "items", "posts", "post", "entries", "entry",
                "articles", "docs", "documents", "records", "hits", "stories", "story", "item", "response", "_source",
                "value", "values", "rows", "content")
# a block's kind (`type`, `_type`, `nodeType`, Gutenberg's `blockName`), read word by word ("core/image")
_KIND_KEYS = ("type", "_type", "kind", "nodeType", "blockName", "block_type", "role", "__component", "__typename")
_CHILD_KEYS = ("components", "content_elements", "innerBlocks", "children", "blocks", "elements", "items", "images",
               "photos", "slides")
DOCUMENT_TYPES = frozenset(("story", "article", "post", "document", "page", "newsitem", "entry"))
GALLERY_TYPES = frozenset(("gallery", "slideshow", "carousel", "album", "mosaic", "slider"))
_WORD = re.compile(r"[a-z0-9]+")
PICTURE_TYPES = frozenset(("image", "photo", "picture", "figure", "img", "graphic", "caption", "media"))
TEXT_TYPES = frozenset(("paragraph", "text", "p", "block", "header", "heading", "subheading", "quote", "blockquote",
                        "h2", "h3", "h4", "item", "normal", "body", "intro"))

_MARKUP = re.compile(r"<(?:!doctype|html|body|article|p|div|figure|img|picture|h[1-6]|section|br|span|ul|table)"
                     r"\b[^>]*>", re.I)
_MARKUP_SCAN = 4096  # chars of a body read for its markup
_TAG = re.compile(r"<[^>]+>")
_WHOLE_PAGE = re.compile(r"<(?:!doctype|html|head|body)\b", re.I)
_ADDRESS = re.compile(r"^(?:https?:|//|data:|/|\.{0,2}/)?[^\s<>\"]+$")
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|jfif)(?:[?#]|$)", re.I)
_MAX_DEPTH = 4  # wrappers looked into


@dataclass(slots=True)
class Found:
    """What one article record holds, in the terms ingest hands on (RawDoc)."""

    kind: str  # "html" | "text"
    body: str
    body_field: bool  # HTML from a body field, not a whole page (no <html> or <body> in it)
    images: list | None  # items for extract/listed.py, or None
    url: str | None
    title: str | None
    published: str | None
    identity: str | None = None  # a body-less record's article (its path or id), else the record itself


def article_records(value: object, locator: str) -> list[tuple[str, object]]:
    """The article objects a parsed line or document item holds: itself, or those a wrapper holds (an API's
    `data`, a list under `results`), each with its locator (`line=3`, `line=3;item=2` for the second of a list).
    An object holding no article is returned as itself, so that its reject names its keys."""
    found = _records(value, locator, 0)
    return found or [(locator, value)]


def _records(value: object, locator: str, depth: int) -> list[tuple[str, object]]:
    """The articles in an object: itself; else those under a wrapper key (an API's `data`, `results`); else
    those among all its values (a map of id or URL to article, a CMS export's `fields` or `attributes`)."""
    if not isinstance(value, dict) or depth > _MAX_DEPTH:
        return []
    if _has_article(value):
        return [(locator, value)]
    keys = [k for k in WRAPPER_KEYS if k in value]
    for group in (keys, [k for k in value if k not in keys]):
        found: list[list] = []
        for key in group:
            inner = value[key]
            if isinstance(inner, dict):
                found.append(_records(inner, locator, depth + 1))
            elif isinstance(inner, list) and inner and all(isinstance(x, dict) for x in inner):
                found.append([r for m, x in enumerate(inner, start=1)
                              for r in _records(x, f"{locator};item={m}", depth + 1)])
            if found and found[-1] and group is keys:
                return found[-1]
        holding = [f for f in found if f]
        if holding and group is not keys and len(value) > 1 and all(isinstance(v, dict) for v in value.values()):
            # a map of id to article: each value is a record, read or rejected (none passed over unseen)
            return [r for n, (k, v) in enumerate(value.items(), start=1)
                    for r in (_records(v, f"{locator};item={n}", depth + 1) or [(f"{locator};item={n}", v)])]
        if len(holding) == 1:
            return holding[0]
        if holding:  # a map of records ({id: article, ...}): each value counted, in order
            return [(f"{locator};item={n}{loc[len(locator):]}", rec)
                    for n, f in enumerate(holding, start=1) for loc, rec in f]
    return []


def _has_article(obj: dict) -> bool:
    return _body(obj) is not None or _captioned(_pictures(obj)[0])


def _captioned(items: object) -> bool:
    return isinstance(items, list) and any(isinstance(item, dict) and item.get("caption") for item in items)


def read_record(obj: object) -> Found:
    """The article one record describes; ValueError says why it is none."""
    if not isinstance(obj, dict):
        raise ValueError(f"a JSON {json_type(obj)}, not an object")
    obj = _flattened(obj)
    body = _body(obj)
    images, lead_only = _pictures(obj)
    kind, text, block_images, used = body if body is not None else ("text", "", [], None)
    if isinstance(images, list):  # captioned pictures the record keeps elsewhere (a CMS's own field names)
        elsewhere = _elsewhere(obj, images + block_images, {id(used)})
        elsewhere += _pictures_by_shape(obj, images + block_images + elsewhere, used)
        images += elsewhere
        lead_only += elsewhere
    if body is None and not _captioned(images):
        keys = ", ".join(sorted(map(str, obj))[:12])
        odd = [f"{key} is a JSON {json_type(obj[key])}" for key in dict.fromkeys(HTML_KEYS + MARKDOWN_KEYS + TEXT_KEYS)
               if key in obj and not isinstance(obj[key], (str, list, dict))]
        raise ValueError(f"no html, text, markdown nor picture with a caption (keys: {keys})"
                         + (f"; {', '.join(odd)}, not a string" if odd else ""))
    if kind == "html":
        images = lead_only  # the page names its own pictures; a captioned picture it lacks is added
    elif block_images:
        images = (images if isinstance(images, list) else []) + block_images
    meta = [obj] + [obj[k] for k in META_KEYS if isinstance(obj.get(k), dict)]
    fragment = kind == "html" and _WHOLE_PAGE.search(text[:_MARKUP_SCAN]) is None
    url = _first(meta, URL_KEYS, _is_web_address)
    return Found(kind=kind, body=text, body_field=fragment, images=images or None, url=url,
                 title=_first(meta, TITLE_KEYS), published=_first(meta, DATE_KEYS),
                 identity=_identity(obj) if body is None and url is None else None)


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


def json_type(value: object) -> str:
    """A parsed value's type in JSON's words ("null", not Python's "NoneType")."""
    if isinstance(value, bool):
        return "boolean"
    return {dict: "object", list: "array", str: "string", int: "number", float: "number"}.get(type(value), "null")


# ------------------------------------------------------------------ body
_FIELD_CONTAINERS = ("fields", "attributes", "properties")  # where an API keeps a record's own fields


def _body(obj: dict) -> tuple[str, str, list, object] | None:
    """(kind, body, pictures its blocks hold, the value it came from) of the record's article body, or None: in
    its own fields, else in a container of them (the Guardian's `fields`, JSON:API's `attributes`)."""
    found = _own_body(obj)
    for key in _FIELD_CONTAINERS:
        if found is None and isinstance(obj.get(key), dict):
            found = _own_body(obj[key])
    return found


def _flattened(obj: dict) -> dict:
    """A record whose own fields sit in a container (`fields`, `attributes`), read as one object with them."""
    for key in _FIELD_CONTAINERS:
        inner = obj.get(key)
        if isinstance(inner, dict) and _own_body(obj) is None:
            return {**{k: v for k, v in obj.items() if k != key}, **inner}
    return obj


def _own_body(obj: dict) -> tuple[str, str, list, object] | None:
    for key in HTML_KEYS:
        if (text := _string(obj.get(key))) and _MARKUP.search(text[:_MARKUP_SCAN]):
            return "html", text, [], obj[key]
    for key in MARKDOWN_KEYS:
        if text := _string(obj.get(key), ("raw_markdown", "markdown", "fit_markdown")):
            return "text", text, [], obj[key]
    for key in TEXT_KEYS:
        value = _unlocale(obj.get(key))
        if text := _string(value):
            return ("html" if _MARKUP.search(text[:_MARKUP_SCAN]) else "text"), text, [], value
        if isinstance(value, list) and value and all(isinstance(x, str) for x in value):
            return "text", "\n\n".join(x.strip() for x in value if x.strip()), [], value
        if (typed := _typed_pieces(value)) is not None:
            return (*typed, [], value)
    for key in BLOCK_KEYS:
        value = _unlocale(obj.get(key))
        if isinstance(value, dict) and isinstance(value.get("content"), list):  # a rich-text document node
            value = value["content"]
        if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
            paragraphs, pictures = _blocks(value)
            if paragraphs:
                return "text", "\n\n".join(paragraphs), pictures, value
    return _body_by_shape(obj)


_SENTENCE_STOP = re.compile(r"[.!?。！？।؟](?:[\s\"'”’»)]|$)")
_PROSE_CHARS = 80  # a body named in no known word: two sentences or more in this many characters or more


def _body_by_shape(obj: dict) -> tuple[str, str, list, object] | None:
    """The body of a record whose field names are its writer's own (`cuerpoHtml`, `paragraphes`, `內文`,
    `maudhui`): the longest of its values that reads as prose, a string (HTML when it shows block markup) or a
    list of paragraph strings. A title or a summary is one sentence; a caption sits in a picture's object."""
    best: tuple[int, tuple] | None = None
    for value in obj.values():
        if isinstance(value, str) and not _looks_like_address(value):
            markup = _MARKUP.search(value[:_MARKUP_SCAN]) is not None
            text = _plain(value) if markup else value
            if _prose(text) or markup and len(text) >= 40:
                found = ("html" if markup else "text", value, [], value)
                best = max(best, (len(text), found), key=lambda b: b[0]) if best else (len(text), found)
        elif isinstance(value, list) and value and all(isinstance(x, str) for x in value):
            text = "\n\n".join(x.strip() for x in value if x.strip())
            if sum(map(_prose_paragraph, value)) * 2 >= len(value) and _prose(text):
                found = ("text", text, [], value)
                best = max(best, (len(text), found), key=lambda b: b[0]) if best else (len(text), found)
    return best[1] if best else None


def _prose(text: str) -> bool:
    """Two sentences or more in 80 characters or more."""
    return len(text) >= _PROSE_CHARS and len(_SENTENCE_STOP.findall(text)) >= 2


def _prose_paragraph(text: str) -> bool:
    """A paragraph string, not a tag or an address: words, or a sentence ending in its stop."""
    text = text.strip()
    return len(text) >= 20 and " " in text or len(text) >= 10 and bool(_SENTENCE_STOP.search(text[-1:] + " "))


_MIME_KEYS = ("contenttype", "content_type", "contentType", "mimetype", "mime_type", "type", "format")


def _typed_pieces(value: object) -> tuple[str, str] | None:
    """A body kept as pieces that each name their media type (feedparser's `content`, ninjs's `bodies`): the
    HTML ones, else the plain ones."""
    if not isinstance(value, list) or not value or not all(isinstance(x, dict) for x in value):
        return None
    pieces = [(str(next((x[k] for k in _MIME_KEYS if isinstance(x.get(k), str)), "")).lower(), _string(x))
              for x in value]
    if not all(text and "/" in mime for mime, text in pieces):
        return None
    html_pieces = [text for mime, text in pieces if "html" in mime]
    if html_pieces:
        return "html", "\n".join(html_pieces)
    return "text", "\n\n".join(text for _, text in pieces)


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


def _blocks(blocks: list[dict]) -> tuple[list[str], list[dict]]:
    """Paragraphs and pictures of a story kept as blocks, each picture placed before the next paragraph. Blocks
    may nest (a header or a gallery holding pictures, a container holding an author box): their children are
    read in place. A caption block right after its picture, repeating its caption, is that picture's."""
    paragraphs: list[str] = []
    pictures: list[dict] = []

    def take(block: dict, depth: int) -> None:
        kind = _kind(block)
        if kind & DOCUMENT_TYPES:
            return  # a whole story in a list of stories (a search result's): no block of one story
        children = [c for key in _CHILD_KEYS if isinstance(block.get(key), list)
                    for c in block[key] if isinstance(c, dict)]
        if kind & PICTURE_TYPES and not kind & GALLERY_TYPES:
            item = _picture(block, caption_keys=CAPTION_KEYS)
            if item is None:
                return
            last = pictures[-1] if pictures and pictures[-1]["paragraph"] == len(paragraphs) else None
            if "url" not in item and last is not None and (not last.get("caption") or _same(last["caption"],
                                                                                             item.get("caption"))):
                last.setdefault("caption", item.get("caption"))  # a caption block under its picture
                return
            item["paragraph"] = len(paragraphs)
            pictures.append(item)
        elif kind & GALLERY_TYPES:
            for child in children or _listed_below(block):
                if not _kind(child) and _address(child):  # a gallery's items name no type
                    child = dict(child, type="image")
                take(child, depth + 1)
        elif not kind and not children and _address(block) and _caption_of(block):
            take(dict(block, type="image"), depth)
        elif not kind or kind & TEXT_TYPES:
            if text := _block_text(block):
                paragraphs.append(text)
        if children and depth < 8 and not kind & (PICTURE_TYPES | GALLERY_TYPES):
            for child in children:
                take(child, depth + 1)

    for block in blocks:
        take(block, 0)
    return paragraphs, pictures


def _listed_below(obj: dict, depth: int = 0) -> list[dict]:
    """The objects of the first list of objects inside obj (a gallery's items, however wrapped)."""
    for value in obj.values():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return value
        if isinstance(value, dict) and depth < 3 and (found := _listed_below(value, depth + 1)):
            return found
    return []


def _kind(block: dict) -> set[str]:
    return set(_WORD.findall(str(next((block[k] for k in _KIND_KEYS if block.get(k)), "")).lower()))


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


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
    listed: object = _parallel(obj) or []
    for key in IMAGE_LIST_KEYS if not listed else ():
        value = obj.get(key)
        if isinstance(value, dict) and isinstance(value.get("images"), list):  # crawl4ai's media: {images, videos}
            value = value["images"]
        if value is None or value == [] or value == {}:
            continue
        listed = _items(value)
        break
    leads = _distinct([lead for lead in (_lead(obj), *_featured(obj), *_named_captions(obj)) if lead is not None])
    if not isinstance(listed, list):
        return (listed if not leads else [dict(lead, paragraph=0) for lead in leads]), _leading(leads, True)
    known = {item.get("url") for item in listed if isinstance(item, dict) and item.get("url")}
    leads = [lead for lead in leads if not lead.get("url") or lead["url"] not in known]
    return _leading(leads, False) + listed, _leading(leads, True)


_LIST_OF_ADDRESSES = re.compile(r"(?:image|photo|img|picture|media)s?_?(?:url|src|path|link)s?$", re.I)


def _parallel(obj: dict) -> list[dict] | None:
    """Pictures kept as lists side by side (a spider's `image_urls`, `image_captions`, `image_credits`), read
    item by item in step."""
    def strings(value: object) -> bool:
        return isinstance(value, list) and bool(value) and all(v is None or isinstance(v, str) for v in value)

    keys = [k for k in obj if isinstance(k, str)]
    captions = next((obj[k] for k in keys if "caption" in k.lower() and strings(obj[k])), None)
    if captions is None:
        return None
    addresses = next((obj[k] for k in keys if _LIST_OF_ADDRESSES.search(k) and strings(obj[k])), [])
    credits = next((obj[k] for k in keys if "credit" in k.lower() and strings(obj[k])), [])
    out = []
    for i in range(max(len(captions), len(addresses))):
        item = {"url": addresses[i] if i < len(addresses) else None,
                "caption": _plain(captions[i]) if i < len(captions) and captions[i] else None,
                "credit": _plain(credits[i]) if i < len(credits) and credits[i] else None}
        out.append({k: v for k, v in item.items() if v})
    return [item for item in out if item] or None


# keys whose objects hold other stories, people or the site, never this story's pictures
_NOT_THIS_STORY = re.compile(r"related|recommend|similar|teaser|popular|trending|author|avatar|logo|sponsor|advert"
                             r"|^ads?$|more_?stories|^next|^prev|comment|^site$|publisher", re.I)
WALK_CAPTION_KEYS = ("caption", "captionText", "caption_text", "image_caption", "legend", "figcaption", "cutline",
                     "descriptions", "description")
_WALK_DEPTH = 10


def _elsewhere(obj: dict, found: list, skip: set[int]) -> list[dict]:
    """Captioned pictures a record keeps under its own field names (a CMS's `cover`, `associations`, a block
    editor's nested objects), in the record's order, except those already found and the body's own blocks: an
    object with a picture's address (an image file, or a type that says picture) and a caption field."""
    known = {(item.get("url"), item.get("caption")) for item in found if isinstance(item, dict)}
    known_urls = {url for url, _ in known if url}
    known_captions = {caption for _, caption in known if caption}
    out: list[dict] = []

    def walk(value: object, depth: int) -> None:
        if depth > _WALK_DEPTH or id(value) in skip:
            return
        if isinstance(value, list):
            for item in value:
                walk(item, depth + 1)
            return
        if not isinstance(value, dict):
            return
        picture = _captioned_picture(value) if depth else None
        if picture is not None:
            if picture.get("url") not in known_urls and picture["caption"] not in known_captions:
                out.append(picture)
                known_urls.add(picture.get("url"))
                known_captions.add(picture["caption"])
            return
        for key, inner in value.items():
            if not (isinstance(key, str) and _NOT_THIS_STORY.search(key)):
                walk(inner, depth + 1)

    walk(obj, 0)
    return out


def _captioned_picture(obj: dict) -> dict | None:
    address = _address(obj)
    kind = set(_WORD.findall(str(next((obj[k] for k in _KIND_KEYS + _MIME_KEYS if isinstance(obj.get(k), str)),
                                      "")).lower()))
    if address is None or not (_IMAGE_FILE.search(address) or kind & PICTURE_TYPES):
        return None
    item = _picture(obj, caption_keys=WALK_CAPTION_KEYS)
    if item is not None and not item.get("caption") and (found := _caption_below(obj)):
        item["caption"], credit = found  # a rendition's own fields (the Guardian's assets[].typeData)
        if credit and not item.get("credit"):
            item["credit"] = credit
    return item if item is not None and item.get("caption") else None


def _caption_below(obj: dict, depth: int = 0) -> tuple[str, str | None] | None:
    """(caption, credit) of the first object inside obj that names a caption."""
    for value in obj.values():
        for inner in value if isinstance(value, list) else [value]:
            if not isinstance(inner, dict):
                continue
            if caption := _caption_of(inner, WALK_CAPTION_KEYS):
                return caption, _credit_of(inner)
            if depth < 3 and (found := _caption_below(inner, depth + 1)):
                return found
    return None


_NAMED_CAPTION = re.compile(r"^(?P<prefix>.+?)[_-]?caption$", re.I)


def _named_captions(obj: dict) -> list[dict]:
    """Pictures a record keeps as fields named alike: `cover_image`, `cover_caption`, `cover_credit` (a CMS's own
    model); the caption field's name before "caption" names the picture's other fields."""
    out = []
    for key, value in obj.items():
        m = _NAMED_CAPTION.match(key) if isinstance(key, str) and isinstance(value, str) and value.strip() else None
        if m is None:
            continue
        prefix = m.group("prefix").lower().rstrip("_-")
        fields = {k.lower(): v for k, v in obj.items() if isinstance(k, str) and k.lower().startswith(prefix)
                  and k != key}
        address = next((v.strip() for k, v in fields.items() if isinstance(v, str) and _looks_like_address(v)
                        and not k.endswith(("credit", "alt", "title"))), None) or next(
            (_address(v) for v in fields.values() if isinstance(v, dict) and _address(v)), None)
        credit = next((_plain(v) for k, v in fields.items() if k.endswith("credit") and isinstance(v, str)
                       and v.strip()), None)
        out.append({k: v for k, v in (("url", address), ("caption", _plain(value)), ("credit", credit)) if v})
    return out


def _distinct(items: list[dict]) -> list[dict]:
    """Items without a second copy of the same picture (same address, or same caption)."""
    out: list[dict] = []
    for item in items:
        twin = next((o for o in out if item.get("url") and item.get("url") == o.get("url")
                     or item.get("caption") and item.get("caption") == o.get("caption")), None)
        if twin is None:
            out.append(item)
        else:  # what one copy says and the other does not (a lead field's address, a named field's caption)
            for key, value in item.items():
                twin.setdefault(key, value)
    return out


# words in a field's name that say it holds a picture's caption, or its credit, in the languages crawlers are written
# in ("img_cap", "didascalia", "epigrafe", "légende", "bildunterschrift", "opis", "aprašas", "maelezo", "圖說" ...)
_CAPTION_NAME = re.compile(r"caption|(?:^|[_\W])cap(?:$|[_\W])|didascal|leyenda|ep[ií]graf|legend|l[ée]gende|"
                           r"unterschrift|bildtext|podpis|opis|apra[sš]|maelezo|圖說|图说|說明|说明|キャプション|설명|"
                           r"تعليق|כיתוב|подпис|описан|açıklama|keterangan|chú thích|beschrijving|onderschrift", re.I)
_CREDIT_NAME = re.compile(r"cr[eé]dit|fot[oó]graf|photograph|copyright|mpiga|צלם|צילום|攝影|摄影|撮影|nuotr|autor|"
                          r"author|(?:^|_)by$|fuente|quelle|kuvaaja|zdj", re.I)
_ALT_NAME = re.compile(r"(?:^|[_\W])alt(?:$|[_\W])|alternative", re.I)


def _pictures_by_shape(obj: dict, found: list, body: object) -> list[dict]:
    """Captioned pictures under field names of a crawler's own (`fotos`, `bilder`, `picha`, `圖片`, `slike`): a
    list of objects each holding an image file's address and a caption, an object that is one, a list of
    [address, caption] pairs, or the record's own address and caption fields (`img_src`, `img_cap`). The
    caption is the field whose name says caption in some language, else the object's longest wording; the
    credit the field whose name says credit. An object that also links to another page is a teaser, not a
    picture."""
    known_urls = {item.get("url") for item in found if isinstance(item, dict) and item.get("url")}
    known_captions = {item.get("caption") for item in found if isinstance(item, dict) and item.get("caption")}
    out: list[dict] = []

    def add(item: dict | None) -> None:
        if item and item.get("caption") and item.get("url") not in known_urls \
                and item["caption"] not in known_captions:
            out.append(item)
            known_urls.add(item.get("url"))
            known_captions.add(item["caption"])

    add(_own_picture(obj))
    for key, value in obj.items():
        if value is body or (isinstance(key, str) and _NOT_THIS_STORY.search(key)):
            continue
        if isinstance(value, dict):
            add(_picture_by_shape(value))
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    add(_picture_by_shape(item))
                elif isinstance(item, list) and 2 <= len(item) <= 3 and all(isinstance(x, str) for x in item) \
                        and _image_address(item[0]):
                    add({k: v for k, v in zip(("url", "caption", "credit"), (item[0], _plain(item[1]),
                                                                               *map(_plain, item[2:]))) if v})
    return out


def _image_address(value: object) -> bool:
    return isinstance(value, str) and len(value) < 2048 and bool(_IMAGE_FILE.search(value)) \
        and _looks_like_address(value)


def _picture_by_shape(obj: dict) -> dict | None:
    """One object as a picture by what its values are: an image file's address, and a caption."""
    strings = {k: v.strip() for k, v in obj.items() if isinstance(k, str) and isinstance(v, str) and v.strip()}
    address = next((v for v in strings.values() if _image_address(v)), None)
    if address is None:
        return None
    if any(v.lower().startswith(("http://", "https://")) and not _IMAGE_FILE.search(v) and v != address
           and not _ALT_NAME.search(k) for k, v in strings.items()):
        return None  # a card linking to another story
    return _worded(strings, address)


def _own_picture(obj: dict) -> dict | None:
    """The record's own picture fields (`img_src` beside `img_cap` or `didascalia`): only where a field's name
    says caption (a record's title or summary beside its picture address is no caption)."""
    strings = {k: v.strip() for k, v in obj.items() if isinstance(k, str) and isinstance(v, str) and v.strip()}
    address = next((v for v in strings.values() if _image_address(v)), None)
    if address is None or not any(_CAPTION_NAME.search(k) for k in strings):
        return None
    return _worded(strings, address, named_only=True)


def _worded(strings: dict[str, str], address: str, named_only: bool = False) -> dict | None:
    """{url, caption, credit, alt} from an object's strings: by the names of their fields, else by their wording."""
    rest = {k: v for k, v in strings.items() if v != address and not _looks_like_address(v)}
    alt = next((v for k, v in rest.items() if _ALT_NAME.search(k)), None)
    caption_key = next((k for k in rest if _CAPTION_NAME.search(k) and not _ALT_NAME.search(k)), None)
    credit_key = next((k for k in rest if _CREDIT_NAME.search(k) and k != caption_key), None)
    if caption_key is None and not named_only:
        worded = [k for k, v in rest.items() if k != credit_key and not _ALT_NAME.search(k) and _wording(v)]
        caption_key = max(worded, key=lambda k: len(rest[k]), default=None)
    if caption_key is None:
        return None
    item = {"url": address, "caption": _plain(rest[caption_key]),
            "credit": _plain(rest[credit_key]) if credit_key else None, "alt": _plain(alt) if alt else None}
    return {k: v for k, v in item.items() if v}


def _wording(text: str) -> bool:
    """Words a caption could be: three words or more, or six characters of a script written without spaces."""
    return len(text.split()) >= 3 or len(text) >= 6 and not text.isascii() and " " not in text.strip()


def _leading(leads: list[dict], captioned_only: bool) -> list[dict]:
    """Lead pictures as items placed before the first paragraph."""
    return [dict(lead, paragraph=0) for lead in leads if lead.get("caption") or not captioned_only]


def _items(value: object) -> object:
    """A picture list as items: objects read by their fields, strings as an address or a caption, a map of
    index to caption, of alt text to address or of index to object; a value of another type as it is."""
    if isinstance(value, dict) and (any(k in value for k in CAPTION_KEYS + CREDIT_KEYS) or _address(value)) \
            and not all(isinstance(v, dict) for v in value.values()):
        value = [value]  # one picture where a list is expected
    if isinstance(value, dict):
        pairs = sorted(value.items(), key=lambda kv: (not kv[0].isdigit(), int(kv[0]) if kv[0].isdigit() else 0))
        if all(isinstance(v, str) for _, v in pairs):
            return [({"url": v.strip()} | ({} if k.isdigit() else {"alt": _plain(k)})) if _looks_like_address(v)
                    else {"caption": _plain(v)} for k, v in pairs]
        if not all(isinstance(v, dict) for _, v in pairs):
            return []  # no list of pictures, nor a map of them
        value = [v for _, v in pairs]
    if not isinstance(value, list):
        return value
    out = []
    for item in value:
        if isinstance(item, str):
            out.append({"url": item} if _looks_like_address(item) else {"caption": _plain(item)})
        elif isinstance(item, dict):
            picture = _picture(item, caption_keys=CAPTION_KEYS)
            if picture is not None and not picture.get("caption") and (shaped := _picture_by_shape(item)):
                picture = shaped | picture  # its caption under a name of the crawler's own ("legende", "opis")
            out.append(picture if picture is not None else item)  # listed.py rejects it, naming its keys
        else:
            out.append(item)
    return _one_per_picture(out)


def _one_per_picture(items: list) -> list:
    """A list giving each picture in several renditions, each with the same caption and credit (an API's
    `multimedia`: superJumbo, threeByTwo, thumbnail): the largest rendition, once."""
    out: list = []
    for item in items:
        twin = next((o for o in out if isinstance(item, dict) and isinstance(o, dict) and item.get("caption")
                     and o.get("caption") == item["caption"] and o.get("credit") == item.get("credit")), None)
        if twin is None:
            out.append(item)
        elif item.get("_area", 0) > twin.get("_area", 0):
            out[out.index(twin)] = item
    return [{k: v for k, v in item.items() if k != "_area"} if isinstance(item, dict) else item for item in out]


def _picture(block: dict, caption_keys: tuple[str, ...]) -> dict | None:
    """One picture object as an item {url, caption, credit, alt}; None when it holds neither address nor caption.
    What the object does not say itself, the object inside it that holds the address may ({"file": {"data":
    {"attributes": {"url", "caption"}}}})."""
    address = _address(block)
    inner = _holder(block) or block
    caption = _caption_of(block, caption_keys) or (_caption_of(inner, caption_keys) if inner is not block else None)
    if address is None and caption is None:
        return None
    item: dict = {"url": address, "caption": caption, "credit": _credit_of(block) or _credit_of(inner)}
    alt = next((_plain(v) for o in (block, inner) for v in (_string(o.get(k)) for k in ALT_KEYS) if v), None)
    if alt:
        item["alt"] = alt
    if "paragraph" in block:  # where the record says the picture stood (extract/listed.py reads it)
        item["paragraph"] = block["paragraph"]
    if area := _area(block):
        item["_area"] = area  # (read by _one_per_picture, not handed on)
    return {k: v for k, v in item.items() if v is not None}


def _holder(obj: dict, depth: int = 0) -> dict | None:
    """The object, obj or one nested in it, whose own address key names the picture."""
    if any(isinstance(obj.get(k), str) and _looks_like_address(obj[k]) for k in ADDRESS_KEYS):
        return obj
    if depth < 3:
        for value in obj.values():
            if isinstance(value, dict) and (found := _holder(value, depth + 1)):
                return found
    return None


def _address(obj: dict, depth: int = 0) -> str | None:
    """The picture's address: under an address key; else in a nested object (`asset`, `data.attributes`, one
    rendition of several: the largest); else any string of the object that names an image file (an export's
    `image@file://./images/x.jpg`)."""
    for key in ADDRESS_KEYS:
        value = obj.get(key)
        if isinstance(value, str) and _looks_like_address(value):
            return value.strip()
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
    return None


def _area(obj: dict) -> float:
    """width x height of a rendition, where it says them (numbers or digit strings), else 0."""
    def number(value: object) -> float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        return float(value) if isinstance(value, str) and value.isdigit() else 0.0
    width = number(obj.get("width", obj.get("w")))
    height = number(obj.get("height", obj.get("h")))
    return width * (height or 1.0)


def _looks_like_address(value: str) -> bool:
    value = value.strip()
    if not value or not _ADDRESS.match(value):
        return False
    return "/" in value or "." in value


def _caption_of(obj: dict, keys: tuple[str, ...] = CAPTION_KEYS) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, list):  # ninjs/NewsML descriptions: [{"role": "caption", "value": ...}, ...]
            value = next((d for d in value if isinstance(d, dict) and "caption" in str(d.get("role", "")).lower()),
                         None)
        if (text := _string(value)) and not _looks_like_address(text):
            return _plain(text) or None
    return None


def _credit_of(obj: dict, keys: tuple[str, ...] = CREDIT_KEYS) -> str | None:
    for key in keys:
        if credit := _names(obj.get(key)):
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
