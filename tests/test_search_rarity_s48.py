"""Pass 48 (wt48): the rarer concepts of a query weighed up (BM25Index.rarity_weights), used by the QA
reformulations (evidence.QUERY_RARITY). Own words and names."""

from __future__ import annotations

import pytest

import marsad.agent.qa.evidence as evidence
from marsad.index.bm25 import BM25Index


def _index(tmp_path) -> BM25Index:
    # five reports share four broad words; one names a rare person and one broad word
    rows = [(f"broad{d}::0", "هجوم قتل جبه ساحل") for d in range(5)]
    rows += [(f"other{d}::0", f"سوق مدين{d}") for d in range(40)]
    rows.append(("rare::0", "زيدون جبه"))
    index = BM25Index(tmp_path / "bm25")
    index.build(iter(rows), generation=1)
    return index


QUERY = [[["هجوم"]], [["قتل"]], [["جبه"]], [["ساحل"]], [["زيدون"]]]


def test_a_rare_name_beats_frequent_concept_words_when_weighed_by_rarity(tmp_path):
    index = _index(tmp_path)
    plain = [d for d, _, _ in index.doc_ranking(QUERY, 5)]
    weighed = [d for d, _, _ in index.doc_ranking(QUERY, 5, rarity=1.0)]
    assert plain[0].startswith("broad")  # four broad words outweigh one rare name
    assert weighed[0] == "rare"
    weights = index.rarity_weights(QUERY, 1.0)
    assert weights[-1] > 1.0 and min(weights) == 1.0  # the rare name weighed up, no concept weighed down


def test_without_rarity_every_weight_is_one_and_the_ranking_is_unchanged(tmp_path):
    index = _index(tmp_path)
    assert index.rarity_weights(QUERY, 0.0) == [1.0] * len(QUERY)
    assert index.doc_ranking(QUERY, 20) == index.doc_ranking(QUERY, 20, rarity=0.0)
    same = [[["هجوم"]], [["قتل"]]]  # two concepts of equal rarity weigh 1 each
    assert index.rarity_weights(same, 1.0) == pytest.approx([1.0, 1.0])


def test_a_latin_word_is_not_weighed_up(tmp_path):
    # "zaydun" is in one report of the index, rarer than "هجوم": only its script keeps it at weight 1
    rows = [(f"broad{d}::0", "هجوم قتل") for d in range(5)] + [("latin::0", "zaydun سوق")]
    index = BM25Index(tmp_path / "bm25")
    index.build(iter(rows), generation=1)
    assert index.concept_idf([["zaydun"]]) > index.concept_idf([["هجوم"]]) > 0
    assert index.rarity_weights([[["هجوم"]], [["zaydun"]]], 1.0) == [1.0, 1.0]


class _Hybrid:
    """A searcher with a BM25 side: records the rarity each step asks for."""

    bm25 = object()

    def __init__(self):
        self.calls = []

    def search(self, query, k, **options):
        self.calls.append(options.get("rarity", 0.0))
        return []


def test_only_the_reformulations_are_weighed_by_rarity(monkeypatch):
    searcher = _Hybrid()
    evidence._search(searcher, "سؤال", 5, 0)
    evidence._search(searcher, "اعادة صياغة", 5, 1)
    assert searcher.calls == [0.0, evidence.QUERY_RARITY]
    monkeypatch.setattr(evidence, "QUERY_RARITY", 0.0)
    evidence._search(searcher, "اعادة صياغة", 5, 1)
    assert searcher.calls[-1] == 0.0
