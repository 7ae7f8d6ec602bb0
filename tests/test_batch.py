"""The batch runner: whole lines, resume, bad documents, CSV tables, store, report."""

from __future__ import annotations

import csv
import json
import shutil

from marsad.agent.batch import _trim_partial_line, load_done, run_extract
from marsad.core.config import resolve_settings


def _settings(home):
    return resolve_settings({"home": str(home), "backend": "offline"}, env={})


def _inputs(tmp_path, samples, n=3):
    src = tmp_path / "in"
    src.mkdir()
    for p in sorted(samples.glob("*.txt"))[:n]:
        shutil.copy(p, src / p.name)
    return src


def test_lines_are_complete_json_and_follow_the_contract(tmp_path, samples, marsad_home):
    src = _inputs(tmp_path, samples)
    out = tmp_path / "out.jsonl"
    result = run_extract(_settings(marsad_home), [str(src)], out, progress=False)
    assert result.ok and result.extracted == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    for line in lines:
        obj = json.loads(line)
        assert {"doc_id", "title", "source", "published", "actors", "attacks", "joint_rooms", "agreements"} <= set(obj)
        text = (src / f"{obj['doc_id']}.txt").read_text(encoding="utf-8")
        for kind in ("actors", "attacks", "joint_rooms", "agreements"):
            for rec in obj[kind]:
                assert all(text[c["start"]:c["end"]] == c["quote"] for c in rec["citations"])
    report = json.loads((tmp_path / "out.report.json").read_text(encoding="utf-8"))
    assert report["extracted"] == 3 and report["backend"] == "offline"


def test_resume_skips_done_documents_and_drops_a_partial_line(tmp_path, samples, marsad_home):
    src = _inputs(tmp_path, samples)
    out = tmp_path / "out.jsonl"
    run_extract(_settings(marsad_home), [str(src)], out, progress=False)
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # a crash in the middle of the third line
    out.write_text("".join(full[:2]) + full[2][: len(full[2]) // 2], encoding="utf-8")
    result = run_extract(_settings(marsad_home), [str(src)], out, progress=False)
    assert (result.extracted, result.skipped) == (1, 2)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and all(json.loads(x) for x in lines)
    # a changed document is extracted again
    changed = sorted(src.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nسطر إضافي.", encoding="utf-8")
    result = run_extract(_settings(marsad_home), [str(src)], out, progress=False)
    assert (result.extracted, result.skipped) == (1, 2)


def test_trim_partial_line(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"doc_id": "a"}\n{"doc_id": "b"')
    _trim_partial_line(p)
    assert p.read_bytes() == b'{"doc_id": "a"}\n'
    assert list(load_done(p)) == ["a"]


def test_bad_documents_are_reported_and_skipped(tmp_path, samples, marsad_home, capsys):
    src = _inputs(tmp_path, samples, n=1)
    (src / "broken.txt").write_bytes(b"\x00\x01\x02\x03binary")
    (src / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run_extract(_settings(marsad_home), [str(src)], out, progress=False)
    assert result.extracted == 1 and len(result.failed) == 2
    err = capsys.readouterr().err
    assert "broken.txt" in err and "empty.txt" in err
    errors = [json.loads(x) for x in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {e["input"].rsplit("/", 1)[-1] for e in errors} == {"broken.txt", "empty.txt"}


def test_csv_tables_flatten_citations(tmp_path, samples, marsad_home):
    src = _inputs(tmp_path, samples, n=5)
    out = tmp_path / "run.jsonl"
    result = run_extract(_settings(marsad_home), [str(src)], out, fmt="csv", progress=False)
    for kind in ("actors", "attacks", "joint_rooms", "agreements"):
        path = tmp_path / f"run.{kind}.csv"
        assert path.exists() and str(path) == result.files[kind]
    with open(tmp_path / "run.attacks.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == result.records["attacks"]
    kirkuk = next(r for r in rows if r["killed"] == "13")
    assert kirkuk["location_governorate"] == "Kirkuk" and kirkuk["injured"] == "3"
    assert kirkuk["citations"] and "-" in kirkuk["citation_spans"]


def test_records_go_to_the_store_when_it_exists(tmp_path, samples, marsad_home):
    from marsad.index.docstore import DocStore

    settings = _settings(marsad_home)
    DocStore(settings).close()  # the store exists (e.g. after an ingest)
    src = _inputs(tmp_path, samples, n=2)
    run_extract(settings, [str(src)], tmp_path / "out.jsonl", progress=False)
    with DocStore(settings) as store:
        stored = list(store.iter_records("offline"))
    assert len(stored) == 2


def test_an_extractor_failure_is_reported_and_the_run_goes_on(tmp_path, samples, marsad_home, monkeypatch):
    import marsad.agent.batch as batch
    from marsad.agent.extractor import ExtractionOutcome
    from marsad.agent.offline import OfflineExtractor

    class Flaky(OfflineExtractor):
        def extract_batch(self, docs):
            for doc in docs:
                if doc.doc_id.startswith("001"):
                    yield ExtractionOutcome(doc, None, error="RuntimeError: model server went away")
                else:
                    yield from super().extract_batch([doc])

    monkeypatch.setattr(batch, "get_extractor", lambda settings, backend=None: Flaky())
    src = _inputs(tmp_path, samples, n=3)
    out = tmp_path / "out.jsonl"
    result = run_extract(_settings(marsad_home), [str(src)], out, progress=False, workers=1)
    assert result.extracted == 2 and [f["doc_id"][:3] for f in result.failed] == ["001"]
    assert "model server went away" in (tmp_path / "out.errors.jsonl").read_text(encoding="utf-8")
    # the failed document is tried again on the next run, the others are not
    monkeypatch.setattr(batch, "get_extractor", lambda settings, backend=None: OfflineExtractor())
    again = run_extract(_settings(marsad_home), [str(src)], out, progress=False, workers=1)
    assert (again.extracted, again.skipped) == (1, 2)


def test_a_resume_under_changed_rules_or_content_leaves_one_line_per_document(tmp_path, samples, marsad_home):
    """Found by the soak: re-extracted documents were appended beside their old lines until the next run."""
    src = _inputs(tmp_path, samples, n=4)
    out = tmp_path / "out.jsonl"
    settings = _settings(marsad_home)
    assert run_extract(settings, [str(src)], out, progress=False).extracted == 4
    # as after an upgrade of the rules: every line carries another extractor version
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    out.write_text("".join(json.dumps({**o, "extractor_version": "older-rules"}) + "\n" for o in lines),
                   encoding="utf-8")
    # and one document's content changed
    changed = sorted(src.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nسطر جديد.", encoding="utf-8")
    result = run_extract(settings, [str(src)], out, progress=False)
    assert result.extracted == 4 and result.deduplicated == 4
    after = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(after) == 4 and len({o["doc_id"] for o in after}) == 4
    assert all(o["extractor_version"] != "older-rules" for o in after)
    assert json.loads((tmp_path / "out.report.json").read_text(encoding="utf-8"))["documents"] == 4
