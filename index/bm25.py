"""The lexical half of the hybrid search: BM25 (bm25s) over normalised, stemmed terms.

Terms are :func:`marsad.core.arabic.search_terms` (normalised tokens, light-stemmed:
article/conjunction prefixes and common suffixes off), minus a short list of function words. They are computed once
at ingest and kept per chunk in the document store, so this index is a derived file:
it is rebuilt from the store whenever the store's generation changes (bm25s cannot add
or remove documents in place), saved under ``<home>/bm25``, and memory-mapped when
loaded. The stemmer never goes through bm25s (its persistence drops it; see
OFFLINE.md): queries go through the same :func:`search_terms`.
"""

from __future__ import annotations

import json
import math
import os
import shutil
from pathlib import Path

import numpy as np

from marsad.core.arabic import search_terms

__all__ = ["BM25Index", "query_terms", "STOPWORDS", "BM25_DIR"]

BM25_DIR = "bm25"
_GENERATION = "marsad_generation.txt"  # tiny: read before every reload decision
_CHUNK_IDS = "marsad_chunk_ids.json"
_DOC_NAMES = "marsad_doc_ids.json"  # each chunk's document: names in order of first chunk ...
_OWNER = "marsad_chunk_doc.npy"  # ... and, per chunk, the position of its document in that list
_TITLES_DIR = "titles"

# Function words: frequent everywhere, they only add noise and index size.
_FUNCTION_WORDS = (
    "في من الى إلى على عن مع ان أن إن او أو ثم قد لا لم لن ما هذا هذه ذلك تلك التي الذي الذين اللذين "
    "كان كانت يكون هو هي هم هن انه أنه انها أنها بعد قبل عند بين حتى كل كما لكن بل اي أي ايضا أيضا "
    "the a an of in on at to for and or by with from is are was were be this that"
)
STOPWORDS = frozenset(search_terms(_FUNCTION_WORDS))


def _filter(terms: list[str]) -> list[str]:
    return [t for t in terms if t not in STOPWORDS]


def query_terms(text: str) -> list[str]:
    """The BM25 terms of a query (same analysis as the indexed chunks)."""
    return _filter(search_terms(text))


def chunk_terms(text: str) -> str:
    """The space-joined BM25 terms of a chunk, as stored in the document store."""
    return " ".join(_filter(search_terms(text)))


class _Vocab(dict):
    """term -> id, ids given in order of first appearance."""

    def __missing__(self, term: str) -> int:
        n = self[term] = len(self)
        return n


def _bm25s_model(token_ids: np.ndarray, lengths: np.ndarray, vocab: dict[str, int]):
    """A ``bm25s.BM25`` model over documents given as one flat array of term ids and their lengths.

    The index bm25s itself builds (its default Lucene BM25, k1/b, float32 scores, the same
    CSC arrays, saved and loaded the same way), computed with a few numpy passes instead of
    bm25s's per-document Python loop and Python lists of ids: several times faster and far
    less memory on an archive of 100,000 articles.
    """
    import math

    import bm25s

    model = bm25s.BM25()
    if (model.method, model.idf_method, model.csc_backend) != ("lucene", "lucene", "numpy"):  # pragma: no cover
        offsets = np.r_[0, np.cumsum(lengths)]
        model.index(([token_ids[a:b].tolist() for a, b in zip(offsets[:-1], offsets[1:], strict=True)], vocab),
                    show_progress=False)
        return model
    n_docs, n_vocab = len(lengths), len(vocab)
    avg_len = lengths.mean()
    # (doc, term) keys sorted in place: one int64 per token at the peak, no sorted copy
    keys = np.repeat(np.arange(n_docs, dtype=np.int64) * n_vocab, lengths)
    keys += token_ids
    keys.sort()
    first = np.empty(len(keys), dtype=bool)
    first[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    del first
    tf = np.diff(np.append(starts, len(keys))).astype(model.dtype)  # each (doc, term) pair's count
    keys = keys[starts]
    del starts
    docs = (keys // n_vocab).astype(np.int32)
    keys %= n_vocab
    terms = keys.astype(np.int32)
    del keys
    df = np.bincount(terms, minlength=n_vocab)
    values, which = np.unique(df, return_inverse=True)  # bm25s computes idf with math.log, term by term
    idf = np.array([math.log(1 + (n_docs - v + 0.5) / (v + 0.5)) if v else 0.0 for v in values.tolist()],
                   dtype=model.dtype)[which]
    k1, b = model.k1, model.b
    # bm25s per document: tf / (k1 * ((1 - b) + b * len / avg) + tf) in float64, times the float32 idf
    norm = k1 * ((1 - b) + b * lengths / avg_len)
    x = norm[docs]
    x += tf
    np.divide(tf, x, out=x)
    del tf
    x *= idf[terms]
    scores = x.astype(model.dtype)
    del x
    order = np.argsort(terms, kind="stable")  # column-major (term, doc), as bm25s's CSC builder sorts
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(np.bincount(terms, minlength=n_vocab), out=indptr[1:])
    del terms
    model.scores = {"data": scores[order], "indices": docs[order].astype(model.int_dtype), "indptr": indptr,
                    "num_docs": n_docs}
    model.vocab_dict = vocab
    model.nonoccurrence_array = None
    model.unique_token_ids_set = set(vocab.values())
    return model


def _title_model(titles, names: dict[str, int]):
    """The BM25 model of the titles of the documents in ``names`` (``titles``: ``(doc_id, title)`` rows), and its ids."""
    from array import array

    ids: list[str] = []
    vocab = _Vocab()
    token_ids, lengths = array("i"), array("q")
    for doc_id, title in titles:
        terms = query_terms(title or "")
        if doc_id in names and terms:
            ids.append(doc_id)
            token_ids.extend(map(vocab.__getitem__, terms))
            lengths.append(len(terms))
    if not ids:
        return None, ids
    vocab.setdefault("", len(vocab))
    return _bm25s_model(np.frombuffer(token_ids, dtype=np.int32), np.frombuffer(lengths, dtype=np.int64),
                        dict(vocab)), ids


def _save_titles(directory: Path, model, ids: list[str], generation: int) -> None:
    directory.mkdir(parents=True)
    if model is not None:
        model.save(str(directory))
    (directory / _CHUNK_IDS).write_text(json.dumps(ids, ensure_ascii=False), encoding="utf-8")
    (directory / _GENERATION).write_text(str(generation), encoding="utf-8")


def _read_json(path: Path):
    """A JSON file, with orjson when it is there (bm25s installs it): the id lists of a large archive load 3x faster."""
    try:
        import orjson
    except ImportError:  # pragma: no cover
        return json.loads(path.read_text(encoding="utf-8"))
    return orjson.loads(path.read_bytes())


class _SavedModel:
    """A saved bm25s index, memory-mapped: its vocabulary and score matrix (all a query needs).

    Read without importing bm25s (a quarter of a cold `marsad search`); the files are the ones
    ``bm25s.BM25.save`` writes for its default (Lucene, numpy) index, which :func:`_bm25s_model` builds.
    """

    def __init__(self, directory: Path, params: dict):
        self.vocab_dict = _read_json(directory / "vocab.index.json")
        self.scores = {name: np.asarray(np.load(directory / f"{name}.csc.index.npy", mmap_mode="r"))
                       for name in ("data", "indices", "indptr")}
        self.scores["num_docs"] = int(params["num_docs"])


def _load_model(directory: Path):
    """The saved index in ``directory``: read directly when it is bm25s's default kind, else by bm25s."""
    params = json.loads((directory / "params.index.json").read_text(encoding="utf-8"))
    if (params.get("method"), params.get("idf_method"), params.get("dtype")) == ("lucene", "lucene", "float32") \
            and "num_docs" in params:
        return _SavedModel(directory, params)
    import bm25s

    return bm25s.BM25.load(str(directory), mmap=True)


def _owners(chunk_ids: list[str]) -> tuple[np.ndarray, dict[str, int]]:
    """Each chunk's document as a position in ``names`` (documents in order of their first chunk)."""
    names: dict[str, int] = {}
    owner = np.fromiter((names.setdefault(cid.rsplit("::", 1)[0], len(names)) for cid in chunk_ids),
                        dtype=np.int64, count=len(chunk_ids))
    return owner, names


class BM25Index:
    """A BM25 index over every chunk of the document store.

    Args:
        directory: where the index files live (``<home>/bm25``).
    """

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.model = None
        self.chunk_ids: list[str] = []
        self.generation = -1
        self._docs: tuple[np.ndarray, dict[str, int], np.ndarray] | None = None

    # ------------------------------------------------------------ build/load
    def build(self, rows, generation: int, titles=None) -> int:
        """Build from ``(chunk_id, space-joined terms)`` rows and save it atomically.

        With ``titles`` (``(doc_id, title)`` rows) the title field (:meth:`load_titles`) is
        built and saved with it, so the first search after an ingest does not build it.

        Returns:
            The number of chunks indexed.
        """
        from array import array

        ids: list[str] = []
        vocab = _Vocab()
        token_ids = array("i")
        lengths = array("q")
        for chunk_id, terms in rows:
            ids.append(chunk_id)
            before = len(token_ids)
            token_ids.extend(map(vocab.__getitem__, terms.split()))
            lengths.append(len(token_ids) - before)
        tmp = self.directory.with_name(self.directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if ids:
            vocab.setdefault("", len(vocab))
            model = _bm25s_model(np.frombuffer(token_ids, dtype=np.int32), np.frombuffer(lengths, dtype=np.int64),
                                 dict(vocab))
            model.save(str(tmp))
        (tmp / _CHUNK_IDS).write_text(json.dumps(ids, ensure_ascii=False), encoding="utf-8")
        owner, names = _owners(ids)
        np.save(tmp / _OWNER, owner)
        (tmp / _DOC_NAMES).write_text(json.dumps(list(names), ensure_ascii=False), encoding="utf-8")
        if titles is not None:
            _save_titles(tmp / _TITLES_DIR, *_title_model(titles, names), generation)
        (tmp / _GENERATION).write_text(str(generation), encoding="utf-8")
        old = self.directory.with_name(self.directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.directory.exists():
            os.replace(self.directory, old)
        os.replace(tmp, self.directory)
        shutil.rmtree(old, ignore_errors=True)
        self.model = model if ids else None
        self.chunk_ids = ids
        self.generation = generation
        self._docs = None
        self._set_docs(owner, names)
        self._titles = self._title_docs = None
        return len(ids)

    def stored_generation(self) -> int:
        """The store generation the saved index was built for (-1 if none)."""
        try:
            return int((self.directory / _GENERATION).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return -1

    def load(self) -> bool:
        """Load the saved index; False when there is none (or it is unreadable)."""
        for _ in range(3):  # a rebuild may swap the directory while we read it: read until stable
            try:
                generation = int((self.directory / _GENERATION).read_text(encoding="utf-8"))
                ids = _read_json(self.directory / _CHUNK_IDS)
                model = _load_model(self.directory) if ids else None
                docs = self._read_docs(len(ids))
            except (OSError, ValueError, KeyError):
                continue
            if self.stored_generation() == generation:
                break
        else:
            return False
        self.model, self.chunk_ids, self.generation = model, ids, generation
        self._docs = None
        if docs is not None:
            self._set_docs(*docs)
        self._titles = self._title_docs = None
        return True

    # ------------------------------------------------------------ query
    def _scores(self, terms: list[str]) -> np.ndarray | None:
        """bm25s's ``get_scores_from_ids`` for the distinct known terms: the same float32 sums in the
        same order, with a plain indexed add (a term's column names each chunk once) instead of ``add.at``."""
        vocab = self.model.vocab_dict
        token_ids = [vocab[t] for t in dict.fromkeys(terms) if t in vocab]
        if not token_ids:
            return None
        matrix = self.model.scores
        data, indices, indptr = matrix["data"], matrix["indices"], matrix["indptr"]
        scores = np.zeros(matrix["num_docs"], dtype=data.dtype)
        for t in token_ids:
            start, end = int(indptr[t]), int(indptr[t + 1])
            scores[indices[start:end]] += data[start:end]
        return scores

    def top(self, terms: list[str], n: int) -> list[tuple[str, float]]:
        """The ``n`` best chunks for query terms, as ``(chunk_id, score)``, best first."""
        return self.top_concepts([[terms]], n)

    def concept_scores(self, variants: list[list[str]]) -> np.ndarray | None:
        """BM25 score of every chunk for one concept: the best of its wordings (None: no known term)."""
        best = None
        if self.model is None:
            return None
        for terms in variants:
            scores = self._scores(terms) if terms else None
            if scores is not None:
                best = scores if best is None else np.maximum(best, scores)
        return best

    def concept_idf(self, variants: list[list[str]]) -> float:
        """A concept's rarity: the best of its wordings' mean BM25 idf over their known terms (0: none known)."""
        vocab = self.model.vocab_dict
        indptr, n_docs = self.model.scores["indptr"], self.model.scores["num_docs"]
        best = 0.0
        for terms in variants:
            ids = [vocab[t] for t in dict.fromkeys(terms) if t in vocab]
            if ids:
                dfs = [int(indptr[i + 1]) - int(indptr[i]) for i in ids]
                best = max(best, sum(math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) for df in dfs) / len(dfs))
        return best

    def rarity_weights(self, concepts: list[list[list[str]]], power: float) -> list[float]:
        """Per concept, ``(its idf / the query's mean concept idf) ** power`` when that is above 1, else 1: with
        ``power`` above 0 a rare name weighs more than the frequent concept words beside it (BM25 alone counts
        idf once), and no concept weighs less than in the plain ranking; all 1 at 0."""
        if not power or self.model is None:
            return [1.0] * len(concepts)
        # a Latin word in a query of an Arabic archive (an English question's "how", "al") is rare by accident:
        # it keeps weight 1
        idfs = [0.0 if all(t.isascii() for v in variants for t in v) else self.concept_idf(variants)
                for variants in concepts]
        known = [x for x in idfs if x > 0]
        if not known:
            return [1.0] * len(concepts)
        mean = sum(known) / len(known)
        return [max(1.0, (x / mean) ** power) if x > 0 else 1.0 for x in idfs]

    def top_concepts(self, concepts: list[list[list[str]]], n: int, *,
                     keep: np.ndarray | None = None) -> list[tuple[str, float]]:
        """The ``n`` best chunks for a query made of concepts with alternative wordings.

        Each concept is a list of variants (each a list of terms); a chunk's score for
        a concept is its best variant's BM25 score, and concepts add up. So a place
        with one spelling weighs as much as a term the lexicon knows six ways of saying.

        With ``keep`` (a boolean per document), only the chunks of those documents are ranked.

        Returns:
            ``(chunk_id, score)`` pairs, best first.
        """
        total = None
        for variants in concepts:
            scores = self.concept_scores(variants)
            if scores is not None:
                total = scores if total is None else total + scores
        if total is not None and keep is not None:
            total[~keep[self._doc_index()[0]]] = 0
        return [] if total is None else self._best(total, n)

    def doc_positions(self) -> dict[str, int]:
        """Each indexed document's position in the per-document arrays (``keep`` masks)."""
        return self._doc_index()[1]

    def _best(self, scores: np.ndarray, n: int) -> list[tuple[str, float]]:
        positive = np.flatnonzero(scores > 0)
        if positive.size > n:
            part = np.argpartition(-scores[positive], n - 1)[:n]
            positive = positive[part]
        order = positive[np.argsort(-scores[positive], kind="stable")]
        return [(self.chunk_ids[i], float(scores[i])) for i in order]

    def doc_ranking(self, concepts: list[list[list[str]]], n: int, *, spread: float = 0.0, title_weight: float = 0.0,
                    keep: np.ndarray | None = None, rarity: float = 0.0) -> list[tuple[str, float, str]]:
        """The ``n`` best *documents* for a query made of concepts, from their chunks' scores.

        A document scores by its best passage for the whole query: its best chunk's summed score over the
        concepts, plus ``spread`` times the rest of its chunks' (the retrieval tuning chose this over scoring each
        concept by its own best chunk; that path, off since, was removed in pass 60). A document's
        title is a field of its own (:meth:`load_titles`): the score is multiplied by
        ``1 + title_weight * share of the query's concepts the title names``. With ``keep`` (a
        boolean per document, :meth:`doc_positions`) only those documents are ranked (a
        publication period's, :mod:`marsad.index.period`). With ``rarity`` each concept's scores are weighted
        by :meth:`rarity_weights` (0: every weight is 1, the plain ranking).

        Returns:
            ``(doc_id, score, best chunk id)``, best first; the best chunk is the one with the
            highest summed score.
        """
        if self.model is None:
            return []
        owner, names, _ = self._doc_index()
        ndocs = len(names)
        chunk_total = np.zeros(len(self.chunk_ids), dtype=np.float64)
        title_hits = np.zeros(ndocs, dtype=np.float64)
        known = 0
        titles = self._titles if title_weight else None
        weights = self.rarity_weights(concepts, rarity)
        for variants, weight in zip(concepts, weights, strict=True):
            scores = self.concept_scores(variants)
            if scores is None:
                continue
            if weight != 1.0:
                scores = scores * np.float32(weight)
            known += 1
            chunk_total += scores
            tscores = titles.concept_scores(variants) if titles is not None else None
            if tscores is not None:
                title_hits[self._title_docs] += tscores > 0
        if not known:
            return []
        doc_total = self._aggregate(chunk_total, owner, ndocs, spread)  # float64, one per document
        if titles is not None:  # the share of the query's concepts the title names raises the score
            doc_total *= 1.0 + title_weight * title_hits / known
        if keep is not None:
            doc_total[~keep] = 0.0
        positive = np.flatnonzero(doc_total > 0)
        if positive.size > n:
            positive = positive[np.argpartition(-doc_total[positive], n - 1)[:n]]
        order = positive[np.argsort(-doc_total[positive], kind="stable")]
        best_chunk = self._best_chunks(chunk_total, order)
        doc_names = self._doc_names()
        return [(doc_names[d], float(doc_total[d]), self.chunk_ids[c]) for d, c in zip(order, best_chunk, strict=True)]

    def _best_chunks(self, chunk_total: np.ndarray, docs: np.ndarray) -> list[int]:
        """For each of ``docs``, its chunk with the highest score (the last one of equal best scores)."""
        starts = self._starts
        if starts is not None:  # a document's chunks are one run: look only at the documents asked for
            out = []
            for d in docs.tolist():
                run = chunk_total[starts[d]: starts[d + 1]]
                out.append(int(starts[d]) + len(run) - 1 - int(np.argmax(run[::-1])))
            return out
        owner = self._doc_index()[0]
        by_doc = np.lexsort((chunk_total, owner))  # the last chunk of each doc in ascending (doc, score) order
        last = np.r_[np.flatnonzero(np.diff(owner[by_doc])), len(by_doc) - 1]
        best_chunk = np.empty(len(self._names_list), dtype=np.int64)
        best_chunk[owner[by_doc[last]]] = by_doc[last]
        return best_chunk[docs].tolist()

    def _aggregate(self, scores: np.ndarray, owner: np.ndarray, ndocs: int, spread: float) -> np.ndarray:
        if self._starts is not None:  # runs of chunks: one reduceat instead of a scattered maximum.at
            best = np.maximum(np.maximum.reduceat(scores, self._starts[:-1]).astype(np.float64), 0.0)
        else:
            best = np.zeros(ndocs, dtype=np.float64)
            np.maximum.at(best, owner, scores)
        if spread:
            best += spread * (np.bincount(owner, weights=scores, minlength=ndocs) - best)
        return best

    def _doc_names(self) -> list[str]:
        self._doc_index()
        return self._names_list

    # ------------------------------------------------------------ titles
    _titles = None
    _title_docs = None

    def load_titles(self, titles) -> None:
        """Index document titles as a field of their own (``titles``: ``(doc_id, title)`` pairs).

        Built in memory from the document store when the index is (re)loaded and saved
        under ``<dir>/titles`` for the next process; a title counts only for a document
        that has chunks.
        """
        _, names, _ = self._doc_index()
        tdir = self.directory / _TITLES_DIR
        try:
            if int((tdir / _GENERATION).read_text(encoding="utf-8")) == self.generation:
                ids = _read_json(tdir / _CHUNK_IDS)
                model = _load_model(tdir) if ids else None
                self._set_titles(model, ids, names)
                return
        except (OSError, ValueError, KeyError):
            pass
        model, ids = _title_model(titles, names)
        try:
            tmp = self.directory / (_TITLES_DIR + ".tmp")
            shutil.rmtree(tmp, ignore_errors=True)
            _save_titles(tmp, model, ids, self.generation)
            shutil.rmtree(tdir, ignore_errors=True)
            os.replace(tmp, tdir)
        except OSError:  # a read-only home: keep the in-memory index
            pass
        self._set_titles(model, ids, names)

    def _set_titles(self, model, ids: list[str], names: dict[str, int]) -> None:
        if model is None:
            self._titles, self._title_docs = None, None
            return
        view = BM25Index(self.directory / _TITLES_DIR)
        view.model, view.chunk_ids, view.generation = model, ids, self.generation
        self._titles = view
        self._title_docs = np.fromiter((names.get(d, 0) for d in ids), dtype=np.int64, count=len(ids))

    _starts: np.ndarray | None = None

    def _doc_index(self) -> tuple[np.ndarray, dict[str, int], np.ndarray]:
        if self._docs is None:
            self._set_docs(*_owners(self.chunk_ids))
        return self._docs

    def _set_docs(self, owner: np.ndarray, names: dict[str, int]) -> None:
        """Keep each chunk's document (``owner``), the documents' names, sizes and, when every
        document's chunks are one run (they are stored in document order), where each run starts."""
        owner = np.asarray(owner, dtype=np.int64)
        sizes = np.bincount(owner, minlength=len(names))
        self._docs = (owner, names, sizes.astype(np.float64))
        self._names_list = list(names)
        self._starts = None
        if len(owner) and np.all(np.diff(owner) >= 0) and np.all(sizes > 0):
            self._starts = np.r_[0, np.cumsum(sizes)]

    def _read_docs(self, count: int) -> tuple[np.ndarray, dict[str, int]] | None:
        """The saved chunk -> document table (None for an index saved without it)."""
        try:
            owner = np.load(self.directory / _OWNER)
            names = _read_json(self.directory / _DOC_NAMES)
        except FileNotFoundError:
            return None
        if len(owner) != count or (len(owner) and int(owner.max()) >= len(names)):
            raise ValueError("chunk/document table does not match the chunk ids")
        return owner, {name: i for i, name in enumerate(names)}

    def salience(self, concepts: list[list[list[str]]], doc_ids) -> dict[str, float]:
        """For each of ``doc_ids``, the share of its chunks that mention the concepts (averaged).

        A document that names a place in most of its passages is *about* that place;
        one that lists it once is not. Rank-free and IDF-free, so it still tells them
        apart when every document of a small collection names the place.

        Returns:
            ``doc_id -> share`` (0..1); documents not indexed get 0.
        """
        doc_ids = list(doc_ids)
        if self.model is None or not concepts or not doc_ids:
            return dict.fromkeys(doc_ids, 0.0)
        owner, names, sizes = self._doc_index()
        total = np.zeros(len(names), dtype=np.float64)
        for variants in concepts:
            scores = self.concept_scores(variants)
            if scores is not None:
                total += np.bincount(owner, weights=(scores > 0).astype(np.float64), minlength=len(names)) / sizes
        total /= len(concepts)
        return {d: float(total[names[d]]) if d in names else 0.0 for d in doc_ids}
