"""Roles, session 13: the doer a document's title names for the incident its lead tells with none.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


def test_title_names_the_kidnappers_the_lead_leaves_unnamed(offline_extract):
    records = offline_extract(
        "اختطف مسلحون 40 طالبة من مدرسة داخلية في بلدة غوبيو بولاية بورنو شمال شرق نيجيريا فجر الخميس. "
        "وتنشط جماعة بوكو حرام في هذه المنطقة منذ سنوات.",
        title="اختطاف بوكو حرام 40 طالبة من مدرسة في ولاية بورنو")
    assert _doers(records) == ["بوكو حرام"]


def test_title_shells_give_their_doer_to_the_shelling_of_the_lead(offline_extract):
    records = offline_extract(
        "سقطت قذائف على مستشفى عام في مدينة نجران مساء الثلاثاء دون وقوع إصابات. "
        "وتواصل ميليشيات الحوثي حشد عناصرها قرب الحدود.",
        title="قذائف الحوثيين تستهدف مستشفى في نجران")
    assert _doers(records) == ["الحوثيين"]


def test_no_title_no_doer(offline_extract):
    records = offline_extract(
        "سقطت قذائف على مستشفى عام في مدينة نجران مساء الثلاثاء دون وقوع إصابات. "
        "وتواصل ميليشيات الحوثي حشد عناصرها قرب الحدود.")
    assert _doers(records) == [None]


def test_a_foiled_attack_in_the_title_gives_no_doer(offline_extract):
    records = offline_extract(
        "فجر انتحاري نفسه قرب حاجز أمني عند مدخل مدينة كركوك صباح الاثنين، ما أدى إلى إصابة ثلاثة من عناصر "
        "الشرطة. وينشط تنظيم داعش في المناطق المحيطة بالمدينة.",
        title="قوات الأمن تحبط تفجيرا انتحاريا لداعش في كركوك")
    assert _doers(records) == [None]


def test_title_doer_not_named_in_the_body_is_not_taken(offline_extract):
    records = offline_extract(
        "سقطت قذائف على مستشفى عام في مدينة نجران مساء الثلاثاء دون وقوع إصابات.",
        title="قذائف الحوثيين تستهدف مستشفى في نجران")
    assert _doers(records) == [None]


def test_a_verb_after_the_count_is_no_target(offline_extract):
    records = offline_extract("قتل 6 يرجح أنهم مسلحون في غارة جوية بمحافظة مأرب مساء السبت.")
    assert [a.target for a in records.attacks] == [None]
