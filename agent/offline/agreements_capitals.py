"""A capital standing for its state as a side of an agreement: :func:`capital_state`.

The registry of state names holds some capitals (``actors.json`` state_capitals: "واشنطن"، "الخرطوم"); any other
capital the gazetteer places ("جوبا"، "نجامينا"، "أسمرة") is found by its coordinates: a city at the point the world
gazetteer gives as its country's capital.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.agent.offline.actors import state_of
from marsad.core.gazetteer import get_world_gazetteer, registry_country
from marsad.core.lexicon import Entry

__all__ = ["capital_state"]

CAPITAL_SIDES = True
"""Switch (pass 36): a capital named where the party readers take a state ("اتفاق بين الخرطوم وجوبا"، "وقعت جوبا
والخرطوم اتفاقا") stands for its state even when the registry of state names does not list it."""

_NEAR = 0.05
"""Degrees of latitude and longitude within which a city is its country's capital."""


@lru_cache(maxsize=256)
def _capital(code: str) -> tuple[float, float] | None:
    """(latitude, longitude) of the capital of the country with ISO code ``code``: the world gazetteer places a
    country at its capital (:meth:`WorldGazetteer.country`)."""
    place = get_world_gazetteer().country(code)
    if place is None or place.lat is None or place.lon is None:
        return None
    return float(place.lat), float(place.lon)


def capital_state(m) -> Entry | None:
    """The state whose capital the place mention ``m`` names ("جوبا": South Sudan), or None (a country, a town that
    is no capital, or the switch off)."""
    e = m.entry
    if not CAPITAL_SIDES or e.kind != "places" or e.get("admin_level") not in ("city", "capital"):
        return None
    code = registry_country(e)
    lat, lon = e.get("lat"), e.get("lon")
    if not code or lat is None or lon is None:
        return None
    cap = _capital(str(code).upper())
    if cap is None or abs(cap[0] - float(lat)) > _NEAR or abs(cap[1] - float(lon)) > _NEAR:
        return None
    return state_of(str(code).upper())
