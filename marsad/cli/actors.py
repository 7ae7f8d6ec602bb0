"""`marsad actors [--json] [-n N] [--out FILE --format jsonl|csv]`: the canonical actors across every stored
article."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.cli import positive_int


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "actors", parents=parents, help="canonical actors across all articles, with aliases and counts",
        description="List canonical actors (forces, groups, bodies, officials, outlets) across every ingested "
                    "article: the spellings seen, type, affiliation, roles held by persons, the number of articles "
                    "naming each (and their ids) and first/last seen dates. Articles with no records yet are "
                    "extracted first.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("-n", type=positive_int, default=30, help="rows to print without --json (default 30)")
    p.add_argument("--out", type=Path, default=None,
                   help="write every actor to FILE (see --format; --format alone prints them)")
    p.add_argument("--format", choices=("jsonl", "csv"), default=None,
                   help="jsonl or csv (lists joined with ' | '; default: FILE's suffix, else jsonl; a FILE named for the other one is refused)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar (as `marsad events`)")
    p.set_defaults(func=run)


def run(args) -> int:
    from marsad.agent.archive import archive_records
    from marsad.agent.registry import actors_text, build_actor_registry, write_actors
    from marsad.cli import EXIT_OK, RecordsProgress, check_out, out_format, settings_from_args

    check_out(args.out)
    fmt = out_format(args.out, args.format, ("jsonl", "csv"))  # a refused name stops before any extraction
    progress = RecordsProgress(args.no_progress)
    rows = [r.as_dict() for r in build_actor_registry(archive_records(settings_from_args(args), progress=progress))]
    progress.close()
    if args.out is not None:
        write_actors(rows, args.out, fmt)
    if args.format and args.out is None and not args.json:  # --format without --out: the table on stdout
        sys.stdout.write(actors_text(rows, args.format))
        return EXIT_OK
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{len(rows)} actors")
    for r in rows[: args.n]:
        aliases = ", ".join(r["aliases"][:4])
        seen = f"{r['mentions']:>5}x  " if "mentions" in r else ""
        print(f"{r['documents']:>4} docs {seen}{r['actor_id']:<28} {r['type'] or '':<17} "
              f"{r['name_en'] or r['canonical_name'] or ''}  [{aliases}]  {r['first_seen'] or ''}..{r['last_seen'] or ''}")
    if len(rows) > args.n:
        print(f"... {len(rows) - args.n} more (use --json or --out)")
    if args.out is not None:
        print(f"wrote {args.out}")
    return EXIT_OK
