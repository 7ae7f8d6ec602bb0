"""A stopped batch's count of what it extracted (agent.batch)."""


def test_a_stopped_run_counts_the_lines_it_appended(tmp_path):
    """A stop between a line's write and its count: the count a stopped run reports is read from its own lines."""
    from marsad.agent.batch import _lines_after

    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "a"}\n', encoding="utf-8")
    start = out.stat().st_size
    with open(out, "a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "b"}\n{"doc_id": "ج"}\n')
    assert _lines_after(out, start) == 2
    assert _lines_after(out, 0) == 3
