"""Pass 57 (uxb57): the small faults ux57 met outside its files (its leads A1-A5).

- A1: `marsad events` / `marsad actors` on an empty home raised ``InputError`` without its reason (a TypeError
  traceback, then an optional ``reason`` as a stopgap): errors.nothing_ingested is the one error of an empty home.
- A2: `marsad.ask(since="2018-13")` named the CLI flag ``--since``; each front end's error names what its caller wrote.
"""

from __future__ import annotations

import pytest


# ---------------------------------------------------------------- A1: an empty home
def test_events_and_actors_on_an_empty_home_tell_the_one_nothing_ingested_error(cli, marsad_home):
    from marsad.core.errors import INGEST_FIRST, NOTHING_INGESTED

    for command in ("events", "actors"):
        res = cli(command, "--no-progress")
        assert res.returncode == 1 and "Traceback" not in res.stderr, res.stderr
        assert f"{marsad_home}: {NOTHING_INGESTED}" in res.stderr and f"Fix: {INGEST_FIRST}" in res.stderr, res.stderr
    searched = cli("search", "Kirkuk")  # search's 0 hits on an empty home: the same words (an English query's)
    assert NOTHING_INGESTED in searched.stdout and INGEST_FIRST in searched.stdout, searched.stdout


def test_an_input_error_needs_its_reason():
    from marsad.core.errors import InputError, nothing_ingested

    with pytest.raises(TypeError):
        InputError("no documents in HOME")  # the stopgap's shape is gone: path and reason, always
    err = nothing_ingested("/tmp/h")
    assert isinstance(err, InputError) and err.path == "/tmp/h" and err.reason


# ---------------------------------------------------------------- A2: a bad date names what the caller wrote
def test_the_api_names_its_argument_and_the_cli_its_flag(cli):
    import marsad
    from marsad.core.errors import ConfigError

    for call in (lambda: marsad.ask("كم قتيلا في كركوك؟", since="2018-13"),
                 lambda: marsad.search("كركوك", since="2018-13")):
        with pytest.raises(ConfigError) as info:
            call()
        assert "since='2018-13' is not a date" in str(info.value) and "--since" not in str(info.value), info.value
    with pytest.raises(ConfigError) as info:
        marsad.search("كركوك", since="2019", until="2018")
    assert "since='2019' is after until='2018'" in str(info.value), info.value
    res = cli("search", "كركوك", "--since", "2018-13")
    assert res.returncode == 2 and "--since '2018-13' is not a date" in res.stderr, res.stderr


# ---------------------------------------------------------------- A3: the one ask entry is on the map
def test_architecture_names_the_one_ask_entry_every_front_end_calls():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    text = (root / "ARCHITECTURE.md").read_text(encoding="utf-8")
    diagram = text.split("```")[1]
    assert "agent/asking.py" in diagram and "agent/asking" in text.split("```")[2]
    for front in ("marsad/cli/ask.py", "marsad/api.py", "ui/app.py"):  # what the map says is what the code does
        assert "from marsad.agent.asking import ask" in (root / front).read_text(encoding="utf-8"), front


# ---------------------------------------------------------------- A5: publication date (search, ask) vs incident date (events)
# written for this test: an attack of Tuesday 15 May told on Wednesday 16 May ("أمس")
_REPORTED_NEXT_DAY = ("قالت مصادر أمنية إن خمسة مدنيين قتلوا أمس الثلاثاء في انفجار سيارة مفخخة في مدينة الرمادي، "
                      "وإن سبعة آخرين أصيبوا بجروح.")
_DAY = ("--since", "2018-05-15", "--until", "2018-05-15")


def _ingest_next_day(cli, tmp_path):
    import json

    src = tmp_path / "next.jsonl"
    src.write_text(json.dumps({"id": "next-day", "date": "2018-05-16", "title": "انفجار في الرمادي",
                               "text": _REPORTED_NEXT_DAY}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0


def test_an_incident_reported_the_next_day_is_an_event_of_its_day_and_ask_says_where_to_look(cli, tmp_path):
    import json

    _ingest_next_day(cli, tmp_path)
    events = json.loads(cli("events", "--json", "--no-progress", *_DAY).stdout)
    assert [e["date"] for e in events] == ["2018-05-15"], events  # the incident's day
    searched = cli("search", "Ramadi", *_DAY)
    assert "1 article(s) published in the 7 days after it" in searched.stdout, searched.stdout
    assert "`marsad events` dates by the incident" in searched.stdout
    searched_ar = cli("search", "الرمادي", *_DAY)  # an Arabic query: told in Arabic, as `ask` tells it (pass 62)
    assert "نشرت في الأيام الـ7 التالية" in searched_ar.stdout, searched_ar.stdout
    asked = json.loads(cli("ask", "How many were killed in Ramadi?", "--json", *_DAY).stdout)
    assert "1 article(s) published in the 7 days after it" in asked["answer"] and asked["abstained"], asked
    asked_ar = json.loads(cli("ask", "كم قتيلا في الرمادي؟", "--json", *_DAY).stdout)
    assert "نشرت في الأيام الـ7 التالية" in asked_ar["answer"], asked_ar
    widened = json.loads(cli("ask", "كم قتيلا في الرمادي؟", "--json", "--since", "2018-05-15",
                             "--until", "2018-05-22").stdout)
    assert not widened["abstained"] and "5" in widened["answer"], widened  # the period widened as told finds it


def test_each_command_says_which_date_its_period_reads(cli):
    for command in ("search", "ask"):
        text = " ".join(cli(command, "--help").stdout.split())
        assert "by their publication date, not the incident's" in text, text
    text = " ".join(cli("events", "--help").stdout.split())
    assert "the incident's own date" in text and "not the articles' publication date" in text, text


def test_a_period_knows_its_last_day():
    from datetime import date

    from marsad.index.period import Period

    assert Period(None, "2016-02").last_day() == date(2016, 2, 29) and Period("2015", "2015").last_day() == \
        date(2015, 12, 31) and Period("2015").last_day() is None


# ---------------------------------------------------------------- A4: one rule for an event's place
# written for this test: a strike on a place the gazetteer knows (Ramadi) and on one it does not (a port named here)
_TWO_PLACES = [("known", "2018-05-20", "قالت مصادر أمنية إن خمسة مدنيين قتلوا في انفجار سيارة مفخخة في مدينة الرمادي."),
               ("unknown", "2018-06-02", "قالت مصادر محلية إن ثلاثة صيادين قتلوا في غارة جوية على ميناء رأس عيسى "
                                         "غرب اليمن.")]


def test_the_place_column_follows_one_rule_in_the_csv_the_geojson_the_table_and_the_app(cli, tmp_path):
    import csv
    import io
    import json

    from marsad.agent import events_export
    from marsad.ui.events_tab import event_table_rows

    src = tmp_path / "two.jsonl"
    src.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                           for i, d, t in _TWO_PLACES), encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0
    events = json.loads(cli("events", "--json", "--no-progress").stdout)
    by_doc = {e["doc_ids"][0]: e for e in events}
    known, unknown = by_doc["known"], by_doc["unknown"]
    assert known["location"]["name_en"] == "Ramadi" and not unknown["location"].get("name_en"), events
    rows = {r["doc_ids"]: r for r in csv.DictReader(io.StringIO(cli("events", "--format", "csv", "--no-progress").stdout))}
    assert (rows["known"]["location"], rows["known"]["location_en"]) == ("Ramadi", "Ramadi")
    assert rows["known"]["location_ar"] == known["location"]["name"]  # the article's words, always Arabic
    assert rows["unknown"]["location"] == rows["unknown"]["location_ar"] == unknown["location"]["name"]
    assert rows["unknown"]["location_en"] == "" and "رأس عيسى" in rows["unknown"]["location"]
    table = cli("events", "--no-progress").stdout
    geo = json.loads(cli("events", "--format", "geojson", "--no-progress").stdout)
    app = {r["event_id"]: r["place"] for r in event_table_rows(events)}
    for e in events:
        place = events_export.event_place(e)
        assert place in table and app[e["event_id"]] == place == rows[e["doc_ids"][0]]["location"]
    for feature in geo["features"]:
        assert feature["properties"]["location"] == rows[feature["properties"]["doc_ids"]]["location"]
        assert {"location_en", "location_ar"} <= set(feature["properties"])
    resolved_in_arabic = {"location": {"name": "قضاء الحويجة", "canonical_name": "الحويجة"}}
    assert events_export.event_place(resolved_in_arabic) == "الحويجة"  # the gazetteer's Arabic before the words
    assert event_table_rows([known | resolved_in_arabic])[0]["place"] == "الحويجة"  # the app's tab took the words
