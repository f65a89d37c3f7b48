"""normalize: encoding repair, entities, Unicode NFC, invisible characters and white space.

The caption is rebuilt from `caption_raw` (never touched) so every change can be audited.
"""
from __future__ import annotations

import html
import re
import unicodedata
from typing import Iterable, Iterator

import ftfy

from .extract.credits import clean, split_credit
from .records import Sample
from .rejects import Ledger, Reason

STAGE = "normalize"

# Repair mojibake but keep the text as published otherwise: curly quotes, full-width forms in
# CJK text and accents stay (no ASCII folding). Entities are unescaped by us, before ftfy, so
# mojibake spelled as entities ("&Atilde;&copy;") is repaired too.
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    normalization="NFC",
    explain=False,
)

# Invisible characters that only break matching. ZWJ/ZWNJ (U+200C/D) are kept on purpose:
# they change meaning in Persian, Indic scripts and emoji sequences.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
_SPACE = re.compile(r"\s+")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # exactly Unicode category Cc
# C0 controls and DEL go before ftfy (which would delete them and glue words together); C1
# controls must reach ftfy, which reads them as Windows-1252 mojibake.
_C0_CONTROL = re.compile("[\x00-\x1f\x7f]")
_ENTITY = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});")

# A leading label that announces the picture; the rest is the caption. VentureBeat's "Above:"
# is deliberately absent: it is visible caption text (see realworld LABELING.md rule 5).
_MARKER = re.compile(
    r"^\s*(?:"
    r"pictured(?:\s+(?:above|below|here|left|right|top|bottom|center|centre|"
    r"(?:from\s+)?left\s+to\s+right|from\s+left|l-r|l to r))?"
    r"|photo\s+shows|this\s+photo\s+shows|in\s+the\s+photo|in\s+this\s+photo"
    r"|im\s+bild|auf\s+dem\s+bild|unser\s+bild|sur\s+la\s+photo|sur\s+cette\s+photo"
    r"|en\s+la\s+(?:foto|imagen)|na\s+foto|na\s+imagem|nella\s+foto|op\s+de\s+foto"
    r")\s*[:：]\s*",
    re.IGNORECASE,
)


def _unescape(s: str) -> str:
    """Entities, twice at most: feeds often escape already-escaped text ("&amp;#8217;")."""
    for _ in range(2):
        if not _ENTITY.search(s):
            break
        s = html.unescape(s)
    return s


def _drop_controls(s: str) -> str:
    """Control characters (category Cc) become spaces so words do not glue together."""
    return _CONTROL.sub(" ", s)


def normalize_text(s: str | None) -> str | None:
    """Repaired, NFC, single-spaced text; None stays None (empty stays empty)."""
    if s is None:
        return None
    s = _unescape(s)
    if not s.isprintable():  # control characters are never printable: most captions skip both passes
        s = _C0_CONTROL.sub(" ", s)
    if not s.isascii():  # mojibake needs non-ASCII characters: pure ASCII skips ftfy (most captions)
        s = ftfy.fix_text(s, config=_FTFY)
    s = s.translate(_INVISIBLE)
    if not s.isprintable():
        s = _drop_controls(s)
    s = unicodedata.normalize("NFC", s)
    return _SPACE.sub(" ", s).strip()


# HTML tags left in a caption as text: a CMS that escaped the caption's markup once too often shows
# "<p>Boats in the harbour.</p>" ("&lt;p&gt;..." in the page). Only tags of text markup, written as tags,
# go: "x < y" or "<3" stays.
_MARKUP = re.compile(r"</?(?:p|br|b|i|u|em|strong|span|div|a|small|sup|sub|font|li|ul|ol|h[1-6]|figcaption|cite)"
                     r"(?:\s[^<>]{0,300})?\s*/?>", re.IGNORECASE)


def strip_markup(s: str | None) -> str | None:
    """Caption text without the HTML tags left in it as text; None stays None."""
    if not s or "<" not in s:
        return s
    return _SPACE.sub(" ", _MARKUP.sub(_tag_gap, s)).strip()


_INLINE_TAGS = frozenset(("b", "i", "u", "em", "strong", "span", "a", "small", "sup", "sub", "font", "cite"))


def _tag_gap(m: re.Match) -> str:
    """An inline tag leaves nothing ("<b>harbour</b>."), a block tag a space between its lines."""
    name = m.group(0).lstrip("</").split(None, 1)[0].rstrip("/>").lower()
    return "" if name in _INLINE_TAGS else " "


def strip_caption_marker(s: str) -> str:
    """'Pictured: X' -> 'X'; an inline '(pictured)' or a later 'Pictured:' is left alone."""
    return _MARKER.sub("", s, count=1).strip()


def normalize_optional(s: str | None) -> str | None:
    """Normalized text, or None when nothing is left."""
    s = normalize_text(s)
    return s or None


def normalize_paragraphs(paragraphs: list[str]) -> list[str]:
    """The article body, once per article: each paragraph normalized, none dropped (figure positions
    count paragraphs)."""
    return [normalize_text(p) or "" for p in paragraphs]


def normalize_list(items: list[str]) -> list[str]:
    return [p for p in (normalize_text(x) for x in items) if p]


def normalize_sample(s: Sample) -> None:
    """Fill the normalized fields of one sample in place (caption_raw untouched)."""
    repaired = normalize_text(s.caption_raw) or ""
    caption = strip_markup(repaired) or ""
    if not s.credit and repaired != clean(s.caption_raw):
        caption, s.credit = _split_revealed_credit(caption)
    s.caption = strip_caption_marker(caption)
    s.credit = strip_markup(normalize_optional(s.credit)) or None
    s.alt_text = normalize_optional(s.alt_text)
    s.article_title = normalize_optional(s.article_title)
    s.article_authors = normalize_list(s.article_authors)
    s.context_before = normalize_list(s.context_before)
    s.context_after = normalize_list(s.context_after)


def _split_revealed_credit(caption: str) -> tuple[str, str | None]:
    """A credit that extraction could not see because an entity or mojibake stood before it ("... storm.&nbsp;Photo:
    Jane Roe", from a caption escaped twice): split off once the text is repaired. A caption that is only a credit
    stays whole, as extraction keeps it, for the filters to judge."""
    rest, credit = split_credit(caption)
    return (rest, credit) if rest and credit else (caption, None)


def run(samples: Iterable[Sample], ledger: Ledger) -> Iterator[Sample]:
    """Stage 'normalize': a caption with nothing left after clean-up is rejected."""
    for s in samples:
        ledger.see(STAGE)
        normalize_sample(s)
        if not s.caption:
            ledger.reject(STAGE, Reason.NORMALIZE_EMPTY, s.provenance, detail=s.caption_raw[:200], id=s.id)
            continue
        ledger.keep(STAGE)
        yield s
