"""Pass 45: the person written as the subject of "لقي ... مصرعه/حتفه" is the attack's target (MET_DEATH_VICTIM), whether
written between the verb and the noun of death or right before the verb; a count, a group or a subject left in an
earlier clause gives none of this."""

from __future__ import annotations

from marsad.agent.offline import roles_victims


def _targets(offline_extract, text):
    return [a.target for a in offline_extract(text).attacks]


_BETWEEN = "لقي القيادي في الجماعة سعيد ناصر الوادي مصرعه مع أربعة من مرافقيه بغارة جوية في مديرية باقم."
_BEFORE = "وقالت مصادر محلية إن القيادي البارز المدعو مهدي الشريف، لقي مصرعه السبت في قصف مدفعي شرق مدينة حرض."


def test_victim_between_verb_and_death_noun(offline_extract):
    assert _targets(offline_extract, _BETWEEN) == ["القيادي في الجماعة سعيد ناصر الوادي"]


def test_victim_before_the_verb(offline_extract):
    assert _targets(offline_extract, _BEFORE) == ["القيادي البارز المدعو مهدي الشريف"]


def test_indefinite_title(offline_extract):
    text = "لقي قيادي بارز في الجماعة مصرعه بانفجار لغم أرضي في محافظة لحج مساء الخميس."
    assert _targets(offline_extract, text) == ["قيادي بارز في الجماعة"]


def test_subject_in_an_earlier_clause_is_not_read(offline_extract):
    # negative: "قبل أن يلقى مصرعه" has no subject of its own; the man before "أن" is the gunman, not a victim
    text = "وكان المسلح قد احتجز رهينة قبل أن يلقى مصرعه برصاص الشرطة في مدينة ليون."
    assert _targets(offline_extract, text) == [None]


def test_count_is_left_to_the_count_readers(offline_extract):
    # negative: a count of fighters is no person's title; the rule reads nothing there
    text = "لقي شخصان حتفهما في انفجار عبوة ناسفة في سوق شعبي ببعقوبة."
    assert _targets(offline_extract, text) == ["سوق شعبي"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_victims, "MET_DEATH_VICTIM", False)
    assert _targets(offline_extract, _BETWEEN) != ["القيادي في الجماعة سعيد ناصر الوادي"]
