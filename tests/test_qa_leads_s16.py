"""Session 16 leads of the offline answerer (question intent, records, actions, compose)."""

import pytest

import marsad.agent.qa.question_intent as question_intent
from marsad.agent.qa.question import Intent, parse_question


@pytest.mark.parametrize("text", [
    "ما الجهة التي نفذت التفجير بعبوة ناسفة قرب سوق المدينة في مارس 2019؟",
    "أي جماعة شنت الهجوم على نقطة التفتيش شمال بغداد؟",
    "من الجهة التي تقف وراء اغتيال القاضي في درعا؟",
    "ما التنظيم الذي نفذ الاعتداء على الكنيسة؟",
    "Which side carried out the raid on the army post near Kirkuk?",
])
def test_which_party_did_it_asks_the_perpetrator(monkeypatch, text):
    monkeypatch.setattr(question_intent, "WHICH_PARTY", True)
    assert parse_question(text).intent is Intent.perpetrator
    monkeypatch.setattr(question_intent, "WHICH_PARTY", False)
    assert parse_question(text).intent is not Intent.perpetrator


@pytest.mark.parametrize("text", [
    "ما الجهة التي أعلنت الهدنة في الجنوب؟",
    "كم قتيلا سقط في الهجوم الذي نفذته الجماعة على القرية؟",
])
def test_which_party_leaves_other_questions(monkeypatch, text):
    monkeypatch.setattr(question_intent, "WHICH_PARTY", True)
    assert parse_question(text).intent is not Intent.perpetrator
