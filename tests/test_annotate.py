import pytest

from corpus import annotate
from corpus.annotate import count_words, detect_language
from conftest import make_sample
from corpus.rejects import Ledger



@pytest.mark.parametrize("text, lang", [
    ("Scooter Braun has managed Justin Bieber, among others, throughout his career in music", "en"),
    ("Wettbewerb, jetzt auch auf der Schiene: Flixtrain setzt auf Reisende, denen die Deutsche Bahn "
     "zu teuer, der Fernbus aber zu langsam ist.", "de"),
    ("Pierre Moscovici, commissaire européen aux affaires économiques et financières, à la fiscalité "
     "et aux douanes, à Bruxelles, le 7 mai.", "fr"),
    ("שלום עולם, זהו משפט ארוך מספיק בעברית כדי לזהות את השפה שלו", "he"),  # CLD2 says "iw"
    ("東京電力は福島第一原子力発電所の処理水を海に放出する計画を発表した", "ja"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", [None, "", "IMG_1234", "John M. Ford in 1987.", "a\x00b\nc"])
def test_detect_language_unknown_when_unreliable(text):
    assert detect_language(text) is None


@pytest.mark.parametrize("text, words", [
    ("Kenya is getting ready to welcome the US president", 9),
    ("Protesters – and police – in Hong Kong", 6),
    ("東京電力が発表した", 5),  # 9 characters, ~2 per word
    ("iPhone発売", 2),
    ("ཕྱི་ཟླ་དྲུག་པའི་ཚེས་བཅོ་ལྔ་ཉིན།", 8),  # Tibetan: a tsheg ends each syllable-word, no space between them (set13)
])
def test_count_words(text, words):
    assert count_words(text) == words


# Thai news captions, segmented into words by hand
THAI = ["นายกรัฐมนตรี|เดินทาง|ไป|เยี่ยม|ผู้|ประสบภัย|น้ำท่วม|ที่|จังหวัด|เชียงใหม่",
        "ผู้คน|ใน|กรุงเทพมหานคร|เฉลิมฉลอง|ปีใหม่|ที่|สี่แยก|ราชประสงค์",
        "เจ้าหน้าที่|ตำรวจ|ตรวจสอบ|ที่เกิดเหตุ|หลังจาก|เกิด|เหตุ|ไฟไหม้|อาคาร|พาณิชย์|เมื่อ|คืน|วันจันทร์"]


@pytest.mark.parametrize("segmented", THAI)
def test_count_words_of_thai_is_near_its_words(segmented):
    """Thai has no spaces and writes vowels and tone marks as characters of their own: counting each character
    as half a word made these captions three times as long as they are."""
    words = segmented.split("|")
    assert abs(count_words("".join(words)) - len(words)) <= 2


def test_a_long_thai_caption_is_not_too_long_for_the_default_filter():
    from corpus.config import FilterConfig
    from corpus.filters import check
    from corpus.rejects import Reason

    words = "|".join(THAI * 5).split("|")  # 155 words, under max_caption_words (200)
    sample = make_sample(" ".join("".join(s.split("|")) for s in THAI * 5), article_language="th")
    annotate.annotate_sample(sample)
    assert len(words) < FilterConfig().max_caption_words
    assert check(sample, FilterConfig()) is not Reason.FILTER_TOO_LONG


def test_run_fills_columns_and_never_drops():
    samples = [
        make_sample("The president spoke to reporters at the White House on Thursday", credit="Getty Images"),
        make_sample("Im Bild", article_language="de"),
    ]
    out = list(annotate.run(samples, Ledger()))
    assert len(out) == 2
    first, second = out
    assert first.caption_language == "en"
    assert (first.caption_words, first.caption_chars, first.has_credit) == (11, 63, True)
    assert second.caption_language is None  # too short to tell
    assert second.article_language == "de"  # the article's language is the article's, never re-guessed per row
    assert second.has_credit is False


def test_an_undeclared_article_language_comes_from_its_body():
    from corpus.records import Article, SourceRef

    body = ["El Gobierno anunció este martes un nuevo paquete de medidas económicas para contener la inflación, "
            "que en los últimos doce meses superó el cincuenta por ciento según los datos oficiales.",
            "Los sindicatos y las cámaras empresarias recibieron el anuncio con cautela y pidieron conocer la letra "
            "chica de los decretos antes de opinar."]
    undeclared = Article(SourceRef("a.html"), "a1", "html", paragraphs=body)
    annotate.annotate_article(undeclared)
    assert undeclared.language == "es"
    declared = Article(SourceRef("b.html"), "b1", "html", language="pt", paragraphs=body)
    annotate.annotate_article(declared)
    assert declared.language == "pt"  # what the page declares wins
    short = Article(SourceRef("c.html"), "c1", "html", paragraphs=["Hola."])
    annotate.annotate_article(short)
    assert short.language is None  # too little text to tell: left unknown, not guessed
