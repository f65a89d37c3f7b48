"""A JSON record's pictures: lists, maps, lists side by side, lead pictures, captioned objects under a CMS's own
names, and objects read by what they hold where their names are a crawler's own."""
from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from .fields import (
    SRCSET, ADDRESS_KEYS, ALT_KEYS, CAPTION_KEYS, CREDIT_KEYS, IMAGE_LIST_KEYS, LEAD_CAPTION_KEYS, LEAD_CREDIT_KEYS,
    LEAD_KEYS, META_KEYS, NOT_ARTICLE_KINDS, PICTURE_TYPES, _IMAGE_FILE, _KIND_KEYS, _MIME_KEYS, _WORD, _address,
    _caption_of, _area, _credit_of, _image_address, _UNSPACED_SCRIPT, _holder, _kind, _looks_like_address, _picture,
    _plain, _string)


def _pictures(obj: dict) -> tuple[object, list[dict]]:
    """(every picture the record lists, the captioned lead pictures alone). A record whose body is HTML keeps
    the second: its page names its own pictures. A list field that holds no list is handed on as it is, for
    extract/listed.py to reject it by its type."""
    listed: object = _parallel(obj) or _numbered(obj) or _meta_parallel(obj) or []
    fallback: object = None
    for key in IMAGE_LIST_KEYS if not listed else ():
        value = obj.get(key)
        if isinstance(value, dict) and isinstance(value.get("images"), list):  # crawl4ai's media: {images, videos}
            value = value["images"]
        if value is None or value == [] or value == {}:
            continue
        items = _items(value)
        # (a list with captions wins over an earlier one without: Scrapy's ImagesPipeline results under "images"
        # beside the spider's own captioned "figures")
        if _captioned(items):
            listed = items
            break
        fallback = items if fallback is None else fallback
    listed = listed or (fallback if fallback is not None else [])
    leads = _distinct([lead for lead in (_lead(obj), *_featured(obj), *_named_captions(obj)) if lead is not None])
    if leads and _furniture_kind(_strings(obj)):
        leads = []  # a joined row whose picture is the author's portrait or an ad ("photo_kind": "avtor")
    if not isinstance(listed, list):
        return (listed if not leads else [dict(lead, paragraph=0) for lead in leads]), _leading(leads, True)
    by_url = {item["url"]: item for item in listed if isinstance(item, dict) and isinstance(item.get("url"), str)}
    for lead in leads:  # the lead listed again among the pictures, without its caption: the lead's caption is its
        twin = by_url.get(lead.get("url"))
        if twin is not None and not twin.get("caption") and lead.get("caption"):
            by_url[lead["url"]] = listed[listed.index(twin)] = {"paragraph": 0, **twin, **lead}
    leads = [lead for lead in leads if not lead.get("url") or lead["url"] not in by_url]
    return _leading(leads, False) + listed, _leading(leads, True)


_LIST_OF_ADDRESSES = re.compile(r"(?:image|photo|img|picture|media)s?_?(?:url|src|path|link)", re.I)
_JOINED = "|"  # a script's way to keep a list in one text column: "a.jpg|b.jpg", "caption one|caption two"


def _parallel(obj: dict) -> list[dict] | None:
    """Pictures kept as lists side by side (a spider's `image_urls`, `image_captions`, `image_credits`), read
    item by item in step."""
    def strings(value: object) -> bool:
        return isinstance(value, list) and bool(value) and all(v is None or isinstance(v, str) for v in value)

    keys = [k for k in obj if isinstance(k, str)]
    named = next((k for k in keys if _CAPTION_NAME.search(k) and strings(obj[k])), None)
    if named is None:
        return _joined(obj) or _keyed_by_picture(obj)
    captions = obj[named]

    def step(candidates: list[str], named_for: re.Pattern | None = None) -> list:
        """The list that goes with the captions: one as long as they are, named like them ("figure.img.src"
        beside "figure.caption", not the page's "og:image"; "fig_img" beside "fig_caption", not the page's every
        "img_src"), then one whose name says what it holds, else the first."""
        return obj[max(candidates, key=lambda k: (len(obj[k]) == len(captions), _shared_prefix(k, named),
                                                  bool(named_for and named_for.search(k))), default=None)] \
            if candidates else []

    addresses = step([k for k in keys if strings(obj[k]) and (_LIST_OF_ADDRESSES.search(k) or any(obj[k]) and all(
        _image_address(v) for v in obj[k] if v))], _LIST_OF_ADDRESSES)
    credits = step([k for k in keys if _CREDIT_NAME.search(k) and not _STORY_BYLINE.match(k) and k != named
                    and strings(obj[k]) and obj[k] is not addresses and not all(map(_image_address, obj[k]))])
    out = []
    for i in range(max(len(captions), len(addresses))):
        caption, credit = _caption_markup(captions[i]) if i < len(captions) and captions[i] else (None, None)
        item = {"url": addresses[i] if i < len(addresses) else None, "caption": caption,
                "credit": _plain(credits[i]) if i < len(credits) and credits[i] else credit}
        out.append({k: v for k, v in item.items() if v})
    return [item for item in out if item] or None


_STORY_BYLINE = re.compile(r"^(?:authors?|autor(?:es|en)?|auteurs?|byline|creators?|writers?)$", re.I)  # the story's


def _keyed_by_picture(obj: dict) -> list[dict] | None:
    """Pictures listed by address, their captions and credits in maps keyed by each picture's place in the list
    ({"0": ...}) or by its file name ({"ratu.jpg": ...}), as a script's dicts keep them: the map whose texts read
    as captions (the most words, unless one's name says caption) gives the captions, the one whose name says credit
    (else the other map) the credits."""
    addresses = next((v for v in obj.values() if isinstance(v, list) and v and all(
        isinstance(a, str) and _image_address(a) for a in v)), None)
    if addresses is None:
        return None
    names = [a.strip().rsplit("/", 1)[-1].split("?")[0] for a in addresses]

    def aligned(value: object) -> list | None:
        if not isinstance(value, dict) or not value or not all(isinstance(v, str) for v in value.values()):
            return None
        keys = {str(k) for k in value}
        if not keys <= {str(i) for i in range(len(addresses))} | set(names):
            return None
        return [value.get(str(i)) or value.get(n) for i, n in enumerate(names)]

    maps = [(k, texts) for k, v in obj.items() if isinstance(k, str) and (texts := aligned(v)) is not None]
    if not maps:
        return None
    words = {k: sum(len((t or "").split()) for t in texts) for k, texts in maps}
    credit_key = next((k for k, _ in maps if _CREDIT_NAME.search(k)), None)
    caption_key = next((k for k, _ in maps if _CAPTION_NAME.search(k)), None) or max(
        (k for k, _ in maps if k != credit_key), key=lambda k: words[k], default=None)
    if caption_key is None:
        return None
    if credit_key is None:
        credit_key = next((k for k, _ in maps if k != caption_key), None)
    captions, credits = dict(maps)[caption_key], dict(maps).get(credit_key, [None] * len(addresses))
    out = [{k: v for k, v in (("url", a.strip()), ("caption", _plain(c) if c else None),
                              ("credit", _plain(cr) if cr else None)) if v}
           for a, c, cr in zip(addresses, captions, credits)]
    return out if any("caption" in item for item in out) else None


def _shared_prefix(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def _meta_parallel(obj: dict) -> list[dict] | None:
    """Lists side by side in the object a crawler keeps beside the body for the page's fields, each field a list
    of values (a committer's `metadata`: {"figure.img.src": [...], "figure.caption": [...]})."""
    return next((found for key in META_KEYS if isinstance(obj.get(key), dict) and (found := _parallel(obj[key]))),
                None)


_NUMBER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def _numbered(obj: dict) -> list[dict] | None:
    """Pictures kept as numbered columns, as a spreadsheet keeps them ("Photo 1 URL", "Photo 1 caption", "Légende
    photo 1", "Crédit photo 1"): for each number, the column holding an image (an address, or an attachment
    object), the one whose name says caption and the one whose name says credit."""
    groups: dict[str, dict] = {}
    for key, value in obj.items():
        m = _NUMBER.search(key) if isinstance(key, str) else None
        if m is not None:
            groups.setdefault(m.group(1), {})[key] = value
    out = []
    for number in sorted(groups, key=int):
        fields = groups[number]
        caption = next((v for k, v in fields.items() if _CAPTION_NAME.search(k) and isinstance(v, str) and v.strip()),
                       None)
        address = next((v.strip() for v in fields.values() if _image_address(v)), None) or next(
            (_address(a) for v in fields.values() for a in (v if isinstance(v, list) else [v])
             if isinstance(a, dict) and _address(a)), None)
        if caption is None or address is None:
            continue
        credit = next((v for k, v in fields.items() if _CREDIT_NAME.search(k) and isinstance(v, str) and v.strip()),
                      None)
        out.append({k: v for k, v in (("url", address), ("caption", _plain(caption)),
                                      ("credit", _plain(credit) if credit else None), ("_named", True)) if v})
    return out or None


def _joined(obj: dict) -> list[dict] | None:
    """Pictures kept as texts joined by a bar, in step: image files in one field, captions in a field whose name
    says caption, credits in one whose name says credit."""
    fields = {k: v.split(_JOINED) for k, v in obj.items() if isinstance(k, str) and isinstance(v, str) and _JOINED in v}
    addresses = next((v for v in fields.values() if all(_image_address(a.strip()) for a in v)), None)
    captions = next((v for k, v in fields.items() if _CAPTION_NAME.search(k)), None)
    if not addresses or not captions or len(addresses) != len(captions):
        return None
    credits = next((v for k, v in fields.items() if _CREDIT_NAME.search(k) and len(v) == len(addresses)), None)
    # (named: a field whose name says caption holds them, so a record with an HTML body keeps them too)
    return [{k: v for k, v in (("url", a.strip()), ("caption", _plain(c)),
                               ("credit", _plain(credits[i]) if credits else None), ("_named", bool(c.strip()))) if v}
            for i, (a, c) in enumerate(zip(addresses, captions))]


# keys whose objects hold other stories, people or the site, never this story's pictures
NOT_THIS_STORY = re.compile(r"related|recommend|similar|teaser|popular|trending|author|avatar|logo|sponsor|advert|promo"
                            # related stories in other languages (relacionadas, correlati, verwandte, terkait, ...)
                            r"|relacionad|correlat|verwandt|connexe|terkait|ilgili|kanren|関連|相关|相關|관련"
                            # the writer in other languages (forfattar, författare, auteur, yazar, szerző, ...)
                            r"|forfatt|författ|auteur|autore|^autor|yazar|avtor|szerz|kirjoittaja|toimittaja"
                            r"|skriuwer|schrijver"
                             r"|^ads?$|more_?stories|^next|^prev|comment|^site$|publisher|newsletter"
                            # the page's social cards: their description is the story's summary, no caption
                            r"|^og$|^twitter$|open_?graph|social_?card", re.I)
WALK_CAPTION_KEYS = ("caption", "captionText", "caption_text", "image_caption", "legend", "figcaption", "cutline",
                     "descriptions", "description", "description_text")  # (ninjs 1.x and Superdesk's)
_WALK_DEPTH = 10


_NOT_THIS_STORYS_HOLDERS = NOT_ARTICLE_KINDS | {"organization", "organisation", "newsmediaorganization", "brand"}


def _elsewhere(obj: dict, found: list, skip: set[int]) -> list[dict]:
    """Captioned pictures a record keeps under its own field names (a CMS's `cover`, `associations`, a block
    editor's nested objects), in the record's order, except those already found and the body's own blocks: an
    object with a picture's address (an image file, or a type that says picture) and a caption field."""
    # (an item listed.py will reject may hold anything under these names: only texts are compared)
    known = {(_text_or_none(item.get("url")), _text_or_none(item.get("caption"))) for item in found
             if isinstance(item, dict)}
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
        if not isinstance(value, dict) or depth and (_kind(value) | {str(value.get("@type", "")).lower()}) \
                & _NOT_THIS_STORYS_HOLDERS:
            return  # (a person's or an organisation's object: its portrait or logo, captioned with its name)
        picture = _captioned_picture(value) if depth else None
        if picture is not None:
            if picture.get("url") not in known_urls and picture["caption"] not in known_captions:
                out.append(picture)
                known_urls.add(picture.get("url"))
                known_captions.add(picture["caption"])
            return
        for key, inner in value.items():
            if not (isinstance(key, str) and NOT_THIS_STORY.search(key)):
                walk(inner, depth + 1)

    walk(obj, 0)
    return out


def _captioned_picture(obj: dict) -> dict | None:
    address = _address(obj)
    kind = set(_WORD.findall(str(next((obj[k] for k in _KIND_KEYS + _MIME_KEYS if isinstance(obj.get(k), str)),
                                      "")).lower()))
    if address is None or not (_IMAGE_FILE.search(address) or kind & PICTURE_TYPES):
        return None
    # an object whose kind says picture calls its caption what it calls any text (a social API's attachment
    # {"type": "photo", "photo": {"sizes": [...], "text": "..."}})
    keys = WALK_CAPTION_KEYS + ("text",) if kind & PICTURE_TYPES else WALK_CAPTION_KEYS
    item = _picture(obj, caption_keys=keys)
    if item is not None and not item.get("caption") and not _several_captioned(obj) \
            and (found := _caption_below(obj, keys)):
        item["caption"], credit = found  # a rendition's own fields (the Guardian's assets[].typeData)
        if credit and not item.get("credit"):
            item["credit"] = credit
    return item if item is not None and item.get("caption") else None


_ASSET_KIND_KEYS = ("type", "resource_type", "media_type", "mediaType", "kind", "assetType", "doctype")
_ASSET_KINDS = frozenset(("image", "photo", "picture"))


def self_picture(obj: dict) -> dict | None:
    """A record that is itself one captioned picture: a media library's or photo agency's asset (Cloudinary's
    `resource_type: image` with its context's caption, Bynder's `type: image` with its description and copyright),
    by a kind that says picture and the caption it names. Only for a record with no body (html.py's readers)."""
    words = {w for k in _ASSET_KIND_KEYS if isinstance(v := obj.get(k), str) for w in _WORD.findall(v.lower())}
    sized = _sized_url(obj)
    if not words & _ASSET_KINDS and sized is None:
        return None
    if sized is not None:  # a photo-sharing API's photo (Flickr's url_l, width_l, ...; description {_content})
        said = obj.get("description")
        obj = {**obj, "url": sized, "description": said.get("_content") if isinstance(said, dict) else said}
    # (a catalogue's fields are lists of one, its description named in its own vocabulary: Europeana's dcDescription)
    obj = {k: v[0] if isinstance(v, list) and len(v) == 1 and isinstance(v[0], str) else v for k, v in obj.items()}
    said = next((v for k, v in obj.items() if isinstance(k, str) and isinstance(v, str)
                 and k.lower().endswith("description")), None)
    if "description" not in obj and said:
        obj["description"] = said
    address = _address(obj)
    if address is None or not _IMAGE_FILE.search(address):  # (a catalogue's own record link is no picture)
        address = next((v for v in obj.values() if isinstance(v, str) and _IMAGE_FILE.search(v)
                        and _looks_like_address(v)), None) or _rendition_map(obj) or address
    item = _captioned_picture({**obj, "url": address}) if address else None
    if item is not None and not item.get("credit") and (maker := next(
            (v for k, v in obj.items() if isinstance(k, str) and k.lower().endswith("creator") and isinstance(v, str)
             and v.strip()), None)):
        item["credit"] = _plain(maker)  # (the picture's own record: its creator, dc:creator, made the picture)
    return item


_SIZED_URL = re.compile(r"url_([a-z0-9]{1,3})")


def _sized_url(obj: dict) -> str | None:
    """The largest of a photo's renditions kept as url_<size> beside width_<size> and height_<size>."""
    sized = [(v, _area({"width": obj.get(f"width_{m.group(1)}"), "height": obj.get(f"height_{m.group(1)}")}))
             for k, v in obj.items() if isinstance(k, str) and (m := _SIZED_URL.fullmatch(k))
             and isinstance(v, str) and _IMAGE_FILE.search(v)]
    return max(sized, key=lambda pair: pair[1])[0] if sized else None


_RENDITION_NAMES = ("original", "full", "large", "webimage", "regular", "hires", "high", "medium")


def _rendition_map(obj: dict) -> str | None:
    """The largest-named image of a map of renditions by name ({mini, thul, webimage}: Bynder's thumbnails)."""
    for value in obj.values():
        if isinstance(value, dict) and value and all(isinstance(v, str) for v in value.values()):
            files = {k: v for k, v in value.items() if _IMAGE_FILE.search(v) and _looks_like_address(v)}
            if files:
                return next((files[k] for k in _RENDITION_NAMES if k in files), next(iter(files.values())))
    return None


def _several_captioned(obj: dict, depth: int = 0) -> bool:
    """obj holds a list of objects with different captions (an album's photos): several pictures, not one."""
    for value in obj.values():
        if isinstance(value, list):
            captions = {c for v in value if isinstance(v, dict) and (c := _caption_of(v, WALK_CAPTION_KEYS))}
            if len(captions) >= 2:
                return True
        elif isinstance(value, dict) and depth < 2 and _several_captioned(value, depth + 1):
            return True
    return False


def _caption_below(obj: dict, keys: tuple = WALK_CAPTION_KEYS, depth: int = 0) -> tuple[str, str | None] | None:
    """(caption, credit) of the first object inside obj that names a caption (under one of keys)."""
    for value in obj.values():
        for inner in value if isinstance(value, list) else [value]:
            if not isinstance(inner, dict):
                continue
            if caption := _caption_of(inner, keys):
                return caption, _credit_of(inner)
            if depth < 3 and (found := _caption_below(inner, keys, depth + 1)):
                return found
    return None


_NAMED_CAPTION = re.compile(r"^(?P<prefix>.+?)[_-]?caption$", re.I)


_NAMED_CREDIT_ENDS = ("credit", "attribution", "byline", "copyright", "photographer")  # `hero-image-attribution`


def _named_captions(obj: dict) -> list[dict]:
    """Pictures a record keeps as fields named alike: `cover_image`, `cover_caption`, `cover_credit` (a CMS's own
    model); the caption field's name before "caption" names the picture's other fields."""
    out = []
    for key, value in obj.items():
        m = _NAMED_CAPTION.match(key) if isinstance(key, str) and isinstance(value, str) and value.strip() else None
        if m is None or _JOINED in value and _joined(obj):
            continue  # (captions joined by a bar, in step with joined addresses: each its own picture's, _joined)
        prefix = m.group("prefix").lower().rstrip("_-")
        fields = {k.lower(): v for k, v in obj.items() if isinstance(k, str) and k.lower().startswith(prefix)
                  and k != key}
        address = next((v.strip() for k, v in fields.items() if isinstance(v, str) and _looks_like_address(v)
                        and not k.endswith(("credit", "alt", "title"))), None) or next(
            (_address(v) for v in fields.values() if isinstance(v, dict) and _address(v)), None)
        if address is None and _kind(obj) & PICTURE_TYPES:  # an item that is a picture (a wire's `picture`
            address = _address(obj)  # association): its own address, or its largest image rendition
        credit = next((_plain(v) for k, v in fields.items() if k.endswith(_NAMED_CREDIT_ENDS) and isinstance(v, str)
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
_CAPTION_NAME = re.compile(r"caption|cutline|(?:^|[_\W])cap(?:$|[_\W])|didascal|leyenda|ep[ií]graf|legend|l[ée]gende|"
                           r"pie[_ ]?de[_ ]?foto|fotoonderschrift|bildunder|lezanta|λεζάντα|"
                           r"unterschrift|bildtext|podpis|opis|apra[sš]|maelezo|圖說|图说|說明|说明|キャプション|설명|"
                           r"تعليق|כיתוב|подпис|описан|a[çc][ıi]klama|keterangan|ch[uú]_? ?th[ií]ch|beschrijving|"
                           r"onderschrift|bijschrift|kapsyen|kuvateksti|billedtekst|bildetekst|popisek|ፎቶ_?መግለጫ|คำบรรยาย|"
                           # Estonian, Hungarian, Galician and Portuguese ("pé de foto"), Irish, Scottish Gaelic, Mongolian
                           r"allkiri|k[eé]pal[aá][ií]r|(?:^|[_\W])p[eé](?:$|[_\W])|fotheideal|fo-?thiotal|tailbar|тайлбар", re.I)
_CREDIT_NAME = re.compile(r"cr[eé]dit|fot[oó]gra+f|photograph|copyright|mpiga|צלם|צילום|攝影|摄影|撮影|nuotr|autor|"
                          r"author|(?:^|_)by$|fuente|quelle|nachweis|kuvaaja|zdj|kaynak|kaynağı|ngu[oồ]n|sumber|"
                          r"fot[oó]s(?:$|_)|creid|attribution|(?:image|photo|picture)[_ -]?byline|"
                          # a signature, as Spanish and Italian crawlers call a picture's credit ("firma")
                          r"(?:^|_)firma(?:$|_)", re.I)
# a picture's credit among a record's own fields, where "author" names the story's writer
_PHOTO_CREDIT_NAME = re.compile(r"cr[eé]dit|fot[oó]gra+f|photograph|copyright|mpiga|צלם|צילום|攝影|摄影|撮影|nuotr|"
                                r"foto_?autor|bild_?nachweis|kuvaaja|zdj|fot[oó]s(?:$|_)|creid|ngu[oồ]n[_ ]?[aả]nh|"
                                r"(?:image|photo|picture)[_ -]?(?:byline|attribution)", re.I)
# a title's name: its words are a headline, never a caption ("title", "titulo", "başlık", "tieu_de", "標題" ...)
_TITLE_NAME = re.compile(r"title|headline|t[ií]tulo|titolo|titre|titel|tytu[lł]|naslov|ba[sş]l[iı]k|ti[eê]u_? ?[dđ]["
                         r"eề]|заголов|назва|標題|标题|タイトル|見出し|제목|عنوان|כותרת|kichwa|tajuk|judul|otsikko|"
                         r"overskrift|rubrik|pavadinimas|nadpis|címsor|cím$|τίτλος", re.I)


def _pictures_by_shape(obj: dict, found: list, body: object) -> list[dict]:
    """Captioned pictures under field names of a crawler's own (`fotos`, `bilder`, `picha`, `圖片`, `slike`): a
    list of objects each holding an image file's address and a caption, an object that is one, a list of
    [address, caption] pairs, or the record's own address and caption fields (`img_src`, `img_cap`). The
    caption is the field whose name says caption in some language, else the object's longest wording; the
    credit the field whose name says credit. An object that also links to another page is a teaser, not a
    picture."""
    known_urls = {_text_or_none(item.get("url")) for item in found if isinstance(item, dict)} - {None}
    known_captions = {_text_or_none(item.get("caption")) for item in found if isinstance(item, dict)} - {None}
    out: list[dict] = []

    def add(item: dict | None) -> None:
        if item and item.get("caption") and item.get("url") not in known_urls \
                and item["caption"] not in known_captions:
            out.append(item)
            known_urls.add(item.get("url"))
            known_captions.add(item["caption"])

    add(_own_picture(obj))
    for item in _named_after_pictures(obj, body):
        add(item)
    for key, value in obj.items():
        if value is body or (isinstance(key, str) and NOT_THIS_STORY.search(key)):
            continue
        if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
            for name, item in value.items():  # a map of id, or of address, to picture ({"b-1": {url, bildtext}})
                if isinstance(name, str) and _image_address(name) and _address(item) is None:
                    item = {"url": name, **item}
                add(_picture_by_shape(item, listed=True))
        elif isinstance(value, dict):
            add(_picture_by_shape(value))
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    add(_picture_by_shape(item, listed=True))
                elif (pair := _tuple_picture(item)) is not None:
                    add(pair)
        elif isinstance(value, str) and _ROW_SEPARATOR.search(value):
            for row in _packed_rows(value):
                add(row)
    return out


_ROW_SEPARATOR = re.compile(r";;|\|\||\n")
_PACKED_FIELDS = 3  # address, caption, credit


def _packed_rows(text: str) -> list[dict]:
    """Pictures a database query packed into one text (MySQL's GROUP_CONCAT of CONCAT_WS('|', url, caption,
    credit) SEPARATOR ';;'): rows split by the separator, fields by a bar, the first an image file's address."""
    sep = _ROW_SEPARATOR.search(text).group(0)
    rows = [row.split("|") for row in text.split(sep) if row.strip()]
    if len(rows) < 2 or not all(2 <= len(r) <= _PACKED_FIELDS and _image_address(r[0].strip()) for r in rows):
        return []
    return [pair for r in rows if (pair := _tuple_picture([f.strip() for f in r])) is not None]


def _tuple_picture(item: object) -> dict | None:
    """[address, caption] or [address, caption, credit], as a script dumps its tuples (a missing one null)."""
    if not (isinstance(item, list) and 2 <= len(item) <= 3 and isinstance(item[0], str) and _image_address(item[0])
            and all(x is None or isinstance(x, str) for x in item[1:])):
        return None
    return {k: v for k, v in zip(("url", "caption", "credit"), (item[0].strip(), *(_plain(x or "") for x in item[1:])))
            if v}


_VOCABULARY_KEYS = ("type", "context")


def _picture_by_shape(obj: dict, listed: bool = False) -> dict | None:
    """One object as a picture by what its values are: an image file's address, and a caption. listed: obj is an
    item of a list (of pictures, maybe), whose address may sit in an asset it holds."""
    if _kind(obj) & NOT_ARTICLE_KINDS:
        return None  # an author's profile and its portrait
    strings = _strings(obj)
    if _furniture_kind(strings):
        return None
    # (an asset held inside: only for a list's item of a picture's few texts; a record's texts are many, and an
    # object's own field holding an asset is read by the names after it, _named_after_pictures)
    address = _keyed_address(strings) or (_asset_address(obj) if listed and len(strings) <= _PICTURE_TEXTS else None)
    if address is None:
        return None
    if any(v.lower().startswith(("http://", "https://")) and not _IMAGE_FILE.search(v) and v != address
           and not _ALT_NAME.search(k) and not SRCSET.fullmatch(v) and k.lstrip("@") not in _VOCABULARY_KEYS
           for k, v in strings.items()):
        # a card linking to another story (its srcset is the picture's own renditions; JSON-LD's "@type" and
        # "@context" name a vocabulary, "https://schema.org/MediaObject", no page)
        return None
    if any(len(v) >= _ARTICLE_TEXT for v in strings.values()):
        return None  # an article with its picture (a list of records), not a picture
    named = [k for k in obj if isinstance(k, str) and (k in WALK_CAPTION_KEYS or _CAPTION_NAME.search(k))
             and not _ALT_NAME.search(k)]
    if named and not any(k in strings for k in named):
        return None  # its caption field is empty: an uncaptioned picture, whatever else it says (a byline)
    return _worded(strings, address)


def _asset_address(obj: dict) -> str | None:
    """An image file's address in an asset the object holds (a CMS's asset list `[{url, fileName}]`, a social
    API's renditions `sizes: [{url, width, height}]`: the largest), where the object's own strings name none."""
    found = []
    for value in obj.values():
        for x in value if isinstance(value, list) else [value]:
            strings = {k: v.strip() for k, v in x.items() if isinstance(k, str) and isinstance(v, str)} \
                if isinstance(x, dict) else {}
            # an asset: an address and no wording of its own (an object with words is a story or a picture of its
            # own); only its own address (one further down belongs to another object)
            address = _keyed_address(strings)
            # (a file's own record may describe it: its media type or size says it is a file, not a story)
            filed = isinstance(x, dict) and any(k in x for k in ("encodingFormat", "mimeType", "mimetype",
                                                                 "fileExtension", "fileSize"))
            if address and _IMAGE_FILE.search(address) and (filed or not any(_wording(v) for v in strings.values())):
                found.append((address, _area(x)))
    return max(found, key=lambda pair: pair[1])[0] if found else None


def picture_in_block(obj: dict) -> dict | None:
    """A block of a kind named in the editor's own language, as a picture: it holds an image file's address (in
    it or in an object inside it) and, among its own texts, a caption (named so, else its longest wording); the
    credit and alt text the object holding the address may give."""
    address = _address(obj)
    if address is None or not _IMAGE_FILE.search(address):
        return None
    strings = _strings(obj)
    # (by wording only in a small object, a picture's own: a message with its sender, date and text is none)
    item = _worded(strings, address, named_only=len(strings) > _PICTURE_TEXTS)
    if item is None:
        return None
    holder = _holder(obj)
    if holder is not None and holder is not obj:
        if not item.get("credit") and (credit := _credit_of(holder)):
            item["credit"] = credit
        if not item.get("alt") and (alt := next((_plain(v) for k in ALT_KEYS if (v := _string(holder.get(k)))),
                                                None)):
            item["alt"] = alt
    return item


def _keyed_address(strings: dict[str, str]) -> str | None:
    """An image file's address among an object's strings, the one under an address key first (an asset's `url`,
    a COCO image's `source_url`, before its bare `file_name`)."""
    return next((v for k in ADDRESS_KEYS if _image_address(v := strings.get(k))), None) \
        or next((v for v in strings.values() if _image_address(v)), None)


_PICTURE_TEXTS = 3  # texts of a picture's own object: its caption, credit, alt
_ARTICLE_TEXT = 400  # characters of one field that make an object an article, not a picture with its caption


def _named_after_pictures(obj: dict, body: object = None) -> list[dict]:
    """The lead picture: a picture object among the record's fields with its caption and credit in fields named after it
    (`wene_sereki` beside `wene_sereki_jernus` and `wene_sereki_wenegir`, `imaxe_principal` beside
    `imaxe_principal_pe`), whatever the suffixes' language: the one that says caption or reads as one (words,
    not "label: name") is its caption, one that says credit or reads as one (a short label and name) its credit.
    body: the record's story, never a caption, though its field shares the picture's stem (1C-Bitrix's
    `detail_text` beside `detail_picture`)."""
    story = body.strip() if isinstance(body, str) else None
    strings = {k: v for k, v in _strings(obj).items() if v != story or _CAPTION_NAME.search(k)}  # (a caption read
    # for want of a story, a lead's "captionHtml", stays its picture's)
    # (a picture's field holds its object, or its address alone: `sekil` beside `sekil_izahi`, `sekil_muellifi`)
    pictures = [(key, address) for key, value in obj.items()
                if isinstance(key, str) and isinstance(value, (dict, str)) and not NOT_THIS_STORY.search(key)
                and (address := _address(value) if isinstance(value, dict) else _plain_address(value)) is not None
                and _IMAGE_FILE.search(address)]
    out = []
    for key, address in pictures:
        # named after the picture's field, or after its stem (`imaxe_principal_pe` beside `imaxe_principal_rendicion`)
        # (an address alone only by its field's whole name: `meta_favicon` is no picture of `meta_description`)
        # (or, for an address alone, after its name less an address word: `image_2_url` beside `image_2_caption`)
        stems = (key, re.split(r"[_-](?=[^_-]*$)", key)[0]) if isinstance(obj[key], dict) else \
            (key, _ADDRESS_SUFFIX.sub("", key))
        stem = next((s for s in stems
                     if any(k != key and k.startswith(s) and k[len(s):len(s) + 1] in ("_", "-") for k in strings)),
                    None)
        if stem != key and stem in dict(pictures):
            continue  # another rendition of the stem's picture (`sekil_kicik` beside `sekil`)
        named = {k[len(stem):]: v for k, v in strings.items() if stem and k != key and k.startswith(stem)
                 and k[len(stem):len(stem) + 1] in ("_", "-") and not _looks_like_address(v)}
        if _furniture_kind(named):
            continue  # (its kind field, `photo_role`, says an author's portrait or an ad)
        if not named and isinstance(obj[key], dict) and len(pictures) == 1:
            # the record's one picture, its caption in a field that says so
            named = {k: v for k, v in strings.items() if _CAPTION_NAME.search(k) or _PHOTO_CREDIT_NAME.search(k)}
        credit_key = next((k for k in named if _CREDIT_NAME.search(k)), None) or next(
            (k for k, v in named.items() if _LABELLED_NAME.fullmatch(v)), None)
        caption_key = next((k for k in named if _CAPTION_NAME.search(k)), None) or max(
            (k for k, v in named.items() if k != credit_key and _wording(v) and not _ALT_NAME.search(k)
             and not _TITLE_NAME.search(k)), key=lambda k: len(named[k]), default=None)
        if caption_key is not None:
            item = {"url": address, "caption": _plain(named[caption_key]), "_named": True,
                    "credit": _plain(named[credit_key]) if credit_key else
                    _credit_of(obj[key]) if isinstance(obj[key], dict) else None}
            out.append({**{k: v for k, v in item.items() if v}, "paragraph": 0})
    return out


_ADDRESS_SUFFIX = re.compile(r"[_-](?:url|src|path|file|link|href)$", re.I)


def _plain_address(value: str) -> str | None:
    return value.strip() if _image_address(value.strip()) else None


# a credit as printed: a label of one or two words, a colon, a name of one to five words ("Foto: Ana Kos")
_LABELLED_NAME = re.compile(r"[^\W\d_][^\s:]{0,20}(?:\s[^\W\d_][^\s:]{0,20})?\s?[:：]\s?\S+(?:\s\S+){0,4}")


def _own_picture(obj: dict) -> dict | None:
    """The record's own picture fields (`img_src` beside `img_cap` or `didascalia`): only where a field's name
    says caption (a record's title or summary beside its picture address is no caption)."""
    strings = _strings(obj)
    address = _keyed_address(strings) or _attached_address(obj)
    if address is None or not any(_CAPTION_NAME.search(k) for k in strings) or _furniture_kind(strings) \
            or any(_JOINED in v for k, v in strings.items() if _CAPTION_NAME.search(k)) and _joined(obj):
        return None  # (captions joined by a bar in step with joined addresses are those pictures', _joined)
    return _worded(strings, address, named_only=True, credit_name=_PHOTO_CREDIT_NAME)


def _attached_address(obj: dict) -> str | None:
    """The address of the one image file a record's attachment field holds (a table's file column, Airtable's
    [{"url", "filename", "thumbnails"}])."""
    for value in obj.values():
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], dict) \
                and (address := _address(value[0])) is not None and _IMAGE_FILE.search(address):
            return address
    return None


# a picture's own kind column in a joined row or a dataset ("photo_kind": "avtor", "bild_typ": "Anzeige")
_KIND_COLUMN = re.compile(r"(?:^|[_\W])(?:kind|type|typ|tipo|role|rolle)$", re.I)
_FURNITURE_KINDS = NOT_ARTICLE_KINDS | {"ad", "ads", "advert", "advertisement", "anzeige", "werbung", "reklama",
                                        "reklame", "publicidad", "pubblicità", "sponsor", "sponsored", "promo",
                                        "avatar", "logo", "headshot", "portrait", "byline", "autorin"}


def _furniture_kind(strings: dict[str, str]) -> bool:
    """A row whose picture's kind says it is the author's portrait or an ad, not the story's picture."""
    return any(v.casefold() in _FURNITURE_KINDS for k, v in strings.items()
               if _KIND_COLUMN.search(k) and k.casefold() not in ("type", "kind"))


def _worded(strings: dict[str, str], address: str, named_only: bool = False,
            credit_name: re.Pattern = None) -> dict | None:
    """{url, caption, credit, alt} from an object's strings: by the names of their fields, else by their wording.
    credit_name: what names a credit (in a record's own fields, not its author: the story's, not the picture's)."""
    rest = {k: v for k, v in strings.items() if v != address and not _looks_like_address(v)}
    alt = next((v for k, v in rest.items() if _ALT_NAME.search(k)), None)
    caption_key = next((k for k in rest if _CAPTION_NAME.search(k) and not _ALT_NAME.search(k)), None)
    credit_key = next((k for k in rest if (credit_name or _CREDIT_NAME).search(k) and k != caption_key), None)
    if caption_key is None and not named_only:
        if any(_TITLE_NAME.search(k) for k in rest):
            return None  # an object with a title and no caption is an article's record (a sheet's row), no picture
        worded = [k for k, v in rest.items() if k != credit_key and not _ALT_NAME.search(k) and _wording(v)]
        # (a credit as printed, "Foto: X Y Z", is words too: the caption is the longest of the others, if any)
        said = [k for k in worded if not _LABELLED_NAME.fullmatch(rest[k])] or worded
        caption_key = max(said, key=lambda k: len(rest[k]), default=None)
    if caption_key is None:
        return None
    if credit_key is None:  # a credit as printed ("Sawir: X") in a field of another caption, whatever its name
        credit_key = next((k for k, v in rest.items() if k != caption_key and not _ALT_NAME.search(k)
                           and _LABELLED_NAME.fullmatch(v)), None)
    item = {"url": address, "caption": _plain(rest[caption_key]),
            "credit": _plain(rest[credit_key]) if credit_key else None, "alt": _plain(alt) if alt else None,
            "_named": bool(_CAPTION_NAME.search(caption_key)) or None}
    return {k: v for k, v in item.items() if v}


def _wording(text: str) -> bool:
    """Words a caption could be: three words or more, or six characters of a script written without spaces."""
    return len(text.split()) >= 3 or len(text) >= 6 and len(_UNSPACED_SCRIPT.findall(text)) >= 4


def _leading(leads: list[dict], captioned_only: bool) -> list[dict]:
    """Lead pictures as items placed before the first paragraph."""
    return [dict(lead, paragraph=0) for lead in leads if lead.get("caption") or not captioned_only]


def _strings(obj: dict) -> dict[str, str]:
    """An object's texts by field name, stripped, blank ones left out."""
    return {k: v.strip() for k, v in obj.items() if isinstance(k, str) and isinstance(v, str) and v.strip()}


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _rows(columns: dict) -> list[dict] | None:
    """Pictures kept as columns, one list per field ({"image": [...], "caption": [...]}: a dataset's sequence of
    pictures as Hugging Face datasets and TFDS write it), as one object per picture, however few (unpack.py turns
    the longer tables into rows before this); None for anything else."""
    lengths = {len(v) if isinstance(v, list) else -1 for v in columns.values()}
    return [{k: v[i] for k, v in columns.items()} for i in range(lengths.pop())] \
        if len(columns) >= 2 and len(lengths) == 1 and min(lengths) >= 1 else None


def _items(value: object) -> object:
    """A picture list as items: objects read by their fields, strings as an address or a caption, a map of
    index to caption, of alt text to address or of index to object; a value of another type as it is."""
    if isinstance(value, dict) and len(value) > 1 and _grouped(value):  # named groups: {"hero": {}, "gallery": []}
        value = [p for v in value.values() for p in (v if isinstance(v, list) else [v] if v else [])]
    elif isinstance(value, dict) and len(value) == 1 and isinstance(rows := next(iter(value.values())), list):
        value = rows  # a list in a wrapper of one field (the rows unpack.py makes of pictures kept as columns)
    elif isinstance(value, dict) and (rows := _rows(value)) is not None:
        value = rows
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
            out.append({"url": item} if _looks_like_address(item) else _figure_markup(item)
                       or {"caption": _plain(item)})
        elif (pair := _tuple_picture(item)) is not None:
            out.append(pair)
        elif isinstance(item, dict):
            picture = _picture(item, caption_keys=CAPTION_KEYS)
            if picture is not None and not picture.get("caption") and (shaped := _picture_by_shape(item)):
                picture = shaped | picture  # its caption under a name of the crawler's own ("legende", "opis")
            css = next((v for k in _CLASS_KEYS if isinstance(v := item.get(k), str) and v.strip()), None)
            if picture is not None and css:
                picture["class"] = css  # (the element's class a scraper kept: extract/listed.py reads a card's)
            kind = next((v.strip().casefold() for k in _ITEM_KIND_KEYS if isinstance(v := item.get(k), str)), None)
            if picture is not None and kind in NOT_STORY_PICTURE_KINDS:
                picture["kind"] = kind  # ("kind": "author": the writer's portrait; listed.py rejects it as such)
            out.append(picture if picture is not None else item)  # listed.py rejects it, naming its keys
        else:
            out.append(item)
    return _one_per_picture(out)


_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "src")
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|photographer|attribution|author", re.I)


def _caption_markup(text: str) -> tuple[str | None, str | None]:
    """A caption kept as its element's HTML ("<figcaption>... <span class="credit">Photo: X</span></figcaption>"):
    its text and, where an element's class names it, the credit apart; else the text as a reader sees it."""
    if "<" not in text or "class" not in text:
        return _plain(text) or None, None
    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return _plain(text) or None, None
    marked = next((el for el in root.iter()
                   if isinstance(el.tag, str) and _CREDIT_CLASS.search(el.get("class") or "")), None)
    if marked is None:
        return _plain(text) or None, None
    credit = _plain(marked.text_content()) or None
    marked.drop_tree()  # (the words after it stay: lxml keeps its tail)
    return _plain(root.text_content()) or None, credit


def _figure_markup(text: str) -> dict | None:
    """A list's item that is one figure's HTML (a scraper kept each <figure>'s outerHTML): its picture's address
    (a lazy-loading attribute before a placeholder src), its figcaption's text (the credit split off downstream)
    and its alt text."""
    if "<img" not in text.lower():
        return None
    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    img = next(root.iter("img"), None)
    url = next((v.strip() for a in _LAZY_SOURCES
                if img is not None and _image_address((v := img.get(a) or "").strip())), None)
    if url is None:
        return None
    caption = next(root.iter("figcaption"), None)
    item = {"url": url, "caption": _plain(caption.text_content()) if caption is not None else None,
            "alt": _plain(img.get("alt") or "")}
    return {k: v for k, v in item.items() if v}


_CLASS_KEYS = ("cls", "class", "className", "class_name", "css_class")
_ITEM_KIND_KEYS = ("kind", "type", "role")
# what a picture's own kind says when it is no picture of the story ("portrait" is left out: an orientation too)
NOT_STORY_PICTURE_KINDS = frozenset(("author", "avatar", "headshot", "byline", "logo", "ad", "ads", "advert",
                                     "advertisement", "sponsor", "sponsored"))


def _grouped(value: dict) -> bool:
    """Pictures in named groups, some a list: the lead and a gallery ({"hero": {...} or null, "gallery": [...]})."""
    groups = [v for v in value.values() if v is not None]
    return any(isinstance(v, list) for v in groups) and all(
        isinstance(v, dict) or isinstance(v, list) and all(isinstance(x, dict) for x in v) for v in groups)


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
        if "caption" not in item and (caption := _caption_of(obj, LEAD_CAPTION_KEYS) or _named_caption_field(obj)):
            item["caption"] = caption
        if "credit" not in item and (credit := _credit_of(obj, LEAD_CREDIT_KEYS)):
            item["credit"] = credit
        return item
    return None


def _captioned(items: object) -> bool:
    """A list of pictures one of which has a caption."""
    return isinstance(items, list) and any(isinstance(item, dict) and item.get("caption") for item in items)


def _named_caption_field(obj: dict) -> str | None:
    """The one text field beside the record's picture whose name says caption in a way of the record's own
    ("caption_raw", "bildunterschrift"): its text; None where no field, or more than one, is so named."""
    named = [k for k, v in obj.items() if isinstance(k, str) and isinstance(v, str) and v.strip()
             and _CAPTION_NAME.search(k) and not _CREDIT_NAME.search(k) and not _ALT_NAME.search(k)]
    return _caption_of(obj, (named[0],)) if len(named) == 1 else None


# an alt text's field: "alt", WIT's caption_alt_text_description, Apple News's accessibilityCaption
_ALT_NAME = re.compile(r"(?:^|[_\W])alt(?:$|[_\W])|alt_?text|alternative|accessib", re.I)


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
