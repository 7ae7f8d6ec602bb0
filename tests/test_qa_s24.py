"""QA at archive scale (s24): a day a question names is searched once more, as a preference, not a filter.

Every sentence and question here is written for the test (none is corpus text)."""

from __future__ import annotations

import pytest

from marsad.agent.qa import evidence as ev
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document, Hit


class _PeriodSearcher:
    """An archive whose unbounded searches never reach the article of the day; a period view finds it."""

    def __init__(self, docs, hidden):
        self.docs, self.hidden, self.periods = docs, hidden, []

    def search(self, query, k):
        return [Hit(doc_id=d, title=self.docs[d].title, score=1.0, start=0, end=10, text=self.docs[d].text[:10])
                for d in self.docs if d != self.hidden][:k]

    def within(self, period):
        self.periods.append(period)
        outer = self

        class _View:
            def search(self, query, k):
                return [Hit(doc_id=d, title=outer.docs[d].title, score=1.0, start=0, end=10, text="")
                        for d in outer.docs if period.contains(outer.docs[d].published)][:k]

        return _View()


def _many_days() -> dict[str, Document]:
    docs = {f"old{i}": Document(doc_id=f"old{i}", title="اشتباكات في مأرب",
                                text="دارت اشتباكات بين الجيش والمسلحين في أطراف مأرب دون ذكر خسائر.",
                                published=f"2018-01-{10 + i:02d}") for i in range(12)}
    docs["day"] = Document(doc_id="day", title="اشتباكات في مأرب",
                           text="قتل سبعة مسلحين في اشتباكات مع الجيش في أطراف مأرب مساء الأحد.",
                           published="2018-03-26")
    return docs


@pytest.mark.parametrize("on", [True, False])
def test_a_question_naming_a_day_searches_that_days_articles_once_more(text_only_store, monkeypatch, on):
    docs = _many_days()
    monkeypatch.setattr(ev, "DATE_SEARCH", on)
    searcher = _PeriodSearcher(docs, hidden="day")
    parsed = parse_question("كم مسلحا قتل في اشتباكات مأرب في 25 مارس 2018؟")
    evidence = ev.gather(parsed, searcher, text_only_store(docs), get_lexicon(), k=5, max_steps=2, max_docs=3)
    assert ("day" in evidence.docs) is on
    if on:
        assert next(iter(evidence.docs)) == "day"
        assert [(p.since, p.until) for p in searcher.periods] == [("2018-03-25", "2018-03-28")]


def test_an_undated_question_searches_no_period(text_only_store):
    docs = _many_days()
    searcher = _PeriodSearcher(docs, hidden="day")
    parsed = parse_question("كم مسلحا قتل في اشتباكات مأرب؟")
    ev.gather(parsed, searcher, text_only_store(docs), get_lexicon(), k=5, max_steps=2, max_docs=3)
    assert searcher.periods == []


def test_a_searcher_kept_to_the_users_period_is_not_widened(text_only_store):
    docs = _many_days()
    searcher = _PeriodSearcher(docs, hidden="day")
    searcher.period = object()  # as marsad.index.search.PeriodSearcher: `ask --since/--until`
    parsed = parse_question("كم مسلحا قتل في اشتباكات مأرب في 25 مارس 2018؟")
    evidence = ev.gather(parsed, searcher, text_only_store(docs), get_lexicon(), k=5, max_steps=2, max_docs=3)
    assert searcher.periods == [] and "day" not in evidence.docs
