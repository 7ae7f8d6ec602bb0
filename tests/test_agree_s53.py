"""Pass 53 (agree53): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_named

# RELATIVE_NO_PRONOUN: signers after a signing verb with the agreement's pronoun, with no relative pronoun -------------

_INDEFINITE = "وانهار اتفاق سلام وقعته الحكومة الأفغانية وحركة طالبان قبل عامين."
_INDEFINITE_SECURITY = "وكانت الحرب قد توقفت باتفاق أمني وقعه العراق وإيران عام 1988."
_TOPIC = "وقال المتحدث إن الاتفاق الأمني وقعه رئيس وزراء العراق ورئيس إيران في بغداد."
_WITH_PRONOUN = "وقالت الوزارة إن الاتفاقية التي وقعها العراق وإيران تنص على تبادل المعلومات الأمنية."


def _parties(offline_extract, text: str) -> list[list[str]]:
    return [a.parties for a in offline_extract(text, published="2019-05-09").agreements]


def test_signers_after_an_indefinite_agreement(offline_extract):
    assert _parties(offline_extract, _INDEFINITE) == [["الحكومة الأفغانية", "حركة طالبان"]]
    assert _parties(offline_extract, _INDEFINITE_SECURITY) == [["العراق", "إيران"]]


def test_signers_after_an_agreement_told_as_topic(offline_extract):
    assert [sorted(p) for p in _parties(offline_extract, _TOPIC)] == [sorted(["العراق", "إيران"])]


def test_switched_off_no_pronoun_signers_are_missed(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_named, "RELATIVE_NO_PRONOUN", False)
    assert _parties(offline_extract, _INDEFINITE) == []
    assert _parties(offline_extract, _INDEFINITE_SECURITY) == [["إيران"]]
    assert _parties(offline_extract, _TOPIC) == []
    assert _parties(offline_extract, _WITH_PRONOUN) == [["العراق", "إيران"]]
