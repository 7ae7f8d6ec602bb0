"""Shared by the tests that start real processes: the `marsad` command, and stopping a process for good."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def marsad_cmd() -> list[str]:
    """The installed `marsad` console script beside this interpreter, else ``python -m marsad``."""
    exe = Path(sys.executable).parent / "marsad"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "marsad"]


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
