"""Session 10: talk of violence that is no incident (agent/offline/scope.py, frames.py).

Cases counted by a tally ("7 حالات اغتيال")، a report's toll over a month ("خلال شهر مايو")، a plan governing the
clause after it ("بالتخطيط لاستخدام سترة مزودة بعبوة ناسفة")، what an act is meant to avoid ("حتى لا تلقى مصرعها
بغارات")، campaigns of an act ("حملات اختطاف")، the recent battles summed ("خلال المعارك الأخيرة")، and "انفجار" of a
revolt or of anger. "خلال" before an act ("خلال تصديها لمسيرات") is while, not a span of time.
"""

import pytest

from marsad.agent.offline import scope


@pytest.fixture(scope="module")
def parse():
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    def _ctx(text: str):
        return build_context(Document(doc_id="t", title="", text=text, published="2019-03-10"), get_gazetteer())

    return _ctx


def _words(parse, text: str) -> list[str]:
    return parse(text).sentences[0].words


def _at(words: list[str], stem: str) -> int:
    return next(x for x, w in enumerate(words) if stem in w)


def test_counted_cases_are_a_tally(parse):
    assert scope.counts_cases(_words(parse, "ورصدت المنظمة في المحافظة 7 حالات اغتيال و12 حالة اختطاف."))
    assert scope.counts_cases(_words(parse, "وسجلت اللجنة خمس حالات إعدام ميداني في القرى."))
    # choking cases count harm of one attack, not acts
    assert not scope.counts_cases(_words(parse, "وأسفر القصف بالغاز عن 30 حالة اختناق بين المدنيين."))


def test_a_report_toll_over_a_month_is_a_statistic(parse):
    w = _words(parse, "وكان تقرير حقوقي قد كشف عن مقتل 14 مدنيا في قصف المسلحين على أحياء المدينة خلال شهر مايو الماضي.")
    assert scope.is_statistic(w, [14])
    w = _words(parse, "وقال تقرير للشرطة إن الانفجار أسفر عن مقتل 4 أشخاص في سوق المدينة.")
    assert not scope.is_statistic(w, [4])


def test_a_plan_governs_the_clause_after_it(parse):
    w = _words(parse, "وقد اتهم بالتخطيط لاستخدام سترة مزودة بعبوة ناسفة في محطة القطارات.")
    x = _at(w, "عبوه")
    assert scope.is_hypothetical(w, x, x + 1)
    w = _words(parse, "وانفجرت عبوة ناسفة في محطة القطارات صباح اليوم.")
    x = _at(w, "عبوه")
    assert not scope.is_hypothetical(w, x, x + 1)


def test_what_an_act_is_meant_to_avoid_is_no_event(parse):
    w = _words(parse, "وتحصنت عناصر التنظيم في الأحياء حتى لا تلقى مصرعها بغارات الطيران.")
    assert scope.is_conditional(w, _at(w, "بغارات"))
    w = _words(parse, "وتحصنت عناصر التنظيم في الأحياء حتى قصفتها الطائرات.")
    assert not scope.is_conditional(w, _at(w, "قصفت"))


def test_a_campaign_of_an_act_is_no_incident(parse):
    w = _words(parse, "وتقوم الميليشيات بحملات اختطاف واسعة تطال السكان في المدينة.")
    x = _at(w, "اختطاف")
    assert scope.is_campaign(w, x, x + 1)


def test_the_recent_battles_summed_are_an_aggregate(parse):
    w = _words(parse, "وتكبدت الميليشيات خلال المعارك الأخيرة العشرات من عناصرها في جبهة الساحل.")
    assert scope.is_aggregate(w, 0, len(w), False)
    assert not scope.is_aggregate(w, 0, len(w), True)  # a day of its own: that day's battles


def test_during_an_act_is_no_span_of_time(parse):
    w = _words(parse, "وقتلت القوات 15 شخصا وجرحت 1500 آخرين خلال تصديها لمسيرات على الحدود.")
    assert not scope.is_period_total(w, 0, len(w), 1500)
    w = _words(parse, "وقتل 150 شخصا وجرح 1500 آخرون خلال العام الماضي في المدينة.")
    assert scope.is_period_total(w, 0, len(w), 1500)
    w = _words(parse, "وقتل 150 شخصا خلال 24 ساعة في المدينة.")
    assert scope.is_period_total(w, 0, len(w), 150)


def test_an_outbreak_of_a_revolt_opens_no_frame(parse):
    from marsad.agent.offline.frames import find_frames

    ctx = parse("ويخشى المسؤولون من انفجار ثورة جديدة في الشارع بعد رفع الأسعار.")
    assert find_frames(ctx, 0) == []
    ctx = parse("وقتل شخصان في انفجار سيارة مفخخة في الشارع التجاري بالمدينة.")
    assert find_frames(ctx, 0)


def test_a_threat_noun_governs_the_strike_after_it(parse):
    w = _words(parse, "وبحث الوزيران التهديدات الغربية بتوجيه ضربة عسكرية لمواقع الجيش.")
    x = _at(w, "ضربه")
    assert scope.is_hypothetical(w, x, x + 1)


def test_a_scheduled_attack_is_no_event(parse):
    w = _words(parse, "وأشار القائد إلى أنه من المزمع القيام بهجوم جديد الأسبوع المقبل على معاقل التنظيم.")
    x = _at(w, "بهجوم")
    assert scope.is_hypothetical(w, x, x + 1)


def test_thousands_dead_of_many_strikes_are_a_statistic(parse):
    w = _words(parse, "وأسفرت الغارات والبراميل المتفجرة على مئات القرى عن مقتل 3150 مسلحا من الفصائل.")
    assert scope.is_statistic(w, [3150])
    w = _words(parse, "وأسفرت الغارة على القرية عن مقتل 31 مدنيا.")
    assert not scope.is_statistic(w, [31])


def test_a_purpose_clause_is_no_event(parse):
    w = _words(parse, "واتفق الطرفان على إقامة منطقة آمنة بحيث تقوم المقاتلات بقصف مواقع التنظيم من القواعد.")
    assert scope.is_conditional(w, _at(w, "بقصف"))
    w = _words(parse, "وأرسل الجيش تعزيزات إلى المدينة بهدف شن هجوم على مواقع المسلحين.")
    x = _at(w, "هجوم")
    assert scope.is_hypothetical(w, x, x + 1)


def test_a_stabbing_opens_a_frame_and_an_appeal_does_not(parse):
    from marsad.agent.offline.frames import find_frames

    ctx = parse("وقالت الشرطة إن مستوطنا تعرض للطعن قرب باب العامود في القدس صباح اليوم.")
    assert [f.types for f in find_frames(ctx, 0)] == [["armed_assault"]]
    ctx = parse("وأصيب شرطي بطعنات في الشارع التجاري صباح اليوم.")
    assert [f.types for f in find_frames(ctx, 0)] == [["armed_assault"]]
    ctx = parse("وقدم المحامي طعنا في الحكم أمام المحكمة العليا اليوم.")
    assert find_frames(ctx, 0) == []


def test_the_deadliest_of_the_attacks_is_one_incident_with_its_toll(offline_extract):
    text = ("وقتل 27 شخصا على الأقل أمس في موجة تفجيرات ضربت أحياء متفرقة من بغداد وضواحيها، وفق مصادر في الشرطة. "
            "واستهدف أكثر الهجمات دموية حي الجهاد في غرب العاصمة، حيث قتل 14 شخصا وأصيب 31. "
            "كما انفجرت سيارة مفخخة في ناحية اليوسفية جنوب بغداد، ما أدى إلى مقتل خمسة أشخاص.")
    tolls = sorted((a.killed, a.injured) for a in offline_extract(text, published="2019-03-11").attacks
                   if a.killed is not None)
    assert (14, 31) in tolls


def test_information_attacks_are_cyber_attacks(parse):
    w = _words(parse, "وقال الرئيس إن الأجهزة تصدت لنحو مليون هجوم معلوماتي على البنية التحتية خلال البطولة.")
    assert scope.is_non_incident(w)
