"""The OpenAI Batch API for large jobs: submit every window at once, collect the replies later.

On OpenAI a batch costs half the price of online requests and does not count against
rate limits; it completes within a window (up to 24 h). Marsad uses it as a cache
filler:

1. :func:`submit_batch` builds the very requests the online path would send (same
   messages, same cache keys; tool calls, or response_format in json_schema mode), uploads
   them as one JSON Lines file, starts a batch, and writes a manifest under ``<home>/llm-batches/<batch id>.json``.
2. :func:`collect_batch` checks the batch; once it is complete, every reply that parses
   into the response model is stored in the response cache under its request's key.
3. A normal ``marsad extract --backend llm`` over the same documents then takes those
   replies from the cache (no request) and sends online requests, with re-asks and
   retries, only for what the batch did not answer well.

Control calls (upload, create, retrieve, download) go through the same client and
transport-retry layer as chat requests.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.agent.llm.client import TEMPERATURE, build_async_client, wire_model
from marsad.agent.llm.response_models import RESPONSE_SCHEMA_VERSION, ExtractRecords
from marsad.agent.llm.retry import check_reachable, explain_failure
from marsad.agent.llm.usage import UsageMeter, current_meter
from marsad.core.errors import ConfigError, InputError, LLMError
from marsad.schemas import Document

if TYPE_CHECKING:
    from marsad.agent.llm.extractor import LLMExtractor

__all__ = ["submit_batch", "collect_batch", "batch_lines", "open_batches", "run_batch_api"]

_FINISHED = {"completed", "failed", "expired", "cancelled"}


def _manifest_path(extractor: LLMExtractor, batch_id: str) -> Path:
    return extractor.settings.home / "llm-batches" / f"{batch_id}.json"


def batch_lines(
    extractor: LLMExtractor, docs: Iterable[Document], *, pending: set[str] | frozenset[str] = frozenset()
) -> tuple[list[dict], dict[str, str]]:
    """The Batch API input lines for ``docs`` and ``{custom_id: cache key}``.

    Windows already answered in the cache, or already in a submitted batch (``pending``
    cache keys), are left out.

    Raises:
        ConfigError: the mode is not ``tools``, ``auto`` or ``json_schema``.
    """
    shape = request_shape(extractor.settings.llm_mode)
    lines, keys = [], {}
    seen: set[str] = set()
    for doc in docs:
        for window, messages, key in extractor.window_requests(doc):
            if key in pending or key in seen or extractor.cache.get(key) is not None:
                continue
            seen.add(key)
            custom_id = f"{doc.doc_id}#{window.index}"
            keys[custom_id] = key
            lines.append({"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions",
                          "body": {"model": extractor.model, "messages": messages, "temperature": TEMPERATURE,
                                   **shape}})
    return lines, keys


BATCH_MODES = ("tools", "auto", "json_schema")


def request_shape(mode: str) -> dict[str, Any]:
    """What a batch line asks for besides the messages, as the synchronous path sends it in ``mode``:
    the tool and a forced tool choice (``tools``, and ``auto``: the Batch API does tool calling), or
    ``response_format`` with the JSON schema (``json_schema``).

    Raises:
        ConfigError: another mode (its free-form JSON replies are not what a batch line can ask for).
    """
    if mode not in BATCH_MODES:
        raise ConfigError(f"the Batch API path cannot send --llm-mode {mode} requests",
                          hint="use --llm-mode tools (the default) or json_schema with --batch-api")
    model = wire_model(ExtractRecords)
    if mode == "json_schema":  # as instructor's JSON_SCHEMA mode sends it
        return {"response_format": {"type": "json_schema",
                                    "json_schema": {"name": model.__name__, "schema": model.model_json_schema()}}}
    schema = model.openai_schema
    return {"tools": [{"type": "function", "function": schema}],
            "tool_choice": {"type": "function", "function": {"name": schema["name"]}}}


def submit_batch(
    extractor: LLMExtractor, docs: Iterable[Document], *, pending: set[str] | frozenset[str] = frozenset()
) -> dict[str, Any]:
    """Upload the windows of ``docs`` not yet in the cache and start a batch.

    Returns:
        ``{"batch_id", "requests", "manifest"}`` (``batch_id`` None when every window is
        already cached).

    Raises:
        ConfigError: the mode is not ``tools``, ``auto`` or ``json_schema``.
        LLMUnavailableError: the server cannot be reached.
        LLMError: the server refused the upload or the batch.
    """
    lines, keys = batch_lines(extractor, docs, pending=pending)
    if not lines:
        return {"batch_id": None, "requests": 0, "manifest": None}
    check_reachable(extractor.settings.llm_base_url, min(3.0, extractor.settings.llm_timeout))
    payload = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines).encode("utf-8")

    async def run(raw: Any) -> str:
        uploaded = await raw.files.create(file=("marsad-windows.jsonl", payload), purpose="batch")
        batch = await raw.batches.create(input_file_id=uploaded.id, endpoint="/v1/chat/completions",
                                         completion_window="24h", metadata={"marsad_version": extractor.version})
        return batch.id

    batch_id = _call(extractor, run)
    manifest = _manifest_path(extractor, batch_id)
    manifest.parent.mkdir(parents=True, exist_ok=True)
    _write_json(manifest, {"batch_id": batch_id, "model": extractor.model, "version": extractor.version,
                           "schema": RESPONSE_SCHEMA_VERSION, "submitted": time.time(), "keys": keys})
    return {"batch_id": batch_id, "requests": len(lines), "manifest": str(manifest)}


def collect_batch(extractor: LLMExtractor, batch_id: str) -> dict[str, Any]:
    """Check a submitted batch; when it is complete, store its good replies in the cache.

    Returns:
        ``{"batch_id", "status", "cached", "invalid", "failed", "prompt_tokens", "completion_tokens"}``:
        replies stored, replies that did not parse into the response model, and requests the batch
        failed (both left to the online path); the tokens its replies billed.

    Raises:
        InputError: no manifest for ``batch_id`` under this home.
        LLMError: the server cannot be asked.
    """
    path = _manifest_path(extractor, batch_id)
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), "no readable manifest for this batch",
                         hint="submit it from this MARSAD_HOME first", cause=exc) from exc
    keys: dict[str, str] = manifest["keys"]

    async def run(raw: Any) -> tuple[str, str | None]:
        batch = await raw.batches.retrieve(batch_id)
        if batch.status != "completed" or not batch.output_file_id:
            return batch.status, None
        content = await raw.files.content(batch.output_file_id)
        return batch.status, content.text

    status, output = _call(extractor, run)
    # the tokens its replies billed: the cost of the run (the extraction that follows reads the cache, no tokens)
    result = {"batch_id": batch_id, "status": status, "cached": 0, "invalid": 0, "failed": 0,
              "prompt_tokens": 0, "completion_tokens": 0}
    for line in (output or "").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        key = keys.get(row.get("custom_id"))
        response = row.get("response") or {}
        body = response.get("body") or {}
        billed = body.get("usage") if isinstance(body, dict) else None
        if isinstance(billed, dict):  # every reply billed, read or not
            for k in ("prompt_tokens", "completion_tokens"):
                result[k] += int(billed.get(k) or 0)
        if key is None or row.get("error") or response.get("status_code") != 200:
            result["failed"] += 1
            continue
        try:
            message = body["choices"][0]["message"]
            calls = message.get("tool_calls")
            reply = ExtractRecords.model_validate_json(calls[0]["function"]["arguments"] if calls
                                                       else message["content"])  # json_schema: the content
        except (KeyError, IndexError, TypeError, ValueError):
            result["invalid"] += 1  # the online path re-asks it
            continue
        if reply.unreadable:
            result["invalid"] += 1  # a list that is not a list: the online path asks for it again
            continue
        usage = body.get("usage") or {}
        extractor.cache.put(key, {"response": reply.model_dump(mode="json"), "model": extractor.model,
                                  "schema": RESPONSE_SCHEMA_VERSION, "source": f"batch {batch_id}",
                                  "usage": {k: usage.get(k, 0) for k in ("prompt_tokens", "completion_tokens")}})
        result["cached"] += 1
    if status in _FINISHED:  # this batch is done with: a resumed run neither polls nor re-collects it
        manifest.update(collected=time.time(), status=status, result=result)
        _write_json(path, manifest)
    return result


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)


def open_batches(extractor: LLMExtractor) -> list[dict[str, Any]]:
    """Manifests of batches submitted from this home for this extractor version and not yet collected."""
    folder = extractor.settings.home / "llm-batches"
    out = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if manifest.get("collected") or manifest.get("version") != extractor.version:
            continue
        out.append(manifest)
    return out


def run_batch_api(
    extractor: LLMExtractor, docs: Iterable[Document], *, poll_seconds: float = 10.0, progress: bool = True,
    timeout: float | None = None,
) -> dict[str, Any]:
    """Fill the cache for ``docs`` through the Batch API, resuming whatever an earlier run left.

    1. Batches an interrupted run submitted (manifests not yet collected) are polled, not
       submitted again; the windows they hold are left out of a new batch.
    2. Windows neither cached nor pending go out as one new batch (upload, create).
    3. Every open batch is polled (a progress bar of its finished requests) until it ends, then
       its replies are downloaded into the response cache and the manifest is marked collected.

    After this, extraction over ``docs`` reads the replies from the cache: the outputs are the
    synchronous path's, and only windows the batch did not answer well are asked online.

    Returns:
        ``{"resumed", "submitted", "requests", "batches": [collect results], "seconds"}``.

    Raises:
        LLMError: a batch cannot be created or checked; or ``timeout`` passed (the batches stay
            open: the next run resumes them).
    """
    started = time.monotonic()
    docs = list(docs)
    resumed = open_batches(extractor)
    pending = {key for m in resumed for key in m.get("keys", {}).values()}
    submitted = submit_batch(extractor, docs, pending=pending)
    batch_ids = [m["batch_id"] for m in resumed] + ([submitted["batch_id"]] if submitted["batch_id"] else [])
    results = []
    for batch_id in batch_ids:
        results.append(_wait_and_collect(extractor, batch_id, poll_seconds, progress, timeout, started))
    return {"resumed": [m["batch_id"] for m in resumed], "submitted": submitted["batch_id"],
            "requests": submitted["requests"], "batches": results, "seconds": round(time.monotonic() - started, 3)}


def _wait_and_collect(extractor: LLMExtractor, batch_id: str, poll_seconds: float, progress: bool,
                      timeout: float | None, started: float) -> dict[str, Any]:
    from marsad.index.progress import progress_bar

    manifest = json.loads(_manifest_path(extractor, batch_id).read_text(encoding="utf-8"))
    bar = progress_bar(progress, desc=f"batch {batch_id[-8:]}", total=len(manifest.get("keys", {})), unit="req")
    done = 0
    try:
        while True:
            async def check(raw: Any) -> Any:
                return await raw.batches.retrieve(batch_id)

            batch = _call(extractor, check)
            counts = getattr(batch, "request_counts", None)
            finished = (getattr(counts, "completed", 0) or 0) + (getattr(counts, "failed", 0) or 0)
            if finished > done:
                bar.update(finished - done)
                done = finished
            if batch.status in _FINISHED:
                break
            if timeout is not None and time.monotonic() - started > timeout:
                raise LLMError(f"batch {batch_id} is still {batch.status} after {timeout:g}s",
                               hint="run the same command again later: it resumes this batch")
            time.sleep(poll_seconds)
    finally:
        bar.close()
    return collect_batch(extractor, batch_id)


def _call(extractor: LLMExtractor, fn: Any) -> Any:
    """Run one control coroutine with a fresh client (on its own event loop)."""

    async def main() -> Any:
        meter = UsageMeter()
        current_meter().set(meter)
        _, raw = build_async_client(extractor.settings, base_wait=extractor.base_wait, max_wait=extractor.max_wait)
        try:
            return await fn(raw)
        except LLMError:
            raise
        except Exception as exc:  # noqa: BLE001 - translated into Marsad's error
            raise explain_failure(exc, meter, base_url=extractor.settings.llm_base_url,
                                  timeout=extractor.settings.llm_timeout) from exc
        finally:
            await raw.close()

    return asyncio.run(main())
