"""Places and actors of any backend's records resolved through the one registry and world gazetteer.

The offline rules resolve while they match; an LLM writes names only. :func:`resolve_record_places`
gives those names the same canonical form, coordinates, country (ISO alpha-2 and English name),
admin level and ``geo_precision`` as the offline records, and an actor's registry id and English
name, so records of both backends compare and map alike (issue 12, item 7). It is a pure function
of the records (new dicts out, inputs untouched) — safe to call from any post-processing step.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from typing import Any

from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer, registry_country
from marsad.core.lexicon import Entry, get_lexicon

__all__ = ["resolve_location", "resolve_record_places"]

_GOVERNORATE_WORDS = ("محافظه", "ولايه", "اقليم", "مقاطعه")
"""Unit words of a province: before a city's name they name the province called after it ("محافظة الحديدة")."""
_ADMIN_WORDS = ("قضاء", "ناحيه", "مدينه", "بلده", "قريه", "منطقه", "مديريه", "حي", "مخيم", *_GOVERNORATE_WORDS)
_DIRECTIONS = ("جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "وسط", "محيط", "اطراف", "قرب")
_LATIN = re.compile(r"^[\x00-\x7f]+$")


def _candidates(name: str) -> list[tuple[str, bool]]:
    """The name, then without a leading direction or administrative word ("جنوب مدينة الحسكة" -> "الحسكة"),
    each with whether a province's unit word stood right before it ("محافظة الحديدة" -> ("الحديدة", True))."""
    out = [(name, False)]
    toks = normalize(name).split()
    while toks and (toks[0] in _DIRECTIONS or toks[0] in _ADMIN_WORDS or toks[0] in {"في", "ب"}):
        unit = toks[0] in _GOVERNORATE_WORDS
        toks = toks[1:]
        if toks:
            out.append((" ".join(toks), unit))
    return out


def _precision(level: str | None, approximate: bool = False) -> str:
    """The offline path's ``geo_precision`` for a world place of that admin level: a country's, a province's
    (approximate: its centre, not a point), or a point's."""
    if level == "country":
        return "country"
    return "approximate" if approximate or level == "region" else "exact"


def _registry_place(name: str) -> Entry | None:
    lex = get_lexicon()
    hits = lex.lookup_en(name) if _LATIN.match(name) else lex.lookup_ar(name)
    return next((e for e in hits if e.kind == "places"), None)


def resolve_location(loc: dict[str, Any] | None, country: str | None = None) -> dict[str, Any] | None:
    """A location dict completed from the registry (first) or the world gazetteer.

    Fields already set are kept; missing ones (``canonical_name``, ``name_en``, ``governorate``,
    ``lat``/``lon``, ``admin_level``, ``country``, ``country_name``, ``geo_precision``,
    ``registry_id``) are filled when a name resolves.

    Args:
        loc: the record's location (``name`` and optionally ``canonical_name``/``name_en``).
        country: ISO alpha-2 to prefer when a name exists in several countries.
    """
    if not loc:
        return loc
    out = dict(loc)
    names = [n for n in (loc.get("canonical_name"), loc.get("name"), loc.get("name_en")) if n]
    for name in names:
        for cand, unit in _candidates(str(name)):
            entry = _registry_place(cand)
            if entry is not None:
                code = registry_country(entry)
                level = entry.get("admin_level")
                # "محافظة الحديدة": the governorate named after a city abroad (Iraq's have entries of their own)
                province = unit and level == "city" and code != "IQ"
                fill = {"canonical_name": entry.canonical, "name_en": entry.name_en,
                        "governorate": entry.name_en if province else entry.get("governorate"),
                        "lat": entry.get("lat"), "lon": entry.get("lon"),
                        "admin_level": "governorate" if province else level, "country": code,
                        "country_name": get_world_gazetteer().country_en(code) if code else None,
                        # the registry's own governorates keep the precision of their coordinates, as offline
                        "geo_precision": "country" if level == "country" else "approximate" if (
                            province or entry.get("coord_precision") == "approximate") else "exact",
                        "registry_id": entry.id}
                return {**out, **{k: v for k, v in fill.items() if out.get(k) in (None, "") and v is not None}}
            if _LATIN.match(cand):
                continue
            place = get_world_gazetteer().resolve(cand, country or loc.get("country"))
            if place is not None:
                # a hand-curated province ("شبوة"، "ننجرهار") or a city after a province's unit word: the
                # governorate, at the approximate precision the offline records give it
                province = place.admin_level == "region" or (unit and place.admin_level == "city")
                fill = {"canonical_name": place.ar, "name_en": place.name_en, "lat": place.lat, "lon": place.lon,
                        "admin_level": "governorate" if province else place.admin_level,
                        "governorate": place.name_en if province else None,
                        "country": place.country_code, "country_name": place.country_en,
                        "geo_precision": _precision(place.admin_level, province)}
                return {**out, **{k: v for k, v in fill.items() if out.get(k) in (None, "") and v is not None}}
    return out


def _resolve_actor(rec: dict[str, Any]) -> dict[str, Any]:
    if rec.get("registry_id"):
        return rec
    lex = get_lexicon()
    for name in (rec.get("canonical_name"), rec.get("name"), rec.get("name_en")):
        if not name:
            continue
        hits = lex.lookup_en(name) if _LATIN.match(name) else lex.lookup_ar(name)
        entry = next((e for e in hits if e.kind == "actors"), None)
        if entry is not None:
            out = dict(rec, registry_id=entry.id)
            out.setdefault("canonical_name", entry.canonical)
            if not out.get("name_en"):
                out["name_en"] = entry.name_en
            return out
    return rec


def resolve_record_places(records: Iterable[dict[str, Any]], country: str | None = None) -> list[dict[str, Any]]:
    """Records (JSON dicts of any kind) with their locations and actors resolved; inputs are not changed.

    Args:
        records: record dicts (attacks, joint rooms, agreements: their ``location``; actors: the actor).
        country: the article's country (ISO alpha-2), used to choose among same-named places.

    Returns:
        New dicts, in the same order.
    """
    out = []
    for rec in records:
        new = copy.deepcopy(rec)
        if isinstance(new.get("location"), dict):
            new["location"] = resolve_location(new["location"], country)
        if "type" in new and "name" in new and "location" not in new:  # an actor record
            new = _resolve_actor(new)
        out.append(new)
    return out
