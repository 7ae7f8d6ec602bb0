"""Pass 68, review of roles68 mended. Sentences written for these tests.

* a hashtag glued to its "لـ"/"بـ" with no space ("لـ#الحوثيين") is written in words, and "بـ" is glued to its tag
  as "لـ" is ("بـ #داعش" -> "بداعش"; ``roles_targets._unhashtagged``);
* the subject of a verb between the verb and an object marked accusative by its -ا ("هاجمت الخلية مركزا"، "هاجمت
  عصابة مسلحة مركزا") is no part of the target (``roles_objects._subject_before_accusative``);
* a time of day opening the object, hedged or not ("حوالي منتصف الليل"، "نحو الساعة العاشرة") is no part of the target
  (``roles_targets._opening_time``);
* "في وقت سابق/لاحق/متأخر" between the verb (or its subject) and the object is no part of it
  (``roles_objects._adverbial_end``).
"""

from __future__ import annotations

from marsad.agent.offline.roles_targets import _unhashtagged, _without_manner
from tests.one_attack import only_attack

# -- hashtags glued to their preposition ---------------------------------------------------------------------


def test_a_tag_glued_to_lam_without_a_space(offline_extract):
    text = "وقصفت مقاتلات التحالف فجر الأحد تحصينات لـ#الحوثيين في مديرية صرواح غرب مأرب."
    assert only_attack(offline_extract, text).target == "تحصينات للحوثيين"


def test_glued_tag_forms():
    assert _unhashtagged("مخازن لـ#الميليشيات_الحوثية") == "مخازن للميليشيات الحوثية"
    assert _unhashtagged("أوكار ل#داعش") == "أوكار لداعش"
    assert _unhashtagged("مقرات بـ #داعش") == "مقرات بداعش"
    assert _unhashtagged("مقرات بـ#الحوثيين") == "مقرات بالحوثيين"
    assert _unhashtagged("آليات تابعة بـ حماس") == "آليات تابعة بـ حماس"  # no tag: as written


# -- the subject of a verb before an accusative object --------------------------------------------------------


def test_a_definite_subject_before_an_accusative_object(offline_extract):
    text = "وهاجمت الخلية فجر اليوم مقرا للشرطة الاتحادية في قضاء الحويجة وقتلت ثلاثة من منتسبيه."
    assert only_attack(offline_extract, text).target.startswith("مقرا للشرطة")


def test_an_indefinite_subject_with_its_adjective(offline_extract):
    text = "هاجمت عصابة مسلحة حاجزا للجيش على طريق بعقوبة وأصابت جنديين."
    assert only_attack(offline_extract, text).target.startswith("حاجزا للجيش")


def test_a_definite_object_before_an_adverb_stays_the_object(offline_extract):
    text = "وقصفت المدفعية التركية القرى الحدودية مجددا في قضاء زاخو."
    assert only_attack(offline_extract, text).target == "القرى الحدودية"


def test_the_acts_own_noun_is_no_object(offline_extract):
    text = "وهاجمت الخلية المعسكر هجوما واسعا وقتلت خمسة جنود."
    assert not only_attack(offline_extract, text).target.startswith("هجوما")


# -- a time of day opening the object -------------------------------------------------------------------------


def test_a_hedged_midnight_before_the_object(offline_extract):
    text = "وهاجم مسلحون مجهولون حوالي منتصف الليل نقطة تفتيش للجيش في ناحية العظيم."
    assert only_attack(offline_extract, text).target.startswith("نقطة تفتيش")


def test_opening_time_forms():
    assert _without_manner("نحو الساعة العاشرة مساء مواقع للمسلحين") == "مواقع للمسلحين"
    assert _without_manner("الساعة 11 ليلا حاجزا للشرطة") == "حاجزا للشرطة"
    assert _without_manner("منتصف الطريق بين المدينتين") == "منتصف الطريق بين المدينتين"  # a place, not a time
    assert _without_manner("الساعة الثالثة") == "الساعة الثالثة"  # nothing after it: as written


# -- "في وقت سابق" between the verb and its object ------------------------------------------------------------


def test_an_earlier_time_before_the_object(offline_extract):
    text = "وكان مسلحون قد هاجموا في وقت سابق مخفرا للشرطة في قضاء المقدادية وأحرقوا عجلتين."
    assert only_attack(offline_extract, text).target.startswith("مخفرا للشرطة")


def test_an_earlier_time_after_the_subject(offline_extract):
    text = "هاجمت الخلية في وقت سابق مخفرا للشرطة في قضاء المقدادية وقتلت اثنين من منتسبيه."
    assert only_attack(offline_extract, text).target.startswith("مخفرا للشرطة")
