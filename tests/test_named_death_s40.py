"""Pass 40 (attack precision): a named man's death told again with its pronoun ("مقتله") in a later sentence that
names him is the incident told before, not a second one (attacks_roundups.named_death). Sentences written for these
tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import attacks_incidents, attacks_roundups


def _rows(offline_extract, text: str) -> list[tuple]:
    attacks = offline_extract(text, published="2018-06-10").attacks
    return [(a.location.name if a.location else None, a.killed, len(a.citations)) for a in attacks]


# the leader's death told by the army, then by officers naming him, with the town he used to lead in
RETOLD = ("أعلن الجيش العراقي يوم الثلاثاء مقتل القيادي في التنظيم أبو هاجر العيساوي بغارة جوية على مخبئه قرب "
          "بلدة الرطبة. ويرى ضباط أن أبو هاجر العيساوي كان من أخطر قادة التنظيم وسيربك مقتله عملية إعادة تنظيم "
          "الخلايا التي كان يقودها في قضاء حديثة بالأنبار.")
# the same frame, but the later sentence names another man
ANOTHER = RETOLD.replace("ويرى ضباط أن أبو هاجر العيساوي", "ويرى ضباط أن أبو بكر الراوي")
# a failed attempt on the man, and his death later
ATTEMPT = ("أصيب حارسان في محاولة اغتيال المسؤول المحلي سعد الجبوري بعبوة ناسفة انفجرت في مدينة الموصل. ويرى مراقبون أن سعد "
           "الجبوري كان من أبرز الوجهاء وسيربك مقتله عملية المصالحة التي كان يقودها في مدينة كركوك.")


def test_named_death_retold_is_one_incident(offline_extract):
    rows = _rows(offline_extract, RETOLD)
    assert len(rows) == 1
    assert rows[0][0] == "بلدة الرطبة" and rows[0][2] == 2


def test_named_death_switch_off_splits(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_incidents, "NAMED_DEATH", False)
    assert len(_rows(offline_extract, RETOLD)) == 2


def test_another_man_named_stays_apart(offline_extract):
    assert len(_rows(offline_extract, ANOTHER)) == 2


def test_survived_attempt_is_not_his_death(offline_extract):
    assert len(_rows(offline_extract, ATTEMPT)) == 2


# THE_MAN: "the man" as the subject of a death verb, right after the sentence naming him
THE_MAN = ("اغتيل العقيد ماهر الدليمي، مدير شرطة الحدود السابق، مساء الخميس في مدينة الرمادي. واغتيل الرجل المعروف "
           "بتشدده مع الخلايا النائمة بطلقات أصابت صدره، وكان المنفذون يستقلون سيارة مسرعة قرب حي الضباط في بغداد.")
# "the second man" of a council is another man
SECOND_MAN = ("اغتيل العقيد ماهر الدليمي، مدير شرطة الحدود السابق، مساء الخميس في مدينة الرمادي. واغتيل الرجل الثاني "
              "في مجلس البلدة بطلقات أصابت صدره قرب حي الضباط في بغداد.")


def test_the_man_right_after_his_naming_is_him(offline_extract):
    rows = _rows(offline_extract, THE_MAN)
    assert len(rows) == 1 and rows[0][0] == "مدينة الرمادي" and rows[0][2] == 2


def test_the_man_switch_off_splits(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_roundups, "THE_MAN", False)
    assert len(_rows(offline_extract, THE_MAN)) == 2


def test_the_second_man_stays_apart(offline_extract):
    assert len(_rows(offline_extract, SECOND_MAN)) == 2
