"""Pass 57 (qagate57): gates that made the answerer abstain on answerable questions for reasons that do not tell them
from questions the sources do not answer -- a shooting told with a long name between "أطلق" and "النار" (the domain gate) and "agreed to" answered by the verb of
agreement (span_fits). Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import domain
from marsad.agent.qa.question import parse_question


# ---------------------------------------------------------------- the domain gate: a shooter named at length
def test_a_shooting_told_with_a_long_name_is_in_domain(monkeypatch):
    q = parse_question("لماذا أطلق طالب جامعة سنترال ميشيجين النار على والديه؟")
    assert domain.in_domain(q)
    monkeypatch.setattr(domain, "SHOOTING_FAR", False)
    assert not domain.in_domain(q)


def test_a_fire_lit_far_from_its_verb_is_no_shooting():
    assert not domain._SHOOTING_FAR.search("اطلق الفنان اغنيته الجديده في حفل كبير قرب النار")  # ("النار!" apart)
    assert not domain.in_domain(parse_question("ما اسم الألبوم الذي أطلقه المغني الشهير العام الماضي؟"))


# ---------------------------------------------------------------- "agreed to": the verb of agreement
def test_agreed_to_is_answered_by_the_verb_of_agreement(monkeypatch):
    cons = domain.Constraints(agreement=True)
    told = "وقال المتحدث إن الرئيسين اتفقا على تعزيز العمل المشترك ضد الإرهاب."
    consent = "أبلغ المبعوث الرئيس بموافقة الجماعة على وضع الميناء تحت إشراف أممي."
    assert domain.span_fits(cons, told) and domain.span_fits(cons, consent)
    assert not domain.span_fits(cons, "وناقش الرئيسان التعاون في الحرب على الإرهاب.")
    monkeypatch.setattr(domain, "AGREED_VERB", False)
    assert not domain.span_fits(cons, told) and not domain.span_fits(cons, consent)
