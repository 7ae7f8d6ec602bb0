"""The embedded Chroma store opened from several threads at once (found by make soak: the app's background
ingest and a chat request opening one store together failed intermittently inside chromadb)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from marsad.core.config import resolve_settings
from marsad.index.chroma_store import VectorIndex, open_client


def test_many_threads_open_one_store(tmp_path):
    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    with ThreadPoolExecutor(8) as pool:
        indexes = list(pool.map(lambda _: VectorIndex(settings), range(16)))
    assert len({id(ix.client) for ix in indexes}) == 1  # one client per store and process
    assert all(ix.collection.count() == 0 for ix in indexes)
    assert open_client(settings) is indexes[0].client
