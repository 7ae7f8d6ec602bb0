"""Fighting told at a place that is the front of an incident told with no place of its own gives that incident its
place, pass 56 (``attacks_incidents.FRONT_PLACE``): "ودارت معارك في مديرية كذا ... وأسفرت المواجهات عن مقتل 12" is
one incident at that district, not at the province the rest of the article names.

Sentences written for these tests (places, names and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_incidents

_TEXTS = [
    "ودارت معارك عنيفة بين قوات الجيش والمتمردين في مديرية كتاف بمحافظة صعدة. وقتل 12 من المتمردين في المواجهات.",
    "ودارت معارك عنيفة بين قوات الجيش والمتمردين في مديرية حرض بمحافظة حجة منذ فجر اليوم. وأوضح المصدر أن الجيش تمكن "
    "من التقدم. وأسفرت المواجهات عن مقتل 9 من المتمردين.",
]
"""Tolls only FRONT_PLACE places: the toll is no battle noun opening its sentence, or the fighting is told two
sentences before it (``context_place._battle_told_before`` reads a battle noun's place from the sentence right before
only)."""


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "province", "district"), [(_TEXTS[0], "Saada", "Kitaf"), (_TEXTS[1], "Hajjah", "Haradh")])
def test_the_front_gives_the_unplaced_toll_its_place(offline_extract, monkeypatch, on, text, province, district):
    monkeypatch.setattr(attacks_incidents, "FRONT_PLACE", on)
    (a,) = offline_extract(text).attacks
    assert a.location is not None and a.location.governorate == province
    # (off, the toll takes the province the rest of the article names)
    assert (a.location.admin_level == "district" and district in (a.location.name_en or "")) == on


def test_a_battle_noun_right_after_the_front_takes_its_place(offline_extract):
    text = ("ودارت معارك عنيفة بين قوات الجيش والمتمردين في مديرية كتاف بمحافظة صعدة. وأسفرت المواجهات عن مقتل 12 من "
            "المتمردين.")
    (a,) = offline_extract(text).attacks
    assert a.location is not None and a.location.admin_level == "district" and "Kitaf" in (a.location.name_en or "")


def test_a_toll_told_at_a_wide_place_keeps_it(offline_extract):
    text = ("ودارت معارك عنيفة بين قوات الجيش والمتمردين في مديرية كتاف. وأسفرت المواجهات في محافظة صعدة عن مقتل "
            "12 من المتمردين.")
    places = [a.location.name_en for a in offline_extract(text).attacks if a.location is not None]
    assert places and not any("Kitaf" in (p or "") for p in places)
