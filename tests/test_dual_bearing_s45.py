"""Pass 45: a dual place noun names two places even when its first name is told with a bearing from a known place
("في منطقتي X غرب مدينة Y وZ شرقها"): one record per place (GUIDELINES D-21; ``named_places.DUAL_BEARING``)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import named_places


def _places(offline_extract, text):
    return [a.location.name if a.location else None for a in offline_extract(text).attacks]


@pytest.mark.parametrize(("text", "places"), [
    ("وهاجم مسلحو تنظيم داعش فجر اليوم ثكنات للجيش في منطقتي البوعيثة غرب سامراء والجلام شرقها، وقتل جنديان.",
     ["البوعيثة", "الجلام"]),
    ("وقصفت مدفعية الجيش أمس تجمعات للمسلحين في قريتي العكيدات شمال شرق الرمادي والبوذياب جنوبها.",
     ["العكيدات", "البوذياب"]),
])
def test_dual_with_bearing_names_both_places(offline_extract, text, places):
    assert _places(offline_extract, text) == places


def test_singular_noun_keeps_one_place(offline_extract):
    # negative: a singular place noun names one place; a name joined after its bearing is not read as a second place of it
    text = "وهاجم مسلحو تنظيم داعش فجر اليوم ثكنات للجيش في منطقة البوعيثة غرب سامراء والجلام، وقتل جنديان."
    assert len(_places(offline_extract, text)) == 1


def test_switch_off_keeps_first_place(offline_extract, monkeypatch):
    monkeypatch.setattr(named_places, "DUAL_BEARING", False)
    text = "وهاجم مسلحو تنظيم داعش فجر اليوم ثكنات للجيش في منطقتي البوعيثة غرب سامراء والجلام شرقها، وقتل جنديان."
    assert _places(offline_extract, text) == ["البوعيثة"]
