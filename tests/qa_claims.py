"""Shared by the tests of answer composition: a question read with the lexicon, and a quoted claim on one sentence."""

from __future__ import annotations

from marsad.agent.qa.compose import Claim
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Citation, Hit


def read_question(text: str):
    """``text`` parsed as a question, with the lexicon's entities."""
    return parse_question(text, get_lexicon())


def cite(doc_id: str, text: str, quote: str) -> Citation:
    """The citation of ``quote``'s first place in ``text`` (document ``doc_id``)."""
    start = text.index(quote)
    return Citation(doc_id=doc_id, start=start, end=start + len(quote), quote=quote)


def quoted_claim(text: str, sentence: str) -> Claim:
    """A claim quoting ``sentence`` of document ``d1`` (whose text is ``text``), cited by its span."""
    start = text.index(sentence)
    return Claim(f"تقول المصادر: «{sentence}»", [("d1", start, start + len(sentence))], quoted=True)


def evidence_of(*texts: str, published: str = "2016-05-02"):
    """Evidence over one document per text (``d0``, ``d1`` ...), untitled, all of one day."""
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    docs = {f"d{i}": Document(doc_id=f"d{i}", title="", text=t, published=published) for i, t in enumerate(texts)}
    return Evidence(docs=docs)


def passage_quotes(question: str, *texts: str) -> list[str]:
    """The sentences the passage reader quotes for ``question`` (read with its English words) over ``texts``."""
    from marsad.agent.qa import passages
    from marsad.agent.qa.translit import with_words

    claims = passages.passage_claims(with_words(parse_question(question)), evidence_of(*texts))
    return [c.text for c in claims]


def article_claims(question: str, text: str, title: str, published: str) -> list[Claim]:
    """The passage reader's claims for ``question`` (read with the lexicon) over one titled article ``t``."""
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    doc = Document(doc_id="t", title=title, text=text, published=published)
    return passage_claims(read_question(question), Evidence(docs={"t": doc}))


class OrderedSearcher:
    """A searcher over ``docs`` (id -> Document) whose every search returns the articles in the order given."""

    def __init__(self, docs):
        self.docs = docs

    def search(self, query, k):
        return [Hit(doc_id=d, title=self.docs[d].title, score=1.0, start=0, end=10, text=self.docs[d].text[:10])
                for d in self.docs][:k]
