"""The messages of the LLM server and its model: a missing setting, a refused request, the circuit breaker."""

from __future__ import annotations

from marsad.core.errors.base import ConfigError


def missing_llm_config(what: str) -> ConfigError:
    """Build the one message used everywhere an LLM setting is missing."""
    return ConfigError(
        f"the LLM backend needs {what}",
        hint=(
            "set MARSAD_LLM_BASE_URL (e.g. http://127.0.0.1:8000/v1) and MARSAD_LLM_MODEL, "
            "or pass --llm-base-url/--llm-model; or use --backend offline"
        ),
    )


def llm_refused_hint(status: int, *, base_url: str, model: str | None = None, served: list[str] | None = None,
                     tools_refused: bool = False, batch_api: bool = False) -> str:
    """The Fix line of an LLM request the server refused with HTTP ``status`` (a 4xx no retry mends).

    Args:
        status: the HTTP status (401, 403, 404, 400, 422, ...).
        base_url: the server asked (``--llm-base-url``).
        model: the model asked for (``--llm-model``).
        served: the names the server lists at ``GET /models`` (None when it lists none).
        tools_refused: the server said it does not do tool calling.
        batch_api: the refused request was one of the Batch API's (``/files``, ``/batches``).
    """
    if batch_api:
        return ("the server has no Batch API (OpenAI's /v1/files and /v1/batches; vLLM, Ollama and llama.cpp serve "
                "none): run the same command without --batch-api")
    if tools_refused:
        return ("the server does not do tool calling: use --llm-mode json_schema (or json) / MARSAD_LLM_MODE (or auto, "
                "which switches to json_schema by itself), or enable tool calling on the server (vLLM: "
                "--enable-auto-tool-choice --tool-call-parser ...)")
    if status == 401:
        return "check --llm-api-key / MARSAD_LLM_API_KEY (OPENAI_API_KEY is read when it is unset)"
    if status == 403:
        return "the key is not allowed this model or endpoint: check --llm-api-key / MARSAD_LLM_API_KEY and --llm-model"
    if status == 404:
        if served and model not in served:
            names = ", ".join(served[:10]) + (f" (and {len(served) - 10} more)" if len(served) > 10 else "")
            return f"the server at {base_url} serves: {names}; set --llm-model / MARSAD_LLM_MODEL to one of them"
        return (f"check --llm-base-url / MARSAD_LLM_BASE_URL ({base_url}; an OpenAI-compatible root, usually ending "
                f"in /v1) and --llm-model / MARSAD_LLM_MODEL ({model or 'unset'})")
    return (f"the server refused the request (HTTP {status}), a retry would not help: read its message above and "
            "check --llm-model and --llm-mode (MARSAD_LLM_MODE; json_schema or json for servers without tool calling)")


def breaker_stopped(limit: int, consecutive: int) -> str:
    """What a run the LLM circuit breaker ended says: ``stopped`` in FILE.report.json, and the end of the breaker's
    error (:mod:`marsad.agent.llm.breaker`). Names the setting both ways, how many documents failed in a row, and
    that the documents after them were not asked (a re-run resumes them)."""
    return (f"the LLM circuit breaker (--llm-breaker {limit} / MARSAD_LLM_BREAKER={limit}) stopped the run after "
            f"{consecutive} documents in a row failed; the documents after them were not asked and the finished ones "
            "are kept: a re-run resumes them (--llm-breaker 0 never stops)")
