"""Actors, pass 67: a given name that is also a people's adjective ("تركي": Turki, and Turkish) after an unnamed
official, with a common word after it ("مسؤول تركي رفض الكشف عن اسمه"), is the adjective and the sentence's verb,
no person; the same given name with a family name ("العقيد تركي الهاشمي") still is one. Sentences written for the
tests (names, places and numbers made up)."""

from __future__ import annotations


def _names(records) -> set[str]:
    return {a.name for a in records.actors}


def test_turkish_official_refusing_is_no_person(offline_extract):
    names = _names(offline_extract(
        "وقال مسؤول تركي رفض الكشف عن هويته إن الطائرات قصفت مواقع المسلحين قرب الحدود ليلة أمس."))
    assert not any(n.startswith("تركي") for n in names)


def test_turki_with_family_name_stays_a_person(offline_extract):
    names = _names(offline_extract(
        "وقال المتحدث باسم القوات، العقيد تركي الهاشمي، إن الدفاعات اعترضت صاروخا أطلق باتجاه مدينة جازان."))
    assert "تركي الهاشمي" in names


def test_foreign_given_name_with_ya_after_title(offline_extract):
    # "يوهان": ي is no preposition, so the rest of the word being a place's name ("وهان") makes no glued word
    names = _names(offline_extract(
        "وقال قائد القوات الأوروبية في مالي يوهان برانتسون إن دورية تعرضت لهجوم قرب مدينة غاو."))
    assert "يوهان برانتسون" in names


def test_ya_verb_after_title_is_no_name(offline_extract):
    names = _names(offline_extract(
        "وقال وزير الداخلية يرفض الحوار مع المسلحين قبل تسليم السلاح، بحسب بيان الوزارة."))
    assert not any(n.startswith("يرفض") for n in names)
