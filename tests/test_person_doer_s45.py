"""Pass 45: one of a group's men told as the doer, and a group's men as the pronoun of "أقدموا على"
(``roles_persons``). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_persons

HOUTHIS = "الحوثيين"


def test_leader_with_group_adjective_then_try_verb(frame_doers):
    text = "وذكر سكان أن المشرف الحوثي المدعو فارس المقدشي، حاول قتل التاجر منير الحداد في سوق مديرية العدين."
    assert HOUTHIS in frame_doers(text)


def test_try_or_undertake_verb_before_the_man(frame_doers):
    assert HOUTHIS in frame_doers("أقدم مسلح حوثي، الخميس، على قتل معلم أمام منزله في مديرية الرضمة.")
    assert HOUTHIS in frame_doers("حاول القيادي في ميليشيا الحوثي جابر العنسي اغتيال شيخ قبلي في مديرية حبيش.")


def test_the_man_killed_is_no_doer(frame_doers):
    doers = frame_doers("قتل القيادي الحوثي ياسر الضبياني في غارة جوية لمقاتلات التحالف بمديرية الصفراء.")
    assert HOUTHIS not in doers


def test_a_state_officials_adjective_names_no_group(frame_doers):
    doers = frame_doers("حاول مسؤول تركي سابق اغتيال صحافي معارض في مدينة غازي عنتاب.")
    assert HOUTHIS not in doers and "داعش" not in doers


def test_person_doer_switch(frame_doers, monkeypatch):
    monkeypatch.setattr(roles_persons, "PERSON_DOER", False)
    assert HOUTHIS not in frame_doers("أقدم مسلح حوثي، الخميس، على قتل معلم أمام منزله في مديرية الرضمة.")


GROUPS = ("نشرت حركة طالبان بيانا، فيما بث تنظيم داعش تسجيلا مصورا من ولاية كونار. ")


def test_members_of_the_group_noun_carry_the_undertaking(frame_doers):
    text = GROUPS + "وقال شهود إن ما جرى يشبه ما فعله عناصر التنظيم في الرقة، حيث أقدموا في شهر مارس الماضي على إعدام سبعة أسرى."
    assert frame_doers(text)[-1] == "داعش"


def test_group_noun_with_no_matching_name_stays_unread(frame_doers):
    text = GROUPS + "وقال شهود إن ما جرى يشبه ما فعله عناصر الجماعة في الرقة، حيث أقدموا في شهر مارس الماضي على إعدام سبعة أسرى."
    assert frame_doers(text)[-1] is None


def test_counted_dead_are_no_undertakers(frame_doers):
    text = GROUPS + "وأفاد مصدر بمقتل ستة من عناصر التنظيم، وقد أقدموا على إعدام رهينة."
    assert "داعش" not in frame_doers(text)[1:]


@pytest.mark.parametrize("on", [True, False])
def test_undertaker_switch(frame_doers, monkeypatch, on):
    monkeypatch.setattr(roles_persons, "UNDERTAKER_BEFORE", on)
    text = GROUPS + "وقال شهود إن ما جرى يشبه ما فعله عناصر التنظيم في الرقة، حيث أقدموا في شهر مارس الماضي على إعدام سبعة أسرى."
    assert (frame_doers(text)[-1] == "داعش") is on
