"""Retrieval and QA at archive scale: the whole shared corpus indexed once (cached), four rankers compared.

``marsad eval --suite retrieval --corpus PATH`` (issue 11, item 4):

* :func:`open_archive` ingests the corpus file into a home of its own under the cache
  directory (``$XDG_CACHE_HOME/marsad/archive/<key>``, or ``--archive-dir``), keyed by the
  corpus file's hash, the embedding backend and :data:`ARCHIVE_FORMAT`; a finished build
  leaves ``COMPLETE`` and is reused by every later run. Beside Marsad's index it keeps the
  ids of the development slice and a plain ``bm25s`` index over whole articles
  (title + text, PyStemmer's Arabic stemmer).
* :func:`rank_queries` ranks every query with four systems: Marsad hybrid (what ``marsad
  search`` does), Marsad's BM25 half alone, its vector half alone, and the plain ``bm25s``
  baseline -- documents, best first, :data:`DEPTH` deep.
* :func:`score_rankings` drops every article outside the development slice from each
  ranked list (nobody judged them), *then* cuts at k, and computes hit@1/5/10, MRR and
  nDCG@10 per system and language.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.core.errors import InputError, MarsadError
from marsad.evals.metrics import drop_unjudged, first_relevant_rank, hit_at_k, mean_reciprocal_rank, ndcg_at_k

if TYPE_CHECKING:
    from marsad.core.config import Settings

__all__ = ["ARCHIVE_FORMAT", "SYSTEMS", "KS", "DEPTH", "Archive", "default_cache_dir", "archive_key", "open_archive",
           "rank_queries", "score_rankings"]

ARCHIVE_FORMAT = 2  # bump when what the archive holds changes (index layout, tokenisation; 2: presentation forms read)
SYSTEMS = ("hybrid", "bm25", "vector", "bm25s_articles")
KS = (1, 5, 10)
DEPTH = 100  # documents each system returns before unjudged ones are dropped
_COLLECTION = "marsad-archive"


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/marsad/archive`` (``~/.cache/marsad/archive``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "marsad" / "archive"


def _file_sha1(path: Path) -> str:
    h = hashlib.sha1()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def archive_key(corpus: Path, settings: Settings) -> str:
    """The cache key: corpus content, embedding backend/model and archive format."""
    from marsad import __version__

    embed = f"{settings.embed_backend}-{getattr(settings, 'embed_model', '') or ''}"
    tag = hashlib.sha1(f"{embed}|{ARCHIVE_FORMAT}|{__version__}".encode()).hexdigest()[:8]
    return f"{_file_sha1(corpus)[:16]}-{tag}"


@dataclass
class Archive:
    """A built archive: Marsad's index in ``home``, the slice ids and the bm25s baseline."""

    home: Path
    key: str
    settings: Any  # Settings pointing at ``home``
    slice_ids: frozenset[str]
    info: dict

    def judged(self, doc_id: str) -> bool:
        return doc_id in self.slice_ids


def _iter_corpus(corpus: Path):
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def bm25s_tokenize(texts: Sequence[str], *, ids: bool):
    """Plain bm25s tokens with PyStemmer's Arabic stemmer: the baseline's side of the comparison."""
    import bm25s
    import Stemmer

    return bm25s.tokenize(list(texts), stemmer=Stemmer.Stemmer("arabic"), return_ids=ids, show_progress=False)


def _build(corpus: Path, home: Path, settings: Settings, progress: bool) -> dict:
    import bm25s

    from marsad.evals.realnews.load import in_slice
    from marsad.index.ingest import ingest

    t0 = time.perf_counter()
    report = ingest(settings, [corpus], progress=progress)
    t_ingest = time.perf_counter() - t0
    ids, texts, slice_ids = [], [], []
    for rec in _iter_corpus(corpus):
        if not isinstance(rec.get("text"), str) or not rec["text"].strip() or rec.get("id") in (None, ""):
            continue
        ids.append(str(rec["id"]))
        texts.append(f"{rec.get('title') or ''}\n{rec['text']}")
        if in_slice(rec):
            slice_ids.append(str(rec["id"]))
    retriever = bm25s.BM25()
    retriever.index(bm25s_tokenize(texts, ids=True), show_progress=False)
    retriever.save(str(home / "bm25s"))
    (home / "bm25s_ids.json").write_text(json.dumps(ids), encoding="utf-8")
    (home / "slice_ids.json").write_text(json.dumps(sorted(slice_ids)), encoding="utf-8")
    return {"documents": report.ingested, "failed": len(report.failed), "chunks": report.chunks,
            "slice_documents": len(slice_ids), "ingest_s": round(t_ingest, 1),
            "build_s": round(time.perf_counter() - t0, 1)}


def open_archive(settings: Settings, corpus: Path, cache_dir: Path | None = None, *, progress: bool = False,
                 log: Callable[[str], None] | None = None) -> Archive:
    """The archive of ``corpus``: built on first use (the whole corpus ingested; ~75 s for
    the shared corpus), reused afterwards.

    Raises:
        InputError: the corpus file does not exist.
        MarsadError: the build failed (the half-built directory is left without ``COMPLETE``
            and rebuilt next time).
    """
    corpus = Path(corpus)
    if not corpus.exists():
        raise InputError(str(corpus), "does not exist", hint="pass the corpus file (arabic_news.jsonl.gz) with --corpus")
    key = archive_key(corpus, settings)
    home = Path(cache_dir or default_cache_dir()) / key
    arch_settings = settings.with_(home=home, chroma_url=None, collection=_COLLECTION)
    done = home / "COMPLETE"
    if done.exists():
        info = json.loads(done.read_text(encoding="utf-8")) | {"cached": True}
    else:
        if log:
            log(f"building the archive of {corpus} in {home} (once; the whole corpus is indexed)")
        home.mkdir(parents=True, exist_ok=True)
        try:
            info = _build(corpus, home, arch_settings, progress)
        except MarsadError:
            raise
        except Exception as exc:  # a failed build is reported with where it happened
            raise MarsadError(f"building the archive in {home} failed: {exc}",
                              hint="delete that directory and run again") from exc
        info |= {"corpus": str(corpus), "key": key}
        done.write_text(json.dumps(info, indent=1), encoding="utf-8")
        info |= {"cached": False}
    slice_ids = frozenset(json.loads((home / "slice_ids.json").read_text(encoding="utf-8")))
    return Archive(home, key, arch_settings, slice_ids, info)


# ---------------------------------------------------------------- ranking
def docs_of_chunks(chunk_ids: Sequence[str], depth: int) -> list[str]:
    """The first ``depth`` distinct documents of a ranked list of chunk ids."""
    out: list[str] = []
    for cid in chunk_ids:
        doc = cid.rsplit("::", 1)[0]
        if doc not in out:
            out.append(doc)
            if len(out) == depth:
                break
    return out


def search_halves(searcher, query: str, depth: int) -> tuple[list[str], list[str]]:
    """The two halves of Marsad's hybrid search alone (the same query plan, no fusion), as documents."""
    lexical, semantic = searcher.halves(query, depth * 4)
    return docs_of_chunks(lexical, depth), docs_of_chunks(semantic, depth)


def rank_queries(archive: Archive, queries: Sequence[Any], depth: int = DEPTH) -> dict[str, dict[str, list[str]]]:
    """system -> query id -> ranked doc ids (unfiltered, ``depth`` deep)."""
    import bm25s

    from marsad.index.search import Searcher

    out: dict[str, dict[str, list[str]]] = {s: {} for s in SYSTEMS}
    with Searcher(archive.settings) as searcher:
        for q in queries:
            out["hybrid"][q.id] = [h.doc_id for h in searcher.search(q.query, k=depth, candidates=depth)]
            out["bm25"][q.id], out["vector"][q.id] = search_halves(searcher, q.query, depth)
    retriever = bm25s.BM25.load(str(archive.home / "bm25s"))
    ids = json.loads((archive.home / "bm25s_ids.json").read_text(encoding="utf-8"))
    for q in queries:
        tokens = bm25s_tokenize([q.query], ids=False)
        if not tokens or not tokens[0]:
            out["bm25s_articles"][q.id] = []
            continue
        docs, scores = retriever.retrieve(tokens, k=min(depth, len(ids)), show_progress=False)
        out["bm25s_articles"][q.id] = [ids[int(d)] for d, s in zip(docs[0], scores[0], strict=True) if s > 0]
    return out


def score_rankings(rankings: dict[str, dict[str, list[str]]], queries: Sequence[Any],
                   judged: Callable[[str], bool]) -> tuple[dict[str, float], dict[str, int], dict]:
    """hit@1/5/10, MRR and nDCG@10 per system and language (``all``, ``ar``, ``en``).

    Unjudged documents (outside the development slice) are dropped from each ranked list
    before it is cut at k. Metric names: ``retrieval.<system>.<lang>.<metric>``.
    """
    metrics: dict[str, float] = {}
    sizes: dict[str, int] = {}
    misses: dict[str, list] = {}
    groups = {"all": list(queries)}
    for q in queries:
        groups.setdefault(q.language, []).append(q)
    for system, ranked in rankings.items():
        filtered = {q.id: drop_unjudged(ranked.get(q.id, []), judged)[:max(KS)] for q in queries}
        for lang, qs in groups.items():
            ranks = [first_relevant_rank(filtered[q.id], q.relevant) for q in qs]
            prefix = f"retrieval.{system}.{lang}"
            for k in KS:
                metrics[f"{prefix}.hit@{k}"] = hit_at_k(ranks, k)
            metrics[f"{prefix}.mrr"] = mean_reciprocal_rank(ranks)
            metrics[f"{prefix}.ndcg@10"] = sum(ndcg_at_k(filtered[q.id], q.relevant, 10) for q in qs) / len(qs)
            for m in [k for k in metrics if k.startswith(prefix + ".")]:
                sizes[m] = len(qs)
        misses[system] = [{"id": q.id, "query": q.query, "relevant": list(q.relevant), "top": filtered[q.id][:3]}
                          for q in queries if first_relevant_rank(filtered[q.id], q.relevant) is None]
    return metrics, sizes, {"misses_top10": misses}


def format_side_by_side(metrics: dict[str, float], sizes: dict[str, int]) -> list[str]:
    """The four systems side by side, one block per language."""
    langs = sorted({k.split(".")[2] for k in metrics if k.startswith("retrieval.") and k.count(".") >= 3},
                   key=lambda x: (x != "all", x))
    cols = ("hit@1", "hit@5", "hit@10", "mrr", "ndcg@10")
    lines = []
    for lang in langs:
        n = sizes.get(f"retrieval.hybrid.{lang}.mrr", 0)
        lines.append(f"retrieval at archive scale — {lang} (n={n} queries; unjudged articles dropped before the cut)")
        lines.append(f"  {'system':<16}" + "".join(f"{c:>9}" for c in cols))
        for system in SYSTEMS:
            vals = [metrics.get(f"retrieval.{system}.{lang}.{c}") for c in cols]
            if all(v is None for v in vals):
                continue
            lines.append(f"  {system:<16}" + "".join(f"{v:>9.3f}" if v is not None else f"{'-':>9}" for v in vals))
    return lines
