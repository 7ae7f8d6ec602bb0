"""The committed baseline: per-backend metric values with per-metric tolerances, and the gate.

File shape (``evals/baseline.json``)::

    {"about": "...",
     "golden_version": "1.0.0",
     "modes": {"offline": {"version": "1.0.0",
                           "metrics": {"extraction.attacks.f1": 0.8, ...},
                           "sizes": {"extraction.attacks.f1": 46, ...},
                           "tolerances": {"extraction.attacks.f1": 0.0196, ...}},
               "llm-replay": {...},
               "offline:realnews": {...}}}

Every gated metric is a rate in [0, 1] where higher is better. A run *regresses* when
a metric falls below ``baseline - tolerance`` (or disappears). Each tolerance is set
from the metric's sample size ``n`` (how many records one step of the rate is worth):
``min(0.02, 0.9 / n)``, so that one wrong record turns the gate red on a small field.
It is recomputed whenever the baseline is rewritten.

A rewrite that **lowers** a figure (or drops a metric) is refused unless
``evals/BASELINE_CHANGES.md`` has a line naming the section and the metric and saying
why (:func:`lowered_without_reason`); the same check runs over the committed history
in ``tests/test_baseline_changes.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from marsad.core.errors import BaselineLowered, ConfigError, InputError
from marsad.evals.golden import SPLITS

__all__ = ["Regression", "default_tolerance", "compare", "load_baseline", "update_baseline", "lowered_metrics",
           "lowered_without_reason", "CHANGES_FILE", "BaselineLowered"]

CHANGES_FILE = Path(__file__).resolve().parent / "BASELINE_CHANGES.md"

_ABOUT = (
    "Committed eval baseline: `marsad eval --baseline evals/baseline.json` exits 1 when a metric falls below "
    "baseline - tolerance (tolerance min(0.02, 0.9/n) from each metric's size n). Rewrite with `--update-baseline`; "
    "a lowered figure needs a line in evals/BASELINE_CHANGES.md. See evals/golden/README.md#baseline."
)


_EPS = 1e-4  # baseline values are stored rounded to 4 decimals


@dataclass(frozen=True)
class Regression:
    """One metric that fell by more than its tolerance (``current`` None = missing)."""

    metric: str
    baseline: float
    current: float | None
    tolerance: float

    def describe(self) -> str:
        now = "missing" if self.current is None else f"{self.current:.3f}"
        return f"{self.metric}: {self.baseline:.3f} -> {now} (tolerance {self.tolerance:.3f})"


def default_tolerance(metric: str, n: int | None = None) -> float:
    """Tolerance of a metric computed on ``n`` items: ``min(0.02, 0.9 / n)`` (0.02 when n is unknown).

    Below one item's worth (1/n), so that a single wrong record on a field scored on
    few records is a regression, not noise.
    """
    if not n:
        return 0.02
    return round(min(0.02, 0.9 / n), 4)


def load_baseline(path: Path) -> dict:
    """Read a baseline file.

    Raises:
        InputError: the file is missing or not valid JSON.
    """
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(str(path), "does not exist",
                         hint="create it with `marsad eval --update-baseline --baseline PATH`") from exc
    except ValueError as exc:
        raise InputError(str(path), f"is not valid JSON: {exc}",
                         hint="fix the file, or restore it with `git checkout evals/baseline.json`") from exc


def _pair(base: float, cur: float) -> str:
    """``"0.993 -> 0.995"``; with more digits when three show the same figure ("improved: 0.993 -> 0.993" read as
    nothing gained)."""
    digits = 3
    while digits < 6 and f"{base:.{digits}f}" == f"{cur:.{digits}f}":
        digits += 1
    return f"{base:.{digits}f} -> {cur:.{digits}f}"


def compare(current: dict[str, float], baseline: dict, mode: str) -> tuple[list[Regression], list[str]]:
    """Compare current metrics with the baseline of one mode.

    Args:
        current: metric -> value of this run.
        baseline: the loaded baseline file.
        mode: ``offline``, ``llm-replay`` or ``llm``.

    Returns:
        ``(regressions, notes)``: the metrics that fell by more than their tolerance, and
        informational notes (improvements, new metrics).

    Raises:
        ConfigError: the baseline has no section for ``mode``.
    """
    section = (baseline.get("modes") or {}).get(mode)
    if not section:
        raise ConfigError(f"the baseline has no entry for mode {mode!r}",
                          hint="run `marsad eval --update-baseline` with this backend to add it")
    base_metrics, tolerances = section.get("metrics", {}), section.get("tolerances", {})
    regressions, notes = [], []
    for name, base in sorted(base_metrics.items()):
        tol = float(tolerances.get(name, default_tolerance(name)))
        cur = current.get(name)
        if cur is None or cur < base - tol - _EPS:
            regressions.append(Regression(name, base, cur, tol))
        elif cur > base + _EPS:
            notes.append(f"improved {name}: {_pair(base, cur)}")
    for name in sorted(set(current) - set(base_metrics)):
        notes.append(f"new metric {name} = {current[name]:.3f} (not in the baseline)")
    return regressions, notes


def lowered_metrics(old: dict, new: dict) -> list[tuple[str, str, float, float | None]]:
    """``(section, metric, old, new)`` for every figure that fell (or disappeared) from ``old`` to ``new``."""
    out = []
    for section, sec in sorted((old.get("modes") or {}).items()):
        new_metrics = ((new.get("modes") or {}).get(section) or {}).get("metrics", {})
        if section not in (new.get("modes") or {}):
            continue  # a whole section removed is a deliberate edit of the file, not a lowered figure
        for name, value in sorted(sec.get("metrics", {}).items()):
            cur = new_metrics.get(name)
            if cur is None or cur < value - _EPS:
                out.append((section, name, value, cur))
    return out


def _explained(section: str, metric: str, changes: str) -> bool:
    """A line names the section and the metric (backticks allowed) and gives a reason (3+ more words)."""
    for line in changes.splitlines():
        toks = [t.strip(":,;()") for t in line.replace("`", " ").split()]
        if metric in toks and section in toks and len([t for t in toks if t not in (metric, section)]) >= 3:
            return True
    return False


def lowered_without_reason(old: dict, new: dict, changes: str) -> list[tuple[str, str, float, float | None]]:
    """The lowered figures that no line of BASELINE_CHANGES.md names (section and metric on one line)."""
    return [t for t in lowered_metrics(old, new) if not _explained(t[0], t[1], changes)]


def update_baseline(path: Path, mode: str, metrics: dict[str, float], sizes: dict[str, int], golden_version: str, *,
                    top_level_version: bool = True, changes_file: Path | None = None) -> dict:
    """Write this run's metrics as the baseline of ``mode`` (other modes, and suites that did not run, untouched).

    Args:
        path: the baseline file (created when missing).
        mode: the section to replace (``offline``, ``llm-replay``, ``offline:realnews`` ...).
        metrics: metric -> value.
        sizes: metric -> number of items it is computed on (sets its tolerance).
        golden_version: the set's version, recorded in the section (and at the top for the golden set).
        top_level_version: also record it as the file's ``golden_version``.
        changes_file: the log of lowered figures (default ``evals/BASELINE_CHANGES.md`` beside
            ``path``'s ``evals`` directory, else :data:`CHANGES_FILE`).

    Returns:
        The new baseline content.

    Raises:
        BaselineLowered: a figure would fall (or vanish) without a line in the changes file.
    """
    path = Path(path)
    data = load_baseline(path) if path.exists() else {}
    old = (data.get("modes") or {}).get(mode, {})
    ran = {_suite(k) for k in metrics}
    # a run of some suites (`--suite extraction`) keeps the other suites' numbers
    merged = {k: v for k, v in old.get("metrics", {}).items() if _suite(k) not in ran}
    merged |= {k: round(v, 4) for k, v in metrics.items()}
    old_sizes = old.get("sizes", {})
    merged_sizes = {k: int(sizes.get(k, old_sizes.get(k, 0)) or 0) for k in merged}
    section = {
        "version": golden_version,
        "metrics": dict(sorted(merged.items())),
        "sizes": dict(sorted(merged_sizes.items())),
        "tolerances": {k: default_tolerance(k, merged_sizes.get(k)) for k in sorted(merged)},
    }
    new = json.loads(json.dumps(data))
    new.setdefault("modes", {})[mode] = section
    changes_path = Path(changes_file) if changes_file else CHANGES_FILE
    changes = changes_path.read_text(encoding="utf-8") if changes_path.exists() else ""
    unexplained = lowered_without_reason(data, new, changes)
    if unexplained:
        listing = "; ".join(f"{s} {m}: {o} -> {'missing' if n is None else n}" for s, m, o, n in unexplained)
        raise BaselineLowered(
            f"the new baseline lowers {len(unexplained)} figure(s) without a reason: {listing}",
            hint=f"add one line per figure to {changes_path} naming the section and the metric and why "
                 f"(e.g. `- 2025-01-01 {unexplained[0][0]} {unexplained[0][1]}: <why>`), then run again")
    new["about"] = _ABOUT
    if top_level_version or "golden_version" not in new:
        new["golden_version"] = golden_version
    new["modes"] = dict(sorted(new["modes"].items()))
    path.write_text(json.dumps(new, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return new


def _suite(metric: str) -> str:
    head, _, rest = metric.partition(".")
    return rest.split(".", 1)[0] if head in SPLITS and rest else head
