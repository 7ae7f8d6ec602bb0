"""Mends of pass 52's KIDNAP_OBJECT (review52 H1, H2): a group noun told after a finite verb of abducting is its
subject, never part of who was taken (``roles_objects.KIDNAP_SUBJECT_GROUP``).

Sentences written for these tests (names, places and numbers are made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects

_GROUP_SUBJECT = [
    ("واختطفت الميليشيات أربعين راكبا عند حاجز على مدخل مدينة ذمار.", "أربعين راكبا"),
    ("واختطفت عصابة مسلحة فتاة من أمام منزلها في مدينة الموصل.", "فتاة"),
    ("واختطفت الجماعة مدير المدرسة من مكتبه في مدينة ذمار.", "مدير المدرسة"),
    ("واختطف عناصر من تنظيم القاعدة شرطيا في مدينة المكلا.", "شرطيا"),
]


@pytest.mark.parametrize(("text", "taken"), _GROUP_SUBJECT)
def test_a_group_after_the_verb_is_the_kidnapper(offline_extract, monkeypatch, text, taken):
    (a,) = offline_extract(text).attacks
    assert a.attack_type == "kidnapping"
    assert a.target == taken
    monkeypatch.setattr(roles_objects, "KIDNAP_SUBJECT_GROUP", False)
    (a,) = offline_extract(text).attacks
    assert a.target != taken


def test_a_group_taken_after_a_named_kidnapper_stays(offline_extract):
    (a,) = offline_extract("واختطف الحوثيون عناصر من الجيش في مدينة تعز.").attacks
    assert a.target == "عناصر من الجيش"


_JOINED = [
    ("واختطف مسلحون مجهولون المهندس وائل الشرعبي من أمام منزله في مدينة تعز.", "المهندس وائل الشرعبي"),
    ("واختطف مسلحون مجهولون وسام القدسي من أمام منزله في مدينة تعز.", "وسام القدسي"),
    ("واختطف مسلحون طبيبا وممرضا في مدينة تعز.", "طبيبا وممرضا"),
]


@pytest.mark.parametrize(("text", "taken"), _JOINED)
def test_a_name_or_a_second_victim_with_waw_is_taken_too(offline_extract, monkeypatch, text, taken):
    (a,) = offline_extract(text).attacks
    assert a.target == taken
    monkeypatch.setattr(roles_objects, "KIDNAP_CUT_VERB", False)
    (a,) = offline_extract(text).attacks
    assert a.target != taken


def test_a_pronoun_after_lam_names_no_one(offline_extract, monkeypatch):
    text = "وناشدت العائلة الإفراج عن ابنها بعد اختطاف الحوثيين له في مدينة إب."
    (a,) = offline_extract(text).attacks
    assert a.target is None
    monkeypatch.setattr(roles_objects, "KIDNAP_CUT_VERB", False)
    (a,) = offline_extract(text).attacks
    assert a.target is not None


def test_a_second_verb_with_waw_still_ends_the_object(offline_extract):
    (a,) = offline_extract("واختطف مسلحون سيارة إسعاف واقتادوها إلى جهة مجهولة في مدينة سرت.").attacks
    assert a.target == "سيارة إسعاف"


def test_a_verb_the_list_does_not_know_still_ends_the_object(offline_extract):
    (a,) = offline_extract("وفي عام 2015 خطف مسلح حافلة ودهس بها المارة في سوق بمدينة ليون.").attacks
    assert a.target == "حافلة"
