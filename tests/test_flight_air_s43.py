"""Pass 43: the flight of a force's aircraft names the air force of the strikes told with it.

- roles_support (switch ``FLIGHT_AIR``): a word of flight (roles.json ``air_flight_words``: "تحليق") followed by an
  aircraft word and a force ("تحليق لطائرات التحالف"، "تحليقا مكثفا لطيران الاحتلال") names that air force, as a
  word of air support does; air strikes told after it with no doer of their own are its strikes
  ("... وسط تحليق لطائرات التحالف فوق الجبهة، وشن غارات").
- Not without an aircraft word ("تحليق التحالف"), and not when the strike names its own doer.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from marsad.agent.offline import roles_support

FLOWN = ("ودارت الاشتباكات وسط تحليق لطائرات التحالف فوق الجبهة، وشن ثلاث غارات ضربت آليات للمتمردين "
         "قرب مديرية الملاجم.")


def _doers(offline_extract, text: str) -> list[str | None]:
    return [a.perpetrator for a in offline_extract(text).attacks]


def test_strikes_told_with_the_flight_are_the_flying_force(offline_extract):
    assert _doers(offline_extract, FLOWN) == ["التحالف العربي"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_support, "FLIGHT_AIR", False)
    assert _doers(offline_extract, FLOWN) == [None]


def test_flight_needs_an_aircraft_word(offline_extract):
    text = FLOWN.replace("لطائرات التحالف", "التحالف")
    assert _doers(offline_extract, text) == [None]


def test_a_strike_with_its_own_doer_keeps_it(offline_extract):
    text = "وسط تحليق لطائرات التحالف الدولي، شن الطيران الروسي غارات على بلدة في ريف إدلب."
    assert _doers(offline_extract, text) == ["الجيش الروسي"]
