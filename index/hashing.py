"""Hashed character n-gram vectors: the maths of the default embedding, no Chroma needed.

Kept apart from :mod:`marsad.index.embedding` (which wraps it as a Chroma embedding
function) so a search can embed its query without importing chromadb first.
"""

from __future__ import annotations

import re

import numpy as np

from marsad.core.arabic import normalize

__all__ = ["HASH_DIM", "hash_vectors"]

HASH_DIM = 256
_NGRAMS = (3, 4)
_NON_WORD = re.compile(r"[\W_]+")
_MULT = np.array([0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F, 0x165667B1], dtype=np.uint64)


def hash_vectors(texts: list[str], dim: int) -> np.ndarray:
    """Signed hashed character n-gram counts of each text, as a ``(len(texts), dim)`` array."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    if not texts:
        return out
    cleaned = [" " + _NON_WORD.sub(" ", normalize(t)).strip() + " " for t in texts]
    lengths = np.fromiter((len(c) for c in cleaned), dtype=np.int64, count=len(cleaned))
    codes = np.frombuffer("".join(cleaned).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    flat = np.zeros(len(texts) * dim, dtype=np.float64)
    for n in _NGRAMS:
        if len(codes) < n:
            continue
        m = len(codes) - n + 1
        h = np.zeros(m, dtype=np.uint64)
        for k in range(n):
            h = (h + codes[k: k + m] * _MULT[k]) & np.uint64(0xFFFFFFFF)
        h ^= h >> np.uint64(15)
        h = (h * np.uint64(0x2C1B3C6D)) & np.uint64(0xFFFFFFFF)
        h ^= h >> np.uint64(12)
        same_text = owner[:m] == owner[n - 1:]  # the n-gram does not straddle two texts
        bucket = (h % np.uint64(dim)).astype(np.int64)
        sign = np.where((h >> np.uint64(31)) & np.uint64(1), -1.0, 1.0)
        idx = owner[:m] * dim + bucket
        flat += np.bincount(idx[same_text], weights=sign[same_text], minlength=flat.size)
    out = flat.reshape(len(texts), dim).astype(np.float32)
    np.copysign(np.sqrt(np.abs(out)), out, out=out)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out /= norms
    return out
