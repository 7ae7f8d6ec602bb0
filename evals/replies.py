"""What the local OpenAI-compatible server answers: a :class:`Reply`, and the responders that choose one.

A responder maps a request body (parsed JSON) to a :class:`Reply`: :class:`ScriptedResponder` serves queued replies
in order (tests script errors, time-outs, malformed output), :class:`ReplayResponder` serves recorded bodies keyed by
:func:`request_key`. :mod:`marsad.evals.openai_server` serves them over HTTP and re-exports these names
(``from marsad.evals.openai_server import Reply`` keeps working); :mod:`marsad.evals.replay` holds the recordings of
the eval's LLM path and their own responder.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Reply", "Responder", "ScriptedResponder", "ReplayResponder", "request_key", "tool_name"]


@dataclass
class Reply:
    """One scripted answer to one HTTP request.

    Attributes:
        status: HTTP status code.
        body: a dict (sent as JSON), str or bytes; None with status 200 means an empty
            completion.
        headers: extra response headers (e.g. ``{"Retry-After": "1"}``).
        delay: seconds to wait before answering (on top of the server's latency); use
            it to provoke client time-outs.
        drop: close the connection without sending any response.
    """

    status: int = 200
    body: dict | str | bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False

    # ------------------------------------------------------------ builders
    @classmethod
    def tool_call(
        cls, arguments: Mapping | str, *, name: str | None = None, usage: tuple[int, int] | None = None
    ) -> Reply:
        """A completion whose message is one tool call.

        Args:
            arguments: the tool arguments (a mapping is JSON-encoded; a str is sent as is,
                so malformed JSON can be scripted).
            name: the function name; None = the name of the first tool in the request.
            usage: ``(prompt_tokens, completion_tokens)``; None = estimated from sizes.
        """
        args = arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": f"call_{uuid.uuid4().hex[:12]}", "type": "function", "function": {"name": name, "arguments": args}}
            ],
        }
        return cls(body=_completion(message, "tool_calls", usage))

    @classmethod
    def content(cls, text: str, *, usage: tuple[int, int] | None = None) -> Reply:
        """A completion whose message is plain text (raw JSON, fenced JSON or prose)."""
        return cls(body=_completion({"role": "assistant", "content": text}, "stop", usage))

    @classmethod
    def json_content(cls, obj: Any, *, fenced: bool = True, usage: tuple[int, int] | None = None) -> Reply:
        """A completion whose text is ``obj`` as JSON, inside a ```json fence by default."""
        text = json.dumps(obj, ensure_ascii=False, indent=1)
        return cls.content(f"Here is the result:\n```json\n{text}\n```" if fenced else text, usage=usage)

    @classmethod
    def error(cls, status: int, message: str = "scripted error", *, headers: Mapping[str, str] | None = None) -> Reply:
        """An OpenAI-style error body with ``status`` (e.g. 429 with ``Retry-After``, 500, 503)."""
        body = {"error": {"message": message, "type": "server_error" if status >= 500 else "invalid_request_error",
                          "code": status}}
        return cls(status=status, body=body, headers=dict(headers or {}))

    @classmethod
    def hang(cls, seconds: float) -> Reply:
        """Answer only after ``seconds`` (an empty completion): provokes a client time-out."""
        return cls(body=_completion({"role": "assistant", "content": "{}"}, "stop", (1, 1)), delay=seconds)

    @classmethod
    def dropped(cls) -> Reply:
        """Close the connection without answering."""
        return cls(drop=True)


def _completion(message: dict, finish_reason: str, usage: tuple[int, int] | None) -> dict:
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:16]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": None,  # filled with the requested model
        "choices": [{"index": 0, "message": message, "finish_reason": finish_reason, "logprobs": None}],
        "usage": None if usage is None else {
            "prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": usage[0] + usage[1]
        },
    }


Responder = Callable[[dict], Reply]
"""Anything that maps a request body (parsed JSON) to a :class:`Reply`."""


def tool_name(request: Mapping) -> str | None:
    """The function name of the first tool offered in a chat request, if any."""
    tools = request.get("tools") or []
    if tools:
        return tools[0].get("function", {}).get("name")
    return None


class ScriptedResponder:
    """Serves queued replies in order; then ``fallback`` (a responder) or a 500.

    Thread-safe: concurrent requests each take the next reply.
    """

    def __init__(self, replies: Iterable[Reply | Responder] = (), fallback: Responder | None = None):
        self._queue: deque[Reply | Responder] = deque(replies)
        self._lock = threading.Lock()
        self.fallback = fallback

    def push(self, *replies: Reply | Responder) -> None:
        """Queue more replies (or per-request responders)."""
        with self._lock:
            self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """How many queued replies are not yet served."""
        with self._lock:
            return len(self._queue)

    def __call__(self, request: dict) -> Reply:
        with self._lock:
            item = self._queue.popleft() if self._queue else None
        if item is None:
            if self.fallback is not None:
                return self.fallback(request)
            return Reply.error(500, "no scripted reply left")
        return item(request) if callable(item) else item


def request_key(request: Mapping) -> str:
    """A stable hash of what determines a chat completion: model, messages, tools, format.

    Used by :class:`ReplayResponder` and by whoever records responses.
    """
    keep = {k: request.get(k) for k in ("model", "messages", "tools", "tool_choice", "response_format", "temperature")}
    blob = json.dumps(keep, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ReplayResponder:
    """Replays recorded response bodies keyed by :func:`request_key` of the request.

    Args:
        recordings: ``{key: response_body}`` or a JSON Lines file of
            ``{"key": ..., "response": {...}}`` objects.
        fallback: responder for requests with no recording; None = an HTTP 400 naming
            the missing key (not retried, fails only that document, and a stale
            recording is obvious).
    """

    def __init__(self, recordings: Mapping[str, dict] | str | Path, fallback: Responder | None = None):
        if isinstance(recordings, str | Path):
            data: dict[str, dict] = {}
            for line in Path(recordings).read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    data[row["key"]] = row["response"]
            recordings = data
        self.recordings = dict(recordings)
        self.fallback = fallback
        self.misses: list[str] = []

    def __call__(self, request: dict) -> Reply:
        key = request_key(request)
        body = self.recordings.get(key)
        if body is not None:
            return Reply(body=json.loads(json.dumps(body)))
        self.misses.append(key)
        if self.fallback is not None:
            return self.fallback(request)
        return Reply.error(400, f"no recorded response for request key {key}")
