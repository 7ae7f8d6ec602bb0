"""Pass 51 (placesb51): a place a thing was moved to is not where the attack happened. Every text here is written
for these tests.

* ``attacks_places.MOTION_TO_UNIT`` (``attacks.json`` ``arrival_ports``): a travel word's place may stand after a unit
  or port word ("وصول سفينة إلى ميناء عدن"، "للتوجه إلى مدينة عدن").
* ``attacks_places.TRANSFER_TO`` (``attacks.json`` ``transfer_to``): the place right after "إلى" behind a word of
  moving ("نقل السفارة إلى القدس"، "نقلوا الجرحى إلى مدينة عدن") is where something was moved to.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_places

_EMBASSY = "وقتل جنود الاحتلال عشرين فلسطينيا أثناء مسيرات يوم الاثنين عند حدود قطاع غزة بسبب نقل سفارة واشنطن الى القدس."
_EMBASSY_ONLY = "وقتل جنود الاحتلال عشرين فلسطينيا أثناء مسيرات يوم الاثنين بسبب نقل سفارة واشنطن الى القدس."
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


# -- a travel word's place after a unit or port word (attacks_places.MOTION_TO_UNIT, attacks.json arrival_ports) --

_PORT = "ومع وصول سفينة وقود إلى ميناء عدن صباح أمس، سقطت أربع قذائف أطلقها المتمردون على منازل السكان."
_HEADING = "واستهدف الطيران بغاراته أمس ألوية الحرس التي كانت تستعد للتوجه إلى مدينة عدن."


def test_port_a_ship_came_to_is_not_the_place(offline_extract):
    assert "عدن" not in _names(offline_extract, _PORT)


def test_city_troops_were_heading_to_is_not_the_place(offline_extract):
    assert "عدن" not in _names(offline_extract, _HEADING)


def test_motion_to_unit_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_places, "MOTION_TO_UNIT", False)
    assert "عدن" in _names(offline_extract, _PORT)
    assert "عدن" in _names(offline_extract, _HEADING)
