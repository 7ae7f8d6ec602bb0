"""Integrity of the real-news retrieval queries, their judgments and the real-news QA set (issue 11).

The id-prefix rule of the development slice is checked always; that every referenced id exists in the
corpus and really is a development-slice article (by its ``source``) is checked when the shared
corpus is present (the ``corpus_path`` fixture skips otherwise).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from marsad.evals.golden import QA_FILES

REALNEWS = Path(__file__).resolve().parents[1] / "evals" / "realnews"
RETRIEVAL = REALNEWS / "retrieval.jsonl"
JUDGMENTS = REALNEWS / "retrieval_judgments.jsonl"
QA = REALNEWS / "qa.jsonl"
QA_DEV = REALNEWS / "qa_dev.jsonl"
QA_DEV2 = REALNEWS / "qa_dev2.jsonl"
QA_DEV3 = REALNEWS / "qa_dev3.jsonl"
QA_DEV4 = REALNEWS / "qa_dev4.jsonl"
QA_DEV5 = REALNEWS / "qa_dev5.jsonl"
QA_DEV6 = REALNEWS / "qa_dev6.jsonl"
QA_DEV7 = REALNEWS / "qa_dev7.jsonl"
QA_DEV8 = REALNEWS / "qa_dev8.jsonl"
QA_DEV9 = REALNEWS / "qa_dev9.jsonl"
QA_DEV10 = REALNEWS / "qa_dev10.jsonl"
QA_DEV11 = REALNEWS / "qa_dev11.jsonl"
QA_DEV12 = REALNEWS / "qa_dev12.jsonl"
QA_DEV13 = REALNEWS / "qa_dev13.jsonl"
QA_DEV14 = REALNEWS / "qa_dev14.jsonl"
QA_DEV15 = REALNEWS / "qa_dev15.jsonl"
QA_DEV16 = REALNEWS / "qa_dev16.jsonl"
QA_DEV17 = REALNEWS / "qa_dev17.jsonl"
QA_DEV18 = REALNEWS / "qa_dev18.jsonl"
QA_DEV19 = REALNEWS / "qa_dev19.jsonl"
QA_DEV20 = REALNEWS / "qa_dev20.jsonl"
QA_DEV21 = REALNEWS / "qa_dev21.jsonl"
QA_DEV22 = REALNEWS / "qa_dev22.jsonl"
QA_DEV23 = REALNEWS / "qa_dev23.jsonl"
QA_DEV24 = REALNEWS / "qa_dev24.jsonl"
QA_DEV25 = REALNEWS / "qa_dev25.jsonl"
QA_DEV26 = REALNEWS / "qa_dev26.jsonl"
QA_DEV27 = REALNEWS / "qa_dev27.jsonl"
QA_DEV28 = REALNEWS / "qa_dev28.jsonl"
QA_DEV29 = REALNEWS / "qa_dev29.jsonl"
QA_DEV30 = REALNEWS / "qa_dev30.jsonl"
QA_DEV31 = REALNEWS / "qa_dev31.jsonl"
QA_DEV32 = REALNEWS / "qa_dev32.jsonl"
QA_DEV33 = REALNEWS / "qa_dev33.jsonl"
QA_DEV34 = REALNEWS / "qa_dev34.jsonl"
QA_DEV35 = REALNEWS / "qa_dev35.jsonl"
DEV_SNN_SOURCES = ("3alyoum", "almadina", "alwatan", "sabq")
ROLES = {"killed", "injured", "date", "place", "actor"}


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _prefix_ok(doc_id: str) -> bool:
    """What the id alone can tell: Al Arabiya ids, or SNN ids (their paper is checked against the corpus)."""
    return doc_id.startswith("ant:AL-") or doc_id.startswith("snn:")


@pytest.fixture(scope="module")
def queries() -> list[dict]:
    return _read(RETRIEVAL)


@pytest.fixture(scope="module")
def judgments() -> list[dict]:
    return _read(JUDGMENTS)


@pytest.fixture(scope="module")
def questions() -> list[dict]:
    return _read(QA)


def _referenced_ids(queries, judgments, questions) -> set[str]:
    ids = {d for q in queries for d in q["relevant"]}
    ids |= {j["doc_id"] for j in judgments}
    ids |= {d for q in questions + _read(QA_DEV) + _read(QA_DEV2) + _read(QA_DEV4) + _read(QA_DEV11) + _read(QA_DEV12) + _read(QA_DEV13) for d in q["supporting_docs"]}
    return ids


def _tune_and_check_articles() -> set[str]:
    """The set articles its own questions and queries are about. The ``fresh`` split (extraction only, annotated
    later from a random sample of the slice) may hold an article a development question is about."""
    return {a["id"] for a in _read(REALNEWS / "articles.jsonl") if a["split"] in ("tune", "check")}


def _assert_question_shape(q: dict, split: str) -> None:
    """One question of a development set: its keys, its split, its language, an answer exactly when it has facts and
    supporting articles, and each fact's variants and role (a count of arrests has no role)."""
    assert set(q) == {"id", "question", "language", "facts", "supporting_docs", "expect_abstain", "split"}, q["id"]
    assert q["split"] == split and q["language"] in ("ar", "en"), q["id"]
    assert bool(q["expect_abstain"]) == (not q["facts"]) == (not q["supporting_docs"]), q["id"]
    for fact in q["facts"]:
        variants = fact["any"] if isinstance(fact, dict) else fact
        role = fact.get("role") if isinstance(fact, dict) else None
        assert variants and (role is None or role in ROLES), (q["id"], fact)


def test_dev_questions_are_on_articles_outside_the_set_and_shaped_like_the_set(questions):
    dev = _read(QA_DEV)
    listed = _tune_and_check_articles()
    ids = [q["id"] for q in dev]
    assert len(dev) >= 50 and len(ids) == len(set(ids))
    assert not set(ids) & {q["id"] for q in questions}, "dev ids must not reuse the set's question ids"
    for q in dev:
        _assert_question_shape(q, "dev")
        assert not set(q["supporting_docs"]) & listed, f"{q['id']}: a dev question is about an article outside the set"
    per_doc = Counter(d for q in dev for d in q["supporting_docs"])
    assert max(per_doc.values()) <= 2, "at most two questions per article"


def test_dev2_questions_are_on_articles_outside_the_set_and_outside_dev(questions):
    """The second development set: fresh articles (neither the set's nor qa_dev's), its own ids and split."""
    dev2 = _read(QA_DEV2)
    listed = _tune_and_check_articles()
    dev_docs = {d for q in _read(QA_DEV) for d in q["supporting_docs"]}
    ids = [q["id"] for q in dev2]
    assert len(dev2) >= 50 and len(ids) == len(set(ids))
    assert not set(ids) & {q["id"] for q in questions + _read(QA_DEV)}, "dev2 ids must be new"
    for q in dev2:
        _assert_question_shape(q, "dev2")
        assert not set(q["supporting_docs"]) & (listed | dev_docs), f"{q['id']}: a dev2 article must be fresh"
    assert max(Counter(d for q in dev2 for d in q["supporting_docs"]).values()) <= 2
    assert 0.4 <= sum(q["language"] == "en" for q in dev2) / len(dev2) <= 0.6
    assert 0.1 <= sum(q["expect_abstain"] for q in dev2) / len(dev2) <= 0.25


def test_dev3_questions_are_on_articles_outside_the_set_and_the_other_dev_sets(questions):
    """The third development set: fresh articles (neither the set's nor qa_dev's nor qa_dev2's), its own ids."""
    dev3 = _read(QA_DEV3)
    listed = _tune_and_check_articles()
    earlier = _read(QA_DEV) + _read(QA_DEV2)
    used = {d for q in earlier + questions for d in q["supporting_docs"]}
    ids = [q["id"] for q in dev3]
    assert len(dev3) >= 30 and len(ids) == len(set(ids))
    assert not set(ids) & {q["id"] for q in questions + earlier}, "dev3 ids must be new"
    for q in dev3:
        _assert_question_shape(q, "dev3")
        assert not set(q["supporting_docs"]) & (listed | used), f"{q['id']}: a dev3 article must be fresh"
    assert max(Counter(d for q in dev3 for d in q["supporting_docs"]).values()) <= 2
    assert 0.4 <= sum(q["language"] == "en" for q in dev3) / len(dev3) <= 0.6
    assert 0.1 <= sum(q["expect_abstain"] for q in dev3) / len(dev3) <= 0.25


@pytest.mark.parametrize(("path", "split", "earlier"), [
    (QA_DEV4, "dev4", (QA_DEV, QA_DEV2, QA_DEV3)),
    (QA_DEV5, "dev5", (QA_DEV, QA_DEV2, QA_DEV3, QA_DEV4)),
    (QA_DEV6, "dev6", (QA_DEV, QA_DEV2, QA_DEV3, QA_DEV4, QA_DEV5)),
    (QA_DEV7, "dev7", (QA_DEV, QA_DEV2, QA_DEV3, QA_DEV4, QA_DEV5, QA_DEV6)),
    (QA_DEV8, "dev8", (QA_DEV, QA_DEV2, QA_DEV3, QA_DEV4, QA_DEV5, QA_DEV6, QA_DEV7)),
])
def test_later_dev_sets_are_on_articles_outside_the_set_with_their_own_ids(questions, path, split, earlier):
    """The fourth (session 12) and fifth (session 13) development sets, each written blind at the start of its
    session, the sixth and seventh (sessions 14 and 15, open) and the eighth (session 16): slice articles outside the set, new ids, their own split, about a
    third English, a tenth to a quarter to abstain."""
    fresh = _read(path)
    listed = _tune_and_check_articles()
    before = [q for p in earlier for q in _read(p)]
    ids = [q["id"] for q in fresh]
    assert len(fresh) >= 30 and len(ids) == len(set(ids))
    assert not set(ids) & {q["id"] for q in questions + before}, f"{split} ids must be new"
    for q in fresh:
        _assert_question_shape(q, split)
        assert all(_prefix_ok(d) for d in q["supporting_docs"]), q["id"]
        if split in ("dev4", "dev6", "dev7", "dev8"):  # (dev5 lists every slice report of the incident, one of which the set also holds)
            assert not set(q["supporting_docs"]) & listed, f"{q['id']}: a dev4 article must be outside the set"
    assert max(Counter(d for q in fresh for d in q["supporting_docs"]).values()) <= 2
    assert 0.25 <= sum(q["language"] == "en" for q in fresh) / len(fresh) <= 0.6
    assert 0.1 <= sum(q["expect_abstain"] for q in fresh) / len(fresh) <= 0.25


def test_the_ninth_set_is_the_opened_held_sets(questions):
    """dev9 (session 25): the two held sets of session 22 whose answers were read, ids kept, on articles outside
    the check split and every earlier set; all answerable (a held set asks for facts)."""
    fresh = _read(QA_DEV9)
    check = {a["id"] for a in _read(REALNEWS / "articles.jsonl") if a["split"] == "check"}
    before = [q for p in (QA_DEV, QA_DEV2, QA_DEV3, QA_DEV4, QA_DEV5, QA_DEV6, QA_DEV7, QA_DEV8) for q in _read(p)]
    ids = [q["id"] for q in fresh]
    assert len(fresh) == 32 and len(ids) == len(set(ids))
    assert not set(ids) & {q["id"] for q in questions + before}
    for q in fresh:
        assert q["split"] == "dev9" and q["language"] in ("ar", "en") and not q["expect_abstain"], q["id"]
        assert q["facts"] and q["supporting_docs"] and all(_prefix_ok(d) for d in q["supporting_docs"]), q["id"]
        assert not set(q["supporting_docs"]) & check, q["id"]  # (one is on a tune article of the set)
        assert not set(q["supporting_docs"]) & {d for b in before for d in b["supporting_docs"]}, q["id"]


def test_the_tenth_set_is_the_opened_fresh_held_set(questions):
    """dev10 (session 27): the held set of session 25 (written by someone who had read no project code nor any other
    set), opened once its total had stayed 8/24 over two passes; ids kept, on articles outside the check split and
    every earlier set, half English, all answerable."""
    fresh = _read(QA_DEV10)
    check = {a["id"] for a in _read(REALNEWS / "articles.jsonl") if a["split"] == "check"}
    before = [q for p in (QA_DEV, QA_DEV2, QA_DEV3, QA_DEV4, QA_DEV5, QA_DEV6, QA_DEV7, QA_DEV8, QA_DEV9) for q in _read(p)]
    ids = [q["id"] for q in fresh]
    assert len(fresh) == 24 and len(ids) == len(set(ids))
    assert not set(ids) & {q["id"] for q in questions + before}
    assert sum(q["language"] == "en" for q in fresh) == 12
    for q in fresh:
        assert q["split"] == "dev10" and not q["expect_abstain"], q["id"]
        assert q["facts"] and q["supporting_docs"] and all(_prefix_ok(d) for d in q["supporting_docs"]), q["id"]
        assert not set(q["supporting_docs"]) & check, q["id"]
        assert not set(q["supporting_docs"]) & {d for b in before for d in b["supporting_docs"]}, q["id"]


def _written_before(name: str) -> tuple[Path, ...]:
    """The QA files the loader reads before ``name`` (evals.golden.QA_FILES is in the order they were written)."""
    return tuple(REALNEWS / f for f in QA_FILES[:QA_FILES.index(name)])


_UNSEEN_SETS = [(QA_DEV11, "dev11", _written_before("qa_dev11.jsonl")),
                (QA_DEV12, "dev12", _written_before("qa_dev12.jsonl")),
                (QA_DEV13, "dev13", _written_before("qa_dev13.jsonl")),
                (QA_DEV14, "dev14", _written_before("qa_dev14.jsonl")),
                (QA_DEV15, "dev15", _written_before("qa_dev15.jsonl")),
                (QA_DEV16, "dev16", _written_before("qa_dev16.jsonl")),
                (QA_DEV17, "dev17", _written_before("qa_dev17.jsonl")),
                (QA_DEV18, "dev18", _written_before("qa_dev18.jsonl")),
                (QA_DEV19, "dev19", _written_before("qa_dev19.jsonl")),
                (QA_DEV20, "dev20", _written_before("qa_dev20.jsonl")),
                (QA_DEV21, "dev21", _written_before("qa_dev21.jsonl")),
                (QA_DEV22, "dev22", _written_before("qa_dev22.jsonl")),
                (QA_DEV23, "dev23", _written_before("qa_dev23.jsonl")),
                (QA_DEV24, "dev24", _written_before("qa_dev24.jsonl")),
                (QA_DEV25, "dev25", _written_before("qa_dev25.jsonl")),
                (QA_DEV26, "dev26", _written_before("qa_dev26.jsonl")),
                (QA_DEV27, "dev27", _written_before("qa_dev27.jsonl")),
                (QA_DEV28, "dev28", _written_before("qa_dev28.jsonl")),
                (QA_DEV29, "dev29", _written_before("qa_dev29.jsonl")),
                (QA_DEV30, "dev30", _written_before("qa_dev30.jsonl")),
                (QA_DEV31, "dev31", _written_before("qa_dev31.jsonl")),
                (QA_DEV32, "dev32", _written_before("qa_dev32.jsonl")),
                (QA_DEV33, "dev33", _written_before("qa_dev33.jsonl")),
                (QA_DEV34, "dev34", _written_before("qa_dev34.jsonl")),
                (QA_DEV35, "dev35", _written_before("qa_dev35.jsonl"))]


@pytest.mark.parametrize("path, split, earlier", _UNSEEN_SETS, ids=[s for _, s, _ in _UNSEEN_SETS])
def test_a_later_set_is_written_on_unseen_attack_articles(path, split, earlier):
    """dev11 (pass 45), dev12 (pass 47), dev13 (pass 48), dev14 (pass 49), dev15 (pass 50), dev16 (pass 51), dev17
    (pass 52), dev18 (pass 53), dev19 (pass 54), dev20 (pass 55), dev21 (pass 56), dev22 (pass 57), dev23 (pass 58),
    dev24 (pass 59), dev25 (pass 60), dev26 (pass 61), dev27 (pass 62), dev28 (pass 63), dev29 (pass 64), dev30 (pass 65), dev31 (pass 66), dev32 (pass 67), dev33 (pass 68), dev34 (pass 69) and dev35 (pass 70): each written before its pass's first change on development-slice attack articles outside the set (tune, check and the fresh
    splits), every earlier set and the held sets; about half English, a tenth to a quarter to abstain, at most two
    questions per article, each answer's variant present in a supporting article."""
    fresh = _read(path)
    listed = {a["id"] for a in _read(REALNEWS / "articles.jsonl")}
    before = [q for p in earlier for q in _read(p)]
    held = [q for p in sorted((REALNEWS / "held").glob("*.jsonl")) for q in _read(p)]
    used = {d for q in before + held for d in q.get("supporting_docs") or ()}
    ids = [q["id"] for q in fresh]
    assert len(fresh) >= 30 and len(ids) == len(set(ids))
    assert not set(ids) & {q["id"] for q in before + held}
    for q in fresh:
        _assert_question_shape(q, split)
        assert all(_prefix_ok(d) for d in q["supporting_docs"]), q["id"]
        assert not set(q["supporting_docs"]) & (listed | used), q["id"]
    assert max(Counter(d for q in fresh for d in q["supporting_docs"]).values()) <= 2
    assert 0.4 <= sum(q["language"] == "en" for q in fresh) / len(fresh) <= 0.6
    assert 0.1 <= sum(q["expect_abstain"] for q in fresh) / len(fresh) <= 0.25


def test_queries_shape_and_ratios(queries):
    assert len(queries) >= 120
    ids = [q["id"] for q in queries]
    assert len(ids) == len(set(ids)), "query ids must be unique"
    for q in queries:
        assert set(q) == {"id", "query", "language", "style", "relevant", "split"}, q["id"]
        assert q["language"] in ("ar", "en"), q["id"]
        assert q["style"] in ("headline", "question", "keyword"), q["id"]
        assert q["split"] in ("tune", "check"), q["id"]
        assert q["relevant"] and len(q["relevant"]) == len(set(q["relevant"])), q["id"]
        assert 0 < len(q["query"]) <= 120, f"{q['id']}: a query is a short string, never article text"
    lang = Counter(q["language"] for q in queries)
    assert 0.58 <= lang["ar"] / len(queries) <= 0.65, lang
    assert lang["en"] / len(queries) >= 0.35, lang
    styles = Counter(q["style"] for q in queries)
    assert all(styles[s] / len(queries) >= 0.2 for s in ("headline", "question", "keyword")), styles
    tune = sum(q["split"] == "tune" for q in queries) / len(queries)
    assert 0.5 <= tune <= 0.7, tune


def test_query_split_follows_the_main_article(queries):
    """A query about an article of articles.jsonl never lands in the other split."""
    split = {a["id"]: a["split"] for a in _read(REALNEWS / "articles.jsonl")}
    for q in queries:
        listed = {split[d] for d in q["relevant"] if d in split}
        if len(listed) == 1:
            assert q["split"] in listed, q["id"]


def test_judgments_cover_every_relevant_id(queries, judgments):
    by_query: dict[str, dict[str, bool]] = {}
    for j in judgments:
        assert set(j) >= {"query_id", "doc_id", "relevant"}, j
        assert isinstance(j["relevant"], bool), j
        pair = by_query.setdefault(j["query_id"], {})
        assert j["doc_id"] not in pair, f"{j['query_id']} judges {j['doc_id']} twice"
        pair[j["doc_id"]] = j["relevant"]
    assert set(by_query) == {q["id"] for q in queries}
    for q in queries:
        judged = by_query[q["id"]]
        assert {d for d, rel in judged.items() if rel} == set(q["relevant"]), q["id"]
        assert len(judged) > len(q["relevant"]), f"{q['id']}: a pool judges non-relevant articles too"


def test_qa_shape_and_ratios(questions):
    assert len(questions) >= 50
    ids = [q["id"] for q in questions]
    assert len(ids) == len(set(ids)), "question ids must be unique"
    for q in questions:
        assert set(q) == {"id", "question", "language", "facts", "supporting_docs", "expect_abstain", "split"}
        assert q["language"] in ("ar", "en") and q["split"] in ("tune", "check"), q["id"]
        if q["expect_abstain"]:
            assert q["facts"] == [] and q["supporting_docs"] == [], q["id"]
            continue
        assert q["facts"] and q["supporting_docs"], q["id"]
        for fact in q["facts"]:
            if isinstance(fact, dict):
                assert set(fact) == {"any", "role"} and fact["role"] in ROLES, (q["id"], fact)
                variants = fact["any"]
            else:
                variants = fact
            assert variants and all(isinstance(v, str) and v.strip() for v in variants), (q["id"], fact)
    english = sum(q["language"] == "en" for q in questions) / len(questions)
    assert 0.45 <= english <= 0.55, english
    abstain = sum(q["expect_abstain"] for q in questions) / len(questions)
    assert 0.15 <= abstain <= 0.25, abstain
    assert any(q["expect_abstain"] for q in questions if q["language"] == "ar")
    assert any(q["expect_abstain"] for q in questions if q["language"] == "en")


def test_every_referenced_id_has_a_development_prefix(queries, judgments, questions):
    bad = sorted(d for d in _referenced_ids(queries, judgments, questions) if not _prefix_ok(d))
    assert not bad, f"ids outside the development slice: {bad[:5]}"


def test_every_referenced_id_is_a_development_article(queries, judgments, questions, corpus_path):
    wanted = _referenced_ids(queries, judgments, questions)
    source: dict[str, str] = {}
    with gzip.open(corpus_path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in wanted:
                source[rec["id"]] = rec.get("source") or ""
    missing = sorted(wanted - set(source))
    assert not missing, f"ids not in the corpus: {missing[:5]}"
    outside = sorted(d for d, s in source.items() if d.startswith("snn:") and not s.startswith(DEV_SNN_SOURCES))
    assert not outside, f"SNN ids from a paper outside the development slice: {outside[:5]}"
