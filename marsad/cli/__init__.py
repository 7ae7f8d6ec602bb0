"""The `marsad` command line: argument parsing and dispatch only.

Each sub-command lives in its own small module here with a ``register(subparsers,
parents)`` function; the work itself is done by functions in ``index/``, ``agent/``,
``evals/`` and ``ui/``, imported inside the command so ``marsad --help`` stays instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from marsad import __version__
from marsad.core.config import OPTIONS, Settings, resolve_settings
from marsad.core.errors import MarsadError

__all__ = ["main", "settings_from_args", "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_PARTIAL"]

EXIT_OK = 0
EXIT_ERROR = 1  # nothing useful was done
EXIT_USAGE = 2  # bad flags or configuration
EXIT_PARTIAL = 4  # the run finished but some inputs failed (each reported by name)

_COMMANDS = ("ingest", "search", "extract", "events", "actors", "evaluate", "ask", "ui", "config")


def _settings_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group("settings (flag > MARSAD_* env var > default; see README)")
    for opt in OPTIONS:
        if not opt.flag:
            continue
        kwargs = {"dest": opt.field, "default": None, "help": f"{opt.help} [env {opt.env[0]}]"}
        if opt.choices:
            kwargs["choices"] = opt.choices
        group.add_argument(opt.flag, **kwargs)
    return parent


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Resolve :class:`Settings` from parsed flags (flag > env > default)."""
    return resolve_settings({o.field: getattr(args, o.field, None) for o in OPTIONS})


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every sub-command registered."""
    import importlib

    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Arabic news on Iraqi security -> validated, cited records; search and questions over them.",
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    parents = [_settings_parent()]
    for name in _COMMANDS:
        try:
            module = importlib.import_module(f"marsad.cli.{name}")
        except ModuleNotFoundError as exc:  # a command module not written yet
            if exc.name == f"marsad.cli.{name}":
                continue
            raise
        module.register(subparsers, parents)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `marsad` console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.func(args) or EXIT_OK)
    except MarsadError as err:
        print(f"marsad: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("marsad: interrupted; finished work is kept and a re-run resumes", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
