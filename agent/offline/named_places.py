"""Places the gazetteers do not know, read from how news names them: a place noun and its name.

Strike round-ups name districts, camps, hills and streets no gazetteer lists: "في منطقة سد
العقران"، "منطقتي المبدعة، وتبة ريمان"، "معسكري 48 وضبوة"، "مناطق منها الوهط وصبر والفيوش"،
"محور الصابري وشارع الشريف". A place noun (``place_nouns``: منطقة، معسكر، حي، جبل، شارع، محور،
مديرية ...), in the singular, the dual or a plural followed by "منها", is followed by a name: one
word, or two when the first is a noun that heads names ("سد العقران"، "تبة ريمان"); a dual or a list takes the
names joined by "و" (or a comma) after it. Names are never prepositions, pronouns, directions,
verbs of the clause or kinds of place ("حي ساحلي").

Such a place is written as a Location with the name as written, ``geo_precision: "unresolved"``
and no coordinates; its country is the one its sentence names as a country, else the article's when the
article is clearly about one.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare, bare_in, names_actor
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.locations import (
    Place,
    closest_country,
    country_told_after,
    descriptive,
    introduced_country,
    nearby_country,
    place_at,
    sentence_country,
    unquoted,
)
from marsad.agent.offline.mentions import DIRECTIONS, Mention, world_entry
from marsad.agent.offline.vocab import FRONTING_IN
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer, province_units, registry_country
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Location

__all__ = ["named_places", "within", "head_conjunct"]

_NOUNS: dict[str, str] = rules.table("locations", "place_nouns")
"""Place nouns (normalised; singular, dual or plural) -> the admin level of the place they name."""
_DUAL = rules.words("locations", "dual_place_nouns")
FRONT_DUALS = True
"""Switch (pass 48, A/B measurement and its test): a front's dual ("في جبهتي صرواح ونهم"، "جبهتا X وY") is a dual
place noun like "مديريتي": it names two places, one record each (GUIDELINES D-21), a name the gazetteer knows
included; before, the dual was no place noun and its two names were read as one place or none. Only the dual: the
singular "جبهة" also heads group names ("جبهة النصرة")."""
_FRONT_DUALS = rules.words("locations", "front_dual_nouns")
_PAIR = rules.words("locations", "pair_place_cues")
"""Dual place nouns that are also adjectives ("إقليمي": two provinces, or regional): a place noun only before a pair
of names joined by "و"."""
PAIRS = True
"""Switch (A/B): the dual place nouns of cities, towns, provinces and districts ("مدينتي"، "ولايتي"، "إقليمي") list
two names like "منطقتي"; "إقليمي" only when two names follow."""
_PLURAL = rules.words("locations", "plural_place_nouns")
"""Plural place nouns that open a list only with "منها"/"بينها" after them ("مناطق منها ...")."""
_NOT_NAMES = rules.words("locations", "not_place_names_after_noun")
"""Words that cannot begin or continue a place's name (prepositions, pronouns, relatives, quantifiers)."""
_HEADS = rules.words("locations", "name_heads")
"""Common nouns that begin two-word place names ("سد العقران"، "تبة ريمان"، "بئر ناصر")."""
_BOUND_HEADS = rules.words("locations", "bound_name_heads")
"""Heads that never end a name ("بني"، "أبو"، "أم"): the word after one is the name's, even one that begins with a
letter that is often a clitic ("بني وهب")."""
VALLEYS = True
"""Switch (pass 49, its test): a valley ("وادي") is a place noun of an area that heads its name, as "جبل" is ("في وادي
حريب"، "في منطقة المضلع ووادي الفرعة": the valley is a place of its own, one record per named place, GUIDELINES D-21);
off, "وادي" only headed a name after another place noun and a valley a gazetteer did not know had no place."""
_VALLEYS = rules.words("locations", "valley_place_nouns")
VALLEY_VERB = True
"""Switch (pass 50, its test): "وأدى" ('and it led to', the verb أدّى after "و") normalises like the valley "وادي":
written with its hamza it is the verb, never a valley (no place "وأدى لمقتل")."""
VALLEY_REGIONS = True
"""Switch (pass 50, its test): a valley that names a wide region or a thing named after one (``valley_regions``:
"وادي النيل"، "وادي الرافدين"، "وادي السيليكون", the valley between two countries that a treaty is named after) is
no place an incident is told at: no place of :data:`VALLEYS`."""
_VALLEY_REGIONS = frozenset(normalize(w) for w in rules.phrases("locations", "valley_regions"))
VALLEY_KNOWN = True
"""Switch (pass 50, its test): a valley named after a place the gazetteers know in the country its sentence or article
is about ("في أطراف وادي حيران": Hayran District, which the world gazetteer names "مديرية حيران"; "وادي حريب") is that
place, resolved, so it is one area with the district the article names (one record, not a second one with no
coordinates); the bare name, then the name after a unit word (``valley_unit_words``) is looked up."""
_VALLEY_UNITS = tuple(normalize(w) for w in rules.sequence("locations", "valley_unit_words"))
VALLEY_NAMED = True
"""Switch (pass 51, reviewer F9): a valley :data:`VALLEY_KNOWN` finds the place of keeps its own name ("وادي حيران"),
within that place (:func:`within`: its province and point, at district precision); off, it was the place itself
("حيران", Hayran District, at exact precision) and the valley's name was lost."""
_MAX_NAMES = 6
TOLD_AFTER = True
"""Switch: names told with a known place right after them - their bearing from it ("منطقة الزيتون شرق مدينة غزة") or
their administrative parent ("منطقة X بمديرية Y") - lie in that place's country, before any other country the
sentence or the article names (A/B measurement and its test)."""

ACTOR_HOME = True
"""Switch (pass 57, ext57): the article's country is no home for a name no gazetteer knows when the name's own
sentence names that country only as who acts ("وأكدت القيادة العسكرية الأميركية ... أن الغارة وقعت بالقرب من مدينة
X", :func:`context.names_actor`): the name lies in the country of the places told just before it
(:func:`locations.nearby_country`: "غارة ... في وسط الصومال"), the article's country only when none is told; off,
the article's country (most named, here as the striking state) was the name's."""


def _home_country(ctx: DocContext, si: int, i: int, min_share: float) -> str | None:
    """The country a name no gazetteer knows at token ``i`` of sentence ``si`` lies in, before any country told
    beside it: the one its sentence names as a country, else the article's when it has ``min_share`` of the
    votes (unless its sentence names it only as who acts: :data:`ACTOR_HOME`)."""
    told = sentence_country(ctx, si)
    if told or not ctx.country or ctx.country_share < min_share:
        return told
    if ACTOR_HOME:
        own = [names_actor(ctx.sentences[si], m) for m in ctx.mentions[si]
               if m.kind == "places" and registry_country(m.entry) == ctx.country]
        if own and all(own):
            return nearby_country(ctx, si, i) or ctx.country
    return ctx.country


def _is_dual(form: str) -> bool:
    """True when the place noun ``form`` is a dual (:data:`FRONT_DUALS` adds the front's)."""
    return form in _DUAL or (FRONT_DUALS and form in _FRONT_DUALS)


def named_places(ctx: DocContext, f: Frame, min_share: float, start: int | None = None) -> list[Place]:
    """The unknown places named after the trigger in the frame, in order (empty when there are none); a known place
    joined to a plural place noun's list of them is listed too (:data:`LISTED_KNOWN`).

    Args:
        ctx: the document context.
        f: the event frame.
        min_share: the article's country is given to the places only when it has this share of its votes.
        start: where to start reading instead of right after the trigger (the places a seizure told before its
            battle noun took: ``attacks_events.AFTER_BATTLE_NAMED``).
    """
    s = ctx.sentences[f.si]
    words = s.words
    known = {t for m in ctx.mentions[f.si] for t in range(m.i, m.j)}
    places = {m.i: m for m in ctx.places_in(f.si, f.lo, f.hi)}
    country = _home_country(ctx, f.si, f.i, min_share)
    out: list[Place] = []
    unglued: set[int] = set()  # tokens whose "و" was taken off ("وجبل العر" after "جبل مسعودة")
    leads: dict[int, int] = {}  # clitic letters before a noun that heads its name
    x = f.i + 1 if start is None else start  # trigger words may run past a place ("تفجير مسجد في حي الصوابر راح ضحيته")
    while x < f.hi and len(out) < _MAX_NAMES:
        noun = _noun(words[x])
        if noun is None and HEAD_CONJUNCTS and x in unglued and words[x] in _CONJUNCT_HEADS \
                and not _common_name(words, x):
            noun = "area", words[x]  # "وعقبة برم" joined to a list of places (:data:`HEAD_CONJUNCTS`)
        if noun is None or x in known:
            x += 1
            continue
        level, form = noun
        if VALLEYS and VALLEY_VERB and form in _VALLEYS and "أ" in ctx.quote(*s.token_span(x, x + 1)):
            x += 1  # "وأدى لمقتل": the verb أدّى after "و", which normalises like "وادي" (:data:`VALLEY_VERB`)
            continue
        y = x + 1
        listing = _is_dual(form)
        if form in _PLURAL:
            if y < f.hi and words[y] in {"منها", "بينها"}:
                listing, y = True, y + 1
            elif not (PLURAL_LISTS and _joined_names(words, y, f.hi, known)):
                x += 1
                continue
            else:
                # "في مديريات الزاهر وناطع"، "قرى العمري وبني خالد": the names follow at once; with PLURAL_SPLIT each
                # is a place of its own (one record per named place, GUIDELINES D-21), else only the first is read
                listing = PLURAL_SPLIT
        names: list[tuple[int, int, bool]] = []
        listed_known: dict[int, Place] = {}  # a known place joined in the list ("قرى البوعيثة وأبو غريب")
        span = _quoted(s, _name(words, y, f.hi, known), f.hi, known)
        if span is None and KNOWN_NISBA:
            span = _known_nisba(words, y, f.hi, known, country, form)
        if span is None and FEMININE_NAMES:
            span = _feminine_name(ctx, f.si, y, f.hi, known, form)
        span, world_country = _world_name(words, span, f.hi, known, country)
        if span is not None and VALLEYS and VALLEY_REGIONS and form in _VALLEYS and y == x + 1 \
                and " ".join([form, *words[y:span[1]]]) in _VALLEY_REGIONS:
            span = None  # "في وادي النيل": a region (:data:`VALLEY_REGIONS`)
        if span is not None and (form in _HEADS or form in _JOINED_SITES) and y == x + 1:
            span = (x, span[1])  # "جبل مسعودة"، "تبة سعيد": the noun is part of the name
            if len(words[x]) > len(form):
                leads[x] = len(words[x]) - len(form)  # "وجبل العويد"، "بجبل العويد": without the clitic
        joined = False
        while span is not None:
            names.append((*span, joined))
            nxt = span[1]
            if DUAL_BEARING and _is_dual(form) and len(names) == 1:
                nxt = _bearing_end(ctx, f.si, nxt, f.hi)
            if not listing or nxt >= f.hi or not (words[nxt].startswith("و") and len(words[nxt]) > 2):
                break
            span, joined = _name(words, nxt, f.hi, known, strip_and=True), True
            if span is None and FRONT_DUALS and form in _FRONT_DUALS:
                span = _front_conjunct(words, nxt, f.hi, known, country)  # "جبهتي حرض وميدي"
            if PLURAL_SPLIT and span is not None and form in _PLURAL and not _conjunct(words, span, f.hi):
                break  # "في مناطق زراعية ولم ..."، "مناطق انتشار ووحدات قتالية": no more names
            if span is None and LISTED_KNOWN and PLURAL_SPLIT and form in _PLURAL and nxt in places:
                q = place_at(ctx, f.si, places[nxt])
                if q.weak or q.location.admin_level == "country":
                    break
                listed_known[nxt] = q  # the list goes on over a name the gazetteer knows
                span = (nxt, places[nxt].j)
        if PAIRS and form in _PAIR and len(names) < 2:
            x += 1  # "دور إقليمي كبير": the adjective (regional), not two provinces
            continue
        if names and country is None:  # an article that names several countries: that of the places told before
            country = nearby_country(ctx, f.si, f.i)
        after = country_told_after(ctx, f.si, names[-1][1]) if TOLD_AFTER and names else None
        for a, b, strip in names:
            if a in listed_known:
                out.append(listed_known[a])
                continue
            # a sentence that names several countries: the one told closest to the name
            here = after or (closest_country(ctx, f.si, a) if sentence_country(ctx, f.si) is None else None)
            if VALLEYS and VALLEY_KNOWN and b == a + 2 and not _VALLEYS.isdisjoint(bare(words[a])) \
                    and (known_valley := _valley_place(ctx, f.si, a + 1, here or country)) is not None:
                # "وادي حيران": in the district (:data:`VALLEY_KNOWN`), under its own name (:data:`VALLEY_NAMED`)
                out.append(within(_place(ctx, f.si, a, b, level, here or country or world_country, strip or a in unglued,
                                         leads.get(a, 0)), known_valley) if VALLEY_NAMED else known_valley)
                continue
            out.append(_place(ctx, f.si, a, b, level, here or country or world_country, strip or a in unglued,
                              leads.get(a, 0)))
        if not names:
            x += 1
            continue
        x = names[-1][1]
        # "محور الصابري وشارع الشريف": another place noun joined by "و" goes on; "بمديرية نهم" after the
        # list is where they lie, not one more place
        if not (x < f.hi and words[x].startswith("و") and (_noun(words[x][1:]) is not None or (
                HEAD_CONJUNCTS and words[x][1:] in _CONJUNCT_HEADS and _name(words, x + 1, f.hi, known) is not None
                and not _common_name(words, x)))):
            break
        words = [*words[:x], words[x][1:], *words[x + 1:]]
        unglued.add(x)
    # "في مديرية نهم، قصفت ... في منطقة الوادي": the place told after the trigger is narrower
    return out or _referenced(ctx, f, known, country)


def _valley_place(ctx: DocContext, si: int, y: int, country: str | None) -> Place | None:
    """The known place of ``country`` the one-word name at ``y`` after a valley noun names (:data:`VALLEY_KNOWN`), as
    a place written there; None when no country is known or no place of it has that name."""
    if country is None:
        return None
    s = ctx.sentences[si]
    name = s.words[y]
    entry = next((e for e in get_lexicon().lookup_ar(name) if e.kind == "places" and not e.get("ambiguous")
                  and registry_country(e) == country), None)
    if entry is None:
        world = get_world_gazetteer()
        for unit in ("", *_VALLEY_UNITS):
            cands = world.lookup(f"{unit} {name}" if unit else name)
            same = [p for p in cands if p.country_code == country]
            if same:
                entry = world_entry((*same, *[p for p in cands if p.country_code != country]))
                break
    if entry is None:
        return None
    start, end = s.token_span(y, y + 1)
    return place_at(ctx, si, Mention(entry, y, y + 1, start, end, ctx.quote(start, end)))


def known_place_name(name: str) -> bool:
    """True when one-word ``name`` ("الجوف") is a place the registry knows or a province the world gazetteer names
    with its unit word ("محافظة الجوف"، "ولاية زابل": ``gazetteer.province_units``), of any country (``attacks_events.VALLEY_FOREIGN``)."""
    if any(e.kind == "places" for e in get_lexicon().lookup_ar(name)):
        return True
    world = get_world_gazetteer()
    return any(c.admin_level == "region" for unit in province_units() for c in world.lookup(f"{unit} {name}"))


DUAL_BEARING = True
"""Switch (pass 45, A/B measurement and its test): a dual place noun names two places even when the first is told
with its bearing from a known place ("في منطقتي X غرب مدينة Y وZ شرقها"): the bearing is read past, and the name joined
by "و" after it is the dual's second place (one record per place, GUIDELINES D-21). Only the dual's first name: a
dual holds two, so the name after the bearing is not a second reference point."""
_BEARING_WORDS = 2
"""Direction words a bearing may take ("شمال شرق")."""


def _bearing_end(ctx: DocContext, si: int, y: int, hi: int) -> int:
    """The token after a bearing that starts at ``y`` (direction words, an optional reference noun, a known place:
    "غرب الفلوجة"، "شمال شرق قضاء حديثة"), else ``y``."""
    words = ctx.sentences[si].words
    r = y
    while r < hi and r - y < _BEARING_WORDS and bare_in(words[r], DIRECTIONS):
        r += 1
    if r == y:
        return y
    if r < hi and bare_in(words[r], _REFERENCE):
        r += 1
    m = next((m for m in ctx.places_in(si, r, hi) if m.i == r), None)
    return m.j if m is not None else y


PLURAL_LISTS = True
"""Switch (pass 37): a plural place noun followed at once by two or more names joined by "و" lists them ("في
مديريات الزاهر وناطع"، "قرى العمري وبني خالد"); before, a plural opened a list only with "منها"/"بينها" after it."""


PLURAL_SPLIT = True
"""Switch (pass 46, A/B measurement and its test): a plural place noun followed at once by names joined by "و" ("في
مناطق الصفيح والمقرن والعرقوب") lists every name, one record per named place (GUIDELINES D-21); before, only the first
name was read and the others had no record."""


LISTED_KNOWN = True
"""Switch (pass 46, with :data:`PLURAL_SPLIT`): a list after a place noun goes on over a name the gazetteer knows ("في
قرى البوعيثة والبوحياة وأبو غريب"): that place is a conjunct of the list like the unknown names, so a list mixing
known and unknown names is read whole (one record per named place), not cut at the known name."""


_MIN_CONJUNCT = 3
"""Letters a name joined to a plural place noun's list has at least, without its "و" (not a particle: "ولم"، "ولا")."""


def _conjunct(words: list[str], span: tuple[int, int], hi: int) -> bool:
    """Whether a word joined by "و" to a plural place noun's list is one more name: long enough to be no particle, and
    not a common noun with its indefinite adjective after it ("ووحدات قتالية")."""
    y, z = span
    if len(words[y]) - 1 < _MIN_CONJUNCT:
        return False
    return not (z < hi and not words[z].startswith("ال") and descriptive([words[z]]))


def _joined_names(words: list[str], y: int, hi: int, known: set[int]) -> bool:
    """True when a name starts at ``y`` and another name joined by "و" follows it right away."""
    span = _name(words, y, hi, known)
    if span is None or words[y][:1] == "و":
        return False
    z = span[1]
    return z < hi and words[z][:1] == "و" and len(words[z]) > 2 and _name(words, z, hi, known, strip_and=True) is not None


def _referenced(ctx: DocContext, f: Frame, known: set[int], country: str | None) -> list[Place]:
    """An unknown place put first in its clause against a known reference point: "وفي مديرية الصفا شرق مدينة
    تعز، قصفت ..." is الصفا (east of Taiz), not Taiz. Only "في" + a place noun and its name followed by a
    direction word or "القريبة من" (and "العاصمة"/"مدينة") and a known place; a name alone before the trigger is left to the
    gazetteers, and a place told after an earlier verb ("شنت قصفا ... على حي كذا شمال المدينة، مخلفا
    43 قتيلا") is that verb's, read there."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(max(f.lo, 1), f.i):
        noun = _noun(words[x])
        if noun is None or x in known or noun[1] in _PLURAL or _is_dual(noun[1]):
            continue
        if words[x - 1] not in FRONTING_IN or not (x == 1 or s.tokens[x - 1].clause_start):
            continue  # only a place put first in its clause ("وفي مديرية نهم ...، قصفت")
        span = _quoted(s, _name(words, x + 1, f.i, known), f.i, known)
        if span is None:
            continue
        if noun[1] in _HEADS:
            span = (x, span[1])
        d = span[1]
        if d + 1 < f.i and words[d] in _NEAR and words[d + 1] == "من":
            d += 1  # "نهم القريبة من صنعاء"
        elif d >= f.i or not bare_in(words[d], DIRECTIONS):
            continue
        r = d + 1
        if r < len(words) and bare_in(words[r], _REFERENCE):
            r += 1
        if any(m.i in (d + 1, r) for m in ctx.mentions[f.si]):
            return [_place(ctx, f.si, span[0], span[1], noun[0], country or nearby_country(ctx, f.si, f.i), False)]
    return []


_NEAR = {normalize(w) for w in ("القريبة", "القريب", "قريبة", "قريب", "المحاذية", "المحاذي")}
_REFERENCE = rules.words("locations", "reference_nouns")
"""Words between a direction and the reference place ("شرق العاصمة صنعاء"، "جنوب مدينة تعز")."""


def within(p: Place, parent: Place) -> Place:
    """An unknown place told inside a known one ("منطقتي الصفا والريان بمديرية نهم"): the parent's
    country, governorate and coordinates, at the parent's precision."""
    par = parent.location
    geo = "district" if par.admin_level in {"district", "subdistrict", "city"} else "governorate"
    loc = p.location.model_copy(update={
        "country": getattr(par, "country", None), "country_name": getattr(par, "country_name", None),
        "governorate": par.governorate, "district": par.district, "lat": par.lat, "lon": par.lon,
        "geo_precision": geo, "within": par.canonical_name or par.name})
    return Place(loc, p.key, parent.governorate, p.level, p.sentence, p.i, p.j, False, p.base_level, parent.by_row)


def _noun(word: str) -> tuple[str, str] | None:
    for b in bare(word):
        if b in _NOUNS and not (DEFINITE_LAM and word.startswith("لل") and len(word) - len(b) == 2):
            return _NOUNS[b], b
        if FRONT_DUALS and b in _FRONT_DUALS:
            return "area", b  # "جبهتي صرواح ونهم" (:data:`FRONT_DUALS`)
        if VALLEYS and b in _VALLEYS:
            return "area", b  # "ووادي الفرعة" (:data:`VALLEYS`)
    return None


DEFINITE_LAM = True
"""Switch (pass 44): a word that begins with "لل" is "ل" and the article ("للميناء": to the port), not two clitic
letters, so the place noun in it is definite and heads no name ("استعادة الجيش للميناء والكورنيش": the port and
the corniche, not a port named "والكورنيش"); a noun in construct with its name is never written with the article."""


HEAD_CONJUNCTS = True
"""Switch (pass 49, its test): a noun that heads place names ("عقبة"، "نقيل"، "سوق"، "مطار"; ``name_heads`` less the
bound heads) joined by "و" after a list of places, with its name, is one more place of the list ("منطقة المضلع وجبل
الفرعة وعقبة النسور": three places, one record each, GUIDELINES D-21); off, the list ended before it."""
_JOINED_SITES = rules.words("locations", "joined_site_heads")
"""A named school ("ومدرسة النجاح") joined to a list of places is one more place of it, its noun part of the name
(a school alone, "استهدف مدرسة"، is a target and no place noun)."""
_CONJUNCT_HEADS = (_HEADS - _BOUND_HEADS - _VALLEYS) | _JOINED_SITES  # (a valley is :data:`VALLEYS`' own place noun)
CONJUNCT_COMMON = True
"""Switch (pass 50, its test; narrowed by fixrev50): a head of a built place joined to a list of places
(:data:`HEAD_CONJUNCTS`: "ساحة"، "طريق"، "بيت"، "جسر"، "سوق") whose next word is a noun of a use, a process or an office
(``conjunct_use_nouns``: "المعركة"، "الإمداد"، "السلاح"، "المحافظ"، "العمل") is a common noun phrase, not one more
place ("وساحة المعركة"، "وطريق الإمداد"، "وبيت المحافظ"، "وسوق السلاح": the battlefield, the supply road, the
governor's house, an arms market). Any other word is a name, common word or not: famous places are named with common
words ("وطريق المطار"، "وجسر الجمهورية"، "وساحة الاحتفالات"). After a landform (``landform_heads``: "وتبة الشهيد") or
a school (``joined_site_heads``) the phrase is always a name. Off, every such phrase was one more place of the list."""
_USE_NOUNS = rules.words("locations", "conjunct_use_nouns")
_NAMED_HEADS = rules.words("locations", "landform_heads") | _JOINED_SITES


def _common_name(words: list[str], x: int) -> bool:
    """True when the word after the joined head at ``x`` ("وطريق") is a noun of a use or an office
    (:data:`_USE_NOUNS`) and the head names a built place (:data:`CONJUNCT_COMMON`)."""
    y = x + 1
    if not CONJUNCT_COMMON or y >= len(words) or words[y] not in _USE_NOUNS:
        return False
    head = words[x][1:] if words[x][:1] == "و" and words[x][1:] in _CONJUNCT_HEADS else words[x]
    return head not in _NAMED_HEADS


def head_conjunct(words: list[str], i: int) -> bool:
    """True when the unknown place at token ``i`` is a head joined by "و" to a list of places (:data:`HEAD_CONJUNCTS`:
    "وعقبة النسور"، "ومدرسة خالد"), not a place noun joined with its name ("ومنطقة X")."""
    w = words[i] if 0 <= i < len(words) else ""
    return HEAD_CONJUNCTS and w[:1] == "و" and _noun(w[1:]) is None and w[1:] in _CONJUNCT_HEADS


SITES_NO_NAMES = True
"""Switch (pass 49, its test): "موقع"/"مواقع" (a position, ``site_nouns``) is a common noun, never a place's name: a
list after a place noun ends before it ("جبال المضلع وموقع النسور": one mountain range named, not a place called
"موقع"); off, the word joined by "و" was read as one more name."""
_SITES = rules.words("locations", "site_nouns")


def _name(words: list[str], y: int, hi: int, known: set[int], strip_and: bool = False) -> tuple[int, int] | None:
    """Tokens ``[y, z)`` of a name starting at y, or None when no name starts there."""
    if y >= hi or y in known:
        return None
    first = words[y][1:] if strip_and else words[y]
    if SITES_NO_NAMES and first in _SITES:
        return None
    if not _name_word(first) or (_noun(first) is not None and first not in _HEADS and not strip_and):
        return None
    z = y + 1
    if first in _HEADS and z < hi and z not in known and _name_word(words[z]) \
            and (first in _BOUND_HEADS or _unclitic(words[z])):
        z += 1  # "سد العقران"، "تبة ريمان"، "بئر ناصر"; "بني وهب" ("بني" never stands alone)
        if HEAD_CHAINS and words[z - 1] in _BOUND_HEADS and z < hi and z not in known and _name_word(words[z]):
            z += 1  # "خان بني سعد": a bound head after the head takes its own word too
    return (y, z) if not descriptive([first]) else None


def _world_name(words: list[str], span: tuple[int, int] | None, hi: int, known: set[int],
                country: str | None) -> tuple[tuple[int, int] | None, str | None]:
    """The span of a name the world gazetteer knows in two or more words from the name's first word ("جبهة الساحل
    الغربي": the front is the west coast, not "الساحل" cut before the side word), when that place lies in the
    country its sentence or article is about (or none is known), with that place's country when no country is
    known and all its namesakes share one; else ``span`` unchanged and None."""
    if not WORLD_NAMES or span is None:
        return span, None
    y, z = span
    world = get_world_gazetteer()
    for k in range(min(world.max_tokens, hi - y), max(1, z - y), -1):
        if any(t in known for t in range(y, y + k)) or not all(w.isalpha() for w in words[y:y + k]):
            continue
        found = world.lookup(" ".join(words[y:y + k]))
        if found and (country is None or any(p.country_code == country for p in found)):
            codes = {p.country_code for p in found}
            return (y, y + k), (codes.pop() if country is None and len(codes) == 1 else None)
    return span, None


KNOWN_NISBA = True
"""Switch (A/B): a one-word name shaped like a nisba adjective ("قانية"، "ميدي") is the place's name when the world
gazetteer knows it in the country the sentence or the article is about ("في جبهة قانية": the front is Qaniyah);
off, every such word read as a kind of place ("منطقة سكنية") and the front went unread."""


_NISBA_NOUNS = rules.words("locations", "nisba_name_nouns")
"""Front and settlement nouns ("جبهة"، "منطقة"، "مديرية"، "قرية"، "بلدة"، "مدينة") whose next word is a proper name
even when shaped like an adjective; not "محور" (also a military command: "محور تعز") nor street or camp nouns."""


def _known_nisba(words: list[str], y: int, hi: int, known: set[int], country: str | None,
                 noun: str) -> tuple[int, int] | None:
    """The one-word span at ``y`` of a name :func:`descriptive` turns away ("قانية") after the place noun ``noun``
    (normalised) that the world gazetteer lists as a place of ``country`` (an adjective of kind, "سكنية"، "ساحلي",
    is no town of the country the news is about); None otherwise or when no country is known."""
    if country is None or not _nisba_shaped(words, y, hi, known, noun):
        return None
    return (y, y + 1) if _town_of(words[y], country) else None


def _town_of(word: str, country: str) -> bool:
    """True when the world gazetteer lists ``word`` as a place of ``country``."""
    return any(p.country_code == country for p in get_world_gazetteer().lookup(word))


def _front_conjunct(words: list[str], y: int, hi: int, known: set[int], country: str | None) -> tuple[int, int] | None:
    """The second name of a front's dual (:data:`FRONT_DUALS`) written with its "و" and shaped like an adjective
    ("وميدي"), when the world gazetteer lists it in ``country`` (:func:`_known_nisba` for a joined name)."""
    w = words[y][1:] if y < hi and words[y][:1] == "و" else ""
    if country is None or y in known or not (_name_word(w) and descriptive([w])):
        return None
    return (y, y + 1) if _town_of(w, country) else None


def _nisba_shaped(words: list[str], y: int, hi: int, known: set[int], noun: str) -> bool:
    """Whether the word at ``y`` (inside the clause, no known place) after the front or settlement noun ``noun``
    could be a name and is shaped like an adjective of kind, which :func:`descriptive` turns away ("قانية"، "ماراوي")."""
    if y >= hi or y in known or noun not in _NISBA_NOUNS:
        return False
    w = words[y]
    return _name_word(w) and _noun(w) is None and descriptive([w])


FEMININE_NAMES = True
"""Switch (pass 46, A/B): after a feminine place noun ("مدينة"، "بلدة"، "قرية"، "منطقة"، "مديرية"، "جبهة"، "ناحية") an
adjective of kind takes the feminine ending ("منطقة سكنية"), so a word ending in a bare "ي" there is the place's name
("بلدة دابشي"، "مدينة ماراوي"), even one no gazetteer lists; a written "ى" ("منطقة أخرى") and common words are not."""
_COMMON_WORDS = rules.words("common_words", "common_words")
_VERB_PARTICLES = frozenset({"الي", "علي", "من", "عن", "في", "فيها", "فيه", "بها", "به", "بين", "مع"})


def _feminine_name(ctx: DocContext, si: int, y: int, hi: int, known: set[int], noun: str) -> tuple[int, int] | None:
    """The one-word span at ``y`` of a name shaped like a masculine nisba ("ماراوي") after the feminine singular place
    noun ``noun`` (normalised), which no adjective of kind can follow; None otherwise."""
    words = ctx.sentences[si].words
    if not noun.endswith("ه") or not _nisba_shaped(words, y, hi, known, noun):
        return None
    w = words[y]
    if w[:1] in ("ت", "ي") and y + 1 < len(words) and words[y + 1] in _VERB_PARTICLES:
        return None  # a present-tense verb with its particle ("بلدة تنتمي إلى"، "منطقة تلتقي فيها"), not a name
    if not w.endswith("ي") or not _COMMON_WORDS.isdisjoint(bare(w)):
        return None
    raw = [c for c in ctx.quote(*ctx.sentences[si].token_span(y, y + 1)) if c.isalpha()]
    return (y, y + 1) if raw and raw[-1] == "ي" else None


WORLD_NAMES = True
"""Switch (A/B): a place noun's name runs over the words of a world-gazetteer name that starts with it ("جبهة الساحل
الغربي"); off, the name was one word ("الساحل", a common noun, the coast)."""


HEAD_CHAINS = True
"""Switch (A/B): a name head takes a next word that only looks clitic-led (a short word, a bound head) and a bound
head after it takes its own word ("بيت بوس"، "خان بني سعد"); off, such names were cut to the bare head ("بيت"،
"خان"), a common noun (house, inn)."""


def _unclitic(w: str) -> bool:
    """Whether a word after a name head can go on its name: not one that begins with a clitic letter ("جبل
    بمديرية"، "تل وقرية"), unless the letter cannot be a clitic there -- a word too short to carry one ("بيت بوس",
    the reading ``bare`` uses) or a bound head ("خان بني سعد")."""
    if not w.startswith(("و", "ب", "ل", "ف")):
        return True
    return HEAD_CHAINS and not w.startswith("و") and (len(bare(w)) == 1 or w in _BOUND_HEADS)


_QUOTE_MARKS = frozenset('"«»“”')
_MAX_QUOTED = 4


def _quoted(s, span: tuple[int, int] | None, hi: int, known: set[int]) -> tuple[int, int] | None:
    """A name written in quotes runs to the closing quote ('جبهة "تل الصفصاف"', 'منطقة «قاع
    الحقل»'): the words up to it, at most ``_MAX_QUOTED``, are the name's (never a known place's)."""
    if span is None:
        return None
    y, z = span
    toks = s.tokens

    def gap(k: int) -> str:  # the text between token k - 1 and token k (k may be one past the last token)
        end = toks[k].ns if k < len(toks) else len(s.norm)
        return s.norm[toks[k - 1].ne:end] if k > 0 else ""

    if _QUOTE_MARKS.isdisjoint(gap(y)) or not _QUOTE_MARKS.isdisjoint(gap(z)):
        return span  # not quoted, or the quote closes where the name ends
    for k in range(z + 1, min(y + _MAX_QUOTED, len(toks)) + 1):
        if k > hi or k - 1 in known or not toks[k - 1].text.isalpha():
            break
        if not _QUOTE_MARKS.isdisjoint(gap(k)):
            return y, k
    return span


_BACK_WORDS = frozenset(rules.table("locations", "anaphor_levels")) | _REFERENCE \
    | frozenset("ال" + n for n in _NOUNS if not n.startswith("ال"))
"""Words that point to a place told elsewhere ("المدينة"، "العاصمة"، "المنطقة"): with a clitic in front
("في حي بالعاصمة الأفغانية كابول") they say where the place lies, never its name."""


def _name_word(w: str) -> bool:
    return bool(w) and (w.isalpha() or w.isdigit()) and w not in _NOT_NAMES and w not in DIRECTIONS \
        and len(w) > 1 and _BACK_WORDS.isdisjoint(bare(w)[1:])


def _place(ctx: DocContext, si: int, a: int, b: int, level: str, country: str | None, strip_and: bool,
           lead: int = 0) -> Place:
    s = ctx.sentences[si]
    start, end = s.token_span(a, b)
    if lead:
        start = s.raw_span(s.tokens[a].ns + lead, s.tokens[a].ne)[0]
    if strip_and and ctx.quote(start, start + 1) == "و":
        start += 1  # "وصبر" -> "صبر"
    name = unquoted(ctx.quote(start, end))  # 'بلدة "تريب"' -> 'تريب'
    # "قرية بردان" where the article has told "بردان، وهي قرية في العراق": that country first
    country = introduced_country(ctx, [w for w in s.words[a:b] if w.isalpha()]) or country
    fields = {}
    if country:
        fields = {"country": country, "country_name": get_world_gazetteer().country_en(country)}
    loc = Location(name=name, admin_level=level, geo_precision="unresolved", **fields)
    return Place(loc, f"name:{normalize(name)}", None, level, si, a, b, False, level)


MIXED_DUALS = True
"""Switch (pass 44, A/B measurement and its test): a dual place noun followed by two names joined by "و" of which one
is a place the gazetteer knows and the other is not ("في منطقتي باجور ووادي السرو") lists both; before, the
known one hid the list from :func:`named_places` (which reads unknown names only) and the unknown one broke the
chain of known places, so the two incidents were read as one."""


_IN_WORDS = frozenset({"في", "وفي", "ففي"})


def mixed_dual(ctx: DocContext, f: Frame, min_share: float) -> list[Place]:
    """The two places after a dual place noun in the frame, one known and one not, in order; else empty."""
    if not MIXED_DUALS:
        return []
    s = ctx.sentences[f.si]
    words = s.words
    known = {t for m in ctx.mentions[f.si] for t in range(m.i, m.j)}
    places = {m.i: m for m in ctx.places_in(f.si, f.lo, f.hi)}
    for x in range(f.i + 1, f.hi - 2):
        noun = _noun(words[x])
        if noun is None or not _is_dual(noun[1]):
            continue
        if not (words[x - 1] in _IN_WORDS or words[x].startswith(("ب", "وب"))):
            return []  # "في طريقهم من محافظتي ... و...": where they came from, not where it happened
        level = noun[0]
        country = _home_country(ctx, f.si, f.i, min_share)
        items: list[Place] = []
        y, strip = x + 1, False
        while y < f.hi and len(items) < 2:
            m = places.get(y)
            if m is not None:
                items.append(place_at(ctx, f.si, m))
                y = m.j
            else:
                span = _name(words, y, f.hi, known, strip_and=strip)
                if span is None:
                    break
                items.append(_place(ctx, f.si, span[0], span[1], level, country, strip))
                y = span[1]
            if y >= f.hi or not (words[y].startswith("و") and len(words[y]) > 2):
                break
            strip = True
        known_count = sum(1 for p in items if p.location.geo_precision != "unresolved")
        if len(items) == 2 and known_count == 1 and not any(p.weak for p in items):
            return items
        return []
    return []
