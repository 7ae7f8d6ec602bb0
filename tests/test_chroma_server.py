"""Server mode end to end: a real `chroma run` on 127.0.0.1, ingest and search through the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from processes import marsad_cmd, stop

from marsad.evals.openai_server import free_port

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "samples"
KIRKUK_ROOMS = {"000_c1ce3af31cb2744a", "001_38b082566a89427c"}


def _chroma_exe() -> str:
    exe = Path(sys.executable).parent / "chroma"
    if exe.exists():
        return str(exe)
    found = shutil.which("chroma")
    if not found:
        pytest.skip("the `chroma` command (installed with chromadb) is not on PATH")
    return found


def _start_chroma(path: Path, port: int | None = None) -> tuple[subprocess.Popen, str]:
    """`chroma run` on ``path`` and a free port (or ``port``), once its heartbeat answers: the process and its URL."""
    port = port or free_port()
    proc = subprocess.Popen(
        [_chroma_exe(), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"chroma run exited with {proc.returncode}")
        try:
            if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop(proc)
    pytest.fail("chroma server did not answer its heartbeat within 60 s")


@pytest.fixture
def chroma_server(tmp_path):
    """Start `chroma run` on a free port, wait for its heartbeat, stop it afterwards."""
    started = []

    def start(path: Path, port: int | None = None) -> str:
        proc, url = _start_chroma(path, port)
        started.append(proc)
        return url

    def stop_all() -> None:
        for proc in started:
            stop(proc)

    start.stop_all = stop_all
    yield start
    stop_all()


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The five samples ingested once by the real `marsad ingest` into a `chroma run` server, which is then stopped:
    ``(server data, home)``, for :func:`archived` to copy. The tests that start from an archive (most of this file:
    outages, the app, a searcher kept open) each ran that ingest in a new process before; ingesting into a server
    stays driven here and by the tests that check it (the first two below)."""
    root = tmp_path_factory.mktemp("chroma-archive")
    data, home = root / "server-data", root / "home"
    proc, url = _start_chroma(data)
    env = {k: v for k, v in os.environ.items()
           if not ((k.startswith("MARSAD_") and k != "MARSAD_SRC") or k in {"OPENAI_API_KEY", "OPENAI_BASE_URL"})}
    env |= {"MARSAD_HOME": str(home), "MARSAD_CHROMA_URL": url, "ANONYMIZED_TELEMETRY": "False"}
    try:
        done = subprocess.run([*marsad_cmd(), "ingest", str(SAMPLES), "--no-progress"], capture_output=True,
                              text=True, env=env, timeout=300, cwd=REPO)
    finally:
        stop(proc)
    assert done.returncode == 0 and "5 added" in done.stdout, done.stdout + done.stderr
    return data, home


@pytest.fixture
def archived(chroma_server, archive, marsad_home):
    """``archived(path, port=None)``: the archive's server data copied to ``path`` and served by a new `chroma run`,
    the test's home a copy of the archive's home; returns the server's URL. The state is the one `marsad ingest
    SAMPLES` leaves with that server up (the home names no server: it is the URL the test passes)."""

    def start(path: Path, port: int | None = None) -> str:
        shutil.copytree(archive[0], path)
        shutil.copytree(archive[1], marsad_home, dirs_exist_ok=True)
        return chroma_server(path, port)

    return start


def test_ingest_and_search_against_a_chroma_server(chroma_server, run_cli, cli, samples, tmp_path, marsad_home):
    url = chroma_server(tmp_path / "server-data")
    env = {"MARSAD_CHROMA_URL": url, "MARSAD_COLLECTION": "marsad-test"}
    proc = run_cli("ingest", str(samples), "--no-progress", env=env)
    assert proc.returncode == 0, proc.stderr
    assert not (marsad_home / "chroma").exists()  # vectors went to the server, not the embedded store

    import chromadb
    from chromadb.config import Settings

    port = int(url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=Settings(anonymized_telemetry=False))
    collection = client.get_collection("marsad-test")
    assert collection.count() > 5
    assert collection.get(ids=["000_c1ce3af31cb2744a::0"], include=["metadatas"])["metadatas"][0]["doc_id"] \
        == "000_c1ce3af31cb2744a"

    # the Arabic query by the real command, the English one in this process (`cli`: the same main, no new interpreter)
    for run, query in ((run_cli, "غرفة عمليات مشتركة في كركوك"), (cli, "joint operations room in Kirkuk")):
        proc = run("search", query, "-k", "3", "--json", env=env)
        assert proc.returncode == 0, proc.stderr
        assert {h["doc_id"] for h in json.loads(proc.stdout)[:2]} == KIRKUK_ROOMS


def test_a_new_empty_server_is_refilled_by_the_next_ingest(archived, chroma_server, run_cli, cli, samples, tmp_path):
    archived(tmp_path / "first")  # the samples ingested into a first server
    chroma_server.stop_all()
    second = chroma_server(tmp_path / "second")  # same home, new (empty) server
    proc = run_cli("ingest", str(samples), "--no-progress", env={"MARSAD_CHROMA_URL": second})
    assert proc.returncode == 0, proc.stderr
    assert "5 unchanged" in proc.stdout
    assert _count(second) == _chunks_in_summary(proc.stdout) > 5  # every vector re-added
    # (the search after it in this process: the real `marsad search` over a server is driven above)
    hits = json.loads(cli("search", "كركوك", "-k", "2", "--json", env={"MARSAD_CHROMA_URL": second}).stdout)
    assert hits


def _count(url: str, collection: str = "marsad") -> int:
    import chromadb
    from chromadb.config import Settings

    port = int(url.rsplit(":", 1)[1])
    client = chromadb.HttpClient(host="127.0.0.1", port=port, settings=Settings(anonymized_telemetry=False))
    return client.get_collection(collection).count()


def _chunks_in_summary(stdout: str) -> int:
    import re

    return int(re.search(r"(\d+) chunk\(s\) indexed", stdout).group(1))


def test_unreachable_server_is_a_clear_error(run_cli, samples):
    proc = run_cli("ingest", str(samples), "--no-progress", env={"MARSAD_CHROMA_URL": f"http://127.0.0.1:{free_port()}"})
    assert proc.returncode == 1
    assert "Chroma server" in proc.stderr and "chroma run" in proc.stderr


def test_server_gone_between_opening_and_a_query_is_a_store_error(archived, chroma_server, tmp_path, marsad_home):
    """A Chroma server stopped while a searcher holds the collection open (the app between two questions):
    the query is a StoreError naming MARSAD_CHROMA_URL, not a chromadb traceback (pass 59)."""
    from marsad.core.config import resolve_settings
    from marsad.core.errors import StoreError
    from marsad.index.chroma_store import VectorIndex

    url = archived(tmp_path / "gone")
    settings = resolve_settings({"home": str(marsad_home), "chroma_url": url}, env={})
    index = VectorIndex(settings)
    vector = index.embedder(["كركوك"])[0]
    assert index.query(vector, 2)
    chroma_server.stop_all()
    with pytest.raises(StoreError, match="cannot query Chroma collection") as caught:
        index.query(vector, 2)
    assert "MARSAD_CHROMA_URL" in str(caught.value)


KEYWORD_ONLY = "keyword results only: the Chroma server at"
KEYWORD_ONLY_AR = "نتائج البحث بالكلمات فقط: تعذر استعمال خادم Chroma"


def test_search_and_ask_with_the_server_down_serve_the_keyword_index_and_say_so(archived, chroma_server, run_cli,
                                                                                cli, tmp_path):
    """The Chroma server down: `marsad search` and `marsad ask` answer from BM25 (the hashed vectors only fill in
    below its list) with a warning naming MARSAD_CHROMA_URL and how to start the server, instead of failing
    outright (pass 60); `ask --json` carries the warning too. The hits BM25 found are the same, in the same order.
    The runs with the server up, and the English question, are made in this process (`cli`); the outage's search,
    `ask --json` and plain `ask` by the real command."""
    url = archived(tmp_path / "down")
    env = {"MARSAD_CHROMA_URL": url}
    query, question = "البيشمركة", "من هم البيشمركة؟"  # BM25 finds fewer articles than asked: vectors are read
    up = cli("search", query, "-k", "5", "--json", env=env)
    asked_up = cli("ask", question, "--json", env=env)
    assert up.returncode == asked_up.returncode == 0 and KEYWORD_ONLY not in up.stderr + asked_up.stderr
    chroma_server.stop_all()

    down = run_cli("search", query, "-k", "5", "--json", env=env)
    assert down.returncode == 0, down.stderr
    # told in the query's language, as the app's Search tab and `marsad ask` tell it (ux63: it stayed English)
    assert KEYWORD_ONLY_AR in down.stderr and KEYWORD_ONLY not in down.stderr
    assert "MARSAD_CHROMA_URL" in down.stderr and "chroma run" in down.stderr
    hits_up = [h["doc_id"] for h in json.loads(up.stdout)]
    hits_down = [h["doc_id"] for h in json.loads(down.stdout)]
    assert hits_down and hits_down == hits_up[: len(hits_down)]  # BM25's own list, unchanged

    asked = run_cli("ask", question, "--json", env=env)
    assert asked.returncode == 0, asked.stderr
    data, before = json.loads(asked.stdout), json.loads(asked_up.stdout)
    # told in the question's language, as the answer is (review60 finding 18: it was English beside an Arabic answer)
    assert data.pop("warning").startswith(KEYWORD_ONLY_AR) and KEYWORD_ONLY_AR in asked.stderr
    assert data == before  # the vectors only filled in below BM25's articles: the same answer, told as degraded
    plain = run_cli("ask", question, env=env)
    assert plain.returncode == 0 and plain.stdout.startswith(data["answer"]) and KEYWORD_ONLY_AR in plain.stderr
    english = json.loads(cli("ask", "Who are the Peshmerga?", "--json", env=env).stdout)
    assert english["language"] == "en" and english["warning"].startswith(KEYWORD_ONLY)


def test_a_searcher_kept_open_serves_again_once_the_server_is_back(archived, chroma_server, tmp_path, marsad_home,
                                                                   monkeypatch):
    """A searcher held open (the app, `marsad ask -`) across a server outage: keyword results with the warning while
    the server is down, the hybrid again once it is restarted on the same data and the retry interval is over, and a
    server restarted on a new --path (no vectors) is told with `marsad ingest` as the fix, not served silently without
    its vectors. Within :data:`CHROMA_RETRY_SECONDS` of a failure the server is left alone (review60 finding 19: each
    search reopened it, a connect timeout per search on a host dropping packets): a server back meanwhile is not
    used yet."""
    from types import SimpleNamespace

    from marsad.core import config
    from marsad.core.config import resolve_settings
    from marsad.core.errors import keyword_only_search
    from marsad.index import search as search_module
    from marsad.index.search import Searcher

    port = free_port()
    url = archived(tmp_path / "kept", port)
    settings = resolve_settings({"home": str(marsad_home), "chroma_url": url}, env={})
    with Searcher(settings) as searcher:
        hybrid = [h.doc_id for h in searcher.search("البيشمركة", 5)]
        assert len(hybrid) == 5 and searcher.vector_fault is None
        chroma_server.stop_all()
        interval = 15.0
        monkeypatch.setattr(config, "CHROMA_RETRY_SECONDS", interval)
        # the retry interval is read on the searcher's clock, held still here and then moved on: by wall time a
        # restart slower than the interval (chroma starting on a loaded machine) failed the test, and the rest of
        # the interval was slept out
        clock = [time.monotonic()]
        monkeypatch.setattr(search_module, "time", SimpleNamespace(monotonic=lambda: clock[0]))
        found = searcher.search("البيشمركة", 5)
        keyword = [h.doc_id for h in found]
        assert keyword == hybrid[: len(keyword)] and searcher.keyword_only == 1
        assert searcher.vector_fault.startswith(KEYWORD_ONLY) and found.warning == searcher.vector_fault
        assert "tries it again 15 s after a failure" in found.warning
        chroma_server(tmp_path / "kept", port)  # the same data, the same address
        found = searcher.search("البيشمركة", 5)  # within the interval: the server is not tried
        assert [h.doc_id for h in found] == keyword and found.warning and searcher.keyword_only == 2
        clock[0] += interval + 0.5  # the interval is over
        found = searcher.search("البيشمركة", 5)
        assert [h.doc_id for h in found] == hybrid and found.warning is None
        assert searcher.vector_fault is None and searcher.keyword_only == 2
        chroma_server.stop_all()
        chroma_server(tmp_path / "wiped", port)  # a new, empty server at that address
        found = searcher.search("البيشمركة", 5)
        assert [h.doc_id for h in found] == keyword
        assert "holds no vectors" in found.warning and "marsad ingest" in found.warning
        # it answered: the Arabic words say it could not be USED, not that it did not answer (review60 finding 18)
        arabic = keyword_only_search(url, found.fault, language="ar")
        assert arabic.startswith(KEYWORD_ONLY_AR) and "holds no vectors" in arabic and "لم يستجب" not in arabic


def test_the_apps_chat_and_ask_say_when_the_server_is_down(archived, chroma_server, tmp_path, marsad_home):
    """The app over a Chroma server that stops while it runs: the chat answers from the keyword index with a
    notice (Arabic, then the warning with its Fix) under the turn, and `/ask` returns the warning beside the answer,
    as `marsad ask --json` does; before pass 60 both failed with the store error."""
    from served_app import gradio_client, served_app

    from marsad.core.config import resolve_settings

    url = archived(tmp_path / "app")
    settings = resolve_settings({"home": str(marsad_home), "chroma_url": url}, env={})
    with served_app(settings) as (_, app_url), gradio_client(app_url) as client:
        before = client.predict("من هم البيشمركة؟", api_name="/ask")
        assert "warning" not in before
        chroma_server.stop_all()
        after = client.predict("من هم البيشمركة؟", api_name="/ask")
        assert after.pop("warning").startswith(KEYWORD_ONLY_AR) and after == before  # as asked
        html, _picker, _cleared = client.predict("من هم البيشمركة؟", api_name="/chat")
        assert KEYWORD_ONLY_AR in html and "chroma run" in html
        # /search says it too, beside each hit, in the query's language (review60 finding 18: it said nothing)
        hits = client.predict("البيشمركة", 5, api_name="/search")
        assert hits and all(h["warning"].startswith(KEYWORD_ONLY_AR) for h in hits)
    import marsad

    found = marsad.search("البيشمركة", k=5, home=str(marsad_home), chroma_url=url)  # the Python API: beside the hits
    assert found and found.warning.startswith(KEYWORD_ONLY)


def test_the_apps_ask_carries_only_its_own_searches_fault_while_search_runs_beside_it(archived, chroma_server, tmp_path,
                                                                                      marsad_home):
    """The app's `/ask` and `/search` run at once (two gradio events) over one searcher while the Chroma server is
    down. A question off the news's topics searches nothing, so its answer must carry no warning, however many
    keyword-only searches `/search` makes meanwhile; a question that searches does carry it. Before, the app read the
    searcher's fault count outside the answerer's lock, so a /search's fault showed under the other answer (or a
    /search that found the server back hid the question's own fault); review60 finding 17."""
    from concurrent.futures import ThreadPoolExecutor

    from served_app import gradio_client, served_app

    from marsad.core.config import resolve_settings

    url = archived(tmp_path / "race")
    settings = resolve_settings({"home": str(marsad_home), "chroma_url": url}, env={})
    off_topic = "ما أفضل وصفة لكعكة البرتقال؟"  # no search: an abstention "outside what the articles cover"
    with served_app(settings) as (_, app_url):
        with gradio_client(app_url) as client:
            assert client.predict("من هم البيشمركة؟", api_name="/ask").get("warning") is None  # the server is up
            chroma_server.stop_all()
            assert client.predict("من هم البيشمركة؟", api_name="/ask")["warning"]  # its searches met the fault

        def asked(_n: int) -> list[dict]:
            with gradio_client(app_url) as one:
                return [one.predict(off_topic, api_name="/ask") for _ in range(8)]

        def searched(_n: int) -> list[list]:
            with gradio_client(app_url) as one:
                return [one.predict("البيشمركة", 5, api_name="/search") for _ in range(8)]

        with ThreadPoolExecutor(4) as pool:
            answers = [pool.submit(asked, n) for n in range(2)]
            searches = [pool.submit(searched, n) for n in range(2)]
            answers = [a for job in answers for a in job.result()]
            assert all(hits for job in searches for hits in job.result())
    assert len(answers) == 16 and all(a["abstained"] for a in answers)
    assert [a.get("warning") for a in answers] == [None] * 16


def test_ask_stdin_json_tells_an_outage_on_stderr_once_and_in_each_line(archived, chroma_server, run_cli, cli,
                                                                         tmp_path):
    """`marsad ask - --json` with the Chroma server down (ux61): each JSON line keeps its own "warning", and stderr
    tells the outage once, as `marsad search --json` and `marsad ask` tell it; before, the warning was only inside the
    lines, so a user piping stdout to a file saw nothing. The text output of a file mixing Arabic and English
    questions told one outage twice (once per language): once now, in the first question's language."""
    url = archived(tmp_path / "stdin")
    env = {"MARSAD_CHROMA_URL": url}
    chroma_server.stop_all()
    questions = "من هم البيشمركة؟\nWho are the Peshmerga?\nكم شرطيا قتل في هجوم كركوك؟\n"  # 3rd: BM25 fills it
    proc = run_cli("ask", "-", "--json", env=env, input=questions)
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["question"] for d in lines] == questions.split("\n")[:3]
    # the first two read the vectors (BM25 found fewer articles than asked); the third is answered by BM25 alone
    assert [d.get("warning", "")[:20] for d in lines] == [KEYWORD_ONLY_AR[:20], KEYWORD_ONLY[:20], ""]
    assert proc.stderr.count("marsad: warning:") == 1 and KEYWORD_ONLY_AR in proc.stderr
    assert "chroma run" in proc.stderr
    text = cli("ask", "-", env=env, input=questions)  # the text output, in this process
    assert text.returncode == 0 and text.stderr.count("marsad: warning:") == 1, text.stderr


def test_an_empty_keyword_only_search_says_the_vectors_were_left_out(archived, chroma_server, run_cli, cli, tmp_path,
                                                                     marsad_home):
    """A query the keyword index does not find, with the Chroma server down (ux61): the vectors would have given the
    nearest articles, so "nothing found" would mislead. `marsad search` says only the keyword index was searched
    (stdout) beside the warning (stderr); `--json` prints [] with the warning on stderr; the app's `/search`, whose
    empty list could carry no warning, fails with it (an error naming the server and the fix) instead of returning [].
    With the server up the same query finds the nearest articles."""
    from gradio_client.exceptions import AppError
    from served_app import gradio_client, served_app

    from marsad.core.config import resolve_settings

    url = archived(tmp_path / "empty")
    env = {"MARSAD_CHROMA_URL": url}
    query = "xylophone"  # not a word of the samples: BM25 finds nothing
    up = cli("search", query, "-k", "2", "--json", env=env)  # (in this process; the outage's text search is real)
    assert up.returncode == 0 and len(json.loads(up.stdout)) == 2  # the vectors' nearest articles
    settings = resolve_settings({"home": str(marsad_home), "chroma_url": url}, env={})
    with served_app(settings) as (_, app_url), gradio_client(app_url) as client:
        assert len(client.predict(query, 2, api_name="/search")) == 2
        chroma_server.stop_all()
        with pytest.raises(AppError) as caught:
            client.predict(query, 2, api_name="/search")
        assert "the keyword index found nothing" in str(caught.value) and "chroma run" in str(caught.value)
        with pytest.raises(AppError) as caught:
            client.predict("قيثارة ذهبية", 2, api_name="/search")  # in the query's language
        assert "لم يجد البحث بالكلمات شيئا" in str(caught.value) and KEYWORD_ONLY_AR in str(caught.value)
        hits = client.predict("البيشمركة", 5, api_name="/search")  # found by keywords: hits, each with the warning
        assert hits and all(h["warning"].startswith(KEYWORD_ONLY_AR) for h in hits)
    down = run_cli("search", query, "-k", "2", env=env)
    assert down.returncode == 0 and KEYWORD_ONLY in down.stderr and KEYWORD_ONLY_AR not in down.stderr  # English
    assert "in the keyword index of 5 ingested article(s)" in down.stdout and "try other words" not in down.stdout
    as_json = cli("search", query, "-k", "2", "--json", env=env)
    assert as_json.returncode == 0 and json.loads(as_json.stdout) == [] and KEYWORD_ONLY in as_json.stderr
