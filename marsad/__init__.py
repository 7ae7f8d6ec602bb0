"""Marsad (مرصد): Arabic news on Iraqi security turned into validated, cited records.

The Python API (:mod:`marsad.api`), loaded on first use so ``import marsad`` stays instant::

    import marsad

    records = marsad.extract(text_or_path)          # DocumentRecords (or a list, for several articles)
    hits = marsad.search("joint operations room in Kirkuk", k=5)   # list[Hit]
    answer = marsad.ask("من نفذ الهجوم في كركوك؟")                   # Answer, with citations

Keyword arguments are the settings of the CLI (``home=``, ``backend=``, ``llm_model=``, ...),
then ``MARSAD_*`` environment variables, then defaults. The packages: :mod:`marsad.core`
(configuration, errors, Arabic text, the registry), :mod:`marsad.schemas`, :mod:`marsad.index`,
:mod:`marsad.agent`, :mod:`marsad.evals`, :mod:`marsad.ui` and :mod:`marsad.cli`
(see ARCHITECTURE.md for the layers).
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing alone costs ~15 ms at start-up
if TYPE_CHECKING:
    from typing import Any

    from marsad.api import ask, extract, search, settings

__version__ = "0.1.0"
__all__ = ["__version__", "extract", "search", "ask", "settings"]

_API = frozenset({"extract", "search", "ask", "settings"})


def __getattr__(name: str) -> Any:
    if name in _API:
        from marsad import api

        return getattr(api, name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _API)
