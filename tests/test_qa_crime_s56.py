"""Pass 56 (qafit56): violent crime is security news -- the domain gate reads a murder, a stabbing, an armed
robbery or a beating as in domain, while capitals, football scores and recipes stay out."""

import pytest

from marsad.agent.qa import domain
from marsad.agent.qa.question import parse_question

CRIME = ("إلى أي مستشفى نقلت المرأة التي ضربها زوجها وتركها تنزف في الصحراء؟",
         "Who stopped the man who tried to rob a shop in Ohio with a knife?",
         "Who was charged with the murder of the shopkeeper in Leeds?",
         "متى وقعت عملية السطو على المصرف في الحي القديم؟",
         "Where was the teenager stabbed on Friday night?")
OFF = ("What is the capital of Peru?", "Who beat Brazil in the 2014 semi-final?", "كيف أطبخ الأرز باللبن؟",
       "ما نتيجة المباراة بين الفريقين؟", "Which striker scored twice in the cup final?")


@pytest.mark.parametrize("q", CRIME)
def test_violent_crime_is_in_domain(q):
    assert domain.in_domain(parse_question(q))


def test_the_crime_switch_decides_the_first_two():
    for q in CRIME[:2]:
        assert _with(True, q), q
        assert not _with(False, q), q  # (switched off, the gate refused the beating and the robbery)


def _with(flag: bool, q: str) -> bool:
    old = domain.VIOLENT_CRIME
    domain.VIOLENT_CRIME = flag
    try:
        return domain.in_domain(parse_question(q))
    finally:
        domain.VIOLENT_CRIME = old


@pytest.mark.parametrize("q", OFF)
def test_sport_cooking_and_capitals_stay_out(q):
    assert not domain.in_domain(parse_question(q)), q


# pass 56 review, finding 11 (fixfit56): a bleeding, a body and a singular "ضربها" are a crime only beside a victim, a
# killing or a person doing the beating (CRIME_TIED)
UNTIED = ("لماذا يستمر نزيف العملة المحلية أمام اليورو؟",
          "متى يصل جثمان المطرب الراحل إلى مسقط رأسه؟",
          "ما البلدة التي ضربها الإعصار الأسبوع الماضي؟")
TIED = ("كم ساعة ظل الجريح ينزف قبل وصول الإسعاف؟",
        "أين عثرت الشرطة على جثة الشاب المفقود؟",
        "من هو الرجل الذي ضربه حتى الموت في السوق؟")


@pytest.mark.parametrize("q", UNTIED)
def test_a_currency_bleeding_a_funeral_and_a_storm_stay_out(q, monkeypatch):
    assert not domain.in_domain(parse_question(q)), q
    monkeypatch.setattr(domain, "CRIME_TIED", False)
    assert domain.in_domain(parse_question(q)), q  # (the words alone opened the gate)


@pytest.mark.parametrize("q", TIED)
def test_a_bleeding_victim_a_found_body_and_a_beating_man_stay_in(q):
    assert domain.in_domain(parse_question(q)), q
