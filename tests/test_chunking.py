"""Chunking through llama-index with Arabic boundaries: every span exact."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest

from marsad.index.chunking import _pack_sentences, chunk_document, locate_chunks
from marsad.index.loaders import iter_documents
from marsad.schemas import Document


def _check(doc, chunks):
    assert chunks, doc.doc_id
    for i, c in enumerate(chunks):
        assert c.index == i and c.doc_id == doc.doc_id
        assert c.text == doc.text[c.start:c.end]
        assert c.text.strip() == c.text and c.text
    starts = [c.start for c in chunks]
    assert starts == sorted(set(starts))
    # together the chunks cover every word of the document
    covered = set()
    for c in chunks:
        covered.update(range(c.start, c.end))
    assert all(i in covered for i, ch in enumerate(doc.text) if not ch.isspace())


def test_every_chunk_of_every_sample_has_exact_offsets(samples):
    for doc in iter_documents([samples]):
        _check(doc, chunk_document(doc))


@pytest.mark.parametrize(("size", "overlap"), [(40, 5), (80, 10), (150, 20)])
def test_offsets_hold_for_other_sizes(samples, size, overlap):
    for doc in iter_documents([samples]):
        chunks = chunk_document(doc, size, overlap)
        _check(doc, chunks)
        assert all(len(c.text.split()) <= size for c in chunks)


def test_long_arabic_sentence_is_cut_at_arabic_punctuation_not_between_words():
    clause = "وقال المتحدث باسم قيادة العمليات المشتركة إن القوات الأمنية باشرت عملياتها في المنطقة"
    text = "، ".join([clause] * 12) + "؟"  # one very long sentence with ، only
    doc = Document(doc_id="long", text=text)
    chunks = chunk_document(doc, chunk_size=40, chunk_overlap=0)
    _check(doc, chunks)
    assert len(chunks) > 1
    for c in chunks[:-1]:
        assert c.text[-1] in "،؟", c.text[-10:]


def test_short_document_is_one_chunk_trimmed():
    doc = Document(doc_id="s", text="\n\n  هجوم في كركوك.  \n")
    (chunk,) = chunk_document(doc)
    assert (chunk.start, chunk.end, chunk.text) == (4, 18, "هجوم في كركوك.")


def test_locate_chunks_and_the_fallback_packer():
    text = "أ ب ج. د ه و. ز ح ط."
    assert locate_chunks(text, ["أ ب ج.", "د ه و.", "ز ح ط."]) == [(0, 6), (7, 13), (14, 20)]
    assert locate_chunks(text, ["أ  ب ج."]) == [(0, 6)]  # whitespace reshaped: found loosely
    assert locate_chunks(text, ["غير موجود"]) is None
    spans = _pack_sentences(text, chunk_size=6)
    assert [text[s:e] for s, e in spans] == ["أ ب ج. د ه و.", "ز ح ط."]


def test_offsets_on_a_corpus_slice(corpus_path):
    with gzip.open(corpus_path, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, 0, 20000, 100):
            record = json.loads(line)
            doc = Document(doc_id=record["id"], text=record["text"])
            _check(doc, chunk_document(doc))
