"""TIE_READ (s43): the articles ranked just past the last one read that fit the question as well as it are kept
aside (evidence.gather, Evidence.spare) and read only by the reader that answers from the top articles, their claims
after its own (answerer.first_answer). Sentences written for these tests."""

from __future__ import annotations

from qa_claims import OrderedSearcher

from marsad.agent.qa import evidence as ev
from marsad.agent.qa.answerer import first_answer
from marsad.agent.qa.compose import Claim
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document

_TOLD = "قتل خمسة مسلحين في اشتباكات مع الجيش في أطراف مأرب صباح الخميس."
_ELSEWHERE = "قتل خمسة مسلحين في اشتباكات مع الجيش في أطراف تعز صباح الخميس."


def _docs() -> dict[str, Document]:
    docs = {f"d{i}": Document(doc_id=f"d{i}", title="اشتباكات", text=_TOLD, published="2018-02-01") for i in range(4)}
    docs["far"] = Document(doc_id="far", title="اشتباكات", text=_ELSEWHERE, published="2018-02-01")
    docs["d4"] = Document(doc_id="d4", title="اشتباكات", text=_TOLD, published="2018-02-01")
    return docs


def test_articles_fitting_as_well_as_the_last_read_are_kept_aside(text_only_store):
    docs = _docs()
    parsed = parse_question("كم مسلحا قتل في اشتباكات مأرب؟")
    evidence = ev.gather(parsed, OrderedSearcher(docs), text_only_store(docs), get_lexicon(), k=8, max_steps=1, max_docs=2)
    assert list(evidence.docs) == ["d0", "d1"]
    assert list(evidence.spare) == ["d2", "d3"]  # at most TIE_READ; never the article of another town ("far")
    wide = evidence.widened(text_only_store(docs))
    assert list(wide.docs) == ["d0", "d1", "d2", "d3"] and wide.late == {"d2", "d3"}
    assert not evidence.late


def test_switched_off_nothing_is_kept_aside(text_only_store, monkeypatch):
    monkeypatch.setattr(ev, "TIE_READ", 0)
    docs = _docs()
    parsed = parse_question("كم مسلحا قتل في اشتباكات مأرب؟")
    evidence = ev.gather(parsed, OrderedSearcher(docs), text_only_store(docs), get_lexicon(), k=8, max_steps=1, max_docs=2)
    assert list(evidence.docs) == ["d0", "d1"] and not evidence.spare


_TOP = "وقال شهود إن مسلحين ملثمين هاجموا نقطة التفتيش قرب الجسر فجرا."
_SPARE = "وأفادت الشرطة بأن جماعة مسلحة هاجمت نقطة التفتيش قرب الجسر وفرت."
_QUESTION = "Who attacked the checkpoint near the bridge?"


def _top() -> Evidence:
    return Evidence(docs={"a": Document(doc_id="a", text=_TOP, title="هجوم")},
                    spare={"c": Document(doc_id="c", text=_SPARE, title="هجوم")})


def _wide() -> Evidence:
    return Evidence(docs={"a": Document(doc_id="a", text=_TOP, title="هجوم"),
                          "c": Document(doc_id="c", text=_SPARE, title="هجوم")}, late=frozenset({"c"}))


_A = Claim("masked gunmen", [("a", 0, len(_TOP))])
_C_RECORD = Claim("an armed group (record)", [("c", 0, len(_SPARE))])
_C = Claim("an armed group", [("c", 0, len(_SPARE))])


def test_a_spare_article_joins_the_reader_that_answers_after_its_own_claims():
    top = [(lambda: [], 1), (lambda: [_A], None)]
    wide = [(lambda: [_C_RECORD], 1), (lambda: [_C, _A], None)]  # the spare article's claim ranked first by its reader
    answer = first_answer(parse_question(_QUESTION), top, _top(), {}, wider=lambda: (wide, _wide()))
    assert not answer.abstained
    assert answer.answer.startswith("masked gunmen") and "an armed group" in answer.answer
    assert "(record)" not in answer.answer  # an earlier reader answering from the spare article alone is not asked
    assert [c.doc_id for c in answer.citations] == ["a", "c"]


def test_without_spare_articles_the_top_ones_answer_alone():
    top = [(lambda: [], 1), (lambda: [_A], None)]
    answer = first_answer(parse_question(_QUESTION), top, _top(), {})
    assert [c.doc_id for c in answer.citations] == ["a"]


def test_spare_articles_alone_give_no_answer():
    # no reader answers from the top articles: the spare ones (another report, often) do not answer alone
    top = [(lambda: [], 1), (lambda: [], None)]
    wide = [(lambda: [_C_RECORD], 1), (lambda: [_C], None)]
    assert first_answer(parse_question(_QUESTION), top, _top(), {}, wider=lambda: (wide, _wide())).abstained
