"""How one field of a matched pair is scored: :func:`compare_field` over the scored :data:`FIELDS`.

Pure functions over plain values (see ``evals/golden/README.md``, "Matching rule"): counts, dates and enums by
equality, actors by identity (:func:`marsad.evals.entities.same_entity`), places by :func:`same_place`, short
labels by their tokens (:func:`same_text`), sets by F1 (:func:`set_f1`); ``location_country`` is derived from the
location. :mod:`marsad.evals.matching` re-exports these names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from marsad.evals.entities import (
    GENERIC_HEADS,
    contains,
    is_latin,
    lexicon,
    location_country,
    name_tokens,
    same_entity,
    same_place,
)

__all__ = [
    "FIELDS",
    "set_f1",
    "same_text",
    "same_affiliation",
    "compare_field",
    "gold_has_field",
    "gold_field",
    "pred_field",
]


# Every annotated field that is scored, per kind. ``location_country`` is derived: the
# ISO alpha-2 ``country`` of the gold location against the country of the predicted one
# (its own ``country`` key, else its gazetteer entry, else a country named in it).
FIELDS: dict[str, tuple[str, ...]] = {
    "actors": ("type", "role", "affiliation"),
    "attacks": ("killed", "injured", "date", "perpetrator", "location", "location_country", "attack_type", "target",
                "background", "weapons"),
    "joint_rooms": ("status", "location", "location_country", "participants", "lead", "date"),
    "agreements": ("parties", "status", "date", "agreement_type", "provisions"),
}
_ENTITY_FIELDS = {"perpetrator", "lead"}
_TEXT_FIELDS = {"target", "role", "affiliation"}
_TEXT_SET_FIELDS = {"provisions", "weapons"}


def set_f1(gold: Sequence[Any], pred: Sequence[Any]) -> float:
    """Overlap of two sets of entities as F1.

    Args:
        gold: gold members; each a name or a list of equivalent names.
        pred: predicted members (names).

    Returns:
        F1 of the matching (1.0 when both are empty, 0.0 when exactly one is).
    """
    return _set_f1(gold, pred, _entity_matches)


def _entity_matches(gold: list, pred: list) -> tuple[int, int]:
    """``(predicted members that match a gold one, gold members matched)``: each predicted entity takes a gold one
    not taken yet where it can (:func:`same_entity`)."""
    matched_gold: set[int] = set()
    pred_ok = 0
    for p in pred:
        hits = [i for i, g in enumerate(gold) if same_entity(p, g)]
        if hits:
            pred_ok += 1
            fresh = [i for i in hits if i not in matched_gold]
            matched_gold.add(fresh[0] if fresh else hits[0])
    return pred_ok, len(matched_gold)


def _set_f1(gold: Sequence[Any], pred: Sequence[Any], matches: Callable[[list, list], tuple[int, int]]) -> float:
    """F1 of two sets once their empty members are dropped; ``matches(gold, pred)`` counts the predicted members
    that match and the gold members matched (1.0 when both sets are empty, 0.0 when exactly one is)."""
    gold = [g for g in gold if g]
    pred = [p for p in pred if p]
    if not gold and not pred:
        return 1.0
    if not gold or not pred:
        return 0.0
    ok_pred, ok_gold = matches(gold, pred)
    precision, recall = ok_pred / len(pred), ok_gold / len(gold)
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


def _caseless(tok: str) -> str:
    """A word without a final alif, for the indefinite accusative ("مسجدا" -> "مسجد"): a label quoted from "استهدفوا
    مسجدا" names the same thing as the gold "مسجد". Words of three letters or fewer keep theirs ("ابا"). It is
    applied to both sides, so it also makes a name ending in alif meet its nisba ("سوريا" ~ "سوري"); in short
    labels of targets, roles and affiliations that is the same place or side."""
    return tok[:-1] if len(tok) > 3 and tok.endswith("ا") else tok


def _text_keys(text: Any) -> tuple[str, ...]:
    return tuple(map(_caseless, name_tokens(str(text), GENERIC_HEADS))) if text not in (None, "") else ()


def same_text(gold: Any, pred: Any) -> bool:
    """A short free-text label (target, role, provision) matches: same entity, or the normalised
    tokens of one contain the other's ("الشرطة الاتحادية" ~ "عناصر الشرطة الاتحادية")."""
    a, b = _text_keys(gold), _text_keys(pred)
    if not a or not b:
        return False
    if a == b or contains(a, b) or contains(b, a):
        return True
    return same_entity(str(gold), str(pred))


_GOVERNMENT_WORDS = frozenset({"government", "of", "the", "حكومة", "الحكومة", "حكومه", "الحكومه"})


def _state(text: Any) -> str | None:
    """The country a label names once its government words are dropped ("Government of Turkey", "United States
    Government", "حكومة تركيا" -> turkey), else None."""
    words = [w for w in re.findall(r"[\w']+", str(text or "")) if w.lower() not in _GOVERNMENT_WORDS]
    if not words:
        return None
    rest = " ".join(words)
    lex = lexicon()
    found = lex.lookup_en(rest) if is_latin(rest) else lex.lookup_ar(rest)
    states = {e.id for e in found if e.kind == "places" and e.get("admin_level") == "country"}
    return states.pop() if len(states) == 1 else None


def same_affiliation(gold: Any, pred: Any) -> bool:
    """An affiliation matches as a label (:func:`same_text`) or when both name one state, one of them by its
    government ("تركيا" ~ "Government of Turkey": a minister's affiliation is his state)."""
    if same_text(gold, pred):
        return True
    a, b = _state(gold), _state(pred)
    return a is not None and a == b


def _text_matches(gold: list, pred: list) -> tuple[int, int]:
    """``(predicted labels that match a gold one, gold labels matched)`` by :func:`same_text`, any to any."""
    return (sum(1 for p in pred if any(same_text(g, p) for g in gold)),
            sum(1 for g in gold if any(same_text(g, p) for p in pred)))


def _norm_enum(value: Any) -> Any:
    return getattr(value, "value", value)


def gold_has_field(name: str, fields: dict) -> bool:
    """Whether a gold item annotates (and so is scored on) a field."""
    if name == "location_country":
        loc = fields.get("location")
        return isinstance(loc, dict) and bool(loc.get("country"))
    return name in fields


def gold_field(name: str, fields: dict) -> Any:
    """The gold value of a field (``location_country`` read from the location)."""
    if name == "location_country":
        return (fields.get("location") or {}).get("country")
    return fields.get(name)


def pred_field(name: str, data: dict) -> Any:
    """The predicted value of a field (``location_country`` derived from the location)."""
    if name == "location_country":
        return location_country(data.get("location"))
    return data.get(name)


def compare_field(name: str, gold: Any, pred: Any) -> float:
    """Score one field of a matched pair: 1.0 right, 0.0 wrong, a fraction for sets.

    * ``killed``/``injured``/``date``/``status``/``type``/``background``: equality
      (None equals None; a missing ``background`` is False).
    * ``attack_type``/``type``/``agreement_type``: equality with the value or, when gold is
      a list of acceptable values, with one of them.
    * ``perpetrator``/``lead``: gold is a name, None, or a list of acceptable answers (None in
      the list accepts "not stated"); names compare with :func:`same_entity`.
    * ``target``/``role``/``affiliation``: as ``perpetrator`` but compared with :func:`same_text` (an affiliation
      also with :func:`same_affiliation`: a state and its government are one).
    * ``location``: :func:`same_place` (None equals None).
    * ``location_country``: ISO codes, case-insensitive (gold may be a list).
    * ``participants``/``parties``: :func:`set_f1`; ``provisions``/``weapons``: F1 of :func:`same_text`.
    """
    if name in ("participants", "parties"):
        return set_f1(gold or [], pred or [])
    if name in _TEXT_SET_FIELDS:
        return _set_f1(gold or [], pred or [], _text_matches)
    if name == "location":
        if not gold or not pred:
            return float(not gold and not pred)
        return float(same_place(gold, pred))
    if name in _ENTITY_FIELDS or name in _TEXT_FIELDS:
        same = same_entity if name in _ENTITY_FIELDS else same_affiliation if name == "affiliation" else same_text
        options = gold if isinstance(gold, list) else [gold]
        if pred in (None, ""):
            return float(any(o is None for o in options))
        return float(any(o is not None and same(o, pred) for o in options))
    if name == "background":
        return float(bool(gold) == bool(pred))
    if name == "location_country":
        options = gold if isinstance(gold, list) else [gold]
        return float(pred is not None and str(pred).upper() in {str(o).upper() for o in options if o})
    options = gold if isinstance(gold, list) else [gold]
    return float(any(_norm_enum(o) == _norm_enum(pred) for o in options))
