"""Session 16: counts read for the incident a question asks about. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa import counts_claims
from marsad.agent.qa.counts import count_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

_TEACHERS = ("أدى تفجير انتحاري نفذته بوكو حرام في سوق بولاية بورنو النيجيرية إلى مقتل 16 شخصا. "
             "وقالت الأمم المتحدة إن الجماعة قتلت 1800 معلماً منذ بدء تمردها في شمال البلاد، "
             "كما دمرت 900 مدرسة في المنطقة.")

_RALLY = ("ارتفع عدد قتلى الهجوم الانتحاري على تجمع انتخابي في جنوب غرب باكستان يوم الجمعة إلى 90 قتيلا. "
          "وكان انتحاري آخر قد فجر نفسه مساء الثلاثاء وسط تجمع انتخابي لحزب علماني في مدينة بيشاور شمال غرب البلاد "
          "ما أدى لمقتل 13 شخصا وفق حصيلة للشرطة. "
          "ويشهد البلد حملة انتخابية متوترة قبل الاقتراع العام المقرر الشهر الجاري.")


def _evidence(title: str, text: str) -> Evidence:
    return Evidence(docs={"t": Document(doc_id="t", title=title, text=text, published="2018-07-14")})


@pytest.mark.parametrize("on", [True, False])
def test_an_english_counted_noun_is_read_in_its_arabic_words(monkeypatch, on):
    # "how many teachers": the count of teachers ("1800 معلماً"), not the toll of a bombing nor the schools
    monkeypatch.setattr(counts_claims, "NOUN_CONCEPTS", on)
    q = parse_question("According to the UN, how many teachers has Boko Haram killed in Nigeria?")
    claims = count_claims(q, _evidence("بوكو حرام تقتل 16 في نيجيريا", _TEACHERS))
    assert claims
    assert (claims[0][1].numbers == [1800]) is on


def test_a_school_is_no_teacher():
    q = parse_question("How many teachers has Boko Haram killed in Nigeria?")
    stems = counts_claims._noun_stems(q, "teacher")
    assert counts_claims._counts_stems(["قتل", "1800", "معلما"], 2, stems)
    assert counts_claims._counts_stems(["قتل", "1800", "مدرسين"], 2, stems)
    assert not counts_claims._counts_stems(["دمرت", "900", "مدرسة"], 2, stems)


@pytest.mark.parametrize("on", [True, False])
def test_a_title_naming_only_the_country_does_not_make_another_towns_toll_the_total(monkeypatch, on):
    # the title's 90 is the toll of a bombing elsewhere in the country; the question asks about Peshawar's
    monkeypatch.setattr(counts_claims, "TITLE_PLACE", on)
    q = parse_question("How many people were killed in the suicide bombing at the election rally in Peshawar?")
    claims = count_claims(q, _evidence("باكستان.. 90 قتيلا في تفجير انتحاري استهدف تجمعا انتخابيا", _RALLY))
    assert claims
    assert (claims[0][1].numbers == [13]) is on
