"""A JSON record's article body: HTML, Markdown, text or blocks under a name a tool gives it, else the record's
prose."""
from __future__ import annotations

import re

from .pictures import picture_in_block
from ..detect import EXTRACTOR_XML, GRAPHIC
from .fields import (
    BLOCK_DATA, BLOCK_KEYS, CAPTION_KEYS, DOCUMENT_TYPES, GALLERY_TYPES, HTML_KEYS, KNOWN_TYPES, MARKDOWN_KEYS,
    LEAD_KEYS, PICTURE_TYPES,
    TEXT_KEYS, TEXT_TYPES, _CHILD_KEYS, _FIELD_CONTAINERS, _MARKUP, _MARKUP_SCAN, _MIME_KEYS, _address, _caption_of,
    _kind, TITLE_KEYS, URL_KEYS, _UNSPACED_SCRIPT, _holder, _looks_like_address, _picture, _plain, _same, _string,
    _unlocale)


def _body(obj: dict) -> tuple[str, str, list, object] | None:
    """(kind, body, pictures its blocks hold, the value it came from) of the record's article body, or None: in
    its own fields, else in a container of them (the Guardian's `fields`, JSON:API's `attributes`)."""
    found = _own_body(obj)
    for key in _FIELD_CONTAINERS:
        if found is None and isinstance(obj.get(key), dict):
            found = _own_body(obj[key])
    return found


def _flattened(obj: dict) -> dict:
    """A record whose own fields sit in a container (`fields`, `attributes`), read as one object with them; or,
    with no body of its own, in the one object it holds that has a body and names the story's lead picture (an
    extraction tool's result kept under a name of the user's: `{"url", "title", "extract": {"text", "top_image"}}`)."""
    if _own_body(obj) is not None:
        return obj
    key = next((k for k in _FIELD_CONTAINERS if isinstance(obj.get(k), dict)), None)
    if key is None:
        inner = [k for k, v in obj.items() if isinstance(v, dict) and _own_body(v) is not None
                 and any(isinstance(v.get(lead), str) for lead in LEAD_KEYS)]
        key = inner[0] if len(inner) == 1 else None
    if key is None:
        return obj
    return {**{k: v for k, v in obj.items() if k != key}, **obj[key]}


_XML_KEYS = ("xml", "xml_content", "tei")
_BODY_ALONE = frozenset(("body", "format", "type", "mimeType", "mime_type", "contentType", "content_type"))


def _own_body(obj: dict) -> tuple[str, str, list, object] | None:
    for key in HTML_KEYS:
        if (text := _string(obj.get(key))) and _MARKUP.search(text[:_MARKUP_SCAN]):
            return "html", text, [], obj[key]
    for key in _XML_KEYS:
        if (text := _string(obj.get(key))) and EXTRACTOR_XML.match(text):
            # trafilatura's XML output ({"url", "xml"}): its paragraphs are HTML's, its pictures "<graphic src>"
            return "html", GRAPHIC.sub("<img", text), [], obj[key]
    for key in MARKDOWN_KEYS:
        if text := _string(obj.get(key), ("raw_markdown", "markdown", "fit_markdown")):
            return "text", text, [], obj[key]
    for key in TEXT_KEYS:
        value = _unlocale(obj.get(key))
        if isinstance(value, dict) and _string(value.get("body")) and set(value) <= _BODY_ALONE:
            value = value["body"]  # a `content` object holding the body alone ({"body": "<p>…"}), not a story
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict) and _string(value[0]):
            value = value[0]  # microformats2's e-content: [{"html": ..., "value": ...}] (every property is a list)
        if text := _string(value):
            return ("html" if _MARKUP.search(text[:_MARKUP_SCAN]) else "text"), text, [], value
        if isinstance(value, list) and value and all(isinstance(x, str) for x in value):
            return "text", "\n\n".join(x.strip() for x in value if x.strip()), [], value
        if (typed := _typed_pieces(value)) is not None:
            return (*typed, [], value)
    for key in BLOCK_KEYS:
        value = _unlocale(obj.get(key))
        if isinstance(value, dict) and not any(k in value for k in TITLE_KEYS):
            # a rich-text document node's `content`, Editor.js's {time, blocks, version} (an object with a title
            # is a story's own fields, read as a record)
            value = next((value[k] for k in ("content", "blocks") if isinstance(value.get(k), list)), value)
        if isinstance(value, list) and value and all(isinstance(x, dict) for x in value) and not _stories(value):
            paragraphs, pictures = _blocks(value)
            if paragraphs:
                return "text", "\n\n".join(paragraphs), pictures, value
    return _body_by_shape(obj)


_PICTURE_TAG = re.compile(r"<(?:img|picture|figure)\b", re.I)
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
                # (HTML that shows pictures outweighs the same story as plain text: an e-mail's HtmlBody and
                # TextBody)
                weight = len(text) * (2 if markup and _PICTURE_TAG.search(value) else 1)
                best = max(best, (weight, found), key=lambda b: b[0]) if best else (weight, found)
        elif isinstance(value, list) and value and all(isinstance(x, str) for x in value):
            if any(_PICTURE_TAG.search(x) for x in value) and all(_MARKUP.search(x[:_MARKUP_SCAN]) for x in value) \
                    and any(not _PICTURE_TAG.search(x) and _prose_paragraph(_plain(x)) for x in value):
                # each paragraph and figure of the body kept as its own HTML string: the HTML they make together
                html_body = "\n".join(x.strip() for x in value)
                found = ("html", html_body, [], value)
                weight = 2 * len(_plain(html_body))
                best = max(best, (weight, found), key=lambda b: b[0]) if best else (weight, found)
                continue
            text = "\n\n".join(x.strip() for x in value if x.strip())
            if sum(map(_prose_paragraph, value)) * 2 >= len(value) and _prose(text):
                found = ("text", text, [], value)
                best = max(best, (len(text), found), key=lambda b: b[0]) if best else (len(text), found)
        elif isinstance(value, list) and len(value) >= 2 and all(isinstance(x, dict) for x in value) \
                and sum(bool(_kind(x)) for x in value) * 2 >= len(value):
            paragraphs, pictures = _blocks(value)  # blocks, each naming its kind, under a writer's own name
            text = "\n\n".join(paragraphs)
            captioned = any(p.get("caption") for p in pictures)
            if len(paragraphs) >= 2 and _prose(text) or paragraphs and captioned:
                # (blocks placing captioned pictures among paragraphs outweigh a summary as long)
                found, weight = ("text", text, pictures, value), len(text) * (2 if captioned else 1)
                best = max(best, (weight, found), key=lambda b: b[0]) if best else (weight, found)
    return best[1] if best else None


def _stories(items: list[dict]) -> bool:
    """A list of whole stories (a feed reader's headlines under `content`), not one story's blocks: most items
    name a title and a web address of their own."""
    whole = sum(any(isinstance(x.get(k), str) and x[k].strip() for k in TITLE_KEYS)
                and any(isinstance(x.get(k), str) and x[k].startswith(("http://", "https://")) for k in URL_KEYS)
                for x in items)
    return whole * 2 > len(items)


def _prose(text: str) -> bool:
    """Two sentences or more in 80 characters or more (a character of a script written without spaces counting
    twice)."""
    length = len(text) + len(_UNSPACED_SCRIPT.findall(text))
    return length >= _PROSE_CHARS and len(_SENTENCE_STOP.findall(text)) >= 2


def _prose_paragraph(text: str) -> bool:
    """A paragraph string, not a tag or an address: words, or a sentence ending in its stop."""
    text = text.strip()
    return len(text) >= 20 and " " in text or len(text) >= 10 and bool(_SENTENCE_STOP.search(text[-1:] + " "))


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


def _blocks(blocks: list[dict]) -> tuple[list[str], list[dict]]:
    """Paragraphs and pictures of a story kept as blocks, each picture placed before the next paragraph. Blocks
    may nest (a header or a gallery holding pictures, a container holding an author box): their children are
    read in place. A caption block right after its picture, repeating its caption, is that picture's."""
    paragraphs: list[str] = []
    pictures: list[dict] = []

    def take(block: dict, depth: int) -> None:
        if len(block) == 1 and not _kind(block):  # a modular block keyed by its kind: {"photo": {"image", "caption"}}
            (name, inner), = block.items()
            if isinstance(name, str) and isinstance(inner, dict) and not _kind(inner):
                block = {**inner, "type": name}
        kind = _kind(block)
        if kind & DOCUMENT_TYPES:
            # a whole story in a list of stories (a search result's): no block of one story; but a rich text's
            # embedded entry (Contentful's embedded-entry-block) is the picture its linked entry holds
            target = block["data"].get("target") if isinstance(block.get("data"), dict) else None
            fields = target.get("fields", target) if isinstance(target, dict) else None
            if isinstance(fields, dict) and "embedded" in kind and _address(fields):
                take(dict(fields, type="image"), depth + 1)
            return
        children = [c for key in _CHILD_KEYS if isinstance(block.get(key), list)
                    for c in block[key] if isinstance(c, dict)]
        lines = block.get("paragraphs")
        if isinstance(lines, list) and lines and all(isinstance(x, str) for x in lines) \
                and not kind & (PICTURE_TYPES | GALLERY_TYPES):
            # a section of the story: its paragraphs, then the pictures it lists (`media`)
            paragraphs.extend(_plain(x) for x in lines if x.strip())
            children += [c for c in block.get("media") or [] if isinstance(c, dict)] \
                if isinstance(block.get("media"), list) else []
            kind = kind or {"section"}
        if kind & PICTURE_TYPES and not kind & GALLERY_TYPES:
            item = _picture(block, caption_keys=CAPTION_KEYS)
            if item is None:
                return
            if not item.get("caption") and (named := picture_in_block(_holder(block) or block)) is not None:
                # (its caption under a name in the editor's language: "onderschrift", "fotograaf" its credit)
                item = {**item, **{k: v for k, v in named.items() if k in ("caption", "credit") and v}}
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
        elif not kind and not children and depth and (picture := picture_in_block(block)) is not None:
            picture["paragraph"] = len(paragraphs)  # a gallery slice's item: its caption named in another language
            pictures.append(picture)
        elif kind & _OPENING_KINDS and not kind & KNOWN_TYPES and not children and depth == 0 \
                and (picture := picture_in_block(block)) is not None and picture.get("_named"):
            picture["paragraph"] = len(paragraphs)  # a story's title section over its lead picture, captioned
            pictures.append(picture)
        elif kind and not kind & KNOWN_TYPES and not children and depth == 0 \
                and not any(_NOT_BODY_KIND.match(word) for word in kind):
            # a kind named in the editor's own language ("imaxe", "pilt", "paragrafo", "tekst"): a picture when it
            # holds an image file's address and a caption, else a paragraph when it holds text (an ad's block holds
            # an address and no caption: neither)
            inner = next((block[k] for k in BLOCK_DATA if isinstance(block.get(k), dict)), block)
            picture = picture_in_block(inner)
            if picture is not None:
                picture["paragraph"] = len(paragraphs)
                pictures.append(picture)
            elif not _address(block) and not _links_out(inner) and (text := _block_text(block)
                                                                     or _longest_text(inner)):
                paragraphs.append(text)
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


def _block_text(block: dict) -> str | None:
    for holder in (block, *(block[k] for k in BLOCK_DATA if isinstance(block.get(k), dict))):
        for key in ("text", "content", "body", "value", "html"):
            if text := _string(holder.get(key)):
                return _plain(text)
    return _plain(_spans(block)) or None


# kinds of block that are no paragraph of the story, whatever else a block of an unknown kind holds: the page's
# title, byline and date, embeds and link cards, ads in the languages of the news
_OPENING_KINDS = frozenset(("title", "headline"))
_NOT_BODY_KIND = re.compile(r"title|headline|byline|author|date|kicker|divider|spacer|embed|video|audio|tweet|social|"
                            r"share|related|link|button|newsletter|signup|ads?$|advert|promo|banner|sponsor|publicid|"
                            r"pubblicit|werbung|anzeige|reklam|hirdet|mainos|annonce")


def _links_out(obj: dict) -> bool:
    """A block holding a web address (an embed's, a link card's): its words are no paragraph of the story."""
    return any(isinstance(v, str) and v.strip().startswith(("http://", "https://")) for v in obj.values())


def _longest_text(obj: dict) -> str | None:
    """The longest of an object's strings that holds words and is no address (a block's text under a field named
    in the editor's language: Prismic's `primary.tekst`)."""
    texts = [_plain(v) for v in obj.values() if isinstance(v, str) and " " in v.strip() and not _looks_like_address(v)]
    return max(texts, key=len, default=None) or None


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
