"""Pass 50 (attack precision on unseen news): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_cues as ac
from marsad.agent.offline import scope


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2021-04-11").attacks


# OPTION_OBJECT: a strike urged, encouraged, studied or made ready for is no incident -------------------------------

URGED = [
    "ويعارض النائب الاتفاق النووي، ويدعو إلى استهداف منشآت الوقود في مدينة حمص الأربعاء.",
    "وقال مصدر الأربعاء إن معظم مستشاري الرئيس يشجعونه على توجيه ضربة عسكرية للقوات الحكومية في ريف حلب.",
    "وكانت الرئاسة قد قالت يوم الأربعاء إنها لا تمارس الدبلوماسية عبر التغريدات، بعد تغريدات للرئيس حول الجارة التي دعاها "
    "إلى الاستعداد لضربات جوية في سوريا.",
    "وأثار الهجوم الكيماوي غضبا دوليا ودفع الحلفاء لدراسة شن ضربة عسكرية على النظام.",
]
DONE = "وقصفت الطائرات الحربية أمس منشآت الوقود في شمال البلاد."
INQUIRY = "ودعت المنظمة إلى التحقيق في الهجوم الذي استهدف قافلة المساعدات أمس قرب مدينة حماة."


def test_a_strike_urged_or_studied_is_no_incident(offline_extract):
    for text in URGED:
        assert _attacks(offline_extract, text) == [], text


def test_a_strike_done_and_an_inquiry_called_for_stay(offline_extract):
    assert len(_attacks(offline_extract, DONE)) == 1
    assert len(_attacks(offline_extract, INQUIRY)) == 1


def test_option_object_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ac, "OPTION_OBJECT", False)
    assert [len(_attacks(offline_extract, text)) for text in URGED[:3]] == [1, 1, 1]


def test_option_object_reads_only_the_cue_object():
    words = ["دعت", "الي", "التحقيق", "في", "الهجوم"]
    assert not ac._option_object(words, 0, 4)
    assert ac._option_object(["يدعو", "الي", "استهداف", "المنشات"], 0, 2)
    assert ac._option_object(["دعاها", "الي", "الاستعداد", "لضربات"], 0, 3)
    assert not ac._option_object(["يدرس", "الهجوم"], 0, 1)  # no link told: a done attack may be studied


# HOLY_SITE_INCURSION: "storming" a holy site's grounds with no violence is no attack -------------------------------

ENTERED = [
    "اقتحم مئات المستوطنين صباح الأحد ساحات المسجد الأقصى في القدس المحتلة من أحد الأبواب تحت حراسة مشددة.",
    "القدس - اقتحم وزير إسرائيلي صباح الأحد المسجد الأقصى على رأس مجموعة من المستوطنين. ودانت دائرة الأوقاف اقتحام الوزير.",
    "وتواصلت الاقتحامات الإسرائيلية للمسجد الأقصى وسط توتر شديد بين المصلين.",
]
HURT = "واقتحم مستوطنون المسجد الأقصى في القدس صباح الأحد وأصيب خمسة مصلين بالرصاص المطاطي."


def test_storming_holy_grounds_is_no_attack(offline_extract):
    for text in ENTERED:
        assert _attacks(offline_extract, text) == [], text


def test_storming_with_harm_stays(offline_extract):
    assert len(_attacks(offline_extract, HURT)) == 1


def test_holy_site_incursion_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "HOLY_SITE_INCURSION", False)
    assert [len(_attacks(offline_extract, text)) for text in ENTERED[:2]] == [1, 1]
