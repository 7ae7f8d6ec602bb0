"""Joint rooms, fifteenth pass: members told by states' adjectives. Sentences written for these tests (none from the
corpus).

A room made joint by the adjectives of several states ("غرفة عمليات مشتركة أردنية مصرية سعودية") has those states as
its members; bodies of two states told by one dual noun and two adjectives ("وزارتا الداخلية اللبنانية والسورية")
that set a room up are its members too. A pair of adjectives on anything else (a border) names no member.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import rooms_members


def _rooms(extract, text):
    return [(r.participants, r.location and r.location.name) for r in extract(text).joint_rooms]


def test_the_states_adjectives_of_the_room_are_its_members(offline_extract):
    text = "وذكر ضابط أن غرفة عمليات مشتركة أردنية مصرية سعودية في العقبة تعمل منذ شهرين لرصد التهريب."
    [(participants, place)] = _rooms(offline_extract, text)
    assert participants == ["الأردن", "مصر", "السعودية"]
    assert place == "العقبة"


def test_a_definite_chain_of_adjectives_names_the_members(offline_extract):
    text = "وافتتح في عمان مركز التنسيق المشترك الأردني الأمريكي لمراقبة الحدود الشمالية."
    [(participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["الأردن", "الولايات المتحدة"]


def test_one_adjective_names_no_members(offline_extract):
    text = "وأعلن مصدر أمني أن غرفة العمليات المشتركة العراقية باشرت عملها في تكريت."
    [(participants, _place)] = _rooms(offline_extract, text)
    assert len(participants) < 2


def test_two_ministries_told_by_a_dual_set_the_room_up(offline_extract):
    text = "وأعلنت وزارتا الداخلية اللبنانية والسورية تشكيل غرفة تنسيق مشتركة لضبط المعابر."
    [(participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["لبنان", "سوريا"]


def test_two_armies_told_by_a_dual_set_the_room_up(offline_extract):
    text = "واتفق الجيشان التركي والروسي على إنشاء مركز تنسيق مشترك لمراقبة وقف النار."
    [(participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["تركيا", "روسيا"]


def test_a_border_told_by_two_adjectives_is_no_member(offline_extract):
    text = "وعلى الحدود العراقية السورية شكل الحشد الشعبي والجيش العراقي غرفة عمليات مشتركة لتأمين المنافذ."
    [(participants, _place)] = _rooms(offline_extract, text)
    assert "سوريا" not in participants
    assert participants == ["الحشد الشعبي", "الجيش العراقي"]


@pytest.mark.parametrize("flag,text", [
    ("_NAMED_BY_ADJECTIVES", "وذكر ضابط أن غرفة عمليات مشتركة أردنية مصرية سعودية تعمل منذ شهرين في العقبة."),
    ("_SETTERS_BY_ADJECTIVES", "وأعلنت وزارتا الداخلية اللبنانية والسورية تشكيل غرفة تنسيق مشتركة لضبط المعابر."),
])
def test_each_rule_is_what_names_the_members(offline_extract, monkeypatch, flag, text):
    monkeypatch.setattr(rooms_members, flag, False)
    [(participants, _place)] = _rooms(offline_extract, text)
    assert participants == []
