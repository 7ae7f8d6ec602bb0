"""Pass 59 (fix59b): review fix on the room rules; sentences written for these tests, none from the corpus."""

from __future__ import annotations

# MEMBERS_BEFORE (narrowed): what the verb before the room lists must be members, not the forces' equipment --------------------------

_SCREENS = "وتضم غرفة العمليات شاشات كبيرة تنقل صور كاميرات الجيش والشرطة في شوارع عمان."


def _rooms(offline_extract, text: str):
    return offline_extract(text, published="2018-04-12").joint_rooms


def test_screens_of_the_forces_cameras_are_no_members(offline_extract):
    assert _rooms(offline_extract, _SCREENS) == []


def test_officers_counted_from_two_forces_are_members(offline_extract):
    (r,) = _rooms(offline_extract, "وتضم غرفة العمليات 40 ضابطا من الجيش والشرطة.")
    assert r.status == "established"


def test_leaders_after_the_rooms_place_are_members(offline_extract):
    text = "وتضم غرفة العمليات في محافظة نينوى قادة من الجيش والشرطة والحشد الشعبي."
    assert len(_rooms(offline_extract, text)) == 1
