"""Issue 12 item 3, fifth pass: doers told with "من جانب"، with a firing verb ("أطلق ... النار")، through
"قام/قيام/إقدام ... ب/على"، and a state's artillery that "managed to" destroy something.

Every sentence here is written for these tests (none is taken from the corpus), with the cases each rule
must leave alone: "من جانبه" (for his part), "أطلق سراح" (released), a denied "قيام"، a repelled attack,
and a verbal noun with "ب" after a force ("الجيش بقصف") that is no verb of which the force is the subject.
"""

from __future__ import annotations

# -- "من جانب"، "من طرف": the passive's "by", as "من قبل" -----------------------------------------------

def test_fire_from_the_side_of_a_force_names_it(frame_doers):
    assert frame_doers("قتل 17 فلسطينيا في إطلاق نار من جانب القوات الإسرائيلية قرب السياج.") == ["الجيش الإسرائيلي"]


def test_shelling_from_the_side_of_an_army_names_it(frame_doers):
    assert frame_doers("تعرضت القرية الحدودية لقصف مدفعي من جانب الجيش التركي.") == ["القوات التركية"]


def test_an_attack_by_way_of_a_groups_gunmen_names_the_group(frame_doers):
    assert frame_doers("وأصيب ثلاثة مدنيين بهجوم من طرف مسلحي حركة الشباب.") == ["حركة الشباب"]


def test_for_his_part_names_no_doer(frame_doers):
    assert frame_doers("قتل جنديان في هجوم على حاجز، ومن جانبه قال الجيش اليمني إن التحقيق جار.") == [None]


# -- "أطلق/فتح X النار": the actor between the firing verb and what it fired ----------------------------

def test_the_army_that_opened_fire_on_medics_fired(frame_doers):
    assert frame_doers("وأطلق الجيش الإسرائيلي النار على خمسة مسعفين فأصاب ثلاثة منهم.") == ["الجيش الإسرائيلي"]


def test_the_gunmen_of_a_group_that_fired_on_a_bus_fired(frame_doers):
    assert frame_doers("وأطلق مسلحو حركة الشباب النار على حافلة فقتلوا ستة ركاب.") == ["حركة الشباب"]


def test_a_force_that_released_prisoners_fired_nothing(frame_doers):
    text = "وأطلقت القوات التركية سراح المعتقلين بعد الهجوم الذي أسفر عن مقتل جنديين قرب الحدود."
    assert frame_doers(text) == [None]


# -- "إقدام/قيام X على/ب"، "قام X ب": the actor is the doer of the act undertaken ------------------------

def test_the_group_that_undertook_a_kidnapping_did_it(frame_doers):
    assert frame_doers("واستنكرت منظمات حقوقية إقدام الحوثيين على اختطاف ثلاثة صحفيين في الحديدة.") == ["الحوثيين"]


def test_the_force_whose_shelling_was_condemned_shelled(frame_doers):
    text = "ونددت الوزارة بقيام القوات التركية بقصف قرى حدودية أسفر عن مقتل ثلاثة مدنيين."
    assert frame_doers(text) == ["القوات التركية"]


def test_the_subject_of_qama_past_its_own_words_is_the_doer(frame_doers):
    text = "وفجر اليوم قامت طائرتان حربيتان من سلاح الجو التركي بقصف مخابئ للمسلحين شرق أعزاز."
    assert frame_doers(text) == ["سلاح الجو التركي"]


def test_a_group_that_went_on_to_kill_one_of_its_own_is_the_doer(frame_doers):
    text = "وقالت مصادر قبلية إن ميليشيا الحوثي أقدمت على تصفية اثنين من مسلحيها في مديرية حيفان."
    assert frame_doers(text) == ["الحوثيين"]


def test_a_force_that_undertook_to_guard_a_market_did_not_bomb_it(frame_doers):
    text = "وقالت الشرطة إن قوات الأمن قامت بحماية السوق بعد تفجير أسفر عن مقتل 5 أشخاص."
    assert frame_doers(text) == [None]


def test_a_force_that_carried_out_shelling_told_before_its_verb(frame_doers):
    text = "وقالت مصادر إن القوات التركية قامت بقصف قرى حدودية أسفر عن مقتل ثلاثة مدنيين."
    assert frame_doers(text) == ["القوات التركية"]


def test_a_denied_undertaking_names_no_doer(frame_doers):
    text = "ونفت الوزارة قيام الجيش اليمني بقصف السوق الذي قتل فيه خمسة مدنيين."
    assert frame_doers(text) == [None]


def test_a_police_that_cordoned_off_the_site_is_not_the_doer(frame_doers):
    text = "وقامت الشرطة بتطويق المكان بعد هجوم شنه مسلحون من حركة الشباب على فندق."
    assert frame_doers(text) == ["حركة الشباب"]


# -- a state's artillery that "managed to" destroy: the nisba subject of an advance verb ----------------

def test_the_saudi_artillery_that_destroyed_a_convoy_is_the_doer(frame_doers):
    text = "وتمكنت المدفعية السعودية فجر الأحد من تدمير رتل للحوثيين قرب الحدود وقتل 9 من عناصره."
    assert frame_doers(text) == ["الجيش السعودي"]


def test_an_artillery_that_repelled_an_attack_did_not_attack(frame_doers):
    text = "وتمكنت المدفعية السعودية من صد هجوم للحوثيين على الحدود قتل فيه جنديان."
    assert frame_doers(text) == ["الحوثيين"]


def test_soldiers_who_killed_the_attacker_answered_the_attack(frame_doers):
    assert frame_doers("وتمكن جنود إسرائيليون من قتل منفذ الهجوم الذي أسفر عن مقتل مستوطنين.") == [None]


# -- a bare "المقاومة" in news about Yemen: the Popular Resistance -------------------------------------

def test_the_resistance_that_carried_out_an_attack_in_yemen_is_the_popular_resistance(frame_doers):
    text = ("شن الحوثيون هجوما على مدينة تعز اليمنية. وفي محافظة أبين اليمنية نفذت المقاومة هجوما نوعيا "
            "على مواقع الميليشيات الحوثية في منطقة السلامية أدى لمقتل 5 منهم.")
    assert frame_doers(text) == ["الحوثيين", "المقاومة الشعبية"]


def test_the_resistance_whose_positions_were_attacked_is_not_the_doer(frame_doers):
    text = ("قصفت ميليشيات الحوثي أحياء في عدن اليمنية. وشنت الميليشيات هجوما على مواقع المقاومة في الضالع "
            "قتل فيه 4 من المقاومة.")
    assert "المقاومة الشعبية" not in frame_doers(text)


def test_the_resistance_outside_yemen_is_not_the_yemeni_one(frame_doers):
    text = "شنت إسرائيل غارات على غزة. ونفذت المقاومة هجوما على موقع عسكري إسرائيلي أدى لمقتل جندي."
    assert frame_doers(text) == ["الجيش الإسرائيلي", None]


# -- a claim does not reach the event it says the claimed act answered ("ردا على") ----------------------

def test_a_claim_of_a_killing_in_retaliation_does_not_claim_what_it_answered(frame_doers):
    text = ("وتبنى مسلحو حزب العمال الكردستاني اغتيال ضابط تركي بمدينة ماردين السبت ردا على الهجوم "
            "الانتحاري الذي أودى بحياة 19 شخصا في أنقرة الخميس.")
    assert frame_doers(text) == ["حزب العمال الكردستاني", None]


def test_a_claim_that_gives_its_motive_still_claims_its_own_attack(frame_doers):
    text = "وتبنى تنظيم داعش التفجير الانتحاري الذي خلف 32 قتيلا في سوروتش، وقال إنه جاء ردا على اعتقال عناصره."
    assert frame_doers(text) == ["داعش"]


# -- "طائرات مقاتلة تركية": the singular "مقاتلة" between the aircraft and the state's adjective -----------

def test_fighter_jets_with_a_states_adjective_are_its_forces(frame_doers):
    text = "وذكرت وكالة الأناضول أن طائرات مقاتلة تركية شنت فجر اليوم غارات على كهوف يتحصن فيها مسلحون أكراد في جبال زاب."
    assert frame_doers(text) == ["القوات التركية"]


def test_a_downed_fighter_jet_is_not_the_doer_of_the_strike(frame_doers):
    assert frame_doers("وأسقطت الدفاعات الجوية طائرة مقاتلة إسرائيلية بعد غارة على موقع قرب دمشق.") == [None]


# -- "الغارات التي شنتها إسرائيل": a state after a launch verb with the attack's pronoun ------------------

def test_strikes_a_state_launched_name_its_forces(frame_doers):
    text = "وارتفعت حدة التوتر عقب الغارات التي شنتها إسرائيل ليلا على مخازن للحرس الثوري قرب دمشق."
    assert frame_doers(text) == ["الجيش الإسرائيلي"]


def test_strikes_a_state_carried_out_name_its_forces(frame_doers):
    text = "وقالت الوزارة إن الضربات التي نفذتها تركيا في شمال العراق قتلت 20 مسلحا."
    assert frame_doers(text) == ["القوات التركية"]


def test_attacks_launched_on_a_state_do_not_name_it(frame_doers):
    text = "وقتل جنديان في الهجمات التي شنها مسلحون على إسرائيل الأسبوع الماضي."
    assert frame_doers(text) == [None]


# -- "في كمين ل..."، "بكمين ل...": the ambusher; "نصب كمينا ل..." its prey --------------------------------

def test_an_ambush_of_a_group_names_the_group(frame_doers):
    assert frame_doers("وقتل خمسة جنود بكمين لحركة الشباب قرب مدينة بلدوين.") == ["حركة الشباب"]


def test_an_ambush_of_the_resistance_in_yemen_names_it(frame_doers):
    text = "واستعاد الجيش اليمني مواقع في تعز. وسقط عدد من مسلحي الميليشيا الحوثية في كمين للمقاومة قرب مدينة إب."
    assert frame_doers(text)[-1] == "المقاومة الشعبية"


def test_an_ambush_set_for_a_patrol_does_not_name_the_patrols_force(frame_doers):
    assert frame_doers("ونصب مسلحون كمينا لدورية للجيش الصومالي قرب بلدوين وقتلوا ثلاثة جنود.") == [None]


# -- "وقصفت تركيا مواقع": a state after a feminine strike verb that opens its clause --------------------

def test_a_state_after_a_clause_opening_strike_verb_is_its_forces(frame_doers):
    text = "وقصفت تركيا فجر السبت تحصينات للتنظيم قرب جرابلس بالمدفعية الثقيلة."
    assert frame_doers(text) == ["القوات التركية"]


def test_rockets_that_hit_a_state_do_not_make_it_the_doer(frame_doers):
    assert frame_doers("وسقطت صواريخ قصفت إسرائيل من قطاع غزة دون إصابات.") == [None]


# -- a definite "المعارك" refers back to the battle told before: the side that advanced in it ------------

def test_the_battles_told_before_name_the_side_that_advanced(frame_doers):
    text = ("وقال قائد ميداني إن القوات اليمنية سيطرت على مركز مديرية الخوخة بعد معارك ضارية مع ميليشيات "
            "الحوثي استمرت يومين. وأضاف أن الهجوم بدأ مساء الثلاثاء. وأوضح أن المعارك خلفت 27 قتيلا في "
            "صفوف الحوثيين.")
    assert frame_doers(text)[-1] == "الجيش اليمني"


def test_clashes_between_two_sides_told_before_name_no_side(frame_doers):
    text = "واندلعت اشتباكات بين الجيش اليمني وميليشيات الحوثي في مديرية نهم. وأسفرت الاشتباكات عن مقتل 12 من الطرفين."
    assert frame_doers(text)[-1] is None


def test_a_repelled_attack_told_before_does_not_make_the_defender_the_doer(frame_doers):
    text = "وتمكنت القوات اليمنية من صد هجوم للحوثيين بعد معارك عنيفة في حيس. وأسفرت المعارك عن مقتل 10 حوثيين."
    assert frame_doers(text)[-1] != "الجيش اليمني"


# -- "أمطرت" (rained down shells on): a strike verb ----------------------------------------------------

def test_a_militia_that_rained_shells_on_a_playground_is_the_doer(frame_doers):
    text = "وأفاد سكان بأن ميليشيات الحوثي أمطرت حيا سكنيا في مدينة قعطبة بقذائف الهاون، ما أدى إلى جرح امرأتين."
    assert frame_doers(text) == ["الحوثيين"]


def test_the_sky_that_rained_is_no_doer(frame_doers):
    assert frame_doers("وأمطرت السماء المدينة بعد القصف الذي استهدف السوق.") == [None]
