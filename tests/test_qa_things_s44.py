"""Counts of things (s44): a count is weighed by the countries its clause names (a total over two countries, then
each one's part)."""

from __future__ import annotations

from marsad.agent.qa import counts_things
from marsad.agent.qa.counts import count_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

# a report giving a day's total over two countries, then each country's part
_REPORT = ("قالت القيادة العسكرية ان الولايات المتحدة وحلفاءها نفذوا 35 ضربة جوية يوم السبت ضد تنظيم الدولة "
           "الإسلامية في سوريا والعراق.\n"
           "وفي سوريا نفذت 17 ضربة جوية بالقرب من خمس مدن منها الرقة والحسكة استهدفت وحدات للمسلحين وفقا للبيان.\n"
           "وقالت القيادة إن 18 ضربة نفذت في العراق منها ست قرب الموصل.")


def _best(question: str, text: str) -> list[int]:
    ev = Evidence()
    ev.docs = {"d0": Document(doc_id="d0", published="2015-03-15", title="", text=text)}
    scored = count_claims(parse_question(question), ev)
    return scored[0][1].numbers if scored else []


def test_the_asked_country_part_beats_the_total_over_two_countries(monkeypatch):
    q = "كم ضربة جوية نفذها التحالف بقيادة الولايات المتحدة ضد داعش داخل سوريا يوم السبت 14 مارس 2015؟"
    assert _best(q, _REPORT) == [17]
    monkeypatch.setattr(counts_things, "COUNTRY_PARTS", False)
    assert _best(q, _REPORT) == [35]  # (without the rule, the lead's total)


def test_a_question_naming_no_country_keeps_the_total():
    q = "كم ضربة جوية نفذها التحالف ضد داعش يوم السبت 14 مارس 2015؟"
    assert _best(q, _REPORT) == [35]

