"""Pass 48 (qa48): a toll told by a dual noun ("سقوط قتيلين"، "هناك قتيلان وثلاثة جرحى").

Arabic news tells a toll of two by the dual of the toll noun itself, with no number: the count reader read no count
from it, and a number after it ("قتيلين وثلاثة جرحى") was bound to the dual as its role word, so the wounded were read
as the dead (:data:`marsad.agent.qa.counts_sentences.DUAL_TOLL`). The dual nouns are the extractor's list
(``casualties.dual_victims``).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

import marsad.agent.qa.counts_sentences as cs
from marsad.agent.qa.counts import count_claims


def _counts(sentence: str) -> list[tuple[int, str]]:
    return sorted((c.value, c.role) for c in cs.role_counts(sentence))


def test_a_dual_toll_noun_counts_two_of_its_role():
    assert _counts("وأفاد مسعفون بسقوط قتيلين في القصف الذي طال السوق الشعبي صباحا") == [(2, "killed")]
    assert _counts("وتحدث شهود عن قتيلان وجريحان بين المارة قرب الحاجز") == [(2, "injured"), (2, "killed")]
    assert _counts("وقالت الشرطة إن شهيدين سقطا برصاص القناصة عند المعبر") == [(2, "killed")]


def test_a_number_after_the_dual_counts_the_next_role(monkeypatch):
    sentence = "وأعلن مدير الصحة في المدينة أن الحصيلة بلغت قتيلين و14 جريحا حتى المساء"
    assert _counts(sentence) == [(2, "killed"), (14, "injured")]
    monkeypatch.setattr(cs, "DUAL_TOLL", False)
    assert (2, "killed") not in _counts(sentence)  # (without the rule the dual counts nobody)


def test_the_wounded_after_a_dual_are_not_read_as_dead(monkeypatch):
    sentence = "وأسفر انفجار العبوة عن قتيلين وخمسة جرحى من عناصر الدورية"
    assert _counts(sentence) == [(2, "killed"), (5, "injured")]
    monkeypatch.setattr(cs, "DUAL_TOLL", False)
    assert (5, "killed") in _counts(sentence)  # (without the rule the five were bound to the dual: read as dead)


def test_the_definite_dual_names_the_dead_already_counted():
    # "القتيلين هما ...": who the two were, no count of its own
    assert _counts("وذكر بيان البلدية أن القتيلين هما حارس المبنى وسائق شاحنة") == []


def test_a_dual_of_another_noun_is_no_toll_noun():
    # a dual person noun keeps its old reading (two soldiers killed); a dual thing counts no one
    assert _counts("وأدى الهجوم إلى مقتل جنديين عند نقطة التفتيش") == [(2, "killed")]
    assert _counts("واستهدف المسلحون سيارتين تابعتين للشركة دون وقوع إصابات") == []


def test_a_how_many_question_is_answered_by_the_dual():
    text = ("هاجم مسلحون مجهولون مركزا للشرطة في بلدة الواحة مساء الخميس.\n"
            "وقال مسؤول محلي إن الهجوم أسفر عن سقوط قتيلين من الحراس وثلاثة جرحى.")
    scored = count_claims(read_question("كم شخصا قتل في الهجوم على مركز الشرطة ببلدة الواحة؟"), evidence_of(text))
    assert scored and scored[0][1].numbers == [2]


def test_a_dual_toll_noun_is_a_stated_two():
    # numbers.read_quantity reads the toll nouns' duals as 2, like "جنديين": an answer's "2" is grounded in its quote
    # (the eval's stated values read it too); a dual the sentence states beside another count leaves an English
    # answer with no single number to put first
    from marsad.agent.numbers import read_quantity
    from marsad.core.arabic import normalize, tokenize

    for word in ("قتيلين", "قتيلان", "جريحين", "جريحان", "شهيدين", "شهيدان"):
        quantity = read_quantity(tokenize(normalize(word)), 0)
        assert quantity is not None and quantity.value == 2
    assert read_quantity(tokenize(normalize("القتيلين")), 0) is None
