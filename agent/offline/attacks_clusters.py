"""One incident's tellings (a cluster: a dict of its events, place, date and counts).

A telling joins an incident when nothing tells them apart (:func:`_compatible`): the same area, standing (news or
past context), day, kind of attack, side and toll, or a toll another source gives close to it or in part. Before
joining, a toll with no place takes the place of the strike told right after it (:func:`_place_ahead`), and a lead's
toll that two later incidents add up to is their sum (:func:`_summed`). :func:`_absorb` adds a telling to an
incident (its best place, day and counts), :func:`_told_again` a second telling by its name.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.attacks_cues import _CONTRAST
from marsad.agent.offline.attacks_events import _OTHERS, _Event
from marsad.agent.offline.context import DateHit, DocContext, bare
from marsad.agent.offline.locations import Place, row_held, same_area
from marsad.core.arabic import normalize

_FAMILY: dict[str, str] = rules.table("attacks", "type_family")
"""Attack types that one incident's words may mix ("هجوم انتحاري بسيارة مفخخة", "قصف جوي") -> their family."""
_STRIKES = frozenset({"airstrike", "shelling"})
_AIR_FORCES = rules.words("attacks", "air_force_types")
"""Actor types that fly air strikes (state forces, coalitions): only their strikes lend a doer."""
_UNATTRIBUTED = rules.phrases("attacks", "unattributed_actors")
"""Registry ids that name no one ("مسلحون مجهولون"): never a perpetrator."""
_NAMING_TOLL = int(rules.number("attacks", "naming_toll"))
"""The least exact death toll that, told again far from its first telling, names the same incident."""
_CLOSE_TOLL_MIN = rules.number("attacks", "close_toll_min")
"""Tolls below this are too small to tie two tellings by a near figure (6 and 7 dead are often two incidents)."""
_PLACE_REACH = rules.number("attacks", "place_reach_sentences")
"""How many sentences after an unplaced incident a placed mention may still be that incident."""
_UNPLACED_REACH = rules.number("attacks", "unplaced_reach_sentences")
UNCOUNTED_UPDATE = True  # module flag, for A/B measurement only: an update joins an incident told uncounted
"""How many sentences apart two mentions not tied by a place may still be one incident."""


ROW_HELD_KIND = True
"""Switch (A/B measurement and its tests): a place the world gazetteer's curated district rows put in a province
(:func:`marsad.agent.offline.locations.row_held`: "الخوخة" in Hodeidah) joins an incident told at that province (or
the reverse) only when both are told as the same kind of attack (the same families, or both with no kind) and do not
name two doers: a kidnapping in the province and a targeting with no kind in one of its districts are two incidents.
A place told within such a district ("منطقة كذا بمديرية كذا") never joins by it: it is a named place of its own."""


def _one_kind(c: dict, e: _Event) -> bool:
    """True when the cluster and the event are told as the same kinds of attack (their families, or no kind at all)
    and do not name two different doers."""
    kinds = {_FAMILY.get(t, t) for x in c["events"] for t in x.types}
    doers = _doer_ids(c["events"])
    return kinds == {_FAMILY.get(t, t) for t in e.types} and not (
        doers and e.perpetrator is not None and e.perpetrator.entry.id not in doers)


def _same_family(c: dict, e: _Event) -> bool:
    """False when the cluster and the event are told as attacks of different kinds (a strike, a bombing)."""
    kinds = {_FAMILY.get(t, t) for x in c["events"] for t in x.types}
    return not (kinds and e.types and not kinds & {_FAMILY.get(t, t) for t in e.types})


def _battle_join(c: dict, e: _Event) -> bool:
    """True when one side is a battle told at the other's very place on the same day ("قصفت الميليشيات حي كريتر
    أمس" and "المعارك في حي كريتر أسفرت أمس عن ..."): the fighting there holds the shelling, one incident. Not an air
    strike: aircraft over a city at war strike their own targets ("شنت طائرات سلاح الجو غارات على عدة محاور")."""
    return e.place is not None and c["place"] is not None and c["place"].key == e.place.key \
        and (e.battle or any(x.battle for x in c["events"])) \
        and "airstrike" not in {t for x in [*c["events"], e] for t in x.types} \
        and e.date is not None and c["date"] is not None and e.date.resolved.precision == "day" \
        and e.date.resolved.iso == c["date"].resolved.iso


def _other_side(c: dict, e: _Event) -> bool:
    """True when one side is an air strike by a state's or a coalition's forces and the other is told with an armed
    group as its doer, outside a battle and not tied by the same toll: armed groups fly no aircraft, so a bombing a
    group claimed at the place the strikes hit is another incident ("غارات التحالف جنوب صنعاء" and "تفجير تبناه
    داعش جنوب صنعاء")."""
    if e.perpetrator is None or e.battle or any(x.battle for x in c["events"]) or _same_toll(c, e):
        return False
    doers = [x for x in c["events"] if x.perpetrator is not None]
    if not doers or any(x.perpetrator.entry.id == e.perpetrator.entry.id for x in doers):
        return False

    def flown(x: _Event) -> bool:
        return "airstrike" in x.types and x.perpetrator.entry.get("type") in _AIR_FORCES

    def group(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") == "armed_group" and "airstrike" not in x.types

    return (flown(e) and all(group(x) for x in doers)) or (group(e) and all(flown(x) for x in doers)) \
        or _fire_exchanged(c, e, doers) or (TWO_FORCES and _two_forces(e, doers))


TWO_FORCES = True  # module flag, for A/B measurement only


def _two_forces(e: _Event, doers: list[_Event]) -> bool:
    """True when one side is an air strike flown by one state's or coalition's forces and the other the fire or
    assault of other state forces (the army's artillery, its ground push): "شنت مقاتلات التحالف غارات على جبل كذا"
    and "قصفت مدفعية الجيش مواقع في جبل كذا" are two forces' acts, two incidents, even at one place on one day."""
    def force(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") in _AIR_FORCES

    def flown(x: _Event) -> bool:
        return force(x) and "airstrike" in x.types

    def grounded(x: _Event) -> bool:
        return force(x) and bool(x.types) and "airstrike" not in x.types

    return (flown(e) and all(grounded(x) for x in doers)) or (grounded(e) and all(flown(x) for x in doers))


def _fire_exchanged(c: dict, e: _Event, doers: list[_Event]) -> bool:
    """True when one side is rocket or shell fire by an armed group and the other the fire of a state's or a
    coalition's forces (an air strike, shelling, or an attack of no named kind): "قصفت الطائرات الحربية ثلاثة مواقع للفصائل"
    and "تبنت حركة مسلحة إطلاق قذائف صاروخية على بلدات حدودية" are fire and the fire answering it, two incidents, though
    both are of the strike family and told the same day."""
    def state(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") in _AIR_FORCES and set(x.types) <= _STRIKES

    def rockets(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") == "armed_group" and "shelling" in x.types and "airstrike" not in x.types

    return (rockets(e) and all(state(x) for x in doers)) or (state(e) and all(rockets(x) for x in doers))


def _unresolved(p: Place | None) -> bool:
    """A place no gazetteer knows and no known place holds: where it lies is unknown."""
    return p is not None and p.location.geo_precision == "unresolved" and not p.governorate


def _same_toll(c: dict, e: _Event) -> bool:
    """True when the event states the cluster's toll again: every count both give is equal, one at least."""
    pairs = [(c[k], getattr(e, k)) for k in ("killed", "injured")]
    given = [(a.value, b.value) for a, b in pairs if a is not None and b is not None and a.value is not None
             and b.value is not None]
    return bool(given) and all(a == b for a, b in given)


def _same_day(c: dict, e: _Event) -> bool:
    """True when the event and the cluster are dated to the same day."""
    a, b = c["date"], e.date
    return a is not None and b is not None and a.resolved.precision == "day" and b.resolved.precision == "day" \
        and bool(a.resolved.iso) and a.resolved.iso == b.resolved.iso


def _same_dead(c: dict, e: _Event) -> bool:
    """True when the event gives the cluster's exact death toll again, large enough to name it ("إطلاق نار أوقع 17
    قتيلا" in the lead and "وأقدم على قتل 17 شخصا" paragraphs later): news retells an incident by its toll."""
    a, b = c["killed"], e.killed
    return a is not None and b is not None and a.value is not None and a.value == b.value \
        and a.value >= _NAMING_TOLL and not a.vague and not b.vague


_VICTIM_GENERIC = rules.words("attacks", "retold_victim_generic")
"""Words of a target that name no one in particular ("مواقع"، "مدنيين"، "سابق"): they tie no two tellings."""


def _same_victim(c: dict, e: _Event) -> bool:
    """True when an attack told only as past context is told again, paragraphs later and still as past context, at
    the same victim: a word of its target other than a generic one or an adjective of origin ("تسميم جاسوس سابق وابنته"
    and "هجوم الرابع من مارس على فلان وابنته"; "تسميم العميل فلان" and "الهجوم على فلان"). News on the reactions to
    one attack retells it by its victim, as by its toll (:func:`_same_dead`); dates that differ still part them."""
    if not e.past_context or not all(x.past_context for x in c["events"]):
        return False
    words = _victim_words(e)
    return bool(words) and any(words & _victim_words(x) for x in c["events"])


def _victim_words(e: _Event) -> frozenset[str]:
    """The words of the event's target that may name its victim (no article, no "و", no nisba, four letters or more)."""
    text = e.target[0] if e.target else None
    if not text:
        return frozenset()
    out = set()
    for w in normalize(text).replace("#", " ").replace("_", " ").split():
        w = w[1:] if w.startswith("و") and len(w) > 4 else w
        w = w[2:] if w.startswith("ال") else w
        if len(w) >= 4 and w not in _VICTIM_GENERIC and not w.endswith(("ي", "يه", "يين", "يون", "ية")):
            out.add(w)
    return frozenset(out)


CALENDAR_DAY_TIES = True
"""Switch (A/B measurement and its tests): an incident told with a calendar day written out ("هجوم 7 شباط"، "غارات
السابع من فبراير") and told again with that same written day paragraphs later, with no place to tell them apart, is
one incident: news names an incident by its day as it does by its toll (:func:`_same_dead`). A weekday or "أمس"
resolved to the same day ties nothing (several incidents of one day are told so)."""


def _calendar_day(d: DateHit | None) -> str | None:
    """The day a date written with its day and month resolves to, else None."""
    if d is None or d.resolved.precision != "day" or not d.resolved.iso:
        return None
    parts = d.mention.parts
    return d.resolved.iso if parts.get("day") is not None and parts.get("month") is not None else None


def _same_calendar_day(c: dict, e: _Event) -> bool:
    """True when the cluster and the event are both dated by the same written calendar day."""
    day = _calendar_day(e.date)
    return day is not None and day == _calendar_day(c["date"])


def _part_of(c: dict, e: _Event) -> bool:
    """True when one telling's dead are a part the other gives of its own ("مقتل 4 أتراك" and "مقتل 11 شخصاً
    بينهم أربعة أتراك"): the same incident, counted in part."""
    a, b = c["killed"], e.killed
    if a is None or b is None or a.value is None or b.value is None or a.value == b.value:
        return False
    return a.value in e.parts or any(b.value in x.parts for x in c["events"])


CLOSE_INJURED = True
"""Switch (A/B measurement and its tests): with no two death tolls to compare, a wounded count within a tenth of the
incident's (both at least close_toll_min) is another source's count of it (:func:`_close_retelling`)."""


def _close(a, b) -> bool:
    """Whether two exact counts differ by at most a tenth of the larger (at least one), both close_toll_min or more."""
    return a is not None and b is not None and a.value is not None and b.value is not None and not a.vague \
        and not b.vague and min(a.value, b.value) >= _CLOSE_TOLL_MIN and a.value != b.value \
        and abs(a.value - b.value) <= max(1, max(a.value, b.value) // 10)


def wounded_retold(c: dict, u: dict) -> bool:
    """Whether an incident told with no death toll gives a wounded count close to another's (:func:`_close`): another
    source's count of it (:data:`CLOSE_INJURED`)."""
    return CLOSE_INJURED and u["killed"] is None and _close(c["injured"], u["injured"])


def _close_retelling(c: dict, e: _Event) -> bool:
    """True when an event with no place of its own below the country gives a death toll of at least close_toll_min
    within a tenth (at least one) of the cluster's ("قتل 17 جندياً ... عندما اقتحم مسلحون قاعدة" and "قالت طالبان إن 18 جندياً قتلوا"): another
    source's figure for the same incident, not a second incident. The injured, if both give them, agree."""
    if e.place is not None and e.place.location.admin_level != "country":
        return False
    a, b = c["killed"], e.killed
    if CLOSE_INJURED and (a is None or b is None) and _close(c["injured"], e.injured):
        return True  # "وأصيب 42" and "استقبل المستشفى 40 جريحا": the wounded counted by another source
    if a is None or b is None or a.value is None or b.value is None or a.vague or b.vague \
            or min(a.value, b.value) < _CLOSE_TOLL_MIN:
        return False
    i, j = c["injured"], e.injured
    if i is not None and j is not None and i.value != j.value:
        return False
    return a.value != b.value and abs(a.value - b.value) <= max(1, max(a.value, b.value) // 10)


def _place_ahead(ctx: DocContext, events: list[_Event]) -> list[_Event]:
    """Events with no place that take the place of the frame told right after them in the same clause.

    A toll is often told before the strike that caused it, and the strike's clause names the place ("لقي 7 مسلحين
    حتفهم في غارات جوية، طالت آلياتهم قرب مدخل مديرية خولان"): the place is the toll's too, so it
    does not join an incident told before at another place. Only the next frame of the sentence, of the same kind of
    attack (or of none), with no other toll, no clause mark or word of contrast ("فيما"، "بينما") before it."""
    out = list(events)
    for x, e in enumerate(out[:-1]):
        nxt = out[x + 1]
        if e.place is not None or e.listed or nxt.si != e.si or nxt.place is None or nxt.listed or nxt.ti <= e.ti:
            continue
        if e.types and nxt.types and not {_FAMILY.get(t, t) for t in e.types} & {_FAMILY.get(t, t) for t in nxt.types}:
            continue
        if any(getattr(nxt, k) is not None and getattr(e, k) is not None and getattr(nxt, k).value != getattr(e, k).value
               for k in ("killed", "injured")):
            continue
        s = ctx.sentences[e.si]
        if any(s.tokens[k].clause_start for k in range(e.ti + 1, nxt.ti)) or any(
                w in _CONTRAST for w in s.words[e.ti + 1:nxt.ti]) or nxt.segment != e.segment:
            continue
        out[x] = replace(e, place=nxt.place, placed=True)
    return out


def _summed(ctx: DocContext, events: list[_Event]) -> list[_Event]:
    """The events with a lead's death toll that sums two incidents told after it made a sum.

    News gives the day's total first and then its incidents ("مقتل تسعة شرطيين في المحافظة أمس" ... "قتل ستة
    شرطيين في كمين على طريق" ... "ولقي ثلاثة شرطيين آخرين حتفهم بعبوة ناسفة"): when two later tellings, in two sentences,
    count dead that add up to the lead's exact toll, and the second says its dead are others ("آخرين"), the lead's toll
    is their sum (it keeps its place and day, not its count) and the two are separate incidents, however alike their
    counts are, each where the lead says unless it names its own place. A breakdown told in one sentence ("بينهم") is the incident's own parts, untouched."""
    lead = [e for e in events if e.si in ctx.lead and e.killed is not None and e.killed.value and not e.killed.vague]
    later = [e for e in events if e.killed is not None and e.killed.value and not e.killed.vague and not e.background]
    for t in lead:
        total = t.killed.value
        for b in later:
            if b.si <= t.si or b.killed.value >= total or not _others_after(ctx, b):
                continue
            a = next((x for x in later if t.si < x.si < b.si and x.killed.value + b.killed.value == total), None)
            if a is None or a.si - t.si > _SUM_REACH or b.si - a.si > _SUM_REACH:
                continue  # (far apart, two counts may add up to the lead's by chance)
            if t.place is not None and any(x.place is not None and not same_area(t.place, x.place) for x in (a, b)):
                continue  # told at a place the lead's toll does not cover
            return [replace(x, killed=None, killed_text=None) if x is t
                    else replace(x, sum_part=True, place=x.place or t.place) if x is a or x is b else x for x in events]
    return events


_SUM_REACH = int(rules.number("attacks", "sum_reach_sentences"))
"""How many sentences after a lead's toll, and after each other, the two incidents it sums are told."""


def _others_after(ctx: DocContext, e: _Event) -> bool:
    """True when the dead an event counts are told as others ("ثلاثة شرطيين آخرين")."""
    words = ctx.sentences[e.si].words
    end = e.killed.end
    return end >= 0 and any(normalize(w) in _OTHERS for w in words[end:end + 2])


OWN_SIDE = True  # module flag, for A/B measurement only
SNIPED_REMOTE = True
"""Switch (pass 44, A/B measurement and its test): sniper fire told with shelling ("القصف العشوائي والقنص") is fire
from afar too: its doer's own dead are no toll of it (:func:`_own_side`)."""
_SNIPED = frozenset({"sniper"})


def _own_side(c: dict, e: _Event) -> bool:
    """True when one side is fire from afar (air strikes, shelling, told outside a battle) and the other's toll is
    told of that fire's own doer ("قصف الحوثيون مستشفى في المدينة" and "وأكدت مصادر طبية مقتل 14 من ميليشيات
    الحوثي"): those dead fell elsewhere, not under their own shells. In a battle or a raid the attackers' losses are
    the incident's toll, so only remote fire is kept apart so."""
    def remote(events: list[_Event]) -> bool:
        far = _STRIKES | _SNIPED if SNIPED_REMOTE else _STRIKES
        return bool(_strike_kinds(events)) and all(set(x.types) <= far for x in events) \
            and not any(x.battle for x in events)

    if remote(c["events"]) and e.victims & _doer_ids(c["events"]):
        return True
    return e.perpetrator is not None and remote([e]) and any(e.perpetrator.entry.id in x.victims for x in c["events"])


def _told_figure(text: str | None) -> int | None:
    """The first exact figure a toll's words tell ("16 من ميليشيات الحوثي"، "ثلاثة من أفراد المقاومة"), else None."""
    words = [normalize(w) for w in (text or "").split()]
    for k in range(len(words)):
        q = read_quantity(words, k)
        if q is not None and q.value is not None and not q.vague:
            return q.value
    return None


WITHHELD_APART = True  # module flag, for A/B measurement only


def _withheld_differs(c: dict, e: _Event) -> bool:
    """True when the event's dead and wounded were both told in figures that none of its counts keeps (one side's
    dead and the other's wounded give no toll) and a figure told differs from the incident's count ("مقتل 12 وإصابة
    30" and "قتل 9 من المسلحين وأصيب أربعة من الجنود"): another incident's figures, though no count of its own
    differs. (A total of both kinds, "45 بين جريح وقتيل", tells one figure: an update, not another incident.)"""
    told = {}
    for k in ("killed", "injured"):
        q = getattr(e, k)
        told[k] = _told_figure(getattr(e, k + "_text")) if q is None or q.value is None else None
    if None in told.values() or (e.killed is not None and e.injured is not None and e.killed.start == e.injured.start):
        return False  # (one figure read for both kinds: a total of both)
    return any(c[k] is not None and c[k].value is not None and not c[k].vague and told[k] != c[k].value
               for k in ("killed", "injured"))


UPDATE_DAY = True
"""Switch (A/B measurement and its tests): a revised toll told with its own later day ("وارتفعت حصيلة قتلى التفجير
اليوم إلى 15" after a bombing of yesterday) is dated by the revision, not the incident: it updates the incident."""
_UPDATE_DAYS = 7


def _revised_later(incident: DateHit | None, revision: DateHit | None) -> bool:
    """Whether a revision's day falls one to seven days after the incident's (both days)."""
    a, b = _days(incident), _days(revision)
    return a is not None and b is not None and 0 < (b - a).days <= _UPDATE_DAYS


def others_toll(u: dict) -> bool:
    """True when an incident's death toll is told as others ("وقتل ثلاثة آخرون"; attacks_events.OTHERS_APART): not
    the dead of an incident told before, so no merge keyed on an equal death toll joins it to one."""
    k = u["killed"]
    return k is not None and k.value is not None and any(
        x.others and x.killed is not None and x.killed.value == k.value for x in u["events"])


UNDATED_SAME_TOLL = True
"""Switch: a telling of the incident told just before with its exact toll again, where one of the two has no day of
its own and the other's day does not say otherwise ("أصيب رجل أمن بطلق ناري ... وكان مطلق النار قد هدد ... بعدما أطلق
عيارا أصاب به رجل الأمن"؛ "بعد ساعات من استهداف فريق الإسعاف ما أسفر عن إصابة 3. وأفاد مصدر أن المسلحين أطلقوا السبت
قذيفة على الفريق ... وإصابة 3"), is that incident told again, though one telling reads as past context and the other as
the news: the same toll ties them as a shared day does (one side with no place of its own below the country)."""


def _undated_toll(c: dict, e: _Event) -> bool:
    """Whether one of the cluster and the event has no date and the event is told within unplaced_reach_sentences of
    the cluster's last telling (:data:`UNDATED_SAME_TOLL`)."""
    return (c["date"] is None or e.date is None) and 0 <= e.si - max(x.si for x in c["events"]) <= _UNPLACED_REACH


PLACED_RETELLING = True
"""Switch (A/B measurement and its tests): an incident told with no place it can be matched by ("في بلدة صغيرة شمال
العاصمة") and, within ``unplaced_reach_sentences``, its definite name told again with a place and no toll or day of its
own ("لم يعرف إن كان الانفجار ناجما عن عبوة زرعت في سوق بلدة كذا") is one incident: the definite noun names the one told
before, the place says where it was (a day told with it is that incident's own)."""


def _placed_retelling(c: dict, e: _Event, gap: int) -> bool:
    """Whether ``e`` tells the unplaced incident ``c`` again by its definite name, with a place (:data:`PLACED_RETELLING`)."""
    return PLACED_RETELLING and e.definite and gap <= _UNPLACED_REACH and e.killed is None and e.injured is None \
        and (e.date is None or _same_day(c, e)) and not e.another and not e.similar and not e.past_context \
        and any(x.anchored and (x.killed is not None or x.injured is not None) for x in c["events"])


HISTORY_RETOLD = True
"""Switch (pass 65, A/B measurement and its tests): an incident of history (dated years before publication) named by
a relative clause with its year and its dead but no place ("التفجير الذي أودى بحياة الوزير السابق عام 2005"), told
again a sentence or two later with its place, a day in that year and the same dead ("واغتيل الوزير السابق بانفجار سيارة
مفخخة في العاشر من آذار 2005"), is that incident: a place told after an unplaced incident belongs to a later one in the news,
not in a past year both tellings name. (A list of that year's killings, "اغتيل فلان عام 2005"، is told without the
relative clause that names a known incident, and stays apart; the unplaced reach still applies.)"""


def _history_retold(c: dict, e: _Event) -> bool:
    """Whether ``e`` tells the unplaced history incident ``c`` again with its place (:data:`HISTORY_RETOLD`): the same
    history year on both sides (a telling of the cluster with none is no other year), dates that agree on what both give, the same exact death toll and the same victim
    (:func:`_victim_named`)."""
    years = {x.history for x in c["events"] if x.history}
    if not HISTORY_RETOLD or e.history is None or years != {e.history} \
            or not any(x.history and x.relative for x in c["events"]):
        return False
    a, b = c["killed"], e.killed
    if a is None or b is None or a.value is None or a.value != b.value or a.vague or b.vague \
            or not _victim_named(c, e):
        return False
    x, y = (c["date"].resolved.iso if c["date"] else None), (e.date.resolved.iso if e.date else None)
    return bool(x) and bool(y) and x[:len(y)] == y[:len(x)]


def _victim_named(c: dict, e: _Event) -> bool:
    """Whether the history telling names the victim the later telling names (its target's head word, "الوزير" of
    "واغتيل الوزير السابق", is told in the history telling's target or toll words, "أودى بحياة الوزير"), or the later
    telling names none: a toll of one is every assassination's, so "واغتيل النائب فلان ... 2005" after "التفجير الذي
    أودى بحياة الوزير عام 2005" is another killing of that year (:data:`HISTORY_RETOLD`)."""
    words = (e.target[0] or "").split()
    if not words:
        return True
    own = set(bare(normalize(words[0])))
    told = {b for x in c["events"] for t in (x.target[0], x.killed_text) if t
            for w in t.split() for b in bare(normalize(w))}
    return not own.isdisjoint(told)


UNRESOLVED_WITHIN = True
"""Switch (pass 61, A/B measurement and its tests): a place no gazetteer resolves (:func:`_unresolved`), told further
on in the very sentence that has just told an incident at a known place, neither one of several places listed
together nor told after a clause opener ("فيما"، "بينما"، "كما": another item of the sentence), is where in that
incident's area it happened, not a second incident: "امتدت الغارات إلى محافظة كذا حيث
شنت المقاتلات عشر غارات على مواقع في جبهة كذا" tells the province's strikes and the front they fell on. (A place
listed with others keeps its own record; another kind, another doer, another day or another toll still tell
them apart further on.)"""


def _told_within(c: dict, e: _Event) -> bool:
    """Whether ``e`` is told at a place no gazetteer resolves, unlisted, in a sentence that told the incident ``c``
    before it (:data:`UNRESOLVED_WITHIN`)."""
    return _unresolved(e.place) and not e.listed and not e.clause_apart and c["place"] is not None \
        and not _unresolved(c["place"]) \
        and any(x.si == e.si and x.ti < e.ti for x in c["events"])


ONE_COUNTRY_NAMES = True
"""Switch (pass 62, A/B measurement and its tests): two names of one country ("بريطانيا" in the registry and
"إنجلترا" that the world gazetteer reads as the same state) are one place, though their keys differ: an incident told
in the one and retold in the other is one incident, as when the same name is told twice."""


def _one_country(a: Place, b: Place) -> bool:
    """:data:`ONE_COUNTRY_NAMES`: both places are whole countries as told, of one ISO country ("شرق سوريا"،
    "شرق البلاد": a part of the country, its level turned to an area, is no second name of it)."""
    return a.level == "country" and b.level == "country" and a.base_level == "country" \
        and b.base_level == "country" and bool(a.location.country) \
        and a.location.country == b.location.country


_CONSTITUENTS = frozenset(normalize(w.replace("_", " ")) for w in rules.words("attacks", "constituent_countries"))
"""Countries within one state ("إنجلترا"، "اسكتلندا"، "ويلز"): one ISO code, but not one place."""


def _constituents_apart(a: Place, b: Place) -> bool:
    """True when two places are two different constituent countries of one state (review62: "إنجلترا", which the
    world gazetteer reads as the whole state, would otherwise hold "اسكتلندا" as a country holds its provinces)."""
    na, nb = normalize(a.location.name), normalize(b.location.name)
    return na != nb and na in _CONSTITUENTS and nb in _CONSTITUENTS


REGION_HOLDS = True
"""Switch (pass 63, A/B measurement and its tests): a region of the gazetteer (a strip, a territory: "قطاع غزة") holds
the towns and quarters of its country told near its point ("حي كذا شرق مدينة غزة"، "بلدة كذا شمال القطاع"): an incident
told at a town or quarter and told again further on at the region that holds it (an army's statement of the strike
"في القطاع") is one incident, as a province holds its towns (:func:`marsad.agent.offline.locations.same_area`). The
gazetteer gives a region no province of its own, so only its point says what it holds: within ``region_hold_km`` of it
(:func:`region_holds`, which the nested retellings of :mod:`attacks_incidents` and the round-ups of
:mod:`attacks_roundups` read too). Only that way round: a region told first is the frame a lead names, and the towns
told after it are each strike's own place."""
_REGION_HOLD_KM = float(rules.number("attacks", "region_hold_km"))
"""How far from a region's centre (a strip, a territory: "غزة") a town of its country lies within it, surely."""


def region_holds(wide: Place, narrow: Place) -> bool:
    """True when ``wide`` is a region of the gazetteer (not a country, not a governorate) and ``narrow`` a town or an
    area of its country within region_hold_km of its centre: "قصف على شمال قطاع غزة" and then "في بلدة بيت لاهيا"."""
    a, b = wide.location, narrow.location
    if a.admin_level != "region" or b.admin_level in {"region", "country"} or _unresolved(narrow) \
            or not a.country or a.country != b.country or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return region_km(a, b) <= _REGION_HOLD_KM


def region_km(a, b) -> float:
    """How far (km, flat) the point of the location ``b`` lies from that of the region ``a`` (both with lat/lon): the
    one distance a region's holding is read by, here and in :mod:`attacks_retold`."""
    dy = (a.lat - b.lat) * 111.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians(a.lat))
    return math.hypot(dx, dy)


def _region_held(c: dict, e: _Event) -> bool:
    """:data:`REGION_HOLDS`: ``e.place``, the place of a later telling, is a region as told (not a part of it: "شرق
    قطاع غزة" is an area of its own) and holds the incident's place below it. Not the other way: a region told
    first is the frame a lead names, and the towns told after it are each strike's own place. Nor for a telling that
    names a target of its own, another than any the incident's tellings name ("قصفت مخزنا ... داخل القطاع" after a
    strike on a car in a quarter): another strike in the region (review63 finding 8)."""
    r = e.place
    return r.base_level == "region" and region_holds(r, c["place"]) and not _other_target(c, e)


def _target_head(t: str | None) -> str | None:
    """The bare first word of a target's text ("سيارة مدنية" -> سياره), None for none."""
    words = (t or "").split()
    return bare(words[0]) if words else None


def _other_target(c: dict, e: _Event) -> bool:
    """True when ``e`` names a target whose head word none of the incident's named targets has."""
    own = _target_head(e.target[0])
    heads = {h for h in (_target_head(x.target[0]) for x in c["events"]) if h}
    return own is not None and bool(heads) and own not in heads


def _compatible(c: dict, e: _Event, quiet: bool = False) -> bool:
    """Whether the telling ``e`` may be one more telling of the incident ``c``; ``quiet``: nothing was told between
    them (:data:`attacks_incidents.QUIET_GAP`), so their distance alone does not tell them apart."""
    if e.others and c["killed"] is not None and any((x.si, x.ti) < (e.si, e.ti) for x in c["events"]):
        return False  # "قتل ثلاثة بانفجار لغم في قرية كذا. وقتل ثلاثة آخرون بانفجار لغم قرب بلدة كذا": not the
        # dead told before (a count and "آخرين" in one sentence with the incident is told_again: its further dead)
    if e.sum_part and any(x.sum_part and x.si != e.si for x in c["events"]):
        return False  # two incidents a lead's toll sums (_summed)
    if {x.history for x in c["events"] if x.history} != ({e.history} if e.history else set()) and (
            e.history or any(x.history and x.anchored for x in c["events"])):
        return False  # "الذي اغتيل في 2004": history is not the news told in the same place
    if e.listed and any(x.listed and x.si == e.si and x.ti == e.ti for x in c["events"]):
        return False  # "قصفت الطائرات مواقع في الرمادي والفلوجة": one strike per place listed, never one record
    if e.place is not None and c["place"] is not None and _constituents_apart(c["place"], e.place):
        return False  # "في اسكتلندا" and "في إنجلترا": two countries of one state
    if e.place is not None and c["place"] is not None and not same_area(c["place"], e.place) \
            and not (ONE_COUNTRY_NAMES and _one_country(c["place"], e.place)) \
            and not (REGION_HOLDS and _region_held(c, e)) \
            and not (c.get("umbrella") is not None and c["umbrella"].key == e.place.key) \
            and not (_unresolved(e.place) and not e.listed and _same_toll(c, e)) \
            and not (UNRESOLVED_WITHIN and _told_within(c, e)):
        return False  # (an unknown village told with the same toll is where that incident happened)
    if ROW_HELD_KIND and e.place is not None and c["place"] is not None and row_held(c["place"], e.place) \
            and not (_one_kind(c, e) and all(p.key == (p.location.model_extra or {}).get("registry_id")
                                     for p in (c["place"], e.place) if p.by_row)):
        return False  # "خطف مسلحون موظفا في محافظة كذا" and "استهدفوا سيارة في مديرية كذا منها": a district held
        # by the gazetteer's province joins the province's incident only when told as the same kind, by one doer
        # (and only the district itself: a village told within it is a place of its own)
    gap = e.si - max(x.si for x in c["events"])
    if e.similar and gap > 0:
        return False  # "وكان تفجير مماثل قد ضرب المدينة قبل عام": like the incident told before, so another one
    if e.another and any((x.si, x.ti) < (e.si, e.ti) for x in c["events"]):
        return False  # "قتل جنديان في هجوم على حاجز، وأصيب ثلاثة في هجوم آخر": told apart from what came before it
    if _marked_apart(c, e):
        return False  # "أصيب شرطيون في انفجار سيارة الاثنين، بعد يوم من قتل 13 في هجمات على كنائس": two incidents
    if e.place is not None and c["place"] is None and gap > _PLACE_REACH and not _placed_retelling(c, e, gap) \
            and not _history_retold(c, e):
        return False  # a place told sentences later belongs to a later incident, not to an unplaced one
    if (e.place is None or c["place"] is None) and gap > _UNPLACED_REACH and not quiet and not _same_dead(c, e) \
            and not (CALENDAR_DAY_TIES and _same_calendar_day(c, e)) and not _same_victim(c, e):
        return False  # far apart and not tied by a place, by its toll or by a written day: nothing says it is the
        # same incident
    cluster_past = not any(x.news for x in c["events"]) and any(x.background for x in c["events"])
    # "الهجوم الذي طال سوقا في تلعفر عام 2011 وراح ضحيته 31": a frame of the same sentence with
    # no date of its own goes on telling the incident before it, past or not
    same_sentence = gap == 0 and e.date is None and (c["date"] is not None or e.relative)
    reference = REPORT_REFERENCE and _report_reference(c, e, cluster_past)
    if STALE_APART and _stale_apart(c, e):
        return False  # "قتل سبعة بتفجير في كويتا ... وسبق لشقيقه أن قتل بهجوم في كويتا عام 2013": two
        # incidents at one place, the old one told with its own date as past context
    if e.past_context != cluster_past and (e.place is None or c["place"] is None) and not same_sentence \
            and not (_same_toll(c, e) and (_same_day(c, e) or (UNDATED_SAME_TOLL and _undated_toll(c, e)))) \
            and not reference:
        return False  # a past event told as context is not today's news, unless the place says so (or the same day
        # and toll: "وذكر الجيش لاحقا أن 4 من جنوده جرحوا يوم السبت" retells "وأصيب أربعة جنود، السبت")
    report = c.get("report_date") or e.report_date or (UPDATE_DAY and e.update and _revised_later(c["date"], e.date))
    if e.date is not None and c["date"] is not None and e.date.resolved.iso and c["date"].resolved.iso:
        a, b = e.date.resolved.iso, c["date"].resolved.iso
        if not report and a[:len(b)] != b[:len(a)]:
            return False
        a, b = a[:7], b[:7]  # (from the day the news was told, a past incident told a few days before is often
        # the news itself, told with its own day: only another month or year tells it apart)
        said = SAID_DAY_RETOLD and (e.said_day or any(x.said_day for x in c["events"])) and _months_apart(a, b) <= 1
        if PAST_DAY_APART and report and e.past_context != cluster_past and a[:len(b)] != b[:len(a)] \
                and not reference and not said:
            return False  # "أعلن التحالف أمس شن غارات" and "طرد المقاتلون التنظيم من حي سيطر عليه إثر هجوم الشهر
            # الماضي": a past incident of another month is another incident
    if not _same_family(c, e) and not _battle_join(c, e) and not _acts_of_one_raid(c, e):
        return False  # "قصفت مدرسة" after "تفجير سيارة خارج مسجد": a strike and a bombing are two incidents
    if _other_side(c, e):
        return False  # "غارات التحالف جنوب صنعاء" and "تفجير تبناه داعش جنوب صنعاء": two incidents
    if OWN_SIDE and _own_side(c, e):
        return False  # "قصف الحوثيون المستشفى" and "مقتل 14 من ميليشيات الحوثي": not the shelling's dead
    if DOERS_APART and _doers_apart(c, e):
        return False  # "واصلت المقاتلات التركية غاراتها" and "نفذ داعش تفجيرين انتحاريين قرب تل أبيض": two incidents
    if e.update:
        # updates a counted incident, or gives the toll of the one its own sentence tells
        # ("ارتفعت حصيلة تحطم طائرة خلال قصفها مدينة أريحا إلى 37 قتيلا"), or -- told with no place of its own in the
        # sentences right after it -- of the incident told uncounted ("انفجرت سيارة مفخخة قرب مقر للشرطة. وأشارت
        # مصادر طبية إلى ارتفاع حصيلة قتلى التفجير إلى سبعة")
        return gap == 0 or any(x.killed is not None or x.injured is not None for x in c["events"]) or (
            UNCOUNTED_UPDATE and e.place is None and gap <= _UNPLACED_REACH)
    if _close_retelling(c, e) or _part_of(c, e):
        return True  # another source's figure for the incident told before ("قالت طالبان إن 18 جندياً قتلوا")
    for k in ("killed", "injured"):
        a, b = c[k], getattr(e, k)
        if a is not None and b is not None and a.value is not None and b.value is not None and a.value != b.value \
                and not (c.get(k + "_updated") and b.value < a.value):
            return False  # (a figure below a revised toll is the first figure told of it)
    # "مقتل 12 وإصابة 30" and "قتل 9 من المسلحين وأصيب أربعة من الجنود": not the same figures
    return not (WITHHELD_APART and _withheld_differs(c, e))


def _months_apart(a: str, b: str) -> int:
    """How many calendar months apart two ISO dates (year-month at least) are; a large number when either tells a year
    only."""
    if len(a) < 7 or len(b) < 7:
        return 99
    return abs((int(a[:4]) * 12 + int(a[5:7])) - (int(b[:4]) * 12 + int(b[5:7])))


SAID_DAY_RETOLD = True
"""Switch (pass 63, A/B measurement and its tests): an attack told in a speaker's sentence dated only by the day he
spoke (:data:`attacks_dates.SPEECH_OPENER_DAY`: "أفاد صديق للرجل الذي تعرض للتسميم ...، السبت، أن ..."، "ندد الوزير
بالهجوم ...، مؤكدا اليوم الاثنين أن ...") is what he spoke of, an incident known before: told with its own day of
another month as past context, at the same place, it is that incident, not news of another (PAST_DAY_APART keeps a
report's news and a past incident of another month apart). Only for the month before the speaker's or his own: an
incident of years before at the same place is another one (review63 finding 7)."""


REPORT_REFERENCE = True
"""Switch (A/B measurement and its test): a bare attack word (no toll, weapon or kind) dated only by the day a report
or statement was made ("وأفادت المنظمة الخميس أن المادة استخدمت في الهجوم على ...") and the incident told as past
context with its own earlier day ("الهجوم الذي وقع يوم 4 مارس") are one incident: the report's day is not the
attack's (D-6), so it tells no second, newer incident."""


STALE_APART = True
"""Switch (A/B measurement and its test): an incident told as past context with a date of its own well before
publication (a month or a year before publication's, or a day more than ``stale_days`` back: ``_Event.stale``) is
not the news told with no date, even at the same place. The news told undated is the day's; the place alone does not
make the old incident it."""


def _counted(c: dict) -> bool:
    return c["killed"] is not None or c["injured"] is not None


def _stale_apart(c: dict, e: _Event) -> bool:
    """Whether a telling told as past context with a date well before publication meets an undated, counted news
    incident, or a counted telling of a later sentence, undated and placed elsewhere than the old incident (a region
    holding it), not past context, meets such a past incident. (An uncounted undated mention, or one at the very
    place, may be the old incident told again.)"""
    if e.past_context:
        return e.stale and c["date"] is None and not _past(c) and _counted(c) and any(x.news for x in c["events"])
    return STALE_COUNTED and _past(c) and e.date is None and e.place is not None and c["place"] is not None \
        and e.place.key != c["place"].key and (
        e.killed is not None or e.injured is not None) and not (e.relative or e.by_cause or e.told_again) \
        and e.si > max(x.si for x in c["events"]) and c["date"] is not None and any(
            x.stale and x.date is not None and x.date.resolved.iso == c["date"].resolved.iso for x in c["events"])


STALE_COUNTED = True
"""Switch (A/B measurement): the second half of :func:`_stale_apart` (a counted later telling and an old incident)."""


def _report_reference(c: dict, e: _Event, cluster_past: bool) -> bool:
    """Whether one side is bare tellings dated only by a report's day and the other is told as past context with a
    day of its own and no place of its own (a past incident told at a place is another one: "ويذكر ذلك بخطف جماعي في
    ولاية بورنو عام 2014")."""
    e_past = e.past_context
    c_bare = bool(c.get("report_date")) and all(_bare(x) for x in c["events"])
    if c_bare and e_past and e.date is not None and not e.report_date and e.place is None:
        return True
    return bool(e.report_date and _bare(e) and cluster_past and c["date"] is not None and not c.get("report_date")
                and c["place"] is None)


DOERS_APART = True  # module flag, for A/B measurement only
PAST_DAY_APART = True  # module flag, for A/B measurement only: a past incident's own day tells it from the news


def _own_doer(e: _Event) -> bool:
    """True when the event's doer is named within its own telling (not carried from an incident told before)."""
    m = e.perpetrator
    return m is not None and m.entry.id not in _UNATTRIBUTED and any(a <= m.start < b for a, b in e.spans)


def _doers_apart(c: dict, e: _Event) -> bool:
    """True when the event, told at a place of its own in a sentence the cluster is not told in, names its own doer,
    the cluster's tellings name theirs, and each of those is another side's: a state's or a coalition's force and an
    armed group (not told with an air strike: armed groups fly no aircraft, a group read as a strike's doer is
    misread), or two forces, not of one state, one told with an air strike and the other with no kind of attack
    ("لقي القيادي مصرعه على يد الجيش" and "كما شنت مقاتلات التحالف غارات"). (A past
    incident recalled with its doer is left to the rules of standing.) "واصلت المقاتلات التركية غاراتها على مواقع
    التنظيم" and "في الغضون نفذ التنظيم تفجيرين انتحاريين قرب بلدة حدودية" are two sides' acts, two incidents, even
    in one area on one day. Not in a battle (it holds both sides' fire), nor with the same toll told again. (Unknown
    gunmen name no one: a group may claim their attack later.)"""
    unplaced = UNPLACED_STRIKE and e.place is None and _flown_strike(e)
    if not _own_doer(e) or (e.place is None and not unplaced) or e.past_context or e.battle \
            or any(x.si == e.si or x.battle for x in c["events"]) or _same_toll(c, e):
        return False
    doers = [x for x in c["events"] if _own_doer(x)]
    if unplaced and any("airstrike" in x.types for x in doers):
        return False  # (an unplaced strike after strikes: told of them, their leader named, say)
    return bool(doers) and all(x.perpetrator.entry.id != e.perpetrator.entry.id and _two_sides(x, e) for x in doers)


UNPLACED_STRIKE = True
"""Switch (A/B measurement and its test): in :func:`_doers_apart`, an air strike flown by a state's or a coalition's
force, told with its own doer, needs no place of its own to stand apart from another force's ground attack or
killing told in an earlier sentence: "لقي القيادي مصرعه على يد الجيش في جبهة كذا" and "كما شنت مقاتلات التحالف،
الأحد، غارات على مواقع المتمردين في المناطق الخاضعة لهم" are two sides' acts (one side per incident)."""


def _flown_strike(x: _Event) -> bool:
    """True when the event is an air strike told with its own doer, a state's or a coalition's force."""
    return _own_doer(x) and "airstrike" in x.types and x.perpetrator.entry.get("type") in _AIR_FORCES


def _two_sides(a: _Event, b: _Event) -> bool:
    """True when two tellings' own doers are two sides (:func:`_doers_apart`)."""
    def force(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") in _AIR_FORCES

    def group(x: _Event) -> bool:
        return x.perpetrator.entry.get("type") == "armed_group" and "airstrike" not in x.types

    def other_force(x: _Event, y: _Event) -> bool:
        """A coalition and a state's force, or two states' forces ("الجيش الإسرائيلي" and "سلاح الجو الإسرائيلي"
        are one state's)."""
        tx, ty = x.perpetrator.entry.get("type"), y.perpetrator.entry.get("type")
        cx, cy = x.perpetrator.entry.get("country_code"), y.perpetrator.entry.get("country_code")
        return tx != ty or bool(cx and cy and cx != cy)

    return (force(a) and group(b)) or (group(a) and force(b)) or (
        force(a) and force(b) and ("airstrike" in a.types) != ("airstrike" in b.types) and not (a.types and b.types)
        and other_force(a, b))  # (both of a told kind: ``_two_forces``)


ONE_RAID = True  # module flag, for A/B measurement only


def _acts_of_one_raid(c: dict, e: _Event) -> bool:
    """True when the event is one more act of the raid its own sentence tells the cluster by ("هاجم مسلحون قرية
    فقتلوا 9 أشخاص وجرحوا اثنين وخطفوا ثلاث نساء"): told after it in the same sentence, on the same side of any mark
    of another event, with no place and no other doer of its own, and neither is fire from afar (a strike, shelling):
    killing, wounding and abducting told together by one doer are one incident, not an execution and a kidnapping."""
    if not ONE_RAID or e.place is not None or _another_doer(c, e) or _strike_kinds([*c["events"], e]):
        return False
    here = [x for x in c["events"] if x.si == e.si and x.segment == e.segment and x.ti < e.ti]
    return bool(here) and not e.past_context and not _past(c)


def _marked_apart(c: dict, e: _Event) -> bool:
    """True when the cluster is told in the event's sentence only on the other side of a mark of another event
    (:func:`attacks_cues.other_event_marks`: "بعد يوم واحد من"، "قبل ساعات من"، "غداة"): the sentence tells two
    incidents a span of time apart, not one."""
    here = [x for x in c["events"] if x.si == e.si]
    return bool(here) and all(x.segment != e.segment for x in here)


def _doer_ids(events: list[_Event]) -> set[str]:
    """The registry ids of the doers the events are told with."""
    return {x.perpetrator.entry.id for x in events if x.perpetrator is not None}


def _strike_kinds(events: list[_Event]) -> set[str]:
    """The kinds of fire (``_STRIKES``: air strike, shelling ...) the events are told as."""
    return {t for x in events for t in x.types} & _STRIKES


ONE_STATE = True
"""Switch (A/B measurement and its tests): a state's army and its air force (two registry entries, both the state's
military, of one country) are one doer: "أعلن الجيش أن مقاتلاته ضربت هدفا في القطاع" and "قالت القوات الجوية إن
مقاتلاتها أغارت على موقع قرب المدينة" tell one strike, not two sides' acts."""


def _one_state(a, b) -> bool:
    """True when two registry entries are one state's military (same country, both ``state_military``)."""
    return a.get("type") == b.get("type") == "state_military" and bool(a.get("country_code")) \
        and a.get("country_code") == b.get("country_code")


def _another_doer(c: dict, e: _Event) -> bool:
    """True when both the cluster and the event are told with a doer and the event's is none of the cluster's (nor,
    with :data:`ONE_STATE`, another force of the same state's military as all of theirs)."""
    doers = _doer_ids(c["events"])
    if e.perpetrator is None or not doers or e.perpetrator.entry.id in doers:
        return False
    return not (ONE_STATE and all(_one_state(x.perpetrator.entry, e.perpetrator.entry)
                                  for x in c["events"] if x.perpetrator is not None))


def _last_told(c: dict) -> int:
    """The sentence where a cluster's incident was last told."""
    return max(x.si for x in c["events"])


def _past(c: dict) -> bool:
    """True for a cluster told only as past context."""
    return not any(x.news for x in c["events"]) and any(x.background for x in c["events"])


ASIDE_SKIPPED = True  # module flag, for A/B measurement only: a past aside told in between is no distance
UPDATE_AGAIN = True  # module flag, for A/B measurement only: a toll update told with the incident again revises it


def _told_again(c: dict, e: _Event, aside: frozenset[int] = frozenset()) -> None:
    """Add an incident's second telling to it: its citations only. A toll told with it is a part of the
    incident's ("ما أسفر عن مقتل سبعة" of 12) or one side's claim ("خلف 40 قتيلا" while the army
    admits two dead): the incident's own toll comes from its other frames.

    The count of a counted incident's other field is its own, though ("قتل خمسة جنود في تفجير ... وأسفر الهجوم
    أيضا عن إصابة 22"): it fills that empty field when the telling names no place of its own, is of the same
    standing as the incident (news or past context), comes within unplaced_reach_sentences of its last telling, and
    any other count it gives is the incident's own. The sentences of ``aside`` -- those only a past incident's
    telling holds, told in between ("وكان مسلح قد قتل ثلاثة في متجر العام الماضي") -- count for no distance: the
    story comes back to its incident ("وأصيب خمسة أشخاص في الهجوم")."""
    last = _last_told(c)
    skipped = sum(1 for s in aside if last < s < e.si) if ASIDE_SKIPPED and not _past(c) else 0
    near = e.si - last - skipped <= _UNPLACED_REACH and e.past_context == _past(c)
    if e.by_cause and near and e.place is None and c["killed"] is None and c["injured"] is None:
        _absorb(c, e)  # "انفجرت عبوة قرب سوق شعبي. وقالت الشرطة إن 4 قتلوا في التفجير": the toll of the incident
        return
    _absorb(c, e, facts=False)
    if UPDATE_AGAIN and e.update and near:
        # "وارتفعت حصيلة الهجوم إلى 25 قتيلا": a revised toll of the incident told again replaces a lower first one
        for k in ("killed", "injured"):
            _revise(c, k, getattr(e, k))
        return
    if e.place is not None or not near:
        return
    for k, other in (("killed", "injured"), ("injured", "killed")):
        v, w = getattr(e, k), getattr(e, other)
        if v is None or v.value is None or c[k] is not None or c[other] is None or c[other].value is None:
            continue  # (an incident not yet counted takes its toll from the tellings that give it: "أوقع نحو 40
            # قتيلا، بينما ذكرت حصيلة رسمية مقتل جنديين" is a claim against the official count)
        if w is not None and w.value != c[other].value:
            continue  # a telling with a toll of its own that differs is a part or a claim, not this count
        c[k] = v


def _new_cluster(e: _Event) -> dict:
    return {"first": e.si, "events": [e], "place": e.place, "date": e.date, "killed": e.killed, "injured": e.injured,
            "report_date": e.report_date,
            "killed_updated": e.update and e.killed is not None, "injured_updated": e.update and e.injured is not None}


def _revise(c: dict, k: str, v) -> None:
    """A revised toll ``v`` of field ``k`` (killed/injured) replaces a lower or missing first figure, marked updated."""
    if v is not None and v.value is not None and (c[k] is None or c[k].value is None or v.value > c[k].value):
        c[k] = v  # the revised toll replaces the first one
        c[k + "_updated"] = True


def _absorb(c: dict, e: _Event, facts: bool = True) -> None:
    c["events"].append(e)
    if not facts:
        return
    if e.place is not None and c.get("umbrella") is None and (
            c["place"] is None or (e.place.specificity < c["place"].specificity and not _unresolved(e.place))):
        c["place"] = e.place
    if e.date is not None and (c["date"] is None or _date_rank(e.date, e.report_date) < _date_rank(c["date"], c["report_date"])):
        c["date"] = e.date
        c["report_date"] = e.report_date
    for k in ("killed", "injured"):
        v = getattr(e, k)
        if v is not None and e.update and v.value is not None:
            _revise(c, k, v)
            continue
        if c.get(k + "_updated"):
            continue  # "ارتفع عدد القتلى إلى 3 ... وكانت الوزارة أعلنت استشهاد 2": the first figure, told after
        if k == "killed" and v is not None and c[k] is not None and c[k].value is not None and c[k].value in e.parts:
            c[k] = v  # "مقتل 11 شخصا بينهم خمسة أتراك" after "مقتل 5 أتراك": the whole toll
            continue
        if k == "killed" and v is not None and v.value is not None and any(v.value in x.parts for x in c["events"]):
            continue  # a part of the toll told before, told again on its own
        if v is not None and (c[k] is None or (c[k].value is None and v.value is not None)
                              or (v.value is not None and v.value < c[k].value)):
            c[k] = v


def _date_rank(d: DateHit, report: bool) -> tuple[bool, bool, bool]:
    """Lower is a better date for an event: resolved, not the day it was reported, a named day over
    a vague span ("قبل ساعات على إعلان ..." loses to "ليل الجمعة" told of the same attack)."""
    vague = d.mention.kind in {"ago", "period"} or d.resolved.precision != "day"
    return not d.resolved.iso, report, vague


REFERENCED = True
"""Switch (A/B measurement and its tests): an incident named only as what a meeting, a call or a statement came after
or is about ("اجتمع المجلس اليوم بعد الهجوم على البلدة"، "طالبت الحكومة الخميس بتحقيق في الهجوم على القافلة")
is the one incident of its kind the article tells with its own day or place, not a second one on the day of the
meeting or the call."""
_AFTER_WORDS = rules.words("merge", "reference_after_words")
_CALL_VERBS = rules.words("merge", "reference_call_verbs")
BLAME_REFERENCE = True
"""Switch (A/B measurement and its tests): words of responsibility and blame ("تبنى التنظيم مسؤوليته عن الهجوم"،
"حملت الحكومة الجماعة مسؤولية الهجوم") before a definite bare attack word make it a reference, like calls."""
_BLAME_WORDS = rules.words("merge", "reference_blame_words")
_AFTER_REACH = 3
_CALL_REACH = 12
_REFERENCE_DAYS = 7


def _bare(e: _Event) -> bool:
    """Whether a telling is a bare attack word: no toll, weapon or kind."""
    return e.frame is not None and e.killed is None and e.injured is None and not e.weapons and not e.types


TYPED_REFERENCE = True
"""Switch (A/B measurement and its tests): a definite attack word of a named kind with no toll and no place of its
own ("أوحى الأربعاء بمسؤوليته في الهجوم الانتحاري") after a call, blame or responsibility word is a reference too,
to the one incident of that kind told at most a week before (:func:`referenced_retellings`)."""


def _called_before(words: list[str], i: int) -> bool:
    """Whether the attack word at ``i`` is definite with a calling word (:data:`_CALL_VERBS`) or, with
    :data:`BLAME_REFERENCE`, a blaming or responsibility word (:data:`_BLAME_WORDS`) up to twelve tokens before it."""
    calls = _CALL_VERBS | _BLAME_WORDS if BLAME_REFERENCE else _CALL_VERBS
    return words[i].startswith("ال") and any(b in calls for w in words[max(0, i - _CALL_REACH):i] for b in bare(w))


def _typed_reference(ctx: DocContext, e: _Event) -> bool:
    """Whether a definite toll-less telling of a named kind, unplaced, follows a calling, blaming or responsibility
    word (:data:`_CALL_VERBS`, :data:`_BLAME_WORDS`) up to twelve tokens before it; it joins only an incident told
    with that kind."""
    f = e.frame
    if not TYPED_REFERENCE or f is None or e.killed is not None or e.injured is not None or not e.types \
            or e.place is not None:
        return False
    words = ctx.sentences[e.si].words
    return _called_before(words, f.i)


def _reference(ctx: DocContext, e: _Event) -> bool:
    """Whether a bare telling (:func:`_bare`) names an incident only as a reference: an "after", "since" or "about"
    word up to three tokens before it ("بعد الهجوم"، "جراء شن هجوم"، "بشأن هجوم")، or told on the day of a statement,
    or definite with a verb of calling, condemning or discussing up to twelve tokens before it ("دعت ... من الهجوم
    على ..."، "عقد المجلس اجتماعا لبحث الهجوم")."""
    if not _bare(e):
        return False
    f = e.frame
    words = ctx.sentences[e.si].words
    if any(b in _AFTER_WORDS for w in words[max(0, f.i - _AFTER_REACH):f.i] for b in bare(w)) or e.report_date:
        return True
    return _called_before(words, f.i)


def _not_before(own: DateHit | None, ref: DateHit | None) -> bool:
    """Whether a reference's date (any precision) can follow the incident's: the same year, and not before it on the
    part both give ("2001" is no reference to a strike of "2014-09")."""
    a = own.resolved.iso if own is not None else None
    b = ref.resolved.iso if ref is not None else None
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:4] == b[:4] and b[:n] >= a[:n]


def _days(d: DateHit | None) -> date | None:
    iso = d.resolved.iso if d is not None else None
    return date.fromisoformat(iso) if iso and len(iso) == 10 else None


def _referenced_only(ctx: DocContext, u: dict) -> bool:
    """Whether an incident is told only by bare tellings, one at least a reference, every dated one a reference (its
    day is the meeting's or the statement's)."""
    return u["killed"] is None and u["injured"] is None \
        and all(_bare(e) or _typed_reference(ctx, e) for e in u["events"]) \
        and any(_reference(ctx, e) or _typed_reference(ctx, e) for e in u["events"]) \
        and all(_reference(ctx, e) or _typed_reference(ctx, e) for e in u["events"] if e.date is not None)


def _named_with(ctx: DocContext, c: dict, p: Place) -> bool:
    """Whether a sentence that tells the incident also names the place ``p`` by its name or canonical name, as a word
    or a clitic form of one ("القصف الذي طال أهالي دوما بالغوطة": Douma told with the attack placed in
    the Ghouta)."""
    names = {normalize(n) for n in (p.location.name, p.location.canonical_name) if n}
    for si in {e.si for e in c["events"]}:
        words = ctx.sentences[si].words
        forms = {b for w in words for b in bare(w)}
        line = f" {' '.join(words)} "
        if any(n in forms if " " not in n else f" {n} " in line for n in names):
            return True
    return False


YEAR_REFERENCE = True
"""Switch (A/B measurement and its tests): an incident told only by bare attack words and dated by a year or a month
alone ("منذ استهدافه بهجوم في 2009") is the one incident of its family the article dates to a day in that year or
month ("وكان قد نجا في 3 أيار 2009 من هجوم"), joined like a reference (:func:`referenced_retellings`)."""


def _year_reference(u: dict) -> bool:
    """Whether an incident has no toll, only bare tellings (:func:`_bare`) and a date of a year or a month alone."""
    d = u["date"]
    return YEAR_REFERENCE and u["killed"] is None and u["injured"] is None and d is not None \
        and d.resolved.precision in {"year", "month"} and bool(d.resolved.iso) and all(_bare(e) for e in u["events"])


def _within(c: dict, u: dict) -> bool:
    """Whether the incident ``c`` has a day inside the year or month of ``u``'s date."""
    a, b = c["date"], u["date"]
    return a is not None and a.resolved.precision == "day" and bool(a.resolved.iso) \
        and a.resolved.iso.startswith(b.resolved.iso)


def referenced_retellings(ctx: DocContext, clusters: list[dict]) -> list[dict]:
    """The clusters with each incident told only by references (:func:`_referenced_only`) joined to the one other
    incident of its family (news, or the running story told as past: "وكانت زوارق قد هاجمت"; a reference told as
    past only to a past one) at its place, within it or holding it ("في سوريا" and "في دوما"; no place on either
    side: any; the narrower place is kept), with no other doer, and a day of its own, at most a week before the
    reference's (never after it)."""
    if not REFERENCED:
        return clusters
    out = list(clusters)
    for u in clusters:
        if u not in out:
            continue
        by_year = not _referenced_only(ctx, u)
        if by_year and not _year_reference(u):
            continue
        told = _doer_ids(u["events"])
        kin = [c for c in out if c is not u and all(_same_family(c, e) for e in u["events"])
               and (_past(c) or not _past(u))
               and (u["place"] is None or c["place"] is None or (
                   same_area(u["place"], c["place"]) or _named_with(ctx, c, u["place"]) or _named_with(ctx, u, c["place"])))
               and not (told and _doer_ids(c["events"]) and not told & _doer_ids(c["events"]))]
        if by_year:
            kin = [c for c in kin if _within(c, u)]
        kinds = {t for e in u["events"] for t in e.types}  # (only a typed reference has any)
        if kinds:
            kin = [c for c in kin if kinds & {t for x in c["events"] for t in x.types}]
        if len(kin) != 1:
            continue
        c = kin[0]
        own, ref = _days(c["date"]), _days(u["date"])
        if c["date"] is None or (own is not None and ref is not None and not 0 <= (ref - own).days <= _REFERENCE_DAYS) \
                or not _not_before(c["date"], u["date"]):
            continue  # (an incident told with no day of its own keeps the references' record: it may need its day
            # to stand as an event at all)
        for e in u["events"]:
            _absorb(c, e, facts=False)
        if u["place"] is not None and not _unresolved(u["place"]) and (
                c["place"] is None or c["place"].specificity > u["place"].specificity):
            c["place"] = u["place"]  # "دوما" told in the references, "الغوطة الشرقية" with the day
        c["first"] = min(c["first"], u["first"])
        out.remove(u)
    return out
