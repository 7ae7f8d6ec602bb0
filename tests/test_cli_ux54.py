"""Pass 54: the faults a demanding user hit in pass 53 (F5, F6, F8, F9, F10, F12), driven through `marsad` itself.

Each test fails on the code before its fix: a limit message in bytes-as-characters naming a field, bytes that
are not text accepted as a document, marsad's own outputs read as failed articles, every failure printed twice,
no report after a stopped run, a missing --baseline as a failure (1) instead of a usage error (2).
"""

from __future__ import annotations

import codecs
import json
import signal
from pathlib import Path

import pytest

_TEXT = ("أعلنت قيادة العمليات المشتركة تشكيل غرفة عمليات في كركوك لملاحقة الخلايا المسلحة. "
         "وقالت الشرطة إن عبوة ناسفة انفجرت قرب سوق في بعقوبة.")


def _jsonl(path: Path, n: int, text: str = _TEXT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"d{i}", "title": f"خبر {i}", "date": "2018-03-01", "text": f"{text} ({i})"},
                                ensure_ascii=False) + "\n")
    return path


# ---------------------------------------------------------------- F5: the limit message
def test_a_too_big_text_file_says_bytes_and_names_the_setting_to_raise(cli, tmp_path):
    big = tmp_path / "in" / "big.txt"
    big.parent.mkdir()
    big.write_text("كلمة " * 1000, encoding="utf-8")  # 9,000 bytes, 5,000 characters
    res = cli("ingest", str(big.parent), "--no-progress", "--max-record-chars", "1000")
    assert res.returncode == 1, res.stderr
    assert "file is 9,000 bytes, so its text is over the limit of 1,000 characters" in res.stderr, res.stderr
    assert "--max-record-chars / MARSAD_MAX_RECORD_CHARS" in res.stderr and "(max_record_chars)" not in res.stderr
    assert "Fix: raise --max-record-chars" in res.stderr  # the loader's hint reaches the user (it was dropped)


def test_long_records_print_the_fix_line_once_in_ingest_and_extract(cli, tmp_path):
    src = _jsonl(tmp_path / "in" / "a.jsonl", 3, text="نص " * 400)
    for command in (("ingest", str(src)), ("extract", str(src), "--out", str(tmp_path / "o.jsonl"))):
        res = cli(*command, "--no-progress", "--max-record-chars", "100", env={"MARSAD_BACKEND": "offline"})
        assert res.returncode == 1, res.stderr
        assert res.stderr.count("characters, over the limit of 100 characters (--max-record-chars") == 3, res.stderr
        assert res.stderr.count("Fix: raise --max-record-chars") == 1, res.stderr
    entry = json.loads((tmp_path / "o.errors.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert entry["fix"].startswith("raise --max-record-chars")


# ---------------------------------------------------------------- F6: bytes that are not text
@pytest.mark.parametrize(("data", "reason"), [
    # small integers stored as 16-bit words after bytes FF FE: control characters once decoded as UTF-16
    (b"\xff\xfe" + b"".join(i.to_bytes(2, "little") for i in range(1, 32)) * 8, "does not read as UTF-16 text"),
    (("خبر عاجل " * 2000).encode("utf-8") + bytes(range(256)) * 20, "is a binary file"),  # a binary tail past 8 KB
    ("أعلنت الشرطة اليوم مقتل مسلحين".encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
])
def test_bytes_that_are_not_text_are_reported_not_read(cli, tmp_path, data, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    res = cli("ingest", str(bad), "--no-progress")
    assert res.returncode == 1, res.stdout + res.stderr
    assert reason in res.stderr and "0 added" in res.stdout


def test_utf16_with_a_bom_is_read_as_text(cli, tmp_path):
    good = tmp_path / "good.txt"
    good.write_bytes(codecs.BOM_UTF16_LE + _TEXT.encode("utf-16-le"))
    res = cli("ingest", str(good), "--no-progress")
    assert res.returncode == 0 and "1 added" in res.stdout, res.stderr
    res = cli("search", "كركوك", "-k", "1", "--json")
    assert json.loads(res.stdout)[0]["doc_id"] == "good"


# ---------------------------------------------------------------- F8: marsad's own outputs in a directory
def test_ingest_of_a_directory_holding_extract_outputs_leaves_them_out_with_one_line(cli, tmp_path):
    src = _jsonl(tmp_path / "data" / "articles.jsonl", 4)
    out = tmp_path / "data" / "out" / "x.jsonl"
    res = cli("extract", str(src), "--out", str(out), "--format", "csv", "--no-progress", "--backend", "offline")
    assert res.returncode == 0, res.stderr
    (out.parent / "x.jsonl.lock").write_text("123", encoding="utf-8")  # what runs before pass 56 left behind
    res = cli("ingest", str(tmp_path / "data"), "--no-progress")
    assert res.returncode == 0, res.stderr
    assert "4 added" in res.stdout and "0 failed" in res.stdout
    assert "marsad: skipped" not in res.stderr
    # jsonl lock report 4 csv
    assert res.stderr.count("left out 7 file(s) written by `marsad extract`") == 1, res.stderr
    # an extract of that directory into another --out reads the articles only, and says so
    res = cli("extract", str(tmp_path / "data"), "--out", str(tmp_path / "y.jsonl"), "--no-progress",
              "--backend", "offline")
    assert res.returncode == 0 and "marsad: skipped" not in res.stderr and "left out 7 file(s)" in res.stderr, \
        res.stderr


def test_a_records_file_named_on_its_own_is_one_error_not_one_per_line(cli, tmp_path):
    src = _jsonl(tmp_path / "articles.jsonl", 5)
    out = tmp_path / "x.jsonl"
    assert cli("extract", str(src), "--out", str(out), "--no-progress", "--backend", "offline").returncode == 0
    res = cli("ingest", str(out), "--no-progress")
    assert res.returncode == 1
    assert res.stderr.count("marsad: skipped") == 1 and "records output of a `marsad extract` run" in res.stderr, \
        res.stderr


# ---------------------------------------------------------------- F9: each failure once
def test_extract_prints_each_failure_once_and_counts_them_in_the_summary(cli, tmp_path):
    src = tmp_path / "in"
    _jsonl(src / "a.jsonl", 2)
    (src / "broken.txt").write_bytes(b"\x00\x01\x02 not text")
    res = cli("extract", str(src), "--out", str(tmp_path / "o.jsonl"), "--no-progress", "--backend", "offline")
    assert res.returncode == 4, res.stderr
    assert res.stderr.count("broken.txt") == 1, res.stderr
    summary = json.loads(res.stderr[res.stderr.index("{"):])
    assert summary["failed"] == 1 and "failures" not in summary \
        and summary["files"]["errors"].endswith("o.errors.jsonl")
    report = json.loads((tmp_path / "o.report.json").read_text(encoding="utf-8"))
    assert len(report["failures"]) == 1  # the file keeps the list


# ---------------------------------------------------------------- F10: a stopped run's report
@pytest.mark.parametrize(("stop", "code"), [(KeyboardInterrupt, 130), (lambda: _stopped(signal.SIGTERM), 143)])
def test_a_stopped_extract_writes_a_report_marked_interrupted(cli, tmp_path, monkeypatch, stop, code):
    import marsad.agent.batch as batch

    src = _jsonl(tmp_path / "a.jsonl", 6)
    out = tmp_path / "o.jsonl"
    (tmp_path / "o.report.json").write_text(json.dumps({"documents": 99, "interrupted": False}), encoding="utf-8")
    real = batch._outcomes

    def stopping(extractor, docs, workers, own_process=False):
        for i, outcome in enumerate(real(extractor, docs, 1, own_process)):
            if i == 3:
                raise stop()
            yield outcome

    monkeypatch.setattr(batch, "_outcomes", stopping)
    res = cli("extract", str(src), "--out", str(out), "--no-progress", "--backend", "offline")
    assert res.returncode == code, res.stderr
    report = json.loads((tmp_path / "o.report.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True and report["documents"] == 3 == report["extracted"]
    # the counts reach the CLI in an errors.Interrupted that keeps the signal (fixux61: an attribute set on the caught
    # exception before)
    how = "interrupted" if code == 130 else "stopped (SIGTERM)"
    assert f"marsad: {how}; 3 document(s) are in {out} (3 extracted by this run, 0 failed): finished work is kept " \
           "and a re-run resumes" in res.stderr, res.stderr
    monkeypatch.setattr(batch, "_outcomes", real)
    res = cli("extract", str(src), "--out", str(out), "--no-progress", "--backend", "offline")
    report = json.loads((tmp_path / "o.report.json").read_text(encoding="utf-8"))
    assert res.returncode == 0 and report["interrupted"] is False and report["resumed"] == 3 == report["extracted"]


def _stopped(signum):
    from marsad.cli import Stopped

    return Stopped(signum)


# ---------------------------------------------------------------- F12: a missing --baseline is a usage error
def test_eval_with_a_missing_baseline_is_a_usage_error_naming_the_flag(cli, tmp_path):
    missing = tmp_path / "missing.json"
    res = cli("eval", "--baseline", str(missing), "--suite", "extraction", "--report-dir", str(tmp_path / "r"))
    assert res.returncode == 2, res.stdout + res.stderr
    assert f"--baseline {missing}: does not exist" in res.stderr and "Traceback" not in res.stderr


# ---------------------------------------------------------------- the new user session (pass 54)
@pytest.mark.parametrize("command", [("search", ""), ("search", "   "), ("ask", ""), ("ask", " \t"),
                                     ("actors", "-n", "-2")])
def test_an_empty_query_or_a_negative_count_is_a_usage_error(cli, command):
    res = cli(*command)
    assert res.returncode == 2, res.stdout + res.stderr
    assert "is empty" in res.stderr or "must be 1 or more" in res.stderr


def test_no_hits_on_a_full_index_says_how_many_articles_were_searched(cli, tmp_path):
    src = _jsonl(tmp_path / "a.jsonl", 3)
    assert cli("ingest", str(src), "--no-progress").returncode == 0
    res = cli("search", "؟؟")  # no letter: told in English (the vectors give any worded query its nearest articles)
    assert res.returncode == 0 and "among 3 ingested article(s)" in res.stdout, res.stdout
    assert "has anything been ingested" not in res.stdout and "nothing is ingested" not in res.stdout


def test_no_hits_on_an_empty_home_says_nothing_is_ingested(cli):
    res = cli("search", "Kirkuk")
    assert res.returncode == 0 and "nothing is ingested" in res.stdout, res.stdout
    arabic = cli("search", "كركوك")  # in the query's language (pass 62)
    assert arabic.returncode == 0 and "لا مقال مفهرس في هذا المجلد" in arabic.stdout, arabic.stdout


def test_config_columns_stay_aligned_for_the_longest_setting_name(cli):
    res = cli("config")
    lines = [line for line in res.stdout.splitlines() if "MARSAD_" in line]
    assert len({line.index("MARSAD_") for line in lines}) == 1, res.stdout


def test_a_failing_llm_server_names_each_jsonl_document_once_without_library_logs(run_cli, tmp_path):
    from marsad.evals.openai_server import OpenAICompatServer, Reply

    src = _jsonl(tmp_path / "in.jsonl", 2)
    env = {"MARSAD_LLM_MODEL": "local-model", "MARSAD_LLM_API_KEY": "x", "MARSAD_LLM_MAX_RETRIES": "0",
           "MARSAD_LLM_CACHE": "0", "MARSAD_LLM_BREAKER": "0", "MARSAD_LLM_CONCURRENCY": "1"}
    with OpenAICompatServer(lambda _req: Reply.error(500, "boom")) as srv:
        res = run_cli("extract", str(src), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                      env={**env, "MARSAD_LLM_BASE_URL": srv.base_url}, timeout=240)  # a real process: real stderr
    assert res.returncode == 1, res.stderr
    assert f"skipped {src} [d0]:" in res.stderr and f"skipped {src} [d1]:" in res.stderr, res.stderr
    assert "API call failed" not in res.stderr and "Max retries exceeded" not in res.stderr, res.stderr


def test_a_finished_parallel_run_closes_its_pool_instead_of_terminating_it(cli, tmp_path, monkeypatch):
    """``with Pool`` terminated the pool at the end: a worker waiting on the task queue's lock could miss the
    SIGTERM and `marsad extract` hung after its last line (3 runs in 30 on a loaded machine)."""
    import multiprocessing.pool

    terminated = []
    real = multiprocessing.pool.Pool.terminate
    monkeypatch.setattr(multiprocessing.pool.Pool, "terminate", lambda self: (terminated.append(1), real(self)))
    src = _jsonl(tmp_path / "a.jsonl", 70)
    res = cli("extract", str(src), "--out", str(tmp_path / "o.jsonl"), "--no-progress", "--backend", "offline",
              "--workers", "2")
    assert res.returncode == 0, res.stderr
    assert json.loads((tmp_path / "o.report.json").read_text(encoding="utf-8"))["documents"] == 70
    assert not terminated
