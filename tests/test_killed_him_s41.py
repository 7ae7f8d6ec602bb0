"""Pass 41: a death verb with its object pronoun ("الذي قتلته الشرطة") tells a man told before, as "مقتله" does: the
incident told before, not a second record (attacks_roundups.KILLED_HIM). Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.offline import attacks_roundups

_SHOOTER = ("قتل مسلح 4 حراس بإطلاق النار عليهم في مدينة ليون الأربعاء الماضي، بحسب الشرطة. "
            "ولا يزال المحققون يجهلون دوافع المهاجم (28 عاما) الذي قتلته الشرطة في تبادل لإطلاق النار معه.")


def test_the_shooter_killed_is_the_incident(offline_extract):
    attacks = offline_extract(_SHOOTER, published="2019-03-10").attacks
    assert len(attacks) == 1
    assert attacks[0].killed == 4  # his own death is no victim of it
    assert attacks[0].perpetrator is None  # the police that shot him did not do the shooting


def test_switch_off_splits(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_roundups, "KILLED_HIM", False)
    assert len(offline_extract(_SHOOTER, published="2019-03-10").attacks) == 2


def test_another_day_stays_apart(offline_extract):
    text = ("قتل مسلح 4 حراس بإطلاق النار عليهم في مدينة ليون الأربعاء الماضي. "
            "وفي مدينة نيس قتل شرطي أمس رجلا طعن مارة في السوق ثم قتلته الشرطة بعد مطاردة.")
    assert len(offline_extract(text, published="2019-03-10").attacks) == 2
