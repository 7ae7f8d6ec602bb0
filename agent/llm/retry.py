"""The LLM path's retry logic on top of the one transport policy.

Two layers, each retrying a different kind of failure, so they never multiply:

* **Transport** — the one policy of :mod:`marsad.core.llm_retry`, shared with embeddings
  and query translation: the openai client's own ``max_retries`` is 0 and the transport
  under it retries HTTP 408/409/429/5xx, time-outs and connection errors with backoff,
  honouring ``Retry-After``, at most ``settings.llm_max_retries`` times per request.
* **Validation** (instructor): a reply that is not valid JSON or fails the response
  model is sent back to the model with the error, at most ``settings.llm_reasks``
  times (:func:`reask_limit`).

:func:`check_reachable` makes "the server is down" one fast, clear error, and
:func:`explain_failure` turns whatever finally failed into :class:`LLMRetryExhaustedError`
(attempts, last error, usage) or :class:`LLMUnavailableError`.
"""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from marsad.core.config import OPENAI_URL as DEFAULT_OPENAI_URL
from marsad.core.errors import (
    FatalLLMError,
    LLMError,
    LLMProtocolError,
    LLMRetryExhaustedError,
    LLMUnavailableError,
    llm_refused_hint,
)
from marsad.core.llm_retry import RETRY_STATUSES, RetryingTransport, retry_after_seconds

if TYPE_CHECKING:
    from marsad.agent.llm.usage import UsageMeter
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
    "protocol_error",
]

FATAL_STATUSES = frozenset({401, 403, 404})  # wrong key, forbidden, wrong URL or model: no document can succeed


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


def protocol_error(exc: BaseException | None) -> LLMProtocolError | None:
    """The :class:`LLMProtocolError` the transport raised, if ``exc`` wraps one (openai wraps it in
    ``APIConnectionError``, instructor in its retry exception)."""
    seen = 0
    while exc is not None and seen < 6:
        if isinstance(exc, LLMProtocolError):
            return exc
        exc, seen = exc.__cause__ or exc.__context__, seen + 1
    return None


def lost_connection(exc: BaseException) -> bool:
    """True when ``exc`` (or what it wraps) is a failure to connect, not a time-out, an HTTP error or a
    reply outside the protocol (the server answered)."""
    import openai

    if protocol_error(exc) is not None:
        return False
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, openai.APIConnectionError) and not isinstance(exc, openai.APITimeoutError):
            return True
        exc, seen = exc.__cause__, seen + 1
    return False


#: Say what the server or the validator said (the error body's ``message``, the first failing field) instead of
#: the first line of the exception's text: "Error code: 500 - {'error': {'message': ...}}" or "1 validation error
#: for LLMAnswer" (which names no field and no reason).
SAY_WHAT_FAILED = True


def _first_line(exc: BaseException) -> str:
    if SAY_WHAT_FAILED:
        said = _what_failed(exc)
        if said:
            return said[:300]
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__


def _what_failed(exc: BaseException) -> str | None:
    """The server's own message of an HTTP error body, or a validation error's first field and reason."""
    body = getattr(exc, "body", None)
    if getattr(exc, "status_code", None) is not None:
        error = body.get("error", body) if isinstance(body, dict) else body
        message = (error.get("message") or error.get("detail")) if isinstance(error, dict) else error
        if isinstance(message, str) and message.strip():
            return " ".join(message.split())
        return None
    errors = getattr(exc, "errors", None)
    if callable(errors) and type(exc).__name__ == "ValidationError":
        try:
            first = errors()[0]
        except Exception:  # noqa: BLE001 (a foreign error type: fall back to its text)
            return None
        where = ".".join(str(part) for part in first.get("loc", ())) or "the reply"
        count = len(errors())
        more = f" (and {count - 1} more)" if count > 1 else ""
        return f"{getattr(exc, 'title', 'reply')}: {where}: {first.get('msg', '')}{more}"
    return None


def _tools_refused(exc: BaseException) -> bool:
    from marsad.agent.llm.client import tools_refused

    return tools_refused(exc)


def _refused_hint(exc: BaseException, status: int, base_url: str) -> str:
    """The Fix line of a 4xx: the setting at fault, with the models the server serves after a 404."""
    import json

    request = getattr(exc, "request", None)
    path = str(getattr(request, "url", "")).split("?")[0].rstrip("/")
    if status in (404, 405) and not path.endswith(("/chat/completions", "/embeddings")) and \
            any(part in path for part in ("/files", "/batches")):
        return llm_refused_hint(status, base_url=base_url, batch_api=True)
    model = None
    try:
        model = json.loads(request.content or b"{}").get("model") if request is not None else None
    except Exception:  # noqa: BLE001 - a streamed (multipart) body, or none that is JSON: no model to name
        model = None
    served = None
    if status == 404:
        from marsad.core.llm_client import served_models

        served = served_models(base_url, getattr(request, "headers", None))
    return llm_refused_hint(status, base_url=base_url, model=model, served=served, tools_refused=_tools_refused(exc))


def explain_failure(exc: BaseException, meter: UsageMeter, *, base_url: str | None, timeout: float) -> LLMError:
    """Turn the exception that ended a request into Marsad's error, with attempts and usage.

    Args:
        exc: what the instructor call raised (usually ``InstructorRetryException``
            wrapping an openai error or a validation error).
        meter: the document's usage so far (attempts = ``meter.requests``).
        base_url: the server, for messages.
        timeout: the per-request time-out, for messages.

    Returns:
        The transport's :class:`LLMProtocolError` for a 2xx reply outside the protocol,
        :class:`FatalLLMError` for 401/403/404, else :class:`LLMRetryExhaustedError`.
    """
    import openai
    from instructor.core.exceptions import InstructorRetryException

    fault = protocol_error(exc)
    if fault is not None:  # the server's fault, said as such (not the model failing validation)
        return fault
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
        # a refusal (4xx, or a server without tool calling) names the setting at fault, never "retry later"
        if status < 500 and status not in RETRY_STATUSES or _tools_refused(inner):
            hint = _refused_hint(inner, status, where)
            if status in FATAL_STATUSES:
                return FatalLLMError(message, hint=hint, cause=inner)
            return LLMRetryExhaustedError(message, attempts=attempts, last_error=inner, usage=usage, hint=hint)
        return LLMRetryExhaustedError(message, attempts=attempts, last_error=inner, usage=usage,
                                      hint="the server kept failing; retry later or lower MARSAD_LLM_CONCURRENCY")
    if isinstance(inner, openai.APITimeoutError):
        return LLMRetryExhaustedError(f"the LLM request timed out after {timeout:g}s", attempts=attempts,
                                      last_error=inner, usage=usage, hint="raise MARSAD_LLM_TIMEOUT")
    if isinstance(inner, openai.APIConnectionError):
        return LLMRetryExhaustedError(f"lost the connection to the LLM server at {where}: {_first_line(inner)}",
                                      attempts=attempts, last_error=inner, usage=usage)
    if failed_attempts or not isinstance(inner, openai.OpenAIError):
        # the failed request's own attempts: the extractor's re-asks are its own (one instructor attempt each) and
        # say how many on the exception; a document's meter also counts its other windows' re-asks
        failed = getattr(exc, "failed_validations", None) or max(len(failed_attempts), 1)
        return LLMRetryExhaustedError(
            f"the model's reply failed validation {failed} time(s): {_first_line(inner)}",
            attempts=attempts, last_error=inner, usage=usage,
            hint="raise MARSAD_LLM_REASKS, use a stronger model, or try MARSAD_LLM_MODE=json",
        )
    return LLMRetryExhaustedError(_first_line(inner), attempts=attempts, last_error=inner, usage=usage)
