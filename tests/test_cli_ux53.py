"""Pass 53's user session with the real CLI: each fault found, driven through `marsad` itself.

Every test fails on the code before its fix (a traceback, a misleading "no hits", tracebacks from
worker processes on Ctrl+C/SIGTERM, a busy port found only after gradio had loaded).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest
from processes import default_sigint, marsad_cmd

REPO = Path(__file__).resolve().parents[1]
N_DOCS = 1500

_SENTENCES = (
    "سقط ثلاثة قتلى من الشرطة بهجوم استهدف حاجزا أمنيا في كركوك.",
    "أعلنت قيادة العمليات المشتركة عن تشكيل غرفة عمليات في الموصل.",
    "وقع العراق وإيران اتفاقا أمنيا في بغداد.",
    "انفجرت عبوة ناسفة قرب سوق شعبي في بعقوبة وأصيب خمسة مدنيين.",
)


def _articles(path: Path, n: int) -> Path:
    """``n`` made-up articles (sentences written for this test), long enough to keep the workers busy."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(_SENTENCES[(i + j) % len(_SENTENCES)] for j in range(8))
            fh.write(json.dumps({"id": f"t{i}", "title": f"خبر {i}", "date": "2018-03-01", "text": text},
                                ensure_ascii=False) + "\n")
    return path


@pytest.mark.parametrize("command", [("search", "كركوك", "-k", "0"), ("search", "Kirkuk", "-k", "-3"),
                                     ("ask", "من هاجم كركوك؟", "--steps", "0"), ("ask", "x", "-k", "0"),
                                     ("extract", "data/samples", "--out", "{tmp}/o.jsonl", "--workers", "0")])
def test_a_count_flag_below_one_is_a_usage_error(cli, tmp_path, command):
    res = cli(*(part.format(tmp=tmp_path) for part in command))
    assert res.returncode == 2, res.stdout + res.stderr
    assert "must be 1 or more" in res.stderr and "no hits" not in res.stdout


@pytest.mark.parametrize("flag", ["--golden", "--corpus", "--predictions"])
def test_eval_with_a_missing_path_names_the_flag_without_a_traceback(cli, tmp_path, flag):
    missing = tmp_path / "nowhere"
    res = cli("eval", flag, str(missing), "--suite", "extraction", "--report-dir", str(tmp_path / "r"))
    assert res.returncode == 2, res.stdout + res.stderr
    assert f"{flag} {missing}: does not exist" in res.stderr and "Traceback" not in res.stderr


def test_eval_prefix_of_golden_with_a_missing_dir_is_a_clear_error(cli, tmp_path):
    res = cli("eval", "--gold", str(tmp_path / "nope"), "--suite", "extraction")
    assert res.returncode == 2 and "Traceback" not in res.stderr and "--golden" in res.stderr, res.stderr


def test_ui_on_a_busy_port_fails_at_once_naming_the_flag(run_cli):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        # the interpreter lists what it imports: the port is checked before gradio loads and the app is built
        res = run_cli("ui", "--port", str(port), timeout=120, env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert res.returncode == 2, res.stdout + res.stderr
    assert f"port {port} on 127.0.0.1 is in use" in res.stderr and "--port" in res.stderr
    assert "Traceback" not in res.stderr and "GRADIO_SERVER_PORT" not in res.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in res.stderr.splitlines() if line.startswith("import time:")}
    assert "marsad.cli" in imported and "gradio" not in imported


def test_ui_rejects_an_impossible_port_and_host(cli, monkeypatch):
    # in this process (the busy-port test above runs the real command): two interpreters' start-up cost 20 s here.
    # Should the checks ever let a bad value through, the app must fail this test, not start a server inside pytest
    import marsad.ui.app

    def no_app(*args, **kwargs):
        raise AssertionError("the app was built for a bad --port/--host")

    monkeypatch.setattr(marsad.ui.app, "build_app", no_app)
    res = cli("ui", "--port", "70000")
    assert res.returncode == 2 and "not a TCP port" in res.stderr, res.stderr
    res = cli("ui", "--host", "no-such-host.invalid", "--port", "7999")
    assert res.returncode == 2 and "--host no-such-host.invalid" in res.stderr and "Traceback" not in res.stderr


# (Ctrl+C, SIGINT to the whole process group, was a second case here: test_cli_ux61's Ctrl+C case drives the same
# run -- `marsad extract --workers 2` interrupted mid-batch -- and checks the same: status 130, the "interrupted" line,
# no traceback, and a re-run that resumes the documents kept and extracts only the rest.)
@pytest.mark.parametrize(("signum", "code", "words"), [(signal.SIGTERM, 143, "stopped (SIGTERM)")])
def test_extract_stopped_mid_batch_is_quiet_and_resumes(marsad_home, cli, tmp_path, signum, code, words):
    """SIGTERM comes from kill or a scheduler (Ctrl+C, which reaches the whole process group: test_cli_ux61).

    Before: SIGINT printed a KeyboardInterrupt traceback per worker, and SIGTERM killed the parent without a
    word (status -15) while its orphaned workers printed BrokenPipeError tracebacks.
    """
    src = _articles(tmp_path / "in.jsonl", N_DOCS)
    out = tmp_path / "r.jsonl"
    cmd = [*marsad_cmd(), "extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress",
           "--workers", "2"]
    # (a shell that runs the tests in the background starts them with SIGINT ignored, and a Python started so keeps it
    # ignored: the run is given the default action back, as a terminal's foreground job has)
    proc = subprocess.Popen(cmd, cwd=REPO, env=dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, preexec_fn=default_sigint)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 5_000):
        time.sleep(0.2)
    assert proc.poll() is None, "the run ended before it could be stopped"
    os.killpg(proc.pid, signum)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:  # a hung pool shut-down
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    assert proc.returncode == code, err
    assert words in err and "Traceback" not in err, err
    done = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(done) < N_DOCS
    # the lock is free and the kept lines count: a re-run over the documents done resumes them all (in this process:
    # it extracts nothing, and the stop above is the real process this test is about)
    again = _articles(tmp_path / "again.jsonl", len(done))
    res = cli(*[str(again) if part == str(src) else part for part in cmd[len(marsad_cmd()):]])
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stderr[res.stderr.index("{"):])
    assert report["resumed"] == len(done) and report["extracted"] == 0, report


@pytest.mark.parametrize(("env", "words"), [({"MARSAD_LLM_TIMEOUT": "abc"}, "set MARSAD_LLM_TIMEOUT to a number"),
                                            ({"MARSAD_LLM_CONCURRENCY": "x"}, "to a whole number"),
                                            ({"MARSAD_LLM_CACHE": "maybe"}, "to true or false")])
def test_a_malformed_setting_says_what_to_write(cli, env, words):
    """The Fix line was the option's description and "Expected a float." (a Python type name)."""
    res = cli("config", env=env)
    assert res.returncode == 2 and words in res.stderr and "Expected a" not in res.stderr, res.stderr
