"""Pass 51 (attack precision on unseen news, second audit): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import scope


def _attacks(offline_extract, text: str):
    return offline_extract(text, published="2021-04-11").attacks


# EXAMPLE: violence given as a writer's example, with no day and no figure of its own, is no incident ---------------

EXAMPLES = [
    "ويستغل التنظيم فتاوى التكفير، كما حدث على سبيل المثال حين قام مسلحوه بإعدام عدد من الأئمة في القرى التي يحكمها.",
    "هكذا اغتيل الروائي المعروف مثلا، لأن قاتله لم يقرأ كتبه قط.",
    "ففي الحرب الأهلية على سبيل المثال، عاش آلاف الصغار تحت القصف بلا مأوى ولا مدارس.",
]
DATED_EXAMPLE = "ففي الأسبوع الماضي مثلا قتل 5 أشخاص في تفجير سوق المدينة الخميس."


def test_an_example_is_no_incident(offline_extract):
    for text in EXAMPLES:
        assert _attacks(offline_extract, text) == [], text


def test_an_example_with_its_day_and_toll_stays(offline_extract):
    assert len(_attacks(offline_extract, DATED_EXAMPLE)) == 1


def test_example_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(scope, "EXAMPLE", False)
    assert [len(_attacks(offline_extract, text)) for text in EXAMPLES[:2]] == [1, 1]


def test_is_example_reads_the_marker_and_no_day():
    assert scope.is_example(["هكذا", "قتل", "الكاتب", "مثلا"])
    assert scope.is_example(["وعلي", "سبيل", "المثال", "قصف", "الحي"])
    assert not scope.is_example(["مثلا", "قتل", "الكاتب", "امس"])
    assert not scope.is_example(["مثلا", "قتل", "5", "اشخاص"])
    assert not scope.is_example(["قتل", "الكاتب", "في", "المثال"])
