"""JSON records of articles as crawlers, extraction tools, newsroom systems and captioning datasets write them
(ingest/json_article/): each shape read through ingest and extract, as a build reads it."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from corpus.config import ExtractConfig, IngestConfig
from corpus.extract import extract_article
from corpus.ingest import read_input
from corpus.records import InputFile
from corpus.rejects import Ledger

P1 = "The council met on Tuesday evening and approved the new harbour wall after four years of debate."
P2 = "Residents of the lower town said the storms of last winter had flooded their streets twice."
P3 = "Work on the wall starts in May and should end before the autumn storms arrive on the coast."
BODY = "\n\n".join((P1, P2, P3))


def read(tmp_path: Path, records: list, name: str = "export.jsonl") -> tuple[list, Ledger]:
    """Every figure of every article the file's records give: (locator, caption, credit, src, position)."""
    path = tmp_path / name
    if name.endswith(".jsonl"):
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    else:
        path.write_text(json.dumps(records, ensure_ascii=False, indent=2), encoding="utf-8")
    real = os.path.realpath(path)
    ledger = Ledger()
    out = []
    for doc in read_input(InputFile(path=real, root=os.path.dirname(real), rel=name), IngestConfig(), ledger):
        article = extract_article(doc, ExtractConfig(), ledger)
        for f in article.figures if article else []:
            out.append((doc.ref.locator, f.caption, f.credit, f.src, f.position))
    assert ledger.unbalanced() == []
    return out, ledger


def test_a_story_kept_as_paragraph_and_caption_blocks_places_each_picture_between_its_paragraphs(tmp_path):
    # Transform-and-Tell's NYTimes800k articles: parsed_section items of type paragraph and caption
    record = {"_id": "5a1", "headline": {"main": "Harbour wall approved", "print_headline": ""},
              "web_url": "https://news.example/wall", "pub_date": "2019-03-04T10:00:00+0000",
              "parsed_section": [{"type": "paragraph", "text": P1},
                                 {"type": "caption", "text": "The lower town under water in January. Photo: Ann Lee "
                                                             "for The Daily", "hash": "9f1c0d"},
                                 {"type": "paragraph", "text": P2}, {"type": "paragraph", "text": P3}]}
    figures, _ = read(tmp_path, [record])
    assert figures == [("line=1", "The lower town under water in January.", "Photo: Ann Lee for The Daily", None, 1)]


def test_an_api_wrapper_holds_the_article_and_its_metadata(tmp_path):
    # Firecrawl's scrape response: {"success", "data": {"markdown", "metadata": {"title", "sourceURL"}}}
    markdown = (f"# Harbour wall\n\n{P1}\n\n![The wall](/media/wall.jpg)\n\nWaves break on the old wall. (Reuters)"
                f"\n\n{P2}")
    record = {"success": True, "data": {"markdown": markdown, "metadata": {
        "title": "Harbour wall", "sourceURL": "https://news.example/wall", "statusCode": 200}}}
    path = tmp_path / "scrape.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    real = os.path.realpath(path)
    doc = next(read_input(InputFile(path=real, root=str(tmp_path), rel="scrape.jsonl"), IngestConfig(), Ledger()))
    assert (doc.url, doc.title, doc.kind) == ("https://news.example/wall", "Harbour wall", "text")
    figures, _ = read(tmp_path, [record])
    assert figures == [("line=1", "Waves break on the old wall.", "Reuters", "/media/wall.jpg", 1)]


def test_a_line_that_lists_several_articles_counts_each(tmp_path):
    # Diffbot's Article API: {"objects": [article, ...]}; each object is an article of its own
    def article(n):
        return {"type": "article", "title": f"Story {n}", "pageUrl": f"https://news.example/{n}", "text": BODY,
                "images": [{"url": f"https://news.example/{n}.jpg", "caption": f"Picture of story {n}.",
                            "primary": True}]}
    figures, ledger = read(tmp_path, [{"request": {"api": "article"}, "objects": [article(1), article(2)]}])
    assert [(loc, caption) for loc, caption, *_ in figures] == [("line=1;item=1", "Picture of story 1."),
                                                                ("line=1;item=2", "Picture of story 2.")]
    assert (ledger.counts["ingest"].seen, ledger.counts["ingest"].kept) == (1 + 2, 1 + 2)  # the file, its articles


def test_html_in_a_record_keeps_its_figures_and_gains_the_captioned_lead_picture_it_lacks(tmp_path):
    # WordPress REST API: content.rendered HTML; the featured picture only in _embedded["wp:featuredmedia"]
    html = (f"<p>{P1}</p><figure class='wp-block-image'><img src='https://news.example/site.jpg'/><figcaption>"
            f"Engineers survey the site.</figcaption></figure><p>{P2}</p><p>{P3}</p>")
    record = {"id": 7, "link": "https://news.example/wall", "title": {"rendered": "Harbour wall approved"},
              "content": {"rendered": html, "protected": False},
              "_embedded": {"wp:featuredmedia": [{
                  "source_url": "https://news.example/lead.jpg", "alt_text": "harbour",
                  "caption": {"rendered": "<p>The harbour at dusk. Photo: Jo Bloggs</p>\n"}}]}}
    figures, _ = read(tmp_path, [record])
    assert [(c, cr, src, pos) for _, c, cr, src, pos in figures] == [
        ("The harbour at dusk.", "Photo: Jo Bloggs", "https://news.example/lead.jpg", 0),
        ("Engineers survey the site.", None, "https://news.example/site.jpg", 1)]


def test_newsroom_blocks_give_credits_from_names_and_agencies(tmp_path):
    # Arc XP's ANS: content_elements of type text and image, credits {by: [{name}], affiliation: [{name}]}
    record = {"type": "story", "headlines": {"basic": "Harbour wall approved"},
              "canonical_url": "https://news.example/wall",
              "content_elements": [{"type": "text", "content": f"{P1} <b>Bold</b> words."},
                                   {"type": "image", "url": "https://news.example/crane.jpg",
                                    "caption": "A crane lifts a block into place.", "subtitle": "Crane",
                                    "credits": {"by": [{"type": "author", "name": "Sam Poe"}],
                                                "affiliation": [{"name": "AP"}]}},
                                   {"type": "raw_html", "content": "<div class='ad'>Ad</div>"},
                                   {"type": "text", "content": P2}]}
    figures, _ = read(tmp_path, [record])
    assert figures == [("line=1", "A crane lifts a block into place.", "Sam Poe/AP", "https://news.example/crane.jpg",
                        1)]


def test_records_of_one_picture_each_without_a_body(tmp_path):
    # VisualNews: a JSON array, one record a picture, its article in a file beside it
    records = [{"id": 1, "caption": "Boats crowd the harbour on Monday.", "topic": "world", "source": "bbc",
                "image_path": "./bbc/images/0001/1.jpg", "article_path": "./bbc/articles/0001/1.txt"},
               {"id": 2, "caption": "A diver inspects the old wall.", "topic": "world", "source": "bbc",
                "image_path": "./bbc/images/0001/2.jpg", "article_path": "./bbc/articles/0001/1.txt"}]
    figures, _ = read(tmp_path, records, name="data.json")
    assert [(loc, c, src) for loc, c, _, src, _ in figures] == [
        ("item=1", "Boats crowd the harbour on Monday.", "./bbc/images/0001/1.jpg"),
        ("item=2", "A diver inspects the old wall.", "./bbc/images/0001/2.jpg")]


def test_a_map_of_picture_index_to_caption_and_one_of_alt_text_to_address(tmp_path):
    # GoodNews: "images": {"0": caption, "1": caption}; Jina Reader's JSON: "images": {alt: address}
    goodnews = {"article": BODY, "headline": {"main": "Harbour wall"}, "article_url": "https://news.example/a",
                "images": {"1": "Divers check the wall.", "0": "The harbour at dawn."}}
    jina = {"code": 200, "data": {"title": "Harbour wall", "url": "https://news.example/b", "content":
                                  f"{P1}\n\n![Image 1: harbour](https://news.example/b.jpg)\n\n{P2}",
                                  "images": {"Image 1: harbour": "https://news.example/b.jpg"}}}
    figures, ledger = read(tmp_path, [goodnews, jina])
    assert [(c, src) for _, c, _, src, _ in figures] == [
        ("The harbour at dawn.", None), ("Divers check the wall.", None),
        (None, "https://news.example/b.jpg")]  # Jina's picture has no caption: pair rejects it


@pytest.mark.parametrize("record, why", [
    ({"title": "Photo", "image_url": "https://news.example/x.jpg"}, "no html, text, markdown nor picture"),
    ({"data": {"status": "ok", "items": [{"id": 1}]}}, "keys: data"),
])
def test_a_record_without_body_or_captioned_picture_is_one_reject(tmp_path, record, why):
    figures, ledger = read(tmp_path, [record])
    assert figures == [] and len(ledger.rows) == 1 and why in ledger.rows[0]["detail"]


def test_an_html_body_field_is_an_article_however_short(tmp_path):
    # a Readability or Postlight result's `content`: the article's body alone; three short Japanese paragraphs
    # are under the prose a whole page needs to count as an article
    content = ("<div><figure><img src='https://news.example/eki.jpg' alt=''><figcaption>工事が進む新駅の予定地＝10日"
               "（写真：中村由紀）</figcaption></figure><p>新駅の工事が本格化している。</p><p>市は駅前を整備する。</p>"
               "<p>担当者は「玄関口にしたい」と話した。</p></div>")
    figures, ledger = read(tmp_path, [{"title": "新駅", "content": content, "url": "https://news.example/eki"}])
    assert [(c, cr) for _, c, cr, *_ in figures] == [("工事が進む新駅の予定地＝10日", "写真：中村由紀")]


def test_markdown_with_one_paragraph_a_line_reads_each_line_as_a_block(tmp_path):
    # trafilatura's JSON `text` with --images: no blank lines, a picture line and its caption on the next line
    text = (f"![Le pont](https://news.example/pont.jpg)\nLa passerelle relie le quartier au centre. Photo: Léa Roe\n"
            f"{P1}\n{P2}\n![](https://news.example/ruban.jpg)\nLe président coupe le ruban. Photo: Léa Roe\n{P3}")
    figures, _ = read(tmp_path, [{"title": "Pont", "text": text, "source": "https://news.example/pont"}])
    assert [(c, src, pos) for _, c, _, src, pos in figures] == [
        ("La passerelle relie le quartier au centre.", "https://news.example/pont.jpg", 0),
        ("Le président coupe le ruban.", "https://news.example/ruban.jpg", 2)]


def test_pictures_kept_as_lists_side_by_side_are_read_in_step(tmp_path):
    # a spider's item: image_urls, image_captions, image_credits (and the ImagesPipeline's `images`, which
    # leaves out a picture whose download failed)
    record = {"url": "https://news.example/flod", "headline": "Vårflod", "body": [P1, P2],
              "image_urls": ["https://news.example/1.jpg", "https://news.example/2.jpg"],
              "image_captions": ["Forsen vid Jockfall.", "Vallar vid campingen."],
              "image_credits": ["Foto: Elin Roe", None],
              "images": [{"url": "https://news.example/2.jpg", "path": "full/ab.jpg", "status": "downloaded"}]}
    # every list named with the word for photo ("nuotr"), which also names a credit: the caption list, the
    # addresses and the thumbnails are no credits
    nuotr = {"nuoroda": "https://news.example/kopa", "antraste": "Kopa", "tekstas": BODY,
             "nuotr_url": ["https://news.example/k1.jpg", "https://news.example/k2.jpg"],
             "nuotr_miniatiuros": ["https://news.example/k1-300x200.jpg", "https://news.example/k2-300x200.jpg"],
             "nuotr_aprasas": ["Kopa saulėlydžio metu.", "Žvejo namelis."], "nuotr_autorius": ["Rūtos Roe nuotr.", ""]}
    figures, _ = read(tmp_path, [record, nuotr])
    assert [(c, cr, src) for _, c, cr, src, _ in figures] == [
        ("Forsen vid Jockfall.", "Foto: Elin Roe", "https://news.example/1.jpg"),
        ("Vallar vid campingen.", None, "https://news.example/2.jpg"),
        ("Kopa saulėlydžio metu.", "Rūtos Roe nuotr.", "https://news.example/k1.jpg"),
        ("Žvejo namelis.", None, "https://news.example/k2.jpg")]


def test_lists_side_by_side_in_the_metadata_beside_the_body(tmp_path):
    # a crawler's committer: the page's text in `content`, its fields as lists of values in `metadata`
    record = {"reference": "https://news.example/bryggja", "content": f"Bryggja\n{P1}", "metadata": {
        "title": ["Bryggja"], "og:image": ["https://news.example/og.jpg"],
        "figure.img.src": ["https://news.example/1.jpg", "https://news.example/2.jpg"],
        "figure.caption": ["Menn festa bryggjuna.", "Börn í sundlauginni."],
        "figure.credit": ["Mynd: Jón Roe", "Mynd: Blaðið"]}}
    # one picture, no credit: the story's author is not its credit, nor the page's og:image its picture
    single = {"reference": "https://news.example/lundi", "content": f"Lundi\n{P2}", "metadata": {
        "author": ["Sigrún Roe"], "og:image": ["https://news.example/og2.jpg"],
        "figure.img.src": ["https://news.example/3.jpg"], "figure.caption": ["Lundar á klettum."]}}
    figures, _ = read(tmp_path, [record, single])
    assert [(c, cr, src) for _, c, cr, src, _ in figures] == [
        ("Menn festa bryggjuna.", "Mynd: Jón Roe", "https://news.example/1.jpg"),
        ("Börn í sundlauginni.", "Mynd: Blaðið", "https://news.example/2.jpg"),
        ("Lundar á klettum.", None, "https://news.example/3.jpg")]


def test_a_map_of_records_and_a_list_of_stories_give_one_article_each(tmp_path):
    # GoodNews's captioning_dataset.json, {id: article}; an ANS search result, stories under content_elements
    goodnews = {"5a1": {"article": BODY, "headline": {"main": "Wall"}, "images": {"0": "The harbour at dawn."}},
                "5a2": {"article": BODY, "headline": {"main": "Quay"}, "images": {"0": "Boats at the quay."}}}
    story = {"type": "story", "headlines": {"basic": "Wall"}, "content_elements": [
        {"type": "text", "content": P1}, {"type": "text", "content": P2}],
        "promo_items": {"basic": {"type": "image", "url": "https://news.example/lead.jpg",
                                  "caption": "Divers check the wall. Foto: Aton Chile"}}}
    results = {"type": "results", "count": 2, "content_elements": [story, dict(story, _id="b")]}
    figures, ledger = read(tmp_path, [goodnews, results])
    assert [(loc, c) for loc, c, *_ in figures] == [
        ("line=1;item=1", "The harbour at dawn."), ("line=1;item=2", "Boats at the quay."),
        ("line=2;item=1", "Divers check the wall."), ("line=2;item=2", "Divers check the wall.")]
    assert (ledger.counts["ingest"].seen, ledger.counts["ingest"].kept) == (1 + 4, 1 + 4)


def test_nested_components_galleries_and_caption_blocks(tmp_path):
    # Apple News Format: a header holding the lead photo, a caption component repeating its photo's caption, a
    # gallery's items, an author box whose portrait is captioned with the author's name
    record = {"version": "1.9", "title": "Rynek", "components": [
        {"role": "header", "components": [{"role": "photo", "URL": "bundle://lead.jpg",
                                           "caption": {"text": "Rynek po remoncie. Fot. Jan Roe", "format": "none"}}]},
        {"role": "title", "text": "Rynek"},
        {"role": "body", "format": "html", "text": f"<p>{P1}</p><p>{P2}</p>"},
        {"role": "photo", "URL": "bundle://ratusz.jpg", "caption": "Ratusz przejdzie remont. Fot. PAP/Jan Roe"},
        {"role": "caption", "text": "Ratusz przejdzie remont. Fot. PAP/Jan Roe"},
        {"role": "body", "text": P3},
        {"role": "gallery", "items": [{"URL": "bundle://g1.jpg", "caption": "Nowe ławki."},
                                      {"URL": "bundle://g2.jpg", "caption": "Ogródki wrócą w maju."}]},
        {"role": "container", "components": [{"role": "portrait", "URL": "bundle://autor.jpg", "caption": "Anna Roe"},
                                             {"role": "author", "text": "Anna Roe – dziennikarka."}]}]}
    figures, _ = read(tmp_path, [record], name="article.json")
    assert [(c, src, pos) for _, c, _, src, pos in figures] == [
        ("Rynek po remoncie.", "bundle://lead.jpg", 0), ("Ratusz przejdzie remont.", "bundle://ratusz.jpg", 1),
        ("Nowe ławki.", "bundle://g1.jpg", 2), ("Ogródki wrócą w maju.", "bundle://g2.jpg", 2)]


def test_a_cms_models_pictures_under_its_own_field_names(tmp_path):
    # Django's dumpdata (fields: cover_image, cover_caption, cover_credit; body blocks), Strapi v4 (a media block
    # whose caption sits with the file it wraps; a slider of files), ninjs (associations, caption by role)
    django = {"model": "news.article", "pk": 211, "fields": {
        "title": "Gondol", "cover_image": "covers/gondol.jpg", "cover_caption": "Gondollar yeniden suda.",
        "cover_credit": "Fotoğraf: Emre Roe", "body": [
            {"type": "paragraph", "text": P1}, {"type": "image", "image": "articles/iskele.jpg",
                                                "caption": "İskelede kuyruk.", "credit": ""},
            {"type": "paragraph", "text": P2}]}}
    def media(name, caption):
        return {"data": {"id": 1, "attributes": {"name": name, "caption": caption, "url": f"/uploads/{name}",
                                                 "formats": {"thumbnail": {"url": f"/uploads/thumb_{name}"}}}}}
    strapi = {"data": [{"id": 12, "attributes": {"title": "Dom", "blocks": [
        {"__component": "shared.rich-text", "body": f"{P1}\n\n{P2}"},
        {"__component": "shared.media", "file": media("reznik.jpg", "Rezchik za rabotoy.")},
        {"__component": "shared.slider", "files": {"data": [media("dom.jpg", "Dom v 1970-kh.")["data"]]}}]}}],
        "meta": {"pagination": {"total": 1}}}
    ninjs = {"type": "text", "headlines": [{"role": "main", "value": "Kyrka"}],
             "bodies": [{"role": "text", "contenttype": "text/plain", "value": BODY}],
             "associations": [{"type": "picture", "by": "Elin Roe/NNB", "descriptions": [
                 {"role": "alt", "value": "Kyrkan"}, {"role": "caption", "value": "Kyrkan på sin nya plats."}],
                 "renditions": [{"href": "https://news.example/thumb.jpg", "width": 256, "height": 170}]}]}
    figures, _ = read(tmp_path, [django, strapi, ninjs])
    assert [(c, cr, src) for _, c, cr, src, _ in figures] == [
        ("Gondollar yeniden suda.", "Fotoğraf: Emre Roe", "covers/gondol.jpg"),
        ("İskelede kuyruk.", None, "articles/iskele.jpg"),
        ("Rezchik za rabotoy.", None, "/uploads/reznik.jpg"), ("Dom v 1970-kh.", None, "/uploads/dom.jpg"),
        ("Kyrkan på sin nya plats.", "Elin Roe/NNB", "https://news.example/thumb.jpg")]


def test_a_body_kept_as_typed_pieces_is_read_from_its_html(tmp_path):
    # feedparser's entry `content`: [{"type": "text/html", "value": ...}]
    html = (f"<p>{P1}</p><figure class='wp-caption'><img src='https://news.example/pod.jpg'/><figcaption>Podul va fi "
            f"închis trei luni. Foto: Ioana Roe</figcaption></figure><p>{P2}</p><p>{P3}</p>")
    entry = {"title": "Pod", "link": "https://news.example/pod", "summary": "<p>Podul [...]</p>",
             "content": [{"type": "text/html", "language": None, "value": html}]}
    figures, _ = read(tmp_path, [{"bozo": False, "entries": [entry], "feed": {"title": "Ecoul"}}])
    assert [(loc, c, cr) for loc, c, cr, *_ in figures] == [
        ("line=1;item=1", "Podul va fi închis trei luni.", "Foto: Ioana Roe")]


def test_a_packaged_address_stays_as_written_and_a_local_one_does_not(tmp_path):
    record = {"title": "Wall", "text": BODY, "images": [
        {"url": "bundle://wall.jpg", "caption": "The wall from the quay."},
        {"url": "file:///home/jane/crawl/wall2.jpg", "caption": "The wall at night."},
        {"url": "C:\\crawl\\wall3.jpg", "caption": "The wall at dawn."}]}
    figures, _ = read(tmp_path, [record])
    assert [src for *_, src, _ in figures] == ["bundle://wall.jpg", None, None]


def test_records_of_one_picture_each_name_their_article_by_its_path(tmp_path):
    # VisualNews: pictures of one article share its article_path (one article, one split group); a picture record
    # naming no article is its own, never one article with every other body-less record of the file
    records = [{"id": 1, "caption": "Boats crowd the harbour.", "image_path": "./a/1.jpg", "article_path": "./a/1.txt"},
               {"id": 2, "caption": "A diver at the wall.", "image_path": "./a/2.jpg", "article_path": "./a/1.txt"},
               {"id": 3, "caption": "Gulls over the quay.", "image_path": "./a/3.jpg", "article_path": "./a/9.txt"},
               {"caption": "Nets drying in the sun.", "image_path": "./a/4.jpg"},
               {"caption": "The lighthouse at dusk.", "image_path": "./a/5.jpg"}]
    path = tmp_path / "data.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    real = os.path.realpath(path)
    ledger = Ledger()
    ids = [extract_article(doc, ExtractConfig(), ledger).article_id
           for doc in read_input(InputFile(path=real, root=str(tmp_path), rel="data.json"), IngestConfig(), ledger)]
    assert ids[0] == ids[1] and len(set(ids)) == 4


def test_a_crawlers_own_field_names_in_its_own_language(tmp_path):
    # field names a local developer chose: the body is the record's prose, a picture an object holding an image
    # file's address and a caption (named so in some language, or its longest wording), a credit named so
    spanish = {"titulo": "Vendimia", "cuerpoHtml": f"<p>{P1}</p><p>{P2}</p>", "url": "https://news.example/v",
               "fotos": [{"src": "https://news.example/f/uvas.jpg",
                          "epigrafe": "Cosecheras en una finca. Foto: Ana Roe"}]}
    chinese = {"標題": "淨灘", "網址": "https://news.example/c", "內文": ["環保局今天上午舉辦淨灘活動，吸引約四百名志工參加。",
                                                                    "半天共清出約兩噸垃圾，以廢棄漁網最多。"],
               "圖片": [{"網址": "https://news.example/c/01.jpg", "圖說": "志工在海岸撿拾漂流垃圾。"}]}
    hebrew = {"ttl": "טיילת", "txt": "טיילת נהריה נפתחה מחדש לציבור. העירייה השקיעה מיליונים בשיפוץ הטיילת והחוף.",
              "img_src": "https://news.example/h/1.jpg", "img_cap": "הטיילת לאחר השיפוץ",
              "imgs": [["https://news.example/h/2.jpg", "מהנדסת העירייה בסיור בשטח"]]}
    italian = {"titolo": "Festa", "url_articolo": "https://news.example/i", "img_src": "https://news.example/i/1.jpg",
               "img_alt": "processione", "didascalia": "La processione sul monte.", "crediti": "Foto di Gavino Roe"}
    figures, _ = read(tmp_path, [spanish, chinese, hebrew, italian])
    assert [(c, cr, src) for _, c, cr, src, _ in figures] == [
        ("Cosecheras en una finca.", "Foto: Ana Roe", "https://news.example/f/uvas.jpg"),
        ("志工在海岸撿拾漂流垃圾。", None, "https://news.example/c/01.jpg"),
        # (a list's pictures, here [address, caption] pairs, come before those of the record's own fields)
        ("מהנדסת העירייה בסיור בשטח", None, "https://news.example/h/2.jpg"),
        ("הטיילת לאחר השיפוץ", None, "https://news.example/h/1.jpg"),
        ("La processione sul monte.", "Foto di Gavino Roe", "https://news.example/i/1.jpg")]


def test_a_title_or_summary_beside_a_picture_and_a_teaser_card_are_no_captions(tmp_path):
    # a news API's record (its picture's address beside its title and summary); a related story's card
    newsapi = {"source": {"name": "Example"}, "title": "Harbour wall approved after four years of debate",
               "description": "The council approved the new harbour wall on Tuesday evening after four years.",
               "url": "https://news.example/wall", "urlToImage": "https://news.example/wall.jpg", "content": BODY}
    related = {"url": "https://news.example/quay", "text": BODY, "extra": [
        {"thumb": "https://news.example/t/quay.jpg", "title": "Fishermen protest the new quay fees",
         "link": "https://news.example/2025/quay-fees"}]}
    figures, _ = read(tmp_path, [newsapi, related])
    assert [c for _, c, *_ in figures if c] == []


def test_a_map_of_records_counts_a_value_that_holds_no_article(tmp_path):
    records = {"a1": {"naslov": "Orgulje", "tekst_html": f"<p>{P1}</p><p>{P2}</p>",
                      "slike": [{"datoteka": "slike/a1/01.jpg", "opis": "Ronioci čiste cijevi."}]},
               "a2": {"naslov": "Kajaci", "tekst_html": "<p>Kratko.</p>",
                      "slike": [{"datoteka": "slike/a2/01.jpg", "opis": "Kajakaši ispod mosta."}]},
               "a3": {"naslov": "Prazno", "datum": "2026-05-20"}}
    figures, ledger = read(tmp_path, [records], name="archive.json")
    assert [(loc, c) for loc, c, *_ in figures] == [("item=1;item=1", "Ronioci čiste cijevi."),
                                                   ("item=1;item=2", "Kajakaši ispod mosta.")]
    assert [r["source"] for r in ledger.rows] == ["archive.json:item=1;item=3"]  # counted and named, not lost


def test_renditions_of_one_picture_and_its_fields_in_a_container(tmp_path):
    # NYT Top Stories' multimedia (one picture in three renditions); the Guardian's content API (fields.body HTML
    # showing a picture at 1000px, elements[].assets[] giving it and the main picture in other renditions with
    # typeData captions); NYT Article Search's multimedia object with a credit and an empty caption
    def rendition(size, w):
        return {"url": f"https://img.example/flies-{size}.jpg", "format": size, "width": w, "height": w // 3 * 2,
                "caption": "Flies at the family shop.", "copyright": "Tai Roe for The Metro Times"}
    top = {"title": "Flies", "abstract": "A shop.", "url": "https://news.example/flies",
           "multimedia": [rendition("superJumbo", 2048), rendition("threeByTwo", 600), rendition("thumb", 150)]}
    body = (f"<p>{P1}</p><figure><img src='https://img.example/arch/1000.jpg'><figcaption>Masons fit a stone."
            f"</figcaption></figure><p>{P2}</p>")
    guardian = {"id": "uk/wall", "webUrl": "https://news.example/wall", "fields": {"headline": "Wall", "body": body},
                "elements": [{"relation": "main", "type": "image", "assets": [
                    {"file": "https://img.example/bridge/2000.jpg", "typeData": {"caption": "The old bridge.",
                                                                                  "credit": "Photograph: Ewan Roe"}}]},
                             {"relation": "body", "type": "image", "assets": [
                                 {"file": "https://img.example/arch/2000.jpg",
                                  "typeData": {"caption": "Masons fit a stone."}}]}]}
    search = {"headline": {"main": "Wind"}, "web_url": "https://news.example/wind", "abstract": "Wind.",
              "multimedia": {"caption": "", "credit": "Wyoming Department of Transportation",
                             "default": {"url": "https://img.example/wind.jpg", "width": 600}}}
    figures, _ = read(tmp_path, [top, guardian, search])
    assert [(c, cr, src) for _, c, cr, src, _ in figures if c] == [
        ("Flies at the family shop.", "Tai Roe for The Metro Times", "https://img.example/flies-superJumbo.jpg"),
        ("The old bridge.", "Photograph: Ewan Roe", "https://img.example/bridge/2000.jpg"),
        ("Masons fit a stone.", None, "https://img.example/arch/1000.jpg")]


def test_a_feed_converted_from_xml_reads_its_attributes_and_text(tmp_path):
    # an RSS feed as xmltodict turns it into JSON: attributes "@url", text "#text", namespaced "media:content"
    item = {"title": "Harbour wall approved", "link": "https://news.example/wall",
            "content:encoded": f"<p>{P1}</p><p>{P2}</p>",
            "media:content": {"@url": "https://news.example/wall.jpg", "@medium": "image",
                              "media:description": {"@type": "plain", "#text": "The old harbour wall at dawn."},
                              "media:credit": {"@role": "photographer", "#text": "Jane Roe"}}}
    feed = {"rss": {"@version": "2.0", "channel": {"title": "Harbour News", "item": [item]}}}
    figures, _ = read(tmp_path, [feed])
    assert [(c, cr, src) for _, c, cr, src, _ in figures] == [
        ("The old harbour wall at dawn.", "Jane Roe", "https://news.example/wall.jpg")]


def test_a_feed_parsed_by_xml2js_reads_its_story_html_and_its_media_pictures(tmp_path):
    # set 60: an RSS feed as xml2js parses it: every child in a list, attributes under "$", text under "_", the
    # namespaces declared on the root ("xmlns:content": a URI, no story), the story in content:encoded (HTML with
    # a figure) and a second picture in media:content with its description and credit
    figure = ('<p>%s</p><figure><img src="https://news.example/u/cattle.jpg" alt="Cattle"/><figcaption>Cattle drink '
              'at the trough. <span class="credit">Photo: Uri Roe</span></figcaption></figure><p>%s</p>' % (P1, P2))
    item = {"title": ["Rain in the north"], "link": ["https://news.example/rain"], "description": ["Heavy rain."],
            "content:encoded": [figure],
            "media:content": [{"$": {"url": "https://news.example/u/road.jpg", "medium": "image"},
                               "media:description": [{"_": "People wade through water on the road.",
                                                      "$": {"type": "plain"}}],
                               "media:credit": [{"_": "Uri Roe", "$": {"role": "photographer"}}]}]}
    feed = {"rss": {"$": {"version": "2.0", "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
                          "xmlns:media": "http://search.yahoo.com/mrss/"},
                    "channel": [{"title": ["North News"], "item": [item]}]}}
    figures, _ = read(tmp_path, [feed], name="feed.json")
    assert sorted((c, cr, src) for _, c, cr, src, _ in figures) == [
        ("Cattle drink at the trough.", "Photo: Uri Roe", "https://news.example/u/cattle.jpg"),
        ("People wade through water on the road.", "Uri Roe", "https://news.example/u/road.jpg")]


def test_a_news_sitemap_converted_from_xml_reads_its_image_entries(tmp_path):
    # a crawl that kept each page's Google News sitemap entry as xmltodict wrote it: no attributes, only namespaced
    # elements ("image:image" an object for one picture, a list for several; "image:loc" its address, the credit
    # glued on the caption); a page's head meta ("og:image") in the same record stays a meta field
    def entry(slug: str, images: object) -> dict:
        return {"loc": f"https://news.example/{slug}/", "fetched": "2025-07-20T06:00:10Z",
                "meta": {"og:image": f"https://news.example/img/{slug}-og.jpg", "og:description": "A summary."},
                "sitemap": {"loc": f"https://news.example/{slug}/", "news:news": {
                    "news:publication": {"news:name": "Valley Daily", "news:language": "en"},
                    "news:title": f"The {slug} story"}, "image:image": images},
                "text": f"{P1}\n{P2}"}
    market = entry("market", [{"image:loc": "https://news.example/img/market.jpg",
                               "image:caption": "Stallholders set up on the square (Photo: Lea Moss)",
                               "image:title": "market"},
                              {"image:loc": "https://news.example/img/cheese.jpg",
                               "image:caption": "A farmer sells cheese from the hills."}])
    bridge = entry("bridge", {"image:loc": "https://news.example/img/bridge.jpg",
                              "image:caption": "Workers repair the old bridge's railing."})
    figures, _ = read(tmp_path, [market, bridge], name="crawl.json")
    assert [(c, cr, src) for _, c, cr, src, _ in figures] == [
        ("Stallholders set up on the square", "Photo: Lea Moss", "https://news.example/img/market.jpg"),
        ("A farmer sells cheese from the hills.", None, "https://news.example/img/cheese.jpg"),
        ("Workers repair the old bridge's railing.", None, "https://news.example/img/bridge.jpg")]


def test_a_column_of_pictures_kept_as_python_writes_it_is_read(tmp_path):
    # set 60: a crawl that went through pandas' CSV and back: the pictures column is the str() of a list of dicts
    # (single quotes, None); read as literals only. A string that merely looks so and is no literal stays text.
    record = {"url": "https://news.example/grilles", "titre": "Grilles", "texte": BODY,
              "images": str([{"legende": "The gilded gates after six months in the workshop.", "credit": None,
                              "src": "https://news.example/i/grilles.jpg"},
                             {"legende": "A gilder lays gold leaf in the workshop.", "credit": "Photo: Anne Roe",
                              "src": "https://news.example/i/doreur.jpg"}])}
    code = {"url": "https://news.example/code", "title": "Code", "text": BODY,
            "images": "[{'src': __import__('os').getcwd()}]"}
    figures, _ = read(tmp_path, [record, code])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("The gilded gates after six months in the workshop.", None, "https://news.example/i/grilles.jpg"),
        ("A gilder lays gold leaf in the workshop.", "Photo: Anne Roe", "https://news.example/i/doreur.jpg")]


def test_fundus_articles_pictures_are_read_at_their_widest_version_with_their_authors(tmp_path):
    # set 60: fundus's Article.to_json(): each image with its versions (url, size {width, height}), its caption and
    # its authors (who made the picture: the credit)
    def version(name: str, width: int) -> dict:
        return {"url": f"https://news.example/b/{name}-{width}.jpg", "size": {"width": width, "height": width * 9 // 16},
                "type": "image/jpeg"}
    record = {"url": "https://news.example/brunnen", "title": "Fountain", "authors": ["Lena Roe"],
              "body": {"summary": ["A new fountain."], "sections": [{"headline": [], "paragraphs": [P1, P2]}]},
              "images": [{"versions": [version("brunnen", 480), version("brunnen", 1600), version("brunnen", 960)],
                          "is_cover": True, "description": "Fountain", "authors": ["Lena Roe"], "position": 0,
                          "caption": "The new fountain on the square will be opened on Saturday."}]}
    figures, _ = read(tmp_path, [record], name="articles.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("The new fountain on the square will be opened on Saturday.", "Lena Roe",
         "https://news.example/b/brunnen-1600.jpg")]


def test_a_loaders_flattened_fields_are_nested_again(tmp_path):
    # set 60: dlt's filesystem destination flattens nested objects into "parent__child" columns: the author's
    # portrait ("autore__foto_url") and the lead picture ("immagine__url", "immagine__didascalia", ...) sit side by
    # side; nested again, the picture's address is its own, not the portrait's
    record = {"url": "https://news.example/sfilata", "titolo": "Sfilata", "testo": BODY,
              "autore__nome": "Marco Roe", "autore__foto_url": "https://news.example/autori/marco-roe.jpg",
              "immagine__url": "https://news.example/foto/traccas.jpg",
              "immagine__didascalia": "Decorated carts parade along the main street on Sunday.",
              "immagine__credito": "Foto: Marco Roe",
              "immagine__anteprima_url": "https://news.example/foto/traccas-400x225.jpg",
              "_dlt_load_id": "1776142311.48", "_dlt_id": "kX2"}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Decorated carts parade along the main street on Sunday.", "Foto: Marco Roe",
         "https://news.example/foto/traccas.jpg")]


def test_a_pictures_signature_field_is_its_credit(tmp_path):
    # set 60: a Spanish crawler's picture fields: "pie" (the caption) and "firma" (the signature: the credit)
    record = {"url": "https://news.example/feria", "titulo": "Feria", "cuerpo": BODY, "fotos": [
        {"url": "https://news.example/f/casetas.jpg", "pie": "Workers put up the marquees at the fairground.",
         "firma": "EFE/Ramon Roe"}]}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Workers put up the marquees at the fairground.", "EFE/Ramon Roe", "https://news.example/f/casetas.jpg")]


def test_an_extraction_result_kept_under_a_users_own_name_is_the_records_body(tmp_path):
    # set 63: a news search API's article list with the researcher's own extraction kept under "extract" (its text,
    # its lead picture, its authors): the text is the story's body and the lead picture has no caption, not a
    # picture captioned with the story
    record = {"url": "https://news.example/cycleway", "title": "Cycleway to open", "seendate": "20250605T031500Z",
              "socialimage": "https://news.example/m/cycleway-1200x630.jpg",
              "extract": {"text": f"{P1} {P2}", "top_image": "https://news.example/m/cycleway-1200x630.jpg",
                          "authors": ["Hemi Roe"]}}
    figures, _ = read(tmp_path, [{"articles": [record]}], name="artlist.json")
    assert [cap for _, cap, _, _, _ in figures] == [None]


def test_an_advertools_crawl_line_with_its_values_joined_and_its_figcaptions_as_html(tmp_path):
    # set 63: advertools' crawl() joins a field's several values with "@@"; the page's every img_src (a logo, an
    # avatar, the photos) beside the figures' own fig_img and fig_caption (each figcaption's HTML, the credit in a
    # span classed credit): the figures' pictures take their own captions, the credit split by its class
    line = {"url": "https://news.example/festival", "title": "Festival", "body_text": f"{P1}\n{P2}",
            "h2": "Latest@@Read also", "links_url": "https://news.example/@@https://news.example/news/",
            "img_src": "https://news.example/logo.svg@@https://news.example/authors/roe-80.jpg@@"
                       "https://news.example/u/market.jpg@@https://news.example/u/dance.jpg",
            "img_alt": "News@@Jane Roe@@@@Dance",
            "fig_img": "https://news.example/u/market.jpg@@https://news.example/u/dance.jpg",
            "fig_caption": '<figcaption>People at the festival market. <span class="credit">Photo: Jane Roe</span>'
                           '</figcaption>@@<figcaption>Children dance at the festival.</figcaption>'}
    figures, _ = read(tmp_path, [line])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("People at the festival market.", "Photo: Jane Roe", "https://news.example/u/market.jpg"),
        ("Children dance at the festival.", None, "https://news.example/u/dance.jpg")]


def test_avro_union_branches_are_their_values(tmp_path):
    # set 66: avro-tools tojson writes a nullable field's value as its union branch ({"string": "..."}, null alone)
    record = {"url": {"string": "https://news.example/bahn"}, "titel": {"string": "Tram"}, "text": {"string": BODY},
              "bilder": [{"url": "https://news.example/b/tram.jpg",
                          "bildunterschrift": {"string": "A tram at the stop on Monday morning."},
                          "bildnachweis": {"string": "Foto: Jan Roe"}},
                         {"url": "https://news.example/b/track.jpg", "bildunterschrift": None, "bildnachweis": None}]}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures if cap] == [
        ("A tram at the stop on Monday morning.", "Foto: Jan Roe", "https://news.example/b/tram.jpg")]


def test_a_search_apis_pagemap_picture_takes_its_lower_cased_credit(tmp_path):
    # set 66: Google's Custom Search results: each item's pagemap holds schema.org's ImageObject with its names
    # lower-cased ("credittext")
    item = {"kind": "customsearch#result", "title": "Bridge lit", "link": "https://news.example/ponte",
            "snippet": P1, "pagemap": {"imageobject": [{"url": "https://news.example/f/ponte.jpg",
                                                          "caption": "The bridge lit by the new lights at night.",
                                                          "credittext": "Foto: Luca Roe"}],
                                       "metatags": [{"og:description": P2}]}}
    figures, _ = read(tmp_path, [{"kind": "customsearch#search", "items": [item]}], name="cse.json")
    assert [(cap, cred) for _, cap, cred, _, _ in figures if cap] == [
        ("The bridge lit by the new lights at night.", "Foto: Luca Roe")]


def test_articles_as_stores_and_queues_keep_them(tmp_path):
    # a queue message whose payload is JSON in a string; a DynamoDB scan's typed values; a Firestore document
    article = {"url": "https://news.example/a", "title": "Wall", "text": BODY,
               "images": [{"url": "https://news.example/a.jpg", "caption": "The wall at dawn."}]}
    kafka = {"topic": "articles", "partition": 0, "offset": 12, "payload": json.dumps(article)}
    dynamo = {"Items": [{"url": {"S": "https://news.example/b"}, "body": {"S": BODY}, "photos": {"L": [{"M": {
        "src": {"S": "https://news.example/b.jpg"}, "caption": {"S": "Boats at the quay."}}}]}}], "Count": 1}
    firestore = {"name": "projects/p/databases/(default)/documents/news/c", "fields": {
        "body": {"stringValue": BODY}, "cover": {"mapValue": {"fields": {
            "url": {"stringValue": "https://news.example/c.jpg"},
            "caption": {"stringValue": "Gulls over the pier."}}}}}}
    figures, _ = read(tmp_path, [kafka, dynamo, firestore])
    assert [(c, src) for _, c, _, src, _ in figures] == [("The wall at dawn.", "https://news.example/a.jpg"),
                                                       ("Boats at the quay.", "https://news.example/b.jpg"),
                                                       ("Gulls over the pier.", "https://news.example/c.jpg")]


def test_a_document_opening_over_lines_is_one_document_not_json_lines(tmp_path):
    # CouchDB's _all_docs: one JSON document written a row a line, its first line an opened object
    rows = [{"id": f"a{n}", "doc": {"type": "clanak", "tekst": f"<p>{P1}</p><p>{P2}</p>", "media": [
        {"src": f"https://news.example/{n}.jpg", "opis": f"Picture number {n} of the day."}]}} for n in (1, 2)]
    author = {"id": "autor:x", "doc": {"type": "autor", "ime": "Jovana", "opis": "Novinarka rubrike Kultura",
                                       "foto": "/slike/autori/x.jpg"}}
    text = '{"total_rows":3,"offset":0,"rows":[\n' + ",\n".join(json.dumps(r) for r in rows + [author]) + "\n]}\n"
    path = tmp_path / "all_docs.json"
    path.write_text(text, encoding="utf-8")
    real = os.path.realpath(path)
    ledger = Ledger()
    articles = [extract_article(doc, ExtractConfig(), ledger)
                for doc in read_input(InputFile(path=real, root=str(tmp_path), rel="all_docs.json"), IngestConfig(),
                                      ledger)]
    captions = [f.caption for article in articles if article for f in article.figures if f.caption]
    assert captions == ["Picture number 1 of the day.", "Picture number 2 of the day."]  # an author's profile: none
    assert any("kind 'autor'" in r["detail"] for r in ledger.rows)


def test_a_spreadsheets_numbered_photo_columns_and_joined_columns(tmp_path):
    # the Google Sheets API's rows under a header row; an Airtable record's numbered columns with an attachment;
    # a script's columns of pictures and captions joined by a bar; a row with a title and no caption is no picture
    sheet = {"range": "A1:H3", "majorDimension": "ROWS", "values": [
        ["Kichwa", "Habari", "Photo 1 URL", "Photo 1 caption", "Photo 1 credit", "Photo 2 URL", "Photo 2 caption"],
        ["Gugu maji", BODY, "https://news.example/s1.jpg", "Wavuvi wakiondoa gugu maji.", "Picha: Roe",
         "https://news.example/s2.jpg", ""],
        ["Omena", "Bei ya omena yapanda. Debe moja sasa linauzwa ghali.", "https://news.example/s3.jpg",
         "", "", "", ""]]}
    airtable = {"records": [{"id": "rec1", "fields": {"Titre": "Coopérative", "Texte": BODY,
                                                      "Photo 1": [{"url": "https://news.example/at1.jpg",
                                                                   "width": 1600}],
                                                      "Légende photo 1": "Des pousse-pousse devant la gare.",
                                                      "Crédit photo 1": "Photo : Fanja Roe"}}]}
    joined = {"tieu_de": "Festival", "noi_dung": BODY,
              "anh_urls": "https://news.example/v1.jpg|https://news.example/v2.jpg",
              "chu_thich_anh": "Du khách tham quan Đại Nội.|Màn trình diễn nhã nhạc."}
    figures, _ = read(tmp_path, [sheet, airtable, joined])
    assert [(c, cr, src) for _, c, cr, src, _ in figures if c] == [
        ("Wavuvi wakiondoa gugu maji.", "Picha: Roe", "https://news.example/s1.jpg"),
        ("Des pousse-pousse devant la gare.", "Photo : Fanja Roe", "https://news.example/at1.jpg"),
        ("Du khách tham quan Đại Nội.", None, "https://news.example/v1.jpg"),
        ("Màn trình diễn nhã nhạc.", None, "https://news.example/v2.jpg")]


def test_blocks_under_a_writers_own_name_and_a_kind_in_one_letter(tmp_path):
    # a MongoDB Compass export: the body as blocks under "honbun", each block's kind in "t"; a hero picture
    record = {"_id": {"$oid": "ec8a"}, "midashi": "湖山池のハス", "keisai": {"$date": "2025-07-02T21:00:00Z"},
              "hero": {"src": "https://news.example/hero.jpg", "caption": "見頃を迎えたハス＝2日", "credit": "田中撮影"},
              "honbun": [{"t": "p", "text": "鳥取市の湖山池で、ハスの花が見頃を迎えている。群生地では花が次々と開いている。"},
                         {"t": "photo", "src": "https://news.example/boat.jpg", "caption": "観賞船から花を眺める観光客"},
                         {"t": "p", "text": "観賞船は週末に運航する。乗船客は昨年の倍になった。"}]}
    figures, _ = read(tmp_path, [record], name="export.json")
    assert [(c, src, pos) for _, c, _, src, pos in figures] == [
        ("見頃を迎えたハス＝2日", "https://news.example/hero.jpg", -1),  # (a picture no block places: unplaced)
        ("観賞船から花を眺める観光客", "https://news.example/boat.jpg", 1)]


def test_a_notebooks_tables_and_a_feed_parsed_by_xml2js(tmp_path):
    # pandas to_json orient="split" (numbered photo columns named in Greek) and a dict of lists (orient="list");
    # orient="records" rows with lists side by side named in Romanian; rss-parser's items (xml2js: "$", "_")
    split = {"columns": ["link", "titlos", "keimeno", "foto_1", "lezanta_1"], "index": [0, 1], "data": [
        ["https://news.example/g1", "Λιμάνι", BODY, "https://news.example/g1.jpg", "Το κρουαζιερόπλοιο στο λιμάνι."],
        ["https://news.example/g2", "Χιόνι", BODY, "https://news.example/g2.jpg", "Σκιέρ στις πίστες."]]}
    columns = {"url": ["https://news.example/v1", "https://news.example/v2"], "tieu_de": ["Cầu Rồng", "Mỹ Khê"],
               "noi_dung": [BODY, BODY], "anh": [["https://news.example/v1.jpg"], ["https://news.example/v2.jpg"]],
               "chu_thich": [["Du khách xem cầu Rồng."], ["Người dân tắm biển."]]}
    records = {"url": "https://news.example/r", "titlu": "Sera", "continut": BODY,
               "imagini": ["https://news.example/r1.jpg", "https://news.example/r2.jpg"],
               "legende": ["Sera nouă a Grădinii Botanice.", "Studenți voluntari plantează lalele."],
               "credite": ["Foto: Andrei Roe", None]}
    feed = {"items": [{"title": "Bağ evleri", "link": "https://news.example/t", "content": f"<p>{P1}</p><p>{P2}</p>",
                       "media": [{"$": {"url": "https://news.example/t.jpg", "medium": "image"},
                                  "media:title": ["Bağ evi"],
                                  "media:description": [{"_": "Restore edilen bağ evlerinden biri.",
                                                          "$": {"type": "plain"}}],
                                  "media:credit": [{"_": "Ahmet Roe", "$": {"role": "photographer"}}]}]}]}
    figures, _ = read(tmp_path, [split, columns, records, feed])
    assert [(c, cr, src) for _, c, cr, src, _ in figures if c] == [
        ("Το κρουαζιερόπλοιο στο λιμάνι.", None, "https://news.example/g1.jpg"),
        ("Σκιέρ στις πίστες.", None, "https://news.example/g2.jpg"),
        ("Du khách xem cầu Rồng.", None, "https://news.example/v1.jpg"),
        ("Người dân tắm biển.", None, "https://news.example/v2.jpg"),
        ("Sera nouă a Grădinii Botanice.", "Foto: Andrei Roe", "https://news.example/r1.jpg"),
        ("Studenți voluntari plantează lalele.", None, "https://news.example/r2.jpg"),
        ("Restore edilen bağ evlerinden biri.", "Ahmet Roe", "https://news.example/t.jpg")]


def test_a_scraper_row_of_one_picture_does_not_credit_it_to_the_storys_author(tmp_path):
    # Octoparse: one row a picture, the article's fields repeated; "Autor" wrote the story, the credit is glued on
    row = {"Titulo": "Bulevar", "Autor": "Redacción La Voz", "Contenido": BODY, "Imagen": "https://news.example/b.jpg",
           "Pie_de_foto": "Maquinaria municipal trabaja en el bulevar. Foto: Daniel Roe / La Voz",
           "Page_URL": "https://news.example/bulevar"}
    figures, _ = read(tmp_path, [row], name="export.json")
    assert [(c, cr) for _, c, cr, *_ in figures] == [("Maquinaria municipal trabaja en el bulevar.",
                                                      "Foto: Daniel Roe / La Voz")]


def test_a_cutline_and_a_body_field_wrapped_as_a_page_without_its_head(tmp_path):
    # a photo desk's picks (a newsroom's "cutline" is its caption); readability-lxml's summary() wraps the article
    # in <html><body> with no <head>: still a body field, however short
    picks = {"list": "Photo desk picks", "picks": [{"hed": "Market fire", "url": "https://news.example/fire",
                                                    "photo": {"file": "https://news.example/fire.jpg",
                                                              "cutline": "Traders salvage goods from burnt stalls.",
                                                              "credit": "Sentinel photo: Kunle Roe"}}]}
    summary = {"url": "https://news.example/boats", "short_title": "फेवा ताल",
               "summary": "<html><body><div><p>फेवा तालमा डुङ्गा सञ्चालनको समय थपियो।</p><figure><img "
                          "src='https://news.example/boats.jpg'/><figcaption>डुङ्गा चढ्न लाम लागेका पर्यटक।"
                          "</figcaption></figure></div></body></html>"}
    figures, _ = read(tmp_path, [picks, summary])
    assert [(c, cr) for _, c, cr, *_ in figures] == [("Traders salvage goods from burnt stalls.",
                                                      "Sentinel photo: Kunle Roe"), ("डुङ्गा चढ्न लाम लागेका पर्यटक।", None)]


def test_a_caption_field_keeps_a_comparison_and_loses_only_its_tags(tmp_path):
    record = {"url": "https://news.example/catch", "text": BODY, "images": [
        {"url": "https://news.example/catch.jpg", "caption": "<p>Catches fell to < 5 tonnes, then rose > 2 a day.</p>"}]}
    figures, _ = read(tmp_path, [record])
    assert [c for _, c, *_ in figures] == ["Catches fell to < 5 tonnes, then rose > 2 a day."]


def test_a_graphql_connections_nodes_with_typed_blocks(tmp_path):
    # a Relay connection five levels down (data, channel, articles, edges, node); blocks named by __typename in
    # GraphQL's PascalCase ("ImageBlock"), a related-articles block's thumbnails no pictures of the story
    def node(n: int) -> dict:
        return {"__typename": "Article", "id": f"A{n}", "title": f"Story {n}",
                "blocks": [{"__typename": "ParagraphBlock", "text": P1},
                           {"__typename": "ImageBlock", "image": {"url": f"https://img.example/{n}.jpg",
                                                                 "caption": f"Waves on the wall, day {n}.",
                                                                 "credit": "Photo: Ann Lee"}},
                           {"__typename": "ParagraphBlock", "text": P2},
                           {"__typename": "RelatedArticlesBlock", "items": [
                               {"id": "R1", "title": "Other story",
                                "thumbnail": {"url": "https://img.example/t.jpg"}}]}]}
    reply = {"data": {"channel": {"name": "Coast", "articles": {
        "edges": [{"cursor": "c1", "node": node(1)}, {"cursor": "c2", "node": node(2)}],
        "pageInfo": {"hasNextPage": False}}}}, "extensions": {"cost": 12}}
    figures, _ = read(tmp_path, [reply], name="reply.json")
    assert figures == [
        ("item=1;item=1", "Waves on the wall, day 1.", "Photo: Ann Lee", "https://img.example/1.jpg", 1),
        ("item=1;item=2", "Waves on the wall, day 2.", "Photo: Ann Lee", "https://img.example/2.jpg", 1)]


def test_an_editorjs_document_keeps_its_blocks_fields_under_data(tmp_path):
    content = {"time": 1749447000123, "version": "2.29.1", "blocks": [
        {"id": "a1", "type": "paragraph", "data": {"text": P1}},
        {"id": "a2", "type": "image", "data": {"file": {"url": "https://img.example/wall.jpg"},
                                               "caption": "The new wall at dawn. <i>Foto: Ana Kos</i>",
                                               "withBorder": False, "stretched": True}},
        {"id": "a3", "type": "header", "data": {"text": "What comes next", "level": 3}},
        {"id": "a4", "type": "paragraph", "data": {"text": P2}},
        {"id": "a5", "type": "embed", "data": {"service": "youtube", "source": "https://youtube.example/v",
                                               "caption": "Video: the wall from above"}}]}
    figures, _ = read(tmp_path, [{"id": 7, "title": "Harbour wall", "content": content}], name="export.json")
    assert figures == [("item=1", "The new wall at dawn.", "Foto: Ana Kos", "https://img.example/wall.jpg", 1)]


def test_a_models_reply_wraps_the_article_its_tool_call_recorded(tmp_path):
    # a list of {url, response} where the response is a chat model's message: a line of chatter, then a tool call
    # whose input is the article; the chatter is no article, the input is
    def reply(n: int) -> dict:
        return {"url": f"https://news.example/{n}", "response": {
            "id": f"msg_{n}", "type": "message", "role": "assistant",
            "content": [{"type": "text", "text": "I'll record the article details from the page."},
                        {"type": "tool_use", "id": f"tu_{n}", "name": "record_article", "input": {
                            "headline": f"Story {n}", "body_paragraphs": [P1, P2],
                            "images": [{"url": f"https://img.example/{n}.jpg", "caption": f"The wall, day {n}.",
                                        "credit": "Foto di Ada Neri"}]}}],
            "stop_reason": "tool_use", "usage": {"input_tokens": 4268, "output_tokens": 535}}}
    figures, ledger = read(tmp_path, [reply(1), reply(2)], name="replies.json")
    assert [(loc, cap, cred) for loc, cap, cred, _, _ in figures] == [
        ("item=1;item=2", "The wall, day 1.", "Foto di Ada Neri"),
        ("item=2;item=2", "The wall, day 2.", "Foto di Ada Neri")]
    assert (ledger.counts["ingest"].seen, ledger.counts["ingest"].kept) == (1 + 2, 1 + 2) and not ledger.rows
    path = os.path.realpath(tmp_path / "replies.json")  # each article keeps the address its reply was read from
    docs = read_input(InputFile(path=path, root=os.path.dirname(path), rel="replies.json"), IngestConfig(), Ledger())
    assert [doc.url for doc in docs] == ["https://news.example/1", "https://news.example/2"]


def test_a_picture_object_whose_caption_reads_as_prose_is_no_envelope(tmp_path):
    # a search API's record: an abstract only, and renditions of one picture each with the caption: one article
    caption = "Judge Ann Lee at a hearing on Tuesday. She has said she will not seek another term."
    record = {"title": "Judge to retire", "abstract": "She will not seek another term.",
              "url": "https://news.example/judge",
              "multimedia": [{"url": f"https://img.example/judge-{size}.jpg", "format": size, "type": "image",
                              "caption": caption, "copyright": "Pool photo by Bo Arcos", "width": w, "height": w}
                             for size, w in (("large", 2048), ("thumb", 150))]}
    figures, _ = read(tmp_path, [record])
    assert [(loc, cap, src) for loc, cap, _, src, _ in figures] == [
        ("line=1", caption, "https://img.example/judge-large.jpg")]


def test_an_emails_html_body_is_read_before_its_text_copy(tmp_path):
    # an inbound e-mail webhook: TextBody and HtmlBody hold one newsletter; only the HTML shows the pictures
    html = (f'<!DOCTYPE html><html><head><title>Friday edition</title></head><body><table><tr><td>'
            f'<h2>Harbour wall approved</h2><img src="https://img.example/wall.jpg" alt="Wall">'
            f'<p class="caption">Waves break on the old wall. <em>Photo: Ann Lee</em></p><p>{P1}</p><p>{P2}</p>'
            f'</td></tr></table></body></html>')
    text = f"HARBOUR WALL APPROVED\n\n[Wall]\nWaves break on the old wall. Photo: Ann Lee\n\n{P1}\n\n{P2}\n\n{P3}"
    record = {"FromName": "The Bulletin", "Subject": "Friday edition", "TextBody": text, "HtmlBody": html,
              "Headers": [{"Name": "X-Mailer", "Value": "bulletin"}], "Attachments": []}
    figures, _ = read(tmp_path, [record])
    assert figures == [("line=1", "Waves break on the old wall.", "Photo: Ann Lee", "https://img.example/wall.jpg", 0)]


def test_a_rendered_post_given_as_a_whole_document_is_the_articles_body_however_short(tmp_path):
    # a newsletter platform's post content: <!DOCTYPE>, <head>, and then only the post (no site chrome)
    post = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Night market</title></head><body>'
            '<div class="rendered-post"><p>The market opens until ten on Fridays.</p>'
            '<div class="image"><img class="image__image" src="https://img.example/market.jpg"/>'
            '<div class="image__source"><span class="image__source_text"><p>Shoppers choose food on the first night.'
            ' (Photo: Kim Ha)</p></span></div></div></div></body></html>')
    page = post.replace('<div class="rendered-post">', '<nav><a href="/">Home</a></nav><div class="rendered-post">')
    figures, _ = read(tmp_path, [{"title": "Night market", "content": {"free": {"web": post}}}])
    assert figures == [("line=1", "Shoppers choose food on the first night.", "Photo: Kim Ha",
                        "https://img.example/market.jpg", 1)]
    # the same few lines inside a site's page (its navigation) are a page a crawler fetched: too little to be a story
    figures, ledger = read(tmp_path, [{"title": "Night market", "html": page}], name="crawl.jsonl")
    assert figures == [] and ledger.rows[0]["reason"] == "extract_not_article"


def test_an_albums_photos_each_keep_their_file_not_their_pages_link(tmp_path):
    # a social platform's post: an album attachment whose sub-attachments are photos, each with a link to its page
    # (photo.php?fbid=...) beside its file (media.image.src) and its own description
    def photo(n: int) -> dict:
        return {"media": {"image": {"height": 720, "src": f"https://cdn.example/v/{n}_n.jpg?oh=0{n}", "width": 960}},
                "target": {"id": str(n), "url": f"https://social.example/photo.php?fbid={n}&type=3"},
                "type": "photo", "url": f"https://social.example/photo.php?fbid={n}&type=3",
                "description": f"Volunteers on the beach, picture {n}. (Photo: Ann Lee)"}
    post = {"id": "1_2", "message": BODY, "permalink_url": "https://social.example/posts/2",
            "attachments": {"data": [{"type": "album", "title": "Photos from the post",
                                      "url": "https://social.example/media/set/?set=pcb.2",
                                      "media": {"image": {"src": "https://cdn.example/v/1_n.jpg?oh=01"}},
                                      "subattachments": {"data": [photo(1), photo(2)]}}]}}
    figures, _ = read(tmp_path, [{"data": [post]}], name="posts.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Volunteers on the beach, picture 1.", "Photo: Ann Lee", "https://cdn.example/v/1_n.jpg?oh=01"),
        ("Volunteers on the beach, picture 2.", "Photo: Ann Lee", "https://cdn.example/v/2_n.jpg?oh=02")]


def test_a_list_of_whole_stories_under_content_is_no_storys_blocks(tmp_path):
    # a feed reader's headlines reply: {"seq", "status", "content": [story, ...]}, each story with its title, link
    # and HTML content: each is an article, not a paragraph of one
    def story(n: int) -> dict:
        return {"id": n, "title": f"Story {n}", "link": f"https://news.example/{n}", "feed_id": "12",
                "content": f'<p>{P1}</p><figure><img src="https://img.example/{n}.jpg"><figcaption>The wall, day {n}.'
                           f'</figcaption></figure><p>{P2}</p>'}
    figures, _ = read(tmp_path, [{"seq": 0, "status": 0, "content": [story(1), story(2)]}], name="headlines.json")
    assert [(loc, cap, src) for loc, cap, _, src, _ in figures] == [
        ("item=1;item=1", "The wall, day 1.", "https://img.example/1.jpg"),
        ("item=1;item=2", "The wall, day 2.", "https://img.example/2.jpg")]


def test_a_headless_cms_in_its_editors_language_rich_text_slices_and_a_lead_picture(tmp_path):
    # Prismic: rich text as lists of text nodes, the body as slices named in Estonian (tekst, pilt, galerii with its
    # items), the lead picture `peapilt` with its caption in `peapildi_allkiri`; a related slice's thumbnails are no
    # pictures of the story
    def rich(text: str) -> list:
        return [{"type": "paragraph", "text": text, "spans": []}]
    def pilt(name: str) -> dict:
        return {"dimensions": {"width": 1600, "height": 1067}, "alt": name, "copyright": "Foto: Liis Aru",
                "url": f"https://images.example/{name}.jpg?auto=format,compress", "id": name}
    doc = {"id": "f713", "type": "uudis", "url": "/uudised/kalaturg", "data": {
        "pealkiri": [{"type": "heading1", "text": "Kalaturg avati", "spans": []}],
        "juhtlause": rich("Uues turuhoones on kaheksa müügikohta."),
        "peapilt": pilt("esivaade"), "peapildi_allkiri": "Kalurid müüvad räime uue turuhoone ees.",
        "sisu": [{"slice_type": "tekst", "items": [], "primary": {"tekst": rich(P1)}},
                 {"slice_type": "pilt", "items": [], "primary": {"pilt": pilt("katus"),
                                                                 "allkiri": rich("Katusel on päikesepaneelid.")}},
                 {"slice_type": "galerii", "primary": {"pealkiri": rich("Pildid")},
                  "items": [{"pilt": pilt("trepp"), "allkiri": rich("Tuletorni keerdtrepil on 257 astet.")}]},
                 {"slice_type": "seotud", "items": [{"lugu": {"id": "x", "url": "/uudised/muu", "type": "uudis"},
                                                     "pisipilt": {"url": "https://images.example/thumb.jpg"}}],
                  "primary": {}}]}}
    figures, _ = read(tmp_path, [{"page": 1, "results": [doc]}], name="search.json")
    assert [(cap, cred, src.split("?")[0]) for _, cap, cred, src, _ in figures] == [
        ("Kalurid müüvad räime uue turuhoone ees.", "Foto: Liis Aru", "https://images.example/esivaade.jpg"),
        ("Katusel on päikesepaneelid.", "Foto: Liis Aru", "https://images.example/katus.jpg"),
        ("Tuletorni keerdtrepil on 257 astet.", "Foto: Liis Aru", "https://images.example/trepp.jpg")]


def test_blocks_of_kinds_named_in_another_language_and_fields_named_after_a_picture(tmp_path):
    # Wagtail's StreamField in Galician (paragrafo, imaxe with its fields under `value`, an ad block with no caption)
    # and a lead picture whose caption and credit are fields named after it (imaxe_principal_pe beside
    # imaxe_principal_rendicion); a Telegram-like message list is no list of pictures
    page = {"id": 88, "title": "A Muralla estrea iluminación",
            "imaxe_principal_rendicion": {"url": "/media/images/focos.fill-1200x675.jpg", "alt": "Focos"},
            "imaxe_principal_pe": "Operarios montan os focos no adarve.", "imaxe_principal_autoria": "Foto: Uxía C.",
            "corpo": [{"type": "paragrafo", "value": f"<p>{P1}</p>"},
                      {"type": "imaxe", "value": {"imaxe": {"id": 312, "title": "Cubos", "url": "/media/cubos.jpg"},
                                                  "pe": "A nova luz realza os cubos pola noite.",
                                                  "autoria": "Foto: Concello"}},
                      {"type": "paragrafo", "value": f"<p>{P2}</p>"},
                      {"type": "publicidade", "value": {"imaxe": {"title": "Anuncio", "url": "/media/banner.jpg"},
                                                        "texto": "Publicidade"}}]}
    figures, _ = read(tmp_path, [{"meta": {"total_count": 1}, "items": [page]}], name="pages.json")
    assert [(cap, cred, src, pos) for _, cap, cred, src, pos in figures] == [
        ("Operarios montan os focos no adarve.", "Foto: Uxía C.", "/media/images/focos.fill-1200x675.jpg", 0),
        ("A nova luz realza os cubos pola noite.", "Foto: Concello", "/media/cubos.jpg", 1)]


def test_rich_text_editor_documents_are_read_as_the_html_they_render(tmp_path):
    # Payload's Lexical editor state (root > children: paragraph, text, link, upload of a media document whose
    # caption is itself Lexical) and TipTap's ProseMirror document (doc > content: paragraph, image); a related
    # stories block in the body renders to nothing
    def lexical(*children) -> dict:
        return {"root": {"type": "root", "children": list(children), "direction": "ltr", "version": 1}}
    def para(text: str) -> dict:
        return {"type": "paragraph", "children": [{"type": "text", "text": text, "format": 0, "version": 1}]}
    media = {"id": 451, "alt": "Boats", "url": "/api/media/file/boats.jpg", "credito": "Foto: Ana Lima",
             "legenda": lexical({"type": "paragraph", "children": [
                 {"type": "text", "text": "Boats moored at the "},
                 {"type": "link", "fields": {"url": "https://wiki.example/port"},
                  "children": [{"type": "text", "text": "port"}]},
                 {"type": "text", "text": " during the flood."}]})}
    payload = {"titulo": "Flood reaches the quay", "capa": dict(media, id=450, url="/api/media/file/cover.jpg",
                                                                 legenda=lexical(para("The quay under water."))),
               "conteudo": lexical(para(P1), {"type": "upload", "relationTo": "media", "value": media}, para(P2),
                                   {"type": "block", "fields": {"blockType": "relacionadas", "noticias": [
                                       {"titulo": "Older flood", "capa": dict(media, url="/api/old.jpg")}]}})}
    tiptap = {"title": "Second story", "body": {"type": "doc", "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": P1}]},
        {"type": "image", "attrs": {"src": "https://img.example/two.jpg", "alt": "Two",
                                    "title": "A crowd at the quay."}},
        {"type": "paragraph", "content": [{"type": "text", "text": P2}]}]}}
    figures, _ = read(tmp_path, [{"docs": [payload, tiptap]}], name="docs.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("The quay under water.", "Foto: Ana Lima", "/api/media/file/cover.jpg"),
        ("Boats moored at the port during the flood.", "Foto: Ana Lima", "/api/media/file/boats.jpg"),
        ("A crowd at the quay.", None, "https://img.example/two.jpg")]


def test_modular_blocks_keyed_by_kind_and_an_assets_description_is_no_caption(tmp_path):
    # Contentstack's modular blocks ({"photo": {"image": asset, "caption", "credit"}}): an asset's `description` is
    # its alt text, read as nothing when the block's caption field is there, even empty; the asset's `url` is its
    # address, not its bare `filename`; a listed picture captioned only with an ad word is an ad, counted as rejected
    def asset(name: str, description: str) -> dict:
        return {"uid": name, "content_type": "image/jpeg", "filename": f"{name}.jpg", "title": f"{name}.jpg",
                "url": f"https://images.example/v3/assets/{name}.jpg", "description": description}
    entry = {"title": "River ice breaks early", "url": "/news/ice",
             "hero_image": asset("ice", "Ice on a river"), "hero_caption": "Ice floes drift past the trail.",
             "hero_credit": "Photo: Dana W.",
             "body_blocks": [{"rich_text": {"body": f"<p>{P1}</p>"}},
                             {"photo": {"image": asset("gauge", "Workers by a gauge"),
                                        "caption": "A crew checks the flood gauge.", "credit": "Photo: City"}},
                             {"rich_text": {"body": f"<p>{P2}</p>"}},
                             {"photo": {"image": asset("dredge", "Old gold dredge"), "caption": "",
                                        "credit": "Photo: Parks"}}]}
    figures, _ = read(tmp_path, [{"entries": [entry]}], name="entries.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures if cap] == [
        ("Ice floes drift past the trail.", "Photo: Dana W.", "https://images.example/v3/assets/ice.jpg"),
        ("A crew checks the flood gauge.", "Photo: City", "https://images.example/v3/assets/gauge.jpg")]
    scraped = {"title": "Steelworks", "text": BODY, "zurag": [
        {"zam": "https://img.example/steel.jpg", "tailbar": "Ажилчид ган цутгаж байна."},
        {"zam": "https://img.example/reklam/728x90.gif", "tailbar": "Сурталчилгаа"}]}
    figures, ledger = read(tmp_path, [scraped], name="scraped.jsonl")
    assert [cap for _, cap, _, _, _ in figures] == ["Ажилчид ган цутгаж байна."]
    assert [r["reason"] for r in ledger.rows] == ["extract_not_content_image"]


def test_a_coco_captions_file_joins_each_image_with_its_caption_under_its_article(tmp_path):
    # COCO captions' layout (images and annotations apart, joined by image_id), with a team's `articles` list that
    # each image names by `article_id`: an article each, its images captioned; an image without an annotation stays
    # uncaptioned; without articles, each captioned image is a record of its own
    coco = {"info": {"description": "news captions"}, "licenses": [],
            "articles": [{"id": 1, "url": "https://news.example/1", "title": "Jetties"},
                         {"id": 2, "url": "https://news.example/2", "title": "Ferry"}],
            "images": [{"id": 101, "file_name": "a.jpg", "source_url": "https://img.example/a.jpg", "article_id": 1},
                       {"id": 102, "file_name": "b.jpg", "source_url": "https://img.example/b.jpg", "article_id": 2,
                        "credit": "Photo: Ann Lee"},
                       {"id": 103, "file_name": "c.jpg", "source_url": "https://img.example/c.jpg", "article_id": 2}],
            "annotations": [{"id": 1, "image_id": 101, "caption": "Tourists on the boardwalk."},
                            {"id": 2, "image_id": 102, "caption": "Passengers queue for the ferry."},
                            {"id": 3, "image_id": 101, "caption": "A second caption of the same picture."}]}
    figures, _ = read(tmp_path, [coco], name="captions_train.json")
    assert [(loc, cap, cred, src) for loc, cap, cred, src, _ in figures] == [
        ("item=1;item=1", "Tourists on the boardwalk.", None, "https://img.example/a.jpg"),
        ("item=1;item=2", "Passengers queue for the ferry.", "Photo: Ann Lee", "https://img.example/b.jpg"),
        ("item=1;item=2", None, None, "https://img.example/c.jpg")]
    bare = {k: v for k, v in coco.items() if k != "articles"}
    figures, _ = read(tmp_path, [bare], name="captions_val.json")
    assert [(loc, src) for loc, _, _, src, _ in figures] == [("item=1;item=1", "https://img.example/a.jpg"),
                                                             ("item=1;item=2", "https://img.example/b.jpg")]


def test_links_by_id_are_followed_to_the_pictures_they_name(tmp_path):
    # a CMS export keeping pictures apart and linking them by id: {"_ref": id} in a lead, a body placeholder
    # <x-enhancement data-ref="id">, a lead's captionOverride winning over the picture's own caption; the linked
    # pictures and the author are no records of their own
    def image(ident: str, caption: str) -> dict:
        return {"_id": ident, "_type": "image", "file": {"url": f"https://cdn.example/{ident}.jpg"},
                "caption": caption, "credit": "(Photo: Ann Lee)", "altText": "alt"}
    export = {"items": [{"_id": "art-1", "_type": "newsArticle", "headline": "Mask dance returns",
                         "authors": [{"_ref": "per-1"}],
                         "lead": {"_type": "imageLead", "image": {"_ref": "img-1"},
                                  "captionOverride": "Dancers in the village square."},
                         "body": {"_type": "richText", "html": f'<p>{P1}</p><x-enhancement data-type="image" '
                                                               f'data-ref="img-2"></x-enhancement><p>{P2}</p>'
                                                               f'<x-enhancement data-ref="art-0"></x-enhancement>'}}],
              "references": {"img-1": image("img-1", "Archive picture of the dance"),
                             "img-2": image("img-2", "Visitors make masks."),
                             "per-1": {"_id": "per-1", "_type": "person", "name": "Kim Min"},
                             # a link to another story (its own body, its own picture): left as it is, no figure
                             "art-0": {"_id": "art-0", "_type": "newsArticle", "headline": "Last year's festival",
                                       "body": {"html": f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>"},
                                       "image": image("img-9", "Last year's crowd.")}}}
    figures, ledger = read(tmp_path, [export], name="export.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Dancers in the village square.", "Photo: Ann Lee", "https://cdn.example/img-1.jpg"),
        ("Visitors make masks.", "Photo: Ann Lee", "https://cdn.example/img-2.jpg")]
    assert (ledger.counts["ingest"].seen, ledger.counts["ingest"].kept) == (1 + 1, 1 + 1)


def test_a_contentful_export_follows_its_links_and_reads_one_locale(tmp_path):
    # `contentful space export`: entries and assets apart, fields kept per locale, an article's hero and its rich
    # text's embedded-entry-block linking inlineImage entries, which link their asset
    def link(kind: str, ident: str) -> dict:
        return {"sys": {"type": "Link", "linkType": kind, "id": ident}}
    def inline(ident: str, asset: str, caption: str) -> dict:
        return {"sys": {"id": ident, "type": "Entry", "contentType": link("ContentType", "inlineImage")},
                "fields": {"asset": {"it-IT": link("Asset", asset)}, "caption": {"it-IT": caption},
                           "credit": {"it-IT": "Foto di Ada Neri"}}}
    def asset(ident: str) -> dict:
        return {"sys": {"id": ident, "type": "Asset"}, "fields": {
            "title": {"it-IT": ident}, "file": {"it-IT": {"url": f"//images.example/{ident}.jpg"}}}}
    def para(text: str) -> dict:
        return {"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": text, "marks": []}]}
    article = {"sys": {"id": "a1", "type": "Entry", "contentType": link("ContentType", "article")},
               "fields": {"title": {"it-IT": "Riapre la chiesa"}, "heroImage": {"it-IT": link("Entry", "i1")},
                          "body": {"it-IT": {"nodeType": "document", "data": {}, "content": [
                              para(P1), {"nodeType": "embedded-entry-block", "content": [],
                                         "data": {"target": link("Entry", "i2")}}, para(P2)]}}}}
    export = {"contentTypes": [], "entries": [inline("i1", "s1", "L'interno della chiesa."), article,
                                              inline("i2", "s2", "Una restauratrice al lavoro.")],
              "assets": [asset("s1"), asset("s2")], "locales": [{"code": "it-IT", "default": True}]}
    figures, _ = read(tmp_path, [export], name="contentful-export.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("L'interno della chiesa.", "Foto di Ada Neri", "//images.example/s1.jpg"),
        ("Una restauratrice al lavoro.", "Foto di Ada Neri", "//images.example/s2.jpg")]


def test_a_scrapers_listed_teaser_and_its_writers_portrait_are_no_pictures_of_the_story(tmp_path):
    # a scraper's own objects in Nynorsk: the writer (`forfattar`) with a portrait, a 150x150 teaser captioned
    # "Les òg: ..." (read also), a map credited "Kart: ..." glued under its caption on a line of its own
    record = {"url": "https://news.example/veg", "tittel": "Ny gang- og sykkelveg", "brodtekst": BODY,
              "forfattar": {"namn": "Kari Nes Hjelle", "bilete": "https://news.example/forfattarar/kari-96x96.jpg"},
              "bilete": [{"src": "https://news.example/bilete/kart-1600.png",
                          "tekst": "Kartet viser den nye traséen til Kvellestad.\n   Kart: Sunnfjord kommune"},
                         {"src": "https://news.example/bilete/syklar-150x150.jpg",
                          "tekst": "Les òg: Rekordmange syklar til jobb i Førde"}]}
    figures, ledger = read(tmp_path, [record], name="dataset.json")
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("Kartet viser den nye traséen til Kvellestad.", "Kart: Sunnfjord kommune")]
    assert [r["reason"] for r in ledger.rows] == ["extract_related_thumbnail"]


def test_an_annotation_tools_caption_spans_are_the_articles_captions(tmp_path):
    # doccano's sequence-labelling export: the page text and [start, end, LABEL] spans; each CAPTION span is a
    # caption (with the CREDIT span right after it), placed at its paragraph; the newer entities form alike
    text = f"Ferry pier reopens\n\n{P1}\n\nThe ferry at the pier on Monday. Photo: Som Keo\n\n{P2}"
    start = text.index("The ferry")
    end = start + len("The ferry at the pier on Monday.")
    credit = text.index("Photo: Som Keo")
    old = {"id": 301, "title": "Ferry pier reopens", "text": text, "Comments": [],
           "label": [[0, 18, "HEADLINE"], [start, end, "CAPTION"], [credit, credit + 14, "CREDIT"]]}
    new = {"id": 302, "title": "Ferry pier reopens", "text": text,
           "entities": [{"id": 1, "start_offset": start, "end_offset": end, "label": "caption"}]}
    figures, _ = read(tmp_path, [old, new])
    assert [(loc, cap, cred, pos) for loc, cap, cred, _, pos in figures] == [
        ("line=1", "The ferry at the pier on Monday.", "Photo: Som Keo", 1),
        ("line=2", "The ferry at the pier on Monday.", None, 1)]


def test_a_wire_pictures_address_is_its_largest_image_rendition_not_its_api_entry(tmp_path):
    # a wire's media API item: the story's picture association names its own API address (`uri`, no file) and its
    # renditions with their media types; the picture is the largest image rendition
    def rendition(role: str, width: int) -> dict:
        return {"href": f"https://api.wire.example/content/p1/download?role={role}", "mimetype": "image/jpeg",
                "width": width, "height": width * 2 // 3}
    item = {"item": {"uri": "https://api.wire.example/content/s1", "type": "text", "headline": "Date harvest",
                     "associations": {"1": {"uri": "https://api.wire.example/content/p1?et=1", "type": "picture",
                                            "headline": "Dates", "renditions": {
                                                "main": rendition("main", 5568), "thumbnail": rendition("thumb", 128),
                                                "preview": rendition("preview", 512)},
                                            "description_caption": "A palm climber cuts dates on Sunday. "
                                                                   "(Wire Photo/Jo Pastor)"}}}}
    figures, _ = read(tmp_path, [{"data": {"items": [item]}}], name="feed.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("A palm climber cuts dates on Sunday.", "Wire Photo/Jo Pastor",
         "https://api.wire.example/content/p1/download?role=main")]


def test_a_cover_picture_whose_address_names_no_file_is_known_by_its_media_type(tmp_path):
    # a GraphQL CMS's asset: its url has no file extension (graphassets.com/<handle>), its mimeType says image
    story = {"id": "a1", "title": "Bridge repairs", "content": {"html": f"<p>{P1}</p><p>{P2}</p>"},
             "coverImage": {"id": "c1", "url": "https://assets.example/clx9k2/1501b0ecdd360b1a9fde",
                            "fileName": "bridge.jpg", "mimeType": "image/jpeg", "width": 1600, "height": 1067,
                            "caption": "Visitors walk on the bridge to the island.", "credit": "Photo: Saman K."}}
    figures, _ = read(tmp_path, [{"data": {"articles": [story]}}], name="reply.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Visitors walk on the bridge to the island.", "Photo: Saman K.",
         "https://assets.example/clx9k2/1501b0ecdd360b1a9fde")]


def test_a_records_one_picture_with_its_caption_and_credit_named_in_scottish_gaelic(tmp_path):
    # Webflow's CMS items (fieldData) with the site's own Gaelic field names: the record's one picture object, its
    # caption in `fo-thiotal-an-deilbh` ("the picture's subtitle") and its credit in `creideas-deilbh`
    item = {"id": "a5bb", "isDraft": False, "fieldData": {
        "name": "Obair air cidhe deiseil", "slug": "obair",
        "priomh-dhealbh": {"fileId": "fcf5", "url": "https://cdn.example/fcf5_bataichean.jpg", "alt": "Bàtaichean"},
        "fo-thiotal-an-deilbh": "Bàtaichean-iasgaich ann an cala madainn Diluain.",
        "creideas-deilbh": "Dealbh: Seumas MacLeòid", "susbaint": f"<p>{P1}</p><p>{P2}</p>"}}
    figures, _ = read(tmp_path, [{"items": [item]}], name="items.json")
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("Bàtaichean-iasgaich ann an cala madainn Diluain.", "Dealbh: Seumas MacLeòid")]


def test_a_caption_showing_more_of_the_credit_its_field_gives_keeps_that_part_with_the_credit(tmp_path):
    # a wire's picture: the caption ends "... 2025. Region X/Handout via AGENCY", its credit field says "AGENCY"
    record = {"headline": "Lagoon", "text": BODY, "images": [
        {"url": "https://wire.example/p1.jpg", "credit": "WIREFOTO",
         "caption": "An aerial view of the lagoon, October 12, 2025. Regional Government/Handout via WIREFOTO"},
        {"url": "https://wire.example/p2.jpg", "credit": "WIREFOTO/Ann Lee",
         "caption": "Boats in the lagoon at dawn. WIREFOTO/Ann Lee"}]}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("An aerial view of the lagoon, October 12, 2025.", "Regional Government/Handout via WIREFOTO"),
        ("Boats in the lagoon at dawn.", "WIREFOTO/Ann Lee")]


def test_a_caption_field_named_after_the_picture_wins_over_the_pictures_own_description(tmp_path):
    # Directus: the file object's `description` is its alt text; the story's caption for it is the field named after
    # it (`wene_sereki_jernus` beside `wene_sereki`), its credit the other one (`wene_sereki_wenegir`)
    record = {"id": 211, "sernav": "Bazaar busy before the holiday", "nawerok": f"<p>{P1}</p><p>{P2}</p>",
              "wene_sereki": {"id": "4347", "filename_disk": "4347b899.jpg", "type": "image/jpeg",
                              "description": "Seller", "width": 1600, "height": 1067},
              "wene_sereki_jernus": "A spice seller in the covered bazaar.", "wene_sereki_wenegir": "Photo: Shilan A."}
    figures, _ = read(tmp_path, [{"data": [record]}], name="items.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("A spice seller in the covered bazaar.", "Photo: Shilan A.", "4347b899.jpg")]


def test_a_picture_address_with_its_caption_and_credit_in_fields_named_after_it(tmp_path):
    # a PHP scraper's flat fields: `sekil` (the address), `sekil_izahi` (its caption, in no known word),
    # `sekil_muellifi` (its credit), `sekil_kicik` (a thumbnail, no second picture); a site's icon beside the
    # site's name and description (`meta_favicon`, `meta_site_name`) is no picture
    record = {"link": "https://news.example/saray", "bashliq": "Saray", "metn": BODY,
              "sekil": "https://news.example/u/saray.jpg", "sekil_kicik": "https://news.example/u/thumb_saray.jpg",
              "sekil_izahi": "Sarayın şəbəkə pəncərələri.", "sekil_muellifi": "Foto: Elvin Roe",
              "meta_favicon": "https://news.example/favicon-32x32.png", "meta_site_name": "Şimal Səsi",
              "meta_description": "Sarayda bərpa işləri başa çatdı və saray yenidən açılır."}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Sarayın şəbəkə pəncərələri.", "Foto: Elvin Roe", "https://news.example/u/saray.jpg")]


def test_cms_field_wrappers_and_rich_text_components_linked_by_codename(tmp_path):
    # Kontent.ai: each element wraps its value ({type, name, value}); a rich text places a component with an
    # <object data-codename="..."> whose item sits in modular_content; Sitecore's fields wrap theirs in {"value": ...}
    def element(kind: str, value: object) -> dict:
        return {"type": kind, "name": kind.title(), "value": value}
    item = {"system": {"id": "1", "codename": "birgu", "type": "artiklu", "language": "mt"},
            "elements": {"titlu": element("text", "Walls reopen"),
                         "test": {**element("rich_text", f'<p>{P1}</p><object type="application/kenticocloud" '
                                                         f'data-type="item" data-codename="c1"></object><p>{P2}</p>'),
                                  "modular_content": ["c1"]}}}
    component = {"system": {"id": "2", "codename": "c1", "type": "ritratt"},
                 "elements": {"image": element("asset", [{"name": "walls.jpg", "type": "image/jpeg",
                                                          "description": "Walls",
                                                          "url": "https://assets.example/walls.jpg"}]),
                              "caption": element("text", "Tourists walk on the walls."),
                              "credit": element("text", "Ritratt: Marija V.")}}
    figures, _ = read(tmp_path, [{"items": [item], "modular_content": {"c1": component}}], name="items.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Tourists walk on the walls.", "Ritratt: Marija V.", "https://assets.example/walls.jpg")]
    route = {"name": "belval", "fields": {"Titel": {"value": "Belval"}, "Text": {"value": f"<p>{P1}</p><p>{P2}</p>"},
                                          "HeroImage": {"value": {"src": "/-/media/belval.jpg?h=800", "alt": "Belval"}},
                                          "HeroCaption": {"value": "Students at the campus."},
                                          "HeroCredit": {"value": "Foto: Lynn S."}}}
    figures, _ = read(tmp_path, [{"path": "/belval", "layout": {"sitecore": {"route": route}}}], name="jss.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Students at the campus.", "Foto: Lynn S.", "/-/media/belval.jpg?h=800")]


def test_a_credit_as_printed_in_a_field_of_another_name_is_the_pictures_credit(tmp_path):
    # a scraper's own field names in Somali: the caption's field says nothing known (`qoraal_sawir`), nor the credit's
    # (`sawirqaade`), but the credit reads as one ("Sawir: X": a label, a colon, a name)
    record = {"cinwaan": "Port reopens", "xiriir": "https://news.example/berbera", "qoraal": [P1, P2],
              "sawirro": [{"src": "https://news.example/doonyo.jpg",
                           "qoraal_sawir": "Fishing boats moored at the port on Thursday morning.",
                           "sawirqaade": "Sawir: Cabdi Warsame"}]}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("Fishing boats moored at the port on Thursday morning.", "Sawir: Cabdi Warsame")]


def test_a_wiki_pages_source_renders_its_file_links_as_captioned_figures(tmp_path):
    # a wiki dump as JSON lines (page source in `wikitext`): [[Archivo:x.jpg|thumb|right|caption with [[a link]]]] in
    # the wiki's language; the file's address from the dump script's own list of files; templates, bold and
    # categories dropped; a file link with only layout words has no caption
    wikitext = ("{{Cabecera}}\n'''Liberia''' — " + P1 + "\n\n[[Archivo:Tope_2025.jpg|miniaturadeimagen|derecha|"
                "Riders parade along the avenue of [[Liberia (Costa Rica)|Liberia]]. Foto: Ana Gutiérrez]]\n\n" + P2
                + "\n\n[[Archivo:Carreta.jpg|miniaturadeimagen]]\n\n[[Categoría:Guanacaste]]")
    page = {"page_id": 101, "ns": 0, "title": "Riders parade", "model": "wikitext", "wikitext": wikitext,
            "imagenes": [{"archivo": "Tope_2025.jpg", "url": "https://wiki.example/images/5/5f/Tope_2025.jpg"},
                         {"archivo": "Carreta.jpg", "url": "https://wiki.example/images/6/63/Carreta.jpg"}]}
    figures, _ = read(tmp_path, [page])
    assert [(cap, cred, src, pos) for _, cap, cred, src, pos in figures] == [
        ("Riders parade along the avenue of Liberia.", "Foto: Ana Gutiérrez",
         "https://wiki.example/images/5/5f/Tope_2025.jpg", 1),
        (None, None, "https://wiki.example/images/6/63/Carreta.jpg", 2)]


def test_a_datasets_sequence_of_pictures_kept_as_columns_gives_each_picture_its_caption(tmp_path):
    # a dataset's Sequence({image, caption, credit}) as Hugging Face datasets and TFDS write it: one list per field,
    # a picture's image an object of its own ({src, height, width}); one picture is a column of one item each (this
    # crashed the reader: the lists were taken for one picture's fields), a column entry left empty is no caption
    two = {"url": "https://news.example/market", "title": "Market", "text": BODY,
           "images": {"image": [{"src": "https://cdn.example/m1.jpg", "height": 683, "width": 1024},
                                {"src": "https://cdn.example/m2.jpg", "height": 683, "width": 1024}],
                      "caption": ["Traders at the Thursday market.", None], "credit": ["Photo: Ann Roe", None]}}
    one = {"url": "https://news.example/school", "headline": "School", "text": BODY,
           "photos": {"image_url": ["https://cdn.example/s.jpg"], "caption": ["Pupils walk to the new school."],
                      "photographer": ["Photo: Ben Roe"]}}
    empty = {"url": "https://news.example/bus", "headline": "Bus", "text": BODY,
             "photos": {"image_url": ["https://cdn.example/b1.jpg", "https://cdn.example/b2.jpg"],
                        "caption": ["The new bus station opens.", ""], "photographer": ["Photo: Cy Roe", "Photo: Cy Roe"]}}
    figures, ledger = read(tmp_path, [two, one, empty])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Traders at the Thursday market.", "Photo: Ann Roe", "https://cdn.example/m1.jpg"),
        (None, None, "https://cdn.example/m2.jpg"),
        ("Pupils walk to the new school.", "Photo: Ben Roe", "https://cdn.example/s.jpg"),
        ("The new bus station opens.", "Photo: Cy Roe", "https://cdn.example/b1.jpg"),
        (None, "Photo: Cy Roe", "https://cdn.example/b2.jpg")]
    assert [r["reason"] for r in ledger.rows] == []  # (the crash was an internal error, rejected and counted)


def test_pictures_whose_address_sits_in_an_asset_they_hold_and_a_social_apis_photo_attachments(tmp_path):
    # a headless CMS's GraphQL reply whose asset fields are lists ([{url, fileName}]) and whose field names are the
    # schema's, in Quechua; a social API's post whose photo attachments keep their renditions in `sizes` and their
    # caption in `text`, the credit on the next line; a gallery item whose printed credit is longer than its caption
    squidex = {"data": {"queryNewsContents": [{"id": "a1", "flatData": {
        "umalliq": "Raymi", "qallariy": "Huamanga llaqtapi raymi karqa.",
        "fotokuna": [{"siqi": [{"url": "https://cms.example/api/assets/raymi.jpg", "fileName": "raymi.jpg"}],
                      "willay": "Runakuna raymipi tusunku.", "ruraq": "Foto: Rosa Quispe"}]}}]}}
    size = {"type": "w", "width": 1280, "height": 960, "url": "https://cdn.example/impg/x1.jpg?size=1280x960"}
    small = {"type": "s", "width": 75, "height": 56, "url": "https://cdn.example/impg/x1.jpg?size=75x56"}
    post = {"response": {"count": 1, "items": [{"id": 3101, "post_type": "post", "text": BODY, "attachments": [
        {"type": "photo", "photo": {"id": 457, "sizes": [small, size], "text": "Pupils at the new school.\nФото: A. Roe"}},
        {"type": "link", "link": {"url": "https://news.example/more", "title": "More news"}}]}]}}
    gallery = {"url": "https://news.example/lerik", "title": "Trail", "text": BODY,
               "qalereya": [{"sekil": {"url": "https://cdn.example/trail.jpg"}, "izah": "Hikers on the trail.",
                             "muellif": "Foto: Lerik District Executive Authority"}]}
    figures, _ = read(tmp_path, [squidex, post, gallery])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Runakuna raymipi tusunku.", "Foto: Rosa Quispe", "https://cms.example/api/assets/raymi.jpg"),
        ("Pupils at the new school.", "Фото: A. Roe", "https://cdn.example/impg/x1.jpg?size=1280x960"),
        ("Hikers on the trail.", "Foto: Lerik District Executive Authority", "https://cdn.example/trail.jpg")]


def test_ad_and_read_also_pictures_in_more_languages_and_a_photo_credit_in_camel_case(tmp_path):
    # an app's cache of stories: `photoCredit` beside `caption`; pictures captioned only with an ad word (Corsican,
    # Welsh, Breton, Romanian without its diacritic) or "read also: <another story>" (Malagasy, Somali, Cebuano) are
    # rejected and counted; a Malagasy credit ("Sary: X") printed after the caption splits off
    def picture(name: str, caption: str, **more) -> dict:
        return {"imageUrl": f"https://news.example/img/{name}.jpg", "caption": caption, **more}

    record = {"title": "Harbour", "link": "https://news.example/harbour", "text": BODY, "images": [
        picture("port", "Cargo ships in the port of Toamasina. Sary: Ravelo Tiana"),
        picture("quay", "Fishing boats at the quay.", photoCredit="Foto: Jean-Pierre Roe"),
        *(picture(f"ad{n}", word) for n, word in enumerate(("Publicità", "Hysbyseb", "Bruderezh", "Reclama"))),
        *(picture(f"more{n}", line) for n, line in enumerate(
            ("Vakio koa: Ny rivodoza Batsirai", "Akhri sidoo kale: Roobabka Togdheer", "Basaha usab: Pista sa Valencia")))]}
    figures, ledger = read(tmp_path, [record])
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("Cargo ships in the port of Toamasina.", "Sary: Ravelo Tiana"),
        ("Fishing boats at the quay.", "Foto: Jean-Pierre Roe")]
    assert len([r for r in ledger.rows if r["stage"] == "figures"]) == 7


def test_html_elements_a_scraping_tool_wrote_as_json_are_read_as_the_html_they_were(tmp_path):
    # pup's `json{}` (tag, attributes as keys, its own text, children) for each page's figures; an html-to-JSON
    # parser's tree (type element, tagName, attributes as key/value pairs, text nodes); a category named "tag" is no
    # element
    pup = {"url": "https://news.example/sisimiut", "tags": [{"tag": "sport"}], "figures": [
        {"tag": "figure", "class": "artikel-assi", "children": [
            {"tag": "img", "alt": "", "src": "https://news.example/sisimiut.jpg"},
            {"tag": "figcaption", "text": "Boats in the harbour of Sisimiut.",
             "children": [{"tag": "span", "class": "credit", "text": "Assi: Aqqaluk Roe"}]}]},
        {"tag": "figure", "children": [{"tag": "img", "src": "https://news.example/ad.gif"},
                                       {"tag": "figcaption", "text": "Ussassaarut"}]}]}
    tree = {"url": "https://news.example/nuuk", "content": [
        {"type": "element", "tagName": "p", "attributes": [], "children": [{"type": "text", "content": P1}]},
        {"type": "element", "tagName": "figure", "attributes": [{"key": "class", "value": "photo"}], "children": [
            {"type": "element", "tagName": "img", "attributes": [{"key": "src", "value": "/img/nuuk.jpg"}],
             "children": []},
            {"type": "element", "tagName": "figcaption", "attributes": [],
             "children": [{"type": "text", "content": "The new school in Nuuk."}]}]},
        {"type": "element", "tagName": "p", "attributes": [], "children": [{"type": "text", "content": P2}]}]}
    # a scraper's record that names its kind "tag": "article", and a section object, are no elements
    record = {"tag": "article", "url": "https://news.example/quay", "title": "Quay", "body": BODY,
              "section": {"tag": "section", "name": "Harbour news"},
              "images": [{"src": "https://news.example/quay.jpg", "caption": "The new quay at dawn."}]}
    figures, _ = read(tmp_path, [pup, tree, record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Boats in the harbour of Sisimiut.", "Assi: Aqqaluk Roe", "https://news.example/sisimiut.jpg"),
        ("The new school in Nuuk.", None, "/img/nuuk.jpg"),
        ("The new quay at dawn.", None, "https://news.example/quay.jpg")]


def test_a_search_apis_raw_content_is_read_as_the_markdown_it_is(tmp_path):
    # Tavily Extract: results[{url, raw_content, images}]; a short story whose Markdown shows a picture, its caption
    # in italics with the credit after it, and a "read also" line (Sundanese) under another picture
    raw = ("# Payung geulis\n\n![](https://news.example/payung.jpg)\n\n_Pangrajin keur ngalukis payung geulis._ "
           "(Poto: Euis Roe)\n\nPayung dijual nepi ka luar nagri.\n\n![](https://news.example/masjid.jpg)\n\n"
           "**Baca oge:** [Festival kuliner](https://news.example/kuliner)\n")
    reply = {"results": [{"url": "https://news.example/payung", "raw_content": raw,
                          "images": ["https://news.example/payung.jpg", "https://news.example/masjid.jpg"]}],
             "failed_results": [], "response_time": 1.8}
    figures, _ = read(tmp_path, [reply], name="tavily.json")
    assert [(cap, cred) for _, cap, cred, _, _ in figures if cap or cred] == [
        ("Pangrajin keur ngalukis payung geulis.", "Poto: Euis Roe")]


def test_picture_credits_named_bildnachweis_in_lists_side_by_side(tmp_path):
    # a search engine's document with its pictures as parallel string arrays; German "Bildnachweis" (picture credit)
    doc = {"fields": {"titel": "Promenade", "url": "https://news.example/mole", "text": BODY,
                      "bild_urls": ["https://news.example/mole.jpg", "https://news.example/leuchtturm.jpg"],
                      "bildunterschriften": ["Spaziergänger auf der Promenade.", "Der Leuchtturm am Abend."],
                      "bildnachweise": ["Foto: Heike Roe", ""]}}
    figures, _ = read(tmp_path, [doc])
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("Spaziergänger auf der Promenade.", "Foto: Heike Roe"), ("Der Leuchtturm am Abend.", None)]


def test_a_microformats_entrys_html_content_and_an_editors_figure_node_with_its_own_caption(tmp_path):
    # mf2py's parse of an h-entry: every property a list, e-content [{"html", "value"}] (the HTML holds the figures,
    # a credit labelled in Maltese on its own line); a Tiptap document whose custom figure node holds its caption as
    # its own text nodes (one in italics) and its credit in attrs (labelled in Malayalam)
    entry = {"type": ["h-entry"], "properties": {
        "name": ["Sunday market"], "url": ["https://news.example/suq"],
        "content": [{"html": f"<p>{P1}</p><figure><img src='https://news.example/suq.jpg'><figcaption>Fishmongers "
                             "at the Sunday market<br><small>Ritratt: Karl Roe</small></figcaption></figure>"
                             f"<p>{P2}</p>", "value": f"{P1} Fishmongers at the Sunday market Ritratt: Karl Roe {P2}"}]}}
    tiptap = {"title": "Boat race", "url": "https://news.example/race", "content": {"type": "doc", "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": P1}]},
        {"type": "figure", "attrs": {"src": "https://news.example/boat.jpg", "alt": "", "credit": "ചിത്രം: ജോസഫ്"},
         "content": [{"type": "text", "text": "Rowers train on the "},
                     {"type": "text", "text": "Punnamada", "marks": [{"type": "italic"}]},
                     {"type": "text", "text": " lake"}]},
        {"type": "paragraph", "content": [{"type": "text", "text": P2}]}]}}
    figures, _ = read(tmp_path, [{"items": [entry]}, tiptap])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Fishmongers at the Sunday market", "Ritratt: Karl Roe", "https://news.example/suq.jpg"),
        ("Rowers train on the Punnamada lake", "ചിത്രം: ജോസഫ്", "https://news.example/boat.jpg")]


def test_a_document_parsers_output_is_read_as_the_page_it_converted(tmp_path):
    # Unstructured's elements_to_json: one flat array of typed elements over two pages (metadata.url), an Image's
    # caption the FigureCaption right after it, an author's portrait and an ad banner among them; Docling's
    # DoclingDocument: body children as JSON pointers, a picture naming its caption text, a logo in the furniture
    def element(kind: str, text: str, url: str, **meta) -> dict:
        return {"type": kind, "element_id": f"{kind}{len(text)}{url[-1]}", "text": text,
                "metadata": {"url": url, **meta}}

    a, b = "https://news.example/a", "https://news.example/b"
    elements = [element("Title", "Market reopens", a), element("NarrativeText", P1, a),
                element("Image", "Trader", a, image_url="https://news.example/market.jpg"),
                element("FigureCaption", "Traders sell tomatoes at the new market. Photo: Grace Roe", a),
                element("NarrativeText", P2, a), element("Title", "Lake fishing", b), element("NarrativeText", P3, b),
                element("Image", "", b, image_url="https://news.example/boats.jpg"),
                element("FigureCaption", "Fishermen pull their net ashore.", b)]
    figures, _ = read(tmp_path, elements, name="elements.json")
    assert [(loc, cap, cred, src) for loc, cap, cred, src, _ in figures] == [
        ("item=1", "Traders sell tomatoes at the new market.", "Photo: Grace Roe", "https://news.example/market.jpg"),
        ("item=2", "Fishermen pull their net ashore.", None, "https://news.example/boats.jpg")]
    doc = {"schema_name": "DoclingDocument", "version": "1.3.0", "name": "orchard",
           "origin": {"mimetype": "text/html", "filename": "orchard.html", "uri": "https://news.example/orchard"},
           "furniture": {"self_ref": "#/furniture", "children": [{"$ref": "#/pictures/1"}]},
           "body": {"self_ref": "#/body", "children": [{"$ref": "#/texts/0"}, {"$ref": "#/texts/1"},
                                                        {"$ref": "#/pictures/0"}, {"$ref": "#/texts/3"}]},
           "texts": [{"self_ref": "#/texts/0", "label": "title", "text": "Orchards in bloom"},
                     {"self_ref": "#/texts/1", "label": "text", "text": P1},
                     {"self_ref": "#/texts/2", "label": "caption", "text": "Apple trees in bloom — Photo: Ahmet Roe"},
                     {"self_ref": "#/texts/3", "label": "text", "text": P2}],
           "pictures": [{"self_ref": "#/pictures/0", "label": "picture", "captions": [{"$ref": "#/texts/2"}],
                         "image": {"mimetype": "image/jpeg", "uri": "https://news.example/orchard.jpg"}},
                        {"self_ref": "#/pictures/1", "label": "picture", "content_layer": "furniture", "captions": [],
                         "image": {"uri": "https://news.example/logo.png"}}]}
    figures, _ = read(tmp_path, [doc], name="docling.jsonl")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Apple trees in bloom", "Photo: Ahmet Roe", "https://news.example/orchard.jpg")]


def test_a_pandoc_syntax_tree_is_read_as_the_html_it_renders(tmp_path):
    # `pandoc -t json`: words as Str and Space tokens, a Figure block whose caption ends in an emphasised credit, the
    # author's portrait (class "author") in a paragraph beside the name, a lone image paragraph without a caption
    def words(text: str) -> list:
        out: list = []
        for w in text.split():
            out += [{"t": "Space"}, {"t": "Str", "c": w}]
        return out[1:]

    def image(url: str, alt: str, classes: list | None = None) -> dict:
        return {"t": "Image", "c": [["", classes or [], []], words(alt), [url, ""]]}

    caption = words("Farmers pick coffee in Masaka") + [{"t": "Space"}, {"t": "Emph", "c": words("Photo: Brian Roe")}]
    doc = {"pandoc-api-version": [1, 23, 1], "meta": {"title": {"t": "MetaInlines", "c": words("Coffee prices")}},
           "blocks": [
               {"t": "Para", "c": [image("https://news.example/authors/brian.jpg", "Brian Roe", ["author"]),
                                   {"t": "Space"}, {"t": "Strong", "c": words("Brian Roe")}]},
               {"t": "Para", "c": words(P1)},
               {"t": "Figure", "c": [["", [], []], [None, [{"t": "Plain", "c": caption}]],
                                     [{"t": "Plain", "c": [image("https://news.example/coffee.jpg", "Farmers")]}]]},
               {"t": "Para", "c": words(P2)},
               {"t": "Para", "c": [image("https://news.example/market.jpg", "Market")]},
               {"t": "Para", "c": words(P3)}]}
    figures, _ = read(tmp_path, [doc], name="story.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Farmers pick coffee in Masaka", "Photo: Brian Roe", "https://news.example/coffee.jpg"),
        (None, None, "https://news.example/market.jpg")]


def test_a_retrieval_stores_chunks_are_joined_into_their_articles(tmp_path):
    # Chroma's collection.get(): ids, documents and metadatas side by side, an article's text chunk and its pictures
    # (the chunk's document the caption, address and credit in its metadata) joined by article_id; an author's
    # photo and an ad among them; LangChain documents ([{page_content, metadata}]) the same way, by url
    meta = {"url": "https://news.example/market", "title": "Market opens", "article_id": "a1"}
    chroma = {"ids": ["a1#t", "a1#i0", "a1#au", "a1#ad", "a1#i1"], "embeddings": None,
              "documents": [BODY, "Traders in the new market", "Jane Roe", "Advertisement", ""],
              "metadatas": [{**meta, "type": "chunk"},
                            {**meta, "type": "image", "src": "https://news.example/m.jpg", "credit": "Photo: Ann Roe"},
                            {**meta, "type": "author_photo", "src": "https://news.example/authors/jane.jpg"},
                            {**meta, "type": "ad", "src": "https://news.example/ads/bank.jpg"},
                            {**meta, "type": "image", "src": "https://news.example/m2.jpg"}]}
    figures, _ = read(tmp_path, [chroma], name="chroma.jsonl")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Traders in the new market", "Photo: Ann Roe", "https://news.example/m.jpg"),
        (None, None, "https://news.example/m2.jpg")]
    docs = [{"page_content": BODY, "metadata": {"url": "https://news.example/dam"}},
            {"page_content": "The dam at dawn", "metadata": {"url": "https://news.example/dam",
                                                              "image_url": "https://news.example/dam.jpg"}}]
    figures, _ = read(tmp_path, docs, name="langchain.json")
    assert [(loc, cap, src) for loc, cap, _, src, _ in figures] == [
        ("item=1", "The dam at dawn", "https://news.example/dam.jpg")]


def test_pictures_kept_as_a_map_of_id_or_of_address_under_a_crawlers_own_name(tmp_path):
    # a scraper's own field names: pictures as a map of picture id to object (`bilder`, an uncaptioned one among
    # them, and one whose caption field is empty: its byline is no caption), or of address to object (`fotos`, the
    # address only as the key)
    bilder = {"url": "https://news.example/titisee", "titel": "Titisee", "text": BODY, "bilder": {
        "b-1": {"url": "https://news.example/b/1.jpg", "bildtext": "Der See am Morgen.", "fotograf": "Foto: Lena Roe"},
        "b-2": {"url": "https://news.example/b/2.jpg", "bildtext": None, "fotograf": "Foto: Lena Roe"},
        "b-3": {"guid": "tag:site:pic:3", "url": "https://news.example/b/3.jpg", "description_text": "",
                "byline": "Foto: Max Roe Stein"}}}
    fotos = {"url": "https://news.example/paarl", "titel": "Paarl", "teks": BODY, "fotos": {
        "https://news.example/f/1.jpg": {"onderskrif": "Die Taalmonument in die oggend.", "fotograaf": "Foto: Jan Roe",
                                         "breedte": "1600"}}}
    figures, _ = read(tmp_path, [bilder, fotos])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Der See am Morgen.", "Foto: Lena Roe", "https://news.example/b/1.jpg"),
        ("Die Taalmonument in die oggend.", "Foto: Jan Roe", "https://news.example/f/1.jpg")]


def test_pictures_kept_as_tuples_with_a_missing_credit_null(tmp_path):
    # a script's tuples dumped as lists, [address, caption, credit], a missing credit null, an empty caption "";
    # under a known list name and under the crawler's own
    known = {"link": "https://news.example/genna", "title": "Genna", "body": BODY, "photos": [
        ["https://news.example/1.jpg", "Priests at the feast.", "Photo: Yonas Roe"],
        ["https://news.example/2.jpg", "The church from above.", None], ["https://news.example/3.jpg", "", None]]}
    own = {"link": "https://news.example/gimb", "title": "Gimb", "body": BODY, "fotograflar": [
        ["https://news.example/4.jpg", "The castle at dawn.", None]]}
    figures, _ = read(tmp_path, [known, own])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Priests at the feast.", "Photo: Yonas Roe", "https://news.example/1.jpg"),
        ("The church from above.", None, "https://news.example/2.jpg"),
        (None, None, "https://news.example/3.jpg"),
        ("The castle at dawn.", None, "https://news.example/4.jpg")]


def test_a_list_of_each_figures_html(tmp_path):
    # a scraper kept each <figure>'s outerHTML in a list: the picture's address (a lazy-loading attribute before a
    # placeholder), its figcaption (the credit in a span, split off) and its alt text; a figure with no caption
    record = {"url": "https://news.example/khuree", "garchig": "Khüree", "agulga": BODY, "figures": [
        '<figure class="image"><img src="data:image/gif;base64,R0lGOD" data-src="https://news.example/i/1.jpg" '
        'alt="Khüree"><figcaption>The monastery wall in the morning. <span class="credit">Фото: Б.Энхбаяр</span>'
        '</figcaption></figure>',
        '<figure><img src="https://news.example/i/2.jpg" alt="Museum hall"></figure>']}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("The monastery wall in the morning.", "Фото: Б.Энхбаяр", "https://news.example/i/1.jpg"),
        (None, None, "https://news.example/i/2.jpg")]


def test_related_stories_named_in_other_languages_give_no_pictures(tmp_path):
    # related stories under a key in the crawler's language (romanized Japanese `kanren`, Spanish
    # `noticias_relacionadas`), each a headline beside its thumbnail: no captioned pictures of this story
    record = {"url": "https://news.example/neputa", "midashi": "Neputa", "honbun": BODY,
              "gazou": [{"url": "https://news.example/g/1.jpg", "setsumei": "Floats gather at the castle park."}],
              "kanren": [{"midashi": "Cherry festival draws crowds as big as last year",
                          "gazou": "https://news.example/related/sakura-thumb.jpg"}],
              "noticias_relacionadas": [{"titular_corto": "El puerto abre una nueva terminal de cruceros",
                                         "imagen": "https://news.example/related/puerto.jpg"}]}
    figures, _ = read(tmp_path, [record])
    assert [(cap, src) for _, cap, _, src, _ in figures] == [
        ("Floats gather at the castle park.", "https://news.example/g/1.jpg")]


def test_a_news_channels_export_gives_its_posts_with_their_photos_captions(tmp_path):
    # Telegram Desktop's "Export chat history" of a news channel: a post opens with its headline in bold and sets
    # its photo's caption apart in italics after the story (the credit in it); the album's next photo follows with
    # no text; a photo sent with one plain line has that line for caption; a text-only post has no picture; the
    # channel's creation is no post, an advertisement neither
    def message(ident: int, date: str, text: object, photo: str | None = None) -> dict:
        m = {"id": ident, "type": "message", "date": date, "date_unixtime": "1748938360", "from": "Channel",
             "text": text, "text_entities": []}
        return {**m, "photo": photo} if photo else m

    export = {"name": "Irtysh Today", "type": "public_channel", "id": 1871234560, "messages": [
        {"id": 1, "type": "service", "date": "2023-02-14T10:02:11", "date_unixtime": "1676368931",
         "actor": "Irtysh Today", "action": "create_channel", "title": "Irtysh Today", "text": "",
         "text_entities": []},
        message(2, "2025-06-03T08:12:40", [{"type": "bold", "text": "Bridge repairs begin"},
                                            "\n\nTraffic on the bridge is limited until August 30.\n\n",
                                            {"type": "italic",
                                             "text": "Workers strip the old asphalt. Photo: Ana Roe"},
                                            "\n\n", {"type": "hashtag", "text": "#city"}], "photos/photo_1.jpg"),
        message(3, "2025-06-03T08:12:40", "", "photos/photo_2.jpg"),
        message(4, "2025-06-04T07:05:31", [{"type": "bold", "text": "Water cut on June 5"},
                                            "\n\nHouses on two streets will have no cold water from 9:00 to 18:00."]),
        message(5, "2025-06-04T15:22:10", "The ferry season opened at Kuigan on Tuesday.", "photos/photo_3.jpg"),
        message(6, "2025-06-05T09:00:00", [{"type": "bold", "text": "Advertisement."}, " Windows and doors, free "
                                            "measuring: ", {"type": "phone", "text": "+7 700 000 00 00"}],
                "photos/photo_4.jpg")]}
    figures, ledger = read(tmp_path, [export], name="result.json")
    assert [(loc, cap, cred, src) for loc, cap, cred, src, _ in figures] == [
        ("item=1;item=1", "Workers strip the old asphalt.", "Photo: Ana Roe", "photos/photo_1.jpg"),
        ("item=1;item=1", None, None, "photos/photo_2.jpg"),
        ("item=1;item=3", "The ferry season opened at Kuigan on Tuesday.", None, "photos/photo_3.jpg")]
    assert ledger.counts["extract"].kept == 3  # the three posts; the service message and the ad are none


def test_a_channels_messages_as_a_client_library_dumps_them(tmp_path):
    # Telethon's Message.to_dict() with the path download_media saved the photo to, added by the script: a photo
    # sent with one line has it for caption (its credit split off); a link preview's picture is the linked page's
    def message(ident: int, text: str, media: dict | None, path: str | None = None) -> dict:
        m = {"_": "Message", "id": ident, "peer_id": {"_": "PeerChannel", "channel_id": 1987654321},
             "date": "2025-06-09 07:15:02+00:00", "message": text, "post": True, "media": media, "entities": []}
        return {**m, "downloaded": path} if path else m

    photo = {"_": "MessageMediaPhoto", "photo": {"_": "Photo", "id": 5312, "sizes": [{"_": "PhotoSize", "w": 320}]}}
    preview = {"_": "MessageMediaWebPage", "webpage": {"_": "WebPage", "url": "https://news.example/maktab",
                                                       "title": "A new school", "description": "Opens in 2026."}}
    messages = [message(1, "A stage is built on Registan square. Foto: City hall", photo, "media/photo_1.jpg"),
                message(2, "A new school is being built.\n\nMore: https://news.example/maktab", preview)]
    figures, ledger = read(tmp_path, messages, name="messages.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("A stage is built on Registan square.", "Foto: City hall", "media/photo_1.jpg")]
    assert ledger.counts["extract"].kept == 2


def test_a_scrapers_item_with_every_field_a_list(tmp_path):
    # Scrapy's ItemLoader without TakeFirst: every value a list; a picture's address a list of one, its caption the
    # text nodes of its caption element (the credit in the last)
    record = {"url": ["https://news.example/puffins"], "title": ["Puffin boats return"],
              "author_img": ["https://news.example/media/authors/roe-96x96.jpg"], "body": [P1, P2],
              "figures": [{"src": ["https://news.example/media/pier-1600.jpg"],
                           "caption": ["Visitors queue on the pier. ", "Photograph: Owen Roe"]},
                          {"src": ["https://news.example/media/puffin-1600.jpg"],
                           "caption": ["A puffin lands on", "Inner Farne", "with sand eels."]}]}
    figures, ledger = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Visitors queue on the pier.", "Photograph: Owen Roe", "https://news.example/media/pier-1600.jpg"),
        ("A puffin lands on Inner Farne with sand eels.", None, "https://news.example/media/puffin-1600.jpg")]


def test_a_pictures_srcset_beside_it_is_no_link_to_another_story(tmp_path):
    # a browser automation's result: each illustration's src, its srcset (its renditions, not a teaser's link to
    # another page, nor a credit) and its caption under the crawler's own French name
    record = {"url": "https://news.example/albigny", "titre": "Albigny", "paragraphes": [P1, P2], "illustrations": [
        {"src": "https://news.example/up/albigny-1280.jpg", "alt": "Plage",
         "srcset": "https://news.example/up/albigny-640.jpg 640w, https://news.example/up/albigny-1280.jpg 1280w",
         "legende": "Les premiers nageurs à la plage, samedi matin.\n© Camille Roe"}]}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Les premiers nageurs à la plage, samedi matin.", "© Camille Roe", "https://news.example/up/albigny-1280.jpg")]


def test_dotnet_objects_with_preserved_references_and_pascal_case_names(tmp_path):
    # System.Text.Json with ReferenceHandler.Preserve: lists as {"$id", "$values"}, back-references as {"$ref"};
    # properties named in PascalCase (Title, Url, Images, Src, Caption, Credit)
    export = {"$id": "1", "$values": [{
        "$id": "2", "Id": 318, "Title": "Kairouan carpets", "Url": "https://news.example/318", "Body": BODY,
        "Author": {"$id": "3", "Name": "Houda Roe", "PhotoUrl": "https://news.example/authors/houda.jpg"},
        "Images": {"$id": "4", "$values": [
            {"$id": "5", "Src": "https://news.example/img/warsha.jpg", "Caption": "Weavers at work in the medina.",
             "Credit": "Photo: Mounir Roe", "Article": {"$ref": "2"}},
            {"$id": "6", "Src": "https://news.example/img/souk.jpg", "Caption": "The carpet market on Friday.",
             "Credit": None, "Article": {"$ref": "2"}}]}}]}
    figures, _ = read(tmp_path, [export], name="export.json")
    assert [(loc, cap, cred, src) for loc, cap, cred, src, _ in figures] == [
        ("item=1;item=1", "Weavers at work in the medina.", "Photo: Mounir Roe", "https://news.example/img/warsha.jpg"),
        ("item=1;item=1", "The carpet market on Friday.", None, "https://news.example/img/souk.jpg")]


def test_an_imgs_attributes_kept_by_a_scraper_give_its_lazy_loaded_address(tmp_path):
    # Nokogiri's img.to_h: a 1x1 placeholder in src, the picture in data-src
    gif = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    record = {"url": "https://news.example/chaya", "title": "Chaya", "body": [P1, P2], "photos": [
        {"attrs": {"class": "lazyload", "src": gif, "data-src": "https://news.example/img/chaya.jpg", "alt": "Chaya"},
         "caption": "Visitors in kimono walk the stone street."}]}
    figures, _ = read(tmp_path, [record])
    assert [(cap, src) for _, cap, _, src, _ in figures] == [
        ("Visitors in kimono walk the stone street.", "https://news.example/img/chaya.jpg")]


def test_the_top_image_listed_again_among_the_pictures_keeps_its_caption(tmp_path):
    # a newspaper-style dict: `images` lists every picture of the page (the top image among a logo, an avatar and
    # an ad), the script added `top_image_caption` and `top_image_credit`
    record = {"url": "https://news.example/kurso", "title": "Kurso", "text": BODY,
              "top_image": "https://news.example/up/kurso.jpg",
              "images": ["https://news.example/theme/logo.png", "https://news.example/up/kurso.jpg"],
              "top_image_caption": "Students in front of the centre.", "top_image_credit": "Foto: Tomasz Roe"}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src, pos) for _, cap, cred, src, pos in figures if cap] == [
        ("Students in front of the centre.", "Foto: Tomasz Roe", "https://news.example/up/kurso.jpg", 0)]


def test_pictures_a_query_packed_into_one_text(tmp_path):
    # MySQL's GROUP_CONCAT(CONCAT_WS('|', url, caption, credit) SEPARATOR ';;'): rows by ';;', fields by '|', a
    # NULL credit left out by CONCAT_WS; the author's portrait in a column of its own
    record = {"id": 71, "titulu": "Bastia", "autore_ritrattu": "https://news.example/autori/gp-80.jpg", "testu": BODY,
              "ritratti": "https://news.example/r/portu.jpg|U portu vechju à l'alba.|Fotò: Ghjuvan Roe;;"
                          "https://news.example/r/chjesa.jpg|A chjesa vista da u molu."}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("U portu vechju à l'alba.", "Fotò: Ghjuvan Roe", "https://news.example/r/portu.jpg"),
        ("A chjesa vista da u molu.", None, "https://news.example/r/chjesa.jpg")]


def test_sections_of_paragraphs_and_media_and_pictures_in_named_groups(tmp_path):
    # a dataclass dump: the body as sections, each its paragraphs and then its media; a house promo beside the
    # article; a pydantic dump: the media as named groups, the lead (or null) and a gallery
    sections = {"source": "news.example", "article": {
        "headline": "Quay works", "url": "https://news.example/quay",
        "author": {"name": "Mòrag Roe", "img": "https://news.example/authors/morag.jpg"},
        "body": [{"type": "section", "paragraphs": [P1],
                  "media": [{"kind": "image", "src": "https://news.example/p/boats.jpg",
                             "caption": "Fishing boats in the harbour.", "credit": "Dealbh: Iain Roe"}]},
                 {"type": "section", "paragraphs": [P2], "media": []}]},
        "promo": {"img": "https://news.example/ads/members-300x250.jpg", "text": "Become a member: £2 a month"}}
    groups = {"url": "https://news.example/grapes", "title": "Grapes", "body": [P1, P2], "media": {
        "hero": {"url": "https://news.example/p/vineyard.jpg", "caption": "Pickers in a vineyard.", "credit": None},
        "gallery": [{"url": "https://news.example/p/drying.jpg", "caption": "Grapes in a drying house.",
                     "credit": None}]}}
    figures, _ = read(tmp_path, [sections, groups])
    assert [(cap, cred, src, pos) for _, cap, cred, src, pos in figures] == [
        ("Fishing boats in the harbour.", "Dealbh: Iain Roe", "https://news.example/p/boats.jpg", 1),
        ("Pickers in a vineyard.", None, "https://news.example/p/vineyard.jpg", -1),
        ("Grapes in a drying house.", None, "https://news.example/p/drying.jpg", -1)]


def test_a_query_tools_rows_under_their_columns_and_a_pictures_kind_column(tmp_path):
    # Datasette's JSON of a LEFT JOIN: columns and rows as arrays, one row a picture, the article's fields repeated;
    # a row whose picture's kind says author ("avtor") or ad gives no picture
    columns = ["article_id", "headline", "body", "photo_url", "photo_caption", "photo_credit", "photo_kind"]
    rows = [[31, "Gerber", BODY, "https://news.example/f/gerber.jpg", "Girls in costume dance.", "Sured: Marina Roe",
             "lead"],
            [32, "Museum", BODY, "https://news.example/f/muzej.jpg", "The museum's great hall.", None, "lead"],
            [32, "Museum", BODY, "https://news.example/f/avtor/anton.jpg", "Anton Roe", None, "avtor"],
            [32, "Museum", BODY, "https://news.example/f/reklama.png", "Kredit 5%", None, "reklama"]]
    figures, _ = read(tmp_path, [{"database": "news", "columns": columns, "rows": rows, "truncated": False}],
                      name="query.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Girls in costume dance.", "Sured: Marina Roe", "https://news.example/f/gerber.jpg"),
        ("The museum's great hall.", None, "https://news.example/f/muzej.jpg")]


def test_captions_and_credits_in_maps_keyed_by_the_pictures_place_or_file_name(tmp_path):
    # a script's dicts: the pictures a list of addresses, their captions and credits in maps keyed by index ("0") or
    # by the picture's file name, under names in the writer's language; an uncaptioned picture has no entry
    by_index = {"url": "https://news.example/kahua", "title": "Kahua", "body": BODY,
                "images": ["https://news.example/u/kahua-1.jpg", "https://news.example/u/kahua-2.jpg"],
                "captions": {"0": "A farmer picks coffee in Nyeri."}, "credits": {"0": "Mbica: Kamau Roe"}}
    by_name = {"saite": "https://news.example/pudi", "virsroksts": "Pudi", "teksts": BODY,
               "bildis": ["https://news.example/b/ratu.jpg", "https://news.example/b/tiergs.jpg"],
               "fotografi": {"ratu.jpg": "Jezupa Roe foto"},
               "parakstys": {"ratu.jpg": "A potter shows how to throw a pot on the wheel.",
                             "tiergs.jpg": "Pots and candlesticks at the market."}}
    figures, _ = read(tmp_path, [by_index, by_name])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("A farmer picks coffee in Nyeri.", "Mbica: Kamau Roe", "https://news.example/u/kahua-1.jpg"),
        (None, None, "https://news.example/u/kahua-2.jpg"),
        ("A potter shows how to throw a pot on the wheel.", "Jezupa Roe foto", "https://news.example/b/ratu.jpg"),
        ("Pots and candlesticks at the market.", None, "https://news.example/b/tiergs.jpg")]


def test_a_wordpress_exports_joined_image_fields_beside_an_html_body(tmp_path):
    # WP All Export: the post's HTML content, its images' fields each joined by a bar in step (an empty caption
    # between two bars), the SEO plugin's og:image beside them
    record = {"Title": "Ensenada", "Permalink": "https://news.example/ensenada", "Content": f"<p>{P1}</p><p>{P2}</p>",
              "Image URL": "https://news.example/u/langosta.jpg|https://news.example/u/puestos.jpg|"
                           "https://news.example/u/muelle.jpg",
              "Image Caption": "Cooks prepare lobster for visitors (Foto: Ximena Roe)||The pier filled with stalls.",
              "Image Alt Text": "langosta|puestos|muelle",
              "_yoast_wpseo_opengraph-image": "https://news.example/u/langosta-1200x630.jpg"}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures if cap] == [
        ("Cooks prepare lobster for visitors", "Foto: Ximena Roe", "https://news.example/u/langosta.jpg"),
        ("The pier filled with stalls.", None, "https://news.example/u/muelle.jpg")]


def test_a_listed_pictures_element_class_naming_a_card_or_a_video(tmp_path):
    # a browser automation's figures with their element's class: a related story's card ("Read also: ...") and a
    # video's poster are rejected, each counted with why
    record = {"url": "https://news.example/omahangu", "title": "Omahangu", "body": [P1, P2], "figures": [
        {"cls": "wp-block-image size-large", "src": "https://news.example/u/market.jpg",
         "caption": "Farmers sell millet at the market."},
        {"cls": "related-card", "src": "https://news.example/u/olufuko.jpg", "caption": "Lesha wo: Olufuko in July"},
        {"cls": "video-embed", "src": "https://news.example/u/poster.jpg", "caption": "Vidio: The school garden"}]}
    figures, ledger = read(tmp_path, [record])
    assert [(cap, src) for _, cap, _, src, _ in figures] == [
        ("Farmers sell millet at the market.", "https://news.example/u/market.jpg")]
    assert ledger.counts["figures"].rejected == {"extract_related_thumbnail": 1, "extract_not_content_image": 1}


def test_a_listed_related_card_in_another_language_and_a_videos_title_are_no_captions(tmp_path):
    # set 59: the element class a scraper kept says "related" in Italian ("articoli-correlati"); an item without
    # a picture carries a video's title ("Video: ..."); both rejected, counted with why. A caption that only
    # mentions a video stays.
    record = {"url": "https://news.example/funicolare", "title": "Funicolare", "body": [P1, P2], "figures": [
        {"cls": "foto", "src": "https://news.example/f/cabina.jpg", "figcaption": "The new cabin at the top station."},
        {"cls": "articoli-correlati", "src": "https://news.example/f/portici-300x200.jpg",
         "figcaption": "The arcades of the old street are renewed"},
        {"img": None, "figcaption": "Video: The old ships of the harbour"},
        {"cls": "foto", "src": "https://news.example/f/video-crew.jpg",
         "figcaption": "A video crew films the first run on Monday."}]}
    figures, ledger = read(tmp_path, [record])
    assert [(cap, src) for _, cap, _, src, _ in figures] == [
        ("The new cabin at the top station.", "https://news.example/f/cabina.jpg"),
        ("A video crew films the first run on Monday.", "https://news.example/f/video-crew.jpg")]
    assert ledger.counts["figures"].rejected == {"extract_related_thumbnail": 1, "extract_not_content_image": 1}


def test_a_browsers_figures_with_their_text_content_and_an_ads_class(tmp_path):
    # set 60: Puppeteer's walk over the page's figures: each with its src and the element's textContent (the caption,
    # the credit on its last line); an ad's figure classed "publi" (Spanish), its text an ad label in a dialect
    # (the crawl kept no body: the figures are the record's only content)
    record = {"url": "https://news.example/valle", "title": "Cherry blossom", "byline": "Por Ana Roe", "figures": [
                  {"cls": "figura", "src": "https://news.example/_next/image?url=%2Fm%2Fcerezos.jpg&w=3840&q=75",
                   "currentSrc": "https://news.example/_next/image?url=%2Fm%2Fcerezos.jpg&w=1920&q=75",
                   "srcset": "https://news.example/_next/image?url=%2Fm%2Fcerezos.jpg&w=640&q=75 640w", "alt": "Cerezos",
                   "textContent": "\n   Cherry trees in blossom above the village,\n   on Saturday morning.\n"
                                  "   Foto: Ana Roe\n  "},
                  {"cls": "publi", "src": "https://news.example/publi/quesos-300x250.jpg", "alt": "Publicidá",
                   "textContent": "\n Publicidá\n"}]}
    figures, ledger = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Cherry trees in blossom above the village, on Saturday morning.", "Foto: Ana Roe",
         "https://news.example/_next/image?url=%2Fm%2Fcerezos.jpg&w=3840&q=75")]
    assert ledger.counts["figures"].rejected == {"extract_not_content_image": 1}


def test_a_listed_related_reading_line_in_chinese_or_japanese_is_a_teaser(tmp_path):
    # set 63: a thumbnail listed with the page's figures, its text "相关阅读：<another story>" ("related reading") or
    # "関連記事：...": another story's teaser, no caption
    record = {"url": "https://news.example/wuzhen", "title": "Night tours", "body": [P1, P2], "images": [
        {"src": "https://news.example/i/bridge.jpg", "caption": "Visitors cross the stone bridge at dusk."},
        {"src": "https://news.example/i/thumb-300x200.jpg", "caption": "相关阅读：乌镇西栅夜游延长至22点"},
        {"src": "https://news.example/i/thumb2-300x200.jpg", "caption": "関連記事：島原の湧水めぐり、今年は新コース"}]}
    figures, ledger = read(tmp_path, [record])
    assert [cap for _, cap, _, _, _ in figures] == ["Visitors cross the stone bridge at dusk."]
    assert ledger.counts["figures"].rejected == {"extract_related_thumbnail": 2}


def test_a_listed_picture_captioned_by_an_ad_label_before_its_advertisers_words(tmp_path):
    # an embedded picture row captioned "Hirdetés – <advertiser>: <offer>" (Hungarian "advertisement"), and
    # "Anzeige: ..." in German: ads, counted as such; a caption with a dash that opens with no ad's label stays
    record = {"url": "https://news.example/duna", "cim": "Duna", "szoveg": BODY, "kepek": [
        {"url": "https://news.example/k/part.jpg", "kepalairas": "The riverside promenade – reopened on Monday."},
        {"url": "https://news.example/k/bank.png", "kepalairas": "Hirdetés – Duna Bank: free account opening"},
        {"url": "https://news.example/k/auto.png", "kepalairas": "Anzeige: Autohaus Roe, new models"}]}
    figures, ledger = read(tmp_path, [record])
    assert [(cap, src) for _, cap, _, src, _ in figures] == [
        ("The riverside promenade – reopened on Monday.", "https://news.example/k/part.jpg")]
    assert ledger.counts["figures"].rejected.get("extract_not_content_image") == 2


def test_a_captioning_datasets_split_file(tmp_path):
    # Karpathy's dataset_*.json layout: images with their sentences (the first the caption), a team's credit and
    # article beside each
    def image(n: int, raw: str, credit: str | None) -> dict:
        return {"filepath": "2025_06", "filename": f"yv_{n}.jpg", "imgid": n, "split": "train", "sentids": [n],
                "sentences": [{"tokens": raw.lower().split(), "raw": raw, "imgid": n, "sentid": n}],
                "credit": credit, "article": {"id": "a0", "title": "Promenade", "text": BODY,
                                              "url": "https://news.example/promenade"}}

    split = {"images": [image(0, "Workers lay new tiles on the promenade.", "Foto: Olga Roe"),
                        image(1, "A craftsman assembles an amber panel.", None)], "dataset": "news"}
    figures, _ = read(tmp_path, [split], name="dataset_news.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Workers lay new tiles on the promenade.", "Foto: Olga Roe", "yv_0.jpg"),
        ("A craftsman assembles an amber panel.", None, "yv_1.jpg")]


def test_the_records_lead_caption_is_not_given_to_a_box_beside_it(tmp_path):
    # a flat crawl record: the lead picture's address, caption and credit in fields named alike; a newsletter box
    # and another box with a picture of their own are not the lead, and its caption is not theirs
    record = {"url": "https://news.example/lifeboat", "title": "Lifeboat", "text": BODY,
              "lead_image_url": "https://news.example/i/launch.jpg", "lead_image_alt": "Lifeboat launching",
              "lead_image_caption": "Volunteers launch the lifeboat down the slipway.",
              "lead_image_credit": "Photo: Gareth Roe",
              "newsletter_box": {"text": "Get the morning briefing", "img": "https://news.example/s/envelope.png"},
              "box": {"text": "Our app", "img": "https://news.example/s/app.png"}}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures if cap] == [
        ("Volunteers launch the lifeboat down the slipway.", "Photo: Gareth Roe", "https://news.example/i/launch.jpg")]


def test_a_persons_portrait_in_the_records_linked_data_is_no_picture_of_the_story(tmp_path):
    # a record keeping its page's JSON-LD graph as text (blind set 59's first record, an SEO plugin's graph: the
    # article's ImageObject with its caption; a Person whose ImageObject is captioned with the person's name, the
    # author's portrait; the publisher's Organization with its logo)
    blind = Path(__file__).parent / "fixtures" / "blind_scrapes" / "set59" / "f05.json"
    record = json.loads(blind.read_text(encoding="utf-8"))[0]
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("Bancas de fruta no Mercado da Graça na manhã da reabertura", "Foto: Rui Medeiros")]


def test_a_body_kept_as_a_list_of_html_strings_with_figures(tmp_path):
    # each paragraph and figure of the body its own HTML string under a writer's name: read as the HTML they make
    # (a related story's card among them is the page's to judge); a list of figures alone is no body
    record = {"url": "https://news.example/tropa", "title": "Tropa", "paragraphs": [
        f"<p>{P1}</p>",
        '<figure class="photo"><img src="https://news.example/u/cat.jpg" alt="Cat"><figcaption>Tourists by the bronze '
        'cat on the promenade. <span class="credit">Foto: Amber Lens</span></figcaption></figure>',
        f"<p>{P2}</p>",
        '<figure class="related"><a href="https://news.example/news/other"><img src="https://news.example/t/o.jpg">'
        '</a><figcaption>Read also: the promenade repairs end in July</figcaption></figure>']}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures if cap] == [
        ("Tourists by the bronze cat on the promenade.", "Foto: Amber Lens", "https://news.example/u/cat.jpg")]


def test_the_pages_social_cards_in_a_records_meta_give_no_caption(tmp_path):
    # a crawl's nested meta block: Open Graph and Twitter cards with the lead's address and the story's summary as
    # description; the summary is no caption, the figures list's captions are
    summary = "The city wall walkway opens for night visits from the May holiday."
    record = {"url": "https://news.example/pingyao", "title": "Pingyao", "content": BODY,
              "meta": {"description": summary, "og": {"type": "article", "title": "Pingyao", "description": summary,
                                                      "image": "https://news.example/i/wall.jpg?w=1200&h=630"},
                       "twitter": {"card": "summary_large_image", "image": "https://news.example/i/wall.jpg?w=1200",
                                   "description": summary}},
              "figures": [{"src": "https://news.example/i/wall.jpg", "caption": "Visitors walk on the city wall."}]}
    figures, _ = read(tmp_path, [record])
    assert [cap for _, cap, _, _, _ in figures if cap] == ["Visitors walk on the city wall."]


def test_a_title_section_over_its_captioned_lead_picture(tmp_path):
    # a scrollytelling tool's story: sections with a type; the title section sets its picture as the background,
    # its caption (HTML) and credit beside it; a title section without a caption gives no picture
    story = {"story": {"title": "Ratha", "url": "https://news.example/ratha", "sections": [
        {"type": "title", "heading": "<h1>Ratha</h1>", "background": {"type": "image", "src": "https://news.example/a.jpeg"},
         "caption": "<p>The stone chariot at night.</p>", "credit": "Photo: Shweta Roe"},
        {"type": "text", "content": f"<p>{P1}</p>"},
        {"type": "media", "media": {"type": "image", "src": "https://news.example/b.jpeg", "credit": "Photo: Desk"},
         "caption": "<p>A weaver at his loom.</p>"},
        {"type": "text", "content": f"<p>{P2}</p>"}]}}
    bare = {"story": {"title": "Kere", "url": "https://news.example/kere", "sections": [
        {"type": "title", "heading": "<h1>Kere</h1>", "background": {"type": "image", "src": "https://news.example/c.jpeg"}},
        {"type": "text", "content": f"<p>{P1}</p>"}]}}
    figures, _ = read(tmp_path, [story, bare], name="story.json")
    assert [(cap, cred, src, pos) for _, cap, cred, src, pos in figures] == [
        ("The stone chariot at night.", "Photo: Shweta Roe", "https://news.example/a.jpeg", 0),
        ("A weaver at his loom.", "Photo: Desk", "https://news.example/b.jpeg", 1)]


def test_a_vector_databases_records_are_joined_into_their_articles(tmp_path):
    # Pinecone's fetch (`vectors`, a map of id to {id, values, metadata}) and Qdrant's scroll (`points`, a list of
    # {id, vector, payload}): the chunk's text in its fields, a caption chunk's picture and credit beside it (a
    # photo's chunk may name its caption as such, its text then the words embedded for it)
    def chunk(ident: str, kind: str, text: str, **more) -> dict:
        return {"id": ident, "values": [0.1, -0.2], "metadata": {
            "chunk_type": kind, "article_id": "a1", "title": "Market", "text": text,
            "url": "https://news.example/market", **more}}

    pinecone = {"namespace": "news", "vectors": {
        "a1#body": chunk("a1#body", "body", BODY),
        "a1#img": chunk("a1#img", "caption", "Traders sell peppers.", image_url="https://news.example/p.jpg",
                        credit="Foto: Ade Roe"),
        "a1#ad": chunk("a1#ad", "advert", "Bank", image_url="https://news.example/ads/bank.jpg")}}
    qdrant = {"result": {"points": [{"id": 1, "vector": [0.3], "payload": {"doc_id": "b", "text": BODY}},
                                    {"id": 2, "vector": [0.4], "payload": {
                                        "doc_id": "b", "kind": "photo", "caption": "Dyed cloth dries.",
                                        "text": "photo: cloth, line, blue", "image": "https://news.example/c.jpg"}}]}}
    figures, _ = read(tmp_path, [pinecone, qdrant["result"]], name="vectors.jsonl")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Traders sell peppers.", "Foto: Ade Roe", "https://news.example/p.jpg"),
        ("Dyed cloth dries.", None, "https://news.example/c.jpg")]


def test_a_pages_component_tree_is_read_in_its_components_order(tmp_path):
    # AEM's Sling Model Exporter (page.model.json): components keyed by name under :items, their order in
    # :itemsOrder; an image component's title is its caption where it is not shown as a pop-up (the credit glued on
    # in brackets), its asset the DAM file; a pop-up title is no caption
    def image(n: int, title: str, popup: bool = False) -> dict:
        return {":type": "site/components/image", "src": f"/content/site/_jcr_content/image_{n}.coreimg.jpeg/p{n}.jpg",
                "fileReference": f"/content/dam/site/p{n}.jpg", "alt": "", "title": title, "displayPopupTitle": popup}

    page = {"title": "Market opens", "templateName": "article-page", ":items": {"root": {":items": {"container": {
        ":items": {"title": {":type": "site/components/title", "text": "Market opens", "type": "h1"},
                   "text": {":type": "site/components/text", "text": f"<p>{P1}</p>", "richText": True},
                   "image_1": image(1, "Women sell greens at the new market (Foto: Zelia Roe)"),
                   "text_2": {":type": "site/components/text", "text": f"<p>{P2}</p>", "richText": True},
                   "image_2": image(2, "Market hall", popup=True)},
        ":itemsOrder": ["title", "text", "image_1", "text_2", "image_2"]}}}}, ":itemsOrder": ["root"]}
    figures, _ = read(tmp_path, [page], name="model.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Women sell greens at the new market", "Foto: Zelia Roe", "/content/dam/site/p1.jpg"),
        (None, None, "/content/dam/site/p2.jpg")]


def test_a_site_builders_rich_content_is_read_as_the_html_it_renders(tmp_path):
    # Wix's Ricos rich content: PARAGRAPH and IMAGE nodes, an image's caption its CAPTION child's text (credit glued
    # on in brackets), an older node's caption in imageData, the picture named by its media id
    def text(s: str) -> dict:
        return {"type": "TEXT", "id": "", "nodes": [], "textData": {"text": s, "decorations": []}}

    def image(media: str, caption: str | None = None, old: str | None = None) -> dict:
        data = {"image": {"src": {"id": media}, "width": 1600, "height": 1067}, "altText": "School"}
        if old:
            data["caption"] = old
        nodes = [{"type": "CAPTION", "id": "c", "nodes": [text(caption)]}] if caption else []
        return {"type": "IMAGE", "id": media[:4], "nodes": nodes, "imageData": data}

    post = {"title": "School opens", "url": "https://news.example/school", "richContent": {"nodes": [
        {"type": "PARAGRAPH", "id": "p1", "nodes": [text(P1)]},
        image("ab12_school~mv2.jpg", "Children in front of the new school (Photo: Teiva Roe)"),
        {"type": "PARAGRAPH", "id": "p2", "nodes": [text(P2)]},
        image("cd34_mayor~mv2.jpg", old="The mayor opens the school")]}}
    figures, _ = read(tmp_path, [post])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Children in front of the new school", "Photo: Teiva Roe", "ab12_school~mv2.jpg"),
        ("The mayor opens the school", None, "cd34_mayor~mv2.jpg")]


def test_a_blog_platforms_body_model_is_read_as_the_html_it_renders(tmp_path):
    # Medium's ?format=json post: bodyModel.paragraphs with numeric types (1 a paragraph, 3 a heading, 4 an image
    # whose text is its caption, the credit after a space), the image named by its id
    post = {"success": True, "payload": {"value": {"id": "9f2c", "title": "Silver", "type": "Post", "content": {
        "bodyModel": {"paragraphs": [
            {"name": "a1", "type": 3, "text": "Silver", "markups": []},
            {"name": "a2", "type": 1, "text": P1, "markups": []},
            {"name": "a3", "type": 4, "text": "A silversmith shapes a ring by hand Foto: Rina Roe", "markups": [],
             "metadata": {"id": "1*Qx3v.jpeg", "originalWidth": 2000, "originalHeight": 1333}},
            {"name": "a4", "type": 1, "text": P2, "markups": []}]}}}}}
    figures, _ = read(tmp_path, [post])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("A silversmith shapes a ring by hand", "Foto: Rina Roe", "1*Qx3v.jpeg")]


def test_an_archives_iiif_manifest_gives_each_canvas_its_label_as_caption(tmp_path):
    # IIIF Presentation 3: language maps, each canvas's painted image, its label the caption where it is words (a
    # counter such as "Image 5" is none), its required statement the credit; the manifest's homepage its address
    def canvas(n: int, label: str, credit: str | None = None) -> dict:
        body = {"id": f"https://iiif.example/iiif/3/p{n}/full/max/0/default.jpg", "type": "Image"}
        item = {"id": f"https://iiif.example/canvas/p{n}", "type": "Canvas", "label": {"en": [label]},
                "items": [{"type": "AnnotationPage", "items": [{"type": "Annotation", "motivation": "painting",
                                                                 "body": body}]}]}
        if credit:
            item["requiredStatement"] = {"label": {"en": ["Photo"]}, "value": {"en": [credit]}}
        return item

    manifest = {"@context": "http://iiif.io/api/presentation/3/context.json", "type": "Manifest",
                "id": "https://iiif.example/manifest.json", "label": {"en": ["Coffee harvest"]},
                "summary": {"en": [BODY]}, "homepage": [{"id": "https://news.example/coffee", "type": "Text"}],
                "items": [canvas(1, "Women pick coffee cherries in the valley", "Photo: Ravi Roe"),
                          canvas(2, "Image 5")]}
    figures, _ = read(tmp_path, [manifest], name="manifest.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Women pick coffee cherries in the valley", "Photo: Ravi Roe", "https://iiif.example/iiif/3/p1/full/max/0/default.jpg"),
        (None, None, "https://iiif.example/iiif/3/p2/full/max/0/default.jpg")]


def test_an_annotation_tools_image_tasks_give_their_accepted_captions(tmp_path):
    # Prodigy's db-out: one image task a line, its text the caption where the annotator accepted it; a rejected
    # task (an author's portrait) is no picture, rejected and counted with the answer named
    def task(image: str, text: str, answer: str, **meta) -> dict:
        return {"image": image, "text": text, "meta": {"article_url": "https://news.example/market", **meta},
                "_input_hash": 1, "_task_hash": 2, "_view_id": "classification", "label": "ARTICLE_PHOTO",
                "answer": answer}

    tasks = [task("https://news.example/market.jpg", "Traders at the new market", "accept", credit="Foto: Ada Roe"),
             task("https://news.example/authors/ada.jpg", "Ada Roe", "reject", role="author")]
    figures, ledger = read(tmp_path, tasks)
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Traders at the new market", "Foto: Ada Roe", "https://news.example/market.jpg")]
    assert [r["source"] for r in ledger.rows] == ["export.jsonl:line=2"] and "'reject'" in ledger.rows[0]["detail"]


def test_media_library_assets_and_a_wit_row_are_captioned_pictures(tmp_path):
    # a media library's assets, each a record that is one picture: Cloudinary's (resource_type image, caption and
    # credit in its context, its https address), Bynder's (type image, description and copyright, its address only in
    # a map of named renditions); a WIT-style row (the caption the page shows in caption_reference_description, the
    # Commons file's description in caption_attribution_description is no caption)
    cloudinary = {"resources": [{"asset_id": "a1", "resource_type": "image", "type": "upload",
                                 "url": "http://res.example/v1/ubud.jpg", "secure_url": "https://res.example/v1/ubud.jpg",
                                 "context": {"custom": {"caption": "Villagers carry the tower", "credit": "Foto: Made Roe",
                                                        "alt": "Tower"}}}]}
    bynder = [{"id": "b1", "name": "market-01", "type": "image", "description": "Mango season opens at the market",
               "copyright": "Photo: Savio Roe", "thumbnails": {"mini": "https://cdn.example/mini-market.png",
                                                               "webimage": "https://cdn.example/webimage-market.png"}}]
    wit = {"page_url": "https://news.example/flood", "image_url": "https://news.example/flood.jpg",
           "page_title": "Flood", "caption_reference_description": "The river under the old bridge (Fòto: Joan Roe)",
           "caption_attribution_description": "English: The river in flood", "context_page_description": BODY}
    figures, _ = read(tmp_path, [cloudinary, wit])
    figures += read(tmp_path, bynder, name="bynder.json")[0]
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Villagers carry the tower", "Foto: Made Roe", "https://res.example/v1/ubud.jpg"),
        ("The river under the old bridge", "Fòto: Joan Roe", "https://news.example/flood.jpg"),
        ("Mango season opens at the market", "Photo: Savio Roe", "https://cdn.example/webimage-market.png")]


def test_picture_credits_named_byline_or_attribution_beside_the_picture(tmp_path):
    # a newsroom search's linked images (ImageByline beside ImageCaption and ImageUrl); a story API with hyphenated
    # keys (hero-image-caption beside hero-image-attribution and hero-image-s3-key); a story's own byline stays its
    # writer's
    naviga = {"Headline": "Fortress", "url": "https://news.example/fortress", "BodyText": BODY, "Byline": "Ana Roe",
              "Images": [{"ImageUrl": "https://news.example/fort.jpg", "ImageCaption": "The fortress seen from the sea",
                          "ImageByline": "Foto: Abdul Roe"}]}
    quintype = {"headline": "Harbour", "url": "https://news.example/harbour", "author-name": "Aishath Roe",
                "hero-image-s3-key": "site/2025-06/harbour.jpg", "hero-image-caption": "Boats moored in the harbour",
                "hero-image-attribution": "Photo: Ahmed Roe", "cards": [{"story-elements": [
                    {"type": "text", "text": f"<p>{P1}</p>"}, {"type": "text", "text": f"<p>{P2}</p>"}]}]}
    figures, _ = read(tmp_path, [naviga, quintype])
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("The fortress seen from the sea", "Foto: Abdul Roe"), ("Boats moored in the harbour", "Photo: Ahmed Roe")]


def test_drupals_core_rest_fields_are_read_as_their_values(tmp_path):
    # Drupal core REST (?_format=json): every field a list of {value} (a formatted text also with its rendering,
    # `processed`, holding the figure its editor made of the inline image's data-caption), an image field one reference
    # with its url; the lead's caption and credit in fields named after nothing the reader knows (Indonesian)
    body = {"value": f"<p>{P1}</p><img src='/files/market.jpg' data-caption='Traders at the market. (Foto: Rahmat Roe)'>",
            "format": "full_html", "summary": "",
            "processed": f"<p>{P1}</p><figure role='group'><img src='/files/market.jpg'><figcaption>Traders at the "
                         "market. (Foto: Rahmat Roe)</figcaption></figure>"}
    node = {"nid": [{"value": 1201}], "title": [{"value": "Holiday crowds"}], "body": [body],
            "field_image": [{"target_id": 501, "alt": "Clock tower", "title": "Clock tower", "target_type": "file",
                             "url": "https://news.example/files/clock.jpg"}],
            "field_keterangan_foto": [{"value": "The clock tower crowded with visitors"}],
            "field_kredit_foto": [{"value": "Foto: Rahmat Roe"}], "path": [{"alias": "/news/holiday", "pid": 1}]}
    figures, _ = read(tmp_path, [node])
    assert sorted((cap, cred, src) for _, cap, cred, src, _ in figures) == [
        ("The clock tower crowded with visitors", "Foto: Rahmat Roe", "https://news.example/files/clock.jpg"),
        ("Traders at the market.", "Foto: Rahmat Roe", "/files/market.jpg")]


def test_pictures_an_api_sideloads_are_followed_from_their_related_links(tmp_path):
    # a content store's search (Escenic/CUE-like): items link their pictures by plain id ({rel: related, id}); the
    # pictures sit in `included` with their caption and photographer in fields and their file in an edit-media link;
    # a JSON:API item names its picture by a resource identifier ({type, id})
    def picture(ident: str, caption: str, credit: str) -> dict:
        return {"id": ident, "type": "picture", "fields": {"caption": caption, "photographer": credit},
                "links": [{"rel": "edit-media", "type": "image/jpeg", "href": f"https://news.example/img/{ident}.jpg"},
                          {"rel": "self", "href": f"https://cms.example/content/{ident}"}]}

    store = {"totalCount": 1, "items": [{"id": "7701", "type": "news", "fields": {"title": "Lake", "body": BODY},
                                         "links": [{"rel": "self", "href": "https://cms.example/content/7701"},
                                                   {"rel": "related", "group": "pictureRel", "id": "8801"}]}],
             "included": [picture("8801", "Sunset over the lake", "Photo: Naomi Roe")]}
    api = {"data": [{"type": "article", "id": "1", "attributes": {"title": "Dam", "body": BODY},
                     "relationships": {"image": {"data": {"type": "picture", "id": "9"}}}}],
           "included": [picture("9", "The dam at dawn", "Photo: Ken Roe")]}
    figures, _ = read(tmp_path, [store, api])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Sunset over the lake", "Photo: Naomi Roe", "https://news.example/img/8801.jpg"),
        ("The dam at dawn", "Photo: Ken Roe", "https://news.example/img/9.jpg")]


def test_pictures_sideloaded_as_a_map_of_id_inside_an_envelope(tmp_path):
    # a newsroom store's content API: {"result": {"items", "includes"}}; the pictures sideloaded as a map of id to
    # object; an item links its lead picture by relation ({id, rel: "mainPicture"}) and its body holds a picture's
    # placeholder (<figure data-ref>); the body alone sits in a `content` object, the URL and title beside it
    def picture(ident: str, caption: str, credit: str | None) -> dict:
        return {"sys": {"id": ident, "type": "image"}, "attributes": {
            "caption": caption, "credit": credit, "binaryUrl": f"https://news.example/binary/{ident}.jpg"}}

    doc = {"result": {"items": [{
        "sys": {"id": "art-0", "type": "article", "uri": "https://news.example/palengke"},
        "attributes": {"title": "Palengke"}, "links": [{"id": "img-1", "rel": "mainPicture"}],
        "content": {"body": f"<p>{P1}</p><figure data-ref=\"img-2\" data-type=\"image\"></figure><p>{P2}</p>"}}],
        "includes": {"img-1": picture("img-1", "Vendors at the new market.", "Larawan: Ana Roe"),
                     "img-2": picture("img-2", "Tourists enter the cave.", None)}}}
    figures, ledger = read(tmp_path, [doc], name="export.json")
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Vendors at the new market.", "Larawan: Ana Roe", "https://news.example/binary/img-1.jpg"),
        ("Tourists enter the cave.", None, "https://news.example/binary/img-2.jpg")]


def test_a_content_object_holding_the_body_alone_keeps_the_records_url_and_title(tmp_path):
    record = {"uri": "x", "url": "https://news.example/kuweba", "attributes": {"title": "Kuweba"},
              "content": {"body": f"<p>{P1}</p><figure><img src=\"/c.jpg\"><figcaption>The cave at dusk."
                                  f"</figcaption></figure><p>{P2}</p>"}}
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    real = os.path.realpath(path)
    docs = list(read_input(InputFile(path=real, root=os.path.dirname(real), rel="one.jsonl"), IngestConfig(), Ledger()))
    assert [d.url for d in docs] == ["https://news.example/kuweba"]


def test_a_photo_archives_assets_with_iptc_fields_by_number(tmp_path):
    # a photo archive's search (Fotoware): each asset a record that is one picture (doctype image), its IPTC fields
    # keyed by dataset number (120 caption/abstract, 80 by-line), its previews in several sizes (the largest taken);
    # a graphic (a logo) is no photo
    def asset(name: str, doctype: str, meta: dict) -> dict:
        return {"href": f"/archives/{name}.info", "filename": f"{name}.jpg", "doctype": doctype,
                "previews": [{"size": 200, "width": 200, "height": 133, "href": f"/cache/t200/{name}.jpg"},
                             {"size": 1600, "width": 1600, "height": 1067, "href": f"/cache/t1600/{name}.jpg"}],
                "metadata": {k: {"value": v} for k, v in meta.items()}}

    archive = {"data": [asset("logo", "graphic", {"5": "logo", "105": "Logo"}),
                        asset("market", "image", {"5": "market", "120": "Reindeer herders at the Easter market",
                                                  "80": "Govva: Ánde Roe"})]}
    figures, _ = read(tmp_path, [archive])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Reindeer herders at the Easter market", "Govva: Ánde Roe", "/cache/t1600/market.jpg")]


def test_a_catalogues_image_records_are_captioned_pictures(tmp_path):
    # a cultural-heritage search (Europeana): each item of type IMAGE a picture, its fields lists of one, its
    # description named dcDescription, its maker dcCreator, its file edmIsShownBy (the record's own API link is no
    # picture); the credit glued to a description splits off
    def item(n: int, description: str, creator: str | None) -> dict:
        out = {"id": f"/2064119/KV_{n}", "type": "IMAGE", "title": [f"Photo {n}"],
               "link": f"https://api.example/record/v2/2064119/KV_{n}.json?wskey=demo",
               "edmIsShownBy": [f"https://archive.example/media/kv-{n}.jpg"], "dcDescription": [description]}
        return {**out, "dcCreator": [creator]} if creator else out

    reply = {"success": True, "itemsCount": 2, "items": [
        item(1, "The river's rapids in the spring flood", "Foto: Ilze Roe"),
        item(2, "The old brick bridge under repair (Foto: Anna Roe)", None)]}
    figures, _ = read(tmp_path, [reply])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("The river's rapids in the spring flood", "Foto: Ilze Roe", "https://archive.example/media/kv-1.jpg"),
        ("The old brick bridge under repair", "Foto: Anna Roe", "https://archive.example/media/kv-2.jpg")]


def test_optimizely_property_wrappers_are_read_as_their_values(tmp_path):
    # Optimizely (Episerver) Content Delivery: every property {value, propertyDataType}; the page image a content
    # reference expanded to the image, its description the caption, its copyright the credit
    def prop(value, kind: str = "PropertyString") -> dict:
        return {"value": value, "propertyDataType": kind}

    image = {"id": 301, "url": "https://news.example/globalassets/choir.jpg", "expanded": {
        "name": "choir.jpg", "contentType": ["Image", "Media", "ImageFile"],
        "url": "https://news.example/globalassets/choir.jpg",
        "description": prop("The choir sings at the anniversary", "PropertyLongString"),
        "copyright": prop("Foto: Jan Roe"), "altText": prop("choir")}}
    page = {"contentLink": {"id": 101}, "name": "Anniversary", "url": "https://news.example/anniversary",
            "contentType": ["Page", "ArticlePage"], "heading": prop("Society turns 150"),
            "mainBody": prop(f"<p>{P1}</p><p>{P2}</p>", "PropertyXhtmlString"),
            "pageImage": prop(image, "PropertyContentReference")}
    figures, _ = read(tmp_path, [page])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("The choir sings at the anniversary", "Foto: Jan Roe", "https://news.example/globalassets/choir.jpg")]


def test_a_newsroom_systems_associated_pictures_caption_in_description_text(tmp_path):
    # Superdesk's archive API (ninjs 1.x names): the feature picture in associations, its caption in
    # description_text, its credit in byline, its renditions by name (the original the largest)
    item = {"_id": "a1", "type": "text", "headline": "Friday market", "byline": "Staff",
            "body_html": f"<p>{P1}</p><p>{P2}</p>",
            "associations": {"featuremedia": {
                "_id": "p1", "type": "picture", "headline": "souq.jpg",
                "description_text": "Sweet sellers at the market on Friday morning", "byline": "Photo: Salim Roe",
                "alt_text": "market", "renditions": {
                    "original": {"href": "https://sd.example/raw/souq.jpg", "width": 3000, "height": 2000},
                    "thumbnail": {"href": "https://sd.example/raw/thumb/souq.jpg", "width": 180, "height": 120}}}}}
    figures, _ = read(tmp_path, [{"_items": [item], "_meta": {"total": 1}}])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("Sweet sellers at the market on Friday morning", "Photo: Salim Roe", "https://sd.example/raw/souq.jpg")]


def test_a_cms_fields_kept_as_a_list_of_named_values(tmp_path):
    # Liferay's structured content: contentFields [{name, label, dataType, contentFieldValue: {data | image},
    # nestedContentFields}], a repeatable Foto fieldset of an image, a caption and a credit; the image's own record
    # describes the file (its description is alt text, not the caption)
    def field(name: str, **value) -> dict:
        return {"name": name, "label": name, "dataType": "string", "repeatable": False, "nestedContentFields": [],
                "contentFieldValue": value}

    def photo(n: int, caption: str, credit: str) -> dict:
        image = {"contentType": "Document", "description": "The pier", "encodingFormat": "image/jpeg",
                 "title": f"pier-{n}.jpg",  # (Liferay's document address: file name, then its uuid and a version)
                 "contentUrl": f"/documents/20121/0/pier-{n}.jpg/7c1e000{n}-a3b2-4c11-9e0d-51f0aa0b000{n}?t=1749900037"}
        return {"name": "Foto", "label": "Foto", "dataType": "", "repeatable": True, "contentFieldValue": {},
                "nestedContentFields": [field("Imagen", image=image), field("PieDeFoto", data=caption),
                                        field("Credito", data=credit)]}

    item = {"title": "High water", "contentFields": [
        photo(1, "The pier under high water after the storm", "Foto: Mauricio Roe"),
        field("Cuerpo", data=f"<p>{P1}</p><p>{P2}</p>"),
        photo(2, "Neighbours clear fallen branches", "")]}
    figures, _ = read(tmp_path, [{"items": [item], "totalCount": 1}])
    assert [(cap, cred) for _, cap, cred, _, _ in figures] == [
        ("The pier under high water after the storm", "Foto: Mauricio Roe"), ("Neighbours clear fallen branches", None)]


def test_a_photo_sharing_apis_photos_and_a_cms_images_resource_url(tmp_path):
    # Flickr's photos.search with extras: each photo its renditions as url_<size> beside width_ and height_ (the
    # largest taken), its caption in description._content with the credit on a line of its own; a logo with no
    # description has no caption; BLOX's images give the picture itself in resource_url, a small preview beside it
    def photo(n: int, description: str) -> dict:
        return {"id": str(n), "owner": "news@N03", "secret": "a1b2", "server": "65535", "title": f"Photo {n}",
                "description": {"_content": description},
                "url_m": f"https://live.example/{n}_m.jpg", "width_m": 500, "height_m": 333,
                "url_l": f"https://live.example/{n}_b.jpg", "width_l": 1024, "height_l": 683}

    flickr = {"photos": {"page": 1, "photo": [photo(1, ""), photo(2, "Carriages on the old street at night\n\n"
                                                                      "Photo: Rommel Roe")]}, "stat": "ok"}
    blox = {"assets": [{"title": "Fort repairs", "url": "https://news.example/fort", "content": [f"<p>{P1}</p>"],
                        "images": [{"type": "image", "caption": "Repair work at the fort's gate", "byline": "Photo: N. Roe",
                                    "resource_url": "https://images.example/editorial/fort-gate.jpg",
                                    "preview": {"url": "https://images.example/editorial/fort-gate.jpg?resize=300%2C200"}}]}]}
    figures, _ = read(tmp_path, [flickr, blox])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures if cap] == [
        ("Carriages on the old street at night", "Photo: Rommel Roe", "https://live.example/2_b.jpg"),
        ("Repair work at the fort's gate", "Photo: N. Roe", "https://images.example/editorial/fort-gate.jpg")]


def test_caption_dataset_rows_are_the_pictures_they_name(tmp_path):
    # LAION-style rows (URL, TEXT: the image's address and its caption, the credit glued on) with a team's page
    # columns; a DataComp-style row (url, text, credit_line, source_page, article_text); a record whose url is its
    # article's page stays an article
    laion = {"SAMPLE_ID": 1, "URL": "https://news.example/fotos/fachada.jpg",
             "TEXT": "A restorer cleans the wooden balconies (Foto: Ximena Roe)", "HEIGHT": 683, "WIDTH": 1024,
             "page_url": "https://news.example/story-300", "page_title": "Facade restored", "page_text": BODY}
    datacomp = {"uid": "5495b6b1", "url": "https://news.example/bilder/hang.jpeg",
                "text": "Workers secure the slope above the path.", "credit_line": "Foto: Lukas Roe",
                "source_page": "https://news.example/story-400", "article_text": BODY}
    article = {"url": "https://news.example/story-500", "text": BODY}
    figures, _ = read(tmp_path, [laion, datacomp, article])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("A restorer cleans the wooden balconies", "Foto: Ximena Roe", "https://news.example/fotos/fachada.jpg"),
        ("Workers secure the slope above the path.", "Foto: Lukas Roe", "https://news.example/bilder/hang.jpeg")]


def test_an_interleaved_web_document_is_read_as_the_page_it_was(tmp_path):
    # OBELICS: texts and images side by side, one set at each position, in the page's order; the text right under a
    # picture with its credit on a line of its own is its caption (the HTML extractor decides, as on a page); a logo
    # and the story's paragraphs are none
    doc = {"images": ["https://news.example/logo.svg", None, "https://news.example/bus.jpg", None],
           "texts": [None, f"The road reopens\n\n{P1}\n\n{P2}", None,
                     "A school bus takes the first bend after the reopening.\nPhoto : Noémie Roe"],
           "metadata": "[]", "general_metadata": '{"url": "https://news.example/road", "warc_filename": "x.warc.gz"}'}
    figures, _ = read(tmp_path, [doc])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures if cap] == [
        ("A school bus takes the first bend after the reopening.", "Photo : Noémie Roe", "https://news.example/bus.jpg")]


def test_a_picture_shown_at_one_of_its_sized_renditions_is_read_at_the_largest(tmp_path):
    # a site's media item: `src` is the size the layout showed, `candidates` lists every size with its width; the
    # file to keep is the largest. Where `src` is none of the listed files they are other pictures, and src stays.
    def media(name: str, listed: list[str]) -> dict:
        return {"type": "image", "src": f"https://news.example/img/{name}-640.jpg",
                "candidates": [{"url": f"https://news.example/img/{n}", "w": int(n.split("-")[-1][:-4])}
                               for n in listed], "caption": f"The {name} at dawn on Sunday.", "copyright": "Photo: K. Oo"}
    story = {"headline": "Harbour festival", "text": f"{P1}\n\n{P2}",
             "media": [media("boats", ["boats-320.jpg", "boats-640.jpg", "boats-1600.jpg"]),
                       media("crowd", ["crowd-stage-320.jpg", "crowd-stage-1200.jpg"])]}
    figures, _ = read(tmp_path, [{"items": [story]}], name="site.json")
    assert [(cap, src) for _, cap, _, src, _ in figures] == [
        ("The boats at dawn on Sunday.", "https://news.example/img/boats-1600.jpg"),
        ("The crowd at dawn on Sunday.", "https://news.example/img/crowd-640.jpg")]


def test_a_search_engines_top_hits_under_its_aggregation_buckets_are_the_records(tmp_path):
    # Set 69: Elasticsearch's response to a query that asks for each site's latest stories: no hits at the top
    # (size 0), the articles as each bucket's top hits, each hit's _source the article (its pictures, no text),
    # seven levels down
    def hit(n, site):
        return {"_index": "news", "_id": f"{site}-{n}", "_score": None, "sort": [n],
                "_source": {"site": site, "url": f"https://{site}/story-{n}", "title": f"Harbour story {n}",
                            "photos": [{"src": f"https://{site}/photo-{n}.jpg",
                                                      "caption": f"Boats in the harbour on day {n}.",
                                                      "credit": "Ann Roe"}]}}
    response = {"took": 9, "timed_out": False, "hits": {"total": {"value": 3}, "max_score": None, "hits": []},
                "aggregations": {"by_site": {"doc_count_error_upper_bound": 0, "buckets": [
                    {"key": "a.example", "doc_count": 2, "latest": {"hits": {"hits": [hit(1, "a.example"),
                                                                                      hit(2, "a.example")]}}},
                    {"key": "b.example", "doc_count": 1, "latest": {"hits": {"hits": [hit(3, "b.example")]}}}]}}}
    figures, _ = read(tmp_path, response, name="response.json")
    assert len({locator for locator, *_ in figures}) == 3  # three articles, not the response read as one
    assert [(caption, src) for _, caption, _, src, _ in figures] == [
        (f"Boats in the harbour on day {n}.", f"https://{site}/photo-{n}.jpg")
        for n, site in ((1, "a.example"), (2, "a.example"), (3, "b.example"))]


def test_a_language_models_json_answer_in_a_fenced_block_is_read(tmp_path):
    # Set 69: Gemini's generateContent answers kept per page: the extraction JSON inside the answer's text, in a
    # ```json fenced block; the record is the page's URL beside the model's response
    answer = {"titulo": "Harbour wall approved", "texto": BODY,
              "imagens": [{"url": "https://news.example/wall.jpg", "legenda": "Waves break on the old wall.",
                           "credito": "Foto: Ann Roe"}]}
    record = {"url": "https://news.example/wall", "response": {"candidates": [{"content": {"parts": [
        {"text": "```json\n" + json.dumps(answer, indent=2) + "\n```"}], "role": "model"}, "finishReason": "STOP"}]}}
    figures, _ = read(tmp_path, [record])
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Waves break on the old wall.", "Foto: Ann Roe", "https://news.example/wall.jpg")]


def test_a_listed_picture_whose_own_kind_says_author_or_ad_is_rejected_as_such(tmp_path):
    # Set 69: a warehouse's photos column keeps each picture's kind: the writer's portrait captioned with the
    # writer's name and an ad are no pictures of the story (rejected, counted); a "portrait" picture is one
    record = {"url": "https://news.example/wall", "title": "Harbour wall approved", "text": BODY, "reporter": "Ann Roe",
              "photos": [{"src": "https://news.example/wall.jpg", "caption": "Waves break on the old wall.",
                          "kind": "photo"},
                         {"src": "https://news.example/staff/ann-roe.jpg", "caption": "Ann Roe", "kind": "author"},
                         {"src": "https://news.example/ads/bank.jpg", "caption": "Open an account today",
                          "type": "advertisement"},
                         {"src": "https://news.example/mayor.jpg", "caption": "The mayor at the harbour.",
                          "type": "portrait"}]}
    figures, ledger = read(tmp_path, [record])
    assert [caption for _, caption, *_ in figures] == ["Waves break on the old wall.", "The mayor at the harbour."]
    assert sorted(r["detail"] for r in ledger.rows if r["stage"] == "figures") == [
        "its kind says it is no picture of the story: 'advertisement'",
        "its kind says it is no picture of the story: 'author'"]


def test_a_warehouses_rows_as_cells_in_schema_order_are_read_by_their_names(tmp_path):
    # Set 69: BigQuery's REST answer to jobs.query: each row's cells in the schema's order ({"f": [{"v": ...}]}),
    # a repeated record of pictures inside, each picture's cells by the record's own fields
    def cell(v):
        return {"v": v}
    schema = {"fields": [{"name": "url", "type": "STRING"}, {"name": "title", "type": "STRING"},
                         {"name": "body", "type": "STRING"},
                         {"name": "photos", "type": "RECORD", "mode": "REPEATED", "fields": [
                             {"name": "src", "type": "STRING"}, {"name": "caption", "type": "STRING"},
                             {"name": "credit", "type": "STRING"}]}]}
    rows = [{"f": [cell(f"https://news.example/{n}"), cell(f"Harbour story {n}"), cell(BODY),
                   cell([cell({"f": [cell(f"https://news.example/{n}.jpg"), cell(f"Boats on day {n}."),
                                     cell("Ann Roe")]})])]} for n in (1, 2)]
    answer = {"kind": "bigquery#queryResponse", "schema": schema, "totalRows": "2", "rows": rows,
              "jobComplete": True}
    figures, _ = read(tmp_path, answer, name="answer.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        (f"Boats on day {n}.", "Ann Roe", f"https://news.example/{n}.jpg") for n in (1, 2)]


def test_a_page_walk_written_as_tag_arrays_is_read_as_the_html_it_was(tmp_path):
    # Set 69: a crawler that walks the page and writes each element as an array, ["p", text], ["img", src, alt],
    # ["figcaption", text]; JsonML's ["img", {"src": ..., "alt": ...}] nested in its figure alike: each picture
    # and its caption
    nodes = [["h1", "Harbour wall approved"], ["p", P1],
             ["img", "https://news.example/wall.jpg", "The wall"],
             ["figcaption", "Waves break on the old wall. | Photo: Ann Roe"], ["p", P2],
             ["figure", ["img", {"src": "https://news.example/street.jpg", "alt": "Street"}],
              ["figcaption", "The lower town under water in January."]], ["p", P3]]
    record = {"url": "https://news.example/wall", "title": "Harbour wall approved", "nodes": nodes}
    figures, _ = read(tmp_path, [record])
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Waves break on the old wall.", "Photo: Ann Roe", "https://news.example/wall.jpg"),
        ("The lower town under water in January.", None, "https://news.example/street.jpg")]


def test_an_ocr_services_pages_are_one_markdown_document(tmp_path):
    # Set 69: Mistral OCR's answer for a two-page e-paper: each page's Markdown (its pictures as "![img-1.jpeg]
    # (img-1.jpeg)"), the pictures' boxes beside it; the pages are one document, each picture with the caption under
    # it, not the whole page's text as one picture's caption
    pages = [{"index": 0, "markdown": f"# Harbour wall approved\n\n{P1}\n\n![img-1.jpeg](img-1.jpeg)\n\n"
                                      "Waves break on the old wall. Foto: Ann Roe\n\n" + P2,
              "images": [{"id": "img-1.jpeg", "top_left_x": 120, "top_left_y": 640, "image_base64": None}],
              "dimensions": {"dpi": 200, "height": 2339, "width": 1654}},
             {"index": 1, "markdown": f"{P3}\n\n![img-2.jpeg](img-2.jpeg)\n\nThe lower town under water in "
                                      "January. Foto: Ben Roe\n\nThe council meets again in May.",
              "images": [{"id": "img-2.jpeg", "top_left_x": 110, "top_left_y": 420, "image_base64": None}],
              "dimensions": {"dpi": 200, "height": 2339, "width": 1654}}]
    answer = {"pages": pages, "model": "mistral-ocr-latest", "usage_info": {"pages_processed": 2}}
    figures, _ = read(tmp_path, answer, name="ocr.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Waves break on the old wall.", "Foto: Ann Roe", "img-1.jpeg"),
        ("The lower town under water in January.", "Foto: Ben Roe", "img-2.jpeg")]


def test_arrays_of_records_gathered_into_one_are_each_read(tmp_path):
    # Set 45: Tika server's /rmeta answers (each an array: the page, then what it embeds) gathered with `jq -s .`:
    # an array of arrays; each object a record of its own, the page's XHTML its body
    def rmeta(n):
        xhtml = (f'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Harbour story {n}</title></head><body>'
                 f"<h1>Harbour story {n}</h1><p>{P1}</p><img src=\"https://news.example/{n}.jpg\" alt=\"\"/>\n"
                 f"Boats in the harbour on day {n}. Foto: Ann Roe\n<p>{P2}</p><p>{P3}</p></body></html>")
        return [{"Content-Type": "text/html; charset=UTF-8", "X-TIKA:content": xhtml, "dc:title": f"Harbour story {n}",
                 "resourceName": f"story-{n}.html"}]
    figures, ledger = read(tmp_path, [rmeta(1), rmeta(2)], name="rmeta.json")
    assert [(locator, caption, credit) for locator, caption, credit, _, _ in figures] == [
        (f"item={n};item=1", f"Boats in the harbour on day {n}.", "Foto: Ann Roe") for n in (1, 2)]


def test_a_models_reply_in_text_parts_holding_json_is_read_as_the_record(tmp_path):
    # Set 72: a batch of a model's replies (Anthropic's Message Batches results): each reply's content a list of text
    # parts whose text is the extraction as JSON; read as that record, not as one paragraph of JSON text (a reply in
    # words stays text)
    answer = {"url": "https://news.example/wall", "headline": "Harbour wall approved", "body_text": BODY,
              "lead_image": {"src": "https://news.example/wall.jpg", "caption": "Waves break on the old wall.",
                             "credit": "Photo: Ann Roe"}}
    record = {"custom_id": "req-1", "result": {"type": "succeeded", "message": {
        "id": "msg_1", "type": "message", "role": "assistant", "model": "a-model",
        "content": [{"type": "text", "text": json.dumps(answer, indent=2)}], "stop_reason": "end_turn"}}}
    words = {"custom_id": "req-2", "result": {"type": "succeeded", "message": {
        "id": "msg_2", "type": "message", "role": "assistant",
        "content": [{"type": "text", "text": "I could not read this page: it is behind a paywall."}]}}}
    figures, _ = read(tmp_path, [record, words])
    assert [(locator, caption, credit) for locator, caption, credit, _, _ in figures] == [
        ("line=1", "Waves break on the old wall.", "Photo: Ann Roe")]


@pytest.mark.parametrize("shape", ["snowflake", "databricks", "plain"])
def test_a_warehouses_rows_as_arrays_beside_their_column_names_are_read_by_name(tmp_path, shape):
    # Set 72: a warehouse's answer keeps each row as an array of values in its columns' order, the names apart:
    # Snowflake's SQL API, Databricks' statement result, a plain {"columns", "rows"}; the pictures column a JSON text
    columns = ["ID", "URL", "TITLE", "BODY", "PHOTOS"]
    rows = [[str(n), f"https://news.example/{n}", f"Harbour story {n}", BODY,
             json.dumps([{"url": f"https://news.example/{n}.jpg", "caption": f"Boats on day {n}.",
                         "credit": "Ann Roe"}])]
            for n in (1, 2)]
    if shape == "snowflake":
        answer = {"resultSetMetaData": {"numRows": 2, "format": "jsonv2",
                                        "rowType": [{"name": c, "type": "text", "nullable": True} for c in columns]},
                  "data": rows, "code": "090001", "statementHandle": "01b2"}
    elif shape == "databricks":
        answer = {"statement_id": "01ef", "status": {"state": "SUCCEEDED"},
                  "manifest": {"format": "JSON_ARRAY", "schema": {"column_count": 5, "columns": [
                      {"name": c, "type_name": "STRING", "position": i} for i, c in enumerate(columns)]}},
                  "result": {"chunk_index": 0, "row_count": 2, "data_array": rows}}
    else:
        answer = {"columns": columns, "rows": rows}
    figures, _ = read(tmp_path, answer, name="answer.json")
    assert len({locator for locator, *_ in figures}) == 2  # two articles, not the answer read as one
    assert [(caption, src) for _, caption, _, src, _ in figures] == [
        (f"Boats on day {n}.", f"https://news.example/{n}.jpg") for n in (1, 2)]


def test_a_tools_line_before_a_fenced_json_answer_is_passed_over(tmp_path):
    # Set 72: an agent's saved history (browser-use): a step's extracted content is its tool's line ("📄 Extracted
    # from page"), then the model's JSON in a fenced block; the JSON is the record
    answer = {"url": "https://news.example/wall", "title": "Harbour wall approved", "text": BODY,
              "photos": [{"src": "https://news.example/wall.jpg", "caption": "Waves break on the old wall.",
                          "credit": "Photo: Ann Roe"}]}
    step = {"model_output": {"action": [{"extract_content": {"goal": "the article"}}]},
            "result": [{"is_done": False, "extracted_content": "📄  Extracted from page\n: ```json\n"
                        + json.dumps(answer, indent=2, ensure_ascii=False) + "\n```\n", "include_in_memory": True}]}
    figures, _ = read(tmp_path, [step])
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Waves break on the old wall.", "Photo: Ann Roe", "https://news.example/wall.jpg")]


def test_a_scrapers_alias_lists_in_dutch_pair_pictures_with_their_captions(tmp_path):
    # Set 72: AutoScraper's results grouped by alias, the user's aliases in Dutch: "foto" the addresses, "bijschrift"
    # (caption) the captions in step, "lees_ook" (read also) teaser lines as long as the pictures, no captions
    result = {"https://news.example/ieper/lakenhalle": {
        "titel": ["Ieper: Lakenhalle krijgt nieuwe verlichting"], "tekst": [BODY],
        "foto": ["https://news.example/lakenhalle.jpg", "https://news.example/menenpoort.jpg"],
        "bijschrift": ["De Lakenhalle op de Grote Markt in de nieuwe avondverlichting. Foto: Bart Roe",
                       "De Menenpoort, waar elke avond de Last Post klinkt. © Stad Ieper"],
        "lees_ook": ["Lees ook: Kemmelberg krijgt nieuwe wandellus", "Lees ook: Zonnebeke opent museumtuin"]}}
    figures, _ = read(tmp_path, result, name="results.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("De Lakenhalle op de Grote Markt in de nieuwe avondverlichting.", "Foto: Bart Roe",
         "https://news.example/lakenhalle.jpg"),
        ("De Menenpoort, waar elke avond de Last Post klinkt.", "© Stad Ieper", "https://news.example/menenpoort.jpg")]


def test_a_record_that_is_one_picture_with_a_caption_field_of_its_own_name(tmp_path):
    # Set 72: an annotation tool's records, one a picture ({"image": ..., "caption_raw": ..., "headline": ...}): the
    # one field whose name says caption is the picture's caption; an alt text's field is not (WIT's
    # caption_alt_text_description)
    rows = [{"id": "r1", "fields": {"image": "https://news.example/1.jpg", "headline": "Harbour wall approved",
                                    "caption_raw": "Waves break on the old wall. (Photo: Ann Roe)",
                                    "page_url": "https://news.example/wall"}},
            {"image_url": "https://news.example/2.jpg", "page_url": "https://news.example/albi",
             "caption_reference_description": None, "caption_alt_text_description": "visitors"}]
    figures, _ = read(tmp_path, rows)
    assert [(caption, credit) for _, caption, credit, _, _ in figures] == [
        ("Waves break on the old wall.", "Photo: Ann Roe")]  # (the alt text's record: no caption, rejected)


def test_a_captioned_picture_list_wins_over_an_earlier_list_without_captions(tmp_path):
    # Set 75: a Scrapy feed with ImagesPipeline: "images" holds the pipeline's downloads ({url, path, checksum}),
    # "figures" the spider's own captioned pictures; the captioned list is read, wherever it stands
    record = {"url": "https://news.example/ferry", "title": "Ferry schedule grows", "text": BODY,
              "image_urls": ["https://news.example/logo.png", "https://news.example/ferry.jpg"],
              "images": [{"url": "https://news.example/logo.png", "path": "full/0a1.png", "checksum": "0a1",
                          "status": "downloaded"},
                         {"url": "https://news.example/ferry.jpg", "path": "full/9f2.jpg", "checksum": "9f2",
                          "status": "downloaded"}],
              "figures": [{"src": "https://news.example/ferry.jpg", "caption": "Passengers wait for the 7 a.m. ferry.",
                           "credit": "Photo by Dana Roe"}]}
    figures, _ = read(tmp_path, [record])
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Passengers wait for the 7 a.m. ferry.", "Photo by Dana Roe", "https://news.example/ferry.jpg")]


def test_a_warehouses_typed_cells_beside_its_column_metadata_are_read(tmp_path):
    # Set 75: `aws redshift-data get-statement-result`: ColumnMetadata names the columns, each row of Records a list of
    # typed cells ({"longValue": 1}, {"stringValue": ...}, {"isNull": true}); the pictures column JSON inside its text
    columns = [{"name": n, "typeName": "varchar"} for n in ("id", "url", "titolo", "testo", "immagini")]
    rows = [[{"longValue": n}, {"stringValue": f"https://news.example/{n}"}, {"stringValue": f"Storia {n}"},
             {"stringValue": BODY}, {"stringValue": json.dumps([{"src": f"https://news.example/{n}.jpg",
                                                                  "didascalia": f"Il battello delle {n}.",
                                                                  "credito": "Foto di Giulia Roe"}])}]
            for n in (1, 2)]
    figures, _ = read(tmp_path, {"ColumnMetadata": columns, "Records": rows, "TotalNumRows": 2}, name="result.json")
    assert len({locator for locator, *_ in figures}) == 2
    assert [(caption, credit) for _, caption, credit, _, _ in figures] == [
        (f"Il battello delle {n}.", "Foto di Giulia Roe") for n in (1, 2)]


def test_a_hydra_collections_media_objects_are_pictures_though_their_type_is_a_vocabularys_address(tmp_path):
    # Set 78: API Platform's JSON-LD answer; each picture a MediaObject whose "@type" is "https://schema.org/
    # MediaObject", an address that names a vocabulary, not a story the object links to (a teaser card's mark); the
    # Dutch field names: "bijschrift" the caption, "fotograaf" (with its double a) the credit
    media = {"@id": "/api/media_objects/402", "@type": "https://schema.org/MediaObject",
             "contentUrl": "/media/665d8f2a_oude-haven.jpg", "bijschrift": "De Zuidhavenpoort weerspiegelt in de haven.",
             "fotograaf": "Piet Roe", "breedte": 1600}
    second = {**media, "@id": "/api/media_objects/403", "contentUrl": "/media/665d8f4c_mosselkotters.jpg",
              "bijschrift": "Mosselkotters liggen klaar voor het nieuwe seizoen."}
    page = {"@context": "/api/contexts/Article", "@id": "/api/articles", "@type": "hydra:Collection",
            "hydra:member": [{"@id": "/api/articles/118", "@type": "Article", "titel": "Havenfeest in Zierikzee",
                              "tekst": "<p>" + BODY + "</p>", "hoofdfoto": media, "fotos": [second]}]}
    figures, _ = read(tmp_path, page, name="articles.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("De Zuidhavenpoort weerspiegelt in de haven.", "Piet Roe", "/media/665d8f2a_oude-haven.jpg"),
        ("Mosselkotters liggen klaar voor het nieuwe seizoen.", "Piet Roe", "/media/665d8f4c_mosselkotters.jpg")]


def test_a_telegraph_pages_content_nodes_with_their_attrs_are_the_html_they_were(tmp_path):
    # Set 78: Telegraph's getPage answer keeps the page as Node objects, {"tag", "attrs": {"src": ...}, "children"};
    # the attributes sit in "attrs", an object: the picture's address was lost, and with it the figure
    content = [{"tag": "p", "children": [BODY]},
               {"tag": "figure", "children": [{"tag": "img", "attrs": {"src": "/file/3f5b2a9c.jpg"}},
                                              {"tag": "figcaption", "children": [
                                                  "Rose water is distilled in a workshop.", {"tag": "br"},
                                                  {"tag": "em", "children": ["Photo: Negar Roe"]}]}]},
               {"tag": "p", "children": ["The workshops stay open until the end of June."]}]
    answer = [{"ok": True, "result": {"path": "Golab-05-14", "url": "https://telegra.ph/Golab-05-14",
                                      "title": "Rose water season opens", "content": content}}]
    figures, _ = read(tmp_path, answer, name="pages.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Rose water is distilled in a workshop.", "Photo: Negar Roe", "/file/3f5b2a9c.jpg")]


def test_a_pictures_fields_in_kebab_case_are_read_as_their_snake_case_names(tmp_path):
    # Set 78: a Clojure scraper's records (cheshire writes the keywords as they are): "photo-credit", "image-url"
    record = {"url": "https://news.example/iceberg", "headline": "Iceberg season arrives early", "lede": BODY,
              "photos": [{"image-url": "https://news.example/iceberg.jpg", "caption": "An iceberg grounded off the "
                          "point draws boats out of the harbour.", "photo-credit": "Photo by Jane Roe"}]}
    figures, _ = read(tmp_path, [record])
    assert [(caption, credit) for _, caption, credit, _, _ in figures] == [
        ("An iceberg grounded off the point draws boats out of the harbour.", "Photo by Jane Roe")]


def test_a_feed_converted_by_xml_js_keeps_its_text_under_text_and_cdata_keys(tmp_path):
    # Set 78: xml-js's compact form of a WordPress feed with Media RSS: each element's text under "_text" or
    # "_cdata", its attributes under "_attributes"; the picture's caption in media:description, its credit in
    # media:credit (with its role attribute), its address in media:content's url attribute
    item = {"title": {"_text": "Uzungöl fills up for the holiday"}, "link": {"_text": "https://news.example/uzungol"},
            "content:encoded": {"_cdata": "<p>" + BODY + "</p>"},
            "media:content": {"_attributes": {"url": "https://news.example/uzungol-fog.jpg", "medium": "image"},
                              "media:description": {"_cdata": "Morning fog wraps the mosque on the lake shore."},
                              "media:credit": {"_attributes": {"role": "photographer"}, "_text": "Emre Roe"}}}
    feed = {"_declaration": {"_attributes": {"version": "1.0"}},
            "rss": {"_attributes": {"version": "2.0"}, "channel": {"title": {"_text": "Example"}, "item": [item]}}}
    figures, _ = read(tmp_path, feed, name="feed.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Morning fog wraps the mosque on the lake shore.", "Emre Roe", "https://news.example/uzungol-fog.jpg")]


def test_a_php_cms_record_in_capitals_reads_its_pictures_own_descriptions_and_never_its_story_as_a_caption(tmp_path):
    # Set 78: 1C-Bitrix's GetList rows, every field in capitals ("DETAIL_PICTURE", "DESCRIPTION", "SRC") with raw
    # "~" twins; "DETAIL_TEXT", the story, shares the lead picture's stem and was taken for its caption
    lead = {"ID": "88213", "FILE_NAME": "7c1a2b3c.jpg", "ORIGINAL_NAME": "IMG_4471.JPG",
            "DESCRIPTION": "The embankment after the works. Фото: Irina Roe", "SRC": "/upload/iblock/7c1/7c1a2b3c.jpg"}
    more = {"ID": "88214", "FILE_NAME": "2b7c4e0a.jpg", "DESCRIPTION": "New benches and lamps on the lower "
            "embankment.", "SRC": "/upload/iblock/2b7/2b7c4e0a.jpg"}
    item = {"ID": "10452", "~ID": "10452", "NAME": "The embankment reopens", "~NAME": "The embankment reopens",
            "DETAIL_PAGE_URL": "/news/embankment/", "DETAIL_PICTURE": lead,
            "DETAIL_TEXT": "<p>" + BODY + "</p>", "~DETAIL_TEXT": "<p>" + BODY + "</p>", "DETAIL_TEXT_TYPE": "html",
            "MORE_PHOTO_FILES": [more]}
    figures, _ = read(tmp_path, {"ITEMS": [item]}, name="news.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("The embankment after the works.", "Фото: Irina Roe", "/upload/iblock/7c1/7c1a2b3c.jpg"),
        ("New benches and lamps on the lower embankment.", None, "/upload/iblock/2b7/2b7c4e0a.jpg")]


def test_a_contentful_entrys_rich_text_embeds_its_linked_assets_as_figures(tmp_path):
    # Set 81: Contentful's Delivery API: an entry's rich text ({"nodeType": "document"}) embeds pictures by link
    # ("embedded-asset-block" with {"data": {"target": {"sys": {"type": "Link", "id"}}}}), the assets sideloaded
    # under "includes"; an asset's description is what it shows, its title ("firin") the file's name
    def link(ident):
        return {"sys": {"type": "Link", "linkType": "Asset", "id": ident}}

    def asset(ident, description, name):
        fields = {"title": name, "file": {"url": f"//images.example.net/{ident}/{name}.jpg"}}
        return {"sys": {"id": ident, "type": "Asset"}, "fields": {**fields, **({"description": description}
                                                                             if description else {})}}

    def text(value):
        return {"nodeType": "paragraph", "data": {}, "content": [{"nodeType": "text", "value": value, "marks": []}]}

    body = {"nodeType": "document", "data": {}, "content": [
        text(BODY), {"nodeType": "embedded-asset-block", "data": {"target": link("a2")}, "content": []},
        text("Flights were cancelled on 41 days because of the wind."),
        {"nodeType": "embedded-asset-block", "data": {"target": link("a3")}, "content": []}]}
    entry = {"metadata": {"tags": [], "concepts": []}, "sys": {"id": "e1", "type": "Entry", "locale": "tr-TR"},
             "fields": {"baslik": "Balloon season closes", "kapakGorseli": link("a1"), "icerik": body}}
    answer = {"sys": {"type": "Array"}, "items": [entry], "includes": {"Asset": [
        asset("a1", "Balloons rise over the valley at six in the morning. Photo: Emre Roe", "goreme"),
        asset("a2", "A pilot checks the burner before take-off. Photo: Emre Roe", "pilot"),
        asset("a3", "", "firin")]}}
    figures, _ = read(tmp_path, answer, name="entries.json")
    assert sorted((caption, credit, src) for _, caption, credit, src, _ in figures if caption) == [
        ("A pilot checks the burner before take-off.", "Photo: Emre Roe", "//images.example.net/a2/pilot.jpg"),
        ("Balloons rise over the valley at six in the morning.", "Photo: Emre Roe",
         "//images.example.net/a1/goreme.jpg")]


def test_a_storyblok_storys_assets_give_their_title_as_caption_in_the_lead_and_in_its_image_blocks(tmp_path):
    # Set 81: Storyblok's CDN API: each block names its kind under "component" ("text_block", "image_block"), and
    # a picture is an asset {"fieldtype": "asset", "filename", "title", "copyright", "alt"} whose title is the
    # text its sites show under it; a one-word title names the file
    def asset(name, title, credit=""):
        return {"id": 1, "alt": "", "name": "", "title": title, "filename": f"https://a.example.com/f/1/{name}.jpg",
                "copyright": credit, "fieldtype": "asset", "meta_data": {}}

    def text(value):
        return {"_uid": "t", "component": "text_block",
                "text": {"type": "doc", "content": [{"type": "paragraph", "content": [{"text": value, "type": "text"}]}]}}

    story = {"name": "Falls", "content": {"component": "article", "title": "Tourists crowd the falls",
                                          "lead_image": asset("falls", "The falls at full force after the monsoon",
                                                              "Photo: Ramesh Roe"),
                                          "body": [text(BODY), {"_uid": "i", "component": "image_block",
                                                                "image": asset("boats", "Boatmen ferry visitors below "
                                                                               "the falls.")},
                                                   text("The bridge over the river has reopened after repairs."),
                                                   {"_uid": "j", "component": "image_block",
                                                    "image": asset("bridge", "bridge", "Photo: District office")}]}}
    figures, _ = read(tmp_path, {"stories": [story]}, name="stories.json")
    assert [(caption, credit) for _, caption, credit, _, _ in figures if caption] == [
        ("The falls at full force after the monsoon", "Photo: Ramesh Roe"),
        ("Boatmen ferry visitors below the falls.", None)]


def test_a_tables_photo_records_give_their_attachment_as_the_picture_of_their_caption_field(tmp_path):
    # Set 81: two tables of a spreadsheet-database saved together (Airtable's list-records): the stories, and the
    # photos, each a record whose picture is its attachment field's one file ([{"url", "filename", "thumbnails"}])
    # beside its caption field ("Chú thích") and its photo-source field ("Nguồn ảnh")
    def photo(ident, caption, credit=None):
        fields = {"Bài viết": ["recS1"], "Ảnh": [{"id": f"att{ident}", "url": f"https://files.example/{ident}.jpg",
                                                 "filename": f"{ident}.jpg", "type": "image/jpeg",
                                                 "thumbnails": {"small": {"url": f"https://files.example/s/{ident}.jpg"}}}],
                  "Chú thích": caption}
        return {"id": ident, "fields": {**fields, **({"Nguồn ảnh": credit} if credit else {})}}

    tables = {"Bài viết": {"records": [{"id": "recS1", "fields": {"Tiêu đề": "Hoi An floats its lanterns",
                                                                  "Ảnh": ["recP1", "recP2"]}}]},
              "Ảnh": {"records": [photo("recP1", "Visitors float lanterns on the river on the full-moon night.",
                                        "Ảnh: Ban quản lý di sản Mỹ Sơn"),
                                  photo("recP2", "Shops on the old street turn off their lights.")]}}
    figures, _ = read(tmp_path, tables, name="base.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Visitors float lanterns on the river on the full-moon night.", "Ảnh: Ban quản lý di sản Mỹ Sơn",
         "https://files.example/recP1.jpg"),
        ("Shops on the old street turn off their lights.", None, "https://files.example/recP2.jpg")]


def test_a_media_block_inside_a_lexical_document_is_a_figure_with_its_own_lexical_caption(tmp_path):
    # Set 81: Payload's website template: the story's rich text is Lexical, and a picture is a custom block
    # {"type": "block", "fields": {"blockType": "mediaBlock", "media": {"url", "caption": <a Lexical document>}}}
    def lexical(*texts):
        return {"root": {"type": "root", "children": [
            {"type": "paragraph", "children": [{"type": "text", "text": t}]} for t in texts]}}

    media = {"id": 32, "alt": "", "url": "/api/media/file/oyster-shuckers.jpg", "filename": "oyster-shuckers.jpg",
             "caption": lexical("Fishers shuck oysters in the shed. 사진=Tongyeong City")}
    content = lexical(BODY)
    content["root"]["children"].append({"type": "block", "fields": {"blockType": "mediaBlock", "media": media}})
    content["root"]["children"].append({"type": "paragraph", "children": [
        {"type": "text", "text": "The market opens at six every weekend until March."}]})
    figures, _ = read(tmp_path, {"docs": [{"title": "Oyster season", "slug": "oysters", "content": content}]},
                      name="posts.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("Fishers shuck oysters in the shed.", "사진=Tongyeong City", "/api/media/file/oyster-shuckers.jpg")]


def test_a_crawlers_text_near_a_listed_picture_is_no_caption_where_the_markdown_body_shows_the_picture(tmp_path):
    # Set 84: Crawl4AI's result: the page as Markdown, each picture line with its caption under it, and a list of
    # the page's pictures whose "desc" is the text the crawler found near each (the menu beside the logo, the
    # caption run into the next paragraph): the Markdown says what each caption is, the list does not
    markdown = ("[![Example Haber](https://news.example/logo.png)](https://news.example/)\n\n"
                "[Gündem](https://news.example/gundem) [Spor](https://news.example/spor)\n\n"
                "# Restoration of the castle walls enters its second stage\n\n"
                "![Castle](https://news.example/castle.jpg)\nWorkers restore the castle walls. (Fotoğraf: Emre Roe)\n\n"
                + BODY + "\n")
    record = {"url": "https://news.example/castle", "success": True, "markdown": {"raw_markdown": markdown},
              "media": {"images": [
                  {"src": "https://news.example/logo.png", "alt": "Example Haber", "desc": "Gündem Spor", "score": 2},
                  {"src": "https://news.example/castle.jpg", "alt": "Castle",
                   "desc": "Workers restore the castle walls. (Fotoğraf: Emre Roe) " + BODY[:60], "score": 5}]}}
    figures, _ = read(tmp_path, [record], name="crawl.json")
    assert [(caption, credit) for _, caption, credit, _, _ in figures if caption] == [
        ("Workers restore the castle walls.", "Fotoğraf: Emre Roe")]


def test_trafilaturas_xml_output_kept_in_a_record_is_read_with_its_graphics_as_pictures(tmp_path):
    # Set 84: trafilatura's extract(output_format="xml", include_images=True) kept as {url, xml}: the story's
    # paragraphs as <p>, each picture a <graphic src alt/> with its caption on the paragraph after it
    xml = ('<doc sitename="Example" title="Lentil harvest begins" url="https://news.example/lentils">\n  <main>\n'
           f'    <p>{BODY}</p>\n    <graphic src="https://news.example/cirque.jpg" alt="Cirque"/>\n'
           '    <p>The cirque seen from the lookout at dawn. (Photo : Jean-Marc Roe)</p>\n'
           '    <p>After a short rainy season, the fields of the upper villages gave well.</p>\n  </main>\n</doc>')
    figures, _ = read(tmp_path, [{"url": "https://news.example/lentils", "xml": xml}], name="docs.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("The cirque seen from the lookout at dawn.", "Photo : Jean-Marc Roe", "https://news.example/cirque.jpg")]


def test_a_sveltekit_pages_data_flattened_by_devalue_is_read_with_its_values_put_back(tmp_path):
    # Set 87: SvelteKit's __data.json: each node's values flattened by devalue into one array, objects and lists
    # holding indexes into it (index 0 the root; ["Date", "..."] a typed value); a crawler kept {url, json}
    flat = [{"article": 1}, {"titre": 2, "corps": 3, "date": 4, "photos": 5}, "Canoe season opens under the arch",
            BODY, ["Date", "2025-05-10T06:00:00.000Z"], [6, 10],
            {"src": 7, "legende": 8, "credit": 9}, "https://news.example/canoes.jpg",
            "The first canoes of the season pass under the stone arch.", "Photo : Lucie Roe",
            {"src": 11, "legende": 12, "credit": -1}, "https://news.example/vests.jpg",
            "A renter checks the life vests before the start."]
    page = {"url": "https://news.example/canoes/__data.json", "status": 200,
            "json": {"type": "data", "nodes": [{"type": "skip"}, {"type": "data", "data": flat, "uses": {}}]}}
    figures, _ = read(tmp_path, [page], name="pages.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures] == [
        ("The first canoes of the season pass under the stone arch.", "Photo : Lucie Roe",
         "https://news.example/canoes.jpg"),
        ("A renter checks the life vests before the start.", None, "https://news.example/vests.jpg")]


def test_notions_block_children_are_read_as_the_html_they_render(tmp_path):
    # Set 90: Notion as a CMS: a page and its block children from the API ({"object": "list", "results": [{"object":
    # "block", "type": "paragraph" | "image", ...}]}); an image block's caption is rich text (a plain segment, then the
    # credit in italics), its address its file's (a signed S3 URL) or its external one
    def text(content, italic=False):
        return {"type": "text", "text": {"content": content, "link": None},
                "annotations": {"italic": italic}, "plain_text": content, "href": None}

    def block(kind, inner):
        return {"object": "block", "id": kind, "type": kind, kind: inner}

    blocks = {"object": "list", "results": [
        block("paragraph", {"rich_text": [text(BODY)]}),
        block("image", {"caption": [text("The Roman bridge lit up on the fair's opening night."),
                                    text(" Foto: Rui Roe", italic=True)],
                        "type": "file", "file": {"url": "https://files.example/bridge.jpg?X-Amz-Signature=ab"}}),
        block("image", {"caption": [], "type": "external", "external": {"url": "https://files.example/map.png"}}),
        block("paragraph", {"rich_text": [text("The fair runs until Sunday in the castle's square.")]})],
        "next_cursor": None, "has_more": False}
    page = {"page": {"object": "page", "properties": {"Título": {"type": "title", "title": [text("Fair opens")]}}},
            "blocks": blocks}
    figures, _ = read(tmp_path, [page], name="notion.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures if caption] == [
        ("The Roman bridge lit up on the fair's opening night.", "Foto: Rui Roe",
         "https://files.example/bridge.jpg?X-Amz-Signature=ab")]


def test_a_vector_stores_whole_articles_give_the_pictures_their_metadata_names(tmp_path):
    # Set 90: Chroma's get() of a store of whole articles: each document an article's text, its metadata naming its
    # pictures flat ("lead_url" beside "lead_caption", "image_2_url" beside "image_2_caption" and "image_2_credit");
    # the store was read as one record and its pictures lost
    metas = [{"source": "https://news.example/temple", "title": "Crowds at the hill temple",
              "lead_url": "https://news.example/temple.jpg", "lead_caption": "Devotees queue at the hill temple.",
              "lead_credit": "फोटो: सुनील रो", "image_2_url": "https://news.example/dance.jpg",
              "image_2_caption": "Dancers on the field for the harvest festival.", "image_2_credit": "",
              "author_photo": "https://news.example/authors/5.jpg"},
             {"source": "https://news.example/road", "title": "New road opens",
              "lead_url": "https://news.example/road.jpg", "lead_caption": "The new road to the shrine is ready.",
              "lead_credit": ""}]
    store = {"ids": ["temple", "road"], "embeddings": None, "documents": [BODY, BODY], "metadatas": metas,
             "included": ["documents", "metadatas"]}
    figures, _ = read(tmp_path, store, name="collection.json")
    assert sorted((caption, credit, src) for _, caption, credit, src, _ in figures if caption) == [
        ("Dancers on the field for the harvest festival.", None, "https://news.example/dance.jpg"),
        ("Devotees queue at the hill temple.", "फोटो: सुनील रो", "https://news.example/temple.jpg"),
        ("The new road to the shrine is ready.", None, "https://news.example/road.jpg")]


def test_a_picture_block_of_a_kind_in_the_editors_language_reads_its_caption_named_so(tmp_path):
    # Set 93: a Nuxt site's state (window.__NUXT__): blocks {"type": "foto", "foto": {"url", "onderschrift",
    # "fotograaf"}}: the kind "foto" is a picture's, its caption and credit named in Dutch; an Apple News photo's
    # "accessibilityCaption" is its alt text, no caption (set 40)
    blocks = [{"type": "tekst", "html": "<p>" + BODY + "</p>"},
              {"type": "foto", "foto": {"url": "https://news.example/atlas.jpg?w=1280",
                                        "onderschrift": "A bookseller shows an atlas from 1790.", "fotograaf": "Ellen Roe"}},
              {"type": "tekst", "html": "<p>The neighbouring towns were busy too.</p>"},
              {"type": "photo", "URL": "https://news.example/fountain.jpg", "accessibilityCaption": "Fountain detail"}]
    state = {"layout": "default", "data": [{"artikel": {"titel": "Book town turns thirty", "blokken": blocks}}]}
    figures, _ = read(tmp_path, state, name="nuxt.json")
    assert [(caption, credit, src) for _, caption, credit, src, _ in figures if caption] == [
        ("A bookseller shows an atlas from 1790.", "Ellen Roe", "https://news.example/atlas.jpg?w=1280")]


def test_a_queues_message_carrying_an_article_in_its_body_gives_the_articles_pictures(tmp_path):
    """Set 102: `aws sqs receive-message` output, the article a JSON string in each message's Body: the article
    read with its pictures, whether its text is a full story or one line shorter than its captions; a log line
    holding the record twice (its original string and the parsed event) gives it once."""
    def article(text: str) -> dict:
        return {"url": "https://news.example/nan", "title": "Nan welcomes winter visitors", "text": text,
                "images": [{"src": "https://img.example/mural.jpg", "caption": "A mural in the old temple of the "
                            "town (Photo: Somchai Roe)"}, {"src": "https://img.example/mist.jpg",
                                                           "caption": "Morning mist over the hills"}]}
    messages = {"Messages": [{"MessageId": f"m{n}", "ReceiptHandle": "AQEB", "MD5OfBody": "6b1f",
                              "Body": json.dumps(article(text))} for n, text in enumerate((BODY, P1), start=1)]}
    figures, _ = read(tmp_path, messages, name="messages.json")
    assert [(loc, cap, cred) for loc, cap, cred, _, _ in figures] == [
        (f"item=1;item={n}", cap, cred) for n in (1, 2) for cap, cred in (
            ("A mural in the old temple of the town", "Photo: Somchai Roe"), ("Morning mist over the hills", None))]
    line = {"@timestamp": "2026-04-13T04:02:11Z", "event": {"original": json.dumps(article(P1))},
            "message": json.dumps(article(P1))}
    figures, _ = read(tmp_path, [line], name="logs.jsonl")
    assert [cap for _, cap, _, _, _ in figures] == ["A mural in the old temple of the town",
                                                    "Morning mist over the hills"]


def test_a_dam_assets_full_path_is_its_address_before_its_file_name(tmp_path):
    """Set 111: a headless CMS's image block (Pimcore's GraphQL fieldcollection) whose asset gives its full path, its
    file name and a thumbnail: the full path is the picture's address."""
    record = {"data": {"getNewsItem": {
        "title": "Ferry to Terschelling", "content": [
            {"__typename": "fieldcollection_TextBlock", "text": f"<p>{P1}</p><p>{P2}</p>"},
            {"__typename": "fieldcollection_ImageBlock", "caption": "The ferry leaves Harlingen.",
             "credit": "Foto: Sjoerd Roe", "image": {"id": "3301", "fullpath": "/Nieuws/2025/07/veerboot.jpg",
                                                     "filename": "veerboot.jpg",
                                                     "thumb": "/Nieuws/2025/07/image-thumb__3301/veerboot.webp"}},
            {"__typename": "fieldcollection_TextBlock", "text": f"<p>{P3}</p>"}]}}}
    figures, _ = read(tmp_path, [record])
    assert [(cap, cred, src) for _, cap, cred, src, _ in figures] == [
        ("The ferry leaves Harlingen.", "Foto: Sjoerd Roe", "/Nieuws/2025/07/veerboot.jpg")]
