"""Session 30 (attack precision): records that are no attack incident, and attacks dropped as none.

- In a story of a court's sentence carried out ("نفذت الوزارة حكم القتل قصاصا في جان"), the killing told in another
  sentence with no date of its own ("أقدم فلان على قتل ... إثر خلاف") is the crime the court judged, told as the
  sentence's ground: no incident of the news (attacks_cues.JUDGED_CRIME). A past attack told with a date in such a
  story is history recalled, and stays.
- An attack word a negated link governs ("الحادث ليس مرتبطا بعملية إرهابية"، "لا صلة له بأي عمل إرهابي") is what the
  speaker says the event was not: no attack of its own and no doer read from it (attacks_cues.UNLINKED); the event
  the article tells stays.
- A toll told as that of two incidents named by a definite dual ("الحصيلة الأولية للهجومين مقتل أربعة"، "وأسفر
  التفجيران عن ...") joins the incidents told before (frames.TOLL_DUAL; the duals are definite nouns of incidents
  told before, attacks.json definite_singulars); a dual told otherwise opens no frame.
- A thousand dead or more told with no attack word ("نعى المحافظ مقتل 2150 من أبناء المدينة على يد مسلحي التنظيم")
  sum a war's or a rule's killings, not one incident (attacks_events.MASS_DEATHS); a massacre named in the frame, or
  an attack word ("في تفجير شاحنة مفخخة"), keeps it one incident.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_cues as cues_mod
import marsad.agent.offline.attacks_events as events_mod
import marsad.agent.offline.frames as frames_mod

attacks = partial(headline_attacks, published="2016-04-12")


_JUDGED = ("تنفيذ حكم القتل قصاصا في جان بمنطقة حائل\n"
           "نفذت السلطات اليوم حكم القتل قصاصا في مواطن بمنطقة حائل.\n"
           "وجاء في البيان أن الجاني أقدم على قتل رجلين بإطلاق النار عليهما بسبب نزاع على قطعة أرض.\n"
           "وتمكنت الجهات الأمنية من القبض عليه وأحيل إلى المحكمة التي أصدرت بحقه حكما بالقتل.")


def test_the_crime_a_court_judged_is_no_incident_of_the_news(offline_extract, monkeypatch):
    assert attacks(offline_extract, _JUDGED) == []
    monkeypatch.setattr(cues_mod, "JUDGED_CRIME", False)
    assert len(attacks(offline_extract, _JUDGED)) == 1  # what this fixes: the judged shooting was read as an attack


_JUDGED_WITH_HISTORY = ("تنفيذ حكم الإعدام في مدان بقضايا إرهاب\n"
                        "نفذت السلطات اليوم حكم الإعدام في مدان بالتخطيط لهجمات إرهابية.\n"
                        "وكانت السلطات قد أعادت العمل بهذه العقوبة إثر الهجوم الذي استهدف معسكرا للجيش في مدينة هرات "
                        "أواخر عام 2012 والذي راح ضحيته 17 جنديا.")


def test_a_dated_past_attack_in_a_judicial_story_stays(offline_extract):
    got = attacks(offline_extract, _JUDGED_WITH_HISTORY)
    assert [a.killed for a in got] == [17]


_NEWS = ("مقتل شرطي طعنا في مدينة الزرقاء\n"
         "قتل شرطي طعنا بسكين على يد مجهول قرب مركز أمني في مدينة الزرقاء.\n"
         "وقالت مصادر أمنية إن المهاجم فر من المكان.")


def test_a_killing_in_a_story_with_no_sentence_carried_out_stays(offline_extract):
    assert len(attacks(offline_extract, _NEWS)) == 1


_UNLINKED = ("مقتل جنديين بنيران زميل لهما في ثكنة بقابس\n"
             "قتل جنديان وأصيب ثلاثة آخرون بنيران زميل لهم داخل ثكنة عسكرية في مدينة قابس اليوم. "
             "وقال متحدث باسم وزارة الدفاع إن الحادث ليس مرتبطا بعملية إرهابية لتنظيم داعش.")


def test_a_negated_link_to_terror_names_no_doer(offline_extract, monkeypatch):
    got = attacks(offline_extract, _UNLINKED)
    assert [(a.killed, a.injured, a.perpetrator) for a in got] == [(2, 3, None)]
    monkeypatch.setattr(cues_mod, "UNLINKED", False)
    assert [a.perpetrator for a in attacks(offline_extract, _UNLINKED)] == ["داعش"]  # what this fixes


def test_unlinked_word_reading():
    words = ["قال", "المتحدث", "ان", "الحادث", "لا", "صله", "له", "باي", "عمل", "ارهابي"]
    assert cues_mod._unlinked(words, 0, words.index("عمل"))
    told = ["قال", "المتحدث", "ان", "الحادث", "مرتبط", "بعمل", "ارهابي"]
    assert not cues_mod._unlinked(told, 0, told.index("بعمل"))


_DUAL_TOLL = ("هجوم على مقرين للشرطة في سامراء\n"
              "هاجم مسلحون مقرين للشرطة في مدينة سامراء فجر الأحد.\n"
              "وكانت الحصيلة الأولية للهجومين مقتل خمسة شرطيين وإصابة سبعة آخرين.")


def test_a_toll_of_a_definite_dual_joins_the_incident_told_before(offline_extract, monkeypatch):
    got = attacks(offline_extract, _DUAL_TOLL)
    assert [(a.killed, a.injured) for a in got] == [(5, 7)]
    monkeypatch.setattr(frames_mod, "TOLL_DUAL", False)
    assert [(a.killed, a.injured) for a in attacks(offline_extract, _DUAL_TOLL)] == [(None, None)]  # what this fixes


def test_a_dual_told_with_no_toll_opens_no_frame():
    told = ["شنت", "الجماعه", "الهجومين", "علي", "مقر", "الجيش"]
    assert frames_mod._dual_toll(told, 2) is None
    toll = ["وكانت", "الحصيله", "الاوليه", "للهجومين", "مقتل", "خمسه"]
    assert frames_mod._dual_toll(toll, 3) == "attack"
    caused = ["واسفر", "التفجيران", "عن", "اصابه", "سبعه"]
    assert frames_mod._dual_toll(caused, 1) == "explosion"


_MASS = ("المحافظ يحمل الحكومة المسؤولية\n"
         "وكان المحافظ قد نعى مقتل 2150 شخصا من أبناء المدينة على يد مسلحي التنظيم، محملا الحكومة المسؤولية.")


def test_thousands_dead_with_no_attack_word_are_no_incident(offline_extract, monkeypatch):
    assert attacks(offline_extract, _MASS) == []
    monkeypatch.setattr(events_mod, "MASS_DEATHS", False)
    assert [a.killed for a in attacks(offline_extract, _MASS)] == [2150]  # what this fixes


def test_a_mass_toll_of_an_attack_or_a_massacre_stays(offline_extract):
    bomb = ("تفجير دام في مقديشو\n"
            "قتل 1200 شخص على الأقل في تفجير شاحنة مفخخة وسط العاصمة الصومالية مقديشو.")
    assert [a.killed for a in attacks(offline_extract, bomb)] == [1200]
    words = ["في", "المجزره", "التي", "راح", "ضحيتها", "1700", "مجند"]
    assert any(b in events_mod._MASSACRE for w in words for b in events_mod.bare(w))
