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
])
def test_count_words(text, words):
    assert count_words(text) == words


def test_run_fills_columns_and_never_drops():
    body = ("The president said he would continue fighting for greater gun control laws, "
            "and spoke at length about the visit to Kenya, his father's homeland, next week.")
    samples = [
        make_sample("The president spoke to reporters at the White House on Thursday", credit="Getty Images",
                    article_text=body),
        make_sample("Im Bild", article_language="de", article_text=body),
    ]
    out = list(annotate.run(samples, Ledger()))
    assert len(out) == 2
    first, second = out
    assert (first.caption_language, first.article_language) == ("en", "en")
    assert (first.caption_words, first.caption_chars, first.has_credit) == (11, 63, True)
    assert second.caption_language is None  # too short to tell
    assert second.article_language == "de"  # an article language from the page is kept
    assert second.has_credit is False
