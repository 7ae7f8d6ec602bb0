"""Pass 59 (ux59): the LLM path's faults as a user meets them, through the real CLI over real HTTP.

Each test scripts one fault of the local OpenAI-compatible server and reads what `marsad extract` / `marsad ask`
tell: the Fix line names the setting at fault, and nothing is lost.
"""

from __future__ import annotations

import json

from marsad.evals.openai_server import OpenAICompatServer, Reply

ARTICLES = [
    {"id": "u59-1", "title": "انفجار في بلدة وهمية", "date": "2021-03-04",
     "text": "انفجرت عبوة ناسفة قرب سوق بلدة الزهور الوهمية صباح الأحد. وقالت الشرطة المحلية إن ثلاثة أشخاص أصيبوا."},
    {"id": "u59-2", "title": "اشتباك على طريق جبلي", "date": "2021-03-05",
     "text": "اشتبكت دورية حدودية مع مهربين على طريق جبلي قرب قرية النخيل المتخيلة. ولم تسجل أي إصابات بين العناصر."},
]


def _jsonl(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    return path


def _quoting(request: dict) -> Reply:
    """A valid reply: an actor quoted from the article's first words."""
    user = next(m["content"] for m in reversed(request["messages"]) if m["role"] == "user")
    text = next(a["text"] for a in ARTICLES if a["text"][:30] in user)
    return Reply.tool_call({"actors": [{"q": [text[:24]], "name": text[:10], "type": "other"}],
                            "attacks": [], "rooms": [], "agreements": []})


def _env(srv, home, model="local-model"):
    return {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": model, "MARSAD_LLM_API_KEY": "k",
            "MARSAD_HOME": str(home)}


def test_wrong_model_name_lists_the_models_the_server_serves(cli, tmp_path):
    def responder(request):
        if request.get("model") != "qwen-7b":
            return Reply.error(404, f"The model `{request.get('model')}` does not exist.")
        return _quoting(request)

    with OpenAICompatServer(responder, models=["qwen-7b", "llama-3"]) as srv:
        # in this process (the cli fixture): a real `marsad extract --backend llm` meets a refusing server in
        # test_cli_ux54 and test_cli_uxb54, and this file's bad-key case keeps the real `marsad ask --backend llm`
        proc = cli("extract", str(_jsonl(tmp_path)), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"),
                   "--no-progress", env=_env(srv, tmp_path / "h", model="qwen7b"))
        assert proc.returncode == 1, proc.stderr
        assert "HTTP 404" in proc.stderr
        assert "serves: qwen-7b, llama-3; set --llm-model / MARSAD_LLM_MODEL" in proc.stderr
        assert "Traceback" not in proc.stderr


def test_bad_key_names_the_flag_and_the_variable(run_cli, tmp_path):
    with OpenAICompatServer([Reply.error(401, "Unauthorized")] * 4) as srv:
        proc = run_cli("ask", "ما الذي حدث؟", "--backend", "llm", "--llm-max-retries", "0",
                       env=_env(srv, tmp_path / "h"))
    assert proc.returncode != 0
    assert "HTTP 401" in proc.stderr and "--llm-api-key / MARSAD_LLM_API_KEY" in proc.stderr


def test_server_without_tool_calling_says_use_a_json_mode(cli, tmp_path):
    def refusing(request):
        if request.get("tools"):
            return Reply.error(400, '"auto" tool choice requires --enable-auto-tool-choice to be set')
        return _quoting(request)

    with OpenAICompatServer(refusing) as srv:
        out = tmp_path / "o.jsonl"
        proc = cli("extract", str(_jsonl(tmp_path)), "--backend", "llm", "--llm-mode", "tools", "--out", str(out),
                   "--no-progress", env=_env(srv, tmp_path / "h"))
    assert proc.returncode == 1, proc.stderr
    # the Fix line is the mode, once, not "retry later" (a 400 is not the server failing)
    assert proc.stderr.count("Fix: the server does not do tool calling: use --llm-mode json_schema") == 1
    assert "retry later" not in proc.stderr
    errors = [json.loads(line) for line in out.with_name("o.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(errors) == 2 and all("--llm-mode json_schema" in e["fix"] for e in errors)


def test_timeout_fix_line_is_told_and_a_rerun_leaves_no_stale_errors(cli, tmp_path):
    """A document that timed out is named with its Fix line; after the server recovers, a re-run extracts it and
    FILE.errors.jsonl no longer lists it (the report's count and the file agree)."""
    hanging = {"on": True}

    def responder(request):
        return Reply.hang(5) if hanging["on"] else _quoting(request)

    with OpenAICompatServer(responder) as srv:
        out = tmp_path / "o.jsonl"
        args = ("extract", str(_jsonl(tmp_path)), "--backend", "llm", "--out", str(out), "--no-progress",
                "--llm-max-retries", "0")
        first = cli(*args, "--llm-timeout", "0.5", env=_env(srv, tmp_path / "h"))
        assert first.returncode == 1, first.stderr
        assert first.stderr.count("Fix: raise MARSAD_LLM_TIMEOUT") == 1
        errors_file = out.with_name("o.errors.jsonl")
        assert len(errors_file.read_text(encoding="utf-8").splitlines()) == 2
        hanging["on"] = False
        # the server answers again: the re-run's time-out is one a real reply meets on a loaded machine (a reply
        # had to come within the 0.5 s that made the first run's documents time out)
        second = cli(*args, "--llm-timeout", "60", env=_env(srv, tmp_path / "h"))
    assert second.returncode == 0, second.stderr
    report = json.loads(out.with_name("o.report.json").read_text(encoding="utf-8"))
    assert report["failed"] == 0 and report["extracted"] == 2
    assert not errors_file.exists()


def test_reply_whose_lists_are_never_lists_fails_the_document_and_a_rerun_asks_again(cli, tmp_path):
    """`"attacks": "many"` after every re-ask: the document fails (named, in FILE.errors.jsonl) instead of being
    written with no records, which a re-run would have resumed as done."""
    broken = {"on": True}

    def responder(request):
        if broken["on"]:
            return Reply.tool_call({"actors": "several", "attacks": "many"})
        return _quoting(request)

    with OpenAICompatServer(responder) as srv:
        out = tmp_path / "o.jsonl"
        args = ("extract", str(_jsonl(tmp_path)), "--backend", "llm", "--out", str(out), "--no-progress",
                "--llm-reasks", "1")
        first = cli(*args, env=_env(srv, tmp_path / "h"))
        assert first.returncode == 1, first.stderr
        assert "none could be read" in first.stderr
        assert out.read_text(encoding="utf-8") == ""
        broken["on"] = False
        second = cli(*args, env=_env(srv, tmp_path / "h"))
    assert second.returncode == 0, second.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and all(len(r["actors"]) == 1 for r in rows)


def test_validation_failure_counts_every_attempt(cli, tmp_path):
    with OpenAICompatServer(lambda r: Reply.tool_call("{not json")) as srv:
        proc = cli("extract", str(_jsonl(tmp_path)), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"),
                   "--no-progress", "--llm-reasks", "2", env=_env(srv, tmp_path / "h"))
    assert proc.returncode == 1
    assert "failed validation 3 time(s)" in proc.stderr and "(after 3 attempt(s))" in proc.stderr


def _one_article(tmp_path, name="a.jsonl", doc_id="u59-emb", text=None):
    path = tmp_path / name
    row = dict(ARTICLES[0], id=doc_id, text=text or ARTICLES[0]["text"])
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_embedding_server_with_another_dimension_is_told_not_a_traceback(cli, tmp_path, monkeypatch):
    """The index was built with 64-dimensional vectors; the same model name now returns 128: search and ingest
    say so, name the setting, and write nothing."""
    import marsad.evals.openai_server as server_module

    original = server_module._embeddings
    with OpenAICompatServer() as srv:
        env = {"MARSAD_EMBED_BACKEND": "openai", "MARSAD_EMBED_BASE_URL": srv.base_url, "MARSAD_LLM_API_KEY": "k",
               "MARSAD_HOME": str(tmp_path / "h"), "MARSAD_LLM_MAX_RETRIES": "0"}
        assert cli("ingest", str(_jsonl(tmp_path)), "--no-progress", env=env).returncode == 0
        monkeypatch.setattr(server_module, "_embeddings", lambda request: original(dict(request, dimensions=128)))
        search = cli("search", "عبوة ناسفة", "-k", "40", env=env)
        ingest = cli("ingest", str(_one_article(tmp_path)), "--no-progress", env=env)
    for proc in (search, ingest):
        assert proc.returncode != 0 and "Traceback" not in proc.stderr
        assert "returned 128-dimensional vectors" in proc.stderr and "holds 64-dimensional ones" in proc.stderr
        assert "--embed-base-url / MARSAD_EMBED_BASE_URL" in proc.stderr
    assert "nothing was written" in ingest.stderr


def test_collection_built_with_another_embedding_names_the_flags_it_was_built_with(cli, tmp_path):
    with OpenAICompatServer() as srv:
        env = {"MARSAD_EMBED_BASE_URL": srv.base_url, "MARSAD_LLM_API_KEY": "k", "MARSAD_HOME": str(tmp_path / "h")}
        built = cli("ingest", str(_jsonl(tmp_path)), "--no-progress", "--embed-backend", "openai",
                    "--embed-model", "emb-a", env=env)
        assert built.returncode == 0, built.stderr
        asked = cli("search", "عبوة ناسفة", "-k", "40", env=env)  # the default, hash: not what it was built with
    assert asked.returncode != 0 and "Traceback" not in asked.stderr
    assert "--embed-backend openai --embed-model emb-a" in asked.stderr


def _no_batch_api(request: dict) -> Reply:
    return _quoting(request)


def test_batch_api_against_a_server_without_one_says_run_without_it(cli, tmp_path):
    """vLLM, Ollama and llama.cpp serve no /v1/files: --batch-api is told to be dropped, not the model name."""
    import marsad.evals.openai_server as server_module

    class NoFiles(server_module._Handler):
        def do_POST(self):  # noqa: N802
            if "/files" in self.path or "/batches" in self.path:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self._send(404, {"detail": "Not Found"})
                return
            super().do_POST()

    srv = OpenAICompatServer(_no_batch_api)
    srv.start()
    try:
        srv._httpd.RequestHandlerClass = NoFiles
        proc = cli("extract", str(_jsonl(tmp_path)), "--backend", "llm", "--batch-api", "--out",
                   str(tmp_path / "o.jsonl"), "--no-progress", env=_env(srv, tmp_path / "h"))
    finally:
        srv.stop()
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "HTTP 404: Not Found" in proc.stderr
    assert "no Batch API" in proc.stderr and "without --batch-api" in proc.stderr


def test_batch_api_reports_the_tokens_its_replies_billed(cli, tmp_path):
    def billed(request):
        reply = _quoting(request)
        reply.body["usage"] = {"prompt_tokens": 1000, "completion_tokens": 50, "total_tokens": 1050}
        return reply

    with OpenAICompatServer(billed) as srv:
        proc = cli("extract", str(_jsonl(tmp_path)), "--backend", "llm", "--batch-api", "--batch-poll", "0.1",
                   "--out", str(tmp_path / "o.jsonl"), "--no-progress", env=_env(srv, tmp_path / "h"))
    assert proc.returncode == 0, proc.stderr
    line = json.loads(next(x for x in proc.stderr.splitlines() if x.startswith('{"batch_api"')))
    batch = line["batch_api"]["batches"][0]
    assert batch["cached"] == 2 and batch["prompt_tokens"] == 2000 and batch["completion_tokens"] == 100


def test_a_run_the_breaker_stopped_says_so_in_its_report(cli, tmp_path):
    articles = tmp_path / "many.jsonl"
    rows = [dict(ARTICLES[0], id=f"u59-b{i}", text=ARTICLES[0]["text"] + f" الرقم {i}.") for i in range(6)]
    articles.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "o.jsonl"
    with OpenAICompatServer(lambda r: Reply.error(500, "down for maintenance")) as srv:
        proc = cli("extract", str(articles), "--backend", "llm", "--out", str(out), "--no-progress",
                   "--llm-max-retries", "0", "--llm-breaker", "2", "--llm-concurrency", "1",
                   env=_env(srv, tmp_path / "h"))
    assert proc.returncode == 3, proc.stderr
    report = json.loads(out.with_name("o.report.json").read_text(encoding="utf-8"))
    assert "--llm-breaker 2 / MARSAD_LLM_BREAKER=2" in report["stopped"] and "a re-run resumes" in report["stopped"]
    assert report["stopped"][1:60] in proc.stderr  # one sentence: the report and the error say the same
    assert report["failed"] < 6


def test_ask_against_a_server_without_tool_calling_names_a_mode_that_works(cli, tmp_path):
    """`marsad ask` in tools mode: the Fix line's json_schema answers, and so does auto (fix59c, U4)."""
    def refusing(request):
        if request.get("tools"):
            return Reply.error(400, "this model does not support tools")
        return Reply.content(json.dumps({"statements": [], "abstained": True}))

    with OpenAICompatServer(refusing) as srv:
        env = _env(srv, tmp_path / "h")
        assert cli("ingest", str(_jsonl(tmp_path)), "--no-progress", env=env).returncode == 0
        failed = cli("ask", "ما الذي انفجر قرب السوق؟", "--backend", "llm", "--llm-mode", "tools", env=env)
        assert failed.returncode == 1 and "use --llm-mode json_schema" in failed.stderr
        answered = cli("ask", "ما الذي انفجر قرب السوق؟", "--backend", "llm", "--llm-mode", "json_schema", "--json",
                       env=env)
        auto = cli("ask", "ما الذي انفجر قرب السوق؟", "--backend", "llm", "--llm-mode", "auto", "--json", env=env)
        last = srv.chat_requests[-1].body
    assert answered.returncode == 0, answered.stderr
    assert json.loads(answered.stdout)["backend"] == "llm"
    # auto: the tools request is refused, the answer is asked again as json_schema (it sent tools only, and failed)
    assert auto.returncode == 0, auto.stderr
    assert json.loads(auto.stdout)["backend"] == "llm"
    assert not last.get("tools") and last.get("response_format", {}).get("type") == "json_schema"


def test_lists_written_as_nothing_are_empty_lists_not_unreadable():
    """fix59c (U0): "none", "", "N/A", "[]", "لا يوجد" are a model's empty list; "many" is not a list at all."""
    from marsad.agent.llm.response_models import ExtractRecords, means_nothing

    for nothing in ("", "none", "None", "null", "N/A", "[]", "لا يوجد", "لا شيء.", " nothing "):
        assert means_nothing(nothing), nothing
        reply = ExtractRecords.model_validate({"actors": nothing, "attacks": [], "rooms": nothing})
        assert reply.unreadable == {} and reply.actors == [] and reply.rooms == []
    for something in ("many", "ثلاثة", "none of them were hurt", 3, None, []):
        assert not means_nothing(something), something
    assert ExtractRecords.model_validate({"attacks": "many"}).unreadable == {"attacks": "many"}


def test_an_article_with_no_incident_answered_with_none_is_written_with_no_records(cli, tmp_path):
    """fix59c (U0): a small model answers "none" / "لا يوجد" for an article with nothing to extract: the document is
    written with no records (exit 0, no errors file, no re-ask), not failed as unreadable."""
    asked = []

    def nothing(request):
        asked.append(1)
        return Reply.tool_call({"actors": "none", "attacks": "لا يوجد", "rooms": "", "agreements": "N/A"})

    with OpenAICompatServer(nothing) as srv:
        out = tmp_path / "o.jsonl"
        proc = cli("extract", str(_jsonl(tmp_path)), "--backend", "llm", "--out", str(out), "--no-progress",
                   "--llm-reasks", "2", env=_env(srv, tmp_path / "h"))
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and all(not r["actors"] and not r["attacks"] for r in rows)
    assert not out.with_name("o.errors.jsonl").exists()
    assert len(asked) == 2  # one request a document: nothing was asked again


def test_earlier_failures_a_run_did_not_retry_stay_in_the_errors_file(cli, tmp_path):
    """fix59c (U1): a run over other inputs into the same --out keeps the earlier run's failures listed (it never
    asked them again); a run that extracts them drops them."""
    other = tmp_path / "other.jsonl"
    row = dict(ARTICLES[0], id="u59-other", text="سقطت قذيفة على مخزن فارغ في ضاحية المنارة المتخيلة دون إصابات.")
    other.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    with OpenAICompatServer(lambda request: Reply.error(500, "overloaded")) as srv:
        out = tmp_path / "o.jsonl"
        common = ("--backend", "llm", "--out", str(out), "--no-progress", "--llm-max-retries", "0")
        first = cli("extract", str(_jsonl(tmp_path)), *common, env=_env(srv, tmp_path / "h"))
        assert first.returncode == 1, first.stderr
        errors_file = out.with_name("o.errors.jsonl")

        def listed():
            return sorted(json.loads(x)["doc_id"] for x in errors_file.read_text(encoding="utf-8").splitlines())

        assert listed() == ["u59-1", "u59-2"]
        row_text = row["text"]

        def other_only(request):  # the other article answers; the first two would fail again if asked
            user = next(m["content"] for m in reversed(request["messages"]) if m["role"] == "user")
            if row_text[:20] in user:
                return Reply.tool_call({"actors": [{"q": [row_text[:20]], "name": row_text[:9], "type": "other"}],
                                        "attacks": [], "rooms": [], "agreements": []})
            return Reply.error(500, "overloaded")

        srv.responder = other_only
        second = cli("extract", str(other), *common, env=_env(srv, tmp_path / "h"))
        assert second.returncode == 0, second.stderr
        assert listed() == ["u59-1", "u59-2"]  # not asked by this run: still listed
        report = json.loads(out.with_name("o.report.json").read_text(encoding="utf-8"))
        assert report["failed"] == 0 and report["earlier_failures"] == 2
        srv.responder = _quoting
        third = cli("extract", str(_jsonl(tmp_path)), *common, env=_env(srv, tmp_path / "h"))
    assert third.returncode == 0, third.stderr
    assert not errors_file.exists()


def test_validation_failure_counts_the_failed_windows_own_attempts(cli, tmp_path):
    """fix59c (U2): a document of two windows whose replies never parse, with one re-ask: each window failed
    validation twice; the document's other window's re-asks are not added to the count."""
    long_text = " ".join(f"سجلت دورية وهمية الحادث رقم {i} قرب بلدة الزهور المتخيلة." for i in range(260))
    assert len(long_text) > 9000  # two windows of the default 8000 characters
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps(dict(ARTICLES[0], id="u59-long", text=long_text), ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with OpenAICompatServer(lambda r: Reply.tool_call("{not json")) as srv:
        proc = cli("extract", str(path), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"),
                   "--no-progress", "--llm-reasks", "1", env=_env(srv, tmp_path / "h"))
        asked = len(srv.chat_requests)
    assert proc.returncode == 1
    assert asked == 4  # two windows, two attempts each
    assert "failed validation 2 time(s)" in proc.stderr, proc.stderr
