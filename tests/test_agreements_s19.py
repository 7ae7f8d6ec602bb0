"""Agreements, nineteenth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 4530-4531): a side the registry does not
know, named as written after "بين" ("بين الفلسطينيين ..."، "بين المجلس المحلي ..."), was lost when the side after
it was one the registry or gazetteer knows ("وإسرائيل"، "وتنظيم القاعدة"): only a second side written with the
article or a party word opened the list. Any known side joined by "و" now does (switch
agreements_named.WRITTEN_THEN_KNOWN).
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_named


def _parties(extract, text):
    return [a.parties for a in extract(text).agreements]


@pytest.mark.parametrize(("text", "expected"), [
    ("وتم التوصل مساء الخميس إلى تهدئة بين الفلسطينيين وإسرائيل بعد يومين من القصف المتبادل على حدود القطاع.",
     ["الفلسطينيين", "إسرائيل"]),
    ("وجاءت تصريحات الوزير عقب اتفاق على وقف لإطلاق النار إثر اشتباكات بين الفلسطينيين في رفح وإسرائيل الأربعاء.",
     ["الفلسطينيين", "إسرائيل"]),
    ("وأوضح المتحدث أن هناك مشروع اتفاق بين المجلس المحلي وتنظيم القاعدة حول إدارة الميناء والمطار.",
     ["المجلس المحلي", "تنظيم القاعدة"]),
])
def test_a_written_side_before_a_known_side_is_kept(offline_extract, text, expected):
    assert _parties(offline_extract, text) == [expected]


def test_without_the_rule_the_written_side_is_lost(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_named, "WRITTEN_THEN_KNOWN", False)
    text = "وتم التوصل مساء الخميس إلى تهدئة بين الفلسطينيين وإسرائيل بعد يومين من القصف المتبادل على حدود القطاع."
    assert _parties(offline_extract, text) == [["إسرائيل"]]


def test_two_known_sides_after_between_are_unchanged(offline_extract):
    text = "ووقعت باكستان والصين اتفاقا أمنيا بين البلدين في إسلام آباد يشمل تبادل المعلومات حول الجماعات المسلحة."
    assert _parties(offline_extract, text) == [["باكستان", "الصين"]]
