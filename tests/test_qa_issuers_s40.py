"""Fortieth pass, answers at archive scale: an Arabic "who issued the statement ..." question is answered by the
issuer the article names after the statement word ("في بيان أصدره ..."، "في بيان صادر عن ..."), not by the role of
the man the statement is about. Sentences written for these tests."""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import issuers
from marsad.agent.qa.issuers import asks_issuer, issuer, issuer_claims

_CONDEMNED = ("نددت هيئة علماء المغرب العربي بالتصريحات العدائية التي أطلقها وزير الخارجية الليبي السابق كمال "
              "الورفلي ضد تونس. "
              "وأوضحت الهيئة، في بيان أصدره الشيخ منصور بن راشد الحمادي رئيس الهيئة، أن هذه التصريحات تثير الفتنة. "
              "ودعا الحمادي إلى التهدئة.")


def test_a_who_issued_question():
    assert asks_issuer(read_question("من الذي أصدر بيان هيئة العلماء الذي ندد بتصريحات الورفلي؟"))
    assert asks_issuer(read_question("من أصدر البيان الذي أدان الهجوم على السفارة؟"))
    # no statement asked about, or another question
    assert not asks_issuer(read_question("من الذي أصدر الأوامر بقصف القرية؟"))
    assert not asks_issuer(read_question("ماذا قال بيان هيئة العلماء عن تصريحات الورفلي؟"))
    assert not asks_issuer(read_question("Who issued the statement condemning Warfalli?"))


def test_the_issuer_after_the_statement_word():
    assert issuer("وأفادت الوزارة عبر بيان صادر عن الناطق باسمها العقيد ماهر العبيدي امس إن القصف توقف.") \
        == "الناطق باسمها العقيد ماهر العبيدي"
    assert issuer("ورد هذا ضمن بيان أصدره رئيس المجلس الدكتور فهد الزامل، قال فيه إن الوضع خطير.") \
        == "رئيس المجلس الدكتور فهد الزامل"
    # a statement with no issuer named, or a bare pronoun after the verb: none
    assert issuer("أصدرت الوزارة بيانا أمس حول الحادث.") is None
    assert issuer("وفي بيان أصدره، قال إن الوضع هادئ.") is None


def test_the_issuer_answers_not_the_subject():
    q = read_question("من الذي أصدر بيان هيئة علماء المغرب العربي الذي ندد بتصريحات كمال الورفلي ضد تونس؟")
    got = issuer_claims(q, evidence_of(_CONDEMNED, published="2016-03-02"))
    assert got and got[0].text.startswith("الشيخ منصور بن راشد الحمادي رئيس الهيئة — ")
    # the article names no issuer: nothing read
    other = _CONDEMNED.replace("في بيان أصدره الشيخ منصور بن راشد الحمادي رئيس الهيئة", "في بيان")
    assert not issuer_claims(q, evidence_of(other, published="2016-03-02"))


def test_the_switch(monkeypatch):
    monkeypatch.setattr(issuers, "ISSUERS", False)
    q = read_question("من الذي أصدر بيان هيئة علماء المغرب العربي الذي ندد بتصريحات كمال الورفلي ضد تونس؟")
    assert not issuer_claims(q, evidence_of(_CONDEMNED, published="2016-03-02"))

