"""Agreements, seventeenth pass: the border as security content. Sentences written for these tests (none from the
corpus).

Two states agreeing in a sentence about military or security matters make a security agreement. "الحدود" counts as
such a matter only when it is guarded or crossed ("أمن الحدود"، "لضبط الحدود"، "قوات الحدود"، "التسلل عبر الحدود"):
a border treaty told as the history of two states' ties draws a line, and a deal signed "on the border" is placed
there; neither is a security agreement (GUIDELINES §7: economic, naming and other deals are not annotated).
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_records


def _records(extract, text):
    return [(a.agreement_type, sorted(a.parties)) for a in extract(text).agreements]


def test_an_old_border_treaty_told_as_history_is_no_security_agreement(offline_extract):
    text = ("وبدأت العلاقات بين تونس والجزائر منذ زمن بعيد، فقبل ستين عاما وقع البلدان اتفاقية لترسيم حدودهما البرية، "
            "وساندت الجزائر تونس في أزماتها الاقتصادية.")
    assert _records(offline_extract, text) == []


def test_a_deal_signed_on_the_border_is_placed_there_not_a_security_agreement(offline_extract):
    text = "وقعت بلغاريا ورومانيا اتفاقا الأحد لتسوية خلاف قديم على اسم نهر، في بلدة تقع على الحدود بين البلدين."
    assert _records(offline_extract, text) == []


@pytest.mark.parametrize("text, kind", [
    ("اتفقت تونس والجزائر على تعزيز أمن الحدود بين البلدين.", "security_agreement"),
    ("اتفقت تونس والجزائر على التنسيق لوقف التسلل عبر الحدود بين البلدين.", "coordination"),
    ("اتفقت تونس والجزائر على نشر قوات على الحدود بين البلدين.", "security_agreement"),
])
def test_a_guarded_or_crossed_border_is_still_security_content(offline_extract, text, kind):
    assert _records(offline_extract, text) == [(kind, sorted(["تونس", "الجزائر"]))]


def test_the_switch_off_reads_any_border_as_security(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_records, "BORDER_GUARDED", False)
    text = "وقعت بلغاريا ورومانيا اتفاقا الأحد لتسوية خلاف قديم على اسم نهر، في بلدة تقع على الحدود بين البلدين."
    assert _records(offline_extract, text) == [("security_agreement", sorted(["بلغاريا", "رومانيا"]))]
