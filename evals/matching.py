"""The matching rule: which predicted record is which gold item.

Pure functions over plain dicts (records as JSON objects) and span tuples; the rule
is documented in ``evals/golden/README.md`` ("Matching rule"):

* **actors** match on identity: some name of the prediction (``name``,
  ``canonical_name``, ``name_en``, ``aliases``) and some name of the gold item have the
  same *name key* (normalised Arabic with clitics and generic head words such as
  قوات/تنظيم removed, lower-cased English) or resolve to the same lexicon entry (a name
  ending in epithets such as الانقلابية/الإرهابي is also looked up without them).
* **attacks, joint rooms, agreements** match when a *valid* citation of the prediction
  overlaps a gold evidence span by at least one character and the key field does not
  contradict: for attacks and rooms, when both sides give a location they must be the
  same place or lie in the same governorate (:func:`place_compatible`).
* Assignment is one-to-one and greedy by score (overlap, then agreeing fields).
  A leftover prediction that matches an optional gold item is ignored; one that
  matches an already matched gold item is a *duplicate* (a false positive, reported);
  anything else is a false positive. Unmatched required gold items are false negatives.

Who is whom and where is where live in :mod:`marsad.evals.entities`, how a field compares in
:mod:`marsad.evals.fields`; their public names are re-exported here (``from marsad.evals.matching import
same_entity, compare_field`` keeps working).
"""


from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.evals.entities import (
    entity_names,
    governorates,
    location_country,
    name_keys,
    place_compatible,
    place_keys,
    same_entity,
    same_place,
)
from marsad.evals.fields import (
    FIELDS,
    compare_field,
    gold_field,
    gold_has_field,
    pred_field,
    same_affiliation,
    same_text,
    set_f1,
)

__all__ = [
    "Pred",
    "MatchResult",
    "name_keys",
    "same_entity",
    "place_keys",
    "same_place",
    "place_compatible",
    "governorates",
    "set_f1",
    "span_overlap",
    "match_kind",
    "compare_field",
    "same_text",
    "same_affiliation",
    "location_country",
    "gold_has_field",
    "gold_field",
    "pred_field",
    "FIELDS",
]


def span_overlap(a: Iterable[tuple[int, int]], b: Iterable[tuple[int, int]]) -> int:
    """Characters shared by two sets of spans (sum over pairs)."""
    b = list(b)
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


# The fields that break ties when matching (kept to the original set so adding a scored
# field does not change which prediction is paired with which gold item).
_MATCH_FIELDS: dict[str, tuple[str, ...]] = {
    "actors": ("type",),
    "attacks": ("killed", "injured", "date", "perpetrator", "location", "attack_type"),
    "joint_rooms": ("status", "location", "participants", "date"),
    "agreements": ("parties", "status", "date"),
}

@dataclass
class Pred:
    """A predicted record: its document, kind, JSON fields and the spans of its valid citations."""

    doc_id: str
    kind: str
    data: dict
    spans: tuple[tuple[int, int], ...]
    index: int = 0

    def label(self) -> str:
        name = self.data.get("name")
        if not name and isinstance(self.data.get("location"), dict):
            name = self.data["location"].get("name")
        return f"{self.doc_id}/{self.kind}[{self.index}]" + (f" {name}" if name else "")


@dataclass
class MatchResult:
    """The outcome of matching one record kind (over one or many documents)."""

    pairs: list[tuple[Any, Pred]] = field(default_factory=list)  # (GoldItem, Pred)
    false_positives: list[Pred] = field(default_factory=list)
    duplicates: list[tuple[Pred, Any]] = field(default_factory=list)  # also counted in false_positives
    false_negatives: list[Any] = field(default_factory=list)
    optional_hits: list[tuple[Pred, Any]] = field(default_factory=list)

    @property
    def tp(self) -> int:
        return len(self.pairs)

    @property
    def fp(self) -> int:
        return len(self.false_positives)

    @property
    def fn(self) -> int:
        return len(self.false_negatives)

    def extend(self, other: MatchResult) -> None:
        self.pairs += other.pairs
        self.false_positives += other.false_positives
        self.duplicates += other.duplicates
        self.false_negatives += other.false_negatives
        self.optional_hits += other.optional_hits


def _gold_names(fields: dict) -> list[str]:
    return entity_names({k: fields.get(k) for k in ("name", "canonical_name", "name_en", "aliases")})


def _compatible(kind: str, gold: Any, pred: Pred) -> bool:
    if kind == "actors":
        return same_entity(_gold_names(gold.fields), entity_names(pred.data))
    if span_overlap(pred.spans, gold.spans) <= 0:
        return False
    if kind in ("attacks", "joint_rooms"):
        g_loc, p_loc = gold.fields.get("location"), pred.data.get("location")
        if g_loc and p_loc and not place_compatible(g_loc, p_loc):
            return False
    return True


def _score(kind: str, gold: Any, pred: Pred) -> float:
    agree = [compare_field(f, gold.fields[f], pred.data.get(f)) for f in _MATCH_FIELDS[kind] if f in gold.fields]
    bonus = sum(agree) / len(agree) if agree else 0.0
    if kind == "actors":
        exact = name_keys([pred.data.get("name")]) & name_keys([gold.fields.get("name")])
        return 1.0 + (0.5 if exact else 0.0) + bonus
    gold_len = sum(e - s for s, e in gold.spans) or 1
    return min(1.0, span_overlap(pred.spans, gold.spans) / gold_len) + bonus


def match_kind(kind: str, gold_items: Sequence[Any], preds: Sequence[Pred]) -> MatchResult:
    """Match the predictions of one kind in one document to its gold items.

    Args:
        kind: ``actors``, ``attacks``, ``joint_rooms`` or ``agreements``.
        gold_items: :class:`marsad.evals.golden.GoldItem` objects of that kind and document.
        preds: the predictions of that kind for the same document.

    Returns:
        The :class:`MatchResult`: pairs, false positives (incl. duplicates), false
        negatives, and predictions absorbed by optional items.
    """
    result = MatchResult()
    compat = {(gi, pi): _compatible(kind, g, p) for gi, g in enumerate(gold_items) for pi, p in enumerate(preds)}
    scored = sorted(
        ((_score(kind, gold_items[gi], preds[pi]), gi, pi) for (gi, pi), ok in compat.items()
         if ok and not gold_items[gi].optional),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    gold_taken: dict[int, int] = {}
    pred_taken: set[int] = set()
    for _, gi, pi in scored:
        if gi in gold_taken or pi in pred_taken:
            continue
        gold_taken[gi] = pi
        pred_taken.add(pi)
        result.pairs.append((gold_items[gi], preds[pi]))
    for pi, p in enumerate(preds):
        if pi in pred_taken:
            continue
        optional = [g for gi, g in enumerate(gold_items) if g.optional and compat[(gi, pi)]]
        if optional:
            result.optional_hits.append((p, optional[0]))
            continue
        dup_of = [gold_items[gi] for gi in gold_taken if compat[(gi, pi)]]
        if dup_of:
            result.duplicates.append((p, dup_of[0]))
        result.false_positives.append(p)
    result.false_negatives = [g for gi, g in enumerate(gold_items) if not g.optional and gi not in gold_taken]
    return result
