"""The Gradio app driven through gradio_client over HTTP (real server on 127.0.0.1, temp home)."""

from __future__ import annotations

from pathlib import Path

import pytest
from served_app import gradio_client, served_app

from marsad.core.config import resolve_settings

REPO = Path(__file__).resolve().parent.parent
pytest.importorskip("gradio_client")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    from marsad.index.ingest import ingest

    home = tmp_path_factory.mktemp("ui-home")
    settings = resolve_settings({"home": str(home)}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)
    with served_app(settings) as (_app, url):
        yield url


@pytest.fixture(scope="module")
def client(app_url):
    with gradio_client(app_url) as c:
        yield c


def test_bound_to_loopback(app_url):
    assert app_url.startswith("http://127.0.0.1:")


def test_api_endpoints_are_named(client):
    names = set(client.view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert {"/ask", "/search", "/chat", "/open_citation", "/records", "/article", "/ingest", "/evaluation"} <= names


def test_ask_returns_a_cited_answer(client):
    result = client.predict("كم شرطيا قتل في هجوم كركوك؟", api_name="/ask")
    assert result["abstained"] is False and "13" in result["answer"]
    assert result["citations"] and result["citations"][0]["doc_id"] == "004_dea87550024f26b2"


def test_search(client):
    hits = client.predict("غرفة عمليات مشتركة في كركوك", 3, api_name="/search")
    assert 1 <= len(hits) <= 3 and all({"doc_id", "start", "end", "text"} <= set(h) for h in hits)


def test_chat_renders_rtl_answer_with_citation_choices(client):
    html, picker, cleared = client.predict("كم شرطيا قتل في هجوم كركوك؟", api_name="/chat")  # State is server-side
    assert 'dir="rtl"' in html and "<mark>" in html and 'href="#marsad-cite-1"' in html
    assert cleared == ""
    choice = picker["choices"][0][0]
    assert choice.startswith("[1] 004_dea87550024f26b2 ")  # the picker lists the citations
    article, doc_id = client.predict(choice, api_name="/open_citation")
    assert 'id="marsad-focus"' in article and 'dir="rtl"' in article and doc_id == "004_dea87550024f26b2"
    import re

    quote = re.search(r"<mark>(.*?)</mark>", html, re.S).group(1)
    focused = article.split('id="marsad-focus"')[1]
    assert focused[focused.index(">") + 1:].startswith(quote[:10])  # the article opens at the cited span


def test_ingest_limits_and_escaped_article(client, tmp_path):
    from gradio_client import handle_file

    hostile = tmp_path / "hostile_article.txt"
    hostile.write_text("عنوان <b>عريض</b>\nقتل 5 في هجوم <script>alert('x')</script> ببغداد.", encoding="utf-8")
    binary = tmp_path / "tool.exe"
    binary.write_bytes(b"MZ\x00\x00")
    summary, _choices = client.predict([handle_file(str(hostile)), handle_file(str(binary))], api_name="/ingest")
    assert "1 added" in summary and "tool.exe" in summary and "not accepted" in summary
    article = client.predict("hostile_article", api_name="/article")
    assert "<script>" not in article and "&lt;script&gt;" in article and "<b>" not in article.split("marsad-article")[1]
    missing = client.predict("no-such-doc", api_name="/article")
    assert "No article" in missing


def test_records_table_and_downloads(client):
    table, csv_path, json_path, note = client.predict("attacks", "", "", api_name="/records")
    assert table["headers"][:2] == ["Date · التاريخ", "Place · المكان"]  # bilingual, like the tabs
    assert "Quote · الاقتباس" in table["headers"] and "Article · المقال" in table["headers"]
    assert Path(csv_path).suffix == ".csv" and Path(json_path).suffix == ".json"
    assert "record" in note
    header = Path(csv_path).read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("doc_id,record,date")  # downloads keep the machine-readable names


def test_records_newest_first_and_one_record_in_detail(tmp_path):
    from marsad.agent.qa.evidence import ensure_records
    from marsad.index.docstore import DocStore
    from marsad.index.ingest import ingest

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)
    with DocStore(settings) as store:
        ensure_records(store)
    with served_app(settings) as (_app, url), gradio_client(url) as client:
        table, _csv, json_path, _note = client.predict("attacks", "", "", api_name="/records")
        dates = [row[0] for row in table["data"] if row[0]]
        assert len(dates) >= 3 and dates == sorted(dates, reverse=True)  # newest first
        rows = __import__("json").loads(Path(json_path).read_text(encoding="utf-8"))
        kirkuk = next(r for r in rows if r["killed"] == 13)
        html = client.predict("attacks", kirkuk["doc_id"], kirkuk["record"], api_name="/record")
        assert "Killed · قتلى" in html and ">13<" in html  # the record's fields
        assert 'id="marsad-focus"' in html and 'dir="rtl"' in html  # its article, the first citation in focus
        focused = html.split('id="marsad-focus"')[1]
        assert focused[focused.index(">") + 1:].startswith(kirkuk["quote"][:10])
        assert "marsad-attack" in html and "marsad-actor" not in html  # only this record highlighted
        missing = client.predict("attacks", kirkuk["doc_id"], 999, api_name="/record")
        assert "No attacks record #999" in missing


def test_evaluation_tab_without_report(client):
    text = client.predict(api_name="/evaluation")
    assert "report" in text.lower()


def test_auth_is_required_when_set(tmp_path):
    from gradio_client import Client

    from marsad.ui.app import parse_auth

    assert parse_auth("u:p") == ("u", "p")
    with pytest.raises(Exception, match="USER:PASSWORD"):
        parse_auth("no-colon")
    with served_app(resolve_settings({"home": str(tmp_path / "h")}, env={}), auth="analyst:secret") as (_app, url):
        with pytest.raises(Exception):  # noqa: B017 - gradio_client raises its own error types
            Client(url, verbose=False)
        with gradio_client(url, auth=("analyst", "secret")) as client:
            result = client.predict("What is the capital of France?", api_name="/ask")
        assert result["abstained"] is True


# The real `marsad ui` serving the app on loopback, with no share link: tests/test_cli_uxb54.py's signal test
# (one process serves and is stopped).


def test_marsad_ui_rejects_bad_auth_and_offers_no_share(run_cli):
    bad = run_cli("ui", "--auth", "nocolon")
    assert bad.returncode == 2 and "USER:PASSWORD" in bad.stderr
    help_text = run_cli("ui", "--help").stdout
    assert "--host" in help_text and "--auth" in help_text and "--share" not in help_text


def test_latest_eval_report_is_found(tmp_path):
    import os
    import time

    from marsad.ui.app import find_eval_report

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    older = tmp_path / "home" / "eval" / "old" / "report.md"
    newer = tmp_path / "home" / "eval" / "report.md"
    for p in (older, newer):
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"# {p.parent.name}", encoding="utf-8")
    os.utime(older, (time.time() - 100, time.time() - 100))
    assert find_eval_report(settings) == newer


def test_extract_missing_records_fills_the_tables(tmp_path):
    from marsad.index.ingest import ingest

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    ingest(settings, [REPO / "data" / "samples"], progress=False)
    with served_app(settings) as (_app, url), gradio_client(url) as client:
        before, _csv, _json, empty_note = client.predict("attacks", "", "", api_name="/records")
        assert before["data"] == [] and "No records match" in empty_note and "Extract" in empty_note
        table, csv_path, _json_path, note = client.predict("attacks", "كركوك", "", api_name="/extract_missing")
        assert "Extracted 5 document(s)" in note
        assert table["data"] and all("كركوك" in " ".join(map(str, row)) for row in table["data"])
        assert "كركوك" in Path(csv_path).read_text(encoding="utf-8-sig")
