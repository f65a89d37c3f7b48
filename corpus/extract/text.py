"""extract (text): a plain-text scrape -> Article, its captions found as the paragraphs printed twice.

Content-farm mirrors serve news pages as plain text: paragraphs separated by blank lines, the headline
repeated at the top (often cut with "..."), every image caption printed twice where the image stood,
boilerplate lines ("Advertisement", "read more from <site>.....", "PREV <headline> trends now") and at
times an unrelated story inserted in the middle. The scan below works in one pass over the paragraphs,
comparing each one only with its neighbours, so it stays linear in the length of the scrape.

Around the captions: byline/date lines near the top, the headline-like links under "Related articles" or
"Sponsored links" and pull quotes (a quote printed again, its words inside a nearby paragraph) are left out,
so a caption's context holds body text only. Two copies of a caption may differ by a credit or a cut.

The inserted story: its captions are kept (they describe real pictures), its paragraphs are left out of
`Article.paragraphs`, so they are never context for a caption; figure positions index the main story.

A scrape saved as Markdown is first read as the plain scrape it renders to (markdown.py), which names each
caption's picture; a scrape a text dumper wrapped has its lines run on where the dumper broke them.
"""
from __future__ import annotations

import bisect
import codecs
import itertools
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime, timezone

from ..config import ExtractConfig
from ..ingest.detect import JSON_OPENING
from ..records import Article, Figure, RawDoc, article_id_for, document_sha256
from ..rejects import Ledger, Reason
from ..words import MARKS, count_words, letter_count, unstopped_script
from . import NotArticle
from .boilerplate import (MARKER_RE, PICTURE_CONTROL, SITE_RE, STAFF_LINE, TRIM, WORDED_DATE, boilerplate_kind,
                          heads_link_list, meta_line)
from .credits import (HIDDEN_SOURCE, abbreviated_label, for_outlet, in_own_brackets, is_agency, is_bare_credit,
                      made_by, names_provenance, split_credit, starts_like_credit)
from .listed import UNPLACED, listed_figures, paragraph_slots
from .markdown import SENTENCE_STOP, markdown_to_scrape
from .metadata import domain_of
from .urls import absolute

log = logging.getLogger(__name__)

PAIR_SIMILARITY = 0.85  # token F1 of two copies of one caption; distinct neighbour paragraphs stay far below
MAX_GAP = 2  # boilerplate lines allowed between the two copies of a caption ("Advertisement" in between)
HEADER_SCAN = 8  # the repeated headline (and its byline/date lines) sit within the first units
INSERT_MAX_UNITS = 25  # an inserted story is an excerpt: it ends at an ad/"read more" line within this span
RESTATE_OVERLAP = 0.4  # share of a headline's content words its story's first paragraph repeats
META_SCAN = 16  # byline and date lines sit near the top, at times below a bullet-point summary
LINK_LIST_MAX = 12  # lines a "Related articles" list may hold
LINK_MAX_WORDS = 25  # a linked headline is short
PULL_WINDOW = 8  # a pull quote sits within this many body paragraphs of the paragraph it repeats
PULL_MIN_CHARS = 12  # shorter quotes ("'No.'") may well be said twice

_ELLIPSIS = re.compile(r"(?:\.{3,}|…)\s*$")
_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+")
_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_QUOTES = ("'", '"', "‘", "’", "“", "”", "„", "«", "»", "‹", "›")
# zero-width spaces, word joiners, byte-order marks and soft hyphens; not the (non-)joiners U+200C/D: words are
# spelled with them
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")

MARKER_MIN_WORDS = 4  # "Photo: Reuters" is a credit line, not a caption


@dataclass(slots=True)
class Item:
    """One paragraph of the scrape as classified: body | caption | head | boiler."""

    kind: str
    text: str
    boiler: str = ""  # boilerplate kind (ad, more, nav, share, credit, meta, link) or "pull" (pull quote)
    inserted: bool = False  # part of an unrelated story inserted in the middle
    credit: str = ""  # a caption's credit told by its copies: the labelled tail one copy adds to the other


@dataclass(slots=True)
class Scrape:
    """What a text scrape holds: headline, main-story paragraphs, captions with their positions."""

    title: str | None
    site: str | None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[tuple[str, int]] = field(default_factory=list)  # (caption, index of next paragraph)
    credits: dict[str, str] = field(default_factory=dict)  # caption -> the credit its copies tell (Item.credit)


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


def word_count(text: str) -> int:
    """Words of a line in any script: Chinese and Japanese characters and Thai, Lao, Khmer and Burmese letters
    counted as words are on average (corpus.words), so the limits below hold for scripts without spaces too."""
    return count_words(text)


def _cut(text: str) -> str:
    return _ELLIPSIS.sub("", text).strip()


def same_text(a: str, b: str) -> bool:
    """Two copies of one caption or headline: near-identical tokens (credits aside), or one cut short."""
    if similarity(a, b) >= PAIR_SIMILARITY or similarity(_uncredited(a), _uncredited(b)) >= PAIR_SIMILARITY:
        return True
    ca, cb = _cut(a).casefold(), _cut(b).casefold()
    short, long_ = sorted((ca, cb), key=len)
    if not long_.startswith(short):
        return False
    if a != _cut(a) or b != _cut(b):
        return len(short) >= 20  # a headline copy cut with "..."
    # (the added text starts a word of its own: "Tundikhel" is no copy of "Tundikhelma ghodejatra : ...")
    cut_word = short[-1:].isalnum() and long_[len(short):len(short) + 1].isalnum()
    # the added text as printed: whether it opens with a capital tells a credit from the sentence running on
    shown = b if long_ is cb else a
    tail = (shown if len(shown) == len(long_) else long_)[len(short):].strip()
    if word_count(short) >= 1 and not cut_word and _credit_tail(short, tail):
        return True  # a short caption and its copy with a credit added ("... Moria Кадр: видео ...", "... 팬들. X")
    return len(short) >= 30 and len(short) >= 0.5 * len(long_)  # a copy with text added (credit, "Pictured:")


@lru_cache(maxsize=4096)
def _uncredited(text: str) -> str:
    """The text without a trailing credit ("... scene. Photo: AP"): short captions differ only there."""
    return split_credit(text)[0] or text


def _ends_sentence(text: str) -> bool:
    return text.rstrip(" '\"’”»)]」』）").endswith((".", ",", ";", ":", "。", "．", "，", "；", "：", "।", "۔"))


def headline_like(text: str) -> bool:
    """Short, no closing full stop: a headline (or a subhead) rather than a body paragraph."""
    words = word_count(text)
    if _ELLIPSIS.search(text):
        return 4 <= words <= 30 and not text[:1].islower()  # a headline cut by the mirror
    # (or four or five long words: a headline in a language of long compounds, Sanskrit's or Inuktitut's)
    return (6 <= words or (4 <= words and letter_count(text) >= _LONG_HEADLINE_LETTERS)) and words <= 30 \
        and not _ends_sentence(text) and not text[:1].islower()


_LONG_HEADLINE_LETTERS = 40


def _content_words(text: str) -> set[str]:
    return {t for t in tokens(text) if len(t) >= 4 or not t.isascii()}


# ---------------------------------------------------------------- decoding and units

def decode(content: bytes) -> str:
    """UTF-8 (with or without BOM; a few stray Windows-1252 bytes read as such), UTF-16 with BOM, else the
    legacy encoding chardet guesses (cp1252 when it finds none); NUL-laden bytes are no text."""
    from ..ingest.detect import decode_legacy, decode_mostly_utf8

    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16", errors="replace")
    if b"\x00" in content[:65536]:
        raise NotArticle(Reason.EXTRACT_ENCODING, "NUL bytes: binary data, not a text scrape")
    text = decode_mostly_utf8(content)
    if text is None:
        legacy = decode_legacy(content)
        text = legacy[0] if legacy else content.decode("cp1252", errors="replace")
    return text


def split_units(text: str, over_credit: dict[int, str] | None = None) -> list[str]:
    """Paragraphs: blank-line blocks, split into their lines (headline copies share a block), with
    lines joined back when a line continues a sentence (starts lower-case after no closing mark). over_credit, when
    given, gets the index of each unit that is a line with a credit line under it, and that credit line."""
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\f" in text:
        text = _without_running_heads(text)
    units: list[str] = []
    blocks = [[s for line in block.split("\n") if (s := _SPACE.sub(" ", line).strip())]
              for block in re.split(r"\n[ \t\u00a0]*\n", text)]
    credited = _credit_under_copy(blocks)
    width = _wrap_width(blocks)
    for b, block in enumerate(blocks):
        prev_in_block = False
        for k, line in enumerate(block):
            if prev_in_block and width and len(block[k - 1]) + 1 + len(line.split(" ", 1)[0]) > width \
                    and not units[-1].endswith(_CLOSES_WITHOUT_SPACES):
                units[-1] = f"{units[-1]} {line}"  # a dumper broke the line here: the next word did not fit
            elif prev_in_block and line[:1].islower() and not _ends_sentence(units[-1]) \
                    and not _ELLIPSIS.search(units[-1]):
                units[-1] = f"{units[-1]} {line}"
            elif prev_in_block and _opens_bracket(units[-1]) and line.endswith(")"):
                units[-1] = f"{units[-1]} {line}"  # a credit in brackets broken over two lines: "(Foto: Jane\nRoe/X)"
            elif prev_in_block and b in credited:
                units[-1] = f"{units[-1]} {line}"  # the credit line under a copy of a caption
            elif prev_in_block and (credit := _credit_line(line)) != _credit_line(units[-1]):
                # a caption and its credit on lines of their own in one paragraph: one unit, the credit first set
                # off by a bar, as split_credit reads a credit shown before its caption ("Фото: X | Caption")
                units[-1] = f"{units[-1]} {line}" if credit else f"{units[-1]} | {line}"
                if credit and over_credit is not None:
                    over_credit[len(units) - 1] = line
            else:
                units.append(line)
            prev_in_block = True
    return units


def _opens_bracket(line: str) -> bool:
    """The line leaves a round bracket open: the next line goes on inside it."""
    return line.rfind("(") > line.rfind(")")


# a line of a script written without spaces that ends a sentence or a bracketed credit ("…と話した。", "…（X撮影）"):
# whole, not a wrapped piece of a line (the next line's "first word" is the whole of it in such a script)
_CLOSES_WITHOUT_SPACES = ("。", "！", "？", "」", "』", "）")


def _without_running_heads(text: str) -> str:
    """A printed page's text (a browser's print to PDF, then pdftotext): pages split by form feeds, each opening
    with the same running head (date, time and title) and closing with the same foot (the address and "2/3"). Lines
    at a page's edges that recur on two pages or more, digits aside, go."""
    pages = [page.split("\n") for page in text.split("\f")]
    edges = Counter()
    for lines in pages:
        edges.update({_DIGITS.sub("#", line.strip()) for line in _edge_lines(lines)})
    running = {line for line, n in edges.items() if n >= 2 and line}
    if not running:
        return text
    kept = []
    for lines in pages:
        edge = set(map(id, _edge_lines(lines)))
        kept.append("\n".join(line for line in lines
                              if not (id(line) in edge and _DIGITS.sub("#", line.strip()) in running)))
    return "\n\n".join(kept)


RUNNING_HEAD_LINES = 2  # lines at each edge of a printed page where its running head and foot sit
_DIGITS = re.compile(r"\d+")


def _edge_lines(lines: list[str]) -> list[str]:
    shown = [line for line in lines if line.strip()]
    return shown[:RUNNING_HEAD_LINES] + shown[-RUNNING_HEAD_LINES:]


WRAP_MAX_WIDTH = 120  # text dumpers (lynx, w3m, elinks, mail tools) wrap at 72 to 80 columns, some wider
WRAP_SLACK = 20  # a wrapped line falls short of the width by at most a long word
WRAP_FULL_SHARE = 0.5  # of the lines that go on in their paragraph, how many must reach the width
WRAP_MIN_LINES = 4


def _wrap_width(blocks: list[list[str]]) -> int | None:
    """The width a text dumper wrapped the file's paragraphs at (`lynx -dump`, `w3m -dump`), or None when it
    is not wrapped: its longest line is short, and most lines that go on in their paragraph come close to it.
    (In an unwrapped scrape the lines that go on are bylines and link lists, short beside its paragraphs. A dumper
    wraps no address: its list of the page's links, "1. https://...", runs past the width.)"""
    going_on = [len(line) for block in blocks for line in block[:-1] if not _ADDRESS_LINE.fullmatch(line)]
    width = max((len(line) for block in blocks for line in block if not _ADDRESS_LINE.fullmatch(line)), default=0)
    if len(going_on) < WRAP_MIN_LINES or width > WRAP_MAX_WIDTH:
        return None
    full = sum(n >= width - WRAP_SLACK for n in going_on)
    return width if full >= WRAP_FULL_SHARE * len(going_on) else None


_ADDRESS_LINE = re.compile(r"(?:\d{1,4}\.\s)?\S+://\S+")


def _credit_under_copy(blocks: list[list[str]]) -> set[int]:
    """Blocks of two lines, a caption and a short line under it, whose caption is printed again nearby, alone or over
    the same line: the short line is the caption's credit, whatever it says ("tagesplus/Jane Roe", "Leser-Reporter",
    "Kapo AI" under the copies of a picture's caption)."""
    out = set()
    for b, block in enumerate(blocks):
        if len(block) != 2 or not _short_credit_line(block[1]) or len(block[0]) <= len(block[1]):
            continue
        near = blocks[max(0, b - _COPY_GAP):b] + blocks[b + 1:b + 1 + _COPY_GAP]
        # (the copy nearby is the caption alone or with the same line: a line before the caption that several pictures
        # share, "Image source, X", has a different caption under each)
        if any(other in ([block[0]], block) for other in near) and not _credit_line(block[0]):
            out.add(b)
    return out


_COPY_GAP = 3  # blocks between two copies of a caption: an ad line and a lone copy of it at most


def _short_credit_line(line: str) -> bool:
    return word_count(line) <= _CREDIT_LINE_WORDS and len(line) <= _CREDIT_LINE_CHARS and not _ends_sentence(line) \
        and not line.endswith(("!", "?"))


_CREDIT_LINE_WORDS = 6
_CREDIT_LINE_CHARS = 60


def _credit_line(line: str) -> bool:
    """A line that is only a labelled photo credit ("Autor/allikas: Jane Roe /ERR", "Фото: X", "PHOTO X, LA PRESSE"),
    its label in any language when a name follows it ("Kiʻi: Jane Roe")."""
    if len(line) > 120 or _PICTURE_TAG.fullmatch(line):
        return False  # (a text browser's "[IMG]" where a picture stood is no initials' credit)
    caption, credit = split_credit(line)
    return caption is None and bool(credit) or is_bare_credit(line) or bool(_LABEL_THEN_NAME.fullmatch(line)) \
        or _short_credit_line(line) and names_provenance(line) \
        or _short_credit_line(line) and starts_like_credit(line) and bool(_LABEL_THEN_DASH.match(line)) \
        or _short_credit_line(line) and made_by(line) \
        or bool(_PICTURE_WORD_NAME_LINE.fullmatch(line))
    # ("Example Ledger file", "Supplied"; a label and a dash before who: "تصوير - X", photography; "Pic courtesy X";
    # the picture's word and who, no colon: "Foto Jane Roe", "Foto Comune di X")


# "Foto Jane Roe", "Foto Comune di Example": the picture's word and a name of capitalised words (its particles
# aside), no colon; not a gallery's or a video's heading ("Foto Gallery", "Photo Video")
_PICTURE_WORD_NAME_LINE = re.compile(r"(?:Foto|Photo|Fotos|Photos)\s(?!(?i:galler|galer|vide|album|story|stories)\w*)"
                                     r"[A-ZÀ-Þ][\w'’.-]*(?:\s(?:(?:di|de|del|della|da|do|du|des|von|van|der)\s)?"
                                     r"[A-ZÀ-Þ][\w'’.-]*){0,4}")


_PICTURE_TAG = re.compile(r"\[(?:IMG|INLINE|IMAGE|Image|image)\]")

# one word, a colon, one to five capitalised words of a name: "Kiʻi: Jane Roe", "Piksa: Jane Roe" (not "Update: Police
# arrest a man", whose words after the colon are no name)
_LABEL_THEN_NAME = re.compile(r"[^\W\d_][\w" + MARKS + r"'’ʻ.-]{1,20}\s?[:：]\s?(?:[A-ZÀ-Þ][\w" + MARKS
                              + r"'’ʻ.-]*\s?){1,5}")

# a label of one or two words and a spaced dash before who: "تصوير - X" (photography), "Foto - X"
_LABEL_THEN_DASH = re.compile(r"[^\W\d_][\w" + MARKS + r".'’-]*(?:\s[^\W\d_][\w" + MARKS + r".'’-]*)?\s[—–-]\s[^\W_]")


# ---------------------------------------------------------------- the scan

def _doubled(units: list[str], kinds: list[str], i: int) -> bool:
    """units[i] is printed again next, boilerplate lines between allowed: a caption pair."""
    for j in range(i + 1, min(len(units), i + 2 + MAX_GAP)):
        if not kinds[j]:
            return same_text(units[i], units[j])
    return False


def _mark_meta(units: list[str], kinds: list[str]) -> None:
    """Byline and date lines near the top are boilerplate, also below a bullet-point summary."""
    for i in range(min(len(units), META_SCAN)):
        if not kinds[i] and meta_line(units[i]) and not _doubled(units, kinds, i):
            kinds[i] = "meta"


SEPARATOR_MAX_WORDS = 6  # "Haberin Devamı", "La suite après la publicité": the line a site puts in a cut-out ad's place


def _mark_separators(units: list[str], kinds: list[str]) -> None:
    """A short line standing between the two copies of a caption is an ad's or a continuation's line in a
    language the boilerplate table does not know: the copies around it tell, whatever its words."""
    for i in range(1, len(units) - 1):
        if kinds[i] or word_count(units[i]) > SEPARATOR_MAX_WORDS or _ends_sentence(units[i]):
            continue
        before = next((j for j in range(i - 1, max(-1, i - 1 - MAX_GAP), -1) if not kinds[j]), None)
        after = next((j for j in range(i + 1, min(len(units), i + 1 + MAX_GAP)) if not kinds[j]), None)
        if before is not None and after is not None and word_count(units[before]) >= 2 \
                and same_text(units[before], units[after]) and not same_text(units[before], units[i]) \
                and not _credited_copy(units, kinds, i, (before, after)):
            # (one that reads as a credit alone is the caption's, printed between its bare copies)
            kinds[i] = "credit" if is_bare_credit(units[i]) else "ad"


def _credited_copy(units: list[str], kinds: list[str], i: int, around: tuple[int, int]) -> bool:
    """In "ad line, caption, ad line, caption + credit" both the caption and the second ad line stand between two
    copies: units[i] is a caption's copy when it and a copy two units off carry a credit and the pair around it
    does not."""
    partners = [j for j in (i - 2, i + 2) if 0 <= j < len(units) and not kinds[j] and same_text(units[i], units[j])]

    def credited(a: int, b: int) -> bool:
        return bool(split_credit(units[a])[1] or split_credit(units[b])[1])

    return any(credited(i, j) for j in partners) and not credited(*around)


def _mark_link_lists(units: list[str], kinds: list[str]) -> None:
    """The headline-like lines under "Related articles" / "Sponsored links" are links, not body.

    The list ends at the first sentence (a body paragraph) or caption pair; it never runs long."""
    for i, unit in enumerate(units):
        if not heads_link_list(unit):
            continue
        if _teaser_pairs(units, kinds, i):
            continue
        for j in range(i + 1, min(len(units), i + 1 + LINK_LIST_MAX)):
            if kinds[j]:
                continue
            if not _link_like(units[j]) or _doubled(units, kinds, j) or _splits_pair(units, i, j):
                break
            kinds[j] = "link"


def _teaser_pairs(units: list[str], kinds: list[str], head: int) -> bool:
    """Two titles or more each printed twice right under a link list's heading (a teaser's thumbnail alt, then its
    link): links, not caption pairs (one pair there may be a picture's caption). Marks them; True if it did."""
    j, pairs = head + 1, []
    while j + 1 < len(units) and not kinds[j] and not kinds[j + 1] and _link_like(units[j]) \
            and units[j] == units[j + 1]:
        pairs.append(j)
        j += 2
    if len(pairs) < 2:
        return False
    for j in pairs:
        kinds[j] = kinds[j + 1] = "link"
    return True


def _splits_pair(units: list[str], head: int, j: int) -> bool:
    """units[j] is the second copy of a caption whose first copy stands just above the heading."""
    return any(same_text(units[k], units[j]) for k in range(max(0, head - MAX_GAP), head))


def _link_like(text: str) -> bool:
    """A linked headline: a few words without a closing full stop or quote mark."""
    words = word_count(text)
    return 3 <= words <= LINK_MAX_WORDS and not _ends_sentence(text) and not text.endswith(_QUOTES)


def _header(units: list[str], kinds: list[str], known_title: str | None = None) -> tuple[int, list[list[str]]]:
    """How many leading units form the header, and its headline groups (copies of one headline). With the
    title given beside the text (a JSON record's), the first headline must be a copy of it: an article body
    without its headline often opens with the lead picture's caption pair, which looks the same."""
    groups: list[list[str]] = []
    end = 0
    for i, (text, kind) in enumerate(zip(units[:HEADER_SCAN + 4], kinds)):
        if kind:
            end = i + 1
            continue
        if _CAPTION_SHORTCODE.match(text) or _HIDDEN_CAPTION.match(text):
            break  # the lead picture's caption, marked as one: the story has begun
        group = next((g for g in groups if same_text(g[0], text)), None)
        if group is not None:
            group.append(text)
        elif not groups and _menu_item_before_headline(units, kinds, i):
            pass  # one of the site's menu items, the headline printed twice a few lines below
        elif _ELLIPSIS.search(text) and word_count(text) >= 4 or (not groups and headline_like(text)):
            if known_title and not groups and not same_text(known_title, text):
                break
            groups.append([text])
        elif groups and meta_line(text):
            pass  # byline or date line under the headline
        elif not groups and i < 3 and i + 1 < len(units) and not kinds[i + 1] and same_text(text, units[i + 1]) \
                and not _ends_sentence(text):
            groups.append([text])  # a line printed twice under the site's name, however short: the headline
        elif not groups and i < 3 and word_count(text) <= 5 and not _ends_sentence(text):
            if word_count(text) >= _SHORT_HEADLINE_WORDS and _dated_below(units, kinds, i):
                groups.append([text])  # a short headline printed once, its byline and date under it
            # (else the site's or the section's name above the headline)
        else:
            break
        end = i + 1
    return (end, groups) if groups else (0, [])


_MENU_ITEM_WORDS = 3
_MENU_RUN = 8  # menu items between the site's name and a headline printed twice
_SHORT_HEADLINE_WORDS = 4  # a site's or a section's name is shorter
# a date or a time in any of the forms a dateline prints ("21.09.2026 15:32", "10:48, 14 июня 2026", "June 3, 2025")
_DATE_OR_TIME = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}:\d{2}(?!\d)")
_DATELINE_WORDS = 8
_NAV_MARKS = re.compile(r"[|»>›/]")


def _dated_below(units: list[str], kinds: list[str], i: int) -> bool:
    """A dateline (a short line holding a date or a time) stands within the next two lines after units[i], before
    any line printed twice: units[i] is the headline over its byline and date, not a site's name."""
    if _NAV_MARKS.search(units[i]):
        return False  # a menu or a breadcrumb ("News | Sport", "Home » News")
    seen = 0
    for j in range(i + 1, min(len(units), i + 6)):
        if kinds[j]:
            continue
        if j + 1 < len(units) and same_text(units[j], units[j + 1]) or seen == 0 and headline_like(units[j]):
            return False  # (a headline under it: units[i] is the site's or the section's name)
        if word_count(units[j]) <= _DATELINE_WORDS and _DATE_OR_TIME.search(units[j]) and not _NAV_MARKS.search(units[j]):
            return True
        seen += 1
        if seen == 2:
            return False
    return False


def _menu_item_before_headline(units: list[str], kinds: list[str], i: int) -> bool:
    """units[i] is a short menu item ("Politica", "Arts & Life") in a run of them that a doubled line closes: the
    headline, printed twice below the site's menu."""
    if word_count(units[i]) > _MENU_ITEM_WORDS or _ends_sentence(units[i]):
        return False
    for j in range(i + 1, min(len(units) - 1, i + _MENU_RUN)):
        if kinds[j]:
            continue
        if not kinds[j + 1] and same_text(units[j], units[j + 1]) and word_count(units[j]) > _MENU_ITEM_WORDS:
            return True
        if word_count(units[j]) > _MENU_ITEM_WORDS or _ends_sentence(units[j]):
            return False
    return False


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


_FIELD_LABEL = re.compile(r"[^\W\d_][\w" + MARKS + r"'’.-]*(?: [^\W\d_][\w" + MARKS + r"'’.-]*)? ?[:：]\s*"
                          r"|\[[^\W\d_][\w" + MARKS + r"-]{0,11}\][ \t]*")  # or a bracketed tag: "[IMG] ", "[Bild] "


def _field_labelled(short: str, long_: str) -> bool:
    """long_ is short under a field label or tag a text dumper prints before an image's alt or caption ("Foto: ...",
    "[IMG] ...")."""
    label = long_[:len(long_) - len(short)]
    return long_.casefold().endswith(short.casefold()) and bool(_FIELD_LABEL.fullmatch(label))


def _caption_copy(copies: list[str]) -> str:
    """The fuller copy of a caption: a copy cut short loses, a copy with a credit the other lacks wins
    (extract_text splits the credit off), but not for a bare agency name tacked on ("... penalti. EFE"): the copy
    without it is kept, and _copies_credit gives the agency as its credit."""
    whole = [c for c in copies if not _ELLIPSIS.search(c)] or [_cut(c) for c in copies]
    short, long_ = min(whole, key=len), max(whole, key=len)
    if _field_labelled(short, long_):
        return short  # a dumper's field label before one copy ("Caption: ...", "Foto: ..."): the other is the caption
    tail = long_[len(short):] if long_.casefold().startswith(short.casefold()) else ""
    if tail and boilerplate_kind(tail) == "credit" and (_uncredited(long_) == long_ or is_agency(tail.strip(" .|/"))):
        return short
    return long_


# a labelled credit whatever its label's language: one to three words, a colon or an equals sign, who
# (or a "Source/Outlet" credit)
_ANY_LABEL_TAIL = re.compile(r"(?:[^\W\d_][\w" + MARKS + r".'’-]*\s?){1,3}\s?[:=：]\s*[^\W_].{0,80}"
                             r"|[^\W\d_][\w" + MARKS + r".'’-]*\s?/\s?[^\W_][\w" + MARKS + r".'’ -]{0,40}")
TAIL_CREDIT_MAX_WORDS = 10


def _copies_credit(copies: list[str]) -> str:
    """The credit one copy of a caption adds at its end and the other lacks, when it is labelled ("... voorbijgangers.
    Beeld: Omroep Gelderland" beside "... voorbijgangers."): the copies tell it is no caption text, even in a
    language whose label the credit patterns do not know. "" when the copies tell nothing."""
    short, long_ = sorted((_cut(c) for c in copies), key=len)
    if _field_labelled(short, long_):
        return ""  # the label names a field, not who took the picture
    kept = _caption_copy(copies)
    if kept != long_ and (credit := split_credit(long_)[1]) and not split_credit(kept)[1]:
        return credit  # the copy kept is the one without the credit the patterns split off the other ("… EFE")
    tail = long_[len(short):].strip() if long_.startswith(short) and len(short) < len(long_) else ""
    if not tail or not _credit_tail(short, tail):
        return ""
    return "" if split_credit(long_)[1] else tail  # a credit the patterns split needs no telling


AFTER_SENTENCE_CREDIT_WORDS = 5  # "Litrato halin sa PCG Iloilo" ("photo from ...")


def _credit_tail(short: str, tail: str) -> bool:
    """What one copy of a caption adds at its end reads as a credit: a labelled tail in any language, or a name or
    two after the caption's finished sentence ("... 팬들. 스포츠조선DB", "... del primo tempo. LaPresse")."""
    if not tail or word_count(tail) > TAIL_CREDIT_MAX_WORDS:
        return False
    after_sentence = _ends_sentence(short) and word_count(tail) <= AFTER_SENTENCE_CREDIT_WORDS \
        and not _ends_sentence(tail) and not tail[:1].islower()
    # (a credit that reads as one alone, "Getty Images", or an agency's initials, "RTR", added after any caption; a
    # separator the copy sets before it, "· Piksa: X", is no part of it)
    return bool(_ANY_LABEL_TAIL.fullmatch(tail.lstrip("·•|–—-/ "))) or after_sentence or is_bare_credit(tail) \
        or for_outlet(tail) \
        or (word_count(tail) <= 2 and tail.isupper() and tail.strip("()[]").isalpha())  # "RTR", "(NA)"


def _caption(copies: list[str]) -> Item:
    return Item("caption", _caption_copy(copies), credit=_copies_credit(copies))


def _split_run(texts: list[str]) -> list[Item]:
    """A run of copies -> items: 2 copies are a caption; in 3, the odd one out is body."""
    if len(texts) == 1:
        return [Item("body", texts[0])]
    if len(texts) == 2 and _quote_and_its_paragraph(*texts):
        return [Item("body", texts[0]), Item("body", texts[1])]
    if len(texts) == 3:
        if _closeness(texts[1], texts[2]) >= _closeness(texts[0], texts[1]):
            return [Item("body", texts[0]), _caption(texts[1:])]
        return [_caption(texts[:2]), Item("body", texts[2])]
    items = [Item("body", texts[0])] if len(texts) % 2 else []
    first = len(texts) % 2
    for j in range(first, len(texts), 2):
        if j >= first + 2 and texts[j:j + 2] == texts[j - 2:j]:
            continue  # the same two copies again: the picture printed for a phone's layout too, one picture
        items.append(_caption(texts[j:j + 2]))
    return items


def _quote_and_its_paragraph(a: str, b: str) -> bool:
    """A pull quote next to the paragraph it quotes ("“I knew,” she says. “It was over.”" after "“I knew. It was
    over.”"): near-identical, but the two differ inside, where the attribution was cut out. The two copies of a
    caption are one text, a credit or a cut at an end aside."""
    if not (a.startswith(_QUOTES) and b.startswith(_QUOTES)):
        return False
    x, y = (" ".join(tokens(_uncredited(t))) for t in (a, b))
    return not (x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x))


def _closeness(a: str, b: str) -> tuple[float, bool]:
    """The two copies of a caption are the closest pair; exact equality breaks ties (body has its full stop)."""
    return similarity(a, b), a == b


def _classify(units: list[str], kinds: list[str], start: int, title: str | None,
              other_heads: list[str], credited: dict[int, str]) -> list[Item]:
    """Runs -> items; a copy of the title is dropped, a copy of another top headline starts an inserted story."""
    items: list[Item] = []
    runs = _runs(units, kinds, start)
    for r, run in enumerate(runs):
        if isinstance(run, int):
            if kinds[run] == "credit" and _credit_under_pair(units, kinds, runs, r, items):
                _last_caption(items).credit = units[run]
                continue
            items.append(Item("boiler", units[run], boiler=kinds[run]))
            continue
        texts = [units[i] for i in run]
        if title and _title_copy(title, texts[0]):
            items.append(Item("head", _best_copy(texts)))
        elif any(same_text(h, texts[0]) for h in other_heads):
            items.append(Item("head", _best_copy(texts), boiler="other"))
        elif len(texts) == 1 and _under_picture_control(units, runs, r) and _caption_printed_once(texts[0]):
            items.append(Item("caption", texts[0]))  # the line under "Enlarge this image": the picture's caption
        elif len(texts) == 1 and _credit_line(texts[0]) and _credit_under_pair(units, kinds, runs, r, items):
            # (a credit line the boilerplate table does not know: "JANE ROE/Ledger staff")
            _last_caption(items).credit = texts[0]
        elif len(texts) == 1:
            items.extend(_single(texts[0], credited.get(run[0])))
        else:
            items.extend(_split_run(texts))
            between = [units[k] for k in range(run[0] + 1, run[-1]) if kinds[k] == "credit"]
            if len(texts) == 2 and items[-1].kind == "caption" and not items[-1].credit and len(between) == 1 \
                    and not split_credit(items[-1].text)[1]:
                items[-1].credit = between[0]  # a credit paragraph between the caption's two bare copies
    return items


_PICTURE_CONTROL = re.compile(PICTURE_CONTROL, re.I)


def _under_picture_control(units: list[str], runs: list, r: int) -> bool:
    """runs[r] stands right under a picture's control line ("Enlarge this image", "拡大する") or its placeholder:
    where the picture is."""
    if r == 0 or not isinstance(runs[r - 1], int):
        return False
    at = runs[r - 1]
    if units[at] == PLACEHOLDER:  # (one that closes a caption and its credit above it, "▲ ... / ⓒ X / 관련사진보기",
        # "... Foto: X / <!-- image -->" as docling writes it, opens no caption under it: the story goes on there)
        return not (at and (_credit_line(units[at - 1]) or MARKER_RE.match(units[at - 1])
                            or _caption_over_credit(units[at - 1]) and _captions_above_placeholders(units)))
    return bool(_PICTURE_CONTROL.fullmatch(units[at].strip(TRIM).strip()))


def _captions_above_placeholders(units: list[str]) -> bool:
    """The page prints each picture's caption above the line left where the picture stood (docling's "<!-- image
    -->" after "caption Foto: X"), not under it (a portal's "查看精彩图片" over its caption): more credited captions
    stand right above its placeholders than right under them."""
    at = [i for i, u in enumerate(units) if u == PLACEHOLDER]
    above = sum(i > 0 and _caption_over_credit(units[i - 1]) for i in at)
    below = sum(i + 1 < len(units) and _caption_over_credit(units[i + 1]) for i in at)
    return above > below


PLACEHOLDER = "\ufffc"  # the object replacement character a browser's copy leaves where each picture stood
PLACEHOLDER_MIN = 3  # times a short line recurs where pictures stood to be their placeholder (a site's or a
# section's name, a credit, recur twice)
PLACEHOLDER_MAX_CHARS = 40
# a word for a picture in the placeholder's line ("查看精彩图片", "관련사진보기", "View image"): an ad's marker that
# recurs as often ("Continua após a publicidade") names none
_PICTURE_WORD = re.compile(r"图片|圖片|照片|사진|写真|画像|(?i:photo|foto|image|imagen|imagem|bild|picture|фото|"
                           r"зображення|изображение|صورة|تصویر|तस्वीर|ภาพ|gambar|ảnh)")


def _mark_picture_placeholders(units: list[str], kinds: list[str]) -> None:
    """The line a scrape leaves where each picture stood: the object replacement character (Safari's copy), or a short
    line that names a picture, printed again and again between the story's paragraphs, never twice in a row (a
    portal's "open the app to see the picture"): boilerplate, and a picture's place (the line under it may be its
    caption)."""
    seen = Counter(u for u, k in zip(units, kinds) if not k and len(u) <= PLACEHOLDER_MAX_CHARS
                   and not _ends_sentence(u) and _PICTURE_WORD.search(u) and not _credit_line(u))
    recurring = {line for line, n in seen.items() if n >= PLACEHOLDER_MIN and _placeholder_spread(units, line)}
    for i, unit in enumerate(units):
        if unit.strip() == PLACEHOLDER or not kinds[i] and unit in recurring:
            units[i], kinds[i] = PLACEHOLDER, "share"


def _placeholder_spread(units: list[str], line: str) -> bool:
    """Each copy of the line stands apart, a paragraph or more between two (a caption's copies and a menu's repeated
    items stand together)."""
    at = [i for i, u in enumerate(units) if u == line]
    return all(b - a >= 2 for a, b in zip(at, at[1:]))


def _caption_printed_once(text: str, min_words: int = 0) -> bool:
    """A caption's length, no question nor date line (a headline's shape is no sign here: the control line says a
    picture stands there)."""
    return (min_words or CREDITED_LINE_MIN_WORDS) <= word_count(text) <= CREDITED_LINE_MAX_WORDS \
        and not text.rstrip().endswith(("?", "？")) and not meta_line(text)


def _last_caption(items: list[Item]) -> Item | None:
    """The last item that is no boilerplate (a caption, where a credit line under it is being placed)."""
    return next((it for it in reversed(items) if it.kind != "boiler"), None)


def _credit_under_pair(units: list[str], kinds: list[str], runs: list, r: int, items: list[Item]) -> bool:
    """runs[r], a line that reads as a credit alone ("Photo credit: Jane Roe/Example Ledger"), right under the two
    bare copies of a caption, and a paragraph of the story under it: that caption's credit. One over the next
    caption's copies is left alone (a site that prints the credit over its picture: whose it is cannot be told)."""
    # (a caption's own controls may stand under it, before the credit: "hide caption", "toggle caption")
    b = r - 1
    while b >= 0 and isinstance(runs[b], int) and kinds[runs[b]] != "credit" and r - b <= MAX_GAP:
        b -= 1
    last = _last_caption(items)
    a = r + 1  # (an ad's label between the credit and the story: "(Courtesy of X)", "Advertisement", the story)
    while a < len(runs) and isinstance(runs[a], int) and kinds[runs[a]] == "ad" and a - r <= MAX_GAP:
        a += 1
    before, after = runs[b] if b >= 0 else None, runs[a] if a < len(runs) else None
    return isinstance(before, list) and len(before) == 2 and last is not None and last.kind == "caption" \
        and all(runs[j] > before[-1] for j in range(b + 1, r)) \
        and not last.credit and not split_credit(last.text)[1] \
        and isinstance(after, list) and len(after) == 1 and _ends_sentence(units[after[0]])


def _title_copy(title: str, text: str) -> bool:
    """A copy of the headline, whole or cut, or with the site's name after a bar or dash; not a caption that
    opens with the headline and goes on ("<headline>: residents queue outside ...")."""
    if not same_text(title, text):
        return False
    whole, head = _cut(text), _cut(title)
    rest = whole[len(head):].strip() if whole.casefold().startswith(head.casefold()) else ""
    return word_count(rest) < 3 or rest.startswith(("|", "-", "–", "—"))


def _single(text: str, credit_line: str | None = None) -> list[Item]:
    """A paragraph printed once: body, unless a "Pictured:" marker introduces it as a caption, or it is a line
    with its credit on the line under it (a page's text as a browser copies it: a figcaption's caption and credit
    spans on lines of their own; credit_line is that line, joined to the text's end)."""
    m = MARKER_RE.match(text)
    if not m and credit_line and _caption_over_credit(text, credit_line=True):
        return [Item("caption", text)]
    if not m and credit_line and _caption_over_own_line(text, credit_line):
        # (a credit the patterns do not split off a caption, "Foto Jane": the line it stood on tells where it starts)
        return [Item("caption", text, credit=credit_line)]
    if not m:
        return [Item("body", text)]
    rest = text[m.end():].strip()
    if word_count(rest) < MARKER_MIN_WORDS:
        return [Item("boiler", text, boiler="credit")]
    return [Item("caption", rest)]


# the label a news template hides for screen readers before a picture's caption, as a page's text keeps it ("Image
# caption, ...", its "Image source, X" line above): in the languages its services publish in
_HIDDEN_CAPTION = re.compile(r"^(?i:image caption|подпись к фото|підпис до фото|pie de foto|legenda da foto|"
                             r"légende image|التعليق على الصورة|توضیح تصویر|تصویر کا کیپشن|इमेज कैप्शन|ছবির ক্যাপশান|"
                             r"fotoğraf altı yazısı|keterangan gambar|maelezo ya picha|chụp lại hình ảnh|图像加注文字|"
                             r"圖像加註文字|画像説明|사진 설명|bayanan hoto|àkọlé àwòrán|qoraalka sawirka|"
                             r"คำบรรยายภาพ|surat izohi|şəklin izahı)\s*[,،，:]\s*(?P<caption>\S.*)$")
# WordPress's caption shortcode left in a feed's or a database's text, its picture stripped: "[caption id=...]
# text[/caption]"
_CAPTION_SHORTCODE = re.compile(r"^\\?\[caption\b[^\]]*\](?P<caption>.*?)\\?\[/caption\]$", re.I)
_TAG = re.compile(r"<[^>]{0,400}>")
_SOURCE_THEN_CAPTION = re.compile(r"^(?P<source>.{1,140}?)\s*\|?\s*(?=" + _HIDDEN_CAPTION.pattern[1:] + ")")


def _read_hidden_labels(items: list[Item]) -> None:
    """A line after a template's hidden caption label ("Подпись к фото, ...") is a picture's caption, printed once;
    the source line right over it ("Автор фото, X") its credit, the labels gone. A source line alone is a picture
    shown without a caption: boilerplate. The text of a caption shortcode ("[caption ...] ...[/caption]") is a
    caption too."""
    for k, it in enumerate(items):
        source = None
        if (m := _SOURCE_THEN_CAPTION.match(it.text)) and (src := HIDDEN_SOURCE.match(m.group("source"))):
            source, text = src.group("credit"), it.text[m.end():]
        else:
            text = it.text
        caption = _HIDDEN_CAPTION.match(text) or _CAPTION_SHORTCODE.match(text)
        if caption is None:
            if HIDDEN_SOURCE.match(it.text) and it.kind == "body":
                it.kind, it.boiler = "boiler", "credit"
            continue
        if source is None and k and (src := HIDDEN_SOURCE.match(items[k - 1].text)):
            source = src.group("credit")
        # (a shortcode may keep its picture's tag before the words: "<img src=... /> Caption")
        it.kind, it.credit = "caption", source or it.credit
        it.text = " ".join(_TAG.sub(" ", caption.group("caption")).split())


INDENTED_MIN = 3  # indented paragraphs that make indenting the page's way to set its story apart
INDENTED_SHARE = 0.6  # of the paragraphs that end a sentence, how many must be indented
UNINDENTED_CAPTION_MAX_CHARS = 60


def _ideographic_indented(text: str) -> set[str]:
    """The paragraphs a Chinese or Japanese page indents with ideographic spaces ("\u3000\u3000...")."""
    return {" ".join(line.split()) for line in text.splitlines() if line.startswith("\u3000")}


def _mark_unindented_captions(items: list[Item], indented: set[str]) -> None:
    """Where a page indents its story's paragraphs with ideographic spaces (most Chinese sites), a short line of one
    sentence that is not indented, inside the story, is a picture's caption printed once; a word or two right over
    it without a stop is the picture's alt."""
    prose = [it for it in items if it.kind == "body" and not it.inserted and _CJK_STOPS.search(it.text)]
    ours = sum(it.text in indented for it in prose)
    if ours < INDENTED_MIN or ours < INDENTED_SHARE * len(prose):
        return
    for k, it in enumerate(items):
        if it.kind != "body" or it.inserted or it.text in indented or len(it.text) > UNINDENTED_CAPTION_MAX_CHARS \
                or not _CJK_SENTENCE_END.search(it.text) or len(_CJK_STOPS.findall(it.text)) > 1:
            continue
        story = [j for j in range(k) if items[j].kind == "body" and items[j].text in indented]
        if not story:
            continue  # (the standfirst above the story is not indented either)
        if any(STAFF_LINE.match(o.text) for o in items[story[-1] + 1:k]):
            continue  # (the editor's line closes the story: "责任编辑：X", then the portal's notice)
        it.kind = "caption"
        alt = items[k - 1] if k else None
        if alt is not None and alt.kind == "body" and alt.text not in indented and len(alt.text) <= 10 \
                and not _CJK_STOPS.search(alt.text):
            alt.kind, alt.boiler = "boiler", "meta"


_CJK_STOPS = re.compile(r"[。！？]")
_CJK_SENTENCE_END = re.compile(r"[。！？](?:[（(][^（）()]{1,30}[）)]。?)?$")


# a list of the page's pictures a crawler appends, each line a number, the address and its alt ("[2]
# https://.../a.jpg | The bridge at dusk.")
_PICTURE_LIST_LINE = re.compile(r"^\[\d{1,3}\][ \t]+(?P<src>https?://\S+?\.(?:jpe?g|png|gif|webp|avif|svg)(?:\?\S*)?)"
                                r"[ \t]*\|[ \t]*(?P<alt>[^\n]*?)[ \t]*$", re.M)
PICTURE_LIST_MIN = 2


# a list of pictures as a crawler's text export writes its items, key by key ("images:" then "- src: ...",
# "  caption: ...", "  credit: ..."), the list's own heading with it
_KEYED_ITEM = re.compile(r"^-[ \t]+\w+:[^\n]*(?:\n[ \t]+\w+:[^\n]*)*", re.M)
_KEY_VALUE = re.compile(r"^[-\s]*(?P<key>\w+):[ \t]*(?P<value>.*?)[ \t]*$", re.M)
_LIST_HEADING = re.compile(r"^(?i:images|photos|pictures|media|figures|fotos|bilder|imagens|imágenes)\s*:\s*$", re.M)
_ADDRESS_KEYS = ("src", "url", "image", "image_url", "path", "file")
_ITEM_CAPTION_KEYS = ("caption", "legend", "legende", "description", "desc", "text")
_ITEM_CREDIT_KEYS = ("credit", "credits", "photographer", "copyright", "byline", "source")
_IMAGE_ADDRESS = re.compile(r"^(?:https?://|/|\.{0,2}/)?\S+\.(?:jpe?g|png|gif|webp|avif)(?:\?\S*)?$", re.I)


def _keyed_pictures(text: str) -> tuple[str, list[dict]]:
    """(the text without its list of pictures written key by key, [{src, caption, credit}]) where such a list of two
    pictures or more, each with an image file's address, stands in it; else (text, [])."""
    items = []
    for m in _KEYED_ITEM.finditer(text):
        fields = {f.group("key").lower(): f.group("value") for f in _KEY_VALUE.finditer(m.group())}
        src = next((fields[k] for k in _ADDRESS_KEYS if _IMAGE_ADDRESS.match(fields.get(k, ""))), None)
        if src is None:
            return text, []  # (a list of another kind: links, tags)
        caption = next((fields[k] for k in _ITEM_CAPTION_KEYS if fields.get(k)), None)
        credit = next((fields[k] for k in _ITEM_CREDIT_KEYS if fields.get(k)), None)
        items.append(({"src": src, "caption": caption, "credit": credit}, m.span()))
    if len(items) < PICTURE_LIST_MIN:
        return text, []
    for _, (start, end) in reversed(items):
        text = text[:start] + text[end:]
    return _LIST_HEADING.sub("", text), [item for item, _ in items]


def _picture_list(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(the text without its list of pictures, [(alt, address)]) where it holds such a list, two lines or more;
    else (text, [])."""
    found = [(m.group("alt"), m.group("src")) for m in _PICTURE_LIST_LINE.finditer(text)]
    if len(found) < PICTURE_LIST_MIN:
        return text, []
    return _PICTURE_LIST_LINE.sub("", text), [(alt, src) for alt, src in found if alt]


def _mark_credited_once(items: list[Item]) -> None:
    """A paragraph printed once whose credit is marked at its end ("... date. (Photo submitted by X)", "... mañana.
    Foto: X") is a caption: a story's paragraph names no photographer so. Only inside the story (a date and source
    line over it is none), and not under another story's headline (that story's teaser)."""
    for k, it in enumerate(items):
        if it.kind != "body" or it.inserted or MARKER_RE.match(it.text) or not _credit_marked(it.text):
            continue
        before = items[k - 1] if k else None  # (a caption above is no headline: one picture after another; nor is
        # a page's control, a gallery's heading, "Bildergalerie: ... (7 Bilder)", or a dated byline)
        # (a labelled credit in brackets of its own, "(Φωτ.: X)", or a credit a dash sets off, "- JANE ROE", marks a
        # picture's caption under a line of no stop too: that line is a caption, not another story's headline, whose
        # teaser names no photographer so)
        if not any(o.kind == "body" for o in items[:k]) and not _lead_credited(it.text) or (
                before is not None and before.kind != "caption" and before.boiler != "share"
                and headline_like(before.text) and not _dated(before.text) and not unstopped_script(before.text)
                and not _marks_a_picture(it.text)):
            continue
        if _caption_over_credit(it.text):
            it.kind = "caption"


def _marks_a_picture(text: str) -> bool:
    """The text closes on a credit only a picture's caption carries: labelled in brackets of its own, or set off by
    a dash (no address in the text: a dump's "[2] url: https://... caption: ... (Foto: X)" is a field list)."""
    credit = split_credit(text)[1] or ""
    return "://" not in text and (_labelled_in_brackets(text, credit) or _dash_set(text, credit))


def _labelled_in_brackets(text: str, credit: str) -> bool:
    """The text closes on a credit in brackets of its own under a label: "... στο έργο (Φωτ.: Δήμος X)"."""
    return bool(credit) and _bracketed_credit(text, credit) and bool(_LABEL_OPENS.match(credit))


def _photo_credited(text: str) -> bool:
    """The credit at the text's end names a photographer by role or where the picture came from ("Jane Roe/
    Photographer", "Contributed"): a lead picture's caption over the story, not its date and source line."""
    credit = split_credit(text)[1]
    return bool(credit) and (names_provenance(credit) or _signed(credit))


def _lead_credited(text: str) -> bool:
    """A lead picture's caption over the story, told from a date and source line by its credit: a photographer named
    by role or where the picture came from, or a name and outlet across a slash after a dash."""
    credit = split_credit(text)[1] or ""
    return _photo_credited(text) or _dash_slash_credit(text, credit)


def _dated(line: str) -> bool:
    """A date line or a byline with its date ("Von Jane Roe | 08.09.2026, 06:00 Uhr"): no headline."""
    return meta_line(line) or bool(_NUMERIC_DATE.search(line))


def _signed(credit: str) -> bool:
    """A credit after a copyright sign, no year (a year makes it the site's notice): "© Jane Roe", "© X/Archiv"."""
    return credit.startswith(("©", "ⓒ")) and not _YEAR_IN.search(credit)


_STORY_SOURCE_LABELS = frozenset(("source", "sources", "fuente", "fonte", "quelle", "источник", "kaynak", "sumber",
                                  "nguồn", "المصدر", "źródło", "zdroj", "forrás", "kilde", "källa", "lähde", "πηγή",
                                  "джерело", "स्रोत"))


def _credit_marked(text: str) -> bool:
    """A credit set off at the paragraph's end as credits are, not a story's closing words: after a label and a
    colon ("Foto: X"), a copyright sign, or in brackets that open with a credit word ("(Photo submitted by X)")."""
    credit = split_credit(text)[1]
    if not credit or credit.split(":")[0].strip().casefold() in _STORY_SOURCE_LABELS \
            and not in_own_brackets(text, credit):
        # (a story's "Source: PTI" under a syndication note names where the text came from; a source in brackets of
        # its own after the text, "... (Source: City of X)", is a chart's or a plan's credit)
        return False
    bracketed = _bracketed_credit(text, credit)
    # (or a copyright sign before a name: "... gehesen. © Jeroen Roe"; with a year it is the page's notice, "© 2026";
    # or a slash after the last sentence: "... este martes. / Sonia Roe")
    # (or the photographer a Japanese caption names after its "＝" date and place: "…＝14日、網走市、X撮影")
    # (or a label word and a slash, as New Zealand papers set it: "... last week. Photo / Jane Roe")
    return bool(_LABEL_OPENS.match(credit)) or bracketed or _japanese_caption(text) and bool(_PHOTO_SOURCE.search(credit)) \
        or starts_like_credit(credit) and bool(_LABEL_SLASH.match(credit)) or abbreviated_label(credit) \
        or _closing_credit(text, credit) \
        or names_provenance(credit) \
        or _signed(credit) \
        or _after_slash(text, credit) \
        or _dash_set(text, credit) \
        or _korean_photo_credit(text, credit) \
        or _chinese_photo_credit(text, credit)


def _chinese_photo_credit(text: str, credit: str) -> bool:
    """Who shot the picture or gave it, after the caption's closing stop, as Chinese papers close a caption: "…减速带。
    记者 X 摄", "…减速带。 X供图" (not the credit line alone, "某报记者 X 摄")."""
    before = _before_credit(text, credit)
    return bool(_CHINESE_PHOTO_CREDIT.search(credit)) and before is not None \
        and before.rstrip().endswith(("。", "！", "？", "）"))


_CHINESE_PHOTO_CREDIT = re.compile(r"(?:摄|攝|供图|供圖)$")
_LABEL_SLASH = re.compile(r"[^\W\d_]+\s/\s[^\W_]")  # "Photo / Jane Roe", "Graphic / Example Mail"
_SLASH_BEFORE = re.compile(r"[.!?]\s+/\s*$")


def _closing_credit(text: str, credit: str) -> bool:
    """A credit that closes a caption as credits do in any place of the text: who made or gave the picture ("Photo
    by X", "Courtesy of X"), a name and outlet across a slash ("Jane Roe / Example Post"), capitals after a bar, a
    name and outlet across a slash after a spaced dash, a name after the last sentence and a bar."""
    # (a link, "pic.twitter.com/X", has no space in it: a post's; "Courtesy photo | City of X" says whence)
    return made_by(credit) or "/" in credit and " " in credit.strip() and is_bare_credit(credit) \
        or bool(_NAME_BAR_OUTLET.fullmatch(credit)) or _after_bar_in_capitals(text, credit) \
        or names_provenance(re.split(r"\s[|/]\s", credit)[0]) or bool(_PICTURE_WORD_THEN_NAME.match(credit)) \
        or _dash_slash_credit(text, credit) or _after_sentence_bar(text, credit)


def _before_credit(text: str, credit: str) -> str | None:
    """What comes before the credit that closes the text (trailing white space aside), or None when it closes no
    such way."""
    text = text.rstrip()
    return text[: len(text) - len(credit)] if text.endswith(credit) else None


def _after_sentence_bar(text: str, credit: str) -> bool:
    """A name or an outlet of capitalised words closes the text after its last sentence and a bar: "... este
    miércoles. | Jane Roe", "... plaza de España. | Example Digital" (a story's sentence ends on no bar)."""
    before = _before_credit(text, credit)
    words = credit.split()
    return before is not None and before.endswith((". | ", "! | ", "? | ")) \
        and 1 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper()


def _dash_set(text: str, credit: str) -> bool:
    """A file photo's or a handout's word, who made the picture, a name in capitals, or a label and a hyphen before
    who, after a spaced dash closing the text: "... - أرشيفية" (archive), "... afternoon – Pic by Jane Roe", "... la
    acera - RAFAEL ROE", "... गड्ढा। - फोटो- X" (photo)."""
    named = credit.isupper() and len(credit.split()) >= 2
    labelled = starts_like_credit(credit) and bool(_LABEL_HYPHEN.match(credit))
    before = _before_credit(text, credit)
    return (names_provenance(credit) or made_by(credit) or named or labelled) and before is not None \
        and before.endswith((" - ", " – ", " — "))


_LABEL_HYPHEN = re.compile(r"[^\W\d_][\w" + MARKS + r".'’]*\s?-\s?[^\W_]")  # "फोटो- X", "Foto - X"


def _dash_slash_credit(text: str, credit: str) -> bool:
    """A name and outlet across a slash closes the text after a spaced dash, as Brazilian papers print a caption
    with no full stop: "... zona norte — Jane Roe / Agência Example"; no headline is set so."""
    before = _before_credit(text, credit)
    return " / " in credit and before is not None and before.endswith((" — ", " – "))


# the picture's word and who made it, no colon, as French and Italian papers print it: "Photo CDO/Élise Roe",
# "Illustration Ville de Beaune", "Foto Jane Roe"
_PICTURE_WORD_THEN_NAME = re.compile(r"(?i:photos?|fotos?|illustration|illustrazione|image|bild)\s[A-ZÀ-Þ]")
_NAME_BAR_OUTLET = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]+\s){2,3}\|\s[A-ZÀ-Þ][\w'’.&-]*(?:\s[A-ZÀ-Þ][\w'’.&-]*){0,4}")


def _after_bar_in_capitals(text: str, credit: str) -> bool:
    """The credit closes the text in capitals after its last sentence and a bar: "... Saint-Laud. | VILLE D'ANGERS"."""
    before = _before_credit(text, credit)
    return credit.isupper() and before is not None and before.rstrip().endswith((". |", "! |", "? |"))


def _after_slash(text: str, credit: str) -> bool:
    """The credit closes the text after its last sentence and a slash: "... este martes. / Sonia Roe"."""
    before = _before_credit(text, credit)
    return before is not None and bool(_SLASH_BEFORE.search(before))


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# who took or gave the picture as Chinese and Japanese papers close a caption, "（本报记者 X 摄）", "（X撮影）", and
# as a Korean wire brackets it: "[X 제공. 재판매 및 DB 금지]" (provided by X), "[연합뉴스 자료사진]" (file photo),
# "[X 촬영]" (photographed by X)
_PHOTO_SOURCE = re.compile(r"(?:摄|攝|撮影|提供|供图|供圖)$|(?:제공|자료사진|촬영)(?:\.|$)")


CREDITED_LINE_MIN_WORDS, CREDITED_LINE_MAX_WORDS = 4, 40  # a caption's length, printed once over its credit line
LABELLED_LINE_MIN_WORDS = 3


def _caption_over_credit(text: str, credit_line: bool = False) -> bool:
    """The credit patterns split a labelled credit off its end ("Foto: X", "Photo by X"), and what it leaves reads
    as a caption: a few words to a caption's length, no headline, question, menu line in capitals nor date line.
    credit_line: the credit stood on a line of its own under the text, as a figure's credit does: then a credit of
    any shape ("Jane Roe / Example Ledger") is one."""
    caption, credit = split_credit(text)
    if credit and _SITE_NOTICE.match(credit):
        return False  # "Copyright 2026 Example News. All rights reserved.": the site's notice, no picture's credit
    # (a menu's "SCI/TECH" under the story's last line is no credit line: a name has its words)
    if not (caption and credit) or not (credit_line and " " in credit.strip() or _LABEL_OPENS.match(credit)
                                        or starts_like_credit(credit)
                                        or _PHOTO_SOURCE.search(credit) or names_provenance(credit)
                                        or _after_slash(text, credit) or _bracketed_credit(text, credit)
                                        or abbreviated_label(credit) or _closing_credit(text, credit)
                                        or _korean_photo_credit(text, credit) or _dash_set(text, credit)):
        return False
    # (a caption with no full stop reads as a headline, as Chinese and Japanese papers print theirs; a headline
    # carries no credit in brackets after it, "（写真：X）")
    # (three words will do for a sentence under a labelled credit, or before one in brackets: "2019년 물빛다리 야경.
    # (사진=X)", "Caddenin 2020'deki görüntüsü (Arşiv)")
    labelled = bool(_LABEL_OPENS.match(credit)) and _ends_sentence(caption) or _bracketed_credit(text, credit)
    return _caption_printed_once(caption, LABELLED_LINE_MIN_WORDS if labelled else 0) \
        and not (headline_like(caption) and not (_bracketed_credit(text, credit) or _japanese_caption(text)
                                                  or _LABEL_OPENS.match(credit) or _signed(credit)
                                                  or abbreviated_label(credit) or _dash_slash_credit(text, credit)
                                                  or _dash_set(text, credit) or _PICTURE_WORD_THEN_NAME.match(credit)
                                                  or credit_line and starts_like_credit(credit))) \
        and not caption.isupper() \
        and not (word_count(caption) <= DATE_LINE_MAX_WORDS
                 and (_NUMERIC_DATE.search(caption) or WORDED_DATE.search(caption)))


def _caption_over_own_line(text: str, line: str) -> bool:
    """The text is a caption over the credit line joined to its end, a picture's word and who ("Foto Jane Roe"),
    though the patterns split no credit off it."""
    caption = (_before_credit(text, line) or "").rstrip()
    return bool(caption) and not split_credit(text)[1] and bool(_PICTURE_WORD_NAME_LINE.fullmatch(line)) \
        and _caption_printed_once(caption) and not caption.isupper()


# "X 제공" (provided by X), "X DB" (the paper's archive), "X 그래픽" (its graphic)
_KOREAN_SOURCE = re.compile(r"(?:제공|DB|그래픽)$")
_KOREAN_REPORTER = re.compile(r"(?P<place>[가-힣]{1,6}=)?[가-힣]{2,4} 기자(?:\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$")


def _korean_photo_credit(text: str, credit: str) -> bool:
    """A Korean caption's credit after its sentence: who provided it, the paper's archive, or the reporter who took
    it ("… 모습. 정대호 기자 jdh@example.kr") under a caption that ends on a noun, as captions do; a story's sentence
    ends in "-다." and a reporter after it is the story's byline, unless the place is set before the name as photo
    desks set it ("… 있다. 천안=X 기자")."""
    caption = text.rstrip()[: len(text.rstrip()) - len(credit)].rstrip()
    reporter = _KOREAN_REPORTER.fullmatch(credit)
    return bool(_KOREAN_SOURCE.search(credit)) and caption.endswith(".") \
        or bool(reporter) and caption.endswith(".") and (not caption.endswith("다.") or bool(reporter.group("place")))


_SITE_NOTICE = re.compile(r"(?i:copyright|©|\(c\))\s*(?:19|20)\d\d\b")


def _japanese_caption(text: str) -> bool:
    """A Japanese caption's own shape: what the picture shows, "＝", then when and where or who gave it
    ("…砕氷船＝14日午前、北海道網走市"); no headline is set so."""
    return "＝" in text[1:]


def _bracketed_credit(text: str, credit: str) -> bool:
    """The credit closes the text in brackets, under a label, opening as credits do or naming who gave or took the
    picture: "... (Photo: X)", "...（写真：X）", "... (foto Comune di X)", "... <강릉시 제공>"."""
    body = text.rstrip()
    return body.endswith((")", "]", "）", ">", "〉", "›")) and body[:-1].rstrip().endswith(credit.rstrip(".")) \
        and bool(_LABEL_OPENS.match(credit) or starts_like_credit(credit) or _PHOTO_SOURCE.search(credit)
                 or _closing_credit(text, credit))


_LABEL_OPENS = re.compile(r"(?:[^\W\d_][\w" + MARKS + r".'’-]*\s?){1,3}\s?[:=：]\s*[^\W_]")  # "Foto: X", "사진=X"
DATE_LINE_MAX_WORDS = 6  # "Data publicării: 20.07.2025 16:12" over "Autor: X": a date line and its byline
_NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b")


AUTHOR_NAME_MAX_WORDS = 5
AUTHOR_ROLE_MAX_WORDS = 2  # "Mara Kowalchuk, reporter": a name, and a word or two of role after a comma
REPEATED_NAME_MIN = 2  # pictures one name alone captions on a page: a live blog's entry authors
BYLINE_MAX_WORDS = 15  # "By Mara Kowalchuk | Published Dec. 9, 2026 at 4:12 p.m."


def _mark_author_portraits(items: list[Item], header: list[str]) -> None:
    """A caption that is only the name a byline above gives (a word or two of role after a comma at most; the byline
    in the header, or among the paragraphs before it) is the author's portrait in an "about the author" box or
    beside the byline, no news photo: boilerplate. So is a name that captions several pictures of one page: the
    portrait a live blog prints beside each entry's author."""
    printed = Counter(it.text for it in items if it.kind == "caption")
    for k, it in enumerate(items):
        if it.kind != "caption":
            continue
        name, _, role = (split_credit(it.text)[0] or it.text).partition(",")
        name = name.strip()
        if not 2 <= word_count(name) <= AUTHOR_NAME_MAX_WORDS or word_count(role) > AUTHOR_ROLE_MAX_WORDS \
                or any(ch.isdigit() for ch in it.text) or _ends_sentence(name) or not _name_cased(name):
            continue
        if not role and printed[it.text] >= REPEATED_NAME_MIN or any(_byline_of(line, name) for line in header) \
                or any(other.kind != "caption" and _byline_of(other.text, name) for other in items[:k]) \
                or not role and _role_under(items, k) \
                or _WRITER_ROLE.fullmatch(role.strip()) and _before_story(items, k):
            it.kind, it.boiler = "boiler", "meta"


# a writer's role after the name under a portrait at the top of a story ("Jane Roe, Columnist"): a byline's
_WRITER_ROLE = re.compile(r"(?i:(?:staff |guest |senior |contributing )?(?:columnist|writer|reporter|correspondent|"
                          r"contributor|editor|kolumnist(?:in)?|chroniqueur|chroniqueuse|columnista|colunista|"
                          r"редактор|колумнист|обозреватель))")


def _before_story(items: list[Item], k: int) -> bool:
    """No picture's caption and no paragraph that ends a sentence stands before items[k] (a section's name and the
    headline may)."""
    return not any(o.kind == "caption" or o.kind == "body" and _ends_sentence(o.text) for o in items[:k])


def _role_under(items: list[Item], k: int) -> bool:
    """The name items[k] stands over the story, before its first paragraph and picture (a section's name and the
    headline may stand above), with a short line of role under it ("Economist and columnist"): a columnist's portrait
    and byline without "By"."""
    if not _before_story(items, k) or k + 1 >= len(items) or items[k + 1].kind != "body":
        return False
    role = items[k + 1].text
    return word_count(role) <= AUTHOR_ROLE_MAX_WORDS + 2 and not _ends_sentence(role) and role[:1].isupper() \
        and not _name_cased(role)


def _name_cased(name: str) -> bool:
    """Each word of a name in a script with capitals opens with one, a short particle aside ("van", "de", "bin")."""
    return all(not w[:1].isalpha() or w[:1].isupper() or not w[:1].islower() or len(w) <= 3 for w in name.split())


def _byline_of(line: str, name: str) -> bool:
    """A short line that names the writer: at most one word before the name ("By", "Von", "Por") and nothing
    after it but a separator and the date ("| 12.03.2026, 17:45 Uhr"); a headline or a sentence naming the
    person goes on in words ("... reaches Girgaum Chowpatty")."""
    if word_count(line) > BYLINE_MAX_WORDS or _ends_sentence(line):
        return False
    at = line.casefold().find(name.casefold())
    if at < 0 or word_count(line[:at]) > 1:
        return False
    after = line[at + len(name):].strip()
    return not after or not after[0].isalpha()


def _mark_credit_paragraphs(items: list[Item]) -> None:
    """A labelled credit in a paragraph of its own ("Фото: X / Example", "Foto: X | Example") right under a paragraph
    of a caption's length, with more of the story after it: the caption printed once and its credit, set apart by a
    blank line as some scrapers print a figure's two lines."""
    for k in range(1, len(items) - 1):
        it, above = items[k], items[k - 1]
        if it.kind != "body" or above.kind != "body" or above.inserted or not _photo_credit_paragraph(it.text) \
                or not _caption_slot(above) or len(SENTENCE_STOP.findall(above.text.rstrip())) > 1 \
                or not any(_story_sentence(o) for o in items[k + 1:k + 3]):
            continue  # (a paragraph of two sentences or more over a credit is the story's: the lead's credit)
        above.kind, above.credit = "caption", it.text
        it.kind, it.boiler = "boiler", "credit"


_BRACKETED = re.compile(r"\[(?P<inner>[^\[\]]+)\]")
BRACKETED_PICTURES_MIN = 2  # pictures a converter printed as bracketed paragraphs: one such line may be a note


def _mark_bracketed_pictures(items: list[Item]) -> None:
    """Paragraphs that are wholly one bracket of a caption's length, twice or more on the page: pictures as pandoc's
    plain-text writer prints them, their alt in brackets ("[Der erste Zug wird beladen. Bild: Jane Roe]"); the
    bracket goes. Not where a caption stands under a bracket: the brackets are then the pictures' alts."""
    brackets = [k for k, it in enumerate(items) if not it.inserted and _ALT_BRACKET.fullmatch(it.text)]
    if len(brackets) < BRACKETED_PICTURES_MIN:
        return
    if not any(_caption_shaped(items[k].text[1:-1].strip()) for k in brackets):
        _mark_under_alts(items, brackets)
        return
    hits = [k for k, it in enumerate(items) if it.kind == "body" and not it.inserted
            and (m := _BRACKETED.fullmatch(it.text)) and _caption_printed_once(m.group("inner"))]
    if len(hits) < BRACKETED_PICTURES_MIN or any(_visible_caption(items[k + 1]) for k in hits if k + 1 < len(items)):
        return  # (a caption under a bracket: the brackets hold the pictures' alts, "[Roofers]" over "Workers ... (X)")
    for it in (items[k] for k in hits):
        it.kind, it.text = "caption", it.text[1:-1].strip()


# (not a link or an embed: "[https://...:embed]")
_ALT_BRACKET = re.compile(r"\[(?![^\]]*(?:://|www\.|:embed))[^\[\]]*\]")


def _caption_shaped(text: str) -> bool:
    """A bracket's text that is a caption itself: a finished sentence, or one closing on a credit."""
    return _ends_sentence(text) or bool(split_credit(text)[1])


def _mark_under_alts(items: list[Item], brackets: list[int]) -> None:
    """Brackets that hold only the pictures' alts ("[Pecalang]", "[]"), no sentence: a converter's pictures with
    their visible caption in the paragraph under each, one sentence of a caption's length ("Pecalang mengatur lalu
    lintas saat pawai. (BP/Dok)"); a paragraph of the story, two sentences or more, stays the story's."""
    for k in brackets:
        items[k].kind, items[k].boiler = "boiler", "alt"
        nxt = items[k + 1] if k + 1 < len(items) else None
        if nxt is not None and _caption_slot(nxt) and len(SENTENCE_STOP.findall(nxt.text.rstrip())) <= 1:
            nxt.kind = "caption"
            below = items[k + 2] if k + 2 < len(items) else None  # (its credit on a paragraph of its own under it)
            if below is not None and not split_credit(nxt.text)[1] and (
                    below.boiler == "credit" or below.kind == "body" and _photo_credit_paragraph(below.text)):
                nxt.credit = below.text
                below.kind, below.boiler = "boiler", "credit"


def _visible_caption(it: Item) -> bool:
    """A caption, or a paragraph closing on a credit the patterns split: what a figure shows under its alt."""
    return it.kind == "caption" or it.kind == "body" and bool(split_credit(it.text)[1])


def _photo_credit_paragraph(text: str) -> bool:
    """A paragraph that is a picture's credit under a label of the picture's ("Фото: X", "Foto: X | Example"), not
    the story's author or source ("Autor: X", "Fonte: https://...")."""
    label = text.split(":")[0].strip().casefold()
    # (or an agency and its photographer across a slash, "PAP/Jane Roe", or where it came from, "mat. prasowe")
    return _credit_line(text) and (starts_like_credit(text) or is_agency(text.split("/")[0].strip())
                                   or names_provenance(text)) and "http" not in text \
        and label not in _STORY_SOURCE_LABELS and label not in _AUTHOR_LABELS


_AUTHOR_LABELS = frozenset(("autor", "autora", "autores", "author", "authors", "auteur", "auteurs", "автор"))


def _mark_role_portraits(items: list[Item]) -> None:
    """A line inside the story that is only a person's role and name ("Parks manager Tom Roe", "Прораб участка Сергей
    Роев"), no verb nor full stop, whom the next paragraphs go on to speak of (their surname or a word of their role):
    a portrait's caption, printed once where the picture stood (the story names people in sentences)."""
    for k, it in enumerate(items):
        if it.kind != "body" or it.inserted or not 2 <= word_count(it.text) <= ROLE_LINE_MAX_WORDS \
                or _ends_sentence(it.text) or it.text.endswith(("!", "?")) or it.text.isupper() \
                or _NOT_A_NAME_LINE.search(it.text) or not (m := _ROLE_THEN_NAME.search(it.text)) \
                or m.group("word").lower().rstrip(",") in _FUNCTION_WORDS:
            continue
        if not (_story_paragraph_in(items[max(0, k - 3):k]) and _story_paragraph_in(items[k + 1:k + 4])):
            continue  # (inside the story: its paragraphs before and after; a byline or a heading above it is not)
        before = items[k - 1]
        if not (_story_paragraph_in([before]) or before.kind == "caption" or before.boiler in ("ad", "share")):
            continue  # (right under a paragraph of the story: a live blog's entry heading under its time, a teaser
            # under "Read also" is none)
        after = " ".join(o.text for o in items[k + 1:k + 3]).casefold()
        surname, role = m.group("name").split()[-1], it.text[:m.start("name")].split()
        if surname.casefold() in after or any(len(w) > 3 and w.casefold().rstrip(",") in after for w in role):
            it.kind = "caption"


def _story_paragraph_in(items: list[Item]) -> bool:
    return any(o.kind == "body" and word_count(o.text) > STORY_PARAGRAPH_MIN_WORDS for o in items)


STORY_PARAGRAPH_MIN_WORDS = 10  # words past which a paragraph is the story's, no caption nor label
STORY_SENTENCE_MIN_WORDS = 6


def _story_sentence(it: Item) -> bool:
    """A paragraph of the story's: long, or a finished sentence of a few words ("Wzrost to efekt nowych połączeń do
    Londynu, Dublina i Oslo.")."""
    return it.kind == "body" and (word_count(it.text) > STORY_PARAGRAPH_MIN_WORDS
                                  or _ends_sentence(it.text) and word_count(it.text) >= STORY_SENTENCE_MIN_WORDS)


ROLE_LINE_MAX_WORDS = 10
# a lower-case word of a role, then a name of two or three capitalised words closing the line
_ROLE_THEN_NAME = re.compile(r"(?:^|\s)(?P<word>[a-zà-ÿа-яёіїєґ][\w'’-]+,?)\s(?P<name>(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+\s){1,2}"
                             r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’.-]+)$")
_NOT_A_NAME_LINE = re.compile(r"[\d|:·—*]")  # a date, a menu, a label, a list: no role and name
# the words before a place's or an outlet's name ("at the Example Square", "from The Example Press"), not a role's
_FUNCTION_WORDS = frozenset("the a an at to by in on of for from with into as da de do di na no em en el la le les "
                            "des du der die das im am zu von van del della dos".split())


def _mark_caption_furniture(items: list[Item]) -> None:
    """A short line a site prints under every picture's caption ("Buy Now", a reprint's button), again and again
    between the story's paragraphs, in two places at least right under a caption and its credit line ("Jane Roe,
    Example Courier"): the page's furniture, and the paragraph over it, or over the credit line on it, a caption."""
    seen = Counter(it.text for it in items if it.kind == "body" and len(it.text) <= FURNITURE_MAX_CHARS
                   and word_count(it.text) <= FURNITURE_MAX_WORDS and not _ends_sentence(it.text))
    for line, n in seen.items():
        at = [k for k, it in enumerate(items) if it.kind == "body" and it.text == line]
        if n < PLACEHOLDER_MIN or any(b - a < 3 for a, b in zip(at, at[1:])):
            continue
        if sum(k >= 2 and _furniture_credit(items[k - 1].text) and _caption_slot(items[k - 2]) for k in at) < 2:
            continue
        for k in at:
            items[k].kind, items[k].boiler = "boiler", "share"
            if k >= 2 and _furniture_credit(items[k - 1].text) and _caption_slot(items[k - 2]):
                items[k - 2].kind, items[k - 2].credit = "caption", items[k - 1].text
                items[k - 1].kind, items[k - 1].boiler = "boiler", "credit"
            elif k >= 1 and _caption_slot(items[k - 1]):
                items[k - 1].kind = "caption"  # (a picture with no credit: its caption alone over the line)


FURNITURE_MAX_CHARS, FURNITURE_MAX_WORDS = 25, 3
# a photographer and their outlet after a comma, as a credit line: "Jane Roe, Example Courier"
_NAME_COMMA_OUTLET = re.compile(r"(?:[A-ZÀ-Þ][\w'’.-]+\s){1,3}[A-ZÀ-Þ][\w'’.-]+,\s(?:[A-ZÀ-Þ][\w'’.&-]*\s?){1,5}")


def _furniture_credit(line: str) -> bool:
    return _short_credit_line(line) and (_credit_line(line) or names_provenance(line)
                                         or bool(_NAME_COMMA_OUTLET.fullmatch(line)))


def _caption_slot(it: Item) -> bool:
    """A paragraph of the story's that may be a caption printed once: a caption's length, no quote."""
    return it.kind == "body" and not it.inserted and _caption_printed_once(it.text, LABELLED_LINE_MIN_WORDS) \
        and not it.text.startswith(("\"", "“", "„", "«", "'"))


def _mark_far_copies(items: list[Item]) -> None:
    """Captions whose second copies stand far from the first, in a gallery block after the story ("View gallery",
    "1/6", each caption again with its credit): a paragraph printed once where the picture stood and again further
    down, the later copy adding a credit or under a slide counter, is a caption. Two such pairs at least: one
    paragraph printed again far away is more often the story restating itself."""
    # (copies open alike, a credit added at the end: only paragraphs opening with the same words are compared, which
    # keeps a long scrape from comparing every paragraph with every other)
    by_opening: dict[tuple[str, ...], list[int]] = {}
    for k, it in enumerate(items):
        if it.kind == "body" and not it.inserted and word_count(it.text) <= FAR_COPY_MAX_WORDS:
            by_opening.setdefault(tuple(it.text.casefold().split()[:_OPENING_WORDS]), []).append(k)
    candidates = [(a, b) for group in by_opening.values() for n, a in enumerate(group) for b in group[n + 1:]
                  if b - a > MAX_GAP and _same_opening(items[a].text, items[b].text)
                  and same_text(items[a].text, items[b].text)]
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for a, b in candidates:
        copies = [items[a].text, items[b].text]
        if a not in used and b not in used and (
                _copies_credit(copies) or (split_credit(copies[1])[1] and not split_credit(copies[0])[1])
                or _after_counter(items, b)):
            pairs.append((a, b))
            used |= {a, b}
    if len(pairs) < FAR_COPIES_MIN:
        return
    # then the block's uncredited entries: a paragraph printed again among those later copies
    first, last = min(b for _, b in pairs), max(b for _, b in pairs)
    for a, b in candidates:
        if a not in used and b not in used and first <= b <= last:
            pairs.append((a, b))
            used |= {a, b}
    for a, b in pairs:
        copies = [items[a].text, items[b].text]
        items[a] = Item("caption", _caption_copy(copies), credit=_copies_credit(copies))
        items[b] = Item("boiler", items[b].text, boiler="copy")


FAR_COPY_MAX_WORDS = 60
FAR_COPIES_MIN = 2
_OPENING_WORDS = 2
_SLIDE_COUNTER = re.compile(r"^\d{1,3}\s*(?:/|of)\s*\d{1,3}$")


def _same_opening(a: str, b: str) -> bool:
    """The two open with the same characters, as far as the shorter goes or 30 characters: what copies of one caption
    share, a credit or a cut aside (a cheap test before same_text)."""
    n = min(len(a), len(b), _OPENING_CHARS)
    return a[:n].casefold() == b[:n].casefold()


_OPENING_CHARS = 30


def _after_counter(items: list[Item], k: int) -> bool:
    """items[k] comes right after a slide counter ("4/6", "4 of 12")."""
    return k > 0 and items[k - 1].kind == "boiler" and bool(_SLIDE_COUNTER.match(items[k - 1].text))


def _mark_pull_quotes(items: list[Item]) -> None:
    """A quote printed again as a pull quote: its words stand inside a nearby body paragraph, which adds its
    attribution ("..., said Jane Roe"). A quote printed once so is a pull quote; a quote printed twice so is one
    too when neither copy carries a credit. A quote under a speaker's portrait is credited in the sets that label
    it a caption, and a pull quote repeats the story's own words where a caption describes its picture."""
    bodies = [k for k, it in enumerate(items) if it.kind == "body"]
    flat = {k: " ".join(tokens(items[k].text)) for k in bodies}
    for k, it in enumerate(items):
        if not _pull_quote_shaped(it):
            continue
        quote = " ".join(tokens(it.text))
        if len(quote) < PULL_MIN_CHARS:
            continue
        at = bisect.bisect_left(bodies, k)
        near = [flat[j] for j in bodies[max(0, at - PULL_WINDOW):at + PULL_WINDOW + 1] if j != k]
        if any(f" {quote} " in f" {other} " and len(other) > len(quote) for other in near):
            it.kind, it.boiler = "boiler", "pull"


_DIALOGUE_DASH = ("– ", "— ")  # a quote opened by a dash, as Scandinavian, Slavic and Romance papers print speech


def _pull_quote_shaped(it: Item) -> bool:
    """A body paragraph that opens with a quote mark, or an uncredited caption pair that opens with one or a dash."""
    if it.kind == "body":
        return it.text.startswith(_QUOTES)
    return (it.kind == "caption" and it.text.startswith(_QUOTES + _DIALOGUE_DASH) and not it.credit
            and not split_credit(it.text)[1])


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


def scan(text: str, known_title: str | None = None, alts: list[str] | tuple = ()) -> Scrape:
    """Classify every paragraph of a scrape; see the module docstring for the format. known_title: the
    headline given beside the text (a JSON record's title), if any; alts: the page's pictures' alt texts where a
    list of them says what they are (a paragraph printed once that one repeats is a caption)."""
    credited: dict[int, str] = {}
    units = split_units(text, credited)
    kinds = [boilerplate_kind(u) for u in units]
    _mark_picture_placeholders(units, kinds)
    _mark_meta(units, kinds)
    _mark_separators(units, kinds)
    _mark_link_lists(units, kinds)
    start, groups = _header(units, kinds, known_title)
    main = max(groups, key=len) if groups else []  # the most repeated headline; max keeps the first on ties
    other_heads = [_best_copy(g) for g in groups if g is not main]
    title = _best_copy(main) if main else known_title
    items = _classify(units, kinds, start, title, other_heads, credited)
    _read_hidden_labels(items)
    _mark_caption_furniture(items)
    _mark_role_portraits(items)
    _mark_credit_paragraphs(items)
    _mark_bracketed_pictures(items)
    for it in items:
        if alts and it.kind == "body" and any(same_text(alt, it.text) for alt in alts):
            it.kind = "caption"  # (the page's list of its pictures gives this line as one's alt)
    _mark_author_portraits(items, units[:start])
    _mark_far_copies(items)
    _mark_credited_once(items)
    if "\u3000" in text:
        _mark_unindented_captions(items, _ideographic_indented(text))
    _mark_pull_quotes(items)
    _mark_inserted(items)
    out = Scrape(title=title, site=_site(units, kinds))
    for it in items:
        if it.kind == "caption":
            out.captions.append((it.text, len(out.paragraphs)))
            if it.credit:
                out.credits[it.text] = it.credit
        elif it.kind == "body" and not it.inserted:
            out.paragraphs.append(it.text)
    # what the credit patterns split off each caption, read once (split_credit's cache holds a figure's worth): the
    # captions they leave whole go to the article-wide rules below
    pattern_credit = {text: split_credit(text)[1] for text, _ in out.captions}
    unsplit = [text for text, credit in pattern_credit.items() if not credit]
    bracketed = any(credit and text.endswith((")", "]", "）")) for text, credit in pattern_credit.items())
    for text, credit in [*_shared_label_credits(unsplit).items(), *_shared_tail_credits(unsplit).items(),
                         *_after_sentence_credits(unsplit, [c for c in pattern_credit.values() if c]).items(),
                         *_bracket_credits(unsplit, bracketed).items()]:
        out.credits.setdefault(text, credit)
    return out


# "<label><colon> <who>" closing a caption, in any language and script (Armenian "՝", Ethiopic "፡", "፥" and "፦",
# Korean "=")
_LABELLED_END = re.compile(r"(?:^|(?<=\s))(?P<label>[^\W\d_][\w" + MARKS + r"'’.-]*)\s?[:՝፡፥፦=：]\s*"
                           r"[^\W\d_][^:՝፡፥፦=：]{1,60}$")
# labels that open what is in the picture, not who took it ("Left: ...", "Pictured: ...")
_IN_PICTURE = re.compile(MARKER_RE.pattern.removesuffix(r"\s*:\s*") + r"$", re.I)


def _shared_label_credits(unsplit: list[str]) -> dict[str, str]:
    """Credits the article's own captions tell: one label closing two captions or more ("… Լուսանկարը՝ X" under
    every picture of a photographer's story) is its credit label, in whatever language; the words before the label
    that every such caption shares belong to it ("Ekran görüntüsü:"). unsplit: the article's captions, each once,
    that the credit rules leave whole (the ones they split are left to them)."""
    by_label: dict[str, list[tuple[str, int]]] = {}
    for text in unsplit:
        m = _LABELLED_END.search(text)
        if m and m.start() > 0 and not m.group("label")[0].islower() \
                and not _IN_PICTURE.fullmatch(m.group("label")):
            by_label.setdefault(m.group("label").casefold(), []).append((text, m.start()))
    out: dict[str, str] = {}
    for hits in by_label.values():
        if len({text for text, _ in hits}) < 2:
            continue
        texts, starts = [text for text, _ in hits], [start for _, start in hits]
        while True:  # take in the word before the label while every caption has the same one
            heads = [text[:start].rstrip() for text, start in zip(texts, starts)]
            before = {head.rpartition(" ")[2] for head in heads}
            if len(before) != 1 or not (word := before.pop()) or word[-1] in ".!?。" \
                    or any(len(head) <= len(word) for head in heads):
                break
            starts = [head.rfind(word) for head in heads]
        out.update({text: text[start:].strip() for text, start in zip(texts, starts)})
    return out


def _shared_tail_credits(unsplit: list[str]) -> dict[str, str]:
    """A closing run of words two captions or more share, from a capitalised photo label on ("… Сүрөт ӨКМдин басма
    сөз кызматынан алынды", "photo taken from the Cabinet's press service", under two pictures): their credit, written
    as a sentence with no colon the label patterns need. unsplit: as _shared_label_credits takes it."""
    out: dict[str, str] = {}
    for a, b in itertools.combinations(unsplit, 2):
        wa, wb = a.split(), b.split()
        n = 0
        while n < min(len(wa), len(wb)) - 1 and wa[-1 - n] == wb[-1 - n]:
            n += 1
        shared = wa[len(wa) - n:]
        start = next((i for i, w in enumerate(shared) if w[:1].isupper() and starts_like_credit(w)), None)
        if start is None:  # "… Jane Roe for Example Magazine" under two name-only captions
            start = next((i for i in range(len(shared) - 2) if for_outlet(" ".join(shared[i:]))), None)
        if start is None or n - start < _SHARED_TAIL_WORDS:
            continue
        credit = " ".join(shared[start:])
        out.setdefault(a, credit)
        out.setdefault(b, credit)
    return out


_SHARED_TAIL_WORDS = 2  # a label and at least one word after it

# a full stop in the scripts' own marks (danda, Ethiopic, Burmese, Tibetan, CJK, Urdu), and one ending a caption's
# sentence: followed by more text, not closing "J.", "Dr.", "Mrs." or "St."
_STOPS = ".!?।॥。！？።။།؟۔"
_SENTENCE_END = re.compile(r"(?P<word>\S*)[" + _STOPS + r"]\s+(?=\S)")
# (by its shape, in any language; credits.py's _ABBREVIATION lists English ones for its own tail rule)
_SHORT_ABBREVIATION = re.compile(r"^(?:[^\W\d_]|[A-ZÀ-Þ][a-zà-ÿ]{1,2})$")


def _after_sentence_credits(unsplit: list[str], split: list[str] = ()) -> dict[str, str]:
    """The words after a caption's last full stop, when another caption's such words open or close with the same
    word: their credit, in whatever language ("… Петр Семенов. Андрей Павлов сӑнӳкерчӗкӗ" and "… ҫулсем. Музей
    сӑнӳкерчӗкӗ", "Name's photo" and "museum's photo"; "… छात्राः। (चित्रम् – X)" under several pictures). A caption's
    text ends its sentence; what a template adds after it under every picture is who took it. unsplit: as
    _shared_label_credits takes it; split: the credits the patterns split off the other captions, whose first and
    last words tell too ("... Grafiikka: Example Tekniikka" beside "... Kuvakaappaus: Example Tekniikka", "... Photo
    NP, Jane Roe" beside "... Photo DR")."""
    tails = {text: tail for text in unsplit if (tail := _after_last_sentence(text))}
    # (a tail opening in lower case, "tagesplus/Jane Roe", only when another caption closes with the same words)
    seen = Counter(tails.values())
    tails = {text: tail for text, tail in tails.items() if not tail[:1].islower() or seen[tail] > 1}
    ends = {text: (words[0], words[-1]) for text, tail in tails.items()
            if (words := [w.strip("()[]").casefold() for w in tail.split()])}
    firsts, lasts = Counter(f for f, _ in ends.values()), Counter(last for _, last in ends.values())
    told = [words for credit in split if (words := [w.strip("()[]").casefold() for w in credit.split()])]
    lasts.update({words[-1] for words in told if any(c.isalpha() for c in words[-1])})  # (not a markup's "<-")
    firsts.update({words[0] for words in told if any(c.isalpha() for c in words[0])})
    return {text: tails[text] for text, (first, last) in ends.items() if firsts[first] > 1 or lasts[last] > 1}


_BRACKET_TAIL = re.compile(r"\s*(?P<tail>[(\[（][^()\[\]（）]{2,60}[)\]）])$")
_BRACKET_TAIL_WORDS = 5


def _bracket_credits(unsplit: list[str], bracketed: bool) -> dict[str, str]:
    """Brackets closing the captions, when the article credits its pictures that way: two captions' brackets that
    open or close with the same word ("… بحاصبيا (Jane Roe)" under two pictures), then every caption's closing bracket
    of a few words that opens with no lower-case letter, says no position ("(pictured with …)", "(left)") and is no
    year ("(2019)"). bracketed: a credit the patterns know closes another caption in brackets ("(EFE/Jane Roe)"); a
    bracket of capitalised words, a name ("(Example City Council)"), is then a credit too."""
    tails = {}
    for text in unsplit:
        m = _BRACKET_TAIL.search(text)
        inner = m.group("tail")[1:-1].strip() if m and m.start() > 0 else ""
        words = [w.casefold() for w in inner.split()]
        if words and count_words(inner) <= _BRACKET_TAIL_WORDS and any(c.isalpha() for c in inner) \
                and not inner[:1].islower() and not _IN_PICTURE.fullmatch(inner) and not MARKER_RE.match(inner + ":"):
            tails[text] = (m.group("tail"), words[0], words[-1])
    firsts, lasts = Counter(f for _, f, _ in tails.values()), Counter(last for _, _, last in tails.values())
    if any(firsts[f] > 1 or lasts[last] > 1 for _, f, last in tails.values()):
        return {text: tail for text, (tail, _, _) in tails.items()}
    if bracketed:
        return {text: tail for text, (tail, _, _) in tails.items() if _names(tail[1:-1].split())}
    return {}


def _names(words: list[str]) -> bool:
    """Capitalised words with a name's particles between them: "Ajuntament de Berga", "Example City Council"."""
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


_NAME_PARTICLES = {"de", "del", "della", "di", "da", "do", "dos", "du", "la", "le", "van", "von", "der", "den", "of",
                   "the", "and", "&", "y", "i", "e"}


def _after_last_sentence(text: str) -> str:
    """The few words after the text's last full stop that end no sentence of their own, else ""."""
    end = None
    for m in _SENTENCE_END.finditer(text):
        if not (text[m.end("word")] == "." and _SHORT_ABBREVIATION.match(m.group("word"))):
            end = m
    tail = text[end.end():] if end else ""
    if not tail or count_words(tail) > AFTER_SENTENCE_CREDIT_WORDS or tail[-1] in _STOPS:
        return ""
    return tail


def _site(units: list[str], kinds: list[str]) -> str | None:
    for text, kind in zip(reversed(units), reversed(kinds)):
        if kind == "more":
            m = SITE_RE.match(text)
            if m:
                return m.group(1).strip(".").lower() or None
    return None


# ---------------------------------------------------------------- entry points

def extract_text(doc: RawDoc, cfg: ExtractConfig, ledger: Ledger) -> Article:
    """A text scrape -> Article: main-story paragraphs, one Figure per caption (no image URL, but for a Markdown
    scrape's picture lines); a JSON record's listed pictures first, when it lists them."""
    known_title = (doc.title or "").strip() or None
    text = decode(doc.content)
    markdown = markdown_to_scrape(text)
    listed: list[tuple[str, str]] = []  # (alt, address) of a list of the page's pictures at its end
    if markdown:  # a Markdown scrape names each caption's picture, and marks its headline
        text, sources, known_title = markdown[0], markdown[1], known_title or markdown[2]
    else:
        sources = {}
        text, listed = _picture_list(text)
    text, keyed = _keyed_pictures(text)
    scrape = scan(text, known_title, [alt for alt, _ in listed])
    if not scrape.paragraphs and not scrape.captions and not doc.images:
        raise NotArticle(Reason.EXTRACT_NOT_ARTICLE, "text scrape without body paragraphs or captions")
    article = Article(ref=doc.ref, article_id=article_id_for(doc.url, document_sha256(doc)), kind="text",
                      url=doc.url, title=known_title or scrape.title, published=_published(doc.published),
                      site=scrape.site or domain_of(doc.url), paragraphs=scrape.paragraphs,
                      base_dir=doc.base_dir, root=doc.root)
    if doc.images is not None:
        _add_listed(article, doc, split_units(text), scrape.captions, ledger)
    splits = {raw: split_credit(raw) for raw, _ in scrape.captions}  # once each (a long gallery outgrows the cache)
    # the credits the article's captions tell: a line that is one of them alone, twice, is a photo with only its credit
    told = set(scrape.credits.values()) | {credit for _, credit in splits.values() if credit}
    for raw, position in scrape.captions:
        caption, credit = splits[raw]
        if credit is None and raw in scrape.credits:  # the copies told a credit the patterns do not know
            credit = scrape.credits[raw]
            if raw.endswith(credit):  # (the copy kept may be the one without it)
                caption = raw[: len(raw) - len(credit)].rstrip(_CREDIT_SEPARATORS) or None
            credit = credit.lstrip(_CREDIT_SEPARATORS)  # the separator the copy set before it
        if credit is None and (is_bare_credit(raw) or _BRACKETED_NAME.match(raw) or raw in told):
            caption, credit = None, raw  # "IKER SALEGI / FOKU", "(AccuWeather)" twice: a photo with its credit only
        if not caption and not credit:  # nothing the credit rules read: keep it whole, the filters judge it
            caption = raw
        # (a photo shown with only its credit, "צילום: X" twice, is a figure without a caption: pair rejects it)
        src = sources.get(" ".join(raw.split())) or next(
            (address for alt, address in listed if same_text(alt, caption or raw)), None)
        _add_figure(article, ledger, src, caption, credit, position)
    for item in keyed:  # (a keyed list's pictures say not where in the story each stood)
        caption, credit = (item["caption"], item["credit"]) if item["credit"] else split_credit(item["caption"] or "")
        _add_figure(article, ledger, item["src"], caption or None, credit, UNPLACED)
    return article


def _add_figure(article: Article, ledger: Ledger, src: str | None, caption: str | None, credit: str | None,
                position: int) -> None:
    """One figure the scrape gives, counted seen and kept (one without a caption is rejected by pair)."""
    ledger.see("figures")
    ledger.keep("figures")
    article.figures.append(Figure(index=len(article.figures), src=src, url=absolute(src, article.url),
                                  caption=caption, credit=credit, position=position,
                                  caption_source="text_scrape" if caption else None))


_CREDIT_SEPARATORS = " —–-|·•/;,"  # what a copy sets between its caption and the credit it adds


# a name or two alone in brackets, printed as a picture's only line: its credit (no caption is wholly bracketed)
_BRACKETED_NAME = re.compile(r"^[(\[（][^\W\d_][^()\[\]（）.!?]{0,40}[)\]）]$")


def _add_listed(article: Article, doc: RawDoc, units: list[str], captions: list[tuple[str, int]],
                ledger: Ledger) -> None:
    """The pictures a JSON record lists beside its text, as the article's first figures (extract/listed.py). A
    caption the text prints where its picture stood is that listed picture's, not a figure or a body paragraph
    of its own: printed twice (a scrape's caption pair) it is taken out of `captions`, printed once as it is
    listed it is taken out of the paragraphs (it would be its own context); either tells the place of a
    picture without `paragraph`."""
    listed = listed_figures(doc.images, doc.ref, doc.url, ledger)
    slots = paragraph_slots(units, article.paragraphs)
    printed = _printed_once(article.paragraphs, listed)
    if printed:  # positions counted in the paragraphs that stay
        shift = list(itertools.accumulate((i in printed for i in range(len(article.paragraphs))), initial=0))
        article.paragraphs = [p for i, p in enumerate(article.paragraphs) if i not in printed]
        slots = [slot - shift[slot] for slot in slots]
        captions[:] = [(text, pos - shift[pos]) for text, pos in captions]
        printed = {id(item): i - shift[i] for i, item in printed.items()}
    for item in listed:
        fig = item.figure
        match = next((k for k, (text, _) in enumerate(captions)
                      if item.raw_caption and same_text(item.raw_caption, text)), None)
        if item.paragraph is not None:
            fig.position = slots[max(0, min(item.paragraph, len(units)))]
        elif match is not None:
            fig.position = captions[match][1]
        else:
            fig.position = printed.get(id(item), UNPLACED)
        if match is not None:
            del captions[match]
        fig.index = len(article.figures)
        article.figures.append(fig)


def _printed_once(paragraphs: list[str], listed: list) -> dict:
    """Body paragraph index -> the listed picture whose caption it is, word for word (with or without its
    credit): a text that prints each caption once, where its picture stood."""
    said = {}
    for item in listed:
        for text in (item.raw_caption, item.figure.caption):
            if text:
                said.setdefault(" ".join(text.split()).casefold(), item)
    out, placed = {}, set()
    for i, paragraph in enumerate(paragraphs):
        item = said.get(" ".join(paragraph.split()).casefold())
        if item is not None and id(item) not in placed:
            out[i] = item
            placed.add(id(item))
    return out


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


# JSON opens with an object's first key or an array's first value (as ingest.detect tells JSON): a scrape may open
# with a bracket that is no JSON ("[UPDATED] Harbour town votes...", "{Live} ...")
_JSON_OPENING = re.compile(JSON_OPENING.pattern.decode())  # (the sniff's own test, on text)


def looks_like_text_scrape(text: str) -> bool:
    """Prose paragraphs (a scrape or a plain article), not code, a table, a log or markup."""
    # (a crawler's notes in HTML comments over a page it saved as Markdown: "<!-- source: URL -->")
    stripped = _LEADING_COMMENTS.sub("", text)
    if not stripped or _JSON_OPENING.match(stripped):
        return False
    markdown = markdown_to_scrape(text[:65536], news_only=True)
    if stripped[0] == "<" and not markdown:
        return False  # markup (a Markdown page may open with a tag its converter passed through)
    if markdown:  # a page saved as Markdown: judged as it renders
        text = markdown[0]
    else:  # (a list of its pictures written key by key is no markup of notes)
        text = _keyed_pictures(text[:65536])[0]
    units = split_units(text[:65536])
    # (by their letters: a site's menu of one-word items, "* Home", "* News", is markup of no weight)
    markup = sum(len(u) for u in units if u.startswith(("#", "- ", "* ", "```", "|", "> ", "1. ")))
    if markup >= _MARKUP_SHARE * sum(map(len, units)):
        return False  # Markdown notes or a README, not a news page
    prose = [u for u in units if _prose(u)]
    # (a share of the letters too: a story in a language of long words, Inuktitut's, is few lines of five words
    # or more among its short captions and menu lines, yet most of its letters)
    if len(prose) < 2 or (len(prose) < 0.4 * len(units)
                          and _letters(prose) < _PROSE_LETTER_SHARE * _letters(units)):
        return False
    signals = any(boilerplate_kind(u) for u in units) or any(
        same_text(a, b) for a, b in zip(units, units[1:]) if word_count(a) >= 4)
    return len(prose) >= 3 or signals


_PROSE_LETTER_SHARE = 0.5
_MARKUP_SHARE = 0.3
_LEADING_COMMENTS = re.compile(r"\A\s*(?:<!--.*?-->\s*)*", re.S)


def _letters(units: list[str]) -> int:
    return sum(letter_count(u) for u in units)


def _prose(unit: str) -> bool:
    """A sentence-like line: enough words, mostly letters, not code or a table row."""
    if word_count(unit) < 5 or unit.count("\t") >= 2 or unit.rstrip().endswith(("{", "}", ";")):
        return False
    chars = unit.replace(" ", "")
    return letter_count(chars) >= 0.7 * len(chars)
