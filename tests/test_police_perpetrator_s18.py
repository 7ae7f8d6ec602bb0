"""Police and security forces that answered an attack are not its doer (session 18, ``RESPONDER_WIDE``):
- a verb of the police's whose object is a charge or an arrest ("وجهت لهما تهمة القتل"، "نفذت حملة توقيفات")
  is not a strike;
- a force named by another reader (a side of the clash) that is told as killing the attackers ("اشتبكوا مع
  قوات الشرطة التي أردتهم").

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_subjects

_CHARGED = ("ذكرت الشرطة البريطانية أنها وجهت مساء السبت لرجلين تهمة القتل ضمن تحقيقها في انفجار مطعم "
            "بمدينة ليدز أدى إلى مقتل ثلاثة أشخاص.")
_ARRESTS = ("وجاء ذلك بعد ساعات من شن تركيا غاراتها على مواقع داعش، فيما نفذت الشرطة التركية حملة توقيفات في "
            "أنحاء البلاد.")
_CLASH_REL = ("فجر انتحاري حزامه الناسف عند بوابة وزارة الداخلية الأفغانية في كابول ظهر الخميس، ما مكن أربعة مسلحين من دخول "
              "المقر والاشتباك مع قوات الشرطة التي أردتهم بعد ساعتين.")


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


def test_police_charging_suspects_did_not_strike(offline_extract):
    assert _doers(offline_extract(_CHARGED)) == [None]


def test_police_arrest_campaign_is_not_the_strikes_doer(offline_extract):
    assert _doers(offline_extract(_ARRESTS)) == ["القوات التركية"]


def test_clash_side_that_killed_the_attackers_is_not_the_doer(offline_extract):
    doers = _doers(offline_extract(_CLASH_REL))
    assert doers and all(d is None or "الشرطة" not in d and "الأمن" not in d for d in doers)


@pytest.mark.parametrize(("text", "old"), [
    (_CHARGED, ["الشرطة البريطانية"]),
    (_ARRESTS, ["الشرطة التركية"]),
    (_CLASH_REL, ["الشرطة الأفغانية"]),
])
def test_switch_off_gives_the_old_doer(offline_extract, monkeypatch, text, old):
    monkeypatch.setattr(roles_subjects, "RESPONDER_WIDE", False)
    assert _doers(offline_extract(text)) == old
