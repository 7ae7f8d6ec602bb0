"""Archive-scale benchmark: Marsad's index at 20k / 50k / 100k articles, against a raw anchor.

    python benchmarks/bench_archive.py [--sizes 20000,50000,100000] [--corpus PATH] [--workdir DIR]

The archive is the shared corpus repeated until it holds the size asked for: the first
copy as it is, every later copy with new ids (``<id>~r<n>``) and lightly shuffled
sentences (a few neighbouring sentences of each paragraph swapped, seeded), so later
copies are near-duplicates rather than exact ones. It is written into ``--workdir`` (a
temporary directory by default, removed at the end unless ``--keep``); nothing is written
into the repository.

At each size (smallest first), every phase in a fresh process (so peak memory is that
phase's own):

- **ingest**: ``marsad.index.ingest.ingest`` of the archive file into a fresh home: wall
  time, articles/s, peak RSS; then the home's size on disk (SQLite + Chroma + BM25, after
  the first search has written the title field).
- **query**: a ``Searcher`` opened on the home, the first search timed on its own (it loads
  BM25 and, after an ingest, builds the title field), then 100 Arabic/English/title queries
  (those of ``bench_index.py``), k=5, in-process: p50 / p95.
- **cold start**: ``marsad search`` and ``marsad ask`` (offline backend) as new processes,
  three each: median wall time.
- **anchor**: the same chunks (read from Marsad's store, untimed) embedded with the same
  hashed n-gram vectors and ``add``-ed to a raw embedded Chroma collection (``PersistentClient``,
  default HNSW settings, cosine space, ids + vectors + chunk texts + doc_id, batches of the
  client's maximum), plus a bm25s index of them (``bm25s.tokenize`` with PyStemmer's Arabic
  stemmer, as the retrieval baseline uses) saved to disk: wall time of embed + add + index +
  save, its peak RSS and size on disk. It does no reading, parsing, chunking or document
  storage, which Marsad's ingest time includes.

Wall times on a shared machine mostly measure the machine's load, so CPU seconds (user + system,
every thread) are printed beside them: ingest, each query's own CPU, each cold start's.

Targets (issue 13): ingest <= 1.0x the anchor and growing linearly (s per 1k articles about
constant); query p95 <= 50 ms at 100k; cold ``marsad search`` <= 1.5 s. Prints a table;
asserts nothing. Run it niced on a shared machine (``nice -n 10``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "arabic_news.jsonl.gz"
SEARCH_QUERIES = ("غرفة عمليات مشتركة في كركوك", "joint operations room in Kirkuk", "هجوم داعش على نقطة تفتيش")
ASK_QUESTIONS = ("كم شرطيا قتل في هجوم كركوك؟", "What did Kadhimi do in Makhmour?", "من هاجم نقطة التفتيش في ديالى؟")
TARGETS = {"ratio": 1.0, "p95_ms": 50.0, "cold_search_s": 1.5}


# ---------------------------------------------------------------- the archive
def _shuffle_lightly(text: str, rng: random.Random) -> str:
    """The text with a few neighbouring sentences swapped inside each paragraph."""
    from marsad.core.arabic import sentence_pieces

    out = []
    for paragraph in text.split("\n"):
        pieces = sentence_pieces(paragraph)
        for _ in range(len(pieces) // 4 + (len(pieces) > 1)):
            i = rng.randrange(len(pieces) - 1) if len(pieces) > 1 else 0
            if len(pieces) > 1:
                a, b = pieces[i].strip(), pieces[i + 1].strip()
                if a and b:
                    pieces[i], pieces[i + 1] = b + " ", a + (" " if i + 2 < len(pieces) else "")
        out.append("".join(pieces))
    return "\n".join(out)


def write_archive(corpus: Path, size: int, path: Path, seed: int = 13) -> int:
    """Write ``size`` articles (the corpus, then shuffled copies with new ids) to ``path``; returns the count."""
    records = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                records.append(line)
    if not records:
        raise SystemExit(f"corpus is empty: {corpus}")
    written = 0
    with path.open("w", encoding="utf-8") as out:
        copy = 0
        while written < size:
            rng = random.Random(seed * 1_000_003 + copy)
            for line in records:
                if written >= size:
                    break
                if copy:
                    rec = json.loads(line)
                    rec["id"] = f"{rec.get('id', written)}~r{copy}"
                    rec["text"] = _shuffle_lightly(rec.get("text") or "", rng)
                    line = json.dumps(rec, ensure_ascii=False) + "\n"
                out.write(line)
                written += 1
            copy += 1
    return written


# ---------------------------------------------------------------- phases (each run in its own process)
def _settings(home: Path):
    from marsad.core.config import apply_offline_env, resolve_settings

    apply_offline_env()
    return resolve_settings({"home": str(home), "backend": "offline"}, env={})


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    """CPU seconds of this process so far, every thread (steadier than wall time on a shared machine)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def phase_ingest(home: Path, source: Path) -> dict:
    from marsad.index.ingest import ingest

    settings = _settings(home)
    t0, c0 = time.perf_counter(), _cpu_s()
    report = ingest(settings, [source], progress=False)
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "cpu_s": _cpu_s() - c0, "articles": report.added + report.replaced + report.unchanged,
            "chunks": report.chunks, "failed": len(report.failed), "rss_mb": _peak_rss_mb()}


def phase_query(home: Path, corpus: Path, n: int) -> dict:
    from bench_index import ARABIC_QUERIES, ENGLISH_QUERIES, _titles

    from marsad.index.search import Searcher

    settings = _settings(home)
    queries = (ARABIC_QUERIES + ENGLISH_QUERIES + _titles(corpus, n))[:n]
    t0 = time.perf_counter()
    searcher = Searcher(settings)
    searcher.search(queries[0], k=5)  # loads BM25 (and builds the title field after an ingest)
    first = time.perf_counter() - t0
    for q in queries[1:3]:
        searcher.search(q, k=5)
    searcher.vectors  # noqa: B018 - a kept-open searcher has Chroma open (queries BM25 cannot fill use it)
    times, cpu, empty = [], [], 0
    for q in queries:
        t, c = time.perf_counter(), time.thread_time()
        empty += not searcher.search(q, k=5)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
    searcher.close()
    return {"first_s": first, "p50_ms": statistics.median(times), "p95_ms": _p95(times), "max_ms": max(times),
            "cpu_p50_ms": statistics.median(cpu), "cpu_p95_ms": _p95(cpu),
            "queries": len(times), "empty": empty, "rss_mb": _peak_rss_mb()}


def phase_anchor(home: Path, out: Path) -> dict:
    import bm25s
    import chromadb
    import Stemmer
    from chromadb.config import Settings as ChromaSettings

    from marsad.index.docstore import DocStore
    from marsad.index.hashing import HASH_DIM, hash_vectors

    store = DocStore(_settings(home))
    ids, texts, owners = [], [], []
    rows = store._db.execute('SELECT c.chunk_id, c.doc_id, c.start, c."end", d.text FROM chunks c '
                             'JOIN documents d ON d.doc_id = c.doc_id ORDER BY c.doc_id, c.idx')
    for chunk_id, doc_id, start, end, text in rows:
        ids.append(chunk_id)
        owners.append(doc_id)
        texts.append(text[start:end])
    store.close()
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)

    t0, c0 = time.perf_counter(), _cpu_s()
    client = chromadb.PersistentClient(path=str(out / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.create_collection("anchor", embedding_function=None, metadata={"hnsw:space": "cosine"})
    step = client.get_max_batch_size()
    embed_s = 0.0
    for i in range(0, len(ids), step):
        t = time.perf_counter()
        vectors = hash_vectors(texts[i: i + step], HASH_DIM)
        embed_s += time.perf_counter() - t
        collection.add(ids=ids[i: i + step], embeddings=vectors, documents=texts[i: i + step],
                       metadatas=[{"doc_id": d} for d in owners[i: i + step]])
    chroma_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    tokens = bm25s.tokenize(texts, stemmer=Stemmer.Stemmer("arabic"), show_progress=False)
    model = bm25s.BM25()
    model.index(tokens, show_progress=False)
    model.save(str(out / "bm25s"))
    (out / "bm25s" / "ids.json").write_text(json.dumps(ids, ensure_ascii=False), encoding="utf-8")
    bm25_s = time.perf_counter() - t1
    return {"seconds": chroma_s + bm25_s, "cpu_s": _cpu_s() - c0, "embed_s": embed_s, "chroma_s": chroma_s, "bm25s_s": bm25_s,
            "chunks": len(ids), "rss_mb": _peak_rss_mb(), "disk_mb": _du(out) / 2**20}


# ---------------------------------------------------------------- the driver
def _p95(times: list[float]) -> float:
    times = sorted(times)
    return times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _run_phase(*argv: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--phase", *argv], cwd=REPO, capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(f"phase {argv[0]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _cold(home: Path, command: str, inputs: tuple[str, ...]) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MARSAD_")}
    env.update(MARSAD_HOME=str(home), MARSAD_BACKEND="offline")
    walls, cpus, errors = [], [], []
    for text in inputs:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "marsad", command, text], cwd=REPO, env=env,
                              capture_output=True, text=True)
        walls.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        if proc.returncode:
            errors.append(proc.stderr.strip()[-300:])
    return {"median_s": statistics.median(walls), "walls": walls, "cpu_s": statistics.median(cpus), "errors": errors}


def _row(label: str, values: list[str], note: str = "") -> str:
    return f"  {label:<30}" + "".join(f"{v:>12}" for v in values) + (f"   {note}" if note else "")


def print_table(results: list[dict]) -> None:
    sizes = [f"{r['size']:,}" for r in results]
    print("\n== archive scale (Marsad vs raw Chroma add + bm25s of the same chunks)")
    print(_row("articles", sizes))
    print(_row("chunks", [f"{r['ingest']['chunks']:,}" for r in results]))
    print(_row("Marsad ingest (s)", [f"{r['ingest']['seconds']:.1f}" for r in results]))
    print(_row("  CPU (s, all threads)", [f"{r['ingest']['cpu_s']:.1f}" for r in results]))
    print(_row("  s per 1k articles", [f"{1000 * r['ingest']['seconds'] / r['size']:.2f}" for r in results],
               "(linear: about constant)"))
    print(_row("  peak RSS (MB)", [f"{r['ingest']['rss_mb']:.0f}" for r in results]))
    print(_row("  index on disk (MB)", [f"{r['disk_mb']:.0f}" for r in results]))
    print(_row("anchor: embed+add+bm25s (s)", [f"{r['anchor']['seconds']:.1f}" for r in results]))
    print(_row("  CPU (s, all threads)", [f"{r['anchor']['cpu_s']:.1f}" for r in results]))
    print(_row("  of it: hash embedding (s)", [f"{r['anchor']['embed_s']:.1f}" for r in results]))
    print(_row("  of it: Chroma add (s)", [f"{r['anchor']['chroma_s'] - r['anchor']['embed_s']:.1f}" for r in results]))
    print(_row("  of it: bm25s (s)", [f"{r['anchor']['bm25s_s']:.1f}" for r in results]))
    print(_row("  peak RSS (MB)", [f"{r['anchor']['rss_mb']:.0f}" for r in results]))
    print(_row("  on disk (MB)", [f"{r['anchor']['disk_mb']:.0f}" for r in results]))
    print(_row("Marsad / anchor ingest", [f"{r['ingest']['seconds'] / r['anchor']['seconds']:.2f}x" for r in results],
               f"(wall; target <= {TARGETS['ratio']:.1f}x)"))
    print(_row("  by CPU time", [f"{r['ingest']['cpu_s'] / r['anchor']['cpu_s']:.2f}x" for r in results]))
    print(_row("first search after ingest (s)", [f"{r['query']['first_s']:.2f}" for r in results]))
    print(_row("query p50 (ms)", [f"{r['query']['p50_ms']:.1f}" for r in results]))
    print(_row("query p95 (ms)", [f"{r['query']['p95_ms']:.1f}" for r in results],
               f"(target <= {TARGETS['p95_ms']:.0f} ms at 100k)"))
    print(_row("  CPU p50 / p95 (ms)", [f"{r['query'].get('cpu_p50_ms', 0):.0f} / {r['query'].get('cpu_p95_ms', 0):.0f}"
                                        for r in results], "(the query's own CPU: steadier under load)"))
    print(_row("query peak RSS (MB)", [f"{r['query']['rss_mb']:.0f}" for r in results]))
    print(_row("cold `marsad search` (s)", [f"{r['search']['median_s']:.2f}" for r in results],
               f"(median of 3; target <= {TARGETS['cold_search_s']} s)"))
    print(_row("  CPU (s)", [f"{r['search'].get('cpu_s', 0):.2f}" for r in results]))
    print(_row("cold `marsad ask` (s)", [f"{r['ask']['median_s']:.2f}" for r in results], "(median of 3, offline)"))
    print(_row("  CPU (s)", [f"{r['ask'].get('cpu_s', 0):.2f}" for r in results]))
    for r in results:
        for what in ("search", "ask"):
            for err in r[what]["errors"]:
                print(f"  ! {r['size']:,}: marsad {what} failed: {err}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="20000,50000,100000", help="comma-separated archive sizes (articles)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--workdir", type=Path, default=None, help="where archives and homes go (default: a temp dir)")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--no-anchor", action="store_true", help="skip the anchor (Marsad's figures only)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results as JSON here")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.phase:  # a child process: one phase, its result as the last line of stdout
        name, *rest = args.phase
        if name == "ingest":
            result = phase_ingest(Path(rest[0]), Path(rest[1]))
        elif name == "query":
            result = phase_query(Path(rest[0]), Path(rest[1]), int(rest[2]))
        else:
            result = phase_anchor(Path(rest[0]), Path(rest[1]))
        print(json.dumps(result))
        return 0

    if not args.corpus.exists():  # `make bench` runs without the shared corpus too
        print(f"corpus not found: {args.corpus}; archive benchmark skipped", file=sys.stderr)
        return 0
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    own = args.workdir is None
    work = Path(tempfile.mkdtemp(prefix="marsad-archive-")) if own else args.workdir
    work.mkdir(parents=True, exist_ok=True)
    print(f"corpus:  {args.corpus}\nworkdir: {work}\ncpus:    {os.cpu_count()}  load: {os.getloadavg()[0]:.1f}")
    results = []
    try:
        for size in sizes:
            source = work / f"archive-{size}.jsonl"
            home, anchor = work / f"home-{size}", work / f"anchor-{size}"
            shutil.rmtree(home, ignore_errors=True)
            write_archive(args.corpus, size, source)
            print(f"\n[{size:,}] archive written ({source.stat().st_size / 2**20:.0f} MB); ingesting ...", flush=True)
            res = {"size": size, "ingest": _run_phase("ingest", str(home), str(source))}
            print(f"[{size:,}] ingest {res['ingest']['seconds']:.1f} s; queries ...", flush=True)
            res["query"] = _run_phase("query", str(home), str(args.corpus), str(args.queries))
            res["disk_mb"] = _du(home) / 2**20
            res["search"] = _cold(home, "search", SEARCH_QUERIES)
            res["ask"] = _cold(home, "ask", ASK_QUESTIONS)
            if args.no_anchor:
                res["anchor"] = {k: float("nan") for k in ("seconds", "cpu_s", "embed_s", "chroma_s", "bm25s_s", "rss_mb",
                                                           "disk_mb")}
            else:
                print(f"[{size:,}] anchor ...", flush=True)
                res["anchor"] = _run_phase("anchor", str(home), str(anchor))
                shutil.rmtree(anchor, ignore_errors=True)
            results.append(res)
            print_table(results)
            if args.json:
                args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
            if not args.keep:
                source.unlink(missing_ok=True)
                shutil.rmtree(home, ignore_errors=True)
    finally:
        if own and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
