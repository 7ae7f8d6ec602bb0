"""Where a projectile was fired, read more widely, pass 52 (``roles_launched.LAUNCHED_WIDE``): the projectile past the
firing verb's subject and a day set off by commas, a definite projectile, and -- when no object of an attack word
is written -- the verbal noun of firing ("إطلاق الصواريخ باتجاه ..."), not after a launcher noun.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_launched

_CASES = [
    ("أطلقت ميليشيات الحوثي، اليوم الأحد، صاروخا باليستيا باتجاه مدينة المخا، وسقط في منطقة صحراوية.",
     "مدينة المخا"),
    ("واستمر إطلاق الصواريخ باتجاه البلدات الحدودية فجر الأربعاء.", "البلدات الحدودية"),
    ("وأضاف المتحدث أن مسلحي المعارضة ردوا بإطلاق الصواريخ والقذائف على قريتين قرب مدينة إدلب.", "قريتين"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "aimed"), _CASES)
def test_where_it_was_fired_is_the_target(offline_extract, monkeypatch, on, text, aimed):
    monkeypatch.setattr(roles_launched, "LAUNCHED_WIDE", on)
    (a,) = offline_extract(text).attacks
    assert a.target == (aimed if on else None)

