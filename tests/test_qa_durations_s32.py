"""Questions asking how long ("خلال كم يوما"، "for how many hours", "for how long"): the span of time the best
sentence states, quoted as written. Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.qa import durations
from marsad.agent.qa.durations import asks_duration, duration_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document


@pytest.mark.parametrize(("question", "unit"), [
    ("في غضون كم يوما يقدم الأمين العام تقريره؟", "day"),
    ("كم ساعة استمر الاجتماع بين الوفدين؟", "hour"),
    ("For how many hours did the warplanes stay in the zone?", "hour"),
    ("For how long would the interim council hold power?", ""),
    ("ما مدة الهدنة التي أعلنها الطرفان؟", ""),
    ("كم شخصا قتل في الهجوم؟", None),
    ("How many soldiers were killed?", None),
])
def test_which_questions_ask_a_span_of_time(question, unit):
    assert asks_duration(parse_question(question)) == unit


def _claims(question: str, text: str) -> list[str]:
    ev = Evidence(docs={"a": Document(doc_id="a", text=text, title="مجلس الأمن")})
    return [c.text for c in duration_claims(parse_question(question), ev)]


def test_the_span_the_sentence_states_answers_as_written(monkeypatch):
    text = ("وقال دبلوماسيون إن التصويت قد يجري الأسبوع المقبل. ويدعو مشروع القرار الكويتي الأمين العام للأمم المتحدة "
            "إلى أن يقدم تقريرا خلال 45 يوماً بعد إقراره يتضمن مقترحات الحماية.")
    question = "خلال كم يوما يقدم الأمين العام للأمم المتحدة تقريرا بموجب مشروع القرار الكويتي؟"
    claims = _claims(question, text)
    assert len(claims) == 1 and claims[0].startswith("المدة: «45 يوماً» — تقول المصادر: «ويدعو مشروع القرار")
    monkeypatch.setattr(durations, "DURATIONS", False)
    assert _claims(question, text) == []


def test_a_bare_unit_after_lmudda_is_one_and_a_year_is_no_span():
    text = "وتتولى حكومة الوفاق الجديدة السلطة لمدة عام، تجرى بعده انتخابات عامة في عام 2016."
    assert _claims("ما مدة تولي حكومة الوفاق الجديدة السلطة قبل الانتخابات؟", text)[0].startswith("المدة: «لمدة عام»")
    assert not durations._spans_time("2016 عاما")


def test_a_span_is_read_only_from_the_sentence_the_passage_reader_quotes_first():
    # the best-fitting sentence states no span: the passages answer as before, with no span from a weaker one
    text = ("ويطلب مشروع القرار الكويتي من الأمين العام للأمم المتحدة أن يقدم تقريرا بشأن مقترحات الحماية الدولية. "
            "وقال دبلوماسي إن المشاورات قد تستغرق 3 أيام.")
    assert _claims("في غضون كم يوما يقدم الأمين العام للأمم المتحدة تقريرا بموجب مشروع القرار الكويتي؟", text) == []
