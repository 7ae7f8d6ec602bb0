"""Joint rooms in real phrasing, ninth pass: sentences written for these tests (none from the corpus).

A room seen at work ("رصدت"، "تقود"، "تدير") is established; "قرب" is "soon" only before a verbal noun of
setting up ("قرب تفعيل"), elsewhere it is "near" ("قرب الحدود"); a joint command the registry knows by name
is a room when the text lists the forces of several states in it.
"""

from __future__ import annotations

import pytest


def _rooms(extract, text):
    return [(r.status, r.name, r.participants) for r in extract(text).joint_rooms]


@pytest.mark.parametrize("text", [
    "وقالت قيادة التحالف إن غرفة العمليات المشتركة رصدت تحركات للحوثيين قرب الحدود.",
    'وتقود غرفة عمليات "فتح حلب" التي تضم عدة فصائل الهجوم على المدينة.',
])
def test_a_room_seen_at_work_is_established(offline_extract, text):
    [(status, _name, _parties)] = _rooms(offline_extract, text)
    assert status == "established"


@pytest.mark.parametrize("noun", ["تفعيل", "افتتاح"])
def test_soon_before_setting_up_is_planned(offline_extract, noun):
    text = f"وأعلن المحافظ قرب {noun} غرفة العمليات المشتركة بين الجيش والبيشمركة في كركوك."
    [(status, _name, _parties)] = _rooms(offline_extract, text)
    assert status == "planned"


def test_a_known_command_shared_by_several_states_forces_is_a_room(offline_extract):
    text = "وتدار العمليات من قيادة العمليات المشتركة التي تضم القوات الأمريكية والبريطانية والعراقية."
    [(status, name, parties)] = _rooms(offline_extract, text)
    assert (status, name) == ("established", "قيادة العمليات المشتركة")
    assert "القوات الأمريكية" in parties


@pytest.mark.parametrize("text", [
    "وأكد المتحدث باسم قيادة العمليات المشتركة العراقية أن القوات حررت ثلاث قرى.",
    "وقالت قيادة العمليات المشتركة التي تضم الجيش والشرطة والحشد الشعبي إن القوات حررت ثلاث قرى.",
])
def test_the_iraqi_joint_operations_command_alone_stays_an_actor(offline_extract, text):
    assert _rooms(offline_extract, text) == []
