"""Agreements, pass 68: an agreement told as resuming, restoring or normalising relations is political, even when
the sentence also speaks of a military crisis or a war. Sentences written for the tests (names and numbers made up)."""

from __future__ import annotations


def test_resuming_relations_is_political(offline_extract):
    recs = offline_extract(
        "وزار رئيس الوزراء الإثيوبي إريتريا أمس ووقع اتفاقا مع الرئيس الإريتري لاستئناف العلاقات بين البلدين في "
        "خطوة تنهي أزمة عسكرية طويلة بعد حرب حدودية.")
    assert [a.agreement_type for a in recs.agreements] == ["political"]


def test_normalising_relations_is_political(offline_extract):
    recs = offline_extract("ووقعت إثيوبيا وإريتريا اتفاقا لتطبيع العلاقات بعد نزاع عسكري على الحدود دام سنوات.")
    assert all(a.agreement_type == "political" for a in recs.agreements)


def test_military_cooperation_stays_security(offline_extract):
    recs = offline_extract("ووقعت إثيوبيا وإريتريا اتفاقا أمنيا لتعزيز التعاون العسكري وحماية الحدود بين البلدين.")
    assert recs.agreements
    assert all(a.agreement_type != "political" for a in recs.agreements)
