"""How well a claim's quoted sentence fits the question: the order of competing claims from several articles.

When several articles each give a claim (the toll of one report, the place of another), the first-ranked
article's claim used to be stated, and the article's rank is the search's, not the question's: over a whole
archive the top article is often another report of the same month and city. Here a claim is weighed by what
its cited sentence tells of the question's subject, as a reader checks a quote: the question's key entities,
the numbers it states and its content words (an English question through the Arabic of its lexicon concepts)
in the sentence itself (full credit) or beside it -- the sentence before or after, the headline (half credit)
-- and, for a question naming a month and year, whether its article was published then.

:func:`claim_fit` gives that share (0..1), :func:`fits_among` the same for claims compared with each other (what
every one of them holds alike weighs little). Read by ``slots._best_fitting``
(switch ``slots.SLOT_FIT``: the slot's sentence of the article that fits clearly better).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.agent.grounding import numbers_in
from marsad.agent.qa.compose import Claim, news_sentences, readable
from marsad.agent.qa.domain import _month_fits, question_month
from marsad.agent.qa.matching import overlap, rest_terms
from marsad.agent.qa.question import content_terms, framing, mentions
from marsad.agent.qa.question_words import MONTH_WORD
from marsad.core.arabic import normalize

if TYPE_CHECKING:
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.question import Question

__all__ = ["claim_fit", "fits_among"]

NEAR_CREDIT = 0.5  # a unit found only beside the sentence or in the headline counts this much
ENTITY_WEIGHT = 2.0  # a key entity or a number the question states, against 1 for a content word
WORD_WEIGHT = 0.5  # an English word said in Arabic by its everyday translation (no lexicon concept)
COMMON_WEIGHT = 0.25  # (fits_among) a unit every claim compared holds alike
DATE_WEIGHT = 1.0  # the article published in the month and year the question names


def _units(question: Question) -> list[tuple[str, object, float]]:
    """What of the question a sentence should hold, with its weight: ``("entity", entry)``, ``("number", n)``,
    ``("concept", entry)`` (English) and ``("term", stem)`` (Arabic)."""
    units: list[tuple[str, object, float]] = [("entity", e, ENTITY_WEIGHT) for e in question.entities]
    units += [("number", n, ENTITY_WEIGHT) for n in question.numbers if n < 1900 or n > 2100]
    if question.language == "ar":
        units += [("term", t, 1.0) for t in dict.fromkeys(rest_terms(question, None)) if len(t) >= 3
                  and not numbers_in(t)]
    else:
        units += [("concept", c, 1.0) for c in question.concepts if not framing(c, question.text)]
        # the Arabic of the everyday words the lexicon has no concept for ("raising the flag": translit.with_words)
        said = {t for e in (*question.entities, *question.concepts) for a in (e.canonical, *e.ar) if a
                for t in content_terms(a)}
        units += [("term", t, WORD_WEIGHT) for t in question.expansion if t not in said and len(t) >= 3
                  and not MONTH_WORD.fullmatch(t)]
    return units


def _holds(unit: tuple[str, object, float], norm: str, stems: set[str], numbers: set[int]) -> bool:
    what, value, _ = unit
    if what == "number":
        return value in numbers
    if what == "term":
        return overlap((value,), stems) > 0
    return mentions(value, norm, normalized=True)


def _view(text: str) -> tuple[str, set[str], set[int]]:
    return normalize(readable(text)), set(content_terms(text)), numbers_in(text)


def _credits(question: Question, claim: Claim, evidence: Evidence, units: list) -> list[float] | None:
    """Per unit, how much the claim's sentence holds it (1, :data:`NEAR_CREDIT` beside it, 0); the date unit last
    (when the question names a month). None for a claim citing no article read."""
    if not claim.spans:
        return None
    doc_id, s, e = claim.spans[0]
    doc = evidence.docs.get(doc_id)
    if doc is None:
        return None
    own = _view(" ".join(evidence.docs[d].text[a:b] for d, a, b in claim.spans if d in evidence.docs))
    spans = news_sentences(doc.text)
    at = next((i for i, (a, b) in enumerate(spans) if a <= s < b), None)
    near = [_view(doc.text[a:b]) for i, (a, b) in enumerate(spans) if at is not None and abs(i - at) == 1]
    near.append(_view(doc.title or ""))
    out = [1.0 if _holds(u, *own) else NEAR_CREDIT if any(_holds(u, *v) for v in near) else 0.0 for u in units]
    month = question_month(question)
    if month is not None:
        out.append(1.0 if _month_fits(month, doc.published, doc.title or "") else 0.0)
    return out


def fits_among(question: Question, claims: list[Claim], evidence: Evidence) -> list[float]:
    """:func:`claim_fit` of each of ``claims`` compared with the others: a unit every one of them holds alike (the
    city and the group every report of the incident names) weighs :data:`COMMON_WEIGHT` of its weight, so what
    tells them apart -- the asked act, the site, the day -- decides."""
    units = _units(question)
    weights = _weights(question, units)
    credits = [_credits(question, c, evidence, units) for c in claims]
    held = [c for c in credits if c is not None]
    if not held:
        return [0.0] * len(claims)
    weights = [w * (COMMON_WEIGHT if len({c[k] for c in held}) == 1 else 1.0) for k, w in enumerate(weights)]
    whole = sum(weights)
    if not whole:
        return [0.0] * len(claims)
    return [sum(w * x for w, x in zip(weights, c, strict=True)) / whole if c is not None else 0.0 for c in credits]


def _weights(question: Question, units: list) -> list[float]:
    return [w for _, _, w in units] + ([DATE_WEIGHT] if question_month(question) is not None else [])


def claim_fit(question: Question, claim: Claim, evidence: Evidence) -> float:
    """The weighted share (0..1) of the question's units (:func:`_units`) the claim's cited sentences hold, those
    found only in the sentence before or after its first span or in its article's headline counting
    :data:`NEAR_CREDIT`; with the month asked (:func:`domain.question_month`) a unit of :data:`DATE_WEIGHT`."""
    units = _units(question)
    credits = _credits(question, claim, evidence, units)
    weights = _weights(question, units)
    if credits is None or not sum(weights):
        return 0.0
    return sum(w * x for w, x in zip(weights, credits, strict=True)) / sum(weights)
