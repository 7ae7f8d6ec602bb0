"""The Batch API path over real HTTP: submit, collect into the cache, then extract online only what is missing."""

from __future__ import annotations

import json
import re
import time

import pytest

from marsad.agent.llm import LLMExtractor
from marsad.agent.llm.batch_api import collect_batch, submit_batch
from marsad.core.arabic import split_sentences
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
        deadline = time.monotonic() + 120  # polled until done: the bound only ends a broken run
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


def test_batch_in_json_schema_mode_sends_what_the_online_path_sends(marsad_home):
    """json_schema mode: each line carries the online request's response_format (no tools); replies are JSON text."""
    with OpenAICompatServer(ScriptedResponder(fallback=lambda r: Reply.json_content(GOOD, fenced=False))) as srv:
        online = make(srv, marsad_home / "online", llm_mode="json_schema")
        [out] = list(online.extract_batch(docs()[:1]))
        assert out.ok
        sent = srv.chat_requests[0].body
        ex = make(srv, marsad_home, llm_mode="json_schema")
        submitted = submit_batch(ex, docs())
        [uploaded] = [f for f in srv.files.values() if f["object"]["purpose"] == "batch"]
        lines = [json.loads(x) for x in uploaded["data"].decode("utf-8").splitlines()]
        assert len(lines) == 3
        assert lines[0]["body"]["response_format"] == sent["response_format"] and "tools" not in lines[0]["body"]
        assert lines[0]["body"]["messages"] == sent["messages"]
        deadline = time.monotonic() + 120  # polled until done: the bound only ends a broken run
        while (result := collect_batch(ex, submitted["batch_id"]))["status"] != "completed":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert (result["cached"], result["invalid"]) == (3, 0)
        before = len(srv.chat_requests)
        outcomes = list(make(srv, marsad_home, llm_mode="json_schema").extract_batch(docs()))
        assert all(o.ok and o.usage["cached"] == 1 for o in outcomes) and len(srv.chat_requests) == before
        assert [a.name for a in outcomes[0].records.actors] == [a.name for a in out.records.actors]


def test_batch_path_names_the_modes_it_can_send(marsad_home):
    with OpenAICompatServer() as srv, pytest.raises(ConfigError, match="json_schema") as err:
        submit_batch(make(srv, marsad_home, llm_mode="md_json"), docs())
    assert "--llm-mode md_json" in str(err.value)


# ---------------------------------------------------------------- marsad extract --batch-api
_ARTICLE = re.compile(r"<article>\n(.*)\n</article>", re.S)


def _quoting(request: dict) -> Reply:
    """Answer a window with an actor and an attack quoted from its own sentences (tool call or JSON)."""
    user = next(m["content"] for m in reversed(request["messages"]) if m["role"] == "user")
    text = _ARTICLE.search(user).group(1)
    sentences = [text[s:e] for s, e in split_sentences(text) if e - s > 30][:2] or [text[:60]]
    reply = {"actors": [{"q": [sentences[0][:40]], "name": sentences[0][:15], "type": "other"}],
             "attacks": [{"q": [sentences[-1]], "kind": "other"}], "rooms": [], "agreements": []}
    return Reply.tool_call(reply) if request.get("tools") else Reply.json_content(reply, fenced=False)


def _rows(path) -> dict:
    return {r["doc_id"]: r for r in (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x)}


def _posts(srv, suffix: str) -> int:
    return sum(1 for r in srv.requests if r.method == "POST" and r.path.rstrip("/").endswith(suffix))


def test_cli_batch_api_writes_exactly_the_synchronous_outputs(cli, samples, tmp_path):
    with OpenAICompatServer(_quoting) as srv:
        env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "batch-model", "MARSAD_LLM_API_KEY": "x"}
        sync = cli("extract", str(samples), "--backend", "llm", "--out", str(tmp_path / "sync.jsonl"),
                   env={**env, "MARSAD_HOME": str(tmp_path / "h1")})
        assert sync.returncode == 0, sync.stderr
        n = len(srv.chat_requests)
        srv.reset()
        batch = cli("extract", str(samples), "--backend", "llm", "--batch-api", "--batch-poll", "0.02",
                    "--out", str(tmp_path / "batch.jsonl"), env={**env, "MARSAD_HOME": str(tmp_path / "h2")})
        assert batch.returncode == 0, batch.stderr
        assert srv.chat_requests == []  # every window went through the batch
        assert _posts(srv, "/files") == 1 and _posts(srv, "/batches") == 1
        assert '"submitted": "batch_' in batch.stderr and f'"requests": {n}' in batch.stderr
    assert _rows(tmp_path / "batch.jsonl") == _rows(tmp_path / "sync.jsonl")


def test_cli_batch_api_resumes_an_interrupted_run_without_resubmitting(cli, samples, tmp_path, marsad_home):
    with OpenAICompatServer(_quoting) as srv:
        srv.batch_line_delay = 0.05  # the batch is still running when the "interrupted" run stopped
        env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "batch-model", "MARSAD_LLM_API_KEY": "x",
               "MARSAD_HOME": str(marsad_home)}
        settings = resolve_settings({"home": str(marsad_home), "llm_base_url": srv.base_url,
                                     "llm_model": "batch-model", "llm_api_key": "x"}, env={})
        from marsad.index.loaders import iter_documents

        sample_docs = [d for d in iter_documents([str(samples)]) if isinstance(d, Document)]
        first = submit_batch(LLMExtractor(settings), sample_docs[:3])  # interrupted after submitting part
        assert first["requests"] == 3
        out = tmp_path / "resumed.jsonl"
        proc = cli("extract", str(samples), "--backend", "llm", "--batch-api", "--batch-poll", "0.02",
                   "--out", str(out), env=env)
        assert proc.returncode == 0, proc.stderr
        assert f'"resumed": ["{first["batch_id"]}"]' in proc.stderr
        # the first batch was polled, not sent again; only the other windows went into a new one
        assert _posts(srv, "/batches") == 2 and srv.chat_requests == []
        assert len(_rows(out)) == len(sample_docs)
        srv.reset()
        again = cli("extract", str(samples), "--backend", "llm", "--batch-api", "--out", str(tmp_path / "again.jsonl"),
                    env=env)
        assert again.returncode == 0, again.stderr
        assert _posts(srv, "/batches") == 0 and _posts(srv, "/files") == 0 and srv.chat_requests == []
        sync_home = {**env, "MARSAD_HOME": str(tmp_path / "sync-home")}
        sync = cli("extract", str(samples), "--backend", "llm", "--out", str(tmp_path / "sync.jsonl"), env=sync_home)
        assert sync.returncode == 0, sync.stderr
    assert _rows(out) == _rows(tmp_path / "sync.jsonl") == _rows(tmp_path / "again.jsonl")


def test_cli_extract_keeps_to_a_period_online_and_through_a_batch(cli, tmp_path):
    """--since/--until bound what an LLM run pays for: the other months' documents never reach the server."""
    src = tmp_path / "dated.jsonl"
    rows = [("m-jun", "2015-06-20"), ("m-jul", "2015-07-02"), ("m-aug", "2015-08-09"), ("m-none", None)]
    src.write_text("".join(json.dumps({"id": i, "date": d, "text": f"{TEXT} [{i}]"}, ensure_ascii=False) + "\n"
                           for i, d in rows), encoding="utf-8")
    with OpenAICompatServer(_quoting) as srv:
        env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "batch-model", "MARSAD_LLM_API_KEY": "x",
               "MARSAD_HOME": str(tmp_path / "home")}
        online = cli("extract", str(src), "--backend", "llm", "--since", "2015-07", "--until", "2015-07",
                     "--out", str(tmp_path / "online.jsonl"), env=env)
        assert online.returncode == 0, online.stderr
        asked = {m for r in srv.chat_requests for m in re.findall(r"\[(m-\w+)\]", json.dumps(r.body, ensure_ascii=False))}
        assert asked == {"m-jul"} and '"outside_period": 3' in online.stderr
        srv.reset()
        batch = cli("extract", str(src), "--backend", "llm", "--batch-api", "--batch-poll", "0.02", "--since", "2015-08",
                    "--out", str(tmp_path / "batch.jsonl"), env=env)
        assert batch.returncode == 0, batch.stderr
        assert _posts(srv, "/batches") == 1 and srv.chat_requests == [] and '"requests": 1' in batch.stderr
    assert set(_rows(tmp_path / "online.jsonl")) == {"m-jul"} and set(_rows(tmp_path / "batch.jsonl")) == {"m-aug"}
    bad = cli("extract", str(src), "--since", "2015-08-32", "--out", str(tmp_path / "x.jsonl"))
    assert bad.returncode == 2 and "--since '2015-08-32' is not a date" in bad.stderr
