"""Pass 43: "كثيرا من" counts, it does not tell a habit.

- roles_perpetrator._habitual (switch ``HABITUAL_QUANTITY``): a word of roles.json ``habitual_quantity_words``
  ("كثيرا") right before "من" ("فقدت الجماعة كثيرا من مقاتليها") counts men or things; it no longer makes the event
  a general statement with no doer, so "جراء غارات التحالف" is read as the coalition's strikes (before, the
  coalition was left as the target). "كثيرا ما" (often) still tells a habit: no doer.

Every text here is written for these tests (how Arabic news tells such things), never corpus text.
"""

from __future__ import annotations

from marsad.agent.offline import roles_perpetrator

LOST = ("وفقدت الجماعة كثيرا من مقاتليها، بينهم 12 قتيلا، جراء غارات التحالف على مواقعها في مديرية نهم أمس.")


def _doers(offline_extract, text: str) -> list[str | None]:
    return [a.perpetrator for a in offline_extract(text).attacks]


def test_many_of_its_fighters_is_a_count(offline_extract):
    attacks = offline_extract(LOST).attacks
    assert [a.perpetrator for a in attacks] == ["التحالف العربي"]
    assert attacks[0].target != "التحالف العربي"


def test_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_perpetrator, "HABITUAL_QUANTITY", False)
    assert _doers(offline_extract, LOST) == [None]


def test_often_is_still_a_habit(offline_extract):
    text = "وكثيرا ما قتل مدنيون في غارات التحالف على مديرية نهم."
    assert _doers(offline_extract, text) == [None]


def test_reader():
    words = ["خسرت", "الجماعة", "كثيرا", "من", "مقاتليها", "جراء", "الغارات"]
    assert not roles_perpetrator._habitual(words, 0, len(words))
    words = ["وكثيرا", "ما", "تعرضت", "البلدة", "لغارات"]
    assert roles_perpetrator._habitual(words, 0, len(words))
