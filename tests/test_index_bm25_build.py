"""The BM25 index's own build and document ranking give what bm25s and the plain per-chunk code give."""

from __future__ import annotations

import filecmp
import random

import numpy as np
import pytest

from marsad.index.bm25 import BM25Index, _bm25s_model, _Vocab

WORDS = [f"w{i}" for i in range(60)]


def _rows(n_docs: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows = []
    for d in range(n_docs):
        for c in range(rng.randint(1, 4)):
            terms = [rng.choice(WORDS[: 10 + d % 50]) for _ in range(rng.randint(0, 30))]  # some chunks empty
            rows.append((f"doc{d:03d}::{c}", " ".join(terms)))
    return rows


def _bm25s_reference(rows):
    import bm25s

    vocab: dict[str, int] = {}
    corpus = [[vocab.setdefault(t, len(vocab)) for t in terms.split()] for _, terms in rows]
    vocab.setdefault("", len(vocab))
    model = bm25s.BM25()
    model.index((corpus, vocab), show_progress=False)
    return model


def test_numpy_build_saves_the_files_bm25s_saves(tmp_path):
    rows = _rows(80)
    reference = _bm25s_reference(rows)
    vocab, ids, lengths = _Vocab(), [], []
    for _, terms in rows:
        got = [vocab[t] for t in terms.split()]
        ids.extend(got)
        lengths.append(len(got))
    vocab.setdefault("", len(vocab))
    ours = _bm25s_model(np.array(ids, dtype=np.int32), np.array(lengths, dtype=np.int64), dict(vocab))
    reference.save(str(tmp_path / "ref"))
    ours.save(str(tmp_path / "ours"))
    names = sorted(p.name for p in (tmp_path / "ref").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "ours").iterdir())
    for name in names:
        assert filecmp.cmp(tmp_path / "ref" / name, tmp_path / "ours" / name, shallow=False), name
    query = [vocab["w3"], vocab["w7"]]
    assert np.array_equal(reference.get_scores_from_ids(query), ours.get_scores_from_ids(query))


@pytest.mark.parametrize("spread", [0.0, 0.3])
def test_document_ranking_from_chunk_runs_equals_the_scattered_version(tmp_path, spread):
    rows = _rows(120)
    titles = [(f"doc{d:03d}", f"w{d % 13} w{d % 7}") for d in range(120)]
    index = BM25Index(tmp_path / "bm25")
    index.build(iter(rows), generation=3, titles=iter(titles))
    assert (tmp_path / "bm25" / "titles").is_dir()  # the title field is saved with the index

    fast = BM25Index(tmp_path / "bm25")
    assert fast.load()
    fast.load_titles([])  # read from disk: built with the index
    assert fast._titles is not None and fast._starts is not None
    slow = BM25Index(tmp_path / "bm25")
    assert slow.load()
    slow.load_titles(titles)
    slow._doc_index()
    slow._starts = None  # the general path: maximum.at and a lexsort over every chunk

    for query in (["w1"], ["w2", "w9"], ["w5", "w11", "w40"], ["w0", "w0", "w3"]):
        concepts = [[[t]] for t in query] + [[["w4"], ["w8", "w12"]]]
        for title_weight in (0.0, 1.0):
            kwargs = {"spread": spread, "title_weight": title_weight}
            got = fast.doc_ranking(concepts, 15, **kwargs)
            assert got and got == slow.doc_ranking(concepts, 15, **kwargs)
            for doc_id, _, chunk_id in got:  # the best chunk is one of the document's own
                assert chunk_id.rsplit("::", 1)[0] == doc_id


def test_an_index_saved_without_the_document_table_still_loads(tmp_path):
    rows = _rows(30)
    BM25Index(tmp_path / "bm25").build(iter(rows), generation=1)
    (tmp_path / "bm25" / "marsad_chunk_doc.npy").unlink()
    (tmp_path / "bm25" / "marsad_doc_ids.json").unlink()
    index = BM25Index(tmp_path / "bm25")
    assert index.load()
    ranking = index.doc_ranking([[["w1"]]], 5)
    assert ranking and index._starts is not None


def test_the_saved_index_is_read_without_bm25s_and_scores_as_bm25s_does(tmp_path):
    import bm25s

    BM25Index(tmp_path / "bm25").build(iter(_rows(60)), generation=2)
    index = BM25Index(tmp_path / "bm25")
    assert index.load()
    assert not isinstance(index.model, bm25s.BM25)
    reference = bm25s.BM25.load(str(tmp_path / "bm25"), mmap=True)
    for terms in (["w1"], ["w2", "w9", "w2"], ["w5", "w11", "nope"], WORDS[:20]):
        ids = [reference.vocab_dict[t] for t in dict.fromkeys(terms) if t in reference.vocab_dict]
        assert np.array_equal(index._scores(terms), reference.get_scores_from_ids(ids))
    assert index._scores(["nope"]) is None
