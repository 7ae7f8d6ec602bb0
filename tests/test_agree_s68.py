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


def test_restoring_military_relations_stays_security(offline_extract):
    """Relations of a military, security or defence kind restored are a security agreement, not a political one
    (fixactors68; review68 actors68 finding 1)."""
    recs = offline_extract("ووقعت وزارتا الدفاع في البلدين أمس اتفاقا لاستئناف العلاقات العسكرية وتنظيم دورات تدريب "
                           "مشتركة للضباط.")
    assert recs.agreements
    assert all(a.agreement_type != "political" for a in recs.agreements)


def test_normalising_security_relations_stays_security(offline_extract):
    for text in ("ووقعت تركيا وقطر اتفاقا لتطبيع العلاقات الأمنية بين البلدين بعد قطيعة دامت عامين.",
                 "ووقعت مصر والسودان اتفاقا لاستعادة علاقات عسكرية انقطعت منذ سنوات."):
        recs = offline_extract(text)
        assert recs.agreements, text
        assert all(a.agreement_type != "political" for a in recs.agreements), text


def test_restoring_diplomatic_relations_stays_political(offline_extract):
    recs = offline_extract("ووقعت تركيا وقطر اتفاقا لتطبيع العلاقات الدبلوماسية بين البلدين بعد قطيعة دامت عامين.")
    assert [a.agreement_type for a in recs.agreements] == ["political"]
