"""Issue 12 item 3: who attacked (perpetrator) and whom (target), read from the sentence and the article.

Every sentence here is written for these tests (none is taken from the corpus). One test per rule family
of ``agent/offline/roles.py``, with the case the family must leave alone beside it.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

attacks = partial(headline_attacks, published="2019-03-10")


def one(offline_extract, text: str):
    found = attacks(offline_extract, text)
    assert len(found) == 1, [(a.perpetrator, a.target, a.location and a.location.name) for a in found]
    return found[0]


# ---------------------------------------------------------------- claims
def test_claim_with_the_claimant_described_before_the_word_responsibility(offline_extract):
    text = ("وأعلنت جماعة تابعة لتنظيم القاعدة في بوركينا فاسو مساء الخميس مسؤوليتها عن تفجير شاحنة مفخخة "
            "عند معسكر في بلدة جيبو أسفر عن مقتل أربعة جنود.")
    assert one(offline_extract, text).perpetrator == "تنظيم القاعدة"


def test_a_negated_claim_names_no_one(offline_extract):
    text = ("قتل أربعة أشخاص في انفجار سيارة مفخخة قرب سوق في مدينة مقديشو يوم السبت. "
            "ولم تعلن حركة الشباب مسؤوليتها عن الهجوم حتى الآن.")
    assert one(offline_extract, text).perpetrator is None


def test_a_claim_in_another_sentence_names_the_doer_of_the_attacks_it_refers_to(offline_extract):
    text = ("انفجرت سيارة مفخخة قرب فندق في مدينة مقديشو مساء الجمعة ما أدى إلى مقتل سبعة من المارة.\n"
            "وقال مسؤول في الشرطة إن الانفجار ألحق أضرارا كبيرة بالمبنى.\n"
            "وتبنت حركة الشباب مسؤولية الهجوم في بيان على موقع تابع لها.")
    assert one(offline_extract, text).perpetrator == "حركة الشباب"


def test_a_claim_of_another_incident_told_in_the_claim_does_not_spread(offline_extract):
    text = ("قصفت طائرات حربية مجهولة مخزنا للسلاح في مدينة صعدة يوم الخميس.\n"
            "إلى ذلك، أعلن تنظيم داعش مسؤوليته عن تفجير عبوة ناسفة قرب مسجد في مدينة عدن أسفر عن مقتل ثلاثة أشخاص.")
    found = {a.location.name if a.location else None: a.perpetrator for a in attacks(offline_extract, text)}
    assert "داعش" in found.values()
    assert all(p != "داعش" for place, p in found.items() if place and "صعدة" in place)


def test_a_group_referred_to_by_this_group_takes_the_earlier_claimant(offline_extract):
    text = ("أعلنت حركة الشباب مسؤوليتها عن الهجوم على قاعدة عسكرية في مدينة كيسمايو أمس.\n"
            "وكانت هذه الحركة تبنت هجوما أسفر عن مقتل خمسة جنود كينيين في مدينة لامو في العاشر من شباط.")
    perps = [a.perpetrator for a in attacks(offline_extract, text)]
    assert perps and all(p == "حركة الشباب" for p in perps)


# ---------------------------------------------------------------- doers named in the sentence
def test_doer_after_a_pronoun_verb_of_the_attack(offline_extract):
    text = "قتل أربعة مدنيين في قصف صاروخي قام به المتمردون الحوثيون ليل السبت على حي سكني في مدينة تعز."
    assert one(offline_extract, text).perpetrator == "الحوثيين"


def test_first_of_two_joined_doers(offline_extract):
    text = "وفي تعز، استهدف الحوثيون وقوات صالح بصواريخ الكاتيوشا حي الجحملية ليل الأحد، ما تسبب بجرح خمسة مدنيين."
    assert one(offline_extract, text).perpetrator == "الحوثيين"


def test_owner_of_an_attack_noun_written_with_lam(offline_extract):
    text = "قتل ستة قرويين في قصف مكثف أمس للطيران التركي على قرية جبلية قرب سيدكان شمال العراق."
    assert one(offline_extract, text).perpetrator == "القوات التركية"


def test_owner_of_what_was_hit_is_no_doer(offline_extract):
    text = "أصيب جنديان في هجوم آخر استهدف نقطة للجيش العراقي في قضاء طوزخورماتو مساء الأحد."
    assert one(offline_extract, text).perpetrator is None


def test_state_adjective_after_the_attack_noun(offline_extract):
    text = "قتل ثلاثة فلسطينيين في الغارات الإسرائيلية على حي الشجاعية شرق مدينة غزة فجر الخميس."
    assert one(offline_extract, text).perpetrator == "الجيش الإسرائيلي"


def test_counted_dead_of_a_group_are_not_its_attack(offline_extract):
    text = ("ذكرت وزارة الدفاع العراقية أمس أن 17 عنصرا من تنظيم داعش قتلوا بقصف لطيران التحالف الدولي "
            "قرب بلدة راوة غرب الأنبار.")
    assert one(offline_extract, text).perpetrator == "التحالف الدولي"


def test_a_group_described_as_another_group_s_wing_is_no_doer(offline_extract):
    text = ("قتل اثنان من عناصر سرايا القدس، الجناح العسكري للجهاد الإسلامي، بنيران مدفعية "
            "على أطراف بلدة بيت حانون.")
    assert one(offline_extract, text).perpetrator not in {"سرايا القدس", "حركة الجهاد الإسلامي"}


def test_a_habitual_statement_names_no_doer(offline_extract):
    text = "وتتعرض العاصمة مقديشو مرارا لهجمات من حركة الشباب المرتبطة بتنظيم القاعدة."
    assert all(a.perpetrator is None for a in attacks(offline_extract, text))


# ---------------------------------------------------------------- strikes with the subject dropped
def test_aircraft_as_subject_of_a_strike_verb_and_the_next_strikes_without_subject(offline_extract):
    text = ("عاودت طائرات التحالف العربي مساء أمس غاراتها الجوية على مدينة صعدة.\n"
            "حيث تم قصف معسكر كهلان شرق المدينة.\n"
            "كما قصفت مدرسة يتخذها المسلحون مقرا لهم في منطقة ضحيان.")
    found = attacks(offline_extract, text)
    assert found and all(a.perpetrator == "التحالف العربي" for a in found)


def test_a_subjectless_strike_after_a_ground_attack_takes_no_doer(offline_extract):
    text = ("اقتحم مسلحون مجهولون مركزا للشرطة في مدينة العريش وقتلوا ثلاثة من أفراده.\n"
            "كما قصفت مدرسة في منطقة الشيخ زويد مساء أمس.")
    assert all(a.perpetrator is None for a in attacks(offline_extract, text))


# ---------------------------------------------------------------- target
def test_target_when_the_doer_is_named_in_another_sentence(offline_extract):
    text = ("عاودت طائرات التحالف العربي مساء أمس غاراتها الجوية على مدينة صعدة.\n"
            "وتحدث سكان عن استهداف معسكر كهلان شرق المدينة.")
    targets = [a.target for a in attacks(offline_extract, text)]
    assert any(t and "معسكر كهلان" in t for t in targets)


def test_target_after_the_doer_of_a_pronoun_verb(offline_extract):
    text = "قتل أربعة مدنيين في قصف صاروخي قام به المتمردون الحوثيون على الأحياء السكنية في مدينة تعز فجر السبت."
    target = one(offline_extract, text).target
    assert target and "الأحياء السكنية" in target


def test_the_car_blown_up_is_the_means_and_the_site_is_the_target(offline_extract):
    text = "قتل ثلاثة أشخاص في تفجير سيارة خارج مسجد الرحمة في مدينة عدن مساء الجمعة."
    target = one(offline_extract, text).target
    assert target is None or "سيارة" not in target


def test_manner_and_weapons_are_not_the_target(offline_extract):
    text = "شنت الميليشيات قصفا عشوائيا بقذائف الهاون على حي المنصورة في مدينة عدن أمس ما أدى إلى إصابة أربعة مدنيين."
    target = one(offline_extract, text).target
    assert target not in {"عشوائيا", "الهاون"}
    assert target is None or "المنصورة" in target


def test_a_leader_counted_among_the_dead_is_no_doer(offline_extract):
    text = "ذكرت مصادر محلية مصرع القيادي الحوثي أبو حمزة العزي بقصف مدفعي استهدف مواقع الميليشيات غرب مأرب أمس."
    assert all(a.perpetrator != "الحوثيين" for a in attacks(offline_extract, text))


def test_groups_acted_against_are_not_doers_of_the_attack_told_before(offline_extract):
    text = ("طلبت أنقرة عقد جلسة عاجلة إثر هجوم انتحاري ضرب مدينة غازي عنتاب قبل أيام "
            "وعقب حملة أمنية واسعة ضد عناصر تنظيم الدولة الإسلامية وأنصار حزب العمال الكردستاني.")
    assert all(a.perpetrator is None for a in attacks(offline_extract, text))


def test_a_force_saying_it_struck_is_the_doer(offline_extract):
    text = "وذكرت المعارضة المسلحة في سوريا أمس إنها استأنفت قصفها لمواقع قوات النظام في بلدة مورك."
    assert one(offline_extract, text).perpetrator == "المعارضة السورية"


def test_a_force_speaking_of_another_s_strike_is_not_the_doer(offline_extract):
    text = "قالت الشرطة العراقية إن قذائف هاون سقطت على سوق في قضاء الخالص أمس ما أدى إلى إصابة أربعة مدنيين."
    assert one(offline_extract, text).perpetrator is None


def test_object_of_a_strike_noun_with_a_possessive(offline_extract):
    text = ("ارتفعت حصيلة القتلى خلال قصفها مدينة سراقب في ريف إدلب إلى 20 قتيلا على الأقل، "
            "بعدما شنت طائرات حربية غارات على المدينة يوم الأحد.")
    targets = [a.target for a in attacks(offline_extract, text)]
    assert any(t and "سراقب" in t for t in targets), targets


def test_object_after_a_strike_noun_subject_and_its_place(offline_extract):
    text = "وفي محافظة حجة، استهدفت غارات التحالف العربي تجمعات لميليشيا الحوثي بمديرية حرض يوم الاثنين."
    a = one(offline_extract, text)
    assert a.perpetrator == "التحالف العربي" and a.target and "تجمعات" in a.target
    text = "استهدفت طائرات التحالف العربي في اليمن آليات لميليشيا الحوثي قرب مدينة الحديدة يوم الاثنين."
    a = one(offline_extract, text)
    assert a.target and "آليات" in a.target


def test_the_person_killed_is_the_target_when_nothing_else_names_it(offline_extract):
    text = "قتل شاب فلسطيني برصاص الجيش الإسرائيلي صباح الأحد شرق مخيم البريج وسط القطاع."
    assert one(offline_extract, text).target == "شاب فلسطيني"


# ---------------------------------------------------------------- who is told as the doer, and who is not
def test_an_accusation_names_no_confirmed_doer(offline_extract):
    text = ("اتهمت الحكومة اليمنية ميليشيات الحوثي بتنفيذ هجوم صاروخي على سوق في مدينة تعز "
            "أسفر عن مقتل سبعة مدنيين.")
    assert one(offline_extract, text).perpetrator is None


def test_the_doer_after_min_following_an_attack_noun_is_not_the_counted_dead(offline_extract):
    text = "قتل جنديان تركيان بقصف من مسلحي حزب العمال الكردستاني على قاعدة في ولاية هكاري يوم الأربعاء."
    assert one(offline_extract, text).perpetrator == "حزب العمال الكردستاني"


def test_a_group_a_place_is_taken_back_from_is_no_doer(offline_extract):
    text = "استعادت قوات البيشمركة قرية من تنظيم داعش بعد هجوم شنته فجر السبت قرب مخمور قتل فيه خمسة مسلحين."
    assert all(a.perpetrator != "داعش" for a in attacks(offline_extract, text))


def test_a_state_adjective_after_a_doer_noun(offline_extract):
    text = "قصفت المدفعية السعودية مواقع للحوثيين في محافظة صعدة أمس."
    assert one(offline_extract, text).perpetrator == "الجيش السعودي"


def test_remnants_of_a_group_are_what_was_shelled(offline_extract):
    text = "قصفت المدفعية السعودية أمس فلول الميليشيات الحوثية في مديرية حرض المتاخمة للحدود."
    assert one(offline_extract, text).perpetrator == "الجيش السعودي"


def test_the_group_annexed_to_a_verbal_noun_with_an_object_after_it_is_the_doer(offline_extract):
    text = "أصيب ثلاثة مسعفين يوم الخميس بعد استهداف ميليشيا الحوثي، سيارة إسعاف في مديرية حيس."
    assert one(offline_extract, text).perpetrator == "الحوثيين"


def test_where_a_blow_was_directed_is_no_doer(offline_extract):
    text = ("قال الجيش الإسرائيلي إن غاراته فجر الثلاثاء على قطاع غزة وجهت ضربة قاسية "
            "إلى حركة حماس وأسفرت عن مقتل ثلاثة أشخاص.")
    assert all(a.perpetrator != "حركة حماس" for a in attacks(offline_extract, text))


def test_a_group_s_allegiance_is_not_the_doer(offline_extract):
    text = ("قتل ثمانية أشخاص في هجوم انتحاري على سوق في مدينة مايدوغوري يوم الجمعة نفذته "
            "جماعة بوكو حرام التي أعلنت مبايعتها لتنظيم داعش.")
    assert all(a.perpetrator != "داعش" for a in attacks(offline_extract, text))
