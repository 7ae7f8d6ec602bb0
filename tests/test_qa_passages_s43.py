"""Passage reader (pass 43): a dateline line is no lead, a strike told as "ضربة" is an attack sentence, and the
kind noun and the ordinal day of a "where" question are not words a sentence must share (own sentences)."""

from __future__ import annotations

import marsad.agent.qa.passages as passages
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import _lead_spans, _unframed, news_sentences, passage_claims
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

_TEXT = ("الرأي – عمان\n"
         "أعلن التحالف الدولي أنه نفذ 14 ضربة جوية أمس الثلاثاء ضد تنظيم داعش في شمال العراق.\n"
         "وتوزعت الطلعات على مواقع قرب سنجار والقيارة وفقا لبيان عسكري صدر اليوم.\n"
         "وأوضح البيان أن ضربة واحدة أصابت مخزنا للأسلحة في تلعفر.")
_Q = "في أي بلدة عراقية أصابت غارة للتحالف مخزنا للأسلحة تابعا لداعش في الرابع من مارس 2016؟"


def _claims():
    doc = Document(doc_id="d", title="أربع عشرة ضربة جوية على مواقع داعش", text=_TEXT, published="2016-03-05")
    return passage_claims(parse_question(_Q), Evidence(docs={"d": doc}))


def test_the_sentence_naming_the_town_answers():
    claims = _claims()
    assert claims and "تلعفر" in claims[0].text


def test_each_switch_is_needed(monkeypatch):
    for switch in ("DATELINE_LEAD", "STRIKE_NOUN", "FRAME_FREE"):
        with monkeypatch.context() as m:
            m.setattr(passages, switch, False)
            assert not any("تلعفر" in c.text for c in _claims()), switch


def test_dateline_is_skipped_only_when_short_and_unpunctuated():
    text = "الغد – بيروت\nقال الجيش إن الهجوم وقع فجرا."
    spans = news_sentences(text)
    assert text[slice(*_lead_spans(text, spans)[0])].startswith("قال الجيش")
    told = "وصل الوفد أمس.\nقال الجيش إن الهجوم وقع فجرا."  # a short first sentence with its full stop is the lead
    assert told[slice(*_lead_spans(told, news_sentences(told))[0])].startswith("وصل الوفد")


def test_framing_words_dropped_by_role_only():
    where = _unframed(parse_question("في أي مدينة انفجرت السيارة في الخامس من يونيو؟")).text
    assert "مدينه" not in where and "الخامس" not in where and "انفجرت" in where
    # an ordinal that dates nothing stays ("الخامس" of a series), and a question asking no place keeps its nouns
    asked = parse_question("من نفذ الهجوم الخامس على المدينة؟")
    assert _unframed(asked) is asked
