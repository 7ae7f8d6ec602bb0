"""Session 20 (incidents): one incident told twice by its exact toll.

News retells an incident by its death toll: a second source's count of the wounded a little off, a statement dated
the next day, the same bombing recalled as past context ("وكان ... قد شهد"), or the same dead and wounded told at a
village near the town of the first telling (attacks_incidents.RETOLD_TOLL). The toll must be exact, of naming size,
of the same kind of attack, by no other doer; two places of one country that are not one area stay two incidents
unless the wounded are alike too.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

import pytest
from headline_text import headline_attacks

import marsad.agent.offline.attacks_incidents as incidents_mod

attacks = partial(headline_attacks, published="2018-05-10")


_WOUNDED_OFF = ("قصف على حي سكني في تعز\n"
                "قتل 23 مدنيا على الأقل وجرح ما يزيد على 90 في قصف صاروخي طال مدينة تعز أمس الأربعاء.\n"
                "وقال مسؤول في مكتب الصحة بمحافظة تعز إن 23 مدنيا قتلوا وأصيب 96 آخرون بجروح نتيجة القصف الذي طال الحي.")


def test_a_toll_told_again_with_another_wounded_count_is_one_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _WOUNDED_OFF)
    assert len(got) == 1 and got[0].killed == 23 and got[0].injured == 90
    monkeypatch.setattr(incidents_mod, "RETOLD_TOLL", False)
    assert len(attacks(offline_extract, _WOUNDED_OFF)) == 2


_PAST_AGAIN = ("هوية منفذ التفجير\n"
               "قتل 14 شخصا في تفجير انتحاري استهدف تجمعا لناشطين في مدينة ديار بكر الاثنين.\n"
               "وأضافت الشرطة أن التحقيق متواصل مع ثلاثة موقوفين.\n"
               "وتعهد وزير الداخلية بملاحقة كل من ساعد المنفذ.\n"
               "ودعت أحزاب المعارضة إلى تشديد الرقابة على الحدود.\n"
               "وكان الإقليم قد شهد أمس الأول هجوما انتحاريا خلف 14 قتيلا و30 جريحا.")


def test_the_same_toll_recalled_as_past_context_is_one_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _PAST_AGAIN)
    assert len(got) == 1 and got[0].killed == 14 and got[0].injured == 30 and str(got[0].date) == "2018-05-07"
    monkeypatch.setattr(incidents_mod, "RETOLD_TOLL", False)
    assert len(attacks(offline_extract, _PAST_AGAIN)) == 2


_TWO_TOWNS = ("تفجيران في العراق\n"
              "قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة الحلة أمس الأربعاء.\n"
              "كما قتل خمسة أشخاص آخرون في انفجار سيارة مفخخة في مدينة كركوك.")


def test_the_same_toll_at_two_towns_stays_two_incidents(offline_extract):
    assert len(attacks(offline_extract, _TWO_TOWNS)) == 2


# Plans (attacks_cues.PLAN_FORMS): any form of a verb or noun of planning or intending before the attack word in
# its clause, or the attack told as planned after it, makes it no incident.

_PLANNED_AFTER = ("توقيف مشتبه به\n"
                  "قالت الشرطة الألمانية الأربعاء إن هجوما بمادة سامة جرى التخطيط له من قبل شاب موقوف في مدينة بون.")


def test_an_attack_told_as_planned_is_no_incident(offline_extract, monkeypatch):
    import marsad.agent.offline.attacks_cues as cues_mod
    assert attacks(offline_extract, _PLANNED_AFTER) == []
    monkeypatch.setattr(cues_mod, "PLAN_FORMS", False)
    assert len(attacks(offline_extract, _PLANNED_AFTER)) == 1


@pytest.mark.parametrize("clause", ["كانوا يخططون لتنفيذ تفجيرات", "خططا معا للمؤامرة التي كانت تستهدف تفجير",
                                    "وكان المتشددون يعتزمون تنفيذ هجوم", "الشبان الذين ينوون تفجير"])
def test_any_form_of_a_plan_word_before_the_attack(clause, monkeypatch):
    import marsad.agent.offline.attacks_cues as cues_mod
    from marsad.core.arabic import normalize
    words = [normalize(w) for w in clause.split()]
    i = len(words) - 1
    assert cues_mod._threat_or_foiled(words, 0, i)
    monkeypatch.setattr(cues_mod, "PLAN_FORMS", False)
    assert not cues_mod._threat_or_foiled(words, 0, i)


_DONE_AFTER_PLAN = ("تفجير في سوق\n"
                    "أعلنت الشرطة أن خلية خططت لهجمات عدة.\n"
                    "وقتل أربعة أشخاص في انفجار عبوة ناسفة في سوق بمدينة الموصل الأربعاء.")


def test_a_plan_in_another_sentence_leaves_the_attack(offline_extract):
    got = attacks(offline_extract, _DONE_AFTER_PLAN)
    assert len(got) == 1 and got[0].killed == 4
