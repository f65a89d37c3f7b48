"""Article metadata from JSON-LD (@graph too), OpenGraph and meta tags, with fallbacks."""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                 "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "liveblogposting",
                 "techarticle", "scholarlyarticle", "webpage"}


@dataclass(slots=True)
class LdImage:
    """An ImageObject of the page's JSON-LD."""

    url: str
    caption: str | None = None
    credit: str | None = None


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    url: str | None = None
    published: datetime | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    language: str | None = None
    section: str | None = None
    images: list[LdImage] = field(default_factory=list)
    image: str | None = None  # og:image / twitter:image: the lead picture, when the page shows it
    declared_article: bool = False  # JSON-LD article type or og:type article: the page says it is one
    headlines: set[str] = field(default_factory=set)  # the article's title as the page writes it, case-folded
    site_names: set[str] = field(default_factory=set)  # the site's name (og:site_name, the title's tail), no spaces


def parse_date(value: str | None) -> datetime | None:
    """ISO-like date (or the e-mail form, or a year-first stamp) -> aware UTC datetime (naive: taken as UTC)."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip().replace("Z", "+00:00")
    v = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", v)  # +0100 -> +01:00
    try:
        dt = datetime.fromisoformat(v)
    except ValueError:
        dt = _other_form(value.strip())
        if dt is None:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    if not 1900 <= dt.year <= datetime.now(timezone.utc).year + 1:
        return None  # CMS placeholders such as 0001-01-01 are no publication date
    return dt.astimezone(timezone.utc)


# a stamp that opens with the date, year first: "2024-03-05 09:30 CET", "2016/03/19 08:15", "2013-6-6"
_YEAR_FIRST = re.compile(r"(\d{4})[-/](\d\d?)[-/](\d\d?)(?!\d)")


def _other_form(value: str) -> datetime | None:
    """A date not in ISO 8601: the e-mail form that feeds and some CMSs write ("Wed, 28 Nov 2012 20:38:44
    +0100"), else the date alone of a stamp that opens year first. Forms that could be read two ways
    (05/03/2024) or need a language's month names are not guessed."""
    try:
        dt = parsedate_to_datetime(value)
        if str(dt.year) in value:  # not a two-digit year it filled in ("01 Jan 0001", a placeholder: 2001)
            return dt
    except (TypeError, ValueError, IndexError):
        pass
    m = _YEAR_FIRST.match(value)
    try:
        return datetime(*map(int, m.groups())) if m else None
    except ValueError:  # month 13, day 32
        return None


def _names(value) -> list[str]:
    """JSON-LD author/creator values (str, dict, list) -> names."""
    items = value if isinstance(value, list) else [value]
    out = []
    for it in items:
        name = it.get("name") if isinstance(it, dict) else it
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str) and name.strip() and not name.startswith("http"):
            out.append(name.strip())
    return out


def _walk_ld(data) -> list[dict]:
    """All objects of a JSON-LD blob, flattening lists and @graph."""
    out, stack = [], [data]
    while stack:
        d = stack.pop()
        if isinstance(d, list):
            stack.extend(reversed(d))
        elif isinstance(d, dict):
            out.append(d)
            if "@graph" in d:
                stack.append(d["@graph"])
    return out


def _types(d: dict) -> set[str]:
    t = d.get("@type")
    return {x.lower() for x in (t if isinstance(t, list) else [t]) if isinstance(x, str)}


def _ld_images(value) -> list[LdImage]:
    out = []
    for it in value if isinstance(value, list) else [value]:
        if isinstance(it, dict):
            url = it.get("url") or it.get("contentUrl")
            credit = it.get("creditText") or (_names(it.get("copyrightHolder") or it.get("author") or []) or [None])[0]
            if isinstance(url, str):
                out.append(LdImage(url, it.get("caption") if isinstance(it.get("caption"), str) else None,
                                   credit if isinstance(credit, str) else None))
    return out


def _apply_ld(meta: PageMeta, d: dict) -> None:
    """Fill empty fields of meta from one article object."""
    def first(*keys):
        for k in keys:
            v = d.get(k)
            if isinstance(v, list):
                v = v[0] if v else None
            if isinstance(v, str) and v.strip():
                return v.strip()
        return None
    meta.title = meta.title or first("headline", "name")
    meta.url = meta.url or first("url", "mainEntityOfPage")
    meta.published = meta.published or parse_date(first("datePublished", "dateCreated"))
    meta.authors = meta.authors or _names(d.get("author") or d.get("creator") or [])
    meta.section = meta.section or first("articleSection")
    meta.language = meta.language or first("inLanguage")
    pub = d.get("publisher")
    if isinstance(pub, dict) and isinstance(pub.get("name"), str):
        meta.site = meta.site or pub["name"]
    meta.images.extend(_ld_images(d.get("image") or d.get("associatedMedia") or []))


def read_json_ld(blobs: list[str], meta: PageMeta) -> None:
    for blob in blobs:
        try:
            data = json.loads(blob)
        except ValueError:  # many pages ship JSON-LD with trailing commas or raw newlines
            try:
                data = json.loads(blob, strict=False)
            except ValueError:
                log.debug("unparsable JSON-LD skipped")
                continue
        for d in _walk_ld(data):
            types = _types(d)
            if types & ARTICLE_TYPES:
                _apply_ld(meta, d)
                meta.declared_article = meta.declared_article or bool(types - {"webpage"})
            elif "imageobject" in types:
                meta.images.extend(_ld_images(d))


def read_meta_tags(tags: dict[str, str], meta: PageMeta) -> None:
    """OpenGraph / article: / Dublin Core / plain meta fallbacks (keys lower-cased)."""
    g = tags.get
    meta.title = meta.title or g("og:title") or g("twitter:title")
    meta.url = meta.url or g("og:url")
    meta.published = meta.published or parse_date(
        g("article:published_time") or g("datepublished") or g("pubdate") or g("date") or g("dc.date")
        or g("sailthru.date") or g("publish-date"))
    if not meta.authors:
        a = g("author") or g("article:author") or g("sailthru.author") or g("dc.creator")
        if a and not a.startswith("http"):
            meta.authors = [x.strip() for x in re.split(r",| and ", a) if x.strip()]
    meta.site = meta.site or g("og:site_name") or g("application-name")
    meta.declared_article = meta.declared_article or (g("og:type") or "").lower() == "article"
    meta.headlines.update(" ".join(t.split()).casefold() for t in (g("og:title"), g("twitter:title")) if t)
    meta.image = g("og:image") or g("og:image:url") or g("twitter:image") or g("twitter:image:src")
    meta.section = meta.section or g("article:section") or g("section")
    meta.language = meta.language or g("og:locale") or g("content-language") or g("language")


def lang2(value: str | None) -> str | None:
    """'en-GB' / 'fr_FR' / 'DE' -> 'en' / 'fr' / 'de'."""
    if not value:
        return None
    m = re.match(r"\s*([A-Za-z]{2})(?:[-_]|$)", value)
    return m.group(1).lower() if m else None


def domain_of(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host[4:] if host and host.startswith("www.") else host
