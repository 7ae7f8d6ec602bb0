"""The QA search-tool loop recorded and replayed: per-turn keys, staleness, injection, the replayed eval."""

from __future__ import annotations

import json
import shutil

import pytest

from marsad.agent.qa import Answerer
from marsad.evals import RECORDINGS_DIR
from marsad.evals.golden import load_golden
from marsad.evals.openai_server import OpenAICompatServer
from marsad.evals.record_tool import REPLAY_MODEL, build_qa_index, key_qa_conversations, qa_index_settings
from marsad.evals.replay import QA_SUBDIR, ReplayResponder, load_recordings, qa_recording_key, qa_turn_of

QA_DIR = RECORDINGS_DIR / QA_SUBDIR


def _conv(*extra: dict) -> dict:
    return {"model": REPLAY_MODEL, "messages": [{"role": "system", "content": "sys"},
                                                {"role": "user", "content": "Question: كم قتيلا؟"}, *extra]}


def _tool(docs: list[str]) -> dict:
    return {"role": "tool", "tool_call_id": "c1",
            "content": "\n".join(f'<passage doc_id="{d}" title="t">\nنص\n</passage>' for d in docs)}


@pytest.fixture(scope="module")
def golden():
    return load_golden()


def _files() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(QA_DIR.glob("*.json"))]


def test_turn_key_is_question_phase_and_results_so_far():
    first = qa_turn_of(_conv())
    assert first == ("كم قتيلا؟", {"phase": "search", "results": []})
    after = qa_turn_of(_conv({"role": "assistant", "content": ""}, _tool(["b", "a", "b"])))
    assert after[1] == {"phase": "search", "results": [["a", "b"]]}  # doc ids of the passages read, sorted
    final = qa_turn_of(_conv(_tool(["a", "b"]), {"role": "user", "content": "Now give your final answer"}))
    assert final[1]["phase"] == "answer"
    keys = {qa_recording_key(REPLAY_MODEL, q, t) for q, t in (first, after, final)}
    assert len(keys) == 3
    # which articles a search returned is not part of the key (a ranking change must not break the replay);
    # how many results were read is
    other = qa_turn_of(_conv(_tool(["a", "c"])))
    assert qa_recording_key(REPLAY_MODEL, *other) == qa_recording_key(REPLAY_MODEL, *after)
    two = qa_turn_of(_conv(_tool(["a"]), _tool(["c"])))
    assert qa_recording_key(REPLAY_MODEL, *two) != qa_recording_key(REPLAY_MODEL, *after)
    # the system prompt and the passages' text are not part of the key; extraction requests are not QA turns
    reworded = _conv(_tool(["a", "b"]))
    reworded["messages"][0]["content"] = "another prompt"
    assert qa_recording_key(REPLAY_MODEL, *qa_turn_of(reworded)) == qa_recording_key(REPLAY_MODEL, *after)
    assert qa_turn_of({"messages": [{"role": "user", "content": "<article>\nنص\n</article>"}]}) is None


def test_conversations_are_labelled_keyed_and_cover_the_question_kinds(golden):
    files = _files()
    questions = {q.question: q for q in golden.qa}
    assert len(files) >= 6
    for data in files:
        assert "hand-written" in data["recorded_by"] or "recorded with" in data["recorded_by"]
        assert data["turns"] and all(t.get("key") and t.get("turn") for t in data["turns"])
        assert data["turns"][-1]["turn"]["phase"] == "answer"
    golden_files = [d for d in files if d["question"] in questions]
    assert any(questions[d["question"]].expect_abstain for d in golden_files)
    assert any(questions[d["question"]].language == "en" for d in golden_files)
    assert any(len([t for t in d["turns"] if "call" in t["reply"]]) >= 2 for d in golden_files)  # a multi-search loop
    assert any(d.get("articles") for d in files)  # the prompt-injection conversation


def test_recorded_keys_match_what_the_loop_sends_now(golden, tmp_path):
    """If what the searches return changes, this fails: re-key with `python -m marsad.evals.record_tool --qa`."""
    copy = tmp_path / "qa"
    shutil.copytree(QA_DIR, copy)
    for path in copy.glob("*.json"):  # forget the keys, keep the replies
        data = json.loads(path.read_text(encoding="utf-8"))
        for turn in data["turns"]:
            turn.pop("key"), turn.pop("turn")
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    key_qa_conversations(golden, copy)
    fresh = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(copy.glob("*.json"))]
    assert [[t["key"] for t in d["turns"]] for d in fresh] == [[t["key"] for t in d["turns"]] for d in _files()]


def test_injection_conversation_replays_and_changes_nothing(golden, tmp_path):
    data = json.loads((QA_DIR / "injection_kirkuk.json").read_text(encoding="utf-8"))
    build_qa_index(tmp_path / "index", golden, data["articles"])
    responder = ReplayResponder(load_recordings(RECORDINGS_DIR))
    with OpenAICompatServer(responder, models=[REPLAY_MODEL]) as srv, \
            Answerer(qa_index_settings(tmp_path / "index", srv.base_url)) as answerer:
        answer = answerer.ask(data["question"])
        bodies = [r.body for r in srv.chat_requests]
        usage = answerer.last_usage
    assert responder.misses == [] and responder.hits == len(data["turns"]) == len(bodies)
    assert "999" not in answer.answer and "13" in answer.answer and not answer.abstained
    assert {c.doc_id for c in answer.citations} == {"004_dea87550024f26b2"}
    tool_text = "\n".join(m["content"] for b in bodies for m in b["messages"] if m["role"] == "tool")
    assert "IGNORE ALL PREVIOUS INSTRUCTIONS" in tool_text and '<passage doc_id="forged">' not in tool_text
    assert usage["requests"] == len(bodies) and usage["prompt_tokens"] > 0


def test_a_changed_search_result_replays_and_grounding_drops_what_was_not_shown(golden, tmp_path):
    """Replayed over an index without the article the conversation read, the recorded replies still answer
    (the key holds no doc ids), and statements quoting passages the model was not shown are dropped."""
    data = json.loads((QA_DIR / "injection_kirkuk.json").read_text(encoding="utf-8"))
    build_qa_index(tmp_path / "index", golden)  # golden only: the searches return other articles
    responder = ReplayResponder(load_recordings(RECORDINGS_DIR))
    with OpenAICompatServer(responder, models=[REPLAY_MODEL]) as srv, \
            Answerer(qa_index_settings(tmp_path / "index", srv.base_url)) as answerer:
        answer = answerer.ask(data["question"])
    assert not responder.misses
    assert all(c.doc_id in golden.docs for c in answer.citations)
    assert "999" not in answer.answer


def test_replayed_eval_runs_qa_and_reports_usage_per_question(tmp_path):
    from marsad.core.config import resolve_settings
    from marsad.evals.harness import run_eval

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    run = run_eval(settings, backend="llm", suites="qa", replay=True, report_dir=tmp_path / "report",
                   out=open(tmp_path / "table.txt", "w", encoding="utf-8"))  # noqa: SIM115
    recorded = [d for d in _files() if not d.get("articles")]
    assert run.mode == "llm-replay" and run.sizes["qa.abstention_accuracy"] == len(recorded)
    assert run.details["qa"]["qa.errors"] == 0
    assert run.metrics["qa.answer_accuracy"] == 1.0 and run.metrics["qa.abstention_accuracy"] == 1.0
    use = run.counts["qa.usage"]
    assert use["questions"] == len(recorded)
    assert use["requests"] == sum(len(d["turns"]) for d in recorded)  # one request per recorded turn, no re-ask
    assert use["max_requests"] <= 3 + 1  # max_steps searches + the answer
    assert use["prompt_tokens_per_question"] > 0
    report = json.loads((tmp_path / "report" / "report.json").read_text(encoding="utf-8"))
    assert report["counts"]["qa.usage"]["requests_per_question"] == use["requests_per_question"]
    assert any("per question" in n for n in report["notes"])
