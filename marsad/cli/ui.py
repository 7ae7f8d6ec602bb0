"""`marsad ui`: the Gradio app (chat, records, articles, ingest, evaluation), bound to 127.0.0.1 by default."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path

# User fixes (U13), once behind OWN_WAIT_LOOP and EXIT_AT_ONCE: `marsad ui` waits for the server in its own loop, so
# Ctrl+C and SIGTERM stop it promptly, say so and exit 130/143 like every other command (gradio's ``block_thread``
# printed "Keyboard interruption..." and exited 0); once the server is closed, the `marsad` process ends at once
# (:func:`marsad.cli.main` with ``argv=None`` only, never a caller's in-process ``main([...])``): tearing down gradio's
# modules took 2-3 s after the last line.


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "ui", parents=parents, help="start the web app (chat with citations, records, articles, ingest, evaluation)",
        description="Start the Gradio app on this machine. It is never shared publicly; bind another --host only "
        "on a trusted network and set --auth.",
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=None, help="TCP port (default: the first free one from 7860)")
    p.add_argument("--auth-file", default=None, metavar="FILE",
                   help="read the USER:PASSWORD login from this file (first line)")
    p.set_defaults(func=run)


def resolve_auth(args, settings) -> str | None:
    """The login: ``--auth`` > ``--auth-file`` > ``MARSAD_UI_AUTH`` (a flag is visible in ``ps``; the others are not).

    Raises:
        ConfigError: the file cannot be read.
    """
    from marsad.core.errors import ConfigError

    if getattr(args, "ui_auth", None):
        return args.ui_auth
    if getattr(args, "auth_file", None):
        try:
            lines = Path(args.auth_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"--auth-file {args.auth_file} cannot be read ({exc.strerror or exc})",
                              hint="give a file whose first line is USER:PASSWORD (chmod 600)") from exc
        if not lines or not lines[0].strip():
            raise ConfigError(f"--auth-file {args.auth_file} is empty", hint="write USER:PASSWORD on its first line")
        return lines[0].strip()
    return settings.ui_auth


def run(args) -> int:
    from marsad.cli import settings_from_args
    from marsad.ui.app import launch, parse_auth

    settings = settings_from_args(args)
    auth = resolve_auth(args, settings)
    parse_auth(auth)  # fail on a malformed value before anything starts
    app, url = launch(settings, host=args.host, port=args.port, auth=auth, prevent_thread_lock=True, quiet=True)
    try:  # the line is printed inside: a signal right after it is still this loop's to report
        print(f"Marsad UI on {url} (home {settings.home}); press Ctrl+C to stop", flush=True)
        while app.is_running:  # gradio's block_thread() swallowed Ctrl+C/SIGTERM, printed its own text, returned 0
            time.sleep(0.1)
    except KeyboardInterrupt as exc:  # Ctrl+C, or SIGTERM through the CLI's handler (marsad.cli.Stopped)
        signum = getattr(exc, "signum", signal.SIGINT)
        app.close(verbose=False)
        how = "stopped (SIGTERM)" if signum == signal.SIGTERM else "stopped (Ctrl+C)"
        print(f"marsad: the UI on {url} {how}", file=sys.stderr, flush=True)
        args.exit_at_once = True
        return 128 + signum
    app.close()
    args.exit_at_once = True
    return 0
