"""The app as a user drives it over HTTP (gradio_client, a real server on 127.0.0.1, a temp home): an upload with one
bad document, events of a period and their downloads, the records downloads (pass 60)."""

from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest
from served_app import gradio_client, served_app

from marsad.core.config import resolve_settings

pytest.importorskip("gradio_client")

ROWS = [
    {"id": "up-north", "title": "هجوم على حاجز في بلدة النخيل", "date": "2018-05-20",
     "text": "قتل ثلاثة من عناصر الشرطة وأصيب اثنان آخران بهجوم مسلح استهدف حاجزا أمنيا في بلدة النخيل جنوب مدينة "
             "الموصل مساء السبت، بحسب مصدر أمني."},
    {"id": "up-empty", "title": "", "date": "2018-05-21", "text": ""},
    {"id": "up-market", "title": "تفجير عبوة في سوق", "date": "2018-06-04",
     "text": "انفجرت عبوة ناسفة في سوق شعبي بمدينة تكريت صباح الأحد ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين."},
]


def _rows(path: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8-sig"))))


def _ingested(client) -> str:
    status = ""
    for _ in range(120):
        status = str(client.predict(api_name="/ingest_status")[0] or "")
        if status and "Ingesting the uploads" not in status:
            return status
        time.sleep(1)
    return status


def test_an_upload_then_events_of_two_periods_download_apart(tmp_path):
    from gradio_client import handle_file

    upload = tmp_path / "news.jsonl"
    upload.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS) + "\n", encoding="utf-8")
    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    with served_app(settings) as (_app, url), gradio_client(url) as client:
        first, _ = client.predict([handle_file(str(upload))], api_name="/ingest")
        status = first if "added" in str(first) else _ingested(client)
        assert "2 added" in status and "1 failed" in status and "news.jsonl:2" in status, status
        # the offline records are made for every document lacking them, told as such (not "new document(s)")
        assert "document(s) that had none" in status and "new document" not in status, status
        assert client.predict("كم شرطيا قتل في بلدة النخيل؟", api_name="/ask")["answer"].startswith("عدد القتلى: 3")

        may = client.predict("2018-05", "2018-05", "", "", "", api_name="/events")
        june = client.predict("2018-06", "2018-06", "", "", "", api_name="/events")
        every = client.predict("", "", "", "", "", api_name="/events")
        paths = [may[3], june[3], every[3]]
        assert [p.rsplit("/", 1)[1] for p in paths] == ["marsad-events-2018-05_2018-05.csv",
                                                        "marsad-events-2018-06_2018-06.csv", "marsad-events-all.csv"]
        dates = [[row["event_date"] for row in _rows(p)] for p in paths]
        assert dates[0] and all(d.startswith("2018-05") for d in dates[0])  # May's file holds May's events only
        assert dates[1] and all(d.startswith("2018-06") for d in dates[1])
        assert sorted(dates[2]) == sorted(dates[0] + dates[1])
        assert may[4].endswith("marsad-events-2018-05_2018-05.geojson")

        one = client.predict("attacks", "", "", api_name="/records")
        two = client.predict("attacks", "تكريت", "", api_name="/records")
        assert one[1] != two[1]  # two requests within a second: two files, each with its own rows
        assert len(_rows(two[1])) == 1
        assert len(_rows(one[1])) >= 2
