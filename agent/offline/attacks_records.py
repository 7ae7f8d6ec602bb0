"""The record of one incident, which incidents are events, and the article's doer of its air strikes.

:func:`_record` picks the incident's kind (the bomb kind first; a group's "air strike" is none), doer (no unnamed
attackers), target (not the doer nor a force on its side), weapons and day (the article's news day for a round-up's item); :func:`_is_event`
keeps a record with a toll, a place or a doer, or a specific kind told as the day's news; :func:`_strike_doers`
lends the doer of the article's air strikes to those told with none, and :func:`article_flyer_doers` the one flying
force the article names striking when no air strike lends one.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterator

from marsad.agent.offline import attacks_cues, frames, roles_targets, rules, scope
from marsad.agent.offline.attacks_clusters import _UNATTRIBUTED
from marsad.agent.offline.attacks_cues import habitual_waging, plural_practice
from marsad.agent.offline.attacks_dates import _is_report_date, _span_days, bare_year, days_back, since_date
from marsad.agent.offline.attacks_events import _Event, area_within, valley
from marsad.agent.offline.context import FORCE_TYPES, DateHit, DocContext, bare, bare_in, forms_of
from marsad.agent.offline.locations import city_province
from marsad.agent.offline.mentions import get_gazetteer
from marsad.agent.offline.merge import citations
from marsad.agent.offline.roles_sides import after_battle
from marsad.agent.offline.roles_targets import NEAR_FORCE, allied_names
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry
from marsad.schemas import Attack

_SHOOTING = rules.words("attacks", "shooting_cues")
"""Words that make an attack of no named kind a shooting ("برصاص"، "إطلاق نار"، "مسلحون")."""
_AIR_CUES = rules.words("attacks", "air_cues")
"""Words that make shelling come from the air ("طيران"، "طائرات"، "مقاتلات")."""


ANTI_AIR_NOT_AIR = True
"""Switch: an air word that is the complement of an anti-aircraft arm ("ومضادات الطيران"، "الدفاعات الجوية") makes no
shelling an air strike (on; off only to measure it)."""
_ANTI_AIR_HEADS = rules.words("attacks_records", "anti_air_heads")
"""Heads whose air word names what they fire at, not who fires ("مضادات الطيران"، "الدفاعات الجوية"، "صواريخ مضادة
للطيران")."""


def _anti_air(words: list[str], x: int) -> bool:
    """Whether the air word at ``x`` names anti-aircraft arms: the word before it is an anti-air head ("ومضادات
    الطيران"، "الدفاعات الجوية"، "منظومة الدفاع الجوي"، "صواريخ مضادة للطيران")."""
    return x > 0 and bool(set(bare(words[x - 1])) & _ANTI_AIR_HEADS)


AIR_DOER_OTHER = True
"""Switch (on; off only to measure it): an attack of no named kind ("هجوم"، "استهداف"، "دمرت") told with aircraft
in its clause (up to seven words before the attack word) is an ``airstrike`` ("واصلت مقاتلات حربية هجومها على"، "هجوما بطائرة بدون طيار"، "دمر طيران التحالف"),
as shelling with aircraft already is; not when the aircraft only back a ground fight ("بإسناد جوي"، "بدعم من طيران")
or name an anti-aircraft arm or a base ("قاعدة ... الجوية"), nor for a shooting, nor when the doer is an armed group or
a police force (air strikes are flown by states and the coalition)."""
_AIR_SUPPORT = rules.words("attacks_records", "air_support_words")
_AIR_DOER_AMBIGUOUS = rules.words("attacks_records", "air_doer_ambiguous")
_AIR_DOER_CUES = (_AIR_CUES | rules.words("attacks_records", "air_doer_extra_cues")) - _AIR_DOER_AMBIGUOUS
"""Aircraft words for :data:`AIR_DOER_OTHER`: the air cues with the drone's "بدون طيار"/"درون", less "مسيرة" (also
a march)."""


def _aircraft_at(words: list[str], x: int) -> bool:
    """Whether the word at ``x`` names aircraft that strike: an air cue (or "طيار"/"درون" of a drone) not after an
    anti-air head and with no air-support word in the three words before it ("بإسناد جوي"، "بدعم من طيران التحالف"،
    "بإسناد جوي من مقاتلات")."""
    forms = set(bare(words[x]))
    if not forms & _AIR_DOER_CUES or _anti_air(words, x):
        return False
    return not any(set(bare(words[y])) & _AIR_SUPPORT for y in range(max(0, x - 3), x))


def _trigger_window(ctx: DocContext, e: _Event) -> tuple[list[str], int, int, set[str]]:
    """The words an incident's type is read from around one trigger: four words before its event word to six after
    it, within its frame (the sentence's words, the window's bounds and their bare forms)."""
    words = ctx.sentences[e.si].words
    lo, hi = max(e.frame.lo, e.frame.i - 4), min(e.frame.hi, e.frame.j + 6)
    return words, lo, hi, {b for w in words[lo:hi] for b in bare(w)}


def air_doer_type(ctx: DocContext, events: list[_Event], a: Attack) -> Attack:
    """The record as an ``airstrike`` when it is of no named kind and aircraft are told in the clause of one of its
    triggers (:data:`AIR_DOER_OTHER`). Asked of records already kept as events (:func:`_is_event`), so that a
    specific kind read this way makes no new record of a mention."""
    if not AIR_DOER_OTHER or a.attack_type != "other":
        return a
    doer_types = {e.perpetrator.entry.get("type") for e in events
                  if e.perpetrator is not None and e.perpetrator.entry.canonical == a.perpetrator}
    if doer_types & {"armed_group", "police"}:
        return a
    for e in events:
        if e.frame is None:
            continue
        words, _lo, hi, forms = _trigger_window(ctx, e)
        if forms & _SHOOTING:
            return a
        if any(_aircraft_at(words, x) for x in range(max(e.frame.lo, e.frame.i - 7), hi)):
            return a.model_copy(update={"attack_type": "airstrike"})
    return a


def _refine_type(ctx: DocContext, events: list[_Event], kind: str) -> str:
    """The attack type read from the words around the incident's triggers, when the trigger words left it open.

    A suicide bomber makes any bombing a ``suicide_attack`` ("سيارة مفخخة يقودها انتحاري"); an attack of no
    named kind told with bullets or gunmen is an ``armed_assault`` ("قتل برصاص"، "هجوم شنه مسلحون");
    shelling with aircraft in its clause is an ``airstrike`` ("قصف طيران التحالف"). With the switch
    :data:`ANTI_AIR_NOT_AIR` on, an air word that only names anti-aircraft arms ("قذائف الهاون ومضادات الطيران"،
    "الدفاعات الجوية") is no aircraft: those arms fire at aircraft from the ground.
    """
    types = {t for e in events for t in e.types}
    if "suicide_attack" in types and kind in {"car_bomb", "ied", "explosion", "other"}:
        return "suicide_attack"
    if kind not in {"other", "shelling"}:
        return kind
    for e in events:
        if e.frame is None:
            continue
        words, lo, hi, forms = _trigger_window(ctx, e)
        if kind == "shelling" and ANTI_AIR_NOT_AIR:
            air = {b for x in range(lo, hi) if not _anti_air(words, x) for b in bare(words[x]) if b in _AIR_CUES}
            if air:
                return "airstrike"
        elif kind == "shelling" and forms & _AIR_CUES:
            return "airstrike"
        if kind == "other" and forms & _SHOOTING and not (frames.ARSON and forms & frames.ARSON_VERBS):
            return "armed_assault"  # (a fire set, "أضرم مسلحون النار", is no shooting: it stays other)
    return kind


POLICE_RAID = True
"""Switch (on; off only to measure it): "غارة" whose doer is a police force is a raid on the ground (the word means
both), typed ``armed_assault``; police fly no air strikes (a police air wing, "Air" in its English name, still does).
One told with a search or a breach of the law makes no record at all (``scope.SEARCH_RAID``)."""

_NO_SELF_TARGET = True  # module flag, for A/B measurement only
ALLIED_TARGET = True
"""Switch: a target on the doer's side (``allied_sides``, :func:`roles_targets.allied_names`) is dropped when
the record's doer and target were read in different sentences (on; off only to measure it)."""


OWN_FLYER = True
"""Switch (pass 59, ext59): an air strike with no doer of its own whose own sentences name the aircraft of a state
that is not the article's flyer ("قتل خمسة جراء قصف جوي على منزل ..., لتصل الحصيلة إلى 40 جراء غارات طائرات النظام"
in an article on another air force's strikes) takes no doer from the article: its sentences say whose aircraft
struck, and it is not the lender (:func:`_strike_doers`, :func:`own_flyers`)."""
_OWN_FLYER_HEADS = rules.words("attacks_records", "own_flyer_heads")
_OWN_FLYER_TYPES = rules.words("attacks_records", "own_flyer_types")
_OWN_FLYER_GAP = 2


def own_flyers(ctx: DocContext, e: _Event) -> set[str]:
    """The states whose aircraft the sentence of event ``e`` names: an actor of a state's type told at most two
    tokens after an aircraft word ("طائرات النظام"، "مقاتلات التحالف الحربية"; :data:`OWN_FLYER`)."""
    words = ctx.sentences[e.si].words
    return {m.entry.canonical for m in ctx.mentions[e.si]
            if m.entry.get("type") in _OWN_FLYER_TYPES
            and any(bare_in(words[x], _OWN_FLYER_HEADS) for x in range(max(0, m.i - _OWN_FLYER_GAP), m.i))}


ARTICLE_FLYER = True
"""Switch (pass 60; on, off only to measure it): an air strike with no doer of its own, in an article whose air strikes
lend none (:func:`_strike_doers`), takes the one flying force the article names striking, in a sentence up to the
strike's own: its aircraft ("طائرات التحالف"، "الطائرات الأميركية") or its strikes ("الضربات الأميركية"، "ضربات
للتحالف") -- "يشكو السكان كثرة الطلعات التي تنفذها الطائرات الأميركية فوق الوادي ... وقتل أربعة في غارة على شاحنة
للمسلحين". Not when the article names two such forces (sentences that deny or accuse do not count); not a drone
strike when the force is not named with drones (drones in the same wars are often another state's, as
:data:`roles_support.SUPPORTED_AIR` has it); not when the strike's own sentences name a force (another, or this one
not read as the doer: "تعرضت إحدى مقاتلات التحالف لإطلاق صاروخ") or another state's aircraft, nor when the force is
the strike's target. Flagged ``perpetrator_from_article`` (:func:`article_flyer_doers`)."""
_FLYER_STRIKES = rules.words("attacks_records", "article_flyer_strikes")
_FLYER_FILLERS = rules.words("attacks_records", "article_flyer_fillers")
_FLYER_HEADS = _OWN_FLYER_HEADS | _FLYER_STRIKES
_FLYER_FORCES = rules.words("attacks", "air_force_types")
_NO_FLYER_WORDS = rules.words("roles", "denials") | rules.words("roles", "accusation_words")
_STATE_ADJECTIVES: dict[str, str] = {normalize(k): v for k, v in rules.table("roles", "nisba_doers").items()}
_DRONE_WORDS = rules.words("roles", "drone_words")


def _flyer_adjectives(words: list[str]) -> Iterator[int]:
    """For each aircraft or air-strike word of ``words`` (``_FLYER_HEADS``), where its adjective would stand: the index
    past up to three ``article_flyer_fillers`` after it ("الضربات الجوية الأميركية" -> "الأميركية"; may be
    ``len(words)``)."""
    for x, w in enumerate(words):
        if bare_in(w, _FLYER_HEADS):
            y = x + 1
            while y < min(len(words), x + 4) and bare_in(words[y], _FLYER_FILLERS):
                y += 1
            yield y


def _sentence_flyers(ctx: DocContext, si: int, types: frozenset[str] | set[str]) -> dict[str, Entry]:
    """The forces of ``types`` sentence ``si`` names as flying or striking: a registry force at most two tokens after
    (or whose name opens with) an aircraft or air-strike word ("طائرات التحالف"، "ضربات للتحالف"), or a state's adjective after one, past
    ``article_flyer_fillers`` ("الضربات الجوية الأميركية"، "الطائرات الأميركية من دون طيار")."""
    words = ctx.sentences[si].words
    out: dict[str, Entry] = {}
    for m in ctx.mentions[si]:
        if m.kind == "actors" and m.entry.get("type") in types and any(
                bare_in(words[x], _FLYER_HEADS) for x in range(max(0, m.i - _OWN_FLYER_GAP), m.i + 1)):
            out.setdefault(m.entry.id, m.entry)  # (the name may hold the aircraft: "طيران التحالف")
    for y in _flyer_adjectives(words):
        for z in range(y, min(y + 2, len(words))):  # "المقاتلات التركية والأميركية": both states' aircraft
            adjective = words[z] if z == y else words[z][1:] if words[z].startswith("و") else ""
            doer = _STATE_ADJECTIVES.get(adjective)
            entry = get_gazetteer().lexicon.get("actors", doer) if doer else None
            if entry is not None and entry.get("type") in types:
                out.setdefault(entry.id, entry)
    return out


def _other_states_aircraft(ctx: DocContext, si: int, entry: Entry) -> bool:
    """Whether sentence ``si`` names aircraft or strikes of a state by an adjective that is not ``entry``'s ("طائرة حربية
    سورية"، "غارات روسية"): any country's adjective after an aircraft or air-strike word past the fillers."""
    from marsad.agent.offline.actors_home import nisba_country

    words = ctx.sentences[si].words
    for y in _flyer_adjectives(words):
        if y < len(words) and _STATE_ADJECTIVES.get(words[y]) != entry.id and (
                words[y] in _STATE_ADJECTIVES or nisba_country(words[y]) or nisba_country("ال" + words[y])):
            return True
    return False


def article_flyer_doers(ctx: DocContext, recs: list[Attack], clusters: list[dict]) -> list[Attack]:
    """Air strikes with no doer take the one flying force the article names striking (see :data:`ARTICLE_FLYER`);
    ``clusters``: each record's incident (its events' sentences)."""
    if not ARTICLE_FLYER or not any(r.attack_type == "airstrike" and not r.perpetrator for r in recs):
        return recs
    named: dict[str, tuple[Entry, int]] = {}
    for si, s in enumerate(ctx.sentences):
        if not _NO_FLYER_WORDS.isdisjoint(forms_of(s)):
            continue  # "نفى التحالف ..."، "اتهمت الجماعة طيران التحالف ...": not the article's own word
        for k, e in _sentence_flyers(ctx, si, _FLYER_FORCES).items():
            named.setdefault(k, (e, si))
    if len(named) != 1:
        return recs
    entry, first = next(iter(named.values()))
    drones = not _DRONE_WORDS.isdisjoint(forms_of(ctx.sentences[first]))  # the force named with its drones
    if any(r.attack_type == "airstrike" and r.perpetrator and r.perpetrator != entry.canonical for r in recs):
        return recs  # another doer's air strikes in the article
    out = []
    for r, c in zip(recs, clusters, strict=True):
        sis = sorted({e.si for e in c["events"]})
        if r.attack_type == "airstrike" and not r.perpetrator and sis and first <= sis[0] \
                and not any(m.kind == "actors" and m.entry.get("type") in FORCE_TYPES
                            for si in sis for m in ctx.mentions[si]) \
                and not any(k != entry.id for si in sis for k in _sentence_flyers(ctx, si, _OWN_FLYER_TYPES)) \
                and not any(_other_states_aircraft(ctx, si, entry) for si in sis) \
                and (drones or all(_DRONE_WORDS.isdisjoint(forms_of(ctx.sentences[si])) for si in sis)) \
                and not (r.target and (entry.canonical in r.target or allied_names(r.target, entry.canonical))):
            r = r.model_copy(update={"perpetrator": entry.canonical, "perpetrator_en": entry.name_en,
                                     "flags": [*r.flags, "perpetrator_from_article"]})
        out.append(r)
    return out


def _strike_doers(pairs: list[tuple[Attack, bool]], own: list[set[str]] | None = None) -> list[Attack]:
    """Air strikes with no doer of their own take the doer of the article's other air strikes.

    A round-up names the air force once ("نفذت قوات التحالف 41 ضربة جوية") and then lists its strikes
    ("وفي الحسكة استهدفت الغارات ..."); armed groups fly no aircraft, so whoever the article says flies
    them flew these too. Only an air strike whose doer is a state's forces or a coalition (``pairs``: each
    record and whether its doer is one) lends it; the nearest such strike before wins, else the first
    after; the record is flagged ``perpetrator_from_article``. ``own``: for each record, the states whose aircraft
    its own sentences name (:data:`OWN_FLYER`): a lender not among them lends it nothing.
    """
    records = [r for r, _ in pairs]
    doers = [(x, r) for x, (r, flyer) in enumerate(pairs) if r.attack_type == "airstrike" and r.perpetrator and flyer]
    if not doers:
        return records
    out = []
    for x, r in enumerate(records):
        if r.attack_type == "airstrike" and not r.perpetrator:
            before = [d for y, d in doers if y < x]
            src = before[-1] if before else doers[0][1]
            if OWN_FLYER and own is not None and own[x] and src.perpetrator not in own[x]:
                out.append(r)  # "... جراء غارات طائرات النظام": another state's aircraft named in its own sentence
                continue
            r = r.model_copy(update={"perpetrator": src.perpetrator, "perpetrator_en": src.perpetrator_en,
                                     "flags": [*r.flags, "perpetrator_from_article"]})
            if (_NO_SELF_TARGET and r.target == r.perpetrator) or (ALLIED_TARGET and allied_names(r.target, r.perpetrator)):
                r = r.model_copy(update={"target": None})  # "تكثيف التحالف غاراته": the air force read as the
                # target of its own strikes is their doer, not what they hit
        out.append(r)
    return out


PLANNED_ACT = True
"""Switch (A/B measurement and its tests): an act told as the aim of a plan ("خطط لنسف جسر واغتيال قاض"), even
with a count, is no incident: the count is of the plan."""
_PLAN_VERBS = rules.words("attacks_records", "plan_verbs")
_PLAN_VERB_REACH = 8


def _planned_act(words: list[str], i: int) -> bool:
    """Whether the event word at ``i`` is the aim of a plan verb: it opens with "ل" (a verbal noun of purpose:
    "لتفجير"، "لقتل"، "للهجوم") and a plan verb stands up to eight tokens before it."""
    return i < len(words) and words[i].startswith("ل") and any(
        b in _PLAN_VERBS for w in words[max(0, i - _PLAN_VERB_REACH):i] for b in bare(w))


VERBAL_ATTACK = True
"""Switch (A/B measurement and its tests): an attack word whose object is a stance or a statement ("هجوما على موقف
الحكومة"), or an office holder in a sentence of speech ("شن النائب هجوما على الوزير ووصفه بالكاذب"), is words."""
_STANCE_NOUNS = rules.words("attacks_records", "stance_nouns")
_OFFICE_NOUNS = rules.words("attacks_records", "office_nouns")
_SPEECH_CUES = rules.words("attacks_records", "speech_cues")
_OBJECT_REACH = 3


def _verbal_attack(ctx: DocContext, e: _Event) -> bool:
    """Whether a bare attack word (no toll, weapon or kind) is words: "على" up to three tokens after it is followed
    by a stance noun (:data:`_STANCE_NOUNS`), or by an office holder's title (:data:`_OFFICE_NOUNS`) with a word of
    speech or insult in its sentence or the next (:data:`_SPEECH_CUES`)."""
    f = e.frame
    if f is None or e.killed is not None or e.injured is not None or e.weapons or e.types or set(f.concepts) != {"attack"}:
        return False
    words = ctx.sentences[e.si].words
    after = [x for x in range(f.j, min(len(words) - 1, f.j + _OBJECT_REACH)) if words[x] in {"علي", "على"}]
    if not after:
        return False
    obj = bare(words[after[0] + 1])
    if not _STANCE_NOUNS.isdisjoint(obj):
        return True
    if _OFFICE_NOUNS.isdisjoint(obj):
        return False
    near = [w for s in ctx.sentences[e.si:e.si + 2] for w in s.words]
    return any(b in _SPEECH_CUES for w in near for b in bare(w))


VERBAL_DOER = True
"""Switch (A/B measurement and its tests): a bare attack word launched by an office holder ("شن الرئيس هجوما على
البلد الجار"، "شنت الوزيرة هجوما حادا على المعارضة"): a launch verb, then a title of office before the word, is words,
not an attack (a state's attack is launched by its forces, aircraft or army)."""
_VERBAL_LAUNCH = rules.words("attacks_records", "verbal_launch_verbs")
_DOER_REACH = 5


def _verbal_doer(ctx: DocContext, e: _Event) -> bool:
    """Whether a bare attack word (no toll, weapon or kind) has a launch verb (``verbal_launch_verbs``) up to five
    tokens before it and an office holder's title (:data:`_OFFICE_NOUNS`) between the two."""
    f = e.frame
    if not VERBAL_DOER or f is None or e.killed is not None or e.injured is not None or e.weapons or e.types \
            or "attack" not in f.concepts:
        return False
    words = ctx.sentences[e.si].words
    before = [bare(w) for w in words[max(0, f.i - _DOER_REACH):f.i]]
    launch = next((k for k, forms in enumerate(before)
                   if any(b in _VERBAL_LAUNCH or (b[:1] in {"و", "ف"} and b[1:] in _VERBAL_LAUNCH) for b in forms)),
                  None)  # ("وشن": a short verb keeps its conjunction in bare())
    return launch is not None and any(b in _OFFICE_NOUNS for forms in before[launch + 1:] for b in forms)


ANIMAL_VICTIMS = True
"""Switch (A/B measurement and its tests): a killing whose victims are animals ("قتل الصياد عشرات الأرانب"، "نفوق
المواشي في القصف" aside) is no attack on people: an act whose target is headed by an animal noun (``animal_nouns``)
is dropped."""
INSTALLATION_TARGET = True
"""Switch (pass 39): an attack with no target read whose place is a military installation named by the gazetteer
(an air base, a camp, an airport: "سقطت صواريخ في محيط قاعدة عين الأسد") was aimed at that installation: its name as
written is the target (data key installation_heads)."""
_INSTALLATION_HEADS = rules.words("attacks_records", "installation_heads")


NAMED_AREA = True
"""Switch (pass 50b, its test): an incident whose place is one no gazetteer knows, read from its place noun and told
with no known place in its frame ("في منطقة X"، "قرب جبل X"، "في قرية X"، "في حي X"), lies in the article's place for
an incident told with none (``context_place``: the one province its lead names, the one area its places lie in) when
that is a province, a district or a town of its country wider than the place's own noun
(``attacks_events.area_within``, as ``VALLEY_AREA`` places a valley, which stays its own): the record keeps the province; off, the record
had no province and no coordinates. Read on the incident's record, after its tellings are joined: a place of a list
("نقيل X ومنطقة Y ومدرسة Z") stays a record of its own."""


CITY_PROVINCE = True
"""Switch (pass 50b, its test): an incident at a city the record knows no province of ("قرب مدينة صعدة": the registry
files Yemen's, Syria's and Turkey's towns without one; GeoNames cities of provinces that have no curated region) is
written with the province GeoNames files it under (``locations.city_province``); off, its governorate was None. Only on
the record: the tellings joined by province are as before (giving the city its province before they are joined
merged distinct strikes of one province in 6 of 120 changed articles)."""


def _named_area(ctx: DocContext, place, events: list[_Event]):
    """The location of an incident at an unknown place (:data:`NAMED_AREA`): within the article's place for the
    frame that told it, else as it was."""
    f = next((e.frame for e in events if e.place is place and e.frame is not None), None)
    return place.location if f is None or valley(place) else area_within(ctx, f, place).location


def _installation(location) -> str | None:
    """The installation a location names as written, from its head noun ("قاعدة عين الأسد"), else None."""
    name = (location.name or "") if location is not None else ""
    words = name.split()
    if not words or normalize(words[0]) not in _INSTALLATION_HEADS or len(words) < 2:
        return None
    return name


_ANIMALS = rules.words("attacks_records", "animal_nouns")


def _animal_victims(e: _Event) -> bool:
    """Whether the event's target is headed by an animal noun (:data:`ANIMAL_VICTIMS`)."""
    if not ANIMAL_VICTIMS or not e.target or not e.target[0]:
        return False
    head = e.target[0].split()[0].lstrip("#")
    return bare_in(normalize(head), _ANIMALS)


CONTAINERS = True
"""Switch (A/B measurement and its tests): "عبوة"/"عبوات" with no explosive word anywhere in the article ("ناسفة"،
"متفجرة"، "لاصقة"، "مفخخة") and nothing else told of the frame (no blast, no toll) are containers or packs ("وضع
الطعام في عبوات"), not bombs."""
_CONTAINER_WORDS = rules.words("attacks_records", "container_words")
_EXPLOSIVE_STEMS = tuple(normalize(w) for w in ("ناسف", "متفجر", "لاصق", "مفخخ", "تفجير", "انفجار"))
# Verbs of setting off or planting a device: in the device's own sentence they make "عبوة" a bomb.
_DETONATION_VERBS = rules.words("attacks_records", "detonation_verbs")


def _container(ctx: DocContext, e: _Event) -> bool:
    """Whether the event is only a container word (:data:`_CONTAINER_WORDS`) in an article with no explosive word."""
    f = e.frame
    if f is None or e.killed is not None or e.injured is not None or set(f.concepts) != {"ied"} \
            or not bare_in(ctx.sentences[e.si].words[f.i], _CONTAINER_WORDS):
        return False
    if any(b in _DETONATION_VERBS for w in ctx.sentences[e.si].words for b in bare(w)):
        return False
    return not any(b.startswith(_EXPLOSIVE_STEMS) for s in ctx.sentences for b in forms_of(s))


CYBER_STORY = True
"""Switch (A/B measurement and its tests): in an article that tells a cyber-attack ("هجوم إلكتروني") and no violent
act, the bare attack words ("تعرضت الوزارة لهجوم"، "وراء الهجوم") are that cyber-attack."""


RANKED_COUNT = True
"""Switch (A/B measurement and its tests): an event word with no toll of its own told right after a ranking of counts
("أعلى نسبة"، "أكبر عدد") compares places or periods ("تسجل المحافظة أكبر عدد من القتلى بسبب الغارات"): a
statistic, no incident."""
_RANKS = rules.words("attacks_records", "rank_words")
_COUNT_NOUNS = rules.words("attacks_records", "count_nouns")
_RANK_REACH = 4


def _ranked_count(ctx: DocContext, e: _Event) -> bool:
    """Whether an undated event with no toll is told up to four tokens after a rank and a count noun
    (:data:`_RANKS` + :data:`_COUNT_NOUNS`: "أكبر عدد لسقوط ضحايا")."""
    f = e.frame
    if f is None or e.date is not None or (e.killed is not None and e.killed.value) \
            or (e.injured is not None and e.injured.value):
        return False
    words = ctx.sentences[e.si].words
    return any(bare_in(words[x], _RANKS) and bare_in(words[x + 1], _COUNT_NOUNS)
               for x in range(max(0, f.i - _RANK_REACH), f.i - 1))


DEEDS_LIST = True
"""Switch (A/B measurement and its tests): an act with no day, no exact toll and not told as the news, coordinated
after a verb of taking or exploiting ground ("استولى على بلدات، وقتل بعض ..., وشن هجمات"), lists what a side has
done over time: a summary of its deeds, no incident."""
_SEIZING = rules.words("attacks_records", "seizing_verbs")


def _deeds_list(ctx: DocContext, e: _Event) -> bool:
    """Whether an undated act, not the news, with no exact toll, comes after a verb of seizing in its sentence
    (:data:`_SEIZING`)."""
    f = e.frame
    if f is None or e.date is not None or e.news or (e.killed is not None and e.killed.value and not e.killed.vague) \
            or (e.injured is not None and e.injured.value and not e.injured.vague):
        return False
    words = ctx.sentences[e.si].words
    return any(b in _SEIZING for w in words[:f.i] for b in bare(w))


def _habitual(ctx: DocContext, e: _Event) -> bool:
    """Whether an event with no counted toll and no day told after its word is attacks a side keeps waging
    (``attacks_cues.habitual_waging``: "تواجه هجمات يشنها التنظيم"، "يعاني من هجمات تشنها الحركة")."""
    f = e.frame
    if f is None or (e.killed is not None and e.killed.value) or (e.injured is not None and e.injured.value):
        return False
    if e.date is not None and e.date.i > f.i and e.date.resolved.precision == "day":
        return False  # a day of its own after the attacks: told as done that day
    if attacks_cues.PRACTICE_ONGOING and e.date is not None and f.lo <= e.date.i < f.i \
            and e.date.resolved.precision == "day" and plural_practice(ctx.sentences[e.si].words, f.lo, f.i):
        return False  # "وشهدت المدينة أمس عمليات اغتيال": a day of the acts before them, done that day
    return habitual_waging(ctx.sentences[e.si].words, f.lo, f.i, f.hi)


def not_an_act(ctx: DocContext, events: list[_Event]) -> list[_Event]:
    """The events left when those told as a plan's aim (:func:`_planned_act`), words (:func:`_verbal_attack`),
    containers (:func:`_container`), a ranking of counts (:func:`_ranked_count`), a side's deeds
    (:func:`_deeds_list`), attacks a side keeps waging (:func:`_habitual`) or a cyber-attack's retelling
    (:data:`CYBER_STORY`) are dropped."""
    out = [e for e in events if e.frame is None or not (
        (PLANNED_ACT and _planned_act(ctx.sentences[e.si].words, e.frame.i))
        or (VERBAL_ATTACK and (_verbal_attack(ctx, e) or _verbal_doer(ctx, e)))  # (the doer: a part of words)
        or (CONTAINERS and _container(ctx, e)) or _animal_victims(e)
        or (RANKED_COUNT and _ranked_count(ctx, e)) or (DEEDS_LIST and _deeds_list(ctx, e))
        or _habitual(ctx, e))]
    if CYBER_STORY and out and all(e.killed is None and e.injured is None and not e.weapons and not e.types
                                   for e in out) and any(scope.cyber_told(s.words) for s in ctx.sentences):
        return []
    return out


def _is_event(a: Attack, placed: bool, reported: bool = False, at_sea: bool = False, harmed: bool = False,
              counted_back: bool = False) -> bool:
    """False for a mention with nothing that makes it one event.

    An event has a toll, a place or a doer, or (a specific kind of attack) is told as
    today's news with its day; a bare "هجوم" (type ``other``, no weapon) needs a resolved place
    with a day or a doer, or else a place or doer and a date ("أبدت دعمها للهجوم" is talk
    about an attack).

    Args:
        a: the record.
        placed: some frame of it names a place, even one the gazetteer cannot resolve
            (a country, a region, a place abroad: "في غزة"، "شمال العراق").
        reported: its day is the day a statement or speech was made ("وأضاف في كلمة الأحد ... إزاء إطلاق
            قذائف"), which does not make talk about attacks one that happened that day.
        harmed: some frame of it tells people killed or wounded, though uncounted (``UNCOUNTED_HARM``).
        counted_back: its date is only a count of years back ("قبل 4 سنوات", ``dates.YEARS_AGO``): an approximate
            year, which does not make a bare attack word an event (``COUNTED_BACK_THIN``).
        at_sea: one attack told at a named sea (``_Event.at_sea``): with the vessel it hit ("ضرب ناقلة في
            البحر الأحمر") it is one event, though no gazetteer resolves the sea and no day is told (SEA_EVENT).
    """
    if a.killed_text or a.injured_text:
        return True
    if "date_from_article_lead" in a.flags:
        a = a.model_copy(update={"date": None, "date_precision": "unknown"})  # its own words must make it one
    anchored = a.location is not None or a.perpetrator is not None or placed
    if a.attack_type != "other" or a.weapons:
        # "تحت غطاء من قصف مكثف"، "فيلم اشتباك": no toll, no place, no doer, no day
        return anchored or (a.date_precision == "day" and not a.background and not reported)
    if a.location is not None and (a.date_precision == "day" or a.perpetrator is not None):
        return True
    if SEA_EVENT and at_sea and scope.vessel_target(a.target) and not reported:
        return True
    if UNCOUNTED_HARM and harmed and a.location is not None and not reported:
        return True  # "هجوم على سوق في بلدة ما خلف عددا من القتلى والجرحى": harm told, uncounted
    return anchored and a.date is not None and not (COUNTED_BACK_THIN and counted_back)


COUNTED_BACK_THIN = True
"""Switch (pass 46; off only to measure it): a bare attack word (no kind, weapon or toll, and no doer or no resolved
place) dated only by a count
of years back ("شهدت المدينة هجوما على مقر للشرطة قبل 4 سنوات") is a passing allusion, not an event record: the
count gives an approximate year (``dates.YEARS_AGO``), not the day or the year the text names, which a bare attack
word with its place needs (:func:`_is_event`). Before that reading, such a word had no date and was no record either."""


UNCOUNTED_HARM = True
"""Switch (pass 42; off only to measure it): a bare blast or attack at a resolved place told with its dead or wounded
uncounted ("وأسفر عن سقوط قتلى وجرحى"، "عدد من الشهداء") is one event with no day told, as one with a count is (its
toll words give no ``killed_text``); before, such an incident (often the only telling, in a condemnation) was dropped."""


SEA_EVENT = True
"""Switch (pass 40; on, off only to measure it): a bare attack on a target told at a named sea is an event (:func:`_is_event`)."""


NO_FUTURE_DAY = True
"""Switch: a day after publication ("غدا الجمعة", a weekday told as coming) is never the article's news day,
which undated incidents inherit: news of an attack tells what has happened (on; off only to measure it)."""


def _news_day(d: DateHit, published) -> bool:
    """Whether a date can be the article's news day: a day relative to publication ("أمس"، "السبت"), not told as past
    ("السبت الماضي"), and (with the switch on) not after the publication date."""
    if d.mention.kind not in {"rel", "wd"} or d.resolved.precision != "day" or d.mention.parts.get("qualifier") == "past":
        return False
    return not (NO_FUTURE_DAY and published is not None and d.resolved.iso and d.resolved.iso > published.isoformat())


REPORT_YIELDS = True
"""Switch: the day a statement was made ("أعلن الجيش، السبت، أن ...") yields, as the lead's news day, to an earlier
day the lead tells after it ("... مساء الجمعة"، "هجوم السبت"); alone, it stays the news day (on; off only to measure)."""


def _statement_day(s: Sentence, d: DateHit) -> bool:
    """"أعلن الجيش، السبت، أن ...": a day told after a verb of saying and before what was said (no "أن"/"إن"
    between the verb and the day: "قال إن الاشتباك بدأ فجر اليوم" dates the fighting)."""
    return _is_report_date(s.words, d, s) and "ان" not in s.words[max(0, d.i - 6):d.i]


SPAN_ANCHOR = True
"""Switch: a lead day followed in its sentence by a span ("اليوم السبت ...، بعد يوم من هجومين"، "غداة") anchors the
span: the news the article's undated incidents inherit happened that many days before it."""


def _span_anchor(s: Sentence, d: DateHit, hits: list[DateHit]) -> DateHit:
    """The lead day moved back by the span that follows it in its sentence, with no other date between."""
    if not SPAN_ANCHOR or not d.resolved.iso:
        return d
    stop = min((h.i for h in hits if h.i >= d.j), default=len(s.words))
    for x in range(d.j, stop):
        span = _span_days(s.words, x, stop)
        if span is not None:
            return days_back(d, span[0])
    return d


def _lead_day(ctx: DocContext) -> DateHit | None:
    """The day the lead tells its news on ("انتزعت قوات الشرعية، الجمعة، ميناء ..."), when no incident gave one:
    the first day-precise date relative to publication in the title or the lead, unless it is the day of a statement
    and the lead tells an earlier day after it (that day, with the switch REPORT_YIELDS)."""
    said = None
    for si in sorted(ctx.lead):
        s = ctx.sentences[si]
        for d in ctx.dates[si]:
            if not _news_day(d, ctx.published):
                continue
            if said is None:
                if not (REPORT_YIELDS and _statement_day(s, d)):
                    return _span_anchor(s, d, ctx.dates[si])
                said, said_si = d, si
            elif d.resolved.iso and said.resolved.iso and d.resolved.iso < said.resolved.iso \
                    and not _statement_day(s, d):
                return _span_anchor(s, d, ctx.dates[si])
    return said and _span_anchor(ctx.sentences[said_si], said, ctx.dates[said_si])


def _news_date(clusters: list[dict], published=None) -> DateHit | None:
    """The day the article's news happened: the first event told as news and dated relative to publication
    ("أمس"، "السبت"، "اليوم الاثنين"), not the day it was reported."""
    for c in sorted(clusters, key=lambda c: c["first"]):
        d = c["date"]
        if d is None or c["report_date"] or not any(e.news for e in c["events"]):
            continue
        if _news_day(d, published):
            return d
    return None


GROUP_KEEPS_DOER = True
"""Switch: an armed group that claims the act (a claim verb or verbal noun right before its name: "بعد تبني الحزب
قتل شرطيين") keeps the doer of a record typed ``airstrike``, and the record takes its next type: the air word belongs
to the strikes told beside the claim ("تزامنا مع الغارات"). Found any other way, a group beside air strikes is most
often the side struck, and is dropped as before (unless a target names it; :func:`_claimed_by`; A/B)."""
_CLAIM_WORDS = rules.words("roles", "adopt_verbs") | rules.words("roles", "claim_masdars") \
    | rules.words("attacks_records", "claim_extra_words")


def _claimed_by(ctx: DocContext, perp, events: list) -> bool:
    """True when, in the sentence of an event the group ``perp`` is the doer of, a claim verb or verbal noun stands
    one or two words before the group's name."""
    for e in events:
        if e.perpetrator is not perp:
            continue
        words = ctx.sentences[e.si].words
        if any(b in _CLAIM_WORDS for w in words[max(0, perp.i - 2):perp.i] for b in bare(w)):
            return True
    return False


def _group_struck(perp, events: list) -> bool:
    """True when a target read for the record's events names the group ``perp`` (its canonical name or an alias):
    "غارات على مواقع الحوثيين" -- the group was hit, not the doer."""
    names = {normalize(n) for n in (perp.entry.canonical, *perp.entry.ar) if n}
    names |= {n[2:] for n in names if n.startswith("ال") and len(n) > 4}
    for e in events:
        told = normalize(e.target[0]) if e.target and e.target[0] else ""
        if told and any(n in told for n in names):
            return True
    return False


SPAN_AGO = True
"""Switch (A/B measurement and its tests): an incident told with a span back from the telling ("قبل أكثر من أسبوعين"،
"قبل أيام"، "بعد بضعة أيام" of another, "مؤخرا") in its own sentence is not of the article's news day: it takes no
day from the lead (the span names none)."""
_SPAN_PREPS = rules.words("attacks_records", "span_preps")
_SPAN_NOUNS = rules.words("attacks_records", "span_nouns")
_SPAN_ALONE = rules.words("attacks_records", "span_alone")
_SPAN_FROM = frozenset({"من", "على"})  # (prepositions, not vocabulary: "قبل يومين من"، "بعد أسبوع على")
_SPAN_REACH = 4
_SPAN_NEAR = 8


PAST_SAID_DAY = True
"""Switch (A/B measurement and its tests): an incident told only as past context (every telling ``background`` and
none the news) whose one day is that of a report, statement or speech ("أعلن"، "قال" ... "الأربعاء" told before the
attack word) takes no day: a speaker looks back on it on that day, and it did not happen then (guidelines D-6). Only a
day read as the speaker's (``said_day``: before his "أن"; ``speech_date``: of a speech or interview), not any report day:
"قال الجيش إن الفيديو صور في 22 ديسمبر" dates the shooting itself."""
ACCUSED_PAST = True
"""Switch (A/B measurement and its tests): an attack told only as what a side is accused of or held responsible for
("حمّل الرئيس الجماعة مسؤولية التورط في محاولة اغتيال المحافظ"، "اتهم الوزير الحزب بالوقوف وراء الهجوم على مركز
الشرطة"), with no toll of its own, is an attack the speech looks back on: the accusation's day (told before the attack
word in its sentence) and the article's news day are not its day. An accusation verb (``accusation_verbs``) up to
twelve words before the attack word, a word of responsibility or involvement (``responsibility_words``) after it."""
_ACCUSE_VERBS = rules.words("attacks_records", "accusation_verbs")
_BLAME_WORDS = rules.words("attacks_records", "responsibility_words")
_ACCUSE_REACH = 12
# a side said to bear the responsibility ("قال الوزير، الأحد، إن الحكومة تتحمل مسؤولية الهجوم") is accused as by an
# accusation verb (``bearing_verbs``): the speech's day is not the attack's
_BEARING_VERBS = rules.words("attacks_records", "bearing_verbs")
BLAME_CAST = True
"""Switch (pass 50, A/B measurement and its tests): casting the blame ("وتلقي الحكومة باللوم على الجماعة في هجوم
الجسر"، "ألقت الدول باللائمة على النظام في هجوم كيماوي") accuses as an accusation verb does (``blame_casting_verbs``
with ``blame_nouns`` after it): the attack is one the speech looks back on."""
_CASTING = rules.words("attacks_records", "blame_casting_verbs")
_BLAME_NOUNS = rules.words("attacks_records", "blame_nouns")
ACCUSED_DAY_AFTER = True
"""Switch (pass 50, A/B measurement and its tests): in a telling of an attack only as accused, a day told after the
attack word with an accusation verb up to ``_ACCUSED_DAY_REACH`` words before it ("... في الهجوم على الجاسوس، حيث اتهم
وزير الداخلية موسكو الخميس باستخدام البلاد مكبا للسم") is the day of that accusation, not the attack's."""
_ACCUSED_DAY_REACH = 8


_TOPIC_WORDS = rules.words("attacks_records", "topic_words")
"""Words that make what follows the topic of another act ("بشأن"، "إزاء"، "على خلفية"): a meeting, a call or a
statement about an attack, not the attack."""
_AROUND = rules.words("attacks_records", "around_word")
_AROUND_NOUNS = rules.words("attacks_records", "around_topic_nouns")
""""حول" is a topic word only after a noun of speech or of an act up to two words before it ("إلى تحقيق مستقل حول
المواجهات"، "بيان حول الهجوم"): else it is "around", the commonest way to place fighting ("ودارت حول المدينة المعارك")."""
_SAID = rules.words("attacks_records", "said_complementisers")
"""The complementiser that opens what was said, with its clitics ("أن"، "إن"، "بأن"، "وأن"، "فأن")."""
_ABOUT = rules.words("attacks_records", "announced_about")
_REPORT_VERBS = rules.words("attacks", "report_verbs")
"""A verb of announcing before "عن" ("أعلن مصدر، اليوم الأحد، عن هجوم"): "عن" opens what was announced, as "أن" does."""
_WEAPONS = (rules.words("attacks", "weapon_singular_nouns") | rules.words("attacks", "weapon_nouns")
            | rules.words("attacks", "claimed_devices"))


def _topic(words: list[str], x: int) -> bool:
    """Whether the word at ``x`` makes what follows the topic of another act: a topic word, or "حول" after a noun of
    speech or act (:data:`_AROUND_NOUNS`)."""
    w = words[x]
    if bare_in(w, _TOPIC_WORDS):
        return True
    return bare_in(w, _AROUND) and any(bare_in(v, _AROUND_NOUNS) for v in words[max(0, x - 2):x])


def _opens_said(words: list[str], lo: int, hi: int) -> bool:
    """Whether "أن" (with its clitics), or "عن" after a verb of announcing, opens what was said between ``lo`` and
    ``hi`` ("أفاد مصدر، الأحد، بأن الهجوم"، "أعلن مصدر، الأحد، عن هجوم")."""
    for x in range(lo, hi):
        if words[x] in _SAID or (words[x] in _ABOUT and any(bare_in(v, _REPORT_VERBS) for v in words[:x])):
            return True
    return False


def year_told(ctx: DocContext, c: dict, r: Attack) -> Attack:
    """A past-context record with no date whose telling writes its year alone after "في" (:func:`attacks_dates.bare_year`:
    "بمجزرة البلدة في البوسنة في 1995") takes that year (guidelines §5: only a year -> precision year). Applied to the
    records kept: the year does not make an allusion an event, nor part a telling from its incident."""
    if r.date is not None or not r.background:
        return r
    years = {y.resolved.iso for e in c["events"] if e.frame is not None and e.date is None
             for y in [bare_year(ctx, e.frame)] if y is not None}
    if len(years) != 1:
        return r
    year = years.pop()
    return r.model_copy(update={"date": year, "date_precision": "year", "date_text": r.date_text or year})


def spoken_undated(ctx: DocContext, c: dict, r: Attack) -> Attack:
    """A record dated only by the day a speaker spoke of the attack or acted about it (:func:`_spoken_of_day`) leaves
    its date out and keeps the words (guidelines D-6). The day still makes the telling one event (it is the news the
    article tells of it); it is not the day the attack happened."""
    d = c["date"]
    if d is None or "date_from_article_lead" in r.flags or r.date != d.resolved.iso \
            or not _spoken_of_day(ctx, c["events"], d):
        return r
    return r.model_copy(update={"date": None, "date_precision": "unknown"})


def _spoken_of_day(ctx: DocContext, events: list, date: DateHit | None) -> bool:
    """Whether the incident's one day is that of a statement or act about it (guidelines D-6): a weekday or a
    relative day told before the attack word in each telling it dates, with the "أن"/"إن" (or "بأن"، "عن" after a verb
    of announcing: :func:`_opens_said`) that opens what was said, or a word making the attack the topic of the act
    (:func:`_topic`), between the day and the attack word, the
    attack told as a noun (:func:`_attack_noun`) and, after "إن" alone, no toll ("قال الوزير اليوم الاثنين إن الهجوم
    بغاز الأعصاب ..."، "عرقلت الدولة، الأربعاء، بيانا بشأن إطلاق صواريخ"، "دعت الوزيرة، السبت، إلى تحقيق حول مواجهات
    أسفرت عن مقتل 16"): the speaker spoke that day of an attack whose own day the sentence does not give."""
    if date is None or date.mention.kind not in {"rel", "wd"}:
        return False
    told = [e for e in events if e.date is date]
    if not told:
        return False
    for e in told:
        if e.frame is None:
            return False
        words = ctx.sentences[e.si].words
        i = min(e.frame.i, len(words))
        topic = date.j <= i and any(_topic(words, x) for x in range(date.j, i))
        if date.j > i or not (topic or _opens_said(words, date.j, i)) or not _attack_noun(words, i) \
                or (not topic and (e.killed is not None or e.injured is not None)):
            return False  # (a toll told after "إن" is news the speaker gives; one of an attack an act is about is not)
    return True


_NOUN_BEFORE = frozenset({"ان", "في", "علي", "عن", "من", "الي"})
_WAGING = rules.words("attacks_records", "waging_nouns")
"""Nouns of waging or carrying out ("بشن هجوم"، "بتنفيذ هجوم"، "بارتكاب مجزرة"): the attack word after them is a noun."""
_DEFINITE = ("ال", "وال", "فال", "بال", "لل")


def _attack_noun(words: list[str], i: int) -> bool:
    """Whether the attack word at ``i`` is told as a noun naming the attack (definite, or right after a preposition,
    "أن"/"إن" or a topic word: "إن الهجوم"، "في هجوم على"، "بشأن إطلاق صواريخ"), not as the verb of a clause telling it
    ("إن دبابة قصفت موقعا": news the speaker gives, which the day may tie the attack to). A noun of waging before it
    ("المتهمة بشن هجوم") makes it a noun too (``waging_nouns``). A weapon told with "ب" after the attack noun ("هجوما
    بعبوة") is read at that noun; an indefinite weapon right after "أن"/"إن" ("إن عبوة ناسفة انفجرت") is the subject of a
    clause told by its verb, as "إن دبابة قصفت" is."""
    if i >= len(words):
        return False
    if i > 1 and words[i].startswith("ب") and bare_in(words[i], _WEAPONS):
        i -= 1  # the weapon of an attack noun ("هجوما بعبوة"): the noun is the head
    if words[i].startswith(_DEFINITE):
        return True
    if i == 0:
        return False
    if bare_in(words[i], _WEAPONS) and words[i - 1] in _SAID:
        return False  # a weapon told as the subject of a clause ("إن عبوة ناسفة انفجرت"): told by its verb
    return words[i - 1] in _NOUN_BEFORE or words[i - 1] in _SAID or _topic(words, i - 1) or words[i - 1] in _WAGING


def _accused(ctx: DocContext, e) -> bool:
    """Whether the event is told only as the object of an accusation, with no toll (:data:`ACCUSED_PAST`)."""
    if not ACCUSED_PAST or e.frame is None or e.killed is not None or e.injured is not None:
        return False
    words = ctx.sentences[e.si].words
    i = min(e.frame.i, len(words))
    verbs = [x for x in range(max(0, i - _ACCUSE_REACH), i)
             if bare_in(words[x], _ACCUSE_VERBS) or bare_in(words[x], _BEARING_VERBS)
             or (BLAME_CAST and bare_in(words[x], _CASTING))]
    return bool(verbs) and any(bare_in(words[y], _BLAME_WORDS) or (BLAME_CAST and bare_in(words[y], _BLAME_NOUNS))
                               for y in range(verbs[0] + 1, i))


def _accusation_day(ctx: DocContext, events: list, date) -> bool:
    """Whether a cluster told only in accusations has its day from an accusation: told before the attack word."""
    if date is None or not events or not all(_accused(ctx, e) for e in events):
        return False
    return not any(e.date is date and e.frame is not None and date.i > e.frame.i
                   and not (ACCUSED_DAY_AFTER and _accusation_before(ctx.sentences[e.si].words, e.frame.i, date.i))
                   for e in events)


def _accusation_before(words: list[str], i: int, d: int) -> bool:
    """Whether an accusation verb stands between the attack word at ``i`` and the day at ``d``, up to
    ``_ACCUSED_DAY_REACH`` words before the day (:data:`ACCUSED_DAY_AFTER`)."""
    return any(bare_in(w, _ACCUSE_VERBS) for w in words[max(i + 1, d - _ACCUSED_DAY_REACH):d])


def _span_ago(ctx: DocContext, events: list) -> bool:
    """Whether an anchored telling has a span back near its word (:data:`SPAN_AGO`, up to eight words either side):
    a word of its own (``span_alone``), or a span preposition (``span_preps``) with a unit of time (``span_nouns``) up
    to four words after it, not one counted back from another event ("قبل أسبوعين من الانتخابات")."""
    if not SPAN_AGO:
        return False
    for e in events:
        if not e.anchored:
            continue
        words = [bare(w) for w in ctx.sentences[e.si].words]
        for i in range(max(0, e.ti - _SPAN_NEAR), min(len(words), e.ti + _SPAN_NEAR + 1)):
            if not _SPAN_ALONE.isdisjoint(words[i]):
                return True
            if _SPAN_PREPS.isdisjoint(words[i]):
                continue
            unit = next((k for k in range(i + 1, min(len(words), i + 1 + _SPAN_REACH))
                         if not _SPAN_NOUNS.isdisjoint(words[k])), None)
            if unit is not None and not (unit + 1 < len(words) and any(b in _SPAN_FROM for b in words[unit + 1])):
                return True
    return False


PAST_YEAR = True
"""Switch (A/B measurement and its tests): an event with no day of its own told after a past year in its sentence
("وتفككت الهدنة في ربيع 2013 حين ... وقتل المئات": a season the date reader does not resolve) is told of that year,
not of the news: it does not take the article's news day. A year after the event word is left (it tells of something
else: "منذ إنشاء الحلف في 1949")."""


def _past_year(ctx: DocContext, events: list) -> bool:
    """Whether an event's sentence has a year before the publication's before its word (:data:`PAST_YEAR`)."""
    if not PAST_YEAR or ctx.published is None:
        return False
    for e in events:
        words = ctx.sentences[e.si].words
        for w in words[:e.ti]:
            if len(w) == 4 and w.isdigit() and 1900 <= int(w) < ctx.published.year:
                return True
    return False


DATED_BACK_PAST = True
"""Switch (pass 50, A/B measurement and its tests): an incident one of whose tellings is past context dated by its own
words at least ``_DATED_BACK_DAYS`` before publication (the whole period it names: "أكبر من ضرب القاعدة الجوية العام
الماضي"، "في العام 2017"، "في نوفمبر 2013"، "في 9 مايو الماضي" told in August) is history told as
background, though a loose mention told as news with no day of its own joined it ("للرد على قصف دوما"، "لكن الهجوم
حدث"، a toll in the lead): it is ``background``. A news telling with a day of its own keeps the record the news, and a
year after "منذ" ("أخطر مواجهة منذ حرب العام 2014") is what a superlative counts from, not the incident's day."""
_DATED_BACK_DAYS = 30
_SINCE = frozenset({"منذ", "ومنذ"})


def _dated_back(ctx: DocContext, e: _Event) -> bool:
    """Whether the event's own date names a period (day, month or year) that ended at least ``_DATED_BACK_DAYS``
    before the publication date, not after "منذ" (:data:`DATED_BACK_PAST`)."""
    date = e.date
    if date is None or ctx.published is None or not date.resolved.iso or date.resolved.precision == "unknown":
        return False
    iso = date.resolved.iso
    if not iso[:4].isdigit():
        return False
    year = int(iso[:4])
    month = int(iso[5:7]) if len(iso) >= 7 and iso[5:7].isdigit() else 12
    day = int(iso[8:10]) if len(iso) >= 10 and iso[8:10].isdigit() else calendar.monthrange(year, month)[1]
    if (ctx.published - datetime.date(year, month, day)).days < _DATED_BACK_DAYS:
        return False
    words = ctx.sentences[e.si].words
    return not any(w in _SINCE for w in words[max(0, date.i - 3):date.i])


def _told_long_back(ctx: DocContext, events: list[_Event]) -> bool:
    """Whether a past telling of the incident is dated well back (:func:`_dated_back`) and no news telling has a day
    of its own (:data:`DATED_BACK_PAST`)."""
    return DATED_BACK_PAST and any(e.past_context and _dated_back(ctx, e) for e in events) \
        and not any(e.news and e.date is not None for e in events)


LOOSE_NEWS_PAST = True
"""Switch (pass 65, fixmerge65; A/B measurement and its tests): an incident whose news tellings are all loose mentions,
with no day, place or toll of their own ("قررت الحكومة طرد دبلوماسيين ردا على هجوم استهدف معارضا سابقا"), and one of
whose past-context tellings gives it its own day at least ``_LOOSE_PAST_DAYS`` before the news day the article tells
("المادة المستخدمة في هجوم الخامس من مارس ... في مدينة كذا") is past context (``background``): the loose mention only
names what the news of that day responds to. (:data:`DATED_BACK_PAST` does so from ``_DATED_BACK_DAYS`` whatever the
news tellings hold; an incident of a day or two before the news stays the news, and so does one in an article that
tells no news day of its own: its news may be the incident's aftermath, a video of it, its inquiry.)"""
_LOOSE_PAST_DAYS = 7


def _loose_news_past(ctx: DocContext, events: list[_Event], news_date: DateHit | None) -> bool:
    """Whether every news telling is a loose mention and a past telling of its own day lies ``_LOOSE_PAST_DAYS`` or
    more before the article's news day (:data:`LOOSE_NEWS_PAST`)."""
    news = [e for e in events if e.news]
    if not LOOSE_NEWS_PAST or not news or any(
            e.anchored or e.date is not None or e.place is not None or e.killed is not None or e.injured is not None
            for e in news):
        return False
    ref = _iso_day(news_date)
    if ref is None:
        return False
    return any(e.background and e.anchored and (day := _iso_day(e.date)) is not None
               and (ref - day).days >= _LOOSE_PAST_DAYS for e in events if not e.news)


def _iso_day(d: DateHit | None) -> datetime.date | None:
    """The calendar day of a day-precise date, else None."""
    if d is None or d.resolved.precision != "day" or not d.resolved.iso:
        return None
    try:
        return datetime.date.fromisoformat(d.resolved.iso[:10])
    except ValueError:
        return None


STATED_TARGET = True
"""Switch (pass 41; on, off only to measure it): a target read only as a force named near an incident's attack word
(:data:`roles_targets.NEAR_FORCE`: "شنت غارات على تجمع لقوات X" -> X) gives way, in the record, to the object
another sentence of the same incident writes after a verb of aiming ("وأوضح أن القصف استهدف المربع الأمني")."""
_TARGETED = frozenset(normalize(w) for w in rules.words("frames", "targeted_verbs"))
STATED_OVER_SITE = True
"""Switch (pass 44): a target written as a site the attack happened near ("فجر نفسه قرب مقر";
:func:`_near_site`) gives way, like a force read near the attack word, to the object another sentence of the
incident writes after a verb of aiming ("واستهدف الهجوم وزارة الزراعة"): that sentence says what was aimed at."""


_NEAR_PREPOSITIONS = frozenset(normalize(w) for w in rules.words("attacks_records", "near_site_prepositions"))


def _near_site(ctx: DocContext, e: _Event) -> bool:
    """Whether the event's target is written as a site the attack happened near, a preposition of nearness right
    before it ("فجر نفسه قرب مقر"، "أمام مدخل"; ``near_site_prepositions``)."""
    words = ctx.sentences[e.si].words
    head = normalize(e.target[0]).split()
    return any(words[i:i + len(head)] == head and bare_in(words[i - 1], _NEAR_PREPOSITIONS)
               for i in range(1, len(words)))


DEAD_SIDE_YIELDS = True
"""Switch (pass 58): a target read as the side of the counted dead ("قتل 12 عنصرا من الميليشيا" -> the militia) gives
way, like a force read near the attack word, to the object another clause of the same sentence writes after a verb
of aiming ("في غارات، استهدفت تعزيزات وتجمعات لها"): the sentence tells what the attack aimed at, and the dead are
its toll. An object told only in another sentence ("وقال البيان إن الضربة استهدفت وكرا") leaves the side: militants
killed by a strike aimed at them are its target."""


def _dead_side(ctx: DocContext, e: _Event) -> bool:
    """Whether the event's target is the side named with its dead, a force within six words after the count."""
    k = e.killed
    if k is None or k.start < 0 or not e.target[0]:
        return False
    return any(m.entry.canonical == e.target[0] for m in ctx.actors_in(e.si, k.start, k.end + 7))


GENERIC_YIELDS = True
"""Switch (pass 58): a target headed by the bare word for "targets" ("أهداف لتنظيم X", ``generic_target_heads``)
says only that something of X was struck; another event of the same incident that writes the object itself
("قصفت وحدات تكتيكية ودبابات للتنظيم") names it, and that object is the target."""
_GENERIC_HEADS = frozenset(normalize(w) for w in rules.words("attacks_records", "generic_target_heads"))


OWNED_OBJECT_YIELDS = True
"""Switch (pass 69; on, off only to measure it): the side of the counted dead (:data:`DEAD_SIDE_YIELDS`) also gives
way to an object another sentence of the incident writes as that side's own sites or gear: a head of
``owned_target_heads`` ("مواقع"، "تجمعات"، "تعزيزات") owned by the same side, named ("مواقع وتجمعات للحوثيين") or
by a militia word that refers back to it ("هجوما على مواقع الميليشيات"). The guidelines' target is what was hit,
in its form: the dead side's positions, not only the side."""
_OWNED_HEADS = frozenset(normalize(w) for w in rules.words("roles", "owned_target_heads"))
_MILITIA_WORDS = frozenset(normalize(w) for w in rules.words("roles", "militia_words") | rules.words("roles", "anaphoric_groups"))
_OWNER_REACH = 4
"""The most words from the owned head to its owner ("مواقع وتجمعات وتعزيزات للميليشيا")."""


def _owned_by(ctx: DocContext, e: _Event, side: str) -> bool:
    """Whether the event's target opens with an owned head (:data:`_OWNED_HEADS`, after a "ل" or not) owned, within
    :data:`_OWNER_REACH` words, by the side ``side`` or a militia word referring back to it (for an armed group). The
    owner stands right after the head (construct: "مواقع الميليشيات") or after "ل" ("مواقع وتجمعات للحوثيين"، "تابعة
    للميليشيا"); another actor named first owns the head ("مواقع الجيش"), and a word after a verb is its doer, not an
    owner ("مواقع الجيش شنته الميليشيات")."""
    head = normalize(e.target[0]).split()
    if not head or not (head[0] in _OWNED_HEADS or head[0][:1] == "ل" and head[0][1:] in _OWNED_HEADS):
        return False
    words = ctx.sentences[e.si].words
    for i in range(len(words) - len(head) + 1):
        if words[i:i + len(head)] != head:
            continue
        j = min(i + len(head), i + 1 + _OWNER_REACH)
        named = [m for m in ctx.actors_in(e.si, i + 1, j + 2) if m.i < j]
        for k in range(i + 1, j):
            at = [m for m in named if m.i == k]
            if k == i + 1 or words[k][:1] == "ل":
                if any(m.entry.canonical == side for m in at):
                    return True
                if not at and bare_in(words[k], _MILITIA_WORDS):
                    return _armed_group(ctx, side)
            if at:
                return False  # "مواقع الجيش ...": another owner ends the look
        return False
    return False


def _armed_group(ctx: DocContext, canonical: str) -> bool:
    """Whether an actor of the article with this canonical name is an armed group."""
    return any(m.entry.canonical == canonical and m.entry.get("type") == "armed_group"
               for ms in ctx.mentions for m in ms if m.kind == "actors")


def _generic(e: _Event) -> bool:
    """Whether the event's target is headed by the bare word for "targets" (:data:`_GENERIC_HEADS`)."""
    words = normalize(e.target[0] or "").split()
    return bool(words) and words[0] in _GENERIC_HEADS


def _targeted_object(ctx: DocContext, e: _Event) -> bool:
    """Whether the event's target is written as the object of a verb of aiming (``targeted_verbs``) standing at most
    three words before it, with no means between them ("استهدف بسيارة مفخخة ...": what follows is no object)."""
    words = ctx.sentences[e.si].words
    head = normalize(e.target[0]).split()
    for i in range(1, len(words)):
        if words[i:i + len(head)] != head:
            continue
        verb = next((k for k in range(i - 1, max(-1, i - 4), -1) if any(b in _TARGETED for b in bare(words[k]))), None)
        if verb is not None and not any(w.startswith("ب") for w in words[verb + 1:i]):
            return True
    return False


DESTROYED_YIELDS = True
"""Switch (pass 63; on, off only to measure it): a target read as what was destroyed after the count of the dead
("مؤكدا سقوط تسعة قتلى وتدمير مدفع رشاش", :func:`roles_targets._destroyed_after_count`) gives way to the object
another event of its sentence writes after an attack word ("نفذوا هجوما على مواقع الانقلابيين، مؤكدا سقوط ..."): the
destroyed gear is a further toll of the attack, not what it was made on."""


def _destroyed_told(ctx: DocContext, e: _Event) -> bool:
    """Whether the event's target is the gear destroyed after its count of the dead."""
    return e.frame is not None and e.killed is not None and roles_targets._destroyed_after_count(ctx, e.frame, e.killed)


def _record(ctx: DocContext, c: dict, news_date: DateHit | None = None) -> Attack:
    events: list[_Event] = sorted(c["events"], key=lambda e: (e.si, e.ti))
    anchored = [e for e in events if e.anchored] or events

    def pick(attr):
        return next((getattr(e, attr) for e in anchored if getattr(e, attr)), None) or next(
            (getattr(e, attr) for e in events if getattr(e, attr)), None)

    types = [t for e in events for t in e.types]
    first_specific = None
    for e in events:
        if not e.types:
            continue
        bombs = [t for t in ("suicide_attack", "car_bomb", "airstrike") if t in e.types]
        first_specific = bombs[0] if bombs else e.types[0]  # "هجوم انتحاري بسيارة مفخخة": the bomb kind wins
        break
    killed_event = next((e for e in events if e.killed is c["killed"]), None)
    injured_event = next((e for e in events if e.injured is c["injured"]), None)
    perp = pick("perpetrator")
    if perp is not None and perp.entry.id in _UNATTRIBUTED:
        perp = None  # "مسلحون مجهولون": nobody is named, so nobody is the perpetrator
    weapons: list[str] = []
    for e in events:
        for w in e.weapons:
            if w not in weapons:
                weapons.append(w)
    date: DateHit | None = c["date"]
    if any(e.date is date and since_date(ctx.sentences[e.si].words, date) for e in events):
        date = None  # "تعرضت المدينة لأعنف قصف منذ آذار 2017": what the incident is measured from, not its date
    inherited = False
    news_told = any(e.news for e in events)
    accused = ACCUSED_PAST and bool(events) and all(_accused(ctx, e) for e in events)
    if accused and _accusation_day(ctx, events, date):
        date = None  # "اتهم الوزير، الأربعاء، الحزب بالوقوف وراء الهجوم على ...": the day the accusation was made
    if PAST_SAID_DAY and date is not None and c["report_date"] and events \
            and all(e.past_context for e in events) \
            and any(e.date is date and (e.said_day or e.speech_date) for e in events):
        date = None  # "قال الوزير، الأربعاء، إن اغتيال والده قبل عقود ...": the day he spoke of a past incident
    if (date is None or not date.resolved.iso) and news_date is not None and not accused \
            and not any(e.background for e in events if e.anchored or not news_told) \
            and not _span_ago(ctx, events) and not _past_year(ctx, events):
        # (a loose mention told as past context, joined to an incident without place, toll or day, leaves its day
        # alone: joined to it, "ويعتمد الطيران في غاراته منذ أشهر على قنابل موجهة", does not make it the past)
        # a round-up's incidents ("وفي عدن، قصف ...") happened on the day its lead tells, unless dated apart
        date, inherited = news_date, True
    spans = [sp for e in events for sp in e.spans]
    background = not any(e.news for e in events) and not inherited  # a round-up's item is the news too
    if any(e.history for e in events):
        background = True  # history joined by a loose mention in the lead ("عين نائبا بعد اغتيال والده") is history
    if _told_long_back(ctx, events):
        background = True  # "قصف مطار الشعيرات العام الماضي" joined by "للرد على قصف دوما": last year's strike, history
    if _loose_news_past(ctx, events, news_date):
        background = True  # "طرد دبلوماسيين ردا على هجوم" joined by "هجوم الخامس من مارس" three weeks before: past context
    killed_value = c["killed"].value if c["killed"] else None

    def rank(e: _Event) -> tuple:
        same_count = e.killed is not None and e.killed.value is not None and e.killed.value == killed_value
        return (not e.target[1], not same_count, e not in anchored)

    with_target = sorted((e for e in events if e.target and e.target[0]), key=rank)
    if perp is not None and _NO_SELF_TARGET:
        # "صدت القوات هجوما للحوثيين" and "قتل 9 من الحوثيين" told of one incident: the doer's own
        # dead, or the other side's telling, are no target of its attack; nor one noun owned by the doer
        # ("مواقع داعش" read from "مواقع التنظيم" in a sentence another doer's attack was joined to)
        own = perp.entry.canonical.split()
        with_target = [e for e in with_target if e.target[0] != perp.entry.canonical and e.target[0].split()[1:] != own]
    if perp is not None and ALLIED_TARGET:
        # the doer told in another sentence of the incident: a target read there without it may be its ally
        # ("غارات التحالف" joined to "مواقع الجيش اليمني"): the doer's own side is not what it struck
        with_target = [e for e in with_target if not allied_names(e.target[0], perp.entry.canonical)]
    if STATED_TARGET and with_target and (with_target[0].target[1] == NEAR_FORCE or (
            STATED_OVER_SITE and _near_site(ctx, with_target[0])) or (DEAD_SIDE_YIELDS and _dead_side(ctx, with_target[0]))):
        # a force read near the attack word yields to an object written after "استهدف" in another sentence
        stated = [e for e in with_target if e.target[1] is True and _targeted_object(ctx, e)]
        if DEAD_SIDE_YIELDS and _dead_side(ctx, with_target[0]):
            # the dead side yields only to the object its own sentence aims at ("قتل 12 منهم في غارات، استهدفت
            # تجمعات لهم"); another sentence's retelling of what was hit leaves the side the dead were of
            stated = [e for e in stated if e.si == with_target[0].si]
            if OWNED_OBJECT_YIELDS and not stated:
                # "قتل 40 عنصرا من الميليشيا" and, in another sentence, "شنت القوات هجوما على مواقع الميليشيا":
                # what the attack was made on is told as the side's own positions, the dead are its toll
                side = with_target[0].target[0]
                stated = [e for e in with_target if e.target[1] is True and e.si != with_target[0].si
                          and _owned_by(ctx, e, side)]
        if stated:
            with_target = stated + [e for e in with_target if e not in stated]
    if GENERIC_YIELDS and with_target and _generic(with_target[0]):
        # "غارات ضد أهداف للتنظيم" and "قصفت الغارات دبابات ومخازن للتنظيم": the second says what the targets were
        told = [e for e in with_target if e.target[1] is True and not _generic(e) and not _dead_side(ctx, e)]
        if told:
            with_target = told + [e for e in with_target if e not in told]
    if DESTROYED_YIELDS and with_target and _destroyed_told(ctx, with_target[0]):
        # "نفذوا هجوما على مواقع الانقلابيين، مؤكدا سقوط 9 قتلى وتدمير مدفع": the gear destroyed is a further toll,
        # the positions the attack was made on are its target
        aimed = [e for e in with_target if e.target[1] is True and not _destroyed_told(ctx, e)
                 and not _dead_side(ctx, e) and e.si == with_target[0].si]  # (another sentence may tell another
        # strike the incident joined: "غارة استهدفت اجتماعا لهم" beside "قتل 15 ودمرت 3 عربات بغارات على تعزيزات")
        if aimed:
            with_target = aimed + [e for e in with_target if e not in aimed]
    target = with_target[0].target[0] if with_target else None
    if all(e.battle_only for e in events) and not (roles_targets.AFTER_BATTLE_TARGET and perp is not None and any(
            e.frame is not None and (after_battle(ctx, e.frame) or roles_targets.advanced_on(ctx, e.frame, perp))
            for e in events)):
        target = None  # fighting told with no toll names its sides, and whichever struck whom is not told (but the
        # side that seized or advanced after it fought the side told after "مع": roles_targets.AFTER_BATTLE_TARGET;
        # a force's advance fought the one armed group its sentence names: roles_targets.advanced_on)
    kind = first_specific or (types[0] if types else "other")
    if kind == "airstrike" and perp is not None and perp.entry.get("type") == "armed_group":
        # air strikes are flown by states and the coalition: an armed group is either the target
        # or the doer of another attack told beside "ضربات جوية"
        if any(e.generic for e in events):
            kind = next((t for t in types if t != "airstrike"), "other")
        elif GROUP_KEEPS_DOER and _claimed_by(ctx, perp, events) and not _group_struck(perp, events):
            kind = next((t for t in types if t != "airstrike"), "other")  # the claimed killing told beside raids
        else:
            perp = None
    if POLICE_RAID and kind == "airstrike" and perp is not None and perp.entry.get("type") == "police" \
            and not any(w in (perp.entry.name_en or "") for w in ("Air", "Aviation")):
        kind = "armed_assault"  # "غارة للشرطة على وكر": a police raid on the ground, no air strike
    if kind == "shelling" and perp is not None and any(w in (perp.entry.name_en or "") for w in ("Air", "Aviation")):
        kind = "airstrike"  # "قصف طيران الجيش": shelling from the air
    kind = _refine_type(ctx, events, kind)
    cits = citations(ctx.doc.doc_id, ctx.text, spans)
    flags = []
    for name, phrase in (("killed", killed_event.killed_text if killed_event else None),
                         ("injured", injured_event.injured_text if injured_event else None)):
        if phrase and not any(phrase in c.quote for c in cits):
            flags.append(f"{name}_not_in_citation")  # a long article cut at the citation limit
    if date is not None and date.resolved.inferred:
        flags.append("date_from_weekday_elsewhere")
    if inherited:
        flags.append("date_from_article_lead")
    location = c["place"].location if c["place"] else None
    if NAMED_AREA and location is not None and location.geo_precision == "unresolved":
        location = _named_area(ctx, c["place"], events)
    if CITY_PROVINCE and location is not None and (gov := city_province(location)):
        location = location.model_copy(update={"governorate": gov})  # "قرب مدينة صعدة": in Saada
    if target is None and INSTALLATION_TARGET:
        target = _installation(location)
    return Attack(
        date=date.resolved.iso if date else None,
        date_precision=date.resolved.precision if date else "unknown",
        date_text=ctx.quote(date.start, date.end) if date else None,
        location=location,
        perpetrator=perp.entry.canonical if perp else None,
        perpetrator_en=perp.entry.name_en if perp else None,
        target=target,
        attack_type=kind,
        weapons=weapons,
        killed=c["killed"].value if c["killed"] else None,
        killed_text=killed_event.killed_text if killed_event else None,
        injured=c["injured"].value if c["injured"] else None,
        injured_text=injured_event.injured_text if injured_event else None,
        background=background,
        date_inferred=bool(date and date.resolved.inferred),
        citations=cits,
        flags=flags,
    )
