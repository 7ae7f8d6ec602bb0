"""Pass 44: places of attacks. Sentences written for these tests.

* the gazetteer knows Pakistan's Bajaur district and the spellings news uses for Khyber Pakhtunkhwa;
* a country named as the other side of a border ("قرب الحدود مع أفغانستان") in a sentence that names one other
  country by its nationality adjective is that other country's side (``locations.other_side``);
* "للميناء" is "ل" and the article: a definite place noun heads no name (``named_places._noun``).
"""

from __future__ import annotations

from marsad.agent.offline import named_places
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer


def test_khyber_pakhtunkhwa_spellings_and_bajaur_are_pakistani():
    world = get_world_gazetteer()
    for name in ("خيبر بختنخوا", "خيبر بختون خواه", "باجور"):
        assert world.resolve(name).country_code == "PK", name


def test_a_district_of_khyber_pakhtunkhwa_is_in_pakistan(offline_place):
    place = offline_place("قتل ثلاثة جنود حين هاجم مسلحون حاجزا أمنيا في مقاطعة باجور القبلية بإقليم خيبر بختنخوا فجر الاثنين.")
    assert place.country == "PK"
    assert "باجور" in place.name


def test_the_named_side_of_a_border_is_the_other_country(offline_place):
    place = offline_place("أصيب خمسة جنود في هجوم شنه مسلحون على نقاط أفغانية قرب الحدود مع باكستان مساء السبت.")
    assert place.country == "AF"


def test_a_border_with_no_nationality_in_its_sentence_keeps_the_named_country(offline_place):
    place = offline_place("أصيب خمسة جنود في هجوم شنه مسلحون على نقاط عسكرية قرب الحدود مع باكستان مساء السبت.")
    assert place.country == "PK"


def test_a_definite_place_noun_heads_no_name():
    assert named_places._noun(normalize("للميناء")) is None
    assert named_places._noun(normalize("لميناء")) is not None  # "لميناء عدن": to the port of Aden
    assert named_places._noun(normalize("للمنطقة")) is None
    assert named_places._noun(normalize("بمنطقة")) is not None


def test_the_port_and_the_corniche_are_not_a_port_named_corniche(offline_extract):
    text = ("وقصفت الميليشيات الحديقة بعشرات القذائف بعد استعادة القوات الحكومية للميناء والحديقة معاً في مدينة "
            "الحديدة.")
    for attack in offline_extract(text).attacks:
        assert "والحديقة" not in (attack.location.name if attack.location else "")


def test_a_curated_district_after_its_unit_word_keeps_its_coordinates(offline_place):
    place = offline_place("قصفت الميليشيات منازل المزارعين بمديرية ولد ربيع مساء الاثنين.")
    assert place.country == "YE"
    assert place.lat is not None


def test_a_follow_up_incident_takes_the_area_of_a_curated_district(offline_extract):
    text = ("قصفت الميليشيات منازل المزارعين في مديرية ولد ربيع بمحافظة البيضاء مساء الاثنين. "
            "وأفاد مصدر محلي بأن قناصا أصاب شابا كان يعمل في أرضه.")
    places = {a.location.name for a in offline_extract(text).attacks if a.location}
    assert "اليمن" not in places
