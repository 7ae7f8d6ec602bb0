"""One writer at a time: an advisory lock file under the Marsad home.

An ingest holds it from start to end (two ingests wait for each other); a
:class:`~index.search.Searcher` only *tries* to take it before rebuilding a stale
BM25 index, and otherwise serves the index on disk until the ingest is done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["index_lock", "LOCK_NAME", "ingest_running"]

LOCK_NAME = "index.lock"


@contextmanager
def index_lock(home: Path, *, wait: bool = True) -> Iterator[bool]:
    """Hold the index lock of ``home``.

    Args:
        home: the Marsad home (created if missing).
        wait: block until the lock is free; with False, yield False at once if it is held.

    Yields:
        True when the lock is held, False when ``wait`` is False and someone else holds it.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no inter-process lock, single-writer use assumed
        yield True
        return
    home = Path(home)
    home.mkdir(parents=True, exist_ok=True)
    with open(home / LOCK_NAME, "a+b") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def ingest_running(home: Path) -> bool:
    """True when another process holds the index lock of ``home`` (an ingest is writing the index now).

    Creates nothing: a home without a lock file has never been ingested into.
    """
    try:
        import fcntl
    except ImportError:
        return False
    path = Path(home) / LOCK_NAME
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError:
        return False
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        except OSError:
            return False
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False
