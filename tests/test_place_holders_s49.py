"""Pass 49: places that hold an unknown place, told one after another right after it ("بمنطقة المضلع التابعة لمديرية
..."), are no distance between it and the known place that holds them all (``attacks_events.PARENT_CHAIN``): the
unknown place stays the incident's place."""

from __future__ import annotations

from marsad.agent.offline import attacks_events


def _places(offline_extract, text):
    return [a.location.name for a in offline_extract(text).attacks if a.location is not None]


_LINKED = "دمرت غارة جوية مخزناً للمسلحين في جبل الفرعة بمنطقة المضلع التابعة لمديرية حيس."
_IN = "دمرت غارة جوية مخزناً للمسلحين في جبل الفرعة بمنطقة المضلع في مديرية حيس."


def test_holder_then_linked_district(offline_extract):
    assert _places(offline_extract, _LINKED) == ["جبل الفرعة"]


def test_holder_then_district_after_in(offline_extract):
    assert _places(offline_extract, _IN) == ["جبل الفرعة"]


def test_one_holder_is_unchanged(offline_extract):
    text = "دمرت غارة جوية مخزناً للمسلحين في منطقة المضلع التابعة لمديرية حيس."
    assert _places(offline_extract, text) == ["المضلع"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "PARENT_CHAIN", False)
    assert _places(offline_extract, _LINKED) != ["جبل الفرعة"]
    assert _places(offline_extract, _IN) != ["جبل الفرعة"]
