"""A night told by the two days it spans leaves the record's date out, pass 56 (``attacks_dates.TWO_DAY_NIGHT``,
GUIDELINES D-4): "ليل السبت - الأحد" or "ليل أول من أمس" fixes neither day; the words stay as ``date_text``. A night
named by one day ("ليل الجمعة") is that day, and so is an exact midnight ("منتصف ليل الجمعة السبت").

Sentences written for these tests (places, names and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_dates

_SPANS = [
    ("قتل خمسة جنود ليل السبت- الأحد في هجوم شنه مسلحون على حاجز للجيش في مدينة بعقوبة.", "ليل السبت- الأحد",
     "2019-03-09"),
    ("قصفت الطائرات موقعا للمسلحين في مدينة الموصل ليلة الخميس - الجمعة، ما أسفر عن مقتل 4 مسلحين.",
     "ليلة الخميس - الجمعة", "2019-03-07"),
    ("قتل فتى برصاص الجيش ليلة الأحد الاثنين قرب مدينة الخليل.", "ليلة الأحد الاثنين", "2019-03-10"),
    ("وقتل خمسة مدنيين في قصف على مدينة حلب ليل أول من أمس.", "ليل أول من أمس", "2019-03-08"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "said", "first_day"), _SPANS)
def test_a_two_day_night_leaves_the_date_out(offline_extract, monkeypatch, on, text, said, first_day):
    monkeypatch.setattr(attacks_dates, "TWO_DAY_NIGHT", on)
    (a,) = offline_extract(text).attacks
    if on:
        assert (a.date, a.date_precision, a.date_text) == (None, "unknown", said)
    else:
        assert (a.date, a.date_precision) == (first_day, "day")


@pytest.mark.parametrize(("text", "day"), [
    ("قتل شرطي في انفجار عبوة ناسفة ليل الجمعة في مدينة كركوك.", "2019-03-08"),
    ("قتل ثلاثة مدنيين في قصف على مدينة حلب منتصف ليل الجمعة السبت.", "2019-03-08"),
    ("قتل جنديان ليل الجمعة - الأحد في هجوم على حاجز في مدينة تكريت.", "2019-03-08"),
    ("قصفت الطائرات مواقع في الرقة منتصف ليل أول من أمس فقتلت 4.", "2019-03-08"),
    ("قتل شرطي في هجوم على حاجز في مدينة الموصل ليلة أمس.", "2019-03-09"),
])
def test_one_night_or_a_midnight_keeps_its_day(offline_extract, text, day):
    (a,) = offline_extract(text).attacks
    assert (a.date, a.date_precision) == (day, "day")
