"""The one place that builds openai clients for OpenAI-compatible servers.

Every call Marsad makes to such a server — extraction and question answering
(async, through instructor in :mod:`marsad.agent.llm`), embeddings
(:mod:`marsad.index.embedding`) and query translation (:mod:`marsad.index.translate`) —
gets its client here: the configured base URL, key and time-out, ``max_retries=0`` on the
openai client, and under it an httpx transport applying the one transport retry policy
(:mod:`marsad.core.llm_retry`). openai, httpx and tenacity are imported inside the
functions, so importing this module costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ssl

    import openai

    from marsad.core.config import Settings

__all__ = ["NO_KEY", "tls_context", "openai_client", "sync_openai_client", "async_openai_client", "served_models"]

NO_KEY = "not-needed"  # local servers accept any key; the openai SDK insists on one


def tls_context(base_url: str | None) -> ssl.SSLContext | bool:
    """One TLS context (certifi's roots) for an https server; False for plain-http local servers."""
    import ssl

    import certifi

    https = (base_url or "https://").lower().startswith("https://")
    return ssl.create_default_context(cafile=certifi.where()) if https else False


def served_models(base_url: str, headers: Any = None, timeout: float = 5.0) -> list[str] | None:
    """The model names an OpenAI-compatible server lists at ``GET {base_url}/models`` (None when it lists none).

    Asked once, when the server answered 404 to a request (the model is not one it serves, or the URL is
    not its root), so the error can name the models it serves. ``headers`` are the failed request's
    (its ``Authorization``); no retry: this only words an error.
    """
    import httpx

    auth = {k: v for k, v in dict(headers or {}).items() if k.lower() == "authorization"}
    try:
        with httpx.Client(timeout=timeout, verify=tls_context(base_url)) as client:
            reply = client.get(base_url.rstrip("/") + "/models", headers=auth)
        data = reply.json().get("data") if reply.status_code == 200 else None
    except (httpx.HTTPError, ValueError, AttributeError):
        return None
    names = [str(m.get("id")) for m in data if isinstance(m, dict) and m.get("id")] if isinstance(data, list) else []
    return names or None


def openai_client(settings: Settings, *, base_url: str | None = None, api_key: str | None = None,
                  timeout: float | None = None, max_retries: int | None = None, base_wait: float = 0.5,
                  max_wait: float = 30.0, retry_after_cap: float | None = None) -> openai.OpenAI:
    """A synchronous openai client for the configured server (see :func:`sync_openai_client`).

    Args:
        settings: supplies the base URL, key, time-out and retry count not given here.
        base_url: overrides ``settings.llm_base_url`` (e.g. the embedding server).
        api_key: overrides ``settings.llm_api_key``.
        timeout: seconds per request (default ``settings.llm_timeout``).
        max_retries: transport retries after the first attempt (default ``settings.llm_max_retries``).
        base_wait, max_wait, retry_after_cap: as for :func:`sync_openai_client`.
    """
    return sync_openai_client(
        base_url=base_url if base_url is not None else settings.llm_base_url,
        api_key=api_key if api_key is not None else settings.llm_api_key,
        timeout=settings.llm_timeout if timeout is None else timeout,
        max_retries=settings.llm_max_retries if max_retries is None else max_retries,
        base_wait=base_wait, max_wait=max_wait, retry_after_cap=retry_after_cap,
    )


def sync_openai_client(*, base_url: str | None, api_key: str | None, timeout: float, max_retries: int,
                       base_wait: float = 0.5, max_wait: float = 30.0,
                       retry_after_cap: float | None = None) -> openai.OpenAI:
    """A synchronous openai client retrying by the one transport policy.

    Args:
        base_url: the server's ``.../v1`` URL; None = api.openai.com.
        api_key: the key; empty or None sends a placeholder (local servers accept any).
        timeout: seconds per request.
        max_retries: transport retries after the first attempt.
        base_wait: first backoff step in seconds.
        max_wait: the longest backoff step.
        retry_after_cap: the longest ``Retry-After`` wait honoured (default the policy's).

    Returns:
        An ``openai.OpenAI`` whose own ``max_retries`` is 0.
    """
    import httpx
    import openai

    from marsad.core.llm_retry import MAX_RETRY_AFTER, RetryingSyncTransport

    transport = RetryingSyncTransport(
        httpx.HTTPTransport(verify=tls_context(base_url)), max_retries=max_retries, base_wait=base_wait,
        max_wait=max_wait, retry_after_cap=MAX_RETRY_AFTER if retry_after_cap is None else retry_after_cap,
    )
    return openai.OpenAI(base_url=base_url, api_key=api_key or NO_KEY, timeout=timeout, max_retries=0,
                         http_client=httpx.Client(transport=transport, timeout=timeout))


def async_openai_client(settings: Settings, *, base_wait: float = 0.5, max_wait: float = 30.0,
                        meter: Callable[[], Any] | None = None) -> openai.AsyncOpenAI:
    """An async openai client with ``settings.llm_concurrency`` one-connection lanes, retrying by the one policy.

    Args:
        settings: base URL, key, time-out, concurrency and ``llm_max_retries``.
        base_wait: first backoff step in seconds.
        max_wait: the longest backoff step.
        meter: returns the current usage meter (its ``requests``/``retries`` count every attempt).

    Returns:
        An ``openai.AsyncOpenAI`` whose own ``max_retries`` is 0; create it inside the event
        loop that will use it, and close it when done.
    """
    import httpx
    import openai

    from marsad.core.llm_retry import RetryingTransport

    tls = tls_context(settings.llm_base_url)  # one context for all lanes (each costs ~20 ms to build)
    lanes = [
        httpx.AsyncHTTPTransport(verify=tls, limits=httpx.Limits(max_connections=1, max_keepalive_connections=1))
        for _ in range(settings.llm_concurrency)
    ]
    transport = RetryingTransport(lanes, max_retries=settings.llm_max_retries, base_wait=base_wait,
                                  max_wait=max_wait, meter=meter)
    return openai.AsyncOpenAI(
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key or NO_KEY,
        timeout=settings.llm_timeout,
        max_retries=0,
        http_client=httpx.AsyncClient(transport=transport, timeout=settings.llm_timeout),
    )
