"""Pass 41 (qa41e): English questions.

* A military rank written short before a name ("Col.", "Brig", "Maj.") is a title, not a name to look up
  (:data:`marsad.agent.qa.question_words._FILLER_EN`).
* A three-letter word in title case is never a state's name: the world gazetteer knows it only as an ISO code
  ("Col" COL Colombia, "Sen" SEN Senegal), which is written in capitals (:func:`marsad.agent.qa.translit.with_countries`).
* A name in a question about France ending in an unsaid s ("-es", "-s") is looked up without it, as the news writes
  it (:data:`marsad.agent.qa.translit.SILENT_S`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import read_question

import marsad.agent.qa.translit as translit
from marsad.agent.qa.translit import NameFinder, with_countries, with_names, with_words


def _places(text: str) -> list[str]:
    return [e.id for e in with_countries(read_question(text)).places]


@pytest.mark.parametrize("text", [
    "What did Col. Ahmed Saleh say about the raid in Taiz?",
    "Which town did Brig Gen Nasser Ali say was taken in March?",
    "What did Maj. Omar Hassan tell reporters about the ambush?",
])
def test_rank_abbreviation_is_no_name(text):
    q = with_words(read_question(text))
    assert not {"col", "brig", "gen", "maj"} & set(q.uncovered)
    assert not any(e.id.startswith("cc:") for e in q.places)


def test_title_case_code_is_no_country():
    assert not any(p.startswith("cc:") for p in _places("What did Sen. Mark Ellison say about the strike in Idlib?"))
    assert "cc:CO" not in _places("What did Col. Fares Omar say about the strike in Aden?")


def test_country_names_still_found():
    # a state the lexicon lacks is still read by its English name, and a code written in capitals stays a code
    assert "cc:MX" in _places("How many were killed in the prison riot in Mexico in May?")
    assert "cc:CO" in _places("How many soldiers did the rebels kill in Colombia in June?")


# the index writes the town as said (مولين) and a word of the s-ending's consonants beside it
_FINDER = NameFinder(["مولين", "مولنس", "باريس", "فرنسا"], {"مولين": 30, "مولنس": 12})


def _spellings(text: str) -> tuple[str, ...]:
    q = with_names(read_question(text), _FINDER)
    return next(e.ar for e in q.names if e.id == "name:molines")


@pytest.mark.parametrize("text", ["Who attacked the bakery in the French village of Molines?",
                                  "How many were hurt in Molines, France, in May?"])
def test_french_final_s_unsaid(text):
    assert _spellings(text)[0] == "مولين"
    assert "مولنس" not in _spellings(text)


def test_final_s_said_elsewhere(monkeypatch):
    # outside France the s is written; with the rule off, too
    assert _spellings("Who attacked the bakery in the village of Molines?")[0] == "مولنس"
    monkeypatch.setattr(translit, "SILENT_S", False)
    assert _spellings("Who attacked the bakery in the French village of Molines?")[0] == "مولنس"


@pytest.mark.parametrize("word,stem", [("Trelles", "Trell"), ("Vaubais", "Vaubai"), ("Amont", None),
                                       ("Grass", None), ("Nes", None)])
def test_silent_s(word, stem):
    assert translit._silent_s(word) == stem
