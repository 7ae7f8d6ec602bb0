"""Progress bars: totals counted cheaply up front, and no bar unless stderr is a terminal."""

from __future__ import annotations

import gzip
import io

from marsad.index.progress import count_documents, progress_bar, wants_progress


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_count_documents_counts_files_and_jsonl_lines(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("# t\nbody", encoding="utf-8")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": 1}\n{"id": 2}\n{"id": 3}', encoding="utf-8")  # no final newline
    with gzip.open(tmp_path / "d.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("".join(f'{{"id": {i}}}\n' for i in range(7)))
    assert count_documents([tmp_path]) == 1 + 1 + 3 + 7
    assert count_documents([tmp_path / "c.jsonl", tmp_path / "a.txt"]) == 4
    assert count_documents([tmp_path / "missing"]) == 0


def test_a_broken_gzip_gives_no_total(tmp_path):
    (tmp_path / "bad.jsonl.gz").write_bytes(b"not gzip at all")
    assert count_documents([tmp_path]) is None


def test_bar_only_on_a_terminal():
    assert wants_progress(True, _Tty()) is True
    assert wants_progress(True, io.StringIO()) is False  # a pipe or a log file
    assert wants_progress(False, _Tty()) is False  # --no-progress
    bar = progress_bar(True, desc="x", total=3)  # pytest captures stderr: not a terminal
    assert bar.disable
    bar.close()
