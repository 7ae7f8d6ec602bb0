"""Pass 38 (attack precision on real news: no record for what is not an incident): sentences written for these
tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_records, frames, scope, scope_totals


def _attacks(offline_extract, text: str, doc: str = "t38"):
    return offline_extract(text, published="2017-03-08").attacks


def _places(offline_extract, text: str) -> list[tuple]:
    return [(a.location.name if a.location else None, a.killed, a.injured) for a in _attacks(offline_extract, text)]


# VEHICLE_COLLISION ---------------------------------------------------------------------------------------------

# two buses collide: a driver dead and riders hurt, nobody attacked
BUSES = ("قتل سائق حافلة وراكب، وأصيب 9 ركاب بجروح طفيفة، في تصادم بين حافلتين قرب مدينة دالاس بولاية تكساس "
         "مساء الأحد، بحسب ما أفادت الشرطة.")


def test_vehicle_collision_is_no_attack(offline_extract):
    assert _attacks(offline_extract, BUSES) == []


def test_vehicle_collision_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "VEHICLE_COLLISION", False)
    assert _attacks(offline_extract, BUSES, "t38off") != []


def test_rigged_car_into_bus_stays_attack(offline_extract):
    text = "قتل 7 أشخاص عندما اصطدمت سيارة مفخخة بحافلة للشرطة في مدينة الموصل مساء الأحد."
    assert [(p, k) for p, k, _ in _places(offline_extract, text)] == [("مدينة الموصل", 7)]


# DISASTER_STRIKE -----------------------------------------------------------------------------------------------

# a hurricane "strikes" a city: no air strike
HURRICANE = "وصورت كاميرا القناة لحظة وصول الإعصار ماريا وضربه مدينة سان خوان وسواحل الجزيرة الشرقية."


def test_disaster_strike_is_no_attack(offline_extract):
    assert _attacks(offline_extract, HURRICANE) == []


def test_disaster_strike_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "DISASTER_STRIKE", False)
    monkeypatch.setattr(frames, "PRONOUN_BLOW", False)  # (pass 39: "وضربه" = its striking is no strike either)
    assert _attacks(offline_extract, HURRICANE, "t38off") != []


# RESCUE_OPERATION ----------------------------------------------------------------------------------------------

# a diver dies while miners are rescued: "عملية" names the rescue
RESCUER = "وقال إن الغواص الذي قتل في أثناء عملية إنقاذ العمال من المنجم كان متطوعا."


def test_rescue_operation_is_no_attack(offline_extract):
    assert _attacks(offline_extract, RESCUER) == []


def test_rescue_operation_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "RESCUE_OPERATION", False)
    assert _attacks(offline_extract, RESCUER, "t38off") != []


def test_rescue_after_blast_stays_attack(offline_extract):
    text = "قتل 6 أشخاص في تفجير سيارة قرب سوق مدينة كركوك مساء الأحد، فيما تتواصل عمليات الإنقاذ تحت الأنقاض."
    assert [k for _, k, _ in _places(offline_extract, text)] == [6]


# MISHAP --------------------------------------------------------------------------------------------------------

# fireworks go off in a depot: a mishap
FIREWORKS = "وأصيب رجل إطفاء بجروح في وجهه حين انفجرت المفرقعات في مستودع بمدينة بورسعيد مساء الأحد."


def test_fireworks_is_no_attack(offline_extract):
    assert _attacks(offline_extract, FIREWORKS) == []


def test_fireworks_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "MISHAP", False)
    assert _attacks(offline_extract, FIREWORKS, "t38off") != []


# MONTH_SPAN ----------------------------------------------------------------------------------------------------

# a month's sum, the span told after the count
MONTH_SUM = "قتل 25 مدنيا وأصيب 18 آخرون بينهم أطفال بقذائف المتمردين في مدينة حمص خلال شهر مايو الماضي."
# the period named before the count
SAME_PERIOD = "وفي الفترة نفسها قالت مصادر طبية إن قذائف المتمردين على أحياء مدينة حمص أوقعت 12 قتيلا و30 جريحا."


def test_month_span_is_a_total(offline_extract):
    assert _attacks(offline_extract, MONTH_SUM) == []
    assert _attacks(offline_extract, SAME_PERIOD) == []


def test_month_span_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope_totals, "MONTH_SPAN", False)
    assert _attacks(offline_extract, MONTH_SUM, "t38off") != []
    assert _attacks(offline_extract, SAME_PERIOD, "t38off2") != []


def test_month_span_leaves_ranked_and_running_sum(offline_extract):
    ranked = "قتل 5 جنود في هجوم على حاجز قرب مدينة حمص، وهو الهجوم الثالث خلال شهر."
    summed = "قتل 5 جنود في هجوم على حاجز قرب مدينة حمص، ليرتفع عدد القتلى خلال الشهر الجاري إلى 40."
    assert [k for _, k, _ in _places(offline_extract, ranked)] == [5]
    assert [k for _, k, _ in _places(offline_extract, summed)] == [5]


# bearing the blame -----------------------------------------------------------------------------------------------

# a side said to bear the responsibility: the speech's day is not the attack's
BEARS = "أعلن رئيس الإقليم، اليوم الأحد، أن بلجيكا تتحمل مسؤولية الهجوم بسكين الذي نفذه شاب في بروكسل."


def test_bears_blame_takes_no_speech_day(offline_extract):
    got = _attacks(offline_extract, BEARS)
    assert len(got) == 1 and got[0].date is None



# PAST_YEAR -----------------------------------------------------------------------------------------------------

# a fight told after a past year in a season the date reader does not resolve: not the news day
TRUCE_HISTORY = ("اجتمع رئيس الدولة مع زعيم المتمردين في العاصمة الكينية نيروبي الأربعاء للمرة الأولى منذ عامين.\n"
                 "وتفككت الهدنة في ربيع 2013 حين رجع قائد المتمردين إلى العاصمة فاندلعت معارك بين أنصاره والقوات "
                 "الحكومية وقتل المئات.")


def test_past_year_takes_no_news_day(offline_extract):
    got = _attacks(offline_extract, TRUCE_HISTORY)
    assert len(got) == 1 and got[0].date is None


def test_past_year_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_records, "PAST_YEAR", False)
    got = _attacks(offline_extract, TRUCE_HISTORY, "t38off")
    assert len(got) == 1 and got[0].date == "2017-03-08"


# FIRE_MISHAP ---------------------------------------------------------------------------------------------------

# a fire in a depot: firemen break in, nobody attacks
DEPOT_FIRE = ("وأصيب عاملان باختناق بعد اندلاع حريق في مستودع بمدينة الدمام، فيما تمكن رجال الإطفاء من اقتحام "
              "المستودع وإخراجهما.")


def test_fire_is_no_attack(offline_extract):
    assert _attacks(offline_extract, DEPOT_FIRE) == []


def test_fire_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "FIRE_MISHAP", False)
    assert _attacks(offline_extract, DEPOT_FIRE, "t38off") != []


def test_arson_stays_attack(offline_extract):
    text = "وأضرم مجهولون النار في مقر الحزب بمدينة البصرة ليل الأحد، فاندلع حريق أصيب فيه 3 من الحراس."
    assert [i for _, _, i in _places(offline_extract, text)] == [3]
