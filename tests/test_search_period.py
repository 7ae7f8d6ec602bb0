"""`marsad search` and `marsad ask` with --since/--until: only articles published in the period, from both halves of the hybrid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from served_app import gradio_client, served_app

from marsad.cli import main
from marsad.core.config import resolve_settings
from marsad.core.errors import ConfigError
from marsad.index.ingest import ingest
from marsad.index.period import Period, parse_period
from marsad.index.search import Searcher

# invented articles: the same kind of event in three months, one undated
_ARTICLES = [
    ("p-jun-a", "2015-06-03", "انفجار سيارة مفخخة في سوق بمدينة الرمادي",
     "قال مصدر في شرطة الأنبار إن سيارة مفخخة انفجرت في سوق شعبي بمدينة الرمادي وقتلت سبعة مدنيين."),
    ("p-jun-b", "2015-06-28", "قصف على أطراف الرمادي",
     "تعرضت أطراف مدينة الرمادي لقصف بقذائف الهاون دون أن يسفر عن ضحايا بحسب مصدر محلي."),
    ("p-jul", "2015-07-14", "مفخخة جديدة في الرمادي",
     "انفجرت سيارة مفخخة ثانية قرب مبنى المحافظة في الرمادي وقتلت ثلاثة مدنيين."),
    ("p-aug", "2015-08-01", "اشتباكات غرب الرمادي",
     "دارت اشتباكات بين القوات الأمنية ومسلحين غرب الرمادي واستمرت ساعات."),
    ("p-none", None, "تقرير عن الرمادي بلا تاريخ",
     "تقرير عام عن الأوضاع الأمنية في مدينة الرمادي وانفجار السيارات المفخخة فيها."),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("search-period")
    src = root / "articles.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        for doc_id, date, title, text in _ARTICLES:
            fh.write(json.dumps({"id": doc_id, "date": date, "title": title, "text": text}, ensure_ascii=False) + "\n")
    home = root / "home"
    ingest(resolve_settings({"home": str(home)}, env={}), [src], progress=False)
    return home


def _ids(capsys, home: Path, *args: str) -> list[str]:
    assert main(["search", "الرمادي", "-k", "10", "--json", "--home", str(home), "--backend", "offline", *args]) == 0
    return [h["doc_id"] for h in json.loads(capsys.readouterr().out)]


def test_without_a_period_every_article_is_found(home, capsys):
    assert set(_ids(capsys, home)) == {"p-jun-a", "p-jun-b", "p-jul", "p-aug", "p-none"}


def test_a_month_keeps_its_whole_month_and_drops_undated_articles(home, capsys):
    assert set(_ids(capsys, home, "--since", "2015-06", "--until", "2015-06")) == {"p-jun-a", "p-jun-b"}


def test_open_bounds_and_days_are_inclusive(home, capsys):
    assert set(_ids(capsys, home, "--since", "2015-07-14")) == {"p-jul", "p-aug"}
    assert set(_ids(capsys, home, "--until", "2015-06-28")) == {"p-jun-a", "p-jun-b"}
    assert set(_ids(capsys, home, "--since", "2015")) == {"p-jun-a", "p-jun-b", "p-jul", "p-aug"}


def test_an_empty_period_says_so(home, capsys):
    assert main(["search", "Ramadi", "--home", str(home), "--backend", "offline", "--since", "2019"]) == 0
    assert "no hits among the articles published from 2019" in capsys.readouterr().out
    assert main(["search", "الرمادي", "--home", str(home), "--backend", "offline", "--since", "2019"]) == 0
    assert "لا نتائج بين المقالات المنشورة من 2019" in capsys.readouterr().out  # the query's language (pass 62)


def test_a_malformed_date_names_the_flag_and_the_format(home, capsys):
    assert main(["search", "الرمادي", "--home", str(home), "--since", "2015-13"]) == 2
    err = capsys.readouterr().err
    assert "--since '2015-13' is not a date" in err and "YYYY-MM-DD" in err
    assert main(["search", "الرمادي", "--home", str(home), "--since", "2016", "--until", "2015-06"]) == 2
    assert "is after --until" in capsys.readouterr().err


def test_passages_and_the_vector_fill_keep_to_the_period(home):
    settings = resolve_settings({"home": str(home)}, env={})
    period = Period("2015-07", "2015-08")
    with Searcher(settings) as searcher:
        passages = searcher.search("الرمادي", 10, max_per_doc=None, period=period)
        # a query BM25 knows no word of is served by the vector half alone: it too keeps to the period
        vectors = searcher.search("xyzzy", 10, period=period)
    assert {h.doc_id for h in passages} == {"p-jul", "p-aug"}
    assert {h.doc_id for h in vectors} <= {"p-jul", "p-aug"} and vectors


@pytest.mark.parametrize(("published", "inside"), [
    ("2015-06-01", True), ("2015-06-30", True), ("2015-07-01", False), ("2015-05-31", False),
    (None, False), ("", False), ("June 2015", False),
])
def test_period_contains_on_iso_dates(published, inside):
    assert Period("2015-06", "2015-06").contains(published) is inside


def test_parse_period_validates_each_bound():
    assert parse_period(None, None) is None
    assert parse_period(" 2015-06-03 ", None) == Period("2015-06-03", None)
    assert parse_period("2015-06", "2015-06-15") == Period("2015-06", "2015-06-15")
    for bad in ("2015-02-30", "15-06", "2015/06", "yesterday"):
        with pytest.raises(ConfigError, match="not a date"):
            parse_period(bad, None)
    with pytest.raises(ConfigError, match="after --until"):
        parse_period("2015-07", "2015-06-30")


def test_the_python_api_takes_the_same_bounds(home):
    import marsad

    hits = marsad.search("الرمادي", k=10, since="2015-08", home=str(home), backend="offline")
    assert [h.doc_id for h in hits] == ["p-aug"]
    with pytest.raises(ConfigError, match="until=.2015-6. is not a date"):
        marsad.search("الرمادي", until="2015-6", home=str(home))


_QUESTION = "كم مدنيا قتل في انفجار السيارة المفخخة في الرمادي؟"


def test_ask_reads_only_the_period(home, capsys):
    def ask(*bounds: str) -> dict:
        assert main(["ask", _QUESTION, "--json", "--home", str(home), "--backend", "offline", *bounds]) == 0
        return json.loads(capsys.readouterr().out)

    june, july = ask("--until", "2015-06"), ask("--since", "2015-07", "--until", "2015-07")
    assert {c["doc_id"] for c in june["citations"]} == {"p-jun-a"} and "7" in june["answer"]
    assert {c["doc_id"] for c in july["citations"]} == {"p-jul"} and "3" in july["answer"]
    assert ask("--since", "2016")["abstained"]
    assert main(["ask", _QUESTION, "--home", str(home), "--until", "2015-6-1"]) == 2
    assert "--until '2015-6-1' is not a date" in capsys.readouterr().err


def test_the_llm_search_tool_keeps_to_the_period(home):
    """Over the real HTTP path: the model's search tool call is answered with the period's passages only."""
    from marsad.agent.qa import Answerer
    from marsad.evals.openai_server import OpenAICompatServer, Reply, ScriptedResponder

    replies = [Reply.tool_call({"query": "سيارة مفخخة الرمادي"}, name="search"), Reply.content("done"),
               Reply.tool_call({"statements": [], "abstained": True})]
    with OpenAICompatServer(ScriptedResponder(replies)) as srv:
        settings = resolve_settings({"home": str(home), "backend": "llm", "llm_base_url": srv.base_url,
                                     "llm_model": "local-model", "llm_max_retries": 0, "llm_reasks": 1,
                                     "llm_cache": False}, env={})
        with Answerer(settings, period=Period("2015-07", None)) as answerer:
            answerer.ask(_QUESTION)
        tool = [m["content"] for r in srv.chat_requests for m in r.body["messages"] if m["role"] == "tool"]
    assert tool and 'doc_id="p-jul"' in tool[0] and 'doc_id="p-aug"' in tool[0]
    assert not any(f'doc_id="{d}"' in tool[0] for d in ("p-jun-a", "p-jun-b", "p-none"))


def test_one_answerer_takes_a_period_per_question(home):
    """The chat shares one answerer across turns: each question's period holds for it alone."""
    from marsad.agent.qa import Answerer

    settings = resolve_settings({"home": str(home), "backend": "offline"}, env={})
    with Answerer(settings) as answerer:
        june = answerer.ask(_QUESTION, period=Period(None, "2015-06"))
        july = answerer.ask(_QUESTION, period=Period("2015-07", "2015-07"))
        anytime = answerer.ask(_QUESTION)
        assert answerer.period is None
    assert {c.doc_id for c in june.citations} == {"p-jun-a"}
    assert {c.doc_id for c in july.citations} == {"p-jul"}
    assert not anytime.abstained


def test_the_chat_and_its_api_take_since_and_until(home):
    """Through the Gradio server over HTTP: the chat's period fields, the /ask and /search endpoints."""
    pytest.importorskip("gradio_client")
    with served_app(resolve_settings({"home": str(home), "backend": "offline"}, env={})) as (_app, url), \
            gradio_client(url) as client:
        answer = client.predict(_QUESTION, "2015-07", "2015-07", api_name="/ask")
        assert {c["doc_id"] for c in answer["citations"]} == {"p-jul"}
        hits = client.predict("الرمادي", 10, "2015-08", "", api_name="/search")
        assert {h["doc_id"] for h in hits} == {"p-aug"}
        html, picker, cleared = client.predict(_QUESTION, "", "2015-06", api_name="/chat")
        assert {c[0].split()[1] for c in picker["choices"]} == {"p-jun-a"}
        assert "Articles published to 2015-06 only" in html and cleared == ""
        assert 'حتى <bdi dir="ltr">2015-06</bdi>' in html  # the date laid out left to right in Arabic (pass 60)
        html, _, kept = client.predict(_QUESTION, "2015-13", "", api_name="/chat")
        # an Arabic question: the chat's field by its Arabic label (ux58; English before), never the CLI's flag (uxb57)
        assert "«من»" in html and "ليس تاريخا" in html and "2015-13" in html, html
        assert "--since" not in html
        assert kept == _QUESTION  # a bad date keeps the question for the next try


@pytest.mark.parametrize(("date", "inside"), [
    ("2015-06-15", True), ("2015-06-01", True), ("2015-06-16", False), ("2015-06", False), ("2015-05", False),
    ("2015", False), (None, False), ("", False), ("15/06/2015", False),
])
def test_holds_needs_the_whole_told_date_inside(date, inside):
    assert Period("2015-06", "2015-06-15").holds(date) is inside


def test_holds_a_month_or_year_inside_a_wider_period():
    assert Period("2015", None).holds("2015-06") and Period(None, "2015-06").holds("2015-06")
    assert Period("2015-06", "2015-06").holds("2015-06") and not Period("2015-06-10", None).holds("2015-06")


def test_events_keep_to_the_period_by_incident_or_first_report(home, capsys):
    def events(*bounds: str) -> list[dict]:
        assert main(["events", "--json", "--no-progress", "--home", str(home), "--backend", "offline", *bounds]) == 0
        return json.loads(capsys.readouterr().out)

    every = events()
    assert every and all(e["first_reported"] == min(m["published"] for m in e["mentions"]) for e in every)
    july = events("--since", "2015-07", "--until", "2015-07")
    assert july and {d for e in july for d in e["doc_ids"]} == {"p-jul"}
    assert {e["event_id"] for e in events("--until", "2015-06")} == {
        e["event_id"] for e in every if (e["date"] or e["first_reported"]) <= "2015-06-30"}
    assert main(["events", "--home", str(home), "--since", "2015-7"]) == 2
    assert "--since '2015-7' is not a date" in capsys.readouterr().err


def test_the_python_api_asks_within_a_period(home):
    import marsad

    answer = marsad.ask(_QUESTION, since="2015-07", until="2015-07", home=str(home), backend="offline")
    assert {c.doc_id for c in answer.citations} == {"p-jul"}
    with pytest.raises(ConfigError, match="since=.July. is not a date"):
        marsad.ask(_QUESTION, since="July", home=str(home))


def test_the_events_tab_dates_an_undated_event_by_its_first_report():
    from marsad.agent.events_period import filter_events
    from marsad.ui.events_tab import read_period

    rows = [{"date": None, "first_reported": "2015-07-14", "attack_type": "car_bomb", "perpetrator": None},
            {"date": "2015-06-03", "first_reported": "2015-06-04", "attack_type": "car_bomb", "perpetrator": None},
            {"date": None, "first_reported": None, "attack_type": "car_bomb", "perpetrator": None}]
    assert filter_events(rows, read_period("2015-07", "")[0]) == [rows[0]]
    assert filter_events(rows, read_period("", "2015-06")[0]) == [rows[1]]
