"""Dead counted as "persons" are the toll, not the target, pass 51 (``roles_targets.PERSON_COUNT``): "مقتل 12 شخصا"
names no target (as "أشخاص" did already), and one of the dead ("بينهم طفل") does not stand in for it.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets

_COUNTED = "أسفرت عملية إرهابية عن مقتل 12 شخصا في مدينة كويتا الباكستانية يوم الاثنين."
_AMONG_THEM = "سقط الصاروخ على حي سكني في مدينة حلب، ما تسبب بمقتل 16 شخصا بينهم امرأة وإصابة العشرات."
_PLACE = "قتل 5 أشخاص بينهم طفلان في قصف على مدينة إدلب أمس."


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize("text", [_COUNTED, _AMONG_THEM])
def test_persons_counted_are_no_target(offline_extract, monkeypatch, on, text):
    monkeypatch.setattr(roles_targets, "PERSON_COUNT", on)
    (a,) = offline_extract(text).attacks
    assert a.target == (None if on else "شخصا")


def test_the_written_object_is_kept(offline_extract):
    (a,) = offline_extract(_PLACE).attacks
    assert a.target == "مدينة إدلب"
