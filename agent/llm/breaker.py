"""A run-level circuit breaker for the LLM path: stop a batch when the server keeps failing.

The transport retries (:mod:`marsad.agent.llm.retry`) decide about one request; this decides
about the run. Each finished document is recorded: a success closes the circuit again, and
``limit`` documents failing one after the other open it, so a server that fails every
request (or hangs) ends the run after a few documents instead of after the whole corpus,
while an isolated failure is reported and the run goes on.
"""

from __future__ import annotations

from marsad.core.config import LLM_BREAKER_LIMIT as DEFAULT_LIMIT
from marsad.core.errors import CircuitOpenError, LLMUnreadableReplyError, breaker_stopped

__all__ = ["CircuitBreaker", "CircuitOpenError", "DEFAULT_LIMIT"]


SAY_UNREADABLE = True
"""Switch (pass 55, fixmisc55): when every failure of the run that stopped was an unreadable reply, the breaker's
error says the model's replies could not be read and its hint points to MARSAD_LLM_REASKS / MARSAD_LLM_MODE=json
(the server answered: its URL, timeout and logs are not the fault); some of them: the hint names both. Off, it blamed
the server whatever failed. A failure is an unreadable reply by its class (:class:`LLMUnreadableReplyError`, the
outcome's ``failure``), not by the words of its message (pass 56: a server error that quoted those words counted
as unreadable)."""


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
        self.unreadable = 0  # of the consecutive failures, those of an unreadable reply
        self.failures = 0
        self.last_error: str | None = None

    @property
    def open(self) -> bool:
        """True once ``limit`` documents in a row have failed."""
        return self.limit > 0 and self.consecutive >= self.limit

    def record(self, ok: bool, error: str | None = None, failure: BaseException | None = None) -> bool:
        """Record one finished document (``error``: its message; ``failure``: the error itself, when there is one);
        returns :attr:`open`."""
        if ok:
            self.consecutive = 0
            self.unreadable = 0
        else:
            self.consecutive += 1
            self.unreadable += isinstance(failure, LLMUnreadableReplyError)
            self.failures += 1
            self.last_error = error
        return self.open

    def stopped_note(self) -> str:
        """The sentence of a run this breaker ended (FILE.report.json's ``stopped``; the end of :meth:`error`'s hint)."""
        return breaker_stopped(self.limit, self.consecutive)

    def error(self) -> CircuitOpenError:
        """The error that ends the run, saying what to check."""
        if SAY_UNREADABLE and self.unreadable:
            return self._unreadable_error()
        return CircuitOpenError(
            f"stopped after {self.consecutive} documents in a row failed on the LLM server "
            f"{self.base_url or '(default OpenAI URL)'} with model {self.model or '(unset)'}; "
            f"last error: {self.last_error or 'unknown'}",
            hint=("check the server URL (MARSAD_LLM_BASE_URL / --llm-base-url) answers, the model name "
                  "(MARSAD_LLM_MODEL) is one it serves, and the server's logs; raise MARSAD_LLM_TIMEOUT for a slow "
                  f"server. {self._keep()}"),
        )

    def _keep(self) -> str:
        note = self.stopped_note()
        return note[0].upper() + note[1:] + "."

    def _unreadable_error(self) -> CircuitOpenError:
        """The error of a run whose failures were (all or some) replies of which no record could be read."""
        where = (f"{self.base_url or '(default OpenAI URL)'} with model {self.model or '(unset)'}; "
                 f"last error: {self.last_error or 'unknown'}")
        fix = ("raise MARSAD_LLM_REASKS (the model is shown what it got wrong and asked again), try "
               "MARSAD_LLM_MODE=json, or use a stronger model (MARSAD_LLM_MODEL)")
        keep = " " + self._keep()
        if self.unreadable >= self.consecutive:
            return CircuitOpenError(
                f"stopped after {self.consecutive} documents in a row whose model replies could not be read (records "
                f"of the wrong type or shape; the server answered) from {where}",
                hint=f"the model's replies do not fit the record schema: {fix}.{keep}")
        return CircuitOpenError(
            f"stopped after {self.consecutive} documents in a row failed on the LLM server {where} "
            f"({self.unreadable} of them: replies that could not be read)",
            hint=("for the server's failures, check the server URL (MARSAD_LLM_BASE_URL / --llm-base-url) answers, "
                  "the model name (MARSAD_LLM_MODEL) is one it serves, its logs, and MARSAD_LLM_TIMEOUT; for the "
                  f"unreadable replies, {fix}.{keep}"))
