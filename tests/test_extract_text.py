"""extract.text: plain-text scrapes -> Article (captions printed twice, headline, boilerplate, inserted story)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from corpus.config import ExtractConfig
from corpus.extract import NotArticle, extract_article
from corpus.extract.text import boilerplate_kind, extract_text, looks_like_text_scrape, same_text, scan, split_units
from corpus.records import RawDoc, SourceRef, article_id_for
from corpus.rejects import Ledger, Reason

FIXTURES = Path(__file__).parent / "fixtures" / "textscrape"
LABELS = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))
EXAMPLE = Path(__file__).parent / "data" / "examples" / "textscrape-channel.txt"  # a copy of ../shared's


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def captions(name: str) -> list[str]:
    return [c for c, _ in scan(fixture(name)).captions]


def doc_for(content: bytes, path: str = "scrape.txt", sha: str = "") -> RawDoc:
    return RawDoc(ref=SourceRef(path, sha256=sha), kind="text", content=content)


# ---------------------------------------------------------------- every fixture against its labels

@pytest.mark.parametrize("name", sorted(LABELS))
def test_fixture_captions_match_labels_exactly_in_order(name):
    art = extract_text(doc_for(fixture(name).encode("utf-8")), ExtractConfig(), Ledger())
    assert [f.caption for f in art.figures] == LABELS[name]


def test_inline_credit_is_split_off_the_caption():
    art = extract_text(doc_for(fixture("heatwave_mixed.txt").encode("utf-8")), ExtractConfig(), Ledger())
    assert art.figures[1].credit == "Image: Getty" and art.figures[0].credit is None


def test_site_name_above_headline_and_caption_next_to_its_body_copy():
    s = scan(fixture("chrome_header.txt"))
    assert s.title.startswith("Tourist rescued") and "World News" not in s.paragraphs
    cap, pos = s.captions[0]
    assert not cap.endswith(".") and s.paragraphs[pos].endswith("raised the alarm with the coastguard.")
    assert "Scroll down for video" not in s.paragraphs and "Gallery" not in s.paragraphs


@pytest.mark.parametrize("name", sorted(LABELS))
def test_headline_and_boilerplate_never_become_paragraphs_or_captions(name):
    s = scan(fixture(name))
    assert s.title and "..." not in s.title
    for text in s.paragraphs + [c for c, _ in s.captions]:
        assert not boilerplate_kind(text), text
        assert text != s.title and not text.endswith("trends now")


# ---------------------------------------------------------------- the real example (tests/data/examples)

EXAMPLE_CAPTION_STARTS = [
    "Video footage taken this Tuesday", "One video showed dozens", "In one clip, taken by local jogger",
    "Migrants launch their boats", "Gendarmerie officers were seen", "Small boat debris",
    "A RNLI Dover lifeboat was launched", "Lifeboat crew reported there were 23", "Migrants are escorted by Border Force",
    "The number of migrants who made the crossing today", "A newly arrived migrant", "Today's arrivals come as ministers",
]


@pytest.fixture(scope="module")
def example():
    return scan(EXAMPLE.read_text(encoding="utf-8"))


def test_example_gives_exactly_its_12_captions_in_order(example):
    caps = [c for c, _ in example.captions]
    assert len(caps) == 12
    for cap, start in zip(caps, EXAMPLE_CAPTION_STARTS):
        assert cap.startswith(start)
    assert "Pictured: Dozens of migrants" in caps[3]  # an inline marker stays caption text
    assert "clapped in celebration" in caps[0]


def test_example_body_keeps_restated_paragraphs_and_drops_inserted_story(example):
    body = example.paragraphs
    assert sum("clapping in celebration" in p for p in body) == 1  # the body version of caption 1
    assert sum(p.startswith("Migrants launch their boats") for p in body) == 1  # reappears later as caption 4
    assert not any("Mediterranean" in p for p in body)  # the inserted story
    assert body[-1] == "Pressed if the plan will cost"  # cut mid-sentence, still body
    assert example.title.startswith("Migrants cheer and clap") and "..." not in example.title
    assert example.site == "dailymail"


def test_example_positions_point_after_the_caption(example):
    body = example.paragraphs
    first, fourth = example.captions[0][1], example.captions[3][1]
    assert body[first - 1].startswith("Some officers appeared")
    assert body[first].startswith("Mr Viandier")
    assert body[fourth].startswith("Official figures are yet")


# ---------------------------------------------------------------- the hard cases, one fixture each

def test_caption_restating_body_paragraph_with_small_edits():
    s = scan(fixture("restated_caption.txt"))
    assert sum("were seen clapping" in p for p in s.paragraphs) == 1  # body next to its caption pair
    assert not any("were seen clapped" in p for p in s.paragraphs)
    assert sum(p.startswith("Margaret Holloway, 58, was woken") for p in s.paragraphs) == 1
    cap, pos = s.captions[0]
    assert "seen clapped" in cap and s.paragraphs[pos - 1].startswith("Firefighters were seen clapping")


def test_body_paragraph_reappearing_later_as_caption_pair():
    s = scan(fixture("body_reappears.txt"))
    assert sum(p.startswith("The kestrel has been seen hunting") for p in s.paragraphs) == 1
    cap, pos = s.captions[0]
    assert cap.startswith("The kestrel has been seen hunting") and not cap.endswith(".")
    assert s.paragraphs[pos].startswith("The parish council")
    assert not any(p.startswith(("By TOM", "Published:")) for p in s.paragraphs)  # byline, date


def test_caption_copies_split_by_advertisement_or_sponsored():
    s = scan(fixture("ad_split.txt"))
    assert len(s.captions) == 3
    assert not any(p.startswith(("Passengers crowded", "Engineers in high")) for p in s.paragraphs)
    assert s.site == "telegraph"


def test_caption_printed_once_after_pictured_marker():
    caps = captions("pictured_once.txt")
    assert caps[0].startswith("Visitors walk along")  # "Pictured:" removed
    assert caps[2].startswith("Edna Fairley, 92")  # "Pictured left:" removed
    assert "Pictured: Mayor Linda Crowther" in caps[1]  # inline marker kept
    body = scan(fixture("pictured_once.txt")).paragraphs
    assert "Photo: Saltwick Gazette" not in body  # a credit line


def test_inserted_story_captions_kept_paragraphs_left_out():
    s = scan(fixture("inserted_story.txt"))
    assert len(s.captions) == 4
    assert not any("car park" in p or "hospital" in p.lower() for p in s.paragraphs)
    assert s.paragraphs[4].startswith("Headteacher Sarah Quinn")
    assert s.paragraphs[5].startswith("Mrs Quinn said")  # the main story resumes after the ad
    hospital_pos = s.captions[1][1]
    assert hospital_pos == 5  # positions index main-story paragraphs only


def test_headline_cut_three_times_and_inserted_headline_on_top():
    s = scan(fixture("cut_headline.txt"))
    assert s.title == "Drivers face months of delays as major motorway bridge closes for emergency repairs"
    assert not any("medals" in p or "Pensioner" in p for p in s.paragraphs)
    assert [c.split(",")[0] for c, _ in s.captions][1] == "Arthur Bell"
    assert len(s.paragraphs) == 7


@pytest.mark.parametrize("name", ["german_werbung.txt", "french_publicite.txt", "spanish_anuncio.txt"])
def test_other_languages_boilerplate_and_markers(name):
    s = scan(fixture(name))
    assert [c for c, _ in s.captions] == LABELS[name]
    assert s.site and s.site[0].isalpha()
    assert not any(p in ("Werbung", "Anzeige", "Publicité", "Anuncio", "Publicidad", "Compartir") for p in s.paragraphs)


@pytest.mark.parametrize("line,kind", [
    ("Advertisement", "ad"), ("ADVERTISEMENT - SCROLL TO CONTINUE READING", "ad"), ("Werbung", "ad"),
    ("— Publicité —", "ad"), ("Anuncio", "ad"), ("Sponsored", "ad"), ("Story continues below advertisement", "ad"),
    ("read more from mirror.....", "more"), ("Lesen Sie mehr auf spiegel.....", "more"), ("Continue reading", "more"),
    ("Lire la suite sur lemonde.....", "more"), ("Leer más en elpais.....", "more"), ("RELATED: Man fined", "more"),
    ("PREV Trump's cases on the line as court prepares to argue ... trends now", "nav"),
    ("Share this article", "share"), ("Share or comment on this article:", "share"), ("Partager cet article", "share"),
    ("Photo: Getty Images", "credit"), ("(Reuters)", "credit"),
    ("@ellie_drummond", "share"), ("3 min read", "share"), ("Advertise with NZME.", "ad"),
    ("@ the market, prices rose again this week.", ""),
    ("The Prime Minister said he would not resign.", ""), ("By the end of the day he had gone.", ""),
    ("Image: The mayor opens the restored pier on Saturday morning", ""),
    # the ad label in Chinese (simplified, traditional) and Arabic, alone on its line; a sentence with the word is body
    ("广告", "ad"), ("— 廣告 —", "ad"), ("إعلان", "ad"), ("إعلانات", "ad"),
    ("市政府周二宣布，将禁止在公交车站张贴广告。", ""), ("أعلنت البلدية يوم الثلاثاء عن حظر إعلان التبغ في الحافلات.", ""),
    ("ཁྱབ་བསྒྲགས།", "ad"),  # Tibetan, closed by its shad (set13)
    ("Читайте також", "more"), ("Дивіться також: Новий міст через Буг", "more"),  # Ukrainian (set 73)
    ("Bildergalerie: Die Frühjahrsdult in Bildern (7 Bilder)", "share"),  # a gallery's heading (set 70)
])
def test_boilerplate_table(line, kind):
    assert boilerplate_kind(line) == kind


def test_last_paragraph_cut_mid_sentence_is_body():
    s = scan(fixture("cut_last_paragraph.txt"))
    assert s.paragraphs[-1].endswith("the developer had agreed to fund")
    assert s.captions[-1][1] == len(s.paragraphs) - 1


def test_paragraphs_on_single_lines_and_article_without_images():
    assert len(scan(fixture("single_newlines.txt")).captions) == 2
    s = scan(fixture("no_captions.txt"))
    assert s.captions == [] and len(s.paragraphs) == 5 and s.site == "bbc"


def test_near_identical_copies_with_credit_appended_are_one_caption():
    body = "The council leader said the plan would be reviewed next year after complaints from residents."
    cap = "Crowds gather on the seafront at Brighton as temperatures reach 30C on Tuesday afternoon"
    text = f"Headline about the heat ...\n\n{body}\n\n{cap}\n\n{cap} (Image: Getty)\n\n{body.replace('next', 'this')}"
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(cap, "Image: Getty")]  # the credit from the copy


def test_four_copies_of_two_similar_gallery_captions_are_two_captions():
    a = "Police officers search the woodland near the village of Upper Marston on Tuesday morning after the alarm"
    b = a.replace("Tuesday", "Wednesday")
    body = "Officers said the search would continue for several more days while they spoke to witnesses."
    s = scan("\n\n".join(["Search goes on for missing walker ...", body, a, a, b, b, body + " More."]))
    assert [c for c, _ in s.captions] == [a, b]


# ---------------------------------------------------------------- adversarial scrapes (invented text)

RESTATED = {"body_reappears.txt", "chrome_header.txt", "restated_caption.txt"}  # body paragraphs a caption restates


@pytest.mark.parametrize("name", sorted(LABELS))
def test_context_holds_no_caption_headline_or_link_list(name):
    s = scan(fixture(name))
    for cap, pos in s.captions:
        assert 0 <= pos <= len(s.paragraphs)
        for p in s.paragraphs[max(0, pos - 3):pos + 3]:
            assert not same_text(p, s.title)
            assert name in RESTATED or not any(same_text(p, c) for c in LABELS[name]), p


def test_long_article_keeps_every_caption_and_drops_related_list():
    s = scan(fixture("long_marathon.txt"))
    assert len(s.captions) >= 20 and len(s.paragraphs) >= 60
    assert not any(p.startswith(("Runner who collapsed", "Why you should never", "By DANIEL")) for p in s.paragraphs)
    assert not any(p in ("Previous", "Next", "1", "Comments 214") for p in s.paragraphs)
    assert {"He said:", "She said:", "He added:"} <= set(s.paragraphs)  # short lead-ins are body
    cap, pos = next((c, p) for c, p in s.captions if c.startswith("The finishing area"))
    assert s.paragraphs[pos - 1] == "'We will learn from today.'"  # positions stay right after 60+ paragraphs


def test_bullets_byline_and_sponsored_links():
    s = scan(fixture("bullets_summary.txt"))
    assert s.paragraphs[0].startswith("• Ivy Fenwick")  # the summary stays
    assert not any(p.startswith(("By RACHEL", "Published:", "Doctors amazed", "Seniors born")) for p in s.paragraphs)


def test_pull_quotes_dropped_short_lead_ins_kept():
    s = scan(fixture("pull_quote.txt"))
    assert "'He is a legend here'" not in s.paragraphs
    assert not any(p.endswith("bring those children to school'") for p in s.paragraphs)
    assert "He said:" in s.paragraphs and "He added:" in s.paragraphs
    assert s.title.startswith("Lollipop man, 88") and "..." not in s.title


def test_short_captions_and_credits_on_one_copy():
    art = extract_text(doc_for(fixture("wire_credits.txt").encode("utf-8")), ExtractConfig(), Ledger())
    got = {f.caption: f.credit for f in art.figures}
    assert got["Rescuers at the scene."] == "Photo: AP"  # the credit only the second copy carries
    assert got["A railway line hangs in mid-air after the embankment beneath it was washed away"] == "Image: Getty"
    assert any(c.endswith("on Thursday morning") for c in got)  # the complete copy, not the cut one
    body = scan(fixture("wire_credits.txt")).paragraphs
    assert not any(p.startswith(("Rescuers at the scene", "(Reporting by")) for p in body)


def test_windows_line_endings_and_odd_spaces():
    raw = (FIXTURES / "crlf_lastcap.txt").read_bytes()
    for text in (raw.decode("utf-8"), raw.decode("utf-8").replace("\r\n", "\n").replace("\n", "\r\n")):
        s = scan(text)
        assert [c for c, _ in s.captions] == LABELS["crlf_lastcap.txt"] and s.site == "mirror"
        assert s.captions[-1][1] == len(s.paragraphs)  # the last caption stands after the last paragraph


@pytest.mark.parametrize("line,kind", [
    ("Comments 214", "share"), ("12 shares", "share"), ("Kommentare", "share"), ("Compartir en Facebook", "share"),
    ("Previous", "nav"), ("1", "nav"), ("+7", "nav"), ("PREV: Man fined for feeding pigeons", "nav"),
    ("Foto Ansa", "credit"), ("EFE", "credit"), ("(Reporting by Jane Doe; Editing by John Roe)", "credit"),
    ("RELATED ARTICLES", "share"), ("Sponsored Links", "ad"), ("Next year the council will decide.", ""),
    ("Czytaj także: Remont Tumskiej potrwa do jesieni", "more"),  # (set 146: Polish "read also")
    ("Share this:", "share"), ("Like this:", "share"),  # (set 157: a blog's sharing widget's heading)
])
def test_boilerplate_counters_nav_and_credit_lines(line, kind):
    assert boilerplate_kind(line) == kind


# ---------------------------------------------------------------- entry point, ledger, errors

def test_extract_text_builds_article_and_counts_figures():
    content = fixture("inserted_story.txt").encode("utf-8")
    ledger = Ledger()
    art = extract_article(doc_for(content, sha="ab" * 32), ExtractConfig(), ledger, strict=True)
    assert art.kind == "text" and art.article_id == article_id_for(None, "ab" * 32)
    assert [f.caption for f in art.figures] == LABELS["inserted_story.txt"]
    assert [f.index for f in art.figures] == [0, 1, 2, 3]
    assert all(f.src is None and f.url is None and f.caption_source == "text_scrape" for f in art.figures)
    assert ledger.counts["figures"].seen == ledger.counts["figures"].kept == 4
    assert ledger.counts["extract"].kept == 1 and not ledger.unbalanced()


def test_article_id_falls_back_to_content_hash():
    content = fixture("no_captions.txt").encode("utf-8")
    art = extract_text(doc_for(content), ExtractConfig(), Ledger())
    assert art.article_id == article_id_for(None, hashlib.sha256(content).hexdigest())


def test_cp1252_bytes_are_decoded():
    text = fixture("french_publicite.txt")
    art = extract_text(doc_for(text.encode("cp1252", errors="replace")), ExtractConfig(), Ledger())
    assert art.figures[0].caption.startswith("Une bénévole")


def test_boilerplate_only_scrape_is_not_an_article():
    ledger = Ledger()
    doc = doc_for(b"Advertisement\n\nShare this article\n\nread more from mirror.....\n")
    assert extract_article(doc, ExtractConfig(), ledger) is None
    assert ledger.rows[0]["reason"] == Reason.EXTRACT_NOT_ARTICLE.value
    with pytest.raises(NotArticle):
        extract_text(doc, ExtractConfig(), Ledger())


def test_binary_bytes_are_an_encoding_reject():
    ledger = Ledger()
    assert extract_article(doc_for(b"\x00\x01binary\x00" * 50), ExtractConfig(), ledger) is None
    assert ledger.rows[0]["reason"] == Reason.EXTRACT_ENCODING.value


# ---------------------------------------------------------------- telling a scrape from other plain text

@pytest.mark.parametrize("name", sorted(LABELS))
def test_fixtures_look_like_scrapes(name):
    assert looks_like_text_scrape(fixture(name))


@pytest.mark.parametrize("text", [
    "id,name,price\n1,apple,0.5\n2,pear,0.7\n3,plum,0.9\n",
    "import os\n\ndef main():\n    return os.getcwd()\n\nif __name__ == '__main__':\n    main()\n",
    "2024-01-01 12:00:01 INFO start\n2024-01-01 12:00:02 WARN disk 91%\n2024-01-01 12:00:03 INFO done\n",
    '{"a": 1}\n{"a": 2}\n',
    "<html><body><p>Hello</p></body></html>",
    "TODO\n\nbuy milk\n\ncall bob\n",
    "# Notes\n\n- first we ingest the files and read them\n- then we extract the articles from them\n\n"
    "## Usage\n\nRun the build with the config file and wait for the shards.\n",
    "",
])
def test_other_plain_text_is_not_a_scrape(text):
    assert not looks_like_text_scrape(text)


def test_cli_extract_piped_into_a_reader_that_leaves_early():
    """`corpus extract *.txt | head -1`: the reader closing the pipe is a clean exit, not a traceback."""
    import subprocess
    import sys

    names = [str(FIXTURES / n) for n in sorted(LABELS)] * 20  # more rows than one pipe buffer
    proc = subprocess.Popen([sys.executable, "-m", "corpus.cli", "extract", *names],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader leaves
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert json.loads(first)["caption"] and "Traceback" not in err


# ---------------------------------------------------------------- scripts without spaces, titles, sites, stray bytes

ZH = ["市议会批准图书馆预算经过数月激烈辩论", "市议会批准图书馆预算经过数月激烈辩论",
      "市议会周二投票批准了公共图书馆系统的新预算，此前经过了数月的辩论。",
      "官员表示，该计划将在长期缺乏图书资源的社区增加三个新分馆。",
      "居民们在周二晚上投票前在议会大厅外排队等候", "居民们在周二晚上投票前在议会大厅外排队等候",
      "居民们挤满了大厅发言，许多人说图书馆是孩子们唯一能安静学习的地方。",
      "市长表示，她预计明年春天开始施工，等待州政府的最终审查。",
      "批评者认为这笔钱应该用于修路，他们说道路已经被忽视了十年。"]
JA = ["市議会、数カ月の議論の末に図書館予算を承認", "市議会、数カ月の議論の末に図書館予算を承認",
      "市議会は火曜日、数カ月にわたる議論の末、公立図書館システムの新しい予算を承認した。",
      "当局者によると、計画では本へのアクセスが長く不足していた地域に三つの新しい分館を設ける。",
      "火曜日の夜、採決を前に議会の外に並ぶ住民たち（共同）", "火曜日の夜、採決を前に議会の外に並ぶ住民たち（共同）",
      "住民たちは会場を埋め尽くし、多くの人が図書館は子どもたちが静かに勉強できる唯一の場所だと語った。",
      "市長は、州の最終審査を経て来春に着工する見通しだと述べた。"]


@pytest.mark.parametrize("units", [ZH, JA], ids=["zh", "ja"])
def test_scrapes_in_scripts_written_without_spaces_are_read(units):
    """Chinese and Japanese scrapes were refused as "plain text without article paragraphs": words were
    counted by spaces, so no line was prose and no headline was headline-like."""
    text = "\n\n".join(units) + "\n"
    assert looks_like_text_scrape(text)
    scrape = scan(text)
    assert scrape.title == units[0]
    assert [c for c, _ in scrape.captions] == [units[4]]
    assert units[0] not in scrape.paragraphs and units[2] in scrape.paragraphs
    ledger = Ledger()
    article = extract_text(doc_for(text.encode()), ExtractConfig(), ledger)
    assert [f.caption for f in article.figures] == [units[4].replace("（共同）", "").strip()] if units is JA else \
        [f.caption for f in article.figures] == [units[4]]


def test_a_text_article_s_site_falls_back_on_its_url():
    """Text articles from JSON lines had no site (only a "read more from X" line named one), so held-out
    sites never matched them and the datasheet's site table showed one "unknown"."""
    text = "\n\n".join(["The council met on Tuesday evening and voted on the new library budget for the city.",
                        "Residents queue outside the council chamber before the vote",
                        "Residents queue outside the council chamber before the vote",
                        "The mayor said building would start next spring after a final review by the state."])
    doc = RawDoc(ref=SourceRef("export.jsonl", "line=3"), kind="text", content=text.encode(),
                 url="https://news.example.com/2024/library")
    assert extract_text(doc, ExtractConfig(), Ledger()).site == "news.example.com"


def test_a_body_opening_with_the_lead_caption_keeps_the_given_title_and_the_caption():
    """news-please's maintext holds no headline: a lead caption pair at its top was taken for the headline,
    the record's own title ignored and the caption lost without a reject."""
    lead = "Residents line up outside the council chamber before the vote on Tuesday evening"
    text = "\n\n".join([lead, lead, "The city council voted on Tuesday to approve a new budget for the library.",
                        "Officials said the plan would add three branches in neighbourhoods without one."])
    doc = RawDoc(ref=SourceRef("export.jsonl", "line=1"), kind="text", content=text.encode(),
                 url="https://news.example.com/lead", title="Council approves library budget")
    article = extract_text(doc, ExtractConfig(), Ledger())
    assert article.title == "Council approves library budget"
    assert [f.caption for f in article.figures] == [lead] and article.figures[0].position == 0
    # the headline printed at the top is still recognised as the headline when it is the given title
    doc.content = ("Council approves library budget\n\nCouncil approves library budget\n\n" + text).encode()
    article = extract_text(doc, ExtractConfig(), Ledger())
    assert article.title == "Council approves library budget" and [f.caption for f in article.figures] == [lead]


def test_a_caption_pair_opening_with_the_headline_is_a_caption():
    """Two copies of "<headline>: residents queue ..." were taken for copies of the headline and dropped
    without a reject."""
    head = "Council approves library budget after months of debate"
    cap = f"{head}: residents queue outside the chamber"
    text = "\n\n".join([head, head, "The city council voted on Tuesday to approve a new budget for the library.",
                        cap, cap, "Officials said the plan would add three branches in neighbourhoods."])
    scrape = scan(text)
    assert scrape.title == head and [c for c, _ in scrape.captions] == [cap]


@pytest.mark.parametrize("opening", ["   [1]Αρχική [2]Πόλη [3]Αθλητικά", "[1]Home [2]News", "[1] Главная [2] Город"])
def test_a_text_browsers_dump_opening_with_a_link_number_is_a_scrape_not_json(tmp_path, opening):
    """Set 148: lynx -dump opens with its first link's number, "[1]Αρχική": a byte pattern's \\w knows only ASCII,
    so a Greek word after "[1]" read as a JSON array and the page was refused as bad JSON."""
    from corpus.ingest.detect import sniff_file
    page = (f"{opening}\n\n  Νέα πεζογέφυρα στην παραλία\n\n   Η νέα πεζογέφυρα στην παραλία της Καλαμαριάς "
            "(Φωτ.: Νίκος Παράδειγμα)\n\n   Σε λειτουργία τέθηκε η νέα πεζογέφυρα στην παραλία της Καλαμαριάς, που\n"
            "   ενώνει τον πεζόδρομο με το λιμανάκι των ψαράδων και το πάρκο της παραλίας.\n\n"
            "   Το έργο κόστισε 1,2 εκατ. ευρώ και χρηματοδοτήθηκε από το περιφερειακό πρόγραμμα.\n")
    (tmp_path / "s.txt").write_text(page, encoding="utf-8")
    assert sniff_file(str(tmp_path / "s.txt")).kind == "text"
    (tmp_path / "a.json").write_text("[1, 2]\n", encoding="utf-8")
    assert sniff_file(str(tmp_path / "a.json")).kind == "json"


def test_one_stray_windows_1252_byte_does_not_decide_how_a_utf8_scrape_is_read(tmp_path):
    """A UTF-8 scrape with one pasted cp1252 apostrophe was refused (in the first 64 KB) or read whole as
    cp1252 (after it): every accent became mojibake and "Publicité" was no longer an ad line."""
    from corpus.extract.text import decode
    from corpus.ingest.detect import sniff_file

    def sniff_bytes(content):
        (tmp_path / "s.txt").write_bytes(content)
        return sniff_file(str(tmp_path / "s.txt"))

    body = "\n\n".join(["La bibliothèque rouvre après la crue de l'hiver dernier",
                        "La bibliothèque rouvre après la crue de l'hiver dernier",
                        "Les bénévoles ont séché des milliers de livres pendant des semaines.",
                        "Des livres sèchent sur des tables dans la salle de lecture",
                        "Des livres sèchent sur des tables dans la salle de lecture",
                        "Publicité",
                        "La maire a remercié les habitants pour leur aide précieuse et rapide."])
    stray = body.encode().replace(b"l'hiver", b"l\x92hiver")
    for content in (stray, body.encode() + b"\n\n" + ("Élan " * 20000).encode() + b"\x92 fin.\n"):
        text = decode(content)
        assert "bibliothèque" in text and "Ã" not in text
    assert "l’hiver" in decode(stray)
    assert sniff_bytes(stray).kind == "text"
    scrape = scan(decode(stray))
    assert "Publicité" not in scrape.paragraphs
    assert [c for c, _ in scrape.captions] == ["Des livres sèchent sur des tables dans la salle de lecture"]
    # a file in a legacy encoding throughout is read in the encoding chardet guesses, and the sniff says it guessed
    legacy = sniff_bytes(body.encode("cp1252") * 3)
    assert legacy.kind == "text" and "guessed" in legacy.what


_LEGACY_SCRAPES = {
    "koi8-r": ["Жители Нарвы отметили Иванов день на берегу залива",
               "Праздник начался в субботу вечером, когда на пляже собрались несколько тысяч человек из города и "
               "окрестных деревень.",
               "Костер на пляже зажгли ровно в десять часов вечера. Фото: Ирина Павлова",
               "Костер на пляже зажгли ровно в десять часов вечера.",
               "Реклама",
               "По словам организаторов, в этом году гостей было больше, чем когда-либо за последние десять лет, и "
               "никаких происшествий полиция не зафиксировала."],
    "shift_jis": ["ハワイの盆踊り、今年も多くの人でにぎわう",
                  "ホノルルの寺院で二十日、恒例の盆踊り大会が開かれ、日系人や観光客など約二千人が集まった。",
                  "やぐらを囲んで踊る参加者たち。（撮影・中村健一）",
                  "やぐらを囲んで踊る参加者たち。",
                  "会場では焼きそばやスパムむすびの屋台が並び、夜遅くまで長い列ができた。主催者は来年も同じ規模で"
                  "開催したいと話している。"],
    "mac-roman": ["Carnival Village opens with a fireworks show on Friday",
                  "Thousands of revellers filled the village for the opening night, the organisers said on Saturday.",
                  "Revellers fill the Carnival Village for the official opening on Friday night. (Jane Roe photo)",
                  "Revellers fill the Carnival Village for the official opening on Friday night.",
                  "Food booths sold johnny cakes, conch and ribs until the early morning, and the village’s café "
                  "stayed open until dawn – “the best night in years,” one vendor said."],
}


@pytest.mark.parametrize("encoding", _LEGACY_SCRAPES)
def test_a_scrape_in_a_legacy_encoding_is_read_in_it(encoding, tmp_path):
    """A scrape saved in a legacy encoding and declared nowhere (wget's bytes of a KOI8-R site, a Shift_JIS page
    saved on Windows, a Mac Roman archive with lone CR line ends) was refused at ingest as 'text in a non-UTF-8
    encoding' (blind set 25: 13 of 25 files, half its captions): it is read in the encoding chardet guesses."""
    from corpus.ingest.detect import sniff_file

    units = _LEGACY_SCRAPES[encoding]
    newline = "\r" if encoding == "mac-roman" else "\n"
    content = (newline * 2).join(units).encode(encoding)
    (tmp_path / "s.txt").write_bytes(content)
    assert sniff_file(str(tmp_path / "s.txt")).kind == "text"
    article = extract_text(doc_for(content), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == [units[3]]
    assert units[-1] in article.paragraphs


# ---------------------------------------------------------------- pictures a JSON record lists beside its text

def test_listed_pictures_are_placed_by_paragraph_or_by_the_caption_the_text_prints():
    # news-please's maintext: a paragraph a line; the scrape prints the first caption twice, once with its credit
    body = ("The ferry company said on Friday that the spring timetable would start a week early.\n"
            "The ferry Marigold leaves the island at first light.\n"
            "The ferry Marigold leaves the island at first light. Photo: Ann Lee/AP\n"
            "Four return sailings a day will run until the end of April, then six in the summer.\n"
            "Island residents had asked for more early sailings so that workers can reach the mainland.\n")
    doc = RawDoc(ref=SourceRef("export.jsonl", "line=1"), kind="text", content=body.encode("utf-8"),
                 url="https://news.example/2025/ferry", images=[
                     {"url": "img/marigold.jpg", "caption": "The ferry Marigold leaves the island at first light."},
                     {"src": "https://cdn.news.example/queue.jpg", "caption": "Cars queue at the island slipway",
                      "paragraph": -3},
                     {"url": "https://cdn.news.example/crew.jpg", "caption": "Crew members check the ramp",
                      "paragraph": 4}])
    ledger = Ledger()
    art = extract_text(doc, ExtractConfig(), ledger)
    assert art.paragraphs == [body.splitlines()[0], body.splitlines()[3], body.splitlines()[4]]
    assert [(f.caption, f.url, f.position, f.caption_source) for f in art.figures] == [
        ("The ferry Marigold leaves the island at first light.", "https://news.example/2025/img/marigold.jpg", 1,
         "json_list"),
        ("Cars queue at the island slipway", "https://cdn.news.example/queue.jpg", 0, "json_list"),
        ("Crew members check the ramp", "https://cdn.news.example/crew.jpg", 2, "json_list")]
    assert ledger.counts["figures"].to_dict() == {"seen": 3, "kept": 3, "rejected": {}}


def test_listed_picture_with_an_odd_paragraph_is_not_placed_and_the_article_stays():
    # Python's json reads NaN and Infinity: no whole number, so no place (never an internal error)
    body = "The ferry company said on Friday that the spring timetable would start a week early.\n"
    doc = RawDoc(ref=SourceRef("export.jsonl", "line=1"), kind="text", content=body.encode("utf-8"),
                 url="https://news.example/2025/ferry",
                 images=[{"url": f"https://cdn.news.example/{n}.jpg", "caption": f"The ferry at the quay, view {n}",
                          "paragraph": value} for n, value in enumerate(json.loads('[NaN, Infinity, "1", 1.5]'))])
    art = extract_text(doc, ExtractConfig(), Ledger())
    assert [f.position for f in art.figures] == [-1, -1, -1, -1] and art.paragraphs == [body.strip()]


HI = ["बरसाना में धूमधाम से खेली गई लट्ठमार होली, रंगों में सराबोर हुए श्रद्धालु",
      "बरसाना में शुक्रवार को विश्वप्रसिद्ध लट्ठमार होली खेली गई और देश विदेश से हजारों श्रद्धालु पहुंचे।",
      "राधारानी मंदिर में गुलाल उड़ाते श्रद्धालु और पर्यटक", "राधारानी मंदिर में गुलाल उड़ाते श्रद्धालु और पर्यटक",
      "दोपहर बाद नंदगांव के हुरियारे पीली पोखर पहुंचे, जहां उनका स्वागत किया गया।",
      "सुरक्षा के लिए बरसाना में करीब दो हजार पुलिसकर्मी तैनात किए गए थे।"]
TA = ["சென்னையில் கனமழை காரணமாக பள்ளிகளுக்கு இன்று விடுமுறை அறிவிப்பு",
      "சென்னை மற்றும் அதன் சுற்றுவட்டாரப் பகுதிகளில் நேற்று இரவு முதல் கனமழை பெய்து வருகிறது.",
      "வெள்ளம் சூழ்ந்த சாலையில் வாகனங்கள் மெதுவாகச் செல்கின்றன", "வெள்ளம் சூழ்ந்த சாலையில் வாகனங்கள் மெதுவாகச் செல்கின்றன",
      "மாவட்ட ஆட்சியர் அனைத்துப் பள்ளிகளுக்கும் இன்று விடுமுறை என்று அறிவித்தார்.",
      "தாழ்வான பகுதிகளில் வசிக்கும் மக்கள் பாதுகாப்பான இடங்களுக்கு மாற்றப்பட்டனர்."]


TH = ["แห่เทียนพรรษาอุบลราชธานีคึกคัก นักท่องเที่ยวแน่นถนน",
      "ทุกปีในช่วงเทศกาลเข้าพรรษา ถนนสายหลักกลางเมืองอุบลราชธานีจะเต็มไปด้วยผู้คนที่มาชมขบวนแห่ต้นเทียน",
      "ช่างแกะสลักเทียนเร่งเก็บรายละเอียดลวดลายก่อนวันงาน", "ช่างแกะสลักเทียนเร่งเก็บรายละเอียดลวดลายก่อนวันงาน",
      "การทำต้นเทียนเริ่มตั้งแต่เดือนเมษายน ช่างต้องทำงานทุกวันจนถึงวันงานเพื่อให้ทันขบวนแห่",
      "หลังงานจบ ต้นเทียนจะถูกเก็บรักษาไว้ที่วัดให้ประชาชนเข้าชมได้ตลอดช่วงเข้าพรรษา"]


@pytest.mark.parametrize("units", [HI, TA, TH], ids=["hi", "ta", "th"])
def test_scrapes_in_scripts_with_vowel_signs_are_read(units):
    """A Hindi scrape was refused at ingest as "plain text without article paragraphs": a Devanagari vowel sign
    is no letter to str.isalpha(), so under 0.7 of a Hindi line counted as letters and no line was prose. A Thai
    one too: Thai writes no spaces between words, so a line of a dozen words counted two or three."""
    text = "\n\n".join(units) + "\n"
    assert looks_like_text_scrape(text)
    article = extract_text(doc_for(text.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == [units[2]]


def test_html_paragraph_runs_in_scripts_with_vowel_signs_read_as_prose():
    from corpus.extract.html import _reads_as_prose

    assert _reads_as_prose(HI[1]) and _reads_as_prose(TA[1])
    assert not _reads_as_prose("0x3f 0x41 {}; [] <> == 12 34 56 78 // ;; ##")


@pytest.mark.parametrize("separator", ["Pokračování článku", "Mainoksen jälkeen", "إعلان", "Haberin Devamı"])
def test_caption_copies_split_by_a_short_line_in_any_language(separator):
    """An ad line in a language the boilerplate table lacks split a caption's two copies, so neither was a
    caption: a short line between two copies is the separator, whatever its words."""
    units = ["Tramvaj vyjela po opravě do ulic města poprvé po čtyřiceti letech a lidé ji vítali",
             "Historická tramvaj vyjela v sobotu ráno z vozovny a projela celým městem až na konečnou.",
             "Historická tramvaj na zastávce u hlavního nádraží v sobotu ráno",
             separator,
             "Historická tramvaj na zastávce u hlavního nádraží v sobotu ráno",
             "Dopravní podnik plánuje jízdy opakovat každou první sobotu v měsíci až do konce října."]
    scrape = scan("\n\n".join(units) + "\n")
    assert [c for c, _ in scrape.captions] == [units[2]]
    assert separator not in scrape.paragraphs and units[5] in scrape.paragraphs


def test_a_short_line_between_two_different_paragraphs_stays_body():
    units = ["Tramvaj vyjela po opravě do ulic města poprvé po čtyřiceti letech a lidé ji vítali",
             "Historická tramvaj vyjela v sobotu ráno z vozovny a projela celým městem až na konečnou.",
             "Nová linka",
             "Dopravní podnik plánuje jízdy opakovat každou první sobotu v měsíci až do konce října."]
    scrape = scan("\n\n".join(units) + "\n")
    assert scrape.captions == [] and "Nová linka" in scrape.paragraphs


@pytest.mark.parametrize("first_has_credit", [True, False])
def test_a_labelled_credit_on_one_copy_is_told_by_the_other_whatever_its_label(first_has_credit):
    """A short caption whose one copy adds a credit under a label the patterns do not know ("Kuvaaja:", Finnish
    for photographer) was no pair (the copies differed too much), or kept the credit inside the caption: the copy
    without it tells what the credit is."""
    caption, credit = "Jäänmurtaja satamassa aamulla", "Kuvaaja: Jane Roe"
    copies = [f"{caption} {credit}", caption] if first_has_credit else [caption, f"{caption} {credit}"]
    units = ["Jäänmurtajat aloittivat työnsä Perämerellä tavallista aikaisemmin tänä talvena",
             "Merenkulkulaitoksen mukaan jää on nyt paksumpaa kuin kertaakaan viiteen vuoteen.", *copies,
             "Ensimmäiset rahtialukset saatettiin satamaan tiistaina ilman viivytyksiä."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [(caption, credit)]


def test_a_pull_quote_beside_the_paragraph_it_quotes_is_no_caption():
    """A pull quote printed next to the paragraph it quotes, the attribution cut out of its middle, read as a
    caption's two copies."""
    units = ["The Keeper's Log", "The log books are kept in a blue crate under the spare bed in Stornoway.",
             "“He wrote ‘wind SW 5’ on the day my mother left. That’s all. That’s the whole entry.”",
             "“He wrote ‘wind SW 5’ on the day my mother left,” she says. “That’s all. That’s the whole entry.”",
             "She has since tracked down nineteen of the men who served on the rock."]
    scrape = scan("\n\n".join(units) + "\n")
    assert scrape.captions == [] and units[3] in scrape.paragraphs


def test_a_photo_shown_with_only_its_credit_is_no_caption():
    """A credit printed twice where a picture stood ("צילום: X" twice, a label the boilerplate table lacks) was
    published as a caption: it is a picture with a credit and no caption (the pair stage rejects it, recorded)."""
    units = ["שריפה פרצה הלילה במחסן באזור התעשייה של העיר",
             "כוחות כיבוי והצלה הוזעקו למקום בשעות הלילה ופעלו במשך שעות ארוכות כדי להשתלט על האש.",
             "צילום: דוברות כבאות והצלה", "צילום: דוברות כבאות והצלה",
             "לא היו נפגעים בשריפה, והנזק למבנה מוערך במאות אלפי שקלים לפי הערכות ראשוניות."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [(None, units[2])] and units[4] in article.paragraphs


def test_caption_copies_split_by_a_longer_continuation_line():
    """"La suite après la publicité" (5 words) between two copies: over the separator's old 3-word limit."""
    units = ["Le club de voile de Séné obtient réparation devant le tribunal de Vannes",
             "Le tribunal correctionnel de Vannes a condamné mardi l'ancien trésorier du club de voile.",
             "L'avocat du club, Me Yann Le Goff, à la sortie de l'audience.", "Annonce partenaire ci-dessous maintenant",
             "L'avocat du club, Me Yann Le Goff, à la sortie de l'audience.",
             "Le prévenu a déjà commencé à rembourser une partie des sommes détournées depuis 2021."]
    assert [c for c, _ in scan("\n\n".join(units) + "\n").captions] == [units[2]]


@pytest.mark.parametrize("first", [["Kuraator Jane Roe", "Autor/allikas: John Doe /ERR"],
                                   ["Фото: Kazinform", "Жаңа катализатор үлгісі мен платина үлгісі"]])
def test_a_caption_and_its_credit_on_lines_of_their_own_in_one_paragraph(first):
    """Blind set 6: a caption paragraph whose credit sits on a line of its own, after or before the caption (a
    scraper keeps the page's <br>), was two units, and the copies were no pair."""
    caption = first[0] if first[0].startswith("Kuraator") else first[1]
    credit = first[1] if first[0].startswith("Kuraator") else first[0]
    units = ["Näitus avab rannamaastiku uue pilguga ja toob esile unustatud maalijad",
             "Näituse kuraatori sõnul oli eesmärk näidata, et rannamaastik ei olnud pelgalt meeleolumaal.",
             "\n".join(first), caption,
             "Paljud neist maalijatest on tänapäeva vaatajale tundmatud ja nende pildid on seisnud hoidlates."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [(caption, credit)]


def test_a_short_caption_split_by_an_ad_line_in_any_language():
    """Blind set 6: the separator rule asked the caption for more words than the separator may have (six): a
    four-word caption with its credit around "Advertensie" was no pair."""
    units = ["Nuwe renosterkalf in die reservaat gebore, die eerste in ses jaar",
             "Die kalfie is verlede week in die natuurreservaat naby Hluhluwe gebore, sê die bestuurder.",
             "’n Swartrenoster Foto: Argief", "Lees verder hieronder asseblief", "’n Swartrenoster Foto: Argief",
             "Die swartrenoster word as ernstig bedreig gelys, met minder as 6 500 in die natuur oor."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("’n Swartrenoster", "Foto: Argief")]


def test_one_label_closing_several_captions_is_the_article_s_credit_label_in_any_language():
    """A photographer's story credits every picture the same way, under a label the credit rules may not know
    ("Kuha:"): a label closing two captions or more is a credit label. A label closing one caption tells nothing,
    nor do what-is-pictured markers ("Left:") or a number ("Score at half time: 2-1")."""
    units = ["Makukulay na pista sa bayan ng Lucban ngayong linggo",
             "Dinagsa ng mga turista ang bayan ng Lucban para sa taunang pista ngayong Sabado at Linggo.",
             "Mga kiping sa harap ng bahay Kuha: Carlo Mendoza", "Mga kiping sa harap ng bahay Kuha: Carlo Mendoza",
             "Ayon sa mga residente, mas marami ang dumalo ngayong taon kaysa noong nakaraang taon.",
             "Isang residente habang nag-aayos ng kiping Kuha: Carlo Mendoza",
             "Isang residente habang nag-aayos ng kiping Kuha: Carlo Mendoza",
             "Ang iskor sa kalahating oras: 2-1", "Ang iskor sa kalahating oras: 2-1",
             "Magpapatuloy ang pista hanggang Lunes ng gabi ayon sa pamahalaang bayan."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Mga kiping sa harap ng bahay", "Kuha: Carlo Mendoza"),
        ("Isang residente habang nag-aayos ng kiping", "Kuha: Carlo Mendoza"),
        ("Ang iskor sa kalahating oras: 2-1", None)]
    one = units[:4] + units[-1:]
    article = extract_text(doc_for(("\n\n".join(one) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("Mga kiping sa harap ng bahay Kuha: Carlo Mendoza", None)]


def test_a_one_word_caption_and_its_copy_with_a_source_slash_credit():
    """Blind set 7: "Garðskagaviti" beside "Garðskagaviti Skjáskot/Facebook": a one-word caption was too short to
    pair, and a "Source/Outlet" credit on one copy only was no credit the copies could tell."""
    units = ["Hnúfubak rak á land við Garðskagavita í morgun og vakti mikla athygli vegfarenda",
             "Hvalurinn fannst í fjörunni snemma í morgun og var enn á lífi þegar fyrstu vegfarendur komu að.",
             "Garðskagaviti", "Garðskagaviti Skjáskot/Facebook",
             "Árið 2023 rak tvo grindhvali á land á sama stað samkvæmt upplýsingum lögreglu."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("Garðskagaviti", "Skjáskot/Facebook")]


def test_a_photo_shown_with_a_bare_credit_twice_has_no_caption():
    units = ["Hondarribiko portuak obra berriak izango ditu datorren urtean udalaren arabera",
             "Udalak jakinarazi duenez, portuko lanak udaberrian hasiko dira eta bi urte iraungo dute.",
             "IKER SALEGI / FOKU", "IKER SALEGI / FOKU",
             "Arrantzaleek ongi etorria eman diote proiektuari, baina kezkatuta daude epeekin."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [(None, "IKER SALEGI / FOKU")]


def test_an_ad_line_before_a_caption_and_again_between_its_copies():
    """Blind set 8: "ad line, caption, ad line, caption + credit": the caption itself stood between two identical
    ad lines and was taken for their separator, so the ad line became a "caption"."""
    ad = "Pokračování článku pod reklamou"
    units = ["Tramvaj k nemocnici pojede o rok později, stavbu zdržely archeologické nálezy",
             "Dopravní podnik původně počítal s tím, že první tramvaje pojedou už letos na podzim.",
             ad, "Vizualizace zastávky Netroufalky", ad, "Vizualizace zastávky Netroufalky | foto: Brněnské komunikace",
             "Trať bude dlouhá 2,4 kilometru a budou na ní tři nové zastávky, uvedl mluvčí podniku."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("Vizualizace zastávky Netroufalky",
                                                                  "foto: Brněnské komunikace")]


def test_a_name_after_the_caption_s_sentence_on_one_copy_is_its_credit():
    """Blind set 8: "... 팬들. 스포츠조선DB" beside "... 팬들.": too different to pair, and no label to tell the credit."""
    units = ["충주, 시즌 최다 관중 앞에서 양평 꺾고 3연승 질주", "충주 한빛FC가 홈에서 양평을 2-1로 꺾고 3연승을 달렸다.",
             "충주종합운동장을 찾은 홈 팬들. 스포츠조선DB", "광고", "충주종합운동장을 찾은 홈 팬들.",
             "이날 충주종합운동장에는 시즌 최다인 6214명의 관중이 입장했다."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("충주종합운동장을 찾은 홈 팬들.", "스포츠조선DB")]


def test_label_with_combining_marks_closing_two_captions_is_their_credit():
    # Kannada "ಛಾಯಾಚಿತ್ರ" ("photograph") holds vowel signs, which \w does not take: the label was cut at its first
    # mark and no caption shared it
    body = "ಮೂಡುಬಿದಿರೆ ಸಮೀಪದ ಕಡಲಕೆರೆಯಲ್ಲಿ ಶನಿವಾರ ನಡೆದ ಜೋಡುಕರೆ ಕಂಬಳದಲ್ಲಿ ನೂರಾರು ಜೋಡಿ ಕೋಣಗಳು ಭಾಗವಹಿಸಿದ್ದವು ಎಂದು ಸಮಿತಿ ತಿಳಿಸಿದೆ."
    caps = ["ಕಂಬಳದಲ್ಲಿ ಓಡಿದ ಕೋಣಗಳು ಛಾಯಾಚಿತ್ರ: ರಮೇಶ್ ರಾವ್", "ಕಂಬಳ ವೀಕ್ಷಿಸಲು ಸೇರಿದ್ದ ಜನಸಮೂಹ ಛಾಯಾಚಿತ್ರ: ಸುಮಾ ಭಟ್"]
    text = f"ಕಂಬಳದ ಸಂಭ್ರಮ ...\n\n{body}\n\n{caps[0]}\n\n{caps[0]}\n\n{body[:60]} ಹೀಗೆ ಹೇಳಿದರು.\n\n{caps[1]}\n\n{caps[1]}\n\n{body}"
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [
        ("ಕಂಬಳದಲ್ಲಿ ಓಡಿದ ಕೋಣಗಳು", "ಛಾಯಾಚಿತ್ರ: ರಮೇಶ್ ರಾವ್"), ("ಕಂಬಳ ವೀಕ್ಷಿಸಲು ಸೇರಿದ್ದ ಜನಸಮೂಹ", "ಛಾಯಾಚಿತ್ರ: ಸುಮಾ ಭಟ್")]


def test_a_word_that_opens_the_headline_is_no_copy_of_it():
    # "Tundikhel" twice is a caption pair; the headline opens with "Tundikhelma" (in Tundikhel) and goes on to a
    # colon, which read as a credit added to a copy when the shorter text ended mid-word
    head = "टुँडिखेलमा घोडेजात्रा : राष्ट्रपतिको उपस्थितिमा घोडा दौड र कलाबाजी"
    body = "काठमाडौंको टुँडिखेलमा मंगलबार आयोजित घोडेजात्राको मुख्य समारोहमा नेपाली सेनाका घोडचढीले घोडा दौडाए ।"
    text = f"समाचार\n\n{head}\n\n{body}\n\nटुँडिखेल\n\nटुँडिखेल\n\n{body[:50]} कार्यक्रम भयो ।"
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [f.caption for f in art.figures] == ["टुँडिखेल"]


def test_agency_name_one_copy_adds_after_a_quote_is_the_credit():
    # the caption ends in a quotation, not a sentence's stop, and one copy adds the agency's name: a credit that
    # reads as one alone is told by the copy that lacks it
    body = "La squadra ha festeggiato il primo posto in classifica davanti ai tifosi arrivati da tutta la provincia."
    cap = "Lo striscione della curva nord: «Lodi ci crede»"
    text = f"Titolo della partita di ieri ...\n\n{body}\n\n{cap}\n\n{cap} Ansa\n\n{body.replace('ieri', 'oggi')}"
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(cap, "Ansa")]


def test_sentence_credit_two_captions_share_from_a_label_on_is_their_credit():
    # "Сүрөт ... алынды" ("photo taken from the ministry's press service"): no colon, written as a sentence, the
    # same closing words under two pictures from a capitalised photo label on
    body = "Куткаруучулар ашууда эки күн бою иштешип, жолду кардан тазалашты жана айдоочуларга жардам беришти."
    credit = "Сүрөт министрликтин басма кызматынан алынды"
    caps = ["Ашуудагы кар көчкү", "Куткаруучулар жолду тазалап жатышат."]
    text = (f"Ашууда кар көчтү ...\n\n{body}\n\n{caps[0]} {credit}\n\n{caps[0]} {credit}\n\n{body[:50]} деди.\n\n"
            f"{caps[1]} {credit}\n\n{caps[1]} {credit}\n\n{body}")
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(caps[0], credit), (caps[1], credit)]


def test_headline_printed_twice_under_the_site_menu_and_a_bracketed_credit_alone():
    # the site's menu items above the headline, which is printed twice (no caption pair); a short section title
    # printed twice under the site's name is the headline too; a name alone in brackets printed twice is the credit
    # of a photo shown without caption
    body = "Il forte vento di scirocco che da questa mattina soffia sullo Stretto ha fermato le corse dei traghetti."
    head = "Vento forte sullo Stretto, sospese le corse dei traghetti veloci"
    text = (f"Example.it\n\nSicilia\n\nCronaca\n\nPolitica\n\nEconomia\n\n{head}\n\n{head}\n\n{body}\n\n"
            f"(ExampleWeather)\n\n(ExampleWeather)\n\n{body.replace('mattina', 'sera')}")
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert art.title == head
    assert [(f.caption, f.credit) for f in art.figures] == [(None, "(ExampleWeather)")]
    short = "Extra\n\nAnunsio di Morto\n\nAnunsio di Morto\n\nDjaweps, 19 di mart 2026\n\n" + body + "\n\n" + body[:60] + " ok."
    art = extract_text(doc_for(short.encode("utf-8")), ExtractConfig(), Ledger())
    assert art.title == "Anunsio di Morto" and art.figures == []


def test_credit_line_under_each_copy_in_any_language_and_the_separator_one_copy_adds():
    # "Kiʻi: Jane Roe" on its own line under each copy of two captions (a label no list knows, then a name: the
    # article's captions share it); a credit one copy adds after a middle dot leaves the dot behind
    body = "Ua hoʻi hou ka wai o ke kahawai i nā loʻi kalo kahiko o Heʻeia ma hope o nā makahiki he kanaono."
    cap = "Ke kanu nei nā haumāna i ka huli kalo i loko o ka loʻi ma Heʻeia."
    cap2 = "Nā keiki o ke kula me nā kūpuna ma ka ʻauwai hou"
    cap3 = "Ka ʻauwai hou ma Heʻeia"
    text = (f"Nā loʻi kalo o Heʻeia ...\n\n{body}\n\n{cap}\nKiʻi: Jane Roe\n\n{cap}\nKiʻi: Jane Roe\n\n"
            f"{body.replace('wai', 'ua')}\n\n{cap2} · Piksa: John Doe\n\n{cap2}\n\n{body[:40]} pau.\n\n"
            f"{cap3}\nKiʻi: Jane Roe\n\n{cap3}\nKiʻi: Jane Roe\n\n{body[:50]} pau.")
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [
        (cap, "Kiʻi: Jane Roe"), (cap2, "Piksa: John Doe"), (cap3, "Kiʻi: Jane Roe")]


def test_story_in_a_language_of_long_words_is_a_scrape():
    """Blind set 14: an Inuktitut scrape was refused at ingest as "plain text without article paragraphs": its
    words are long, so few of its lines reach five words and they were under 0.4 of its lines, short captions and
    menu lines the rest; most of its letters are in those lines, which is what a story looks like."""
    menu = ["ᓄᓇᕗᑦ ᐅᖃᓘᑎᑦ", "English | ᐃᓄᒃᑎᑐᑦ", "ᒪᐃ 18, 2026", "Facebook", "X", "ᐊᔾᔨᒌᖏᑦᑐᑦ ᐅᖃᓘᑎᑦ", "© 2026 ᓄᓇᕗᑦ ᐅᖃᓘᑎᑦ"]
    body = ["ᐃᖃᓗᒃᑐᑦᑎᐊᕐᒥ 120 ᐅᖓᑖᓄᑦ ᐃᓄᐃᑦ ᐃᖃᓗᓐᓂᐊᕐᓂᕐᒧᑦ ᐱᓕᕆᐊᕐᒧᑦ ᐃᓚᐅᓚᐅᖅᑐᑦ ᓯᑕᒪᓂ ᐅᓪᓗᓂ.",
            "ᐊᖏᓛᖅ ᐃᖃᓗᒃ 9.4 ᑭᓗᒍᕌᒻᒥᒃ ᐅᖁᒻᒪᐃᑦᑐᖅ, ᐱᓚᐅᖅᑕᖓ ᒫᑕ ᑲᓪᓗᒃ ᐅᓪᓗᒥ.",
            "ᐱᓕᕆᐊᖑᓂᖓ ᑲᑐᔾᔨᖃᑎᒌᖕᓄᑦ ᐋᖅᑭᒃᓱᖅᑕᐅᓚᐅᖅᑐᖅ, ᐊᒻᒪ ᓂᕿᑦ ᐃᓄᖕᓄᑦ ᐊᒃᓱᕈᕐᓇᖏᑦᑐᒥᒃ ᑐᓂᓯᒪᔪᑦ."]
    cap = "ᓱᕈᓯᐅᔪᑦ ᓯᑯᒃᑯᑦ ᐅᑭᐊᓕᖅᑐᑦ."
    units = menu[:3] + [body[0], cap, cap, "ᐃᖃᓗᓐᓂᐊᖅᑐᑦ ᑕᓯᐅᑉ ᓯᑯᐊᓂ.", body[1], body[2]] + menu[3:]
    text = "\n\n".join(units) + "\n"
    assert looks_like_text_scrape(text)
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [f.caption for f in art.figures] == [cap] and body[2] in art.paragraphs
    # (a log or a list of short lines is still no scrape: its few long lines hold few of its letters)
    log = "\n\n".join(["start"] * 12 + ["2024-01-01 12:00:01 INFO server started on the given port 8080"] * 2)
    assert not looks_like_text_scrape(log)


def test_ethiopic_colon_after_a_label_closing_captions_is_their_credit():
    """Blind set 14: Tigrinya captions close with "ስእሊ፦ Name": the preface colon "፦" (and "፥") is the Ethiopic
    scripts' colon, which the article-wide label rule did not take."""
    body = "ሓረስቶት ዓዲ ጉልቲ ብሓዳስ ዲጋ ተሓጉሶም፣ ማይ ንሕርሻ ክረኽቡ እዮም ክብሉ ገሊጾም።"
    caps = ["ሓረስቶት ዓዲ ጉልቲ ኣብ ጥቓ እታ ሓዳስ ዲጋ።", "ሰበ-ስልጣን ዞባ ደቡብ ነቲ ዲጋ ክዕዘቡ ከለዉ።"]
    units = ["ሓዳስ ዲጋ ዓዲ ጉልቲ", body]
    for cap in caps:
        units += [f"{cap} ስእሊ፦ ዳዊት ተኽለ"] * 2 + [body[:-1] + " ኢሎም።"]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(c, "ስእሊ፦ ዳዊት ተኽለ") for c in caps]


def test_a_credit_the_article_s_captions_tell_printed_alone_twice_is_a_credit_only_photo():
    """Blind set 14 (and set 13's "Surat: TDH"): a photo shown with only its credit, under a label no list knows
    ("Ladawan: X" twice); the article's other captions close with that credit, so the line is no caption."""
    body = "Nagadu ti naapit a bawang iti Pasuquin itoy a tawen, kuna dagiti mannalon iti ili."
    caps = ["Dagiti mannalon a mangap-apit iti bawang iti Barangay Sulongan.",
            "Ti maysa a mannalon a mangibilbilag iti naapit a bawang."]
    units = ["Nagadu ti bawang iti Pasuquin", body, *[f"{caps[0]} Ladawan: Romy Agcaoili"] * 2, body + " Adu.",
             *["Ladawan: Romy Agcaoili"] * 2, body + " Ad-adu.", *[f"{caps[1]} Ladawan: Romy Agcaoili"] * 2,
             body + " Naimbag."]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [
        (caps[0], "Ladawan: Romy Agcaoili"), (None, "Ladawan: Romy Agcaoili"), (caps[1], "Ladawan: Romy Agcaoili")]


def test_headline_of_four_long_words_is_the_title_not_the_caption_pair_below_it():
    """Blind set 15: a Sanskrit headline is four long compounds; a headline needed six words, so the first caption
    pair under the dateline was taken for the headline printed twice."""
    head = "मैसूरुनगरे दशदिवसीयं संस्कृतसम्भाषणशिबिरं सम्पन्नम्"
    cap = "शिबिरे सम्भाषणम् अभ्यस्यन्तः छात्राः।"
    body = "मैसूरुनगरस्य रामकृष्णविद्यालये आयोजितं दशदिवसीयं संस्कृतसम्भाषणशिबिरं रविवासरे सम्पन्नम्। शिबिरे बहवः छात्राः आगताः।"
    units = ["दिनवार्ता", "मुखपृष्ठम् | राष्ट्रियम् | क्रीडा", head, "दिनवार्तासंवाददाता, मैसूरु", cap, cap, body, body[:60] + "।"]
    scrape = scan("\n\n".join(units) + "\n")
    assert scrape.title == head and [c for c, _ in scrape.captions] == [cap]


def test_words_after_the_last_sentence_that_captions_share_are_their_credit():
    """Blind set 15: "… Name. Андрей Павлов сӑнӳкерчӗкӗ" ("Andrey Pavlov's photo") under three pictures and
    "… Музей сӑнӳкерчӗкӗ" ("the museum's photo") under a fourth; the copy without the credit pairs with the copy that
    adds it (its capital letter was lost to case folding, so no added credit was seen). What a caption's sentence
    shares with one other caption only by an abbreviation ("Dr. Jane Roe") is no credit."""
    body = "Ҫӗрпӳ районӗнчи хуҫалӑхра ҫӗнӗ тухӑҫа пуҫтарма тытӑннӑ. Кӑҫал хӑмла 40 гектар ҫинче ӳснӗ, тет ертӳҫи."
    caps = ["Хуҫалӑх ертӳҫи Петр Семенов.", "Хӑмла типӗтмелли ҫурт.", "Хӑмлана алӑпа татни, 1970-мӗш ҫулсем."]
    credits = ["Андрей Павлов сӑнӳкерчӗкӗ", "Андрей Павлов сӑнӳкерчӗкӗ", "Музей сӑнӳкерчӗкӗ"]
    units = ["Хӑмла пуҫтармалли тапхӑр пуҫланнӑ ҫӗнӗ хуҫалӑхра", body]
    for cap, credit in zip(caps, credits):
        units += [cap, f"{cap} {credit}", body[:70] + "."]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == list(zip(caps, credits))
    story = "The clinic opened its doors on Monday to patients from three villages along the river. " * 2
    units = ["New clinic opens for river villages this week", story, *["The waiting room with Dr. Jane Roe"] * 2,
             story, *["A nurse checks a patient beside Dr. Jane Roe"] * 2, story]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [f.credit for f in art.figures] == [None, None]


def test_five_words_one_copy_adds_after_the_caption_s_sentence_are_its_credit():
    """Blind set 15: "… Iloilo City. Litrato halin sa PCG Iloilo" ("photo from ...") beside the copy without it."""
    body = "Nagdamo ang mga pasahero sa mga pantalan sang Iloilo bangod sang kapiestahan sining semana, siling sang PCG."
    cap = "Madamo nga pasahero sa Ortiz wharf sa Iloilo City."
    units = ["Pasahero nagdamo sa mga pantalan sang Iloilo", body, f"{cap} Litrato halin sa PCG Iloilo", cap, body]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(cap, "Litrato halin sa PCG Iloilo")]


def test_an_agency_one_copy_adds_is_the_credit_of_the_copy_kept_without_it():
    """Blind sets 1, 8 and 12 ("… King's Cross PA Wire", "… del primo tempo. LaPresse", "… 2013 y 2026. EFE" on one
    copy): the copy without the agency is kept as the caption, and the agency was dropped with the other copy."""
    art = extract_text(doc_for(fixture("spanish_deportes.txt").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures][0] == (
        "Marcos Villena celebra con sus compañeros tras detener el tercer penalti", "EFE")


def test_a_short_line_under_each_copy_of_a_caption_is_its_credit_whatever_it_says():
    """Blind set 16: "Caption\\ntagesplus/Jane Roe" twice, "Caption\\nLeser-Reporter" beside the copy alone: the
    short line under a caption printed again nearby is its credit, in no form the rules know (one opening in lower
    case when two captions share it); the same credit printed twice alone is a photo with only its credit. A line set before several captions ("Image source, X")
    under which each caption differs stays apart."""
    body = "Am Samstagnachmittag ist eine Kuh auf der Alp im Alpstein rund 30 Meter über eine Böschung abgerutscht."
    cap1, cap2 = "Die Kuh lag zwei Tage auf dem Felsband.", "Ein Wanderer filmte die Kuh vom Wanderweg aus."
    cap3 = "Sepp Inauen mit seiner Familie nach der Rettung."
    text = (f"Kuh nach zwei Tagen in Felswand per Helikopter gerettet\n\ntagesplus/Jane Roe\n\ntagesplus/Jane Roe\n\n"
            f"{body}\n\n{cap1}\ntagesplus/Jane Roe\n\n{cap1}\ntagesplus/Jane Roe\n\n{body[:60]} heute.\n\n"
            f"{cap2}\n\n{cap2}\nLeser-Reporter\n\n{body[:70]} gestern.\n\n"
            f"{cap3}\ntagesplus/Jane Roe\n\n{cap3}\ntagesplus/Jane Roe\n\n{body[:50]} morgen.\n")
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [
        (None, "tagesplus/Jane Roe"), (cap1, "tagesplus/Jane Roe"), (cap2, "Leser-Reporter"),
        (cap3, "tagesplus/Jane Roe")]
    caps = ["Fiigdonni jalqaba fiigichaa irratti", "Daa'imman fiigicha xiqqaa irratti"]
    text = "\n\n".join(["Fiigichi walakkaa maaraatoonii Baqqoojjiitti taasifame", body,
                        *[f"Madda suuraa, Example Press\n{caps[0]}"] * 2, body, *[f"Madda suuraa, Example Press\n{caps[1]}"] * 2,
                        body]) + "\n"
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(c, "Madda suuraa, Example Press") for c in caps]


def test_a_bracket_two_captions_close_with_tells_the_article_s_bracketed_credits():
    """Blind set 16: a Lebanese paper's captions close with the photographer in brackets, no label ("(Jane Roe)"
    under two pictures), and with the agency or "archive" in brackets under others. A bracket opening in lower case
    ("(pictured with ...)") or a year is no credit."""
    body = "بدأ موسم قطاف الزيتون في حاصبيا هذا الأسبوع وسط توقعات بإنتاج أفضل من العام الماضي بحسب المزارعين."
    caps = ["مزارعون يقطفون الزيتون في سهل الخان", "داخل إحدى معاصر الزيتون في حاصبيا", "عبوات زيت الزيتون الجاهزة للبيع",
            "شجرة زيتون معمّرة في بلدة الكفير"]
    credits = ["(حسام شبارو)", "(حسام شبارو)", "(الوكالة الوطنية للإعلام)", "(1998)"]
    units = ["موسم الزيتون في حاصبيا", body]
    for cap, credit in zip(caps, credits):
        units += [f"{cap} {credit}"] * 2 + [body]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [
        (caps[0], credits[0]), (caps[1], credits[1]), (caps[2], credits[2]), (f"{caps[3]} (1998)", None)]


def test_captions_printed_again_in_a_gallery_block_after_the_story_are_captions():
    """Blind set 18: each caption printed once where its picture stood and again, with its credit or under a slide
    counter, in a "View gallery" block after the story; one paragraph printed again far away, with no gallery
    block, stays the story's."""
    body = ["Tucumcari sits almost exactly halfway between Chicago and Los Angeles, and in the 1950s it glowed.",
            "Three years ago a handful of neighbors formed a brigade that works weekends on the old signs.",
            "So far the brigade has relit seven signs, and the eighth is due to come on in November."]
    caps = ["The Blue Swallow Motel's sign flickers on at dusk on Route 66.",
            "Ray Baca tests a transformer in his garage workshop.", "Brigade member Lupe Archuleta and her daughter"]
    story = ["The Town That Refuses to Let Its Neon Go Dark", body[0], caps[0], body[1], caps[1], body[2], caps[2],
             "This story appeared in the Fall 2025 issue.", "View gallery", "1/3", f"{caps[0]} Photo: Jane Roe",
             "2/3", f"{caps[1]} Photo: Jane Roe", "3/3", caps[2], "© 2025 Example Media. All rights reserved."]
    art = extract_text(doc_for(("\n\n".join(story) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.position) for f in art.figures] == [
        (caps[0], "Photo: Jane Roe", 1), (caps[1], "Photo: Jane Roe", 2), (caps[2], None, 3)]
    assert art.paragraphs[:3] == body
    once = story[:8] + ["Related reading", caps[0], "© 2025 Example Media. All rights reserved."]
    art = extract_text(doc_for(("\n\n".join(once) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [f.caption for f in art.figures] == []


def test_teaser_titles_printed_twice_under_a_related_heading_are_links_not_captions():
    """Blind set 18: under "Related Stories" / "LEIA TAMBÉM" each teaser's title is printed twice (its thumbnail's
    alt, then its link); a "Baca juga: <title>" line printed twice is a read-also link too."""
    body = "The three-day fair drew its biggest crowds in a decade, the committee said on Monday evening."
    cap = "The crowning of the goat on the first evening of the fair"
    teasers = ["Kerry farmers welcome rain after driest July in 40 years", "Killorglin bridge works to begin in September"]
    more = ["Traders in the square reported their best takings since the fair moved to the August weekend.",
            "Gardaí said the three days passed off peacefully, with extra buses laid on from the county towns.",
            "The goat will be returned to the mountain on Thursday morning, as is the custom of the fair."]
    units = ["Record crowds at the fair as the goat is crowned", body, cap, cap, more[0], "Related Stories",
             teasers[0], teasers[0], teasers[1], teasers[1], more[1],
             *["Baca juga: Mengenal Pacu Jalur, Tradisi Adu Perahu dari Kuantan Singingi"] * 2, more[2]]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [f.caption for f in art.figures] == [cap]


def test_a_credit_paragraph_between_a_caption_s_bare_copies_is_its_credit():
    """Blind set 18: "Caption" / "Jane Roe/Example Now" / "Caption": the short line between the copies was read as an
    ad line and dropped; it reads as a credit alone, so it is the caption's."""
    body = "Anglers spread out across the bay on Saturday for the first derby since the ice returned to the marina."
    cap = "Anglers spread out across the ice off the marina on Saturday."
    units = ["Ice fishing derby returns to the bay", body, cap, "Jane Roe/Example Now", cap, body + " Again."]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(cap, "Jane Roe/Example Now")]


def test_a_photographer_for_an_outlet_closing_name_only_captions_is_their_credit():
    """Blind set 19: a red-carpet gallery's captions are names, each with "Jane Roe for Example Magazine" glued on
    (twice, or on one copy only): no stop tells where the name ends, but the closing words the captions share, and
    the words one copy adds, read as a photographer on assignment."""
    body = "Stars arrived for the festival's opening night on Thursday, braving a light drizzle on the carpet."
    names = ["Mei Lindqvist", "Ruth Castellanos", "Dana Okafor"]
    units = ["Opening night at the festival: the red carpet", body,
             *[f"{names[0]} Jane Roe for Example Magazine"] * 2, body[:50] + " again.",
             f"{names[1]} Jane Roe for Example Magazine", names[1], body[:60] + " later.",
             *[f"{names[2]} Jane Roe for Example Magazine"] * 2, body[:40] + " last."]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(n, "Jane Roe for Example Magazine") for n in names]


def test_a_name_in_brackets_closing_a_caption_is_a_credit_where_the_article_credits_in_brackets():
    """Blind set 20: "(ACN/Jane Roe)" and "(EFE/John Doe)" close two captions, "(Ajuntament de Berga)" a third: where
    the article's credits the patterns know stand in brackets, a bracket of capitalised words, a name, is a credit
    too. A bracket that names no one ("(foreground)", "（手前）") stays in the caption."""
    body = "La Patum de Berga ha omplert la plaça de Sant Pere durant quatre nits seguides, segons l'organització."
    caps = ["Els plens ballen a la plaça de Sant Pere", "Els maces i guites salten entre el fum",
            "L'alcalde de Berga, al balcó de l'ajuntament", "El tabaler al costat de la plaça"]
    tails = ["(ACN/Jane Roe)", "(EFE/John Doe)", "(Ajuntament de Berga)", "(foreground)"]
    units = ["La Patum omple Berga un any més", body]
    for cap, tail in zip(caps, tails):
        units += [f"{cap} {tail}"] * 2 + [body]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [
        (caps[0], "ACN/Jane Roe"), (caps[1], "EFE/John Doe"), (caps[2], "(Ajuntament de Berga)"),
        (f"{caps[3]} (foreground)", None)]


def test_an_agency_s_initials_in_brackets_one_copy_adds_are_the_credit():
    """Blind set 21: "… del centro mendocino (NA)" beside the copy without it (Noticias Argentinas' initials)."""
    body = "Más de cien mil personas siguieron el Carrusel de la Vendimia por las calles del centro de Mendoza."
    cap = "Los carros alegóricos del Carrusel recorrieron las calles del centro mendocino"
    units = ["La Vendimia llenó de público el centro de Mendoza", body, f"{cap} (NA)", "Publicidad", cap, body]
    art = extract_text(doc_for(("\n\n".join(units) + "\n").encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [(cap, "(NA)")]


def test_a_short_headline_printed_once_over_its_byline_and_date_is_the_title():
    """Blind sets 21 and 23: a headline of four or five words printed once, its byline and date under it, then the
    lead picture's caption pair: the headline was taken for the site's name and the caption pair for the headline.
    A menu or a breadcrumb over the headline is no headline."""
    body = "Årets Skördefest lockade fler besökare än någonsin, enligt arrangörerna som räknade omkring 32 000 besök."
    cap = "Kön till gårdsbutiken i Saltvik växte under lördagen"
    head = "Rekordmånga besökare på Skördefesten"
    units = ["Landsbygd", head, "Emma Sundblom\nPublicerad 21.09.2026 15:32", cap, cap, body, body[:70] + " i år."]
    scrape = scan("\n\n".join(units) + "\n")
    assert scrape.title == head and [c for c, _ in scrape.captions] == [cap]
    menu = ["Nyheter | Sport | Kultur | Åland", "Rekordmånga besökare på Skördefesten i Saltvik och Finström i år",
            "Publicerad 21.09.2026 15:32", cap, cap, body]
    scrape = scan("\n\n".join(menu) + "\n")
    assert scrape.title == menu[1] and [c for c, _ in scrape.captions] == [cap]


@pytest.mark.parametrize("copies, said, caption", [
    (["“We open at dawn and close when the last stall is empty.”"] * 2,
     "“We open at dawn and close when the last stall is empty,” said Marta Vidal, who sells cheese there.",
     None),  # the story's own words: a pull quote
    (["“We open at dawn and close when the last stall is empty.”",
      "“We open at dawn and close when the last stall is empty.” Photo: Ana Ruiz"],
     "“We open at dawn and close when the last stall is empty,” said Marta Vidal, who sells cheese there.",
     "“We open at dawn and close when the last stall is empty.”"),  # credited: a quote under her portrait
    (["– We open at dawn and close when the last stall is empty"] * 2,
     "– We open at dawn and close when the last stall is empty, says Marta Vidal, who sells cheese there.",
     None),  # a dialogue dash opens a quote too
])
def test_a_quote_printed_twice_without_credit_and_standing_in_the_story_is_a_pull_quote(copies, said, caption):
    """A quote printed twice, neither copy credited, whose words stand inside a nearby paragraph that adds who said
    them, is a pull quote (blind set 19 labels four so); a credited copy makes the pair a caption (sets 2 and 3)."""
    units = ["Market hall reopens after two years of repairs",
             "The covered market on the river reopened on Saturday with 140 stalls, twenty more than before the fire.",
             *copies, said, "The city paid for the new roof; the traders paid for their own stalls."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ([caption] if caption else [])
    assert said in article.paragraphs


def _wrap(paragraph: str, width: int, indent: str = "") -> str:
    """A paragraph as a text browser's dump wraps it (lynx -dump, w3m -dump): at spaces, lines of at most width."""
    import textwrap
    return "\n".join(textwrap.wrap(paragraph, width - len(indent), initial_indent=indent, subsequent_indent=indent))


def test_a_scrape_hard_wrapped_by_a_text_dumper_keeps_its_captions():
    """lynx and w3m dumps wrap every paragraph at 72-80 columns: a caption's copies spanned several lines whose
    breaks fell before a capital ("... of Ptuj on\\nSunday, ..."), and each line was read as a paragraph (set 25)."""
    caption = "Kurenti in sheepskin costumes jump through the old town of Ptuj on Sunday, their cowbells heard across " \
              "the Drava."
    paragraphs = ["Kurenti drive winter out of Ptuj as the carnival reaches its climax",
                  "More than 2,500 masked participants from 60 groups took part in Sunday's international carnival "
                  "parade in Ptuj, the high point of the oldest and largest carnival in Slovenia, which this year "
                  "marked its 66th edition.",
                  f"{caption} Photo: Jane Roe", f"{caption} Photo: Jane Roe",
                  "The kurent, a shaggy figure with a horned mask, a long red tongue and five heavy cowbells hanging "
                  "from a belt, is said to chase away winter and call in the spring. Since 2017 the rounds of the "
                  "kurenti have been listed by UNESCO as intangible cultural heritage.",
                  "Organisers said around 70,000 visitors came to Ptuj over the eleven days of the festival, slightly "
                  "fewer than last year, when unusually mild weather drew record crowds."]
    content = "\n\n".join(_wrap(p, 76, "   ") for p in paragraphs) + "\n"
    assert "Ptuj on\n   Sunday" in content  # the break falls before a capital
    article = extract_text(doc_for(content.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [(caption, "Photo: Jane Roe")]
    assert paragraphs[-1] in article.paragraphs


def test_lines_of_an_unwrapped_scrape_stay_apart():
    """A byline over its date and a list of links are lines of one block in any scrape: not wrapped text."""
    units = ["Harbour town votes to keep its ferry", "By Jane Roe\nPublished 4 May 2026",
             "The council voted on Tuesday night to keep the ferry running through the winter, after residents "
             "filled the hall to argue that the bridge detour adds an hour to every trip to the hospital.",
             "Read more:\nFerry fares to rise in spring\nNew pier opens on the north shore",
             "The vote was nine to two, and the ferry will run on its summer timetable until the end of October."]
    scrape = scan("\n\n".join(units) + "\n")
    assert not any("By Jane Roe" in p and "Published" in p or "spring New pier" in p for p in scrape.paragraphs)
    assert units[2] in scrape.paragraphs and units[4] in scrape.paragraphs


def test_a_soft_hyphen_in_one_copy_does_not_part_the_copies():
    """A CMS sets soft hyphens in long words ("Prinzen\\xadgarde"); one copy with them, one without, are one caption."""
    caption = "Die Prinzengarde marschiert am Montagnachmittag über den Werthplatz."
    units = ["Rosenmontagszug zieht 40.000 Jecken in die Unterstadt",
             "Bei trockenem, aber kühlem Wetter haben am Montag rund 40.000 Besucher den Zug verfolgt.",
             caption, caption.replace("Prinzengarde", "Prinzen\xadgarde").replace("Montagnachmittag",
                                                                              "Montag\xadnachmittag"),
             "Mehr als 60 Wagen und Fußgruppen zogen vom Kaperberg durch die Innenstadt bis in die Unterstadt."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == [caption]


@pytest.mark.parametrize("label", ["Foto: ", "Caption: ", "Légende : ", "[IMG] ", "[Bild] "])
def test_a_dumpers_field_label_before_one_copy_is_no_credit(label):
    """A dumper prints the image's alt under a field label ("Foto: ", "Caption: ") or a bracketed picture tag
    ("[IMG] ") and the caption under it: the labelled copy was kept and its label read as a credit, leaving a
    picture with a credit and no caption, or the tag stayed in the caption."""
    caption = "Crianças vestidas de mouros assistem aos últimos ensaios"
    units = ["Festa de São Lourenço enche a cidade de visitantes",
             "Centenas de visitantes chegaram nos dias anteriores, de barco e de avião, e as pensões esgotaram.",
             label + caption, caption,
             "A festa termina no domingo com a procissão de São Lourenço e um jantar no largo da igreja."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [(caption, None)]


# ---------------------------------------------------------------- scrapes saved as Markdown

_MARKDOWN_PAGE = """Title: Harbour festival draws record crowds | Example Observer

URL Source: https://www.example-observer.com/culture/harbour-festival

Markdown Content:
[![Image 1: Example Observer](https://www.example-observer.com/static/logo.svg)](https://www.example-observer.com/)

*   [News](https://www.example-observer.com/news)
*   [Culture](https://www.example-observer.com/culture)

Harbour festival draws record crowds
====================================

![Image 2: Jane Roe](https://www.example-observer.com/media/authors/avatar-jane-roe.jpg)

[Jane Roe](https://www.example-observer.com/authors/jane-roe) · 29 August 2026

About 6,000 people filled the quay on Friday night for the opening of the harbour festival, the organisers said.

![Image 3: Dancers lead the parade along the quay on Friday.](https://www.example-observer.com/media/parade.jpg)

Dancers lead the parade along the quay on Friday. Photo: John Doe / Example Observer

The parade, held every summer since 1996, is judged on costume, music and what the rules call "spirit".

![Image 4](https://www.example-observer.com/media/crowd.jpg)

Organisers said ticket sales were the highest in a decade, helped by a night train from the capital.

![Image 5: boats](https://www.example-observer.com/media/boats.jpg "St Anne's regatta")

*Fishing boats decked with flags wait for the blessing of the fleet*

![](https://www.example-observer.com/media/mayor.jpg)

\\[From left\\] The mayor and the harbour master open the fish market.

Photo: City of Example

[![Image 6: A related story](https://www.example-observer.com/media/related.jpg)](https://www.example-observer.com/news/other-story)

[Ferry fares to rise in spring](https://www.example-observer.com/news/other-story)

The festival ends on Sunday with fireworks over the harbour.
"""


def test_a_markdown_scrape_gives_each_photo_its_caption_credit_and_address(tmp_path):
    """Reader services save pages as Markdown (Jina Reader, Firecrawl, trafilatura, html2text): a picture line,
    then its caption printed once (blind set 28 scored 0.392 read as plain text). The caption under a photo line
    is found, its credit split off, the picture's address kept; logos, avatars, a teaser's thumbnail and a photo
    whose next paragraph is body text give no caption."""
    from corpus.ingest.detect import sniff_file

    (tmp_path / "page.txt").write_text(_MARKDOWN_PAGE, encoding="utf-8")
    assert sniff_file(str(tmp_path / "page.txt")).kind == "text"
    article = extract_text(doc_for(_MARKDOWN_PAGE.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Dancers lead the parade along the quay on Friday.", "Photo: John Doe / Example Observer",
         "https://www.example-observer.com/media/parade.jpg"),
        ("Fishing boats decked with flags wait for the blessing of the fleet", None,
         "https://www.example-observer.com/media/boats.jpg"),
        ("[From left] The mayor and the harbour master open the fish market.", "Photo: City of Example",
         "https://www.example-observer.com/media/mayor.jpg")]
    assert "Organisers said ticket sales were the highest in a decade, helped by a night train from the capital." \
        in article.paragraphs
    assert not any("Ferry fares" in p or "Culture" == p for p in article.paragraphs)
    assert article.title == "Harbour festival draws record crowds"  # the top heading, not the tool's "Title:" line


def test_a_markdown_scrape_with_a_metadata_block_and_no_pictures_reads_as_its_text():
    """trafilatura --markdown --with-metadata writes a YAML block on top: its title is the headline, and the block
    is no paragraph of the story."""
    page = ("---\ntitle: Ferry fares rise for the first time in ten years\nauthor: Jane Roe\n"
            "url: https://news.example.org/ferry-fares\n---\n\n"
            "The harbour board raised [ferry fares](https://news.example.org/tag/ferries) by a tenth on Monday, "
            "the first rise since 2016.\n\nCommuters said the **new fares** would cost them about 40 a month more.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert article.title == "Ferry fares rise for the first time in ten years"
    assert article.paragraphs == ["The harbour board raised ferry fares by a tenth on Monday, the first rise since "
                                  "2016.", "Commuters said the new fares would cost them about 40 a month more."]


def test_markdown_notes_with_code_and_badges_are_still_no_article(tmp_path):
    """A README beside the scrapes (badges, code blocks) is no news page, Markdown images or not."""
    from corpus.ingest.detect import sniff_file

    readme = ("# corpus tools\n\n![build](https://ci.example.org/badge.svg)\n\nInstall it with pip and run the "
              "build on your sources.\n\n```\npip install corpus-tools\n```\n\n![screenshot](docs/screen.png)\n\n"
              "The preview shows every caption beside its picture.\n")
    (tmp_path / "README.txt").write_text(readme, encoding="utf-8")
    assert sniff_file(str(tmp_path / "README.txt")).kind is None


_MARKDOWN_SHAPES = """# Island games open with a canoe race

The games opened on Saturday with a canoe race across the lagoon, watched by most of the island's 1,500 people.

![][1]

*Crews paddle across the lagoon at the start of the race. Photo: Jane Roe*

The race is the oldest event of the games, first held in 1962 when the island had four canoes.

<figure><img src="https://news.example.org/media/dancers.jpg" alt=""><figcaption>Dancers open the ceremony on \
the school field.<br>Photo: John Doe</figcaption></figure>

The school choir sang the island's anthem, written in 1979 by the first teacher of the school.

![](data:image/gif;base64,R0lGODlhAQABAAAAACw=)![Image 4](https://news.example.org/media/elders.jpg)

Photo: Games Committee — Elders watch the race from the shade of the church.

| Picture | Caption |
| --- | --- |
| ![](https://news.example.org/media/g1.jpg) | Children race on the beach. Photo: Jane Roe |

1. ![](https://news.example.org/media/g2.jpg)
   Fishermen bring in the catch for the feast
2. ![](https://news.example.org/media/g3.jpg)

The island's team won four of the six races, its best result since the games began.

*The winning crew lifts the trophy on the wharf. (Photo: Jane Roe)*

![The winners](https://news.example.org/media/trophy.jpg)

The games end on Friday with a feast on the church grounds and a dance that goes on until dawn.

[![Advertisement][9]][10]

[1]: https://news.example.org/media/lagoon.jpg "Canoe race"
[9]: https://news.example.org/ads/banner.jpg
[10]: https://ads.example.org/click
"""


def test_markdown_left_by_converters_reads_picture_by_picture():
    """What set 29's converters left (0.599 at first contact): a picture by reference, a figure in raw HTML with a
    line break before its credit, a lazy-loading placeholder glued before the real picture, a credit printed before
    the caption, a gallery as a table and as a numbered list (an item holding only its picture has no caption), a
    caption printed above its picture, and an ad linked by reference (no caption)."""
    article = extract_text(doc_for(_MARKDOWN_SHAPES.encode()), ExtractConfig(), Ledger())
    got = [(f.caption, f.credit, f.src and f.src.rsplit("/", 1)[-1]) for f in article.figures]
    assert got == [("Crews paddle across the lagoon at the start of the race.", "Photo: Jane Roe", "lagoon.jpg"),
                   ("Dancers open the ceremony on the school field.", "Photo: John Doe", "dancers.jpg"),
                   ("Elders watch the race from the shade of the church.", "Photo: Games Committee", "elders.jpg"),
                   ("Children race on the beach.", "Photo: Jane Roe", "g1.jpg"),
                   ("Fishermen bring in the catch for the feast", None, "g2.jpg"),
                   ("The winning crew lifts the trophy on the wharf.", "Photo: Jane Roe", "trophy.jpg")]
    assert "The games end on Friday with a feast on the church grounds and a dance that goes on until dawn." \
        in article.paragraphs


def test_a_markdown_author_box_and_a_gallery_counter_are_no_captions():
    """Set 31: an author's portrait (a picture in an authors' folder, or a small square thumbnail) over the byline or
    bio that opens with the name its alt gives is no photo with a caption; a slide counter between a gallery picture
    and its caption ("1 / 6", "Фото 1 из 6") is neither."""
    page = ("# Tango festival ends with a free concert\n\n"
            "![Jane Roe](https://news.example.org/static/authors/jane-roe-96x96.jpg)\n\n"
            "[Jane Roe](https://news.example.org/author/jane-roe/) · August 9, 2027 · 4 min read\n\n"
            "Couples from 40 countries competed over nine days, and the final drew the largest crowd in years.\n\n"
            "![Couples compete in the first round.](https://news.example.org/media/gallery/tango-01.jpg)\n\n"
            "1 / 6\n\nCouples compete in the first round. Photo: John Doe\n\n"
            "The city said 600,000 people attended the festival's events, most of them free.\n\n"
            "![Jane Roe](https://news.example.org/images/authors/jane-roe.jpg)\n\n"
            "**Jane Roe** has reported on the city's culture for the paper since 2014.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("Couples compete in the first round.",
                                                                 "Photo: John Doe")]


def test_a_markdown_caption_closing_with_its_credit_leaves_the_byline_below_to_the_story():
    """Set 164: the last picture's caption carries its own credit ("fot. nadesłane"); the labelled line a blank line
    below it, "Autor: X", is the story's byline, not a second credit that keeps the caption's own from being split."""
    page = ("## Market square reopens with its fountain\n\n"
            "After eight months of works the square is open to walkers again, with sixteen new trees and benches.\n\n"
            "![Fountain](img/square-02.jpg)\nThe fountain runs every day from nine to nine fot. UM Roe\n\n"
            "The works cost 9.1 million zloty, part of it from European funds.\n\n"
            "![Before](img/square-04.jpg)\nThe square before the works, in the autumn of 2024 fot. nadesłane\n\n"
            "Autor: Jan Roe\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("The fountain runs every day from nine to nine", "fot. UM Roe"),
        ("The square before the works, in the autumn of 2024", "fot. nadesłane")]


def test_a_byline_and_its_date_under_a_markdown_lead_picture_is_no_caption():
    """Set 168's negative page: the lead picture, then "Jane Roe | 2025-02-18", the story's byline and date across a
    bar: no caption, as a byline line ("By Jane Roe") is none; a short line of no stop under a picture still is."""
    page = ("# Winter market opens in the cold\n\n"
            "![](https://news.example.no/uploads/2025/02/market-cold.jpg)\n\nIngrid Roe | 2025-02-18\n\n"
            "The winter market opened on Tuesday at minus 28 degrees.\n\n"
            "Traders from the whole region had set up stalls along the main street.\n\n"
            "![](https://news.example.no/uploads/2025/02/market-stalls.jpg)\n\nStalls along the main street\n\n"
            "The market runs until Saturday.\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures if f.caption] == ["Stalls along the main street"]



def test_a_byline_with_a_worded_date_under_an_authors_portrait_is_no_caption():
    """Set 173's negative page: crawl4ai keeps the author's portrait and "By [Jane Roe](...) | Sept. 16, 2025" under
    it: the byline and a date with the month's name, no caption."""
    page = ("[Skip to content](#main-content)\n"
            "[News](https://www.news.example.com/news/) [Sports](https://www.news.example.com/sports/)\n"
            "# Council delays vote on parking fees\n"
            "![Jane Roe](https://www.news.example.com/static/authors/jane-roe-96x96.jpg)\n"
            "By [Jane Roe](https://www.news.example.com/authors/jane-roe/) | Sept. 16, 2025\n"
            "MUNCIE - The city council on Monday put off a vote on new downtown parking fees after a long hearing.\n"
            "The proposal would add meters on Walnut Street and charge $1 an hour in the two public garages.\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures if f.caption] == []


def test_a_bracketed_credit_paragraph_under_a_markdown_caption_is_its_credit():
    """Set 172: Firecrawl's Markdown of a Thai site, each picture, its caption, then its credit in brackets on a
    paragraph of its own ("(ภาพ : X)"): the caption's credit, as it is without the brackets."""
    page = ("# เทศบาลเปิดลานสเก็ตบอร์ดริมกว๊าน\n\n11 ธันวาคม 2569 | โดย กองบรรณาธิการ\n\n"
            "เทศบาลเปิดลานสเก็ตบอร์ดแห่งใหม่ริมกว๊านเมื่อวันที่ 10 ธันวาคม เยาวชนใช้บริการได้ฟรีทุกวัน\n\n"
            "![](https://www.news.example/uploads/2026/12/skate-1.jpg)\n\n"
            "เยาวชนทดลองเล่นลานสเก็ตบอร์ดริมกว๊านในวันเปิด\n\n(ภาพ : สมชาย โร)\n\n"
            "ลานสเก็ตบอร์ดมีทางลาดและราวเหล็กหลายจุด ใช้งบประมาณราว 2.5 ล้านบาท\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("เยาวชนทดลองเล่นลานสเก็ตบอร์ดริมกว๊านในวันเปิด", "ภาพ : สมชาย โร")]
    # (an editor's line under an ad's banner before a rule is no caption)
    page = ("# 古城街巷改造\n\n4月16日，古城街巷改造工程完工，全长1.2公里的街巷恢复通行。\n\n"
            "![](https://www.news.example.cn/uploads/2025/05/lane.jpg)\n\n修缮前的香港路\n\n"
            "![](https://www.news.example.cn/static/ad/2025/banner-garden.gif)\n\n责任编辑：郑雅琳\n\n* * *\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert "责任编辑：郑雅琳" not in [f.caption for f in article.figures]
    # (an editor's line in brackets under a caption is none of its credit)
    page = ("# 神农湖环湖步道全线贯通\n\n4月16日，神农湖环湖步道最后一段完工，全长6.2公里的步道全线贯通。\n\n"
            "![](https://www.news.example.cn/uploads/2026/04/lake-path.jpg)\n\n改造前的湖边小路。 （资料图）\n\n"
            "（责任编辑：龙晓晴）\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [f.credit for f in article.figures] == [None]


def test_a_caption_under_a_markdown_picture_whose_alt_was_cut_inside_a_word_is_a_caption():
    """Set 174: a CMS cut each alt at thirty characters, inside a word ("![Crianças fantasiadas no bloqui](...)"); the
    sentence under the picture that opens with it is the caption it was cut from; a short alt that ends inside a
    word of the sentence tells nothing."""
    page = ("# Blocos de carnaval tomam o centro histórico\n\n"
            "A prefeitura reforçou a coleta de lixo e o número de banheiros químicos no centro histórico.\n\n"
            "![Crianças fantasiadas no bloqui](https://news.example.com.br/uploads/2025/03/bloquinho.jpg)\n\n"
            "Crianças fantasiadas no bloquinho infantil da tarde de sábado.\n\n"
            "Segundo a organização, mais de quarenta blocos devem desfilar até a Quarta-feira de Cinzas.\n\n"
            "![Banda na](https://news.example.com.br/uploads/2025/03/banda.jpg)\n\n"
            "Banda nacional de frevo abre o desfile na praça da Matriz às dez horas.\n\n"
            "O desfile termina na quarta-feira, com o enterro dos ossos na praça.\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures if f.caption] == [
        "Crianças fantasiadas no bloquinho infantil da tarde de sábado."]


def test_a_short_sentence_under_a_markdown_picture_holding_its_alts_words_is_its_caption():
    """Set 175: the alt is the caption shortened ("![Fahrradbügel am Bahnhof](...)" over "Die neuen Fahrradbügel am
    Bahnhof Weiden."): a short sentence under the picture holding every word of the alt, in order, is its caption,
    though a link line and not a heading comes next. An alt of two capitalised words may be a name the story's
    sentence under it names: that tells nothing."""
    page = ("# Neue Fahrradbügel in der Innenstadt\n\n"
            "Die Stadt hat in der Innenstadt 120 neue Fahrradbügel aufgestellt, die meisten am Bahnhof.\n\n"
            "![Fahrradbügel am Bahnhof](https://news.example.de/media/2026/12/fahrradbuegel.jpg)\n\n"
            "Die neuen Fahrradbügel am Bahnhof Weiden.\n\n"
            "**Lesen Sie auch:** [Christkindlmarkt: Verkehrsänderungen](https://news.example.de/weiden/markt/)\n\n"
            "![Jane Roe](https://news.example.de/media/2026/12/stadtraetin.jpg)\n\n"
            "Stadträtin Jane Roe sagte, weitere Bügel folgen im Frühjahr.\n\n"
            "**Lesen Sie auch:** [Neue Buslinie ab Januar](https://news.example.de/weiden/bus/)\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures if f.caption] == ["Die neuen Fahrradbügel am Bahnhof Weiden."]


def test_a_sites_footer_under_its_banner_and_an_outlet_and_date_over_a_byline_are_no_captions():
    """Set 182: the site's "© 2026 Example · [Legal notice](...)" under a subscription banner is its footer, and an
    outlet's name and a worded date over "Autor: X" is the story's date and byline: neither is a caption."""
    page = ("# Odnowiony Stary Rynek oddany mieszkańcom\n\n"
            "- Kurier Example, 16 października 2026\n- Autor: Agnieszka Roe\n\n"
            "Po roku przebudowy Stary Rynek został w środę oddany mieszkańcom. Wymieniono nawierzchnię.\n\n"
            "![](https://www.news.example.pl/zdjecia/2026/10/rynek.jpg)\n"
            "Mieszkańcy na odnowionym Starym Rynku w środę po południu Fot. Piotr Roe\n\n"
            "Fontanna działa codziennie od 9 do 21.\n\n"
            "![](https://www.news.example.pl/uploads/2025/11/banner-suscripcion.png?fit=728%2C90)\n\n"
            "© 2026 Kurier Example · [Aviso legal](https://www.news.example.pl/aviso-legal/)\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures if f.caption] == [
        ("Mieszkańcy na odnowionym Starym Rynku w środę po południu", "Fot. Piotr Roe")]


def test_trafilaturas_markdown_with_a_caption_line_and_a_story_line_beside_each_picture_reads_line_by_line():
    """Set 184: trafilatura's Markdown with images, a blank line only after each picture, so the caption (its credit
    glued) and the story's next line share a block with the next picture: each line is a paragraph of its own, and
    the story's line is no part of the credit."""
    page = ("# Nye plantekasser og pullerter i Låsbygade\n"
            "Kommunen har sat 16 plantekasser af egetræ og 22 pullerter op for at stoppe parkering på fortovet.\n"
            "![Plantekasser](https://news.example.dk/images/2026/12/plantekasser.jpg)\n\n"
            "Kommunens folk sætter de første plantekasser op i Låsbygade. Foto: Mette Roe\n"
            "Kasserne bliver tilplantet til foråret.\n"
            "![Pullerter](https://news.example.dk/images/2026/12/pullerter.jpg)\n\n"
            "De nye pullerter kan tages op, når brandvæsenet skal forbi. Foto: Kolding Kommune\n"
            "Den røde postkasse ved hjørnet er flyttet en meter ind mod muren.\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Kommunens folk sætter de første plantekasser op i Låsbygade.", "Foto: Mette Roe"),
        ("De nye pullerter kan tages op, når brandvæsenet skal forbi.", "Foto: Kolding Kommune")]
    assert "Kasserne bliver tilplantet til foråret." in article.paragraphs
    # (a hard-wrapped story paragraph under an uncaptioned picture, its first line ending on a name, stays whole)
    page = ("# Desfile reúne 40 mil pessoas\n\nO desfile durou três horas e reuniu cerca de 40 mil pessoas no Eixo.\n\n"
            "![Mapa de interdições](https://news.example.br/midias/2026/09/mapa.jpg)\n\n"
            "As vias do Eixo Monumental foram liberadas ao trânsito às 13h. O Metrô-DF\n"
            "funcionou em horário especial, com trens a cada quatro minutos.\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures if f.caption] == []


def test_a_credit_paragraph_the_patterns_read_only_after_a_caption_is_the_markdown_captions_credit():
    """Set 163: Jina's Markdown of a TownNews page: the picture, its caption, then the photographer in capitals and
    the outlet across a slash on a paragraph of their own ("NOLAN ROE/Example Ledger"), then "Buy Now": the caption
    and its credit, as "Photo: X" under it already was."""
    page = ("City swaps last sodium streetlights for LEDs\n====\n\n"
            "The last of the orange-glow sodium streetlights will be gone by mid-December, six months early.\n\n"
            "![Image 2: Crews replace a streetlight](https://news.example.com/assets/v3/editorial/4/1a/light.jpg)\n\n"
            "A city street division crew replaces a sodium fixture with an LED head on Central Avenue on Tuesday.\n\n"
            "NOLAN ROE/Example Ledger\n\n[Buy Now](https://news.example.com/photos/buy)\n\n"
            "Public works director Marla Roe told the city commission that crews had replaced 1,900 fixtures.\n")
    article = extract_text(doc_for(page.encode(), "page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("A city street division crew replaces a sodium fixture with an LED head on Central Avenue on Tuesday.",
         "NOLAN ROE/Example Ledger")]


def test_markdown_teaser_cards_and_pull_quotes_are_no_captions():
    """Set 33: a link holding a picture and another story's headline is a teaser card, and a quotation set in a quote
    block under a picture is a pull quote; a picture whose link opens its own file keeps the words as its caption."""
    page = ("# Lygon Street festa draws the crowds\n\n"
            "The street closed to cars on Sunday for the festa, which this year had 120 stalls and three stages.\n\n"
            "![Pizza](https://news.example.org/media/pizza.jpg \"Pizza race\")\n\n"
            "> «For us older people the festa is the day the street is what it used to be.»\n\n"
            "The waiters' race with trays was won by a cafe that has entered every year since 1998.\n\n"
            "[![Bocce](https://news.example.org/media/bocce.jpg) Players at the bocce club's open day]"
            "(https://news.example.org/media/bocce-full.jpg)\n\n"
            "The organisers said next year's festa will add a fourth stage for young bands.\n\n"
            "* [![Alasita fair](https://news.example.org/thumbs/alasita.jpg) Alasita fair fills the city with "
            "miniatures](https://news.example.org/galleries/alasita/)\n"
            "* [![](https://news.example.org/thumbs/strike.jpg)Teachers suspend their strike notice]"
            "(https://news.example.org/education/strike/)\n\n"
            # (a card as Firecrawl writes it, its headline after hard line breaks: sets 131, 134 and 140)
            "[![](https://news.example.org/thumbs/ferry.jpg?w=320)\\\n\\\nFerry resumes its summer timetable]"
            "(https://news.example.org/transport/ferry/)\n\n"
            # (the site's footer over an analytics script's fallback picture: no picture, no caption)
            "© 2027 Example News – Imprint | Privacy\n\n"
            "![](https://stats.example.net/tr?id=7&ev=PageView&noscript=1)\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [("Players at the bocce club's open day",
                                                              "https://news.example.org/media/bocce.jpg")]
    assert not any("Alasita" in p or "strike" in p or "Ferry" in p for p in article.paragraphs)


def test_a_chinese_accounts_follow_us_line_under_a_markdown_picture_is_no_caption():
    """Sets 77, 116 and 143: a Chinese account's post closes on a QR code or an animated banner over "长按二维码关注我们"
    or "点击蓝字 关注我们" (press the QR code, click the blue words, to follow us): the site's service, no caption."""
    page = ("# 襄阳古城墙夜景亮化工程完工\n\n"
            "襄阳古城墙夜景亮化工程日前完工，临汉门、震华门等城楼都装上了新的灯光。\n\n"
            "![图片](https://img.example.cn/a/640?wx_fmt=jpeg)\n\n夜色中的襄阳古城墙。 图/王例\n\n"
            "市民可以沿着护城河步道欣赏夜景，步道每天开放到晚上十点。\n\n"
            "![图片](https://img.example.cn/b/640?wx_fmt=gif)\n\n点击蓝字 关注我们\n\n"
            "![图片](https://img.example.cn/c/640?wx_fmt=png)\n\n长按二维码关注我们\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures if f.caption] == ["夜色中的襄阳古城墙。"]


def test_a_markdown_table_without_pictures_stays_text():
    """Only a table holding pictures is read as a gallery; a results table in the same scrape keeps its rows."""
    page = ("# Regatta results\n\nThe regatta ended on Sunday with a win for the home crew in the final race.\n\n"
            "| ![](https://news.example.org/media/r1.jpg) | The home crew crosses the line. Photo: Jane Roe |\n\n"
            "| Crew | Time |\n| --- | --- |\n| Harbour RC | 6:41 |\n| Lake RC | 6:52 |\n\n"
            "The club said next year's regatta will add a race for junior crews on the Saturday.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("The home crew crosses the line.", "Photo: Jane Roe")]
    assert any("Harbour RC" in p for p in article.paragraphs)


def test_markdown_lines_that_open_a_list_or_head_a_result_are_no_captions():
    """Set 35: a line under a picture that ends in a colon opens a list, and a bold result line above a picture is
    a subheading; neither is the picture's caption."""
    page = ("# Derby won after a late comeback\n\n"
            "The home side was eight goals down after the break and won by two in front of 6,300 fans.\n\n"
            "**Home – Away 31-29 (13-18)**\n\n"
            "![The defence blocks a shot](https://news.example.org/media/block.jpg)\n\n"
            "The coach said the second half was the best his team had played all season, and praised the goalkeeper.\n\n"
            "![Divers over the reef](https://news.example.org/media/reef.jpg)\n\n"
            "According to the team, the second phase will:\n\n- plant ten thousand more corals\n- survey the fish\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == []


def test_a_paragraph_printed_once_with_its_credit_marked_at_its_end_is_a_caption():
    """Set 56: a picture's caption printed once, its credit in brackets or after a label at its end, inside the story;
    not a date and source line over the story, another story's teaser under its headline, nor a syndication note
    closed by its source."""
    page = ("Ice road opening pushed back\n\n12 June 2026 Source: Example Wire\n\n"
            "Reporting by the city desk for the Ledger. Photos: John Roe\n\n"
            "Crews say the crossing needs at least another week of hard cold before light vehicles can use it.\n\n"
            "Open water was still visible off the shoreline on Sunday afternoon. (Photo submitted by Kevin Roe)\n\n"
            "The department will post updates on its website when sections of the route open.\n\n"
            "A city bus takes the detour along San Martín street on Tuesday morning. Foto: Lautaro Roe\n\n"
            "The city expects the road to open before the end of the month if the cold holds.\n\n"
            "This story was not edited by our staff and is generated from agency feeds. Source: PTI\n\n"
            "Menton lemon festival unveils its theme for 2027\n\n"
            "Citrus sculptures in the gardens of Menton. (Photo by Marc Roe/AFP via Getty Images)\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Open water was still visible off the shoreline on Sunday afternoon.", "Photo submitted by Kevin Roe"),
        ("A city bus takes the detour along San Martín street on Tuesday morning.", "Foto: Lautaro Roe")]


def test_the_authors_portrait_in_an_about_the_author_box_is_no_caption():
    """Set 56: a name printed twice (a portrait's alt and its caption) in the box about the writer whom the byline
    names is the author's portrait; a portrait of a person the story quotes, printed the same way, stays a caption."""
    page = ("Ice road opening pushed back\n\nBy Mara Kowalchuk | Dec. 9, 2026\n\n"
            "Crews say the crossing needs at least another week of hard cold before light vehicles can use it.\n\n"
            "A crew member drills a test hole on the bay. Photo: Ann Roe\n\n"
            "A crew member drills a test hole on the bay. Photo: Ann Roe\n\n"
            "\"We measure every morning,\" said Jenna Trevithick, the road's supervisor.\n\n"
            "Jenna Trevithick, supervisor\n\nJenna Trevithick, supervisor\n\n"
            "The city expects the road to open before the end of the month if the cold holds.\n\n"
            "About the author\n\nMara Kowalchuk, reporter\n\nMara Kowalchuk, reporter\n\n"
            "Mara Kowalchuk covers city hall for the Ledger.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("A crew member drills a test hole on the bay.", "Photo: Ann Roe"), ("Jenna Trevithick, supervisor", None)]


def test_a_live_blogs_entry_authors_are_no_captions():
    """Set 67: a live blog prints each entry's time and its author's portrait (the name as alt and under it) over
    the entry: a name that captions several pictures of the page is the author's, no news photo; a person pictured
    once, named alone, stays a caption."""
    entry = ("{time}\n\n{name}\n\n{name}\n\n{text}\n\n")
    page = ("Live: water outage across the city\n\nLive updates\n\n"
            + entry.format(time="15:47", name="Niamh Fitzgibbon", text="Water is back in most of the city centre, "
                           "staff at a cafe on the main street told us.")
            + "Crews repair the burst main on Dublin Road. Photo: City Council\n\n"
            "Crews repair the burst main on Dublin Road. Photo: City Council\n\n"
            + entry.format(time="13:05", name="Eoin Vaughan", text="The residents' group has posted the list of "
                           "water stations on its page.")
            + "Patricia Hegarty\n\nPatricia Hegarty\n\nShe runs a launderette on Henry Street and says she will lose "
            "a full day's takings.\n\n"
            + entry.format(time="11:02", name="Niamh Fitzgibbon", text="Schools in the east of the city will close "
                           "at noon, the board said this morning.")
            + entry.format(time="08:15", name="Eoin Vaughan", text="Good morning and welcome to our live coverage "
                           "of the water outage."))
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Crews repair the burst main on Dublin Road.", "Photo: City Council"), ("Patricia Hegarty", None)]


def test_a_markdown_line_printed_in_the_pictures_own_block_is_its_caption():
    """Set 54 (markdownify of a page's body): the line under a picture with no blank line between, where the story's
    paragraphs are set apart by blank lines, is its caption, a full sentence and uncredited; a paragraph after a
    blank line under a picture is not, nor text a picture opens on its own line."""
    page = ("# Jerash festival opens on the south theatre\n\n"
            "The festival opened on Thursday evening on the south theatre, with troupes from the region.\n\n"
            "![Colonnaded street](https://news.example.org/uploads/jerash-cardo.jpg)\n"
            "Visitors walk along the colonnaded street before the concert.\n\n"
            "Local and Arab troupes took part in the opening before a full theatre.\n\n"
            "![The oval plaza](https://news.example.org/uploads/oval-plaza.jpg)\n\n"
            "The shows go on until the end of next month, the organisers said on Friday.\n\n"
            "![Gate](https://news.example.org/uploads/gate.jpg) The gate was restored last year by the department "
            "of antiquities. It is open every day.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.src and f.src.rsplit("/", 1)[-1]) for f in article.figures] == [
        ("Visitors walk along the colonnaded street before the concert.", "jerash-cardo.jpg")]


def test_a_line_printed_once_over_its_credit_line_is_a_caption():
    # a page's text as a browser copies it (innerText): lines, no blank lines between paragraphs, a figcaption's
    # caption and credit spans each on a line of their own, the caption printed once
    text = ("Maasland\nNieuws\nSport\n\nVrijthof loopt vol voor eerste zomerconcert\nDoor Sanne Meulenberg\n"
            "Data publicatie: 10.06.2025 21:47\nAutor: Sanne Meulenberg\n"
            "Bezoekers op het Vrijthof tijdens het openingsnummer van het concert.\nFoto: Roel Habets\n"
            "Ruim achtduizend mensen kwamen dinsdagavond naar het Vrijthof voor het eerste openluchtconcert van de "
            "zomer. Het orkest speelde filmmuziek.\nDe organisatie spreekt van een geslaagde start. Er volgen nog drie "
            "concerten.\nWat speelt het orkest?\nReader photos\nOmwonenden kregen vooraf een brief met informatie "
            "over afgesloten straten.\nSCI/TECH\nCULTURE\n")
    art = extract_text(doc_for(text.encode("utf-8")), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in art.figures] == [
        ("Bezoekers op het Vrijthof tijdens het openingsnummer van het concert.", "Foto: Roel Habets")]


def test_a_credit_line_under_a_captions_bare_copies_is_its_credit():
    """Set 56: a labelled credit line under the two bare copies of a caption, the story going on under it, is that
    caption's credit. A credit line between two pictures' copies is left alone: the site may print credits over
    its pictures, and whose it is cannot be told."""
    page = ("Warm spell pushes back opening of the ice road\n\nBy Mara Roe\n\n"
            "A city crew member drills a test hole on the bay near the ice road access on Monday.\n\n"
            "A city crew member drills a test hole on the bay near the ice road access on Monday.\n\n"
            "Photo credit: Mara Roe/Example Ledger\n\n"
            "The ice road will not open before Dec. 20 at the earliest, the department said on Monday.\n\n"
            "In most years the seasonal road opens to walkers and snowmobiles in early December.\n\n"
            "Open water off the shoreline on Sunday afternoon.\n\nOpen water off the shoreline on Sunday afternoon.\n\n"
            "Photo credit: Kevin Roe/Example Ledger\n\n"
            "A snowmobile waits at the edge of the ice on Sunday.\n\nA snowmobile waits at the edge of the ice on Sunday.\n\n"
            "The department will post updates on its website when sections of the route open.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("A city crew member drills a test hole on the bay near the ice road access on Monday.",
         "Photo credit: Mara Roe/Example Ledger"),
        ("Open water off the shoreline on Sunday afternoon.", None),
        ("A snowmobile waits at the edge of the ice on Sunday.", None)]


def test_a_staff_credit_line_the_boilerplate_table_does_not_know_is_the_credit_of_the_caption_over_it():
    """Set 58: "JANE ROE/Ledger staff" under a caption's bare copies, the story going on under it."""
    page = ("Drainage rules settled after two years\n\nBy Jane Roe\n\n"
            "Farmers along the river will have to register their drainage tiles by the end of next year, the state said.\n\n"
            "Lyle Roe checks a drainage tile outlet on his farm north of town on Tuesday.\n\n"
            "Lyle Roe checks a drainage tile outlet on his farm north of town on Tuesday.\n\n"
            "JANE ROE/Ledger staff\n\n"
            "\"For a lot of us this has been hanging over every decision we make,\" said Lyle Roe, who farms there.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Lyle Roe checks a drainage tile outlet on his farm north of town on Tuesday.", "JANE ROE/Ledger staff")]
    assert not any("Ledger staff" in p for p in article.paragraphs)


def test_a_credit_line_under_a_captions_copies_is_its_credit_with_an_ad_label_before_the_story():
    """Set 166: "(Courtesy of City of X)" under a caption's two copies, then the page's "Advertisement" label, then the
    story: the ad's label between the credit and the story changes nothing."""
    page = ("Crews start winter pothole blitz\n\nBy Jane Roe\n\n"
            "The street maintenance division began a two-week pothole push this week on Northern Avenue.\n\n"
            "The infrared patcher heats old asphalt so it can be reworked instead of cut out.\n\n"
            "The infrared patcher heats old asphalt so it can be reworked instead of cut out.\n\n"
            "(Courtesy of City of Pueblo)\n\nAdvertisement\n\n"
            "The council also agreed Monday to keep the park restrooms open through the winter.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("The infrared patcher heats old asphalt so it can be reworked instead of cut out.",
         "(Courtesy of City of Pueblo)")]
    assert not any("Courtesy" in p for p in article.paragraphs)


def test_a_videos_title_under_its_label_is_neither_a_caption_nor_the_story():
    """Set 61: a clip's title printed twice where the player stood ("Vidéo: ... (2:05)", "WATCH | ..."), in any
    of the labels' languages, is no photo's caption and no paragraph of the story."""
    page = ("Storm closes the coastal road\n\nBy Jane Roe\n\n"
            "The coastal road was closed on Tuesday after waves threw stones onto the carriageway.\n\n"
            "WATCH | Waves crash over the seawall at the park\n\nWATCH | Waves crash over the seawall at the park\n\n"
            "Duration 0:48\n\n"
            "Crews expect to reopen it on Thursday once the tide has turned and the stones are cleared.\n\n"
            "Vidéo: Les vagues sur la digue, mardi (2:05)\n\nVidéo: Les vagues sur la digue, mardi (2:05)\n\n"
            "A council crew clears stones from the road on Tuesday.\n\nA council crew clears stones from the road on "
            "Tuesday.\n\nThe council said the wall would be inspected next week.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["A council crew clears stones from the road on Tuesday."]
    assert not any("WATCH" in p or "Vidéo" in p for p in article.paragraphs)


def test_pandocs_own_markdown_reads_through_its_divs_attributes_and_spans():
    """Set 62: a page as `pandoc -t markdown` writes it: fenced divs, a picture's attribute block (wrapping onto the
    next line), a heading's attributes, a credit in a span, a caption in a div its class names a caption's (no
    credit, no alt: only the class says it is the caption)."""
    page = ('::: site-branding\n[![The Post](https://post.example/logo.png){.custom-logo width="240"}]'
            '(https://post.example/){.custom-logo-link rel="home"}\n:::\n\n'
            '# Archer takes the women\'s title {.entry-title}\n\n:::::: entry-content\n'
            'The women\'s archery title went to a first-time winner on Saturday, in gusting wind at the ground\n'
            'beside the stadium.\n\n'
            ':::: {#attachment_1 .wp-caption .aligncenter style="width: 1034px"}\n'
            '![](https://post.example/u/archers-1024x683.jpg){.size-large\n.wp-image-1 width="1024" height="683"}\n\n'
            '::: wp-caption-text\nWomen archers take aim at the *sur* targets on the second day.\n'
            '[Photo: Jane Roe]{.credit}\n:::\n::::\n\n'
            'The horse races were run over the steppe, where riders under 13 must now wear helmets and vests that\n'
            'are checked at the start.\n\n'
            ':::: {#attachment_2 .wp-caption}\n![](https://post.example/u/family-1024x683.jpg){.size-large}\n\n'
            '::: wp-caption-text\nRelatives of the new champion celebrate outside the archery\nground.\n:::\n::::\n\n'
            'The men\'s title went to a veteran who first won it in 1989.\n::::::\n')
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Women archers take aim at the sur targets on the second day.", "Photo: Jane Roe",
         "https://post.example/u/archers-1024x683.jpg"),
        ("Relatives of the new champion celebrate outside the archery ground.", None,
         "https://post.example/u/family-1024x683.jpg")]
    assert article.title == "Archer takes the women's title"
    assert not any("{" in p or ":::" in p for p in article.paragraphs)


def test_a_markdown_sentence_between_a_picture_and_a_break_in_the_story_is_its_caption():
    """Set 62: one sentence under a picture with a rule, a heading or a list of links under it (the story does not
    go on into it) is the picture's caption. A sentence under a picture that the story goes on after, or with
    another picture next, is the story's; so is one set a blank line below its picture where the page glues its
    captions on the line under their pictures (set 54)."""
    apart = ("# Lantern parade\n\nStudents carried lanterns along the street on Sunday evening, watched by families.\n\n"
             "![](https://news.example/u/parade.jpg)\n\nPupils carry their lanterns along the street. (Photo: Li Roe)\n\n"
             "The parade has been held for more than twenty years and ends at the temple.\n\n"
             "![](https://news.example/u/riddles.jpg)\n\nAn elder guesses a lantern riddle in front of the temple.\n\n"
             "* * *\n\n![](https://news.example/u/stage.jpg)\n\nThe school choir sang three songs on the stage.\n\n"
             "The headmaster thanked the volunteers who had built the lanterns over the summer.\n")
    article = extract_text(doc_for(apart.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["Pupils carry their lanterns along the street.",
                                                    "An elder guesses a lantern riddle in front of the temple."]
    glued = ("# Road works\n\nWork on the road to the castle began on Sunday morning with new bends.\n\n"
             "![](https://news.example/u/castle.jpg)\nThe castle seen from the road. (Photo: Sam Roe)\n\n"
             "The works include wider bends and new parking for buses.\n\n"
             "![](https://news.example/u/works.jpg)\n\nThe works are expected to end before the winter.\n\n"
             "**Read also**\n\n[Forest trails reopen](https://news.example/forest)\n")
    article = extract_text(doc_for(glued.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["The castle seen from the road."]


def test_markdown_whose_lines_are_whole_paragraphs_reads_line_by_line():
    """Set 62: crawl4ai's raw Markdown, one line a block and blank lines only here and there: a picture, its caption
    in italics on the next line and the story's next paragraph on the line after are three blocks. A line opening
    with a play sign ("▶ Watch the video on ...") is a video's link, not the caption of the poster over it."""
    para = ("The island marked its national day on Tuesday with a service in the church, a parade of school children "
            "and a dance that lasted until late at night in the meeting hall.")
    page = ("[Home](https://news.example/)\n\n\n# National day on the island\n"
            f"{para}\n![Dancers](https://news.example/u/dance.jpg)\n*Dancers from the north perform in front of the "
            "meeting hall. Ata: Jane Roe*\n"
            f"More than three thousand people came to the main island for the day, {para[4:]}\n"
            "![](https://news.example/u/poster.jpg)\n▶ Watch the video on [Facebook](https://facebook.example/v/1)\n"
            f"The council thanked everyone who helped, {para[4:]}\n"
            "![Flag](https://news.example/u/flag.jpg)\n*The flag is raised in the morning. Ata: Sam Roe*\n"
            f"Next year the island marks the fiftieth day, {para[4:]}\n\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [
        ("Dancers from the north perform in front of the meeting hall.", "https://news.example/u/dance.jpg"),
        ("The flag is raised in the morning.", "https://news.example/u/flag.jpg")]
    assert not any("Watch the video" in p for p in article.paragraphs)


def test_markdownloads_excerpt_and_obsidian_embeds():
    """Set 62: MarkDownload's "## Excerpt" quote (the story's first lines again) is no paragraph of the story and
    does not make its lead a caption's second copy; Obsidian's picture embeds ("![[file.jpg]]") are pictures."""
    lead = "Citrus growers expect a good harvest this season but complain of low prices at the wholesale market."
    page = (f"---\nsource: https://news.example/citrus\n---\n\n# Citrus season\n\n> ## Excerpt\n> {lead}\n\n---\n\n"
            f"{lead}\n\n![[citrus-orchard.jpg]]\n\nFarmers pick oranges in an orchard near the coast. (Photo: Sam Roe)\n\n"
            "The directorate estimates this season's crop at more than 800,000 tonnes, most of it oranges.\n\n"
            "![[citrus-market.jpg|Crates]]\n\nCrates of citrus at the wholesale market on Tuesday. (Photo: Sam Roe)\n\n"
            "Growers hope the juice factory will take part of the surplus.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [
        ("Farmers pick oranges in an orchard near the coast.", "citrus-orchard.jpg"),
        ("Crates of citrus at the wholesale market on Tuesday.", "citrus-market.jpg")]
    assert article.paragraphs.count(lead) == 1


def test_a_markdown_line_that_places_people_in_the_picture_is_its_caption():
    """Set 62: a sentence under a picture naming who stands where ("from left, ..."; "de gauche à droite") is the
    picture's caption, though it ends its sentence and carries no credit; a story's sentence under a picture is not."""
    page = ("# Spring festival\n\nThe festival ended on Sunday with the games and a community feast at the school.\n\n"
            "![](https://news.example/u/winners.jpg)\n\n"
            "Winners of the women's competition, from left, Ana Roe, Lucy Roe and Annie Roe.\n\n"
            "The committee will name the festival's honorary guest at its meeting in May.\n\n"
            "![](https://news.example/u/feast.jpg)\n\nThe feast drew more people than last year, the organisers said.\n\n"
            "Planning for next year starts in the fall, and the committee is looking for volunteers.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == [
        "Winners of the women's competition, from left, Ana Roe, Lucy Roe and Annie Roe."]


def test_a_pictures_own_controls_are_boilerplate_and_the_credit_under_them_is_its():
    """Set 61: a public radio's picture as its page's text carries it: "Enlarge this image", the caption twice,
    "hide caption", "toggle caption", then the credit, then the story. The controls are no paragraphs; the credit
    is the caption's. A credit printed twice (its own picture's) or an agency's sign-off after an ad line between
    a caption's copies stays off the caption (sets 29 and 5)."""
    page = ("Ice on the bay is thinner than ever\n\nBy Jane Roe\n\nEnlarge this image\n\n"
            "A technician drills through the ice of the bay on Jan. 28.\n\n"
            "A technician drills through the ice of the bay on Jan. 28.\n\nhide caption\n\ntoggle caption\n\n"
            "Jane Roe/Example Public Radio\n\n"
            "On a gray morning at the bottom of the bay, the technician leans on an auger until it breaks through.\n\n"
            "Samples wait in the lab's cold room.\n\nAdvertisement\n\nSamples wait in the lab's cold room.\n\n"
            "-- REUTERS\n\nThe lab has drilled the same holes every winter since 2012.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("A technician drills through the ice of the bay on Jan. 28.", "Jane Roe/Example Public Radio"),
        ("Samples wait in the lab's cold room.", None)]
    assert not any(p in ("hide caption", "toggle caption", "Enlarge this image") for p in article.paragraphs)


def test_a_columnists_name_over_a_role_line_at_the_top_is_no_caption():
    """Set 61: an opinion page's columnist, the name printed twice (the portrait's alt and its line) under the
    headline with a role line under it and no "By": the author's portrait. A picture of a person captioned with a
    name inside the story stays (its role line is no line of its own)."""
    page = ("Opinion\n\nThe port needs cranes and rail, not another task force\n\nAmina Roe\n\nAmina Roe\n\n"
            "Economist and columnist\n\nWednesday, February 04, 2026\n\n"
            "Truck drivers now wait up to three days to collect a container at the terminal, and the cost of it ends "
            "up in the price of cooking oil.\n\nTwo of the terminal's cranes have been out of service since December.\n\n"
            "Captain Omar Roe\n\nCaptain Omar Roe\n\nThe harbour master said repairs would start in March.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["Captain Omar Roe"]


@pytest.mark.parametrize("heading", ["Смотрите также", "Veja também", "Voir aussi", "Siehe auch", "Ver también"])
def test_a_see_also_heading_makes_the_headlines_under_it_links(heading):
    """Set 61: "see also" over a list of other stories' headlines, each printed twice (a thumbnail's alt and its
    link): teasers, no captions."""
    page = ("Ferry crossing opens on the ice\n\nBy Jane Roe\n\n"
            "The ice crossing to the island opened on Tuesday after the ice reached 40 centimetres.\n\n"
            "The crossing is open from 8:00 to 20:00, and driving off the marked track is forbidden.\n\n"
            f"{heading}\n\nHow the city lived through minus forty\n\nHow the city lived through minus forty\n\n"
            "Ice on the river: where you may walk\n\nIce on the river: where you may walk\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == []


def test_a_caption_pair_printed_again_for_a_phones_layout_is_one_picture():
    """Set 61: a page's text that holds the lead picture twice (the desktop and the phone layout), each with its alt
    and its credited line: the same two copies twice are one picture, not two."""
    alt = "The restaurant near the market will close on Sunday."
    page = ("Old restaurant to close after 38 years\n\nBy Jane Roe\n\n"
            f"{alt}\n\n{alt} (Photo: Jane Roe)\n\n{alt}\n\n{alt} (Photo: Jane Roe)\n\n"
            "The restaurant has served the neighbourhood for thirty-eight years and will open for the last time on "
            "Sunday.\n\nThe owner said the landlord had asked for a rent rise of a third.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [(alt, "Photo: Jane Roe")]


def test_a_markdown_call_to_follow_the_site_is_no_caption():
    """Set 62: "📢 Follow us on our Telegram channel" in a quote block over a picture, and "Follow us on WhatsApp"
    under the channel's banner, in any of the languages the call is written in: the site's, no captions."""
    page = ("# Carnival in the old town\n\nThe carnival parade crossed the old town on Sunday afternoon, watched by "
            "thousands.\n\n![Children](https://news.example/u/children.jpg)\n\nPupils of a primary school dressed as "
            "bees and flowers. *Photo: Ana Roe*\n\n> 📢 Подписывайтесь на наш [Telegram-канал](https://t.me/example) — "
            "все новости в одном месте.\n\n![](https://news.example/u/crowd.jpg)\n\n"
            "The parade ended at the seafront in the evening, where a concert was held for the families.\n\n"
            "The organisers thanked the volunteers and the city's bus company for the extra services.\n\n---\n\n"
            "![](https://news.example/u/channel-banner.png)\n\nتابعونا على قناتنا في واتساب\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["Pupils of a primary school dressed as bees and flowers."]


def test_a_line_opened_by_a_triangle_under_a_picture_is_its_caption():
    """Set 64: a Chinese paper's page as text: each picture's line printed once, opened by "▲", its credit after an
    ideographic space; the triangle is no part of the caption."""
    page = ("夜市搬进新址\n\n经过两个月的改造，夜市摊位11日晚整体搬进了附近的新址。首夜开市，120多个摊位全部营业。\n\n"
            "▲11日晚，夜市新址开市，市民在摊位间穿行。　记者 陈思远 摄\n\n"
            "新址位于原夜市以南约300米，占地约4000平方米。\n\n▲沙茶面摊位前排起长队。　通讯员 黄志强 摄\n\n"
            "“原来的位置挤，下雨天更麻烦。现在地方大了。”林阿姨说。\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("11日晚，夜市新址开市，市民在摊位间穿行。", "记者 陈思远 摄"), ("沙茶面摊位前排起长队。", "通讯员 黄志强 摄")]


def test_markdown_from_site_sources_reads_their_picture_shortcodes_and_drops_comments():
    """Set 65: pages as their sources hold them: WordPress's [caption] shortcode (brackets escaped by the converter),
    Jekyll's figure include, Hugo's figure shortcode, an img inside a Markdown link, and HTML comments (a document
    converter's "<!-- image -->" mark, an editor's layout note): pictures with their captions, no comment text."""
    page = ("# Festival on the island\n\n<!-- image -->\n\nThe festival opened on Saturday in the old town square, "
            "with music and food until late.\n\n"
            '\\[caption id="attachment\\_8814" align="aligncenter" width="1024"\\]![Masquerades](images/eyo-1024x683.jpg)'
            " Masquerades in white robes file past the square on Saturday. Photo: Bisi Roe\\[/caption\\]\n\n"
            "The procession went on into the evening, watched by thousands along the route.\n\n"
            '{% include figure image_path="/assets/images/rath.jpg" alt="Chariot" caption="Devotees pull the '
            'chariot with ropes across the ground. Photo: Rakesh Roe" %}\n\n'
            "Deities from the villages arrived in palanquins for the week of the fair.\n\n"
            '{{< figure src="/img/parade.jpg" alt="Parade" caption="Foreign artists take part in the cultural '
            'parade. Photo: District Office" >}}\n\n<!-- {"width":560} -->\n\n'
            "The fair ends on Friday with a final procession to the temple.\n\n"
            "[<img src='https://news.example/u/crowd-1024x683.jpg' alt='Crowd' />](https://news.example/u/crowd.jpg)\n\n"
            "Crowds fill the square for the rally. Photo: Nadia Roe\n\n"
            "The organisers thanked the stewards and the police for a day without incidents.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [
        ("Masquerades in white robes file past the square on Saturday.", "images/eyo-1024x683.jpg"),
        ("Devotees pull the chariot with ropes across the ground.", "/assets/images/rath.jpg"),
        ("Foreign artists take part in the cultural parade.", "/img/parade.jpg"),
        ("Crowds fill the square for the rally.", "https://news.example/u/crowd-1024x683.jpg")]
    assert not any("<!--" in p or "caption" in p or "]" in p or "{" in p for p in article.paragraphs)


def test_a_markdown_page_under_a_crawlers_html_comments_is_still_a_scrape(tmp_path):
    """Set 68: a spider that saves pages through markdownify notes the source and crawl time in HTML comments over
    the page: the file is still a Markdown scrape (it was called no article), and the comments are no paragraphs."""
    from corpus.ingest.detect import detect_kind

    page = ("<!-- source: https://news.example/local/fish-auction -->\n<!-- crawled: 2027-11-18T06:02:41+00:00 | "
            "spider: gulf_local | markdownify -->\n\n# Fish auction returns to the market\n\n"
            "The morning fish auction returned to the market on Monday after four months of building work.\n\n"
            "![Auction](https://news.example/u/auction-hall.jpg)\n\n"
            "Fishermen and traders follow the bidding in the new hall. (Photo: Salem Roe)\n\n"
            "Officials said the hall was now twice as large and could hold more than 300 people.\n\n"
            "Prices of kingfish rose slightly on the first day, traders said, after weeks of short supply.\n")
    assert looks_like_text_scrape(page)
    (tmp_path / "page.md").write_text(page, encoding="utf-8")
    assert detect_kind(str(tmp_path / "page.md")) == "text"
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Fishermen and traders follow the bidding in the new hall.", "Photo: Salem Roe")]
    assert not any("<!--" in p or "crawled" in p for p in article.paragraphs)
    assert not looks_like_text_scrape("<!-- saved -->\n<div class='story'><p>Fishermen follow the bidding.</p></div>")


def test_hexo_picture_tags_and_a_blogs_photo_id_notation_are_pictures():
    """Set 68: a Hexo post's source ("{% asset_img f.jpg "title" %}", an italic caption under it, a quote tag between
    a picture and the story) and a blog's photo-library notation ("[f:id:user:20270815143512j:plain]") in a figure
    with its figcaption, or alone: pictures at their place, the notation their address as written."""
    hexo = ("# Filó in the hall\n\nA hundred people came to the community hall on Saturday for the first filó "
            "of the year.\n\n<!-- more -->\n\n"
            '{% asset_img filo-table.jpg "table" %}\n\n*Families sit around the long table on Saturday. Foto: '
            "Lucia Roe*\n\nThe women made polenta, cheese, salami and bread, and the men brought accordions.\n\n"
            '{% asset_img filo-accordion.jpg "accordion" %}\n\n*Aurelio Roe, 84, plays the accordion as he did as a '
            "boy*\n\n{% blockquote Aurelio Roe %}\nWhen I was small we held the filó every winter night.\n"
            "{% endblockquote %}\n\n"
            '{% img right /images/filo-songs.jpg 600 400 "The old songs" %}\n\n'
            "After supper everyone sang the old songs together until late.\n")
    article = extract_text(doc_for(hexo.encode(), path="post.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Families sit around the long table on Saturday.", "Foto: Lucia Roe", "filo-table.jpg"),
        ("Aurelio Roe, 84, plays the accordion as he did as a boy", None, "filo-accordion.jpg")]
    assert not any("{%" in p for p in article.paragraphs)
    blog = ("# Bull sumo summer meet\n\n[:contents]\n\nThe summer meet of bull sumo was held on the 15th at the "
            "island's dome, with about 800 visitors watching seventeen bouts.\n\n"
            '<figure class="figure-image figure-image-fotolife" title="Two bulls lock horns">'
            "[f:id:island_now:20270815143512j:plain]<figcaption>Two bulls lock horns in the middle of the ring"
            "</figcaption></figure>\n\nThe last bout between the two champions ended in a draw after twenty "
            "minutes.\n\n[f:id:island_now:20270815150244j:plain:w300]\n\nOutside the dome, pupils sold noodles "
            "from stalls until they ran out in the early afternoon.\n")
    article = extract_text(doc_for(blog.encode(), path="post.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [
        ("Two bulls lock horns in the middle of the ring", "f:id:island_now:20270815143512j:plain")]
    assert not any("f:id:" in p for p in article.paragraphs)


def test_a_text_browsers_dump_reads_its_pictures_from_the_references(tmp_path):
    """Set 70: `lynx -dump` of a page: lines wrapped and indented, links marked "[13]", their addresses listed
    under "References". A block that is one link to a picture's file is the picture (the alt lynx prints for it),
    the caption under it; other marks go. The file opens "[1]Skip to content": text, not a JSON array."""
    from corpus.ingest.detect import detect_kind

    page = ("   [1]Skip to content\n\n   [2]High Desert Ledger\n\n   [3]News [4]Sports [5]Opinion\n\n"
            "   Reservoir falls to 38 percent as irrigators brace for early\n   shutoff\n\n"
            "   By [6]Dana Roe | June 9, 2026\n\n   [7]Reservoir boat ramp\n\n"
            "   The reservoir on Monday, with the boat ramp well above the waterline.\n"
            "   (Photo by Dana Roe/High Desert Ledger)\n\n"
            "   PRINEVILLE -- The reservoir was 38 percent full on Monday, its lowest\n   level for early June in "
            "more than a decade, the district said.\n\n"
            "   The district's board voted last week to cut each patron's allotment by a\n   third.\n\n"
            "   Hay grower Luis Roe said he has already decided to skip his last cutting, as\n   [8]reported here.\n\n"
            "References\n\n   1. https://news.example/#content\n   2. https://news.example/\n"
            "   3. https://news.example/news/\n   4. https://news.example/sports/\n"
            "   5. https://news.example/opinion/\n   6. https://news.example/author/droe/\n"
            "   7. https://news.example/uploads/2026/06/reservoir-ramp.jpg\n"
            "   8. https://news.example/2026/06/01/hay/\n")
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    assert detect_kind(str(tmp_path / "page.txt")) == "text"
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("The reservoir on Monday, with the boat ramp well above the waterline.",
         "Photo by Dana Roe/High Desert Ledger", "https://news.example/uploads/2026/06/reservoir-ramp.jpg")]
    assert "Hay grower Luis Roe said he has already decided to skip his last cutting, as reported here." \
        in article.paragraphs
    assert not any("[" in p or "news.example" in p for p in article.paragraphs)
    (tmp_path / "numbers.json").write_text("[1, 2]\n", encoding="utf-8")
    assert detect_kind(str(tmp_path / "numbers.json")) == "json"


def test_a_crawlers_picture_address_lines_are_pictures():
    """Set 70: a home-made crawler prints each picture as "[IMG] address" on a line of its own, the caption under
    it: the picture, its caption and credit; the logo and the author's avatar bring no caption."""
    page = ("[IMG] https://news.example/themes/logo.png\n\nWeavers move into new market shed\n\n"
            "[IMG] https://news.example/uploads/avatars/aroe.jpg\n\nBy Akol Roe | June 9, 2026\n\n"
            "[IMG] https://news.example/uploads/2026/06/weavers-shed.jpg\n\n"
            "Weavers at work in the new shed at the main market on Monday. Photo Credit: Akol Roe\n\n"
            "More than 150 basket weavers moved into a new market shed built by the assembly on Monday.\n\n"
            "The shed, which has a concrete floor and a water point, cost 1.4 million cedis.\n\n"
            "[IMG] https://news.example/uploads/2026/06/weaver-portrait.jpg\n\n"
            "Madam Atinga Roe, who has woven baskets for 40 years\n\n"
            "Madam Atinga Roe, 62, said the weavers also needed a cooperative to sell directly to buyers.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src.rsplit("/", 1)[-1]) for f in article.figures] == [
        ("Weavers at work in the new shed at the main market on Monday.", "Photo Credit: Akol Roe", "weavers-shed.jpg"),
        ("Madam Atinga Roe, who has woven baskets for 40 years", None, "weaver-portrait.jpg")]


def test_a_gallerys_buttons_and_heading_place_its_captions():
    """Set 70: a gallery printed in the text: its heading ("Bildergalerie: ... (4 Bilder)"), then each picture's
    caption with "Vorheriges Bild / Nächstes Bild" between them. The heading is no paragraph; each caption is one,
    credited or not; the story's paragraphs after the gallery stay the story's."""
    page = ("Frühjahrsdult endet mit Besucherrekord\n\nVon Katrin Roe\n\n"
            "Die Frühjahrsdult ist am Sonntagabend mit einem Besucherrekord zu Ende gegangen, teilte die Stadt mit.\n\n"
            "Bildergalerie: Die Frühjahrsdult 2026 in Bildern (4 Bilder)\n\n"
            "Das Riesenrad war auch in diesem Jahr der Publikumsmagnet. Foto: Markus Roe\n\n"
            "Vorheriges Bild\nNächstes Bild\n\n"
            "Beim Anstich im Festzelt floss das erste Bier nach zwei Schlägen. Foto: Markus Roe\n\n"
            "Vorheriges Bild\nNächstes Bild\n\nEin Schausteller baut am ersten Morgen seinen Stand auf.\n\n"
            "Vorheriges Bild\nNächstes Bild\n\nDas Feuerwerk zum Abschluss über dem Weiher. Foto: Stadt\n\n"
            "Zur Galerie-Übersicht\n\n"
            "Die Schausteller zeigten sich zufrieden, vor allem mit dem Wetter in der zweiten Woche.\n\n"
            "Die Polizei meldete 41 Einsätze, etwas weniger als im Vorjahr.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Das Riesenrad war auch in diesem Jahr der Publikumsmagnet.", "Foto: Markus Roe"),
        ("Beim Anstich im Festzelt floss das erste Bier nach zwei Schlägen.", "Foto: Markus Roe"),
        ("Ein Schausteller baut am ersten Morgen seinen Stand auf.", None),
        ("Das Feuerwerk zum Abschluss über dem Weiher.", "Foto: Stadt")]
    assert not any("Bildergalerie" in p or "Bild" in p.split() for p in article.paragraphs)
    assert "Die Polizei meldete 41 Einsätze, etwas weniger als im Vorjahr." in article.paragraphs


@pytest.mark.parametrize("source, caption, joined", [
    ("Image source", "Image caption", False), ("Автор фото", "Подпись к фото", False),
    ("Image source", "Image caption", True)])
def test_a_templates_hidden_caption_and_source_labels_as_a_pages_text_keeps_them(source, caption, joined):
    """Set 70: a news template labels each picture for screen readers ("Image source, X" over "Image caption, Y";
    BBC Russian's "Автор фото, X" / "Подпись к фото, Y"), and a page's text keeps the labels: the caption printed
    once with its credit, labels gone; a source line alone is a picture without a caption; a caption label without a
    source line is an uncredited caption."""
    sep = " | " if joined else "\n"
    page = ("River rises a metre in a week as officials prepare the dams\n\nAnna Roe\n\n"
            f"{source}, Sergei Roe{sep}{caption}, The embankment on Monday: the water reached the lowest steps\n\n"
            "The water level in the river rose by almost a metre over the past week, hydrologists said on Monday.\n\n"
            f"{source}, Getty Images\n\n"
            "In 2013 the river reached a record 8.08 metres and thousands of houses were flooded.\n\n"
            f"{caption}, Valentina Roe shows the 2013 water mark on the wall of her house\n\n"
            "Hydrologists promise to update the forecast on Thursday.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("The embankment on Monday: the water reached the lowest steps", "Sergei Roe"),
        ("Valentina Roe shows the 2013 water mark on the wall of her house", None)]
    assert not any(source in p or "Getty" in p for p in article.paragraphs)


def test_a_caption_shortcode_left_in_a_feeds_text_is_a_caption():
    """Set 70: a feed's text keeps WordPress's caption shortcodes, their pictures stripped (or an img tag left in):
    each shortcode's words are a caption, its credit in brackets; the "appeared first on" line is no caption."""
    page = ("Evening Desk - News\n\nWaterfall opens for the summer, with tickets only online at weekends\n\n"
            "Published on 9 June 2026 by the desk\n\n"
            '[caption id="attachment_48213" align="aligncenter" width="1024"] The waterfall at full flow (foto Luca '
            "Roe)[/caption]\n\nFrom Saturday the park is open every day from 9 to 20, with full flows at noon.\n\n"
            "This year tickets can be bought only online at weekends, to avoid queues at the entrance.\n\n"
            '[caption id="attachment_48215" align="aligncenter" width="1024"]<img src="https://news.example/u/path.jpg"'
            ' alt="" width="1024" height="683" /> Path 1 climbing to the upper viewpoint[/caption]\n\n'
            "The council reminds walkers that paths 1 and 6 close after 19 for safety.\n\n"
            "The post Waterfall opens for the summer, with tickets only online at weekends appeared first on The "
            "Desk.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("The waterfall at full flow", "foto Luca Roe"), ("Path 1 climbing to the upper viewpoint", None)]
    assert not any("caption" in p for p in article.paragraphs)


def test_a_figcaption_kept_in_markdown_is_its_pictures_caption_whatever_its_shape():
    """Set 71: a site's source keeps HTML figures in its Markdown (Astro, GitBook with a <p> inside, Eleventy's
    image shortcode in a figure): the figcaption is the picture's caption even as a full sentence with no credit,
    which a paragraph under a picture would not be; an empty figcaption brings none."""
    page = ("---\ntitle: 'Boardwalks renewed'\n---\nThe village finished the first stage of renewing its cypress "
            "boardwalks, which join the houses, the school and the pier.\n\n<figure>\n"
            '<img src="../../assets/pier-boat.jpg" alt="Boat at the pier" />\n'
            "<figcaption>The passenger boat reaches the main pier, where the new boardwalk ends.</figcaption>\n"
            "</figure>\n\nThe second stage, which begins in October, takes in the island sector.\n\n"
            '<figure><img src="../.gitbook/assets/visitors.jpg" alt="Visitors"><figcaption></figcaption></figure>\n\n'
            '<figure><img src="../.gitbook/assets/mayor.jpg" alt=""><figcaption><p>The mayor (centre) with the '
            "carpenters of the village.</p></figcaption></figure>\n\n"
            "The organisers drew up a positive balance of the first stage.\n\n<figure>\n"
            '{% image "./photos/mare.jpg", "Champion mare" %}\n<figcaption>The champion mare of four-year-olds, with '
            "her breeder.</figcaption>\n</figure>\n\nThe committee thanked the 900 volunteers.\n")
    article = extract_text(doc_for(page.encode(), path="post.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [
        ("The passenger boat reaches the main pier, where the new boardwalk ends.", "../../assets/pier-boat.jpg"),
        ("The mayor (centre) with the carpenters of the village.", "../.gitbook/assets/mayor.jpg"),
        ("The champion mare of four-year-olds, with her breeder.", "./photos/mare.jpg")]
    assert "The second stage, which begins in October, takes in the island sector." in article.paragraphs


def test_a_blogs_aligned_pictures_and_embeds():
    """Set 71: a blog's Markdown backup writes each picture with its alignment inside the brackets ("![](a.jpeg
    align="center")") and a video as an embed line ("%[https://...]"): the pictures and their italic captions; the
    embed is no text."""
    page = ("# Old factory becomes a tech hub\n\nThe old factory on the main avenue now houses 14 companies and "
            "about 300 workers.\n\n"
            '![](https://cdn.news.example/upload/v1/aP9.jpeg align="center")\n\n'
            "*The old factory building, turned into a business centre. Foto: Beatriz Roe*\n\n"
            "Most of the workers are young graduates from the region.\n\n%[https://video.example/watch?v=Zr8]\n\n"
            '![](https://cdn.news.example/upload/v1/Fh2.jpeg align="center")\n\n'
            "*Rui Roe, programmer, in one of the open rooms of the centre.*\n\n"
            "The town offers incentives to settle, including help with rent in the first year.\n")
    article = extract_text(doc_for(page.encode(), path="post.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [
        ("The old factory building, turned into a business centre.", "https://cdn.news.example/upload/v1/aP9.jpeg"),
        ("Rui Roe, programmer, in one of the open rooms of the centre.", "https://cdn.news.example/upload/v1/Fh2.jpeg")]
    assert not any("%" in p or "align" in p for p in article.paragraphs)


def test_a_language_models_answer_in_one_fenced_markdown_block_is_the_page(tmp_path):
    """Set 71: a page converted by a language model comes back as one "```markdown" block: the page inside it, its
    pictures and captions (the last caption not glued to the closing fence)."""
    from corpus.ingest.detect import detect_kind

    page = ("```markdown\n# Squid drying in full swing at the harbour\n\n**Island Sea News** | 7 October 2027\n\n"
            "Squid hang in silver rows on the racks of the harbour as the drying season reaches its peak.\n\n"
            "![Racks](https://news.example/photo/racks.jpg)\n\n*Squid dry on the racks of the harbour. (Photo=Haesol "
            "Roe)*\n\nFishermen say the catch is better than last year, after two poor seasons.\n\n"
            "![Packing](https://news.example/photo/packing.jpg)\n\n*Dried squid packed twenty to a bundle. (Photo=Haesol "
            "Roe)*\n```\n")
    (tmp_path / "page.md").write_text(page, encoding="utf-8")
    assert detect_kind(str(tmp_path / "page.md")) == "text"
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Squid dry on the racks of the harbour.", "Photo=Haesol Roe"),
        ("Dried squid packed twenty to a bundle.", "Photo=Haesol Roe")]
    assert not any("```" in p for p in article.paragraphs)


def test_where_a_page_indents_its_story_an_unindented_sentence_is_a_caption():
    """Sets 67 and 70: a Chinese page indents each paragraph of its story with ideographic spaces, and its captions,
    printed once, are not indented (one sentence, a credit in brackets or none); a word over a caption without a stop
    is the picture's alt. The standfirst over the story and the editor's line under it stay as they were."""
    i = "\u3000\u3000"
    page = ("首页 > 文旅 > 正文\n\n修缮三年 黄河水车园重新开园\n\n来源：黄河边新闻网\u3000作者：马晓雯\u30002026-05-14 08:30\n\n"
            f"{i}经过近三年的修缮，位于黄河南岸的水车园5月13日重新对游客开放，园内十二架水车全部恢复转动。\n\n"
            "5月13日，游客在重新开放的水车园内参观。（本报记者 马晓雯 摄）\n\n"
            f"{i}水车是兰州过去引黄河水灌溉农田的重要工具。据史料记载，明代就有人在黄河边架设水车。\n\n"
            "老照片\n\n上世纪五十年代黄河岸边的水车群。\n\n"
            f"{i}这次修缮由市文物部门牵头，邀请了三位老木匠参与，全程没有使用一颗铁钉。\n\n"
            "木工师傅在修复一架水车的辐条。\n\n"
            f"{i}园内还新建了一座展厅，展出水车模型和老照片，免费向市民开放。\n\n编辑：赵明\u3000审核：孙丽华\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("5月13日，游客在重新开放的水车园内参观。", "本报记者 马晓雯 摄"), ("上世纪五十年代黄河岸边的水车群。", None),
        ("木工师傅在修复一架水车的辐条。", None)]
    assert "老照片" not in article.paragraphs and len(article.paragraphs) >= 4
    unindented = page.replace(i, "")  # the same page without its indents: no sign, the sentences stay the story's
    article = extract_text(doc_for(unindented.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["5月13日，游客在重新开放的水车园内参观。"]


def test_a_printed_pages_running_heads_go_and_its_wrapped_lines_join():
    """Set 73: a page printed to PDF by a browser, then pdftotext: each page opens with the date, the time and the
    title (wrapped onto a second line) and closes with the address and "1/2", pages split by form feeds. The running
    heads go, so the text's wrap width shows and a caption's credit wrapped onto its own line joins it."""
    head = ("6/9/26, 11:42 AM Polokwane taxi rank upgrade finally gets going after three-year delay |\n"
            "Capricorn Herald\n")
    foot = "https://news.example/polokwane-taxi-rank/ {n}/2"
    page = (head + "\nPolokwane taxi rank upgrade finally gets going after three-year delay\n\nLerato Roe\n\n"
            "Construction has finally started on the long-awaited upgrade of the Indian Centre taxi rank, three\n"
            "years after the municipality first announced the project to the traders who use it every day.\n\n"
            "Contractors moved onto the site on Monday morning and began fencing off the northern half of the\n"
            "rank, where new shelters, toilets and a trading area for hawkers will be built over the year.\n\n"
            "Workers put up fencing at the northern end of the Indian Centre taxi rank on Monday morning. Photo:\n"
            "Tshepo Roe\n\n" + foot.format(n=1) + "\f" + head +
            "\nThe municipality said the R48 million project would be done in two phases so that the rank could\n"
            "stay open for the taxis and the commuters, and the first phase should take nine months to finish.\n\n"
            "An artist's impression of the new shelters and trading area. Photo: Supplied\n\n"
            "The project was first announced in 2023 but was delayed twice by a dispute over the tender.\n\n"
            + foot.format(n=2) + "\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Workers put up fencing at the northern end of the Indian Centre taxi rank on Monday morning.",
         "Photo: Tshepo Roe"),
        ("An artist's impression of the new shelters and trading area.", "Photo: Supplied")]
    assert not any("Capricorn" in p or "news.example" in p or "AM" in p.split() for p in article.paragraphs)


def test_a_forwarded_newsletters_plain_text_part_reads_its_image_lines():
    """Set 73: a newsletter forwarded by mail and saved as its plain-text part (CRLF line ends): each picture is an
    "[image: alt]" line, its caption under it (credited, or the alt again); an "[image: Advertisement]" and the
    sponsor's line under it are no picture of the story."""
    page = ("---------- Forwarded message ---------\nFrom: Valley Daily <news@valley.example>\n"
            "Subject: Council approves new outdoor pool\n\nCouncil approves new outdoor pool\n\nBy Priya Roe\n\n"
            "The city council has approved a $14.2-million outdoor pool for the park, replacing a spray park that "
            "closed two summers ago.\n\n[image: Brocklehurst Park]\n\nThe closed spray park, where the new pool "
            "will be built. (Kyle Roe/Valley Daily)\n\nCouncil voted 7-2 on Monday to award the design-build "
            "contract, and construction starts in September.\n\n[image: Coun. Marlene Roe speaks at the meeting.]\n\n"
            "Coun. Marlene Roe speaks at the meeting.\n\nCoun. Marlene Roe, who voted against, said the city should "
            "have fixed the spray park first.\n\n[image: Advertisement]\nSponsored: Summer camps now open for "
            "registration <https://valley.example/ads/click?id=4471>\n\nYou are receiving this email because you "
            "signed up.\n").replace("\n", "\r\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("The closed spray park, where the new pool will be built.", "Kyle Roe/Valley Daily"),
        ("Coun. Marlene Roe speaks at the meeting.", None)]
    assert not any("[image" in p for p in article.paragraphs)


def test_a_chinese_caption_over_its_photographer_after_a_full_width_colon():
    """Set 73: an official account's article as copied from its page: each caption printed once ("图为...。"), its
    photographer on the line under it after a full-width colon ("摄影：X"), as "摄影: X" with a plain colon was
    already read; the article's source and editor lines under the story stay no credit of a picture."""
    page = ("郁孤台历史文化街区夜市6月12日开市\n\n"
            "记者从章贡区获悉，郁孤台历史文化街区夜市将于6月12日晚正式开市，首批入驻摊位86个。\n\n"
            "图为夜市主街试营业现场。\n摄影：钟志鹏\n\n"
            "据介绍，夜市分为赣南小吃、非遗手作、文创市集三个区域，其中赣南小吃摊位占一半以上。\n\n"
            "图为郁孤台夜景。\n摄影：曾晓东\n\n来源：章江晚报\n编辑：黄思琪\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("图为夜市主街试营业现场。", "摄影：钟志鹏"), ("图为郁孤台夜景。", "摄影：曾晓东")]


def test_zolas_figure_call_and_markdown_components_are_pictures():
    """Set 74: a Zola site's source calls its figure shortcode ("{{ figure(src=..., caption=..., credit=...) }}"), a
    Nuxt Content page writes its pictures as components ("::figura{src=... credito=...}" over the caption's text and
    "::", or ":img{src=...}" in line): pictures with their captions and credits; a component with no picture (a
    callout) keeps its text as the story's."""
    zola = ("+++\ntitle = \"Oktoberfest\"\n+++\n\nDie Stadt feierte am Wochenende ihr Oktoberfest mit vier Bühnen "
            "und 22 Kapellen.\n\n{{ figure(src=\"bilder/umzug.jpg\", alt=\"Umzug\", caption=\"Die Blaskapelle führt am "
            "Samstag den Umzug an.\", credit=\"Foto: Kurt Roe\") }}\n\nSeit 1981 feiert die Stadt im Oktober ihr "
            "Fest, mit Gästen aus Bayern.\n\n{{ figure(src=\"bilder/chor.jpg\", alt=\"Chor\", caption=\"Der Chor im "
            "Festzelt\") }}\n\nDas nächste Oktoberfest findet im Oktober 2028 statt.\n")
    article = extract_text(doc_for(zola.encode(), path="index.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Die Blaskapelle führt am Samstag den Umzug an.", "Foto: Kurt Roe", "bilder/umzug.jpg"),
        ("Der Chor im Festzelt", None, "bilder/chor.jpg")]
    nuxt = ("---\ntitle: Il mercato torna sul lungomare\n---\n\nIl mercato del pesce è tornato sul lungomare "
            "dopo i lavori di rifacimento della banchina.\n\n"
            '::figura{src="/img/banchi.jpg" alt="Banchi" credito="Foto: Daniele Roe"}\n'
            "I banchi del pesce di nuovo sul lungomare, domenica mattina.\n::\n\n"
            "I pescatori vendono dentici e polpi direttamente dalle barche.\n\n"
            ':img{src="/img/turisti.jpg" alt="Turisti"}\n\n::callout{type="info"}\n'
            "Il mercato si tiene ogni domenica dalle 7 alle 13.\n::\n\n"
            '::figura{src="/img/pescatore.jpg" alt="Pescatore"}\nIl pescatore Ġużeppi Roe, 68 anni, sul suo luzzu\n'
            "::\n\nA mezzogiorno molte famiglie pranzano nei ristoranti del porto.\n")
    article = extract_text(doc_for(nuxt.encode(), path="index.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("I banchi del pesce di nuovo sul lungomare, domenica mattina.", "Foto: Daniele Roe", "/img/banchi.jpg"),
        ("Il pescatore Ġużeppi Roe, 68 anni, sul suo luzzu", None, "/img/pescatore.jpg")]
    assert "Il mercato si tiene ogni domenica dalle 7 alle 13." in article.paragraphs
    assert not any("::" in p or "{" in p for p in article.paragraphs)


def test_a_supporters_logo_under_its_label_and_a_line_in_capitals_are_no_captions():
    """Set 74: a supporter's logo after its label on the same line ("Kuk'in: ![](logo.png)") takes no credit line
    from the page's footer under it, and a line all in capitals under a picture (a PDF page's "WITH THE SUPPORT OF
    THE REGION") is no caption; a Japanese caption with full-width capitals in it stays one."""
    page = ("# Festival in the square\n\nThe festival opened on Saturday with music and dances from the villages "
            "around the town.\n\n![](images/5d8b.jpg)\n\nWITH THE SUPPORT OF THE REGIONAL COUNCIL\n\n"
            "Dancers from twelve villages took part in the parade, watched by thousands along the route.\n\n"
            "![](images/crowd.jpg)\n\n今年の実行委員長を務めた日本人学校ＯＢの田中健一さん\n\n"
            "The organisers thanked the volunteers and the police.\n\n"
            "Sponsor: ![](https://news.example/img/cooperative-logo.png)\n\n© 2027 The Square Times\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("今年の実行委員長を務めた日本人学校ＯＢの田中健一さん", None)]


def test_a_crawlers_image_lines_with_the_caption_printed_twice_under_them():
    """Set 73: a crawler prints each picture as "IMAGEM: address" (a word for picture and a colon), the caption under
    it twice, the second copy with its credit after a dash: one caption, credited, at its picture's address."""
    page = ("Lago Igapó II vai ser desassoreado\n\nA prefeitura anunciou que o desassoreamento do lago começa na "
            "segunda-feira. A obra deve durar cinco meses.\n\n"
            "IMAGEM: https://news.example/fotos/bancos-de-areia.jpg\n\n"
            "Bancos de areia aparecem no lago, perto da avenida\n\n"
            "Bancos de areia aparecem no lago, perto da avenida — Foto: Rafaela Roe/Folha\n\n"
            "Segundo a secretaria, cerca de 90 mil metros cúbicos de sedimentos serão retirados com dragas.\n\n"
            "IMAGEM: https://news.example/fotos/corredor.jpg\n\n"
            "O corredor Ademir Roe treina no lago há 20 anos\n\n"
            "O corredor Ademir Roe treina no lago há 20 anos\n\n"
            "\"O lago está cada vez mais raso\", disse o corredor.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Bancos de areia aparecem no lago, perto da avenida", "Foto: Rafaela Roe/Folha",
         "https://news.example/fotos/bancos-de-areia.jpg"),
        ("O corredor Ademir Roe treina no lago há 20 anos", None, "https://news.example/fotos/corredor.jpg")]


def test_a_list_of_the_pages_pictures_at_its_end_gives_their_addresses():
    """Set 73: a scraper's text with the page's pictures listed at the end ("[2] address | alt"): each caption the
    list's alt repeats takes its address, a line printed once that an alt repeats is a caption, a caption printed
    once closed by a copyright sign and a name is one; the list is no paragraph; a page's "© 2026" notice is none."""
    page = ("Nieuwe fietsbrug gaat in september open\n\nZwolle | De nieuwe fietsbrug is bijna klaar, meldt de "
            "gemeente. De brug moet vanaf 14 september te gebruiken zijn.\n\n"
            "Het laatste brugdeel wordt maandag op zijn plek gehesen. © Jeroen Roe\n\n"
            "Maandag werd het laatste stalen brugdeel met een drijvende kraan op zijn plek gehesen.\n\n"
            "Wethouder Marloes Roe bij de bouwplaats\n\n"
            "\"Dit gaat voor duizenden fietsers per dag verschil maken,\" zei de wethouder tijdens een bezoek.\n\n"
            "Alle rechten voorbehouden. © 2026 Koerier\n\nAfbeeldingen:\n"
            "[1] https://news.example/static/logo.svg | Koerier\n"
            "[2] https://images.news.example/brugdeel.jpg | Het laatste brugdeel wordt maandag op zijn plek gehesen.\n"
            "[3] https://images.news.example/wethouder.jpg | Wethouder Marloes Roe bij de bouwplaats\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Het laatste brugdeel wordt maandag op zijn plek gehesen.", "© Jeroen Roe",
         "https://images.news.example/brugdeel.jpg"),
        ("Wethouder Marloes Roe bij de bouwplaats", None, "https://images.news.example/wethouder.jpg")]
    assert not any("news.example" in p for p in article.paragraphs)


def test_a_korean_wires_bracketed_picture_sources_mark_captions_printed_once():
    """Set 73: a Korean wire's story as a portal shows it: each caption printed once, closed by its picture's source
    in brackets ("[X 제공. 재판매 및 DB 금지]", provided by X, no resale; "[연합뉴스 자료사진]", the wire's file photo)."""
    page = ("춘천 소양강 스카이워크 야간 개장…7월부터 밤 10시까지\n\n박지훈 기자\n\n"
            "(춘천=연합뉴스) 박지훈 기자 = 강원 춘천시는 다음 달부터 소양강 스카이워크를 밤 10시까지 연장 운영한다고 9일 밝혔다.\n\n"
            "지금은 오전 10시부터 오후 6시까지 운영하고 있으나 운영 시간을 늘리기로 했다.\n\n"
            "소양강 스카이워크 야간 조명 시안 [춘천시 제공. 재판매 및 DB 금지]\n\n"
            "시는 이를 위해 스카이워크 바닥과 난간에 경관 조명을 새로 설치할 계획이다.\n\n"
            "춘천 소양강 처녀상 일대 [연합뉴스 자료사진]\n\n"
            "시 관계자는 \"야경 관광 코스를 만들겠다\"고 말했다.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("소양강 스카이워크 야간 조명 시안", "춘천시 제공. 재판매 및 DB 금지"), ("춘천 소양강 처녀상 일대", "연합뉴스 자료사진")]


def test_an_outliners_page_reads_the_item_nested_under_a_picture_as_its_caption():
    """Set 71: a page clipped into an outliner (Roam): every paragraph a list item, each picture an item of its own
    with its caption an item nested under it, credited or not; a picture with no nested item has no caption, and the
    next item is the story's."""
    page = ("- Source:: [Generalprobe vor 7000 Zuschauern](https://news.example/seebuehne)\n"
            "- Bei strahlendem Wetter hat am Mittwochabend die öffentliche Generalprobe stattgefunden.\n"
            "- ![](https://img.news.example/a.jpeg?alt=media)\n"
            "    - Das Bühnenbild mit der hohen Figur bei Sonnenuntergang. Foto: Festspiele/Hannes Roe\n"
            "- Das Bühnenbild wurde in zwei Wintern auf der Seebühne aufgebaut, sagten die Festspiele.\n"
            "- ![](https://img.news.example/b.jpeg?alt=media)\n"
            "    - Regisseurin Ines Roe im Gespräch mit Technikern am Steg.\n"
            "- Karten für die Vorstellungen im Juli sind laut Festspielen fast ausverkauft.\n"
            "- ![](https://img.news.example/c.jpeg?alt=media)\n"
            "- Die Festspiele rechnen in diesem Sommer mit mehr als 200.000 Besuchern.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Das Bühnenbild mit der hohen Figur bei Sonnenuntergang.", "Foto: Festspiele/Hannes Roe"),
        ("Regisseurin Ines Roe im Gespräch mit Technikern am Steg.", None)]
    assert "Die Festspiele rechnen in diesem Sommer mit mehr als 200.000 Besuchern." in article.paragraphs


def test_myst_figure_directives_are_pictures_with_their_captions():
    """Set 77: a Jupyter Book (MyST) page's figures: "```{figure} path", options (":alt: ..."), the caption, the
    closing fence (":::{figure}" alike); a figure with no text has no caption; the fences make no code block, so the
    page is a story, not notes."""
    page = ("# Landshuter Hochzeit\n\nDie Landshuter Hochzeit lockte an vier Sonntagen mehr als 600.000 Besucher in "
            "die Stadt.\n\n```{figure} images/hochzeitszug.jpg\n:name: fig-zug\n:alt: Der Hochzeitszug\n:width: 100%\n\n"
            "Der Hochzeitszug zieht durch die Altstadt; rund 2300 Mitwirkende laufen mit. Foto: Vroni Roe\n```\n\n"
            "Im Lagerleben kochen die Mitwirkenden über offenem Feuer, wie seit Jahrzehnten.\n\n"
            "```{figure} images/zehrplatz.jpg\n:name: fig-zehrplatz\n:alt: Lagerleben\n```\n\n"
            "Die Bahn setzte an jedem Zug-Sonntag zwölf Sonderzüge ein.\n\n"
            ":::{figure} images/brautpaar.jpg\n:alt: Braut und Bräutigam\n\nHedwig und Georg vor der Martinskirche.\n"
            ":::\n\nDas Fest findet wieder in vier Jahren statt.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Der Hochzeitszug zieht durch die Altstadt; rund 2300 Mitwirkende laufen mit.", "Foto: Vroni Roe",
         "images/hochzeitszug.jpg"),
        ("Hedwig und Georg vor der Martinskirche.", None, "images/brautpaar.jpg")]
    assert not any("```" in p or ":::" in p or ":alt:" in p for p in article.paragraphs)


def test_a_pictures_placeholder_line_marks_the_caption_under_it():
    """Set 76: a scrape leaves a line where each picture stood: the object replacement character (Safari's copy), or
    a portal's "open the app to see the picture" line printed again and again; the line under it is the caption,
    printed once, credited or not. A control that closes a caption and its credit above it ("관련사진보기") opens no
    caption under it."""
    safari = ("Limousin Matin\n\nHalles centrales : la réouverture repoussée à l'automne\n\nLes travaux prennent six "
              "mois de retard.\n\n\ufffc\n\nPar Élodie Roe\n\nPublié le 17/06/2026 à 06h30\n\n\ufffc\n\n"
              "Le chantier de la halle "
              "centrale, mardi matin. Photo Thomas Roe\n\nLa réouverture des Halles n'aura pas lieu au printemps comme "
              "prévu, a annoncé la mairie.\n\n\ufffc\n\nNadine Roe, bouchère aux Halles depuis 1994\n\n« La clientèle "
              "fidèle nous a suivis », résume-t-elle.\n\n\ufffc\n\nPublicité\n\nLa halle, construite en 1889, est l'un "
              "des derniers grands marchés couverts de la région.\n")
    article = extract_text(doc_for(safari.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Le chantier de la halle centrale, mardi matin.", "Photo Thomas Roe"),
        ("Nadine Roe, bouchère aux Halles depuis 1994", None)]
    marker = "打开网易新闻 查看精彩图片"
    portal = ("海滨公园改造完成 灯光秀和夜市周末开放\n\n湛江城事通\n\n" + marker + "\n\n6月16日晚，灯光秀吸引不少市民驻足观看。 陈志航 摄\n\n"
              "经过近一年的改造，湛江海滨公园于6月16日晚重新开放，公园新建了滨海步道。\n\n" + marker + "\n\n夜幕下的灯光秀现场\n\n"
              "夜市设有80个摊位，以海鲜、糖水和本地小吃为主。\n\n" + marker + "\n\n市民在夜市摊位前挑选海鲜。\n\n"
              "公园周边的停车位较少，相关部门建议市民乘公交前往。\n")
    article = extract_text(doc_for(portal.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("6月16日晚，灯光秀吸引不少市民驻足观看。", "陈志航 摄"), ("夜幕下的灯光秀现场", None), ("市民在夜市摊位前挑选海鲜。", None)]
    assert marker not in article.paragraphs
    closing = ("해맞이광장 다시 문 연다\n\n김태윤 기자\n\n호미곶면의 해맞이광장이 5개월간의 정비를 마치고 다시 문을 연다.\n\n"
               "▲ 새로 설치된 그늘막과 쉼터.\nⓒ 포항시\n\n관련사진보기\n\n광장의 조형물 주변에는 관람 데크가 새로 만들어졌다.\n\n"
               "▲ 새로 만든 관람 데크.\nⓒ 김태윤\n\n관련사진보기\n\n포항시는 재개장에 맞춰 광장에서 작은 음악회를 연다.\n\n"
               "▲ 상인회 이정숙 회장\n\n관련사진보기\n\n상인회는 휴가철 손님을 기대하고 있다.\n")
    article = extract_text(doc_for(closing.encode()), ExtractConfig(), Ledger())
    assert not any(f.caption and f.caption.startswith(("광장의", "포항시는")) for f in article.figures)


def test_a_newsletters_plain_text_mail_reads_view_image_and_caption_lines():
    """Set 76: a newsletter platform's plain-text mail writes each picture as "View image: (address)" and its caption
    on the line under it after "Caption:": the picture at its address, the caption without the label, its credit
    split off; a picture with no caption line has none."""
    page = ("Pit overlook reopens after rockfall repairs\n\nThe Dispatch\n\nJune 16, 2026\n\n"
            "View image: (https://cdn.news.example/image/fetch/w_1456/deck_4032x3024.jpeg)\n"
            "Caption: The rebuilt viewing deck at the overlook on Tuesday morning. Photo by Wendell Roe\n\n"
            "Good morning, neighbors. This is the Dispatch, the newsletter about what's going on in town.\n\n"
            "The repair cost about $740,000, most of it from a state grant for roadside safety.\n\n"
            "View image: (https://cdn.news.example/image/fetch/w_1456/banner_1456x180.png)\n\n"
            "Thanks for reading. Forward this to a neighbor who would like it.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("The rebuilt viewing deck at the overlook on Tuesday morning.", "Photo by Wendell Roe",
         "https://cdn.news.example/image/fetch/w_1456/deck_4032x3024.jpeg")]


def test_a_caption_printed_once_with_its_credit_after_a_slash():
    """Set 76: a Spanish site's captions printed once, each closed by its credit after a slash ("... este martes. /
    Sonia Roe", "/ EFE"); a story's sentence with a slash inside it stays the story's."""
    page = ("La cereza del Iregua llega con un 30% menos de fruta\n\nSonia Roe\n\nLogroño\n\n"
            "Recogida de cereza en una finca de Nalda, este martes. / Sonia Roe\n\n"
            "La campaña de la cereza en el valle del Iregua arranca con un 30% menos de fruta que el año pasado.\n\n"
            "Las cooperativas calculan que la producción rondará los dos millones de kilos y/o algo menos.\n\n"
            "Una trabajadora selecciona fruta en la línea de calibrado. / EFE\n\n"
            "Las cooperativas han contratado este año a unos 350 temporeros para la recogida.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Recogida de cereza en una finca de Nalda, este martes.", "Sonia Roe"),
        ("Una trabajadora selecciona fruta en la línea de calibrado.", "EFE")]


def test_a_site_sources_front_matter_cover_and_a_figures_attribution():
    """Set 65: a Hugo page's front matter names its cover picture with a caption (the page's lead); a figure
    shortcode's caption that ends its sentence is still its caption (the shortcode names it), its attr the credit."""
    page = ('---\ntitle: "Culture festival opens"\ncover:\n  image: "/images/parade.jpg"\n  alt: "Parade"\n'
            '  caption: "The opening parade on the seafront on Saturday. (Photo: Eun Roe)"\n---\n\n'
            "The island's culture festival opened on Saturday with a parade of two thousand people.\n\n"
            '{{< figure src="/images/song.jpg" alt="Song" caption="Villagers sing an old work song on the stage." '
            'attr="Photo: Festival Office" >}}\n\n'
            "Twelve teams from the villages took part in the folk contest this year.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("The opening parade on the seafront on Saturday.", "Photo: Eun Roe", "/images/parade.jpg"),
        ("Villagers sing an old work song on the stage.", "Photo: Festival Office", "/images/song.jpg")]


def test_crawl4ais_markdown_with_citations_reads_its_pictures_from_the_references():
    """Set 65: crawl4ai's Markdown with citations: a picture written "![alt⟨11⟩]" with its address in the list of
    references at the end ("⟨11⟩ https://...jpg: alt"), links as "text⟨3⟩"; the references are no paragraphs."""
    page = ("# Winter nights open\n\nThe winter festival opened last night in the city's parks⟨3⟩, with large "
            "crowds.\n\n![Fireworks⟨11⟩]\nFireworks over the park at the opening of the festival. Photo: Khalid "
            "Roe\n\nThis year's edition has more than two hundred events, from drone shows to theatre.\n\n"
            "## References\n\n⟨3⟩ https://news.example/parks: parks\n"
            "⟨11⟩ https://news.example/u/fireworks.jpg: Fireworks\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [
        ("Fireworks over the park at the opening of the festival.", "https://news.example/u/fireworks.jpg")]
    assert not any("⟨" in p or "https://" in p for p in article.paragraphs)


def test_a_name_with_a_writers_role_over_the_story_is_the_columnists_portrait():
    """Set 64: an opinion page's columnist, "Jane Roe" and "Jane Roe, Columnist" (the portrait's alt and its line)
    under the headline with no "By": the author's portrait. A person captioned with another role inside the story
    stays a caption."""
    page = ("Opinion\n\nClosing the village school would cost our towns more than it saves\n\nRuth Ann Roe\n\n"
            "Ruth Ann Roe, Columnist\n\nPosted March 12, 2026 | Updated 6:10 a.m.\n\n"
            "When the school board meets on March 24, it will be asked to close the village school at the end of "
            "June.\n\n"
            "Anna Roe, head teacher\n\nAnna Roe, head teacher\n\nThe board will hear parents before it votes.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["Anna Roe, head teacher"]


def test_a_line_under_a_pictures_enlarge_control_is_its_caption():
    """Set 67: a Japanese photo feature as text: each picture marked by its "拡大する" (enlarge) line, its caption
    printed once under it with the photographer in brackets; the control line is no paragraph."""
    page = ("【写真特集】石垣島でパイン収穫本番\n\n2026年5月14日 6時00分\n\n"
            "石垣島でパイナップルの収穫が最盛期を迎えている。今年は春先の天候に恵まれ、実が大きいという。\n\n"
            "拡大する\n\n石垣市名蔵のパイン畑で収穫作業をする農家の人たち＝13日午前（新城美咲撮影）\n\n"
            "名蔵地区で約2ヘクタールを栽培する農家の男性は「いい出来だ」と話した。\n\n"
            "拡大する\n\n収穫したパインを運ぶ軽トラック\n\n市によると、今年の出荷量は約1100トンを見込む。\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("石垣市名蔵のパイン畑で収穫作業をする農家の人たち＝13日午前", "新城美咲撮影"), ("収穫したパインを運ぶ軽トラック", None)]
    assert "拡大する" not in article.paragraphs


def test_a_chinese_caption_printed_once_with_its_photographer_in_brackets():
    """Set 67: "（本报记者 X 摄）" closing a paragraph inside the story marks it a picture's caption, as a labelled
    credit does."""
    page = ("修缮三年 黄河水车园重新开园\n\n来源：黄河边新闻网　作者：马晓雯　2026-05-14 08:30\n\n"
            "　　经过近三年的修缮，位于黄河南岸的水车园5月13日重新对游客开放。园内12架水车全部完成修复。\n\n"
            "5月13日，游客在重新开放的水车园内参观。（本报记者 马晓雯 摄）\n\n"
            "　　水车是兰州过去引黄河水灌溉农田的重要工具。据史料记载，明代就有人在黄河边架设水车。\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("5月13日，游客在重新开放的水车园内参观。", "本报记者 马晓雯 摄")]


def test_a_markdown_picture_with_its_size_after_the_address_is_a_picture_line():
    """Set 68: HackMD's (markdown-it's) size syntax, "![](photo.jpg =600x)": a picture line, its caption under it."""
    page = ("# Ferry's first run\n\nThe new ferry made its first run to the island on Saturday, with two hundred "
            "passengers.\n\n![](https://hackmd.io/_uploads/ferry.jpg =600x)\n藍海號靠泊開元港，碼頭上擠滿迎接的鄉親。（攝影：陳美玲）\n\n"
            "The ferry will sail four times a week until October.\n")
    article = extract_text(doc_for(page.encode(), path="note.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("藍海號靠泊開元港，碼頭上擠滿迎接的鄉親。", "攝影：陳美玲", "https://hackmd.io/_uploads/ferry.jpg")]


def test_markdown_from_notebooks_and_static_site_tools_reads_their_figures():
    """Set 68: Quarto's figure (the bracket's text its caption, fig-alt its alt) in a page with code chunks and
    three photos (a data desk's article, not notes); MkDocs Material's "/// caption" block under its picture with
    an attribute list "{ loading=lazy }"; kramdown's "{: .full }"; Kirby's "(image: ... caption: ...)" tag."""
    quarto = ("---\ntitle: Ridership\n---\n\nThe toy train carried more passengers than ever this year, the railway "
              "said on Monday.\n\n```{r}\nlibrary(ggplot2)\n```\n\n"
              '![A train rounds the loop on a clear morning. Photo: Pema Roe](images/loop.jpg){#fig-loop fig-alt="A '
              'small engine on a spiral of track"}\n\nThe round trip runs fourteen times a day in the season.\n\n'
              '![A driver oils the engine before the first trip](images/shed.jpg){#fig-shed fig-alt="A man with an '
              'oil can"}\n\nTickets sell out most weekends.\n\n'
              '![Passengers queue at the station. Photo: Sourav Roe](images/queue.jpg){#fig-queue}\n\n'
              "The railway plans two more trains next year.\n")
    article = extract_text(doc_for(quarto.encode(), path="report.qmd.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("A train rounds the loop on a clear morning.", "Photo: Pema Roe", "images/loop.jpg"),
        ("A driver oils the engine before the first trip", None, "images/shed.jpg"),
        ("Passengers queue at the station.", "Photo: Sourav Roe", "images/queue.jpg")]
    mkdocs = ("# Beer festival\n\nThe festival drew fewer visitors than last year, the committee said.\n\n"
              "![Parade](../assets/parade.jpg){ loading=lazy }\n/// caption\nThe opening parade on the avenue on the "
              "first weekend. Foto: Karin Roe\n///\n\nA litre cost more this year than last.\n\n"
              "![Walkway](../assets/walkway.jpg){: .full }\n\n*The covered walkway to the pontoon.*\n\n"
              "(image: church.jpg alt: Couples caption: Twelve couples walk from the church to the hall. Foto: Hans "
              "Roe)\n\nThe dance went on until late.\n")
    article = extract_text(doc_for(mkdocs.encode(), path="post.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("The opening parade on the avenue on the first weekend.", "Foto: Karin Roe", "../assets/parade.jpg"),
        ("The covered walkway to the pontoon.", None, "../assets/walkway.jpg"),
        ("Twelve couples walk from the church to the hall.", "Foto: Hans Roe", "church.jpg")]


def test_a_markdown_sentence_that_opens_with_the_pictures_alt_is_its_caption():
    """Set 77: the alt is the caption's head ("Coxswain Jane Roe" over "Coxswain Jane Roe, centre, celebrates ...");
    the sentence ends its sentence and has no credit, yet it is the caption the alt was cut from. A story's sentence
    that shares some words of the alt is not, nor is a one-word alt's."""
    page = ("# Regatta day\n\nThe regatta drew its largest crowd in a decade to the lake on Wednesday.\n\n"
            "![Coxswain Jane Roe](https://news.example/u/coxswain.jpg)\n\n"
            "Coxswain Jane Roe, centre, celebrates with her crew at the dock after the record run.\n\n"
            "The race committee said the course record had stood since 1981.\n\n"
            "![Fireworks over the boathouse](https://news.example/u/fireworks.jpg)\n\n"
            "The day ended with fireworks, which the committee paid for with a raffle.\n\n"
            "![Boathouse](https://news.example/u/boathouse.jpg)\n\n"
            "Boathouse repairs will start in the autumn.\n\nThe committee meets again in May.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures if f.caption] == [
        "Coxswain Jane Roe, centre, celebrates with her crew at the dock after the record run."]


def test_a_caption_printed_once_without_a_full_stop_is_one_when_a_bracketed_credit_closes_it():
    """Set 76: a Japanese paper prints its caption once, with no full stop and its credit in brackets after it,
    "...漁業者ら＝16日午前、宮古市の魚市場（写真：X新報）": no headline carries a credit so. The story's lines and an
    uncredited line stay paragraphs."""
    page = ("宮古でサンマ初水揚げ　昨年より1カ月早く\n\n6/17(水) 7:05配信\n\n"
            "水揚げされたサンマを選別する漁業者ら＝16日午前、宮古市の魚市場（写真：三陸宮古新報）\n\n"
            "宮古市の宮古魚市場で16日、今季初めてサンマが水揚げされた。昨年より1カ月近く早い初水揚げとなった。\n\n"
            "水揚げしたのは北海道東方沖で操業した大型船1隻で、約12トン。平均120グラムほどだった。\n\n"
            "宮古魚市場のサンマ水揚げ量の推移（画像：三陸宮古新報）\n\n"
            "水揚げ量は2010年代前半には年間1万トンを超えていたが、昨年は約900トンにとどまり、過去最低を"
            "更新した。\n\n"
            "市は今年、サンマを使った新しい加工品の開発を支援する予定だ。\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("水揚げされたサンマを選別する漁業者ら＝16日午前、宮古市の魚市場", "写真：三陸宮古新報"),
        ("宮古魚市場のサンマ水揚げ量の推移", "画像：三陸宮古新報")]


def test_a_hindi_caption_printed_once_ends_its_sentence_with_a_danda_and_credits_its_photographer_so():
    """Set 76: a Hindi paper closes a caption's sentence with the danda "।" and labels its photographer "छाया :"
    (its print pages' word): the caption, printed once, is no headline, and the label splits the credit off."""
    page = ("रामगढ़ताल में नया नौका विहार घाट शुरू, पहले ही दिन पहुंचे सैकड़ों लोग\n\n"
            "गोरखपुर। रामगढ़ताल के किनारे बने नए नौका विहार घाट का मंगलवार शाम को शुभारंभ हुआ। पहले दिन सैकड़ों "
            "लोग पहुंचे।\n\n"
            "घाट पर 12 नई मोटरबोट और 20 पैडल बोट उतारी गई हैं। मोटरबोट का किराया प्रति व्यक्ति सौ रुपये है।\n\n"
            "घाट पर उतारी गईं नई मोटरबोट और पैडल बोट। छाया : संजय त्रिपाठी\n\n"
            "सुरक्षा के लिए हर नाव पर लाइफ जैकेट अनिवार्य की गई है। घाट पर गोताखोर भी तैनात हैं।\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("घाट पर उतारी गईं नई मोटरबोट और पैडल बोट।", "छाया : संजय त्रिपाठी")]


def test_a_sites_domain_and_photographer_over_the_captions_second_copy_is_its_credit():
    """Set 76: an Indonesian portal prints the caption, then "SITE.COM/NAME" on the line over its second copy."""
    page = ("Pasar Direvitalisasi Mulai Agustus\n\nPenulis: Jane Roe | Editor: John Roe\n\n"
            "Suasana pasar pada Selasa (16/6/2026) pagi.\n\nEXAMPLEKINI.COM/JANE ROE\n"
            "Suasana pasar pada Selasa (16/6/2026) pagi.\n\n"
            "MANADO, EXAMPLEKINI.COM - Pemerintah kota akan merevitalisasi pasar mulai Agustus 2026. Selama "
            "pembangunan, sekitar 1.200 pedagang akan direlokasi.\n\n"
            "Pasar itu merupakan pasar tradisional terbesar di kota ini dan dibangun pada 1970-an.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Suasana pasar pada Selasa (16/6/2026) pagi.", "EXAMPLEKINI.COM/JANE ROE")]


def test_a_markdown_page_that_opens_with_a_tag_its_converter_passed_through_is_read_as_markdown(tmp_path):
    """Set 80: ReverseMarkdown passes unknown tags through, so the page opens with "<div class=...>" and was taken
    for an HTML fragment, with no picture found. Markdown's picture lines and heading make it Markdown; a page that
    opens so and shows its pictures as HTML figures stays HTML, and so does a fragment with no Markdown lines."""
    from corpus.ingest.detect import sniff_file

    page = ('<div class="breadcrumb">Zürich &gt; Stadt</div>\n\n# Der Böögg explodierte nach neun Minuten\n\n'
            "Von Jane Roe, 20.04.2026\n\n![Der brennende Böögg](https://news.example/img/boeoegg.jpg)\n\n"
            "Der Kopf des Bööggs explodiert auf dem Sechseläutenplatz. Bild: Keystone\n\n"
            "Um Punkt 18 Uhr wurde der Scheiterhaufen angezündet, nach neun Minuten flog der Kopf weg.\n\n"
            "Zuvor waren die Zünfte am Nachmittag mit Musik, Pferden und Blumen durch die Innenstadt gezogen.\n")
    figured = page.replace("![Der brennende Böögg](https://news.example/img/boeoegg.jpg)",
                           '<figure><img src="https://news.example/img/boeoegg.jpg"></figure>')
    fragment = '<div class="story"><p>Der Kopf des Bööggs explodiert.</p><img src="a.jpg"></div>\n'
    kinds = {}
    for name, content in (("page.md", page), ("figured.md", figured), ("fragment.html", fragment)):
        (tmp_path / name).write_text(content, encoding="utf-8")
        kinds[name] = sniff_file(str(tmp_path / name)).kind
    assert kinds == {"page.md": "text", "figured.md": "html", "fragment.html": "html"}
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Der Kopf des Bööggs explodiert auf dem Sechseläutenplatz.", "Bild: Keystone",
         "https://news.example/img/boeoegg.jpg")]


def test_show_caption_and_hide_caption_over_a_caption_stand_where_its_picture_is():
    """Set 79: a chain's page, copied as text, prints each picture's buttons "Show Caption" and "Hide Caption",
    then the caption once and its credit on the next line ("Provided by X" among them)."""
    page = ("Beach closed again after high bacteria readings\n\nJane Roe\nExample Lakeshore Sentinel\n\n"
            "Published 5:02 a.m. CT June 23, 2026\n\n"
            "Show Caption\nHide Caption\nSwimmers stay on the sand on Monday after the city posted closure signs.\n"
            "John Roe/Example Network\n\n"
            "The beach is closed to swimming for the second time this month after water samples showed high levels of "
            "bacteria, the city said Monday.\n\n"
            "The park and the playground remain open. Signs went up Monday morning.\n\n"
            "Show Caption\nHide Caption\nA technician collects a water sample near the north pier on Monday morning.\n"
            "Provided by Example Health Department\n\n"
            "Samples are taken five days a week from Memorial Day to Labor Day, the health officer said.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Swimmers stay on the sand on Monday after the city posted closure signs.", "John Roe/Example Network"),
        ("A technician collects a water sample near the north pier on Monday morning.",
         "Provided by Example Health Department")]


def test_a_japanese_caption_printed_once_with_its_date_place_and_photographer_after_its_equals_sign():
    """Set 82: a browser driver's text of a Japanese paper's page, one line a paragraph: each caption printed once,
    "what it shows＝date、place、X撮影" (or "＝X提供"), no full stop, so it read as a headline."""
    page = ("オホーツク海新聞デジタル\nログイン\nニュース\n流氷観光砕氷船、夏の点検終える 今季は12月20日から運航\n"
            "2026年7月14日 18時05分\n"
            "点検を終えて岸壁に戻る流氷観光砕氷船＝2026年7月14日午前、北海道網走市、佐藤悠真撮影\n"
            "網走市の流氷観光砕氷船「オーロラ」の定期点検が14日、市内の造船所で終わった。船体の塗装も新しくなった。\n"
            "運航会社によると、今季の運航は12月20日に始まり、翌年3月末まで続く。昨季の乗船客は約9万人だった。\n"
            "改装された船内の展望スペース＝網走市提供\n"
            "市は今年度、港のターミナルに多言語の案内板を設ける予定だ。\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("点検を終えて岸壁に戻る流氷観光砕氷船＝2026年7月14日午前、北海道網走市", "佐藤悠真撮影"),
        ("改装された船内の展望スペース", "網走市提供")]


def test_a_caption_printed_once_closed_by_a_bracketed_credit_with_no_label_is_one():
    """Set 82: "... del pontile (foto Comune di X)": the credit opens as credits do, in brackets, with no colon; the
    caption has no full stop. No headline carries a credit so."""
    page = ("Pescara, al via i lavori sul pontile: chiuso fino a fine agosto\n\ndi Giulia Roe\n\n"
            "Sono cominciati lunedì i lavori di manutenzione del pontile davanti alla piazza, sulla riviera nord.\n\n"
            "L'intervento, da 380mila euro, prevede la sostituzione delle tavole in legno e delle ringhiere.\n\n"
            "Il progetto della nuova illuminazione del pontile (foto Comune di Pescara)\n\n"
            "La scelta di lavorare in piena estate non è piaciuta ai pescatori sportivi, che si ritrovano ogni sera.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Il progetto della nuova illuminazione del pontile", "foto Comune di Pescara")]


def test_markdown_emphasis_that_runs_over_a_wrapped_line_is_no_part_of_the_caption():
    """Set 81: html2text wraps its lines at 78 characters, and a credit set in italics breaks over two lines
    ("_Foto:\\nMarco Roe_"): the marks stayed in the caption and the credit was not split off."""
    page = ("# Il museo riapre\n\ndi **Giulia Roe** | 12 aprile 2025\n\n"
            "Dopo sei mesi di lavori il museo del castello riapre al pubblico\ncon un nuovo allestimento.\n\n"
            "![statue\nstele](https://news.example/museo.jpg)Le\nnuove vetrine del museo nel castello del Piagnaro. "
            "_Foto:\nMarco Roe_\n\nLe sale ospitano anche le due stele ritrovate nel 2023 poco lontano.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Le nuove vetrine del museo nel castello del Piagnaro.", "Foto: Marco Roe")]


def test_a_caption_printed_once_without_a_full_stop_is_one_when_a_labelled_credit_closes_it():
    """Set 85: Readability's text of a page prints each caption once, with no full stop and its credit glued on
    under a label ("... on Tuesday Picture: Jane Roe"): it read as a headline. A headline carries no labelled
    credit; the story's headline and a subhead without one stay headlines."""
    page = ("Gweru residents to get water 18 hours a day after pump repairs\nBy Farai Roe, Example Mirror\n\n"
            "GWERU City Council says most suburbs will have running water for at least 18 hours a day from next week.\n\n"
            "The city has been rationing water since May, when one of the three pumps at the works broke down.\n\n"
            "Workers fit a new pump motor at the Gwenoro Dam waterworks on Tuesday Picture: Tinashe Roe\n\n"
            "Council engineers said the new motors were tested on Tuesday and would run at full capacity soon.\n\n"
            "What the council will do next\n\n"
            "The council will publish a new rationing timetable on Thursday, the town clerk said.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Workers fit a new pump motor at the Gwenoro Dam waterworks on Tuesday", "Picture: Tinashe Roe")]


def test_a_line_with_its_credit_on_the_line_under_it_is_a_caption_whatever_shape_the_credit_has():
    """Set 85: Apache Tika's text of a page keeps a figure's caption and its credit on two lines of one block,
    printed once: "Jane Roe / Example Ledger", "Contributed / City of X" under a sentence are its credit, as a
    labelled one was."""
    page = ("Roundabout half done, detour to last into October\n\nBy Jane Roe\n\n"
            "Crews pour concrete for the new roundabout on Tuesday, Aug. 4, 2026.\nMarit Roe / Example Lakes Ledger\n\n"
            "The city says the second half of the project starts after Labor Day, and the detour stays until then.\n\n"
            "A rendering shows the finished roundabout with a pedestrian island on each leg.\n"
            "Contributed / City of Example\n\n"
            "Businesses along the detour say traffic is down by a third since the work began in June.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Crews pour concrete for the new roundabout on Tuesday, Aug. 4, 2026.", "Marit Roe / Example Lakes Ledger"),
        ("A rendering shows the finished roundabout with a pedestrian island on each leg.",
         "Contributed / City of Example")]


def test_a_sites_menu_of_one_word_bullets_does_not_make_a_scrape_a_readme(tmp_path):
    """Set 88: html2text's text of a page (images as their alt text) opens with the site's menu as bullets,
    "* Home", "* News": counted by lines, the markup made it "notes or a README" and the file was refused. Counted by
    their letters, a menu weighs nothing; a README's bullets carry its text."""
    from corpus.ingest.detect import sniff_file

    menu = "".join(f"  * {w}\n" for w in ("Home", "News", "Business", "Sports", "Features", "E-Paper"))
    page = ("Southern Example Times\n\n" + menu + "\n# Harbour dredging to start next month, fishermen told\n\n"
            "**By Jane Roe**\n\nTuesday, 8 September 2026\n\nHarbour boats\n\n"
            "Fishing boats moored at the fisheries harbour on Monday morning. (Pic by John Roe)\n\n"
            "Dredging of the silted entrance to the harbour will begin in October, officials told fishermen.\n\n"
            "Sand has built up at the mouth of the harbour since the monsoon, and boats wait outside for the tide.\n")
    (tmp_path / "page.txt").write_text(page, encoding="utf-8")
    assert sniff_file(str(tmp_path / "page.txt")).kind == "text"
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Fishing boats moored at the fisheries harbour on Monday morning.", "Pic by John Roe")]


def test_a_page_that_prints_its_captions_above_the_pictures_placeholder_takes_no_paragraph_under_it():
    """Set 85: docling writes "<!-- image -->" where each picture stood, its caption on the line above; the
    story's paragraph under the placeholder was taken for a caption. Where more credited captions stand above the
    placeholders than under them, the line under one is the story's (a portal that prints "查看精彩图片" over each
    caption keeps its captions, set 76)."""
    page = ("## Ferries change their timetable as the river falls\n\nBy the newsroom\n\n05/08/2026 - 07h10\n\n"
            "A ferry docks at the port on Tuesday morning Foto: Kleber Roe/Example Portal\n\n<!-- image -->\n\n"
            "The companies said departures for the capital now leave at eight, to use the daylight on the narrow "
            "stretches of the river.\n\nThe river authority asks pilots to watch for sand banks.\n\n"
            "The port's gauge read 3.12 metres on Tuesday Foto: Divulgação/Example Navy\n\n<!-- image -->\n\n"
            "The river fell 42 centimetres in a week, against 35 in the same week of 2024.\n\n"
            "The waterfront during the drought of 2024 Foto: Arquivo/Example Portal\n\n<!-- image -->\n\n"
            "The city will install a floating walkway at the port from next week, the mayor's office said.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("A ferry docks at the port on Tuesday morning", "Foto: Kleber Roe/Example Portal"),
        ("The port's gauge read 3.12 metres on Tuesday", "Foto: Divulgação/Example Navy"),
        ("The waterfront during the drought of 2024", "Foto: Arquivo/Example Portal")]


def test_a_markdown_pictures_alt_that_holds_a_caption_and_its_credit_is_its_caption():
    """Set 89: notion-to-md writes a picture's caption as its alt ("![Caption. Foto: X](src)"), the story's
    paragraph under it: the alt, carrying a photographer as no description for a screen reader does, is the caption,
    and the paragraph stays the story's. A plain descriptive alt over the story is not."""
    page = ("MAKASSAR — The festival opened on the waterfront on Thursday night, and thousands of people came.\n\n"
            "![Dancers perform on the floating stage on the opening night. Foto: Andi Roe/Example News]"
            "(https://files.example/dancers.jpg)\n\n"
            "The floating stage built over the sea was the main draw this year, the organisers said.\n\n"
            "![A fisherman's boat](https://files.example/boat.jpg)\n\n"
            "Some 420 stallholders set up along the beach road, and grilled bananas sold out first.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Dancers perform on the floating stage on the opening night.", "Foto: Andi Roe/Example News",
         "https://files.example/dancers.jpg")]
    assert "The floating stage built over the sea was the main draw this year, the organisers said." \
        in article.paragraphs


def test_a_lead_caption_credited_by_role_is_one_and_the_sites_copyright_line_is_no_credit():
    """Set 85: a page's text with its lead picture's caption before the story, "... on Tuesday. Karl Roe/
    Photographer": a credit naming the photographer's role makes it a caption even before the story's first
    paragraph. At the foot, "Copyright 2026 Example News. All rights reserved." under a line is the site's notice."""
    page = ("Vendors move into the new market\nPublished: Wednesday | August 5, 2026\n\n"
            "Vendors set up stalls in the new section of the market on Tuesday. Karl Roe/Photographer\n"
            "More than 120 vendors moved into the new section of the market on Tuesday, two years after a fire.\n"
            "The new section has 136 stalls, a covered loading bay, new toilets and a water tank.\n"
            "The old market building after the fire in 2024. - File\n"
            "The municipal corporation said the second phase would be finished by March.\n\n"
            "We welcome reader discussions on our platforms. Please respect the rules.\n"
            "Copyright 2026 Example News. All rights reserved.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Vendors set up stalls in the new section of the market on Tuesday.", "Karl Roe/Photographer"),
        ("The old market building after the fire in 2024.", "File")]


def test_a_text_exports_list_of_pictures_written_key_by_key_gives_them_with_their_captions(tmp_path):
    """Sets 82 and 88: a crawler's text export writes the story's fields as "key: value" lines and its pictures
    as a list, each "- src: ..." with its "caption:" and "credit:" under it: the file was refused as notes (the list
    read as markup), and the captions, printed nowhere else, were lost. An uncaptioned picture is a figure without
    a caption; a credit glued on the caption is split off."""
    from corpus.ingest.detect import sniff_file

    page = ("url: https://news.example/tuna\ntitle: Tuna season brings record catches\nauthor: Jane Roe\n\nbody:\n\n"
            "Fishing boats crowd the port in the first days of September after their long trips at sea.\n\n"
            "From 1 to 7 September more than 60 boats docked, each with between 1.5 and 3 tonnes of tuna.\n\n"
            "images:\n\n- src: https://news.example/boats.jpg\n  caption: Boats dock at the port on Monday. "
            "Ảnh: Hoàng Roe\n\n- src: https://news.example/port.jpg\n  caption:\n\n"
            "- url: https://news.example/crates.jpg\n  path: full/5f1c0f2a.jpg\n  caption: Crates of tuna on the quay"
            "\n  credit: Foto: Ana Roe/Example\n")
    (tmp_path / "item.txt").write_text(page, encoding="utf-8")
    assert sniff_file(str(tmp_path / "item.txt")).kind == "text"
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Boats dock at the port on Monday.", "Ảnh: Hoàng Roe", "https://news.example/boats.jpg"),
        (None, None, "https://news.example/port.jpg"),
        ("Crates of tuna on the quay", "Foto: Ana Roe/Example", "https://news.example/crates.jpg")]
    assert not any("src:" in p or "caption:" in p for p in article.paragraphs)


def test_a_markdown_sentence_under_a_picture_that_opens_with_a_person_and_their_age_is_its_caption():
    """Sets 77-89: a caption names who is shown with their age after the name ("Jane Roe, 64, serves ...", "Jane
    Roe (74) ...", "Анна Роева, 86 лет, ..."), printed once under the picture, with no credit. A story's sentence
    under an uncaptioned picture is not taken, nor a paragraph of several sentences that opens so."""
    page = ("# The food fair\n\nThe fair opened on Friday with stalls from thirty countries in the park.\n\n"
            "![](https://news.example/u/empanadas.jpg)\n\n"
            "Marisol Roe-Fehr, 64, serves empanadas at the Chilean pavilion, which she has run since 1998.\n\n"
            "The organisers expect more than 40,000 visitors over the weekend.\n\n"
            "![](https://news.example/u/stage.jpg)\n\n"
            "Gus Roe, 8, of Little Chute, came with his grandparents. He said the pretzels were the best part. "
            "His grandmother agreed.\n\n"
            "![](https://news.example/u/spoons.jpg)\n\nNea Ilie Roe, 87 de ani, cioplește linguri de lemn la târg.\n\n"
            "![](https://news.example/u/crackers.jpg)\n\nMbah Roe (79), warga Pasar Kliwon, menunjukkan rengginang.\n\n"
            "![](https://news.example/u/crowd.jpg)\n\nThe fair ends on Sunday evening with fireworks.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures if f.caption] == [
        "Marisol Roe-Fehr, 64, serves empanadas at the Chilean pavilion, which she has run since 1998.",
        "Nea Ilie Roe, 87 de ani, cioplește linguri de lemn la târg.",
        "Mbah Roe (79), warga Pasar Kliwon, menunjukkan rengginang."]


def test_a_caption_signed_with_a_copyright_sign_is_one_before_the_story_and_without_a_full_stop():
    """Set 91: an Austrian paper's page copied as text: the lead picture's caption under the dated byline, its
    credit after "©", and later one with no full stop ("... im Eröffnungsjahr 1984 © KAB/Archiv"). A dated byline is
    no headline a teaser sits under; a line after a copyright sign is a picture's credit."""
    page = ("Klagenfurt\n\nStrandbad: Alte Wasserrutsche wird abgerissen\n\n"
            "Nach 42 Jahren ist Schluss: Die Rutsche im Strandbad wird ab Montag abgebaut.\n\n"
            "Von Lisa Roe | 08.09.2026, 06:00 Uhr\n\n"
            "Die Badegäste im Strandbad müssen ab Montag auf die Rutsche verzichten. © Markus Roe\n\n"
            "Die Wasserrutsche im Strandbad ist Geschichte. Ab Montag rücken die Bagger an, um die Anlage abzubauen.\n\n"
            "Die neue Rutsche wird 96 Meter lang und bekommt eine eigene Landebahn im See.\n\n"
            "Die alte Rutsche im Eröffnungsjahr 1984 © KAB/Archiv\n\n"
            "Die Stadt rechnet mit rund 1,4 Millionen Euro Kosten für die neue Anlage.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Die Badegäste im Strandbad müssen ab Montag auf die Rutsche verzichten.", "© Markus Roe"),
        ("Die alte Rutsche im Eröffnungsjahr 1984", "© KAB/Archiv")]


def test_a_markdown_pictures_address_may_hold_balanced_brackets():
    """Set 83: an image service's address holds brackets ("/filters:strip_icc()/..."), as CommonMark allows: the
    picture line was cut at the first ")" and the rest of its address read as a caption."""
    src = "https://img.example.com/Hq2R=/0x0:1600x1067/1008x0/smart/filters:strip_icc()/i.example.com/p/santa-ceia.jpg"
    page = (f"# Paixão de Cristo\n\nO espetáculo voltou ao palco na sexta-feira, com elenco de 500 atores.\n\n"
            f"![Ator que interpreta Jesus durante a Santa Ceia — Foto: Divulgação/Example]({src})\n\n"
            "Ator que interpreta Jesus durante a Santa Ceia — Foto: Divulgação/Example\n\n"
            "As apresentações seguem até domingo, com ingressos esgotados.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Ator que interpreta Jesus durante a Santa Ceia", "Foto: Divulgação/Example", src)]


def test_a_feed_readers_saved_article_gives_its_pictures_from_its_links_list():
    """Set 91: newsboat saves an article with each picture as "[image 1: alt (link #1)]", its caption on the next
    line, each link marked "(link #5)", and the addresses in a "Links:" list at the end."""
    page = ("Title: New tram cars enter service next month\nAuthor: Example Shimbun\n"
            "Link: https://news.example/tram\nDate: Tue, 08 Sep 2026 18:05:00 +0900\n\n"
            "富山市の路面電車に導入される新型車両が8日、報道陣に公開された。10月1日から営業運転に入る。\n\n"
            "[image 1: 新型車両 (link #1)]\n公開された新型車両＝8日午前、富山市の車両基地（写真・中村悠人）\n\n"
            "新型車両は2両編成で、定員は従来より20人多い100人。床の高さを抑えた。\n\n"
            "関連記事：富山駅前の再開発、来春着工へ (link #2)\n\nLinks: \n"
            "[1]: https://news.example/images/tram-01.jpg (image)\n[2]: https://news.example/news/station/ (link)\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("公開された新型車両＝8日午前、富山市の車両基地", "写真・中村悠人", "https://news.example/images/tram-01.jpg")]
    assert not any("link #" in p or "Links:" in p for p in article.paragraphs)


def test_a_markdown_pictures_address_in_angle_brackets_and_firecrawls_removed_data_uri():
    """Set 94: Firecrawl writes "![alt](<Base64-Image-Removed>)" where it dropped a lazy picture's data: URI, an
    address in angle brackets as CommonMark allows: the picture stands there without an address, and the line under
    it is its caption; an address in angle brackets is read without them."""
    page = ("# El dragado del río comienza\n\nEl municipio comenzó esta semana el dragado de un tramo del río.\n\n"
            "![Vecinos](<Base64-Image-Removed>)\n\n"
            "Vecinos de la urbanización muestran las marcas que dejó el agua en sus casas. (Suministrada)\n\n"
            "Los vecinos celebraron el inicio de los trabajos, aunque piden que se limpien también las quebradas.\n\n"
            "![Río](<https://news.example/rio.jpg>)\n\nVista aérea del río en 2023. (Archivo)\n\n"
            "El proyecto cuenta con fondos federales de mitigación.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Vecinos de la urbanización muestran las marcas que dejó el agua en sus casas.", "Suministrada", None),
        ("Vista aérea del río en 2023.", "Archivo", "https://news.example/rio.jpg")]


def test_a_caption_without_a_full_stop_closed_by_who_gave_the_picture_in_brackets_is_one():
    """Set 88: "1970年代の大街道を走る市内電車（松山市提供）", printed once with no full stop: a bracket naming who gave
    or took the picture ("提供", "摄") marks a caption as a labelled one does; one test serves both checks."""
    page = ("松山の路面電車に新型車両\n\n2026年9月8日 18時05分\n\n"
            "松山市の路面電車に導入される新型車両が8日、報道陣に公開された。10月1日から営業運転に入る。\n\n"
            "新型車両は2両編成で、定員は従来より20人多い100人。床の高さを抑えた。\n\n"
            "1970年代の大街道を走る市内電車（松山市提供）\n\n"
            "市は今年度、停留所に多言語の案内板を設ける予定だ。\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [("1970年代の大街道を走る市内電車", "松山市提供")]


def test_pandocs_restructuredtext_and_asciidoc_figures_give_their_pictures_and_captions():
    """Set 97: pandoc's reStructuredText writes ".. figure:: src" with its ":alt:" option and the caption indented
    under it, wrapped; its AsciiDoc writes a ".Caption" title line over "image::src[alt,width=...]"."""
    rst = ("Les navettes accostent au nouveau ponton\n========================================\n\n"
           "Les navettes qui relient les deux îles accostent depuis lundi au nouveau ponton de la gare maritime.\n\n"
           ".. figure:: https://news.example/ponton.jpg\n   :alt: Le ponton\n   :width: 1024px\n\n"
           "   Le nouveau ponton de la gare maritime, lundi matin, avant\n   l'arrivée de la navette. © Teva Roe\n\n"
           "Le ponton peut recevoir deux navettes en même temps, et les passagers n'ont plus à traverser le parking.\n")
    adoc = ("= 해상 산책로 개통\n:author: 김하늘 기자\n\n"
            "전남 여수시 이순신광장 앞 바다에 길이 320m의 해상 산책로가 20일 개통했다.\n\n"
            ".해상 산책로를 걷는 관광객들. (사진=김하늘 기자)\n"
            "image::https://news.example/walk.jpg[산책로,width=800,height=533]\n\n"
            "시는 사업비 48억 원을 들여 지난해 3월 공사를 시작했다.\n")
    figures = [(f.caption, f.credit, f.src)
               for page in (rst, adoc) for f in extract_text(doc_for(page.encode()), ExtractConfig(), Ledger()).figures]
    assert figures == [
        ("Le nouveau ponton de la gare maritime, lundi matin, avant l'arrivée de la navette.", "© Teva Roe",
         "https://news.example/ponton.jpg"),
        ("해상 산책로를 걷는 관광객들.", "사진=김하늘 기자", "https://news.example/walk.jpg")]


def test_a_caption_printed_once_closed_by_a_file_photo_a_graphic_or_a_bracketed_source_is_a_caption():
    """Set 97: a caption printed once where its picture stood, closed by Hindi's "(file photo)", a graphic's or an
    architect's view's credit ("Đồ họa: X", "Wizualizacja: X") or a source alone in brackets of its own; a
    syndication note that brackets the story's source with its own words stays the story's."""
    page = ("Bridge repairs begin on the river road\n\n"
            "Crews closed the river road on Monday to start eight weeks of repairs to the old bridge.\n\n"
            "पिछले साल अगस्त में डूबा छोटा पुल। (फाइल फोटो)\n\n"
            "The council said buses would take the ring road while the bridge is shut.\n\n"
            "Giá cà phê nhân xô tại Gia Lai từ đầu năm. - Đồ họa: Phố Núi Online\n\n"
            "Engineers expect to reopen one lane before the school term starts in September.\n\n"
            "Tak ma wyglądać bulwar po zakończeniu prac. Wizualizacja: UM Bydgoszcz\n\n"
            "Shops along the road say trade has already dropped since the detour signs went up.\n\n"
            "The second phase of the corniche plan. (Source: Public Works Authority)\n\n"
            "Residents can comment on the plan at the town hall until the end of the month.\n\n"
            "(This story has not been edited by our staff and is generated from agency feeds. Source: PTI)\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("पिछले साल अगस्त में डूबा छोटा पुल।", "फाइल फोटो"),
        ("Giá cà phê nhân xô tại Gia Lai từ đầu năm.", "Đồ họa: Phố Núi Online"),
        ("Tak ma wyglądać bulwar po zakończeniu prac.", "Wizualizacja: UM Bydgoszcz"),
        ("The second phase of the corniche plan.", "Source: Public Works Authority")]


def test_a_blog_editors_picture_code_is_a_picture_with_the_caption_its_settings_hold():
    """Set 98: a blog editor's picture code ("[##_Image|path/img.jpg|CDM|1.3|{...,"caption":"..."}_##]"), as the
    post's source keeps it: a picture at its place, its address as written, the caption its JSON settings hold (none
    where they hold none); the code is no paragraph of the story."""
    post = ("## Sea road festival, this year again\n\n"
            "The sea parted in front of the village on Friday, and the road to the island was open for an hour.\n\n"
            '[##_Image|kage@bK9xQz/btsHq3/37c0aa/img.jpg|CDM|1.3|{"originWidth":1280,"style":"alignCenter",'
            '"filename":"DSC_0412.JPG","caption":"Visitors walk the road the ebbing sea left open | low tide"}_##]\n\n'
            "Boots could be hired on the beach for five thousand won.\n\n"
            '[##_Image|kage@eW4nBk/btsHt9/12f478/img.png|CDM|1.3|{"originWidth":1080,"filename":"map.png"}_##]\n\n'
            "The car park by the pier is the closest, with a shuttle bus from the overflow park.\n")
    article = extract_text(doc_for(post.encode(), path="post.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.src) for f in article.figures] == [
        ("Visitors walk the road the ebbing sea left open | low tide", "kage@bK9xQz/btsHq3/37c0aa/img.jpg")]
    assert not any("##_Image" in p for p in article.paragraphs)


def test_a_caption_printed_once_closed_by_a_bracketed_name_and_outlet_or_an_archive_note_is_a_caption():
    """Set 100: captions printed once where their pictures stood, closed by the photographer and outlet in brackets
    ("(Jane Roe/Example Ledger)"), the outlet's file photo ("(Example Ledger file photo)", "Example Ledger file" on
    the line under), a library picture or "archive" in the caption's language ("(Arşiv)", "Foto archivio"). A byline
    with "staff" over the date stays the page's; a sentence of the story stays the story's."""
    page = ("Arena roof work to keep ice out until November\n\nBy Example Ledger staff\n30 Mar 2026\n\n"
            "The ice at the Gardens will not go in until November while contractors replace the leaking roof.\n\n"
            "[Roofers on the arena]\n"
            "Workers replace roof panels at the Gardens on Tuesday. (Nadia Roe/Example Ledger)\n\n"
            "Work started in late July and is about a third done, the city said on Tuesday.\n\n"
            "Minor hockey players at the Gardens last winter. (Example Ledger file photo)\n\n"
            "About 40 groups use the Gardens every week in the fall and will move to other rinks.\n\n"
            "Children cool off in the old wading pool in 2019.\nValley Example file\n\n"
            "The city plans to open the splash pad on Memorial Day weekend next year.\n\n"
            "The shelter the morning after the February gales. Library picture\n\n"
            "Geçen yılın hasadından bir görüntü. (Arşiv)\n\n"
            "Il vecchio ponte chiuso nel 2024. Foto archivio\n\n"
            "The council kept the old plans in its archive\n\n"
            "The roof project is budgeted at $3.1 million, most of it from the province.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Workers replace roof panels at the Gardens on Tuesday.", "Nadia Roe/Example Ledger"),
        ("Minor hockey players at the Gardens last winter.", "Example Ledger file photo"),
        ("Children cool off in the old wading pool in 2019.", "Valley Example file"),
        ("The shelter the morning after the February gales.", "Library picture"),
        ("Geçen yılın hasadından bir görüntü.", "Arşiv"),
        ("Il vecchio ponte chiuso nel 2024.", "Foto archivio")]
    assert split_units("By Example Ledger staff\n30 Mar 2026") == ["By Example Ledger staff", "30 Mar 2026"]


def test_an_org_documents_pictures_and_their_caption_lines_are_figures():
    """Set 100: a page saved as an Org document (pandoc's or org-web-tools' output): "#+caption: ..." over the
    picture's link "[[https://.../a.jpg]]" is a figure, its credit split off; a picture's link alone is a picture
    without a caption; a link to a page stays the story's."""
    page = ("* Hazelnut harvest starts on the coast  :website:\n\n"
            "[[https://news.example.org/economy/hazelnut-harvest][Link]]\n\n"
            "The hazelnut harvest started on the coast on Monday. Growers say they again struggle to find workers.\n\n"
            "#+caption: Workers pick hazelnuts in an orchard near the town. (Fotoğraf: Emre Roe)\n"
            "#+attr_html: :width 800\n"
            "[[https://news.example.org/uploads/2026/08/harvest.jpg]]\n\n"
            "The chamber of agriculture expects 180,000 tonnes this year, up from 150,000 last year.\n\n"
            "[[file:orchard-road.png]]\n\n"
            "The municipality repaired the village roads that lead to the orchards before the harvest began.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Workers pick hazelnuts in an orchard near the town.", "Fotoğraf: Emre Roe",
         "https://news.example.org/uploads/2026/08/harvest.jpg")]
    assert not any("#+" in p or "[[" in p and ".jpg" in p for p in article.paragraphs)


def test_a_mediawiki_pages_pictures_are_figures_with_the_caption_after_their_options():
    """Set 103: a page written to MediaWiki (pandoc -t mediawiki): "[[File:src|thumb|none|alt=...|caption]]" is a
    figure, its caption the last part that is no display option (links in it read as their text), its credit split
    off; a picture with options only has no caption."""
    page = ("= Shrimp season opens with low catches =\n\n"
            "The shrimp season opened on Monday with catches below last year's, the fishing cooperatives said.\n\n"
            "[[File:https://news.example.org/uploads/2026/03/pier.jpg|thumb|none|alt=Fishers at the pier|Fishers "
            "unload shrimp at the pier of [[Isla de la Piedra|the island]] on Monday morning. Foto: Arturo Roe / "
            "Example News]]\n\n"
            "The cooperatives expect prices to rise if the catches stay low through the month.\n\n"
            "[[File:https://news.example.org/uploads/2026/03/boats.jpg|thumb|upright=1.2|300px]]\n\n"
            "Inspectors will check boats in port every week until the season closes in May.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures] == [
        ("Fishers unload shrimp at the pier of the island on Monday morning.", "Foto: Arturo Roe / Example News",
         "https://news.example.org/uploads/2026/03/pier.jpg")]
    assert not any("[[File:" in p for p in article.paragraphs)


def test_a_caption_printed_once_closed_by_a_label_a_slash_and_its_credit_is_a_caption():
    """Set 103: the New Zealand papers' credit, a label word and a slash ("Photo / Jane Roe", "Graphic / Example
    Mail", "Photo / Supplied"), closing a caption printed once in the story; a story's sentence with a slash in it
    stays the story's."""
    page = ("Sheep farmers sell early as dry summer bites\n\nTessa Roe\n\n12 Mar, 2026 06:00 AM\n\n"
            "Ewe hoggets are drafted at a valley sale yard last week. Photo / Corey Roe\n\n"
            "Southland farmers are sending stock to sale early after the driest summer in the region in a decade.\n\n"
            "Rainfall at Gore between December and February, against the long-term average. Graphic / Example Mail\n\n"
            "Prices fell by a fifth, agents said, and the dollar / kilo rate for lambs is the lowest since 2019.\n\n"
            "A water truck fills a trough on a farm near Waikaia. Photo / Supplied\n\n"
            "Environment Southland has asked farmers to report any dry bores.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Ewe hoggets are drafted at a valley sale yard last week.", "Photo / Corey Roe"),
        ("Rainfall at Gore between December and February, against the long-term average.", "Graphic / Example Mail"),
        ("A water truck fills a trough on a farm near Waikaia.", "Photo / Supplied")]


def test_a_caption_printed_once_under_an_abbreviated_label_is_a_caption_even_without_a_full_stop():
    """Sets 100 and 103: a caption printed once, closed by a credit under an abbreviated label ("Ph. Jane Roe",
    "Fot. Jane Roe"), is a caption, with no full stop too (a headline carries no such credit)."""
    page = ("Inaugurata la nuova ciclabile\n\n9 Marzo 2026\n\nRedazione\n\n"
            "La nuova ciclabile lungo via Emilia Pavese, inaugurata sabato mattina Ph. Marco Roe\n\n"
            "È stata inaugurata sabato mattina la nuova pista ciclabile, che collega il centro al quartiere.\n\n"
            "Il percorso è lungo 3,2 chilometri ed è separato dalla carreggiata da un cordolo.\n\n"
            "Robotnicy układają nową nawierzchnię na placu Artystów. Fot. Tomasz Roe\n\n"
            "Il Comune prevede di prolungare la pista fino alla stazione entro il 2027.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("La nuova ciclabile lungo via Emilia Pavese, inaugurata sabato mattina", "Ph. Marco Roe"),
        ("Robotnicy układają nową nawierzchnię na placu Artystów.", "Fot. Tomasz Roe")]


def test_a_short_caption_printed_once_under_a_labelled_or_bracketed_credit_is_a_caption():
    """Set 106: three words will do for a caption printed once when it is a sentence over a labelled credit or
    sits before a credit in brackets ("2019년 물빛다리 야경. (사진=X DB)", "Caddenin 2020'deki görüntüsü (Arşiv)");
    "archival" in Arabic after a caption is its credit. Three words and a labelled credit with no sentence before it
    stay the story's (a scrape's glued "Dogs Picture/Foto: X")."""
    page = ("Riverside walk reopens after a year of works\n\n"
            "The riverside walk reopened on Monday after a year of works, the city said in a statement.\n\n"
            "2019년 물빛다리 야경. (사진=예시신문 DB)\n\n"
            "The new walk is four kilometres long and has lighting and benches along its whole length.\n\n"
            "Caddenin 2020'deki görüntüsü (Arşiv)\n\n"
            "Shops along the river say more people now walk past them in the evenings than before the works.\n\n"
            "الكورنيش قبل أعمال التطوير. (أرشيفية)\n\n"
            "Qimmit Hundene Assi/Foto: Ivalo Roe, KNR\n\n"
            "The city plans to add a cycle lane next year if the budget allows it, the mayor said.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("2019년 물빛다리 야경.", "사진=예시신문 DB"), ("Caddenin 2020'deki görüntüsü", "Arşiv"),
        ("الكورنيش قبل أعمال التطوير.", "أرشيفية")]


def test_the_line_a_site_prints_under_every_pictures_caption_marks_the_captions_over_it():
    """Set 109: a local-news CMS's page copied from a browser, each picture's caption, its credit line ("Jane Roe,
    Example Courier", "Courtesy of ...") and a reprint button ("Buy Now") in paragraphs of their own: the button is
    the page's, the paragraphs over it a caption and its credit, or a caption alone. A line that recurs under story
    paragraphs with no credit line over it twice is no such mark."""
    story = ["The viaduct over the tracks will close Monday for about three weeks while crews seal its deck.",
             "The viaduct carries about 9,000 vehicles a day and is one of two ways across the tracks.",
             "Inspectors found widening cracks along both lanes during a routine check in June.",
             "Drivers will be sent east to the 25th Street crossing, and school buses will use the same detour."]
    page = ("Viaduct to close three weeks for deck repairs\n\nDana Roe\n\nSep 15, 2026\n\n"
            "A city crew marks cracked sections of the viaduct deck Thursday morning.\n\nTyler Roe, Example Courier"
            f"\n\nBuy Now\n\n{story[0]}\n\n{story[1]}\n\n"
            "Traffic backs up on Second Avenue at the south ramp during Friday's rush.\n\nTyler Roe, Example Courier"
            f"\n\nBuy Now\n\n{story[2]}\n\nPublic Works Director Leanne Roe\n\nBuy Now\n\n"
            "A map of the detour route drivers will use while the viaduct is closed.\n\nCourtesy of the City of "
            f"Kearney\n\nBuy Now\n\n{story[3]}\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("A city crew marks cracked sections of the viaduct deck Thursday morning.", "Tyler Roe, Example Courier"),
        ("Traffic backs up on Second Avenue at the south ramp during Friday's rush.", "Tyler Roe, Example Courier"),
        ("Public Works Director Leanne Roe", None),
        ("A map of the detour route drivers will use while the viaduct is closed.", "Courtesy of the City of Kearney")]
    assert article.paragraphs[-4:] == story and "Buy Now" not in article.paragraphs
    plain = page.replace("Tyler Roe, Example Courier\n\n", "").replace("Courtesy of the City of Kearney\n\n", "")
    article = extract_text(doc_for(plain.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == []


def test_a_caption_printed_once_closed_by_photo_by_a_slashed_outlet_or_capitals_after_a_bar_is_a_caption():
    """Set 109: captions printed once in the story, closed as regional papers close them: "Photo by Jane Roe
    /Example Press", "Jane Roe / Correio Example" after the last sentence, "| VILLE D'EXAMPLE" in capitals after a
    bar. A post's link after a sentence ("pic.twitter.com/X") is none."""
    page = ("Council approves boardwalk rebuild\n\n"
            "City council voted 8-1 on Monday night to rebuild the boardwalk along the north shore of the lake.\n\n"
            "Walkers use the boardwalk at the lake on Sunday afternoon. Photo by Marc Roe /The Example Press\n\n"
            "The new deck will be wider and lit at night, and the work starts in the spring.\n\n"
            "Obras na Avenida Brasil, no trecho entre a Rua Paissandu e a Rua Moron. Eduarda Roe / Correio Example\n\n"
            "The council will also repair the parking lot at the east end before the summer.\n\n"
            "Vue du futur square, côté rue Denis-Papin. | VILLE D'EXAMPLE\n\n"
            "Beach closed for at least an hour. Please follow lifeguard directions. pic.twitter.com/Bk7rT2dQw9\n\n"
            "Residents can comment on the plans at the library until the end of the month.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Walkers use the boardwalk at the lake on Sunday afternoon.", "Photo by Marc Roe /The Example Press"),
        ("Obras na Avenida Brasil, no trecho entre a Rua Paissandu e a Rua Moron.", "Eduarda Roe / Correio Example"),
        ("Vue du futur square, côté rue Denis-Papin.", "VILLE D'EXAMPLE")]


def test_a_credit_line_of_a_label_and_a_dash_and_a_file_photo_word_after_a_dash_mark_captions_printed_once():
    """Set 124: an Egyptian paper's scrape prints each caption once, one line, its credit on the next line as a
    label, a dash and who ("تصوير - X", photography), or after a spaced dash as a file photo ("... - أرشيفية",
    archive); the last picture closes the story."""
    lines = ["إغلاق كوبري المشاة في المنصورة لمدة شهر للصيانة", "",
             "أعمال الصيانة على كوبري المشاة بشارع الجيش في المنصورة", "تصوير - أحمد عبد المثال", "",
             "قررت المحافظة إغلاق كوبري المشاة المطل على النيل بشارع الجيش لمدة شهر، لإجراء أعمال صيانة شاملة.", "",
             "وقال مصدر بالمحافظة إن الأعمال تشمل تغيير السلالم الحديدية وطلاء الكوبري بالكامل.", "",
             "المشاة يعبرون شارع الجيش أسفل الكوبري - أرشيفية", "",
             "ودعت المحافظة المواطنين إلى استخدام إشارة المرور عند تقاطع شارع الجيش مع شارع الجمهورية.", "",
             "السلالم الحديدية للكوبري قبل بدء الأعمال", "تصوير - أحمد عبد المثال", ""]
    article = extract_text(doc_for("\n".join(lines).encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("أعمال الصيانة على كوبري المشاة بشارع الجيش في المنصورة", "تصوير - أحمد عبد المثال"),
        ("المشاة يعبرون شارع الجيش أسفل الكوبري", "أرشيفية"),
        ("السلالم الحديدية للكوبري قبل بدء الأعمال", "تصوير - أحمد عبد المثال")]


def test_pic_by_after_a_dash_pic_courtesy_on_its_own_line_and_an_agencys_or_press_credit_paragraph_mark_captions():
    """Set 133: a Sri Lankan paper's captions printed once, no stop, "– Pic by X" after a dash or "Pic courtesy X" on
    the next line; a Polish paper's credit paragraphs "PAP/X" and "mat. prasowe" (press material) under short
    captions, the story going on in short finished sentences."""
    page = ("Port city tenants ask for clarity on tax holiday\n\nWednesday, 11 November 2026\n\nBy Dinuka Roe\n\n"
            "Trucks queue at the entrance to the gateway terminal on Tuesday afternoon – Pic by Shehan Roe\n\n"
            "Businesses that have signed leases at the reclaimed district said they were still waiting for the rules."
            "\n\n"
            "An aerial view of the reclaimed land south of the green\nPic courtesy Port City Example Commission\n\n"
            "Officials said a gazette notice was expected before the end of the month.\n\n"
            "Samolot na płycie lotniska\n\nPAP/Darek Example\n\n"
            "Zarząd portu planuje rozbudowę terminalu do 2029 roku.\n\n"
            "Wizualizacja rozbudowanego terminalu\n\nmat. prasowe\n\n"
            "Prace mają się rozpocząć wiosną przyszłego roku.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Trucks queue at the entrance to the gateway terminal on Tuesday afternoon", "Pic by Shehan Roe"),
        ("An aerial view of the reclaimed land south of the green", "Pic courtesy Port City Example Commission"),
        ("Samolot na płycie lotniska", "PAP/Darek Example"),
        ("Wizualizacja rozbudowanego terminalu", "mat. prasowe")]


def test_pictures_pandocs_plain_writer_printed_in_brackets_are_captions_when_the_page_has_two_or_more():
    """Set 133: pandoc -t plain prints each figure as its alt in brackets on a paragraph of its own; one bracketed
    editor's note on a page is no picture."""
    page = ("Linzer Hafen: Neues Containerterminal nimmt Betrieb auf\n\n"
            "[Der erste Containerzug wird am neuen Terminal beladen. Bild: Volker Roe]\n\n"
            "Nach zweijähriger Bauzeit ist am Mittwoch das erweiterte Containerterminal in Betrieb gegangen.\n\n"
            "[Blick über das Hafenbecken auf die alten Hochöfen]\n\n"
            "Die Stadt rechnet mit bis zu 60 neuen Arbeitsplätzen in den nächsten beiden Jahren.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Der erste Containerzug wird am neuen Terminal beladen.", "Bild: Volker Roe"),
        ("Blick über das Hafenbecken auf die alten Hochöfen", None)]
    note = page.replace("[Blick über das Hafenbecken auf die alten Hochöfen]\n\n", "").replace(
        " Bild: Volker Roe]", "]").replace("[Der erste", "[Dieser Artikel wurde am Mittwoch ergänzt: der erste")
    assert extract_text(doc_for(note.encode()), ExtractConfig(), Ledger()).figures == []
    alts = ("Arena roof work runs late\n\nBy Paul Roe\n\n"
            "Work on the arena started in late July and is about a third done, the city said on Tuesday.\n\n"
            "[Roofers on the arena]\nWorkers replace roof panels at the Gardens on Tuesday. (Nadia Roe/Example Ledger)"
            "\n\nThe ice at the Gardens will not go in until November while contractors replace the leaking roof.\n\n"
            "[Map of city rinks]\nTemporary ice times have been moved to four other city rinks. (Supplied)\n\n"
            "The roof project is budgeted at $3.1 million, the city said on Tuesday afternoon.\n")
    # (brackets with a credited caption under them are the pictures' alts, no captions)
    assert "Roofers on the arena" not in [f.caption for f in
                                          extract_text(doc_for(alts.encode()), ExtractConfig(), Ledger()).figures]


def test_paragraphs_under_bracketed_alts_are_captions_when_one_sentence_and_the_story_when_longer():
    """Set 145: a converter prints each picture's alt in brackets ("[Pecalang]", "[]" for none) and the visible
    caption under it, one sentence with a credit the patterns may not know ("(BP/Dok)"); a story paragraph of two
    sentences under an alt stays the story's, and a bracketed embed link is no alt."""
    page = ("Pawai Ogoh-ogoh di Denpasar Berlangsung Tertib\n\nDenpasar, 18 Maret 2026\n\n"
            "[Pawai ogoh-ogoh Desa Adat]\n\n"
            "Krama desa adat mengarak ogoh-ogoh di Jalan Gatot Subroto, Selasa (17/3) malam. (BP/kmb)\n\n"
            "Pawai ogoh-ogoh menjelang Hari Suci Nyepi berlangsung tertib. Ratusan ogoh-ogoh diarak keliling desa.\n\n"
            "[Pecalang]\n\nPecalang mengatur lalu lintas saat pawai ogoh-ogoh. (BP/Dok)\n\n"
            "[https://www.example.com/watch?v=x1:embed]\n\nVideo pawai bisa ditonton di kanal kami.\n\n"
            "[]\n\nMajelis desa adat membatasi pawai di wilayah sendiri. Pengeras suara dilarang.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Krama desa adat mengarak ogoh-ogoh di Jalan Gatot Subroto, Selasa (17/3) malam.", "BP/kmb"),
        ("Pecalang mengatur lalu lintas saat pawai ogoh-ogoh.", "BP/Dok")]


def test_a_credit_paragraph_under_the_caption_under_a_bracketed_alt_is_its_credit():
    """Set 169: pandoc's plain writer prints each picture's alt in brackets, the caption under it, and the credit on a
    paragraph of its own under that ("Photo : Jane Roe"): the caption's credit, not a loose credit line."""
    page = ("Drummondville plante 400 arbres\n\nPar Jane Roe, La Sentinelle\n\n8 décembre 2026 à 06h00\n\n"
            "[plantation rue Saint-Pierre]\n\n"
            "Des employés des travaux publics plantent un érable rouge rue Saint-Pierre.\n\nPhoto : Jane Roe\n\n"
            "La Ville a terminé la saison de plantation avec 400 arbres de rue, surtout dans les quartiers nord.\n\n"
            "[abribus]\n\nUn des abribus au toit végétalisé, boulevard Saint-Joseph.\n\nPhoto : Archives\n\n"
            "Les citoyens peuvent demander un arbre gratuit pour leur terrain jusqu'au 31 janvier.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Des employés des travaux publics plantent un érable rouge rue Saint-Pierre.", "Photo : Jane Roe"),
        ("Un des abribus au toit végétalisé, boulevard Saint-Joseph.", "Photo : Archives")]
    # (set 187: after an ad's label the credit paragraph may read as the story's; under an alt's caption it is none)
    page = ("Tosya'da okul önlerine kasis\n\nHaber: Jane Roe\n\n"
            "Tosya Belediyesi, ilçe merkezindeki üç okulun önüne hız kesici kasis yaptı. Veliler memnun.\n\nREKLAM\n\n"
            "Çarşı bölgesine 45 yeni çöp kovası konuldu, rögar kapakları da yenilendi.\n\n"
            "[çöp kovası]\n\nÇarşıya konulan yeni çöp kovaları.\n\nFotoğraf: Mehmet Roe\n\n"
            "[rögar]\n\nYenilenen rögar kapağı.\n\nFotoğraf: Arşiv\n\n"
            "Belediye, çalışmaların ocak ayında süreceğini açıkladı.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Çarşıya konulan yeni çöp kovaları.", "Fotoğraf: Mehmet Roe"), ("Yenilenen rögar kapağı.", "Fotoğraf: Arşiv")]


def test_captions_closed_by_a_name_in_capitals_after_a_dash_or_a_labelled_bracket_under_an_uncaptioned_line():
    """Set 148: a Spanish paper's captions close on the photographer in capitals after a dash ("... la acera - RAFAEL
    ROE"), a Greek one's on "(Φωτ.: X)"; under another picture's caption of no stop (no headline: a teaser names no
    photographer so) they were left as the story's. One word in capitals after a dash ("- ABC") may be a site's name
    after a headline; a field list with an address ("[2] url: https://...") is no caption."""
    page = ("Los naranjos de la Macarena se quedan sin poda\n\nSevilla\n\n"
            "Los más de 4.000 naranjos del distrito siguen sin podar a mediados de abril por un retraso en el "
            "contrato.\n\n"
            "Ramas de naranjo rozan el balcón de un primer piso en la calle Relator\n\n"
            "Un vecino barre las naranjas caídas frente a su portal - VANESA ROE\n\n"
            "La oposición pidió en el último pleno que se use la plantilla municipal mientras tanto.\n\n"
            "Κάτοικοι περπατούν στην πεζογέφυρα το απόγευμα\n\n"
            "Η αυτοψία του δημάρχου στο έργο (Φωτ.: Δήμος Παράδειγμα)\n\n"
            "El delegado explicó que el nuevo contrato se firmará en las próximas semanas.\n\n"
            "Las calles más estrechas serán las primeras - ABC\n\n"
            "[2] url: https://www.example.es/uploads/poda.jpg caption: Un operario poda un naranjo. (Foto: Ana Roe)\n\n"
            "La poda empezará por las calles más estrechas del distrito, según el Ayuntamiento.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Un vecino barre las naranjas caídas frente a su portal", "VANESA ROE"),
        ("Η αυτοψία του δημάρχου στο έργο", "Φωτ.: Δήμος Παράδειγμα")]


def test_a_caption_printed_once_closed_by_a_name_after_its_sentence_and_a_bar_is_a_caption():
    """Set 157: trafilatura's text of a Spanish paper, one paragraph a line, each caption printed once with its
    photographer or source after the last sentence and a bar ("... este miércoles. | Laura Roe")."""
    page = ("El tranvía cortará la línea en el Coso durante tres fines de semana\n"
            "El tranvía dejará de circular entre la plaza de España y la plaza de San Miguel durante tres fines de "
            "semana de noviembre y diciembre por la renovación de los carriles.\n"
            "Operarios revisan la vía del tranvía en el Coso, este miércoles. | Laura Roe Arilla\n"
            "Los viajeros tendrán que usar un autobús lanzadera que hará el recorrido por el paseo de la Independencia "
            "mientras duren los cortes.\n"
            "Plano del servicio alternativo durante los cortes. | Tranvía de Ejemplo\n"
            "Las obras se harán de viernes por la noche a lunes por la mañana, según explicó la empresa, para molestar "
            "lo menos posible a los viajeros.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Operarios revisan la vía del tranvía en el Coso, este miércoles.", "Laura Roe Arilla"),
        ("Plano del servicio alternativo durante los cortes.", "Tranvía de Ejemplo")]


def test_a_korean_caption_printed_once_with_its_provider_archive_or_photographer_after_its_sentence():
    """Set 133: "… 모습. 정대호 기자 email" (the reporter who took it, under a caption ending on a noun), "… 그래픽. X
    제공" (provided by), "… 모습. X DB" (the paper's archive); a story's last sentence, ending in "-다.", with the
    writer's byline after it is none."""
    page = ("해운대 모래 유실 심각…올겨울 양빈 공사 착수\n\n이수진 기자 sjlee@example.kr\n\n입력 : 2026-11-02 18:20:11\n\n"
            "2일 오전 해운대해수욕장 백사장 일부가 파도에 깎여 나간 모습. 정대호 기자 jdh@example.kr\n\n"
            "해운대해수욕장의 백사장 폭이 올해 여름 태풍 이후 평균 12m가량 줄어든 것으로 조사됐다.\n\n"
            "해운대구청이 공개한 백사장 폭 변화 그래픽. 해운대구청 제공\n\n"
            "구청은 다음 달부터 모래 15만㎥를 보충하는 양빈 공사를 시작한다.\n\n"
            "지난해 양빈 공사 당시 모습. 예시일보DB\n\n"
            # (set 142: the place before the reporter, as photo desks write it, after a sentence in "-다.")
            "15일 해운대해수욕장에서 모래를 보충하는 중장비가 작업하고 있다. 부산=김예시 기자\n\n"
            "구청은 공사가 끝나는 대로 백사장 폭을 다시 측정할 계획이라고 덧붙였다.\n\n"
            "구청은 공사 기간에도 해수욕장을 개방한다고 밝혔다. 이수진 기자 sjlee@example.kr\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("2일 오전 해운대해수욕장 백사장 일부가 파도에 깎여 나간 모습.", "정대호 기자 jdh@example.kr"),
        ("해운대구청이 공개한 백사장 폭 변화 그래픽.", "해운대구청 제공"),
        ("지난해 양빈 공사 당시 모습.", "예시일보DB"),
        ("15일 해운대해수욕장에서 모래를 보충하는 중장비가 작업하고 있다.", "부산=김예시 기자")]


def test_an_unknown_label_closing_a_caption_is_a_credit_when_a_known_credit_of_the_page_ends_with_the_same_word():
    """Set 36 (kept when set 124 taught the patterns "Grafiikka:"): a screenshot's "Kuvakaappaus: X" was told a
    credit only by the unknown "Grafiikka: X" closing another caption with the same words; once the patterns split
    that one, the credit they split tells it."""
    graph = "Akun toimintamatka testissä eri avustustasoilla, kilometreinä. Grafiikka: Kotimaan Example"
    shot = "Sovelluksen karttanäkymä ja reitin korkeusprofiili. Kuvakaappaus: Kotimaan Example"
    units = ["Testissä sähköpyörä Virta E7", "Testasimme sähköpyörän kahden viikon ajan kaupungissa ja maastossa.",
             graph, graph, "Akku riitti talvella noin 60 kilometrin matkaan, mikä riittää useimmille.",
             shot, shot, "Pyörän hinta on 2 490 euroa, ja sitä myydään urheiluliikkeissä."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Akun toimintamatka testissä eri avustustasoilla, kilometreinä.", "Grafiikka: Kotimaan Example"),
        ("Sovelluksen karttanäkymä ja reitin korkeusprofiili.", "Kuvakaappaus: Kotimaan Example")]


def test_words_after_a_captions_sentence_are_a_credit_when_a_credit_the_patterns_split_opens_with_the_same_word():
    """Set 140 (kept when set 161 taught the patterns "Photo archives X"): "... marché. Photo NP, Jane Roe" was told
    a credit only by the other captions' unsplit "Photo archives NP" opening with the same word; once the patterns
    split that one, the credits they split tell it."""
    first = "La nouvelle halle, samedi matin, pour le premier jour de marché. Photo NP, Julien Roe"
    units = ["La nouvelle halle ouvre ses portes", "La nouvelle halle a ouvert samedi après deux ans de travaux.",
             first, first, "Les commerçants ont retrouvé leurs places habituelles dès six heures du matin.",
             "L'ancienne halle, peu avant sa démolition en 2024. Photo archives NP",
             "L'ancienne halle, peu avant sa démolition en 2024. Photo archives NP",
             "La ville a financé la moitié des travaux, le reste venant de la région."]
    article = extract_text(doc_for(("\n\n".join(units) + "\n").encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("La nouvelle halle, samedi matin, pour le premier jour de marché.", "Photo NP, Julien Roe"),
        ("L'ancienne halle, peu avant sa démolition en 2024.", "Photo archives NP")]


def test_a_caption_with_no_stop_closed_by_a_dash_and_a_name_and_outlet_across_a_slash_is_a_caption():
    """Set 121: a Brazilian paper prints its captions once among the paragraphs, no full stop, the photographer and
    outlet after a spaced dash: "... zona norte — Jane Roe / Agência Example", the lead picture's over the story.
    A paragraph that closes on a dash and a place is no caption."""
    page = ("Duplicação da avenida chega à metade\n\n"
            "Máquinas trabalham na duplicação da avenida, na zona norte da cidade — Rafael Roe / Agência Example\n\n"
            "A duplicação da avenida chegou à metade nesta segunda-feira, segundo a secretaria de obras da cidade.\n\n"
            "Trecho entre o viaduto e a Rua Dona Teodora terá nova ciclovia — Prefeitura de Example / Divulgação\n\n"
            "A previsão é que a obra termine em julho. Até lá, o trânsito segue em meia pista — Porto Alegre\n\n"
            "Comerciantes da avenida reclamam da queda no movimento e pedem mais vagas de estacionamento.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Máquinas trabalham na duplicação da avenida, na zona norte da cidade", "Rafael Roe / Agência Example"),
        ("Trecho entre o viaduto e a Rua Dona Teodora terá nova ciclovia", "Prefeitura de Example / Divulgação")]


def test_a_sentence_under_a_markdown_picture_that_gives_a_persons_age_early_is_its_caption():
    """Sets 101-110: the one-sentence paragraph under a picture that gives a person's age within its first words, as
    portraits' captions do in the languages of the news ("Ten-year-old Jane Roe ...", "Ana Roe, de 92 años, ...",
    "71 yaşındaki ...", "84歲的...") is the picture's caption; a sentence that comes to an age late is the story's."""
    page = ("# County fair opens\n\nThe county fair opened on Thursday with a record number of entries.\n\n"
            "![Lamb](https://img.example/lamb.jpg)\n\n"
            "Ten-year-old Hazel Roe shows her lamb, Biscuit, in the junior class.\n\n"
            "The fair runs until Sunday, with the livestock auction on the last afternoon.\n\n"
            "![Vendimia](https://img.example/vendimia.jpg)\n\n"
            "Felisa Roe, de 92 años, la vendimiadora de mayor edad del barrio.\n\n"
            "Organisers said about 40,000 visitors came through the gates on the first two days.\n\n"
            "![Boğa](https://img.example/boga.jpg)\n\n"
            "Boğası ile birinci olan 71 yaşındaki Temel Roe, kupasını kaldırdı.\n\n"
            "![Van](https://img.example/van.jpg)\n\n"
            "Police said on Tuesday that the driver of the van that hit the barrier, a 45-year-old man, was held.\n\n"
            "The fair board thanked the volunteers who ran the gates and the car parks.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == [
        "Ten-year-old Hazel Roe shows her lamb, Biscuit, in the junior class.",
        "Felisa Roe, de 92 años, la vendimiadora de mayor edad del barrio.",
        "Boğası ile birinci olan 71 yaşındaki Temel Roe, kupasını kaldırdı."]


def test_a_line_of_a_role_and_a_name_inside_the_story_that_the_next_paragraph_speaks_of_is_a_portraits_caption():
    """Sets 100-109: a line right under a paragraph of the story that is only a person's role and name ("Parks
    manager Tom Roe"), whom the next paragraph goes on to quote, is a portrait's caption printed once. A live blog's
    entry heading under its time, a place after "at the", and a name the story does not go on about stay the story's."""
    page = ("Splash pad to open next summer after delays\n\nDana Roe\n\nSep 15, 2026\n\n"
            "Crews began pouring concrete this week for a splash pad at the park, two years after the city promised "
            "one for the neighbourhood.\n\n"
            "Parks manager Tom Roe\n\n"
            "\"The kids on this side of town have been waiting a long time,\" the parks manager said on Monday.\n\n"
            "The splash pad will have 18 spray features, shade sails and a new restroom building next to it.\n\n"
            "11:52 a.m.\n\nCrowds wait for bands near Bay Street\n\n"
            "The forecast showers have not come and the crowd on the street is now several thousand strong.\n\n"
            "The council also voted on Tuesday to repaint the old pavilion before the opening next summer.\n\n"
            "Residents gather at the Republic Square\n\n"
            "The square has been closed to cars since the spring and the council wants to keep it that way.\n\n"
            "Volunteer coordinator Ann Smith\n\n"
            "The city expects the splash pad to open on Memorial Day weekend if the weather allows it.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["Parks manager Tom Roe"]


def test_a_photo_credit_in_a_paragraph_of_its_own_under_a_one_sentence_paragraph_makes_it_a_caption():
    """Set 115: a scraper that sets a figure's caption and credit apart by a blank line: a photo credit paragraph
    ("Фото: X / Example", "Foto: X | Example") under a one-sentence paragraph, the story going on after it, makes that
    paragraph a caption. An author's or a source's line, or a credit under a paragraph of two sentences (the lead
    picture's credit after the story's first paragraph), does not."""
    page = ("Embankment repairs begin\n\n"
            "Repairs to the lower embankment began on Wednesday, and the contractor promises to finish by the spring.\n\n"
            "Рабочие снимают старую плитку на набережной у Речного вокзала\n\n"
            "Фото: Денис Роев / «Пример»\n\n"
            "The city said the works would cost 87 million roubles, paid from the regional road fund this year.\n\n"
            "Trabajadores colocan la carpeta asfáltica en el bulevar, a la altura del mercado.\n\n"
            "Autor: Karla Roe | Diario Ejemplo\n\n"
            "Pedestrians are asked to use the upper level while the lower one is closed to everyone.\n\n"
            "The room was finished in May. Parents painted the walls on two Saturdays over the summer.\n\n"
            "Photo by Leanne Roe\n\n"
            "The council expects the embankment to reopen before the summer season starts in June.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Рабочие снимают старую плитку на набережной у Речного вокзала", "Фото: Денис Роев / «Пример»")]


def test_a_blogs_caption_table_in_markdown_gives_each_picture_the_caption_in_the_row_under_it():
    """Set 114: a blog's caption tables as a reader writes them in Markdown ("| [![](s640)](s1600) |", "| --- |",
    "| caption |"): each picture with the caption in the row under it, credited or not; a picture outside a table
    has none; a gallery table with the caption beside its picture still reads as before."""
    page = ("Tourism picks up again before the holiday\n"
            "============================================\n\n"
            "The provincial tourism office recorded more visitors on the west coast beaches this month.\n\n"
            "| [![Image 1](https://img.example/s640/boats.jpg)](https://img.example/s1600/boats.jpg) |\n"
            "| --- |\n"
            "| Fishing boats moored at the beach in the late afternoon. Foto: Lalu Roe |\n\n"
            "Weavers have started taking orders from outside the region again this spring.\n\n"
            "| [![Image 2](https://img.example/s640/circuit.jpg)](https://img.example/s1600/circuit.jpg) |\n"
            "| --- |\n"
            "| The circuit seen from the hill. |\n\n"
            "[![Image 3](https://img.example/s640/kuta.jpg)](https://img.example/s1600/kuta.jpg)\n\n"
            "| Photo | Caption |\n| --- | --- |\n| ![](https://img.example/market.jpg) | The old market at dawn |\n\n"
            "Hotels near the circuit say they are fully booked for the last week of the month.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit, f.src) for f in article.figures if f.caption] == [
        ("Fishing boats moored at the beach in the late afternoon.", "Foto: Lalu Roe",
         "https://img.example/s640/boats.jpg"),
        ("The circuit seen from the hill.", None, "https://img.example/s640/circuit.jpg"),
        ("The old market at dawn", None, "https://img.example/market.jpg")]


def test_markdown_whose_lines_are_whole_paragraphs_without_blank_lines_reads_each_line_as_a_block():
    """Set 119: a crawler's Markdown of a whole page, no blank line between the story's lines, each line a whole
    paragraph, a picture line or a caption closing with its credit (most lines end a sentence or close with a
    credit, none over 150 characters): each line a block, so each caption is its picture's and the story's lines
    stay the story's."""
    page = ("# Fair ends with more visitors but less trade\n\n"
            "Würzburg · 17.07.2026 · Von Anna Roe\n"
            "The city drew a positive balance at the close of the fair. The showmen see it differently.\n"
            "![Big wheel](https://img.example/wheel.jpg)\n"
            "The big wheel on the last evening of the fair. Foto: Jonas Roe\n"
            "About 520,000 people visited the fair this year, the city said. That is 20,000 more than last year.\n"
            "![Parade](https://img.example/parade.jpg)\n"
            "Costume groups from the district in the parade through the city centre. Foto: Stadt Beispiel/Clara Roe\n"
            "Next year the city plans an extra entrance at the bridge, the organisers said on Friday.\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("The big wheel on the last evening of the fair.", "Foto: Jonas Roe"),
        ("Costume groups from the district in the parade through the city centre.", "Foto: Stadt Beispiel/Clara Roe")]
    assert "About 520,000 people visited the fair this year, the city said. That is 20,000 more than last year." \
        in article.paragraphs


def test_a_caption_printed_once_closed_by_a_name_and_outlet_across_a_bar_or_a_courtesy_photo_is_a_caption():
    """Set 118: captions printed once in a chain's page, closed by "Jane Roe | ExampleLive.com" or "Courtesy photo |
    City of Example"; a cookie banner's buttons after a bar stay the page's."""
    page = ("Bridge reopens after 14 months of repairs\n\nBy Megan Roe\n\n"
            "The bridge over the creek reopened on Monday after 14 months of repairs, the city said.\n\n"
            "Crews remove the last traffic barrels from the bridge on Monday. Dana Roe | ExampleLive.com\n\n"
            "The repairs cost $6.2 million, most of it from a state grant awarded in 2024.\n\n"
            "The bridge deck in July 2025, after crews removed the old concrete. Courtesy photo | City of Example\n\n"
            "Drivers used a detour on Lake Street while the bridge was closed to all traffic.\n\n"
            "Questo sito utilizza cookie tecnici e di profilazione. Accetta | Rifiuta\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Crews remove the last traffic barrels from the bridge on Monday.", "Dana Roe | ExampleLive.com"),
        ("The bridge deck in July 2025, after crews removed the old concrete.", "Courtesy photo | City of Example")]


def test_a_japanese_scrape_of_one_line_a_paragraph_is_not_taken_for_a_wrapped_dump():
    """Set 118: trafilatura's text of a Japanese page, one paragraph a line and no blank line, its lines of about one
    length as a wrapped dump's are: each line that ends a sentence or a bracketed credit stays whole, so the
    captions printed once with their credits ("（X撮影）", "（X市提供）") are captions, not one paragraph with the story."""
    lines = ["新町川遊歩道の改修完了　夜間照明も一新　徳島市",
             "徳島市が進めていた新町川沿いの遊歩道の改修工事が完了し、26日から全面的に通行できるようになった。",
             "改修を終えた新町川沿いの遊歩道を歩く市民ら＝26日、徳島市新町（山本沙織撮影）",
             "改修は約1.1キロの区間で、古くなった舗装を張り替え、照明をLEDに替えた。事業費は約2億円。",
             "森本課長は「夜でも安心して歩ける道になった。多くの市民に利用してほしい」と話した。",
             "新たに設けられた川沿いのベンチと照明（徳島市提供）",
             "遊歩道は2000年代初めに整備され、近年は路面の傷みや暗さを指摘する声が上がっていた。",
             "市は来年度、上流側の区間についても改修を検討する。"]
    article = extract_text(doc_for("\n".join(lines).encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("改修を終えた新町川沿いの遊歩道を歩く市民ら＝26日、徳島市新町", "山本沙織撮影"),
        ("新たに設けられた川沿いのベンチと照明", "徳島市提供")]


def test_a_caption_printed_once_closed_by_the_pictures_word_and_its_maker_without_a_colon_is_a_caption():
    """Set 121: French and Italian papers' credits with no colon after the picture's word ("Photo CDO/Élise Roe",
    "Illustration Ville de Beaune", "Foto Bedolis") close a caption printed once; "photo" inside the story's
    sentence does not."""
    page = ("Le quai refait avant la saison\n\n"
            "Les engins sont arrivés lundi matin. La Ville a lancé la réfection complète du quai, entre la rue et le "
            "pont.\n\n"
            "Le marché du samedi sera déplacé place Carnot pendant toute la durée du chantier. Photo CDO/Élise Roe\n\n"
            "Pendant quatre mois, la circulation sera interdite sauf aux riverains et aux livraisons du matin.\n\n"
            "La chaussée sera refaite en pavés, comme dans le reste du centre historique. Illustration Ville de "
            "Beaune\n\n"
            "Les commerçants ont demandé une photo du chantier. Les plans sont affichés en mairie depuis lundi.\n\n"
            "La fin du chantier est prévue pour la mi-mars, avant la saison des vins.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Le marché du samedi sera déplacé place Carnot pendant toute la durée du chantier.", "Photo CDO/Élise Roe"),
        ("La chaussée sera refaite en pavés, comme dans le reste du centre historique.", "Illustration Ville de Beaune")]


def test_a_thai_captions_credit_counts_under_a_paragraph_with_no_full_stop():
    """Sets 103-121: Thai ends its sentences with a space, not a stop, so a story paragraph over a caption printed
    once reads as a headline by its last mark; the caption under it, closed by "ภาพ: X", is still a caption. (Under
    a headline in a script that ends its sentences with a stop, a credited line stays another story's teaser.)"""
    page = ("ซ่อมสะพานข้ามแม่น้ำมูล\n\n"
            "แขวงทางหลวงอุบลราชธานีเร่งซ่อมแซมสะพานข้ามแม่น้ำมูล อำเภอวารินชำราบ หลังพบรอยร้าวบริเวณตอม่อ\n\n"
            "เจ้าหน้าที่ปิดการจราจรบนสะพานทั้งสองช่องทาง และตั้งจุดตรวจที่เชิงสะพานทั้งสองฝั่งตลอดวัน\n\n"
            "รถยนต์ใช้เส้นทางเลี่ยงระหว่างการซ่อม ภาพ: ธนากร ศรีสุข\n\n"
            "ระหว่างนี้ขอให้ผู้ใช้รถใช้ถนนเลี่ยงเมืองแทน เจ้าหน้าที่คาดว่าจะแล้วเสร็จภายในสิ้นเดือน\n\n"
            "Another town opens its riverside market next month after two years of works\n\n"
            "Stalls line the new riverside walk on the opening day. Photo: Jane Roe\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("รถยนต์ใช้เส้นทางเลี่ยงระหว่างการซ่อม", "ภาพ: ธนากร ศรีสุข")]


@pytest.mark.parametrize("line, kind", [
    ("<저작권자 © 월미일보, 무단 전재 및 재배포 금지>", "share"),  # set 122: a Korean site's notice under an ad
    ("© 2026 Example News. All rights reserved.", "share"),
    ("Le port au petit matin. Tous droits réservés", ""),  # a caption's credit, "rights reserved" (French press)
    ("Waves break on the wall. © Jane Roe", ""),
])
def test_a_sites_rights_notice_on_a_line_of_its_own_is_furniture(line, kind):
    assert boilerplate_kind(line) == kind


def test_a_korean_sites_notice_under_an_ad_picture_is_no_caption():
    """Set 122: the site's rights notice under an advertisement's picture in a Markdown page is no caption."""
    page = ("# 월미도 축제 개막\n\n월미도에서 가을 축제가 열렸다. 주최 측은 사흘 동안 5만 명이 찾을 것으로 내다봤다.\n\n"
            "![](https://news.example.kr/image/banner/ad_20261101_300x250.jpg)\n\n"
            "<저작권자 © 예시일보, 무단 전재 및 재배포 금지>\n")
    article = extract_text(doc_for(page.encode(), path="page.md"), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == []


def test_a_caption_printed_once_with_no_full_stop_over_foto_and_a_name_is_a_caption():
    """Set 163: a Reader view copy prints each caption once, with no full stop, and the photographer glued after
    the picture word alone ("... compostaggio Foto Jane Roe"): the photographer marks a picture's caption, not a
    heading's words; a heading with no credit stays the story's."""
    page = ("Orti urbani a Novara, assegnati 64 nuovi appezzamenti\n\nMaria Roe\n\n"
            "Sono 64 i nuovi orti urbani assegnati dal Comune nell'area di via Generali, nel quartiere di Sant'Agabio. "
            "La graduatoria, pubblicata giovedì, premia soprattutto pensionati e famiglie con figli piccoli.\n\n"
            "Ogni appezzamento misura 50 metri quadrati e ha un punto acqua condiviso ogni quattro orti, con un "
            "canone annuo di 60 euro.\n\n"
            "La casetta degli attrezzi comune e l'area di compostaggio Foto Marco Roe\n\n"
            "Il regolamento\n\n"
            "Gli assegnatari dovranno coltivare l'orto con metodi biologici, senza pesticidi chimici, e mantenerlo "
            "in ordine: dopo due richiami scritti l'assegnazione può essere revocata.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("La casetta degli attrezzi comune e l'area di compostaggio", "Foto Marco Roe")]


def test_a_caption_printed_once_over_a_dash_a_label_and_a_hyphen_is_a_caption():
    """Set 166: a Hindi paper's caption printed once, its credit after a spaced dash as a label and a hyphen
    ("... गड्ढा। - फोटो- X"): a caption, as its file photo's "- फाइल फोटो" already was; a paragraph with no credit
    stays the story's."""
    page = ("शाहजहांपुर: शहर की 36 सड़कों के गड्ढे भरेंगे\n\n"
            "संवाद न्यूज एजेंसी, शाहजहांपुर  Published by: जेन रो  Updated Thu, 03 Dec 2026 07:55 AM IST\n\n"
            "घंटाघर के पास सड़क पर बना गहरा गड्ढा। - फोटो- रोहित रो\n\n"
            "नगर निगम ने शहर की 36 सड़कों के गड्ढे भरने के लिए 4.2 करोड़ रुपये का टेंडर जारी किया है। "
            "काम 15 दिसंबर से शुरू होगा।\n\n"
            "नगर आयुक्त ने बताया कि बहादुरगंज, घंटाघर और सदर बाजार की सड़कों को प्राथमिकता दी गई है।\n\n"
            "नगर निगम कर्मचारी सड़क पर पैचवर्क करते हुए। - फोटो- नगर निगम\n\n"
            "इसके साथ ही शहर में पांच नए सार्वजनिक शौचालय भी बनाए जाएंगे।\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("घंटाघर के पास सड़क पर बना गहरा गड्ढा।", "फोटो- रोहित रो"),
        ("नगर निगम कर्मचारी सड़क पर पैचवर्क करते हुए।", "फोटो- नगर निगम")]


def test_a_credit_in_brackets_broken_over_two_lines_is_one_line():
    """Set 166: a text extractor broke a caption's bracketed credit over two lines, the second opening with a
    capital ("... (2/12/2026). (Foto: Jane\nRoe/Kabar Example)"): the line goes on inside the bracket, so the two are
    one paragraph, a caption with its credit."""
    page = ("Pemkab Kudus Tambal 1.800 Meter Persegi Jalan Berlubang\n\n"
            "Reporter: Jane Roe | Kamis, 3 Desember 2026 - 08:20 WIB\n\n"
            "Petugas DPUPR menambal jalan berlubang di Jalan Sunan Muria, Rabu (2/12/2026). (Foto: Jane\n"
            "Roe/Kabar Example)\n\n"
            "KUDUS – Dinas Pekerjaan Umum menambal sekitar 1.800 meter persegi jalan berlubang sebelum musim hujan.\n\n"
            "Kepala Bidang Bina Marga menyebut perbaikan diprioritaskan di jalur menuju Menara Kudus.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Petugas DPUPR menambal jalan berlubang di Jalan Sunan Muria, Rabu (2/12/2026).",
         "Foto: Jane Roe/Kabar Example")]


def test_a_line_under_a_caption_of_the_picture_word_and_a_name_is_its_credit():
    """Set 169: BeautifulSoup's get_text("\n") sets each caption and its credit on lines of their own, no blank line
    between anything, the credit the picture's word and who with no colon ("Foto Roe", "Foto Comune di X"): the line
    under is the caption's credit, though the patterns split no single name glued so; "Foto Gallery" is no credit."""
    page = ("Il Noncello Quotidiano\nPordenone, 250 nuovi alberi in città\n08 dicembre 2026\n"
            "Gli operai del verde pubblico mettono a dimora un tiglio in viale Marconi\nFoto Roe\n"
            "Il Comune di Pordenone ha completato la messa a dimora di 250 alberi lungo viale Marconi e in via "
            "Montereale.\n"
            "L'assessore durante il sopralluogo a Borgomeduna\nFoto Comune di Pordenone\n"
            "L'assessore ha spiegato che i nuovi alberi sostituiscono i pioppi abbattuti per motivi di sicurezza.\n"
            "Le altre immagini della giornata\nFoto Gallery\n"
            "Le chiavi saranno consegnate a metà febbraio, in tempo per le prime semine.\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Gli operai del verde pubblico mettono a dimora un tiglio in viale Marconi", "Foto Roe"),
        ("L'assessore durante il sopralluogo a Borgomeduna", "Foto Comune di Pordenone")]


def test_a_text_browsers_img_tag_on_its_own_line_over_a_caption_is_no_credit():
    """Set 178: w3m prints "[IMG]" on a line of its own where each picture stood, the caption and its credit on the
    lines under it, no blank line between: the tag is no credit of initials ("[IMG]" as "[AP]"), so the caption is
    read with its own credit, and the caption under the last tag with none."""
    page = ("В городе заменят таблички с названиями улиц\n\n17 декабря 2026, 09:15  |  Ольга Роева\n\n"
            "Администрация городского округа до лета заменит около 400 адресных табличек в центре города. Часть "
            "старых табличек выцвела, часть пропала.\n\n"
            "[IMG]\nОбразец новой адресной таблички.\nФото: администрация городского округа\n\nРеклама\n\n"
            "Кроме того, к весне отремонтируют часы на Соборной площади, которые остановились в сентябре.\n\n"
            "[IMG]\nДоска объявлений у дома на улице Народной.\n\n"
            "Читайте также: Снегоуборочная техника вышла на улицы\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Образец новой адресной таблички.", "Фото: администрация городского округа"),
        ("Доска объявлений у дома на улице Народной.", None)]


def test_a_wrapped_dump_whose_link_list_runs_past_the_width_is_still_read_as_wrapped():
    """Set 163: lynx wraps the text at a width but not its list of the page's links ("1. https://..."), which runs
    past it: the width is the text's, so a caption's line broken before a capitalised name goes on in the next."""
    def wrapped(*lines):
        return "\n".join("   " + line for line in lines) + "\n\n"
    page = ("Kleingärten in Bamberg: 37 neue Parzellen am Hauptsmoorwald\n\n"
            "   27.11.2026, 06:30 Uhr | Von Sabine Roe\n\n"
            + wrapped("Der Kleingartenverein hat auf einer früheren Wiese der Stadt 37 neue",
                      "Parzellen angelegt. Fast 200 Familien stehen trotzdem noch auf der",
                      "Warteliste, sagt der Vorsitzende des Vereins am Donnerstag in Bamberg.")
            + "   [IMG]\n   Vereinsvorsitzender Herbert Roe (links) und Schriftführerin Anja\n"
            "   Roewald zeigen die abgesteckten Parzellen an der Hauptsmoorstraße.\n   Foto: Matthias Roe\n\n"
            + wrapped("Im Schnitt warten Bewerber derzeit knapp vier Jahre auf eine Parzelle,",
                      "sagt Herbert Roe. Mit den neuen Gärten, die zum ersten März übergeben",
                      "werden, soll die Liste der Wartenden zumindest etwas kürzer werden.")
            + wrapped("Die Stadt hatte dem Verein die rund 1,2 Hektar große Wiese im Sommer in",
                      "Erbpacht überlassen. Wasserleitungen und Wege legten die Mitglieder in",
                      "etwa 2600 Stunden Gemeinschaftsarbeit selbst an, bis in den Herbst.")
            + "   References\n\n"
            "   1. https://www.news.example.de/bamberg/kleingaerten-hauptsmoorwald-neue-parzellen-warteliste\n"
            "   2. https://www.news.example.de/bamberg/kleingaerten-hauptsmoorwald-neue-parzellen-warteliste#top\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("Vereinsvorsitzender Herbert Roe (links) und Schriftführerin Anja Roewald zeigen die abgesteckten Parzellen "
         "an der Hauptsmoorstraße.", "Foto: Matthias Roe")]


def test_a_chinese_caption_printed_once_closing_on_who_shot_or_gave_the_picture_is_a_caption():
    """Set 187: a browser's copy of a Chinese page prints each caption once, closing on "记者 X 摄" (shot by the
    reporter) or "X供图" (picture provided by X): credits only a picture's caption carries."""
    page = ("开封多条背街小巷新增减速带\n\n2026-12-23 08:50  来源：汴梁城事通  记者 韩晓雯\n\n"
            "近日，开封市城市管理部门在老城区十余条背街小巷安装了橡胶减速带，附近居民出行更安心了。\n\n"
            "12月21日，工人在书店街附近的小巷安装减速带。 记者 韩晓雯 摄\n\n"
            "据介绍，此次共安装减速带86条，重点覆盖学校、菜市场周边路段。\n\n"
            "新安装的黄黑相间减速带。 开封市城市管理局供图\n\n"
            "同时，老城区更换了120个分类垃圾桶，并对破损、松动的井盖进行了更换。\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("12月21日，工人在书店街附近的小巷安装减速带。", "记者 韩晓雯 摄"),
        ("新安装的黄黑相间减速带。", "开封市城市管理局供图")]


def test_an_unindented_line_after_the_editors_line_is_the_portals_notice_not_a_caption():
    """Set 112: a Chinese page indents its story with ideographic spaces, and a short unindented sentence inside it is
    a caption; the editor's line ("责任编辑：X") closes the story, and the portal's notice under it is no caption."""
    page = ("常德穿紫河风光带步道改造完工\n\n2026年10月07日 10:26 湘北晨报\n\n"
            "\u3000\u3000本报讯 10月6日，常德穿紫河风光带北岸步道改造工程完工，市民晚上散步更亮堂。\n\n"
            "\u3000\u3000据介绍，原步道建成于2013年，部分路段地砖松动、积水严重。\n\n"
            "改造后的步道铺设了透水砖。\n\n"
            "\u3000\u3000工程还在沿线增设了6处休息亭和2座公共卫生间。\n\n"
            "\u3000\u3000家住附近的刘阿姨说：“以前晚上黑乎乎的，现在灯多了，走着放心。”\n\n"
            "责任编辑：周琳\n\n新浪声明：此消息系转载自合作媒体，登载此文出于传递更多信息之目的。\n")
    article = extract_text(doc_for(page.encode()), ExtractConfig(), Ledger())
    assert [f.caption for f in article.figures] == ["改造后的步道铺设了透水砖。"]
