"""Pass 46: an attack of no named kind told with aircraft in its clause is an air strike
(``attacks_records.AIR_DOER_OTHER``); aircraft that only back a ground fight, a shooting and an armed group's
attack stay as they were. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from marsad.agent.offline import attacks_records

JETS = "وتابعت مقاتلات أردنية صباح الاثنين هجومها على مقار للتنظيم في بادية الرقة."
DRONE = "نفذت القوات الأمريكية هجوما بطائرة بدون طيار في إقليم شبوة أسفر عن مقتل 3 من عناصر تنظيم القاعدة."
BACKED = ("شنت قوات الجيش اليمني، بإسناد جوي من مقاتلات التحالف، هجوما واسعا على تحصينات الحوثيين في مديرية صرواح، "
          "وقتلت 7 من عناصرها.")


def _types(offline_extract, text):
    return [a.attack_type for a in offline_extract(text).attacks]


def test_jets_attack_is_an_airstrike(offline_extract):
    assert _types(offline_extract, JETS) == ["airstrike"]


def test_drone_attack_is_an_airstrike(offline_extract):
    assert _types(offline_extract, DRONE) == ["airstrike"]


def test_air_support_of_a_ground_attack_is_no_airstrike(offline_extract):
    assert "airstrike" not in _types(offline_extract, BACKED)


@pytest.mark.parametrize("on", [True, False])
def test_switch(offline_extract, monkeypatch, on):
    monkeypatch.setattr(attacks_records, "AIR_DOER_OTHER", on)
    assert (_types(offline_extract, JETS) == ["airstrike"]) is on
