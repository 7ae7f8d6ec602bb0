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


def test_a_question_counting_a_nationality_reads_that_nationality_count(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.qa import counts_claims
    from marsad.agent.qa.counts import count_claims
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.question import parse_question
    from marsad.schemas import Document

    text = ("أسفرت الغارة على القاعدة الجوية قرب تدمر فجر الاثنين عن مقتل 11 شخصا بينهم خمسة إيرانيين، "
            "بحسب ما أفاد مصدر عسكري.")
    ev = Evidence(docs={"t": Document(doc_id="t", title="مقتل 11 شخصا في غارة على قاعدة جوية", text=text,
                                      published="2018-04-10")})
    for q in ("How many Iranian military personnel were killed in the air strike on the air base near Palmyra?",
              "كم إيرانيا قتل في الغارة على القاعدة الجوية قرب تدمر؟"):
        scored = count_claims(parse_question(q), ev)
        assert scored and scored[0][1].numbers == [5], q
    monkeypatch.setattr(counts_claims, "NATIONS", False)
    scored = count_claims(parse_question("كم إيرانيا قتل في الغارة على القاعدة الجوية قرب تدمر؟"), ev)
    assert scored and scored[0][1].numbers == [11]


def test_a_family_name_two_registry_officials_bear_is_not_glossed_as_one_of_them(monkeypatch: pytest.MonkeyPatch):
    from marsad.agent.qa import compose
    from marsad.agent.qa.compose import glossed

    bare = "وقال المالكي إن مقاتلات التحالف دمرت 40 موقعا في صعدة."
    assert "Nouri al-Maliki" not in glossed(bare)
    assert "Nouri al-Maliki" in glossed("وقال نوري المالكي إن الحكومة في بغداد ستواصل العمل.")
    assert "Erdogan" in glossed("وقال أردوغان إن بلاده ستواصل العمل.")  # a family name no other official bears
    monkeypatch.setattr(compose, "SHARED_SURNAME", False)
    assert "Nouri al-Maliki" in glossed(bare)
