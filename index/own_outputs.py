"""Files `marsad extract` wrote (records, report, errors, lock, CSV tables), told from articles.

They are recognised, not read as articles: :mod:`marsad.index.loaders` leaves them out of a directory with one
notice (:func:`left_out_note`) and gives one error (not one per record) when one is named (pass 54, F8, a user fix
once behind RECOGNISE_OWN_OUTPUTS); `marsad extract` asks :func:`records_output` before it appends to a file.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from marsad.schemas import RECORD_TYPES

__all__ = ["first_json_keys", "records_output", "marsad_output", "left_out_note"]

_REPORT_KEYS = frozenset({"out", "backend", "version", "extracted", "records"})
_ERRORS_KEYS = frozenset({"doc_id", "input", "error"})
_RECORD_KEYS = frozenset({"doc_id", "extractor_version"})
# The first line is looked for in the first _HEAD_BYTES (decompressed) bytes only (pass 54, review H2, a user fix once
# behind BOUNDED_HEAD: a small gz of one huge line was decompressed whole).
_HEAD_BYTES = 1 << 20


def _first_json_keys(path: Path, whole: bool = False) -> frozenset[str]:
    """Keys of the first JSON object of a file (its first non-blank line, or the whole file); empty when unreadable."""
    try:
        with (gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")) as fh:  # noqa: SIM115
            if whole:
                raw = fh.read(_HEAD_BYTES)
            else:
                raw, budget = b"", _HEAD_BYTES
                while budget:  # a bounded head: a compressed file of one huge line is not read whole (review H2)
                    line = fh.readline(budget)
                    if not line:
                        break
                    budget -= len(line)
                    if line.strip():
                        raw = line
                        break
        value = json.loads(raw.decode("utf-8-sig"))
    except (OSError, EOFError, ValueError, UnicodeDecodeError):
        return frozenset()
    return frozenset(value) if isinstance(value, dict) else frozenset()


def _records_keys(keys: frozenset[str]) -> bool:
    """Whether a first JSON object's keys are those of a records line (no article's ``text``/``content``/``body``)."""
    return keys >= _RECORD_KEYS and not {"text", "content", "body"} & keys


def first_json_keys(path: Path) -> frozenset[str]:
    """Keys of the first JSON object of a JSON Lines file (its first non-blank line); empty when unreadable."""
    return _first_json_keys(path)


#: How every records line of `marsad extract` begins (:class:`~marsad.schemas.DocumentRecords` dumps ``doc_id`` then
#: ``title``): an unfinished first line (a run stopped while writing it, or one longer than :data:`_HEAD_BYTES`) is
#: told from an article by it.
_RECORDS_HEAD = re.compile(rb'^\{"doc_id": "(?:[^"\\]|\\.)*", "title": ')


def records_output(path: Path) -> bool:
    """Whether ``path`` holds the records of a `marsad extract` run, whatever its name: its first non-blank line is a
    records line (``doc_id`` + ``extractor_version``, no ``text``/``content``/``body``), or that line is unfinished
    and begins as one (what a run stopped mid-write leaves; the run that resumes trims it)."""
    keys = _first_json_keys(path)
    if keys:
        return _records_keys(keys)
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEAD_BYTES).lstrip()
    except OSError:
        return False
    first, newline, _ = head.partition(b"\n")
    return not newline and bool(_RECORDS_HEAD.match(first))  # a whole first line that is no records line: not ours


def marsad_output(path: Path) -> str | None:
    """What `path` is when `marsad extract` wrote it (an output line ``x.jsonl``, ``x.report.json``, ...), else None.

    Recognised by name and content, never by name alone: a ``.jsonl`` whose first line is a records line
    (``doc_id`` + ``extractor_version``, no ``text``), a ``.report.json``/``.errors.jsonl`` with the run
    report's/error list's keys, and by name ``x.jsonl.lock`` and the tables ``x.<record type>.csv``.
    """
    name = path.name.lower()
    if name.endswith(".jsonl.lock") or name.endswith(".dedupe.tmp"):
        return "the lock file of a `marsad extract` run"
    if name.endswith(".csv"):
        parts = name.split(".")
        return ("a table written by `marsad extract --format csv`"
                if len(parts) >= 3 and parts[-2] in RECORD_TYPES else None)
    if name.endswith(".report.json"):
        return "the report of a `marsad extract` run" if _first_json_keys(path, whole=True) >= _REPORT_KEYS else None
    if name.endswith(".errors.jsonl"):
        return "the error list of a `marsad extract` run" if _first_json_keys(path) >= _ERRORS_KEYS else None
    if name.endswith((".jsonl", ".jsonl.gz")) and _records_keys(_first_json_keys(path)):
        return "the records output of a `marsad extract` run"
    return None


def left_out_note(paths: list[str], shown: int = 3, language: str = "en") -> str:
    """The one line that tells the files :func:`marsad_output` recognised in a directory and left out (`marsad
    ingest`, `marsad extract` and the UI's upload say it alike), naming the first ``shown`` of them; in Arabic for
    ``language`` "ar" (the app's Ingest tab tells both)."""
    names = ", ".join(paths[:shown]) + (", ..." if len(paths) > shown else "")
    if language == "ar":
        return f"تُرك {len(paths)} ملف كتبه \u200emarsad extract (سجلات وتقارير وأقفال، لا مقالات): {names}"
    return (f"left out {len(paths)} file(s) written by `marsad extract` (records, reports, locks; not articles): "
            f"{names}")
