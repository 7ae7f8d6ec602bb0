"""Lexicon terms a question turns on (pass 49): a nerve agent is its own concept (غاز الأعصاب), not chemical weapons
in general; plural ranks."""

from __future__ import annotations

from marsad.agent.qa.question import parse_question


def _concepts(question: str) -> set[str]:
    return {c.id for c in parse_question(question).concepts}


def test_a_nerve_agent_is_searched_as_nerve_gas():
    ids = _concepts("Which nerve agent was used against the former spy in Salisbury?")
    assert "word_nerve_agent" in ids and "chemical_weapons" not in ids


def test_plural_ranks_are_the_rank():
    assert "brigadier" in _concepts("How many colonels were killed in the ambush?")

