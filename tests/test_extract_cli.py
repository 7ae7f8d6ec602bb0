"""`marsad extract` through the real command."""

from __future__ import annotations

import json
import shutil

import pytest


def _copy(samples, dest, n=5):
    dest.mkdir()
    for p in sorted(samples.glob("*.txt"))[:n]:
        shutil.copy(p, dest / p.name)
    return dest


def test_extract_files_straight_to_jsonl_and_csv(cli, samples, tmp_path):
    out = tmp_path / "out.jsonl"
    r = cli("extract", str(samples), "--out", str(out), "--format", "csv", "--backend", "offline", "--no-progress")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(x["doc_id"] for x in lines) == sorted(p.stem for p in samples.glob("*.txt"))
    assert (tmp_path / "out.attacks.csv").exists() and (tmp_path / "out.report.json").exists()
    assert '"extracted": 5' in r.stderr  # the report is printed at the end


def test_bad_document_gives_exit_4_and_is_named(cli, samples, tmp_path):
    src = _copy(samples, tmp_path / "in", n=2)
    (src / "broken.txt").write_bytes(b"\x00\xff\x00\xfe")
    out = tmp_path / "out.jsonl"
    r = cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress")
    assert r.returncode == 4
    assert "broken.txt" in r.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2


def test_rerun_resumes_without_redoing(cli, samples, tmp_path):
    out = tmp_path / "out.jsonl"
    cli("extract", str(samples), "--out", str(out), "--backend", "offline", "--no-progress")
    r = cli("extract", str(samples), "--out", str(out), "--backend", "offline", "--no-progress")
    assert r.returncode == 0 and '"resumed": 5' in r.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    # the re-run's report counts what the output holds, the resumed documents included
    report = json.loads((tmp_path / "out.report.json").read_text(encoding="utf-8"))
    assert report["documents"] == 5 and report["resumed"] == 5 and report["extracted"] == 0
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert report["records"] == {k: sum(len(x[k]) for x in lines) for k in report["records"]}
    assert report["records"]["attacks"] > 0 and sum(report["records_this_run"].values()) == 0


def test_usage_errors(cli, tmp_path):
    r = cli("extract", "--out", str(tmp_path / "o.jsonl"))
    assert r.returncode == 2
    r = cli("extract", str(tmp_path), "--out", str(tmp_path / "o.jsonl"), "--backend", "llm", "--no-progress")
    assert r.returncode == 2 and "llm" in r.stderr.lower()


@pytest.mark.slow
def test_extract_all_from_the_store(cli, samples, tmp_path):
    r = cli("ingest", str(samples), "--no-progress")
    assert r.returncode == 0, r.stderr
    out = tmp_path / "all.jsonl"
    r = cli("extract", "--all", "--out", str(out), "--backend", "offline", "--no-progress")
    assert r.returncode == 0, r.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


def test_all_with_an_empty_store_says_what_to_do(cli, tmp_path):
    r = cli("extract", "--all", "--out", str(tmp_path / "o.jsonl"), "--backend", "offline", "--no-progress")
    assert r.returncode == 1 and "marsad ingest" in r.stderr
