"""Pass 46 (date46): a count of years back from publication ("قبل 3 سنوات") is read as a year (dates.YEARS_AGO), so a
past incident told with it keeps its own year and does not join another past incident of a different year."""
import datetime as dt

import pytest

from marsad.agent import dates
from marsad.agent.dates import resolve_text

PUB = dt.date(2019, 3, 10)


def _read(text: str) -> list[tuple[str, str | None, str]]:
    return [(t, r.iso, r.precision) for t, r in resolve_text(text, PUB)]


@pytest.mark.parametrize("text, year", [
    ("وكان المسلحون قد اقتحموا القرية قبل 4 سنوات", "2015"),
    ("اغتيل القاضي قبل نحو ثلاثة أعوام في منزله", "2016"),
    ("وقبل عامين، انفجرت عبوة قرب السوق", "2017"),
    ("خطف الصحفي قبل عام ولم يعرف مصيره", "2018"),
    ("فجرت سيارة قرب المصرف قبل 12 عاماً تقريباً", "2007"),
    ("قبل عشر سنوات هاجم مسلحون الحافلة", "2009"),
])
def test_years_back_read_as_a_year(text, year):
    got = _read(text)
    assert len(got) == 1 and got[0][1:] == (year, "year")


@pytest.mark.parametrize("text", [
    "قبل عام 2016 لم تكن الجماعة معروفة",  # a year named, not a count back
    "وصل المراقبون قبل عامين من الانتخابات",  # before another event
    "وصل المراقبون قبل ثلاث سنوات من الانتخابات",  # a counted span before another event
    "أعلنت الهدنة قبل 3 سنوات على توقيع الاتفاق",
    "تولى منصبه قبل أكثر من عشر سنوات",  # no year can be told
    "قبل أن يغادر المدينة",
])
def test_no_year_back(text):
    got = _read(text)
    assert all(iso != "2017" and iso != "2009" for _, iso, _ in got)
    if "2016" in text:
        assert got == [("عام 2016", "2016", "year")]
    else:
        assert got == []


def test_switch_off_reads_no_year(monkeypatch):
    monkeypatch.setattr(dates, "YEARS_AGO", False)
    assert _read("وكان المسلحون قد اقتحموا القرية قبل 4 سنوات") == []


def test_old_incidents_of_two_years_stay_apart(offline_extract):
    text = ("وفي عام 2015 فجر انتحاري نفسه في سوق بمدينة كركوك موقعا 14 قتيلا. "
            "وكان شقيقه قد شارك في تفجير سيارة مفخخة في مدينة تكريت قبل ست سنوات.")
    attacks = offline_extract(text).attacks
    years = sorted(a.date for a in attacks if a.date)
    assert years == ["2013", "2015"]
    assert all(a.background for a in attacks)


def test_a_count_of_years_far_after_the_event_does_not_date_it(offline_extract):
    # the years count the taking of the town, told at the end; the attack is today's
    text = ("قتل مسلحون أربعة جنود بهجوم على نقطة تفتيش في مدينة بيجي صباح اليوم، في أعنف هجوم تشهده المدينة منذ "
            "أن استعادت القوات الحكومية السيطرة عليها قبل ثلاث سنوات.")
    attacks = offline_extract(text).attacks
    assert len(attacks) == 1
    assert attacks[0].date == "2019-03-10" and not attacks[0].background


def test_a_bare_attack_word_dated_only_by_years_back_is_no_record(offline_extract):
    text = ("قتل ثلاثة جنود في تفجير عبوة ناسفة في مدينة الموصل أمس الأحد. "
            "وشهدت مدينة الرمادي هجوما على مقر للشرطة قبل 4 سنوات.")
    attacks = offline_extract(text).attacks
    assert [a.attack_type for a in attacks] == ["ied"]
    # the same allusion with the year the text names is one (the rule for a bare attack word is unchanged)
    named = offline_extract(text.replace("قبل 4 سنوات", "عام 2015")).attacks
    assert sorted(a.date for a in named) == ["2015", "2019-03-03"]


def test_a_bare_attack_word_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_records

    monkeypatch.setattr(attacks_records, "COUNTED_BACK_THIN", False)
    text = ("قتل ثلاثة جنود في تفجير عبوة ناسفة في مدينة الموصل أمس الأحد. "
            "وشهدت مدينة الرمادي هجوما على مقر للشرطة قبل 4 سنوات.")
    assert sorted(a.date for a in offline_extract(text).attacks) == ["2015", "2019-03-03"]


def test_an_agreement_signed_years_back_takes_that_year(offline_extract):
    text = "وبدأت عودة اللاجئين منذ توقيع اتفاق وقف إطلاق النار بين الحكومة والمعارضة في الجنوب قبل عامين."
    agreements = offline_extract(text).agreements
    assert agreements and agreements[0].date == "2017"


def test_a_count_of_years_after_since_dates_what_it_follows(offline_extract):
    # "منذ" between the event and the count: the years date the takeover told after it, not today's attack
    text = "قتل 5 أشخاص في أعنف هجوم منذ سيطرة الجيش على المدينة قبل 3 سنوات."
    assert [a.date for a in offline_extract(text).attacks] != ["2016"]


def test_a_count_as_large_as_the_year_is_no_date():
    assert all(iso is None for _, iso, _ in _read("قتل الجندي قبل 0 سنوات"))  # no year for a count of nought
    assert _read("وقعت المعركة قبل 99 عاما")[0][1:] == ("1920", "year")
    assert dates.resolve(dates.find_dates("قبل 3 سنوات")[0], dt.date(2, 1, 1)).iso is None
