"""The batch runner behind ``marsad extract``: documents in, one JSON line per document out.

It owns what no backend should: reading inputs (files or the document store),
resuming an interrupted run, writing each line whole (write, flush, fsync now and
then; a trailing partial line left by a crash is dropped on the next run), reporting
each bad document by name and carrying on, the progress bar, the CSV tables, saving
records to the document store, and the end-of-run report.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from marsad.agent.backends import get_extractor
from marsad.agent.export import csv_paths, read_jsonl, write_csvs
from marsad.agent.extraction_process import settle_for_extraction
from marsad.agent.extractor import ExtractionOutcome, Extractor
from marsad.core.errors import (
    ConfigError,
    DatesKept,
    InputError,
    Interrupted,
    MarsadError,
    cannot_write,
    say_skipped,
)
from marsad.schemas import RECORD_FIELDS, RECORD_TYPES, Document, DocumentRecords

if TYPE_CHECKING:
    from marsad.core.config import Settings
    from marsad.index.period import Period

__all__ = ["BatchResult", "run_extract", "extract_long", "windowed", "LONG_DOC_CHARS", "load_done", "output_lock", "check_out_name", "dedupe_output", "output_counts", "FSYNC_EVERY"]

FSYNC_EVERY = 50
"""Lines between two fsyncs of the output file (each line is flushed as soon as written)."""

_TABLE_SUFFIXES = (".csv", ".tsv", ".xlsx", ".xls")

#: What the report file says of each deprecated key it keeps. The report counts the documents kept from an earlier
#: run once, as ``resumed`` (README, docs/RECORDS.md); ``<out>.report.json`` (the file scripts read) also keeps
#: ``skipped_unchanged``, the name of ``resumed`` before pass 56, as a documented alias of the same count, so a script
#: written against the old key does not break. The summary a person reads on stderr shows ``resumed`` only.
DEPRECATED_KEYS = {"skipped_unchanged": "alias of resumed (the same documents, not more): read resumed"}


@dataclass
class BatchResult:
    """What a run did (also written to ``<out>.report.json``)."""

    out: Path
    extracted: int = 0
    skipped: int = 0
    failed: list[dict] = field(default_factory=list)
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_TYPES, 0))
    """Records the output file holds (this run's and the resumed documents'), by type."""
    documents: int = 0
    """Documents the output file holds (one line each; a re-extracted document counts once)."""
    records_this_run: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RECORD_TYPES, 0))
    seconds: float = 0.0
    backend: str = ""
    version: str = ""
    extractor_report: dict = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    outside_period: int = 0
    """Documents left out because they were not published in the run's period (``--since``/``--until``)."""
    interrupted: bool = False
    """The run was stopped (Ctrl+C, SIGTERM) before its end: the report counts what the output keeps."""
    left_out: list[str] = field(default_factory=list)
    """Files of a given directory that `marsad extract` wrote (records, reports, locks): not read as articles."""
    dates_kept: DatesKept = field(default_factory=DatesKept)
    """The documents read whose date Marsad cannot read (kept as written, the document extracted), told once per run
    (the CLI) and in the report as ``dates_kept`` (count, files, first example)."""
    stopped: str | None = None
    """Why the run ended before its inputs did (the LLM circuit breaker), in the report only when it did: the
    documents after the failures were not asked, and a re-run resumes them (pass 59)."""
    fixes_shown: set[str] = field(default_factory=set, repr=False)
    """Fix lines already printed on stderr this run (each is printed once)."""
    earlier_failures: int = 0
    """Failures of earlier runs FILE.errors.jsonl still lists after this one's: documents this run did not ask again
    (stopped early, outside its ``--since``, other inputs) and the output does not hold."""
    deduplicated: int = 0
    """Older lines of a document dropped from the output: left by an older, unlocked run (before this run), or
    superseded by this run's re-extraction of a changed document or under changed rules (after it)."""

    @property
    def ok(self) -> bool:
        return not self.failed

    def as_dict(self, aliases: bool = False) -> dict:
        """The report as JSON-ready data; ``aliases``: with the deprecated keys (:data:`DEPRECATED_KEYS`), as the
        report file holds it."""
        rate = self.extracted / self.seconds if self.seconds > 0 else None
        out = {
            "out": str(self.out), "backend": self.backend, "version": self.version, "documents": self.documents,
            "extracted": self.extracted, "resumed": self.skipped, "skipped_unchanged": self.skipped,
            "failed": len(self.failed), "failures": self.failed, "records": self.records,
            "records_this_run": self.records_this_run, "seconds": round(self.seconds, 3),
            "docs_per_second": round(rate, 2) if rate else None, "extractor": self.extractor_report, "files": self.files,
            "deduplicated": self.deduplicated, "outside_period": self.outside_period,
            "interrupted": self.interrupted, "left_out": self.left_out,
        }
        if self.dates_kept:
            out["dates_kept"] = self.dates_kept.as_dict()
        if self.stopped:
            out["stopped"] = self.stopped
        if self.earlier_failures:
            out["earlier_failures"] = self.earlier_failures
        if aliases:
            out["deprecated"] = dict(DEPRECATED_KEYS)
        else:
            del out["skipped_unchanged"]
        return out


def _trim_partial_line(path: Path) -> None:
    """Drop a trailing line without its newline (what a crash mid-write leaves)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with open(path, "rb+") as fh:
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        back = min(size, 1 << 20)
        fh.seek(size - back)
        tail = fh.read(back)
        if tail.endswith(b"\n"):
            return
        cut = tail.rfind(b"\n")
        fh.truncate(size - back + cut + 1 if cut >= 0 else (0 if back == size else size))


def load_done(path: Path) -> dict[str, tuple[str | None, str | None]]:
    """doc_id -> (content hash, extractor version) of the complete lines already in an output file."""
    done: dict[str, tuple[str | None, str | None]] = {}
    if path.exists():
        for line in read_jsonl(path):
            if "doc_id" in line:
                done[line["doc_id"]] = (line.get("content_sha256"), line.get("extractor_version"))
    return done


def _lines_after(path: Path, offset: int) -> int:
    """Whole lines a file holds after a byte offset (the lines one run appended)."""
    with open(path, "rb") as fh:
        fh.seek(offset)
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def output_counts(path: Path) -> tuple[int, dict[str, int]]:
    """Documents and records (by type) an output file holds; a document written twice counts by its last line."""
    latest: dict[str, dict[str, int]] = {}
    if path.exists():
        for line in read_jsonl(path):
            if "doc_id" in line:
                latest[line["doc_id"]] = {k: len(line.get(k) or []) for k in RECORD_TYPES}
    totals = dict.fromkeys(RECORD_TYPES, 0)
    for counts in latest.values():
        for kind, n in counts.items():
            totals[kind] += n
    return len(latest), totals


def _documents(settings: Settings, paths: list[str], use_all: bool, errors: list,
               left_out: list[tuple[str, str]] | None = None, dates_kept: DatesKept | None = None,
               ) -> Iterator[Document]:
    if use_all:
        from marsad.index.docstore import DocStore

        store = DocStore(settings)
        try:
            yield from store.iter_documents()
        finally:
            store.close()
        return
    from marsad.index.loaders import iter_documents, limits

    for item in iter_documents(paths, **limits(settings), left_out=left_out,
                               dates_kept=dates_kept if dates_kept is not None else DatesKept()):
        if isinstance(item, InputError):
            errors.append(item)
        else:
            yield item


# ---------------------------------------------------------------- long documents in bounded windows
LONG_DOC_CHARS = 20_000
"""A document longer than this is extracted window by window (rules cost more than linear time in length)."""
WINDOW_OVERLAP_CHARS = 1_000
"""About how much text two consecutive windows share (whole sentences), so an event at a cut is seen whole."""


def _shift(value, offset: int):
    """``value`` (dumped record data) with every citation's start/end moved by ``offset``."""
    if isinstance(value, dict):
        if {"doc_id", "start", "end", "quote"} <= value.keys():
            return {**value, "start": value["start"] + offset, "end": value["end"] + offset}
        return {k: _shift(v, offset) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, offset) for v in value]
    return value


def _combine(a: dict, b: dict, seen: set[tuple[int, int]]) -> dict:
    """``a`` with ``b``'s citations, flags and list items added and its empty fields filled from ``b``.

    ``seen`` holds the spans ``a`` already cites (kept by the caller, so a record cited in every
    window of a long document costs no rescan; citations are sorted once at the end).
    """
    out = a
    for key, vb in b.items():
        va = out.get(key)
        if key == "citations":
            for c in vb:
                if (c["start"], c["end"]) not in seen:
                    seen.add((c["start"], c["end"]))
                    va.append(c)
        elif isinstance(va, list) and isinstance(vb, list):
            out[key] = va + [x for x in vb if x not in va]
        elif va in (None, "", "unknown", "other") and vb not in (None, ""):
            out[key] = vb
    return out


def _merge_windows(per_window: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    """Records of consecutive windows merged: one record per identity or shared cited span across windows.

    The rule of the LLM windows' :func:`marsad.agent.llm.windows.merge_records` (same identity or a
    span cited by both, never two records of one window), with dictionaries instead of a scan, so
    merging stays linear in the number of records of a long document.
    """
    from marsad.agent.llm.windows import record_identity  # the LLM windows' rule for "the same record"

    merged: dict[str, list[dict]] = {}
    for kind in RECORD_FIELDS:
        bucket: list[dict] = []
        owner: list[int] = []
        cited: list[set[tuple[int, int]]] = []
        by_ident: dict[tuple, int] = {}
        by_span: dict[tuple[int, int], int] = {}
        for w, records in enumerate(per_window):
            for rec in records.get(kind) or []:
                ident = record_identity(kind, rec)
                spans = {(c["start"], c["end"]) for c in rec.get("citations") or []}
                target = by_ident.get(ident)
                if target is None or owner[target] == w:
                    target = next((by_span[sp] for sp in spans if sp in by_span and owner[by_span[sp]] != w), None)
                if target is None:
                    bucket.append(rec)
                    owner.append(w)
                    cited.append(set(spans))
                    target = len(bucket) - 1
                else:
                    bucket[target] = _combine(bucket[target], rec, cited[target])
                by_ident.setdefault(ident, target)
                for sp in spans:
                    by_span[sp] = target
        for rec in bucket:
            rec["citations"] = sorted(rec.get("citations") or [], key=lambda c: (c["start"], c["end"]))
        merged[kind] = bucket
    return merged


def extract_long(extractor: Extractor, doc: Document, window_chars: int = LONG_DOC_CHARS,
                 overlap_chars: int = WINDOW_OVERLAP_CHARS) -> DocumentRecords:
    """Extract ``doc`` in overlapping windows cut on sentence boundaries, so time is linear in its length.

    The windows are :func:`marsad.agent.llm.windows.split_windows`'s (the LLM backend's splitter).
    Each window is extracted as a document of its own; its citations are shifted back to offsets
    of the whole text, records found in two windows (the overlap) are merged into one, and the
    result is validated against the whole text (every quote at its span). A document that fits
    in one window is extracted as it is.

    Raises:
        MarsadError: a window failed (its reason is kept).
    """
    from marsad.agent.llm.windows import split_windows

    windows = split_windows(doc.text, window_chars, overlap_chars) if len(doc.text) > window_chars else []
    if len(windows) <= 1:
        outcome = next(iter(extractor.extract_batch([doc])))
        if not outcome.ok:
            raise MarsadError(outcome.error or "extraction failed")
        return outcome.records
    head: dict = {}
    per_window: list[dict[str, list[dict]]] = []
    parts = (Document(doc_id=doc.doc_id, title=doc.title, source=doc.source, published=doc.published,
                      text=doc.text[w.start:w.end], path=doc.path) for w in windows)
    for window, outcome in zip(windows, extractor.extract_batch(parts), strict=True):
        if not outcome.ok:
            raise MarsadError(f"window {window.index + 1} of {len(windows)} (characters {window.start}-{window.end}): "
                              f"{outcome.error}")
        data = outcome.records.model_dump(mode="json")
        if not head:
            head = {k: v for k, v in data.items() if k not in RECORD_FIELDS}
        per_window.append({kind: _shift(data.get(kind) or [], window.start) for kind in RECORD_FIELDS})
    payload = _merge_windows(per_window)
    return DocumentRecords.model_validate({**head, **payload}, context={"text": doc.text, "doc_id": doc.doc_id})


class _Windowed:
    """An extractor whose long documents go through :func:`extract_long` (backends without windows of their own)."""

    def __init__(self, inner: Extractor, window_chars: int = LONG_DOC_CHARS) -> None:
        self.inner = inner
        self.window_chars = window_chars

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def extract_batch(self, docs: Iterable[Document]) -> Iterator[ExtractionOutcome]:
        for doc in docs:
            if len(doc.text) <= self.window_chars:
                yield from self.inner.extract_batch([doc])
                continue
            try:
                records = extract_long(self.inner, doc, self.window_chars)
            except Exception as exc:  # one bad document never sinks a batch
                yield ExtractionOutcome(doc, None, error=f"{type(exc).__name__}: {exc}")
                continue
            yield ExtractionOutcome(doc, records, stats={k: len(getattr(records, k)) for k in RECORD_FIELDS})


def windowed(extractor: Extractor) -> Extractor:
    """``extractor`` with long documents extracted in bounded windows (the LLM backend windows its requests itself)."""
    if extractor.name == "llm" or isinstance(extractor, _Windowed):
        return extractor
    return _Windowed(extractor)  # type: ignore[return-value]


# ---------------------------------------------------------------- worker processes (parallel backends)
_WORKER: Extractor | None = None


def _init_worker(backend: str, parent: int | None = None) -> None:
    global _WORKER
    if parent is not None:
        _die_with_parent(parent)
    _WORKER = windowed(get_extractor(None, backend))
    settle_for_extraction()  # the worker exists to extract: its tables leave the cyclic collector's sight


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this worker when the run's process dies (``kill -9``, the OOM killer): orphaned, each
    worker ran on until it sent its next result, then printed two BrokenPipeError tracebacks into the user's
    terminal (ux61). Linux only (``prctl(PR_SET_PDEATHSIG)``); elsewhere nothing changes.

    The kernel sends the signal when the *thread* that forked this worker ends, not its process: the pool must be
    made by a thread that outlives it (the CLI's main thread does; a short-lived thread that ran ``run_extract`` with
    workers, an app's ingest thread, would see its workers SIGKILLed when it returned). A worker the pool's own
    handler thread forks to replace a dead one dies when that thread ends, at the pool's close or terminate."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the run died before the signal was asked for
        os._exit(0)


def _extract_one(doc: Document) -> ExtractionOutcome:
    assert _WORKER is not None
    return next(iter(_WORKER.extract_batch([doc])))


_POOL_MIN_DOCS = 64

#: A finished run closes its pool (workers exit on their end-of-work sentinel) instead of terminating it.
#: ``Pool.terminate()`` (what ``with Pool`` does) takes the task queue's lock for good and SIGTERMs a worker
#: waiting for it; a worker whose SIGTERM handler is Python code (the CLI's graceful stop) could miss that signal
#: and wait for ever, and ``marsad extract`` hung after writing every line (2 runs in 7, pass 54).


def _outcomes(extractor: Extractor, docs: Iterable[Document], workers: int,
              own_process: bool = False) -> Iterator[ExtractionOutcome]:
    """Outcomes of the extractor; a parallel backend spreads over processes for big batches (``workers > 1``), each
    settled for extraction (:func:`_init_worker`). Run here instead, the extraction settles this process only when
    it is ``own_process`` (the CLI's)."""
    if getattr(extractor, "parallel", False) and workers > 1:
        it = iter(docs)
        head = list(itertools.islice(it, _POOL_MIN_DOCS))
        if len(head) < _POOL_MIN_DOCS:
            yield from _here(extractor, head, own_process)
            return
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
        # made in the calling thread, which must outlive the pool: each worker is SIGKILLed when the thread that
        # forked it ends (_die_with_parent)
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(extractor.name, os.getpid()))
        try:
            yield from pool.imap(_extract_one, itertools.chain(head, it), chunksize=8)
        except BaseException:  # stopped (Ctrl+C, SIGTERM, the consumer gone): end the workers now
            pool.terminate()
            raise
        pool.close()  # a run that ended: each worker reads its end-of-work sentinel and exits on its own
        pool.join()
        return
    yield from _here(extractor, docs, own_process)


def _here(extractor: Extractor, docs: Iterable[Document], own_process: bool) -> Iterator[ExtractionOutcome]:
    """The extraction in this process; a process that exists for the run is settled for it first."""
    if own_process and getattr(extractor, "parallel", False):
        settle_for_extraction()
    yield from extractor.extract_batch(docs)


def _store_for(settings: Settings, use_all: bool):
    from marsad.index.docstore import DB_NAME, DocStore

    if use_all or (Path(settings.home) / DB_NAME).exists():
        return DocStore(settings)
    return None


def _open_lock(out: Path, lock_path: Path):
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return open(lock_path, "a+", encoding="utf-8")  # noqa: SIM115 (closed by output_lock)
    except OSError as exc:
        raise cannot_write(out, exc) from exc


def _still_at(fh, lock_path: Path) -> bool:
    """The locked file is the one the path names now (not one a finishing run removed after this run opened it)."""
    try:
        return os.stat(lock_path).st_ino == os.fstat(fh.fileno()).st_ino
    except OSError:
        return False


def check_out_name(out: Path) -> None:
    """Refuse an ``--out`` named as a table (``r.csv``) before any work is done: the output is JSON Lines whatever
    ``--format`` (the tables go to ``r.<type>.csv`` beside it), so a spreadsheet would open JSON in ``r.csv``.

    Raises:
        ConfigError: naming the JSON Lines file to give instead and where the tables go.
    """
    if Path(out).suffix.lower() in _TABLE_SUFFIXES:
        stem = Path(out).with_suffix("")
        raise ConfigError(f"--out {out}: the output is a JSON Lines file (one document per line), not a table",
                          hint=f"--out {stem}.jsonl; with --format csv the tables are written beside it as "
                               f"{stem.name}.<type>.csv ({stem.name}.attacks.csv, ...)")


_BLANK_PROBE = 1 << 16  # a file of only this many blank bytes holds nothing a run could spoil


def check_out_not_input(out: Path, paths: list[str]) -> None:
    """Refuse an ``--out`` that is one of ``paths`` or already holds anything but the records of a `marsad extract` run
    (resuming into those is allowed), before anything is read or written: such a run read no article from it (an output
    is never read as input), and appending to it would change the articles it holds (an interrupted run's unfinished
    last line is trimmed), whatever their form (a ``.txt`` article, a JSON array of articles).

    Raises:
        ConfigError: :func:`~marsad.core.errors.out_holds_articles`.
    """
    from marsad.core.errors import out_holds_articles
    from marsad.index.loaders import first_json_keys, records_output

    target = Path(out)
    try:
        named = target.exists() and any(Path(p).exists() and Path(p).samefile(target) for p in paths)
    except OSError:
        named = False
    if named:
        raise out_holds_articles(out, named=True)
    if not target.is_file():
        return
    try:
        blank = target.stat().st_size <= _BLANK_PROBE and not target.read_bytes().strip()
    except OSError:
        return  # unreadable: the run's own open reports it
    if not blank and not records_output(target):
        articles = bool({"text", "content", "body"} & first_json_keys(target))
        raise out_holds_articles(out, named=False, foreign=not articles)


@contextmanager
def output_lock(out: Path) -> Iterator[Path]:
    """Own ``out`` for the length of a run: an exclusive lock on ``<out>.lock`` next to it, removed when the run ends
    (done, failed or stopped), so an analyst's folder holds only the outputs. A run that took the lock checks that the
    file it locked is still the one at the path (a finishing run may have removed it meanwhile) and takes the new one
    if not.

    Raises:
        InputError: another run holds it (its pid is named), or the lock cannot be created.
    """
    lock_path = out.with_name(out.name + ".lock")
    try:
        import fcntl
    except ImportError:  # not POSIX: no inter-process lock
        fcntl = None
    fh = _open_lock(out, lock_path)
    locked = False
    try:
        while fcntl is not None:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                fh.seek(0)
                holder = fh.read().strip() or "unknown"
                raise InputError(str(out), f"is being written by another `marsad extract` (pid {holder})",
                                 hint="wait for that run to finish (a re-run then resumes), or choose another --out"
                                 ) from None
            if _still_at(fh, lock_path):
                locked = True
                break
            fh.close()  # the run that held it removed it: lock the file at the path now
            fh = _open_lock(out, lock_path)
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        yield lock_path
    finally:
        if locked:
            with suppress(OSError):
                lock_path.unlink()  # still holding the lock: no other run can own this file yet
        fh.close()  # closing releases the lock


def dedupe_output(path: Path) -> int:
    """Keep one line per doc_id (its last) in an output file; returns the lines dropped.

    Output written before outputs were locked could hold a document twice; the file is
    rewritten atomically (a temporary file renamed over it) only when it does.
    """
    if not path.exists():
        return 0
    lines: dict[str, str] = {}
    other: list[str] = []
    total = 0
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            if not raw.endswith("\n") or not raw.strip():
                continue
            total += 1
            try:
                doc_id = json.loads(raw).get("doc_id")
            except (ValueError, AttributeError):
                doc_id = None
            if doc_id is None:
                other.append(raw)
                continue
            lines.pop(doc_id, None)
            lines[doc_id] = raw
    dropped = total - len(lines) - len(other)
    if dropped:
        tmp = path.with_name(path.name + ".dedupe.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.writelines(other)
            fh.writelines(lines.values())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    return dropped


def run_extract(settings: Settings, paths: list[str], out: Path, *, fmt: str = "jsonl", use_all: bool = False,
                backend: str | None = None, progress: bool = True, workers: int | None = None,
                period: Period | None = None, own_process: bool = False) -> BatchResult:
    """Extract records from files (or every stored document) into a JSON Lines file.

    One writer at a time owns ``out`` (:func:`output_lock`); a second run on the same
    ``--out`` stops at once with a message naming the first. See :func:`_run_extract`
    for the arguments.

    Raises:
        InputError: another run is writing ``out``, or it cannot be written.
        ConfigError: the backend cannot be built, or ``out`` is named as a table (``r.csv``).
    """
    check_out_name(out)
    with output_lock(out):
        return _run_extract(settings, paths, out, fmt=fmt, use_all=use_all, backend=backend, progress=progress,
                            workers=workers, period=period, own_process=own_process)


def _run_extract(settings: Settings, paths: list[str], out: Path, *, fmt: str = "jsonl", use_all: bool = False,
                 backend: str | None = None, progress: bool = True, workers: int | None = None,
                 period: Period | None = None, own_process: bool = False) -> BatchResult:
    """Extract records from files (or every stored document) into a JSON Lines file.

    Args:
        settings: resolved settings (home, backend, LLM configuration).
        paths: files or directories to read (ignored with ``use_all``).
        out: the JSON Lines output; appended to, and an interrupted run resumes.
        fmt: ``jsonl``, or ``csv`` to also write one flat table per record type.
        use_all: extract every document of the document store instead of ``paths``.
        backend: ``offline``, ``llm`` or ``auto`` (default: the settings').
        progress: show a progress bar on stderr.
        workers: processes for the offline rules (default: up to 2).
        period: extract only documents published in it (the others are counted in ``outside_period``; an
            undated document is outside every period).
        own_process: the calling process exists for this run alone (``marsad extract``): extracting here, it is
            settled for extraction (:func:`marsad.agent.extraction_process.settle_for_extraction`, process-wide);
            a library caller's process is left as it is.

    Returns:
        The run's :class:`BatchResult`; failures are in it (and on stderr), never raised.

    Raises:
        ConfigError: the backend cannot be built (e.g. ``llm`` without a server).
        InputError: the output file cannot be written.
    """
    if fmt not in {"jsonl", "csv"}:
        raise MarsadError(f"unknown format {fmt!r}", hint="use --format jsonl or csv")
    check_out_not_input(out, [] if use_all else paths)
    extractor = windowed(get_extractor(settings, backend))
    if use_all:
        from marsad.index.docstore import DB_NAME

        db = Path(settings.home) / DB_NAME
        store_docs = 0
        if db.exists():
            from marsad.index.docstore import DocStore

            with DocStore(settings) as probe:
                store_docs = probe.count()
        if not store_docs:
            raise InputError(str(db), "holds no documents to extract",
                             hint="run `marsad ingest PATH...` first, or give the files: `marsad extract PATH... --out FILE`")
    result = BatchResult(out=out, backend=extractor.name, version=extractor.version)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        _trim_partial_line(out)
        deduplicated = dedupe_output(out)
        done = load_done(out)
        fh = open(out, "a", encoding="utf-8")  # noqa: SIM115 (closed in the finally below)
        run_start = fh.tell()  # this run's lines begin here (what a stopped run counts as extracted by it)
    except OSError as exc:
        raise cannot_write(out, exc) from exc
    errors_path = out.with_name(out.name[: -len(".jsonl")] + ".errors.jsonl" if out.name.endswith(".jsonl")
                                else out.name + ".errors.jsonl")
    earlier = _read_errors(errors_path)  # rewritten at the end: this run's failures, and the earlier ones it left
    result.deduplicated = deduplicated
    input_errors: list[InputError] = []
    store = _store_for(settings, use_all)
    seen: dict[str, str] = {}  # doc_id -> where it was first read
    base = out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name
    own = {str(out.resolve())} | {str(p.resolve()) for p in out.parent.glob(f"{base}.*")}

    def is_own(path: str | None) -> bool:
        return bool(path) and str(Path(str(path).split(":")[0] if not Path(str(path)).exists() else path).resolve()) in own

    left_out: list[tuple[str, str]] = []
    asked: set[str] = set()  # documents this run sent to the extractor
    # the files this run read documents from to their end: a file the run stopped inside (Ctrl+C, the breaker) may
    # still hold its earlier failure after the point reached, so that entry is kept (pass 60)
    read_files: set[str] = set()
    reading: list[str] = []  # the file being read

    def todo() -> Iterator[Document]:
        for doc in _documents(settings, paths, use_all, input_errors, left_out, result.dates_kept):
            source = _input_file(doc.path)
            if reading and reading[0] != source:
                read_files.add(reading.pop())  # a document of the next file: the one before was read to its end
            if not reading:
                reading.append(source)
            if is_own(doc.path):
                continue
            if doc.doc_id in seen:  # never silently: the second one is reported by name
                input_errors.append(InputError(doc.path or doc.doc_id, f"duplicate doc_id {doc.doc_id!r} (already "
                                               f"read from {seen[doc.doc_id]}); this document is skipped"))
                continue
            seen[doc.doc_id] = doc.path or doc.doc_id
            if period is not None and not period.contains(doc.published):
                result.outside_period += 1
                bar.update(1)
                continue
            if done.get(doc.doc_id) == (doc.sha256, extractor.version):
                result.skipped += 1
                bar.update(1)  # resumed: counted towards the total
                continue
            asked.add(doc.doc_id)
            yield doc
        read_files.update(reading)  # every input read to its end

    from marsad.index.progress import count_documents, progress_bar, wants_progress

    total = None
    if wants_progress(progress):
        total = store.count() if use_all and store is not None else count_documents(paths)
    bar = progress_bar(progress, desc=f"extract ({extractor.name})", total=total)
    n_workers = workers if workers is not None else min(2, os.cpu_count() or 1)
    breaker = _breaker(settings, extractor)
    t0 = time.perf_counter()
    written = 0
    superseded = 0
    stopped: KeyboardInterrupt | None = None
    try:
        for outcome in _outcomes(extractor, todo(), n_workers, own_process):
            name = outcome.doc.path or outcome.doc.doc_id
            fix = getattr(outcome.failure, "hint", None)  # the setting to change, told once and kept as ``fix``
            if breaker is not None and breaker.record(outcome.ok, outcome.error, outcome.failure):
                _fail(result, errors_path, outcome.doc.doc_id, name, outcome.error or "extraction failed", fix)
                break  # the server keeps failing: stop now (raised below, after the report is written)
            if not outcome.ok:
                _fail(result, errors_path, outcome.doc.doc_id, name, outcome.error or "extraction failed", fix)
            else:
                line = outcome.records.model_dump(mode="json")
                line.update(content_sha256=outcome.doc.sha256, backend=extractor.name,
                            extractor_version=extractor.version)
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
                fh.flush()
                written += 1
                if outcome.doc.doc_id in done:
                    superseded += 1  # its older line (other content or rules) is dropped at the end
                if written % FSYNC_EVERY == 0:
                    os.fsync(fh.fileno())
                result.extracted += 1
                for kind in RECORD_TYPES:
                    result.records_this_run[kind] += len(line.get(kind) or [])
                if store is not None:
                    store.put_records(outcome.doc.doc_id, extractor.name, outcome.records, extractor.version)
            _drain(input_errors, result, errors_path, is_own)
            bar.update(1)
        _drain(input_errors, result, errors_path, is_own)
    except KeyboardInterrupt as exc:  # Ctrl+C, or SIGTERM through the CLI's handler: report what is kept, then stop
        stopped = exc
        raise
    finally:
        result.seconds = time.perf_counter() - t0
        result.left_out = [path for path, _ in left_out if not is_own(path)]
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        if stopped is not None:  # a stop between a line's write and its count: the file says what this run wrote
            result.extracted = _lines_after(out, run_start)
        bar.close()
        if store is not None:
            store.close()
        _drain(input_errors, result, errors_path, is_own)  # a stopped run still tells the failures it read
        _rewrite_errors(errors_path, earlier, result, asked | set(done), read_files)
        if stopped is not None:  # a run stopped by Ctrl+C/SIGTERM writes FILE.report.json, marked interrupted, for what it kept
            result.interrupted = True
            told: Interrupted | None = None
            try:
                result.documents, result.records = output_counts(out)
                # the stop, with what the CLI's "interrupted" line tells (errors.stopped_line)
                told = Interrupted.kept(stopped, documents=result.documents, out=out, extracted=result.extracted,
                                        failed=len(result.failed))
                _write_report(result, out, extractor, n_workers, errors_path)
            except Exception:  # noqa: BLE001 (the stop is what the user sees; a report that cannot be written waits)
                pass
            if told is not None:
                raise told from stopped
    if superseded:
        # documents re-extracted under new content or rules were appended beside their old lines:
        # keep the newest line of each, so the output never holds a document twice
        result.deduplicated += dedupe_output(out)
    result.documents, result.records = output_counts(out)
    # a run without --format csv also rewrites the FILE.<type>.csv tables an earlier --format csv run left beside FILE,
    # so they hold what FILE holds (they kept the earlier run's documents while FILE grew)
    if fmt == "csv" or any(p.exists() for p in csv_paths(out).values()):
        result.files.update({k: str(v) for k, v in write_csvs(read_jsonl(out), out).items()})
    if breaker is not None and breaker.open:
        result.stopped = breaker.stopped_note()
    _write_report(result, out, extractor, n_workers, errors_path)
    if breaker is not None and breaker.open:
        raise breaker.error()
    return result


def _write_report(result: BatchResult, out: Path, extractor: Extractor, n_workers: int, errors_path: Path) -> None:
    """Fill the extractor's counters into ``result`` and write ``<out>.report.json`` (replacing an older run's)."""
    report = getattr(extractor, "report", None)
    result.extractor_report = report() if callable(report) else {}
    if getattr(extractor, "parallel", False):
        # with worker processes the counters live in the workers: report the run's own
        result.extractor_report.update(documents=result.extracted + sum(1 for f in result.failed if f["doc_id"]),
                                       failed=sum(1 for f in result.failed if f["doc_id"]), workers=n_workers,
                                       seconds=round(result.seconds, 3),
                                       **{k: v for k, v in result.records_this_run.items()})
    report_path = out.with_name((out.name[: -len(".jsonl")] if out.name.endswith(".jsonl") else out.name) + ".report.json")
    result.files["report"] = str(report_path)
    if result.failed or result.earlier_failures:
        result.files["errors"] = str(errors_path)
    report_path.write_text(json.dumps(result.as_dict(aliases=True), ensure_ascii=False, indent=2), encoding="utf-8")


def _read_errors(errors_path: Path) -> list[dict]:
    """The entries of an earlier run's FILE.errors.jsonl (none when there is no such file; unreadable lines dropped)."""
    entries: list[dict] = []
    with suppress(OSError):
        for line in errors_path.read_text(encoding="utf-8", errors="replace").splitlines():
            with suppress(ValueError):
                entry = json.loads(line)
                if isinstance(entry, dict):
                    entries.append(entry)
    return entries


def _input_file(name: str | None) -> str:
    """The file an errors entry's ``input`` (or a document's path) names: ``FILE`` of ``FILE:LINE``."""
    name = str(name or "")
    head, sep, tail = name.rpartition(":")
    return head if sep and tail.isdigit() and not Path(name).exists() else name


def _rewrite_errors(errors_path: Path, earlier: list[dict], result: BatchResult, settled: set[str],
                    read_files: set[str]) -> None:
    """FILE.errors.jsonl: this run's failures, then the earlier runs' failures this run did not settle.

    An earlier entry is dropped when this run asked its document again or the output holds it (``settled``), or,
    for a file or line that was not a document, when this run read that file again to its end (it is reported again
    if it still fails; a run stopped inside the file keeps the entry: the failure may lie past where it stopped). The others stay listed (``earlier_failures`` in the report): a run stopped early, one whose
    ``--since`` left them out, or one over other inputs into the same output never retried them (pass 59: the
    file was emptied at the start of every run).
    """
    current = {json.dumps(e, sort_keys=True, ensure_ascii=False) for e in result.failed}
    kept = []
    for entry in earlier:
        doc_id = entry.get("doc_id")
        if doc_id in settled or (not doc_id and _input_file(entry.get("input")) in read_files):
            continue
        if doc_id and any(f.get("doc_id") == doc_id for f in result.failed):
            continue
        if json.dumps(entry, sort_keys=True, ensure_ascii=False) not in current:
            kept.append(entry)
    result.earlier_failures = len(kept)
    lines = [*result.failed, *kept]
    try:
        if lines:
            tmp = errors_path.with_name(errors_path.name + ".tmp")
            tmp.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in lines), encoding="utf-8")
            os.replace(tmp, errors_path)
        else:
            errors_path.unlink(missing_ok=True)
    except OSError:  # the entries of this run were appended as they came: they are not lost
        pass


def _breaker(settings: Settings, extractor: Extractor):
    """The run-level circuit breaker for a backend that talks to a server (None for the offline rules)."""
    if extractor.name != "llm" or settings is None:
        return None
    from marsad.agent.llm.breaker import CircuitBreaker

    return CircuitBreaker(settings.llm_breaker, base_url=settings.llm_base_url, model=settings.llm_model)


def _drain(errors: list[InputError], result: BatchResult, errors_path: Path, is_own) -> None:
    while errors:
        err = errors.pop(0)
        if not is_own(err.path):
            _fail(result, errors_path, None, err.path, err.reason, err.hint)


def _fail(result: BatchResult, errors_path: Path, doc_id: str | None, name: str, reason: str,
          hint: str | None = None) -> None:
    """Report one bad document by name on stderr and in the errors file; the run goes on.

    The loader's Fix line (the setting to raise, the encoding to save in) goes with the entry, and on stderr
    once per run after the first failure that has it.
    """
    entry = {"doc_id": doc_id, "input": name, "error": reason}
    if hint:
        entry["fix"] = hint
    result.failed.append(entry)
    # a document of a JSON Lines file is named by its id too: each failed line named only the file
    label = name if not doc_id or doc_id in name else f"{name} [{doc_id}]"
    say_skipped(label, reason, hint, result.fixes_shown)
    with open(errors_path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
