"""Session 27: one record per incident (attacks_clusters, attacks_incidents, lexicons of data/attacks.json)."""

from __future__ import annotations


def test_disaster_story_toll_is_no_attack(offline_extract):
    # a story a disaster agency tells: a toll the police give with no word of violence is no attack
    text = ("أعلنت الشرطة المحلية في الإقليم مقتل تسعة أشخاص وإصابة خمسة آخرين في القرية الجبلية. "
            "وقال متحدث باسم هيئة الكوارث إن فرق الإنقاذ ما زالت تبحث عن مفقودين.")
    assert not offline_extract(text).attacks


def test_disaster_agency_leaves_a_told_attack(offline_extract):
    text = ("قتل مسلحون تسعة أشخاص في هجوم على القرية الجبلية. "
            "وقال متحدث باسم هيئة الكوارث إن فرق الإنقاذ ما زالت تبحث عن مفقودين.")
    assert len(offline_extract(text).attacks) == 1


_SHOOTING = "قالت الشرطة إن مسلحا فتح النار داخل مطعم مزدحم في مدينة دنفر مساء الثلاثاء فقتل ثلاثة رجال. " \
    "وأوضح قائد الشرطة أن ثلاثة أشخاص قتلوا قبل أن ينتحر المهاجم بمسدسه. "
_TOLL = "وقالت السلطات إن خمسة أشخاص أصيبوا في الهجوم اثنان منهم في حالة حرجة."


def test_toll_told_after_a_past_aside_is_the_days_incident(offline_extract):
    # the sentences of an aside on an older shooting count for no distance: the toll is the day's incident's
    text = _SHOOTING + "وكان مسلح آخر قد قتل 49 شخصا في ملهى ليلي بمدينة أورلاندو قبل نحو ثلاث سنوات. " \
        "كما يأتي بعد سلسلة من حوادث إطلاق النار في البلاد خلال الأشهر الأخيرة. " + _TOLL
    records = offline_extract(text, published="2019-03-13").attacks
    day = [a for a in records if not a.background]
    assert [(a.killed, a.injured) for a in day] == [(3, 5)]
    assert all(a.injured is None for a in records if a.background)


_HOTEL = "قتل 12 شخصا وأصيب 30 آخرون في هجوم مسلح استهدف فندقا في العاصمة باماكو أمس الجمعة. "


def test_earlier_attacks_in_the_plural_lend_no_doer(offline_extract):
    # older attacks told as context in the plural: their doer is not the day's
    text = _HOTEL + "وكانت جماعات موالية لتنظيم القاعدة قد شنت هجمات سابقة في باماكو وقرب الحدود مع النيجر."
    records = offline_extract(text, published="2019-03-09").attacks
    assert [(a.killed, a.injured, a.perpetrator) for a in records] == [(12, 30, None)]


def test_claim_of_the_days_attack_still_names_its_doer(offline_extract):
    text = _HOTEL + "وتبنى تنظيم القاعدة الهجوم في بيان."
    records = offline_extract(text, published="2019-03-09").attacks
    assert [a.perpetrator for a in records] == ["تنظيم القاعدة"]


def test_killing_wounding_and_abducting_in_one_raid_are_one_incident(offline_extract):
    # one doer's acts told together in one sentence: one record with both counts, no separate kidnapping
    text = 'وقال مصدر أمني إن "مسلحين من بوكو حرام هاجموا قرية نائية شمال مايدوغوري" مساء الأربعاء ' \
        '"وقاموا بذبح 11 شخصا وجرح ثلاثة آخرين وخطف سبع نساء".'
    records = offline_extract(text, published="2019-03-08").attacks
    assert [(a.killed, a.injured, a.perpetrator) for a in records] == [(11, 3, "بوكو حرام")]
