"""A reply a run judged unusable is not kept in the LLM response cache (agent/llm/extractor.FORGET_UNREADABLE), so a
re-run asks the model again instead of failing on the same cached reply without a request."""

from __future__ import annotations

import json

import pytest

from marsad.agent.llm import extractor
from marsad.agent.llm.cache import ResponseCache
from marsad.evals.openai_server import OpenAICompatServer, Reply

_ENV = {"MARSAD_LLM_MODEL": "local-model", "MARSAD_LLM_API_KEY": "x", "MARSAD_LLM_MAX_RETRIES": "0",
        "MARSAD_LLM_REASKS": "0", "MARSAD_LLM_CACHE": "1", "MARSAD_LLM_BREAKER": "0", "MARSAD_LLM_CONCURRENCY": "1"}


def test_forget_drops_a_queued_entry_and_one_on_disk(tmp_path):
    cache = ResponseCache(tmp_path)
    cache.put("aa11", {"response": 1})
    cache.put_later("bb22", {"response": 2})  # queued, not yet written
    cache.forget(["aa11", "bb22"])
    cache.flush()
    assert cache.get("aa11") is None and cache.get("bb22") is None
    cache.put("cc33", {"response": 3})
    assert cache.get("cc33") == {"response": 3}


@pytest.mark.parametrize("forget, asked_again", [(True, True), (False, False)])
def test_a_rerun_asks_again_after_a_reply_with_nothing_readable(cli, tmp_path, monkeypatch, forget, asked_again):
    monkeypatch.setattr(extractor, "FORGET_UNREADABLE", forget)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "d1", "date": "2016-03-07", "text": "أصيب خمسة مدنيين بانفجار عبوة ناسفة قرب سوق "
                                "شعبي في مدينة الرمادي صباح الاثنين."}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("ingest", str(src)).returncode == 0
    asked = []

    def reply(req):
        asked.append(req)
        return Reply.tool_call({"attacks": [{"killed": "several", "citations": "y"}]})

    with OpenAICompatServer(reply) as srv:
        env = {**_ENV, "MARSAD_LLM_BASE_URL": srv.base_url}
        counts = []
        for run in (1, 2):
            res = cli("extract", "--all", "--backend", "llm", "--out", str(tmp_path / f"o{run}.jsonl"), "--no-progress",
                      env=env)
            assert res.returncode == 1 and "none could be read" in res.stderr, res.stderr
            counts.append(len(asked))
    assert counts[0] >= 1 and (counts[1] > counts[0]) is asked_again, counts
