"""Word and phrase tables of the scope rules: every clitic surface of a word, its forms, phrases looked up in a span of words."""

from __future__ import annotations

from functools import lru_cache

from marsad.agent.offline.context import bare
from marsad.core.arabic import SINGLE_CLITICS, clitic_variants


def clitic_surfaces(forms: frozenset[str]) -> frozenset[str]:
    """Every token that has one of ``forms`` among its :func:`bare` forms: the form itself, the form behind
    one or two clitics (و/ف/ب/ل), or an "ال" form written "لل". A token list holds a word with a form in
    ``forms`` exactly when it meets this set, a test made at C speed instead of per token."""
    out: set[str] = set()
    for n in forms:
        candidates = [n, *(c + n for c in SINGLE_CLITICS), *(c + d + n for c in SINGLE_CLITICS for d in SINGLE_CLITICS)]
        if n.startswith("ال"):
            candidates.append("لل" + n[2:])
        out.update(w for w in candidates if n in bare(w))
    return frozenset(out)


@lru_cache(maxsize=65536)
def word_forms(word: str) -> frozenset[str]:
    """A normalised token and its forms behind the proclitics news glues to a word: و/ف/ب/ل/ك (one or two, as
    :func:`bare` reads them), the clusters of :data:`marsad.core.arabic.CLITICS` ("وبال"، "كال"، "لل") and the
    article itself ("العادة" -> "عادة"). A cue word is matched against these forms, never as a substring of the
    token ("استعادة" holds the letters of "عادة" and none of these forms is it)."""
    out = set(bare(word))
    out.update(form for _, form in clitic_variants(word))
    out.update([f[2:] for f in out if f.startswith("ال") and len(f) > 4])
    return frozenset(out)


def _form_surfaces(n: str) -> set[str]:
    """Every token whose :func:`word_forms` hold ``n``: ``n`` behind one or two of و/ف/ب/ل/ك, with or without the
    article, or behind "لل"/"ولل"/"فلل"."""
    heads = ["", *SINGLE_CLITICS, *(c + d for c in SINGLE_CLITICS for d in SINGLE_CLITICS)]
    candidates = [h + a + n for h in heads for a in ("", "ال")] + [h + n for h in ("لل", "ولل", "فلل")]
    if n.startswith("ال"):
        candidates += [h + n[2:] for h in ("لل", "ولل", "فلل")]  # "للمونديال" holds "المونديال"
    return {w for w in candidates if n in word_forms(w)}


def phrase_table(entries: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A list of normalised words and "_"-joined phrases, keyed by every token that may open one (each surface of
    its first word, :func:`word_forms` read backwards): token -> the rest of each phrase it opens. A sentence is
    then read with one look-up per token."""
    table: dict[str, list[tuple[str, ...]]] = {}
    for entry in entries:
        first, *rest = entry.split("_")
        for surface in _form_surfaces(first):
            table.setdefault(surface, []).append(tuple(rest))
    return {k: tuple(v) for k, v in table.items()}


def has_phrase(words: list[str], lo: int, hi: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> bool:
    """True when one of ``table``'s words or phrases (:func:`phrase_table`) stands in ``words[lo:hi]`` as whole
    tokens: its first word as one of a token's :func:`word_forms` (so "وعادة"، "كالعادة" hold "عادة"), the rest as the
    tokens after it."""
    hi = min(hi, len(words))
    lo = max(0, lo)
    if lo >= hi or table.keys().isdisjoint(words if lo == 0 and hi == len(words) else words[lo:hi]):
        return False  # (one C-speed set test: most spans hold no opening token at all)
    for x in range(lo, hi):
        for rest in table.get(words[x], ()):
            if x + 1 + len(rest) <= hi and tuple(words[x + 1:x + 1 + len(rest)]) == rest:
                return True
    return False


def phrase_hits(words: list[str], table: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """How many tokens of ``words`` open one of ``table``'s words or phrases (as :func:`has_phrase` reads them)."""
    if table.keys().isdisjoint(words):
        return 0
    return sum(1 for x, w in enumerate(words) if w in table and any(
        tuple(words[x + 1:x + 1 + len(rest)]) == rest for rest in table[w]))
