"""Pass 47: a span asked about is told in a provision's own sentence, not in the lead the passage reader quotes
(durations.SPAN_IN_ARTICLE). Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import durations
from marsad.agent.qa.durations import duration_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

_LEAD = "وقعت الأطراف اليمنية في مدينة جنيف اتفاقا لوقف إطلاق النار في محافظة الحديدة برعاية الأمم المتحدة."
_DATED = "وجاء التوقيع بعد 12 يوما من المحادثات بين الوفدين."
_TERM = "ويلزم النص الطرفين بإخلاء الموانئ في غضون 21 يوما."


def _evidence(*sentences: str) -> Evidence:
    return Evidence(docs={"a": Document(doc_id="a", text=" ".join(sentences), title="اتفاق في جنيف بشأن الحديدة")})


_ASK = "وفق اتفاق وقف إطلاق النار في الحديدة الموقع في جنيف، خلال كم يوما تخلى الموانئ؟"


def test_the_span_of_a_provision_is_read_from_the_article_of_the_quoted_lead(monkeypatch):
    claims = duration_claims(parse_question(_ASK), _evidence(_LEAD, _DATED, _TERM))
    assert claims and "21 يوما" in claims[0].text and 21 in claims[0].numbers
    # switched off: the quoted lead states no span, and nothing is read
    monkeypatch.setattr(durations, "SPAN_IN_ARTICLE", False)
    assert not any("21" in c.text for c in duration_claims(parse_question(_ASK), _evidence(_LEAD, _DATED, _TERM)))


def test_a_number_of_days_told_without_a_term_word_provides_nothing():
    # "بعد 12 يوما من المحادثات" dates the signing; it is no span of the deal
    claims = duration_claims(parse_question(_ASK), _evidence(_LEAD, _DATED))
    assert not any("12" in c.text for c in claims)


def test_a_quoted_sentence_stating_a_span_is_still_the_one_read():
    lead = "وقعت الأطراف اليمنية في جنيف اتفاقا لوقف إطلاق النار في الحديدة لمدة 30 يوما برعاية الأمم المتحدة."
    claims = duration_claims(parse_question(_ASK), _evidence(lead, _TERM))
    assert claims and "30 يوما" in claims[0].text
