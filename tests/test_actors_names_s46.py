"""Persons (pass 46): the given name علي as written after a rank, honorific or title, and a four- or five-part name
with no family name read to its end. Sentences written for the tests."""

from __future__ import annotations

import pytest


def _persons(offline_extract, text):
    return {a.name: a for a in offline_extract(text).actors if a.type in {"official", "other"}}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("وصرح الفريق علي قنبر للصحفيين بأن الكتائب انسحبت من البلدة.", "علي قنبر", "الفريق"),
        ("وحذر وزير الاقتصاد علي حسين رمال من تراجع العملة.", "علي حسين رمال", "وزير الاقتصاد"),
        ("وأصيب في القصف القيادي الحوثي علي بن علي ناجي الذيباني مع اثنين من حراسه.", "علي بن علي ناجي الذيباني",
         "القيادي الحوثي"),
        ("وأكد رئيس التحرير علي الصبحي أن المجلة ستصدر في موعدها.", "علي الصبحي", "رئيس التحرير"),
    ],
)
def test_ali_opens_the_name(offline_extract, text, name, role):
    persons = _persons(offline_extract, text)
    assert name in persons, persons
    assert persons[name].role == role


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الزراعة علي الاقتراح المقدم إن المجلس سيدرسه.",
    ],
)
def test_preposition_spelt_ali_is_no_name(offline_extract, text):
    assert not [n for n in _persons(offline_extract, text) if n.startswith("علي")]


def test_four_part_name_without_family_runs_to_the_comma(offline_extract):
    persons = _persons(offline_extract, "ودعا الشيخ حمود مقبل ناشر دحان، أحد وجهاء المنطقة، إلى التهدئة.")
    assert "حمود مقبل ناشر دحان" in persons, persons


def test_four_part_run_stops_before_common_words(offline_extract):
    persons = _persons(offline_extract, "وقال السفير نزار مدني لن يتخلى عن موقفه، بحسب المصدر.")
    assert not [n for n in persons if "يتخلى" in n], persons
