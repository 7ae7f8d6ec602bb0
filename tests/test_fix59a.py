"""Pass 59 (fix59a): a date with a month or a day the calendar does not have ("2018-13", "2018-06-31") is refused as a
period bound, naming the flag or field and the fix, and read as no date in an event.
"""

from __future__ import annotations

import pytest

from marsad.agent.events_period import event_date, events_in_period, period_pointer
from marsad.core.errors import PeriodError
from marsad.index.period import Period, date_span, parse_period


@pytest.mark.parametrize("bound", ["2018-13", "2018-00", "2018-06-31", "2019-02-29", "٢٠١٨-١٣"])
def test_a_bound_no_calendar_has_names_the_flag_and_the_fix(bound):
    with pytest.raises(PeriodError) as err:
        parse_period(None, bound)
    assert "--until" in str(err.value) and "YYYY-MM-DD" in str(err.value)
    with pytest.raises(PeriodError) as err:
        parse_period(bound, caller="app", language="ar")
    assert "«من»" in str(err.value) and "YYYY-MM-DD" in str(err.value)


@pytest.mark.parametrize("bound", ["2018-12", "2018-06-30", "2020-02-29", "٢٠١٨-٠٦"])
def test_a_real_bound_is_taken(bound):
    assert parse_period(bound, None) is not None


def test_an_impossible_event_date_is_no_date():
    assert date_span("2018-13") is None and date_span("2018-06-31") is None and date_span("2018-02-29") is None
    assert not Period("2018").holds("2018-13")
    assert event_date({"date": "2018-06-31"}) is None
    rows = [{"date": "2018-13", "first_reported": None}]
    assert events_in_period(rows, parse_period("2018")) == ([], 1)
    assert "1 carry no date" in period_pointer(rows, parse_period("2018"))
    assert date_span("2018-13") is None and not Period("2018").holds("2018-13")


def test_real_event_dates_keep_their_span():
    assert date_span("2018-06-30") == (20180630, 20180630)
    assert date_span("2018-12") == (20181200, 20181299)
    assert date_span("2020-02-29") == (20200229, 20200229)
    assert Period("2018").holds("2018-06-30")
