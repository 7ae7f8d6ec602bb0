"""The answerer's Arabic cue patterns run on normalised text, so they must be written in normalised spelling:
a pattern holding "رئيس" never matches "رييس" (what normalize makes of it), and the cue is silently dead."""

from __future__ import annotations

import re

import pytest

from marsad.agent.qa import actions, counts_claims, counts_cues, counts_sentences, domain, matching, passages, question
from marsad.agent.qa.question_intent import _AR as _QUESTION_AR
from marsad.agent.qa.question_words import _SCALE as _QUESTION_SCALE
from marsad.core.arabic import normalize

_ARABIC = re.compile(r"[\u0600-\u06FF]+")


def _normalised(pattern: str) -> bool:
    # only the Arabic runs: normalize lower-cases Latin, which would read the escape \S as \s
    return all(normalize(m.group(), collapse_spaces=False) == m.group() for m in _ARABIC.finditer(pattern))


def _patterns():
    yield "passages._CUE", [p.pattern for p in passages._CUE.values()]
    yield "matching.ROLE_AR", [matching.ROLE_AR.pattern]
    yield "matching.ROLE_EN", list(matching.ROLE_EN.values())
    yield "matching.MORE_OFFICES_EN", list(matching.MORE_OFFICES_EN.values())
    yield "domain._DOMAIN_AR", [domain._DOMAIN_AR.pattern]
    yield "counts_claims._UPDATE", [counts_claims._UPDATE.pattern]
    yield "counts_cues._ROLE_AR", [p.pattern for p in counts_cues._ROLE_AR.values()]
    yield "counts_sentences._NOT_PEOPLE", sorted(counts_sentences._NOT_PEOPLE)
    yield "question_intent._AR", list(_QUESTION_AR.values())
    yield "question_words._SCALE", [_QUESTION_SCALE.pattern]
    yield "question.ATTACK_TYPE_CUES", [ar for ar, _, _ in question.ATTACK_TYPE_CUES.values()]
    yield "question.TOPIC_AR", list(question.TOPIC_AR.values())
    yield "actions._SAY_AR", [actions._SAY_AR.pattern]


@pytest.mark.parametrize(("name", "patterns"), list(_patterns()), ids=[n for n, _ in _patterns()])
def test_cue_patterns_are_written_as_normalised_text(name: str, patterns: list[str]) -> None:
    bad = [p for p in patterns if not _normalised(p)]
    assert not bad, f"{name}: write these in normalised spelling (ئ->ي, ؤ->و, أإآ->ا, ة->ه, ى->ي): {bad}"


def test_an_office_is_found_in_normalised_text() -> None:
    sentence = normalize("وصل رئيس الوزراء اليمني إلى عدن، وقال قائد الشرطة ونائب المحافظ")
    assert passages._CUE[question.Intent.role].search(sentence)
    assert {m.group() for m in matching.ROLE_AR.finditer(sentence)} >= {"رييس", "قايد", "نايب"}
