"""Pass 55 (placesb55): the news spelling of Maroua, written with its unit word.

Arabic news writes Maroua, the capital of Cameroon's Far North region, as "مروة", which GeoNames lacks (it has ماروا،
مارووا). "مروة" is also a woman's given name, so the spelling is an alias only with its unit word ("مدينة مروة"), as
``gazetteer.json`` lists every name that is also an ordinary word. Every text here is written for these tests.
"""

from __future__ import annotations

from marsad.core.gazetteer import get_world_gazetteer


def test_maroua_city_spelling_names_the_cameroon_city():
    found = get_world_gazetteer().lookup("مدينة مروة")
    assert found and found[0].name_en == "Maroua" and found[0].country_code == "CM"
    assert 10.3 <= found[0].lat <= 10.9 and 14.0 <= found[0].lon <= 14.6


def test_the_given_name_alone_is_no_place():
    assert get_world_gazetteer().lookup("مروة") == ()


def test_attack_in_maroua_is_placed_at_the_city(offline_extract):
    text = ("هاجمت انتحاريتان سوقا شعبية في مدينة مروة أقصى شمال الكاميرون صباح الثلاثاء، "
            "ما أدى إلى مقتل تسعة مدنيين وجرح آخرين.")
    located = [a.location for a in offline_extract(text).attacks if a.location]
    assert located and located[0].name_en == "Maroua" and located[0].country == "CM"
    assert located[0].geo_precision == "exact"


def test_a_woman_named_marwa_is_no_place(offline_extract):
    text = "قتل مسلحون الطبيبة مروة أحمد أمام منزلها في حي الشهداء صباح الأحد."
    names = [a.location.name_en for a in offline_extract(text).attacks if a.location]
    assert "Maroua" not in names
