"""A run-level circuit breaker for the LLM path: stop a batch when the server keeps failing.

The transport retries (:mod:`marsad.agent.llm.retry`) decide about one request; this decides
about the run. Each finished document is recorded: a success closes the circuit again, and
``limit`` documents failing one after the other open it, so a server that fails every
request (or hangs) ends the run after a few documents instead of after the whole corpus,
while an isolated failure is reported and the run goes on.
"""

from __future__ import annotations

from marsad.core.errors import LLMError

__all__ = ["CircuitBreaker", "CircuitOpenError", "DEFAULT_LIMIT"]

DEFAULT_LIMIT = 5


class CircuitOpenError(LLMError):
    """The run stopped: too many documents in a row failed on the LLM server."""

    exit_code = 3


class CircuitBreaker:
    """Counts consecutive failed documents; opens after ``limit`` of them.

    Args:
        limit: consecutive failures that stop the run; 0 never stops.
        base_url: the server, named in the message.
        model: the model, named in the message.
    """

    def __init__(self, limit: int = DEFAULT_LIMIT, *, base_url: str | None = None, model: str | None = None):
        if limit < 0:
            raise ValueError("limit cannot be negative")
        self.limit = limit
        self.base_url = base_url
        self.model = model
        self.consecutive = 0
        self.failures = 0
        self.last_error: str | None = None

    @property
    def open(self) -> bool:
        """True once ``limit`` documents in a row have failed."""
        return self.limit > 0 and self.consecutive >= self.limit

    def record(self, ok: bool, error: str | None = None) -> bool:
        """Record one finished document; returns :attr:`open`."""
        if ok:
            self.consecutive = 0
        else:
            self.consecutive += 1
            self.failures += 1
            self.last_error = error
        return self.open

    def error(self) -> CircuitOpenError:
        """The error that ends the run, saying what to check."""
        return CircuitOpenError(
            f"stopped after {self.consecutive} documents in a row failed on the LLM server "
            f"{self.base_url or '(default OpenAI URL)'} with model {self.model or '(unset)'}; "
            f"last error: {self.last_error or 'unknown'}",
            hint=("check the server URL (MARSAD_LLM_BASE_URL / --llm-base-url) answers, the model name "
                  "(MARSAD_LLM_MODEL) is one it serves, and the server's logs; raise MARSAD_LLM_TIMEOUT for a slow "
                  "server. Finished documents are kept: a re-run resumes. MARSAD_LLM_BREAKER=0 never stops."),
        )
