"""Pass 67 (issue 13.2): a number word that states no count (a part of a counted group), the asked noun's
family (news names the answer of "أي حركة"، "ما اسم الفتى"، "في أي مناسبة"، "ما وتيرة"، "ماذا قدّم" by a sibling word),
and "ما الذي ... تسبب في" asking a cause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa.question_words import stated_numbers
from marsad.agent.qa.sentence_pick import asked_type, has_filler
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from tests.qa_claims import read_question


def _numbers(text: str) -> tuple[int, ...]:
    return stated_numbers(normalize(text), "ar")


def test_part_of_a_counted_group_states_the_group():
    # the part is no count the article repeats; the group's size is (it was dropped with the part)
    assert _numbers("أين اعتقل اثنان من المتهمين الأربعة بتهريب السلاح؟") == (4,)
    assert _numbers("هل قتل ثلاثة من الأربعين جنديا في الكمين؟") == (40,)


def test_counts_still_stated():
    assert _numbers("متى قتل أحد عشر جنديا في الكمين؟") == (11,)
    assert _numbers("أين قتل أربعة من عناصر التنظيم؟") == (4,)


def _fills(question: str, sentence: str) -> bool:
    q = read_question(question)
    return has_filler(q, asked_type(q), sentence, normalize(sentence), get_lexicon())


FAMILY = [
    ("ما الحركة التي قال زعيم الحزب إن البلاد لا تقوم بدونها؟",
     "وقال زعيم الحزب إن البلاد لا تقوم من دون انتفاضة الاستقلال التي خرجت قبل عقد."),
    ("ما اسم الفتى الذي توفي متأثرا بجروحه في مخيم الجلزون؟",
     "وأعلنت المصادر الطبية وفاة الطفل سامر يوسف متأثرا بجروح أصيب بها قبل أيام."),
    ("في أي مناسبة تحدث وزير الدفاع عن خطة تطوير الجيش؟",
     "وقال وزير الدفاع في حفل تخريج دفعة من الضباط إن الخطة تمضي وفق ما رسم لها."),
    ("ما وتيرة الرحلات التي سمحت بها السلطات بين المدينتين؟",
     "وسمحت السلطات بتسيير رحلة مرة واحدة كل أسبوعين بين المدينتين."),
    ("ماذا قدّم وزير الخارجية إلى رئيس البرلمان خلال زيارته؟",
     "وسلم الضيف رئيس البرلمان رسالة خطية من العاهل تتعلق بالعلاقات الثنائية."),
]


@pytest.mark.parametrize("question,sentence", FAMILY)
def test_family_word_names_the_asked_noun(question, sentence):
    assert _fills(question, sentence)


def test_family_word_needs_a_new_word_after_it():
    # the sibling word followed only by the question's own words fills nothing
    assert not _fills("ما اسم الفتى الذي توفي متأثرا بجروحه في مخيم الجلزون؟",
                      "وتوفي الطفل متأثرا بجروحه في مخيم الجلزون.")


def test_what_caused_asks_a_cause():
    question = "ما الذي قالت شركة الطيران إنه تسبب في الحادث الذي أعاد الطائرة إلى مطار الإقلاع؟"
    assert asked_type(read_question(question)) == ("why", ())
    assert _fills(question, "وأوضحت الشركة أن الحادث كان نتيجة عطل في أحد المحركات.")
    assert not _fills(question, "وعادت الطائرة إلى المطار بعد ساعة من إقلاعها.")


@pytest.mark.parametrize("question", ["ما الذي تسبب بانهيار الجسر القديم في الناصرية؟",  # ب glued
                                      "ماذا أدى إلى توقف محطة الكهرباء في الديوانية؟",  # ماذا alone
                                      "ما تسبب في إغلاق المعبر الحدودي ليومين؟",
                                      # a sayer and a date before the verb
                                      "ما الذي قالت وزارة النقل في آذار 2019 إنه تسبب في خروج القطار عن سكته؟"])
def test_what_caused_written_other_ways(question):
    assert asked_type(read_question(question)) == ("why", ())


def test_causing_verb_in_a_relative_clause_asks_no_cause():
    # what the governor said about the fire is asked, not the fire's cause
    question = "ما الذي قاله المحافظ عن الحريق الذي تسبب في مقتل خمسة عمال في المصنع؟"
    assert asked_type(read_question(question)) != ("why", ())


def test_giving_verb_steps_over_its_subject():
    # news writes the verb, its subject (named by the question), then what was given
    question = "ماذا قدم الوفد الكويتي خلال زيارته إلى بغداد؟"
    assert _fills(question, "وقدم الوفد الكويتي مقترحا لإنشاء لجنة مشتركة للحدود.")
    # "تقدم" is progress, no giving
    assert not _fills(question, "وأكد الجانبان تقدم المباحثات في ملف الديون.")


def test_frequency_is_told_by_its_shape():
    question = "ما وتيرة الدوريات المشتركة في الصحراء الغربية؟"
    assert not _fills(question, "وتفقد القائد مقر الفوج لأول مرة منذ تعيينه.")  # "for the first time"
    assert _fills(question, "وتنطلق الدوريات المشتركة ثلاث مرات في الأسبوع من قاعدة الحبانية.")


@pytest.mark.parametrize("sentence", ["وأصيب صبي آخر بجروح متوسطة في الاشتباك.",  # another boy: no name
                                      "وذكرت الأسرة أن الطفل كان عائدا إلى منزله بعد الدوام.",  # a verb after the noun
                                      ])
def test_young_person_family_needs_a_name(sentence):
    assert not _fills("ما اسم الفتى الذي قتل بنيران الجنود عند الحاجز؟", sentence)


def test_young_person_family_named():
    assert _fills("ما اسم الفتى الذي قتل بنيران الجنود عند الحاجز؟",
                  "ونعت العائلة الطفل سامر يوسف الذي قضى عند الحاجز.")


def test_electric_current_is_no_movement():
    question = "أي حركة نظمت الاعتصام أمام مبنى المحافظة؟"
    assert not _fills(question, "وأدى انقطاع التيار الكهربائي إلى توقف المضخات في المدينة.")
    assert _fills(question, "ونظمت حركة الشباب المستقل الاعتصام للمطالبة بالخدمات.")


def test_asked_word_itself_read_as_before():
    # the family widens the asked noun's reading, never narrows it: "الشاب" asked and written keeps the noun's own test
    assert _fills("ما اسم الشاب الذي أصيب عند الحاجز العسكري؟", "ونقل الشاب المصاب إلى مستشفى المدينة.")
