"""Round-up totals: a toll the incidents told after it add up to is the round-up's total, not an incident
(:func:`roundup_totals`); and the day distance, place cover and exact-count helpers it shares with
:mod:`attacks_incidents` (which holds the switches)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import combinations

from marsad.agent.offline import rules
from marsad.agent.offline.attacks_clusters import (
    _UNATTRIBUTED,
    _another_doer,
    _doer_ids,
    _last_told,
    _past,
    _same_family,
    _unresolved,
    region_holds,
)
from marsad.agent.offline.attacks_events import _Event
from marsad.agent.offline.casualties_words import _ONE_VICTIM
from marsad.agent.offline.context import DateHit, DocContext, bare, bare_in
from marsad.agent.offline.locations import Place, same_area
from marsad.agent.offline.merge import fronted, told_within
from marsad.core.arabic import normalize


def _days_apart(a: DateHit | None, b: DateHit | None) -> int | None:
    """How many days apart two day dates are (None unless both resolve to a day)."""
    if a is None or b is None or a.resolved.precision != "day" or b.resolved.precision != "day" \
            or not a.resolved.iso or not b.resolved.iso:
        return None
    return abs((date.fromisoformat(a.resolved.iso[:10]) - date.fromisoformat(b.resolved.iso[:10])).days)


_ROUNDUP_REACH = int(rules.number("merge", "roundup_reach_sentences"))
_ATTEMPT = frozenset({"محاوله", "محاولات", "محاولتي", "محاولتين"})
_NOT_NAME = frozenset({"عن", "في", "من", "علي", "الي", "مع", "بعد", "قبل", "و", "او", "ب", "ل"})
_NAME_TITLES = 3  # "مقتل القائد الميداني البارز فلان": titles between the death word and the name
"""How many sentences after a round-up's total its incidents are told."""
_ROUNDUP_LEAST = int(rules.number("merge", "roundup_least_total"))
"""The least total a round-up's toll is read as (two incidents of one dead each add up to anything small)."""
_ROUNDUP_ITEMS = int(rules.number("merge", "roundup_most_items"))
"""At most this many incidents are tried as the parts of a round-up's total."""
_WIDE_LEVELS = frozenset({"governorate", "region", "country"})
_PROVINCE_NOUNS = rules.words("merge", "province_nouns")
"""Nouns told before a place that make it a province ("محافظة حلب"، "ريف حلب"), whatever the gazetteer resolves."""


def _wide(p: Place) -> bool:
    """True for a governorate, a region or a country, or a place told as a province ("محافظة حلب")."""
    words = normalize(p.location.name or "").split()
    return p.base_level in _WIDE_LEVELS or (len(words) > 1 and words[0] in _PROVINCE_NOUNS)


def _holds(ctx: DocContext, wide: Place | None, narrow: Place | None, region: bool) -> bool:
    """True when a round-up's total told at ``wide`` (or at no place) can cover an incident told at ``narrow``: the
    same area, a place the article says lies in it, or, for a province (a governorate or its seat, a region, a
    country, a place told with "محافظة"), any place of the same country that is no province itself and that the
    gazetteer does not put in another governorate ("قتل 28 في قصف على محافظة حلب" and "مقتل 21 في مدينة منبج")."""
    if wide is None:
        return True
    if narrow is None:
        return False
    if same_area(wide, narrow) or told_within(ctx, narrow, wide) or (region and region_holds(wide, narrow)):
        return True
    a, b = wide.location, narrow.location
    return (_wide(wide) or wide.key.startswith("gov:")) and not _wide(narrow) and not narrow.key.startswith("gov:") \
        and bool(a.country) and a.country == b.country \
        and not (wide.governorate and narrow.governorate and wide.governorate != narrow.governorate)


def _exact(q) -> bool:
    return q is not None and q.value is not None and not q.vague


_SEVERAL_ATTACKS = frozenset(normalize(w) for w in ("هجمات", "تفجيرات", "انفجارات", "اعتداءات"))
_SUPERLATIVES = rules.words("scope", "superlatives")
"""Indefinite plurals of attacks and bombings (not of strikes or battles: strikes at one place are one incident; not
definite: "أشد التفجيرات فتكا" singles one out of attacks told before)."""


def _told_as_several(ctx: DocContext, t: dict) -> bool:
    """Whether a telling of the incident names it by an indefinite plural of attacks or bombings
    (:data:`_SEVERAL_ATTACKS`), no superlative right before it."""
    for e in t["events"]:
        if e.frame is None:
            continue
        words = ctx.sentences[e.si].words
        if any(bare_in(words[x], _SEVERAL_ATTACKS)
               and not any(b in _SUPERLATIVES for w in words[max(0, x - 2):x] for b in bare(w))
               for x in range(e.frame.lo, e.frame.hi)):
            return True
    return False


ONE_ITEM = True
"""Switch (pass 44, A/B measurement and its tests): a toll told of several attacks or bombings (:func:`_told_as_several`)
followed by one incident alone at a place it covers with fewer dead is a round-up total too (GUIDELINES §4: "the overall
total is a round-up total, not a record"): the series' other bombings are told with no place or toll of their own."""


def _partial_breakdown(items: list[dict], total: int) -> tuple[dict, ...] | None:
    """Two to roundup_most_items of the incidents (each at a place of its own, or at none yet) whose dead add up to
    no more than ``total``, the most of them first, or None."""
    for n in range(min(_ROUNDUP_ITEMS, len(items)), 1, -1):
        for combo in combinations(items, n):
            if sum(c["killed"].value for c in combo) <= total \
                    and len({c["place"].key if c["place"] is not None else id(c) for c in combo}) == n:
                return combo
    return None


def roundup_totals(ctx: DocContext, clusters: list[dict], partial: bool, region: bool) -> list[dict]:
    """The clusters less the tolls that only add up the incidents told after them.

    News opens with the day's toll and then tells its incidents one by one ("قتل 28 مدنيا في قصف على محافظة حلب"
    ... "غارات على مدينة منبج أدت إلى مقتل 21" ... "وقتل 7 آخرون في قصف على بلدة دير حافر"): when two to
    roundup_most_items incidents told after an incident, within roundup_reach_sentences, at places it covers
    (:func:`_holds`) and each at a place of its own, count exact dead that add up to its exact toll, that toll is the
    round-up's total, not an incident of its own (GUIDELINES §4): its record goes, the incidents stay. Only news (not
    past context), on the same day where both are dated, and not a revised toll."""
    out = list(clusters)
    for t in clusters:
        k = t["killed"]
        if not _exact(k) or k.value < _ROUNDUP_LEAST or t.get("killed_updated") or _past(t) \
                or any(e.listed or e.sum_part for e in t["events"]):
            continue
        wide = [t["place"], *(e.place for e in t["events"] if e.place is not None)] if t["place"] is not None else [None]
        items = [c for c in out if c is not t and t["first"] < c["first"] <= _last_told(t) + _ROUNDUP_REACH
                 and not _past(c) and _exact(c["killed"]) and 0 < c["killed"].value < k.value
                 and c["place"] is not None and any(_holds(ctx, p, c["place"], region) for p in wide)
                 and _days_apart(t["date"], c["date"]) in (None, 0)]
        found = None
        for n in range(2, min(_ROUNDUP_ITEMS, len(items)) + 1):
            for combo in combinations(items, n):
                if sum(c["killed"].value for c in combo) == k.value \
                        and len({c["place"].key for c in combo}) == n:
                    found = combo
                    break
            if found:
                break
        if found is None and partial and _told_as_several(ctx, t) \
                and not any(e.killed is not None and e.killed.value != k.value for e in t["events"]):
            # (a total that took in an item's own toll, "وكان أشدها في سوق وقتل فيه 11", holds that item: kept)
            # (an item fronted by a place no gazetteer knows, "وفي حي ...", is placed only later: still an item)
            loose = [c for c in out if c is not t and c["place"] is None
                     and t["first"] < c["first"] <= _last_told(t) + _ROUNDUP_REACH and not _past(c)
                     and _exact(c["killed"]) and 0 < c["killed"].value < k.value
                     and fronted(ctx.sentences[c["first"]].words) and _days_apart(t["date"], c["date"]) in (None, 0)]
            found = _partial_breakdown(items + loose, k.value)
            lone = [c for c in out if c is not t and c["place"] is None
                    and t["first"] < c["first"] <= _last_told(t) + _ROUNDUP_REACH and not _past(c)
                    and _exact(c["killed"]) and 0 < c["killed"].value < k.value
                    and _days_apart(t["date"], c["date"]) in (None, 0)] if ONE_ITEM else []
            if found is None and ONE_ITEM and len(items) + len(lone) == 1:
                found = (items + lone)[0],
                if found[0]["date"] is None and t["date"] is not None:
                    found[0]["date"] = t["date"]  # "في موجة انفجارات أول من أمس": the total's day is its item's  # "قتل 37 في سلسلة تفجيرات في كابول وجنوب البلاد" and "هزت عمليتان انتحاريتان
                # العاصمة ما أسفر عن مقتل 25": the one bombing the article places is an item of the total
        if found is None:
            continue
        out.remove(t)
        doer = next((e.perpetrator for e in sorted(t["events"], key=lambda e: e.si) if e.perpetrator is not None
                     and e.perpetrator.entry.id not in _UNATTRIBUTED), None)
        for c in found:
            if doer is not None and not _doer_ids(c["events"]) and all(_same_family(c, e) for e in t["events"]):
                # "قتل 28 في قصف جوي لطائرات النظام": the total's doer is its incidents' doer
                c["events"][0] = replace(c["events"][0], perpetrator=doer)
    return out


_KILLED_HIM = frozenset(normalize(w) for w in rules.words("attacks", "killed_him_verbs"))
KILLED_HIM = True
"""Switch (pass 41): a death verb with its object pronoun ("الشاب الذي قتلته الشرطة"، "قبل أن ترديه القوات") tells a
man told before, as "مقتله" does (:func:`anaphoric_death`)."""


def killed_him(e: _Event) -> bool:
    """Whether a death is told by a verb with its object pronoun (:data:`KILLED_HIM`)."""
    words = (e.killed_text or "").split()
    return KILLED_HIM and bool(words) and bare_in(normalize(words[-1]), _KILLED_HIM)


def anaphoric_death(clusters: list[dict], e: _Event, past_undated: bool = False) -> dict | None:
    """The incident a death told by a word with its pronoun ("مقتله"، "لقي مصرعه"، "حتفه") belongs to, or None.

    The pronoun points back at a man the article has told of, in an incident it has told ("قتل رجل شرطيين في وسط
    المدينة ... قبل أن يلقي مصرعه"، "ونفت الجماعة مقتله"): a single death so told, with no wounded, no place of its
    own below the country and no other day, is a further telling of the incident with dead told last before it, of
    the same kind and standing (news or past context) and country; it adds citations only, the incident keeps its toll
    (the man may be the attacker, and he is counted already if he is a victim). With ``past_undated``
    (``attacks_incidents.ANAPHORIC_PAST``) a death told as past context with no day of its own ("وكان الحارس قد لقي
    حتفه عند البوابة") goes with an incident told as news too: the pluperfect looks back at the man's death in the
    article's own incident, not at another one."""
    k = e.killed
    if k is None or k.value != 1 or k.vague or e.injured is not None or not e.killed_text:
        return None
    last = e.killed_text.split()[-1] if e.killed_text.split() else ""
    if not bare_in(normalize(last), _ONE_VICTIM) and not killed_him(e):
        return None
    if e.place is not None and e.place.location.admin_level != "country" and not _unresolved(e.place):
        return None
    country = e.place.location.country if e.place is not None else None
    kin = [c for c in clusters if c["first"] <= e.si and _exact(c["killed"]) and c["killed"].value >= 1
           and _same_family(c, e) and (_past(c) == e.past_context
                                       or (past_undated and e.past_context and e.date is None))
           and not _another_doer(c, e)
           and (country is None or c["place"] is None or c["place"].location.country == country)
           and _days_apart(c["date"], e.date) in (None, 0)]
    return max(kin, key=_last_told) if kin else None


_NAMING_DEATH = frozenset(normalize(w) for w in rules.words("attacks", "named_death_words"))
"""Death words a victim's name follows ("مقتل"، "اغتيال"، "قضى"): "مقتل الملا فلان الفلاني"."""


def _victim_names(ctx: DocContext, si: int) -> set[tuple[str, ...]]:
    """The first two name words of each man sentence ``si`` tells the death of by name: the two words after a death
    word and its title ("مقتل القيادي البارز فلان الفلاني" -> فلان الفلاني); a number or a definite word there is no
    name ("مقتل 5"، "مقتل الجنود")."""
    words = [normalize(w).strip('"«»#') for w in ctx.sentences[si].words]
    out: set[tuple[str, ...]] = set()
    for k, w in enumerate(words):
        if not bare_in(w, _NAMING_DEATH) or (k > 0 and bare_in(words[k - 1], _ATTEMPT)):
            continue  # "محاولة اغتيال فلان": he lived, his later death is another incident
        j = k + 1
        while j + 1 < len(words) and j - k <= _NAME_TITLES and (
                _title(words[j]) or (words[j] in {"في", "من"} and _title(words[j + 1]))):
            j += 2 if words[j] in {"في", "من"} else 1  # "مقتل القيادي في التنظيم فلان"
        if j + 1 < len(words) and words[j] and not words[j].startswith("ال") and not words[j][0].isdigit() \
                and words[j] not in _NOT_NAME \
                and words[j + 1] and not words[j + 1][0].isdigit():
            out.add((words[j], words[j + 1]))
    return out


def _title(w: str) -> bool:
    """A definite singular word of a victim's title ("القيادي"، "الملا"، "البارز"), not a plural ("المسلحين")."""
    return w.startswith("ال") and len(w) > 3 and not w.endswith(("ين", "ون", "ات"))


def _named_in(ctx: DocContext, si: int, names: set[tuple[str, ...]]) -> bool:
    """True when sentence ``si`` names one of ``names`` (two words in a row, a prefix "لـ"/"و" aside)."""
    words = [normalize(w).strip('"«»#') for w in ctx.sentences[si].words]
    pairs = set(zip(words, words[1:], strict=False))
    return any((a, b) in pairs or any((v, b) in pairs for v in bare(a)) for a, b in names)


_RANKED = frozenset({"الثاني", "الاول", "الثالث", "الاخر", "القوي"})
THE_MAN = True
"""Switch (A/B measurement and its tests) of :func:`named_death`'s second form: "اغتيل الرجل ..." (the man, as the
subject of a death verb) in the sentence right after the incident that told a named man's death is that death."""


def named_death(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The incident whose named victim a death told by a word with its pronoun names again, or None.

    A man named in an incident's telling ("أعلنت الوزارة مقتل القيادي فلان الفلاني بغارة") and named again in a
    later sentence with his death told by a word with its pronoun ("وقال ضباط إن فلان الفلاني ... وسيربك مقتله خلاياه
    في بلدة ...") is one death, one incident, whatever place that sentence reads beside it (where he used to be) or
    its standing: a further telling of it (citations only). Unlike :func:`anaphoric_death` the incident needs no
    counted toll (a named victim often carries none). Only a single death with no wounded and no other day, of the
    same kind, by no other doer, told after an incident whose telling names the same man after its death word; another
    man, or a man named only as the target of an attempt ("محاولة اغتيال فلان": he lived), stays apart."""
    k = e.killed
    if k is None or k.value != 1 or k.vague or e.injured is not None or not e.killed_text:
        return None
    last = e.killed_text.split()[-1] if e.killed_text.split() else ""
    words = ctx.sentences[e.si].words
    man = THE_MAN and 0 <= k.end < len(words) and normalize(words[k.end]) == "الرجل" \
        and bare_in(normalize(last), _NAMING_DEATH) \
        and not (k.end + 1 < len(words) and normalize(words[k.end + 1]) in _RANKED)  # "الرجل الثاني في الحزب"
    if not man and not bare_in(normalize(last), _ONE_VICTIM):
        return None
    kin = [c for c in clusters if c["first"] < e.si and _same_family(c, e) and not _another_doer(c, e)
           and (c["killed"] is None or (_exact(c["killed"]) and c["killed"].value == 1))
           and _days_apart(c["date"], e.date) in (None, 0)
           and (any(_victim_names(ctx, x.si) for x in c["events"] if x.si == e.si - 1) if man else
                any(_named_in(ctx, e.si, _victim_names(ctx, x.si)) for x in c["events"] if x.si < e.si))]
    return max(kin, key=_last_told) if kin else None
