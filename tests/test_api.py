"""The Python API: marsad.extract / search / ask, settings as the CLI's, loaded lazily."""

from __future__ import annotations

import subprocess
import sys

import pytest

import marsad
from marsad.core.errors import ConfigError
from marsad.schemas import Answer, DocumentRecords, Hit

ATTACK = "قتل ثلاثة من أفراد الشرطة وجرح اثنان في هجوم مسلح استهدف نقطة تفتيش في كركوك مساء الاثنين."


def test_import_marsad_loads_nothing_heavy():
    code = ("import sys, marsad; heavy = [m for m in ('marsad.api', 'marsad.core.config', 'marsad.agent', "
            "'marsad.index', 'pydantic', 'chromadb', 'openai', 'numpy') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "[]", out.stdout + out.stderr
    assert {"extract", "search", "ask"} <= set(dir(marsad))
    with pytest.raises(AttributeError):
        marsad.no_such_function  # noqa: B018


def test_extract_text_returns_records_with_verbatim_citations():
    records = marsad.extract(ATTACK, published="2024-03-04")
    assert isinstance(records, DocumentRecords) and records.backend == "offline"
    assert records.doc_id.startswith("text_") and records.attacks
    attack = records.attacks[0]
    assert (attack.killed, attack.injured, attack.location.name_en) == (3, 2, "Kirkuk")
    for rec in records.attacks:
        for c in rec.citations:
            assert ATTACK[c.start:c.end] == c.quote


def test_extract_a_file_and_a_folder(samples, tmp_path):
    one = sorted(samples.glob("*.txt"))[0]
    single = marsad.extract(one)
    assert isinstance(single, DocumentRecords) and single.doc_id == one.stem
    same = marsad.extract(str(one))
    assert same.model_dump(exclude={"extracted_at"}) == single.model_dump(exclude={"extracted_at"})
    folder = tmp_path / "two"
    folder.mkdir()
    names = sorted(samples.glob("*.txt"))[:2]
    for p in names:
        (folder / p.name).write_bytes(p.read_bytes())
    many = marsad.extract(folder)
    assert isinstance(many, list) and [r.doc_id for r in many] == [p.stem for p in names]


def test_settings_follow_the_cli_order(monkeypatch):
    monkeypatch.setenv("MARSAD_BACKEND", "llm")
    assert marsad.settings().backend == "llm"  # environment over default
    assert marsad.settings(backend="offline").backend == "offline"  # keyword over environment
    with pytest.raises(ConfigError, match="unknown setting"):
        marsad.extract(ATTACK, backnd="offline")
    with pytest.raises(ConfigError, match="llm"):
        marsad.extract(ATTACK)  # the llm backend chosen through the environment, with no server


def test_search_and_ask_after_ingest(samples, tmp_path):
    from marsad.index.ingest import ingest

    home = tmp_path / "api-home"
    ingest(marsad.settings(home=str(home)), [samples], progress=False)
    hits = marsad.search("Kirkuk", k=3, home=str(home))
    assert 0 < len(hits) <= 3 and all(isinstance(h, Hit) for h in hits)
    assert marsad.search("Kirkuk", k=3) == []  # the default home (the test's) holds nothing
    answer = marsad.ask("كم شرطيا قتل في هجوم كركوك؟", home=str(home), backend="offline")
    assert isinstance(answer, Answer)
    assert answer.abstained or answer.citations
