"""English questions call a province by its name alone ("in Shabwah", "the Qassim region"): the curated province
is found without its unit word and article, with its Arabic name with and without the unit word."""

from __future__ import annotations

import pytest

from marsad.core.gazetteer import get_world_gazetteer


@pytest.fixture()
def gaz(monkeypatch):
    gaz = get_world_gazetteer()
    monkeypatch.setattr(gaz, "_by_english", None)  # rebuilt under the switch the test sets; restored after
    return gaz


@pytest.mark.parametrize("english,arabic", [
    ("Shabwah", "شبوه"), ("Abyan", "ابين"), ("Qassim", "القصيم"), ("Mahrah", "المهره"), ("Zabul", "زابل"),
    ("Asir", "عسير"),  # the Saudi region of 2.2 million, not a small town of that name no lookup may take
])
def test_a_province_is_found_by_its_bare_english_name(gaz, english, arabic):
    names = gaz.arabic_names(english)
    assert arabic in names and any(n.startswith(("محافظه ", "منطقه ", "ولايه ")) for n in names)


def test_a_city_of_the_name_keeps_it_and_us_states_are_left_alone(gaz):
    assert gaz.arabic_names("Hajjah") == ("حجه",)  # the city, not "محافظة حجة" alone
    assert gaz.arabic_names("Washington") == ("واشنطن",)  # "Washington State" is not the capital's name
