"""Pass 43 (qa43e): English names read in Arabic.

* A short name's h is ح as often as ه: the twin spelling of a two-consonant skeleton is kept
  (:data:`marsad.agent.qa.translit.HA_TWIN`).
* A two-consonant nisba ("Haqi") is written with its article, "الحقي": the index keeps its stem as a two-letter term
  (:data:`marsad.agent.qa.translit.SHORT_NISBA`).

Names and words are made up or common for these tests.
"""

from __future__ import annotations

import marsad.agent.qa.translit as translit
from marsad.agent.qa.translit import NameFinder

_VOCAB = ["هام", "حام", "اهم", "حمل", "هاد", "حاد"]
_FREQ = {"هام": 90, "حام": 3, "اهم": 200, "حمل": 40, "هاد": 5, "حاد": 4}


def test_short_name_keeps_its_ha_twin(monkeypatch):
    finder = NameFinder(_VOCAB, _FREQ)
    got = finder.find("Ham")
    assert "هام" in got and "حام" in got
    monkeypatch.setattr(translit, "HA_TWIN", False)
    assert "حام" not in NameFinder(_VOCAB, _FREQ).find("Ham")


def test_ha_twin_needs_the_exact_swapped_spelling():
    finder = NameFinder(["حسان", "هسن", "حساء"], {"حسان": 5, "هسن": 1, "حساء": 9})
    assert "هسن" not in finder.find("Hasa")


def test_two_consonant_nisba_is_written_with_its_article(monkeypatch):
    vocab = ["حق", "حك", "حاق", "سامي", "سم", "جمل"]
    freq = {"حق": 500, "حك": 3, "حاق": 2, "سامي": 40, "سم": 60, "جمل": 9}
    got = NameFinder(vocab, freq).find("Haqi")
    assert "الحقي" in got and "حق" not in got  # the bare stem is a word, never a spelling
    # a name the index writes whole with its ي takes no made-up nisba
    assert not any(t.startswith("ال") for t in NameFinder(vocab, freq).find("Sami"))
    monkeypatch.setattr(translit, "SHORT_NISBA", False)
    assert "الحقي" not in NameFinder(vocab, freq).find("Haqi")
