"""Pass 49: a valley ("وادي") is a place noun that heads its name, as "جبل" is (``named_places.VALLEYS``): a valley no
gazetteer knows is the incident's place, and one joined by "و" to another named place is a place of its own (one
record per named place, GUIDELINES D-21)."""

from __future__ import annotations

from marsad.agent.offline import named_places


def _places(offline_extract, text):
    return sorted(a.location.name for a in offline_extract(text).attacks if a.location is not None)


_LONE = "نفذت قوات الجيش اليمني هجوماً على مواقع الحوثيين في وادي الرشا بمحافظة مأرب."
_JOINED = "قصفت مدفعية الجيش اليمني مواقع الحوثيين في منطقة المشجح ووادي الرشا بمحافظة مأرب."


def test_lone_valley_is_the_place(offline_extract):
    assert _places(offline_extract, _LONE) == ["وادي الرشا"]


def test_valley_joined_to_a_named_place(offline_extract):
    assert _places(offline_extract, _JOINED) == ["المشجح", "وادي الرشا"]


def test_valley_joined_to_a_camp(offline_extract):
    text = "دمرت غارتان للتحالف آليات للمسلحين في معسكر الحمزة ووادي الصفراء بمديرية السبرة."
    assert _places(offline_extract, text) == ["الحمزة", "وادي الصفراء"]


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(named_places, "VALLEYS", False)
    assert _places(offline_extract, _LONE) != ["وادي الرشا"]
    assert _places(offline_extract, _JOINED) != ["المشجح", "وادي الرشا"]
