"""Counts of people read from the sentences themselves: "how many were killed/injured/arrested in X".

The record answerer states what the extractor put in a record; this reader looks at every
sentence of the top articles that states a number next to a casualty word, and picks the
sentence that best fits what the question names, the way a reader would:

- the sentence (with its article's title) names the question's places, actors and terms;
- the number counts who the question asks about ("how many *civilians*": a sentence counting
  militia fighters is about someone else);
- the incident's total beats a partial count: news states the toll in the title and the lead
  sentence ("مقتل 300 مسلح"), and later sentences give parts of it ("three of them were
  policemen"); a number the title repeats, a lead sentence, a toll word ("حصيلة", "ارتفع")
  and the largest count of the article for that role all count for a sentence;
- the best article of the search counts for more than the eighth.

Every claim cites the sentence that states its number, so the number is inside the cited span.

This module is the entry point; the rules live in the family modules beside it, each importing only those
listed before it:

- ``counts_cues``: the words the readers share (role words, categories of people, the clause break) and the
  share of what a question names that a text names.
- ``counts_ages``: ages, for a "how old was X" question (:func:`age_claims`).
- ``counts_asked``: what a "how many" question counts (:func:`count_role`, :func:`victim_category`, a counted
  noun or things, a site, the seriously wounded, a named group or attack).
- ``counts_sentences``: the counts a sentence states (:func:`role_counts`).
- ``counts_fit``: how a stated count fits the question (whom it counts, its scene, kind of incident, places,
  several incidents, severity).
- ``counts_claims``: :func:`count_claims`, the scoring of the sentences above and the choice of the total.
- ``counts_things``: what a question counting things reads ("كم غارة"، "how many rockets"): the numbers of its noun.
"""

from __future__ import annotations

from marsad.agent.qa.counts_ages import age_claims, asks_age
from marsad.agent.qa.counts_asked import (
    SITES,
    asks_severe,
    asks_site,
    count_role,
    counted_noun,
    counts_noun,
    counts_things,
    site_named,
    victim_category,
)
from marsad.agent.qa.counts_claims import COUNT_MARGIN, MIN_COUNT_SCORE, other_reports
from marsad.agent.qa.counts_claims import count_claims as people_claims
from marsad.agent.qa.counts_fit import clause_fit, incident_kinds, kind_fit, scenes, several_incidents
from marsad.agent.qa.counts_sentences import role_counts
from marsad.agent.qa.counts_things import asked_things, thing_claims

__all__ = ["count_claims", "counts_things", "asks_site", "site_named", "SITES", "count_role", "counted_noun",
           "counts_noun", "victim_category", "role_counts", "scenes", "MIN_COUNT_SCORE", "COUNT_MARGIN",
           "asks_age", "age_claims", "asks_severe", "clause_fit", "incident_kinds", "kind_fit", "several_incidents",
           "asked_things", "thing_claims", "people_claims", "other_reports"]


def count_claims(question, evidence):
    """The counts a "how many" question reads from sentences, best first: tolls of people (:mod:`counts_claims`),
    or, when none is read and the question counts things ("كم غارة"، "how many rockets"), the numbers of its noun
    (:mod:`counts_things`)."""
    scored = people_claims(question, evidence)
    if not scored and asked_things(question):
        scored = thing_claims(question, evidence)
    return scored
