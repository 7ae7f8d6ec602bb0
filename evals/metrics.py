"""Evaluation metrics as small pure functions (no I/O, no model): each unit-tested on tiny cases.

Extraction: :func:`prf`, :func:`field_accuracy` (over the pairs :func:`marsad.evals.matching.match_kind`
returns), :func:`citation_stats` (validity and grounding rate). Retrieval:
:func:`first_relevant_rank`, :func:`hit_at_k`, :func:`mean_reciprocal_rank`. QA:
:func:`fact_present`, :func:`score_answer`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from marsad.core.arabic import ascii_digits, normalize
from marsad.evals.matching import FIELDS, compare_field, gold_field, gold_has_field, pred_field

__all__ = [
    "prf",
    "field_accuracy",
    "citation_valid",
    "citation_stats",
    "first_relevant_rank",
    "hit_at_k",
    "mean_reciprocal_rank",
    "ndcg_at_k",
    "drop_unjudged",
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
            if gold_has_field(name, gold.fields):
                totals.setdefault(name, []).append(
                    compare_field(name, gold_field(name, gold.fields), pred_field(name, pred.data)))
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


def ndcg_at_k(ranked: Sequence[str], relevant: Iterable[str], k: int = 10) -> float:
    """Binary-relevance nDCG@k of one ranked list (duplicates collapsed); 0.0 when nothing is relevant."""
    relevant = set(relevant)
    if not relevant:
        return 0.0
    seen: list[str] = []
    for doc_id in ranked:
        if doc_id not in seen:
            seen.append(doc_id)
        if len(seen) == k:
            break
    dcg = sum(1.0 / math.log2(i + 2) for i, d in enumerate(seen) if d in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return dcg / ideal


def drop_unjudged(ranked: Sequence[str], judged: Callable[[str], bool]) -> list[str]:
    """The ranked list without the documents nobody judged (dropped *before* it is cut at k)."""
    return [d for d in ranked if judged(d)]


# ---------------------------------------------------------------- QA
_DIGITS = re.compile(r"^\d+$")
_MARKER = re.compile(r"\[\d+\]")  # citation markers [1], [2] are not facts


# Words that say which toll a number is (normalised: hamza folded, ة -> ه). A number stated
# for one role is not an answer for the other: "13 injured" does not answer "how many killed".
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "killed": ("قتل", "قتلت", "قتلوا", "قتيل", "قتلي", "مقتل", "مصرع", "حتفه", "حتفهم", "استشهد", "استشهاد", "شهيد", "شهداء", "قضوا",
               "وفاه", "توفي", "اعدام", "killed", "dead", "died", "deaths", "death", "fatalities",
               "lives", "kill", "kills", "killing"),
    "injured": ("جرح", "جرحت", "جرحوا", "جريح", "جرحي", "اصابه", "اصابات", "اصيب", "اصيبوا", "مصاب", "مصابين", "مصابا", "injured",
                "wounded", "injuries", "injuring", "wounding", "hurt"),
}
# Clauses end at sentence punctuation, commas and "and/while"; not at ":" ("عدد القتلى: 7") or brackets.
_CLAUSE_SPLIT = re.compile(r"[.!?؟;؛\n،,]+|\s+(?:and|while|but|whereas)\s+")
_WORD = re.compile(r"[0-9]+|[^\W\d_]+")


def _role_of(token: str) -> str | None:
    """The role a token names (its Arabic prefixes و/ف/ب/ل/ال peeled), or None."""
    cands = [token]
    t = token
    for _ in range(3):
        for pre in ("وال", "بال", "لل", "ال", "و", "ف", "ب", "ل"):
            if t.startswith(pre) and len(t) - len(pre) >= 3:
                t = t[len(pre):]
                cands.append(t)
                break
    for role, words in ROLE_WORDS.items():
        if any(c in words or any(c.startswith(w) and len(w) >= 4 for w in words) for c in cands):
            return role
    return None


def _in_role(norm: str, variant: str, role: str) -> bool:
    """True when ``variant`` (a number or words) stands alone in a clause and either names the
    role itself ("قتيلان") or the nearest role word outside it (ties: the one before) is of ``role``."""
    want = _WORD.findall(variant)
    if not want:
        return False
    own = {_role_of(t) for t in want} - {None}
    n = len(want)
    for clause in _CLAUSE_SPLIT.split(norm):
        toks = _WORD.findall(clause)
        for i in range(len(toks) - n + 1):
            if toks[i:i + n] != want:
                continue
            if own:
                if role in own:
                    return True
                continue
            roles = [(j, r) for j, t in enumerate(toks) if not i <= j < i + n and (r := _role_of(t))]
            if not roles:
                continue
            nearest = min(roles, key=lambda jr: (abs(jr[0] - i) if jr[0] < i else jr[0] - (i + n - 1), jr[0] > i))
            if nearest[1] == role:
                return True
    return False


def fact_present(answer: str, variants: Iterable[str], role: str | None = None) -> bool:
    """True when one of the variants appears in the answer (in its role, when one is given).

    Arabic is compared after :func:`marsad.core.arabic.normalize` (so hamza, ta marbuta and
    Arabic-Indic digits do not matter); Latin case-insensitively; a number must stand
    alone ("13" is not found in "2013"); citation markers such as ``[2]`` are ignored.

    With ``role`` (``killed`` / ``injured``), a number must sit in a clause (split at
    punctuation and at "and"/"while") whose nearest role word -- the one before it on a tie --
    names that role: "قتل 13 وأصيب 20" gives 13 killed and 20 injured, never the reverse.
    Word variants ("ثلاثة") are checked the same way (whole words); a variant that is itself a
    role word ("قتيلان") counts for its own role. Other roles (``place``, ``date``) are not checked.
    """
    norm = normalize(_MARKER.sub(" ", answer)).lower()
    for v in variants:
        nv = normalize(str(v)).lower().strip()
        if not nv:
            continue
        if role in ROLE_WORDS:
            if _in_role(norm, nv, role):
                return True
        elif _DIGITS.match(nv):
            if re.search(rf"(?<!\d){nv}(?!\d)", norm):
                return True
        elif nv in norm:
            return True
    return False


@dataclass
class QAScore:
    """How one answer scored (``numbers_stated``/``numbers_grounded``: see :func:`number_grounding`)."""

    id: str
    expect_abstain: bool
    abstained: bool
    correct: bool
    facts_found: list[bool] = field(default_factory=list)
    supported: bool = False
    valid_citations: int = 0
    citations: int = 0
    error: str | None = None
    numbers_stated: int = 0
    numbers_grounded: int = 0

    @property
    def abstention_correct(self) -> bool:
        return self.abstained == self.expect_abstain


_MARKER_RUN = re.compile(rf"(?:{_MARKER.pattern})+")  # a run of citation markers: "[1][2]"
_QUOTED = re.compile(r"«[^»]*»")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def cited_statements(answer: Mapping[str, Any]) -> list[tuple[str, list[Mapping[str, Any]]]]:
    """The statements of an answer, each with the citations its markers name: the text before a run of markers
    ("... [1][2]") back to the previous run, with ``citations[0]`` and ``[1]``."""
    text = answer.get("answer") or ""
    citations = list(answer.get("citations") or [])
    out, pos = [], 0
    for m in _MARKER_RUN.finditer(text):
        marks = [int(k) - 1 for k in re.findall(r"\d+", m.group())]
        out.append((text[pos:m.start()], [citations[i] for i in marks if 0 <= i < len(citations)]))
        pos = m.end()
    return out


def _stated_values(text: str) -> set[int]:
    """The numbers a quote states: in digits (also glued to a word, "1332عراقيا") or in words ("ثلاثة عشر",
    "جنديين"), read with a leading clitic ("لثلاثة") and the accusative alif ("ستا") taken off too. (A sum of a
    list, a dual of things or an ordinal age is not a number the quote states.)"""
    from marsad.agent.numbers import read_quantity

    tokens = re.findall(r"\d+|[^\W\d]+", normalize(text))  # (normalize writes every digit in ASCII)
    values = {int(t) for t in tokens if t.isdigit()}
    readings = [tokens]
    readings.append([t[1:] if len(t) > 3 and t[0] in "وفبلك" else t for t in tokens])
    readings.append([t[:-1] if len(t) > 2 and t.endswith("ا") else t for t in readings[-1]])
    for words in readings:
        for i in range(len(words)):
            q = read_quantity(words, i)
            if q is not None and q.value is not None:
                values.add(q.value)
    return values


def _number_quoted(quote: str, variants: Iterable[str]) -> bool:
    """True when a fact given as a number ("10") is a number the quote states, in digits or in words."""
    values = {int(v) for v in (normalize(str(x)).strip() for x in variants) if v.isdigit()}
    return bool(values) and bool(values & _stated_values(quote))


def number_grounding(answer: Mapping[str, Any]) -> tuple[int, int]:
    """(statements of the answer stating a number, those whose every number its own citations' quotes state).

    Issue 13: every citation supports the sentence it is attached to — the number the sentence states is inside
    the cited span. The numbers are those the statement says in its own words (digits outside the «quoted
    phrases», which are the article's own; a normalised date ``YYYY-MM-DD`` is read from its quoted words, not
    stated by them); a quote may state them in digits or in words."""
    stated = grounded = 0
    for statement, cited in cited_statements(answer):
        said = ascii_digits(_ISO_DAY.sub(" ", _QUOTED.sub(" ", statement)))
        numbers = {int(x) for x in re.findall(r"(?<![\d.,])\d+(?![\d.,]\d)", said)}
        if not numbers:
            continue
        stated += 1
        quoted: set[int] = set()
        for citation in cited:
            quoted |= _stated_values(str(citation.get("quote") or ""))
        grounded += numbers <= quoted
    return stated, grounded


def score_answer(item: Any, answer: Mapping[str, Any] | None, texts: Mapping[str, str], error: str | None = None,
                 *, outside_ok: bool = False) -> QAScore:
    """Score one answer against a QA item.

    Correct means: for an answerable question, not abstained, every expected fact
    present (one of its variants; in its role when the fact has one) in the answer text, and supported by at least one
    valid citation (``quote == text[start:end]``) from one of the supporting documents;
    for an unanswerable one, abstained.

    Args:
        item: a :class:`marsad.evals.golden.QAItem`.
        answer: the answer as a dict (``answer``, ``citations``, ``abstained``); None when
            answering failed.
        texts: doc_id -> text.
        error: why answering failed, if it did.
        outside_ok: a valid citation of a document not among the supporting ones still
            supports the answer when its quote states every expected fact (archive-scale QA,
            where the same news is told by articles nobody judged).
    """
    if answer is None:
        return QAScore(item.id, item.expect_abstain, False, False, error=error or "no answer")
    abstained = bool(answer.get("abstained"))
    citations = list(answer.get("citations") or [])
    valid = [c for c in citations if citation_valid(c, texts)]
    supported = any(c["doc_id"] in item.supporting_docs for c in valid)
    stated, grounded = number_grounding(answer) if not abstained else (0, 0)
    if item.expect_abstain:
        return QAScore(item.id, True, abstained, abstained, [], supported, len(valid), len(citations),
                       numbers_stated=stated, numbers_grounded=grounded)
    roles = list(getattr(item, "fact_roles", ()) or ())
    roles += [None] * (len(item.facts) - len(roles))
    text = answer.get("answer") or ""
    found = [fact_present(text, variants, role) for variants, role in zip(item.facts, roles, strict=True)]
    if not supported and outside_ok and item.facts:
        # an article outside the judged set counts when the cited quote itself states every expected fact (a number
        # also when the quote writes it in words: "عشرة" states 10)
        supported = any(all(fact_present(c.get("quote") or "", v, r) or _number_quoted(c.get("quote") or "", v)
                            for v, r in zip(item.facts, roles, strict=True)) for c in valid)
    correct = (not abstained) and all(found) and supported
    return QAScore(item.id, False, abstained, correct, found, supported, len(valid), len(citations),
                   numbers_stated=stated, numbers_grounded=grounded)
