"""Pass 51 (placesb51): a place a thing was moved to is not where the attack happened. Every text here is written
for these tests.

* ``attacks_places.TRANSFER_TO`` (``attacks.json`` ``transfer_to``): the place right after "إلى" behind a word of
  moving ("نقل السفارة إلى القدس"، "نقلوا الجرحى إلى مدينة عدن") is where something was moved to.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_places

_EMBASSY = "وقتل جنود الاحتلال عشرين فلسطينيا خلال احتجاجات الاثنين على حدود قطاع غزة بسبب نقل السفارة الأميركية الى القدس."
_EMBASSY_ONLY = "وقتل جنود الاحتلال عشرين فلسطينيا خلال احتجاجات الاثنين بسبب نقل السفارة الأميركية الى القدس."
_BODIES = "قتل ثلاثة جنود في انفجار عبوة ناسفة، ونقلت جثثهم إلى مدينة عدن."


def _names(offline_extract, text):
    return [a.location.name if a.location else None for a in offline_extract(text).attacks]


def test_embassy_moved_to_a_city_is_not_the_place(offline_extract):
    assert _names(offline_extract, _EMBASSY) == ["قطاع غزة"]
    assert "القدس" not in _names(offline_extract, _EMBASSY_ONLY)


def test_city_the_dead_were_taken_to_is_not_the_place(offline_extract):
    assert "عدن" not in _names(offline_extract, _BODIES)


def test_transfer_to_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_places, "TRANSFER_TO", False)
    assert "القدس" in _names(offline_extract, _EMBASSY_ONLY)
    assert "عدن" in _names(offline_extract, _BODIES)
