"""Whole documents other tools wrote as JSON, read back as the articles they hold. Each reader knows one layout by
what it is made of (its own keys and kinds), never by a site:
- converters' output, rendered as the HTML of the page they converted (one record {url, title, html} a page, whose
  figures the HTML extractor reads as any page's): Unstructured's element array (an Image captioned by the
  FigureCaption after it), Docling's DoclingDocument (JSON pointers followed, a picture captioned by the texts it
  names), Pandoc's JSON syntax tree (a Figure block's caption);
- page models, rendered the same way: AEM's component tree (:items, :itemsOrder), Wix's rich content (Ricos nodes),
  Medium's body model (numbered paragraph types);
- records of pictures: a retrieval store's chunks joined into their articles (Chroma, LlamaIndex, LangChain), a
  IIIF manifest's canvases captioned by their labels, an annotation tool's accepted image tasks (Prodigy), a caption
  dataset's rows (LAION's URL and TEXT, DataComp's url and text);
- an interleaved web document (OBELICS's texts and images side by side), rendered as the page it was;
- a SvelteKit page's data (`__data.json`), its values unflattened from devalue's array;
- Notion's API list of a page's blocks, rendered as HTML."""
from __future__ import annotations

import html
import re

_ELEMENT_KEYS = ("type", "element_id", "text")
_PROSE = frozenset(("NarrativeText", "UncategorizedText", "Text", "Address", "EmailAddress", "Formula"))
_SKIPPED = frozenset(("Header", "Footer", "PageBreak", "PageNumber", "Table", "CodeSnippet"))


def _esc(text: object) -> str:
    return html.escape(str(text or ""), quote=False)


def _attr(text: object) -> str:
    return html.escape(str(text or ""), quote=True)


# ---------------------------------------------------------------- Unstructured

def unstructured_pages(items: list) -> list[dict] | None:
    """An element list as one record per page (the elements' metadata url or file name), else None."""
    if len(items) < 2 or not all(isinstance(x, dict) and all(k in x for k in _ELEMENT_KEYS)
                                 and isinstance(x["type"], str) for x in items):
        return None
    pages: dict = {}
    for element in items:
        meta = element.get("metadata") if isinstance(element.get("metadata"), dict) else {}
        page = meta.get("url") or meta.get("filename") or ""
        pages.setdefault(page, []).append(element)
    out = []
    for page, elements in pages.items():
        title = next((e["text"] for e in elements if e["type"] == "Title" and e["text"]), None)
        record = {"title": title, "html": _elements_html(elements)}
        if str(page).startswith(("http://", "https://")):
            record["url"] = page
        out.append(record)
    return out


def _elements_html(elements: list[dict]) -> str:
    parts: list[str] = []
    open_figure = False  # an Image's figure stays open for the FigureCaption right after it
    for e in elements:
        kind, text = e["type"], e.get("text") or ""
        meta = e.get("metadata") if isinstance(e.get("metadata"), dict) else {}
        if open_figure and kind != "FigureCaption":
            parts.append("</figure>")
            open_figure = False
        if kind == "Image":
            src = meta.get("image_url") or meta.get("image_path")
            if isinstance(src, str) and src:
                parts.append(f'<figure><img src="{_attr(src)}" alt="{_attr(text)}">')
                open_figure = True
        elif kind == "FigureCaption":
            parts.append(f"<figcaption>{_esc(text)}</figcaption></figure>" if open_figure else f"<p>{_esc(text)}</p>")
            open_figure = False
        elif kind == "Title":
            level = 1 if not meta.get("category_depth") else 2
            parts.append(f"<h{level}>{_esc(text)}</h{level}>")
        elif kind == "ListItem":
            parts.append(f"<ul><li>{_esc(text)}</li></ul>")
        elif kind in _PROSE or kind not in _SKIPPED and text:
            parts.append(f"<p>{_esc(text)}</p>")
    if open_figure:
        parts.append("</figure>")
    return "".join(parts)


# ---------------------------------------------------------------- Docling

_POINTER = re.compile(r"^#/(\w+)/(\d+)$")
_HEADINGS = {"title": "h1", "section_header": "h2"}
_NOT_SHOWN = frozenset(("caption", "page_header", "page_footer", "footnote"))  # captions come with their picture


def is_docling(value: object) -> bool:
    return isinstance(value, dict) and value.get("schema_name") == "DoclingDocument" \
        and isinstance(value.get("body"), dict)


def docling_record(doc: dict) -> dict:
    """A DoclingDocument as {url, title, html}: its body's children in order, each picture a figure captioned by
    the texts it names as its captions; the page furniture (logos, headers) left out."""
    origin = doc.get("origin") if isinstance(doc.get("origin"), dict) else {}
    html_text = _docling_children(doc, doc["body"], 0)
    record = {"title": next((t.get("text") for t in doc.get("texts") or [] if isinstance(t, dict)
                             and t.get("label") == "title"), None) or doc.get("name"), "html": html_text}
    if isinstance(origin.get("uri"), str) and origin["uri"].startswith(("http://", "https://")):
        record["url"] = origin["uri"]
    return record


def _docling_item(doc: dict, ref: object) -> dict | None:
    """The item a JSON pointer {"$ref": "#/texts/3"} names, or None."""
    m = _POINTER.match(ref.get("$ref", "")) if isinstance(ref, dict) and isinstance(ref.get("$ref"), str) else None
    items = doc.get(m.group(1)) if m else None
    if isinstance(items, list) and int(m.group(2)) < len(items) and isinstance(items[int(m.group(2))], dict):
        return items[int(m.group(2))]
    return None


def _docling_children(doc: dict, node: dict, depth: int) -> str:
    parts = []
    for ref in node.get("children") or [] if depth < 32 else []:
        item = _docling_item(doc, ref)
        if item is None or item.get("content_layer", "body") != "body":
            continue
        label = item.get("label")
        if label == "picture" or "image" in item:
            parts.append(_docling_figure(doc, item))
        elif "text" in item and label not in _NOT_SHOWN:
            tag = _HEADINGS.get(label, "li" if label == "list_item" else "p")
            parts.append(f"<{tag}>{_esc(item['text'])}</{tag}>")
        elif "children" in item:  # a group (a list, a section)
            parts.append(_docling_children(doc, item, depth + 1))
    return "".join(parts)


def _docling_figure(doc: dict, picture: dict) -> str:
    image = picture.get("image") if isinstance(picture.get("image"), dict) else {}
    src = image.get("uri") if isinstance(image.get("uri"), str) else ""
    if not src or src.startswith("data:"):
        return ""
    captions = [t.get("text") for ref in picture.get("captions") or [] if (t := _docling_item(doc, ref))
                and isinstance(t.get("text"), str)]
    caption = f"<figcaption>{_esc(' '.join(captions))}</figcaption>" if captions else ""
    return f'<figure><img src="{_attr(src)}">{caption}</figure>'


# ---------------------------------------------------------------- Pandoc

def is_pandoc(value: object) -> bool:
    return isinstance(value, dict) and "pandoc-api-version" in value and isinstance(value.get("blocks"), list)


def pandoc_record(doc: dict) -> dict:
    """Pandoc's JSON AST (`pandoc -t json`) as {title, html}: its blocks rendered, a Figure as a figure with its
    caption, a lone image paragraph as a figure without one (a caption is what the Figure block gives)."""
    meta = doc.get("meta") if isinstance(doc.get("meta"), dict) else {}
    title = meta.get("title") if isinstance(meta.get("title"), dict) else {}
    record = {"title": _pandoc_text(title.get("c")) or None, "html": _pandoc_blocks(doc["blocks"], 0)}
    url = meta.get("url") if isinstance(meta.get("url"), dict) else {}
    if (address := _pandoc_text(url.get("c"))).startswith(("http://", "https://")):
        record["url"] = address
    return record


def _pandoc_blocks(blocks: object, depth: int) -> str:
    if not isinstance(blocks, list) or depth > 32:
        return ""
    parts = []
    for block in blocks:
        kind, c = (block.get("t"), block.get("c")) if isinstance(block, dict) else (None, None)
        if kind in ("Para", "Plain"):
            parts.append(f"<p>{_pandoc_inlines(c, depth)}</p>")
        elif kind == "Header" and isinstance(c, list) and len(c) == 3:
            level = c[0] if isinstance(c[0], int) and 1 <= c[0] <= 6 else 2
            parts.append(f"<h{level}>{_pandoc_inlines(c[2], depth)}</h{level}>")
        elif kind == "Figure" and isinstance(c, list) and len(c) == 3:
            caption = c[1][1] if isinstance(c[1], list) and len(c[1]) == 2 else []
            inner = "".join(_pandoc_inlines(b.get("c"), depth) for b in c[2] if isinstance(b, dict))
            text = "".join(_pandoc_inlines(b.get("c"), depth) for b in caption if isinstance(b, dict))
            caption_html = f"<figcaption>{text}</figcaption>" if text else ""
            parts.append(f"<figure>{inner}{caption_html}</figure>")
        elif kind in ("BulletList", "OrderedList"):
            items = c if kind == "BulletList" else (c[1] if isinstance(c, list) and len(c) == 2 else [])
            parts.append("<ul>" + "".join(f"<li>{_pandoc_blocks(i, depth + 1)}</li>" for i in items or []) + "</ul>")
        elif kind in ("BlockQuote", "Div"):
            parts.append(_pandoc_blocks(c if kind == "BlockQuote" else (c[1] if isinstance(c, list) and len(c) == 2
                                                                       else []), depth + 1))
    return "".join(parts)


def _pandoc_inlines(inlines: object, depth: int) -> str:
    if not isinstance(inlines, list) or depth > 32:
        return ""
    out = []
    for node in inlines:
        kind, c = (node.get("t"), node.get("c")) if isinstance(node, dict) else (None, None)
        if kind == "Str":
            out.append(_esc(c))
        elif kind in ("Space", "SoftBreak"):
            out.append(" ")
        elif kind == "LineBreak":
            out.append("<br>")
        elif kind in ("Emph", "Strong", "Underline", "SmallCaps") and isinstance(c, list):
            tag = {"Emph": "em", "Strong": "strong"}.get(kind, "span")
            out.append(f"<{tag}>{_pandoc_inlines(c, depth + 1)}</{tag}>")
        elif kind == "Image" and isinstance(c, list) and len(c) == 3 and isinstance(c[2], list) and c[2]:
            classes = " ".join(x for x in c[0][1] if isinstance(x, str)) \
                if isinstance(c[0], list) and len(c[0]) == 3 and isinstance(c[0][1], list) else ""
            class_html = f' class="{_attr(classes)}"' if classes else ""  # ("author": a byline's portrait)
            out.append(f'<img src="{_attr(c[2][0])}" alt="{_attr(_pandoc_text(c[1]))}"{class_html}>')
        elif kind in ("Link", "Span") and isinstance(c, list) and len(c) >= 2:
            inner = _pandoc_inlines(c[1], depth + 1)
            href = c[2][0] if kind == "Link" and len(c) == 3 and isinstance(c[2], list) and c[2] else None
            out.append(f'<a href="{_attr(href)}">{inner}</a>' if href else inner)
        elif kind == "Quoted" and isinstance(c, list) and len(c) == 2:
            out.append(f"“{_pandoc_inlines(c[1], depth + 1)}”")
    return "".join(out)


def _pandoc_text(inlines: object) -> str:
    """Inlines as plain text (a title, an image's alt)."""
    return re.sub(r"<[^>]+>", "", html.unescape(_pandoc_inlines(inlines, 0))).strip()


# ---------------------------------------------------------------- retrieval stores

# A retrieval store keeps an article as chunks: its text in some, its pictures in others (the chunk's text the
# caption, the picture's address and credit in its metadata), all naming the article in their metadata.
_ARTICLE_ID_KEYS = ("article_id", "doc_id", "document_id", "ref_doc_id", "article_url", "url", "source")
_PICTURE_KEYS = ("image_url", "image", "src", "image_path")
_NOT_STORY = re.compile(r"(?:^|[_\W])(?:author|avatar|ads?|advert\w*|sponsor\w*|logo|banner|promo|related)(?:$|[_\W])",
                        re.I)


def chunk_store_articles(value: object) -> list[dict] | None:
    """A retrieval store's dump as article records, else None: Chroma's `get()` (ids, documents and metadatas side by
    side), a LlamaIndex docstore (`docstore/data`), LangChain documents ([{page_content, metadata}]), a vector
    database's records (an id, a vector and the chunk's fields: Pinecone's `vectors`, Qdrant's `points`)."""
    rows = _chroma_rows(value) or _llama_rows(value) or _langchain_rows(value) or _vector_rows(value)
    if rows and not any(picture for _, _, picture in rows) and _chroma_rows(value):
        # a store of whole articles, their pictures named in each one's metadata ("lead_url", "image_2_caption"):
        # each row an article of its text and its metadata's fields
        return [{**meta, "text": text} for text, meta, _ in rows]
    if not rows or not any(picture for _, _, picture in rows):
        return None
    articles: dict = {}
    for text, meta, picture in rows:
        key = next((meta[k] for k in _ARTICLE_ID_KEYS if isinstance(meta.get(k), (str, int))), None)
        articles.setdefault(key, []).append((text, meta, picture))
    return [_chunk_article(chunks) for chunks in articles.values()]


def _chunk_article(chunks: list) -> dict:
    meta = chunks[0][1]
    record = {"title": meta.get("title"), "text": "\n\n".join(t for t, m, p in chunks if t and not p),
              "images": [{"url": p, "caption": t or None, "credit": m.get("credit") or m.get("photographer")}
                         for t, m, p in chunks if p and not _NOT_STORY.search(_chunk_kind(m))]}
    url = next((meta[k] for k in ("url", "article_url", "source") if isinstance(meta.get(k), str)
                and meta[k].startswith(("http://", "https://"))), None)
    return {**record, "url": url} if url else record


def _chunk_kind(meta: dict) -> str:
    """What a chunk's metadata says it is ("image", "author_photo", "advert")."""
    return " ".join(str(meta.get(k) or "") for k in ("type", "role", "kind", "category", "chunk_type"))


def _picture_of(obj: dict, meta: dict) -> str | None:
    return next((v for o in (obj, meta) for k in _PICTURE_KEYS if isinstance(v := o.get(k), str) and v.strip()), None)


def _chroma_rows(value: object) -> list | None:
    if not isinstance(value, dict):
        return None
    ids, docs, metas = value.get("ids"), value.get("documents"), value.get("metadatas")
    if not (isinstance(ids, list) and isinstance(docs, list) and isinstance(metas, list) and len(ids) == len(docs)
            == len(metas) and ids):
        return None
    return [(d if isinstance(d, str) else "", m, _picture_of({}, m)) for d, m in zip(docs, metas)
            if isinstance(m, dict)]


def _llama_rows(value: object) -> list | None:
    data = value.get("docstore/data") if isinstance(value, dict) else None
    if not isinstance(data, dict):
        return None
    rows = []
    for node in data.values():
        inner = node.get("__data__") if isinstance(node, dict) else None
        if isinstance(inner, dict):
            meta = inner.get("metadata") if isinstance(inner.get("metadata"), dict) else {}
            links = inner.get("relationships")
            source = links.get("1") if isinstance(links, dict) else None  # (LlamaIndex's SOURCE relationship)
            if isinstance(source, dict) and source.get("node_id") and "article_id" not in meta:
                meta = {**meta, "article_id": source["node_id"]}  # (the document the node was cut from)
            rows.append((inner.get("text") if isinstance(inner.get("text"), str) else "", meta, _picture_of(inner, {})))
    return rows or None


_VECTOR_KEYS = ("values", "vector", "embedding", "embeddings")
_CHUNK_FIELDS = ("metadata", "payload", "properties", "fields")
_CHUNK_TEXT = ("text", "page_content", "content", "chunk", "document")


def _vector_rows(value: object) -> list | None:
    """A vector database's records, listed or kept by id: each an id, its vector and the chunk's fields."""
    if not isinstance(value, dict):
        return None
    for inner in value.values():
        items = list(inner.values()) if isinstance(inner, dict) else inner
        if not isinstance(items, list) or not items or not all(
                isinstance(x, dict) and "id" in x and any(k in x for k in _VECTOR_KEYS)
                and any(isinstance(x.get(k), dict) for k in _CHUNK_FIELDS) for x in items):
            continue
        rows = []
        for item in items:
            meta = next(item[k] for k in _CHUNK_FIELDS if isinstance(item.get(k), dict))
            picture = _picture_of({}, meta)
            # (a picture's chunk may name its caption as such, its text then the words embedded for it)
            keys = ("caption", *_CHUNK_TEXT) if picture else _CHUNK_TEXT
            text = next((meta[k] for k in keys if isinstance(meta.get(k), str)), "")
            rows.append((text, meta, picture))
        return rows
    return None


def _langchain_rows(value: object) -> list | None:
    if not isinstance(value, list) or not value or not all(
            isinstance(x, dict) and isinstance(x.get("page_content"), str) and isinstance(x.get("metadata"), dict)
            for x in value):
        return None
    return [(x["page_content"], x["metadata"], _picture_of({}, x["metadata"])) for x in value]


# ---------------------------------------------------------------- component trees (Sling Model Exporter)

def is_component_tree(value: object) -> bool:
    """A page's components as Adobe Experience Manager's model exporter writes them: `:items` keyed by name, their
    order in `:itemsOrder`, each with its `:type`."""
    return isinstance(value, dict) and isinstance(value.get(":items"), dict) and (
        ":itemsOrder" in value or "templateName" in value or ":type" in value)


def component_tree_record(page: dict) -> dict:
    """The page as {title, html}: text components' HTML, titles as headings, image components as figures whose
    caption is the title the component shows under the picture (not in a pop-up)."""
    return {"title": page.get("title") if isinstance(page.get("title"), str) else None,
            "html": _components_html(page, 0)}


def _components_html(node: dict, depth: int) -> str:
    items = node.get(":items") if isinstance(node.get(":items"), dict) else {}
    order = node.get(":itemsOrder") if isinstance(node.get(":itemsOrder"), list) else list(items)
    parts = []
    for name in order if depth < 32 else []:
        item = items.get(name)
        if not isinstance(item, dict):
            continue
        kind = str(item.get(":type") or "").rsplit("/", 1)[-1].lower()
        if kind == "text" and isinstance(item.get("text"), str):
            parts.append(item["text"] if item.get("richText") else f"<p>{_esc(item['text'])}</p>")
        elif kind == "title" and isinstance(item.get("text"), str):
            level = item.get("type") if re.fullmatch(r"h[1-6]", str(item.get("type"))) else "h2"
            parts.append(f"<{level}>{_esc(item['text'])}</{level}>")
        elif kind == "image" and isinstance(item.get("src"), str):
            shown = isinstance(item.get("title"), str) and not item.get("displayPopupTitle")
            caption = f"<figcaption>{_esc(item['title'])}</figcaption>" if shown else ""
            # (the asset itself, `fileReference`, before the rendition the page was served: the picture at its size)
            src = item["fileReference"] if isinstance(item.get("fileReference"), str) else item["src"]
            parts.append(f'<figure><img src="{_attr(src)}" alt="{_attr(item.get("alt"))}">{caption}</figure>')
        elif isinstance(item.get(":items"), dict):
            parts.append(_components_html(item, depth + 1))
    return "".join(parts)


# ---------------------------------------------------------------- Ricos (Wix's rich content)

_RICOS_BLOCKS = {"PARAGRAPH": "p", "HEADING": "h2", "BLOCKQUOTE": "blockquote", "LIST_ITEM": "li",
                 "BULLETED_LIST": "ul", "ORDERED_LIST": "ol"}


def is_ricos(value: object) -> bool:
    """Wix's rich content: {"nodes": [{"type": "PARAGRAPH" | "IMAGE" | ..., "nodes": [...]}]}."""
    nodes = value.get("nodes") if isinstance(value, dict) else None
    return isinstance(nodes, list) and bool(nodes) and all(isinstance(n, dict) for n in nodes) \
        and any(n.get("type") in ("PARAGRAPH", "IMAGE", "HEADING") for n in nodes)


def ricos_html(value: dict, depth: int = 0) -> str:
    """Rich content as HTML: text nodes, paragraphs, headings, lists, and each IMAGE node a figure captioned by its
    CAPTION child (or the older `imageData.caption`), its picture the media id or URL it names."""
    parts = []
    for node in value.get("nodes") or [] if depth < 32 else []:
        if not isinstance(node, dict):
            continue
        kind = node.get("type")
        if kind == "TEXT":
            text = (node.get("textData") or {}).get("text") if isinstance(node.get("textData"), dict) else None
            parts.append(_esc(text))
        elif kind == "IMAGE":
            parts.append(_ricos_figure(node, depth))
        elif kind in _RICOS_BLOCKS:
            tag = _RICOS_BLOCKS[kind]
            parts.append(f"<{tag}>{ricos_html(node, depth + 1)}</{tag}>")
        elif kind != "CAPTION":
            parts.append(ricos_html(node, depth + 1))
    return "".join(parts)


def _ricos_figure(node: dict, depth: int) -> str:
    data = node.get("imageData") if isinstance(node.get("imageData"), dict) else {}
    image = data.get("image") if isinstance(data.get("image"), dict) else {}
    src = image.get("src") if isinstance(image.get("src"), dict) else {}
    address = src.get("url") or src.get("id")
    if not isinstance(address, str) or not address:
        return ""
    caption = "".join(ricos_html(c, depth + 1) for c in node.get("nodes") or []
                      if isinstance(c, dict) and c.get("type") == "CAPTION") or _esc(data.get("caption"))
    caption_html = f"<figcaption>{caption}</figcaption>" if caption.strip() else ""
    return f'<figure><img src="{_attr(address)}" alt="{_attr(data.get("altText"))}">{caption_html}</figure>'


# ---------------------------------------------------------------- Medium's body model

_MEDIUM_TAGS = {1: "p", 2: "h2", 3: "h3", 13: "h4", 6: "blockquote", 7: "blockquote", 8: "pre", 9: "li", 10: "li"}
_MEDIUM_IMAGE = 4


def is_medium_body(value: object) -> bool:
    """Medium's post body (`?format=json`'s bodyModel): paragraphs {name, type (a number), text, markups}."""
    paragraphs = value.get("paragraphs") if isinstance(value, dict) else None
    return isinstance(paragraphs, list) and bool(paragraphs) and all(
        isinstance(p, dict) and isinstance(p.get("type"), int) and "name" in p and "text" in p for p in paragraphs)


def medium_html(body: dict) -> str:
    """The paragraphs as HTML, each image paragraph (type 4) a figure of its image id captioned by its text."""
    parts = []
    for p in body["paragraphs"]:
        kind, text = p["type"], p.get("text") or ""
        if kind == _MEDIUM_IMAGE:
            meta = p.get("metadata") if isinstance(p.get("metadata"), dict) else {}
            if isinstance(meta.get("id"), str) and meta["id"]:
                caption = f"<figcaption>{_esc(text)}</figcaption>" if text.strip() else ""
                img = f'<img src="{_attr(meta["id"])}" alt="{_attr(meta.get("alt"))}">'
                parts.append(f"<figure>{img}{caption}</figure>")
        elif kind in _MEDIUM_TAGS and text:
            tag = _MEDIUM_TAGS[kind]
            parts.append(f"<{tag}>{_esc(text)}</{tag}>")
    return "".join(parts)


# ---------------------------------------------------------------- IIIF manifests

def is_iiif_manifest(value: object) -> bool:
    """A IIIF Presentation 3 manifest (a photo story or a digitised page as archives publish them)."""
    return isinstance(value, dict) and value.get("type") == "Manifest" and isinstance(value.get("items"), list) \
        and "iiif.io" in str(value.get("@context", ""))


def _language_map(value: object) -> str:
    """The first string of a IIIF language map ({"en": ["..."]}, {"none": ["..."]})."""
    if isinstance(value, dict):
        return next((str(v[0]) for v in value.values() if isinstance(v, list) and v and isinstance(v[0], str)), "")
    return value if isinstance(value, str) else ""


def iiif_record(manifest: dict) -> dict:
    """{url, title, text, images}: the manifest's label and summary, each canvas's painted image captioned by the
    canvas's label where it is words (three or more: "p. 1", "Image 5" are counters) and credited by the canvas's
    required statement."""
    images = []
    for canvas in manifest["items"]:
        if not isinstance(canvas, dict):
            continue
        body = next((a.get("body") for page in canvas.get("items") or [] if isinstance(page, dict)
                     for a in page.get("items") or [] if isinstance(a, dict) and isinstance(a.get("body"), dict)), None)
        if not body or not isinstance(body.get("id"), str):
            continue
        label = _language_map(canvas.get("label"))
        statement = canvas.get("requiredStatement") if isinstance(canvas.get("requiredStatement"), dict) else {}
        images.append({"url": body["id"], "caption": label if len(label.split()) >= 3 else None,
                       "credit": _language_map(statement.get("value")) or None})
    homepage = next((h.get("id") for h in manifest.get("homepage") or [] if isinstance(h, dict)
                     and str(h.get("id", "")).startswith(("http://", "https://"))), None)
    record = {"title": _language_map(manifest.get("label")) or None,
              "text": _language_map(manifest.get("summary")), "images": images}
    return {**record, "url": homepage} if homepage else record


# ---------------------------------------------------------------- annotation tasks

_ANSWERS = ("accept", "reject", "ignore")


def is_annotation_task(value: object) -> bool:
    """An annotation tool's image task as its database exports it (Prodigy's db-out: image, text, meta, answer and
    its hashes)."""
    return isinstance(value, dict) and value.get("answer") in _ANSWERS and isinstance(value.get("image"), str) \
        and ("_task_hash" in value or "_input_hash" in value)


def annotation_task_record(task: dict) -> dict:
    """An accepted task as one captioned picture of the article its meta names (its text the caption; the article's
    address, where given, joins the pictures of one article); a rejected or ignored one as no picture at all."""
    meta = task.get("meta") if isinstance(task.get("meta"), dict) else {}
    if task["answer"] != "accept":
        return {"annotation": task["answer"]}  # (no article: rejected as such, and counted)
    article = next((meta[k] for k in ("article_url", "url", "source_url") if isinstance(meta.get(k), str)), None)
    record = {"title": meta.get("article_title") or meta.get("title"),
              "images": [{"url": task["image"], "caption": task.get("text") or None, "credit": meta.get("credit")}]}
    return {**record, "article_path": article} if article else record


# ---------------------------------------------------------------- caption-dataset rows

_ROW_ADDRESS = ("URL", "url")
_ROW_CAPTION = ("TEXT", "text")  # (a record with a field named caption is read as one picture already)
_ROW_CAPTION_CHARS = 400  # a caption, not an article's text
_PAGE_URL = re.compile(r"(?:page|article|source|doc)_?(?:url|page|link)", re.I)
_PAGE_TEXT = re.compile(r"(?:page|article|story|doc)_?(?:text|body|content)", re.I)
_PAGE_TITLE = re.compile(r"(?:page|article|story|doc)_?(?:title|headline)", re.I)
_IMAGE_PATH = re.compile(r"\.(?:jpe?g|png|webp|gif|avif|tiff?)(?:$|[?#])", re.I)


def caption_row(row: dict) -> dict | None:
    """A caption dataset's row (LAION's URL and TEXT, DataComp's url and text): a record whose own address names an
    image file is that picture, its short text the caption; the page it came from, where the row names it (a team's
    page_url, article_text columns), the article. None for any other record."""
    address = next((row[k] for k in _ROW_ADDRESS if isinstance(row.get(k), str) and _IMAGE_PATH.search(row[k])
                    and row[k].startswith(("http://", "https://", "/"))), None)
    caption = next((row[k] for k in _ROW_CAPTION if isinstance(row.get(k), str) and row[k].strip()), None)
    if address is None or caption is None or len(caption) > _ROW_CAPTION_CHARS or "\n\n" in caption:
        return None
    named = {k: v for k, v in row.items() if isinstance(k, str) and isinstance(v, str) and v.strip()}
    credit = next((v for k, v in named.items() if "credit" in k.lower() or "photographer" in k.lower()), None)
    record = {"images": [{"url": address, "caption": caption, **({"credit": credit} if credit else {})}]}
    page = next((v for k, v in named.items() if _PAGE_URL.fullmatch(k) and v.startswith(("http://", "https://"))), None)
    text = next((v for k, v in named.items() if _PAGE_TEXT.fullmatch(k)), None)
    title = next((v for k, v in named.items() if _PAGE_TITLE.fullmatch(k)), None)
    record.update({k: v for k, v in (("url", page), ("text", text), ("title", title)) if v})
    return record


# ---------------------------------------------------------------- interleaved web documents

def is_interleaved(value: object) -> bool:
    """An interleaved image-text web document as OBELICS keeps it: `texts` and `images` side by side, one of the two
    set at each position, in the page's order."""
    if not isinstance(value, dict):
        return False
    texts, images = value.get("texts"), value.get("images")
    return isinstance(texts, list) and isinstance(images, list) and len(texts) == len(images) > 1 \
        and all((t is None) != (i is None) for t, i in zip(texts, images)) \
        and all(isinstance(x, str) for x in texts + images if x is not None)


def interleaved_record(doc: dict) -> dict:
    """The document as {url, html} in its order: each picture a figure, each text its paragraphs (a line break kept
    as a break), for the HTML extractor to tell a caption under a picture from the story."""
    parts = []
    for text, image in zip(doc["texts"], doc["images"]):
        if image is not None:
            parts.append(f'<figure><img src="{_attr(image)}"></figure>')
        else:
            parts.extend("<p>" + "<br>".join(_esc(line) for line in block.split("\n")) + "</p>"
                         for block in re.split(r"\n\s*\n", text) if block.strip())
    record = {"html": "".join(parts)}
    meta = doc.get("general_metadata")
    if isinstance(meta, str):
        url = re.search(r'"url":\s*"(https?://[^"]+)"', meta)
        if url:
            record["url"] = url.group(1)
    return record


# ---------------------------------------------------------------- a messaging channel's export (Telegram Desktop)

# A news channel's "Export chat history" (result.json): each post a message whose text is a string or a list of
# pieces, some marked (bold, italic, link, hashtag); a photo beside it, the album's other photos in the messages
# right after it with no text of their own. A post opens with its headline in bold and sets its photo's caption apart
# in italics (or a quote) after the story; a photo sent with a line or two of plain text has that text for caption.
_CAPTION_MARKS = ("italic", "blockquote")
_SHORT_POST_WORDS = 40


def is_channel_export(value: object) -> bool:
    messages = value.get("messages") if isinstance(value, dict) else None
    return isinstance(messages, list) and bool(messages) and "name" in value and all(
        isinstance(m, dict) and "date" in m and ("text_entities" in m or "date_unixtime" in m) for m in messages)


def channel_export_records(export: dict) -> list[dict]:
    """The export's posts as article records: a post's headline, story and photos, each photo captioned by the text
    the post sets apart for it; service messages (a channel created, a pin) and advertisements are no posts."""
    posts: list[dict] = []
    for message in export["messages"]:
        if message.get("type", "message") != "message":
            continue
        photo = _message_photo(message)
        title, body, caption = _post_parts(message.get("text"))
        if photo and not (title or body or caption) and posts and posts[-1]["_date"] == message.get("date") \
                and posts[-1]["images"]:
            posts[-1]["images"].append({"url": photo})  # an album's next photo
            continue
        if not (photo or title or body or caption) or _advert(title or body or caption):
            continue
        posts.append({"_date": message.get("date"), "title": title, "text": body, "date": message.get("date"),
                      "images": [{k: v for k, v in (("url", photo), ("caption", caption)) if v}] if photo else []})
    return [{k: v for k, v in post.items() if k != "_date" and v} for post in posts]


def _advert(opening: str) -> bool:
    """A post that opens with an advertisement's mark ("Реклама.", "Anzeige", "#ad")."""
    from ...extract.boilerplate import boilerplate_kind  # (the words pages mark their ads with)

    first = re.split(r"(?<=[.:!])\s|\n", opening.strip(), maxsplit=1)[0]
    return boilerplate_kind(first) == "ad"


def _message_photo(message: dict) -> str | None:
    photo = message.get("photo")
    if isinstance(photo, str) and photo.strip():
        return photo.strip()
    file = message.get("file")
    mime = str(message.get("mime_type") or "")
    return file.strip() if isinstance(file, str) and file.strip() and mime.startswith("image/") else None


def _post_parts(text: object) -> tuple[str, str, str]:
    """(headline, story, caption) of a post's text: a bold opening line is its headline, the italic (or quoted)
    piece after the story its photo's caption, hashtags dropped; a short plain text with no headline is all caption."""
    pieces = [text] if isinstance(text, str) else text if isinstance(text, list) else []
    parts = [(p, "plain") if isinstance(p, str) else (str(p.get("text") or ""), str(p.get("type") or "plain"))
             for p in pieces if isinstance(p, (str, dict))]
    parts = [(t, kind) for t, kind in parts if kind != "hashtag"]
    title = ""
    if parts and parts[0][1] == "bold" and parts[0][0].strip():
        title = " ".join(parts.pop(0)[0].split())
    caption = ""
    marked = [i for i, (t, kind) in enumerate(parts) if kind in _CAPTION_MARKS and t.strip()]
    if marked and not "".join(t for t, _ in parts[marked[-1] + 1:]).strip():  # set apart at the end
        caption = " ".join(parts.pop(marked[-1])[0].split())
    body = "".join(t for t, _ in parts).strip()
    if not title and not caption and body and "\n" not in body and len(body.split()) <= _SHORT_POST_WORDS:
        body, caption = "", body
    return title, body, caption


# A channel's messages as a client library dumps them (Telethon's Message.to_dict(), the path its download_media
# saved the photo to added by the script): the text sent with a photo is the post; a line or two of it, the photo's
# caption. A link preview's picture is the linked page's, not the post's.
def is_client_message(value: object) -> bool:
    media = value.get("media") if isinstance(value, dict) else None
    return value.get("_") == "Message" and isinstance(value.get("message"), str) and (
        media is None or isinstance(media, dict) and isinstance(media.get("_"), str))


def client_message_record(message: dict) -> dict:
    text = message["message"].strip()
    media = message.get("media") or {}
    photo = next((v.strip() for k, v in message.items() if k not in ("message", "_") and isinstance(v, str)
                  and re.search(r"\.(?:jpe?g|png|webp|gif|heic)$", v.strip(), re.I)), None) \
        if media.get("_") == "MessageMediaPhoto" else None
    short = "\n" not in text and len(text.split()) <= _SHORT_POST_WORDS
    record: dict = {"text": "" if photo and short else text, "date": message.get("date")}
    if photo:
        record["images"] = [{"url": photo, "caption": text} if short and text else {"url": photo}]
    return {k: v for k, v in record.items() if v}


# ---------------------------------------------------------------- a captioning dataset's split file (Karpathy's)

def is_caption_split(value: object) -> bool:
    """A captioning dataset's split file as Karpathy's dataset_*.json keeps it: {images: [{filename, sentences:
    [{raw, tokens}], split}], dataset}."""
    images = value.get("images") if isinstance(value, dict) else None
    return isinstance(images, list) and bool(images) and all(
        isinstance(i, dict) and isinstance(i.get("filename"), str) and isinstance(i.get("sentences"), list)
        for i in images)


def caption_split_records(value: dict) -> list[dict]:
    """Each image a record that is its picture, its first sentence the caption (the others are more of the same
    kind: descriptions written for the dataset), with the article an image names (a team's `article` beside it)."""
    out = []
    for image in value["images"]:
        raw = next((s["raw"] for s in image["sentences"] if isinstance(s, dict) and isinstance(s.get("raw"), str)
                    and s["raw"].strip()), None)
        item = {"url": image["filename"], "caption": raw, "credit": image.get("credit")}
        record: dict = {"images": [{k: v for k, v in item.items() if isinstance(v, str) and v.strip()}]}
        article = image.get("article")
        if isinstance(article, dict):
            record.update({k: article[k] for k in ("url", "title", "text", "id") if isinstance(article.get(k), str)})
        out.append(record)
    return out


# ---------------------------------------------------------------- SvelteKit's data (devalue's flattened values)

def is_sveltekit_data(value: object) -> bool:
    """A SvelteKit page's `__data.json`: {"type": "data", "nodes": [{"type": "data", "data": [root, ...]}]}, each
    node's values flattened by devalue into one array whose objects and lists hold indexes into it."""
    return isinstance(value, dict) and value.get("type") == "data" and isinstance(value.get("nodes"), list) \
        and any(_devalue_node(n) for n in value["nodes"])


def sveltekit_records(value: dict) -> list:
    """Each data node's root, its values put back where devalue's indexes point."""
    return [_devalued(n["data"]) for n in value["nodes"] if _devalue_node(n)]


def _devalue_node(node: object) -> bool:
    return isinstance(node, dict) and node.get("type") == "data" and isinstance(node.get("data"), list) \
        and bool(node["data"]) and isinstance(node["data"][0], (dict, list))


_DEVALUE_VALUE_TYPES = frozenset(("Date", "RegExp", "BigInt", "URL"))  # [type, its value as a string]


def _devalued(flat: list) -> object:
    """devalue's array as the value it flattens (index 0 the root); a negative index is undefined, NaN or an
    infinity: None here. Shared and cyclic references are read once and cut at depth 32."""
    def at(index: object, depth: int) -> object:
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(flat) or depth > 32:
            return None
        item = flat[index]
        if isinstance(item, dict):
            return {k: at(v, depth + 1) for k, v in item.items()}
        if isinstance(item, list):
            if item and isinstance(item[0], str):  # a typed value: ["Date", "2025-05-10T..."], ["Set", 1, 2]
                kind, rest = item[0], item[1:]
                if kind in _DEVALUE_VALUE_TYPES:
                    return rest[0] if rest else None
                if kind == "Map":
                    return {str(at(k, depth + 1)): at(v, depth + 1) for k, v in zip(rest[::2], rest[1::2])}
                return [at(i, depth + 1) for i in rest]  # Set, and kinds of no use here
            return [at(i, depth + 1) for i in item]
        return item
    return at(0, 0)


# ---------------------------------------------------------------- Notion's blocks (the API's block children)

_NOTION_TAGS = {"paragraph": "p", "heading_1": "h1", "heading_2": "h2", "heading_3": "h3", "quote": "blockquote",
                "bulleted_list_item": "li", "numbered_list_item": "li", "callout": "p", "toggle": "p"}


def is_notion_blocks(value: object) -> bool:
    """Notion's API list of a page's blocks: {"object": "list", "results": [{"object": "block", "type": ...}]}."""
    return isinstance(value, dict) and value.get("object") == "list" and isinstance(value.get("results"), list) \
        and any(isinstance(b, dict) and b.get("object") == "block" for b in value["results"])


def notion_html(value: dict) -> str:
    """The blocks as the HTML they render: text blocks as paragraphs and headings, an image block as a figure whose
    caption is the block's caption text (its file's or its external address the picture's)."""
    parts = []
    for block in value["results"]:
        kind = block.get("type") if isinstance(block, dict) else None
        inner = block.get(kind) if kind else None
        if not isinstance(inner, dict):
            continue
        if kind == "image":
            source = inner.get(inner.get("type")) if isinstance(inner.get(inner.get("type")), dict) else {}
            caption = _notion_text(inner.get("caption"))
            figcaption = f"<figcaption>{_esc(caption)}</figcaption>" if caption else ""
            parts.append(f'<figure><img src="{_attr(source.get("url"))}">{figcaption}</figure>')
        elif kind in _NOTION_TAGS and (text := _notion_text(inner.get("rich_text"))):
            tag = _NOTION_TAGS[kind]
            parts.append(f"<{tag}>{_esc(text)}</{tag}>")
    return "".join(parts)


def _notion_text(rich: object) -> str:
    """A rich text array's text, its segments joined as shown ("plain_text", else the text's "content")."""
    if not isinstance(rich, list):
        return ""
    return "".join(str(s.get("plain_text") or (s.get("text") or {}).get("content") or "") for s in rich
                   if isinstance(s, dict)).strip()
