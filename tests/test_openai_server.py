"""The scriptable OpenAI-compatible server, driven over real HTTP."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest

from marsad.evals.openai_server import (
    OpenAICompatServer,
    ReplayResponder,
    Reply,
    free_port,
    request_key,
)

CHAT = {"model": "any-model", "messages": [{"role": "user", "content": "مرحبا"}],
        "tools": [{"type": "function", "function": {"name": "ExtractRecords", "parameters": {}}}]}


def post(srv: OpenAICompatServer, body: dict = CHAT, timeout: float = 5) -> httpx.Response:
    return httpx.post(f"{srv.base_url}/chat/completions", json=body, timeout=timeout)


def test_scripted_replies_are_served_in_order_and_recorded():
    replies = [Reply.tool_call({"actors": []}), Reply.json_content({"a": 1}), Reply.error(429, headers={"Retry-After": "2"})]
    with OpenAICompatServer(replies) as srv:
        first = post(srv).json()
        call = first["choices"][0]["message"]["tool_calls"][0]["function"]
        assert call["name"] == "ExtractRecords"  # filled from the request's tool
        assert json.loads(call["arguments"]) == {"actors": []}
        assert first["model"] == "any-model"
        assert first["usage"]["prompt_tokens"] > 0
        second = post(srv).json()["choices"][0]["message"]["content"]
        assert "```json" in second and '"a": 1' in second
        third = post(srv)
        assert third.status_code == 429 and third.headers["retry-after"] == "2"
        assert post(srv).status_code == 500  # nothing left in the queue
        assert len(srv.chat_requests) == 4
        assert srv.chat_requests[0].body["messages"][0]["content"] == "مرحبا"


def test_models_and_embeddings_endpoints():
    with OpenAICompatServer(models=["qwen2.5:7b"]) as srv:
        models = httpx.get(f"{srv.base_url}/models").json()
        assert [m["id"] for m in models["data"]] == ["qwen2.5:7b"]
        emb = httpx.post(f"{srv.base_url}/embeddings", json={"input": ["كركوك", "ديالى"], "model": "e"}).json()
        vectors = [d["embedding"] for d in emb["data"]]
        assert len(vectors) == 2 and vectors[0] != vectors[1]
        assert abs(sum(v * v for v in vectors[0]) - 1.0) < 1e-6


def test_dropped_connection_and_delay():
    with OpenAICompatServer([Reply.dropped(), Reply.hang(600)]) as srv:  # cut short by the server's stop
        with pytest.raises(httpx.RemoteProtocolError):
            post(srv)
        with pytest.raises(httpx.ReadTimeout):
            post(srv, timeout=0.3)


def test_latency_and_concurrent_requests():
    # Six requests are answered only once all six are in the server at the same time (a barrier in the responder):
    # served one at a time they never would be. Told by the overlap itself, not by a wall-time bound, which a loaded
    # machine stretched past 2.5 s; the latency is told by its lower bound, which load cannot break.
    together = threading.Barrier(6, timeout=120)

    def respond(request: dict) -> Reply:
        together.wait()
        return Reply.content("{}")

    with OpenAICompatServer(respond, latency=0.5) as srv:
        results = []
        threads = [threading.Thread(target=lambda: results.append(post(srv, timeout=180).status_code))
                   for _ in range(6)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        assert results == [200] * 6, "the six requests were not all in the server at once"
        assert elapsed >= 0.5 and srv.max_in_flight == 6


def test_callable_responder_sees_the_request():
    def echo(request: dict) -> Reply:
        return Reply.content(request["messages"][-1]["content"][::-1])

    with OpenAICompatServer(echo) as srv:
        assert post(srv).json()["choices"][0]["message"]["content"] == "ابحرم"


def test_replay_responder_matches_on_request_hash(tmp_path):
    recorded = {"object": "chat.completion", "choices": [{"index": 0, "finish_reason": "stop",
                                                          "message": {"role": "assistant", "content": "recorded"}}]}
    path = tmp_path / "rec.jsonl"
    path.write_text(json.dumps({"key": request_key(CHAT), "response": recorded}) + "\n", encoding="utf-8")
    replay = ReplayResponder(path)
    with OpenAICompatServer(replay) as srv:
        assert post(srv).json()["choices"][0]["message"]["content"] == "recorded"
        other = dict(CHAT, messages=[{"role": "user", "content": "غير مسجل"}])
        miss = post(srv, other)
        assert miss.status_code == 400 and request_key(other) in miss.text
    assert replay.misses == [request_key(other)]


def test_request_key_ignores_irrelevant_fields_and_port_is_released():
    assert request_key(CHAT) == request_key(dict(CHAT, stream=False, max_tokens=5))
    assert request_key(CHAT) != request_key(dict(CHAT, model="other"))
    port = free_port()
    with OpenAICompatServer(port=port) as srv:
        assert srv.port == port
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/v1/models", timeout=1)
