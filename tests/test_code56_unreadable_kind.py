"""Pass 56 (code56): the circuit breaker tells an unreadable reply from a server failure by the error's class
(``LLMUnreadableReplyError``, carried as the outcome's ``failure``), not by words of the message: a server whose
error text happens to hold "and none could be read" is still the server's failure."""

from __future__ import annotations

import json
import pickle

from marsad.agent.llm.breaker import CircuitBreaker
from marsad.core.errors import LLMError, LLMUnreadableReplyError
from marsad.evals.openai_server import OpenAICompatServer, Reply

ENV = {"MARSAD_LLM_MODEL": "local-model", "MARSAD_LLM_API_KEY": "x", "MARSAD_LLM_MAX_RETRIES": "0",
       "MARSAD_LLM_REASKS": "0", "MARSAD_LLM_CACHE": "0", "MARSAD_LLM_BREAKER": "2", "MARSAD_LLM_CONCURRENCY": "1"}
TEXT = "قتل ثلاثة جنود في هجوم على حاجز للجيش في كركوك يوم الاثنين."


def _extract(cli, tmp_path, reply: Reply):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "date": "2015-06-02", "text": TEXT}, ensure_ascii=False) + "\n"
                           for i in range(3)), encoding="utf-8")
    with OpenAICompatServer(lambda _req: reply) as srv:
        return cli("extract", str(src), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                   env={**ENV, "MARSAD_LLM_BASE_URL": srv.base_url})


def test_the_error_has_a_kind_and_the_old_words():
    err = LLMUnreadableReplyError(3)
    assert isinstance(err, LLMError) and err.records == 3
    assert err.message.startswith("the model's reply held 3 record(s) and none could be read (fields of the wrong "
                                  "type or shape); nothing is kept for this document. Fix: raise MARSAD_LLM_REASKS")
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is LLMUnreadableReplyError and again.message == err.message


def test_the_breaker_decides_on_the_class_not_the_words():
    b = CircuitBreaker(2, base_url="http://h/v1", model="m")
    words = "HTTP 500: upstream said: 4 items and none could be read"  # a server's text holding the old mark
    b.record(False, words)
    assert b.record(False, words)
    assert b.unreadable == 0 and "MARSAD_LLM_REASKS" not in f"{b.error().message} {b.error().hint}"


def test_a_server_error_quoting_the_words_is_blamed_on_the_server(cli, tmp_path):
    res = _extract(cli, tmp_path, Reply.error(500, "backend queue: the batch held 4 jobs and none could be read"))
    assert res.returncode == 3, res.stderr
    assert "failed on the LLM server" in res.stderr and "MARSAD_LLM_BASE_URL" in res.stderr, res.stderr
    assert "and none could be read" in res.stderr, res.stderr  # the server's words are shown as they came
    assert "replies that could not be read" not in res.stderr and "MARSAD_LLM_REASKS" not in res.stderr, res.stderr


def test_unreadable_replies_still_say_so_over_http(cli, tmp_path):
    res = _extract(cli, tmp_path, Reply.tool_call({"attacks": [{"killed": "many", "citations": "x"}]}))
    assert res.returncode == 3, res.stderr
    assert "the model's reply held 1 record(s) and none could be read" in res.stderr, res.stderr
    assert "whose model replies could not be read" in res.stderr and "MARSAD_LLM_MODE=json" in res.stderr, res.stderr
    assert "failed on the LLM server" not in res.stderr, res.stderr
