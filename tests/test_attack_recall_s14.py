"""Session 14 (attack recall): incidents the extractor missed on unseen articles.

- "قتلت" with a force or an armed group as its subject right after it ("قتلت قوات الأمن العشرات") tells a killing
  by armed men, an incident even when its count is vague.
- "استهدف" with a weapon as its subject right after it ("استهدفت قنبلة موكب الوزير") tells a strike whatever its
  object.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_cues as attacks_cues
import marsad.agent.offline.frames as frames_mod

attacks = partial(headline_attacks, published="2019-04-02")


_KILLER = ("افتتح الوزير الجديد مقر الوزارة في العاصمة صباح الثلاثاء بحضور عدد من السفراء.\n"
           "في المقابل، قتلت قوات الأمن العشرات وأصابت نحو 300 آخرين، الثلاثاء، خلال مسيرة قرب مدينة رفح.")

_KILLER_PASSIVE = ("افتتح الوزير الجديد مقر الوزارة في العاصمة صباح الثلاثاء بحضور عدد من السفراء.\n"
                   "وقتلت امرأة مسنة في منزلها بمدينة رفح، ولم تعرف ملابسات الحادث.")

_WEAPON = ("أغلقت الشرطة مكاتب شركة اتصالات في المدينة على خلفية التحقيق.\n"
           "واستهدفت قنبلة موكب وزير الداخلية مطلع الأسبوع الماضي قرب مدينة خان يونس، "
           "لتصيب اثنين من حراسه.")

def test_killing_by_forces_with_a_vague_count(offline_extract, monkeypatch):
    found = attacks(offline_extract, _KILLER)
    assert len(found) == 1 and found[0].injured == 300
    monkeypatch.setattr(attacks_cues, "KILLER", False)
    assert attacks(offline_extract, _KILLER) == []


def test_killing_with_no_force_subject_stays_out(offline_extract):
    assert attacks(offline_extract, _KILLER_PASSIVE) == []


def test_weapon_as_subject_of_targeting(offline_extract, monkeypatch):
    found = attacks(offline_extract, _WEAPON)
    assert len(found) == 1 and "موكب" in (found[0].target or "")
    monkeypatch.setattr(frames_mod, "WEAPON_SUBJECT", False)
    assert attacks(offline_extract, _WEAPON) == []
