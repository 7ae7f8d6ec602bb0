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
