"""Issue 10.4: a figure its citation does not state is never shown as a plain fact, nor silently replaces the rules'."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from marsad.agent.reconcile import reconcile, stored_records
from marsad.schemas import Attack, Citation, Document, DocumentRecords

TEXT = "قتل 5 من عناصر الشرطة في هجوم على نقطة تفتيش في كركوك.\n"
DOC = "k1"


def _attack(killed: int, flags: list[str] | None = None) -> Attack:
    cite = Citation.from_span(DOC, TEXT, 0, TEXT.index("."))
    return Attack(citations=[cite], attack_type="armed_assault", killed=killed, flags=flags or [])


def _records(attack: Attack, backend: str) -> DocumentRecords:
    return DocumentRecords(doc_id=DOC, title="t", attacks=[attack], backend=backend)


LLM = _records(_attack(50, ["killed_not_in_citation"]), "llm")
OFFLINE = _records(_attack(5), "offline")


def test_the_offline_figure_is_kept_and_the_replacement_marked():
    out = reconcile(LLM, OFFLINE)
    attack = out.attacks[0]
    assert attack.killed == 5 and attack.model_extra["llm_killed"] == 50
    assert attack.flags == ["killed_not_in_citation", "killed_offline_kept"]
    assert LLM.attacks[0].killed == 50  # the stored records are not changed
    assert reconcile(LLM, None) is LLM  # nothing to compare with: the flagged record stays, flagged
    clean = _records(_attack(5), "llm")
    assert reconcile(clean, OFFLINE) is clean  # nothing flagged: the LLM's record as it is


@pytest.fixture
def store(marsad_home):
    from marsad.core.config import resolve_settings
    from marsad.index.docstore import DocStore

    with DocStore(resolve_settings({})) as s:
        s.upsert(Document(doc_id=DOC, title="t", text=TEXT))
        yield s


def test_where_the_backends_meet_the_offline_value_is_not_replaced_silently(store):
    """answers (records_for), the app's Records tab (stored_records) and the archive all reconcile."""
    from marsad.agent.qa.evidence import _offline_extractor, records_for

    store.put_records(DOC, "offline", _records(_attack(5), "offline"), str(_offline_extractor().version))
    store.put_records(DOC, "llm", LLM, "llm-test")
    doc = store.get(DOC)
    for got in (records_for(store, doc), stored_records(store, DOC)):
        assert got.attacks[0].killed == 5 and "killed_offline_kept" in got.attacks[0].flags


def test_the_archive_reconciles(marsad_home):
    from marsad.agent.archive import archive_records
    from marsad.core.config import resolve_settings
    from marsad.index.docstore import DocStore

    settings = resolve_settings({})
    with DocStore(settings) as s:
        s.upsert(Document(doc_id=DOC, title="t", text=TEXT))
        s.put_records(DOC, "offline", OFFLINE, "old")
        s.put_records(DOC, "llm", LLM, "llm-test")
    (rec,) = list(archive_records(settings, backend="llm"))
    assert rec.attacks[0].killed == 5 and rec.attacks[0].model_extra["llm_killed"] == 50


def test_the_records_table_marks_a_flagged_figure():
    from marsad.ui.tables import COLUMNS, FLAG, SHOWN, record_rows, table_of

    rows = record_rows([LLM])["attacks"]
    table = table_of("attacks", rows)
    cells = dict(zip(SHOWN["attacks"], table["data"][0], strict=True))
    assert cells["killed"] == f"{FLAG} 50" and "killed_not_in_citation" in cells["flags"]
    assert FLAG in table["headers"][SHOWN["attacks"].index("flags")]
    assert "flags" in COLUMNS["attacks"] and rows[0]["flags"] == "killed_not_in_citation"
    kept = table_of("attacks", record_rows([reconcile(LLM, OFFLINE)])["attacks"])["data"][0]
    assert kept[SHOWN["attacks"].index("killed")].startswith(f"{FLAG} 5 (offline")
    plain = table_of("attacks", record_rows([OFFLINE])["attacks"])["data"][0]
    assert plain[SHOWN["attacks"].index("killed")] == 5  # a stated figure is shown plain


def test_the_app_records_tab_and_its_downloads_carry_the_flag(store, marsad_home):
    import json

    from marsad.core.config import resolve_settings
    from marsad.ui import app

    store.put_records(DOC, "llm", LLM, "llm-test")
    services = app._Services(resolve_settings({}))
    table, csv_path, json_path, _, keys = app._records(services, "attacks", "", "")
    assert keys == [(DOC, 0)]
    assert any(str(c).startswith("⚠ 50") for c in table["data"][0])
    with open(csv_path, encoding="utf-8-sig") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["killed"] == "50" and row["flags"] == "killed_not_in_citation"
    assert json.loads(Path(json_path).read_text(encoding="utf-8"))[0]["flags"] == "killed_not_in_citation"


def test_extract_csv_marks_a_flagged_number(tmp_path):
    from marsad.agent.export import write_csvs

    line = LLM.model_dump(mode="json")
    paths = write_csvs([line, OFFLINE.model_dump(mode="json")], tmp_path / "r.jsonl")
    with open(paths["attacks"], encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["killed"] == "50" and rows[0]["killed_flagged"] == "not_in_citation"
    assert rows[0]["flags"] == "killed_not_in_citation"
    assert rows[1]["killed"] == "5" and rows[1]["killed_flagged"] == "" and rows[1]["injured_flagged"] == ""
