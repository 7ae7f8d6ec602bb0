"""Attacks and casualties, session 22: the victims an active kill verb names after its subject -- a feminine person
noun (no accusative alif), a person named with no title, or persons listed after "كل من". Sentences written for the
tests (names, places, days and numbers made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import casualties_subjects

_CASES = [
    ("كما قتلت الميليشيات امرأة بشظايا قذيفة هاون أطلقتها على حي سكني في مدينة تعز.", 1),
    ("قتلت قوات الاحتلال فجر أمس خالد منصور من سكان بلدة عنبتا شرق طولكرم خلال مواجهات في البلدة.", 1),
    ("وأقدم مواطن على قتل كل من سامي وفادي ابني جاره بإطلاق النار عليهما في محافظة حفر الباطن أمس.", 2),
]


def _killed(offline_extract, text):
    found = offline_extract(text, published="2016-03-10")
    return [a.killed for a in found.attacks]


@pytest.mark.parametrize("text,n", _CASES)
def test_object_victims_counted(offline_extract, text, n):
    assert _killed(offline_extract, text) == [n]


@pytest.mark.parametrize("text,n", _CASES)
def test_switch_off_leaves_them_uncounted(offline_extract, monkeypatch, text, n):
    monkeypatch.setattr(casualties_subjects, "OBJECT_FEMININE_NAME", False)
    assert _killed(offline_extract, text) == [None]


def test_far_feminine_noun_is_no_object(offline_extract):
    text = "وتحدث التقرير عن استمرار قتل المدنيين في الجنوب حيث تظهر الصور طفلة تبكي أمام منزلها المدمر."
    assert 1 not in _killed(offline_extract, text)


def test_name_in_a_title_subject_is_no_second_victim():
    words = ["كذلك", "قتل", "القيادي", "الميداني", "سالم", "محمد", "العمري", "في", "المعارك"]
    assert casualties_subjects._object_after_subject(words, 2, len(words), set()) is None
