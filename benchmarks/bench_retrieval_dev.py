"""Retrieval on the development slice, four systems side by side, quick to re-run while tuning search.

    .venv/bin/python benchmarks/bench_retrieval_dev.py --home HOME --slice DEV.jsonl [--split tune|check|all]

``HOME`` is a Marsad home with the development-slice articles ingested (``marsad ingest
DEV.jsonl``); ``DEV.jsonl`` is that slice (one article a line: id, title, text), read to build
the baseline: a plain ``bm25s`` index over whole articles (title + text, PyStemmer's Arabic
stemmer), cached beside the home. Queries come from ``evals/realnews/retrieval.jsonl``; only
the ``--split`` asked for is run (tune while tuning, check once at the end).

Prints hit@1/5/10, MRR and nDCG@10 per language for: Marsad hybrid (what ``marsad search``
does), its BM25 half alone, its vector half alone, and the bm25s baseline; ``--misses``
also lists the queries the hybrid ranks below 1. The eval suite (``marsad eval --suite
retrieval --corpus``) runs the same comparison over the whole corpus; this one indexes
only the slice, so a run takes seconds.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ROOT / "evals" / "realnews" / "retrieval.jsonl"
SYSTEMS = ("hybrid", "bm25", "vector", "bm25s_articles")
DEPTH = 50


def load_queries(split: str) -> list[dict]:
    rows = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [q for q in rows if split == "all" or q["split"] == split]


def bm25s_baseline(slice_path: Path, cache: Path):
    """A ranker over whole articles with plain bm25s (built once, cached in ``cache``)."""
    import bm25s

    from marsad.evals.retrieval_archive import bm25s_tokenize

    if (cache / "ids.json").exists():
        model = bm25s.BM25.load(str(cache))
        ids = json.loads((cache / "ids.json").read_text(encoding="utf-8"))
    else:
        ids, texts = [], []
        with open(slice_path, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                ids.append(rec["id"])
                texts.append(f"{rec.get('title') or ''}\n{rec['text']}")
        model = bm25s.BM25()
        model.index(bm25s_tokenize(texts, ids=True), show_progress=False)
        cache.mkdir(parents=True, exist_ok=True)
        model.save(str(cache))
        (cache / "ids.json").write_text(json.dumps(ids), encoding="utf-8")

    def rank(query: str, depth: int) -> list[str]:
        tokens = bm25s_tokenize([query], ids=False)
        if not tokens or not tokens[0]:
            return []
        docs, scores = model.retrieve(tokens, k=min(depth, len(ids)), show_progress=False)
        return [ids[int(d)] for d, s in zip(docs[0], scores[0], strict=True) if s > 0]

    return rank


def rank_all(home: Path, slice_path: Path, queries: list[dict], depth: int = DEPTH) -> dict[str, dict[str, list[str]]]:
    from marsad.core.config import resolve_settings
    from marsad.evals.retrieval_archive import search_halves
    from marsad.index.search import Searcher

    settings = resolve_settings({"home": str(home), "backend": "offline"})
    baseline = bm25s_baseline(slice_path, home.parent / (home.name + ".bm25s"))
    out: dict[str, dict[str, list[str]]] = {s: {} for s in SYSTEMS}
    with Searcher(settings) as searcher:
        for q in queries:
            out["hybrid"][q["id"]] = [h.doc_id for h in searcher.search(q["query"], k=depth, candidates=depth)]
            out["bm25"][q["id"]], out["vector"][q["id"]] = search_halves(searcher, q["query"], depth)
            out["bm25s_articles"][q["id"]] = baseline(q["query"], depth)
    return out


def score(rankings, queries: list[dict]) -> dict[tuple[str, str], dict[str, float]]:
    from marsad.evals.metrics import first_relevant_rank, hit_at_k, mean_reciprocal_rank, ndcg_at_k

    groups: dict[str, list[dict]] = {"all": list(queries)}
    for q in queries:
        groups.setdefault(q["language"], []).append(q)
    table = {}
    for system, ranked in rankings.items():
        for lang, qs in groups.items():
            ranks = [first_relevant_rank(ranked[q["id"]][:10], q["relevant"]) for q in qs]
            row = {f"hit@{k}": hit_at_k(ranks, k) for k in (1, 5, 10)}
            row["mrr"] = mean_reciprocal_rank(ranks)
            row["ndcg@10"] = sum(ndcg_at_k(ranked[q["id"]][:10], q["relevant"], 10) for q in qs) / len(qs)
            row["n"] = len(qs)
            table[(system, lang)] = row
    return table


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--home", type=Path, required=True, help="a Marsad home with the development slice ingested")
    ap.add_argument("--slice", type=Path, required=True, help="the development-slice articles (jsonl)")
    ap.add_argument("--split", choices=("tune", "check", "all"), default="tune")
    ap.add_argument("--misses", action="store_true", help="list queries the hybrid does not rank first")
    ap.add_argument("--json", type=Path, help="also write the table and per-query ranks here")
    args = ap.parse_args(argv)
    queries = load_queries(args.split)
    t0 = time.perf_counter()
    rankings = rank_all(args.home, args.slice, queries)
    table = score(rankings, queries)
    cols = ("hit@1", "hit@5", "hit@10", "mrr", "ndcg@10")
    for lang in ("all", "ar", "en"):
        if ("hybrid", lang) not in table:
            continue
        print(f"{args.split} — {lang} (n={table[('hybrid', lang)]['n']})")
        print(f"  {'system':<16}" + "".join(f"{c:>9}" for c in cols))
        for system in SYSTEMS:
            print(f"  {system:<16}" + "".join(f"{table[(system, lang)][c]:>9.3f}" for c in cols))
    print(f"({len(queries)} queries in {time.perf_counter() - t0:.1f} s)")
    if args.misses:
        from marsad.evals.metrics import first_relevant_rank

        for q in queries:
            r = first_relevant_rank(rankings["hybrid"][q["id"]][:10], q["relevant"])
            b = first_relevant_rank(rankings["bm25s_articles"][q["id"]][:10], q["relevant"])
            if r != 1:
                print(f"  {q['id']} {q['language']} hybrid={r} bm25s={b}  {q['query']}")
    if args.json:
        args.json.write_text(json.dumps({"table": {f"{s}.{lang}": v for (s, lang), v in table.items()},
                                         "rankings": rankings}, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
