"""Precision of the offline attack rules: talk about attacks is not an attack (sentences written for these tests)."""

from __future__ import annotations

import pytest

from marsad.agent.offline.scope import foreign_places, is_aggregate, is_hypothetical
from marsad.agent.offline.text import split_document


def _attacks(offline_extract, text, published="2018-06-10"):
    return offline_extract(text, published=published).attacks


@pytest.mark.parametrize("text", [
    # arrests, plans, charges
    "اعتقلت الشرطة في بغداد اليوم رجلا كان يخطط لهجوم بشاحنة مفخخة على سوق شعبي.",
    "ألقت القوات الأمنية القبض على ثلاثة أشخاص في كركوك يعتقد أنهم يسعون لتنفيذ هجمات خلال الأعياد.",
    "أحالت محكمة في البصرة أمس خمسة متهمين إلى القضاء بتهمة تفجير أنبوب للنفط.",
    # warnings and threats
    "حذرت قيادة شرطة ديالى من هجوم محتمل على مواقع انتخابية في بعقوبة.",
    "قال المتحدث إن القوات سترد بحزم على أي هجمات تستهدف البعثات في بغداد.",
    "هدد تنظيم داعش باستهداف الناخبين في محافظة نينوى.",
])
def test_plans_arrests_and_threats_are_not_attacks(offline_extract, text):
    assert _attacks(offline_extract, text) == []


@pytest.mark.parametrize("text", [
    # research and statistics
    "حللت دراسة أكاديمية 1500 حادثة تفجير بالعبوات الناسفة في محافظة ديالى خلال عام 2016.",
    "ولاحظ الباحثون ارتفاعا في استخدام العبوات الناسفة في الأنبار.",
    # a campaign's running toll
    "قتل 340 مسلحا على الأقل من تنظيم داعش جراء الغارات الجوية في محافظة نينوى.",
    "قتل نحو 120 مسلحا وأصيب 300 آخرون خلال أسبوع من الغارات على مواقع التنظيم في صلاح الدين.",
])
def test_statistics_and_campaign_totals_are_not_one_attack(offline_extract, text):
    assert _attacks(offline_extract, text) == []


def test_history_long_before_publication_is_not_an_attack_record(offline_extract):
    assert _attacks(offline_extract, "وفي عام 1991 قتل 200 جندي بقصف جوي قرب البصرة خلال حرب الخليج.", published="2018-03-01") == []
    # a past event of a few years ago stays a background record
    (a,) = _attacks(offline_extract, "وكان 12 مدنيا قد قتلوا بتفجير سيارة مفخخة في قضاء الخالص عام 2014.", published="2018-03-01")
    assert a.background and a.killed == 12


@pytest.mark.parametrize("text", [
    "وأبدت الحكومة دعمها للهجوم على مواقع المسلحين.",
    "وتقدمت القوات باتجاه المدينة تحت غطاء من قصف مكثف.",
    "وعرض في المهرجان فيلم اشتباك للمخرج المصري.",
])
def test_bare_mentions_without_toll_place_or_doer_are_not_events(offline_extract, text):
    assert _attacks(offline_extract, text) == []


def test_real_attacks_are_kept(offline_extract):
    (a,) = _attacks(offline_extract, "قتل ثلاثة من عناصر الشرطة بهجوم شنه مسلحون على نقطة تفتيش في قضاء الطارمية فجر اليوم.")
    assert a.killed == 3 and a.location.name_en == "Tarmiyah"
    (b,) = _attacks(offline_extract, "شن مسلحون هجوما على نقطة تفتيش للجيش في ناحية العظيم فجر اليوم الأحد.")
    assert b.location is not None and b.date == "2018-06-10"
    # a dated, placed toll with "خلال" but no span of time is one event
    (c,) = _attacks(offline_extract, "قتل مدنيان خلال هجوم بقذائف الهاون على قرية في ناحية العظيم أمس.")
    assert c.killed == 2


def test_airstrike_is_never_flown_by_an_armed_group(offline_extract):
    attacks = _attacks(offline_extract, "شن تنظيم داعش هجوما على قرية في قضاء الحويجة رغم الضربات الجوية المستمرة، "
                          "ما أسفر عن مقتل أربعة مدنيين.")
    assert attacks
    assert all(not (a.attack_type == "airstrike" and a.perpetrator == "داعش") for a in attacks)
    (b,) = _attacks(offline_extract, "قتل خمسة من عناصر داعش بضربة جوية في قضاء القائم اليوم.")
    assert b.attack_type == "airstrike" and b.perpetrator != "داعش"


def test_a_place_outside_iraq_is_not_resolved_to_an_iraqi_one(offline_extract):
    (a,) = _attacks(offline_extract, "قتل ثلاثة أشخاص بقصف على حي القادسية في غزة أمس.")
    assert a.location is None or a.location.country == "PS"  # the world gazetteer knows Gaza (issue 12.1)
    (b,) = _attacks(offline_extract, "قتل جنديان بانفجار عبوة ناسفة في دمشق، بحسب مصدر من الأنبار.")
    assert b.location is None or b.location.governorate != "Anbar"
    # a dateline ("من لندن:") is where the story was filed, not where the event was
    (c,) = _attacks(offline_extract, "إيلاف من لندن: قتل أربعة جنود بانفجار عبوة ناسفة في قضاء الطارمية أمس.")
    assert c.location.name_en == "Tarmiyah"


def test_scope_helpers():
    words = split_document("كان يخطط لهجوم على السوق")[0].words
    assert is_hypothetical(words, 2, 3)
    words = split_document("وقع هجوم على السوق")[0].words
    assert not is_hypothetical(words, 1, 2)
    words = split_document("قتل 50 خلال شهرين من الغارات")[0].words
    assert is_aggregate(words, 0, len(words), day_dated=True)
    words = split_document("قتل 5 في الغارات اليوم")[0].words
    assert not is_aggregate(words, 0, len(words), day_dated=True)
    words = split_document("قصف في سوريا وقصف في ناحية أبي صيدا وبتركيا وقالت تركيا")[0].words
    found = [words[i] for i in foreign_places(words, 0, len(words))]
    assert found == ["سوريا", "وبتركيا"]


def test_an_armed_group_named_as_the_target_is_not_the_perpetrator(offline_extract):
    (a,) = _attacks(offline_extract, "قصفت طائرات حربية اليوم مواقع لحزب العمال الكردستاني قرب قضاء سنجار، "
                       "ما أسفر عن مقتل ستة مسلحين.")
    assert a.perpetrator != "حزب العمال الكردستاني"


@pytest.mark.parametrize("text", [
    "داهمت القوات الأمنية وكرا في قضاء الطارمية وتمكنت من قتل خمسة منهم.",
    "نفذ طيران الجيش 12 طلعة جوية في صحراء الأنبار أسفرت بمجملها عن قتل 30 من عناصر داعش.",
])
def test_operation_results_and_sortie_totals_are_not_attacks(offline_extract, text):
    assert _attacks(offline_extract, text) == []


def test_a_year_of_birth_is_not_a_toll(offline_extract):
    attacks = _attacks(offline_extract, "وبين المتهمين (سالم مواليد 1986) الذي انضم وقتل في هجوم إرهابي بمحافظة نينوى.")
    assert all(a.killed != 1986 for a in attacks)


def test_an_attack_abroad_without_toll_is_still_an_event(offline_extract):
    (a,) = _attacks(offline_extract, "انفجرت سيارة مفخخة قرب نقطة تفتيش في مدينة الحسكة أمس.")
    assert a.attack_type == "car_bomb" and a.location.country == "SY"  # a place abroad resolves (issue 12.1)


@pytest.mark.parametrize("text", [
    "لقي 480 شخصا مصرعهم خلال شهرين في محافظة الأنبار.",
    "هدد تنظيم داعش عبر مواقع التواصل الاجتماعي في بيان مصور باستهداف الملاعب في بغداد.",
    "أبطل خبراء المتفجرات عبوة ناسفة قرب مبنى المحافظة في كركوك اليوم.",
])
def test_period_tolls_far_threats_and_defused_bombs_are_not_attacks(offline_extract, text):
    assert _attacks(offline_extract, text) == []


def test_a_dated_attack_told_without_toll_or_place_stays_when_it_is_news(offline_extract):
    (a,) = _attacks(offline_extract, "أعلنت السلطات أن قذائف هاون سقطت فجر اليوم قرب مقر عسكري دون وقوع إصابات.")
    assert a.attack_type == "shelling" and a.date == "2018-06-10"


def test_a_running_total_since_the_start_of_a_campaign_is_not_one_attack(offline_extract):
    assert _attacks(offline_extract, "وقتل أكثر من 900 مقاتل منذ بدء الهجوم على المنطقة، وفق مصادر محلية.") == []


def test_an_attack_in_an_unknown_village_and_a_group_that_managed_to_kill(offline_extract):
    (a,) = _attacks(offline_extract, "وخطف مسلحون شرطيين في قرية باتيكول الأسبوع الماضي.")
    assert a.attack_type == "kidnapping"
    (b,) = _attacks(offline_extract, "هاجم فصيل مسلح معسكرا للجيش قرب الحدود، وتمكن من قتل 13 من الحراس وجرح 5 آخرين.")
    assert (b.killed, b.injured) == (13, 5)


def test_the_deadliest_of_several_attacks_keeps_its_toll(offline_extract):
    attacks = _attacks(offline_extract, "وضرب أعنف الهجمات دموية حي الشعب شمالي العاصمة، حيث أدى تفجير عربة مفخخة إلى مقتل "
                          "19 شخصا وإصابة 43 بجروح.")
    assert [(a.attack_type, a.killed, a.injured) for a in attacks] == [("car_bomb", 19, 43)]
