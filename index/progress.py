"""Progress bars for long runs (``marsad ingest``, ``marsad extract``): a total when it is knowable, quiet otherwise.

A bar is shown only when asked for *and* stderr is a terminal, so logs and pipes get no
carriage-return noise. The total is counted up front and cheaply: one document per
article file, one per line of a JSON Lines file (newlines counted in 1 MB blocks, gzip
streamed), so the bar shows ``n/total``, the rate and the time left.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["count_documents", "progress_bar", "wants_progress"]

_BLOCK = 1 << 20
_JSONL = (".jsonl", ".jsonl.gz", ".json.gz")


def wants_progress(progress: bool, stream: Any = None) -> bool:
    """True when a bar was asked for and ``stream`` (default stderr) is a terminal."""
    stream = sys.stderr if stream is None else stream
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(progress and isatty is not None and isatty())
    except (OSError, ValueError):  # a closed or detached stream
        return False


def _count_lines(path: Path) -> int:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n = 0
    last = b"\n"
    with opener(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")  # a last line without its newline


def _files(paths: Sequence[str | Path]):
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file() and not any(part.startswith(".") for part in file.relative_to(path).parts):
                    yield file
        elif path.is_file():
            yield path


def count_documents(paths: Sequence[str | Path]) -> int | None:
    """About how many documents ``paths`` hold: one per article file, one per JSON Lines line.

    Returns:
        The count, or None when a file cannot be read for counting (the bar then runs without a total).
    """
    total = 0
    try:
        for file in _files(paths):
            total += _count_lines(file) if file.name.lower().endswith(_JSONL) else 1
    except (OSError, EOFError, gzip.BadGzipFile):
        return None
    return total


def progress_bar(progress: bool, *, desc: str, total: int | None = None, unit: str = "doc"):
    """A tqdm bar on stderr with ``n/total``, rate and ETA; disabled unless :func:`wants_progress`."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, disable=not wants_progress(progress),
                dynamic_ncols=True, mininterval=0.5, smoothing=0.1)
