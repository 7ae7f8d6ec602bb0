"""Recall rules of session 11: incidents told in ways the extractor did not read (sentences written for these tests)."""

import pytest


def _types(records) -> list[str]:
    return [a.attack_type for a in records.attacks]


# --- "استهدف" told with its means or by gunmen (frames._targeted) ---------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("استهدف المسلحون الحوثيون مطار المخا بالصواريخ صباح أمس دون وقوع أضرار.", "shelling"),
    ("واستهدفت الميليشيا أحياء مدينة الضالع بقذائف الهاون مساء الأحد.", "shelling"),
    ("استهدف مسلحون مجهولون سيارة مدير الناحية في قضاء الشرقاط مساء أمس.", None),
    ("استهدفت عناصر التنظيم رتلا عسكريا بسيارة مفخخة قرب مدينة بيجي صباح اليوم.", "car_bomb"),
])
def test_targeted_with_means_or_gunmen_is_an_attack(offline_extract, text, kind):
    records = offline_extract(text)
    assert len(records.attacks) == 1
    if kind is not None:
        assert records.attacks[0].attack_type == kind


@pytest.mark.parametrize("text", [
    "استهدف الوزير في خطابه المعارضة بانتقادات حادة.",
    "استهدفت موازنة العام المقبل قطاع الصحة بمخصصات إضافية.",
    "استهدفت الحملة الأمنية أوكار المطلوبين في حي النصر.",
])
def test_targeted_without_means_or_gunmen_is_no_attack(offline_extract, text):
    assert offline_extract(text).attacks == []


# --- a launch whose projectile is aimed further off (frames._launch) ----------------------------------------------

def test_launch_with_subject_time_and_count_before_an_aimed_projectile(offline_extract):
    text = "وأطلقت الفصائل المسلحة في القطاع، مساء الاثنين، نحو 15 صاروخا باتجاه بلدات النقب الغربي."
    assert _types(offline_extract(text)) == ["shelling"]


def test_aimed_launch_counts_a_projectile_word_of_its_own(offline_extract):
    text = "وأطلقت الوحدات المتمركزة في التلال، ليل السبت الأحد، نحو 12 مقذوفا باتجاه مواقع الجيش."
    assert _types(offline_extract(text)) == ["shelling"]


@pytest.mark.parametrize("text", [
    "أطلقت كوريا الشمالية صباح الأحد صاروخين باتجاه بحر اليابان.",
    "أطلق رئيس الوزراء صباح اليوم في العاصمة مبادرة جديدة على مستوى المنطقة.",
    "وانتقد الوزير إطلاق الجماعة المدعومة من الخارج، الصواريخ على المدن المجاورة.",
])
def test_far_launch_needs_an_indefinite_projectile_aimed_at_land(offline_extract, text):
    assert offline_extract(text).attacks == []


# --- a killing "على أيدي" a group, and an aside on the incident's place (attacks_cues._place_aside) ------------------------

def test_killing_at_the_hands_of_a_group_is_violence(offline_extract):
    text = "أعلنت السلطات مقتل تسعة قرويين على أيدي جماعة متطرفة، الخميس، في جنوب تنزانيا."
    (attack,) = offline_extract(text, published="2019-03-09").attacks
    assert attack.killed == 9


def test_period_told_of_the_place_leaves_the_incident(offline_extract):
    text = ("أعلنت الشرطة مقتل أربعة مزارعين على أيدي مسلحين، الخميس، في جنوب الإقليم، حيث تكررت الهجمات "
            "خلال الأسابيع الماضية.")
    (attack,) = offline_extract(text, published="2019-03-09").attacks
    assert attack.killed == 4
    assert not attack.background


def test_period_told_of_the_incident_itself_is_still_a_total(offline_extract):
    text = "قتل أربعون مدنيا في هجمات متفرقة خلال الأسابيع الماضية في جنوب الإقليم."
    assert offline_extract(text, published="2019-03-09").attacks == []


# --- a bomb or grenade thrown by someone (frames fire_verbs/fire_objects) -------------------------------------------

def test_grenade_thrown_by_unknown_men_is_an_attack(offline_extract):
    text = "ألقى مجهولون قنبلة يدوية على منزل مهندس في مدينة الكوت مساء أمس."
    assert len(offline_extract(text).attacks) == 1


@pytest.mark.parametrize("text", [
    "ألقى المحافظ كلمة في حفل افتتاح المستشفى الجديد.",
    "ألقت قوات الأمن القبض على أربعة مطلوبين في حي الزهراء.",
])
def test_throwing_verbs_without_a_bomb_are_no_attack(offline_extract, text):
    assert offline_extract(text).attacks == []
