"""Offline extraction speed and robustness over the shared corpus.

Usage:
    python benchmarks/bench_extract.py [--corpus PATH] [--limit N] [--workers N]

Prints articles/s (wall clock), the workers' CPU time per article and the rate that CPU time
gives with every worker on a core of its own (what a shared machine's wall clock hides; target:
>= 200 articles/s on 2 cores), the load average before and after, peak memory (parent and
workers), the records found, and the robustness counters: documents that failed and citations
whose quote is not the text at their span (both must be 0).
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing as mp
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "arabic_news.jsonl.gz"
_X = None


def _init() -> None:
    global _X
    from marsad.agent.extraction_process import settle_for_extraction
    from marsad.agent.offline import OfflineExtractor

    _X = OfflineExtractor()
    settle_for_extraction()  # as a batch worker is


def _work(doc):
    """Extract one document and check every citation against its text:
    (records per type, bad quotes, error, CPU seconds of the extraction)."""
    t0 = time.process_time()
    try:
        rec = _X.extract(doc)
    except Exception as exc:  # counted, never fatal
        return None, 0, f"{doc.doc_id}: {type(exc).__name__}: {exc}", time.process_time() - t0
    cpu = time.process_time() - t0
    counts = {}
    bad = 0
    for kind in ("actors", "attacks", "joint_rooms", "agreements"):
        items = getattr(rec, kind)
        counts[kind] = len(items)
        for r in items:
            for c in r.citations:
                if doc.text[c.start:c.end] != c.quote:
                    bad += 1
    return counts, bad, None, cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    from marsad.index.loaders import iter_documents
    from marsad.schemas import Document

    docs = (d for d in iter_documents([args.corpus]) if isinstance(d, Document))
    if args.limit:
        docs = itertools.islice(docs, args.limit)
    totals = {"actors": 0, "attacks": 0, "joint_rooms": 0, "agreements": 0}
    n = bad_quotes = 0
    cpu = 0.0
    errors: list[str] = []
    load_before = os.getloadavg()
    t0 = time.perf_counter()
    ctx = mp.get_context("fork")
    with ctx.Pool(args.workers, initializer=_init) as pool:
        for counts, bad, err, seconds in pool.imap_unordered(_work, docs, chunksize=16):
            n += 1
            cpu += seconds
            if err:
                errors.append(err)
                continue
            bad_quotes += bad
            for k, v in counts.items():
                totals[k] += v
    elapsed = time.perf_counter() - t0
    self_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    load_after = os.getloadavg()
    print(f"articles: {n}  workers: {args.workers}  seconds: {elapsed:.1f}  articles/s: {n / elapsed:.1f}")
    if n and cpu > 0:
        per = cpu / n
        print(f"CPU per article: {1000 * per:.2f} ms (extraction, in the workers)  "
              f"articles/s with {args.workers} cores to themselves: {args.workers / per:.1f}")
    print(f"load average (1 min) before {load_before[0]:.2f}, after {load_after[0]:.2f} "
          f"on {os.cpu_count()} cores")
    print(f"peak memory: parent {self_mb:.0f} MB, largest worker {child_mb:.0f} MB")
    print("records: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"failed documents: {len(errors)}  invalid citations: {bad_quotes}")
    for e in errors[:10]:
        print(f"  {e}")
    return 0 if not errors and not bad_quotes else 1


if __name__ == "__main__":
    raise SystemExit(main())
