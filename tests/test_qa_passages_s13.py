"""Session 13: the passage reader of English questions (agent/qa/passages.py)."""

from marsad.agent.qa import passages
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import passage_claims
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

# my own wording: a witness tells the strike, the army's spokesman names its target in the next sentence
_TEXT = ("أفاد سكان أن طائرة إسرائيلية قصفت مساء الثلاثاء سيارة مدنية قرب سوق في مدينة رفح جنوبي القطاع. "
         "ولم تعلق الفصائل في غزة على الحادثة حتى الآن. "
         "في حين قال سامي يوسف، المتحدث باسم الجيش الإسرائيلي، في تصريح إن الطائرة استهدفت ناشطا يطلق البالونات. "
         "وأضاف أن الغارة جاءت ردا على الحرائق في الحقول. ")


def test_an_english_role_question_is_answered_by_the_spokesman_beside_the_told_strike(monkeypatch):
    ev = Evidence(docs={"g": Document(doc_id="g", title="قصف سيارة في القطاع", text=_TEXT)})
    q = parse_question("Which Israeli army spokesman commented on the air strike on a car in Gaza City?")
    claims = passage_claims(q, ev)
    assert claims and "سامي يوسف" in claims[0].text
    monkeypatch.setattr(passages, "NEAR_CONCEPTS", False)
    assert not any("سامي يوسف" in c.text for c in passage_claims(q, ev))


def test_the_office_itself_must_still_be_in_the_answering_sentence():
    ev = Evidence(docs={"g": Document(doc_id="g", title="قصف سيارة في القطاع", text=_TEXT.replace("المتحدث باسم", "قائد"))})
    q = parse_question("Which Israeli army spokesman commented on the air strike on a car in Gaza City?")
    assert not any("سامي يوسف" in c.text for c in passage_claims(q, ev))


def test_an_espionage_question_is_within_the_domain(monkeypatch):
    from marsad.agent.qa import domain
    from marsad.agent.qa.domain import in_domain

    q = parse_question("In which town was the retired double agent Ivan Petrov found poisoned with his wife?")
    assert in_domain(q)
    monkeypatch.setattr(domain, "SPY_WORDS", False)
    assert not in_domain(q)
    assert not in_domain(parse_question("In which town was the painter Ivan Petrov born?"))
