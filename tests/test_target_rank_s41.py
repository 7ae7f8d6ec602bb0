"""Target ranking in a record, pass 41: a force read only as named near the attack word ("كثفت قصفها على قوات X"
-> X, ``roles_targets.NEAR_FORCE``) gives way to the object another sentence of the same incident writes after a
verb of aiming ("الهجوم استهدف المربع الأمني"); an explicit object of the opening sentence keeps its place, and
what follows "استهدف" with the means between them is no stated object (``attacks_records.STATED_TARGET``).
A target opening with "و" + a noun of acts ("تفجير وعمليات خطف") is the next act of a list, not what was hit
(``roles_targets.CONJOINED_ACT``).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_records, roles_targets

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


_ACT_LIST = "اتهمت الشرطة الجماعة بالوقوف وراء تفجير وهجمات على نقاط التفتيش في ولاية بورنو الشهر الماضي."
_ACT_LIST_THEN_OBJECT = "قتل ثلاثة جنود في تفجير وعمليات قنص استهدفت دورية للجيش في ولاية بورنو الشهر الماضي."


@pytest.mark.parametrize("on", [True, False])
def test_a_conjoined_act_is_no_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "CONJOINED_ACT", on)
    (a,) = offline_extract(_ACT_LIST).attacks
    assert a.target == (None if on else "وهجمات")


def test_a_conjoined_act_with_its_words_is_no_target(offline_extract):
    (a,) = offline_extract(_ACT_LIST_THEN_OBJECT).attacks
    assert a.target is None or not a.target.startswith("و")


@pytest.mark.parametrize("text", ["وعمليات خطف", "وهجمات", "والعمليات"])
def test_conjoined_act_words(text):
    assert roles_targets._conjoined_act(text)


@pytest.mark.parametrize("text", ["وحدات الجيش", "مواقع وعمليات", "عمليات الخطف"])
def test_not_conjoined_act_words(text):
    assert not roles_targets._conjoined_act(text)
