""":func:`find_attacks`: the tellings of an article joined into incidents, one record each.

Tellings join the incident they are compatible with (:mod:`attacks_clusters`); the rules here join a retelling that
is not, as told: the place where strikes told just before fell (:func:`_elaborated`), strikes named again by a bare
fire noun (:func:`_renamed_fire`), a place the article says lies in the incident's (:func:`_nested_retelling`), the
one incident an article places (:func:`_one_incident`), a lower count told as only that many (:func:`_lower_claim`)
and a count for one of the incident's sites (:func:`_partial_count`) or one part of its toll (:func:`_split_toll`), their bodies in :mod:`attacks_retold` (the
switches stay here, passed in). And one that keeps two apart: fire launched from or toward a place and a state's
strikes answering it (:func:`_fire_answered`), and a telling with its own sign of another event: a place no
gazetteer resolves with a turn or a time of its own (:func:`_placed_elsewhere`), a time of its own told with its own
place or day (:func:`_timed_apart`).
"""

from __future__ import annotations

import math
from dataclasses import replace

from marsad.agent.offline import rules
from marsad.agent.offline.attacks_clusters import (
    _AIR_FORCES,
    _SUM_REACH,
    _UNATTRIBUTED,
    _UNPLACED_REACH,
    _absorb,
    _another_doer,
    _compatible,
    _doer_ids,
    _last_told,
    _new_cluster,
    _other_side,
    _others_after,
    _own_doer,
    _own_side,
    _past,
    _place_ahead,
    _same_day,
    _same_family,
    _same_toll,
    _strike_kinds,
    _summed,
    _told_again,
    _told_figure,
    others_toll,
    referenced_retellings,
    region_holds,
    wounded_retold,
)
from marsad.agent.offline.attacks_cues import over_recent_span
from marsad.agent.offline.attacks_dates import two_day_night
from marsad.agent.offline.attacks_events import _demonstrative, _Event, _events
from marsad.agent.offline.attacks_fire import _launched, fire_answered
from marsad.agent.offline.attacks_floats import QUIET_OPENERS, ahead_apart, named_past, year_apart
from marsad.agent.offline.attacks_places import _fired_place
from marsad.agent.offline.attacks_records import (
    _is_event,
    _lead_day,
    _news_date,
    _record,
    _strike_doers,
    air_doer_type,
    article_flyer_doers,
    not_an_act,
    own_flyers,
    spoken_undated,
    year_told,
)
from marsad.agent.offline.attacks_retold import (
    _elaborated,
    _lower_claim,
    _one_of_them,
    _singled_out,  # noqa: F401 (tests read it here)
    cited_only,
    definite_retold,
    earlier_count,
    one_wound_death,
    partial_count,
    renamed_fire,
    renaming,
    renaming_word,
    same_dead_region,
    same_wounded,
    split_toll,
    toll_in_it,
    toll_retold,
    twin_retold,
    unplaced_retold,
)
from marsad.agent.offline.attacks_roundups import (
    _exact,
    anaphoric_death,
    killed_him,
    named_death,
    roundup_totals,
)
from marsad.agent.offline.attacks_support import support_placed
from marsad.agent.offline.context import FORCE_TYPES, DateHit, DocContext, bare, bare_in
from marsad.agent.offline.context_place import context_place, occurred_within
from marsad.agent.offline.frames_readers import uncounted_toll
from marsad.agent.offline.locations import Place, same_area
from marsad.agent.offline.merge import (
    adds_another,
    calls_separate,
    fronted,
    opens_new_item,
    opens_with,
    told_within,
    turns_aside,
)
from marsad.agent.offline.roles_claims import _unclaimed_between
from marsad.core.arabic import normalize
from marsad.schemas import Attack

RENAMED = True  # module flag, for A/B measurement only
REGION = True  # module flag, for A/B measurement only
PARTIAL = True  # module flag, for A/B measurement only
DIRECTION = True  # module flag, for A/B measurement only


_HARM_NOUNS = rules.words("attacks", "uncounted_harm_nouns")


def _harm_told(ctx: DocContext, e: _Event) -> bool:
    """True when an event's frame tells people killed or wounded by a plural casualty noun, counted or not ("وأسفر عن
    سقوط قتلى وجرحى"، "سقط ما بين قتيل وجريح"); not "ضحايا", a killing named as a deed ("عملية قتل جماعي") nor the
    definite nouns that also name places ("حي الشهداء"), save after "عدد من" told as fallen or caused
    (:func:`~marsad.agent.offline.frames_readers.uncounted_toll`)."""
    if e.frame is None or {"killed", "injured"}.isdisjoint(e.frame.concepts):
        return False
    words = ctx.sentences[e.si].words
    return any(b in _HARM_NOUNS for w in words[e.frame.lo:e.frame.hi] for b in bare(w)) or any(
        uncounted_toll(words, x) for x in range(e.frame.lo, min(e.frame.hi, len(words))))  # "سقوط عدد من الجرحى"


def _fire_answered(ctx: DocContext, c: dict, e: _Event, memo: dict) -> bool:
    """Fire launched and the state's fire answering it, two incidents (:func:`attacks_fire.fire_answered`)."""
    return DIRECTION and fire_answered(ctx, c, e, memo)


def _renaming(ctx: DocContext, e: _Event) -> bool:
    """A strike told by a definite bare noun of fire with no doer of its own (:func:`attacks_retold.renaming`)."""
    return renaming(ctx, e, RENAMED)


def _renaming_word(ctx: DocContext, e: _Event) -> bool:
    """A strike told by a definite bare noun of fire, doer or not (:func:`attacks_retold.renaming_word`)."""
    return renaming_word(ctx, e, RENAMED)


RENAMED_NAMES_PLACE = True
"""Switch (A/B measurement and its tests): a definite bare fire noun right after the strikes, in a sentence that also
names the strikes' own place ("أغارت الطائرات على جبهة الوادي. وذكر الجيش أن الغارات أصابت مواقع بين بلدتي القرن
والوادي"), is those strikes even when the place it is read at is another known one: the sentence tells where in or
around the place told first they fell."""


def _renamed_fire(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The strikes a definite bare fire noun names again (:func:`attacks_retold.renamed_fire`), or None."""
    return renamed_fire(ctx, clusters, e, RENAMED, RENAMED_NAMES_PLACE)


def _partial_count(clusters: list[dict], e: _Event) -> dict | None:
    """The incident a telling gives part of its toll for (:func:`attacks_retold.partial_count`), or None."""
    return partial_count(clusters, e, PARTIAL)


SPLIT_TOLL = True
"""Switch (pass 44, A/B measurement and its tests): a count and a count of others told after it in one sentence that
add up to the exact toll of an incident told just before ("أربعة قتلوا في الحال فيما توفي سبعة آخرون" after "قتل 11")
are that incident's dead in parts, not a second incident (:func:`attacks_retold.split_toll`)."""


def _split_toll(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The incident a telling gives one part of its toll for (:func:`attacks_retold.split_toll`), or None."""
    return split_toll(ctx, clusters, e, _SUM_REACH, SPLIT_TOLL)


def _region_holds(wide: Place, narrow: Place) -> bool:
    """A town within a region of the gazetteer (:func:`attacks_clusters.region_holds`)."""
    return REGION and region_holds(wide, narrow)


def _nested_retelling(ctx: DocContext, c: dict, e: _Event) -> bool:
    """True when the event tells the cluster's incident again at a place the article says lies in the cluster's
    place, or the other way round (:func:`merge.told_within`), of the same standing (news or past context), on the
    same day or within unplaced_reach_sentences, by the same doer and (for strikes) the same kind of fire, not told
    as another one ("كما"، "آخرين"), with (a telling with no day and no mark of its standing, in the sentence right
    after a past incident, goes on telling it: "وكانت الميليشيا ارتكبت قبل أيام مجزرة في حي ... بمدينة تعز" then
    "وبحسب مصادر فإن الميليشيا قصفت ملعبا في الحي"),
    nothing else telling them apart (:func:`_compatible` as if told at the cluster's place)."""
    if e.place is None or c["place"] is None or not (
            told_within(ctx, e.place, c["place"]) or told_within(ctx, c["place"], e.place)
            or _region_holds(c["place"], e.place) or _region_holds(e.place, c["place"])
            or _province_holds(c["place"], e.place)):
        return False
    if _another_doer(c, e):
        return False  # the army's shelling of a front and the coalition's strikes on a place in it: two incidents
    strikes, fire = _strike_kinds(c["events"]), _strike_kinds([e])
    if strikes and fire and not strikes & fire and not _renaming(ctx, e):
        return False  # shelling told at a district and air strikes on an area in it: two kinds of fire, two incidents
    if (e.killed is not None and _others_after(ctx, e)) or (adds_another(ctx.sentences[e.si].words) and not (
            _province_holds(c["place"], e.place) and _renaming(ctx, e))):
        return False  # "كما قتل 15 عنصرا آخر بغارات على ...": another strike within the place told before (but "كما
        # دمرت الغارات ..." after strikes on a province: what the same strikes did, told at a place in it)
    standing = e.past_context == _past(c) or (
        UNDATED_GOES_ON and not e.background and not e.news and e.date is None and e.si - _last_told(c) <= 1)
    return standing and (_same_day(c, e) or e.si - _last_told(c) <= _UNPLACED_REACH
                                                          or _same_doer_undated(c, e)) \
        and _compatible(c, replace(e, place=c["place"]))


PROVINCE_HOLDS = True
"""Switch (A/B measurement and its tests): a place told as a province ("جنوب شرق محافظة تعز": a province noun right
before the name) holds the districts and towns of its country the gazetteer puts in that governorate or, when it
gives them none, within province_hold_km of the province's point: strikes told at the province and their detail at a
district of it are one incident (:func:`_nested_retelling`), also when a definite bare fire noun tells the detail
after an opener of addition ("كما دمرت الغارات ...": what the same strikes did)."""
_PROVINCE_NOUNS = rules.words("merge", "province_nouns")
_PROVINCE_KM = rules.number("merge", "province_hold_km")


def _province_holds(wide: Place, narrow: Place) -> bool:
    """True when ``wide`` is told as a province (:data:`PROVINCE_HOLDS`) and holds ``narrow``, a place below it."""
    words = normalize(wide.location.name or "").split()
    if not PROVINCE_HOLDS or not any(w in _PROVINCE_NOUNS for w in words[:-1]) \
            or narrow.base_level in {"governorate", "region", "country"} or not narrow.location.country \
            or wide.location.country != narrow.location.country:
        return False
    held, told = wide.governorate or wide.location.governorate, narrow.governorate or narrow.location.governorate
    if held and told:
        return held == told
    a, b = wide.location, narrow.location
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    dy, dx = (a.lat - b.lat) * 111.0, (a.lon - b.lon) * 111.0 * math.cos(math.radians(a.lat))
    return math.hypot(dx, dy) <= _PROVINCE_KM


UNDATED_GOES_ON = True  # module flag: an undated telling of no standing, right after a past incident, goes on with it
NESTED_DOER = True  # module flag: a place within the incident's, told with its doer and no day, is that incident


def _same_doer_undated(c: dict, e: _Event) -> bool:
    """True when the event gives no day and no toll of its own and is told with the very doer the incident is
    ("مهاجمان فجرا حزاميهما عند سوق في مدينة كذا" and, paragraphs later, the claim "هجوم يستهدف سوقا في حي
    كذا بالمدينة نفسها"): nothing tells them apart but the distance in the text."""
    return NESTED_DOER and not e.listed and e.date is None and e.killed is None and e.injured is None and e.perpetrator is not None \
        and e.perpetrator.entry.id not in _UNATTRIBUTED and _doer_ids(c["events"]) == {e.perpetrator.entry.id}


LEAD_SAME_TOLL = True  # module flag: an unplaced lead's toll told again at the one placed incident is that incident


def _one_incident(ctx: DocContext, clusters: list[dict]) -> list[dict]:
    """The clusters with each incident told with no place joined to the one incident of its kind the article places.

    An article about one incident tells it at its place once and retells it paragraphs later by its toll or a
    witness's account with no place ("وذكر المتحدث أن 25 مسلحا قتلوا خلال معارك الأربعاء"), or opens with it
    untolled ("الهجوم الذي استهدف متجرا جنوب البلاد") before placing it: when exactly one cluster of the same family
    is told at a place, the unplaced one (news, not past context) is that incident, provided its doer, kind of fire,
    day and toll do not tell them apart (:func:`_compatible` as if told at that place) and it is no round-up item
    fronted by a place ("وفي جبهة ..."، :func:`merge.fronted`)."""
    out = list(clusters)
    memo: dict = {}
    for u in clusters:
        if u["place"] is not None or _past(u):
            continue
        kin = [c for c in out if c is not u and c["place"] is not None and not _past(c)
               and all(_same_family(c, e) for e in u["events"])]
        if len(kin) != 1:
            continue
        c = kin[0]
        doers, told = _doer_ids(c["events"]), _doer_ids(u["events"])
        fire = _strike_kinds(c["events"]), _strike_kinds(u["events"])
        renamed = all(_renaming(ctx, e) for e in u["events"] if _strike_kinds([e]))
        if (doers and told and not doers & told) or (all(fire) and not fire[0] & fire[1] and not renamed):
            continue  # another doer; rockets fired from a place and the air strikes on it
        if any(_fire_answered(ctx, c, e, memo) for e in u["events"]):
            continue  # rockets launched toward a place and the strikes answering them (:func:`_fire_answered`)
        if any(c[k] is not None and u[k] is not None and c[k].value != u[k].value for k in ("killed", "injured")) \
                and not wounded_retold(c, u):
            continue  # another toll, even one below a revised toll ("4 قتلى" beside "ارتفعت الحصيلة إلى 128")
        if (u["killed"] is not None or u["injured"] is not None) and u["first"] < c["first"] and not (
                LEAD_SAME_TOLL and _exact(u["killed"]) and _exact(c["killed"]) and u["killed"].value == c["killed"].value):
            continue  # a toll told before the article places anything may count the day or another incident: only a
            # toll told after the placed incident retells it
        if any(fronted(ctx.sentences[e.si].words) for e in u["events"]) or not all(
                _compatible(c, replace(e, place=c["place"])) for e in u["events"]):
            continue  # "وفي جبهة ... لقي القيادي مصرعه": a round-up's item at a place no gazetteer knows
        for e in u["events"]:
            _absorb(c, e)
        c["first"] = min(c["first"], u["first"])
        out.remove(u)
    return out


BATTLES = True  # module flag, for A/B measurement only


BATTLE_OTHER_FRONT = True
"""Switch (pass 43; A/B measurement and its test): fighting told at a place of its own is not the front of an incident
with no place that the article tells only after turning to another front by a sentence fronted with its place
("ودارت معارك عنيفة في مديرية كذا ..." then "وفي شمال المحافظة، حررت القوات مواقع ... وقتل 15 من المسلحين"): the round-up's
next item is another front, and the fighting is an incident of its own. Before, it joined that later incident and was
lost with its place."""


FRONT_PLACE = True
"""Switch (pass 56, its test): fighting told at a place ("ودارت معارك عنيفة في منطقة كذا") that is the front of an
incident told with no place of its own (its toll: "وقتل 12 من المسلحين في المواجهات") gives that incident its place
and its telling; before, the incident took a place from the rest of the article (the province or the country). Only
an incident with no place: one told at a wide place keeps it (the fight may be one front of several there)."""


def _battle_front(ctx: DocContext, c: dict, e: _Event) -> bool:
    """True when fighting told with no toll (``e.battle_only``: "ودارت معارك عنيفة في مديرية كذا") is the front of an
    incident the article tells otherwise: told at the same area (any kind of attack: the strikes or the toll of that
    front), or an incident it could be one with (:func:`_compatible`: an unplaced toll told near it). Such fighting
    makes no record of its own and changes none; only fighting at a place nothing else is told at is an incident
    (and fighting at its own place before the article turns to another front: :data:`BATTLE_OTHER_FRONT`)."""
    if c["place"] is not None and e.place is not None and same_area(c["place"], e.place):
        return True
    if BATTLE_OTHER_FRONT and e.place is not None and c["place"] is None:
        first = min(x.si for x in c["events"])
        if first > e.si and any(fronted(ctx.sentences[k].words) for k in range(e.si + 1, first + 1)):
            return False
    return _compatible(c, e)


NEW_ITEM = True  # module flag, for A/B measurement only
RETOLD_TOLL = True  # module flag, for A/B measurement only


WOUNDED_RETOLD = True
"""Switch (A/B measurement and its tests): with no two death tolls to compare, an incident told again by its exact
wounded count (close_toll_min at least, not vague) is the incident told before, like one told again by its exact death
toll (:func:`_toll_retold`): "أصيب 64 متظاهرا برصاص الشرطة في المدينة" and "قال المسعفون إن 64 أصيبوا في الحي الشرقي"."""


def _wounded_retold(c: dict, u: dict) -> bool:
    """Two incidents with the same exact wounded count and at most one death toll (:func:`attacks_retold.same_wounded`)."""
    return same_wounded(c, u, WOUNDED_RETOLD)


def _toll_retold(c: dict, u: dict) -> bool:
    """A later incident giving the earlier one's exact toll again (:func:`attacks_retold.toll_retold`)."""
    return toll_retold(c, u, WOUNDED_RETOLD)


TWIN_RETOLD = True
"""Switch (A/B measurement and its tests): a twin attack told again with another toll ("قتل 12 في تفجيرين انتحاريين"
and "وكان مهاجمان قد فجرا حزاميهما ... فقتل 15") is the twin attack told before
(:func:`attacks_retold.twin_retold`)."""


SAME_DEAD_REGION = True
"""Switch (A/B measurement and its tests): a bare toll (no kind, no doer of its own) told after an incident with its
very death toll, on its day, at a place one region the article names holds with the incident's, is that incident
counted again (:func:`attacks_retold.same_dead_region`)."""


UNPLACED_RETOLD = True
"""Switch (A/B measurement and its tests): an article whose incidents told as news all have no place and the same
exact death toll tells one incident again (:func:`attacks_retold.unplaced_retold`)."""


def _one_toll(clusters: list[dict], ctx: DocContext | None = None) -> list[dict]:
    """The clusters with an incident told again by its exact toll (:func:`_toll_retold`), or a twin attack told again
    with another toll (:data:`TWIN_RETOLD`, given the document), joined to the first."""
    if not RETOLD_TOLL:
        return clusters
    out = list(clusters)
    for u in clusters:
        if others_toll(u):
            continue  # "وقتل ثلاثة آخرون": not the dead of an incident told before
        c = next((x for x in out if x is not u and x["first"] < u["first"] and (
            _toll_retold(x, u) or (ctx is not None and twin_retold(ctx, x, u, TWIN_RETOLD)))), None)
        if c is None:
            continue
        for e in u["events"]:
            _absorb(c, e)
        out.remove(u)
    return out


ROUNDUP_TOTAL = True  # module flag: a toll the incidents told after it add up to is a round-up's total, not a record


PARTIAL_ROUNDUP = True
"""Switch (A/B measurement and its tests): a toll told of several attacks or bombings ("قتل 17 في هجمات استهدفت
مناطق في بغداد") and then broken down into incidents at places it covers, whose dead add up to no more than it
("8 في الكرادة"، "4 في حي الشعب": the rest left untold), is the round-up's total all the same (GUIDELINES §4)."""


def _roundup_totals(ctx: DocContext, clusters: list[dict]) -> list[dict]:
    """The clusters less round-up totals (:func:`attacks_roundups.roundup_totals`)."""
    if not ROUNDUP_TOTAL:
        return clusters
    return roundup_totals(ctx, clusters, PARTIAL_ROUNDUP, REGION)


ANAPHORIC_DEATH = True  # module flag: "لقي مصرعه" of a man told before tells a death in an incident told before


ANAPHORIC_PAST = True
"""Switch (A/B measurement and its tests): with :data:`ANAPHORIC_DEATH`, a death told by a word with its pronoun as
past context with no day of its own ("وكان الحارس قد لقي حتفه") is one of an incident told as news before it."""


def _anaphoric_death(clusters: list[dict], e: _Event) -> dict | None:
    """The incident a death told by a word with its pronoun belongs to (:func:`attacks_roundups.anaphoric_death`)."""
    return anaphoric_death(clusters, e, ANAPHORIC_PAST) if ANAPHORIC_DEATH else None


EARLIER_PLURAL = True  # module flag, for A/B measurement only
_PLURAL_EVENTS = rules.words("scope", "plural_events")


def _earlier_plural(ctx: DocContext, e: _Event) -> bool:
    """True for past context told in the plural with no toll ("وكانت جماعات مسلحة قد نفذت هجمات في المدينة
    من قبل"): several older events, none of them the day's incident. Told at its place, it may still join it (its
    citation, its place) but lends it no doer (:func:`find_attacks`): who did those is not said to have done this
    one. Told alone, it keeps its own."""
    if not EARLIER_PLURAL or not e.background or e.news or not e.generic or e.date is not None or e.frame is None \
            or e.killed is not None or e.injured is not None:
        return False
    words = ctx.sentences[e.si].words
    return any(b in _PLURAL_EVENTS for w in words[e.frame.i:e.frame.j] for b in bare(w))


def _asides(clusters: list[dict]) -> frozenset[int]:
    """The sentences where only incidents told as past context are told (an aside on an older incident)."""
    past = {x.si for c in clusters if _past(c) for x in c["events"]}
    return frozenset(past - {x.si for c in clusters if not _past(c) for x in c["events"]})


FLOAT_APART = True  # module flag, for A/B measurement only
OWN_LOSSES_APART = True
"""Switch (pass 44, A/B measurement and its tests): a mention of remote fire with no place of its own, told by a side
whose own dead an incident counts ("اعترفت الميليشيا بمقتل ثلاثة من قادتها في المحافظة، وقصفت قرى المدنيين";
:func:`attacks_clusters._own_side`), is no telling of that incident: those dead are not its toll, and it is an
incident of its own (or none, when it tells no place, as any incident)."""
TOLD_HERE = True  # module flag, for A/B measurement only
SAME_STANDING = True  # module flag, for A/B measurement only


def _floats_apart(ctx: DocContext, c: dict, e: _Event) -> bool:
    """True when a mention of an attack with no place, toll or day of its own, told in a later sentence than the
    incident, is no further telling of it: its sentence turns to another item of the news ("إلى ذلك، قصفت مقاتلات
    التحالف مواقع ...", :func:`merge.turns_aside`) and names a doer of its own, none of the incident's (a ground
    operation by the army told first, the coalition's strikes of the last days after it)."""
    return not any(x.si == e.si for x in c["events"]) and _another_doer(c, e) \
        and turns_aside(ctx.sentences[e.si].words)


UNRESOLVED_APART = True
"""Switch (pass 46; A/B measurement and its tests): a floating mention (no resolved place, toll or day) whose frame
names a place of its own that no gazetteer resolves ("قصفت المقاتلات لاحقا مواقع في هاكورك"), told as news and not
as a definite or anaphoric telling of an incident before it ("الهجوم"), joins no placed incident of an earlier
sentence: a place named is a sign of another event, even when it cannot be resolved. It is its own incident
(:func:`_placed_elsewhere`)."""


def _told_before(e: _Event) -> bool:
    """Whether a telling tells an incident told before it: named again, definite ("الهجوم"), in a relative clause, as
    a cause, or as a revised toll -- no sign of another event, whatever else it tells."""
    return e.told_again or e.definite or e.relative or e.by_cause or e.update


def _placed_elsewhere(ctx: DocContext, e: _Event) -> bool:
    """:data:`UNRESOLVED_APART`: the mention names a place no gazetteer resolves and a kind of attack, and tells no
    incident again: not by a definite or demonstrative name ("الهجوم"، "هذه الغارات"), not by a bare attack word ("هجمات"), not as a
    habit or over a span ("يوميا"، "في الأسابيع الأخيرة")."""
    if not (e.placed and e.place is None and e.frame is not None and e.types) or _told_before(e) or e.generic \
            or e.past_context:
        return False
    words = ctx.sentences[e.si].words
    if e.ti > 0 and _demonstrative(words[e.ti - 1]):
        return False
    frame = words[e.frame.lo:e.frame.hi]
    if any(bare_in(w, _FLOWN_SPANS) or bare_in(w, _HABIT_WORDS) for w in frame) \
            or over_recent_span(frame, 0, len(frame)) or any(bare_in(w, _RECENT) for w in frame):
        return False
    # and a second sign of another event: the sentence turns to another item ("إلى ذلك"، "في غضون ذلك") or tells
    # its own time ("في وقت لاحق"، "في نهاية الأسبوع")
    return not SECOND_SIGN or turns_aside(words) or _own_time(words[:e.frame.hi])


SECOND_SIGN = True  # module flag, for A/B measurement only


TIMED_APART = True
"""Switch (pass 46; A/B measurement and its tests): an incident told with a place, toll or day of its own, in a
sentence that tells its own time apart from what was told before ("ونفذت المقاتلات قبلها بساعات غارات على مبنى
في المدينة"، "وفي وقت لاحق، قصفت الطائرات موقعا"), joins no incident of an earlier sentence, even at the same
place: the cue says it is another event. Only one told with its own place or day; not a revised toll ("وارتفعت لاحقا حصيلة"), nor an incident named again
("الهجوم") or told with the same toll (:func:`_timed_apart`)."""


def _timed_apart(ctx: DocContext, c: dict, e: _Event) -> bool:
    """:data:`TIMED_APART`: the event's sentence tells its own time before it, and nothing ties it to the incident."""
    if not TIMED_APART or any(x.si >= e.si for x in c["events"]) or _told_before(e) \
            or (e.place is None and e.date is None) or _same_toll(c, e):
        return False
    return _own_time(ctx.sentences[e.si].words[:e.ti])


_LATER_CUES = frozenset({"لاحق", "لاحقا", "قبلها", "سبقها"})
_WEEKEND = ("نهايه", "الاسبوع")


def _own_time(words: list[str]) -> bool:
    """Whether the words given tell a time of their own, apart from the incident told before ("وفي وقت لاحق"، "قبلها
    بساعات"، "في نهاية الأسبوع"). Callers pass a sentence up to its event's frame end (the second sign of
    UNRESOLVED_APART) or up to its event word (TIMED_APART: a time told before the event)."""
    return any(bare_in(w, _LATER_CUES) for w in words) or any(
        bare_in(words[x], {_WEEKEND[0]}) and words[x + 1] == _WEEKEND[1] for x in range(len(words) - 1))


_HABIT_WORDS = rules.words("attacks", "habit") | {"يوميا", "دايما"}  # the one-word habit words, with "daily", "always"
_RECENT = frozenset({"الاخيرين", "الاخيره", "الاخير", "الماضيين", "الماضيه"})
"""Words that tell attacks as a habit ("يوميا") or over a recent span ("في الأسبوعين الأخيرين"): no one incident."""


FLOWN_ALONE = True
"""Switch (A/B measurement and its test): a floating air strike flown by a state's or a coalition's force, told as
news with its own doer and what it hit, that no incident of its family takes ("بالتزامن مع الاشتباكات، استهدفت
طائرات التحالف آليات للمتمردين" after ground fighting) is an incident of its own, placed as any incident told with no
place (the area the article tells), not left out as a bare mention: the doer and the target make it one event."""


_FLOWN_VERBS = rules.words("roles", "strike_verbs")
"""Verbs that tell a strike as done ("شنت"، "استهدفت"، "قصفت"): a strike named by a noun alone ("أين ضربات التحالف
ضد التنظيم؟") is talk about the campaign, not one strike."""
_FLOWN_SPANS = rules.words("scope", "since_long_periods") | rules.words("attacks", "continuity_adverbs") \
    | frozenset({"يومي", "يوميه"})
"""Words that tell strikes over a span or as a habit ("خلال السنوات الخمس الماضية"، "قصف يومي"): no one strike."""


def _flown_alone(ctx: DocContext, e: _Event) -> bool:
    """:data:`FLOWN_ALONE`: an air strike with its own state or coalition doer and a target of its own, told as news
    by a verb of striking in its frame."""
    if not (FLOWN_ALONE and _own_doer(e) and "airstrike" in e.types and e.perpetrator.entry.get("type") in _AIR_FORCES
            and e.target[0] is not None and e.target[1] is True and not e.background and e.frame is not None):
        return False
    words = ctx.sentences[e.si].words[e.frame.lo:e.frame.hi]
    return any(bare_in(w, _FLOWN_VERBS) for w in words) and not any(bare_in(w, _FLOWN_SPANS) for w in words)


ONE_OF_THEM = True  # module flag, for A/B measurement only
MIXED_ROUNDUP = True  # module flag, for A/B measurement only
ANOTHER_FLOATS = True
"""Switch (pass 40; on, off only to measure it): a floating mention (no resolved place) told as "another" one and
placed where no gazetteer resolves (a named sea) joins no incident told before it: it is its own incident; an attack
told at a named sea that no incident takes is its own incident too."""
FLOAT_OTHER_SIDE = True  # module flag, for A/B measurement only: a floating mention by the other side is apart
FLOWN_BESIDE = True
"""Switch (pass 43; A/B measurement and its test): a floating air strike that :data:`FLOWN_ALONE` would keep (a
state's or a coalition's force, its own target, a verb of striking, told as news), told after an incident of the other
side ("صدت القوات هجوما للمتمردين على مواقعها ... في الأثناء، شنت مقاتلات التحالف غارات على تعزيزاتهم"), is an
incident of its own, as when no incident of its family is told: before, the other side's incident could not take it
(armed groups fly no aircraft) and it was left out with its doer. Not a strike told in the other side's own sentence
("قصفت الفصائل البلدة، بينما شن الطيران غارات على محيطها"): that stays out, as before."""
UNKNOWN_HANDS = True  # module flag, for A/B measurement only
_UNKNOWN_DOERS = {normalize(w) for w in rules.words("merge", "unknown_doer_words")}


def _unknown_hands(ctx: DocContext, c: dict) -> bool:
    """True when the incident is told as done by unknown hands: a sentence it is told in with a place, toll or day
    of its own says its doers were masked or unknown ("نفذه ملثمون"، "أطلق مجهولون النار") or that no one claimed
    it ("ولم تتبن أي جهة الهجوم")."""
    return any(x.anchored and (any(b in _UNKNOWN_DOERS for w in ctx.sentences[x.si].words for b in bare(w))
                               or _unclaimed_between(ctx, x.si, x.si + 1)) for x in c["events"])


TOLL_IN_IT = True
"""Switch (pass 41): a toll told "in it" ("وقتل فيه 22") right after an attack word of its own sentence that tells an
incident already read is that incident counted by another source (:func:`attacks_retold.toll_in_it`), not a second one."""
NAMED_DEATH = True
"""Switch (A/B measurement and its tests): a death told by a word with its pronoun in a sentence naming the victim of
an incident told before is a further telling of it (:func:`attacks_roundups.named_death`)."""


def _mixed_roundup(e: _Event) -> bool:
    """True for losses told for the fighting and the air strikes together, with no number and no day ("وتكبد
    المسلحون عشرات القتلى في المواجهات وغارات التحالف على جبهات المحافظة"): a round-up of the days' fighting at large,
    not one more incident; told after the article's incidents it makes no record of its own. Losses told in figures
    ("قتل 12 من المسلحين وأصيب أربعة من الجنود في المواجهات وغارات التحالف") are a front's incident, though its
    figures, one per side, give no toll of their own."""
    return (e.battle or "armed_assault" in e.types) and "airstrike" in e.types and e.date is None \
        and all(q is None or q.value is None for q in (e.killed, e.injured)) \
        and not (MIXED_FIGURES and _figures_told(e))


MIXED_FIGURES = True  # module flag, for A/B measurement only


def _figures_told(e: _Event) -> bool:
    """True when the event's toll was told in figures ("16 من المسلحين"، "ثلاثة"), though none was kept."""
    return any(_told_figure(text) is not None for text in (e.killed_text, e.injured_text))


DEFINITE_RETOLD = True
"""Switch (A/B measurement and its tests): a bare definite attack word ("الهجوم"، "التفجير"; no toll, no day but the
report's, no kind of its own) told after the article's one incident of its family, by no other doer, with a place of
the same country read beside it ("وقال المسؤول إن منفذ الهجوم شاب من بلدة ..."), names that incident again: the
place is someone's origin or a detail, not a second incident."""


DEFINITE_UNPLACED = True
"""Switch (A/B measurement and its tests): with :data:`DEFINITE_RETOLD`, the one incident told before with no place
of its own takes a definite retelling's place ("قتل 19 في اشتباكات السبت. وقال المتحدث إن الاشتباكات اندلعت قرب
بلدة ..."): where it happened, told later."""


DEFINITE_UNKNOWN = True
"""Switch (A/B measurement and its tests): with :data:`DEFINITE_RETOLD`, a bare definite attack word told at a place
no gazetteer knows ("ووقع الهجوم في بلدة كذا" after the incident told at a nearby city) names the one incident told
before as it does at a known place of that country: where it happened, told in the detail."""


def _definite_retold(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The one incident a bare definite attack word names again (:func:`attacks_retold.definite_retold`), or None."""
    return definite_retold(ctx, clusters, e, DEFINITE_RETOLD, DEFINITE_UNPLACED, DEFINITE_UNKNOWN)


FLOAT_NEAREST = True
"""Switch (pass 42; on, off only to measure it): a telling with no place, toll or day of its own joins an incident
already told before it in the text. When the incident opened last is told only after it in its sentence ("أغارت
الطائرات على محيط المدينة فدمرت مستودعات ومدرعات، إلى جانب غارات على محيط البلدة"), the telling details the
incident told nearest before it in that sentence, not that later one. Before, the last incident opened held it
whatever its place in the sentence. (Told before it only in an earlier sentence, or before a mark of another event
that stands before it ("غداة غارات ..."، "بعد يومين من ..."), the incident is no nearer: the last one holds it.)"""


def _nearest_before(match: list[dict], e: _Event) -> dict:
    """The last of ``match``, unless it is told only after ``e``: then the incident told nearest before ``e`` in e's
    own sentence and segment (none there: the last of ``match`` still)."""
    def last_before(c: dict, same_segment: bool = False) -> tuple[int, int] | None:
        return max(((x.si, x.ti) for x in c["events"] if (x.si, x.ti) < (e.si, e.ti)
                    and (not same_segment or (x.si == e.si and x.segment == e.segment))), default=None)

    if last_before(match[-1]) is not None:
        return match[-1]
    here = [(t, k) for k, c in enumerate(match) if (t := last_before(c, True)) is not None]
    return match[max(here)[1]] if here else match[-1]


QUIET_GAP = True
"""Switch (pass 61, A/B measurement and its tests): a telling with no place of its own, told more than
``unplaced_reach_sentences`` after the incident told last, is still that incident when nothing was told between them
(no other mention of an attack but the incident named again, there or in its own sentence; no place but a country or
the incident's own), and nothing else tells them apart
(:func:`_compatible` but for the distance): the sentences between are its reactions and quotes, and news tells an
incident's further dead or wounded, its day or its doer there ("قتل سبعة محتجين عند السياج يوم الأحد" ... "وقالت
نقابة المصورين إن أربعة من أعضائها جرحوا يوم الأحد برصاص الجنود"). Not a telling marked as another, similar, or of
other dead."""


_QUIET_OTHER = frozenset({"اخر", "اخري", "الاخر", "الاخري", "منفصل", "منفصله"})
"""Words before the event word that tell another item ("وفي جبهة أخرى قتل ..."، "في هجوم منفصل"): no quiet retelling."""


_DOER_CUES = frozenset(w for w in rules.words("roles", "annexed_perp_cues") if w.startswith("ب"))
"""Cues the doer is annexed to ("برصاص مستوطنين"، "بنيران الجيش"); with "على يد/أيدي" (``hand_words``)."""
_HANDS = rules.words("roles", "hand_words")
_BULLET_QUALITIES = rules.words("attacks", "bullet_qualities")
"""Words after "برصاص" that qualify the bullets, not their shooter ("برصاص حي"، "برصاص مجهول المصدر")."""


def _stem(word: str) -> str:
    """A doer's word without its article and plural or nisba ending: "المستوطنين" and "مستوطن" meet."""
    w = word[2:] if word.startswith("ال") and len(word) > 4 else word
    for end in ("يين", "يون", "ين", "ون", "يه", "ي", "ه"):
        if w.endswith(end) and len(w) - len(end) >= 3:
            return w[:-len(end)]
    return w


def _other_hands(ctx: DocContext, c: dict, e: _Event) -> bool:
    """Whether the sentence of ``e`` names a doer the sentences of the incident ``c`` do not name ("وأصيب ثلاثة
    مزارعين برصاص مستوطنين" after protesters shot by soldiers: others' toll by other hands): an actor, or the word
    after a doer cue ("برصاص"، "بنيران"، "على يد"), that none of the incident's sentences names, by registry id or
    by a word ("برصاص الجنود الإسرائيليين" after "برصاص الجنود" names the same soldiers)."""
    told = {x.si for x in c["events"]}
    ids = {m.entry.id for si in told for m in ctx.actors_in(si, 0, len(ctx.sentences[si].words))}
    stems = {_stem(w) for si in told for w in ctx.sentences[si].words}

    def named(word: str) -> bool:
        a = _stem(word)
        return a in stems or len(a) >= 3 and any(a in s for s in stems)

    words = ctx.sentences[e.si].words
    if any(m.entry.id not in ids and not any(named(w) for w in words[m.i:m.j])
           for m in ctx.actors_in(e.si, 0, len(words))):
        return True
    return any((words[k] in _DOER_CUES or words[k] in _HANDS and k and words[k - 1] == "علي")
               and words[k + 1] not in _BULLET_QUALITIES and not named(words[k + 1]) for k in range(len(words) - 1))


def _quiet_retelling(ctx: DocContext, clusters: list[dict], events: list[_Event], e: _Event) -> dict | None:
    """The incident told last, when ``e`` tells it again after a quiet gap (:data:`QUIET_GAP`), else None: no other
    mention of an attack (but the incident named again) between them or in its own sentence, and no place named between
    them but a country or the incident's own place."""
    if not clusters or e.place is not None or e.told_again or e.another or e.similar or e.others \
            or turns_aside(ctx.sentences[e.si].words) \
            or opens_with(ctx.sentences[e.si].words, QUIET_OPENERS) \
            or any(w in _QUIET_OTHER for w in ctx.sentences[e.si].words[:e.ti]):
        return None  # ("من جانب آخر، شن الطيران غارة ..."، "إلى ذلك، ..."، "وفي جبهة أخرى ...": another item)
    c = max(clusters, key=_last_told)
    last = _last_told(c)
    if e.si - last <= _UNPLACED_REACH:
        return None
    if any(x is not e and last < x.si <= e.si and not x.told_again for x in events):
        return None  # "... قتل 59 فلسطينيا" told in its sentence: that sentence tells another incident too
    own = c["place"].key if c["place"] is not None else None
    if any(m.entry.id != own and m.entry.get("admin_level") != "country"
           for si in range(last + 1, e.si) for m in ctx.places_in(si, 0, len(ctx.sentences[si].words))):
        return None  # "... على المواقع شمال مديرية حيس": the article moved on to another front
    if _other_hands(ctx, c, e):
        return None  # "وأصيب ثلاثة مزارعين برصاص مستوطنين": a doer of its own, not named in the incident told
    return c if _compatible(c, e, quiet=True) else None


def find_attacks(ctx: DocContext) -> list[Attack]:
    """The attacks of a document, one record per event with all its mentions cited.

    Args:
        ctx: the document context.
    """
    clusters: list[dict] = []
    floating: list[_Event] = []
    memo: dict = {}
    roundup_dates: list[tuple[int, DateHit]] = []
    events = not_an_act(ctx, _events(ctx, roundup_dates))
    fights = [e for e in events if e.battle_only]  # fighting told with no toll (:func:`_battle_front`): joined last
    plural_past: set[int] = set()  # (:func:`_earlier_plural`)
    for e in _summed(ctx, _place_ahead(ctx, [e for e in events if not e.battle_only])):
        target_cluster = None
        if _earlier_plural(ctx, e):
            plural_past.add(id(e))
        told = [c for c in clusters if _same_family(c, e)] if e.told_again else []
        # an incident of the same standing (news or past context) first
        told = [c for c in told if _past(c) == e.past_context] or told
        if TOLD_HERE and told:
            # "وأطلقت الحركة صواريخ الأسبوع الماضي وردت القوات بالقصف": an incident its own sentence told just before
            # it (with a day or place of its own), not one of an earlier sentence
            here = [c for c in clusters if any(x.si == e.si and x.ti < e.ti and x.anchored for x in c["events"])]
            if here and not any(c in told for c in here):
                continue
            told = [c for c in told if c in here] or told
        if told:
            # the incident told last, so that the rest of the sentence that names it again joins it too
            _told_again(max(told, key=lambda c: max(x.si for x in c["events"])), e, _asides(clusters))
            continue
        if e.sourced and clusters:
            last = max(clusters, key=lambda c: max(x.si for x in c["events"]))
            if max(x.si for x in last["events"]) == e.si - 1 and _same_family(last, e) and not _past(last) \
                    and all(getattr(e, k) is None or last[k] is None or last[k].value == getattr(e, k).value
                            for k in ("killed", "injured")):
                # "شنت طائرات التحالف غارات على محافظة الحديدة. وأكدت مصادر أن الغارات استهدفت قافلة قرب
                # مدينة باجل": where the strikes just told fell, not another incident
                _absorb(last, e)
                continue
        if NAMED_DEATH and e.anchored and not e.told_again:
            his = named_death(ctx, clusters, e)
            if his is not None:
                _absorb(his, e, facts=False)  # "فإن مقتله": the man named in the incident told before
                continue
        if e.anchored and not e.told_again:
            whose = _anaphoric_death(clusters, e)
            if whose is not None and not _compatible(whose, e):
                if killed_him(e):
                    e = replace(e, perpetrator=None)  # "الذي قتلته الشرطة": who killed him did not do the incident
                _absorb(whose, e, facts=False)  # "قبل أن يلقي مصرعه": the man told before, in that incident
                continue
        if e.anchored:
            whole = _split_toll(ctx, clusters, e)
            if whole is not None:
                _absorb(whole, e, facts=False)  # "أربعة قتلوا في الحال فيما توفي سبعة آخرون": the toll told before, in parts
                continue
            # same place (or no place and compatible facts): the same event
            candidates = [c for c in clusters if _compatible(c, e) and not _fire_answered(ctx, c, e, memo)
                          and not _timed_apart(ctx, c, e)]
            turned = NEW_ITEM and e.place is not None and not e.told_again and e.place.location.admin_level != "country" \
                and opens_new_item(ctx.sentences[e.si].words) and not any(x.si == e.si for c in clusters for x in c["events"])
            if turned:
                # "في غضون ذلك، شنت المقاتلات فجر اليوم غارات على معسكر شمال شرق المدينة": another item of the news,
                # one with the incident told before only at its very place
                candidates = [c for c in candidates if c["place"] is not None and c["place"].key == e.place.key]
            elif NEW_ITEM and e.place is None and not _told_before(e) and calls_separate(ctx.sentences[e.si].words) \
                    and not any(x.si == e.si for c in clusters for x in c["events"]):
                candidates = []  # "وفي حادث منفصل، أصيب ثلاثة صيادين بنيران زوارق": told as another incident, it
                # joins none told before, even with no place of its own
            elif NEW_ITEM and e.frame is not None and e.frame.lo > 0 \
                    and calls_separate(ctx.sentences[e.si].words[e.frame.lo:e.frame.lo + 4]):
                candidates = []  # "قتل خمسة ... في صحراء الأنبار، وفي حادث منفصل انفجرت عبوة في الفلوجة": its own
                # clause calls it another incident, so it joins none told before it
            if not candidates and not turned:
                whole = _elaborated(ctx, clusters, e)
                if whole is not None:
                    _absorb(whole, e)
                    whole["umbrella"] = whole["place"]  # later tellings at the city or governorate itself still
                    # join it (a place within it is another strike: "وأصابت غارة ثانية مخزنا قرب بلدة ...")
                    whole["place"] = e.place  # where they fell, within the city or governorate told first
                    whole["detailed"] = True
                    continue
                renamed = _renamed_fire(ctx, clusters, e)
                if renamed is not None:  # "شنت مقاتلات غارات غرب المدينة، وأصاب القصف المرفأ": the same strikes
                    _absorb(renamed, e)
                    continue
                nested = [c for c in clusters if _nested_retelling(ctx, c, e)]
                if nested:  # "قرب مدينة جنين" and "قرية برقين قرب جنين": one incident
                    wide = nested[-1]["place"]
                    _absorb(nested[-1], e)
                    if nested[-1]["place"] is not wide and nested[-1].get("umbrella") is None:
                        nested[-1]["umbrella"] = wide  # later tellings at the wider place still join it
                    continue
                one = _one_of_them(clusters, e) if ONE_OF_THEM else None
                if one is not None:
                    _absorb(one, e, facts=False)  # "كذلك قتل أحد المارة": one of the incident's dead, singled out
                    continue
                part = _partial_count(clusters, e)
                if part is not None:
                    _absorb(part, e, facts=False)  # "قتل المهاجمون 6 وأصابوا 40 في الهجوم على الوزارة": part of it
                    continue
                earlier = earlier_count(ctx, clusters, e)
                if earlier is not None:
                    _absorb(earlier, cited_only(e), facts=False)  # "وأعلنت مصادر طبية سقوط 18 قتيلا وإصابة 600": a lower count of it
                    continue
                within = toll_in_it(ctx, clusters, e) if TOLL_IN_IT else None
                if within is not None:
                    _absorb(within, e, facts=False)  # "وصف الهجوم بالعنيف وقال إنه قتل فيه 19": that incident, another count
                    continue
                lower = _lower_claim(ctx, clusters, e)
                if lower is not None:
                    _absorb(lower, e, facts=False)  # "وتحدث الحزب عن مقتل خمسة فقط": another side's count of it
                    continue
            # "وفي تعز قصفت المقاتلات مواقع ... أعلن داعش مسؤوليته عن تفجير سيارة في عدن. وذكرت مصادر أن الانفجار
            # أوقع خمسة قتلى": a telling with no place of its own goes on with the incident told last, not with
            # the last one first told (the Aden cluster opened before Taiz's)
            target_cluster = max(candidates, key=_last_told) if candidates and e.place is None else \
                candidates[-1] if candidates else None
            if target_cluster is None:
                if e.frame is not None and e.frame.toll_only:
                    continue  # a revised toll of no incident told here (another's, or a running total): no record
                if MIXED_ROUNDUP and clusters and _mixed_roundup(e):
                    continue  # the fighting and the strikes at large, after the article's incidents: no record
                quiet = _quiet_retelling(ctx, clusters, events, e) if QUIET_GAP else None
                if quiet is not None:
                    _absorb(quiet, e)  # "قتل سبعة محتجين الأحد ... [reactions] ... وجرح أربعة مصورين الأحد"
                    continue
                named = _definite_retold(ctx, clusters, e)
                if named is not None:
                    _absorb(named, e, facts=False)  # "منفذ الهجوم شاب من بلدة ...": the one incident told before
                    if named["place"] is None or (
                            named.get("umbrella") is None and e.place.specificity < named["place"].specificity):
                        named["place"] = e.place  # "استهدف الهجوم مقرا في حي ..." after "شمال المدينة": where it was
                    continue
                clusters.append(_new_cluster(e))
                continue
            _absorb(target_cluster, e)
        else:
            floating.append(e)
    clusters = _roundup_totals(ctx, unplaced_retold(same_dead_region(
        ctx, _one_toll(referenced_retellings(ctx, one_wound_death(ctx, _one_incident(ctx, clusters))), ctx), SAME_DEAD_REGION),
        UNPLACED_RETOLD))
    for e in floating:
        # "انفجرت عبوة ناسفة ... جنوب الحديدة" after air strikes on Hodeidah, rocket fire on a base after clashes
        # near it: a mention of another kind of attack is another incident, never a further telling of this one
        kin = [c for c in clusters if _same_family(c, e)]
        if e.place is not None:
            match = [c for c in kin if c["place"] is not None and same_area(c["place"], e.place)]
        else:
            match = [c for c in kin if c["first"] <= e.si] \
                or [c for c in kin[:1] if not ahead_apart(ctx, c, e)]  # (AHEAD_APART: told between, another)
        if SAME_STANDING:
            # "وقال شهود إن المسلح بدأ بإطلاق النار على الزبائن" after a past attack recalled in passing ("ويأتي الحادث
            # بعد أعوام على إطلاق نار في مقهى بمدينة أخرى"): a mention told as news goes on with an incident told as
            # news, not with the past one; right after a past one (its sentence or the next) it is still that one's
            # ("وتبنى التنظيم ذلك الهجوم"). (With no incident told as news it keeps to the past ones: an
            # article's own incident told as past, "وكان المسلحون قد هاجموا القرية الاثنين", is often only that.)
            news_told = not e.past_context
            named = named_past(ctx, match, e, _past)  # (NAMED_PAST: "سبب اغتيال فلان" of a past killing)
            if named:
                match = named
            elif news_told and not any(_past(c) and 0 <= e.si - _last_told(c) <= 1 for c in match):
                match = [c for c in match if not _past(c)] or match
            # "وتقصف الطائرات كل يوم مخابئ المسلحين": air strikes go on with the air strikes told before, not
            # with an incident of no told kind (which they would make a strike), unless their own sentence told that one
            if "airstrike" in e.types and not any(x.si == e.si for c in match for x in c["events"]):
                match = [c for c in match if any("airstrike" in x.types for x in c["events"])] or match
        if match:
            dated = [c for c in match if not year_apart(ctx, c, e)]
            if not dated:
                continue  # "ففي 2014 اختطف مسلحون 200 تلميذة" beside this year's kidnapping: an earlier one recalled
            match = dated
        if not match and _flown_alone(ctx, e):
            clusters.append(_new_cluster(e))  # the air arm's strike beside the ground fighting: its own incident
            continue
        if e.similar:
            # "وكان تفجير مماثل قد ضرب المدينة قبل عام": another incident like the one told before, not a telling of it
            # (nor of any incident of an earlier sentence); with no place or day of its own it makes no record
            match = [c for c in match if any(x.si == e.si for x in c["events"])]
            if not match:
                continue
        if FLOAT_OTHER_SIDE and match and min((x.si, x.ti) for x in match[-1]["events"]) < (e.si, e.ti) \
                and _other_side(match[-1], e):  # (told before the incident's own telling, it leads into it)
            # "وقصف المسلحون البلدة ... بينما نفذ الطيران الحربي غارات على محيطها": a state's air strikes told
            # beside an armed group's fire (or the reverse) are not that incident: armed groups fly no aircraft. An
            # incident its own sentence tells already, not of the other side, holds it; else it is left out (a bare
            # mention with no place, toll or day of its own makes no record)
            here = [c for c in clusters if any(x.si == e.si for x in c["events"]) and not _other_side(c, e)]
            if here:
                _absorb(here[-1], e, facts=False)
            elif FLOWN_BESIDE and not any(x.si == e.si for x in match[-1]["events"]) and _flown_alone(ctx, e):
                clusters.append(_new_cluster(e))  # the air arm's strike after the other side's attack: its own
            continue
        if UNKNOWN_HANDS and match and _own_doer(e) and e.perpetrator.entry.id not in _doer_ids(match[-1]["events"]) \
                and _unknown_hands(ctx, match[-1]):
            # "وحرك هجوم الحزب الذي نفذ ردا على ..." after "قتل شرطي في هجوم نفذه ملثمون": a mention naming its doer
            # is no telling of an incident told as by unknown hands; it goes with that doer's incident, if told
            match = [c for c in match if e.perpetrator.entry.id in _doer_ids(c["events"])]
            if not match:
                continue
        if ANOTHER_FLOATS and e.placed and (e.another or e.at_sea):
            # "وهجوم آخر على ناقلة في البحر الأحمر" (a place no gazetteer resolves): told apart from every incident
            # told before it (attacks_events.ANOTHER_APART), so it opens its own incident; so does an attack told at
            # a named sea that no incident takes (attacks_records._is_event then asks for the vessel it hit)
            if e.another:
                match = [c for c in match if not any((x.si, x.ti) < (e.si, e.ti) for x in c["events"])]
            if not match:
                clusters.append(_new_cluster(e))
                continue
        if UNRESOLVED_APART:
            # an incident told once at a place no gazetteer resolves has no place to tie a later bare mention to
            match = [c for c in match if not c.get("own_unresolved") or any(x.si == e.si for x in c["events"])]
        if UNRESOLVED_APART and match and _placed_elsewhere(ctx, e):
            # "وفي وقت لاحق، قصفت مقاتلات أهدافا في بلدة لا يعرفها المعجم": a mention told at a place of its own
            # that no gazetteer resolves is no further telling of an incident placed before it, in an earlier
            # sentence; it is an incident of its own (its own sentence's incident still holds it)
            match = [c for c in match if c["place"] is None or any(x.si == e.si for x in c["events"])]
            if not match:
                clusters.append({**_new_cluster(e), "own_unresolved": True})
                continue
        apart = [c for c in match if not _fire_answered(ctx, c, e, memo)]
        if match and not apart:
            clusters.append(_new_cluster(e))  # "صواريخ أطلقت من غزة" after the strikes on Gaza
            continue
        match = apart
        if FLOAT_APART and match:
            match = [c for c in match if not _floats_apart(ctx, c, e)]
            if not match:
                clusters.append(_new_cluster(e))  # another doer's attack, told as another item: its own incident
                continue
        if OWN_LOSSES_APART and match and e.perpetrator is not None:
            kept = [c for c in match if not _own_side(c, e)]
            if not kept:
                clusters.append(_new_cluster(e))  # "اعترفت الميليشيا بمقتل ثلاثة من قادتها، وقصفت القرى": its own
                continue
            match = kept
        if match:
            _absorb(_nearest_before(match, e) if FLOAT_NEAREST else match[-1], e, facts=False)
    battles: list[dict] = []
    for e in fights if BATTLES else []:
        front = next((c for c in clusters if _battle_front(ctx, c, e)), None)
        if front is not None:
            if FRONT_PLACE and front["place"] is None and e.place is not None and front.get("umbrella") is None:
                _absorb(front, e, facts=False)  # the fight told at its place, then its toll with none (FRONT_PLACE)
                front["place"] = e.place
            continue  # a front another telling of the article gives: that incident, not a second one
        joined = next((b for b in battles if _compatible(b, e)), None)
        if joined is not None:
            _absorb(joined, e)
        else:
            battles.append(_new_cluster(e))
    news_date = next((d for si, d in roundup_dates if si in ctx.lead and d.mention.kind in {"rel", "wd"}), None) \
        or _news_date(clusters, ctx.published) or _lead_day(ctx)
    clusters += battles  # (after the news day is read: fighting with no toll does not date the article's incidents)

    def day_of(c: dict) -> DateHit | None:
        """The latest round-up told before the incident dates it ("وقتل 30 شخصا في سلسلة تفجيرات أول من أمس"
        and the bombings after it), else the article's news day."""
        before = [d for si, d in roundup_dates if si <= c["first"] and si not in ctx.lead]
        return before[-1] if before else news_date

    for c in clusters:
        if any(id(x) not in plural_past for x in c["events"]):  # older attacks lend the day's incident no doer
            c["events"] = [replace(x, perpetrator=None) if id(x) in plural_past else x for x in c["events"]]
    records = [(r, c) for r, c in ((_record(ctx, c, day_of(c)), c) for c in clusters)
               if _is_event(r, any(e.placed for e in c["events"]),
                            bool(c["report_date"]) and any(e.speech_date for e in c["events"]),
                            any(e.at_sea for e in c["events"]),
                            any(_harm_told(ctx, e) for e in c["events"]),
                            c["date"] is not None and bool(c["date"].mention.parts.get("years")))]
    records = [(air_doer_type(ctx, c["events"], r), c) for r, c in records]
    records = [(_night_undated(ctx, c, r), c) for r, c in records]
    records = [(spoken_undated(ctx, c, r), c) for r, c in records]
    records = [(year_told(ctx, c, r), c) for r, c in records]
    countries = {r.location.country for r, _ in records if r.location is not None and r.location.country}
    incidents_country = next(iter(countries)) if len(countries) == 1 else None
    out: list[tuple[Attack, bool]] = []
    for r, c in records:
        flyer = any(e.perpetrator is not None and e.perpetrator.entry.canonical == r.perpetrator
                    and e.perpetrator.entry.get("type") in _AIR_FORCES for e in c["events"])
        if r.location is None:
            # "شرقي المدينة"، "في البلاد", or a follow-up sentence of a report about one place
            frames = [e.frame for e in sorted(c["events"], key=lambda e: e.si) if e.frame]
            fired = _fired_place(ctx, frames)
            past = all(e.past_context for e in c["events"])  # history told as context
            place = context_place(ctx, frames, incidents_country, past=past) \
                if fired is None and not c.get("own_unresolved") else None  # (UNRESOLVED_APART: told elsewhere)
            flown = [f for f in (_launched(ctx, e, memo) for e in c["events"]) if f is not None] \
                if DIRECTION and fired is None else []
            if place is not None and any(f[0] is not None and same_area(f[0], place) for f in flown):
                place = None  # "صواريخ أطلقت من غزة": where rockets flew from is not where they fell
            fired = next((f[1] for f in flown if f[1] is not None), fired)  # "نحو جنوب إسرائيل": told, not guessed
            if fired is not None:
                r = r.model_copy(update={"location": fired.location})  # "قذائف صاروخية على إسرائيل"
            elif place is not None:
                r = r.model_copy(update={"location": place.location, "flags": [*r.flags, "location_from_article"]})
        else:
            told = occurred_within(ctx, r.location)  # "في شمال الضفة الغربية" and "ووقعت الحادثة قرب مدينة جنين"
            if told is not None and not any(o is not r and o.location is not None and o.location.name == told.location.name
                                            for o, _ in records):
                r = r.model_copy(update={"location": told.location, "flags": [*r.flags, "location_from_article"]})
        out.append((r, flyer))
    out = support_placed(ctx, out, records)  # (:mod:`attacks_support`)
    own = [set().union(*(own_flyers(ctx, e) for e in c["events"])) if r.perpetrator is None else set()
           for r, c in records]  # (:data:`attacks_records.OWN_FLYER`)
    recs = _strike_doers(_battle_doers(ctx, out, records), own)
    return article_flyer_doers(ctx, recs, [c for _, c in records])  # (:data:`attacks_records.ARTICLE_FLYER`)


def _night_undated(ctx: DocContext, c: dict, r: Attack) -> Attack:
    """A record dated by a night that spans two days ("ليل السبت - الأحد") leaves its date out and keeps the words
    (GUIDELINES D-4; :data:`attacks_dates.TWO_DAY_NIGHT`). Only the incident's own day, not one it took from the lead."""
    d = c["date"]
    if d is None or "date_from_article_lead" in r.flags or r.date != d.resolved.iso:
        return r
    span = two_day_night(ctx, d)
    if span is None:
        return r
    return r.model_copy(update={"date": None, "date_precision": "unknown", "date_text": ctx.quote(*span),
                                "flags": [f for f in r.flags if f != "date_from_weekday_elsewhere"]})


BATTLE_DOERS = True
"""Switch (A/B measurement and its test): clashes told "with" one side only ("دارت اشتباكات مع المسلحين قرب بلدة
كذا") and no doer of their own are fought by the force the article tells fighting elsewhere: the doer of its other
clashes when they all have one, a force (not an armed group); the nearest such record before, else the first after;
flagged ``perpetrator_from_article``. Two forces fighting in the article lend none."""
_BATTLE_WITH_REACH = 4
_BATTLE_WORDS = rules.words("attacks", "battle_words")


def _fought_with(ctx: DocContext, c: dict) -> bool:
    """True when an event of the incident is a battle noun with "مع" (its foe) a few words after it, and no doer."""
    for e in c["events"]:
        if e.frame is None or e.perpetrator is not None:
            continue
        words = ctx.sentences[e.si].words
        if any(b in _BATTLE_WORDS for b in bare(words[e.frame.i])) and "مع" in words[e.frame.i + 1:e.frame.i + 1 + _BATTLE_WITH_REACH]:
            return True
    return False


def _battle_doers(ctx: DocContext, out: list[tuple[Attack, bool]], records: list[tuple[Attack, dict]]) -> list[tuple[Attack, bool]]:
    """Clashes with a foe and no doer take the doer of the article's other clashes (see :data:`BATTLE_DOERS`)."""
    if not BATTLE_DOERS:
        return out
    lenders = [(x, r) for x, ((r, _), (_, c)) in enumerate(zip(out, records, strict=True))
               if r.attack_type == "armed_assault" and r.perpetrator and any(
                   e.perpetrator is not None and e.perpetrator.entry.canonical == r.perpetrator
                   and e.perpetrator.entry.get("type") in FORCE_TYPES for e in c["events"])]
    if not lenders:
        return out
    doers = {r.perpetrator for _, r in lenders}
    if len(doers) > 1:
        return out  # (two forces fighting in the article: which one fought here is not told)
    new = []
    for x, ((r, flyer), (_, c)) in enumerate(zip(out, records, strict=True)):
        if r.attack_type == "armed_assault" and not r.perpetrator and _fought_with(ctx, c):
            before = [d for y, d in lenders if y < x]
            src = before[-1] if before else lenders[0][1]
            r = r.model_copy(update={"perpetrator": src.perpetrator, "perpetrator_en": src.perpetrator_en,
                                     "flags": [*r.flags, "perpetrator_from_article"]})
        new.append((r, flyer))
    return new
