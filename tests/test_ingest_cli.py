"""`marsad ingest` and `marsad search` through the real command, on the bundled samples."""

from __future__ import annotations

import json

import pytest

KIRKUK_ROOMS = {"000_c1ce3af31cb2744a", "001_38b082566a89427c"}


@pytest.fixture
def ingested(cli, samples):
    proc = cli("ingest", str(samples), "--no-progress")
    assert proc.returncode == 0, proc.stderr
    assert "5 document(s): 5 added" in proc.stdout
    return proc


@pytest.mark.parametrize("query", ["غرفة عمليات مشتركة في كركوك", "joint operations room in Kirkuk"])
def test_search_finds_the_kirkuk_joint_room_articles_first(ingested, cli, query):
    proc = cli("search", query, "-k", "3", "--json")
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)
    assert len(hits) == 3
    assert {h["doc_id"] for h in hits[:2]} == KIRKUK_ROOMS
    for hit in hits:
        assert {"doc_id", "title", "score", "start", "end", "text"} <= hit.keys()


def test_search_json_passages_are_exact_spans_of_the_sample_files(ingested, cli, samples):
    hits = json.loads(cli("search", "البيشمركة", "-k", "5", "--json").stdout)
    assert hits
    for hit in hits:
        text = (samples / f"{hit['doc_id']}.txt").read_bytes().decode("utf-8")
        assert text[hit["start"]:hit["end"]] == hit["text"]


def test_search_prints_readable_arabic_with_span(ingested, cli):
    proc = cli("search", "كركوك", "-k", "2")
    assert proc.returncode == 0, proc.stderr
    first, meta = proc.stdout.splitlines()[:2]
    assert first.startswith("1. ") and "score=" not in first  # a rank and the title, not a fused score
    assert "·" in meta  # date · source · doc id
    assert "كركوك" in proc.stdout  # Arabic printed as is, not escaped


def test_reingest_is_a_no_op(ingested, cli, samples):
    proc = cli("ingest", str(samples), "--no-progress")
    assert proc.returncode == 0
    assert "0 added, 0 replaced, 5 unchanged" in proc.stdout


def test_partial_failure_exit_4_names_each_bad_file(cli, samples, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "image.txt").write_bytes(b"\x89PNG\x00\x00" * 30)
    proc = cli("ingest", str(samples), str(bad), "--no-progress")
    assert proc.returncode == 4, proc.stderr
    assert f"{bad / 'empty.txt'}: is empty" in proc.stderr
    assert f"{bad / 'image.txt'}: is a binary file" in proc.stderr
    assert "5 added" in proc.stdout and "2 failed" in proc.stdout


def test_nothing_ingested_exit_1(cli, tmp_path):
    proc = cli("ingest", str(tmp_path / "missing.txt"), "--no-progress")
    assert proc.returncode == 1
    assert "missing.txt: does not exist" in proc.stderr


def test_search_before_ingest_says_so(cli):
    proc = cli("search", "Kirkuk")
    assert proc.returncode == 0
    assert "no hits" in proc.stdout
    assert cli("search", "كركوك").stdout.startswith("لا نتائج: ")  # in the query's language (pass 62)
