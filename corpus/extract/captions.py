"""Caption and credit of one figure unit: figcaption, caption/credit classes, itemprops, attributes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

from ..rejects import Reason
from ..words import count_words
from .credits import (ENDS_SENTENCE, clean, credit_then_caption, in_own_brackets, is_bare_credit, label_at_end,
                      looks_like_credit, split_credit, starts_like_credit, strip_brackets)
from .zones import is_hidden, own_zone, shows_text, words_of

CAPTION_PROPS = {"caption", "description"}
CREDIT_PROPS = {"copyrightholder", "credittext", "creator", "author", "copyrightnotice", "creditline"}
_CAPTION_CLASS = re.compile(r"caption|legend|cutline|epigraph|bildunterschrift|description|deskripsi|keterangan|podpis"
                            r"|(?:^|[\s_-])(?:desc|cap)(?:$|[\s_-])"
                            r"|(?:photo|foto|img|image|pic)[\s_-]?(?:desc|label|text|txt|intro)(?:$|[\s_-])"
                            r"|pie[\s_-]?(?:de[\s_-]?)?foto|peu[\s_-]?(?:de[\s_-]?)?foto", re.I)
# credit words of class names, in the languages CMS templates use ("bildautor", "fotonachweis", "auteur")
_CREDIT_CLASS = re.compile(r"credit|copyright|courtesy|photographer|contributor|(?:^|[\s_-])(?:source|cred)(?:$|[\s_-])|"
                           r"attribution|autor|auteur|nachweis|fotograf", re.I)
BLOCK = {"div", "p", "br", "li", "ul", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "section", "footer"}
# UI text that is not part of what a caption says: slide counters, caption toggles.
_UI = re.compile(r"^\s*(?:(?:photo|image|picture|slide|foto|bild|圖片|图片|照片)\s*)?\d+\s*(?:of|/|von|de|sur|／)\s*\d+\s*"
                 r"|^\s*\d+\s+(?:zdjęci[ae]|zdjęć|photos?|fotos?|bilder|images)\b\s*"
                 # a video's or an audio's running time alone under its still: "3 Min", "1:45"
                 r"|^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*(?:min\.?)?\s*$|^\s*\d{1,3}\s*(?:sec|secs|seconds|sek|min|mins|minutes|minuten)\.?\s*$"
                 r"|\s*\b(?:hide|show|toggle|close) caption\b\s*"
                 r"|\s*\b(?:more|mehr|plus|más|meer)\s*[>»›]+\s*$"
                 r"|^\s*(?:image|media) caption\s*|\s*\b(?:purchase licensing rights|buy (?:this )?photo"
                 r"|purchase (?:this )?(?:image|photo)|(?:enlarge|expand) (?:this )?(?:image|photo)"
                 r"|купить (?:иллюстрацию|фото))\b\s*"
                 # "click to enlarge", in the languages of the labeled pages and their neighbours
                 r"|\s*\b(?:(?:click|tap) (?:here )?to (?:enlarge|zoom)|klikk a nagyításhoz|zum vergrößern (?:an)?klicken"
                 r"|cliquez pour agrandir|(?:haga )?clic (?:aquí )?para ampliar|clicca per ingrandire"
                 r"|klik om te vergroten|kliknij,? aby powiększyć)\b\s*[.!]?\s*", re.I)
# UI text that ends a caption: a link to the picture's large version set in brackets, a "show more" button that
# unfolds a long caption. Looked for in the caption's last _TAIL characters only.
_UI_TAIL = re.compile(r"\s*\(?\s*\bview (?:the )?(?:large|larger|bigger|full[- ]size|full|high[- ]res(?:olution)?) "
                      r"(?:version|image|photo|picture)\s*\)?\s*$"
                      r"|\s*\b(?:show more|read more|see more|vis mere|læs mere|se mere|visa mer|läs mer|vis mer|les mer"
                      r"|mehr anzeigen|mehr lesen|lees meer|toon meer|voir plus|lire la suite|ver más|leer más|leia mais"
                      r"|ver mais|mostra di più|leggi di più|pokaż więcej|czytaj więcej|näytä lisää)\s*[.…]*\s*$", re.I)
_TAIL = 48
# the words each _UI_TAIL branch holds, looked for first (in lower case)
_TAIL_HINT = re.compile(r"view|more|mere|mer|meer|plus|suite|más|mais|più|więcej|lisää|anzeigen|lesen")
# A visually-hidden label that announces a credit (BBC "Image source, "); its element is the credit.
_HIDDEN_CREDIT_LABEL = re.compile(r"^\s*(?:image source|image copyright|copyright|photo credit|image credit|"
                                  r"credit|source)\b", re.I)


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
        # CNN-like templates put only the credit in a <figcaption class="image__credit">
        # (unless it wraps a caption element: CityLab's figcaption.c-lead-image__credit holds both)
        cls = words_of(el)
        if cls and _CREDIT_CLASS.search(cls) and not _CAPTION_CLASS.search(cls):
            if any(kind_of(d) == "caption_class" for d in el.iterdescendants()) or _reads_as_caption(el):
                return "figcaption"
            return "credit"
        return "figcaption"
    prop = (el.get("itemprop") or "").lower()
    if prop in CAPTION_PROPS and not (prop == "description" and _describes_page(el)):
        return "caption_class"
    if prop in CREDIT_PROPS or el.tag == "cite":
        return "caption_class" if _reads_as_caption(el) else "credit"
    cls = words_of(el)
    if not cls:
        return _data_kind(el) if el.tag in _TEXT_TAGS and len(el.attrib) else None
    named = _named_kind(cls)
    if named is None and el.tag in _TEXT_TAGS and len(el.attrib) > 1:
        named = _data_kind(el)  # hashed class names (css-1am3yn9) say nothing; a component's data-* may
    if named == "credit":
        if any(kind_of(d) == "caption_class" for d in el.iterdescendants() if isinstance(d.tag, str)):
            return None  # a caption line named for its credit ("captionLine mediaBox__copyright"): read inside
        return "caption_class" if _reads_as_caption(el) else "credit"
    return named


def _describes_page(el) -> bool:
    """itemprop="description" of an article's (or a page's) item, not of an image's: a summary, no caption."""
    scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None), None)
    kind = (scope.get("itemtype") or "") if scope is not None else ""
    return bool(kind) and not any(k in kind for k in ("ImageObject", "MediaObject", "Photograph", "VideoObject"))


_TEXT_TAGS = frozenset(("span", "div", "p", "small", "figcaption", "footer", "em", "i", "b", "strong", "cite"))


def _data_kind(el) -> str | None:
    """Component frameworks mark caption parts with data-* names instead of classes
    (data-caption-author, data-credit): a name, not a value (data-caption="..." on an img is a caption text)."""
    for name, value in el.items():
        if name.startswith("data-") and len(value) < 40 and " " not in value:
            if "credit" in name or "author" in name or "copyright" in name or "photographer" in name:
                return "credit"
            if "caption" in name:
                return "caption_class"
            if _COMPONENT_NAME.fullmatch(value):  # data-theme-key="photo-credit-creditor", data-testid="caption"
                named = _named_kind(value.replace("_", " ").replace("-", " "))
                if named:
                    return named
    return None


_COMPONENT_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]{2,38}")


@lru_cache(maxsize=8192)
def _named_kind(cls: str) -> str | None:
    """'credit' | 'caption_class' | None from class words. In BEM names (block__element) the element says
    what the node is: "e-caption__credit" is the credit of a caption, "caption__text" its text."""
    parts = [n.rsplit("__", 1)[1] for n in cls.split() if "__" in n]
    cls = _CAMEL.sub(r"\1 \2", cls)  # "imgSource", "featuredImageCaption": camelCase words count as words
    if parts:  # "captionCredit", "caption-credit": the last word names the part
        words = _CAMEL.sub(r"\1 \2", " ".join(parts))
        credit, caption = _last_match(_CREDIT_CLASS, words), _last_match(_CAPTION_CLASS, words)
        if credit > caption:
            return "credit"
        if caption > credit:
            return "caption_class"
    credit, caption = bool(_CREDIT_CLASS.search(cls)), bool(_CAPTION_CLASS.search(cls))
    if credit and not caption:
        return "credit"
    return "caption_class" if caption else None


_CAMEL = re.compile(r"([a-z])([A-Z])")


def _last_match(pattern: re.Pattern, text: str) -> int:
    return max((m.end() for m in pattern.finditer(text)), default=-1)


def _reads_as_caption(el) -> bool:
    """A credit-classed element whose text is a sentence, not a name ("attribution" wrappers that hold the
    whole caption): a credit is a few words and does not end a sentence."""
    text = clean("".join(el.itertext()))
    if starts_like_credit(text):
        return False
    caption, credit = split_credit(text)
    text = caption if caption and credit else text  # a sentence with its credit after it ("... 있다. (사진=X)")
    words = len(text.split())
    return words > 14 or (words >= 6 and bool(ENDS_SENTENCE.search(text)))


def _collect(el, parts: _Parts) -> None:
    """Find caption and credit elements under el (not inside each other; never one holding the image)."""
    for child in el:
        if not isinstance(child.tag, str) or is_hidden(child):
            continue
        kind = kind_of(child) or ("credit" if _labelled_credit(child) or _figure_footer(child) else None)
        if kind and _holds_image(child):
            kind = None  # a wrapper named "image-and-copyright" or "wp-caption" around the picture itself
        if kind == "credit":
            parts.credits.append(child)
        elif kind and not _prose_block(child):
            parts.captions.append((child, kind))
        elif not kind:
            _collect(child, parts)


def _carries_picture(el) -> bool:
    return any(name.startswith("data-") and ("src" in name or "original" in name or "lazy" in name)
               for name in el.keys()) or "url(" in (el.get("style") or "")


def _figure_footer(el) -> bool:
    """A short <footer> of a <figure>: its credit line."""
    if el.tag != "footer":
        return False
    parent = el.getparent()
    return parent is not None and parent.tag in ("figure", "figcaption") \
        and 0 < len(clean("".join(el.itertext())).split()) <= 12


def _labelled_credit(el) -> bool:
    """An element whose first child is a hidden credit label ("Image source, Getty Images")."""
    if not len(el) or (el.text or "").strip():  # the cheap tests first: most elements fail one
        return False
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return first is not None and bool(_HIDDEN_CREDIT_LABEL.match(first.text or "")) and is_hidden(first)


def _hidden_credit_label(el) -> bool:
    return isinstance(el.tag, str) and len(el) == 0 and is_hidden(el) \
        and bool(_HIDDEN_CREDIT_LABEL.match(el.text or "")) and len(clean(el.text).split()) <= 3


def _holds_image(el) -> bool:
    # iterdescendants is a C iterator; find(".//img") goes through Python's ElementPath
    return next(el.iterdescendants("img"), None) is not None \
        or any(d.get("data-src") or d.get("data-srcset") for d in el.iter())


def _gather(el, out: list, credits: list | None, skip) -> None:
    """Visible text of el in reading order; credit elements met on the way go to credits (or stay in the
    text when credits is None), with what continues them ("Photo by X" then " /" and a distributor span)."""
    if el.text:
        out.append(el.text)
    kids = list(el)
    for i, child in enumerate(kids):
        if credits is not None and _hidden_credit_label(child):
            # a label only screen readers hear ("Source: ", "Credit: ") announces what follows as the credit
            rest = clean((child.tail or "") + " ".join(clean("".join(k.itertext()) + (k.tail or ""))
                                                        for k in kids[i + 1:] if isinstance(k.tag, str)))
            if rest:
                credits.append(rest)
                return
        if isinstance(child.tag, str) and child is not skip and not is_hidden(child):
            if credits is not None and kind_of(child) == "credit":
                lead = _bold_lead(child)
                if lead is not None:  # "<b>Home Depot</b> Jane Roe/Redux": the caption set in the credit line
                    out.append(f" {lead[0]} ")
                    credits.append(lead[1])
                    continue
                rest = _continuation(child, kids[i + 1:])
                credits.append(clean(f"{credit_of(child) or ''} {rest}") if rest else child)
                if rest:
                    return
            else:
                block = child.tag in BLOCK
                if block:
                    out.append(" ")
                _gather(child, out, credits, skip)
                if block:
                    out.append(" ")
        if child.tail:
            out.append(child.tail)


_CONTINUES = ("/", "|", "·", "via ", "for ", "and ", "& ")


def _bold_lead(credit) -> tuple[str, str] | None:
    """A credit element that opens with a bold run and goes on with a credit: (the bold text, the credit)."""
    kids = [k for k in credit if isinstance(k.tag, str)]
    if (credit.text or "").strip() or not kids or kids[0].tag not in ("b", "strong") or len(kids) > 1:
        return None
    lead, rest = clean("".join(kids[0].itertext())), clean(kids[0].tail or "")
    if not lead or not rest or starts_like_credit(lead) or not looks_like_credit(rest):
        return None
    return lead, rest


def _continuation(credit, after: list) -> str | None:
    """The text after a credit element that continues it: short, opening with a separator or "via"."""
    rest = clean("".join([credit.tail or ""] + ["".join(e.itertext()) + (e.tail or "") for e in after
                                                 if isinstance(e.tag, str) and not is_hidden(e)]))
    return rest if rest and len(rest) <= 60 and rest.startswith(_CONTINUES) else None


def text_of(el, skip=None) -> str:
    """Visible text of a caption element, credit elements left out."""
    out: list = []
    _gather(el, out, [], skip)
    return clean("".join(out))


def credit_of(el) -> str | None:
    """The credit an element shows: all its visible text (a credit wrapper may nest a credit span). A bare
    label word as the element's own text before the span holding the name ("Credit <span>Jane Roe</span>")
    is the template's label, not part of the credit."""
    out: list = []
    _gather(el, out, None, None)
    if len(el) and (el.text or "").strip().lower() in _BARE_LABELS:
        out[0] = ""  # _gather put el.text first
    return credit_text("".join(out))


_BARE_LABELS = {"credit", "credits", "photo credit", "image credit", "picture credit"}


def _trailing_credit(container):
    """A last child span that reads like a credit (hashed class names give no hint); wrappers that hold only one
    element are looked through."""
    kids = [c for c in container if isinstance(c.tag, str) and not is_hidden(c)]
    for _ in range(_WRAPPER_CLIMB):
        if len(kids) != 1 or clean(container.text) or clean(kids[0].tail):
            break
        container = kids[0]
        kids = [c for c in container if isinstance(c.tag, str) and not is_hidden(c)]
    if len(kids) == 1 and clean(container.text) and not clean(kids[0].tail):
        t = text_of(kids[0])  # "Caption<small>Bild: Jane Roe/dpa</small>": one child, labelled as a credit
        if starts_like_credit(t) and looks_like_credit(t):
            return kids[0], credit_text(t)
    if len(kids) >= 2 and not (kids[-1].tail or "").strip() and not _runs_on(kids[-2]):
        t = text_of(kids[-1])
        bare = t.lstrip("/|·–—- ")
        if looks_like_credit(t) or (bare != t and _names_only(bare)) or (starts_like_credit(t) and _CREDIT_ROLL.match(t)):
            return kids[-1], credit_text(bare)
    return None, None


# a shoot's credits, role by role: "Foto: Jane Roe. Styling: John Doe. Haare: Ann Poe. Make-up: Bo Lee"
_CREDIT_ROLL = re.compile(r"^(?:[^\W\d_][\w-]*(?: [\w-]+)?\s*:\s*[^:.;]{2,40}[.;,]?\s*){2,8}$")


def _names_only(text: str) -> bool:
    """One to six capitalised words (a photographer's or an agency's name), nothing that ends a sentence."""
    words = text.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w in ("de", "van", "von", "da", "di") for w in words) \
        and not text.endswith((".", "!", "?"))


def _runs_on(prev) -> bool:
    """The text before the last child is mid-sentence ("Photo by <a>X</a> on <a>Y</a>"): no separate credit."""
    tail = (prev.tail or "").strip()
    return bool(tail) and tail[-1] not in ".!?)]”\"'|:–—-·•"


def strip_ui(text: str) -> str:
    cut = _tail_ui(text)
    if cut is not None:
        text = text[:cut]
    if not _may_hold_ui(text):
        return clean(text).rstrip(" |") if cut is not None else clean(text)
    stripped = _UI.sub(" ", text)
    # the bar that set the UI text off ("© Agency | Buy this photo") goes with it
    return clean(stripped).rstrip(" |") if stripped != text or cut is not None else clean(text)


def _tail_ui(text: str) -> int | None:
    """Where the UI text that ends the caption starts (_UI_TAIL), or None."""
    start = max(0, len(text) - _TAIL)
    if _TAIL_HINT.search(text[start:].lower()) is None:  # (only the tail is lowered: captions run long)
        return None
    end = _UI_TAIL.search(text, start)
    return end.start() if end else None


def _may_hold_ui(text: str) -> bool:
    """False when _UI cannot match: each of its branches needs a leading digit or one of these words.
    _UI is slow on long captions (its branches start with \\s*), and few captions hold UI text.
    re.I folds a few non-ASCII letters onto ASCII ones (ı, İ, ſ, the Kelvin sign): they are folded here too."""
    low = text.lower()
    if not text.isascii():
        low = low.replace("ı", "i").replace("i\u0307", "i").replace("ſ", "s")
    return (text.lstrip()[:1].isdigit() or "/" in low[:12] or "／" in low[:12]
            or "caption" in low or "purchase" in low or "buy " in low or "enlarge" in low or "expand" in low or "купить" in low
            or "klik" in low or "klick" in low or "clic" in low or "zoom" in low
            or text.rstrip().endswith((">", "»", "›")))


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
        _gather(el, out, credit_els, None)
        if not credit_els and not credit:
            skip, credit = _trailing_credit(el)
            if skip is not None:
                out = []
                _gather(el, out, credit_els, skip)
        t = strip_ui("".join(out))
        if t and _links_to_network(el, t):
            continue  # "Join our channel", "Follow us": a promotion's banner, its line a link to the site's channel
        if t and _once(t) != t and _twin_children(el):
            t = _once(t)  # a full and a truncated copy of the caption, one shown per screen size
        if t and len(parts.captions) > 1 and is_bare_credit(t):
            credit_els.append(t)  # one of several caption boxes holds only the credit ("Foto: X")
            continue
        if t and not any(t in seen for seen in texts):  # a lightbox's copy of the caption is no new text
            texts = [seen for seen in texts if seen not in t]  # ... nor is an earlier, shorter copy
            texts.append(t)
            source = source or kind
    shown = [credit_text(el) if isinstance(el, str) else credit_of(el) for el in credit_els]
    for i, text in enumerate(shown):
        if text and i + 1 < len(shown) and shown[i + 1] and _SYMBOL_ONLY.match(text):
            text = f"{text} {shown[i + 1]}"  # "©" and "Getty Images / Jane Roe" in two spans: one credit
        credit = credit or text
    if texts and not credit and not split_credit(" ".join(texts))[1]:
        captions = [el for el, _ in parts.captions]
        credit = _loose_credit(unit, captions) if unit.tag == "figure" else _labelled_credit_line(unit, captions)
    if not texts and not credit and kind_of(unit) == "caption_class":
        return _finish(_loose_text(unit), None, "caption_class")  # <div class="image-caption"><img>Text</div>
    if len(texts) == 1 and not credit and len(parts.captions) == 1:
        named = _bold_name_then_bar(parts.captions[0][0], texts[0])
        if named:  # "<strong>Jane Roe</strong> | Caption" in a line named for the credit
            return _finish(named[0], named[1], source)
    if not texts and credit and len(credit_els) == 1 and not isinstance(credit_els[0], str):
        beside = _text_beside_credit(credit_els[0])
        if beside:  # <p class="small">Caption <span class="credit">(Jane Roe)</span></p>, <div><cite>X</cite>Caption</div>
            return _finish(beside, credit, "next_text")
    return _finish(" ".join(texts), credit, source)


_NAME_WORDS = re.compile(r"^(?:[^\W\d_][\w'’.-]*\s?){1,4}$")


def _bold_name_then_bar(el, text: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption line named for the credit too ("credit-legend") that opens with a name in
    bold, then a bar, then the caption: the photographer first, as some templates print it."""
    bold = next(el.iter("strong", "b"), None)
    if bold is None or not (bold.tail or "").lstrip().startswith("|"):
        return None
    name = clean("".join(bold.itertext()))
    if not name or not text.startswith(name) or not _NAME_WORDS.match(name) or not name[0].isupper():
        return None
    if not any(_CREDIT_CLASS.search(words_of(e)) for e in el.iter() if isinstance(e.tag, str)) \
            and not _CREDIT_CLASS.search(words_of(el.getparent()) if el.getparent() is not None else ""):
        return None
    caption = clean(text[len(name):].lstrip()[1:])
    return (caption, name) if len(caption.split()) >= 3 else None


def _text_beside_credit(credit):
    """The caption of a plain element that holds the credit element and the caption as its other text (no story
    paragraphs, not a list of links; in a box that also holds the picture, its loose text beside the credit)."""
    parent = credit.getparent()
    if parent is None or is_hidden(parent) or _prose_block(parent):
        return None
    # <div class="foto"><div><img></div>Caption <span class="source">© X</span></div>: the box's loose text
    text = strip_ui(_loose_text(parent, leave_out=credit) if _holds_image(parent) else text_of(parent))
    if (len(text.split()) < 3 and len(_CJK.findall(text)) < 6) or len(text) > _MAX_VOUCHED:
        return None
    if _mostly_link(parent, text):
        return None
    return text


def _loose_text(unit, leave_out=None) -> str:
    """The text a caption-classed box shows beside the picture it holds: its own text and the text of its
    children that hold no picture (and are not leave_out)."""
    out = [unit.text or ""]
    for child in unit:
        if isinstance(child.tag, str) and not _holds_image(child) and child.tag not in _SILENT and not is_hidden(child) \
                and child is not leave_out:
            out.append(" ".join(child.itertext()))
        out.append(child.tail or "")
    text = clean(" ".join(out))
    return text if len(text) <= _MAX_VOUCHED else ""


_SYMBOL_ONLY = re.compile(r"^(?:[©ⓒ]|\(c\)|\w{1,20}\s*:)$", re.I)


def _loose_credit(figure, captions: list) -> str | None:
    """A credit shown elsewhere in the figure (a span on the picture, unmarked): the one short text element
    outside the caption that reads as a credit."""
    found = None
    for el in figure.iter():
        if not isinstance(el.tag, str) or el in captions or not (el.text or "").strip() or len(el):
            continue
        if any(a in captions or is_hidden(a) for a in el.iterancestors()) or is_hidden(el):
            continue
        if looks_like_credit(el.text) and not found:
            found = credit_text(el.text)
    return found


def _labelled_credit_line(unit, captions: list) -> str | None:
    """A line of the unit outside its caption that opens with a credit label ("Photo: <b>Jane Roe</b>"): the
    credit, unmarked by class, of a picture box that is no <figure>."""
    for el in unit.iter("p", "span", "div", "small"):
        if el in captions or _holds_image(el) or any(k.tag in BLOCK for k in el.iter() if k is not el):
            continue
        if any(a in captions for a in el.iterancestors()) or is_hidden(el):
            continue
        text = text_of(el)
        if text and starts_like_credit(text) and looks_like_credit(text):
            return credit_text(text.rstrip(" ,;"))
    return None


# A visually-hidden label run into the credit by text extraction: "CreditJane Roe" -> "Jane Roe".
# NYT's hidden "Credit..." label runs in the same way.
_RUN_IN_LABEL = re.compile(r"^(?:Image copyright|Image credit|Photo credit|Credit|Copyright|Photo|Image)"
                           r"(?:(?=[A-ZÀ-ÖØ-Þ])|(?:\.{3}|…)\s*)")


def credit_text(text: str | None) -> str | None:
    """Credit as displayed: brackets and run-in hidden labels removed."""
    text = strip_brackets(strip_ui(text or "").lstrip("/|·•–—- "))  # the separator that set it off the caption
    for _ in range(2):  # NYT repeats the label: a visible "Credit" then a hidden one
        text = _RUN_IN_LABEL.sub("", text)
    return text.strip() or None


_BRACKETED = re.compile(r"^[(\[][^()\[\]]{2,60}[)\]]$")


# what set the credit off the caption, left at the caption's end when the credit sits in its own element
_TRAILING_SEPARATOR = re.compile(r"\s+[—–|/·•-]\s*$")


# the label of a credit shown in its own element, left at the caption's end ("... - Copyright" <span>AP Photo</span>)
# (or its opening bracket: "... rodziców? (©" <span>fot. X)</span>)
_LABEL_LEFT = re.compile(r"\s*[-–—|·]?\s*(?:[(\[]\s*)?(?:(?i:copyright|credits?|photo credit|image credit)|©)\s*:?\s*$"
                         r"|\s*[(\[]\s*$")


def _finish(caption: str, credit: str | None, source: str | None) -> Found:
    caption = clean(caption)
    if source == "next_text" and _SUMMARY.match(caption):
        return Found()  # the story's summary set under the lead picture ("[摘要：...]", "Summary: ...")
    swapped = credit_then_caption(caption) if caption and not credit and "|" in caption else None
    if swapped:
        caption, credit = swapped
    if credit:
        caption = _TRAILING_SEPARATOR.sub("", caption)  # the dash that set off the credit's own element
    if caption and (is_bare_credit(caption) or (not credit and _BRACKETED.match(caption))):
        caption, credit = None, credit or credit_text(caption)  # the caption box holds only a credit
    elif caption and not credit:
        caption, credit = split_credit(caption)
    elif caption and credit and caption.endswith(credit):
        caption = clean(caption[: -len(credit)])
        label = label_at_end(caption)
        lead_in = _CREDIT_LEAD_IN.search(caption)
        if label:  # the caption shows the credit with its label: "... Photographer: Jane Roe/Agency"
            caption, credit = clean(caption[: label.start()]), f"{label.group(0)} {credit}"
        elif lead_in:  # the caption shows more of the credit: "... 2025. Region X/Handout via AGENCY"
            caption, credit = clean(caption[: lead_in.start("tail")]), f"{lead_in.group('tail')} {credit}"
    elif caption and credit:  # a credit element, and the caption still ends with its credit by convention
        caption = split_credit(_LABEL_LEFT.sub("", caption))[0]
    caption = _TRAILING_SEPARATOR.sub("", clean(strip_ui(caption or "")).strip(" |")) or None
    if caption and credit and caption.lower() == credit.lower():
        caption = None
    if caption and source == "next_text" and (not any(ch.isalpha() for ch in caption) or _dateline(caption)):
        return Found()  # an unmarked line holding a date and a time ("10.1.2020 | 17:03 | NAME"): a dateline
    return Found(caption, credit, source if caption else None)


# what a caption shows of its credit before the name a credit field gives: after the caption's last sentence, a few
# words running into it ("Region X/Handout via", "Jane Roe for", "Pool photo by")
_CREDIT_LEAD_IN = re.compile(r"(?<=[.!?。])\s+(?P<tail>[^.!?。]{1,60}?(?:\svia|/|\sfor|\sby|\s[–—-]))$")


# A label that opens a story's summary or standfirst, in the languages of news sites: a line under a picture
# that opens with one is the summary, not the picture's caption.
_SUMMARY = re.compile(r"\s*[\[【(（]?\s*(?:摘要|内容提要|提要|导读|導讀|导语|導語|要約|요약|summary|abstract|zusammenfassung|"
                      r"résumé|resumen|resumo|riassunto|streszczenie|аннотация|анотація|özet)\s*[:：】\]]", re.I)


def _dateline(text: str) -> bool:
    """A date and a time with at most one word, a month's name: "10:11 09 декабря 2011", "12 March 2024, 14:05"."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) <= 1 and len(re.findall(r"\d+", text)) >= 3 and len(text) <= 40


def _once(text: str) -> str:
    """The first half of a text that repeats itself ("A A"), else the text."""
    half = len(text) // 2
    if len(text) > 20 and len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1:]:
        return text[:half]
    return text


def _line_text(el, skip=None) -> str:
    """The text of a caption line, once: a full and a truncated copy of the caption in two children (one shown
    per screen size) are one caption."""
    text = text_of(el, skip)
    return _once(text) if _once(text) != text and _twin_children(el) else text


def _twin_children(el) -> bool:
    """Two children of a caption box show the same text (copies of the caption for different screens)."""
    texts = [text_of(c) for c in el if isinstance(c.tag, str)]
    texts = [t for t in texts if t]
    return len(texts) != len(set(texts))


_SIBLINGS = 2  # caption and credit fields that follow the picture's wrapper
_WRAPPER_CLIMB = 3  # single-child wrappers climbed to find that sibling


def _following(unit):
    """The element after unit, climbing out of wrappers unit is the only element of (NBC's hero); empty
    hooks and line breaks do not count."""
    node = unit
    for _ in range(_WRAPPER_CLIMB):
        sib = _shown_sibling(node, True)
        parent = node.getparent()
        if sib is not None or parent is None or _shown_sibling(node, False) is not None \
                or (parent.text or "").strip():
            return sib
        node = parent
    return None


def sibling_caption(unit) -> Found:
    """Caption/credit elements right after the picture's wrapper (Drupal fields, p.caption after a figure)."""
    texts, credit, source = [], None, None
    sib = _fields_box(_following(unit))
    for _ in range(_SIBLINGS):
        if sib is None or not isinstance(sib.tag, str) or _holds_image(sib):
            break
        kind = kind_of(sib) or ("credit" if _labelled_credit(sib) else None)
        if kind is None or _prose_block(sib) or (texts and _mostly_link(sib)):
            break  # (a further caption-classed line that is mostly a link: "Related <<< Another story")
        if kind == "credit":
            credit = credit or credit_of(sib)
        else:
            found = read_unit(sib)  # a caption element may carry its own credit span
            texts.append(found.caption or "")
            credit = credit or found.credit
            source = source or kind
        sib = _shown_sibling(sib, True)
    if not texts and not credit:
        return Found()
    return _finish(" ".join(texts), credit, source)


# a social network's or a messaging app's address: a channel or a profile a promotion links to
_NETWORK_HOST = re.compile(r"^(?:https?:)?//(?:www\.|m\.|chat\.)?(?:t\.me|telegram\.(?:me|dog)|wa\.me|whatsapp\.com|"
                           r"facebook\.com|instagram\.com|twitter\.com|x\.com|youtube\.com|vk\.com|tiktok\.com|"
                           r"linkedin\.com|line\.me|eitaa\.com)(?:/|$)", re.I)


def _links_to_network(el, text: str) -> bool:
    """The caption's words are all one link's, to a social network or a messaging channel ("Join our Telegram
    channel"): a banner's line, no caption of a news photo."""
    links = list(el.iter("a"))
    return len(links) == 1 and bool(_NETWORK_HOST.match((links[0].get("href") or "").strip())) \
        and clean("".join(links[0].itertext())) == clean(text)


def _mostly_link(el, text: str | None = None) -> bool:
    """Most of el's text (text_of, unless given) is the text of its links."""
    text = text_of(el) if text is None else text
    return bool(text) and sum(len(t) for a in el.iter("a") for t in a.itertext()) > len(text) / 2


def _prose_block(el) -> bool:
    """Two paragraphs of running text or more (a summary or the story under a 'description' class): each
    100 characters or longer, ending a sentence; a caption's line and its credit line are not."""
    count = 0
    for p in el.iter("p"):
        text = clean("".join(p.itertext()))
        count += len(text) >= 100 and text.endswith((".", "!", "?", "…", "»", "”", '"', "。"))
    return count >= 2


def _fields_box(sib):
    """An unmarked box after the picture that holds only caption and credit fields: its first field."""
    if sib is None or not isinstance(sib.tag, str) or kind_of(sib) is not None or (sib.text or "").strip():
        return sib
    kids = [k for k in sib if isinstance(k.tag, str) and not _empty(k)]
    if not 1 <= len(kids) <= _SIBLINGS or any(kind_of(k) is None or (k.tail or "").strip() for k in kids):
        return sib
    return kids[0]


def given_caption(caption: str | None, credit: str | None, source: str) -> Found:
    """A caption and credit given as fields of their own (a JSON record's picture list), cleaned and split
    as a page's are: a credit at the caption's end goes to `credit`, a caption that is only a credit too."""
    credit = credit_text(credit)
    if not caption or not caption.strip():
        return Found(None, credit, None)
    return _finish(caption, credit, source)


def from_attribute(text: str | None) -> Found:
    """A caption kept only in data-caption (a gallery script shows it)."""
    if not text or not text.strip():
        return Found()
    return _finish(text, None, "alt")


# ---------------------------------------------------------------- captions in unmarked elements

# Elements that hold a caption with no caption class on many sites: the small print, the italic line or the
# short paragraph right below the picture.
_PLAIN_TAGS = {"small", "em", "i", "span", "p", "div", "cite", "figcaption", "font", "center", "b", "strong", "tr", "td"}
_STYLE_TAGS = {"small", "em", "i", "cite", "font", "b", "strong", "sub"}
# A visible caption label opening the text ("Above: ...", "图注：...", "Pictured: ..."), in any case.
_CAPTION_LABEL = re.compile(r"^\s*(?:above|below|left|right|top|bottom|pictured|inset|main image|main picture|"
                            r"caption|legend|pie de foto|bildtext|bildunterschrift|图注|圖說|图说|资料图|資料圖|图|圖|사진설명)\s*[:：]",
                            re.I)
_MAX_PLAIN = 350  # chars; longer unmarked text next to a picture is body prose
_MAX_LINE_ELEMENTS = 40  # elements in one caption line at most (links, spans, line breaks)
# A line that opens with an arrow pointing at the picture above ("▲ ..."; "▲▼ ..." for the pictures
# above and below) is its caption: a convention of East Asian newsrooms, whatever the language.
_POINTS_UP = re.compile(r"^\s*[▲△⬆↑]")
_POINTS_DOWN = re.compile(r"^\s*[▲△]?\s*[▼▽⬇↓]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def plain_caption(picture, body) -> Found:
    """A caption in an unmarked element right after the picture (climbing wrappers that hold only it):
    an italic or small line, a line opening with a caption label, or the text of a picture widget (a
    wrapper holding the picture and one or two short lines: the caption, then maybe its credit)."""
    box = _outermost_wrapper(picture, body)
    line = _line_after_break(box)
    if line and (_says_alt(line, picture) or _FILE_PHOTO.search(line)):
        return _finish(line, None, "next_text")
    tail = clean(box.tail or "")
    if tail and len(tail) <= _MAX_FILE_PHOTO_LINE and _FILE_PHOTO.search(tail):
        return _finish(tail, None, "next_text")
    if tail and (found := _box_with_loose_line(box, body)).caption:
        return found
    if (credited := _credited_loose_text(box)) is not None:
        return credited
    if tail:
        return Found()
    sib = _shown_sibling(box, True)
    if sib is not None and (sib.tail or "").strip():
        found = _credit_then_text(box, sib, body)
        if found.caption:
            return found
    credit_first = _credit_line_then_caption(sib) if sib is not None else None
    if credit_first:
        return _finish(credit_first[1], credit_first[0], "next_text")
    if sib is not None:
        lines = _widget_lines(box, body)
        if lines is None:
            credited = _credited_widget(box, body)
            if credited is not None:
                return credited
        # a line and its credit: the credit vouches for the line even when a template sets it as a heading
        if lines and not _beside(box, lines[0]) and not (_floats(box) and _flows_beside(box, lines[0])) \
                and (_styled_caption(lines[0], True) or (len(lines) == 2 and _text_line(lines[0]))):
            if len(lines) == 2:
                return _finish(text_of(lines[0]), credit_of(lines[1]), "next_text")
            skip, credit = _trailing_credit(lines[0])  # "<span>Caption</span><span>Foto: X</span>", no class to tell
            return _finish(_line_text(lines[0], skip), credit, "next_text")
        if (_styled_caption(sib, False) and not (_floats(box) and _flows_beside(box, sib)) and not _lead_in_bold(sib)
                and not _bold_subhead(sib)) \
                or _repeats_alt(sib, picture):
            skip, credit = _trailing_credit(sib)  # "<span>Caption</span><span>Foto: X</span>", no class to tell
            if skip is not None:
                return _finish(_line_text(sib, skip), credit, "next_text")
            text = text_of(sib)
            named = _bold_name_then_bar(sib, text)
            return _finish(named[0], named[1], "next_text") if named else _finish(text, None, "next_text")
        credited = _credited_line(box, sib)
        if credited is not None:
            return credited
    above = _caption_above(box)
    if above is not None:
        return _finish(text_of(above), None, "previous_text")
    labelled = figure_line_above(box, body)
    return _finish(labelled, None, "previous_text") if labelled else Found()


def _credited_line(box, sib) -> Found | None:
    """A plain short line right after the picture that closes with a photo credit ("Caption. Pic: © X",
    "<span>Caption</span> <span>AP</span>"): no paragraph of the story ends in a credit, so the credit vouches
    for the line as the picture's caption even with no caption class or style to say so."""
    if not (_styled_caption(sib, True) or _links_with_picture(box, sib)) or (_floats(box) and _flows_beside(box, sib)) \
            or _lead_in_bold(sib) or _bold_subhead(sib):
        return None
    skip, credit = _trailing_credit(sib)
    if skip is not None:
        caption = _line_text(sib, skip)
    else:
        caption, credit = split_credit(text_of(sib))
    # only a credit that reads as one alone: a byline's "written by X / Y" or a sign-up box's "Arrives Tuesdays
    # Subscribe" end a line the way credits do
    if not credit or not is_bare_credit(credit) or not caption or len(caption.split()) < _MIN_CREDITED_WORDS:
        return None
    after = _shown_sibling(sib, True)
    if after is not None and isinstance(after.tag, str) and not _holds_image(after) \
            and len(shown := text_of(after)) <= _MAX_CREDIT_LINE and is_bare_credit(shown):
        credit = credit_text(shown)  # a credit line of its own under it wins, as a credit element does in a box
    return _finish(caption, credit, "next_text")


_MIN_CREDITED_WORDS = 3
_MAX_CREDIT_LINE = 120  # chars; a credit line under a caption line, not another paragraph


def _links_with_picture(box, line) -> bool:
    """The line is a link to where the picture's own link goes (both open the photo's page), short and holding
    no picture or heading: the template links the caption with its picture. (A teaser's headline links with its
    thumbnail too; the credit _credited_line asks of the line tells them apart.)"""
    own = box if box.tag == "a" else next(box.iterdescendants("a"), None)
    href = (own.get("href") or "").strip() if own is not None else ""
    if line.tag != "a" or not href or href.startswith("#") or (line.get("href") or "").strip() != href:
        return False
    text = text_of(line)
    return 0 < len(text) <= _MAX_PLAIN and not _holds_image(line) \
        and next(line.iterdescendants("h1", "h2", "h3", "h4", "ul", "ol", "table"), None) is None


def _credit_line_then_caption(el) -> tuple[str, str] | None:
    """<p>Фото: <a>site.example</a><br>Caption text</p>: a labelled credit line, a line break, then the caption
    (credit, caption)."""
    br = next(el.iterchildren("br"), None)
    if br is None or el.tag not in _PLAIN_TAGS:
        return None
    before, after, seen = [el.text or ""], [br.tail or ""], False
    for child in el:
        if child is br:
            seen = True
        elif not seen:
            before += [" ".join(child.itertext()), child.tail or ""]
        else:
            after += [" ".join(child.itertext()), child.tail or ""]
    credit, caption = clean(" ".join(before)), clean(" ".join(after))
    if not (starts_like_credit(credit) and is_bare_credit(credit)) or len(caption.split()) < 3 \
            or len(caption) > _MAX_PLAIN or is_bare_credit(caption):
        return None
    return credit_text(credit), caption


# "资料图" ("file photo"), alone or in brackets closing a line: Chinese newsrooms mark a picture's caption so
_FILE_PHOTO = re.compile(r"(?:^|[（(])\s*(?:资料图|資料圖)(?:片)?\s*[)）]?\s*$")
_MAX_FILE_PHOTO_LINE = 120


def _line_after_break(box) -> str | None:
    """The last line of the picture's paragraph, after a line break: <p><img><br>Line</p> (box is the picture's
    wrapper or the paragraph itself)."""
    after, last = box.getnext(), (box[-1] if len(box) else None)
    if after is not None and after.tag == "br" and (after.getnext() is None or after.getnext().tag in BLOCK):
        br = after  # the picture's wrapper, a break, the line: the paragraph (or the line) ends
    elif last is not None and last.tag == "br":
        br = last  # the paragraph itself: the picture, a break, the line
    else:
        return None
    return clean(br.tail or "") or None


def _says_alt(line: str, picture) -> bool:
    """The line shows the picture's alt text: the template prints it as the caption."""
    alt = clean(picture.get("alt") or "")
    return len(alt) >= 3 and line.casefold() == alt.casefold()


def _credited_loose_text(box) -> Found | None:
    """Loose text right after the picture, outside any element (after a line break at most), that closes with a
    photo credit ("<img> The new bridge at dusk. Foto: Stadt<br>", Tika's XHTML of a page): the caption, as a
    credited line under a picture is (no paragraph of the story ends in a credit)."""
    text = clean(box.tail or "")
    after = box.getnext()
    if not text and after is not None and after.tag == "br":
        text = clean(after.tail or "")
    if not text or len(text) > _MAX_PLAIN:
        return None
    caption, credit = split_credit(text)
    # (the credit bare, or opening as credits do, or in brackets of its own closing the line: "（撮影・X）")
    set_off = credit and (is_bare_credit(credit) or starts_like_credit(credit) or in_own_brackets(text, credit))
    if not set_off or not caption or count_words(caption) < _MIN_CREDITED_WORDS:
        return None
    return _finish(caption, credit, "next_text")



def _box_with_loose_line(box, body) -> Found:
    """A picture box (not a paragraph) that holds the picture and one short run of text after it, nothing else
    a reader sees (<div class="photo"><img> Caption. Photo X</div>): that text is the caption."""
    parent = box.getparent()
    if parent is None or parent is body or parent.tag not in ("div", "td", "center", "dd") \
            or (parent.text or "").strip() or _shown_sibling(box, False) is not None \
            or _shown_sibling(box, True) is not None or _floats(box):
        return Found()
    text = clean(box.tail)
    if len(text.split()) < 3 or len(text) > _MAX_PLAIN or text.endswith((",", ":", ";")):
        return Found()  # a tool's label ("Email this"), or a sentence that runs on
    return _finish(text, None, "next_text")


_FLOAT = re.compile(r"float\s*:\s*(?:left|right)", re.I)
_COLUMN = re.compile(r"margin-left\s*:\s*[1-9]\d{2,}px|float\s*:\s*(?:left|right)", re.I)


def _text_after(el) -> bool:
    """Running text follows el in its parent, not in a block of its own (the story runs on beside a floated
    picture: "<img align=left><b>Lead sentence.</b><br><br>The story goes on...")."""
    if (el.tail or "").strip():
        return True
    return any((s.tail or "").strip() or (isinstance(s.tag, str) and s.tag not in BLOCK and shows_text(s))
               for s in el.itersiblings())


def _lead_in_bold(line) -> bool:
    """The story's lead set in bold under its picture: a paragraph wholly in <strong>/<b>, a sentence or more,
    that the story's next paragraph follows (a caption in bold is a line, and the story does not run on from it)."""
    text = _bold_paragraph_the_story_follows(line)
    return text is not None and len(text) >= 100 and bool(ENDS_SENTENCE.search(text))


def _bold_subhead(line) -> bool:
    """A subheading set as a bold paragraph under a picture ("<p><strong>Aerial Photography</strong></p>"): a few
    words, no sentence, no list, and the story runs on in the next paragraph."""
    text = _bold_paragraph_the_story_follows(line)
    # (a bold line of who is pictured, "Jane Roe, 36, Athens", lists with commas and digits: a caption)
    return text is not None and len(text.split()) <= _SUBHEAD_WORDS and not ENDS_SENTENCE.search(text) \
        and not any(c in text for c in ",;") and not any(c.isdigit() for c in text)


def _bold_paragraph_the_story_follows(line) -> str | None:
    """The text of a <p> set wholly in <strong>/<b> whose next sibling is a paragraph of the story (100 characters
    or more), else None: what _lead_in_bold and _bold_subhead then tell apart by its length and shape."""
    if line.tag != "p" or not _styled_chain(line) or next(line.iterdescendants("strong", "b"), None) is None:
        return None
    nxt = _shown_sibling(line, True)
    if nxt is None or nxt.tag != "p" or len(text_of(nxt)) < 100:
        return None
    return text_of(line)


_SUBHEAD_WORDS = 6


def _flows_beside(box, line) -> bool:
    """The line runs on beside a floated picture: running text follows it, or it is in the picture's own
    paragraph (<p><img align=left><strong>The story's lead.</strong></p>)."""
    return _text_after(line) or (box.getparent() is line.getparent() and line.getparent().tag == "p")


def _beside(box, line) -> bool:
    """The line is a column set beside the picture (a left margin as wide as the picture, or a float), as a
    standfirst is beside the lead picture: a caption sits below."""
    return bool(_COLUMN.search(line.get("style") or "") or _FLOAT.search(box.get("style") or ""))


def _floats(el) -> bool:
    """A picture the text flows around (float, align=left/right): the text beside it is the story's."""
    return any(_FLOAT.search(e.get("style") or "") or (e.get("align") or "").lower() in ("left", "right")
               for e in el.iter("img", "picture", "a", "span", "div"))


def _credit_then_text(box, sib, body) -> Found:
    """A picture wrapper that holds the picture, a name in its own element, then the caption as loose text
    (<div><img><span>AGENCY/NAME</span> Caption text</div>): the name is the credit."""
    parent = box.getparent()
    if parent is body or (parent.text or "").strip() or _shown_sibling(box, False) is not None \
            or _shown_sibling(sib, True) is not None or len(sib) > 1 or _holds_image(sib):
        return Found()
    credit, text = text_of(sib), clean(sib.tail)
    if not (_names_only(credit) or looks_like_credit(credit)) or len(text.split()) < 3 or len(text) > _MAX_VOUCHED:
        return Found()
    return _finish(text, credit_text(credit), "next_text")


def _repeats_alt(el, picture) -> bool:
    """The line after the picture shows the picture's alt text (or its title, when that is what it has): the
    template prints it as the caption. (Alt text alone is never taken as a caption; shown beside the picture,
    it is one.)"""
    if not isinstance(el.tag, str) or _holds_image(el) or is_hidden(el) or len(el) > 2 and _texts(el) > 2:
        return False
    if el.tag in _HEADINGS or _bold_subhead(el):
        # a standfirst or title set as a heading under the lead picture, whose alt repeats it; a section's subhead
        # set in bold, whose words a picture's alt (written for search engines) repeats
        return False
    if el.tag == "a" or any(clean(text_of(a)) for a in el.iterdescendants("a")):
        return False  # a card's link (an empty link is an icon button: "enlarge", "share")
    if own_zone(el) is Reason.FIGURE_NOT_CONTENT:
        return False  # an author's or a sharing box ("con_author"): the alt and the line both name the author
    line = clean(text_of(el)).casefold()
    for said in (clean(picture.get("alt") or ""), clean(picture.get("title") or "")):
        if len(said) >= 3 and not _names_only(said) and len(_CJK.findall(said)) not in range(1, 6) \
                and line == said.casefold():
            return True  # (not a name under a portrait)
    return False


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _texts(el) -> int:
    """Children of el with text to read (icon buttons beside a caption's text have none)."""
    return sum(1 for k in el if isinstance(k.tag, str) and clean(text_of(k)))


def _caption_above(box):
    """A line before the picture that points down at it ("▼ ..."), when nothing after it is a caption."""
    sib = _shown_sibling(box, False)
    if sib is None or not isinstance(sib.tag, str):
        return None
    first = next((s for s in sib.itertext() if s.strip()), "")  # the arrow opens the line: no need to read it all
    return sib if _POINTS_DOWN.match(first) and _styled_caption(sib, False) else None


# a numbered figure label opening a caption: "Figure 1 -", "Fig. 2:", "Abb. 3", "Рис. 4", "图5"
_FIGURE_LABEL = re.compile(r"^\s*(?:Figure|Fig\.|Figura|Figur|Abbildung|Abb\.|Afbeelding|Рисунок|Рис\.|Obr\.|Kuva|"
                           r"[图圖])\s*\d{1,3}\b")
_MAX_LABELLED_LINE = 250
_LABEL_CLIMB = 3


def figure_line_above(box, body) -> str | None:
    """The last line before the picture when it opens with a numbered figure label ("Figure 1 - Users and their
    needs"): technical writing puts such captions above the picture as often as below. The picture's wrappers
    that open their parent are climbed (a few levels) to find the line before them."""
    node, sib = box, _shown_sibling(box, False)
    for _ in range(_LABEL_CLIMB):
        if sib is not None or node.getparent() is None or node.getparent() is body \
                or (node.getparent().text or "").strip():
            break
        node = node.getparent()
        sib = _shown_sibling(node, False)
    if sib is None or not isinstance(sib.tag, str) or _holds_image(sib):
        return None
    blocks = [c for c in sib if isinstance(c.tag, str) and c.tag in _BLOCK_TAGS]
    if blocks:  # the line after the block's last paragraph: what follows its last block child
        last = blocks[-1]
        parts = [last.tail or ""] + ["".join(c.itertext()) + (c.tail or "") for c in last.itersiblings()]
        line = clean("".join(parts))
    else:
        first = next((t for t in sib.itertext() if t.strip()), "")  # the label opens the line: read no further
        if not _FIGURE_LABEL.match(first):
            return None
        line = clean(" ".join(sib.itertext()))
    return line if line and len(line) <= _MAX_LABELLED_LINE and _FIGURE_LABEL.match(line) else None


_BLOCK_TAGS = frozenset(("div", "p", "ul", "ol", "table", "blockquote", "section", "h1", "h2", "h3", "h4", "h5", "h6"))


def _widget_lines(box, body) -> list | None:
    """The elements after box when its wrapper holds nothing else: one line, or a line and a credit."""
    parent = box.getparent()
    if parent is body or _shown_sibling(box, False) is not None or (parent.text or "").strip():
        return None
    lines, sib = [], _shown_sibling(box, True)
    while sib is not None and len(lines) < 3:
        if (sib.tail or "").strip():
            return None
        if lines and _hidden_viewer(sib):
            break  # a full-size copy in a hidden viewer (a modal dialog): not a line shown under the picture
        lines.append(sib)
        sib = _shown_sibling(sib, True)
    if len(lines) == 2 and is_bare_credit(text_of(lines[0])) and _text_line(lines[1]) \
            and not is_bare_credit(text_of(lines[1])) and not _mostly_link(lines[1]):
        lines = [lines[1], lines[0]]  # the credit shown first, then the caption line: caption, credit
    if len(lines) == 2 and _link_button(lines[1]) and split_credit(text_of(lines[0]))[1]:
        lines = lines[:1]  # a credited line, then a "View more photos" link: the link is the widget's button
    if len(lines) == 2 and not looks_like_credit(text_of(lines[1])) and not starts_like_credit(text_of(lines[1])) \
            and not (_short_source(text_of(lines[1]), text_of(lines[0])) and not _mostly_link(lines[1])
                     and lines[1].tag != "button"):
        return None
    if lines and _text_after(lines[-1]):
        return None  # running text after the lines (past a <br>): the wrapper is a column of the story
    if lines and any(_SECTION_LABEL.search(words_of(e)) for e in lines[0].iter() if isinstance(e.tag, str)):
        return None  # a category badge over the picture ("Jeux video" in span.thumbnail_categorie), no caption
    return lines if 1 <= len(lines) <= 2 else None


def _link_button(el) -> bool:
    """A short line that is all link ("View More Photos >>"): a button to elsewhere, not words about the picture."""
    text = text_of(el)
    return bool(text) and len(text.split()) <= 5 and _mostly_link(el, text)


def _hidden_viewer(el) -> bool:
    """A dialog or a box hidden from readers and screen readers that holds a picture: a lightbox's copy."""
    return (el.get("role") == "dialog" or el.get("aria-hidden") == "true" or is_hidden(el)) and _holds_image(el)


def _short_source(line: str, above: str) -> bool:
    """A widget's second line that can only be a source: a name of one to four words, capitalised, no digits,
    no sentence, under a longer first line ("ES", "The London Standard", "Jane Roe")."""
    words = line.split()
    return 0 < len(words) <= 4 and len(line) < len(above) / 2 and not any(ch.isdigit() for ch in line) \
        and line[:1].isupper() and not ENDS_SENTENCE.search(line) and ":" not in line


# class words of a section's or category's badge set over a picture
_SECTION_LABEL = re.compile(r"categor|kicker|rubri[cq]|(?:^|[\s_-])(?:tag|tags|badge)(?:$|[\s_-])", re.I)


def _credited_widget(box, body) -> Found | None:
    """A picture widget that shows the credit above the picture and one caption line below it."""
    parent, before, after = box.getparent(), _shown_sibling(box, False), _shown_sibling(box, True)
    if parent is body or before is None or after is None or (parent.text or "").strip():
        return None
    if _shown_sibling(before, False) is not None or _shown_sibling(after, True) is not None:
        return None
    if any((el.tail or "").strip() for el in (before, box, after)) or not _text_line(after):
        return None
    credit = text_of(before)
    if not (is_bare_credit(credit) or (starts_like_credit(credit) and looks_like_credit(credit))):
        return None
    return _finish(text_of(after), credit_text(credit), "next_text")


# Elements a reader does not see beside a picture: renditions, fallbacks, line breaks, hidden fields.
_SILENT = {"source", "br", "noscript", "script", "style", "template", "link", "meta", "input"}
_PICTURE_CLIMB = 4  # wrappers around a picture (picture, link, ratio box, media box) climbed to its caption


def _shown_sibling(el, forward: bool):
    """The next (or previous) sibling element a reader sees."""
    sib = el.getnext() if forward else el.getprevious()
    while sib is not None and (not isinstance(sib.tag, str) or sib.tag in _SILENT or _empty(sib)):
        sib = sib.getnext() if forward else sib.getprevious()
    return sib


def _empty(el) -> bool:
    """Nothing to read or see: a styling hook, an icon button, a full-screen rendition of the picture.
    An element that carries a picture's URL (a lazy gallery slide) is not empty."""
    if el.tag in ("img", "iframe", "video", "amp-img") or el.tag == "button":
        return el.tag == "button"
    if len(el) == 0:
        return not clean(el.text) and not _carries_picture(el)
    return not shows_text(el) and next(el.iterdescendants("img", "iframe", "video"), None) is None


def _outermost_wrapper(node, body):
    """Climb wrappers that hold nothing else a reader sees (<p><img></p>, <div><a><picture>...)."""
    while node.getparent() is not None and node.getparent().tag == "source":
        node = node.getparent()  # libxml2 nests the void <source> elements around the <img>
    climbs = 0
    while climbs < _PICTURE_CLIMB:
        parent = node.getparent()
        # (a zero-width space a template leaves before the picture is no text: clean() drops it)
        if parent is None or parent is body or clean(parent.text) or clean(node.tail) \
                or _shown_sibling(node, True) is not None or _shown_sibling(node, False) is not None:
            return node
        # a one-cell table that frames the picture (td, tr, tbody) counts as one wrapper, its table
        climbs += node.tag not in _TABLE_PARTS
        node = parent
    return node


_TABLE_PARTS = frozenset(("td", "tr", "tbody", "thead"))


_MAX_VOUCHED = 700  # chars; a line its credit vouches for may be as long as a wire caption


def _text_line(el) -> bool:
    """Text only, no picture or link list, short enough for a caption."""
    text = text_of(el)
    return bool(text) and len(text) <= _MAX_VOUCHED and not _holds_image(el) and len(el) <= 3 and not _prose_block(el)


def _styled_caption(el, widget: bool) -> bool:
    """An element after a picture that is styled as a caption, not a paragraph of the story (widget: it is
    the caption line of a picture widget)."""
    if not isinstance(el.tag, str) or el.tag not in _PLAIN_TAGS or _holds_image(el) or is_hidden(el):
        return False
    if el.tag in ("tr", "td") and next(el.iterdescendants("a"), None) is not None:
        return False  # a table row of teasers (a headline link beside its thumbnail), not a caption row
    if next(islice(el.iter(), _MAX_LINE_ELEMENTS, None), None) is not None:
        return False  # a block of many elements (a story's column) is no caption line; spares reading its text
    text = text_of(el)
    if not text or len(text) > _MAX_PLAIN or (len(text.split()) < 2 and len(_CJK.findall(text)) < 6):
        return False
    if _mostly_link(el, text):
        return False
    if next(el.iterdescendants("h1", "h2", "h3", "h4", "ul", "ol", "table", "form"), None) is not None:
        return False  # a title block or a list, not a line of caption
    if _prose_block(el):
        return False
    if el.tag in _STYLE_TAGS or _SMALL_CLASS.search(el.get("class") or "") \
            or _SMALL_OR_ITALIC.search(el.get("style") or "") or (el.get("align") or "").lower() == "center":
        return not (el.tail or "").strip()  # the whole line, not a bold lead-in to running text
    if _CAPTION_LABEL.match(text) or _POINTS_UP.match(text) or widget:
        return True
    return _styled_chain(el)


# small or italic print set by a utility class (Tailwind's text-xs, Bootstrap's small) instead of a tag
_SMALL_CLASS = re.compile(r"(?:^|\s)(?:text-(?:2xs|xs|sm|\[\d{1,2}px\])|italic|small)(?=$|\s)")
# ... or centred under the picture, the caption convention of Chinese CMSs
_SMALL_OR_ITALIC = re.compile(r"font-size\s*:\s*(?:smaller|small|x-small|xx-small)|font-style\s*:\s*italic"
                              r"|text-align\s*:\s*center", re.I)


def _styled_chain(el) -> bool:
    """The whole text of el sits in one styled element, through wrappers that add nothing
    (<p><span style="font-size:smaller"><em>...</em></span></p>)."""
    for _ in range(3):
        kids = [c for c in el if isinstance(c.tag, str) and not _empty(c)]
        if len(kids) != 1 or (el.text or "").strip() or (kids[0].tail or "").strip():
            return False
        el = kids[0]
        if el.tag in _STYLE_TAGS or _SMALL_OR_ITALIC.search(el.get("style") or ""):
            return True
    return False
