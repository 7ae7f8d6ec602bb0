"""What a command tells of its run: stopped by Ctrl+C or SIGTERM, an input skipped, an output it cannot or must
not write, the records of an input whose dates were kept as written."""

from __future__ import annotations

import signal
import sys

from marsad.core.errors.base import ConfigError, InputError


def cannot_write(path, exc: OSError, flag: str = "--out") -> InputError:
    """The one message for an output file that cannot be written (a directory, a missing or read-only place)."""
    return InputError(str(path), f"cannot be written: {exc}", hint=f"choose a writable {flag} path")


def out_holds_articles(out, named: bool, foreign: bool = False) -> ConfigError:
    """The one error of `marsad extract --out FILE` when FILE is one of the inputs (``named``), holds articles, or
    (``foreign``) holds anything else than the records of a `marsad extract` run: the run appends records to its output
    and trims an unfinished last line, so it would change the file."""
    from pathlib import Path

    what = ("is also an input PATH" if named else
            "is not the records output of a `marsad extract` run (its first line is no records line)" if foreign else
            "holds articles (its first line has a `text`), not records")
    stem = Path(str(out)).name.split(".")[0] or "records"
    return ConfigError(f"--out {out} {what}: `marsad extract` appends its records to --out (and trims an unfinished "
                       f"last line), so it would change {'that file' if foreign else 'those articles'}; nothing was "
                       "written",
                       hint=f"give another --out, e.g. --out out/{stem}.records.jsonl")


class Interrupted(KeyboardInterrupt):
    """Ctrl+C (SIGINT) or SIGTERM stopped a command; :func:`stopped_line` is what the CLI tells of it.

    A command that knows what its output holds raises it with the counts (``marsad extract``: before ux61 the line
    said no figure, and a Ctrl+C on a run of thousands of documents left the user to count the lines); the CLI's
    SIGTERM handler raises it with ``signum`` alone. Still a ``KeyboardInterrupt``: every ``except
    KeyboardInterrupt`` catches it.

    Args:
        signum: the signal that stopped the command.
        documents: documents the output holds, when the command tells it (then ``out``, ``extracted`` and
            ``failed`` too).
        out: the output file.
        extracted: documents this run extracted.
        failed: documents this run failed on.
    """

    def __init__(self, signum: int = signal.SIGINT, *, documents: int | None = None, out=None, extracted: int = 0,
                 failed: int = 0):
        super().__init__(signum)
        self.signum = signum
        self.documents = documents
        self.out = out
        self.extracted = extracted
        self.failed = failed

    @classmethod
    def kept(cls, stopped: KeyboardInterrupt, *, documents: int, out, extracted: int, failed: int) -> Interrupted:
        """``stopped`` (a plain Ctrl+C or an :class:`Interrupted`), with what the output holds."""
        signum = stopped.signum if isinstance(stopped, Interrupted) else signal.SIGINT
        return cls(signum, documents=documents, out=out, extracted=extracted, failed=failed)


class Stopped(Interrupted):
    """SIGTERM (``kill``, a service manager, a job scheduler) stops a command the way Ctrl+C does (raised by the
    CLI's signal handler, :mod:`marsad.cli`)."""


def stopped_line(stopped: KeyboardInterrupt) -> str:
    """The line a command stopped by Ctrl+C or SIGTERM ends with (on stderr; exit 128 + the signal): what is kept and
    that a re-run resumes; with the counts of an :class:`Interrupted` that has them, ``marsad: interrupted;
    1,200 document(s) are in out.jsonl (1,150 extracted by this run, 2 failed): finished work is kept ...``."""
    signum = stopped.signum if isinstance(stopped, Interrupted) else signal.SIGINT
    how = "stopped (SIGTERM)" if signum == signal.SIGTERM else "interrupted"
    kept = ""
    if isinstance(stopped, Interrupted) and stopped.documents is not None:
        kept = (f"{stopped.documents:,} document(s) are in {stopped.out} ({stopped.extracted:,} extracted by this run, "
                f"{stopped.failed:,} failed): ")
    return f"marsad: {how}; {kept}finished work is kept and a re-run resumes"


def say_skipped(label: str, reason: str, hint: str | None, shown: set[str]) -> None:
    """Tell on stderr that one input was skipped (``marsad: skipped LABEL: reason``), and its Fix line the first time
    that line comes up (``shown`` holds the Fix lines already told, and gets this one): the one wording of a skipped
    input for `marsad ingest` (after the run) and `marsad extract` (as it goes)."""
    print(f"marsad: skipped {label}: {reason}", file=sys.stderr)
    if hint and hint not in shown:
        shown.add(hint)
        print(f"  Fix: {hint}", file=sys.stderr)


class DatesKept:
    """The records of one batch (one ``marsad ingest``/``marsad extract`` run, one upload in the app, one call of
    :func:`marsad.index.loaders.iter_documents`) whose date Marsad cannot read ("yesterday"; ``05/06/2016``, day-first
    or month-first) and kept as written: the document is kept, without a publication date, so its "أمس" is not
    resolved and ``--since``/``--until`` leave it out. Counted as the loaders read, told once per batch with the count
    and the first example (review64 finding 5 told it once per file; pass 64 not at all)."""

    def __init__(self) -> None:
        self.count = 0
        self.example: tuple[str, str] | None = None  # (file, date as written) of the first
        self._files: set[str] = set()

    def add(self, path, date: str) -> None:
        self.count += 1
        self._files.add(str(path))
        if self.example is None:
            self.example = (str(path), date)

    @property
    def files(self) -> int:
        return len(self._files)

    def __bool__(self) -> bool:
        return self.count > 0

    def as_dict(self) -> dict:
        """For a run report (JSON): ``{"count", "files", "example": {"file", "date"}}``; empty when none."""
        if not self:
            return {}
        return {"count": self.count, "files": self.files, "example": {"file": self.example[0], "date": self.example[1]}}

    def message(self, language: str = "en") -> str:
        """The one note, in English or Arabic (``language`` "ar"), with its Fix; "" when none."""
        if not self:
            return ""
        path, date = self.example
        if language == "ar":
            return (f"{self.count:,} مستند في {self.files:,} ملف تاريخه لا يقرؤه مرصد فأُبقي كما كُتب (مثل {date!r} في "
                    f"{path}): لا تاريخ نشر له، فلا يُحسب «أمس» فيه ويُترك خارج أي فترة؛ اكتب `date` كل سجل بالصيغة "
                    "YYYY-MM-DD")
        files = f" in {self.files:,} file(s)" if self.files > 1 else ""
        return (f"{self.count:,} record(s){files} have a date Marsad cannot read, kept as written (e.g. {date!r} in "
                f"{path}): they have no publication date, so their relative days (أمس) are not resolved and "
                "--since/--until leave them out")

    HINT = "write each record's `date` as YYYY-MM-DD (a date like 05/06/2016 may be day-first or month-first)"


def say_dates_kept(kept: DatesKept) -> None:
    """Tell ``kept`` once on stderr (``marsad: note: ...`` and its Fix line); nothing when it is empty."""
    if not kept:
        return
    print(f"marsad: note: {kept.message()}", file=sys.stderr)
    print(f"  Fix: {DatesKept.HINT}", file=sys.stderr)
