"""pass 55 (ux55): faults an analyst met running Marsad on slice news.

- `marsad config` named each setting's variable but not where its value came from: under ``--llm-timeout 5``
  or a fall-back ``OPENAI_BASE_URL`` the line read as if MARSAD_LLM_TIMEOUT / MARSAD_LLM_BASE_URL had set it.
- An LLM server's HTTP error was shown as the client library's dump ("Error code: 500 - {'error': {...}}"), and a
  reply failing validation as "1 validation error for LLMAnswer" (no field, no reason).
- An LLM reply whose every record was unreadable was a silent success (exit 0) whose empty records then replaced
  the rules' records in the archive.
- The fake OpenAI server sent two Content-Type headers when a reply scripted one (clients read the default).
"""

from __future__ import annotations

import json
import urllib.request

import pytest

from marsad.evals.openai_server import OpenAICompatServer, Reply

LLM_ENV = {"MARSAD_LLM_MODEL": "local-model", "MARSAD_LLM_API_KEY": "x", "MARSAD_LLM_MAX_RETRIES": "0",
           "MARSAD_LLM_REASKS": "0", "MARSAD_LLM_CACHE": "0", "MARSAD_LLM_BREAKER": "0",
           "MARSAD_LLM_CONCURRENCY": "1"}


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _line(stdout: str, key: str) -> str:
    return next(line for line in stdout.splitlines() if line.split(" ", 1)[0] == key)


def test_config_says_where_each_value_comes_from(cli):
    res = cli("config", "--llm-timeout", "5", env={"OPENAI_BASE_URL": "http://llm.example:8000/v1",
                                                    "MARSAD_LLM_MODEL": "m"})
    assert res.returncode == 0, res.stderr
    assert _line(res.stdout, "llm_timeout").endswith("MARSAD_LLM_TIMEOUT         flag --llm-timeout"), res.stdout
    assert _line(res.stdout, "llm_base_url").endswith("env OPENAI_BASE_URL"), res.stdout  # the fall-back, named
    assert _line(res.stdout, "llm_model").endswith(" env"), res.stdout
    assert _line(res.stdout, "collection").endswith(" default"), res.stdout
    sources = json.loads(cli("config", "--json", "--llm-timeout", "5").stdout)["sources"]
    assert sources["llm_timeout"] == "flag --llm-timeout" and sources["home"] == "env MARSAD_HOME", sources
    assert sources["llm_model"] == "default", sources


@pytest.mark.parametrize("reply, said, not_said", [
    (Reply.error(500, "upstream model crashed"), "the LLM server answered HTTP 500: upstream model crashed",
     "Error code: 500"),
    (Reply.tool_call('{"attacks": '), "Invalid JSON", "1 validation error for"),
])
def test_an_llm_failure_says_what_the_server_or_the_validator_said(cli, tmp_path, reply, said, not_said):
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "d1", "text": "قتل 3 جنود في هجوم على حاجز في كركوك."}])
    with OpenAICompatServer(lambda _req: reply) as srv:
        res = cli("extract", str(src), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                  env={**LLM_ENV, "MARSAD_LLM_BASE_URL": srv.base_url})
    assert res.returncode == 1, res.stderr
    assert f"skipped {src} [d1]: " in res.stderr and said in res.stderr, res.stderr
    assert not_said not in res.stderr, res.stderr
    errors = (tmp_path / "o.errors.jsonl").read_text(encoding="utf-8")
    assert said in errors and not_said not in errors, errors


def test_an_llm_failure_switch_off_gives_the_librarys_first_line(monkeypatch):
    import openai

    import marsad.agent.llm.retry as retry

    exc = openai.InternalServerError("Error code: 500 - {'error': ...}", response=_response(500),
                                     body={"error": {"message": "upstream model crashed"}})
    assert retry._first_line(exc) == "upstream model crashed"
    monkeypatch.setattr(retry, "SAY_WHAT_FAILED", False)
    assert retry._first_line(exc).startswith("Error code: 500")


def _response(status: int):
    import httpx

    return httpx.Response(status, request=httpx.Request("POST", "http://127.0.0.1/v1/chat/completions"))


def test_fake_server_sends_the_scripted_content_type_only():
    reply = Reply(body="<html>sign in</html>", headers={"Content-Type": "text/html"})
    with OpenAICompatServer(lambda _req: reply) as srv:
        req = urllib.request.Request(srv.base_url + "/chat/completions", data=b"{}", method="POST",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 (a local test server)
            assert resp.headers.get_all("Content-Type") == ["text/html"]


def test_a_reply_with_no_readable_record_fails_its_document_and_keeps_the_rules_records(cli, tmp_path):
    """The model sent records none of which could be read: the run exited 0 naming nothing, stored an empty LLM
    record set, and that empty set replaced the rules' attack in `marsad events` (the archive prefers the LLM's)."""
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "d1", "date": "2015-06-02",
                                          "text": "قتل ثلاثة جنود في هجوم انتحاري على حاجز للجيش في كركوك يوم الاثنين."}])
    assert cli("ingest", str(src)).returncode == 0
    before = json.loads(cli("events", "--json", "--no-progress").stdout)
    assert len(before) == 1, before
    reply = Reply.tool_call({"attacks": [{"killed": "many", "citations": "x"}]})
    with OpenAICompatServer(lambda _req: reply) as srv:
        res = cli("extract", "--all", "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                  env={**LLM_ENV, "MARSAD_LLM_BASE_URL": srv.base_url})
    assert res.returncode == 1, res.stderr
    assert "[d1]: the model's reply held 1 record(s) and none could be read" in res.stderr, res.stderr
    assert "MARSAD_LLM_MODE=json" in res.stderr, res.stderr
    after = json.loads(cli("events", "--json", "--no-progress").stdout)
    assert [e["event_id"] for e in after] == [e["event_id"] for e in before], after


def test_nothing_readable_switch(monkeypatch):
    import marsad.agent.llm.extractor as extractor
    from marsad.agent.grounding import GroundingStats

    stats = GroundingStats()
    stats.unreadable_records = 2
    assert "none could be read" in extractor._nothing_readable(stats, {"attacks": []}).message
    assert extractor._nothing_readable(stats, {"attacks": [object()]}) is None  # some records read: kept
    monkeypatch.setattr(extractor, "FAIL_WHEN_NOTHING_READABLE", False)
    assert extractor._nothing_readable(stats, {"attacks": []}) is None


def test_ask_dash_reads_one_question_per_line_from_standard_input(cli, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "d1", "date": "2015-06-02", "title": "هجوم على حاجز في كركوك",
                                          "text": "قتل ثلاثة جنود في هجوم انتحاري على حاجز للجيش في كركوك يوم الاثنين."}])
    assert cli("ingest", str(src)).returncode == 0
    questions = "كم جنديا قتل في هجوم كركوك؟\n\nHow many soldiers were killed in Kirkuk?\n"
    res = cli("ask", "-", input=questions)
    assert res.returncode == 0, res.stderr
    assert "## كم جنديا قتل في هجوم كركوك؟" in res.stdout and "## How many soldiers were killed in Kirkuk?" in res.stdout
    lines = cli("ask", "-", "--json", input=questions).stdout.splitlines()
    assert [json.loads(line)["question"] for line in lines] == ["كم جنديا قتل في هجوم كركوك؟",
                                                                 "How many soldiers were killed in Kirkuk?"]
    assert all("answer" in json.loads(line) for line in lines)
    empty = cli("ask", "-", input="\n")
    assert empty.returncode == 2 and "no question on standard input" in empty.stderr, empty.stderr
