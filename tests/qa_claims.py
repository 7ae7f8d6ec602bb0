"""Shared by the tests of answer composition: a question read with the lexicon, and a quoted claim on one sentence."""

from __future__ import annotations

from marsad.agent.qa.compose import Claim
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon


def read_question(text: str):
    """``text`` parsed as a question, with the lexicon's entities."""
    return parse_question(text, get_lexicon())


def quoted_claim(text: str, sentence: str) -> Claim:
    """A claim quoting ``sentence`` of document ``d1`` (whose text is ``text``), cited by its span."""
    start = text.index(sentence)
    return Claim(f"تقول المصادر: «{sentence}»", [("d1", start, start + len(sentence))], quoted=True)
