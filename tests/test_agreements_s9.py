"""Agreements in real phrasing, ninth pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (seeds 305-307): an agreement pointed
back to with a demonstrative ("هذا الاتفاق"، "من هذه الاتفاقية") became a second agreement with the sides of
what it is about as parties.
"""

from __future__ import annotations

import pytest


def _agreements(extract, text, **kw):
    return [(a.agreement_type, a.status, a.parties) for a in extract(text, **kw).agreements]


def test_this_agreement_is_the_one_just_told_not_one_between_what_it_is_about(offline_extract):
    text = ("وتناولت المحادثات ما وصفه مراقبون بالاتفاق الأمني الروسي - الإسرائيلي حول الجنوب السوري، ويهدف هذا "
            "الاتفاق إلى تهدئة التوتر بين إسرائيل وإيران في سوريا.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert parties == ["روسيا", "إسرائيل"]


@pytest.mark.parametrize("back", ["الاتفاق المذكور", "الاتفاقية ذاتها", "هذه الاتفاقية"])
def test_a_demonstrative_points_back_to_the_agreement_told(offline_extract, back):
    text = ("ووقعت تركيا والولايات المتحدة اتفاقا أمنيا يسمح باستخدام قاعدة إنجرليك. "
            f"وقال مسؤول إن {back} ينص على انسحاب القوات الإيرانية من الحدود بين العراق وسوريا.")
    [(_kind, _status, parties)] = _agreements(offline_extract, text)
    assert sorted(parties) == sorted(["تركيا", "الولايات المتحدة"])
