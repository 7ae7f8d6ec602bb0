"""`marsad search` tells a result that holds none of the query's words (ux64), as the app's Search tab does: piped,
the vectors' fill-in below the keyword hits (or every hit of a query no article matches) looked like a match. One
real `marsad search` process (the piped output) on a temp home of two articles written here, the English and
`--json` runs in this process (review64 finding 4); the app's HTML says it from the same text."""

from __future__ import annotations

import json

from marsad.core.display import NO_QUERY_WORD, no_query_word

_DOCS = [
    {"id": "d1", "title": "هجوم على حاجز", "date": "2016-06-15",
     "text": "هاجم مسلحون حاجزا في بلدة الريحان الشمالية فقتلوا ثلاثة أفراد من شرطة المرور."},
    {"id": "d2", "title": "افتتاح جسر", "date": "2016-06-16",
     "text": "افتتح المحافظ جسرا جديدا فوق النهر في بلدة الياسمين بعد عامين من العمل."},
]


def test_search_marks_a_result_without_the_querys_words(tmp_path, marsad_home, cli, run_cli):
    src = tmp_path / "docs.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in _DOCS) + "\n", encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0  # in this process: the ingest is not tested here
    # the one real process: the piped text output of `marsad search` (no terminal, so no bold escapes)
    run = run_cli("search", "حاجز الريحان", "-k", "2")  # d1 matches; d2 only fills in
    assert run.returncode == 0, run.stderr
    first, second = run.stdout.split("\n\n")[:2]
    assert "d1" in first and NO_QUERY_WORD["ar"] not in first
    assert "d2" in second and f"· {NO_QUERY_WORD['ar']}" in second.splitlines()[1]  # on the meta line
    run = cli("search", "checkpoint", "-k", "2")  # an English query: told in English (in this process)
    assert run.returncode == 0 and NO_QUERY_WORD["en"] in run.stdout.split("\n\n")[1], run.stdout
    rows = json.loads(cli("search", "حاجز الريحان", "-k", "2", "--json").stdout)
    assert [(r["doc_id"], r["matched"]) for r in rows] == [("d1", True), ("d2", False)]


def test_the_app_says_it_in_both_languages():
    from marsad.schemas import Hit
    from marsad.ui.html import render_hits

    hit = Hit(doc_id="d2", chunk_id="d2:0", title="افتتاح جسر", text=_DOCS[1]["text"], start=0,
              end=len(_DOCS[1]["text"]), score=0.1)
    assert no_query_word() in render_hits([hit], [(_DOCS[1]["text"], [])])
    assert no_query_word() == f"{NO_QUERY_WORD['en']} · {NO_QUERY_WORD['ar']}"
