"""Casualty counts: a revised toll and an explicit zero.

A toll update names the new death toll after "إلى" ("ارتفعت حصيلة قتلى القذائف ... إلى 11 قتيلا"، "عدد القتلى
ارتفع إلى 14"), not a running total nor one figure for both kinds; "دون وقوع إصابات"، "لم يسفر عن ضحايا" is an
explicit zero (guidelines D-1).
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_words import _SINGLE_COUNTED, COUNTED_NOUNS
from marsad.agent.offline.context import bare
from marsad.core.arabic import SINGLE_CLITICS

_ZERO_NEGATORS = rules.words("casualties", "zero_negators")
_ZERO_LINKS = rules.words("casualties", "zero_links")
_ZERO_BOTH = rules.words("casualties", "zero_both")
_ZERO_KILLED = rules.words("casualties", "zero_killed")
_ZERO_INJURED = rules.words("casualties", "zero_injured")

_UPDATE_VERBS = rules.words("attacks", "toll_update_verbs")
_UPDATE_NOUNS = rules.words("attacks", "toll_update_nouns")
_UPDATE_DEAD = rules.words("casualties", "update_dead_nouns")
_UPDATE_SURFACES = frozenset(p + v for v in _UPDATE_VERBS
                             for p in ("", *SINGLE_CLITICS, *(a + b for a in SINGLE_CLITICS for b in SINGLE_CLITICS)))
"""The update verbs with the clitics :func:`bare` strips (one set test per frame)."""
_UPDATE_PERIOD = rules.words("casualties", "update_period_cues")
_DEAD_AFTER = rules.words("casualties", "update_dead_after")

DEAD_AFTER_FIGURE = True
"""Module switch (A/B measurement): a revised toll whose noun names no kind ("ارتفعت الحصيلة لاحقا إلى 10 قتلى"،
"إن الحصيلة ارتفعت إلى 10 قتلى") is of the dead when the dead are counted right after its figure, as "حصيلة القتلى"
is; before, only the dead named by the toll's noun made it a revised death toll."""
_UPDATE_REACH = 20


COMBINED_UPDATE = True
"""Module switch of the combined-figure check of :func:`_updated_total` (A/B measurement); ``casualties_counts`` reads
it here too ("60 بين قتيل وجريح" after a counted noun)."""


def _both_kinds_near(words: list[str], at: int) -> bool:
    """True when one figure for both kinds follows a number ("60 شخصا بين جريح وقتيل"، "60 قتيلا وجريحا")."""
    if any(words[x] == "بين" and (words[x + 1] in COUNTED_NOUNS or words[x + 1] in _SINGLE_COUNTED)
           and words[x + 2].startswith("و") for x in range(at, min(len(words) - 2, at + 7))):
        return True  # "بين قتيل وجريح"، "بين جريح وقتيل"
    return at < len(words) and any(b in COUNTED_NOUNS for b in bare(words[at])) and at + 1 < len(words) \
        and words[at + 1].startswith("و") and words[at + 1][1:] in COUNTED_NOUNS and words[at + 1][1:] != words[at]


def _updated_total(words: list[str], lo: int, hi: int) -> Quantity | None:
    """The revised death toll after "إلى": "ارتفعت حصيلة قتلى القذائف ... في دمشق إلى 11 قتيلا"، "ارتفع عدد
    القتلى الفلسطينيين إلى 3 أشخاص"، with the toll told first "عدد القتلى ارتفع إلى 14" (the dead, not "عدد
    الجرحى"), else None."""
    if _UPDATE_SURFACES.isdisjoint(words[lo:hi]):
        return None
    for x in range(lo, hi):
        if not any(b in _UPDATE_VERBS for b in bare(words[x])):
            continue
        noun = next((y for y in range(x + 1, min(hi, x + 3)) if any(b in _UPDATE_NOUNS for b in bare(words[y]))), None)
        if noun is None:
            noun = _noun_before_update(words, lo, x)
        if noun is None:
            continue
        if not any(b in _UPDATE_DEAD for z in range(noun, min(hi, noun + 3)) for b in bare(words[z])) \
                and not _dead_after_figure(words, noun, hi):
            continue
        for z in range(noun + 1, min(len(words) - 1, noun + _UPDATE_REACH)):
            if any(b in _UPDATE_PERIOD for b in bare(words[z])):
                return None  # "ليرتفع عدد قتلى قوات الأمن منذ 20 يوليو إلى 21": a running total, not this incident's
            if words[z] == "الي":
                q = read_quantity(words, z + 1)
                if q is not None and q.value is not None and COMBINED_UPDATE and _both_kinds_near(words, q.end):
                    return Quantity(None, True, q.start, q.end)  # "ارتفعت الحصيلة إلى 60 بين قتيل وجريح": both kinds
                return q if q is not None and q.value is not None else None
    return None


def _noun_before_update(words: list[str], lo: int, x: int) -> int | None:
    """The toll noun told before the update verb at ``x``, the dead named after it and nothing else between: "إن عدد
    القتلى ارتفع إلى 14"، "حصيلة الضحايا ارتفعت إلى 9" (the noun within three words before the verb); or the bare
    noun right before the verb, the dead counted after the figure ("إن الحصيلة ارتفعت إلى 10 قتلى")."""
    for y in range(x - 1, max(lo, x - 4) - 1, -1):
        if any(b in _UPDATE_NOUNS for b in bare(words[y])):
            if any(b in _UPDATE_DEAD for z in range(y, x) for b in bare(words[z])):
                return y
            return y if y == x - 1 and _dead_after_figure(words, x, len(words)) else None
    return None


def _dead_after_figure(words: list[str], at: int, hi: int) -> bool:
    """True when the figure after the first "إلى" past ``at`` counts the dead right after it ("إلى 10 قتلى"،
    "إلى 12 قتيلا"), with :data:`DEAD_AFTER_FIGURE` on."""
    if not DEAD_AFTER_FIGURE:
        return False
    z = next((z for z in range(at + 1, min(len(words) - 1, at + _UPDATE_REACH)) if words[z] == "الي"), None)
    if z is None:
        return False
    q = read_quantity(words, z + 1)
    return q is not None and q.value is not None and q.end < min(hi, len(words)) and words[q.end] in _DEAD_AFTER


def _explicit_zero(words: list[str], lo: int, hi: int, own: frozenset[str]) -> Quantity | None:
    """An explicit zero toll (D-1): "دون وقوع إصابات"، "لم يسفر عن ضحايا" (both counts), "دون قتلى" (one).

    Only link words ("أن يؤدي الحادث إلى وقوع") may stand between the negation and the noun, so
    "لم تعرف حصيلة الضحايا" (an unknown toll) is no zero; "إصابات أخرى" is none either.
    """
    for n in range(lo, hi):
        if words[n] not in _ZERO_NEGATORS:
            continue
        for x in range(n + 1, min(hi, n + 7)):
            w = words[x]
            pair = w + "_" + words[x + 1] if x + 1 < len(words) else ""
            if w in _ZERO_BOTH or pair in _ZERO_BOTH or w in own:
                after = words[x + 1] if x + 1 < len(words) else ""
                if after in {"اخري", "اخرين", "جديده"}:
                    break
                return Quantity(0, False, n, x + (2 if pair in _ZERO_BOTH else 1))
            if w not in _ZERO_LINKS and not (w.startswith("ال") and x > n + 1 and words[x - 1] in _ZERO_LINKS | _ZERO_NEGATORS
                                              and w not in {"حصيله", "عدد"}):
                break
    return None
