"""Session 32 (attack recall and precision): incidents merged that the text tells apart.

- A state's air strikes told with no place, toll or day of their own beside an armed group's shelling ("قصفت فصائل
  ... بلدة ...، بينما شن الطيران الحربي غارات على محيطها") joined the group's incident as a floating mention, which
  made the group's shelling an air strike: armed groups fly no aircraft, so the other side's mention is an incident
  of its own, or goes with an incident its own sentence tells of its side (attacks_incidents.FLOAT_OTHER_SIDE).

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

import pytest
from headline_text import headline_attacks

import marsad.agent.offline.attacks_incidents as incidents_mod
from marsad.agent.offline import OfflineExtractor


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


attacks = partial(headline_attacks, published="2016-04-10")


_BOTH_SIDES = ("المرصد: تبادل للقصف شمال سوريا\n"
               "قال المرصد إن فصائل المعارضة قصفت أمس بلدة نبل بالقذائف الصاروخية، بينما شن الطيران الحربي "
               "السوري ست غارات على مناطق في محيطها.")


def test_a_state_air_strike_beside_a_group_shelling_is_apart(ex, monkeypatch):
    got = {a.attack_type: a for a in attacks(ex, _BOTH_SIDES)}
    assert set(got) == {"shelling", "airstrike"}
    assert got["shelling"].location.name == "نبل"
    assert got["airstrike"].perpetrator != got["shelling"].perpetrator
    monkeypatch.setattr(incidents_mod, "FLOAT_OTHER_SIDE", False)
    old = attacks(ex, _BOTH_SIDES)  # what this fixes: one record, the group's shelling typed an air strike
    assert [a.attack_type for a in old] == ["airstrike"]


_GROUP_TELLS_STRIKES = ("مقتل خمسة في غارات على صعدة\n"
                        "قتل خمسة مسلحين أمس في غارات جوية شنتها مقاتلات التحالف على مواقع في صعدة.\n"
                        "وأعلنت جماعة الحوثي أن الغارات استهدفت مزارع.")


def test_the_strikes_named_again_by_a_group_stay_one(ex):
    got = attacks(ex, _GROUP_TELLS_STRIKES)
    assert [(a.attack_type, a.killed) for a in got] == [("airstrike", 5)]
