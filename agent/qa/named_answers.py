"""Answers that only repeat whom the question names: "Which Italian minister met the Saudi foreign minister Adel
al-Jubeir?" is not answered by al-Jubeir, nor "Who did President Hadi name commander?" by Hadi. A question asking
for someone (an office holder, a leader, a victim, "which group", "who did X name") never asks for a
person or body it names itself; a reader's claim whose stated names are all the question's own is dropped, so that
the next claim -- or the next reader -- answers (read by :func:`marsad.agent.qa.answerer._stage_claims`).

Not for "who is X" (the question asks what X is: a claim naming X is its answer) nor for questions asking what
someone did or said ("what did X announce": the claim names X as the one who spoke).
"""

from __future__ import annotations

import re

from marsad.agent.qa.compose import Claim
from marsad.agent.qa.question import Intent, Question, asked_name
from marsad.core.arabic import normalize

ASKED_NOT_NAMED = True  # switch for A/B measurement (tests patch it); measured (pass 61, corpus scale, the 176
# readable questions asking for someone): fixed d25q08 (the adviser Trump replaced with the man the question names),
# lost none; check items unchanged

# "who is Ahmed al-Asiri", "من هو أحمد العسيري": the question names the one it asks about
_WHO_IS_NAME = {"en": re.compile(r"^\W*[Ww]ho (?:is|was) (?!the\b|a\b|an\b)[A-Z]"),
                "ar": re.compile(r"^\W*و?من (?:هو|هي|هم) (?!ال)")}
# "Who did Hadi name ...", "whom did the court sentence ...": the object asked, not the subject named
_WHO_DID = re.compile(r"^\W*(?:\w+ )?(?:who|whom) (?:did|does|had|has|will)\b", re.I)
_PARTICLES = {"بن", "ابن", "ابو", "ام", "بنت", "عبد", "ال", "al", "bin", "ibn", "abu", "umm", "abd", "el"}


# "..., al-Shabaab or ISIS?", "حركة الشباب أم تنظيم داعش؟": the question offers its candidates, the answer is one of them
_CHOICE = {"en": re.compile(r"\w \bor\b \w"), "ar": re.compile(r"\w (?:ام|او) \w")}


def asks_someone(question: Question) -> bool:
    """The question asks for a person or a body other than one it names (see the module). Not a question offering
    its candidates by name ("Which group claimed the attack, al-Shabaab or ISIS?"), nor one asking who did it: a
    doer the question names is its own telling of the event ("من المسؤول عن هجوم حزب الله على الدورية؟"), and
    answering with it is right (review61 finding 2c)."""
    text = question.text if question.language == "en" else normalize(question.text)
    if _WHO_IS_NAME[question.language].match(text):
        return False
    if len(question.entities) >= 2 and _CHOICE[question.language].search(text):
        return False
    if question.intent in (Intent.lead, Intent.victim, Intent.role):
        return True
    if question.intent is Intent.action:
        return question.language == "en" and bool(_WHO_DID.match(text))
    if question.intent is Intent.general:
        kind = asked_name(question)
        return kind is not None and kind[0] in ("name", "group")
    return False


def _tokens(text: str) -> list[str]:
    # (a name told in a hashtag is its words: "#علي_عبدالله_صالح" is علي عبدالله صالح; only "_" between Arabic letters)
    words = normalize(_HASHTAG_JOIN.sub(" ", text)).lower()
    return [t.removeprefix("ال") for t in re.findall(r"\w+", words) if t not in _PARTICLES]


_HASHTAG_JOIN = re.compile(r"(?<=[\u0621-\u064a])_(?=[\u0621-\u064a])")  # the "_" joining a hashtag's Arabic words


def _same(key: str, spelling: str) -> bool:
    """``key`` (a name as an article writes it) is ``spelling`` (an entity's Arabic spelling): the same words, or,
    for names of two words or more, the same first and last word ("عادل بن أحمد الجبير" is "عادل الجبير")."""
    k, s = _tokens(key), _tokens(spelling)
    if not k or not s:
        return False
    if k == s:
        return True
    return len(k) >= 2 and len(s) >= 2 and k[0] == s[0] and k[-1] == s[-1]


def names_own(question: Question, key: str) -> bool:
    """``key`` (a name as an article writes it) is one the question names itself (:func:`_same` with any spelling of
    its actors, names and places): read here and by the office reader (:mod:`marsad.agent.qa.offices`)."""
    return any(_same(key, spelling) for e in question.entities if e.kind in ("actors", "names", "places")
               for spelling in (e.canonical, *e.ar, e.name_en or "", *e.en))


def not_named(question: Question, claims: list[Claim]) -> list[Claim]:
    """``claims`` without those every stated name of which the question names itself (:data:`ASKED_NOT_NAMED`)."""
    if not ASKED_NOT_NAMED or not claims or not question.entities or not asks_someone(question):
        return claims
    return [c for c in claims if not (c.keys and all(names_own(question, k) for k in c.keys if k))]
