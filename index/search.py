"""Hybrid search: BM25 over stemmed Arabic terms + vector similarity, fused by rank.

A query is first planned (:func:`plan_query`) into *concepts* with the bilingual
lexicon: English names and domain terms become their Arabic spellings ("joint
operations room in Kirkuk" -> {غرفة عمليات مشتركة | غرفة العمليات المشتركة | ...} +
{كركوك | مدينة كركوك}); an Arabic name the lexicon knows brings its other spellings
(البيشمركة / البيمشركة) but no longer phrase (الجيش does not become الجيش العراقي: tune
ar MRR +0.02); any other word stands alone. BM25 scores each concept by its
best wording and adds the concepts up, so six ways of saying "joint room" do not
outweigh the one place name. The vector side embeds the Arabic text of the query.
Articles, not passages, are ranked: an article scores by its best passage's BM25 score
for the whole query, raised by up to ``TITLE_WEIGHT`` by the share of the query's concepts
its title names (titles are a field of their own, :meth:`BM25Index.load_titles`); the hit
shown is that best passage. With a trained embedding model the vector ranking of articles
is fused by reciprocal rank (``sum weight / (60 + rank)``); the default hashed n-gram
vectors only fill in below the BM25 list (fused, they pushed right articles down). The
weights were measured on the tune split of the real-news retrieval set
(``benchmarks/bench_retrieval_dev.py``). ``max_per_doc=None`` ranks passages instead
(BM25 and vectors fused per chunk).
With ``translate=True`` (as `marsad search` runs) and the LLM backend in effect, an
English query is also translated into Arabic (:mod:`marsad.index.translate`) and the
translation's new concepts are added.

A :class:`Searcher` is meant to be kept open (the UI and QA hold one): the BM25 index
is memory-mapped once and reloaded only when the document store's generation changes.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from marsad.core import config
from marsad.core.config import Settings
from marsad.core.errors import VectorServerError, keyword_only_search, vector_collection_empty
from marsad.index.period import Period
from marsad.schemas.document import Hit

log = logging.getLogger(__name__)

__all__ = ["Hits", "Searcher", "PeriodSearcher", "search", "expand_query", "plan_query", "QueryPlan", "RRF_K", "snippet"]

RRF_K = 60
HASH_VECTOR_WEIGHT = 0.0  # the hashed n-grams only fill in below the BM25 list (see Searcher._search)
_LATIN = re.compile(r"[A-Za-z]")


_MAX_VARIANTS = 5
_ENTITY_KINDS = ("places", "actors")
# Tuned on the tune split of evals/realnews/retrieval.jsonl (benchmarks/bench_retrieval_dev.py):
SALIENCE_WEIGHT = 0.0  # the "about the place" boost pushed right articles down (ar MRR -0.02): off
TITLE_WEIGHT = 1.0  # a title naming every concept of the query doubles the score (half of them: x1.5)
DOC_SPREAD = 0.0  # other passages' scores added to the best one's: any spread lowered MRR
_MAX_NGRAM = 4
_MAX_CONCEPTS = 48  # a pasted paragraph is searched by its first 48 words/names
PERIOD_VECTOR_DEPTH = 20  # within a period the vector half looks 20x deeper, then keeps the period's articles


@dataclass
class QueryPlan:
    """How a query is searched.

    Attributes:
        concepts: for BM25, each a list of alternative wordings (Arabic or as typed).
        vector_text: the text embedded for the vector side (Arabic where known).
        expansions: the Arabic terms the lexicon added for English words.
    """

    concepts: list[list[str]] = field(default_factory=list)
    vector_text: str = ""
    expansions: list[str] = field(default_factory=list)
    entities: list[int] = field(default_factory=list)  # indexes of concepts that are places/actors


def _get_lexicon(lexicon):
    if lexicon is None:
        from marsad.core.lexicon import get_lexicon

        lexicon = get_lexicon()
    return lexicon


def _is_cased(query: str) -> bool:
    """Whether the user capitalises names: some Latin word after the first starts upper-case."""
    words = re.findall(r"[A-Za-z][\w'-]*", query)
    return any(w[0].isupper() for w in words[1:])


def _lowercase_name(entry, matched: str) -> bool:
    """``matched`` is written in lower case although the lexicon only knows it capitalised."""
    if matched != matched.lower():
        return False
    aliases = [a for a in entry.en if a.lower() == matched.lower()]
    return bool(aliases) and all(a != a.lower() for a in aliases)


# switch for A/B measurement (tests patch it): a glossary word's sense in one country (an entry with ``replaces``:
# "district" in Yemen is a مديرية, not the Iraqi قضاء) is left out of a plain query's expansion; the question
# parser puts it in place of the general word when the question's places are of that country
# (:func:`marsad.agent.qa.question_entities.english_names`)
COUNTRY_SENSES_APART = True


def plan_query(query: str, lexicon=None) -> QueryPlan:
    """Split a query into concepts, using the lexicon for names and domain terms.

    English names/terms become their Arabic spellings (one concept per lexicon
    entry); Arabic words that spell a lexicon entry bring that entry's other spellings
    (البيشمركة finds البيمشركة); every other word is a concept of its own.

    Args:
        query: Arabic, English or mixed text.
        lexicon: the registry (default :func:`marsad.core.lexicon.get_lexicon`).

    Returns:
        The :class:`QueryPlan`: concepts for BM25, the text to embed, the expansions.
    """
    from marsad.core.arabic import normalize, token_spans
    from marsad.index.bm25 import query_terms

    lexicon = _get_lexicon(lexicon)
    plan = QueryPlan()
    rest = query
    by_span: dict[tuple[int, int], list[str]] = {}
    if _LATIN.search(query):
        pieces = []
        last = 0
        entity_spans = set()
        cased = _is_cased(query)
        for entry, start, end in lexicon.find_english(query):  # entries sharing a span: one concept
            if cased and _lowercase_name(entry, query[start:end]):
                continue  # "air strikes hit Saada": the verb, not the town of Hit
            if COUNTRY_SENSES_APART and entry.get("replaces"):
                continue  # a word's sense in one country ("district" in Yemen: مديرية): the question parser's to choose
            variants = by_span.setdefault((start, end), [])
            variants.extend(v for v in entry.ar[:_MAX_VARIANTS] if v not in variants)
            if entry.kind in _ENTITY_KINDS:
                entity_spans.add((start, end))
        for (start, end), variants in by_span.items():
            if (start, end) in entity_spans:
                plan.entities.append(len(plan.concepts))
            plan.concepts.append(variants)
            plan.expansions.extend(v for v in variants if v not in plan.expansions)
            pieces.append(query[last:start])
            last = end
        pieces.append(query[last:])
        rest = " ".join(pieces)
    tokens = token_spans(rest)
    surface = lexicon.arabic_surface_forms()
    i = 0
    while i < len(tokens):
        for n in range(min(_MAX_NGRAM, len(tokens) - i), 0, -1):
            phrase = rest[tokens[i][1]: tokens[i + n - 1][2]]
            entries = surface.get(normalize(phrase).strip()) if tokens[i][0][0] >= "\u0600" else None
            if entries:
                if entries[0].kind in _ENTITY_KINDS:
                    plan.entities.append(len(plan.concepts))
                # other spellings, not longer phrases: "الجيش" must not become "الجيش العراقي" and
                # favour articles about Iraq's army over the Lebanese one the query is about (tune ar MRR 0.948 -> 0.969)
                size = len(query_terms(phrase))
                variants = [phrase, *(v for v in entries[0].ar
                                      if normalize(v) != normalize(phrase) and len(query_terms(v)) <= size)]
                plan.concepts.append(variants[:_MAX_VARIANTS])
                i += n
                break
        else:
            plan.concepts.append([tokens[i][0]])
            i += 1
    english_only = not re.search(r"[\u0600-\u06ff]", rest) and plan.expansions
    arabic_rest = "" if english_only else rest.strip()
    # the vector side gets one wording per concept: a natural Arabic query, not a bag of synonyms
    canonical = [variants[0] for (_, _), variants in by_span.items()] if _LATIN.search(query) else []
    plan.vector_text = " ".join(p for p in [*canonical, arabic_rest] if p) or query
    return plan


_SNIPPET_CHARS = 320


SNIPPET_WHOLE_NAMES = True
"""Switch (ux62): :func:`snippet` prefers the sentence naming a concept by a whole spelling over one holding a word of
a phrase spelling only ("القوات" of "قوات البيشمركة"); the words marked are the same."""


def snippet(text: str, query: str, lexicon=None, *, title: str | None = None) -> tuple[str, list[tuple[int, int]]]:
    """The sentence of ``text`` that best matches ``query``, and where its matched words are.

    The sentence naming the most of the query's concepts whole (one spelling of each, all its words) wins, then
    the one naming the most of them at all (then the most matched
    words, then the earliest); words match as search matches them (same normalisation,
    stemming and lexicon expansion), so "Kirkuk" lights up كركوك and بكركوك. A sentence
    that only repeats ``title`` is passed over; a long sentence is cut to a window of
    about 320 characters around its first match.

    Returns:
        ``(sentence, spans)``: the sentence (stripped) and ``(start, end)`` offsets of the
        matched words in it; ``("", [])`` for empty text.
    """
    from marsad.core.arabic import normalize, sentence_pieces, token_spans
    from marsad.index.bm25 import query_terms

    # each concept's spellings as term sets: "Peshmerga" is البيشمركة, البشمركة ... or the phrase "قوات البيشمركة"
    variants = [[terms for v in spelled if (terms := set(query_terms(v)))] for spelled in plan_query(query, lexicon).concepts]
    variants = [vs for vs in variants if vs]
    concepts = [set().union(*vs) for vs in variants]
    wanted = set().union(*concepts) if concepts else set()
    title_norm = normalize(title or "").strip()
    best: tuple | None = None
    for piece in sentence_pieces(text):
        sentence = piece.strip()
        if not sentence or (title_norm and normalize(sentence).strip() in title_norm):
            continue
        spans, found = [], set()
        for _, start, end in token_spans(sentence):
            terms = set(query_terms(sentence[start:end]))
            if terms & wanted:
                spans.append((start, end))
                found |= terms
        # a concept named whole (one of its spellings, every word of it) before one named in part: a sentence
        # saying only "القوات" (the phrase's "forces") beat the one naming the Peshmerga (ux62)
        whole = sum(1 for vs in variants if any(v <= found for v in vs)) if SNIPPET_WHOLE_NAMES else 0
        key = (whole, sum(1 for c in concepts if c & found), len(spans))
        if best is None or key > best[0]:
            best = (key, sentence, spans)
    if best is None:
        return "", []
    _, sentence, spans = best
    if len(sentence) > _SNIPPET_CHARS:
        first = spans[0][0] if spans else 0
        lo = max(0, min(first - _SNIPPET_CHARS // 4, len(sentence) - _SNIPPET_CHARS))
        lo = sentence.rfind(" ", 0, lo) + 1 if lo else 0
        hi = sentence.find(" ", lo + _SNIPPET_CHARS)
        hi = len(sentence) if hi < 0 else hi
        head, tail = ("…" if lo else ""), ("…" if hi < len(sentence) else "")
        shift = len(head) - lo
        spans = [(a + shift, b + shift) for a, b in spans if a >= lo and b <= hi]
        sentence = head + sentence[lo:hi] + tail
    return sentence, spans


def expand_query(query: str, lexicon=None) -> tuple[str, list[str]]:
    """The Arabic side of a query: the query plus lexicon terms for its English words.

    Args:
        query: the user's query, Arabic, English or mixed.
        lexicon: the registry (default :func:`marsad.core.lexicon.get_lexicon`).

    Returns:
        ``(text_to_search, expansions)``; for an English query whose words the
        lexicon knows, ``text_to_search`` is the Arabic expansion (English words would
        only add noise to an Arabic index); otherwise the query with any expansions.
    """
    if not _LATIN.search(query):
        return query, []
    plan = plan_query(query, lexicon)
    if not plan.expansions:
        return query, []
    return plan.vector_text, plan.expansions


def _with_translation(plan: QueryPlan, extra: QueryPlan, translation: str) -> QueryPlan:
    """``plan`` plus the concepts of the translated query that it does not already have."""
    from marsad.index.bm25 import query_terms

    covered = {t for c in plan.concepts for t in query_terms(" ".join(c))}
    merged = QueryPlan(list(plan.concepts), translation, list(plan.expansions), list(plan.entities))
    for i, concept in enumerate(extra.concepts):
        terms = set(query_terms(concept[0]))
        if not terms or terms <= covered:  # already searched for (e.g. a name the lexicon expanded)
            continue
        covered.update(query_terms(" ".join(concept)))
        if i in extra.entities:
            merged.entities.append(len(merged.concepts))
        merged.concepts.append(concept)
    return merged


class Hits(list):
    """A search's hits (a ``list`` of :class:`~marsad.schemas.Hit`, best first) and, when its vector half was left
    out because the Chroma server failed, why: ``fault`` (the :class:`~marsad.core.errors.VectorServerError`) and
    ``warning`` (:func:`~marsad.core.errors.keyword_only_search`, in English); None otherwise. Each search returns
    its own, so a caller sharing the searcher (the app's /search) reads no other search's fault."""

    fault: BaseException | None = None
    warning: str | None = None


class Searcher:
    """Hybrid search over the index under ``settings.home`` (or a Chroma server).

    Args:
        settings: the resolved settings.
        lexicon: the bilingual registry used to expand English queries (default: bundled).
        translate: also have the LLM translate English queries when the LLM backend is in
            effect (one extra request per new query; off by default so callers that script
            or budget their LLM requests are not surprised).
        warm: open Chroma in the background right away (for a searcher kept open). A one-shot
            search with the hashed vectors passes False: Chroma is then opened only when BM25
            finds too few articles, so `marsad search` usually never imports chromadb.

    Raises:
        StoreError: the document store or Chroma cannot be opened.
    """

    def __init__(self, settings: Settings, lexicon=None, *, translate: bool = False, warm: bool = True):
        from marsad.index.bm25 import BM25_DIR, BM25Index
        from marsad.index.docstore import DocStore

        self.settings = settings
        self.lexicon = lexicon
        self.translate = translate
        self.store = DocStore(settings)
        self.bm25 = BM25Index(Path(settings.home) / BM25_DIR)
        self._vectors = None
        self._generation = None
        self._days: tuple[dict[str, int], np.ndarray] | None = None  # documents' dates, for periods
        self._lock = threading.RLock()
        # The hashed n-gram vectors are a weaker signal than BM25: they refine, not lead.
        self.vector_weight = HASH_VECTOR_WEIGHT if settings.embed_backend == "hash" else 1.0
        self._open_error: BaseException | None = None
        self._opening: threading.Thread | None = None
        #: the warning of the latest search served by BM25 alone because the Chroma server failed (None once the
        #: vectors answer again); how many searches were; and the fault of the latest one (kept after the server is
        #: back: :func:`marsad.agent.asking.ask` compares the count before and after a question, holding the
        #: answerer's lock, and words this fault in the question's language)
        self.vector_fault: str | None = None
        self.keyword_only = 0
        self.last_fault: BaseException | None = None
        self._retry_at = 0.0  # time.monotonic() before which a failed server is left alone
        if warm or self.vector_weight:
            # Open Chroma (import + loading the HNSW graph: most of a cold start) in the
            # background while BM25 loads and the first query is planned. Not a daemon: a process
            # that ends while the graph is still loading (a short `marsad ask` on a 100,000-article
            # home) must wait for it; a daemon thread inside Chroma's native code at interpreter
            # exit aborts the process ("FATAL: exception not rethrown").
            self._opening = threading.Thread(target=self._open_vectors, name="marsad-open-chroma", daemon=False)
            self._opening.start()

    def _open_vectors(self) -> None:
        try:
            from marsad.index.chroma_store import VectorIndex

            vectors = VectorIndex(self.settings)
            if vectors.embedder.name() == "marsad-hash-ngrams":  # warm the graph with a local query
                vectors.query(vectors.embedder.embed(["warm"])[0], 1)
            self._vectors = vectors
        except BaseException as exc:  # re-raised in the caller's thread by `vectors`
            self._open_error = exc

    @property
    def vectors(self):
        """The Chroma collection (opened in the background at start-up; retried on next use if that failed)."""
        if self._vectors is None:
            if self._opening is not None:
                self._opening.join()
                self._opening = None
            if self._vectors is None and self._open_error is None:  # never opened, or dropped after a fault
                self._open_vectors()
            if self._open_error is not None:
                error, self._open_error = self._open_error, None
                raise error
        return self._vectors

    def _embed_query(self, text: str):
        if self.settings.embed_backend == "hash":  # no need to wait for chromadb to be imported
            from marsad.index.hashing import HASH_DIM, hash_vectors

            return hash_vectors([text], HASH_DIM)[0]
        return self.vectors.embedder.embed([text])[0]

    def _refresh(self) -> None:
        """Reload BM25 when the store changed; rebuild it (re-analysing terms from an older analysis) if stale
        and no ingest is running."""
        generation = self.store.generation()
        if generation == self._generation:
            return
        from marsad.index.terms import is_current

        on_disk = self.bm25.stored_generation()
        if on_disk != generation or not is_current(self.store):
            from marsad.index.ingest import rebuild_bm25
            from marsad.index.locking import index_lock

            with index_lock(self.settings.home, wait=False) as free:
                if free:  # else an ingest is running: serve the index on disk, look again next time
                    rebuild_bm25(self.settings, self.store)
            on_disk = self.bm25.stored_generation()
        if self.bm25.model is None or on_disk != self.bm25.generation:
            self.bm25.load()
        self._generation = generation if self.bm25.generation == generation else None

    def search(self, query: str, k: int = 5, *, candidates: int = 50, max_per_doc: int | None = 1,
               period: Period | None = None, rarity: float = 0.0) -> Hits:
        """The ``k`` best passages for a query.

        Args:
            query: Arabic, English or mixed text.
            k: how many hits to return.
            candidates: how deep each half (BM25, vectors) looks before fusion.
            max_per_doc: at most this many passages per document (None: no limit).
            period: only articles published in it (:func:`marsad.index.period.parse_period`).
            rarity: raise the BM25 weight of the query's rarer concepts (:meth:`BM25Index.rarity_weights`; 0: off).

        Returns:
            :class:`Hits`, best first, each a chunk with ``text == document.text[start:end]``; its ``warning`` is set
            when the Chroma server failed and the vector half was left out.
        """
        if k <= 0 or not query.strip():
            return Hits()
        with self._lock:  # one SQLite connection and one BM25 model, shared by the caller's threads
            before = self.keyword_only
            hits = Hits(self._search(query, k, candidates, max_per_doc, period, rarity))
            if self.keyword_only != before:  # this search's own fault, read under the lock that counted it
                hits.fault, hits.warning = self.last_fault, self.vector_fault
            return hits

    def _plan(self, query: str) -> QueryPlan:
        plan = plan_query(query, self.lexicon)
        if self.translate and self.settings.effective_backend == "llm":
            from marsad.index.translate import translate_query

            translation = translate_query(self.settings, query)
            if translation:
                plan = _with_translation(plan, plan_query(translation, self.lexicon), translation)
        return plan

    def halves(self, query: str, depth: int = 50) -> tuple[list[str], list[str]]:
        """The two halves of the hybrid alone: (BM25 chunk ids, vector chunk ids), best first."""
        from marsad.index.bm25 import query_terms

        with self._lock:
            self._refresh()
            if not self.bm25.chunk_ids:
                return [], []
            plan = self._plan(query)
            concepts = [[query_terms(v) for v in variants] for variants in plan.concepts[:_MAX_CONCEPTS]]
            lexical = [cid for cid, _ in self.bm25.top_concepts(concepts, depth)]
            return lexical, list(self.vectors.query(self._embed_query(plan.vector_text), depth))

    def _search(self, query: str, k: int, candidates: int, max_per_doc: int | None,
                period: Period | None = None, rarity: float = 0.0) -> list[Hit]:
        from marsad.index.bm25 import query_terms

        self._refresh()
        if not self.bm25.chunk_ids:
            return []
        plan = self._plan(query)
        if not re.search(r"\w", plan.vector_text):  # punctuation only: nothing to look for
            return []
        depth = max(candidates, k * 4)
        concepts = [[query_terms(v) for v in variants] for variants in plan.concepts[:_MAX_CONCEPTS]]
        keep = self._period_mask(period) if period is not None else None
        if keep is not None and not keep.any():  # nothing was published in the period
            return []
        if max_per_doc is None:  # passages, not articles: rank chunks
            return self._hits(self._fuse_chunks(plan, concepts, depth, k, keep), k, max_per_doc)
        if TITLE_WEIGHT and self.bm25._titles is None:
            self.bm25.load_titles(self.store.iter_titles())
        lexical = self.bm25.doc_ranking(concepts, depth, spread=DOC_SPREAD, title_weight=TITLE_WEIGHT, keep=keep,
                                        rarity=rarity)
        best = {doc: cid for doc, _, cid in lexical}
        fused: dict[str, float] = {}
        for rank, (doc, _, _) in enumerate(lexical):
            fused[doc] = 1.0 / (RRF_K + rank + 1)
        if self.vector_weight or self._fill_in(len(lexical), k, keep):
            # with a trained model the vectors are fused by rank; the hashed n-grams only fill
            # in below the BM25 list (they pushed right articles down when fused: ar MRR -0.05)
            seen: set[str] = set()
            floor = 1.0 / (RRF_K + len(lexical) + 1)
            for cid in self._vector_ids(plan, depth * 2, keep):
                doc = cid.rsplit("::", 1)[0]
                if doc in seen:
                    continue
                seen.add(doc)
                if self.vector_weight:
                    best.setdefault(doc, cid)
                    fused[doc] = fused.get(doc, 0.0) + self.vector_weight / (RRF_K + len(seen))
                elif doc not in fused:
                    best[doc] = cid
                    fused[doc] = floor / (2 + len(seen))
        entities = [concepts[i] for i in plan.entities if i < len(concepts)]
        if entities and SALIENCE_WEIGHT:
            salience = self.bm25.salience(entities, set(fused))
            for doc in fused:
                fused[doc] *= 1.0 + SALIENCE_WEIGHT * salience[doc]
        ordered = sorted(((best[d], s) for d, s in fused.items()), key=lambda kv: (-kv[1], kv[0]))
        return self._hits(ordered, k, max_per_doc)

    def _fill_in(self, found: int, k: int, keep: np.ndarray | None, *, passages: bool = False) -> bool:
        """Whether the hashed vectors (which only fill in below the BM25 list) could change the ``k`` hits: BM25
        found fewer than ``k`` articles (passages) and the index (the period) holds more than it found. Else
        they are not looked up, and a one-shot search never imports chromadb (most of a cold start)."""
        if found >= k:
            return False
        if passages:
            return found < len(self.bm25.chunk_ids)
        return found < (int(keep.sum()) if keep is not None else len(self.bm25.doc_positions()))

    def _period_mask(self, period: Period) -> np.ndarray:
        """A boolean per indexed document: published within ``period``. The documents' dates are read from the
        store once per index generation, as ``YYYYMMDD`` numbers aligned with BM25's documents."""
        from marsad.index.period import day_number

        positions = self.bm25.doc_positions()
        if self._days is None or self._days[0] is not positions:
            days = np.zeros(len(positions), dtype=np.int64)
            for doc_id, published in self.store.iter_published():
                at = positions.get(doc_id)
                if at is not None:
                    days[at] = day_number(published)
            self._days = (positions, days)
        low, high = period.day_range()
        days = self._days[1]
        return (days > 0) & (days >= low) & (days <= high)

    def _vector_ids(self, plan: QueryPlan, depth: int, keep: np.ndarray | None) -> list[str]:
        """The vector half's chunk ids, best first; within a period, only its articles' (looked for deeper,
        as the nearest vectors of a busy topic mostly lie outside a short period).

        A Chroma server that does not answer, or holds none of the vectors, leaves the search to BM25: no vector
        id, and :attr:`vector_fault` says so (:func:`~marsad.core.errors.keyword_only_search`, logged once per
        outage); the server is left alone for :data:`~marsad.core.config.CHROMA_RETRY_SECONDS` (each try reopens
        it: a host dropping packets cost a connect timeout per search), then a search opens it again."""
        if self.vector_fault is not None and time.monotonic() < self._retry_at:  # the server failed moments ago
            self.keyword_only += 1
            return []
        n = depth * (PERIOD_VECTOR_DEPTH if keep is not None else 1)
        try:
            try:
                nearest = self._nearest(plan, n)
            except VectorServerError:
                if self._vectors is None:
                    raise
                self._vectors = None  # the collection held open is gone (a server restarted): open it again
                nearest = self._nearest(plan, n)
        except VectorServerError as fault:
            self._vectors = None  # reopened by the next search
            self._retry_at = time.monotonic() + config.CHROMA_RETRY_SECONDS
            warning = keyword_only_search(self.settings.chroma_url or "", fault, config.CHROMA_RETRY_SECONDS)
            if self.vector_fault is None:
                log.warning(warning)
            self.vector_fault, self.last_fault = warning, fault
            self.keyword_only += 1
            return []
        self.vector_fault = None
        if keep is None:
            return nearest
        positions = self.bm25.doc_positions()
        out = []
        for cid in nearest:
            at = positions.get(cid.rsplit("::", 1)[0])
            if at is not None and keep[at]:
                out.append(cid)
        return out[:depth]

    def _nearest(self, plan: QueryPlan, n: int) -> list[str]:
        """The ``n`` nearest chunk ids to the query's vector; an empty answer of a Chroma server over a non-empty
        index (a server restarted on a new --path) is a :class:`~marsad.core.errors.VectorServerError`."""
        vector = self._embed_query(plan.vector_text)
        ids = list(self.vectors.query(vector, n))
        if not ids and self.settings.chroma_url and self.bm25.chunk_ids:
            raise vector_collection_empty(self.settings.collection, self.settings.chroma_url, len(self.bm25.chunk_ids))
        return ids

    def _fuse_chunks(self, plan: QueryPlan, concepts, depth: int, k: int,
                     keep: np.ndarray | None = None) -> list[tuple[str, float]]:
        lexical = [cid for cid, _ in self.bm25.top_concepts(concepts, depth, keep=keep)]
        semantic = self._vector_ids(plan, depth, keep) if self.vector_weight or self._fill_in(
            len(lexical), k, keep, passages=True) else []
        fused: dict[str, float] = {}
        for ranking, weight in ((lexical, 1.0), (semantic, self.vector_weight)):
            for rank, cid in enumerate(ranking):
                fused[cid] = fused.get(cid, 0.0) + weight / (RRF_K + rank + 1)
        return sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))

    def _hits(self, ordered: list[tuple[str, float]], k: int, max_per_doc: int | None) -> list[Hit]:
        spans = self.store.chunk_spans(cid for cid, _ in ordered)
        picked: list[tuple[str, float, tuple[str, int, int, int]]] = []
        per_doc: dict[str, int] = {}
        for cid, score in ordered:
            span = spans.get(cid)
            if span is None:  # a vector the local store does not know (shared server): skip it
                continue
            if max_per_doc is not None and per_doc.get(span[0], 0) >= max_per_doc:
                continue
            per_doc[span[0]] = per_doc.get(span[0], 0) + 1
            picked.append((cid, score, span))
            if len(picked) == k:
                break
        docs = self.store.get_many(span[0] for _, _, span in picked)
        hits = []
        for _, score, (doc_id, index, start, end) in picked:
            doc = docs[doc_id]
            hits.append(Hit(doc_id=doc_id, title=doc.title, source=doc.source, published=doc.published,
                            score=round(score, 6), start=start, end=end, text=doc.text[start:end], chunk_index=index))
        return hits

    def within(self, period: Period | None) -> Searcher | PeriodSearcher:
        """This searcher with every search kept to ``period`` (itself when None)."""
        return self if period is None else PeriodSearcher(self, period)

    def close(self) -> None:
        """Release the document store."""
        self.store.close()

    def __enter__(self) -> Searcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class PeriodSearcher:
    """A :class:`Searcher` seen through a publication period: ``search`` keeps to it, all else is the searcher's
    (the answerer's search steps and LLM tool calls go through one, for `marsad ask --since/--until`)."""

    def __init__(self, searcher: Searcher, period: Period):
        self._searcher = searcher
        self.period = period

    def search(self, query: str, k: int = 5, **options) -> Hits:
        """:meth:`Searcher.search` within the period."""
        return self._searcher.search(query, k, **({"period": self.period} | options))

    def __getattr__(self, name: str):
        return getattr(self._searcher, name)


def search(settings: Settings, query: str, k: int = 5, *, period: Period | None = None) -> Hits:
    """One-shot search, as `marsad search` runs it (LLM translation on when the LLM backend is in effect); the
    :class:`Hits` carry a ``warning`` when the Chroma server failed."""
    with Searcher(settings, translate=True, warm=False) as searcher:
        return searcher.search(query, k, period=period)
