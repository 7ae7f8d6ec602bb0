"""Pass 60 user fixes, each through the real CLI (and the local OpenAI-compatible server over HTTP)."""

from __future__ import annotations

import json

from marsad.evals.openai_server import OpenAICompatServer, Reply

TEXT = "أعلنت الشرطة في بلدة الزهور أن مسلحين هاجموا نقطة تفتيش رقم {n} وأصابوا حارسين."


def _write(path, n: int, shift: int, bad_last: bool) -> None:
    lines = [json.dumps({"id": f"d{i:02d}", "text": TEXT.format(n=i + shift)}, ensure_ascii=False) for i in range(n)]
    if bad_last:
        lines.append(json.dumps({"id": "empty", "text": ""}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _entries(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_a_bad_line_stays_listed_until_a_run_reads_its_file_to_the_end(tmp_path, cli):
    """FILE.errors.jsonl kept an unreadable line's entry (``in.jsonl:41``, no document) only while no run read its
    file again; a run stopped inside the file (the LLM circuit breaker after 5 failures, Ctrl+C) dropped it although
    it never reached the line, which still failed. Now it is dropped only by a run that read the whole file (where
    it is told again if it still fails), and a stopped run's own failures are kept beside it."""
    src, out = tmp_path / "in.jsonl", tmp_path / "o.jsonl"
    errors = tmp_path / "o.errors.jsonl"
    failing = {"on": False}

    def reply(_request):
        if failing["on"]:
            return Reply.error(500, "boom")
        return Reply.tool_call({"actors": [], "attacks": [], "joint_rooms": [], "agreements": []})

    with OpenAICompatServer(reply) as srv:
        env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "local-model", "MARSAD_LLM_API_KEY": "x",
               "MARSAD_LLM_MAX_RETRIES": "0", "MARSAD_LLM_CACHE": "0", "MARSAD_LLM_CONCURRENCY": "2"}
        run = ["extract", str(src), "--backend", "llm", "--out", str(out), "--no-progress"]
        _write(src, 40, 0, bad_last=True)
        first = cli(*run, env=env)
        assert first.returncode == 4, first.stderr
        assert [e["input"] for e in _entries(errors)] == [f"{src}:41"]

        _write(src, 40, 100, bad_last=True)  # new texts: every document is asked again
        failing["on"] = True
        stopped = cli(*run, env=env)
        assert stopped.returncode == 3 and "in a row failed" in stopped.stderr, stopped.stderr
        inputs = [e["input"] for e in _entries(errors)]
        assert f"{src}:41" in inputs  # never reached this run: still listed
        assert sum(1 for e in _entries(errors) if e["doc_id"]) == 5  # the breaker's five

        failing["on"] = False
        again = cli(*run, env=env)
        assert again.returncode == 4, again.stderr
        assert [e["input"] for e in _entries(errors)] == [f"{src}:41"]  # read to the end: told again, once

        _write(src, 40, 100, bad_last=False)  # the line mended
        mended = cli(*run, env=env)
        assert mended.returncode == 0, mended.stderr
        assert not errors.exists()
