"""Perpetrator rules of session 19. Sentences written for these tests (names, places and numbers made up).

- ``WHOLE_NAMES``: the cut between two events of one sentence may fall inside a force's name ("قذائف ميليشيا |
  الحوثي"); the name belongs whole to the event it starts in.
"""

from __future__ import annotations

from marsad.agent.offline import roles_perpetrator

_CUT_NAME = ("رصد مركز حقوقي في تعز إصابة سبعة مدنيين بقذائف ميليشيا الحوثي المسلحة، وأصيب ثلاثة آخرون "
             "برصاص قناصتها في حي الروضة يوم الاثنين.")


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


def test_name_cut_by_the_event_split_is_read_whole(offline_extract):
    assert "الحوثي" in (_doers(offline_extract(_CUT_NAME))[0] or "")


def test_name_cut_switch_off_loses_the_doer(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_perpetrator, "WHOLE_NAMES", False)
    assert _doers(offline_extract(_CUT_NAME))[0] is None
