"""Pass 44 (ext44a): "فجر" with a day word right after it is the noun dawn, not the verb of blowing up.

"صدت القوات فجر الخميس هجوما شنه ..." read "فجر" as the verb, so what came after it ("هجوما شنه المسلحون") was
taken for what was hit; "قالت الشرطة إنها فجر السبت تعرضت لهجوم" read the speaker's "إنها" + "فجر" as a report of
its own blast, so the police came out as the doer. Sentences are written for these tests.
"""

from __future__ import annotations

from marsad.agent.offline import roles_cues

REPELLED = "صدت قوات الجيش فجر الخميس هجوما شنه مسلحو داعش على بلدة العلم شرقي تكريت، وقتلت أربعة منهم."
SUFFERED = "قالت الشرطة الاتحادية إنها فجر السبت تعرضت لهجوم مسلح في حي العامرية ببغداد أسفر عن مقتل ثلاثة من عناصرها."


def test_repelled_attack_at_dawn_names_the_town_hit(offline_extract):
    (attack,) = offline_extract(REPELLED).attacks
    assert attack.target == "بلدة العلم"
    assert attack.perpetrator is not None


def test_force_that_came_under_attack_at_dawn_is_no_doer(offline_extract):
    (attack,) = offline_extract(SUFFERED).attacks
    assert attack.perpetrator is None


def test_switch_off_reads_the_verb(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_cues, "DAWN_TIME", False)
    (attack,) = offline_extract(REPELLED).attacks
    assert attack.target.startswith("هجوما")
    (attack,) = offline_extract(SUFFERED).attacks
    assert attack.perpetrator is not None


def test_own_strike_told_after_the_dawn_keeps_its_doer(offline_extract):
    text = "أعلن الجيش التركي أنه فجر الثلاثاء قصف مخابئ لحزب العمال الكردستاني في منطقة هفتانين."
    (attack,) = offline_extract(text).attacks
    assert attack.perpetrator is not None


def test_bomber_who_blew_himself_up_is_still_a_suicide_attack(offline_extract):
    text = "فجر انتحاري نفسه صباح الاثنين قرب مطعم شعبي في مدينة الخالص موقعا ستة قتلى من المدنيين."
    (attack,) = offline_extract(text).attacks
    assert attack.attack_type == "suicide_attack"
    assert attack.killed == 6


def test_what_follows_the_dawn_after_a_strike_verb_is_still_what_was_hit(offline_extract):
    text = "شنت طائرات حربية إسرائيلية فجر الأربعاء غارتين على موقعين للفصائل في بلدة بيت حانون دون وقوع إصابات."
    (attack,) = offline_extract(text).attacks
    assert attack.target == "موقعين للفصائل"


UNDERTAKEN = "قامت ثلاث مقاتلات من سلاح الجو التركي مساء الأحد بقصف مخابئ للمسلحين في ريف حلب الشمالي."


def test_day_between_the_craft_and_the_act_they_undertook_is_stepped_over(offline_extract):
    (attack,) = offline_extract(UNDERTAKEN).attacks
    assert attack.perpetrator == "سلاح الجو التركي"


def test_switch_off_loses_the_craft_told_before_the_day(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_subjects

    monkeypatch.setattr(roles_subjects, "DATED_UNDERTAKING", False)
    (attack,) = offline_extract(UNDERTAKEN).attacks
    assert attack.perpetrator != "سلاح الجو التركي"
