"""Pass 50b: places no gazetteer knows keep the article's province. Every text here is written for these tests.

* ``attacks_records.NAMED_AREA`` (``attacks_events.area_within``): an incident at a place read from its place noun
  ("في جبل X"، "في قرية X"، "في منطقة X") told with no known place in its frame lies in the province the article gives
  the incident; each place of a list stays a record of its own; a border lies in no province.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_records


def _locations(offline_extract, text):
    return [a.location for a in offline_extract(text).attacks if a.location is not None]


_MOUNTAIN = ("أعلن الجيش اليمني تقدمه في محافظة صعدة.\n"
             "وقتل خمسة من الحوثيين في غارة لطيران التحالف على مخزن أسلحة في جبل الصمع.")
_VILLAGE = ("حققت قوات الجيش تقدما جديدا في محافظة البيضاء وسط البلاد.\n"
            "وشنت القوات هجوما على مواقع الميليشيات في قرية الزبيرات وقتلت ثلاثة منهم.")
_LIST = ("حررت قوات الجيش مواقع جديدة في محافظة تعز.\n"
         "وأكدت مصادر أن القوات استعادت السيطرة على منطقة الكدحة ومدرسة الفلاح بعد معارك مع الحوثيين.")
_BORDER = ("قتل شرطي في هجوم في مدينة دياربكر.\n"
           "ويأتي الهجوم بعد مقتل جنديين قرب الحدود السورية قبل أسبوع.")


def test_unknown_mountain_keeps_the_articles_province(offline_extract):
    (loc,) = _locations(offline_extract, _MOUNTAIN)
    assert loc.name == "جبل الصمع" and loc.governorate == "Saada" and loc.lat is not None


def test_unknown_village_keeps_the_articles_province(offline_extract):
    (loc,) = _locations(offline_extract, _VILLAGE)
    assert loc.name == "الزبيرات" and loc.governorate == "Al Bayda Governorate"


def test_places_of_a_list_stay_records_of_their_own(offline_extract):
    named = _locations(offline_extract, _LIST)
    assert [loc.name for loc in named] == ["الكدحة", "مدرسة الفلاح"]
    assert all(loc.governorate == "Taiz" for loc in named)


def test_border_lies_in_no_province(offline_extract):
    assert all(loc.name != "الحدود السورية" or loc.lat is None for loc in _locations(offline_extract, _BORDER))


def test_named_area_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_records, "NAMED_AREA", False)
    (loc,) = _locations(offline_extract, _MOUNTAIN)
    assert loc.governorate is None
    assert all(loc.governorate is None for loc in _locations(offline_extract, _VILLAGE))
