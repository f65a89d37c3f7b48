"""Site-agnostic HTML extractor: metadata, ordered body paragraphs, content figures with captions."""
from __future__ import annotations

import codecs
import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..config import ExtractConfig
from ..records import Article, RawDoc, article_id_for, document_sha256
from ..rejects import Ledger, Reason
from ..words import letter_count, no_space_chars
from . import NotArticle
from .captions import kind_of
from .credits import clean
from .candidates import candidate_of, has_img, scan_nodes
from .figures import collect_figures
from .listed import listed_figures
from .metadata import PageMeta, domain_of, lang2, parse_date, read_json_ld, read_meta_tags
from .urls import absolute
from .zones import Zones

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_MIN_PARAGRAPH = 30  # chars; shorter <p> are labels, datelines, buttons - they do not vote for the body
_MIN_BODY = 150  # chars of body text below which a page holds no article
_SHORT_BODY = 1000  # chars of <p> prose below which a story set as text runs between <br>s may be the body
# The elements the scan needs, in document order: paragraphs, images, lazy wrappers (one of these
# tags carrying a lazy attribute) and figure[itemid]; `order` numbers them, only relative order matters.
# _HEAD_TAGS are read in scan's first walk: the head's elements, and the first <h1> and white <font>s.
_HEAD_TAGS = ("meta", "base", "link", "script", "title", "font", "h1")


# ---------------------------------------------------------------- bytes -> tree

def decode_html(content: bytes, hint: str | None = None) -> str:
    """BOM, then utf-8, then the server's charset (hint), then the meta charset; where none decodes cleanly, the
    first declared one Python knows, with replacement characters; where none is declared, the encoding the
    page's text reads in (legacy_encoding); never raises."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if content.startswith(bom):
            return content[len(bom):].decode(enc, errors="replace")
    candidates = _candidates(hint, _meta_charset(content))
    for enc in candidates:
        try:
            return content.decode(enc)
        except (UnicodeDecodeError, LookupError):
            text = _mostly_utf8(content) if enc == "utf-8" else None
            if text is not None:
                return text
            continue
    for enc in candidates[1:]:  # a declared encoding with a stray byte is still the page's encoding
        try:
            return content.decode(enc, errors="replace")
        except LookupError:
            continue
    return content.decode(legacy_encoding(content), errors="replace")


# Where a page's words are: outside scripts, styles, comments and tags (whose ASCII says nothing of the encoding)
_NOT_TEXT = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
_GUESS_BYTES = 65536  # bytes of the page's text the guess reads
# What a browser may read a page in (the WHATWG Encoding Standard's legacy encodings, by Python's codec names):
# chardet also knows DOS and Mac code pages, which no web page is in and which it proposes for Western text
_WEB_ENCODINGS = frozenset((
    "cp866", "koi8-r", "koi8-u", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256",
    "cp1257", "cp1258", "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "euc-jp", "iso2022-jp", "shift-jis",
    "cp932", "euc-kr", "cp949", "tis-620", *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16))))


def legacy_encoding(content: bytes) -> str:
    """The encoding of a page that is not UTF-8 and names none (saved without the server's header that named
    it): chardet's guess from the page's text, where it is one a browser could read the page in; else
    Windows-1252, as browsers in the West read such pages. Measured by scripts/eval_encodings.py (labeled pages
    re-encoded in their script's legacy encoding, declarations removed): the text of 256 of 276 pages in other
    scripts (Cyrillic, Greek, CJK, Hebrew, Arabic) and of 278 of 295 in Latin scripts reads back exactly."""
    import chardet  # only pages in an undeclared legacy encoding pay for its import

    guess = chardet.detect(_NOT_TEXT.sub(b" ", content)[:_GUESS_BYTES]).get("encoding")
    try:
        name = codecs.lookup(guess or "").name.replace("_", "-")
    except LookupError:
        return "cp1252"
    return name if name in _WEB_ENCODINGS else "cp1252"


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _mostly_utf8(content: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a teaser cut in the middle of a character): three valid multi-byte
    characters or more for each invalid one. In a legacy 8-bit page nearly every non-ASCII byte is invalid UTF-8,
    and a valid multi-byte sequence is rare (it would read as mojibake there). The text, replacement characters
    for the broken sequences, or None."""
    text = content.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    return text if 0 < bad and good >= 3 * bad else None


def _candidates(*declared: str | None) -> list[str]:
    """UTF-8 first: bytes that decode as UTF-8 are UTF-8 whatever a stale meta tag declares (CMSs keep
    iso-8859-15 or GB2312 declarations on pages they now serve as UTF-8), while text in a legacy 8-bit
    encoding almost never decodes as UTF-8; then the declared encodings in the order given (the server's
    Content-Type charset before the page's meta tag: a browser reads a page in the former)."""
    out = ["utf-8"]
    for d in filter(None, declared):
        d = d.lower()
        # browsers read latin-1 declarations as windows-1252; utf-16 declared in an 8-bit file is a lie
        d = "cp1252" if d in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii") else d
        if d not in out and not d.startswith("utf-16"):
            out.append(d)
    return out


def _meta_charset(content: bytes) -> str | None:
    """The page's own declaration: its meta charset, else the encoding of an XML declaration (XHTML)."""
    m = _META_CHARSET.search(content[:4096]) or _XML_ENCODING.match(content[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w:.-]+)""", re.I)


_PARSERS: dict = {}


def _parser(encoding: str | None) -> etree.HTMLParser:
    """One parser per encoding: libxml2 decodes the bytes itself (faster than handing it a str)."""
    if encoding not in _PARSERS:
        _PARSERS[encoding] = etree.HTMLParser(encoding=encoding, remove_comments=True, remove_pis=True,
                                              no_network=True, collect_ids=False)
    return _PARSERS[encoding]


def _decodable(content: bytes, charset: str | None = None) -> str | None:
    """The codec that decodes content without error (BOM-less 8-bit pages only), else None; charset is the
    server's, when known."""
    for enc in _candidates(charset, _meta_charset(content)):
        try:
            codecs.lookup(enc)
            content.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return codecs.lookup(enc).name.replace("_", "-")  # libxml2 knows "euc-jp", not Python's "euc_jp"
    return None


def parse(content: bytes, charset: str | None = None) -> etree._Element:
    """The page's tree; charset is the one the server declared for it (a WARC response's Content-Type)."""
    if not content or content.isspace():  # isspace: strip() would copy the whole page
        raise NotArticle(Reason.EXTRACT_NOT_ARTICLE, "empty document")
    head = content[:4096]
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if head.count(b"\x00") > len(head) // 20 and not head.startswith(boms):
        raise NotArticle(Reason.EXTRACT_NOT_ARTICLE, "binary content, not HTML")
    enc = None if head.startswith(boms) else _decodable(content, charset)
    try:
        parser = _parser(enc) if enc and b"\x00" not in content else None
    except LookupError:  # a codec Python has and libxml2 does not: Python decodes the page
        parser = None
    try:
        if parser is not None:
            root = etree.fromstring(content, parser)
        else:
            parser = _parser(None)
            root = etree.fromstring(decode_html(content, charset).replace("\x00", ""), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise NotArticle(Reason.EXTRACT_UNPARSABLE, f"{type(e).__name__}: {e}") from None
    if root is None:
        raise NotArticle(Reason.EXTRACT_UNPARSABLE, "no element in document")
    # libxml2 stops reading at its limits (elements nested 256 deep) and returns the tree so far without
    # raising: the rest of the page, its story and pictures, would be lost without a word
    limit = next((e for e in parser.error_log if e.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT), None)
    if limit is not None:
        raise NotArticle(Reason.EXTRACT_UNPARSABLE, f"the parser reads no further than line {limit.line}: "
                                                    f"{limit.message.split(',')[0]} (elements nested that deep)")
    for el in root.iter("image"):  # a browser's parser reads <image> as <img> (outside SVG); libxml2 does not
        if next(el.iterancestors("svg"), None) is None:
            el.tag = "img"
    return root


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none")
_CLASS_SELECTOR = re.compile(r"\s*\.[\w-]+(?:\s*,\s*\.[\w-]+)*\s*")
_HIDDEN_TEXT_CHARS = 40


def _css_hidden_classes(styles: list[str]) -> set[str]:
    """Classes the page's own style sheets hide everywhere (`.x { display: none }` at the top level, a bare
    class selector): not those hidden only on some screens (inside @media) or in some state (`.js .x`)."""
    hidden: set[str] = set()
    for css in styles:
        if "/*" in css and _DISPLAY_NONE.search(css):
            css = _CSS_COMMENT.sub("", css)
        depth, seen = 0, 0  # brace depth at css[seen], carried forward from match to match
        for m in _DISPLAY_NONE.finditer(css):  # each is traced back to its rule
            opening = css.rfind("{", 0, m.start())
            if opening < seen or css.rfind("}", 0, m.start()) > opening:
                continue
            depth += css.count("{", seen, opening) - css.count("}", seen, opening)
            seen = opening
            sel = css[max(css.rfind("}", 0, opening), css.rfind(";", 0, opening), css.rfind("{", 0, opening)) + 1:opening]
            if depth == 0 and _CLASS_SELECTOR.fullmatch(sel):  # top level: not inside @media { … }
                hidden.update(c.strip().lstrip(".") for c in sel.split(","))
    return hidden


_WHITE = {"#fff", "#ffffff", "white"}


def drop_hidden_watermarks(page: Page, scope) -> None:
    """Short text the page hides with its own CSS class or prints white on white (the watermarks some sites
    sprinkle between a picture and its caption against copying: `<div class="x">site.example</div>`,
    `<font color="#FFFFFF">site</font>`) is no caption or body text. Only short texts without a picture go:
    a hidden slide or caption is the layout's to reveal. Only classes hidden by a style sheet set inside the
    article's scope count, as such watermarks come with their own (a site-wide sheet hides menus and
    widgets, and reading it for every page would cost more than the rest of this step)."""
    hidden = _css_hidden_classes([el.text for el in scope.iter("style") if el.text and "none" in el.text])
    doomed = list(page.white_fonts)  # (anywhere on the page: white text is invisible wherever it is)
    if hidden:
        doomed += [el for el in scope.iter() if isinstance(el.tag, str) and (names := el.get("class"))
                   and not hidden.isdisjoint(names.split())]
    for el in doomed:
        if len(el) <= 1 and len("".join(el.itertext()).strip()) <= _HIDDEN_TEXT_CHARS \
                and next(el.iter("img", "picture", "source", "figure", "figcaption"), None) is None:
            _drop_keeping_tail(el)


def _drop_keeping_tail(el) -> None:
    """Remove el and what it holds; the text after it stays where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# ---------------------------------------------------------------- one pass over the tree

@dataclass(slots=True)
class Page:
    root: object
    paragraphs: list = field(default_factory=list)  # (order, element)
    candidates: list = field(default_factory=list)  # candidates.Candidate
    ld_blobs: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    canonical: str | None = None
    base_href: str | None = None  # <base href>: what relative URLs resolve against in a browser
    lang: str | None = None
    title: str | None = None
    first_h1: object = None  # the page's first <h1> element
    declared_bodies: list = field(default_factory=list)  # elements marked itemprop="articleBody"
    white_fonts: list = field(default_factory=list)  # <font color="white">


def scan(root) -> Page:
    """Collect everything later steps need in two walks (head-like tags, then the nodes), no xpath passes."""
    page = Page(root, lang=root.get("lang") or root.get("xml:lang"))
    for el in root.iter(*_HEAD_TAGS):
        tag = el.tag
        if tag == "h1":
            if page.first_h1 is None:
                page.first_h1 = el
        elif tag == "font":
            if (el.get("color") or "").strip().lower() in _WHITE:
                page.white_fonts.append(el)
        elif tag == "meta":
            _meta(el, page)
        elif tag == "base" and el.get("href") and page.base_href is None:
            page.base_href = el.get("href").strip()
        elif tag == "link" and "canonical" in (el.get("rel") or "").lower():
            page.canonical = page.canonical or el.get("href")
        elif tag == "script" and (el.get("type") or "").lower() == "application/ld+json" and el.text:
            page.ld_blobs.append(el.text)
        elif tag == "title" and page.title is None:
            page.title = clean(el.text)
    for order, el in enumerate(scan_nodes(root)):
        if el.tag == "p":
            page.paragraphs.append((order, el))
            continue
        if "articleBody" in (el.get("itemprop") or "").split():
            page.declared_bodies.append(el)
        c = candidate_of(el, order)
        if c is not None:
            page.candidates.append(c)
    return page


def _meta(el, page: Page) -> None:
    key = el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv")
    content = el.get("content")
    if key and content:
        page.tags.setdefault(key.lower(), content.strip())


# ---------------------------------------------------------------- body

def _text_len(el) -> int:
    """Approximate visible length (runs of white space count once per text node)."""
    return sum(map(len, map(str.strip, el.itertext())))


_NOT_BODY_TAGS = {"nav", "footer", "aside", "header", "form", "li", "blockquote"}


def _prose_len(p, weighted: bool = False) -> int:
    """Text length of a paragraph that reads as prose: link lists and teasers count for nothing. weighted: a Chinese
    or Japanese character counted as CJK_CHAR_WEIGHT letters."""
    n = _text_len(p)
    if weighted and n < _MIN_PARAGRAPH:
        n = _prose_chars(["".join(map(str.strip, p.itertext()))])
    if n < _MIN_PARAGRAPH:
        return 0
    links = sum(sum(map(len, a.itertext())) for a in p.iter("a"))
    return n if links < n / 2 else 0


def _prose_chars(texts) -> int:
    """Characters of prose in the texts, a Chinese or Japanese character counted as CJK_CHAR_WEIGHT."""
    return sum(len(t) + (CJK_CHAR_WEIGHT - 1) * no_space_chars(t) for t in texts)


# a Chinese or Japanese character holds about three Latin letters' worth: a word is two characters there (words.py),
# six letters with its space in the languages written with spaces ("四月初，茶农开始采摘春茶。" is a paragraph)
CJK_CHAR_WEIGHT = 3


def _voter(p):
    """The element a paragraph votes for: its parent, climbing wrappers that hold nothing but it (component
    layouts wrap each paragraph in a div or two of its own). None for paragraphs of lists, quotes, chrome."""
    node = p
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in _NOT_BODY_TAGS:
            return None
        # (node is parent's only child when it has no sibling: len(parent) walks all of parent's children,
        # which for each of a long page's paragraphs in one column is quadratic)
        alone = node.getprevious() is None and node.getnext() is None
        if not alone or parent.tag in ("body", "html") or (parent.text or "").strip():
            return parent
        node = parent


def find_body(page: Page, declared_article: bool = False, fragment: bool = False):
    """The element holding most prose (each <p> votes for its parent, half for the grandparent). A page that
    declares itself an article but has little prose (a gallery first) falls back to its article element; an
    article's body given alone (fragment: a JSON record's body field) to the whole of it."""
    score = _votes(page, weighted=False)
    if not score:  # (a Chinese or Japanese story of short paragraphs: "四月初，茶农开始采摘今年的第一批春茶。")
        score = _votes(page, weighted=True)
    best = max(score, key=score.get) if score else None
    declared = _declared_elsewhere(page.declared_bodies, best, score.get(best, 0))
    if declared is not None:
        return declared
    if best is not None and score[best] >= _MIN_BODY / 2:
        if score[best] < _SHORT_BODY:  # a caption or a cookie notice beside a story set as text runs
            runs = _br_body(page.root, longer_than=score[best])
            # past a standfirst's worth of <p>s, the runs must come first or hold them: after a story in
            # <p>s come comments and the site's legal notes set as runs
            if runs is not None and (score[best] < _MIN_BODY or _comes_first(runs, best)):
                return runs
        return best
    fallback = _text_body(page.root)
    if fallback is None and declared_article:
        fallback = _declared_body(page.root)
    if fallback is None and fragment:
        fallback = next(page.root.iter("body"), page.root)
    if fallback is not None:
        return fallback
    if best is None:
        raise NotArticle(Reason.EXTRACT_NOT_ARTICLE, "no paragraph text")
    if _gallery_story(best, _MIN_BODY - int(score[best])):
        return best  # (a story told in captioned pictures around its few lines)
    raise NotArticle(Reason.EXTRACT_NOT_ARTICLE, f"too little body text ({int(score[best])} chars)")


def _votes(page: Page, weighted: bool) -> dict:
    """Each prose paragraph's length, voted for its parent and half of it for its grandparent."""
    score: dict = {}
    for _, p in page.paragraphs:
        n = _prose_len(p, weighted)
        voter = _voter(p) if n else None
        if voter is None:
            continue
        score[voter] = score.get(voter, 0) + n
        grand = voter.getparent()
        if grand is not None:
            score[grand] = score.get(grand, 0) + n / 2
    return score


def _br_body(root, longer_than: float):
    """The element holding more text runs between <br>s than longer_than (only parents of a <br> are
    looked at: a whole-tree walk costs half a page's extraction), or None."""
    return _most_runs(dict.fromkeys(br.getparent() for br in root.iter("br")), longer_than)


def _most_runs(elements, longer_than: float = 0):
    """Of elements, the first holding the most text runs (more than longer_than), if a body's worth, else None."""
    best, best_n = None, longer_than
    for el in elements:
        n = sum(len(t) for t in _text_runs(el))
        if n > best_n:
            best, best_n = el, n
    return best if best_n >= _MIN_BODY else None


def _comes_first(a, b) -> bool:
    """a holds b or comes before it in the document."""
    above_a = {a: None}
    node = a
    while node.getparent() is not None:
        above_a[node.getparent()] = node
        node = node.getparent()
    child = b
    while child is not None and child.getparent() not in above_a:
        child = child.getparent()
    if child is None or b in above_a:  # no common ancestor, or b holds a
        return False
    common = child.getparent()
    if common is a:
        return True
    return common.index(above_a[common]) < common.index(child)


def _text_body(root):
    """The element whose own text runs (between <br>s, no <p>) hold the story, on pages that set it so."""
    return _most_runs(el for el in root.iter(etree.Element)
                      if el.tag not in ("script", "style", "head", "title", "noscript", "textarea"))


def _text_runs(el) -> list[str]:
    """el's own text and its children's tails that are long enough to be prose."""
    runs = [el.text] + [c.tail for c in el]
    return [t for t in (clean(r) for r in runs if r) if len(t) >= _MIN_PARAGRAPH and _reads_as_prose(t)]


def _reads_as_prose(text: str) -> bool:
    """Words and spaces, not binary junk or code: most characters letters, several words (in Chinese and
    Japanese, written without spaces, a score of characters)."""
    letters = letter_count(text) + sum(c.isspace() for c in text)
    return letters >= 0.75 * len(text) and (text.count(" ") >= 4 or len(_CJK.findall(text)) >= 20)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def loose_paragraphs(page: Page, body) -> tuple[list[str], list[float]]:
    """Paragraphs of a body that holds its story as text runs, with the document order of the element
    each run follows (so pictures between runs get their position)."""
    order_of = {el: order for order, el in page.paragraphs}
    order_of.update((c.el, c.order) for c in page.candidates)
    texts, orders, last = [], [], -1.0
    for run, after in [(body.text, None)] + [(c.tail, c) for c in body]:
        if after is not None:  # a tail comes after everything inside its element
            last = max([last] + [order_of[e] + 0.5 for e in after.iter() if e in order_of])
        t = clean(run)
        if len(t) >= _MIN_PARAGRAPH:
            texts.append(t)
            orders.append(last)
    return texts, orders


_DECLARED_BODY = etree.XPath('(//*[@itemprop="articleBody"] | //article | //main)[1]')
_DECLARED_LEAD = 3  # times the voted body's prose a declared body must hold to win over it


def _declared_elsewhere(declared: list, best, best_score: float):
    """The story's body as the page declares it (schema.org `itemprop="articleBody"`) when the <p>s voted for an
    element outside it that holds far less text: a story set one <div> a paragraph, whose only <p>s are in a
    side column. A declared body around or inside the voted one changes nothing."""
    for el in declared:
        if best is not None and (el is best or el in best.iterancestors() or best in el.iterancestors()):
            return None
        if _text_len(el) >= max(_MIN_BODY, _DECLARED_LEAD * best_score):
            return el
    return None


def block_paragraphs(page: Page, body) -> tuple[list[str], list[float]]:
    """Paragraphs of a body set one <div> a paragraph (no <p>): the text of each innermost block, with the
    document order of the last picture before it (so pictures between blocks get their position)."""
    order_of = {c.el: c.order for c in page.candidates}
    texts, orders, last = [], [], -1.0
    for el in body.iter(etree.Element):
        if el in order_of:
            last = order_of[el] + 0.5
        elif el.tag in _TEXT_BLOCKS and next(el.iterdescendants(*_TEXT_BLOCKS), None) is None:
            t = clean("".join(el.itertext()))
            if len(t) >= _MIN_PARAGRAPH and _reads_as_prose(t):
                texts.append(t)
                orders.append(last)
    return texts, orders


_TEXT_BLOCKS = ("div", "p", "li", "blockquote", "section", "td")


def _declared_body(root):
    found = _DECLARED_BODY(root)
    return found[0] if found else None


def article_scope(body):
    """The nearest <article>/<main> around the body (lead images live there), else two levels up."""
    node, depth = body, 0
    while node is not None and depth < 8:
        if node.tag in ("article", "main") or (node.get("itemprop") or "") == "articleBody":
            if node is not body:
                return node
        node, depth = node.getparent(), depth + 1
    parent = body.getparent()
    grand = parent.getparent() if parent is not None else None
    return grand if grand is not None and grand.tag not in ("html", "body") else (parent if parent is not None else body)


_NOT_PROSE_WRAPPERS = ("figure", "figcaption", "blockquote")
_OUTSIDE = "outside"  # _blocker's answer for a paragraph that is not below the body


def _blocker(p, body, memo: dict):
    """What keeps p from being a body paragraph: None when p sits below body with no figure, caption,
    credit or quote in between; else that wrapper (or _OUTSIDE). Memoised per parent (`memo`, one per
    page): a body's paragraphs share a few parents."""
    parent = p.getparent()
    if parent in memo:
        return memo[parent]
    chain = [parent, *parent.iterancestors()] if parent is not None else []
    if body not in chain:
        found = _OUTSIDE
    else:
        found = next((a for a in chain[: chain.index(body)] if a.tag in _NOT_PROSE_WRAPPERS or kind_of(a)), None)
    memo[parent] = found
    return found


def _prose_wrappers(blocked: list[tuple], kept_chars: int) -> set:
    """Caption-classed wrappers that are the body's own paragraph wrappers: three or more elements of one
    class ("text-description"), each around its own paragraphs, that together hold more prose than the
    rest of the body. Captions are never most of a story; one list of captions (a gallery's) is one
    element, however many paragraphs it holds."""
    by_shape: dict = {}
    for wrapper, text in blocked:
        if wrapper is not _OUTSIDE and wrapper.tag not in _NOT_PROSE_WRAPPERS:
            elements, chars = by_shape.get((wrapper.tag, wrapper.get("class")), (set(), 0))
            by_shape[(wrapper.tag, wrapper.get("class"))] = (elements | {wrapper}, chars + len(text))
    return {shape for shape, (elements, chars) in by_shape.items() if len(elements) >= 3 and chars > kept_chars}


def body_paragraphs(page: Page, body, zones: Zones) -> tuple[list[str], list[int]]:
    """Ordered body paragraphs (not in captions, figures, chrome or link lists) and their document positions."""
    rows, blocked, memo = [], [], {}
    for order, p in page.paragraphs:
        if zones.of(p) is not None or (has_img(p) and _text_len(p) < 300):
            continue  # chrome; or an image paragraph, whose text is a caption
        wrapper = _blocker(p, body, memo)
        if wrapper is _OUTSIDE:
            continue
        parts = list(p.itertext())  # read once: the test below and the paragraph's text both need it
        if not _reads_as_body(p, parts):
            continue
        t = clean("".join(parts))
        if t:
            rows.append((order, t, wrapper))
            if wrapper is not None:
                blocked.append((wrapper, t))
    kept_chars = sum(len(t) for _, t, w in rows if w is None)
    allowed = _prose_wrappers(blocked, kept_chars) if blocked else set()
    rows = [(o, t) for o, t, w in rows if w is None or (w.tag, w.get("class")) in allowed]
    rows = _without_boilerplate_lines(rows)
    return [t for _, t in rows], [o for o, _ in rows]


_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’」)]*$")


def _reads_as_body(p, parts: list[str]) -> bool:
    """Not a line of links: a paragraph that is mostly link text is a teaser ("Related: Story A",
    "Story B | Story C"), unless it reads as a sentence of the story with a long link in it (ends as a
    sentence, not cut off with an ellipsis, and is not wholly one link). parts: p's text nodes."""
    n = sum(map(len, map(str.strip, parts)))
    links = sum(sum(map(len, map(str.strip, a.itertext()))) for a in p.iter("a"))
    if not n or links * 2 < n:
        return True
    text = clean("".join(parts))
    words = len(text.split()) if " " in text else len(text) // 3  # CJK: no spaces, ~3 characters a word
    return links < 0.95 * n and words >= 6 and bool(_SENTENCE_END.search(text)) and not text.endswith("...")


def _without_boilerplate_lines(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drops lines that are boilerplate in any article (the table plain-text scrapes are read with: "DON'T
    MISS" and other headings of link lists, "Related: ...", "Advertisement", share and credit lines)."""
    from .boilerplate import boilerplate_kind

    return [(order, text) for order, text in rows if not boilerplate_kind(text)]


# ---------------------------------------------------------------- article

def page_meta(page: Page, doc: RawDoc) -> PageMeta:
    meta = PageMeta()
    read_json_ld(page.ld_blobs, meta)
    read_meta_tags(page.tags, meta)
    fetched = _web_address(doc.url, None)
    declared = _web_address(meta.url, fetched)
    meta.url = _web_address(page.canonical, fetched or declared) or declared
    h1 = _first_h1(page.first_h1)
    meta.headlines.update(clean(t).casefold() for t in (meta.title, page.title, h1) if t)
    meta.title = meta.title or _headline_in_title(page.title, h1) or doc.title
    meta.site_names = _site_names(meta.site, page.title)
    meta.language = lang2(page.lang) or lang2(meta.language)
    meta.published = meta.published or first_date(_MARKED_DATES(page.root)) or parse_date(doc.published)
    return meta


def _web_address(url: str | None, base: str | None) -> str | None:
    """An http(s) address of the page, a relative one ("/2024/story.html", as templates often write a canonical
    link) resolved against base, the address the page was fetched from or declares; else None."""
    url = (url or "").strip()
    if url and base and not url.lower().startswith(("http://", "https://")):
        url = urljoin(base, url)
    return url if url.lower().startswith(("http://", "https://")) else None


# what sets the site's name off the headline in a <title>: "Headline | Site", "Headline_Site", "Headline - Site"
_TITLE_SEPARATOR = re.compile(r"\s[|–—-]\s|\s?[|_]\s?")


def _site_names(site: str | None, title: str | None) -> set[str]:
    """The site's name as og:site_name gives it and as the <title> ends, without white space, case-folded."""
    names = {site} if site else set()
    parts = _TITLE_SEPARATOR.split(title or "")
    if len(parts) > 1 and 0 < len(parts[-1].split()) <= 5:
        names.add(parts[-1])
    return {"".join(n.split()).casefold() for n in names if n.strip()}


def _headline_in_title(title: str | None, h1: str | None) -> str | None:
    """The headline a <title> holds: the part the page's <h1> repeats ("Ferry returns | Example News" with
    <h1>Ferry returns</h1> -> "Ferry returns"), else the whole title (a page without og:title or JSON-LD).
    Only the title's longest part: many pages' first <h1> is their logo, the site's name, shorter than the
    headline beside it."""
    if title and h1 and h1 != title:
        parts = [part.strip() for part in _TITLE_SEPARATOR.split(title)]
        if len(parts) > 1 and h1.casefold() == max(parts, key=len).casefold():
            return h1
    return title


def _first_h1(h1) -> str | None:
    return clean("".join(h1.itertext())) if h1 is not None else None


# microdata and HTML5 markers of the publication date, for pages without JSON-LD or meta dates
# Two passes over the tree, not four (libxml2 walks the whole page once for each path of a union); the
# itemprop attributes are reached on the attribute axis, which libxml2 walks twice as fast as it tests a
# predicate on every element (//*[@itemprop = ...])
_MARKED_DATES = etree.XPath('//@itemprop[. = "datePublished"]/../@*[name() = "content" or name() = "datetime"]'
                            ' | //time[@pubdate or contains(@class, "ublish")]/@datetime')
_TIMES = etree.XPath(".//time/@datetime")


def first_date(values) -> datetime | None:
    return next((d for d in map(parse_date, values) if d is not None), None)


def extract_html(doc: RawDoc, cfg: ExtractConfig, ledger: Ledger) -> Article:
    """RawDoc (kind html) -> Article; NotArticle for pages without an article body."""
    root = parse(doc.content, doc.charset)
    page = scan(root)
    meta = page_meta(page, doc)
    meta.declared_article = meta.declared_article or doc.body_field  # a record's body field holds an article
    # a site's home page named as a story's canonical link (a template's default) is no address of the story:
    # its fetched address, else its content, identifies it
    url = (meta.url if meta.url and not _home_page(meta.url) else None) or doc.url
    body = find_body(page, meta.declared_article, doc.body_field)
    if body is not None:
        drop_hidden_watermarks(page, article_scope(body))
    if meta.published is None and body is not None:
        meta.published = first_date(_TIMES(body)[:1])  # the article's own <time>, never a rail's
    zones = Zones(body)
    paragraphs, orders = body_paragraphs(page, body, zones)
    if sum(map(len, paragraphs)) < _MIN_BODY and body is not None:
        # a story set as text runs between <br>s (its only <p>s an editor's line or a copyright)
        runs, run_orders = loose_paragraphs(page, body)
        if sum(map(len, runs)) > sum(map(len, paragraphs)):
            paragraphs, orders = runs, run_orders
    if sum(map(len, paragraphs)) < _MIN_BODY and body is not None:
        # a story set one <div> a paragraph (found through its declared body)
        blocks, block_orders = block_paragraphs(page, body)
        if sum(map(len, blocks)) > sum(map(len, paragraphs)):
            paragraphs, orders = blocks, block_orders
    if sum(map(len, paragraphs)) < _MIN_BODY and not meta.declared_article \
            and not (paragraphs and body is not None and _gallery_story(body, _MIN_BODY - _prose_chars(paragraphs))):
        raise NotArticle(Reason.EXTRACT_NOT_ARTICLE, "too little body text")
    # relative URLs resolve against the address the page was fetched from (WARC target, JSONL url), as a
    # browser does; the canonical link may name another host (www/m./AMP) the archive never fetched from
    base = doc.url or meta.url or cfg.base_url
    if page.base_href:
        base = absolute(page.base_href, base)
    figures = collect_figures(page.candidates, body, article_scope(body), meta, base, doc.ref, ledger)
    for f, order in figures:
        f.position = bisect_right(orders, order)
    if doc.images:
        figures = _listed_leads(doc.images, figures, base, doc.ref, ledger) + figures
        for i, (f, _) in enumerate(figures):
            f.index = i
    return Article(
        ref=doc.ref, article_id=article_id_for(url, document_sha256(doc)), kind="html", url=url,
        title=meta.title, published=meta.published, authors=meta.authors,
        site=" ".join((meta.site or "").split()) or domain_of(url or meta.url),  # a name on one line
        language=meta.language, section=meta.section, paragraphs=paragraphs,
        figures=[f for f, _ in figures], base_dir=doc.base_dir, root=doc.root)


def _gallery_story(body, missing: int) -> bool:
    """A story told mostly in pictures: two captioned figures or more in its body, their captions (no teaser's link
    in them) making up the prose its few paragraphs lack (missing: counted as _prose_chars counts). A caption is a
    figcaption, or the text block right after a picture (or the link to its large version) as a gallery plugin sets
    it: "<a href=big.jpg><img></a><div>Caption / Foto: X</div>"."""
    captions = [fc for fc in body.iter("figcaption") if not fc.xpath("ancestor::a|.//a")
                and fc.getparent() is not None and fc.getparent().xpath(".//img|.//picture")]
    if len(captions) < GALLERY_MIN_CAPTIONS:
        captions += [box for img in body.iter("img") if (box := _text_after_picture(img)) is not None]
    return len(captions) >= GALLERY_MIN_CAPTIONS \
        and _prose_chars(" ".join(fc.itertext()).strip() for fc in captions) >= missing


def _text_after_picture(img):
    """The block of text right after a picture, or after the link or <picture> holding it alone; no link in it."""
    node = img
    while (parent := node.getparent()) is not None and parent.tag in ("a", "picture") and len(parent) == 1:
        node = parent
    box = node.getnext()
    if box is None or box.tag not in ("div", "p", "span", "small", "em") or box.xpath(".//a|.//img"):
        return None
    return box if " ".join(box.itertext()).strip() else None


GALLERY_MIN_CAPTIONS = 2


def _listed_leads(images: list, figures: list, base: str | None, ref, ledger: Ledger) -> list:
    """A JSON record's captioned lead pictures (ingest/json_article) that its HTML body does not show, before
    the body's figures: a story's HTML often leaves out the picture shown above it."""
    shown = {a for f, _ in figures for a in (f.src, f.url) if a}
    told = {_flat(f.caption) for f, _ in figures if f.caption}  # (the same picture in another rendition)
    items = [item for item in images if not (isinstance(item, dict) and (
        item.get("url") in shown or absolute(item.get("url"), base) in shown
        or isinstance(item.get("caption"), str) and any(_same_caption(_flat(item["caption"]), c) for c in told)))]
    out = []
    for item in listed_figures(items, ref, base, ledger):
        item.figure.position = 0
        out.append((item.figure, -1))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same_caption(listed: str, shown: str) -> bool:
    """A listed caption is a shown figure's: the same words, or those words and a credit after them (a short
    caption, "Boats", may open another picture's)."""
    return listed == shown or len(shown) >= 20 and listed.startswith(shown)


def _home_page(url: str) -> bool:
    """The address of a site's front page: no path, no query."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def figure_rows(article: Article, page_name: str) -> list[dict]:
    """One prediction row per figure, as `corpus extract` prints and the scorer reads."""
    return [{"page": page_name, "src": f.src or f.url, "caption": clean(f.caption) or None,
             "credit": clean(f.credit) or None, "alt": f.alt, "position": f.position} for f in article.figures]

