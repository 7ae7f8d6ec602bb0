"""Soak: replay issue 10's hostile-input and careless-use probes, and a chat load test, against the real CLI and app.

Usage:
    python benchmarks/soak.py [--quick] [--only NAME,...] [--docs 300] [--long-sizes 1,4,16]
                              [--asks 200] [--concurrency 8] [--keep]

Every probe runs in its own temporary directory with its own ``MARSAD_HOME``; the only network is
127.0.0.1 (the local OpenAI-compatible test server of ``evals/openai_server.py`` and the app started
by ``marsad ui``). The probes:

- ``xss``: a JSONL whose ids, titles and sources (and two file names) are hostile HTML is ingested and
  extracted by the CLI, then every HTML component of the app is rendered for it (article, record
  details, chat answer and history, citation bridge, search hits, messages): no unescaped tag or
  event-handler attribute may appear, and each hostile title is shown as text.
- ``symlinks``: a directory with two symlink loops, a self-link and an alias: ``marsad ingest`` ends,
  peak memory bounded, each real file once.
- ``gzip-bomb``: one 10 MB record in a small ``.jsonl.gz`` between two good ones: reported, skipped,
  the good ones kept (ingest and extract).
- ``long-docs``: 1, 4, 16 MB text documents through ``marsad extract``: seconds and CPU seconds per MB,
  0 citations whose quote is not the text at their span.
- ``same-names``: ``A/report.txt`` and ``B/report.txt`` (one ingest, then file by file): 2 documents.
- ``dup-id``: a JSONL repeating an id: reported with its line number, each id written once.
- ``concurrent``: 3 ``marsad extract`` to one ``--out`` over ~300 documents: no duplicated line; each
  loser says the file is being written by another run.
- ``kill-resume``: ``kill -9`` of an extract mid-run (twice), then a resume: each document once.
- ``llm-500`` / ``llm-hang``: the LLM backend against a server that always answers 500 / never answers:
  the breaker stops the run fast with its message and a bounded number of requests; a resume against
  a healthy server then writes every document once.
- ``home-file``: ``--home`` pointing at a file: clear error, exit 2, no traceback.
- ``app-load``: ``marsad ui`` on 127.0.0.1 with a login: ~200 ``/ask`` at concurrency 8 through
  gradio_client while an upload of ~400 documents is ingested in the background (0 errors, p95
  printed, every uploaded document stored once), then wrong-password logins wait longer each time.

It prints one table: inputs tried, faults survived (hostile inputs and injected faults handled as
designed), records lost, records duplicated, crashes (a Python traceback on stderr, an exception, a
hang past its bound), failed checks (an expectation of the probe that did not hold), p95 latency.
Exit status 1 when any lost/duplicated/crash/failed count is not 0. ``--quick`` is a ~2-minute version.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

SAMPLES = REPO / "data" / "samples"
MARSAD = Path(sys.executable).parent / "marsad"
TEXT = "قتل {n} من عناصر الشرطة في هجوم على نقطة تفتيش في كركوك يوم الاثنين.\n"
HOSTILE = [
    "<img src=x onerror=alert(5)>",
    '"><script>alert(1)</script>',
    "' onmouseover='alert(2)",
    'a" onclick="alert(3)" x="',
    "</textarea><svg onload=alert(4)>",
    "&lt;b&gt; & <marsadx>",
    "javascript:alert(6)",
    "<iframe src=javascript:alert(7)></iframe>",
]
HOSTILE_FILE_NAMES = ["<img src=x onerror=alert(8)>", 'q" onclick="alert(9)']
FOREIGN_TAGS = {"img", "script", "svg", "iframe", "marsadx", "textarea", "object", "embed", "b"}
TRACEBACK = "Traceback (most recent call last)"


# ------------------------------------------------------------------ bookkeeping
@dataclass
class Probe:
    name: str
    inputs: int = 0
    faults: int = 0
    lost: int = 0
    duplicated: int = 0
    crashes: int = 0
    failed: list[str] = field(default_factory=list)
    p95: float | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def check(self, ok: bool, what: str) -> bool:
        if not ok:
            self.failed.append(what)
        return ok

    def crashed(self, stderr: str, what: str) -> None:
        if TRACEBACK in (stderr or ""):
            self.crashes += 1
            tail = stderr[stderr.rindex(TRACEBACK):].strip().splitlines()[-1:]
            self.notes.append(f"traceback in {what}: {tail[0] if tail else ''}")


@dataclass
class Run:
    rc: int | None
    out: str
    err: str
    seconds: float
    cpu: float
    maxrss_mb: float
    timed_out: bool


def base_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("MARSAD_") and k not in {"OPENAI_API_KEY", "OPENAI_BASE_URL"}}
    env.update({"MARSAD_HOME": str(home), "ANONYMIZED_TELEMETRY": "False", "GRADIO_ANALYTICS_ENABLED": "False",
                "HF_HUB_OFFLINE": "1", "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
                "PYTHONUNBUFFERED": "1"})
    env.update(extra)
    return env


def start(args: list[str], env: dict, work: Path, tag: str) -> tuple[subprocess.Popen, Path, Path]:
    out, err = work / f"{tag}.stdout", work / f"{tag}.stderr"
    proc = subprocess.Popen([str(MARSAD), *args], stdout=out.open("wb"), stderr=err.open("wb"), env=env, cwd=REPO,
                            start_new_session=True)
    return proc, out, err


def finish(proc: subprocess.Popen, out: Path, err: Path, t0: float, timeout: float) -> Run:
    """Wait for ``proc`` (its own rusage via wait4); past ``timeout`` kill its process group."""
    timed_out, status, usage = False, None, None
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() - t0 > timeout:
            timed_out = True
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.05)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(proc.returncode, out.read_text(encoding="utf-8", errors="replace"),
               err.read_text(encoding="utf-8", errors="replace"), time.perf_counter() - t0,
               usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, timed_out)


def marsad(args: list[str], env: dict, work: Path, tag: str, timeout: float = 300) -> Run:
    t0 = time.perf_counter()
    proc, out, err = start(args, env, work, tag)
    return finish(proc, out, err, t0, timeout)


def summary(stderr: str) -> str:
    """The error line of a run's stderr (``marsad: error: ...``), else its last line, shortened."""
    lines = [x.strip() for x in (stderr or "").splitlines() if x.strip()]
    errors = [x for x in lines if x.startswith("marsad: error") or x.startswith("error:")]
    return ((errors or lines or [""])[0])[:300]


def jsonl_ids(path: Path) -> tuple[list[str], int]:
    """The doc ids of an output file, and how many lines are not whole JSON objects."""
    ids, broken = [], 0
    if not path.exists():
        return ids, broken
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            ids.append(json.loads(line)["doc_id"])
        except (ValueError, KeyError):
            broken += 1
    return ids, broken


def count_ids(p: Probe, ids: list[str], expected: set[str]) -> None:
    p.duplicated += len(ids) - len(set(ids))
    p.lost += len(expected - set(ids))


def write_corpus(path: Path, n: int, *, long: bool = False) -> set[str]:
    """``n`` JSONL documents: one-line reports, or (``long``) the samples with their numbers changed."""
    samples = [t.read_text(encoding="utf-8") for t in sorted(SAMPLES.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = (re.sub(r"\d+", lambda m, i=i: str((int(m.group()) + i) % 97 + 1), samples[i % len(samples)])
                    if long else TEXT.format(n=i + 1))
            fh.write(json.dumps({"id": f"d{i:05d}", "title": f"doc {i}", "text": text}, ensure_ascii=False) + "\n")
    return {f"d{i:05d}" for i in range(n)}


@contextlib.contextmanager
def home_env(home: Path):
    """MARSAD_HOME for the probes that render in this process."""
    old = os.environ.get("MARSAD_HOME")
    os.environ["MARSAD_HOME"] = str(home)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("MARSAD_HOME", None)
        else:
            os.environ["MARSAD_HOME"] = old


# ------------------------------------------------------------------ probes
def probe_xss(work: Path, args) -> Probe:
    from html import unescape
    from html.parser import HTMLParser

    p = Probe("xss")
    home = work / "home"
    src = work / "in"
    src.mkdir()
    with (src / "hostile.jsonl").open("w", encoding="utf-8") as fh:
        for i, h in enumerate(HOSTILE):
            text = TEXT.format(n=i + 2) + f"وقال {h} إن الهجوم وقع صباحا.\n"
            fh.write(json.dumps({"id": f"{h}{i}", "title": h, "source": h, "text": text}, ensure_ascii=False) + "\n")
    for i, name in enumerate(HOSTILE_FILE_NAMES):
        (src / f"{name}.txt").write_text(TEXT.format(n=30 + i), encoding="utf-8")
    env = base_env(home)
    ing = marsad(["ingest", str(src), "--no-progress"], env, work, "ingest", timeout=180)
    p.crashed(ing.err, "ingest")
    expected = len(HOSTILE) + len(HOSTILE_FILE_NAMES)
    p.check(ing.rc == 0 and f"{expected} added" in ing.out, f"ingest rc={ing.rc}: {ing.out.strip()[-120:]}")
    ext = marsad(["extract", "--all", "--out", str(work / "r.jsonl"), "--backend", "offline", "--no-progress"],
                 env, work, "extract", timeout=180)
    p.crashed(ext.err, "extract")
    ids, broken = jsonl_ids(work / "r.jsonl")
    p.check(ext.rc == 0 and not broken, f"extract rc={ext.rc}")

    from marsad.core.config import resolve_settings
    from marsad.ui import app as ui
    from marsad.ui.html import bridge_value, render_hits, render_message
    from marsad.ui.tables import KINDS, find_record

    class Walk(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.bad: list[str] = []
            self.text: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag in FOREIGN_TAGS:
                self.bad.append(f"<{tag}>")
            for k, v in attrs:
                if k.startswith("on") or (k in {"href", "src"} and (v or "").strip().lower().startswith("javascript:")):
                    self.bad.append(f"{k}={v!r}")

        def handle_data(self, data):
            self.text.append(data)

    def inspect(html: str, what: str, must_show: str | None = None) -> None:
        p.inputs += 1
        w = Walk()
        w.feed(html if isinstance(html, str) else str(html))
        w.close()
        if p.check(not w.bad, f"{what}: unescaped {w.bad[:3]}"):
            p.faults += 1
        if must_show is not None:
            p.check(must_show in "".join(w.text) or must_show in unescape(html), f"{what}: {must_show!r} not shown")

    canary = Walk()  # the detector itself must see a raw hostile string
    canary.feed("".join(HOSTILE))
    p.check(len(canary.bad) >= 5, f"the tag detector missed raw hostile HTML: {canary.bad}")
    with home_env(home):
        services = ui._Services(resolve_settings({}))
        try:
            with services.lock:
                stored = services.store.ids()
            p.lost += max(0, expected - len(stored))
            count_ids(p, ids, set(stored))
            for doc_id in stored:
                with services.lock:
                    doc = services.store.get(doc_id)
                inspect(ui._article(services, doc_id), f"article {doc_id!r}", must_show=doc.title or None)
                inspect(ui._open_citation(services, bridge_value(doc_id, 0, 5))[0], f"bridge {doc_id!r}")
                for kind in KINDS:
                    with services.lock:
                        from marsad.agent.reconcile import stored_records

                        recs = stored_records(services.store, doc_id)
                    n = 0
                    while find_record(recs, kind, n) is not None and n < 5:
                        inspect(ui._record_details(services, kind, doc_id, n), f"{kind} #{n} of {doc_id!r}")
                        n += 1
                inspect(render_message(f"No article {doc_id!r} in this index.", "error"), "message")
            history: list = []
            for q in ["كم شرطيا قتل في هجوم كركوك؟", *HOSTILE[:3]]:
                html, history, _, _ = ui._chat(services, q, history)
                inspect(html, f"chat {q!r}")
            for h in HOSTILE:
                with services.lock:
                    hits = services.answerer.searcher.search(h, 5)
                inspect(render_hits(hits), f"hits {h!r}")
            inspect(ui._records(services, "actors", HOSTILE[0], "")[3], "records note")
        except Exception as err:  # noqa: BLE001 - a probe reports, it does not stop the soak
            p.crashes += 1
            p.notes.append(f"render raised {type(err).__name__}: {err}")
        finally:
            shutil.rmtree(services.exports, ignore_errors=True)
            with contextlib.suppress(Exception):
                services.store.close()
    p.notes.append(f"{len(HOSTILE)} hostile ids/titles/sources + {len(HOSTILE_FILE_NAMES)} file names, "
                   f"{p.inputs} renders")
    return p


def probe_symlinks(work: Path, args) -> Probe:
    p = Probe("symlinks")
    root = work / "in"
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "one.txt").write_text(TEXT.format(n=1), encoding="utf-8")
    (root / "a" / "b" / "two.txt").write_text(TEXT.format(n=2), encoding="utf-8")
    (root / "a" / "b" / "up").symlink_to(root / "a")
    (root / "a" / "b" / "top").symlink_to(root)
    (root / "a" / "self").symlink_to(root / "a" / "self")
    (root / "alias.txt").symlink_to(root / "a" / "one.txt")
    p.inputs, faults = 6, 4
    run = marsad(["ingest", str(root), "--no-progress"], base_env(work / "home"), work, "ingest", timeout=120)
    p.crashed(run.err, "ingest")
    if run.timed_out:
        p.crashes += 1
        p.notes.append("ingest hung (killed at 120 s)")
    added = re.search(r"(\d+) added", run.out)
    n = int(added.group(1)) if added else 0
    p.lost += max(0, 2 - n)
    p.duplicated += max(0, n - 2)
    ok = p.check(run.rc == 0 and "duplicate" not in run.err, f"ingest rc={run.rc} {summary(run.err)}")
    ok &= p.check(run.maxrss_mb < args.max_rss_mb, f"peak RSS {run.maxrss_mb:.0f} MB over {args.max_rss_mb} MB")
    p.faults = faults if ok else 0
    p.notes.append(f"{run.seconds:.1f} s, peak RSS {run.maxrss_mb:.0f} MB")
    return p


def probe_gzip_bomb(work: Path, args) -> Probe:
    p = Probe("gzip-bomb")
    src = work / "bomb.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "good1", "text": TEXT.format(n=1)}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "huge", "text": "ا" * int(args.bomb_mb * 1024 * 1024 / 2)}, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"id": "good2", "text": TEXT.format(n=2)}, ensure_ascii=False) + "\n")
    p.inputs = 6  # three records, read by ingest and by extract
    env = base_env(work / "home")
    ing = marsad(["ingest", str(src), "--no-progress"], env, work, "ingest", timeout=180)
    p.crashed(ing.err, "ingest")
    ok = p.check(ing.rc == 4 and f"{src}:2" in ing.err and "MARSAD_MAX_RECORD_CHARS" in ing.err,
                 f"ingest rc={ing.rc} did not report {src.name}:2")
    added = re.search(r"(\d+) added", ing.out)
    p.lost += max(0, 2 - (int(added.group(1)) if added else 0))
    out = work / "r.jsonl"
    ext = marsad(["extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress"], env, work,
                 "extract", timeout=180)
    p.crashed(ext.err, "extract")
    ok &= p.check(ext.rc == 4 and f"{src}:2" in ext.err, f"extract rc={ext.rc} did not report {src.name}:2")
    ids, broken = jsonl_ids(out)
    count_ids(p, ids, {"good1", "good2"})
    ok &= p.check("huge" not in ids and not broken, "the over-limit record was written")
    p.faults = 2 if ok else 0
    p.notes.append(f"{src.stat().st_size // 1024} KB gz holding {args.bomb_mb:g} MB; ingest {ing.seconds:.1f} s, "
                   f"peak {ing.maxrss_mb:.0f} MB")
    return p


def probe_long_docs(work: Path, args) -> Probe:
    from bench_long_docs import synthetic_document

    from marsad.index.loaders import iter_documents

    p = Probe("long-docs")
    figures = []
    for mb in [float(s) for s in args.long_sizes.split(",") if s]:
        src = work / f"long-{mb:g}mb.txt"
        src.write_text(synthetic_document(mb), encoding="utf-8")
        size_mb = src.stat().st_size / (1024 * 1024)
        out = work / f"r-{mb:g}.jsonl"
        p.inputs += 1
        run = marsad(["extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress",
                      "--max-record-chars", str(int(size_mb * 1024 * 1024) + 1)],
                     base_env(work / "home"), work, f"extract-{mb:g}", timeout=args.long_timeout)
        p.crashed(run.err, f"extract {mb:g} MB")
        if run.timed_out:
            p.crashes += 1
            p.notes.append(f"{mb:g} MB: killed after {args.long_timeout:.0f} s")
            continue
        lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()] \
            if out.exists() else []
        p.lost += 1 - min(1, len(lines))
        p.duplicated += max(0, len(lines) - 1)
        if not p.check(run.rc == 0 and lines, f"{mb:g} MB: extract rc={run.rc} {summary(run.err)}"):
            continue
        text = next(d for d in iter_documents([src], max_record_chars=10**9)).text
        cites = [c for kind in ("actors", "attacks", "joint_rooms", "agreements") for r in lines[0][kind]
                 for c in r["citations"]]
        bad = sum(1 for c in cites if text[c["start"]:c["end"]] != c["quote"])
        if p.check(bad == 0 and cites, f"{mb:g} MB: {bad} invalid of {len(cites)} citations"):
            p.faults += 1
        figures.append(f"{size_mb:.0f} MB {run.seconds / size_mb:.2f} s/MB {run.cpu / size_mb:.2f} cpu/MB "
                       f"{run.maxrss_mb:.0f} MB rss")
    p.notes.append("; ".join(figures))
    return p


def probe_same_names(work: Path, args) -> Probe:
    from marsad.core.config import resolve_settings
    from marsad.index.docstore import DocStore

    p = Probe("same-names")
    root = work / "in"
    for sub in ("A", "B"):
        (root / sub).mkdir(parents=True)
        (root / sub / "report.txt").write_text(TEXT.format(n=3) + sub, encoding="utf-8")
    p.inputs = 4  # the folder at once, then each file alone into a second home
    one = marsad(["ingest", str(root), "--no-progress"], base_env(work / "h1"), work, "ingest-dir")
    env2 = base_env(work / "h2")
    a = marsad(["ingest", str(root / "A" / "report.txt"), "--no-progress"], env2, work, "ingest-a")
    b = marsad(["ingest", str(root / "B" / "report.txt"), "--no-progress"], env2, work, "ingest-b")
    for run, what in ((one, "ingest dir"), (a, "ingest A"), (b, "ingest B")):
        p.crashed(run.err, what)
        p.check(run.rc == 0, f"{what} rc={run.rc}")
    p.check("0 replaced" in b.out, f"second file replaced the first: {b.out.strip()[-100:]}")
    for home in ("h1", "h2"):
        with home_env(work / home), DocStore(resolve_settings({})) as store:
            ids = store.ids()
            p.lost += max(0, 2 - len(ids))
            texts = {store.get(i).text[-1] for i in ids}
            p.check(texts == {"A", "B"}, f"{home}: texts {texts}")
            p.faults += 1 if len(ids) == 2 else 0
    return p


def probe_dup_id(work: Path, args) -> Probe:
    p = Probe("dup-id")
    src = work / "dup.jsonl"
    src.write_text("\n".join(json.dumps({"id": i, "text": TEXT.format(n=n)}, ensure_ascii=False)
                             for n, i in enumerate(("x1", "x2", "x1", "x3"))) + "\n", encoding="utf-8")
    p.inputs = 4
    out = work / "r.jsonl"
    run = marsad(["extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress"],
                 base_env(work / "home"), work, "extract")
    p.crashed(run.err, "extract")
    ids, broken = jsonl_ids(out)
    count_ids(p, ids, {"x1", "x2", "x3"})
    errs = (work / "r.errors.jsonl").read_text(encoding="utf-8") if (work / "r.errors.jsonl").exists() else ""
    if p.check(run.rc == 4 and f"{src}:3" in run.err and "duplicate id 'x1'" in run.err and f"{src}:3" in errs,
               f"duplicate not reported with its line (rc={run.rc})"):
        p.faults = 1
    return p


def probe_concurrent(work: Path, args) -> Probe:
    p = Probe("concurrent")
    src = work / "in.jsonl"
    expected = write_corpus(src, args.docs)
    out = work / "r.jsonl"
    env = base_env(work / "home")
    cmd = ["extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress", "--workers", "1"]
    t0 = time.perf_counter()
    procs = [start(cmd, env, work, f"extract{i}") for i in range(3)]
    runs = [finish(proc, o, e, t0, 600) for proc, o, e in procs]
    p.inputs = 3 * args.docs
    winners = 0
    for i, run in enumerate(runs):
        p.crashed(run.err, f"extract {i}")
        if run.rc == 0:
            winners += 1
        elif p.check(run.rc == 1 and "is being written by another" in run.err, f"run {i} rc={run.rc} without the lock message"):
            p.faults += 1
    p.check(winners >= 1, "no run finished")
    ids, broken = jsonl_ids(out)
    count_ids(p, ids, expected)
    p.check(not broken, f"{broken} broken lines")
    p.notes.append(f"{winners} finished, {3 - winners} refused; {len(ids)} lines for {args.docs} documents")
    return p


def probe_kill_resume(work: Path, args) -> Probe:
    p = Probe("kill-resume")
    src = work / "in.jsonl"
    expected = write_corpus(src, args.docs, long=True)
    out = work / "r.jsonl"
    env = base_env(work / "home")
    cmd = ["extract", str(src), "--out", str(out), "--backend", "offline", "--no-progress"]
    p.inputs = len(expected)
    kills = []
    for round_ in range(2):
        before = len(jsonl_ids(out)[0])
        t0 = time.perf_counter()
        proc, o, e = start(cmd, env, work, f"killed{round_}")
        target = before + max(5, args.docs // 5)
        while proc.poll() is None and time.perf_counter() - t0 < 120:
            if out.exists() and out.read_bytes().count(b"\n") >= target:
                break
            time.sleep(0.02)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)  # kill -9 of the run itself, mid-write
            proc.wait()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # its worker processes, which we started too
            kills.append(len(jsonl_ids(out)[0]))
            p.faults += 1
        else:
            p.notes.append(f"round {round_}: finished before the kill")
    resume = marsad(cmd, env, work, "resume", timeout=600)
    p.crashed(resume.err, "resume")
    p.check(resume.rc == 0, f"resume rc={resume.rc} {summary(resume.err)}")
    ids, broken = jsonl_ids(out)
    count_ids(p, ids, expected)
    p.check(not broken, f"{broken} broken lines after the resume")
    p.notes.append(f"killed at {kills} lines; {len(ids)} after resume")
    versions = {json.loads(x).get("extractor_version") for x in out.read_text(encoding="utf-8").splitlines() if x.strip()}
    if len(versions) > 1:  # the extractor changed between the killed runs and the resume (an upgrade, an edited rule)
        p.notes.append(f"{len(versions)} extractor versions in the output: re-extracted documents appended beside "
                       "their old lines")
    return p


def _llm_probe(work: Path, args, name: str, reply_factory, extra_env: dict, message: str) -> Probe:
    from marsad.evals.openai_server import OpenAICompatServer, Reply

    p = Probe(name)
    src = work / "in.jsonl"
    expected = write_corpus(src, args.llm_docs)
    out = work / "r.jsonl"
    env = base_env(work / "home", MARSAD_LLM_MODEL="local-model", MARSAD_LLM_API_KEY="x", MARSAD_LLM_CACHE="0",
                   MARSAD_LLM_CONCURRENCY="2", **extra_env)
    cmd = ["extract", str(src), "--backend", "llm", "--out", str(out), "--no-progress"]
    p.inputs = len(expected)
    with OpenAICompatServer(lambda _req: reply_factory()) as srv:
        run = marsad(cmd, {**env, "MARSAD_LLM_BASE_URL": srv.base_url}, work, "extract", timeout=120)
        sent = len(srv.chat_requests)
    p.crashed(run.err, "extract")
    if p.check(run.rc == 3 and message in run.err and run.seconds < args.breaker_seconds and sent <= 20,
               f"breaker: rc={run.rc}, {sent} requests, {run.seconds:.1f} s, message {message!r} "
               f"{'present' if message in run.err else 'missing'}"):
        p.faults += sent
    # nothing lost: a resume against a healthy server writes every document once
    with OpenAICompatServer(lambda _req: Reply.tool_call({})) as srv:
        resume = marsad(cmd, {**env, "MARSAD_LLM_BASE_URL": srv.base_url}, work, "resume", timeout=300)
    p.crashed(resume.err, "resume")
    p.check(resume.rc == 0, f"resume rc={resume.rc} {summary(resume.err)}")
    ids, broken = jsonl_ids(out)
    count_ids(p, ids, expected)
    p.notes.append(f"stopped after {run.seconds:.1f} s and {sent} requests for {len(expected)} documents")
    return p


def probe_llm_500(work: Path, args) -> Probe:
    from marsad.evals.openai_server import Reply

    return _llm_probe(work, args, "llm-500", lambda: Reply.error(500, "boom"), {"MARSAD_LLM_MAX_RETRIES": "1"},
                      "documents in a row failed")


def probe_llm_hang(work: Path, args) -> Probe:
    from marsad.evals.openai_server import Reply

    return _llm_probe(work, args, "llm-hang", lambda: Reply.hang(30),
                      {"MARSAD_LLM_MAX_RETRIES": "1", "MARSAD_LLM_TIMEOUT": "0.5"}, "timed out")


def probe_home_file(work: Path, args) -> Probe:
    p = Probe("home-file")
    home = work / "home.txt"
    home.write_text("not a directory", encoding="utf-8")
    for command in (["ingest", str(SAMPLES)], ["search", "كركوك"], ["config"], ["extract", str(SAMPLES), "--out",
                                                                                str(work / "r.jsonl")]):
        p.inputs += 1
        run = marsad([*command, "--home", str(home)], base_env(work / "unused"), work, command[0])
        p.crashed(run.err, command[0])
        if p.check(run.rc == 2 and "is a file, not a directory" in run.err, f"{command[0]}: rc={run.rc}"):
            p.faults += 1
    return p


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def probe_app_load(work: Path, args) -> Probe:
    import httpx
    from gradio_client import Client, handle_file

    p = Probe("app-load")
    home = work / "home"
    env = base_env(home)
    seed = marsad(["ingest", str(SAMPLES), "--no-progress"], env, work, "seed")
    p.crashed(seed.err, "seed ingest")
    upload = work / "upload.jsonl"
    uploaded = write_corpus(upload, args.ingest_docs, long=True)
    auth = work / "auth"
    auth.write_text("analyst:s3cret-soak\n", encoding="utf-8")
    port = _free_port()
    t0 = time.perf_counter()
    app, app_out, app_err = start(["ui", "--port", str(port), "--auth-file", str(auth)], env, work, "ui")
    url = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(600):
            if app.poll() is not None:
                break
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url, timeout=2).status_code in (200, 401, 307):
                    break
            time.sleep(0.2)
        if not p.check(app.poll() is None, f"the app exited: {app_err.read_text(errors='replace')[-300:]}"):
            return p
        p.notes.append(f"app up in {time.perf_counter() - t0:.1f} s")
        creds = ("analyst", "s3cret-soak")
        clients = [Client(url, auth=creds, verbose=False) for _ in range(args.concurrency)]
        ingest_result: dict = {}

        def ingest() -> None:
            try:
                ingest_result["first"] = clients[0].predict([handle_file(str(upload))], api_name="/ingest")
            except Exception as err:  # noqa: BLE001
                ingest_result["error"] = err

        questions = ["كم شرطيا قتل في هجوم كركوك؟", "How many were killed in Kirkuk?", "من نفذ الهجوم في الموصل؟",
                     "joint operations room", "ما هي الاتفاقات الأمنية؟", "Who attacked the checkpoint?"]
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()

        def ask(i: int) -> None:
            client = clients[i % len(clients)]
            t = time.perf_counter()
            try:
                answer = client.predict(questions[i % len(questions)], api_name="/ask")
                ok = isinstance(answer, dict) and "answer" in answer
            except Exception as err:  # noqa: BLE001
                ok, answer = False, f"{type(err).__name__}: {err}"
            with lock:
                latencies.append(time.perf_counter() - t)
                if not ok:
                    errors.append(str(answer)[:200])

        ingester = threading.Thread(target=ingest)
        ingester.start()
        time.sleep(0.5)
        t_load = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            list(pool.map(ask, range(args.asks)))
        load_s = time.perf_counter() - t_load
        ingester.join(120)
        p.inputs = args.asks + len(uploaded)
        p.faults = args.asks - len(errors)
        p.crashes += len(errors)
        if errors:
            p.notes.append(f"{len(errors)} /ask errors, first: {errors[0]}")
        if "error" in ingest_result:
            p.crashes += 1
            p.notes.append(f"/ingest raised {ingest_result['error']}")
        qs = statistics.quantiles(latencies, n=20) if len(latencies) >= 2 else latencies
        p.p95 = qs[-1] if qs else None
        still_running = False
        status = str(ingest_result.get("first", ""))
        deadline = time.perf_counter() + args.ingest_wait
        finished = ("added", "error", "cannot", "failed")  # the job's last lines: a summary or what stopped it
        while "in the background" in status or not any(w in status.lower() for w in finished):
            if time.perf_counter() > deadline:
                still_running = True
                break
            time.sleep(1)
            status = str(clients[0].predict(api_name="/ingest_status"))
        added = re.search(r"(\d+) added", status)
        p.check(not still_running, f"background ingest not done after {args.ingest_wait:.0f} s")
        p.check(bool(added), f"background ingest ended without a summary: {re.sub(r'<[^>]+>', ' ', status)[:300]}")
        p.check("ingest failed" not in status, f"ingest failed: {status[:200]}")
        p.notes.append(f"{args.asks} /ask in {load_s:.1f} s at concurrency {args.concurrency} during the ingest of "
                       f"{len(uploaded)} documents ({added.group(0) if added else 'not finished'}); "
                       f"median {statistics.median(latencies):.2f} s")
        # wrong-password logins wait longer each time
        waits = []
        for _ in range(args.wrong_logins):
            t = time.perf_counter()
            r = httpx.post(url + "login", data={"username": "analyst", "password": "guess"}, timeout=60)
            waits.append(time.perf_counter() - t)
            p.check(r.status_code == 400, f"wrong password answered {r.status_code}")
        ok = httpx.post(url + "login", data={"username": "analyst", "password": "s3cret-soak"}, timeout=60)
        p.check(ok.status_code == 200, f"right password answered {ok.status_code}")
        if p.check(len(waits) < 2 or waits[-1] > 2 * waits[0] and waits[-1] >= 0.5,
                   f"no slow-down: {[round(w, 2) for w in waits]}"):
            p.faults += len(waits)
        p.inputs += len(waits) + 1
        p.notes.append("wrong logins waited " + ", ".join(f"{w:.1f}" for w in waits) + " s")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(app.pid, signal.SIGTERM)
        try:
            app.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(app.pid, signal.SIGKILL)
            app.wait()
    p.crashed(app_err.read_text(encoding="utf-8", errors="replace"), "app")
    # every uploaded document stored once (the store's ids are unique by construction: count them)
    from marsad.core.config import resolve_settings
    from marsad.index.docstore import DocStore

    with home_env(home), DocStore(resolve_settings({})) as store:
        ids = store.ids()
    p.lost += len(uploaded - set(ids))
    return p


PROBES = {
    "xss": probe_xss, "symlinks": probe_symlinks, "gzip-bomb": probe_gzip_bomb, "long-docs": probe_long_docs,
    "same-names": probe_same_names, "dup-id": probe_dup_id, "concurrent": probe_concurrent,
    "kill-resume": probe_kill_resume, "llm-500": probe_llm_500, "llm-hang": probe_llm_hang,
    "home-file": probe_home_file, "app-load": probe_app_load,
}


def print_table(probes: list[Probe]) -> None:
    head = f"{'probe':<12} {'inputs':>6} {'faults ok':>9} {'lost':>4} {'dup':>4} {'crash':>5} {'failed':>6} " \
           f"{'p95 s':>6} {'secs':>6}  notes"
    print(head)
    print("-" * len(head))
    for p in probes:
        p95 = f"{p.p95:.2f}" if p.p95 is not None else "-"
        print(f"{p.name:<12} {p.inputs:>6} {p.faults:>9} {p.lost:>4} {p.duplicated:>4} {p.crashes:>5} "
              f"{len(p.failed):>6} {p95:>6} {p.seconds:>6.1f}  {'; '.join(p.notes)}")
    total = Probe("total", sum(p.inputs for p in probes), sum(p.faults for p in probes), sum(p.lost for p in probes),
                  sum(p.duplicated for p in probes), sum(p.crashes for p in probes),
                  [f for p in probes for f in p.failed])
    print("-" * len(head))
    print(f"{'total':<12} {total.inputs:>6} {total.faults:>9} {total.lost:>4} {total.duplicated:>4} "
          f"{total.crashes:>5} {len(total.failed):>6} {'':>6} {sum(p.seconds for p in probes):>6.1f}")
    for p in probes:
        for f in p.failed:
            print(f"FAILED {p.name}: {f}", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a ~2-minute version (smaller sizes, fewer requests)")
    ap.add_argument("--only", default="", help=f"comma-separated probes (default all: {','.join(PROBES)})")
    ap.add_argument("--docs", type=int, default=None, help="documents for the concurrent and kill probes (300)")
    ap.add_argument("--long-sizes", default=None, help="long-document sizes in MB (1,4,16)")
    ap.add_argument("--long-timeout", type=float, default=480, help="seconds allowed per long document (480)")
    ap.add_argument("--bomb-mb", type=float, default=10, help="size of the huge record in the gzip (10)")
    ap.add_argument("--llm-docs", type=int, default=64, help="documents sent to the failing LLM server (64)")
    ap.add_argument("--breaker-seconds", type=float, default=30, help="the breaker must stop the run within (30)")
    ap.add_argument("--asks", type=int, default=None, help="/ask requests in the load test (200)")
    ap.add_argument("--concurrency", type=int, default=8, help="concurrent /ask clients (8)")
    ap.add_argument("--ingest-docs", type=int, default=None, help="documents uploaded during the load (400)")
    ap.add_argument("--ingest-wait", type=float, default=240, help="seconds to wait for the upload's ingest (240)")
    ap.add_argument("--wrong-logins", type=int, default=4, help="wrong-password logins (4)")
    ap.add_argument("--max-rss-mb", type=float, default=600, help="peak memory bound of the symlink ingest (600)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    quick = args.quick
    args.docs = args.docs or (100 if quick else 300)
    args.long_sizes = args.long_sizes or ("1" if quick else "1,4,16")
    args.asks = args.asks or (60 if quick else 200)
    args.ingest_docs = args.ingest_docs or (100 if quick else 400)
    if quick:
        args.llm_docs = min(args.llm_docs, 32)
        args.bomb_mb = min(args.bomb_mb, 10)
    names = [n for n in (args.only.split(",") if args.only else PROBES) if n]
    unknown = [n for n in names if n not in PROBES]
    if unknown:
        ap.error(f"unknown probe(s) {', '.join(unknown)}; choose from {', '.join(PROBES)}")
    if not MARSAD.exists():
        print(f"no marsad console script at {MARSAD}: run `make setup`", file=sys.stderr)
        return 2
    os.environ.update({"ANONYMIZED_TELEMETRY": "False", "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_OFFLINE": "1",
                       "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"})
    for key in [k for k in os.environ if k.startswith("MARSAD_")]:
        del os.environ[key]
    root = Path(tempfile.mkdtemp(prefix="marsad-soak-"))
    probes: list[Probe] = []
    try:
        for name in names:
            work = root / name
            work.mkdir()
            print(f"soak: {name} ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            try:
                probe = PROBES[name](work, args)
            except Exception as err:  # noqa: BLE001 - one broken probe is a crash in the table, not the end
                import traceback

                traceback.print_exc()
                probe = Probe(name, crashes=1, notes=[f"probe raised {type(err).__name__}: {err}"])
            probe.seconds = time.perf_counter() - t0
            probes.append(probe)
    finally:
        if args.keep:
            print(f"soak: kept {root}", file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)
    print_table(probes)
    bad = any(p.lost or p.duplicated or p.crashes or p.failed for p in probes)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
