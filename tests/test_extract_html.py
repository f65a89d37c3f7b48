"""The HTML extractor, one markup rule per test, on small made-up pages (and, for encodings, real pages re-encoded)."""
import gzip
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from corpus.config import ExtractConfig
from corpus.extract import NotArticle, extract_article
from corpus.extract.html import decode_html, extract_html, figure_rows
from corpus.records import RawDoc, SourceRef
from corpus.rejects import Ledger, Reason

BODY = "".join(f"<p>Paragraph {i} of the story tells what the council decided about the new tram line "
               f"and why the residents of the valley objected to the route.</p>" for i in range(4))


def page(figures: str, head: str = "", after: str = "", lang: str = "en") -> bytes:
    return (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'>{head}"
            f"<link rel='canonical' href='https://news.example.com/2024/05/tram.html'></head><body>"
            f"<nav><a href='/'><img src='/static/site-logo.png' width='120' height='40'></a></nav>"
            f"<article><h1>Tram line approved</h1><div class='story-body'>{figures}{BODY}{after}</div></article>"
            f"<footer><p>Copyright Example News, all rights reserved, every day of the year.</p></footer>"
            f"</body></html>").encode("utf-8")


def run(content: bytes, **kw):
    ledger = Ledger()
    doc = RawDoc(SourceRef("page.html", sha256="ab" * 32), "html", content, **kw)
    art = extract_html(doc, ExtractConfig(), ledger)
    assert not ledger.unbalanced()
    return art, ledger


def test_figcaption_with_credit_element():
    art, _ = run(page("<figure><img src='/img/tram-depot.jpg' alt='Depot'>"
                      "<figcaption>Workers at the depot on Monday <span class='credit'>Jane Roe/Example</span>"
                      "</figcaption></figure>"))
    (f,) = art.figures
    assert (f.caption, f.credit, f.caption_source) == ("Workers at the depot on Monday", "Jane Roe/Example",
                                                       "figcaption")
    assert f.src == "/img/tram-depot.jpg"
    assert f.url == "https://news.example.com/img/tram-depot.jpg"
    assert f.alt == "Depot" and f.position == 0


def test_a_box_classed_as_the_pictures_source_holding_a_short_sentence_and_its_credit_is_the_caption():
    # the text under a picture sits in an element named for its source; a sentence of nine words with its credit
    # after it is a caption, as one past 14 words or ending its sentence is (the credit hid the full stop)
    art, _ = run(page("<div class='image'><img src='/img/market.jpg'><div class='image__source'>"
                      "<span class='image__source_text'><p>Shoppers choose food at the market on its first night."
                      " (Photo: Kim Ha)</p></span></div></div>"
                      "<div class='image'><img src='/img/gate.jpg'><span class='image__source_text'>Photo: Kim Ha"
                      "</span></div>"))
    assert [(f.caption, f.credit) for f in art.figures] == [
        ("Shoppers choose food at the market on its first night.", "Photo: Kim Ha"), (None, "Photo: Kim Ha")]


def test_inline_credit_is_split_off():
    art, _ = run(page("<figure><img src='a/tram.jpg'><figcaption>The new stop. Photograph: Jane Roe/Example"
                      "</figcaption></figure>"))
    assert (art.figures[0].caption, art.figures[0].credit) == ("The new stop.", "Photograph: Jane Roe/Example")


def test_lazy_placeholder_never_wins_and_srcset_largest_is_url():
    art, _ = run(page("<figure><img src='data:image/gif;base64,R0lGOD' data-src='/i/stop-640.jpg' "
                      "data-srcset='/i/stop-320.jpg 320w, /i/stop-1280.jpg 1280w, /i/stop-640.jpg 640w'>"
                      "<figcaption>The stop at night</figcaption></figure>"))
    f = art.figures[0]
    assert f.src == "/i/stop-640.jpg"
    assert f.url == "https://news.example.com/i/stop-1280.jpg"
    assert "https://news.example.com/i/stop-320.jpg" in f.alternatives


@pytest.mark.parametrize("url", [
    "/wp-content/uploads/2024/05/tram.jpg", "/wp-content/uploads/2024/05/loading.gif", "/img/preloader.GIF",
    "/a/Loader.png", "/i/lazy-load.png", "#main", " #", "/", "/static/1x1.gif", "/px/1x1/a.png",
    "/i/blank.gif", "/i/no-image.png", "/i/default_thumb.jpg", "/i/dot.gif", "/i/dotcom.jpg", "/i/grey.png",
    "/media/dummy.jpg", "/img/fallback.svg", "about:blank", "javascript:void(0)", "/img/İstanbul-loading.gif",
    "/K/LAZY.gif", "/cdn/photo-of-the-download.jpg", "/upload/defaults/a.jpg", "/i/transparent.png"])
def test_placeholder_shortcut_agrees_with_the_pattern(url):
    """is_placeholder skips its pattern when no word the pattern needs is in the URL: that shortcut must
    never change the answer (a new branch of the pattern needs its word in _PLACEHOLDER_WORDS)."""
    from corpus.extract import urls
    assert urls.is_placeholder(url) == bool(urls._PLACEHOLDER.search(url.strip()[:300]))


def test_picture_sources_and_noscript_twin_are_one_figure():
    art, ledger = run(page("<figure><picture><source srcset='/p/a.webp 800w' type='image/webp'>"
                           "<img src='/p/spacer.gif' data-original='/p/a.jpg'></picture>"
                           "<noscript><img src='/p/a.jpg'></noscript>"
                           "<figcaption class='caption'>A tram on the bridge</figcaption></figure>"))
    assert len(art.figures) == 1 and art.figures[0].src == "/p/a.jpg"
    assert ledger.counts["figures"].rejected[Reason.FIGURE_DUPLICATE.value] == 1


def test_lazy_wrapper_and_figure_itemid():
    art, _ = run(page("<figure><div class='js-delayed-image-load' data-src='https://cdn.example.com/x/depot.jpg'>"
                      "</div><figcaption>The depot</figcaption></figure>"
                      "<figure itemid='https://cdn.example.com/x/bridge.jpg'><div class='lazy'></div>"
                      "<figcaption>The bridge</figcaption></figure>"))
    assert [f.src for f in art.figures] == ["https://cdn.example.com/x/depot.jpg",
                                            "https://cdn.example.com/x/bridge.jpg"]


def test_hidden_labels_counters_and_toggles_are_not_caption_text():
    art, _ = run(page("<figure><img src='/g/1.jpg'><figcaption><span class='visually-hidden'>Image caption</span>"
                      "<span class='count'>1 of 4</span> Riders board the first tram "
                      "<button>hide caption</button></figcaption></figure>"))
    assert art.figures[0].caption == "Riders board the first tram"


@pytest.mark.parametrize("cls, shown", [("hide", False), ("fn hide", False), ("hide-on-mobile", True)])
def test_a_line_classed_hide_is_no_caption(cls, shown):
    """Batch 15 (a caption on a page with none): a hidden microformat name repeating the headline under the lead
    picture, class "hide" (the CSS frameworks' display:none); "hide-on-mobile" hides it on small screens only."""
    line = "Body Beautiful Day Spa - hCG Diet Facts to Know"
    art, _ = run(page(f"<div><img src='/images/372x264/spa.jpg' alt='{line}'><p class='{cls}'>{line}</p></div>"))
    assert [f.caption for f in art.figures] == [line if shown else None]


def test_caption_class_and_itemprop_credit_without_figure():
    art, _ = run(page("<div class='inline-photo'><img src='/w/stop.jpg'><br>"
                      "<span class='pb-caption'>The mayor at the opening</span>"
                      "<span itemprop='copyrightHolder'>Example Photo Desk</span></div>"))
    f = art.figures[0]
    assert (f.caption, f.credit, f.caption_source) == ("The mayor at the opening", "Example Photo Desk",
                                                       "caption_class")


def test_data_caption_gallery_slide():
    art, _ = run(page("<figure class='slide'><img src='/s/one.jpg' data-caption='Crowds at the launch "
                      "(Jane Roe / Example Times)'></figure>"))
    f = art.figures[0]
    assert (f.caption, f.credit, f.caption_source) == ("Crowds at the launch", "Jane Roe / Example Times", "alt")


def test_json_ld_caption_when_the_markup_ties_none_to_the_picture():
    """The JSON-LD caption maps a caption the page shows (here in a box the structure does not tie to the
    picture) onto its picture; a JSON-LD caption the page never shows is no caption (LABELING.md)."""
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tram",'
          '"image":{"@type":"ImageObject","url":"https://news.example.com/h/lead.jpg",'
          '"caption":"The route map","creditText":"Example Maps"}}</script>')
    art, _ = run(page("<figure><img src='/h/lead.jpg'></figure>", head=ld,
                      after="<div class='box'><span>The route map</span></div>"))
    f = art.figures[0]
    assert (f.caption, f.credit, f.caption_source) == ("The route map", "Example Maps", "json_ld")
    art, _ = run(page("<figure><img src='/h/lead.jpg'></figure>", head=ld))
    assert (art.figures[0].caption, art.figures[0].credit) == (None, None)


def test_non_content_images_are_rejected_with_reasons():
    after = ("<div class='related-stories'><a href='/other'><img src='/t/other.jpg'></a>"
             "<figure><img src='/t/more.jpg'><figcaption>Another headline entirely</figcaption></figure></div>"
             "<div class='video-player'><img src='/v/poster.jpg'></div>"
             "<img src='/px/track.gif' width='1' height='1'>"
             "<p><a href='/next-story'><img src='/t/teaser.jpg'></a></p>")
    art, ledger = run(page("", after=after))
    assert art.figures == []
    rej = ledger.counts["figures"].rejected
    assert rej[Reason.FIGURE_RELATED.value] == 3
    assert rej[Reason.FIGURE_VIDEO.value] == 1
    assert rej[Reason.FIGURE_NOT_CONTENT.value] == 2  # nav logo + tracking pixel


def test_position_counts_body_paragraphs_before_the_image():
    mid = BODY + "<figure><img src='/m/mid.jpg'><figcaption>Midway</figcaption></figure>"
    art, _ = run(page(mid))
    assert art.figures[0].position == 4 and len(art.paragraphs) == 8


def test_metadata_from_json_ld_graph_and_meta():
    ld = ('<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},'
          '{"@type":"NewsArticle","headline":"Tram line approved","datePublished":"2024-05-02T09:30:00+02:00",'
          '"author":[{"@type":"Person","name":"Jane Roe"},{"name":"John Doe"}],"articleSection":"Local",'
          '"publisher":{"@type":"Organization","name":"Example News"}}]}</script>'
          '<meta property="og:site_name" content="Other">')
    art, _ = run(page("", head=ld, lang="en-GB"))
    assert art.title == "Tram line approved"
    assert art.published == datetime(2024, 5, 2, 7, 30, tzinfo=timezone.utc)
    assert art.authors == ["Jane Roe", "John Doe"]
    assert (art.site, art.section, art.language) == ("Example News", "Local", "en")
    assert art.url == "https://news.example.com/2024/05/tram.html"
    assert len(art.article_id) == 16



@pytest.mark.parametrize("head, published", [
    ("<meta name='pubdate' content='Wed, 28 Nov 2012 20:38:44 +0100'>", datetime(2012, 11, 28, 19, 38, 44)),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "19 Feb 2019 00:00 GMT"}'
     "</script>", datetime(2019, 2, 19)),
    ("<meta property='article:published_time' content='2016/03/19 08:15'>", datetime(2016, 3, 19)),
    ("<meta name='date' content='2013-6-6'>", datetime(2013, 6, 6)),
    ("<meta name='date' content='Mon, 01 Jan 0001 00:00:00 GMT'>", None),  # a placeholder, not 2001
    ("<meta name='date' content='05/03/2024'>", None),  # day or month first: not guessed
])
def test_publication_dates_in_the_e_mail_form_and_year_first_stamps_are_read(head, published):
    """Was: only ISO 8601 was read, so a date a page gives as feeds write it ("Wed, 28 Nov 2012 20:38:44
    +0100") or year first with slashes or unpadded digits left article_published null."""
    art, _ = run(page("", head=head))
    assert art.published == (published.replace(tzinfo=timezone.utc) if published else None)

def test_site_falls_back_to_domain_and_base_url_to_doc_url():
    content = page("<figure><img src='x.jpg'><figcaption>Cap here</figcaption></figure>").replace(
        b"<link rel='canonical' href='https://news.example.com/2024/05/tram.html'>", b"")
    art, _ = run(content, url="https://www.example.org/a/b.html")
    assert art.site == "example.org" and art.figures[0].url == "https://www.example.org/a/x.jpg"



@pytest.mark.parametrize("og_url, fetched", [("https://news.example.com/2024/05/og-tram.html", None),
                                             (None, "https://news.example.com/2024/05/tram.html?from=home")])
def test_a_relative_canonical_link_is_resolved_not_dropped(og_url, fetched):
    """Was: a canonical link written relative ("/2024/05/tram.html", as many templates write it) made the
    page's address None, og:url included: article_url and site null, the article id made from the bytes."""
    head = f"<meta property='og:url' content='{og_url}'>" if og_url else ""
    content = page("<figure><img src='/i/stop.jpg'><figcaption>The stop</figcaption></figure>", head=head).replace(
        b"href='https://news.example.com/2024/05/tram.html'", b"href=' /2024/05/tram.html '")
    art, _ = run(content, url=fetched)
    assert art.url == "https://news.example.com/2024/05/tram.html"
    assert art.site == "news.example.com"
    assert art.figures[0].url == "https://news.example.com/i/stop.jpg"

def test_saved_page_relative_path_stays_in_src():
    art, _ = run(page("<figure><img src='tram_files/stop.jpg'><figcaption>Stop</figcaption></figure>"))
    assert art.figures[0].src == "tram_files/stop.jpg"



def test_a_saved_copy_wins_over_the_lazy_web_address_the_saved_page_kept():
    """Was: a page saved "complete" after its lazy-loading script ran holds src='./page_files/stop.jpg' (the
    browser's copy) beside data-src (the web address): data-src was read as the picture, so the saved copy was
    never opened and the caption went to text_only. Its web address stays the published url."""
    art, _ = run(page("<figure><img src='./page_files/stop.jpg' data-src='https://cdn.example.com/stop.jpg' "
                      "class='lazyloaded'><figcaption>Stop</figcaption></figure>"))
    (f,) = art.figures
    assert f.src == "./page_files/stop.jpg"
    assert f.url == "https://cdn.example.com/stop.jpg"

def test_figure_rows():
    art, _ = run(page("<figure><img src='/r/a.jpg'><figcaption>  Two\n lines  <span class='credit'>X  Y"
                      "</span></figcaption></figure>"))
    assert figure_rows(art, "p.html") == [{"page": "p.html", "src": "/r/a.jpg", "caption": "Two lines",
                                           "credit": "X Y", "alt": None, "position": 0}]


@pytest.mark.parametrize("content, expected", [
    ("caf\u00e9".encode("cp1252"), "caf\u00e9"),
    (b"\xef\xbb\xbfcaf\xc3\xa9", "caf\u00e9"),
    (b"<meta charset='iso-8859-1'>caf\xe9", "<meta charset='iso-8859-1'>caf\u00e9"),
    (b"<meta charset='nonsense-enc'>caf\xc3\xa9", "<meta charset='nonsense-enc'>caf\u00e9"),
])
def test_decoding(content, expected):
    assert decode_html(content) == expected


def test_cp1252_page_extracts():
    art, _ = run(page("<figure><img src='/e.jpg'><figcaption>Caf\u00e9 by the stop</figcaption></figure>")
                 .replace(b"charset='utf-8'", b"charset='windows-1252'").decode("utf-8").encode("cp1252"))
    assert art.figures[0].caption == "Caf\u00e9 by the stop"


@pytest.mark.parametrize("content", [
    b"",
    b"   \n",
    bytes(range(256)) * 200,
    b"<html><body><ul><li><a href='/a'>Home</a></li><li><a href='/b'>World</a></li></ul></body></html>",
    b"<div>" * 600_000 + b"deep" + b"</div>" * 600_000,
])
def test_robustness_gives_not_article(content):
    with pytest.raises(NotArticle):
        run(content)


def test_extract_article_records_the_reject():
    ledger = Ledger()
    doc = RawDoc(SourceRef("junk.bin"), "html", b"\x00\x01\x02" * 1000)
    assert extract_article(doc, ExtractConfig(), ledger, strict=True) is None
    assert ledger.counts["extract"].rejected[Reason.EXTRACT_NOT_ARTICLE.value] == 1


def test_img_share_class_is_a_shareable_photo_not_a_share_button():
    """Tabloids mark content photos `img-share` (a hover share overlay); share *bars* stay chrome."""
    from corpus.config import ExtractConfig
    from corpus.extract.html import extract_html
    from corpus.records import RawDoc, SourceRef
    from corpus.rejects import Ledger

    page = (b'<html><body><article><p>' + b"Body text of the story. " * 20 + b'</p>'
            b'<div class="artSplitter"><img class="blkBorder img-share" src="a/photo-goat.jpg" width="634" '
            b'height="423" alt="A goat on a roundabout"><p class="imageCaption">A goat on a roundabout '
            b'halts traffic on Wednesday</p></div><p>' + b"More body text here. " * 20 + b'</p>'
            b'<div class="share-bar"><img src="a/facebook.png" width="300" height="300"></div>'
            b'</article></body></html>')
    ledger = Ledger()
    art = extract_html(RawDoc(SourceRef("p.html"), "html", page), ExtractConfig(), ledger)
    assert [f.src for f in art.figures] == ["a/photo-goat.jpg"]
    assert art.figures[0].caption == "A goat on a roundabout halts traffic on Wednesday"
    assert [r["reason"] for r in ledger.rows] == ["extract_not_content_image"]


def _article(head: str, body_extra: str = "", published_hint=None):
    from corpus.config import ExtractConfig
    from corpus.extract.html import extract_html
    from corpus.records import RawDoc, SourceRef
    from corpus.rejects import Ledger

    page = (f"<html><head>{head}</head><body><article>{body_extra}<p>" + "Body text of the story. " * 30
            + "</p></article></body></html>").encode()
    return extract_html(RawDoc(SourceRef("p.html"), "html", page, published=published_hint), ExtractConfig(), Ledger())


def test_publication_dates_from_markers_and_placeholders():
    assert _article('<meta property="article:published_time" content="0001-01-01T00:00:00Z">').published is None
    marked = _article("", '<span itemprop="datePublished" content="2019-02-21T08:00:08.000Z"></span>')
    assert marked.published.isoformat() == "2019-02-21T08:00:08+00:00"
    timed = _article("", '<time datetime="2016-09-19T17:18:00-04:00">Sept. 19</time>')
    assert timed.published.isoformat() == "2016-09-19T21:18:00+00:00"  # converted to UTC
    hinted = _article("", published_hint="2021-05-04T10:00:00+02:00")  # a JSONL export's date
    assert hinted.published.isoformat() == "2021-05-04T08:00:00+00:00"


def test_story_set_as_text_runs_between_line_breaks():
    """No <p> at all: the text runs of one element are the paragraphs, pictures between them placed."""
    runs = "<br><br>".join(f"Run {i} of the story says what the council decided about the tram line and why "
                           f"the valley objected." for i in range(4))
    content = (f"<html><head><meta charset='utf-8'></head><body><div class='nav'><a href='/'>Home</a></div>"
               f"<div class='txt'>{runs}<div><img src='/img/depot.jpg'></div>More text after the picture, "
               f"long enough to be a paragraph of the story.</div></body></html>").encode()
    art, _ = run(content)
    assert len(art.paragraphs) == 5 and art.paragraphs[0].startswith("Run 0 of the story")
    (f,) = art.figures
    assert f.src == "/img/depot.jpg" and f.position == 4


def test_utf8_bytes_under_a_stale_latin_declaration():
    content = page("<figure><img src='/img/p.jpg'><figcaption>Pérez waves at the crowd</figcaption></figure>")
    content = content.replace(b"charset='utf-8'", b"charset='iso-8859-15'")
    art, _ = run(content)
    assert art.figures[0].caption == "Pérez waves at the crowd"


@pytest.mark.parametrize("declared, codec", [("EUC-JP", "euc_jp"), ("Shift_JIS", "shift_jis"), ("Big5", "big5"),
                                             ("GB2312", "gb2312"), ("windows-1251", "cp1251")])
def test_legacy_encodings_as_declared(declared, codec):
    # a page served in its legacy encoding (a 2013 Japanese news page in EUC-JP): Python's codec names ("euc_jp")
    # are not libxml2's ("EUC-JP"), and the page must still be read, not rejected as an internal error
    caption = {"euc_jp": "増税後の景気", "shift_jis": "増税後の景気", "big5": "咖啡豆價格", "gb2312": "咖啡豆价格",
               "cp1251": "Новый мост через реку"}[codec]
    content = page(f"<figure><img src='/img/p.jpg'><figcaption>{caption}</figcaption></figure>")
    content = content.decode("utf-8").replace("charset='utf-8'", f"charset='{declared}'").encode(codec)
    art, _ = run(content)
    assert art.figures[0].caption == caption


def test_pictures_embedded_as_data_uris_are_pictures_and_stand_ins_are_not():
    # pages saved whole (SingleFile, monolith) hold their pictures as data: URIs; a lazy page's stand-in is one
    # too (a pixel), and so are inline logos (SVG)
    import base64
    import hashlib
    import io

    from PIL import Image

    def jpeg(size):
        buf = io.BytesIO()
        Image.effect_noise(size, 60).convert("RGB").save(buf, "JPEG", quality=90)
        return buf.getvalue()

    photo, dusk = jpeg((320, 200)), jpeg((300, 200))
    uri, dusk_uri = ("data:image/jpeg;base64," + base64.b64encode(p).decode() for p in (photo, dusk))
    pixel = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
    logo = "data:image/svg+xml;base64," + base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg'>" + b" " * 5000
                                                           + b"</svg>").decode()
    art, ledger = run(page(f"<figure><img src='{uri}'><figcaption>Tram at dawn</figcaption></figure>"
                           f"<figure><img src='{pixel}'><figcaption>Never loaded</figcaption></figure>"
                           f"<figure><img srcset='{pixel} 1x, {dusk_uri} 2x'><figcaption>Tram at dusk</figcaption></figure>"
                           f"<figure><img src='{logo}' width='300' height='200'><figcaption>A logo</figcaption></figure>"))
    key, dusk_key = ("data:image/jpeg;sha256," + hashlib.sha256(p).hexdigest() for p in (photo, dusk))
    assert [(f.caption, f.url, f.src) for f in art.figures] == [("Tram at dawn", key, key),
                                                                ("Tram at dusk", dusk_key, dusk_key)]
    assert [f.embedded for f in art.figures] == [photo, dusk]  # the bytes travel with the figure, not in its URL
    assert [r["detail"] for r in ledger.rows].count("placeholders only") == 2  # the pixel, the logo


def _cyrillic_page(meta: str) -> bytes:
    return page("<figure><img src='/img/p.jpg'><figcaption>Новый мост через реку</figcaption></figure>") \
        .decode("utf-8").replace("<meta charset='utf-8'>", meta).encode("cp1251")


def test_charset_the_server_declared_is_read_when_the_page_names_none():
    # a windows-1251 page whose only declaration was the HTTP Content-Type (kept in a WARC response)
    content = _cyrillic_page("")
    art, _ = run(content, charset="windows-1251")
    assert art.figures[0].caption == "Новый мост через реку"
    art, _ = run(content)  # without it, four Russian words in an English page are too few to tell the
    assert art.figures[0].caption == "Новый мост через реку".encode("cp1251").decode("cp1252")  # encoding


REALWORLD_PAGES = Path(__file__).parent / "data" / "realworld" / "pages"
_DECLARATION = re.compile(rb"<meta[^>]*charset[^>]*>", re.I)


@pytest.mark.parametrize("name, codec", [("ridus-ru_1", "cp1251"), ("skai-gr_2", "cp1253"),
                                         ("kr-MBN_2025_06_03", "euc-kr"), ("jp-YomiuriShimbun_2024_12_03", "shift_jis"),
                                         ("022china-com_1", "gb18030")])
def test_a_real_page_in_a_legacy_encoding_it_names_nowhere_reads_as_its_words(name, codec):
    # a real page saved in its script's legacy encoding without the server's header that named it, and its own
    # declaration removed: its words say what it is in, as they tell a browser
    raw = gzip.decompress((REALWORLD_PAGES / f"{name}.html.gz").read_bytes())
    legacy = _DECLARATION.sub(b"", raw.decode("utf-8").encode(codec, errors="xmlcharrefreplace"))
    assert _DECLARATION.search(legacy) is None and legacy != raw
    want, got = run(raw)[0], run(legacy)[0]
    assert [f.caption for f in got.figures] == [f.caption for f in want.figures]
    assert any(f.caption for f in got.figures) and got.title == want.title


def test_a_declared_encoding_with_a_stray_byte_is_still_the_pages_encoding():
    content = _cyrillic_page("<meta charset='windows-1251'>").replace("реку".encode("cp1251"), b"\x98")
    art, _ = run(content)  # 0x98 is no character in windows-1251: one replacement character, not mojibake
    assert art.figures[0].caption == "Новый мост через \ufffd"


def test_xhtml_page_declares_its_encoding_in_its_xml_declaration():
    art, _ = run(b"<?xml version='1.0' encoding='windows-1251'?>\n" + _cyrillic_page(""))  # and no meta charset
    assert art.figures[0].caption == "Новый мост через реку"


def test_server_charset_comes_before_the_meta_tag_and_utf8_before_both():
    # a browser reads a page in the server's charset over a stale meta tag; bytes that decode as UTF-8 stay UTF-8
    art, _ = run(_cyrillic_page("<meta charset='iso-8859-1'>"), charset="windows-1251")
    assert art.figures[0].caption == "Новый мост через реку"
    art, _ = run(page("<figure><img src='/img/p.jpg'><figcaption>Pérez waves</figcaption></figure>"),
                 charset="windows-1251")
    assert art.figures[0].caption == "Pérez waves"
    # a charset the server names wrongly (no such codec) leaves the meta tag to decide
    art, _ = run(_cyrillic_page("<meta charset='windows-1251'>"), charset="x-no-such-charset")
    assert art.figures[0].caption == "Новый мост через реку"
    assert decode_html("Новый мост".encode("cp1251"), "windows-1251") == "Новый мост"


def test_utf8_page_with_one_character_cut_in_half_stays_utf8():
    # a CMS cut a teaser in the middle of a two-byte character; the rest of the page is UTF-8
    content = page("<figure><img src='/img/p.jpg'><figcaption>Jóvenes en la estación de Atocha</figcaption></figure>"
                   "<p>Más teasers: El c\u00e9" + "</p>")
    content = content.replace("Más teasers: El cé".encode(), "Más teasers: El c".encode() + b"\xc3")
    with pytest.raises(UnicodeDecodeError):
        content.decode("utf-8")
    art, _ = run(content)
    assert art.figures[0].caption == "Jóvenes en la estación de Atocha"
    assert decode_html("cafés à la crème, déjà vu".encode("cp1252")) == "cafés à la crème, déjà vu"


def test_json_ld_caption_repeating_the_headline_is_no_caption():
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram line approved", '
          '"image": {"@type": "ImageObject", "url": "https://news.example.com/img/lead.jpg", '
          '"caption": "Tram line approved"}}</script>')
    art, _ = run(page("<div class='lead'><img src='https://news.example.com/img/lead.jpg'></div>", head=ld))
    assert art.figures[0].caption is None


def test_data_caption_repeating_the_headline_is_no_caption():
    head = "<meta property='og:title' content='Tram line approved'>"
    art, _ = run(page("<div class='lead'><a href='https://news.example.com/img/lead.jpg' data-caption='Tram line "
                      "approved'><img src='https://news.example.com/img/lead.jpg'></a></div>"
                      "<div class='lead'><a href='/story/two'><img src='https://news.example.com/img/two.jpg' "
                      "data-caption='The new stop at the market'></a></div>", head=head))
    assert [f.caption for f in art.figures] == [None, "The new stop at the market"]


def test_data_caption_of_a_lightbox_link_to_the_full_size_is_no_caption():
    """Batch 6 (a caption on a page with none): a press release's only picture, linked to its full size, keeps its
    caption in the link's data-caption, which the lightbox shows once the picture is clicked; the page shows none
    (LABELING.md: a caption only in attributes is none, but for a gallery script's visible caption box)."""
    link = ("<div><a class='fancybox' href='https://cache.example.net/story_hires/48e5/image.jpg' "
            "data-caption='Ski World Cup 2014/2015 - Men&#39;s slalom, Madonna di Campiglio (photo/Jane Roe)'>"
            "<img src='https://cache.example.net/story_big/48e5/ski'></a></div>")
    art, _ = run(page(link))
    assert [(f.caption, f.credit) for f in art.figures] == [(None, None)]


# ---------------------------------------------------------------- context paragraphs (issue 16, point 12)

STORY = [f"Sentence {i} of the story says what the harbour board decided about the fish market and why the "
         "fishermen of the bay objected to the plan." for i in range(6)]


def story_page(body: str) -> bytes:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'></head><body><article>"
            f"<h1>Fish market rebuilt</h1><div class='article-text'>{body}</div></article></body></html>").encode()


def test_a_caption_classed_wrapper_around_every_paragraph_is_the_body():
    """Some templates wrap each paragraph in a div whose class reads as a caption word ("description"):
    when three or more such wrappers hold most of the prose, they are the story, not captions."""
    body = "".join(f"<div class='text-description'><p>{s}</p></div>"
                   + (f"<div class='photo'><img src='https://cdn.example.net/{i}.jpg'></div>" if i % 2 else "")
                   for i, s in enumerate(STORY))
    art, _ = run(story_page(body))
    assert art.paragraphs == STORY


def test_one_list_of_gallery_captions_stays_out_of_the_body():
    gallery = ("<div class='gallery'><ul class='legends'>" + "".join(
        f"<li><p>Slide {i}: a long gallery caption about another story entirely, the kind a rail of business "
        f"pictures carries under each of its thirty slides, day after day.</p></li>" for i in range(12)) + "</ul></div>")
    art, _ = run(story_page("".join(f"<p>{s}</p>" for s in STORY[:3]) + gallery
                            + "".join(f"<p>{s}</p>" for s in STORY[3:])))
    assert art.paragraphs == STORY


def test_teaser_lines_and_their_headings_are_not_context():
    teasers = ("<p><strong>DON'T MISS</strong></p>"
               "<p><a href='/a'>Council furious at harbour plan</a> [INSIGHT] | <a href='/b'>Ferry strike: what "
               "we know so far</a> [LATEST]</p>"
               "<p>Related: <a href='/c'>The ten best harbours to visit this summer</a></p>"
               "<p>SEE MORE: <a href='/d'>Fish prices soar as the fleet stays in port</a></p>"
               "<p>Photograph: Jane Roe</p><p>Advertisement</p>")
    kept = ("<p>The board's chair said the plan <a href='/report'>followed the recommendations of the "
            "independent engineering report published in March</a>.</p>")
    art, _ = run(story_page("".join(f"<p>{s}</p>" for s in STORY[:3]) + teasers + kept
                            + "".join(f"<p>{s}</p>" for s in STORY[3:])))
    assert art.paragraphs == STORY[:3] + ["The board's chair said the plan followed the recommendations of the "
                                          "independent engineering report published in March."] + STORY[3:]


def test_renditions_share_a_stem():
    from corpus.extract.urls import url_stem
    guid = "C9BE8A27-39E9-4319-ABF3-316A13C853A9"
    assert url_stem(f"http://gdb.example.org/{guid}_w268_r1_cx33.jpg") == \
        url_stem(f"http://gdb.example.org/{guid}_mw1024_mh1024_s_cx33.jpg") == guid.lower()
    assert url_stem("https://cdn.example.net/img/harbour-3f9a1c.fit-760w.jpg") == \
        url_stem("https://cdn.example.net/img/harbour-3f9a1c.fp-1200-630.jpg")
    assert url_stem("https://cdn.example.net/a.jpg") is None  # too short to name one picture


def test_ui_prefilter_never_skips_a_match():
    """strip_ui runs its slow regex only when _may_hold_ui says it could match: on every labeled caption (as
    pages print it, with UI text around it) and on folded letters, a match always has the prefilter's yes."""
    import json
    from pathlib import Path

    from corpus.extract.captions import _TAIL, _TAIL_HINT, _UI, _UI_TAIL, _may_hold_ui
    texts = ["1 of 5 Boote im Hafen", "Imagen: más »", "Hıde caption", "ENLARGE THIS İMAGE", "İmage caption Foto",
             "Purchase licensing rights ſ", "3/12 Σκάφη στο λιμάνι"]
    for f in (Path(__file__).parent / "data" / "realworld" / "labels").glob("*.json"):
        for page in json.loads(f.read_text(encoding="utf-8")):
            for im in page.get("images", []):
                if im.get("caption"):
                    cap = im["caption"]
                    texts += [cap, f"2 of 9 {cap}", f"{cap} Hide caption", f"Image caption {cap}", f"{cap} more »",
                              f"{cap} Vis mere", f"{cap} Show more…", f"{cap} (View large version)",
                              f"{cap} Näytä lisää", f"{cap} VIEW FULL-SIZE IMAGE"]
    assert len(texts) > 1000
    for text in texts:
        if _UI.search(text):
            assert _may_hold_ui(text), text
        tail = _UI_TAIL.search(text)
        if tail and tail.start() >= len(text) - _TAIL:  # the tail rule looks at the last _TAIL characters only
            assert _TAIL_HINT.search(text[-_TAIL:].lower()), text


def test_pictures_served_by_a_script_are_told_apart_by_their_query():
    # "show.php?id=101" and "?id=102" are two pictures; "photo.jpg?w=800" and "?w=400" are one in two sizes
    art, ledger = run(page(
        "<figure><img src='/media/show.php?id=101'><figcaption>The tram depot opens its doors</figcaption></figure>"
        "<figure><img src='/media/show.php?id=102'><figcaption>Residents walk the planned route</figcaption></figure>"
        "<figure><img src='/img/council.jpg?w=800'><figcaption>The council votes on the line</figcaption></figure>"
        "<figure><img src='/img/council.jpg?w=400'><figcaption>The council votes on the line</figcaption></figure>"))
    assert [f.url for f in art.figures] == ["https://news.example.com/media/show.php?id=101",
                                            "https://news.example.com/media/show.php?id=102",
                                            "https://news.example.com/img/council.jpg?w=800"]
    assert [r["reason"] for r in ledger.rows if r["stage"] == "figures"].count("extract_duplicate_image") == 1


def test_an_ad_servers_banners_and_beacons_are_not_pictures_of_the_story():
    art, ledger = run(page(
        "<p><img src='/ads/delivery/lg.php?bannerid=16&campaignid=39&zoneid=7&cb=64bf28' width='300'></p>"
        "<figure><img src='/img/depot.jpg'><figcaption>The tram depot opens its doors</figcaption></figure>"))
    assert [f.url for f in art.figures] == ["https://news.example.com/img/depot.jpg"]
    assert any("ad server" in r["detail"] for r in ledger.rows)


def test_a_site_name_spread_over_lines_is_one_line():
    """og:site_name with newlines reached the site column, the manifest and the card's tables as written."""
    page = (b"<html><head><meta property='og:site_name' content='Evil&#10;&#10;| injected |&#10;  News'>"
            b"<title>Harbour ferry back in service</title></head><body><article><h1>Harbour ferry back</h1>"
            + b"<p>The ferry returned to the harbour on Monday after a month of repairs to its engines.</p>" * 4
            + b"</article></body></html>")
    art, _ = run(page)
    assert art.site == "Evil | injected | News"


def test_a_file_url_picture_publishes_no_address():
    """<img src="file:///home/me/..."> (a page saved or written on someone's disk) became image_url as written:
    the saver's local path published, and an address nobody can fetch."""
    art, _ = run(page("<figure><img src='file:///home/someone/Pictures/tram-depot.jpg'>"
                      "<figcaption>Workers at the tram depot on Monday morning before the first run</figcaption>"
                      "</figure>"))
    assert [f.url for f in art.figures] == [None]
    assert art.figures[0].caption.startswith("Workers at the tram depot")


@pytest.mark.parametrize("title, h1, headline", [
    ("Ferry returns to the harbour | Example News", "Ferry returns to the harbour", "Ferry returns to the harbour"),
    ("Example News - Ferry returns to the harbour", "Ferry returns to the harbour", "Ferry returns to the harbour"),
    ("渡轮重返港口_新闻中心_示例网", "渡轮重返港口", "渡轮重返港口"),
    # the first <h1> is the site's logo: the title stays whole
    ("Ferry returns to the harbour | News | Example News", "Example News",
     "Ferry returns to the harbour | News | Example News"),
    ("Ferry returns to the harbour", "Ferry returns to the harbour", "Ferry returns to the harbour"),
])
def test_the_headline_is_the_part_of_the_title_the_h1_repeats(title, h1, headline):
    """Was: a page without og:title or JSON-LD had its whole <title> as article_title ("Ferry returns | Example
    News"), the site's name and section in the headline."""
    body = "".join(f"<p>Paragraph {i} of the story tells what the council decided about the ferry.</p>"
                   for i in range(4))
    art, _ = run(f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><article>{body}</article>"
                 f"</body></html>".encode())
    assert art.title == headline


def test_a_line_repeating_the_alt_is_a_caption_beside_a_zero_width_space_or_icon_buttons():
    """Hashed-class probe: a zero-width space a template left before the picture stopped the climb out of its
    wrapper (str.strip() keeps U+200B), and two empty icon links ("enlarge", "share") beside the line that
    repeats the alt made it look like a card's link box; both pages lost their only caption."""
    alt = "Workers at the tram depot on Monday before the first run"
    zwsp = page(f"<ol><li><div>\u200b<img src='/img/depot.jpg' alt='{alt}'></div><p> {alt}</p></li></ol>")
    icons = page(f"<div><span>1 of 1</span><img src='/img/depot.jpg' alt='{alt} '><div>"
                 f"<a href='javascript:void(0)'> </a><a href='javascript:void(0)'> </a><span>{alt} </span></div></div>")
    for content in (zwsp, icons):
        art, _ = run(content)
        assert [f.caption for f in art.figures] == [alt]
    linked = page(f"<div><img src='/img/depot.jpg' alt='{alt}'><div><a href='/other-story'>{alt}</a></div></div>")
    assert [f.caption for f in run(linked)[0].figures if f.caption] == []


def test_caption_and_credit_lines_before_a_hidden_viewer_copy_of_the_picture():
    """Hashed-class probe: a widget's caption and credit lines were refused because a hidden lightbox (a modal
    dialog with the full-size copy) followed them and made three lines."""
    art, _ = run(page("<div><div><img src='/img/butter-540.jpg' alt=''></div><div>Is butter back on the table?</div>"
                      "<div><em>Credit: © Jane Roe / Example Agency</em></div>"
                      "<div role='dialog' aria-hidden='true'><div><img src='/img/butter-900.jpg'></div>"
                      "<div>Is butter back on the table?</div><button>Close</button></div></div>"))
    found = [(f.caption, f.credit) for f in art.figures if f.caption]
    assert ("Is butter back on the table?", "Credit: © Jane Roe / Example Agency") in found


def test_a_credited_line_then_a_view_more_link_is_the_caption():
    art, _ = run(page("<div><div><img src='/img/rehab.jpg' alt='rehab16cut_01'><div>Jim Roe works in the storage "
                      "space near the gymnasium of the new hospital. (Jane Roe/Example Journal)</div>"
                      "<div><a href='/news/rehab-gallery'>View More Photos</a> <span>&gt;&gt;</span></div></div></div>"))
    assert [(f.caption, f.credit) for f in art.figures] == [
        ("Jim Roe works in the storage space near the gymnasium of the new hospital.", "Jane Roe/Example Journal")]


def test_a_widget_showing_the_credit_line_first_then_the_caption_line():
    """Hashed-class probe: <img><p>credit</p><p>caption</p> lost its caption (the second line is no credit, so the
    lines were not a widget's); 10 captions of one labeled page."""
    art, _ = run(page("<div><img src='/img/tunnel.jpg' alt='Image'><p> Jane Roe/Associated Press file </p>"
                      "<p>Participants in a 2015 tour of the mountain enter the project's south portal.</p></div>"))
    assert [(f.caption, f.credit) for f in art.figures] == [
        ("Participants in a 2015 tour of the mountain enter the project's south portal.",
         "Jane Roe/Associated Press file")]


def test_a_labelled_credit_in_the_caption_s_one_child_element_without_a_class():
    """Hashed-class probe: <figcaption>Caption<small>Bild: X</small></figcaption> with no credit class read as one
    text, "…StadionBild: X" (no space, no credit split)."""
    art, _ = run(page("<figure><img src='/img/rally.jpg' alt='Rally'><figcaption>The president at a rally in the "
                      "stadium<small>Bild: Jane Roe/dpa/picture alliance </small></figcaption></figure>"))
    assert [(f.caption, f.credit) for f in art.figures] == [
        ("The president at a rally in the stadium", "Bild: Jane Roe/dpa/picture alliance")]


def test_a_caption_span_then_a_credit_span_after_the_picture_without_classes():
    """Hashed-class probe: a line of two spans after the picture, the caption and a shoot's credits role by role,
    read as one text ("…GIVENCHY.Foto: X. Styling: Y …") with no credit."""
    art, _ = run(page("<figure><div><span><picture><img src='/img/look.jpg' alt='Look'></picture></span></div>"
                      "<div><span>Grey blazer and sheer mini dress, both by EXAMPLE.</span><span>Foto: Jane Roe. "
                      "Styling: John Doe. Haare: Ann Poe. Make-up: Bo Lee</span></div></figure>"))
    assert [(f.caption, f.credit) for f in art.figures] == [
        ("Grey blazer and sheer mini dress, both by EXAMPLE.", "Foto: Jane Roe. Styling: John Doe. Haare: Ann Poe. "
                                                               "Make-up: Bo Lee")]


def test_a_card_whose_link_wraps_its_picture_deep_down_and_its_headline_is_a_teaser():
    """Hashed-class probe: a related-story card <a href=other><span><span><picture><img></picture></span></span>
    <div><h5>Headline</h5></div></a> was published with its headline as a caption: the link sat four levels above
    the picture, past the three looked at."""
    card = ("<div><a href='https://news.example.com/2024/05/other-story.html'><span><span><picture>"
            "<img src='/img/card-{n}.jpg'></picture></span></span><div><h5>Council Unveils Robot Capable Of Writing "
            "Poems About Tram Delays {n}</h5></div></a></div>")
    art, ledger = run(page("", after="".join(card.format(n=n) for n in range(3))))
    assert [f.caption for f in art.figures if f.caption] == []
    assert any(r["reason"] == Reason.FIGURE_RELATED.value for r in ledger.rows)


def test_a_still_whose_alt_is_a_video_s_unfilled_template_field_is_a_video():
    """Batch 9 (a caption on a page with none): a carousel's first item is a video; its poster's alt is the
    template's unfilled "items.[0].videoTitle", and the caption box under it holds the video's caption."""
    art, _ = run(page("<div><div><img src='/slices/poster_d87b.jpg' alt='items.[0].videoTitle'></div>"
                      "<div><div>Five years after the fire, the community hardest hit has yet to rebuild.</div></div>"
                      "</div>"))
    assert [f.caption for f in art.figures] == []
    art, _ = run(page("<div><div><img src='/slices/photo_d87b.jpg' alt='items.[0].title'></div>"
                      "<div><div>Five years after the fire, the community hardest hit has yet to rebuild.</div></div>"
                      "</div>"))
    assert len(art.figures) == 1


@pytest.mark.parametrize("duration", ["3 Min", "1:45", "12 min.", "01:02:33"])
def test_a_running_time_under_a_still_is_no_caption(duration):
    """Hashed-class probe: "3 Min" under a teaser still on a page without captions was published as its caption."""
    art, _ = run(page(f"<div><img src='/img/still.jpg' alt=''><span>{duration}</span></div>"))
    assert [f.caption for f in art.figures if f.caption] == []


def test_a_bold_subheading_under_a_picture_is_no_caption_but_a_bold_name_line_is():
    """Batch 34 at first contact: <p><img></p><p><br></p><p><strong>Aerial Photography</strong></p><p>story...</p>
    gave the picture the subheading as its caption (a caption on a page with none)."""
    story = "<p>" + "Another project we are rather excited about is the release of the aerial imagery this spring. " * 2 + "</p>"
    art, _ = run(page(f"<p><img src='/img/screen-3.png' alt=''></p><p><br></p><p><strong>Aerial Photography</strong></p>{story}"))
    assert [f.caption for f in art.figures] == [None]
    art, _ = run(page(f"<p><img src='/img/portrait.jpg' alt=''></p><p><strong>Jane Roe, 36, Volos</strong></p>{story}"))
    assert [f.caption for f in art.figures] == ["Jane Roe, 36, Volos"]


def test_a_bold_subheading_that_the_picture_s_alt_repeats_is_no_caption():
    """Batch 21 (a caption on a page with none): the alt, written for search engines, repeats the next section's
    bold subheading word for word, and the line repeating the alt read as the caption. The picture is linked to its
    full size under a ".jpe" name, which is a JPEG too: without a caption it stays a picture of the story."""
    story = "<p>" + "Las uñas con esmalte reptil no dejarán a nadie indiferente este otoño, dicen las expertas. " * 2 + "</p>"
    art, _ = run(page(f"<p><a href='/imagenes/unas-1.jpe'><img src='/imagenes/unas-1-600x271.jpe' "
                      f"alt='uñas con esmalte reptil'></a></p><p><strong>Uñas con esmalte reptil</strong></p>{story}"))
    assert [(f.url.rsplit("/", 1)[-1], f.caption) for f in art.figures] == [("unas-1-600x271.jpe", None)]


def test_a_caption_line_holding_a_full_and_a_truncated_copy_gives_the_caption_once():
    """Hashed-class probe: a caption line with two copies of the caption (one per screen size) and a credit span,
    no class to tell them, read as the caption twice."""
    caption = "Jane Roe, 55, is considered the county's most dangerous inmate"
    art, _ = run(page(f"<div><div><img src='/img/inmate.jpg' alt=''></div><div><div>{caption}</div>"
                      f"<div>{caption}</div><span>Photo: John Doe/Example Chronicle</span></div></div>"))
    assert [(f.caption, f.credit) for f in art.figures] == [(caption, "Photo: John Doe/Example Chronicle")]


def test_a_caption_and_a_for_outlet_credit_nested_in_a_wrapper_without_classes():
    """Hashed-class probe: <div><div><div>Caption</div><div>Jane & John Roe for TIME</div></div></div> after the
    picture read as one caption: the credit ("X for Outlet") was no credit shape, and the two lines sat one wrapper
    down."""
    art, _ = run(page("<div><noscript><img src='/img/engineer.jpg' alt='Former engineer'></noscript><div><div>"
                      "<div>Jane Roe, former engineer at the depot</div><div>Jane &amp; John Roe for EXAMPLE</div>"
                      "</div></div></div>"))
    assert [(f.caption, f.credit) for f in art.figures] == [("Jane Roe, former engineer at the depot",
                                                             "Jane & John Roe for EXAMPLE")]


@pytest.mark.parametrize("tail, credit, caption_end", [
    ("<span>-&nbsp;</span><span>Copyright&nbsp;</span><span>AP Photo</span>", "AP Photo", "on Sunday."),
    ("(©<span>fot. Archiwum Example)</span>", "fot. Archiwum Example)", "on Sunday?"),
])
def test_a_credit_label_left_before_the_credit_s_own_element_leaves_the_caption(tail, credit, caption_end):
    """Hashed-class probe: "Caption (AP Photo/Jane Roe) - Copyright <span>AP Photo</span>" kept "- Copyright" and
    the bracketed credit in the caption; a bracket opened before the credit's element was left dangling."""
    text = f"The refinery rises above the port on Sunday. (AP Photo/Jane Roe) " if "AP" in credit else \
        "Is the party a good idea on Sunday? "
    art, _ = run(page(f"<figure><img src='/img/refinery.jpg' alt='Refinery'><figcaption><span>{text}{tail}</span>"
                      f"</figcaption></figure>"))
    (f,) = art.figures
    assert f.caption.endswith(caption_end) and f.credit.startswith(credit.split()[0]), (f.caption, f.credit)


def test_a_credit_box_naming_the_pictures_place_and_two_kinds_joined_by_a_slash_is_a_credit():
    # "Cover art/illustration via X." opens the way credits do, however long the notice after it; the box is named
    # for a credit, so the picture has a credit and no caption
    art, _ = run(page("<div class='cover'><img src='/img/scale.jpg' alt='A balance scale'><div class='caption'>"
                      "<p class='image-credit'>Cover art/illustration via Example News. Image includes combined "
                      "content which may include AI-generated content.</p></div></div>"))
    (f,) = art.figures
    assert (f.caption, f.credit) == (None, "Cover art/illustration via Example News. Image includes combined "
                                           "content which may include AI-generated content.")


def test_a_lazy_loading_attribute_named_without_data_gives_the_pictures_address():
    # a page optimiser's own attribute names (nitro-lazy-src, nitro-lazy-srcset) beside an svg stand-in in src
    stand_in = "data:image/svg+xml;base64,PHN2ZyB2aWV3Qm94PSIwIDAgNjk2IDM5MiI+PC9zdmc+"
    art, _ = run(page(f"<figure><img src='{stand_in}' nitro-lazy-src='https://cdn.example.com/up/tram-696x392.jpg' "
                      "nitro-lazy-srcset='https://cdn.example.com/up/tram-696x392.jpg 696w, "
                      "https://cdn.example.com/up/tram.jpg 1920w' nitro-lazy-empty><figcaption>The first tram on "
                      "the new line.</figcaption></figure>"))
    (f,) = art.figures
    assert (f.src, f.caption) == ("https://cdn.example.com/up/tram-696x392.jpg", "The first tram on the new line.")


def test_the_pages_own_picture_classed_as_a_thumbnail_is_kept_as_its_image_servers_copy():
    # a theme classes the story's featured image "entry-thumb", a word teaser thumbnails carry; it is the page's
    # og:image, served by an image server that keeps the original's path at the end of its own
    og = "<meta property='og:image' content='https://news.example.com/wp-content/uploads/2026/03/pic.jpg'>"
    cdn = "https://cdn.example.net/opt/rev-5e9a/news.example.com/wp-content/uploads/2026/03/pic-696x392.jpg"
    srcset = f"{cdn} 696w, {cdn.replace('-696x392', '')} 1920w"  # (the full size, the og:image's own file)
    lead = (f"<div class='featured'><a href='/wp-content/uploads/2026/03/pic.jpg'>"
            f"<img class='entry-thumb' src='{cdn}' srcset='{srcset}'></a></div>")

    def lead_above_the_body(head: str) -> bytes:  # (the theme sets it above the story's column, in the article)
        return page("", head=head).replace(b"<div class='story-body'>", lead.encode() + b"<div class='story-body'>")

    art, _ = run(lead_above_the_body(og))
    assert [f.src for f in art.figures] == [cdn]
    art, ledger = run(lead_above_the_body(""))  # no og:image names it: an uncaptioned thumbnail is a teaser's
    assert art.figures == [] and Reason.FIGURE_RELATED.value in [r["reason"] for r in ledger.rows]


def test_loose_text_after_a_picture_that_closes_with_a_credit_is_its_caption():
    # Set 45 (Tika's XHTML of a page; old templates alike): the caption as bare text right after the picture, or
    # after a line break, outside any element, closing with a photo credit; bare text with no credit stays the
    # story's (a sentence that runs on beside a picture)
    art, _ = run(page("<img src='/img/tram-bridge.jpg' alt='Bridge'>\nThe new tram bridge at dusk. Foto: Stadt Passau\n"
                      "<p>The bridge is 140 metres long and replaces the old footbridge damaged by the flood.</p>"
                      "<img src='/img/tram-crowd.jpg' alt=''><br>\nCrowds crossed the bridge on the first evening. "
                      "Foto: Lena Roe<br>"
                      "<img src='/img/tram-stop.jpg' alt=''>\nThe stop opens in May and the council expects many "
                      "riders.\n"))
    assert [(f.caption, f.credit, f.src.rsplit("/", 1)[-1]) for f in art.figures] == [
        ("The new tram bridge at dusk.", "Foto: Stadt Passau", "tram-bridge.jpg"),
        ("Crowds crossed the bridge on the first evening.", "Foto: Lena Roe", "tram-crowd.jpg"),
        (None, None, "tram-stop.jpg")]


def test_a_figcaption_that_is_only_a_link_to_the_sites_channel_is_a_banners_line_not_a_caption():
    # Set 78: a channel's banner closes each post: <figure><img><figcaption><a href="https://t.me/...">Join our
    # channel</a></figcaption></figure>; the words are all the link's, to a messaging channel. A caption that holds
    # a link to the photographer's profile among its own words stays a caption.
    art, _ = run(page("<figure><img src='/img/tram-depot.jpg'><figcaption>Workers at the depot on Monday, by "
                      "<a href='https://www.instagram.com/janeroe'>Jane Roe</a></figcaption></figure>",
                      after="<figure><img src='/img/channel-banner.png'><figcaption>"
                            "<a href='https://t.me/examplenews'>Join the Example News channel</a>"
                            "</figcaption></figure>"))
    assert [f.caption for f in art.figures if f.caption] == ["Workers at the depot on Monday, by Jane Roe"]


def test_a_class_name_that_says_what_the_element_is_not_holds_no_chrome_word():
    # Set 84: Weebly's content column is <div id="wsite-content" class="wsite-elements wsite-not-footer">: its
    # "footer" made every picture in the story chrome, where the name says the element is no footer
    content = ("<div id='wsite-content' class='wsite-elements wsite-not-footer'>" + BODY +
               "<div class='wsite-image'><a><img src='/uploads/tram-depot_orig.jpg' alt='Picture'></a>"
               "<div style='display:block;font-size:90%'>Workers at the depot on Monday. (Photo: Jane Roe)</div>"
               "</div></div>")
    art, _ = run(page(content))
    assert [(f.caption, f.credit) for f in art.figures] == [("Workers at the depot on Monday.", "Photo: Jane Roe")]


def test_a_themes_data_image_flag_is_no_address_of_the_picture():
    # Set 96: an October CMS theme marks its pictures <img src="/storage/...jpg" data-image="1">: the flag was taken
    # for the lazy-loading address, over the real src
    art, _ = run(page("<figure><img src='/storage/app/media/tram-depot.jpg' alt='' data-image='1'>"
                      "<figcaption>Workers at the depot on Monday. Фото: Олена Роe</figcaption></figure>"))
    assert [(f.src, f.caption) for f in art.figures] == [("/storage/app/media/tram-depot.jpg",
                                                          "Workers at the depot on Monday.")]


def _gallery_page(figures: str, short: bool = False) -> bytes:
    first, last = (("Gminy spodziewają się rekordowej liczby gości.", "Było pięknie.") if short else
                   ("Gminy Roztocza spodziewają się rekordowej liczby gości w długi weekend.",
                    "Park narodowy przypomina o zakazie wchodzenia do ostoi."))
    return ("<!doctype html><html lang='pl'><head><meta charset='utf-8'><title>Roztocze na majówkę</title></head>"
            "<body><header><img src='/logo.svg' alt='Example'></header><main><h1>Roztocze na majówkę</h1><div>"
            f"<p>{first}</p>{figures}<p>{last}</p></div></main></body></html>").encode("utf-8")


def test_a_story_told_in_captioned_pictures_with_little_prose_is_an_article():
    """Sets 99 and 102: a page whose two short paragraphs fall short of an article's prose, with four captioned figures
    in its body (a gallery-first story, no article declared): an article, its captions kept. The same page whose
    figures are teasers (captions in links) or a single captioned picture stays no article."""
    figure = ("<figure><img src='/uploads/{0}.webp' alt=''><figcaption>{1} Fot. Tomasz Roe</figcaption></figure>")
    words = ["Kościółek na Wodzie w Zwierzyńcu w majowym słońcu.", "Koniki polskie w ostoi parku narodowego.",
             "Szumy na Tanwi przyciągają w weekendy tłumy turystów.", "Spływ kajakowy Wieprzem koło Krasnobrodu."]
    for short in (False, True):  # (a few lines of prose, or hardly any: the body is still the story's column)
        art, _ = run(_gallery_page("".join(figure.format(i, w) for i, w in enumerate(words)), short))
        assert [f.caption for f in art.figures] == words
    teasers = "".join(f"<figure><img src='/uploads/{i}.webp' alt=''><figcaption><a href='/news/{i}'>{w}</a>"
                      "</figcaption></figure>" for i, w in enumerate(words))
    with pytest.raises(NotArticle):
        run(_gallery_page(teasers))
    with pytest.raises(NotArticle):
        run(_gallery_page(figure.format(0, words[0])))


def test_a_gallery_plugins_captions_in_blocks_after_linked_pictures_make_a_picture_story_an_article():
    """Set 138: a short story whose pictures a gallery plugin sets as a link to the large file, then a <div> with
    the caption (no figcaption): the captions make up the prose the story lacks. Blocks after pictures that hold a
    link (teasers) do not."""
    words = ["Locomotiva cu abur pleacă din gara veche a orașului. / Foto: Ioana Roe",
             "Turiști la oprirea de la Paltin, la jumătatea drumului.",
             "Mecanicul alimentează cazanul cu lemne. / Foto: Ioana Roe"]
    pics = "".join(f"<div class='img'><a href='images/{i}.jpg'><img src='images/{i}.jpg' alt='x{i}'></a>"
                   f"<div class='popuptext'>{w}</div></div>" for i, w in enumerate(words))
    page = ("<!doctype html><html lang='ro'><head><meta charset='utf-8'><title>Mocănița</title></head><body><main>"
            "<h1>Mocănița a repornit</h1><div class='entry'><p>Trenul forestier a făcut prima cursă a sezonului.</p>"
            f"{pics}<p>Biletele se vând doar online.</p></div></main></body></html>")
    art, _ = run(page.encode("utf-8"))
    assert [f.caption for f in art.figures] == [w.split(" / ")[0] for w in words]
    teasers = pics.replace("<div class='popuptext'>", "<div class='popuptext'><a href='/other'>").replace(
        "</div></div>", "</a></div></div>")
    with pytest.raises(NotArticle):
        run(page.replace(pics, teasers).encode("utf-8"))


def test_a_chinese_story_of_short_paragraphs_around_captioned_pictures_is_an_article():
    """Set 135: a Chinese story of three short paragraphs (no <p> of 30 characters) between four captioned figures:
    a Chinese character holds about three Latin letters' worth, so its paragraphs vote for the body and its prose and
    captions make an article. The same paragraphs alone, no pictures, stay too little for one."""
    paragraphs = ["四月初，武夷山桐木村的茶农开始采摘今年的第一批春茶。", "今年雨水充足，茶青品质较好。", "村里的制茶作坊昼夜不停。"]
    captions = ["桐木村茶农在山坡上采摘春茶。", "制茶师傅在作坊里摇青。", "九曲溪上的竹筏。", "刚刚烘焙好的岩茶。"]
    figures = [f"<figure><img src='/images/{i}.jpg' alt=''><figcaption>{c} <span class='credit'>摄影：黄例</span>"
               "</figcaption></figure>" for i, c in enumerate(captions)]
    body = "".join(f + (f"<p>{p}</p>" if i < len(paragraphs) else "") for i, (f, p) in
                   enumerate(zip(figures, paragraphs + [""])))

    def page(inner: str) -> bytes:
        return ("<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>武夷山春茶开采</title></head><body>"
                f"<main><h1>武夷山春茶开采 茶农忙采摘</h1><div>{inner}</div></main></body></html>").encode("utf-8")

    art, _ = run(page(body))
    assert [(f.caption, f.credit) for f in art.figures] == [(c, "摄影：黄例") for c in captions]
    with pytest.raises(NotArticle):
        run(page("".join(f"<p>{p}</p>" for p in paragraphs)))


def test_a_line_under_a_blogs_centred_picture_closed_by_a_bracketed_credit_is_its_caption():
    """Set 108: a Japanese blog's post body set as text runs between <br>s, each picture centred, the caption the
    line after it, its credit in brackets of its own at the end ("（撮影・X）", "（X市提供）"): the caption, counted in
    the script's words; a story's line after a picture with no credit stays the story's."""
    story = "".join(f"佐渡・小木のたらい舟が今年も観光シーズンを迎えました。大型連休には約{n}千人が乗船したそうです。<br /><br />"
                    for n in range(2, 6))
    body = (f"<div class='POST_BODY'>{story}"
            "<center><img src='https://img.example/1.jpg' width='600' height='450'></center><br />"
            "たらい舟で岩場を回る小木の漁師＝20日、佐渡市小木（撮影・本間千秋）<br /><br />"
            "<center><img src='https://img.example/2.jpg' width='600' height='450'></center><br />"
            "昭和30年代の小木港の様子（佐渡市提供）<br /><br />"
            "<center><img src='https://img.example/3.jpg' width='600' height='450'></center><br />"
            "宿根木では古い船大工の家も公開されています。<br /><br />次回は両津のイカ釣り漁を紹介します。</div>")
    html = ("<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>たらい舟</title></head><body>"
            f"<h1>たらい舟</h1>{body}</body></html>").encode("utf-8")
    art, _ = run(html)
    assert [(f.caption, f.credit) for f in art.figures if f.caption] == [
        ("たらい舟で岩場を回る小木の漁師＝20日、佐渡市小木", "撮影・本間千秋"), ("昭和30年代の小木港の様子", "佐渡市提供")]
