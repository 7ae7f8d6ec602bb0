"""World gazetteer settings added in the seventeenth pass: a second Arabic spelling of Mozambique."""
from marsad.core.gazetteer import get_world_gazetteer


def test_mozambique_is_found_under_both_arabic_spellings():
    g = get_world_gazetteer()
    for spelling in ("موزمبيق", "موزنبيق"):
        places = g.lookup(spelling)
        assert places and places[0].country_code == "MZ", spelling
