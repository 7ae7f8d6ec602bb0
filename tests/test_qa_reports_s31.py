"""Reports that give different tolls for one incident: the answer's count, then the other reports' figures."""

from __future__ import annotations

import pytest

from marsad.agent.qa import counts_claims
from marsad.agent.qa.compose import Claim, assemble
from marsad.agent.qa.counts import count_claims, other_reports
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

_FIRST = "قتل 27 شخصا على الأقل بانفجار سيارة مفخخة قرب سوق الخضار في مدينة بعقوبة مساء الجمعة."


def _evidence(second: str, published: str = "2016-04-10") -> Evidence:
    ev = Evidence()
    ev.docs = {
        "a": Document(doc_id="a", published="2016-04-08", title="تفجير دام في بعقوبة", text=_FIRST + "\n"
                      "وقال شهود إن الانفجار وقع في ساعة الذروة."),
        "b": Document(doc_id="b", published=published, title="تفجير سوق بعقوبة",
                      text="أعلنت مصادر طبية في ديالى حصيلة جديدة.\n" + second),
    }
    return ev


_Q = "كم شخصا قتل في تفجير السيارة المفخخة في سوق بعقوبة؟"
_OTHER = "وقالت مصادر طبية إن 31 شخصا قتلوا في تفجير السيارة المفخخة في سوق مدينة بعقوبة."


def _answer(ev: Evidence, question: str = _Q):
    q = parse_question(question)
    claims = other_reports(q, count_claims(q, ev), ev)
    texts = {d: doc.text for d, doc in ev.docs.items()}
    return claims, assemble(q, claims, texts, backend="offline", limit=1)


def test_another_reports_different_toll_is_told_after_the_answer_with_its_day_and_own_citation():
    claims, answer = _answer(_evidence(_OTHER))
    assert [c.numbers for c in claims[:2]] == [[27], [31]] and claims[1].aside and not claims[0].aside
    first, second = answer.answer.split("\n")
    assert "27" in first and first.endswith("[1].")
    assert second.startswith("وفي تقرير آخر (2016-04-10)") and "31" in second and second.endswith("[2].")
    assert [c.doc_id for c in answer.citations] == ["a", "b"]


def test_an_english_answer_names_the_other_report_in_english():
    _, answer = _answer(_evidence(_OTHER), "How many people were killed in the car bomb at the Baqubah market?")
    assert answer.answer.split("\n")[1].startswith("Another report (2016-04-10): 31 killed")


@pytest.mark.parametrize("second, published", [
    (_OTHER, "2016-06-20"),  # months apart: another incident's toll
    ("وقالت مصادر طبية إن 27 شخصا قتلوا في تفجير السيارة المفخخة في سوق مدينة بعقوبة.", "2016-04-10"),  # the same figure
    ("وقالت مصادر طبية إن 140 شخصا قتلوا في تفجير السيارة المفخخة في سوق مدينة بعقوبة.", "2016-04-10"),  # five times off
    ("وجاء ذلك غداة مقتل 31 شخصا في تفجير سيارة مفخخة في سوق مدينة بعقوبة.", "2016-04-10"),  # an earlier incident's
])
def test_no_aside_for_another_incident_the_same_figure_or_a_figure_far_off(second, published):
    claims, answer = _answer(_evidence(second, published))
    assert not any(c.aside for c in claims) and "\n" not in answer.answer


def test_switched_off_the_counts_are_as_read(monkeypatch):
    monkeypatch.setattr(counts_claims, "DIFFERING", False)
    q = parse_question(_Q)
    ev = _evidence(_OTHER)
    assert other_reports(q, count_claims(q, ev), ev) == [c for _, c in count_claims(q, ev)]


def test_an_aside_follows_an_answer_and_is_outside_its_limit():
    q = parse_question(_Q)
    texts = {"a": _FIRST}
    aside = Claim("وفي تقرير آخر عدد القتلى: 27", [("a", 0, len(_FIRST))], [27], aside=True)
    main = Claim("عدد القتلى: 27", [("a", 0, len(_FIRST))], [27])
    assert assemble(q, [aside], texts, backend="offline", limit=1).abstained  # no answer to differ from
    answer = assemble(q, [main, aside, main], texts, backend="offline", limit=1)
    assert len(answer.answer.split("\n")) == 2


def test_counts_of_things_get_no_asides():
    ev = Evidence()
    ev.docs = {
        "a": Document(doc_id="a", published="2016-04-08", title="قصف",
                      text="وقال الجيش إن نحو 60 صاروخا وقذيفة أطلقت من القطاع على البلدات الجنوبية."),
        "b": Document(doc_id="b", published="2016-04-08", title="قصف",
                      text="وقال الجيش إن نحو 40 صاروخا وقذيفة أطلقت من القطاع على البلدات الجنوبية."),
    }
    q = parse_question("كم صاروخا وقذيفة أطلقت من القطاع على البلدات الجنوبية؟")
    assert not any(c.aside for c in other_reports(q, count_claims(q, ev), ev))


def test_a_count_attributed_to_the_source_the_question_names_is_preferred(monkeypatch):
    from marsad.core.lexicon import get_lexicon

    ev = Evidence()
    ev.docs = {"a": Document(doc_id="a", published="2018-06-18", title="الشرطة السويدية: إطلاق نار في مالمو", text=(
        "ونقلت صحيفة محلية عن شهود أن ستة أشخاص على الأقل أصيبوا في حادث إطلاق النار في مدينة مالمو.\n"
        "وأصيب 3 أشخاص بإطلاق نار في شارع وسط مدينة مالمو، في حادث قالت الشرطة إنه لا علاقة له بالإرهاب."))}
    q = parse_question("How many people were wounded in the shooting in Malmo, according to the Swedish police?",
                       get_lexicon())
    assert [e.canonical for e in counts_claims.asked_source(q)] == ["الشرطة السويدية"]
    assert count_claims(q, ev)[0][1].numbers == [3]
    monkeypatch.setattr(counts_claims, "SOURCE_SAID", False)
    assert count_claims(q, ev)[0][1].numbers == [6]
