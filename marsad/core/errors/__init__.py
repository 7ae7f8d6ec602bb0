"""The one place of Marsad's errors and user-facing messages: one root exception and every message built once.

Every error a user can see is a :class:`MarsadError`; its message says what went
wrong and, where there is one, how to fix it. The CLI prints ``str(err)`` and exits
with ``err.exit_code``; nothing else needs a traceback.

A module by kind (callers import every name from here, ``marsad.core.errors``):

* ``base`` — the exception classes (:class:`MarsadError` and its subclasses), and the marks of an error told in
  Arabic.
* ``llm`` — the LLM server and its model: a missing setting, a refused request, the circuit breaker.
* ``vectors`` — the vector store: an embedding conflict, Chroma failing, its server down or emptied, a search served
  by its keyword half alone.
* ``empty`` — a command that found nothing: an empty home, no hits (in a period), no event in a period.
* ``periods`` — a period's bounds (not a date, start after end), named as each front end writes them.
* ``runs`` — what a command tells of its run: stopped by Ctrl+C or SIGTERM, an input skipped, an output it cannot
  or must not write.
"""

from __future__ import annotations

from marsad.core.errors.base import (
    BaselineLowered,
    CircuitOpenError,
    ConfigError,
    DuplicateKeyError,
    FatalLLMError,
    InputError,
    LLMError,
    LLMProtocolError,
    LLMRetryExhaustedError,
    LLMUnavailableError,
    LLMUnreadableReplyError,
    MarsadError,
    PeriodError,
    RetryableStatus,
    StoreError,
    VectorServerError,
)
from marsad.core.errors.empty import (
    INGEST_FIRST,
    INGEST_FIRST_AR,
    INGEST_IN_APP,
    INGEST_IN_APP_AR,
    NOTHING_INGESTED,
    NOTHING_INGESTED_AR,
    index_being_built,
    no_events_in_period,
    no_hits_in_period,
    no_matches,
    nothing_ingested,
)
from marsad.core.errors.llm import breaker_stopped, llm_refused_hint, missing_llm_config
from marsad.core.errors.periods import (
    PERIOD_BOUND_NAMES,
    PERIOD_BOUND_NAMES_AR,
    bad_period_bound,
    describe_period_ar,
    period_reversed,
)
from marsad.core.errors.runs import (
    DatesKept,
    Interrupted,
    Stopped,
    cannot_write,
    out_holds_articles,
    say_dates_kept,
    say_skipped,
    stopped_line,
)
from marsad.core.errors.vectors import (
    KEYWORD_ONLY_AR,
    START_CHROMA,
    embedding_conflict,
    embedding_dimensions,
    keyword_only_found_nothing,
    keyword_only_search,
    vector_collection_empty,
    vector_server_unreachable,
    vector_store_failed,
)

__all__ = [
    "DatesKept",
    "say_dates_kept",
    "say_skipped",
    "Interrupted",
    "Stopped",
    "stopped_line",
    "MarsadError",
    "ConfigError",
    "InputError",
    "StoreError",
    "VectorServerError",
    "LLMError",
    "LLMUnavailableError",
    "LLMRetryExhaustedError",
    "LLMProtocolError",
    "LLMUnreadableReplyError",
    "FatalLLMError",
    "CircuitOpenError",
    "RetryableStatus",
    "DuplicateKeyError",
    "BaselineLowered",
    "missing_llm_config",
    "llm_refused_hint",
    "breaker_stopped",
    "embedding_conflict",
    "embedding_dimensions",
    "vector_store_failed",
    "vector_server_unreachable",
    "keyword_only_search",
    "keyword_only_found_nothing",
    "START_CHROMA",
    "KEYWORD_ONLY_AR",
    "index_being_built",
    "vector_collection_empty",
    "cannot_write",
    "out_holds_articles",
    "nothing_ingested",
    "NOTHING_INGESTED",
    "NOTHING_INGESTED_AR",
    "INGEST_FIRST",
    "INGEST_FIRST_AR",
    "INGEST_IN_APP",
    "INGEST_IN_APP_AR",
    "no_matches",
    "no_hits_in_period",
    "no_events_in_period",
    "PeriodError",
    "PERIOD_BOUND_NAMES",
    "PERIOD_BOUND_NAMES_AR",
    "bad_period_bound",
    "period_reversed",
    "describe_period_ar",
]
