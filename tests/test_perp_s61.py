"""Pass 61 (perp61): doers and targets the offline rules missed or misread on the development slice. Sentences
written for these tests (no corpus text):

* "على" that opens a fixed phrase ("على طول"، "على خلفية"، "على مدى") names no target, in the general object reader
  as in the one past the means (a bug fix, no switch);
* the verbal noun "تسميم" takes the person poisoned as its target (``roles_objects.POISONED_OBJECT``);
* "فصيل"/"فصائل" after a verb of abducting is its subject, not who was taken (``kidnap_subject_nouns``);
* a day told between an attack noun and its relative clause ("هجوم، الأحد، الذي نفذته ...") does not hide the "على"
  of what it hit (a bug fix, no switch);
* a word of belonging with its "لـ"/"بـ" written apart before a quoted group ('تابعون لـ"الجماعة"') still ties the
  men to the group (a bug fix, no switch);
* an object ends before a word of height ("أسفل")، a verb of the toll ("أوقع") or "أن", and a span cut right after a
  preposition drops it (narrowings, no switch).
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects


def _records(offline_extract, text: str) -> list[tuple[str | None, str | None]]:
    return [(a.perpetrator, a.target) for a in offline_extract(text).attacks]


def _target(offline_extract, text: str) -> str | None:
    (attack,) = offline_extract(text).attacks
    return attack.target


@pytest.mark.parametrize("text", [
    "قتل أربعة مزارعين في قصف بالقذائف على طول الطريق الزراعي جنوب بلدة الكرامة.",
    "أصيب سبعة عمال في قصف مدفعي على طول الخط الحديدي شرق بلدة الكرامة.",
    "قتل ثلاثة أشخاص في هجوم بالسكاكين على خلفية نزاع قديم على الأرض في بلدة الكرامة.",
])
def test_a_fixed_phrase_after_on_names_no_target(offline_extract, text):
    target = _target(offline_extract, text)
    assert target is None or not target.startswith(("طول", "خلفية"))


def test_the_object_after_on_is_still_read(offline_extract):
    assert _target(offline_extract, "قتل أربعة مزارعين في قصف بالقذائف على مستودع للحبوب في بلدة الكرامة.") \
        == "مستودع للحبوب"


POISONED = "قالت الشرطة إنها تحقق في تسميم ضابط سابق في الاستخبارات داخل منزله في برلين."
POISONED_ACCUSED = "اتهمت لندن أجهزة أجنبية بتسميم المعارض الروسي في لندن الشهر الماضي."


def test_the_person_poisoned_is_the_target(offline_extract, monkeypatch):
    assert _target(offline_extract, POISONED) == "ضابط سابق"
    assert _records(offline_extract, POISONED_ACCUSED) == [(None, "المعارض الروسي")]  # the accused is no doer
    monkeypatch.setattr(roles_objects, "POISONED_OBJECT", False)
    assert _target(offline_extract, POISONED) is None


def test_poisoning_the_air_opens_no_target(offline_extract):
    # "تسميم الأجواء" is a figure of speech: no poisoning frame, no record
    assert offline_extract("حذر الوزير من تسميم الأجواء بين البلدين قبل القمة المقبلة.").attacks == []


KIDNAP_UNIT = "وخطف فصيل من حركة الشباب أربعة مهندسين من موقع بناء في جنوب الصومال الأسبوع الماضي."


def test_a_faction_after_the_kidnap_verb_is_its_subject(offline_extract):
    records = _records(offline_extract, KIDNAP_UNIT)
    assert records and all(t != "فصيل" for _, t in records)
    assert records[0][0] == "حركة الشباب"


def test_a_day_before_the_relative_clause_keeps_the_object(offline_extract):
    text = ("وقال متحدث عسكري إن هجوم، الأحد، الذي شنته القوات الأمريكية على اجتماع لقادة الحركة أسفر عن سقوط 14 "
            "قتيلا.")
    assert _records(offline_extract, text) == [("القوات الأمريكية", "اجتماع لقادة الحركة")]


@pytest.mark.parametrize("text", [
    'قتل مهندس على يد مسلحين تابعين لـ"حركة الشباب" قرب مدينة بلدوين.',
    'أعلنت أسرة المهندس مقتله بعد شهر على خطفه من قبل خلية مرتبطة بـ"حركة الشباب" قرب بلدوين.',
])
def test_a_detached_lam_before_a_quoted_group_ties_the_men_to_it(offline_extract, text):
    assert [p for p, _ in _records(offline_extract, text)] == ["حركة الشباب"]


@pytest.mark.parametrize(("text", "expected"), [
    # a place word of height ("أسفل"، "أعلى"، "فوق"، "تحت") ends the object (object_stops)
    ("قصفت طائرات التحالف مخزنا للأسلحة أسفل جبل الصقر في مديرية نهم، ما أدى إلى مقتل 4 مسلحين.", "مخزنا للأسلحة"),
    # a verb telling the toll after the object ends it (object_tail_verbs)
    ("وقالت الشرطة إن هجوما على حافلة للركاب أوقع 6 قتلى في ضواحي المدينة.", "حافلة للركاب"),
    # a span cut right after a preposition drops it (DANGLING_COUNT's second case)
    ("دمرت طائرات التحالف دبابة وعربة عسكرية ومدرعة قديمة مع طاقمها في مديرية نهم.", "دبابة وعربة عسكرية ومدرعة قديمة"),
])
def test_the_object_ends_before_a_word_that_is_no_part_of_it(offline_extract, text, expected):
    assert _target(offline_extract, text) == expected


@pytest.mark.parametrize("text", [
    "وهاجم رجلان محتجين سلميين أمام السفارة ما أدى إلى إصابة 3 أشخاص.",
    "وهاجم رجل محتجين سلميين أمام السفارة ما أدى إلى إصابة 3 أشخاص.",
])
def test_a_man_after_the_attack_verb_is_its_subject(offline_extract, text):
    # "رجل"/"رجلان" right after a finite attack verb is who attacked (subject_nouns), not part of what was hit
    assert _target(offline_extract, text).startswith("محتجين سلميين")


def test_a_man_told_as_the_victim_stays_out_of_the_object(offline_extract):
    assert _target(offline_extract, "أطلق مهاجم النار على مصلين داخل مسجد في المدينة فقتل 5 منهم.") == "مصلين"


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود على يد مسلحين من حركة الشباب قرب مقديشو.",
    "قتل ثلاثة جنود على أيدي عناصر من حركة الشباب قرب مقديشو.",
])
def test_men_of_a_group_after_by_the_hand_of_are_the_doers(offline_extract, text):
    # "على يد/أيدي" names whose hand did it: the men after it are the doers (MEMBER_OBJECT no longer reads "على" there
    # as an aim), and neither they nor their group is the target (the "على" cue of a target is not read before "يد")
    assert _records(offline_extract, text) == [("حركة الشباب", "جنود")]


def test_men_of_a_group_a_strike_aimed_at_stay_its_target(offline_extract):
    assert _records(offline_extract, "شنت الطائرات غارة على مسلحين من حركة الشباب قرب مقديشو.") \
        == [(None, "مسلحين من حركة الشباب")]


@pytest.mark.parametrize("text", [
    "استهدف شخص مجهول دورية للشرطة بعبوة ناسفة في مدينة البصرة ما أدى إلى إصابة 4 من عناصرها.",
    "هاجم رجل مسلح دورية للشرطة بسكين في مدينة البصرة ما أدى إلى إصابة 4 من عناصرها.",
    "هاجم شابان ملثمان دورية للشرطة بالحجارة في مدينة البصرة ما أدى إلى إصابة 4 من عناصرها.",
])
def test_the_adjective_of_an_indefinite_subject_noun_stays_out_of_the_object(offline_extract, text):
    # "شخص مجهول"، "رجل مسلح"، "شابان ملثمان": the subject noun's own indefinite adjective (subject_noun_adjectives)
    # is still the subject, not the first word of what was hit (review61 finding 11)
    target = _target(offline_extract, text)
    assert target.startswith("دورية")


def test_an_indefinite_word_after_a_definite_subject_noun_is_the_object(offline_extract):
    # after a definite subject noun an indefinite "مسلحون" is no adjective of it: it stays (part of) what was hit
    target = _target(offline_extract, "قصفت الطائرات مسلحون يتحصنون في مبنى مهجور غرب المدينة فقتلت 6 منهم.")
    assert target is not None and target.startswith("مسلح")
