"""Pass 45: the dead of a clash "مع" a force are the doers when a later sentence tells them attacking
(``roles_sides.CLASH_ATTACKED_LATER``, D-19/D-31). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_sides

CLASH = "لقي 9 من عناصر ميليشيا الحوثي مصرعهم، الأحد، في مواجهات مع الجيش اليمني بمديرية نهم."
TRIED = " وأفاد المصدر بأن مجموعة من عناصر الميليشيا حاولت التسلل إلى مواقع الجيش، وتم إفشال الهجوم."
NO_ATTACK = " وأضاف المصدر أن الجيش استعاد موقعين في المديرية."


def test_the_dead_who_attacked_later_are_the_doers(frame_doers):
    assert frame_doers(CLASH + TRIED)[0] == "الحوثيين"


def test_with_no_later_attack_the_foe_stays_the_doer(frame_doers):
    doers = frame_doers(CLASH + NO_ATTACK)
    assert doers[0] is not None and doers[0] != "الحوثيين"


@pytest.mark.parametrize("on", [True, False])
def test_switch(frame_doers, monkeypatch, on):
    monkeypatch.setattr(roles_sides, "CLASH_ATTACKED_LATER", on)
    assert (frame_doers(CLASH + TRIED)[0] == "الحوثيين") is on
