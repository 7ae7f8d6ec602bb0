"""The app's HTML builders, tables and upload checks: escaping, right-to-left, highlights (pure)."""

from __future__ import annotations

import csv
import json

from marsad.schemas import Actor, Answer, Attack, Citation, DocumentRecords, Location
from marsad.ui.html import (
    citation_choice,
    esc,
    parse_choice,
    render_answer,
    render_article,
    render_history,
    render_hits,
)
from marsad.ui.tables import COLUMNS, filter_rows, record_rows, write_csv, write_json
from marsad.ui.uploads import check_upload, stage_uploads

TEXT = "هجوم في كركوك <script>alert('x')</script>\nقتل 13 شرطيا في كركوك & أصيب 3."


def _cite(quote: str) -> Citation:
    start = TEXT.index(quote)
    return Citation(doc_id="d1", start=start, end=start + len(quote), quote=quote)


def _records() -> DocumentRecords:
    return DocumentRecords(
        doc_id="d1",
        attacks=[Attack(citations=[_cite("قتل 13 شرطيا في كركوك")], killed=13, injured=3,
                        location=Location(name="كركوك", governorate="Kirkuk"), attack_type="armed_assault")],
        actors=[Actor(citations=[_cite("شرطيا")], name="شرطيا", type="police")],
    )


def test_escape():
    assert esc("<b>&\"'") == "&lt;b&gt;&amp;&quot;&#x27;"
    assert esc(None) == ""


def test_script_in_an_article_renders_as_text():
    html = render_article(TEXT, _records(), title="<img src=x onerror=alert(1)>", doc_id="d1")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "&lt;img" in html
    assert 'dir="rtl"' in html


def test_article_highlights_by_type_and_focus():
    quote = "قتل 13 شرطيا في كركوك"
    start = TEXT.index(quote)
    html = render_article(TEXT, _records(), focus=(start, start + 4))
    body = html.split("marsad-article")[1]
    assert "marsad-attack" in body and "marsad-actor" not in body
    assert html.count('id="marsad-focus"') == 1
    assert "killed 13" in html  # tooltip of the attack highlight
    # the nested actor span keeps the attack colour (more specific) but lists both in its tooltip
    assert "actor / فاعل: شرطيا" in html


def test_answer_is_escaped_rtl_with_clickable_markers_and_snippets():
    quote = "قتل 13 شرطيا في كركوك"
    answer = Answer(answer="قتل 13 <b>شرطيا</b> [1].", citations=[_cite(quote)], language="ar")
    html = render_answer(answer, {"d1": TEXT}, {"d1": "عنوان <i>"})
    assert 'dir="rtl"' in html and "&lt;b&gt;" in html and "<b>" not in html
    assert 'href="#marsad-cite-1"' in html and 'id="marsad-cite-1"' in html
    assert f"<mark>{quote}</mark>" in html
    assert "&lt;script&gt;" in html  # the context around the quote is escaped too
    assert 'data-doc="d1"' in html and f'data-start="{TEXT.index(quote)}"' in html
    assert "&lt;i&gt;" in html


def test_english_answer_is_ltr_and_abstention_marked():
    html = render_answer(Answer(answer="The sources don't say.", abstained=True, language="en"))
    assert 'dir="ltr"' in html and "marsad-abstained" in html


def test_history_newest_first_and_escaped():
    html = render_history([("<q1>", "<p>a1</p>"), ("سؤال", "<p>a2</p>")])
    assert html.index("سؤال") < html.index("&lt;q1&gt;")
    assert 'dir="rtl"' in html
    assert "Ask a question" in render_history([])


def test_citation_choice_round_trip():
    assert parse_choice(citation_choice(2, "004_dea", 10, 20)) == ("004_dea", 10, 20)
    assert parse_choice("nonsense") is None


def test_hits_are_escaped():
    from marsad.schemas import Hit

    html = render_hits([Hit(doc_id="x", score=0.5, start=0, end=5, text="<script>1</script>")])
    assert "<script>" not in html
    assert "No results" in render_hits([])


def test_record_rows_filters_and_exports(tmp_path):
    rows = record_rows([_records()])
    assert len(rows["attacks"]) == 1 and rows["attacks"][0]["killed"] == 13
    assert rows["attacks"][0]["governorate"] == "Kirkuk"
    assert filter_rows(rows["attacks"], "كركوك") == rows["attacks"]
    assert filter_rows(rows["attacks"], "الموصل") == []
    assert filter_rows(rows["attacks"], "", "other") == []
    csv_path = write_csv(rows["attacks"], COLUMNS["attacks"], tmp_path / "a.csv")
    with csv_path.open(encoding="utf-8-sig") as fh:
        read = list(csv.DictReader(fh))
    assert read[0]["killed"] == "13" and read[0]["quote"] == "قتل 13 شرطيا في كركوك"
    assert json.loads(write_json(rows["attacks"], tmp_path / "a.json").read_text(encoding="utf-8"))[0]["killed"] == 13


def test_upload_limits(tmp_path):
    ok = tmp_path / "مقال 1.txt"
    ok.write_text("نص", encoding="utf-8")
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    big = tmp_path / "big.txt"
    big.write_text("x" * 2000)
    assert check_upload(ok) is None
    assert "not accepted" in check_upload(exe)
    assert "empty" in check_upload(empty)
    assert "limit" in check_upload(big, max_bytes=1000)
    staged, errors = stage_uploads([ok, exe, empty], tmp_path / "staged")
    assert [p.name for p in staged] == ["مقال_1.txt"] and len(errors) == 2
    assert all(("tool.exe" in e) or ("empty.txt" in e) for e in errors)
