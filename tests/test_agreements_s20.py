"""Agreements, twentieth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 5030-5034): a standing agreement that a
side is said to keep to, or is urged to keep to ("أكد الالتزام باتفاق الهدنة"، "ضرورة التزام الطرفين بتلك
الاتفاقات"، "التمسك باتفاق السلام") is in force (GUIDELINES §7 implementing), but its status was read only from
life-cycle words ("agreed" from the bare noun). A word of keeping to that governs the agreement now says
implementing (switch agreements_status.ADHERE_IN_FORCE); a promise in the future, a past keeping of a truce that may
be over, or keeping on a condition ("طالما") does not.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_status


def _statuses(extract, text):
    return [a.status for a in extract(text).agreements]


@pytest.mark.parametrize("text", [
    "وأكد وزير الخارجية النرويجي مجددا الالتزام الكامل باتفاق وقف إطلاق النار في شمال مالي الذي وقعته الحكومة"
    " والحركات المسلحة قبل عامين.",
    "وشدد المبعوث على ضرورة التزام الحكومة والمتمردين ببنود اتفاق الهدنة الموقع في الخرطوم العام الماضي.",
    "وجدد رئيس البرلمان الصومالي تمسكه باتفاق التعاون الأمني الموقع مع كينيا لحماية الحدود المشتركة.",
])
def test_an_agreement_kept_to_is_in_force(offline_extract, text):
    assert _statuses(offline_extract, text) == ["implementing"]


def test_without_the_rule_the_bare_noun_says_agreed(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "ADHERE_IN_FORCE", False)
    text = ("وأكد وزير الخارجية النرويجي مجددا الالتزام الكامل باتفاق وقف إطلاق النار في شمال مالي الذي وقعته"
            " الحكومة والحركات المسلحة قبل عامين.")
    assert _statuses(offline_extract, text) == ["agreed"]


@pytest.mark.parametrize(("words", "i", "expected"), [
    (["اكد", "الالتزام", "الكامل", "باتفاق", "الهدنه"], 3, True),
    (["ضروره", "احترام", "الهدنه", "في", "الجنوب"], 2, True),
    (["التزام", "الحكومه", "بالتوصل", "الي", "اتفاق"], 4, False),  # to reach one: not in force
    (["ستلتزم", "باتفاق", "التهديه", "طالما", "التزم", "الاخر"], 1, False),  # a promise, on a condition
    (["التزمت", "بهدنه", "مع", "الحكومه"], 1, False),  # past: the truce may be over
])
def test_what_is_kept_to_is_the_agreement(words, i, expected):
    assert agreements_status._adhered(words, i) is expected
