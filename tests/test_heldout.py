"""The held-out set: integrity, and the offline eval runs on it end to end.

Only integrity and citation validity are asserted: the held-out scores are a
measurement, never a target (see evals/heldout/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.evals.golden import RECORD_KINDS, load_golden

HELDOUT = Path(__file__).resolve().parent.parent / "evals" / "heldout"


@pytest.fixture(scope="module")
def heldout():
    return load_golden(HELDOUT)


def test_ids_are_unique_and_every_article_is_annotated(heldout):
    ids = [item.id for item in heldout.all_items()]
    assert len(ids) == len(set(ids))
    assert set(heldout.items) == set(heldout.docs)
    assert all(item.id.startswith(item.doc_id.split("_")[0] + ".") for item in heldout.all_items())


def test_size_and_coverage(heldout):
    assert len(heldout.docs) >= 8
    assert all(doc.published for doc in heldout.docs.values()), "relative dates need a publication date"
    required = [i for i in heldout.all_items() if not i.optional]
    attacks = [i for i in required if i.kind == "attacks"]
    assert {"ied", "armed_assault", "shelling", "assassination"} <= {a.fields.get("attack_type") for a in attacks}
    assert any(a.fields.get("injured") is None and "injured" in a.fields for a in attacks)
    assert {"planned", "established"} <= {i.fields.get("status") for i in required if i.kind == "joint_rooms"}
    assert any(i.fields.get("provisions") for i in required if i.kind == "agreements")
    empty = [d for d, per_kind in heldout.items.items()
             if not any(i for k in RECORD_KINDS[1:] for i in per_kind[k])]
    assert empty, "one article must have no security event"


def test_heldout_articles_are_not_golden_articles(heldout):
    golden = load_golden()
    assert not set(heldout.docs) & set(golden.docs)
    golden_texts = {doc.text for doc in golden.docs.values()}
    assert not any(doc.text in golden_texts for doc in heldout.docs.values())


def test_offline_eval_runs_end_to_end_with_valid_citations(cli, tmp_path):
    proc = cli("eval", "--backend", "offline", "--golden", str(HELDOUT), "--suite", "extraction",
                   "--report-dir", str(tmp_path))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["mode"] == "offline" and report["suites"] == ["extraction"]
    assert report["golden_version"] == (HELDOUT / "VERSION").read_text(encoding="utf-8").strip()
    assert report["metrics"]["extraction.citations.validity"] == 1.0
    assert {"extraction.all.f1", "extraction.attacks.recall"} <= set(report["metrics"])
