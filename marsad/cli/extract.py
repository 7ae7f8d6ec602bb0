"""`marsad extract`: records from files (or every stored document) into JSON Lines (and CSV tables)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from marsad.cli import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, positive_int, print_left_out, settings_from_args


def register(subparsers, parents) -> None:
    """Add the `extract` sub-command."""
    p = subparsers.add_parser(
        "extract", parents=parents, help="extract actors, attacks, joint rooms and agreements with citations",
        description="Extract records straight from files (no ingest needed) or from every stored document (--all). "
                    "One JSON line per document; an interrupted run resumes; a bad document is reported and skipped.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (.txt .md .html .json .jsonl .jsonl.gz)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.jsonl",
                   help="output JSON Lines file: a new or empty file, or the records of an earlier run (resumed); any "
                        "other file is refused")
    p.add_argument("--format", dest="fmt", choices=("jsonl", "csv"), default="jsonl",
                   help="csv also writes FILE.<type>.csv per record type")
    p.add_argument("--all", dest="use_all", action="store_true", help="extract every document in the store")
    p.add_argument("--since", metavar="DATE",
                   help="extract only documents published on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD); with an "
                        "LLM backend this bounds the cost to the period you study")
    p.add_argument("--until", metavar="DATE",
                   help="extract only documents published on or before DATE (a month is the whole month)")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.add_argument("--workers", type=positive_int, default=None,
                   help="processes for the offline rules (default: up to 2)")
    p.add_argument("--batch-api", dest="batch_api", action="store_true",
                   help="with --backend llm: send the windows as one OpenAI Batch job (half price), poll it, then "
                        "write the outputs from its replies; an interrupted run resumes its batch (OpenAI's Batch API: vLLM, "
                        "Ollama and llama.cpp have none)")
    p.add_argument("--batch-poll", dest="batch_poll", type=float, default=10.0, metavar="SECONDS",
                   help="seconds between two checks of a running batch (default 10)")
    p.set_defaults(func=run)


def _batch_api(args: argparse.Namespace, settings, period) -> int:
    """Fill the LLM response cache through the Batch API for the documents this run will extract."""
    from marsad.agent.backends import get_extractor
    from marsad.agent.batch import load_done
    from marsad.agent.llm.batch_api import run_batch_api
    from marsad.core.errors import MarsadError

    extractor = get_extractor(settings, args.backend)
    if extractor.name != "llm":
        print("marsad extract: --batch-api needs --backend llm (and a configured LLM server)", file=sys.stderr)
        return EXIT_USAGE
    done = load_done(args.out)

    def documents():
        if args.use_all:
            from marsad.index.docstore import DocStore

            with DocStore(settings) as store:
                yield from store.iter_documents()
            return
        from marsad.index.loaders import iter_documents

        for item in iter_documents([str(p) for p in args.paths]):
            if not isinstance(item, MarsadError):
                yield item

    todo = [d for d in documents() if done.get(d.doc_id) != (d.sha256, extractor.version)
            and (period is None or period.contains(d.published))]
    result = run_batch_api(extractor, todo, poll_seconds=args.batch_poll, progress=args.progress)
    print(json.dumps({"batch_api": result}, ensure_ascii=False), file=sys.stderr)
    return EXIT_OK


def summary(report: dict) -> dict:
    """The run report as printed: the failures were each printed as they happened (``skipped ...``) and are in
    FILE.errors.jsonl, so they are counted here, not listed again (thousands of bad lines drowned the summary);
    the files left out are said in one line of their own."""
    return {k: v for k, v in report.items() if k not in ("failures", "left_out") and not (k == "interrupted" and not v)}


# ``extract PATH --all`` is a usage error: --all reads the store and silently ignored the PATH given (a user fix, once
# behind PATHS_OR_ALL).


def run(args: argparse.Namespace) -> int:
    """Run the extraction; exit 0, 4 when some inputs failed, 1 when nothing could be read, 2 on bad usage."""
    if not args.paths and not args.use_all:
        print("marsad extract: give PATH... or --all", file=sys.stderr)
        return EXIT_USAGE
    if args.paths and args.use_all:
        print("marsad extract: give PATH... or --all, not both (--all extracts every stored document and would "
              "ignore the paths)\n  Fix: drop --all to extract the files, or `marsad ingest PATH` first and keep "
              "--all", file=sys.stderr)
        return EXIT_USAGE
    settings = settings_from_args(args)
    from marsad.agent.batch import check_out_name, check_out_not_input, run_extract
    from marsad.core.errors import say_dates_kept
    from marsad.index.period import parse_period

    period = parse_period(args.since, args.until)
    check_out_name(args.out)  # before a Batch API job is submitted and paid for
    check_out_not_input(args.out, [] if args.use_all else [str(p) for p in args.paths])
    if getattr(args, "batch_api", False):
        status = _batch_api(args, settings, period)
        if status != EXIT_OK:
            return status

    result = run_extract(settings, [str(p) for p in args.paths], args.out, fmt=args.fmt, use_all=args.use_all,
                         backend=args.backend, progress=args.progress, workers=args.workers, period=period,
                         own_process=True)
    say_dates_kept(result.dates_kept)  # once for the run, before its summary
    print(json.dumps(summary(result.as_dict()), ensure_ascii=False, indent=2), file=sys.stderr)
    if result.left_out:
        print_left_out([(path, "") for path in result.left_out])
    if result.failed:
        return EXIT_PARTIAL if (result.extracted or result.skipped) else EXIT_ERROR
    return EXIT_OK
