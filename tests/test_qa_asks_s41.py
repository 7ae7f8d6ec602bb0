"""Forty-first pass, answers at archive scale: a "when" question whose best article dates the event only by its
weekday, and a "what nationality" question, whose answer names the states in the sentence after the event's.
Sentences written for these tests."""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import passages
from marsad.agent.qa.passages import dated_passage_claims

_FREED = ("أعلنت قوات الجيش اليمني، مساء الخميس، تحرير مبنى البلدية في منطقة الحصامة بمديرية كتاف شرقي محافظة صعدة. "
          "وقال مصدر عسكري إن المعارك ما زالت مستمرة في محيط المنطقة.")


def test_the_best_article_dating_it_by_its_weekday_answers_when(monkeypatch):
    q = read_question("متى أعلن الجيش اليمني تحرير مبنى البلدية في منطقة الحصامة بمحافظة صعدة؟")
    claims = dated_passage_claims(q, evidence_of(_FREED))
    assert len(claims) == 1 and "الخميس" in claims[0].text
    # a sentence naming no weekday does not answer "when"
    assert dated_passage_claims(q, evidence_of(_FREED.replace("مساء الخميس، ", ""))) == []
    monkeypatch.setattr(passages, "TOP_WEEKDAY", False)
    assert dated_passage_claims(q, evidence_of(_FREED)) == []
