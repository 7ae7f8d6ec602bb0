"""Recorded LLM responses: the key rule, the replay responder and the recording proxy.

The LLM path is regression-tested without a key by serving recorded replies from the
local OpenAI-compatible server (:mod:`marsad.evals.openai_server`).

Key rule (``evals/recordings/README.md``): a reply is keyed by
``sha256(model + "\\n" + window_text)`` where ``window_text`` is the passage between
``<article>`` and ``</article>`` in the request's last user message (the raw window of
the article), or the whole last user message when there is no such passage. The key
does not depend on the system prompt, the hints line, the tool schema or the mode, so
prompt edits do not invalidate recordings; a change of windowing or model does (the
replay server answers a missing key with HTTP 400 naming it, so a stale recording is
obvious, and ``python -m marsad.evals.record_tool`` regenerates the skeleton).

A recording stores the model's *output* (the tool arguments / JSON object), not a raw
HTTP body, so one recording replays in every mode: as a tool call when the request
offers tools, else as a JSON message. Extraction replies are stored in the output
contract's field names and served in the compact wire names the prompt asks for
(:func:`marsad.agent.llm.response_models.to_wire`), so a change of wire names keeps the
recordings valid; the recording proxy stores what a real model says back in contract
names (:func:`~marsad.agent.llm.response_models.from_wire`).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.core.errors import InputError
from marsad.evals import RECORDINGS_DIR
from marsad.evals.openai_server import Reply

__all__ = [
    "recording_key",
    "window_text_of",
    "Recording",
    "load_recordings",
    "ReplayResponder",
    "RecordingResponder",
    "reply_arguments",
    "write_recording_files",
]

_ARTICLE = re.compile(r"<article>\n?(.*?)\n?</article>", re.DOTALL)


def recording_key(model: str, window_text: str) -> str:
    """The stable key of one request: ``sha256(model + "\\n" + window_text)``."""
    return hashlib.sha256(f"{model}\n{window_text}".encode()).hexdigest()


def _last_user_content(request: Mapping[str, Any]) -> str:
    for message in reversed(request.get("messages") or []):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):  # content parts
                return "".join(p.get("text", "") for p in content if isinstance(p, dict))
            return content or ""
    return ""


def window_text_of(request: Mapping[str, Any]) -> str:
    """The article window a chat request is about (see the key rule in the module doc)."""
    user = _last_user_content(request)
    m = _ARTICLE.search(user)
    return m.group(1) if m else user


@dataclass
class Recording:
    """One recorded reply: its key, the model, where it comes from and what the model said."""

    key: str
    model: str
    doc_id: str | None
    arguments: Any
    source: Path | None = None


def load_recordings(directory: Path = RECORDINGS_DIR) -> dict[str, Recording]:
    """Read every ``*.json`` recording file of a directory.

    File shape: ``{"recorded_by", "model", "doc_id", "windows": [{"key", "reply": {"arguments": {...}}}]}``.

    Raises:
        InputError: a file is not valid JSON or a window lacks ``key``/``reply``.
    """
    out: dict[str, Recording] = {}
    for path in sorted(Path(directory).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            for i, window in enumerate(data.get("windows", [])):
                if "key" not in window or "reply" not in window:
                    raise InputError(str(path), f"windows[{i}] needs `key` and `reply`")
                out[window["key"]] = Recording(window["key"], data.get("model", ""), data.get("doc_id"),
                                               window["reply"].get("arguments"), path)
        except ValueError as exc:
            raise InputError(str(path), f"not valid JSON: {exc}", hint="fix the recording file") from exc
    return out


def _is_extraction(arguments: Any) -> bool:
    from marsad.agent.llm.response_models import WIRE_KINDS

    return isinstance(arguments, dict) and bool(set(arguments) & (set(WIRE_KINDS) | set(WIRE_KINDS.values())))


def _reply_for(request: Mapping[str, Any], arguments: Any) -> Reply:
    if _is_extraction(arguments):
        # stored in the contract's names; the model is asked for the compact wire names
        from marsad.agent.llm.response_models import to_wire

        arguments = to_wire(arguments)
    if isinstance(arguments, str):
        return Reply.content(arguments)
    if request.get("tools"):
        return Reply.tool_call(arguments)
    return Reply.json_content(arguments, fenced=False)


class ReplayResponder:
    """Answers chat requests from recordings keyed by :func:`recording_key`.

    Args:
        recordings: key -> :class:`Recording` (see :func:`load_recordings`).

    A request with no recording gets an HTTP 400 naming the key and the window's first
    characters (the client does not retry a 400); ``misses`` lists them.
    """

    def __init__(self, recordings: Mapping[str, Recording]):
        self.recordings = dict(recordings)
        self.misses: list[str] = []
        self.hits = 0
        self._lock = threading.Lock()

    def __call__(self, request: dict) -> Reply:
        window = window_text_of(request)
        key = recording_key(request.get("model") or "", window)
        rec = self.recordings.get(key)
        with self._lock:
            if rec is None:
                self.misses.append(key)
            else:
                self.hits += 1
        if rec is None:
            preview = window[:60].replace("\n", " ")
            return Reply.error(400, f"no recorded response for key {key} (model {request.get('model')!r}, "
                                    f"window starting {preview!r}); run `python -m marsad.evals.record_tool`")
        return _reply_for(request, rec.arguments)


def reply_arguments(body: Mapping[str, Any]) -> Any:
    """The model output in a chat-completion body: tool arguments or JSON content (fences removed).

    Returns:
        The parsed object, or the raw text when it is not JSON.
    """
    message = (body.get("choices") or [{}])[0].get("message") or {}
    calls = message.get("tool_calls") or []
    text = calls[0]["function"]["arguments"] if calls else (message.get("content") or "")
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.DOTALL)
    candidate = fenced.group(1) if fenced else text
    try:
        return json.loads(candidate)
    except ValueError:
        return text


class RecordingResponder:
    """A recording proxy: forwards each request to a real server and keeps its reply.

    Args:
        base_url: the real server's ``/v1`` URL.
        api_key: its key (never written to a recording).
        timeout: seconds per request.
    """

    def __init__(self, base_url: str, api_key: str | None, timeout: float = 120.0):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.recorded: list[dict] = []
        self._lock = threading.Lock()

    def __call__(self, request: dict) -> Reply:
        import httpx

        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        try:
            resp = httpx.post(f"{self.base_url}/chat/completions", json=request, headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            return Reply.error(502, f"recording proxy could not reach {self.base_url}: {exc}")
        try:
            body = resp.json()
        except ValueError:
            return Reply(status=resp.status_code, body=resp.text)
        if resp.status_code == 200:
            from marsad.agent.llm.response_models import from_wire

            window = window_text_of(request)
            arguments = reply_arguments(body)
            with self._lock:
                self.recorded.append({
                    "key": recording_key(request.get("model") or "", window),
                    "model": request.get("model") or "",
                    "window": window,
                    "arguments": from_wire(arguments) if _is_extraction(arguments) else arguments,
                })
        return Reply(status=resp.status_code, body=body)


def write_recording_files(
    entries: list[dict], texts: Mapping[str, str], directory: Path, recorded_by: str, *, keep_existing: bool = True
) -> list[Path]:
    """Write recordings as one JSON file per document.

    Args:
        entries: ``{"key", "model", "window", "arguments"}`` dicts (from
            :class:`RecordingResponder` or the skeleton tool).
        texts: doc_id -> text, to find which document (and offsets) a window belongs to.
        directory: where the files go (``<doc_id>.json``).
        recorded_by: provenance written into each file ("recorded from <model> at <url>",
            "skeleton", "hand-written ...").
        keep_existing: keep a window's existing reply when the file already has its key.

    Returns:
        The files written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    per_doc: dict[str, list[dict]] = {}
    for e in entries:
        doc_id, start = next(((d, t.find(e["window"])) for d, t in texts.items() if e["window"] and e["window"] in t),
                             ("unknown", -1))
        per_doc.setdefault(doc_id, []).append({**e, "start": start})
    written = []
    for doc_id, windows in sorted(per_doc.items()):
        path = directory / f"{doc_id}.json"
        old: dict[str, dict] = {}
        meta: dict[str, Any] = {}
        if keep_existing and path.exists():
            meta = json.loads(path.read_text(encoding="utf-8"))
            old = {w["key"]: w for w in meta.get("windows", [])}
        out_windows = []
        for w in sorted(windows, key=lambda w: w["start"]):
            keep = old.get(w["key"])
            out_windows.append(keep or {
                "key": w["key"],
                "window_start": w["start"],
                "window_end": w["start"] + len(w["window"]) if w["start"] >= 0 else None,
                "window_sha256": hashlib.sha256(w["window"].encode()).hexdigest(),
                "reply": {"arguments": w["arguments"]},
            })
        data = {
            **meta,  # keeps hand-written fields such as "imperfections"
            "recorded_by": meta.get("recorded_by") or recorded_by,
            "model": windows[0]["model"],
            "doc_id": doc_id,
            "key_rule": "sha256(model + '\\n' + window text between <article> and </article>)",
            "windows": out_windows,
        }
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written
