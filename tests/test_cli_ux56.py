"""Pass 56 (ux56): faults an analyst met in pass 55 (ux55's leads L2-L5, L10, L11), driven through `marsad`.

- `marsad events --format csv` had no citation spans (only the first quotes in ``notes``): a row could not be
  resolved to the articles' text, and the file had no BOM, unlike extract's CSVs.
- `marsad actors` printed ``mentions`` equal to ``documents`` for every actor (the store keeps one actor record
  per article), and could not write its rows to a file.
- A JSON title's HTML references (``&quot;``) and a zero-width first character reached search and the CSVs.
"""

from __future__ import annotations

import csv
import json

import pytest

_ATTACK = ("قالت الشرطة العراقية إن عبوة ناسفة انفجرت قرب سوق شعبي في بعقوبة مما أدى إلى مقتل ثلاثة مدنيين. "
           "وأضافت أن تنظيم داعش تبنى الهجوم في بيان.")


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _two_articles(tmp_path):
    return _jsonl(tmp_path / "in.jsonl", [
        {"id": "a1", "title": "انفجار في بعقوبة", "source": "s1", "date": "2018-03-04", "text": _ATTACK},
        {"id": "a2", "title": "داعش يتبنى", "source": "s2", "date": "2018-03-04", "text": "مقدمة قصيرة. " + _ATTACK},
    ])


def _texts(src):
    return {json.loads(line)["id"]: json.loads(line)["text"] for line in src.read_text(encoding="utf-8").splitlines()}


# ---------------------------------------------------------------- L2: events CSV spans
def test_events_csv_rows_carry_citation_spans_that_resolve_to_the_text(cli, tmp_path):
    src = _two_articles(tmp_path)
    assert cli("ingest", str(src), "--no-progress").returncode == 0
    out = tmp_path / "ev.csv"
    res = cli("events", "--out", str(out), "--format", "csv", "--no-progress")
    assert res.returncode == 0, res.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a spreadsheet reads the Arabic, as extract's CSVs
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and all(r["citation_spans"] for r in rows), rows
    texts = _texts(src)
    for r in rows:
        for span in r["citation_spans"].split(" | "):
            doc_id, _, start_end = span.rpartition(":")
            start, end = map(int, start_end.split("-"))
            assert doc_id in r["doc_ids"].split(" | ")
            assert texts[doc_id][start:end] and texts[doc_id][start:end] in _ATTACK
    quotes = {q for r in rows for q in r["notes"].split(" | ")}
    resolved = {texts[s.rpartition(":")[0]][int(s.rpartition(":")[2].split("-")[0]):int(s.rpartition(":")[2].split("-")[1])]
                for r in rows for s in r["citation_spans"].split(" | ")}
    assert quotes <= resolved


def test_events_csv_spans():
    import marsad.agent.events_export as mod

    event = {"event_id": "e1", "date": None, "date_precision": "day", "country": None, "location": None,
             "attack_type": "bombing", "perpetrator": None, "target": None, "killed": None, "killed_low": None,
             "killed_high": None, "injured": None, "doc_ids": ["a"], "sources": [], "confidence": 1.0,
             "citations": [{"doc_id": "ant:x", "start": 3, "end": 9, "quote": "q"}]}
    assert ",q,ant:x:3-9," in mod.events_to_csv([event]).splitlines()[1]  # actor1_id follows it (pass 57)


# ---------------------------------------------------------------- L3 + L4: actors
def test_actors_count_articles_not_a_mentions_figure_equal_to_them(cli, tmp_path):
    assert cli("ingest", str(_two_articles(tmp_path)), "--no-progress").returncode == 0
    res = cli("actors", "--json")
    assert res.returncode == 0, res.stderr
    isis = next(r for r in json.loads(res.stdout) if r["actor_id"] == "isis")
    assert "mentions" not in isis and isis["documents"] == 2 and isis["doc_ids"] == ["a1", "a2"], isis
    text = cli("actors")
    assert "   2 docs isis" in text.stdout and "x  isis" not in text.stdout, text.stdout
    res = cli("actors", "--help")
    assert "mention counts" not in res.stdout


def test_actors_write_csv_and_jsonl(cli, tmp_path):
    assert cli("ingest", str(_two_articles(tmp_path)), "--no-progress").returncode == 0
    res = cli("actors", "--out", str(tmp_path / "a.csv"), "--format", "csv")
    assert res.returncode == 0, res.stderr
    assert f"wrote {tmp_path / 'a.csv'}" in res.stdout
    raw = (tmp_path / "a.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "a.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    isis = next(r for r in rows if r["actor_id"] == "isis")
    assert isis["documents"] == "2" and isis["doc_ids"] == "a1 | a2" and "تنظيم داعش" in isis["aliases"].split(" | ")
    assert cli("actors", "--out", str(tmp_path / "a.jsonl")).returncode == 0
    lines = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["actor_id"] for r in lines} == {r["actor_id"] for r in rows}


def test_actor_counts_switch(monkeypatch):
    import marsad.agent.registry as mod

    row = mod.ActorRow(actor_id="isis", doc_ids={"a"}, mentions=1)
    assert "mentions" not in row.as_dict() and row.as_dict()["doc_ids"] == ["a"]
    monkeypatch.setattr(mod, "COUNT_DOCUMENTS_ONLY", False)
    assert row.as_dict()["mentions"] == 1 and "doc_ids" not in row.as_dict()


# ---------------------------------------------------------------- L11: the second run's summary
def test_a_second_run_counts_the_kept_documents_once(cli, tmp_path):
    src, out = _two_articles(tmp_path), tmp_path / "r.jsonl"
    assert cli("extract", str(src), "--out", str(out), "--no-progress").returncode == 0
    res = cli("extract", str(src), "--out", str(out), "--no-progress")
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stderr[res.stderr.index("{"):])
    assert report["resumed"] == 2 and report["extracted"] == 0 and "skipped_unchanged" not in report, report


# ---------------------------------------------------------------- the session's faults: output names
def test_extract_refuses_a_table_name_for_its_json_lines(cli, tmp_path):
    src = _two_articles(tmp_path)
    res = cli("extract", str(src), "--out", str(tmp_path / "r.csv"), "--format", "csv", "--no-progress")
    assert res.returncode == 2, res.stderr  # it wrote JSON lines into r.csv, the tables beside it
    assert "not a table" in res.stderr and f"Fix: --out {tmp_path / 'r'}.jsonl" in res.stderr, res.stderr
    assert not list(tmp_path.glob("r.*"))


def test_a_table_name_is_refused_before_a_batch_job_is_submitted(cli, tmp_path, monkeypatch):
    """--batch-api submits and polls a paid Batch API job before the records are written: the --out name is checked
    before that (the review found the job ran, then the name was refused)."""
    import marsad.cli.extract as cli_extract

    def submitted(*_a, **_k):
        raise AssertionError("a Batch API job was submitted for an --out that is refused")

    monkeypatch.setattr(cli_extract, "_batch_api", submitted)
    res = cli("extract", str(_two_articles(tmp_path)), "--out", str(tmp_path / "r.csv"), "--backend", "llm",
              "--batch-api", "--no-progress")
    assert res.returncode == 2 and "not a table" in res.stderr, res.stderr


def test_events_and_actors_write_the_format_their_file_names(cli, tmp_path):
    assert cli("ingest", str(_two_articles(tmp_path)), "--no-progress").returncode == 0
    assert cli("events", "--out", str(tmp_path / "ev.csv"), "--no-progress").returncode == 0
    assert (tmp_path / "ev.csv").read_text(encoding="utf-8-sig").startswith("event_id,event_date,")
    assert cli("events", "--out", str(tmp_path / "ev.geojson"), "--no-progress").returncode == 0
    assert json.loads((tmp_path / "ev.geojson").read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    # a --format against FILE's own suffix is refused (ux58; it wrote JSON lines into ev.csv); a name no format claims
    # takes --format
    assert cli("events", "--out", str(tmp_path / "ev.csv"), "--format", "jsonl", "--no-progress").returncode == 2
    assert cli("events", "--out", str(tmp_path / "ev.txt"), "--format", "jsonl", "--no-progress").returncode == 0
    assert (tmp_path / "ev.txt").read_text(encoding="utf-8").startswith("{")
    assert cli("actors", "--out", str(tmp_path / "ac.csv")).returncode == 0
    assert (tmp_path / "ac.csv").read_text(encoding="utf-8-sig").startswith("actor_id,canonical_name,")


def test_out_format_follows_the_suffix(tmp_path):
    import marsad.cli as mod

    assert mod.out_format(tmp_path / "a.csv", None, ("jsonl", "csv")) == "csv"
    assert mod.out_format(tmp_path / "a.txt", None, ("jsonl", "csv")) == "jsonl"  # a name no format claims
    assert mod.out_format(None, None, ("jsonl", "csv")) == "jsonl"


def test_an_out_directory_is_a_message_not_a_traceback(cli, tmp_path):
    assert cli("ingest", str(_two_articles(tmp_path)), "--no-progress").returncode == 0
    for command in ("events", "actors"):
        res = cli(command, "--out", str(tmp_path))
        assert res.returncode == 1 and "cannot be written" in res.stderr and "Fix: choose a writable --out path" \
            in res.stderr and "Traceback" not in res.stderr, (command, res.stderr)
    res = cli("actors", "--out", str(tmp_path / "in.jsonl" / "a.csv"))  # under a file
    assert res.returncode == 1 and "cannot be written" in res.stderr, res.stderr


def test_extract_paths_and_all_together_is_a_usage_error(cli, tmp_path):
    src = _two_articles(tmp_path)
    res = cli("extract", str(src), "--all", "--out", str(tmp_path / "o.jsonl"), "--no-progress")
    assert res.returncode == 2 and "not both" in res.stderr and "Fix:" in res.stderr, res.stderr
    assert not (tmp_path / "o.jsonl").exists()


# ---------------------------------------------------------------- L5: titles (ux55's tests)
def test_html_character_references_in_a_json_title_are_decoded(cli, tmp_path):
    title = "\u200b&quot;العمري&quot; يحتفل بتخرج ابنه &amp; رفاقه"
    src = _jsonl(tmp_path / "in.jsonl", [{"id": "d1", "title": title, "date": "2015-07-21",
                                          "text": "احتفل قائد الأمن بتخرج ابنه في قاعة كبيرة بالمدينة."}])
    res = cli("extract", str(src), "--out", str(tmp_path / "o.jsonl"), "--format", "csv", "--no-progress")
    assert res.returncode == 0, res.stderr
    line = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert line["title"] == '"العمري" يحتفل بتخرج ابنه & رفاقه', line["title"]
    with open(tmp_path / "o.actors.csv", encoding="utf-8-sig") as fh:
        assert all("&quot;" not in row["title"] for row in csv.DictReader(fh))
    assert cli("ingest", str(src)).returncode == 0
    found = cli("search", "تخرج", "--json")
    assert json.loads(found.stdout)[0]["title"] == '"العمري" يحتفل بتخرج ابنه & رفاقه', found.stdout


def test_title_cleaning():
    import marsad.index.loaders as loaders

    assert loaders._clean_title("a &quot;b&quot;") == 'a "b"'
    assert loaders._clean_title("A & B; c") == "A & B; c"  # a bare ampersand is not a reference




# ---------------------------------------------------------------- the session's faults: `ask -` input
def _bytes_stdin(monkeypatch, data: bytes):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1256"])
def test_ask_stdin_reads_a_notepad_or_windows_1256_question_file(cli, tmp_path, monkeypatch, encoding):
    assert cli("ingest", str(_two_articles(tmp_path)), "--no-progress").returncode == 0
    _bytes_stdin(monkeypatch, "من تبنى الهجوم في بعقوبة؟\r\nكم قتيلا في بعقوبة؟\r\n".encode(encoding))
    res = cli("ask", "-", "--json")
    assert res.returncode == 0, res.stderr
    asked = [json.loads(line)["question"] for line in res.stdout.splitlines()]
    assert asked == ["من تبنى الهجوم في بعقوبة؟", "كم قتيلا في بعقوبة؟"], asked  # no BOM, no mojibake


def test_stdin_as_file(cli, monkeypatch):
    import marsad.cli.ask as mod

    _bytes_stdin(monkeypatch, "\ufeffسؤال\n".encode())
    assert mod._stdin_questions() == ["سؤال"]


def test_format_without_out_prints_the_table(cli, tmp_path):
    assert cli("ingest", str(_two_articles(tmp_path)), "--no-progress").returncode == 0
    res = cli("actors", "--format", "csv")  # was ignored: the text listing was printed
    assert res.returncode == 0 and res.stdout.startswith("actor_id,canonical_name,"), res.stdout[:200]
    rows = list(csv.DictReader(res.stdout.splitlines()))
    assert any(r["actor_id"] == "isis" and r["doc_ids"] == "a1 | a2" for r in rows)
    res = cli("events", "--format", "csv", "--no-progress")
    assert res.returncode == 0 and res.stdout.startswith("event_id,event_date,"), res.stdout[:200]
    res = cli("events", "--format", "jsonl", "--no-progress")
    assert all(json.loads(line)["event_id"] for line in res.stdout.splitlines())
def test_a_title_of_zero_width_characters_only_falls_back_to_the_first_line(tmp_path):
    from marsad.index.loaders import iter_documents

    src = _jsonl(tmp_path / "in.jsonl", [{"id": "d1", "title": "\u200b\u200f", "text": "سطر أول\nنص المقال."}])
    (doc,) = list(iter_documents([src]))
    assert doc.title == "سطر أول"
