"""An incident with no place of its own does not fall back to the country of the state blamed for it
(context_place.BLAMED_STATE): "نفت موسكو مسؤوليتها عن الهجوم"، "أن تكون طهران مسؤولة عن الهجوم". Sentences
written for the test."""

from __future__ import annotations

import pytest

from marsad.agent.offline import context_place

_DENIED = ("تتهم بريطانيا روسيا بتسميم عميل سابق. ونفت موسكو مسؤوليتها عن هجوم الخامس من مايو على العميل وزوجته. "
           "وقالت روسيا إن الاتهامات سخيفة. ورفضت روسيا الطلب.")


def _attack(offline_extract, text: str):
    (attack,) = offline_extract(text).attacks
    return attack


def test_denying_state_is_not_the_place(offline_extract):
    assert _attack(offline_extract, _DENIED).location is None


def test_blamed_capital_is_not_the_place(offline_extract):
    text = ("قالت الحكومة إن من المرجح أن تكون طهران مسؤولة عن الهجوم على ناقلة النفط الأسبوع الماضي. "
            "وقالت إيران إن الاتهام باطل. ودعت إيران إلى الحوار.")
    location = _attack(offline_extract, text).location
    assert location is None or location.country != "IR"


def test_speaking_state_keeps_its_country(offline_extract):
    # the state speaks, it is not blamed: the incident stays in its country
    text = ("قتل ثلاثة جنود في هجوم يوم الأحد. وقالت أنقرة إن مسلحين أكرادا نفذوا الهجوم. "
            "وتشن تركيا غارات في العراق. وأعلنت تركيا الحداد في البلاد.")
    assert _attack(offline_extract, text).location.country == "TR"


def test_accusing_state_keeps_its_country(offline_extract):
    # the state right after the verb is its subject, the accuser: "واتهمت أنقرة مسلحين" -- not blamed
    text = ("قتل ثلاثة جنود في هجوم يوم الأحد. واتهمت أنقرة مسلحين أكرادا بتنفيذ الهجوم. "
            "وتشن تركيا غارات في العراق. وأعلنت تركيا الحداد في البلاد.")
    assert _attack(offline_extract, text).location.country == "TR"


def test_adjective_and_locative_are_no_blame(offline_extract):
    # "انتقد الرئيس الأميركي": an adjective of origin, not the state criticised
    text = ("انتقد الرئيس الأميركي يوم الاثنين مداهمة الشرطة لمكتب محاميه في هجوم غير مسبوق. "
            "وقال البيت الأبيض إن الرئيس تابع الأخبار. وتشهد الولايات المتحدة جدلا واسعا.")
    for attack in offline_extract(text).attacks:
        assert attack.location is None or attack.location.country == "US"


def test_switch_off(offline_extract, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(context_place, "BLAMED_STATE", False)
    location = _attack(offline_extract, _DENIED).location
    assert location is not None and location.country == "RU"
