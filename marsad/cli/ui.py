"""`marsad ui`: the Gradio app (chat, records, articles, ingest, evaluation), bound to 127.0.0.1 by default."""

from __future__ import annotations


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "ui", parents=parents, help="start the web app (chat with citations, records, articles, ingest, evaluation)",
        description="Start the Gradio app on this machine. It is never shared publicly; bind another --host only "
        "on a trusted network and set --auth.",
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=None, help="TCP port (default: the first free one from 7860)")
    p.add_argument("--auth", default=None, metavar="USER:PASSWORD", help="require this login")
    p.set_defaults(func=run)


def run(args) -> int:
    from marsad.cli import settings_from_args
    from marsad.ui.app import launch, parse_auth

    settings = settings_from_args(args)
    parse_auth(args.auth)  # fail on a malformed value before anything starts
    app, url = launch(settings, host=args.host, port=args.port, auth=args.auth, prevent_thread_lock=True, quiet=True)
    print(f"Marsad UI on {url} (home {settings.home}); press Ctrl+C to stop", flush=True)
    try:
        app.block_thread()
    finally:
        app.close()
    return 0
