"""Pass 40 (agree40b): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_records


def _records(offline_extract, text: str) -> list[tuple[list[str], list[str]]]:
    doc = offline_extract(text, published="2019-05-09")
    return [(sorted(a.parties), a.provisions) for a in doc.agreements]


# PAST_TERMS: "وكان ... قد" with an earlier year recalls another agreement ------------------------------------------

_OPENING = "أعلنت الفصائل الفلسطينية ليل الأحد وقفا لإطلاق النار مع إسرائيل بعد يومين من القتال. "
_RECALLED = _OPENING + "وكانت قطر قد رعت عام 2016 هدنة لمدة شهر وضعت حدا لقتال دام أسابيع بين الفصائل الفلسطينية وإسرائيل."


def test_earlier_truce_recalled_gives_no_term(offline_extract):
    assert _records(offline_extract, _RECALLED) == [(["إسرائيل", "الفصائل الفلسطينية"], ["وقفا لإطلاق النار"])]


def test_switch_off_keeps_the_recalled_term(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_records, "PAST_TERMS", False)
    assert "هدنة لمدة شهر" in _records(offline_extract, _RECALLED)[0][1]


def test_past_perfect_of_this_year_keeps_its_term(offline_extract):
    text = _RECALLED.replace("2016", "2019")
    assert "هدنة لمدة شهر" in _records(offline_extract, text)[0][1]


def test_recalled_sentence_alone_keeps_its_term(offline_extract):
    text = "وكانت الأردن قد رعت سنة 2012 تفاهما بين الطرفين على تهدئة شاملة في المنطقة الحدودية."
    provisions = [p for _, ps in _records(offline_extract, text) for p in ps]
    assert provisions


# RELATED_CLAUSE: "والمتعلقة ب" after the agreement noun tells what it is about ------------------------------------

def test_relating_clause_after_a_comma_gives_the_term(offline_extract):
    text = "وقعت مصر والسودان مذكرة التفاهم في مارس 2016، والمتعلقة بتبادل المعلومات الأمنية بين البلدين."
    assert _records(offline_extract, text) == [(["السودان", "مصر"], ["تبادل المعلومات الأمنية بين البلدين"])]


def test_relating_clause_far_after_the_noun_gives_none(offline_extract):
    text = ("وقعت مصر والسودان مذكرة تفاهم أمنية قبل عامين في القاهرة بحضور وزيري الدفاع ورئيسي الأركان في البلدين "
            "وعدد من القادة، والمتعلقة بتبادل المعلومات.")
    assert all(not ps for _, ps in _records(offline_extract, text))


def test_relating_clause_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_provisions
    monkeypatch.setattr(agreements_provisions, "RELATED_CLAUSE", False)
    text = "وقعت مصر والسودان مذكرة التفاهم في مارس 2016، والمتعلقة بتبادل المعلومات الأمنية بين البلدين."
    assert _records(offline_extract, text) == [(["السودان", "مصر"], [])]
