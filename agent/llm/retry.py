"""Every retry of the LLM path lives here, once.

Two layers, each retrying a different kind of failure, so they never multiply:

* **Transport** (:class:`RetryingTransport`, under the openai client, whose own
  ``max_retries`` is 0): tenacity retries HTTP 408/409/429/5xx, time-outs and
  connection errors with exponential backoff and jitter, honouring ``Retry-After``
  (and ``retry-after-ms``), at most ``settings.llm_max_retries`` times per request.
* **Validation** (instructor): a reply that is not valid JSON or fails the response
  model is sent back to the model with the error, at most ``settings.llm_reasks``
  times (:func:`reask_limit`).

:func:`check_reachable` makes "the server is down" one fast, clear error, and
:func:`explain_failure` turns whatever finally failed into :class:`LLMRetryExhaustedError`
(attempts, last error, usage) or :class:`LLMUnavailableError`.
"""

from __future__ import annotations

import asyncio
import email.utils
import socket
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import httpx
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential_jitter
from tenacity.wait import wait_base

from marsad.agent.llm.usage import UsageMeter, current_meter
from marsad.core.errors import LLMError, LLMRetryExhaustedError, LLMUnavailableError

if TYPE_CHECKING:
    from tenacity import RetryCallState

    from marsad.core.config import Settings

__all__ = [
    "RETRY_STATUSES",
    "FATAL_STATUSES",
    "RetryingTransport",
    "retry_after_seconds",
    "reask_limit",
    "check_reachable",
    "explain_failure",
    "FatalLLMError",
    "lost_connection",
]

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 520, 522, 524, 529})
FATAL_STATUSES = frozenset({401, 403, 404})  # wrong key, forbidden, wrong URL or model: no document can succeed
MAX_RETRY_AFTER = 120.0
DEFAULT_OPENAI_URL = "https://api.openai.com/v1"


class FatalLLMError(LLMError):
    """A failure no other document can escape (bad key, wrong URL/model): the run stops."""


class _RetryableStatus(Exception):
    def __init__(self, response: httpx.Response):
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


def retry_after_seconds(headers: httpx.Headers | dict) -> float | None:
    """Seconds a server asks us to wait: ``retry-after-ms``, or ``Retry-After`` as seconds or an HTTP date.

    Returns:
        A non-negative number of seconds, or None when the headers say nothing usable.
    """
    headers = httpx.Headers(headers)
    ms = headers.get("retry-after-ms")
    if ms:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


class _BackoffOrRetryAfter(wait_base):
    """Exponential backoff with jitter, unless the server said how long to wait."""

    def __init__(self, base: float, cap: float):
        self.backoff = wait_exponential_jitter(multiplier=base, max=cap, jitter=base)

    def __call__(self, retry_state: RetryCallState) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        if isinstance(exc, _RetryableStatus):
            told = retry_after_seconds(exc.response.headers)
            if told is not None:
                return min(told, MAX_RETRY_AFTER)
        return self.backoff(retry_state)


class RetryingTransport(httpx.AsyncBaseTransport):
    """An httpx transport that retries transient failures (the one transport-retry layer).

    Each attempt is counted in the current document's :class:`UsageMeter` (``requests``;
    ``retries`` for every retry). When the attempts run out, the last error response is
    returned (so the openai client raises its typed error with the server's message) or
    the last transport exception is raised.

    Requests go out through *lanes*: transports of one connection each, one request per
    lane at a time. The number of lanes is the concurrency bound. Only the exchange
    itself holds a lane (building the request, parsing the reply and backoff sleeps do
    not, so lanes are never idle), and a one-connection pool costs far less CPU per
    request than one shared pool of many connections.

    Args:
        lanes: the transports that talk to the network (e.g. ``httpx.AsyncHTTPTransport``
            with ``max_connections=1``); one transport is one lane.
        max_retries: retries after the first attempt.
        base_wait: first backoff step in seconds (doubles each retry, plus jitter).
        max_wait: the longest backoff step.
    """

    def __init__(self, lanes: Sequence[httpx.AsyncBaseTransport] | httpx.AsyncBaseTransport, *, max_retries: int,
                 base_wait: float = 0.5, max_wait: float = 30.0):
        self.lanes = [lanes] if isinstance(lanes, httpx.AsyncBaseTransport) else list(lanes)
        if not self.lanes:
            raise ValueError("RetryingTransport needs at least one lane")
        self.max_retries = max_retries
        self.base_wait = base_wait
        self.max_wait = max_wait
        self._free: asyncio.Queue[httpx.AsyncBaseTransport] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        meter = current_meter().get()

        def _count_retry(_: RetryCallState) -> None:
            if meter is not None:
                meter.retries += 1

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.max_retries + 1),
            wait=_BackoffOrRetryAfter(self.base_wait, self.max_wait),
            retry=retry_if_exception_type((_RetryableStatus, httpx.TransportError)),
            before_sleep=_count_retry,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    if meter is not None:
                        meter.requests += 1
                    response = await self._send(request)
                    if response.status_code in RETRY_STATUSES:
                        raise _RetryableStatus(response)
                    return response
        except _RetryableStatus as exc:
            return exc.response
        raise AssertionError("unreachable: tenacity either returns, raises or re-raises")  # pragma: no cover

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """One exchange on a free lane, holding it until the whole body is read."""
        if self._free is None:  # created here, inside the event loop that uses it
            self._free = asyncio.Queue()
            for lane in self.lanes:
                self._free.put_nowait(lane)
        lane = await self._free.get()
        try:
            response = await lane.handle_async_request(request)
            try:
                body = await response.aread()
            finally:
                await response.aclose()
        finally:
            self._free.put_nowait(lane)
        return httpx.Response(response.status_code, headers=response.headers, content=body,
                              extensions=response.extensions, request=request)

    async def aclose(self) -> None:
        for lane in self.lanes:
            await lane.aclose()


def reask_limit(settings: Settings) -> int:
    """How many times instructor may send an invalid reply back (``max_retries`` for instructor)."""
    return settings.llm_reasks


def _host_port(base_url: str | None) -> tuple[str, int]:
    parts = urlsplit(base_url or DEFAULT_OPENAI_URL)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise LLMUnavailableError(
            f"the LLM base URL {base_url!r} is not an http(s) URL",
            hint="set MARSAD_LLM_BASE_URL like http://127.0.0.1:8000/v1",
        )
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def check_reachable(base_url: str | None, timeout: float = 3.0) -> None:
    """Fail fast when nothing listens at the LLM server's address.

    Raises:
        LLMUnavailableError: the host cannot be resolved or refuses/ignores the
            connection; the message names the URL and says how to fix it.
    """
    host, port = _host_port(base_url)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return
    except OSError as exc:
        raise LLMUnavailableError(
            f"cannot reach the LLM server at {base_url or DEFAULT_OPENAI_URL} ({host}:{port}): {exc}",
            hint="start the server, or fix MARSAD_LLM_BASE_URL / --llm-base-url; or run with --backend offline",
            cause=exc,
        ) from exc


def lost_connection(exc: BaseException) -> bool:
    """True when ``exc`` (or what it wraps) is a failure to connect, not a time-out or an HTTP error."""
    import openai

    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, openai.APIConnectionError) and not isinstance(exc, openai.APITimeoutError):
            return True
        exc, seen = exc.__cause__, seen + 1
    return False


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def explain_failure(exc: BaseException, meter: UsageMeter, *, base_url: str | None, timeout: float) -> LLMError:
    """Turn the exception that ended a request into Marsad's error, with attempts and usage.

    Args:
        exc: what the instructor call raised (usually ``InstructorRetryException``
            wrapping an openai error or a validation error).
        meter: the document's usage so far (attempts = ``meter.requests``).
        base_url: the server, for messages.
        timeout: the per-request time-out, for messages.

    Returns:
        :class:`FatalLLMError` for 401/403/404, else :class:`LLMRetryExhaustedError`.
    """
    import openai
    from instructor.core.exceptions import InstructorRetryException

    inner: BaseException = exc
    failed_attempts = []
    if isinstance(exc, InstructorRetryException):
        failed_attempts = list(getattr(exc, "failed_attempts", None) or [])
        inner = exc.__cause__ or exc
    usage = meter.as_dict()
    attempts = max(1, meter.requests)
    where = base_url or DEFAULT_OPENAI_URL
    if isinstance(inner, openai.APIStatusError):
        status = inner.status_code
        message = f"the LLM server answered HTTP {status}: {_first_line(inner)}"
        if status in FATAL_STATUSES:
            hint = {401: "check MARSAD_LLM_API_KEY / OPENAI_API_KEY",
                    403: "check the API key's permissions",
                    404: f"check MARSAD_LLM_BASE_URL ({where}) and MARSAD_LLM_MODEL"}[status]
            return FatalLLMError(message, hint=hint, cause=inner)
        return LLMRetryExhaustedError(message, attempts=attempts, last_error=inner, usage=usage,
                                      hint="the server kept failing; retry later or lower MARSAD_LLM_CONCURRENCY")
    if isinstance(inner, openai.APITimeoutError):
        return LLMRetryExhaustedError(f"the LLM request timed out after {timeout:g}s", attempts=attempts,
                                      last_error=inner, usage=usage, hint="raise MARSAD_LLM_TIMEOUT")
    if isinstance(inner, openai.APIConnectionError):
        return LLMRetryExhaustedError(f"lost the connection to the LLM server at {where}: {_first_line(inner)}",
                                      attempts=attempts, last_error=inner, usage=usage)
    if failed_attempts or not isinstance(inner, openai.OpenAIError):
        return LLMRetryExhaustedError(
            f"the model's reply failed validation {len(failed_attempts) or 1} time(s): {_first_line(inner)}",
            attempts=attempts, last_error=inner, usage=usage,
            hint="raise MARSAD_LLM_REASKS, use a stronger model, or try MARSAD_LLM_MODE=json",
        )
    return LLMRetryExhaustedError(_first_line(inner), attempts=attempts, last_error=inner, usage=usage)
