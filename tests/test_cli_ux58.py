"""Pass 58 (ux58): an analyst's session on a dated archive (ux57's leads and what the session found).

- `marsad events` over a period holding no event said only how many were left out; it now says where the events
  are (the nearest before and after, those told too vaguely to lie inside), as `ask`/`search` point to later articles.
- The app's Events tab had no column of the place as the article wrote it (the CSV's ``location_ar``), its Arabic
  cells were not laid out in their own direction (the Records table's style named only that table), and its From/To
  compared ISO prefixes: a date that is none ("2018-13") filtered silently.
- The chat told an Arabic question's bad Since/Until date in English ("Since '2018-13' is not a date").
- A long place name shifted its row of the `marsad events` table.
"""

from __future__ import annotations

import json

import pytest

# written for this test: two incidents, told without their day, published on 20 May and on 2 June 2018
_TWO = [("may", "2018-05-20", "قالت الشرطة إن أربعة جنود قتلوا في هجوم بعبوة ناسفة على دورية عسكرية في مدينة تكريت."),
        ("june", "2018-06-02", "أفاد مسؤول محلي بأن مسلحين قتلوا اثنين من رعاة الأغنام قرب بلدة طوزخورماتو.")]
_GAP = ("--since", "2018-05-25", "--until", "2018-05-31")


def _ingest_two(cli, tmp_path):
    src = tmp_path / "two.jsonl"
    src.write_text("".join(json.dumps({"id": i, "date": d, "title": "خبر", "text": t}, ensure_ascii=False) + "\n"
                           for i, d, t in _TWO), encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0


# ---------------------------------------------------------------- 1: events over an empty period point to the events
def test_events_over_an_empty_period_say_where_the_events_are(cli, tmp_path):
    _ingest_two(cli, tmp_path)
    gap = cli("events", "--no-progress", *_GAP)
    assert gap.returncode == 0 and gap.stdout.startswith("0 events"), gap.stdout
    assert ("no event is dated from 2018-05-25 to 2018-05-31: the nearest before it is dated 2018-05-20; "
            "the nearest after it 2018-06-02") in gap.stdout, gap.stdout
    assert "`marsad search`/`ask --since` read the publication date" in gap.stdout
    held = cli("events", "--no-progress", "--since", "2018-05")
    assert "no event is dated" not in held.stdout and "ev_" in held.stdout  # a period holding events: no pointer
    told = cli("events", "--json", "--no-progress", *_GAP)  # (pass 59) stdout stays JSON, the pointer goes to stderr
    assert told.returncode == 0 and json.loads(told.stdout) == [], told.stdout
    assert told.stderr.startswith("no event is dated from 2018-05-25 to 2018-05-31: the nearest before it is dated "
                                  "2018-05-20"), told.stderr
    table = cli("events", "--format", "csv", "--no-progress", *_GAP)
    assert "no event is dated" in table.stderr and "no event is dated" not in table.stdout, table
    assert "no event is dated" not in cli("events", "--json", "--no-progress", "--since", "2018-05").stderr


def test_the_pointer_counts_events_told_too_vaguely_and_speaks_arabic():
    from marsad.agent.events_period import events_in_period, period_pointer
    from marsad.index.period import Period

    rows = [{"date": "2018-05", "first_reported": "2018-05-30"}, {"date": None, "first_reported": "2018-04-02"},
            {"date": None, "first_reported": None}]
    period = Period("2018-05-10", "2018-05-20")
    assert events_in_period(rows, period) == ([], 3) and events_in_period(rows, None) == (rows, 0)
    told = period_pointer(rows, period)
    assert told.startswith("no event is dated from 2018-05-10 to 2018-05-20: the nearest before it is dated 2018-04-02")
    assert "1 told only to a month or a year overlap it" in told and "1 carry no date" in told, told
    assert "لا حدث مؤرخا من 2018-05-10 حتى 2018-05-20" in period_pointer(rows, period, "ar")
    assert period_pointer(rows, Period("2018-05", "2018-05")) is None  # the month holds the first row
    assert period_pointer([], period) is None  # an empty archive has its own message


def test_a_long_place_keeps_the_table_aligned(cli, tmp_path, monkeypatch):
    from marsad.cli import events as events_cli

    _ingest_two(cli, tmp_path)
    rows = json.loads(cli("events", "--json", "--no-progress").stdout)
    long_place = "Province of a very long made-up name"
    rows[0]["location"] = {"name": "مكان", "name_en": long_place}
    monkeypatch.setattr("marsad.agent.events.build_events", lambda *a, **k: [_Row(r) for r in rows])
    lines = [ln for ln in cli("events", "--no-progress").stdout.splitlines() if "ev_" in ln]
    assert len({ln.index(" ied ") if " ied " in ln else ln.index(" armed_assault ") for ln in lines}) == 1, lines
    assert any("…" in ln and long_place[: events_cli.PLACE_WIDTH - 1] in ln for ln in lines), lines


class _Row:
    def __init__(self, row):
        self.row = row

    def as_dict(self):
        return self.row


# ---------------------------------------------------------------- 2: the Events tab
def test_the_events_tab_shows_the_place_as_the_article_wrote_it():
    from marsad.ui import events_tab

    event = {"event_id": "e", "date": "2018-05-20", "killed": 4, "injured": None, "attack_type": "ied",
             "perpetrator": None, "doc_ids": ["a"], "location": {"name": "مدينة تكريت", "name_en": "Tikrit"}}
    row = events_tab.event_table_rows([event])[0]
    assert (row["place"], row["place_ar"]) == ("Tikrit", "مدينة تكريت")  # the CSV's location_en / location_ar
    columns = events_tab.EVENT_COLUMNS
    assert columns.index("place_ar") == columns.index("place") + 1  # beside the one place cell
    assert events_tab.EVENT_LABELS["place_ar"].endswith("المكان كما ورد")


def test_the_events_table_lays_out_arabic_cells_as_the_records_table():
    from marsad.ui.html import CSS

    rule = next(block for block in CSS.split("}") if "unicode-bidi: plaintext; text-align: start" in block)
    assert "#marsad-events" in rule and "#marsad-records" in rule, rule


def test_the_events_tab_reads_a_period_as_marsad_events():
    from marsad.agent.events_period import filter_events, period_pointers
    from marsad.index.period import parse_period
    from marsad.ui import events_tab

    rows = [{"event_id": "m", "date": "2018-05", "first_reported": "2018-05-30", "attack_type": "ied",
             "perpetrator": None},
            {"event_id": "d", "date": "2018-05-12", "first_reported": "2018-05-12", "attack_type": "ied",
             "perpetrator": None}]
    kept = filter_events(rows, events_tab.read_period("2018-05-10", "2018-05-20")[0])
    assert [e["event_id"] for e in kept] == ["d"]  # a month's event does not lie wholly in ten days of it
    assert [e["event_id"] for e in filter_events(rows, events_tab.read_period("2018", "")[0])] == ["m", "d"]  # a year
    period, told = events_tab.read_period("2018-13", "")
    assert period is None and "From '2018-13' is not a date" in told, told
    period, told = events_tab.read_period("2018-06", "2018-05")
    assert period is None and "«إلى»" in told and "From 2018-06 is after To 2018-05" in told, told

    told = period_pointers(filter_events(rows), parse_period("2018-06", "2018-06", caller="events_tab"))
    assert told[0].startswith("لا حدث مؤرخا في 2018-06") and told[1].startswith("no event is dated in 2018-06")
    assert "the chat's Since/Until read the publication date" in told[1] and "marsad" not in told[1], told


# ---------------------------------------------------------------- 3: the chat's date error in the question's language
def test_the_chat_tells_a_bad_date_in_the_questions_language():
    pytest.importorskip("gradio")
    from marsad.ui.app import _chat

    _, history, _, kept = _chat(None, "كم جنديا قتل في تكريت؟", [], "2018-13", "")
    told = history[-1][1]
    assert "«من»" in told and "ليس تاريخا" in told and "الحل" in told and "Since" not in told, told
    assert kept == "كم جنديا قتل في تكريت؟"  # the question stays in the box to retry
    _, history, _, _ = _chat(None, "كم جنديا قتل في تكريت؟", [], "2018-06", "2018-05")
    assert "بعد «حتى»" in history[-1][1] and "بدّل التاريخين" in history[-1][1], history[-1][1]
    _, history, _, _ = _chat(None, "How many soldiers were killed in Tikrit?", [], "2018-13", "")
    assert "Since &#x27;2018-13&#x27; is not a date" in history[-1][1] or "Since '2018-13' is not a date" in \
        history[-1][1], history[-1][1]


def test_the_cli_and_the_api_keep_their_english_names():
    from marsad.core.errors import ConfigError
    from marsad.index.period import parse_period

    with pytest.raises(ConfigError, match="--since '2018-13' is not a date"):
        parse_period("2018-13", None, language="ar")  # a flag is named as typed, whatever the question's language
    with pytest.raises(ConfigError, match="since='2018-13'"):
        parse_period("2018-13", None, caller="api", language="ar")


def test_the_events_note_is_an_arabic_sentence_then_an_english_one():
    from marsad.ui import events_tab
    from marsad.ui.html import render_message

    events = [{"killed": 4, "doc_ids": ["a", "b"]}, {"killed": None, "doc_ids": ["c"]}]
    note = events_tab.events_note(events, [{"date": "~2018-05-20"}])
    arabic, english = note.split(" · ")
    assert arabic.startswith("الأحداث: 2 — القتلى: 4") and "بأكثر من مصدر: 1" in arabic and "events" not in arabic
    assert english.startswith("2 events — 4 killed (latest totals) — 1 reported by several articles")
    assert "first reported" in english and "أول خبر" in arabic
    assert render_message(note).count("<bdi>") == 2  # one isolated part per language
    assert events_tab.events_note(events, []) == ("الأحداث: 2 — القتلى: 4 (آخر الحصائل) — بأكثر من مصدر: 1 · "
                                                  "2 events — 4 killed (latest totals) — 1 reported by several articles")


def test_an_improvement_shows_the_digits_that_differ():
    from marsad.evals.baseline import compare

    baseline = {"modes": {"offline": {"metrics": {"a": 0.99310, "b": 0.5}, "tolerances": {}}}}
    _, notes = compare({"a": 0.99340, "b": 0.6}, baseline, "offline")
    assert "improved a: 0.9931 -> 0.9934" in notes and "improved b: 0.500 -> 0.600" in notes, notes


# ---------------------------------------------------------------- 4: extract --out naming the input
def test_extract_refuses_an_out_that_is_its_input_or_holds_articles(cli, tmp_path):
    src = tmp_path / "articles.jsonl"
    body = "".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n" for i, d, t in _TWO)
    src.write_text(body.rstrip("\n"), encoding="utf-8")  # the last article ends without a newline
    before = src.read_bytes()
    same = cli("extract", str(src), "--out", str(src), "--no-progress")
    assert same.returncode == 2 and "is also an input PATH" in same.stderr and "Fix: give another --out" in \
        same.stderr, same.stderr
    other = tmp_path / "other.jsonl"
    other.write_bytes(before)
    into = cli("extract", str(src), "--out", str(other), "--no-progress")
    assert into.returncode == 2 and "holds articles" in into.stderr, into.stderr
    assert src.read_bytes() == before == other.read_bytes()  # neither file changed: its last article is whole
    out = tmp_path / "records.jsonl"
    assert cli("extract", str(src), "--out", str(out), "--no-progress").returncode == 0
    again = cli("extract", str(src), "--out", str(out), "--no-progress")  # resuming a records file is as before
    assert again.returncode == 0 and '"resumed": 2' in again.stderr, again.stderr


def test_an_empty_question_is_told_as_a_question(cli):
    asked = cli("ask", "  ")
    assert asked.returncode == 2 and "give the question" in asked.stderr and "- to read" in asked.stderr, asked.stderr
    searched = cli("search", "")
    assert searched.returncode == 2 and "give the words to look for" in searched.stderr


# ---------------------------------------------------------------- 5: where a JSON error is
def test_a_bad_json_line_or_file_says_where_the_error_is(cli, tmp_path):
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"id": "a", "text": "cut"\n{"id": "b" "text": "x"}\n', encoding="utf-8")
    whole = tmp_path / "whole.json"
    whole.write_text('[{"id": "c", "text": "y"},\n', encoding="utf-8")
    told = cli("ingest", str(lines), str(whole), "--no-progress").stderr
    assert "lines.jsonl:1: line is not valid JSON (Expecting ',' delimiter at the end of the line: is it cut short?)" \
        in told, told  # was "column 1", the next line's column
    assert "lines.jsonl:2: line is not valid JSON (Expecting ',' delimiter at column 12)" in told, told
    assert "whole.json: is not valid JSON (Expecting value at the end of the file: is it cut short?)" in told, told


# ---------------------------------------------------------------- 6: the app names an upload as uploaded
def test_the_app_names_a_bad_upload_as_it_was_uploaded(tmp_path, marsad_home):
    import threading
    import types

    from marsad.core.config import resolve_settings
    from marsad.index.docstore import DocStore
    from marsad.ui.ingest import IngestJob, as_uploaded, ingest_worker

    staged_dir = marsad_home / "uploads" / "20180520-101500"
    staged_dir.mkdir(parents=True)
    bad = staged_dir / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "cut"\n', encoding="utf-8")
    settings = resolve_settings({})
    with DocStore(settings) as store:
        services = types.SimpleNamespace(settings=settings, lock=threading.Lock(), store=store)
        job = IngestJob()
        ingest_worker(services, [bad], job)
    errors = [text for kind, text in job.lines if kind == "error"]
    # (pass 59) a file's failure reads Arabic then English, each half naming the file as it was uploaded
    assert errors and errors[0].startswith("bad.jsonl:1: ") and " · bad.jsonl:1: line is not valid JSON" in errors[0], job.lines
    assert str(staged_dir) not in errors[0], job.lines
    summary = job.lines[0][1]  # (pass 59) the tab's notes Arabic then English
    assert summary.startswith("0 مستند: 0 أضيف") and " · 0 document(s): 0 added" in summary, job.lines
    assert as_uploaded(f"{bad}:3", [bad]) == "bad.jsonl:3" and as_uploaded("other:1", [bad]) == "other:1"


def test_an_out_named_for_one_format_and_a_format_flag_for_another_are_refused(cli, tmp_path):
    _ingest_two(cli, tmp_path)
    res = cli("events", "--format", "csv", "--out", str(tmp_path / "ev.geojson"), "--no-progress")
    assert res.returncode == 2 and "named for geojson but --format csv" in res.stderr, res.stderr
    assert f"Fix: --out {tmp_path / 'ev.csv'}, or drop --format" in res.stderr and not (tmp_path / "ev.geojson").exists()
    assert cli("actors", "--format", "jsonl", "--out", str(tmp_path / "a.csv"), "--no-progress").returncode == 2
    assert cli("events", "--format", "csv", "--out", str(tmp_path / "ev.txt"), "--no-progress").returncode == 0
    assert cli("events", "--format", "csv", "--out", str(tmp_path / "ev.csv"), "--no-progress").returncode == 0


def test_a_usage_error_is_told_in_a_few_lines(cli, monkeypatch):
    res = cli("actors", "-n", "0")
    lines = res.stderr.splitlines()
    assert res.returncode == 2 and lines[0].startswith("usage: marsad actors [settings] [-h] [--json] [-n N]"), lines
    assert "--llm-base-url" not in res.stderr and len(lines) <= 5, res.stderr
    assert "marsad actors: error: argument -n: must be 1 or more, not 0" in res.stderr
    assert "Fix: `marsad actors --help` lists every flag" in res.stderr
    assert "--llm-base-url" in cli("actors", "--help").stdout  # --help still lists the settings
    assert "lists every command" in cli("bogus").stderr
