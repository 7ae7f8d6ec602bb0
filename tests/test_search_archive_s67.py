"""search67: the article that answers ranks first at archive scale. Sentences written for these tests.

- An English question's reformulated query names each lexicon entry once: every Arabic form was planned as a concept
  of its own holding all the entry's forms, so "company" (four forms) weighed four times a rare name.
- Among the articles a question's searches found, one published in the month the question names comes before one
  published later that only mentions the month.
- A title names a concept of several words only when it holds all of them: a chamber of commerce (غرفة) in a title
  does not name a joint operations room (غرفة عمليات مشتركة)."""

from __future__ import annotations

import pytest
from qa_claims import OrderedSearcher

from marsad.agent.qa import evidence as ev
from marsad.agent.qa.domain import published_in_month
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.index.bm25 import BM25Index, chunk_terms, query_terms
from marsad.index.search import plan_query
from marsad.schemas import Document

_COMPANY = ("مقاول", "مقاولين", "شركة", "شركات")


def test_an_english_question_names_each_lexicon_entry_once():
    parsed = parse_question("Which company employed the engineers kidnapped near the oil field?")
    second = ev.search_queries(parsed, get_lexicon(), 3)[1].split()
    assert sum(word in _COMPANY for word in second) == 1  # before: all four forms, each a concept of its own


_CLASH = "قتل سبعة مسلحين في اشتباكات مع قوات الجيش عند أطراف مأرب في مايو."


def test_an_article_of_the_month_asked_about_comes_first(text_only_store):
    docs = {  # the searches rank the later article first; both name the month
        "later": Document(doc_id="later", title="اشتباكات", text="تذكر الحصيلة أن " + _CLASH, published="2018-06-20"),
        "may": Document(doc_id="may", title="اشتباكات", text=_CLASH, published="2018-05-11"),
    }
    parsed = parse_question("كم مسلحا قتل في اشتباكات مأرب في مايو 2018؟")
    evidence = ev.gather(parsed, OrderedSearcher(docs), text_only_store(docs), get_lexicon(), k=8, max_steps=1)
    assert list(evidence.docs)[0] == "may"


def test_published_in_month_is_the_month_itself():
    assert published_in_month((2018, 5), "2018-05-31T22:00:00")
    assert not published_in_month((2018, 5), "2018-06-02")  # within the days after it a report may still tell it
    assert not published_in_month(None, "2018-05-02") and not published_in_month((2018, 5), None)


_ARTICLES = {
    # a chamber of commerce: its title names غرفة, its text its members (المشتركين) and its operations
    "chamber": ("غرفة التجارة والصناعة تنتخب رئيسا جديدا",
                "انتخبت الهيئة العامة لغرفة التجارة رئيسا جديدا، وقال إن عمليات التصدير ستزيد وإن عدد المشتركين "
                "في الغرفة بلغ ألفين."),
    # the joint operations room, named once in the text
    "room": ("اجتماع للقادة الأمنيين في المحافظة",
             "اتفق القادة على تشكيل غرفة عمليات مشتركة بين الجيش والشرطة لتأمين الطرق الخارجية."),
}


@pytest.fixture
def index(tmp_path):
    rows = [(f"{doc}::0", chunk_terms(text)) for doc, (_, text) in _ARTICLES.items()]
    titles = [(doc, title) for doc, (title, _) in _ARTICLES.items()]
    built = BM25Index(tmp_path / "bm25")
    built.build(iter(rows), generation=1, titles=titles)
    assert built.load()
    built.load_titles(titles)
    return built


@pytest.mark.parametrize("query", ["غرفة عمليات مشتركة", "joint operations room"])
def test_a_title_naming_part_of_a_phrase_does_not_raise_the_article(index, query):
    concepts = [[query_terms(v) for v in variants] for variants in plan_query(query).concepts]
    assert index.doc_ranking(concepts, 2, title_weight=1.0)[0][0] == "room"


def test_a_title_names_a_phrase_only_whole(index):
    wording = query_terms("غرفة عمليات مشتركة")
    titles = dict(zip(index._titles.chunk_ids, index._titles.concept_scores([wording], whole=True), strict=True))
    assert titles["chamber"] == 0
    plain = dict(zip(index._titles.chunk_ids, index._titles.concept_scores([wording]), strict=True))
    assert plain["chamber"] > 0  # as a bag of words the chamber's title scores
