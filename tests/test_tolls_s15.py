"""Session 15: attack tolls read by agent/offline/casualties.py.

One person told as the subject of a singular injure verb ("إن جنديا أصيب في الهجوم") is one injured, as the subject
of a singular kill verb is one killed; a death of wounds in the sentence keeps that person among the dead. A hit verb's count followed by "على الأقل" ("وأصابوا 4 على الأقل") or the one
person "واحدا" after it ("وأصاب واحدا بجروح") counts the injured. The verb of an attempt reads as its noun ("حاولوا التسلل" as "محاولتهم التسلل"): the attackers of an
infiltration attempt are no victims.
"""

import pytest

from marsad.agent.offline import casualties_counts, casualties_excluded, casualties_frame


def test_one_person_subject_of_an_injure_verb_is_one_injured(offline_extract):
    (attack,) = offline_extract("قال مصدر أمني إن جنديا أصيب في هجوم بعبوة ناسفة استهدف دوريته قرب مدينة "
                                "العريش مساء الأحد.").attacks
    assert (attack.killed, attack.injured) == (None, 1)
    (attack,) = offline_extract("قال مسعفون إن شابا أصيب برصاص قوات الاحتلال خلال مواجهات قرب السياج "
                                "الحدودي شرق خان يونس.").attacks
    assert attack.injured == 1


def test_subject_who_died_of_wounds_is_no_injured(offline_extract):
    attacks = offline_extract("قال مسعفون إن شابا أصيب برصاص قوات الاحتلال قرب السياج الحدودي شرق خان يونس "
                              "وتوفي لاحقا متأثرا بجروحه.").attacks
    assert all(a.injured is None for a in attacks)


def test_injured_subject_switch_off_gives_no_count(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_frame, "INJURED_SUBJECT", False)
    (attack,) = offline_extract("قال مصدر أمني إن جنديا أصيب في هجوم بعبوة ناسفة استهدف دوريته قرب مدينة "
                                "العريش مساء الأحد.").attacks
    assert attack.injured is None


@pytest.mark.parametrize("text", [
    "قال مصدر أمني إن جنديا قتل في هجوم بعبوة ناسفة استهدف دوريته قرب مدينة العريش مساء الأحد.",
])
def test_killed_subject_still_read(offline_extract, text):
    (attack,) = offline_extract(text).attacks
    assert attack.killed == 1


def test_hit_verb_count_with_at_least_is_injured(offline_extract):
    (attack,) = offline_extract("قال مسؤول محلي إن مسلحين هاجموا حاجزا للشرطة في ولاية هلمند وقتلوا 5 أشخاص "
                                "وأصابوا 3 على الأقل.").attacks
    assert (attack.killed, attack.injured) == (5, 3)


def test_hit_verb_one_person_is_one_injured(offline_extract):
    (attack,) = offline_extract("قال مسؤول إن مسلحا هاجم مركزا للشرطة في مدينة ليون وقتل 3 أشخاص وأصاب "
                                "واحدا بجروح خطرة.").attacks
    assert (attack.killed, attack.injured) == (3, 1)


def test_hit_count_switch_off_gives_no_injured(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_counts, "HIT_COUNT_HEDGED", False)
    (attack,) = offline_extract("قال مسؤول محلي إن مسلحين هاجموا حاجزا للشرطة في ولاية هلمند وقتلوا 5 أشخاص "
                                "وأصابوا 3 على الأقل.").attacks
    assert attack.injured is None


_INFILTRATORS = ("وقال مصدر عسكري إن مدفعية الجيش قصفت مواقع المتمردين في جبهة صرواح وقتل 12 عنصرا حوثيا حاولوا "
                 "التسلل نحو خطوط الجيش ليلا.")


def test_infiltrators_killed_are_no_toll(offline_extract):
    assert all(a.killed is None for a in offline_extract(_INFILTRATORS).attacks)


def test_attempt_verbs_switch_off_counts_the_infiltrators(offline_extract, monkeypatch):
    monkeypatch.setattr(casualties_excluded, "ATTEMPT_VERBS", False)
    assert any(a.killed == 12 for a in offline_extract(_INFILTRATORS).attacks)
