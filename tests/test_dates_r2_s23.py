"""Attacks, session 23 round 2: "سبق" alone (a news outlet's dateline) dates nothing, and "جسم غريب" swallowed or in an
organ is a medical case, no IED. Sentences written for the tests (names, places and numbers made up)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_dates, frames

_DATELINE = ("سامي الحربي- سبق- نجران: أصيب مواطنان مساء أمس الأربعاء بسقوط قذيفة على منزل في قرية "
             "الوادي الأخضر.")
_HAD_BEFORE = "وسبق أن قتل مسلحون ثلاثة حراس في هجوم على نقطة تفتيش في قرية الوادي الأخضر."
_SWALLOWED = "استقبل قسم الطوارئ في مستشفى المدينة اليوم طفلا يعاني من ابتلاع جسم غريب."


def test_dateline_not_past(offline_extract):
    found = offline_extract(_DATELINE, published="2019-11-21")
    assert found.attacks
    assert not any(a.background for a in found.attacks)


def test_dateline_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "SABQ", False)
    monkeypatch.setattr(attacks_dates, "MARKER_BEFORE_DAY", False)  # (the day told after it also keeps it the news)
    found = offline_extract(_DATELINE, published="2019-11-21")
    assert not found.attacks or any(a.background for a in found.attacks)


def test_had_before_still_past(offline_extract):
    found = offline_extract(_HAD_BEFORE, published="2019-11-21")
    assert found.attacks
    assert all(a.background for a in found.attacks)


def test_swallowed_object_no_ied(offline_extract):
    found = offline_extract(_SWALLOWED, published="2019-11-21")
    assert not any(a.attack_type == "ied" for a in found.attacks)


def test_swallowed_object_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "FOREIGN_BODY", False)
    monkeypatch.setattr(attacks_dates, "SABQ", False)
    found = offline_extract(_SWALLOWED, published="2019-11-21")
    assert any(a.attack_type == "ied" for a in found.attacks)


def test_device_not_foreign_body():
    words = ["فككت", "فرق", "الهندسه", "جسم", "غريب", "عثر", "عليه", "قرب", "السوق"]
    assert not frames._foreign_body(words, 3, 5)
    assert frames._foreign_body(["ابتلاع", "جسم", "غريب"], 1, 3)


_OLD_YEAR = [
    "وأعاد الحادث إلى الأذهان هجوما مماثلا نفذه مسلح داخل مسرح بمدينة الربوة في 2011 وقتل فيه 9 أشخاص.",
    "ففي 2013 فجر انتحاري نفسه في سوق بلدة الكرمل فقتل 14 شخصا.",
]


@pytest.mark.parametrize("text", _OLD_YEAR)
def test_bare_old_year_past(offline_extract, text):
    found = offline_extract(text, published="2019-11-21")
    assert found.attacks
    assert all(a.background for a in found.attacks)


@pytest.mark.parametrize("text", _OLD_YEAR)
def test_bare_old_year_switch_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(attacks_dates, "BARE_YEAR_PAST", False)
    found = offline_extract(text, published="2019-11-21")
    assert not found.attacks or not all(a.background for a in found.attacks)


def test_bare_current_year_not_past(offline_extract):
    found = offline_extract("قتل 5 أشخاص في تفجير استهدف سوق بلدة الكرمل في 2019 بحسب الشرطة.", published="2019-11-21")
    assert not any(a.background for a in found.attacks)
