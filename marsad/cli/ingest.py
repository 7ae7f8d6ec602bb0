"""`marsad ingest PATH...`: read files and directories into the store and the index."""

from __future__ import annotations


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "ingest", parents=parents, help="read articles (.txt .md .html .json .jsonl .jsonl.gz, directories) into the index",
        description="Store documents verbatim and index their chunks (Chroma + BM25). Re-ingesting the same content "
                    "is a no-op; changed content replaces that document; another folder's file of the same name with other "
                    "text is kept beside it (told, with its id). Bad files are reported and skipped.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (read recursively)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args) -> int:
    from marsad.cli import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, print_failures, print_left_out, settings_from_args
    from marsad.core.errors import say_dates_kept
    from marsad.index.ingest import ingest

    report = ingest(settings_from_args(args), args.paths, progress=not args.no_progress)
    print_failures(report.failed, report.hints)
    print_left_out(report.left_out)
    say_dates_kept(report.dates_kept)
    for line in report.kept_beside_notes():
        print(line)
    print(report.summary())
    if not report.failed:
        return EXIT_OK
    return EXIT_PARTIAL if report.ingested else EXIT_ERROR
