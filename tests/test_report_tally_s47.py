"""Pass 47: in a story of a report on a period, the breakdown the report itself tells ("وأشار التقرير إلى أن ...") is
the period's tally, not one incident (:data:`~marsad.agent.offline.scope_totals.REPORT_TELLS`)."""

from marsad.agent.offline import scope_totals

_REPORT = "كشف تقرير حقوقي عن مقتل 30 مدنيا في مدينة تعز خلال شهر مايو الماضي. "
_BREAKDOWN = "وأشار التقرير كذلك إلى أن القصف على الأحياء السكنية أدى إلى إصابة 7 نساء وخمسة قاصرين."


def test_report_breakdown_is_the_period_tally(offline_extract):
    assert offline_extract(_REPORT + _BREAKDOWN).attacks == []


def test_report_breakdown_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_totals, "REPORT_TELLS", False)
    (a,) = offline_extract(_REPORT + _BREAKDOWN).attacks
    assert a.injured == 12


def test_report_teller_outside_a_period_report_keeps_the_incident(offline_extract):
    text = "وأشار التقرير إلى إصابة 7 نساء في قصف استهدف أحياء مدينة تعز أمس."
    (a,) = offline_extract(text).attacks
    assert a.injured == 7
