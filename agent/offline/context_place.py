"""The place of an incident whose own sentence names none, read from the rest of the article.

News tells the place once and then refers back to it: "شرقي المدينة" (the city named before),
"في البلاد" (the article's country), or nothing at all in a follow-up sentence of an article
about one place ("والجمعة قتل أربعة فلسطينيين" in a report datelined Gaza). In that order:

1. an anaphoric place word in the frame ("المدينة"، "البلدة"، "القرية نفسها"، "المحافظة"، "القطاع") takes the
   nearest place of that kind told before it in the article ("في المنطقة نفسها": of any kind);
2. "البلاد" takes the article's country;
2b. a definite noun of fighting opening the incident ("أن المعارك أسفرت عن ...") with no place in its sentence takes
   the narrowest place of the sentence right before (``_battle_told_before``: the fighting that sentence told);
3. the place a sentence of its own tells the incident occurred at ("ووقع الهجوم في ..."، "أن الانفجار وقع شرق ...",
   :func:`occurred_place`), when the article tells one such area;
4. otherwise the country where the article's placed incidents happened (when they agree), else the
   article's country when the article is clearly about one country and its title or lead names a
   place there (an article on strikes in Syria that names Kazakhstan for the next talks is not about
   Kazakhstan). (Taking the
   one place a title and lead name instead was measured and dropped: on the tune split it put
   follow-up incidents in the wrong town more often than it found theirs.) Before the country, the one
   area the article's places lie in, else the one province its title and lead name before the incident
   (``LEAD_PROVINCE``: a province, never a town). Never the country of the state the incident's own sentences blame
   for it ("نفت موسكو مسؤوليتها عن الهجوم": ``BLAMED_STATE``).

Such a location is marked with the flag ``location_from_article`` so a reader knows it was not
written beside the incident.
"""

from __future__ import annotations

import dataclasses

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, _nisba, bare, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.locations import (
    BORDER_WORDS,
    WEAK_LEVELS,
    Place,
    _blamed,
    article_countries,
    city_province,
    place_at,
    province_name,
    same_area,
    victims_country,
)
from marsad.agent.offline.locations_cues import doubted_occurrence
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer, registry_country
from marsad.schemas import Location

__all__ = ["context_place", "occurred_within", "MIN_SHARE"]

_ANAPHORS: dict[str, str] = rules.table("locations", "anaphor_levels")
"""Place words that refer back ("المدينه" -> the levels of place it may stand for, space-separated)."""
_SAME = rules.words("locations", "same_words")
""""نفسها"، "ذاتها": after a place noun they point back to the place named before."""
_PLACE_NOUNS = rules.words("locations", "settlement")
_ANY_LEVEL = "village area subdistrict city district governorate region"
_COUNTRY_ANAPHORS = rules.words("locations", "country_anaphors")
_GENERIC = rules.words("context", "generic_place_words")
"""Words that stand for the article's country ("البلاد")."""
MIN_SHARE = rules.number("locations", "article_country_min_share")
"""An incident with no place of its own takes the article's country only when that country has this share
of the article's place votes (an article about Kuwait's arrests of fighters back from Iraq and Syria is not)."""


def context_place(ctx: DocContext, frames: list[Frame], incidents_country: str | None = None,
                  past: bool = False) -> Place | None:
    """The article-level place of an incident told in ``frames`` without a place of its own.

    Args:
        ctx: the document context.
        frames: the frames of the incident's mentions (the first is where it is first told).
        incidents_country: the country where the article's placed incidents happened, if they agree: it
            stands for the article's country (an article on strikes in Gaza names Israel as often as Gaza).
        past: the incident is history told as context ("قتل في مارس 2014"), not the article's news: the province
            the lead names is the news's, not its.
    """
    for f in frames:
        words = ctx.sentences[f.si].words
        for x in range(f.lo, _reach(ctx, f)):
            forms = bare(words[x])
            level = next((_ANAPHORS[b] for b in forms if b in _ANAPHORS), None)
            if level is None and x + 1 < len(words) and words[x + 1] in _SAME and any(
                    b[2:] in _PLACE_NOUNS for b in forms if b.startswith("ال")):
                level = _ANY_LEVEL  # "في المنطقة نفسها": whatever place was named before
            if level is not None and not (x + 1 < len(words) and _own_name_after(ctx, f.si, x)):
                found = _previous_place(ctx, f.si, x, set(level.split()))
                if found is None and "city" in level.split():
                    found = _province_as_city(ctx, f.si, x)
                if found is not None:
                    return found
            if not _COUNTRY_ANAPHORS.isdisjoint(forms) and (incidents_country or ctx.country):
                return _country_place(incidents_country or ctx.country, f.si)
    for f in frames:
        battle = _battle_told_before(ctx, f)
        if battle is not None:
            return battle
    told = occurred_place(ctx) if frames else None
    if told is not None:
        return told
    for f in frames:
        there = _where_told(ctx, f)
        if there is not None:
            return there
    if frames:
        sided = _border_side(ctx, frames, incidents_country or ctx.country)
        if sided is not None:
            return sided
    if frames and incidents_country:
        if _state_blamed(ctx, frames, incidents_country):
            return None
        return _one_area(ctx, incidents_country, frames) or _lead_province(ctx, incidents_country, frames, past) \
            or _country_place(incidents_country, frames[0].si)
    if frames and ctx.fallback_country and ctx.fallback_share >= MIN_SHARE and _in_lead(ctx, ctx.fallback_country):
        if _state_blamed(ctx, frames, ctx.fallback_country):
            return None
        # with no other incident placed, the article's places alone must tell the area at least twice
        return _one_area(ctx, ctx.fallback_country, frames, _TOLD_TWICE) \
            or _lead_province(ctx, ctx.fallback_country, frames, past) or _country_place(ctx.fallback_country, frames[0].si)
    return None


OCCURRED_PLACE = True
"""Switch (A/B measurement and its test) of :func:`occurred_place`."""
_OCCURRED_VERBS = rules.words("locations", "occurred_place_verbs")
_OCCURRED_NOUNS = rules.words("locations", "occurred_place_nouns")
"""Definite nouns of the incident ("الانفجار"، "الهجوم"، "الحادثة") told with an occurrence verb."""
_OCCURRED_REACH = 6
"""Tokens after the verb and its noun the place may start at ("ووقع الهجوم مساء يوم الجمعة في مدينة ...")."""
_OCCURRED_STOPS = rules.words("locations", "occurred_place_stops")
"""Words that tell the incident by another ("ووقع الهجوم بعد أسبوع من هجوم في ..."): a place after them is the other's."""


def occurred_place(ctx: DocContext) -> Place | None:
    """The place a sentence of its own tells the article's incident occurred at: an occurrence verb and a definite
    incident noun, in either order ("ووقع الهجوم في ..."، "أن الانفجار وقع شرق ..."), and the place a few words on.
    News tells the incident first and where it happened in another sentence (mostly a later one) that is no telling
    of its own; an incident with no place in its own sentences happened there. Every sentence of the article is read;
    None when it tells none, or places in different areas (several incidents); read once per article."""
    if not OCCURRED_PLACE:
        return None
    return ctx.once("context_place.occurred_place", lambda: _read_occurred_place(ctx))


def _read_occurred_place(ctx: DocContext) -> Place | None:
    found: list[Place] = []
    for si, s in enumerate(ctx.sentences):
        words = s.words
        for v in range(len(words)):
            if _OCCURRED_VERBS.isdisjoint(bare(words[v])):
                continue
            if v + 1 < len(words) and words[v + 1] in _OCCURRED_NOUNS:
                start = v + 2  # "ووقع الانفجار في ..."
            elif v > 0 and words[v - 1] in _OCCURRED_NOUNS:
                start = v + 1  # "أن الانفجار وقع شرق ..."
            else:
                continue
            if doubted_occurrence(words, start - 2):
                continue  # "ولم يتضح بعد ما إذا كان الهجوم وقع قرب ...": the scene is a guess or denied
            end = start
            while end < min(len(words), start + _OCCURRED_REACH) and not (end > start and s.tokens[end].clause_start) \
                    and words[end] not in _OCCURRED_STOPS:
                end += 1
            near = [q for q in ctx.places_in(si, start, len(words)) if q.i < end]
            if near and normalize(near[0].surface) not in _GENERIC:
                found.append(_narrowed(ctx, si, near))
    if not found or any(not same_area(p, found[0]) for p in found[1:]):
        return None
    best = min(found, key=lambda p: p.specificity)
    return _lent(best)


def _narrowed(ctx: DocContext, si: int, near: list) -> Place:
    """The place told first after the occurrence, or, when that is a region or a country, the town of the same
    country told right after it ("ووقعت الحادثة في شمال سيناء قرب مدينة العريش": العريش)."""
    first = place_at(ctx, si, near[0])
    if first.base_level not in ("country", "region") or len(near) < 2:
        return first
    then = place_at(ctx, si, near[1])
    if then.location.country == first.location.country and not _broad(then):
        return then
    return first


def _broad(place: Place) -> bool:
    """A country or a region, by the name read or by the gazetteer entry it resolved to."""
    return place.base_level in ("country", "region") or place.location.admin_level in ("country", "region")


def occurred_within(ctx: DocContext, own: Location) -> Place | None:
    """The narrower place a sentence of its own tells the article's incident occurred at (:func:`occurred_place`),
    for a record whose own sentences give only its country, whole or a side of it ("في اليمن"، "في شمال غربي
    باكستان"): "ووقع الهجوم قرب مدينة كذا" names the town. Only a place of that country below a region; a record
    placed in a part of a country that is not the country ("شمال الضفة الغربية") or in a province, district or town
    keeps its place (the article's one occurrence may be another incident's there)."""
    if not own.country or not (own.admin_level == "country" or (
            own.geo_precision == "approximate" and own.name_en and own.name_en == own.country_name)):
        return None
    told = occurred_place(ctx)
    if told is None or told.location.country != own.country or _broad(told):
        return None
    return told


def _lent(p: Place) -> Place:
    """A place read elsewhere in the article, lent to an incident told with none: at its registry level (what the
    sentence it was read in said around it does not hold for the incident) and weak (its own sentences may still
    place the incident)."""
    return dataclasses.replace(p, level=p.base_level, weak=True)


BLAMED_STATE = True
"""Switch (A/B measurement and its test) of :func:`_state_blamed`."""
_BLAME_VERBS = rules.words("locations", "blame_verbs")
"""Verbs whose object is the side blamed ("اتهم"، "حمل"، "انتقد"); their subject, right after them, is the accuser."""
_DENY_VERBS = rules.words("attacks", "denial_verbs")
_BLAME_REACH = 4


def _state_blamed(ctx: DocContext, frames: list[Frame], code: str) -> bool:
    """True when the incident's own sentences name the country ``code`` (or a city of it) as the state blamed for it:
    accused, held responsible, criticised or denying it ("نفت موسكو مسؤوليتها عن الهجوم"، "تكون موسكو مسؤولة"،
    "انتقد الحلف روسيا بسبب الهجوم"), not the state doing the accusing. The state blamed is not where the
    incident happened: an article on an attack abroad blamed on a state names that state often, and the incident
    must not fall back to it."""
    if not BLAMED_STATE:
        return False
    for si in sorted({f.si for f in frames}):
        words = ctx.sentences[si].words
        for m in ctx.places_in(si, 0, len(words)):
            name = normalize(m.surface)
            if registry_country(m.entry) != code or name in _GENERIC or _nisba(name, normalize(m.entry.canonical)) \
                    or (m.i > 0 and words[m.i - 1] == "في"):
                continue  # (an adjective says whose, "الرئيس الأميركي"; "في" tells a place)
            if _blamed(words, m) or (m.j < len(words) and words[m.j].startswith("مسوولي") and m.i > 0
                                     and bare_in(words[m.i - 1], _DENY_VERBS)):
                return True
            if any(bare_in(words[k], _BLAME_VERBS) for k in range(max(0, m.i - _BLAME_REACH), m.i - 1)):
                return True  # (not the word right after the verb: "واتهمت أنقرة مسلحين" -- Ankara accuses)
    return False


LEAD_PROVINCE = True
"""Switch (A/B): an incident with no place of its own in an article whose lead names one province of the country
and no other place of it ("... محافظة إب وسط اليمن") happened in that province, not just in the country."""


def _lead_province(ctx: DocContext, code: str, frames: list[Frame], past: bool) -> Place | None:
    """The one province of country ``code`` the title and the lead before the incident's first telling name, when
    they name no other place of it (a town or a second province leaves the article's area open; what the lead tells
    after the incident - where its people come from - is detail); never for history told as context (``past``)."""
    if not LEAD_PROVINCE or past:
        return None
    first_told = min(f.si for f in frames)
    found: list[Place] = []
    for si in sorted(k for k in ctx.lead if k < first_told or ctx.sentences[k].is_title):
        for m in ctx.places_in(si, 0, len(ctx.sentences[si].words)):
            if normalize(m.surface) in _GENERIC:
                continue
            p = place_at(ctx, si, m)
            if p.location.country != code or p.base_level in ("country", "region"):
                continue
            found.append(p)
    if not found or any(p.key != found[0].key for p in found[1:]):
        return None
    first = found[0]
    if first.base_level != "governorate" and not first.key.startswith("gov:"):
        return None
    return _lent(first)


_AREA_RADIUS = rules.number("locations", "article_area_radius")
"""Degrees (latitude and longitude) a place may lie from the widest place of its country the article names and
still be inside it: an article on Gaza names Gaza City, Khan Younis and the Strip, all within it; one that also
names Jerusalem or Ramallah is about more than Gaza."""


_TOLD_TWICE = 2


def _one_area(ctx: DocContext, code: str, frames: list[Frame], least: int = 1) -> Place | None:
    """The one area of country ``code`` the article is about, when every place of that country it names lies in
    the widest of them (within ``article_area_radius``): an incident with no place of its own in an article about
    the Gaza Strip (it names the Strip, Gaza City and Khan Younis) happened in the Strip, not just "in Palestine";
    None when the article names places of that country far apart, or none. The incident's own sentences are left
    out: a place the attack rules did not take there ("قتل ثمانية من المقيمين سابقا في الدوحة") must not come back
    as the area (read once per article, country and sentences)."""
    own = frozenset(f.si for f in frames)
    cache = ctx.once("context_place.one_area", dict)  # (country, own sentences) -> (area, witnesses)
    if (code, own) not in cache:
        cache[(code, own)] = _read_one_area(ctx, code, own)
    area, told = cache[(code, own)]
    return area if told >= least else None


def _read_one_area(ctx: DocContext, code: str, own: frozenset[int]) -> tuple[Place | None, int]:
    """The area and how many of the article's place mentions witness it."""
    found: list[Place] = []
    for si, s in enumerate(ctx.sentences):
        if si in own:
            continue
        for m in ctx.places_in(si, 0, len(s.words)):
            if normalize(m.surface) in _GENERIC or (registry_country(m.entry) != code and not any(
                    a.country_code == code for a in m.entry.get("alternatives") or ())):
                continue  # a place of another country (read cheaply before resolving it)
            p = place_at(ctx, si, m)
            if p.location.country != code or p.base_level == "country" or (p.weak and p.base_level not in WEAK_LEVELS):
                continue
            if p.location.lat is None or p.location.lon is None:
                return None, 0  # a place with no coordinates could lie anywhere in the country
            found.append(p)
    if not found:
        return None, 0
    wide = max(found, key=lambda p: p.specificity)
    if not any(p.sentence in ctx.lead and same_area(p, wide) for p in found):
        return None, 0  # the area the news is about is told in its title or lead, not only in a later aside
    lat, lon = wide.location.lat, wide.location.lon
    if all(abs(p.location.lat - lat) <= _AREA_RADIUS and abs(p.location.lon - lon) <= _AREA_RADIUS for p in found):
        return _lent(wide), len(found)
    held = _holding_province(ctx, found)
    if held is not None:
        return _lent(held), len(found)
    return None, 0


AREA_BY_PROVINCE = True
"""Switch (A/B measurement and its tests): when every place of its country an article names lies in one province
and the article names that province in its title or lead ("معارك في مديرية كتاف بمحافظة صعدة"), the province is
the article's one area, however far its districts lie from its seat: a district is inside its province by the
administrative map, not by a distance from the seat's point."""

_PROVINCE_LEVELS = ("governorate", "region")


def _holding_province(ctx: DocContext, found: list[Place]) -> Place | None:
    """The province that holds all of ``found`` (the province itself, at its registry level, is among them and told
    in the title or the lead; the others are its districts and towns, or its seat), else None."""
    if not AREA_BY_PROVINCE:
        return None
    named = [p for p in found if p.base_level in _PROVINCE_LEVELS and p.governorate]
    if not named:
        return _seat_province(ctx, found)
    if len({p.governorate for p in named}) != 1 or not any(p.sentence in ctx.lead for p in named):
        return None
    province, keys = named[0].governorate, {p.key for p in named}
    # the province's seat city shares its merge key (its own governorate field is empty)
    if not all(p.governorate == province or p.key in keys or _town_in(p, province) for p in found):
        return None
    return max(named, key=lambda p: p.specificity)


TOWN_PROVINCE_AREA = True
"""Switch (pass 55, places55): a GeoNames town with no governorate of its own on its place ("المتون"، "الحشوة": its
province is written on the record only, ``locations.city_province``) lies in the province GeoNames files it under when
the article's one area is read by its province (:func:`_holding_province`); off, such a town left the article with no
one area."""


def _town_in(p: Place, province: str) -> bool:
    """True when place ``p``, a town with no governorate on its place, lies in ``province`` by GeoNames' admin-1 code
    (:data:`TOWN_PROVINCE_AREA`)."""
    return TOWN_PROVINCE_AREA and not p.governorate and p.base_level == "city" \
        and city_province(p.location) == province_name(province)


SEAT_PROVINCE_AREA = True
"""Switch (pass 55, places55): an article that names a province only by its seat city ("الحديدة") in its title or lead,
with districts or towns of that province ("الدريهمي"، "التحيتا": rows that name it "Hodeidah"), and no other place of
the country, is about the province: an incident told with no place of its own lies in the province named after the
seat (at the province's level, under the seat's name), not only in the country. Never a capital's (Sanaa is a
province of its own, apart from the governorate around it), and never when the seat is the only place named (an
article on one city is read as before)."""


def _seat_province(ctx: DocContext, found: list[Place]) -> Place | None:
    """The province a seat city named in the title or lead stands for, when every other place of ``found`` lies in
    it and one at least is a district or town of it (:data:`SEAT_PROVINCE_AREA`), else None."""
    if not SEAT_PROVINCE_AREA:
        return None
    world = get_world_gazetteer()
    for s in found:
        if s.base_level != "city" or s.sentence not in ctx.lead or s.location.lat is None:
            continue
        province = s.governorate if s.key.startswith("gov:") else province_name(s.location.name_en)
        if not province:
            continue
        capital = world.capital_of(world.country_en(s.location.country or "") or "")
        if capital is not None and abs(capital[0] - s.location.lat) <= 0.25 and abs(capital[1] - s.location.lon) <= 0.25:
            continue  # the capital: a province of its own
        others = [p for p in found if p.key != s.key]
        if not others or not all(p.governorate == province or _town_in(p, province) for p in others):
            continue
        loc = s.location.model_copy(update={"admin_level": "governorate", "governorate": province, "district": None,
                                            "geo_precision": "approximate"})
        return dataclasses.replace(s, location=loc, governorate=province, level="governorate",
                                   base_level="governorate")
    return None


_ANAPHOR_REACH = 4
"""Tokens past a frame's end an anaphoric place word may stand in its clause ("بدأ الفصيل هجوما لإخراج
المسلحين من المدينة": the city the attack was to take)."""


_WHERE = rules.words("locations", "where_words")
_WHERE_REACH = 3


def _own_name_after(ctx: DocContext, si: int, x: int) -> bool:
    """Whether the place noun at token ``x`` is followed by a place name of its own ("المدينة الساحلية كذا"), not by
    an adjective of origin ("المدينة اليمنية": the city named before, in Yemen; it names no other place)."""
    return any(not _nisba(normalize(m.surface), normalize(m.entry.canonical)) or m.i != x + 1
               for m in ctx.places_in(si, x + 1, x + 3))


_BATTLE_NOUNS = rules.words("locations", "battle_anaphors")
"""Definite nouns of fighting ("المعارك"، "المواجهات") that, opening an incident with no place of its own, point
back to the fighting the sentence before told at its place."""


def _battle_told_before(ctx: DocContext, f: Frame) -> Place | None:
    """"حررت القوات جبالا في مديرية كذا. وأوضح المتحدث أن المعارك أسفرت عن مقتل 18": a definite noun of fighting
    opening the frame, with no place in its sentence, is placed at the narrowest place (not a country) the sentence
    right before names, in the article's country, whatever that sentence tells: no verb there is checked, so a visit
    or a press conference told there ("وزار الوزير مدينة كذا ... وقال إن المعارك أسفرت عن ...") gives its place too
    (the article-level fallback most often gives the same one). The case it is for is a liberation or an advance
    told there, no attack word of its own, so that sentence made no incident the toll could join (fighting told
    with a battle verb joins it by :data:`attacks_incidents.FRONT_PLACE` first)."""
    words = ctx.sentences[f.si].words
    if f.si == 0 or not any(b in _BATTLE_NOUNS for b in bare(words[f.i])) or ctx.places_in(f.si, 0, len(words)):
        return None
    before = [place_at(ctx, f.si - 1, m) for m in ctx.places_in(f.si - 1, 0, len(ctx.sentences[f.si - 1].words))]
    own = [p for p in before if p.base_level != "country" and not p.weak
           and (ctx.country is None or p.location.country == ctx.country)]
    # the narrowest, the last of equals ("في مديرية صرواح غرب محافظة مأرب": the district, not its locator)
    return min(own, key=lambda p: (p.specificity, -p.i)) if own else None


def _where_told(ctx: DocContext, f: Frame) -> Place | None:
    """The place told before "حيث" (where) in the sentence whose clause after it tells the attack: "وقع الاعتداء في
    بلدة هالدورف شرقي ألمانيا، حيث أطلق المسلح النار" - the nearest place before it that is not a country
    or a region, else the nearest one."""
    words = ctx.sentences[f.si].words
    w = next((k for k in range(f.i - 1, max(-1, f.lo - _WHERE_REACH - 1), -1) if words[k] in _WHERE), None)
    if w is None:
        return None
    before = [place_at(ctx, f.si, m) for m in ctx.places_in(f.si, 0, w)]
    strong = [p for p in before if not p.weak]
    return (strong or before or [None])[-1]


def _province_as_city(ctx: DocContext, si: int, x: int) -> Place | None:
    """"المدينة" in an article that names no city before it: the province told before, named after its seat city
    ("حاكم ولاية فاراه ... وشنت طالبان هجمات بهدف السيطرة على المدينة" - Farah, the city and the province)."""
    return _previous_place(ctx, si, x, {"governorate"})


def _reach(ctx: DocContext, f: Frame) -> int:
    """Where the search for an anaphoric place word of frame ``f`` ends: a few tokens past the frame, never past
    a clause mark."""
    toks = ctx.sentences[f.si].tokens
    end = f.hi
    while end < min(len(toks), f.hi + _ANAPHOR_REACH) and not toks[end].clause_start:
        end += 1
    return end


def _border_side(ctx: DocContext, frames: list[Frame], home: str | None) -> Place | None:
    """In an article about a border ("على الحدود مع قطاع غزة") an incident whose victims are of the other side
    ("مقتل 17 فلسطينياً برصاص الاحتلال في مسيرة العودة") happened on their side, not in the country the article
    names most (Israel): the nearest place of that country the article names at a border, else that country."""
    hit = next((c for f in frames if (c := victims_country(ctx, f.si, f.lo, f.hi))), None)
    if hit is None or hit == home or hit not in article_countries(ctx):
        return None
    found: list[tuple[int, Place]] = []
    for si, s in enumerate(ctx.sentences):
        words = s.words
        for m in ctx.places_in(si, 0, len(words)):
            if not any(b in BORDER_WORDS for w in words[max(0, m.i - 3):m.i] for b in bare(w)):
                continue
            p = place_at(ctx, si, m)
            if p.location.country == hit:
                found.append((abs(si - frames[0].si), p))
    if not found:
        return None
    return min(found, key=lambda t: t[0])[1]


def _in_lead(ctx: DocContext, code: str) -> bool:
    """True when the title or lead names a place of that country (the article's news is there)."""
    return code in ctx.title_countries or any(p.location.country == code for si in ctx.lead for p in (
        place_at(ctx, si, m) for m in ctx.places_in(si, 0, len(ctx.sentences[si].words))))


def _previous_place(ctx: DocContext, si: int, x: int, levels: set[str]) -> Place | None:
    """The nearest place of one of ``levels`` told before token ``x`` of sentence ``si``."""
    for k in range(si, -1, -1):
        for m in reversed(ctx.places_in(k, 0, x if k == si else len(ctx.sentences[k].words))):
            p = place_at(ctx, k, m)
            # "القطاع" in news from Israel is the Gaza Strip: a region word points to the region named, wherever it is
            if (p.level in levels or p.base_level in levels) and (
                    ctx.country is None or p.location.country == ctx.country or levels == {"region"}):
                return p
    return None


def _country_place(code: str, si: int) -> Place | None:
    wp = get_world_gazetteer().country(code)
    if wp is None:
        return None
    loc = Location(name=wp.ar, canonical_name=wp.ar, name_en=wp.name_en, admin_level="country",
                   lat=wp.lat, lon=wp.lon, registry_id=wp.id, geo_precision="country",
                   country=wp.country_code, country_name=wp.name_en)
    return Place(loc, f"cc:{wp.country_code}", None, "country", si, 0, 0, True, "country")

