"""Dates: explicit Levantine/standard month names, relative expressions against a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.agent.dates import resolve_text

PUB = dt.date(2021, 1, 25)  # a Monday


@pytest.mark.parametrize("text,iso,precision", [
    ("ظهر أمس السبت", "2021-01-23", "day"),  # the named weekday wins over a file dated a day late
    ("ظهر أمس الأحد", "2021-01-24", "day"),
    ("مساء أول من أمس", "2021-01-23", "day"),
    ("فجر اليوم", "2021-01-25", "day"),
    ("غداً الأحد", "2021-01-26", "day"),
    ("ابتداء من يوم غد", "2021-01-26", "day"),
    ("فجر الأحد", "2021-01-24", "day"),
    ("الثلاثاء الماضي", "2021-01-19", "day"),
    ("في التاسع من الشهر الحالي", "2021-01-09", "day"),
    ("الأسبوع الماضي", "2021-01", "month"),
    ("الشهر الماضي", "2020-12", "month"),
    ("العام الماضي", "2020", "year"),
    ("18 شباط فبراير الماضي", "2020-02-18", "day"),
    ("قبل يومين", "2021-01-23", "day"),
])
def test_relative_dates_resolve_against_publication(text, iso, precision):
    ((_, r),) = resolve_text(text, PUB)
    assert (r.iso, r.precision) == (iso, precision)


@pytest.mark.parametrize("text,iso,precision", [
    ("15 آذار مارس 2021", "2021-03-15", "day"),
    ("في 4 آب أغسطس عام 2014", "2014-08-04", "day"),
    ("28 كانون الاول ديسمبر عام 2014", "2014-12-28", "day"),
    ("في كانون الثاني يناير عام 2017", "2017-01", "month"),
    ("أواخر العام 2017", "2017", "year"),
    ("2021/9/5", "2021-09-05", "day"),
    ("5 تشرين الثاني 2019", "2019-11-05", "day"),
])
def test_explicit_dates_need_no_publication_date(text, iso, precision):
    ((_, r),) = resolve_text(text)
    assert (r.iso, r.precision) == (iso, precision)


@pytest.mark.parametrize("text", ["أمس السبت", "فجر اليوم", "الثلاثاء الماضي", "18 شباط فبراير الماضي",
                                  "في التاسع من الشهر الحالي"])
def test_without_publication_date_relative_dates_stay_unknown(text):
    ((found, r),) = resolve_text(text)
    assert r.iso is None and r.precision == "unknown" and found


def test_weekday_is_fixed_by_an_explicit_weekday_date_in_the_same_text():
    found = resolve_text("وقع الهجوم فجر الاحد. وقال النائب خلال مؤتمره الاحد 5 أيلول سبتمبر 2021 إن")
    first = found[0][1]
    assert (first.iso, first.inferred) == ("2021-09-05", True)


def test_common_words_are_not_months():
    assert resolve_text("زار الأب ابنه ومارس الرياضة") == []


def test_feminine_qualifiers():
    ((_, r),) = resolve_text("الخميس الماضية", dt.date(2021, 6, 17))
    assert r.iso == "2021-06-10"
    ((_, r),) = resolve_text("الجمعة المقبلة", dt.date(2021, 6, 17))
    assert r.iso == "2021-06-18"
