"""The day an article tells its incident occurred on, told in a sentence of its own.

A story often names the day once, with an occurrence verb and a definite noun of the incident ("وقعت الجريمة فجر
يوم الخميس الماضي في قرية ..."، "وقعت المداهمة يوم الثلاثاء"), and tells the killing itself in another sentence
with only the day a statement was made ("وأعلنت الشرطة الأحد مقتل ...") or a coarse span ("الأسبوع الماضي"). That
sentence's day is the incident's.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import DateHit, DocContext, bare_in

__all__ = ["OCCURRED_DAY", "occurred_day"]

OCCURRED_DAY = True
"""Module switch (A/B measurement) of :func:`occurred_day`."""
_OCCURRED = rules.words("attacks", "occurred_verbs")
_INCIDENT_NOUNS = rules.words("attacks", "occurred_incident_nouns")
"""Definite nouns of an incident that are no event word of their own ("الجريمة"، "الحادثة"، "المداهمة")."""
_DAY_REACH = 3
"""How many words after the noun the day may stand ("وقعت الجريمة البشعة فجر يوم ...")."""


def _told_days(ctx: DocContext, k: int) -> list[DateHit]:
    """The days of sentence ``k`` told right after an occurrence verb and an incident noun."""
    words = ctx.sentences[k].words
    return [d for d in ctx.dates[k] if d.resolved.precision == "day" and d.resolved.iso and any(
        bare_in(words[v], _OCCURRED) and words[v + 1] in _INCIDENT_NOUNS
        for v in range(max(0, d.i - _DAY_REACH - 2), d.i - 1))]


def occurred_day(ctx: DocContext, si: int) -> DateHit | None:
    """The day another sentence of the article tells the incident occurred on (the module's doc), when exactly one
    such day is told; None otherwise (no such sentence, or several days: several incidents)."""
    if not OCCURRED_DAY:
        return None
    told = [d for k in range(len(ctx.sentences)) if k != si for d in _told_days(ctx, k)]
    return told[0] if told and len({d.resolved.iso for d in told}) == 1 else None
