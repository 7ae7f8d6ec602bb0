"""Pass 45: mines or bombs "نشر" (laid, deployed) with none told going off are no attack (GUIDELINES §4 non-incidents),
as with "زرع" (``attacks_events.SPREAD_LAID``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_cues, attacks_events

LAID = "وقام المسلحون بحفر خنادق في أحياء مدينة الرمادي، ونشر ألغام عشوائية حول مواقعهم، قبل وصول القوات."
WENT_OFF = "وقتل ثلاثة مزارعين، الاثنين، بانفجار لغم أرضي قرب بلدة الرطبة."


def test_mines_spread_are_no_attack(offline_extract):
    assert not offline_extract(LAID).attacks


def test_a_mine_going_off_stays(offline_extract):
    assert len(offline_extract(WENT_OFF).attacks) == 1


@pytest.mark.parametrize("on", [True, False])
def test_switch(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_events, "SPREAD_LAID", on)
    monkeypatch.setattr(attacks_cues, "BARE_WEAPON", False)  # (pass 52: mines named with nothing done are no attack too)
    assert (not offline_extract(LAID).attacks) is on
