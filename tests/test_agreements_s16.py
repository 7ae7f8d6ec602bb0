"""Agreements, sixteenth pass: leaders standing for their states as parties. Sentences written for these tests (none
from the corpus).

A head of state or minister told by his title and his people's adjective ("العاهل الأردني"، "الرئيس التركي"، "وزيرا
الدفاع الأمريكي والعراقي") stands for his state as a side of what he signs, also when the gazetteer does not know
the adjective as a place; an Iraqi one for the federal government. A leader who welcomed the agreement is no party.
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
    "ووقع الرئيس التونسي والعاهل الأردني في عمان أمس اتفاقية للتعاون الأمني وتبادل المعلومات بين البلدين.",
    "وأبرم أمير الكويت والرئيس التركي اتفاقية دفاعية تسمح بنشر قوات تركية في الكويت.",
])
def test_the_switch_off_loses_the_leaders_state(offline_extract, monkeypatch, text):
    monkeypatch.setattr(agreements_named, "LEADER_NISBA", False)
    [parties] = _parties(offline_extract, text)
    assert not ({"الأردن", "تركيا"} & set(parties))
