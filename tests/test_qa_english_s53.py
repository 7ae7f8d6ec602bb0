"""Pass 53 (qaen53): English questions at archive scale -- everyday words of security news said in Arabic (a pastor,
espionage, a town cleared of fighters, the resistance)."""

from marsad.agent.qa.question import expand_english
from marsad.core.lexicon import get_lexicon

# --- everyday words searched by their Arabic (search-only glossary words) ----------------------------------------


def test_pastor_espionage_and_cleared_are_said_in_arabic():
    terms = expand_english("Which priest did the court hold on spying charges?", get_lexicon())
    assert "القس" in terms and "التجسس" in terms
    terms = expand_english("The pastor was jailed for espionage.", get_lexicon())
    assert "القس" in terms and "التجسس" in terms
    # the intelligence sense of espionage stays beside it
    assert "الاستخبارات" in terms
    assert "تطهير" in expand_english("Which village did the army say it cleared of the gunmen?", get_lexicon())
    assert "المقاومة" in expand_english("Which town did the resistance take back?", get_lexicon())


def test_the_words_are_no_names_in_arabic_text():
    # search-only: an Arabic text naming them is not read as naming the glossary words
    from marsad.agent.qa.question import find_entities

    found = {e.id for e in find_entities("اعتقلت الشرطة القس بتهمة التجسس بعد تطهير المقاومة المديرية", get_lexicon())}
    assert not found & {"word_pastor", "word_espionage", "word_cleared", "word_district_yemen", "word_resistance"}
