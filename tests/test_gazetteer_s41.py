"""Pass 41: a GeoNames alternate name written with a unit noun ("مدينة X") names every town called X, so the
article's country chooses among them (``gazetteer._unit_prefixed``). Sentences written for these tests."""

from __future__ import annotations

from marsad.core import gazetteer
from marsad.core.gazetteer import get_world_gazetteer


def _row(pid: str, cc: str, level: str = "city", population: int = 1000) -> list:
    return [pid, "x", "X", cc, level, 0.0, 0.0, population]


def test_the_unit_name_also_names_the_other_towns_of_the_bare_name():
    names = {"مدينه س": [_row("gn:1", "TZ", population=700000)],
             "س": [_row("gn:1", "TZ", population=700000), _row("gn:2", "YE"), _row("cc:SS", "SS", "country")]}
    gazetteer._unit_prefixed(names, ["مدينه"])
    assert [r[0] for r in names["مدينه س"]] == ["gn:1", "gn:2"]  # no duplicate, and no country


def test_a_unit_name_with_no_bare_name_stays_as_it_is():
    names = {"مدينه ص": [_row("gn:3", "QA")], "ع": [_row("gn:4", "YE")]}
    gazetteer._unit_prefixed(names, ["مدينه"])
    assert [r[0] for r in names["مدينه ص"]] == ["gn:3"]


def test_the_articles_country_picks_the_yemeni_town():
    world = get_world_gazetteer()
    assert world.resolve("مدينة زنجبار", "YE").country_code == "YE"
    assert world.resolve("مدينة زنجبار").country_code == "TZ"  # no context: the most populous


def test_a_yemeni_story_places_the_attack_in_abyan_not_in_tanzania(offline_extract):
    text = ("قتل أربعة جنود يمنيين بهجوم مسلح استهدف حاجزا أمنيا في مدينة زنجبار عاصمة محافظة أبين جنوبي اليمن "
            "مساء الخميس.")
    (attack,) = offline_extract(text).attacks
    assert attack.location.country == "YE"
