"""Issue 12 item 5: truces and agreements between foreign parties; negations and questions are none."""

from __future__ import annotations


def agreements(offline_extract, text: str):
    return offline_extract(text, title=text[:20], published="2019-03-10").agreements


def test_a_truce_between_named_sides_is_a_ceasefire(offline_extract):
    text = "أعلنت الحكومة الأفغانية وحركة طالبان أمس التوصل إلى هدنة لمدة ثلاثة أيام بين الجيش الأفغاني وحركة طالبان."
    [a] = agreements(offline_extract, text)
    assert a.agreement_type == "ceasefire"


def test_a_negated_agreement_is_none(offline_extract):
    text = "وقال المتحدث إنه ليس هناك اتفاق بين الجيش التركي ووحدات حماية الشعب الكردية حول منبج."
    assert agreements(offline_extract, text) == []


def test_a_question_is_no_agreement(offline_extract):
    text = "هل من اتفاق بين الجيش التركي ووحدات حماية الشعب الكردية حول منبج؟"
    assert agreements(offline_extract, text) == []
