"""Hints for the prompt: the registry's actors and places mentioned in a window.

A deliberately light matcher over :mod:`marsad.lexicon` (one normalisation pass with
:func:`marsad.arabic.token_spans`, then dictionary look-ups of token n-grams, with the
conjunction/preposition clitics news glues to names removed). It costs a fraction of
the full offline extractor, which matters because hints are computed for every
document before its request goes out. The model is told hints may be wrong; grounding
checks everything it returns anyway.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.arabic import token_spans, tokenize
from marsad.lexicon import Entry, get_lexicon

__all__ = ["find_mentions", "hint_label"]

_KINDS = ("actors", "places")
# clitic clusters in front of a name: (prefix, what stays) — "والحشد" -> "الحشد", "بكركوك" -> "كركوك"
_CLITICS = (("وبال", "ال"), ("وال", "ال"), ("فال", "ال"), ("بال", "ال"), ("كال", "ال"), ("ولل", "ال"), ("لل", "ال"),
            ("وب", ""), ("ول", ""), ("و", ""), ("ف", ""), ("ب", ""), ("ل", ""), ("ك", ""))


@lru_cache(maxsize=1)
def _index() -> tuple[dict[tuple[str, ...], Entry], int]:
    """Token tuple of every unambiguous Arabic spelling of an actor or place -> its entry."""
    index: dict[tuple[str, ...], Entry] = {}
    for entries in get_lexicon().arabic_surface_forms().values():
        for entry in entries:
            if entry.kind not in _KINDS or entry.get("ambiguous"):
                continue
            for surface in entry.ar:
                toks = tuple(tokenize(surface))
                if toks and (len(toks) > 1 or len(toks[0]) >= 3):
                    index.setdefault(toks, entry)
    return index, max((len(k) for k in index), default=1)


def _variants(token: str) -> list[str]:
    out = [token]
    for prefix, keep in _CLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            out.append(keep + token[len(prefix):])
    return out


def find_mentions(text: str) -> list[tuple[Entry, int, int]]:
    """Registry actors and places in ``text``, longest match first, non-overlapping.

    Returns:
        ``(entry, start, end)`` with raw offsets of the matched words, in text order.
    """
    index, longest = _index()
    spans = token_spans(text)
    words = [w for w, _, _ in spans]
    out: list[tuple[Entry, int, int]] = []
    i = 0
    while i < len(words):
        hit = None
        for n in range(min(longest, len(words) - i), 0, -1):
            rest = tuple(words[i + 1:i + n])
            for first in _variants(words[i]):
                entry = index.get((first, *rest))
                if entry is not None:
                    hit = (entry, n)
                    break
            if hit:
                break
        if hit:
            entry, n = hit
            out.append((entry, spans[i][1], spans[i + n - 1][2]))
            i += n
        else:
            i += 1
    return out


def hint_label(entry: Entry) -> str:
    """``canonical Arabic (English)``: what the prompt shows for a mention."""
    return f"{entry.canonical} ({entry.name_en})" if entry.name_en else entry.canonical
