"""Pass 39 date rule: a year told in a relative clause of founding or birth ("التي تأسست عام 1990") is not the
incident's day (``attacks_dates.FOUNDING_CLAUSE``); read as its day, it made the retelling that names the doer a
history item and dropped it. Sentences written for these tests."""

from marsad.agent.offline import attacks_dates as ad

FOUNDED = ("قال مسؤول عسكري يوم الأحد إن قصفا صاروخيا استهدف الأسبوع الماضي قاعدة جوية في الجولان. "
           "وقالت إسرائيل إن القصف نفذته جماعة حزب الله التي تأسست عام 1985.")


def _attacks(extract, text, published="2018-05-14"):
    return extract(text, published=published).attacks


def test_founding_year_is_not_the_incidents_day(offline_extract):
    atts = _attacks(offline_extract, FOUNDED)
    assert len(atts) == 1
    assert atts[0].date == "2018-05" and "حزب الله" in (atts[0].perpetrator or "")


def test_founding_year_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ad, "FOUNDING_CLAUSE", False)
    assert not any("حزب الله" in (a.perpetrator or "") for a in _attacks(offline_extract, FOUNDED))


def test_day_in_another_relative_clause_still_dates_the_incident(offline_extract):
    text = "قتل ثلاثة جنود في كمين نصبه مسلحون للدورية التي خرجت يوم الأحد من قاعدة قرب مدينة الرمادي."
    atts = _attacks(offline_extract, text, published="2018-05-16")
    assert [a.date for a in atts] == ["2018-05-13"]
