"""Session 32 (attack recall and precision): incidents merged that the text tells apart.

- A state's air strikes told with no place, toll or day of their own beside an armed group's shelling ("قصفت فصائل
  ... بلدة ...، بينما شن الطيران الحربي غارات على محيطها") joined the group's incident as a floating mention, which
  made the group's shelling an air strike: armed groups fly no aircraft, so the other side's mention goes with an
  incident its own sentence tells of its side, else it is left out: a bare mention makes no record of its own
  (attacks_incidents.FLOAT_OTHER_SIDE).
- Losses told at a place for the fighting and the air strikes together ("قتل 11 من المسلحين وأصيب اثنان من الجنود في
  مواجهات وقصف لطائرات التحالف على ...") were read as a round-up of the fighting at large and made no record once
  their per-side figures were set aside: figures told make it a front's incident (attacks_incidents.MIXED_FIGURES);
  vague losses ("عشرات القتلى") with no day stay a round-up.
- A front told at a place of its own with per-side figures ("قتل 9 من المسلحين وأصيب أربعة من الجنود"), whose toll is
  therefore set aside, joined an unplaced incident told just before with other figures ("مقتل 12 وإصابة 30"), since
  no count of its own differed; the merged record took the front's place and the other figures. Figures told but
  kept by no count, differing from the incident's, tell another incident (attacks_clusters.WITHHELD_APART).

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_clusters as clusters_mod
import marsad.agent.offline.attacks_incidents as incidents_mod

attacks = partial(headline_attacks, published="2016-04-10")


_BOTH_SIDES = ("المرصد: تبادل للقصف شمال سوريا\n"
               "قال المرصد إن فصائل المعارضة قصفت أمس بلدة نبل بالقذائف الصاروخية، بينما شن الطيران الحربي "
               "السوري ست غارات على مناطق في محيطها.")


def test_a_state_air_strike_beside_a_group_shelling_is_apart(offline_extract, monkeypatch):
    got = attacks(offline_extract, _BOTH_SIDES)
    assert [(a.attack_type, a.location.name) for a in got] == [("shelling", "نبل")]
    monkeypatch.setattr(incidents_mod, "FLOAT_OTHER_SIDE", False)
    old = attacks(offline_extract, _BOTH_SIDES)  # what this fixes: one record, the group's shelling typed an air strike
    assert [a.attack_type for a in old] == ["airstrike"]


_GROUP_TELLS_STRIKES = ("مقتل خمسة في غارات على صعدة\n"
                        "قتل خمسة مسلحين أمس في غارات جوية شنتها مقاتلات التحالف على مواقع في صعدة.\n"
                        "وأعلنت جماعة الحوثي أن الغارات استهدفت مزارع.")


def test_the_strikes_named_again_by_a_group_stay_one(offline_extract):
    got = attacks(offline_extract, _GROUP_TELLS_STRIKES)
    assert [(a.attack_type, a.killed) for a in got] == [("airstrike", 5)]


_FRONT_IN_FIGURES = ("معارك عنيفة في الجوف\n"
                     "تواصلت المعارك أمس في محافظة البيضاء، وقالت مصادر إن 9 من مسلحي الحوثي قتلوا في هجوم شنته "
                     "المقاومة على مواقعهم.\n"
                     "وفي الجوف شمال البلاد، قتل 11 من ميليشيات الحوثي وأصيب اثنان من أفراد الجيش في مواجهات وقصف "
                     "لطائرات التحالف على مواقع في المحافظة.")


def test_front_losses_told_in_figures_make_a_record(offline_extract, monkeypatch):
    assert "الجوف" in [a.location.name for a in attacks(offline_extract, _FRONT_IN_FIGURES) if a.location]
    monkeypatch.setattr(incidents_mod, "MIXED_FIGURES", False)
    assert "الجوف" not in [a.location.name for a in attacks(offline_extract, _FRONT_IN_FIGURES) if a.location]


_VAGUE_ROUNDUP = ("خسائر للحوثيين\n"
                  "قتل 9 من مسلحي الحوثي أمس في هجوم شنته المقاومة على مواقعهم في البيضاء.\n"
                  "وخسر المسلحون العشرات بين قتيل وجريح خلال المعارك والغارات الجوية على جبهات المحافظة.")


def test_vague_losses_of_the_fighting_at_large_make_no_record(offline_extract):
    last = _VAGUE_ROUNDUP.index("وخسر")
    got = attacks(offline_extract, _VAGUE_ROUNDUP)
    assert got and not any(all(c.start >= last for c in a.citations) for a in got)


_FRONT_AFTER_TOLL = ("معارك في اليمن\n"
                     "وأفادت مصادر طبية بمقتل 12 وجرح 30 من مسلحي الحوثي خلال المواجهات أمس.\n"
                     "وفي الجوف شمال البلاد، قتل 9 من المسلحين الحوثيين وأصيب أربعة من أفراد الجيش في اشتباكات عنيفة "
                     "أمس.")


def test_per_side_figures_keep_a_front_apart_from_another_toll(offline_extract, monkeypatch):
    got = attacks(offline_extract, _FRONT_AFTER_TOLL)
    assert len(got) == 2
    front = next(a for a in got if a.location is not None and a.location.name == "الجوف")
    assert front.killed is None and front.injured is None  # per-side figures: no toll of its own
    assert any(a.killed == 12 and a.injured == 30 and a is not front for a in got)
    monkeypatch.setattr(clusters_mod, "WITHHELD_APART", False)
    old = attacks(offline_extract, _FRONT_AFTER_TOLL)  # what this fixes: one record, at the front, with the other figures
    assert [(a.location.name, a.killed) for a in old] == [("الجوف", 12)]


_SAME_FRONT_TWICE = ("معارك في الجوف\n"
                     "قتل 9 من المسلحين الحوثيين وأصيب أربعة من أفراد الجيش في اشتباكات عنيفة في الجوف أمس.\n"
                     "وقالت مصادر عسكرية إن 9 من المسلحين قتلوا وأصيب أربعة من الجنود في المواجهات.")


def test_the_same_per_side_figures_told_again_stay_one(offline_extract):
    assert len(attacks(offline_extract, _SAME_FRONT_TWICE)) == 1
