"""Session 25 QA counts: digits after a noun they name (a brigade, a division, a flight, a resolution) are a label,
not a toll ("مقتل قائد اللواء 405 مشاة" kills one commander, not 405 people). Sentences written for these tests."""

import pytest

from marsad.agent.qa import counts_sentences
from marsad.agent.qa.counts_sentences import role_counts


def _tolls(sentence: str) -> list[tuple[int, str]]:
    return [(c.value, c.role) for c in role_counts(sentence)]


def test_a_unit_number_is_no_toll():
    assert _tolls("أعلنت الجماعة مقتل قائد اللواء 312 مشاة التابع لها في معارك أمس.") == []
    assert _tolls("قتل قائد الفرقة 19 في قصف على مقر قيادته.") == []
    assert (3, "killed") not in _tolls("وقتل آمر الفوج 3 في الاشتباك.")
    # the count before the unit is still read, and a toll with no unit noun before it too
    assert _tolls("مقتل 6 جنود من اللواء 81 في هجوم على نقطة تفتيش.") == [(6, "killed")]
    assert _tolls("وقتل 4 وأصيب 11 في انفجار قرب السوق.") == [(4, "killed"), (11, "injured")]


def test_the_switch_reads_the_label_as_before(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(counts_sentences, "LABEL_NUMBERS", False)
    assert (312, "killed") in _tolls("أعلنت الجماعة مقتل قائد اللواء 312 مشاة التابع لها في معارك أمس.")


def test_a_how_many_question_naming_a_spokesman_asks_for_the_number(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.qa import question_intent
    from marsad.agent.qa.question import Intent, parse_question

    q = "How many depots did the coalition spokesman say its jets had destroyed near Wadi Rim?"
    assert parse_question(q).intent is Intent.general and parse_question(q).how_many
    assert parse_question("كم مخزنا قال المتحدث باسم التحالف إن الغارات دمرته؟").intent is Intent.general
    assert parse_question("Who is the spokesman of the coalition?").intent is Intent.role
    monkeypatch.setattr(question_intent, "COUNT_NOT_ROLE", False)
    assert parse_question(q).intent is Intent.role
