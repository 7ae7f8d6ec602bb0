"""Pass 53 (qaen53): English questions at archive scale -- everyday words of security news said in Arabic (a pastor,
espionage, a town cleared of fighters), a Yemeni district is a مديرية, and French spellings of African names ("ou"
before a vowel is w; a name ending in "-wa" is written ـوة)."""

from marsad.agent.qa import question_entities, translit
from marsad.agent.qa.question import expand_english, parse_question
from marsad.agent.qa.question_entities import english_names
from marsad.agent.qa.translit import NameFinder
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


# --- a word whose Arabic differs by country ---------------------------------------------------------------------


def _ids(text: str) -> set[str]:
    return {e.id for e, _, _ in english_names(text, get_lexicon())}


def test_a_yemeni_district_is_a_mudiriya(monkeypatch):
    ids = _ids("In which district of Aden did the fighting stop?")
    assert "word_district_yemen" in ids and "district_word" not in ids
    question = parse_question("In which district of Aden did the fighting stop?")
    assert "مديرية" in [c.canonical for c in question.concepts]
    # an Iraqi district stays a qadha, and so does a question naming places of two countries
    ids = _ids("In which district of Nineveh did the fighting stop?")
    assert "district_word" in ids and "word_district_yemen" not in ids
    ids = _ids("Which district of Sanaa and Baghdad was hit?")
    assert "district_word" in ids and "word_district_yemen" not in ids
    # with no place at all: the general word
    assert "word_district_yemen" not in _ids("Which district was hit?")
    monkeypatch.setattr(question_entities, "COUNTRY_WORDS", False)
    ids = _ids("In which district of Aden did the fighting stop?")
    assert "district_word" in ids and "word_district_yemen" not in ids


# --- French spellings of names ------------------------------------------------------------------------------------

# (as in the index: the stem مرو beside spellings of the same letters that write the a's, which the vowels rank first)
_VOCAB = ["مرو", "مروا", "مروء", "مراو", "ماريا", "مراعا"]
_FREQ = {"مرو": 40, "مروا": 3, "مروء": 5, "مراو": 1, "ماريا": 90, "مراعا": 50}


def test_french_ou_before_a_vowel_is_w(monkeypatch):
    # "Balouamo": the w is a sure consonant, so a spelling without it is no reading of the name
    assert translit._french_w("Balouamo") == "Balwamo"
    assert translit._french_w("Ouagadougou") == "Ouagadougou"  # (a name's first letters are left as they are)
    assert "مرو" in NameFinder(_VOCAB, _FREQ).find("Maroua")  # the French reading joins: Marwa's stem
    monkeypatch.setattr(translit, "FRENCH_OU", False)
    assert "مرو" not in NameFinder(_VOCAB, _FREQ).find("Maroua")


def test_the_vowel_reading_of_ou_stays():
    # (review53 M4: the French reading replaced the English one, and "Souad" lost سعاد for سواد "blackness")
    vocab, freq = ["سعاد", "سواد", "معاذ", "موعد"], {"سعاد": 10, "سواد": 60, "معاذ": 8, "موعد": 70}
    assert "سعاد" in NameFinder(vocab, freq).find("Souad")
    assert "معاذ" in NameFinder(vocab, freq).find("Mouad")


def test_a_wa_ending_is_searched_by_its_consonants(monkeypatch):
    assert "مرو" in NameFinder(_VOCAB, _FREQ).find("Maroua")
    assert "مرو" in NameFinder(_VOCAB, _FREQ).find("Marwa")
    monkeypatch.setattr(translit, "WA_ENDING", False)
    assert "مرو" not in NameFinder(_VOCAB, _FREQ).find("Marwa")


def test_a_plain_search_keeps_the_general_word(monkeypatch):
    from marsad.index import search

    plan = search.plan_query("clashes in the district of Aden")
    words = {v for c in plan.concepts for v in c}
    assert "قضاء" in words and "مديرية" not in words
    monkeypatch.setattr(search, "COUNTRY_SENSES_APART", False)
    plan = search.plan_query("clashes in the district of Aden")
    assert "مديرية" in {v for c in plan.concepts for v in c}


# --- a family name in -i is searched by its nisba's stem ---------------------------------------------------------

_NISBA_VOCAB = ["حراري", "حرار", "حرير", "حراير"]
_NISBA_FREQ = {"حراري": 1, "حرار": 500, "حرير": 270, "حراير": 2}


def test_a_nisba_is_searched_by_its_stem(monkeypatch):
    finder = NameFinder(_NISBA_VOCAB, _NISBA_FREQ)
    first = finder.find("Hariri")[0]
    assert first == "حراري"  # (the vowels rank the spelling writing the a long first)
    assert finder.cut_twins["Hariri"] == {"حراري": "حرير"}
    # a name whose first spelling does not write the i as ي gets none
    finder = NameFinder(["حرير", "حرار"], {"حرير": 10, "حرار": 50})
    finder.find("Harir")
    assert "Harir" not in finder.cut_twins
    monkeypatch.setattr(translit, "NISBA_STEM", False)
    finder = NameFinder(_NISBA_VOCAB, _NISBA_FREQ)
    finder.find("Hariri")
    assert "Hariri" not in finder.cut_twins
