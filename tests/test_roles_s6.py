"""Issue 12 item 3, third pass: the side that advances, a bare "الميليشيا", the two sides of a clash, the
owner of what was hit, a doer named past the frame and a state with its allies.

Every sentence here is written for these tests (none is taken from the corpus): the subject of an
advance verb ("سيطرت"، "تمكنت من قتل"، "واصلت تطهير")، a force announcing its own advance ("أعلن الجيش
عن تحرير")، a bare "الميليشيا" standing for the militia the article named before, the owner of the
targets a strike hit ("أهدافا لتنظيم الدولة")، the two sides of a clash, and the cases each rule must
leave alone.
"""

from __future__ import annotations

from marsad.agent.offline import roles_sides


def perps(extract, text: str) -> list:
    return [a.perpetrator for a in extract(text, title=text.split("\n")[0]).attacks]


# -- the side whose advance the sentence tells -------------------------------------------------------

def test_a_force_that_announces_a_liberation_fought_the_battle(offline_extract):
    text = ("أعلن الجيش اليمني، الخميس، عن تحرير تلال جديدة في مديرية نهم عقب معارك ضارية "
            "أسفرت عن مقتل 20 عنصرا من ميليشيات الحوثي.")
    assert perps(offline_extract, text) == ["الجيش اليمني"]


def test_the_subject_of_managed_to_kill_is_the_doer(offline_extract):
    text = "وذكر البيان أن قيادة عمليات بغداد تمكنت خلال عملية أمنية من قتل تسعة من عناصر داعش في قضاء الكرمة."
    assert perps(offline_extract, text) == ["قيادة عمليات بغداد"]


def test_a_force_that_went_on_clearing_and_killed(offline_extract):
    text = "وقالت خلية الإعلام الحربي إن القوات الأمنية واصلت تطهير قضاء هيت من الإرهابيين وقتلت قناصا في قرية قريبة."
    assert perps(offline_extract, text) == ["القوات الأمنية العراقية"]


def test_a_force_that_repelled_an_attack_is_not_its_doer(offline_extract):
    text = ("وقال مصدر إن القوات الأمنية تمكنت من صد هجوم على حاجز في قضاء حديثة يوم الأحد "
            "أسفر عن مقتل جنديين وإصابة ثلاثة آخرين.")
    assert perps(offline_extract, text) == [None]


def test_a_side_counted_among_the_dead_does_not_advance(offline_extract):
    text = "وسيطر مسلحون على حاجز في مديرية الصومعة بعد مقتل سبعة من جنود الجيش اليمني في اشتباكات مساء الأحد."
    assert "الجيش اليمني" not in perps(offline_extract, text)


# -- a bare militia word -----------------------------------------------------------------------------

def test_a_bare_militia_after_the_named_one_is_that_militia(offline_extract):
    text = ("وقال مصدر عسكري إن 12 عنصرا من ميليشيا الحوثي قتلوا في جبهة مريس بمحافظة الضالع، "
            "مضيفا أن الميليشيا حاولت فجر الخميس الهجوم على نقاط للجيش شمال المديرية.")
    assert "الحوثيين" in perps(offline_extract, text)


def test_fire_of_the_militia_named_before(offline_extract):
    text = ("تواصل ميليشيات الحوثي حصار مدينة تعز منذ أشهر.\n"
            "وقتل طفلان بنيران الميليشيات في حي الروضة بمدينة تعز يوم الجمعة.")
    assert perps(offline_extract, text) == ["الحوثيين"]


def test_a_bare_militia_with_no_militia_named_before_is_no_one(offline_extract):
    text = "وقتل طفلان بنيران الميليشيات في حي الروضة بمدينة تعز يوم الجمعة."
    assert perps(offline_extract, text) == [None]


def test_two_militias_named_leave_a_bare_militia_unresolved(offline_extract):
    text = ("تقاتل ميليشيات الحوثي قرب الحدود بينما تنتشر ميليشيا حزب الله في جنوب لبنان.\n"
            "وقتل طفلان بنيران الميليشيات في بلدة حدودية يوم الجمعة.")
    assert perps(offline_extract, text) == [None]


def test_a_bare_militia_that_was_hit_is_not_the_doer(offline_extract):
    text = ("تواصل ميليشيات الحوثي حصار مدينة تعز منذ أشهر.\n"
            "وشنت مقاتلات التحالف غارات على مواقع الميليشيات في مديرية صرواح يوم الجمعة أسفرت عن مقتل عشرة مسلحين.")
    assert perps(offline_extract, text) == ["التحالف العربي"]


# -- the owner of what was hit; the two sides of a clash ---------------------------------------------

def test_targets_of_a_group_are_what_the_warplanes_hit(offline_extract):
    text = "قصفت مقاتلات تركية فجر الثلاثاء أهدافا لتنظيم الدولة الإسلامية قرب مدينة الباب."
    assert perps(offline_extract, text) == ["القوات التركية"]


def test_the_two_sides_of_a_clash_name_no_doer(offline_extract, monkeypatch):
    text = "ودارت اشتباكات متقطعة فجر السبت بين الحوثيين والجيش اليمني في أطراف مديرية قعطبة شمالي الضالع."
    assert perps(offline_extract, text) == ["الحوثيين"]  # (pass 46, D-31: either side, the first named)
    monkeypatch.setattr(roles_sides, "EITHER_SIDE", False)
    assert perps(offline_extract, text) == [None]


def test_two_doers_joined_by_and_keep_the_first(offline_extract):
    text = "قصف الحوثيون وقوات صالح حي الروضة في مدينة تعز يوم الأحد ما أدى إلى مقتل ثلاثة مدنيين."
    assert perps(offline_extract, text) == ["الحوثيين"]


# -- a doer named past the frame, a raid, directed strikes, a state and its allies ----------------------

def test_a_campaign_waged_by_a_force_named_after_the_frame(offline_extract):
    text = "قتل ستة مسلحين في حملة دهم شنتها القوات المسلحة المصرية بحثا عن خلايا متطرفة قرب العريش يوم الأحد."
    assert perps(offline_extract, text) == ["الجيش المصري"]


def test_a_force_that_raided_is_the_doer_of_the_killing(frame_doers):
    text = "وقال البيان إن القوات الأمنية داهمت أوكارا للإرهابيين في قضاء هيت وتمكنت من قتل 17 إرهابيا يوم الاثنين."
    assert frame_doers(text) == ["القوات الأمنية العراقية"]


def test_a_force_before_directed_strikes_is_their_doer(offline_extract):
    text = "وقال البيان إن طيران التحالف الدولي وجه ضربات إلى مواقع في قضاء هيت أسفرت عن مقتل 17 إرهابيا يوم الاثنين."
    assert perps(offline_extract, text) == ["التحالف الدولي"]


def test_the_united_states_and_its_allies_are_the_coalition(offline_extract):
    text = "قال بيان عسكري إن الولايات المتحدة وحلفاءها نفذوا 20 ضربة جوية قرب مدينة الرقة في سوريا يوم الأربعاء."
    assert perps(offline_extract, text) == ["التحالف الدولي"]


def test_a_state_and_its_allies_that_were_hit_are_no_doer(offline_extract):
    text = "قال بيان إن صواريخ استهدفت الولايات المتحدة وحلفاءها في قاعدة قرب مدينة أربيل يوم الأربعاء دون إصابات."
    assert "التحالف الدولي" not in perps(offline_extract, text)


# -- an announced advance, artillery that managed to strike, an event caused by another ------------------

def test_a_force_announcing_a_storming_after_its_name(offline_extract, frame_doers):
    text = ("وكانت قوات الجيش اليمني، أعلنت الأحد، اقتحام مديرية صرواح والسيطرة على مواقع في معارك "
            "قتل فيها 20 مسلحا حوثيا.")
    assert "الجيش اليمني" in frame_doers(text)


def test_artillery_of_the_coalition_that_managed_to_strike(frame_doers):
    text = "واستطاعت مدفعيات التحالف استهداف مخازن أسلحة للحوثيين في مديرية حرض، ما أسفر عن مقتل 11 مسلحا."
    assert frame_doers(text)[0] == "التحالف العربي"


def test_clashes_caused_by_an_attack_have_its_doer(frame_doers):
    text = ("وأفاد مصدر أمني بأن مسلحين من داعش هاجموا حاجزا للجيش قرب قضاء الكرمة، ما أدى إلى اندلاع "
            "اشتباكات قتل فيها جندي وإصابة ثلاثة آخرين يوم الأحد.")
    assert frame_doers(text) == ["داعش", "داعش"]


def test_clashes_after_another_side_is_named_are_not_carried(frame_doers):
    text = ("وقال مصدر إن مسلحين من داعش هاجموا حاجزا قرب قضاء الكرمة، ثم تقدم الجيش العراقي "
            "فنشبت اشتباكات قتل خلالها جندي يوم الأحد.")
    assert frame_doers(text)[-1] != "داعش"


# -- a claim by an affiliate ---------------------------------------------------------------------------

def test_a_claim_by_an_affiliate_names_the_affiliate_the_article_names(frame_doers):
    text = ("أعلنت جماعة تابعة لتنظيم القاعدة مسؤوليتها عن الهجوم الذي استهدف ثكنة للجيش في مدينة غاو "
            "وأسفر عن مقتل خمسة جنود.\nوتنشط جماعة نصرة الإسلام والمسلمين في شمال مالي منذ سنوات.")
    assert frame_doers(text)[0] == "جماعة نصرة الإسلام والمسلمين"


def test_a_claim_by_an_affiliate_with_no_affiliate_named_keeps_the_parent(frame_doers):
    text = ("أعلنت جماعة تابعة لتنظيم القاعدة مسؤوليتها عن الهجوم الذي استهدف ثكنة للجيش في مدينة غاو "
            "وأسفر عن مقتل خمسة جنود.")
    assert frame_doers(text)[0] == "تنظيم القاعدة"


# -- more doer verbs and nouns: killed, detained, replied, random firing, both sides, committed in ------

def test_forces_that_killed_are_the_doer(offline_extract):
    text = "وقتلت القوات الإسرائيلية ثلاثة فلسطينيين خلال مواجهات قرب مدينة الخليل يوم الاثنين."
    assert perps(offline_extract, text) == ["الجيش الإسرائيلي"]


def test_people_who_were_killed_are_not_the_doer(frame_doers):
    text = "وأفادت مصادر بأن 16 من ميليشيات الحوثي قتلوا في غارات لطائرات التحالف على مديرية صرواح يوم الأحد."
    assert "الحوثيين" not in frame_doers(text)


def test_a_militia_that_detained_a_boat(frame_doers):
    text = "وقالت مصادر محلية إن ميليشيات الحوثي احتجزت قاربا مع بحارته منذ أشهر، ضمن حملة اختطاف تطال الصيادين."
    assert frame_doers(text) == ["الحوثيين"]


def test_a_side_that_replied_with_shelling(frame_doers):
    text = "ورد الحوثيون على تقدم المقاومة بقصف عشوائي طال أحياء سكنية في تعز وقتل فيه أربعة مدنيين ليل الجمعة."
    assert frame_doers(text)[0] == "الحوثيين"


def test_random_firing_with_a_state_adjective(frame_doers):
    text = "وأسفر الإطلاق العشوائي الإسرائيلي لقنابل الغاز على المتظاهرين عن مقتل فلسطينيين اثنين قرب خان يونس."
    assert "الجيش الإسرائيلي" in frame_doers(text)


def test_clashes_between_it_and_a_group_name_no_doer(frame_doers):
    text = "وذكرت المقاومة أن 9 من مسلحي الحوثي لقوا حتفهم خلال اشتباكات دارت بينها وبين الحوثيين في أطراف مديرية طور الباحة ليل الاثنين."
    assert frame_doers(text) == [None]


def test_a_massacre_committed_in_a_place_by_a_group(frame_doers):
    text = "وقتل أربعة أشخاص في قصف على حي دار سعد الذي ارتكب فيه الحوثيون مجزرة قبل يومين."
    assert "الحوثيين" in frame_doers(text)


# -- an attack nobody claimed; a force's report of its own soldiers ------------------------------------

def test_an_attack_no_one_claimed_has_no_doer_from_a_claim_of_earlier_ones(frame_doers):
    text = ("هاجم مسلحون مبنى حكوميا في مدينة جلال آباد يوم الأربعاء.\n"
            "ولم تعلن أي جهة حتى مساء الخميس مسؤوليتها عن هجوم الأربعاء، بينما كان تنظيم داعش قد أعلن "
            "مسؤوليته عن هجومين سابقين على المدينة.")
    assert frame_doers(text)[-1] is None


def test_a_force_reporting_what_its_soldiers_did(frame_doers):
    text = "وذكر الجيش الإسرائيلي مساء الثلاثاء أن جنوده قتلوا شابا فلسطينيا اقترب من السياج شرقي خان يونس."
    assert frame_doers(text)[0] == "الجيش الإسرائيلي"


# -- a claim told with a verbal noun; the user of live fire; a group that "قد قاموا" -----------------------

def test_a_group_hurrying_to_announce_its_responsibility(frame_doers):
    text = ("وسارع تنظيم داعش، بعد أقل من ساعتين، إلى إعلان مسؤوليته عن التفجير الذي استهدف نقطة تفتيش "
            "في مدينة زنجبار وقتل فيه أربعة جنود.")
    assert frame_doers(text)[0] == "داعش"


def test_a_group_denying_the_announcement_is_no_claimant(frame_doers):
    text = "ونفى تنظيم داعش إعلان مسؤوليته عن الهجوم على مقر أمني في مدينة المكلا الذي أسفر عن مقتل ستة جنود."
    assert "داعش" not in frame_doers(text)


def test_the_force_that_used_live_fire_in_the_clashes(frame_doers):
    text = "ودعا الاتحاد الأوروبي إلى تحقيق في استخدام قوات الاحتلال الإسرائيلي الرصاص الحي في مواجهات أسفرت عن مقتل 9 فلسطينيين."
    assert frame_doers(text) == ["الجيش الإسرائيلي"]


def test_fighters_of_a_group_who_had_carried_out_a_kidnapping(frame_doers):
    text = "وكان مقاتلو بوكو حرام قد قاموا بخطف عشرات التلميذات من مدرسة في بلدة دابشي شمال شرق نيجيريا."
    assert frame_doers(text) == ["بوكو حرام"]


# -- registry forms: Israeli forces, the Saudi-led coalition ------------------------------------------

def test_israeli_forces_written_as_news_writes_them(offline_extract):
    for text in ("قتلت القوات الإسرائيلية شابا فلسطينيا قرب مدينة نابلس يوم الجمعة.",
                 "أطلق جنود الاحتلال النار على شاب فلسطيني قرب مدينة نابلس فقتلوه يوم الجمعة."):
        doc = offline_extract(text, title=text)
        assert "الجيش الإسرائيلي" in {a.canonical_name for a in doc.actors}


def test_a_coalition_led_by_saudi_arabia_is_the_arab_coalition(offline_extract):
    text = "قصفت قوات التحالف بقيادة السعودية مواقع في محافظة صعدة ما أدى إلى مقتل ستة مسلحين يوم الأحد."
    assert perps(offline_extract, text) == ["التحالف العربي"]
