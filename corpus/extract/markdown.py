"""Scrapes saved as Markdown (Firecrawl, Jina Reader, trafilatura --markdown, html2text, markdownify, crawl4ai, a
browser's "copy as Markdown"), read as the plain scrape they render to.

A Markdown scrape marks where a picture stood with an image line, `![alt](src "title")`, and prints the caption under
it once (or on the same line); the alt may repeat it. The plain-text reader (text.py) finds captions by their two
copies, so each caption a picture line introduces is written out as two copies: the printed caption and the alt (or
title) when either repeats it, else the caption again; a credit printed only in the alt goes on the second copy, as a
plain scrape prints a credit on one copy. Links become their text; emphasis, quote marks and heading marks go;
paragraphs that are only links (menus, related stories) and the tools' own header lines are left out. The picture's
address is kept for each caption, so the figure names its picture (fetched with --fetch-images, else the caption goes
to text_only saying why).

What decides that the paragraph under a picture line is its caption (the alt alone is never one): the alt or title
repeats it; it is wholly in italics, bold or a quote block (but for a quotation, a pull quote); a credit closes it; or
it is short and ends no sentence; or it is one sentence with a rule, a heading or a list of links under it (where
the page does not glue its captions on the line under their pictures). A body paragraph under a picture without a
caption ends its sentences; logos, avatars, icons, authors' portraits and pictures that link to another story are no
news photos. A paragraph right above a picture is its caption only when it is set apart, credited or repeated by the
alt (some sites print it there).

What converters leave besides plain Markdown is read first (_pandoc, _normalise): pandoc's divs, attributes and spans
(a div named for a caption sets its words apart), pictures and links by reference, the HTML they kept (figures, img
tags, line breaks, footnote marks), lazy-loading placeholders, galleries as tables or lists, pictures written as text
("Image: ..."), slide counters and size links between a picture and its caption.
"""
from __future__ import annotations

import html
import itertools
import json
import re

import yaml

from .boilerplate import (STAFF_LINE, WORDED_DATE, asks_to_act, is_ad_label, is_service_text, meta_line,
                          opens_with_ad_label)
from .credits import is_bare_credit, split_credit, starts_like_credit
from .figures import ICON_URL

_TITLE = r"""(?:\s+(?:"(?P<title>[^"]*)"|'(?P<title2>[^']*)'))?"""  # a title's quotes are its own: "St Patrick's Day"
# (a picture's size after its address, as HackMD and markdown-it's size plugin write it: "![](photo.jpg =600x)", or
# its alignment, as Hashnode writes it: "![](photo.jpeg align="center")")
# (an address may hold balanced brackets, as CommonMark allows: an image service's "filters:strip_icc()/...")
_DEST = r"(?:[^()\s]|\([^()\s]*\))"
_IMAGE = re.compile(r"\[?!\[(?P<alt>(?:[^\]\\]|\\.)*)\]\((?P<src>" + _DEST + r"+)" + _TITLE
                    + r"(?:\s+=\d*x\d*|\s+align=[\"'][a-z]*[\"'])?\)"
                    r"(?:\]\((?P<href>" + _DEST + r"+)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\))?")
_LINK = re.compile(r"\[(?P<text>(?:[^\]\\]|\\.)*)\]\((?P<href>" + _DEST + r"*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)")
# (emphasis may run over a line break inside its paragraph: a converter wraps its lines at 78 characters)
_STRONG = re.compile(r"(\*\*|__)(?=\S)((?:.|\n(?![ \t]*\n))+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)((?:.|\n(?![ \t]*\n))+?)(?<=\S)\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HEADING = re.compile(r"^#{1,6}\s+")
_SETEXT = re.compile(r"^(?:=+|-+)\s*$")
_BULLET = re.compile(r"^(?:[*+-]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^>\s?")
_MARKER_ONLY = re.compile(r"[*+-]|\d{1,3}[.)]")  # a list item whose picture was its only content
_QUOTED = re.compile(r"[\"“„«»‘'「『].*[\"”“«»’'」』][.!?]?")  # wholly a quotation
# the header lines a reader service writes above the page ("URL Source: ...", "Markdown Content:")
_TOOL_HEADER = re.compile(r"^(?:Title|URL Source|Published Time|Markdown Content|Warning):", re.I)
_ALT_NUMBER = re.compile(r"^Image \d+:?\s*")  # Jina Reader numbers every alt: "Image 3: ..."
_IMAGE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])", re.I)
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "।", "۔", "؟")
CAPTION_MAX_WORDS = 30  # a line under a picture, short and ending no sentence, is its caption
GLUED_CAPTION_MAX_WORDS = 60  # a line printed in the picture's own block is its caption up to this length
_MIN_IMAGES = 1


_WEB_LINK = re.compile(r"\]\(https?://")
MIN_LINKS = 3


_REF_IMAGE = re.compile(r"!\[[^\]\n]*\]\[[^\]\n]*\]")
_HTML_PICTURE = re.compile(r"<(?:img|figure)\b", re.I)
_ATX = re.compile(r"^#{1,6} \S", re.M)


def looks_like_markdown(text: str) -> bool:
    """A picture line (inline, by reference, cited, as the HTML a converter kept, or a site generator's picture tag), a
    metadata block on top, links in Markdown's syntax, or a heading over pictures written as text ("Image: ..."): no
    plain scrape writes them."""
    head = text[:200_000]
    return (len(_IMAGE.findall(head)) >= _MIN_IMAGES or bool(_REF_IMAGE.search(head) or _HTML_PICTURE.search(head))
            or bool(_CITED_PICTURE.search(head) and _CITATION_DEF.search(head))
            or any(tag.search(head) for tag in _PICTURE_TAGS)
            or bool(_FRONT_MATTER.match(head.replace("\r\n", "\n"))) or len(_WEB_LINK.findall(head)) >= MIN_LINKS
            or bool(_ATX.search(head) and _TEXT_IMAGE.search(head)))


def plain(text: str) -> str:
    """Markdown inline markup -> the text a reader sees."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    for _ in range(2):  # emphasis inside strong text
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(r"\2", text)
    return html.unescape(_ESCAPE.sub(r"\1", text))


def _lines(block: str) -> list[str]:
    """A block's lines as a reader sees them: a paragraph's lines run on (a single line break is a space in
    Markdown, and html2text wraps at 78 columns) unless the line ends in a hard break; list items stay lines."""
    out: list[str] = []
    joined = False
    for raw in block.split("\n"):
        line = _QUOTE.sub("", raw.strip())
        if _SETEXT.match(line) or _TOOL_HEADER.match(line):
            continue
        item = _BULLET.match(line) or _MARKER_ONLY.fullmatch(line)
        if _MARKER_ONLY.fullmatch(line):
            line = ""  # a list item whose picture was all it held
        elif item:
            line = _BULLET.sub("", line).strip(" *+-\\")
        else:
            line = _HEADING.sub("", line).rstrip(" \\")
        if not line:
            continue
        if joined and not item:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joined = not (raw.endswith(("  ", "\\")) or _HEADING.match(raw.lstrip())) and not item
    return out


def _links_only(block: str) -> bool:
    """A menu, a list of related stories, a linked author name: every line is links, bullets and separators."""
    lines = [line for line in block.split("\n") if line.strip()]
    return bool(lines) and all(_LINK.search(line) and not re.sub(r"[\s*+\-|·•/,]", "",
                                                                  _BULLET.sub("", _LINK.sub("", line.strip())))
                               for line in lines)


def _emphasised(block: str) -> bool:
    """The paragraph is set in italics, bold or a quote block, whatever credit follows ("*Caption.* Photo: X")."""
    head = block.lstrip()
    return head.startswith((">", "*", "_")) and not _BULLET.match(head)


def _words(text: str) -> int:
    return len(text.split())


# the words that place people in a picture ("from left", "left to right"), in the languages of the news: only a
# caption points into its picture so
_WHO_WHERE = re.compile(r"(?i:\bfrom (?:left|right)\b|\b(?:left|right) to (?:right|left)\b|\bclockwise from\b|"
                        r"\bde (?:gauche|droite) à (?:droite|gauche)\b|"
                        r"\bvon (?:links|rechts)(?: nach (?:rechts|links))?\b|"
                        r"\bde (?:izquierda|derecha) a (?:derecha|izquierda)\b|\bda (?:sinistra|destra)\b|"
                        r"\bda (?:esquerda|direita) para a (?:direita|esquerda)\b|\bv\.?\s?l\.?\s?n\.?\s?r\.|"
                        r"слева направо|справа налево)")


def _is_caption(printed: str, text: str, alt: str, title: str) -> bool:
    """Whether the paragraph under a picture line (as printed, and as text) is the picture's caption."""
    if not text or asks_to_act(text) or STAFF_LINE.match(text) or _SITE_NOTICE.match(plain(printed).strip()):
        return False  # ("Follow us on Telegram ...": the site's, under its banner; "责任编辑：X", the story's editor,
        # under the last picture; "© 2026 Example · Legal notice", the site's footer under its banner)
    if alt and _same(alt, text) or title and _same(title, text):
        return True
    if split_credit(text)[1] or _WHO_WHERE.search(text) or _opens_with_alt(text, alt) or _holds_alt(text, alt) \
            or (_AGED_NAME.match(text) or _aged_early(text)) and _one_sentence(text):
        return True
    if _emphasised(printed):
        return not (printed.lstrip().startswith(">") and _QUOTED.fullmatch(text))  # a pull quote in a quote block
    # (a line that ends in a colon opens what follows it, a list or a quote: no caption; a line all in capitals is
    # a page's furniture, a supporter's or a section's name)
    return _words(text) <= CAPTION_MAX_WORDS and not text.rstrip(" \"'”’»)").endswith(_SENTENCE_END + (":", "：")) \
        and not _all_capitals(text) and not meta_line(text) and not _name_and_date(text)


def _name_and_date(text: str) -> bool:
    """A byline and its date across a bar or a dot, "Jane Roe | 2025-02-18", "By Jane Roe | Sept. 16, 2025": the
    story's, under its lead picture or its author's portrait."""
    parts = _BYLINE_PARTS.split(text.strip())
    return len(parts) >= 2 and any(_NUMERIC_DATE.fullmatch(part) or WORDED_DATE.fullmatch(part) for part in parts) \
        and all(_words(part) <= BYLINE_PART_MAX_WORDS for part in parts)


_BYLINE_PARTS = re.compile(r"\s[|·•]\s")
_NUMERIC_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
BYLINE_PART_MAX_WORDS = 5


_SITE_NOTICE = re.compile(r"(?:©|\([cC]\)|Copyright)\s*\d{4}\b")

# a sentence under a picture that opens with a person and their age, the caption's way of naming who is shown ("Jane
# Roe, 64, serves ...", "Jane Roe (74) ...", "Анна Роева, 86 лет, ...")
_AGED_NAME = re.compile(r"[^\W\d_][^,.!?()\d]{2,60}?(?:,\s\d{1,3}(?:\s[^\W\d_]{1,10}){0,2},\s|\s?\(\d{1,3}\),?\s)")


# a person's age as the captions of the news give it in their languages, before or after the name: "Ten-year-old
# Jane Roe", "Die 88-jährige Anna Roe", "Ana Roe, de 92 años,", "71 yaşındaki", "78 वर्षीय", "۸۳ ساله", "84歲的",
# "임순례(84) 할머니"
_AGE = re.compile(r"(?i:\b(?:\d{1,3}|[a-z]+)-year-old\b)|\b\d{1,3}-jährige[rn]?\b|"
                  r"\b\d{1,3}\s(?:años|anos|anni|ans|jaar|lata|lat|yaşında(?:ki)?|ساله|عاما|عامًا|عاماً|वर्षीय|tuổi)"
                  r"(?!\w)|"
                  r"[^\W\d_]\s?\(\d{2,3}\)|\d{2,3}\s?(?:岁|歲|歳|세)")
AGE_WITHIN_WORDS = 8


def _aged_early(text: str) -> bool:
    """The sentence gives a person's age within its first words, as a portrait's caption names who it shows."""
    m = _AGE.search(text)
    return m is not None and _words(text[:m.start()]) < AGE_WITHIN_WORDS


def _credited_alt(alt: str) -> bool:
    """An alt that is a caption of three words or more with its credit after it: no description for a screen reader
    carries a photographer's name."""
    caption, credit = split_credit(alt) if alt else (None, None)
    return bool(caption and credit) and _words(caption) >= 3


def _opens_with_alt(text: str, alt: str) -> bool:
    """A sentence under the picture that opens with the picture's alt of two words or more ("Coxswain Jane Roe"
    over "Coxswain Jane Roe, centre, celebrates ..."): the caption the alt was cut from, not the story. (A CMS that
    cuts alts at a length cuts inside a word, "Crianças fantasiadas no bloqui": a long alt may end so.)"""
    if _words(alt) < 2 or _LINK.search(text):
        return False
    head = text[:len(alt)]
    whole_words = not text[len(alt):len(alt) + 1].isalnum() or len(alt) >= CUT_ALT_MIN_CHARS and _words(alt) >= 3
    return head.casefold() == alt.casefold() and whole_words and _one_sentence(text)


CUT_ALT_MIN_CHARS = 20


def _holds_alt(text: str, alt: str) -> bool:
    """A short sentence under the picture holding every word of its alt, two of three letters or more, in order
    ("Fahrradbügel am Bahnhof" over "Die neuen Fahrradbügel am Bahnhof Weiden."), the first among its first three
    words: the caption the alt was shortened from."""
    # (two capitalised words may be a name the story's sentence names: "Jane Roe" over "Jane Roe said ...")
    found = _ALT_WORD.findall(alt)
    words = [w.casefold() for w in found]
    if sum(len(w) >= 3 for w in words) < 2 or len(words) == 2 and all(w[:1].isupper() for w in found) \
            or _LINK.search(text) or _words(text) > HELD_ALT_MAX_WORDS or not _one_sentence(text):
        return False
    # (the alt's first word among the sentence's first three: a story's sentence that names the picture's subject
    # further on, "After supper everyone sang the old songs ...", is the story's)
    pattern = r"^\W*(?:[^\W_]+\W+){0,2}?" + r"\b.*?\b".join(map(re.escape, words)) + r"\b"
    return re.search(pattern, text.casefold()) is not None


_ALT_WORD = re.compile(r"[^\W_]+")
HELD_ALT_MAX_WORDS = 16


def _all_capitals(text: str) -> bool:
    """Every letter a capital (a script without capitals has none: Japanese with "ＯＢ" in it is no capitals line)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


_FIRST_SEPARATOR = re.compile(r"\s(?:\||—|–|·|-)\s")
FIRST_CREDIT_MAX_WORDS = 8


def _credited_copy(text: str, block: str) -> bool:
    """block is text again with a credit after it ("Caption" over "Caption — Foto: X")."""
    caption, credit = split_credit(" ".join(_lines(plain(block))))
    return bool(credit and caption) and _same(caption.rstrip(" —–-|"), " ".join(text.split()))


def _credit_first(text: str) -> tuple[str, str] | None:
    """(caption, credit) of a caption printed after its credit and a separator ("Foto: dpa | ...", "© Jane Roe —
    ..."), else None."""
    m = _FIRST_SEPARATOR.search(text)
    if m is None:
        return None
    head, tail = text[:m.start()].strip(), text[m.end():].strip()
    if not tail or len(head.split()) > FIRST_CREDIT_MAX_WORDS:
        return None
    return (tail, head) if head.startswith(("©", "(c)")) or split_credit(head) == (None, head) else None


_COUNTER = re.compile(r"^\W*(?:[^\W\d_]{1,8}\s)?\d{1,3}\s*(?:/|[^\W\d_]{1,4})\s*\d{1,3}\W*$")
# a staff portrait: the picture sits in a folder of author pictures, or is a small square thumbnail ("-96x96.jpg")
_PORTRAIT_URL = re.compile(r"/(?:authors?|autoren|auteurs?|autores|autori|avatars?|profiles?)/|[-_](\d{2,3})x\1\.",
                           re.I)


def _counter(block: str) -> bool:
    """A gallery's slide counter ("1 / 6", "Photo 3 of 8", "Фото 1 из 6")."""
    return bool(_COUNTER.match(" ".join(_lines(plain(block)))))


def _author_box(src: str, alt: str, text: str) -> bool:
    """An author's portrait over the byline or the bio that opens with the name its alt gives ("Jane Roe · 9 August",
    "Jane Roe has reported on ... since 2014"): no news photo, and the line is no caption."""
    return bool(alt) and text.startswith(alt) and bool(_PORTRAIT_URL.search(src))


def _size_links(block: str) -> bool:
    """A line of links to the picture's files ("Download: [S](a-480.jpg) [M](a-1024.jpg)", "[Enlarge](a.jpg)")."""
    hrefs = [m.group("href") for m in _LINK.finditer(block)]
    words = _LINK.sub("", block).split()
    return bool(hrefs) and all(_IMAGE_HREF.search(h) for h in hrefs) and len(words) <= 2 and not _IMAGE.search(block)


def _credited_then_story(block: str) -> bool:
    """A block whose first line closes with a labelled credit ("Foto: X") and whose other lines each end a sentence
    (a hard-wrapped paragraph's first line may end on words the patterns take for a name: "... 13h. O Metrô-DF")."""
    lines = block.strip("\n").split("\n")
    credit = split_credit(plain(lines[0]).strip())[1] if len(lines) >= 2 else None
    return bool(credit) and starts_like_credit(credit) \
        and all(SENTENCE_STOP.search(line.rstrip()[-1:]) for line in lines[1:] if line.strip())


def _bare_credit_after(caption: str, block: str) -> bool:
    """A paragraph under a caption that is a credit the patterns read only after one ("JANE ROE/Example Ledger",
    "Ledger file photo"), and read so after this caption."""
    text = " ".join(_lines(plain(block)))
    return _IMAGE.search(block) is None and is_bare_credit(text) \
        and split_credit(f"{' '.join(caption.split())} {text}")[1] == text


def _credit_only(block: str) -> bool:
    """A paragraph that is a credit and nothing else ("Photo: Jane Roe"), in brackets too ("(ภาพ : X)") where it
    reads as one without them (an editor's "（责任编辑：X）" does not, nor a file picture's "（资料图）")."""
    text = " ".join(_lines(plain(block)))
    if _IMAGE.search(block) is not None or not text:
        return False
    if text[:1] in "([（" and text[-1:] in ")]）":
        inner = text[1:-1].strip()
        return split_credit(text) == (None, inner) and (split_credit(inner) == (None, inner)
                                                         or starts_like_credit(inner))
    return split_credit(text) == (None, text)


# an analytics script's fallback picture, which tells the page's visit: "https://x/tr?id=1&ev=PageView&noscript=1"
_NOSCRIPT_QUERY = re.compile(r"[?&]noscript(?:=|&|$)", re.I)


def _news_photo(m: re.Match) -> bool:
    src, href = m.group("src"), m.group("href")
    if ICON_URL.search(src) or src.startswith("data:") or _NOSCRIPT_QUERY.search(src):
        return False
    return not href or bool(_IMAGE_HREF.search(href))  # a picture linking to another page is a teaser


_H1 = re.compile(r"^#\s+(?P<atx>.+?)\s*#*\s*$|^(?P<setext>[^\n]+)\n=+[ \t]*$", re.M)
_FRONT_MATTER = re.compile(r"\A---\n(?P<fields>.*?)\n---\n", re.S)
_NAMED_TITLE = re.compile(r"^(?:Title|title):\s*(?P<title>.+)$", re.M)


def markdown_title(text: str) -> str | None:
    """The page's headline: its first top-level heading, else the title the tool wrote above the page (front
    matter, "Title:"), which may carry the site's name after a bar."""
    m = _H1.search(text)
    if m:
        return plain(m.group("atx") or m.group("setext")).strip() or None
    m = _NAMED_TITLE.search(text[:4000])
    return plain(m.group("title")).strip() if m else None


# ---------------------------------------------------------------- what converters leave besides plain Markdown

_REF_DEF = re.compile(r"^ {0,3}\[(?P<key>[^\]^]+)\]:\s*<?(?P<url>\S+?)>?"
                      r"(?:\s+[\"'(](?P<title>[^\"')]*)[\"')])?\s*$", re.M)
_REF_USE = re.compile(r"(?P<bang>!?)\[(?!!\[)(?P<text>(?:[^\]\\]|\\.)*)\]\[(?P<key>[^\]]*)\]")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,12}\]")
_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]\s]{1,12}\]:.*$", re.M)
_HTML_IMG = re.compile(r"<img\b(?P<attrs>[^>]*)>", re.I)
_ATTR = re.compile(r"""\b(?P<name>src|alt|title)\s*=\s*(?:"(?P<v1>[^"]*)"|'(?P<v2>[^']*)')""", re.I)
_HTML_BLOCK = re.compile(r"</?(?:figure|figcaption|p|div|picture)\b[^>]*>", re.I)
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
_FIGCAPTION = re.compile(r"<figcaption\b[^>]*>(?P<text>.*?)</figcaption>", re.I | re.S)
_HTML_NOTE = re.compile(r"<sup\b[^>]*>.*?</sup>", re.I | re.S)  # a footnote marker: no caption text
_HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*\b[^>]*>", re.I)
# a lazy-loading placeholder a reader service prints before the real picture ("data:", "lazy-blank.gif")
_PLACEHOLDER = re.compile(r"!\[(?:[^\]\\]|\\.)*\]\((?:data:[^)]*|[^)\s]*(?:blank|spacer|placeholder|lazy|transparent|"
                          r"1x1)[^)/\s]*\.(?:gif|png|svg)(?:\?[^)\s]*)?)(?:\s+\"[^\"]*\")?\)", re.I)
# a converter told to write pictures as text ("Image: alt", "[Image: alt]"); "Photo: X" is a credit, not this
_TEXT_IMAGE = re.compile(r"^\[?Image:\s+(?P<alt>[^\]\n]+?)\]?$", re.M)
_NO_SRC = "about:blank"  # a picture a converter wrote as text ("Image: ..."): its place, no address
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _inline_references(text: str) -> str:
    """Reference-style images and links ("![alt][3]" ... "[3]: https://... 'title'") written in line."""
    refs = {m.group("key").casefold(): (m.group("url"), m.group("title")) for m in _REF_DEF.finditer(text)}
    if not refs:
        return text
    text = _REF_DEF.sub("", text)

    def inline(m: re.Match) -> str:
        url, title = refs.get((m.group("key") or m.group("text")).casefold(), (None, None))
        if url is None:
            return m.group(0)
        if not m.group("bang"):
            return m.group("text")
        return f'![{m.group("text")}]({url}' + (f' "{title}"' if title else "") + ")"
    text = _REF_USE.sub(inline, text)
    # a picture that links by reference ("[![alt][10]][11]"): its image was written in line above, now its link
    return _LINKED_REF.sub(lambda m: f"[{m.group('image')}]({refs.get(m.group('key').casefold(), ('',))[0]})", text)


_LINKED_REF = re.compile(r"\[(?P<image>!\[[^\]\n]*\]\([^)\n]*\))\]\[(?P<key>[^\]\n]+)\]")


_LINKED_HTML_IMG = re.compile(r"\[\s*<img\b(?P<attrs>[^>]*)>\s*\]\((?P<href>[^)\s]+)\)", re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
# a site generator's or a blog's picture shortcode, left in the page's source: WordPress's "[caption ...]<img> text
# [/caption]" (its brackets escaped by a converter), Jekyll's "{% include figure image_path=... caption=... %}",
# Hugo's "{{< figure src=... caption=... >}}"
_WP_CAPTION = re.compile(r"\\?\[/?caption\b(?:[^\]\\]|\\[^\]])*\\?\]", re.I)
# the shortcode whole, its picture stripped by a feed or an export: its words are still the caption
_WP_CAPTION_TEXT_ONLY = re.compile(r"\\?\[caption\b(?:[^\]\\]|\\[^\]])*\\?\]"
                                   r"(?P<text>(?:(?!!\[|<img|\[/caption)[^\n])+?)\\?\[/caption\\?\]", re.I)
# (Zola's call, "{{ figure(src="...", caption="...") }}", too)
_FIGURE_SHORTCODE = re.compile(r"\{(?:%\s*include\s+figure|\{[<%]\s*figure|\{\s*figure\()\b(?P<attrs>[^}]*?)\s*"
                               r"(?:%\}|[>%]\}\}|\)\s*\}\})")
# a Markdown component (Nuxt Content's MDC): a block "::name{src="..." credit="..."}" over its text and "::", or a
# picture in line, ":img{src="..." alt="..."}": a picture with an address is a picture, its block's text the caption
_MDC_BLOCK = re.compile(r"^::(?P<name>[\w-]+)\{(?P<attrs>[^}\n]*)\}[ \t]*\n(?P<body>.*?)\n::[ \t]*$", re.M | re.S)
_MDC_INLINE = re.compile(r"^:(?:img|image|picture|photo)\{(?P<attrs>[^}\n]*)\}[ \t]*$", re.M)
_CREDIT_ATTR = re.compile(r"cr[eé]dit|fonte|quelle|source|attr", re.I)
# Kirby's image tag, "(image: photo.jpg alt: ... caption: ...)", and a Markdown extension's caption block under its
# picture (MkDocs Material's "/// caption" ... "///")
_KIRBY_IMAGE = re.compile(r"\(image:\s*(?P<file>\S+)(?P<rest>(?:\s+[a-z]+:\s*[^()]*?)*)\)")
_KIRBY_FIELD = re.compile(r"\b([a-z]+):\s*(.*?)(?=\s+[a-z]+:\s|$)", re.S)
_CAPTION_BLOCK = re.compile(r"^/// caption[^\n]*\n(?P<body>.*?)\n///[ \t]*$", re.M | re.S)
# Hexo's picture tags, "{% asset_img photo.jpg "title" %}" and "{% img [class] /photo.jpg [w h] "title" %}", and a
# blog's photo-library notation for an uploaded picture, "[f:id:user:20270815143512j:plain]" (Hatena's), its
# address as the page's source writes it
_HEXO_IMAGE = re.compile(r"""\{%\s*(?:asset_img|img)\s+(?:[\w-]+\s+)*?(?P<src>[^\s"'%]+\.(?:jpe?g|png|gif|webp|avif))"""
                         r"""(?:\s+\d+){0,2}(?:\s+["'](?P<title>[^"'\n]*)["'])?\s*%\}""", re.I)
# Eleventy's image shortcode, "{% image "./photo.jpg", "alt" %}"
_ELEVENTY_IMAGE = re.compile(r"""\{%-?\s*image\s+["'](?P<src>[^"'\s]+)["']\s*(?:,\s*["'](?P<alt>[^"'\n]*)["'])?"""
                             r"[^%\n]*-?%\}")
_PHOTO_ID = re.compile(r"\[(?P<id>f:id:[\w-]+:\d{14}[a-z]?(?::[^\]\n]*)?)\]")
# a blog editor's picture code, as its source and its backups keep it: "[##_Image|path/img.jpg|CDM|1.3|{...,"caption":
# "..."}_##]", the picture's settings (its caption among them) a JSON object at its end
_IMAGE_CODE = re.compile(r"\[##_Image\|(?P<src>[^|\s\]]+)\|(?P<rest>[^\n]*?)_##\]")
# a template tag alone on its line, left once the picture tags are read ("{% blockquote %}", "{{< youtube ID >}}"), or
# a blog's embed ("%[https://...]", Hashnode's): the generator's syntax, no text of the page
_TEMPLATE_TAG_LINE = re.compile(r"^[ \t]*(?:\{%[^%\n]*%\}|\{\{[<%][^}\n]*[>%]\}\}|%\[https?://[^\]\s]+\])[ \t]*$", re.M)
_SHORTCODE_ATTR = re.compile(r"""\b(?P<name>[\w-]+)\s*=\s*(?:"(?P<v1>[^"]*)"|'(?P<v2>[^']*)')""")


def _attributes(pattern: re.Pattern, text: str) -> dict[str, str]:
    """A tag's or a shortcode's attributes (name="value" or name='value'), names lower-cased."""
    return {a.group("name").lower(): a.group("v1") if a.group("v1") is not None else a.group("v2")
            for a in pattern.finditer(text)}


# a MyST (Jupyter Book, Sphinx) figure directive: "```{figure} path" or ":::{figure} path", its options (":alt: ..."),
# then its caption, to the closing fence
_MYST_FIGURE = re.compile(r"^(?P<fence>```|:::)\{(?:figure|image)\}[ \t]+(?P<src>\S+)[ \t]*\n"
                          r"(?P<options>(?:[ \t]*:[\w-]+:[^\n]*\n)*)(?P<body>.*?)\n?(?P=fence)[ \t]*$", re.M | re.S)
_MYST_OPTION = re.compile(r"^[ \t]*:(?P<name>[\w-]+):[ \t]*(?P<value>[^\n]*)$", re.M)
# a site generator's or a blog's picture tags: any of them makes a file Markdown
_PICTURE_TAGS = (_KIRBY_IMAGE, _FIGURE_SHORTCODE, _HEXO_IMAGE, _ELEVENTY_IMAGE, _PHOTO_ID, _IMAGE_CODE, _MDC_INLINE,
                 _MYST_FIGURE)
# an outliner's page (Roam, Logseq): a list item that is only a picture, and an item nested under it, its caption
_OUTLINE_PICTURE = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<picture>!\[[^\]\n]*\]\([^)\n]+\))[ \t]*\n"
                              r"(?P=indent)[ \t]+[-*+][ \t]+(?P<caption>[^\n]+)$", re.M)


def _picture_block(alt: str, src: str, caption: str | None) -> str:
    """A picture line and its caption under it as a quote (which reads as a caption), as blocks of their own."""
    return f"\n\n![{alt}]({src})\n\n" + (f"> {caption}\n\n" if caption else "")


def _myst_figures(text: str) -> str:
    """MyST's figure directives as picture lines, each caption under its picture as a quote (which reads as one)."""
    def figure(m: re.Match) -> str:
        options = {o.group("name"): o.group("value") for o in _MYST_OPTION.finditer(m.group("options"))}
        alt = options.get("alt", "")
        caption = " ".join(m.group("body").split())
        return _picture_block(alt, m.group("src"), caption)
    return _MYST_FIGURE.sub(figure, text)


def _shortcodes(text: str) -> str:
    """Picture shortcodes as the picture line and its caption under it; WordPress's caption shortcode's brackets go
    (the picture and its words between them stay, on one line: the caption on the picture's line)."""
    def figure(m: re.Match) -> str:
        attrs = _attributes(_SHORTCODE_ATTR, m.group("attrs"))
        src = attrs.get("src") or attrs.get("image_path") or attrs.get("url")
        if not src:
            return m.group(0)
        caption = " ".join(filter(None, (attrs.get("caption"), attrs.get("attr") or attrs.get("credit"))))
        # (Hugo's attr: the picture's attribution)
        # (the shortcode names its caption: set apart as a quote block is, it is read as one)
        return _picture_block(attrs.get("alt", ""), src, caption)
    def mdc(attrs_text: str, body: str) -> str:
        attrs = _attributes(_SHORTCODE_ATTR, attrs_text)
        if not attrs.get("src"):
            return f"\n\n{body}\n\n"  # a component that holds no picture (a callout): its text
        credit = next((v for k, v in attrs.items() if _CREDIT_ATTR.search(k) and v.strip()), "")
        caption = " ".join(filter(None, (" ".join(body.split()), credit)))
        return _picture_block(attrs.get("alt", ""), attrs["src"], caption)
    def kirby(m: re.Match) -> str:
        fields = _KIRBY_FIELD.findall(m.group("rest"))
        attrs = {k.lower(): v.strip() for k, v in fields}
        caption = attrs.get("caption")
        return _picture_block(attrs.get("alt", ""), m.group("file").strip(), caption)
    if "{" in text:
        text = _FIGURE_SHORTCODE.sub(figure, text)
    if "{%" in text:
        text = _HEXO_IMAGE.sub(lambda m: f'\n\n![{m.group("title") or ""}]({m.group("src")})\n\n', text)
        text = _ELEVENTY_IMAGE.sub(lambda m: f'\n\n![{m.group("alt") or ""}]({m.group("src")})\n\n', text)
    if "[f:id:" in text:
        text = _PHOTO_ID.sub(lambda m: f'![]({m.group("id")})', text)
    if "(image:" in text:
        text = _KIRBY_IMAGE.sub(kirby, text)
    if "[##_Image|" in text:
        text = _IMAGE_CODE.sub(_image_code, text)
    if "::" in text or ":img{" in text or ":image{" in text:
        text = _MDC_INLINE.sub(lambda m: mdc(m.group("attrs"), ""), _MDC_BLOCK.sub(
            lambda m: mdc(m.group("attrs"), m.group("body")), text))
    if "{%" in text or "{{" in text or "%[" in text:
        text = _TEMPLATE_TAG_LINE.sub("", text)
    if "/// caption" in text:
        text = _CAPTION_BLOCK.sub(lambda m: "\n\n> " + " ".join(m.group("body").split()) + "\n\n", text)
    if "caption" not in text:
        return text
    text = _WP_CAPTION_TEXT_ONLY.sub(lambda m: f"\n\n![]({_NO_SRC})\n\n> {m.group('text').strip()}\n\n", text)
    return _WP_CAPTION.sub("\n\n", text)


def _image_code(m: re.Match) -> str:
    """A blog editor's picture code as its picture line, the caption its settings hold under it."""
    rest = m.group("rest")
    try:
        settings = json.loads(rest[rest.index("{"):]) if "{" in rest else {}
    except ValueError:
        settings = {}
    settings = settings if isinstance(settings, dict) else {}
    caption = settings.get("caption") if isinstance(settings.get("caption"), str) else None
    alt = settings.get("alt") if isinstance(settings.get("alt"), str) else ""
    return _picture_block(alt, m.group("src"), caption and " ".join(caption.split()))


def _html_to_markdown(text: str) -> str:
    """The HTML a converter kept (a figure, a loose img, line breaks, a credit's span): pictures become picture
    lines, a figure's parts paragraphs of their own, other tags their text."""
    def line(attrs_text: str) -> str:
        attrs = _attributes(_ATTR, attrs_text)
        if not attrs.get("src"):
            return ""
        title = f' "{attrs["title"]}"' if attrs.get("title") else ""
        return f'![{attrs.get("alt", "")}]({attrs["src"]}{title})'

    def linked(m: re.Match) -> str:  # an img inside a Markdown link: the picture keeps its link
        picture = line(m.group("attrs"))
        return f'\n\n[{picture}]({m.group("href")})\n\n' if picture else ""
    text = _LINKED_HTML_IMG.sub(linked, text)
    text = _HTML_IMG.sub(lambda m: f"\n\n{picture}\n\n" if (picture := line(m.group("attrs"))) else "", text)
    text = _HTML_NOTE.sub("", text)
    # (a figcaption names its words the picture's caption: set apart as a quote block is, it is read as one)
    text = _FIGCAPTION.sub(lambda m: f"\n\n> {words}\n\n" if (words := " ".join(_HTML_TAG.sub(" ", m.group("text"))
                                                                                 .split())) else "\n\n", text)
    text = _HTML_BLOCK.sub("\n\n", text)
    text = _HTML_BREAK.sub("  \n", text)
    return _HTML_TAG.sub("", text)


def _tables(text: str) -> str:
    """A gallery set as a table ("| ![](a.jpg) | caption |"): each picture row a picture line and its caption; that
    table's header and rule rows go. A table without pictures stays as it is."""
    lines = text.split("\n")
    if not any(_TABLE_ROW.match(line) and _IMAGE.search(line) for line in lines):
        return text
    out: list[str] = []
    for is_row, group in itertools.groupby(lines, key=lambda line: bool(_TABLE_ROW.match(line))):
        rows = list(group)
        if not is_row or not any(_IMAGE.search(row) for row in rows):
            out += rows
            continue
        rows = [row for row in rows if not _TABLE_RULE.match(row)]
        for n, row in enumerate(rows):
            cells = [c.strip() for c in row.strip().strip("|").split("|")]
            pictures = [c for c in cells if _IMAGE.search(c)]
            words = " ".join(c for c in cells if c and not _IMAGE.search(c))
            if pictures and not words and n + 1 < len(rows) and not _IMAGE.search(rows[n + 1]):
                # (a picture's row, its caption the row under it: a blog's caption table, "| picture |" over
                # "| caption |"; set apart as a quote block is, the table having said what it is)
                under = " ".join(c.strip() for c in rows[n + 1].strip().strip("|").split("|") if c.strip())
                words = f"> {under}" if under else ""
            if pictures:
                out += ["", *pictures, "", words, ""]
    return "\n".join(out)


_TABLE_RULE = re.compile(r"^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$")  # "| --- |", "|:---|---:|"


def _one_picture_a_block(text: str) -> str:
    """A picture line starts a block of its own, so a list of pictures (a gallery as a numbered list, pictures in
    list items or quotes) is read picture by picture, each with the lines that follow it in its item."""
    out = []
    for line in text.split("\n"):
        if _IMAGE.match(re.sub(r"^\s*(?:>\s*)*(?:[*+-]|\d{1,3}[.)])?\s*", "", line)) and out and out[-1].strip():
            out.append("")
        out.append(line)
    return "\n".join(out)


# a card: a link holding a picture and a headline ("[![alt](thumb.jpg) Headline](/other-story)")
_CARD = re.compile(r"\[(?P<image>!\[[^\]\n]*\]\([^)\s]+(?:\s+\"[^\"]*\")?\))\s*(?P<text>[^\]\n]+)\]"
                   r"\((?P<href>[^)\s]+)\)")


def _cards(text: str) -> str:
    """A picture and a headline inside one link to another story is a teaser: it goes. Inside a link to the
    picture's own file (enlarge on click), the words are its caption."""
    def card(m: re.Match) -> str:
        if _IMAGE_HREF.search(m.group("href")):
            return f'{m.group("image")}\n\n{m.group("text")}'
        return ""
    return _CARD.sub(card, text)


# pandoc's own Markdown (`pandoc -t markdown` of a page): fenced divs (":::: {#id .class}"), attribute blocks after
# a picture, a link or a heading ("{.size-large width="1024"}", which may wrap), spans ("[Photo: X]{.credit}")
_ATTRIBUTE = r"(?:[#.][\w:-]+|[\w:-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+))"
_PANDOC_ATTRS = re.compile(r"\{:?\s*" + _ATTRIBUTE + r"(?:\s+" + _ATTRIBUTE + r")*\s*\}")  # ("{: .full }": kramdown's)
_PANDOC_DIV = re.compile(r"^ {0,3}:{3,}.*$", re.M)
# a div a caption's class names ("::: wp-caption-text", "::: {.figcaption}"): its words are set apart as a caption
_PANDOC_CAPTION = re.compile(r"^ {0,3}:{3,}[ \t]*(?:\{[^}\n]*caption[^}\n]*\}|[\w-]*caption[\w-]*)[ \t]*\n"
                             r"(?P<body>(?:(?! {0,3}:{3}).*\n){1,12}?) {0,3}:{3,}[ \t]*$", re.M | re.I)
_PANDOC_SPAN = re.compile(r"(?<!!)\[(?P<text>[^\[\]]*)\]" + _PANDOC_ATTRS.pattern)
_HEADING_ATTRS = re.compile(r"^(?P<heading>#{1,6}\s.*?)\s+" + _PANDOC_ATTRS.pattern + r"\s*$", re.M)


# a picture whose attributes make it a figure (Quarto's "{#fig-x fig-alt="..."}"): pandoc prints the bracket's text as
# its caption, and the fig-alt as its alt
_FIGURE_PICTURE = re.compile(r"!\[(?P<caption>[^\]\n]+)\]\((?P<src>[^)\s]+)\)\{(?P<attrs>[^}\n]*(?:#fig-|fig-alt=)[^}\n]*)\}")
_FIG_ALT = re.compile(r"""fig-alt=(?:"(?P<v1>[^"]*)"|'(?P<v2>[^']*)')""")


def _pandoc(text: str) -> str:
    """pandoc's attributes, spans and divs without their markup: the words and pictures they hold stay."""
    if "{" not in text and ":::" not in text:
        return text

    def figure(m: re.Match) -> str:
        alt = _FIG_ALT.search(m.group("attrs"))
        alt_text = (alt.group("v1") if alt.group("v1") is not None else alt.group("v2")) if alt else ""
        return f'![{alt_text}]({m.group("src")})\n\n> {m.group("caption")}\n'
    text = _FIGURE_PICTURE.sub(figure, text)
    text = _PANDOC_CAPTION.sub(lambda m: "\n".join(f"> {line}" for line in m.group("body").strip().split("\n"))
                               if m.group("body").strip() else "", text)  # (set apart as a quote block is)
    text = _PANDOC_DIV.sub("", text)
    text = _PANDOC_SPAN.sub(lambda m: m.group("text"), text)
    text = _HEADING_ATTRS.sub(lambda m: m.group("heading"), text)
    return re.sub(r"(?<=[)\]])" + _PANDOC_ATTRS.pattern, "", text)


# Obsidian's (and Logseq's) embed of a picture kept beside the note: "![[orchard.jpg]]", "![[orchard.jpg|alt]]"
_WIKI_EMBED = re.compile(r"!\[\[(?P<file>[^\]|\n]+\.(?:jpe?g|png|gif|webp|avif|tiff?))(?:\|(?P<alt>[^\]\n]*))?\]\]",
                         re.I)
# MarkDownload's excerpt, the story's first lines again in a quote block under "## Excerpt"
_EXCERPT = re.compile(r"^> ?#{1,6} ?Excerpt\s*\n(?:>.*(?:\n|$))*", re.M)


# crawl4ai's Markdown with citations: links and pictures numbered in line ("text⟨3⟩", "![alt⟨11⟩]"), their addresses
# in a "References" list at the end ("⟨11⟩ https://.../photo.jpg: alt")
_CITATION_DEF = re.compile(r"^⟨(?P<n>\d{1,4})⟩ (?P<url>\S+?)(?::\s.*)?$", re.M)
_CITED_PICTURE = re.compile(r"!\[(?P<alt>[^\]\n]*?)⟨(?P<n>\d{1,4})⟩\]")
_CITATION = re.compile(r"⟨\d{1,4}⟩")
_REFERENCES_HEADING = re.compile(r"^#{1,6}\s*References\s*$", re.M)


def _citations(text: str) -> str:
    """Citations as the picture lines and link texts they stand for; the list of references goes."""
    if "⟨" not in text:
        return text
    urls = {m.group("n"): m.group("url") for m in _CITATION_DEF.finditer(text)}
    if not urls:
        return text
    text = _REFERENCES_HEADING.sub("", _CITATION_DEF.sub("", text))
    text = _CITED_PICTURE.sub(lambda m: f"![{m.group('alt')}]({urls.get(m.group('n'), '')})"
                              if urls.get(m.group("n")) else m.group("alt"), text)
    return _CITATION.sub("", text)


def _normalise(text: str) -> str:
    text = _shortcodes(_HTML_COMMENT.sub("", _EXCERPT.sub("", _citations(text))))
    text = _WIKI_EMBED.sub(lambda m: f"![{m.group('alt') or ''}]({m.group('file').strip().replace(' ', '%20')})", text)
    text = _cards(_inline_references(text.replace("\r\n", "\n")))
    text = _html_to_markdown(text)
    text = _FOOTNOTE_DEF.sub("", _FOOTNOTE.sub("", text))
    text = _PLACEHOLDER.sub("", text)
    if not _IMAGE.search(text):  # (a file that writes its pictures as text writes them all so)
        text = _TEXT_IMAGE.sub(lambda m: f"![{m.group('alt')}]({_NO_SRC})", text)
    return _one_picture_a_block(_tables(text))


def _one_line_a_paragraph(text: str) -> bool:
    """Markdown without a blank line, one paragraph a line (trafilatura's JSON `text` with its pictures): no
    line is the wrapped part of another, so each is a block of its own."""
    text = text.strip()
    return "\n\n" not in text and text.count("\n") >= 2 and not re.search(r"^\s*\|", text, re.M)


CODE_PAGE_PHOTOS = 3  # photos that make Markdown with code blocks a story (a Quarto article), not notes
_PARAGRAPH_LINE = 150  # a line longer than this is a whole paragraph: a hard-wrapped text's lines are under 100


def _paragraph_lines(m: re.Match) -> str:
    """A block with pictures in it whose lines are whole paragraphs (crawl4ai's raw Markdown: one line a block, blank
    lines only here and there): each line a block of its own. A hard-wrapped paragraph, a table and a quote stay."""
    lines = m.group(0).split("\n")
    texts = [line for line in lines if line.strip() and not _IMAGE.search(line)]
    # (a hard-wrapped paragraph's lines break inside its sentences; whole paragraphs and captions end theirs, or
    # close with a credit)
    # (two lines beside a picture, each ending whole or a heading: trafilatura's caption and the story's next line)
    whole = any(len(line) > _PARAGRAPH_LINE for line in texts) \
        or len(texts) >= 3 and 2 * sum(_ends_whole(line) for line in texts) > len(texts) \
        or len(texts) == 2 and all(_ends_whole(line) or _HEADING.match(line.lstrip()) for line in texts)
    if not any(_IMAGE.search(line) for line in lines) \
            or any(_TABLE_ROW.match(line) or line.lstrip().startswith(">") for line in lines) or not whole:
        return m.group(0)
    return "\n\n".join(lines)


def _ends_whole(line: str) -> bool:
    line = line.rstrip()
    return bool(SENTENCE_STOP.search(line[-1:])) or bool(split_credit(line)[1])


_COVER_KEYS = ("cover", "image", "featured_image", "featureImage", "header", "hero", "banner", "thumbnail")


def _front_matter_picture(fields: str) -> str:
    """The cover picture a page's front matter names with its caption (Hugo's `cover: {image, caption}`, Jekyll's
    `header: {image, caption}`), as the picture line and its caption that open the page; "" when it names none."""
    if "caption" not in fields:
        return ""
    try:
        meta = yaml.safe_load(fields)
    except yaml.YAMLError:
        return ""
    for key in _COVER_KEYS if isinstance(meta, dict) else ():
        cover = meta.get(key)
        if not isinstance(cover, dict):
            continue
        src = next((v for k in ("image", "src", "url", "path", "overlay_image")
                    if isinstance(v := cover.get(k), str)), None)
        caption = cover.get("caption")
        if src and isinstance(caption, str) and caption.strip():
            alt = cover.get("alt") if isinstance(cover.get("alt"), str) else ""
            return f"![{alt}]({src})\n\n> {caption.strip()}\n\n"
    return ""


# a text browser's dump (lynx -dump): links marked "[12]" in the text, their addresses listed under "References" at
# its end, lines wrapped and indented by three spaces
_DUMP_REFERENCES = re.compile(r"\n[ \t]*(?:References|Visible links:?)[ \t]*\n(?P<list>(?:[ \t]*\n|[ \t]*\d+\.[ \t]+\S+"
                              r"[ \t]*\n?)+)\Z")
_DUMP_REFERENCE = re.compile(r"^[ \t]*(\d+)\.[ \t]+(\S+)", re.M)
_DUMP_MARK = re.compile(r"\[(\d+)\]")
_DUMP_PICTURE = re.compile(r"\[(?P<n>\d+)\](?P<alt>[^\[\]]*)")
DUMP_MIN_REFERENCES = 3


def _text_browser_dump(text: str) -> str:
    """A text browser's dump as Markdown: a block that is one link to a picture's file ("[13]Boat ramp", the alt
    it prints for a picture) a picture line, other link marks gone, each block's wrapped lines one line, the list
    of references gone."""
    m = _DUMP_REFERENCES.search(text)
    refs = dict(_DUMP_REFERENCE.findall(m.group("list"))) if m else {}
    if len(refs) < DUMP_MIN_REFERENCES or not _DUMP_MARK.search(text, 0, m.start()):
        return text
    blocks = []
    for block in re.split(r"\n[ \t]*\n", text[:m.start()]):
        line = " ".join(block.split())
        picture = _DUMP_PICTURE.fullmatch(line)
        if picture and _IMAGE_HREF.search(refs.get(picture.group("n"), "")):
            line = f'![{picture.group("alt").strip()}]({refs[picture.group("n")]})'
        else:
            line = _DUMP_MARK.sub("", line)
        blocks.append(line)
    return "\n\n".join(b for b in blocks if b) + "\n"


def _markup_figures(text: str) -> str:
    """Figures as pandoc writes them in reStructuredText (".. figure:: src", its ":alt:" option, the caption indented
    under it), AsciiDoc (a ".Title" line over "image::src[alt,...]") and Org ("#+caption: ..." over "[[src]]", or
    the picture's link alone): each a picture line with its caption under."""
    if "figure::" in text or "image::" in text:
        text = _RST_FIGURE.sub(lambda m: _picture_block(m.group("alt") or "", m.group("src"),
                                                        " ".join(m.group("caption").split()) or None), text)
        text = _ASCIIDOC_IMAGE.sub(lambda m: _picture_block(m.group("alt") or "", m.group("src"), m.group("title")),
                                   text)
    if "[[" in text:
        text = _ORG_IMAGE.sub(lambda m: _picture_block(m.group("desc") or "", m.group("src"),
                                                       m.group("caption") and m.group("caption").strip()), text)
        text = _WIKI_FILE.sub(_wiki_figure, text)
    return text


def _wiki_figure(m: re.Match) -> str:
    """A MediaWiki picture ("[[File:src|thumb|alt=...|caption]]") as its picture line and caption: the caption is
    the last part that is no display option."""
    rest = _WIKI_LINK.sub(lambda link: link.group("text"), m.group("rest"))
    parts = [p.strip() for p in rest.split("|")[1:]]
    alt = next((p[4:].strip() for p in parts if p.startswith("alt=")), "")
    words = [p for p in parts if p and not _WIKI_OPTION.fullmatch(p)]
    return _picture_block(alt, m.group("src").strip(), " ".join(words[-1].split()) if words else None)


_RST_FIGURE = re.compile(r"^\.\. (?:figure|image):: (?P<src>\S+)[ \t]*\n(?:[ \t]+:alt:[ \t]*(?P<alt>[^\n]*)\n|"
                         r"[ \t]+:\w+:[^\n]*\n)*(?:[ \t]*\n(?P<caption>(?:[ \t]+\S[^\n]*\n?)+))?", re.M)
# an Org document's picture: its link alone on a line ("[[https://.../a.jpg]]", "[[file:a.png][alt]]"), a
# "#+caption:" line (and the picture's attribute lines) over it
_ORG_IMAGE = re.compile(r"^(?:#\+(?i:caption):[ \t]*(?P<caption>[^\n]*)\n)?(?:#\+(?i:attr_\w+|name):[^\n]*\n)*"
                        r"\[\[(?:file:)?(?P<src>[^\]\s]+\.(?i:jpe?g|png|gif|webp|avif)(?:\?[^\]\s]*)?)\]"
                        r"(?:\[(?P<desc>[^\]\n]*)\])?\][ \t]*$", re.M)
# a MediaWiki picture on its line, as pandoc writes a page to MediaWiki: "[[File:src|thumb|none|alt=...|caption]]"
# (the namespace in the wiki's language as well)
_WIKI_FILE = re.compile(r"^\[\[(?:File|Image|Datei|Bild|Fichier|Archivo|Imagen|Ficheiro|Immagine|Plik|Bestand|Файл|"
                        r"Изображение):(?P<src>[^|\]\n]+)(?P<rest>(?:\|[^\n]*?)?)\]\][ \t]*$", re.M)
_WIKI_OPTION = re.compile(r"thumb|thumbnail|frame|framed|frameless|border|none|left|right|center|centre|upright"
                          r"(?:=?[\d.]+)?|\d*x?\d+px|(?:alt|link|page|lang|class|upright)=.*")
_WIKI_LINK = re.compile(r"\[\[(?:[^|\]\n]*\|)?(?P<text>[^\]\n]*)\]\]")  # "[[Page|text]]", "[[Page]]"
_ASCIIDOC_IMAGE = re.compile(r"^(?:\.(?P<title>[^.\s][^\n]*)\n)?image::(?P<src>[^\[\s]+)\[(?P<alt>[^,\]\n]*)[^\]\n]*\]"
                             r"[ \t]*$", re.M)


def _feed_reader_links(text: str) -> str:
    """A console feed reader's saved article (newsboat's): each picture a line "[image 1: alt (link #1)]", each
    link marked "(link #5)", their addresses in a "Links:" list at the end ("[1]: https://... (image)"): the
    pictures as picture lines, the marks and the list gone."""
    m = _READER_LINKS.search(text)
    if m is None:
        return text
    refs = dict(_READER_LINK.findall(m.group("list")))

    def picture(p: re.Match) -> str:
        src = refs.get(p.group("n"), "")
        return f'![{p.group("alt").strip()}]({src})' if _IMAGE_HREF.search(src) else ""
    return _READER_LINK_MARK.sub("", _READER_PICTURE.sub(picture, text[:m.start()])) + "\n"


_READER_LINKS = re.compile(r"\n[ \t]*Links:[ \t]*\n(?P<list>(?:[ \t]*\[\d+\]:[ \t]*\S+[^\n]*\n?)+)\s*\Z")
_READER_LINK = re.compile(r"^[ \t]*\[(\d+)\]:[ \t]*(\S+)", re.M)
_READER_PICTURE = re.compile(r"^\[image \d+(?::(?P<alt>[^\]\n]*?))?\s*\(link #(?P<n>\d+)\)\]$", re.M)
_READER_LINK_MARK = re.compile(r"\s*\(link #\d+\)")


_WHOLE_FENCE = re.compile(r"\A\s*```(?:markdown|md)[ \t]*\n(?P<body>.*)\n```[ \t]*\s*\Z", re.S | re.I)
# a picture a crawler printed as its address on a line of its own, after a mark ("[IMG] https://.../a.jpg")
# ("IMAGEM: https://...", a word for picture and a colon, alike)
# (a newsletter's plain-text mail, "View image: (https://...)", alike)
_ADDRESS_LINE = re.compile(r"^[ \t]*(?:\[(?:IMG|IMAGE|Image|img|image|PIC|Picture|Photo)\][ \t]*:?|"
                           r"(?i:img|image|imagem|imagen|immagine|bild|photo|picture|view image)[ \t]*:)[ \t]*\(?"
                           r"(?P<src>(?:https?:)?/\S+?\.(?:jpe?g|png|gif|webp|avif)(?:\?[^\s)]*)?)\)?[ \t]*$", re.M)


_ANGLED_DEST = re.compile(r"\]\(<(?P<dest>[^<>\s]+)>\)")
_REMOVED = "Base64-Image-Removed"
_REMOVED_PICTURE = re.compile(r"^(?P<head>[ \t]*!\[[^\]\n]*\]\()<Base64-Image-Removed>\)[ \t]*$", re.M)


# a picture as a mail client writes it in a message's plain-text part ("[image: alt]"): its place and alt, no address
_MAIL_IMAGE = re.compile(r"^\[image: (?P<alt>[^\]\n]*)\][ \t]*$", re.M)


# a linked picture whose link text goes on after hard line breaks, as Firecrawl and turndown write a teaser card:
# "[![](thumb.jpg)\\\n\\\nHeadline](https://...)"
_CARD_BREAKS = re.compile(r"(?P<image>\[!\[[^\]\n]*\]\([^)\n]*\))(?:[ \t]*\\\n)+(?=[^\n\[\]]*\]\()")


def markdown_to_scrape(text: str, news_only: bool = False) -> tuple[str, dict[str, str], str | None] | None:
    """(the plain scrape, {each caption copy: its picture's address}, the headline), or None for no Markdown.
    news_only: None too for Markdown with no photo line (only badges and icons) or with code blocks, a README or
    notes rather than a page."""
    text = text.replace("\r\n", "\n")
    if text.lstrip().startswith("```") and (fenced := _WHOLE_FENCE.match(text)):
        text = fenced.group("body")  # a language model's answer: the page in one fenced block of Markdown
    if "{figure}" in text or "{image}" in text:  # (before pandoc's divs: MyST's ":::" fence is a figure's own)
        text = _myst_figures(text)
    if "[" in text and ("References" in text or "Visible links" in text):
        text = _text_browser_dump(text)
    if "(link #" in text:
        text = _feed_reader_links(text)
    if "figure::" in text or "image::" in text or "[[" in text:
        text = _markup_figures(text)
    text = _ADDRESS_LINE.sub(lambda m: f"![]({m.group('src')})", text)
    if "]" in text:
        text = _MAIL_IMAGE.sub(lambda m: f"![{m.group('alt')}]({_NO_SRC})", text)
    if "](<" in text:  # an address in angle brackets, as CommonMark allows; Firecrawl's stand-in for a data: URI
        # it removed ("<Base64-Image-Removed>") on a picture's own line is a picture without an address (among a
        # line's share buttons it stays an icon's)
        text = _REMOVED_PICTURE.sub(lambda m: f"{m.group('head')}{_NO_SRC})", text)
        text = _ANGLED_DEST.sub(lambda m: m.group(0) if m.group("dest") == _REMOVED else f"]({m.group('dest')})", text)
    if not looks_like_markdown(text):
        return None
    if "\\\n" in text:  # a card's link over lines broken by backslashes: one line, as one-line cards are read
        text = _CARD_BREAKS.sub(r"\g<image> ", text)
    text = _pandoc(text)
    if "- ![" in text or "* ![" in text:  # (set apart as a quote block is, the nested item is read as a caption)
        text = _OUTLINE_PICTURE.sub(lambda m: f"{m.group('indent')}- {m.group('picture')}\n> {m.group('caption')}",
                                    text)
    headline = markdown_title(text)
    front = _FRONT_MATTER.match(text)
    # (trafilatura's metadata block goes; a site generator's cover picture in it, with its caption, stays)
    text = (_front_matter_picture(front.group("fields")) + text[front.end():]) if front else text
    if _one_line_a_paragraph(text):
        text = text.replace("\n", "\n\n")
    else:
        text = re.sub(r"[^\n]+(?:\n[^\n]+){2,}", _paragraph_lines, text)
    text = _normalise(text)
    if news_only:
        photos = sum(_news_photo(m) for m in _IMAGE.finditer(text))
        # (code blocks make it notes or a README, unless it shows photos as a story does: a data desk's notebook)
        if not photos or "```" in text and photos < CODE_PAGE_PHOTOS:
            return None
    reader = _Reader([b for b in re.split(r"\n[ \t]*\n", text) if b.strip()])
    reader.read()
    return "\n\n".join(reader.out) + "\n", reader.sources, headline


class _Reader:
    """Walks the blocks once: text blocks become paragraphs, a picture line takes the caption under it (or on its
    line, or, where a site prints it so, above it)."""

    def __init__(self, blocks: list[str]):
        self.blocks, self.out, self.sources = blocks, [], {}
        self.i = 0
        # the page sets a caption on the line under its picture, in the picture's own block: a paragraph a blank
        # line below a picture is then the story's
        self.glued = any((m := _IMAGE.search(b)) and b[m.end():].lstrip(" \t").startswith("\n")
                         and b[m.end():].strip() for b in blocks)
        self.last_text: tuple[int, str] | None = None  # (block index, as printed) of the paragraph last written

    def read(self) -> None:
        while self.i < len(self.blocks):
            block = self.blocks[self.i]
            self.i += 1
            image = _IMAGE.search(block)
            if image is None:
                if not _links_only(block) and (lines := _lines(plain(block))):
                    self.out.append("\n".join(lines))
                    self.last_text = (self.i - 1, block)
                continue
            self._picture(image, block)

    def _picture(self, image: re.Match, block: str) -> None:
        at = self.i - 1
        rest = "\n".join(_lines(plain(block)))
        printed, taken = (block[image.end():], 0) if rest else ("", 0)
        while not rest and self.i < len(self.blocks) and (_size_links(self.blocks[self.i])
                                                            or _counter(self.blocks[self.i])):
            self.i += 1  # the picture's own size or download links ("Download: S M L"), a slide counter
        nxt = self.blocks[self.i] if self.i < len(self.blocks) else ""
        if not rest and nxt and not _IMAGE.search(nxt):
            if _credited_then_story(nxt):
                # (the caption's line closes with its credit and the story goes on in the lines under it, no blank
                # line between, as trafilatura writes: the story's lines are a paragraph of their own)
                nxt, others = nxt.split("\n", 1)
                self.blocks[self.i:self.i + 1] = [nxt, others]
            if not _links_only(nxt) and not _HEADING.match(nxt.lstrip()):
                printed, rest, taken = nxt, "\n".join(_lines(plain(nxt))), 1
        after = self.blocks[self.i + taken] if rest and self.i + taken < len(self.blocks) else ""
        # (the credit on a paragraph of its own under the caption; a label over a picture, "Sponsor:", has none,
        # and a caption that closes with its own credit has it: the labelled line below is the story's byline)
        if after and (_credit_only(after) or _bare_credit_after(rest, after)) \
                and not rest.rstrip().endswith((":", "：")) and not split_credit(" ".join(rest.split()))[1]:
            rest, taken = f"{rest} {' '.join(_lines(plain(after)))}", taken + 1
        elif taken == 1 and after and _credited_copy(rest, after):
            # the caption printed twice under the picture, the second time with its credit (its alt, then the
            # visible caption, as a scrape prints them): one caption, the credited copy
            printed, rest, taken = after, "\n".join(_lines(plain(after))), 2
        alt = _ALT_NUMBER.sub("", plain(image.group("alt") or "")).strip()
        title = plain(image.group("title") or image.group("title2") or "").strip()
        # (an ad: its alt says so, "Advertisement", or the line under it opens with the label, "Sponsored: ..."; the
        # site's service, "点击蓝字 关注我们", follow us)
        if not _news_photo(image) or _author_box(image.group("src"), alt, " ".join(rest.split())) \
                or is_ad_label(alt) or opens_with_ad_label(rest) or is_service_text(rest):
            if rest and not taken:
                self.out.append(rest)
            return
        rest, flat = _credit_last(rest)
        # (a line under the picture in its own block, no blank line between, where the story's paragraphs are set
        # apart by blank lines, is printed with it: a converter's figure and figcaption; text on the picture's
        # own line may be a paragraph the picture opens)
        glued = not taken and printed.lstrip(" \t").startswith("\n") and rest.count("\n") == 0 \
            and 0 < _words(flat) <= GLUED_CAPTION_MAX_WORDS
        if not glued and _credited_alt(alt) and not (rest and (split_credit(flat)[1] or _same(alt, flat))):
            # the caption and its credit in the alt, as a notes app's export keeps a picture's caption ("![... Foto:
            # X](src)"): the text under the picture is the story's
            self._caption(image, alt, " ".join(alt.split()), "", title)
            if rest and not taken:
                self.out.append(rest)
        elif glued or _is_caption(printed, flat, alt, title) \
                or taken == 1 and not self.glued and _one_sentence(flat) and self._story_breaks(self.i + taken) \
                and not STAFF_LINE.match(flat):
            self._caption(image, rest, flat, alt, title)
            self.i += taken
        elif self._caption_above(at, alt, title):
            self._caption(image, *_credit_last(self.out.pop()), alt, title)
        elif rest and not taken:
            self.out.append(rest)

    def _story_breaks(self, k: int) -> bool:
        """No paragraph of the story follows blocks[k - 1]: a heading, a rule or a list of links comes next. A
        one-sentence paragraph between a picture and such a break is the picture's caption: a story's paragraph goes
        on into the next. (Another picture next tells nothing: an uncaptioned picture between two paragraphs of the
        story is as common as a captioned one.)"""
        if k >= len(self.blocks):
            return False  # (a story may end on a paragraph under an uncaptioned picture)
        nxt = self.blocks[k].strip()
        return bool(_HEADING.match(nxt) or _RULE.fullmatch(nxt) or _links_only(nxt)
                    or _emphasised(nxt) and nxt.startswith(("**", "__")) and nxt.endswith(("**", "__")))

    def _caption_above(self, at: int, alt: str, title: str) -> bool:
        """The paragraph right above the picture is its caption, as some sites print it: set apart (italics, bold,
        a quote), credited, or repeated by the alt; a paragraph of the story above a picture is none of these."""
        if self.last_text is None or self.last_text[0] != at - 1 or not self.out:
            return False
        printed = self.last_text[1]
        text = " ".join(_credit_last(self.out[-1])[1].split())
        self.last_text = None
        if asks_to_act(text):
            return False
        # (bold alone is no sign here: a subheading or a result line above a picture is set in bold)
        italic = _emphasised(printed) and not printed.lstrip().startswith(("**", "__"))
        return bool(alt and _same(alt, text) or title and _same(title, text) or italic or split_credit(text)[1])

    def _caption(self, image: re.Match, rest: str, flat: str, alt: str, title: str) -> None:
        # (the word "Caption:" a template or a mail prints before it is no part of it)
        rest, flat = _CAPTION_WORD.sub("", rest, count=1), _CAPTION_WORD.sub("", flat, count=1)
        copies = _copies(rest, flat, alt, title)
        self.out.extend(copies)
        if image.group("src") != _NO_SRC:
            for copy in copies:
                self.sources[" ".join(copy.split())] = image.group("src")
        self.last_text = None


_CAPTION_WORD = re.compile(r"^\s*(?i:caption|legenda|legende|légende|leyenda|pie de foto|bildtext|bildunterschrift|"
                           r"didascalia)\s*[:：]\s*(?=\S)")
_RULE = re.compile(r"(?:[*_-]\s*){3,}")  # a thematic break: "* * *", "---"
SENTENCE_STOP = re.compile(r"[.!?।۔؟](?=\s|$)|[。！？]")


def _one_sentence(text: str) -> bool:
    """A short text of one sentence (or none ended): a caption's length, not a story's paragraph of several.
    (Scripts written without spaces between words are measured in characters.)"""
    short = len(text) <= ONE_SENTENCE_MAX_CHARS if " " not in text.strip() else \
        _words(text) <= ONE_SENTENCE_MAX_WORDS and len(text) <= 300
    return bool(text) and short and len(SENTENCE_STOP.findall(text.rstrip(" \"'”’»)"))) <= 1


ONE_SENTENCE_MAX_WORDS = 40
ONE_SENTENCE_MAX_CHARS = 60


def _same(a: str, b: str) -> bool:
    from .text import same_text  # text.py reads Markdown scrapes through this module

    return same_text(a, b)


def _credit_last(rest: str) -> tuple[str, str]:
    """(the caption as printed, flat) with a credit printed before it ("Photo: X — caption") moved after it."""
    flat = " ".join(rest.split())
    first = _credit_first(flat)
    return (f"{first[0]} {first[1]}",) * 2 if first else (rest, flat)


def _copies(rest: str, flat: str, alt: str, title: str) -> list[str]:
    """The caption's two copies: as printed, and the alt or title that repeats it (a credit only the alt gives goes
    on that copy), else the printed caption again."""
    for other in (alt, title):
        if other and _same(other, flat):
            return [rest, other]
    alt_caption, alt_credit = split_credit(alt) if alt else (None, None)
    if alt_credit and not split_credit(flat)[1] and (not alt_caption or _same(alt_caption, flat)):
        return [rest, f"{flat} {alt_credit}"]
    return [rest, rest]
