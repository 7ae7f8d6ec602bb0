"""Roles, session 20: general causes of a missing perpetrator found on fresh development articles.

- a doer noun ("مسلحين"، "انتحاري") tied to a group by a word of belonging ("تابعين لـ"، "ينتمي إلى"، "يتبعون")
  stands for that group when it is told as the doer, as a fighting unit does (``DOER_AFFILIATES``);
- a force or group right after a past "استهدف(ت)" that opens its clause is its subject, the doer
  (``AIM_SUBJECTS``); after a noun ("غارات استهدفت"، "الهجوم الذي استهدف") it is what was aimed at.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_forces


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


_HAND_FOLLOWING = ("قتل الشاب سامر ناجي مساء الجمعة في حي شعوب بصنعاء على أيدي ثلاثة مسلحين يتبعون جماعة "
                   "الحوثي بعد أن أوقفوا سيارته.")
_SUICIDE_BELONGING = ("وفجر انتحاري يشتبه في أنه ينتمي إلى تنظيم داعش حزامه وسط حشد في بلدة أقجة قلعة "
                      "الحدودية، فقتل 21 شخصا.")
_GUNMEN_AFFILIATED = "وهاجم مسلحون تابعون لحركة الشباب مركزا للشرطة في مدينة بلدوين الصومالية صباح الاثنين."


@pytest.mark.parametrize(("text", "doer"), [
    (_HAND_FOLLOWING, "الحوثيين"),
    (_SUICIDE_BELONGING, "داعش"),
    (_GUNMEN_AFFILIATED, "حركة الشباب"),
])
def test_a_doer_noun_stands_for_the_group_it_belongs_to(offline_extract, text, doer):
    assert _doers(offline_extract(text))[:1] == [doer]


def test_gunmen_of_a_group_counted_dead_are_no_doer(offline_extract):
    records = offline_extract("قتل 6 مسلحين تابعين لحركة الشباب في غارة جوية قرب بلدوين مساء الأحد.")
    assert "حركة الشباب" not in _doers(records)


@pytest.mark.parametrize("text", [_HAND_FOLLOWING, _SUICIDE_BELONGING])
def test_switch_off_leaves_the_doer_unread(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_forces, "DOER_AFFILIATES", False)
    assert _doers(offline_extract(text))[:1] == [None]


_AIM_FORCE = "واستهدفت قوات الجيش اليمني مواقع ميليشيات الحوثي في مديرية حريب بعشرات القذائف مساء الثلاثاء."
_AIM_ARTILLERY = "كما استهدفت مدفعية الجيش الوطني، بحسب المصدر، تجمعات للحوثيين شرق مدينة حرض صباح الخميس."


@pytest.mark.parametrize(("text", "doer"), [
    (_AIM_FORCE, "الجيش اليمني"),
    (_AIM_ARTILLERY, "الجيش اليمني"),
])
def test_the_force_after_a_clause_opening_aim_verb_is_the_doer(offline_extract, text, doer):
    assert _doers(offline_extract(text))[:1] == [doer]


def test_a_force_after_an_aim_verb_that_follows_a_noun_is_the_target(offline_extract):
    records = offline_extract("وقتل ثلاثة جنود في هجوم انتحاري استهدف قوات الجيش اليمني في مديرية حريب صباح الثلاثاء.")
    assert "الجيش اليمني" not in _doers(records)


@pytest.mark.parametrize("text", [_AIM_FORCE, _AIM_ARTILLERY])
def test_aim_switch_off_leaves_the_doer_unread(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_forces, "AIM_SUBJECTS", False)
    assert _doers(offline_extract(text))[:1] == [None]
