"""Pass 68: what was hit, read from the sentence. Sentences written for these tests.

* a target written with a hashtag is given in words, a "لـ" before the tag glued to it (``roles_targets.target``);
* a time adverb between the verb and its object ("قصفت فجراً مواقع") is no part of the target
  (``opening_manner_words``);
* a bare group noun after the member noun of the subject ("مسلحو التنظيم") is part of the subject
  (``roles_objects._object_span``, ``_kidnapper_end``);
* a hedged count opening the object ("نحو 40 طالبا"، "أكثر من 40 طالبا") is read past its hedge
  (``object_count_hedges``, ``roles_objects._object_span``);
* a member noun in construct ("مقاتلي"، "مسلحي") or with an adjective before "من" ("قيادات ميدانية من") takes its
  group along (``member_nouns``, ``member_adjectives``, ``roles_objects._member_group``).
"""

from __future__ import annotations

from marsad.agent.offline.roles_targets import _unhashtagged
from tests.one_attack import only_attack

# -- hashtags in the target -------------------------------------------------------------------------------------


def test_a_tag_after_lam_is_glued_to_it(offline_extract):
    text = "وشن طيران التحالف غارات على ثكنات ومخازن أسلحة لـ #الميليشيات_الحوثية في مديرية نهم."
    assert only_attack(offline_extract, text).target == "ثكنات ومخازن أسلحة للميليشيات الحوثية"


def test_a_tag_in_the_target_is_written_in_words(offline_extract):
    text = "وشن طيران التحالف غارات على مواقع #ميليشيا_الحوثي في مديرية نهم."
    assert only_attack(offline_extract, text).target == "مواقع ميليشيا الحوثي"


def test_unhashtagged_forms():
    assert _unhashtagged("مواقع لـ #ميليشيات_الحوثي") == "مواقع لميليشيات الحوثي"
    assert _unhashtagged("تعزيزات لـ #الحوثيين") == "تعزيزات للحوثيين"
    assert _unhashtagged("الجاسوس الروسي السابق #سيرغي_سكريبال") == "الجاسوس الروسي السابق سيرغي سكريبال"
    assert _unhashtagged("سيارات تابعة لـ حماس") == "سيارات تابعة لـ حماس"  # no tag: as written


# -- a time adverb before the object --------------------------------------------------------------------------


def test_dawn_before_the_object_is_dropped(offline_extract):
    text = "وقصفت الطائرات الإسرائيلية فجراً مواقع عسكرية تابعة للنظام قرب دمشق."
    assert only_attack(offline_extract, text).target == "مواقع عسكرية تابعة للنظام"


def test_night_before_the_object_is_dropped(offline_extract):
    text = "وقال الجيش إنه قصف ليلاً مواقع تدريب تابعة للفصائل شرق مدينة غزة."
    assert only_attack(offline_extract, text).target == "مواقع تدريب تابعة للفصائل"


# -- members with their group ---------------------------------------------------------------------------------


def test_fighters_in_construct_take_their_group(offline_extract):
    text = "قتل عدد من مقاتلي جماعة الحوثي في مواجهات مع وحدات الجيش شرق مدينة صعدة."
    assert only_attack(offline_extract, text).target == "مقاتلي جماعة الحوثي"


def test_gunmen_in_construct_take_their_group(offline_extract):
    text = "ولقي عشرات من مسلحي جماعة الحوثي مصرعهم في غارات للتحالف شرق مدينة صعدة."
    assert only_attack(offline_extract, text).target == "مسلحي جماعة الحوثي"


def test_field_leaders_take_their_group(offline_extract):
    text = "وأعلنت قوات الجيش مقتل 12 قيادات ميدانية من #ميليشيات_الحوثي في جبهة صرواح."
    assert only_attack(offline_extract, text).target == "قيادات ميدانية من ميليشيات الحوثي"


def test_a_member_adjective_not_before_min_stays_out(offline_extract):
    text = "وأعلنت قوات الجيش مقتل 12 قيادات ميدانية في جبهة صرواح."
    assert only_attack(offline_extract, text).target != "قيادات ميدانية في"


# -- a bare group noun after the gunmen is still the subject ------------------------------------------------------


def test_the_group_of_the_gunmen_is_no_target(offline_extract):
    text = "وهاجم مسلحو التنظيم حاجزا للجيش قرب مدينة بيجي، ما أسفر عن مقتل جنديين."
    target = only_attack(offline_extract, text).target
    assert target is not None and target.startswith("حاجزا")


def test_the_group_of_the_kidnappers_is_no_target(offline_extract):
    text = "واختطف مسلحو الجماعة 40 طالبا من مدرسة في مديرية أرحب."
    target = only_attack(offline_extract, text).target
    assert target is not None and target.startswith("40 طالبا")


# -- a hedged count opening the object ----------------------------------------------------------------------------


def test_about_forty_students_were_taken(offline_extract):
    text = "واختطف المسلحون نحو 40 طالبا من مدرسة في مديرية أرحب."
    target = only_attack(offline_extract, text).target
    assert target is not None and target.startswith("40 طالبا")


def test_more_than_forty_students_were_taken(offline_extract):
    text = "واختطف المسلحون أكثر من 40 طالبا من مدرسة في مديرية أرحب."
    target = only_attack(offline_extract, text).target
    assert target is not None and target.startswith("40 طالبا")


def test_about_twelve_positions_were_struck(offline_extract):
    text = "وقصفت الطائرات نحو 12 موقعا للمسلحين في ريف إدلب."
    assert only_attack(offline_extract, text).target == "12 موقعا للمسلحين"
