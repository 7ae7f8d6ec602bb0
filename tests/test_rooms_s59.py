"""Pass 59 (agree59): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import rooms_mentions, rooms_records

# SPEAKER_WINDOW: a room that speaks is operating; what it announces starts no room ------------------------------------

_BATTLE = "وأعلنت غرفة عمليات «نصر الوادي» المشتركة بدء معركة جديدة في ريف حماة الشمالي."


def _statuses(offline_extract, text: str) -> list[str]:
    return [r.status for r in offline_extract(text, published="2018-04-12").joint_rooms]


def test_a_room_announcing_a_battle_is_established(offline_extract):
    assert _statuses(offline_extract, _BATTLE) == ["established"]


def test_a_room_whose_forming_is_announced_is_planned(offline_extract):
    text = "وأعلنت الفصائل المسلحة في ريف حماة تشكيل غرفة عمليات مشتركة لصد الهجوم."
    assert _statuses(offline_extract, text) == ["planned"]


def test_switched_off_the_battle_announced_makes_it_planned(offline_extract, monkeypatch):
    monkeypatch.setattr(rooms_records, "SPEAKER_WINDOW", False)
    assert _statuses(offline_extract, _BATTLE) == ["planned"]


# MEMBERS_BEFORE: the verb listing the members may come before the room --------------------------------------------------

_VERB_FIRST = "وتضم غرفة العمليات المركزية في العاصمة ضباطا من الحشد الشعبي والجيش والشرطة الاتحادية."


def _rooms(offline_extract, text: str):
    return offline_extract(text, published="2018-04-12").joint_rooms


def test_members_listed_verb_first_make_a_joint_room(offline_extract):
    (r,) = _rooms(offline_extract, _VERB_FIRST)
    assert (r.status, len(r.participants)) == ("established", 3)


def test_taking_part_in_a_room_verb_first(offline_extract):
    text = "ويشارك في غرفة العمليات ممثلون عن الجيش والشرطة وجهاز الأمن الوطني لتأمين مراكز الاقتراع."
    assert len(_rooms(offline_extract, text)) == 1


def test_a_room_holding_equipment_is_none(offline_extract):
    assert _rooms(offline_extract, "وتضم غرفة العمليات الجديدة شاشات عرض حديثة وأجهزة اتصال متطورة.") == []


def test_one_agencys_staff_verb_first_is_none(offline_extract):
    assert _rooms(offline_extract, "وتضم غرفة عمليات الدفاع المدني عشرين موظفا يعملون على مدار الساعة.") == []


def test_switched_off_members_verb_first_give_no_room(offline_extract, monkeypatch):
    monkeypatch.setattr(rooms_mentions, "MEMBERS_BEFORE", False)
    assert _rooms(offline_extract, _VERB_FIRST) == []
