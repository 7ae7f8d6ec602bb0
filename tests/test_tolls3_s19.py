"""Session 19 (third tolls helper): counted groups joined by و before the casualty verb (agent/offline/
casualties_counts._conjoined_head, switch CONJOINED_BEFORE).

Read back from the verb, only the group nearest it was taken: militants there made the whole toll None ("N soldiers
and M militants were killed"), victims there left out the groups before them, and the part after the و of one
number ("seven thousand and 412") was read alone. Now the first group is read and summed as after the verb: the
militants stop the sum, victims are added. The sentences below are written for the tests.
"""

import pytest

from marsad.agent.offline import casualties_counts

_SOLDIERS_AND_MILITANTS = "وذكر بيان للجيش أن 4 جنود و9 مسلحين قتلوا في الهجوم على نقطة التفتيش قرب البلدة."
_SOLDIERS_AND_CIVILIANS = "وذكر مصدر طبي أن 4 جنود و9 مدنيين قتلوا في الهجوم على نقطة التفتيش قرب البلدة."
_THOUSANDS = "وأحصى المرصد في تقريره الأخير سبعة آلاف و 412 شخصا قتلوا خلال الغارات على المدينة."
_MILITANTS_FIRST = "وذكر بيان للجيش أن 9 مسلحين و4 جنود قتلوا في الهجوم على نقطة التفتيش قرب البلدة."
_SOLDIERS_AFTER_VERB = "وذكر بيان للجيش أنه قتل 4 جنود و9 مسلحين في الهجوم على نقطة التفتيش قرب البلدة."


@pytest.mark.parametrize(("text", "count"), [(_SOLDIERS_AND_MILITANTS, 4), (_SOLDIERS_AND_CIVILIANS, 13),
                                             (_THOUSANDS, 7412)])
def test_groups_joined_before_the_verb_read_from_the_first(text, count, frame_killed):
    assert frame_killed(text) == [count]


def test_the_same_as_after_the_verb(frame_killed):
    assert frame_killed(_SOLDIERS_AND_MILITANTS) == frame_killed(_SOLDIERS_AFTER_VERB) == [4]


@pytest.mark.parametrize(("text", "count"), [(_SOLDIERS_AND_MILITANTS, None), (_SOLDIERS_AND_CIVILIANS, 9),
                                             (_THOUSANDS, 412)])
def test_switch_off_reads_the_nearest_group(monkeypatch, text, count, frame_killed):
    monkeypatch.setattr(casualties_counts, "CONJOINED_BEFORE", False)
    assert frame_killed(text) == ([] if count is None else [count])


def test_militants_told_first_read_as_before(frame_killed):
    assert frame_killed(_MILITANTS_FIRST) == [4]
