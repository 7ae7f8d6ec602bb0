"""Who and where, for the matching rule: when two actors are one entity and two locations one place.

Pure functions over names, Location dicts and strings (see ``evals/golden/README.md``, "Matching rule"):
an actor's *name keys* (:func:`name_keys`: normalised Arabic with clitics and generic head words such as
قوات/تنظيم removed, lower-cased English, lexicon ids; a name ending in epithets such as الانقلابية/الإرهابي is
also looked up without them) decide :func:`same_entity`; a place's keys decide :func:`same_place`, its
governorates and country :func:`place_compatible`; :func:`location_country` reads a location's ISO country.
:mod:`marsad.evals.fields` scores fields with them and :mod:`marsad.evals.matching` pairs records with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from marsad.core.arabic import normalize, strip_clitics

__all__ = [
    "name_keys",
    "same_entity",
    "entity_names",
    "place_keys",
    "same_place",
    "place_compatible",
    "governorates",
    "location_country",
]

GENERIC_HEADS = {"قوات", "تنظيم", "عناصر", "خلايا", "عصابات", "مسلحو", "مسلحي", "جماعه", "حركه"}
# Epithets news writes after an actor's name ("ميليشيا الحوثي الانقلابية", "تنظيم داعش الإرهابي"): they
# describe, they do not name. A name ending in them is also looked up without them (lexicon ids only).
_EPITHETS = {"الانقلابيه", "الانقلابي", "الارهابيه", "الارهابي", "المتطرفه", "المتطرف", "الاجراميه", "الاجرامي",
             "المتمرده", "المتمرد"}
# Administrative / directional words dropped from place keys ("قضاء الحويجة" == "الحويجة").
_PLACE_WORDS = {
    "محافظه", "قضاء", "ناحيه", "مدينه", "قريه", "منطقه", "بلده", "مركز", "محيط", "اطراف", "وسط", "جنوب", "شمال",
    "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "جنوب غرب", "عاصمه", "في", "من", "province", "district",
    "town", "city", "village", "of", "the", "near", "governorate", "sub-district", "subdistrict", "area",
}
_LATIN = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*")
_AR_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")


@lru_cache(maxsize=1)
def lexicon():
    from marsad.core.lexicon import get_lexicon

    return get_lexicon()


def is_latin(text: str) -> bool:
    return not any("\u0600" <= c <= "\u06ff" for c in text)


def name_tokens(text: str, drop: set[str], *, strip: bool = True) -> list[str]:
    """Normalised tokens without the ``drop`` words; clitics stripped unless ``strip`` is False."""
    if is_latin(text):
        toks = _LATIN.findall(text.lower())
        return [t for t in toks if t not in drop and t != "the"]
    out = []
    for tok in _AR_TOKEN.findall(normalize(text)):
        stripped = strip_clitics(tok)
        if tok in drop or stripped in drop:
            continue
        out.append(stripped if strip else tok)
    return out


def _lexicon_ids(text: str, kind: str) -> set[str]:
    lex = lexicon()
    entries = lex.lookup_en(text) if is_latin(text) else lex.lookup_ar(text)
    return {f"{e.kind}:{e.id}" for e in entries if e.kind == kind}


def name_keys(names: Iterable[str | None], kind: str = "actors") -> set[str]:
    """Identity keys of an entity's names: normalised token strings and lexicon ids.

    Args:
        names: the spellings (Arabic or English; None and empty strings are skipped).
        kind: the lexicon kind to resolve against (``actors`` or ``places``).

    Returns:
        A set of keys; two entities are the same when their key sets intersect.
    """
    drop = GENERIC_HEADS if kind == "actors" else _PLACE_WORDS
    keys: set[str] = set()
    for name in names:
        if not name or not str(name).strip():
            continue
        name = str(name).strip()
        toks = name_tokens(name, drop)
        if toks:
            keys.add(" ".join(toks))
        keys |= _lexicon_ids(name, kind)
        short = name_tokens(name, drop, strip=False)
        if short and len(short) < len(name_tokens(name, set())):  # e.g. "قوات البيشمركة" -> look up "البيشمركة" too
            keys |= _lexicon_ids(" ".join(short), kind)
        if kind == "actors":
            keys |= _epithet_ids(name_tokens(name, set(), strip=False))
    return keys


def _epithet_ids(toks: list[str]) -> set[str]:
    """Actor ids of a name once its trailing epithets are dropped ("ميليشيا الحوثي الانقلابية" -> "ميليشيا
    الحوثي"), as written and without a generic head; none when nothing is dropped or nothing is left."""
    n = len(toks)
    while n > 1 and toks[n - 1] in _EPITHETS:
        n -= 1
    if n == len(toks):
        return set()
    core = toks[:n]
    ids = _lexicon_ids(" ".join(core), "actors")
    bare = [t for t in core if t not in GENERIC_HEADS]
    if bare and len(bare) < len(core):
        ids |= _lexicon_ids(" ".join(bare), "actors")
    return ids


def entity_names(obj: Any) -> list[str]:
    if obj is None:
        return []
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, (list, tuple)):
        return [str(x) for x in obj if x]
    if isinstance(obj, dict):
        names = [obj.get("name"), obj.get("canonical_name"), obj.get("name_en")]
        names += list(obj.get("aliases") or [])
        return [n for n in names if n]
    return [str(obj)]


def same_entity(a: Any, b: Any) -> bool:
    """True when two actors (dicts with names, strings or lists of spellings) are the same entity."""
    ka, kb = name_keys(entity_names(a)), name_keys(entity_names(b))
    return bool(ka & kb)


def _place_entries(loc: Any) -> list:
    lex = lexicon()
    entries = []
    for name in entity_names(loc):
        stripped = " ".join(name_tokens(name, _PLACE_WORDS, strip=False))
        for surface in dict.fromkeys((name, stripped)):
            if surface:
                found = lex.lookup_en(surface) if is_latin(surface) else lex.lookup_ar(surface)
                entries += [e for e in found if e.kind == "places"]
    return entries


def place_keys(loc: Any) -> list[tuple[str, ...]]:
    """Token tuples (admin words dropped) and gazetteer ids of a place's names."""
    out: list[tuple[str, ...]] = []
    for name in entity_names(loc):
        toks = tuple(name_tokens(name, _PLACE_WORDS))
        if toks:
            out.append(toks)
    out.extend((f"places:{e.id}",) for e in _place_entries(loc))
    return out


def governorates(loc: Any) -> set[str]:
    """Governorates (English, lower-case) a location lies in, from its own field and the gazetteer."""
    out = {str(loc.get("governorate")).lower()} if isinstance(loc, dict) and loc.get("governorate") else set()
    for e in _place_entries(loc):
        if e.get("governorate"):
            out.add(str(e.get("governorate")).lower())
    return out


def place_compatible(a: Any, b: Any) -> bool:
    """True when two locations can describe one event: the same place, or places in the same governorate.

    Used only to decide whether a prediction *may* match a gold item ("الطارمية" and
    "شمالي العاصمة بغداد" do not contradict each other); the location field itself is
    scored strictly with :func:`same_place`. A country and a place inside it do not contradict
    each other either ("تركيا" and "منطقة أراكوي" in Şırnak): a record that knows only the country
    may match, and its location is then scored wrong.
    """
    return same_place(a, b) or bool(governorates(a) & governorates(b)) or _country_holds(a, b) or _country_holds(b, a)


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """Country names as place keys (admin and direction words dropped), for :func:`_country_level`."""
    return frozenset(" ".join(name_tokens(n, _PLACE_WORDS)) if not is_latin(n) else n.lower()
                     for names in _COUNTRIES.values() for n in names)


def _country_level(loc: Any) -> bool:
    """True when a location names only a country (its level says so, or its name is a country's)."""
    if isinstance(loc, dict) and loc.get("admin_level") == "country":
        return True
    countries = _country_keys()
    names = entity_names({k: loc.get(k) for k in ("name", "canonical_name")} if isinstance(loc, dict) else loc)
    # "جنوب شرق تركيا": direction and admin words dropped, as place_keys does
    keys = [" ".join(name_tokens(n, _PLACE_WORDS)) if not is_latin(n) else n.lower() for n in names]
    return bool(keys) and all(k in countries for k in keys)


def _country_holds(country: Any, place: Any) -> bool:
    """True when ``country`` names only a country and ``place`` lies in it."""
    if not _country_level(country):
        return False
    code = location_country(country)
    return code is not None and code == location_country(place)


def contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i:i + n] == small for i in range(len(big) - n + 1))


def same_place(a: Any, b: Any) -> bool:
    """True when two locations (Location dicts or strings) name the same place.

    Places are equal when a name of one, with administrative words removed, equals or
    is contained (as whole tokens) in a name of the other, or both resolve to the same
    gazetteer entry: "قضاء الحويجة" == "الحويجة"; "جنوب كركوك" == "كركوك".
    """
    ka, kb = place_keys(a), place_keys(b)
    for x in ka:
        for y in kb:
            if x == y or (len(x) <= len(y) and contains(y, x)) or (len(y) < len(x) and contains(x, y)):
                return True
    return False


# ISO 3166-1 alpha-2 of the countries the news talks about, by their common names (normalised
# Arabic, lower-case English). Used only to read a predicted location's country.
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "IQ": ("العراق", "iraq"), "SY": ("سوريا", "سوريه", "syria"), "YE": ("اليمن", "yemen"),
    "TR": ("تركيا", "turkey", "türkiye"), "SA": ("السعوديه", "المملكه العربيه السعوديه", "saudi arabia"),
    "KW": ("الكويت", "kuwait"), "BH": ("البحرين", "bahrain"), "AE": ("الامارات", "uae", "united arab emirates"),
    "QA": ("قطر", "qatar"), "OM": ("عمان", "سلطنه عمان", "oman"), "EG": ("مصر", "egypt"),
    "AF": ("افغانستان", "afghanistan"), "LY": ("ليبيا", "libya"), "SO": ("الصومال", "somalia"),
    "PS": ("فلسطين", "غزه", "قطاع غزه", "الضفه الغربيه", "palestine", "gaza"), "IL": ("اسرائيل", "israel"),
    "LB": ("لبنان", "lebanon"), "JO": ("الاردن", "jordan"), "IR": ("ايران", "iran"), "PK": ("باكستان", "pakistan"),
    "FR": ("فرنسا", "france"), "TN": ("تونس", "tunisia"), "DZ": ("الجزائر", "algeria"), "SD": ("السودان", "sudan"),
    "NG": ("نيجيريا", "nigeria"), "BF": ("بوركينا فاسو", "burkina faso"), "ML": ("مالي", "mali"),
    "US": ("الولايات المتحده", "امريكا", "united states", "usa"), "GB": ("بريطانيا", "المملكه المتحده", "britain"),
    "RU": ("روسيا", "russia"), "IN": ("الهند", "india"), "MA": ("المغرب", "morocco"),
}
# Capitals and large cities the regional news names without their country.
_CITIES: dict[str, tuple[str, ...]] = {
    "YE": ("صنعاء", "عدن", "تعز", "الحديده", "مارب", "sanaa", "aden", "taiz", "hodeidah", "marib"),
    "SY": ("دمشق", "حلب", "حمص", "ادلب", "الرقه", "دير الزور", "damascus", "aleppo", "homs", "idlib", "raqqa"),
    "TR": ("انقره", "اسطنبول", "ديار بكر", "سروج", "ankara", "istanbul", "diyarbakir", "suruc"),
    "SA": ("الرياض", "جده", "مكه المكرمه", "المدينه المنوره", "نجران", "جازان", "القطيف", "الدمام", "riyadh", "jeddah",
           "najran", "jazan", "qatif", "dammam"),
    "EG": ("القاهره", "سيناء", "شمال سيناء", "العريش", "cairo", "sinai", "arish"),
    "AF": ("كابول", "قندهار", "هلمند", "kabul", "kandahar", "helmand"),
    "SO": ("مقديشو", "mogadishu"), "LY": ("بنغازي", "درنه", "سرت", "benghazi", "derna", "sirte"),
    "LB": ("بيروت", "beirut"), "JO": ("عمان الاردنيه", "amman"), "KW": ("مدينه الكويت", "kuwait city"),
}
_GAZETTEER_COUNTRY = {"iraq": "IQ", "syria": "SY", "iran": "IR", "turkey": "TR"}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    out = {}
    for code, names in [*_COUNTRIES.items(), *_CITIES.items()]:
        for n in names:
            out[normalize(n) if not is_latin(n) else n.lower()] = code
    return out


def location_country(loc: Any) -> str | None:
    """ISO alpha-2 country of a location (dict or string), or None when it cannot be told.

    Its own ``country`` key first; then its gazetteer entry (the entry's ``country``, a
    name or a code; a country entry's own name; an entry without one is an Iraqi place);
    then a country or large city named in it ("شمال سوريا" -> SY, "صنعاء" -> YE).
    """
    if not loc:
        return None
    if isinstance(loc, dict) and loc.get("country"):
        return str(loc["country"]).upper()
    table = _country_names()
    entries = _place_entries(loc)
    for e in entries:
        named = e.get("country") or (e.name_en if e.get("admin_level") == "country" else None)
        if named:
            code = str(named).upper() if len(str(named)) == 2 else table.get(str(named).lower())
            if code:
                return code
        if e.get("admin_level") == "country" and e.id in _GAZETTEER_COUNTRY:
            return _GAZETTEER_COUNTRY[e.id]
    if any(not e.get("country") and e.get("admin_level") != "country" for e in entries):
        return "IQ"  # the gazetteer's own entries (no country key) are Iraqi places
    for name in entity_names(loc):
        low = name.lower() if is_latin(name) else normalize(name)
        toks = name_tokens(name, _PLACE_WORDS, strip=False) if not is_latin(name) else _LATIN.findall(low)
        for n in range(min(4, len(toks)), 0, -1):
            for i in range(len(toks) - n + 1):
                code = table.get(" ".join(toks[i:i + n]))
                if code:
                    return code
        if low in table:
            return table[low]
    return None
