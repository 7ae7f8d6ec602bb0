"""The exception classes: the one root :class:`MarsadError` and its few specific subclasses, and the marks of
an error told in Arabic (the app's chat tells an Arabic question its error in Arabic)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx

FIX_AR = "الحل"  # the label of the Fix line of an error told in Arabic
LRI, PDI = "\u2066", "\u2069"  # an isolated left-to-right date inside Arabic text


class MarsadError(Exception):
    """Root of every error Marsad raises on purpose.

    Args:
        message: what went wrong, naming the file, field or setting involved.
        hint: how to fix it (appended to the message as "Fix: ...").
        cause: the original exception, kept for logs and debugging.
    """

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None, cause: BaseException | None = None,
                 fix_label: str = "Fix"):
        self.message = message
        self.hint = hint
        self.cause = cause
        self.fix_label = fix_label  # "Fix", or its Arabic for an error told in Arabic (the app's chat)
        super().__init__(self.__str__())

    def __str__(self) -> str:  # noqa: D105
        return f"{self.message}\n  {self.fix_label}: {self.hint}" if self.hint else self.message


class ConfigError(MarsadError):
    """A setting is missing or malformed (flag, env var or file)."""

    exit_code = 2


class PeriodError(ConfigError):
    """A period bound that is not a date, or a period whose start is after its end (:func:`bad_period_bound`,
    :func:`period_reversed`).

    Args:
        arabic: the same error told in Arabic, for a caller that names its fields in Arabic
            (:data:`PERIOD_BOUND_NAMES_AR`: the app's Events tab tells both); None for the others.
    """

    def __init__(self, message: str, *, hint: str | None = None, fix_label: str = "Fix",
                 arabic: PeriodError | None = None):
        super().__init__(message, hint=hint, fix_label=fix_label)
        self.arabic = arabic


class InputError(MarsadError):
    """An input file or record cannot be read: empty, binary, undecodable, malformed."""

    def __init__(self, path: str, reason: str, *, hint: str | None = None, cause: BaseException | None = None,
                 fix_label: str = "Fix"):
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}", hint=hint, cause=cause, fix_label=fix_label)


class StoreError(MarsadError):
    """The document store or the Chroma index cannot be opened or written."""


class VectorServerError(StoreError):
    """The Chroma server (``MARSAD_CHROMA_URL``) did not answer, or lost the collection: a search serves its keyword
    half alone and says so (:func:`keyword_only_search`); an ingest stops. An embedding that does not match the
    collection is a plain :class:`StoreError`: searching on without the vectors would hide a setting to fix."""


class LLMError(MarsadError):
    """Talking to the OpenAI-compatible server failed."""


class LLMUnavailableError(LLMError):
    """The server cannot be reached at all (connection refused, DNS, TLS)."""

    exit_code = 3


class LLMProtocolError(LLMError):
    """The server answered, but not in the OpenAI protocol: a 2xx reply whose body is not JSON, or not the
    object the endpoint returns (e.g. a web page at the configured URL). A server fault, not the model's.

    Args:
        url: the setting's value the request went to (the base URL).
        endpoint: the path that was asked (``/chat/completions``).
        status: the HTTP status of the reply.
        what: what is wrong with the body ("is not JSON", "has no 'choices'").
        excerpt: the body's first characters, as received.
        content_type: the reply's Content-Type header.
    """

    def __init__(self, *, url: str, endpoint: str, status: int, what: str, excerpt: str, content_type: str = ""):
        self.url = url
        self.endpoint = endpoint
        self.status = status
        self.what = what
        self.excerpt = excerpt
        kind = f" ({content_type})" if content_type else ""
        super().__init__(
            f"the LLM server at {url} (MARSAD_LLM_BASE_URL) answered HTTP {status} to {endpoint}, "
            f"but the body {what}{kind}: {excerpt!r}",
            hint=("the server does not speak the OpenAI API at that address: check MARSAD_LLM_BASE_URL / "
                  "--llm-base-url (an OpenAI-compatible root, usually ending in /v1) and any proxy in between"),
        )


class LLMUnreadableReplyError(LLMError):
    """The server answered, but none of the records the model's reply held could be read (fields of the wrong type
    or shape): the model's fault, not the server's. The document fails (nothing is kept), and the run's circuit
    breaker tells such failures apart from the server's by this class, never by the words of a message.

    Args:
        records: how many records the reply held (all unreadable).
    """

    def __init__(self, records: int):
        self.records = records
        super().__init__(
            f"the model's reply held {records} record(s) and none could be read (fields of the wrong type or "
            "shape); nothing is kept for this document. Fix: raise MARSAD_LLM_REASKS, use a stronger model, or "
            "try MARSAD_LLM_MODE=json")

    def __reduce__(self):  # noqa: D105 - pickles by its one argument (a worker process may send it back)
        return type(self), (self.records,)


class LLMRetryExhaustedError(LLMError):
    """Every attempt failed; carries the attempt count, last error and usage so far."""

    def __init__(
        self,
        message: str,
        *,
        attempts: int,
        last_error: BaseException | None = None,
        usage: dict | None = None,
        hint: str | None = None,
    ):
        self.attempts = attempts
        self.last_error = last_error
        self.usage = usage or {}
        super().__init__(f"{message} (after {attempts} attempt(s))", hint=hint, cause=last_error)


class FatalLLMError(LLMError):
    """A failure no other document can escape (bad key, wrong URL/model): the run stops."""


class CircuitOpenError(LLMError):
    """The run stopped: too many documents in a row failed on the LLM server."""

    exit_code = 3


class RetryableStatus(Exception):
    """An HTTP reply worth retrying (one of :data:`marsad.core.llm_retry.RETRY_STATUSES`), carrying the response:
    the retry loop's own signal, caught there, never shown to a user."""

    def __init__(self, response: httpx.Response):
        super().__init__(f"HTTP {response.status_code}")
        self.response = response


class DuplicateKeyError(ValueError):
    """A key repeated within one JSON object of a data file (the rule data's reader turns it into a
    :class:`ConfigError` naming the file)."""


class BaselineLowered(MarsadError):
    """A baseline rewrite would lower figures that BASELINE_CHANGES.md does not explain."""
