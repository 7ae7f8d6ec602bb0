"""Pass 55 (qaen55): questions about security events told by words the gate's vocabulary lacked -- taking a place
back, a court and a killing, a blade or a fire weapon, a military base, armed units and captives, envoys -- and
English place names searched as the gazetteer and the news write them. The sentences are written for these tests."""

import pytest

from marsad.agent.qa import domain
from marsad.agent.qa.domain import in_domain
from marsad.agent.qa.question import parse_question

_EVENTS = [
    "Which village did the tribesmen say they recaptured last week?",
    "Who pleaded guilty to murdering three shoppers at the market in the capital?",
    "What was the man convicted of last year in the northern town?",
    "What did the man do after he stabbed two passers-by outside the station?",
    "What did the youths send over the fence with incendiary kites?",
    "Which brigade took part in the parade near the air base?",
    "Where was the ambassador summoned after the remarks?",
    "ما القرية التي قال الرجال إنهم حرروها الأسبوع الماضي؟",
    "ما البلدة التي قالت الجهة إنها حررتها قرب الجبل؟",
    "متى بدأت محاكمة الرجل في القضية؟",
    "كم شخصا أصاب رجل يحمل سكينا في السوق؟",
    "ماذا أرسل الشبان عبر السياج بالطائرات الورقية الحارقة؟",
    "لماذا استدعت الدولة سفيرها من العاصمة؟",
]
_OFF = [
    "What is the capital of Canada?",
    "Who won the final of the cup in 2018 and what was the score?",
    "How do I bake a chocolate cake with strawberries?",
    "ما هي أعلى قمة جبلية في قارة أفريقيا؟",
    "كم كانت نتيجة مباراة الفريقين في النهائي؟",
    "كيف أحضر الكبسة باللحم خطوة بخطوة؟",
    "How many bones are there in an adult human body?",
]


@pytest.mark.parametrize("text", _EVENTS)
def test_security_events_told_by_other_words_are_in_domain(text, monkeypatch):
    assert in_domain(parse_question(text))
    monkeypatch.setattr(domain, "EVENT_CLASSES", False)
    assert not in_domain(parse_question(text))


@pytest.mark.parametrize("text", _OFF)
def test_questions_outside_the_domain_stay_outside(text):
    assert not in_domain(parse_question(text))


def test_the_liberating_verb_is_not_a_freed_person_or_an_editor():
    # (the verb is read in its past forms and with an object pronoun only; "تحرر" / "محرر" are other words)
    assert not domain._EVENT_AR.search("تحرر الاقتصاد من القيود بعد سنوات")
    assert not domain._EVENT_AR.search("قال محرر الصفحه الثقافيه")
    assert domain._EVENT_AR.search("قالت القوات انها حررتها بالكامل")

