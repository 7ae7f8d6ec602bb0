"""Evaluation metrics as small pure functions (no I/O, no model): each unit-tested on tiny cases.

Extraction: :func:`prf`, :func:`field_accuracy` (over the pairs :func:`marsad.evals.matching.match_kind`
returns), :func:`citation_stats` (validity and grounding rate). Retrieval:
:func:`first_relevant_rank`, :func:`hit_at_k`, :func:`mean_reciprocal_rank`. QA:
:func:`fact_present`, :func:`score_answer`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.core.arabic import normalize
from marsad.evals.matching import FIELDS, compare_field

__all__ = [
    "prf",
    "field_accuracy",
    "citation_valid",
    "citation_stats",
    "first_relevant_rank",
    "hit_at_k",
    "mean_reciprocal_rank",
    "fact_present",
    "QAScore",
    "score_answer",
]


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts.

    An empty denominator counts as perfect (nothing predicted and nothing to find is
    not an error): ``prf(0, 0, 0) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}``.
    """
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def field_accuracy(kind: str, pairs: Iterable[tuple[Any, Any]]) -> dict[str, dict[str, float]]:
    """Per-field accuracy over matched (gold, prediction) pairs of one record kind.

    A field is scored only on pairs whose gold item annotates it (a field left out of
    the annotation is "debatable, not scored").

    Args:
        kind: the record kind (selects the fields, see :data:`evals.matching.FIELDS`).
        pairs: ``(gold_item, pred)`` where ``gold_item.fields`` and ``pred.data`` are dicts.

    Returns:
        ``{field: {"accuracy": mean score, "n": pairs scored}}`` for fields scored at least once.
    """
    totals: dict[str, list[float]] = {}
    for gold, pred in pairs:
        for name in FIELDS[kind]:
            if name in gold.fields:
                totals.setdefault(name, []).append(compare_field(name, gold.fields[name], pred.data.get(name)))
    return {name: {"accuracy": sum(v) / len(v), "n": len(v)} for name, v in totals.items()}


def citation_valid(citation: Mapping[str, Any], texts: Mapping[str, str], doc_id: str | None = None) -> bool:
    """True when ``quote == text[start:end]`` for the cited document (and it is ``doc_id`` when given)."""
    try:
        cid, start, end, quote = citation["doc_id"], int(citation["start"]), int(citation["end"]), citation["quote"]
    except (KeyError, TypeError, ValueError):
        return False
    if doc_id is not None and cid != doc_id:
        return False
    text = texts.get(cid)
    return text is not None and 0 <= start < end <= len(text) and bool(quote) and text[start:end] == quote


def citation_stats(records: Iterable[tuple[str, Mapping[str, Any]]], texts: Mapping[str, str]) -> dict[str, float]:
    """Citation validity and grounding rate of predicted records.

    Args:
        records: ``(doc_id, record_dict)`` pairs.
        texts: doc_id -> text.

    Returns:
        ``citations``, ``valid_citations``, ``validity`` (valid / all citations),
        ``records``, ``grounded_records`` and ``grounding_rate`` (records with at least
        one valid citation / records). Rates are 1.0 when there is nothing to check.
    """
    n_cit = n_valid = n_rec = n_grounded = 0
    for doc_id, rec in records:
        n_rec += 1
        ok = [citation_valid(c, texts, doc_id) for c in rec.get("citations") or []]
        n_cit += len(ok)
        n_valid += sum(ok)
        n_grounded += any(ok)
    return {
        "citations": n_cit, "valid_citations": n_valid, "validity": n_valid / n_cit if n_cit else 1.0,
        "records": n_rec, "grounded_records": n_grounded, "grounding_rate": n_grounded / n_rec if n_rec else 1.0,
    }


# ---------------------------------------------------------------- retrieval
def first_relevant_rank(ranked: Sequence[str], relevant: Iterable[str]) -> int | None:
    """1-based rank of the first relevant doc in a ranked list (duplicates collapsed), or None."""
    relevant = set(relevant)
    seen: list[str] = []
    for doc_id in ranked:
        if doc_id in seen:
            continue
        seen.append(doc_id)
        if doc_id in relevant:
            return len(seen)
    return None


def hit_at_k(ranks: Sequence[int | None], k: int) -> float:
    """Share of queries whose first relevant document is within the top ``k``."""
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks) if ranks else 0.0


def mean_reciprocal_rank(ranks: Sequence[int | None]) -> float:
    """Mean of 1/rank of the first relevant document (0 for a miss)."""
    return sum(1.0 / r for r in ranks if r) / len(ranks) if ranks else 0.0


# ---------------------------------------------------------------- QA
_DIGITS = re.compile(r"^\d+$")
_MARKER = re.compile(r"\[\d+\]")  # citation markers [1], [2] are not facts


def fact_present(answer: str, variants: Iterable[str]) -> bool:
    """True when one of the variants appears in the answer.

    Arabic is compared after :func:`marsad.core.arabic.normalize` (so hamza, ta marbuta and
    Arabic-Indic digits do not matter); Latin case-insensitively; a number must stand
    alone ("13" is not found in "2013"); citation markers such as ``[2]`` are ignored.
    """
    norm = normalize(_MARKER.sub(" ", answer)).lower()
    for v in variants:
        nv = normalize(str(v)).lower().strip()
        if not nv:
            continue
        if _DIGITS.match(nv):
            if re.search(rf"(?<!\d){nv}(?!\d)", norm):
                return True
        elif nv in norm:
            return True
    return False


@dataclass
class QAScore:
    """How one answer scored."""

    id: str
    expect_abstain: bool
    abstained: bool
    correct: bool
    facts_found: list[bool] = field(default_factory=list)
    supported: bool = False
    valid_citations: int = 0
    citations: int = 0
    error: str | None = None

    @property
    def abstention_correct(self) -> bool:
        return self.abstained == self.expect_abstain


def score_answer(item: Any, answer: Mapping[str, Any] | None, texts: Mapping[str, str], error: str | None = None) -> QAScore:
    """Score one answer against a QA item.

    Correct means: for an answerable question, not abstained, every expected fact
    present (one of its variants) in the answer text, and supported by at least one
    valid citation (``quote == text[start:end]``) from one of the supporting documents;
    for an unanswerable one, abstained.

    Args:
        item: a :class:`marsad.evals.golden.QAItem`.
        answer: the answer as a dict (``answer``, ``citations``, ``abstained``); None when
            answering failed.
        texts: doc_id -> text.
        error: why answering failed, if it did.
    """
    if answer is None:
        return QAScore(item.id, item.expect_abstain, False, False, error=error or "no answer")
    abstained = bool(answer.get("abstained"))
    citations = list(answer.get("citations") or [])
    valid = [c for c in citations if citation_valid(c, texts)]
    supported = any(c["doc_id"] in item.supporting_docs for c in valid)
    if item.expect_abstain:
        return QAScore(item.id, True, abstained, abstained, [], supported, len(valid), len(citations))
    found = [fact_present(answer.get("answer") or "", variants) for variants in item.facts]
    correct = (not abstained) and all(found) and supported
    return QAScore(item.id, False, abstained, correct, found, supported, len(valid), len(citations))
