"""Session 32 (attack recall and precision): incidents merged that the text tells apart.

- A state's air strikes told with no place, toll or day of their own beside an armed group's shelling ("قصفت فصائل
  ... بلدة ...، بينما شن الطيران الحربي غارات على محيطها") joined the group's incident as a floating mention, which
  made the group's shelling an air strike: armed groups fly no aircraft, so the other side's mention is an incident
  of its own, or goes with an incident its own sentence tells of its side (attacks_incidents.FLOAT_OTHER_SIDE).
- Losses told at a place for the fighting and the air strikes together ("قتل 11 من المسلحين وأصيب اثنان من الجنود في
  مواجهات وقصف لطائرات التحالف على ...") were read as a round-up of the fighting at large and made no record once
  their per-side figures were set aside: figures told make it a front's incident (attacks_incidents.MIXED_FIGURES);
  vague losses ("عشرات القتلى") with no day stay a round-up.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

import pytest
from headline_text import headline_attacks

import marsad.agent.offline.attacks_incidents as incidents_mod
from marsad.agent.offline import OfflineExtractor


@pytest.fixture(scope="module")
def ex() -> OfflineExtractor:
    return OfflineExtractor()


attacks = partial(headline_attacks, published="2016-04-10")


_BOTH_SIDES = ("المرصد: تبادل للقصف شمال سوريا\n"
               "قال المرصد إن فصائل المعارضة قصفت أمس بلدة نبل بالقذائف الصاروخية، بينما شن الطيران الحربي "
               "السوري ست غارات على مناطق في محيطها.")


def test_a_state_air_strike_beside_a_group_shelling_is_apart(ex, monkeypatch):
    got = {a.attack_type: a for a in attacks(ex, _BOTH_SIDES)}
    assert set(got) == {"shelling", "airstrike"}
    assert got["shelling"].location.name == "نبل"
    assert got["airstrike"].perpetrator != got["shelling"].perpetrator
    monkeypatch.setattr(incidents_mod, "FLOAT_OTHER_SIDE", False)
    old = attacks(ex, _BOTH_SIDES)  # what this fixes: one record, the group's shelling typed an air strike
    assert [a.attack_type for a in old] == ["airstrike"]


_GROUP_TELLS_STRIKES = ("مقتل خمسة في غارات على صعدة\n"
                        "قتل خمسة مسلحين أمس في غارات جوية شنتها مقاتلات التحالف على مواقع في صعدة.\n"
                        "وأعلنت جماعة الحوثي أن الغارات استهدفت مزارع.")


def test_the_strikes_named_again_by_a_group_stay_one(ex):
    got = attacks(ex, _GROUP_TELLS_STRIKES)
    assert [(a.attack_type, a.killed) for a in got] == [("airstrike", 5)]


_FRONT_IN_FIGURES = ("معارك عنيفة في الجوف\n"
                     "تواصلت المعارك أمس في محافظة البيضاء، وقالت مصادر إن 9 من مسلحي الحوثي قتلوا في هجوم شنته "
                     "المقاومة على مواقعهم.\n"
                     "وفي الجوف شمال البلاد، قتل 11 من ميليشيات الحوثي وأصيب اثنان من أفراد الجيش في مواجهات وقصف "
                     "لطائرات التحالف على مواقع في المحافظة.")


def test_front_losses_told_in_figures_make_a_record(ex, monkeypatch):
    assert "الجوف" in [a.location.name for a in attacks(ex, _FRONT_IN_FIGURES) if a.location]
    monkeypatch.setattr(incidents_mod, "MIXED_FIGURES", False)
    assert "الجوف" not in [a.location.name for a in attacks(ex, _FRONT_IN_FIGURES) if a.location]


_VAGUE_ROUNDUP = ("خسائر للحوثيين\n"
                  "قتل 9 من مسلحي الحوثي أمس في هجوم شنته المقاومة على مواقعهم في البيضاء.\n"
                  "وتكبد المسلحون عشرات القتلى والجرحى في المواجهات وغارات التحالف على جبهات المحافظة.")


def test_vague_losses_of_the_fighting_at_large_make_no_record(ex):
    last = _VAGUE_ROUNDUP.index("وتكبد")
    got = attacks(ex, _VAGUE_ROUNDUP)
    assert got and not any(all(c.start >= last for c in a.citations) for a in got)
