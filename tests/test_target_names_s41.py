"""Targets, pass 41: people named or counted. A count, "من" and a definite plural of people names them
(``roles_targets.PARTITIVE_PEOPLE``). A victim's title closed by a bracketed aside runs on to the name written after it
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


@pytest.mark.parametrize("on", [True, False])
def test_a_count_of_definite_people_names_them(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "PARTITIVE_PEOPLE", on)
    (a,) = offline_extract("أدى انفجار عبوة ناسفة في مدينة الرمادي إلى مقتل 6 من الطلاب الجامعيين.").attacks
    assert a.killed == 6
    assert (a.target == "الطلاب الجامعيين") == on


def test_the_counted_people_keep_their_adjective_and_stop_at_fi(offline_extract):
    (a,) = offline_extract("أسفر انفجار سيارة مفخخة عن مقتل 8 من المدنيين العراقيين في مدينة الحلة مساء الخميس.").attacks
    assert a.target == "المدنيين العراقيين"


def test_a_count_from_a_place_names_no_people(offline_extract):
    (a,) = offline_extract("أدى انفجار عبوة ناسفة إلى مقتل 3 من البلدة في محافظة ديالى.").attacks
    assert a.target != "البلدة"
