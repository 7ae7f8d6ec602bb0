"""pass 54 (uxb54): ux54's user faults U12 (a 200 reply outside the protocol), U13 (`marsad ui` and SIGTERM)
and the worker signal policy of a stopped run. Each test drives the real code path."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from processes import default_sigint, marsad_cmd

from marsad.evals.openai_server import OpenAICompatServer, Reply

REPO = Path(__file__).resolve().parents[1]

LLM_ENV = {"MARSAD_LLM_MODEL": "local-model", "MARSAD_LLM_API_KEY": "x", "MARSAD_LLM_MAX_RETRIES": "2",
           "MARSAD_LLM_CACHE": "0", "MARSAD_LLM_BREAKER": "0", "MARSAD_LLM_CONCURRENCY": "1"}


def _jsonl(path, n):
    path.write_text("\n".join(json.dumps({"id": f"d{i}", "text": f"قتل {i + 2} جنود في هجوم على حاجز في كركوك."},
                                         ensure_ascii=False) for i in range(n)) + "\n", encoding="utf-8")
    return path


#: The two replies outside the protocol, and what the error says of each: a web page (a login wall at the URL), and
#: JSON that is not a chat completion. One run asks both: each document meets one of them.
_OUTSIDE = [
    (Reply(body="<html><title>Sign in</title></html>", headers={"Content-Type": "text/html"}), "the body is not JSON"),
    (Reply(body={"status": "ok"}), "the body is JSON without a 'choices' list"),
]


def test_a_200_reply_outside_the_protocol_is_the_servers_fault_and_is_not_retried(run_cli, tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", len(_OUTSIDE))  # document d{i} reads "قتل {i + 2} ..." and meets _OUTSIDE[i]

    def reply(request: dict) -> Reply:
        asked = json.dumps(request.get("messages"), ensure_ascii=False)
        return next(r for i, (r, _) in enumerate(_OUTSIDE) if f"قتل {i + 2} " in asked)

    with OpenAICompatServer(reply) as srv:
        res = run_cli("extract", str(src), "--backend", "llm", "--out", str(tmp_path / "o.jsonl"), "--no-progress",
                      env={**LLM_ENV, "MARSAD_LLM_BASE_URL": srv.base_url}, timeout=240)
        asked, url = len(srv.chat_requests), srv.base_url
    assert res.returncode == 1, res.stderr
    for _, said in _OUTSIDE:
        assert (f"the LLM server at {url} (MARSAD_LLM_BASE_URL) answered HTTP 200 to /chat/completions, "
                f"but {said}") in res.stderr, res.stderr
    assert "failed validation" not in res.stderr and "No choices" not in res.stderr, res.stderr
    assert asked == len(_OUTSIDE), asked  # one request per document: the policy retries neither protocol fault
    errors = {e["doc_id"]: e["error"] for e in map(json.loads, (tmp_path / "o.errors.jsonl").read_text(
        encoding="utf-8").splitlines())}
    assert len(errors) == len(_OUTSIDE), errors
    for i, (_, said) in enumerate(_OUTSIDE):
        assert said in errors[f"d{i}"], errors


@pytest.mark.parametrize("signum, status, said", [(signal.SIGTERM, 143, "stopped (SIGTERM)"),
                                                  (signal.SIGINT, 130, "stopped (Ctrl+C)")])
def test_marsad_ui_stops_promptly_on_a_signal_says_so_and_exits_like_extract(marsad_home, signum, status, said):
    """The real `marsad ui`: it serves the app on loopback (its page answers; it never offers a public share link),
    and a signal stops it at once with its line and exit status. (The serving checks were test_ui_app's own run of
    `marsad ui` before pass 64: one process now serves both.)"""
    import urllib.request

    from marsad.evals.openai_server import free_port

    port = free_port()
    env = {**os.environ, "MARSAD_HOME": str(marsad_home)}
    # (a suite run as a background job inherits an ignored SIGINT, which the child would keep -- as marsad keeps a
    # caller's ignore -- while a user's Ctrl+C in a terminal meets the default: the child starts with the default)
    proc = subprocess.Popen([*marsad_cmd(), "ui", "--port", str(port)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=REPO, preexec_fn=default_sigint)
    try:
        first = proc.stdout.readline()  # printed once the server listens
        assert f"Marsad UI on http://127.0.0.1:{port}" in first, (first, proc.stderr.read() if proc.poll() else "")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=60) as resp:  # served, on loopback
            assert "Marsad" in resp.read().decode("utf-8", "replace")
        start = time.monotonic()
        proc.send_signal(signum)
        out, err = proc.communicate(timeout=60)
        took = time.monotonic() - start
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == status, (proc.returncode, err)
    assert "marsad: the UI on http://127.0.0.1:" in err and said in err, err
    assert "Keyboard interruption" not in out + err and "Traceback" not in err, (out, err)
    assert took < 5, took  # the server is closed and the process ends without the interpreter's slow teardown
    assert "share=True" not in first + out + err  # no public link offered
