"""The `marsad` command line: argument parsing, dispatch, exit codes and signals, and the little its sub-commands
share (argument types, the ``--out`` checks, the lines of skipped inputs, the records progress bar).

Each sub-command lives in its own small module here with a ``register(subparsers,
parents)`` function; the work itself is done by functions in ``index/``, ``agent/``,
``evals/`` and ``ui/``, imported inside the command so ``marsad --help`` stays instant.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Sequence

from marsad import __version__
from marsad.core.config import OPTIONS, Settings, resolve_settings
from marsad.core.errors import Interrupted, MarsadError, Stopped, say_skipped, stopped_line

__all__ = ["main", "settings_from_args", "positive_int", "non_blank", "non_blank_question", "print_failures", "print_left_out", "RecordsProgress", "EXIT_OK",
           "EXIT_ERROR", "EXIT_USAGE", "EXIT_PARTIAL"]

EXIT_OK = 0
EXIT_ERROR = 1  # nothing useful was done
EXIT_USAGE = 2  # bad flags or configuration
EXIT_PARTIAL = 4  # the run finished but some inputs failed (each reported by name)

_COMMANDS = ("ingest", "search", "extract", "events", "actors", "evaluate", "ask", "ui", "config")


class _Parser(argparse.ArgumentParser):
    """`marsad`'s parser (its sub-commands' too): a usage error is told in a few lines, the command's own usage
    (``usage: marsad actors [settings] [-h] [--json] [-n N] ...``), then the error and where every flag is listed
    (argparse's usage named all the settings flags first, some 20 lines before the one that said what was wrong);
    ``--help`` is argparse's."""

    def error(self, message: str):  # noqa: D102
        settings = {o.field for o in OPTIONS if o.flag}
        own = [a for a in self._actions if a.dest not in settings]
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, own, self._mutually_exclusive_groups)
        usage = formatter.format_help().strip()
        if len(own) < len(self._actions):
            usage = usage.replace(self.prog, f"{self.prog} [settings]", 1)
        what = "every command" if self.prog == "marsad" else "every flag"
        self.exit(2, f"{usage}\n{self.prog}: error: {message}\n  Fix: `{self.prog} --help` lists {what}\n")


def _command_parser(parser: argparse.ArgumentParser, command: str | None) -> argparse.ArgumentParser | None:
    """The parser of the sub-command ``command`` (by its name or an alias) of ``parser``; None when there is none."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices.get(command) if command else None
    return None


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


def positive_int(text: str) -> int:
    """argparse ``type`` of a count flag (``-k``, ``--steps``, ``--workers``): a whole number of at least 1.

    Without it ``-k 0`` or ``-k -3`` ran and reported "no hits", as if the archive were empty.
    """
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid int value: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


_OTHER_SUFFIXES = frozenset({"xlsx", "xls", "ods", "tsv", "json", "parquet", "shp", "kml", "geojson", "csv", "jsonl"})
"""Suffixes that name a format: an ``--out`` named for one a command does not write is refused (:func:`out_format`)."""


def out_format(out, given: str | None, choices: Sequence[str]) -> str:
    """The format of an ``--out`` file: ``--format`` when given, else its suffix's when one of ``choices`` (``ev.csv``
    a CSV, ``ev.geojson`` GeoJSON), else the first choice.

    Raises:
        ConfigError: without ``--format``, ``out`` is named for a format this command does not write (``a.xlsx``,
            ``a.json``; ``actors --out a.geojson``): a spreadsheet or QGIS would refuse the JSON lines written there.
            With it, ``out`` is named for another format this command writes (``--format csv --out ev.geojson``). A
            name no format claims (``a.txt``) takes ``--format``.
    """
    if given:
        named = out.suffix.lower().lstrip(".") if out is not None else ""
        if named in choices and named != given:
            from marsad.core.errors import ConfigError

            raise ConfigError(f"--out {out} is named for {named} but --format {given} was given: the file would "
                              f"hold {given} under a .{named} name",
                              hint=f"--out {out.with_suffix('.' + given)}, or drop --format to write {named}")
        return given
    suffix = out.suffix.lower().lstrip(".") if out is not None else ""
    if suffix in _OTHER_SUFFIXES and suffix not in choices:
        from marsad.core.errors import ConfigError

        stem = out.with_suffix("")
        raise ConfigError(f"--out {out}: no {suffix} output; this command writes {', '.join(choices)}",
                          hint=" or ".join(f"--out {stem}.{c}" for c in choices)
                          + (" (a CSV opens in a spreadsheet)" if "csv" in choices else ""))
    return suffix if suffix in choices else choices[0]


def check_out(out) -> None:
    """Stop before any work when ``--out`` names a directory (the table would be lost after the run)."""
    from marsad.core.errors import cannot_write

    if out is not None and out.is_dir():
        raise cannot_write(out, IsADirectoryError(21, "Is a directory"))


def print_failures(failed, hints: dict[str, str]) -> None:
    """One ``skipped PATH: reason`` line per failed input, each different Fix line once (after its first failure)."""
    shown: set[str] = set()
    for path, reason in failed:
        say_skipped(path, reason, hints.get(path), shown)


def print_left_out(left_out, shown: int = 3) -> None:
    """One line for the files a directory held that `marsad extract` wrote (read as articles they were failures)."""
    if not left_out:
        return
    from marsad.index.own_outputs import left_out_note

    print(f"marsad: {left_out_note([path for path, _ in left_out], shown)}", file=sys.stderr)


class RecordsProgress:
    """The progress bar of `events` and `actors` while the archive's articles without records are extracted:
    ``progress(done, total)`` is :func:`marsad.agent.archive.archive_records`' callback; none with
    ``--no-progress`` or when stderr is not a terminal."""

    def __init__(self, no_progress: bool):
        self.bar = None
        if not no_progress and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", desc="records", file=sys.stderr)

    def __call__(self, done: int, total: int) -> None:
        if self.bar is not None:
            self.bar.total = total
            self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def no_hits_in_period_of(settings: Settings, period, language: str = "en") -> str | None:
    """`search`'s :func:`~marsad.core.errors.no_hits_in_period` message over the home's store, in ``language`` (the
    query's; `ask` tells it through :func:`marsad.agent.asking.ask`); None when nothing is ingested (the home's own
    message says so)."""
    from marsad.agent.asking import no_hits_message
    from marsad.index.docstore import DB_NAME, DocStore

    if not (settings.home / DB_NAME).exists():
        return None
    with DocStore(settings) as store:
        return no_hits_message(store, period, language) if store.count() else None


def add_publication_period(p: argparse.ArgumentParser, lead: str = "") -> None:
    """``--since``/``--until`` by the articles' publication date, as `search` and `ask` read them (``lead``: the
    verb before "only"); `events` dates by the incident and `extract` says what the period bounds, in their own words."""
    p.add_argument("--since", metavar="DATE", help=f"{lead}only articles published on or after DATE (YYYY, YYYY-MM or "
                   "YYYY-MM-DD), by their publication date, not the incident's: `marsad events --since` dates by the "
                   "incident")
    p.add_argument("--until", metavar="DATE", help=f"{lead}only articles published on or before DATE (YYYY, YYYY-MM or "
                   "YYYY-MM-DD; a month is the whole month)")


def non_blank(text: str) -> str:
    """argparse ``type`` of a query or question: text with something in it.

    ``search ""`` answered "no hits (has anything been ingested?...)" over a full index, and ``ask ""`` failed
    with the exit code of a failed run (1) instead of a usage error (2).
    """
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty: give the words to look for (Arabic or English)")
    return text


def non_blank_question(text: str) -> str:
    """argparse ``type`` of `marsad ask`'s question: as :func:`non_blank`, its message naming a question (and ``-``),
    not "the words to look for" of a search."""
    if not text.strip():
        raise argparse.ArgumentTypeError("is empty: give the question (Arabic or English), or - to read one question "
                                         "a line from standard input")
    return text


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Resolve :class:`Settings` from parsed flags (flag > env > default)."""
    return resolve_settings({o.field: getattr(args, o.field, None) for o in OPTIONS})


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every sub-command registered."""
    import importlib

    parser = _Parser(
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


def _exit_now(status: int) -> None:
    """End the process at once with ``status``, after flushing logs and the standard streams (a command that
    has closed everything it opened, e.g. `marsad ui`, skips the interpreter's slow teardown of big libraries)."""
    import logging

    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def _install_signal_handlers() -> dict[int, object]:
    """Make SIGTERM stop a command like Ctrl+C (locks released, lines flushed, the "interrupted" line printed).

    Forked worker processes (``marsad extract``'s pool) inherit the handler: there Ctrl+C (sent to the whole
    process group) is left to the parent, and SIGTERM ends the worker with a quiet ``SystemExit`` that releases
    the pool's queue locks, so no worker prints a traceback and the parent's pool shut-down cannot hang. Returns the
    previous handlers (restored by :func:`main`). A user fix (pass 53), once behind GRACEFUL_SIGNALS.
    """
    if threading.current_thread() is not threading.main_thread():
        return {}
    main_pid = os.getpid()

    def _stop(signum, frame):
        if os.getpid() != main_pid:  # a forked worker: the parent stops the run (and the pool) and reports it
            if signum == signal.SIGINT:
                return  # Ctrl+C reaches the whole group: only the parent acts on it
            raise SystemExit(128 + signum)  # unwinds the queue locks it holds; multiprocessing exits quietly
        raise Stopped(signum) if signum != signal.SIGINT else KeyboardInterrupt

    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        current = signal.getsignal(signum)
        if current in (signal.SIG_IGN, None):  # ignored by the caller (nohup, a background job): keep it so
            continue
        if signum == signal.SIGINT and current is not signal.default_int_handler:
            continue  # a caller's own Ctrl+C handler (a notebook, a test runner) wins
        previous[signum] = signal.signal(signum, _stop)
    return previous


#: Libraries whose log records reach stderr through Python's last-resort handler when nothing configures logging:
#: instructor printed "API call failed on attempt 1: ..." and "Max retries exceeded ..." for every failed LLM request,
#: beside marsad's own line for the same failure (pass 54).
#: ``marsad.index.search`` logs a search served by BM25 alone (the Chroma server failed) for the API's callers; the
#: commands tell it themselves, as ``marsad: warning: ...`` (pass 60).
QUIET_LOGGERS = ("instructor", "marsad.index.search")


def _quiet_library_logs() -> None:
    """Give :data:`QUIET_LOGGERS` a handler that drops their records, unless the caller configured logging."""
    import logging

    if logging.getLogger().handlers:  # the caller set up logging (a script, --verbose of a wrapper): keep it
        return
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        if not logger.handlers:
            logger.addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `marsad` console script; returns the exit status."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:  # told by the command's own parser (its usage, `marsad eval --help`): parse_args tells the top one's
        command = getattr(args, "command", None)
        words = list(sys.argv[1:] if argv is None else argv)
        before = words[: words.index(command)] if command in words else words  # `marsad --bogus eval`: the top's
        own = _command_parser(parser, command) if not set(extra) & set(before) else None
        (own or parser).error(f"unrecognized arguments: {' '.join(extra)}")
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    previous = _install_signal_handlers()
    _quiet_library_logs()
    try:
        status = int(args.func(args) or EXIT_OK)
        if argv is None and getattr(args, "exit_at_once", False):  # the process's own command line asked for it
            _exit_now(status)
        return status
    except MarsadError as err:
        print(f"marsad: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt as exc:  # an Interrupted tells its signal, and what was kept when the command says
        print(stopped_line(exc), file=sys.stderr)
        return 128 + (exc.signum if isinstance(exc, Interrupted) else signal.SIGINT)
    except BrokenPipeError:
        return EXIT_OK
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
