"""Pass 63 (qaen63): English names and words of a question.

* An apostrophe inside an English name writes its ain or hamza and keeps the name one word
  (:data:`marsad.agent.qa.question_words.APOSTROPHE_WORDS`).
* A people's plural ("Jews", "Muslims") is a word of ``qa_words.json`` ``qa_news_words``, not a name to look up.

Questions and vocabularies are written for these tests.
"""

from __future__ import annotations

import re

import marsad.agent.qa.question_words as qw
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_names, with_words

# (terms as an index holds them: the stemmer cut the ending ية)
_VOCAB = ["زارعي", "زرع", "زاري", "زار", "زيارة", "رعد", "رادع", "قتلى"]
_FREQ = {"زارعي": 3, "زرع": 40, "زاري": 9, "زار": 120, "زيارة": 300, "رعد": 12, "رادع": 30, "قتلى": 900}


def _ask(text: str):
    return with_names(with_words(parse_question(text)), NameFinder(_VOCAB, _FREQ))


def test_an_apostrophe_keeps_the_name_one_word(monkeypatch):
    q = _ask("How many fighters were killed in al-Zara'iya district in May 2016?")
    names = {e.name_en: e.get("searched") for e in q.names}
    assert "Zara'iya" in names and all("ع" in t for t in names["Zara'iya"])
    assert "iya" not in q.uncovered
    monkeypatch.setattr(qw, "APOSTROPHE_WORDS", False)
    q = _ask("How many fighters were killed in al-Zara'iya district in May 2016?")
    assert "Zara'iya" not in {e.name_en for e in q.names}


def test_a_given_name_with_an_apostrophe_is_the_tables_name():
    q = _ask("Who is the officer Ra'ad Zara'iya who spoke in May 2016?")
    names = {e.name_en: e.get("searched") for e in q.names}
    assert names.get("Ra'ad") == ("رعد",)


def test_contractions_are_not_names(monkeypatch):
    pattern = qw.english_word_pattern()
    words = re.findall(pattern, "Turkey's army didn't say they're leaving Sana'a, the guards' post")
    assert "Turkey" in words and "didn" in words and "they" in words and "Sana'a" in words
    assert not any("'" in w for w in words if w != "Sana'a")


def test_a_peoples_plural_is_a_word_not_a_name():
    q = _ask("Which minister rejected the apology for remarks about Jews and Muslims made in Vantoria in May 2016?")
    assert "jews" not in q.uncovered and "muslims" not in q.uncovered
    assert not {"Jews", "Muslims"} & {e.name_en for e in q.names}


def test_a_short_stem_before_the_ending_is_the_names_own_letters():
    """("Sa'd", "Ra's": an ain before d or s after a stem of one or two letters; pronouns' contractions stay apart)"""
    pattern = qw.english_word_pattern()
    words = re.findall(pattern, "Who said Sa'd Hamdan fled to Ra's Zarqa? I'm told it's what we're hearing")
    assert "Sa'd" in words and "Ra's" in words
    assert {"I", "it", "we"} <= set(words) and not any("'" in w for w in words if w not in {"Sa'd", "Ra's"})
