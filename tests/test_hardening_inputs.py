"""Issue 10: hostile and careless inputs — symlink loops, same-named files, duplicate ids, size limits."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys

import pytest

from marsad.core.errors import InputError
from marsad.index.loaders import iter_documents
from marsad.schemas import Document

TEXT = "قتل 5 من عناصر الشرطة في هجوم على نقطة تفتيش في كركوك.\n"


def _take(paths, limit=500):
    items = list(itertools.islice(iter_documents(paths), limit))
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symlink_loops_visit_each_real_directory_once(tmp_path):
    """10.2: one loop gave 40 false duplicate-id errors; two loops grew without end."""
    root = tmp_path / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "one.txt").write_text(TEXT, encoding="utf-8")
    (root / "a" / "b" / "two.txt").write_text(TEXT + "2", encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to(root / "a")  # loop 1
    (root / "a" / "b" / "top").symlink_to(root)  # loop 2
    (root / "a" / "self").symlink_to(root / "a" / "self")  # a link to itself
    (root / "alias.txt").symlink_to(root / "a" / "one.txt")  # the same file twice
    # in a child process with a deadline and a memory cap: the old walk never ended
    code = ("import json, sys, resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31)); "
            "from marsad.index.loaders import iter_documents; "
            "print(json.dumps([[type(i).__name__, getattr(i, 'path', None)] for i in iter_documents(sys.argv[1:])]))")
    proc = subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    items = json.loads(proc.stdout)
    assert sorted(items) == sorted([["Document", str(root / "a" / "b" / "two.txt")],
                                    ["Document", str(root / "a" / "one.txt")]])


def test_same_named_files_in_sub_directories_get_their_own_ids(tmp_path, samples):
    """10.5: A/report.txt and B/report.txt shared the id ``report``; the second silently replaced the first."""
    root = tmp_path / "in"
    for sub in ("A", "B"):
        (root / sub).mkdir(parents=True)
        (root / sub / "report.txt").write_text(f"{TEXT}{sub}", encoding="utf-8")
    (root / "top.txt").write_text(TEXT, encoding="utf-8")
    docs, errors = _take([root])
    assert not errors and sorted(d.doc_id for d in docs) == ["A/report", "B/report", "top"]
    # the DOMAIN.md contract: a single file, or a file directly in the root, keeps its stem
    docs, _ = _take([samples])
    assert sorted(d.doc_id for d in docs) == sorted(p.stem for p in samples.glob("*.txt"))
    docs, _ = _take([root / "A" / "report.txt", root / "B" / "report.txt"])
    assert [d.doc_id for d in docs] == ["report", "B/report"]


def test_ingest_of_a_same_named_file_elsewhere_keeps_both(cli, tmp_path):
    """10.5: `ingest A/report.txt` then `ingest B/report.txt` said "1 replaced" and lost the first article."""
    from marsad.core.config import resolve_settings
    from marsad.index.docstore import DocStore

    a, b = tmp_path / "A" / "report.txt", tmp_path / "B" / "report.txt"
    for path, extra in ((a, "أ"), (b, "ب")):
        path.parent.mkdir()
        path.write_text(TEXT + extra, encoding="utf-8")
    assert cli("ingest", str(a), "--no-progress").returncode == 0
    second = cli("ingest", str(b), "--no-progress")
    assert second.returncode == 0 and "1 added" in second.stdout and "0 replaced" in second.stdout
    assert "0 added" in cli("ingest", str(b), "--no-progress").stdout  # stable: same path, same id
    b.write_text(TEXT + "ب تغيير", encoding="utf-8")
    assert "1 replaced" in cli("ingest", str(b), "--no-progress").stdout  # a real re-ingest still replaces
    with DocStore(resolve_settings({})) as store:
        ids = store.ids()
        assert ids == ["B/report", "report"]
        assert store.get("report").text.endswith("أ") and store.get("B/report").text.endswith("ب تغيير")


def test_duplicate_id_inside_one_jsonl_is_reported_with_its_line(tmp_path, cli):
    """10.5: extract dropped the second record with a repeated id without a word or an errors line."""
    src = tmp_path / "dup.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": TEXT + t}, ensure_ascii=False)
                             for i, t in (("x1", "1"), ("x2", "2"), ("x1", "3"))) + "\n", encoding="utf-8")
    docs, errors = _take([src])
    assert [d.doc_id for d in docs] == ["x1", "x2"]
    assert len(errors) == 1 and errors[0].path == f"{src}:3" and "first at line 1" in errors[0].reason
    out = tmp_path / "out" / "r.jsonl"
    res = cli("extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress")
    assert res.returncode == 4 and f"{src}:3" in res.stderr and "duplicate id 'x1'" in res.stderr
    errs = [json.loads(x) for x in (tmp_path / "out" / "r.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["input"] for e in errs] == [f"{src}:3"]
    ing = cli("ingest", str(src), "--no-progress")
    assert ing.returncode == 4 and f"{src}:3" in ing.stderr and "2 added" in ing.stdout


def test_extract_reports_an_id_repeated_across_files(tmp_path, cli):
    """10.5: the same record id in two JSONL files: the second is named in the errors, not dropped silently."""
    for name, extra in (("a.jsonl", "1"), ("b.jsonl", "2")):
        (tmp_path / name).write_text(json.dumps({"id": "same", "text": TEXT + extra}, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    out = tmp_path / "r.jsonl"
    res = cli("extract", str(tmp_path / "a.jsonl"), str(tmp_path / "b.jsonl"), "--out", str(out), "--backend",
              "offline", "--no-progress")
    assert res.returncode == 4 and "duplicate doc_id 'same'" in res.stderr and "b.jsonl" in res.stderr
