"""Taken prisoner told as a fall ("سقطوا في قبضة الجيش"، "وقعوا في الأسر"): counted as captured, and asked so."""

from __future__ import annotations

from marsad.agent.qa import counts_asked, counts_sentences
from marsad.agent.qa.counts import count_role
from marsad.agent.qa.counts_sentences import role_counts
from marsad.agent.qa.question import parse_question

_FELL = "وقال الناطق العسكري إن 7 من قادة الجماعة الميدانيين سقطوا في قبضة القوات خلال الهجوم."


def _taken(sentence: str) -> list[int]:
    return [c.value for c in role_counts(sentence) if c.role == "arrested"]


def test_people_who_fell_captive_are_counted(monkeypatch):
    assert _taken(_FELL) == [7]
    assert _taken("وأضاف أن 12 مسلحا وقعوا في الأسر بعد حصارهم في الوادي.") == [12]
    assert _taken("وأكد أن 5 من عناصر الخلية سقطوا أسرى لدى الجيش.") == [5]
    monkeypatch.setattr(counts_sentences, "CAPTIVITY", False)
    assert _taken(_FELL) == []


def test_a_fall_that_is_no_captivity_is_not_counted():
    assert _taken("سقط 3 قتلى في قصف مدفعي على القرية.") == []
    assert _taken("وسقطت 4 قذائف في ساحة السوق دون إصابات.") == []


def test_how_many_fell_captive_asks_for_the_captured(monkeypatch):
    question = "كم قائدا ميدانيا وقع في أسر الجيش خلال المعارك؟"
    assert count_role(parse_question(question)) == "arrested"
    monkeypatch.setattr(counts_asked, "CAPTIVITY_ASKED", False)
    assert count_role(parse_question(question)) is None
