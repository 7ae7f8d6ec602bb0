"""Gathering evidence for a question: a bounded number of searches, then the top documents and their records.

Records come from the document store when a backend already extracted them; otherwise
the offline extractor runs on the document and its records are cached in the store,
so the next question about it costs nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.agent.qa.domain import (
    DAY_REACH,
    Constraints,
    month_total,
    published_after_month,
    published_in_month,
    question_day,
    question_day_month,
    question_month,
    question_years,
    span_fits,
    world_places,
)
from marsad.agent.qa.question import Question, expand_english
from marsad.agent.qa.subject import article_names_enough, by_command, by_demonym, named_in
from marsad.core.arabic import normalize
from marsad.core.lexicon import Lexicon
from marsad.schemas import Document, DocumentRecords, Hit

if TYPE_CHECKING:
    from marsad.index.docstore import DocStore

__all__ = ["Evidence", "search_queries", "gather", "records_for", "ensure_records"]

log = logging.getLogger(__name__)

# Arabic words that say what a question is about, added to the reformulated query.
_INTENT_TERMS_AR = {
    "killed": "مقتل قتل",
    "injured": "اصابة جرح",
    "perpetrator": "هجوم نفذه",
    "participants": "غرفة عمليات مشتركة تضم",
    "role": "المتحدث باسم",
    "date": "",
    "location": "",
    "general": "",
}
_TOPIC_TERMS_AR = {
    "agreements": "اتفاق",
    "joint_rooms": "غرفة عمليات مشتركة",
    "attacks": "هجوم",
}


@dataclass
class Evidence:
    """What the searches found: hits in rank order, the documents they point to, and their records.

    Attributes:
        hits: every hit of every search step, best first, one per chunk.
        docs: the top documents by id, in rank order.
        records: records of those documents by id (a document whose extraction failed is absent).
        queries: the queries that were run, in order.
        spare: the articles ranked past the last one read that fit the question as well as it
            (:data:`TIE_READ`), best first; read only by the reader that answers from the top documents
            (:meth:`widened`, :func:`marsad.agent.qa.answerer.first_answer`).
        late: the documents of :attr:`docs` that were spare ones (a widened evidence): their claims come last.
    """

    hits: list[Hit] = field(default_factory=list)
    docs: dict[str, Document] = field(default_factory=dict)
    records: dict[str, DocumentRecords] = field(default_factory=dict)
    queries: list[str] = field(default_factory=list)
    spare: dict[str, Document] = field(default_factory=dict)
    late: frozenset[str] = frozenset()

    def widened(self, store: DocStore) -> Evidence:
        """The same evidence with the :attr:`spare` articles read after the top documents (ranked last), their
        records loaded (or extracted) from ``store``."""
        docs, records = dict(self.docs), dict(self.records)
        for doc_id, doc in self.spare.items():
            docs[doc_id] = doc
            recs = records_for(store, doc)
            if recs is not None:
                records[doc_id] = recs
        return Evidence(hits=list(self.hits), docs=docs, records=records, queries=list(self.queries),
                        late=frozenset(self.spare))

    @property
    def texts(self) -> dict[str, str]:
        """doc_id -> document text: the validation context of citations."""
        return {d: doc.text for d, doc in self.docs.items()}

    def rank_of(self, doc_id: str) -> int:
        """Position of a document among the top documents (0 = best)."""
        for i, d in enumerate(self.docs):
            if d == doc_id:
                return i
        return len(self.docs)

    def top(self, n: int) -> list[tuple[str, Document]]:
        """(id, article) of the ``n`` best-ranked documents, best first (the dict is kept in rank order)."""
        return list(self.docs.items())[:n]

    def top_about(self, question: Question, n: int) -> list[tuple[str, Document]]:
        """(id, article) of the ``n`` best-ranked documents (:meth:`top`) that are about the question
        (:func:`subject.article_names_enough`), best first: a lower-ranked one tells another incident."""
        return [(d, doc) for d, doc in self.top(n) if article_names_enough(question, doc)]


def search_queries(question: Question, lexicon: Lexicon, max_steps: int) -> list[str]:
    """The queries to run, at most ``max_steps``: the question, then reformulations with lexicon terms.

    Step 2 names every entity by its canonical Arabic spelling plus what the intent is
    about (an English question becomes an Arabic query); step 3 searches the entities alone.
    """
    queries = [question.text]
    # (a name found by transliteration also by the spelling the news writes most: translit.COMMON_SPELLING)
    names = [t for e in question.entities for t in (e.get("searched") or (e.canonical,))]
    extra = expand_english(question.text, lexicon) if question.language == "en" else [question.text]
    intent_terms = _INTENT_TERMS_AR.get(question.intent.value, "")
    topic_terms = " ".join(_TOPIC_TERMS_AR[t] for t in question.topics)
    second = " ".join(dict.fromkeys(x for x in [*names, topic_terms, intent_terms, *extra] if x)).strip()
    if second and normalize(second) != normalize(question.text):
        queries.append(second)
    if names:
        third = " ".join(names)
        if all(normalize(third) != normalize(q) for q in queries):
            queries.append(third)
    return queries[:max(1, max_steps)]


@lru_cache(maxsize=1)
def _offline_extractor():
    from marsad.agent.backends import LOCAL_BACKEND, get_extractor

    return get_extractor(None, LOCAL_BACKEND)


@lru_cache(maxsize=1)
def _offline_version() -> str:
    from marsad.agent.backends import local_extractor_version

    return local_extractor_version()


def records_for(store: DocStore, doc: Document) -> DocumentRecords | None:
    """A document's records: the LLM's when stored, else the offline extractor's (cached in the store).

    An LLM figure flagged as not stated by its citation is replaced by the offline record's of
    the same event, the model's kept beside it (:func:`marsad.agent.reconcile.reconcile`).

    Offline records stored by an older version of the rules are extracted again, so an
    answer never rests on what the current rules would no longer say. Returns None only
    when the offline extractor fails on this document (logged).
    """
    llm = store.get_records(doc.doc_id, "llm")
    offline = _offline_records(store, doc)
    if llm is not None:  # a figure its citation does not state yields to the rules' (marked in its flags)
        from marsad.agent.reconcile import reconcile

        return reconcile(llm, offline)
    return offline


def _offline_records(store: DocStore, doc: Document) -> DocumentRecords | None:
    """The offline extractor's records of ``doc``: stored by the current rules, else extracted and stored.

    The extractor itself (its gazetteer: a second or two) is built only when a record must be extracted."""
    try:
        current = store.get_records_version(doc.doc_id, "offline") == _offline_version()
    except Exception:  # noqa: BLE001 - the version cannot be read: extract (or fail) below
        current = False
    if current:
        records = store.get_records(doc.doc_id, "offline")
        if records is not None:
            return records
    try:
        extractor = _offline_extractor()
    except Exception as exc:  # noqa: BLE001 - no extractor: answer from passages
        log.warning("the offline extractor is unavailable: %s", exc)
        return store.get_records(doc.doc_id)
    try:
        records = extractor.extract(doc)
    except Exception as exc:  # noqa: BLE001 - one bad document must not sink an answer
        log.warning("offline extraction of %s failed: %s", doc.doc_id, exc)
        return store.get_records(doc.doc_id)
    try:
        store.put_records(doc.doc_id, "offline", records, str(extractor.version))
    except Exception as exc:  # noqa: BLE001 - a read-only store still answers
        log.warning("could not cache records of %s: %s", doc.doc_id, exc)
    return records


POOL_HITS = 20  # hits per search at least, so an article that fits the question can enter the pool from deeper
POOL_FACTOR = 5  # how many more articles than are read the searches' fusion offers to the re-ranking
# weight of the share of the question's concepts and words an article names (title + text) against its fused rank
# (60 x the summed reciprocal ranks: 1.0 per search at rank 0, 0.75 at rank 20): at archive scale many articles
# of the month match a question's words, and the fused order among them says little, so the article naming more
# of what is asked (the street, the university, the rally) rises over another incident's higher-ranked one
FIT_WEIGHT = 4.0
# an article published in the month the question names ("in May 2018") passes a LATER-published article ranked just
# above it when their scores (below) differ by at most MONTH_MARGIN: at archive scale a later article recalling the
# month (a September report naming May's referral to the court) outranked the month's own report by a few hundredths
# (search67). It passes no article of the month itself, nor an earlier or undated one, nor a clearly better one: a
# whole bonus reordered the month's own articles and changed which of them were read (search69, 4 items lost)
MONTH_MARGIN = 0.25
# TIE_READ (switch for A/B measurement; 0 = off): at archive scale the article that answers is sometimes ranked just
# past the last one read, fitting the question as well as it (names every entity asked about, as large a share of its
# words) but found by one search where the others were found by several. Up to TIE_READ such articles are kept
# aside; only the reader that answers from the top documents reads them too, their claims after its own: a spare
# article's claim never outranks one of the top documents, nor does an earlier reader answer from it alone (another
# incident of the same kind, read by the records, names its own place where the passages of the top ones name the
# place asked about). (s43, measured: reading them whenever the top documents give no answer gained no question and
# turned one abstention into another report's toll: dropped.)
TIE_READ = 2
DATE_SEARCH = True  # switch for A/B measurement: a question naming a day searches that day's articles once more
# at archive scale a question's words match articles of every month ("Houthi fighters killed in al-Bayda on 26 March
# 2018"): the reformulated query is run once more within the days asked about (the day to DAY_REACH days after it),
# and its hits are fused with the others' as one more search: the articles of the day enter the pool, where they
# rank on their words like any other (a date is a preference, not a filter: the other searches still run unbounded).
# (s24, measured and dropped: the same for a month named with its year lost 2 questions of 177 and gained none; so did
# a re-ranking bonus for articles published in the month asked about: +1 -1.)


def _dated_hits(question: Question, searcher, queries: list[str], k: int) -> list[Hit]:
    """The hits of the reformulated query (else the question) among the articles published on the day the question
    names or up to DAY_REACH days after it; [] when it names no day, or the searcher has no period view or is itself
    kept to a period."""
    from datetime import timedelta

    day = question_day(question)
    within = getattr(searcher, "within", None)
    # (a searcher already kept to the user's period, `ask --since/--until`, is not widened past it)
    if day is None or within is None or not queries or getattr(searcher, "period", None) is not None:
        return []
    from marsad.index.period import Period

    period = Period(day.isoformat(), (day + timedelta(days=DAY_REACH)).isoformat())
    return within(period).search(queries[1] if len(queries) > 1 else queries[0], max(k, POOL_HITS))


@lru_cache(maxsize=256)
def _doc_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """An article's content stems, and every prefix of three letters or more of them (for :func:`_overlap`).

    Each distinct word is stemmed once, and an article re-read by the next question is not stemmed again:
    the re-ranking weighs some forty articles per question."""
    from marsad.agent.qa.question import content_terms
    from marsad.core.arabic import tokenize

    terms = frozenset(content_terms(" ".join(dict.fromkeys(tokenize(text)))))
    prefixes = frozenset(t[:i] for t in terms for i in range(3, len(t) + 1))
    return terms, prefixes


def _overlap(stems: tuple[str, ...], doc_terms: tuple[frozenset[str], frozenset[str]]) -> int:
    """:func:`marsad.agent.qa.matching.overlap` over :func:`_doc_terms`, in time linear in the question's stems."""
    terms, prefixes = doc_terms
    count = 0
    for t in stems:
        if t in terms or (len(t) >= 3 and (t in prefixes or any(t[:i] in terms for i in range(3, len(t))))):
            count += 1
    return count


HASHTAG_FIT = True  # switch for A/B measurement: an article's hashtags are read as words when it is fitted to a question


def question_fit(question: Question, doc: Document) -> tuple[int, float]:
    """How an article fits what a question names: (names every key entity and is of the day asked
    about, if any: 1/0, share of its concepts and other content words named in the title and text)."""
    from marsad.agent.qa.domain import constraints_of, span_fits
    from marsad.agent.qa.matching import rest_terms
    from marsad.agent.qa.question import mentions

    text = (doc.title or "") + "\n" + doc.text
    if HASHTAG_FIT:
        from marsad.agent.qa.compose import readable

        text = readable(text)  # "مارتن #غريفيث"، "#ميليشيات_الحوثي": names told in hashtags are named
    norm = normalize(text)
    # (a coalition by its joint command too: subject.by_command)
    every = int(all(mentions(e, norm, normalized=True) or by_command(e, norm)
                    or (by_demonym(question, e) and named_in(e, norm, normalized=True))
                    for e in question.entities))
    cons = constraints_of(question)
    if cons.day is not None and not span_fits(cons, "", doc.text, doc.published, doc.title):
        every = 0  # the article is not of the day asked about
    named = [c for c in question.concepts]
    share = sum(1 for c in named if mentions(c, norm, normalized=True)) / len(named) if named else 0.0
    rest = rest_terms(question, None) if question.language == "ar" else list(question.expansion)
    if rest:
        words = _overlap(tuple(rest), _doc_terms((doc.title or "") + " " + doc.text)) / len(rest)
        share = (share + words) / 2 if named else words
    return every, share


# switch for A/B measurement: the reformulations (search steps 2 and 3: the question's names, then its names alone)
# raise the BM25 weight of their rarer concepts, (idf / the query's mean concept idf) ** QUERY_RARITY when above 1
# (Searcher.search ``rarity``), so a rare name or word is not outweighed by the frequent concept words (killed,
# front, battles) that hundreds of articles of the archive share; the question as asked (step 1) is searched as is
QUERY_RARITY = 0.5


def _search(searcher, query: str, n: int, step: int) -> list[Hit]:
    """``searcher.search(query, n)``; from the second step on weighted by rarity (:data:`QUERY_RARITY`) when the
    searcher is the hybrid one."""
    if QUERY_RARITY and step and hasattr(searcher, "bm25"):
        return searcher.search(query, n, rarity=QUERY_RARITY)
    return searcher.search(query, n)


def _month_first(ranked: list[str], month: tuple[int, int], docs, score: dict[str, tuple[int, float]]) -> list[str]:
    """``ranked`` with each article published in ``month`` moved above the later-published articles just above it
    that it nearly ties (the same entity fit, a score at most :data:`MONTH_MARGIN` higher); the month's own articles
    keep their order among themselves."""
    out: list[str] = []
    for d in ranked:
        i = len(out)
        if published_in_month(month, docs[d].published, docs[d].text):
            while i and published_after_month(month, docs[out[i - 1]].published) \
                    and not published_in_month(month, docs[out[i - 1]].published, docs[out[i - 1]].text) \
                    and score[out[i - 1]][0] == score[d][0] and score[out[i - 1]][1] - score[d][1] <= MONTH_MARGIN:
                i -= 1
        out.insert(i, d)
    return out


def gather(
    question: Question,
    searcher,
    store: DocStore,
    lexicon: Lexicon,
    *,
    k: int = 8,
    max_steps: int = 3,
    max_docs: int = 8,
) -> Evidence:
    """Run the bounded searches and load the top documents with their records.

    Args:
        question: the parsed question.
        searcher: anything with ``search(query, k) -> list[Hit]`` (the hybrid Searcher).
        store: the document store (texts and records).
        lexicon: the registry used to reformulate the query.
        k: hits per search.
        max_steps: most searches to run.
        max_docs: most documents to read.

    Returns:
        The :class:`Evidence`. Documents are ranked by reciprocal-rank fusion over the
        steps, so a document found by several queries rises.
    """
    evidence = Evidence()
    scores: dict[str, float] = {}
    seen_chunks: set[tuple[str, int, int]] = set()
    queries = search_queries(question, lexicon, max_steps)
    searches = [_search(searcher, query, max(k, POOL_HITS), i) for i, query in enumerate(queries)]
    evidence.queries.extend(queries)
    if DATE_SEARCH:
        searches.append(_dated_hits(question, searcher, queries, k))
    for hits in searches:
        for rank, hit in enumerate(hits):
            scores[hit.doc_id] = scores.get(hit.doc_id, 0.0) + 1.0 / (60 + rank)
            key = (hit.doc_id, hit.start, hit.end)
            if key not in seen_chunks:
                seen_chunks.add(key)
                evidence.hits.append(hit)
    pool = sorted(scores, key=lambda d: -scores[d])[:max_docs * POOL_FACTOR]
    docs = store.get_many(pool)
    fit = {d: question_fit(question, docs[d]) for d in pool if d in docs}
    years = Constraints(years=question_years(question), month=question_month(question), places=world_places(question),
                        day_month=question_day_month(question))
    if years.years or years.month or years.places or years.day_month:
        # a year asked about ("in July 2015") rules out the articles that can state nothing of it: neither
        # published that year nor naming it; their slots go to articles that can (every cited span must fit);
        # so does a place only the world gazetteer knows ("في نواكشوط"): an article not naming it is elsewhere,
        # and a day asked about without its year ("on November 1"): an article neither of it nor stating it
        fit = {d: f for d, f in fit.items() if span_fits(years, "", docs[d].text, docs[d].published, docs[d].title)}
    # the searches' order, then what the article says of the question: an article naming every place,
    # actor and name asked about beats one that names some, whatever their ranks (another city's bombing)
    # (a month's total, "خلال شهر مايو", is published in the days after it: no month bonus then)
    score = {d: scores[d] * 60 + FIT_WEIGHT * fit[d][1] for d in fit}
    ranked = sorted(fit, key=lambda d: (-fit[d][0], -score[d]))
    month = None if month_total(question) else years.month
    read = ranked if month is None else _month_first(ranked, month, docs, {d: (fit[d][0], score[d]) for d in fit})
    top = read[:max_docs]
    # the question's own best hit stays read even when it names an entity in other words ("القوات الجوية" for
    # "سلاح الجو الليبي"): the search ranked it first on the question's whole wording
    first = next((h.doc_id for h in evidence.hits if h.doc_id in fit), None)
    if first is not None and first not in top and len(top) == max_docs:
        top[-1] = first
    for doc_id in top:
        doc = docs[doc_id]
        evidence.docs[doc_id] = doc
        records = records_for(store, doc)
        if records is not None:
            evidence.records[doc_id] = records
    if TIE_READ and len(ranked) > max_docs:
        # (the spare articles are taken in the searches' order: the month's order only decides what is read first)
        last = fit[read[max_docs - 1]]  # the fit of the last article the ranking read
        for doc_id in [d for d in ranked[max_docs:] if d not in top and fit[d] >= last][:TIE_READ]:
            evidence.spare[doc_id] = docs[doc_id]
    return evidence


def _current(store: DocStore, doc_id: str) -> bool:
    """The stored records are the LLM's or the current offline rules'."""
    if store.get_records(doc_id, "llm") is not None:
        return True
    try:
        return store.get_records_version(doc_id, "offline") == _offline_version()
    except Exception:  # noqa: BLE001 - no extractor: keep what is stored
        return True


def ensure_records(store: DocStore, doc_ids: list[str] | None = None, *, limit: int = 500) -> int:
    """Extract (offline) and cache the records of stored documents that have none yet (or stale ones).

    Args:
        store: the document store.
        doc_ids: the documents to check (default: every stored document).
        limit: most documents to extract in one call (large corpora: use `marsad extract`).

    Returns:
        How many documents were extracted.
    """
    done = 0
    for doc_id in doc_ids if doc_ids is not None else store.ids():
        if done >= limit:
            break
        if store.get_records(doc_id) is not None and _current(store, doc_id):
            continue
        doc = store.get(doc_id)
        if doc is not None and records_for(store, doc) is not None:
            done += 1
    return done
