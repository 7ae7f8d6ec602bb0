"""The committed baseline: per-backend metric values with per-metric tolerances, and the gate.

File shape (``evals/baseline.json``)::

    {"about": "...",
     "golden_version": "1.0.0",
     "modes": {"offline": {"metrics": {"extraction.attacks.f1": 0.8, ...},
                           "tolerances": {"extraction.attacks.f1": 0.02, ...}},
               "llm-replay": {...}}}

Every gated metric is a rate in [0, 1] where higher is better. A run *regresses* when
a metric falls below ``baseline - tolerance`` (or disappears). Tolerances are per
metric and kept when the baseline is rewritten with ``--update-baseline``; a new
metric gets :func:`default_tolerance`. Edit a tolerance in the file to loosen or
tighten one metric deliberately.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from marsad.core.errors import ConfigError, InputError

__all__ = ["Regression", "default_tolerance", "compare", "load_baseline", "update_baseline"]

_ABOUT = (
    "Committed eval baseline: `marsad eval --baseline evals/baseline.json` exits 1 when a metric falls below "
    "baseline - tolerance. Rewrite deliberately with `--update-baseline` (tolerances are kept). "
    "See evals/golden/README.md#baseline."
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
    """Tolerance given to a metric when it first enters the baseline.

    0.02 for aggregate rates; for a per-field accuracy scored on few records
    (``n`` < 20) 0.05, so that one debatable record does not flip CI, while a real
    regression (several records) still does.
    """
    if n is not None and n < 20:
        return 0.05
    return 0.02


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
        raise InputError(str(path), f"is not valid JSON: {exc}") from exc


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
            notes.append(f"improved {name}: {base:.3f} -> {cur:.3f}")
    for name in sorted(set(current) - set(base_metrics)):
        notes.append(f"new metric {name} = {current[name]:.3f} (not in the baseline)")
    return regressions, notes


def update_baseline(path: Path, mode: str, metrics: dict[str, float], sizes: dict[str, int], golden_version: str) -> dict:
    """Write this run's metrics as the baseline of ``mode`` (other modes, and suites that did not run, untouched).

    Args:
        path: the baseline file (created when missing).
        mode: the mode section to replace.
        metrics: metric -> value.
        sizes: metric -> number of items it is computed on (chooses default tolerances).
        golden_version: the golden set's version, recorded beside the numbers.

    Returns:
        The new baseline content.
    """
    path = Path(path)
    data = load_baseline(path) if path.exists() else {}
    old = (data.get("modes") or {}).get(mode, {})
    old_tol = old.get("tolerances", {})
    ran = {k.split(".", 1)[0] for k in metrics}
    # a run of some suites (`--suite extraction`) keeps the other suites' numbers
    merged = {k: v for k, v in old.get("metrics", {}).items() if k.split(".", 1)[0] not in ran}
    merged |= {k: round(v, 4) for k, v in metrics.items()}
    section = {
        "metrics": dict(sorted(merged.items())),
        "tolerances": {k: old_tol.get(k, default_tolerance(k, sizes.get(k))) for k in sorted(merged)},
    }
    data["about"] = _ABOUT
    data["golden_version"] = golden_version
    data.setdefault("modes", {})[mode] = section
    data["modes"] = dict(sorted(data["modes"].items()))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return data
