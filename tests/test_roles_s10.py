"""Session 10 perpetrator rules (agent/offline/roles.py), on sentences written for these tests.

Families: the other side of a battle the dead fell in ("في معارك مع الجيش"); the lead's advancing side for
the other side's dead told later; the attacking side of a repelled or attempted attack; the force that
answered an attack ("الشرطة قتلت المهاجم") is not its doer; the second side of "بين ... و" is no doer;
"من قبل" after a word of speech or liberation is no passive doer; aircraft "تابعة ل" a force; a group
that says "إن الحركة نفذت"."""

from __future__ import annotations


def _perps(records) -> list:
    return [a.perpetrator for a in records.attacks]


# --- the other side of a battle -------------------------------------------------------------------------

def test_dead_in_battles_with_a_force_were_killed_by_that_force(frame_doers):
    doers = frame_doers("قتل 14 من مسلحي الحوثي خلال مواجهات مع الجيش الوطني في مديرية صرواح.")
    assert "الجيش اليمني" in doers


def test_soldiers_dead_in_clashes_with_a_group_were_killed_by_the_group(frame_doers):
    doers = frame_doers("قتل ثلاثة جنود أفغان في اشتباكات مع مسلحي حركة طالبان في ولاية قندوز.")
    assert "حركة طالبان" in doers


def test_clash_between_two_sides_names_no_doer(frame_doers):
    doers = frame_doers("قتل مسؤول أمني في الاشتباكات المندلعة بين الجيش اليمني، بإسناد من الطيران، من ناحية، "
                        "والحوثيين من ناحية ثانية قرب مدينة حرض.")
    assert "الحوثيين" not in doers


# --- the lead's advancing side ----------------------------------------------------------------------------

def test_dead_of_the_other_side_told_after_the_lead_take_the_advancing_side(offline_extract):
    text = ("حققت قوات الجيش الوطني تقدما جديدا غرب مدينة الحزم عقب معارك مع جماعة الحوثي.\n"
            "وأوضح ضابط في اللواء أن وحداته سيطرت على ثلاث تلال مطلة على الطريق.\n"
            "وذكر أن 11 مسلحا من الحوثيين قتلوا في المعارك قرب الحزم.")
    assert "الجيش اليمني" in _perps(offline_extract(text))


def test_no_lead_side_when_the_lead_tells_no_battle(frame_doers):
    text = ("زار قائد قوات الجيش الوطني جبهة المصلوب بمحافظة الجوف.\n"
            "وقال مصدر محلي إن 11 عنصرا من ميليشيات الحوثي لقوا مصرعهم في المنطقة.")
    assert "الجيش اليمني" not in frame_doers(text)


def test_no_lead_side_for_an_attempted_attack(frame_doers):
    text = ("حققت قوات الجيش الوطني تقدما جديدا غرب مدينة الحزم عقب معارك مع جماعة الحوثي.\n"
            "وذكر ضابط أن 5 مسلحين من الحوثيين قتلوا خلال محاولتهم اقتحام نقطة للجيش قرب الحزم.")
    doers = frame_doers(text)
    assert doers[-1] == "الحوثيين"


# --- repelled or attempted attacks ------------------------------------------------------------------------

def test_repelled_attack_whose_dead_are_militia_names_the_militia(frame_doers):
    text = ("حشدت ميليشيات الحوثي مقاتلين جددا شرق مدينة الحزم.\n"
            "وصدت قوات الأمن هجوما ليليا قتل فيه 4 من الميليشيات.")
    assert frame_doers(text)[-1] == "الحوثيين"


def test_fighters_killed_trying_to_infiltrate_are_the_attackers(frame_doers):
    text = ("حشدت ميليشيات الحوثي مقاتلين جددا شرق مدينة الحزم.\n"
            "ولقي 4 مسلحين حتفهم خلال محاولتهم اقتحام نقطة تفتيش على الطريق الشرقي.")
    assert frame_doers(text)[-1] == "الحوثيين"


# --- who answered the attack --------------------------------------------------------------------------------

def test_police_killing_the_attacker_is_not_the_doer(frame_doers):
    doers = frame_doers("وقالت السلطات إن الشرطة الفرنسية قتلت المهاجم بعد دقائق من بدء الهجوم في مدينة ليون.")
    assert "الشرطة الفرنسية" not in doers


def test_attacker_as_the_subject_still_lets_a_force_be_read(frame_doers):
    # "قتل المهاجم" with the attacker as subject is no answer: the rule must not drop a doer named elsewhere
    doers = frame_doers("قصفت المدفعية التركية مواقع حزب العمال الكردستاني قرب الحدود.")
    assert doers == ["القوات التركية"]


# --- "من قبل" that is no passive doer --------------------------------------------------------------------

def test_comment_from_a_group_is_not_a_passive_doer(frame_doers):
    doers = frame_doers("ولم يصدر رد من قبل الحوثيين على اتهامات الحكومة بشأن الانفجار.")
    assert "الحوثيين" not in doers


def test_passive_doer_after_an_attack_still_read(frame_doers):
    doers = frame_doers("قتل شرطيان في هجوم نفذ من قبل عناصر تنظيم داعش في محافظة شمال سيناء.")
    assert "داعش" in doers


# --- aircraft belonging to a force ---------------------------------------------------------------------------

def test_aircraft_belonging_to_an_air_force_are_the_doer(frame_doers):
    doers = frame_doers("قتل 4 مدنيين في غارة جوية شنتها طائرات حربية تابعة لسلاح الجو السوري على بلدة في ريف حماة.")
    assert doers[0] == "سلاح الجو السوري"


def test_aircraft_of_a_force_that_were_hit_are_no_doer(frame_doers):
    doers = frame_doers("استهدفت فصائل المعارضة بالصواريخ طائرات تابعة لسلاح الجو السوري في مطار حماة.")
    assert "سلاح الجو السوري" not in doers


# --- a group that names itself again ---------------------------------------------------------------------------

def test_group_saying_the_movement_attacked_is_the_doer(frame_doers):
    doers = frame_doers("وأعلنت حركة طالبان أن الحركة نفذت هجوما على قاعدة عسكرية في ولاية فراه قتل فيه 9 جنود.")
    assert "حركة طالبان" in doers


def test_an_army_saying_the_movement_attacked_is_not_the_doer(frame_doers):
    doers = frame_doers("وقال الجيش الأفغاني إن الحركة نفذت هجوما على قاعدة عسكرية في ولاية فراه قتل فيه 9 جنود.")
    assert "القوات الأفغانية" not in doers


# --- a dead man's rank before his group --------------------------------------------------------------------

def test_group_of_a_leader_killed_is_not_the_doer(frame_doers):
    doers = frame_doers("أكدت وزارة الدفاع مقتل أبو سعيد الشامي زعيم جماعة جند الأقصى في غارة جوية قرب بلدة سرمين.")
    assert "جند الأقصى" not in doers and "جماعة جند الأقصى" not in doers


# --- an arrest is no attack by the police -------------------------------------------------------------------

def test_police_arresting_a_suspect_is_not_the_doer(frame_doers):
    doers = frame_doers("وأصيب رجلان بجروح في هجوم بسكين في مدينة غراتس، وتمكنت الشرطة النمساوية لاحقا من توقيف "
                        "شاب في الثلاثين.")
    assert "الشرطة النمساوية" not in doers


# --- epithets --------------------------------------------------------------------------------------------------

def test_syrian_opposition_told_bare_in_news_about_syria(frame_doers):
    text = ("وأصيب 7 مدنيين في حي الميدان بدمشق بقذائف هاون أطلقتها المعارضة من الغوطة.\n"
            "وأفاد التلفزيون السوري بأن القذائف أصابت سوقا شعبية في العاصمة السورية.")
    assert "المعارضة السورية" in frame_doers(text)


def test_coalition_epithet_owning_a_strike_through_forces(frame_doers):
    doers = frame_doers("وذكرت مصادر محلية أن قصفا جويا لقوات الائتلاف الدولي دمر جسرا قرب مدينة البوكمال.")
    assert doers[0] == "التحالف الدولي"


# --- the attackers of a repelled attack named only by their adjective ------------------------------------------

def test_infiltrators_take_the_one_group_the_article_named(frame_doers):
    text = ("أفاد مصدر عسكري بأن وحدة القناصة الحوثية دفعت بعناصر جديدة إلى جبهة الضالع.\n"
            "ولقي ثلاثة من عناصر الميليشيات حتفهم خلال محاولتهم اقتحام نقطة للجيش الوطني.")
    assert frame_doers(text)[-1] == "الحوثيين"


# --- sources inside a group, and a side that tells the other side's dead ----------------------------------------

def test_sources_inside_a_group_telling_its_dead_are_no_doer(frame_doers):
    doers = frame_doers("وقالت مصادر في حزب الله إن ثلاثة من عناصره قتلوا في معارك قرب بلدة يبرود.")
    assert "حزب الله" not in doers


def test_a_force_announcing_the_other_sides_dead_in_clashes(frame_doers):
    doers = frame_doers("وقالت الشرطة الأفغانية إن 12 مسلحا من حركة طالبان قتلوا خلال اشتباكات متقطعة في ولاية غزني.")
    assert "الشرطة الأفغانية" in doers


def test_a_force_announcing_its_own_dead_is_no_doer(frame_doers):
    doers = frame_doers("وقالت الشرطة الأفغانية إن 4 من أفرادها قتلوا خلال اشتباكات متقطعة في ولاية غزني.")
    assert "الشرطة الأفغانية" not in doers


# --- aircraft with a model or a modifier before their state's adjective ----------------------------------------

def test_aircraft_model_between_noun_and_state(frame_doers):
    doers = frame_doers("وقالت مصادر أمنية إن مقاتلات إف-35 إسرائيلية قصفت مستودعا للأسلحة قرب مدينة حمص.")
    assert doers == ["الجيش الإسرائيلي"]


def test_war_planes_adjective_before_state(frame_doers):
    doers = frame_doers("شن الطيران الحربي الروسي غارات على بلدات في ريف حماة الشمالي.")
    assert doers[0] == "الطيران الروسي"


def test_drone_without_pilot_before_state(frame_doers):
    doers = frame_doers("قتل ثلاثة أشخاص بغارة لطائرة بدون طيار أمريكية استهدفت سيارتهم في البيضاء.")
    assert "القوات الأمريكية" in doers


# --- a two-letter verb behind "و" (bare() keeps "وشن" whole) ---------------------------------------------------

def test_wa_shanna_with_a_force_after_it(frame_doers):
    assert frame_doers("وشن الجيش التركي غارات على مواقع في منطقة حفتانين.")[0] == "القوات التركية"


# --- repelled attacks told earlier in the sentence; a lead that tells gains -----------------------------------

def test_dead_in_attacks_repelled_earlier_in_the_sentence(frame_doers):
    text = ("حشدت ميليشيات الحوثي مقاتلين جددا شرق مدينة الحزم.\n"
            "وقالت مصادر إن رجال المقاومة تصدوا لزحف نحو قرية الحصن، وقتل خلاله ثلاثة من الميليشيات.")
    assert frame_doers(text)[-1] == "الحوثيين"


def test_lead_telling_gains_gives_the_side_for_the_other_sides_dead(offline_extract):
    text = ("واصلت قوات الجيش الوطني انتصاراتها في محافظة البيضاء، وبسطت سيطرتها على مركز مديرية الزاهر.\n"
            "وقال ضابط إن الوحدات تتجه نحو المديريات المجاورة.\n"
            "وذكر مصدر طبي أن 19 قتيلا معظمهم من الحوثيين سقطوا في القتال داخل المديرية.")
    assert "الجيش اليمني" in _perps(offline_extract(text))


# --- a force that announces carrying out strikes -----------------------------------------------------------------

def test_force_announcing_it_carried_out_strikes(frame_doers):
    doers = frame_doers("وأعلنت قوات التحالف الدولي مساء الأحد تنفيذ 9 ضربات استهدفت مخازن أسلحة لداعش قرب البوكمال.")
    assert "التحالف الدولي" in doers


def test_force_denying_strikes_is_no_doer(frame_doers):
    doers = frame_doers("ونفى الجيش التركي تنفيذ أي غارة على القرية الحدودية.")
    assert "القوات التركية" not in doers


def test_wa_sadda_repels_like_saddat(frame_doers):
    text = ("حشدت ميليشيات الحوثي مقاتلين جددا شرق مدينة الحزم.\n"
            "وصد حراس البوابة الشرقية هجوما ليليا قتل فيه 4 من الميليشيات.")
    assert frame_doers(text)[-1] == "الحوثيين"
