"""Pass 52: places on unseen real news. Every text here is written for these tests.

* ``locations.PROVINCE_NAME``: a record's province is written by its name alone ("Hajjah", as "Saada"), not with the
  unit word GeoNames and the curated rows end it with ("Hajjah Governorate", "Kabul Province"), unless the name is a
  bare direction without it ("South Governorate").
* ``mentions.PROVINCE_LIST`` (one switch, read by ``locations_cues.province_list`` too): a list after a plural province noun ("في محافظات
  مأرب وعمران وصعدة") is read as a list, and its names are provinces.
* ``locations.SEAT_PROVINCE``: a Palestinian town lies in the governorate whose seat is nearest it.
"""

from __future__ import annotations

from marsad.agent.offline import locations


def _locations(offline_extract, text):
    return [a.location for a in offline_extract(text).attacks if a.location is not None]


_HARADH = "وقتل ثلاثة جنود في قصف صاروخي طال مديرية حرض في محافظة حجة الحدودية."
_PROVINCE = "وقتل خمسة جنود في هجوم مسلح في محافظة لحج جنوب اليمن."
_KABUL = "قتل عشرة أشخاص في تفجير انتحاري في العاصمة الأفغانية كابول."
_SIDON = "قتل شخصان في انفجار عبوة ناسفة في مدينة صيدا جنوب لبنان."


def test_province_name_drops_the_unit_word():
    assert locations.province_name("Hajjah Governorate") == "Hajjah"
    assert locations.province_name("Kabul Province") == "Kabul"
    assert locations.province_name("Asir Region") == "Asir"
    assert locations.province_name("Saada") == "Saada" and locations.province_name(None) is None
    assert locations.province_name("South Governorate") == "South Governorate"  # a bare direction keeps its unit
    assert locations.province_name("Eastern Province") == "Eastern Province"


def test_district_and_province_records_name_the_province_alone(offline_extract):
    (haradh,) = _locations(offline_extract, _HARADH)
    assert haradh.governorate == "Hajjah"
    (lahj,) = _locations(offline_extract, _PROVINCE)
    assert lahj.governorate == "Lahij" and lahj.admin_level == "governorate"
    (kabul,) = _locations(offline_extract, _KABUL)
    assert kabul.governorate == "Kabul"
    (sidon,) = _locations(offline_extract, _SIDON)
    assert sidon.governorate == "South Governorate"


def test_province_name_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "PROVINCE_NAME", False)
    (haradh,) = _locations(offline_extract, _HARADH)
    assert haradh.governorate == "Hajjah Governorate"
    (kabul,) = _locations(offline_extract, _KABUL)
    assert kabul.governorate == "Kabul Province"


# ``mentions.PROVINCE_LIST``: a list after a plural province noun names provinces
_LIST = "وقصفت مقاتلات التحالف مواقع للمسلحين في محافظات مأرب وعمران وصعدة شمال اليمن."
_LIST_TOWN_ALONE = "وقصفت مقاتلات التحالف مواقع للمسلحين في مأرب وعمران شمال اليمن."


def _levels(offline_extract, text):
    return sorted((loc.governorate, loc.admin_level) for loc in _locations(offline_extract, text))


def test_province_list_names_every_province(offline_extract):
    assert _levels(offline_extract, _LIST) == [("Amran", "governorate"), ("Marib", "governorate"),
                                               ("Saada", "governorate")]


def test_province_list_needs_the_plural_noun(offline_extract):
    assert ("Marib", "city") in _levels(offline_extract, _LIST_TOWN_ALONE)


def test_province_list_names_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import mentions

    monkeypatch.setattr(mentions, "PROVINCE_LIST", False)
    assert ("Amran", "governorate") not in _levels(offline_extract, _LIST)
    assert ("Marib", "city") in _levels(offline_extract, _LIST)  # one switch: the town is no province either


# ``locations.SEAT_PROVINCE``: a Palestinian town lies in the governorate whose seat is nearest it
_BEIT_LAHIA = "وقتل فلسطينيان في غارة إسرائيلية على بيت لاهيا شمال قطاع غزة."
_EAST_KHAN_YUNIS = "وقتل شاب فلسطيني بنيران الجنود الإسرائيليين شرق خان يونس جنوب القطاع."
_STRIP = "وقتل شاب فلسطيني بنيران الجنود الإسرائيليين في قطاع غزة."


def test_palestinian_town_takes_the_governorate_of_the_nearest_seat(offline_extract):
    (lahia,) = _locations(offline_extract, _BEIT_LAHIA)
    assert lahia.country == "PS" and lahia.governorate == "North Gaza"
    (east,) = _locations(offline_extract, _EAST_KHAN_YUNIS)
    assert east.governorate == "Khan Yunis"
    (strip,) = _locations(offline_extract, _STRIP)
    assert strip.governorate is None  # the Strip is in no one governorate


def test_seat_province_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "SEAT_PROVINCE", False)
    (lahia,) = _locations(offline_extract, _BEIT_LAHIA)
    assert lahia.governorate is None
