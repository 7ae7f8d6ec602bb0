"""Pass 52 (agree52): joint rooms; sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import rooms_members

_GOV_AND_COALITION = "وشكلت الحكومة اليمنية والتحالف العربي غرفة عمليات مشتركة في مأرب."
_TWO_MINISTRIES = "وأنشأت وزارة الدفاع العراقية ووزارة البيشمركة مركز تنسيق مشتركاً في أربيل."


def _participants(offline_extract, text: str) -> list[list[str]]:
    return [list(r.participants) for r in offline_extract(text, published="2019-05-09").joint_rooms]


def test_a_government_joined_to_another_side_sets_the_room_up(offline_extract):
    assert _participants(offline_extract, _GOV_AND_COALITION) == [["الحكومة اليمنية", "التحالف العربي"]]
    assert _participants(offline_extract, _TWO_MINISTRIES) == [["وزارة الدفاع", "وزارة البيشمركة"]]


def test_switched_off_the_government_is_left_out(offline_extract, monkeypatch):
    monkeypatch.setattr(rooms_members, "CONJOINED_GOVERNMENTS", False)
    assert _participants(offline_extract, _GOV_AND_COALITION) == [["التحالف العربي"]]
    assert _participants(offline_extract, _TWO_MINISTRIES) != [["وزارة الدفاع", "وزارة البيشمركة"]]


def test_a_ministry_announcing_alone_is_still_no_member(offline_extract):
    got = _participants(offline_extract, "وأعلنت وزارة الداخلية تشكيل غرفة عمليات مشتركة تضم الجيش والشرطة الاتحادية.")
    assert got and "وزارة الداخلية" not in got[0]
