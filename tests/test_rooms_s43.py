"""Joint rooms, pass 43: long subjects, rooms belonging to several services, dual rooms and dual ministers.
Sentences written for these tests (none from the corpus).

A verb of setting up may stand far before its room when the doers between them are a long list ("أقامت الكويت
وقطر وعُمان غرفة عمليات"); a room told as belonging ("التابعة") to services named together or to a plural of
factions is shared; two rooms told by one dual noun comprise ("تضمان") the forces listed after them; two ministers
told by one dual noun and two states' adjectives set a room up for those two states.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import rooms_mentions


def _rooms(extract, text):
    return [(r.participants, r.location and r.location.name, r.status) for r in extract(text).joint_rooms]


def test_a_setting_up_verb_reaches_its_room_over_a_long_subject(offline_extract):
    text = "وأقامت الكويت وقطر وسلطنة عمان غرفة عمليات في الدوحة لمتابعة أمن الملاحة."
    [(participants, place, status)] = _rooms(offline_extract, text)
    assert set(participants) >= {"الكويت", "قطر"}
    assert place == "الدوحة"
    assert status == "established"


def test_a_long_subject_of_forces_makes_the_room_theirs(offline_extract):
    text = "وشكلت الشرطة الاتحادية وقوات الحشد الشعبي والجيش العراقي غرفة عمليات في بيجي."
    [(participants, place, _status)] = _rooms(offline_extract, text)
    assert participants == ["الشرطة الاتحادية", "الحشد الشعبي", "الجيش العراقي"]
    assert place == "بيجي"


@pytest.mark.parametrize("text", [
    # a preposition between the verb and the room: not one list of doers
    "وأنشأ الجيش العراقي في محيط بيجي وقوات الحشد غرفة عمليات لملاحقة المتسللين.",
    # one force as the doer, however long its name
    "وأنشأت قيادة شرطة محافظة ديالى الجديدة غرفة عمليات لاستقبال البلاغات.",
    # a room struck after a long subject
    "وقصفت الطائرات الحربية والمدفعية الثقيلة غرفة عمليات للمسلحين في الجرود.",
])
def test_no_room_without_several_doers_listed_before_it(offline_extract, text):
    assert _rooms(offline_extract, text) == []


def test_rooms_belonging_to_the_security_services_are_shared(offline_extract):
    text = "وتتابع غرف العمليات التابعة للأجهزة الأمنية سير الاقتراع في زحلة منذ الصباح."
    [(_participants, _place, _status)] = _rooms(offline_extract, text)


def test_a_room_belonging_to_factions_is_shared(offline_extract):
    text = "وتدار المعارك من غرفة العمليات التابعة لفصائل المعارضة في ريف اللاذقية."
    assert len(_rooms(offline_extract, text)) == 1


@pytest.mark.parametrize("text", [
    "وأعلنت غرفة العمليات التابعة للحوثيين عن هجوم على مواقع الجيش.",
    "وتلقت غرفة العمليات التابعة للدفاع المدني بلاغا عن حريق في مستودع.",
    "وقصفت المقاتلات غرفة العمليات التابعة للفصائل في ريف حماة.",
])
def test_one_body_s_room_or_a_struck_room_is_none(offline_extract, text):
    assert _rooms(offline_extract, text) == []


def test_two_rooms_told_by_a_dual_comprise_the_forces_listed(offline_extract):
    text = "وقال ضابط إن غرفتي العمليات في صلاح الدين وكركوك تضمان ضباطا من الجيش والشرطة الاتحادية."
    rooms = _rooms(offline_extract, text)
    assert [place for _p, place, _s in rooms] == ["صلاح الدين", "كركوك"]
    assert all(p == ["الجيش العراقي", "الشرطة الاتحادية"] for p, _place, _s in rooms)


def test_two_ministers_told_by_a_dual_set_the_room_up(offline_extract):
    text = "واتفق وزيرا الداخلية الأردني والعراقي على تشكيل غرفة عمليات مشتركة لضبط الحدود."
    [(participants, _place, status)] = _rooms(offline_extract, text)
    assert participants == ["الأردن", "العراق"]
    assert status == "planned"


@pytest.mark.parametrize("flag,text", [
    ("LONG_SUBJECT", "وأقامت الكويت وقطر وسلطنة عمان غرفة عمليات في الدوحة لمتابعة أمن الملاحة."),
    ("BELONGING_OWNER", "وتتابع غرف العمليات التابعة للأجهزة الأمنية سير الاقتراع في زحلة منذ الصباح."),
])
def test_switches_off_give_no_room(offline_extract, monkeypatch, flag, text):
    monkeypatch.setattr(rooms_mentions, flag, False)
    assert _rooms(offline_extract, text) == []


def test_the_factions_a_room_belongs_to_are_its_members(offline_extract):
    text = "وتدار المعارك من غرفة العمليات التابعة لفصائل المعارضة في ريف اللاذقية."
    [(participants, _place, _status)] = _rooms(offline_extract, text)
    assert participants == ["فصائل المعارضة"]
