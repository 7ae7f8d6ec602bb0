"""Casualty counts: a revised toll and an explicit zero.

A toll update names the new death toll after "إلى" ("ارتفعت حصيلة قتلى القذائف ... إلى 11 قتيلا"، "عدد القتلى
ارتفع إلى 14"), not a running total nor one figure for both kinds; "دون وقوع إصابات"، "لم يسفر عن ضحايا" is an
explicit zero (guidelines D-1).
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_words import _SINGLE_COUNTED, COUNTED_NOUNS
from marsad.agent.offline.context import bare, bare_in
from marsad.core.arabic import SINGLE_CLITICS

_ZERO_NEGATORS = rules.words("casualties", "zero_negators")
_ZERO_LINKS = rules.words("casualties", "zero_links")
_ZERO_BOTH = rules.words("casualties", "zero_both")
_ZERO_KILLED = rules.words("casualties", "zero_killed")
_ZERO_INJURED = rules.words("casualties", "zero_injured")
_ZERO_HURT_VERBS = rules.words("casualties", "zero_hurt_verbs")
_ZERO_NOBODY = rules.words("casualties", "zero_nobody")

NOBODY_HURT = True
"""Module switch (A/B measurement): "لم يصب أحد"، "دون أن يصاب أي شخص" (nobody was hurt) is an explicit zero of both
counts, as "دون وقوع إصابات" is (D-1); the verb alone ("لم يصب الهدف": missed) is none."""

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
    return at < len(words) and bare_in(words[at], COUNTED_NOUNS) and at + 1 < len(words) \
        and words[at + 1].startswith("و") and words[at + 1][1:] in COUNTED_NOUNS and words[at + 1][1:] != words[at]


WOUNDED_UPDATE = True
"""Module switch (A/B measurement): a revised toll of the wounded is read as the death toll's is -- "وارتفع عدد الجرحى
إلى 45"، "ارتفعت حصيلة المصابين إلى 40"، "إن عدد الجرحى ارتفع إلى 6"، and the wounded's own figure after a revised death
toll ("ارتفعت حصيلة القتلى إلى 8 والجرحى إلى 19"): :func:`_updated_total` with ``wounded``. Before, only the dead were
read as revised, and a later, higher count of the wounded was lost."""
REACHED_FIGURE = True
"""Module switch (A/B measurement): with "بلغت" the figure may follow the toll's noun with no "إلى": "وبلغت حصيلة
الجرحى 14 شخصا" (right after the noun and its kind), "إن حصيلة القتلى بلغت 25" (right after the verb)."""
REACHED_MASCULINE = True
"""Module switch (A/B measurement): the masculine "بلغ" told first reaches a figure as "بلغت" does, its subject "عدد"
after it ("وبلغ عدد القتلى 25"); before, "عدد القتلى" with "بلغ" and no "إلى" was read as no revised toll. Not the noun
told first ("إن عدد الضحايا بلغ 12"): measured on the held-out split's aggregate, it moved a toll and lost an incident."""
REACHED_NOUN_FIRST = True
"""Module switch (A/B measurement): the masculine "بلغ" with its toll's noun told first ("إن عدد القتلى بلغ 12") reaches
a figure when the caller asks for it (``noun_first``): only the frame reader of the sentence after an incident that tells
no toll of its own does (:data:`casualties_frame.NEXT_REACHED`), which fills that incident's toll and makes no frame
or record. Read as a frame of its own (frames32's trial), it moved the held-out killed figure up but made or split
records."""
_REACHED = frozenset({"بلغت"})
_REACHED_MASCULINE = frozenset({"بلغ"})
_WOUNDED_NOUNS = frozenset({"جرحي", "مصابين", "مصابون", "الجرحي", "المصابين", "المصابون"})
"""The wounded as what a toll counts ("عدد الجرحى"، "حصيلة المصابين"، "والجرحى إلى 19"); not "الإصابات" (cases of a
disease as often)."""


def _updated_total(words: list[str], lo: int, hi: int, wounded: bool = False,
                   noun_first: bool = False) -> Quantity | None:
    """The revised death toll after "إلى": "ارتفعت حصيلة قتلى القذائف ... في دمشق إلى 11 قتيلا"، "ارتفع عدد
    قتلى الحافلة إلى 9 ركاب"، with the toll told first "عدد القتلى ارتفع إلى 14" (the dead, not "عدد
    الجرحى"), else None. With ``wounded`` (:data:`WOUNDED_UPDATE`), the revised toll of the wounded instead ("ارتفع عدد
    الجرحى إلى 45"). With ``noun_first`` (:data:`REACHED_NOUN_FIRST`), the masculine "بلغ" may follow its noun ("إن عدد
    القتلى بلغ 12")."""
    if _UPDATE_SURFACES.isdisjoint(words[lo:hi]) or (wounded and not WOUNDED_UPDATE):
        return None
    for x in range(lo, hi):
        if not bare_in(words[x], _UPDATE_VERBS):
            continue
        noun = next((y for y in range(x + 1, min(hi, x + 3)) if bare_in(words[y], _UPDATE_NOUNS)), None)
        if noun is None:
            noun = _noun_before_update(words, lo, x, wounded)
        if noun is None:
            continue
        dead = any(b in _UPDATE_DEAD for z in range(noun, min(hi, noun + 3)) for b in bare(words[z]))
        if wounded:
            if dead:  # "ارتفعت حصيلة القتلى إلى 8 والجرحى إلى 19": the wounded's figure after the dead's
                q = _wounded_after_dead(words, noun, hi)
                if q is not None:
                    return q
                continue
            if not _wounded_named(words, noun, hi):
                continue
        elif not dead and not _dead_after_figure(words, noun, hi):
            continue
        for z in range(noun + 1, min(len(words) - 1, noun + _UPDATE_REACH)):
            if bare_in(words[z], _UPDATE_PERIOD):
                return None  # "ليرتفع عدد قتلى قوات الأمن منذ 20 يوليو إلى 21": a running total, not this incident's
            if words[z] == "الي":
                q = read_quantity(words, z + 1)
                if q is not None and q.value is not None and COMBINED_UPDATE and _both_kinds_near(words, q.end):
                    return Quantity(None, True, q.start, q.end)  # "ارتفعت الحصيلة إلى 60 بين قتيل وجريح": both kinds
                return q if q is not None and q.value is not None else None
        reached = _reached_figure(words, x, noun, hi, noun_first)
        if reached is not None:
            return reached
    return None


def _wounded_named(words: list[str], noun: int, hi: int) -> bool:
    """Whether the toll noun at ``noun`` counts the wounded: "عدد الجرحى"، "حصيلة المصابين" (the wounded right after it,
    or after one word: "عدد الجرحى المدنيين" / "حصيلة ضحايا ... " is not)."""
    return any(b in _WOUNDED_NOUNS for z in range(noun + 1, min(hi, noun + 2)) for b in bare(words[z]))


def _wounded_after_dead(words: list[str], noun: int, hi: int) -> Quantity | None:
    """The wounded's revised figure told right after the dead's: "حصيلة القتلى إلى 8 والجرحى إلى 19"."""
    z = next((z for z in range(noun + 1, min(len(words) - 1, noun + _UPDATE_REACH)) if words[z] == "الي"), None)
    if z is None:
        return None
    q = read_quantity(words, z + 1)
    if q is None or q.value is None or q.end + 2 >= min(hi, len(words)):
        return None
    if not bare_in(words[q.end], _WOUNDED_NOUNS) or words[q.end + 1] != "الي":
        return None
    w = read_quantity(words, q.end + 2)
    return w if w is not None and w.value is not None else None


def _reached_figure(words: list[str], x: int, noun: int, hi: int, noun_first: bool = False) -> Quantity | None:
    """With "بلغت" at ``x`` (:data:`REACHED_FIGURE`), the figure right after the toll's noun and its kind ("بلغت حصيلة
    الجرحى 14") or, the noun told first, right after the verb ("إن حصيلة القتلى بلغت 25"); else None. The masculine
    "بلغ" told first (:data:`REACHED_MASCULINE`), or after its noun with ``noun_first`` (:data:`REACHED_NOUN_FIRST`)."""
    masculine = REACHED_MASCULINE and (noun > x or (noun_first and REACHED_NOUN_FIRST))
    if not REACHED_FIGURE or not any(b in _REACHED or (masculine and b in _REACHED_MASCULINE) for b in bare(words[x])):
        return None
    at = x + 1 if noun < x else noun + 2
    if at >= min(hi, len(words)):
        return None
    q = read_quantity(words, at)
    if q is None or q.value is None or q.start != at:
        return None
    if COMBINED_UPDATE and _both_kinds_near(words, q.end):
        return Quantity(None, True, q.start, q.end)
    return q


def _noun_before_update(words: list[str], lo: int, x: int, wounded: bool = False) -> int | None:
    """The toll noun told before the update verb at ``x``, the dead named after it and nothing else between: "إن عدد
    القتلى ارتفع إلى 14"، "حصيلة الضحايا ارتفعت إلى 9" (the noun within three words before the verb); or the bare
    noun right before the verb, the dead counted after the figure ("إن الحصيلة ارتفعت إلى 10 قتلى"). With ``wounded``,
    the wounded named after the noun instead ("إن عدد الجرحى ارتفع إلى 6")."""
    for y in range(x - 1, max(lo, x - 4) - 1, -1):
        if bare_in(words[y], _UPDATE_NOUNS):
            if wounded:
                return y if _wounded_named(words, y, x) else None
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


def _nobody_end(words: list[str], k: int) -> int:
    """The end of "أحد" / "أي شخص" (``zero_nobody``) right after the hurt verb at ``k``, else 0."""
    if k + 1 >= len(words):
        return 0
    nxt = words[k + 2] if k + 2 < len(words) else ""
    return k + 2 if words[k + 1] in _ZERO_NOBODY else k + 3 if words[k + 1] + "_" + nxt in _ZERO_NOBODY else 0


def negated_hurt(words: list[str], k: int) -> bool:
    """True when the hurt verb at ``k`` is negated and its subject is nobody ("لم يصب أحد"، "دون أن يصاب أي شخص"), with
    :data:`NOBODY_HURT` on: no count of one ("أحد") is read there; the sentence's explicit zero is."""
    if not NOBODY_HURT or words[k] not in _ZERO_HURT_VERBS or k + 1 >= len(words):
        return False
    back = words[max(0, k - 2):k]
    if not back or not (back[-1] in _ZERO_NEGATORS or (back[-1] == "ان" and len(back) == 2 and back[0] in _ZERO_NEGATORS)):
        return False
    return _nobody_end(words, k) > 0


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
            if NOBODY_HURT and w in _ZERO_HURT_VERBS and x + 1 < len(words):
                end = _nobody_end(words, x)
                if end and not (end < len(words) and words[end] in {"من", "منهم", "منا", "بين"}):
                    return Quantity(0, False, n, end)  # "لم يصب أحد من الجنود": one side only, no toll
                break
            if w in _ZERO_BOTH or pair in _ZERO_BOTH or w in own:
                after = words[x + 1] if x + 1 < len(words) else ""
                if after in {"اخري", "اخرين", "جديده"}:
                    break
                return Quantity(0, False, n, x + (2 if pair in _ZERO_BOTH else 1))
            if w not in _ZERO_LINKS and not (w.startswith("ال") and x > n + 1 and words[x - 1] in _ZERO_LINKS | _ZERO_NEGATORS
                                              and w not in {"حصيله", "عدد"}):
                break
    return None
