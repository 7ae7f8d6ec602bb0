"""Pass 45: "مواجهات" between two armed sides told as taking place is a battle (``frames.ARMED_CONFRONTATIONS``), and
the verb of a battle taking place may stand before the day told ahead of the battle noun (``frames.OCCURRED_WHEN``)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import frames


def _types(offline_extract, text):
    return [a.attack_type for a in offline_extract(text).attacks]


@pytest.mark.parametrize("text", [
    "واندلعت مساء الخميس مواجهات حادة بين ميليشيا الحوثي وقوات الجيش الوطني غرب مديرية صرواح.",
    "ودارت أمس مواجهات ضارية بين وحدات الجيش الوطني من جهة وميليشيا الحوثي من جهة أخرى في مديرية الملاجم.",
])
def test_armed_confrontations_are_a_clash(offline_extract, text):
    assert _types(offline_extract, text) == ["armed_assault"]


def test_day_between_verb_and_battle_noun(offline_extract):
    assert _types(offline_extract, "ودارت فجر اليوم معارك عنيفة في مديرية الملاجم.") == ["armed_assault"]


@pytest.mark.parametrize("text", [
    # protesters facing troops: not two armed sides
    "واندلعت مساء الخميس مواجهات بين شبان فلسطينيين وجنود إسرائيليين قرب مدينة الخليل.",
    # no sides told
    "واندلعت مساء الخميس مواجهات عنيفة في مديرية صرواح.",
])
def test_other_confrontations_are_no_clash(offline_extract, text):
    assert _types(offline_extract, text) == []


def test_switches_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "ARMED_CONFRONTATIONS", False)
    monkeypatch.setattr(frames, "OCCURRED_WHEN", False)
    text = "واندلعت مساء الخميس مواجهات حادة بين ميليشيا الحوثي وقوات الجيش الوطني غرب مديرية صرواح."
    assert _types(offline_extract, text) == []
    assert _types(offline_extract, "ودارت فجر اليوم معارك عنيفة في مديرية الملاجم.") == []
