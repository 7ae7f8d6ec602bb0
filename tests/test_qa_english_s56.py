"""Pass 56 (qaen56): English questions said in Arabic: the ordinary words of security news the tables lacked
("kibbutz", "trafficking", "launcher"), so that a capitalised one is no longer looked up as a name. The sentences are
written for these tests."""

import pytest

from marsad.agent.qa import translit
from marsad.agent.qa.question import content_terms, parse_question
from marsad.agent.qa.translit import with_words

# (question, English word, an Arabic stem its gloss adds)
_WORDS = [
    ("Near which kibbutz did the men cross the fence last spring?", "kibbutz", "كيبوتس"),
    ("Who runs the group fighting human trafficking in the capital?", "trafficking", "الاتجار"),
    ("What type of launcher did the strike destroy near the airport?", "launcher", "منصة"),
    ("Which security supervisor was killed on the northern front?", "supervisor", "مشرف"),
    ("How much zakat money did the official take when he fled?", "zakat", "الزكاة"),
    ("Where are the jets based that the ministry sent to the region?", "based", "المتمركزة"),
    ("Which force did the guards belong to?", "belong", "التابعة"),
]


@pytest.mark.parametrize("text,word,stem", _WORDS)
def test_ordinary_news_words_are_said_in_arabic(text, word, stem, monkeypatch):
    q = with_words(parse_question(text))
    assert word not in q.uncovered
    assert set(content_terms(stem)) & set(q.expansion)
    monkeypatch.setattr(translit, "SEARCH_WORDS", False)
    q = with_words(parse_question(text))
    assert word in q.uncovered


# capitalised common words of a body's or an operation's name: said in Arabic, they are no names to look up
_CAPITALISED = [
    ("Who heads the Yemeni Organisation against Human Trafficking?", {"human", "trafficking"}),
    ("Which commander was killed in the Sweeping Torrent operation last year?", {"sweeping", "torrent"}),
]


@pytest.mark.parametrize("text,words", _CAPITALISED)
def test_capitalised_common_words_are_not_left_to_be_names(text, words, monkeypatch):
    assert not words & set(with_words(parse_question(text)).uncovered)
    monkeypatch.setattr(translit, "SEARCH_WORDS", False)
    assert words <= set(with_words(parse_question(text)).uncovered)


def test_search_words_are_not_required_of_a_passage():
    # (search only: the words a passage must share are those of qa_words and qa_news_words)
    from marsad.agent.qa.rules import qa_words

    assert "kibbutz" not in qa_words() and "kibbutz" in translit._search_words()


def test_search_words_join_the_arabic_query(monkeypatch):
    from marsad.agent.qa import question_entities
    from marsad.core.lexicon import get_lexicon

    text = "Who heads the group against human trafficking that met near the kibbutz?"
    terms = question_entities.expand_english(text, get_lexicon())
    assert "الاتجار" in terms and "كيبوتس" in terms and "البشر" in terms
    monkeypatch.setattr(question_entities, "SEARCH_WORDS_QUERY", False)
    terms = question_entities.expand_english(text, get_lexicon())
    assert "الاتجار" not in terms and "كيبوتس" not in terms
