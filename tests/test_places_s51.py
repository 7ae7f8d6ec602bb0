"""Pass 51: places abroad carry their province. Every text here is written for these tests.

* ``gazetteer.ADMIN1_PROVINCES`` (``gazetteer.json`` ``admin1_provinces``): a GeoNames city of Syria, Turkey, Lebanon,
  Jordan, Egypt, Libya, Saudi Arabia or Afghanistan is written with the province GeoNames files it under ("عفرين":
  Aleppo), and a curated town with no province of its own with that of the GeoNames city nearest it
  (``locations.CURATED_PROVINCE``: "سوروتش": Şanlıurfa); a code a curated region has keeps the region.
"""

from __future__ import annotations

from marsad.agent.offline import locations


def _locations(offline_extract, text):
    return [a.location for a in offline_extract(text).attacks if a.location is not None]


_AFRIN = "قتل ثلاثة مدنيين في قصف على مدينة عفرين شمال سوريا."
_QAMISHLI = "قتل جندي في انفجار سيارة مفخخة في مدينة القامشلي."
_SIDON = "قتل شخصان في انفجار عبوة ناسفة في مدينة صيدا جنوب لبنان."
_SURUC = "قتل شرطي في انفجار عبوة ناسفة في مدينة سوروتش جنوب تركيا."


def test_syrian_cities_carry_their_governorate(offline_extract):
    (afrin,) = _locations(offline_extract, _AFRIN)
    assert afrin.name == "عفرين" and afrin.governorate == "Aleppo"
    (qamishli,) = _locations(offline_extract, _QAMISHLI)
    assert qamishli.governorate == "Hasakah"


def test_lebanese_city_carries_its_governorate(offline_extract):
    (loc,) = _locations(offline_extract, _SIDON)
    assert loc.country == "LB" and loc.governorate == "South Governorate"


def test_curated_town_carries_the_province_around_it(offline_extract):
    (loc,) = _locations(offline_extract, _SURUC)
    assert loc.name == "سوروتش" and loc.governorate == "Şanlıurfa"


def test_curated_province_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "CURATED_PROVINCE", False)
    (loc,) = _locations(offline_extract, _SURUC)
    assert loc.governorate is None


def _table_and_cities():
    cities = {1: {"geonameid": 1, "name": "Seat", "latitude": 36.0, "longitude": 37.0, "countrycode": "SY",
                  "admin1code": "09"},
              2: {"geonameid": 2, "name": "Town", "latitude": 36.5, "longitude": 36.9, "countrycode": "SY",
                  "admin1code": "09"},
              3: {"geonameid": 3, "name": "Other", "latitude": 33.5, "longitude": 36.5, "countrycode": "SY",
                  "admin1code": "08"}}
    places = {"SY": [[["ريف"], "Outer Governorate", "region", 33.5, 36.5, 1000],
                     [["بلدة منسية"], "Forgotten", "city", 36.4, 37.1, 0]]}
    names = {"بلدة": [["gn:2", "بلدة", "Town", "SY", "city", 36.5, 36.9, 0]],
             "اخرى": [["gn:3", "اخرى", "Other", "SY", "city", 33.5, 36.5, 0]],
             "بلده منسيه": [["rg:SY1", "بلدة منسية", "Forgotten", "SY", "city", 36.4, 37.1, 0]]}
    table = {"SY": {"09": "Seatland", "08": "Not This One"}}
    return names, cities, places, table


def test_admin1_table_names_a_city_and_a_curated_town():
    from marsad.core import gazetteer

    names, cities, places, table = _table_and_cities()
    gazetteer._link_provinces(names, cities, places, {}, table)
    assert names["بلدة"][0][9] == "Seatland"  # the GeoNames city's code
    assert names["بلده منسيه"][0][9] == "Seatland"  # the curated town: the code of the city nearest it
    assert names["اخرى"][0][8] == "Outer Governorate" and len(names["اخرى"][0]) == 9  # a curated region keeps it


def test_admin1_provinces_switch_off(monkeypatch):
    from marsad.core import gazetteer

    monkeypatch.setattr(gazetteer, "ADMIN1_PROVINCES", False)
    names, cities, places, table = _table_and_cities()
    gazetteer._link_provinces(names, cities, places, {}, table)
    assert len(names["بلدة"][0]) == 8 and len(names["بلده منسيه"][0]) == 8


# -- a place within a town the record knows no province of (locations.WITHIN_PROVINCE) --

_WITHIN_TOWN = "قتل ثلاثة مدنيين بقصف حوثي على قرية الشعابي في مدينة تعز."
_WITHIN_SYRIAN_TOWN = "قتل ثلاثة مدنيين بقصف على حي الفردوس في مدينة حمص."


def test_place_within_a_town_lies_in_the_towns_province(offline_extract):
    (loc,) = _locations(offline_extract, _WITHIN_TOWN)
    assert loc.name == "الشعابي" and loc.geo_precision == "district" and loc.governorate == "Taiz"
    (loc,) = _locations(offline_extract, _WITHIN_SYRIAN_TOWN)
    assert loc.name == "حي الفردوس" and loc.governorate == "Homs"


def test_within_province_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "WITHIN_PROVINCE", False)
    (loc,) = _locations(offline_extract, _WITHIN_TOWN)
    assert loc.name == "الشعابي" and loc.governorate is None


# -- a province dual (mentions.DUAL_PROVINCES, locations_cues.DUAL_PROVINCE) --

_DUAL_UNIT_NAMED = "وواصلت المدفعية دك مواقع المسلحين في شمال محافظتي حجة وصعدة."
_DUAL_TOWN_FIRST = "وشنت مقاتلات التحالف غارات على مواقع المسلحين في محافظتي صعدة وحجة."
_DUAL_BETWEEN = "وشنت مقاتلات التحالف غارات على مواقع المسلحين في مناطق قانية بين محافظتي البيضاء ومأرب."


def _provinces(offline_extract, text):
    return sorted((loc.governorate, loc.admin_level) for loc in _locations(offline_extract, text))


def test_province_dual_names_two_provinces(offline_extract):
    both = [("Hajjah", "governorate"), ("Saada", "governorate")]
    assert _provinces(offline_extract, _DUAL_UNIT_NAMED) == both
    assert _provinces(offline_extract, _DUAL_TOWN_FIRST) == both


def test_province_dual_name_is_not_within_the_other(offline_extract):
    located = _locations(offline_extract, _DUAL_BETWEEN)
    assert located and located[0].governorate == "Al Bayda" and located[0].model_extra.get("within") is None


def test_dual_provinces_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import mentions

    monkeypatch.setattr(mentions, "DUAL_PROVINCES", False)
    assert ("Hajjah", "governorate") not in _provinces(offline_extract, _DUAL_UNIT_NAMED)


def test_dual_province_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import locations_cues

    monkeypatch.setattr(locations_cues, "DUAL_PROVINCE", False)
    assert ("Saada", "city") in _provinces(offline_extract, _DUAL_TOWN_FIRST)


# -- a valley named after a known place keeps its name (named_places.VALLEY_NAMED) --

_VALLEY = "قتل خمسة من المسلحين في غارة على تجمع لهم في وادي حريب بمحافظة مأرب."


def test_known_valley_keeps_its_name(offline_extract):
    (loc,) = _locations(offline_extract, _VALLEY)
    assert loc.name == "وادي حريب" and loc.geo_precision == "district" and loc.governorate == "Marib"
    assert loc.lat is not None


def test_valley_named_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import named_places

    monkeypatch.setattr(named_places, "VALLEY_NAMED", False)
    (loc,) = _locations(offline_extract, _VALLEY)
    assert loc.name == "حريب" and loc.geo_precision == "exact"


def test_known_place_name_reads_every_province_unit(monkeypatch):
    from marsad.agent.offline import named_places
    from marsad.core import gazetteer

    assert named_places.known_place_name("زابل")  # "ولاية زابل": a curated province named with "ولاية"
    monkeypatch.setattr(named_places, "province_units", lambda: (gazetteer.normalize("محافظة"),))
    assert not named_places.known_place_name("زابل")


# -- a capital of a country the admin-1 table covers (locations.CAPITAL_PROVINCE) --

_KABUL = "قتل ثلاثة في انفجار سيارة مفخخة في العاصمة الأفغانية كابول."
_SANAA = "قتل ثلاثة في هجوم على نقطة أمنية في مدينة صنعاء."


def test_capital_of_a_tabled_country_takes_its_province(offline_extract):
    (loc,) = _locations(offline_extract, _KABUL)
    assert loc.name == "كابول" and loc.governorate == "Kabul"
    (loc,) = _locations(offline_extract, _SANAA)
    assert loc.name == "صنعاء" and loc.governorate is None  # Amanat al-Asimah: no row names it


def test_capital_province_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "CAPITAL_PROVINCE", False)
    (loc,) = _locations(offline_extract, _KABUL)
    assert loc.governorate is None
