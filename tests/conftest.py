"""Shared fixtures: every test gets its own Marsad home in a temp dir and a clean env."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from processes import marsad_cmd

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "data" / "samples"
CORPUS = REPO.parent / "shared" / "corpus" / "arabic_news.jsonl.gz"


@pytest.fixture(autouse=True)
def marsad_home(tmp_path, monkeypatch) -> Path:
    """Point MARSAD_HOME at a temp dir and drop any MARSAD_*/OPENAI_* settings of the caller."""
    for key in list(os.environ):
        # MARSAD_SRC is no setting: it names the source tree a worktree's subprocesses (run_cli) import
        if (key.startswith("MARSAD_") and key != "MARSAD_SRC") or key in {"OPENAI_API_KEY", "OPENAI_BASE_URL"}:
            monkeypatch.delenv(key, raising=False)
    home = tmp_path / "marsad-home"
    monkeypatch.setenv("MARSAD_HOME", str(home))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return home


@pytest.fixture
def run_cli(marsad_home):
    """Run the real `marsad` console command in a subprocess; returns CompletedProcess."""

    def _run(*args: str, env: dict | None = None, timeout: float = 300, input: str | None = None):
        full_env = dict(os.environ)
        full_env.update(env or {})
        return subprocess.run(
            [*marsad_cmd(), *args], capture_output=True, text=True, env=full_env, timeout=timeout, cwd=REPO, input=input
        )

    return _run


@pytest.fixture
def cli(marsad_home, capsys, monkeypatch):
    """Run `marsad ARGS` in this process (``marsad.cli.main``), the way `run_cli` runs it in a subprocess.

    Same call and result shape as :func:`run_cli` (``returncode``, ``stdout``, ``stderr``), without
    a new interpreter per call. Keep `run_cli` for what needs a real process (kill and resume,
    servers, the installed console script).
    """
    import io

    from marsad.cli import main

    def _run(*args: str, env: dict | None = None, input: str | None = None, timeout: float | None = None):
        with monkeypatch.context() as mp:
            mp.chdir(REPO)
            # the test session is no process that exists to extract: `extract` run here leaves its collector alone
            mp.setattr("marsad.agent.extraction_process._SETTLED", True)
            for key, value in (env or {}).items():
                mp.setenv(key, value)
            if input is not None:
                mp.setattr(sys, "stdin", io.StringIO(input))
            capsys.readouterr()
            try:
                code = main([*args])
            except SystemExit as exc:  # argparse usage errors and --help
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
            out, err = capsys.readouterr()
        return subprocess.CompletedProcess([*args], code, out, err)

    return _run


@pytest.fixture
def samples() -> Path:
    return SAMPLES


@pytest.fixture
def corpus_path() -> Path:
    if not CORPUS.exists():
        pytest.skip(f"shared corpus not present at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def offline_extract():
    """Offline records of a text written for a test: ``offline_extract(text, title=None, published="2019-03-10")``
    (``published=None``: no publication day; other :class:`~marsad.schemas.Document` fields, such as ``source``,
    by keyword).

    One :class:`~marsad.agent.offline.OfflineExtractor` serves the session: it keeps nothing from one
    document to the next (only the counts of ``extract_batch``), so the tests cannot see each other.
    """
    from marsad.agent.offline import OfflineExtractor
    from marsad.schemas import Document

    extractor = OfflineExtractor()

    def _extract(text: str, *, title: str | None = None, published: str | None = "2019-03-10", **fields):
        return extractor.extract(Document(doc_id="t", title=title, text=text, published=published, **fields))

    return _extract


@pytest.fixture(scope="session")
def offline_place(offline_extract):
    """The place of the one attack the offline extractor reads in a text written for a test:
    ``offline_place(text, title=None)`` -> its ``Location`` (or None); fails unless exactly one attack is read."""

    def _place(text: str, title: str | None = None):
        (attack,) = offline_extract(text, title=title).attacks
        return attack.location

    return _place


@pytest.fixture(scope="session")
def frame_doers():
    """The doer the offline roles read for every event frame of a text written for a test, whether or not it
    becomes a record: ``frame_doers(text)`` -> one canonical name or None per frame, in order."""
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.agent.offline.roles import perpetrator
    from marsad.schemas import Document

    def _doers(text: str) -> list:
        ctx = build_context(Document(doc_id="t", title="", text=text, published="2018-03-01"), get_gazetteer())
        return [(m.entry.canonical if (m := perpetrator(ctx, f)) else None)
                for si in range(len(ctx.sentences)) for f in find_frames(ctx, si)]

    return _doers


@pytest.fixture(scope="session")
def frame_killed():
    """The killed counts the casualty reader gives the event frames of a text written for a test, whether or not a
    record keeps them: ``frame_killed(text)`` -> the values read, in frame order (frames with no count left out)."""
    from marsad.agent.offline.casualties import KILLED, casualties
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    def _killed(text: str) -> list:
        ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-03-10"), get_gazetteer())
        reads = [casualties(ctx, f, KILLED)[0] for si in range(len(ctx.sentences)) for f in find_frames(ctx, si)]
        return [q.value for q in reads if q is not None]

    return _killed


class _TextOnlyStore:
    """A document store with only what ``gather()`` reads: the texts, and no stored records."""

    def __init__(self, docs: dict):
        self.docs = docs

    def get_many(self, ids):
        return {d: self.docs[d] for d in ids if d in self.docs}

    def get_records(self, doc_id, backend=None):
        return None

    def get_records_version(self, doc_id, backend=None):
        return None

    def put_records(self, *args, **kwargs):
        pass


@pytest.fixture(scope="session")
def text_only_store():
    """``text_only_store({doc_id: Document})``: a store the QA evidence gatherer reads texts from, without Chroma."""
    return _TextOnlyStore
