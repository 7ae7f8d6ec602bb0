"""Pass 54 (placesb54): an article's one area is the province that holds every place of its country it names.

``context_place.AREA_BY_PROVINCE``: an article whose title or lead names a province and whose other places of that
country are its districts ("مديرية كتاف بمحافظة صعدة") is about that province, however far a district lies from the
province's seat point. Before, the radius test from the seat's point left such an article with "no one area", and
an incident told there with no place of its own took only the country. Every text here is written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import context_place

_KATAF = ("قتل عشرة من مسلحي الحوثي في مواجهات مع القوات الحكومية بمديرية كتاف التابعة لمحافظة صعدة شمال اليمن. "
          "وقال مصدر عسكري إن الاشتباكات استمرت عدة ساعات. وأضاف أن قوات الجيش تقدمت في جبهة كتاف. "
          "وفي سياق متصل، قتل خمسة مسلحين آخرين في هجوم فاشل للميليشيا على مواقع الجيش.")
_TWO_PROVINCES = ("قتل عشرة من مسلحي الحوثي في مواجهات مع القوات الحكومية بمديرية كتاف التابعة لمحافظة صعدة وفي مديرية "
                  "حرض بمحافظة حجة. وقال مصدر عسكري إن الاشتباكات استمرت عدة ساعات. "
                  "وفي سياق متصل، قتل خمسة مسلحين آخرين في هجوم فاشل للميليشيا على مواقع الجيش.")


def _places(offline_extract, text, title):
    return [(a.location.name_en, a.location.governorate, a.location.admin_level, a.location.country)
            if a.location else None for a in offline_extract(text, title=title).attacks]


def test_follow_up_takes_the_province_of_the_district(offline_extract):
    places = _places(offline_extract, _KATAF, "مقتل عشرة حوثيين في معارك بمحافظة صعدة")
    assert len(places) == 2
    assert places[0][1:] == ("Saada", "district", "YE")
    assert places[1] == ("Saada", "Saada", "governorate", "YE")  # not just Yemen


def test_follow_up_takes_the_country_when_switched_off(offline_extract, monkeypatch):
    monkeypatch.setattr(context_place, "AREA_BY_PROVINCE", False)
    places = _places(offline_extract, _KATAF, "مقتل عشرة حوثيين في معارك بمحافظة صعدة")
    assert places[1] == ("Yemen", None, "country", "YE")


@pytest.mark.parametrize("switch", [True, False])
def test_two_provinces_are_no_one_area(offline_extract, monkeypatch, switch):
    monkeypatch.setattr(context_place, "AREA_BY_PROVINCE", switch)
    places = _places(offline_extract, _TWO_PROVINCES, "مقتل حوثيين في معارك شمال اليمن")
    assert places and not [p for p in places if p and p[2] == "governorate"]  # neither Saada nor Hajjah alone
