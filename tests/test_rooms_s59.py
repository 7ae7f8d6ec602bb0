"""Pass 59 (agree59): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import rooms_records

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
