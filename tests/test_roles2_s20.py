"""Roles, session 20 (second pass): the target of an attack told with "ضد" or by the side that lost.

- "ضد" after an attack noun ("غارات ضد"، "هجوم ضد"، "ضربات نفذتها الطائرات ضد") introduces what was aimed at,
  as "على" does (``roles_objects.AGAINST_OBJECT``);
- when nothing else names it, the side whose ranks the dead, wounded or losses were in is the target
  ("قتلى وجرحى في صفوف الحركة"، ``roles_targets.RANKS_TARGET``); fighting "in the ranks of" a group is not.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects, roles_targets


def _targets(records) -> list:
    return [a.target for a in records.attacks]


_STRIKES_AGAINST = "ونفذت طائرات التحالف الدولي أمس 14 غارة جوية ضد مواقع لتنظيم داعش قرب مدينة البوكمال."
_RELATIVE_AGAINST = ("قتل تسعة أشخاص مساء الخميس في غارات شنها الطيران التركي ضد مخابئ لحزب العمال "
                     "الكردستاني في منطقة زاخو.")


@pytest.mark.parametrize(("text", "aimed"), [
    (_STRIKES_AGAINST, "مواقع لتنظيم داعش"),
    (_RELATIVE_AGAINST, "مخابئ لحزب العمال الكردستاني"),
])
def test_what_follows_against_is_the_target(offline_extract, text, aimed):
    assert _targets(offline_extract(text))[:1] == [aimed]


@pytest.mark.parametrize("text", [_STRIKES_AGAINST, _RELATIVE_AGAINST])
def test_switch_off_reads_no_object_after_against(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_objects, "AGAINST_OBJECT", False)
    assert _targets(offline_extract(text))[:1] != [
        "مواقع لتنظيم داعش" if text is _STRIKES_AGAINST else "مخابئ لحزب العمال الكردستاني"]


_RANKS_LOSS = "وأكد الجيش الصومالي سقوط جرحى وقتلى في صفوف مقاتلي حركة الشباب خلال كمين قرب بلدة جوهر."


def test_the_side_that_lost_men_is_the_target(offline_extract):
    assert _targets(offline_extract(_RANKS_LOSS))[:1] == ["حركة الشباب"]


def test_switch_off_reads_no_side_from_the_ranks(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_targets, "RANKS_TARGET", False)
    assert _targets(offline_extract(_RANKS_LOSS))[:1] != ["حركة الشباب"]


def test_fighting_in_the_ranks_names_no_target(offline_extract):
    text = "وقتل في الغارة شاب كيني كان يقاتل في صفوف حركة الشباب منذ عامين قرب بلدة جوهر."
    assert "حركة الشباب" not in _targets(offline_extract(text))
