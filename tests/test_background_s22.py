"""Attacks, session 22 (past context): "قبل ساعات من <حدث>" orders an event before another one, it does not date it
back from publication, so the event told with it is not past context and the halves of one sentence's incident
stay one record. Sentences written for the tests (days, places and numbers made up)."""

from __future__ import annotations

from marsad.agent.offline import attacks_dates

_BEFORE_OTHER = ("قتل 14 متظاهرا وأصيب ما يزيد على 300 آخرين برصاص قوات الأمن، الخميس، خلال المواجهات على أطراف "
                 "مدينة الناصرية قبل ساعات من افتتاح المؤتمر الدولي في العاصمة.")
_AGO = "وكانت عبوة ناسفة قد انفجرت قبل ساعات في سوق مدينة الناصرية ما أدى إلى مقتل شخصين."


def test_span_before_another_event_is_news(offline_extract):
    found = offline_extract(_BEFORE_OTHER, published="2019-11-21")
    assert len(found.attacks) == 1
    attack = found.attacks[0]
    assert not attack.background
    assert attack.killed == 14


def test_switch_off_splits_the_incident(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "AGO_BEFORE", False)
    found = offline_extract(_BEFORE_OTHER, published="2019-11-21")
    assert len(found.attacks) == 2 or any(a.background for a in found.attacks)


def test_before_other_reading():
    assert attacks_dates._before_other(["قبل", "ساعات", "من", "افتتاح"], 0)
    assert attacks_dates._before_other(["قبل", "3", "ايام", "علي", "الانتخابات"], 0)
    assert not attacks_dates._before_other(["قبل", "اكثر", "من", "عام"], 0)
    assert not attacks_dates._before_other(["قبل", "ساعات", "في", "سوق"], 0)


def test_hours_ago_is_still_told(offline_extract):
    found = offline_extract(_AGO, published="2019-11-21")
    assert found.attacks


_REPORTED = ("قصفت طائرات حربية مواقع للمسلحين في بلدة الكرمل شمال المحافظة مساء الاثنين. "
             "وكانت مصادر محلية قد أفادت بمقتل 9 مسلحين في الغارات على البلدة.")


def test_reported_before_is_the_news(offline_extract):
    found = offline_extract(_REPORTED, published="2019-11-19")
    assert not any(a.background for a in found.attacks)
    assert any(a.killed == 9 for a in found.attacks)


def test_reported_before_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_dates, "REPORTED_BEFORE", False)
    found = offline_extract(_REPORTED, published="2019-11-19")
    assert any(a.background for a in found.attacks)


def test_pluperfect_event_is_still_past(offline_extract):
    found = offline_extract("وكان مسلحون قد هاجموا حاجزا للشرطة في بلدة الكرمل وقتلوا ثلاثة من عناصره.",
                            published="2019-11-19")
    assert all(a.background for a in found.attacks)
