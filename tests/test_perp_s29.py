"""Session 29 perpetrator rules, on sentences written for the tests (no corpus text)."""

from frame_doers import frame_doers

from marsad.agent.offline import roles_sides as rsd


def _doers(text: str) -> list:
    return frame_doers(text, "2018-04-20")


# A front report: the militia named once with its name, then its dead counted by the bare militia word in a
# battle sentence that names the army's advance.
MILITIA_DEAD = (
    "وشنت ميليشيات الحوثي هجوما على مواقع في مديرية صرواح بمحافظة مأرب يوم الخميس. "
    "وترافق ذلك مع تقدم جديد لقوات الجيش الوطني في جبهة نهم بعد معارك ضارية قتل فيها 23 من عناصر الميليشيات."
)
# The country's word for the rebels, written with "ال" after a count and "من".
REBELS_DEAD = (
    "وذكرت مصادر محلية في محافظة شبوة أن المواجهات التي اندلعت عند أطراف المديرية أسفرت عن مقتل 19 من المتمردين، "
    "وأن المقاومة الشعبية أكدت عزمها طرد من تبقى منهم خلال أيام."
)


def test_bare_militia_dead_take_the_other_side():
    assert _doers(MILITIA_DEAD)[-1] == "army_ye"


def test_definite_rebels_dead_take_the_other_side():
    assert _doers(REBELS_DEAD)[-1] == "popular_resistance_ye"


def test_bare_dead_off(monkeypatch):
    monkeypatch.setattr(rsd, "DEAD_BARE", False)
    assert _doers(MILITIA_DEAD)[-1] is None
    assert _doers(REBELS_DEAD)[-1] is None


# "مع" of company after the killing verb ("قتل مع 9 آخرين") is no side the battle was with.
WITH_OTHERS = (
    "وأحرزت قوات الجيش الوطني بإسناد من طيران التحالف تقدما على حساب ميليشيات الحوثي في مديرية حيس يوم الأحد. "
    "وقال مصدر عسكري إن قائدا ميدانيا للحوثيين قتل مع 9 آخرين من مسلحي الميليشيات خلال المواجهات."
)
# A leader "في" the side: the leader's side is the dead side.
LEADER_IN_GROUP = (
    "وتواصل قوات الجيش الوطني تقدمها في مديرية حيس بمحافظة الحديدة. "
    "وأفادت مصادر ميدانية بمقتل قيادي عسكري بارز في ميليشيات الحوثي خلال المعارك الدائرة غرب المديرية."
)


def test_company_with_is_not_a_battle_side():
    assert _doers(WITH_OTHERS)[-1] == "army_ye"


def test_company_with_off(monkeypatch):
    monkeypatch.setattr(rsd, "FRONT_LINKED_WITH", False)
    assert _doers(WITH_OTHERS)[-1] is None


def test_clash_with_still_names_the_side():
    text = WITH_OTHERS.replace("خلال المواجهات", "خلال مواجهات مع مسلحين من أبناء القبائل")
    assert _doers(text)[-1] is None


def test_leader_in_group_is_the_dead_side():
    assert _doers(LEADER_IN_GROUP)[-1] == "army_ye"


def test_leader_in_group_off(monkeypatch):
    monkeypatch.setattr(rsd, "LEADER_IN", False)
    assert _doers(LEADER_IN_GROUP)[-1] is None


# A vague count of a group, then its death: the group is the dead, not the doer.
VAGUE_DEAD = "وأكدت مصادر ميدانية أن العشرات من عناصر ميليشيات الحوثي قتلوا في مديرية حيس يوم السبت."


def test_vague_count_of_group_is_its_dead():
    assert _doers(VAGUE_DEAD)[0] != "houthis"


def test_vague_count_off(monkeypatch):
    from marsad.agent.offline import roles_cues
    monkeypatch.setattr(roles_cues, "VAGUE_COUNT_DEAD", False)
    assert _doers(VAGUE_DEAD)[0] == "houthis"


def test_vague_count_attackers_stay_doers():
    text = "وقالت الشرطة إن العشرات من عناصر تنظيم داعش هاجموا نقطة تفتيش قرب الحدود يوم الجمعة."
    assert _doers(text)[0] == "isis"


# What was fired stands past the place, the time and a count.
FIRED_FAR = "وأطلقت القوات التركية من داخل أراضيها مساء الاثنين نحو 15 مقذوفا باتجاه قرى في ريف عفرين."


def test_fired_object_past_adverbials():
    assert _doers(FIRED_FAR)[0] == "turkish_forces"


def test_fired_object_off(monkeypatch):
    from marsad.agent.offline import roles_subjects
    monkeypatch.setattr(roles_subjects, "FIRED_LATER", False)
    assert _doers(FIRED_FAR)[0] is None


def test_release_is_not_fire():
    text = "وأطلقت القوات التركية مساء الاثنين سراح عشرة معتقلين بعد أن أطلق مسلحون النار على دورية في ريف عفرين."
    assert "turkish_forces" not in _doers(text)


# A group written with "ل" after a noun that is no attack owns that noun ("عربة أخرى لتنظيم داعش"), not the event
# told after it.
OWNER_OF_VEHICLE = (
    "وقالت مصادر محلية إن أبناء العشائر أحرقوا عربة أخرى لتنظيم داعش ومقتل ركابها الأربعة قرب بلدة حديثة."
)


def test_owner_of_a_thing_is_not_the_doer():
    assert _doers(OWNER_OF_VEHICLE)[0] != "isis"


def test_owner_of_a_thing_off(monkeypatch):
    from marsad.agent.offline import roles_subjects
    monkeypatch.setattr(roles_subjects, "OWNER_BEFORE", False)
    assert _doers(OWNER_OF_VEHICLE)[0] == "isis"


def test_owned_things_that_took_part_keep_their_owner():
    text = "وأحبطت القوات العراقية هجوما قرب الحدود ودمرت 12 آلية لتنظيم داعش شاركت في الهجوم على البلدة."
    assert "isis" in _doers(text)


def test_attack_owner_with_l_is_still_the_doer():
    text = "وقتل ثلاثة جنود في هجوم لتنظيم داعش على نقطة تفتيش قرب بلدة حديثة يوم الأحد."
    assert _doers(text)[0] == "isis"


# A leader noun, its adjectives, then "في" and the group: the dead leader's group.
LEADER_IN_MILITIA = (
    "وفي الجبهة نفسها، لقي القيادي الميداني في جماعة الحوثي #حمود_ناصر_الزبيري، مصرعه، عقب أسبوع من مقتل شقيقه."
)


def test_leader_in_group_is_not_the_doer():
    assert _doers(LEADER_IN_MILITIA)[0] != "houthis"


def test_leader_in_group_frame_off(monkeypatch):
    from marsad.agent.offline import roles_cues, roles_subjects
    monkeypatch.setattr(roles_subjects, "LEADER_IN_GROUP", False)
    monkeypatch.setattr(roles_cues, "MET_DEATH", False)  # pass 40's rule reads the same subject of "لقي ... مصرعه"
    assert _doers(LEADER_IN_MILITIA)[0] == "houthis"


# A killing next to the battle it happened in: the battle's doer is not the side the killing counts dead.
OWN_DEAD_SETTING = (
    "قتل 9 عناصر من ميليشيات الحوثي في مواجهات ليلية مع أبناء قبيلة آل حميد بمحافظة البيضاء خلال اشتباكات اندلعت "
    "بين أبناء القبيلة وعناصر من الميليشيات بعدما فجروا بيوت ثلاثة من المزارعين."
)


def test_setting_doer_is_not_the_dead_side():
    assert _doers(OWN_DEAD_SETTING)[0] != "houthis"


def test_setting_doer_off(monkeypatch):
    from marsad.agent.offline import roles_perpetrator
    monkeypatch.setattr(roles_perpetrator, "SETTING_NOT_DEAD", False)
    assert _doers(OWN_DEAD_SETTING)[0] == "houthis"


# "صدام" is a battle noun; "متطرفي" is a head noun a group's name follows, as "مسلحي" is.
CLASH_NOUN = "وقالت قيادة الجيش الأردني إن جنديا قتل وجرح آخر قرب الحدود في صدام مسلح مع مسلحي داعش."
EXTREMISTS_OF = "وقالت قيادة الجيش الأردني إن جنديا قتل وجرح آخر قرب الحدود في اشتباكات مع متطرفي داعش."


def test_clash_noun_names_the_other_side():
    assert _doers(CLASH_NOUN)[0] == "isis"


def test_clash_noun_off(monkeypatch):
    gone = frozenset({"صدام", "الصدام", "صدامات", "الصدامات"})
    monkeypatch.setattr(rsd, "_BATTLE_NOUNS", rsd._BATTLE_NOUNS - gone)
    monkeypatch.setattr(rsd, "_BATTLE_SURFACES", rsd._BATTLE_SURFACES - rsd.clitic_surfaces(gone))
    assert _doers(CLASH_NOUN)[0] != "isis"


def test_extremists_of_group():
    assert _doers(EXTREMISTS_OF)[0] == "isis"


def test_extremists_of_off(monkeypatch):
    from marsad.agent.offline import roles_cues
    monkeypatch.setattr(roles_cues, "_CLAIM_SUBJECTS", roles_cues._CLAIM_SUBJECTS - {"متطرفي", "متطرفو"})
    assert _doers(EXTREMISTS_OF)[0] != "isis"


def test_group_speaking_through_a_statement_keeps_its_act():
    text = ("تبنى تنظيم داعش تفجيرا استهدف سوقا في مدينة جلال آباد الاثنين. "
            "وقال بيان لتنظيم داعش إن مقاتليه نفذوا هجوما على نقطة للشرطة في المدينة نفسها.")
    assert _doers(text)[-1] == "isis"
