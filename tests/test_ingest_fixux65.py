"""The Ingest tab's clicks (fixux65, mending ux65's a1f58938): an upload whose ingest failed may be clicked again (its
files were kept as sent, so every later click said they were ingested already); a second click with nothing new
(a double click, a file still uploading) is told under the status of the ingest it went to, which stays; the
button's second click while the first is pending is answered, not dropped by gradio. Unit tests with a stand-in
ingest (no store, no model)."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from marsad.core.config import resolve_settings


class _Store:
    def ids(self):
        return []

    def recent_ids(self, limit):
        return []


@pytest.fixture
def ingest_app(tmp_path, monkeypatch):
    """``(session, services, upload, calls, state)``: the Ingest tab's session over a stand-in ingest that fails while
    ``fail`` is set; ``upload(name)`` writes a written article and gives its path as the file box holds it."""
    from marsad.index import ingest as ingest_module
    from marsad.index.ingest import IngestReport
    from marsad.ui.ingest import IngestSession

    state = {"fail": False}
    calls: list[list[str]] = []

    def ingest(settings, paths, progress=False):
        calls.append([Path(p).name for p in paths])
        if state["fail"]:
            raise RuntimeError("disk gone")
        return IngestReport(added=len(paths), unchanged=0, failed=[], chunks=len(paths), seconds=0.01)

    monkeypatch.setattr(ingest_module, "ingest", ingest)
    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    services = SimpleNamespace(settings=settings, store=_Store(), lock=threading.Lock(), doc_ids=lambda: [])

    def upload(name: str) -> str:
        path = tmp_path / "box" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("انفجار في بلدة الريحان\nقتل مدنيان بانفجار عبوة قرب سوق بلدة الريحان.", encoding="utf-8")
        return str(path)

    return IngestSession(services), services, upload, calls, state


def test_the_uploads_of_a_failed_ingest_may_be_clicked_again(ingest_app):
    session, services, upload, calls, state = ingest_app
    box = [upload("a.txt")]
    state["fail"] = True
    told, _, sent = session.click(box, [])
    assert "ingest failed: RuntimeError: disk gone" in told
    state["fail"] = False
    told, _, sent = session.click(box, sent)  # before: "Every file in the box was ingested already"
    assert "1 document(s): 1 added" in told and calls == [["a.txt"], ["a.txt"]]


def test_a_click_with_nothing_new_keeps_the_ingests_status(ingest_app):
    session, services, upload, calls, _ = ingest_app
    box = [upload("a.txt")]
    told, _, sent = session.click(box, [])
    assert "1 document(s): 1 added" in told
    told, _, sent = session.click(box, sent)  # a double click: nothing read again
    assert calls == [["a.txt"]]
    assert "Every file in the box was sent by an earlier click" in told
    assert "1 document(s): 1 added" in told and "Files: a.txt" in told  # before: the summary was replaced
    assert "1 document(s): 1 added" in session.status()[0]  # and the polls keep telling both
    told, _, _ = session.click(box, sent)
    assert told.count("sent by an earlier click") == 1  # said once, however many clicks
    # a new file in the box is ingested alone
    box.append(upload("b.txt"))
    told, _, _ = session.click(box, sent)
    assert calls[-1] == ["b.txt"] and "sent by an earlier click" not in told


def test_the_ingest_buttons_second_click_is_not_dropped(tmp_path):
    from marsad.ui.app import build_app

    settings = resolve_settings({"home": str(tmp_path / "home"), "backend": "offline"}, env={})
    demo = build_app(settings)
    modes = {d.api_name: d.trigger_mode for d in demo.fns.values()}
    assert modes["ingest"] == "multiple"  # gradio's "once" dropped a click made while the first was pending
    assert modes["article"] != "multiple"  # the other buttons are left as they were
