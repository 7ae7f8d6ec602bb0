"""Evaluation: the golden set, the metrics, the `marsad eval` harness and the baseline gate.

Public entry points: :func:`marsad.evals.harness.run_eval` (what `marsad eval` calls),
:func:`marsad.evals.golden.load_golden` (the annotated set), and the pure metric functions
in :mod:`marsad.evals.metrics`, :mod:`marsad.evals.scoring` and :mod:`marsad.evals.matching`.
"""

from pathlib import Path

__all__ = ["EVALS_DIR", "GOLDEN_DIR", "RECORDINGS_DIR", "DEFAULT_BASELINE"]

EVALS_DIR = Path(__file__).resolve().parent
GOLDEN_DIR = EVALS_DIR / "golden"
RECORDINGS_DIR = EVALS_DIR / "recordings"
DEFAULT_BASELINE = EVALS_DIR / "baseline.json"
