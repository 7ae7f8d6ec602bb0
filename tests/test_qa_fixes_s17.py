"""Session 17 QA fixes: a day of a month is no count; a capital asked about is named by its state."""

from __future__ import annotations

import pytest

from marsad.agent.qa import compose, subject
from marsad.agent.qa.question import parse_question

HOW_MANY = "How many people were killed in the attack on the market?"


@pytest.mark.parametrize("quote", [
    "وأفاد المصدر بأن الانفجار وقع صباح 14 شباط أمام مبنى البلدية.",  # Syriac month
    "وكانت الحكومة قد أعلنت الهدنة في 9 أيار من العام الماضي.",  # Syriac month, normalised alef
    "ويسري القرار ابتداء من 27 يوليو/تموز بحسب البيان.",  # Gregorian and Syriac names
    "وبحسب البيان المؤرخ في 7/7/2019 فإن التحقيق مستمر.",  # slash date
])
def test_a_day_of_a_month_is_no_count(monkeypatch, quote):
    q = parse_question(HOW_MANY)
    assert compose._stated_number(q, quote) is None
    monkeypatch.setattr(compose, "DATE_DAYS", False)
    assert compose._stated_number(q, quote) is not None


def test_a_count_beside_a_date_is_still_read():
    q = parse_question(HOW_MANY)
    assert compose._stated_number(q, "قتل 6 مدنيين في قصف على سوق القرية يوم 14 شباط.") == 6
    assert compose._stated_number(q, "قتل 6 مدنيين في 2/11/2017 وأصيب آخرون.") == 6
    assert compose._stated_number(q, "قتل 8 من أبناء العشيرة في الاشتباك.") == 8  # 'أبناء' is no month


def test_a_capital_is_named_by_its_state_only_when_asked():
    q = parse_question("Which minister did the king receive in Riyadh in May 2019?")
    riyadh = q.places[0]
    text = "استقبلت السعودية وزيرا زائرا لبحث التعاون الأمني بين البلدين."
    assert subject.names(riyadh, text)
    assert not subject.names(riyadh, text, capital=False)
    assert subject.entities_named(q, text) == [False]  # the gates read names literally
    assert subject.entities_named(q, "زار الوزير الرياض أمس.") == [True]


def test_a_city_that_is_no_capital_is_not_named_by_its_state():
    q = parse_question("ماذا حدث في عدن؟")
    assert not subject.names(q.places[0], "قالت الحكومة إن الوضع في اليمن مستقر.")


def test_actions_read_the_capital_from_subject():
    from marsad.agent.qa import actions

    assert actions.names is subject.names
