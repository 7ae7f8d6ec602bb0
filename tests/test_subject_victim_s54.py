"""One person written as the subject before the verb of death is the target, pass 54
(``roles_victims.SUBJECT_VICTIM``): "أن فتى فلسطينيا قتل برصاص" -> "فتى فلسطينيا"; "وكانت الممرضة الفلسطينية
المتطوعة قد قتلت" -> "الممرضة الفلسطينية المتطوعة". A noun of nobody ("شخصا") and the attacker's own noun give none.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_victims

_READ = [
    ("قال مسؤول في المستشفى إن فتى فلسطينيا قتل مساء الخميس برصاص جنود إسرائيليين عند الحدود شمال قطاع غزة.",
     "فتى فلسطينيا"),
    ("وكانت الممرضة الفلسطينية المتطوعة قد قتلت برصاص جندي إسرائيلي يوم الاثنين شرق مدينة دير البلح.",
     "الممرضة الفلسطينية المتطوعة"),
    ("ذكرت مصادر طبية بأن طفلا فلسطينيا توفي صباح الأحد متأثرا بجروح خطيرة أصيب بها برصاص الجيش الإسرائيلي "
     "قرب مدينة خان يونس.", "طفلا فلسطينيا"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "victim"), _READ)
def test_the_subject_before_the_verb_of_death_is_the_target(offline_extract, monkeypatch, on, text, victim):
    monkeypatch.setattr(roles_victims, "SUBJECT_VICTIM", on)
    (a,) = offline_extract(text).attacks
    assert a.target == (victim if on else None)


def test_a_noun_of_nobody_gives_none(offline_extract):
    for a in offline_extract("قالت الشرطة إن شخصا قتل في انفجار عبوة ناسفة بمدينة كركوك.").attacks:
        assert a.target is None


def test_the_active_verb_keeps_its_object(offline_extract):
    (a,) = offline_extract("أفادت الشرطة أن رجلا قتل بالرصاص شرطيين أمام مصرف في مدينة أنتويرب.").attacks
    assert a.target == "شرطيين"
