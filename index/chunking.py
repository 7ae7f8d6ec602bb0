"""Cutting documents into passages with llama-index's ``SentenceSplitter``, Arabic-aware.

The splitter is given an Arabic sentence splitter (``. ! ? ؟`` and line breaks, from
:mod:`marsad.core.arabic`) as ``chunking_tokenizer_fn`` and a fallback regex that also
cuts at ``، ؛ ,`` (its default knows neither ``؟`` nor ``،``, so long Arabic sentences
would be cut between words). Chunk sizes are counted in whitespace-separated words:
cheap, and close enough to what a reader sees as passage length.

llama-index returns chunk *strings*; each is located in the document text to get its
``start``/``end``, and ``doc.text[start:end] == chunk.text`` is checked. Should a
chunk ever fail to be found verbatim (whitespace reshaped by the splitter), the
document is chunked by a plain sentence packer instead, so offsets are never guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.core.arabic import sentence_pieces, trim_spans
from marsad.schemas import Chunk, Document

__all__ = ["CHUNK_SIZE", "CHUNK_OVERLAP", "ARABIC_CHUNKING_REGEX", "chunk_document", "make_splitter", "locate_chunks"]

CHUNK_SIZE = 150  # words per chunk at most
CHUNK_OVERLAP = 20  # words shared by neighbouring chunks
_PUNCT = ",.;!?\u060c\u061b\u061f"  # , . ; ! ? ، ؛ ؟
ARABIC_CHUNKING_REGEX = rf"[^{_PUNCT}]+[{_PUNCT}]*|[{_PUNCT}]+"


def _word_count(text: str) -> list[str]:
    return text.split()


@lru_cache(maxsize=4)
def make_splitter(chunk_size: int = CHUNK_SIZE, chunk_overlap: int = CHUNK_OVERLAP):
    """A llama-index ``SentenceSplitter`` set up for Arabic (cached per size)."""
    from llama_index.core.node_parser import SentenceSplitter

    return SentenceSplitter(
        chunk_size=chunk_size,
        chunk_overlap=chunk_overlap,
        tokenizer=_word_count,
        paragraph_separator="\n\n",
        chunking_tokenizer_fn=sentence_pieces,
        secondary_chunking_regex=ARABIC_CHUNKING_REGEX,
    )


def _find_loose(text: str, piece: str, pos: int) -> tuple[int, int] | None:
    """Find ``piece`` allowing any run of whitespace where it has whitespace."""
    words = piece.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    m = re.compile(pattern).search(text, pos)
    return (m.start(), m.end()) if m else None


def _tail_start(text: str, start: int, end: int, words: int) -> int:
    """Where the last ``words`` words of ``text[start:end]`` begin (``end`` when ``words`` is 0)."""
    pos = end
    for _ in range(words):
        while pos > start and text[pos - 1].isspace():
            pos -= 1
        while pos > start and not text[pos - 1].isspace():
            pos -= 1
        if pos <= start:
            return start
    return pos


def locate_chunks(text: str, pieces: list[str], overlap_words: int = CHUNK_OVERLAP) -> list[tuple[int, int]] | None:
    """Spans of consecutive (possibly overlapping) chunk strings in ``text``.

    A chunk shares at most ``overlap_words`` words with the previous one, so it is
    looked for from the start of that tail on: repeated passages (articles often
    repeat their lead) then map to the right copy.

    Returns:
        One ``(start, end)`` per piece, starts strictly increasing, or None when a
        piece cannot be found in order.
    """
    spans: list[tuple[int, int]] = []
    for piece in pieces:
        if spans:
            prev_start, prev_end = spans[-1]
            lo = max(prev_start + 1, _tail_start(text, prev_start, prev_end, overlap_words + 1))
            floor = prev_start + 1
        else:
            lo = floor = 0
        span = None
        for pos in (lo, floor) if lo != floor else (lo,):
            start = text.find(piece, pos)
            span = (start, start + len(piece)) if start >= 0 else _find_loose(text, piece, pos)
            if span is not None:
                break
        if span is None:
            return None
        spans.append(span)
    return spans


def _pack_sentences(text: str, chunk_size: int) -> list[tuple[int, int]]:
    """Fallback: greedy packing of sentence spans into chunks of at most ``chunk_size`` words."""
    spans: list[tuple[int, int]] = []
    start = end = None
    words = 0
    pos = 0
    for piece in sentence_pieces(text):
        p_start, p_end = pos, pos + len(piece)
        pos = p_end
        n = len(piece.split())
        if n == 0:
            continue
        if start is not None and words + n > chunk_size:
            spans.append((start, end))
            start, words = None, 0
        if start is None:
            start = p_start
        end, words = p_end, words + n
    if start is not None:
        spans.append((start, end))
    return trim_spans(text, spans)


def chunk_document(doc: Document, chunk_size: int = CHUNK_SIZE, chunk_overlap: int = CHUNK_OVERLAP) -> list[Chunk]:
    """Cut a document into passages with exact spans.

    Args:
        doc: the document (its text is not changed).
        chunk_size: maximum words per chunk.
        chunk_overlap: words shared by neighbouring chunks.

    Returns:
        Chunks in order, each with ``text == doc.text[start:end]``; empty for a
        document without visible text.
    """
    text = doc.text
    if not text.strip():
        return []
    pieces = [p for p in make_splitter(chunk_size, chunk_overlap).split_text(text) if p.strip()]
    spans = locate_chunks(text, pieces, chunk_overlap)
    if spans is None:
        spans = _pack_sentences(text, chunk_size)
    return [Chunk(doc_id=doc.doc_id, index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(spans)]
