"""The side told as holed up in a place is the side a storming was aimed at, not its doer, pass 52
(``roles_losses.HOLED_UP``): "اقتحام المجمع الذي يتحصن فيه مسلحو التنظيم".

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_losses

_STORMED = ("وقال قائد المنطقة إن قوات النخبة الحضرمية، تمكنت مساء الخميس، وبإسناد جوي كثيف لطيران التحالف العربي "
            "من اقتحام المجمع الذي كان يتحصن فيه مسلحو تنظيم القاعدة قرب بلدة غيل باوزير وتطهيره.")


@pytest.mark.parametrize("on", [True, False])
def test_the_holed_up_side_is_no_doer(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_losses, "HOLED_UP", on)
    (a,) = offline_extract(_STORMED).attacks
    assert a.perpetrator == ("قوات النخبة الحضرمية" if on else "تنظيم القاعدة")


def test_a_doer_told_plainly_is_kept(offline_extract):
    (a,) = offline_extract("واقتحم مسلحو تنظيم القاعدة مقرا أمنيا في مدينة المكلا فجر الخميس.").attacks
    assert a.perpetrator == "تنظيم القاعدة"


@pytest.mark.parametrize("on", [True, False])
def test_the_holed_up_side_is_the_target(offline_extract, monkeypatch, on):
    from marsad.agent.offline import roles_targets

    monkeypatch.setattr(roles_targets, "HOLED_TARGET", on)
    (a,) = offline_extract(_STORMED).attacks
    assert a.target == ("تنظيم القاعدة" if on else None)
