"""Pass 64 (qaen64): English words of a question the Arabic news writes with a word of its own.

* Peoples, faiths and sects, and parties and news agencies with an Arabic name of their own ("Kataeb" الكتائب,
  "Druze" الدروز, "Saba" سبأ) are words (``qa_people_words`` of ``qa_words.json``, switch
  :data:`marsad.agent.qa.rules.PEOPLE_WORDS`), not names looked up letter by letter.
* "cabinet" alone is any country's cabinet, not the registry's Iraqi Council of Ministers; "the Iraqi cabinet" is
  still Iraq's.
* Netanyahu is named in the spelling نتانياهو too.
* The peoples, parties and agencies join the Arabic search query (as the names they were looked up as did), and so
  does "naturalization" (تجنيس, ``qa_search_words``).

Questions and sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import marsad.agent.qa.question_entities as qe
import marsad.agent.qa.rules as qa_rules
from marsad.agent.qa.question import mentions, parse_question
from marsad.agent.qa.translit import NameFinder, with_names, with_words
from marsad.core.lexicon import get_lexicon


@pytest.fixture(autouse=True)
def _fresh_search_words():
    # (question_entities.search_words is cached per value of the switch; cleared to start each test afresh)
    qe._search_words_for.cache_clear()
    yield
    qe._search_words_for.cache_clear()


_VOCAB = ["كطابع", "كتايب", "دروز", "درز", "قتلى"]
_FREQ = {"كطابع": 2, "كتايب": 30, "دروز": 25, "درز": 4, "قتلى": 900}


def _ask(text: str):
    return with_names(with_words(parse_question(text)), NameFinder(_VOCAB, _FREQ))


def test_a_party_with_an_arabic_name_is_a_word_not_a_name(monkeypatch):
    q = _ask("Which deputy of the Kataeb party spoke first about the new decree in May 2017?")
    assert "kataeb" not in q.uncovered
    assert "Kataeb" not in {e.name_en for e in q.names}
    assert any(t.startswith("كتايب") for t in q.expansion)
    monkeypatch.setattr(qa_rules, "PEOPLE_WORDS", False)
    q = _ask("Which deputy of the Kataeb party spoke first about the new decree in May 2017?")
    assert "Kataeb" in {e.name_en for e in q.names}


def test_a_faith_is_a_word_not_a_name(monkeypatch):
    q = _ask("How many Druze villagers were killed in the attack on the hills in March 2016?")
    assert "druze" not in q.uncovered and "Druze" not in {e.name_en for e in q.names}
    assert "دروز" in q.expansion
    monkeypatch.setattr(qa_rules, "PEOPLE_WORDS", False)
    q = _ask("How many Druze villagers were killed in the attack on the hills in March 2016?")
    assert "Druze" in {e.name_en for e in q.names}  # (a name every passage must then contain)


def test_an_ordinary_capitalised_name_is_still_looked_up():
    q = _ask("Who is Kiran Patel, the man arrested in Leeds in April 2016?")
    assert "kiran" in q.uncovered or "Kiran" in {e.name_en for e in q.names}


def test_cabinet_alone_is_not_the_iraqi_council():
    ids = {e.id for e in parse_question("Why did the Danish security cabinet meet in a shelter in May 2016?").entities}
    assert "council_of_ministers" not in ids
    ids = {e.id for e in parse_question("What did the Iraqi cabinet decide about the ministries in May 2016?").entities}
    assert "council_of_ministers" in ids


def test_netanyahu_in_either_spelling():
    entry = get_lexicon().get("actors", "benjamin_netanyahu")
    assert mentions(entry, "وقال رئيس الوزراء بنيامين نتانياهو أمس إن الخطة فاشلة")
    assert mentions(entry, "وقال نتنياهو إن الخطة فاشلة")
    assert not mentions(entry, "وقال رئيس الوزراء أمس إن الخطة فاشلة")


def test_a_party_with_an_arabic_name_joins_the_search_query(monkeypatch):
    text = "Which deputy of the Kataeb party spoke first about the naturalization decree in May 2017?"
    terms = qe.expand_english(text, get_lexicon())
    assert "حزب الكتائب" in terms and "تجنيس" in terms
    monkeypatch.setattr(qa_rules, "PEOPLE_WORDS", False)
    assert "حزب الكتائب" not in qe.expand_english(text, get_lexicon())


def test_flipping_the_switch_switches_the_search_side(monkeypatch):
    # (review64 finding 17: the cached table once kept the switch's first value for the whole process)
    assert "druze" in qe.search_words()
    monkeypatch.setattr(qa_rules, "PEOPLE_WORDS", False)
    assert "druze" not in qe.search_words()
    monkeypatch.setattr(qa_rules, "PEOPLE_WORDS", True)
    assert "druze" in qe.search_words()


def test_sunnis_and_kataeb_search_no_bare_ambiguous_word():
    # (review64 finding 16: bare سنة is first "a year", bare الكتائب "the brigades" of any armed group)
    lex = get_lexicon()
    terms = qe.expand_english("How many Sunni families left the eastern villages of Fallujah in June 2015?", lex)
    assert "السني" in terms
    assert not {"سنة", "السنة"} & set(qe.search_words()["sunni"] + qe.search_words()["sunnis"])
    terms = qe.expand_english("What did the Kataeb brigades claim about the convoy near Hama in May 2014?", lex)
    assert "حزب الكتائب" in terms and "الكتائب" not in terms
