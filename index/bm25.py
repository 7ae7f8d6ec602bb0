"""The lexical half of the hybrid search: BM25 (bm25s) over normalised, stemmed terms.

Terms are :func:`marsad.arabic.search_terms` (normalised tokens, light-stemmed:
article/conjunction prefixes and common suffixes off), minus a short list of function words. They are computed once
at ingest and kept per chunk in the document store, so this index is a derived file:
it is rebuilt from the store whenever the store's generation changes (bm25s cannot add
or remove documents in place), saved under ``<home>/bm25``, and memory-mapped when
loaded. The stemmer never goes through bm25s (its persistence drops it; see
OFFLINE.md): queries go through the same :func:`search_terms`.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np

from marsad.arabic import search_terms

__all__ = ["BM25Index", "query_terms", "STOPWORDS", "BM25_DIR"]

BM25_DIR = "bm25"
_STATE = "marsad_state.json"

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

    # ------------------------------------------------------------ build/load
    def build(self, rows, generation: int) -> int:
        """Build from ``(chunk_id, space-joined terms)`` rows and save it atomically.

        Returns:
            The number of chunks indexed.
        """
        import bm25s

        ids: list[str] = []
        vocab: dict[str, int] = {}
        corpus: list[list[int]] = []
        for chunk_id, terms in rows:
            ids.append(chunk_id)
            corpus.append([vocab.setdefault(t, len(vocab)) for t in terms.split()])
        tmp = self.directory.with_name(self.directory.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        if ids:
            vocab.setdefault("", len(vocab))
            model = bm25s.BM25()
            model.index((corpus, vocab), show_progress=False)
            model.save(str(tmp))
        (tmp / _STATE).write_text(json.dumps({"generation": generation, "chunk_ids": ids}), encoding="utf-8")
        old = self.directory.with_name(self.directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self.directory.exists():
            os.replace(self.directory, old)
        os.replace(tmp, self.directory)
        shutil.rmtree(old, ignore_errors=True)
        self.model = model if ids else None
        self.chunk_ids = ids
        self.generation = generation
        return len(ids)

    def stored_generation(self) -> int:
        """The store generation the saved index was built for (-1 if none)."""
        try:
            with open(self.directory / _STATE, encoding="utf-8") as fh:
                return int(json.load(fh)["generation"])
        except (OSError, ValueError, KeyError):
            return -1

    def load(self) -> bool:
        """Load the saved index; False when there is none (or it is unreadable)."""
        import bm25s

        try:
            state = json.loads((self.directory / _STATE).read_text(encoding="utf-8"))
            ids = state["chunk_ids"]
            model = bm25s.BM25.load(str(self.directory), mmap=True) if ids else None
        except (OSError, ValueError, KeyError):
            return False
        self.model, self.chunk_ids, self.generation = model, ids, int(state["generation"])
        return True

    # ------------------------------------------------------------ query
    def top(self, terms: list[str], n: int) -> list[tuple[str, float]]:
        """The ``n`` best chunks for query terms, as ``(chunk_id, score)``, best first."""
        if self.model is None or not terms:
            return []
        vocab = self.model.vocab_dict
        token_ids = [vocab[t] for t in dict.fromkeys(terms) if t in vocab]
        if not token_ids:
            return []
        scores = self.model.get_scores_from_ids(token_ids)
        positive = np.flatnonzero(scores > 0)
        if positive.size > n:
            part = np.argpartition(-scores[positive], n - 1)[:n]
            positive = positive[part]
        order = positive[np.argsort(-scores[positive], kind="stable")]
        return [(self.chunk_ids[i], float(scores[i])) for i in order]
