"""Events across documents, second family: the matching rule of two mentions (``agent/events.py``'s docstring).

:func:`pair_score` (how strongly two mentions describe one incident, or a veto), its terms (the place:
:func:`_place_score`, :func:`_contains`, :func:`_named_in`, :func:`_km`; the date window of an undated report:
:func:`_window_gap`; recalls: :func:`_recalled`; types: :func:`_type_relation`), :func:`_event_score` (a mention
against an event) and the thresholds they read (``MERGE_AT``, ``FAR_KM``, ``NEAR_KM``, ``SAME_KM``,
``TYPE_FAMILIES``, ``LIST_OVERLAP``, ``TARGET_OVERLAP``, ``RECALL_DAYS``, ``UPDATE_DAYS``).
"""

from __future__ import annotations

import datetime as dt
import math

from marsad.agent.events_mentions import _LEVELS, Mention

MERGE_AT = 4.0
"""The score a mention needs to join an event."""

FAR_KM = 40.0
"""Two resolved places further apart than this are different incidents."""

NEAR_KM = 15.0
"""A place within this distance of a city (or a larger place) of a higher admin level lies in it (a district
the gazetteer gives no governorate, a neighbourhood placed at its city's coordinates)."""

SAME_KM = 3.0
"""Two city-level (or larger) places this close are one place resolved two ways (registry and gazetteer)."""

TYPE_FAMILIES = ({"ied", "car_bomb", "suicide_attack"}, {"shelling", "airstrike"},
                 {"armed_assault", "ambush", "sniper", "assassination"})
"""Attack types one incident is often told as by two outlets (a bombing told as an IED or a suicide attack,
a bombardment as shelling or an airstrike, gunfire as an assault, an ambush or an assassination)."""

LIST_OVERLAP = 0.5
"""Two strike lists are one statement retold when their sets of places overlap this much (Jaccard)."""

RECALL_DAYS = 2
"""An undated recall naming only a country matches only a mention published this many days from it."""

TARGET_OVERLAP = 0.25
"""Entries of two lists that both name their targets must share this share of target words (Dice)."""

UPDATE_DAYS = 2
"""An undated report stating a higher toll than an incident's (an update, at most three times it) may be published
this many days after the day before its publication window (see the rule)."""


def _km(a: Mention, b: Mention) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _window_gap(day: dt.date, published: dt.date) -> int:
    """Days between ``day`` and the window [published - 1, published] of an undated current report."""
    if day > published:
        return (day - published).days
    return max(0, (published - day).days - 1)


def _contains(big: Mention, small: Mention) -> bool:
    """``big`` is a governorate/country (or a city) that holds ``small``: by the gazetteer's hierarchy, or, when it
    gives none, by distance (a place of a lower level within ``NEAR_KM`` of a city or a larger place)."""
    if big.place_level <= small.place_level:
        return False
    if big.place_level >= _LEVELS["country"]:
        return bool(big.country and big.country == small.country)
    if big.governorate and big.governorate == small.governorate:
        return True
    km = _km(big, small)
    return km is not None and km <= NEAR_KM and big.place_level >= _LEVELS["city"]


def _named_in(a: Mention, b: Mention) -> bool:
    """``b``'s place is named in ``a``'s place as written or its aliases ("ميناء الحيمة في مديرية التحيتا" and
    "التحيتا"): one names the incident's spot, the other the district or town around it."""
    return any(f" {n} " in a.place_text for n in b.place_names)


def _place_score(a: Mention, b: Mention) -> float | None:
    """The place term of :func:`pair_score` for two placed mentions; None = a veto."""
    if a.country and b.country and a.country != b.country:
        return None
    coarse = max(a.place_level, b.place_level) >= _LEVELS["country"]
    if a.place_key == b.place_key or (min(a.place_level, b.place_level) >= _LEVELS["country"]) or (
            a.place_en and a.place_en == b.place_en and a.place_level == b.place_level):
        # (one place resolved or spelled two ways: سروج and سوروتش are both Suruc)
        # one place: a town is strong evidence, a governorate less, a country (the same country written as
        # "اليمن" or resolved to its code) only a little
        if coarse:
            return 1.0
        return 2.0 if a.place_level >= _LEVELS["governorate"] else 3.0
    km = _km(a, b)
    if _contains(a, b) or _contains(b, a) or _named_in(a, b) or _named_in(b, a):
        score = 0.5 if coarse else 1.0  # a town in a governorate; in a country, weaker
    elif km is not None and km <= SAME_KM and min(a.place_level, b.place_level) >= _LEVELS["city"]:
        return 2.0  # one city resolved two ways (registry and gazetteer)
    else:
        return None
    if km is not None and km > FAR_KM and a.place_level < 5 and b.place_level < 5:
        return None
    return score


def _recalled(m: Mention) -> bool:
    """A recall: marked background, or telling a stated day more than two days before its publication."""
    return bool(m.attack.background or (m.day and m.pub_day and (m.pub_day - m.day).days > 2))


def _type_relation(ta: str, tb: str) -> str:
    """``same`` (both specific), ``family`` (see TYPE_FAMILIES), ``other`` (one is ``other``) or ``different``."""
    ta, tb = getattr(ta, "value", ta), getattr(tb, "value", tb)
    if "other" in (ta, tb):
        return "other"
    if ta == tb:
        return "same"
    return "family" if any(ta in f and tb in f for f in TYPE_FAMILIES) else "different"


def pair_score(a: Mention, b: Mention) -> float | None:
    """How strongly two mentions describe one incident; None when they cannot (a veto)."""
    score = 0.0
    da, db = a.day, b.day
    if da and db:
        gap = abs((da - db).days)
        if gap > 2:
            return None
        score += {0: 3.0, 1: 2.0, 2: 0.5}[gap]
    elif a.attack.date and b.attack.date:
        x, y = sorted((a.attack.date, b.attack.date), key=len)
        if not y.startswith(x):
            return None
    elif (a.attack.date or b.attack.date) and not (da or db):
        coarse_dated, undated = (a, b) if a.attack.date else (b, a)
        if not (undated.attack.background or coarse_dated.attack.background) and undated.pub_day and not any(
                d.isoformat().startswith(coarse_dated.attack.date)
                for d in (undated.pub_day, undated.pub_day - dt.timedelta(days=1))):
            return None  # an undated current report tells of its publication window, outside the other's month
    elif da or db:
        dated, undated = (a, b) if da else (b, a)
        if not undated.attack.date and undated.pub_day and dated.day > undated.pub_day:
            return None  # no article tells of a day after its publication
        if not undated.attack.date and not undated.attack.background and undated.pub_day:
            # a current report that gives no date tells of its publication day or the day before
            gap = _window_gap(dated.day, undated.pub_day)
            update = bool(undated.attack.killed and dated.attack.killed and dated.day < undated.pub_day
                          and dated.attack.killed < undated.attack.killed <= 3 * dated.attack.killed)
            if gap > (UPDATE_DAYS if update else 1):
                return None
            # an updated toll ("the toll rose to 40") is told days later without the day
            score += 1.0 if gap == 0 else -0.5 if update else -1.5
    elif (not (a.attack.date or b.attack.date or a.attack.background or b.attack.background)
          and a.pub_day and b.pub_day and abs((a.pub_day - b.pub_day).days) > 2):
        return None  # two undated current reports published days apart
    # place
    placed = a.place_key is not None and b.place_key is not None
    coarse = placed and max(a.place_level, b.place_level) >= _LEVELS["country"]
    if placed:
        place = _place_score(a, b)
        if place is None:
            return None
        score += place
    # type
    ta, tb = a.attack.attack_type, b.attack.attack_type
    kinds = _type_relation(ta, tb)
    if kinds == "same":
        score += 1.0
    elif kinds == "different":
        score -= 2.0
    # perpetrator: two resolved actors that differ are two incidents unless one is the other's group or both are
    # one state's forces; a name the lexicon does not know ("the US and its allies") is often another wording of
    # the same actor, so it never vetoes
    pa, pb = a.perpetrator_key, b.perpetrator_key
    same_actor = bool(pa and pa == pb)
    related_actor = same_actor or bool(a.perpetrator_family & b.perpetrator_family)
    if pa and pb:
        if same_actor:
            score += 1.0
        elif related_actor:
            score += 0.5
        elif not (pa.startswith("name:") or pb.startswith("name:")):
            return None
        else:
            score -= 1.0
    # tolls
    ka, kb = a.attack.killed, b.attack.killed
    if ka is not None and kb is not None:
        if ka == kb and ka > 2:
            score += 1.5
        elif ka == kb and ka > 0:
            score += 0.5  # one or two killed: many incidents of a day have that toll
        elif min(ka, kb) >= max(ka, kb) / 3:
            score += 0.5
        elif min(ka, kb) >= max(ka, kb) / 10:
            score -= 1.0
        else:
            score -= 2.0  # 2 and 714: another incident, or a running total
    if not placed and not (ka is not None and ka == kb and ta == tb):
        return None
    close_tolls = bool(ka and kb and min(ka, kb) >= 0.8 * max(ka, kb))
    retold_list = a.listed is not None and b.listed is not None
    if retold_list:
        # entries of two strike lists: one statement retold names mostly the same places and targets;
        # the next day's statement on the same front is another list
        if len(a.listed & b.listed) < LIST_OVERLAP * len(a.listed | b.listed):
            return None
        if a.target_words and b.target_words and 2 * len(a.target_words & b.target_words) < TARGET_OVERLAP * (
                len(a.target_words) + len(b.target_words)):
            return None
        score += 1.0  # one statement retold: its place list is the evidence
    if da and db and abs((da - db).days) == 2 and not (close_tolls or retold_list):
        return None  # two days apart, a town on a front is struck again: only the toll or the list ties them
    if da and db and da != db and not (kinds == "same" or close_tolls or related_actor):
        # a town on a front sees fighting every day: another day needs a tie besides the place (the same
        # specific type, one actor or its group, or tolls within a fifth of each other: 60 and 62 killed)
        return None
    if coarse and not (retold_list or bool(ka and ka == kb) or (close_tolls and (_recalled(a) or _recalled(b))) or (_recalled(a) and _recalled(b) and da and da == db)
                       or (related_actor and (kinds in ("same", "family") or (_recalled(a) and _recalled(b)))
                           and not (da and db and da != db))):
        # a country sees many incidents a day: naming only the country, a mention needs a tie besides the date
        # and the type (one actor or its group on the same day, the same killed -- within a fifth for a recall,
        # which states the final toll --, one strike list retold); two recalls stating the same day weeks later
        # ("the attack of 4 March") name one notable incident
        return None
    month_told = [m for m in (a, b) if not m.day and not m.attack.background and len(m.attack.date or "") == 7]
    if month_told and (da or db) and not (same_actor or close_tolls or retold_list):
        # a current report told only to the month (often a month's tally: "40 civilians killed in Taiz in June")
        # against one day's report needs the actor or the toll besides the place and the type
        return None
    if a.attack.background or b.attack.background:
        # a recall joins only with the same place and type; its date, when stated, has decided above.
        # Told to the day, a recall may name a place holding the incident's ("the bombing in Kuwait on 26 June")
        # with a type of one family and one more tie. Undated, nothing else ties it to one incident: the type
        # must be the same ("other" is no wildcard)
        same_place = placed and (a.place_key == b.place_key or bool(a.place_en and a.place_en == b.place_en))
        dated_recall = bool(da and db)
        if not (placed and (same_place and (kinds in ("same", "family") or ta == tb or ("other" in (ta, tb) and dated_recall))
                            or (dated_recall and da == db and not same_place and kinds != "different"
                                and (related_actor or (ka and kb and min(ka, kb) >= 0.8 * max(ka, kb)))))):
            return None
        if not (da and db):
            if a.place_level >= _LEVELS["country"] and not (
                    a.perpetrator_key == b.perpetrator_key and not (a.perpetrator_key or "name:").startswith("name:")):
                return None  # "strikes in Syria" recalled without a date is no one incident, unless one actor's
            if a.place_level >= _LEVELS["country"] and not (
                    a.pub_day and b.pub_day and abs((a.pub_day - b.pub_day).days) <= RECALL_DAYS):
                return None  # ... retold as the same background by articles of the same days
            if not (same_actor or close_tolls
                    or (a.pub_day and b.pub_day and abs((a.pub_day - b.pub_day).days) <= RECALL_DAYS)):
                # a town sees many attacks of one type: a recall without its day needs its actor, its toll, or
                # to be the same background retold by articles of the same days
                return None
            # an undated recall of the same place and type: the place is the evidence; naming only a country it
            # has passed only with its actor and articles of the same days, which are the evidence
            score += 3.0 if coarse else 1.0
    return score


def _event_score(event: list[Mention], m: Mention) -> float | None:
    """A mention against an event: every member must allow it; the best pair decides."""
    best = None
    for other in event:
        if other.doc_id == m.doc_id:
            return None  # one document's records are already one per incident
        s = pair_score(other, m)
        if s is None:
            return None
        best = s if best is None else max(best, s)
    return best
