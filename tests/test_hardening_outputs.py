"""Issue 10.6: an output file has one writer at a time; concurrent runs never duplicate lines."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from processes import marsad_cmd

from marsad.agent.batch import output_lock

TEXT = "قتل {n} من عناصر الشرطة في هجوم على نقطة تفتيش في كركوك يوم الاثنين.\n"


def _corpus(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps({"id": f"d{i}", "text": TEXT.format(n=i + 1)}, ensure_ascii=False) + "\n"
                            for i in range(n)), encoding="utf-8")
    return path


def _ids(out: Path) -> list[str]:
    return [json.loads(x)["doc_id"] for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_a_second_writer_is_refused_with_a_clear_message(tmp_path, cli):
    src = _corpus(tmp_path / "in.jsonl", 3)
    out = tmp_path / "o" / "r.jsonl"
    with output_lock(out):
        res = cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress")
    assert res.returncode == 1
    assert "is being written by another `marsad extract`" in res.stderr and "Traceback" not in res.stderr
    ok = cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress")
    assert ok.returncode == 0 and sorted(_ids(out)) == ["d0", "d1", "d2"]


def test_concurrent_extracts_never_duplicate_lines(tmp_path, marsad_home):
    """Two real processes on one --out: before the lock, 10,000 documents gave 19,998 lines."""
    src = _corpus(tmp_path / "in.jsonl", 300)
    out = tmp_path / "r.jsonl"
    cmd = [*marsad_cmd(), "extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress",
           "--workers", "1"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    results = [p.communicate(timeout=600) + (p.returncode,) for p in procs]
    assert any(rc == 0 for _, _, rc in results)
    for _, err, rc in results:
        assert rc == 0 or "is being written by another" in err
    ids = _ids(out)
    assert len(ids) == len(set(ids)) == 300


def test_a_rerun_drops_duplicates_left_by_an_old_run(tmp_path, cli):
    src = _corpus(tmp_path / "in.jsonl", 4)
    out = tmp_path / "r.jsonl"
    assert cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress").returncode == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines + lines[:3]), encoding="utf-8")  # what two unlocked runs left behind
    res = cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress")
    assert res.returncode == 0
    assert sorted(_ids(out)) == ["d0", "d1", "d2", "d3"]
    assert json.loads(res.stderr[res.stderr.index("{"):])["deduplicated"] == 3


def test_a_finished_run_leaves_no_lock_file_beside_its_output(tmp_path, cli):
    src = _corpus(tmp_path / "in.jsonl", 2)
    out = tmp_path / "r.jsonl"
    assert cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress").returncode == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "r.jsonl" in names and not [n for n in names if n.endswith(".lock")]


def test_the_lock_file_is_gone_after_the_run_and_kept_while_it_runs(tmp_path):
    from marsad.core.errors import InputError

    out = tmp_path / "r.jsonl"
    with output_lock(out) as lock:
        assert lock.exists()
        try:
            with output_lock(out):
                raise AssertionError("a second owner was let in")
        except InputError:
            pass
        assert lock.exists()  # the refused run does not remove the owner's lock
    assert not lock.exists()


def test_a_lock_removed_by_the_run_before_is_taken_afresh(tmp_path, monkeypatch):
    """A run that opened the lock file just before the owner removed it locks the file now at the path."""
    import fcntl

    from marsad.agent import batch

    out = tmp_path / "r.jsonl"
    lock_path = tmp_path / "r.jsonl.lock"
    real_open = batch._open_lock
    calls = []

    def open_removed_first(o, p):
        calls.append(p)
        if len(calls) == 1:  # the file this run opened is removed before it locks it
            fh = real_open(o, p)
            p.unlink()
            return fh
        return real_open(o, p)

    monkeypatch.setattr(batch, "_open_lock", open_removed_first)
    with output_lock(out):
        assert len(calls) == 2 and lock_path.exists()
        with open(lock_path, "a+", encoding="utf-8") as other:
            try:
                fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
                raise AssertionError("the file at the path was not locked")
            except BlockingIOError:
                pass
