"""Fire launched from a place or toward one, and a state's strikes answering it: two incidents, not one
(:func:`fire_answered`; the switch ``DIRECTION`` stays in :mod:`attacks_incidents`)."""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.attacks_clusters import (
    _AIR_FORCES,
)
from marsad.agent.offline.attacks_events import _Event
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.locations import Place, place_at, same_area
from marsad.core.arabic import normalize

_LAUNCH = {normalize(w) for w in rules.words("attacks", "launch_words")}
"""Verbs and nouns of launching fire ("أطلقت"، "إطلاق"): rockets or shells told by where they flew from or to."""
_TOWARD = {normalize(w) for w in rules.words("attacks", "fire_toward_words")}
"""Words before the place launched fire flew to ("باتجاه"، "صوب"، "على")."""
_TOWARD_REACH = int(rules.number("attacks", "fire_toward_reach"))
"""How many words before a place a word of direction may stand ("صوب البلدات الحدودية جنوب البلاد")."""


def _launched(ctx: DocContext, e: _Event, memo: dict) -> tuple[Place | None, Place | None] | None:
    """Where fire told by a launch word flew from and to ("صواريخ أطلقت من غزة" -> Gaza, None), or None.

    Only rocket or shell fire (no air strike) with no state's or coalition's doer named, told with a place it was
    launched from ("من" + place) or flew to (``fire_toward_words`` + place)."""
    key = (e.si, e.ti)
    if key in memo:
        return memo[key]
    memo[key] = None
    f = e.frame
    if f is None or "shelling" not in e.types or "airstrike" in e.types or (
            e.perpetrator is not None and e.perpetrator.entry.get("type") in _AIR_FORCES):
        return None
    words = ctx.sentences[e.si].words
    if not any(b in _LAUNCH for w in words[f.i:f.j] for b in bare(w)):
        return None
    src = dst = None
    for m in ctx.places_in(e.si, f.i, f.hi):
        before = words[m.i - 1] if m.i > 0 else ""
        if src is None and before == "من":
            src = place_at(ctx, e.si, m)
        elif dst is None and any(b in _TOWARD for w in words[max(f.i, m.i - _TOWARD_REACH):m.i] for b in bare(w)):
            dst = place_at(ctx, e.si, m)  # "باتجاه مستوطنات جنوب البلاد"
    memo[key] = (src, dst) if src is not None or dst is not None else None
    return memo[key]


def _state_fire(e: _Event) -> bool:
    """True for a telling whose doer is a state's or a coalition's forces."""
    return e.perpetrator is not None and e.perpetrator.entry.get("type") in _AIR_FORCES


def fire_answered(ctx: DocContext, c: dict, e: _Event, memo: dict) -> bool:
    """True when one side is fire launched from a place or toward one (:func:`_launched`) and the other a state's or a
    coalition's fire told with no launch of its own: "أطلقت صواريخ من غزة" beside "شنت الطائرات غارات على غزة",
    or "استمر إطلاق الصواريخ باتجاه جنوب إسرائيل" beside strikes in Gaza, are the fire and the fire answering it, two
    incidents, though no doer is named for the launched fire. Launched from the strikes' very area (or the strikes
    unplaced), or flown to a place outside their area."""
    def apart(fired: tuple[Place | None, Place | None], place: Place | None) -> bool:
        src, dst = fired
        if src is not None and (place is None or same_area(src, place)):
            return True
        return dst is not None and place is not None and not same_area(dst, place)

    fired = _launched(ctx, e, memo)
    if fired is not None:
        state = [x for x in c["events"] if _state_fire(x)]
        return bool(state) and all(_launched(ctx, x, memo) is None for x in c["events"]) and apart(fired, c["place"])
    if not _state_fire(e):
        return False
    launched = [f for f in (_launched(ctx, x, memo) for x in c["events"]) if f is not None]
    return bool(launched) and not any(_state_fire(x) for x in c["events"]) and all(
        apart(f, e.place) for f in launched)
