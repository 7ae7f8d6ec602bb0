"""One person written as the subject before the verb of death is the target, pass 54
(``roles_victims.SUBJECT_VICTIM``): "أن فتى فلسطينيا قتل برصاص" -> "فتى فلسطينيا"; "وكانت المسعفة الفلسطينية
الشابة قد قتلت" -> "المسعفة الفلسطينية الشابة". A noun of nobody ("شخصا") and the attacker's own noun give none.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_victims

_READ = [
    ("أعلن الناطق باسم وزارة الصحة أن فتى فلسطينيا قتل الجمعة برصاص الجيش الإسرائيلي قرب السياج شرق مدينة رفح.",
     "فتى فلسطينيا"),
    ("وكانت المسعفة الفلسطينية الشابة قد قتلت برصاصة من قناص إسرائيلي الجمعة قرب مدينة خان يونس.",
     "المسعفة الفلسطينية الشابة"),
    ("أفادت وزارة الصحة بأن طفلا فلسطينيا توفي صباح السبت متأثرا بجروح أصيب بها برصاص الجيش الإسرائيلي قرب "
     "مدينة رفح.", "طفلا فلسطينيا"),
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
    (a,) = offline_extract("ذكرت الإذاعة أن رجلا قتل بالرصاص شرطيين في وسط مدينة لييج.").attacks
    assert a.target == "شرطيين"
