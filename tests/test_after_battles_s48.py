"""A seizure's own place told before the battle noun it followed, a name the gazetteer lacks: pass 48.

"دخلت وحدات الجيش قرية X وثلاث تلال حولها بعد معارك": GUIDELINES §4 makes the fighting the incident; with no known
place in the frame, the name the seizure took is its place (``attacks_events.AFTER_BATTLE_NAMED``). Sentences written
for these tests; the names are made up. (Fighting over years and a seizure with no fighting, which make no record at
all, are tests of pass 46: tests/test_after_battles_s46.py.)
"""

import pytest

from marsad.agent.offline import attacks_events, roles_sides

_TAKEN = "وبسطت وحدات من الجيش اليمني يدها يوم الأحد على منطقة الطوارف، إثر معارك شرسة خاضتها ضد الحوثيين."


def _battles(result):
    return [a for a in result.attacks if a.attack_type == "armed_assault"]


@pytest.mark.parametrize(("text", "place"), [
    (_TAKEN, "الطوارف"),
    # a vague toll told after the battle keeps the record
    ("واستردت قوات الجيش اليمني تلالا في منطقة الطوارف بعد معارك ضارية مع جماعة الحوثي التي خسرت كثيرا "
     "من مقاتليها بين قتيل وجريح.", "الطوارف"),
    # a known place told right after it holds it: the taken place is the battle's, within it (pass 49,
    # attacks_events.SEIZED_HELD; before, the known district was the place)
    ("واستردت قوات الجيش اليمني منطقة الطوارف في مديرية صرواح بعد معارك ضارية مع جماعة الحوثي.", "الطوارف"),
    # a two-word name stops before the word of after
    ("واستعادت وحدات الجيش اليمني منطقة بئر السلايم بعد معارك شرسة مع جماعة الحوثي.", "بئر السلايم"),
])
def test_the_place_taken_before_the_battle_noun_is_the_battle_place(offline_extract, text, place):
    (attack,) = _battles(offline_extract(text))
    assert attack.location is not None and attack.location.name == place


def test_the_rule_keeps_to_its_own_switch(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_sides, "AFTER_BATTLE_DOER", False)
    (attack,) = _battles(offline_extract(_TAKEN))
    assert attack.location is not None and attack.location.name == "الطوارف"


def test_a_place_people_fled_to_is_no_battle_place(offline_extract):
    text = "ونزحت عشرات الأسر إلى منطقة الطوارف بعد معارك شرسة بين الجيش اليمني وجماعة الحوثي."
    assert all(a.location is None or a.location.name != "الطوارف" for a in offline_extract(text).attacks)


def test_a_planned_advance_is_no_incident(offline_extract):
    text = "وتستعد وحدات الجيش اليمني للتقدم نحو منطقة الطوارف خلال الأيام المقبلة."
    assert _battles(offline_extract(text)) == []


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "AFTER_BATTLE_NAMED", False)
    assert _battles(offline_extract(_TAKEN)) == []


def test_a_seizure_told_with_ila_keeps_its_place(offline_extract):
    text = "وأضافت قوات الجيش اليمني إلى سيطرتها منطقة الطوارف بعد معارك شرسة مع جماعة الحوثي."
    (attack,) = _battles(offline_extract(text))
    assert attack.location is not None and attack.location.name == "الطوارف"
