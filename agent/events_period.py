"""Events across documents, fifth family: the events of a period, and what to say when it holds none.

`marsad events --since/--until` and the app's Events tab keep the events whose own date (the incident's; for an
undated one, the day it was first reported) lies wholly in the period (:meth:`~marsad.index.period.Period.holds`).
The app's Events tab filters them further by area, perpetrator and type (:func:`filter_events`).
When none does, :func:`period_pointer` tells where the archive's events are: the nearest dated before and after the
period, and how many told only to a month or a year overlap it without lying inside (widening the period takes them).
`marsad ask`/`search` point the same way over an empty publication period (:func:`marsad.agent.asking.no_hits_message`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.index.period import Period

__all__ = ["event_date", "events_in_period", "filter_events", "period_pointer", "period_pointers"]

def event_date(row: dict) -> str | None:
    """The date a period reads of the event row ``row`` (:meth:`Event.as_dict`): its own date, else the day it was
    first reported; None when it has neither."""
    from marsad.index.period import date_span

    text = (row.get("date") or row.get("first_reported") or "").strip()
    return text if date_span(text) is not None else None


def events_in_period(rows: list[dict], period: Period | None) -> tuple[list[dict], int]:
    """(the rows whose :func:`event_date` lies wholly in ``period``, how many others were left out); every row and 0
    when ``period`` is None."""
    if period is None:
        return list(rows), 0
    kept = [r for r in rows if period.holds(event_date(r))]
    return kept, len(rows) - len(kept)


def filter_events(rows: list[dict], period: Period | None = None, *, area: str = "", perpetrator: str = "",
                  attack_type: str = "") -> list[dict]:
    """The rows (:meth:`Event.as_dict`) the app's Events tab keeps: in ``period`` (:func:`events_in_period`, as `marsad
    events --since/--until`: the period parsed once by the caller), of ``area`` (country or governorate, any
    language), ``perpetrator`` (a substring of the name or its canonical id) and ``attack_type``; an empty filter
    keeps every row."""
    from marsad.core.arabic import normalize

    def has(value: str | None, needle: str) -> bool:
        return bool(value) and (needle.lower() in value.lower() or normalize(needle) in normalize(value))

    area, perpetrator = area.strip(), perpetrator.strip()
    out = []
    for e in events_in_period(rows, period)[0]:
        loc = e.get("location") or {}
        if area and not any(has(v, area) for v in (e.get("country"), e.get("country_name"), loc.get("governorate"),
                                                   loc.get("name_en"), loc.get("name"))):
            continue
        if perpetrator and not any(has(v, perpetrator) for v in (e["perpetrator"], e.get("perpetrator_id"))):
            continue
        if attack_type and e["attack_type"] != attack_type:
            continue
        out.append(e)
    return out


def period_pointer(rows: list[dict], period: Period, language: str = "en", caller: str = "cli") -> str | None:
    """Where the events of ``rows`` lie against ``period`` when it holds none of them, as
    :func:`~marsad.core.errors.no_events_in_period` words it (``language`` "ar": in Arabic); None when the period holds
    some, or when there are no rows at all (an empty archive has its own message). Without it, an empty period said
    only how many events it left out. ``caller`` "app" names the chat's Since/Until, not the command line's flags, as
    what reads publication dates."""
    from marsad.core.errors import describe_period_ar, no_events_in_period
    from marsad.index.period import date_span

    if not rows:
        return None
    low, high = period.day_range()
    before: str | None = None
    after: str | None = None
    overlapping = undated = 0
    for row in rows:
        date = event_date(row)
        if date is None:
            undated += 1
            continue
        own_low, own_high = date_span(date)
        if low <= own_low and own_high <= high:
            return None  # the period holds an event
        if own_high < low:
            before = date if before is None or date > before else before
        elif own_low > high:
            after = date if after is None or date < after else after
        else:
            overlapping += 1
    if language == "ar":
        return no_events_in_period(describe_period_ar(period.since, period.until), before, after, overlapping, undated,
                                   language="ar")
    readers = "the chat's Since/Until" if caller == "app" else "`marsad search`/`ask --since`"
    return no_events_in_period(period.describe(), before, after, overlapping, undated, readers)


def period_pointers(rows: list[dict], period: Period | None, caller: str = "app") -> list[str]:
    """:func:`period_pointer` in Arabic then in English, for a front end that tells both (the app's Events tab, whose
    ``rows`` are the events its other filters keep); the pointers there are (none without a period, or when the period
    holds some of ``rows``)."""
    if period is None:
        return []
    return [p for p in (period_pointer(rows, period, "ar"), period_pointer(rows, period, caller=caller)) if p]
