"""Which incident a detail telling joins, pass 42 (``attacks_incidents.FLOAT_NEAREST``): a telling with no place,
toll or day of its own ("قصفت مخازن ...") that its sentence tells right after one incident and before another goes
with the one told before it.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from marsad.agent.offline import attacks_incidents

_DETAIL_BETWEEN = ("شنت طائرات الجيش يوم السبت غارات قرب مدينة الفلوجة قصفت مخازن أسلحة وعربات مدرعة، "
                   "فضلا عن غارات أخرى قرب مدينة بيجي.")


def _targets(attacks) -> dict:
    return {a.location.name: a.target for a in attacks}


@pytest.mark.parametrize("on", [True, False])
def test_a_detail_joins_the_incident_told_before_it(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_incidents, "FLOAT_NEAREST", on)
    got = _targets(offline_extract(_DETAIL_BETWEEN).attacks)
    if on:
        assert got == {"مدينة الفلوجة": "مخازن أسلحة وعربات مدرعة", "مدينة بيجي": None}
    else:
        assert got["مدينة بيجي"] == "مخازن أسلحة وعربات مدرعة"


def _ev(si: int, ti: int, segment: int = 0) -> SimpleNamespace:
    return SimpleNamespace(si=si, ti=ti, segment=segment)


def test_nearest_before_keeps_the_last_incident_told_before():
    earlier = {"events": [_ev(1, 3)]}
    last = {"events": [_ev(2, 2)]}  # told before the detail (same sentence, earlier word): it keeps it
    assert attacks_incidents._nearest_before([earlier, last], _ev(2, 8)) is last
    told_earlier_sentence = {"events": [_ev(1, 9)]}
    assert attacks_incidents._nearest_before([told_earlier_sentence, {"events": [_ev(2, 12)]}], _ev(2, 8)) \
        is not told_earlier_sentence  # an incident told only in an earlier sentence is no nearer


def test_nearest_before_skips_an_incident_told_before_a_mark():
    # "قصفت المدفعية مواقع ... غداة غارات ...": the detail after the mark is not the first incident's
    first = {"events": [_ev(0, 0, segment=0)]}
    later = {"events": [_ev(0, 20, segment=1)]}
    assert attacks_incidents._nearest_before([first, later], _ev(0, 12, segment=1)) is later
    assert attacks_incidents._nearest_before([first, later], _ev(0, 12, segment=0)) is first
