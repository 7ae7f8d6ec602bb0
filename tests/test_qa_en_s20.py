"""Session 20, English QA: digits of either script fit a question's year and day (agent/qa/domain.py)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.agent.qa import domain
from marsad.agent.qa.domain import Constraints, span_fits

# my own sentences (no corpus text): a 2019 feature recalling what a government did two years earlier
_TEXT = ("في مارس من عام ٢٠١٧ قررت الحكومة سحب الجنسية من ٤٠ مقاتلا. "
         "وقالت الوزارة إن القرار يشمل من سافروا للقتال في الخارج.")


@pytest.mark.parametrize("on", [True, False])
def test_indic_year_fits(monkeypatch, on):
    """A year asked about and written by the article in Arabic-Indic digits is stated there."""
    monkeypatch.setattr(domain, "INDIC_DIGITS", on)
    quote = _TEXT.split(". ")[0]
    fits = span_fits(Constraints(years=(2017,)), quote, _TEXT, "2019-02-10", "قرار قديم")
    assert fits is on


def test_indic_other_year_still_fails(monkeypatch):
    """Reading the digits does not make another year fit."""
    monkeypatch.setattr(domain, "INDIC_DIGITS", True)
    quote = _TEXT.split(". ")[0]
    assert not span_fits(Constraints(years=(2016,)), quote, _TEXT, "2019-02-10", "قرار قديم")


@pytest.mark.parametrize("on", [True, False])
def test_indic_day_fits(monkeypatch, on):
    """A full date asked about and stated in Arabic-Indic digits ("١٢ مارس ٢٠١٧") is the article's day."""
    monkeypatch.setattr(domain, "INDIC_DIGITS", on)
    text = "أعلنت الشرطة يوم ١٢ مارس ٢٠١٧ اعتقال خمسة مطلوبين في المدينة."
    fits = span_fits(Constraints(years=(2017,), day=date(2017, 3, 12)), text, text, "2018-05-01", "اعتقالات")
    assert fits is on

