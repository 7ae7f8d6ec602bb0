"""`marsad search "QUERY" -k N [--json]`: hybrid search over the ingested articles."""

from __future__ import annotations

import json


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "search", parents=parents, help="hybrid (BM25 + vector) search; Arabic or English queries",
        description="Find passages for an Arabic or English query. English names and terms are expanded to Arabic "
                    "through the bilingual lexicon.",
    )
    p.add_argument("query", help="the query, e.g. \"joint operations room in Kirkuk\" or \"غرفة عمليات مشتركة في كركوك\"")
    p.add_argument("-k", type=int, default=5, help="number of hits (default 5)")
    p.add_argument("--json", action="store_true", help="print a JSON list of hits")
    p.set_defaults(func=run)


def run(args) -> int:
    from marsad.cli import EXIT_OK, settings_from_args
    from marsad.index.search import search

    hits = search(settings_from_args(args), args.query, k=args.k)
    if args.json:
        print(json.dumps([h.model_dump() for h in hits], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        print("no hits (has anything been ingested? try `marsad ingest data/samples`)")
    for rank, hit in enumerate(hits, start=1):
        print(f"{rank}. {hit.doc_id}  score={hit.score:.4f}  [{hit.start}:{hit.end}]")
        if hit.title:
            print(f"   {hit.title}")
        print("   " + hit.text.replace("\n", "\n   "))
        print()
    return EXIT_OK
