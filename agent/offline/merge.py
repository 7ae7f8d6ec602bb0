"""Citations and the merging of mentions into records: shared by the offline rules.

A record's evidence is a list of raw-text spans; :func:`citations` turns them into
validated :class:`schemas.Citation` objects (trimmed, deduplicated, in text order).
:class:`Cluster` gathers the mentions of one room, attack or agreement within a document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from marsad.agent.offline import rules
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import trim_spans
from marsad.schemas import Citation

__all__ = ["citations", "Cluster", "sentence_span", "window_span", "MAX_QUOTE"]

MAX_QUOTE = rules.number("merge", "max_quote")
"""Longer sentences are cited by a window of tokens around the evidence, not whole."""


def sentence_span(sentence: Sentence) -> tuple[int, int]:
    """The raw span of a whole sentence."""
    return sentence.start, sentence.end


def window_span(sentence: Sentence, i: int, j: int, before: int = 12, after: int = 18) -> tuple[int, int]:
    """The raw span of the sentence, or of a window of tokens around ``[i, j)`` when the sentence is long."""
    if sentence.end - sentence.start <= MAX_QUOTE:
        return sentence.start, sentence.end
    a = max(0, i - before)
    b = min(len(sentence.tokens), j + after)
    return sentence.token_span(a, b)


def citations(doc_id: str, text: str, spans: list[tuple[int, int]], limit: int = 8) -> list[Citation]:
    """Citations for raw spans: whitespace-trimmed, deduplicated, spans inside others dropped, in text order.

    Args:
        doc_id: the document id.
        text: the document text exactly as stored.
        spans: ``(start, end)`` raw offsets.
        limit: at most this many citations (the first ones in text order).
    """
    cleaned = sorted(set(trim_spans(text, spans)), key=lambda se: (se[0], -se[1]))
    kept: list[tuple[int, int]] = []
    for s, e in cleaned:
        if any(ks <= s and e <= ke for ks, ke in kept):
            continue
        kept.append((s, e))
    return [Citation.from_span(doc_id, text, s, e) for s, e in kept[:limit]]


@dataclass
class Cluster:
    """The mentions of one record within a document, before it is built.

    Attributes:
        key: what identifies it (e.g. a place id), or None for a mention with no anchor.
        spans: evidence spans.
        data: per-record accumulated facts (places, participants, statuses, counts, ...).
        first: index of the first sentence that mentions it.
    """

    key: Any
    first: int
    spans: list[tuple[int, int]] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def add_list(self, name: str, values) -> None:
        """Append values to a list fact, keeping order and dropping repeats."""
        items = self.data.setdefault(name, [])
        for v in values:
            if v is not None and v not in items:
                items.append(v)
