"""A scriptable local server speaking the OpenAI chat-completions protocol, on 127.0.0.1.

Tests and benchmarks run the real LLM path (openai SDK -> httpx -> HTTP) against it;
the eval harness plugs a replay responder that serves recorded responses keyed by a
hash of the request. Nothing here talks to the internet.

Endpoints: ``POST /v1/chat/completions``, ``GET /v1/models``, ``GET /v1/stats`` (how much of
each chat request repeats an earlier one: :meth:`OpenAICompatServer.prefix_stats`), ``POST /v1/embeddings``
(deterministic hashed vectors), and a small Batch API (``POST /v1/files``,
``GET /v1/files/{id}/content``, ``POST /v1/batches``, ``GET /v1/batches/{id}``) whose
lines the same responder answers. Every request is recorded (path, body, time) for
assertions, and a fixed latency can be injected per request. What it answers (:class:`Reply`, the scripted and
replay responders) is :mod:`marsad.evals.replies`, re-exported here.

Example::

    srv_replies = [Reply.error(429, headers={"Retry-After": "0"}), Reply.tool_call({"actors": []})]
    with OpenAICompatServer(ScriptedResponder(srv_replies)) as srv:
        client = OpenAI(base_url=srv.base_url, api_key="test")
"""

from __future__ import annotations

import hashlib
import json
import math
import socket
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from marsad.evals.replies import ReplayResponder, Reply, Responder, ScriptedResponder, request_key, tool_name

__all__ = [
    "Reply",
    "Responder",
    "ScriptedResponder",
    "ReplayResponder",
    "RecordedRequest",
    "OpenAICompatServer",
    "request_key",
    "tool_name",
    "render_prompt",
]


@dataclass
class RecordedRequest:
    """One request the server received."""

    method: str
    path: str
    body: dict | None
    headers: dict[str, str]
    received_at: float


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in one segment, at once: no Nagle/delayed-ACK stall (~40 ms) per reply.
    disable_nagle_algorithm = True
    wbufsize = 1 << 16  # http.server flushes after each request
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - keep the quiet server quiet
        return

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        owner = self.server.owner
        owner._record(self, None)
        path = self.path.rstrip("/")
        parts = path.split("/")
        if path.endswith("/stats"):
            self._send(200, owner.prefix_stats())
        elif path.endswith("/models"):
            self._send(200, {"object": "list", "data": [
                {"id": m, "object": "model", "created": 0, "owned_by": "local"} for m in owner.models
            ]})
        elif path.endswith("/content") and len(parts) >= 2 and parts[-2] in owner.files:
            self._send(200, owner.files[parts[-2]]["data"])
        elif "/batches/" in path and parts[-1] in owner.batches:
            self._send(200, owner.batches[parts[-1]])
        elif "/files/" in path and parts[-1] in owner.files:
            self._send(200, owner.files[parts[-1]]["object"])
        else:
            self._send(404, {"error": {"message": f"no route {self.path}"}})

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.path.rstrip("/").endswith("/files"):
            self.server.owner._record(self, None)
            self._send(*self.server.owner._upload(self.headers.get("Content-Type", ""), raw))
            return
        try:
            body = json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            self.server.owner._record(self, None)
            self._send(400, {"error": {"message": "request body is not JSON"}})
            return
        owner = self.server.owner
        owner._record(self, body)
        owner._begin()
        try:
            if owner.latency:
                owner._stop.wait(owner.latency)
            path = self.path.rstrip("/")
            if path.endswith("/chat/completions"):
                owner._note_prefix(body)
                reply = owner.responder(body)
            elif path.endswith("/embeddings"):
                reply = Reply(body=_embeddings(body))
            elif path.endswith("/batches"):
                reply = owner._create_batch(body)
            else:
                reply = Reply.error(404, f"no route {self.path}")
            if reply.delay:
                owner._stop.wait(reply.delay)
            if reply.drop:
                self.close_connection = True
                try:
                    self.connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                return
            self._send(reply.status, _fill(reply.body, body), reply.headers)
        finally:
            owner._end()

    def _send(self, status: int, body: dict | str | bytes | None, headers: Mapping[str, str] | None = None) -> None:
        if isinstance(body, bytes):
            data, ctype = body, "application/octet-stream"
        elif isinstance(body, str):
            data, ctype = body.encode("utf-8"), "text/plain; charset=utf-8"
        else:
            data, ctype = json.dumps(body if body is not None else {}, ensure_ascii=False).encode("utf-8"), \
                "application/json"
        try:
            self.send_response(status)
            extra = dict(headers or {})
            # a scripted Content-Type replaces the default one (two headers made clients read the first, the default)
            ctype = next((extra.pop(k) for k in list(extra) if k.lower() == "content-type"), ctype)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


def render_prompt(request: Mapping) -> str:
    """A chat request as one string in the order servers build a prompt: tools, response format, messages."""
    parts = [json.dumps(request.get("tools") or [], ensure_ascii=False, separators=(",", ":")),
             json.dumps(request.get("response_format") or {}, ensure_ascii=False, separators=(",", ":"))]
    for message in request.get("messages") or []:
        content = message.get("content")
        if not isinstance(content, str):
            content = json.dumps(content, ensure_ascii=False)
        parts.append(f"<|{message.get('role')}|>{content}")
    return "\n".join(parts)


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    lo, hi = 0, n  # binary search on equal prefixes: a[:lo] == b[:lo], a[:hi] != b[:hi]
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _fill(body: dict | str | bytes | None, request: dict) -> dict | str | bytes | None:
    """Complete a scripted completion with what depends on the request (model, tool name, usage)."""
    if not isinstance(body, dict) or body.get("object") != "chat.completion":
        return body
    body = json.loads(json.dumps(body))
    body["model"] = body.get("model") or request.get("model") or "local"
    message = body["choices"][0]["message"]
    for call in message.get("tool_calls") or []:
        if not call["function"].get("name"):
            call["function"]["name"] = tool_name(request) or "tool"
    if body.get("usage") is None:
        prompt_chars = sum(len(json.dumps(m.get("content"), ensure_ascii=False)) for m in request.get("messages", []))
        prompt_chars += len(json.dumps(request.get("tools") or [], ensure_ascii=False))
        out = message.get("content") or "".join(c["function"]["arguments"] for c in message.get("tool_calls") or [])
        p, c = max(1, prompt_chars // 4), max(1, len(out) // 4)
        body["usage"] = {"prompt_tokens": p, "completion_tokens": c, "total_tokens": p + c}
    return body


def _embeddings(request: dict) -> dict:
    """Deterministic unit vectors from hashed character trigrams (no model)."""
    inputs = request.get("input") or []
    if isinstance(inputs, str):
        inputs = [inputs]
    dim = int(request.get("dimensions") or 64)
    data = []
    for i, text in enumerate(inputs):
        vec = [0.0] * dim
        text = str(text)
        for j in range(max(1, len(text) - 2)):
            h = int.from_bytes(hashlib.blake2b(text[j:j + 3].encode("utf-8"), digest_size=4).digest(), "little")
            vec[h % dim] += 1.0
        norm = math.sqrt(sum(v * v for v in vec)) or 1.0
        data.append({"object": "embedding", "index": i, "embedding": [v / norm for v in vec]})
    return {"object": "list", "data": data, "model": request.get("model") or "local",
            "usage": {"prompt_tokens": sum(len(str(t)) // 4 for t in inputs), "total_tokens": 0}}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128
    owner: OpenAICompatServer

    def handle_error(self, request, client_address) -> None:
        """A client that went away mid-request (a run that stopped, a timeout) is no server error: socketserver would
        print its traceback on stderr, into the output of the command under test. Any other error is printed."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class OpenAICompatServer:
    """A real HTTP server on 127.0.0.1 (free port) answering with a pluggable responder.

    Args:
        responder: maps each chat-completions request body to a :class:`Reply`;
            a list of replies is wrapped in a :class:`ScriptedResponder`.
        latency: seconds added to every POST before answering.
        models: names listed by ``GET /v1/models``.
        port: 0 = a free port.

    Use as a context manager; ``base_url`` ends in ``/v1``. ``requests`` lists every
    request received; ``max_in_flight`` is the highest number of POSTs handled at once.
    """

    def __init__(
        self,
        responder: Responder | Iterable[Reply] | None = None,
        *,
        latency: float = 0.0,
        models: Iterable[str] = ("local-model",),
        port: int = 0,
    ):
        if responder is None:
            responder = ScriptedResponder()
        elif not callable(responder):
            responder = ScriptedResponder(responder)
        self.responder: Responder = responder
        self.latency = latency
        self.models = list(models)
        self.requests: list[RecordedRequest] = []
        self.files: dict[str, dict] = {}  # Batch API: uploaded and produced files
        self.batches: dict[str, dict] = {}
        self.max_in_flight = 0
        self.prefixes: list[dict[str, int]] = []  # per chat request: its rendered length and longest shared prefix
        self._rendered: deque[str] = deque(maxlen=256)
        self.batch_line_delay = 0.0  # seconds per Batch API line (lets tests watch a batch in progress)
        self._in_flight = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._port = port
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ lifecycle
    def start(self) -> OpenAICompatServer:
        """Bind and serve in a background thread."""
        self._stop.clear()
        self._httpd = _Server(("127.0.0.1", self._port), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="openai-compat-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port (pending delays are cut short)."""
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> OpenAICompatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------ info
    @property
    def port(self) -> int:
        """The bound port."""
        if self._httpd is None:
            raise RuntimeError("server is not running")
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1``: what an OpenAI client takes as ``base_url``."""
        return f"http://127.0.0.1:{self.port}/v1"

    @property
    def chat_requests(self) -> list[RecordedRequest]:
        """The chat-completions requests received, in arrival order."""
        with self._lock:
            return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    def reset(self) -> None:
        """Forget the recorded requests, the prefix statistics and the in-flight maximum."""
        with self._lock:
            self.requests.clear()
            self.prefixes.clear()
            self._rendered.clear()
            self.max_in_flight = 0

    def prefix_stats(self) -> dict[str, Any]:
        """How much of each chat request repeats an earlier one (what a provider's prefix cache could reuse).

        A request is rendered the way servers lay out a prompt (tools and response format first, then
        the messages in order); for each, ``shared`` is the longest common prefix (characters) with any
        earlier request. ``share`` sums ``shared`` over ``chars`` for every request after the first.
        Also served as ``GET /v1/stats``.
        """
        with self._lock:
            rows = [dict(r) for r in self.prefixes]
        later = rows[1:]
        total = sum(r["chars"] for r in later)
        return {"requests": len(rows), "prefixes": rows,
                "share": round(sum(r["shared"] for r in later) / total, 4) if total else None,
                "min_shared": min((r["shared"] for r in later), default=None)}

    def _note_prefix(self, body: dict) -> None:
        rendered = render_prompt(body)
        with self._lock:
            shared = max((_common_prefix(rendered, old) for old in self._rendered), default=0)
            self._rendered.append(rendered)
            self.prefixes.append({"chars": len(rendered), "shared": shared})

    # ------------------------------------------------------------ internals
    def _record(self, handler: _Handler, body: dict | None) -> None:
        with self._lock:
            self.requests.append(RecordedRequest(handler.command, handler.path, body, dict(handler.headers.items()),
                                                 time.monotonic()))

    # ------------------------------------------------------------ Batch API
    def _add_file(self, filename: str, purpose: str, data: bytes) -> dict:
        file_id = f"file-{uuid.uuid4().hex[:16]}"
        obj = {"id": file_id, "object": "file", "bytes": len(data), "created_at": int(time.time()),
               "filename": filename, "purpose": purpose, "status": "processed"}
        with self._lock:
            self.files[file_id] = {"object": obj, "data": data}
        return obj

    def _upload(self, content_type: str, raw: bytes) -> tuple[int, dict]:
        """``POST /v1/files`` (multipart/form-data with ``file`` and ``purpose``)."""
        from email.parser import BytesParser
        from email.policy import default

        message = BytesParser(policy=default).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw
        )
        if not message.is_multipart():
            return 400, {"error": {"message": "expected multipart/form-data"}}
        fields: dict[str, tuple[str | None, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            fields[str(name)] = (part.get_filename(), part.get_payload(decode=True) or b"")
        if "file" not in fields:
            return 400, {"error": {"message": "no file part"}}
        filename, data = fields["file"]
        purpose = fields.get("purpose", (None, b"batch"))[1].decode("utf-8")
        return 200, self._add_file(filename or "upload.jsonl", purpose, data)

    def _create_batch(self, body: dict) -> Reply:
        """``POST /v1/batches``: run every line of the input file through the responder in the background."""
        source = self.files.get(body.get("input_file_id", ""))
        if source is None:
            return Reply.error(404, f"no file {body.get('input_file_id')!r}")
        batch_id = f"batch_{uuid.uuid4().hex[:16]}"
        batch = {"id": batch_id, "object": "batch", "endpoint": body.get("endpoint"), "errors": None,
                 "input_file_id": source["object"]["id"], "completion_window": body.get("completion_window", "24h"),
                 "status": "in_progress", "output_file_id": None, "error_file_id": None,
                 "created_at": int(time.time()), "request_counts": {"total": 0, "completed": 0, "failed": 0},
                 "metadata": body.get("metadata")}
        with self._lock:
            self.batches[batch_id] = batch
        threading.Thread(target=self._run_batch, args=(batch, source["data"]), daemon=True).start()
        return Reply(body=json.loads(json.dumps(batch)))

    def _run_batch(self, batch: dict, data: bytes) -> None:
        lines = [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]
        out = []
        with self._lock:
            batch["request_counts"] = {"total": len(lines), "completed": 0, "failed": 0}
        for line in lines:
            if self.batch_line_delay:
                self._stop.wait(self.batch_line_delay)
            reply = self.responder(line["body"])
            ok = reply.status == 200 and not reply.drop
            out.append({"id": f"batch_req_{uuid.uuid4().hex[:12]}", "custom_id": line.get("custom_id"),
                        "response": {"status_code": reply.status, "request_id": uuid.uuid4().hex,
                                     "body": _fill(reply.body, line["body"]) if not reply.drop else None},
                        "error": None if ok else {"code": str(reply.status), "message": "scripted failure"}})
            with self._lock:
                batch["request_counts"]["completed" if ok else "failed"] += 1
        output = self._add_file("batch_output.jsonl", "batch_output",
                                "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out).encode("utf-8"))
        with self._lock:
            failed = sum(1 for o in out if o["error"])
            batch.update(status="completed", output_file_id=output["id"], completed_at=int(time.time()),
                         request_counts={"total": len(out), "completed": len(out) - failed, "failed": failed})

    def _begin(self) -> None:
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _end(self) -> None:
        with self._lock:
            self._in_flight -= 1


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (for 'server down' tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


__all__.append("free_port")
