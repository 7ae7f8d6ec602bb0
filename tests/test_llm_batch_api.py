"""The Batch API path over real HTTP: submit, collect into the cache, then extract online only what is missing."""

from __future__ import annotations

import time

import pytest

from marsad.agent.llm import LLMExtractor
from marsad.agent.llm.batch_api import collect_batch, submit_batch
from marsad.core.config import resolve_settings
from marsad.core.errors import ConfigError, InputError
from marsad.evals.openai_server import OpenAICompatServer, Reply, ScriptedResponder
from marsad.schemas import Document

TEXT = "أعلنت هيئة الحشد الشعبي عن انشاء مقر عمليات مشتركة في كركوك. وقتل 3 جنود بانفجار عبوة ناسفة."
GOOD = {"actors": [{"q": ["هيئة الحشد الشعبي"], "name": "هيئة الحشد الشعبي", "type": "paramilitary"}],
        "rooms": [{"q": ["انشاء مقر عمليات مشتركة في كركوك"], "status": "planned"}]}


def make(srv, home, **flags) -> LLMExtractor:
    settings = resolve_settings({"home": str(home), "llm_base_url": srv.base_url, "llm_model": "batch-model",
                                 **flags}, env={})
    return LLMExtractor(settings, base_wait=0.01, max_wait=0.05)


def docs() -> list[Document]:
    return [Document(doc_id=f"d{i}", text=f"{TEXT} [d{i}]") for i in range(3)]


def test_batch_fills_the_cache_and_the_online_run_asks_only_for_the_rest(marsad_home):
    def respond(request: dict) -> Reply:
        return Reply.tool_call("{broken" if "[d2]" in request["messages"][-1]["content"] else GOOD)

    with OpenAICompatServer(ScriptedResponder(fallback=respond)) as srv:
        ex = make(srv, marsad_home)
        submitted = submit_batch(ex, docs())
        assert submitted["requests"] == 3 and submitted["batch_id"]
        assert srv.chat_requests == []  # nothing went out as an online request
        deadline = time.monotonic() + 10
        while (result := collect_batch(ex, submitted["batch_id"]))["status"] != "completed":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert (result["cached"], result["invalid"], result["failed"]) == (2, 1, 0)

        srv.responder = ScriptedResponder(fallback=lambda r: Reply.tool_call(GOOD))
        outcomes = {o.doc.doc_id: o for o in make(srv, marsad_home).extract_batch(docs())}
        assert all(o.ok for o in outcomes.values())
        assert len(srv.chat_requests) == 1  # only the window the batch answered badly
        assert outcomes["d0"].usage["cached"] == 1 and outcomes["d2"].usage["requests"] == 1
        assert submit_batch(make(srv, marsad_home), docs())["batch_id"] is None  # all cached now


def test_batch_path_needs_tools_mode_and_a_known_batch(marsad_home):
    with OpenAICompatServer() as srv:
        with pytest.raises(ConfigError, match="llm-mode tools"):
            submit_batch(make(srv, marsad_home, llm_mode="json"), docs())
        with pytest.raises(InputError, match="manifest"):
            collect_batch(make(srv, marsad_home), "batch_unknown")
