"""Pass 55 (fixmisc55, review55 L4): ``breaker.SAY_UNREADABLE``: a run the circuit breaker stopped because the
model's replies could not be read is not blamed on the server; its hint points to MARSAD_LLM_REASKS and
MARSAD_LLM_MODE=json."""

from __future__ import annotations

import json

from marsad.agent.llm import breaker
from marsad.agent.llm.breaker import CircuitBreaker
from marsad.core.errors import LLMUnreadableReplyError
from marsad.evals.openai_server import OpenAICompatServer, Reply

# L4 ------------------------------------------------------------------------------------------------------------------

UNREADABLE = LLMUnreadableReplyError(2)


def _opened(errors: list) -> str:
    b = CircuitBreaker(len(errors), base_url="http://h/v1", model="m")
    for e in errors:
        b.record(False, e.message, e) if isinstance(e, LLMUnreadableReplyError) else b.record(False, e)
    assert b.open
    err = b.error()
    return f"{err.message} {err.hint}"


def test_a_run_stopped_by_unreadable_replies_points_to_reasks_and_json_mode(monkeypatch):
    msg = _opened([UNREADABLE] * 3)
    assert "MARSAD_LLM_REASKS" in msg and "MARSAD_LLM_MODE=json" in msg, msg
    assert "MARSAD_LLM_BASE_URL" not in msg and "failed on the LLM server" not in msg, msg
    mixed = _opened(["HTTP 500", UNREADABLE, UNREADABLE])
    assert "MARSAD_LLM_BASE_URL" in mixed and "MARSAD_LLM_REASKS" in mixed and "2 of them" in mixed, mixed
    server = _opened(["HTTP 500"] * 3)
    assert "MARSAD_LLM_BASE_URL" in server and "MARSAD_LLM_REASKS" not in server, server
    monkeypatch.setattr(breaker, "SAY_UNREADABLE", False)
    msg = _opened([UNREADABLE] * 3)  # (the last error quoted in the message names MARSAD_LLM_REASKS itself)
    assert "MARSAD_LLM_BASE_URL" in msg and "failed on the LLM server" in msg, msg
    assert "whose model replies could not be read" not in msg and "the record schema" not in msg, msg


def test_a_success_clears_the_unreadable_count():
    b = CircuitBreaker(2, base_url="http://h/v1", model="m")
    b.record(False, UNREADABLE.message, UNREADABLE)
    b.record(True)
    b.record(False, "HTTP 500")
    assert b.record(False, "HTTP 500")
    assert "MARSAD_LLM_REASKS" not in f"{b.error().message} {b.error().hint}"


def test_the_cli_run_stopped_by_unreadable_replies_says_so(cli, tmp_path):
    text = "قتل ثلاثة جنود في هجوم على حاجز للجيش في كركوك يوم الاثنين."
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"d{i}", "date": "2015-06-02", "text": text}, ensure_ascii=False) + "\n"
                           for i in range(3)), encoding="utf-8")
    reply = Reply.tool_call({"attacks": [{"killed": "many", "citations": "x"}]})
    env = {"MARSAD_LLM_MODEL": "local-model", "MARSAD_LLM_API_KEY": "x", "MARSAD_LLM_MAX_RETRIES": "0",
           "MARSAD_LLM_REASKS": "0", "MARSAD_LLM_CACHE": "0", "MARSAD_LLM_BREAKER": "2",
           "MARSAD_LLM_CONCURRENCY": "1"}
    with OpenAICompatServer(lambda _req: reply) as srv:
        res = cli("extract", str(src), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                  env={**env, "MARSAD_LLM_BASE_URL": srv.base_url})
    assert res.returncode == 3, res.stderr
    assert "could not be read" in res.stderr and "MARSAD_LLM_MODE=json" in res.stderr, res.stderr
    assert "failed on the LLM server" not in res.stderr, res.stderr
