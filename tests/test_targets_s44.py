"""Pass 44: targets. Sentences written for these tests.

* an object that ends on a group noun goes on over the group's name written in quotes right after it
  (``roles_objects.QUOTED_GROUP``);
* a clock time ends an object (``roles_objects.HOUR_ENDS_OBJECT``);
* a target written as a site the attack happened near gives way to what another sentence of the incident says
  was aimed at (``attacks_records.STATED_OVER_SITE``).
"""

from __future__ import annotations


def _target(offline_extract, text: str) -> str | None:
    (attack,) = offline_extract(text).attacks
    return attack.target


def test_a_quoted_group_name_is_part_of_the_target(offline_extract):
    text = 'شنت مقاتلات أردنية مساء الثلاثاء غارات على مواقع لتنظيم «داعش» المتشدد في بادية درعا.'
    assert _target(offline_extract, text) == "مواقع لتنظيم «داعش»"


def test_a_quote_written_apart_from_the_name_is_closed(offline_extract):
    text = "نفذ التحالف الدولي أمس 12 غارة على مواقع لتنظيم ” داعش ” في ريف الحسكة."
    assert _target(offline_extract, text) == "مواقع لتنظيم ” داعش ”"


def test_a_quote_after_a_word_that_is_no_group_still_ends_the_target(offline_extract):
    text = 'شنت مقاتلات أردنية غارات على مواقع عسكرية "حساسة" في ريف درعا الشرقي مساء الثلاثاء.'
    assert _target(offline_extract, text) == "مواقع عسكرية"


def test_a_clock_time_is_not_part_of_the_target(offline_extract):
    text = "استهدف هجوم انتحاري مبنى وزارة المالية حوالي الساعة العاشرة صباح الاثنين في العاصمة كابول."
    assert _target(offline_extract, text) == "مبنى وزارة المالية"


def test_what_was_aimed_at_beats_the_site_the_bomber_stood_near(offline_extract):
    text = ("فجر انتحاري نفسه قرب مبنى حكومي في مدينة جلال آباد صباح الخميس ما أدى إلى مقتل خمسة أشخاص. "
            "واستهدف الهجوم دائرة الجوازات أثناء دخول الموظفين، بحسب الشرطة.")
    assert _target(offline_extract, text) == "دائرة الجوازات"


def test_a_site_not_written_as_near_keeps_its_place(offline_extract):
    text = ("قصفت المدفعية مواقع المتمردين في ولاية كنر صباح الخميس ما أدى إلى مقتل خمسة مسلحين. "
            "واستهدف القصف مخازن أسلحة، بحسب الشرطة.")
    assert _target(offline_extract, text) == "مواقع المتمردين"
