"""Joint rooms in real phrasing, tenth pass: sentences written for these tests (none from the corpus)."""

from __future__ import annotations


def test_rooms_set_up_by_the_security_services_are_joint(offline_extract):
    # several services setting up rooms together (an election's security rooms, GUIDELINES §7)
    text = "وأنشأت الأجهزة الأمنية غرف عمليات في المحافظات لمواكبة الانتخابات البلدية."
    assert len(offline_extract(text).joint_rooms) == 1


def test_one_service_dispatch_room_is_still_no_joint_room(offline_extract):
    text = "وذكر المتحدث باسم الدفاع المدني أن غرفة العمليات تلقت ظهر اليوم بلاغا بنشوب حريق في مستودع."
    assert offline_extract(text).joint_rooms == []
