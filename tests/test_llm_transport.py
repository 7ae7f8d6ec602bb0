"""The one transport retry policy, shared by every OpenAI-compatible client (real HTTP, local server)."""

from __future__ import annotations

import asyncio

import pytest

from marsad.agent.llm.usage import UsageMeter
from marsad.core.config import resolve_settings
from marsad.core.llm_client import async_openai_client, openai_client
from marsad.core.llm_retry import RetryingSyncTransport, RetryingTransport
from marsad.evals.openai_server import OpenAICompatServer, Reply
from marsad.index.embedding import OpenAIEmbedding
from marsad.index.translate import translate_query


def _settings(url: str, **extra):
    return resolve_settings({"llm_base_url": url, "llm_model": "m", "llm_api_key": "k", **extra}, env={})


def test_sync_client_retries_transient_errors_once_in_the_transport():
    replies = [Reply.error(503, "busy", headers={"Retry-After": "0"}), Reply.error(429, "slow down",
               headers={"retry-after-ms": "10"}), Reply.content("ok")]
    with OpenAICompatServer(replies) as srv:
        client = openai_client(_settings(srv.base_url, llm_max_retries=2))
        assert client.max_retries == 0 and isinstance(client._client._transport, RetryingSyncTransport)
        reply = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert reply.choices[0].message.content == "ok"
        assert len(srv.chat_requests) == 3


def test_sync_client_stops_after_max_retries_with_the_servers_error():
    import openai

    with OpenAICompatServer([Reply.error(500, "down")] * 5) as srv:
        client = openai_client(_settings(srv.base_url), max_retries=1, base_wait=0.01)
        with pytest.raises(openai.InternalServerError, match="down"):
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert len(srv.chat_requests) == 2


def test_async_client_counts_attempts_and_retries_in_the_meter():
    meter = UsageMeter()

    async def run(url: str) -> str:
        client = async_openai_client(_settings(url, llm_max_retries=3), base_wait=0.01, meter=lambda: meter)
        assert client.max_retries == 0 and isinstance(client._client._transport, RetryingTransport)
        try:
            reply = await client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        finally:
            await client.close()
        return reply.choices[0].message.content

    with OpenAICompatServer([Reply.error(502), Reply.content("fine")]) as srv:
        assert asyncio.run(run(srv.base_url)) == "fine"
    assert (meter.requests, meter.retries) == (2, 1)


def test_embeddings_use_the_shared_client():
    emb = OpenAIEmbedding("e", base_url="http://127.0.0.1:9/v1", max_retries=2, timeout=5)
    client = emb._get_client()
    assert client.max_retries == 0 and isinstance(client._client._transport, RetryingSyncTransport)
    assert client._client._transport.max_retries == 2


def test_translation_uses_the_shared_client_and_gives_up_quietly():
    with OpenAICompatServer([Reply.error(503), Reply.content("اجتماع مغلق")]) as srv:
        settings = _settings(srv.base_url, backend="llm")
        assert translate_query(settings, "a closed meeting about transport retries") == "اجتماع مغلق"
        assert len(srv.chat_requests) == 2  # one retry, by the shared policy
    with OpenAICompatServer([Reply.error(500)] * 4) as srv:
        assert translate_query(_settings(srv.base_url, backend="llm"), "another closed meeting") is None
        assert len(srv.chat_requests) == 2  # never more than one retry: search must not wait


def test_permanent_errors_are_not_retried():
    import openai

    with OpenAICompatServer([Reply.error(404, "no such model")] * 3) as srv:
        client = openai_client(_settings(srv.base_url), max_retries=3)
        with pytest.raises(openai.NotFoundError):
            client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
        assert len(srv.chat_requests) == 1


# ---------------------------------------------------------------- review54 H1: compressed replies
def _gzip_reply() -> Reply:
    import gzip
    import json

    completion = Reply.content("packed").body
    return Reply(body=gzip.compress(json.dumps(completion).encode("utf-8")), headers={"Content-Encoding": "gzip"})


def test_sync_transport_reads_a_gzip_compressed_reply():
    import httpx

    transport = RetryingSyncTransport(httpx.HTTPTransport(), max_retries=0)
    with OpenAICompatServer([_gzip_reply()]) as srv, httpx.Client(transport=transport) as client:
        reply = client.post(f"{srv.base_url}/chat/completions", json={"model": "m", "messages": []})
    assert reply.status_code == 200 and "content-encoding" not in reply.headers
    assert reply.json()["choices"][0]["message"]["content"] == "packed"


def test_async_transport_reads_a_gzip_compressed_reply():
    import httpx

    async def run(url: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=RetryingTransport(httpx.AsyncHTTPTransport(), max_retries=0)) as client:
            return await client.post(f"{url}/chat/completions", json={"model": "m", "messages": []})

    with OpenAICompatServer([_gzip_reply()]) as srv:
        reply = asyncio.run(run(srv.base_url))
    assert reply.status_code == 200 and "content-encoding" not in reply.headers
    assert reply.json()["choices"][0]["message"]["content"] == "packed"
