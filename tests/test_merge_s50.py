"""Pass 50 (merge50): faults of rules landed this pass, and the leads of hist50 and missile50.

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import scope
from marsad.agent.offline.scope_mishaps import incursion_at


def _attacks(offline_extract, text: str, published: str = "2021-04-11"):
    return offline_extract(text, published=published).attacks


# INCURSION_FRAME_ONLY (review F3): only the storming frame is no attack; harm read by stem -----------------------

_STORMED_AND_BLAST = "اقتحم مستوطنون المسجد الأقصى صباح الأحد فيما فجر انتحاري نفسه في سوق وسط بغداد."
_STORMED_AND_STABBED = "اقتحم مستوطنون المسجد الأقصى صباح الأحد وطعنوا حارسا في باحاته."
_STORMED = "اقتحم عشرات المستوطنين المسجد الأقصى صباح الأحد بحماية الشرطة."


@pytest.mark.parametrize("on", [True, False])
def test_another_attack_of_the_sentence_stays(offline_extract, monkeypatch, on):
    monkeypatch.setattr(scope, "INCURSION_FRAME_ONLY", on)
    kinds = [a.attack_type for a in _attacks(offline_extract, _STORMED_AND_BLAST)]
    assert (kinds == ["suicide_attack"]) == on, kinds


@pytest.mark.parametrize("on", [True, False])
def test_harm_by_stem_keeps_the_storming_an_attack(offline_extract, monkeypatch, on):
    monkeypatch.setattr(scope, "INCURSION_FRAME_ONLY", on)
    assert bool(_attacks(offline_extract, _STORMED_AND_STABBED)) == on


@pytest.mark.parametrize("on", [True, False])
def test_storming_alone_is_still_no_attack(offline_extract, monkeypatch, on):
    monkeypatch.setattr(scope, "INCURSION_FRAME_ONLY", on)
    assert _attacks(offline_extract, _STORMED) == []


def test_incursion_at_reads_harm_stems():
    words = ["اقتحم", "مستوطنون", "المسجد", "الاقصي", "وطعنوا", "حارسا"]
    assert not incursion_at(words, 0)
    assert incursion_at(words, 0, stems=False)
    assert incursion_at(["اقتحم", "مستوطنون", "المسجد", "الاقصي", "صباحا"], 0)


# WEAPON_CLAUSE: a relative clause on the weapon ("بسيارة مفخخة يقودها انتحاري") is no target ------------------------

_DRIVEN = "وقال إن الهجوم الذي استهدف بشاحنة مفخخة يقودها انتحاري حاجزا للجيش شمال عدن أوقع 3 قتلى."
_WORN = "هاجم انتحاري بحزام ناسف كان يرتديه مسجدا في مدينة كويتا أمس."


@pytest.mark.parametrize("text", [_DRIVEN, _WORN])
@pytest.mark.parametrize("on", [True, False])
def test_a_clause_on_the_weapon_is_no_target(offline_extract, monkeypatch, on, text):
    from marsad.agent.offline import roles_objects

    monkeypatch.setattr(roles_objects, "WEAPON_CLAUSE", on)
    (a,) = _attacks(offline_extract, text)
    assert (not any(w in (a.target or "") for w in ("يقودها", "يرتديه"))) == on, a.target
    if on:
        assert a.target and (a.target.startswith("حاجزا") or a.target == "مسجدا"), a.target
