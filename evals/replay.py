"""Recorded LLM responses: the key rule, the replay responder and the recording proxy.

The LLM path is regression-tested without a key by serving recorded replies from the
local OpenAI-compatible server (:mod:`marsad.evals.openai_server`).

Key rule (``evals/recordings/README.md``): a reply is keyed by
``sha256(model + "\\n" + window_text)`` where ``window_text`` is the passage between
``<article>`` and ``</article>`` in the request's latest user message holding one (the raw window of
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

QA conversations (``evals/recordings/qa/*.json``) are keyed per *turn* of the search-tool
loop: ``sha256(model + "\\nqa\\n" + question + "\\n" + turn)``, where the turn is the phase
(``search`` while the model may still call the tool, ``answer`` once the final instruction
or a re-ask is the last message) and how many search results have been read so far
(:func:`qa_turn_of`). The same question reaches the same reply at the same point of the
loop, so the multi-turn loop replays deterministically. What the searches return is not part
of the key: when search ranking changes, the recorded reply still answers, and if its quotes
are no longer among the passages shown, grounding drops them and the QA figures say so — a
regression signal, not an HTTP 400 that breaks the replay on every ranking change.
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
from marsad.evals.replies import Reply

__all__ = [
    "recording_key",
    "window_text_of",
    "qa_turn_of",
    "qa_recording_key",
    "request_recording_key",
    "Recording",
    "load_recordings",
    "ReplayResponder",
    "RecordingResponder",
    "reply_arguments",
    "write_recording_files",
    "write_qa_recording_files",
    "qa_reply",
    "qa_reply_of",
    "QA_SUBDIR",
]

_ARTICLE = re.compile(r"<article>\n?(.*?)\n?</article>", re.DOTALL)
_QUESTION = "Question: "
_PASSAGE_ID = re.compile(r'<passage doc_id="([^"]*)"')
_RESULTS = "Search results for the question:"


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
    """The article window a chat request is about (see the key rule in the module doc).

    The latest user message holding an ``<article>`` counts, so a re-ask (the window's request
    plus the failure and its error) is keyed by its window too.
    """
    for message in reversed(request.get("messages") or []):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, list):
                content = "".join(p.get("text", "") for p in content if isinstance(p, dict))
            m = _ARTICLE.search(content or "")
            if m:
                return m.group(1)
    return _last_user_content(request)


def qa_turn_of(request: Mapping[str, Any]) -> tuple[str, dict] | None:
    """The question and the turn of a QA request (see the module doc), or None for another request.

    A QA request's first user message is ``"Question: <question>"``; each ``tool`` message
    (a search result) and each user message giving the bounded searches' results counts as
    one result read, summarised as the sorted doc ids of its passages.
    """
    messages = list(request.get("messages") or [])
    first = next((i for i, m in enumerate(messages) if m.get("role") == "user"), None)
    if first is None or not str(messages[first].get("content") or "").startswith(_QUESTION):
        return None
    question = str(messages[first]["content"])[len(_QUESTION):]
    results = []
    for m in messages[first + 1:]:
        content = m.get("content") if isinstance(m.get("content"), str) else ""
        if m.get("role") == "tool" or (m.get("role") == "user" and content.startswith(_RESULTS)):
            results.append(sorted(set(_PASSAGE_ID.findall(content))))
    last = messages[-1]
    phase = "answer" if last.get("role") == "user" and len(messages) - 1 != first else "search"
    return question, {"phase": phase, "results": results}


def qa_recording_key(model: str, question: str, turn: Mapping[str, Any]) -> str:
    """The key of one QA turn: ``sha256(model + "\\nqa\\n" + question + "\\n" + turn as JSON)``, the turn being
    its phase and the number of search results read so far (not their ids: see the module doc)."""
    blob = json.dumps({"phase": turn["phase"], "results": len(turn["results"])}, sort_keys=True)
    return hashlib.sha256(f"{model}\nqa\n{question}\n{blob}".encode()).hexdigest()


def request_recording_key(request: Mapping[str, Any]) -> tuple[str, str]:
    """The key of any chat request (QA turn or extraction window) and a short description for messages."""
    model = request.get("model") or ""
    qa = qa_turn_of(request)
    if qa is not None:
        question, turn = qa
        return qa_recording_key(model, question, turn), f"question {question[:60]!r}, turn {turn}"
    window = window_text_of(request)
    return recording_key(model, window), "window starting " + repr(window[:60].replace("\n", " "))


@dataclass
class Recording:
    """One recorded reply: its key, the model, where it comes from and what the model said.

    ``kind`` is ``extraction`` (a window's records) or ``qa`` (one turn of a question's
    conversation: ``reply`` holds ``call`` (a tool call), ``content`` (text) or ``arguments``).
    """

    key: str
    model: str
    doc_id: str | None
    arguments: Any
    source: Path | None = None
    kind: str = "extraction"
    reply: dict | None = None
    question: str | None = None


QA_SUBDIR = "qa"


def load_recordings(directory: Path = RECORDINGS_DIR, *, qa: bool = True) -> dict[str, Recording]:
    """Read every ``*.json`` recording file of a directory (and, with ``qa``, of its ``qa/`` folder).

    Extraction file: ``{"recorded_by", "model", "doc_id", "windows": [{"key", "reply": {"arguments": {...}}}]}``.
    QA file: ``{"recorded_by", "model", "kind": "qa", "question_id", "question",
    "turns": [{"key", "reply": {"call": {"name", "arguments"}} | {"content"} | {"arguments"}}]}``.

    Raises:
        InputError: a file is not valid JSON or a window/turn lacks ``key``/``reply``.
    """
    out: dict[str, Recording] = {}
    paths = sorted(Path(directory).glob("*.json"))
    if qa:
        paths += sorted((Path(directory) / QA_SUBDIR).glob("*.json"))
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise InputError(str(path), f"not valid JSON: {exc}", hint="fix the recording file") from exc
        if data.get("kind") == "qa":
            for i, turn in enumerate(data.get("turns", [])):
                if not turn.get("key") or not isinstance(turn.get("reply"), dict):
                    raise InputError(str(path), f"turns[{i}] needs `key` and `reply`",
                                     hint="key the turns with `python -m marsad.evals.record_tool --qa`")
                out[turn["key"]] = Recording(turn["key"], data.get("model", ""), None, turn["reply"].get("arguments"),
                                             path, kind="qa", reply=turn["reply"], question=data.get("question"))
            continue
        for i, window in enumerate(data.get("windows", [])):
            if "key" not in window or "reply" not in window:
                raise InputError(str(path), f"windows[{i}] needs `key` and `reply`", hint="regenerate the keys: python -m marsad.evals.record_tool")
            out[window["key"]] = Recording(window["key"], data.get("model", ""), data.get("doc_id"),
                                           window["reply"].get("arguments"), path)
    return out


def qa_reply(request: Mapping[str, Any], reply: Mapping[str, Any]) -> Reply:
    """The HTTP reply of one recorded QA turn: a tool call, text, or the final answer object."""
    call = reply.get("call")
    if call:
        return Reply.tool_call(call.get("arguments") or {}, name=call.get("name"))
    if "content" in reply:
        return Reply.content(str(reply["content"]))
    return _reply_for(request, reply.get("arguments"))


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

    @property
    def qa_questions(self) -> set[str]:
        """The questions that have a recorded conversation."""
        return {r.question for r in self.recordings.values() if r.kind == "qa" and r.question}

    def __call__(self, request: dict) -> Reply:
        key, what = request_recording_key(request)
        rec = self.recordings.get(key)
        with self._lock:
            if rec is None:
                self.misses.append(key)
            else:
                self.hits += 1
        if rec is None:
            tool = "record_tool --qa" if what.startswith("question") else "record_tool"
            return Reply.error(400, f"no recorded response for key {key} (model {request.get('model')!r}, "
                                    f"{what}); run `python -m marsad.evals.{tool}`")
        if rec.kind == "qa":
            return qa_reply(request, rec.reply or {})
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

            qa = qa_turn_of(request)
            if qa is not None:
                with self._lock:
                    self.recorded.append({"kind": "qa", "key": request_recording_key(request)[0], "question": qa[0],
                                          "turn": qa[1], "model": request.get("model") or "",
                                          "reply": qa_reply_of(body)})
                return Reply(status=resp.status_code, body=body)
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


def qa_reply_of(body: Mapping[str, Any]) -> dict:
    """A chat-completion body as a recorded QA turn's ``reply``: a search call, text, or the final answer."""
    message = (body.get("choices") or [{}])[0].get("message") or {}
    calls = message.get("tool_calls") or []
    if calls and calls[0]["function"]["name"] == "search":
        try:
            arguments = json.loads(calls[0]["function"]["arguments"] or "{}")
        except ValueError:
            arguments = calls[0]["function"]["arguments"]
        return {"call": {"name": "search", "arguments": arguments}}
    if not calls and not str(message.get("content") or "").lstrip().startswith(("{", "```")):
        return {"content": message.get("content") or ""}
    return {"arguments": reply_arguments(body)}


def write_qa_recording_files(entries: list[dict], golden: Any, directory: Path, recorded_by: str) -> list[Path]:
    """Write the recorded QA turns as one conversation file per golden question (``<dir>/qa/<id>.json``).

    Args:
        entries: what :class:`RecordingResponder` kept (entries without ``kind == "qa"`` are skipped).
        golden: the golden set (its questions name the files).
        directory: the recordings directory.
        recorded_by: provenance written into each file.
    """
    ids = {q.question: q.id for q in golden.qa}
    per_question: dict[str, list[dict]] = {}
    for e in entries:
        if e.get("kind") == "qa":
            per_question.setdefault(e["question"], []).append(e)
    out_dir = Path(directory) / QA_SUBDIR
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for question, turns in per_question.items():
        qid = ids.get(question) or hashlib.sha256(question.encode()).hexdigest()[:12]
        path = out_dir / f"{qid}.json"
        data = {"recorded_by": recorded_by, "model": turns[0]["model"], "kind": "qa", "question_id": qid,
                "question": question,
                "key_rule": "sha256(model + '\\nqa\\n' + question + '\\n' + turn), turn = phase and the "
                            "number of search results read so far",
                "turns": [{"key": t["key"], "turn": t["turn"], "reply": t["reply"]} for t in turns]}
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written.append(path)
    return written


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
        if e.get("kind") == "qa":
            continue
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
