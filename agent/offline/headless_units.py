"""Provinces written without their unit word in an article about their country: :func:`headless_unit`.

The world gazetteer lists a province whose name is also an ordinary word only with its unit word ("محافظة
البيضاء"، "محافظة المهرة": ``gazetteer.json`` places), so the mention finder never takes the bare name ("white").
News from the country writes it bare after a locative or a front word ("هجوم ... في البيضاء"، "جبهة ثرة بمحور
البيضاء"). In an article whose country is that province's, an attack frame with no place of its own (or only its
country) takes the province.
"""

from __future__ import annotations

import json
from functools import lru_cache

from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.locations import Place, place_at
from marsad.agent.offline.mentions import Mention, world_entry
from marsad.core.arabic import normalize
from marsad.core.gazetteer import SETTINGS_FILE, get_world_gazetteer
from marsad.core.lexicon import get_lexicon

__all__ = ["HEADLESS_UNITS", "headless_unit"]

HEADLESS_UNITS = True
"""Switch (pass 37): a province named without its unit word is the place of an attack told in an article about its
country."""
REGISTRY_NAMES = True
"""Switch (pass 53, places53): a bare name the registry reads as a place of its own is no headless province: "في
واشنطن" in news about the United States is the capital the registry names ("واشنطن": the United States), not "ولاية
واشنطن" (Washington State); off, an attack told there with no other place took the state."""

_UNIT_WORDS = frozenset(normalize(w) for w in ("محافظة", "ولاية", "إقليم", "منطقة"))
_BEFORE = frozenset(normalize(w) for w in ("في", "محور", "جبهة", "جبهات", "مديريات", "أرياف"))
"""Words right before the bare name: a locative, a front ("بمحور البيضاء"), a list of districts."""


@lru_cache(maxsize=1)
def _tails() -> dict[str, str]:
    """Bare name (normalised) -> the full name the world gazetteer knows, for curated provinces listed only with
    their unit word."""
    rows = json.loads(SETTINGS_FILE.read_text(encoding="utf-8")).get("places", {})
    listed = {normalize(ar) for country in rows.values() for ars, *_ in country for ar in ars}
    out: dict[str, str] = {}
    for country in rows.values():
        for ars, _en, level, *_ in country:
            if level != "region":
                continue
            for ar in ars:
                toks = normalize(ar).split()
                if len(toks) == 2 and toks[0] in _UNIT_WORDS and toks[1] not in listed:
                    out.setdefault(toks[1], normalize(ar))
    return out


@lru_cache(maxsize=1)
def _registry_names() -> frozenset[str]:
    """The registry's one-word place names (normalised), save those it marks ambiguous (read only in a list)."""
    return frozenset(normalize(ar) for e in get_lexicon().entries if e.kind == "places" and not e.get("ambiguous")
                     for ar in e.ar if len(normalize(ar).split()) == 1)


def headless_unit(ctx: DocContext, f: Frame) -> Place | None:
    """The province named bare in frame ``f`` after a locative or front word, when it lies in the article's
    country; else None."""
    code = ctx.country or ctx.fallback_country
    if not HEADLESS_UNITS or code is None:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    tails = _tails()
    world = get_world_gazetteer()
    for x in range(max(f.lo, 1), f.hi):
        forms = bare(words[x])
        name = next((b for b in forms if b in tails), None)
        if name is None or (REGISTRY_NAMES and name in _registry_names()):
            continue  # (:data:`REGISTRY_NAMES`: "في واشنطن" is the registry's, not Washington State)
        after_b = name == words[x][1:] and words[x][:1] == "ب"  # "بالبيضاء"
        if not after_b and (name != words[x] or not any(b in _BEFORE for b in bare(words[x - 1]))):
            continue  # "في البيضاء"، "بمحور البيضاء"; not "والبيضاء" nor a word with no locative before it
        cands = tuple(p for p in world.lookup(tails[name]) if p.country_code == code)
        if not cands:
            continue
        lead = len(words[x]) - len(name)
        start, end = s.raw_span(s.tokens[x].ns + lead, s.tokens[x].ne)
        m = Mention(world_entry(cands), x, x + 1, start, end, ctx.quote(start, end))
        return place_at(ctx, f.si, m)
    return None
