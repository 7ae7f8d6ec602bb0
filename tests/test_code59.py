"""Pass 59 (code59): one phrase table for the empty-period message, the Events tab's one parse, the Ingest tab in the
UI's languages (`events --json`'s pointer on stderr is tested beside the pointer, in test_cli_ux58)."""

from __future__ import annotations


# ---------------------------------------------------------------- one phrase table, both languages
def test_the_empty_period_message_is_one_sentence_in_either_language():
    from marsad.core.errors import no_events_in_period

    assert no_events_in_period("in 2018-06", "2018-05-20", "2018-07-02", 2, 1) == (
        "no event is dated in 2018-06: the nearest before it is dated 2018-05-20; the nearest after it 2018-07-02; "
        "2 told only to a month or a year overlap it without lying inside (widen the period to take them); "
        "1 carry no date. The period is the incident's date; `marsad search`/`ask --since` read the publication date")
    assert no_events_in_period("in 2018-06", None, "2018-07-02", readers="the chat's Since/Until") == (
        "no event is dated in 2018-06: the nearest after it is dated 2018-07-02. The period is the incident's date; "
        "the chat's Since/Until read the publication date")
    assert no_events_in_period("في 2018-06", "2018-05-20", "2018-07-02", 2, 1, language="ar") == (
        "لا حدث مؤرخا في 2018-06: أقربها قبلها مؤرخ 2018-05-20؛ وأقربها بعدها مؤرخ 2018-07-02؛ "
        "2 منها مؤرخة بشهر أو سنة تتداخل مع المدة ولا تقع كلها فيها (وسّع المدة لتشملها)؛ 1 منها بلا تاريخ. "
        "المدة تاريخ الحدث لا تاريخ النشر")
    assert no_events_in_period("في 2018-06", None, "2018-07-02", language="ar") == (
        "لا حدث مؤرخا في 2018-06: أقربها بعدها مؤرخ 2018-07-02. المدة تاريخ الحدث لا تاريخ النشر")
    assert no_events_in_period("in 2018", None, None).startswith("no event is dated in 2018. The period")


def test_the_no_hits_message_is_one_message_in_either_language():
    from marsad.core.errors import no_hits_in_period

    assert no_hits_in_period("in 2018-06", 0, 4, later=2, days=7) == (
        "no hits among the articles published in 2018-06: no ingested article is dated in that period (4 ingested "
        "article(s) carry no date: a .txt or .md file has none). The period is of publication: 2 article(s) published "
        "in the 7 days after it may report its incidents (widen the end of the period; `marsad events` dates by the "
        "incident)")
    assert no_hits_in_period("in 2018-06", 0) == ("no hits among the articles published in 2018-06: no ingested "
                                                  "article is dated in that period")
    assert no_hits_in_period("في 2018-06", 0, 4, later=2, days=7, language="ar") == (
        "لا نتائج بين المقالات المنشورة في 2018-06: لا مقال مفهرس منشور في هذه المدة (4 من المقالات المفهرسة بلا "
        "تاريخ: ملف \u200e.txt أو \u200e.md لا يحمل تاريخا). المدة مدة نشر: 2 من المقالات نشرت في الأيام الـ7 التالية "
        "لها وقد تروي أحداثها (وسّع نهاية المدة؛ \u200emarsad events يؤرخ بتاريخ الحدث)")
    assert no_hits_in_period("في 2018-06", 3, 0, language="ar") == "لا نتائج بين المقالات المنشورة في 2018-06"


# ---------------------------------------------------------------- the Events tab reads its From/To once
def test_the_events_tab_parses_its_period_once_and_tells_an_error_in_both_languages(monkeypatch):
    import inspect

    from marsad.index import period as period_mod
    from marsad.ui import events_tab

    assert inspect.getsource(events_tab).count("parse_period(") == 1  # read_period's, the one parse of a refresh
    calls = []
    real = period_mod.parse_period
    monkeypatch.setattr(period_mod, "parse_period", lambda *a, **k: calls.append(a) or real(*a, **k))
    assert events_tab.read_period("٢٠١٨-٠٦", "2018-07") == (period_mod.Period("2018-06", "2018-07"), None)
    period, told = events_tab.read_period("2018-13", "")
    assert len(calls) == 2 and period is None
    arabic, english = told.split(" · ")
    assert "«من»" in arabic and "ليس تاريخا" in arabic and "الحل" in arabic, arabic
    assert english.startswith("From '2018-13' is not a date") and "Fix: write From as" in english, english


def test_a_period_error_carries_its_arabic_for_the_app_only():
    import pytest

    from marsad.core.errors import ConfigError, PeriodError
    from marsad.index.period import parse_period

    with pytest.raises(PeriodError) as told:
        parse_period("2019", "2018", caller="events_tab")
    assert isinstance(told.value, ConfigError) and str(told.value).startswith("From 2019 is after To 2018")
    assert str(told.value.arabic).startswith("«من» \u20662019\u2069 بعد «إلى» \u20662018\u2069")
    with pytest.raises(PeriodError) as told:
        parse_period("2019", "2018", caller="events_tab", language="ar")
    assert str(told.value).startswith("«من»")  # told in Arabic as before
    with pytest.raises(PeriodError) as told:
        parse_period("2018-13", None)
    assert told.value.arabic is None and str(told.value).startswith("--since '2018-13' is not a date")


# ---------------------------------------------------------------- the Ingest tab tells its notes in both languages
def test_the_ingest_tabs_notes_are_arabic_then_english():
    from marsad.index.ingest import IngestReport
    from marsad.index.loaders import left_out_note
    from marsad.ui.html import render_list
    from marsad.ui.ingest import IngestSession

    report = IngestReport(added=2, unchanged=1, failed=[("x", "y")], chunks=9, seconds=1.25)
    assert report.summary() == "3 document(s): 2 added, 0 replaced, 1 unchanged, 1 failed; 9 chunk(s) indexed in 1.2 s"
    assert report.summary("ar") == "3 مستند: 2 أضيف، 0 استُبدل، 1 بلا تغيير، 1 تعذر؛ 9 مقطع فُهرس في 1.2 ث"
    paths = ["a.jsonl", "b.report.json", "c.lock", "d.jsonl"]
    assert left_out_note(paths, language="ar").endswith(": a.jsonl, b.report.json, c.lock, ...")
    assert left_out_note(paths).startswith("left out 4 file(s) written by `marsad extract`")
    lines = [("note", f"{report.summary('ar')} · {report.summary()}"), ("error", "x.txt: the file is empty")]
    html = render_list(lines)
    assert html.count("<bdi>") == 3, html  # each language isolated in its own direction
    from types import SimpleNamespace

    told = IngestSession(SimpleNamespace()).click([])[0]  # ux65: the refusal becomes the status the polls tell
    assert "اختر ملفا أو أكثر أولا" in told and "Choose one or more files first" in told, told
