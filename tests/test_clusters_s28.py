"""Session 28 (records per incident): two incidents of one article kept apart.

- A mention of an attack with no place, toll or day of its own, in a sentence that turns to another item of the news
  ("إلى ذلك"، "في غضون ذلك" ...: merge.turns_aside) and names a doer of its own, none of the incident told before,
  is another incident (attacks_incidents.FLOAT_APART): a ground operation by the army, then "in addition" the
  coalition's air strikes of the last days, are two records, not one air strike credited to the army.
- An incident named again ("القصف"، "الهجوم") in a sentence that has just told an incident of its own (with a day or a
  place) is that sentence's incident, never one told in an earlier sentence (attacks_incidents.TOLD_HERE): last
  week's exchange of fire told after today's shooting does not join the shooting.
- Losses told for the fighting and the strikes together, with no number or day, open no record of their own
  (MIXED_ROUNDUP); "لهذا الهجوم" refers back as "هذا الهجوم" does (attacks_events.DEMONSTRATIVE_CLITIC).
- A toll told of the very doer of fire from afar is not that fire's toll (attacks_clusters.OWN_SIDE); a death told as
  "one of" some people after a larger toll is one of that incident's dead (ONE_OF_THEM).

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_clusters as clusters_mod
import marsad.agent.offline.attacks_events as events_mod
import marsad.agent.offline.attacks_incidents as incidents_mod
import marsad.agent.offline.named_places as named_places_mod
from marsad.agent.offline.merge import turns_aside
from marsad.core.arabic import normalize

attacks = partial(headline_attacks, published="2018-05-10")


_ASIDE = ("الجيش يأسر مسلحين في حرض\n"
          "نفذت قوات الجيش، مسنودة بطيران التحالف، صباح اليوم الخميس عملية خاطفة على مواقع الحوثيين داخل مدينة حرض، "
          "أسفرت عن مقتل 9 منهم وأسر اثنين.\n"
          "إلى ذلك، شنت مقاتلات التحالف عدة غارات جوية على تجمعات للميليشيات في جبهتي الملاحيظ وباقم خلال الأيام "
          "الثلاثة الماضية، ما أسفر عن تدمير آليات.")


def test_another_doers_strikes_told_as_another_item_are_their_own_record(offline_extract, monkeypatch):
    # (one record for the strikes on the two fronts: this test measures its own rule, not the fronts' split, which
    # named_places.FRONT_DUALS makes two records, GUIDELINES D-21)
    monkeypatch.setattr(named_places_mod, "FRONT_DUALS", False)
    got = attacks(offline_extract, _ASIDE)
    assert len(got) == 2
    ground = next(a for a in got if a.killed == 9)
    assert ground.perpetrator_en != "Saudi-led Arab coalition" and ground.attack_type != "airstrike"
    assert len(ground.citations) == 1
    strikes = next(a for a in got if a is not ground)
    assert strikes.attack_type == "airstrike" and strikes.perpetrator_en == "Saudi-led Arab coalition"
    assert strikes.citations[0].quote.startswith("إلى ذلك")
    monkeypatch.setattr(incidents_mod, "FLOAT_APART", False)
    old = attacks(offline_extract, _ASIDE)
    assert len(old) == 1 and old[0].attack_type == "airstrike"  # the merge this fixes


_SAME_DOER = ("الجيش يأسر مسلحين في حرض\n"
              "نفذت قوات الجيش صباح اليوم الخميس عملية خاطفة على مواقع الحوثيين داخل مدينة حرض، أسفرت عن مقتل 9 "
              "منهم وأسر اثنين.\n"
              "إلى ذلك، قصفت مدفعية الجيش تجمعات للميليشيات، ما أسفر عن تدمير آليات.")


def test_the_same_doer_told_as_an_aside_still_tells_the_incident(offline_extract):
    got = attacks(offline_extract, _SAME_DOER)
    assert len(got) == 1 and got[0].killed == 9 and len(got[0].citations) == 2


def _words(text: str) -> list[str]:
    return [normalize(w) for w in text.replace("،", " ").split(" ") if w]


def test_aside_openers():
    assert turns_aside(_words("إلى ذلك، شنت الطائرات غارات"))
    assert turns_aside(_words("وفي غضون ذلك شنت الطائرات غارات"))
    assert not turns_aside(_words("وأضاف أن الطائرات شنت غارات إلى ذلك"))


_EXCHANGE = ("مقتل فلسطيني قرب السياج\n"
             "أعلن متحدث عسكري إسرائيلي أن الجنود قتلوا فلسطينيا بالرصاص لدى محاولته عبور الشريط الحدودي حاملا سكينا صباح "
             "الخميس.\n"
             "وأضاف الجيش أن شابا آخر كان برفقته تمكن من الفرار.\n"
             "ولم تعلق السلطات الفلسطينية على الحادثة.\n"
             "وأطلق عناصر من الفصائل نحو عشرين قذيفة باتجاه البلدات المجاورة قبل أسبوع، فردت إسرائيل بنيران "
             "الدبابات والطائرات خلال تبادل للقصف هو الأشد منذ سنوات.")


def test_a_retelling_in_a_sentence_with_its_own_incident_stays_there(offline_extract, monkeypatch):
    got = attacks(offline_extract, _EXCHANGE)
    shot = next(a for a in got if a.killed == 1)
    assert len(shot.citations) == 1 and shot.attack_type != "airstrike"
    assert any(a.background for a in got if a is not shot)
    monkeypatch.setattr(incidents_mod, "TOLD_HERE", False)
    old = next(a for a in attacks(offline_extract, _EXCHANGE) if a.killed == 1)
    assert len(old.citations) == 2  # the merge this fixes


_RETOLD = ("قصف على حي سكني\n"
           "قتل ثلاثة مدنيين اليوم الخميس في قصف مدفعي استهدف حيا سكنيا في مدينة تعز.\n"
           "وأسفر القصف أيضا عن إصابة سبعة آخرين وتدمير منزلين.")


def test_a_retelling_with_no_incident_of_its_own_still_joins(offline_extract):
    got = attacks(offline_extract, _RETOLD)
    assert len(got) == 1 and got[0].killed == 3 and got[0].injured == 7
    assert got[0].citations[-1].quote.startswith("وأسفر القصف")


# Losses told for the fighting and the air strikes together, with no number and no day, after the article's
# incidents: a round-up of the fighting at large (attacks_incidents.MIXED_ROUNDUP), no record of its own.

_MIXED = ("غارات على مواقع المسلحين غرب المحافظة\n"
          "وأفاد الجيش في بيان بأن طائرات التحالف شنت غارات متتالية على مواقع للحوثيين في جبهة الكدحة بمديرية المعافر.\n"
          "وبحسب مصادر عسكرية، فإن الميليشيات خسرت العشرات بين قتيل وجريح في المواجهات وغارات التحالف على جبهات "
          "محافظة تعز.")


def test_losses_in_the_fighting_and_the_strikes_at_large_make_no_second_record(offline_extract, monkeypatch):
    got = attacks(offline_extract, _MIXED)
    assert len(got) == 1 and got[0].location is not None and got[0].location.name == "الكدحة"
    monkeypatch.setattr(incidents_mod, "MIXED_ROUNDUP", False)
    assert len(attacks(offline_extract, _MIXED)) == 2  # the extra record this fixes


_MIXED_COUNTED = ("غارات على مواقع المسلحين غرب المحافظة\n"
                  "وأفاد الجيش في بيان بأن طائرات التحالف شنت غارات متتالية على مواقع للحوثيين في جبهة الكدحة بمديرية "
                  "المعافر.\n"
                  "وفي محافظة الجوف قتل 11 من المسلحين وأصيب 4 جنود في المواجهات وغارات التحالف.")

_MIXED_ALONE = ("خسائر المسلحين في محافظة تعز\n"
                "قالت مصادر عسكرية إن الميليشيات خسرت العشرات بين قتيل وجريح في المواجهات وغارات التحالف على جبهات "
                "محافظة تعز.")


def test_counted_losses_or_the_only_telling_still_make_a_record(offline_extract):
    got = attacks(offline_extract, _MIXED_COUNTED)
    assert len(got) == 2 and any(a.killed == 11 and a.injured == 4 for a in got)
    assert len(attacks(offline_extract, _MIXED_ALONE)) == 1


# A demonstrative with a clitic before an attack noun ("لهذا الهجوم"، "بهذه الغارات") refers back to the incident told
# before, as a bare one does (attacks_events.DEMONSTRATIVE_CLITIC); a linking word built on one ("كذلك"، "لذلك") does
# not.

_THIS_ATTACK = ("طائرات تقصف سفينة قرب الساحل\n"
                "قال متحدث عسكري الأحد إن طائرات حربية قصفت مساء السبت سفينة تحمل أسلحة قرب مدينة مصراتة.\n"
                "ولم يتسن التحقق من مصدر محايد لهذا الهجوم الذي جرى على مقربة من بلدة الحصينات، والذي تحدثت عنه "
                "أيضا قنوات محلية.\n"
                "وقال متحدث باسم القوات الجوية إن الهجوم استهدف كذلك سفينة ثانية كانت تنقل ذخائر إلى المسلحين.")


def test_this_attack_with_a_clitic_is_the_incident_told_before(offline_extract, monkeypatch):
    got = attacks(offline_extract, _THIS_ATTACK)
    assert len(got) == 1 and got[0].location is not None and got[0].location.name == "مصراتة"
    assert got[0].citations[-1].quote.startswith("وقال متحدث باسم القوات الجوية")
    monkeypatch.setattr(events_mod, "DEMONSTRATIVE_CLITIC", False)
    old = attacks(offline_extract, _THIS_ATTACK)
    assert not any(c.quote.startswith("وقال متحدث باسم القوات الجوية") for a in old for c in a.citations)


def test_demonstratives_with_clitics():
    assert events_mod._demonstrative("لهذا") and events_mod._demonstrative("بهذه") and events_mod._demonstrative("هذه")
    assert not events_mod._demonstrative("كذلك") and not events_mod._demonstrative("لذلك")
    assert not events_mod._demonstrative("لهم")


# A toll told of the very doer of fire from afar is not that fire's toll (attacks_clusters.OWN_SIDE): the shelling's
# doer does not die under its own shells; in a battle or a raid the attackers' losses stay the incident's toll.

_OWN_DEAD = ("قصف حوثي على مستشفى في تعز\n"
             "قالت مصادر محلية إن الحوثيين قصفوا صباح اليوم مستشفى الجمهورية في مدينة تعز، ما ألحق أضرارا بقسم "
             "الطوارئ.\n"
             "وتشهد أحياء المدينة منذ أشهر مواجهات متقطعة بين الطرفين.\n"
             "وذكرت مصادر في المستشفيات سقوط 9 قتلى و20 جريحا من ميليشيات الحوثي.")


def test_the_doers_own_dead_are_not_the_shellings_toll(offline_extract, monkeypatch):
    got = attacks(offline_extract, _OWN_DEAD)
    shelling = next(a for a in got if a.attack_type == "shelling")
    assert shelling.killed is None and shelling.injured is None
    assert any(a.killed == 9 and a.injured == 20 for a in got if a is not shelling)
    monkeypatch.setattr(clusters_mod, "OWN_SIDE", False)
    old = attacks(offline_extract, _OWN_DEAD)
    assert len(old) == 1 and old[0].killed == 9  # the merge this fixes


_CIVILIAN_DEAD = ("قصف حوثي على مستشفى في تعز\n"
                  "قالت مصادر محلية إن الحوثيين قصفوا صباح اليوم مستشفى الجمهورية في مدينة تعز، ما ألحق أضرارا بقسم "
                  "الطوارئ.\n"
                  "وذكرت مصادر في المستشفيات سقوط 4 قتلى و12 جريحا من المدنيين.")

_RAID_LOSSES = ("صد هجوم على مواقع الجيش\n"
                "صدت قوات الجيش صباح اليوم هجوما شنه الحوثيون على مواقعها في مديرية الصلو جنوب تعز.\n"
                "وأوضح ضابط ميداني أن الهجوم خلف 6 قتلى من ميليشيات الحوثي.")


def test_other_victims_and_raiders_losses_stay_the_incidents_toll(offline_extract):
    got = attacks(offline_extract, _CIVILIAN_DEAD)
    assert len(got) == 1 and got[0].killed == 4 and got[0].injured == 12
    got = attacks(offline_extract, _RAID_LOSSES)
    assert len(got) == 1 and got[0].killed == 6


# A death told as "one of" some people ("قتل أحد المارة") with no place, day or doer of its own, after an incident
# with a larger toll of the same kind, is one of that incident's dead (attacks_incidents.ONE_OF_THEM), not a second
# incident; "one of" some people doing the killing is not.

_ONE_OF = ("هجوم بسكين في مدينة غنت\n"
           "قالت النيابة البلجيكية إن الهجوم الذي أوقع ثلاثة قتلى الأربعاء في مدينة غنت يعامل كعمل إرهابي.\n"
           "وأضافت المتحدثة باسم النيابة أن المحققين يبحثون في دوافع المهاجم وصلاته.\n"
           "وهاجم المسلح دورية للشرطة بسكين واستولى على سلاح أحد عناصرها.\n"
           "كذلك قتل أحد المارة قبل أن ترديه الشرطة قتيلا في تبادل لإطلاق النار.")


def test_one_of_the_dead_singled_out_is_the_incident(offline_extract, monkeypatch):
    got = attacks(offline_extract, _ONE_OF)
    assert len(got) == 1 and got[0].killed == 3
    assert got[0].citations[-1].quote.startswith("كذلك قتل أحد المارة")
    monkeypatch.setattr(incidents_mod, "ONE_OF_THEM", False)
    assert len(attacks(offline_extract, _ONE_OF)) == 2  # the split this fixes


_ONE_OF_KILLERS = ("قصف على أحياء دمشق\n"
                   "قتل ستة أشخاص وأصيب 20 آخرون الخميس جراء سقوط قذائف على أحياء في مدينة دمشق.\n"
                   "إلى ذلك أقدم أحد أقارب محافظ المدينة على قتل ضابط في الشرطة إثر خلاف على أفضلية المرور.")


def test_one_of_the_killers_is_not_one_of_the_dead(offline_extract):
    got = attacks(offline_extract, _ONE_OF_KILLERS)
    shelled = next(a for a in got if a.killed == 6)
    assert len(shelled.citations) == 2 and shelled.injured == 20
    assert incidents_mod._singled_out("قتل أحد") and incidents_mod._singled_out("مقتل إحدى")
    assert not incidents_mod._singled_out("أحد أقارب المحافظ على قتل")
