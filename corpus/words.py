"""Words and letters of a text in any script: what captions' lengths are counted in (annotate) and what a scrape's
lines and a page's text runs are measured by (extract.text, extract.html)."""
from __future__ import annotations

import re
import unicodedata

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
# Tibetan and Dzongkha end each syllable with a tsheg (U+0F0B, U+0F0C), not a space: it breaks words as a space does
_WORD_BREAK = re.compile(r"[\s\u0f0b\u0f0c]+")
# The combining marks (Mn, Mc) of the scripts before U+2000 and the combining blocks after it, as a character-class
# body: `\w` takes no mark, so a word of Hebrew with its vowel points or of Kannada with its vowel signs would end at
# its first mark ("[\w{MARKS}]" takes the whole word).
MARKS = "".join(re.escape(chr(c)) for c in [*range(0x300, 0x2000), *range(0x20d0, 0x2100), *range(0xfe20, 0xfe30)]
                if unicodedata.category(chr(c)) in ("Mn", "Mc"))


def count_words(text: str) -> int:
    """Space-separated words (a Tibetan tsheg separates them too); in scripts without spaces, characters /
    CHARS_PER_WORD (Chinese, Japanese) or letters / LETTERS_PER_SEA_WORD (Thai, Lao, Khmer, Burmese)."""
    n = 0
    for token in _WORD_BREAK.split(text) if "\u0f0b" in text or "\u0f0c" in text else text.split():
        if not _WORD.search(token):
            continue  # "–", "|", "•" are not words
        cjk = len(_NO_SPACE_SCRIPT.findall(token))
        sea = _SEA_SCRIPT.findall(token)
        letters = len(sea) - len(_SEA_MARK.findall("".join(sea)))
        rest = _SEA_SCRIPT.sub("", _NO_SPACE_SCRIPT.sub("", token))
        n += -(-cjk // CHARS_PER_WORD) + -(-letters // LETTERS_PER_SEA_WORD) + (1 if _WORD.search(rest) else 0)
    return n


def no_space_chars(text: str) -> int:
    """Chinese and Japanese characters of a text (the scripts counted at CHARS_PER_WORD)."""
    return 0 if text.isascii() else len(_NO_SPACE_SCRIPT.findall(text))


def unstopped_script(text: str) -> bool:
    """Most of the text's letters are Thai, Lao, Burmese or Khmer, scripts whose sentences end with no full stop (a
    space, or nothing, ends them): whether a line is a headline cannot be told by its last mark."""
    letters = letter_count(text)
    return letters > 0 and 2 * len(_SEA_SCRIPT.findall(text)) > letters


def letter_count(text: str) -> int:
    """Letters of a text, the vowel signs and other combining marks of Indic, Thai and Arabic scripts among them
    (str.isalpha() is False for a Devanagari matra, so half of a Hindi word would not count as letters)."""
    if text.isascii():
        return sum(c.isalpha() for c in text)
    return sum(c.isalpha() or unicodedata.category(c)[0] == "M" for c in text)
