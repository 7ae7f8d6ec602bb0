"""Pass 47: an article published in the second week after the month asked about, naming no month, tells that
week's events, not the month's (domain.MONTH_REACH). Sentences written for these tests."""

from marsad.agent.qa import domain
from marsad.agent.qa.domain import _month_fits


def test_an_article_of_the_first_week_after_the_month_may_tell_its_last_days():
    assert _month_fits((2016, 3), "2016-04-05", "قتل ثلاثة من عناصر الشرطة في تفجير عند حاجز امني")
    assert _month_fits((2016, 3), "2016-03-20", "")


def test_an_article_of_the_second_week_after_the_month_tells_its_own_days():
    assert not _month_fits((2016, 3), "2016-04-09", "قتل ثلاثة من عناصر الشرطة في تفجير عند حاجز امني")
    # unless it names the month asked about
    assert _month_fits((2016, 3), "2016-04-09", "وكان الهجوم قد وقع في اواخر اذار الماضي")


def test_a_reach_of_ten_days_lets_the_second_week_in(monkeypatch):
    monkeypatch.setattr(domain, "MONTH_REACH", 10)
    assert _month_fits((2016, 3), "2016-04-09", "")
