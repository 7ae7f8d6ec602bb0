"""Terms of a joint statement told in the sentences right after its agreement: :func:`statement_terms`.

A joint statement or communique names what the sides agreed on, then goes on, one sentence each, with what "the two
sides" affirmed ("وأكد الجانبان على أهمية ..."، "وشدد البلدان على أن ..."). Those sentences, read in a row right after
an agreed mention, are terms of the same agreement; the first sentence of another kind ends the row.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.agreements_cues import ON
from marsad.agent.offline.agreements_provisions import provision_key
from marsad.agent.offline.agreements_sides import _side
from marsad.agent.offline.context import DocContext, bare_in
from marsad.agent.offline.merge import Cluster

JOINT_STATEMENT = True
"""Switch (pass 37): the sentences right after an agreed mention in which the sides together affirm or stress something
("وأكد الطرفان على أهمية X"، "وشدد الجانبان على أن X") give X as further provisions of that agreement, one a sentence,
while the row of such sentences lasts (data keys statement_verbs, statement_subjects, statement_weight)."""
_VERBS = rules.words("agreements", "statement_verbs")
_SUBJECTS = (rules.words("agreements", "statement_subjects") | rules.words("agreements", "dual_state_subjects")
             | rules.words("agreements", "dual_parties") | rules.words("agreements", "dual_leaders"))
_WEIGHT = rules.words("agreements", "statement_weight")
"""Nouns of weight before the term ("أهمية"، "ضرورة"): left out of it."""
_STOPS = rules.words("agreements", "provision_stops")
_THAT = frozenset({"ان", "أن", "بان", "بأن"})
_ALSO = frozenset({"كما", "وكما"})
_REACH = 14
_DONE = frozenset({"agreed", "implementing", "implemented"})


def _term_start(words: list[str], v: int) -> int | None:
    """Index of the first word of the term that the sides' joint word at token ``v`` opens ("وأكد البلدان على أهمية X":
    X), or None when no verb of affirming with the sides as its subject stands there."""
    if len(words) < v + 4 or not bare_in(words[v], _VERBS) or words[v + 1] not in _SUBJECTS:
        return None
    k = v + 2
    if words[k] in ON:
        k += 1
    if k < len(words) and (words[k] in _THAT or words[k] in _WEIGHT):
        k += 1  # "على أن X"، "على أهمية X": X
    return k if k < len(words) and k > v + 2 else None


def _terms(ctx: DocContext, si: int, after: int | None = None) -> list[str]:
    """The terms of a sentence that opens with the sides' joint word, with those of the joint words after it in the same
    sentence ("..، خدمة لاستقرار الإقليم وشدد الطرفان على أن ..."); [] when it opens otherwise. With ``after`` (the
    sentence of the agreement itself), the joint words told after that token ("تم الاتفاق على ...، وأكد البلدان ...")."""
    s = ctx.sentences[si]
    words = s.words
    first = 1 if words and words[0] in _ALSO else 0
    if after is not None:
        first = after + 1
    elif _term_start(words, first) is None:
        return []
    out = []
    for v in range(first, len(words)):
        k = _term_start(words, v) if (v == first and after is None) or words[v].startswith("و") else None
        if k is None:
            continue
        _, b = s.clause_bounds(k)
        end = min(b, k + _REACH)
        end = next((y for y in range(k + 1, end) if words[y] in _STOPS or (
            words[y].startswith("و") and _term_start(words, y) is not None)), end)
        term = ctx.quote(*s.token_span(k, end)).strip(" ،,.\"“”")
        if term:
            out.append(term)
    return out


def statement_terms(ctx: DocContext, c: Cluster, told: set[int]) -> None:
    """Add to cluster ``c`` the terms of the sentences of joint words right after one of its agreed mentions.

    Args:
        ctx: the document context.
        c: an agreement cluster (its infos hold the sentence and status of each mention).
        told: the sentences holding a mention of any agreement (a row stops there: that sentence tells its own).
    """
    if not JOINT_STATEMENT or len({_side(e) for e in c.data.get("party_entries", [])}) < 2:
        return
    seen = {provision_key(p) for p in c.data.get("provisions", [])}

    def add(terms: list[str]) -> None:
        for term in terms:
            if provision_key(term) not in seen:
                seen.add(provision_key(term))
                c.add_list("provisions", [term])

    done = {}
    for info in c.data.get("infos", []):
        if info["status"] in _DONE and not info.get("denied"):
            done[info["si"]] = max(done.get(info["si"], -1), info["i"])
    for si in sorted(done):
        add(_terms(ctx, si, done[si]))  # "تم الاتفاق على ...، وأكد البلدان على أهمية ..."
        nxt = si + 1
        while nxt < len(ctx.sentences) and nxt not in told and (terms := _terms(ctx, nxt)):
            add(terms)
            nxt += 1
