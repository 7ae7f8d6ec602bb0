"""Pass 57 (ux57): the same answer from every front end (uxb56's and ux56's leads).

- The app's Events tab left an undated event's date cell blank; `marsad events` says ``undated`` (one function now).
- `marsad ask` over a period holding no dated article said so; `marsad.ask` and the app's ``/ask`` gave the generic
  abstention. All three now ask through :func:`marsad.agent.asking.ask`.
- `marsad actors` gave a state a ``name:`` id (``name:اسراييل``) while its records say ``state:IL``, and an event's
  perpetrator with no actor record of its own (``israeli_army``) was no row of `actors`: the two JSON lines files did
  not join on the perpetrator's id.
- ``report.json`` lost ``skipped_unchanged`` in pass 56; it is back as a documented alias of ``resumed``.
"""

from __future__ import annotations

import json
import re

import pytest
from served_app import gradio_client, served_app

_UNDATED = ("قالت الشرطة إن عبوة ناسفة انفجرت قرب سوق شعبي في بعقوبة مما أدى إلى مقتل ثلاثة مدنيين. "
            "وأضافت أن تنظيم داعش تبنى الهجوم في بيان.")
# written for this test: a state acting, and its army as the perpetrator of the strike
_STRIKE = ("قالت مصادر محلية إن إسرائيل شنت غارة جوية على موقع عسكري قرب مدينة حمص السورية، ما أدى إلى مقتل "
           "خمسة عناصر. وقال المرصد السوري إن الغارة استهدفت مستودعا للأسلحة.")
_PERIOD = ("--since", "2015-06", "--until", "2015-07")
_QUESTION = "كم مدنيا قتل في بعقوبة؟"


def _ingest_undated(cli, tmp_path):
    src = tmp_path / "undated.txt"  # a .txt file carries no publication date, and the text states no date
    src.write_text(_UNDATED, encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0


def _settings():
    from marsad.core.config import resolve_settings

    return resolve_settings({})


# ---------------------------------------------------------------- 1: the Events tab's date cell
@pytest.mark.slow
def test_the_events_tab_dates_an_undated_event_as_the_cli_does(cli, tmp_path):
    pytest.importorskip("gradio_client")
    _ingest_undated(cli, tmp_path)
    listed = cli("events", "--no-progress")
    cells = [ln.split()[0] for ln in listed.stdout.splitlines() if "ev_" in ln]
    assert cells and set(cells) == {"undated"}, listed.stdout
    with served_app(_settings()) as (_app, url), gradio_client(url) as client:
        table, *_ = client.predict("", "", "", "", "", api_name="/events")
    shown = [row[table["headers"].index("Date · التاريخ")] for row in table["data"]]
    assert shown == cells, (shown, cells)


def test_event_rows_share_the_cli_date_cell():
    from marsad.agent.events_export import event_when
    from marsad.ui import events_tab

    rows = [{"event_id": "e", "date": None, "first_reported": None, "killed": None, "injured": None,
             "attack_type": "ied", "perpetrator": None, "doc_ids": ["a"]},
            {"event_id": "f", "date": None, "first_reported": "2018-03-21", "killed": None, "injured": None,
             "attack_type": "ied", "perpetrator": None, "doc_ids": ["a"]}]
    assert [r["date"] for r in events_tab.event_table_rows(rows)] == [event_when(r) for r in rows] == \
        ["undated", "~2018-03-21"]


# ---------------------------------------------------------------- 2: ask over an empty period, every front end
@pytest.mark.slow
def test_ask_over_an_empty_period_is_one_answer_from_cli_api_and_app(cli, tmp_path):
    pytest.importorskip("gradio_client")
    import marsad

    _ingest_undated(cli, tmp_path)
    message = "لا نتائج بين المقالات المنشورة من 2015-06 حتى 2015-07"  # an Arabic question: an Arabic answer
    by_cli = json.loads(cli("ask", _QUESTION, "--json", *_PERIOD).stdout)
    by_api = marsad.ask(_QUESTION, since="2015-06", until="2015-07").model_dump(mode="json")
    from marsad.ui.app import _chat

    with served_app(_settings()) as (app, url), gradio_client(url) as client:
        by_app = client.predict(_QUESTION, "2015-06", "2015-07", api_name="/ask")
        chat_html = _chat(app.marsad_services, _QUESTION, [], "2015-06", "2015-07")[0]  # the chat's turn
    for answer in (by_cli, by_api, by_app):
        assert answer["abstained"] and answer["answer"].startswith(message), answer
        assert answer["answer"] == by_cli["answer"] and not answer["citations"]
    # the chat shows the same words, each date isolated left to right inside the Arabic (pass 60: "06-2015" before)
    assert re.sub(r'<bdi dir="ltr">([^<]*)</bdi>', r"\1", chat_html).count(message) == 1
    assert '<bdi dir="ltr">2015-06</bdi> حتى <bdi dir="ltr">2015-07</bdi>' in chat_html
    text = cli("ask", _QUESTION, *_PERIOD).stdout  # plain text: the same first line
    assert text.splitlines()[0] == by_cli["answer"]


def test_ask_within_a_period_holding_articles_is_the_answerers(cli, tmp_path):
    import marsad

    src = tmp_path / "dated.jsonl"
    src.write_text(json.dumps({"id": "d1", "title": "عبوة", "source": "s", "date": "2015-06-10", "text": _UNDATED},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0
    plain = marsad.ask(_QUESTION)
    assert not plain.abstained and marsad.ask(_QUESTION, since="2015-06").answer == plain.answer
    empty = marsad.ask(_QUESTION, since="2016")
    assert empty.abstained and empty.answer.startswith("لا نتائج بين المقالات المنشورة من 2016"), empty
    english = marsad.ask("How many civilians were killed in Baqubah?", since="2016")
    assert english.answer.startswith("no hits among the articles published from 2016"), english


# ---------------------------------------------------------------- 3: one id per actor; actors join events
def test_actors_and_events_join_on_one_id_per_actor(cli, tmp_path):
    src = tmp_path / "strike.jsonl"
    src.write_text(json.dumps({"id": "s1", "title": "غارة", "source": "s", "date": "2018-04-09", "text": _STRIKE},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0
    records = tmp_path / "r.jsonl"
    assert cli("extract", "--all", "--out", str(records), "--no-progress").returncode == 0
    registry_ids = {a["registry_id"] for line in records.read_text(encoding="utf-8").splitlines()
                    for a in json.loads(line)["actors"] if a.get("registry_id")}
    assert "state:IL" in registry_ids, registry_ids
    actors_file, events_file = tmp_path / "actors.jsonl", tmp_path / "events.jsonl"
    assert cli("actors", "--out", str(actors_file), "--format", "jsonl", "--no-progress").returncode == 0
    assert cli("events", "--out", str(events_file), "--format", "jsonl", "--no-progress").returncode == 0
    actors = {json.loads(x)["actor_id"]: json.loads(x) for x in actors_file.read_text(encoding="utf-8").splitlines()}
    events = [json.loads(x) for x in events_file.read_text(encoding="utf-8").splitlines()]
    assert registry_ids <= set(actors), (registry_ids, set(actors))  # the records' ids are the list's
    assert not any(a.startswith("name:") for a in actors), actors  # a state is not "name:اسراييل"
    perpetrators = {e["perpetrator_id"] for e in events if e["perpetrator_id"]}
    assert perpetrators and perpetrators <= set(actors), (perpetrators, set(actors))
    for pid in perpetrators:  # the join: the event's article is among the actor's
        assert any(set(e["doc_ids"]) & set(actors[pid]["doc_ids"]) for e in events if e["perpetrator_id"] == pid)
    shown = cli("actors", "--no-progress").stdout
    assert "state:IL" in shown and "name:" not in shown



def test_the_events_csv_joins_the_actors_csv(cli, tmp_path):
    import csv

    src = tmp_path / "strike.jsonl"
    src.write_text(json.dumps({"id": "s1", "title": "غارة", "source": "s", "date": "2018-04-09", "text": _STRIKE},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0
    ev, act = tmp_path / "ev.csv", tmp_path / "act.csv"
    assert cli("events", "--out", str(ev), "--no-progress").returncode == 0
    assert cli("actors", "--out", str(act), "--no-progress").returncode == 0

    def rows(path):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return list(csv.DictReader(fh))

    ids = {r["actor_id"] for r in rows(act)}
    events = rows(ev)
    assert events and all(r["actor1_id"] in ids for r in events if r["actor1"]), (events, ids)


def test_a_state_has_one_id(monkeypatch):
    from marsad.agent import registry

    assert registry.actor_id("إيران") == registry.actor_id("Iran") == "state:IR"
    assert registry.actor_id("الحكومة التركية") == registry.actor_id("تركيا") == "state:TR"
    assert registry.actor_id("بغداد") == "name:بغداد"  # a city is no state
    assert registry.actor_id("داعش") == "isis"
    monkeypatch.setattr(registry, "STATE_IDS", False)
    assert registry.actor_id("إيران") == "name:ايران" and registry.actor_id("الحكومة التركية") == "gov_tr"


def test_perpetrators_are_actors_switch(monkeypatch):
    from marsad.agent import registry
    from marsad.schemas import DocumentRecords

    rec = DocumentRecords.model_validate({"doc_id": "d", "attacks": [
        {"attack_type": "airstrike", "perpetrator": "الجيش الإسرائيلي",
         "citations": [{"doc_id": "d", "start": 0, "end": 4, "quote": "غارة"}]}]}, context={"text": "غارة جوية"})
    assert [r.actor_id for r in registry.build_actor_registry([rec])] == ["israeli_army"]
    monkeypatch.setattr(registry, "PERPETRATORS_ARE_ACTORS", False)
    assert registry.build_actor_registry([rec]) == []


# ---------------------------------------------------------------- 4: report.json keeps skipped_unchanged
def test_the_report_file_keeps_the_old_key_as_an_alias(cli, tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(_UNDATED, encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert cli("extract", str(src), "--out", str(out), "--no-progress").returncode == 0
    res = cli("extract", str(src), "--out", str(out), "--no-progress")
    report = json.loads((tmp_path / "r.report.json").read_text(encoding="utf-8"))
    assert report["resumed"] == report["skipped_unchanged"] == 1, report
    assert "resumed" in report["deprecated"]["skipped_unchanged"]
    summary = json.loads(res.stderr[res.stderr.index("{"):])  # what a person reads counts them once
    assert summary["resumed"] == 1 and "skipped_unchanged" not in summary


def test_resumed_alias_in_the_file_only(tmp_path):
    from marsad.agent import batch

    assert batch.BatchResult(out=tmp_path, skipped=2).as_dict(aliases=True)["skipped_unchanged"] == 2
    assert "skipped_unchanged" not in batch.BatchResult(out=tmp_path, skipped=2).as_dict()


# ---------------------------------------------------------------- the session's faults
def test_an_empty_period_names_undated_articles_only_when_there_are_some(cli, tmp_path):
    src = tmp_path / "dated.jsonl"  # dated articles only: no .txt file is why the day is empty
    src.write_text(json.dumps({"id": "d1", "title": "عبوة", "source": "s", "date": "2015-06-10", "text": _UNDATED},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("ingest", str(src), "--no-progress").returncode == 0
    day = ("--since", "2015-06-11", "--until", "2015-06-11")
    english = "How many civilians were killed in Baqubah?"
    for res in (cli("search", "bomb", *day), cli("ask", english, *day)):
        assert res.stdout.startswith("no hits among the articles published in 2015-06-11: no ingested article is "
                                     "dated in that period\n"), res.stdout
    for res in (cli("search", "عبوة", *day), cli("ask", _QUESTION, *day)):  # an Arabic query: Arabic (pass 62)
        assert res.stdout.endswith(": لا مقال مفهرس منشور في هذه المدة\n"), res.stdout
    _ingest_undated(cli, tmp_path)
    for res in (cli("search", "bomb", *day), cli("ask", english, *day)):
        assert "(1 ingested article(s) carry no date: a .txt or .md file has none)" in res.stdout, res.stdout
    assert "(1 من المقالات المفهرسة بلا تاريخ" in cli("ask", _QUESTION, *day).stdout


def test_a_later_run_without_format_csv_refreshes_the_tables_beside_the_output(cli, tmp_path):
    import csv

    src = tmp_path / "two.jsonl"
    src.write_text("".join(json.dumps({"id": i, "title": "عبوة", "source": "s", "date": d, "text": _UNDATED},
                                      ensure_ascii=False) + "\n" for i, d in (("a1", "2015-06-10"), ("a2", "2016-01-02"))),
                   encoding="utf-8")
    out = tmp_path / "r.jsonl"
    assert cli("extract", str(src), "--out", str(out), "--format", "csv", "--until", "2015", "--no-progress").returncode == 0

    def table_docs():
        with open(tmp_path / "r.attacks.csv", encoding="utf-8-sig", newline="") as fh:
            return {r["doc_id"] for r in csv.DictReader(fh)}

    assert table_docs() == {"a1"}
    assert cli("extract", str(src), "--out", str(out), "--no-progress").returncode == 0
    assert table_docs() == {"a1", "a2"}  # the table holds what r.jsonl holds (it kept a1 only)
    report = json.loads((tmp_path / "r.report.json").read_text(encoding="utf-8"))
    assert report["files"]["attacks"].endswith("r.attacks.csv")


def test_events_and_actors_refuse_an_out_named_for_another_format(cli, tmp_path):
    _ingest_undated(cli, tmp_path)
    for command, name in (("actors", "a.xlsx"), ("events", "ev.json"), ("events", "ev.tsv"), ("actors", "a.geojson")):
        res = cli(command, "--out", str(tmp_path / name), "--no-progress")
        assert res.returncode == 2 and "Fix: --out" in res.stderr and ".csv" in res.stderr, res.stderr
        assert not (tmp_path / name).exists()
    assert cli("actors", "--out", str(tmp_path / "a.xlsx"), "--format", "csv", "--no-progress").returncode == 0


def test_events_and_actors_on_an_empty_home_say_so(cli):
    for command in ("events", "actors"):  # a TypeError traceback (InputError without its reason)
        res = cli(command, "--no-progress")
        assert res.returncode == 1 and "nothing is ingested" in res.stderr and "Fix: ingest" in res.stderr, res.stderr
        assert "Traceback" not in res.stderr


def test_the_api_extract_refuses_empty_text_and_a_missing_file(tmp_path, monkeypatch):
    import marsad
    from marsad.core.errors import InputError, MarsadError

    (tmp_path / "other.txt").write_text(_UNDATED, encoding="utf-8")  # "" read the current folder's articles
    monkeypatch.chdir(tmp_path)
    for blank in ("", "  \n"):
        with pytest.raises(InputError, match="is empty"):
            marsad.extract(blank)
    for missing in ("data/none.txt", "none.jsonl"):
        with pytest.raises(MarsadError, match="no such file"):
            marsad.extract(missing)
    assert marsad.extract("قتل").doc_id.startswith("text_")  # one word is still a text


def test_a_bad_json_line_is_told_with_its_column(cli, tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_bytes(b'{"id": "a", "text": "unterminated\x01"}\n')  # a control character inside the string
    res = cli("ingest", str(src), "--no-progress")
    line = next(ln for ln in res.stderr.splitlines() if "skipped" in ln)
    assert "not valid JSON (Invalid control character at column 34)" in line, line  # ended at "at)"


def test_ask_from_stdin_skips_one_bad_question_and_answers_the_rest(cli, tmp_path):
    _ingest_undated(cli, tmp_path)
    questions = f"{_QUESTION}\n{'كم ' * 600}\n{_QUESTION}\n"  # the second is longer than the limit
    res = cli("ask", "-", "--json", input=questions)
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert res.returncode == 4 and len(lines) == 3, (res.returncode, res.stdout, res.stderr)
    assert "answer" in lines[0] and "error" in lines[1] and lines[2]["answer"] == lines[0]["answer"]
    assert "skipped question 2: has 1799 characters (limit 1000)" in res.stderr, res.stderr
    text = cli("ask", "-", input=questions)
    assert text.returncode == 4 and text.stdout.count(f"## {_QUESTION}") == 2


def test_an_empty_home_says_to_ingest_whatever_the_period(cli):
    import marsad

    searched = cli("search", "Kirkuk", "--since", "2015")
    assert "nothing is ingested" in searched.stdout, searched.stdout  # was "no ingested article is dated in that period"
    assert "لا مقال مفهرس في هذا المجلد" in cli("search", "كركوك", "--since", "2015").stdout  # the query's language
    asked = cli("ask", "How many were killed in Kirkuk?", "--since", "2015")
    assert "The index is empty" in asked.stdout and "no hits among" not in asked.stdout, asked.stdout
    assert "الفهرس فارغ" in marsad.ask("كم قتيلا في كركوك؟", since="2015").answer
