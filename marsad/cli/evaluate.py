"""`marsad eval`: score extraction, retrieval and QA on the golden set; gate on the baseline."""

from __future__ import annotations

import sys
from pathlib import Path


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "eval", parents=parents, help="evaluate on the golden set (evals/golden); gate on a baseline",
        description="Run extraction (--backend offline|llm, or --predictions FILE) over the golden articles, build a "
                    "temporary index for retrieval and QA, print a table and write report.md/report.json. With "
                    "--baseline, exit 1 when any metric drops by more than its tolerance. --backend llm without a "
                    "configured server (or with --replay) replays evals/recordings through a local server. "
                    "--golden evals/realnews scores the real-news set (tune and check apart); --suite retrieval "
                    "--corpus PATH compares four rankers over the whole corpus.",
    )
    p.add_argument("--predictions", type=Path, metavar="FILE.jsonl",
                   help="score this extraction output (from `marsad extract`) instead of running an extractor")
    p.add_argument("--report-dir", type=Path, metavar="DIR", help="where report.md and report.json go "
                   "(default: <home>/eval)")
    p.add_argument("--baseline", type=Path, metavar="FILE", help="compare with this baseline (evals/baseline.json)")
    p.add_argument("--update-baseline", action="store_true",
                   help="rewrite this mode's section of the baseline with this run's metrics (tolerance min(0.02, "
                        "0.9/n) per metric; a lowered figure needs a line in evals/BASELINE_CHANGES.md)")
    p.add_argument("--suite", default=None, metavar="LIST",
                   help="comma-separated subset of extraction,retrieval,qa (default: all three; an llm replay "
                        "asks the questions that have a recorded conversation)")
    p.add_argument("--record", action="store_true",
                   help="llm: run against the configured real server and write evals/recordings")
    p.add_argument("--replay", action="store_true", help="llm: replay evals/recordings even if a server is configured")
    p.add_argument("--index-home", type=Path, metavar="DIR",
                   help="build the retrieval/QA index in DIR instead of a temporary directory")
    p.add_argument("--golden", type=Path, metavar="DIR",
                   help="set directory (default: evals/golden; evals/heldout; evals/realnews = the real-news set, "
                        "texts read from the shared corpus, skipped when it is absent)")
    p.add_argument("--corpus", type=Path, metavar="FILE.jsonl.gz",
                   help="the shared corpus: the real-news set's texts, and with --suite retrieval/qa the whole "
                        "corpus indexed once (cached) for archive-scale retrieval (hybrid, BM25, vector, plain bm25s side by side) and "
                        "QA (default: $MARSAD_CORPUS, else ../shared/corpus/arabic_news.jsonl.gz)")
    p.add_argument("--archive-dir", type=Path, metavar="DIR",
                   help="where the archive index of --corpus is cached (default: ~/.cache/marsad/archive)")
    p.add_argument("--recordings", type=Path, metavar="DIR", help="recordings directory (default: evals/recordings)")
    p.set_defaults(func=run)


def _check_paths(args) -> None:
    """A flag naming a missing file or directory is a usage error that names the flag (it was a traceback).

    Raises:
        ConfigError: ``--golden``/``--recordings`` (read, not ``--record``) is not a directory, or
            ``--corpus``/``--predictions``/``--baseline`` (read, not ``--update-baseline``) is not a file.
    """
    from marsad.core.errors import ConfigError

    for flag, path, want_dir in (("--golden", args.golden, True),
                                 ("--recordings", None if args.record else args.recordings, True),
                                 ("--corpus", args.corpus, False), ("--predictions", args.predictions, False),
                                 ("--baseline", None if args.update_baseline else args.baseline, False)):
        if path is None or (path.is_dir() if want_dir else path.is_file()):
            continue
        what = "directory" if want_dir else "file"
        found = "is a file, not a directory" if path.is_file() else ("is a directory, not a file" if path.is_dir()
                                                                     else "does not exist")
        raise ConfigError(f"{flag} {path}: {found}",
                          hint=f"give an existing {what} (a relative path is read from {Path.cwd()})"
                               + ("; the sets are evals/golden, evals/heldout and evals/realnews in the repository"
                                  if flag == "--golden" else ""))


def run(args) -> int:
    from marsad.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, settings_from_args
    from marsad.evals import GOLDEN_DIR, RECORDINGS_DIR
    from marsad.evals.harness import run_eval

    if args.record and args.replay:
        print("marsad: error: --record and --replay exclude each other\n  Fix: use --record to call a live server and write recordings, or --replay to replay them", file=sys.stderr)
        return EXIT_USAGE
    _check_paths(args)
    result = run_eval(
        settings_from_args(args),
        suites=args.suite,
        predictions=args.predictions,
        report_dir=args.report_dir,
        baseline=args.baseline,
        update=args.update_baseline,
        record=args.record,
        replay=args.replay,
        index_home=args.index_home,
        golden_dir=args.golden or GOLDEN_DIR,
        recordings_dir=args.recordings or RECORDINGS_DIR,
        corpus=args.corpus,
        archive_dir=args.archive_dir,
    )
    return EXIT_ERROR if result.regressions else EXIT_OK
