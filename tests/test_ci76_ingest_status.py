"""CI stop 76: the browser test's upload waited 120 s for "1 added" and never saw it.

The Ingest tab's status was told once: the first poll after the ingest ended showed its lines and every later poll
answered "no change". A poll answered "Ingesting ..." just before the end can reach the page after the answer that told
the end (two events, two threads), and the page then kept "Ingesting ..." for good. Now every poll after the end tells
the end; only the article picker is updated once.
"""
from types import SimpleNamespace


def test_every_poll_after_the_end_tells_the_end_and_the_picker_is_updated_once():
    from marsad.ui.ingest import IngestJob, IngestSession

    job = IngestJob()
    job.lines.append(("note", "1 مستند: 1 أضيف · 1 document(s): 1 added"))
    calls = []
    services = SimpleNamespace(ingest_job=job, doc_ids=lambda: calls.append(1) or ["a", "b"])
    running = IngestSession(services).status()[0]
    assert "Ingesting the uploads in the background" in running
    job.done.set()
    first, picker = IngestSession(services).status()
    again, picker_again = IngestSession(services).status()
    assert "1 added" in first and again == first
    assert picker["choices"] == ["a", "b"] and "choices" not in picker_again and calls == [1]


def test_no_ingest_yet_changes_nothing():
    from marsad.ui.ingest import IngestSession

    status, picker = IngestSession(SimpleNamespace()).status()
    assert status == {"__type__": "update"} and picker == {"__type__": "update"}
