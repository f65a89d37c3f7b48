"""ingest: source expansion, kind detection, WARC / JSONL / HTML / text readers and their counts."""
from __future__ import annotations

import builtins
import codecs
import gzip
import io
import logging
import json
import os
import random
import shutil
import zlib
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PIL import Image
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from corpus.config import IngestConfig
from corpus.ingest import detect_kind, expand_sources, read_input
from corpus.ingest.paths import resolve_inside
from corpus.records import ImageRecord, InputFile, InputTable, RawDoc, Redirect
from corpus.rejects import Ledger, Reason

TEST_DATA = Path(__file__).parent / "data"
CFG = IngestConfig()

PAGE = """<!DOCTYPE html><html><head><title>{title}</title></head><body><article>
<h1>{title}</h1><p>The harbour council met on Tuesday to discuss the new sea wall.</p>
<figure><img src="{img}"><figcaption>Workers repair the sea wall at dawn.</figcaption></figure>
<p>Residents said the storms of last winter had flooded the lower streets twice.</p>
</article></body></html>"""

SCRAPE = """Harbour town votes to rebuild its sea wall

Harbour town votes to rebuild its sea wall

The harbour council voted on Tuesday to rebuild the sea wall that failed during the winter storms.

Workers repair the damaged sea wall at dawn on Monday.

Workers repair the damaged sea wall at dawn on Monday.

Residents said the lower streets had flooded twice since January, forcing the bakery to close.

Advertisement

The new wall will be two metres higher and is expected to be finished before next winter.
"""


def jpeg_bytes(color=(200, 30, 30), size=(80, 60)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "JPEG")
    return buf.getvalue()


def page_bytes(title: str, img: str) -> bytes:
    return PAGE.format(title=title, img=img).encode("utf-8")


# --- WARC fixtures ---------------------------------------------------------------------------

DATE = "2024-03-05T10:20:30Z"


def _response(w, url, body, ctype, status="200 OK", extra=()):
    http = StatusAndHeaders(status, [("Content-Type", ctype), *extra], protocol="HTTP/1.1")
    return w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http,
                                warc_headers_dict={"WARC-Date": DATE})


def write_news_warc(path: Path, gz: bool = True) -> None:
    """2 articles and their images (before and after the pages), a 301, a revisit, requests, junk."""
    img1, img2, img3 = jpeg_bytes((200, 0, 0)), jpeg_bytes((0, 200, 0)), jpeg_bytes((0, 0, 200))
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        w.write_record(_response(w, "https://news.example/img/one.jpg", img1, "image/jpeg"))
        req = StatusAndHeaders("GET /a1 HTTP/1.1", [("Host", "news.example")], is_http_request=True)
        w.write_record(w.create_warc_record("https://news.example/a1", "request", payload=io.BytesIO(b""),
                                            http_headers=req))
        w.write_record(_response(w, "https://news.example/a1", page_bytes("Sea wall", "/img/one.jpg"),
                                 "text/html; charset=utf-8"))
        w.write_record(_response(w, "https://news.example/a2", page_bytes("Bakery", "/img/old.jpg"),
                                 "text/html"))
        w.write_record(_response(w, "https://news.example/img/two.jpg", img2, "image/jpeg"))
        w.write_record(_response(w, "https://news.example/img/old.jpg", b"", "text/html",
                                 status="301 Moved Permanently", extra=[("Location", "/img/three.jpg")]))
        w.write_record(_response(w, "https://news.example/img/three.jpg", img3, "application/octet-stream"))
        w.write_record(w.create_revisit_record("https://cdn.example/one.jpg", digest="sha1:XYZ",
                                               refers_to_uri="https://news.example/img/one.jpg",
                                               refers_to_date=DATE))
        w.write_record(_response(w, "https://news.example/app.js", b"var a = 1;", "application/javascript"))


def record_offsets(path: Path) -> dict[str, tuple[int, str]]:
    """WARC-Target-URI -> (offset, record id) of its response/revisit record, read independently."""
    out = {}
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for rec in it:
            if rec.rec_type in ("response", "revisit"):
                out[rec.rec_headers.get_header("WARC-Target-URI")] = (
                    it.get_record_offset(), rec.rec_headers.get_header("WARC-Record-ID"))
    return out


def inp_for(path: Path) -> InputFile:
    real = os.path.realpath(path)
    return InputFile(path=real, root=os.path.dirname(real), rel=os.path.basename(real))


def read_all(path: Path, ledger: Ledger | None = None, cfg: IngestConfig = CFG):
    ledger = ledger or Ledger()
    items = list(read_input(inp_for(path), cfg, ledger))
    assert ledger.unbalanced() == []
    return items, ledger


def reasons(ledger: Ledger) -> dict[str, int]:
    return dict(ledger.counts["ingest"].rejected)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_records_surface_with_provenance(tmp_path, gz):
    path = tmp_path / ("news.warc.gz" if gz else "news.warc")
    write_news_warc(path, gz=gz)
    assert detect_kind(str(path)) == "warc"
    items, ledger = read_all(path)
    by_url = {i.url: i for i in items}
    offsets = record_offsets(path)

    docs = [i for i in items if isinstance(i, RawDoc)]
    assert [d.url for d in docs] == ["https://news.example/a1", "https://news.example/a2"]
    assert all(d.kind == "html" and b"<figcaption>" in d.content for d in docs)
    images = [i for i in items if isinstance(i, ImageRecord)]
    assert [i.url.rsplit("/", 1)[1] for i in images] == ["one.jpg", "two.jpg", "three.jpg"]
    assert all(Image.open(io.BytesIO(i.content)).size == (80, 60) for i in images)
    assert images[0].content_type == "image/jpeg" and images[2].content_type == "application/octet-stream"
    assert by_url["https://news.example/img/old.jpg"].target == "https://news.example/img/three.jpg"
    revisit = by_url["https://cdn.example/one.jpg"]
    assert isinstance(revisit, Redirect) and revisit.target == "https://news.example/img/one.jpg"

    for item in items:
        offset, record_id = offsets[item.url]
        assert item.ref.locator == f"offset={offset}"
        assert item.ref.record_id == record_id and item.ref.target_uri == item.url
        assert item.ref.path == path.name and len(item.ref.sha256) == 64
    assert docs[0].ref.fetch_date == datetime(2024, 3, 5, 10, 20, 30, tzinfo=timezone.utc)

    counts = ledger.counts["ingest"]
    # the file + 8 response/revisit items; warcinfo and request records are not items
    assert (counts.seen, counts.kept) == (1 + 8, 1 + 7)
    assert reasons(ledger) == {Reason.INGEST_WARC_NOT_ARTICLE.value: 1}
    assert "javascript" in ledger.rows[0]["detail"]


def wacz(path: Path, warcs: dict[str, bytes], deflated: bool = False) -> None:
    """A WACZ as Browsertrix writes it: the WARCs stored under archive/ (deflated by other ZIP tools), beside
    indexes, pages and a datapackage."""
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        for name, data in warcs.items():
            zf.writestr(f"archive/{name}", data, zipfile.ZIP_DEFLATED if deflated else zipfile.ZIP_STORED)
        zf.writestr("indexes/index.cdx", "")
        zf.writestr("pages/pages.jsonl", '{"format": "json-pages-1.0"}\n')
        zf.writestr("datapackage.json", json.dumps({"profile": "data-package", "wacz_version": "1.1.1"}))


@pytest.mark.parametrize("deflated", [False, True])
def test_wacz_records_surface_like_its_warcs(tmp_path, deflated):
    warc = tmp_path / "news.warc.gz"
    write_news_warc(warc)
    path = tmp_path / "crawl.wacz"
    wacz(path, {"rec-1.warc.gz": warc.read_bytes()}, deflated)
    assert detect_kind(str(path)) == "wacz"
    items, ledger = read_all(path)
    direct, _ = read_all(warc)
    assert [(type(i).__name__, i.url) for i in items] == [(type(i).__name__, i.url) for i in direct]
    offsets = record_offsets(warc)
    assert all(i.ref.locator == f"archive/rec-1.warc.gz:offset={offsets[i.url][0]}" for i in items)
    assert all(i.ref.path == "crawl.wacz" for i in items)
    counts = ledger.counts["ingest"]
    assert (counts.seen, counts.kept) == (1 + 8, 1 + 7)  # as the WARC's own, the WACZ counted once


def test_damage_inside_a_wacz_member_costs_its_record(tmp_path):
    import zipfile

    warc = tmp_path / "news.warc.gz"
    write_news_warc(warc)
    path = tmp_path / "crawl.wacz"
    wacz(path, {"a.warc.gz": warc.read_bytes(), "b.warc.gz": warc.read_bytes()})
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:  # one byte of b.warc.gz's first record (zipfile would fail its CRC check)
        info = zf.getinfo("archive/b.warc.gz")
    data[info.header_offset + 30 + len(info.filename) + 200] ^= 0xFF
    path.write_bytes(bytes(data))
    items, ledger = read_all(path)
    members = [i.ref.locator.split(":")[0] for i in items]
    assert members == ["archive/a.warc.gz"] * 7 + ["archive/b.warc.gz"] * 7  # b's warcinfo record is the loss
    assert "crawl.wacz:archive/b.warc.gz:offset=0" in [r["source"] for r in ledger.rows]


def _patch_first_member(path: Path, local_at: int, central_at: int, value: bytes, flag: bool = False) -> None:
    """Overwrite a field of the ZIP's first member in its local header and its directory entry (a flag byte is
    OR-ed in instead)."""
    data = bytearray(path.read_bytes())
    for at in (data.find(b"PK\x03\x04") + local_at, data.find(b"PK\x01\x02") + central_at):
        if flag:
            data[at] |= value[0]
        else:
            data[at:at + len(value)] = value
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage, words", [("method", "ZIP method 99"), ("encrypted", "encrypted")])
@pytest.mark.parametrize("deflated", [False, True])
def test_wacz_member_zipfile_cannot_open_costs_that_member_only(tmp_path, damage, words, deflated):
    # a member in a compression method zipfile lacks, or with the encryption flag, made zipfile raise
    # NotImplementedError / RuntimeError, which ended the whole WACZ as one internal error
    warc = tmp_path / "news.warc.gz"
    write_news_warc(warc)
    path = tmp_path / "crawl.wacz"
    wacz(path, {"a-bad.warc.gz": warc.read_bytes(), "b-good.warc.gz": warc.read_bytes()}, deflated)
    if damage == "method":
        _patch_first_member(path, 8, 10, (99).to_bytes(2, "little"))
    else:
        _patch_first_member(path, 6, 8, b"\x01", flag=True)
    items, ledger = read_all(path)
    assert {i.ref.locator.split(":")[0] for i in items} == {"archive/b-good.warc.gz"} and len(items) == 7
    bad = [r for r in ledger.rows if r["source"] == "crawl.wacz:archive/a-bad.warc.gz"]
    assert [r["reason"] for r in bad] == [Reason.INGEST_BAD_WARC_RECORD.value] and words in bad[0]["detail"]
    assert Reason.INTERNAL_ERROR.value not in reasons(ledger)


def test_wacz_member_that_holds_nothing_is_a_reject(tmp_path):
    # an empty WARC, or a damaged length in a member's local header that put its data past the end of the file,
    # read as an archive without records: the WACZ was kept with nothing from it and no word of why
    warc = tmp_path / "news.warc.gz"
    write_news_warc(warc)
    path = tmp_path / "crawl.wacz"
    wacz(path, {"a-empty.warc.gz": b"", "b.warc.gz": warc.read_bytes()})
    items, ledger = read_all(path)
    assert len(items) == 7
    (row,) = [r for r in ledger.rows if "a-empty" in r["source"]]
    assert (row["source"], row["reason"]) == ("crawl.wacz:archive/a-empty.warc.gz", Reason.INGEST_EMPTY.value)

    wacz(path, {"a.warc.gz": warc.read_bytes()})
    data = bytearray(path.read_bytes())
    data[28:30] = (0xFFFF).to_bytes(2, "little")  # the local header's extra-field length (the member comes first)
    path.write_bytes(bytes(data))
    items, ledger = read_all(path)
    assert items == []
    (row,) = ledger.rows
    assert (row["source"], row["reason"]) == ("crawl.wacz:archive/a.warc.gz", Reason.INGEST_BAD_WARC_RECORD.value)
    assert "damaged ZIP headers" in row["detail"]
    counts = ledger.counts["ingest"]
    assert (counts.seen, counts.kept) == (2, 1)  # the WACZ, its unreadable member


def test_truncated_warc_gz_keeps_earlier_records(tmp_path):
    full = tmp_path / "full.warc.gz"
    write_news_warc(full)
    offsets = record_offsets(full)
    cut_at, _ = offsets["https://news.example/img/two.jpg"]
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full.read_bytes()[: cut_at + 300])  # ends inside the two.jpg member

    items, ledger = read_all(cut)
    assert [i.url.rsplit("/", 1)[1] for i in items] == ["one.jpg", "a1", "a2"]
    assert reasons(ledger) == {Reason.INGEST_BAD_GZIP.value: 1}
    assert ledger.rows[0]["source"] == f"cut.warc.gz:offset={cut_at}"
    assert ledger.counts["ingest"].kept == 1 + 3  # the file was read to its end


def test_uncompressed_warc_cut_mid_body(tmp_path):
    full = tmp_path / "full.warc"
    write_news_warc(full, gz=False)
    cut_at, _ = record_offsets(full)["https://news.example/a2"]
    cut = tmp_path / "cut.warc"
    cut.write_bytes(full.read_bytes()[: cut_at + 700])
    items, ledger = read_all(cut)
    assert [i.url.rsplit("/", 1)[1] for i in items] == ["one.jpg", "a1"]
    assert ledger.rows[0]["reason"] == Reason.INGEST_BAD_WARC_RECORD.value
    assert ledger.rows[0]["source"].endswith(f"offset={cut_at}") and "truncated" in ledger.rows[0]["detail"]


def test_corrupt_gzip_member_in_the_middle_resyncs(tmp_path):
    path = tmp_path / "news.warc.gz"
    write_news_warc(path)
    offsets = record_offsets(path)
    bad_at, _ = offsets["https://news.example/a2"]
    data = bytearray(path.read_bytes())
    data[bad_at + 30: bad_at + 90] = random.Random(1).randbytes(60)
    path.write_bytes(bytes(data))

    items, ledger = read_all(path)
    urls = [i.url.rsplit("/", 1)[1] for i in items]
    assert urls[:2] == ["one.jpg", "a1"] and "a2" not in urls
    assert {"two.jpg", "old.jpg", "three.jpg", "one.jpg"} <= set(urls)  # read on after the damage
    assert reasons(ledger).get(Reason.INGEST_BAD_GZIP.value, 0) >= 1
    assert any(r["source"].endswith(f"offset={bad_at}") for r in ledger.rows)


def test_warc_html_above_cap_is_rejected(tmp_path):
    path = tmp_path / "news.warc.gz"
    write_news_warc(path)
    items, ledger = read_all(path, cfg=IngestConfig(max_html_bytes=100))
    assert not [i for i in items if isinstance(i, RawDoc)]
    assert reasons(ledger)[Reason.INGEST_TOO_LARGE.value] == 2


def test_warc_excluded_domain(tmp_path):
    path = tmp_path / "news.warc.gz"
    write_news_warc(path)
    items, ledger = read_all(path, cfg=IngestConfig(exclude_domains=("example",)))
    assert not [i for i in items if isinstance(i, RawDoc)]  # images and redirects still surface
    assert reasons(ledger)[Reason.INGEST_EXCLUDED.value] == 2


@pytest.mark.parametrize("listed", ["https://news.example/a/café", "http://news.example/a/caf%C3%A9",
                                    "https://News.Example/a/caf%c3%a9#comments"])
def test_takedown_url_matches_the_archived_page_in_any_scheme_and_encoding(tmp_path, listed):
    """A takedown request names the address a browser shows (/a/café, an http:// link); the crawler recorded it
    percent-encoded, over https: the page was kept, the takedown not honoured."""
    path = tmp_path / "news.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for url in ("https://news.example/a/caf%C3%A9", "https://news.example/a/bakery"):
            w.write_record(_response(w, url, page_bytes("Story", "/img/one.jpg"), "text/html"))
    items, ledger = read_all(path, cfg=IngestConfig(exclude_urls=(listed,)))
    assert [i.url for i in items] == ["https://news.example/a/bakery"]
    (row,) = ledger.rows
    assert row["reason"] == Reason.INGEST_EXCLUDED.value and "caf%C3%A9" in row["detail"]


def test_gzip_content_encoding_is_decoded(tmp_path):
    path = tmp_path / "enc.warc.gz"
    body = gzip.compress(page_bytes("Encoded", "/x.jpg"))
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(_response(w, "https://news.example/enc", body, "text/html",
                                 extra=[("Content-Encoding", "gzip")]))
    items, _ = read_all(path)
    assert items[0].content.startswith(b"<!DOCTYPE html>")


def test_page_in_the_charset_its_response_declared(tmp_path):
    # a windows-1251 page with no meta charset: only the HTTP Content-Type names its encoding
    from corpus.config import ExtractConfig
    from corpus.extract import extract_article

    story = "<p>Городской совет во вторник обсудил ремонт старого моста через реку и выделил на него деньги.</p>" * 3
    body = (PAGE.format(title="Мост", img="/m.jpg").replace("Workers repair the sea wall at dawn.",
                                                            "Рабочие ремонтируют мост на рассвете.")
            .replace("</article>", story + "</article>").encode("cp1251"))
    path = tmp_path / "cp1251.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(_response(w, "https://news.example/most", body, 'text/html; charset="Windows-1251"'))
        w.write_record(_response(w, "https://news.example/plain", page_bytes("Plain", "/p.jpg"), "text/html"))
    (doc, plain), _ = read_all(path)
    assert doc.charset == "Windows-1251" and plain.charset is None
    art = extract_article(doc, ExtractConfig(), Ledger())
    assert art.title == "Мост" and art.figures[0].caption == "Рабочие ремонтируют мост на рассвете."


def test_brotli_and_other_content_encodings(tmp_path):
    # browser-based crawlers record responses as served: br (brotli) and zstd bodies, or bodies already decoded
    # under the header
    import brotli

    page = page_bytes("Encoded", "/x.jpg")
    path = tmp_path / "codings.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for name, body, coding in [("br", brotli.compress(page), "br"), ("br-decoded", page, "br"),
                                   ("x-gzip", gzip.compress(page), "x-gzip"),
                                   ("zstd", b"\x28\xb5\x2f\xfd" + os.urandom(400), "zstd"),
                                   ("zstd-decoded", page, "zstd")]:
            w.write_record(_response(w, f"https://news.example/{name}", body, "text/html",
                                     extra=[("Content-Encoding", coding)]))
    items, ledger = read_all(path)
    assert [i.url.rsplit("/", 1)[1] for i in items] == ["br", "br-decoded", "x-gzip", "zstd-decoded"]
    assert all(i.content == page for i in items)
    (row,) = ledger.rows
    assert row["reason"] == Reason.INGEST_BAD_WARC_RECORD.value and "Content-Encoding 'zstd'" in row["detail"]


def test_damaged_gzip_bodies(tmp_path, caplog, capsys):
    # a body whose gzip breaks in its first block was passed on compressed (an extract reject blaming the page);
    # one that breaks later was cut with a bare zlib message on stderr naming neither file nor record
    small = page_bytes("Small", "/x.jpg")
    rnd = random.Random(3)
    story = "".join("<p>" + " ".join(f"word{rnd.randrange(10_000)}" for _ in range(40)) + ".</p>" for _ in range(300))
    large = page_bytes("Large", "/x.jpg").replace(b"</article>", story.encode() + b"</article>")
    bodies = []
    for page in (small, large):
        body = bytearray(gzip.compress(page))
        body[int(len(body) * 0.8)] ^= 0xFF
        bodies.append(bytes(body))
    path = tmp_path / "damaged.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for name, body in zip(("small", "large"), bodies):
            w.write_record(_response(w, f"https://news.example/{name}", body, "text/html",
                                     extra=[("Content-Encoding", "gzip")]))
    (large_doc,), ledger = read_all(path)
    (row,) = ledger.rows
    assert row["reason"] == Reason.INGEST_BAD_WARC_RECORD.value and "gzip Content-Encoding is damaged" in row["detail"]
    assert large_doc.url == "https://news.example/large" and large_doc.content.startswith(b"<!DOCTYPE html>")
    assert 0 < len(large_doc.content) < len(large)  # kept as far as it reads
    assert "https://news.example/large breaks after" in caplog.text
    assert "Error -3" not in capsys.readouterr().err


def test_revisit_without_other_target_is_rejected(tmp_path):
    path = tmp_path / "rev.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_revisit_record("https://news.example/a", digest="sha1:AAA",
                                               refers_to_uri="https://news.example/a", refers_to_date=DATE))
        w.write_record(w.create_warc_record("https://news.example/b", "revisit", payload=io.BytesIO(b""),
                                            warc_headers_dict={"WARC-Payload-Digest": "sha1:BBB"}))
    items, ledger = read_all(path)
    assert items == [] and reasons(ledger) == {Reason.INGEST_WARC_REVISIT_NO_TARGET.value: 2}


# --- JSON lines --------------------------------------------------------------------------------

def jsonl_lines() -> list[str]:
    return [
        json.dumps({"url": "https://news.example/a1", "html": PAGE.format(title="Sea wall", img="x.jpg"),
                    "title": "Sea wall", "date_publish": "2024-03-04 08:00:00"}),
        "{not json",
        json.dumps({"url": "https://news.example/a3", "maintext": SCRAPE, "title": "Harbour",
                    "date_download": "2024-03-06 09:00:00", "text": None}),
        "",
        json.dumps(["a", "list"]),
        json.dumps({"url": "https://news.example/a4", "title": "No body", "maintext": None}),
        json.dumps({"text": "Only text, no url.\n\nSecond paragraph.\n\nThird."}),
    ]


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_good_and_bad_lines(tmp_path, gz):
    data = ("\n".join(jsonl_lines()) + "\n").encode("utf-8")
    path = tmp_path / ("export.jsonl.gz" if gz else "export.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    assert detect_kind(str(path)) == "jsonl"
    docs, ledger = read_all(path)
    assert [(d.kind, d.ref.locator) for d in docs] == [("html", "line=1"), ("text", "line=3"), ("text", "line=7")]
    assert docs[0].url == "https://news.example/a1" and docs[0].title == "Sea wall"
    assert docs[0].published == "2024-03-04 08:00:00"
    assert docs[1].content.decode().startswith("Harbour town") and docs[1].ref.fetch_date.day == 6
    bad = {r["source"].split(":", 1)[1]: r for r in ledger.rows}
    assert set(bad) == {"line=2", "line=5", "line=6"}
    assert all(r["reason"] == Reason.INGEST_BAD_JSON_LINE.value for r in bad.values())
    assert "a JSON array, not an object" in bad["line=5"]["detail"]
    assert "no html, text, markdown nor picture" in bad["line=6"]["detail"]
    counts = ledger.counts["ingest"]
    assert (counts.seen, counts.kept) == (1 + 6, 1 + 3)  # the blank line 4 is not an item


def test_jsonl_reject_details_name_json_types_in_json_words(tmp_path):
    """A line that is `null`, or whose article body is a number or null (news-please writes "maintext": null for a
    page it found no text in), is named in JSON's words, not Python's ("a JSON NoneType")."""
    lines = [json.dumps({"url": "https://news.example/a1", "html": 5}),
             json.dumps({"url": "https://news.example/a2", "maintext": None, "title": "Empty"}),
             "null", "true", '"a headline"', "42"]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n")
    _, ledger = read_all(path)
    assert [(r["source"], r["detail"]) for r in ledger.rows] == [
        ("export.jsonl:line=1", "no html, text, markdown nor picture with a caption (keys: html, url); html is a "
                                "JSON number, not a string"),
        ("export.jsonl:line=2", "no html, text, markdown nor picture with a caption (keys: maintext, title, url); "
                                "maintext is a JSON null, "
                                "not a string"),
        ("export.jsonl:line=3", "a JSON null, not an object"),
        ("export.jsonl:line=4", "a JSON boolean, not an object"),
        ("export.jsonl:line=5", "a JSON string, not an object"),
        ("export.jsonl:line=6", "a JSON number, not an object")]


BYTE_ORDER_MARKED = {  # how Windows tools write text: Notepad's "UTF-8 with BOM", PowerShell's `>` (UTF-16LE)
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
}


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("encoding", list(BYTE_ORDER_MARKED))
def test_jsonl_with_a_byte_order_mark_reads_as_its_utf8_twin(tmp_path, encoding, gz):
    """Detection already reads past the mark; the reader did not: line 1 was "Unexpected UTF-8 BOM", and UTF-16
    split on single newline bytes into more rejects than lines."""
    text = "\n".join(jsonl_lines()) + "\n"
    data = BYTE_ORDER_MARKED[encoding](text)
    path = tmp_path / ("export.jsonl.gz" if gz else "export.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    twin = tmp_path / "twin.jsonl"
    twin.write_text(text, encoding="utf-8")
    assert detect_kind(str(path)) == "jsonl"
    docs, ledger = read_all(path)
    twin_docs, twin_ledger = read_all(twin)
    assert [(d.kind, d.ref.locator, d.url, d.title, d.content) for d in docs] == \
        [(d.kind, d.ref.locator, d.url, d.title, d.content) for d in twin_docs]
    assert [d.ref.locator for d in docs] == ["line=1", "line=3", "line=7"]
    assert [(r["source"].split(":", 1)[1], r["reason"], r["detail"]) for r in ledger.rows] == \
        [(r["source"].split(":", 1)[1], r["reason"], r["detail"]) for r in twin_ledger.rows]
    assert [r["source"].split(":", 1)[1] for r in ledger.rows] == ["line=2", "line=5", "line=6"]
    counts = ledger.counts["ingest"]
    assert (counts.seen, counts.kept) == (1 + 6, 1 + 3)


@pytest.mark.parametrize("encoding", list(BYTE_ORDER_MARKED))
def test_json_document_with_a_byte_order_mark_is_read(tmp_path, encoding):
    one = {"url": "https://news.example/a1", "title": "Café du port", "maintext": SCRAPE}
    path = tmp_path / "article.json"
    path.write_bytes(BYTE_ORDER_MARKED[encoding](json.dumps(one, indent=4, ensure_ascii=False)))
    assert detect_kind(str(path)) == "json"
    (doc,), ledger = read_all(path)
    assert ledger.rows == [] and (doc.ref.locator, doc.title) == ("item=1", "Café du port")
    assert doc.content.decode("utf-8") == SCRAPE


def test_jsonl_reject_details_name_the_column_in_plain_words(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(jsonl_lines()[0] + "\n"
                    '{"url": "https://news.example/a2", "title": "Sea wall\n'  # the string runs off its line
                    "{not json\n"
                    '{"url": "https://news.example/a3" "title": "x"}\n'
                    '{"url": "https://news.example/a4", "title": "Harb', encoding="utf-8")  # an export cut short
    docs, ledger = read_all(path)
    assert [d.ref.locator for d in docs] == ["line=1"]
    assert [(r["source"], r["detail"]) for r in ledger.rows] == [
        ("export.jsonl:line=2", "invalid JSON: Invalid control character at: column 54"),
        ("export.jsonl:line=3", "invalid JSON: Expecting property name enclosed in double quotes: column 2"),
        ("export.jsonl:line=4", "invalid JSON: Expecting ',' delimiter: column 35"),
        ("export.jsonl:line=5", "invalid JSON: Unterminated string starting at: column 45")]


def test_jsonl_lone_surrogates_become_replacement_characters(tmp_path):
    # "\ud800" alone in a JSON string (half of a pair a crawler cut) is valid JSON but no UTF-8: the article stays
    page = PAGE.format(title="Sea wall \ud83d", img="x.jpg").replace("at dawn.", "at dawn \udc00 in fog.")
    line = json.dumps({"url": "https://news.example/s", "html": page, "title": "Sea wall \ud83d"})
    assert "\\ud83d" in line and "\\udc00" in line  # escaped, as JSON writes them
    path = tmp_path / "export.jsonl"
    path.write_text(line + "\n", encoding="ascii")
    (doc,), ledger = read_all(path)
    assert ledger.rows == [] and doc.title == "Sea wall \ufffd"
    assert "at dawn \ufffd in fog." in doc.content.decode("utf-8")


def test_json_record_carries_its_picture_list_with_its_text_only(tmp_path):
    # a record's `images` (or `figures`) goes with its text to extract as items (json_article: a string that is
    # an address is an item with that url), strings without lone surrogates; a record with html is read from its
    # HTML, which names its own pictures: of its list only the pictures a field named caption describes go with
    # it (extract adds those its HTML does not show), not bare addresses
    listed = [{"url": "https://news.example/a.jpg", "caption": "Workers at dawn \ud83d", "paragraph": 2}, "b.jpg", 7]
    lines = [{"url": "https://news.example/s", "maintext": SCRAPE, "images": listed},
             {"url": "https://news.example/t", "maintext": SCRAPE, "figures": ["c.jpg"], "images": None},
             {"url": "https://news.example/u", "html": PAGE.format(title="Sea wall", img="x.jpg"), "images": listed},
             {"url": "https://news.example/v", "maintext": SCRAPE}]
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="ascii")
    docs, ledger = read_all(path)
    assert ledger.rows == [] and [d.kind for d in docs] == ["text", "text", "html", "text"]
    assert docs[0].images == [{"url": "https://news.example/a.jpg", "caption": "Workers at dawn \ufffd",
                               "paragraph": 2}, {"url": "b.jpg"}, 7]
    assert [d.images for d in docs[1:]] == [[{"url": "c.jpg"}], [{"url": "https://news.example/a.jpg", "caption":
                                                                "Workers at dawn \ufffd", "paragraph": 2}], None]


def test_json_document_with_one_article_or_an_array_of_them(tmp_path):
    # news-please writes one pretty-printed file per article; Scrapy's "-o items.json" an array, an object a line
    one = {"url": "https://news.example/a1", "title": "Harbour", "maintext": SCRAPE, "date_publish": "2024-03-04"}
    (tmp_path / "article.json").write_text(json.dumps(one, indent=4), encoding="utf-8")
    assert detect_kind(str(tmp_path / "article.json")) == "json"
    (doc,), ledger = read_all(tmp_path / "article.json")
    assert (doc.kind, doc.ref.locator, doc.url, doc.published) == ("text", "item=1", "https://news.example/a1",
                                                                   "2024-03-04")
    assert doc.content.decode("utf-8") == SCRAPE
    page = {"url": "https://news.example/a2", "html": PAGE.format(title="Sea wall", img="x.jpg")}
    items = tmp_path / "items.json"
    items.write_text("[\n" + ",\n".join(json.dumps(o) for o in (page, one, ["not", "an", "article"])) + "\n]",
                     encoding="utf-8")
    docs, ledger = read_all(items)
    assert [(d.kind, d.ref.locator) for d in docs] == [("html", "item=1"), ("text", "item=2")]
    (bad,) = ledger.rows
    assert bad["source"].endswith(":item=3") and bad["reason"] == Reason.INGEST_BAD_JSON_LINE.value
    single = tmp_path / "single.json"  # one object a line inside brackets is an array, not JSON lines
    single.write_text("[\n" + json.dumps(page) + "\n]", encoding="utf-8")
    assert detect_kind(str(single)) == "json" and [d.ref.locator for d in read_all(single)[0]] == ["item=1"]


def test_json_values_one_after_another_are_read_as_a_list(tmp_path):
    # `jq '.items[]' response.json > items.json`: pretty-printed objects one after another, no array; a stream cut
    # in the middle of a value is still no JSON document
    a = {"url": "https://news.example/a", "maintext": SCRAPE}
    b = {"url": "https://news.example/b", "maintext": SCRAPE}
    stream = tmp_path / "items.json"
    stream.write_text(json.dumps(a, indent=2) + "\n" + json.dumps(b, indent=2) + "\n", encoding="utf-8")
    docs, ledger = read_all(stream)
    assert [(d.url, d.ref.locator) for d in docs] == [("https://news.example/a", "item=1"),
                                                       ("https://news.example/b", "item=2")]
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(a, indent=2) + "\n" + json.dumps(b, indent=2)[:-10], encoding="utf-8")
    docs, ledger = read_all(cut)
    assert docs == [] and "not a JSON document" in ledger.rows[0]["detail"]


def test_arrays_one_after_another_and_objects_joined_by_commas_are_read_as_one_list(tmp_path):
    # Scrapy's `-o items.json` run twice into one file ("[...][...]"); a script that appends JSON.stringify(item)
    # and a comma per page (no brackets, a comma at the end); a comma before the first value is still no JSON
    a, b, c = ({"url": f"https://news.example/{k}", "maintext": SCRAPE} for k in "abc")
    twice = tmp_path / "items.json"
    twice.write_text("[\n" + json.dumps(a) + ",\n" + json.dumps(b) + "\n][\n" + json.dumps(c) + "\n]", encoding="utf-8")
    docs, _ = read_all(twice)
    assert [(d.url, d.ref.locator) for d in docs] == [(f"https://news.example/{k}", f"item={n}")
                                                       for n, k in enumerate("abc", start=1)]
    appended = tmp_path / "pages.json"
    appended.write_text("".join(json.dumps(x, indent=2) + ",\n" for x in (a, b, c)), encoding="utf-8")
    docs, _ = read_all(appended)
    assert [d.url for d in docs] == [f"https://news.example/{k}" for k in "abc"]
    leading = tmp_path / "leading.json"
    leading.write_text(",\n" + json.dumps(a), encoding="utf-8")
    docs, ledger = read_all(leading)
    assert docs == [] and len(ledger.rows) == 1


def test_articles_a_script_wrote_with_str_are_read_as_python_literals_nothing_called(tmp_path):
    # a notebook's `open("items.json", "w").write(str(articles))`: single quotes, None, True and the datetimes of
    # the items; `print(item)` a line into a .jsonl. A datetime becomes its ISO text; any other call is no literal
    a = {"url": "https://news.example/a", "maintext": SCRAPE, "paywall": False, "image": None}
    written = tmp_path / "items.json"
    written.write_text("[" + repr(a)[:-1] + ", 'date': datetime.datetime(2025, 5, 7, 10, 30, tzinfo=datetime."
                       "timezone.utc)}]", encoding="utf-8")
    (doc,), ledger = read_all(written)
    assert (doc.url, doc.published, doc.ref.locator) == ("https://news.example/a", "2025-05-07T10:30:00", "item=1")
    assert doc.content.decode("utf-8") == SCRAPE and ledger.rows == []
    printed = tmp_path / "items.jsonl"
    printed.write_text(repr(a) + "\n" + repr(dict(a, url="https://news.example/b")) + "\n"
                       "{'url': 'https://news.example/c', 'maintext': __import__('os').getcwd()}\n", encoding="utf-8")
    docs, ledger = read_all(printed)
    assert [d.url for d in docs] == ["https://news.example/a", "https://news.example/b"]
    assert [r["reason"] for r in ledger.rows] == ["ingest_bad_json_line"]


def test_python_literals_are_values_json_can_hold_and_code_is_refused():
    # bytes, complex numbers and Ellipsis have no JSON value (a record's identity is its JSON): their text; a call
    # other than a repr's constructor, a list as a key, a minus before a string or an unclosed bracket is no literal
    from corpus.ingest.pyliteral import python_literal

    value = python_literal("[{'a': b'x\\xff', 'b': 1j, 'c': ..., 'd': -2, 'e': datetime.date(2025, 1, 2), "
                           "'f': (1, 2), 'g': Decimal('1.50'), 'h': None, 'i': True}]")
    assert value == [{"a": "x\ufffd", "b": "1j", "c": "Ellipsis", "d": -2, "e": "2025-01-02", "f": [1, 2],
                      "g": "1.50", "h": None, "i": True}]
    assert json.loads(json.dumps(value)) == value
    for bad in ("[__import__('os').getcwd()]", "{[1]: 2}", "[1", "[-'x']", "[" * 500 + "]" * 500, "[open('f')]"):
        with pytest.raises(ValueError):
            python_literal(bad)


def test_a_programs_captured_output_with_its_json_lines_is_read_as_json_lines(tmp_path):
    # `python scrape.py > out.jsonl 2>&1`: a library's warning, a progress bar redrawn with carriage returns, a
    # logged warning, then one JSON object a line; each line that is no JSON is its own reject, the records stay
    a, b = ({"url": f"https://news.example/{k}", "maintext": SCRAPE} for k in "ab")
    out = tmp_path / "out.jsonl"
    out.write_text("/venv/lib/python3.11/site-packages/requests/__init__.py:102: RequestsDependencyWarning: x\n"
                   "  warnings.warn(\"urllib3 doesn't match\")\n"
                   "  0%|          | 0/2 [00:00<?, ?it/s]\r 50%|#####     | 1/2 [00:01<00:01]WARNING:root:skipped\n"
                   "\r100%|##########| 2/2 [00:02<00:00]\n" + json.dumps(a) + "\n" + json.dumps(b) + "\n",
                   encoding="utf-8")
    assert detect_kind(str(out)) == "jsonl"
    docs, ledger = read_all(out)
    assert [(d.url, d.ref.locator) for d in docs] == [("https://news.example/a", "line=5"),
                                                       ("https://news.example/b", "line=6")]
    assert [r["reason"] for r in ledger.rows] == ["ingest_bad_json_line"] * 4
    prose = tmp_path / "notes.txt"  # a text with one JSON line in it stays text
    prose.write_text("Notes from the harbour meeting.\n\n" + json.dumps(a) + "\n\nThe council met on Tuesday.\n",
                     encoding="utf-8")
    assert detect_kind(str(prose)) != "jsonl"


def test_an_array_never_closed_keeps_its_whole_items_and_a_cut_item_is_still_no_document(tmp_path):
    # Scrapy's `-o items.json` with the run killed: "[" and its items, no "]"; an item cut in the middle makes the
    # file no JSON document, as before (its records are not guessed at)
    a, b = ({"url": f"https://news.example/{k}", "maintext": SCRAPE} for k in "ab")
    killed = tmp_path / "items.json"
    killed.write_text("[\n" + json.dumps(a) + ",\n" + json.dumps(b), encoding="utf-8")
    docs, _ = read_all(killed)
    assert [d.url for d in docs] == ["https://news.example/a", "https://news.example/b"]
    cut = tmp_path / "cut.json"
    cut.write_text("[\n" + json.dumps(a) + ",\n" + json.dumps(b)[:-20], encoding="utf-8")
    docs, ledger = read_all(cut)
    assert docs == [] and "not a JSON document" in ledger.rows[0]["detail"]


def test_broken_or_too_large_json_document(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"url": "https://news.example/a", "maintext": SCRAPE}, indent=2)[:-40],
                      encoding="utf-8")
    items, ledger = read_all(broken)
    assert items == [] and "not a JSON document" in ledger.rows[0]["detail"]
    big = tmp_path / "big.json"
    big.write_text(json.dumps([{"url": "https://news.example/a", "maintext": SCRAPE}] * 50), encoding="utf-8")
    items, ledger = read_all(big, cfg=IngestConfig(max_html_bytes=2000))
    assert items == [] and ledger.rows[0]["reason"] == Reason.INGEST_TOO_LARGE.value
    assert "jq -c '.[]'" in ledger.rows[0]["detail"]


def test_truncated_jsonl_gz(tmp_path):
    data = ("\n".join(jsonl_lines() * 50) + "\n").encode("utf-8")
    path = tmp_path / "export.jsonl.gz"
    path.write_bytes(gzip.compress(data)[:-20])  # the last few lines are cut
    docs, ledger = read_all(path)
    assert 140 <= len(docs) < 150  # 3 good lines of 7, 50 times
    gz_rejects = [r for r in ledger.rows if r["reason"] == Reason.INGEST_BAD_GZIP.value]
    assert len(gz_rejects) == 1 and "truncated" in gz_rejects[0]["detail"]


@pytest.mark.parametrize("mark, url", [
    ("<!-- saved from url=(0042)https://news.example/2019/05/sea-wall.html -->", "https://news.example/2019/05/sea-wall.html"),
    ("<!--\n Page saved with SingleFile \n url: https://news.example/a?id=7 \n saved date: Thu Jan 04 2024\n-->",
     "https://news.example/a?id=7"),
    ("<!-- saved from url=(0022)http://internet.e-mail -->", None),  # Internet Explorer's zone markers
    ("<!-- saved from url=(0014)about:internet -->", None),
    ("<!-- saved from url=(0099)https://news.example/2019/05/sea-wall.html -->", None),  # a garbled count
    ("<!-- a comment: saved from the archive -->", None),
])
def test_saved_page_knows_the_address_it_was_saved_from(tmp_path, mark, url):
    from corpus.config import ExtractConfig
    from corpus.extract import extract_article

    story = "<p>The harbour council voted on Tuesday to rebuild the sea wall that failed in the winter storms.</p>" * 3
    page = PAGE.format(title="Sea wall", img="/media/wall.jpg").replace("</article>", story + "</article>")
    path = tmp_path / "saved.html"
    path.write_text("<!DOCTYPE html>\n" + mark + "\n" + page[len("<!DOCTYPE html>"):], encoding="utf-8")
    (doc,), _ = read_all(path)
    assert doc.url == url
    art = extract_article(doc, ExtractConfig(), Ledger())
    assert art.url == url
    # a URL the browser left relative resolves on the site the page came from
    assert art.figures[0].url == ("https://news.example/media/wall.jpg" if url else "/media/wall.jpg")
    if url:  # the page's own canonical address still names the article
        canonical = path.read_text().replace("<head>", "<head><link rel='canonical' href='https://news.example/c'>")
        path.write_text(canonical, encoding="utf-8")
        (doc,), _ = read_all(path)
        assert extract_article(doc, ExtractConfig(), Ledger()).url == "https://news.example/c"


# --- MHTML -------------------------------------------------------------------------------------------

def mhtml(parts: list[tuple[dict, bytes]], top: str) -> bytes:
    """An MHTML file as browsers write it: mail-style headers, then each part with its own headers; text
    parts quoted-printable, the rest base64."""
    import base64
    import quopri

    boundary = "----MultipartBoundary--Tram1234----"
    out = [top.replace("BOUNDARY", boundary), ""]
    for headers, body in parts:
        qp = headers.get("Content-Type", "").startswith("text/")
        encoded = quopri.encodestring(body) if qp else base64.encodebytes(body)
        headers = {**headers, "Content-Transfer-Encoding": "quoted-printable" if qp else "base64"}
        out += [f"--{boundary}", *(f"{k}: {v}" for k, v in headers.items()), "", encoded.decode("ascii")]
    out.append(f"--{boundary}--")
    return "\r\n".join(out).encode("ascii")


CHROME_TOP = ("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/tram\r\n"
              "Subject: Tram\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
              "\tboundary=\"BOUNDARY\"\r\n")
IE_TOP = ("From: <Saved by Windows Internet Explorer 8>\r\nSubject: Most\r\nMIME-Version: 1.0\r\n"
          "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"BOUNDARY\"\r\n"
          "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.17609\r\n")


def test_mhtml_page_and_pictures_are_read_from_their_parts(tmp_path):
    # Chrome's "Webpage, Single File": the page quoted-printable (a long line is cut with "=" line ends and
    # "=C3=BC" stands for "ü"), its picture base64; style sheets and frames are no items
    page = PAGE.format(title="Tram", img="https://news.example/media/tram.jpg").replace(
        "Workers repair the sea wall at dawn.", "The first tram crosses the Mühlenbrücke " + "at dawn " * 20)
    jpeg = jpeg_bytes()
    path = tmp_path / "tram.mhtml"
    path.write_bytes(mhtml([({"Content-Type": "text/html", "Content-Location": "https://news.example/tram"},
                             page.encode("utf-8")),
                            ({"Content-Type": "text/css", "Content-Location": "https://news.example/site.css"},
                             b"body { margin: 0 }"),
                            ({"Content-Type": "image/jpeg", "Content-Location": "https://news.example/media/tram.jpg"},
                             jpeg),
                            ({"Content-Type": "text/html", "Content-Location": "https://ads.example/frame"},
                             b"<html><body>an ad frame</body></html>")], CHROME_TOP))
    assert b"=C3=BC" in path.read_bytes() and detect_kind(str(path)) == "mhtml"
    (doc, picture), ledger = read_all(path)
    assert doc.content == page.encode("utf-8") and doc.url == "https://news.example/tram"
    assert (picture.url, picture.content, picture.content_type) == ("https://news.example/media/tram.jpg", jpeg,
                                                                    "image/jpeg")
    assert (doc.ref.locator, picture.ref.locator) == ("part=1", "part=3")
    counts = ledger.counts["ingest"]
    assert (counts.seen, counts.kept) == (3, 3)  # the file, its page, its picture


def test_mhtml_and_web_archive_pictures_typed_octet_stream_are_told_by_their_bytes(tmp_path):
    # S3 serves a picture uploaded without a type as binary/octet-stream: such parts were passed over as no
    # picture; a vaguely typed part that is no picture (a font) is still no item
    jpeg = jpeg_bytes()
    path = tmp_path / "tram.mhtml"
    vague = "application/octet-stream"
    path.write_bytes(mhtml([({"Content-Type": "text/html", "Content-Location": "https://news.example/tram"},
                             page_bytes("Tram", "https://news.example/a.jpg")),
                            ({"Content-Type": vague, "Content-Location": "https://news.example/a.jpg"}, jpeg),
                            ({"Content-Type": vague, "Content-Location": "https://news.example/f.woff2"},
                             b"wOF2\x00\x01\x00\x00" + bytes(200))], CHROME_TOP))
    (_, picture), ledger = read_all(path)
    assert (picture.url, picture.content, picture.ref.locator) == ("https://news.example/a.jpg", jpeg, "part=2")
    assert (ledger.counts["ingest"].seen, ledger.counts["ingest"].kept) == (3, 3)
    path = tmp_path / "tram.webarchive"
    path.write_bytes(webarchive(page_bytes("Tram", "https://news.example/a.jpg"), "UTF-8",
                                [("https://news.example/a.jpg", "binary/octet-stream", jpeg),
                                 ("https://news.example/f.woff2", "application/octet-stream", b"wOF2" + bytes(200))]))
    (_, picture), ledger = read_all(path)
    assert (picture.url, picture.content, picture.ref.locator) == ("https://news.example/a.jpg", jpeg, "subresource=1")
    assert (ledger.counts["ingest"].seen, ledger.counts["ingest"].kept) == (3, 3)


def test_mhtml_folded_addresses_are_unfolded(tmp_path):
    # a long Content-Location folded over two lines was kept with "\r\n " inside: the picture's address matched
    # no figure, and the page's was no address
    page_url = "https://news.example/2025/06/02/a-long-article-name-that-goes-on-and-on-for-a-while"
    pic_url = "https://news.example/media/2025/06/02/a-very-long-picture-file-name-that-makes-the-header-wrap.jpg"
    path = tmp_path / "tram.mhtml"
    folded_page, folded_pic = page_url.replace("/2025/", "/\r\n 2025/"), pic_url.replace("/media/", "/media/\r\n\t")
    path.write_bytes(mhtml([({"Content-Type": "text/html", "Content-Location": folded_page},
                             page_bytes("Tram", pic_url)),
                            ({"Content-Type": "image/jpeg", "Content-Location": folded_pic}, jpeg_bytes())],
                           CHROME_TOP.replace("https://news.example/tram", page_url)))
    (doc, picture), _ = read_all(path)
    assert (doc.url, picture.url) == (page_url, pic_url)


def test_mhtml_from_internet_explorer_in_a_legacy_charset(tmp_path):
    page = (PAGE.format(title="Мост", img="https://news.example/m.jpg")
            .replace("Workers repair the sea wall at dawn.", "Рабочие ремонтируют мост на рассвете."))
    path = tmp_path / "most.mht"
    path.write_bytes(mhtml([({"Content-Type": 'text/html; charset="windows-1251"',
                              "Content-Location": "https://news.example/most"}, page.encode("cp1251")),
                            ({"Content-Type": "image/jpeg", "Content-Location": "https://news.example/m.jpg"},
                             jpeg_bytes())], IE_TOP))
    (doc, _), _ = read_all(path)
    assert doc.charset == "windows-1251" and doc.content == page.encode("cp1251")


def test_mhtml_without_a_page_and_mail_that_is_no_page(tmp_path):
    path = tmp_path / "pictures.mhtml"
    path.write_bytes(mhtml([({"Content-Type": "image/jpeg", "Content-Location": "https://news.example/a.jpg"},
                             jpeg_bytes())], CHROME_TOP))
    (picture,), ledger = read_all(path)
    assert picture.url == "https://news.example/a.jpg"
    (row,) = ledger.rows
    assert row["reason"] == Reason.INGEST_BAD_PAGE_ARCHIVE.value and "no HTML page" in row["detail"]
    mail = tmp_path / "mail.eml"  # a mail with attachments is multipart too, but not a saved page
    mail.write_bytes(b"From: Jane <jane@example.org>\r\nSubject: Pictures\r\nMIME-Version: 1.0\r\n"
                     b"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n"
                     b"Hello, the pictures of Sunday are attached.\r\n--b--\r\n")
    assert detect_kind(str(mail)) != "mhtml"


# --- Safari web archives -----------------------------------------------------------------------------

def webarchive(page: bytes, encoding: str | None, subresources: list[tuple[str, str, bytes]],
               url: str = "https://news.example/most", mime: str = "text/html") -> bytes:
    """A .webarchive as Safari writes it: a binary property list of the page and what it loaded."""
    import plistlib

    main = {"WebResourceData": page, "WebResourceMIMEType": mime, "WebResourceURL": url, "WebResourceFrameName": ""}
    if encoding:
        main["WebResourceTextEncodingName"] = encoding
    subs = [{"WebResourceData": data, "WebResourceMIMEType": m, "WebResourceURL": u} for u, m, data in subresources]
    frame = {"WebMainResource": {**main, "WebResourceURL": "https://ads.example/frame", "WebResourceData": b"<p>ad"}}
    return plistlib.dumps({"WebMainResource": main, "WebSubresources": subs, "WebSubframeArchives": [frame]},
                          fmt=plistlib.FMT_BINARY)


def test_safari_web_archive_gives_its_page_and_pictures(tmp_path):
    page = (PAGE.format(title="Мост", img="https://news.example/m.jpg")
            .replace("Workers repair the sea wall at dawn.", "Рабочие ремонтируют мост на рассвете."))
    jpeg = jpeg_bytes()
    path = tmp_path / "most.webarchive"
    path.write_bytes(webarchive(page.encode("cp1251"), "windows-1251",
                                [("https://news.example/m.jpg", "image/jpeg", jpeg),
                                 ("https://news.example/site.css", "text/css", b"p { margin: 0 }")]))
    assert detect_kind(str(path)) == "webarchive"
    (doc, picture), ledger = read_all(path)
    assert (doc.url, doc.charset, doc.content) == ("https://news.example/most", "windows-1251", page.encode("cp1251"))
    assert (picture.url, picture.content, picture.content_type) == ("https://news.example/m.jpg", jpeg, "image/jpeg")
    counts = ledger.counts["ingest"]
    assert (counts.seen, counts.kept) == (3, 3)  # the file, its page, its picture; no style sheet, no frame


def test_damaged_web_archive_and_one_without_a_page(tmp_path):
    whole = webarchive(page_bytes("Sea wall", "/x.jpg"), "UTF-8", [("https://news.example/x.jpg", "image/jpeg",
                                                                     jpeg_bytes())])
    cut = tmp_path / "cut.webarchive"
    cut.write_bytes(whole[: len(whole) // 2])  # the plist's offset table is at its end
    items, ledger = read_all(cut)
    assert items == [] and [r["reason"] for r in ledger.rows] == [Reason.INGEST_BAD_PAGE_ARCHIVE.value]
    assert "not a readable web archive" in ledger.rows[0]["detail"]
    picture_only = tmp_path / "photo.webarchive"  # Safari saving a picture opened on its own
    picture_only.write_bytes(webarchive(jpeg_bytes(), None, [], url="https://news.example/x.jpg", mime="image/jpeg"))
    items, ledger = read_all(picture_only)
    assert items == [] and "no HTML page" in ledger.rows[0]["detail"]


# --- HAR -------------------------------------------------------------------------------------------------

HAR_STARTED = "2025-06-06T10:15:30.125+02:00"  # when each request began, as Firefox writes it (Chrome writes Z)


def har(entries: list[tuple[str, int, str, object]]) -> bytes:
    """A HAR file as developer tools and Playwright write it: (url, status, mimeType, body) per entry; bytes
    bodies are stored base64, text bodies as text, None as a response saved without content."""
    import base64

    def content(mime, body):
        if isinstance(body, bytes):
            return {"size": len(body), "mimeType": mime, "text": base64.b64encode(body).decode(), "encoding": "base64"}
        return {"size": len(body or ""), "mimeType": mime, **({"text": body} if body is not None else {})}

    return json.dumps({"log": {"version": "1.2", "creator": {"name": "Playwright", "version": "1.49"},
                               "pages": [{"id": "page@1", "title": "Tram"}],
                               "entries": [{"startedDateTime": HAR_STARTED,
                                            "request": {"method": "GET", "url": url, "headers": []},
                                            "response": {"status": status, "headers": [], "content": content(mime, body),
                                                         "redirectURL": "/img/tram.jpg" if status == 301 else ""}}
                                           for url, status, mime, body in entries]}}, indent=2).encode("utf-8")


def test_har_pages_pictures_and_redirects(tmp_path):
    page = PAGE.format(title="Tram", img="https://news.example/img/old.jpg").replace(
        "Workers repair the sea wall at dawn.", "Die erste Straßenbahn fährt über die Mühlenbrücke.")
    jpeg = jpeg_bytes()
    path = tmp_path / "crawl.har"
    path.write_bytes(har([("https://news.example/tram", 200, "text/html; charset=windows-1252", page),
                          ("https://news.example/site.css", 200, "text/css", "p { margin: 0 }"),
                          ("https://news.example/img/old.jpg", 301, "", ""),
                          ("https://news.example/img/tram.jpg", 200, "image/jpeg", jpeg),
                          ("data:image/png;base64,iVBORw0KGgo=", 200, "image/png", b"\x89PNG"),
                          ("https://news.example/img/lost.jpg", 200, "image/jpeg", None)]))
    assert detect_kind(str(path)) == "har"
    (doc, redirect, picture), ledger = read_all(path)
    assert doc.content.decode("utf-8") == page and doc.url == "https://news.example/tram"  # text kept as text
    assert (redirect.url, redirect.target) == ("https://news.example/img/old.jpg", "https://news.example/img/tram.jpg")
    assert (picture.url, picture.content, picture.ref.locator) == ("https://news.example/img/tram.jpg", jpeg, "entry=4")
    # the request's startedDateTime is the fetch date, in UTC (it was left empty)
    assert doc.ref.fetch_date == datetime(2025, 6, 6, 8, 15, 30, 125000, tzinfo=timezone.utc)
    rejected = {r["source"].split(":")[-1]: r["detail"] for r in ledger.rows}
    assert set(rejected) == {"entry=2", "entry=6"} and "saved without content" in rejected["entry=6"]
    counts = ledger.counts["ingest"]
    assert (counts.seen, counts.kept) == (1 + 5, 1 + 3)  # the data: request is no item


def test_har_json_replies_give_the_articles_they_list(tmp_path):
    # an app's page fetches its stories as JSON: each story is an item; a reply for the page's ads or related
    # stories is none, one that does not parse says so, and the counts add up per story
    story = {"id": 7, "title": "Tram", "url": "https://news.example/tram",
             "body": "The first tram crossed the mill bridge on Sunday. Crowds lined the river to watch it pass.",
             "photos": [{"url": "https://img.example/tram.jpg", "caption": "The tram on the bridge.",
                         "photographer": "Ann Lee"}]}
    listing = json.dumps({"ok": True, "data": {"items": [story, dict(story, id=8, url="https://news.example/b")]}})
    ads = json.dumps({"slots": [{"id": "top", "image": "https://ads.example/b.jpg",
                                 "caption": "Hotel rooms, 20% off"}]})
    path = tmp_path / "app.har"
    path.write_bytes(har([("https://api.news.example/v1/stories?section=local", 200, "application/json", listing),
                          ("https://api.news.example/v1/ads?slot=top", 200, "application/json; charset=utf-8", ads),
                          ("https://api.news.example/v1/weather", 200, "application/json", '{"t": 21,')]))
    docs, ledger = read_all(path)
    assert [(d.ref.locator, d.url) for d in docs] == [("entry=1;item=1", "https://news.example/tram"),
                                                       ("entry=1;item=2", "https://news.example/b")]
    assert docs[0].images[0]["caption"] == "The tram on the bridge."
    assert docs[0].ref.fetch_date == datetime(2025, 6, 6, 8, 15, 30, 125000, tzinfo=timezone.utc)
    rejected = {r["source"].split(":")[-1]: (r["reason"], r["detail"]) for r in ledger.rows}
    assert rejected["entry=2"][1] == "a JSON reply for 'ads', not the articles"
    assert rejected["entry=3"][0] == "ingest_bad_json_line" and "does not parse" in rejected["entry=3"][1]
    counts = ledger.counts["ingest"]
    assert (counts.seen, counts.kept) == (1 + 4, 1 + 2)


def test_har_body_whose_base64_does_not_decode_says_so(tmp_path):
    # the decode error was read as a missing body: "saved without content", an ingest_warc_not_article reject
    path = tmp_path / "crawl.har"
    data = json.loads(har([("https://news.example/img/a.jpg", 200, "image/jpeg", jpeg_bytes())]))
    data["log"]["entries"][0]["response"]["content"]["text"] = "!!!!notbase64@@@="
    path.write_text(json.dumps(data), encoding="utf-8")
    items, ledger = read_all(path)
    (row,) = ledger.rows
    assert items == [] and row["source"] == "crawl.har:entry=1"
    assert row["reason"] == Reason.INGEST_BAD_PAGE_ARCHIVE.value and "base64" in row["detail"]
    assert "without content" not in row["detail"]


def test_broken_har(tmp_path):
    path = tmp_path / "cut.har"
    path.write_bytes(har([("https://news.example/tram", 200, "text/html", "<html>")])[:-30])
    assert detect_kind(str(path)) == "har"
    items, ledger = read_all(path)
    assert items == [] and "not a readable HAR file" in ledger.rows[0]["detail"]


# --- directories, detection and sources ---------------------------------------------------------

def make_mixed_root(root: Path) -> None:
    root.mkdir()
    (root / "story.html").write_bytes(page_bytes("Sea wall", "https://news.example/one.jpg"))
    (root / "saved.htm").write_bytes(page_bytes("Saved", "saved_files/photo.jpg"))
    (root / "saved_files").mkdir()
    (root / "saved_files" / "photo.jpg").write_bytes(jpeg_bytes())
    (root / "saved_files" / "ad-frame.html").write_bytes(b"<html><body>ad</body></html>")
    (root / "sub").mkdir()
    write_news_warc(root / "sub" / "crawl.warc.gz")
    (root / "sub" / "export.jsonl").write_text("\n".join(jsonl_lines()) + "\n", encoding="utf-8")
    (root / "scrape.txt").write_text(SCRAPE, encoding="utf-8")
    (root / "misnamed.txt").write_bytes(page_bytes("Misnamed", "a.jpg"))  # HTML, whatever the name
    (root / "junk.bin").write_bytes(random.Random(7).randbytes(4000))
    (root / "empty.html").write_bytes(b"")
    (root / "report.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (root / "loose.jpg").write_bytes(jpeg_bytes())
    (root / "notes.txt").write_text("todo: fetch more pages\n", encoding="utf-8")
    (root / ".hidden.html").write_bytes(page_bytes("Hidden", "x.jpg"))


def run_build(sources, stdin=None):
    ledger = Ledger()
    files = list(expand_sources(sources, ledger, stdin=stdin))
    items = [item for f in files for item in read_input(f, CFG, ledger)]
    assert ledger.unbalanced() == []
    return files, items, ledger


def test_directory_of_mixed_inputs(tmp_path):
    root = tmp_path / "in"
    make_mixed_root(root)
    files, items, ledger = run_build([str(root)])
    rels = [f.rel for f in files]
    # sorted by name per folder; no saved_files/ (the page's images), no hidden file
    assert rels == ["empty.html", "junk.bin", "loose.jpg", "misnamed.txt", "notes.txt", "report.pdf",
                    "saved.htm", "scrape.txt", "story.html", "sub/crawl.warc.gz", "sub/export.jsonl"]

    docs = {d.ref.path: d for d in items if isinstance(d, RawDoc) and not d.ref.locator}
    assert {p: d.kind for p, d in docs.items()} == {
        "story.html": "html", "saved.htm": "html", "scrape.txt": "text", "misnamed.txt": "html"}
    saved = docs["saved.htm"]
    assert saved.base_dir == os.path.realpath(root) == saved.root
    assert saved.ref.sha256 == next(f.sha256 for f in files if f.rel == "saved.htm")
    assert resolve_inside(saved.root, saved.base_dir, "saved_files/photo.jpg") == \
        os.path.realpath(root / "saved_files" / "photo.jpg")

    by_source = {r["source"]: (r["reason"], r["detail"]) for r in ledger.rows}
    unknown = Reason.INGEST_UNKNOWN_KIND.value
    assert by_source["junk.bin"][0] == unknown and "binary" in by_source["junk.bin"][1]
    assert by_source["report.pdf"] == (unknown, "looks like a PDF document")
    assert by_source["loose.jpg"] == (unknown, "looks like a JPEG image")
    assert by_source["notes.txt"][0] == unknown
    assert by_source["empty.html"][0] == Reason.INGEST_EMPTY.value
    counts = ledger.counts["ingest"]
    assert counts.seen == 11 + 8 + 6  # files + WARC items + JSONL items
    assert counts.rejected_total == 5 + 1 + 3  # junk files + WARC javascript + bad JSON lines


def test_list_glob_and_stdin_sources(tmp_path):
    root = tmp_path / "in"
    make_mixed_root(root)
    (tmp_path / "outside.html").write_bytes(page_bytes("Outside", "x.jpg"))
    lst = root / "paths.txt"
    lst.write_text("# pages to read\nstory.html\n\nsub\n../outside.html\nmissing.html\n", encoding="utf-8")

    files, _, ledger = run_build(["@" + str(lst)])
    assert [f.rel for f in files] == ["story.html", "sub/crawl.warc.gz", "sub/export.jsonl"]
    assert {r["source"]: r["reason"] for r in ledger.rows if ":" not in r["source"]} == {
        "../outside.html": Reason.INGEST_OUTSIDE_ROOT.value, "missing.html": Reason.INGEST_UNREADABLE.value}

    files, _, _ = run_build([str(root / "**" / "*.htm*")])
    assert [f.rel for f in files] == ["empty.html", "saved.htm", "story.html"]  # not saved_files/ad-frame.html

    stdin = io.StringIO(f"{root / 'story.html'}\n{root / 'sub'}\n")
    files, _, _ = run_build(["-"], stdin=stdin)
    assert [(f.rel, f.root) for f in files] == [
        ("story.html", os.path.realpath(root)), ("crawl.warc.gz", os.path.realpath(root / "sub")),
        ("export.jsonl", os.path.realpath(root / "sub"))]


def test_escaping_paths_are_never_opened(tmp_path, monkeypatch):
    root = tmp_path / "in"
    root.mkdir()
    secret = tmp_path / "secret.html"
    secret.write_bytes(page_bytes("Secret", "x.jpg"))
    (root / "ok.html").write_bytes(page_bytes("Fine", "x.jpg"))
    (root / "link.html").symlink_to(secret)
    (root / "linkdir").symlink_to(tmp_path)
    (root / "list.txt").write_text("ok.html\n../secret.html\nlink.html\n", encoding="utf-8")

    opened = []
    real_open = builtins.open

    def spy(file, *a, **k):
        opened.append(os.path.realpath(file) if isinstance(file, (str, os.PathLike)) else file)
        return real_open(file, *a, **k)

    monkeypatch.setattr(builtins, "open", spy)
    files, items, ledger = run_build([str(root), "@" + str(root / "list.txt")])
    assert [f.rel for f in files] == ["list.txt", "ok.html"]  # ok.html listed again: read once
    outside = [r for r in ledger.rows if r["reason"] == Reason.INGEST_OUTSIDE_ROOT.value]
    assert sorted(r["source"] for r in outside) == ["../secret.html", "link.html", "link.html", "linkdir"]
    assert str(os.path.realpath(secret)) not in opened

    # an InputFile made by hand that points outside its root is refused by read_input too
    ledger = Ledger()
    bad = InputFile(path=str(root / "link.html"), root=os.path.realpath(root), rel="link.html")
    assert list(read_input(bad, CFG, ledger)) == []
    assert ledger.rows[0]["reason"] == Reason.INGEST_OUTSIDE_ROOT.value
    assert str(os.path.realpath(secret)) not in opened


def test_text_scrape_and_html_detection(tmp_path):
    scrape = tmp_path / "scrape.txt"
    scrape.write_text(SCRAPE, encoding="utf-8")
    assert detect_kind(str(scrape)) == "text"
    zipped = tmp_path / "page.html.gz"
    zipped.write_bytes(gzip.compress(page_bytes("Zipped", "a.jpg")))
    assert detect_kind(str(zipped)) == "html"
    docs, _ = read_all(zipped)
    assert docs[0].content.startswith(b"<!DOCTYPE html>")
    utf16 = tmp_path / "old.htm"
    utf16.write_bytes(page_bytes("Old", "a.jpg").decode().encode("utf-16"))
    assert detect_kind(str(utf16)) == "html"


@pytest.mark.parametrize("tag", ["[UPDATED]", "[Photos]", "{Live}", "[[ReadItLater]] [[Article]]\n\n",
                                 "[1]Skip to content\n\n"])
def test_text_scrape_opening_with_a_bracket_is_a_scrape_not_json(tmp_path, tag):
    """A scrape whose headline opens with a bracketed tag was taken for a JSON document and rejected whole as "not
    a JSON document"; JSON opens with a key or a value after its bracket, a tag does not."""
    path = tmp_path / "scrape.txt"
    path.write_text(f"{tag} {SCRAPE}", encoding="utf-8")
    assert detect_kind(str(path)) == "text"
    docs, ledger = read_all(path)
    assert [d.kind for d in docs] == ["text"] and ledger.rows == []
    for text in ('{"url": "https://news.example/a"}\n', '[{"url": "https://news.example/a"}]', "[\n  1, 2]", "{}",
                 "[[1, 2], [3]]", '[[{"url": "https://news.example/a"}]]', "[1]\n"):
        path.write_text(text, encoding="utf-8")
        assert detect_kind(str(path)) in ("json", "jsonl"), text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_text_scrape_reads_as_its_utf8_twin(tmp_path, encoding):
    # Windows tools write text as UTF-16 with a byte-order mark (Notepad's "Unicode", PowerShell's ">")
    from corpus.config import ExtractConfig
    from corpus.extract import extract_article

    utf8, utf16 = tmp_path / "utf8.txt", tmp_path / "utf16.txt"
    utf8.write_text(SCRAPE.replace("\n", "\r\n"), encoding="utf-8")
    bom = b"\xfe\xff" if encoding == "utf-16-be" else b""
    utf16.write_bytes(bom + SCRAPE.replace("\n", "\r\n").encode(encoding))
    assert detect_kind(str(utf16)) == "text"
    (a,), _ = read_all(utf8)
    (b,), _ = read_all(utf16)
    art_a, art_b = (extract_article(d, ExtractConfig(), Ledger()) for d in (a, b))
    assert art_b.paragraphs == art_a.paragraphs and len(art_b.paragraphs) >= 3
    assert [f.caption for f in art_b.figures] == [f.caption for f in art_a.figures] == [
        "Workers repair the damaged sea wall at dawn on Monday."]


def test_real_pages_detected_as_html():
    pages = TEST_DATA / "realworld" / "pages"  # 220 real pages, gzipped as their sources store them
    kinds = {p.name: detect_kind(str(p)) for p in sorted(pages.iterdir()) if p.is_file()}
    assert len(kinds) >= 220 and set(kinds.values()) == {"html"}, kinds
    assert detect_kind(str(TEST_DATA / "examples" / "textscrape-channel.txt")) == "text"


def test_html_file_above_cap(tmp_path):
    path = tmp_path / "big.html"
    path.write_bytes(page_bytes("Big", "x.jpg") + b" " * 500)
    items, ledger = read_all(path, cfg=IngestConfig(max_html_bytes=200))
    assert items == [] and reasons(ledger) == {Reason.INGEST_TOO_LARGE.value: 1}


def test_html_cap_is_exact_plain_and_gzipped(tmp_path):
    data = page_bytes("Cap", "x.jpg")
    (tmp_path / "p.html").write_bytes(data)
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(data))
    for name in ("p.html", "p.html.gz"):
        items, ledger = read_all(tmp_path / name, cfg=IngestConfig(max_html_bytes=len(data)))
        assert [i.content for i in items] == [data] and reasons(ledger) == {}, name
        items, ledger = read_all(tmp_path / name, cfg=IngestConfig(max_html_bytes=len(data) - 1))
        assert items == [] and reasons(ledger) == {Reason.INGEST_TOO_LARGE.value: 1}, name


# --- resolve_inside ------------------------------------------------------------------------------

def test_resolve_inside(tmp_path):
    root = tmp_path / "in"
    (root / "page_files").mkdir(parents=True)
    photo = root / "page_files" / "my photo.jpg"
    photo.write_bytes(jpeg_bytes())
    (tmp_path / "secret.jpg").write_bytes(b"x")
    (root / "page_files" / "out.jpg").symlink_to(tmp_path / "secret.jpg")
    r, base = str(root), str(root)
    real = os.path.realpath(photo)
    assert resolve_inside(r, base, "page_files/my%20photo.jpg") == real
    assert resolve_inside(r, base, "./page_files/my photo.jpg?v=3") == real
    assert resolve_inside(r, str(root / "page_files"), "../page_files/my%20photo.jpg") == real
    assert resolve_inside(r, base, f"file://{photo}") == real
    for bad in ["../secret.jpg", "page_files/../../secret.jpg", str(tmp_path / "secret.jpg"),
                f"file://{tmp_path / 'secret.jpg'}", "page_files/out.jpg", "page_files/x\x00.jpg",
                "page_files/x%00.jpg", "https://news.example/a.jpg", "data:image/png;base64,AAAA",
                "C:\\Users\\me\\a.jpg", "", "file://otherhost/in/page_files/my%20photo.jpg"]:
        assert resolve_inside(r, base, bad) is None, bad


def test_garbled_header_in_plain_warc_resyncs(tmp_path):
    path = tmp_path / "news.warc"
    write_news_warc(path, gz=False)
    bad_at, _ = record_offsets(path)["https://news.example/a2"]
    data = bytearray(path.read_bytes())
    data[bad_at: bad_at + 8] = b"GARBAGE!"
    path.write_bytes(bytes(data))
    items, ledger = read_all(path)
    assert [i.url.rsplit("/", 1)[1] for i in items] == ["one.jpg", "a1", "two.jpg", "old.jpg", "three.jpg",
                                                        "one.jpg"]
    first = ledger.rows[0]
    assert first["reason"] == Reason.INGEST_BAD_WARC_RECORD.value and first["source"] == f"news.warc:offset={bad_at}"
    assert "skipped to the next record" in first["detail"]


@pytest.mark.parametrize("damage", ["bytes cut out", "length too short"])
@pytest.mark.parametrize("stream", [False, True])
def test_record_whose_content_length_is_wrong_is_one_reject(tmp_path, capsys, damage, stream):
    """A plain WARC (or one gzipped as one stream) with bytes cut out of a page's body, or a Content-Length too
    short: the page's record does not end where it says. It is one reject naming its offset, the records after
    it are read, and nothing is printed (warcio wrote the rest of the line, picture bytes, on stderr, kept the
    page with another record's bytes in it and dropped that record without a reject)."""
    path = tmp_path / "news.warc"
    write_news_warc(path, gz=False)
    at, _ = record_offsets(path)["https://news.example/a2"]
    data = path.read_bytes()
    if damage == "bytes cut out":
        body = data.index(b"\r\n\r\n", at) + 4
        data = data[:body + 300] + data[body + 320:]  # the record now runs 20 bytes into the next one
    else:
        start = data.index(b"Content-Length: ", at) + len(b"Content-Length: ")
        end = data.index(b"\r\n", start)
        data = data[:start] + str(int(data[start:end]) - 10).encode() + data[end:]
    if stream:
        path = tmp_path / "news.warc.gz"
        data = gzip.compress(data)
    path.write_bytes(data)
    items, ledger = read_all(path)
    assert [i.url.rsplit("/", 1)[1] for i in items] == ["one.jpg", "a1", "two.jpg", "old.jpg", "three.jpg",
                                                        "one.jpg"]
    (bad,) = [r for r in ledger.rows if r["reason"] == Reason.INGEST_BAD_WARC_RECORD.value]
    where = "decompressed-offset" if stream else "offset"
    assert bad["source"] == f"{path.name}:{where}={at}"
    assert "Content-Length" in bad["detail"]
    assert reasons(ledger) == {"ingest_bad_warc_record": 1, "ingest_warc_not_article": 1}  # and the javascript
    assert capsys.readouterr().err == ""


def test_record_cut_inside_its_headers_is_a_plain_reject(tmp_path):
    """A crawler killed while writing: the last gzip member stops inside the record's WARC headers, before
    WARC-Target-URI. warcio fails there with its own AttributeError; the reject says what happened instead."""
    path = tmp_path / "news.warc.gz"
    write_news_warc(path)
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=False)
    w.write_record(_response(w, "https://news.example/a3", page_bytes("Ferry", "/img/four.jpg"), "text/html"))
    record = buf.getvalue()
    member = zlib.compressobj(wbits=31)  # gzip, flushed as a writer does, never finished
    cut_at = path.stat().st_size
    with open(path, "ab") as fh:
        fh.write(member.compress(record[:record.index(b"WARC-Target-URI")]) + member.flush(zlib.Z_SYNC_FLUSH))
    items, ledger = read_all(path)
    assert [i.url.rsplit("/", 1)[1] for i in items] == ["one.jpg", "a1", "a2", "two.jpg", "old.jpg", "three.jpg",
                                                        "one.jpg"]
    (cut,) = [r for r in ledger.rows if r["reason"] == Reason.INGEST_BAD_GZIP.value]
    assert cut["source"] == f"news.warc.gz:offset={cut_at}"
    assert cut["detail"] == f"WARC record truncated or damaged at offset {cut_at}; the rest of the file is unreadable"
    assert ledger.counts["ingest"].balanced()


def test_damaged_member_that_inflates_into_the_next_one(tmp_path):
    """A fixture kept from a flaky run of the test above: the damaged bytes of a2's gzip member happened to
    inflate without error and ran 52 bytes into the next member (two.jpg), so the reader failed only there.
    The member it swallowed is found again (two.jpg is read) and the damage is recorded at a2's offset, where
    a2's record does not end as its Content-Length says."""
    path = tmp_path / "news.warc.gz"
    shutil.copy(Path(__file__).parent / "fixtures" / "warc" / "overrun-member.warc.gz", path)
    items, ledger = read_all(path)
    urls = [i.url.rsplit("/", 1)[1] for i in items]
    assert urls == ["one.jpg", "a1", "two.jpg", "old.jpg", "three.jpg", "one.jpg"]
    assert any(r["source"] == "news.warc.gz:offset=1919" and r["reason"] == Reason.INGEST_BAD_GZIP.value and
               "does not end where its Content-Length says" in r["detail"] for r in ledger.rows)
    assert ledger.counts["ingest"].balanced()


def test_the_same_relative_path_under_two_roots_gets_two_provenance_paths(tmp_path):
    """`corpus build a/ b/` with an index.html in each: both were "index.html", so a reject or a row pointed
    at two files. The second is named under its root's folder; one root alone keeps plain relative paths."""
    for root, text in (("a", "first"), ("b", "second"), ("c/b", "third")):
        (tmp_path / root).mkdir(parents=True)
        (tmp_path / root / "index.html").write_text(f"<html><body><p>{text}</p></body></html>")
    (tmp_path / "a" / "other.html").write_text("<html></html>")
    ledger = Ledger()
    files = list(expand_sources([str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "c" / "b")], ledger))
    assert [f.rel for f in files] == ["index.html", "other.html", "b/index.html", "b~2/index.html"]
    assert [Path(f.path).read_text()[15:-18] for f in files if f.rel.endswith("index.html")] == \
        ["first", "second", "third"]
    table = InputTable(files)
    assert [table[i].path for i in range(len(table))] == [f.path for f in files]
    assert [f.rel for f in expand_sources([str(tmp_path / "b")], Ledger())] == ["index.html"]


def test_a_source_gone_before_it_is_read_is_a_reject_named_without_its_absolute_path(tmp_path):
    # the CLI refuses a missing path up front; one deleted between that check and the walk is a reject
    ledger = Ledger()
    assert list(expand_sources([str(tmp_path / "gone" / "story.html")], ledger)) == []
    assert [(r["reason"], r["source"]) for r in ledger.rows] == [(Reason.INGEST_UNREADABLE.value, "story.html")]
    assert ledger.unbalanced() == []


def test_a_gzip_file_cut_before_its_first_byte_of_data_is_bad_gzip_not_an_empty_stream(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    page = gzip.compress(page_bytes("Sea wall", "https://news.example/one.jpg"))
    (root / "cut.html.gz").write_bytes(page[:40])  # a download stopped after the gzip header
    (root / "empty.html.gz").write_bytes(gzip.compress(b""))  # a whole gzip stream of nothing
    (root / "story.html.gz").write_bytes(page)
    files, items, ledger = run_build([str(root)])
    assert [d.ref.path for d in items] == ["story.html.gz"]
    assert [(r["source"], r["reason"]) for r in ledger.rows] == [
        ("cut.html.gz", Reason.INGEST_BAD_GZIP.value), ("empty.html.gz", Reason.INGEST_UNKNOWN_KIND.value)]
    assert ledger.rows[1]["detail"] == "looks like gzip of an empty gzip stream"


def test_warcio_warning_on_each_space_in_a_target_uri_is_not_printed(tmp_path, caplog):
    """Was: one warcio warning a record ("Replacing spaces in invalid WARC-Target-URI"), thousands of lines for a
    crawl of such addresses; the build reads those records (percent-encoded) as any other."""
    path = tmp_path / "spaces.warc.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for n in range(3):
            w.write_record(_response(w, f"https://news.example/img/photo {n}.jpg", jpeg_bytes((n, 0, 0)),
                                     "image/jpeg"))
    with caplog.at_level(logging.WARNING):
        items, _ = read_all(path)
    assert [i.url for i in items] == [f"https://news.example/img/photo%20{n}.jpg" for n in range(3)]
    assert not [r for r in caplog.records if "Replacing spaces" in r.getMessage()]


def test_json_records_of_other_crawlers_name_their_fields_otherwise(tmp_path):
    """Crawlers and scrapers name an article's fields freely: "content", "body" or "article" for its body (HTML or
    text, told by its markup), "headline", "link", "datePublished"."""
    lines = [json.dumps({"link": "https://news.example/b1", "headline": "Sea wall", "datePublished": "2024-03-04",
                         "content": PAGE.format(title="Sea wall", img="x.jpg")}),
             json.dumps({"canonical_url": "https://news.example/b2", "body": SCRAPE, "publish_date": "2024-03-05"}),
             json.dumps({"url": "https://news.example/b3", "article": "Prices rose 3% when x < y held.\n\nMore."}),
             json.dumps({"url": "https://news.example/b4", "summary": "Only a summary."})]
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(lines) + "\n")
    docs, ledger = read_all(path)
    assert [(d.kind, d.url, d.title, d.published) for d in docs] == [
        ("html", "https://news.example/b1", "Sea wall", "2024-03-04"),
        ("text", "https://news.example/b2", None, "2024-03-05"),
        ("text", "https://news.example/b3", None, None)]
    assert [r["source"] for r in ledger.rows] == ["crawl.jsonl:line=4"]


def test_a_document_whose_first_line_ends_in_a_key_is_one_json_document(tmp_path):
    # Set 72: SQLcl's JSON spool opens '{"results":[{"columns":[...],"items":' on its first line and writes each row
    # on a line of its own below, ",{...}": one document, not JSON lines with a bad line each
    rows = [{"url": f"https://news.example/{k}", "maintext": SCRAPE} for k in "ab"]
    spool = tmp_path / "spool.json"
    spool.write_text('{"results":[{"columns":[{"name":"URL"},{"name":"MAINTEXT"}],"items":\n[\n'
                     + "\n,".join(json.dumps(r) for r in rows) + "\n]}]}\n", encoding="utf-8")
    assert detect_kind(str(spool)) == "json"
    docs, ledger = read_all(spool)
    assert [d.url for d in docs] == ["https://news.example/a", "https://news.example/b"] and ledger.rows == []


def test_a_wet_files_conversion_records_are_text_scrapes_of_their_pages(tmp_path):
    """Common Crawl's WET files hold the text extracted from each page as `conversion` records of text/plain: they
    were read past as holding no article, and a WET file gave nothing, silently. Each is now a text scrape of its
    page, its captions read as any scrape's; a conversion to another type is one counted reject."""
    from corpus.config import ExtractConfig
    from corpus.extract import extract_article

    text = ("Harbour wall repairs begin\n\nBy Jane Roe\n\n"
            "The council began repairs to the harbour wall on Monday after the winter storms breached it twice.\n\n"
            "Workers lift a new block into place on the harbour wall on Monday. - Contributed\n\n"
            "The work is expected to take six weeks, the harbour master said, and the port will stay open.\n")
    path = tmp_path / "crawl.warc.wet.gz"
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        for url, body, ctype in (("https://news.example/wall", text.encode(), "text/plain"),
                                 ("https://news.example/data", b"{}", "application/json")):
            w.write_record(w.create_warc_record(url, "conversion", payload=io.BytesIO(body),
                                                warc_headers_dict={"WARC-Date": DATE, "Content-Type": ctype}))
    items, ledger = read_all(path)
    assert [(i.kind, i.url) for i in items] == [("text", "https://news.example/wall")]
    assert ledger.counts["ingest"].seen == 3 and ledger.counts["ingest"].rejected_total == 1  # the file and 2 items
    article = extract_article(items[0], ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Workers lift a new block into place on the harbour wall on Monday.", "Contributed")]


def test_a_crawlers_log_that_prints_its_one_item_as_a_python_dict_is_read_as_json_lines(tmp_path):
    """Set 91: Scrapy's log prints each item under "Scraped from <200 URL>" as Python prints a dict: with one item
    the file was plain text without paragraphs, refused. The item is read; each log line is one counted reject."""
    item = {"url": "https://news.example/border", "title": "Queues at the border",
            "text": "Trucks waited up to 30 hours at the border crossing on Monday, the border committee said.\n\n"
                    "The queue should clear within two days, the shift chief told reporters at the crossing.",
            "images": [{"src": "https://news.example/queue.jpg", "caption": "Trucks queue at the crossing on Monday",
                        "credit": "Фото: Андрей Роев"}]}
    path = tmp_path / "crawl.log"
    path.write_text("2026-09-08 10:14:01 [scrapy.utils.log] INFO: Scrapy 2.11.2 started (bot: news)\n"
                    "2026-09-08 10:14:03 [scrapy.core.scraper] DEBUG: Scraped from <200 https://news.example/border>\n"
                    f"{item!r}\n2026-09-08 10:14:03 [scrapy.core.engine] INFO: Spider closed (finished)\n",
                    encoding="utf-8")
    assert detect_kind(str(path)) == "jsonl"
    items, ledger = read_all(path)
    assert [d.url for d in items] == ["https://news.example/border"]
    assert ledger.counts["ingest"].rejected_total == 3  # the three log lines
