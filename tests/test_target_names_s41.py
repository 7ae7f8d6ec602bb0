"""Targets, pass 41: a victim's title closed by a bracketed aside runs on to the name written after it
(``roles_targets.TITLE_ASIDE_NAME``); a date aside, or words that are no name, do not.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets

_ASIDE = "وفي سياق آخر، اغتيل القيادي في حزب التجمع الوطني (الحزب الحاكم سابقا) سعيد البناء، برصاص مجهولين قرب منزله."


@pytest.mark.parametrize("on", [True, False])
def test_a_title_with_an_aside_runs_on_to_the_name(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "TITLE_ASIDE_NAME", on)
    (a,) = offline_extract(_ASIDE).attacks
    assert ("سعيد البناء" in (a.target or "")) == on
    assert a.target.startswith("القيادي في حزب التجمع الوطني")


def test_an_aside_then_the_shooters_is_no_name(offline_extract):
    (a,) = offline_extract("اغتيل القيادي في حزب التجمع الوطني (فرع الشمال) برصاص مسلحين في مدينة الزاوية.").attacks
    assert a.target == "القيادي في حزب التجمع الوطني"


def test_a_date_aside_after_a_name_does_not_run_on(offline_extract):
    (a,) = offline_extract("وقبله اغتيل النقيب ماهر زيد (مارس 2009) أيضا صاحب التحقيقات التي اعتمد عليها القضاة.").attacks
    assert a.target == "النقيب ماهر زيد"
