"""Forty-first pass, answers at archive scale: the words by which a question attributes what it asks ("بحسب
تقدير الوزارة"، "وفق المتحدث") and the copula of an amount ("كم تبلغ كلفة") are not words the answering sentence
must share. Sentences written for these tests."""

from __future__ import annotations

from qa_claims import passage_quotes, read_question

from marsad.agent.qa import matching
from marsad.agent.qa.matching import rest_terms

_COST = ("أعلن مدير في وزارة الإسكان اليمنية أن ترميم المدارس في تعز يحتاج إلى 3.4 مليار دولار. "
         "وأضاف أن العمل سيبدأ في الربيع المقبل.")
_QUESTION = "كم تبلغ كلفة ترميم المدارس المتضررة في تعز بحسب تقدير وزارة الإسكان؟"


def test_attribution_and_copula_are_no_shared_words(monkeypatch):
    q = read_question(_QUESTION)
    terms = rest_terms(q, None)
    assert "حسب" not in terms and "تبلغ" not in terms
    assert "ترميم" in terms  # what the question is about stays
    monkeypatch.setattr(matching, "ATTRIBUTION_FREE", False)
    assert "تبلغ" in rest_terms(q, None)


def test_the_sentence_stating_the_amount_answers(monkeypatch):
    assert any("3.4" in t for t in passage_quotes(_QUESTION, _COST))
    # a sentence sharing only the attribution and the ministry does not
    other = "وبحسب وزارة الإسكان اليمنية فإن الاجتماع يبلغ غايته الأسبوع المقبل في عدن."
    assert passage_quotes(_QUESTION, other) == []
    monkeypatch.setattr(matching, "ATTRIBUTION_FREE", False)
    assert not any("3.4" in t for t in passage_quotes(_QUESTION, _COST))
