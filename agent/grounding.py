"""Grounding: tie every quote a model returns to an exact span of the raw document text.

:func:`align_quote` finds a quote in a text in three tiers, stopping at the first hit:

1. ``exact`` — the quote (trimmed of surrounding spaces, quote marks and ellipses) is
   a substring of the text;
2. ``normalized`` — the quote matches on normalised Arabic (diacritics, alef/ya/ta
   marbuta forms, NBSP, quote-mark variants; :func:`marsad.core.arabic.normalize_with_offsets`),
   or, failing that, its word-token sequence matches the text's (punctuation variants
   and dropped punctuation);
3. ``fuzzy`` — a bounded search over token windows of about the quote's length,
   accepted when the character similarity is at least ``min_similarity``.

Every tier maps its hit back to raw offsets, so ``text[start:end]`` is real text.

:func:`ground_record` turns one model record (fields + ``quotes``) into a validated
schema record: unaligned quotes are dropped, a record left with no citation is
dropped, and a killed/injured figure that its cited text does not state is flagged.
:class:`GroundingStats` counts all of it per document and per run.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ValidationError

from marsad.core.arabic import normalize, normalize_with_offsets, raw_span, token_spans, tokenize
from marsad.core.counters import Counters
from marsad.schemas import RECORD_FIELDS, Citation

__all__ = [
    "Alignment",
    "align_quote",
    "GroundingStats",
    "ground_record",
    "numbers_in",
    "NUMBER_WORDS_SOURCE",
]

# Characters a model adds around a quote that are not part of it.
_TRIM = " \t\r\n\u00a0\"'\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u2018\u2019\u2026"
_ELLIPSIS = re.compile(r"^(?:\.{2,}|\u2026)\s*|\s*(?:\.{2,}|\u2026)$")

MIN_SIMILARITY = 0.85
_MAX_QUOTE_TOKENS = 400
_MAX_CANDIDATES = 24
_MIN_SKELETON = 8
_INNER_ELLIPSIS = re.compile(r"\s*(?:\.{3,}|\u2026)\s*")
_MAX_ELIDED_GAP = 400


@dataclass(frozen=True)
class Alignment:
    """Where a quote stands in a text.

    Attributes:
        start: offset of the first character (into the raw text).
        end: offset just past the last character.
        method: ``exact``, ``normalized`` or ``fuzzy``.
        score: similarity in [0, 1] (1.0 for exact and normalised matches).
    """

    start: int
    end: int
    method: str
    score: float = 1.0


def _clean(quote: str) -> str:
    q = quote.strip(_TRIM)
    prev = None
    while prev != q:
        prev = q
        q = _ELLIPSIS.sub("", q).strip(_TRIM)
    return q


def _nearest(starts: list[int], near: int | None) -> int:
    if near is None:
        return starts[0]
    return min(starts, key=lambda s: (abs(s - near), s))


def _all_occurrences(haystack: str, needle: str, limit: int = 64) -> list[int]:
    out, i = [], haystack.find(needle)
    while i != -1 and len(out) < limit:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


@lru_cache(maxsize=16)
def _normalized(text: str) -> tuple[str, tuple[int, ...]]:
    norm, offsets = normalize_with_offsets(text)
    return norm, tuple(offsets)


@lru_cache(maxsize=16)
def _skeleton(text: str) -> tuple[str, tuple[int, ...]]:
    """Normalised letters and digits only, with the raw offset of each."""
    norm, offsets = _normalized(text)
    keep = [(ch, offsets[i]) for i, ch in enumerate(norm) if ch.isalnum()]
    return "".join(ch for ch, _ in keep), tuple(o for _, o in keep)


@lru_cache(maxsize=16)
def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple(token_spans(text))


def align_quote(
    text: str, quote: str, *, near: int | None = None, min_similarity: float = MIN_SIMILARITY
) -> Alignment | None:
    """Find ``quote`` in ``text`` and return its exact raw span.

    Args:
        text: the document text exactly as stored.
        quote: the quote as a model (or a person) wrote it.
        near: a raw offset; when the quote occurs several times, the occurrence
            closest to it wins (e.g. the start of the window the quote came from).
        min_similarity: the lowest character similarity a fuzzy match may have.

    Returns:
        An :class:`Alignment` (``text[start:end]`` is the matched raw text), or None
        when no tier finds the quote.
    """
    q = _clean(quote)
    if not q or not text:
        return None
    parts = [p for p in (_clean(x) for x in _INNER_ELLIPSIS.split(q)) if p]
    if len(parts) > 1:  # "A ... B": a model skipping the middle of a passage
        return _align_elided(text, parts, near, min_similarity)
    return _align_one(text, q, near, min_similarity)


def _align_elided(text: str, parts: list[str], near: int | None, min_similarity: float) -> Alignment | None:
    """Align each part in order, each within ``_MAX_ELIDED_GAP`` of the previous; the span covers them all."""
    first = _align_one(text, parts[0], near, min_similarity)
    if first is None:
        return None
    hits = [first]
    for part in parts[1:]:
        lo = hits[-1].end
        local = _align_one(text[lo:lo + _MAX_ELIDED_GAP + 4 * len(part)], part, 0, min_similarity)
        if local is None:
            return None
        hits.append(Alignment(local.start + lo, local.end + lo, local.method, local.score))
    order = {"exact": 0, "normalized": 1, "fuzzy": 2}
    worst = max(hits, key=lambda h: order[h.method])
    return Alignment(hits[0].start, hits[-1].end, worst.method if worst.method != "exact" else "normalized",
                     min(h.score for h in hits))


def _align_one(text: str, q: str, near: int | None, min_similarity: float) -> Alignment | None:
    # 1. exact
    starts = _all_occurrences(text, q)
    if starts:
        s = _nearest(starts, near)
        return Alignment(s, s + len(q), "exact")
    # 2a. normalised characters
    norm, offsets = _normalized(text)
    nq = normalize_with_offsets(q)[0].strip()
    if nq:
        starts = _all_occurrences(norm, nq)
        if starts:
            cands = [raw_span(offsets, s, s + len(nq)) for s in starts]
            s, e = min(cands, key=lambda span: (abs(span[0] - near), span[0])) if near is not None else cands[0]
            return Alignment(s, _past_marks(text, e), "normalized")
    # 2b. letters and digits only: spacing and punctuation variants ("و اعادة", «الرياض»)
    skel, skel_offsets = _skeleton(text)
    sq = _skeleton(q)[0]
    if len(sq) >= _MIN_SKELETON:
        starts = _all_occurrences(skel, sq)
        if starts:
            spans = [(skel_offsets[s], skel_offsets[s + len(sq) - 1] + 1) for s in starts]
            s, e = min(spans, key=lambda span: (abs(span[0] - near), span[0])) if near is not None else spans[0]
            return Alignment(s, _past_marks(text, e), "normalized")
    qtokens = tokenize(q)
    if not qtokens:
        return None
    # 3. bounded fuzzy match over token windows
    return _fuzzy(text, _tokens(text), qtokens, near, min_similarity)


def _past_marks(text: str, end: int) -> int:
    """Extend a span's end over the diacritics/tatweel of its last letter (dropped by normalisation)."""
    while end < len(text) and (unicodedata.category(text[end]) == "Mn" or text[end] == "\u0640"):
        end += 1
    return end


def _fuzzy(
    text: str, ttokens: tuple[tuple[str, int, int], ...], qtokens: list[str], near: int | None, min_similarity: float
) -> Alignment | None:
    n = len(qtokens)
    if n < 3 or n > _MAX_QUOTE_TOKENS or len(ttokens) < 2:
        return None  # too short to tell a paraphrase from a match; too long to search cheaply
    words = [t[0] for t in ttokens]
    qcount = Counter(qtokens)
    qstring = " ".join(qtokens)
    # Token overlap of every window of n tokens, in one sliding pass.
    window = Counter(words[:n])
    overlaps = []
    for i in range(0, max(1, len(words) - n + 1)):
        if i:
            window[words[i - 1]] -= 1
            if i + n - 1 < len(words):
                window[words[i + n - 1]] += 1
        overlaps.append((sum(min(c, window[w]) for w, c in qcount.items()), i))
    need = 0.5 * n
    candidates = sorted((o for o in overlaps if o[0] >= need), key=lambda o: (-o[0], o[1]))[:_MAX_CANDIDATES]
    best: tuple[float, int, int] | None = None
    for _, i in candidates:
        for a in (i - 1, i, i + 1):
            for b in (a + n - 1, a + n, a + n + 1):
                if a < 0 or b > len(words) or b <= a:
                    continue
                matcher = SequenceMatcher(None, qstring, " ".join(words[a:b]), autojunk=False)
                if matcher.quick_ratio() < min_similarity:
                    continue
                score = matcher.ratio()
                if best is None or score > best[0] or (
                    score == best[0] and near is not None and abs(ttokens[a][1] - near) < abs(ttokens[best[1]][1] - near)
                ):
                    best = (score, a, b)
    if best is None or best[0] < min_similarity:
        return None
    score, a, b = best
    return Alignment(ttokens[a][1], _past_marks(text, ttokens[b - 1][2]), "fuzzy", round(score, 3))


# ---------------------------------------------------------------- numbers
def _number_reader():
    """The project's Arabic number reader (:mod:`marsad.agent.numbers`), when it is installed."""
    try:
        from marsad.agent.numbers import is_single_person, read_quantity
    except ImportError:
        return None
    return read_quantity, is_single_person


NUMBER_WORDS_SOURCE = "marsad.agent.numbers" if _number_reader() else "digits only"
"""Where :func:`numbers_in` gets number words from: ``agent.numbers`` or digits only."""

_DIGITS = re.compile(r"\d+")


def numbers_in(text: str) -> set[int]:
    """Every whole number ``text`` states: digits (ASCII or Arabic-Indic) and, through
    :mod:`marsad.agent.numbers`, number words ("ثلاثة عشر"), dual nouns ("جنديين" = 2) and
    singular person nouns ("جندي" = 1)."""
    found = {int(m.group()) for m in _DIGITS.finditer(normalize(text).replace(",", ""))}
    reader = _number_reader()
    if reader is not None:
        read_quantity, is_single_person = reader
        tokens = tokenize(text)
        for i, token in enumerate(tokens):
            quantity = read_quantity(tokens, i)
            if quantity is not None and quantity.value is not None:
                found.add(quantity.value)
            elif is_single_person(token):
                found.add(1)
    return found


# ---------------------------------------------------------------- records
@dataclass
class GroundingStats(Counters):
    """Counters of what grounding kept, moved and dropped."""

    quotes: int = 0
    aligned_exact: int = 0
    aligned_normalized: int = 0
    aligned_fuzzy: int = 0
    dropped_quotes: int = 0
    records: int = 0
    dropped_records: int = 0
    invalid_records: int = 0
    flagged_numbers: int = 0
    repaired_fields: int = 0
    unreadable_records: int = 0



def cite_quotes(
    doc_id: str, text: str, quotes: list[str], *, near: int | None = None,
    region: tuple[int, int] | None = None, stats: GroundingStats | None = None,
) -> list[Citation]:
    """Align each quote and build citations; unaligned quotes are dropped and counted.

    Args:
        doc_id: the document's id.
        text: the document text exactly as stored.
        quotes: quotes as the model wrote them.
        near: preferred position for quotes that occur several times.
        region: a raw span (e.g. the window the quotes came from) searched first;
            the whole text is searched when the quote is not found there.
        stats: counters to update.

    Returns:
        Citations in quote order, without duplicate spans.
    """
    stats = stats if stats is not None else GroundingStats()
    out: list[Citation] = []
    seen: set[tuple[int, int]] = set()
    for quote in quotes:
        if not isinstance(quote, str) or not quote.strip():
            continue
        stats.quotes += 1
        hit = None
        if region is not None:
            r0, r1 = region
            local = align_quote(text[r0:r1], quote, near=None if near is None else near - r0)
            if local is not None:
                hit = Alignment(local.start + r0, local.end + r0, local.method, local.score)
        if hit is None:
            hit = align_quote(text, quote, near=near)
        if hit is None:
            stats.dropped_quotes += 1
            continue
        setattr(stats, f"aligned_{hit.method}", getattr(stats, f"aligned_{hit.method}") + 1)
        if (hit.start, hit.end) in seen:
            continue
        seen.add((hit.start, hit.end))
        out.append(Citation.from_span(doc_id, text, hit.start, hit.end))
    return out


def number_flags(record: dict[str, Any], citations: list[Citation]) -> list[str]:
    """Flags for killed/injured figures that the cited text does not state.

    Returns:
        e.g. ``["killed_not_in_citation"]``; empty when every figure is stated.
    """
    flags = []
    stated: set[int] | None = None
    for key in ("killed", "injured"):
        value = record.get(key)
        if value is None:
            continue
        if stated is None:
            stated = numbers_in(" ".join(c.quote for c in citations))
        if value not in stated:
            flags.append(f"{key}_not_in_citation")
    return flags


def ground_record(
    kind: str,
    data: dict[str, Any] | BaseModel,
    doc_id: str,
    text: str,
    *,
    near: int | None = None,
    region: tuple[int, int] | None = None,
    stats: GroundingStats | None = None,
) -> BaseModel | None:
    """Turn one model record (its fields plus ``quotes``) into a validated schema record.

    Args:
        kind: ``actors``, ``attacks``, ``joint_rooms`` or ``agreements``.
        data: the record's fields with a ``quotes`` list (a dict or a model).
        doc_id: the document's id.
        text: the document text exactly as stored.
        near: preferred position for ambiguous quotes.
        region: a raw span searched first (the window the record came from).
        stats: counters to update.

    Returns:
        The record (an ``Actor``, ``Attack``, ``JointRoom`` or ``Agreement``) with
        exact citations and any ``flags``; None when no quote could be aligned or the
        record does not validate (both counted).
    """
    stats = stats if stats is not None else GroundingStats()
    record = data.model_dump() if isinstance(data, BaseModel) else dict(data)
    quotes = record.pop("quotes", None) or []
    record.pop("citations", None)
    citations = cite_quotes(doc_id, text, list(quotes), near=near, region=region, stats=stats)
    if not citations:
        stats.dropped_records += 1
        return None
    flags = [f for f in record.pop("flags", None) or [] if isinstance(f, str)]
    new_flags = number_flags(record, citations)
    stats.flagged_numbers += len(new_flags)
    record["flags"] = flags + [f for f in new_flags if f not in flags]
    record["citations"] = [c.model_dump() for c in citations]
    try:
        model = RECORD_FIELDS[kind].model_validate(record, context={"text": text, "doc_id": doc_id})
    except ValidationError:
        stats.invalid_records += 1
        return None
    stats.records += 1
    return model
