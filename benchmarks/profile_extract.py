"""Where offline extraction spends its CPU time: a sampling profile that a loaded machine does not distort.

Usage:
    python benchmarks/profile_extract.py [--corpus PATH] [--limit N] [--warm N] [--skip N] [--top N]

Extracts ``--warm`` articles first (per-word tables filled, as in a long run; they are taken after the measured
ones), then ``--limit`` articles while a CPU-time timer (``ITIMER_PROF``) interrupts the process after each
millisecond of its own CPU time, or each tick of the kernel's clock when that is coarser (about 4 ms here: some
2,500 samples for 1,000 articles), and records the Python stack. It prints the CPU time per article and, per function,
its share of the samples: cumulative (the function anywhere on the stack) and self (the function running).

Why not cProfile: it adds a fixed cost to every call, so code made of many small calls looks several times dearer
than it is (pass 70: 64 s of CPU under cProfile for 1,000 articles that take 10 s without it). Why CPU time: other processes on the
machine stop this one, not its CPU clock, so the shares hold at any load. Caveat: Python runs the handler at its
next check, so time inside one C call (a regex, a list built in C, a collection) is counted to the Python line
or function that comes next; read self shares of tiny functions with that in mind.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "arabic_news.jsonl.gz"
_INTERVAL = 0.001
"""Seconds of this process's CPU time between two samples."""


def _name(code) -> str:
    return f"{Path(code.co_filename).name}:{code.co_firstlineno}({code.co_name})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=1000, help="articles measured")
    ap.add_argument("--warm", type=int, default=500, help="articles extracted before measuring")
    ap.add_argument("--skip", type=int, default=0, help="articles of the corpus passed over first")
    ap.add_argument("--top", type=int, default=40, help="functions listed per table")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    from marsad.agent.extraction_process import settle_for_extraction
    from marsad.agent.offline import OfflineExtractor
    from marsad.index.loaders import iter_documents
    from marsad.schemas import Document

    docs = [d for d in islice(iter_documents([args.corpus]), args.skip, args.skip + args.limit + args.warm)
            if isinstance(d, Document)]
    measured, warm = docs[:args.limit], docs[args.limit:]
    extractor = OfflineExtractor()
    settle_for_extraction()  # as a batch worker is
    for doc in warm:
        extractor.extract(doc)

    cumulative: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    samples = 0

    def record(_signum, frame) -> None:
        nonlocal samples
        samples += 1
        own[_name(frame.f_code)] += 1
        seen = set()
        while frame is not None:
            seen.add(_name(frame.f_code))
            frame = frame.f_back
        cumulative.update(seen)

    signal.signal(signal.SIGPROF, record)
    signal.setitimer(signal.ITIMER_PROF, _INTERVAL, _INTERVAL)
    t0 = time.process_time()
    try:
        for doc in measured:
            extractor.extract(doc)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - t0
    print(f"articles: {len(measured)} (after {len(warm)} warm)  CPU per article: {1000 * cpu / max(1, len(measured)):.2f} ms"
          f"  samples: {samples}")
    for title, counts in (("cumulative", cumulative), ("self", own)):
        print(f"== {title}")
        for name, count in counts.most_common(args.top):
            print(f"{100 * count / max(1, samples):5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
