"""Target ranking in a record, pass 41: a force read only as named near the attack word ("كثفت قصفها على قوات X"
-> X, ``roles_targets.NEAR_FORCE``) gives way to the object another sentence of the same incident writes after a
verb of aiming ("الهجوم استهدف المربع الأمني"); an explicit object of the opening sentence keeps its place, and
what follows "استهدف" with the means between them is no stated object (``attacks_records.STATED_TARGET``).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_records

_NEAR_THEN_STATED = ("كثفت فصائل المعارضة قصفها على قوات النظام السوري في مدينة درعا يوم الجمعة. "
                     "وقال متحدث باسم الفصائل إن الهجوم استهدف المربع الأمني وسط المدينة.")
_OBJECT_THEN_STATED = ("شن مسلحو حركة الشباب هجوما على الشرطة الصومالية في مدينة كسمايو أمس الأحد. "
                       "وذكر مسؤول محلي أن الهجوم استهدف مركزا للشرطة في حي السوق.")
_NEAR_THEN_MEANS = ("كثفت فصائل المعارضة قصفها على قوات النظام السوري في مدينة درعا يوم الجمعة. "
                    "وقال متحدث باسم الفصائل إن الهجوم استهدف بقذائف الهاون يطلقها المقاتلون وسط المدينة.")
_NEAR_THEN_NOT_AIMED = ("كثفت فصائل المعارضة قصفها على قوات النظام السوري في مدينة درعا يوم الجمعة. "
                        "وقال متحدث باسم الفصائل إن الهجوم وقع قرب المربع الأمني وسط المدينة.")


@pytest.mark.parametrize("on", [True, False])
def test_a_near_force_yields_to_the_stated_object(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_records, "STATED_TARGET", on)
    (a,) = offline_extract(_NEAR_THEN_STATED).attacks
    assert a.target == ("المربع الأمني" if on else "قوات النظام السوري")


def test_the_opening_sentence_object_is_kept(offline_extract):
    (a,) = offline_extract(_OBJECT_THEN_STATED).attacks
    assert a.target == "الشرطة الصومالية"


@pytest.mark.parametrize("text", [_NEAR_THEN_MEANS, _NEAR_THEN_NOT_AIMED])
def test_no_stated_object_keeps_the_near_force(offline_extract, text):
    (a,) = offline_extract(text).attacks
    assert a.target == "قوات النظام السوري"
