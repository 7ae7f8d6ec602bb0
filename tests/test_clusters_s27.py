"""Session 27: one record per incident (attacks_clusters, attacks_incidents, lexicons of data/attacks.json)."""

from __future__ import annotations


def test_disaster_story_toll_is_no_attack(offline_extract):
    # a story a disaster agency tells: a toll the police give with no word of violence is no attack
    text = ("أعلنت الشرطة المحلية في الإقليم مقتل تسعة أشخاص وإصابة خمسة آخرين في القرية الجبلية. "
            "وقال متحدث باسم هيئة الكوارث إن فرق الإنقاذ ما زالت تبحث عن مفقودين.")
    assert not offline_extract(text).attacks


def test_disaster_agency_leaves_a_told_attack(offline_extract):
    text = ("قتل مسلحون تسعة أشخاص في هجوم على القرية الجبلية. "
            "وقال متحدث باسم هيئة الكوارث إن فرق الإنقاذ ما زالت تبحث عن مفقودين.")
    assert len(offline_extract(text).attacks) == 1
