"""JSON records of articles as crawlers, extraction tools, newsroom systems and captioning datasets write them
(ingest/json_article.py): each shape read through ingest and extract, as a build reads it."""
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
