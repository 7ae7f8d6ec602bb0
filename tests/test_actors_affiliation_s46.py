"""Affiliation (pass 46): a commander of an army unit whose title names no body is of his country's army (the country
of a nationality adjective in his title, else the article's). Sentences written for the tests."""

from __future__ import annotations


def _person(offline_extract, text, name):
    found = {a.name: a for a in offline_extract(text).actors}
    assert name in found, found
    return found[name]


def test_brigade_commander_in_news_of_yemen(offline_extract):
    text = "وأوضح قائد اللواء 19 مشاة العميد مراد العوبلي أن قواته استعادت مواقع في مديرية نهم شرق صنعاء اليمنية."
    assert _person(offline_extract, text, "مراد العوبلي").affiliation == "Yemeni Army"


def test_adjective_in_title_names_the_country(offline_extract):
    text = "وقال قائد الكتيبة 33 المكلفة بحماية الحدود الإسرائيلية العقيد يوآف برنر إن الوحدة رفعت جاهزيتها."
    assert _person(offline_extract, text, "يوآف برنر").affiliation == "Israeli army"


def test_named_militia_brigade_keeps_its_group(offline_extract):
    text = "وقال قائد لواء الصماد التابع لميليشيا الحوثي أبو حسين المؤيدي إن مقاتليه يتقدمون في صعدة."
    assert _person(offline_extract, text, "أبو حسين المؤيدي").affiliation == "Houthis"


def test_security_unit_is_no_army(offline_extract):
    text = "وقال قائد لواء الأمن الخاص الثاني العميد سالم العتيبي إن الدوريات انتشرت في الرياض السعودية."
    assert _person(offline_extract, text, "سالم العتيبي").affiliation != "Saudi Army"
