"""A content-addressed disk cache of LLM responses.

The key is a hash of everything that determines a response: model, instructor mode,
the messages (system prompt, window text, hints) and the response-schema version. A
re-run over the same documents makes no request at all. Entries are written
atomically (temporary file, then rename), so concurrent runs and crashes never leave
a half-written entry; an unreadable entry counts as a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import tempfile
import threading
from pathlib import Path
from typing import Any

__all__ = ["ResponseCache", "cache_key"]


def cache_key(*, model: str, mode: str, messages: list[dict], schema_version: str) -> str:
    """The content address of one request.

    Returns:
        A hex SHA-256 over the model, mode, messages and schema version.
    """
    blob = json.dumps(
        {"model": model, "mode": mode, "messages": messages, "schema": schema_version},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


class ResponseCache:
    """Responses stored as ``<root>/<key[:2]>/<key>.json``.

    Args:
        root: the cache directory (e.g. ``settings.home / "llm-cache"``); created on
            first write.
        enabled: False turns every lookup into a miss and every store into a no-op.
    """

    def __init__(self, root: Path, *, enabled: bool = True):
        self.root = Path(root)
        self.enabled = enabled
        self._made: set[Path] = set()
        self._pending: queue.SimpleQueue | None = None
        self._writer: threading.Thread | None = None
        self._start_lock = threading.Lock()
        self._chunk: list[tuple[str, dict[str, Any]]] = []
        self._forgotten: set[str] = set()
        self._write_lock = threading.Lock()  # a write and a forget of one key never interleave

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The stored entry for ``key``, or None."""
        if not self.enabled:
            return None
        try:
            return json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: dict[str, Any]) -> None:
        """Store ``value`` under ``key`` atomically (best effort: a full disk is not fatal); not a forgotten key's."""
        if not self.enabled:
            return
        with self._write_lock:
            if key not in self._forgotten:
                self._write(key, value)

    def forget(self, keys) -> None:
        """Never keep these entries: a queued one is not written, one on disk is removed. For replies a run judged
        unusable (a document whose every record was unreadable), so a re-run asks the model again."""
        if not self.enabled:
            return
        with self._write_lock:
            for key in keys:
                self._forgotten.add(key)
                try:
                    self._path(key).unlink(missing_ok=True)
                except OSError:  # best effort, as a write is
                    pass

    def _write(self, key: str, value: dict[str, Any]) -> None:
        path = self._path(key)
        try:
            if path.parent not in self._made:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(path.parent)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(value, fh, ensure_ascii=False)
                os.replace(tmp, path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            return

    def put_later(self, key: str, value: dict[str, Any], *, chunk: int = 16) -> None:
        """Queue ``value`` for a background writer thread and return at once.

        Entries are handed over ``chunk`` at a time (one thread wake-up each), keeping
        file I/O off an event loop without a thread round trip per entry. Call
        :meth:`flush` before relying on an entry being on disk. Not thread-safe: call
        it from one thread (the event loop).
        """
        if not self.enabled:
            return
        self._chunk.append((key, value))
        if len(self._chunk) < chunk:
            return
        self._hand_over()

    def _hand_over(self) -> None:
        items, self._chunk = self._chunk, []
        if not items:
            return
        with self._start_lock:
            if self._writer is None or not self._writer.is_alive():
                self._pending = queue.SimpleQueue()
                self._writer = threading.Thread(target=self._write_loop, args=(self._pending,),
                                                name="marsad-llm-cache", daemon=True)
                self._writer.start()
        self._pending.put(items)  # type: ignore[union-attr]

    def flush(self) -> None:
        """Wait until every queued entry is written, and stop the writer thread."""
        self._hand_over()
        with self._start_lock:
            writer, pending = self._writer, self._pending
            self._writer = self._pending = None
        if writer is not None and pending is not None:
            pending.put(None)
            writer.join()

    def _write_loop(self, pending: queue.SimpleQueue) -> None:
        while (items := pending.get()) is not None:
            for key, value in items:
                self.put(key, value)
