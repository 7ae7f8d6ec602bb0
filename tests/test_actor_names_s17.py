"""Actor names, session 17: a first name that begins with ل/ب/و/ف/ي is not always a glued preposition or
conjunction. Sentences written for the tests (names and numbers made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import actors_names


def _names(records) -> set[str]:
    return {a.name for a in records.actors}


@pytest.mark.parametrize(("text", "name"), [
    ("وقال وزير الدفاع البولندي بوغدان كرافتشيك إن بلاده سترسل سرية إضافية إلى البلطيق.", "بوغدان كرافتشيك"),
    ("وقال وزير الدفاع السويدي فيليكس هولمبرغ إن بلاده سترسل كتيبة إلى مالي.", "فيليكس هولمبرغ"),
    ("وأعلن السفير الألماني لدى بغداد لوتار شميدباور أن بلاده ستمول برنامجا لإزالة الألغام.", "لوتار شميدباور"),
    ("وقال قائد الشرطة الهولندية ويلبرت هوفمانس إن المشتبه به اعتقل قرب محطة القطارات.", "ويلبرت هوفمانس"),
])
def test_foreign_first_name_with_a_clitic_letter(offline_extract, text, name):
    assert name in _names(offline_extract(text))


def test_foreign_first_name_rule_off_misses_it(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_names, "_WHOLE_FIRST", False)
    actors_names._glued_first.cache_clear()
    r = offline_extract("وقال وزير الدفاع البولندي بوغدان كرافتشيك إن بلاده سترسل سرية إضافية إلى البلطيق.")
    actors_names._glued_first.cache_clear()
    assert "بوغدان كرافتشيك" not in _names(r)


@pytest.mark.parametrize("word", ["لإطلاق", "ومحمد", "بموسكو", "والقوات", "للشرطة", "وجبران", "بمناسبة", "لتعزيز",
                                  "ليصبح", "وبالتالي", "لبغداد"])
def test_glued_words_stay_glued(word):
    from marsad.core.arabic import normalize
    assert actors_names._glued_first(normalize(word))


@pytest.mark.parametrize("word", ["فلاديمير", "بوريس", "لوران", "وليام", "فيديريكا", "يوسي"])
def test_foreign_given_names_are_whole_words(word):
    from marsad.core.arabic import normalize
    assert not actors_names._glued_first(normalize(word))


@pytest.mark.parametrize("text", [
    "وقال الوزير الإسرائيلي برفقة المستوطنين إن الزيارة ستتكرر.",
    "وأشاد رئيس الاتحاد بمناقشة أوضاع اللعبة في الاجتماع الأخير.",
    "وقال المتحدث باسم الحكومة وزوجته فانيسا كانا في الموكب.",
])
def test_glued_word_after_a_title_is_no_name(offline_extract, text):
    names = _names(offline_extract(text))
    assert not any(n.startswith(("برفقة", "بمناقشة", "وزوجته")) for n in names), names
