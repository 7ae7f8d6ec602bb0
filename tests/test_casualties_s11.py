"""Session 11: tolls across neighbouring events in one clause (agent/offline/casualties.py).

Wire copy ties an attack to the events before it inside one clause: "الهجوم على مركز الشرطة، الذي يعقب موجة من
التفجيرات ... وأسفرت عن مقتل 15" -- the 15 are the earlier wave's dead. A cue with no event after it ("الذي جاء بعد ساعات
من زيارة الوزير") leaves the toll with the attack. A casualty word told again before the others ("أسفر عن مقتله ومقتل
3 آخرين") counts the victim and the others.
"""


def test_toll_of_the_events_followed_is_not_the_attacks(offline_extract):
    (attack,) = offline_extract("وأصيب ثلاثة حراس في الهجوم على مركز الشرطة، الذي يعقب موجة من التفجيرات ضربت مدينة "
                                "ميدان مطلع الشهر وأسفرت عن مقتل 15 شخصا.").attacks
    assert attack.injured == 3
    assert attack.killed is None


def test_follow_cue_with_no_event_keeps_the_toll(offline_extract):
    (attack,) = offline_extract("ووقع الهجوم الذي جاء بعد ساعات من زيارة الوزير للمدينة وأسفر عن مقتل 10 أشخاص.").attacks
    assert attack.killed == 10


def test_toll_before_the_cue_stays(offline_extract):
    attacks = offline_extract("قتل 6 أشخاص في الهجوم الذي يأتي بعد أيام من تفجير نفذه انتحاري وأسفر عن مقتل 11 في "
                              "المدينة.").attacks
    assert sorted(a.killed for a in attacks) == [6, 11]


def test_casualty_word_told_again_before_the_others(offline_extract):
    (attack,) = offline_extract("وانفجرت عبوة لاصقة بسيارة القاضي في حي الجامعة، ما أسفر عن مقتله ومقتل 3 آخرين "
                                "وإصابة سبعة بجروح.").attacks
    assert attack.killed == 4
    assert attack.injured == 7
    (attack,) = offline_extract("أدى انفجار العبوة إلى مقتل السائق ومقتل اثنين آخرين وإصابة أربعة في ناحية "
                                "العلم.").attacks
    assert attack.killed == 3


def test_militants_told_again_are_not_victims(offline_extract):
    (attack,) = offline_extract("أسفر الهجوم على الحاجز عن مقتل الضابط ومقتل 3 مسلحين في ناحية العلم.").attacks
    assert attack.killed == 1


def test_updated_toll_told_noun_first(offline_extract):
    # "عدد القتلى ارتفع إلى 14": the revised total, not the 3 who died of their wounds
    (attack,) = offline_extract("وقالت الشرطة إن عدد القتلى ارتفع إلى 14 بعد وفاة 3 من المصابين متأثرين بجروحهم في "
                                "هجوم مزار شريف.").attacks
    assert attack.killed == 14
    # the wounded's count rising is not the dead's
    (attack,) = offline_extract("وقال إن عدد الجرحى ارتفع إلى 30 في الهجوم على السوق، فيما قتل 4.").attacks
    assert attack.killed == 4
