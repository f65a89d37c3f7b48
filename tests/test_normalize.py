import json
from pathlib import Path

import pytest

from corpus import normalize
from corpus.normalize import normalize_text, strip_caption_marker, strip_markup
import conftest
from corpus.rejects import Ledger, Reason

REALWORLD = Path(__file__).parent / "data" / "realworld"  # the 37 shared pages' labels are labels/shared.json


def make_sample(caption_raw: str, **kw):
    return conftest.make_sample(caption_raw, **kw)


@pytest.mark.parametrize("raw, clean", [
    ("FranÃ§ois Hollande arrives in Brussels", "François Hollande arrives in Brussels"),
    ("Officials donâ€™t expect a vote", "Officials don’t expect a vote"),
    ("Ã©tÃ© Ã  Paris", "été à Paris"),
    ("Johnson &amp; Johnson&#8217;s headquarters", "Johnson & Johnson’s headquarters"),
    ("Double &amp;#8217; escaped", "Double ’ escaped"),
    ("Zero\u200bwidth\ufeff space", "Zerowidth space"),
    ("Tab\tand\nnew line\x07bell", "Tab and new line bell"),
    ("  lots   of\u00a0 space  ", "lots of space"),
    ("Cafe\u0301 owner", "Café owner"),  # decomposed accent -> NFC
])
def test_normalize_text_repairs(raw, clean):
    assert normalize_text(raw) == clean


def test_normalize_keeps_typography_and_names():
    text = "“We won’t leave,” said Łukasz Żebrowski in Kraków — ＝ロイター"
    assert normalize_text(text) == text


def test_normalize_keeps_zwnj_needed_by_persian():
    persian = "می\u200cخواهم"
    assert normalize_text(persian) == persian


def test_normalize_none_and_empty():
    assert normalize_text(None) is None
    assert normalize_text(" \u200b ") == ""


@pytest.mark.parametrize("raw, clean", [
    ("Pictured: Angela Merkel in Berlin", "Angela Merkel in Berlin"),
    ("PICTURED LEFT: The damaged bridge", "The damaged bridge"),
    ("Pictured left to right: Ann and Bob", "Ann and Bob"),
    ("Photo shows: Flooded streets", "Flooded streets"),
    ("Im Bild: Olaf Scholz", "Olaf Scholz"),
    ("Sur la photo : Emmanuel Macron", "Emmanuel Macron"),
    ("Above: A WeWork coworking space in San Francisco.", "Above: A WeWork coworking space in San Francisco."),
    ("Alien (pictured) and 2001", "Alien (pictured) and 2001"),
    ("The team. Pictured: the coach", "The team. Pictured: the coach"),
])
def test_strip_caption_marker(raw, clean):
    assert strip_caption_marker(raw) == clean


def test_run_normalizes_fields_and_keeps_caption_raw():
    raw = "Pictured: FranÃ§ois  Hollande &amp; guests"
    s = make_sample(raw, credit=" AFP\u200b ", alt_text="  ", article_title="Le  pr&eacute;sident",
                    context_before=["First\u00a0 paragraph", " "],
                    article_authors=["Jean  Dupont"])
    ledger = Ledger()
    [out] = list(normalize.run([s], ledger))
    assert out.caption == "François Hollande & guests"
    assert out.caption_raw == raw
    assert out.credit == "AFP"
    assert out.alt_text is None
    assert out.article_title == "Le président"
    assert out.context_before == ["First paragraph"]
    assert out.article_authors == ["Jean Dupont"]


def test_article_body_is_normalized_once_per_article_keeping_every_paragraph_position():
    from corpus.normalize import normalize_paragraphs

    assert normalize_paragraphs(["One  para.", " \u200b ", "Two\u200b FranÃ§ois"]) == ["One para.", "", "Two François"]


def test_run_rejects_empty_caption_and_counts():
    samples = [make_sample("A cat on a roof", id="ok"), make_sample("\u200b \u00a0", id="blank"),
               make_sample("Pictured:", id="marker-only")]
    ledger = Ledger()
    kept = list(normalize.run(samples, ledger))
    assert [s.id for s in kept] == ["ok"]
    c = ledger.counts["normalize"]
    assert (c.seen, c.kept, c.rejected_total) == (3, 1, 2)
    assert c.balanced()
    assert {r["reason"] for r in ledger.rows} == {Reason.NORMALIZE_EMPTY.value}
    assert {r["id"] for r in ledger.rows} == {"blank", "marker-only"}
    assert ledger.rows[0]["source"] == "pages/story.html:figure=0"


def test_real_captions_are_stable():
    labels = REALWORLD / "labels" / "shared.json"
    captions = [im["caption"] for page in json.loads(labels.read_text(encoding="utf-8"))
                for im in page["images"] if im["caption"]]
    assert len(captions) > 50
    for caption in captions:
        clean = normalize_text(caption)
        assert clean and normalize_text(clean) == clean  # idempotent
        assert clean.replace(" ", "") == " ".join(caption.split()).replace(" ", "") or "Ã" in caption


@pytest.mark.parametrize("raw, clean", [
    ("&lt;p&gt;\n\tChallenge your co-workers to an arm wrestling contest.&lt;/p&gt;",
     "Challenge your co-workers to an arm wrestling contest."),  # escaped once too often by the CMS (a real page)
    ("Boats in the <b>harbour</b>.<br/>Jane Roe", "Boats in the harbour. Jane Roe"),
    ("<p>Line one.</p><p>Line two.</p>", "Line one. Line two."),
    ('<span class="x">Boats</span> at dawn', "Boats at dawn"),
    ("Prices fell where x < y and y > z", "Prices fell where x < y and y > z"),  # not tags
    ("Fans hold a sign saying <3 Oslo", "Fans hold a sign saying <3 Oslo"),
])
def test_html_tags_left_in_a_caption_as_text_are_removed(raw, clean):
    assert strip_markup(normalize_text(raw)) == clean
    sample = make_sample(raw)
    normalize.normalize_sample(sample)
    assert sample.caption == clean and sample.caption_raw == raw


PERSIAN_PAGE = """<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>برف در تهران</title>
<link rel="canonical" href="https://news.example/fa/1"></head><body><article><h1>برف در تهران</h1>
<p>مردم در خیابان\u200cهای تهران پس از بارش برف سنگین روز دوشنبه به پیاده\u200cروی رفتند و از هوای سرد لذت بردند.</p>
<figure><img src="https://news.example/img/snow.jpg"><figcaption>کودکان در پارک\u200cهای تهران برف\u200cبازی می\u200cکنند 👨\u200d👩\u200d👧</figcaption></figure>
<p>هواشناسی پیش\u200cبینی کرده است که بارش برف تا پایان هفته ادامه خواهد داشت و دمای هوا کاهش می\u200cیابد.</p>
</article></body></html>"""


@pytest.mark.parametrize("kind", ["html", "text"])
def test_persian_captions_and_paragraphs_keep_their_zwnj_through_extraction(kind):
    """Extraction used to drop U+200C/U+200D before normalize could keep them: "می\u200cکنند" became "میکنند"."""
    import re

    from corpus.config import BuildConfig
    from corpus.extract import extract_article
    from corpus.phase1 import per_input_samples
    from corpus.records import RawDoc, SourceRef
    from corpus.rejects import Ledger

    caption = "کودکان در پارک\u200cهای تهران برف\u200cبازی می\u200cکنند 👨\u200d👩\u200d👧"
    if kind == "html":
        content = PERSIAN_PAGE
    else:  # a text scrape: paragraphs between blank lines, the caption twice where its picture stood
        paragraphs = re.findall(r"<p>(.*?)</p>", PERSIAN_PAGE)
        content = "\n\n".join(["برف در تهران", paragraphs[0], caption, caption, paragraphs[1], ""])
    ledger = Ledger()
    article = extract_article(RawDoc(SourceRef(f"fa.{kind}"), kind, content.encode()), BuildConfig().extract, ledger)
    assert any("مردم در خیابان\u200cهای تهران" in p for p in article.paragraphs)
    [sample] = per_input_samples(article, BuildConfig(), ledger)
    assert sample.caption == caption and sample.caption_raw == caption
    assert "پیش\u200cبینی" in sample.context_after[0]


def test_a_credit_hidden_by_an_entity_is_split_off_after_repair():
    """A caption escaped twice reaches extraction as "storm.&nbsp;Photo: ...": no credit pattern sees the label
    behind the entity, so the credit stayed in the caption once normalize turned the entity into a space."""
    from corpus.config import BuildConfig
    from corpus.extract import extract_article
    from corpus.phase1 import per_input_samples
    from corpus.records import RawDoc, SourceRef

    page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm</title>'
            '<link rel="canonical" href="https://gazette.example/storm"></head><body><article><h1>Storm</h1>'
            "<p>A storm hit the harbour of Port Elsworth on Monday night, damaging boats and the quay.</p>"
            '<figure><img src="https://gazette.example/img/a.jpg"><figcaption>Boats lie on their sides in the harbour'
            " after the storm.&amp;nbsp;Photo: Jane Roe/Gazette</figcaption></figure>"
            "<p>Residents gathered along the sea wall on Tuesday morning to see the damage for themselves.</p>"
            "</article></body></html>")
    ledger = Ledger()
    article = extract_article(RawDoc(SourceRef("storm.html"), "html", page.encode()), BuildConfig().extract, ledger)
    [sample] = per_input_samples(article, BuildConfig(), ledger)
    assert sample.caption == "Boats lie on their sides in the harbour after the storm."
    assert (sample.credit, sample.has_credit) == ("Photo: Jane Roe/Gazette", True)


def test_a_caption_that_is_only_a_credit_stays_whole_for_the_filters():
    s = make_sample("Photo:&nbsp;Jane Roe/Gazette")
    normalize.normalize_sample(s)
    assert (s.caption, s.credit) == ("Photo: Jane Roe/Gazette", None)
