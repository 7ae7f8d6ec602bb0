"""Presenting an eval run: the console table, ``report.md`` and ``report.json``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.evals.golden import RECORD_KINDS, SPLITS

__all__ = ["format_table", "format_markdown", "to_json", "write_reports"]


def _f(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def _extraction_rows(run: Any) -> list[tuple[str, ...]]:
    rows = []
    for kind in (*RECORD_KINDS, "all"):
        m = run.metrics
        if f"extraction.{kind}.f1" not in m:
            continue
        c = run.counts.get(f"extraction.{kind}", {})
        if kind == "all":
            c = {k: sum(run.counts.get(f"extraction.{x}", {}).get(k, 0) for x in RECORD_KINDS)
                 for k in ("tp", "fp", "fn", "duplicates")}
        rows.append((kind, _f(m[f"extraction.{kind}.precision"]), _f(m[f"extraction.{kind}.recall"]),
                     _f(m[f"extraction.{kind}.f1"]), str(c.get("tp", "")), str(c.get("fp", "")), str(c.get("fn", "")),
                     str(c.get("duplicates", ""))))
    return rows


def _field_rows(run: Any) -> list[tuple[str, str, str]]:
    return [(k.removeprefix("extraction.field."), _f(v), str(run.sizes.get(k, "")))
            for k, v in sorted(run.metrics.items()) if k.startswith("extraction.field.")]


def _has_splits(run: Any) -> bool:
    return any(k.startswith(("tune.", "check.")) for k in run.metrics)


def _splits_scored(run: Any) -> tuple[str, ...]:
    """The splits the run has extraction figures for, in order (a ``fresh*`` split only once it is annotated)."""
    return tuple(s for s in SPLITS if any(k.startswith(f"{s}.extraction.") for k in run.metrics))


def _split_rows(run: Any, prefix: str = "extraction.") -> list[tuple[str, ...]]:
    """Every all-set metric with its tune and check (and fresh) figures beside it (``value (n)``)."""
    rows = []
    for k in sorted(k for k in run.metrics if k.startswith(prefix)):
        cells = [k.removeprefix(prefix)]
        cells += [_figure(run, key) for key in (k, *(f"{s}.{k}" for s in _splits_scored(run)))]
        rows.append(tuple(cells))
    return rows


def _figure(run: Any, key: str) -> str:
    """One metric's table cell: ``value (n)``, or ``-`` where the run has no such metric."""
    v = run.metrics.get(key)
    return "-" if v is None else f"{v:.3f} ({run.sizes.get(key, '')})"


def _archive_lines(run: Any) -> list[str]:
    from marsad.evals.retrieval_archive import format_side_by_side

    return format_side_by_side({k: v for k, v in run.metrics.items() if k.startswith("retrieval.")}, run.sizes)


def _dev_splits(run: Any) -> list[str]:
    """The fresh-question splits (``dev.``, ``dev2.``, ...) of the qa_dev*.jsonl files the run scored, in order."""
    found = {key.split(".", 1)[0] for key in run.metrics if key.startswith("dev") and ".qa." in key}
    return [f"{name}." for name in sorted(found, key=lambda n: (len(n), n))]


def _qa_side_by_side(run: Any) -> list[tuple[str, ...]]:
    rows = []
    for metric in ("answer_accuracy", "english_answer_accuracy", "abstention_accuracy", "number_grounding"):
        for split in ("", "tune.", "check.", *_dev_splits(run)):
            if not any(f"{split}{index}.{metric}" in run.metrics for index in ("qa", "qa.archive")):
                continue
            rows.append((f"{split}{metric}",
                         *(_figure(run, f"{split}{index}.{metric}") for index in ("qa", "qa.archive"))))
    return rows


def format_table(run: Any) -> str:
    """The plain-text summary printed by `marsad eval`."""
    lines = [f"marsad eval — mode {run.mode}, set {run.golden_version}, suites {','.join(run.suites)}"]
    if getattr(run, "skipped", False):
        return "\n".join([*lines, "skipped: the real-news set needs the shared corpus"])
    if _has_splits(run):
        return _format_realnews(run, lines)
    if "extraction" in run.suites:
        lines.append("")
        lines.append(f"{'extraction':<12} {'P':>6} {'R':>6} {'F1':>6} {'TP':>4} {'FP':>4} {'FN':>4} {'dup':>4}")
        for r in _extraction_rows(run):
            lines.append(f"{r[0]:<12} {r[1]:>6} {r[2]:>6} {r[3]:>6} {r[4]:>4} {r[5]:>4} {r[6]:>4} {r[7]:>4}")
        lines.append("")
        lines.append(f"{'field accuracy (matched records)':<36} {'acc':>6} {'n':>4}")
        for name, acc, n in _field_rows(run):
            lines.append(f"{name:<36} {acc:>6} {n:>4}")
        cit = run.counts.get("extraction.citations", {})
        lines.append("")
        lines.append(f"citations: validity {_f(run.metrics.get('extraction.citations.validity'))} "
                     f"({cit.get('valid_citations', 0)}/{cit.get('citations', 0)}), grounding rate "
                     f"{_f(run.metrics.get('extraction.citations.grounding_rate'))} "
                     f"({cit.get('grounded_records', 0)}/{cit.get('records', 0)} records)")
        errors = run.counts.get("extraction.errors") or {}
        if errors:
            lines.append(f"extraction FAILED for {len(errors)} document(s):")
            lines += [f"  {doc}: {err.splitlines()[0] if err else ''}" for doc, err in sorted(errors.items())]
    if "retrieval" in run.suites:
        m = run.metrics
        lines.append("")
        lines.append("retrieval: " + ", ".join(f"{k.removeprefix('retrieval.')} {_f(v)}" for k, v in m.items()
                                               if k.startswith("retrieval.")))
    if "qa" in run.suites:
        m = run.metrics
        lines.append("")
        lines.append(f"qa: answer accuracy {_f(m.get('qa.answer_accuracy'))} "
                     f"(n={run.sizes.get('qa.answer_accuracy', 0)}), abstention accuracy "
                     f"{_f(m.get('qa.abstention_accuracy'))} (n={run.sizes.get('qa.abstention_accuracy', 0)})"
                     + (f", {run.details['qa']['qa.errors']} error(s)" if run.details.get("qa", {}).get("qa.errors")
                        else ""))
    lines += _time_lines(run)
    lines += [f"note: {note}" for note in run.notes]
    lines += _baseline_lines(run)
    return "\n".join(lines)


def _time_lines(run: Any) -> list[str]:
    timings = {k.removeprefix("time."): v for k, v in run.counts.items() if k.startswith("time.")}
    return ["", "time: " + ", ".join(f"{k} {v}" for k, v in timings.items())]


def _baseline_lines(run: Any) -> list[str]:
    if not run.baseline_checked:
        return []
    if not run.regressions:
        return ["BASELINE: ok (no metric fell by more than its tolerance)"]
    return [f"BASELINE: {len(run.regressions)} metric(s) regressed beyond tolerance:",
            *(f"  REGRESSED {r.describe()}" for r in run.regressions)]


def _format_realnews(run: Any, lines: list[str]) -> str:
    counts = run.counts
    if "extraction" in run.suites:
        splits = _splits_scored(run)
        per_split = ", ".join(f"{s} {counts.get(f'{s}.documents', 0)}" for s in splits)
        lines.append(f"documents scored: {counts.get('documents', 0)} ({per_split})"
                     + ("; all = tune + check" if any(s.startswith("fresh") for s in splits) else ""))
        lines.append("")
        lines.append(f"{'extraction (value (n))':<40} {'all':>14}" + "".join(f" {s:>14}" for s in splits))
        for r in _split_rows(run):
            lines.append(f"{r[0]:<40}" + "".join(f" {c:>14}" for c in r[1:]))
        for split in ("", *(f"{s}." for s in splits)):
            c = {k: sum(counts.get(f"{split}extraction.{x}", {}).get(k, 0) for x in RECORD_KINDS)
                 for k in ("tp", "fp", "fn")}
            lines.append(f"  {split or 'all.'} records: TP {c['tp']} FP {c['fp']} FN {c['fn']}")
        errors = counts.get("extraction.errors") or {}
        if errors:
            lines.append(f"extraction FAILED for {len(errors)} document(s): {', '.join(sorted(errors))}")
    if "retrieval" in run.suites:
        lines.append("")
        lines += _archive_lines(run)
    if "qa" in run.suites:
        lines.append("")
        lines.append(f"{'qa (value (n))':<28} {'set index':>14} {'whole corpus':>14}")
        lines += [f"{r[0]:<28} {r[1]:>14} {r[2]:>14}" for r in _qa_side_by_side(run)]
    lines += _time_lines(run)
    lines += [f"note: {n}" for n in run.notes if not n.startswith(("new metric", "improved"))]
    others = [n for n in run.notes if n.startswith(("new metric", "improved"))]
    if others:
        lines.append(f"note: {len(others)} new or improved metric(s) (see report.md)")
    lines += _baseline_lines(run)
    return "\n".join(lines)


def _md_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |" for r in rows]
    return out


def format_markdown(run: Any) -> str:
    """``report.md``: the summary tables plus error analysis (misses, false positives, wrong fields)."""
    lines = [f"# Marsad eval report — {run.mode}", "",
             f"Golden set {run.golden_version}; suites: {', '.join(run.suites)}.", ""]
    if run.baseline_checked:
        lines.append("**Baseline: " + ("REGRESSED**" if run.regressions else "ok**"))
        lines += [f"- {r.describe()}" for r in run.regressions]
        lines.append("")
    if _has_splits(run) and "extraction" in run.suites:
        splits = _splits_scored(run)
        lines += [f"## Extraction: whole set (tune + check), {', '.join(splits)}", ""]
        lines += _md_table(("metric", "all (n)", *(f"{s} (n)" for s in splits)), _split_rows(run))
        lines.append("")
    if _has_splits(run) and "retrieval" in run.suites:
        lines += ["## Retrieval at archive scale", "", "```", *_archive_lines(run), "```", ""]
    if _has_splits(run) and "qa" in run.suites:
        lines += ["## QA: set index vs whole corpus", ""]
        lines += _md_table(("metric", "set index (n)", "whole corpus (n)"), _qa_side_by_side(run))
        lines.append("")
    if "extraction" in run.suites:
        lines += ["## Extraction", ""]
        lines += _md_table(("kind", "P", "R", "F1", "TP", "FP", "FN", "dup"), _extraction_rows(run))
        lines += ["", "### Field accuracy on matched records", ""]
        lines += _md_table(("field", "accuracy", "n"), _field_rows(run))
        d = run.details.get("extraction", {})
        for title, key, cols in (
            ("Missed gold items (false negatives)", "false_negatives", ("kind", "gold", "quote")),
            ("False positives", "false_positives", ("kind", "pred", "quote")),
            ("Duplicates", "duplicates", ("kind", "pred", "of")),
            ("Wrong fields", "field_errors", ("kind", "gold", "field", "expected", "got")),
        ):
            items = d.get(key) or []
            lines += ["", f"### {title} ({len(items)})", ""]
            if items:
                lines += _md_table(cols, [tuple(json.dumps(i[c], ensure_ascii=False) if not isinstance(i[c], str)
                                                else i[c] for c in cols) for i in items])
    if "retrieval" in run.suites and not _has_splits(run):
        lines += ["", "## Retrieval", ""]
        lines += _md_table(("metric", "value"), [(k, _f(v)) for k, v in run.metrics.items() if k.startswith("retrieval.")])
        misses = run.details.get("retrieval", {}).get("misses_top3") or []
        lines += ["", f"Queries without a relevant document in the top 3: {len(misses)}", ""]
        if misses:
            lines += _md_table(("id", "query", "relevant", "top 3"),
                               [(m["id"], m["query"], ", ".join(m["relevant"]), ", ".join(m["top"])) for m in misses])
    if "qa" in run.suites:
        lines += ["", "## Question answering", ""]
        lines += _md_table(("metric", "value", "n"), [(k, _f(v), str(run.sizes.get(k, ""))) for k, v in run.metrics.items()
                                                      if k.startswith("qa.")])
        wrong = run.details.get("qa", {}).get("qa_wrong") or []
        lines += ["", f"Wrong answers: {len(wrong)}", ""]
        if wrong:
            lines += _md_table(("id", "question", "expect abstain", "abstained", "facts found", "supported", "error"),
                               [(w["id"], w["question"], str(w["expect_abstain"]), str(w["abstained"]),
                                 str(w["facts_found"]), str(w["supported"]), w["error"] or "") for w in wrong])
    if run.notes:
        lines += ["", "## Notes", ""] + [f"- {n}" for n in run.notes]
    return "\n".join(lines) + "\n"


def to_json(run: Any) -> dict:
    """``report.json``: metrics, sizes, counts, details, regressions."""
    return {
        "mode": run.mode, "section": getattr(run, "section", run.mode), "skipped": getattr(run, "skipped", False),
        "backend": run.backend, "golden_version": run.golden_version, "suites": list(run.suites),
        "metrics": run.metrics, "sizes": run.sizes, "counts": run.counts, "details": run.details,
        "baseline_checked": run.baseline_checked,
        "regressions": [r.__dict__ for r in run.regressions], "notes": run.notes,
    }


def write_reports(run: Any, directory: Path) -> list[Path]:
    """Write ``report.md`` and ``report.json`` into ``directory`` (created); returns the paths."""
    directory.mkdir(parents=True, exist_ok=True)
    md, js = directory / "report.md", directory / "report.json"
    md.write_text(format_markdown(run), encoding="utf-8")
    js.write_text(json.dumps(to_json(run), ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    return [md, js]
