"""Integrity of the golden set: quotes found verbatim, ids unique, sizes, and a perfect self-score."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest

from marsad.core.errors import InputError
from marsad.evals import GOLDEN_DIR
from marsad.evals.golden import RECORD_KINDS, find_quote_spans, gold_as_predictions, load_golden
from marsad.evals.harness import score_extraction

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


@pytest.fixture(scope="module")
def golden():
    return load_golden()


@pytest.mark.parametrize("directory", [GOLDEN_DIR, GOLDEN_DIR.parent / "heldout"], ids=["golden", "heldout"])
def test_every_evidence_quote_is_found_verbatim(directory):
    """Both annotated sets (the golden set and the held-out set) resolve every quote exactly."""
    gs = load_golden(directory)
    for item in gs.all_items():
        text = gs.docs[item.doc_id].text
        for quote in item.quotes:
            spans = find_quote_spans(text, quote)
            assert spans, f"{item.id}: {quote!r} not in {item.doc_id}"
            assert all(text[s:e] == quote for s, e in spans)
        assert item.spans, item.id


def test_ids_are_unique_and_every_article_is_annotated(golden):
    ids = [item.id for item in golden.all_items()]
    assert len(ids) == len(set(ids))
    assert set(golden.items) == set(golden.docs)
    assert len({q.id for q in golden.qa}) == len(golden.qa)
    assert len({r.id for r in golden.retrieval}) == len(golden.retrieval)


def test_sizes_required_by_the_issue(golden):
    assert {p.stem for p in SAMPLES.glob("*.txt")} <= set(golden.docs)
    assert len(golden.fixture_ids) >= 12
    assert len(golden.qa) >= 30
    assert sum(q.expect_abstain for q in golden.qa) >= 5
    assert {q.language for q in golden.qa} == {"ar", "en"}
    assert len(golden.retrieval) >= 30
    assert {r.language for r in golden.retrieval} == {"ar", "en"}


def test_the_fixtures_cover_the_cases_the_samples_lack(golden):
    items = golden.all_items()
    attacks = [i for i in items if i.kind == "attacks" and not i.optional]
    rooms = [i for i in items if i.kind == "joint_rooms" and not i.optional]
    assert any(a.fields.get("injured") and a.fields.get("perpetrator") for a in attacks)
    assert {"ied", "car_bomb", "assassination", "airstrike", "kidnapping"} <= {a.fields.get("attack_type") for a in attacks}
    assert {"planned", "established", "suspended"} <= {r.fields.get("status") for r in rooms}
    assert {"day", "month", "year"} <= {i.fields.get("date_precision") for i in items if i.fields.get("date")}
    assert any(not any(golden.items[d][k] for k in ("attacks", "joint_rooms", "agreements")) for d in golden.fixture_ids)
    assert any(golden.docs[d].text.isascii() for d in golden.fixture_ids)  # an English article
    assert any(i.kind == "agreements" and i.fields.get("provisions") for i in items if i.doc_id in golden.fixture_ids)


def test_gold_scored_against_itself_is_perfect(golden):
    metrics, _, counts, details = score_extraction(golden, gold_as_predictions(golden, include_optional=True))
    assert all(v == 1.0 for v in metrics.values()), {k: v for k, v in metrics.items() if v != 1.0}
    assert not details["false_positives"] and not details["duplicates"]
    assert sum(counts[f"extraction.{k}"]["optional_hits"] for k in RECORD_KINDS) > 0


def test_a_quote_not_in_the_article_fails_loudly(tmp_path):
    broken = tmp_path / "golden"
    shutil.copytree(GOLDEN_DIR, broken)
    manifest = json.loads((broken / "manifest.json").read_text())
    manifest["articles"] = [str(SAMPLES), str(broken / "articles")]
    (broken / "manifest.json").write_text(json.dumps(manifest))
    path = broken / "annotations" / "fx01_tarmiyah_ied.json"
    data = json.loads(path.read_text())
    data["attacks"][0]["evidence"].append("قتل ثلاثة جنود")  # not in the article
    path.write_text(json.dumps(data, ensure_ascii=False))
    with pytest.raises(InputError, match="fx01.attack.tarmiyah.*not found verbatim"):
        load_golden(broken)


@pytest.mark.corpus
def test_fixture_articles_are_not_taken_from_the_shared_corpus(golden, corpus_path):
    probes = {}
    for doc_id in golden.fixture_ids:
        text = golden.docs[doc_id].text
        paragraphs = [p for p in text.split("\n\n") if len(p) > 80]
        probes[doc_id] = paragraphs[0][:80]
    found = set()
    with gzip.open(corpus_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            for doc_id, probe in probes.items():
                if probe in line:
                    found.add(doc_id)
    assert not found, f"fixture text found in the shared corpus: {sorted(found)}"
