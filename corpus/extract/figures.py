"""Which candidate pictures belong to the article, and what the page says about each: the decisions.

Every picture (candidates.py groups the elements that show it) is judged on general features: where it sits
against the article body, chrome words around it, links to other pages, repeated card structure, its size
and URL, and its caption; then its caption and credit are read (captions.py).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from lxml import etree

from ..records import Figure, SourceRef
from ..rejects import Ledger, Reason
from .boilerplate import asks_to_act, boilerplate_kind, is_ad_label, is_aside, is_byline, is_service_text, pleads
from .candidates import WRAPPING, Candidate, Group, group_candidates, preference
from .captions import Found, from_attribute, plain_caption, read_unit, sibling_caption
from .credits import clean, split_credit
from .metadata import PageMeta
from .urls import absolute, embedded_bytes, in_saved_folder, url_key, url_stem
from .zones import WEAK_RELATED, Zones

STAGE = "figures"
_MAX_UNIT_TEXT = 1200  # chars; a wrapper holding more text than this is body, not a figure
_UNIT_LEVELS = 4  # how far a figure without <figure> grows to reach its caption
ICON_URL = re.compile(r"\.svg(?:$|\?)|(?:^|[/_.-])(?:logo|icon|avatar|sprite|favicon|headshot|byline|badge|"
                       r"emoji|pixel|tracking|share|button|btn|ico|spinner|captcha|rss)s?(?:[/_.-]|$)", re.I)
# the same words closing a camelCase file name ("whiteCameraIcon.png", "shareButtonBlue.gif"), and a pager's
# controls ("enlargePhotoBtn.gif", "leftArrow.gif", "pageNumberLeft.gif")
_CAMEL_ICON = re.compile(r"[a-z0-9](?:Icon|Sprite|Favicon|Button|Btn|Spinner|Arrow|Left|Right|Prev|Next)s?"
                         r"(?:[A-Z0-9._-]|$)")
# a picture's URL, or a viewer page whose query opens with one ("viewpic.htm?http://cdn/photo.jpg&size=2")
_IMAGE_HREF = re.compile(r"\.(?:jpe?g|jpe|png|gif|webp|avif)(?:$|[?#])|/image/|/photos?/"
                         r"|\?(?:[\w-]+=)?(?:https?:)?//[^&#?]+\.(?:jpe?g|jpe|png|gif|webp|avif)(?:$|[&#])", re.I)
# a CMS keeps its theme's and its plugins' own images (banners, rating stars, portraits of the staff) in
# folders of their own (WordPress /wp-content/themes/, Drupal /sites/all/themes/); an article's pictures are
# uploads, never there
_THEME_ASSET = re.compile(r"/(?:themes|plugins|wp-includes)/", re.I)
# the query of an ad server's banner or impression log ("lg.php?bannerid=16&campaignid=39&zoneid=7"): the
# ad-serving vocabulary, not a site's
_AD_SERVER_QUERY = re.compile(r"(?:^|&)(?:bannerid|campaignid|zoneid|creativeid|adunitid)=", re.I)
_PAGE_HREF = re.compile(r"\.(?:s?html?|php|aspx?|jsp)(?:$|[?#])", re.I)
_LEAD_LEVELS = 4  # a captioned hero may sit this many levels above the body's wrapper, not further
_TINY = 50  # px; declared width/height at or below this is an icon, not a photo


@dataclass(slots=True)
class Context:
    body: object
    scope: object
    meta: PageMeta
    base: str | None
    ref: SourceRef
    ledger: Ledger
    zones: Zones
    holders: dict  # element -> number of groups below it
    body_start: int
    body_chain: list = field(default_factory=list)  # body, then its ancestors
    lead_slots: set = field(default_factory=set)  # (parent, tag, class) of lead figures found outside the body


def collect_figures(cands, body, scope, meta, base, ref, ledger) -> list[tuple[Figure, int]]:
    """Decide every candidate; returns (Figure, document order) of the kept ones."""
    zones = Zones(body)
    live = []
    for c in cands:  # most candidates sit in chrome and rails: rejected before their URLs are read
        zone = zones.of(c.el)
        if zone is None or zone is WEAK_RELATED:  # a weak zone is judged with the picture's caption
            live.append(c)
        else:
            ledger.see(STAGE)
            ledger.reject(STAGE, zone, ref.at(f"img={c.order}"), "chrome, rail or player around the image")
    groups = group_candidates(live, body)
    # icons do not count as pictures a wrapper holds: a camera icon beside the credit leaves the caption box
    # the one picture's
    holders = _holders([g for g in groups if _icon_like(g) is None])
    ctx = Context(body, scope, meta, base, ref, ledger, zones, holders, _first_order(body, cands))
    ctx.body_chain = [body, *body.iterancestors()]
    kept: list[tuple[Figure, int]] = []
    kept_groups: list[tuple[Figure, Group]] = []
    seen_keys: set = set()
    for g in sorted(groups, key=lambda g: min(m.order for m in g.members)):
        ledger.see(STAGE, len(g.members))
        reason, detail = _verdict(g, ctx, seen_keys)
        if reason is not None:
            for m in g.members:
                ledger.reject(STAGE, reason, ref.at(f"img={m.order}"), detail)
            continue
        fig = _figure(g, ctx, len(kept))
        seen_keys.update(url_key(u) for m in g.members for u in m.ref.candidates)
        ledger.keep(STAGE)
        for m in g.members[1:]:
            ledger.reject(STAGE, Reason.FIGURE_DUPLICATE, ref.at(f"img={m.order}"), "twin of a kept picture")
        kept.append((fig, min(m.order for m in g.members)))
        kept_groups.append((fig, g))
    _caption_rails(kept_groups)
    _drop_shared_captions([f for f, _ in kept])
    return kept


_MIN_SLIDES = 3
_RAIL_LEVELS = 3  # how far above a slide list the list of its captions may start
_MIN_RAIL_CAPTION = 15  # chars; shorter entries are a pager's numbers or labels, not captions
_MEAN_RAIL_CAPTION = 30  # chars; a list of short labels ("Share on Facebook", tab names) is no caption list
_MAX_RAIL_CAPTION = 600


def _caption_rails(kept: list[tuple[Figure, Group]]) -> None:
    """A gallery whose slides (a list, one uncaptioned picture per item) have their captions in a list of
    their own after it, one entry per slide in slide order: each slide gets its entry by position."""
    lists: dict = {}
    for fig, g in kept:
        item = next(g.members[0].el.iterancestors("li"), None)
        if fig.caption is None and fig.credit is None and item is not None and item.getparent() is not None:
            lists.setdefault(item.getparent(), {}).setdefault(item, []).append(fig)
    for slides, items in lists.items():
        if len(items) < _MIN_SLIDES or len(items) != len(slides) or any(len(f) != 1 for f in items.values()):
            continue  # every item of the list one picture, or it is no slide list
        rail = _rail_after(slides, len(slides))
        if rail is None:
            continue
        for item, entry in zip(slides, rail):
            caption, credit = split_credit(clean(" ".join(entry.itertext())))
            (fig,) = items[item]
            fig.caption, fig.credit = caption, credit
            fig.caption_source = "caption_rail" if caption else None


def _rail_after(slides, n: int):
    """The first element after the slide list (within a few levels above it) with n entries of the same tag,
    no pictures, most of them caption-length text that differs: the slides' captions."""
    top, level = slides, 0
    while level < _RAIL_LEVELS and top.getparent() is not None:
        top, level = top.getparent(), level + 1
    node = slides
    while node is not top:
        for sibling in node.itersiblings():
            for el in sibling.iter(etree.Element):
                if len(el) == n and _is_rail(el):
                    return el
        node = node.getparent()
    return None


_NOT_RAIL_ENTRIES = frozenset(("a", "button", "input", "label", "option", "select"))  # controls: share buttons, tabs


def _is_rail(el) -> bool:
    tags = {c.tag for c in el}
    if len(tags) != 1 or tags & _NOT_RAIL_ENTRIES or _has_picture(el):
        return False
    texts = [clean(" ".join(c.itertext())) or "" for c in el]
    said = [t for t in texts if t]
    return (len(said) >= max(2, len(texts) // 2) and len(set(said)) > 1
            and all(_MIN_RAIL_CAPTION <= len(t) <= _MAX_RAIL_CAPTION for t in said)
            and sum(map(len, said)) / len(said) >= _MEAN_RAIL_CAPTION
            and sum(len(clean(" ".join(a.itertext())) or "") for a in el.iter("a")) < sum(map(len, said)) / 2)


_SHARED_CAPTION = 3  # pictures one caption found outside a figcaption may serve before it is no caption
_DISTINCT_CAPTIONS = 4  # ...unless the page's pictures carry this many different such captions
_OWN_CAPTION = ("figcaption", "caption_rail")  # captions each written for one picture, repeats and all


def _drop_shared_captions(figs: list[Figure]) -> None:
    """A caption found beside the pictures (a sibling, a widget line, an attribute) that many of them share
    is a gallery's or a section's title, not what any one picture shows."""
    count: dict = {}
    for f in figs:
        if f.caption and f.caption_source not in _OWN_CAPTION:
            count[f.caption] = count.get(f.caption, 0) + 1
    if len(count) >= _DISTINCT_CAPTIONS:
        return  # many pictures, each with a line of its own, some lines alike: a photo report's captions
    for f in figs:
        if count.get(f.caption, 0) >= _SHARED_CAPTION and f.caption_source not in _OWN_CAPTION:
            f.caption, f.caption_source = None, None


def _holders(groups: list[Group]) -> dict:
    out: dict = {}
    for g in groups:
        for a in {a for m in g.members for a in m.chain}:
            out[a] = out.get(a, 0) + 1
    return out


def _first_order(body, cands) -> int:
    """Document order where the body starts: its first candidate's, or for a body with no picture the last
    candidate's before it (-1 when none), so that every picture after the body counts as after its start."""
    for c in cands:
        if c.el is body or body in (c.chain or c.el.iterancestors()):
            return c.order
    # no picture in the body (a text-only story): it starts after the last candidate before it in the document
    els = {c.el for c in cands}
    before = 0
    for el in body.getroottree().iter():
        if el is body:
            break
        before += el in els
    return cands[before - 1].order if before else -1


def _verdict(g: Group, ctx: Context, seen_keys: set) -> tuple[Reason | None, str]:
    c = min(g.members, key=preference)
    zone = ctx.zones.of(g.figure if g.figure is not None else c.el)
    if zone is None and g.figure is not None:
        zone = ctx.zones.of(c.el)
    if zone is WEAK_RELATED:  # (the page's own picture, its og:image, is no other story's thumbnail)
        zone = None if _own_caption_box(g, ctx) or _page_picture(g, ctx) else Reason.FIGURE_RELATED
    if zone is not None:
        return zone, "chrome, rail or player around the image"
    if not any(m.ref.candidates for m in g.members):
        return Reason.FIGURE_NO_SRC, "placeholders only"
    icon = _icon_like(g)
    if icon is not None:
        return Reason.FIGURE_NOT_CONTENT, f"icon-like image {icon[:120]}"
    src = next(m.ref.src for m in sorted(g.members, key=preference) if m.ref.src)
    if _in_masthead(c, ctx):
        return Reason.FIGURE_NOT_CONTENT, f"in the site's masthead (a page-level header without the headline) {src[:120]}"
    if _THEME_ASSET.search(src.split("?", 1)[0].split("#", 1)[0]):  # the path (a query may name any folder)
        return Reason.FIGURE_NOT_CONTENT, f"an image of the site's theme or of a plugin {src[:120]}"
    if len(g.members) == 1 and _beacon(c):
        return Reason.FIGURE_NOT_CONTENT, f"a tracking pixel (a script's noscript fallback) {src[:120]}"
    if _AD_SERVER_QUERY.search(src.split("#", 1)[0].partition("?")[2]):
        return Reason.FIGURE_NOT_CONTENT, f"an ad server's banner or impression beacon {src[:120]}"
    if any(url_key(u) in seen_keys for m in g.members for u in m.ref.candidates):
        return Reason.FIGURE_DUPLICATE, "same picture already taken"
    if _in_form_within_body(c, ctx.body):
        return Reason.FIGURE_NOT_CONTENT, f"part of a form in the story's column (a captcha, a button) {src[:120]}"
    in_body = ctx.body in c.chain
    if not in_body:
        if ctx.scope not in c.chain and c.el is not ctx.scope and not _lead_outside_scope(g, c, ctx):
            return Reason.FIGURE_OUTSIDE_BODY, "outside the article"
        found = _unit_found(g, ctx)
        if c.order > ctx.body_start and found.caption is None and found.credit is None:
            return Reason.FIGURE_OUTSIDE_BODY, "after the body start, outside it, neither captioned nor credited"
        if c.order > ctx.body_start and _cut_short(found.caption) and _in_card_list(c, ctx.body):
            return Reason.FIGURE_RELATED, "one of a list of cards after the story, its text cut short (a teaser)"
        if _titled_by_link(_unit(g, ctx), found.caption, ctx):
            return Reason.FIGURE_RELATED, "outside the story, its caption opens with a link to another page (a teaser)"
    link = _link_away(g, c)
    found = _unit_found(g, ctx)
    # a list of cards inside the story whose pictures each carry a caption element of their own is a gallery
    # whose slides link to their photo pages, not a list of teasers
    # (an unmarked line under the picture that carries a photo credit is a caption too: no teaser credits its photo)
    gallery = in_body and (found.source in ("figcaption", "caption_class")
                           or (found.source == "next_text" and found.credit is not None))
    if link is not None and (not found.caption or _teaser_link(link) or (not gallery and _in_card_list(c, ctx.body))):
        return Reason.FIGURE_RELATED, "image linking to another page: uncaptioned, a teaser's text or a card list"
    if link is not None and not gallery and _links_again(_unit(g, ctx), link):
        return Reason.FIGURE_RELATED, "a teaser box: its headline or 'read more' links where the picture links"
    if link is None and not gallery and _photo_page_link(c) and _in_card_list(c, ctx.body):
        return Reason.FIGURE_RELATED, "one of a list of cards linking to photo pages (another story's gallery)"
    if link is not None and asks_to_act(found.caption):
        return Reason.FIGURE_NOT_CONTENT, f"a promotion (links away, asks to act): {found.caption[:80]}"
    if pleads(found.caption):
        return Reason.FIGURE_NOT_CONTENT, f"a paywall or fundraising plea: {found.caption[:80]}"
    if is_service_text(found.caption):
        return Reason.FIGURE_NOT_CONTENT, f"the site's service text (sign-up, comments): {found.caption[:80]}"
    if is_ad_label(found.caption):
        return Reason.FIGURE_NOT_CONTENT, f"an ad: {found.caption}"
    if is_byline(found.caption):
        return Reason.FIGURE_NOT_CONTENT, f"an author's portrait: {found.caption[:80]}"
    if found.caption and _DURATION.search(found.caption):
        return Reason.FIGURE_VIDEO, f"a player's still (its caption gives a running time): {found.caption[-40:]}"
    if _TEMPLATE_FIELD.search(alt := (c.el.get("alt") or "").strip()) and "video" in alt.casefold():
        return Reason.FIGURE_VIDEO, f"a player's still (its alt is a video's unfilled template field): {alt[:80]}"
    if found.caption and (boilerplate_kind(found.caption) == "more" or _KICKER.match(found.caption)):
        return Reason.FIGURE_RELATED, f"a teaser's line under the picture ('Related:', 'PHOTOS ...'): {found.caption[:80]}"
    return None, ""


def _in_form_within_body(c: Candidate, body) -> bool:
    """The picture is inside a <form> that the body holds (a comment form's captcha): a form that holds the
    body is a whole-page form (ASP.NET pages), which says nothing."""
    in_form = False
    for a in c.chain:
        if a is body:
            return in_form
        in_form = in_form or a.tag == "form"
    return False


def _icon_like(g: Group) -> str | None:
    """The URL of a group whose picture is an icon (by its file name or its declared size), else None."""
    if not g.icon_checked:
        g.icon_checked = True
        members = g.members if len(g.members) == 1 else sorted(g.members, key=preference)
        src = next((m.ref.src for m in members if m.ref.src), None)
        if src is not None and (ICON_URL.search(url_key(src)) or _CAMEL_ICON.search(src.rsplit("/", 1)[-1])
                                or _tiny(members[0].el)):
            g.icon = src
    return g.icon


def _beacon(c: Candidate) -> bool:
    """The noscript fallback of an analytics script: a lone img in a noscript set right after a script."""
    noscript = c.el.getparent()
    if c.rank != 2 or noscript is None or noscript.tag != "noscript" or len(noscript) != 1:
        return False
    before = noscript.getprevious()
    return before is not None and before.tag == "script"


def _own_caption_box(g: Group, ctx: Context) -> bool:
    """The picture's caption comes from a figcaption or caption element, or its figcaption holds only the credit
    ("Drawing: Jane Roe"): a captioned picture, which a block only weakly named like a list of links keeps."""
    figcaption = g.figure is not None and next(g.figure.iter("figcaption"), None) is not None
    if not figcaption and g.found is None:
        boxed = _boxed(g, ctx)
        if boxed.caption is None and boxed.credit is None:
            # what the rest of the reading could find (an unmarked line, an attribute, JSON-LD) is never a
            # caption box's: the cards of a weak zone are mostly this, and reading on costs a third of a page
            return False
    found = _unit_found(g, ctx)
    if found.source in ("figcaption", "caption_class"):
        return True
    return bool(found.credit) and figcaption


def _lead_outside_scope(g: Group, c: Candidate, ctx: Context) -> bool:
    """A hero picture above the article element: the og:image, or captioned and close to the body."""
    if ctx.meta.image:
        urls = [u for m in g.members for u in m.ref.candidates]
        if _shows_og_image(urls, ctx.meta.image):
            if g.figure is not None:
                ctx.lead_slots.add(_slot(g.figure))
            return True
        # the next slides of a photo story whose first slide is the og:image: captioned figures of the same
        # shape (tag and class) beside the lead's figure, set outside the (short) text column
        if g.figure is not None and _slot(g.figure) in ctx.lead_slots and _unit_found(g, ctx).caption:
            return True
    if c.order > ctx.body_start:
        return False
    levels = next((i for i, a in enumerate(ctx.body_chain) if a in c.chain), 99)
    if levels > _LEAD_LEVELS:
        return False
    found = _unit_found(g, ctx)
    return bool(found.caption or found.credit)


def _page_picture(g: Group, ctx: Context) -> bool:
    """The picture the page declares its own (og:image), in any of its renditions."""
    return bool(ctx.meta.image) and _shows_og_image([u for m in g.members for u in m.ref.candidates], ctx.meta.image)


def _shows_og_image(urls: list, og_image: str) -> bool:
    """One of urls is the og:image: the same path, the same file stem, or an image server's copy that keeps the
    original's path (folders and all) at the end of its own (`https://cdn.example/opt/site.example/up/x.jpg`)."""
    stem, key = url_stem(og_image), url_key(og_image)
    keys = {url_key(u) for u in urls}
    return key in keys or bool(stem and stem in {url_stem(u) for u in urls}) \
        or key.count("/") >= _OG_PATH_FOLDERS and any(k.endswith(key) for k in keys)


_OG_PATH_FOLDERS = 3  # slashes in an og:image path long enough to know its copy by (/wp-content/uploads/x.jpg)


def _slot(figure) -> tuple:
    return figure.getparent(), figure.tag, figure.get("class")


def _link_away(g: Group, c: Candidate):
    """The link around a teaser thumbnail (to another article); content images link nowhere or to their
    full size. A card links its whole figure, so the search goes up to the figure and a level above it.
    None when the picture links nowhere else."""
    chain = [a for a in c.chain if a.tag != "source"]  # libxml2 nests <source>s around the img
    top = chain.index(g.figure) + 2 if g.figure is not None and g.figure in chain[:6] else 3
    for i, a in enumerate(chain[:_CARD_LINK_LEVELS]):
        if a.tag == "a":
            if i >= top and not _teaser_link(a):
                return None  # far above the picture, only a card's link (around its headline too) counts
            href = (a.get("href") or "").strip()
            if "attachment" in (a.get("rel") or "").lower().split():
                return None  # the picture's own viewer page, as a CMS links it (WordPress: rel="attachment")
            return a if href and not href.startswith("#") and not _IMAGE_HREF.search(href) else None
    return None


_CARD_LINK_LEVELS = 6  # a card's link around its picture (nested in picture, ratio and media boxes) and its headline


def _in_masthead(c: Candidate, ctx: Context) -> bool:
    """The picture sits in the page's own <header> (the site's masthead: logo, banner, tagline), outside any
    article or main element, and that header does not hold the headline (a story's hero header does)."""
    header = next((a for a in c.chain if a.tag == "header"), None)
    if header is None or ctx.body in c.chain or any(a.tag in ("article", "main") for a in header.iterancestors()) \
            or next(header.iterdescendants("article", "main"), None) is not None:
        return False
    return not any(_is_headline(" ".join(h.itertext()), ctx) for h in header.iter("h1", "h2", "h3"))


def _links_again(unit, link) -> bool:
    """Another link in the picture's box, with text, goes where the picture's link goes: a teaser of another
    story (its headline, a "read more"), set in the story or beside it."""
    if unit is None:
        return False
    href = (link.get("href") or "").strip()
    return any(a is not link and (a.get("href") or "").strip() == href and clean(" ".join(a.itertext()))
               for a in unit.iter("a"))


def _titled_by_link(unit, caption: str | None, ctx: Context) -> bool:
    """The caption opens with a link to another page, as a slider's or a card's title does ("<a>Title</a>
    Summary"); a caption of the story's own picture links, if at all, inside its text or in the credit, and the
    story's own headline (linking to itself) is no other page."""
    if not caption or unit is None:
        return False
    for a in unit.iter("a"):
        href = (a.get("href") or "").strip()
        title = clean(" ".join(a.itertext()))
        if href and not href.startswith("#") and not _IMAGE_HREF.search(href) and title and not _has_picture(a):
            return caption.startswith(title) and not _is_headline(title, ctx)
    return False


def _photo_page_link(c: Candidate) -> bool:
    """The picture links to a page in a photo section ("/photo/....html"): its own enlarged view, or, from a
    card in a list of cards, another story's gallery."""
    a = next((a for a in c.chain[:3] if a.tag == "a"), None)
    href = (a.get("href") or "") if a is not None else ""
    return bool(_PAGE_HREF.search(href) and _IMAGE_HREF.search(href))


# "2:43 min", "03:07 Min.": the running time a video or audio player shows under its still; "2:34 Title": a video
# card's running time before its title (a clock time says "a.m.", "Uhr", "h")
_DURATION = re.compile(r"\b\d{1,2}:\d{2}\s*(?:min|Min|mins|minutes|Minuten)\b\.?|^\d{1,2}:\d{2}\s+"
                       r"(?!(?:[ap]\.?m\b|Uhr\b|h\b|hrs?\b|horas?\b|heures?\b|GMT\b|UTC\b))[^\W\d_]")
_CARD_LEVELS = 7  # how far above the picture a card of a list of cards may start


def _in_card_list(c: Candidate, body) -> bool:
    """The picture sits in one of several sibling cards of the same shape, each with a picture: a list of
    teasers (related stories, a section front), whatever the class names say."""
    for a in [a for a in c.chain if a.tag != "source"][:_CARD_LEVELS]:
        parent = a.getparent()
        if a is body or parent is None:
            return False
        shape = (a.tag, a.get("class"))
        twins = [s for s in parent if s is not a and (s.tag, s.get("class")) == shape]
        if len(twins) >= 2 and sum(_has_picture(s) for s in twins[:4]) >= 2:
            return not _holds_prose(parent)  # figures set between the story's paragraphs are no cards
    return False


def _cut_short(text: str | None) -> bool:
    """A teaser's text cut at a fixed length: it ends in an ellipsis mid-sentence."""
    return bool(text) and text.rstrip().endswith(("...", "…")) and text.rstrip(" .…")[-1:] not in ".!?"


def _holds_prose(el) -> bool:
    return any(len(clean("".join(p.itertext()))) >= 100 for p in el.iterchildren("p"))


def _has_picture(el) -> bool:
    return next(el.iterdescendants("img", "picture", "amp-img"), None) is not None


def _teaser_link(a) -> bool:
    """The link wraps text besides the picture (a card's headline): the whole card is the teaser."""
    return any(t.strip() for t in a.itertext())


_STYLE_SIZE = re.compile(r"(?:^|;)\s*(?:width|height)\s*:\s*(\d+)px", re.I)


def _tiny(el) -> bool:
    """Declared (or styled) at icon size."""
    for attr in ("width", "height"):
        v = el.get(attr)
        if v and v.strip().isdigit() and 0 < int(v) <= _TINY:  # 0: a lazy box sized later, not a pixel
            return True
    style = el.get("style")
    return bool(style) and any(0 < int(v) <= _TINY for v in _STYLE_SIZE.findall(style))


def _unit(g: Group, ctx: Context):
    """The smallest wrapper that holds this picture's caption: its <figure>, else grow a few levels (found once
    a group: the verdict asks for it several times)."""
    if g.figure is not None:
        return g.figure
    if g.unit is not None:
        return g.unit
    node, levels = min(g.members, key=preference).el, 0
    while levels < _UNIT_LEVELS:
        parent = node.getparent()
        levels += parent is not None and parent.tag not in WRAPPING
        if parent is None or parent is ctx.body or parent is ctx.scope or ctx.holders.get(parent, 0) > 1:
            break
        if _holds_more_text(parent, _MAX_UNIT_TEXT):
            break
        node = parent
    g.unit = node
    return node


def _holds_more_text(el, limit: int) -> bool:
    """len(clean(text of el)) > limit, reading el's text only as far as needed (the wrappers climbed may hold
    a whole column). Cleaning a prefix never gives a longer text than cleaning all of it, so a prefix over the
    limit decides; the checks come at doubling lengths so that white space between tags stays linear."""
    parts, raw, check_at = [], 0, limit
    for t in el.itertext():
        parts.append(t)
        raw += len(t)
        if raw > check_at:
            if len(clean("".join(parts))) > limit:
                return True
            check_at = 2 * raw
    return raw > limit and len(clean("".join(parts))) > limit


def _unit_found(g: Group, ctx: Context) -> Found:
    if g.found is None:
        g.found = _read_found(g, ctx)
    return g.found


def _read_found(g: Group, ctx: Context) -> Found:
    found = _read_caption(g, ctx)
    if found.caption and ("".join(found.caption.split()).casefold() in ctx.meta.site_names
                          or is_aside(found.caption) or _TEMPLATE_FIELD.search(found.caption)):
        # the site's name beside the picture (a watermark line), a line about the site or the story: no caption
        return Found(None, found.credit, None)
    if found.caption and found.source not in ("figcaption", "caption_class") and _headline_in_box(g, ctx, found):
        # the headline set over the lead picture (an overlay), read as the picture's unmarked line: no caption
        return Found(None, found.credit, None)
    return found


# A kicker in capitals naming another page's kind of content ("PHOTOS Road to the White House", "VIDEO: ..."): the
# line of a teaser for a gallery or a clip, not a caption of the story's picture
_KICKER = re.compile(r"(?:PHOTOS?|VIDEOS?|GALLERY|SLIDESHOW|WATCH|LISTEN|PODCAST)\b:?\s+\S")


# A template's field left unfilled ("items.[0].caption", "{{ image.caption }}", "${caption}"): the page's script
# fills it in, and the raw page shows the field's name
_TEMPLATE_FIELD = re.compile(r"\{\{.*\}\}|\$\{\w|^\w+(?:\.\[?\w+\]?)*\.\[\w+\](?:\.\w+)*$")


def _headline_in_box(g: Group, ctx: Context, found: Found) -> bool:
    """The caption read for the picture is the page's headline, shown in the picture's box only as the headline's
    own heading (a title overlaid on the lead picture). A line under the picture that repeats the headline is the
    editor's caption and stays."""
    if not _is_headline(found.caption, ctx):
        return False
    unit = _unit(g, ctx)
    if unit is None or unit is ctx.body or next(unit.iter("h1", "h2"), None) is None:
        return False
    return clean(found.caption).casefold() not in clean(" ".join(_text_beside_headings(unit))).casefold()


def _text_beside_headings(el):
    """The text of el, its h1 and h2 headings left out."""
    if el.tag not in ("h1", "h2"):
        if el.text:
            yield el.text
        for child in el:
            if isinstance(child.tag, str):
                yield from _text_beside_headings(child)
            if child.tail:
                yield child.tail


def _boxed(g: Group, ctx: Context) -> Found:
    """The caption and credit that the picture's wrapper holds, or the box right after it."""
    if g.boxed is None:
        unit = _unit(g, ctx)
        found = read_unit(unit)
        if found.caption is None and unit is not ctx.body:
            after = sibling_caption(unit)  # a credit on the picture, its caption in a box after it
            if after.caption or found.credit is None:
                found = Found(after.caption, found.credit or after.credit, after.source)
        g.boxed = found
    return g.boxed


def _read_caption(g: Group, ctx: Context) -> Found:
    unit = _unit(g, ctx)
    found = _boxed(g, ctx)
    if found.caption is None and found.credit is None:
        found = plain_caption(min(g.members, key=preference).el, ctx.body)
    if found.caption is None:
        attr = from_attribute(_data_caption(g, unit))
        if attr.caption and not _is_headline(attr.caption, ctx):
            return Found(attr.caption, found.credit or attr.credit, attr.source)
    if found.caption is None and found.credit is None:
        keys = {url_key(u) for m in g.members for u in m.ref.candidates}
        for im in ctx.meta.images:
            if im.caption and url_key(im.url) in keys and not _is_headline(im.caption, ctx) \
                    and _shown_on_page(im.caption, g.members[0].el):
                return Found(*_split_ld(im.caption, im.credit), "json_ld")
    return found



_UNSHOWN = {"script", "style", "head", "title", "noscript", "template", "textarea"}


def _shown_on_page(text: str, el) -> bool:
    """The page shows this text (a JSON-LD caption is a map to the markup, not a caption of its own): some
    text of the page, outside scripts and attributes, opens with it. CMSs fill ImageObject captions with the
    alt text or an unshown summary."""
    want = clean(text)[:40].casefold()
    if not want:
        return False
    for node in el.getroottree().getroot().iter():
        if not isinstance(node.tag, str) or node.tag in _UNSHOWN:
            continue
        for t in (node.text, node.tail):
            if t and clean(t[:400]).casefold().startswith(want):
                return True
    return False


def _is_headline(text: str, ctx: Context) -> bool:
    """CMSs and gallery scripts fill a picture's caption with the headline when the editor wrote none."""
    return clean(text).casefold() in ctx.meta.headlines


_CAPTION_ATTRS = ("data-caption", "data-image-caption")


def _data_caption(g: Group, unit) -> str | None:
    """A caption a gallery script shows, kept on the img or on a wrapper up to the unit."""
    for m in g.members:
        for el in [m.el] + m.chain[:_UNIT_LEVELS + 3]:
            for attr in _CAPTION_ATTRS:
                if el.get(attr) and not (el.tag == "a" and _IMAGE_HREF.search(el.get("href") or "")):
                    return el.get(attr)
            if el is unit or el is None:
                break
    return None


def _split_ld(caption: str, credit: str | None) -> tuple[str | None, str | None]:
    from .credits import split_credit
    cap, cred = split_credit(caption)
    return cap, credit or cred


def _address(u: str, ctx: Context) -> str | None:
    """The picture's address to publish and look up: none for a copy a browser saved beside the page, nor for
    a file: URL (a path on the disk of whoever saved the page, no address anyone can fetch)."""
    if in_saved_folder(u, ctx.ref.path):
        return None
    a = absolute(u, ctx.base)
    return None if a and a[:5].lower() == "file:" else a


def _figure(g: Group, ctx: Context, index: int) -> Figure:
    ordered = sorted(g.members, key=preference)
    src = next(m.ref.src for m in ordered if m.ref.src)
    largest = next((m.ref.largest for m in ordered if m.ref.largest), src)
    # a browser's "save page, complete" rewrites src to its copy in the page's folder and leaves a lazy-loading
    # script's data-src (the web address, read first above) as it was: the copy is the picture the user holds
    saved = next((u for m in ordered for u in m.ref.candidates if in_saved_folder(u, ctx.ref.path)), None)
    if saved is not None and not in_saved_folder(src, ctx.ref.path):
        src = saved
    alts: list[str] = []
    for m in ordered:
        for u in m.ref.candidates:
            a = _address(u, ctx)
            if a and a not in alts:
                alts.append(a)
    url = _address(largest, ctx)
    found = _unit_found(g, ctx)
    alt = next((clean(m.el.get("alt")) for m in ordered if m.el.get("alt")), None) or None
    embedded = embedded_bytes(_embedding_elements(g), url) if url and url.startswith("data:") else None
    return Figure(index=index, src=src, url=url, alternatives=[a for a in alts if a != url],
                  caption=found.caption, credit=found.credit, alt=alt, caption_source=found.source,
                  embedded=embedded)


def _embedding_elements(g: Group):
    """The elements whose attributes may hold a picture embedded in the page: each member, the wrappers its
    URLs are read from, and their <source>s."""
    for m in g.members:
        chain = [m.el, *itertools.islice(m.el.iterancestors(), 3)]
        yield from chain
        for wrapper in chain[1:]:
            yield from wrapper.iter("source")
