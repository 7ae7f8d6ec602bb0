"""What a cold `marsad search` loads (ux62): the real command in a new interpreter, over an index of articles written
for this test. It needs BM25, numpy and the document models; the record and answer models (pydantic schema building
for some twenty classes) and chromadb are for other commands, and loading them made every search slower."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_ARTICLES = [
    {"id": "u1", "title": "افتتاح جسر في مدينة الواحة", "date": "2019-03-02",
     "text": "افتتح محافظ مدينة الواحة جسرا جديدا فوق النهر الكبير بحضور عدد من المهندسين والسكان."},
    {"id": "u2", "title": "مهرجان للكتاب في بلدة السنديان", "date": "2019-03-05",
     "text": "بدأ في بلدة السنديان مهرجان سنوي للكتاب يشارك فيه ناشرون من مدن عدة طوال أسبوع كامل."},
]

_PROBE = """
import sys
from marsad.cli import main
code = main(sys.argv[1:])
heavy = [m for m in ("marsad.schemas.records", "marsad.schemas.answer", "marsad.schemas.citation", "chromadb",
                     "openai") if m in sys.modules]
print("LOADED", heavy, file=sys.stderr)
sys.exit(code)
"""


def test_a_cold_search_loads_neither_the_record_models_nor_chromadb(cli, tmp_path, marsad_home):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in _ARTICLES), encoding="utf-8")
    assert cli("ingest", str(source), "--no-progress").returncode == 0  # the index, built in this process
    # the console script's own code (``marsad.cli.main``) in a new interpreter, then what it loaded
    proc = subprocess.run([sys.executable, "-c", _PROBE, "search", "جسر الواحة", "-k", "1", "--json"],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "MARSAD_HOME": str(marsad_home)})
    assert proc.returncode == 0, proc.stderr
    hits = json.loads(proc.stdout)
    assert hits[0]["doc_id"] == "u1" and hits[0]["published"] == "2019-03-02" and hits[0]["snippet"]
    assert "LOADED []" in proc.stderr, proc.stderr


def test_the_schemas_package_still_gives_every_name():
    """`from marsad.schemas import X` of any contract name, `import *` and dir() all still work, each name loading its
    own module."""
    code = ("import sys, marsad.schemas as s; assert 'marsad.schemas.records' not in sys.modules; "
            "from marsad.schemas import Hit; assert 'marsad.schemas.records' not in sys.modules; "
            "from marsad.schemas import *; assert DocumentRecords.__name__ == 'DocumentRecords'; "
            "assert set(s.__all__) <= set(dir(s)); assert s.RECORD_TYPES and s.Answer and s.Citation; "
            "print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "ok", out.stdout + out.stderr
