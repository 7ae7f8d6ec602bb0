"""Marsad (مرصد): Arabic news on Iraqi security turned into validated, cited records.

The core package holds what every layer shares: configuration (:mod:`marsad.core.config`),
errors (:mod:`marsad.core.errors`), Arabic text handling (:mod:`marsad.core.arabic`), the
bilingual registry (:mod:`marsad.core.lexicon`) and the command line (:mod:`marsad.cli`).
It imports nothing from ``agent/``, ``index/``, ``evals/`` or ``ui/``.
"""

__version__ = "0.1.0"
__all__ = ["__version__"]
