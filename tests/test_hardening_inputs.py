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
