"""`marsad eval` end to end through the real command: baseline pass, regression failure, replay staleness."""

from __future__ import annotations

import json
import shutil

import pytest

from marsad.evals import DEFAULT_BASELINE, RECORDINGS_DIR
from marsad.evals.golden import gold_as_predictions, load_golden

pytestmark = pytest.mark.slow


def _write_jsonl(path, docs):
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def _damage(preds: dict) -> dict:
    """A deliberately worse extraction: half the attacks gone, wrong casualty counts, rooms without status."""
    out = json.loads(json.dumps(preds))
    for doc in out.values():
        doc["attacks"] = doc["attacks"][::2]
        for attack in doc["attacks"]:
            if attack.get("killed") is not None:
                attack["killed"] += 1
        for room in doc["joint_rooms"]:
            room["status"] = "planned" if room.get("status") != "planned" else "suspended"
    return out


def _modes():
    return set(json.loads(DEFAULT_BASELINE.read_text(encoding="utf-8"))["modes"])


def test_offline_eval_passes_the_committed_baseline(cli, tmp_path):
    if "offline" not in _modes():
        pytest.fail("evals/baseline.json has no offline section: run `marsad eval --backend offline --update-baseline "
                    "--baseline evals/baseline.json`")
    proc = cli("eval", "--backend", "offline", "--baseline", str(DEFAULT_BASELINE), "--report-dir", str(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "BASELINE: ok" in proc.stdout
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["mode"] == "offline" and set(report["suites"]) == {"extraction", "retrieval", "qa"}
    assert {"extraction.all.f1", "retrieval.mrr", "qa.answer_accuracy", "qa.abstention_accuracy"} <= set(report["metrics"])
    assert "## Extraction" in (tmp_path / "report.md").read_text(encoding="utf-8")


def test_replayed_llm_eval_passes_the_committed_baseline(cli, tmp_path):
    proc = cli("eval", "--backend", "llm", "--baseline", str(DEFAULT_BASELINE), "--report-dir", str(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "mode llm-replay" in proc.stdout and "BASELINE: ok" in proc.stdout
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    grounding = report["counts"]["extraction.backend_report"]["grounding"]
    assert grounding["dropped_quotes"] >= 2 and grounding["aligned_normalized"] >= 1  # the hand-written imperfections
    assert report["counts"]["extraction.attacks"]["duplicates"] == 1
    assert report["counts"]["extraction.attacks"]["optional_hits"] == 1  # the clearing operation counts neither way


def test_worse_predictions_turn_the_gate_red(cli, tmp_path):
    golden = load_golden()
    good = _write_jsonl(tmp_path / "good.jsonl", gold_as_predictions(golden).values())
    worse = _write_jsonl(tmp_path / "worse.jsonl", _damage(gold_as_predictions(golden)).values())
    baseline = tmp_path / "baseline.json"
    made = cli("eval", "--predictions", str(good), "--suite", "extraction", "--update-baseline",
                   "--baseline", str(baseline), "--report-dir", str(tmp_path / "r0"))
    assert made.returncode == 0, made.stdout + made.stderr
    assert json.loads(baseline.read_text())["modes"]["predictions"]["metrics"]["extraction.all.f1"] == 1.0

    same = cli("eval", "--predictions", str(good), "--suite", "extraction", "--baseline", str(baseline),
                   "--report-dir", str(tmp_path / "r1"))
    assert same.returncode == 0 and "BASELINE: ok" in same.stdout

    bad = cli("eval", "--predictions", str(worse), "--suite", "extraction", "--baseline", str(baseline),
                  "--report-dir", str(tmp_path / "r2"))
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "REGRESSED extraction.attacks.recall" in bad.stdout
    assert "REGRESSED extraction.field.attacks.killed" in bad.stdout
    assert "REGRESSED extraction.field.joint_rooms.status" in bad.stdout
    report = json.loads((tmp_path / "r2" / "report.json").read_text(encoding="utf-8"))
    assert {r["metric"] for r in report["regressions"]} >= {"extraction.attacks.recall", "extraction.attacks.f1"}


def test_stale_recordings_fail_loudly(cli, tmp_path):
    recordings = tmp_path / "recordings"
    shutil.copytree(RECORDINGS_DIR, recordings)
    (recordings / "fx04_hamrin_airstrike.json").unlink()
    proc = cli("eval", "--backend", "llm", "--suite", "extraction", "--recordings", str(recordings),
                   "--baseline", str(DEFAULT_BASELINE), "--report-dir", str(tmp_path / "r"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "extraction FAILED for 1 document(s)" in proc.stdout and "fx04_hamrin_airstrike" in proc.stdout
    assert "had no recording" in proc.stdout and "REGRESSED extraction.attacks.recall" in proc.stdout


def test_bad_suite_and_missing_recordings_are_clear_errors(cli, tmp_path):
    proc = cli("eval", "--suite", "extraction,speed")
    assert proc.returncode == 2 and "unknown suite" in proc.stderr
    empty = tmp_path / "none"
    empty.mkdir()
    proc = cli("eval", "--backend", "llm", "--recordings", str(empty), "--suite", "extraction")
    assert proc.returncode == 2 and "no recordings" in proc.stderr


def test_record_against_a_server_then_replay_the_recordings(cli, tmp_path):
    """`--record` through a recording proxy in front of a "real" server; the files then replay identically."""
    from marsad.evals.openai_server import OpenAICompatServer
    from marsad.evals.record_tool import REPLAY_MODEL
    from marsad.evals.replay import ReplayResponder, load_recordings

    committed = ReplayResponder(load_recordings(RECORDINGS_DIR))

    def real_model(request: dict):  # a stand-in for a real server: answers like the committed recordings
        return committed({**request, "model": REPLAY_MODEL})

    recordings = tmp_path / "recordings"
    with OpenAICompatServer(real_model, models=["real-model"]) as srv:
        env = {"MARSAD_LLM_BASE_URL": srv.base_url, "MARSAD_LLM_MODEL": "real-model", "MARSAD_LLM_API_KEY": "k-123"}
        proc = cli("eval", "--backend", "llm", "--record", "--suite", "extraction", "--recordings", str(recordings),
                       "--report-dir", str(tmp_path / "r1"), env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    n_docs = len(load_golden().docs)
    assert "mode llm," in proc.stdout and f"wrote {n_docs} recording file(s)" in proc.stdout
    files = sorted(recordings.glob("*.json"))
    assert len(files) == n_docs
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert data["model"] == "real-model" and data["recorded_by"].startswith("recorded with")
    assert all("k-123" not in f.read_text(encoding="utf-8") for f in files)

    replay = cli("eval", "--backend", "llm", "--replay", "--suite", "extraction", "--recordings", str(recordings),
                     "--baseline", str(DEFAULT_BASELINE), "--report-dir", str(tmp_path / "r2"))
    assert replay.returncode == 0, replay.stdout + replay.stderr
    assert "BASELINE: ok" in replay.stdout


def test_malformed_predictions_name_the_line(cli, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "fx01_tarmiyah_ied", "attacks": []}\n{"doc_id": "x", "attacks": "none"}\n', encoding="utf-8")
    proc = cli("eval", "--predictions", str(bad), "--suite", "extraction")
    assert proc.returncode == 1 and "bad.jsonl:2" in proc.stderr and "`attacks` must be a list" in proc.stderr


def test_one_recording_replays_in_json_mode_too(cli, tmp_path):
    proc = cli("eval", "--backend", "llm", "--llm-mode", "md_json", "--suite", "extraction",
                   "--baseline", str(DEFAULT_BASELINE), "--report-dir", str(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "BASELINE: ok" in proc.stdout
