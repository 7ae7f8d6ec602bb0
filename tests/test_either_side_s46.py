"""Pass 46: fighting told "بين" two named sides, with nothing telling who attacked, has the first side as its doer
(``roles_sides.EITHER_SIDE``; GUIDELINES D-31 lists both sides, either accepted). A repelled or attempted attack
and a "بين" that names no two sides give none. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_sides

FIGHT = "اندلعت، مساء الثلاثاء، معارك عنيفة بين الجيش اليمني وميليشيات الحوثي في مديرية الملاجم."
ATTEMPT = ("اندلعت، مساء الثلاثاء، معارك عنيفة بين الجيش اليمني وميليشيات الحوثي في مديرية الملاجم، "
           "إثر محاولة الميليشيات التسلل إلى مواقع الجيش.")
NO_SIDES = "اندلعت، مساء الثلاثاء، معارك عنيفة بين الطرفين في مديرية الملاجم."


def test_first_side_of_a_fight_between_two_is_the_doer(frame_doers):
    assert frame_doers(FIGHT)[0] == "الجيش اليمني"


def test_an_attempted_attack_gives_no_side_this_way(frame_doers):
    assert frame_doers(ATTEMPT)[0] != "الجيش اليمني"


def test_no_named_sides_no_doer(frame_doers):
    assert frame_doers(NO_SIDES)[0] is None


@pytest.mark.parametrize("on", [True, False])
def test_switch(frame_doers, monkeypatch, on):
    monkeypatch.setattr(roles_sides, "EITHER_SIDE", on)
    assert (frame_doers(FIGHT)[0] == "الجيش اليمني") is on
