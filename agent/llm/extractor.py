"""``LLMExtractor``: the four schemas filled by an LLM, every claim tied to an exact span.

Per document: split into windows (usually one), send ONE request per window covering
all four record types (served from the disk cache when seen before), ground every
quote to exact offsets, drop what cannot be grounded, flag unstated figures, and merge
records found in several windows. Documents run concurrently on one event loop, with
at most ``settings.llm_concurrency`` requests in flight; outcomes are yielded as they
complete. A document that still fails after the retries is an outcome with ``error``
set and the batch goes on; only a failure no document can escape (server down, bad
key, wrong URL or model) stops the run, with one clear error.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import queue
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from marsad.agent.extractor import ExtractionOutcome
from marsad.agent.grounding import NUMBER_WORDS_SOURCE, GroundingStats, ground_record
from marsad.agent.llm.cache import ResponseCache, cache_key
from marsad.agent.llm.client import (
    TEMPERATURE,
    auto_fallback,
    build_async_client,
    require_llm_settings,
    tools_refused,
    wire_model,
)
from marsad.agent.llm.hints import find_mentions
from marsad.agent.llm.prompts import PROMPT_VERSION, build_messages, format_hints
from marsad.agent.llm.response_models import RESPONSE_SCHEMA_VERSION, ExtractRecords
from marsad.agent.llm.retry import FatalLLMError, check_reachable, explain_failure, lost_connection, reask_limit
from marsad.agent.llm.usage import RunUsage, UsageMeter, current_meter
from marsad.agent.llm.windows import DEFAULT_OVERLAP_CHARS, DEFAULT_WINDOW_CHARS, Window, merge_records, split_windows
from marsad.agent.places import resolve_record_places
from marsad.core.errors import LLMError, LLMUnavailableError, LLMUnreadableReplyError
from marsad.schemas import RECORD_TYPES, Document, DocumentRecords

if TYPE_CHECKING:
    from marsad.core.config import Settings

__all__ = ["LLMExtractor"]

log = logging.getLogger(__name__)

_DONE = object()


class _Abort:
    def __init__(self, exc: BaseException):
        self.exc = exc


class LLMExtractor:
    """Extraction through any OpenAI-compatible server (see the module docstring).

    Args:
        settings: LLM URL, model, key, mode, time-out, concurrency, retries, cache, home.
        window_chars: the longest text sent in one request (characters).
        overlap_chars: text shared by consecutive windows.
        hints: offer the registry's actors and places found in each window as
            candidate mentions in the prompt.
        base_wait: first transport backoff step (seconds); tests make it tiny.
        max_wait: the longest backoff step (seconds).

    Raises:
        ConfigError: no model, or no base URL / API key.
    """

    name = "llm"
    parallel = False  # concurrency comes from async requests, not processes

    def __init__(
        self,
        settings: Settings,
        *,
        window_chars: int = DEFAULT_WINDOW_CHARS,
        overlap_chars: int = DEFAULT_OVERLAP_CHARS,
        hints: bool = True,
        base_wait: float = 0.5,
        max_wait: float = 30.0,
    ):
        require_llm_settings(settings)
        self.settings = settings
        self.model: str = settings.llm_model  # type: ignore[assignment]
        self.window_chars = window_chars
        self.overlap_chars = overlap_chars
        self.hints = hints
        self.base_wait = base_wait
        self.max_wait = max_wait
        self.version = f"llm:{self.model}:p{PROMPT_VERSION}:s{RESPONSE_SCHEMA_VERSION}" + (
            "" if (window_chars, overlap_chars) == (DEFAULT_WINDOW_CHARS, DEFAULT_OVERLAP_CHARS)
            else f":w{window_chars}-{overlap_chars}"
        )
        self.cache = ResponseCache(settings.home / "llm-cache", enabled=settings.llm_cache)
        self.usage = RunUsage()
        self.grounding = GroundingStats()
        self.merged_records = 0
        self.resolved_mode: str | None = None  # auto mode: what the last run settled on
        self.wall_seconds = 0.0
        self._lock = threading.Lock()

    # ------------------------------------------------------------ public API
    def extract(self, doc: Document) -> ExtractionOutcome:
        """Extract one document (a batch of one)."""
        with contextlib.closing(self.extract_batch([doc])) as outcomes:
            return next(outcomes)

    def extract_batch(self, docs: Iterable[Document]) -> Iterator[ExtractionOutcome]:
        """Extract documents concurrently; yield one outcome per document as each completes.

        Raises:
            LLMUnavailableError: the server cannot be reached (checked before the first
                request; again when a request loses its connection).
            LLMError: a failure every document would hit (HTTP 401/403/404).
        """
        docs = iter(docs)
        first = next(docs, None)
        if first is None:  # nothing to extract (a re-run that resumes every document): no client, no event loop
            return  # (building the client imports openai and instructor: 8 s of a run that sent no request, ux61)
        docs = itertools.chain([first], docs)
        out: queue.Queue = queue.Queue()
        stop = threading.Event()

        def runner() -> None:
            try:
                asyncio.run(self._run(docs, out, stop))
            except BaseException as exc:  # noqa: BLE001 - handed to the consumer thread
                out.put(_Abort(exc))
            finally:
                out.put(_DONE)

        started = time.perf_counter()
        thread = threading.Thread(target=runner, name="marsad-llm-extract", daemon=True)
        thread.start()
        try:
            while True:
                item = out.get()
                if item is _DONE:
                    break
                if isinstance(item, _Abort):
                    raise item.exc
                yield item
        finally:
            stop.set()
            thread.join()
            self.wall_seconds += time.perf_counter() - started

    def report(self) -> dict:
        """Run-level counters: usage, grounding, configuration, version."""
        grounding = self.grounding.as_dict()
        grounding["merged_records"] = self.merged_records
        grounding["numbers_checked_with"] = NUMBER_WORDS_SOURCE
        return {
            "backend": self.name,
            "version": self.version,
            "model": self.model,
            "base_url": self.settings.llm_base_url,
            "mode": self.settings.llm_mode if self.resolved_mode is None else f"auto:{self.resolved_mode}",
            "concurrency": self.settings.llm_concurrency,
            "usage": self.usage.as_dict(),
            "grounding": grounding,
            "wall_seconds": round(self.wall_seconds, 3),
        }

    # ------------------------------------------------------------ the event loop
    async def _run(self, docs: Iterable[Document], out: queue.Queue, stop: threading.Event) -> None:
        client, raw = build_async_client(self.settings, base_wait=self.base_wait, max_wait=self.max_wait)
        client.on("parse:error", _count_reask)
        doc_slots = asyncio.Semaphore(self.settings.llm_concurrency * 2)  # documents in flight
        state = _RunState()
        fallback = auto_fallback(raw, self.settings.llm_mode)
        if fallback is not None:
            fallback.on("parse:error", _count_reask)
            state.fallback = fallback
            state.mode = "tools"
        tasks: set[asyncio.Task] = set()
        wake = asyncio.Event()

        def finished(task: asyncio.Task) -> None:
            tasks.discard(task)
            doc_slots.release()
            wake.set()
            if task.cancelled():
                return
            exc = task.exception()
            if exc is not None:
                if state.fatal is None:
                    state.fatal = exc
                return
            out.put(task.result())

        async def produce() -> None:
            for doc in docs:
                await doc_slots.acquire()
                task = asyncio.create_task(self._document(doc, client, state))
                tasks.add(task)
                task.add_done_callback(finished)

        producer = asyncio.create_task(produce())
        producer.add_done_callback(lambda _: wake.set())
        try:
            # until every document is done, the consumer went away, or a failure ends the run
            while not stop.is_set() and state.fatal is None and not (producer.done() and not tasks):
                wake.clear()
                try:
                    await asyncio.wait_for(wake.wait(), timeout=0.1)
                except TimeoutError:
                    pass
            if producer.done() and not producer.cancelled() and producer.exception() is not None:
                raise producer.exception()  # the documents' iterator itself failed
        finally:
            for task in [producer, *tasks]:
                task.cancel()
            await asyncio.gather(producer, *tasks, return_exceptions=True)
            await raw.close()
            self.cache.flush()
        if state.fallback is not None:
            self.resolved_mode = state.mode
        if state.fatal is not None:
            raise state.fatal

    async def _document(self, doc: Document, client: Any, state: _RunState) -> ExtractionOutcome:
        meter = UsageMeter()
        current_meter().set(meter)  # this task's own context: the transport counts into it
        stats = GroundingStats()
        windows: list[Window] = []
        error: str | None = None
        failure: LLMError | None = None
        records: DocumentRecords | None = None
        merges = 0
        try:
            requests = self.window_requests(doc)
            windows = [w for w, _, _ in requests]
            replies = await asyncio.gather(
                *(self._window(messages, key, client, state, meter) for _, messages, key in requests),
                return_exceptions=True,
            )
            for reply in replies:
                if isinstance(reply, BaseException):
                    raise reply
            per_window = [self._ground(doc, w, reply, stats) for w, reply in zip(windows, replies, strict=True)]
            merged, merges = merge_records(per_window)
            flat = [(kind, rec) for kind, recs in merged.items() for rec in recs]  # places/actors via the registry
            resolved = resolve_record_places([rec.model_dump(mode="json") for _, rec in flat])  # (issue 12.7)
            merged = {kind: [] for kind in merged}
            for (kind, rec), new in zip(flat, resolved, strict=True):
                merged[kind].append(type(rec).model_validate(new))
            records = DocumentRecords(
                doc_id=doc.doc_id, title=doc.title, source=doc.source, published=doc.published, **merged
            )
            failure = _nothing_readable(stats, merged)
            if failure is not None:
                error = failure.message
                records = None
                if FORGET_UNREADABLE:  # a re-run (with more re-asks, say) asks again
                    self.cache.forget(key for _, _, key in requests)
        except (LLMUnavailableError, FatalLLMError):
            raise
        except LLMError as exc:
            error = exc.message
            failure = exc
        except Exception as exc:  # noqa: BLE001 - one bad document never sinks the batch
            error = f"{type(exc).__name__}: {exc}"
        with self._lock:
            self.usage.add(meter, failed=error is not None)
            self.grounding.add(stats)
            self.merged_records += merges
        doc_stats = stats.as_dict()
        doc_stats.update(windows=len(windows), merged_records=merges)
        return ExtractionOutcome(doc=doc, records=records, error=error, failure=failure, usage=meter.as_dict(),
                                 stats=doc_stats)

    def window_requests(self, doc: Document) -> list[tuple[Window, list[dict], str]]:
        """What the model is asked about ``doc``: per window, the messages and their cache key.

        The same for the online path and the Batch API (:mod:`marsad.agent.llm.batch_api`), so a
        reply fetched either way serves the other.
        """
        windows = split_windows(doc.text, self.window_chars, self.overlap_chars)
        hints = self.window_hints(doc, windows)  # ~1 ms: cheaper inline than a thread hand-off
        out = []
        for w in windows:
            messages = build_messages(doc, doc.text[w.start:w.end], index=w.index + 1, count=len(windows),
                                      hints=hints[w.index])
            key = cache_key(model=self.model, mode=self.settings.llm_mode, messages=messages,
                            schema_version=RESPONSE_SCHEMA_VERSION)
            out.append((w, messages, key))
        return out

    async def _window(
        self, messages: list[dict], key: str, client: Any, state: _RunState, meter: UsageMeter
    ) -> ExtractRecords:
        hit = self.cache.get(key)  # one open(); a miss costs one failed syscall
        if hit is not None:
            try:
                reply = ExtractRecords.model_validate(hit["response"])
            except (KeyError, ValueError):
                reply = None
            if reply is not None:
                meter.cached += 1
                return reply
        await state.ensure_reachable(self.settings)
        try:
            probing = False
            if state.fallback is not None and not state.decided.is_set():
                if state.probing:  # auto mode: one request finds out whether tools work; the others wait
                    await state.decided.wait()
                else:
                    state.probing = probing = True
            try:
                reply, completion = await self._ask(state.fallback if state.mode == "json_schema" else client, messages)
            except Exception as exc:  # noqa: BLE001 - auto mode: a server without tool calling
                if not probing or not tools_refused(exc):
                    raise
                state.mode = "json_schema"  # for every later request of this run
                state.decided.set()
                _add_usage(meter, getattr(exc, "total_usage", None))
                reply, completion = await self._ask(state.fallback, messages)
            finally:
                if probing:
                    state.decided.set()
        except Exception as exc:  # noqa: BLE001 - translated into Marsad's errors below
            _add_usage(meter, getattr(exc, "total_usage", None))
            failure = explain_failure(exc, meter, base_url=self.settings.llm_base_url,
                                      timeout=self.settings.llm_timeout)
            if lost_connection(exc):
                state.reachable = False
                await state.ensure_reachable(self.settings)  # raises LLMUnavailableError if it is down
            raise failure from exc
        usage = _add_usage(meter, getattr(completion, "usage", None))
        entry = {"response": reply.model_dump(mode="json"), "model": self.model, "schema": RESPONSE_SCHEMA_VERSION,
                 "usage": usage}
        self.cache.put_later(key, entry)  # written by a background thread; flushed at the end of the run
        return reply

    async def _ask(self, client: Any, messages: list[dict]) -> tuple[ExtractRecords, Any]:
        """One window's request, and re-asks that carry only what failed.

        A reply that is not a JSON object is sent back as its error and its first characters
        (:data:`REASK_PART_CHARS`); a reply with some lists unreadable keeps the lists it
        read and asks again for those lists only, showing the model just the offending part.
        Every re-ask is the window's request (the same prefix, which a provider's prefix cache
        reuses) plus those two short messages; at most :func:`reask_limit` of them.
        """
        limit = reask_limit(self.settings)
        meter = current_meter().get()
        kept: ExtractRecords | None = None
        extra: list[dict] = []
        for attempt in range(limit + 1):
            try:
                reply, completion = await self._ask_once(client, [*messages, *extra])
            except Exception as exc:
                failure = _unreadable_reply(exc)
                if failure is None:
                    raise
                if attempt == limit:  # this window's own attempts, not its document's (windows share one meter)
                    exc.failed_validations = attempt + 1  # type: ignore[attr-defined]
                    raise
                if meter is not None:
                    _add_usage(meter, getattr(exc, "total_usage", None))
                raw, error = failure
                wanted = "the whole JSON object" if kept is None else \
                    "only " + ", ".join(f"`{w}`" for w in sorted(kept.unreadable))
                extra = _reask_messages(raw, f"your reply could not be read ({error}). Send {wanted} again.")
                continue
            if kept is not None:
                reply = kept.with_lists(reply, kept.unreadable)
            if not reply.unreadable:
                return reply, completion
            if attempt == limit:
                log.warning("dropped list(s) %s the model never sent as lists", sorted(reply.unreadable))
                # each counts as an unreadable record: a reply of nothing else fails its document
                repairs = {**reply.repairs, "dropped_records":
                           reply.repairs.get("dropped_records", 0) + len(reply.unreadable)}
                return reply.model_copy(update={"unreadable": {}, "repairs": repairs}), completion
            if meter is not None:
                meter.reasks += 1
                _add_usage(meter, getattr(completion, "usage", None))
            kept = reply
            names = ", ".join(f"`{w}`" for w in sorted(reply.unreadable))
            extra = _reask_messages(json.dumps(reply.unreadable, ensure_ascii=False),
                                    f"{names} must be a list of records (an empty list when there are none); the "
                                    f"other lists were received. Send only {names} again, as a JSON object.")
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    async def _ask_once(self, client: Any, messages: list[dict]) -> tuple[ExtractRecords, Any]:
        return await client.chat.completions.create_with_completion(
            model=self.model,
            messages=[dict(m) for m in messages],
            response_model=wire_model(ExtractRecords),
            max_retries=0,  # the re-asks are ours (:meth:`_ask`): they carry only what failed
            temperature=TEMPERATURE,
        )

    def _ground(self, doc: Document, window: Window, reply: ExtractRecords, stats: GroundingStats) -> dict:
        region = (window.start, window.end)
        repairs = reply.repairs or {}
        stats.repaired_fields += repairs.get("repaired_fields", 0)
        stats.unreadable_records += repairs.get("dropped_records", 0)
        grounded: dict[str, list] = {}
        for kind in RECORD_TYPES:
            kept = []
            for item in reply.records(kind):
                record = ground_record(kind, item, doc.doc_id, doc.text, near=window.start, region=region, stats=stats)
                if record is not None:
                    kept.append(record)
            grounded[kind] = kept
        return grounded

    # ------------------------------------------------------------ hints
    def window_hints(self, doc: Document, windows: list[Window]) -> dict[int, str]:
        """Per window, the hints line: registry actors and places mentioned in it (:mod:`marsad.agent.llm.hints`).

        Returns:
            ``{window index: line}``; empty lines when hints are off.
        """
        out = {}
        for w in windows:
            if not self.hints:
                out[w.index] = ""
                continue
            found: dict[str, list[str]] = {"actors": [], "places": []}
            for entry in find_mentions(doc.text[w.start:w.end]):
                label = registry_label(entry)
                if label:
                    found[entry.kind].append(label)
            out[w.index] = format_hints(found["actors"], found["places"])
        return out


def registry_label(entry: Any) -> str | None:
    """What the prompt's registry line shows for a mention, or None when the hint does not apply.

    An actor applies when the registry knows its English name (``canonical=English``); a
    place only when it is in Iraq, i.e. the registry knows its governorate
    (``canonical=English/Governorate``): foreign capitals and countries add nothing the
    model needs for ``loc``.
    """
    if not entry.name_en:
        return None
    if entry.kind == "places":
        governorate = entry.get("governorate")
        if not governorate:
            return None
        tail = "" if governorate.lower() in entry.name_en.lower() else f"/{governorate}"
        return f"{entry.canonical}={entry.name_en}{tail}"
    return f"{entry.canonical}={entry.name_en}"


class _RunState:
    """What the documents of one run share: reachability and the first fatal error."""

    def __init__(self) -> None:
        self.reachable = False
        self.fatal: BaseException | None = None
        self.mode = "tools"  # auto mode: becomes json_schema once the server refuses tools
        self.fallback: Any = None  # auto mode: the json_schema client
        self.probing = False  # auto mode: the first request is finding out whether tools work
        self.decided = asyncio.Event()
        self._check = asyncio.Lock()

    async def ensure_reachable(self, settings: Settings) -> None:
        if self.reachable:
            return
        async with self._check:
            if not self.reachable:
                await asyncio.to_thread(check_reachable, settings.llm_base_url, min(3.0, settings.llm_timeout))
                self.reachable = True


#: A document whose reply held records of which none could be read is a failure of that document (named, in the
#: errors file, not stored), not a success with no records: such a run exited 0, said nothing, and its empty
#: records replaced the rules' records in the archive (the app, `marsad events`, answers prefer the LLM's).
FAIL_WHEN_NOTHING_READABLE = True
#: On/off: such a document's replies are not kept in the response cache; kept, a re-run with the Fix line's advice
#: (more re-asks) read the same unusable replies back and failed again without a request (ux55's L9).
FORGET_UNREADABLE = True


def _nothing_readable(stats: GroundingStats, merged: dict[str, list]) -> LLMUnreadableReplyError | None:
    """The error of a reply whose every record was unreadable (wrong shapes or types), else None."""
    if not FAIL_WHEN_NOTHING_READABLE or not stats.unreadable_records or any(merged.values()):
        return None
    return LLMUnreadableReplyError(stats.unreadable_records)


REASK_PART_CHARS = 600
"""The most characters of an unreadable reply a re-ask shows the model (the offending part, not the reply)."""


def _reask_messages(part: str, error: str) -> list[dict]:
    """The two messages a re-ask adds to the window's request: the offending part and its error."""
    if len(part) > REASK_PART_CHARS:
        part = part[:REASK_PART_CHARS] + " …"
    return [{"role": "assistant", "content": part}, {"role": "user", "content": error[0].upper() + error[1:]}]


def _unreadable_reply(exc: BaseException) -> tuple[str, str] | None:
    """``(the reply's text, the validation error)`` when ``exc`` is a reply that failed validation."""
    from instructor.core.exceptions import InstructorRetryException
    from pydantic import ValidationError

    cause = exc.__cause__
    if not isinstance(exc, InstructorRetryException) or not isinstance(cause, ValidationError):
        return None
    raw = ""
    with contextlib.suppress(AttributeError, IndexError, TypeError):
        message = exc.last_completion.choices[0].message
        raw = message.tool_calls[0].function.arguments if message.tool_calls else (message.content or "")
    error = "; ".join(f"{'.'.join(str(x) for x in e.get('loc') or ()) or 'reply'}: {e.get('msg')}"
                      for e in cause.errors()[:3])
    return raw, error


def _count_reask(*_: Any, **__: Any) -> None:
    meter = current_meter().get()
    if meter is not None:
        meter.reasks += 1


def _add_usage(meter: UsageMeter, usage: Any) -> dict[str, int]:
    if usage is None:
        return {}
    prompt = int(getattr(usage, "prompt_tokens", 0) or 0)
    completion = int(getattr(usage, "completion_tokens", 0) or 0)
    meter.prompt_tokens += prompt
    meter.completion_tokens += completion
    return {"prompt_tokens": prompt, "completion_tokens": completion}
