"""Pass 45: "قتل" with its killer written right after it and then a definite person noun or title is active; that
person is the target (KILLED_OBJECT). The passive "قتل قناص ... في" and a counted object give none of this."""

from __future__ import annotations

from marsad.agent.offline import roles_victims


def _targets(offline_extract, text):
    return [a.target for a in offline_extract(text).attacks]


_SNIPER = "وقبل أسبوعين قتل قناص حوثي المصور الصحافي ماجد حسن الشرعبي في الجبهة الشرقية بمدينة تعز."


def test_killer_then_person(offline_extract):
    assert _targets(offline_extract, _SNIPER) == ["المصور الصحافي ماجد حسن الشرعبي"]


def test_day_between_killer_and_person(offline_extract):
    text = "قتل مسلحون مجهولون أمس الشاب أحمد الكعبي في مدينة البصرة."
    assert _targets(offline_extract, text) == ["الشاب أحمد الكعبي"]


def test_passive_gives_no_person(offline_extract, monkeypatch):
    # negative: "قُتل قناص حوثي في ..." -- the sniper is the one killed, no person follows him (KILLED_OBJECT reads
    # none; pass 53's COUNTED_NOUN_VICTIM reads the one killed, "قناص حوثي": tests/test_counted_noun_victim_s53.py)
    monkeypatch.setattr(roles_victims, "COUNTED_NOUN_VICTIM", False)
    text = "قتل قناص حوثي في جبهة نهم شرق صنعاء برصاص قوات الجيش."
    assert _targets(offline_extract, text) == [None]


def test_counted_object_left_to_the_count_readers(offline_extract):
    # negative: an indefinite counted object is no person's title; the site hit stays the target
    text = "قتل مسلحون 4 جنود بهجوم على نقطة تفتيش شرق بعقوبة."
    assert _targets(offline_extract, text) == ["نقطة تفتيش"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_victims, "KILLED_OBJECT", False)
    assert _targets(offline_extract, _SNIPER) != ["المصور الصحافي ماجد حسن الشرعبي"]
