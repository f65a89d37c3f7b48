import json
from pathlib import Path

import pytest

from corpus import annotate, filters, normalize
from corpus.config import FilterConfig
import conftest
from corpus.rejects import Ledger, Reason

REALWORLD = Path(__file__).parent / "data" / "realworld"  # the 37 shared pages' labels are labels/shared.json
GOOD = "Protesters gather outside the parliament building in Hong Kong on Sunday"


def make_sample(caption: str, **kw):
    """Filters look at file names and headlines: give them realistic ones."""
    defaults = dict(image_url="https://cdn.example.com/2019/11/hk-protest-crowd.jpg", image_src="hk-protest-crowd.jpg",
                    article_title="Hong Kong protesters defy ban on face masks | Example News",
                    article_language="en")
    return conftest.make_sample(caption, **{**defaults, **kw})


def reason(caption: str, cfg: FilterConfig = FilterConfig(), **kw) -> Reason | None:
    s = make_sample(caption, **kw)
    annotate.annotate_sample(s)
    return filters.check(s, cfg)


def test_good_caption_passes():
    assert reason(GOOD) is None


@pytest.mark.parametrize("caption", [
    "Image", "Photo:", "Click to enlarge", "Enlarge this image", "Getty Images", "File photo",
    "Handout", "Advertisement", "Bild vergrößern", "IMG_1234.JPG", "DSC_0042", "AFP/Getty Images",
    "Photo 3 of 12", "Cliquez pour agrandir", "Foto de archivo", "Symbolbild",
    "Image may contain: 2 people, people smiling, outdoor",
])
def test_boilerplate(caption):
    assert reason(caption) is Reason.FILTER_BOILERPLATE


@pytest.mark.parametrize("caption", [
    "Jane Roe/Getty Images", "Photograph: Jane Roe for The Guardian", "Фото: Иван Петров / ТАСС",
    "© Jane Roe 2023", "Credit: Jane Roe for The New York Times",
])
def test_a_caption_that_is_only_a_credit_is_boilerplate(caption):
    # a text scrape prints such a line twice where its picture stood and keeps it whole for the filters
    assert reason(caption) is Reason.FILTER_BOILERPLATE


def test_a_text_scrape_caption_that_is_only_a_credit_is_not_kept(tmp_path):
    from corpus.config import BuildConfig
    from corpus.extract.text import extract_text
    from corpus.phase1 import per_input_samples
    from corpus.records import RawDoc, SourceRef

    body = ["The harbour at Port Elsworth reopened to boats on Friday after three weeks of repairs to the quay.",
            "The harbour master said the cost of the repairs would be shared between the council and the port."]
    credit, caption = "Jane Roe/Getty Images", "Boats leave the harbour at dawn on Friday, the first morning it was open"
    text = "\n\n".join(["Harbour reopens", body[0], credit, credit, body[1], caption, caption, ""])
    ledger = Ledger()
    doc = RawDoc(SourceRef("scrape.txt"), kind="text", content=text.encode())
    kept = list(per_input_samples(extract_text(doc, BuildConfig().extract, ledger), BuildConfig(), ledger))
    assert [s.caption for s in kept] == [caption]
    # a picture shown with only its credit: no caption, recorded by the pair stage (it was kept as a "caption" the
    # boilerplate filter then dropped; the credit is now read as a credit)
    assert [r["reason"] for r in ledger.rows] == [Reason.PAIR_NO_CAPTION.value]


def test_configured_boilerplate():
    cfg = FilterConfig(boilerplate=("Subscribe to our newsletter for more photos",))
    assert reason("Subscribe to our newsletter for more photos.", cfg) is Reason.FILTER_BOILERPLATE
    assert reason("Subscribe to our newsletter for more photos.") is None


@pytest.mark.parametrize("caption", [
    "https://cdn.example.com/2019/11/hk-protest-crowd.jpg",
    "www.example.com/photos/123",
    "hong_kong_skyline_at_night_2019.jpg",
    "HK protest crowd",  # the image's own file name, spaced
])
def test_filename_or_url(caption):
    assert reason(caption) is Reason.FILTER_FILENAME


@pytest.mark.parametrize("caption, url", [
    # the copy a CMS serves is the upload's name plus a size, WordPress's "-scaled" or its edit stamp
    ("Harbour wall at dawn", "https://news.example/wp-content/uploads/2023/01/harbour-wall-at-dawn-1024x683.jpg"),
    ("harbour_wall_at_dawn", "https://news.example/wp-content/uploads/2023/01/harbour_wall_at_dawn-scaled.jpg"),
    ("Harbour wall at dawn", "https://news.example/uploads/harbour-wall-at-dawn-e1634567890123-300x200.jpg"),
    # a file name with spaces, with or without its extension
    ("Screen Shot 2020-05-01 at 3.45.12 PM.png", "https://news.example/a.png"),
    ("DSC_0042 (2).JPG", "https://news.example/a.jpg"),
])
def test_the_image_file_name_as_served_or_spaced(caption, url):
    assert reason(caption, image_url=url, image_src=url) in (Reason.FILTER_FILENAME, Reason.FILTER_BOILERPLATE)


@pytest.mark.parametrize("caption", ["Screenshot 2023-01-01 at 10.00.00", "Screen Shot 2020-05-01 at 3.45.12 PM"])
def test_a_screenshot_name_is_boilerplate(caption):
    assert reason(caption) is Reason.FILTER_BOILERPLATE


@pytest.mark.parametrize("caption, url", [
    ("Police at the scene on Monday, 1024x683", "https://news.example/police-at-the-scene-1024x683.jpg"),
    ("Kids play in the park. Pic: holiday.jpg", "https://news.example/a.jpg"),  # a sentence, then a name
])
def test_captions_that_only_mention_a_size_or_a_file_pass(caption, url):
    assert reason(caption, image_url=url, image_src=url) is None


@pytest.mark.parametrize("caption", [
    "Hong Kong protesters defy ban on face masks",
    "Hong Kong protesters defy ban on face masks | Example News",
])
def test_headline(caption):
    assert reason(caption) is Reason.FILTER_HEADLINE


def test_too_short_and_too_long():
    assert reason("Boris Johnson") is Reason.FILTER_TOO_SHORT
    assert reason(" ".join(["word"] * 201)) is Reason.FILTER_TOO_LONG
    assert reason("東京で") is Reason.FILTER_TOO_SHORT  # 3 characters ~ 2 words
    assert reason("東京電力が発表した") is None


def test_language_allow_list():
    cfg = FilterConfig(languages=("en",))
    german = "Die Bundeskanzlerin spricht am Dienstag im Bundestag in Berlin über den Haushalt"
    assert reason(german, cfg, article_language="de") is Reason.FILTER_LANGUAGE
    assert reason(GOOD, cfg) is None
    # too short for a confident caption language: the article's language decides
    assert reason("John M. Ford in 1987.", cfg, article_language="en") is None
    assert reason("John M. Ford in 1987.", cfg, article_language="fr") is Reason.FILTER_LANGUAGE
    assert reason(german, FilterConfig()) is None  # empty allow-list = every language


def test_run_duplicate_in_article_and_counts():
    samples = [
        make_sample(GOOD, id="1"),
        make_sample(GOOD.upper() + ".", id="2"),  # same caption, other figure of the same article
        make_sample(GOOD, id="3", article_id="a2"),  # another article may repeat it
        make_sample("Getty Images", id="4"),
        make_sample("Police fire tear gas at demonstrators near the university campus", id="5"),
    ]
    for s in samples:
        annotate.annotate_sample(s)
    ledger = Ledger()
    kept = list(filters.run(samples, FilterConfig(), ledger))
    assert [s.id for s in kept] == ["1", "3", "5"]
    reasons = {r["id"]: r["reason"] for r in ledger.rows}
    assert reasons == {"2": Reason.FILTER_DUPLICATE_IN_ARTICLE.value, "4": Reason.FILTER_BOILERPLATE.value}
    assert ledger.rows[0]["source"] == "pages/story.html:figure=0"
    c = ledger.counts["filter"]
    assert (c.seen, c.kept, c.rejected_total) == (5, 3, 2) and c.balanced()


def test_real_captions_pass_default_filters():
    labels = REALWORLD / "labels" / "shared.json"
    pages = json.loads(labels.read_text(encoding="utf-8"))
    samples = [make_sample(im["caption"], id=f"{p['page']}#{i}", article_id=p["page"], image_url=im["src"],
                           image_src=im["src"], article_title=None, article_language=None)
               for p in pages for i, im in enumerate(p["images"]) if im["caption"]]
    ledger = Ledger()
    kept = list(filters.run(annotate.run(normalize.run(samples, ledger)), FilterConfig(), ledger))
    # the only labeled caption repeated inside one article is timesunion's duplicated slide caption
    assert [r["reason"] for r in ledger.rows] == [Reason.FILTER_DUPLICATE_IN_ARTICLE.value]
    assert len(kept) == len(samples) - 1
