"""The one exception root of Marsad and its few specific subclasses.

Every error a user can see is a :class:`MarsadError`; its message says what went
wrong and, where there is one, how to fix it. The CLI prints ``str(err)`` and exits
with ``err.exit_code``; nothing else needs a traceback.
"""

from __future__ import annotations

import signal
import sys

__all__ = [
    "say_skipped",
    "Interrupted",
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
    "missing_llm_config",
    "llm_refused_hint",
    "breaker_stopped",
    "embedding_conflict",
    "embedding_dimensions",
    "vector_store_failed",
    "vector_server_unreachable",
    "keyword_only_search",
    "index_being_built",
    "vector_collection_empty",
    "cannot_write",
    "nothing_ingested",
    "no_matches",
    "PeriodError",
    "bad_period_bound",
    "period_reversed",
]


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


#: The ``--embed-backend`` value of each embedding function name a collection records.
_EMBED_FLAGS = {"marsad-hash-ngrams": "hash", "marsad-openai-compatible": "openai"}


def _embedding_flags(embedding: str) -> str:
    """``marsad-openai-compatible:text-embedding-3-small`` -> ``--embed-backend openai --embed-model ...``."""
    name, _, model = embedding.partition(":")
    backend = _EMBED_FLAGS.get(name)
    if backend is None:
        return embedding
    return f"--embed-backend {backend}" + (f" --embed-model {model}" if backend == "openai" and model else "")


def embedding_conflict(collection: str, stored: str, wanted: str) -> StoreError:
    """A collection built with another embedding (backend or model) than the one configured: the flags it was built
    with, so the user can ask it the same way."""
    return StoreError(
        f"collection {collection!r} holds {stored} vectors, not {wanted}",
        hint=(f"give the embedding it was built with ({_embedding_flags(stored)}; MARSAD_EMBED_BACKEND / "
              "MARSAD_EMBED_MODEL), or another --collection / --home to index with this one"))


def embedding_dimensions(collection: str, expected: int, got: int, embedding: str, base_url: str | None,
                         writing: bool) -> StoreError:
    """The embedding server returned vectors of another length than the collection's: the same model name now
    serves another model (or another ``dimensions``)."""
    where = f" at {base_url}" if base_url else ""
    return StoreError(
        f"the embedding server{where} returned {got}-dimensional vectors for {embedding}, but collection "
        f"{collection!r} holds {expected}-dimensional ones" + ("; nothing was written to it" if writing else ""),
        hint=("the server now serves another model under that name: point --embed-base-url / MARSAD_EMBED_BASE_URL "
              "back at the server the collection was built with, or index with this one in another --collection "
              "or --home"))


def vector_store_failed(collection: str, action: str, exc: BaseException, chroma_url: str | None) -> StoreError:
    """Chroma failed to read or write the collection (the server went away, the disk is full); a
    :class:`VectorServerError` in server mode."""
    if chroma_url:
        hint = (f"check the Chroma server at {chroma_url} (MARSAD_CHROMA_URL / --chroma-url) is up, then re-run: "
                "finished documents are kept, and an ingest re-adds any vector the server lost")
        return VectorServerError(f"cannot {action} Chroma collection {collection!r}: {exc}", hint=hint)
    hint = "check the disk space and permissions of the home, then re-run: finished documents are kept"
    return StoreError(f"cannot {action} Chroma collection {collection!r}: {exc}", hint=hint)


#: How to bring a Chroma server back (the Fix of :func:`vector_server_unreachable` and :func:`keyword_only_search`).
START_CHROMA = "start it with `chroma run --path DIR --host 127.0.0.1 --port N`"


def vector_server_unreachable(chroma_url: str, exc: BaseException) -> VectorServerError:
    """The Chroma server of ``MARSAD_CHROMA_URL`` cannot be reached at all."""
    return VectorServerError(f"cannot reach the Chroma server at {chroma_url}: {exc}",
                             hint=f"{START_CHROMA}, or unset MARSAD_CHROMA_URL to use the embedded store")


def vector_collection_empty(collection: str, chroma_url: str, chunks: int) -> VectorServerError:
    """The Chroma server answers but holds no vector of the home's ``chunks`` (restarted on a new --path, wiped)."""
    return VectorServerError(f"collection {collection!r} on the Chroma server at {chroma_url} holds no vectors "
                             f"(this home indexes {chunks:,} chunks)",
                             hint="run `marsad ingest` on the same files: it re-adds the vectors the server lacks")


#: How :func:`keyword_only_search` begins in Arabic (for an Arabic question's answer): the server may have answered yet
#: hold none of the vectors (restarted on a new --path), so it says "could not be used", not "did not answer".
KEYWORD_ONLY_AR = "نتائج البحث بالكلمات فقط: تعذر استعمال خادم Chroma"


def keyword_only_search(chroma_url: str, fault: BaseException, retry_seconds: float | None = None,
                        language: str = "en") -> str:
    """The warning of a search served by its keyword (BM25) half alone because the Chroma server failed (``fault``,
    a :class:`VectorServerError`): the results may differ from the hybrid's, so it is said, with the setting and
    the fix; in Arabic for ``language`` "ar" (an Arabic question's answer carries it). ``retry_seconds``: how long a
    searcher kept open leaves the server alone after a failure (:data:`~marsad.core.config.CHROMA_RETRY_SECONDS`).
    Before pass 60 `marsad search`, `marsad ask` and the app's chat failed outright instead."""
    reason = (fault.message if isinstance(fault, MarsadError) else str(fault)).split("\n")[0]
    reason = reason.removeprefix(f"cannot reach the Chroma server at {chroma_url}: ")
    if len(reason) > 200:
        reason = reason[:199] + "…"
    if language == "ar":
        again = (f"؛ والبحث المفتوح (كما في التطبيق) يعود إليه بعد {retry_seconds:g} ثانية من الإخفاق"
                 if retry_seconds else "")
        return (f"{KEYWORD_ONLY_AR} على {chroma_url} (MARSAD_CHROMA_URL / --chroma-url)، فلم يُستعمل نصف البحث "
                f"بالمتجهات ({reason})\n"
                f"  الحل: شغّله بالأمر `chroma run --path DIR --host 127.0.0.1 --port N` (بمجلد --path نفسه){again}. "
                "وإن فقد الخادم بياناته فإن `marsad ingest` يعيد إضافة المتجهات")
    again = (f"; a search kept open (the app's) tries it again {retry_seconds:g} s after a failure" if retry_seconds
             else "; the next search uses it again")
    return (f"keyword results only: the Chroma server at {chroma_url} (MARSAD_CHROMA_URL / --chroma-url) failed, "
            f"so the vector half of the search was left out ({reason})\n"
            f"  Fix: {START_CHROMA} (the same --path as before){again}. After a server that lost its data, "
            "`marsad ingest` re-adds the vectors")


def index_being_built(home, language: str = "en") -> str:
    """What `marsad search` tells beside 0 hits while the first `marsad ingest` into ``home`` still runs (0 hits
    would mislead), in ``language`` (the query's: an Arabic query was told it in English before pass 63)."""
    if language == "ar":
        return (f"فهرس {_LRI}{home}{_PDI} ما زال يُبنى بأمر `marsad ingest` جارٍ الآن؛ "
                "أعد البحث حين ينتهي")
    return (f"the index of {home} is still being built by a running `marsad ingest`; "
            "search again when it has finished")


def keyword_only_found_nothing(warning: str, language: str = "en") -> VectorServerError:
    """A search that found nothing in the keyword index while its vector half was left out (the Chroma server failed;
    ``warning`` is :func:`keyword_only_search`'s, in ``language``). Over a non-empty index the vectors always give
    the nearest articles, so such a search has not searched: the app's ``/search`` raises this, as an empty list could
    not carry the warning (a script read "nothing found"); `marsad search` tells it beside its "no hits" line."""
    if language == "ar":
        return VectorServerError("لم يجد البحث بالكلمات شيئا، ولم يُبحث بالمتجهات التي تجد أقرب المقالات: " + warning)
    return VectorServerError("the keyword index found nothing, and the vector half, which finds the nearest "
                             "articles, was left out: " + warning)


def cannot_write(path, exc: OSError, flag: str = "--out") -> InputError:
    """The one message for an output file that cannot be written (a directory, a missing or read-only place)."""
    return InputError(str(path), f"cannot be written: {exc}", hint=f"choose a writable {flag} path")


#: The one wording of a home that holds no ingested document (:func:`nothing_ingested`; `marsad search`'s 0 hits).
NOTHING_INGESTED = "nothing is ingested in this home (MARSAD_HOME)"
#: How to fill a home, the Fix of :func:`nothing_ingested`.
INGEST_FIRST = "ingest some articles first: marsad ingest data/samples (or point MARSAD_HOME / --home at the home " \
               "that holds them)"
#: The same two, in Arabic (an Arabic query's 0 hits); the app's Fix names its Ingest tab.
NOTHING_INGESTED_AR = "لا مقال مفهرس في هذا المجلد (MARSAD_HOME)"
INGEST_FIRST_AR = "أضف مقالات أولا: marsad ingest data/samples (أو اجعل MARSAD_HOME / --home المجلد الذي يحملها)"
INGEST_IN_APP = "add articles in the Ingest tab (or `marsad ingest DIR` into this MARSAD_HOME)"
INGEST_IN_APP_AR = "أضف مقالات من تبويب «إضافة» (أو بالأمر marsad ingest DIR في هذا المجلد MARSAD_HOME)"


def out_holds_articles(out, named: bool, foreign: bool = False) -> ConfigError:
    """The one error of `marsad extract --out FILE` when FILE is one of the inputs (``named``), holds articles, or
    (``foreign``) holds anything else than the records of a `marsad extract` run: the run appends records to its output
    and trims an unfinished last line, so it would change the file."""
    from pathlib import Path

    what = ("is also an input PATH" if named else
            "is not the records output of a `marsad extract` run (its first line is no records line)" if foreign else
            "holds articles (its first line has a `text`), not records")
    stem = Path(str(out)).name.split(".")[0] or "records"
    return ConfigError(f"--out {out} {what}: `marsad extract` appends its records to --out (and trims an unfinished "
                       f"last line), so it would change {'that file' if foreign else 'those articles'}; nothing was "
                       "written",
                       hint=f"give another --out, e.g. --out out/{stem}.records.jsonl")


def nothing_ingested(home, language: str = "en", *, app: bool = False) -> InputError:
    """The one error of a command that needs ingested documents (`marsad events`, `marsad actors`) run on a home
    that holds none: ``HOME: nothing is ingested in this home (MARSAD_HOME)`` with the Fix :data:`INGEST_FIRST`;
    in Arabic for ``language`` "ar", and with the app's Ingest tab as the Fix for ``app``."""
    if language == "ar":
        return InputError(str(home), NOTHING_INGESTED_AR, hint=INGEST_IN_APP_AR if app else INGEST_FIRST_AR,
                          fix_label=_FIX_AR)
    return InputError(str(home), NOTHING_INGESTED, hint=INGEST_IN_APP if app else INGEST_FIRST)


#: The phrases of :func:`no_matches`, by language (``{q}`` the query, ``{n}`` the articles searched).
_NO_MATCHES_PHRASES = {
    "en": {"empty": "no hits: {}",
           "none": "no hits for {q!r} among {n:,} ingested article(s): try other words, or the Arabic name",
           "keyword_only": "no hits for {q!r} in the keyword index of {n:,} ingested article(s); the vector half, "
                           "which finds the nearest articles, was left out: the Chroma server failed (the warning "
                           "says how to start it)"},
    "ar": {"empty": "لا نتائج: {}",
           "none": "لا نتائج لـ«{q}» بين {n:,} من المقالات المفهرسة: جرّب كلمات أخرى أو الاسم بالإنجليزية",
           "keyword_only": "لا نتائج لـ«{q}» في فهرس الكلمات لـ{n:,} من المقالات المفهرسة؛ ولم يُبحث بالمتجهات التي "
                           "تجد أقرب المقالات: أخفق خادم Chroma (التحذير يقول كيف يُشغَّل)"},
}


def no_matches(query: str, count: int, language: str = "en", *, home=None, keyword_only: bool = False,
               app: bool = False) -> str:
    """The one message of a search that found nothing (`marsad search` and the app's Search tab), in ``language``
    (the query's: :func:`marsad.agent.asking.question_language`): over an empty home (``count`` 0) that nothing is
    ingested in ``home`` and how to fill it (:func:`nothing_ingested`; ``app``: from its Ingest tab); else how many
    articles were searched and what to try, or (``keyword_only``: the Chroma server failed) that only the keyword
    index was searched, so "try other words" would mislead. Before pass 62 the CLI and the app each wrote their own,
    and the CLI's stayed English for an Arabic query."""
    words = _NO_MATCHES_PHRASES["ar" if language == "ar" else "en"]
    if not count:
        return words["empty"].format(nothing_ingested(home, language, app=app))
    return words["keyword_only" if keyword_only else "none"].format(q=query, n=count)


#: How each front end names a period's two bounds, so an error names what its caller wrote: the command line's flags,
#: the Python API's keyword arguments (also the app's ``/ask`` and ``/search`` endpoints), the app's chat fields.
PERIOD_BOUND_NAMES = {"cli": ("--since", "--until"), "api": ("since", "until"), "app": ("Since", "Until"),
                      "events_tab": ("From", "To")}


#: The app's fields by their Arabic labels (the chat's "Since · من", "Until · حتى"; the Events tab's "From · من",
#: "To · إلى"), for an error told in Arabic.
PERIOD_BOUND_NAMES_AR = {"app": ("«من»", "«حتى»"), "events_tab": ("«من»", "«إلى»")}

_FIX_AR = "الحل"
_LRI, _PDI = "\u2066", "\u2069"  # an isolated left-to-right date inside Arabic text


def _bound_written(caller: str, side: int, value: str) -> str:
    """A bound as its caller wrote it: ``--since 2015-06`` (cli), ``since='2015-06'`` (api), ``Since 2015-06`` (app),
    ``From 2015-06`` (the app's Events tab)."""
    name = PERIOD_BOUND_NAMES.get(caller, PERIOD_BOUND_NAMES["cli"])[side]
    return f"{name}={value!r}" if caller == "api" else f"{name} {value}"


def bad_period_bound(caller: str, side: int, value: str, language: str = "en") -> PeriodError:
    """The one error of a period bound that is not a date (``side`` 0: since, 1: until), named as ``caller``
    (a key of :data:`PERIOD_BOUND_NAMES`) wrote it; in Arabic for ``language`` "ar" in the app, naming its fields by
    their Arabic labels (an Arabic question is told its error in Arabic), and with its Arabic
    (:attr:`PeriodError.arabic`) for the app in either."""
    arabic = None
    if caller in PERIOD_BOUND_NAMES_AR:
        name = PERIOD_BOUND_NAMES_AR[caller][side]
        arabic = PeriodError(f"{name} {_LRI}{value!r}{_PDI} ليس تاريخا",
                             hint=f"اكتب {name} على صورة YYYY أو YYYY-MM أو YYYY-MM-DD، مثلا {_LRI}2015-06{_PDI}",
                             fix_label=_FIX_AR)
        if language == "ar":
            return arabic
    name = PERIOD_BOUND_NAMES.get(caller, PERIOD_BOUND_NAMES["cli"])[side]
    shown = f"{name}={value!r}" if caller == "api" else f"{name} {value!r}"
    return PeriodError(f"{shown} is not a date", arabic=arabic,
                       hint=f"write {name} as YYYY, YYYY-MM or YYYY-MM-DD, e.g. {_bound_written(caller, side, '2015-06')}")


def period_reversed(caller: str, since: str, until: str, language: str = "en") -> PeriodError:
    """The one error of a period whose start is after its end, named as ``caller`` wrote the two bounds (in Arabic
    for ``language`` "ar" in the app, and with its Arabic for the app in either, as :func:`bad_period_bound`)."""
    arabic = None
    if caller in PERIOD_BOUND_NAMES_AR:
        first, last = PERIOD_BOUND_NAMES_AR[caller]
        arabic = PeriodError(f"{first} {_LRI}{since}{_PDI} بعد {last} {_LRI}{until}{_PDI}: لا تاريخ في هذه المدة",
                             hint="بدّل التاريخين، أو احذف أحدهما", fix_label=_FIX_AR)
        if language == "ar":
            return arabic
    return PeriodError(f"{_bound_written(caller, 0, since)} is after {_bound_written(caller, 1, until)}: "
                       "no date is in that period", hint="swap the two dates, or drop one of them", arabic=arabic)


_LRM = "\u200e"  # keeps ".txt" whole in right-to-left text

#: The phrases of :func:`no_hits_in_period`, by language: one message built the same way in both (``{}`` is the
#: period, a count or a number of days).
_NO_HITS_PHRASES = {
    "en": {"none": "no hits among the articles published {}", "none_dated": ": no ingested article is dated in that period",
           "undated": " ({} ingested article(s) carry no date: a .txt or .md file has none)",
           "later": ". The period is of publication: {} article(s) published in the {} days after it may report its "
                    "incidents (widen the end of the period; `marsad events` dates by the incident)"},
    "ar": {"none": "لا نتائج بين المقالات المنشورة {}", "none_dated": ": لا مقال مفهرس منشور في هذه المدة",
           "undated": f" ({{}} من المقالات المفهرسة بلا تاريخ: ملف {_LRM}.txt أو {_LRM}.md لا يحمل تاريخا)",
           "later": ". المدة مدة نشر: {} من المقالات نشرت في الأيام الـ{} التالية لها وقد تروي أحداثها "
                    f"(وسّع نهاية المدة؛ {_LRM}marsad events يؤرخ بتاريخ الحدث)"},
}


def no_hits_in_period(period: str, dated_in_it: int | None = None, undated: int = 0, *,
                      later: int = 0, days: int = 7, language: str = "en") -> str:
    """The one message of `marsad search` and `marsad ask` when nothing was found among the articles published in
    ``period`` (:meth:`Period.describe`, or :func:`describe_period_ar` for ``language`` "ar": an Arabic question's
    answer); ``dated_in_it`` = 0 adds that no ingested article is dated in it at all, and why an article may lack a
    date: how many carry none (``undated``; nothing when 0). ``later`` (articles published in the ``days`` days after the period) adds that the period is one of
    publication, and that `marsad events` dates by the incident."""
    words = _NO_HITS_PHRASES["ar" if language == "ar" else "en"]
    text = words["none"].format(period)
    if dated_in_it == 0:
        text += words["none_dated"]
        if undated:
            text += words["undated"].format(undated)
    if later:
        text += words["later"].format(later, days)
    return text


#: The phrases of :func:`no_events_in_period`, by language: one sentence built the same way in both (``{}`` is a date
#: or a count; "after_too" follows a "before" part).
_NO_EVENTS_PHRASES = {
    "en": {"none": "no event is dated {}", "before": "the nearest before it is dated {}",
           "after": "the nearest after it is dated {}", "after_too": "the nearest after it {}",
           "overlapping": "{} told only to a month or a year overlap it without lying inside (widen the period to take "
                          "them)",
           "undated": "{} carry no date", "and": "; ",
           "end": ". The period is the incident's date; {} read the publication date"},
    "ar": {"none": "لا حدث مؤرخا {}", "before": "أقربها قبلها مؤرخ {}", "after": "أقربها بعدها مؤرخ {}",
           "after_too": "وأقربها بعدها مؤرخ {}",
           "overlapping": "{} منها مؤرخة بشهر أو سنة تتداخل مع المدة ولا تقع كلها فيها (وسّع المدة لتشملها)",
           "undated": "{} منها بلا تاريخ", "and": "؛ ", "end": ". المدة تاريخ الحدث لا تاريخ النشر"},
}


def no_events_in_period(period: str, before: str | None, after: str | None, overlapping: int = 0,
                        undated: int = 0, readers: str = "`marsad search`/`ask --since`", language: str = "en") -> str:
    """The one message of `marsad events` (and the app's Events tab) when no event is dated in ``period``
    (:meth:`Period.describe`, or :func:`describe_period_ar` for ``language`` "ar"): the date of the nearest event
    before it (``before``) and after it (``after``), how many events told only to a month or a year overlap it without
    lying inside (``overlapping``) and how many carry no date (``undated``); ``readers``: what reads the publication
    date instead, as the caller names it (the app: its chat's Since/Until; the Arabic names none)."""
    words = _NO_EVENTS_PHRASES["ar" if language == "ar" else "en"]
    parts = []
    if before:
        parts.append(words["before"].format(before))
    if after:
        parts.append(words["after_too" if parts else "after"].format(after))
    if overlapping:
        parts.append(words["overlapping"].format(overlapping))
    if undated:
        parts.append(words["undated"].format(undated))
    text = words["none"].format(period)
    if parts:
        text += ": " + words["and"].join(parts)
    return text + words["end"].format(readers)


def describe_period_ar(since: str | None, until: str | None) -> str:
    """A period's bounds in Arabic words (dates stay as written): "في 2015-06", "من 2015-06 حتى 2015-07"."""
    if since and since == until:
        return f"في {since}"
    return " ".join(([f"من {since}"] if since else []) + ([f"حتى {until}"] if until else []))


def breaker_stopped(limit: int, consecutive: int) -> str:
    """What a run the LLM circuit breaker ended says: ``stopped`` in FILE.report.json, and the end of the breaker's
    error (:mod:`marsad.agent.llm.breaker`). Names the setting both ways, how many documents failed in a row, and
    that the documents after them were not asked (a re-run resumes them)."""
    return (f"the LLM circuit breaker (--llm-breaker {limit} / MARSAD_LLM_BREAKER={limit}) stopped the run after "
            f"{consecutive} documents in a row failed; the documents after them were not asked and the finished ones "
            "are kept: a re-run resumes them (--llm-breaker 0 never stops)")


class Interrupted(KeyboardInterrupt):
    """Ctrl+C (SIGINT) or SIGTERM stopped a command; :func:`stopped_line` is what the CLI tells of it.

    A command that knows what its output holds raises it with the counts (``marsad extract``: before ux61 the line
    said no figure, and a Ctrl+C on a run of thousands of documents left the user to count the lines); the CLI's
    SIGTERM handler raises it with ``signum`` alone. Still a ``KeyboardInterrupt``: every ``except
    KeyboardInterrupt`` catches it.

    Args:
        signum: the signal that stopped the command.
        documents: documents the output holds, when the command tells it (then ``out``, ``extracted`` and
            ``failed`` too).
        out: the output file.
        extracted: documents this run extracted.
        failed: documents this run failed on.
    """

    def __init__(self, signum: int = signal.SIGINT, *, documents: int | None = None, out=None, extracted: int = 0,
                 failed: int = 0):
        super().__init__(signum)
        self.signum = signum
        self.documents = documents
        self.out = out
        self.extracted = extracted
        self.failed = failed

    @classmethod
    def kept(cls, stopped: KeyboardInterrupt, *, documents: int, out, extracted: int, failed: int) -> Interrupted:
        """``stopped`` (a plain Ctrl+C or an :class:`Interrupted`), with what the output holds."""
        signum = stopped.signum if isinstance(stopped, Interrupted) else signal.SIGINT
        return cls(signum, documents=documents, out=out, extracted=extracted, failed=failed)


def stopped_line(stopped: KeyboardInterrupt) -> str:
    """The line a command stopped by Ctrl+C or SIGTERM ends with (on stderr; exit 128 + the signal): what is kept and
    that a re-run resumes; with the counts of an :class:`Interrupted` that has them, ``marsad: interrupted;
    1,200 document(s) are in out.jsonl (1,150 extracted by this run, 2 failed): finished work is kept ...``."""
    signum = stopped.signum if isinstance(stopped, Interrupted) else signal.SIGINT
    how = "stopped (SIGTERM)" if signum == signal.SIGTERM else "interrupted"
    kept = ""
    if isinstance(stopped, Interrupted) and stopped.documents is not None:
        kept = (f"{stopped.documents:,} document(s) are in {stopped.out} ({stopped.extracted:,} extracted by this run, "
                f"{stopped.failed:,} failed): ")
    return f"marsad: {how}; {kept}finished work is kept and a re-run resumes"


def say_skipped(label: str, reason: str, hint: str | None, shown: set[str]) -> None:
    """Tell on stderr that one input was skipped (``marsad: skipped LABEL: reason``), and its Fix line the first time
    that line comes up (``shown`` holds the Fix lines already told, and gets this one): the one wording of a skipped
    input for `marsad ingest` (after the run) and `marsad extract` (as it goes)."""
    print(f"marsad: skipped {label}: {reason}", file=sys.stderr)
    if hint and hint not in shown:
        shown.add(hint)
        print(f"  Fix: {hint}", file=sys.stderr)
