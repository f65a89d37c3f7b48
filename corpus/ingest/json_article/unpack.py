"""A JSON record as its writer meant it, before its fields are read: JSON kept inside strings parsed, values a store
wraps with their type unwrapped, a spreadsheet's rows under their header, XML converted to JSON given JSON's names."""
from __future__ import annotations

import html
import json
import re

from ..pyliteral import python_literal
from .documents import (annotation_task_record, caption_split_records, channel_export_records, chunk_store_articles,
                        client_message_record, component_tree_record, docling_record, interleaved_record,
                        is_annotation_task, is_caption_split, is_channel_export, is_client_message,
                        is_component_tree, is_docling, is_interleaved, is_medium_body, is_pandoc, is_ricos,
                        is_notion_blocks, is_sveltekit_data, medium_html, notion_html, pandoc_record, ricos_html,
                        sveltekit_records)
from .fields import _IMAGE_FILE, WRAPPER_KEYS, _address
from .pictures import _CAPTION_NAME, _CREDIT_NAME, _PHOTO_CREDIT_NAME


# a value wrapped with its type, as a store's JSON export writes it (DynamoDB's {"S": ...}, Firestore's
# {"stringValue": ...}, MongoDB's {"$date": ...}): the value itself
_TYPED = {"S": "s", "N": "s", "BOOL": "s", "NULL": "null", "L": "list", "M": "map", "SS": "s", "NS": "s",
          "stringValue": "s", "integerValue": "s", "doubleValue": "s", "booleanValue": "s", "timestampValue": "s",
          "longValue": "s", "isNull": "null",  # (Redshift's Data API cells)
          "referenceValue": "s", "nullValue": "null", "arrayValue": "array", "mapValue": "fields",
          "$oid": "s", "$date": "s", "$numberLong": "s", "$numberInt": "s", "$numberDouble": "s",
          # Avro's JSON encoding of a union's branch ({"string": "..."}, avro-tools tojson)
          "string": "s", "int": "s", "long": "s", "double": "s", "float": "s", "boolean": "s", "array": "list",
          "map": "map"}
_REGIONAL_LOCALE = re.compile(r"^[a-z]{2,3}-[A-Z]{2}$")
_PACKED_MAX = 1 << 20  # characters of a string read as the JSON it holds
_JSON_FENCE = re.compile(r"(?P<before>[^`]*)```(?:json|JSON)?[ \t]*\n(?P<json>.*)\n[ \t]*```\s*", re.S)
_FENCE_LEAD = 200  # characters of a tool's words before the fenced answer


_PASCAL = re.compile(r"\$?[A-Z][A-Za-z0-9]*")


def _pascal_cased(value: dict) -> bool:
    """An object whose every field is named in PascalCase (C#'s and Go's exported names), none of them an acronym
    alone ("URL" stays)."""
    keys = [k for k in value if isinstance(k, str) and not k.startswith("$")]
    # (an object with a text of its own, not a container of named tables: {"Articles": {...}, "Photos": {...}})
    return len(keys) >= 2 and all(_PASCAL.fullmatch(k) and not k.isupper() for k in keys) \
        and any(isinstance(v, str) for v in value.values())


def _upper_cased(value: dict) -> bool:
    """An object whose every field is named in capitals (an Oracle column, 1C-Bitrix's "DESCRIPTION"; its raw
    twins "~DESCRIPTION" too), at least one a word of four letters or more (not "ID" and "URL" alone)."""
    keys = [k.lstrip("~") for k in value if isinstance(k, str) and not k.startswith("$")]
    return bool(keys) and all(_UPPER.fullmatch(k) for k in keys) and any(len(k) >= 4 for k in keys)


_UPPER = re.compile(r"[A-Z][A-Z0-9_]*")
_MULTI_JOIN = "@@"
_MULTI_JOINED_FIELDS = 3  # fields so joined that make it the record's way (one "@@" in a text is no join)
_FLAT_KEY = re.compile(r"^(?P<head>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*)__(?P<rest>[A-Za-z0-9_]+)$")


def _nested(value: dict) -> dict | None:
    """An object a data loader flattened (dlt's "image__url", "image__caption"), its fields nested again under their
    head, where two fields or more share one and no field has its name; None when nothing is flattened. (Dotted names,
    "figure.caption", stay: a crawler's metadata keeps parallel lists so, read as they are.)"""
    groups: dict[str, dict] = {}
    for key in value:
        if isinstance(key, str) and (m := _FLAT_KEY.match(key)):
            groups.setdefault(m.group("head"), {})[m.group("rest")] = value[key]
    heads = {h for h, fields in groups.items() if len(fields) >= 2 and h not in value}
    if not heads:
        return None
    out: dict = {}
    for key, inner in value.items():
        m = _FLAT_KEY.match(key) if isinstance(key, str) else None
        if m and m.group("head") in heads:
            out.setdefault(m.group("head"), {})[m.group("rest")] = inner
        else:
            out[key] = inner
    return out


def _python_literal(value: str, text: str, depth: int) -> object:
    """A list or dict kept as Python writes it ("[{'src': '...', 'credit': None}]") inside a string, read by
    python_literal, else the string as it was."""
    if "'" not in text and "None" not in text:
        return value
    try:
        parsed = python_literal(text)
    except ValueError:
        return value
    return _unpacked(parsed, depth + 1) if isinstance(parsed, (list, dict)) else value


def _unpacked(value: object, depth: int = 0) -> object:
    """A record as its writer meant it: JSON kept inside a string (a queue's payload, a column of pictures, a
    cache's value) parsed, and values wrapped with their type unwrapped."""
    if depth > 48:
        return value
    if isinstance(value, str):
        text = value.strip()
        if "```" in text and (fenced := _JSON_FENCE.fullmatch(text)) and len(fenced.group("before")) <= _FENCE_LEAD:
            text = fenced.group("json").strip()  # a language model's answer: the JSON in a fenced block (after a
            # line of its tool's, "📄 Extracted from page:")
        if len(text) >= 2 and text[0] + text[-1] in ("{}", "[]") and len(text) <= _PACKED_MAX:
            try:
                return _unpacked(json.loads(text), depth + 1)
            except (ValueError, RecursionError):
                return _python_literal(value, text, depth)
        return value
    if isinstance(value, list):
        if len(value) == 1 and _drupal_field(value[0]):  # Drupal's field: [{"value": ...}], a text's rendering first
            item = value[0]
            return _unpacked(item["processed"] if isinstance(item.get("processed"), str) else item["value"], depth + 1)
        if len(value) == 1 and isinstance(value[0], dict) and {"target_id", "target_type"} <= set(value[0]):
            return _unpacked(value[0], depth + 1)  # Drupal's one reference (an image field): the object itself
        if (fields := _named_fields(value)) is not None:  # a CMS's fields as a list of named values (Liferay)
            return _unpacked(fields, depth + 1)
        if (answer := _model_answer(value, depth)) is not None:  # a model's reply: the JSON its text holds
            return answer
        if _rich_text(value):  # Prismic's StructuredText: the HTML it renders to, read as any HTML field is
            return "".join(_rich_html(item) for item in value)
        if value and all(_markup_node(v) for v in value):  # elements a tool wrote as JSON: the HTML they were
            return "".join(_node_html(v, depth + 1) for v in value)
        if len(value) >= _TAG_ROWS_MIN and all(_tag_row(v) for v in value):
            # elements a page walk wrote as arrays, ["p", "text"], ["img", "a.jpg", "alt"] (JsonML's ["img",
            # {"src": ...}] too): the HTML they were
            return "".join(_tag_row_html(v, depth + 1) for v in value)
        return [_unpacked(v, depth + 1) for v in value]
    if not isinstance(value, dict):
        return value
    if _markup_node(value):
        return _node_html(value, depth + 1)
    if is_docling(value):  # a document parser's output: the page it converted, as HTML
        return docling_record(value)
    if is_pandoc(value):  # a document converter's syntax tree: the HTML it renders
        return pandoc_record(value)
    if _ocr_pages(value):  # an OCR service's answer (Mistral OCR's pages): the pages' Markdown, one document
        return {**{k: v for k, v in value.items() if k != "pages"},
                "markdown": "\n\n".join(page["markdown"] for page in value["pages"])}
    if is_channel_export(value):  # a messaging channel's export (Telegram Desktop): its posts, as articles
        return channel_export_records(value)
    if is_client_message(value):  # a channel's message as a client library dumps it (Telethon): a post
        return client_message_record(value)
    if is_caption_split(value):  # a captioning dataset's split file (Karpathy's): each image its picture
        return caption_split_records(value)
    if (articles := chunk_store_articles(value)) is not None:  # a retrieval store's chunks, joined by article
        return {"articles": articles}
    if is_component_tree(value):  # a page's components as its CMS exports them (AEM's model.json)
        return component_tree_record(value)
    if is_sveltekit_data(value):  # a SvelteKit page's data, flattened by devalue: its values put back in place
        return _unpacked(sveltekit_records(value), depth + 1)
    if is_notion_blocks(value):  # Notion's API list of a page's blocks: the HTML they render
        return notion_html(value)
    if is_ricos(value):  # a site builder's rich content (Wix's Ricos): the HTML it renders
        return ricos_html(value)
    if is_medium_body(value):  # a blog platform's body model (Medium's paragraphs): the HTML it renders
        return medium_html(value)
    if is_annotation_task(value):  # an annotation tool's image task: an accepted caption, or none
        return annotation_task_record(value)
    if is_interleaved(value):  # an interleaved web document (OBELICS): the page it was, as HTML
        return interleaved_record(value)
    if _iptc_numbered(value):  # a photo archive's IPTC fields by dataset number (Fotoware): by their names
        return {_IPTC_NAMES.get(k, k): _unpacked(v.get("value") if isinstance(v, dict) else v, depth + 1)
                for k, v in value.items()}
    if isinstance(value.get("wikitext"), str):  # a wiki's page source: the HTML its file links and paragraphs render
        return {**{k: _unpacked(v, depth + 1) for k, v in value.items() if k != "wikitext"},
                "html": wikitext_html(value["wikitext"], _file_addresses(value))}
    if _field_wrapper(value):  # a CMS field's value in its wrapper (Sitecore's {"value": ...}, Kontent.ai's
        return _unpacked(value["value"], depth + 1)  # {"type": "text", "name": ..., "value": ...})
    if (spans := _labelled_spans(value)) is not None:  # an annotation tool's text with its caption spans
        return {**{k: v for k, v in value.items() if k not in _SPAN_KEYS}, "images": spans}
    if _coco(value):  # a COCO-style captions file: each image with its captions, under its article where named
        return _unpacked(_coco_joined(value), depth + 1)
    if _editor_state(value):  # a rich-text editor's document (Lexical, ProseMirror/TipTap): the HTML it renders
        return _editor_html(value.get("root", value), depth + 1)
    if "$values" in value and set(value) <= {"$id", "$values"}:  # .NET's preserved references: {"$id", "$values"}
        return _unpacked(value["$values"], depth + 1)
    if (nested := _nested(value)) is not None:  # a loader's flattened fields ("image__url", "image__caption")
        value = nested
    if sum(isinstance(v, str) and _MULTI_JOIN in v for v in value.values()) >= _MULTI_JOINED_FIELDS:
        # a crawler that joins a field's several values with "@@" (advertools' crawl): each such field a list
        value = {k: v.split(_MULTI_JOIN) if isinstance(v, str) and _MULTI_JOIN in v else v for k, v in value.items()}
    if _pascal_cased(value):  # a .NET object's properties ("Title", "Images", "Caption"): named as the readers know
        value = {k[:1].lower() + k[1:]: v for k, v in value.items()}
    elif _upper_cased(value):  # a PHP CMS's or a SQL database's names in capitals ("DETAIL_PICTURE", "SRC")
        value = {k.lower() if isinstance(k, str) else k: v for k, v in value.items()}
    if _sheet(value):  # a spreadsheet's rows under its header row (the Google Sheets API's "values")
        header, *rows = value["values"]
        return {"rows": [_unpacked(dict(zip(header, row)), depth + 1) for row in rows]}
    if (rows := _column_rows(value)) is not None:  # a warehouse's rows as arrays beside their columns' names
        return {"rows": [_unpacked(row, depth + 1) for row in rows]}
    if _schema_rows(value):  # a warehouse's rows as cells in schema order (BigQuery's REST "f"/"v"): by their names
        return {"rows": [_unpacked(_row_record(row, value["schema"]["fields"]), depth + 1) for row in value["rows"]]}
    if _split_table(value):  # pandas' to_json(orient="split"): columns, index, data; Datasette's columns and rows
        return {"rows": [_unpacked(dict(zip(value["columns"], row)), depth + 1) for row in _table_rows(value)]}
    if _columns(value):  # a table kept column by column (a dict of lists, pandas' orient="list")
        n = len(next(iter(value.values())))
        return {"rows": [_unpacked({k: v[i] for k, v in value.items()}, depth + 1) for i in range(n)]}
    if len(value) == 1:
        (key, inner), = value.items()
        if isinstance(key, str) and _REGIONAL_LOCALE.match(key):  # a field kept per locale, one given: its value
            return _unpacked(inner, depth + 1)  # (Contentful's {"it-IT": ...})
        kind = _TYPED.get(key)
        if kind == "map" and isinstance(inner, dict) or kind == "list" and isinstance(inner, list):
            return _unpacked(inner, depth + 1)
        if kind == "fields" and isinstance(inner, dict):
            return _unpacked(inner.get("fields", {}), depth + 1)
        if kind == "array" and isinstance(inner, dict):
            return _unpacked(inner.get("values", []), depth + 1)
        if kind == "s" and not isinstance(inner, (dict, list)):
            return _unpacked(inner, depth + 1) if isinstance(inner, str) else inner  # (JSON kept in a typed text)
        if kind == "null":
            return None
    out = {k: _unpacked(v, depth + 1) for k, v in value.items()}
    if isinstance(out.get("contentFields"), dict):  # (a structured content's named fields are its own: Liferay's)
        out = {**{k: v for k, v in out.items() if k != "contentFields"}, **out["contentFields"]}
    return out


_RICH_KEYS = frozenset(("type", "text", "spans", "direction", "subtype", "formatting", "level"))
_RICH_TAG = re.compile(r"^(?:heading([1-6])|paragraph|preformatted|o?-?list-item|text)$")


def _model_answer(items: list, depth: int) -> object | None:
    """A language model's reply as its API keeps it, parts of text ([{"type": "text", "text": "{...}"}]), whose text is
    a JSON object or array (fenced or not): that value, read as a record's; None for a reply in words."""
    if not items or not all(isinstance(x, dict) and x.get("type") in ("text", "output_text")
                            and isinstance(x.get("text"), str) for x in items):
        return None
    value = _unpacked("".join(x["text"] for x in items), depth + 1)
    return value if isinstance(value, (dict, list)) else None


def _rich_text(items: list) -> bool:
    """Rich text kept as a list of text nodes ({"type": "paragraph", "text": ..., "spans": [...]}), nothing else."""
    return bool(items) and all(isinstance(x, dict) and isinstance(x.get("text"), str) and isinstance(x.get("type"), str)
                               and _RICH_TAG.match(x["type"]) and set(x) <= _RICH_KEYS for x in items)


def _rich_html(item: dict) -> str:
    m = _RICH_TAG.match(item["type"])
    tag = f"h{m.group(1)}" if m.group(1) else "li" if "list" in item["type"] else "p"
    return f"<{tag}>{html.escape(item['text'], quote=False)}</{tag}>"


def resolved(value: object) -> object:
    """A document whose objects link to others by id, as CMS exports keep them (Sanity's {"_ref": id}, Contentful's
    {"sys": {"type": "Link", "id": id}}, a body's <x-enhancement data-ref="id"> placeholder for a picture), with
    each link replaced by the object it names, found among the document's own collections (`references`,
    `includes`, `entries`, `assets`, ...). An object linked to that holds no story of its own (a captioned
    picture's entry, an author) is then part of what links to it, not a record: it leaves its collection."""
    if not isinstance(value, dict):
        return value
    index = _linkable(value)
    if not index:  # the collections one level down, in an API's envelope ({"result": {"items", "includes"}})
        key = next((k for k in WRAPPER_KEYS if isinstance(value.get(k), dict) and _linkable(value[k])), None)
        return value if key is None else {**value, key: resolved(value[key])}
    linked: set = set()
    out = {key: _linked(inner, index, linked, 0) for key, inner in value.items()}
    for key, inner in out.items():
        if isinstance(inner, list):
            out[key] = [x for x in inner if not (isinstance(x, dict) and _ident(x) in linked and not _storied(x))]
    return out


def _ident(obj: dict) -> str | None:
    sys = obj.get("sys")
    if isinstance(sys, dict) and sys.get("type") in ("Entry", "Asset") and isinstance(sys.get("id"), str):
        return sys["id"]
    system = obj.get("system")  # Kontent.ai's items and components, named by their codename
    if isinstance(system, dict) and isinstance(system.get("codename"), str):
        return system["codename"]
    ident = obj.get("_id")
    return ident if isinstance(ident, str) else None


_INCLUDED = ("included", "includes", "linked")  # where an API sideloads what its items link to by plain id


def _linkable(doc: dict) -> dict:
    """The document's objects that links can name: those of its collections (lists, or maps of id or of kind to
    lists), by `_id` or Contentful's sys.id; those an API sideloads (`included`), by their plain `id`."""
    index: dict = {}
    for key, inner in doc.items():
        groups = [inner] if isinstance(inner, list) else list(inner.values()) if isinstance(inner, dict) else []
        for group in groups:
            for obj in group if isinstance(group, list) else [group]:
                if isinstance(obj, dict) and (ident := _ident(obj)) is not None:
                    index.setdefault(ident, obj)
                elif isinstance(obj, dict) and key in _INCLUDED and isinstance(obj.get("id"), (str, int)):
                    index.setdefault(str(obj["id"]), obj)
        if key in _INCLUDED and isinstance(inner, dict):  # sideloaded as a map of id to object
            index.update((str(k), v) for k, v in inner.items() if isinstance(v, dict) and str(k) not in index)
    return index


_LINK_KEYS = frozenset(("id", "type", "rel"))


def _link(obj: dict) -> str | None:
    ref = obj.get("_ref")
    if isinstance(ref, str) and set(obj) <= {"_ref", "_type", "_key", "_weak"}:
        return ref
    ident = obj.get("id")
    if isinstance(ident, (str, int)) and (obj.get("rel") == "related" or set(obj) <= _LINK_KEYS):
        # an Atom-style related link, a JSON:API resource identifier or a link by relation ({"id", "rel":
        # "mainPicture"}), to a sideloaded object
        return str(ident)
    sys = obj.get("sys")
    if len(obj) == 1 and isinstance(sys, dict) and sys.get("type") == "Link" and sys.get("linkType") in (
            "Entry", "Asset", None) and isinstance(sys.get("id"), str):
        return sys["id"]
    return None


_PLACEHOLDER = re.compile(r'<(?P<tag>[a-z][\w-]*)\b[^>]*?\bdata-(?:ref|id|embed-id|entity-id|codename)="(?P<id>[^"]+)"'
                          r'[^>]*>'
                          r'(?:\s*</(?P=tag)>)?')


def _linked(value: object, index: dict, linked: set, depth: int) -> object:
    if depth > 24:
        return value
    if isinstance(value, list):
        return [_linked(v, index, linked, depth + 1) for v in value]
    if isinstance(value, str):
        return _PLACEHOLDER.sub(lambda m: _placeholder(m, index, linked, depth), value) if "data-" in value else value
    if not isinstance(value, dict):
        return value
    ref = _link(value)
    if ref is not None and ref in index:
        linked.add(ref)
        return _linked(index[ref], index, linked, depth + 1)
    return {k: _linked(v, index, linked, depth + 1) for k, v in value.items()}


def _placeholder(m: re.Match, index: dict, linked: set, depth: int) -> str:
    """A body's placeholder for a linked picture, as the figure it stands for."""
    target = index.get(m.group("id"))
    if not isinstance(target, dict) or _storied(target):
        return m.group(0)  # (a link to another story, not a picture it holds)
    linked.add(m.group("id"))
    target = _linked(target, index, linked, depth + 1)
    for key in ("fields", "elements", "attributes"):  # the component's own fields, where its CMS keeps them
        if isinstance(target.get(key), dict):
            target = {**target, **target[key]}
    return _editor_figure({"value": target}, depth)


def _storied(obj: dict) -> bool:
    """An object with a story of its own: a body longer than a caption."""
    from .body import _body  # (imported here: body reads blocks with pictures.py, which this module also uses)
    body = _body(obj)
    return body is not None and len(body[1]) > _STORY_CHARS


_STORY_CHARS = 200


# the kinds of a Kontent.ai element, which wraps its value with its type and display name
_ELEMENT_TYPES = frozenset(("text", "rich_text", "asset", "number", "date_time", "multiple_choice", "modular_content",
                            "taxonomy", "url_slug", "custom"))


# IPTC IIM datasets (record 2) as a photo archive keys them by number: caption/abstract, by-line, credit, copyright
# notice, headline, object name
_IPTC_NAMES = {"120": "caption", "80": "photographer", "110": "credit", "116": "copyright", "105": "headline",
               "5": "object_name"}


def _iptc_numbered(value: dict) -> bool:
    return len(value) >= 2 and all(isinstance(k, str) and k.isdigit() for k in value) \
        and ("120" in value or "80" in value) and all(isinstance(v, dict) and "value" in v for v in value.values())


_FIELD_META = frozenset(("name", "label", "dataType", "type", "repeatable", "localizable", "inputControl",
                         "nestedContentFields", "contentFieldValue", "value"))


def _named_fields(items: list) -> dict | None:
    """A CMS's fields kept as a list of named values (Liferay's contentFields: {name, label, dataType,
    contentFieldValue: {data | image | ...}, nestedContentFields}) as one object by name: a field repeated gives a
    list, a field of nested fields an object of them. None for any other list."""
    if len(items) < 2 or not all(isinstance(i, dict) and isinstance(i.get("name"), str) and set(i) <= _FIELD_META
                                 and ("contentFieldValue" in i or "nestedContentFields" in i) for i in items):
        return None
    out: dict = {}
    for item in items:
        holder = item.get("contentFieldValue") if isinstance(item.get("contentFieldValue"), dict) else {}
        value = next((v for v in holder.values() if v not in (None, "", {}, [])), None)
        nested = item.get("nestedContentFields")
        if value is None and isinstance(nested, list) and nested:
            value = _named_fields(nested) or {}
        if item["name"] in out:
            previous = out[item["name"]]
            out[item["name"]] = (previous if isinstance(previous, list) else [previous]) + [value]
        else:
            out[item["name"]] = [value] if item.get("repeatable") and isinstance(value, dict) else value
    return out


_DRUPAL_FIELD_KEYS = frozenset(("value", "format", "processed", "summary", "langcode"))


def _drupal_field(value: object) -> bool:
    """One value of a Drupal field as its core REST API writes every field: {"value": ...} (a formatted text also
    with "format", "processed" and "summary")."""
    return isinstance(value, dict) and "value" in value and set(value) <= _DRUPAL_FIELD_KEYS \
        and not isinstance(value["value"], (dict, list))


def _field_wrapper(value: dict) -> bool:
    keys = set(value)
    if "value" not in keys:
        return False
    if keys <= {"value", "editable"} or keys == {"value", "propertyDataType"}:  # Sitecore's, Optimizely's fields
        return True
    return keys <= {"type", "name", "value", "images", "links", "modular_content"} and "name" in keys \
        and value.get("type") in _ELEMENT_TYPES


_SPAN_KEYS = ("label", "labels", "entities", "spans")


def _labelled_spans(value: dict) -> list[dict] | None:
    """A text annotated with spans, as annotation tools export it (doccano's "label": [[start, end, "CAPTION"]],
    its newer "entities": [{start_offset, end_offset, label}]): the spans labelled as captions, each with the credit
    span right after it, as pictures without an address; None where the object is no such text."""
    text = value.get("text")
    raw = next((value[k] for k in _SPAN_KEYS if isinstance(value.get(k), list) and value[k]), None)
    if not isinstance(text, str) or raw is None:
        return None
    spans = []
    for span in raw:
        if isinstance(span, list) and len(span) == 3 and all(isinstance(x, int) for x in span[:2]):
            spans.append((span[0], span[1], str(span[2])))
        elif isinstance(span, dict) and isinstance(span.get("start_offset"), int):
            spans.append((span["start_offset"], span.get("end_offset", span["start_offset"]), str(span.get("label"))))
        else:
            return None
    spans.sort()
    out = []
    for n, (start, end, label) in enumerate(spans):
        if not _CAPTION_NAME.search(label) or not text[start:end].strip():
            continue
        after = spans[n + 1] if n + 1 < len(spans) else None
        credit = text[after[0]:after[1]].strip() if after and _CREDIT_NAME.search(after[2]) \
            and not text[end:after[0]].strip() else None
        out.append({k: v for k, v in (("caption", text[start:end].strip()), ("credit", credit),
                                      ("paragraph", text[:start].count("\n\n"))) if v is not None})
    return out if out else None


# a file link in any wiki's language: [[File:x.jpg|thumb|caption]], [[Archivo:...]], [[Datei:...]], [[ファイル:...]]
_WIKI_FILE = re.compile(r"\[\[\s*[^\[\]|:]{2,24}:\s*(?P<name>[^\[\]|]+?\.(?:jpe?g|png|gif|webp|svg|tiff?))\s*(?:\|)?",
                        re.I)
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?(?P<text>[^\[\]|]*)\]\]")
_WIKI_OPTION = re.compile(r"^(?:\w+px|x?\d+px|upright(?:=[\d.]+)?|alt=.*|link=.*|page=\d+|[^\s=]{3,24})$")
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")


def _file_addresses(record: dict) -> dict[str, str]:
    """File name -> address, from the record's lists of file objects (a dump script's {archivo, url})."""
    out: dict[str, str] = {}
    for value in record.values():
        for item in value if isinstance(value, list) else []:
            if isinstance(item, dict) and (address := _address(item)):
                for name in item.values():
                    if isinstance(name, str) and name != address and not name.startswith(("http:", "https:")):
                        out.setdefault(name.replace(" ", "_"), address)
    return out


def wikitext_html(text: str, addresses: dict[str, str] | None = None) -> str:
    """A wiki page's source as HTML: each file link a figure (its last part that is no layout word its caption;
    its address from `addresses` where the record names the file's), links as their text, templates and categories
    dropped, blank-line paragraphs."""
    out = []
    for block in re.split(r"\n\s*\n", _WIKI_TEMPLATE.sub("", text)):
        html_block, rest, pos = [], block, 0
        while (m := _WIKI_FILE.search(rest, pos)) is not None:
            end = _closing(rest, m.start())
            html_block.append(_wiki_inline(rest[pos:m.start()]))
            parts = _split_top(rest[m.end():end - 2])
            caption = parts[-1] if parts and not _WIKI_OPTION.match(parts[-1].strip()) else ""
            alt = next((p[4:] for p in parts if p.startswith("alt=")), "")
            name = m.group("name").strip()
            src = (addresses or {}).get(name.replace(" ", "_"), name)
            html_block.append(f'<figure><img src="{html.escape(src)}" alt="{html.escape(alt)}">'
                              + (f"<figcaption>{_wiki_inline(caption)}</figcaption>" if caption.strip() else "")
                              + "</figure>")
            pos = end
        tail = _wiki_inline(rest[pos:]).strip()
        body = "".join(html_block)
        out.append(body + (f"<p>{tail}</p>" if tail else ""))
    return "".join(out)


def _closing(text: str, start: int) -> int:
    """The index after the ]] that closes the [[ at start (links nest inside a file's caption)."""
    depth, i = 0, start
    while i < len(text) - 1:
        pair = text[i:i + 2]
        if pair == "[[":
            depth, i = depth + 1, i + 2
            continue
        if pair == "]]":
            depth, i = depth - 1, i + 2
            if depth == 0:
                return i
            continue
        i += 1
    return len(text)


def _split_top(text: str) -> list[str]:
    """A file link's parts, split at the bars outside nested links."""
    parts, depth, current = [], 0, ""
    for i, ch in enumerate(text):
        if text.startswith("[[", i):
            depth += 1
        elif text.startswith("]]", i) and depth:
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return parts + [current]


def _wiki_inline(text: str) -> str:
    text = re.sub(r"\[\[[^\[\]:]{2,24}:[^\[\]]*\]\]", "", text)  # categories and other namespaced links
    while _WIKI_LINK.search(text):
        text = _WIKI_LINK.sub(lambda m: m.group("text"), text)
    text = re.sub(r"'{2,}", "", text)
    return html.escape(text.strip(), quote=False)


def _coco(value: dict) -> bool:
    """COCO captions' layout: `images` ({id, file_name, ...}) and `annotations` ({image_id, caption}) apart."""
    images, notes = value.get("images"), value.get("annotations")
    return isinstance(images, list) and isinstance(notes, list) and bool(notes) \
        and all(isinstance(i, dict) and "id" in i for i in images) \
        and all(isinstance(n, dict) and "image_id" in n and isinstance(n.get("caption"), str) for n in notes)


def _coco_joined(value: dict) -> dict | list:
    """Each image given its first caption (a captioning set may keep several: the first is read, as a page shows
    one); images grouped under the articles a team's `articles` list names by `article_id`, else a list of the
    captioned images, each a record."""
    captions: dict = {}
    for note in value["annotations"]:
        captions.setdefault(note["image_id"], note["caption"])
    images = [dict(image, caption=captions[image["id"]]) if image["id"] in captions else image
              for image in value["images"]]
    articles = value.get("articles")
    if isinstance(articles, list) and articles and all(isinstance(a, dict) and "id" in a for a in articles):
        by_article: dict = {}
        for image in images:
            by_article.setdefault(image.get("article_id"), []).append(image)
        return {"articles": [dict(article, images=by_article.get(article["id"], [])) for article in articles]}
    return [image for image in images if "caption" in image]  # each captioned picture a record of its own


def _editor_state(value: dict) -> bool:
    """A rich-text editor's saved document: Lexical's {"root": {"type": "root", "children": [...]}}, ProseMirror's
    and TipTap's {"type": "doc", "content": [...]}, Contentful's {"nodeType": "document", "content": [...]}."""
    root = value.get("root")
    if isinstance(root, dict) and root.get("type") == "root" and isinstance(root.get("children"), list):
        return True
    return value.get("type") == "doc" and isinstance(value.get("content"), list) \
        or value.get("nodeType") == "document" and isinstance(value.get("content"), list)  # Contentful's rich text


# HTML elements a scraping tool writes as JSON: pup's `json{}` ({"tag", "class", "src", "text", "children"}) and
# html-to-JSON parsers' ({"type": "element", "tagName", "attributes": [{"key", "value"}], "children"})
_HTML_TAGS = frozenset((
    "html", "body", "article", "section", "main", "header", "footer", "aside", "nav", "div", "span", "p", "a", "img",
    "picture", "source", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "i",
    "strong", "b", "small", "cite", "br", "blockquote", "time", "table", "tr", "td", "th", "tbody", "thead", "caption",
    "noscript", "amp-img", "u", "sup", "sub", "mark", "q", "pre", "code", "hr", "dl", "dt", "dd", "address", "label"))
_VOID_TAGS = frozenset(("img", "source", "br", "hr"))
_NODE_KEYS = frozenset(("tag", "tagName", "text", "children", "type", "attributes", "attrs", "content"))


def _markup_node(value: object) -> bool:
    """An HTML element kept as JSON: its tag name an HTML element's, and children or text of its own (an empty
    element only if void: an img); never an object with a story's own fields (a record tagged "article")."""
    if not isinstance(value, dict):
        return False
    tag = value.get("tag") if "tag" in value else value.get("tagName") if value.get("type") == "element" else None
    return isinstance(tag, str) and tag.lower() in _HTML_TAGS and _STORY_FIELDS.isdisjoint(value) \
        and (isinstance(value.get("children"), list) or isinstance(value.get("text"), str)
             or tag.lower() in _VOID_TAGS)


def _attrs_html(attrs: dict[str, str]) -> str:
    """An element's attributes as HTML writes them; a name no attribute could have is left out."""
    return "".join(f' {html.escape(k)}="{html.escape(v)}"' for k, v in attrs.items()
                   if re.fullmatch(r"[A-Za-z_:][-\w:.]*", k))


_TAG_ROWS_MIN = 3


def _tag_row(value: object) -> bool:
    return isinstance(value, list) and len(value) >= 2 and isinstance(value[0], str) and value[0].lower() in _HTML_TAGS


def _tag_row_html(row: object, depth: int) -> str:
    """An element written as an array: its tag, its attributes (an object, JsonML's) or for a picture its address
    and alt text, then its text and child elements."""
    if isinstance(row, str):
        return html.escape(row, quote=False)
    if not _tag_row(row) or depth > 48:
        return ""
    tag, rest = row[0].lower(), row[1:]
    attrs = {k: str(v) for k, v in rest[0].items() if isinstance(v, (str, int))} if isinstance(rest[0], dict) else {}
    rest = rest[1:] if isinstance(rest[0], dict) else rest
    if tag in _VOID_TAGS and not attrs:
        words = [r for r in rest if isinstance(r, str)]
        attrs = {"src": words[0]} | ({"alt": words[1]} if len(words) > 1 else {}) if words else {}
        rest = []
    attrs_html = _attrs_html(attrs)
    if tag in _VOID_TAGS:
        return f"<{tag}{attrs_html}>"
    return f"<{tag}{attrs_html}>" + " ".join(_tag_row_html(r, depth + 1) for r in rest) + f"</{tag}>"


_STORY_FIELDS = frozenset(("body", "html", "headline", "articleBody", "paragraphs", "images", "url", "link"))


def _node_html(node: object, depth: int) -> str:
    """An element kept as JSON, and its children, as the HTML it was; a text node as its text."""
    if isinstance(node, str):
        return html.escape(node, quote=False)
    if not isinstance(node, dict) or depth > 48:
        return ""
    if node.get("type") == "text":
        return html.escape(str(node.get("content") or node.get("text") or ""), quote=False)
    if not _markup_node(node):
        return ""
    tag = str(node.get("tag") or node.get("tagName")).lower()
    attrs = {k: v for k, v in node.items() if k not in _NODE_KEYS and isinstance(v, str)}
    if isinstance(node.get("attributes"), list):
        attrs.update({str(a["key"]): str(a.get("value") or "") for a in node["attributes"]
                      if isinstance(a, dict) and a.get("key")})
    for named in ("attrs", "attributes"):  # an object of them (Telegraph's Node, a DOM walk's dump)
        if isinstance(node.get(named), dict):
            attrs.update({str(k): str(v) for k, v in node[named].items() if isinstance(v, (str, int))})
    attrs_html = _attrs_html(attrs)
    if tag in _VOID_TAGS:
        return f"<{tag}{attrs_html}>"
    text = html.escape(node["text"], quote=False) if isinstance(node.get("text"), str) else ""
    children = "".join(_node_html(c, depth + 1) for c in node.get("children") or [] if isinstance(c, (dict, str)))
    gap = " " if text and children else ""  # (pup keeps an element's own text apart from its children's)
    return f"<{tag}{attrs_html}>{text}{gap}{children}</{tag}>"


_EDITOR_TAGS = {"paragraph": "p", "quote": "blockquote", "blockquote": "blockquote", "listitem": "li",
                "listItem": "li", "list_item": "li", "list-item": "li", "bulletList": "ul", "bullet_list": "ul",
                "unordered-list": "ul", "orderedList": "ol", "ordered_list": "ol", "ordered-list": "ol",
                "codeBlock": "pre", "code": "pre"}
_EDITOR_HEADING = re.compile(r"heading-([1-6])")  # Contentful's "heading-2"


def _editor_html(node: object, depth: int) -> str:
    """One editor node as HTML: text with its links, paragraphs, headings, lists, quotes, line breaks, and a picture
    node (Lexical's `upload`, ProseMirror's `image`) as a figure with the caption and credit its media names."""
    if not isinstance(node, dict) or depth > 48:
        return ""
    kind = str(node.get("type") or node.get("nodeType") or "")
    if kind == "text":  # (Contentful's text node holds its text as "value")
        return html.escape(str(node.get("text", node.get("value", ""))), quote=False)
    if kind in ("linebreak", "hardBreak", "hard_break"):
        return "<br>"
    inner = "".join(_editor_html(child, depth + 1) for key in ("children", "content")
                    if isinstance(node.get(key), list) for child in node[key])
    if kind in ("embedded-asset-block", "embedded-entry-block") and (ref := _asset_link(node)) is not None:
        return f'<figure data-ref="{html.escape(ref)}"></figure>'  # (resolved() puts the linked asset here)
    if kind == "block" and (media := _block_media(node)) is not None:
        return _editor_figure({"value": media}, depth)  # Payload's media block in a Lexical document
    if kind in ("upload", "image", "figure", "embedded-asset-block"):
        # (a custom figure node's caption is its own text: Tiptap's; Contentful's asset, linked, is the target)
        return _editor_figure(node, depth, inner if kind == "figure" else "")
    if kind in ("link", "autolink", "hyperlink"):
        href = (node.get("fields") or {}).get("url") if isinstance(node.get("fields"), dict) else \
            (node.get("data") or {}).get("uri") if isinstance(node.get("data"), dict) else node.get("url")
        return f'<a href="{html.escape(str(href or ""))}">{inner}</a>'
    if m := _EDITOR_HEADING.fullmatch(kind):
        return f"<h{m.group(1)}>{inner}</h{m.group(1)}>"
    if kind in ("heading",):
        level = str(node.get("tag") or f"h{(node.get('attrs') or {}).get('level', 2)}")
        return f"<{level}>{inner}</{level}>" if re.fullmatch(r"h[1-6]", level) else f"<p>{inner}</p>"
    if kind == "list":
        tag = "ol" if node.get("listType") == "number" or node.get("tag") == "ol" else "ul"
        return f"<{tag}>{inner}</{tag}>"
    tag = _EDITOR_TAGS.get(kind)
    return f"<{tag}>{inner}</{tag}>" if tag else inner


def _editor_figure(node: dict, depth: int, shown: str = "") -> str:
    """A picture node as a figure; shown: the caption the node holds as its own content, rendered."""
    media = _unpacked(node.get("value") if isinstance(node.get("value"), dict) else node.get("attrs") or
                      _asset_fields(node), depth + 1)
    if not isinstance(media, dict):
        return ""
    src = next((media[k] for k in ("url", "src") if isinstance(media.get(k), str)), "") or _address(media) or ""
    strings = {k: v for k, v in media.items() if isinstance(k, str) and isinstance(v, str) and v.strip()}
    # (a media library's description is what the picture shows, its title the file's name, "firin", no caption:
    # Contentful's asset)
    title = strings.get("title", "")
    caption = shown or next((v for k, v in strings.items() if _CAPTION_NAME.search(k)), "") \
        or strings.get("description", "") or (title if " " in title.strip() else "")
    credit = next((v for k, v in strings.items() if _PHOTO_CREDIT_NAME.search(k)), "")
    alt = strings.get("alt", "")
    credit_html = f' <span class="credit">{html.escape(credit, quote=False)}</span>' if credit else ""
    caption_html = f"<figcaption>{_TAGS.sub('', caption)}{credit_html}</figcaption>" if caption or credit else ""
    return f'<figure><img src="{html.escape(src)}" alt="{html.escape(alt)}">{caption_html}</figure>'


def _block_media(node: dict) -> dict | None:
    """The media object a custom block of an editor's document holds among its fields (Payload's {"type": "block",
    "fields": {"blockType": "mediaBlock", "media": {"url", "caption", ...}}})."""
    fields = node.get("fields")
    if not isinstance(fields, dict):
        return None
    return next((v for v in fields.values() if isinstance(v, dict) and (a := _address(v)) and _IMAGE_FILE.search(a)),
                None)


def _asset_target(node: dict) -> dict | None:
    """What a Contentful node embeds: {"data": {"target": ...}}, a link or, resolved, the asset itself."""
    target = node.get("data", {}).get("target") if isinstance(node.get("data"), dict) else None
    return target if isinstance(target, dict) else None


def _asset_link(node: dict) -> str | None:
    """The id of the asset a Contentful node embeds by link ({"data": {"target": {"sys": {"type": "Link"}}}})."""
    target = _asset_target(node)
    return _link(target) if target is not None else None


def _asset_fields(node: dict) -> dict:
    """The fields of the asset a node embeds (Contentful's {"data": {"target": asset}}, its link resolved)."""
    fields = (_asset_target(node) or {}).get("fields")
    return fields if isinstance(fields, dict) else {}


_TAGS = re.compile(r"</?(?:p|div|span)\b[^>]*>")


def _split_table(value: dict) -> bool:
    """Rows under their column names: pandas' orient="split" (columns, index, data), a query tool's result
    (Datasette's columns and rows)."""
    columns, data = value.get("columns"), _table_rows(value)
    return isinstance(columns, list) and all(isinstance(c, str) for c in columns) and isinstance(data, list) \
        and bool(data) and all(isinstance(r, list) and len(r) == len(columns) for r in data)


def _table_rows(value: dict) -> object:
    return value.get("data") if "data" in value else value.get("rows")


def _columns(value: dict) -> bool:
    """Three or more fields, every one a list of the same length, two or more: one table's columns (an article's
    own lists side by side sit beside its title, a string)."""
    lengths = {len(v) if isinstance(v, list) else -1 for v in value.values()}
    return len(value) >= 3 and len(lengths) == 1 and min(lengths) >= 2


def _ocr_pages(value: dict) -> bool:
    pages = value.get("pages")
    return isinstance(pages, list) and bool(pages) and "markdown" not in value \
        and all(isinstance(p, dict) and isinstance(p.get("markdown"), str) and "index" in p for p in pages)


# where a warehouse's answer names its columns and keeps its rows as arrays of values in their order: Snowflake's
# SQL API (resultSetMetaData.rowType, data), Databricks' statements (manifest.schema.columns, result.data_array),
# Redshift's Data API (ColumnMetadata, Records of typed cells); a plain {"columns": [...], "rows": [[...]]} is
# _split_table's
_COLUMN_PATHS = (("resultSetMetaData", "rowType"), ("manifest", "schema", "columns"), ("schema", "columns"),
                 ("ColumnMetadata",))
_ROW_PATHS = (("data",), ("result", "data_array"), ("data_array",), ("Records",))


def _column_rows(value: dict) -> list[dict] | None:
    """The rows of a warehouse's answer as records named by its columns, or None where it is no such answer."""
    names = next((n for path in _COLUMN_PATHS if (n := _column_names(_at(value, path))) is not None), None)
    if names is None:
        return None
    rows = next((r for path in _ROW_PATHS if isinstance(r := _at(value, path), list) and r
                 and all(isinstance(x, list) and len(x) == len(names) for x in r)), None)
    return [dict(zip(names, row)) for row in rows] if rows is not None else None


def _at(value: object, path: tuple[str, ...]) -> object:
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _column_names(columns: object) -> list[str] | None:
    if not isinstance(columns, list) or not columns:
        return None
    names = [c.get("name") if isinstance(c, dict) else c for c in columns]
    return names if all(isinstance(n, str) and n for n in names) and len(set(names)) == len(names) else None


def _schema_rows(value: dict) -> bool:
    schema, rows = value.get("schema"), value.get("rows")
    return isinstance(schema, dict) and isinstance(schema.get("fields"), list) and isinstance(rows, list) \
        and bool(rows) and all(isinstance(r, dict) and isinstance(r.get("f"), list) for r in rows)


def _row_record(row: object, fields: list) -> object:
    """A row of cells ({"f": [{"v": ...}, ...]}) as {field name: value}, records and repeated fields within it
    read by their own fields."""
    cells = row.get("f") if isinstance(row, dict) else None
    if not isinstance(cells, list):
        return row
    return {f.get("name"): _cell_value(c.get("v") if isinstance(c, dict) else c, f)
            for f, c in zip(fields, cells) if isinstance(f, dict)}


def _cell_value(value: object, field: dict) -> object:
    if field.get("mode") == "REPEATED" and isinstance(value, list):
        one = {**field, "mode": "NULLABLE"}
        return [_cell_value(v.get("v") if isinstance(v, dict) and set(v) == {"v"} else v, one) for v in value]
    if field.get("type") in ("RECORD", "STRUCT") and isinstance(field.get("fields"), list):
        return _row_record(value, field["fields"])
    return value


def _sheet(value: dict) -> bool:
    rows = value.get("values")
    return isinstance(rows, list) and len(rows) >= 2 and all(isinstance(r, list) for r in rows) \
        and all(isinstance(h, str) for h in rows[0]) and len(set(rows[0])) == len(rows[0])


def _xml_shaped(value: object, depth: int = 0) -> bool:
    """An object converted from XML as xmltodict and its kind write it (attributes as "@name", text as "#text",
    an element of a feed's or sitemap's namespace as "image:loc"), or as xml2js does (attributes under "$", text
    under "_")."""
    if isinstance(value, dict):
        return any(isinstance(k, str) and (k.startswith("@") or k in _XML_TEXT_KEYS or _FEED_NAMESPACE.match(k))
                   for k in value) or depth < 4 and any(_xml_shaped(v, depth + 1) for v in value.values())
    if isinstance(value, list) and depth < 4:
        return any(_xml_shaped(v, depth + 1) for v in value[:3])
    return False


def _from_xml(value: object, depth: int = 0) -> object:
    """An XML-shaped object with the names its fields would have in JSON: "@url" is "url", "#text" "text", and
    "media:description" (an XML namespace's prefix) "description" where the plain name is not taken."""
    if depth > 64:
        return value
    if isinstance(value, list):
        return [_from_xml(v, depth + 1) for v in value]
    if not isinstance(value, dict):
        return value
    if "_text" in value or "_cdata" in value or isinstance(value.get("_attributes"), dict):
        value = _xml_js_element(value)
        if not isinstance(value, dict):
            return value
    out: dict = {}
    if isinstance(value.get("$"), dict):  # xml2js: the element's attributes under "$", its text under "_"
        value = {**value["$"], **{k: v for k, v in value.items() if k != "$"}}
        if "_" in value and "text" not in value:
            value["text"] = value.pop("_")
    for key, inner in value.items():
        if isinstance(key, str) and key.lstrip("@").split(":")[0] == "xmlns":
            continue  # a namespace's declaration ("xmlns:content": its URI) is no field of the record
        if isinstance(inner, list) and len(inner) == 1 and isinstance(inner[0], (str, dict)):
            inner = inner[0]  # xml2js keeps every child element in a list: one element is the element
        name = key.lstrip("@").replace("#text", "text") if isinstance(key, str) else key
        if isinstance(name, str) and ":" in name and name.split(":")[-1] not in value \
                and name.split(":")[0] not in _HEAD_META_PREFIXES:
            name = name.split(":")[-1]
            if name == "loc" and "url" not in value:  # a sitemap's <image:loc>: the picture's address
                name = "url"
            elif key == "content:encoded":  # a feed's full story, as HTML (RSS's content module)
                name = "content_html"
            elif key in ("media:content", "media:group") and "media" not in value:
                name = "media"  # Media RSS's pictures: the item's media, not its text ("content" is a story's)
        out.setdefault(name, _from_xml(inner, depth + 1))
    return out


_XML_TEXT_KEYS = ("#text", "$", "_text", "_cdata", "_attributes")


def _xml_js_element(value: dict) -> object:
    """xml-js's compact form of an element: its attributes under "_attributes", its text under "_text" or
    "_cdata" (a feed's HTML). An element of text alone is its text; else its attributes, children and text as
    fields."""
    text = value.get("_cdata", value.get("_text"))
    attrs = value.get("_attributes") if isinstance(value.get("_attributes"), dict) else {}
    rest = {k: v for k, v in value.items() if k not in ("_attributes", "_text", "_cdata")}
    if isinstance(text, str) and not attrs and not rest:
        return text
    out = {**attrs, **rest}
    if isinstance(text, str) and "text" not in out:
        out["text"] = text
    return out


# The namespaces of the elements a news sitemap or a feed adds (Google's image and news sitemaps, Media RSS, Dublin
# Core, RSS's content module): an object keyed "image:loc", "news:title" was converted from such XML. The meta
# names a page's head gives ("og:image", "twitter:card", "article:author") are no XML, and stay as they are.
_FEED_NAMESPACE = re.compile(r"^(?:image|news|media|video|dc|content):[a-z]")
_HEAD_META_PREFIXES = frozenset(("og", "twitter", "article", "fb", "al", "profile", "book", "music"))
