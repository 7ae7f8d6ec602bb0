"""A capital told as where a government sits is not where the incident happened, pass 57 (placesb56's v2, with the
party rule): ``attacks_places.AUTHORITY_SEAT`` and its ``_TIES_PARTY``.

Sentences written for these tests (names, days and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_places as ap

# a kidnapping told with "in Turkey", and the authorities "in Ankara" the ministry works with
SEAT = ("أعلنت الخارجية أنها على علم باختطاف رجل أعمال في تركيا مساء الثلاثاء، وأنها تتواصل مع السلطات في أنقرة "
        "بشأن القضية.")
# the government "in Doha", and the militias "tied to Iran" (a party, not a place)
TIED = ("وبعد أيام من اختطاف الصيادين، تأكدت الحكومة في الدوحة أنهم محتجزون لدى ميليشيات على علاقة بإيران، "
        "وأولويتها في سوريا.")
# an attack that truly happened in the capital
IN_CAPITAL = "قتل خمسة أشخاص في انفجار عبوة ناسفة في العاصمة أنقرة صباح أمس، وفق ما أعلنت السلطات."
# the government "in Manila", the only place told with a kidnapping: kept
LONE = "وبعد ساعات من خطف المهندسين الثلاثة، قالت الحكومة الفلبينية في مانيلا إنها تعرف الجهة الخاطفة."


def _names(offline_extract, text: str) -> list:
    return [a.location.name if a.location else None for a in offline_extract(text).attacks]


@pytest.mark.parametrize("on", [True, False])
def test_the_seat_gives_way_to_the_incident_place(offline_extract, monkeypatch, on):
    monkeypatch.setattr(ap, "AUTHORITY_SEAT", on)
    names = _names(offline_extract, SEAT)
    assert names and ("أنقرة" in names) is not on


@pytest.mark.parametrize("on", [True, False])
def test_a_party_tied_to_is_no_place_the_seat_gives_way_to(offline_extract, monkeypatch, on):
    monkeypatch.setattr(ap, "_TIES_PARTY", on)
    monkeypatch.setattr(ap, "SEAT_BUILDING", False)  # its own-clause guard would keep Iran out either way
    names = _names(offline_extract, TIED)
    assert names and ("إيران" in names) is not on


def test_an_incident_in_the_capital_keeps_it(offline_extract):
    assert "أنقرة" in _names(offline_extract, IN_CAPITAL)


def test_a_lone_seat_stays(offline_extract):
    assert "مانيلا" in _names(offline_extract, LONE)
