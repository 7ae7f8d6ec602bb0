"""Pass 44: a verbal noun of killing after a word of attempting ("محاولة اغتيال X"، "حاول قتل X") takes who was to
be killed as the target (ATTEMPTED_KILLING), when that is written definite or annexed to a definite noun."""

from __future__ import annotations

from marsad.agent.offline import roles_objects, roles_targets


def _targets(offline_extract, text):
    return [a.target for a in offline_extract(text).attacks]


_TRIED = "أفادت مصادر محلية أن القيادي المسلح حاول قتل المواطن ناصر الجبري، غير أن الطلقة أصابت شقيقه وأردته قتيلا في مدينة إب."
_FOILED = "أصيب حارسان في محاولة اغتيال قائد الشرطة العسكرية بعبوة ناسفة في مدينة عدن صباح الثلاثاء."


def test_tried_to_kill_names_the_target(offline_extract):
    assert _targets(offline_extract, _TRIED) == ["المواطن ناصر الجبري"]


def test_attempted_assassination_names_the_target(offline_extract):
    assert _targets(offline_extract, _FOILED) == ["قائد الشرطة العسكرية"]


def test_clause_after_the_attempt_is_no_target(offline_extract):
    # negative: a relative clause on the attempt follows it, no one is named; the dead soldier stays the target
    text = "قتل جندي في محاولة اغتيال تبنتها جماعة مسلحة في مدينة عدن صباح الثلاثاء."
    assert _targets(offline_extract, text) == ["جندي"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "ATTEMPTED_KILLING", False)
    monkeypatch.setattr(roles_targets, "DEFINITE_PERSON_NAMED", False)  # (pass 63: it reads the named person too)
    assert _targets(offline_extract, _TRIED) != ["المواطن ناصر الجبري"]
