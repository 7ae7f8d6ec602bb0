"""Pass 50b: places no gazetteer knows keep the article's province. Every text here is written for these tests.

* ``attacks_records.NAMED_AREA`` (``attacks_events.area_within``): an incident at a place read from its place noun
  ("في جبل X"، "في قرية X"، "في منطقة X") told with no known place in its frame lies in the province the article gives
  the incident; each place of a list stays a record of its own; a border lies in no province.
* ``gazetteer.ROW_PROVINCES``, ``attacks_records.CITY_PROVINCE`` (``locations.city_province``): a city with no
  province on the record ("قرب مدينة صعدة") is written with the one GeoNames files it under; a capital never.
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
    assert loc.name == "الزبيرات" and loc.governorate == "Al Bayda"


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


# -- a city's province (gazetteer.ROW_PROVINCES, locations.city_province, attacks_records.CITY_PROVINCE) --

_NEAR_SAADA = "قتل خمسة في غارة على مخزن أسلحة قرب مدينة صعدة."
_MOCHA = "قتل خمسة في غارة على مخزن أسلحة في مدينة المخا."
_CAPITAL = "قتل خمسة في غارة على مخزن أسلحة في مدينة صنعاء."


def test_registry_city_carries_its_province(offline_extract):
    (loc,) = _locations(offline_extract, _NEAR_SAADA)
    assert loc.name == "صعدة" and loc.geo_precision == "exact" and loc.governorate == "Saada"


def test_geonames_city_carries_the_province_the_rows_name(offline_extract):
    (loc,) = _locations(offline_extract, _MOCHA)
    assert loc.governorate == "Taiz"


def test_capital_is_no_city_of_the_province_around_it(offline_extract):
    (loc,) = _locations(offline_extract, _CAPITAL)
    assert loc.name == "صنعاء" and loc.governorate is None


def test_city_province_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_records, "CITY_PROVINCE", False)
    (loc,) = _locations(offline_extract, _NEAR_SAADA)
    assert loc.governorate is None


def _rows_and_cities():
    cities = {1: {"geonameid": 1, "name": "Seat", "latitude": 16.0, "longitude": 44.0, "countrycode": "YE",
                  "admin1code": "15"},
              2: {"geonameid": 2, "name": "Town", "latitude": 16.3, "longitude": 44.2, "countrycode": "YE",
                  "admin1code": "15"},
              3: {"geonameid": 3, "name": "Capital", "latitude": 15.0, "longitude": 44.0, "countrycode": "YE",
                  "admin1code": "26"}}
    places = {"YE": [[["أ"], "A District", "district", 16.1, 44.1, 0, "Seatland"],
                     [["ب"], "B District", "district", 15.05, 44.05, 0, "Seatland"]]}
    names = {"بلدة": [["gn:2", "بلدة", "Town", "YE", "city", 16.3, 44.2, 0]],
             "عاصمة": [["gn:3", "عاصمة", "Capital", "YE", "city", 15.0, 44.0, 0]]}
    return names, cities, places


def test_row_provinces_name_the_admin1_code_of_their_rows():
    from marsad.core import gazetteer

    names, cities, places = _rows_and_cities()
    gazetteer._link_provinces(names, cities, places, {"YE": (15.0, 44.0)})
    assert names["بلدة"][0][9] == "Seatland" and names["بلدة"][0][8] is None  # its province, no region
    assert len(names["عاصمة"][0]) == 8  # the capital's code is named by none


def test_row_provinces_switch_off(monkeypatch):
    from marsad.core import gazetteer

    monkeypatch.setattr(gazetteer, "ROW_PROVINCES", False)
    names, cities, places = _rows_and_cities()
    gazetteer._link_provinces(names, cities, places, {"YE": (15.0, 44.0)})
    assert len(names["بلدة"][0]) == 8
