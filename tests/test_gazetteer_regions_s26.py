"""Admin-1 units news names that GeoNames' city list lacks: every US state, and the regions of the world's
conflicts and separatist movements (Chechnya, Rakhine, Darfur, Tigray, Catalonia ...), by Arabic and English name."""

from __future__ import annotations

import pytest

from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer


@pytest.fixture(scope="module")
def gaz():
    return get_world_gazetteer()


@pytest.mark.parametrize("arabic,english,country", [
    ("لويزيانا", "Louisiana", "US"), ("أوهايو", "Ohio", "US"), ("كارولاينا الشمالية", "North Carolina", "US"),
    ("الشيشان", "Chechnya", "RU"), ("راخين", "Rakhine", "MM"), ("أراكان", "Rakhine", "MM"),
    ("دارفور", "Darfur", "SD"), ("تيغراي", "Tigray", "ET"), ("كتالونيا", "Catalonia", "ES"),
    ("اسكتلندا", "Scotland", "GB"), ("البنجاب", "Punjab", "PK"), ("شينجيانغ", "Xinjiang", "CN"),
])
def test_region_by_arabic_and_english_name(gaz, arabic, english, country):
    rows = gaz.lookup(normalize(arabic))
    assert rows and rows[0].admin_level == "region" and rows[0].country_code == country
    assert rows[0].name_en == english
    assert normalize(arabic) in gaz.arabic_names(english)


def test_state_outranks_the_small_town_of_its_name(gaz):
    # GeoNames has a village "Louisiana" (Missouri) of 3,000 people; the state is the place news means
    assert gaz.lookup(normalize("لويزيانا"))[0].population > 1_000_000


@pytest.mark.parametrize("word", ["السند", "مين", "جورجيا"])
def test_ordinary_words_and_countries_are_not_us_or_pakistani_regions(gaz, word):
    # "السند" (support, deed) is Sindh only with its unit word; "مين" (Maine) is slang for "who";
    # "جورجيا" is the state of Georgia in the Caucasus first
    assert all(r.admin_level != "region" for r in gaz.lookup(normalize(word)))


def test_sindh_with_its_unit_word(gaz):
    rows = gaz.lookup(normalize("إقليم السند"))
    assert rows and rows[0].name_en == "Sindh" and rows[0].country_code == "PK"
