"""English names in questions (session 17): a city the world gazetteer knows by another English spelling is
named by its Arabic names, not transliterated; an ordinal is no name. Sentences are our own."""

from __future__ import annotations

import pytest

from marsad.agent.qa import translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_names, with_words
from marsad.core.lexicon import get_lexicon

# a gazetteer by GeoNames' own English names, and the other spellings GeoNames lists for two cities
_OWN = {"makkah": ("مكه", "مكه المكرمه"), "harare": ("هراري",), "salisbury": ("سالزبري",), "basel": ("بازل",)}
_ALT = {"mecca": (1_500_000, "Makkah"), "salisbury": (1_500_000, "Harare"), "bala": (170_000, "Basel")}


def _places(name: str) -> tuple[str, ...]:
    return _OWN.get(name.lower(), ())


@pytest.fixture
def alternates(monkeypatch, request):
    monkeypatch.setattr(translit, "ALTERNATES", request.param)
    monkeypatch.setattr(translit, "_alternate_city", lambda word: _ALT.get(word.lower(), (0, None))[1])
    return request.param


@pytest.mark.parametrize("alternates", [True, False], indirect=True)
def test_a_city_asked_by_another_english_spelling_is_named_by_the_gazetteer(alternates):
    finder = NameFinder(["مسيء", "مكه", "مكي"])
    q = with_names(parse_question("How many pilgrims were hurt when a bus overturned near Mecca last week?",
                                  get_lexicon()), finder, _places)
    (name,) = [n for n in q.names if n.name_en == "Mecca"]
    assert (name.canonical == "مكه") is alternates
    assert "مكه" in name.ar


@pytest.mark.parametrize("on", [True, False])
def test_a_known_place_keeps_only_transliterations_of_its_consonants(monkeypatch, on):
    monkeypatch.setattr(translit, "KNOWN_CONSONANTS", on)
    monkeypatch.setattr(translit, "_alternate_city", lambda word: _ALT.get(word.lower(), (0, None))[1])
    q = with_names(parse_question("How many pilgrims were hurt when a bus overturned near Mecca last week?",
                                  get_lexicon()), NameFinder(["مسيء", "مكه", "مكي"]), _places)
    (name,) = [n for n in q.names if n.name_en == "Mecca"]
    assert ("مسيء" in name.ar) is not on
    assert "مكه" in name.ar


@pytest.mark.parametrize("alternates", [True, False], indirect=True)
def test_a_citys_own_name_wins_over_another_citys_former_name(alternates):
    q = with_names(parse_question("Who poisoned the former agent found on a bench in Salisbury?", get_lexicon()),
                   NameFinder(["سالزبري"]), _places)
    (name,) = [n for n in q.names if n.name_en == "Salisbury"]
    assert name.canonical == "سالزبري"
    assert "هراري" not in name.ar
    # an alternate of other consonants is another name, not a spelling of the city's
    q = with_names(parse_question("Which district of Nangarhar holds the village of Bala?", get_lexicon()),
                   NameFinder(["بالا"]), _places)
    assert "بازل" not in {f for n in q.names for f in n.ar}


@pytest.mark.parametrize("on", [True, False])
def test_an_ordinal_is_no_name(monkeypatch, on):
    monkeypatch.setattr(translit, "ORDINALS", on)
    q = with_words(parse_question("Who commands the Fifth Mountain Brigade that shelled the valley?", get_lexicon()))
    assert ("fifth" in q.uncovered) is not on
    assert ("خامس" in q.expansion) is on
    q = with_names(q, NameFinder(["فيفث", "فيف"]))
    assert ("Fifth" in {n.name_en for n in q.names}) is not on
