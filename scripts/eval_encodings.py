"""How many labeled real pages read back exactly when saved in a legacy encoding they name nowhere.

Usage (from the repo root):
    .venv/bin/python scripts/eval_encodings.py
Each page of tests/data/realworld/pages that is UTF-8 and whose text (tags, scripts, styles and comments removed)
is not all ASCII is re-encoded in its script's legacy encoding (Windows-125x, Shift_JIS for Japanese, Big5 for
Taiwan's and Hong Kong's pages, GB18030 for other Chinese, EUC-KR, TIS-620; for Latin script the first of
cp1252, cp1250, cp1254, cp1257 that holds it), its charset declarations removed; it reads back exactly when the
text html.decode_html gives is the text re-encoded. Printed: pages read back, per Latin and other scripts, for
decode_html and for reading every such page as Windows-1252 (what a browser given no charset does in the West).
"""
from __future__ import annotations

import argparse
import gzip
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from corpus.extract.html import _NOT_TEXT as NOT_TEXT, decode_html  # noqa: E402  (the guess's own idea of text)

PAGES = REPO / "tests" / "data" / "realworld" / "pages"
DECLARATION = re.compile(rb"<meta[^>]*charset[^>]*>|<\?xml[^>]*\?>", re.I)
SCRIPT_CODEC = {"CYRILLIC": "cp1251", "GREEK": "cp1253", "HEBREW": "cp1255", "ARABIC": "cp1256", "HANGUL": "euc-kr",
                "THAI": "tis-620"}


def codec_for(text: str, name: str) -> str | None:
    scripts = Counter(unicodedata.name(ch, "?").split()[0] for ch in text if ord(ch) > 127 and ch.isalpha())
    if not scripts:
        return None
    top = scripts.most_common(1)[0][0]
    if top == "LATIN":
        return next((c for c in ("cp1252", "cp1250", "cp1254", "cp1257") if _holds(text, c)), "cp1252")
    if top in ("CJK", "HIRAGANA", "KATAKANA"):
        if scripts["HIRAGANA"] + scripts["KATAKANA"] > 0.05 * sum(scripts.values()):
            return "shift_jis"
        return "big5" if re.search(r"(^|[-_])(tw|hk)([-_.]|$)", name) else "gb18030"
    return SCRIPT_CODEC.get(top)


def _holds(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def main(argv=None) -> int:
    argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter).parse_args(argv)
    now, before = Counter(), Counter()
    for path in sorted(PAGES.glob("*.html*")):
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        try:
            page = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        codec = codec_for(NOT_TEXT.sub(b" ", raw).decode("utf-8"), path.name)
        if codec is None:
            continue
        legacy = DECLARATION.sub(b"", page.encode(codec, errors="xmlcharrefreplace"))
        truth = NOT_TEXT.sub(b" ", legacy).decode(codec)
        group = "Latin" if codec in ("cp1252", "cp1250", "cp1254", "cp1257") else "other"
        now[group, NOT_TEXT.sub(b" ", decode_html(legacy).encode("utf-8")).decode("utf-8") == truth] += 1
        before[group, NOT_TEXT.sub(b" ", legacy).decode("cp1252", errors="replace") == truth] += 1
    for label, counts in (("decode_html", now), ("windows-1252", before)):
        for group in ("Latin", "other"):
            total = counts[group, True] + counts[group, False]
            print(f"{label:12} {group:5} scripts: {counts[group, True]} of {total} pages read back exactly")
    return 0


if __name__ == "__main__":
    sys.exit(main())
