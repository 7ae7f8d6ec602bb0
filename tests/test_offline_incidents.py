"""Issue 12 items 3-4: what is one incident and who did it, on sentences written for these tests."""

from __future__ import annotations

from functools import partial

import pytest
from headline_text import headline_attacks

attacks = partial(headline_attacks, published="2019-03-10")


# ---------------------------------------------------------------- non-incidents (item 4)
def test_death_benefit_is_not_an_attack(offline_extract):
    text = "أمر وزير الدفاع بمعاملة الجندي الذي استشهد أمس في الموصل معاملة الشهيد وصرف مستحقاته لأسرته."
    assert attacks(offline_extract, text) == []


def test_cyber_attack_is_not_an_attack(offline_extract):
    assert attacks(offline_extract, "تعرضت مواقع وزارة الداخلية في بغداد أمس لهجوم إلكتروني عطل خدماتها لساعات.") == []


def test_ceasefire_is_not_gunfire(offline_extract):
    assert attacks(offline_extract, "أعلن الوسطاء أمس أنهم توصلوا إلى وقف لإطلاق النار في مدينة درعا السورية.") == []


def test_period_total_is_not_one_attack(offline_extract):
    text = "قتل 300 مدني في تفجيرات وهجمات بولاية هلمند بين شهري كانون الثاني وحزيران بحسب الأمم المتحدة."
    assert attacks(offline_extract, text, published="2019-07-10") == []


def test_events_counted_since_a_date_are_not_one_attack(offline_extract):
    assert attacks(offline_extract, "وهي المرة الأولى التي تنفذ فيها الجماعة هجمات مشتركة منذ حرب 2006 في جنوب لبنان.") == []


def test_one_attack_with_a_large_toll_on_its_day_stays(offline_extract):
    text = "قتل 120 شخصا على الأقل يوم الجمعة في تفجير انتحاري استهدف سوقا شعبية في مدينة كابول."
    [a] = attacks(offline_extract, text, published="2019-03-10")
    assert a.killed == 120


# ---------------------------------------------------------------- plural strikes (item 4)
def test_plural_air_strikes_without_a_toll_make_an_airstrike(offline_extract):
    text = "شنت مقاتلات التحالف أمس عدة غارات على مواقع للمتمردين في مدينة صعدة اليمنية."
    [a] = attacks(offline_extract, text)
    assert a.attack_type == "airstrike"


# ---------------------------------------------------------------- roles (item 3)
def test_claim_of_responsibility_names_the_perpetrator(offline_extract):
    text = "وأعلن تنظيم داعش مسؤوليته عن انفجار سيارة مفخخة في مدينة تكريت أمس أسفر عن مقتل سبعة أشخاص."
    [a] = attacks(offline_extract, text)
    assert a.perpetrator == "داعش" and a.killed == 7


def test_fire_of_a_force_names_it(offline_extract):
    [a] = attacks(offline_extract, "وقتل ثلاثة جنود بنيران الجيش التركي قرب الحدود في إدلب أمس.")
    assert a.perpetrator == "القوات التركية" and a.killed == 3


def test_a_denial_is_no_perpetrator(offline_extract):
    text = "ونفت حركة طالبان مسؤوليتها عن التفجير الذي وقع أمس في كابول وأدى إلى مقتل عشرة مدنيين."
    [a] = attacks(offline_extract, text)
    assert a.perpetrator is None and a.killed == 10


# ---------------------------------------------------------------- places read from the article (item 1)
def test_anaphoric_city_takes_the_city_named_before(offline_extract):
    text = ("اقتحم مسلحون مركزا للشرطة في مدينة بعقوبة أمس.\n"
            "وفي حادث منفصل، قتل ثلاثة مدنيين بانفجار عبوة ناسفة شرقي المدينة مساء اليوم نفسه.")
    recs = [a for a in attacks(offline_extract, text) if a.killed == 3]
    assert recs and recs[0].location.canonical_name == "بعقوبة"
    assert "location_from_article" in recs[0].flags


def test_incident_without_a_place_takes_the_article_country(offline_extract):
    text = ("قصف الجيش الإسرائيلي مواقع في مدينة غزة وخان يونس فجر اليوم.\n"
            "وأعلنت وزارة الصحة في غزة أن القصف لم يسفر عن إصابات.\n"
            "وفي وقت لاحق قتل ثلاثة شبان برصاص قناصة خلال احتجاجات يوم الجمعة.")
    recs = [a for a in attacks(offline_extract, text, published="2018-07-21") if a.killed == 3]
    # the article names only places of the Gaza Strip: its area, not just the country (session 10, context_place)
    assert recs and recs[0].location.country == "PS" and "غزة" in recs[0].location.name
    assert "location_from_article" in recs[0].flags


def test_article_about_several_countries_gives_no_country(offline_extract):
    text = ("أعلنت السلطات الكويتية اعتقال خمسة شبان قاتلوا في سوريا والعراق وعادوا إلى الكويت.\n"
            "وقاتل أحدهم مع التنظيم في الموصل بالعراق قبل عودته، وتدرب آخر في الرقة بسوريا.\n"
            "وقتل 26 شخصا في تفجير استهدف مسجدا في حزيران الماضي.")
    recs = [a for a in attacks(offline_extract, text, published="2015-07-31") if a.killed == 26]
    assert recs and recs[0].location is None


def test_a_country_with_a_direction_is_the_place_of_the_incident(offline_extract):
    text = "قتل جنديان فرنسيان بانفجار عبوة ناسفة في شمال شرق مالي أمس."
    (a,) = attacks(offline_extract, text)
    assert a.location.country == "ML" and "location_from_article" not in a.flags


# ---------------------------------------------------------------- strike words, doers, statistics (items 3-4)
def test_plural_strike_words_with_article_or_possessive_open_an_incident(offline_extract):
    text = "وعاودت طائرات التحالف العربي مساء أمس غاراتها الجوية على مواقع المتمردين في مدينة صعدة."
    (a,) = attacks(offline_extract, text, published="2015-07-21")
    assert a.attack_type == "airstrike" and a.location.country == "YE"


def test_targeted_by_aircraft_is_a_strike_but_a_campaign_targeting_is_not(offline_extract):
    assert attacks(offline_extract, "واستهدف طيران التحالف أمس مواقع للمتمردين في مدينة صعدة.", published="2015-07-21")
    assert attacks(offline_extract, "واستهدفت الحملة الإعلامية الشباب في مدينة صعدة أمس.", published="2015-07-21") == []


def test_strikes_in_a_round_up_take_the_doer_the_article_names(offline_extract):
    text = ("نفذت قوات التحالف الدولي أمس 12 ضربة جوية في سوريا.\n"
            "وفي مدينة الحسكة دمرت الغارات ثلاث وحدات قتالية لتنظيم داعش.")
    recs = [a for a in attacks(offline_extract, text, published="2015-07-31") if a.location and "الحسكة" in a.location.name]
    assert recs and recs[0].perpetrator == "التحالف الدولي"
    # the doer is borrowed from the article, or the item is one incident with the lead that names it (since
    # bacbe35 a place inside the lead's country merges with it)
    assert "perpetrator_from_article" in recs[0].flags or any("التحالف الدولي" in c.quote for c in recs[0].citations)


def test_a_strike_and_a_bombing_of_one_day_stay_two_incidents(offline_extract):
    text = ("أعلن تنظيم داعش مسؤوليته عن تفجير سيارة مفخخة قرب مسجد في صنعاء أمس.\n"
            "كما قصفت طائرات التحالف مساء أمس مدرسة يتخذها الحوثيون قاعدة لهم.")
    kinds = sorted(a.attack_type for a in attacks(offline_extract, text, published="2015-07-21"))
    assert kinds == ["airstrike", "car_bomb"]


def test_a_year_of_attacks_counted_is_a_statistic(offline_extract):
    text = "وفي غضون العام المنصرم وحده سجلت الموصل 95 هجوما مسلحا، راح ضحيتها 870 قتيلا، فضلا عن أكثر من 2000 جريح."
    assert attacks(offline_extract, text, published="2015-08-11") == []


def test_these_strikes_refer_back_and_make_no_incident_of_their_own(offline_extract):
    text = ("قصفت طائرات حربية تركية أمس مخابئ لمسلحي حزب العمال الكردستاني في منطقة الزاب بشمال العراق.\n"
            "وتقول أنقرة إن 190 مسلحا كرديا على الأقل قتلوا في هذه الغارات منذ انطلاق العملية.")
    recs = attacks(offline_extract, text, published="2015-08-06")
    assert len(recs) == 1 and recs[0].killed != 190


# ---------------------------------------------------------------- attack type from the incident's words (item 4)
def test_a_suicide_driver_makes_a_car_bomb_a_suicide_attack(offline_extract):
    text = "قتل خمسة من عناصر الحشد أمس بتفجير سيارة مفخخة يقودها انتحاري استهدف حاجزا لهم في قضاء المحمودية."
    (a,) = attacks(offline_extract, text, published="2015-07-21")
    assert a.attack_type == "suicide_attack"


def test_killed_by_bullets_is_an_armed_assault(offline_extract):
    (a,) = attacks(offline_extract, "وقتل شاب برصاص مسلحين قرب مدينة الخالص مساء أمس.", published="2015-07-21")
    assert a.attack_type == "armed_assault"


def test_shelling_by_aircraft_is_an_air_strike(offline_extract):
    (a,) = attacks(offline_extract, "قصف طيران التحالف أمس مواقع لتنظيم داعش في قضاء طوزخورماتو، ما أسفر عن مقتل 12 عنصرا.",
                   published="2015-08-09")
    assert a.attack_type == "airstrike"


def test_a_place_told_sentences_later_is_a_later_incident(offline_extract):
    text = ("قال مسؤولون إن خمسة جنود قتلوا أمس عندما تعرضوا لهجوم شنه مقاتلون.\n"
            "وتقاتل القوات الحكومية الجماعات المسلحة منذ أكثر من عام.\n"
            "واستعادت القوات بعض الأراضي العام الماضي.\n"
            "وشن التنظيم أمس هجوما على سفارة في مدينة طرابلس الليبية.")
    recs = attacks(offline_extract, text, published="2015-07-21")
    five = next(a for a in recs if a.killed == 5)
    assert five.location is None or five.location.canonical_name != "طرابلس"


def test_an_armed_groups_offensive_is_an_attack(offline_extract):
    text = "تصدت القوات الحكومية أمس لهجوم كبير شنته حركة طالبان في ولاية فراه، ما أسفر عن مقتل 10 جنود."
    (a,) = attacks(offline_extract, text, published="2018-05-16")
    assert a.perpetrator == "حركة طالبان" and a.killed == 10


def test_unplaced_incidents_take_the_country_of_the_articles_placed_ones(offline_extract):
    text = ("قصف الجيش الإسرائيلي فجر اليوم موقعا لحركة حماس شرق مدينة غزة.\n"
            "وحذرت إسرائيل من التصعيد، وقال وزير إسرائيلي إن إسرائيل لن تقبل إطلاق الصواريخ على إسرائيل.\n"
            "وقتل أربعة فلسطينيين يوم الجمعة في غارات جوية إسرائيلية.")
    four = next(a for a in attacks(offline_extract, text, published="2018-07-21") if a.killed == 4)
    assert four.location.country == "PS" and "location_from_article" in four.flags


def test_mentions_far_apart_and_not_tied_by_a_place_are_two_incidents(offline_extract):
    text = ("قال مسؤولون إن خمسة جنود قتلوا أمس عندما تعرضوا لهجوم شنه مقاتلون.\n"
            "وتقاتل القوات الحكومية الجماعات المسلحة منذ أكثر من عام.\n"
            "واستعادت القوات بعض الأراضي العام الماضي.\n"
            "ويقيم رئيس الوزراء في الشرق منذ عامين.\n"
            "وتمدد التنظيم مستغلا غياب الدولة، فسيطر على عدة مدن وأعدم عمالا أجانب، وهاجم مقار بعثات دبلوماسية في طرابلس.")
    recs = attacks(offline_extract, text, published="2015-07-21")
    five = next(a for a in recs if a.killed == 5)
    # the last sentence lists the group's deeds (a summary, no incident of its own since the deeds-list rule):
    # the five soldiers' incident cites its own sentence and is not put in Tripoli; with no incident placed
    # and no place in the lead, it has no place at all
    assert len(five.citations) == 1 and (five.location is None or five.location.canonical_name != "طرابلس")


def test_the_strikes_spoken_of_after_the_incident_make_no_new_record(offline_extract):
    text = ("نفذت قوات التحالف أمس ثلاث غارات جوية استهدفت مواقع لتنظيم داعش في مدينة دير الزور.\n"
            "وأضاف ضابط في التحالف أن الغارات في شرق سوريا ستضعف قدرة التنظيم على نقل مقاتليه.")
    assert len(attacks(offline_extract, text, published="2015-07-31")) == 1


def test_a_kind_of_place_is_not_its_name(offline_extract):
    text = "وقصف سلاح الجو أمس تمركزات للمسلحين في حي ساحلي في وسط بنغازي، ما أسفر عن مقتل ثلاثة مسلحين."
    (a,) = attacks(offline_extract, text, published="2015-07-25")
    assert a.location.canonical_name == "بنغازي" and "ساحلي" not in a.location.name


# ---------------------------------------------------------------- places no gazetteer knows (item 1, item 4 round-ups)
def test_a_round_up_names_places_no_gazetteer_knows_one_strike_each(offline_extract):
    text = ("واستهدف طيران التحالف أمس مواقع للمتمردين في منطقتي تبة ريمان، والمبدعة، في مديرية نهم.\n"
            "كما استهدفت الطائرات مناطق منها الوهط وصبر والفيوش.")
    names = sorted(a.location.name for a in attacks(offline_extract, text, published="2015-07-21"))
    assert names == sorted(["المبدعة", "تبة ريمان", "الوهط", "صبر", "الفيوش"])


def test_an_unknown_place_is_written_as_named_without_coordinates(offline_extract):
    text = "قتل ستة مدنيين أمس برصاص قناصة قرب دوار المجسم."
    (a,) = attacks(offline_extract, text, published="2015-07-21")
    assert a.location.name == "دوار المجسم" and a.location.geo_precision == "unresolved" and a.location.lat is None


def test_a_kind_of_place_or_a_pronoun_is_no_name():
    from marsad.agent.offline.named_places import _name
    assert _name(["منطقه", "سكنيه"], 1, 2, set()) is None
    assert _name(["منطقه", "التي"], 1, 2, set()) is None
    assert _name(["منطقه", "سد", "العقران"], 1, 3, set()) == (1, 3)
    assert _name(["معسكر", "الحفا", "بمنطقه"], 1, 3, set()) == (1, 2)


def test_unknown_places_inside_a_known_district_take_its_country_and_coordinates(offline_extract):
    text = "وقصفت مقاتلات التحالف أمس تجمعات للمتمردين في منطقتي الحنجر، وتبة القناصين، بمديرية نهم شرق صنعاء."
    recs = attacks(offline_extract, text, published="2018-02-17")
    assert sorted(a.location.name for a in recs) == ["الحنجر", "تبة القناصين"]
    for a in recs:
        assert a.location.country == "YE" and a.location.model_extra.get("within")


def test_a_name_after_a_head_noun_may_end_like_an_adjective():
    from marsad.agent.offline.named_places import _name
    assert _name(["منطقه", "راس", "عيسي"], 1, 3, set()) == (1, 3)


def test_only_a_state_or_coalition_air_strike_lends_its_doer(offline_extract):
    text = ("وقال مسؤولون إن الشرطة المحلية شنت أمس غارات على مخابئ المهربين في مدينة سروج.\n"
            "وفي مدينة كلس استهدفت الغارات مخازن للأسلحة.")
    recs = attacks(offline_extract, text, published="2015-07-26")
    assert not any("perpetrator_from_article" in a.flags for a in recs)


def test_a_dateline_or_a_speakers_city_is_not_where_strikes_fell(offline_extract):
    text = "واس - الرياض: شنت قوات التحالف الدولي أمس تسع ضربات جوية استهدفت مواقع للتنظيم في مدينة الرقة."
    (a,) = attacks(offline_extract, text, published="2015-07-21")
    assert a.location.canonical_name != "الرياض"
    text = "وقال نتنياهو في تل أبيب أمس إن الجيش قصف عشرات الأهداف في قطاع غزة."
    assert all(a.location is None or a.location.country != "IL" for a in attacks(offline_extract, text, published="2018-05-30"))


def test_drowning_is_no_attack(offline_extract):
    text = ("لقي سائق مصرعه غرقاً مساء أمس بعدما انزلقت شاحنته إلى مياه الخليج قرب مدينة الجبيل، "
            "وتولت دوريات حرس الحدود انتشال جثته.")
    assert attacks(offline_extract, text, published="2015-07-21") == []


def test_a_round_ups_item_header_is_no_dateline(offline_extract):
    text = "ففي كركوك، قال مصدر في الشرطة إن قناصا استهدف أمس نقطة للشرطة في قرية الزركة، ما أدى إلى مقتل شرطي."
    (a,) = attacks(offline_extract, text, published="2021-06-14")
    assert a.location.governorate == "Kirkuk"


def test_a_round_ups_lead_day_dates_its_items_as_the_news(offline_extract):
    text = ("قتل 5 أشخاص وأصيب 11 آخرون اليوم في حوادث منفصلة ببغداد وكركوك.\n"
            "وقال مصدر في الشرطة إن انفجار عبوة ناسفة قرب محل للخضار في حي الشعب أدى إلى مقتل شخص.\n"
            "ولقي مدرس وزوجته حتفهما بنيران مسلحين في منطقة الجعارة بقضاء المدائن.")
    recs = attacks(offline_extract, text, published="2015-08-09")
    assert recs and all(a.date == "2015-08-09" and not a.background for a in recs)
    assert all(a.killed != 5 for a in recs)  # the lead's sum is no incident of its own


@pytest.mark.parametrize("text,kind", [
    ("وأعلنت الحركتان أمس تبنيهما إطلاق صواريخ على مستوطنات جنوب إسرائيل.", "shelling"),
    ("وقالت إسرائيل إن صواريخ أطلقت أمس من غزة على أراضيها.", "shelling"),
    ("وأفاد الدفاع المدني بسقوط مقذوفات عسكرية أمس على محل تجاري بمدينة نجران.", "shelling"),
    ("وقالت الشرطة إن مسلحين فتحوا النار أمس على نقطة تفتيش في مدينة الرمادي، ما أسفر عن مقتل شرطي.", "armed_assault"),
])
def test_two_word_strike_phrases_and_projectiles_open_an_incident(offline_extract, text, kind):
    recs = attacks(offline_extract, text, published="2018-05-30")
    assert recs and recs[0].attack_type == kind


def test_places_joined_by_and_get_one_record_each_and_their_shared_toll_is_no_ones(offline_extract):
    text = "وأعلنت وزارة الدفاع أمس مقتل 23 عنصرا من داعش بقصف لطيران التحالف في قضاء بيجي ومدينة الرمادي."
    recs = attacks(offline_extract, text, published="2015-07-25")
    assert sorted(a.location.name_en for a in recs) == ["Baiji", "Ramadi"]
    assert all(a.killed is None for a in recs)


def test_a_named_quarter_beats_countries_told_later(offline_extract):
    text = ("كشفت الكويت ملابسات تفجير مسجد في حي الصوابر راح ضحيته 26 شخصا، "
            "وقالت إن المتهمين قاتلوا في كل من سوريا والعراق.")
    (a,) = attacks(offline_extract, text, published="2015-07-31")
    assert a.location.name == "الصوابر"


def test_a_large_toll_between_two_dates_is_a_statistic(offline_extract):
    text = "وبمقتل 1745 مدنيا، نصفهم تقريبا في اعتداءات، بين الأول من كانون الثاني و30 حزيران، تكون الحصيلة قياسية."
    assert attacks(offline_extract, text, published="2018-07-15") == []


def test_talk_of_stopping_shelling_is_no_incident(offline_extract):
    text = "وتسعى بغداد عبر الطرق الدبلوماسية إلى إيقاف القصف التركي الذي يطال القرى الحدودية في دهوك."
    assert attacks(offline_extract, text, published="2015-08-04") == []


def test_a_road_between_two_places_is_one_place(offline_extract):
    text = "وانفجرت عبوة ناسفة أمس على عجلة عسكرية على الطريق الرابط بين ناحية العظيم وقضاء الخالص، ما أسفر عن إصابة ثلاثة جنود."
    (a,) = attacks(offline_extract, text, published="2021-06-14")
    assert a.injured == 3


def test_an_unknown_village_told_with_the_same_toll_is_the_same_incident(offline_extract):
    text = ("قتل جنديان وأصيب خمسة آخرون أمس بانفجار عبوة ناسفة في قضاء الطارمية.\n"
            "وقال مصدر أمني إن العبوة انفجرت قرب قرية البو خنفر، ما أسفر عن مقتل جنديين وإصابة خمسة آخرين.")
    (a,) = attacks(offline_extract, text, published="2021-06-14")
    assert a.location.canonical_name == "الطارمية" and len(a.citations) >= 2


@pytest.mark.parametrize("text", [
    "وانتزعت الفرق الهندسية أمس مئات الألغام والعبوات الناسفة التي زرعها المسلحون في مديرية حيس.",
    "وشن الرئيس أمس هجوما لاذعا على رئيس الوزراء في مدينة أنقرة.",
    "كشف تقرير حقوقي أمس عن مقتل 3021 مدنيا في مدينة تعز على أيدي المسلحين منذ إشعالهم الحرب.",
])
def test_mine_clearance_verbal_attacks_and_reports_since_a_start_are_no_incidents(offline_extract, text):
    assert attacks(offline_extract, text, published="2018-05-01") == []


def test_a_call_to_refuse_firing_is_no_incident(offline_extract):
    text = "دعت منظمة حقوقية أمس الجنود إلى رفض إطلاق النار على المتظاهرين قرب حدود قطاع غزة."
    assert attacks(offline_extract, text, published="2018-04-05") == []


def test_the_article_country_must_be_named_in_its_lead(offline_extract):
    text = ("ضربات أمريكية تقتل مئة من القوات الموالية للحكومة\n"
            "قتل قرابة 100 من القوات الموالية للحكومة أمس في ضربات جوية لصد هجوم على مقر للقوات.\n"
            "وقال المتحدث العسكري إن القوات ردت على الهجوم بعد تعرضها لنيران كثيفة من المهاجمين.\n"
            "وقال مسؤول إن المحادثات المقبلة ستعقد في كازاخستان.\n"
            "وأضاف أن كازاخستان رحبت باستضافة الجولة وأن وفودا ستصل إلى كازاخستان الأسبوع المقبل.")
    recs = attacks(offline_extract, text, published="2018-02-18")
    assert recs and all(a.location is None for a in recs)


def test_a_round_up_later_in_the_article_dates_the_incidents_after_it(offline_extract):
    text = ("وصل وزير الدفاع أمس إلى قاعدة الحبانية للإشراف على العملية العسكرية.\n"
            "وأكد المسؤولون أن القوات حققت تقدما شرق مدينة الرمادي.\n"
            "وقالت الحكومة المحلية إنها وفرت ملاذات آمنة للنازحين.\n"
            "وسقط 25 قتيلا على الأقل في موجة انفجارات ضربت مدنا عدة في العراق أول من أمس.\n"
            "وقتل ثلاثة جنود في تفجير سيارة مفخخة عند نقطة تفتيش في قضاء الطارمية.")
    recs = [a for a in attacks(offline_extract, text, published="2015-07-23") if a.killed == 3]
    assert recs and recs[0].date == "2015-07-21"


def test_the_leads_day_dates_the_articles_undated_incidents(offline_extract):
    text = ("انتزعت القوات الحكومية، الجمعة، ميناء عسكريا من قبضة المسلحين في جبهة الساحل الغربي.\n"
            "وأكدت مصادر ميدانية أن القوات سيطرت على الميناء بعد معارك عنيفة.\n"
            "وقصفت مقاتلات التحالف تعزيزات للمسلحين في مديرية التحيتا جنوب مدينة الحديدة.")
    recs = attacks(offline_extract, text, published="2018-05-11")
    assert recs and all(a.date == "2018-05-11" and "date_from_article_lead" in a.flags for a in recs)


@pytest.mark.parametrize("text", [
    "وكان الوزير قدم استقالته أمس، في خطوة شكلت ضربة لرئيسة الوزراء في لندن.",
    "احتفت الجماعة أمس في مدينة صنعاء باليوم العالمي للتوعية بمخاطر الألغام والعبوات الناسفة.",
    "ولم تظهر على الأسرة أي إشارة إلى نيتها تنفيذ هجوم انتحاري في مدينة جاكرتا أمس.",
])
def test_blows_mine_awareness_and_intentions_are_no_incidents(offline_extract, text):
    assert attacks(offline_extract, text, published="2018-07-10") == []


def test_the_rifle_is_no_place(offline_extract):
    text = "وقتل ثلاثة أشخاص أمس برصاص البندقية نفسها في هجوم على مدرسة في ولاية فلوريدا."
    assert all(a.location is None or a.location.country != "IT" for a in attacks(offline_extract, text, published="2018-02-16"))
