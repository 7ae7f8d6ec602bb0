"""Session 15 (fire direction): fire launched from a place and the strikes answering it are two incidents.

- Rockets or shells told by a launch word with where they flew from ("أطلقت من <place>") or to ("باتجاه <place>"),
  with no doer named, do not join a state's strikes on that place (or elsewhere than where the fire flew to).
- The launched fire's record is not placed where it was launched from; it takes where it flew to when told.
- Real retellings of one strike still join.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_incidents as attacks_incidents

attacks = partial(headline_attacks, published="2020-03-11")

_FROM = ("غارات على مواقع في القطاع\n"
         "وقتل ثلاثة مسلحين الثلاثاء في غارات جوية شنها الجيش الإسرائيلي على مواقع في قطاع غزة.\n"
         "وقال الجيش إن قذائف صاروخية أطلقت من غزة على بلداته الجنوبية.")

_TOWARD = ("تصعيد على حدود القطاع\n"
           "وكان الجيش الإسرائيلي قصف عشرات الأهداف في غزة خلال الليل، بينما تواصل إطلاق الصواريخ باتجاه "
           "بلدات جنوب إسرائيل صباح الأربعاء.")

_RETOLD = ("غارات على مواقع في القطاع\n"
           "شنت مقاتلات الجيش الإسرائيلي الثلاثاء غارات على مواقع في قطاع غزة.\n"
           "وقالت مصادر محلية إن الطائرات أطلقت عدة صواريخ من الجو على المواقع.")


def _show(recs):
    return [(r.attack_type, r.perpetrator, r.location and r.location.name) for r in recs]


def test_rockets_launched_from_the_struck_place_are_their_own_incident(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _FROM)
    assert len(recs) == 2, _show(recs)
    rockets = [r for r in recs if r.perpetrator is None]
    assert len(rockets) == 1 and rockets[0].attack_type == "shelling", _show(recs)
    assert rockets[0].location is None or rockets[0].location.country != "PS", _show(recs)  # not where launched
    monkeypatch.setattr(attacks_incidents, "DIRECTION", False)
    assert len(attacks(offline_extract, _FROM)) == 1  # the rule off: the merge this rule mends


def test_rockets_flown_toward_another_country_leave_the_strikes(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _TOWARD)
    assert len(recs) == 2, _show(recs)
    rockets = [r for r in recs if r.perpetrator is None]
    assert len(rockets) == 1 and rockets[0].location is not None and rockets[0].location.country == "IL", _show(recs)
    monkeypatch.setattr(attacks_incidents, "DIRECTION", False)
    assert len(attacks(offline_extract, _TOWARD)) == 1  # the rule off: the merge this rule mends


def test_a_state_strike_retold_with_a_launch_verb_stays_one(offline_extract, monkeypatch):
    recs = attacks(offline_extract, _RETOLD)
    assert len(recs) == 1, _show(recs)
    monkeypatch.setattr(attacks_incidents, "DIRECTION", False)
    assert _show(attacks(offline_extract, _RETOLD)) == _show(recs)  # aircraft launching missiles: no launched fire to split
