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
    monkeypatch.setattr(roles_perpetrator, "PRONOUN_FORCES", False)  # which reads "أن مدفعيته قصفت" too
    assert _doers(offline_extract(text)) == [None]


_PRONOUN_SNIPERS = ("وأفاد المرصد أن مدنيين اثنين أصيبا بقذائف ميليشيا الحوثي في حي الجمهوري، كما أصيب طفل برصاص "
                    "قناصيها قرب السوق المركزي يوم الخميس.")
_PRONOUN_STATE = ("وتعرضت إسرائيل لانتقادات واسعة بعد أسبوع من المظاهرات قرب السياج، حيث قتلت قواتها 21 فلسطينيا "
                  "بحسب وزارة الصحة.")
_OWN_DEAD = "وأعلنت الحركة مقتل أحد مقاتليها في اشتباكات مع مسلحين قرب البلدة."


def _frame_doers(text: str) -> list:
    """The doer of each event frame of a one-sentence text (the frame level: a record needs more than a doer)."""
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.agent.offline.roles import perpetrator
    from marsad.schemas import Document

    ctx = build_context(Document(doc_id="t", text=text, published="2019-03-10"), get_gazetteer())
    return [m.entry.id if (m := perpetrator(ctx, f)) else None for f in find_frames(ctx, 0)]


def test_pronoun_forces_take_the_force_named_before(offline_extract):
    assert _doers(offline_extract(_PRONOUN_SNIPERS)).count("الحوثيين") == 2


def test_pronoun_forces_of_a_state_are_its_forces():
    assert _frame_doers(_PRONOUN_STATE) == ["israeli_army"]


def test_pronoun_forces_among_the_dead_are_no_doer():
    doers = _frame_doers(_OWN_DEAD)
    assert doers and all(d is None for d in doers)


def test_pronoun_forces_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_perpetrator, "PRONOUN_FORCES", False)
    assert _frame_doers(_PRONOUN_STATE) == [None]
    assert _doers(offline_extract(_PRONOUN_SNIPERS)).count("الحوثيين") < 2
