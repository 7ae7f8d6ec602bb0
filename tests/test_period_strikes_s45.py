"""Pass 45: strikes told only by the span they fell in, aimed at a target and with no count, are one record for the
period (GUIDELINES D-8), not a period total (``scope_totals.PERIOD_STRIKES``)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import scope_totals


def _attacks(offline_extract, text):
    return offline_extract(text).attacks


def test_aimed_strikes_over_a_month_are_one_record(offline_extract):
    text = "وشنت المقاتلات الإسرائيلية خلال الشهر الجاري ضربات عدة استهدفت مستودعات للذخيرة في ميناء غزة."
    (attack,) = _attacks(offline_extract, text)
    assert attack.attack_type == "airstrike"


@pytest.mark.parametrize("text", [
    # a toll over the span: a period total
    "وشنت المقاتلات الإسرائيلية خلال الشهر الجاري ضربات عدة استهدفت مواقع في قطاع غزة وأسفرت عن مقتل 14 شخصا.",
    # strikes counted since a time: a running total
    "وشنت الطائرات التركية منذ بدء الحملة غارات استهدفت مخابئ المسلحين في جبال قنديل.",
])
def test_counted_strikes_stay_a_total(offline_extract, text):
    assert _attacks(offline_extract, text) == []


def test_switch_off_drops_the_period_strikes(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_totals, "PERIOD_STRIKES", False)
    text = "وشنت المقاتلات الإسرائيلية خلال الشهر الجاري ضربات عدة استهدفت مستودعات للذخيرة في ميناء غزة."
    assert _attacks(offline_extract, text) == []
