"""Hints for the prompt: the registry's actors and places mentioned in a window.

A deliberately light matcher over :mod:`marsad.core.lexicon` (the window's normalised tokens,
:func:`marsad.core.arabic.tokenize`, then dictionary look-ups of token n-grams, with the
conjunction/preposition clitics news glues to names removed, by the one clitic table
:data:`marsad.core.arabic.CLITICS` that the offline gazetteer uses too). It costs a fraction of
the full offline extractor, which matters because hints are computed for every
document before its request goes out. The model is told hints may be wrong; grounding
checks everything it returns anyway.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.core.arabic import clitic_variants, tokenize
from marsad.core.lexicon import Entry, get_lexicon

__all__ = ["find_mentions", "hint_label"]

_KINDS = ("actors", "places")


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[tuple[str, ...], Entry]]]:
    """First token of every unambiguous Arabic spelling of an actor or place -> (other tokens, entry),
    longest first."""
    index: dict[str, list[tuple[tuple[str, ...], Entry]]] = {}
    seen: set[tuple[str, ...]] = set()
    for entries in get_lexicon().arabic_surface_forms().values():
        for entry in entries:
            if entry.kind not in _KINDS or entry.get("ambiguous"):
                continue
            for surface in entry.ar:
                toks = tuple(tokenize(surface))
                if not toks or toks in seen or (len(toks) == 1 and len(toks[0]) < 3):
                    continue
                seen.add(toks)
                index.setdefault(toks[0], []).append((toks[1:], entry))
    for items in index.values():
        items.sort(key=lambda item: -len(item[0]))
    return index


def _variants(token: str) -> list[str]:
    """The token and its look-up forms without a glued clitic cluster (the one table, :data:`CLITICS`)."""
    return [token] + [form for _, form in clitic_variants(token, min_rest=3)]


def find_mentions(text: str) -> list[Entry]:
    """Registry actors and places mentioned in ``text``, longest match first, non-overlapping.

    Returns:
        The entries in text order (repeats included).
    """
    index = _index()
    words = tokenize(text)
    out: list[Entry] = []
    i = 0
    while i < len(words):
        best: tuple[Entry, int] | None = None
        for first in _variants(words[i]):
            for rest, entry in index.get(first, ()):
                n = len(rest) + 1
                if (best is None or n > best[1]) and tuple(words[i + 1:i + n]) == rest:
                    best = (entry, n)
                    break  # longest first: the first match is the longest for this form
        if best is None:
            i += 1
            continue
        out.append(best[0])
        i += best[1]
    return out


def hint_label(entry: Entry) -> str:
    """``canonical Arabic (English)``: what the prompt shows for a mention."""
    return f"{entry.canonical} ({entry.name_en})" if entry.name_en else entry.canonical
