"""Pass 67 (issue 13.2): a number word that states no count (a part of a counted group), the asked noun's
family (news names the answer of "أي حركة"، "ما اسم الفتى"، "في أي مناسبة"، "ما وتيرة"، "ماذا قدّم" by a sibling word),
and "ما الذي ... تسبب في" asking a cause. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa import question_words, sentence_pick
from marsad.agent.qa.question_words import stated_numbers
from marsad.agent.qa.sentence_pick import asked_type, has_filler
from marsad.core.arabic import normalize
from marsad.core.lexicon import get_lexicon
from tests.qa_claims import read_question


def _numbers(text: str) -> tuple[int, ...]:
    return stated_numbers(normalize(text), "ar")


def test_part_of_a_counted_group_is_no_count():
    assert _numbers("أين اعتقل اثنان من المتهمين الأربعة بتهريب السلاح؟") == ()


def test_counts_still_stated():
    assert _numbers("متى قتل أحد عشر جنديا في الكمين؟") == (11,)
    assert _numbers("أين قتل أربعة من عناصر التنظيم؟") == (4,)


def test_number_words_switch_off_reads_them(monkeypatch):
    monkeypatch.setattr(question_words, "NOT_COUNTS", False)
    assert _numbers("أين اعتقل اثنان من المتهمين الأربعة بتهريب السلاح؟") == (2,)


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
def test_family_word_names_the_asked_noun(question, sentence, monkeypatch):
    assert _fills(question, sentence)
    monkeypatch.setattr(sentence_pick, "NOUN_FAMILY", False)
    assert not _fills(question, sentence)


def test_family_word_needs_a_new_word_after_it():
    # the sibling word followed only by the question's own words fills nothing
    assert not _fills("ما اسم الفتى الذي توفي متأثرا بجروحه في مخيم الجلزون؟",
                      "وتوفي الطفل متأثرا بجروحه في مخيم الجلزون.")


def test_what_caused_asks_a_cause(monkeypatch):
    question = "ما الذي قالت شركة الطيران إنه تسبب في الحادث الذي أعاد الطائرة إلى مطار الإقلاع؟"
    assert asked_type(read_question(question)) == ("why", ())
    assert _fills(question, "وأوضحت الشركة أن الحادث كان نتيجة عطل في أحد المحركات.")
    assert not _fills(question, "وعادت الطائرة إلى المطار بعد ساعة من إقلاعها.")
    monkeypatch.setattr(sentence_pick, "CAUSE_ASKED", False)
    assert asked_type(read_question(question)) != ("why", ())
