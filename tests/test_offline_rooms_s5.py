"""Issue 12 item 5 (session 5): joint rooms with foreign and non-Iraqi parties, and rooms that are asked
about, denied, refused or said not to exist (no record). Sentences are written for these tests."""

from __future__ import annotations

import pytest


def rooms(extract, text: str):
    return extract(text, title=text[:20]).joint_rooms


@pytest.mark.parametrize("text", [
    "ولا توجد أي غرفة عمليات مشتركة بين الجيش اللبناني وحزب الله على الحدود.",
    "ونفى المتحدث وجود غرفة عمليات مشتركة مع حزب الله في القصير.",
    "هل هناك غرفة عمليات مشتركة بين روسيا وإسرائيل في سوريا؟",
    "ورفضت أنقرة اقتراحا أمريكيا بإنشاء غرفة عمليات مشتركة مع وحدات حماية الشعب.",
    "وقال الوزير إنه ليس هناك غرفة تنسيق مشتركة مع إيران.",
])
def test_a_room_asked_about_denied_refused_or_absent_is_none(offline_extract, text):
    assert rooms(offline_extract, text) == []


def test_a_room_agreed_by_two_foreign_armies_is_planned(offline_extract):
    [r] = rooms(offline_extract, "واتفق الجيش التركي والجيش الأمريكي على إنشاء غرفة عمليات مشتركة على الحدود.")
    assert r.status == "planned" and len(r.participants) == 2


def test_a_room_of_several_states_keeps_them_and_its_place(offline_extract):
    [r] = rooms(offline_extract, "أعلنت روسيا وإيران والعراق وسوريا إنشاء مركز معلومات مشترك في بغداد لتنسيق العمليات ضد داعش.")
    assert set(r.participants) >= {"روسيا", "إيران", "سوريا"}
    assert r.location is not None and r.location.country == "IQ"


def test_a_coordination_centre_opened_by_a_coalition_is_a_room(offline_extract):
    [r] = rooms(offline_extract, "افتتح التحالف العربي مركزا لتنسيق العمليات العسكرية في الرياض.")
    assert r.status == "established" and r.location is not None


def test_a_monitoring_centre_set_up_by_two_states_is_a_room(offline_extract):
    [r] = rooms(offline_extract, "وأعلنت روسيا والأردن إقامة مركز مراقبة في عمان لمتابعة الهدنة في جنوب سوريا.")
    assert set(r.participants) == {"روسيا", "الأردن"}


@pytest.mark.parametrize("text", [
    "وافتتحت وزارة الصحة مركزا لتنسيق حملات التطعيم في جدة.",
    "وافتتح الهلال الأحمر مركز مراقبة للطوارئ في الرياض.",
])
def test_one_agency_s_centre_is_no_room(offline_extract, text):
    assert rooms(offline_extract, text) == []


def test_members_told_by_their_peoples_adjectives(offline_extract):
    [r] = rooms(offline_extract, "وتدير غرفة عمليات مشتركة تضم ضباطا أمريكيين وأتراكا العمليات في منبج.")
    assert set(r.participants) == {"الولايات المتحدة", "تركيا"}
    [r] = rooms(offline_extract, "وقال مسؤول في مركز التنسيق المشترك بين الجيشين السوري والروسي إن القصف توقف.")
    assert set(r.participants) == {"سوريا", "روسيا"}


def test_a_named_force_s_adjective_adds_no_state(offline_extract):
    [r] = rooms(offline_extract, "وأعلنت قيادة العمليات تشكيل غرفة عمليات مشتركة تضم الجيش العراقي والحشد الشعبي في كركوك.")
    assert r.participants == ["الجيش العراقي", "الحشد الشعبي"]
