"""Questions in two parts: "متى أطلق الجيش العملية، ومن القائد الذي أعلن عنها؟"، "how many were killed, and in which
town did it happen?". The readers answer the first part (the question's intent is the first part's); the second asks for
a person, a place or a day the same article tells, often in the sentence after the one cited. Each claim whose sentences
do not state what the second part asks for gets the sentence near its citation that does
(``compose.add_kind_sentences``, the reader of "who spoke"/"where" for quoted claims), cited too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.agent.qa.compose import Claim, add_kind_sentences, claim_reach, excerpt, glossed
from marsad.agent.qa.question import Question, parse_question
from marsad.agent.qa.question_intent import asked_name
from marsad.agent.qa.question_words import MONTH_WORD
from marsad.core.arabic import normalize

__all__ = ["second_part", "with_second_part"]

SECOND_PART = True  # switch for A/B measurement (tests patch it)

# the words a second part other than a target's opens with ("what ..." asks for a target only)
_ASK_WORDS_AR = r"من|اين|متي|في اي|اي|ما اسم"
_ASK_WORDS_EN = r"who|where|when|which|in which|in what|what is (?:his|her|their) name"
_ASKS_AR = re.compile(rf"(?:{_ASK_WORDS_AR})(?!\w)")
_ASKS_EN = re.compile(rf"(?:{_ASK_WORDS_EN})\b", re.I)
# the second question after a first one: "، ومن ..."، "، وأين ..."، "، ومتى ..."، "و في أي مدينة" (normalised Arabic),
# ", and who/where/when/which/in which ..." (English), and a target's "، وماذا ..."، ", and what ..."
_SECOND_AR = re.compile(rf"[،,]\s*و\s?(?=(?:{_ASK_WORDS_AR}|ماذا|ما الذي|ما هدف|ما الهدف)(?!\w))")
_SECOND_EN = re.compile(rf",\s*and\s+(?=(?:{_ASK_WORDS_EN}|what (?:was|were|did|do|does|is|are)|what)\b)", re.I)
TARGET_PART = True  # switch for A/B measurement (tests patch it)
# a second part asking what a plot or an attack aimed at: "what were they planning to attack", "what did they target",
# "what was the target"; "ماذا كانوا يخططون لاستهدافه"، "ما الذي استهدفوه"، "ما هدف الهجوم" (normalised Arabic)
_TARGET_Q_EN = re.compile(r"^what (?:(?:was|were|did|do|does|is|are) (?:\w+ ){0,2}?(?:planning|plotting|plan|plot|intending|intend"
                          r"|trying|try|going|preparing|prepare|want|wanting|aiming|aim)(?:ing)? to (?:attack|target|bomb|strike|hit"
                          r"|blow up)|(?:did|do|does) (?:\w+ ){0,2}?(?:attack|target)|(?:was|were|is|are) (?:the |their |its |his "
                          r"|her )?(?:intended |planned )?targets?)\b", re.I)
_TARGET_Q_AR = re.compile(r"^(?:ماذا|ما الذي|ما)\s+(?:(?:كان|كانوا|كانت)\s+)?(?:\w+\s+)?(?:ل|ب)?(?:استهداف|مهاجمه|استهدف|يستهدف"
                          r"|تستهدف)\w*|^ما\s+(?:هو\s+|هي\s+)?(?:ال)?(?:هدف|اهداف)(?!\w)")
# a clause telling what an attack or a plot aims at, and its object up to the clause's end: "هجمات على عدد من المباني
# ..."، "لاستهداف مقر ..."، "مؤامرة ضد السفارة" (raw text: the quote is cut from it)
_TARGET_CLAUSE = re.compile(r"(?<!\w)(?:(?:هجوم|هجوما|هجومًا|هجمات|اعتداء|اعتداءات|تفجير|تفجيرات|عملية|عمليات|مؤامرة|مخطط)"
                            r"(?:\s+(?:إرهابية|ارهابية|إرهابي|ارهابي|انتحارية|انتحاري|محتملة|مسلحة))?\s+(?:على|علي|ضد)"
                            r"|[لو]?(?:استهداف|يستهدف|تستهدف|يستهدفون|استهدف|استهدفت|مهاجمة))\s+[^.،,؛:\n!?؟]{3,160}")


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
    kind = _second_kind(second)
    if kind is None or kind[0] not in ("person", "name", "place", "date", "target"):
        return None
    if kind[0] != "target" and not (_ASKS_AR if question.language == "ar" else _ASKS_EN).match(rest):
        return None  # "..., and what did he say": only a target is asked by "what"
    whole = asked_name(question)
    if whole is not None and whole[0] == kind[0]:
        return None  # the first part's readers state it already
    # (the second part's entities are those of the whole: "where did it happen" names none)
    return replace(second, places=question.places, actors=question.actors, names=question.names)


def with_second_part(question: Question, second: Question, claims: list[Claim], texts: dict[str, str]) -> list[Claim]:
    """The claims, each with the sentence near its citation that states what the second part asks for (when its own
    sentences do not), cited and quoted after the claim's text. (The sentence shares a word of the whole question: the
    second part's own words are few, "in which town did it happen".)"""
    kind = _second_kind(second)
    if kind is None:
        return claims
    if kind[0] == "target":
        return [_with_target(second, c, texts) for c in claims]
    terms = {t for q in (question, second) for t in (*q.terms, *q.expansion)
             if not t.isdigit() and not MONTH_WORD.fullmatch(t)}
    return add_kind_sentences(second, kind, claims, texts, normalize(question.text), terms, quoted_only=False)


def _second_kind(second: Question) -> tuple[str, tuple[str, ...]] | None:
    """What the second part asks for: ``("target", ())`` for what an attack or plot aimed at, else
    :func:`asked_name`'s kind."""
    if TARGET_PART and (_TARGET_Q_AR if second.language == "ar" else _TARGET_Q_EN).search(second.text):
        return "target", ()
    return asked_name(second)


def _with_target(second: Question, claim: Claim, texts: dict[str, str]) -> Claim:
    """The claim with the clause telling what the attack or plot aimed at (:data:`_TARGET_CLAUSE`), quoted and cited,
    when its text does not quote it: from the sentence of its first citation first (a count's quote is cut short of
    "... and planning attacks on ..."), else the nearest sentence within ``KIND_REACH``."""
    found = claim_reach(claim, texts)
    if found is None:
        return claim
    doc_id, text, sents, here, reach = found
    order = sorted(reach, key=lambda i: (abs(i - here), i < here))
    for i in order:
        s, e = sents[i]
        m = _TARGET_CLAUSE.search(text, s, e)
        if m is None:
            continue
        said = m.group(0).rstrip()
        if said in claim.text:
            return claim  # its quote tells the target already
        extra = (doc_id, m.start(), m.start() + len(said))
        # (a count's citation may hold the clause its short quote leaves out: cited once, quoted in full)
        cited = any(d == doc_id and a <= extra[1] and extra[2] <= b for d, a, b in claim.spans)
        quote = claim.text + f" … «{excerpt(said)}»" + (glossed(said) if second.language == "en" else "")
        return replace(claim, text=quote, spans=claim.spans if cited else [*claim.spans, extra], quoted=True)
    return claim
