"""Pass 69 (fixcode69): the cyclic collector is settled for extraction only in a process that exists to extract.

Building an extractor is a library call (the UI, ``marsad.extract()``, the evals, an embedding app build one per
request): it must leave the caller's collector as it found it. A batch worker, `marsad extract`'s one-process run and
the benchmark settle their own process once, after the rules' tables are built
(:func:`marsad.agent.extraction_process.settle_for_extraction`).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from marsad.agent import batch, extraction_process
from marsad.agent.batch import BatchResult, run_extract
from marsad.core.config import resolve_settings

REPO = Path(__file__).resolve().parent.parent


class _Node:
    """A caller's object in a reference cycle (only the cyclic collector can free it)."""

    def __init__(self) -> None:
        self.me = self


def test_building_extractors_freezes_nothing():
    from marsad.agent.offline import OfflineExtractor

    before = gc.get_freeze_count()
    OfflineExtractor()
    OfflineExtractor()
    assert gc.get_freeze_count() == before


def test_a_callers_cyclic_garbage_is_still_collected_after_it_builds_an_extractor():
    from marsad.agent.offline import OfflineExtractor

    node = _Node()
    gone = weakref.ref(node)
    OfflineExtractor()  # built while the caller holds the cycle
    del node
    gc.collect()
    assert gone() is None  # frozen by the constructor, it stayed for the life of the process


@pytest.fixture
def settle_calls(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(batch, "settle_for_extraction", lambda: calls.append(1))
    return calls


def _text_inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("قتل جنديان وأصيب ثالث بانفجار عبوة ناسفة استهدفت دوريتهم قرب بلدة بيجي صباح الأحد.",
                               encoding="utf-8")
    return src


def test_only_a_run_in_its_own_process_settles_it(tmp_path, marsad_home, settle_calls):
    settings = resolve_settings({"home": str(marsad_home), "backend": "offline"}, env={})
    src = _text_inputs(tmp_path)
    result = run_extract(settings, [str(src)], tmp_path / "lib.jsonl", progress=False, workers=1)
    assert result.extracted == 1 and settle_calls == []  # a library caller's process is left as it is
    result = run_extract(settings, [str(src)], tmp_path / "cli.jsonl", progress=False, workers=1, own_process=True)
    assert result.extracted == 1 and settle_calls == [1]
    # a run too small for the pool (under 64 documents) extracts here too
    result = run_extract(settings, [str(src)], tmp_path / "few.jsonl", progress=False, workers=2, own_process=True)
    assert result.extracted == 1 and settle_calls == [1, 1]


def test_the_cli_runs_extract_as_its_own_process(tmp_path, monkeypatch):
    seen: dict = {}

    def fake_run_extract(settings, paths, out, **kw):
        seen.update(kw)
        return BatchResult(out=out, backend="offline", version="v")

    monkeypatch.setattr(batch, "run_extract", fake_run_extract)
    from marsad.cli import main

    main(["extract", str(_text_inputs(tmp_path)), "--out", str(tmp_path / "o.jsonl"), "--no-progress"])
    assert seen.get("own_process") is True


_WORKER_PROBE = """
import gc, json
from marsad.agent import batch, extraction_process
before = gc.get_freeze_count()
batch._init_worker("offline")
first = gc.get_freeze_count()
again = extraction_process.settle_for_extraction()
print(json.dumps({"before": before, "first": first, "again": again, "after": gc.get_freeze_count(),
                  "threshold": gc.get_threshold()}))
"""


def test_a_batch_worker_settles_its_process_once():
    env = dict(os.environ, MARSAD_SRC=os.environ.get("MARSAD_SRC", str(REPO)))
    done = subprocess.run([sys.executable, "-c", _WORKER_PROBE], capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    probe = json.loads(done.stdout.strip().splitlines()[-1])
    assert probe["before"] == 0 and probe["first"] > 100_000  # the rules' tables (and all else alive) are frozen
    assert probe["again"] is False and probe["after"] == probe["first"]  # once per process
    assert probe["threshold"][0] == extraction_process.YOUNG_THRESHOLD


def test_building_an_extractor_leaves_the_collectors_thresholds():
    from marsad.agent.offline import OfflineExtractor

    before = gc.get_threshold()
    OfflineExtractor()
    assert gc.get_threshold() == before

