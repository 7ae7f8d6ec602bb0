"""Pass 70: what was hit, read from the sentence. Sentences written for these tests.

* the side whose losses an after-battle frame tells ("بعد معارك تكبد فيها المسلحون خسائر") is what the advance
  was aimed at (``roles_targets._losing_side``);
* the "على" of what was hit stands past a place told with "في"/"ب" ("أطلق مسلحون النار في مدينة كذا على موظف")
  (``roles_objects._placed_between``);
* a force followed by "على" + a verbal noun of striking is the one urged or daring to do it, never the target
  ("شجع القرار القوات على قتل المحتجين") (``roles_targets._urged_to``, data ``urged_act_masdars``), it is the doer
  (``roles_killers.urged_doer``);
* a force's advance fought the one armed group its sentence names (``roles_targets.advanced_on``);
* the victims told by their adjective ("الحداد على الضحايا الفلسطينيين") (``roles_victims.victims_adjective``);
* the projectiles fired at a place, written right after it, end it ("أطلقوا على البلدة قذائف") (``roles_targets._without_projectiles``).
"""

from __future__ import annotations

from one_attack import only_attack


def _targets(offline_extract, text: str) -> list:
    return [a.target for a in offline_extract(text).attacks]


# -- the losing side of an after-battle frame ----------------------------------------------------------------------


def test_losses_told_after_the_battle_name_the_side_fought(offline_extract):
    text = ("حقق الجيش اليمني تقدما جديدا في مديرية الملاجم بمحافظة البيضاء، بعد معارك ضارية تكبد فيها "
            "الحوثيون خسائر كبيرة في الأرواح والعتاد.")
    attack = only_attack(offline_extract, text)
    assert attack.perpetrator == "الجيش اليمني"
    assert attack.target == "الحوثيين"


def test_the_side_that_waged_the_battle_is_no_target(offline_extract):
    # guard: the doer's own side told after the battle noun is never what it attacked
    text = ("حقق الجيش اليمني تقدما جديدا في مديرية الملاجم بمحافظة البيضاء، بعد معارك ضارية تكبدت فيها "
            "قوات الجيش اليمني خسائر طفيفة.")
    assert "الجيش اليمني" not in _targets(offline_extract, text)


# -- a place told with في/ب between the fire and its "على" ------------------------------------------------------------


def test_fire_past_a_town_reaches_its_object(offline_extract):
    text = ("أطلق مسلحون مجهولون النار مساء أمس في مدينة الرمادي على موظف حكومي، مما أدى إلى إصابته بجروح.")
    assert _targets(offline_extract, text) == ["موظف حكومي"]


def test_fire_past_a_district_and_its_noun_reaches_its_object(offline_extract):
    text = "أطلق مجهولون النار ليلة الخميس في ناحية الكرمة على سيارة مدنية، وأصيب سائقها بجروح."
    assert _targets(offline_extract, text) == ["سيارة مدنية"]


# -- a force urged to strike ------------------------------------------------------------------------------------------


def test_a_force_urged_to_kill_is_not_the_target(offline_extract):
    text = "قال الوزير إن القرار شجع القوات الإسرائيلية على قتل عشرات المتظاهرين الفلسطينيين في القطاع."
    targets = _targets(offline_extract, text)
    assert targets and "الجيش الإسرائيلي" not in targets
    assert targets[0] == "المتظاهرين"


def test_a_force_urged_to_kill_is_the_doer(offline_extract):
    text = "قال الوزير إن القرار شجع القوات الإسرائيلية على قتل عشرات المتظاهرين الفلسطينيين في القطاع."
    assert [a.perpetrator for a in offline_extract(text).attacks][:1] == ["الجيش الإسرائيلي"]


# -- an advance fought against the one armed group its sentence names ------------------------------------------------


def test_an_advance_names_the_group_it_drove_out(offline_extract):
    text = ("تدور معارك عنيفة يقودها الجيش اليمني في جبهة صرواح، مع الزحف من عدة اتجاهات لتطهير ما تبقى من التلال "
            "من ميليشيات الحوثي.")
    attack = only_attack(offline_extract, text)
    assert attack.perpetrator == "الجيش اليمني"
    assert attack.target == "الحوثيين"


def test_fighting_with_no_advance_keeps_no_target(offline_extract):
    # guard: two sides fighting, nobody told advancing on the other (D-31)
    text = "تدور معارك عنيفة بين الجيش اليمني وميليشيات الحوثي في جبهة صرواح منذ فجر اليوم."
    assert _targets(offline_extract, text) in ([], [None])


# -- the victims told by their adjective -------------------------------------------------------------------------------


def test_the_victims_adjective_is_the_target(offline_extract):
    text = "أعلنت الحكومة الحداد ثلاثة أيام على الضحايا الفلسطينيين في مجزرة القطاع أمس، 40 شهيدا ومئات الجرحى."
    assert _targets(offline_extract, text) == ["الفلسطينيين"]


def test_victims_of_a_blast_give_no_adjective(offline_extract):
    # guard: "ضحايا التفجير" names the blast, no people; the market the car bomb struck stays the target
    text = "قتل عشرة أشخاص في انفجار سيارة مفخخة وسط السوق، وقال مسؤول إن أغلب ضحايا التفجير من المدنيين."
    assert _targets(offline_extract, text) == ["السوق"]


# -- the projectiles fired at a place end it ------------------------------------------------------------------------


def test_projectiles_after_the_place_are_no_part_of_it(offline_extract):
    text = "أطلق المسلحون على البلدة قذائف هاون صباح اليوم، ما أدى إلى إصابة ثلاثة مدنيين."
    assert _targets(offline_extract, text) == ["البلدة"]


def test_projectiles_after_a_named_town(offline_extract):
    text = "أطلق المتمردون على مدينة جازان صواريخ كاتيوشا مساء الأحد."
    assert _targets(offline_extract, text) == ["مدينة جازان"]


def test_missile_depots_keep_their_missiles(offline_extract):
    # guard: a projectile in construct with an indefinite noun names what was hit
    text = "استهدفت الغارات مخازن صواريخ تابعة للميليشيات في صعدة."
    assert _targets(offline_extract, text) == ["مخازن صواريخ تابعة للميليشيات"]
