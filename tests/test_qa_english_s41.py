"""Pass 41 (qa41e): English questions.

* A military rank written short before a name ("Col.", "Brig", "Maj.") is a title, not a name to look up
  (:data:`marsad.agent.qa.question_words._FILLER_EN`).
* A three-letter word in title case is never a state's name: the world gazetteer knows it only as an ISO code
  ("Col" COL Colombia, "Sen" SEN Senegal), which is written in capitals (:func:`marsad.agent.qa.translit.with_countries`).

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import read_question

from marsad.agent.qa.translit import with_countries, with_words


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
