"""Events across documents: speed over the whole corpus, and merging quality on the real-news set.

Usage:
    python benchmarks/bench_events.py [--corpus PATH] [--limit N] [--workers N] [--records FILE]
                                      [--save-records FILE]

1. Extracts every corpus article with the offline rules (or reads ``--records``, a `marsad extract`
   JSONL), then times :func:`marsad.agent.events.build_events` over all of them (target <= 15 s on
   2 cores, records already extracted) and prints records, events and peak memory.
2. Merging quality, on the development slice only: the real-news set (evals/realnews/articles.jsonl)
   groups articles that report one incident (``cluster``). For each such incident, the share of its
   articles (those with an attack record) that land in its single best event; beside it the naive
   baselines: one event per article, and merge by date alone. Reserved (non-development) articles
   are never read for this part.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing as mp
import resource
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "arabic_news.jsonl.gz"
_X = None


def _init() -> None:
    global _X
    from marsad.agent.backends import get_extractor

    _X = get_extractor(None, "offline")


def _extract(line: str):
    from marsad.schemas import Document

    d = json.loads(line)
    doc = Document(doc_id=d["id"], title=d.get("title"), source=d.get("source"), published=d.get("date"),
                   text=d.get("text") or "")
    try:
        return _X.extract(doc).model_dump_json()
    except Exception:  # counted by absence, never fatal
        return None


def _records(args) -> list:
    from marsad.schemas import DocumentRecords

    if args.records:
        return [DocumentRecords.model_validate_json(x) for x in Path(args.records).read_text(encoding="utf-8").splitlines()
                if x.strip()]
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        lines = [x for _, x in zip(range(args.limit or 10**9), fh, strict=False)]
    t0 = time.perf_counter()
    ctx = mp.get_context("fork")
    with ctx.Pool(args.workers, initializer=_init) as pool:
        out = [DocumentRecords.model_validate_json(j) for j in pool.imap(_extract, lines, chunksize=16) if j]
    print(f"extracted {len(out)} of {len(lines)} articles in {time.perf_counter() - t0:.1f} s ({args.workers} workers)")
    return out


def _quality(records, events) -> None:
    rows = [json.loads(x) for x in (REPO / "evals" / "realnews" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    incident = {r["id"]: r["cluster"] for r in rows if r.get("cluster")}
    with_attacks = {r.doc_id for r in records if r.attacks and r.doc_id in incident}
    clusters = defaultdict(set)
    for doc_id in with_attacks:
        clusters[incident[doc_id]].add(doc_id)
    clusters = {k: v for k, v in clusters.items() if len(v) > 1}
    if not clusters:
        print("merging quality: no multi-article incident of the real-news set has attack records")
        return

    def share(groups: list[set[str]]) -> float:
        vals = []
        for docs in clusters.values():
            best = max((len(docs & g) for g in groups), default=1)
            vals.append(best / len(docs))
        return sum(vals) / len(vals)

    marsad = [{m.doc_id for m in e.mentions} for e in events]
    per_article = [{d} for docs in clusters.values() for d in docs]
    by_date = defaultdict(set)
    for r in records:
        for a in r.attacks:
            by_date[a.date or r.published].add(r.doc_id)
    print(f"merging quality on {len(clusters)} multi-article incidents of the real-news set "
          f"({sum(len(v) for v in clusters.values())} articles): share of an incident's articles in its best event")
    print(f"  marsad events       {share(marsad):.3f}")
    print(f"  one event/article   {share(per_article):.3f}")
    print(f"  merge by date alone {share(list(by_date.values())):.3f}  (merges every incident of a day)")
    sizes = Counter(len(g) for g in by_date.values())
    print(f"  date-alone events: {len(by_date)}; largest holds {max(sizes)} articles")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--records", type=Path, default=None, help="a `marsad extract` JSONL instead of extracting")
    ap.add_argument("--save-records", type=Path, default=None,
                    help="write the extracted records here (JSONL, for --records on a later run)")
    args = ap.parse_args()
    if not args.records and not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (pass --corpus or --records)", file=sys.stderr)
        return 2
    from marsad.agent.events import build_events

    records = _records(args)
    if args.save_records and not args.records:
        args.save_records.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")
    n_attacks = sum(len(r.attacks) for r in records)
    t0 = time.perf_counter()
    events = build_events(records)
    dt = time.perf_counter() - t0
    multi = sum(1 for e in events if len({m.doc_id for m in e.mentions}) > 1)
    print(f"events: {len(events)} from {n_attacks} attack records in {len(records)} articles; "
          f"{multi} events reported by 2+ articles; build {dt:.2f} s (target <= 15 s); "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    from marsad.evals.realnews.load import in_slice

    dev = [r for r in records if in_slice({"id": r.doc_id, "source": r.source})]
    _quality(dev, build_events(dev))  # the development slice on its own: reserved articles never weigh in
    return 0


if __name__ == "__main__":
    sys.exit(main())
