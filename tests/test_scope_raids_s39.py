"""Pass 39: "غارة" that names a police or immigration raid (a search, a raid, a breach of the law just after it) is
no air strike (:func:`marsad.agent.offline.scope_mishaps.police_raid`, switch ``scope.SEARCH_RAID``)."""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.scope as scope
from marsad.agent.offline.scope_mishaps import police_raid
from marsad.core.arabic import normalize

attacks = partial(headline_attacks, published="2021-03-11")


def _w(text: str) -> list[str]:
    return normalize(text).split()


def test_a_raid_word_after_the_raid_noun_makes_a_police_raid():
    assert police_raid(_w("ونفذت الشرطة غارة الدهم على مستودع في ضاحية المدينة"))
    assert police_raid(_w("خلال غارة تتعلق بمخالفات العمل في أحد المطاعم"))
    assert police_raid(_w("شارك عشرات الضباط في غارات تفتيش على ورش السيارات"))


def test_an_air_strike_stays():
    assert not police_raid(_w("شنت طائرات حربية غارة على مواقع المسلحين شرق البلدة"))
    assert not police_raid(_w("قتل ثلاثة مسلحين في غارة دهم نفذتها القوات على مخبئهم"))  # a toll: a raid that kills
    assert not police_raid(_w("وقال المتحدث إن الشرطة داهمت المنزل"))  # no raid noun


_RAID = ("الشرطة تدهم مطعما في مانشستر\n"
         "نفذت فرق إنفاذ القانون مساء الأربعاء غارة الدهم على مطعم في مدينة مانشستر بعد بلاغات عن مخالفات لقانون "
         "العمل.\n"
         "وقال متحدث إن العملية انتهت دون توقيفات.")

_STRIKE = ("غارة على مخزن سلاح\n"
           "شنت طائرات حربية مساء الأربعاء غارة على مخزن سلاح في بلدة الميادين، ما أسفر عن مقتل أربعة مسلحين.")


def test_a_police_raid_is_no_attack_record(offline_extract, monkeypatch):
    assert attacks(offline_extract, _RAID) == []
    assert len(attacks(offline_extract, _STRIKE)) == 1
    monkeypatch.setattr(scope, "SEARCH_RAID", False)
    assert len(attacks(offline_extract, _RAID)) == 1  # the rule off: the raid taken for a strike
