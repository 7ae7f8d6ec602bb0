"""Pass 45 (loc45): attack places read from how news names them (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import named_places


def test_front_named_like_an_adjective_is_the_place(offline_place):
    # a front noun before a town of the country whose name ends like a nisba adjective: the town is the place
    loc = offline_place("شنت القوات الحكومية هجوما واسعا على مواقع الحوثيين في جبهة قانية بمحافظة البيضاء وسط "
                        "اليمن، وقتلت سبعة منهم.")
    assert loc is not None and loc.name == "قانية" and loc.country == "YE"


def test_front_named_like_an_adjective_switch_off(offline_place, monkeypatch):
    monkeypatch.setattr(named_places, "KNOWN_NISBA", False)
    loc = offline_place("شنت القوات الحكومية هجوما واسعا على مواقع الحوثيين في جبهة قانية بمحافظة البيضاء وسط "
                        "اليمن، وقتلت سبعة منهم.")
    assert loc is not None and loc.name != "قانية"


@pytest.mark.parametrize("text, place", [
    ("قتل خمسة مدنيين في قصف على منطقة سكنية في مدينة تعز اليمنية.", "تعز"),
    ("قتل خمسة مدنيين في قصف للحوثيين على منطقة سكنية في اليمن.", "اليمن"),
])
def test_adjective_of_kind_is_no_place(offline_place, text, place):
    # "منطقة سكنية" (a residential area) says what kind of place it is: no town of that name
    assert offline_place(text).name == place
