"""Shared by the tests that start real processes: the `marsad` command, and stopping a process for good."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path


def marsad_cmd() -> list[str]:
    """The installed `marsad` console script beside this interpreter, else ``python -m marsad``."""
    exe = Path(sys.executable).parent / "marsad"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "marsad"]


def default_sigint() -> None:
    """``preexec_fn`` of a run a test interrupts with SIGINT: the default action back. A suite run as a background job
    (``make test &``, some CI runners) inherits an ignored SIGINT, which the child would keep -- as marsad keeps a
    caller's ignore -- while a user's Ctrl+C in a terminal meets the default."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def stop(proc: subprocess.Popen, grace: float = 10) -> None:
    """Terminate ``proc`` if it still runs; kill it if it has not ended ``grace`` seconds later."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
