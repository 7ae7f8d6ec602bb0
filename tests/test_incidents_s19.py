"""Session 19 (incidents): fighting told with no toll; a turn to another item of the news; fire told on a condition.

A battle proper ("معارك"، "معركة") told as taking place at a place is an incident even when no toll is given: a verb
of occurrence right before or after it ("دارت معارك عنيفة"، "معارك عنيفة تدور") or a verb of waging it a few words
before ("خاضت قوات الجيش معارك"). Such a battle is told apart from the rest (frames.BATTLE_TOLD,
attacks_incidents.BATTLES): only in a sentence that tells no other event, only as today's news, never when told as
going on or on many fronts, and never beside an incident the article tells at the same area (that front is that
incident). It changes no other record, and its target is left open (its sides are told, not who struck whom).
"Confrontations" ("مواجهات") are not enough: protesters facing troops are told so too.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_incidents as incidents_mod
import marsad.agent.offline.frames as frames_mod
import marsad.agent.offline.scope as scope_mod

attacks = partial(headline_attacks, published="2018-05-10")


_FOUGHT = ("الجيش يتقدم غرب المحافظة\n"
           "أعلن الجيش الوطني الخميس تحرير عدد من التلال غرب محافظة تعز.\n"
           "وقال مصدر عسكري إن معارك ضارية دارت ظهر اليوم بين الجنود والمسلحين في مديرية مقبنة.")


def test_a_battle_told_taking_place_is_an_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _FOUGHT)
    assert len(got) == 1 and got[0].attack_type == "armed_assault" and got[0].location is not None
    assert got[0].target is None and got[0].killed is None
    monkeypatch.setattr(frames_mod, "BATTLE_TOLD", False)
    assert attacks(offline_extract, _FOUGHT) == []


_WAGED = ("تقدم جديد للقوات الحكومية\n"
          "خاضت القوات الحكومية اليوم معارك ضارية في مديرية صرواح.")


def test_a_battle_waged_is_an_incident(offline_extract, monkeypatch):
    assert len(attacks(offline_extract, _WAGED)) == 1
    monkeypatch.setattr(frames_mod, "BATTLE_TOLD", False)
    assert attacks(offline_extract, _WAGED) == []


_FRONT_TOLD = ("غارات على مواقع المسلحين في صرواح\n"
               "قتل 12 مسلحا الأربعاء في غارات جوية استهدفت مواقعهم في مديرية صرواح.\n"
               "ودارت معارك عنيفة في مديرية صرواح بين القوات الحكومية والمسلحين.")


def test_a_front_already_told_makes_no_second_record(offline_extract):
    got = attacks(offline_extract, _FRONT_TOLD)
    assert len(got) == 1 and got[0].killed == 12


_GENERAL = ("الوضع الميداني في المحافظة\n"
            "ولا تزال المعارك مستمرة منذ أسابيع في مديرية صرواح دون حسم.")


def test_fighting_going_on_is_no_incident(offline_extract):
    assert attacks(offline_extract, _GENERAL) == []


_PROTEST = ("احتجاجات على الحدود\n"
            "واندلعت مواجهات عنيفة بين الشبان وقوات الجيش شرق مدينة رفح.")


def test_confrontations_alone_are_no_battle(offline_extract):
    assert attacks(offline_extract, _PROTEST) == []


# A sentence that turns to another item of the news ("في غضون ذلك"، "على صعيد آخر"، "في حادث منفصل") tells another
# incident, one with the incident told before only at its very place (attacks_incidents.NEW_ITEM, merge.json
# new_item_openers); the place told within the first one's area no longer folds it into that one.

_TURNED = ("غارات للتحالف على مواقع المسلحين\n"
           "قصفت مقاتلات التحالف الخميس مواقع المسلحين في مديرية الجراحي جنوب الحديدة.\n"
           "في غضون ذلك، قصفت المقاتلات صباح اليوم مخازن أسلحة شمال شرق مدينة الحديدة.")


def test_a_turn_to_another_item_is_another_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _TURNED)
    assert len(got) == 2
    monkeypatch.setattr(incidents_mod, "NEW_ITEM", False)
    assert len(attacks(offline_extract, _TURNED)) == 1


_SAME_PLACE = ("انفجار في سوق بكركوك\n"
               "انفجرت عبوة ناسفة الخميس في سوق شعبي بمدينة كركوك.\n"
               "في غضون ذلك، قالت الشرطة إن الانفجار في مدينة كركوك ألحق أضرارا بعدد من المحال.")


def test_a_turn_at_the_same_place_is_the_same_incident(offline_extract):
    assert len(attacks(offline_extract, _SAME_PLACE)) == 1


# Fire a side is to open if something happens ("أوامر بإطلاق النار ... في حال ..."، "تدريب فرقة على اغتيال ...، في
# حال اندلاع حرب") is no incident: a condition told after the toll-less event word (scope.CONDITION_AFTER, scope.json
# conditional_after) makes it hypothetical, as one told before it does.

_IF_PROVOKED = ("الجيش يهدد المحتجين\n"
                "أعلن الجيش الأربعاء أنه أصدر أوامر لجنوده بإطلاق النار على المحتجين قرب السياج في رفح في حال "
                "اقتربوا منه.")


def test_fire_ordered_if_something_happens_is_no_incident(offline_extract, monkeypatch):
    assert attacks(offline_extract, _IF_PROVOKED) == []
    monkeypatch.setattr(scope_mod, "CONDITION_AFTER", False)
    assert len(attacks(offline_extract, _IF_PROVOKED)) == 1


_COUNTED_IF = ("قتيلان في إطلاق نار برفح\n"
               "قتل شخصان الأربعاء بإطلاق النار على محتجين قرب السياج في رفح إذا صحت رواية الشهود.")


def test_a_counted_event_is_kept_whatever_follows(offline_extract):
    assert len(attacks(offline_extract, _COUNTED_IF)) == 1
