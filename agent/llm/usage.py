"""Usage accounting: requests and tokens per document and per run.

One :class:`UsageMeter` per document is made current (a context variable) while the
document is extracted; the HTTP layer counts every request attempt into it and the
extractor adds the token counts the server reports. :class:`RunUsage` sums them.
"""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

from marsad.core.counters import Counters

__all__ = ["UsageMeter", "RunUsage", "current_meter"]


@dataclass
class UsageMeter(Counters):
    """What one document cost.

    Attributes:
        requests: HTTP requests sent (every attempt, including failed and retried ones).
        prompt_tokens: prompt tokens reported by the server (summed over re-asks).
        completion_tokens: completion tokens reported by the server.
        cached: windows answered from the disk cache (no request).
        reasks: replies that failed validation (each but a last one is sent back to the model).
        retries: transport retries (429, 5xx, time-outs, connection errors).
    """

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached: int = 0
    reasks: int = 0
    retries: int = 0



_CURRENT: contextvars.ContextVar[UsageMeter | None] = contextvars.ContextVar("marsad_llm_meter", default=None)


def current_meter() -> contextvars.ContextVar[UsageMeter | None]:
    """The context variable holding the meter of the document being extracted."""
    return _CURRENT


@dataclass
class RunUsage:
    """Totals over a run."""

    documents: int = 0
    failed: int = 0
    total: UsageMeter | None = None

    def __post_init__(self) -> None:
        if self.total is None:
            self.total = UsageMeter()

    def add(self, meter: UsageMeter, *, failed: bool) -> None:
        """Count one finished document."""
        self.documents += 1
        self.failed += int(failed)
        self.total.add(meter)  # type: ignore[union-attr]

    def as_dict(self) -> dict[str, int | float]:
        """Totals plus per-document averages."""
        total = self.total.as_dict()  # type: ignore[union-attr]
        n = max(1, self.documents)
        return {
            "documents": self.documents,
            "failed": self.failed,
            **total,
            "requests_per_document": round(total["requests"] / n, 3),
            "prompt_tokens_per_document": round(total["prompt_tokens"] / n, 1),
            "completion_tokens_per_document": round(total["completion_tokens"] / n, 1),
        }
