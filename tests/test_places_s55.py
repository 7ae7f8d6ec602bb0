"""Pass 55 (places55): an article's one area read by the province of its towns and of its seat city.

``context_place.SEAT_PROVINCE_AREA``: an article whose lead names a province only by its seat city ("الحديدة:") and
whose other places are districts of that province is about the province; an incident told with no place of its own
lies there, not only in the country. ``context_place.TOWN_PROVINCE_AREA``: a GeoNames town whose province is written on
the record only lies in that province when the article's area is read by its province. ``locations.DISTRICT_OF_TOWN``:
a GeoNames town written after "مديرية" is the district named after it (its level, its name with the unit word). Every
text here is written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import context_place, locations

_HODEIDAH = ("الحديدة: تواصلت المعارك العنيفة في مديرية الدريهمي ومديرية التحيتا بين قوات الجيش ومسلحي الحوثي. "
             "وفي سياق متصل، قتل عشرة من مسلحي الحوثي في غارات للتحالف أمس.")
_SANAA = ("صنعاء: شن طيران التحالف غارات على مواقع في مديرية نهم. "
          "وفي سياق متصل، قتل ستة من المسلحين في غارات للتحالف مساء أمس.")


def _places(offline_extract, text):
    return [(a.location.name_en, a.location.governorate, a.location.admin_level, a.location.country)
            if a.location else None for a in offline_extract(text).attacks]


def test_seat_city_stands_for_its_province(offline_extract):
    places = _places(offline_extract, _HODEIDAH)
    assert ("Hodeidah", "Hodeidah", "governorate", "YE") in places


def test_seat_city_switched_off_gives_the_country(offline_extract, monkeypatch):
    monkeypatch.setattr(context_place, "SEAT_PROVINCE_AREA", False)
    places = _places(offline_extract, _HODEIDAH)
    assert ("Yemen", None, "country", "YE") in places
    assert not [p for p in places if p and p[2] == "governorate"]


@pytest.mark.parametrize("switch", [True, False])
def test_capital_is_no_seat_of_the_province_around_it(offline_extract, monkeypatch, switch):
    monkeypatch.setattr(context_place, "SEAT_PROVINCE_AREA", switch)
    places = _places(offline_extract, _SANAA)
    assert places and not [p for p in places if p and p[2] == "governorate"]


_TOWN = ("واستمرت المعارك العنيفة بمديرية التحيتا جنوب محافظة الحديدة بين قوات الجيش ومسلحي الحوثي. ونزح مئات السكان "
         "إلى مدينة زبيد هربا من المعارك. وفي سياق متصل، قتل عشرة من مسلحي الحوثي في غارات للتحالف أمس.")


def test_town_lies_in_the_province_it_is_filed_under(offline_extract):
    places = _places(offline_extract, _TOWN)
    assert ("Hodeidah", "Hodeidah", "area", "YE") in places  # (lent as the lead tells it: "جنوب محافظة الحديدة")
    assert ("Yemen", None, "country", "YE") not in places


def test_town_province_switched_off_gives_the_country(offline_extract, monkeypatch):
    monkeypatch.setattr(context_place, "TOWN_PROVINCE_AREA", False)
    assert ("Yemen", None, "country", "YE") in _places(offline_extract, _TOWN)


_JARRAHI = "لقي خمسة مسلحين حوثيين حتفهم حين قصفت مقاتلات التحالف تجمعا لهم في مديرية الجراحي ظهر الأحد."
_JARRAHI_EAST = "لقي خمسة مسلحين حوثيين حتفهم حين قصفت مقاتلات التحالف تجمعا لهم شرق مديرية الجراحي ظهر الأحد."
_ZABID_TOWN = "قتل جنديان يمنيان في هجوم للحوثيين على مدينة زبيد جنوب محافظة الحديدة غربي اليمن."


def _place(offline_extract, text):
    a = offline_extract(text).attacks[0]
    return a.location.name, a.location.name_en, a.location.governorate, a.location.admin_level, a.location.country


def test_district_named_after_a_town_is_the_district(offline_extract):
    assert _place(offline_extract, _JARRAHI) == ("مديرية الجراحي", "Al Jarrāḩī District", "Hodeidah", "district", "YE")


def test_district_named_after_a_town_switched_off_is_the_town(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "DISTRICT_OF_TOWN", False)
    assert _place(offline_extract, _JARRAHI) == ("الجراحي", "Al Jarrāḩī", "Hodeidah", "city", "YE")


def test_bearing_off_a_district_keeps_the_province(offline_extract):
    name, _en, governorate, level, country = _place(offline_extract, _JARRAHI_EAST)
    assert (name, governorate, level, country) == ("شرق مديرية الجراحي", "Hodeidah", "area", "YE")


@pytest.mark.parametrize("switch", [True, False])
def test_town_after_a_town_noun_stays_the_town(offline_extract, monkeypatch, switch):
    monkeypatch.setattr(locations, "DISTRICT_OF_TOWN", switch)
    assert _place(offline_extract, _ZABID_TOWN)[2:] == ("Hodeidah", "city", "YE")


def test_najran_region_point_is_the_region_middle():
    from marsad.core.gazetteer import get_world_gazetteer

    region = next(p for p in get_world_gazetteer().lookup("منطقة نجران") if p.admin_level == "region")
    assert region.name_en == "Najran Region"
    assert 47.0 <= region.lon <= 47.6 and 18.3 <= region.lat <= 18.9  # the region's middle, east of Najran city (44.1)


def test_iraqi_town_geonames_lists_takes_its_governorate(offline_extract):
    text = "قصفت المقاتلات التركية قرية جبلية في منطقة رواندز شرق أربيل، ما أسفر عن مقتل ستة أشخاص بينهم امرأتان."
    a = offline_extract(text).attacks[0]
    assert (a.location.country, a.location.governorate) == ("IQ", "Erbil")


def test_iraqi_admin1_names_are_the_registry_governorates():
    from marsad.core.gazetteer import _settings
    from marsad.core.lexicon import get_lexicon

    table = _settings()["admin1_provinces"]["IQ"]
    assert len(table) == 19 and table["15"] == "Nineveh" and table["18"] == "Salahuddin"
    written = {e.get("governorate") for e in get_lexicon().of_kind("places") if e.get("governorate")}
    assert set(table.values()) <= written
