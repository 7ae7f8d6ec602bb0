"""A "to where" question (:func:`asks_destination`) answered by a quoted sentence: the sentence just after it that tells
the same move again with another destination is cited too.

News tells a move in its own words first and then quotes who told of it, naming the destinations more exactly
("فر المسلحون إلى المحافظة المجاورة وإلى الحدود" then "وقال إن «المسلحين فروا إلى مدينة كذا ...»"). The quote repeats
the move but not the question's source or unit (a pronoun stands for the speaker), so the passage reader, which
quotes one sentence of an article, states the first only and leaves out the place only the second names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.agent.qa.compose import Claim, excerpt, news_sentences
from marsad.agent.qa.question import Question, asks_destination
from marsad.agent.qa.question_mentions import mention_starts, mentions, places_in
from marsad.agent.qa.question_words import content_terms
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry, get_lexicon

__all__ = ["destinations", "with_destinations"]

DESTINATIONS = True  # switch for A/B measurement (tests patch it)
AFTER = 2  # sentences read after the quoted one
MIN_SHARED = 2  # question words the later sentence shares (the move told again, not another story)

_TOWARD = re.compile(r"(?<!\w)(?:الي|نحو|باتجاه|صوب)(?!\w)")


def destinations(norm: str) -> list[Entry]:
    """The lexicon places a normalised sentence names after a word of direction ("إلى"، "نحو"، "باتجاه"، "صوب")."""
    m = _TOWARD.search(norm)
    if m is None:
        return []
    return [e for e in places_in(norm, get_lexicon()) if any(at > m.start() for at in mention_starts(e, norm))]


def with_destinations(question: Question, claims: list[Claim], texts: dict[str, str]) -> list[Claim]:
    """For a destination question, each quoted claim with the sentence just after its first citation (within
    :data:`AFTER`) that shares :data:`MIN_SHARED` of the question's words and names a destination its quote does not
    name; other claims as they are."""
    if not DESTINATIONS or question.language != "ar" or not asks_destination(question):
        return claims
    terms = set(question.terms)
    out = []
    for claim in claims:
        extra = None
        if claim.quoted and claim.spans and claim.spans[0][0] in texts:
            doc_id, start, _end = claim.spans[0]
            text = texts[doc_id]
            sents = news_sentences(text)
            here = next((i for i, (s, e) in enumerate(sents) if s <= start < e), None)
            quoted = normalize(" ".join(texts.get(d, "")[s:e] for d, s, e in claim.spans))
            for s, e in sents[here + 1: here + 1 + AFTER] if here is not None else ():
                norm = normalize(text[s:e])
                if len(terms & set(content_terms(text[s:e]))) < MIN_SHARED:
                    continue
                new = [p for p in destinations(norm) if not mentions(p, quoted, normalized=True)]
                if new:
                    extra = (doc_id, s, e)
                    break
        if extra is None:
            out.append(claim)
            continue
        said = texts[extra[0]][extra[1]: extra[2]]
        out.append(replace(claim, text=claim.text + f" … «{excerpt(said)}»", spans=[*claim.spans, extra]))
    return out
