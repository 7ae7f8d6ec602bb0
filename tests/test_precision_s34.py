"""Pass 34 (attack precision on real news: one record per real incident): sentences written for these tests, none
from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_records as ar
from marsad.agent.offline import scope


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2016-03-10").attacks


# SENTENCED_ON --------------------------------------------------------------------------------------------------

VERDICT = "وكان الجيش قد حكم على ثلاثة جنود بتهمة قتل 4 مدنيين في إقليم بلوشستان."


def test_sentence_passed_for_a_killing_is_no_incident(offline_extract):
    assert _attacks(offline_extract, VERDICT) == []


def test_sentence_passed_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "SENTENCED_ON", False)
    assert len(_attacks(offline_extract, VERDICT)) == 1


def test_ruler_is_no_verdict():
    words = ["حكم", "الملك", "البلاد", "عشرين", "عاما", "قبل", "اغتياله"]
    assert not scope.sentenced_on(words, 5)


# PLANNED_ACT ---------------------------------------------------------------------------------------------------

PLAN = "وقال الادعاء إن الشاب خطط بمساعدة شقيقه لتفجير محطة قطارات في ميونيخ وقتل 15 مسافرا."


def test_plan_aim_with_a_count_is_no_incident(offline_extract):
    assert _attacks(offline_extract, PLAN) == []


def test_plan_aim_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "PLANNED_ACT", False)
    assert len(_attacks(offline_extract, PLAN)) == 1


def test_done_act_after_plan_word_stays(offline_extract):
    text = "وفجر انتحاري نفسه أمس في سوق ببلدة الخالص شمال بعقوبة مما أسفر عن مقتل 9 أشخاص."
    assert len(_attacks(offline_extract, text)) == 1


# VERBAL_ATTACK -------------------------------------------------------------------------------------------------

OFFICE = "شن وزير الخارجية الإيراني أمس هجوما على السفير البريطاني في طهران واصفا إياه بالمتغطرس."
STANCE = "وشن النائب في البرلمان العراقي الأحد هجوما على موقف الحكومة في بغداد من أزمة المياه."


def test_attack_on_an_office_holder_in_speech_is_words(offline_extract):
    assert _attacks(offline_extract, OFFICE) == []


def test_attack_on_a_stance_is_words(offline_extract):
    assert _attacks(offline_extract, STANCE) == []


def test_verbal_attack_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "VERBAL_ATTACK", False)
    assert len(_attacks(offline_extract, OFFICE)) == 1


def test_armed_attack_on_an_ambassador_stays(offline_extract):
    text = "وأصيب السفير الإيطالي بجروح أمس في هجوم شنه مسلحون على موكبه في مقديشو."
    assert len(_attacks(offline_extract, text)) == 1


# CYBER_STORY ---------------------------------------------------------------------------------------------------

CYBER = ("أعلنت هولندا الثلاثاء أن وزارة المالية تعرضت لهجوم إلكتروني الشهر الماضي. ورجح الوزير في لاهاي أن "
         "أجهزة أجنبية تقف وراء الهجوم الذي استهدف الوزارة قبل أسبوعين.")


def test_cyber_story_retold_is_no_incident(offline_extract):
    assert _attacks(offline_extract, CYBER) == []


def test_cyber_story_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "CYBER_STORY", False)
    assert len(_attacks(offline_extract, CYBER)) >= 1


def test_violent_act_beside_cyber_stays(offline_extract):
    text = ("انفجرت سيارة مفخخة أمس في كركوك مما أسفر عن مقتل أربعة مدنيين. وفي سياق آخر تعرض موقع الوزارة "
            "لهجوم إلكتروني.")
    assert len(_attacks(offline_extract, text)) == 1


# REFERENCED ----------------------------------------------------------------------------------------------------

CALLED = ("طالبت الحكومة الصومالية الخميس بموقف دولي من الهجوم على ناقلة الغاز قرب ميناء بربرة. وكانت زوارق "
          "مسلحة قد هاجمت الأربعاء ناقلة الغاز قرب ميناء بربرة.")
MET = ("قتل 7 أشخاص السبت في انفجار سيارة مفخخة في بلدة الباب. ويجتمع المجلس المحلي في تركيا اليوم الاثنين بعد "
       "الهجوم في سوريا.")


def test_call_about_an_incident_is_that_incident(offline_extract):
    ats = _attacks(offline_extract, CALLED)
    assert len(ats) == 1
    assert ats[0].date == "2016-03-09"


def test_meeting_after_an_incident_is_that_incident(offline_extract):
    assert len(_attacks(offline_extract, MET)) == 1


def test_referenced_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_clusters as ac
    monkeypatch.setattr(ac, "REFERENCED", False)
    assert len(_attacks(offline_extract, CALLED)) == 2


# CONTAINERS ----------------------------------------------------------------------------------------------------

PACKS = "وقالت الجمعية إن متطوعيها وزعوا أمس في الزرقاء وجبات في عبوات على 300 أسرة."


def test_packs_are_no_bombs(offline_extract):
    assert _attacks(offline_extract, PACKS) == []


def test_packs_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ar, "CONTAINERS", False)
    assert len(_attacks(offline_extract, PACKS)) == 1


def test_device_set_off_is_a_bomb_without_its_adjective(offline_extract):
    # "عبوة" with a verb of setting off in its sentence is a device, though no "ناسفة" follows it
    assert len(_attacks(offline_extract, "فجر مجهولون عبوة عند مرور دورية للجيش في قضاء تلعفر أمس.")) == 1


def test_device_told_explosive_elsewhere_stays(offline_extract):
    text = "انفجرت أمس عبوة ناسفة قرب حاجز للشرطة في الرمادي ما أدى إلى إصابة جنديين."
    assert len(_attacks(offline_extract, text)) == 1


HELD = ("وأعلنت المستشارة الألمانية أنها ستجري الخميس اتصالا بنظيرها الفرنسي حول هجوم بغاز الكلور على بلدة دوما. "
        "وتناول الرئيسان المستجدات منذ القصف بالغاز الذي طال أهالي دوما بالغوطة الشرقية في 6 مارس.")
WIDER = "طالب الأمين العام الخميس بتحقيق في الهجوم على مستشفى في حلب. وكانت طائرات قد قصفت الثلاثاء مستشفى في حي الشعار بحلب."


def test_reference_named_with_the_dated_telling(offline_extract):
    ats = _attacks(offline_extract, HELD)
    assert [(a.location.name, a.date) for a in ats] == [("دوما", "2016-03-06")]


def test_reference_at_a_wider_place(offline_extract):
    ats = _attacks(offline_extract, WIDER)
    assert [(a.location.name, a.date) for a in ats] == [("الشعار", "2016-03-08")]


def test_reference_needs_a_dated_incident(offline_extract):
    text = "ندد الوزير الأحد بالهجوم على قرية في ريف درعا. وكان هجوم قد استهدف القرية في ريف درعا وأوقع قتلى."
    from marsad.agent.offline import attacks_clusters as ac
    assert len(_attacks(offline_extract, text)) >= 1
    assert ac._days(None) is None


# PARTIAL_ROUNDUP -----------------------------------------------------------------------------------------------

ROUNDUP = ("قتل 17 شخصا على الأقل يوم أمس في هجمات طالت مناطق في بغداد. وانفجرت سيارة مفخخة في حي الكرادة ما أسفر "
           "عن مقتل 8 أشخاص. وفي حي الشعب قتل 4 بانفجار عبوة ناسفة.")


def test_partial_roundup_total_is_no_incident(offline_extract):
    assert sorted(a.killed for a in _attacks(offline_extract, ROUNDUP)) == [4, 8]


def test_partial_roundup_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_incidents as ai
    monkeypatch.setattr(ai, "PARTIAL_ROUNDUP", False)
    assert sorted(a.killed for a in _attacks(offline_extract, ROUNDUP)) == [4, 8, 17]


def test_deadliest_of_the_attacks_stays(offline_extract):
    text = ("قتل 20 شخصا أمس في سلسلة تفجيرات في ديالى. وكان أشد الهجمات دموية في سوق ببعقوبة وقتل فيه 11. "
            "وفي بلدة المقدادية قتل 5 بانفجار عبوة.")
    assert 11 in [a.killed for a in _attacks(offline_extract, text)]


# CLOSE_INJURED -------------------------------------------------------------------------------------------------

WOUNDED = ("انفجرت سيارة مفخخة أمس قرب سوق في مدينة قندهار ما أسفر عن مقتل 6 أشخاص وإصابة 42 آخرين. وأفاد مدير "
           "مستشفى ميداني بوصول 40 جريحا بعد دوي انفجار عنيف هز الحي.")


def test_close_wounded_count_is_the_same_incident(offline_extract):
    ats = _attacks(offline_extract, WOUNDED)
    assert len(ats) == 1
    assert ats[0].killed == 6


def test_close_wounded_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_clusters as ac
    monkeypatch.setattr(ac, "CLOSE_INJURED", False)
    assert len(_attacks(offline_extract, WOUNDED)) == 2


def test_far_wounded_count_is_not_close():
    from types import SimpleNamespace

    from marsad.agent.offline import attacks_clusters as ac

    def q(v):
        return SimpleNamespace(value=v, vague=False)

    assert ac._close(q(42), q(40))
    assert not ac._close(q(42), q(20))
    assert not ac._close(q(5), q(4))


def test_reference_date_must_follow_the_incident():
    from types import SimpleNamespace

    from marsad.agent.offline import attacks_clusters as ac

    def d(iso):
        return SimpleNamespace(resolved=SimpleNamespace(iso=iso))

    assert ac._not_before(d("2014-09"), d("2014-09-20"))
    assert not ac._not_before(d("2014-09"), d("2001"))
    assert not ac._not_before(d("2016-03-09"), d("2016-03-02"))
    assert ac._not_before(None, d("2016-03-02"))


def test_discussing_verbs_make_a_reference():
    from marsad.agent.offline import attacks_clusters as ac
    from marsad.core.arabic import normalize

    assert {normalize("لبحث"), normalize("ناقشا")} <= ac._CALL_VERBS


# UPDATE_DAY ----------------------------------------------------------------------------------------------------

UPDATED = "قتل 12 شخصا بتفجير انتحاري استهدف مسجدا في مدينة كويتا أمس. وارتفعت حصيلة قتلى التفجير اليوم إلى 15."


def test_update_told_on_its_own_day_updates_the_incident(offline_extract):
    ats = _attacks(offline_extract, UPDATED)
    assert [(a.killed, a.date) for a in ats] == [(15, "2016-03-09")]


def test_update_day_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import attacks_clusters as ac
    monkeypatch.setattr(ac, "UPDATE_DAY", False)
    assert len(_attacks(offline_extract, UPDATED)) == 2
