"""Roles, session 20: general causes of a missing perpetrator found on fresh development articles.

- a doer noun ("مسلحين"، "انتحاري") tied to a group by a word of belonging ("تابعين لـ"، "ينتمي إلى"، "يتبعون")
  stands for that group when it is told as the doer, as a fighting unit does (``DOER_AFFILIATES``).

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
