"""Pass 43, roles_losses ADMITTED_LOSSES: the side that admits its losses is not the doer.

"اعترفت الميليشيا بمقتل ثلاثة من قادتها" tells who lost men; the subject of the verb of admitting was read as the
one who killed them. An admitted act ("اعترف الجيش بقصف ...") is not a loss and keeps its reading.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

import marsad.agent.offline.roles_losses as losses_mod

_HOUTHI = "واعترفت ميليشيا الحوثي بمقتل ثلاثة من قادتها الميدانيين في مديرية صرواح."
_TALIBAN = "وأقرت حركة طالبان بمقتل خمسة من مقاتليها في غارة أمريكية بولاية هلمند."


def test_the_admitting_side_is_not_the_doer(frame_doers):
    assert frame_doers(_HOUTHI) == [None]


def test_the_strike_named_after_it_gives_the_doer(frame_doers):
    assert frame_doers(_TALIBAN) == ["القوات الأمريكية"]


def test_a_named_attacker_after_the_admission_stays(frame_doers):
    assert frame_doers("واعترف الجيش السوري بمقتل 4 من جنوده في هجوم لتنظيم داعش قرب تدمر.") == ["داعش"]


def test_a_claim_is_no_admission_of_losses(frame_doers):
    assert frame_doers("وأعلنت ميليشيا الحوثي مقتل ثلاثة جنود في هجوم شنته على موقع في صرواح.") == ["الحوثيين"]


def test_switch_off(frame_doers, monkeypatch):
    monkeypatch.setattr(losses_mod, "ADMITTED_LOSSES", False)
    assert frame_doers(_HOUTHI) == ["الحوثيين"]
