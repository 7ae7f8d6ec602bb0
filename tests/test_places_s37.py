"""Pass 37 (places and capitals on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import headless_units as hu
from marsad.agent.offline import mentions as mn
from marsad.agent.offline import named_places as npl
from marsad.agent.offline import world_capitals as wc
from marsad.core.gazetteer import get_world_gazetteer


def _records(offline_extract, text: str):
    return offline_extract(text, published="2019-11-20")


def _places(offline_extract, text: str) -> list[tuple]:
    return [(a.location.name if a.location else None, a.location.country if a.location else None, a.killed)
            for a in _records(offline_extract, text).attacks]


# capitals the GeoNames list spells otherwise (gazetteer.json aliases and places) ----------------------------------

@pytest.mark.parametrize("name,code", [("الخرطوم", "SD"), ("جاكرتا", "ID"), ("بيونغ يانغ", "KP"),
                                       ("كوناكري", "GN"), ("كانبيرا", "AU")])
def test_capital_spelling_is_known(name, code):
    found = get_world_gazetteer().lookup(name)
    assert found and found[0].country_code == code
    assert wc.is_capital(get_world_gazetteer(), found[0])


def test_khartoum_is_a_place(offline_extract):
    text = "قتل سبعة أشخاص مساء السبت في انفجار قنبلة داخل سوق شعبي في الخرطوم."
    assert _places(offline_extract, text) == [("الخرطوم", "SD", 7)]


# CAPITAL_PAIRS ------------------------------------------------------------------------------------------------

PAIR = "وقعت كمبالا وكيغالي الاثنين اتفاقا لتبادل السجناء بوساطة إقليمية."


def test_two_capitals_joined_are_the_sides(offline_extract):
    parties = [a.parties for a in _records(offline_extract, PAIR).agreements]
    assert parties and set(parties[0]) == {"أوغندا", "رواندا"}


def test_two_capitals_joined_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(wc, "CAPITAL_PAIRS", False)
    parties = [a.parties for a in _records(offline_extract, PAIR).agreements]
    assert not parties or set(parties[0]) != {"أوغندا", "رواندا"}


# CUE_NISBA ----------------------------------------------------------------------------------------------------

NISBA = "قتل تسعة من المارة في تفجير انتحاري استهدف محطة حافلات في العاصمة الإندونيسية جاكرتا صباح اليوم."


def test_place_word_and_country_adjective_cue_the_city(offline_extract):
    assert _places(offline_extract, NISBA) == [("جاكرتا", "ID", 9)]


def test_place_word_and_country_adjective_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(mn, "CUE_NISBA", False)
    assert _places(offline_extract, NISBA) != [("جاكرتا", "ID", 9)]


# PLURAL_LISTS -------------------------------------------------------------------------------------------------

PLURAL = "قتل ثمانية من المسلحين خلال مواجهات عنيفة مع الجيش في مديريات الصفيح والمقرن بمحافظة البيضاء."


def test_plural_place_noun_with_joined_names_gives_each(offline_extract):
    # pass 46 (named_places.PLURAL_SPLIT): one record per named place, the toll told for both left out (D-21)
    assert [(n, k) for n, _c, k in _places(offline_extract, PLURAL)] == [("الصفيح", None), ("المقرن", None)]


def test_plural_place_noun_with_joined_names_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(npl, "PLURAL_LISTS", False)
    assert [(n, k) for n, _c, k in _places(offline_extract, PLURAL)] != [("الصفيح", 8)]


# HEADLESS_UNITS -----------------------------------------------------------------------------------------------

BARE = ("تتواصل المعارك في محافظة صعدة اليمنية منذ أسابيع. وقتل أربعة من رجال القبائل مساء الخميس في كمين "
        "نصبه مسلحون لدوريتهم في البيضاء.")


def test_bare_province_in_an_article_about_its_country(offline_extract):
    assert _places(offline_extract, BARE) == [("البيضاء", "YE", 4)]


def test_bare_province_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(hu, "HEADLESS_UNITS", False)
    assert _places(offline_extract, BARE) != [("البيضاء", "YE", 4)]


def test_bare_province_of_another_country_is_not_taken(offline_extract):
    text = ("تتواصل المعارك في ضواحي مدينة بنغازي الليبية منذ أسابيع. وقتل أربعة من رجال الأمن مساء الخميس في "
            "كمين نصبه مسلحون لدوريتهم في البيضاء.")
    assert [c for _n, c, _k in _places(offline_extract, text)] != ["YE"]


# province links / PROVINCE_OF_CITY ------------------------------------------------------------------------------

def test_world_city_knows_its_province():
    found = get_world_gazetteer().lookup("مايدوغوري")
    assert found and found[0].region == "Borno State"
    assert not any(p.region for p in get_world_gazetteer().lookup("الحديدة"))  # an area row is no province


def test_us_city_knows_its_state():
    found = get_world_gazetteer().lookup("أورلاندو")
    assert found and found[0].country_code == "US" and found[0].region == "Florida"


CITY_AND_PROVINCE = ("لقي 11 مزارعا حتفهم صباح الجمعة في هجوم لمسلحين على سوق ماشية في مدينة مايدوغوري. وأوضح "
                     "مسؤول محلي أن الاعتداء الذي وقع في ولاية بورنو خلف أيضا 14 جريحا.")


def test_city_and_its_province_are_one_incident(offline_extract):
    assert len(_records(offline_extract, CITY_AND_PROVINCE).attacks) == 1


def test_city_and_its_province_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(mn, "PROVINCE_OF_CITY", False)
    assert len(_records(offline_extract, CITY_AND_PROVINCE).attacks) == 2
