"""Shared by the UI tests: the Gradio app served on a free loopback port, and a gradio_client that is closed after use.

A `gradio_client.Client` keeps a heartbeat thread connected to the server; left open it outlives the server's close
and can end a run with an asyncio teardown error, so every test closes its clients before the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from marsad.evals.openai_server import free_port  # a port nothing listens on now, on 127.0.0.1


@contextmanager
def served_app(settings, **launch_kwargs) -> Iterator[tuple[object, str]]:
    """`marsad.ui.app.launch` on a free port without blocking; the app and its answerer are closed on exit."""
    from marsad.ui import app as app_module

    app, url = app_module.launch(settings, port=launch_kwargs.pop("port", None) or free_port(),
                                 prevent_thread_lock=True, quiet=True, **launch_kwargs)
    try:
        yield app, url
    finally:
        app.close()
        app.marsad_services.answerer.close()


@contextmanager
def gradio_client(url: str, **kwargs) -> Iterator[object]:
    """A `gradio_client.Client` for `url` whose heartbeat thread is stopped on exit.

    Its HTTP calls wait up to 120 s: the client reads the app's config with httpx's default 5 s time-out, which a
    loaded machine's server outlasted (test_ui_events failed so in a full run here, ReadTimeout in ``Client()``).
    """
    from gradio_client import Client

    kwargs.setdefault("httpx_kwargs", {"timeout": 120})
    client = Client(url, verbose=False, **kwargs)
    try:
        yield client
    finally:
        client.close()
