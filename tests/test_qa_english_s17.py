"""English questions to the offline answerer (session 17): the general vocabulary of security and political
news said in Arabic, so a capitalised ordinary word is not looked up as a name. Sentences are our own."""

from __future__ import annotations

import pytest

from marsad.agent.qa import rules as qa_rules
from marsad.agent.qa import translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.question_words import content_terms
from marsad.agent.qa.translit import NameFinder, with_names, with_words
from marsad.core.lexicon import get_lexicon


@pytest.fixture
def news_words(monkeypatch, request):
    monkeypatch.setattr(qa_rules, "NEWS_WORDS", request.param)
    translit._qa_words.cache_clear()
    yield request.param
    translit._qa_words.cache_clear()


@pytest.mark.parametrize("news_words", [True, False], indirect=True)
def test_news_verbs_and_nouns_are_said_in_arabic(news_words):
    q = with_words(parse_question("How many houses did the herders burn when they raided the farmers' villages?",
                                  get_lexicon()))
    assert ("herders" in q.uncovered) is not news_words
    assert (set(content_terms("رعاة")) <= set(q.expansion)) is news_words
    q = with_words(parse_question("Which gang held the two hostages in a hotel before the police stormed it?",
                                  get_lexicon()))
    assert ({"gang", "held", "hotel"} & set(q.uncovered) == set()) is news_words


@pytest.mark.parametrize("news_words", [True, False], indirect=True)
def test_a_capitalised_ordinary_word_is_no_name(news_words):
    finder = NameFinder(["ستات", "بلاتو", "سبيسيل"])
    q = with_names(with_words(parse_question("How many villagers were killed in Plateau State last month?",
                                             get_lexicon())), finder)
    names = {n.name_en for n in q.names}
    assert "Plateau" in names
    assert ("State" in names) is not news_words
    q = with_names(with_words(parse_question("Who heads the Special Tribunal that tried the four suspects?",
                                             get_lexicon())), finder)
    assert ("Special" in {n.name_en for n in q.names}) is not news_words


def test_news_words_do_not_override_the_question_table():
    words = qa_rules.qa_words()
    assert words["kidnappers"] == tuple(qa_rules.table("qa_words", "qa_words")["kidnappers"].split("|"))
    assert words["smugglers"][0] == "مهربين"


@pytest.mark.parametrize("on", [True, False])
def test_a_final_ya_is_no_part_of_a_name_ending_in_a_consonant(monkeypatch, on):
    monkeypatch.setattr(translit, "FINAL_YA", on)
    monkeypatch.setattr(translit, "CLOSED_VOWELS", False)  # (it too would rank ناصر first: "Nasser"'s final e)
    assert (NameFinder(["كتفي", "كتاف"]).find("Kitaf")[0] == "كتاف") is on
    assert (NameFinder(["ناصري", "ناصر"], {"ناصري": 50, "ناصر": 40}).find("Nasser")[0] == "ناصر") is on
    # a name ending in -i keeps its ي
    assert NameFinder(["حريري", "حرير"]).find("Hariri")[0] == "حريري"
