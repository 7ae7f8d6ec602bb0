"""Pass 58 (fixext58): sentences written for these tests, none from the corpus.

- ``frames.AIRCRAFT_DROP``: within ``frames.AIRCRAFT_FLIGHT``, aircraft that drop or throw a munition ("ألقت"/
  "أسقطت" with barrels, bombs, rockets or a load after it) strike; a munition the aircraft carries is no load dropped.
- ``frames.AIRCRAFT_STRUCK``: within ``frames.AIRCRAFT_FLIGHT``, a verb of striking in the sentence keeps the strike.
"""

from __future__ import annotations

from marsad.agent.offline import frames

DAY = "2021-08-14"

BARRELS = "وألقت طائرات حربية ثلاثة براميل متفجرة فوق حي البساتين في بلدة الكرمة مساء السبت."
DRONE_BOMBS = "وأسقطت طائرة مسيرة قنبلتين صغيرتين على نقطة حراسة عند مدخل قرية العين الزرقاء."
FLEW_THEN_THREW = "وحلقت طائرات حربية مجهولة فوق وادي الصفصاف ساعات ثم ألقت صواريخ على مزرعة مهجورة هناك."
DRONE_CARRYING = "وأسقط الدفاع الجوي طائرة مسيرة محملة بالمتفجرات فوق ضواحي بلدة الكرمة مساء السبت."
LEAFLETS = "وأسقطت طائرات عسكرية آلاف المنشورات فوق بلدة الكرمة تطالب السكان بالابتعاد عن المعسكر."
SPOTTED_THEN_HIT = "ورصدت طائرة مسيرة قافلة صغيرة عند أطراف وادي الصفصاف ثم استهدفتها مساء السبت."
SPOTTED_ONLY = "ورصدت طائرة مسيرة قافلة صغيرة عند أطراف وادي الصفصاف مساء السبت."


def _kinds(offline_extract, text: str) -> list[str]:
    return [a.attack_type for a in offline_extract(text, published=DAY).attacks]


def test_aircraft_dropping_a_munition_strike(offline_extract, monkeypatch):
    for text in (BARRELS, DRONE_BOMBS, FLEW_THEN_THREW):
        assert _kinds(offline_extract, text) == ["airstrike"], text
    monkeypatch.setattr(frames, "AIRCRAFT_DROP", False)
    for text in (DRONE_BOMBS, FLEW_THEN_THREW):
        assert _kinds(offline_extract, text) == [], text


def test_a_carried_munition_or_leaflets_are_no_strike(offline_extract):
    assert _kinds(offline_extract, DRONE_CARRYING) == []
    assert _kinds(offline_extract, LEAFLETS) == []


def test_aircraft_that_spot_then_strike_strike(offline_extract, monkeypatch):
    assert _kinds(offline_extract, SPOTTED_THEN_HIT) == ["airstrike"]
    assert _kinds(offline_extract, SPOTTED_ONLY) == []
    monkeypatch.setattr(frames, "AIRCRAFT_STRUCK", False)
    assert _kinds(offline_extract, SPOTTED_THEN_HIT) == []
