"""The app's downloads while other requests prune the download folders (review60 finding 3), driven over HTTP
(gradio_client, a real server on 127.0.0.1, a temp home)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from served_app import gradio_client, served_app

from marsad.core.config import resolve_settings

pytest.importorskip("gradio_client")


def test_downloads_survive_folders_removed_by_other_requests(tmp_path):
    """Once the app keeps :data:`EXPORTS_KEPT` download folders, each request sorts them by age and removes the
    oldest; a folder another request removed meanwhile made ``stat()`` raise FileNotFoundError, and that download
    failed (about one request in twelve with two at once). Here a thread stands for other users, asking the app for
    download folders without pause, while a client downloads records 30 times: every download is served."""
    from marsad.core.config import EXPORTS_KEPT

    settings = resolve_settings({"home": str(tmp_path / "home")}, env={})
    with served_app(settings) as (app, url), gradio_client(url) as client:
        services = app.marsad_services
        for _ in range(EXPORTS_KEPT):
            services.export_dir()
        done = threading.Event()
        others: list[BaseException] = []

        def other_users() -> None:
            while not done.is_set():
                try:
                    services.export_dir()
                except OSError as err:  # the same race, met by the other side
                    others.append(err)

        thread = threading.Thread(target=other_users)
        thread.start()
        try:
            paths = [client.predict("attacks", "", "", api_name="/records")[1] for _ in range(30)]
        finally:
            done.set()
            thread.join()
        assert all(Path(p).name.startswith("marsad-attacks-") for p in paths) and not others
        assert sum(p.is_dir() for p in services.exports.iterdir()) <= EXPORTS_KEPT
