"""Session 26: road junctions and fronts as places.

Yemeni front reports name junctions by the town their road leads to ("مفرق الصلو"، "مفرق المخا"); GeoNames has the
Jordanian city "المفرق" under the bare word too, so the junction was placed in Jordan. The bare word is now a
place noun (the name after it is the place) and no place on its own; "المفرق" is still the city.
"""

from __future__ import annotations


def _place(offline_extract, text: str):
    attacks = offline_extract(text).attacks
    assert len(attacks) == 1
    return attacks[0].location


def test_a_junction_is_placed_at_the_town_its_road_leads_to(offline_extract):
    loc = _place(offline_extract, "قصفت مدفعية الجيش تجمعات للمسلحين في مفرق الوازعية غرب تعز يوم الخميس.")
    assert loc.name == "الوازعية" and loc.country == "YE"


def test_the_junction_of_a_front_town_is_placed_there(offline_extract):
    loc = _place(offline_extract, "شن مسلحون حوثيون هجوما على نقطة عسكرية عند مفرق حريب فجر اليوم.")
    assert loc is not None and loc.name == "حريب"  # (the junction word was read as a town of Jordan and dropped)


def test_mafraq_with_its_article_is_still_the_city(offline_extract):
    loc = _place(offline_extract, "قتل جنديان أردنيان في هجوم على نقطة حدودية قرب المفرق شمال الأردن.")
    assert loc.name_en == "Mafraq" and loc.country == "JO"



def test_a_place_near_the_capital_is_the_place(offline_extract):
    # "X القريبة من العاصمة Y": X is where it happened, Y the landmark it is near (attacks_places.NEAR_OF)
    loc = _place(offline_extract, "قضى ضابط حوثي أمس في مديرية أرحب القريبة من العاصمة صنعاء إثر تفجير لغم تحت عربته.")
    assert loc is not None and loc.name == "أرحب"


def test_a_town_beside_a_city_is_the_place(offline_extract):
    loc = _place(offline_extract, "قتل خمسة مدنيين في قصف على بلدة تل رفعت المجاورة لمدينة حلب.")
    assert loc is not None and loc.name == "تل رفعت"
