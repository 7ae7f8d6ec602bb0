"""Persons, pass 69 (review of the name rules): the man named after an honorific or royal title with "ب" glued on
("التقى الوزير بالأمير فلان") is the object of the meeting, as after a glued "ل", so the title before is not his;
and a clause of time between a title and its name ("بعد اجتماعها"، "عقب جولته") is no part of the title.
Sentences written for the tests (names, places and numbers made up)."""

from __future__ import annotations


def _person(recs, name):
    return next((a for a in recs.actors if a.type in {"official", "other"} and a.name.endswith(name)), None)


def test_title_before_an_honorific_with_glued_b_is_not_his(offline_extract):
    recs = offline_extract("واجتمع وزير الداخلية بالشيخ مهند العبيدي رئيس مجلس عشائر الحويجة في مبنى الوزارة.")
    person = _person(recs, "مهند العبيدي")
    assert person is not None
    assert "وزير الداخلية" not in (person.role or "")
    assert not person.name.startswith("بال")


def test_title_before_a_known_royal_with_glued_b_is_not_his(offline_extract):
    recs = offline_extract("والتقى رئيس مجلس النواب بالأمير محمد بن سلمان في قصر السلام بجدة مساء الأحد.")
    person = _person(recs, "محمد بن سلمان")
    assert person is not None
    assert not (person.role or "").startswith("رئيس مجلس النواب")
    assert not person.name.startswith("بال")


def test_unknown_man_after_a_glued_honorific_keeps_his_own_title(offline_extract):
    recs = offline_extract("والتقى محافظ نينوى بالدكتور أحمد الشمري مدير صحة نينوى لبحث نقص الأدوية.")
    person = _person(recs, "أحمد الشمري")
    assert person is not None
    assert (person.role or "").startswith("مدير صحة نينوى")


def test_time_clause_between_title_and_name_is_no_part_of_the_title(offline_extract):
    recs = offline_extract("وقال رئيس خلية الإعلام بعد اجتماعها في البصرة سعد الحلفي إن الطرق مؤمنة.")
    person = _person(recs, "سعد الحلفي")
    assert person is not None
    assert person.role == "رئيس خلية الإعلام"
    recs = offline_extract("وأكد قائد شرطة ذي قار عقب جولته في الناصرية اللواء حازم الوائلي أن الأوضاع مستقرة.")
    person = _person(recs, "حازم الوائلي")
    assert person is not None
    assert person.role == "قائد شرطة ذي قار"
