"""`marsad extract` on a JSON Lines archive as an analyst's export writes it (ux64): a record's date written as
"15/06/2016", "2016/06/15", an e-mail/RSS date or "June 15, 2016" is its publication date (it was kept as written,
so the article's "أمس" stayed unresolved and --since left the article out, silently), and a record whose `text` is
not a string is told as such (it was "record has no `text`"). `marsad extract` (``marsad.cli.main``) in this process,
a temp home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.index.loaders import _published

_TEXT = "هاجم مسلحون أمس حاجزا في بلدة الريحان الشمالية فقتلوا ثلاثة أفراد من شرطة المرور."


@pytest.mark.parametrize(("written", "iso"), [
    ("2016-06-15", "2016-06-15"), ("2016-06-15T08:30:00Z", "2016-06-15"), ("2016/06/15", "2016-06-15"),
    ("2016.6.5", "2016-06-05"), ("15/06/2016", "2016-06-15"), ("06/15/2016", "2016-06-15"),
    ("Wed, 15 Jun 2016 10:00:00 GMT", "2016-06-15"), ("15 June 2016", "2016-06-15"), ("June 15, 2016", "2016-06-15"),
    # review64 finding 5 (fixux64): a weekday first, an RSS date without its time, a time after, Arabic month names
    ("الأربعاء 15 يونيو 2016", "2016-06-15"), ("الخميس، 16 حزيران/يونيو 2016", "2016-06-16"),
    ("3 كانون الثاني 2017", "2017-01-03"), ("Wed, 15 Jun 2016", "2016-06-15"), ("June 15, 2016 10:00 AM", "2016-06-15"),
    ("Jun 15, 2016, 10:00", "2016-06-15"), ("Wednesday, June 15, 2016", "2016-06-15"),
    ("31 يونيو 2016", "31 يونيو 2016"), ("الأربعاء", "الأربعاء"),
    # kept as written: a day or a month first? / no date at all / no such day
    ("05/06/2016", "05/06/2016"), ("yesterday", "yesterday"), ("31/02/2016", "31/02/2016"),
])
def test_a_records_date_is_read_in_the_forms_exports_write(written, iso):
    assert _published(written) == iso


def test_dates_kept_as_written_are_told_once_per_batch(tmp_path, capsys):
    """review64 finding 5 told them once per file; ux65: once per batch (one call), with the count and an example."""
    from marsad.index.loaders import iter_documents

    def write(name: str, dates: list[str]) -> Path:
        path = tmp_path / name
        path.write_text("\n".join(json.dumps({"id": f"r{i}", "date": d, "text": _TEXT}, ensure_ascii=False)
                                  for i, d in enumerate(dates)) + "\n", encoding="utf-8")
        return path

    unread = write("unread.jsonl", ["05/06/2016", "2016-06-15", "yesterday"])
    read = write("read.jsonl", ["الأربعاء 15 يونيو 2016", "Wed, 15 Jun 2016"])
    docs = list(iter_documents([unread, read]))
    assert [d.published for d in docs] == ["05/06/2016", "2016-06-15", "yesterday", "2016-06-15", "2016-06-15"]
    err = capsys.readouterr().err
    assert err.count("marsad: note:") == 1  # once; nothing for the file read whole
    assert f"2 record(s) have a date Marsad cannot read, kept as written (e.g. '05/06/2016' in {unread})" in err
    assert str(read) not in err and "Fix: write each record's `date` as YYYY-MM-DD" in err
    (tmp_path / "one.json").write_text(json.dumps([{"id": "j", "date": "05/06/2016", "text": _TEXT}]), encoding="utf-8")
    list(iter_documents([tmp_path / "one.json", unread]))
    err = capsys.readouterr().err
    assert err.count("marsad: note:") == 1  # a JSON array file too, and two files in one note
    assert f"3 record(s) in 2 file(s) have a date Marsad cannot read, kept as written (e.g. '05/06/2016' in " \
           f"{tmp_path / 'one.json'})" in err


def test_extract_reads_the_date_and_names_a_text_that_is_no_string(cli, tmp_path):
    src = tmp_path / "export.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a1", "title": "حاجز الريحان", "date": "15/06/2016", "text": _TEXT}, ensure_ascii=False),
        json.dumps({"id": "a2", "title": "رقم", "date": "2016/06/16", "text": 12345}),
        "[1, 2]",
        json.dumps({"id": "a3", "title": "حاجز آخر", "date": "June 17, 2016", "text": _TEXT}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run = cli("extract", str(src), "--out", str(out), "--since", "2016-06", "--until", "2016-06", "--backend", "offline",
              "--no-progress", env={"MARSAD_HOME": str(tmp_path / "home")})
    assert run.returncode == 4, run.stderr  # finished, two inputs failed (each named)
    assert f"{src}:2: record's `text` is a JSON number, not a string" in run.stderr
    assert "Fix: give each record its article's text as a JSON string in `text`" in run.stderr
    assert f"{src}:3: a record must be a JSON object, not an array" in run.stderr
    rows = {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(rows) == {"a1", "a3"}  # both inside June 2016: read, not left out as undated
    assert rows["a1"]["published"] == "2016-06-15" and rows["a3"]["published"] == "2016-06-17"
    attack = rows["a1"]["attacks"][0]
    assert attack["killed"] == 3 and attack["date"] == "2016-06-14"  # "أمس" of the 15th
    summary = json.loads(run.stderr[run.stderr.index("{"):])
    assert summary["documents"] == 2 and summary["failed"] == 2 and summary["outside_period"] == 0
