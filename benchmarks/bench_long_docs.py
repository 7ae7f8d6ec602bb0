"""Offline extraction time of long documents: seconds per MB at 1, 4 and 16 MB.

Usage:
    python benchmarks/bench_long_docs.py [--sizes 1,4,16] [--check]

The documents are synthetic: the bundled sample articles (data/samples) repeated, each copy
with its numbers changed and its Iraqi place names swapped for other governorates' names, so
no two copies are the same text (no corpus text is used). Each document goes through the same
path as ``marsad extract`` (the batch runner's long-document windows), and the script prints
seconds per MB (wall clock and CPU time of this process: the CPU figure is the one to compare on a
shared machine), records found, and the number of citations whose quote is not the text at
their span (must be 0). Extraction time should grow linearly: seconds per MB roughly flat.
``--check`` exits 1 when the largest size costs more than 2x the smallest per MB.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SAMPLES = REPO / "data" / "samples"
PLACES = ("كركوك", "الموصل", "تكريت", "بعقوبة", "الرمادي", "الفلوجة", "سامراء", "بغداد", "البصرة", "الحويجة",
          "بيجي", "الكوت", "الحلة", "كربلاء", "النجف", "الديوانية")
_PLACE_RE = re.compile("|".join(sorted(PLACES, key=len, reverse=True)))
_NUM_RE = re.compile(r"\d+")


def synthetic_document(megabytes: float, seed: int = 7) -> str:
    """A text of about ``megabytes`` MB (UTF-8) made of varied copies of the bundled samples."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    target = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = 0
    while size < target:
        text = rng.choice(texts)
        text = _NUM_RE.sub(lambda m: str(rng.randint(1, 99)), text)
        text = _PLACE_RE.sub(lambda m: rng.choice(PLACES), text)
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
    return "\n\n".join(parts)


def measure(megabytes: float) -> dict:
    from marsad.agent.batch import extract_long
    from marsad.agent.offline import OfflineExtractor
    from marsad.schemas import Document

    text = synthetic_document(megabytes)
    doc = Document(doc_id=f"long-{megabytes:g}mb", title="synthetic", text=text)
    extractor = OfflineExtractor()
    t0, c0 = time.perf_counter(), time.process_time()
    records = extract_long(extractor, doc)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    mb = len(text.encode("utf-8")) / (1024 * 1024)
    counts = {k: len(getattr(records, k)) for k in ("actors", "attacks", "joint_rooms", "agreements")}
    bad = sum(1 for k in counts for r in getattr(records, k) for c in r.citations if text[c.start:c.end] != c.quote)
    return {"mb": mb, "seconds": seconds, "s_per_mb": seconds / mb, "cpu_per_mb": cpu / mb, "records": counts, "bad_quotes": bad}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1,4,16", help="comma-separated sizes in MB (default 1,4,16)")
    ap.add_argument("--check", action="store_true", help="exit 1 when time per MB is not about flat")
    args = ap.parse_args()
    rows = [measure(float(s)) for s in args.sizes.split(",")]
    print(f"{'MB':>6} {'seconds':>9} {'s/MB':>7} {'cpu s/MB':>9} {'attacks':>8} {'actors':>7} {'rooms':>6} {'agreem.':>8} {'bad':>4}")
    for r in rows:
        c = r["records"]
        print(f"{r['mb']:6.2f} {r['seconds']:9.1f} {r['s_per_mb']:7.2f} {r['cpu_per_mb']:9.2f} {c['attacks']:8d} {c['actors']:7d} "
              f"{c['joint_rooms']:6d} {c['agreements']:8d} {r['bad_quotes']:4d}")
    if any(r["bad_quotes"] for r in rows):
        return 1
    if args.check and rows[-1]["cpu_per_mb"] > 2 * rows[0]["cpu_per_mb"]:
        print("time per MB grows with length: not linear", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
