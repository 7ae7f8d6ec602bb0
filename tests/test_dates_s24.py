"""Dates and past context, session 24: a month told with "(من) العام الماضي" and a year with the Gregorian mark م are
read in their year; "السابق" after a person or a body is "former", no past cue; a relative clause with a recent day of
its own tells the news; a span back ("قبل 30 عاما") far from the event dates something else. Sentences written for the
tests (names, places and numbers made up)."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.agent import dates
from marsad.agent.dates import resolve_text
from marsad.agent.offline import attacks_dates

PUB = dt.date(2018, 6, 13)

_YEARS = [
    ("YEAR_REL", "وصل الوفد في 23 أبريل من العام الماضي إلى المدينة", ("2017-04-23", "day")),
    ("YEAR_REL", "انفجرت القنبلة يوم 9 سبتمبر/أيلول العام الماضي", ("2017-09-09", "day")),
    ("YEAR_REL", "اشترى السلاح في شهر مارس من العام الماضي", ("2017-03", "month")),
    ("YEAR_REL", "يجب أن يتم الانسحاب قبل نهاية فبراير من العام المقبل", ("2019-02", "month")),
    ("YEAR_MARK", "قصفت الطائرات السوق في 19 سبتمبر 2015م", ("2015-09-19", "day")),
    ("YEAR_MARK", "تأسست الجماعة عام 2009م في الشمال", ("2009", "year")),
]


@pytest.mark.parametrize(("switch", "text", "want"), _YEARS)
def test_year_told_after_month(switch, text, want):
    got = [(r.iso, r.precision) for _, r in resolve_text(text, PUB)]
    assert got == [want]


@pytest.mark.parametrize(("switch", "text", "want"), _YEARS)
def test_year_told_after_month_switch_off(monkeypatch, switch, text, want):
    monkeypatch.setattr(dates, switch, False)
    got = [(r.iso, r.precision) for _, r in resolve_text(text, PUB)]
    assert got != [want]


def test_same_year_is_not_current_year_reading():
    # "من العام نفسه" refers to a year told before: not read as a year after the month
    assert all(r.iso != "2018-06" for _, r in resolve_text("في يونيو من العام نفسه", PUB))


_NEWS = [
    ("SABIQ_FORMER", "قتل ثلاثة من الحراس في هجوم شنه مسلحون أمس على منزل قائد الشرطة السابق في بلدة الكرمل."),
    ("SABIQ_FORMER", "وأصيب خمسة مدنيين أمس بقصف استهدف مقر الحاكم السابق في مدينة الزهراء."),
    ("REL_RECENT", "وأسقطت الدفاعات الجوية الصواريخ التي حاولت استهداف مدينة الزهراء مساء الأحد."),
    ("AGO_NEAR", "قتل مسلحون حارسين عصر الأربعاء في هجوم على مبنى البلدية في بلدة الكرمل في خطوة هي الأولى منذ "
                 "افتتاح المبنى قبل 30 عاما."),
    ("AGO_NEAR", "قتلت قوات الأمن 12 محتجا في مدينة الزهراء الاثنين خلال مظاهرات غاضبة على قرار الحكومة الذي صدر "
                 "قبل أسابيع."),
    ("KANA_CLAUSE", "وكان الوزير قد حذر من التصعيد في الجنوب، فيما قصفت المدفعية بلدة الكرمل فجر أمس فقتلت 4 مدنيين."),
    ("KANA_CLAUSE", "وكانت الحكومة قد دعت إلى التهدئة، بينما انفجرت سيارة مفخخة أمس في سوق مدينة الزهراء وأصابت 9 أشخاص."),
]


@pytest.mark.parametrize(("switch", "text"), _NEWS)
def test_news_not_past(offline_extract, switch, text):
    found = offline_extract(text, published="2019-11-19")
    assert found.attacks
    assert not any(a.background for a in found.attacks)


@pytest.mark.parametrize(("switch", "text"), _NEWS)
def test_news_not_past_switch_off(offline_extract, monkeypatch, switch, text):
    monkeypatch.setattr(attacks_dates, switch, False)
    found = offline_extract(text, published="2019-11-19")
    assert not found.attacks or any(a.background for a in found.attacks)


def test_former_title_keeps_previous_attack_past(offline_extract):
    # "الهجوم السابق" (the previous attack) is still a past cue
    found = offline_extract("وكان الهجوم السابق على مخفر بلدة الكرمل قد أوقع 4 قتلى.", published="2019-11-19")
    assert found.attacks and all(a.background for a in found.attacks)
