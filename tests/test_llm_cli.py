"""`marsad extract --backend llm` end to end: the real CLI against the local server over HTTP."""

from __future__ import annotations

import json
import re

import pytest

from marsad.core.arabic import split_sentences
from marsad.evals.openai_server import OpenAICompatServer, Reply, free_port

pytest.importorskip("marsad.agent.batch", reason="the batch runner (agent/batch.py) has not landed yet")

_ARTICLE = re.compile(r"<article>\n(.*)\n</article>", re.S)


def quoting(request: dict) -> Reply:
    """Answer each window with an actor quoted from its first sentence and one invented quote."""
    user = next(m["content"] for m in reversed(request["messages"]) if m["role"] == "user")
    text = _ARTICLE.search(user).group(1)
    first = next(text[s:e] for s, e in split_sentences(text) if e - s > 20)
    return Reply.tool_call({
        "actors": [{"quotes": [first[:50]], "name": first[:20], "type": "other"},
                   {"quotes": ["جملة مختلقة لا وجود لها في أي مقال من المقالات"], "name": "x", "type": "other"}],
        "attacks": [], "joint_rooms": [], "agreements": [],
    }, usage=(1500, 80))


def test_extract_llm_backend_writes_grounded_records_and_reports_usage(cli, samples, tmp_path):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in samples.glob("*.txt")}
    with OpenAICompatServer(quoting) as srv:
        env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "local-qwen", "MARSAD_LLM_API_KEY": "x"}
        out = tmp_path / "records.jsonl"
        proc = cli("extract", str(samples), "--backend", "llm", "--out", str(out), env=env)
        assert proc.returncode == 0, proc.stderr + proc.stdout
        assert len(srv.chat_requests) == len(texts)  # one request per (single-window) article
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
        assert {r["doc_id"] for r in rows} == set(texts)
        for row in rows:
            assert len(row["actors"]) == 1  # the invented quote's record was dropped
            for cite in row["actors"][0]["citations"]:
                assert texts[row["doc_id"]][cite["start"]:cite["end"]] == cite["quote"]
        printed = proc.stdout + proc.stderr
        assert "prompt_tokens" in printed or "prompt tokens" in printed

        again = cli("extract", str(samples), "--backend", "llm", "--out", str(tmp_path / "again.jsonl"), env=env)
        assert again.returncode == 0, again.stderr
        assert len(srv.chat_requests) == len(texts)  # the re-run was served from the cache


def test_extract_llm_backend_with_the_server_down_is_one_clear_error(cli, samples, tmp_path):
    env = {"MARSAD_LLM_BASE_URL": f"http://127.0.0.1:{free_port()}/v1", "MARSAD_LLM_MODEL": "m"}
    proc = cli("extract", str(samples), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), env=env,
                   timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert "cannot reach the LLM server" in proc.stderr and "Traceback" not in proc.stderr


def _refusing_tools(request: dict) -> Reply:
    """A server without tool calling (vLLM without --enable-auto-tool-choice): tools are an HTTP 400."""
    if request.get("tools"):
        return Reply.error(400, '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set')
    reply = quoting(request).body["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
    return Reply.content(reply)


def _records(path) -> dict:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["doc_id"]: {k: r[k] for k in ("actors", "attacks", "joint_rooms", "agreements")} for r in rows}


def test_extract_llm_mode_auto_picks_json_schema_when_tools_are_refused(cli, samples, tmp_path):
    """`--llm-mode auto` against a server refusing tools: one probe, then json_schema, and tools mode's records."""
    n = len(list(samples.glob("*.txt")))
    with OpenAICompatServer(quoting) as srv:
        env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "local-qwen", "MARSAD_LLM_API_KEY": "x",
               "MARSAD_HOME": str(tmp_path / "home-tools")}
        proc = cli("extract", str(samples), "--backend", "llm", "--llm-mode", "tools",
                   "--out", str(tmp_path / "tools.jsonl"), env=env)
        assert proc.returncode == 0, proc.stderr + proc.stdout
    with OpenAICompatServer(_refusing_tools) as srv:
        env = {**env, "MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_HOME": str(tmp_path / "home-auto")}
        proc = cli("extract", str(samples), "--backend", "llm", "--llm-mode", "auto",
                   "--out", str(tmp_path / "auto.jsonl"), env=env)
        assert proc.returncode == 0, proc.stderr + proc.stdout
        bodies = [r.body for r in srv.chat_requests]
    assert len(bodies) == n + 1  # one refused probe, then one json_schema request per article
    assert [bool(b.get("tools")) for b in bodies].count(True) == 1 and bodies[0].get("tools")
    assert all(b["response_format"]["type"] == "json_schema" for b in bodies[1:])
    tools = _records(tmp_path / "tools.jsonl")
    assert len(tools) == n and all(r["actors"] for r in tools.values())
    assert _records(tmp_path / "auto.jsonl") == tools
