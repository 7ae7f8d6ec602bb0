"""Targets that were the shooter or a circumstantial word, pass 54 (``roles_targets.INSTRUMENT_FROM_DOER``,
``roles_targets.HAL_NOT_TARGET``): "قتل برصاصة من جندي" names the shooter after "من", not the victim; "توفي فتى متأثرا
بجروحه" tells how he died, "متأثرا" is no target.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets

_SHOT_FROM = [
    ("وكان الصياد الفلسطيني قد قتل بطلق ناري من جندي إسرائيلي صباح الخميس قرب ميناء رفح.", "الصياد الفلسطيني",
     "جندي إسرائيلي"),
    ("وكانت المعلمة الفلسطينية قد قتلت برصاصة من شرطي إسرائيلي مساء الأحد جنوب مدينة الخليل.", "المعلمة الفلسطينية",
     "شرطي إسرائيلي"),
]


@pytest.mark.parametrize(("text", "victim", "shooter"), _SHOT_FROM)
def test_the_person_after_an_instrument_and_min_is_no_target(offline_extract, monkeypatch, text, victim, shooter):
    monkeypatch.setattr(roles_targets, "INSTRUMENT_FROM_DOER", True)
    (a,) = offline_extract(text).attacks
    assert a.target == victim
    monkeypatch.setattr(roles_targets, "INSTRUMENT_FROM_DOER", False)
    (a,) = offline_extract(text).attacks
    assert a.target == shooter


_HAL = [
    ("أفاد مسعفون بأن شابا فلسطينيا توفي فجر الجمعة متأثرا بجروح أصيب بها قبل أيام برصاص جنود الاحتلال قرب بيت لاهيا.",
     "شابا فلسطينيا"),
]


@pytest.mark.parametrize(("text", "victim"), _HAL)
def test_a_circumstantial_accusative_is_no_target(offline_extract, monkeypatch, text, victim):
    monkeypatch.setattr(roles_targets, "HAL_NOT_TARGET", True)
    (a,) = offline_extract(text).attacks
    assert a.target == victim
    monkeypatch.setattr(roles_targets, "HAL_NOT_TARGET", False)
    (a,) = offline_extract(text).attacks
    assert a.target == "متأثرا"


def test_min_bayn_after_an_instrument_keeps_the_victim():
    assert not roles_targets._instrument_from(["أصيب", "بقذيفة", "من", "بينهم"], 1)
    assert roles_targets._instrument_from(["قتل", "بطلق", "ناري", "من", "قناص"], 1)


def test_the_force_whose_fire_killed_is_no_target(offline_extract, monkeypatch):
    text = "لقي 8 عناصر من ميليشيا الحوثي مصرعهم بنيران مدفعية الجيش في جبهة نهم."
    monkeypatch.setattr(roles_targets, "FIRE_OF_DOER", True)
    (a,) = offline_extract(text).attacks
    assert a.target != "الجيش اليمني"
    monkeypatch.setattr(roles_targets, "FIRE_OF_DOER", False)
    (a,) = offline_extract(text).attacks
    assert a.target == "الجيش اليمني"


def test_a_front_is_where_not_whom(offline_extract, monkeypatch):
    text = "قتل 5 مسلحين من جماعة الحوثي، الخميس، في قصف مدفعي على جبهة مريس."
    monkeypatch.setattr(roles_targets, "FRONT_IS_PLACE", True)
    (a,) = offline_extract(text).attacks
    assert a.target == "مسلحين من جماعة الحوثي"
    monkeypatch.setattr(roles_targets, "FRONT_IS_PLACE", False)
    (a,) = offline_extract(text).attacks
    assert a.target == "جبهة مريس"
