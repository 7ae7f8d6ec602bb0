"""Attacks, session 23 (past context): "وقع" ("took place") with no stale date of its own is no past cue; two cues that
do date an event back: a counted span ("بعد أربعة أيام على") and a calendar day weeks before publication. Sentences
written for the tests (names, places and numbers made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_dates


def _bg(found) -> list[bool]:
    return [a.background for a in found.attacks]


_NEWS = [
    ("OCCURRED_STALE", "وقال شهود إن ستة أشخاص قتلوا في انفجار وقع قرب سوق بلدة الكرمل."),
    ("OCCURRED_STALE", "ووقع الهجوم على حاجز الشرطة في بلدة الكرمل وأصيب فيه 3 من العناصر."),
]


@pytest.mark.parametrize(("switch", "text"), _NEWS)
def test_not_past(offline_extract, switch, text):
    found = offline_extract(text, published="2019-11-19")
    assert found.attacks
    assert not any(_bg(found))


@pytest.mark.parametrize(("switch", "text"), _NEWS)
def test_not_past_switch_off(offline_extract, monkeypatch, switch, text):
    monkeypatch.setattr(attacks_dates, switch, False)
    found = offline_extract(text, published="2019-11-19")
    assert not found.attacks or any(_bg(found))


_PAST = [
    ("SPAN_COUNTED", "شنت الطائرات غارات على مواقع المسلحين في بلدة الكرمل أمس، وذلك بعد خمسة أيام على تفجير "
                     "انتحاري في سوق مدينة الزهراء قتل فيه 17 شخصا."),
    ("STALE_PAST", "وطالب الوزير بمحاسبة المسؤولين عن الهجوم على مخفر الشرطة في بلدة الكرمل في الرابع من أكتوبر."),
]


@pytest.mark.parametrize(("switch", "text"), _PAST)
def test_past(offline_extract, switch, text):
    found = offline_extract(text, published="2019-11-19")
    assert any(a.background for a in found.attacks if a.killed == 17 or a.date == "2019-10-04")


@pytest.mark.parametrize(("switch", "text"), _PAST)
def test_past_switch_off(offline_extract, monkeypatch, switch, text):
    monkeypatch.setattr(attacks_dates, switch, False)
    found = offline_extract(text, published="2019-11-19")
    assert not any(a.background for a in found.attacks if a.killed == 17 or a.date == "2019-10-04")



def test_occurred_with_a_stale_date_is_past(offline_extract):
    found = offline_extract("وقال المحقق إن الهجوم وقع في مخفر بلدة الكرمل في الثاني من سبتمبر.", published="2019-11-19")
    assert found.attacks and all(_bg(found))
