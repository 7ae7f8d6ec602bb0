"""Pass 45: an attack a permit word allows ("سمحت للطائرات بشن ضربات") is allowed, not done (GUIDELINES §4
non-incidents; ``scope.PERMITTED``). Sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import scope

ALLOWED = "وقال الوزير إن بلاده سمحت للمقاتلات الفرنسية بشن غارات على معاقل المسلحين في محافظة نينوى."
VISIT = "وسمحت الشرطة للصحفيين بدخول موقع الهجوم الذي استهدف سوقا في مدينة كركوك أمس وأسفر عن مقتل خمسة."


def test_a_permitted_strike_is_no_attack(offline_extract):
    assert not offline_extract(ALLOWED).attacks


def test_an_attack_after_a_permit_to_enter_stays(offline_extract):
    assert len(offline_extract(VISIT).attacks) == 1


@pytest.mark.parametrize("on", [True, False])
def test_switch(offline_extract, monkeypatch, on):
    monkeypatch.setattr(scope, "PERMITTED", on)
    assert (not offline_extract(ALLOWED).attacks) is on
