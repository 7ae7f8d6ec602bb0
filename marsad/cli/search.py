"""`marsad search "QUERY" -k N [--since DATE] [--until DATE] [--json]`: hybrid search over the ingested articles.

Each hit is an article: its rank, title, date and source, and the sentence that best
matches the query with the matched words highlighted (bold on a terminal, plain when
piped or with ``NO_COLOR``). ``--json`` prints every hit's fields plus ``snippet`` (that
sentence) and ``published``. ``--since``/``--until`` keep the articles published in that
period (a year, a month or a day; inclusive).
"""

from __future__ import annotations

import json
import os
import sys

from marsad.cli import add_publication_period, non_blank, positive_int

_MARK_ON, _MARK_OFF = "\033[1;33m", "\033[0m"


def register(subparsers, parents) -> None:
    p = subparsers.add_parser(
        "search", parents=parents, help="hybrid (BM25 + vector) search; Arabic or English queries",
        description="Find articles for an Arabic or English query. English names and terms are expanded to Arabic "
                    "through the bilingual lexicon.",
    )
    p.add_argument("query", type=non_blank,
                   help="the query, e.g. \"joint operations room in Kirkuk\" or \"غرفة عمليات مشتركة في كركوك\"")
    p.add_argument("-k", type=positive_int, default=5, help="number of hits (default 5)")
    add_publication_period(p)
    p.add_argument("--json", action="store_true", help="print a JSON list of hits")
    p.set_defaults(func=run)


def highlight(sentence: str, spans: list[tuple[int, int]], *, color: bool) -> str:
    """``sentence`` with ``spans`` marked in bold (terminal) or left plain."""
    if not color or not spans:
        return sentence
    out, last = [], 0
    for start, end in spans:
        out += [sentence[last:start], _MARK_ON, sentence[start:end], _MARK_OFF]
        last = end
    return "".join(out) + sentence[last:]


def _use_color() -> bool:
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _no_hits(settings, query: str, language: str, keyword_only: bool = False) -> str:
    """What 0 hits means (:func:`~marsad.core.errors.no_matches`, in the query's ``language``): an empty index (say
    how to fill it), or no article matching the query (say how many were searched) -- it said "has anything been
    ingested?" over 300 articles when the query matched none; with the Chroma server down (``keyword_only``), that
    only the keyword index was searched: the vectors would have given the nearest articles, so "try other words"
    misled."""
    from marsad.core.errors import no_matches
    from marsad.index.docstore import DB_NAME, DocStore

    count = 0
    if (settings.home / DB_NAME).exists():
        with DocStore(settings) as store:
            count = store.count()
    return no_matches(query, count, language, home=settings.home, keyword_only=keyword_only)


def run(args) -> int:
    from marsad.agent.asking import keyword_only_warning, question_language
    from marsad.cli import EXIT_OK, settings_from_args
    from marsad.core.display import no_query_word, outlet
    from marsad.index.period import parse_period
    from marsad.index.search import Searcher, snippet

    settings = settings_from_args(args)
    language = question_language(args.query)  # every message told in the query's language, as `marsad ask` answers
    period = parse_period(args.since, args.until)
    with Searcher(settings, translate=True, warm=False) as searcher:  # as index.search.search, keeping its warning
        hits = searcher.search(args.query, args.k, period=period)
        if hits.fault is not None:  # the Chroma server failed: BM25's hits alone, told (they may differ)
            print(f"marsad: warning: {keyword_only_warning(settings, hits.fault, language)}", file=sys.stderr)
    if not hits:
        from marsad.core.errors import index_being_built
        from marsad.index.locking import ingest_running

        if ingest_running(settings.home):  # the first ingest into this home: 0 hits would mislead
            print(f"marsad: {index_being_built(settings.home, language)}", file=sys.stderr)
    snippets = [snippet(h.text, args.query, title=h.title) for h in hits]
    if args.json:
        rows = [h.model_dump() | {"snippet": s, "published": h.published, "matched": bool(spans)}
                for h, (s, spans) in zip(hits, snippets, strict=True)]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not hits:
        from marsad.cli import no_hits_in_period_of

        empty = no_hits_in_period_of(settings, period, language) if period is not None else None
        print(empty or _no_hits(settings, args.query, language, keyword_only=hits.fault is not None))  # an empty home: nothing is ingested, whatever the period
    color = _use_color()
    for rank, (hit, (sentence, spans)) in enumerate(zip(hits, snippets, strict=True), start=1):
        print(f"{rank}. {hit.title or hit.doc_id}")
        meta = [m for m in (hit.published, outlet(hit.source), hit.doc_id if hit.title else None) if m]
        if not spans:  # none of the query's words: mostly the vectors' fill-in, the nearest, not a match (as the app)
            meta.append(no_query_word(language))
        print("   " + " · ".join(meta))
        if sentence:
            print("   " + highlight(sentence, spans, color=color).replace("\n", " "))
        print()
    return EXIT_OK
