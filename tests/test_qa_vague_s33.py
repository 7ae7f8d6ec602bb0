"""A toll the sources give only in words ("dozens were killed") answers a how-many question only when no reader
finds a number (answerer.first_answer, VAGUE_LAST). Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import answerer
from marsad.agent.qa.answerer import first_answer
from marsad.agent.qa.compose import Claim
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

_WORDS = "وقتل عشرات من المسلحين في غارات جوية على معسكر للتدريب قرب الحدود."
_COUNT = "وقال مصدر عسكري إن 40 مسلحا قتلوا في الغارات الجوية على معسكر التدريب."
_QUESTION = "How many militants were killed in the air strikes on the training camp?"


def _evidence() -> Evidence:
    return Evidence(docs={"a": Document(doc_id="a", text=_WORDS, title="غارات"),
                          "b": Document(doc_id="b", text=_COUNT, title="غارات")})


def _stages():
    words = Claim("The sources give no exact number; they say «قتل عشرات»", [("a", 0, len(_WORDS))], vague=True)
    count = Claim("40 killed", [("b", 0, len(_COUNT))], [40])
    return [(lambda: [words], 1), (lambda: [count], 1)]


def test_a_count_from_a_later_reader_wins_over_a_toll_in_words():
    parsed = parse_question(_QUESTION)
    assert parsed.how_many
    answer = first_answer(parsed, _stages(), _evidence(), {})
    assert not answer.abstained and answer.answer.startswith("40 killed")
    assert [c.doc_id for c in answer.citations] == ["b"]


def test_switched_off_the_first_reader_answers(monkeypatch):
    monkeypatch.setattr(answerer, "VAGUE_LAST", False)
    answer = first_answer(parse_question(_QUESTION), _stages(), _evidence(), {})
    assert answer.answer.startswith("The sources give no exact number")


def test_the_toll_in_words_is_kept_when_no_reader_finds_a_number():
    stages = _stages()[:1] + [(lambda: [], 1)]
    answer = first_answer(parse_question(_QUESTION), stages, _evidence(), {})
    assert not answer.abstained and answer.answer.startswith("The sources give no exact number")


def test_a_question_asking_no_number_takes_the_first_reader():
    parsed = parse_question("Who carried out the air strikes on the training camp?")
    assert not parsed.how_many
    answer = first_answer(parsed, _stages(), _evidence(), {})
    assert answer.answer.startswith("The sources give no exact number")
