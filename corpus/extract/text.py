"""extract (text): a plain-text scrape -> Article, its captions found as the paragraphs printed twice.

Content-farm mirrors serve news pages as plain text: paragraphs separated by blank lines, the headline
repeated at the top (often cut with "..."), every image caption printed twice where the image stood,
boilerplate lines ("Advertisement", "read more from <site>.....", "PREV <headline> trends now") and at
times an unrelated story inserted in the middle. The scan below works in one pass over the paragraphs,
comparing each one only with its neighbours, so it stays linear in the length of the scrape.

The inserted story: its captions are kept (they describe real pictures), its paragraphs are left out of
`Article.paragraphs`, so they are never context for a caption; figure positions index the main story.
"""
from __future__ import annotations

import codecs
import hashlib
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from ..config import ExtractConfig
from ..records import Article, Figure, RawDoc, article_id_for
from ..rejects import Ledger, Reason
from . import NotArticle
from .credits import split_credit

log = logging.getLogger(__name__)

PAIR_SIMILARITY = 0.85  # token F1 of two copies of one caption; distinct neighbour paragraphs stay far below
MAX_GAP = 2  # boilerplate lines allowed between the two copies of a caption ("Advertisement" in between)
HEADER_SCAN = 8  # the repeated headline (and its byline/date lines) sit within the first units
INSERT_MAX_UNITS = 25  # an inserted story is an excerpt: it ends at an ad/"read more" line within this span
RESTATE_OVERLAP = 0.4  # share of a headline's content words its story's first paragraph repeats

_ELLIPSIS = re.compile(r"(?:\.{3,}|…)\s*$")
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_TRIM = " -–—•*|[]()<>.…:·=_#~"

# Boilerplate lines, matched against the whole line (lower-cased, decoration trimmed): (kind, pattern).
# "ad" and "more" lines also end an inserted story; none of them is ever a caption or a body paragraph.
_AD_WORDS = (r"advertisements?|advertising|advert|ads?|anzeigen?|werbung|publicit[ée]s?|publicidad|"
             r"publicidade|anuncios?|pubblicit[àa]|annunci[oi]|reclame|advertentie|reklam[ae]?|annons|"
             r"mainos|реклама|広告|광고|sponsored(?: (?:content|links?|stories|post|by .{1,40}))?|"
             r"paid (?:content|post|partnership)|promoted(?: (?:content|stories))?|gesponsert|sponsoris[ée]")
_MORE_TAIL = r"(?:\s*(?:from|on|at|in|:)\s*.{0,200})?"
BOILERPLATE: tuple[tuple[str, str], ...] = (
    ("ad", _AD_WORDS),
    ("ad", r"(?:the )?(?:story|article|text|content) continues (?:below|after)"
           r"(?: (?:this |the )?(?:advertisement|ad))?"),
    ("ad", r"continue reading (?:the (?:main )?story|below)(?: (?:the )?(?:advertisement|ad))?"),
    ("ad", r"scroll (?:down )?to continue(?: with content| reading)?|weiter nach der anzeige"),
    ("ad", r"(?:advertisement|ad|anzeige|werbung|publicit[ée]|publicidad)\W+(?:scroll|continue|story|article|"
           r"weiter|suite|sigue).{0,60}"),
    ("more", r"(?:read|see|view) (?:more|also|the full (?:story|article))" + _MORE_TAIL),
    ("more", r"(?:related|also read|more|mehr|à lire aussi|lire aussi|m[aá]s informaci[oó]n)\s*:.{0,200}"),
    ("more", r"continue reading" + _MORE_TAIL + r"|click here to read more.{0,100}"),
    ("more", r"(?:lesen sie (?:mehr|weiter|auch)|mehr lesen|weiterlesen|mehr dazu)"
             r"(?:\s*(?:auf|bei|unter|:)\s*.{0,200})?"),
    ("more", r"(?:lire (?:la suite|plus|aussi)|en savoir plus)(?:\s*(?:sur|de|à|:)\s*.{0,200})?"),
    ("more", r"(?:leer m[aá]s|seguir leyendo|sigue leyendo|lea tambi[ée]n)(?:\s*(?:en|de|:)\s*.{0,200})?"),
    ("more", r"(?:leggi (?:di più|tutto|anche)|continua a leggere)(?:\s*(?:su|di|:)\s*.{0,200})?"),
    ("more", r"(?:lees (?:meer|ook)|leia (?:mais|também)|czytaj (?:więcej|też))(?:\s*(?:op|em|na|:)\s*.{0,200})?"),
    ("nav", r"(?:prev|next|previous)\b.{0,300}\btrends now"),
    ("nav", r"(?:previous|next) (?:article|story|post|page)\b.{0,200}"),
    ("share", r"share (?:this|the) (?:article|story|page|post)|share or comment on this article|shares?|"
              r"comments?|tweet|print|e-?mail|whatsapp|facebook|twitter|pinterest|linkedin|"
              r"artikel teilen|teilen|partager(?: cet article)?|compartir(?: este art[ií]culo)?|"
              r"condividi(?: questo articolo)?|delen|compartilhe"),
    ("share", r"share (?:on|via|with|to) .{0,40}"),
    ("share", r"(?:follow us on|sign up (?:for|to)|subscribe to|get our free) [^.!?]{0,80}"),
    # a credit printed on its own line, once or twice: never a caption
    ("credit", r"(?:image|photo|picture|pic|photograph|foto|bild|credit|image credit|photo credit|quelle|source|"
               r"cr[ée]dit|fuente)s?\s*:\s*\S+(?:\s+\S+){0,3}|\(?(?:getty images|getty|reuters|afp|ap photo|ap|"
               r"pa|pa wire|epa|shutterstock|alamy|rex features|rex|dpa|ansa|efe)(?:\s*/\s*[^.!?:]{0,40})?\)?"),
    ("share", r"related(?: articles?| stories| content| posts| news)?|more on this story|you may also like|"
              r"recommended(?: for you)?|most (?:read|popular)|trending(?: now)?|top stories|loading|"
              r"click to (?:enlarge|expand)|scroll down for (?:video|videos|more)|view (?:gallery|comments)|"
              r"(?:play|watch|replay)(?: (?:video|now))?|"
              r"video|image|photo|gallery|back to top|mehr zum thema|à lire aussi|noticias relacionadas"),
)
_BOILER_RE = [(kind, re.compile(pattern, re.I)) for kind, pattern in BOILERPLATE]
_SITE_RE = re.compile(r"^(?:read more|continue reading|lesen sie mehr|lire la suite|leer m[aá]s|leggi di più)"
                      r"\s+(?:from|on|at|auf|sur|en|su)\s+(?:the\s+)?([\w.-]{2,60})", re.I)
# byline and date lines between the headline and the body
_META_RE = re.compile(r"(?:by|von|par|por|di|door|from)\s+[^.!?]{2,80}|(?:published|updated|last updated|posted|"
                      r"veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato)\b.{0,100}",
                      re.I)
# a leading marker that introduces a caption printed once ("Pictured: ..."); the marker is not caption text
_MARKER = re.compile(
    r"^(?:pictured(?:[ ,]+(?:above|below|left|right|top|bottom|here|inset|centre|center|main|from left))*|"
    r"above|below|left|right|top|bottom|inset|im bild|auf dem bild|auf den bildern|sur (?:la|cette) photo|ci-dessus|"
    r"en la (?:imagen|foto|fotograf[ií]a)|nella foto|nell'immagine|na foto|op de foto|photo|image|foto|bild)"
    r"\s*:\s*", re.I)
MARKER_MIN_WORDS = 4  # "Photo: Reuters" is a credit line, not a caption


@dataclass(slots=True)
class Item:
    """One paragraph of the scrape as classified: body | caption | head | boiler."""

    kind: str
    text: str
    boiler: str = ""  # ad | more | nav | share, for boiler items
    inserted: bool = False  # part of an unrelated story inserted in the middle


@dataclass(slots=True)
class Scrape:
    """What a text scrape holds: headline, main-story paragraphs, captions with their positions."""

    title: str | None
    site: str | None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[tuple[str, int]] = field(default_factory=list)  # (caption, index of next paragraph)


# ---------------------------------------------------------------- text helpers

def tokens(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def similarity(a: str, b: str) -> float:
    """Token-multiset F1: 1.0 for copies, ~0.95 for a caption restating a sentence with small edits."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    na, nb = sum(ta.values()), sum(tb.values())
    if not na or not nb:
        return 1.0 if a.strip() == b.strip() else 0.0
    common = sum((ta & tb).values())
    return 2 * common / (na + nb)


def _cut(text: str) -> str:
    return _ELLIPSIS.sub("", text).strip()


def same_text(a: str, b: str) -> bool:
    """Two copies of one caption or headline: near-identical tokens, or one cut short with "..."."""
    if similarity(a, b) >= PAIR_SIMILARITY:
        return True
    ca, cb = _cut(a).casefold(), _cut(b).casefold()
    short, long_ = sorted((ca, cb), key=len)
    if not long_.startswith(short):
        return False
    if a != _cut(a) or b != _cut(b):
        return len(short) >= 20  # a headline copy cut with "..."
    return len(short) >= 30 and len(short) >= 0.5 * len(long_)  # a copy with text added (credit, "Pictured:")


def boilerplate_kind(text: str) -> str:
    """"ad" | "more" | "nav" | "share" when the line is boilerplate, else ""."""
    if len(text) > 400:
        return ""
    core = text.strip(_TRIM).strip()
    if not core and text.strip():
        return "share"  # a line of dots or dashes: a separator
    for kind, rx in _BOILER_RE:
        if rx.fullmatch(core):
            return kind
    return ""


def _ends_sentence(text: str) -> bool:
    return text.rstrip(" '\"’”»)]").endswith((".", ",", ";", ":"))


def headline_like(text: str) -> bool:
    """Short, no closing full stop: a headline (or a subhead) rather than a body paragraph."""
    words = len(text.split())
    if _ELLIPSIS.search(text):
        return 4 <= words <= 30 and not text[:1].islower()  # a headline cut by the mirror
    return 6 <= words <= 30 and not _ends_sentence(text) and not text[:1].islower()


def _content_words(text: str) -> set[str]:
    return {t for t in tokens(text) if len(t) >= 4 or not t.isascii()}


# ---------------------------------------------------------------- decoding and units

def decode(content: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252; NUL-laden bytes are no text."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16", errors="replace")
    if b"\x00" in content[:65536]:
        raise NotArticle(Reason.EXTRACT_ENCODING, "NUL bytes: binary data, not a text scrape")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def split_units(text: str) -> list[str]:
    """Paragraphs: blank-line blocks, split into their lines (headline copies share a block), with
    lines joined back when a line continues a sentence (starts lower-case after no closing mark)."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    units: list[str] = []
    for block in re.split(r"\n[ \t\u00a0]*\n", text):
        prev_in_block = False
        for line in block.split("\n"):
            line = _SPACE.sub(" ", line).strip()
            if not line:
                continue
            if prev_in_block and line[:1].islower() and not _ends_sentence(units[-1]) \
                    and not _ELLIPSIS.search(units[-1]):
                units[-1] = f"{units[-1]} {line}"
            else:
                units.append(line)
            prev_in_block = True
    return units


# ---------------------------------------------------------------- the scan

def _header(units: list[str], kinds: list[str]) -> tuple[int, list[list[str]]]:
    """How many leading units form the header, and its headline groups (copies of one headline)."""
    groups: list[list[str]] = []
    end = 0
    for i, (text, kind) in enumerate(zip(units[:HEADER_SCAN + 4], kinds)):
        if kind:
            end = i + 1
            continue
        group = next((g for g in groups if same_text(g[0], text)), None)
        if group is not None:
            group.append(text)
        elif _ELLIPSIS.search(text) and len(text.split()) >= 4 or (not groups and headline_like(text)):
            groups.append([text])
        elif groups and _META_RE.fullmatch(text) and len(text.split()) <= 14:
            pass  # byline or date line under the headline
        elif not groups and i < 3 and len(text.split()) <= 5 and not _ends_sentence(text):
            pass  # site or section name above the headline
        else:
            break
        end = i + 1
    return (end, groups) if groups else (0, [])


def _best_copy(copies: list[str], longest: bool = True) -> str:
    """The complete form: a copy not cut with "..." (the longest, or the first), else the longest cut."""
    whole = [c for c in copies if not _ELLIPSIS.search(c)]
    if whole:
        return max(whole, key=len) if longest else whole[0]
    return _cut(max(copies, key=len))


def _runs(units: list[str], kinds: list[str], start: int) -> list[list[int] | int]:
    """Group consecutive near-identical units (boilerplate between them allowed); boiler units stand alone."""
    out: list[list[int] | int] = []
    last_run: list[int] | None = None
    gap = 0
    for i in range(start, len(units)):
        if kinds[i]:
            out.append(i)
            gap += 1
            continue
        if last_run is not None and gap <= MAX_GAP and same_text(units[last_run[-1]], units[i]):
            last_run.append(i)
        else:
            last_run = [i]
            out.append(last_run)
        gap = 0
    return out


def _split_run(texts: list[str]) -> list[tuple[str, str]]:
    """A run of copies -> (kind, text) items: 2 copies are a caption; in 3, the odd one out is body."""
    if len(texts) == 1:
        return [("body", texts[0])]
    if len(texts) == 3:
        if _closeness(texts[1], texts[2]) >= _closeness(texts[0], texts[1]):
            return [("body", texts[0]), ("caption", _best_copy(texts[1:], False))]
        return [("caption", _best_copy(texts[:2], False)), ("body", texts[2])]
    items = [("body", texts[0])] if len(texts) % 2 else []
    first = len(texts) % 2
    items += [("caption", _best_copy(texts[j:j + 2], False)) for j in range(first, len(texts), 2)]
    return items


def _closeness(a: str, b: str) -> tuple[float, bool]:
    """The two copies of a caption are the closest pair; exact equality breaks ties (body has its full stop)."""
    return similarity(a, b), a == b


def _classify(units: list[str], kinds: list[str], start: int, title: str | None,
              other_heads: list[str]) -> list[Item]:
    """Runs -> items; a copy of the title is dropped, a copy of another top headline starts an inserted story."""
    items: list[Item] = []
    for run in _runs(units, kinds, start):
        if isinstance(run, int):
            items.append(Item("boiler", units[run], boiler=kinds[run]))
            continue
        texts = [units[i] for i in run]
        if title and same_text(title, texts[0]):
            items.append(Item("head", _best_copy(texts)))
        elif any(same_text(h, texts[0]) for h in other_heads):
            items.append(Item("head", _best_copy(texts), boiler="other"))
        elif len(texts) == 1:
            items.extend(_single(texts[0]))
        else:
            items.extend(Item(k, t) for k, t in _split_run(texts))
    return items


def _single(text: str) -> list[Item]:
    """A paragraph printed once: body, unless a "Pictured:" marker introduces it as a caption."""
    m = _MARKER.match(text)
    if not m:
        return [Item("body", text)]
    rest = text[m.end():].strip()
    if len(rest.split()) < MARKER_MIN_WORDS:
        return [Item("boiler", text, boiler="credit")]
    return [Item("caption", rest)]


def _insert_end(items: list[Item], i: int, main_before: int) -> int:
    """End (exclusive) of an inserted story whose headline is items[i]; 0 when items[i] starts none.

    A copy of another top headline starts one for sure; a headline-like paragraph (a subhead looks the
    same) only when the next paragraph restates it and an ad line ends it before the main story resumes.
    """
    head = items[i]
    strong = head.kind == "head" and head.boiler == "other" and main_before >= 1
    if not strong and not (head.kind == "body" and main_before >= 2 and headline_like(head.text)):
        return 0
    bodies = [it for it in items[i + 1:i + 4] if it.kind == "body"]
    if not bodies or not (strong or _restates(head.text, bodies[0].text)):
        return 0
    end = _story_end(items, i + 1, ("ad", "more", "nav") if strong else ("ad",))
    if end is None:
        return len(items) if strong and len(items) <= i + 1 + INSERT_MAX_UNITS else 0
    resumes = any(it.kind == "body" for it in items[end:])
    return end if strong or resumes else 0


def _restates(headline: str, paragraph: str) -> bool:
    words = _content_words(headline)
    return bool(words) and len(words & _content_words(paragraph)) / len(words) >= RESTATE_OVERLAP


def _story_end(items: list[Item], start: int, enders: tuple[str, ...]) -> int | None:
    """Index of the line that ends an inserted story (an ad, or the next headline), None if none near."""
    for j in range(start, min(len(items), start + INSERT_MAX_UNITS)):
        if items[j].kind == "head" or items[j].kind == "boiler" and items[j].boiler in enders:
            return j
    return None


def _mark_inserted(items: list[Item]) -> None:
    i, main_before = 0, 0
    while i < len(items):
        end = _insert_end(items, i, main_before) if items[i].kind in ("head", "body") else 0
        if end:
            for it in items[i:end]:
                it.inserted = True
            i = end
            continue
        main_before += items[i].kind == "body"
        i += 1


def scan(text: str) -> Scrape:
    """Classify every paragraph of a scrape; see the module docstring for the format."""
    units = split_units(text)
    kinds = [boilerplate_kind(u) for u in units]
    start, groups = _header(units, kinds)
    main = max(groups, key=len) if groups else []  # the most repeated headline; max keeps the first on ties
    other_heads = [_best_copy(g) for g in groups if g is not main]
    title = _best_copy(main) if main else None
    items = _classify(units, kinds, start, title, other_heads)
    _mark_inserted(items)
    out = Scrape(title=title, site=_site(units, kinds))
    for it in items:
        if it.kind == "caption":
            out.captions.append((it.text, len(out.paragraphs)))
        elif it.kind == "body" and not it.inserted:
            out.paragraphs.append(it.text)
    return out


def _site(units: list[str], kinds: list[str]) -> str | None:
    for text, kind in zip(reversed(units), reversed(kinds)):
        if kind == "more":
            m = _SITE_RE.match(text)
            if m:
                return m.group(1).strip(".").lower() or None
    return None


# ---------------------------------------------------------------- entry points

def extract_text(doc: RawDoc, cfg: ExtractConfig, ledger: Ledger) -> Article:
    """A text scrape -> Article: main-story paragraphs, one Figure per caption (no image URL)."""
    scrape = scan(decode(doc.content))
    if not scrape.paragraphs and not scrape.captions:
        raise NotArticle(Reason.EXTRACT_NOT_ARTICLE, "text scrape without body paragraphs or captions")
    sha = doc.ref.sha256 or hashlib.sha256(doc.content).hexdigest()
    article = Article(ref=doc.ref, article_id=article_id_for(None, sha), kind="text", url=doc.url,
                      title=scrape.title or doc.title, published=_published(doc.published), site=scrape.site,
                      paragraphs=scrape.paragraphs, base_dir=doc.base_dir, root=doc.root)
    for raw, position in scrape.captions:
        ledger.see("figures")
        ledger.keep("figures")
        caption, credit = split_credit(raw)
        if not caption:  # nothing but a credit-like text: keep it whole, the filters judge it
            caption, credit = raw, None
        article.figures.append(Figure(index=len(article.figures), src=None, url=None, caption=caption,
                                      credit=credit, position=position, caption_source="text_scrape"))
    return article


def _published(value: str | None) -> datetime | None:
    """An ISO-like hint from a JSONL export, in UTC; anything unreadable is no date."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        log.debug("unreadable published hint %r", value)
        return None
    return when.astimezone(timezone.utc) if when.tzinfo else when.replace(tzinfo=timezone.utc)


def looks_like_text_scrape(text: str) -> bool:
    """Prose paragraphs (a scrape or a plain article), not code, a table, a log or markup."""
    stripped = text.lstrip()
    if not stripped or stripped[0] in "{[<":
        return False
    units = split_units(text[:65536])
    markup = sum(u.startswith(("#", "- ", "* ", "```", "|", "> ", "1. ")) for u in units)
    if markup >= 0.3 * len(units):
        return False  # Markdown notes or a README, not a news page
    prose = [u for u in units if _prose(u)]
    if len(prose) < 2 or len(prose) < 0.4 * len(units):
        return False
    signals = any(boilerplate_kind(u) for u in units) or any(
        same_text(a, b) for a, b in zip(units, units[1:]) if len(a.split()) >= 4)
    return len(prose) >= 3 or signals


def _prose(unit: str) -> bool:
    """A sentence-like line: enough words, mostly letters, not code or a table row."""
    if len(unit.split()) < 5 or unit.count("\t") >= 2 or unit.rstrip().endswith(("{", "}", ";")):
        return False
    chars = unit.replace(" ", "")
    return sum(c.isalpha() for c in chars) >= 0.7 * len(chars)
