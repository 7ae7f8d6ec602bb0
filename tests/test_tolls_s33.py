"""Session 33 toll rule, on sentences written for the tests: an incident that tells no toll gets it from the sentence
right after it when that sentence states it by the toll's noun told first and the masculine "بلغ" ("إن عدد القتلى بلغ
7"، "إن عدد الجرحى بلغ 12"). That sentence opens no frame of its own, so it fills the incident told before it and makes
no record; an incident with its own count keeps it, and a sentence that names another event is not read."""

from __future__ import annotations

import pytest

from marsad.agent.offline import OfflineExtractor, casualties_frame, casualties_updates
from marsad.agent.offline.casualties_updates import _updated_total
from marsad.agent.offline.context import normalize
from marsad.schemas import Document

_EX = OfflineExtractor()


def _tolls(text: str) -> list[tuple]:
    r = _EX.extract(Document(doc_id="t", title="نشرة الأخبار", text=text, published="2016-04-12"))
    return [(a.killed, a.injured) for a in r.attacks]


def _words(text: str) -> list[str]:
    return normalize(text).split()


@pytest.fixture
def reached_off():
    casualties_frame.NEXT_REACHED = False
    yield
    casualties_frame.NEXT_REACHED = True


@pytest.fixture
def noun_first_off():
    casualties_updates.REACHED_NOUN_FIRST = False
    yield
    casualties_updates.REACHED_NOUN_FIRST = True


_DEAD_AFTER = "انفجرت عبوة ناسفة مساء الخميس قرب محطة للوقود في مدينة الكوت. وقال مسؤول في الشرطة إن عدد القتلى بلغ 7 أشخاص."
_WOUNDED_AFTER = "سقطت قذيفة هاون ظهر الاثنين على ساحة عامة في بلدة تلعفر. وأوضح مصدر طبي أن عدد الجرحى بلغ 12 شخصا."


def test_dead_told_by_noun_then_masculine_verb_fill_the_incident():
    assert _tolls(_DEAD_AFTER) == [(7, None)]


def test_wounded_told_by_noun_then_masculine_verb_fill_the_incident():
    assert _tolls(_WOUNDED_AFTER) == [(None, 12)]


def test_victims_noun_with_soldiers_counted():
    text = "هاجم مسلحون ليلة السبت ثكنة للحرس في منطقة الضلوعية. وذكر ضابط في الجيش أن عدد الضحايا بلغ 4 جنود."
    assert _tolls(text) == [(4, None)]


def test_incident_with_its_own_count_keeps_it():
    text = ("انفجرت سيارة مفخخة صباح الأربعاء في شارع تجاري بمدينة الديوانية، ما أسفر عن مقتل ثلاثة أشخاص. "
            "وقال مصدر في المستشفى إن عدد القتلى بلغ 8 أشخاص.")
    assert _tolls(text) == [(3, None)]


def test_next_sentence_of_another_event_is_not_read():
    text = ("انفجرت عبوة ناسفة مساء الخميس قرب محطة للوقود في مدينة الكوت. "
            "وقال المصدر إن عدد القتلى في هجوم آخر على سوق بالمدينة بلغ 5.")
    assert _tolls(text) == [(None, None)]


def test_toll_sentence_alone_makes_no_record():
    assert _tolls("وقال مسؤول في الشرطة إن عدد القتلى بلغ 7 أشخاص.") == []


def test_switch_off_reads_no_toll(reached_off):
    assert _tolls(_DEAD_AFTER) == [(None, None)]


def test_updated_total_reads_noun_first_masculine_only_when_asked():
    words = _words("وقال مسؤول في الشرطة إن عدد القتلى بلغ 7 أشخاص")
    assert _updated_total(words, 0, len(words)) is None
    assert _updated_total(words, 0, len(words), noun_first=True).value == 7


def test_updated_total_noun_first_switch_off(noun_first_off):
    words = _words("وقال مسؤول في الشرطة إن عدد القتلى بلغ 7 أشخاص")
    assert _updated_total(words, 0, len(words), noun_first=True) is None
