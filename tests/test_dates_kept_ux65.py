"""A record's date Marsad cannot read ("yesterday"; 05/06/2016, day-first or month-first) is kept as written with its
document, and told once per batch with the count and an example (ux65): `marsad ingest` and `marsad extract` (the
real CLI in a subprocess, a temp home; extract's report holds it as ``dates_kept``) and the app's Ingest tab (its
real `/ingest` endpoint over HTTP). Pass 64 said nothing; review64 finding 5 said it once per file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

_TEXT = "انفجرت عبوة ناسفة أمس قرب سوق بلدة الريحان الشمالية فأصيب أربعة من الباعة بجروح طفيفة."


def _write(folder: Path, name: str, dates: list[str]) -> Path:
    path = folder / name
    path.write_text("\n".join(json.dumps({"id": f"{path.stem}-{i}", "date": d, "text": _TEXT}, ensure_ascii=False)
                              for i, d in enumerate(dates)) + "\n", encoding="utf-8")
    return path


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    _write(folder, "a.jsonl", ["yesterday", "2016-06-15", "05/06/2016"])
    _write(folder, "b.jsonl", ["07/08/2016", "15/06/2016"])
    return folder


def _marsad(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MARSAD_HOME": str(tmp_path / "home")}
    return subprocess.run([sys.executable, "-m", "marsad", *args], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=600)


def test_ingest_tells_the_dates_it_kept_once_for_the_run(tmp_path):
    folder = _inputs(tmp_path)
    run = _marsad(tmp_path, "ingest", str(folder), "--no-progress")
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("marsad: note:") == 1, run.stderr  # one note for two files
    assert (f"3 record(s) in 2 file(s) have a date Marsad cannot read, kept as written (e.g. 'yesterday' in "
            f"{folder / 'a.jsonl'})") in run.stderr
    assert "Fix: write each record's `date` as YYYY-MM-DD" in run.stderr
    assert "5 document(s): 5 added" in run.stdout  # every document kept


def test_extract_tells_them_once_and_its_report_holds_them(tmp_path):
    folder = _inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    run = _marsad(tmp_path, "extract", str(folder), "--out", str(out), "--backend", "offline", "--no-progress")
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("marsad: note:") == 1, run.stderr
    assert "3 record(s) in 2 file(s) have a date Marsad cannot read" in run.stderr
    rows = {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert len(rows) == 5 and rows["a-0"]["published"] == "yesterday" and rows["b-1"]["published"] == "2016-06-15"
    report = json.loads(Path(f"{out.with_suffix('')}.report.json").read_text(encoding="utf-8"))
    assert report["dates_kept"] == {"count": 3, "files": 2,
                                    "example": {"file": str(folder / "a.jsonl"), "date": "yesterday"}}
    summary = json.loads(run.stderr[run.stderr.index("{"):])  # the note comes before the run's summary
    assert summary["dates_kept"]["count"] == 3


def test_the_apps_ingest_tells_them_once_naming_the_upload(tmp_path):
    pytest.importorskip("gradio_client")
    from gradio_client import handle_file
    from served_app import gradio_client, served_app

    from marsad.core.config import resolve_settings

    folder = _inputs(tmp_path)
    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    with served_app(settings) as (_app, url), gradio_client(url) as client:
        html, _ = client.predict([handle_file(str(folder / "a.jsonl")), handle_file(str(folder / "b.jsonl"))],
                                 api_name="/ingest")
        for _ in range(120):  # a busy machine: the ingest goes on in the background, polled as the tab does
            if "added" in html and "تُضاف" not in html:
                break
            import time

            time.sleep(1)
            html, _ = client.predict(api_name="/ingest_status")
    assert "5 added" in html, html
    assert html.count("3 record(s) in 2 file(s) have a date Marsad cannot read") == 1, html
    assert "e.g. &#x27;yesterday&#x27; in a.jsonl)" in html or "e.g. 'yesterday' in a.jsonl)" in html, html
    assert "3 مستند في 2 ملف تاريخه لا يقرؤه مرصد" in html
