"""Counts of things (s44): a count is weighed by the countries its clause names (a total over two countries, then
each one's part)."""

from __future__ import annotations

from marsad.agent.qa import counts_things
from marsad.agent.qa.counts import count_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

# a report giving a day's total over two countries, then each country's part
_REPORT = ("قالت القيادة العسكرية ان الولايات المتحدة وحلفاءها نفذوا 35 ضربة جوية يوم السبت ضد مسلحي تنظيم الدولة "
           "الإسلامية في كل من سوريا والعراق.\n"
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


_Q_ROCKETS = "كم صاروخا أطلق من غزة على إسرائيل مساء الاثنين؟"
_LEAD = ("أعلن الجيش الإسرائيلي أن صواريخ أطلقت من قطاع غزة باتجاه جنوب إسرائيل مساء الاثنين.\n"
         "وقال متحدث عسكري إن المنظومة الدفاعية اعترضت معظمها.\n")


def _numbers(question: str, text: str) -> list[list[int]]:
    ev = Evidence()
    ev.docs = {"d0": Document(doc_id="d0", published="2019-06-03", title="", text=text)}
    return [c.numbers for _, c in count_claims(parse_question(question), ev)]


def test_a_later_sentence_is_read_in_the_scene_its_article_set(monkeypatch):
    text = _LEAD + "وتحدثت مصادر محلية عن إطلاق نحو 18 صاروخا خلال ساعتين."
    assert _numbers(_Q_ROCKETS, text) == [[18]]
    monkeypatch.setattr(counts_things, "THING_SCENE", False)
    assert _numbers(_Q_ROCKETS, text) == []  # (without the rule, the sentence alone names too little of the question)


def test_a_sentence_after_a_change_of_scene_is_not_read_in_it():
    text = _LEAD + "وفي سياق آخر، تحدثت مصادر محلية عن إطلاق نحو 40 صاروخا خلال ساعتين."
    assert _numbers(_Q_ROCKETS, text) == []


def test_a_question_naming_no_place_reads_no_scene():
    # (no place asked: the lead is no scene, and a later sentence is read alone)
    text = _LEAD + "وتحدثت مصادر محلية عن إطلاق نحو 18 صاروخا خلال ساعتين."
    assert _numbers("كم صاروخا أطلق المسلحون مساء الاثنين على البلدات الحدودية؟", text) == []
