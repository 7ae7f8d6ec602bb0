"""Dead told as others, pass 42 (``attacks_events.OTHERS_APART``): a death toll followed by "others" ("وقتل ثلاثة
آخرون") counts people not counted before, so the event joins no incident already counted and no merge keyed on an
equal death toll (``attacks_clusters.others_toll``) joins its incident to one.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from marsad.agent.offline import attacks_events
from marsad.agent.offline.attacks_clusters import others_toll
from marsad.agent.offline.attacks_events import _told_as_others

_TWO_MINES = ("قتل ثلاثة مزارعين بانفجار لغم أرضي في قرية الصفا بمديرية حيس يوم الأحد. "
              "وقتل ثلاثة آخرون بانفجار عبوة ناسفة زرعها مسلحو الحوثي قرب سيارتهم.")
_TOLD_AGAIN = ("قتل ثلاثة مزارعين بانفجار لغم أرضي في قرية الصفا بمديرية حيس يوم الأحد. "
               "وقالت مصادر محلية إن ثلاثة مزارعين قتلوا بانفجار اللغم.")
_FURTHER_DEAD = ("أسفر هجوم لمسلحين على نقطة تفتيش في مدينة بعقوبة عن مقتل سبعة شرطيين، "
                 "فضلا عن مقتل ستة آخرين من المارة.")


@pytest.mark.parametrize("on", [True, False])
def test_others_of_the_same_count_are_another_incident(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_events, "OTHERS_APART", on)
    got = offline_extract(_TWO_MINES).attacks
    if on:
        assert len(got) == 2 and [a.killed for a in got] == [3, 3]
        assert got[0].perpetrator is None  # the doer of the second blast is not lent to the first
        assert got[1].perpetrator == "الحوثيين"
    else:
        assert len(got) == 1


def test_the_same_toll_told_again_without_others_stays_one(offline_extract):
    got = offline_extract(_TOLD_AGAIN).attacks
    assert [(a.location.name, a.killed) for a in got] == [("الصفا", 3)]


def test_others_in_the_incident_sentence_stay_its_further_dead(offline_extract):
    got = offline_extract(_FURTHER_DEAD).attacks
    assert [(a.location.name, a.killed) for a in got] == [("مدينة بعقوبة", 7)]


def _q(value, end):
    return SimpleNamespace(value=value, end=end)


def test_told_as_others_reads_the_word_after_the_count():
    words = ["وقتل", "ثلاثة", "اخرون", "بانفجار", "لغم"]
    assert _told_as_others(words, _q(3, 2))
    assert _told_as_others(["مقتل", "خمسة", "مدنيين", "اخرين"], _q(5, 2))  # a noun between
    assert not _told_as_others(["وقتل", "ثلاثة", "مدنيين", "بانفجار", "لغم"], _q(3, 2))
    assert not _told_as_others(words, None)


def test_others_toll_needs_the_incident_toll_told_as_others():
    ev = SimpleNamespace(others=True, killed=SimpleNamespace(value=3))
    plain = SimpleNamespace(others=False, killed=SimpleNamespace(value=3))
    assert others_toll({"killed": SimpleNamespace(value=3), "events": [ev]})
    assert not others_toll({"killed": SimpleNamespace(value=3), "events": [plain]})
    assert not others_toll({"killed": SimpleNamespace(value=4), "events": [ev]})  # its own toll is another count
    assert not others_toll({"killed": None, "events": [ev]})
