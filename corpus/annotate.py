"""annotate: language, lengths and credit flags as columns (never drops, not a ledger stage)."""
from __future__ import annotations

import logging
import re
from typing import Iterable, Iterator

import pycld2

from .records import Article, Sample
from .rejects import Ledger

log = logging.getLogger(__name__)

# CLD2 still emits a few legacy codes; the dataset promises ISO 639-1.
_LEGACY_CODES = {"iw": "he", "jw": "jv", "in": "id", "zh-Hant": "zh", "zh-TW": "zh"}
_MIN_PERCENT = 60  # below this the text is mixed; the top language does not describe it
_MAX_CHARS = 20_000  # article language is settled long before this; keeps CLD2 fast on huge bodies
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f]|[\ud800-\udfff]")  # CLD2 rejects controls and surrogates

# Scripts written without spaces between words: Chinese and Japanese characters are counted at CHARS_PER_WORD.
_NO_SPACE_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]", re.UNICODE)  # a token counts only if it holds a letter or digit
CHARS_PER_WORD = 2  # a Chinese/Japanese word is ~1.5-2 characters long
# Thai, Lao, Khmer and Burmese write no spaces between words either, but their words are longer and their vowel
# and tone marks are characters of their own: their letters (marks aside) are counted at LETTERS_PER_SEA_WORD
# (4.9 in hand-segmented Thai news captions; counting every character at 2 made a 5-word Thai caption 18 words).
_SEA_SCRIPT = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
_SEA_MARK = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd"
                       r"\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074"
                       r"\u1082-\u108d\u108f\u109a-\u109d\u17b4-\u17d3\u17dd]")  # their combining marks (Mn, Mc)
LETTERS_PER_SEA_WORD = 5


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of text, or None when CLD2 is not confident (short or mixed text)."""
    if not text:
        return None
    clean = _INVISIBLE.sub(" ", text[:_MAX_CHARS])
    try:
        reliable, _, details = pycld2.detect(clean)
    except pycld2.error as e:  # invalid UTF-8 after all: an unknown language, not a failure
        log.debug("cld2 refused text: %s", e)
        return None
    name, code, percent, _ = details[0]
    if not reliable or code == "un" or percent < _MIN_PERCENT:
        return None
    return _LEGACY_CODES.get(code, code.split("-")[0])


def count_words(text: str) -> int:
    """Space-separated words; in scripts without spaces, characters / CHARS_PER_WORD (Chinese, Japanese) or
    letters / LETTERS_PER_SEA_WORD (Thai, Lao, Khmer, Burmese)."""
    n = 0
    for token in text.split():
        if not _WORD.search(token):
            continue  # "–", "|", "•" are not words
        cjk = len(_NO_SPACE_SCRIPT.findall(token))
        sea = _SEA_SCRIPT.findall(token)
        letters = len(sea) - len(_SEA_MARK.findall("".join(sea)))
        rest = _SEA_SCRIPT.sub("", _NO_SPACE_SCRIPT.sub("", token))
        n += -(-cjk // CHARS_PER_WORD) + -(-letters // LETTERS_PER_SEA_WORD) + (1 if _WORD.search(rest) else 0)
    return n


def annotate_article(article: Article) -> None:
    """An article whose page declares no language gets the one its body text is written in (once per
    article: its samples and its row in the articles config take it from here)."""
    if article.language is None:
        article.language = detect_language("\n".join(article.paragraphs))


def annotate_sample(s: Sample) -> None:
    """Fill the annotation columns of one sample in place (the article's language came with the article)."""
    s.caption_language = detect_language(s.caption)
    s.caption_words = count_words(s.caption)
    s.caption_chars = len(s.caption)
    s.has_credit = bool(s.credit)


def run(samples: Iterable[Sample], ledger: Ledger | None = None) -> Iterator[Sample]:
    """Annotate every sample; nothing is dropped, so the ledger is not touched."""
    for s in samples:
        annotate_sample(s)
        yield s
