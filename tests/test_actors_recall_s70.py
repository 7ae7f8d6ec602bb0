"""Actors, pass 70: states and spokesmen the reader missed. Sentences written for the tests (names, places and
numbers made up).

- A preposition with a pronoun between a verb and the state that is its subject ("التي قامت بها قطر"، "كانت
  تعترض عليه الأردن"، "رسالة اتهم فيها روسيا"): the verb before it tells the state acts.
- "ل" glued on a state's article ("سمحت للولايات المتحدة"): the state's name as after "لـ" on any other name.
- "المتحدث باسم الوزارة" then a foreign name with no article ("فريدون مهمند"): the spokesman.
"""

from __future__ import annotations


def _actor_names(records) -> set[str]:
    return {a.name for a in records.actors}


def test_state_after_a_verb_and_its_pronoun_object_acts(offline_extract):
    names = _actor_names(offline_extract("وأشاد الوزير بالوساطة التي قامت بها #قطر لوقف القتال بين الطرفين."))
    assert "قطر" in names


def test_state_after_an_imperfect_verb_and_its_pronoun_object_acts(offline_extract):
    names = _actor_names(offline_extract("وهو البند الذي كانت تعترض عليه الأردن في جولات التفاوض السابقة."))
    assert "الأردن" in names


def test_state_accused_after_a_pronoun_object_acts(offline_extract):
    names = _actor_names(offline_extract("ونشر زعيم الجماعة رسالة اتهم فيها #روسيا بتسليح المتمردين في الشمال."))
    assert "روسيا" in names


def test_pronoun_object_after_no_verb_keeps_the_place(offline_extract):
    names = _actor_names(offline_extract("وزار الوفد المدينة القديمة وتجول فيها ساعتين قبل عودته إلى الأردن."))
    assert "الأردن" not in names


def test_state_with_lam_glued_on_its_article_acts(offline_extract):
    names = _actor_names(offline_extract("وذكرت الصحيفة أن أنقرة سمحت للولايات المتحدة باستخدام قاعدتين جويتين."))
    assert "الولايات المتحدة" in names


def test_state_with_lam_glued_after_a_travel_verb_is_a_place(offline_extract):
    names = _actor_names(offline_extract("وتوجه الوفد الأمني للولايات المتحدة صباح أمس في زيارة تستمر يومين."))
    assert "الولايات المتحدة" not in names


def test_spokesman_of_a_bare_body_then_a_foreign_name(offline_extract):
    records = offline_extract("وقال المتحدث باسم الوزارة فريدون مهمند إن انتحاريا فجر نفسه أمام المدخل.")
    person = next((a for a in records.actors if a.name == "فريدون مهمند"), None)
    assert person is not None and person.type == "official"


def test_spokesman_of_a_bare_body_then_a_verb_is_no_person(offline_extract):
    names = _actor_names(offline_extract("وقال المتحدث باسم الحركة نفى الأنباء عن مقتل القائد الميداني أمس."))
    assert not any(n.startswith("نفى") or n.startswith("نفي") for n in names)


def test_state_with_lam_glued_after_a_coming_verb_is_a_place(offline_extract):
    names = _actor_names(offline_extract("وقال العامل إنه أتيت للمملكة قبل خمس سنوات للعمل في البناء."))
    assert not any("المملكة" in n for n in names)


def test_country_winning_a_match_is_its_team(offline_extract):
    names = _actor_names(offline_extract("وخسر المنتخب النهائي الثالث بعد البطولة التي فازت بها البرازيل قبل أعوام."))
    assert "البرازيل" not in names


def test_ypg_written_as_forces_is_the_ypg(offline_extract):
    records = offline_extract("وقصفت المقاتلات التركية نقطتين لقوات حماية الشعب الكردية قرب الحدود الشمالية.")
    assert any(a.type == "armed_group" and "حماية الشعب" in a.name for a in records.actors)


def test_syrian_national_defence_forces_are_an_actor(offline_extract):
    records = offline_extract("وقتل أربعة من عناصر قوات الدفاع الوطني في هجوم شنه مسلحون على حاجز قرب حماة.")
    assert any(a.type == "paramilitary" and a.name == "قوات الدفاع الوطني" for a in records.actors)


def test_houthi_women_unit_is_an_actor(offline_extract):
    records = offline_extract("واعتدت عناصر من الزينبيات على نساء محتجات أمام مبنى الجامعة في صنعاء.")
    assert any(a.name == "الزينبيات" and a.type == "armed_group" for a in records.actors)


def test_state_going_through_hardship_does_not_act(offline_extract):
    names = _actor_names(offline_extract("وزادت الصعوبات الاقتصادية التي مرت بها تونس منذ سنوات من معاناة الأسر."))
    assert "تونس" not in names


def test_gaza_interior_ministry_is_named_whole(offline_extract):
    records = offline_extract("وأعلنت وزارة الداخلية والأمن الوطني في غزة توقيف ثلاثة مشتبهين بتفجير سيارتين.")
    assert any(a.name == "وزارة الداخلية والأمن الوطني في غزة" for a in records.actors)
    assert "وزارة الداخلية" not in _actor_names(records)


def test_palestinian_interior_ministry_in_gaza_is_an_actor(offline_extract):
    records = offline_extract("وقالت وزارة الداخلية الفلسطينية في غزة إن انفجارا وقع قرب موقع للشرطة شرق المدينة.")
    assert any(a.name == "وزارة الداخلية الفلسطينية في غزة" and a.type == "government_body" for a in records.actors)


def test_bare_land_forces_in_turkish_news_are_turkey_s(offline_extract):
    records = offline_extract(
        "أنقرة - قالت الحكومة التركية إن القوات البرية قصفت مواقع المسلحين قرب الحدود الجنوبية لتركيا. "
        "وأضافت أنقرة أن الطائرات التركية شاركت في القصف على مواقع في ولاية هكاري التركية.")
    land = next((a for a in records.actors if a.name == "القوات البرية"), None)
    assert land is not None and land.type == "state_military" and land.canonical_name == "القوات البرية التركية"


def test_ground_forces_command_in_iraqi_news_is_an_actor(offline_extract):
    records = offline_extract("وقال قائد القوات البرية الفريق الركن سالم الجبوري إن قطعات الجيش تقدمت غرب الموصل.")
    assert any(a.name == "القوات البرية" and a.canonical_name == "قيادة القوات البرية العراقية" for a in records.actors)


def test_foreign_name_between_saying_verb_and_spokesman_title(offline_extract):
    records = offline_extract("كما قال بن ويلز المتحدث باسم البيت الأبيض في مؤتمر صحفي إن واشنطن تدين الهجوم.")
    person = next((a for a in records.actors if a.name == "بن ويلز"), None)
    assert person is not None and person.type == "official"


def test_name_with_a_glued_looking_first_word_before_spokesman_title(offline_extract):
    records = offline_extract("وذكر بصير كوهي المتحدث باسم الشرطة المحلية أن المصلين تجمعوا بعد صلاة العصر.")
    assert "بصير كوهي" in _actor_names(records)


def test_adverb_between_saying_verb_and_spokesman_title_is_no_name(offline_extract):
    names = _actor_names(offline_extract("وقال في بيان المتحدث باسم الشرطة إن ثلاثة قتلوا في الانفجار."))
    assert not any(n.startswith("في") for n in names)
