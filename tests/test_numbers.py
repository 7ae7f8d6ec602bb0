"""Arabic quantities: digits, number words in their forms, hedges, dual nouns, vague quantities."""

from __future__ import annotations

import pytest

from marsad.agent.numbers import read_quantity
from marsad.core.arabic import tokenize


@pytest.mark.parametrize("text,value", [
    ("13 شرطيا", 13), ("١٣ شرطيا", 13), ("ثلاث عبوات", 3), ("ثلاثة جنود", 3), ("خمسة وعشرين قتيلا", 25),
    ("ثلاثة عشر جنديا", 13), ("إحدى عشرة امرأة", 11), ("اثنا عشر", 12), ("مائتين", 200), ("مئتي شخص", 200), ("مائتا جندي", 200),
    ("ثلاث مئة جندي", 300), ("خمس مائة", 500), ("ألفين وثلاث مئة", 2300), ("مئة وخمسون", 150),
    ("ألف وخمسمائة", 1500), ("أكثر من 10", 10), ("ما لا يقل عن أربعة", 4), ("نحو 50", 50), ("جنديين", 2),
    ("5 آلاف قتيل", 5000), ("عشرين", 20),
])
def test_values(text, value):
    q = read_quantity(tokenize(text), 0)
    if value is None:
        assert q is None
    else:
        assert q is not None and q.value == value and not q.vague


@pytest.mark.parametrize("text", ["العشرات من المدنيين", "عدد من أفراد الشرطة", "عشرات الجرحى", "المئات", "عدة هجمات"])
def test_vague_quantities_have_no_value(text):
    q = read_quantity(tokenize(text), 0)
    assert q is not None and q.vague and q.value is None


def test_no_quantity_on_ordinary_words():
    assert read_quantity(tokenize("الشرطة الاتحادية"), 0) is None
