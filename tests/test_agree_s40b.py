"""Pass 40 (agree40b): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor, agreements_records
from marsad.schemas import Document


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


def _records(ex: OfflineExtractor, text: str) -> list[tuple[list[str], list[str]]]:
    doc = ex.extract(Document(doc_id="t40b", text=text, published="2019-05-09"))
    return [(sorted(a.parties), a.provisions) for a in doc.agreements]


# PAST_TERMS: "وكان ... قد" with an earlier year recalls another agreement ------------------------------------------

_RECALLED = ("أعلنت الفصائل الفلسطينية مساء الثلاثاء وقفا لإطلاق النار مع إسرائيل في قطاع غزة. "
             "وكانت قطر قد توسطت في وقف لإطلاق النار في 2016 أنهى حربا بين إسرائيل والفصائل الفلسطينية.")


def test_earlier_truce_recalled_gives_no_term(ex):
    assert _records(ex, _RECALLED) == [(["إسرائيل", "الفصائل الفلسطينية"], ["وقفا لإطلاق النار"])]


def test_switch_off_keeps_the_recalled_term(ex, monkeypatch):
    monkeypatch.setattr(agreements_records, "PAST_TERMS", False)
    provisions = _records(ex, _RECALLED)[0][1]
    assert "وقف لإطلاق النار في 2016" in provisions


def test_past_perfect_of_this_year_keeps_its_term(ex):
    text = ("أعلنت الفصائل الفلسطينية مساء الثلاثاء وقفا لإطلاق النار مع إسرائيل في قطاع غزة. "
            "وكانت قطر قد توسطت في تمديد الهدنة لمدة أسبوع في 2019 بين إسرائيل والفصائل الفلسطينية.")
    provisions = [p for _, ps in _records(ex, text) for p in ps]
    assert any("لمدة أسبوع" in p for p in provisions)


def test_recalled_sentence_alone_keeps_its_term(ex):
    text = "وكانت مصر قد رعت في 2012 اتفاقا بين الجانبين لوقف إطلاق النار في القطاع."
    provisions = [p for _, ps in _records(ex, text) for p in ps]
    assert provisions


# RELATED_CLAUSE: "والمتعلقة ب" after the agreement noun tells what it is about ------------------------------------

def test_relating_clause_after_a_comma_gives_the_term(ex):
    text = "وقعت مصر والسودان مذكرة التفاهم في مارس 2016، والمتعلقة بتبادل المعلومات الأمنية بين البلدين."
    assert _records(ex, text) == [(["السودان", "مصر"], ["تبادل المعلومات الأمنية بين البلدين"])]


def test_relating_clause_far_after_the_noun_gives_none(ex):
    text = ("وقعت مصر والسودان مذكرة تفاهم أمنية قبل عامين في القاهرة بحضور وزيري الدفاع ورئيسي الأركان في البلدين "
            "وعدد من القادة، والمتعلقة بتبادل المعلومات.")
    assert all(not ps for _, ps in _records(ex, text))


def test_relating_clause_switch_off(ex, monkeypatch):
    from marsad.agent.offline import agreements_provisions
    monkeypatch.setattr(agreements_provisions, "RELATED_CLAUSE", False)
    text = "وقعت مصر والسودان مذكرة التفاهم في مارس 2016، والمتعلقة بتبادل المعلومات الأمنية بين البلدين."
    assert _records(ex, text) == [(["السودان", "مصر"], [])]
