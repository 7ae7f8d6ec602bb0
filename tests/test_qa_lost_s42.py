""""خسر X مقاتلا": the fighters a side lost are its dead, in the question and in the answer's sentence."""

from __future__ import annotations

from marsad.agent.qa import counts_sentences, question_intent
from marsad.agent.qa.counts import count_role
from marsad.agent.qa.counts_sentences import role_counts
from marsad.agent.qa.question import parse_question

_LOST = "وقال المتحدث إن الجماعة خسرت في معارك الساحل 240 مقاتلا وأضعافهم من الجرحى."


def _killed(sentence: str) -> list[int]:
    return [c.value for c in role_counts(sentence) if c.role == "killed"]


def test_fighters_lost_are_counted_dead(monkeypatch):
    assert _killed(_LOST) == [240]
    assert _killed("خسر الجيش 12 جنديا في الكمين.") == [12]
    monkeypatch.setattr(counts_sentences, "LOST_FIGHTERS", False)
    assert _killed(_LOST) == []


def test_things_lost_are_no_toll():
    assert role_counts("خسر الحزب 3 مقاعد في الانتخابات البلدية الأخيرة.") == []
    assert _killed("خسرت القوات 5 آليات وقتل جندي في الهجوم.") == []


def test_how_many_fighters_a_side_lost_asks_for_its_dead(monkeypatch):
    question = "كم مقاتلا خسرت الجماعة في معارك الساحل الغربي؟"
    assert count_role(parse_question(question)) == "killed"
    assert count_role(parse_question("كم مقعدا خسر الحزب في الانتخابات؟")) is None
    monkeypatch.setattr(question_intent, "LOST_ASKED", False)
    assert count_role(parse_question(question)) != "killed"
