"""Casualty counts as real Arabic news states them, on sentences written for these tests.

Each case is one way news reports a toll that the offline reader once got wrong: a count that
belongs to the other kind ("قتل ثلاثة جنود وأصيب آخر"), a dual or an ordinal ("قتل مدنيان"،
"وإصابة ثالث"), a victim with companions, a toll that mixes in the attackers, an explicit zero.
"""

from __future__ import annotations

import pytest


def _tolls(offline_extract, text):

    attacks = offline_extract(text, published="2019-04-02").attacks
    assert attacks, text
    return attacks[0].killed, attacks[0].injured


@pytest.mark.parametrize("text,killed,injured", [
    # the other kind's count is not taken back: "ثلاثة" is the killed count, "آخر" is one injured
    ("قتل أربعة عناصر من الشرطة وأصيب آخر بانفجار عبوة ناسفة على طريق في قضاء الشرقاط.", 4, 1),
    ("أسفر انفجار عبوة ناسفة عن مقتل شرطيين اثنين وإصابة ثالث في حي الزهراء بالموصل.", 2, 1),
    ("أسفر الهجوم عن مقتل ما يقارب من 15 من عناصر الحماية وإصابة آخرين في مدينة الرمادي.", 15, None),
    # the same kind's count after a hedge is still its count
    ("قتل 9 مدنيين على الأقل وأصيب أكثر من 30 من المتسوقين جراء قذائف هاون سقطت على سوق الخضار في الفلوجة.", 9, 30),
    # nominative duals of nisba nouns, and dual verbs after the counted people
    ("قتل عراقيان وأصيب خمسة آخرون بانفجار سيارة مفخخة في ساحة الطيران ببغداد.", 2, 5),
    ("قال مصدر أمني إن شخصين قتلا وأصيب ستة بجروح في اشتباكات وسط مدينة سامراء.", 2, 6),
    # "خلاله" between the verb and its count; a count before a verb that opens the sentence's frame
    ("وقع الهجوم المسلح الذي قتل خلاله 6 أشخاص وأصيب 11 في ناحية العظيم مساء الأحد.", 6, 11),
    ("أعلن محافظ ديالى أن سبعة أشخاص على الأقل قتلوا وأصيب 20 آخرون في تفجير انتحاري بسوق بعقوبة.", 7, 20),
    # a counted noun opening its own frame: "إلى 25 قتيلا"
    ("ارتفعت حصيلة قصف مدفعي استهدف بلدة تلعفر إلى 25 قتيلا على الأقل بينهم أربعة أطفال و40 جريحا.", 25, 40),
])
def test_counts_beside_the_other_kind(offline_extract, text, killed, injured):
    assert _tolls(offline_extract, text) == (killed, injured)


@pytest.mark.parametrize("text,killed,injured", [
    # "hit" verbs count people only
    ("هاجم مسلحون حاجزا للجيش في الطارمية فقتلوا جنديين وأصابوا ثلاثة آخرين.", 2, 3),
    ("شنت طائرات التحالف 12 غارة جوية أصابت مواقع التنظيم قرب الموصل.", None, None),
    # an injured woman and her two children: three
    ("أصيبت امرأة مع طفليها بانفجار لغم أرضي في قرية قرب قضاء سنجار.", None, 3),
])
def test_hit_verbs_and_companions(offline_extract, text, killed, injured):
    assert _tolls(offline_extract, text) == (killed, injured)


@pytest.mark.parametrize("text", [
    # a figure that holds the attackers is no victims' count (guidelines §4, D-7)
    "أفادت الشرطة بمقتل نحو 12 شخصا، معظمهم من الانتحاريين، في هجوم بسيارتين مفخختين قرب مبنى المحافظة في تكريت.",
    # a named victim with a vague number of others (D-20)
    "لقي قائد ميداني مصرعه مع عدد من مرافقيه في كمين نصبه مسلحون قرب بيجي.",
])
def test_no_count_when_the_figure_is_mixed_or_vague(offline_extract, text):
    killed, _ = _tolls(offline_extract, text)
    assert killed is None


def test_companion_with_a_stated_number(offline_extract):
    text = "لقي ضابط في الجيش مصرعه مع ثلاثة من مرافقيه بانفجار عبوة ناسفة على طريق في قضاء طوزخورماتو."
    assert _tolls(offline_extract, text)[0] == 4


@pytest.mark.parametrize("text,killed,injured", [
    ("سقطت ثلاث قذائف هاون على قرية في قضاء خانقين دون أن تسفر عن وقوع إصابات.", 0, 0),
    ("انفجرت عبوة ناسفة قرب دورية للشرطة في ناحية جلولاء دون وقوع قتلى.", 0, None),
])
def test_explicit_zero(offline_extract, text, killed, injured):
    assert _tolls(offline_extract, text) == (killed, injured)


def test_an_unknown_toll_is_no_zero(offline_extract):
    text = "سقطت قذيفة هاون على منزل في ناحية العظيم ولم تعرف حصيلة الضحايا حتى الآن."
    assert _tolls(offline_extract, text) == (None, None)


def test_subject_person_of_a_singular_kill_verb(offline_extract):
    text = "وقالت الشرطة إن مزارعا، في الخمسين من العمر، قتل بنيران قناص قرب قضاء الدبس."
    assert _tolls(offline_extract, text)[0] == 1


@pytest.mark.parametrize("text,killed,injured", [
    # a singular counted noun with no number is one person
    ("استهدف هجوم بسكين مارة في شارع تجاري ببغداد وأوقع قتيلا وثلاثة جرحى.", 1, 3),
    # a definite person noun with a name after it is one victim
    ("أسفر قصف بقذائف الهاون على حي سكني في قضاء المقدادية عن مقتل المواطن أحمد جاسم وإصابة اثنين آخرين.", 1, 2),
    ("اقتحم مسلح مصرفا في مدينة الكوت وقتل رهينتين قبل أن تعتقله الشرطة.", 2, None),
])
def test_singular_definite_and_dual_victims(offline_extract, text, killed, injured):
    assert _tolls(offline_extract, text) == (killed, injured)


def test_one_figure_for_both_kinds_is_no_killed_count(offline_extract):
    text = "سقط نحو 40 عنصرا من التنظيم بين قتيل وجريح إثر غارات جوية على مواقعهم قرب قضاء القائم."
    assert _tolls(offline_extract, text) == (None, None)


def test_a_named_victim_is_one(offline_extract):
    text = "أعلن الجيش الأمريكي عن مقتل سالم الدليمي، القيادي في تنظيم داعش، بغارة جوية قرب مدينة القائم."
    assert _tolls(offline_extract, text)[0] == 1


def test_a_counter_terrorism_force_is_no_militant_group(offline_extract):
    text = "وقتل اثنان من عناصر قوة مكافحة الإرهاب بانفجار عبوة ناسفة استهدفت عربتهما المدرعة قرب قضاء الطارمية."
    assert _tolls(offline_extract, text)[0] == 2


@pytest.mark.parametrize("text,killed", [
    # a range keeps its lower bound (the conservative figure)
    ("أسفر انفجار سيارة مفخخة في سوق شعبي بمدينة الصدر عن مقتل ما بين 8 و12 شخصا.", 8),
    # a part counted out of a total: the total is the toll
    ("قتل أربعة جنود من بين 11 شخصا قتلوا بانفجار عبوة ناسفة على طريق في قضاء الدور.", 11),
])
def test_ranges_and_totals_after_a_part(offline_extract, text, killed):
    assert _tolls(offline_extract, text)[0] == killed
