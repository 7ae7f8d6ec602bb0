"""Agreements, eighteenth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 3910-3925): a truce agreed between a
head of state and the leader of an armed opposition had one party, the state, because every registry official
stood for his country; the leader of a movement (the registry's affiliation is an armed group or faction) now
stands for his movement.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_sides


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
