"""Events across documents, third family: grouping mentions into events.

:func:`build_events` (which events a mention is compared with, the best-scoring one it joins, stable event ids:
:func:`_stable_id`, :func:`_place_index_keys`), the vague recalls of a country and its month joined afterwards
(:func:`_attach_recalls`, :func:`_vague_recall`, :func:`_recall_fits`) and the toll policies
(``TOLL_POLICIES``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable

from marsad.agent.events_match import MERGE_AT, _event_score
from marsad.agent.events_mentions import _LEVELS, Event, Mention, _day, _kind, mentions_of
from marsad.schemas import DocumentRecords

TOLL_POLICIES = ("latest", "max", "min")
"""How an event's killed/injured are chosen from its mentions: the latest total reported (default,
never a sum of articles), the highest, or the most conservative (ACLED's)."""


def _vague_recall(group: list[Mention]) -> bool:
    """Every mention a recall that names only a country and its month, not the day ("the truck bomb that
    killed 512 in Somalia in October"). Without the month such a recall ("ISIS's attack in Kuwait") is left
    alone: that an archive holds one fitting incident is no evidence that the recall means it."""
    return all(m.attack.background and m.place_level >= _LEVELS["country"] and m.country and not m.day
               and m.attack.date and len(m.attack.date) == 7 for m in group)


def _recall_fits(recall: list[Mention], event: list[Mention]) -> bool:
    """Whether the incident of ``event`` is one a vague recall (:func:`_vague_recall`) can be about."""
    if {m.doc_id for m in recall} & {m.doc_id for m in event}:
        return False
    days = [m.attack.date for m in event if m.day]
    when = min(days) if days else min((m.attack.date for m in event if m.attack.date), default=None)
    if when is None:
        return False  # an undated incident cannot be placed before the recall
    published = min((m.pub_day for m in recall if m.pub_day), default=None)
    if published is not None and when > published.isoformat():
        return False
    if any(m.attack.date and not when.startswith(m.attack.date) for m in recall):
        return False
    types = [{_kind(m) for m in g} - {"other"} for g in (recall, event)]
    if types[0] and types[1] and not types[0] & types[1]:
        return False
    actors = [{m.perpetrator_key for m in g if m.perpetrator_key and not m.perpetrator_key.startswith("name:")}
              for g in (recall, event)]
    if actors[0] and actors[1] and not actors[0] & actors[1]:
        return False
    tolls = [[m.attack.killed for m in g if m.attack.killed] for g in (recall, event)]
    # a recall months later states the final toll: far below the incident's reports it is another incident
    return not (tolls[0] and tolls[1] and max(tolls[0]) < max(tolls[1]) / 3)


def _attach_recalls(groups: list[list[Mention]]) -> list[list[Mention]]:
    """A vague recall that matched no event joins the one event of its country it fits; with two or more
    it cannot be told which, and it stays alone."""
    by_country: dict[str, list[int]] = {}
    for gi, g in enumerate(groups):
        if any(m.place_level < _LEVELS["country"] for m in g):
            for country in {m.country for m in g if m.country}:
                by_country.setdefault(country, []).append(gi)
    joined: set[int] = set()
    for gi, g in enumerate(groups):
        if not _vague_recall(g) or len({m.country for m in g}) != 1:
            continue
        fits = []
        for ci in by_country.get(g[0].country, ()):
            if _recall_fits(g, groups[ci]):
                fits.append(ci)
                if len(fits) > 1:
                    break
        if len(fits) == 1:
            groups[fits[0]].extend(g)
            joined.add(gi)
    return [g for gi, g in enumerate(groups) if gi not in joined]


def _place_index_keys(m: Mention) -> list[str]:
    """Keys an event is found under by a mention without a day: its place, and its place's English name (one place
    spelled two ways is the same place, see the rule)."""
    return [m.place_key] + ([f"en:{m.place_en}:{m.place_level}"] if m.place_en else [])


def _stable_id(members: list[Mention]) -> str:
    first = min(members, key=lambda m: (m.published or "9999", m.doc_id, m.index))
    return "ev_" + hashlib.sha1(first.key.encode("utf-8")).hexdigest()[:12]


def build_events(records: Iterable[DocumentRecords], *, policy: str = "latest",
                 merge_at: float = MERGE_AT) -> list[Event]:
    """Group the attack records of many documents into events.

    Args:
        records: every document's records (one :class:`DocumentRecords` per document).
        policy: how killed/injured are chosen (:data:`TOLL_POLICIES`).
        merge_at: the score a mention needs to join an event (see the module docstring).

    Returns:
        Events, newest first; each holds its mentions, sources and citations.

    Raises:
        ValueError: an unknown toll policy.
    """
    if policy not in TOLL_POLICIES:
        raise ValueError(f"unknown toll policy {policy!r}: use one of {', '.join(TOLL_POLICIES)}")
    mentions = mentions_of(records)
    # oldest first, so that an event grows from its first report; index by (country, day) buckets
    mentions.sort(key=lambda m: (m.attack.date or m.published or "", m.published or "", m.doc_id, m.index))
    groups: list[list[Mention]] = []
    by_day: dict[dt.date, list[int]] = {}
    # events a mention without a day can join: those naming its place, or (no place) stating its toll and type;
    # indexed so that an archive's many undated mentions are not compared with every undated event
    by_place: dict[str, set[int]] = {}
    by_toll: dict[tuple, set[int]] = {}
    by_month: dict[tuple, set[int]] = {}  # (country, month) -> events with a mention dated in it (day or month)
    month_only: dict[tuple, set[int]] = {}  # (country, month) -> events with a mention dated only to it
    for m in mentions:
        day = m.day or (_day(m.published) if not m.attack.date else None)
        candidates: set[int] = set()
        if day is not None:
            for delta in (-2, -1, 0, 1, 2):
                candidates.update(by_day.get(dt.date.fromordinal(day.toordinal() + delta), ()))
        month = (m.country, m.attack.date[:7]) if len(m.attack.date or "") >= 7 else None
        if month and m.day:
            candidates.update(month_only.get(month, ()))  # events told only to the month ("earlier this July")
        elif month:
            candidates.update(by_month.get(month, ()))
        if m.attack.background or not m.attack.date or (month and not m.day):
            if m.place_key:
                for key in _place_index_keys(m):
                    candidates.update(by_place.get(key, ()))
            elif m.attack.killed is not None:
                candidates.update(by_toll.get((m.attack.killed, m.attack.attack_type), ()))
        best, best_score = None, merge_at
        for gi in sorted(candidates):
            s = _event_score(groups[gi], m)
            if s is not None and s >= best_score:
                best, best_score = gi, s
        if best is None:
            groups.append([m])
            best = len(groups) - 1
        else:
            groups[best].append(m)
        if day is not None:
            by_day.setdefault(day, []).append(best)
        if m.place_key:
            for key in _place_index_keys(m):
                by_place.setdefault(key, set()).add(best)
        if month:
            by_month.setdefault(month, set()).add(best)
            if not m.day:
                month_only.setdefault(month, set()).add(best)
        if m.attack.killed is not None:
            by_toll.setdefault((m.attack.killed, m.attack.attack_type), set()).add(best)
    groups = _attach_recalls(groups)
    events = [Event(event_id=_stable_id(g), mentions=g, policy=policy) for g in groups]
    events.sort(key=lambda e: (e.date or "", e.event_id), reverse=True)
    return events
