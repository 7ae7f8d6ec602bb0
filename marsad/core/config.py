"""Configuration, resolved once into one frozen :class:`Settings` object.

Precedence: command-line flag > environment variable > default. Every environment
variable lives under the ``MARSAD_`` prefix (``OPENAI_API_KEY`` and
``OPENAI_BASE_URL`` are honoured as fall-backs for the LLM key and URL) and is
listed in :data:`OPTIONS`, which is also the source of the README's table. No other
module reads ``os.environ`` for Marsad settings.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from marsad.core.errors import ConfigError

__all__ = ["Settings", "Option", "OPTIONS", "CHROMA_RETRY_SECONDS", "INGEST_WAIT_SECONDS", "PAGE_WAIT_SECONDS",
           "AUTH_WAIT_SECONDS", "AUTH_WAIT_CAP_SECONDS", "TRANSLATE_TIMEOUT_SECONDS", "EXPORTS_KEPT",
           "LLM_BREAKER_LIMIT", "OPENAI_URL", "UI_HOST", "UI_TABLE_ROWS", "UI_DOC_CHOICES", "UI_EXTRACT_LIMIT",
           "MAX_UPLOAD_BYTES", "MAX_UPLOAD_FILES",
           "resolve_settings", "apply_offline_env", "setting_name",
           "setting_sources"]


@dataclass(frozen=True)
class Option:
    """One setting: its field name, env var(s), CLI flag, default and meaning."""

    field: str
    env: tuple[str, ...]
    flag: str | None
    default: Any
    kind: type
    help: str
    choices: tuple[str, ...] | None = None


AUTH_WAIT_SECONDS = 0.5
"""The app's wait after a wrong password, doubled with each wrong try in a row for that user name ..."""

AUTH_WAIT_CAP_SECONDS = 8.0
"""... up to this many seconds (the `ui_auth` setting's help is built from both)."""

LLM_BREAKER_LIMIT = 5
"""Documents failing one after the other on the LLM server that stop a run (the `llm_breaker` setting's default and
the circuit breaker's own)."""

OPENAI_URL = "https://api.openai.com/v1"
"""The server an LLM request goes to when no base URL is set (named in its errors)."""


OPTIONS: tuple[Option, ...] = (
    Option("home", ("MARSAD_HOME",), "--home", ".marsad", Path,
           "Data directory: document store, embedded Chroma index, records, caches."),
    Option("chroma_url", ("MARSAD_CHROMA_URL",), "--chroma-url", None, str,
           "URL of a Chroma server (`chroma run`); unset = embedded PersistentClient under the home."),
    Option("collection", ("MARSAD_COLLECTION",), "--collection", "marsad", str,
           "Chroma collection name (3-512 chars of [a-zA-Z0-9._-])."),
    Option("embed_backend", ("MARSAD_EMBED_BACKEND",), "--embed-backend", "hash", str,
           "Embedding: `hash` (local hashed character n-grams, no weights) or `openai` (OpenAI-compatible /embeddings).",
           ("hash", "openai")),
    Option("embed_model", ("MARSAD_EMBED_MODEL",), "--embed-model", "text-embedding-3-small", str,
           "Embedding model name when --embed-backend openai."),
    Option("embed_base_url", ("MARSAD_EMBED_BASE_URL",), "--embed-base-url", None, str,
           "Base URL of the embeddings server (default: the LLM base URL)."),
    Option("backend", ("MARSAD_BACKEND",), "--backend", "auto", str,
           "Extraction/answering backend: `offline`, `llm`, or `auto` (LLM when configured, else offline).",
           ("auto", "offline", "llm")),
    Option("llm_base_url", ("MARSAD_LLM_BASE_URL", "OPENAI_BASE_URL"), "--llm-base-url", None, str,
           "Base URL of an OpenAI-compatible server (OpenAI, vLLM, Ollama, llama.cpp), e.g. http://127.0.0.1:8000/v1."),
    Option("llm_model", ("MARSAD_LLM_MODEL",), "--llm-model", None, str,
           "Model name; any name the server accepts."),
    Option("llm_api_key", ("MARSAD_LLM_API_KEY", "OPENAI_API_KEY"), "--llm-api-key", None, str,
           "API key (local servers usually accept any value)."),
    Option("llm_mode", ("MARSAD_LLM_MODE",), "--llm-mode", "tools", str,
           "instructor mode: `tools` (tool calling), `json` (JSON reply, fenced or raw), `md_json`, `json_schema` "
           "(response_format with the JSON schema: vLLM, Ollama, llama.cpp), or `auto` (tools; json_schema once the "
           "server refuses tools: for the rest of an extract run, for the answer of an ask).",
           ("tools", "json", "md_json", "json_schema", "auto")),
    Option("llm_timeout", ("MARSAD_LLM_TIMEOUT",), "--llm-timeout", 60.0, float,
           "Seconds before one LLM request times out."),
    Option("llm_concurrency", ("MARSAD_LLM_CONCURRENCY",), "--llm-concurrency", 8, int,
           "Concurrent LLM requests."),
    Option("llm_max_retries", ("MARSAD_LLM_MAX_RETRIES",), "--llm-max-retries", 4, int,
           "Transport retries (429/5xx/timeouts/connection) with exponential backoff and jitter."),
    Option("llm_reasks", ("MARSAD_LLM_REASKS",), "--llm-reasks", 2, int,
           "Re-asks after a reply that fails validation (instructor)."),
    Option("llm_cache", ("MARSAD_LLM_CACHE",), "--llm-cache", True, bool,
           "Content-addressed disk cache of LLM responses under the home (`0` disables)."),
    Option("llm_breaker", ("MARSAD_LLM_BREAKER",), "--llm-breaker", LLM_BREAKER_LIMIT, int,
           "Stop an LLM extraction after this many documents in a row failed (server down, hung, wrong model); "
           "`0` never stops."),
    Option("max_record_chars", ("MARSAD_MAX_RECORD_CHARS",), "--max-record-chars", 1_000_000, int,
           "Longest document (characters of text, one file or one JSON record) read; a longer one is reported "
           "(`file:line`, the limit, this setting) and skipped."),
    Option("max_decompressed_mb", ("MARSAD_MAX_DECOMPRESSED_MB",), "--max-decompressed-mb", 1024, int,
           "Most megabytes read out of one `.jsonl.gz`/`.json.gz` (or one JSON Lines file); reading stops there "
           "with a message."),
    Option("ui_auth", ("MARSAD_UI_AUTH",), "--auth", None, str,
           "`marsad ui` login as USER:PASSWORD (also `--auth-file FILE`); prefer the variable or the file: a flag "
           "is visible in `ps`. Wrong passwords wait longer each time "
           f"({AUTH_WAIT_SECONDS:g} s doubling to {AUTH_WAIT_CAP_SECONDS:g} s per user name)."),
)

CHROMA_RETRY_SECONDS = 30.0
"""How long a searcher kept open (the app, `marsad ask -`) leaves a failed Chroma server alone, serving the keyword
index with the warning, before it tries the server again: each try reopens it, and a host that drops packets costs
a connect timeout per search (one question runs several searches)."""

INGEST_WAIT_SECONDS = 5.0
"""How long the app's Ingest button waits for a background ingest before answering "still running" (a small upload
answers with its summary)."""

PAGE_WAIT_SECONDS = 30.0
"""How long `marsad ui` waits for the app's own first page on a busy machine before it gives up starting."""

TRANSLATE_TIMEOUT_SECONDS = 15.0
"""Longest wait for the LLM that translates a Latin-script search query (at most the `llm_timeout` setting): a
search falls back to the query as written rather than hang on it."""

EXPORTS_KEPT = 50
"""How many requests' download folders the app keeps (the oldest beyond it are removed)."""

UI_HOST = "127.0.0.1"
"""The address `marsad ui` serves on unless told another (this machine only)."""

UI_TABLE_ROWS = 500
"""Rows the app's tables show (a download holds every filtered row)."""

UI_DOC_CHOICES = 2000
"""Articles the app's article picker offers: the ones ingested last."""

UI_EXTRACT_LIMIT = 500
"""Documents the app's Records tab extracts per click (`marsad extract` does a whole corpus)."""

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
"""Largest file the app takes as an upload ..."""

MAX_UPLOAD_FILES = 200
"""... and most files in one upload."""

_BY_FIELD = {o.field: o for o in OPTIONS}


def setting_name(field: str) -> str:
    """How a user sets ``field``: ``--max-record-chars / MARSAD_MAX_RECORD_CHARS`` (a message names this, not the
    field)."""
    option = _BY_FIELD[field]
    return " / ".join(n for n in (option.flag, option.env[0]) if n)


@dataclass(frozen=True)
class Settings:
    """All of Marsad's configuration. Build it with :func:`resolve_settings`."""

    home: Path = Path(".marsad")
    chroma_url: str | None = None
    collection: str = "marsad"
    embed_backend: str = "hash"
    embed_model: str = "text-embedding-3-small"
    embed_base_url: str | None = None
    backend: str = "auto"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_mode: str = "tools"
    llm_timeout: float = 60.0
    llm_concurrency: int = 8
    llm_max_retries: int = 4
    llm_reasks: int = 2
    llm_cache: bool = True
    llm_breaker: int = LLM_BREAKER_LIMIT
    max_record_chars: int = 1_000_000
    max_decompressed_mb: int = 1024
    ui_auth: str | None = None

    @property
    def llm_configured(self) -> bool:
        """True when a base URL or a key (for api.openai.com) and a model are set."""
        return bool(self.llm_model and (self.llm_base_url or self.llm_api_key))

    @property
    def effective_backend(self) -> str:
        """`offline` or `llm`: what `auto` means with the present configuration."""
        if self.backend == "auto":
            return "llm" if self.llm_configured else "offline"
        return self.backend

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed (values are validated)."""
        return _validated(replace(self, **changes))


_KIND_WORDS = {int: "a whole number", float: "a number", bool: "true or false"}
"""How a malformed value's Fix line names the kind wanted (was the option's description + "Expected a float.")."""


def _coerce(option: Option, raw: Any, origin: str) -> Any:
    if raw is None:
        return None
    try:
        if option.kind is bool:
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(raw)
        if option.kind is Path:
            return Path(raw).expanduser()
        value = option.kind(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"{origin} has an invalid value {raw!r} for {option.field}",
            hint=f"set {origin} to {_KIND_WORDS.get(option.kind, option.kind.__name__)} ({option.help.rstrip('.')})",
            cause=exc,
        ) from exc
    if option.choices and value not in option.choices:
        raise ConfigError(
            f"{origin} = {value!r} is not one of {', '.join(option.choices)}",
            hint=option.help,
        )
    return value


def _validated(settings: Settings) -> Settings:
    if settings.llm_concurrency < 1:
        raise ConfigError("llm_concurrency must be at least 1", hint="set MARSAD_LLM_CONCURRENCY=1 or more")
    if settings.llm_timeout <= 0:
        raise ConfigError("llm_timeout must be positive", hint="set MARSAD_LLM_TIMEOUT to seconds, e.g. 60")
    if settings.home.exists() and not settings.home.is_dir():
        raise ConfigError(f"--home {settings.home} is a file, not a directory",
                          hint="point --home (or MARSAD_HOME) at a directory; it is created when missing")
    if settings.llm_breaker < 0:
        raise ConfigError("llm_breaker cannot be negative", hint="use 0 to never stop a run early")
    if settings.max_record_chars < 1 or settings.max_decompressed_mb < 1:
        raise ConfigError("max_record_chars and max_decompressed_mb must be at least 1",
                          hint="set MARSAD_MAX_RECORD_CHARS / MARSAD_MAX_DECOMPRESSED_MB to a positive number")
    if settings.llm_max_retries < 0 or settings.llm_reasks < 0:
        raise ConfigError("retry counts cannot be negative", hint="use 0 to disable retries")
    return settings


def resolve_settings(flags: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> Settings:
    """Resolve every setting: flag > environment variable > default.

    Args:
        flags: values given on the command line, keyed by field name; ``None`` values
            mean "not given".
        env: the environment to read (defaults to ``os.environ``).

    Returns:
        A frozen, validated :class:`Settings`.

    Raises:
        ConfigError: a value cannot be parsed or is out of range; the message names
            the flag or env var.
    """
    env = os.environ if env is None else env
    flags = flags or {}
    values: dict[str, Any] = {}
    for f in fields(Settings):
        option = _BY_FIELD[f.name]
        kind, where, raw = _chosen(f.name, option, flags, env)
        values[f.name] = _coerce(option, raw, f"default {f.name}" if kind == "default" else where)
    return _validated(Settings(**values))


def _chosen(name: str, option, flags: Mapping[str, Any], env: Mapping[str, str]) -> tuple[str, str, Any]:
    """Which value a setting takes, the one rule of :func:`resolve_settings` and :func:`setting_sources`: a flag
    over the first of its variables that is set over the default. Returns ``(kind, where, raw value)``, kind
    ``flag``/``env``/``default``, where the flag's or variable's name."""
    if flags.get(name) is not None:
        return "flag", option.flag or name, flags[name]
    var = next((v for v in option.env if env.get(v) not in (None, "")), None)
    if var is not None:
        return "env", var, env[var]
    return "default", "", option.default


def setting_sources(flags: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> dict[str, str]:
    """Where each setting's value comes from, by the rule :func:`resolve_settings` follows: ``flag --x``,
    ``env MARSAD_X`` or ``default``."""
    env = os.environ if env is None else env
    flags = flags or {}
    sources: dict[str, str] = {}
    for f in fields(Settings):
        kind, where, _raw = _chosen(f.name, _BY_FIELD[f.name], flags, env)
        sources[f.name] = f"{kind} {where}" if where else kind
    return sources


def apply_offline_env(environ: dict[str, str] | None = None) -> None:
    """Set the variables that keep third-party libraries off the network.

    Gradio and Hugging Face telemetry, Chroma telemetry, and tiktoken's cache (pointed
    at the files llama-index ships). Existing values are left alone.
    """
    environ = os.environ if environ is None else environ
    defaults = {
        "GRADIO_ANALYTICS_ENABLED": "False",
        "HF_HUB_OFFLINE": "1",
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "TOKENIZERS_PARALLELISM": "false",
    }
    for key, value in defaults.items():
        environ.setdefault(key, value)
    if "TIKTOKEN_CACHE_DIR" not in environ:
        import importlib.util

        spec = importlib.util.find_spec("llama_index.core")
        if spec and spec.submodule_search_locations:
            cache = Path(list(spec.submodule_search_locations)[0]) / "_static" / "tiktoken_cache"
            if cache.is_dir():
                environ["TIKTOKEN_CACHE_DIR"] = str(cache)
