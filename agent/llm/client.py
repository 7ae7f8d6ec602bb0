"""The instructor-patched async openai client for any OpenAI-compatible server.

Temperature 0, any model name, the configured time-out, and ``max_retries=0`` on the
openai client: transport retries happen once, in the transport that
:func:`marsad.core.llm_client.async_openai_client` puts under it (the one policy of
:mod:`marsad.core.llm_retry`); validation re-asks are instructor's (``max_retries`` per call).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.agent.llm.usage import current_meter
from marsad.core.errors import ConfigError, missing_llm_config

if TYPE_CHECKING:
    import instructor
    import openai
    from pydantic import BaseModel

    from marsad.core.config import Settings

__all__ = ["INSTRUCTOR_MODES", "instructor_mode", "build_async_client", "require_llm_settings", "wire_model",
           "tools_refused", "instructor_client", "auto_fallback"]

INSTRUCTOR_MODES = {
    "tools": "TOOLS",  # tool calling (OpenAI, vLLM with tools, recent llama.cpp/Ollama)
    "json": "MD_JSON",  # a JSON reply, raw or in a ```json fence: the safest for unknown servers
    "md_json": "MD_JSON",
    "json_schema": "JSON_SCHEMA",  # response_format with a JSON schema (servers with structured outputs)
    "auto": "TOOLS",  # tools first; json_schema once the server refuses tools (:func:`auto_fallback`)
}
TEMPERATURE = 0


def instructor_mode(name: str) -> instructor.Mode:
    """The instructor ``Mode`` for a ``--llm-mode`` value.

    Raises:
        ConfigError: the name is not one of :data:`INSTRUCTOR_MODES`.
    """
    import instructor

    try:
        return getattr(instructor.Mode, INSTRUCTOR_MODES[name])
    except KeyError:
        raise ConfigError(f"unknown LLM mode {name!r}",
                          hint="use --llm-mode tools, json, md_json, json_schema or auto") from None


def tools_refused(exc: BaseException) -> bool:
    """True when a request failed because the server does not do tool calling.

    vLLM without ``--enable-auto-tool-choice``, Ollama models without tools and llama.cpp
    servers started without ``--jinja`` answer a request with ``tools`` by an HTTP 400, 422
    or 501 (sometimes a 500) whose message names tools or functions.
    """
    import openai

    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, openai.APIStatusError) and exc.status_code in (400, 422, 500, 501):
            text = str(exc).lower()
            return "tool" in text or "function" in text
        exc, seen = exc.__cause__, seen + 1
    return False


def instructor_client(raw: openai.AsyncOpenAI, mode: str) -> instructor.AsyncInstructor:
    """Another instructor client over the same openai client, in ``mode`` (a ``--llm-mode`` value)."""
    import instructor

    return instructor.from_openai(raw, mode=instructor_mode(mode))


def auto_fallback(raw: openai.AsyncOpenAI, mode: str) -> instructor.AsyncInstructor | None:
    """``--llm-mode auto``'s second client: json_schema, what `marsad extract` and `marsad ask` switch to once the
    server refuses tools (:func:`tools_refused`); None in the other modes, which never switch."""
    return instructor_client(raw, "json_schema") if mode == "auto" else None


@lru_cache(maxsize=8)
def wire_model(model: type[BaseModel]) -> type[BaseModel]:
    """``model`` as an instructor ``ResponseSchema``, built once.

    instructor wraps any other model class anew on every call, which defeats its schema
    cache and regenerates the JSON schema per request (~20 ms of CPU each).
    """
    import instructor
    from pydantic import create_model

    if issubclass(model, instructor.ResponseSchema):
        return model
    return create_model(model.__name__, __base__=(model, instructor.ResponseSchema), __doc__=model.__doc__)


_CHECKED: set[int] = set()


def _memoise_async_validator_check() -> None:
    """Run instructor's "no async validators" walk once per model class instead of ~7 times per request.

    instructor re-walks the whole response-model type tree (every model's MRO) on each
    call; for the four-record model that is most of the client's CPU per request and
    caps throughput well below what the server allows. The check depends only on the
    class, so remembering the classes that passed changes no behaviour: a model that
    fails still raises every time.
    """
    try:
        from instructor.v2.core import patch as patch_module
        from instructor.v2.validation import async_validators
    except ImportError:  # a future instructor without these internals: nothing to speed up
        return
    original = async_validators.reject_async_validators
    if getattr(original, "_marsad_memoised", False):
        return

    def reject_async_validators(response_model):  # noqa: ANN001, ANN202 - same signature as instructor's
        key = id(response_model)
        if key in _CHECKED:
            return None
        result = original(response_model)
        if isinstance(response_model, type):
            _CHECKED.add(key)
        return result

    reject_async_validators._marsad_memoised = True  # type: ignore[attr-defined]
    async_validators.reject_async_validators = reject_async_validators
    if getattr(patch_module, "reject_async_validators", None) is original:
        patch_module.reject_async_validators = reject_async_validators


def require_llm_settings(settings: Settings) -> None:
    """Raise the one clear error when the LLM backend is not configured.

    Raises:
        ConfigError: no model, or neither a base URL nor an API key.
    """
    if not settings.llm_model:
        raise missing_llm_config("a model name")
    if not (settings.llm_base_url or settings.llm_api_key):
        raise missing_llm_config("a server base URL (or an OpenAI API key)")


def build_async_client(
    settings: Settings, *, base_wait: float = 0.5, max_wait: float = 30.0
) -> tuple[instructor.AsyncInstructor, openai.AsyncOpenAI]:
    """Build the instructor client and the openai client under it (close the latter when done).

    Args:
        settings: base URL, key, model, mode, time-out, concurrency and retry counts.
        base_wait: first transport backoff step in seconds.
        max_wait: the longest backoff step.

    Returns:
        ``(instructor_client, openai_client)``; must be created inside the event loop
        that will use them.
    """
    import instructor

    from marsad.core.llm_client import async_openai_client

    require_llm_settings(settings)
    _memoise_async_validator_check()
    raw = async_openai_client(settings, base_wait=base_wait, max_wait=max_wait, meter=current_meter().get)
    return instructor.from_openai(raw, mode=instructor_mode(settings.llm_mode)), raw
