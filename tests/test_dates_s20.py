"""Dates: a day/month/year written with spaces around its slashes or with the Gregorian mark after its year."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.agent import dates
from marsad.agent.dates import resolve_text

PUB = dt.date(2016, 4, 12)


@pytest.mark.parametrize("text,iso", [
    ("جرى التفجير في 27 / 12 / 2011م", "2011-12-27"),
    ("جرى التفجير في 27/12/2011م", "2011-12-27"),
    ("بتاريخ (3 /02 /2015م) قصفت الطائرات الجسر", "2015-02-03"),
    ("جرى التفجير في 2011/12/27", "2011-12-27"),
])
def test_spaced_or_marked_numeric_date(text, iso):
    assert [(r.iso, r.precision) for _, r in resolve_text(text, PUB)] == [(iso, "day")]


@pytest.mark.parametrize("text", ["فاز الفريق 3 / 1 / 2", "النسبة 45 / 13 / 2011م"])
def test_score_or_impossible_day_is_no_date(text):
    assert resolve_text(text, PUB) == []


def test_switch_off_gives_the_old_reading(monkeypatch):
    monkeypatch.setattr(dates, "SPACED_NUMERIC", False)
    assert resolve_text("جرى التفجير في 27 / 12 / 2011م", PUB) == []
