"""Image candidates: every element that offers a picture (img, amp-img, lazy wrappers and custom elements,
hidden inputs, noscript copies, figure[itemid]), the URLs each offers, and twins grouped into one picture.

Deciding which pictures belong to the article is figures.py's work; this module only generates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .captions import Found
from .urls import ImageRef, add_url, element_urls, input_urls, is_image_input, picture_urls, url_key
from .zones import shows_text

_LAZY_ATTRS = frozenset(("data-src", "data-srcset", "data-original", "data-hi-res-src", "data-image"))


@dataclass(slots=True)
class Candidate:
    """One element that offers a picture."""

    el: object
    order: int  # position in document order
    rank: int  # 0 img, 1 lazy wrapper, 2 noscript img, 3 figure itemid: lower gives `src` (labeling rule 4)
    ref: ImageRef | None = None
    chain: list = field(default_factory=list)  # ancestors, nearest first
    decorative: bool = False  # a blurred or hidden background copy of the picture


def preference(c: Candidate) -> tuple[bool, int]:
    """Which member of a group speaks for the picture: a visible copy first, then the most specific element."""
    return c.decorative, c.rank


_DECOR = re.compile(r"(?:^|[\s_-])(?:blur|blurred|backdrop|background|bg|lqip|ambient)(?:$|[\s_-])", re.I)
# A blurred or tiny preview rendition (lqip): a blur parameter, a quality of two digits or less, or a width
# of two digits or less asked of the image server (?w=40, /max/60/).
_BLUR_URL = re.compile(r"[?&](?:blur|bl)=|[/,_-]blur[_-]?\d|[?&]q=\d{1,2}(?:&|$)"
                       r"|(?:/|[?&])(?:max|w|width)[/=]\d{1,2}(?:[/&]|$)", re.I)


def _decorative(c: Candidate) -> bool:
    el = c.el
    if el.get("aria-hidden") == "true" or _DECOR.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
        return True
    return bool(c.ref and c.ref.src and _BLUR_URL.search(c.ref.src))


@dataclass(slots=True)
class Group:
    """Candidates that show the same picture (lazy twin, noscript copy, <picture> sources)."""

    members: list
    figure: object | None = None
    found: Found | None = None  # caption and credit, read once (verdict and figure both ask)
    icon: str | None = None  # the URL of an icon-like picture, found once (holders and verdict both ask)
    icon_checked: bool = False
    unit: object | None = None  # the wrapper that holds its caption, found once (figures._unit)
    boxed: Found | None = None  # the caption its wrapper or the box after it holds, read once (figures._boxed)

    @property
    def first(self) -> Candidate:
        return self.members[0]


def _refs(c: Candidate) -> ImageRef:
    el = c.el
    if el.tag == "figure":
        return ImageRef(el.get("itemid"), el.get("itemid"), [el.get("itemid")])
    if el.tag == "input":
        return input_urls(el)
    parent = el.getparent()
    picture = _picture_of(el) if el.tag == "img" else None
    if picture is not None:
        return picture_urls(el, list(picture.iter("source")))
    ref = element_urls(el)
    if el.tag == "img" and not ref.candidates:
        # a lazy wrapper (<picture data-src>, <div data-original>) holds the URL of a placeholder img, or
        # the schema.org microdata of the picture does (<meta itemprop="contentUrl">)
        for wrapper in (parent, parent.getparent() if parent is not None else None):
            if wrapper is not None and not ref.candidates:
                element_urls(wrapper, ref)
                for meta in wrapper.iterchildren("meta", "link"):
                    if (meta.get("itemprop") or "").lower() in ("contenturl", "url", "image"):
                        add_url(ref, meta.get("content") or meta.get("href"))
        ref.src = ref.src or (ref.candidates[0] if ref.candidates else None)
    ref.largest = ref.largest or ref.src
    return ref


def _picture_of(img):
    """The <picture> of an img; libxml2 nests the void <source> elements, so climb through them."""
    node = img.getparent()
    while node is not None and node.tag == "source":
        node = node.getparent()
    return node if node is not None and node.tag == "picture" else None


WRAPPING = {"source", "picture", "noscript", "a"}  # do not count as levels (fixtures nest <source>s)


def _nearest_figure(chain: list, body) -> object | None:
    levels = 0
    for a in chain:
        if a.tag == "figure":
            return a
        if a is body or levels >= 6:
            return None
        levels += a.tag not in WRAPPING
    return None


def group_candidates(cands: list[Candidate], body) -> list[Group]:
    """Twins share their <figure>, else their <picture>/parent with the same URL path."""
    groups: dict = {}
    overlays: dict = {}  # id of an in-page block a picture's link opens -> that picture's group key
    for c in cands:
        c.ref = _refs(c)
        c.chain = list(c.el.iterancestors())  # nearest first, walked by lxml
        fig = _nearest_figure(c.chain, body)
        key = fig if fig is not None else (url_key(c.ref.src) if c.ref.src else c.el)
        if fig is not None and c.ref.src and _multi(fig):
            key = (fig, url_key(c.ref.src))  # a gallery card: one figure, several pictures
        opened = _overlay_of(c, overlays)
        if opened is not None:
            key = opened  # the enlarged copy a lightbox shows is the same picture
        else:
            target = _opens(c)
            if target:
                overlays.setdefault(target, key)
        g = groups.get(key)
        if g is None:
            groups[key] = Group([c], fig)
        else:
            g.members.append(c)
    for g in groups.values():
        if len(g.members) > 1:  # which copy speaks for the picture matters only among twins
            for m in g.members:
                m.decorative = _decorative(m)
    return list(groups.values())


def _opens(c: Candidate) -> str | None:
    """The id of the in-page block the link around a picture opens (a lightbox: href="#img_1", rel="#img_1")."""
    for a in c.chain[:3]:
        if a.tag == "a":
            for attr in ("rel", "href", "data-target"):
                value = (a.get(attr) or "").strip()
                if value.startswith("#") and len(value) > 1:
                    return value[1:]
            return None
    return None


def _overlay_of(c: Candidate, overlays: dict):
    """The group key of the picture whose link opens a block holding c (c is its enlarged copy)."""
    if not overlays:
        return None
    for a in c.chain[:_OVERLAY_LEVELS]:
        key = overlays.get(a.get("id"))
        if key is not None:
            return key
    return None


_OVERLAY_LEVELS = 4
_MULTI = re.compile(r"(?:^|[\s_-])(?:gallery|collage|mosaic|grid|carousel|slideshow)(?:$|[\s_-])", re.I)


def _multi(fig) -> bool:
    """A figure that shows several pictures under one caption (Ghost/WordPress gallery cards)."""
    return bool(_MULTI.search(fig.get("class") or ""))


def scan_nodes(root):
    """The elements the page scan needs, in document order: paragraphs and everything that offers a picture. lxml's tag-filtered iter plus a set test on attribute
    names is 3x faster than the equivalent XPath: libxml2 evaluates attribute predicates slowly. Custom
    elements (<brick-image>, <lazy-img>) carry lazy URLs as often as divs do, so every element is seen."""
    no_lazy = _LAZY_ATTRS.isdisjoint
    for el in root.iter(etree.Element):
        tag = el.tag
        if tag == "p" or tag == "img" or tag == "amp-img":
            yield el
        elif tag == "input":
            if is_image_input(el):
                yield el
        elif tag == "figure":
            if el.get("itemid") is not None:
                yield el
        else:
            keys = el.keys()
            if not no_lazy(keys) and tag not in _NOT_WRAPPERS and _names_a_url(el) and not _text_link(el):
                yield el
            elif "itemprop" in keys and "articleBody" in el.get("itemprop"):
                yield el  # the article body as the page declares it (html.scan keeps it)


def _names_a_url(el) -> bool:
    """data-image is a generic name (data-image="true", a fragment of HTML): only a URL-shaped value counts."""
    value = el.get("data-image")
    if value is None or any(el.get(a) for a in _LAZY_ATTRS if a != "data-image"):
        return True
    value = value.strip()
    return bool(value) and " " not in value and "<" not in value and "/" in value


def _text_link(el) -> bool:
    """A link that shows words and no picture (a glossary term, "see the photo") names a picture only for a hover
    card or a viewer: it is no picture of the story where it stands."""
    return el.tag == "a" and next(el.iter("img", "picture", "amp-img"), None) is None \
        and shows_text(el)


# Elements whose lazy attributes never name a picture of their own (<source> belongs to its <picture>).
_NOT_WRAPPERS = frozenset(("source", "script", "iframe", "video", "audio", "link", "meta", "html", "body"))


def _in_noscript(el) -> bool:
    p = el.getparent()
    return p is not None and (p.tag == "noscript" or (p.getparent() is not None and p.getparent().tag == "noscript"))


def candidate_of(el, order: int) -> Candidate | None:
    """The candidate an element of scan_nodes offers: an img, an amp-img, a hidden input holding a URL, a
    lazy wrapper (div[data-src], a custom element) or figure[itemid], which carry the only URL of some pictures."""
    tag = el.tag
    if tag == "img" or tag == "amp-img":
        return Candidate(el, order, 2 if _in_noscript(el) else 0)
    if tag == "input":
        return Candidate(el, order, 1)
    if tag == "figure":
        return Candidate(el, order, 3) if el.get("itemid") else None
    return None if has_img(el) else Candidate(el, order, 1)


def has_img(el) -> bool:
    """An <img> below el (a C iterator: find(".//img") goes through Python's ElementPath)."""
    return next(el.iterdescendants("img"), None) is not None
