"""Issue 10.7: a run-level circuit breaker for the LLM path, against the real local HTTP server."""

from __future__ import annotations

import json
import re

import pytest

from marsad.agent.llm.breaker import CircuitBreaker
from marsad.evals.openai_server import OpenAICompatServer, Reply

_DOC = re.compile(r"<article>\n(.*)\n</article>", re.S)
TEXT = "قتل {n} من عناصر الشرطة في هجوم على نقطة تفتيش في كركوك يوم الاثنين."


def _corpus(path, n):
    path.write_text("".join(json.dumps({"id": f"d{i:02d}", "text": TEXT.format(n=i + 1)}, ensure_ascii=False) + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


def _env(srv, **extra):
    env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "local-model", "MARSAD_LLM_API_KEY": "x",
           "MARSAD_LLM_MAX_RETRIES": "1", "MARSAD_LLM_CACHE": "0", "MARSAD_LLM_CONCURRENCY": "2"}
    env.update(extra)
    return env


def test_breaker_counts_consecutive_failures_only():
    b = CircuitBreaker(3, base_url="http://h/v1", model="m")
    for ok in (False, False, True, False, False):
        assert not b.record(ok, "HTTP 500")
    assert b.record(False, "HTTP 500") and b.open
    msg = str(b.error())
    assert "http://h/v1" in msg and "MARSAD_LLM_BASE_URL" in msg and "logs" in msg and "re-run resumes" in msg
    never = CircuitBreaker(0)
    assert not any(never.record(False) for _ in range(100))
    with pytest.raises(ValueError):
        CircuitBreaker(-1)


def test_a_server_failing_every_request_stops_the_run_early(tmp_path, cli):
    """Before: 64 documents sent 340 requests in 36 s and the run kept going."""
    src = _corpus(tmp_path / "in.jsonl", 64)
    with OpenAICompatServer(lambda _req: Reply.error(500, "boom")) as srv:
        res = cli("extract", str(src), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                  env=_env(srv))
        sent, url = len(srv.chat_requests), srv.base_url
    assert res.returncode == 3, res.stderr
    assert "documents in a row failed" in res.stderr and url in res.stderr and "Traceback" not in res.stderr
    # The run stops early is told by the requests sent (a few documents in flight, not 64 x retries),
    # not by wall time, which a loaded machine stretches.
    assert sent <= 2 * 10, sent
    report = json.loads((tmp_path / "o.report.json").read_text(encoding="utf-8"))
    assert report["failed"] == 5


def test_a_hung_server_stops_the_run_early(tmp_path, cli):
    src = _corpus(tmp_path / "in.jsonl", 40)
    with OpenAICompatServer(lambda _req: Reply.hang(60)) as srv:
        res = cli("extract", str(src), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                  env=_env(srv, MARSAD_LLM_TIMEOUT="0.3"))
        sent = len(srv.chat_requests)
    assert res.returncode == 3 and "timed out" in res.stderr, res.stderr
    assert sent <= 2 * 10, sent  # stopped after a few hung documents, not 40 x retries


def test_isolated_failures_keep_going(tmp_path, cli):
    src = _corpus(tmp_path / "in.jsonl", 12)

    def every_third(request):
        text = _DOC.search(next(m["content"] for m in reversed(request["messages"]) if m["role"] == "user")).group(1)
        n = int(re.search(r"\d+", text).group())
        if n % 3 == 0:
            return Reply.error(500, "flaky")
        return Reply.tool_call({})  # a reply with no records

    with OpenAICompatServer(every_third) as srv:
        res = cli("extract", str(src), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                  env=_env(srv))
    assert res.returncode == 4, res.stderr
    lines = (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8  # 4 of 12 failed, each reported, none stopped the run
