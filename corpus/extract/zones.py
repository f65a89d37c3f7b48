"""Which part of a page an element sits in: chrome, related rails, video players, hidden labels."""
from __future__ import annotations

import re
from functools import lru_cache

from ..rejects import Reason

# Class/id words that mark page chrome (checked word by word: "share-bar" hits "share", "shared" does not).
_CHROME = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|site-header|footer|logo|icons|avatar|author|authors|autor|autoren|"
    r"auteur|auteurs|autore|autori|"
    r"byline|headshot|profile|social|share|sharing|sharebar|advertisement|"
    r"sponsor|sponsored|promo|promotion|newsletter|subscribe|subscription|signup|comment|comments|breadcrumb|"
    r"breadcrumbs|badge|emoji|tracking|flyout|dropdown|paywall|breaking|outbrain|taboola)(?:$|[\s_-])",
    re.I)
# Ad words only as a whole class name or its first part ("ad-slot"), never inside one ("block-image-ads").
_ADS = re.compile(r"(?:^|\s)(?:ad|ads|advert|adslot|adunit|ad-\w+|ads-\w+|dfp\w*|gpt-\w+)(?:$|\s)", re.I)
_RELATED = re.compile(
    r"(?:^|[\s_-])(?:related|recirc\w*|most|mostread|popular|trending|recommend\w*|teaser|teasers|rail|"
    r"sidebar|read-next|readnext|suggested|rollover|end-slate|endslate)(?:$|[\s_-])", re.I)
# Words that name a rail outside the story but a plain wrapper inside it ("thumb" boxes, "more" links):
# they mark a zone only outside the article body.
# "ui-modal" is the lightbox of an in-story photo.
_RELATED_WEAK = re.compile(r"(?:^|[\s_-])(?:more|next|latest|also|further|thumb|thumbs|selection|people|modal)"
                           r"(?:$|[\s_-])", re.I)
# The verdict for _RELATED_WEAK names outside the body: a rail, unless the picture is a captioned figure.
WEAK_RELATED = "weak-related"
_VIDEO = re.compile(r"(?:^|[\s_-])(?:video|videos|player|jwplayer|brightcove|youtube|vjs|media-player|"
                    r"embed--type-video|playlist)(?:$|[\s_-])", re.I)
# "foto-video", "image-or-video": a media slot named for a picture or a video holds either; it is no player
_PICTURE_OR_VIDEO = re.compile(r"(?:foto|photo|image|picture)[\s_-](?:or[\s_-])?video", re.I)
# Third-party post embeds (their pictures belong to the post, not to the article), on the raw class.
_SOCIAL_EMBED = re.compile(r"(?:^|\s)(?:twitter-tweet|twitter-timeline|instagram-media|tiktok-embed|fb-post|"
                           r"fb-video|reddit-card|reddit-embed|bluesky-embed|threads-post|mastodon-embed|"
                           r"[\w-]*embed--(?:twitter|instagram|tiktok|facebook|x|reddit|bluesky|threads))(?:$|[\s-])",
                           re.I)
# (a class "hide" alone is the CSS frameworks' display:none, Bootstrap's and Foundation's; "hide-on-mobile" is not)
_HIDDEN = re.compile(r"visually-?hidden|off-?screen|sr-only|screen-?reader|a11y|u-hidden|is-hidden|"
                     r"(?:^|[\s_-])hidden(?:$|[\s_-])|hide-?text|(?:^|\s)hide(?:$|\s)", re.I)

CHROME_TAGS = {"nav": Reason.FIGURE_NOT_CONTENT, "footer": Reason.FIGURE_NOT_CONTENT,
               "aside": Reason.FIGURE_RELATED, "video": Reason.FIGURE_VIDEO, "iframe": Reason.FIGURE_VIDEO}


_STATE_PREFIXES = ("js-", "has-", "is-", "with-", "no-", "__")
# Utility-first CSS (Tailwind and its kin) names a style, not a part of the page: "tracking-tight" is letter
# spacing, not a tracking pixel; "text-sm", "md:flex", "w-[320px]" say nothing of content either.
_UTILITY = re.compile(
    # overflow utilities, also abbreviated ("oy-hidden", "u-overflow-hidden"): they clip, they do not hide
    r"^(?:u-)?(?:overflow|o[xy]?)(?:-[xy])?-(?:hidden|auto|scroll|visible|clip)$|"
    r"[:\[\]]|^-?(?:tracking|leading|text|font|bg|border|rounded|shadow|ring|outline|fill|stroke|p[xytrblse]?|"
    r"m[xytrblse]?|w|h|size|min-[wh]|max-[wh]|flex|grow|shrink|basis|grid|gap|space-[xy]|col|row|order|items|"
    r"justify|content|self|place|z|top|bottom|left|right|inset|opacity|overflow|transition|duration|ease|delay|"
    r"scale|rotate|translate|object|aspect|line-clamp|whitespace|break|cursor|select|decoration|divide)-"
    r"(?:\d[\w./%]*|[a-z]+-\d+|(?:xs|sm|md|lg|xl|\dxl|base|none|tight|tighter|snug|normal|relaxed|loose|wide|"
    r"wider|widest|full|screen|auto|px|center|left|right|start|end|between|around|evenly|stretch|baseline|wrap|"
    r"nowrap|visible|scroll|clip|ellipsis|white|black|transparent|current|inherit|italic|bold|semibold|medium|"
    r"light|thin|extrabold|uppercase|lowercase|capitalize|cover|contain|x|y|t|b|l|r|col|row|out|in|in-out|"
    r"linear|pointer|hidden)(?:-[\w./%]+)?)$")


def words_of(el) -> str:
    """class + id names of an element; state/script names (js-*, has-*, x--modifier) say nothing of content."""
    c, i = el.get("class"), el.get("id")
    if not (c or i):
        return ""
    return _words(c or "", i or "")


# Cached on the attribute strings: a page repeats the same class names on many elements, and pages
# of one site repeat them across pages.
@lru_cache(maxsize=16384)
def _words(c: str, i: str) -> str:
    names = f"{c} {i}".split()
    # Drupal's field--name-field-caption is the field's name, not a modifier: keep the name part
    kept = (n.split("--name-", 1)[1] if "--name-" in n else n for n in names
            if not n.startswith(_STATE_PREFIXES) and ("--" not in n or "--name-" in n) and not _UTILITY.search(n)
            and not _NEGATED.search(n))
    return " ".join(kept)


# a name that says what the element is not ("wsite-not-footer", Weebly's content column): no word of it holds
_NEGATED = re.compile(r"(?:^|[-_])(?:not|non)[-_]", re.I)



# On an <img> itself these words mean "shareable picture" (Daily Mail's `img-share`), not a share
# button: real share buttons are icons inside share bars, caught by their container or their URL.
_IMG_NEUTRAL = re.compile(r"(?:^|(?<=[\s_-]))(?:share|sharing|social)(?=$|[\s_-])", re.I)


def own_zone(el) -> Reason | str | None:
    """The reason an element's subtree holds no article image, from the element alone."""
    tag = el.tag
    if tag in CHROME_TAGS:
        return CHROME_TAGS[tag]
    c, i = el.get("class"), el.get("id")
    test_id = el.get("data-testid")  # component frameworks name parts here when classes are hashed
    if test_id:
        i = f"{i or ''} {test_id}"
    if not (c or i):
        return None  # most elements: no names, no regex to run
    return _named_zone(tag == "img", c or "", i or "")


def _case_blind(pattern: re.Pattern) -> re.Pattern:
    """The same pattern without re.I, for ASCII text lowered first: matching under re.I folds the case of
    every character compared, which makes these word lists twice as slow (their letters are all lower case,
    so on lowered ASCII text the two find the same matches)."""
    assert pattern.pattern == pattern.pattern.lower()
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


# (video, related, chrome, ads, weak) for any text, and for lowered ASCII text
_ZONE_WORDS = (_VIDEO, _RELATED, _CHROME, _ADS, _RELATED_WEAK)
_ZONE_WORDS_ASCII = tuple(map(_case_blind, _ZONE_WORDS))


@lru_cache(maxsize=16384)
def _named_zone(is_img: bool, c: str, i: str) -> Reason | str | None:
    """own_zone from the names alone (cached like _words)."""
    w = _words(c, i)
    if is_img and w:
        w = _IMG_NEUTRAL.sub("x", w)
    raw = f"{c} {i}"
    if ("embed" in raw or "tweet" in raw or "-media" in raw or "-post" in raw) and _SOCIAL_EMBED.search(raw):
        return Reason.FIGURE_NOT_CONTENT
    if not w:
        return None
    if raw.isascii():  # then so is w, made of raw's names
        (video, related, chrome, ads, weak), lowered_raw, w = _ZONE_WORDS_ASCII, raw.lower(), w.lower()
    else:
        (video, related, chrome, ads, weak), lowered_raw = _ZONE_WORDS, raw
    if video.search(lowered_raw) and not _PICTURE_OR_VIDEO.search(raw):
        return Reason.FIGURE_VIDEO
    if related.search(w):
        return Reason.FIGURE_RELATED
    if chrome.search(w) or ads.search(w):
        return Reason.FIGURE_NOT_CONTENT
    if weak.search(w):
        return WEAK_RELATED
    return None


class Zones:
    """Per-page cache of zone verdicts; an element inherits the first verdict up its ancestor chain."""

    def __init__(self, body=None):
        self.cache: dict = {}
        self.body = body
        # the article body and its ancestors never form a zone (a page wrapper named "has-sidebar"
        # or "entry-content-read-more" holds the article itself)
        node = body
        while node is not None:
            self.cache[node] = None
            node = node.getparent()

    def of(self, el) -> Reason | str | None:
        path, found = [], None
        node = el
        while node is not None:
            if node in self.cache:
                found = self.cache[node]
                break
            path.append(node)
            z = own_zone(node) if isinstance(node.tag, str) and node.tag not in ("html", "body") else None
            if z is WEAK_RELATED and self.body is not None and self.body in node.iterancestors():
                z = None  # weak words mean nothing inside the story
            if z is not None:
                found = z
                # ancestors above a verdict do not change it; cache the path below
                break
            node = node.getparent()
        for n in path:
            self.cache[n] = found
        return found


def shows_text(el) -> bool:
    """Some text other than white space in el's subtree. Stops at the first such text: joining the text of a
    whole rail to test it cost as much as the rest of the caption search."""
    return any(not t.isspace() for t in el.itertext() if t)


def is_hidden(el) -> bool:
    """Visually-hidden accessibility labels, hidden UI and footnote numbers are not caption text."""
    if el.get("hidden") is not None or el.tag in ("button", "script", "style", "svg", "noscript", "template"):
        return True
    if el.tag == "sup" and _footnote_mark(el):
        return True
    style = el.get("style")
    if style and "display:none" in style.replace(" ", "").lower():
        return True
    w = words_of(el)
    return bool(w) and _hidden_words(w)


def _footnote_mark(sup) -> bool:
    """A footnote number that links to the page's notes (<sup><a href="#4">4</a></sup>, "[4]"): a pointer for
    print or for the reader to follow, not words of the text it sits in."""
    text = "".join(sup.itertext()).strip().strip("[]()")
    if not text.isdigit() or len(text) > 3:
        return False
    link = next(sup.iter("a"), None)
    return link is not None and (link.get("href") or "").startswith("#")


@lru_cache(maxsize=16384)
def _hidden_words(w: str) -> bool:
    return _HIDDEN.search(w) is not None
