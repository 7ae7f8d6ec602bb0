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
