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
    doers = frame_doers("قتل 14 عنصرا من ميليشيات الحوثي في مواجهات عنيفة مع قوات الجيش الوطني في مديرية صرواح.")
    assert "الجيش اليمني" in doers


def test_soldiers_dead_in_clashes_with_a_group_were_killed_by_the_group(frame_doers):
    doers = frame_doers("قتل ثلاثة جنود أفغان في اشتباكات مع مسلحي حركة طالبان في ولاية قندوز.")
    assert "حركة طالبان" in doers


def test_clash_between_two_sides_names_no_doer(frame_doers):
    doers = frame_doers("قتل قائد ميداني حوثي في المواجهات الدائرة بين الجيش اليمني، مسنودا بالتحالف، من جهة، "
                        "والانقلابيين من جهة أخرى في جبهة الساحل.")
    assert "الحوثيين" not in doers


# --- the lead's advancing side ----------------------------------------------------------------------------

def test_dead_of_the_other_side_told_after_the_lead_take_the_advancing_side(offline_extract):
    text = ("أحرزت قوات الجيش الوطني تقدما في جبهة المصلوب بمحافظة الجوف بعد معارك مع ميليشيات الحوثي.\n"
            "وأوضح قائد اللواء أن قواته سيطرت على سلسلة تلال في المنطقة.\n"
            "وأضاف أن 11 عنصرا من الميليشيات لقوا مصرعهم خلال المعارك في مديرية المصلوب.")
    assert "الجيش اليمني" in _perps(offline_extract(text))


def test_no_lead_side_when_the_lead_tells_no_battle(frame_doers):
    text = ("زار قائد قوات الجيش الوطني جبهة المصلوب بمحافظة الجوف.\n"
            "وقال مصدر محلي إن 11 عنصرا من ميليشيات الحوثي لقوا مصرعهم في المنطقة.")
    assert "الجيش اليمني" not in frame_doers(text)


def test_no_lead_side_for_an_attempted_attack(frame_doers):
    text = ("أحرزت قوات الجيش الوطني تقدما في جبهة المصلوب بعد معارك مع ميليشيات الحوثي.\n"
            "وقال قائد ميداني إن 5 من عناصر الميليشيات قتلوا أثناء محاولتهم التسلل إلى مواقع الجيش في المنطقة.")
    doers = frame_doers(text)
    assert doers[-1] == "الحوثيين"


# --- repelled or attempted attacks ------------------------------------------------------------------------

def test_repelled_attack_whose_dead_are_militia_names_the_militia(frame_doers):
    text = ("دفعت ميليشيات الحوثي بتعزيزات جديدة إلى جبهة الكسارة.\n"
            "وصدت قوات الجيش هجوما واسعا في جبهة الكسارة قتل فيه 4 من الميليشيات.")
    assert frame_doers(text)[-1] == "الحوثيين"


def test_fighters_killed_trying_to_infiltrate_are_the_attackers(frame_doers):
    text = ("تواصل ميليشيات الحوثي حشد مقاتليها في محافظة تعز.\n"
            "وقتل 6 مسلحين أثناء محاولتهم التسلل إلى مواقع المقاومة في جبهة الضباب.")
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
    doers = frame_doers("ولم يصدر أي تعليق من قبل الحوثيين على مقتل القيادي في الغارة.")
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
    doers = frame_doers("وأصيب رجلان بجروح في هجوم بسكين في مدينة غراتس في حين تمكنت الشرطة النمساوية من اعتقال "
                        "رجل يشتبه بأنه المنفذ.")
    assert "الشرطة النمساوية" not in doers


# --- epithets --------------------------------------------------------------------------------------------------

def test_syrian_opposition_told_bare_in_news_about_syria(frame_doers):
    text = ("وقتل 5 مدنيين في حي المزة بدمشق جراء قذائف صاروخية أطلقتها المعارضة على العاصمة السورية.\n"
            "وقال المرصد السوري إن القذائف سقطت على أحياء سكنية في دمشق.")
    assert "المعارضة السورية" in frame_doers(text)


def test_coalition_epithet_owning_a_strike_through_forces(frame_doers):
    doers = frame_doers("أعلنت وزارة الدفاع أن غارة جوية لقوات الائتلاف الدولي قتلت قياديا في تنظيم القاعدة قرب إدلب.")
    assert doers[0] == "التحالف الدولي"


# --- the attackers of a repelled attack named only by their adjective ------------------------------------------

def test_infiltrators_take_the_one_group_the_article_named(frame_doers):
    text = ("قال مصدر عسكري إن قائد كتيبة القناصة الحوثية قتل في جبهة الضالع.\n"
            "وقتل القائد مع خمسة آخرين من عناصر الميليشيات أثناء محاولتهم التسلل إلى مواقع الجيش الوطني.")
    assert frame_doers(text)[-1] == "الحوثيين"


# --- sources inside a group, and a side that tells the other side's dead ----------------------------------------

def test_sources_inside_a_group_telling_its_dead_are_no_doer(frame_doers):
    doers = frame_doers("وأكدت مصادر داخل حزب الله مصرع أربعة من مقاتلي الحزب خلال المواجهات في بلدة القصير.")
    assert "حزب الله" not in doers


def test_a_force_announcing_the_other_sides_dead_in_clashes(frame_doers):
    doers = frame_doers("أعلن الجيش اليمني أن أكثر من 30 عنصرا من ميليشيات الحوثي قتلوا خلال مواجهات عنيفة في "
                        "مديرية قعطبة.")
    assert "الجيش اليمني" in doers


def test_a_force_announcing_its_own_dead_is_no_doer(frame_doers):
    doers = frame_doers("أعلن الجيش اليمني أن 4 من جنوده قتلوا خلال مواجهات عنيفة مع ميليشيات الحوثي في مديرية قعطبة.")
    assert "الجيش اليمني" not in doers


# --- aircraft with a model or a modifier before their state's adjective ----------------------------------------

def test_aircraft_model_between_noun_and_state(frame_doers):
    doers = frame_doers("وقالت مصادر أمنية إن مقاتلات إف-35 إسرائيلية قصفت مستودعا للأسلحة قرب مدينة حمص.")
    assert doers == ["الجيش الإسرائيلي"]


def test_war_planes_adjective_before_state(frame_doers):
    doers = frame_doers("شن الطيران الحربي الروسي غارات على بلدات في ريف حماة الشمالي.")
    assert doers[0] == "الطيران الروسي"


def test_drone_without_pilot_before_state(frame_doers):
    doers = frame_doers("قتل ثلاثة أشخاص في غارة شنتها طائرة بدون طيار أمريكية على سيارة في محافظة البيضاء.")
    assert "القوات الأمريكية" in doers


# --- a two-letter verb behind "و" (bare() keeps "وشن" whole) ---------------------------------------------------

def test_wa_shanna_with_a_force_after_it(frame_doers):
    assert frame_doers("وشن الجيش التركي غارات على مواقع في منطقة حفتانين.")[0] == "القوات التركية"


# --- repelled attacks told earlier in the sentence; a lead that tells gains -----------------------------------

def test_dead_in_attacks_repelled_earlier_in_the_sentence(frame_doers):
    text = ("تواصل ميليشيات الحوثي حشد مقاتليها في محافظة الجوف.\n"
            "وقالت مصادر إن رجال المقاومة تصدوا لهجمات متزامنة في جبهة الغيل، وقتل فيها 5 من الميليشيات على الأقل.")
    assert frame_doers(text)[-1] == "الحوثيين"


def test_lead_telling_gains_gives_the_side_for_the_other_sides_dead(offline_extract):
    text = ("واصلت قوات الجيش الوطني انتصاراتها في محافظة البيضاء مؤكدة سيطرتها على مركز مديرية الزاهر.\n"
            "وقال قائد ميداني إن القوات تواصل تقدمها نحو المديريات المجاورة.\n"
            "وأشارت مصادر عسكرية إلى أن المعارك في المديرية أسفرت عن سقوط 19 قتيلا أغلبهم من الحوثيين.")
    assert "الجيش اليمني" in _perps(offline_extract(text))


# --- a force that announces carrying out strikes -----------------------------------------------------------------

def test_force_announcing_it_carried_out_strikes(frame_doers):
    doers = frame_doers("أعلنت قوات التحالف الذي تقوده الولايات المتحدة أمس تنفيذ 14 غارة على مواقع لداعش قرب الرقة.")
    assert doers == ["التحالف الدولي"]


def test_force_denying_strikes_is_no_doer(frame_doers):
    doers = frame_doers("ونفى الجيش التركي تنفيذ أي غارة على القرية الحدودية.")
    assert "القوات التركية" not in doers
