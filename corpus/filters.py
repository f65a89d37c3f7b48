"""filters: rules that return a Reason or None; the first rule that fires rejects the sample.

Rules are pure functions of one sample in REGISTRY order (specific reasons before generic ones,
so "Getty Images" is boilerplate, not merely too short). The duplicate-in-article check needs
state across samples and runs last, in `run`, over samples every rule kept.
"""
from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from functools import lru_cache
from typing import Callable, Iterable, Iterator
from urllib.parse import unquote, urlsplit

from .annotate import count_words, detect_language
from .config import FilterConfig
from .extract.credits import is_bare_credit
from .records import Sample
from .rejects import Ledger, Reason

STAGE = "filter"

Rule = Callable[[Sample, FilterConfig], "Reason | None"]

# Whole captions that say nothing about the picture: UI labels, placeholders and bare credits,
# in the languages of the sources we see. Compared after `comparable()` (case, end punctuation).
BOILERPLATE: tuple[str, ...] = (
    # English
    "image", "images", "photo", "photos", "photograph", "picture", "pic", "gallery", "photo gallery",
    "click to enlarge", "click image to enlarge", "click to expand", "enlarge this image", "enlarge image",
    "enlarge", "expand", "zoom", "view gallery", "view image", "view larger image", "open gallery",
    "see gallery", "launch gallery", "advertisement", "sponsored", "sponsored content", "handout",
    "handout photo", "file photo", "file", "file image", "stock photo", "stock image", "placeholder",
    "no caption", "untitled", "caption", "image caption", "media caption", "hide caption",
    "toggle caption", "thumbnail", "image unavailable", "image not available", "loading",
    "getty images", "getty", "reuters", "ap", "ap photo", "associated press", "afp", "afp photo",
    "afp via getty images", "epa", "epa-efe", "pa", "pa wire", "pa media", "shutterstock", "istock",
    "istockphoto", "alamy", "alamy stock photo", "supplied", "courtesy photo", "contributed photo",
    # German
    "bild", "bilder", "foto", "fotos", "bild vergrößern", "bild vergroessern", "vergrößern",
    "zum vergrößern klicken", "zum vergrößern anklicken", "bildergalerie", "fotostrecke", "anzeige",
    "werbung", "symbolbild", "archivbild", "archivfoto", "dpa", "foto: dpa",
    # French
    "agrandir", "agrandir l'image", "agrandir l’image", "cliquez pour agrandir", "publicité",
    "illustration", "photo d'illustration", "photo d’illustration", "photo d'archives",
    "photo d’archives", "diaporama", "galerie photo",
    # Spanish / Portuguese / Italian / Dutch
    "imagen", "fotografía", "ampliar", "ampliar imagen", "haz clic para ampliar", "publicidad",
    "foto de archivo", "galería", "imagem", "clique para ampliar", "publicidade", "foto de arquivo",
    "galeria", "immagine", "ingrandisci", "clicca per ingrandire", "pubblicità", "foto d'archivio",
    "foto d’archivio", "afbeelding", "vergroten", "klik om te vergroten", "advertentie", "archieffoto",
)
# Camera/CMS file names without their extension, slide counters, auto alt texts.
BOILERPLATE_PATTERNS = (
    re.compile(r"^(?:img|dsc|dscn|dscf|dcim|pxl|mvimg|gopr|photo|image|screenshot)[ _-]?\d[\w-]*(?:\.[a-z]{3,4})?$", re.I),
    # the names macOS gives screenshots: "Screenshot 2023-01-01 at 10.00.00", "Screen Shot 2020-05-01 at 3.45.12 PM"
    re.compile(r"^screen ?shot[ _-]?\d{4}-\d\d-\d\d(?: at [\d.]+(?: [ap]m)?)?(?:\.[a-z]{3,4})?$", re.I),
    re.compile(r"^p\d{7}$", re.I),  # Panasonic/Olympus "P1010123"
    re.compile(r"^(?:image|photo|picture|slide|bild|foto)?\s*\d+\s*(?:of|/|von|de|sur|di)\s*\d+$", re.I),
    re.compile(r"^image may contain\b", re.I),  # Facebook's automatic alt text
)

_IMAGE_EXT = r"(?:jpe?g|png|gif|webp|avif|heic|tiff?|bmp|svg)"
# a file name, spaces allowed ("Screen Shot 2020-05-01 at 3.45.12 PM.png", "photo 1.jpg") but no sentence in it
_FILENAME = re.compile(rf"^(?![^/]*[.!?,;:]\s)[^\s/][^/]{{0,120}}\.{_IMAGE_EXT}$", re.I)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
_EDGE_PUNCT = re.compile(r"^[\W_]+|[\W_]+$")
_SLUG_SEP = re.compile(r"[\s_\-+.]+")
_TITLE_SITE_SEP = re.compile(r"\s+[|\-–—:·•]\s+")  # "Headline | Site", "Headline - BBC News"
_RECENT_ARTICLES = 64  # articles whose captions are remembered; samples of one article arrive together


def comparable(text: str) -> str:
    """Case-folded, single-spaced, without punctuation at the ends: the form rules compare."""
    return _EDGE_PUNCT.sub("", " ".join(text.casefold().split()))


def _slug(text: str) -> str:
    """'Hong_Kong-protest.jpg' and 'Hong Kong protest' compare equal."""
    return _SLUG_SEP.sub(" ", text.casefold()).strip()


def _file_stem(url: str | None) -> str | None:
    if not url:
        return None
    try:
        name = os.path.basename(unquote(urlsplit(url).path))
    except ValueError:  # "http://[bad/x.jpg": not a URL whose file name could be a caption
        return None
    stem = _RESIZED.sub("", re.sub(rf"\.{_IMAGE_EXT}$", "", name, flags=re.I))
    return _slug(stem) or None


# what a CMS appends to an uploaded file's name for the copies it serves: a size ("-1024x683"), WordPress's
# "-scaled" copy of a large upload and its "-e1634567890123" of an edited one
_RESIZED = re.compile(r"(?:-e\d{10,13})?(?:-scaled|-rotated)?(?:[-_]\d{2,5}x\d{2,5})?$", re.I)


_CREDIT_JOIN = re.compile(r"\s*(?:/|,|&|\+|\bvia\b)\s*")  # "AFP/Getty Images", "AP via Reuters"


@lru_cache(maxsize=8)
def _phrases(extra: tuple[str, ...]) -> frozenset[str]:
    # casefold() turns "ß" into "ss": the table goes through the same folding as the captions
    return frozenset(comparable(b) for b in BOILERPLATE + extra)


def is_boilerplate(caption: str, extra: tuple[str, ...] = ()) -> bool:
    """A UI label, placeholder, camera file name or bare agency credit(s)."""
    text = comparable(caption)
    phrases = _phrases(extra)
    if text in phrases or any(p.search(text) for p in BOILERPLATE_PATTERNS):
        return True
    parts = [p for p in _CREDIT_JOIN.split(text) if p]
    return len(parts) > 1 and all(p in phrases for p in parts)


def caption_is_boilerplate(s: Sample, cfg: FilterConfig) -> Reason | None:
    """A UI label or placeholder, or a caption that is only a photo credit ("Jane Roe/Getty Images",
    "Photograph: Jane Roe for Example"): a text scrape keeps such a caption whole for this rule to judge."""
    if is_boilerplate(s.caption, cfg.boilerplate) or is_bare_credit(s.caption):
        return Reason.FILTER_BOILERPLATE
    return None


def caption_is_filename(s: Sample, cfg: FilterConfig) -> Reason | None:
    """A URL, a file name, or the image's own file name (CMS fills empty captions with it)."""
    text = s.caption.strip()
    if _URL.match(text) or _FILENAME.match(text):
        return Reason.FILTER_FILENAME
    slug = _slug(_EDGE_PUNCT.sub("", text))
    if slug and slug in {_file_stem(s.image_url), _file_stem(s.image_src)}:
        return Reason.FILTER_FILENAME
    return None


def caption_is_headline(s: Sample, cfg: FilterConfig) -> Reason | None:
    """The headline repeated under the lead image describes the story, not the picture."""
    if not s.article_title:
        return None
    title = comparable(s.article_title)
    candidates = {title, comparable(_TITLE_SITE_SEP.split(s.article_title)[0])}
    return Reason.FILTER_HEADLINE if comparable(s.caption) in candidates else None


def _words(s: Sample) -> int:
    return s.caption_words or count_words(s.caption)


def caption_too_short(s: Sample, cfg: FilterConfig) -> Reason | None:
    return Reason.FILTER_TOO_SHORT if _words(s) < cfg.min_caption_words else None


def caption_too_long(s: Sample, cfg: FilterConfig) -> Reason | None:
    return Reason.FILTER_TOO_LONG if _words(s) > cfg.max_caption_words else None


def language_not_allowed(s: Sample, cfg: FilterConfig) -> Reason | None:
    """Short captions rarely get a confident language: the article's language stands in.
    With an allow-list, a caption whose language cannot be told at all is rejected."""
    if not cfg.languages:
        return None
    lang = s.caption_language or detect_language(s.caption) or s.article_language
    return None if lang in cfg.languages else Reason.FILTER_LANGUAGE


REGISTRY: list[Rule] = [
    caption_is_boilerplate,
    caption_is_filename,
    caption_is_headline,
    caption_too_short,
    caption_too_long,
    language_not_allowed,
]


def check(s: Sample, cfg: FilterConfig) -> Reason | None:
    """The first reason in REGISTRY order, or None when the sample passes every rule."""
    for rule in REGISTRY:
        reason = rule(s, cfg)
        if reason is not None:
            return reason
    return None


class _ArticleCaptions:
    """Caption hashes of the most recent articles (bounded memory, order of arrival)."""

    def __init__(self, max_articles: int = _RECENT_ARTICLES):
        self.max_articles = max_articles
        self.by_article: OrderedDict[str, set[bytes]] = OrderedDict()

    def seen_before(self, article_id: str, caption: str) -> bool:
        """True when this article already had this caption; remembers it otherwise."""
        key = hashlib.blake2b(comparable(caption).encode("utf-8"), digest_size=12).digest()
        seen = self.by_article.setdefault(article_id, set())
        self.by_article.move_to_end(article_id)
        if len(self.by_article) > self.max_articles:
            self.by_article.popitem(last=False)
        if key in seen:
            return True
        seen.add(key)
        return False


def _detail(s: Sample, reason: Reason, cfg: FilterConfig) -> str:
    if reason is Reason.FILTER_LANGUAGE:
        return f"language={s.caption_language or s.article_language or 'unknown'}: {s.caption[:200]}"
    return s.caption[:200]


def run(samples: Iterable[Sample], cfg: FilterConfig, ledger: Ledger) -> Iterator[Sample]:
    """Stage 'filter': every sample is seen, then kept or rejected with the first reason."""
    recent = _ArticleCaptions()
    for s in samples:
        ledger.see(STAGE)
        reason = check(s, cfg)
        if reason is None and recent.seen_before(s.article_id, s.caption):
            reason = Reason.FILTER_DUPLICATE_IN_ARTICLE
        if reason is not None:
            ledger.reject(STAGE, reason, s.provenance, detail=_detail(s, reason, cfg), id=s.id)
            continue
        ledger.keep(STAGE)
        yield s
