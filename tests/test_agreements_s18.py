"""Agreements, eighteenth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 3910-3925): a truce agreed between a
head of state and the leader of an armed opposition had one party, the state, because every registry official
stood for his country; the leader of a movement (the registry's affiliation is an armed group or faction) now
stands for his movement. A cabinet's approval of an irrigation or tourism memorandum naming no side, told after a
truce, was cited as that truce; a mention of no side with no truce, security or war word now stands apart.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_find, agreements_sides


def _parties(extract, text):
    return [a.parties for a in extract(text).agreements]


@pytest.mark.parametrize(("text", "expected"), [
    ("اتفق الرئيس اليمني عبدربه منصور هادي وعبدالملك الحوثي، الأحد، على هدنة لمدة عشرة أيام في محافظة تعز تبدأ "
     "الأسبوع المقبل.", ["اليمن", "الحوثيين"]),
    ("اتفق رئيس الوزراء محمود عباس وإسماعيل هنية، الثلاثاء، على وقف لإطلاق النار في مدينة غزة يسري لمدة أسبوعين.",
     ["فلسطين", "حركة حماس"]),
])
def test_a_movement_leader_stands_for_his_movement_not_his_state(offline_extract, text, expected):
    assert _parties(offline_extract, text) == [expected]


def test_without_the_rule_the_leader_collapses_into_his_state(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_sides, "MOVEMENT_LEADERS", False)
    text = ("اتفق الرئيس اليمني عبدربه منصور هادي وعبدالملك الحوثي، الأحد، على هدنة لمدة عشرة أيام في محافظة تعز تبدأ "
            "الأسبوع المقبل.")
    assert _parties(offline_extract, text) == [["اليمن"]]


def test_a_head_of_state_still_stands_for_his_state(offline_extract):
    text = ("واتفق أوباما وأردوغان، خلال اتصال هاتفي الخميس، على تعزيز التعاون الأمني في مكافحة الإرهاب وتبادل "
            "المعلومات بين أجهزة البلدين.")
    [parties] = _parties(offline_extract, text)
    assert sorted(parties) == sorted(["الولايات المتحدة", "تركيا"])


_TRUCE_THEN_MEMO = ("وندد المجلس بخرق الحوثيين للهدنة الإنسانية التي دخلت حيز التنفيذ يوم الأحد الماضي على الحدود. "
                    "كما وافق المجلس على تفويض وزير الزراعة بالتباحث حول مشروع مذكرة تفاهم لتعاون البلدين في الري بين "
                    "وزارة الزراعة وهيئة المياه الوطنية والتوقيع عليه.")


@pytest.mark.parametrize(("apart", "cited"), [(True, 1), (False, 2)])
def test_a_memorandum_of_no_side_told_after_a_truce_is_not_the_truce(offline_extract, monkeypatch, apart, cited):
    monkeypatch.setattr(agreements_find, "TRUCE_APART", apart)
    [truce] = offline_extract(_TRUCE_THEN_MEMO).agreements
    assert truce.parties == ["الحوثيين"] and truce.agreement_type == "ceasefire"
    assert len(truce.citations) == cited
    assert all("الري" not in c.quote for c in truce.citations) or not apart
