"""Pass 45: a person named before "الذي/التي" + a passive verb of killing with no object after it is the target
(RELATIVE_KILLED), from the nearest title; an object after the verb makes the man the killer, not a victim."""

from __future__ import annotations

from marsad.agent.offline import roles_victims


def _targets(offline_extract, text):
    return [a.target for a in offline_extract(text).attacks]


_COMMANDER = "أعلنت الجماعة مقتل قائد اللواء الثالث التابع لها، العميد سالم ناصر العبدلي، الذي قتل في معارك مع الجيش بمحافظة مأرب."
_LEADER = "وهو نجل الزعيم القبلي حسن ياسين الذي اغتيل في مايو 2009 في مدينة الموصل."


def test_title_and_name_before_the_relative(offline_extract):
    assert _targets(offline_extract, _COMMANDER) == ["العميد سالم ناصر العبدلي"]


def test_nearest_title_not_the_son(offline_extract):
    assert _targets(offline_extract, _LEADER) == ["الزعيم القبلي حسن ياسين"]


def test_object_after_the_verb_is_no_passive(offline_extract, monkeypatch):
    # negative: "الذي قتل 4 أشخاص" -- the man killed them; the rule reads nothing there
    text = "وكان الرجل الذي قتل 4 أشخاص في الهجوم قد اعتقل سابقا."
    on = _targets(offline_extract, text)
    monkeypatch.setattr(roles_victims, "RELATIVE_KILLED", False)
    assert _targets(offline_extract, text) == on


def test_speaker_before_that_is_not_read(offline_extract):
    # negative: the prosecutor who speaks before "أن" is not the one killed
    text = "وقال المدعي العام فرنسوا دولان أن ماهر الذي قتل في الهجوم كان معروفا للشرطة في مدينة ليون."
    assert all(t is None or "دولان" not in t for t in _targets(offline_extract, text))


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_victims, "RELATIVE_KILLED", False)
    assert _targets(offline_extract, _LEADER) != ["الزعيم القبلي حسن ياسين"]
