"""The UI's launch waits for its own first page on a busy machine (ui.app._patient_page_check)."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytest.importorskip("gradio")


class _SlowFirstPage(BaseHTTPRequestHandler):
    delays = [4.0]  # the first answer comes after gradio's own 3-second timeout; later ones at once

    def do_HEAD(self):  # noqa: N802 (http.server's name)
        if self.delays:
            time.sleep(self.delays.pop())
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_page_slower_than_three_seconds_still_counts_as_answering():
    from gradio import networking

    from marsad.ui.app import _patient_page_check

    server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowFirstPage)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    original = networking.url_ok
    try:
        with _patient_page_check(seconds=20):
            assert networking.url_ok is not original
            assert networking.url_ok(url) is True
        assert networking.url_ok is original  # gradio's own check is back after the launch
    finally:
        server.shutdown()


def test_a_server_that_never_answers_still_fails_the_check():
    from gradio import networking

    from marsad.ui.app import _patient_page_check

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with _patient_page_check(seconds=1):
        started = time.monotonic()
        assert networking.url_ok(f"http://127.0.0.1:{port}/") is False
        assert time.monotonic() - started < 10
