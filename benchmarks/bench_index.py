"""Index benchmark: bulk ingest, hybrid query latency, cold-start `marsad search`.

Ingests the shared corpus (20,022 articles; targets: <= 3 min and peak RSS <= 3 GB on
2 cores), then times 100 varied queries (Arabic and English) in-process (target: p95
<= 50 ms), then the wall time of `marsad search` started cold (target: <= 2 s).

    python benchmarks/bench_index.py [--limit N] [--home DIR] [--corpus PATH]

The corpus is used as unlabelled text only. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "arabic_news.jsonl.gz"

ARABIC_QUERIES = [
    "غرفة عمليات مشتركة في كركوك", "مركز تنسيق أمني مشترك بين الجيش والبيشمركة", "هجوم داعش على نقطة تفتيش",
    "مقتل عناصر من الشرطة الاتحادية", "كمين للحشد الشعبي قرب الحويجة", "تفجير سيارة مفخخة في بغداد",
    "عبوة ناسفة استهدفت رتلا عسكريا", "انتحاري يفجر نفسه", "اتفاق أمني بين بغداد وأربيل", "المناطق المتنازع عليها",
    "الكاظمي يزور مخمور", "عمليات عسكرية في ديالى", "خلايا داعش النائمة", "قصف جوي للتحالف الدولي",
    "اختطاف مدنيين", "وزارة الداخلية تتسلم الملف الأمني", "قيادة العمليات المشتركة", "جهاز مكافحة الإرهاب",
    "الانتخابات البرلمانية العراقية", "أسعار النفط", "الحدود السورية العراقية", "نينوى والموصل",
    "مجلس النواب يصوت على الموازنة", "البيمشركة", "الارهاب في العراق", "خانقين وجلولاء", "الأمم المتحدة",
    "مباراة كرة القدم", "فيروس كورونا", "الاحتجاجات في الناصرية", "سقوط صواريخ على المنطقة الخضراء",
    "اغتيال ناشط", "تحرير الرهائن", "عودة النازحين إلى سنجار", "اشتباكات مسلحة بين عشيرتين",
    "الحرس الثوري الإيراني", "القوات التركية في شمال العراق", "حزب العمال الكردستاني", "طائرة مسيرة", "٢٧ عنصرا",
]
ENGLISH_QUERIES = [
    "joint operations room in Kirkuk", "Peshmerga and Iraqi army coordination", "ISIS attack on a checkpoint",
    "car bomb in Baghdad", "suicide bomber", "PMF ambush near Hawija", "federal police killed", "Daesh cells in Diyala",
    "security agreement between Baghdad and Erbil", "airstrike by the coalition", "kidnapped civilians",
    "wounded soldiers", "redeployment of forces in Kirkuk", "Hashd al-Shaabi", "Counter-Terrorism Service",
    "Makhmour attack", "Nineveh operations", "Mosul", "Khanaqin", "IED on a convoy", "Sinjar", "Kurdistan Region",
    "Interior Ministry takes over security", "Joint Operations Command spokesman", "Salahuddin", "Anbar",
    "rocket attack", "assassination", "Prime Minister Kadhimi", "border with Syria",
]


def _titles(corpus: Path, n: int) -> list[str]:
    import json

    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 200:
                continue
            title = (json.loads(line).get("title") or "").split()
            if len(title) >= 3:
                out.append(" ".join(title[:5]))
            if len(out) >= n:
                break
    return out


def _subset(corpus: Path, limit: int, directory: Path) -> Path:
    path = directory / f"corpus-{limit}.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as src, path.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= limit:
                break
            dst.write(line)
    return path


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="ingest only the first N articles")
    parser.add_argument("--home", type=Path, default=None, help="Marsad home to build (default: a temp dir)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--queries", type=int, default=100)
    args = parser.parse_args()

    from marsad.core.config import apply_offline_env, resolve_settings

    apply_offline_env()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    scratch = Path(tempfile.mkdtemp(prefix="marsad-bench-"))
    home = args.home or scratch / "home"
    settings = resolve_settings({"home": str(home)}, env={})
    source = _subset(args.corpus, args.limit, scratch) if args.limit else args.corpus

    from marsad.index.ingest import ingest

    print(f"corpus: {source}\nhome:   {home}\ncpus:   {os.cpu_count()}")
    t0 = time.perf_counter()
    report = ingest(settings, [source], progress=False)
    elapsed = time.perf_counter() - t0
    rss_ingest = _peak_rss_mb()
    articles = report.added + report.replaced
    print("\n== ingest")
    print(f"  {report.summary()}")
    print(f"  wall time        {elapsed:8.1f} s   (target <= 180 s for 20,022 articles)")
    print(f"  articles/s       {articles / elapsed:8.1f}")
    print(f"  chunks/s         {report.chunks / elapsed:8.1f}")
    print(f"  index on disk    {_du(home) / 2**20:8.1f} MB")
    print(f"  peak RSS         {rss_ingest:8.1f} MB   (target <= 3072 MB)")
    if report.failed:
        print(f"  failed inputs    {len(report.failed)} (first: {report.failed[0]})")

    from marsad.index.search import Searcher

    queries = (ARABIC_QUERIES + ENGLISH_QUERIES + _titles(args.corpus, args.queries))[: args.queries]
    searcher = Searcher(settings)
    for q in queries[:3]:
        searcher.search(q, k=5)  # warm-up: load BM25, open Chroma
    times = []
    empty = 0
    for q in queries:
        t = time.perf_counter()
        hits = searcher.search(q, k=5)
        times.append((time.perf_counter() - t) * 1000)
        empty += not hits
    searcher.close()
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    print(f"\n== hybrid query latency, in-process, k=5 ({len(queries)} queries: "
          f"{len(ARABIC_QUERIES)} Arabic, {len(ENGLISH_QUERIES)} English, rest corpus titles)")
    print(f"  p50              {statistics.median(times):8.1f} ms")
    print(f"  p95              {p95:8.1f} ms   (target <= 50 ms)")
    print(f"  max              {times[-1]:8.1f} ms")
    print(f"  queries w/o hits {empty:8d}")

    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env["MARSAD_HOME"] = str(home)
    cold = []
    for q in ("غرفة عمليات مشتركة في كركوك", "joint operations room in Kirkuk", "هجوم داعش"):
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "marsad", "search", q, "-k", "5"], cwd=REPO, env=env,
                              capture_output=True, text=True)
        cold.append(time.perf_counter() - t)
        if proc.returncode:
            print(f"  marsad search failed: {proc.stderr.strip()[:300]}")
    print("\n== cold start `marsad search` (new process each time)")
    print(f"  wall times       {', '.join(f'{c:.2f}' for c in cold)} s   (target <= 2 s)")
    print(f"\npeak RSS overall   {_peak_rss_mb():8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
