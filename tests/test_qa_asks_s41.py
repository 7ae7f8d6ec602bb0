"""Forty-first pass, answers at archive scale: a "when" question whose best article dates the event only by its
weekday, and a "what nationality" question, whose answer names the states in the sentence after the event's.
Sentences written for these tests."""

from __future__ import annotations

from qa_claims import evidence_of, quoted_claim, read_question

from marsad.agent.qa import passages, question_intent
from marsad.agent.qa.compose import with_asked
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


_TAKEN = ("قالت جماعة مسلحة إنها خطفت أربعة عمال أجانب قرب مدينة الكفرة في جنوب ليبيا. "
          "وأضافت الجماعة في تسجيل مصور أن العمال الأربعة من مصر والسودان. "
          "ولم تعلق السلطات على الخبر.")


def test_a_nationality_question_cites_the_sentence_naming_their_states(monkeypatch):
    q = read_question("ما جنسيات العمال الأجانب الأربعة الذين خطفتهم جماعة مسلحة في ليبيا؟")
    first = _TAKEN.split(". ")[0] + "."
    got = with_asked(q, [quoted_claim(_TAKEN, first)], {"d1": _TAKEN})
    assert len(got[0].spans) == 2 and "السودان" in got[0].text
    # the country the question names (Libya) is not an answer
    alone = _TAKEN.replace("من مصر والسودان", "من بين العاملين في الموقع")
    assert len(with_asked(q, [quoted_claim(alone, first)], {"d1": alone})[0].spans) == 1
    monkeypatch.setattr(question_intent, "NATIONALITY_ASKED", False)
    assert len(with_asked(q, [quoted_claim(_TAKEN, first)], {"d1": _TAKEN})[0].spans) == 1
