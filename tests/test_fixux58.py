"""Pass 58 (fixux58): review58's findings 1, 2, 3 and 11 on the pass's user-facing changes.

1. `marsad extract --out F` wrote over an F of articles in a form the check did not read (a ``.txt`` article, a JSON
   array of articles): any existing, non-empty F that is not a records output is refused now.
2. A period bound in Arabic-Indic digits passed the check but was compared as text (after any ASCII bound).
3. An unknown flag of a sub-command was told by the top parser (``Fix: `marsad --help```).
11. The Events tab held the Arabic of the ``~DATE`` note and re-ran its filters for the empty-period pointer.
"""

from __future__ import annotations

import inspect
import json

import pytest

# written for this test: one invented incident in an invented town
_STORY = "قال مصدر أمني إن عبوة ناسفة انفجرت قرب مخبز في بلدة السنديان الخضراء دون إصابات."


def _articles(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s1", "date": "2018-04-03", "text": _STORY}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    return src


# ---------------------------------------------------------------- 1: --out holding anything but records is refused
def test_extract_refuses_an_out_of_articles_in_any_form(cli, tmp_path):
    src = _articles(tmp_path)
    story = tmp_path / "story.txt"
    story.write_text(_STORY, encoding="utf-8")  # an article without a final newline
    one_line = tmp_path / "arr.json"
    one_line.write_text(json.dumps([{"id": "x", "text": _STORY}], ensure_ascii=False), encoding="utf-8")
    lines = tmp_path / "arr2.json"
    lines.write_text(json.dumps([{"id": "x", "text": _STORY}], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for target in (story, one_line, lines):
        before = target.read_bytes()
        res = cli("extract", str(src), "--out", str(target), "--no-progress")
        assert res.returncode == 2 and "is not the records output of a `marsad extract` run" in res.stderr, res.stderr
        assert "Fix: give another --out" in res.stderr and target.read_bytes() == before, target


def test_extract_still_resumes_into_its_own_records(cli, tmp_path):
    src = _articles(tmp_path)
    out = tmp_path / "records.out"  # any name: a records output is told by its content
    assert cli("extract", str(src), "--out", str(out), "--no-progress").returncode == 0
    again = cli("extract", str(src), "--out", str(out), "--no-progress")
    assert again.returncode == 0 and '"resumed": 1' in again.stderr, again.stderr
    cut = tmp_path / "cut.jsonl"  # a run stopped while writing its first line
    cut.write_bytes(out.read_bytes()[:30])
    assert b"\n" not in cut.read_bytes()
    resumed = cli("extract", str(src), "--out", str(cut), "--no-progress")
    assert resumed.returncode == 0 and '"extracted": 1' in resumed.stderr, resumed.stderr
    assert cut.read_bytes() == out.read_bytes()  # the unfinished line trimmed, the record written whole
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n", encoding="utf-8")  # nothing in it to spoil
    assert cli("extract", str(src), "--out", str(blank), "--no-progress").returncode == 0


def test_records_output_is_told_by_its_first_line(tmp_path):
    from marsad.index.loaders import records_output

    rec = tmp_path / "r.txt"
    rec.write_text(json.dumps({"doc_id": "a", "title": None, "extractor_version": "v"}) + "\n", encoding="utf-8")
    art = tmp_path / "a.jsonl"
    art.write_text(json.dumps({"doc_id": "a", "extractor_version": "v", "text": _STORY}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    bad = tmp_path / "b.jsonl"
    bad.write_text('{"doc_id": "a", "title": "x"\nmore\n', encoding="utf-8")  # a whole first line that is no JSON
    assert records_output(rec) and not records_output(art) and not records_output(bad)


# ---------------------------------------------------------------- 2: Arabic-Indic digits in a period bound
def test_a_bound_in_arabic_digits_is_the_same_date():
    from marsad.core.errors import ConfigError
    from marsad.index.period import Period, parse_period

    assert parse_period("٢٠١٨", "2019", caller="events_tab", language="ar") == Period("2018", "2019")
    assert parse_period("۲۰۱۸-۰۶", None) == Period("2018-06", None)  # Persian digits
    assert parse_period("2018-06", "2018") == Period("2018-06", "2018")  # a month inside its year
    with pytest.raises(ConfigError, match="is after"):
        parse_period("2019", "٢٠١٨")
    with pytest.raises(ConfigError, match="is after"):
        parse_period("2018-06-10", "2018-06-09")
    with pytest.raises(ConfigError, match="is not a date"):
        parse_period("२०१८", None)  # another script's digits are no date
    assert Period("2018", "2019").holds("٢٠١٨-٠٦") and not Period("2018", "2019").holds("२०१८")


def test_the_events_cli_reads_arabic_digits(cli):
    res = cli("events", "--since", "٢٠١٨", "--until", "2019", "--no-progress")
    assert "is after" not in res.stderr, res.stderr


# ---------------------------------------------------------------- 3: a sub-command's unknown flag
def test_an_unknown_flag_points_at_its_commands_help(cli):
    res = cli("events", "--sincee", "2018")
    assert res.returncode == 2 and res.stderr.startswith("usage: marsad events"), res.stderr
    assert "marsad events: error: unrecognized arguments: --sincee 2018" in res.stderr
    assert "Fix: `marsad events --help` lists every flag" in res.stderr
    res = cli("eval", "--bogus")
    assert res.returncode == 2 and "Fix: `marsad eval --help`" in res.stderr, res.stderr
    res = cli("config", "bogus")
    assert "Fix: `marsad config --help`" in res.stderr, res.stderr
    top = cli("--bogus", "config")  # given before the command: the top parser's
    assert top.returncode == 2 and "Fix: `marsad --help` lists every command" in top.stderr, top.stderr


# ---------------------------------------------------------------- 11: the Events tab only renders
def test_the_events_tab_takes_its_texts_and_pointers_from_agent(monkeypatch):
    from marsad.agent import events_export
    from marsad.agent.events_period import period_pointers
    from marsad.index.period import parse_period
    from marsad.ui import events_tab

    assert "لا تاريخ مذكور" not in inspect.getsource(events_tab) and not hasattr(events_tab, "_pointers")
    events = [{"killed": 2, "doc_ids": ["a"]}]
    note = events_tab.events_note(events, [{"date": "~2018-05-20"}])
    assert events_export.FIRST_REPORTED_NOTE_AR in note and events_export.FIRST_REPORTED_NOTE in note
    monkeypatch.setattr(events_export, "FIRST_REPORTED_NOTE_AR", "~تاريخ: نص آخر")
    assert "~تاريخ: نص آخر" in events_tab.events_note(events, [{"date": "~2018-05-20"}])
    rows = [{"event_id": "d", "date": "2018-05-12", "first_reported": "2018-05-12"}]
    ar, en = period_pointers(rows, parse_period("2018-06", None, caller="events_tab"))
    assert ar.startswith("لا حدث مؤرخا") and en.startswith("no event is dated") and "2018-05-12" in en, (ar, en)
    assert period_pointers(rows, None) == [] and period_pointers(rows, parse_period("2018", None)) == []
