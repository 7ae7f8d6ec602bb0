"""Pass 54 (attack precision on unseen news, fifth audit): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_cues as ac
from marsad.core.arabic import normalize


def _words(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2021-04-11").attacks


# PLURAL_PRACTICE: "عمليات" + an attack word names a kind of act done many times, not one incident -----------------

INVOLVED = "وقالت الوزارة في بيانها إن المطلوب ضالع في عمليات إعدام وتعذيب في مدينة الرقة."
ACCUSED = "وتحدث التقرير الأممي عن تورط الجماعة في عمليات اغتيال في العاصمة بغداد."
LISTED = "وتساءل المشاركون عن التطرف الذي قاد إلى مجازر وعمليات خطف صحفيين في سوريا والعراق."
DONE = "وشنت الطائرات أمس عمليات قصف على مواقع المسلحين في مدينة الرقة."
COUNTED = "وأسفرت عمليات قصف على بلدة الحويجة عن مقتل 12 مدنيا."
MISSION = "وحلقت المروحيات فوق جبال صعدة بهدف تنفيذ عمليات قصف ضد مواقع المسلحين."


def test_a_plural_of_acts_is_a_practice():
    w = _words(INVOLVED)
    assert ac._plural_practice(w, 0, w.index(normalize("إعدام")))
    w = _words(ACCUSED)
    assert ac._plural_practice(w, 0, w.index(normalize("اغتيال")))


def test_a_plural_of_acts_carried_out_is_no_practice():
    w = _words(DONE)
    assert not ac._plural_practice(w, 0, w.index(normalize("قصف")))
    w = _words(MISSION)
    assert not ac._plural_practice(w, 0, w.index(normalize("قصف")))  # its verb noun: "تنفيذ عمليات"


def test_practices_give_no_attack(offline_extract):
    for text in (INVOLVED, ACCUSED, LISTED):
        assert _attacks(offline_extract, text) == [], text


def test_acts_done_or_counted_keep_their_attack(offline_extract):
    assert len(_attacks(offline_extract, DONE)) == 1
    assert len(_attacks(offline_extract, COUNTED)) == 1


def test_plural_practice_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "PLURAL_PRACTICE", False)
    for text in (INVOLVED, ACCUSED, LISTED):
        assert len(_attacks(offline_extract, text)) == 1, text


def test_an_adjective_of_the_operations_is_not_the_practice():
    w = _words("وقالت الشرطة إن المسلحين يخططون لعمليات انتحارية في المدينة")
    assert not ac._plural_practice(w, 0, w.index(normalize("انتحارية")))
    w = _words("واتهم التقرير الحراس بالمشاركة في عمليات تصفية للسجناء")
    assert ac._plural_practice(w, 0, w.index(normalize("تصفية")))


# PRACTICE_ONGOING (review M5): acts going on, undergone or witnessed on a day are incidents --------------------------

GOING_ON = "واستمرت عمليات القصف على قرية البشير جنوب كركوك لليوم الرابع."
UNDERGOING = "ويتعرض حي الزهراء في مدينة الموصل منذ صباح اليوم لعمليات قصف بالهاون."
WITNESSED = "وشهدت مدينة البصرة أمس عمليات اغتيال طالت اثنين من المحامين."


def test_acts_going_on_or_undergone_are_no_practice():
    for text, word in ((GOING_ON, "القصف"), (WITNESSED, "اغتيال")):  # (UNDERGOING: its day keeps it, below)
        w = _words(text)
        assert not ac._plural_practice(w, 0, w.index(normalize(word))), text


def test_acts_going_on_undergone_or_witnessed_keep_their_attack(offline_extract):
    for text in (GOING_ON, UNDERGOING, WITNESSED):
        assert len(_attacks(offline_extract, text)) == 1, text


def test_practice_ongoing_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "PRACTICE_ONGOING", False)
    for text in (GOING_ON, UNDERGOING, WITNESSED):
        assert _attacks(offline_extract, text) == [], text


def test_a_practice_stays_a_practice_with_the_wider_reach(offline_extract):
    text = "وقال المتحدث إن الرجل الذي اعتقلته القوات ضالع في عمليات اغتيال في بغداد."
    assert _attacks(offline_extract, text) == []
