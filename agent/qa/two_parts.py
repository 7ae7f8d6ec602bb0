"""Questions in two parts: "متى أطلق الجيش العملية، ومن القائد الذي أعلن عنها؟"، "how many were killed, and in which
town did it happen?". The readers answer the first part (the question's intent is the first part's); the second asks for
a person, a place or a day the same article tells, often in the sentence after the one cited. Each claim whose sentences
do not state what the second part asks for gets the sentence near its citation that does
(``compose.add_kind_sentences``, the reader of "who spoke"/"where" for quoted claims), cited too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.agent.qa.compose import Claim, add_kind_sentences
from marsad.agent.qa.question import Question, parse_question
from marsad.agent.qa.question_intent import asked_name
from marsad.agent.qa.question_words import MONTH_WORD
from marsad.core.arabic import normalize

__all__ = ["second_part", "with_second_part"]

SECOND_PART = True  # switch for A/B measurement (tests patch it)

# the second question after a first one: "، ومن ..."، "، وأين ..."، "، ومتى ..."، "و في أي مدينة" (normalised Arabic),
# ", and who/where/when/which/in which ..." (English)
_SECOND_AR = re.compile(r"[،,]\s*و\s?(?=(?:من|اين|متي|في اي|اي|ما اسم)(?!\w))")
_SECOND_EN = re.compile(r",\s*and\s+(?=(?:who|where|when|which|in which|in what|what is (?:his|her|their) name)\b)", re.I)


def second_part(question: Question, lexicon=None) -> Question | None:
    """The second question of a two-part question, parsed, when it asks for a person, a place or a day
    (:func:`marsad.agent.qa.question_intent.asked_name`) other than the first part asks for; else None."""
    if not SECOND_PART:
        return None
    text = normalize(question.text) if question.language == "ar" else question.text
    m = (_SECOND_AR if question.language == "ar" else _SECOND_EN).search(text)
    if m is None:
        return None
    first, rest = text[:m.start()], text[m.end():]
    if len(first.split()) < 3 or len(rest.split()) < 2:
        return None
    second = parse_question(rest, lexicon)
    if second.language == "en":
        from marsad.agent.qa.translit import with_words

        second = with_words(second)  # its everyday words said in Arabic (the sentences' words it must share)
    kind = asked_name(second)
    if kind is None or kind[0] not in ("person", "name", "place", "date"):
        return None
    whole = asked_name(question)
    if whole is not None and whole[0] == kind[0]:
        return None  # the first part's readers state it already
    # (the second part's entities are those of the whole: "where did it happen" names none)
    return replace(second, places=question.places, actors=question.actors, names=question.names)


def with_second_part(question: Question, second: Question, claims: list[Claim], texts: dict[str, str]) -> list[Claim]:
    """The claims, each with the sentence near its citation that states what the second part asks for (when its own
    sentences do not), cited and quoted after the claim's text. (The sentence shares a word of the whole question: the
    second part's own words are few, "in which town did it happen".)"""
    kind = asked_name(second)
    if kind is None:
        return claims
    terms = {t for q in (question, second) for t in (*q.terms, *q.expansion)
             if not t.isdigit() and not MONTH_WORD.fullmatch(t)}
    return add_kind_sentences(second, kind, claims, texts, normalize(question.text), terms, quoted_only=False)
