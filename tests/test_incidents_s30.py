"""Session 30 (facts copied between incidents by the record merge).

- Two tellings in two sentences, each naming its own doer, where one is a state's or a coalition's force and the
  other an armed group (or two forces, not of one state, one told with an air strike and the other with none), are
  two incidents (attacks_clusters.DOERS_APART): the group's bombings do not become the air force's, and the army's
  kill does not become the coalition's air strike.
- A mention with nothing of its own but a named doer does not join an incident told as done by masked or unknown men
  or claimed by no one (attacks_incidents.UNKNOWN_HANDS): it goes with that doer's incident if the article told one,
  else with none, so the masked men's attack does not take the group's name.
- An incident told as past context dated in another month or year than the news does not join it, even when the
  news is dated only by the day it was reported (attacks_clusters.PAST_DAY_APART): "عقب عملية مماثلة نفذها في نيسان
  الماضي" does not give today's bombing April as its date.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_clusters as clusters_mod
import marsad.agent.offline.attacks_incidents as incidents_mod

attacks = partial(headline_attacks, published="2015-08-20")
may_attacks = partial(headline_attacks, published="2018-05-20")


def _quotes(a) -> list[str]:
    return [c.quote for c in a.citations]


_TWO_SIDES = ("تصعيد في شمال سوريا\n"
              "واصلت المقاتلات التركية الثلاثاء هجماتها على مواقع تنظيم داعش في الشمال السوري.\n"
              "في الغضون نفذ تنظيم داعش هجومين انتحاريين في قريتين قرب بلدة منبج السورية وسط أنباء عن سقوط قتلى.")


def test_a_groups_bombing_is_not_the_air_forces_strike(offline_extract, monkeypatch):
    got = attacks(offline_extract, _TWO_SIDES)
    bombing = _TWO_SIDES.split("\n")[-1]
    mine = [a for a in got if bombing in _quotes(a)]
    assert mine and all(a.perpetrator_en != "Turkish forces" for a in mine)
    assert any(a.perpetrator_en == "Turkish forces" and bombing not in _quotes(a) for a in got)
    monkeypatch.setattr(clusters_mod, "DOERS_APART", False)
    old = attacks(offline_extract, _TWO_SIDES)
    assert any(a.perpetrator_en == "Turkish forces" and bombing in _quotes(a) for a in old)  # the merge this fixes


_ARMY_AND_STRIKES = ("مقتل قيادي حوثي في البيضاء\n"
                     "لقي قيادي بارز في ميليشيا الحوثي مصرعه على يد قوات الجيش الوطني في جبهة ناطع شرق البيضاء.\n"
                     "كما شنت مقاتلات التحالف العربي في اليمن، الخميس، غارات جوية على مواقع للميليشيا في "
                     "مناطق سيطرتها.")


def test_the_armys_kill_and_the_coalitions_strikes_are_two_records(offline_extract, monkeypatch):
    got = attacks(offline_extract, _ARMY_AND_STRIKES)
    strikes = _ARMY_AND_STRIKES.split("\n")[-1]
    kill = next(a for a in got if a.killed == 1)
    assert kill.attack_type != "airstrike" and strikes not in _quotes(kill)
    assert any(a.attack_type == "airstrike" and strikes in _quotes(a) for a in got)
    monkeypatch.setattr(clusters_mod, "DOERS_APART", False)
    old = attacks(offline_extract, _ARMY_AND_STRIKES)
    assert next(a for a in old if a.killed == 1).attack_type == "airstrike"  # the merge this fixes


_ONE_STATE = ("غارات إسرائيلية على غزة\n"
              "وقصف الجيش الإسرائيلي ليلا نحو عشرة مواقع في شمال غزة.\n"
              "ثم شن سلاح الجو الإسرائيلي غارات أخرى على مواقع للفصائل في جنوب القطاع.")


def test_two_forces_of_one_state_are_not_told_apart_by_it(offline_extract, monkeypatch):
    got = attacks(offline_extract, _ONE_STATE)
    monkeypatch.setattr(clusters_mod, "DOERS_APART", False)
    assert len(got) == len(attacks(offline_extract, _ONE_STATE))


_MASKED = ("هجمات على الشرطة في جنوب شرق تركيا\n"
           "أعلن حزب العمال الكردستاني الأربعاء مسؤوليته عن قتل شرطيين في بلدة قرب الحدود مع سوريا.\n"
           "والخميس، قتل شرطي وأصيب آخر بجروح في هجوم نفذه ملثمون في مدينة ماردين، بحسب مصادر أمنية.\n"
           "وقالت المصادر إن الشرطيين كانا في دورية عند وقوع الهجوم.\n"
           "ويخشى مراقبون أن يقود هجوم حزب العمال الكردستاني الذي جاء ردا على تفجير سابق إلى موجة عنف أوسع.")


def test_a_mention_naming_its_doer_does_not_join_an_incident_told_as_by_masked_men(offline_extract, monkeypatch):
    got = attacks(offline_extract, _MASKED)
    masked = next(a for a in got if a.location is not None and a.location.name == "ماردين")
    assert masked.perpetrator is None
    monkeypatch.setattr(incidents_mod, "UNKNOWN_HANDS", False)
    old = attacks(offline_extract, _MASKED)
    assert next(a for a in old if a.location is not None and a.location.name == "ماردين").perpetrator is not None


_LAST_MONTH = ("انفجار يستهدف مقرا أمنيا في المكلا\n"
               "قتل ستة جنود وأصيب 20 آخرون في هجوم انتحاري استهدف مقرا أمنيا في مدينة المكلا، بحسب ما أعلنت "
               "وزارة الداخلية أمس.\n"
               "وتبنى تنظيم داعش الهجوم بعد ساعات، عقب عملية مماثلة نفذها في نيسان الماضي واستهدفت مقر الشرطة في "
               "المكلا وراح ضحيتها عشرات القتلى.")


def test_a_past_incident_of_another_month_does_not_give_the_news_its_day(offline_extract, monkeypatch):
    got = may_attacks(offline_extract, _LAST_MONTH)
    news = next(a for a in got if a.killed == 6)
    assert not news.background and news.date == "2018-05-19"
    assert any(a.background and a.date == "2018-04" for a in got)
    monkeypatch.setattr(clusters_mod, "PAST_DAY_APART", False)
    old = may_attacks(offline_extract, _LAST_MONTH)
    assert next(a for a in old if a.killed == 6).date == "2018-04"  # the day the merge took from the past incident
