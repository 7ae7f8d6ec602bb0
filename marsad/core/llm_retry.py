"""The one transport retry policy for every OpenAI-compatible request.

Extraction, question answering, embeddings and query translation all send their requests
through a transport from this module, under an openai client whose own ``max_retries``
is 0, so a request is retried in exactly one place and the retries never multiply.

Policy (:func:`transport_retrying`): tenacity retries HTTP 408/409/429/5xx, time-outs and
connection errors with exponential backoff and jitter, honouring ``Retry-After`` (and
``retry-after-ms``), at most ``max_retries`` times after the first attempt. When the
attempts run out the last error response is returned (so the openai client raises its
typed error with the server's message) or the last transport exception is raised.

A 2xx reply to a chat-completion or embeddings request whose body is not JSON, or not the
object that endpoint returns (:func:`protocol_fault`), raises
:class:`~marsad.core.errors.LLMProtocolError` naming the URL and what came back. It is
**not retried**: the server completed the exchange and meant
that reply (a web page, a proxy's login form, another API at the configured URL), so the
same request gets the same answer.

Validation re-asks (instructor) and the LLM path's error translation live in
:mod:`marsad.agent.llm.retry`. httpx and tenacity load only when this module does, and
this module loads only when a request is about to be made.
"""

from __future__ import annotations

import asyncio
import email.utils
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import httpx
from tenacity import AsyncRetrying, Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential_jitter
from tenacity.wait import wait_base

from marsad.core.errors import RetryableStatus

if TYPE_CHECKING:
    from tenacity import RetryCallState

__all__ = [
    "RETRY_STATUSES",
    "MAX_RETRY_AFTER",
    "retry_after_seconds",
    "transport_retrying",
    "RetryingTransport",
    "RetryingSyncTransport",
    "protocol_fault",
]

RETRY_STATUSES = frozenset({408, 409, 429, 500, 502, 503, 504, 520, 522, 524, 529})
MAX_RETRY_AFTER = 120.0
#: endpoint suffix -> the key its JSON reply must carry as a list (a 2xx reply of these endpoints is checked to be
#: that JSON object: :func:`protocol_fault`).
PROTOCOL_KEYS = {"/chat/completions": "choices", "/embeddings": "data"}
EXCERPT_CHARS = 120

#: Returns the object that counts this request's attempts (``requests``, ``retries``), or None.
MeterLookup = Callable[[], Any]


#: A reply rebuilt from its read (already decoded) body drops content-encoding, content-length and
#: transfer-encoding, so httpx does not decode a gzip/br body twice (review of pass 54, H1: DecodingError).
_ENCODING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _decoded_headers(headers: httpx.Headers) -> list[tuple[str, str]]:
    return [(k, v) for k, v in headers.multi_items() if k.lower() not in _ENCODING_HEADERS]


def protocol_fault(request: httpx.Request, response: httpx.Response) -> Exception | None:
    """The :class:`~marsad.core.errors.LLMProtocolError` for a 2xx reply that is not the endpoint's JSON object.

    Returns:
        The error to raise, or None when the reply is fine, is not 2xx, is a stream, or the
        endpoint is not one of :data:`PROTOCOL_KEYS`.
    """
    import json

    path = request.url.path.rstrip("/")
    endpoint = next((suffix for suffix in PROTOCOL_KEYS if path.endswith(suffix)), None)
    content_type = response.headers.get("content-type", "")
    if endpoint is None or not 200 <= response.status_code < 300 or "event-stream" in content_type:
        return None
    key = PROTOCOL_KEYS[endpoint]
    try:
        body = json.loads(response.content)
    except ValueError:  # not JSON, or not UTF-8 text
        what = "is empty" if not response.content.strip() else "is not JSON"
    else:
        if not isinstance(body, dict):
            what = "is JSON but not an object"
        elif isinstance(body.get(key), list):
            return None
        else:
            what = f"is JSON without a {key!r} list (not a {endpoint.strip('/').replace('/', ' ')} reply)"
    from marsad.core.errors import LLMProtocolError

    text = response.content[:EXCERPT_CHARS * 4].decode("utf-8", "replace")
    excerpt = " ".join(text.split())[:EXCERPT_CHARS]
    url = str(request.url)
    base = url[: len(url) - len(request.url.path)] + path[: len(path) - len(endpoint)]
    return LLMProtocolError(url=base, endpoint=endpoint, status=response.status_code, what=what, excerpt=excerpt,
                            content_type=content_type.split(";")[0].strip())


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
    """Exponential backoff with jitter, unless the server said how long to wait (capped)."""

    def __init__(self, base: float, cap: float, retry_after_cap: float):
        self.backoff = wait_exponential_jitter(multiplier=base, max=cap, jitter=base)
        self.retry_after_cap = retry_after_cap

    def __call__(self, retry_state: RetryCallState) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        if isinstance(exc, RetryableStatus):
            told = retry_after_seconds(exc.response.headers)
            if told is not None:
                return min(told, self.retry_after_cap)
        return self.backoff(retry_state)


def transport_retrying(*, max_retries: int, base_wait: float = 0.5, max_wait: float = 30.0,
                       retry_after_cap: float = MAX_RETRY_AFTER, on_retry: Callable[[], None] | None = None,
                       asynchronous: bool = True) -> AsyncRetrying | Retrying:
    """The tenacity controller of the transport retry policy (the only one in Marsad).

    Args:
        max_retries: retries after the first attempt.
        base_wait: first backoff step in seconds (doubles each retry, plus jitter).
        max_wait: the longest backoff step.
        retry_after_cap: the longest wait a ``Retry-After`` header may ask for.
        on_retry: called before each backoff sleep (usage accounting).
        asynchronous: an ``AsyncRetrying`` (True) or a ``Retrying``.

    Returns:
        A tenacity controller that retries :class:`RetryableStatus` and ``httpx.TransportError``.
    """
    cls = AsyncRetrying if asynchronous else Retrying
    return cls(
        stop=stop_after_attempt(max_retries + 1),
        wait=_BackoffOrRetryAfter(base_wait, max_wait, retry_after_cap),
        retry=retry_if_exception_type((RetryableStatus, httpx.TransportError)),
        before_sleep=(lambda _state: on_retry()) if on_retry else None,
        reraise=True,
    )


def _counters(meter_lookup: MeterLookup | None) -> tuple[Callable[[], None], Callable[[], None]]:
    meter = meter_lookup() if meter_lookup else None

    def attempt() -> None:
        if meter is not None:
            meter.requests += 1

    def retry() -> None:
        if meter is not None:
            meter.retries += 1

    return attempt, retry


def _attempts(transport: _Policy, *, asynchronous: bool) -> tuple[Callable[[], None], AsyncRetrying | Retrying]:
    """For one request through ``transport``: the counter of its attempts and the controller of its retries (the
    transport's policy; each retry counted in its meter)."""
    count_attempt, count_retry = _counters(transport.meter)
    return count_attempt, transport_retrying(
        max_retries=transport.max_retries, base_wait=transport.base_wait, max_wait=transport.max_wait,
        retry_after_cap=transport.retry_after_cap, on_retry=count_retry, asynchronous=asynchronous)


def _settled(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """The reply of one attempt when it ends the request; raises :class:`RetryableStatus` for a status worth another
    attempt, and the protocol fault of a 2xx reply that is not the API's (:func:`protocol_fault`)."""
    if response.status_code in RETRY_STATUSES:
        raise RetryableStatus(response)
    fault = protocol_fault(request, response)
    if fault is not None:
        raise fault
    return response


def _rebuilt(request: httpx.Request, response: httpx.Response, body: bytes) -> httpx.Response:
    """``response`` with its whole (decoded) ``body`` read, detached from the connection that brought it."""
    return httpx.Response(response.status_code, headers=_decoded_headers(response.headers), content=body,
                          extensions=response.extensions, request=request)


class _Policy:
    """The retry policy both transports keep, read for each request by :func:`_attempts`."""

    def _keep_policy(self, max_retries: int, base_wait: float, max_wait: float, retry_after_cap: float,
                     meter: MeterLookup | None) -> None:
        self.max_retries = max_retries
        self.base_wait = base_wait
        self.max_wait = max_wait
        self.retry_after_cap = retry_after_cap
        self.meter = meter


class RetryingTransport(_Policy, httpx.AsyncBaseTransport):
    """An async httpx transport that applies the transport retry policy.

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
        retry_after_cap: the longest wait a ``Retry-After`` header may ask for.
        meter: called once per request; returns the object whose ``requests`` and
            ``retries`` count every attempt and retry (the LLM path's usage meter), or None.
    """

    def __init__(self, lanes: Sequence[httpx.AsyncBaseTransport] | httpx.AsyncBaseTransport, *, max_retries: int,
                 base_wait: float = 0.5, max_wait: float = 30.0, retry_after_cap: float = MAX_RETRY_AFTER,
                 meter: MeterLookup | None = None):
        self.lanes = [lanes] if isinstance(lanes, httpx.AsyncBaseTransport) else list(lanes)
        if not self.lanes:
            raise ValueError("RetryingTransport needs at least one lane")
        self._keep_policy(max_retries, base_wait, max_wait, retry_after_cap, meter)
        self._free: asyncio.Queue[httpx.AsyncBaseTransport] | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        count_attempt, retrying = _attempts(self, asynchronous=True)
        try:
            async for attempt in retrying:
                with attempt:
                    count_attempt()
                    return _settled(request, await self._send(request))
        except RetryableStatus as exc:
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
        return _rebuilt(request, response, body)

    async def aclose(self) -> None:
        for lane in self.lanes:
            await lane.aclose()


class RetryingSyncTransport(_Policy, httpx.BaseTransport):
    """The same policy for synchronous clients (embeddings, query translation).

    Args:
        inner: the transport that talks to the network (e.g. ``httpx.HTTPTransport``).
        max_retries, base_wait, max_wait, retry_after_cap, meter: as for :class:`RetryingTransport`.
    """

    def __init__(self, inner: httpx.BaseTransport, *, max_retries: int, base_wait: float = 0.5,
                 max_wait: float = 30.0, retry_after_cap: float = MAX_RETRY_AFTER, meter: MeterLookup | None = None):
        self.inner = inner
        self._keep_policy(max_retries, base_wait, max_wait, retry_after_cap, meter)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        count_attempt, retrying = _attempts(self, asynchronous=False)
        try:
            for attempt in retrying:
                with attempt:
                    count_attempt()
                    return _settled(request, self._send(request))
        except RetryableStatus as exc:
            return exc.response
        raise AssertionError("unreachable: tenacity either returns, raises or re-raises")  # pragma: no cover

    def _send(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        try:
            body = response.read()
        finally:
            response.close()
        return _rebuilt(request, response, body)

    def close(self) -> None:
        self.inner.close()
