"""Session 28 perpetrator rules: a doer the text names by a noun the registry does not know is not replaced by
another incident's doer (STATED_SUBJECT); in news about Yemen the rebels' epithets name the Houthis."""

from frame_doers import frame_doers

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import roles_perpetrator as rp
from marsad.schemas.document import Document


def _perps(text: str) -> list:
    doc = Document(doc_id="t-perp-s28", text=text, published="2017-09-12")
    return [a.perpetrator for a in OfflineExtractor().extract(doc).attacks]


def _frame_doers(text: str) -> list:
    return frame_doers(text, "2017-09-12")


# An air raid told first, then a shelling whose doer is named by a noun that is no registry actor.
STRIKES_THEN_GUNMEN = (
    "وشنت طائرات التحالف الدولي غارات على مواقع في ريف الرقة يوم الاثنين. "
    "وفي مدينة منبج قتل أربعة مدنيين في قصف نفذه مسلحون ملثمون على سوق شعبي مساء الاثنين."
)
FORCES_KILL = (
    "قتل عشرون شخصا في تفجير انتحاري استهدف تجمعا انتخابيا في بلدة ماستونغ الأسبوع الماضي. "
    "وتبنى تنظيم داعش الهجوم. "
    "وقتلت قوات الأمن في مدينة كويتا أمس القيادي المتهم بالتخطيط للتفجير في تبادل لإطلاق النار."
)


def test_stated_subject_keeps_borrowed_doer_out():
    assert _frame_doers(STRIKES_THEN_GUNMEN)[-1] is None


def test_stated_subject_force_after_feminine_verb():
    # the claim is of the bombing; the raid of the third sentence (its killing and its exchange of fire) is not
    doers = _frame_doers(FORCES_KILL)
    assert doers[:2] == ["isis", "isis"]
    assert doers[2:] == [None, None]


def test_stated_subject_off(monkeypatch):
    monkeypatch.setattr(rp, "STATED_SUBJECT", False)
    assert _frame_doers(STRIKES_THEN_GUNMEN)[-1] == "coalition"
    assert _frame_doers(FORCES_KILL)[-1] == "isis"


def test_registry_subject_still_read():
    text = "وقتل ثلاثة مدنيين في قصف نفذته طائرات التحالف الدولي على قرية في ريف دير الزور يوم الجمعة."
    assert _frame_doers(text)[-1] == "coalition"


def test_referring_group_noun_is_not_blocked():
    text = ("وأعلن تنظيم داعش مسؤوليته عن الهجمات الأخيرة في المحافظة. "
            "وقتل خمسة جنود في هجوم نفذه عناصر التنظيم على حاجز قرب البلدة يوم السبت.")
    assert _frame_doers(text)[-1] == "isis"


YEMEN_REBELS = (
    "وشنت مقاتلات التحالف العربي غارات على مواقع في صعدة يوم الخميس. "
    "وفي تعز قتل ستة مدنيين في قصف شنه المتمردون على حي سكني شرق المدينة يوم الخميس."
)


def test_yemen_rebels_epithet():
    assert _frame_doers(YEMEN_REBELS)[-1] == "houthis"


def test_rebels_outside_yemen_no_epithet():
    text = ("وشنت طائرات التحالف الدولي غارات على مواقع في ريف الرقة يوم الاثنين. "
            "وفي مدينة منبج قتل ستة مدنيين في قصف شنه المتمردون على حي سكني يوم الاثنين.")
    assert _frame_doers(text)[-1] is None


# FRONT_SIDE: the dead of one side counted in a battle sentence that names no other side.
FRONT = (
    "أعلن الجيش اليمني تحرير مواقع جديدة في مديرية نهم شرق العاصمة يوم الأحد. "
    "وسقط 15 عنصرا حوثيا قتلى خلال المواجهات الدائرة على جبهة نهم."
)


def test_front_side():
    assert _frame_doers(FRONT)[-1] == "army_ye"


def test_front_side_off(monkeypatch):
    from marsad.agent.offline import roles_sides
    monkeypatch.setattr(roles_sides, "FRONT_SIDE", False)
    assert _frame_doers(FRONT)[-1] is None


def test_front_side_repelled_attack():
    text = FRONT + " وقال قائد ميداني إن وحدات الجيش صدت هجوما للميليشيا على مواقعها شرق المديرية."
    assert _frame_doers(text)[1] != "army_ye"


def test_front_side_other_party_told():
    text = ("أعلن الجيش اليمني تحرير مواقع جديدة في مديرية نهم شرق العاصمة يوم الأحد. "
            "وسقط 15 عنصرا حوثيا قتلى خلال مواجهات مع مسلحي قبيلة في مديرية أرحب.")
    assert _frame_doers(text)[-1] is None


def test_front_side_two_sides_in_article():
    text = ("أعلن الجيش اليمني تحرير مواقع جديدة في مديرية نهم. وقصفت القوات التركية مواقع في شمال العراق. "
            "وسقط 15 عنصرا حوثيا قتلى خلال المواجهات الدائرة على جبهة نهم.")
    assert _frame_doers(text)[-1] is None


# TARGETED_CLAIM: a claim that names what its incident hit is not of another incident told apart.
CONSULATE = (
    "قتل ثلاثة شرطيين في هجمات متفرقة في البلاد أمس وهاجمت مسلحتان مقر القنصلية في المدينة. "
    "وتبنت جبهة حزب التحرير الشعبي الثوري في بيان الهجوم على القنصلية بالمدينة. "
    "وفي الجنوب قتل شرطيان في انفجار عبوة زرعت بجانب طريق قرب بلدة حدودية."
)


def test_targeted_claim_not_carried_to_another_incident():
    assert _frame_doers(CONSULATE)[-1] is None


def test_targeted_claim_off(monkeypatch):
    from marsad.agent.offline import roles_claims
    monkeypatch.setattr(roles_claims, "TARGETED_CLAIM", False)
    assert _frame_doers(CONSULATE)[-1] == "dhkp_c"


def test_targeted_claim_retelling_without_target_keeps_it():
    # the target is told only in the claim: a retelling that leaves it out may still be the claimed incident
    text = ("فجر انتحاري نفسه الأسبوع الماضي في بلدة شمالية فقتل ثلاثين مدنيا. "
            "وتبنى تنظيم داعش الهجوم الذي ضرب الجمعة الماضية حشدا انتخابيا بالبلدة.")
    assert _frame_doers(text)[0] == "isis"


# FIRED_AT_ATTACKER: police firing at "him" after the attacker was named answered the attack.
KNIFE = (
    "قال مصدر في الشرطة إن المهاجم طعن ثلاثة من المارة بسكين في ساحة السوق وسط مدينة ليون مساء السبت. "
    "وأطلقت الشرطة الفرنسية النار عليه بعد دقائق."
)


def test_fired_at_attacker_is_no_doer():
    assert "police_fr" not in _frame_doers(KNIFE)


def test_fired_at_attacker_off(monkeypatch):
    from marsad.agent.offline import roles_subjects
    monkeypatch.setattr(roles_subjects, "FIRED_AT_ATTACKER", False)
    assert "police_fr" in _frame_doers(KNIFE)


def test_police_firing_at_protesters_is_not_this_rule():
    text = "وأطلقت الشرطة الفرنسية النار على المتظاهرين في ساحة المدينة فأصابت ثلاثة منهم مساء السبت."
    assert _frame_doers(text)[0] == "police_fr"


# INFLICTED: a force saying it inflicted losses in a battle tells its own act.
INFLICT = "وقالت قوات الجيش اليمني مساء الأحد إنها كبدت عناصر الحوثي خسائر في الأرواح إثر اشتباكات ضارية على جبهة صرواح."


def test_inflicted_losses_own_report():
    assert _frame_doers(INFLICT)[-1] == "army_ye"


def test_inflicted_losses_off(monkeypatch):
    from marsad.agent.offline import roles_subjects
    monkeypatch.setattr(roles_subjects, "INFLICTED", False)
    assert _frame_doers(INFLICT)[-1] != "army_ye"


def test_suffered_losses_is_not_inflicted():
    text = "وقالت ميليشيات الحوثي إنها تكبدت خسائر في اشتباكات عنيفة مع قبائل في مديرية أرحب يوم السبت."
    assert "houthis" not in _frame_doers(text)
