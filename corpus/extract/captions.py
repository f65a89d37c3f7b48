"""Caption and credit of one figure unit: figcaption, caption/credit classes, itemprops, attributes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .credits import clean, looks_like_credit, split_credit, strip_brackets
from .zones import is_hidden, words_of

CAPTION_PROPS = {"caption", "description"}
CREDIT_PROPS = {"copyrightholder", "credittext", "creator", "author", "copyrightnotice", "creditline"}
_CAPTION_CLASS = re.compile(r"caption|legend|cutline|epigraph|bildunterschrift", re.I)
_CREDIT_CLASS = re.compile(r"credit|copyright|courtesy|photographer|(?:^|[\s_-])source|attribution", re.I)
BLOCK = {"div", "p", "br", "li", "ul", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "section", "footer"}
# UI text that is not part of what a caption says: slide counters, caption toggles.
_UI = re.compile(r"^\s*\d+\s*(?:of|/|von|de|sur)\s*\d+\s*|\s*\b(?:hide|show|toggle|close) caption\b\s*"
                 r"|^\s*(?:image|media) caption\s*", re.I)


@dataclass(slots=True)
class Found:
    caption: str | None = None
    credit: str | None = None
    source: str | None = None  # figcaption | caption_class | json_ld | alt


@dataclass(slots=True)
class _Parts:
    captions: list = field(default_factory=list)  # (element, source)
    credits: list = field(default_factory=list)


def kind_of(el) -> str | None:
    """'figcaption' | 'caption_class' | 'credit' | None for one element."""
    if el.tag == "figcaption":
        return "figcaption"
    prop = (el.get("itemprop") or "").lower()
    if prop in CAPTION_PROPS:
        return "caption_class"
    if prop in CREDIT_PROPS or el.tag == "cite":
        return "credit"
    cls = words_of(el)
    if not cls:
        return None
    if _CREDIT_CLASS.search(cls) and not _CAPTION_CLASS.search(cls.replace("caption__source", "")):
        return "credit"
    if _CAPTION_CLASS.search(cls):
        return "caption_class"
    return None


def _collect(el, parts: _Parts) -> None:
    """Find caption and credit elements under el (not inside each other; never one holding the image)."""
    for child in el:
        if not isinstance(child.tag, str) or is_hidden(child):
            continue
        kind = kind_of(child)
        if kind and _holds_image(child):
            kind = None  # a wrapper named "image-and-copyright" or "wp-caption" around the picture itself
        if kind == "credit":
            parts.credits.append(child)
        elif kind:
            parts.captions.append((child, kind))
        else:
            _collect(child, parts)


def _holds_image(el) -> bool:
    return el.find(".//img") is not None or any(d.get("data-src") or d.get("data-srcset") for d in el.iter())


def _gather(el, out: list, credits: list, skip) -> None:
    """Visible text of el in reading order; credit elements met on the way go to credits."""
    if el.text:
        out.append(el.text)
    for child in el:
        if isinstance(child.tag, str) and child is not skip and not is_hidden(child):
            if kind_of(child) == "credit":
                credits.append(child)
            else:
                block = child.tag in BLOCK
                if block:
                    out.append(" ")
                _gather(child, out, credits, skip)
                if block:
                    out.append(" ")
        if child.tail:
            out.append(child.tail)


def text_of(el, skip=None) -> str:
    out: list = []
    _gather(el, out, [], skip)
    return clean("".join(out))


def _trailing_credit(container):
    """A last child span that reads like a credit (hashed class names give no hint)."""
    kids = [c for c in container if isinstance(c.tag, str) and not is_hidden(c)]
    if len(kids) >= 2 and not (kids[-1].tail or "").strip():
        t = text_of(kids[-1])
        if looks_like_credit(t):
            return kids[-1], credit_text(t)
    return None, None


def strip_ui(text: str) -> str:
    return clean(_UI.sub(" ", text))


def read_unit(unit) -> Found:
    """Caption and credit shown in a figure unit."""
    parts = _Parts()
    if kind_of(unit) in ("figcaption", "caption_class") and not _holds_image(unit):
        parts.captions.append((unit, kind_of(unit)))
    else:
        _collect(unit, parts)
    texts, source, credit_els, credit = [], None, list(parts.credits), None
    for el, kind in parts.captions:
        out: list = []
        n_credits = len(credit_els)
        _gather(el, out, credit_els, None)
        if not credit_els and not credit:
            skip, credit = _trailing_credit(el)
            if skip is not None:
                out = []
                _gather(el, out, credit_els, skip)
        elif len(credit_els) > n_credits and credit_els[-1].getparent() is el:
            pass  # a credit class inside the caption: already kept out of the text
        t = strip_ui("".join(out))
        if t:
            texts.append(t)
            source = source or kind
    for el in credit_els:
        credit = credit or credit_text(text_of(el))
    return _finish(" ".join(texts), credit, source)


# A visually-hidden label run into the credit by text extraction: "CreditJane Roe" -> "Jane Roe".
_RUN_IN_LABEL = re.compile(r"^(?:Image copyright|Image credit|Photo credit|Credit|Copyright|Photo|Image)(?=[A-Z])")


def credit_text(text: str | None) -> str | None:
    """Credit as displayed: brackets and run-in hidden labels removed."""
    text = strip_brackets(clean(text))
    return _RUN_IN_LABEL.sub("", text).strip() or None


def _finish(caption: str, credit: str | None, source: str | None) -> Found:
    caption = clean(caption)
    if caption and not credit:
        caption, credit = split_credit(caption)
    elif caption and credit and caption.endswith(credit):
        caption = clean(caption[: -len(credit)])
    caption = clean(strip_ui(caption or "")).strip(" |") or None
    if caption and credit and caption.lower() == credit.lower():
        caption = None
    return Found(caption, credit, source if caption else None)


def from_attribute(text: str | None) -> Found:
    """A caption kept only in data-caption (a gallery script shows it)."""
    if not text or not text.strip():
        return Found()
    return _finish(text, None, "alt")
