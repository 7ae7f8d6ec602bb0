"""Retellings of an incident told apart: the rules that join a telling to the incident it tells again.

The place where strikes told just before fell (:func:`_elaborated`), strikes named again by a bare definite fire noun
(:func:`renamed_fire`), a lower count told as only that many (:func:`_lower_claim`), a toll told "in it" of the incident its own sentence
names (:func:`toll_in_it`), a count for one of the incident's
sites (:func:`partial_count`), the parts a later sentence splits the toll into (:func:`split_toll`), the incident's exact toll or wounded told again (:func:`toll_retold`), one of its dead
singled out (:func:`_one_of_them`) and a bare definite attack word naming the one incident again
(:func:`definite_retold`). Moved from :mod:`attacks_incidents`, which holds the switches and passes them in (tests
patch them there).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.attacks_clusters import (
    _AIR_FORCES,
    _CLOSE_TOLL_MIN,
    _NAMING_TOLL,
    _STRIKES,
    _UNATTRIBUTED,
    _UNPLACED_REACH,
    _absorb,
    _another_doer,
    _doer_ids,
    _last_told,
    _other_side,
    _own_doer,
    _past,
    _same_day,
    _same_family,
    _strike_kinds,
    _unresolved,
    others_toll,
    region_km,
)
from marsad.agent.offline.attacks_cues import _DEFINITE_SINGULARS
from marsad.agent.offline.attacks_dates import _REPORT_VERBS
from marsad.agent.offline.attacks_events import _DEMONSTRATIVES, _LINKING_DEMONSTRATIVES, _OTHERS, _Event
from marsad.agent.offline.attacks_roundups import _days_apart, _exact
from marsad.agent.offline.casualties_words import _INJURED_READ, _KILLED_READ
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.locations import Place, place_at, same_area
from marsad.agent.offline.merge import adds_another, fronted, restricted, told_within, turns_aside
from marsad.agent.offline.scope_phrases import has_phrase, phrase_table
from marsad.core.arabic import normalize

_ELABORATION = rules.words("attacks", "elaboration_openers")
"""Words opening a sentence that tells where the strikes told just before fell ("حيث تم قصف ...")."""
_RENAMING_FIRE = {normalize(w) for w in rules.words("attacks", "renaming_fire_nouns")}
"""Definite bare nouns of fire ("القصف"، "الغارات"): with no doer of their own they name strikes told before."""
_ONE_OF = {normalize(w) for w in rules.words("attacks", "one_of_words")}
_DEFINITE_NOUNS = rules.words("merge", "definite_retelling_nouns")
_TWIN_WORDS = rules.words("merge", "twin_words")
_TWIN_NEAR = 3


def _elaborated(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The strikes a telling details, or None.

    News tells strikes on a city or a governorate, then in its next sentence where they fell, as a source's
    account or a "حيث" clause ("قصفت الطائرات مواقع في محافظة إدلب. وذكر ناشطون أن الطائرات
    استهدفت مقرا في قرية كفر عويد"، "أغار الطيران على مخازن شرق المدينة، حيث تم استهداف مستودع ..."): the first
    place no gazetteer knows told so is where the strikes told just before fell, one incident. Only of the same
    family and doer (or none), with no other day and no other toll, and once per incident: a second such place
    ("كما استهدفت غارة ثانية جسرا في منطقة ...") is a strike of its own, as is a round-up's item fronted by its place
    ("وفي حماة قصفت الطائرات ...")."""
    if e.place is None or not _unresolved(e.place) or not ctx.sentences[e.si].words or not _STRIKES & set(e.types):
        return None
    first = bare(ctx.sentences[e.si].words[0])
    if not any(b in _REPORT_VERBS or b in _ELABORATION for b in first):
        return None
    told = [c for c in clusters if _last_told(c) == e.si - 1]
    if not told:
        return None
    c = max(told, key=lambda c: c["first"])
    if c.get("detailed") or c["place"] is None or _unresolved(c["place"]) or _past(c) or not _same_family(c, e):
        return None
    doers = [x.perpetrator for x in [*c["events"], e] if x.perpetrator is not None]
    if not doers or any(p.entry.id != doers[0].entry.id for p in doers) or doers[0].entry.get("type") not in _AIR_FORCES:
        return None  # a state's or a coalition's strikes ("مكّن الهجوم المقاتلين من بلوغ أطراف بلدة مجاورة" is
        # where a group's fighters went next, not where its attack was)
    if e.date is not None and not _same_day(c, e):
        return None
    if any(getattr(e, k) is not None and c[k] is not None and getattr(e, k).value != c[k].value
           for k in ("killed", "injured")):
        return None
    return c


def renaming(ctx: DocContext, e: _Event, on: bool) -> bool:
    """True when a strike is told by a definite bare noun of fire (``renaming_fire_nouns``: "القصف"، "الغارات") with no
    doer of its own: a name for strikes told before, of whatever kind of fire."""
    return e.perpetrator is None and renaming_word(ctx, e, on)


def renaming_word(ctx: DocContext, e: _Event, on: bool) -> bool:
    """True when a strike is told by a definite bare noun of fire (``renaming_fire_nouns``), doer or not."""
    if not on or not _STRIKES & set(e.types):
        return False
    words = ctx.sentences[e.si].words
    return 0 <= e.ti < len(words) and any(normalize(b.lstrip("#")) in _RENAMING_FIRE for b in bare(words[e.ti]))


def renaming_names(ctx: DocContext, c: dict, e: _Event, on: bool) -> bool:
    """Whether the sentence of a renaming telling names the incident's place (its name or canonical name, as a word or
    a clitic form of one), in another sentence than the incident's, when ``on`` (``RENAMED_NAMES_PLACE``)."""
    if not on or c["place"] is None or any(x.si == e.si for x in c["events"]):
        return False
    place = c["place"].location
    names = {normalize(n) for n in (place.name, place.canonical_name) if n}
    words = ctx.sentences[e.si].words
    forms = {b for w in words for b in bare(w)}
    line = f" {' '.join(words)} "
    return any(n in forms if " " not in n else f" {n} " in line for n in names)


def renamed_fire(ctx: DocContext, clusters: list[dict], e: _Event, renamed: bool, names_place: bool) -> dict | None:
    """The strikes a definite bare fire noun names again right after telling them, or None.

    News tells strikes and goes on, in the same sentence or the next, with what "the bombardment" hit ("شنت مقاتلات
    غارات على أهداف غرب المدينة، وأصاب القصف مرفأ الصيادين"): a strike frame whose word is a definite bare noun of
    fire (``renaming_fire_nouns``) with no doer, no other day and no other toll of its own, at a place no gazetteer
    knows or one inside the strikes' place, is those strikes, whatever kind of fire each word names. Not a sentence
    adding another event ("كما"), a listed place, or past context; only the last incident told, of the strike family,
    placed and of today's news."""
    own = renaming(ctx, e, renamed)  # (with a doer, only the incident's own doer in a sentence naming its place)
    if e.place is None or e.listed or not (own or (names_place and renaming_word(ctx, e, renamed))):
        return None
    words = ctx.sentences[e.si].words
    if adds_another(words) or e.past_context:
        return None
    told = [c for c in clusters if e.si - 1 <= _last_told(c) <= e.si]
    if not told:
        return None
    c = max(told, key=lambda c: (_last_told(c), c["first"]))
    if c["place"] is None or _past(c) or not _strike_kinds(c["events"]):
        return None
    if not own and not (e.perpetrator.entry.id in _doer_ids(c["events"]) and renaming_names(ctx, c, e, names_place)):
        return None
    if not (_unresolved(e.place) or same_area(c["place"], e.place) or told_within(ctx, e.place, c["place"])
            or renaming_names(ctx, c, e, names_place)):
        return None
    name = normalize(e.place.location.name)
    if any(x.si != e.si and name in normalize(" ".join(ctx.sentences[x.si].words)) for x in c["events"]):
        return None  # "غارات على مواقع في جبل ...، وشعب ...، وموقع ..." then "دمرت الغارات مخزنا في شعب ...": one of
        # the places listed with the strikes, a strike of its own
    if e.date is not None and c["date"] is not None and not _same_day(c, e):
        return None
    if any(getattr(e, k) is not None and c[k] is not None and getattr(e, k).value != c[k].value
           for k in ("killed", "injured")):
        return None
    return c


def _lower_claim(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The incident a lower death toll told as only that many ("فقط"، "سوى") is another side's count of, or None.

    News gives one side's toll and then the other's, lower one with a word that restricts it ("أما الحزب فأقر
    بثلاثة قتلى فقط"، "اعترفت الحركة فقط بمقتل اثنين من عناصرها"): it is the incident told last before it of the
    same family and standing, with a higher count, in the same country (the telling has no place below the country
    of its own, or one no gazetteer knows: a fighter's home town), on the same day if both are dated, with no other
    doer; it adds citations only (:func:`merge.restricted`)."""
    k = e.killed
    if k is None or k.value is None or k.vague or k.start < 0 or not restricted(ctx.sentences[e.si].words, k.start, k.end):
        return None
    if e.place is not None and not (_unresolved(e.place) or e.place.location.admin_level == "country"):
        return None
    country = e.place.location.country if e.place is not None else None
    kin = [c for c in clusters if c["killed"] is not None and c["killed"].value is not None and c["killed"].value > k.value
           and _same_family(c, e) and _past(c) == e.past_context and not _other_side(c, e)
           and (country is None or c["place"] is None or c["place"].location.country == country)
           and (e.date is None or c["date"] is None or _same_day(c, e)) and not _another_doer(c, e)]
    return max(kin, key=_last_told) if kin else None


_IN_IT = rules.words("attacks", "toll_in_it_pronouns")
"""Pronouns right after a death or wound verb that point to the incident named before it ("وقتل فيه"، "قتل خلاله")."""


def toll_in_it(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The incident whose toll a death or wound verb gives "in it" right after an attack word of its own sentence that
    already tells that incident, or None ("وأوضح ضابط ثان أن الهجوم عنيف وسقط فيه 19 قتيلا" after "قتل المهاجمون 6
    في الهجوم على الحاجز"): another source's figure for the same incident, whatever its size. The telling has no place
    below the country of its own; the incident is of the same family and standing. It adds citations only (the
    incident's first toll stays)."""
    words = ctx.sentences[e.si].words
    if e.ti + 1 >= len(words) or not bare_in(words[e.ti + 1], _IN_IT):
        return None
    if e.place is not None and not (_unresolved(e.place) or e.place.location.admin_level == "country"):
        return None
    if e.killed is None and e.injured is None:
        return None
    here = [c for c in clusters if any(x.si == e.si and x.ti < e.ti for x in c["events"])
            and _same_family(c, e) and _past(c) == e.past_context and not _other_side(c, e)
            and not _another_doer(c, e)]
    return max(here, key=lambda c: max(x.ti for x in c["events"] if x.si == e.si)) if here else None


def partial_count(clusters: list[dict], e: _Event, on: bool) -> dict | None:
    """The incident a telling at its very place gives part of its toll for, tied by a count both give alike, or None.

    News tells an incident's whole toll, then a spokesman's count for one of its sites beside the same wounded
    ("قتل 9 وأصيب 40 في هجومين على الوزارة والمطار" and "قتل المهاجمون 6 وأصابوا 40 في الهجوم على الوزارة"): a
    telling at the same place, of the same family and standing, on the same day if both are dated, by no other
    doer (unknown attackers name no one), that gives one count equal to the incident's (at least close_toll_min, not vague) and the other lower, is
    that incident counted in part; it adds citations only, the whole toll stays."""
    if not on or e.place is None or _unresolved(e.place):
        return None
    found = None
    for c in clusters:
        unnamed = e.perpetrator is not None and e.perpetrator.entry.id in _UNATTRIBUTED  # "مهاجمون مجهولون"
        if c["place"] is None or c["place"].key != e.place.key or not _same_family(c, e) \
                or (_another_doer(c, e) and not unnamed) \
                or _past(c) != e.past_context or _other_side(c, e):
            continue
        if e.date is not None and c["date"] is not None and not _same_day(c, e):
            continue
        counts = [(c[k], getattr(e, k)) for k in ("killed", "injured")]
        if any(a is None or b is None or a.value is None or b.value is None or a.vague or b.vague for a, b in counts):
            continue
        same = [a.value for a, b in counts if a.value == b.value]
        lower = [a for a, b in counts if b.value < a.value]
        if len(same) == 1 and same[0] >= _CLOSE_TOLL_MIN and len(lower) == 1:
            found = c
    return found


def _one_entry(a, b) -> bool:
    """Whether two places are one gazetteer entry, as told or by a side of it ("قطاع غزة"، "شرق قطاع غزة"): not two
    places one province holds ("بغداد" and a quarter of it share a merge key)."""
    x, y = (a.location.model_extra or {}).get("registry_id"), (b.location.model_extra or {}).get("registry_id")
    return x is not None and x == y


_LATER_TIME = phrase_table(rules.words("attacks", "later_time_phrases"))
"""Words telling a time after the lead's ("في وقت لاحق"، "لاحقا"، "بعد ساعات"): a time of its own, another incident."""
_COUNTED_PEOPLE = rules.words("attacks", "earlier_count_people")
"""Nouns a source counts the lead's dead or wounded by ("قتيلا"، "جرحى"، "أشخاص"، "مدنيين"), not a body of its own
("جنديين"، "عناصر من الشرطة")."""
_ORDINALS = rules.words("attacks", "another_ordinals")
"""Words after an event noun that tell it as another one ("عبوة ناسفة ثانية"، "هجوم آخر"، "تفجير جديد")."""
_ORDINAL_REACH = 4
"""Tokens after the event word an ordinal may stand at ("بانفجار سيارة مفخخة ثانية")."""
_EARLIER_SHARE = rules.number("attacks", "earlier_count_share")
"""The least share of the lead's dead and of its wounded a lower count of the same incident gives (5 of 31 is another
incident's toll, 18 of 25 a source's count)."""


def earlier_count(ctx: DocContext, clusters: list[dict], e: _Event) -> dict | None:
    """The incident a lower count told in the very next sentence, at its very place, is another source's (or an
    earlier) figure for, or None.

    News leads with the latest toll and then gives a source's own, lower count of the same day's incident ("قتل 25
    وأصيب أكثر من 900 على حدود القطاع" and, next, "وأعلنت مصادر طبية سقوط 18 قتيلا وإصابة 600 آخرين على الحدود شرق
    القطاع"): a telling at the same place (or a side of it), of the very kind (no kind the incident lacks), right after
    the incident's last telling, in a sentence a verb of saying opens, with no day, past year or later time ("في وقت
    لاحق") of its own, not told as another or a second one, by no other doer, whose dead and wounded are both given,
    counted as people (``earlier_count_people``: "قتيلا"، "أشخاص"; not "جنديين") and both fewer than the incident's
    but a sizeable share of them (``earlier_count_share``), is that incident counted earlier. It adds citations
    only: the lead's toll stays, and the lead takes no doer, target or weapon from it (:func:`cited_only`).
    (A second incident of a round-up is told with a place of its own -- a quarter, a village -- or another kind.)"""
    words = ctx.sentences[e.si].words
    if e.place is None or _unresolved(e.place) or e.date is not None or e.history or e.another \
            or not bare_in(words[0], _REPORT_VERBS) or has_phrase(words, 0, len(words), _LATER_TIME):
        return None  # (a source's count opens its sentence: "كما انفجرت سيارة ..." adds another incident)
    if not all(q is not None and q.value and not q.vague for q in (e.killed, e.injured)):
        return None
    if e.frame is not None and any(bare_in(w, _ORDINALS) for w in words[e.frame.i + 1:e.frame.i + 1 + _ORDINAL_REACH]):
        return None  # "وأفادت الشرطة بانفجار عبوة ناسفة ثانية": a second bomb, told as such
    for c in clusters:
        if c["place"] is None or not _one_entry(c["place"], e.place) or max(x.si for x in c["events"]) != e.si - 1 \
                or not _same_family(c, e) or _another_doer(c, e) or _other_side(c, e):
            continue
        if not _same_people(ctx, c, e):
            continue  # "قتل 20 شخصا" then "مقتل جنديين": soldiers of another incident
        kinds = {t for x in c["events"] for t in x.types}
        if not set(e.types) <= kinds:
            continue  # "تفجير سيارة مفخخة" then "انفجرت عبوة ناسفة": one family, two bombs
        counts = [(c[k], getattr(e, k)) for k in ("killed", "injured")]
        if all(a is not None and a.value is not None and _EARLIER_SHARE * a.value <= b.value < a.value
               for a, b in counts):
            return c
    return None


def _count_nouns(words: list[str], q) -> set[str]:
    """The words a count is told with: its own tokens and the word right after them ("20 قتيلا"، "جنديين")."""
    return {normalize(w) for w in words[max(0, q.start):q.end + 1]}


def _same_people(ctx: DocContext, c: dict, e: _Event) -> bool:
    """Whether a telling's dead are counted as the incident's are: by a noun of people at large
    (``earlier_count_people``: "قتيلا"، "أشخاص") or by the noun the incident's own toll is told with ("فلسطينيا" twice),
    not by a body of their own ("جنديين" after "قتل 20 شخصا")."""
    mine = _count_nouns(ctx.sentences[e.si].words, e.killed)
    if any(bare_in(w, _COUNTED_PEOPLE) for w in mine):
        return True
    lead = next((x for x in c["events"] if x.killed is c["killed"]), None)
    if lead is None or c["killed"].start < 0:
        return False
    theirs = _count_nouns(ctx.sentences[lead.si].words, c["killed"])
    return any(not w.isdigit() and w in theirs for w in mine)


def cited_only(e: _Event) -> _Event:
    """The telling with no doer, target or weapons of its own: another source's count of an incident lends it its
    sentence only (:func:`earlier_count`)."""
    return replace(e, perpetrator=None, target=(None, False), weapons=[])


def _others_dead(words: list[str], start: int) -> int | None:
    """The first exact count after token ``start`` of dead told as others ("فيما توفي سبعة آخرون"، "فقتلوا 12 آخرين"),
    or None: the nearest casualty word before it (or, with none since ``start``, within three words after it) is a
    death word, not a wound word ("مقتل 5 وإصابة 6 آخرين": the 6 are wounded)."""
    for j in range(start, len(words)):
        q = read_quantity(words, j)
        if q is None or q.vague or q.value is None:
            continue
        if not any(normalize(w) in _OTHERS for w in words[q.end:q.end + 2]):
            continue
        before = [k for k in map(_harm_kind, words[start:j]) if k]
        told = before[-1:] or [k for k in map(_harm_kind, words[q.end:q.end + 4]) if k][:1]
        return q.value if told == ["dead"] else None
    return None


_DIED = _KILLED_READ | {normalize(w) for w in rules.words("casualties", "wound_death_verbs")}


def _harm_kind(w: str) -> str | None:
    """"dead" for a death word ("توفي"، "فقتلوا"), "hurt" for a wound word ("وإصابة"), else None (a glued و/ف aside)."""
    w = normalize(w)
    for x in (w, w[1:]) if w[:1] in ("و", "ف") else (w,):
        if bare_in(x, _INJURED_READ):
            return "hurt"
        if bare_in(x, _DIED):
            return "dead"
    return None


def split_toll(ctx: DocContext, clusters: list[dict], e: _Event, reach: int, on: bool) -> dict | None:
    """The incident whose exact death toll a later sentence splits into parts, or None.

    News gives the toll, then how it fell ("قتل 11 ... وقال الطبيب إن أربعة قتلوا في الحال فيما توفي سبعة آخرون في
    المستشفى"، "فقتلوا 5 منهم ... ثم قتلوا 6 آخرين"): a telling whose count and a count told as others after it in the
    same sentence add up to the exact toll of an incident told within ``reach`` sentences before, of the same standing,
    at no place of its own below the country (or the incident's very place), not told as another one, on the same day if both are dated, by no other doer, is that
    incident counted in parts; it adds citations only, the whole toll stays. (Two counts in two sentences that add up
    to a lead's toll are two incidents: :func:`attacks_clusters._summed`.)"""
    k = e.killed
    if not on or k is None or k.value is None or k.vague or k.end < 0:
        return None
    rest = _others_dead(ctx.sentences[e.si].words, k.end)
    if rest is None or adds_another(ctx.sentences[e.si].words):  # "وفي حادث آخر": another incident
        return None
    whole = [c for c in clusters if c["killed"] is not None and c["killed"].value == k.value + rest
             and not c["killed"].vague and 0 < e.si - _last_told(c) <= reach
             and _past(c) == e.past_context and not _other_side(c, e) and not _another_doer(c, e)
             and (e.date is None or c["date"] is None or _same_day(c, e))
             and (e.place is None or _unresolved(e.place) or e.place.location.admin_level == "country"
                  or (c["place"] is not None and c["place"].key == e.place.key))]
    return max(whole, key=_last_told) if whole else None


def same_wounded(c: dict, u: dict, on: bool) -> bool:
    """Whether two incidents give the same exact wounded count (close_toll_min at least, neither vague) and at most one
    of them a death toll (when ``on``: ``WOUNDED_RETOLD``)."""
    i, j = c["injured"], u["injured"]
    if not on or i is None or j is None or i.value is None or i.value != j.value or i.vague or j.vague \
            or i.value < _CLOSE_TOLL_MIN:
        return False
    a, b = c["killed"], u["killed"]
    return a is None or b is None or a.value is None or b.value is None


def toll_retold(c: dict, u: dict, wounded_on: bool) -> bool:
    """True when a later incident gives the earlier one's exact death toll again (naming_toll at least, not vague),
    of the same kind, by no other doer, at a place in the same area or with no place of its own (or anywhere in the
    same country when the wounded are alike too), on the same day or the next: one incident told twice, the second
    time with a day one off (a statement's day; "أمس الأول" against "الاثنين"), as past context ("وكان الإقليم قد
    شهد تفجيرا أسفر عن مقتل 32") or with another source's count of the wounded within a tenth ("قتل 57 وأصيب أكثر
    من 200" and a health official's "57 قتيلا و215 جريحا")."""
    a, b = c["killed"], u["killed"]
    i, j = c["injured"], u["injured"]
    wounded = same_wounded(c, u, wounded_on)
    if not wounded and (a is None or b is None or a.value is None or a.value != b.value or a.value < _NAMING_TOLL
                        or a.vague or b.vague):
        return False
    if i is not None and j is not None and i.value is not None and j.value is not None \
            and abs(i.value - j.value) > max(1, max(i.value, j.value) // 10):
        return False
    p, q = c["place"], u["place"]
    if p is None and q is None:
        return False
    both = wounded or (i is not None and j is not None and i.value is not None and i.value == j.value)  # dead and
    # wounded alike
    if p is not None and q is not None and not same_area(p, q) and not (
            both and p.location.country and p.location.country == q.location.country):
        return False  # (the same dead and wounded in one country: a village told near the town of the first telling)
    apart = _days_apart(c["date"], u["date"])
    if _past(c) != _past(u) and (apart is None or apart > 1):
        return False  # today's incident and a past one, unless both are told on the same day or the next
    if any(e.sum_part or e.listed or e.history for e in [*c["events"], *u["events"]]):
        return False
    if not all(_same_family(c, e) and not _another_doer(c, e) and not _other_side(c, e) for e in u["events"]):
        return False
    if apart is None:
        return not (c["date"] is not None and u["date"] is not None and c["date"].resolved.iso
                    and u["date"].resolved.iso
                    and c["date"].resolved.iso[:len(u["date"].resolved.iso)]
                    != u["date"].resolved.iso[:len(c["date"].resolved.iso)])
    return apart <= 1


def _singled_out(killed_text: str | None) -> bool:
    """True for a death told by a kill word and "one of" right after it ("قتل أحد المارة"، "مقتل إحدى الرهائن"), not
    for "one of" some people doing the killing ("أقدم أحد أقربائه على قتل ...")."""
    words = (killed_text or "").split()
    return len(words) == 2 and bare_in(normalize(words[1]), _ONE_OF)


def _one_of_them(clusters: list[dict], e: _Event) -> dict | None:
    """The incident told last, when the event singles out one of its dead with no place, day or other doer of its own
    ("وقتل المهاجم شرطيين طعنا. كذلك قتل أحد المارة قبل أن ترديه الشرطة" after "هجوم أوقع ثلاثة قتلى"): a
    death told as "one of" some people ("أحد"، "إحدى") within a larger toll of the same kind told just before is one of
    those dead, not a second incident (nor the incident's whole toll)."""
    if e.place is not None or e.date is not None or e.killed is None or e.killed.value != 1 or e.injured is not None \
            or not _singled_out(e.killed_text):
        return None
    if not clusters:
        return None
    last = max(clusters, key=_last_told)
    k = last["killed"]
    if k is None or k.value is None or k.value <= 1 or _past(last) != e.past_context \
            or not _same_family(last, e) or _another_doer(last, e) \
            or (e.si - _last_told(last) > _UNPLACED_REACH and len(clusters) > 1):
        return None  # (far from it only where it is the one incident told so far)
    return last


def _pointed(words: list[str], i: int) -> bool:
    """True when the word at ``i`` follows a demonstrative, also with a clitic ("لهذا الهجوم"): the pointing tellings
    of :mod:`attacks_events` (``told_again``), not a bare definite word."""
    return i > 0 and normalize(words[i - 1]) not in _LINKING_DEMONSTRATIVES and bare_in(words[i - 1], _DEMONSTRATIVES)


def definite_retold(ctx: DocContext, clusters: list[dict], e: _Event, on: bool, unplaced: bool,
                    unknown: bool = False) -> dict | None:
    """The one incident a bare definite attack word names again, or None (when ``on``: ``DEFINITE_RETOLD``; with
    ``unplaced`` (``DEFINITE_UNPLACED``) an incident told with no place of its own takes it too; with ``unknown``
    (``DEFINITE_UNKNOWN``) a place no gazetteer knows is where it happened, as a known place of its country is)."""
    f = e.frame
    if not on or f is None or e.place is None or e.killed is not None or e.injured is not None \
            or e.listed or e.history or e.sum_part or (e.date is not None and not e.report_date):
        return None
    words = ctx.sentences[e.si].words
    if not 0 <= f.i < len(words) or not any(b in _DEFINITE_SINGULARS or b in _DEFINITE_NOUNS for b in bare(words[f.i])) \
            or adds_another(words) or turns_aside(words) or fronted(words):
        return None  # ("وفي صنعاء، دمرت الغارات ...": a round-up's next item, fronted by its place)
    kin = [c for c in clusters if _same_family(c, e) and _past(c) == e.past_context]
    if len(kin) != 1:
        return None
    c = kin[0]
    if any(x.si == e.si for x in c["events"]):
        return None  # "استهدفت الغارات مواقع في ... وأخرى في ...": places of its own sentence, listed
    if c["place"] is None:
        return c if unplaced and not _another_doer(c, e) and not _other_side(c, e) else None
    if c["place"].location.country != e.place.location.country or _another_doer(c, e) or _other_side(c, e):
        return None
    if (_unresolved(e.place) and not (unknown and not _pointed(words, f.i))) or same_area(c["place"], e.place) or told_within(ctx, e.place, c["place"]) \
            or told_within(ctx, c["place"], e.place):
        return None  # (a place in or around the incident's is where it was told to happen: joined as such later)
    return c


def _twin_told(ctx: DocContext, c: dict) -> bool:
    """Whether some telling of the incident names a pair of attacks in its sentence, up to a few words past its word
    ("هزت عمليتان انتحاريتان العاصمة ... ما أسفر عن مقتل 25"، "الهجوم المزدوج"): a twin attack."""
    for e in c["events"]:
        f, words = e.frame, ctx.sentences[e.si].words
        if f is not None and any(bare_in(w, _TWIN_WORDS) for w in words[:f.j + _TWIN_NEAR]):
            return True
    return False


def twin_retold(ctx: DocContext, c: dict, u: dict, on: bool) -> bool:
    """True when a later incident tells the earlier twin attack again with another toll (when ``on``:
    ``attacks_incidents.TWIN_RETOLD``): both told as a pair of attacks, of the same family, by no other doer, at the
    same area (or one with no place), on the same day (or the later one with no day of its own, as past context too:
    "وكان انتحاريان قد فجرا نفسيهما ..."), neither told as another one ("كما"، "آخر") nor as a round-up's part. Two
    sources' counts of one twin bombing, not a second one."""
    if not on or c["killed"] is None or u["killed"] is None or c["killed"].value is None or u["killed"].value is None \
            or c["killed"].value == u["killed"].value:
        return False
    p, q = c["place"], u["place"]
    if p is not None and q is not None and not same_area(p, q):
        return False
    apart = _days_apart(c["date"], u["date"])
    if (apart is not None and apart > 0) or (u["date"] is not None and apart is None and c["date"] is not None):
        return False
    if _past(c) != _past(u) and u["date"] is not None:
        return False
    if any(e.sum_part or e.listed or e.history or adds_another(ctx.sentences[e.si].words) for e in u["events"]):
        return False
    if not all(_same_family(c, e) and not _another_doer(c, e) and not _other_side(c, e) for e in u["events"]):
        return False
    return _twin_told(ctx, c) and _twin_told(ctx, u)


def _regions(ctx: DocContext) -> list:
    """The regions of the gazetteer (a strip, a territory) the article names anywhere."""
    out = []
    for si in range(len(ctx.sentences)):
        for m in ctx.places_in(si, 0, len(ctx.sentences[si].words)):
            p = place_at(ctx, si, m)
            if p.location.admin_level == "region" and all(p.key != q.key for q in out):
                out.append(p)
    return out


_DEAD_REGION_KM = rules.number("merge", "dead_region_km")
"""How far from the point the gazetteer gives a region (often its main city, not its middle: "قطاع غزة" is placed at
Gaza City) a place of its country may lie and still be in it, for :func:`same_dead_region`."""


def _in_region(r, p) -> bool:
    """True when a region holds a place: the region itself (same key or name), or a place of its country below it
    within dead_region_km of the region's point."""
    a, b = r.location, p.location
    if r.key == p.key or normalize(a.canonical_name or "") == normalize(b.canonical_name or "x"):
        return True
    if b.admin_level in {"region", "country"} or not a.country or a.country != b.country \
            or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return region_km(a, b) <= _DEAD_REGION_KM


def _held_together(regions: list, a, b) -> bool:
    """True when one region the article names holds both places."""
    return any(_in_region(r, a) and _in_region(r, b) for r in regions)


def same_dead_region(ctx: DocContext, clusters: list[dict], on: bool) -> list[dict]:
    """The clusters with a bare toll (no kind of attack, no doer of its own: "أعلنت الوزارة مقتل فتاة وإصابة 100 في
    مسيرات الجمعة") joined to the incident told before it with the very death toll, on the same day, at a place that
    one region the article names holds with the incident's ("قتل قناص مسعفة شرق بلدة كذا" in a strip named in the
    article and the toll told at the strip's main city): the same dead, counted again, not a second incident (when
    ``on``: ``attacks_incidents.SAME_DEAD_REGION``)."""
    if not on or len(clusters) < 2:
        return clusters
    regions = None
    out = list(clusters)
    for u in clusters:
        if _past(u) or u["place"] is None or not _exact(u["killed"]) or others_toll(u) or any(
                e.types or _own_doer(e) for e in u["events"]):
            continue
        for c in out:
            if c is u or c["first"] >= u["first"] or _past(c) or c["place"] is None or not _exact(c["killed"]) \
                    or c["killed"].value != u["killed"].value or not _same_day_clusters(c, u):
                continue
            if _exact(c["injured"]) and _exact(u["injured"]) and c["injured"].value != u["injured"].value:
                continue
            if any(_another_doer(c, e) for e in u["events"]):
                continue
            if regions is None:
                regions = _regions(ctx)
            if not _held_together(regions, c["place"], u["place"]):
                continue
            for e in u["events"]:
                _absorb(c, e, facts=False)
            for k in ("injured",):
                if c[k] is None and u[k] is not None:
                    c[k] = u[k]
            out.remove(u)
            break
    return out


def _same_day_clusters(c: dict, u: dict) -> bool:
    """True when both clusters are dated to the same day."""
    a, b = c["date"], u["date"]
    return a is not None and b is not None and a.resolved.precision == "day" and b.resolved.precision == "day" \
        and bool(a.resolved.iso) and a.resolved.iso == b.resolved.iso


def unplaced_retold(clusters: list[dict], on: bool) -> list[dict]:
    """The clusters with an article's one unplaced incident told again joined (when ``on``:
    ``attacks_incidents.UNPLACED_RETOLD``): when every incident the article tells as news has no place and each gives
    the first one's exact death toll, with no other doer, kind, day or wounded count, they are one incident told in
    the lead and again in the detail ("أردت رصاصة القيادي قتيلا" and, paragraphs later, "فأصابت شقيقه وأردته قتيلا"),
    not several (an article of two unplaced incidents, or of one and a placed one, keeps them)."""
    news = sorted((c for c in clusters if not _past(c)), key=lambda c: c["first"])
    if not on or len(news) < 2 or any(c["place"] is not None for c in news) or not _exact(news[0]["killed"]):
        return clusters
    c = news[0]
    for u in news[1:]:
        if not _exact(u["killed"]) or u["killed"].value != c["killed"].value or others_toll(u) or (
                _exact(c["injured"]) and _exact(u["injured"]) and c["injured"].value != u["injured"].value):
            return clusters
        if any(not _same_family(c, e) or _another_doer(c, e) or _other_side(c, e) for e in u["events"]):
            return clusters
        days = _days_apart(c["date"], u["date"])
        if days:
            return clusters
    out = [x for x in clusters if x is c or x not in news]
    for u in news[1:]:
        for e in u["events"]:
            _absorb(c, e, facts=False)
        if c["date"] is None and u["date"] is not None:
            c["date"] = u["date"]
    return out


_OF_WOUNDS = rules.words("casualties", "of_wounds_words")
""""متأثرا" and its forms: a death of wounds taken in an incident."""


_ANOTHER_ONE = frozenset({"اخر", "الاخر", "ثان", "الثاني"})
"""A dead man told as another one ("وكان شاب آخر قد توفي متأثرا بجروحه"): not the one told before."""


def _wound_death(ctx: DocContext, c: dict) -> bool:
    """True when the incident ``c`` counts one dead, told as a death of wounds ("توفي شاب متأثرا بجروح أصيب بها"), and
    no sentence of it tells another one."""
    if c["killed"] is None or c["killed"].value != 1 or c["injured"] is not None or any(x.others for x in c["events"]):
        return False
    words = [w for x in c["events"] for w in ctx.sentences[x.si].words]
    return any(bare_in(w, _OF_WOUNDS) for w in words) and _ANOTHER_ONE.isdisjoint(words)


_WIDE_LEVELS = frozenset({"country", "region"})


def _one_area(a: Place, b: Place) -> bool:
    """True when two places of a death of wounds can be one place: :func:`same_area`, or one a country or a region
    of the other's country ("قطاع غزة" in the lead, "شرق مدينة غزة" in the statement); two towns are two deaths."""
    if same_area(a, b):
        return True
    return (a.base_level in _WIDE_LEVELS or b.base_level in _WIDE_LEVELS) \
        and bool(a.location.country) and a.location.country == b.location.country


_ALSO_OPENERS = frozenset({"كما"})
""""كما توفي ..." opens another death told beside the first ("also"), not a further telling of it."""


def _also_told(ctx: DocContext, u: dict) -> bool:
    """True when a sentence of ``u`` opens with "كما" (:data:`_ALSO_OPENERS`)."""
    return any(ctx.sentences[x.si].words[:1] and ctx.sentences[x.si].words[0] in _ALSO_OPENERS for x in u["events"])


def one_wound_death(ctx: DocContext, clusters: list[dict]) -> list[dict]:
    """The clusters with the two tellings of one death of wounds joined: the lead's, on the day he died ("توفي صباح
    الأحد شاب متأثرا بجروح أصيب بها برصاص الجيش في مواجهات قرب الحدود"), and the statement's, with the day and place
    he was shot ("استشهد فلان متأثرا بجروح أصيب بها في 14 أيار شرق المدينة"). Only when the article tells exactly two
    deaths of wounds of one dead each, of one family, at one place or one within the other (:func:`_one_area`: not
    "في قضاء الطارمية" and "في البصرة"), no "آخر" (another one) among them and none told with "كما"; the record
    keeps the finer place and the day of the shooting (the earlier day)."""
    deaths = [c for c in clusters if _wound_death(ctx, c)]
    if len(deaths) != 2:
        return clusters
    c, u = sorted(deaths, key=lambda k: k["first"])
    if not all(_same_family(c, e) for e in u["events"]) or c["place"] is None or u["place"] is None \
            or not _one_area(c["place"], u["place"]) or _also_told(ctx, u):
        return clusters
    days = [k["date"] for k in (c, u) if k["date"] is not None and k["date"].resolved.iso]
    for e in u["events"]:
        _absorb(c, e)
    if days:  # a day before a month ("2018-06" would sort before "2018-06-10")
        c["date"] = min(days, key=lambda d: (d.resolved.precision != "day", d.resolved.iso))
        c["report_date"] = False
    c["first"] = min(c["first"], u["first"])
    return [k for k in clusters if k is not u]
