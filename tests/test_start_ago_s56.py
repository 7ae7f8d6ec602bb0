"""An "ago" span in a relative clause of starting dates when a run of events began, not the incident told beside it,
pass 56 (``attacks_dates.START_AGO``): "قتل متظاهر خلال الاحتجاجات التي اندلعت قبل أسبوعين" is neither dated to the
month two weeks back nor past context.

Sentences written for these tests (places, names and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_dates

_TEXTS = [
    "قتل متظاهر برصاص الشرطة في مدينة البصرة خلال الاحتجاجات التي اندلعت قبل أسبوعين.",
    "أصيب شاب برصاص الجنود قرب مدينة الخليل في آخر أيام المسيرات التي بدأت قبل ستة أسابيع.",
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize("text", _TEXTS)
def test_the_start_of_a_run_of_events_dates_no_incident(offline_extract, monkeypatch, on, text):
    monkeypatch.setattr(attacks_dates, "START_AGO", on)
    (a,) = offline_extract(text).attacks
    if on:
        assert (a.date, a.background) == (None, False)
    else:
        assert (a.date, a.date_precision, a.background) == ("2019-02", "month", True)


def test_an_incident_told_ago_is_still_dated_back(offline_extract):
    (a,) = offline_extract("قتل متظاهر برصاص الشرطة في مدينة البصرة قبل أسبوعين.").attacks
    assert (a.date, a.date_precision) == ("2019-02", "month")
