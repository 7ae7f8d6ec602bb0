"""The dead written as the counted noun itself are the target, pass 53 (``roles_victims.COUNTED_NOUN_VICTIM``):
"قتل فلسطينيان" -> "فلسطينيان", "قتل صحافيان فلسطينيان" -> "صحافيان فلسطينيان", "قتل فلسطيني برصاص" -> "فلسطيني".
Nouns that name nobody ("شخصان"), the dead's own noun ("قتيلين") and the dead of an event named before ("اشتباكات
قتل فيها فلسطينيان") give none.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_victims

_READ = [
    ("قتل صحافيان عراقيان خلال تغطيتهما للمظاهرات في مدينة البصرة مساء الأحد.", "صحافيان عراقيان"),
    ("قتل فلسطيني برصاص الجيش الإسرائيلي قرب مدينة الخليل صباح الثلاثاء.", "فلسطيني"),
    ("قتل شرطيان في هجوم مسلح في مدينة كركوك مساء الخميس.", "شرطيان"),
    ("قتل قناص من المتمردين في جبهة الساحل برصاص قوات الجيش مساء السبت.", "قناص"),
    ("كما لقي مسؤول التموين في الجماعة، سالم عبده، مصرعه مع عدد من مرافقيه في قصف مدفعي.",
     "مسؤول التموين"),
]

_NONE = [
    "قتل شخصان في انفجار عبوة ناسفة بمدينة الموصل مساء الجمعة.",
    "وقال المصدر إن الحصيلة حتى الآن قتيلين وخمسة جرحى في الكمين الذي نصبه المسلحون للرتل قرب مدينة درنة.",
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "victim"), _READ)
def test_the_counted_noun_is_the_target(offline_extract, monkeypatch, on, text, victim):
    monkeypatch.setattr(roles_victims, "COUNTED_NOUN_VICTIM", on)
    monkeypatch.setattr(roles_victims, "MET_DEATH_APPOSITION", False)  # pass 54 reads "لقي فلان، ...، مصرعه" first
    (a,) = offline_extract(text).attacks
    assert a.target == (victim if on else None)


@pytest.mark.parametrize("text", _NONE)
def test_a_noun_of_nobody_or_of_the_dead_is_no_target(offline_extract, text):
    for a in offline_extract(text).attacks:
        assert a.target is None


def test_the_dead_of_an_earlier_event_are_not_the_frames(offline_extract):
    text = "واستأنفت المدفعية قصف بلدة خزاعة صباح الأحد بعد مواجهات ليلية قرب السياج قتل فيها فلسطينيان."
    assert all(a.target != "فلسطينيان" for a in offline_extract(text).attacks)
