"""National capitals of the world gazetteer, as the mention finder reads them (:func:`capital_pair`).

A capital is a GeoNames city at the point the world gazetteer gives as its country's capital
(:meth:`WorldGazetteer.country` places a country at its capital). News names two states by their capitals
joined by "و" ("وقعت جوبا والخرطوم اتفاقا"، "محادثات كمبالا وكيغالي"): with no place word before them they
are still places (or the states they stand for), never a person's name.
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.core.gazetteer import WorldGazetteer, WorldPlace

__all__ = ["CAPITAL_PAIRS", "is_capital", "capital_pair"]

CAPITAL_PAIRS = True
"""Switch (pass 37): two national capitals of different countries joined by "و" are read as places with no cue."""

_NEAR = 0.05
"""Degrees of latitude and longitude within which a city is its country's capital."""


def is_capital(world: WorldGazetteer, p: WorldPlace) -> bool:
    """True when ``p`` is the capital city of its country."""
    if p.admin_level != "city" or p.lat is None or p.lon is None:
        return False
    country = world.country(p.country_code)
    if country is None or country.lat is None or country.lon is None:
        return False
    return abs(float(country.lat) - p.lat) <= _NEAR and abs(float(country.lon) - p.lon) <= _NEAR


def _capital_code(world: WorldGazetteer, names: list[str]) -> str | None:
    """Country code of the capital named by one of ``names`` (readings of the words next to a capital)."""
    for name in names:
        for p in world.lookup(name)[:1]:
            if is_capital(world, p):
                return p.country_code
    return None


def capital_pair(world: WorldGazetteer, words: list[str], i: int, j: int, best: WorldPlace, glued_and: bool,
                 readings: Callable[[str], list[str]]) -> bool:
    """True when the capital ``best`` named by words ``[i, j)`` is joined by "و" to another state's capital: the
    next word begins with "و" ("جوبا والخرطوم"), or word ``i`` bears a glued "و" (``glued_and``) and the one or two
    words before name a capital ("الخرطوم وجوبا"). ``readings`` gives the forms of a word without its clitics."""
    if not CAPITAL_PAIRS or not is_capital(world, best):
        return False
    other: str | None = None
    if j < len(words) and words[j][:1] == "و" and len(words[j]) > 3:
        after = readings(words[j][1:])
        other = _capital_code(world, after) or (
            j + 1 < len(words) and _capital_code(world, [f"{a} {words[j + 1]}" for a in after])) or None
    if other is None and glued_and and i > 0:
        other = _capital_code(world, readings(words[i - 1])) or (
            i > 1 and _capital_code(world, [f"{words[i - 2]} {words[i - 1]}"])) or None
    return bool(other) and other != best.country_code
