"""How Arabic news tells one incident, on sentences written for these tests.

Found on development-slice articles outside the real-news set: a revised toll ("ارتفع عدد القتلى إلى 3") lost
to the first figure told after it ("وكانت الوزارة أعلنت استشهاد 2"), and that first figure split the incident
in two; a toll update of rocket fire told with the definite "القذائف" made no record; an operation told as
the cause of a toll further back than the toll window ("قتل 15 عنصرا ... اليوم بعملية أمنية") made none
either; and a news site's keyword line ("سمات ...") made records of its own.
"""

from __future__ import annotations


def _attacks(extract, text, published="2018-07-20"):
    return extract(text, published=published).attacks


def test_a_revised_toll_beats_the_first_figure_told_after_it(offline_extract):
    text = ("ارتفع عدد القتلى المدنيين إلى 4 أشخاص، الجمعة، جراء قصف مدفعي على شرق مدينة خان يونس.\n"
            "وكانت وزارة الصحة أعلنت في بيان سابق مقتل 2 من المواطنين جراء القصف شرق خان يونس.")
    found = _attacks(offline_extract, text)
    assert len(found) == 1
    assert found[0].killed == 4


def test_a_rising_toll_of_rocket_fire_is_an_incident_with_the_new_figure(offline_extract):
    text = ("وفي العاصمة، ارتفعت حصيلة قتلى القذائف التي أطلقها مسلحون من الغوطة على حي باب توما في دمشق "
            "إلى 9 قتلى وأصيب 30 شخصا.")
    found = _attacks(offline_extract, text, "2015-08-10")
    assert len(found) == 1
    assert found[0].attack_type == "shelling"
    assert found[0].killed == 9
    assert found[0].injured == 30


def test_a_running_total_since_a_date_is_not_the_revised_toll_of_the_incident(offline_extract):
    text = ("وفي هجوم شنه مسلحون على مخفر في مدينة فان قتل شرطيان ليرتفع عدد قتلى قوات الأمن "
            "منذ 20 يوليو الماضي إلى 19 قتيلا.")
    found = _attacks(offline_extract, text, "2015-08-09")
    assert [a.killed for a in found] != [19]
    assert all(a.killed != 19 for a in found)


def test_an_operation_told_as_the_cause_after_a_long_subject_is_an_attack(offline_extract):
    text = "قتل 9 مسلحين من تنظيم داعش الإرهابي فجر اليوم في عملية عسكرية شنتها قوات الحشد جنوبي الفلوجة."
    found = _attacks(offline_extract, text, "2015-07-31")
    assert len(found) == 1
    assert found[0].killed == 9


def test_a_bare_count_of_militants_killed_is_still_no_attack(offline_extract):
    # no operation, strike or battle told: a security statement's tally, not an incident (unchanged)
    text = "وأكد المتحدث أن 20 إرهابيا قتلوا."
    assert _attacks(offline_extract, text, "2015-07-31") == []


def test_a_sites_keyword_line_makes_no_record(offline_extract):
    text = ("قال مسؤول إن الطيران الحربي قصف مواقع في محور الصابري بمدينة بنغازي اليوم.\n"
            "سمات ليبيا غارات بنغازي الطيران")
    found = _attacks(offline_extract, text, "2015-07-24")
    assert len(found) == 1
    assert not any(c.quote.startswith("سمات") for a in found for c in a.citations)


def test_an_attack_made_in_an_interview_is_words(offline_extract):
    text = "وكان النائب قد شن خلال مقابلة صحفية هجوما لاذعا على الحكومة، متهما إياها بالتقصير."
    assert _attacks(offline_extract, text, "2015-07-22") == []


def test_an_attack_with_a_toll_after_a_statement_is_still_an_attack(offline_extract):
    text = "وقال المتحدث في تصريح إن هجوما بسيارة مفخخة استهدف سوقا في مدينة الرمادي أمس أسفر عن مقتل 8 أشخاص."
    found = _attacks(offline_extract, text, "2015-07-22")
    assert len(found) == 1
    assert found[0].killed == 8


def test_a_victim_named_among_the_dead_is_not_the_kind_of_attack(offline_extract):
    text = "وأوضح قائد اللواء أن 12 عنصرا من ميليشيا الحوثي قتلوا بينهم قناص، خلال هجوم على مواقع الجيش في مديرية باقم."
    found = _attacks(offline_extract, text, "2018-03-31")
    assert len(found) == 1
    assert found[0].attack_type != "sniper"
    assert found[0].killed == 12


def test_a_toll_the_police_announce_in_an_accident_story_is_no_attack(offline_extract):
    text = ("لقي 12 شخصا مصرعهم مساء الأربعاء إثر غرق مركب رحلات في نهر النيل بالقاهرة.\n"
            "وذكرت الشرطة ومسعفون في حصيلة أولية مصرع 9 أشخاص.")
    assert _attacks(offline_extract, text, "2015-07-24") == []


def test_a_soldier_killed_by_gunmen_in_a_story_without_an_accident_is_an_attack(offline_extract):
    text = "أعلنت الشرطة مقتل شرطي برصاص مسلحين مجهولين في مدينة العريش أمس."
    found = _attacks(offline_extract, text, "2015-07-24")
    assert len(found) == 1


def test_sources_telling_where_the_strikes_just_told_fell_make_no_second_incident(offline_extract):
    text = ("شنت مقاتلات التحالف، فجر الاثنين، غارات جوية على مواقع المتمردين في محافظة الحديدة.\n"
            "وذكر سكان أن الغارات استهدفت رتلا عسكريا على مشارف مدينة باجل ودمرت عدة آليات.")
    found = _attacks(offline_extract, text, "2018-06-04")
    assert len(found) == 1


def test_a_round_up_item_with_its_own_town_stays_its_own_incident(offline_extract):
    text = ("شنت مقاتلات التحالف، فجر الاثنين، غارات جوية على مواقع المتمردين في مدينة الحديدة.\n"
            "وفي صنعاء، دمرت الغارات مخازن أسلحة في جبل عطان.")
    found = _attacks(offline_extract, text, "2018-06-04")
    assert len(found) == 2
