"""Perpetrator rules of session 19. Sentences written for these tests (names, places and numbers made up).

- ``WHOLE_NAMES``: the cut between two events of one sentence may fall inside a force's name ("قذائف ميليشيا |
  الحوثي"); the name belongs whole to the event it starts in.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_perpetrator, roles_subjects

_CUT_NAME = ("رصد مركز حقوقي في تعز إصابة سبعة مدنيين بقذائف ميليشيا الحوثي المسلحة، وأصيب ثلاثة آخرون "
             "برصاص قناصتها في حي الروضة يوم الاثنين.")


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


def test_name_cut_by_the_event_split_is_read_whole(offline_extract):
    assert "الحوثي" in (_doers(offline_extract(_CUT_NAME))[0] or "")


def test_name_cut_switch_off_loses_the_doer(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_perpetrator, "WHOLE_NAMES", False)
    assert _doers(offline_extract(_CUT_NAME))[0] is None


_OWN_TANK = "وذكر الجيش الإسرائيلي في بيانه أن نيران إحدى دباباته قتلت مسلحا اقترب من السياج شرق خان يونس."
_OWN_GUNS = "وأعلن الجيش التركي أن مدفعيته قصفت مواقع للمسلحين قرب بلدة حدودية يوم الأحد."


@pytest.mark.parametrize(("text", "doer"), [(_OWN_TANK, "الجيش الإسرائيلي"), (_OWN_GUNS, "القوات التركية")])
def test_force_telling_its_unit_struck_is_the_doer(offline_extract, text, doer):
    assert _doers(offline_extract(text)) == [doer]


@pytest.mark.parametrize("text", [_OWN_TANK, _OWN_GUNS])
def test_own_unit_switch_off_leaves_no_doer(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_subjects, "OWN_UNITS", False)
    assert _doers(offline_extract(text)) == [None]
