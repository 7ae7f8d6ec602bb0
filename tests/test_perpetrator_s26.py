"""Perpetrator rules of session 26. Sentences written for these tests (names, places and numbers made up).

- ``NEW_INCIDENT``: a claim of an incident told elsewhere ("مسؤوليته عن ذلك الهجوم") refers back to one incident
  already told: not to one the text introduces as new after the claim, nor (for one claimed incident) to one told
  before another new incident that stands between.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_claims


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


_CLAIM_OF_NEARER = ("قال مسؤول أمني إن انفجارا وقع قرب مبنى البلدية في إقليم قندهار، اليوم الاثنين، ما أدى إلى مقتل "
                    "8 أشخاص. وكان انفجار سيارة مفخخة في قندهار، أمس الأحد، أسفر عن مقتل 20 شخصا. وأعلن تنظيم داعش "
                    "مسؤوليته عن ذلك الهجوم.")
_NEW_AFTER_CLAIM = ("أدان الرئيس تفجيرا انتحاريا قرب خيمة لعلماء الدين في كابول الاثنين. وأسفر التفجير عن مقتل 12 "
                    "شخصا. وأعلن تنظيم داعش مسؤوليته عن الهجوم. من جهته، قال مسؤول محلي إن انفجارا وقع قرب مدرسة في "
                    "إقليم لغمان صباح الثلاثاء، لكن لم يصب أحد.")
_SAME_INCIDENT = ("قتل 14 شخصا في تفجير انتحاري استهدف سوقا شعبية في مدينة الفلوجة صباح الأحد. وأسفر التفجير عن "
                  "إصابة 30 آخرين. وأعلن تنظيم داعش مسؤوليته عن الهجوم.")


def test_claim_of_one_incident_skips_the_one_told_before_another(offline_extract):
    assert _doers(offline_extract(_CLAIM_OF_NEARER)) == [None, "داعش"]


def test_claim_does_not_reach_an_incident_told_new_after_it(offline_extract):
    assert _doers(offline_extract(_NEW_AFTER_CLAIM)) == ["داعش", None]


def test_claim_still_reaches_the_incident_it_refers_back_to(offline_extract):
    assert set(_doers(offline_extract(_SAME_INCIDENT))) == {"داعش"}


@pytest.mark.parametrize(("text", "doers"), [(_CLAIM_OF_NEARER, ["داعش", "داعش"]), (_NEW_AFTER_CLAIM, ["داعش", "داعش"])])
def test_new_incident_switch_off_spreads_the_claim(offline_extract, monkeypatch, text, doers):
    monkeypatch.setattr(roles_claims, "NEW_INCIDENT", False)
    assert _doers(offline_extract(text)) == doers


def test_told_new_reads_indefinite_incident_nouns():
    assert roles_claims._told_new(["قال", "ان", "انفجارا", "وقع"], 2)
    assert roles_claims._told_new(["قتل", "خمسه", "بانفجار", "عبوه"], 2)
    assert not roles_claims._told_new(["واسفر", "الانفجار", "عن"], 1)
    assert not roles_claims._told_new(["واسفر", "انفجار", "السياره", "عن"], 1)
    assert not roles_claims._told_new(["عن", "ذلك", "هجوم"], 2)
