"""Persons and roles (pass 66): a role ends before a word of time ("مساء الأربعاء"، "حاليا"، "منذ") or a reported
clause ("بأن"); a role read back across "فإن" begins after it; a "name" whose first two words are common vocabulary
is a clause, not a person. Sentences written for the tests."""

from __future__ import annotations

import pytest


def _persons(offline_extract, text):
    return {a.name: a for a in offline_extract(text).actors if a.type in {"official", "other"}}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("وقال الدكتور سامي العنزي المتحدث باسم وزارة الصحة مساء الأربعاء إن ثلاثة أشخاص لقوا حتفهم في الحادث.",
         "سامي العنزي", "المتحدث باسم وزارة الصحة"),
        ("وقال ماجد بن حمود الشمري، قائد قوات الطوارئ حاليا، إن الوحدات جاهزة للانتشار.", "ماجد بن حمود الشمري",
         "قائد قوات الطوارئ"),
        ("وأوضح فهد بن سالم الدوسري مدير إدارة الدفاع المدني بأن الفرق أخلت المبنى بالكامل.", "فهد بن سالم الدوسري",
         "مدير إدارة الدفاع المدني"),
        ("وبحسب الوزير فإن الرئيس الفرنسي فرانسوا هولاند كان واضحا في موقفه.", "فرانسوا هولاند", "الرئيس الفرنسي"),
    ],
)
def test_role_ends_at_time_or_clause(offline_extract, text, name, role):
    persons = _persons(offline_extract, text)
    assert name in persons, persons
    assert persons[name].role == role


def test_vocabulary_clause_is_no_person(offline_extract):
    persons = _persons(offline_extract, "وقال مسؤول بالبيت الأبيض تحدث شريطة عدم الكشف عن اسمه إن القرار نهائي.")
    assert not any(n.startswith("تحدث") for n in persons), persons


@pytest.mark.parametrize(
    ("name", "clause"),
    [("تحدث شريطة", True), ("أعرب خلاله", True), ("سلامة السلامة", False), ("بان كي مون", False),
     ("هيكل حنتف", False), ("جبر مشعاب", False), ("محمد ثابت", False)],
)
def test_vocabulary_start(name, clause):
    from marsad.agent.offline.actors_names import _vocabulary_start
    from marsad.core.arabic import normalize

    assert _vocabulary_start(normalize(name).split()) is clause
