"""A question asking a span of time ("how many years did he wait ...") is not answered by the count reader: the
killed an article states are no span (answerer.DURATION_NOT_COUNT). Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import answerer
from marsad.agent.qa.durations import duration_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document

_TEXT = ("أطلق رجل النار على جاره في حي السلام بمدينة الجهراء انتقاما لمقتل شقيقه بعد انتظار دام 12 عاما، "
         "وأسفر إطلاق النار عن مقتل 3 أشخاص بينهم القاتل.")


def _evidence() -> Evidence:
    return Evidence(docs={"a": Document(doc_id="a", text=_TEXT, title="ثأر بعد سنوات")})


def test_a_span_question_gets_no_count_but_its_span(monkeypatch):
    question = parse_question("كم عاما انتظر الرجل قبل أن يثأر لمقتل شقيقه في الجهراء؟")
    assert answerer._count_stage(question, _evidence(), get_lexicon()) == []
    assert any("12 عاما" in c.text for c in duration_claims(question, _evidence()))
    # switched off: the count reader reads the killed of the sentence
    monkeypatch.setattr(answerer, "DURATION_NOT_COUNT", False)
    assert answerer._count_stage(question, _evidence(), get_lexicon())


def test_a_toll_question_still_gets_its_count():
    question = parse_question("كم شخصا قتل في إطلاق النار بحي السلام في الجهراء؟")
    claims = answerer._count_stage(question, _evidence(), get_lexicon())
    assert claims and 3 in claims[0].numbers
