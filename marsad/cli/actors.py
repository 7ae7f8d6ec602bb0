"""`marsad actors [--json] [-n N]`: the canonical actors across every stored article."""

from __future__ import annotations

import json

from marsad.cli import positive_int


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "actors", parents=parents, help="canonical actors across all articles, with aliases and counts",
        description="List canonical actors (forces, groups, bodies, officials, outlets) across every ingested "
                    "article: the spellings seen, type, affiliation, roles held by persons, mention counts and "
                    "first/last seen dates. Articles with no records yet are extracted first.",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("-n", type=positive_int, default=30, help="rows to print without --json (default 30)")
    p.set_defaults(func=run)


def run(args) -> int:
    from marsad.agent.archive import archive_records
    from marsad.agent.registry import build_actor_registry
    from marsad.cli import EXIT_OK, settings_from_args

    rows = [r.as_dict() for r in build_actor_registry(archive_records(settings_from_args(args)))]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{len(rows)} actors")
    for r in rows[: args.n]:
        aliases = ", ".join(r["aliases"][:4])
        print(f"{r['documents']:>4} docs {r['mentions']:>5}x  {r['actor_id']:<28} {r['type'] or '':<17} "
              f"{r['name_en'] or r['canonical_name'] or ''}  [{aliases}]  {r['first_seen'] or ''}..{r['last_seen'] or ''}")
    return EXIT_OK
