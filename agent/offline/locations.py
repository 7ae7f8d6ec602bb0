"""Places of events: a gazetteer mention (or an unknown village next to a known district) made a Location."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare, bare_in, names_actor
from marsad.agent.offline.locations_cues import (  # noqa: F401  (some are read from here by other modules and tests)
    _COMMON_WORD_TOWNS,
    _CUE_ONLY_TOWNS,
    _EVERYDAY,
    _EVERYDAY_LETTERS,
    _GOVERNORATE_CUES,
    _LAUNCH,
    _NEARBY_SENTENCES,
    _NOT_NAMES,
    _NOUN_TOWNS,
    _ORG_HEADS,
    _ROADS,
    _SETTLEMENT,
    _SMALL_POP,
    _STREETS,
    _STRONG_CUES,
    _accused,
    _against_state,
    _blamed,
    _capital,
    _country_near,
    _cued_in_article,
    _paired,
    bearing_reference,
    coincident,
    descriptive,
    fronted_container,
    guessed_scene,
    his_noun,
    launch_site,
    origin,
    person_name,
    province_of_city,
    province_of_region,
    seat,
    speaker_venue,
)
from marsad.agent.offline.mentions import DIRECTIONS, Mention, world_entry
from marsad.agent.offline.vocab import OBJECT_PRONOUNS
from marsad.core.arabic import normalize
from marsad.core.gazetteer import admin1_countries, get_world_gazetteer, registry_country
from marsad.schemas import Location

__all__ = ["Place", "place_at", "bearing_reference", "fronted_container", "place_key", "same_area", "named_settlement", "descriptive", "unquoted", "sentence_country",
           "victims_country", "nearby_country", "introduced_country", "closest_country", "BORDER_WORDS",
           "WEAK_LEVELS"]

WEAK_LEVELS = rules.phrases("locations", "weak_levels")
_WEAK_IDS = rules.phrases("locations", "weak_ids")
_LEVEL = rules.table("locations", "level")
_SPECIFICITY = rules.table("locations", "specificity")
_NISBA: dict[str, str] = {k + end: v for k, v in rules.table("locations", "country_nisba").items() for end in ("", "ه")}
"""Nationality adjectives (masculine and feminine, normalised) -> the country they name ("تدمر السورية")."""
_FAR_MIN_POP = rules.number("locations", "world_far_min_population")
"""A GeoNames town of a country the article never names, smaller than this, needs a strong place cue."""
_STATED_GAP = rules.number("locations", "stated_country_gap")
"""Tokens (directions, في) a country named right after a place may stand from it ("تريب جنوب فرنسا")."""
_GENERIC = rules.words("context", "generic_place_words")
"""Words the registry lists for a country ("البلاد") that do not say which country."""
_DWARF = rules.number("locations", "namesake_dwarf_ratio")
"""A namesake this many times bigger, in a country the article names, beats the article's country's homonym."""
_MIN_SHARE = rules.number("locations", "article_country_min_share")
_REFERENCE_NOUNS = rules.words("locations", "reference_nouns")
"""Nouns that may stand between a bearing and a city it is told from ("شمال العاصمة صنعاء")."""
_REFERENCE_LEVELS = rules.phrases("locations", "reference_levels")
"""Registry levels of a place a town may be told by its bearing from (a town lies in that place's country)."""
_ADJECTIVES = frozenset(w for w in rules.words("locations", "not_place_names_after_noun")
                        if not w.startswith("ال") and w.endswith(("ه", "ي")) and len(w) > 4)
"""Indefinite adjectives of the place-name stop list ("مجاورة"، "متفرقة"، "سكنية")."""
_LINKS = rules.words("locations", "country_links")
"""Words that may join a town to the country named after it ("X في فرنسا"، "X داخل سوريا")."""
_PARENT_LINKS = rules.words("locations", "parent_links")
"""Linkers between an unknown settlement and the known place it lies in ("قرية X التابعة لقضاء Y")."""
_PARENT_UNITS = rules.words("locations", "parent_units")
"""Administrative nouns that may stand between an unknown settlement and its known parent ("في قضاء الحويجة")."""
_STATE_VERBS = rules.words("locations", "state_speech_verbs")
"""Verbs of speech and stance whose subject, a capital or a country, stands for its state ("وقالت طهران إن"،
"اتهمت موسكو"، "ردت أنقرة"; "طهران تتهم" at a clause's start): such a place is not where an incident happened."""
_PRESENT_STATE_VERBS = frozenset(v for v in _STATE_VERBS if v.startswith("ت") and not v.endswith("ت"))
"""Their present tense ("طهران تتهم"), which may follow the subject at a clause's start."""
_SUBJECT_OPENERS = rules.words("locations", "subject_openers")
"""Particles after which a clause's subject comes first ("إلا أن طهران لم تعلن"، "لكن دمشق تنفي")."""
_NEGATIONS = rules.words("locations", "verb_negations")
"""Negation particles that may stand between a subject and its present-tense verb ("طهران لم تعلن")."""


@dataclass(frozen=True)
class Place:
    """A resolved place and where it was written."""

    location: Location
    key: str  # merge key: the governorate for a governorate or its seat, else the registry id / name
    governorate: str | None
    level: str
    sentence: int
    i: int
    j: int
    weak: bool = False
    base_level: str = "area"  # the registry's level, before "جنوب"/"قرية" adjust it
    by_row: bool = False  # its governorate is the province a curated district row names (:func:`row_held`)

    @property
    def specificity(self) -> int:
        if self.level in {"village"} or (self.location.model_extra or {}).get("within"):
            return _SPECIFICITY["village"]
        if self.base_level == "area" and not self.location.district:
            return _SPECIFICITY["governorate"]  # a desert or a mountain range: as wide as a governorate
        base = _SPECIFICITY.get(self.base_level, 5)
        return base - 0.5 if self.level == "area" and self.base_level != "area" else base  # "جنوب كركوك"


def place_key(entry) -> str:
    """Governorates and their seat cities share one key ("كركوك" = "محافظة كركوك"); other places their id."""
    level = entry.get("admin_level")
    if level == "governorate" or entry.get("governorate_seat"):
        return f"gov:{entry.get('governorate')}"
    return entry.id


def same_area(a: Place, b: Place) -> bool:
    """True when two places can be the same event location (equal, or one a governorate holding the other)."""
    if a.key == b.key:
        return True
    # "جنوب شرق تركيا" in the lead and "مقاطعة سيرناك" in the details: a part of a country holds its provinces
    # and towns (a bare country name does not: news names it as the frame of several incidents)
    wide, narrow = (a, b) if a.base_level == "country" else (b, a)
    if wide.base_level == "country" and narrow.base_level != "country" \
            and wide.location.country and wide.location.country == narrow.location.country \
            and not (SETTLEMENT_IN_COUNTRY and (wide.location.model_extra or {}).get("within")):
        return True
    if a.governorate and a.governorate == b.governorate:
        wide = {"governorate", "area", "region"}
        if a.key.startswith("gov:") or b.key.startswith("gov:") or a.base_level in wide or b.base_level in wide:
            return True
    return SAME_NAME and _one_name(a, b)


SETTLEMENT_IN_COUNTRY = True
"""Switch (A/B measurement and its tests): a settlement no gazetteer knows, told by its unit noun before a country
("في مدينة كذا وسط اليمن"، "قرية كذا شمال البلاد"), is one town of that country (``within``), not a part of the
country holding its provinces and towns: an incident told there and one told later in another province are two."""


SAME_NAME = True
"""Switch (A/B measurement and its tests): a place no gazetteer knows, named again with or without its unit noun or
with another reference place ("في منطقة كذا" and "في منطقة كذا جنوب العاصمة"), is the same place: their merge keys
differ (one is keyed by the known place it was told near) but the name is one."""


def _one_name(a: Place, b: Place) -> bool:
    """True when two places, one or both a name no gazetteer knows (a bare name or one told within a known place),
    carry the same name once a leading unit noun ("منطقة"، "قرية") is set aside, in no two different countries."""
    unknown = [p.key.startswith("name:") or bool((p.location.model_extra or {}).get("within")) for p in (a, b)]
    if not any(unknown) or (a.location.country and b.location.country and a.location.country != b.location.country):
        return False
    name = _bare_name(a)
    return bool(name) and name == _bare_name(b)


def _bare_name(p: Place) -> str:
    """A place's name, normalised, without a leading unit noun ("منطقة بيت كذا" -> "بيت كذا")."""
    words = normalize(p.location.name or "").split()
    if len(words) > 1 and bare_in(words[0], _SETTLEMENT):
        words = words[1:]
    return " ".join(words)


def row_held(a: Place, b: Place) -> bool:
    """True when two places are one area (:func:`same_area`) only through the province a curated district row of the
    world gazetteer names (``gazetteer.json`` places, a row's last field: "صرواح" in "Marib"): their keys differ,
    they share that governorate, and one of them is such a district or a place told within one (``by_row``). The
    attack rules join by it more carefully than by the registry's own governorates
    (:func:`marsad.agent.offline.attacks_clusters._compatible`)."""
    return a.key != b.key and bool(a.governorate) and a.governorate == b.governorate and (a.by_row or b.by_row) \
        and same_area(a, b)


def place_at(ctx: DocContext, si: int, m: Mention) -> Place:
    """The Location for a place mention, with a direction ("جنوب كركوك") or an unknown village in front.

    Computed once per mention and document (the rules ask for the same place again and again, once per frame
    of its sentence): remembered in the document context's memo.

    Args:
        ctx: the document context.
        si: sentence index.
        m: a place mention.
    """
    memo = getattr(ctx, "memo", None)
    if memo is None:
        return _place_at(ctx, si, m)
    seen = memo.get(_PLACE_MEMO)
    if seen is None:
        seen = memo[_PLACE_MEMO] = {}
    key = (si, m.i, m.j, m.start, m.end, m.surface, m.glued, id(m.entry))
    hit = seen.get(key)
    if hit is None:  # (the entry is kept with the answer: its id stays its own while the memo lives)
        hit = seen[key] = (m.entry, _place_at(ctx, si, m))
    return hit[1]


_PLACE_MEMO = "locations.place_at"


def _place_at(ctx: DocContext, si: int, m: Mention) -> Place:
    """:func:`place_at` computed."""
    s = ctx.sentences[si]
    if normalize(m.surface) in _GENERIC:  # "شرق البلاد": the article's country, which the registry's word leaves to Iraq
        home = ctx.country if ctx.country_share >= _MIN_SHARE else lead_country(ctx) or said_country(ctx, si)
        if home and home != registry_country(m.entry) and (wp := get_world_gazetteer().country(home)) is not None:
            m = replace(m, entry=world_entry((wp,)))
        elif home is None and ctx.country != registry_country(m.entry):
            # "بداخل البلاد" in an article that names no one country: some country, not Iraq by default
            loc = Location(name=m.surface, admin_level="country", geo_precision="unresolved")
            return Place(loc, f"name:{normalize(m.surface)}", None, "country", si, m.i, m.j, True, "country")
    side = border_side(ctx, si, m)
    if side is not None:  # "قرب الحدود السورية" in news from Turkey: Turkey's border with Syria, not Iraq's
        loc = Location(name=m.surface, admin_level="area", geo_precision="unresolved", country=side,
                       country_name=get_world_gazetteer().country_en(side))
        return Place(loc, f"name:{normalize(m.surface)}:{side}", None, "area", si, m.i, m.j, False, "area")
    other = other_side(ctx, si, m) if OTHER_SIDE else None
    if other is not None:  # "مواقع باكستانية قرب الحدود": Pakistan's side of the border
        side, b = other
        start = s.token_span(b, m.j)[0]
        loc = Location(name=unquoted(ctx.quote(start, m.end)), admin_level="area", geo_precision="unresolved",
                       country=side, country_name=get_world_gazetteer().country_en(side))
        return Place(loc, f"name:{normalize(m.surface)}:{side}", None, "area", si, b, m.j, False, "area")
    stated = stated_country(ctx, si, m)
    e = entry_in_country(m.entry, stated or ctx.country)
    if stated is None and e is m.entry:
        e = entry_in_country(m.entry, next((c for c in article_countries(ctx, normalize(m.surface))
                                            if _has_alternative(m.entry, c)), None))
    if e is not m.entry and stated is None and m.entry.get("source") == "geonames" \
            and registry_country(m.entry) in article_countries(ctx, normalize(m.surface)) \
            and (m.entry.get("population") or 0) >= _DWARF * (e.get("population") or 0):
        e = m.entry  # "هافانا" in news about Cuba and the United States: Havana, not a village in Florida
    unresolve, country, doubtful = _implausible(ctx, si, m, e, stated)
    if not unresolve and m.i > 0 and bare_in(ctx.sentences[si].words[m.i - 1], _ORG_HEADS):
        unresolve, country, doubtful = True, None, True  # "فيلق القدس"، "سرايا القدس": a force's name, not the city
    if CUE_ONLY and normalize(m.surface) in _CUE_ONLY_TOWNS and not (
            m.i > 0 and bare_in(ctx.sentences[si].words[m.i - 1], _STRONG_CUES)):
        unresolve, country, doubtful = True, None, True  # "من الفصائل المقاتلة": the factions, not a village
    if not unresolve and HIS_NOUN and his_noun(ctx, si, m, e):
        unresolve, country, doubtful = True, None, True  # "في حديثه مع": his talk, not Haditha
    if (not unresolve or (EVERYDAY_FIRST and country is not None and not doubtful)) and common_word(ctx, si, m, e):
        # "في مشهد مؤثر": a scene, not Mashhad; nor, read as written, a place of the article's own country ("قيادات
        # من الصف الأول": the first rank, not a town of Yemen named like Egypt's Al Saff)
        unresolve, country, doubtful = True, None, True
    if not unresolve and person_name(ctx, si, m):
        unresolve, country, doubtful = True, None, True  # "علي سالم": a man, not Salem
    if not unresolve and road_name(ctx, si, m, e):
        unresolve, country, doubtful = True, None, True  # "طريق صلاح الدين" in Gaza: a road, not the Iraqi province
    start, end, i = m.start, m.end, m.i
    level = e.get("admin_level") or "area"
    geo = None
    name_override = None
    speaker = speaking_state(ctx, si, m)
    # "محافظة الحديدة": the governorate named after the city, not the city
    province = not unresolve and (province_of_city(ctx, si, m, e) or province_of_region(ctx, si, m, e))
    if province:  # "بإقليم ماردين": the unit word without its clitic
        cue = next((b for b in bare(s.words[i - 1]) if b in _GOVERNORATE_CUES), None)
        if cue is not None:  # (none in a dual, "محافظتي صعدة وحجة": the name alone)
            start = s.raw_span(s.tokens[i - 1].ns + len(s.words[i - 1]) - len(cue), s.tokens[i - 1].ne)[0]
            i -= 1
        level, geo = "governorate", "approximate"
    district = not unresolve and not province and district_of_town(ctx, si, m, e)
    if district:  # "بمديرية المتون": the district named after the town, with its unit word
        cue = next(b for b in bare(s.words[i - 1]) if b in _DISTRICT_UNITS)
        start = s.raw_span(s.tokens[i - 1].ns + len(s.words[i - 1]) - len(cue), s.tokens[i - 1].ne)[0]
        i -= 1
        level = "district"
    # "جنوب كركوك", "في محيط جنوب كركوك"
    if i > 0 and bare_in(s.words[i - 1], DIRECTIONS):
        d = next(b for b in bare(s.words[i - 1]) if b in DIRECTIONS)  # "بجنوب فرنسا": without the clitic
        start = s.raw_span(s.tokens[i - 1].ns + len(s.words[i - 1]) - len(d), s.tokens[i - 1].ne)[0]
        level, geo = "area", "approximate"
        i -= 1
    # "قرية السعدونية في قضاء الحويجة": an unknown settlement right before a known place
    village = _unknown_settlement_before(ctx, si, m)
    if village is not None:
        vi, vj = village
        head_bare = next(b for b in bare(s.words[vi]) if b in _SETTLEMENT)
        start = s.raw_span(s.tokens[vi].ns + len(s.words[vi]) - len(head_bare), s.tokens[vi].ne)[0]
        end = s.token_span(vi, vj)[1]
        name_override = unquoted(ctx.quote(start, end))  # 'منطقة "باي أوغلو"' -> 'منطقة باي أوغلو'
        said = next((_NISBA[b] for w in s.words[vi + 1:vj] for b in bare(w) if b in _NISBA), None)
        if said and said != registry_country(e):  # "بلدة سوروتش التركية": in Turkey
            unresolve, country, doubtful = True, said, False
        level = _LEVEL.get(next((b for b in bare(s.words[vi]) if b in _LEVEL), ""), "area")
        geo = "district" if e.get("admin_level") in {"district", "subdistrict", "city"} else "governorate"
        i = vi
    if unresolve:
        loc = Location(name=name_override or unquoted(ctx.quote(start, end)), admin_level=level, geo_precision="unresolved",
                       **({"country": country, "country_name": get_world_gazetteer().country_en(country)}
                          if country else {}),
                       **({"within": m.surface} if name_override and country == registry_country(e) else {}))
        key = f"name:{normalize(m.surface)}" if not name_override else f"name:{normalize(m.surface)}:{name_override}"
        return Place(loc, key, None, level, si, i, m.j, doubtful, e.get("admin_level") or "area")
    loc = Location(
        name=name_override or unquoted(ctx.quote(start, end)),
        canonical_name=None if name_override else e.canonical,
        name_en=None if name_override else f"{e.name_en} District" if district and e.name_en else e.name_en,
        district=e.get("district") if e.get("admin_level") not in {"governorate", "country", "region"} else None,
        governorate=province_name(e.name_en if province and not name_override else e.get("governorate")),
        lat=e.get("lat"), lon=e.get("lon"),
        admin_level=level,
        registry_id=None if name_override else e.id,
        geo_precision=geo or ("country" if e.get("admin_level") == "country" else
                              "approximate" if e.get("coord_precision") == "approximate" else "exact"),
        **country_fields(e),
        **({"within": e.canonical} if name_override else {}),
    )
    # "في إقليم هلمند": a province the world registry files as a region, as strong as any governorate
    weak = (e.get("admin_level") in WEAK_LEVELS and not (province and not name_override)) or e.id in _WEAK_IDS \
        or speaker or bearing_reference(ctx, si, m) \
        or fronted_container(ctx, si, m) or speaker_venue(ctx, si, m) or seat(ctx, si, m) or coincident(ctx, si, m) \
        or launch_site(ctx, si, m) or origin(ctx, si, m) or guessed_scene(ctx, si, m)
    key = place_key(e) if not name_override else f"{e.id}:{name_override}"
    base = "governorate" if province and not name_override else e.get("admin_level") or "area"
    by_row = e.id.startswith("rg:") and base not in {"governorate", "region", "country"} and bool(loc.governorate)
    return Place(loc, key, loc.governorate, level, si, i, m.j, weak, base, by_row)


WITHIN_PROVINCE = True
"""Switch (pass 51): a place no gazetteer knows told within a town the record knows no province of ("قرية الشعابي"
within تعز, at the town's point and district precision: ``named_places.within``) lies in that town's province
(:func:`city_province`); off, its governorate was None. Record-only, as ``attacks_records.CITY_PROVINCE``."""

CAPITAL_PROVINCE = True
"""Switch (pass 51): a capital of a country ``gazetteer.admin1_countries`` names the provinces of ("دمشق"، "الرياض"،
"كابل") takes the province the table files it under (Damascus, Riyadh Region, Kabul Province) like any city of it
(:func:`city_province`); the capitals of other countries still take none (Sanaa is Amanat al-Asimah, which the curated
rows of the province around it do not name); off, no capital took one."""

PROVINCE_NAME = True
"""Switch (pass 52): a record's province is written by its name alone, as the registry writes its own ("Saada",
"Marib") and annotators write every one: the unit word GeoNames and the curated rows end a name with
(``locations.json`` ``province_name_units``: "Hajjah Governorate", "Kabul Province", "Asir Region", a Libyan
"Misrata District") is dropped, unless the name is no more than a direction without it (``province_name_keep``:
"Eastern Province", "North Governorate"); off, the two forms stood side by side, and places of one province took two
names."""
_PROVINCE_UNITS = rules.sequence("locations", "province_name_units")
_PROVINCE_KEEP = frozenset(rules.sequence("locations", "province_name_keep"))


def province_name(name: str | None) -> str | None:
    """``name``, a province's English name, without its trailing unit word (:data:`PROVINCE_NAME`)."""
    if not PROVINCE_NAME or not name:
        return name
    head, _, unit = name.rpartition(" ")
    return head if unit in _PROVINCE_UNITS and head and head not in _PROVINCE_KEEP else name


CURATED_PROVINCE = True
"""Switch (pass 51): a curated town ("سوروتش", ids ``rg:``) with no province of its own takes the one
``gazetteer.ADMIN1_PROVINCES`` gives it (:func:`city_province`)."""

_SEAT_REACH = 0.25
"""Degrees within which a registry city's GeoNames namesake must lie (:func:`city_province`)."""


def city_province(loc: Location) -> str | None:
    """The province a city with none lies in, from GeoNames: a GeoNames city's ``province``
    (``gazetteer.ROW_PROVINCES``: "المخا" in Taiz; ``gazetteer.ADMIN1_PROVINCES``: "عفرين" in Aleppo), or a curated
    town's (:data:`CURATED_PROVINCE`: "سوروتش" in Şanlıurfa); a place told within such a town, the town's
    (:data:`WITHIN_PROVINCE`); a registry city's GeoNames namesake (its name in its country, within
    ``_SEAT_REACH`` degrees of its point) with its ``region`` or ``province`` ("صعدة": Saada); a country's capital
    never (often a province of its own: Sanaa's Amanat al-Asimah) unless the admin-1 table names its province
    (:data:`CAPITAL_PROVINCE`); else None."""
    return province_name(_city_province(loc) or _seat_province(loc))


SEAT_PROVINCE = True
"""Switch (pass 52): a town of a country GeoNames files under too few first-level units to name its provinces (the
Palestinian territories: two codes, the Gaza Strip and the West Bank, for sixteen governorates) lies in the
governorate whose seat is nearest its point, within ``_SEAT_PROVINCE_REACH`` degrees (``locations.json``
``province_seats``: the ISO 3166-2 governorates, each at its seat's GeoNames point: "بيت لاهيا" in North Gaza,
"البريج" in Deir al-Balah); so is a place told off or within such a town ("شرق خان يونس"). A wide region ("قطاع غزة")
keeps none. Off, these records had no province."""
_SEATS: dict[str, list[tuple[str, float, float]]] = {}
for _code, _lat, _lon in rules.sequence("locations", "province_seats"):  # ["PS:Gaza", "31.50161", "34.46672"]
    _SEATS.setdefault(_code.split(":", 1)[0], []).append((_code.split(":", 1)[1], float(_lat), float(_lon)))
_SEAT_PROVINCE_REACH = 0.25


def _seat_province(loc: Location) -> str | None:
    """The governorate of :data:`SEAT_PROVINCE` a town (or a place told off or within it) lies in, else None."""
    seats = _SEATS.get(loc.country or "") if SEAT_PROVINCE else None
    if not seats or loc.governorate or loc.lat is None or loc.lon is None:
        return None
    extra = loc.model_extra or {}
    rid = extra.get("registry_id") or ""
    if not (loc.admin_level == "city" or (loc.admin_level == "area" and rid.startswith(("gn:", "rg:")))
            or (extra.get("within") and loc.geo_precision == "district")):
        return None  # "قطاع غزة"، "شمال قطاع غزة": the region, at its middle, is in no one governorate
    name, lat, lon = min(seats, key=lambda seat: (seat[1] - loc.lat) ** 2 + (seat[2] - loc.lon) ** 2)
    return name if abs(lat - loc.lat) <= _SEAT_PROVINCE_REACH and abs(lon - loc.lon) <= _SEAT_PROVINCE_REACH else None


def _city_province(loc: Location) -> str | None:
    """:func:`city_province` before its name is written alone."""
    extra = loc.model_extra or {}
    if WITHIN_PROVINCE and not loc.governorate and extra.get("within") and loc.geo_precision == "district" \
            and loc.lat is not None and loc.lon is not None:  # "قرية X في مدينة تعز": the town's province
        return city_province(Location(name=extra["within"], admin_level="city", lat=loc.lat, lon=loc.lon,
                                      country=loc.country))
    rid = extra.get("registry_id") or ""
    if loc.governorate or loc.lat is None or loc.lon is None or (rid.startswith("rg:") and not CURATED_PROVINCE) \
            or not (loc.admin_level == "city" or (loc.admin_level in ("district", "area") and rid.startswith(("gn:", "rg:")))):
        return None  # (a district named after a GeoNames town, :data:`DISTRICT_OF_TOWN`, or a bearing off the town or
        # such a district, "شرق مديرية الجراحي"، "جنوب الشيخ زويد", lies in the town's province)
    world = get_world_gazetteer()
    names = [n for n in (loc.canonical_name, loc.name) if n]
    if rid.startswith(("gn:", "rg:")):
        return next((p.province for n in names for p in world.lookup(n) if p.id == rid), None)
    capital = world.capital_of(world.country_en(loc.country or "") or "")
    if capital is not None and abs(capital[0] - loc.lat) <= _SEAT_REACH and abs(capital[1] - loc.lon) <= _SEAT_REACH \
            and not (CAPITAL_PROVINCE and loc.country in admin1_countries()):
        return None
    return next((p.region or p.province for n in names for p in world.lookup(n)
                 if p.country_code == loc.country and (p.region or p.province) and p.lat is not None
                 and abs(p.lat - loc.lat) <= _SEAT_REACH and abs(p.lon - loc.lon) <= _SEAT_REACH), None)


NOUN_TOWNS = True  # module flag, for A/B measurement only
CUE_ONLY = True  # module flag, for A/B measurement only


EVERYDAY_TOWNS = True  # module flag, for A/B measurement only


def common_word(ctx: DocContext, si: int, m: Mention, e) -> bool:
    """True when a world town's name is also an everyday word news writes far more often ("في مشهد مؤثر" a
    scene, "الرباط الصليبي" a ligament, "وصفهم بالشهداء" martyrs) and nothing says the town is meant: no strong
    place cue before it ("مدينة مشهد") and its country named nowhere else in the article ("مشهد شرق إيران")."""
    if e.get("source") != "geonames":
        return False
    surface = normalize(m.surface)
    if surface not in _COMMON_WORD_TOWNS and not (NOUN_TOWNS and surface in _NOUN_TOWNS) and not (EVERYDAY_TOWNS and any(
            len(b) >= _EVERYDAY_LETTERS and b in _EVERYDAY for b in bare(surface))):
        return False
    words = ctx.sentences[si].words
    if m.i > 0 and bare_in(words[m.i - 1], _STRONG_CUES):
        return False
    if CUED_ELSEWHERE and _cued_in_article(ctx, surface):
        return False
    code = registry_country(e)
    if SMALL_EVERYDAY and (e.get("population") or 0) < _SMALL_POP and not _capital(e) \
            and not _country_near(ctx, si, code, surface, 0, towns_only=SMALL_TOWN_VOUCH):
        return True  # "على الوجه المطلوب"، "عدد من الخبراء": the word, though the article is Saudi
    named = article_countries(ctx, surface)
    if EVERYDAY_NEAR and code in named and code != named[0] and code != ctx.country and not _capital(e):
        return not _country_near(ctx, si, code, surface)
    return code not in named


EVERYDAY_FIRST = True
"""Switch: a world town named by an everyday word is that word before it is read as a place of the article's country
with the name as written (:func:`_implausible`): the word is the likelier reading of both (A/B measurement)."""


EVERYDAY_NEAR = True
"""Switch: in an article naming several countries, a town named by an everyday word belongs to one of them only when
that country is the article's own or is named near it (its sentence or the ``nearby_country_sentences`` around):
"وصفهم بالشهداء" in a round-up of nine countries is the martyrs, not the Egyptian town. A capital ("كييف") is left
to the test above."""


SMALL_EVERYDAY = True
"""Switch: a small world town (under ``everyday_small_population`` people, or of unknown size) named by an everyday word
and told with no strong cue is that word even in an article of its country ("على الوجه المطلوب" the due manner, not
Al Wajh, in Saudi news; "في كلمة متلفزة" a speech, not a hamlet of Iran), unless a place of its country other than
itself stands in the same sentence ("بالهدا في محافظة الطائف") or the article names it with a cue elsewhere."""


SMALL_TOWN_VOUCH = True
"""Switch: for a small town named by an everyday word, only a place *within* its country in the same sentence says
the town is meant ("بالهدا في محافظة الطائف"); the country's own name does not ("فك حصار البلدتين" beside "المدعومة من
إيران" is a siege, not a hamlet of Iran): news names countries for who backs whom far more often than for where."""


HIS_NOUN = True
"""Switch: a place whose name ends in "ة" but is written here with "ه" and no article, whose stem is an everyday word
("في حديثه" his talk, "في بيانه" his statement, "وجده خاليا" found him, "في حواره" his interview), is that word with the
pronoun "his", not Haditha, Jeddah or Huwara; a strong place cue before it ("مدينة حديثه") keeps the place."""


CUED_ELSEWHERE = True
"""Switch: a world town named by an everyday word is the town wherever the article names it once after a strong
place cue ("مدينة الحزم ... قرب الحزم"): the writer has said which is meant."""


STREETS = True  # module flag, for A/B measurement only


def road_name(ctx: DocContext, si: int, m: Mention, e) -> bool:
    """True when a place abroad names a road of the article's country ("طريق صلاح الدين" in Gaza, named after
    the man, not the Iraqi province): right after "طريق", and the country the article's other names vote for is
    another one. A road to a town of the article's own country ("طريق الطائف") keeps the town."""
    words = ctx.sentences[si].words
    street = STREETS and m.i > 0 and (
        bare_in(words[m.i - 1], _STREETS)
        or (m.i > 1 and words[m.i].startswith("و") and bare_in(words[m.i - 2], _STREETS)))
    if not street and (m.i == 0 or not bare_in(words[m.i - 1], _ROADS)):
        return False
    home = _home(ctx, normalize(m.surface))
    return home is not None and registry_country(e) not in (None, home)


def speaking_state(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when the place is the subject of a verb of speech or stance and so stands for its state:
    "وقالت طهران إن ..."، "اتهمت موسكو ..."، "ردت أنقرة"؛ "طهران تتهم ..." at a clause's start or after a
    particle ("إلا أن طهران لم تعلن"). A place after a place cue ("قالت مصادر في طهران") is never one."""
    s = ctx.sentences[si]
    words = s.words
    if m.i > 0 and bare_in(words[m.i - 1], _STATE_VERBS) and not s.tokens[m.i].clause_start:
        return True
    if RESUMPTIVE_STATE and m.i > 0 and _resumptive_state_verb(words[m.i - 1]) and not s.tokens[m.i].clause_start:
        return True
    if (_accused(ctx, si, m) or _paired(ctx, si, m) or (BLAMED and _blamed(words, m))) and _capital(m.entry):
        return True
    if _against_state(words, m):
        return True
    v = m.j + 1 if m.j < len(words) and words[m.j] in _NEGATIONS else m.j  # "إلا أن طهران لم تعلن"
    return v < len(words) and bare_in(words[v], _PRESENT_STATE_VERBS) \
        and (m.i == 0 or s.tokens[m.i].clause_start or words[m.i - 1] in _SUBJECT_OPENERS) \
        and not any(s.tokens[k].clause_start for k in range(m.j, v + 1))


BLAMED = True  # module flag, for A/B measurement only

RESUMPTIVE_STATE = True
"""Switch (pass 48): a verb of speech or stance that carries an object pronoun, right before a capital or a country,
has that state as its subject: the verb of a relative clause whose object is the noun before it ("الهجوم الذي نسبته
أنقرة إلى التنظيم"، "العقوبات التي فرضتها واشنطن"، "وهو ما نفته موسكو"). The state stands for its government there,
as after the bare verb (:data:`_STATE_VERBS`); it is not where the incident happened."""


def _resumptive_state_verb(word: str) -> bool:
    """True when ``word`` is a past verb of :data:`_STATE_VERBS` (ending in "ت") with an object pronoun glued to it."""
    for pronoun in OBJECT_PRONOUNS:
        stem = word[:-len(pronoun)]
        if word.endswith(pronoun) and stem.endswith("ت") and len(stem) >= 3 and bare_in(stem, _STATE_VERBS):
            return True
    return False


def stated_country(ctx: DocContext, si: int, m: Mention) -> str | None:
    """The country the sentence names right after a town: "تريب جنوب فرنسا"، "قرية X في ليبيا"، "تدمر السورية".

    Only a town of the world gazetteer is asked (the registry's places and countries are what they say).
    """
    if m.entry.get("source") != "geonames":
        return None
    words = ctx.sentences[si].words
    if m.j < len(words):
        code = next((_NISBA[b] for b in bare(words[m.j]) if b in _NISBA), None)
        if code:
            return code
    if PARENT_STATED and (code := _parent_country(ctx, si, m)):
        return code
    for q in ctx.mentions[si]:
        if q.kind != "places" or q.i < m.j or q.i - m.j > _STATED_GAP:
            continue
        gap = words[m.j:q.i]
        if q.entry.get("admin_level") == "country" and all(w in DIRECTIONS or w in _LINKS for w in gap) \
                and (gap or words[q.i].startswith("ب")):  # "X بفرنسا"، not "X وسوريا" (a list)
            # "شمال البلاد": the article's country
            return _home(ctx, normalize(m.surface)) if normalize(q.surface) in _GENERIC else registry_country(q.entry)
        # "مديرية همدان شمال العاصمة صنعاء": a town told by its bearing from a city lies in that city's country
        if gap and gap[0] in DIRECTIONS and all(w in DIRECTIONS or w in _LINKS or w in _REFERENCE_NOUNS for w in gap) \
                and q.entry.get("admin_level") in _REFERENCE_LEVELS \
                and (q.entry.get("source") != "geonames" or (q.entry.get("population") or 0) >= _FAR_MIN_POP):
            return registry_country(q.entry)
        break
    return None


PARENT_STATED = True
"""Switch: a town followed by its administrative parent ("منطقة X بمديرية Y"، "قرية X التابعة لمحافظة
Y") lies in that parent's country: a GeoNames namesake abroad is resolved within it (A/B measurement and its test)."""
_PARENT_ADMIN_UNITS = rules.words("locations", "admin_parent_units")
"""Administrative unit words that introduce the unit holding a place ("بمديرية"، "في محافظة"، "التابعة لقضاء")."""
_PARENT_ADMIN_LINKS = rules.words("locations", "admin_parent_links")
"""Words that may stand between a place and its parent's unit word ("في"، "التابعة"، "الواقعة")."""
_PARENT_LEVELS = frozenset({"district", "subdistrict", "governorate", "region"})


def _parent_unit(words: list[str], j: int) -> int | None:
    """Where the unit word of an administrative parent told right after token ``j`` stands ("بمديرية"، "التابعة
    لمحافظة": at most two link words before it), or None."""
    k = j
    while k < len(words) and k - j < 2 and words[k] in _PARENT_ADMIN_LINKS:
        k += 1
    return k if k < len(words) and bare_in(words[k], _PARENT_ADMIN_UNITS) else None


def _parent_country(ctx: DocContext, si: int, m: Mention) -> str | None:
    """The country of the administrative parent told right after a town ("منطقة X بمديرية Y"): a unit word
    (after at most two link words) and a known district, governorate or region, or a big city, right after it."""
    words = ctx.sentences[si].words
    k = _parent_unit(words, m.j)
    if k is None:
        return None
    for q in ctx.mentions[si]:
        if q.kind != "places" or q.i != k + 1 or normalize(q.surface) in _GENERIC:
            continue
        level = q.entry.get("admin_level")
        if level in _PARENT_LEVELS or (level == "city" and (q.entry.get("source") != "geonames"
                                                            or (q.entry.get("population") or 0) >= _FAR_MIN_POP)):
            return registry_country(entry_in_country(q.entry, ctx.country))
    return None


def country_told_after(ctx: DocContext, si: int, j: int) -> str | None:
    """The country of the known place that places a name ending at token ``j``: its bearing from a city or region
    ("منطقة الزيتون شرق مدينة غزة") or its administrative parent ("منطقة X بمديرية Y"، "التابعة لمحافظة Y"); None
    when none follows it. A name no gazetteer knows lies in that place's country."""
    words = ctx.sentences[si].words
    k = j
    if BEARING_HOME and k + 1 < len(words) and words[k] in _LYING and bare_in(words[k + 1], DIRECTIONS):
        k += 1  # "مدينة X الواقعة جنوب البلاد"
    if k < len(words) and bare_in(words[k], DIRECTIONS):
        k += 1
        while BEARING_HOME and k < len(words) and bare_in(words[k], DIRECTIONS):
            k += 1  # "شمال غرب باكستان"
        unit = k < len(words) and bare_in(words[k], _REFERENCE_NOUNS)
    else:
        k = _parent_unit(words, j)
        if k is None:
            return None
        unit = True
    at = {k, k + 1} if unit else {k}  # "مدينة غزة" may be one registry name or a unit word and a name
    for q in ctx.mentions[si]:
        if q.kind == "places" and q.i in at and normalize(q.surface) not in _GENERIC:
            return place_at(ctx, si, q).location.country
        if BEARING_HOME and q.kind == "places" and q.i == k and not unit:
            return place_at(ctx, si, q).location.country  # "جنوب البلاد": the country the article is about, if known
    return None


BEARING_HOME = True
"""Switch (pass 46, A/B): a name's bearing may be told after "الواقعة" and with two direction words ("شمال غرب"), and
from "البلاد" (the article's own country, as :func:`place_at` reads it) - "بمدينة X الواقعة جنوب البلاد"."""
_LYING = frozenset(normalize(w) for w in ("الواقعة", "الواقع"))


def article_countries(ctx: DocContext, without: str = "", towns: bool = True) -> tuple[str, ...]:
    """Countries the article names — as countries (not the generic "البلاد") or by their places —, the most
    named first, leaving out the votes of the place name ``without`` (a homonym abroad named five times must
    not make its own country the article's)."""
    votes = ctx.country_votes
    if votes is None:
        votes = {}
        for ms in ctx.mentions:
            for m in ms:
                name = normalize(m.surface)
                if m.kind == "places" and name not in _GENERIC:
                    code = registry_country(m.entry)
                    if code:
                        town = m.entry.get("source") == "geonames" and m.entry.get("admin_level") != "country"
                        votes.setdefault(code, Counter())[(name, town)] += 1
        ctx.country_votes = votes
    totals = Counter({code: sum(n for (name, town), n in names.items() if name != without and (towns or not town))
                      for code, names in votes.items()})
    return tuple(c for c, n in totals.most_common() if n)


def border_side(ctx: DocContext, si: int, m: Mention) -> str | None:
    """The third country whose border it is when a registry border of Iraq is written naming only the other
    country ("الحدود السورية"، "الحدود مع سوريا") in news about a third country (Turkey's border with Syria):
    the one country its sentence names by a nationality adjective ("بلدة تركية قرب الحدود"), else
    the article's country when it holds half the place votes, else the country the article names most after the
    named neighbour when that is not Iraq ("قرب الحدود السورية" in a story of Turkish soldiers that also names
    Syria and Iraq); None otherwise (news about Iraq, or about the neighbour, keeps the registry's)."""
    if m.entry.get("source") is not None or not m.entry.id.endswith("_border"):
        return None
    words = normalize(m.surface).split()
    if any("عراق" in w for w in words):
        return None  # "الحدود العراقية السورية": Iraq's own
    gz = get_world_gazetteer()
    named = {_NISBA.get(w) or gz.country_code(w) for w in words} - {None}
    said = {_NISBA.get(b) or _NISBA.get("ال" + b) for w in ctx.sentences[si].words for b in bare(w)} - {None} - named
    home = said.pop() if len(said) == 1 else ctx.country if ctx.country_share >= _MIN_SHARE and not said else None
    if BORDER_THIRD and not said and (home is None or home in named):
        home = next((c for c in article_countries(ctx) if c not in named), None)
    return home if home and home != "IQ" and home not in named else None


BORDER_THIRD = True  # module flag, for A/B measurement only


OTHER_SIDE = True
"""Switch (pass 44): a country named as the other side of a border ("قرب الحدود مع أفغانستان") in a sentence that
names one other country by its nationality adjective ("مواقع باكستانية"، "الجيش الباكستاني") is where the border
runs, not where the incident happened: that other country's side (:func:`other_side`)."""
_WITH = frozenset({"مع"})


def other_side(ctx: DocContext, si: int, m: Mention) -> tuple[str, int] | None:
    """The country on this side of a border whose other side is the country ``m`` names: "الحدود مع X" (a border
    noun, maybe its adjective, then "مع" right before the country), in a sentence that names exactly one other
    country by a nationality adjective and no place of that country; with the index of the border noun. None
    otherwise."""
    if m.entry.get("admin_level") != "country" or m.i < 2:
        return None
    words = ctx.sentences[si].words
    if words[m.i - 1] not in _WITH:
        return None
    k = m.i - 2
    if k > 0 and not bare_in(words[k], BORDER_WORDS) and bare_in(words[k - 1], BORDER_WORDS):
        k -= 1  # "الحدود المشتركة مع"
    if not bare_in(words[k], BORDER_WORDS):
        return None
    named = registry_country(m.entry)
    said = {_NISBA.get(b) or _NISBA.get("ال" + b) for w in words for b in bare(w)} - {None, named}
    if len(said) != 1:
        return None
    side = said.pop()
    if any(q is not m and registry_country(q.entry) == side for q in ctx.places_in(si, 0, len(words))):
        return None  # "بشرق أفغانستان على الحدود": the sentence names a place on this side itself
    return side, k


_VICTIM_NATIONALS: dict[str, str] = {normalize(k + end): v for k, v in rules.table("locations", "victim_nationals").items()
                                     for end in ("ا", "ين", "ون", "ان")}
"""Counted nationals ("فلسطينيا"، "فلسطينيين"، "إسرائيليان") -> their country: who was hit."""
_VICTIM_BEFORE = rules.words("locations", "victim_before")
"""Toll words and numbers that stand right before the victims ("مقتل 17 فلسطينيا"، "قتل أربعة فلسطينيين")."""
BORDER_WORDS = rules.words("locations", "border_words")
"""Borders ("الحدود مع قطاع غزة"، "على حدود القطاع"، "السياج الفاصل بين غزة وإسرائيل")."""


def victims_country(ctx: DocContext, si: int, lo: int, hi: int) -> str | None:
    """The country of the victims counted in tokens ``[lo, hi)`` of sentence ``si``: a national in the plural
    or the accusative right after a number or a toll word ("مقتل 17 فلسطينياً"، "قتل أربعة فلسطينيين"); a
    national told otherwise ("برصاص الجيش الإسرائيلي"، "قال مسؤولون فلسطينيون") is not one."""
    words = ctx.sentences[si].words
    for k in range(max(lo, 1), hi):
        code = _VICTIM_NATIONALS.get(words[k])
        # "مقتل 17 فلسطينيا"، or the adjective of the counted ("قتل جنديان إسرائيليان"، "مقتل 3 جنود إسرائيليين")
        if code and any(w.isdigit() or bare_in(w, _VICTIM_BEFORE) for w in words[max(lo, k - 2):k]):
            return code
    return None


def nearby_country(ctx: DocContext, si: int, i: int) -> str | None:
    """The country of the nearest place told before token ``i`` of sentence ``si`` (in it, else in the
    ``nearby_country_sentences`` sentences before it): the country a place no gazetteer knows lies in when the
    article names several ("وفي العراق، قتل 21 شخصا في بغداد ... في منطقة البياع"؛ "في أحد أحياء ديار بكر ...
    في حي شهيدلك"): news tells the places of one country together. None when no such place is named."""
    for k in range(si, max(-1, si - 1 - _NEARBY_SENTENCES), -1):
        for m in reversed(ctx.places_in(k, 0, i if k == si else len(ctx.sentences[k].words))):
            if normalize(m.surface) in _GENERIC or _acts(ctx, k, m):
                continue
            code = place_at(ctx, k, m).location.country
            if code:
                return code
    return None


_APPOSITION = rules.words("locations", "apposition_words")
_APPOSITION_REACH = rules.number("locations", "apposition_reach")


IN_COUNTRY = True
"""Switch (pass 46, A/B): :func:`introduced_country` reads a name told with "في" and a known place right after it
("بلدة X في إنجلترا") as introduced there too."""


def introduced_country(ctx: DocContext, name: list[str]) -> str | None:
    """The country an article gives a place no gazetteer knows where it introduces it: "مجزرة تل شمران، وهي قرية في
    شمال سوريا"، "في النوفلية، وهي أحد معاقل التنظيم جنوب مدينة سرت" - the first known place at most
    ``apposition_reach`` tokens after "وهي/وهو/الواقعة" right after the name, wherever the article writes it.

    Args:
        ctx: the document context.
        name: the place's normalised tokens (the first may carry a clitic).
    """
    if not name:
        return None
    first, rest, n = set(bare(name[0])), name[1:], len(name)
    for si, s in enumerate(ctx.sentences):
        words = s.words
        for x in range(len(words) - n):
            if words[x + 1:x + n] != rest or first.isdisjoint(bare(words[x])):
                continue
            if IN_COUNTRY and words[x + n] == "في":
                reach = 1  # "في مدينة سالزبري في إنجلترا": the place told right after "في" holds it
            elif words[x + n] in _APPOSITION:
                reach = _APPOSITION_REACH
            else:
                continue
            for m in ctx.places_in(si, x + n + 1, min(len(words), x + n + 1 + reach)):
                if normalize(m.surface) not in _GENERIC and (code := place_at(ctx, si, m).location.country):
                    return code
    return None


def said_country(ctx: DocContext, si: int) -> str | None:
    """The one country sentence ``si`` names by a nationality adjective ("أشارت تقارير تركية إلى هجمات في شرق
    البلاد"، "أعلنت الشرطة البريطانية ... بوسط البلاد"), else the one the lead names so; None when they name none
    or several. The country "البلاد" stands for in an article that names no one country as its own."""
    for k in (si, *sorted(ctx.lead)):
        codes = {_NISBA.get(b) or _NISBA.get("ال" + b) for w in ctx.sentences[k].words
                 for b in bare(w)} - {None}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


_CLOSEST_REACH = rules.number("locations", "closest_country_reach")


def closest_country(ctx: DocContext, si: int, i: int) -> str | None:
    """In a sentence that names several countries, the one named closest to token ``i`` (at most
    ``closest_country_reach`` tokens away): "تفجير مسجد في حي الربوة، الذي قتل فيه 19 مصليا، أوقفت الكويت
    ... في سورية والعراق" - the quarter is in Kuwait. None when the sentence names fewer than two."""
    found = [(abs(m.i - i), registry_country(m.entry)) for m in ctx.mentions[si]
             if m.kind == "places" and m.entry.get("admin_level") == "country" and normalize(m.surface) not in _GENERIC
             and not _acts(ctx, si, m)]
    if len({c for _, c in found}) < 2:
        return None
    d, code = min(found)
    return code if d <= _CLOSEST_REACH and sum(1 for e, _ in found if e == d) == 1 else None


def lead_country(ctx: DocContext) -> str | None:
    """The one country the title names as a country ("البحرين: إحباط مخططات ...") — None when it names
    none or several."""
    codes = {registry_country(m.entry) for s in ctx.sentences if s.is_title for m in ctx.mentions[s.index]
             if m.kind == "places" and m.entry.get("admin_level") == "country" and normalize(m.surface) not in _GENERIC}
    return codes.pop() if len(codes) == 1 else None


def sentence_country(ctx: DocContext, si: int) -> str | None:
    """The one country sentence ``si`` names as a country ("تفجير مسجد في حي الصوابر ... تمكنت الكويت"),
    which a place of that sentence no gazetteer places lies in before the article's; None when it names
    none or several."""
    codes = {registry_country(m.entry) for m in ctx.mentions[si]
             if m.kind == "places" and m.entry.get("admin_level") == "country" and normalize(m.surface) not in _GENERIC
             and not _acts(ctx, si, m)}
    return codes.pop() if len(codes) == 1 else None


ACTING_COUNTRY = True  # switch for A/B measurement: a country named as who acts is not where a place lies


def _acts(ctx: DocContext, si: int, m: Mention) -> bool:
    """Country mention ``m`` names who acts (:func:`context.names_actor`: "القيادة العسكرية الأميركية"، "ونفذت
    الولايات المتحدة"), not where: it gives no country to a place of its sentence no gazetteer knows."""
    return ACTING_COUNTRY and names_actor(ctx.sentences[si], m)


def _home(ctx: DocContext, name: str) -> str | None:
    """The country the article is about, as far as the place ``name`` is not its only witness: the article's
    country when other names vote for it, else the country its other names vote for most."""
    near = article_countries(ctx, name)
    return ctx.country if ctx.country and ctx.country in near else next(iter(near), None)


def _has_alternative(entry, country: str) -> bool:
    return any(p.country_code == country for p in entry.get("alternatives") or ())


_KEEP = (False, None, False)


def _implausible(ctx: DocContext, si: int, m: Mention, e, stated: str | None) -> tuple[bool, str | None, bool]:
    """(unresolve?, its country then, weak?) for a GeoNames town the context speaks against; ``_KEEP`` otherwise.

    * A country named right after it that is not the town's ("تريب جنوب فرنسا" when only an American
      Tripp is known): the place as written, in the stated country, unresolved.
    * A small town (below ``world_far_min_population``) of a country the article never names: after a
      strong cue ("في بلدة X"), or written as the whole token, it is the place as written in the country
      the article names most (kept as GeoNames has it when the article names none); a reading found
      only by stripping a clitic ("بنينا" read as ب + Nenagh, Ireland) is weak: any other place beats it.
    """
    if e.get("source") != "geonames":
        return _KEEP
    code = registry_country(e)
    if stated and code != stated:
        return True, stated, False
    named = article_countries(ctx, normalize(m.surface), towns=False)
    if stated or code in named or (e.get("population") or 0) >= _FAR_MIN_POP or code in _force_countries(ctx):
        return _KEEP
    s = ctx.sentences[si]
    nxt = s.words[m.j] if m.j < len(s.words) else ""
    if m.j - m.i == 1 and not s.words[m.i].startswith("ال") and nxt and not nxt.startswith("ال") \
            and (nxt in _ADJECTIVES or descriptive([nxt])):
        return True, None, True  # "منطقة بساتين مجاورة": a noun and its adjective (nearby orchards), not a name
    home = sentence_country(ctx, si) or _home(ctx, normalize(m.surface))
    strong = (m.i > 0 and bare_in(s.words[m.i - 1], _STRONG_CUES)) or (
        OWN_NOUN_CUE and m.j - m.i > 1 and bare_in(s.words[m.i], _STRONG_CUES))  # "لمخيم اليرموك"
    if CURATED_CUED and m.i > 0 and str(e.id).startswith("rg:") and e.get("admin_level") in _UNIT_LEVELS \
            and bare_in(s.words[m.i - 1], _UNIT_CUES):
        return _KEEP  # "بمديرية ولد ربيع": a district the curated rows list, named with its unit word, is that one
    whole = m.start == s.raw_span(s.tokens[m.i].ns, s.tokens[m.i].ne)[0]
    if strong or whole:
        return (True, home, False) if home else _KEEP
    return True, None, True


DISTRICT_OF_TOWN = True
"""Switch (pass 55, places55): a town GeoNames lists (no curated district row) written right after a district's unit
word ("في مديرية المتون"، "بمديرية الجراحي": ``locations.json`` ``district_unit_words``) is the district named after
the town, not the town: the record's place is the district, at the district's level, its name with the unit word (the
town's point and province kept); off, it was the town. A district is not its seat town: fighting "في مديرية X" is
anywhere in it. The place keeps the town's registry level for the rules that choose among an incident's places and
join its tellings (measured: as a district, wider than a town, it lost an incident's own district to a town told
later). Registry cities ("الحديدة") are left as they are (Iraq's registry has its districts as entries of their own)."""
_DISTRICT_UNITS = rules.words("locations", "district_unit_words")


def district_of_town(ctx: DocContext, si: int, m: Mention, e) -> bool:
    """True when a town of the world gazetteer (GeoNames or a curated town row, not a district row; never a registry
    city) is written right after a district's unit word (:data:`DISTRICT_OF_TOWN`)."""
    return DISTRICT_OF_TOWN and m.i > 0 and e.get("admin_level") == "city" and str(e.id).startswith(("gn:", "rg:")) \
        and bare_in(ctx.sentences[si].words[m.i - 1], _DISTRICT_UNITS)


OWN_NOUN_CUE = True
"""Switch (pass 53, places53): a GeoNames name whose own first word is a place noun ("مخيم اليرموك"، "مديرية حيران",
found glued to a clitic: "لمخيم اليرموك", ``mentions.SELF_CUED``) is cued as a name after that noun is; off, such a
name found with a clitic stripped was a weak reading left unresolved in an article that never names its country."""
CURATED_CUED = True
"""Switch (pass 44): a place of the gazetteer's hand-curated rows (``rg:`` ids: the districts and towns of the fronts
news names) that is a district written after a district's unit word ("بمديرية ولد ربيع"; ``unit_cues``) keeps its
row, coordinates included, even in an article that never names its country; before, it was left unresolved like a
small far GeoNames town. (Provinces too were measured: the lead's "شمال محافظة الضالع" then no longer merged with the
incident told in a district of it, and the round-up split in two.)"""
_UNIT_CUES = rules.words("locations", "unit_cues")
_UNIT_LEVELS = frozenset({"district"})


FORCE_COUNTRIES = True
"""Switch: a country whose adjective names a registry actor of the article ("الجيش اليمني"، "الشرطة التونسية") is a
country the article names, so a small GeoNames town of it ("مدينة ميدي" in news of the Yemeni army) keeps its own country
instead of taking another the article names as a country (A/B measurement and its test)."""


def _force_countries(ctx: DocContext) -> frozenset[str]:
    """The countries whose adjectives name the article's registry actors ("الجيش اليمني" -> YE; a bare "الشرطة" that
    the article's country resolves names none); read once."""
    if not FORCE_COUNTRIES:
        return frozenset()
    return ctx.once("locations.force_countries", lambda: frozenset(
        _NISBA[b] for ms in ctx.mentions for m in ms if m.kind == "actors"
        for w in normalize(m.surface).replace("_", " ").split() for b in bare(w) if b in _NISBA))


def entry_in_country(entry, country: str | None):
    """A world place of the article's country when its name has one there ("الجديدة" in Yemen, not Morocco)."""
    alts = entry.get("alternatives")
    if not alts or not country or alts[0].country_code == country or alts[0].admin_level == "country":
        return entry
    same = [p for p in alts if p.country_code == country]
    return world_entry((same[0], *[p for p in alts if p is not same[0]])) if same else entry


def country_fields(entry) -> dict:
    """``country`` (ISO alpha-2) and ``country_name`` (English) of a registry or world place entry."""
    code = registry_country(entry)
    if not code:
        return {}
    return {"country": code, "country_name": get_world_gazetteer().country_en(code)}


def _unknown_settlement_before(ctx: DocContext, si: int, m: Mention) -> tuple[int, int] | None:
    """Tokens of "قرية X" / "منطقة X" standing just before a known place (joined by في / التابع ل / ب)."""
    s = ctx.sentences[si]
    words = s.words
    k = m.i - 1
    # skip linkers between the village and its parent: في، التابعة، لـ، ضمن
    hops = 0
    while k >= 0 and hops < 3 and (words[k] in _PARENT_LINKS or words[k] in DIRECTIONS
                                   or bare_in(words[k], _PARENT_UNITS)):
        if s.tokens[k + 1].clause_start:
            return None
        k -= 1
        hops += 1
    if hops == 0 or k < 1:
        return None
    # k is the last token of the candidate village name; its head word is one or two tokens before
    for head in (k - 1, k - 2):
        if head < 0:
            continue
        if bare_in(words[head], _SETTLEMENT) and not any(
                p.i <= k < p.j for p in ctx.mentions[si]):
            if s.tokens[head + 1].clause_start:
                return None
            if descriptive(words[head + 1:k + 1]) or words[head + 1] in _NOT_NAMES:
                return None  # "حي ساحلي"، "منطقة سكنية"، "منطقة آمنة": a kind of place, not its name
            return head, k + 1
    return None


_QUOTES = str.maketrans({"_": " ", **{c: None for c in '"«»“”\'#'}})


def unquoted(name: str) -> str:
    """A place's name as written without the quotes and hashtag marks news puts round it ('منطقة "باي أوغلو"'،
    'محافظة #حجة'، '#قطاع_غزة')."""
    return " ".join(name.translate(_QUOTES).split())


def named_settlement(words: list[str], lo: int, hi: int) -> bool:
    """True when tokens ``[lo, hi)`` name a settlement the gazetteer may not know ("في قرية باتيكول").

    Args:
        words: the sentence's normalised tokens.
        lo: start.
        hi: end.
    """
    return any(bare_in(words[x], _SETTLEMENT)
               and (words[x].startswith("ب") or (x > lo and words[x - 1] in _NAMED_AFTER))
               and x + 1 < hi and words[x + 1].isalpha() for x in range(lo, hi))


_NAMED_AFTER = rules.words("locations", "named_after")
"""Words after which a settlement noun starts a name ("في قرية باتيكول")."""
