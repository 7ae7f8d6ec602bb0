"""Pass 59 (code59c): the Ingest, Evaluation and Records tabs' remaining English-only texts, Arabic then English as
every tab's notes (the Ingest tab's own lines were made bilingual in code59, tests/test_code59.py)."""

from __future__ import annotations

import re
import threading
from types import SimpleNamespace

import pytest

_ARABIC = re.compile("[\u0600-\u06ff]")


def _arabic_then_english(text: str, english: str) -> None:
    arabic, _, rest = text.partition(" · ")
    assert _ARABIC.search(arabic) and english in rest and not _ARABIC.search(rest.replace(english, "")), text


# ---------------------------------------------------------------- upload refusals
def test_an_upload_refusal_is_told_in_arabic_then_english(tmp_path):
    from marsad.ui.uploads import check_upload, stage_uploads

    exe, empty, big = tmp_path / "tool.exe", tmp_path / "empty.txt", tmp_path / "big.txt"
    exe.write_bytes(b"MZ")
    empty.write_text("")
    big.write_text("x" * 2000)
    _arabic_then_english(check_upload(exe), "tool.exe: type .exe is not accepted")
    _arabic_then_english(check_upload(empty), "empty.txt: the file is empty")
    _arabic_then_english(check_upload(big, max_bytes=1000), "big.txt: 0.0 MB is over the 0 MB limit per file")
    ok = tmp_path / "ok.txt"
    ok.write_text("وقع انفجار في بلدة خيالية.", encoding="utf-8")
    staged, errors = stage_uploads([ok, ok, ok], tmp_path / "staged", max_files=2)
    assert len(staged) == 2
    _arabic_then_english(errors[0], "3 files is over the limit of 2 per upload; the rest were skipped")
    assert check_upload(ok) is None


# ---------------------------------------------------------------- per-file failures and ingest errors
class _Store:
    def ids(self):
        return []


def _run_worker(monkeypatch, ingest) -> list[tuple[str, str]]:
    from marsad.index import ingest as ingest_module
    from marsad.ui.ingest import IngestJob, ingest_worker

    monkeypatch.setattr(ingest_module, "ingest", ingest)
    services = SimpleNamespace(settings=None, store=_Store(), lock=threading.Lock())
    job = IngestJob()
    ingest_worker(services, [], job)
    assert not job.running
    return job.lines


def test_a_file_that_failed_is_told_in_arabic_then_english(monkeypatch):
    from marsad.index.ingest import IngestReport

    report = IngestReport(added=0, unchanged=0, failed=[("bad.jsonl:2", "not valid JSON")], chunks=0, seconds=0.1)
    lines = _run_worker(monkeypatch, lambda *a, **k: report)
    assert ("error", "bad.jsonl:2: لم يُضف · bad.jsonl:2: not valid JSON") in lines, lines


@pytest.mark.parametrize("error, english", [
    ("marsad", "the store is locked"),
    ("other", "ingest failed: RuntimeError: disk gone"),
])
def test_an_ingest_error_is_told_in_arabic_then_english(monkeypatch, error, english):
    from marsad.core.errors import MarsadError

    def ingest(*args, **kwargs):
        raise MarsadError("the store is locked") if error == "marsad" else RuntimeError("disk gone")

    kind, text = _run_worker(monkeypatch, ingest)[-1]
    assert kind == "error"
    _arabic_then_english(text, english)


# ---------------------------------------------------------------- "still running" / "in the background"
def test_the_running_ingest_notes_are_arabic_then_english():
    from marsad.ui.ingest import IngestJob, IngestSession

    job = IngestJob()  # not done: running
    services = SimpleNamespace(ingest_job=job)
    told = IngestSession(services).click(["a.txt"])[0]
    assert told.index("ما زالت إضافة جارية") < told.index("An ingest was still running"), told  # ux65 wording
    status = IngestSession(services).status()[0]
    assert status.index("تُضاف الملفات المرفوعة في الخلفية") < status.index("Ingesting the uploads in the background")


# ---------------------------------------------------------------- Evaluation and Records
def test_no_evaluation_report_is_told_in_arabic_then_english(monkeypatch):
    from marsad.ui import app

    monkeypatch.setattr(app, "find_eval_report", lambda settings: None)
    _arabic_then_english(app._eval_report(SimpleNamespace(settings=None)), "No evaluation report yet. Run `marsad eval`")


def test_a_record_gone_from_the_table_is_told_in_arabic_then_english(monkeypatch):
    from marsad.agent import reconcile
    from marsad.ui import app

    monkeypatch.setattr(reconcile, "stored_records", lambda store, doc_id: None)
    services = SimpleNamespace(store=SimpleNamespace(get=lambda doc_id: None), lock=threading.Lock())
    told = app._record_details(services, "attacks", "d1", 7)
    assert told.index("اضغط «اعرض» لإعادة تحميل الجدول") < told.index("press Show to reload the table"), told
    assert "No attacks record #7 in &#x27;d1&#x27;" in told or "No attacks record #7 in 'd1'" in told, told
