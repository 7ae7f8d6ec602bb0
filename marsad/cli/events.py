"""`marsad events [--since DATE] [--until DATE] [--json] [--out FILE --format jsonl|csv|geojson]`: one row per
real-world incident. ``--since``/``--until`` keep the events whose own date (the incident's, not the articles'
publication; for an undated event, the day it was first reported) lies in that period."""

from __future__ import annotations

import json
import sys
from pathlib import Path

#: The widest place cell of the table; the column is as wide as its longest place up to this (18 at least).
PLACE_WIDTH = 28


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "events", parents=parents, help="merge the attack records of every stored article into events",
        description="Group the attack records of every ingested article into events (one per real-world incident, "
                    "with every source and citation). Articles with no records yet are extracted first with the "
                    "configured backend; re-runs only extract new articles.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list of events (with their mentions); over a period holding none, [] and where "
                        "the events are on stderr")
    p.add_argument("--out", type=Path, default=None,
                   help="write the events to FILE (see --format; --format alone prints them)")
    p.add_argument("--format", choices=("jsonl", "csv", "geojson"), default=None,
                   help="jsonl, an ACLED-like csv, or a GeoJSON FeatureCollection of located events (default: "
                        "FILE's suffix, else jsonl; a FILE named for another of them is refused)")
    p.add_argument("--toll", choices=("latest", "max", "min"), default="latest",
                   help="killed/injured of an event: the latest total reported (default), the highest, or the "
                        "most conservative; the low-high range is always kept beside it")
    p.add_argument("--since", metavar="DATE",
                   help="only events dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD): the incident's own date "
                        "(one told only to the month must lie wholly inside), else the day it was first reported; not the "
                        "articles' publication date, which `search`/`ask --since` read")
    p.add_argument("--until", metavar="DATE", help="only events dated on or before DATE (a month is the whole month)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def run(args) -> int:
    from marsad.agent.archive import archive_records
    from marsad.agent.events import build_events
    from marsad.agent.events_export import (
        FIRST_REPORTED_NOTE,
        event_place,
        event_when,
        events_text,
        is_located,
        write_events,
    )
    from marsad.agent.events_period import events_in_period, period_pointer
    from marsad.cli import EXIT_OK, RecordsProgress, check_out, out_format, settings_from_args
    from marsad.index.period import parse_period

    settings = settings_from_args(args)
    check_out(args.out)
    fmt = out_format(args.out, args.format, ("jsonl", "csv", "geojson"))  # a refused name stops before any work
    period = parse_period(args.since, args.until)  # checked before any extraction runs
    stats: dict = {}
    progress = RecordsProgress(args.no_progress)
    events = build_events(archive_records(settings, progress=progress, stats=stats), policy=args.toll)
    progress.close()
    every = [e.as_dict() for e in events]
    # merged over the whole archive first: a period's event keeps its sources from outside it
    rows, left_out = events_in_period(every, period)
    pointer = period_pointer(every, period) if period is not None and not rows else None
    if args.out is not None:
        write_events(rows, args.out, fmt)
    # a GeoJSON holds the located events only: the "wrote" line says how many it left out and how to keep them
    located = sum(map(is_located, rows)) if fmt == "geojson" else len(rows)
    wrote = None if args.out is None else f"wrote {args.out}" + left_out_note(args.out, located, len(rows))
    if args.json or (args.format and args.out is None):  # stdout is for a JSON or table reader: the pointer on stderr
        if pointer:
            print(pointer, file=sys.stderr)
        if wrote is not None and located < len(rows):  # and what the file left out (ux61: it was never told here)
            print(wrote, file=sys.stderr)
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n" if args.json else
                         events_text(rows, args.format))
        return EXIT_OK
    mentions = sum(r["n_mentions"] for r in rows)
    print(f"{len(rows)} events from {mentions} attack records in {stats.get('documents', 0)} articles "
          f"({stats.get('extracted', 0)} extracted now, {stats.get('failed', 0)} failed)")
    if period is not None:
        print(f"dated {period.describe()}; {left_out} other events (outside, told too vaguely, or only recalled undated) left out")
        if pointer:
            print(pointer)
    places = [event_place(r) or "?" for r in rows[:20]]
    width = max([18, *(min(len(p), PLACE_WIDTH) for p in places)])  # a long place name no longer shifts its row
    for r, place in zip(rows[:20], places, strict=True):
        place = place if len(place) <= width else place[: width - 1] + "…"
        toll = "" if r["killed"] is None else f"killed {r['killed']}"
        if r["killed_low"] is not None and r["killed_low"] != r["killed_high"]:
            toll += f" ({r['killed_low']}-{r['killed_high']} reported)"
        when = event_when(r)
        print(f"{when:<11} {place:<{width}} {r['attack_type']:<14} {toll:<26} "
              f"{len(r['doc_ids'])} source(s)  {r['event_id']}")
    if len(rows) > 20:  # with --out it told "use --json or --out" beside the file it wrote (ux61)
        where = ("(use --json or --out)" if args.out is None else f"(see {args.out})" if located == len(rows)
                 else f"(use --json; {args.out} has the located ones only)")  # never "see FILE" for a file lacking some
        print(f"... {len(rows) - 20} more {where}")
    if any(event_when(r).startswith("~") for r in rows[:20]):
        print(FIRST_REPORTED_NOTE)
    if wrote is not None:
        print(wrote)  # ux61: the events a GeoJSON left out vanished untold
    return EXIT_OK


def left_out_note(out: Path, located: int, total: int) -> str:
    """What follows ``wrote FILE`` when FILE (a GeoJSON) left events out: how many, and the ``--out`` that keeps
    them (the format follows FILE's name; ``--format csv`` beside a ``.geojson`` name is refused). Empty when FILE
    holds every event."""
    if located >= total:
        return ""
    stem = out.with_suffix("")
    return (f" ({located} located; {total - located} without coordinates were left out: --out {stem}.csv or "
            f"{stem}.jsonl keeps every event)")
