"""Where a figure's picture is found: a saved page's folder, an archive of the build, the web, or nowhere."""
from __future__ import annotations

import os

import pytest

from corpus.extract.urls import absolute, canonical_url
from corpus.images.locate import find_archived, image_source, missing_cause, url_variants
from corpus.records import InputFile, Phase1Index, SampleEntry


def entry(image_src=None, image_url=None, alternatives=(), local=True, input_no=0) -> SampleEntry:
    return SampleEntry(article_id="a", figure_index=0, id="a-0", offset=0, local=local, image_src=image_src,
                       image_url=image_url, image_alternatives=tuple(alternatives), published=None, site=None,
                       language=None, caption_key=0, input_no=input_no)


@pytest.fixture
def saved_page(tmp_path):
    """A saved page with its image folder, inside an input root, and a secret file beside the root."""
    root = tmp_path / "in"
    (root / "page_files").mkdir(parents=True)
    (root / "page_files" / "photo one.jpg").write_bytes(b"jpeg")
    (root / "page.html").write_text("<html></html>")
    (tmp_path / "secret.jpg").write_bytes(b"not yours")
    inp = InputFile(path=os.path.realpath(root / "page.html"), root=os.path.realpath(root), rel="page.html")
    return Phase1Index(inputs=[inp])


def test_relative_path_of_a_saved_page_is_its_file(saved_page):
    src = image_source(entry("page_files/photo%20one.jpg", "https://example.org/p.jpg"), saved_page, fetch=True)
    assert src.kind == "local"
    assert src.value == os.path.realpath(os.path.join(saved_page.inputs[0].root, "page_files", "photo one.jpg"))


@pytest.mark.parametrize("hostile", ["../secret.jpg", "page_files/../../secret.jpg", "/etc/passwd",
                                     "file:///etc/passwd", "page_files/\x00.jpg"])
def test_a_path_out_of_the_input_root_is_refused_not_opened(saved_page, hostile):
    src = image_source(entry(hostile), saved_page, fetch=False)
    assert src.kind == "outside" and src.value == hostile


@pytest.mark.parametrize("site_path", ["/uploads/2024/photo.jpg", "../secret.jpg", "page_files/../../secret.jpg",
                                       "%2E%2E/secret.jpg"])
def test_a_site_path_of_a_page_with_a_web_address_is_a_remote_picture(saved_page, site_path):
    """Was: refused as outside the root, though image_url (resolved against the page) named the picture."""
    url = "https://example.org/uploads/2024/photo.jpg"
    off = image_source(entry(site_path, url), saved_page, fetch=False)
    assert (off.kind, off.value) == ("none", "remote_not_fetched")
    assert (image_source(entry(site_path, url), saved_page, fetch=True).kind,) == ("fetch",)
    saved_page.images[url] = "raw-sha"
    found = image_source(entry(site_path, url), saved_page, fetch=True)
    assert (found.kind, found.value) == ("raw", "raw-sha")


@pytest.mark.parametrize("hostile", ["file:///etc/passwd", "page_files/\x00.jpg", "page_files/link.jpg"])
def test_paths_that_only_name_this_machine_stay_refused_even_with_a_web_address(saved_page, tmp_path, hostile):
    (tmp_path / "in" / "page_files" / "link.jpg").symlink_to(tmp_path / "secret.jpg")
    src = image_source(entry(hostile, "https://example.org/a.jpg"), saved_page, fetch=True)
    assert (src.kind, src.value) == ("outside", hostile)


def test_a_symlink_pointing_out_of_the_root_is_refused(saved_page, tmp_path):
    link = tmp_path / "in" / "page_files" / "link.jpg"
    link.symlink_to(tmp_path / "secret.jpg")
    assert image_source(entry("page_files/link.jpg"), saved_page, fetch=False).kind == "outside"


def test_a_saved_page_whose_file_is_missing_falls_back_to_an_archive_then_says_missing_file(saved_page):
    saved_page.images["https://example.org/p.jpg"] = "raw-sha"
    with_archive = image_source(entry("page_files/gone.jpg", "https://example.org/p.jpg"), saved_page, fetch=False)
    assert (with_archive.kind, with_archive.value) == ("raw", "raw-sha")
    nowhere = image_source(entry("page_files/gone.jpg", None), saved_page, fetch=True)
    assert (nowhere.kind, nowhere.value) == ("none", "missing_file")


def test_relative_paths_of_archived_or_crawled_articles_are_never_opened(saved_page):
    """A JSON-lines or WARC article is not a saved page: its relative src names no file of ours."""
    src = image_source(entry("page_files/photo%20one.jpg", None, local=False), saved_page, fetch=False)
    assert src.kind == "none" and src.value == "no_url"


def test_archived_picture_found_by_either_scheme_and_without_fragment():
    index = Phase1Index(images={"http://example.org/a.jpg": "sha-a"})
    assert find_archived("https://example.org/a.jpg#zoom", index) == "sha-a"
    assert url_variants("http://x/y.jpg#f") == ["http://x/y.jpg", "https://x/y.jpg"]
    assert find_archived(None, index) is None
    assert find_archived("https://example.org/b.jpg", index) is None


def test_archived_picture_found_through_redirects_and_a_redirect_loop_ends():
    index = Phase1Index(images={"https://cdn.example.org/final.jpg": "sha-f"},
                        redirects={"https://example.org/a.jpg": "https://example.org/b.jpg",
                                   "https://example.org/b.jpg": "http://cdn.example.org/final.jpg",
                                   "https://example.org/loop1": "https://example.org/loop2",
                                   "https://example.org/loop2": "https://example.org/loop1"})
    assert find_archived("https://example.org/a.jpg", index) == "sha-f"
    assert find_archived("https://example.org/loop1", index) is None


@pytest.mark.parametrize("typed, canonical", [
    ("https://x.example/img/Bürgermeister-café.jpg", "https://x.example/img/B%C3%BCrgermeister-caf%C3%A9.jpg"),
    ("https://x.example/img/photo one.jpg", "https://x.example/img/photo%20one.jpg"),
    ("https://x.example/img/caf%c3%a9 2.jpg", "https://x.example/img/caf%C3%A9%202.jpg"),  # hex up, kept once
    ("https://x.example/img/photo%20one.jpg", "https://x.example/img/photo%20one.jpg"),  # never encoded twice
    ("https://x.example/img/rise-100%.jpg", "https://x.example/img/rise-100%25.jpg"),  # a stray % is a character
    ("https://x.example/img/a|b.jpg?w=800&c=é#top", "https://x.example/img/a%7Cb.jpg?w=800&c=%C3%A9#top"),
    ("https://bücher.example/img/a.jpg", "https://xn--bcher-kva.example/img/a.jpg"),  # a host: IDNA, as looked up
    ("https://x.example/img/wrapped\n-line.jpg", "https://x.example/img/wrapped-line.jpg"),
    ("data:image/jpeg;sha256,0a1b", "data:image/jpeg;sha256,0a1b"),
])
def test_urls_are_written_in_one_canonical_percent_encoding(typed, canonical):
    assert canonical_url(typed) == canonical
    assert canonical_url(canonical) == canonical


def test_a_page_url_with_spaces_or_accents_resolves_to_the_encoded_address():
    assert absolute("/img/photo one.jpg", "https://x.example/news/a") == "https://x.example/img/photo%20one.jpg"
    assert absolute("//x.example/img/café.jpg", None) == "https://x.example/img/caf%C3%A9.jpg"
    assert absolute("img/photo one.jpg", None) == "img/photo%20one.jpg"


def test_archived_picture_found_whichever_side_is_percent_encoded():
    """The index holds archive addresses in canonical encoding (phase1.index_spill); a page may name the picture
    raw, percent-encoded, or with lower-case hex."""
    index = Phase1Index(images={canonical_url("https://x.example/img/B%C3%BCrgermeister-caf%C3%A9.jpg"): "sha-e",
                                canonical_url("https://x.example/img/photo one.jpg"): "sha-f"},
                        redirects={canonical_url("https://x.example/old/café.jpg"):
                                   canonical_url("https://x.example/img/photo one.jpg")})
    assert find_archived("https://x.example/img/Bürgermeister-café.jpg", index) == "sha-e"
    assert find_archived("http://x.example/img/B%c3%bcrgermeister-caf%c3%a9.jpg", index) == "sha-e"
    assert find_archived("https://x.example/img/photo%20one.jpg", index) == "sha-f"
    assert find_archived("https://x.example/old/caf%C3%A9.jpg", index) == "sha-f"  # through the 301


def test_a_srcset_rendition_kept_by_the_crawler_is_used():
    index = Phase1Index(images={"https://example.org/a-800.jpg": "sha-800"})
    e = entry(None, "https://example.org/a-1600.jpg", ["https://example.org/a-400.jpg",
                                                       "https://example.org/a-800.jpg"], local=False)
    assert image_source(e, index, fetch=True).value == "sha-800"


def test_the_web_only_when_fetching_is_on_and_only_http():
    index = Phase1Index()
    remote = entry(None, "https://example.org/a.jpg", local=False)
    assert image_source(remote, index, fetch=True).kind == "fetch"
    off = image_source(remote, index, fetch=False)
    assert (off.kind, off.value) == ("none", "remote_not_fetched")
    data_uri = entry("data:image/png;base64,AAAA", "data:image/png;base64,AAAA", local=True)
    assert image_source(data_uri, index, fetch=True).kind == "none"
    assert missing_cause(data_uri) == "no_url"
