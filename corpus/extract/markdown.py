"""Scrapes saved as Markdown (Firecrawl, Jina Reader, trafilatura --markdown, html2text, markdownify, crawl4ai, a
browser's "copy as Markdown"), read as the plain scrape they render to.

A Markdown scrape marks where a picture stood with an image line, `![alt](src "title")`, and prints the caption under
it once (or on the same line); the alt may repeat it. The plain-text reader (text.py) finds captions by their two
copies, so each caption a picture line introduces is written out as two copies: the printed caption and the alt (or
title) when either repeats it, else the caption again; a credit printed only in the alt goes on the second copy, as a
plain scrape prints a credit on one copy. Links become their text; emphasis, quote marks and heading marks go;
paragraphs that are only links (menus, related stories) and the tools' own header lines are left out. The picture's
address is kept for each caption, so the figure names its picture (fetched with --fetch, else the caption goes to
text_only saying why).

What decides that the paragraph under a picture line is its caption (the alt alone is never one): the alt or title
repeats it; it is wholly in italics, bold or a quote block; a credit closes it; or it is short and ends no sentence.
A body paragraph under a picture without a caption ends its sentences; logos, avatars, icons and pictures that link to
another story are no news photos.
"""
from __future__ import annotations

import re

from .credits import split_credit
from .figures import ICON_URL

_TITLE = r"""(?:\s+(?:"(?P<title>[^"]*)"|'(?P<title2>[^']*)'))?"""  # a title's quotes are its own: "St Patrick's Day"
_IMAGE = re.compile(r"\[?!\[(?P<alt>(?:[^\]\\]|\\.)*)\]\((?P<src>[^)\s]+)" + _TITLE + r"\)"
                    r"(?:\]\((?P<href>[^)\s]+)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\))?")
_LINK = re.compile(r"\[(?P<text>(?:[^\]\\]|\\.)*)\]\((?P<href>[^)\s]*)(?:\s+(?:\"[^\"]*\"|'[^']*'))?\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HEADING = re.compile(r"^#{1,6}\s+")
_SETEXT = re.compile(r"^(?:=+|-+)\s*$")
_BULLET = re.compile(r"^(?:[*+-]|\d{1,3}[.)])\s+")
_QUOTE = re.compile(r"^>\s?")
# the header lines a reader service writes above the page ("URL Source: ...", "Markdown Content:")
_TOOL_HEADER = re.compile(r"^(?:Title|URL Source|Published Time|Markdown Content|Warning):", re.I)
_ALT_NUMBER = re.compile(r"^Image \d+:?\s*")  # Jina Reader numbers every alt: "Image 3: ..."
_IMAGE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])", re.I)
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "।", "۔", "؟")
CAPTION_MAX_WORDS = 30  # a line under a picture, short and ending no sentence, is its caption
_MIN_IMAGES = 1


_WEB_LINK = re.compile(r"\]\(https?://")
MIN_LINKS = 3


def looks_like_markdown(text: str) -> bool:
    """A picture line, a metadata block on top, or links in Markdown's syntax: no plain scrape writes them."""
    head = text[:200_000]
    return (len(_IMAGE.findall(head)) >= _MIN_IMAGES or bool(_FRONT_MATTER.match(head.replace("\r\n", "\n")))
            or len(_WEB_LINK.findall(head)) >= MIN_LINKS)


def looks_like_news_markdown(text: str) -> bool:
    """Markdown with a photo line (not only badges and icons) and no code blocks: a page, not a README or notes."""
    return "```" not in text and any(_news_photo(m) for m in _IMAGE.finditer(text))


def plain(text: str) -> str:
    """Markdown inline markup -> the text a reader sees."""
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group("text"), text)
    for _ in range(2):  # emphasis inside strong text
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(r"\2", text)
    return _ESCAPE.sub(r"\1", text)


def _lines(block: str) -> list[str]:
    """A block's lines as a reader sees them: a paragraph's lines run on (a single line break is a space in
    Markdown, and html2text wraps at 78 columns) unless the line ends in a hard break; list items stay lines."""
    out: list[str] = []
    joined = False
    for raw in block.split("\n"):
        line = _QUOTE.sub("", raw.strip())
        if _SETEXT.match(line) or _TOOL_HEADER.match(line):
            continue
        item = _BULLET.match(line) or line in ("*", "-", "+")
        line = _BULLET.sub("", _HEADING.sub("", line)).strip(" *+-\\") if item else _HEADING.sub("", line).rstrip(" \\")
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


def _is_caption(printed: str, text: str, alt: str, title: str) -> bool:
    from .text import same_text  # text.py reads Markdown scrapes through this module

    if not text:
        return False
    if alt and same_text(alt, text) or title and same_text(title, text):
        return True
    if _emphasised(printed) or split_credit(text)[1]:
        return True
    return _words(text) <= CAPTION_MAX_WORDS and not text.rstrip(" \"'”’»)").endswith(_SENTENCE_END)


def _credit_only(block: str) -> bool:
    """A paragraph that is a credit and nothing else ("Photo: Jane Roe")."""
    text = " ".join(_lines(plain(block)))
    return bool(text) and _IMAGE.search(block) is None and split_credit(text) == (None, text)


def _news_photo(m: re.Match) -> bool:
    src, href = m.group("src"), m.group("href")
    if ICON_URL.search(src) or src.startswith("data:"):
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


def markdown_to_scrape(text: str) -> tuple[str, dict[str, str], str | None] | None:
    """(the plain scrape, {each caption copy: its picture's address}, the headline), or None for no Markdown."""
    if not looks_like_markdown(text):
        return None
    text = text.replace("\r\n", "\n")
    headline = markdown_title(text)
    text = _FRONT_MATTER.sub("", text)  # trafilatura's metadata block
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    out: list[str] = []
    sources: dict[str, str] = {}
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        image = _IMAGE.search(block)
        if image is None:
            if not _links_only(block) and (lines := _lines(plain(block))):
                out.append("\n".join(lines))
            continue
        rest = "\n".join(_lines(plain(block)))
        printed = block[image.end():] if rest else ""
        taken = 0
        if not rest and i < len(blocks) and not _IMAGE.search(blocks[i]) and not _links_only(blocks[i]) \
                and not _HEADING.match(blocks[i].lstrip()):
            printed, rest = blocks[i], "\n".join(_lines(plain(blocks[i])))
            taken = 1
        credit_line = blocks[i + taken] if rest and i + taken < len(blocks) else ""
        if credit_line and _credit_only(credit_line):  # the credit on a paragraph of its own under the caption
            rest, taken = f"{rest} {' '.join(_lines(plain(credit_line)))}", taken + 1
        alt = _ALT_NUMBER.sub("", plain(image.group("alt") or "")).strip()
        title = plain(image.group("title") or image.group("title2") or "").strip()
        flat = " ".join(rest.split())
        if _news_photo(image) and _is_caption(printed, flat, alt, title):
            copies = _copies(rest, flat, alt, title)
            out.extend(copies)
            for copy in copies:
                sources[" ".join(copy.split())] = image.group("src")
            i += taken
        elif rest and not taken:
            out.append(rest)
    return "\n\n".join(out) + "\n", sources, headline


def _copies(rest: str, flat: str, alt: str, title: str) -> list[str]:
    """The caption's two copies: as printed, and the alt or title that repeats it (a credit only the alt gives goes
    on that copy), else the printed caption again."""
    from .text import same_text

    for other in (alt, title):
        if other and same_text(other, flat):
            return [rest, other]
    alt_caption, alt_credit = split_credit(alt) if alt else (None, None)
    if alt_credit and not split_credit(flat)[1] and (not alt_caption or same_text(alt_caption, flat)):
        return [rest, f"{flat} {alt_credit}"]
    return [rest, rest]
