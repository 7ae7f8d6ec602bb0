"""Session 13: English names Arabic writes as one word, and the one-scan skeleton lookup."""

from __future__ import annotations

import pytest

from marsad.agent.qa import translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_names

_VOCAB = ["بوسرحان", "سرحان", "ابوطلحان", "طلحان", "قتل", "هجوم", "بنتاغ", "ستونيم"]
_FREQ = {"بوسرحان": 12, "سرحان": 300, "ابوطلحان": 8, "طلحان": 50, "قتل": 5000, "هجوم": 4000, "بنتاغ": 70}


def _names(text):
    q = with_names(parse_question(text), NameFinder(_VOCAB, _FREQ))
    return {e.name_en: e.canonical for e in q.names}


@pytest.mark.parametrize("on", [True, False])
def test_albu_name_is_looked_up_as_one_arabic_word(monkeypatch, on):
    # "Albu Sarhan" is written البوسرحان (the stem بوسرحان), not the word سرحان alone
    monkeypatch.setattr(translit, "JOIN_WORDS", on)
    names = _names("How many people were killed in Albu Sarhan in 2017?")
    if on:
        assert list(names) == ["Albu Sarhan"] and names["Albu Sarhan"] == "بوسرحان"
    else:
        assert names.get("Sarhan") == "سرحان"


@pytest.mark.parametrize("on", [True, False])
def test_abu_name_is_looked_up_as_one_arabic_word(monkeypatch, on):
    monkeypatch.setattr(translit, "JOIN_WORDS", on)
    names = _names("Who attacked the checkpoint in Abu Talhan last week?")
    assert (names.get("Abu Talhan") == "ابوطلحان") is on


def test_two_names_not_written_as_one_word_stay_two():
    names = _names("Who did Sarhan Stoneman meet in Talhan?")
    assert "Sarhan Stoneman" not in names
    assert names.get("Sarhan") == "سرحان"


@pytest.mark.parametrize("fast", [True, False])
def test_one_scan_lookup_finds_what_the_loop_found(monkeypatch, fast):
    monkeypatch.setattr(translit, "FAST_SCAN", fast)
    finder = NameFinder(_VOCAB, _FREQ)
    assert finder.find("Pentagon") == ["بنتاغ"]  # the stemmer cut its n
    assert finder.find("Sarhan")[0] == "سرحان"
    assert finder.find("Busarhan") == ["بوسرحان"]


def test_joined_name_keeps_the_second_words_own_spelling():
    # news writes some such names apart too ("خان يونس" beside "خانيونس"): the head word still matches
    q = with_names(parse_question("How many people were killed in Albu Sarhan in 2017?"), NameFinder(_VOCAB, _FREQ))
    (entry,) = q.names
    assert "بوسرحان" in entry.ar and "سرحان" in entry.ar
