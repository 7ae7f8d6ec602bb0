"""Pass 49: places that hold an unknown place, told one after another right after it ("بمنطقة الخشم التابعة لمديرية
..."), are no distance between it and the known place that holds them all (``attacks_events.PARENT_CHAIN``): the
unknown place stays the incident's place."""

from __future__ import annotations

from marsad.agent.offline import attacks_events


def _places(offline_extract, text):
    return [a.location.name for a in offline_extract(text).attacks if a.location is not None]


_LINKED = "قصفت طائرات التحالف معسكراً للحوثيين في جبل عيان بمنطقة الخشم التابعة لمديرية الزهرة."
_IN = "قصفت طائرات التحالف معسكراً للحوثيين في جبل عيان بمنطقة الخشم في مديرية الزهرة."


def test_holder_then_linked_district(offline_extract):
    assert _places(offline_extract, _LINKED) == ["جبل عيان"]


def test_holder_then_district_after_in(offline_extract):
    assert _places(offline_extract, _IN) == ["جبل عيان"]


def test_one_holder_is_unchanged(offline_extract):
    text = "قصفت طائرات التحالف معسكراً للحوثيين في منطقة الخشم التابعة لمديرية الزهرة."
    assert _places(offline_extract, text) == ["الخشم"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "PARENT_CHAIN", False)
    assert _places(offline_extract, _LINKED) != ["جبل عيان"]
    assert _places(offline_extract, _IN) != ["جبل عيان"]
