"""Pass 51 (attack recall on real news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import frames, frames_readers


def _attacks(offline_extract, text: str, published: str = "2020-02-12"):
    return offline_extract(text, published=published).attacks


# LAUNCH_PAST_DAY (frames_readers) ---------------------------------------------------------------------------------

# a launch told with the day set in between commas after its subject, the missile shot down on its way
DAY_BETWEEN = ("أطلقت الجماعة المسلحة، مساء الثلاثاء، صاروخا بعيد المدى نحو مدينة عتق، "
               "وأسقطته الدفاعات قبل أن يبلغ هدفه.")

# the same with a count in figures after a subject of two words
COUNT_BETWEEN = "وأطلقت الفصائل المسلحة 12 صاروخا، وسقط أحدها في بلدة الصومعة مساء الثلاثاء."

# a release from prison with the day set in: no projectile, no attack
RELEASE = "أطلقت السلطات، مساء الثلاثاء، سراح عشرة موقوفين في مدينة عتق."

# a test launch into a sea with the day set in: no attack
SEA_TEST = "أطلقت الدولة، صباح الأحد، صاروخين باليستيين باتجاه البحر."


def test_a_launch_with_the_day_between_is_an_attack(offline_extract):
    atts = _attacks(offline_extract, DAY_BETWEEN)
    assert len(atts) == 1
    assert atts[0].attack_type == "shelling"
    assert atts[0].location is not None and "عتق" in atts[0].location.name


def test_a_launch_with_a_count_between_is_an_attack(offline_extract):
    atts = _attacks(offline_extract, COUNT_BETWEEN)
    assert len(atts) == 1 and atts[0].attack_type == "shelling"


def test_a_release_with_the_day_between_is_none(offline_extract):
    assert _attacks(offline_extract, RELEASE) == []


def test_a_test_launch_into_a_sea_with_the_day_between_is_none(offline_extract):
    assert _attacks(offline_extract, SEA_TEST) == []


# a missile test or an exercise told with the day set in: no attack (review 51, finding 1); a launch past the day
# words must be aimed at land or told falling on land
PAST_DAY_TESTS = (
    "أطلقت الدولة، صباح الأحد، صاروخا باليستيا جديدا.",
    "أطلقت الدولة، اليوم الاثنين، صاروخا باليستيا في إطار مناورات عسكرية.",
    "أطلقت الدولة صباح الأحد صاروخين باليستيين سقطا في البحر.",
    "أطلقت الدولة، فجر الخميس، صاروخا قادرا على حمل رأس نووي.",
    "أطلق الجيش، يوم الأربعاء، ثلاثة صواريخ مجنحة ضمن تدريبات بحرية.",
    "أطلقت الدولة، مساء الجمعة، صاروخا جديدا سقط في المنطقة الاقتصادية الخالصة.",
)
FELL_ON_LAND = "أطلقت الجماعة، صباح الاثنين، صاروخين سقط أحدهما في سوق شعبي بمدينة عتق."


def test_a_test_or_exercise_launch_with_the_day_between_is_none(offline_extract):
    for text in PAST_DAY_TESTS:
        assert _attacks(offline_extract, text) == [], text


def test_a_launch_past_the_day_that_fell_on_land_is_an_attack(offline_extract):
    atts = _attacks(offline_extract, FELL_ON_LAND)
    assert len(atts) == 1 and atts[0].attack_type == "shelling"


def test_launch_past_day_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_readers, "LAUNCH_PAST_DAY", False)
    assert _attacks(offline_extract, DAY_BETWEEN) == []
    assert _attacks(offline_extract, COUNT_BETWEEN) == []
    assert _attacks(offline_extract, FELL_ON_LAND) == []


# DESTROYED_BY (frames) ---------------------------------------------------------------------------------------------

# a strike told only by a destroying verb with the aircraft as its subject
AIR_DESTROYED = "دمرت مقاتلات التحالف، مساء الأحد، عربات عسكرية للمتمردين في مديرية الصومعة."

# a force told succeeding at destroying
AIR_SUCCEEDED = "ونجحت مروحيات الجيش في تدمير ثلاث شاحنات للمتمردين قرب بلدة الرباط، صباح الأحد."

# artillery destroying: shelling
GUNS_DESTROYED = "ودمرت مدفعية الجيش تحصينات للمتمردين في مديرية الصومعة، مساء الأحد."

# talk of what aircraft can do, and a war that destroyed a country's roads: no attack
CAN_DESTROY = "يمكن لهذه المسيّرات أن تدمر مواقع الخصم من غير أن تعرض طياريها للخطر."
WAR_DESTROYED = "دمرت الحرب الطرق والجسور في مديرية الصومعة خلال السنوات الماضية."


def test_a_destroying_by_aircraft_is_an_air_strike(offline_extract):
    atts = _attacks(offline_extract, AIR_DESTROYED)
    assert len(atts) == 1 and atts[0].attack_type == "airstrike"
    assert atts[0].location is not None and "الصومعة" in atts[0].location.name


def test_a_force_that_succeeded_at_destroying_struck(offline_extract):
    atts = _attacks(offline_extract, AIR_SUCCEEDED)
    assert len(atts) == 1 and atts[0].attack_type == "airstrike"


def test_a_destroying_by_artillery_is_shelling(offline_extract):
    atts = _attacks(offline_extract, GUNS_DESTROYED)
    assert len(atts) == 1 and atts[0].attack_type == "shelling"


def test_destroying_told_of_means_or_of_a_war_is_none(offline_extract):
    assert _attacks(offline_extract, CAN_DESTROY) == []
    assert _attacks(offline_extract, WAR_DESTROYED) == []


# a passive destroying: the aircraft or the tanks were destroyed, no strike of theirs (review 51, finding 7)
PASSIVE_DESTROYED = (
    "ودمرت مروحيات عسكرية بالكامل إثر سقوطها في منطقة جبلية قرب مدينة حماة أمس.",
    "ودمرت المروحية العسكرية بالكامل إثر سقوطها في منطقة جبلية قرب مدينة حماة أمس.",
    "ودمرت مقاتلات الجيش في الاشتباكات التي وقعت قرب بلدة الرباط.",
    "ودمرت دبابات الجيش وآلياته في المعارك التي دارت قرب مدينة حماة أمس.",
)


# a definite quantity opens the object, not an adjective of the subject
COUNT_OBJECT = "ودمرت مقاتلات الجيش العديد من العربات المسلحة قرب مدينة حماة أمس."


def test_a_definite_quantity_after_the_subject_is_its_object(offline_extract):
    assert [a.attack_type for a in _attacks(offline_extract, COUNT_OBJECT)] == ["airstrike"]


def test_a_passive_destroying_is_no_strike_of_its_subject(offline_extract):
    for text in PASSIVE_DESTROYED:
        kinds = [a.attack_type for a in _attacks(offline_extract, text)]
        assert "airstrike" not in kinds and "shelling" not in kinds, text


def test_destroy_subject_object_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_readers, "DESTROY_SUBJECT_OBJECT", False)
    kinds = [a.attack_type for a in _attacks(offline_extract, PASSIVE_DESTROYED[2])]
    assert kinds == ["airstrike"]
    assert [a.attack_type for a in _attacks(offline_extract, PASSIVE_DESTROYED[0])] == ["airstrike"]


def test_destroyed_by_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames, "DESTROYED_BY", False)
    assert _attacks(offline_extract, AIR_DESTROYED) == []
    assert _attacks(offline_extract, AIR_SUCCEEDED) == []


# DESTROY_MEANS_HEADED (frames_readers): a means word with "ل" on it is the object's complement, no means
# (review 51, finding 10)
OBJECT_OF_MISSILES = (
    "ودمرت مقاتلات الجيش مخزنا للصواريخ قرب مدينة حماة أمس.",
    "ودمرت المروحيات الحربية مستودعا لصواريخ الكاتيوشا قرب مدينة حماة أمس.",
)
HEADED_MEANS = "ودمرت الطائرات الحربية بسلسلة غارات مستودعا للذخيرة قرب مدينة حماة أمس."


def test_a_projectile_in_the_object_is_no_means(offline_extract):
    for text in OBJECT_OF_MISSILES:
        kinds = [a.attack_type for a in _attacks(offline_extract, text)]
        assert kinds == ["airstrike"], text


def test_a_means_headed_by_b_leaves_the_strike_to_its_word(offline_extract):
    assert frames_readers._destroy_means(["ودمرت", "الطايرات", "الحربيه", "بسلسله", "غارات", "مستودعا"], 0)
    assert frames_readers._destroy_means(["ودمرت", "الطايرات", "مستودعا", "بصواريخ"], 0)
    assert not frames_readers._destroy_means(["ودمرت", "مقاتلات", "الجيش", "مخزنا", "للصواريخ"], 0)
    assert [a.attack_type for a in _attacks(offline_extract, HEADED_MEANS)] == ["airstrike"]


def test_destroy_means_headed_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(frames_readers, "DESTROY_MEANS_HEADED", False)
    for text in OBJECT_OF_MISSILES:
        assert _attacks(offline_extract, text) == [], text
