"""Agreements in real phrasing, eleventh pass: sentences written for these tests (none from the corpus).

Judged on fresh development-slice articles outside the real-news set (/work/dbg/agrooms_s11.py, seeds 550-557) and
on every out-of-set development article a rule changes (/work/dbg/agdiff_s11.py).
"""

from __future__ import annotations

import pytest


def _agreements(extract, text, **kw):
    return [(a.agreement_type, a.status, sorted(a.parties)) for a in extract(text, **kw).agreements]


# --- de-escalation, buffer and demilitarised zones are security content ---------------------------------------

@pytest.mark.parametrize("text", [
    "واتفقت روسيا وتركيا وإيران في كازاخستان على إقامة مناطق خفض التصعيد في ريف حمص.",
    "واتفقت موسكو وأنقرة على نشر نقاط مراقبة في مناطق خفض التصعيد بمحافظة إدلب.",
    "وبموجب الاتفاق بين روسيا وتركيا أقيمت منطقة منزوعة السلاح حول مدينة إدلب.",
    "واتفقت تركيا والولايات المتحدة على إقامة منطقة عازلة على الحدود.",
])
def test_zones_of_the_war_make_a_security_agreement(offline_extract, text):
    [(kind, _status, parties)] = _agreements(offline_extract, text)
    assert kind == "security_agreement"
    assert len(parties) >= 2


def test_escalation_alone_is_not_security_content(offline_extract):
    # the word for escalation without "خفض" (de-) says nothing of what the deal holds
    text = "وصعدت الحكومة الإسرائيلية الاستيطان ردا على الاتفاق الدولي مع إيران وسط مخاوف من مزيد من التصعيد."
    assert _agreements(offline_extract, text) == []


# --- exchanges of prisoners, detainees and bodies ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("وأعلن المبعوث الأممي أن الحكومة اليمنية والحوثيين اتفقوا على صفقة لتبادل الأسرى تشمل ثمانمئة أسير.",
     ["الحكومة اليمنية", "الحوثيين"]),
    ("وجرت صفقة تبادل الأسرى بين حزب الله وجبهة النصرة قرب الحدود.", ["حزب الله", "جبهة النصرة"]),
    ("وقالت اللجنة الدولية إن اتفاق تبادل المعتقلين بين الحكومة الأفغانية وحركة طالبان سينفذ على مراحل.",
     ["الحكومة الأفغانية", "حركة طالبان"]),
])
def test_an_exchange_of_prisoners_between_two_sides_is_an_agreement(offline_extract, text, want):
    [(kind, _status, parties)] = _agreements(offline_extract, text)
    assert kind == "other"
    assert parties == sorted(want)


def test_an_exchange_needs_two_sides(offline_extract):
    text = "وتحدث الوزير عن صفقة تبادل الأسرى وقال إنها ستنجز قريبا."
    assert _agreements(offline_extract, text) == []


def test_an_exchange_of_goods_is_no_prisoner_deal(offline_extract):
    text = "ووقعت الحكومة اليمنية والحوثيون صفقة تبادل تجاري للسلع الغذائية."
    assert all(kind != "other" for kind, _status, _parties in _agreements(offline_extract, text))
