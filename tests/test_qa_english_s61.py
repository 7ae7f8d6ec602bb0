"""Pass 61 (qaen61): English questions said in Arabic -- the everyday words of security and political news the
question tables lacked (``qa_words.json`` ``qa_news_words_more``, switch ``rules.MORE_NEWS_WORDS``) and regular
plurals the tables know in the singular (``translit.PLURAL_WORDS``). The sentences are written for these tests."""

import pytest

from marsad.agent.qa import rules, translit
from marsad.agent.qa.question import content_terms, parse_question, unmapped
from marsad.agent.qa.translit import with_words


@pytest.fixture
def fresh_words():
    translit._qa_words.cache_clear()
    yield
    translit._qa_words.cache_clear()


# (question, English word, an Arabic stem its gloss adds)
_WORDS = [
    ("How many settlements did the ministry count in the valley last winter?", "settlements", "مستوطنات"),
    ("How many holes did the men make in the water tank near the coast?", "holes", "ثقوب"),
    ("What share of the revenue goes to the neighbouring state?", "revenue", "عائدات"),
    ("What is the minimum prison term for insulting the prophets under the new law?", "minimum", "أدنى"),
    ("How many settlers entered the village with the soldiers?", "settlers", "مستوطنين"),
    ("How many undercover agents entered the campus to seize the student?", "undercover", "متخفين"),
    ("Inside what were the narcotic pills hidden at the crossing?", "pills", "حبوب"),
    ("Which minister rejected the apology of the opposition leader?", "apology", "اعتذار"),
]


@pytest.mark.parametrize("text,word,stem", _WORDS)
def test_news_words_are_said_in_arabic(text, word, stem, fresh_words, monkeypatch):
    q = with_words(parse_question(text))
    assert word not in q.uncovered
    assert set(content_terms(stem)) & set(q.expansion)
    monkeypatch.setattr(rules, "MORE_NEWS_WORDS", False)
    translit._qa_words.cache_clear()
    q = with_words(parse_question(text))
    assert word in q.uncovered or not set(content_terms(stem)) & set(q.expansion)


def test_a_question_of_everyday_words_is_no_longer_unmapped(fresh_words, monkeypatch):
    text = "How many beneficiaries graduated from the counselling courses in the capital last year?"
    assert not unmapped(with_words(parse_question(text)))
    monkeypatch.setattr(rules, "MORE_NEWS_WORDS", False)
    translit._qa_words.cache_clear()
    assert unmapped(with_words(parse_question(text)))


def test_the_new_words_are_not_the_glossarys_nor_the_other_tables():
    # (a word the glossary or another table says keeps its own Arabic: the new table adds, never overrides)
    from marsad.core.lexicon import get_lexicon

    lexicon = get_lexicon()
    more = rules.table("qa_words", "qa_news_words_more")
    other = {**rules.table("qa_words", "qa_words"), **rules.table("qa_words", "qa_news_words"),
             **rules.table("qa_words", "qa_search_words")}
    assert more and not set(more) & set(other)
    assert not [w for w in more if lexicon.find_english(w)]


@pytest.mark.parametrize("word,singulars", [
    ("stations", ["station"]), ("casualties", ["casualty", "casualtie"]), ("churches", ["church", "churche"]),
    ("press", []), ("status", []), ("crisis", []), ("bus", []), ("agent", []),
])
def test_singulars_of_a_regular_plural(word, singulars):
    assert translit._singulars(word) == singulars


def test_a_plural_is_said_by_its_singular(monkeypatch):
    # "stations" is not in the tables, "station" is
    text = "Which stations did the warning name in the old city?"
    assert "stations" not in translit._qa_words() and "station" in translit._qa_words()
    q = with_words(parse_question(text))
    assert "stations" not in q.uncovered
    assert set(content_terms("محطة")) & set(q.expansion)
    monkeypatch.setattr(translit, "PLURAL_WORDS", False)
    assert "stations" in with_words(parse_question(text)).uncovered


def test_a_word_not_plural_is_not_cut():
    # "press" is no plural of "pres"; nothing is said for a word whose singular no table knows
    q = with_words(parse_question("Which press office issued the notice about the flood?"))
    assert "press" in q.uncovered or "press" not in translit._qa_words()
