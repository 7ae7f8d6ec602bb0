"""Pass 44: an active verb of assassinating or executing (``object_verbs``: "اغتال"، "اغتالت"، "اغتالوا"، "أعدمت"،
"أعدموا") takes who was killed as its object, which is the target (GUIDELINES §4: who was attacked)."""

from __future__ import annotations


def _targets(offline_extract, text):
    return [a.target for a in offline_extract(text).attacks]


def test_assassinated_person_after_subject_and_day(offline_extract):
    text = "اغتال مسلحون مجهولون، مساء الاثنين، الشيخ صالح العمري في مدينة المكلا."
    assert _targets(offline_extract, text) == ["الشيخ صالح العمري"]


def test_assassinated_person_after_named_doer(offline_extract):
    text = "اغتالت حركة الشباب نائبا في البرلمان الصومالي في مدينة مقديشو صباح اليوم."
    assert _targets(offline_extract, text) == ["نائبا"]


def test_passive_unchanged(offline_extract):
    # negative: the passive "اغتيل" is not among the verbs; its subject is read as before
    text = "اغتيل ضابط في الاستخبارات بعبوة لاصقة في مدينة الموصل."
    assert _targets(offline_extract, text) == ["ضابط"]
