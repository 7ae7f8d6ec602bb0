"""Agreements, sixteenth pass: leaders standing for their states as parties. Sentences written for these tests (none
from the corpus).

A head of state or minister told by his title and his people's adjective ("العاهل الأردني"، "الرئيس التركي"، "وزيرا
الدفاع الأمريكي والعراقي") stands for his state as a side of what he signs, also when the gazetteer does not know
the adjective as a place; an Iraqi one for the federal government. A leader who welcomed the agreement is no party.

Joint rooms: two capitals standing for governments ("اتفقت بغداد وأربيل"، "بين أربيل وبغداد") are a room's members;
capitals that set a room up are not its place, while a capital after "في" still is.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_named


def _parties(extract, text):
    return [a.parties for a in extract(text).agreements]


def test_a_king_told_by_his_adjective_is_his_state(offline_extract):
    text = "ووقع الرئيس التونسي والعاهل الأردني في عمان أمس اتفاقية للتعاون الأمني وتبادل المعلومات بين البلدين."
    [parties] = _parties(offline_extract, text)
    assert sorted(parties) == sorted(["تونس", "الأردن"])


def test_a_president_told_by_his_adjective_is_his_state_not_the_forces_deployed(offline_extract):
    text = "وأبرم أمير الكويت والرئيس التركي اتفاقية دفاعية تسمح بنشر قوات تركية في الكويت."
    [parties] = _parties(offline_extract, text)
    assert parties == ["الكويت", "تركيا"]


def test_two_ministers_told_by_one_dual_title_and_two_adjectives(offline_extract):
    text = "ووقع وزيرا الدفاع البريطاني والعراقي مذكرة تفاهم لتدريب القوات العراقية على إزالة الألغام."
    [parties] = _parties(offline_extract, text)
    assert parties[0] == "بريطانيا"
    assert "الحكومة الاتحادية" in parties and "القوات الأمنية العراقية" not in parties


def test_a_leader_who_welcomed_the_agreement_is_no_party(offline_extract):
    text = ("وأشاد الرئيس الفرنسي بالاتفاق الأمني الذي وقعته تونس والجزائر أمس لضبط الحدود المشتركة "
            "ومكافحة التهريب.")
    for parties in _parties(offline_extract, text):
        assert "فرنسا" not in parties


@pytest.mark.parametrize("text", [
    "ووقع وزير المالية والسفير الفرنسي في تونس اتفاقية للتعاون العسكري وتدريب الضباط.",
    "ووقع رئيس اللجنة المالية والسفير الفرنسي في تونس اتفاقية للتعاون العسكري وتدريب الضباط.",
])
def test_a_ministry_or_a_financial_body_after_a_title_is_no_state(offline_extract, text):
    for parties in _parties(offline_extract, text):
        assert "مالي" not in parties


@pytest.mark.parametrize("text", [
    "ووقع الرئيس التونسي والعاهل الأردني في عمان أمس اتفاقية للتعاون الأمني وتبادل المعلومات بين البلدين.",
    "وأبرم أمير الكويت والرئيس التركي اتفاقية دفاعية تسمح بنشر قوات تركية في الكويت.",
])
def test_the_switch_off_loses_the_leaders_state(offline_extract, monkeypatch, text):
    monkeypatch.setattr(agreements_named, "LEADER_NISBA", False)
    [parties] = _parties(offline_extract, text)
    assert not ({"الأردن", "تركيا"} & set(parties))


# Joint rooms: capitals standing for governments are the room's members, not its place.

def _rooms(extract, text):
    return [(r.participants, r.location and r.location.name) for r in extract(text).joint_rooms]


def test_two_capitals_that_agree_on_a_room_are_its_members(offline_extract):
    text = "واتفقت بغداد وأربيل أمس على إنشاء غرفة عمليات مشتركة لملاحقة خلايا التنظيم."
    [(participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["الحكومة الاتحادية", "حكومة إقليم كوردستان"]


def test_two_capitals_after_between_are_the_rooms_members(offline_extract):
    text = "وقال ضابط إن غرفة تنسيق مشتركة بين أربيل وبغداد ستفتح الأسبوع المقبل في مخمور."
    [(participants, place)] = _rooms(offline_extract, text)
    assert sorted(participants) == sorted(["الحكومة الاتحادية", "حكومة إقليم كوردستان"])
    assert place == "مخمور"


def test_foreign_capitals_that_set_a_room_up_are_not_its_place(offline_extract):
    text = "وأعلنت طهران ودمشق إنشاء مركز تنسيق مشترك لمراقبة خطوط الإمداد."
    [(participants, place)] = _rooms(offline_extract, text)
    assert participants == ["إيران", "سوريا"]
    assert place not in {"طهران", "دمشق"}


def test_a_capital_written_as_the_place_stays_the_place(offline_extract):
    text = "وافتتحت في بغداد أمس غرفة عمليات مشتركة تضم الجيش والشرطة الاتحادية."
    [(participants, place)] = _rooms(offline_extract, text)
    assert place == "بغداد"
    assert "الحكومة الاتحادية" not in participants


def test_the_switch_off_loses_the_capitals(offline_extract, monkeypatch):
    from marsad.agent.offline import rooms_mentions

    monkeypatch.setattr(rooms_mentions, "CAPITAL_SIDES", False)
    text = "واتفقت بغداد وأربيل أمس على إنشاء غرفة عمليات مشتركة لملاحقة خلايا التنظيم."
    [(participants, _place)] = _rooms(offline_extract, text)
    assert participants == []


# States' adjectives the table lacked ("الهندي"، "صينية"، "الكوري الجنوبي"), and a minister's counterpart far before
# the agreement word.

def test_an_adjective_the_table_lacked_tells_its_state(offline_extract):
    text = "وأعلن مسؤول أن غرفة عمليات مشتركة صينية باكستانية تعمل منذ شهر لحماية طرق النقل."
    [(participants, _place)] = _rooms(offline_extract, text)
    assert participants == ["الصين", "باكستان"]


def test_a_korea_told_with_its_direction(offline_extract):
    text = "واستقبل وزير الدفاع الكندي نظيره الكوري الجنوبي في أوتاوا، ووقعا اتفاقا لتبادل المعلومات العسكرية."
    [parties] = _parties(offline_extract, text)
    assert parties == ["كندا", "كوريا الجنوبية"]


def test_the_ministers_state_before_his_counterpart_is_a_side(offline_extract):
    text = "واستقبل وزير الدفاع الإيطالي نظيره الهندي في روما أمس، ووقعا اتفاقا لتبادل المعلومات العسكرية."
    [parties] = _parties(offline_extract, text)
    assert parties == ["إيطاليا", "الهند"]


def test_a_country_name_is_no_adjective(offline_extract):
    from marsad.agent.offline.rooms_states import _nationals
    from marsad.core.arabic import normalize

    words = normalize("وزار وفد من إسبانيا وأوكرانيا المالية").split()
    assert _nationals(words, 0, len(words)) == []


@pytest.mark.parametrize("module,flag", [("rooms_states", "NISBA_FALLBACK"), ("agreements_named", "COUNTERPART_OF")])
def test_the_switches_off_lose_a_side(offline_extract, monkeypatch, module, flag):
    import importlib

    monkeypatch.setattr(importlib.import_module(f"marsad.agent.offline.{module}"), flag, False)
    text = "واستقبل وزير الدفاع الكندي نظيره الكوري الجنوبي في أوتاوا، ووقعا اتفاقا لتبادل المعلومات العسكرية."
    assert _parties(offline_extract, text) != [["كندا", "كوريا الجنوبية"]]


# A mention whose own sides are written after "بين" (bodies not known here) is another agreement: it does not join
# the one told before and give it its status.

_CABINET = ("ووافق مجلس الوزراء على تفويض وزير الداخلية بالتفاوض مع الجانب الموريتاني حول مشروع اتفاقية للتعاون "
            "الأمني بين حكومة المملكة وحكومة موريتانيا. وقرر المجلس أيضا إقرار مذكرة تفاهم بين "
            "هيئة الإغاثة السعودية والمنظمة الدولية للهجرة، الموقع عليها في الرياض.")


def test_a_draft_keeps_its_status_when_another_memorandum_follows(offline_extract):
    [record] = offline_extract(_CABINET).agreements
    assert record.parties == ["السعودية", "موريتانيا"]
    assert record.status == "proposed"


def test_the_switch_off_gives_the_draft_the_memorandums_status(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_find

    monkeypatch.setattr(agreements_find, "ONE_OF_BETWEEN", False)
    [record] = offline_extract(_CABINET).agreements
    assert record.status == "agreed"


# Entering into force told with an imperfect or future verb is still to come: agreed, not implementing.

@pytest.mark.parametrize("text,status", [
    ("واتفق الجيش والمتمردون أمس على وقف لإطلاق النار يدخل حيز التنفيذ خلال 48 ساعة.", "agreed"),
    ("ووقع الطرفان الأحد هدنة ستدخل حيز التنفيذ منتصف الليلة بين الجيش والمتمردين.", "agreed"),
    ("واتفق الجيش والمتمردون الشهر الماضي على وقف لإطلاق النار دخل حيز التنفيذ يوم الجمعة.", "implementing"),
])
def test_entering_into_force_to_come_is_agreed(offline_extract, text, status):
    [record] = offline_extract(text).agreements
    assert record.status == status


def test_the_switch_off_reads_it_in_force(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_status

    monkeypatch.setattr(agreements_status, "FUTURE_IN_FORCE", False)
    [record] = offline_extract("واتفق الجيش والمتمردون أمس على وقف لإطلاق النار يدخل حيز التنفيذ خلال 48 ساعة.").agreements
    assert record.status == "implementing"
