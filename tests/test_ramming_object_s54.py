"""The object of a verb or verbal noun of ramming is the target, pass 54 (``roles_objects.RAMMING_OBJECT``):
"دهست شاحنة صغيرة 4 مارة" -> "4 مارة"; "عملية دهس للمارة" -> "المارة". "صدم" of a shock (no vehicle near it)
gives none.

Sentences written for these tests (places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects

_READ = [
    ("دهست شاحنة صغيرة 5 مارة، فجر السبت، قرب حفل موسيقي في هولندا، ما أوقع قتيلا و4 جرحى.", "5 مارة"),
    ("جرح خمسة أشخاص في عملية دهس للمارة بشاحنة في مدينة مانشستر البريطانية.", "المارة"),
    ("أصيب عدد من المارة قرب مدينة الخليل حين دهست شاحنة مجموعة تضم جنودا إسرائيليين.",
     "مجموعة تضم جنودا إسرائيليين"),
]


@pytest.mark.parametrize("on", [True, False])
@pytest.mark.parametrize(("text", "victim"), _READ)
def test_what_was_rammed_is_the_target(offline_extract, monkeypatch, on, text, victim):
    monkeypatch.setattr(roles_objects, "RAMMING_OBJECT", on)
    (a,) = offline_extract(text).attacks
    if on:
        assert a.target == victim
    else:
        assert a.target != victim


def test_a_shock_is_no_ramming(offline_extract):
    text = "قتل مسلحون ثلاثة جنود في هجوم على حاجز للجيش قرب مدينة طرابلس، في واقعة صدمت العديد من اللبنانيين."
    for a in offline_extract(text).attacks:
        assert a.target is None or "اللبنانيين" not in a.target
