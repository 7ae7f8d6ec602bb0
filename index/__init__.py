"""Ingestion, chunking, the Chroma index and hybrid search.

Submodules are imported where they are used (``from index.search import Searcher``),
so that importing :mod:`index` stays cheap.
"""
