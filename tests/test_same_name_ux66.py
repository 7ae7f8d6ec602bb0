"""A file named as an earlier document but holding other text (ux66): both are kept -- a different text is another
article, never dropped without the user asking -- and the run says so, with the id each holds (an upload of
"report.txt" after another "report.txt" was added as "<upload time>/report" without a word). The same text again is
"unchanged". Told by `marsad ingest` and the app's Ingest tab."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

from marsad.core.config import resolve_settings
from marsad.index.ingest import IngestReport, ingest

_FIRST = "انفجار قرب سوق الحي\nأصيب ثلاثة باعة بانفجار عبوة صغيرة قرب سوق الحي القديم صباح الاثنين."
_SECOND = "هجوم على نقطة تفتيش\nهاجم مسلحون نقطة تفتيش على مدخل البلدة الشمالي وفروا بعد تبادل لإطلاق النار."


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_other_text_under_an_earlier_name_is_kept_beside_it_and_told(tmp_path):
    settings = resolve_settings({"home": str(tmp_path / "home"), "embed_backend": "hash"}, env={})
    ingest(settings, [_write(tmp_path / "monday" / "report.txt", _FIRST)], progress=False)
    report = ingest(settings, [_write(tmp_path / "tuesday" / "report.txt", _SECOND)], progress=False)
    assert report.added == 1 and report.replaced == 0
    assert report.kept_beside == [(str(tmp_path / "tuesday" / "report.txt"), "tuesday/report", "report")]
    (note,) = report.kept_beside_notes()
    assert "both are kept" in note and "tuesday/report" in note and "(report)" in note
    (ar,) = report.kept_beside_notes("ar")
    assert "حُفظ الاثنان" in ar and "tuesday/report" in ar
    again = ingest(settings, [_write(tmp_path / "wednesday" / "report.txt", _FIRST)], progress=False)
    assert (again.unchanged, again.added, again.kept_beside) == (1, 0, [])  # the same text: nothing new


def test_the_ingest_tab_tells_it_by_the_uploaded_name(tmp_path, monkeypatch):
    from marsad.agent.qa import evidence
    from marsad.index import ingest as ingest_module
    from marsad.ui.ingest import IngestJob, ingest_worker

    staged = [_write(tmp_path / "home" / "uploads" / "20261207-130501" / "report.txt", _SECOND)]

    def stand_in(settings, paths, progress=False):
        return IngestReport(added=1, kept_beside=[(str(paths[0]), "20261207-130501/report", "report")])

    monkeypatch.setattr(ingest_module, "ingest", stand_in)
    monkeypatch.setattr(evidence, "ensure_records", lambda store, ids: 0)
    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    services = SimpleNamespace(settings=settings, store=SimpleNamespace(ids=lambda: []), lock=threading.Lock())
    job = IngestJob()
    ingest_worker(services, staged, job)
    notes = [text for kind, text in job.lines if "both are kept" in text]
    assert notes == ["report.txt: نص آخر باسم مستند أُضيف قبله (report)؛ حُفظ الاثنان، وهذا باسم 20261207-130501/report"
                     " · report.txt: other text under the name of an earlier document (report); both are kept, this "
                     "one as 20261207-130501/report"]


def test_two_files_of_one_name_in_one_upload_are_both_staged(tmp_path):
    from marsad.ui.uploads import stage_uploads

    first = _write(tmp_path / "box" / "a" / "report.txt", _FIRST)
    second = _write(tmp_path / "box" / "b" / "report.txt", _SECOND)
    staged, errors = stage_uploads([first, second], tmp_path / "staged")
    assert errors == [] and len(set(staged)) == 2  # before: the second was copied over the first, staged twice
    assert [p.read_text(encoding="utf-8") for p in staged] == [_FIRST, _SECOND]
    assert staged[1] == tmp_path / "staged" / "2" / "report.txt"


def test_a_second_upload_of_one_name_is_told_by_its_uploaded_name(tmp_path):
    """The stage keeps a second file of one name in a sub-folder ("<stage>/2/report.txt"); a note names it as the
    user uploaded it, never with that sub-folder (the deepest staged folder is stripped first)."""
    from marsad.ui.ingest import as_uploaded

    stage = tmp_path / "uploads" / "20261207-140000"
    first, second = stage / "report.txt", stage / "2" / "report.txt"
    note = f"{second}: kept beside {first}"
    assert as_uploaded(note, [first, second]) == "report.txt: kept beside report.txt"
    assert as_uploaded(note, [second, first]) == "report.txt: kept beside report.txt"
