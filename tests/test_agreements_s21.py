"""Agreements, twenty-first pass: sentences written for these tests (none from the corpus).

An agreement reached during talks, a visit or a meeting ("تم الاتفاق خلال المباحثات على ...") is often dated nowhere in
its own sentence: the day is told where the visit or the talks are ("قام بزيارة ... يوم الأربعاء 12/3/2014"). Such an
agreement had no date; it now takes the day of those talks (switch agreements_records.DURING_TALKS), a day told after
the word of the visit first (the statement's own day, told before it, is not the visit's).
"""

from __future__ import annotations

from marsad.agent.offline import agreements_records

_VISIT = ("أصدر البلدان اليوم بيانا مشتركا في ختام زيارة وزير الدفاع الكيني إلى تنزانيا، فقد قام الوزير بزيارة رسمية إلى دار"
          " السلام يوم الأربعاء 12/ 3/ 2014م تلبية لدعوة من نظيره التنزاني. وجرت مباحثات موسعة بين الجانبين. وقد تم"
          " الاتفاق خلال المباحثات على تعزيز التعاون العسكري والأمني بين كينيا وتنزانيا ومكافحة الإرهاب.")


def _dates(extract, text, published="2014-03-14"):
    return [(a.date, a.date_precision) for a in extract(text, published=published).agreements]


def test_an_agreement_reached_in_talks_takes_their_day(offline_extract):
    assert _dates(offline_extract, _VISIT) == [("2014-03-12", "day")]


def test_without_the_rule_it_has_no_date(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_records, "DURING_TALKS", False)
    assert _dates(offline_extract, _VISIT) == [(None, "unknown")]


def test_an_agreement_not_said_to_be_reached_in_talks_keeps_no_date(offline_extract):
    text = ("قام وزير الدفاع الكيني بزيارة رسمية إلى دار السلام يوم الأربعاء 12/ 3/ 2014م. وأكد الوزير أن الاتفاق"
            " العسكري والأمني بين كينيا وتنزانيا يحتاج إلى مراجعة.")
    assert all(d is None for d, _ in _dates(offline_extract, text))
