"""The scores of an eval run: predictions against a golden set, with no model and no index.

:func:`score_extraction` (records matched to gold items by :mod:`marsad.evals.matching`, precision, recall,
field accuracy, citations), :func:`score_extraction_splits` (the same per split), :func:`score_retrieval`
(hit@k, MRR of ranked doc ids) and :func:`qa_rates` (answer and abstention accuracy of scored answers);
:func:`read_predictions` reads ``--predictions``. :mod:`marsad.evals.harness` runs the suites and calls these.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.core.errors import InputError
from marsad.evals.golden import RECORD_KINDS, GoldenSet
from marsad.evals.matching import (
    FIELDS,
    MatchResult,
    Pred,
    compare_field,
    gold_field,
    gold_has_field,
    match_kind,
    pred_field,
)
from marsad.evals.metrics import (
    citation_stats,
    citation_valid,
    field_accuracy,
    first_relevant_rank,
    hit_at_k,
    mean_reciprocal_rank,
    prf,
)

__all__ = ["RETRIEVAL_KS", "read_predictions", "score_extraction", "score_extraction_splits", "score_retrieval",
           "qa_rates"]

RETRIEVAL_KS = (1, 3, 5)


def read_predictions(path: Path) -> dict[str, dict]:
    """Read extraction output (JSON Lines, one DocumentRecords object per line) as plain dicts.

    Raises:
        InputError: the file is missing, a line is not JSON, or has no ``doc_id``.
    """
    preds: dict[str, dict] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot be read: {exc}", hint="pass the JSONL written by `marsad extract`") from exc
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise InputError(f"{path}:{lineno}", f"not valid JSON: {exc}", hint="pass the JSONL written by `marsad extract`") from exc
        if not isinstance(obj, dict) or not obj.get("doc_id"):
            raise InputError(f"{path}:{lineno}", "needs a `doc_id`", hint="one DocumentRecords object per line")
        for kind in RECORD_KINDS:
            records = obj.get(kind, [])
            if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                raise InputError(f"{path}:{lineno}", f"`{kind}` must be a list of record objects",
                                 hint="one DocumentRecords object per line (see schemas/records.py)")
        preds[obj["doc_id"]] = obj
    return preds


def _first_quote(obj: Any) -> str:
    if isinstance(obj, Pred):
        cits = obj.data.get("citations") or []
        return (cits[0].get("quote") if cits else "")[:90]
    return obj.quotes[0][:90] if obj.quotes else ""


def score_extraction(golden: GoldenSet, predictions: dict[str, dict]) -> tuple[dict, dict, dict, dict]:
    """Score predicted records against the golden annotations.

    Args:
        golden: the golden set.
        predictions: doc_id -> DocumentRecords-shaped dict (missing docs = nothing predicted).

    Returns:
        ``(metrics, sizes, counts, details)`` — see :class:`EvalRun`.
    """
    texts = golden.texts
    results = {kind: MatchResult() for kind in RECORD_KINDS}
    all_records: list[tuple[str, dict]] = []
    for doc_id in golden.docs:
        pred_doc = predictions.get(doc_id) or {}
        for kind in RECORD_KINDS:
            preds = []
            for i, rec in enumerate(pred_doc.get(kind) or []):
                all_records.append((doc_id, rec))
                spans = tuple((int(c["start"]), int(c["end"])) for c in rec.get("citations") or []
                              if citation_valid(c, texts, doc_id))
                preds.append(Pred(doc_id, kind, rec, spans, i))
            results[kind].extend(match_kind(kind, golden.items[doc_id][kind], preds))

    metrics: dict[str, float] = {}
    sizes: dict[str, int] = {}
    counts: dict[str, Any] = {}
    details: dict[str, Any] = {"false_negatives": [], "false_positives": [], "duplicates": [], "field_errors": []}
    tot = Counter()
    for kind, res in results.items():
        scores = prf(res.tp, res.fp, res.fn)
        for name, value in scores.items():
            metrics[f"extraction.{kind}.{name}"] = value
            sizes[f"extraction.{kind}.{name}"] = _prf_size(name, res.tp, res.fp, res.fn)
        counts[f"extraction.{kind}"] = {"tp": res.tp, "fp": res.fp, "fn": res.fn, "duplicates": len(res.duplicates),
                                        "optional_hits": len(res.optional_hits)}
        tot.update({"tp": res.tp, "fp": res.fp, "fn": res.fn})
        for fname, acc in field_accuracy(kind, res.pairs).items():
            metrics[f"extraction.field.{kind}.{fname}"] = acc["accuracy"]
            sizes[f"extraction.field.{kind}.{fname}"] = acc["n"]
        details["false_negatives"] += [{"kind": kind, "gold": g.id, "quote": _first_quote(g)} for g in res.false_negatives]
        dup_ids = {id(p) for p, _ in res.duplicates}
        details["false_positives"] += [{"kind": kind, "pred": p.label(), "quote": _first_quote(p)}
                                       for p in res.false_positives if id(p) not in dup_ids]
        details["duplicates"] += [{"kind": kind, "pred": p.label(), "of": g.id} for p, g in res.duplicates]
        for g, p in res.pairs:
            for fname in FIELDS[kind]:
                if not gold_has_field(fname, g.fields):
                    continue
                expected, got = gold_field(fname, g.fields), pred_field(fname, p.data)
                if compare_field(fname, expected, got) < 1.0:
                    details["field_errors"].append({"kind": kind, "gold": g.id, "field": fname,
                                                    "expected": expected, "got": got})
    micro = prf(tot["tp"], tot["fp"], tot["fn"])
    for name, value in micro.items():
        metrics[f"extraction.all.{name}"] = value
        sizes[f"extraction.all.{name}"] = _prf_size(name, tot["tp"], tot["fp"], tot["fn"])
    cit = citation_stats(all_records, texts)
    metrics["extraction.citations.validity"] = cit["validity"]
    metrics["extraction.citations.grounding_rate"] = cit["grounding_rate"]
    sizes["extraction.citations.validity"] = cit["citations"]
    sizes["extraction.citations.grounding_rate"] = cit["records"]
    counts["extraction.citations"] = cit
    unknown = sorted(set(predictions) - set(golden.docs))
    if unknown:
        counts["extraction.unknown_docs"] = unknown
    return metrics, sizes, counts, details


def _prf_size(name: str, tp: int, fp: int, fn: int) -> int:
    """How many records one step of a rate is worth: its denominator (F1 = 2tp/(2tp+fp+fn))."""
    return {"precision": tp + fp, "recall": tp + fn}.get(name, 2 * tp + fp + fn)


def score_extraction_splits(golden: GoldenSet, predictions: dict[str, dict]) -> tuple[dict, dict, dict, dict]:
    """:func:`score_extraction` on the whole set (tune and check: :attr:`GoldenSet.whole`) and, for a set
    with splits, on each split apart (metrics prefixed ``tune.`` / ``check.`` / ``fresh.``)."""
    whole = golden.whole
    metrics, sizes, counts, details = score_extraction(whole, {d: p for d, p in predictions.items() if d in whole.docs})
    for split in sorted(set(golden.splits.values())):
        sub = golden.subset(split)
        m, sz, c, split_details = score_extraction(sub, {d: p for d, p in predictions.items() if d in sub.docs})
        if sub.docs.keys() - whole.docs.keys():  # a split outside the whole set: its errors join the report
            for key, items in split_details.items():
                details[key] = details.get(key, []) + items
        metrics |= {f"{split}.{k}": v for k, v in m.items()}
        sizes |= {f"{split}.{k}": v for k, v in sz.items()}
        counts |= {f"{split}.{k}": v for k, v in c.items() if k.startswith("extraction.") and isinstance(v, dict)}
        counts[f"{split}.documents"] = len(sub.docs)
    counts["documents"] = len(whole.docs)
    return metrics, sizes, counts, details


def score_retrieval(golden: GoldenSet, ranked: dict[str, list[str]]) -> tuple[dict, dict, dict]:
    """Hit@k and MRR of ranked doc ids per query id (pure: no index)."""
    ranks = [first_relevant_rank(ranked.get(item.id, []), item.relevant) for item in golden.retrieval]
    n = len(ranks)
    metrics = {f"retrieval.hit@{k}": hit_at_k(ranks, k) for k in RETRIEVAL_KS}
    metrics["retrieval.mrr"] = mean_reciprocal_rank(ranks)
    by_lang: dict[str, list] = {}
    for item, rank in zip(golden.retrieval, ranks, strict=True):
        by_lang.setdefault(item.language, []).append(rank)
    for lang, rs in sorted(by_lang.items()):
        metrics[f"retrieval.{lang}.mrr"] = mean_reciprocal_rank(rs)
    sizes = {k: n for k in metrics} | {f"retrieval.{lang}.mrr": len(rs) for lang, rs in by_lang.items()}
    misses = [{"id": item.id, "query": item.query, "relevant": list(item.relevant), "top": ranked.get(item.id, [])[:3]}
              for item, rank in zip(golden.retrieval, ranks, strict=True) if rank is None or rank > 3]
    return metrics, sizes, {"misses_top3": misses}


def qa_rates(scores: list, prefix: str, english: set[str] = frozenset()) -> tuple[dict, dict]:
    """Answer accuracy (answerable questions), abstention accuracy (all), the share of statements stating a number
    whose citations state it (:func:`marsad.evals.metrics.number_grounding`) and, when there are English answerable
    questions (ids in ``english``), their answer accuracy alone (issue 13 sets a target for it)."""
    answerable = [s for s in scores if not s.expect_abstain]
    metrics = {
        f"{prefix}.answer_accuracy": sum(s.correct for s in answerable) / len(answerable) if answerable else 1.0,
        f"{prefix}.abstention_accuracy": sum(s.abstention_correct for s in scores) / len(scores) if scores else 1.0,
    }
    sizes = {f"{prefix}.answer_accuracy": len(answerable), f"{prefix}.abstention_accuracy": len(scores)}
    stated = sum(s.numbers_stated for s in scores)
    if stated:  # issue 13: the number a statement states is inside the span its citation quotes
        metrics[f"{prefix}.number_grounding"] = sum(s.numbers_grounded for s in scores) / stated
        sizes[f"{prefix}.number_grounding"] = stated
    in_english = [s for s in answerable if s.id in english]
    if in_english:
        metrics[f"{prefix}.english_answer_accuracy"] = sum(s.correct for s in in_english) / len(in_english)
        sizes[f"{prefix}.english_answer_accuracy"] = len(in_english)
    return metrics, sizes
