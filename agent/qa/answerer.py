"""The answerer: one object that keeps the index open and answers questions, offline or with an LLM."""

from __future__ import annotations

import threading
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.agent.qa.actions import action_claims
from marsad.agent.qa.appositions import apposition_claims, named_person_claims
from marsad.agent.qa.asked_acts import acted_claims, titled_claims
from marsad.agent.qa.compose import Claim, abstention, assemble, readable, with_asked
from marsad.agent.qa.counts import age_claims, asks_site, count_claims, other_reports, site_named
from marsad.agent.qa.destinations import with_destinations
from marsad.agent.qa.domain import constraints_of, in_domain, span_fits
from marsad.agent.qa.durations import asks_duration, duration_claims
from marsad.agent.qa.evidence import Evidence, gather
from marsad.agent.qa.issuers import issuer_claims
from marsad.agent.qa.named_answers import not_named
from marsad.agent.qa.offices import office_claims
from marsad.agent.qa.passages import dated_passage_claims, kind_passage_claims, located_passage_claims, passage_claims
from marsad.agent.qa.question import (
    Intent,
    Question,
    asks_birthplace,
    asks_destination,
    asks_expected,
    mentions,
    parse_question,
)
from marsad.agent.qa.records import claim_limit, record_claims, with_places
from marsad.agent.qa.slots import dated_act_claims, slot_claims
from marsad.agent.qa.subject import entities_named
from marsad.agent.qa.two_parts import second_part, with_second_part
from marsad.core.arabic import normalize
from marsad.core.errors import ConfigError, InputError
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Answer

if TYPE_CHECKING:
    from collections.abc import Callable

    from marsad.core.config import Settings
    from marsad.core.lexicon import Lexicon
    from marsad.index.period import Period

__all__ = ["Answerer", "answer_question", "DEFAULT_K", "DEFAULT_STEPS", "MAX_QUESTION_CHARS"]

DEFAULT_K = 12  # hits per search step
DEFAULT_STEPS = 3  # most search steps (offline) / tool calls (LLM)
MAX_QUESTION_CHARS = 1000


class Answerer:
    """Answers questions over the index of ``settings.home``, keeping the searcher and store open.

    Args:
        settings: the resolved settings (home, index, LLM server).
        backend: ``offline``, ``llm`` or ``auto``/None (= ``settings.effective_backend``).
        k: hits per search step.
        max_steps: most search steps (offline) or search tool calls (LLM).
        period: search only articles published in it (:func:`marsad.index.period.parse_period`).
        warm: open Chroma in the background at the first search (an answerer kept open, as the chat's). A one-shot
            question passes False: Chroma is then opened only if the hashed vectors could change the hits.

    Raises:
        ConfigError: ``llm`` is asked for and no server/model is configured.
    """

    def __init__(self, settings: Settings, backend: str | None = None, *, k: int = DEFAULT_K,
                 max_steps: int = DEFAULT_STEPS, period: Period | None = None, warm: bool = True):
        chosen = backend or settings.backend
        if chosen == "auto":
            chosen = settings.effective_backend
        if chosen not in ("offline", "llm"):
            raise ConfigError(f"unknown backend {chosen!r}", hint="use --backend offline, llm or auto")
        if chosen == "llm" and not settings.llm_configured:
            from marsad.core.errors import missing_llm_config

            raise missing_llm_config("a server URL (or key) and a model to answer questions")
        self.settings = settings
        self.backend = chosen
        self.k = max(1, int(k))
        self.max_steps = max(1, int(max_steps))
        self.period = period
        self.warm = warm
        self.lexicon = get_lexicon()
        self._searcher = None
        self._store = None
        self._names = None  # the transliteration finder over the index's vocabulary (built on first need)
        self._names_key: tuple | None = None
        self.lock = threading.RLock()  # guards the shared store connection and searcher across threads

    # ------------------------------------------------------------ resources
    @property
    def store(self):
        """The document store (opened on first use)."""
        if self._store is None:
            from marsad.index.docstore import DocStore

            self._store = DocStore(self.settings)
        return self._store

    @property
    def searcher(self):
        """The hybrid searcher (opened on first use), kept to the answerer's period when it has one."""
        if self._searcher is None:
            from marsad.index.search import Searcher

            self._searcher = Searcher(self.settings, warm=self.warm)
        return self._searcher.within(self.period)

    def close(self) -> None:
        """Release the searcher and the store."""
        for res in (self._searcher, self._store):
            close = getattr(res, "close", None)
            if callable(close):
                close()
        self._searcher = self._store = None

    def __enter__(self) -> Answerer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ answering
    def ask(self, question: str, *, period: Period | None = None) -> Answer:
        """Answer one question with numbered, validated citations, or abstain.

        Args:
            question: Arabic or English, at most :data:`MAX_QUESTION_CHARS` characters.
            period: read only articles published in it, for this question alone (instead of the
                answerer's own ``period``); the chat sets it per turn.

        Returns:
            The :class:`~schemas.Answer` (``backend`` and ``language`` filled in).

        Raises:
            InputError: the question is empty or too long.
            LLMError: (LLM backend) the server failed after every retry.
        """
        text = (question or "").strip()
        if not text:
            raise InputError("question", "is empty", hint='ask something, e.g. marsad ask "كم شرطيا قتل في هجوم كركوك؟"')
        if len(text) > MAX_QUESTION_CHARS:
            raise InputError("question", f"has {len(text)} characters (limit {MAX_QUESTION_CHARS})",
                             hint="shorten the question")
        parsed = parse_question(text, self.lexicon)
        with self.lock:  # the store connection and the searcher are shared by UI threads
            own, self.period = self.period, (period if period is not None else self.period)
            try:
                parsed = self._with_names(parsed)
                if self.backend == "llm":
                    from marsad.agent.qa.llm import answer_with_llm

                    return answer_with_llm(self, parsed)
                return self._answer_offline(parsed)
            finally:
                self.period = own

    def _with_names(self, parsed: Question) -> Question:
        """An English question's everyday words said in Arabic (:func:`marsad.agent.qa.translit.with_words`), then
        its unknown names looked up in the index's Arabic vocabulary (by skeleton)."""
        from marsad.agent.qa.translit import with_words

        parsed = with_words(parsed)
        if parsed.language != "en" or not parsed.uncovered:
            return parsed
        try:
            self.searcher._refresh()
            vocab = self.searcher.bm25.model.vocab_dict if self.searcher.bm25.model is not None else None
        except Exception:  # noqa: BLE001 - no lexical index (empty home): nothing to look names up in
            vocab = None
        if not vocab:
            return parsed
        key = (id(vocab), len(vocab))
        if self._names_key != key:
            from marsad.agent.qa.translit import NameFinder

            frequency = None
            scores = getattr(self.searcher.bm25.model, "scores", None)
            if isinstance(scores, dict) and "indptr" in scores:  # documents holding each term
                import numpy as np

                df = np.diff(scores["indptr"])
                frequency = {t: int(df[i]) for t, i in vocab.items() if i < len(df)}
            self._names, self._names_key = NameFinder(vocab, frequency), key
        from marsad.agent.qa.translit import with_names
        from marsad.core.gazetteer import get_world_gazetteer

        return with_names(parsed, self._names, get_world_gazetteer().arabic_names)

    def evidence(self, parsed: Question) -> Evidence:
        """Run the bounded searches for a parsed question and load the top documents and records."""
        return gather(parsed, self.searcher, self.store, self.lexicon, k=self.k, max_steps=self.max_steps)

    def _answer_offline(self, parsed: Question) -> Answer:
        if self.store.count() == 0:
            return _finish(abstention(parsed, _empty_index_note(parsed)), "offline")
        if not in_domain(parsed):
            evidence = self.evidence(parsed) if ARCHIVE_DOMAIN and len(parsed.entities) >= 2 else None
            if evidence is None or not _archive_tells(parsed, evidence):
                return _finish(abstention(parsed, _off_domain_note(parsed)), "offline")
        else:
            evidence = self.evidence(parsed)
        if SITE_FILTER and not _at_site(parsed, evidence):
            return _finish(abstention(parsed), "offline")  # no article tells of the embassy or mosque asked about
        parsed = _without_unread_names(parsed, evidence)
        wide: list[tuple[list, Evidence]] = []

        def wider() -> tuple[list, Evidence]:
            if not wide:
                more = evidence.widened(self.store)
                wide.append((self._stages(parsed, more), more))
            return wide[0]

        titles = {d: doc.title or "" for d, doc in evidence.docs.items()}
        answer = first_answer(parsed, self._stages(parsed, evidence), evidence, titles,
                              wider=wider if evidence.spare else None)
        return _finish(answer, "offline")

    def _stages(self, parsed: Question, evidence: Evidence) -> list[tuple[Callable[[], list[Claim]], int | None]]:
        """The claim readers over ``evidence``, in the order they are asked, each with how many claims it may state."""
        # the readers, in order: counts read from sentences, what an actor did, sentences stating the day asked
        # about, records, then passages ("when is X expected": the records hold the dates of events, not of
        # what is to come, nor "to where": a destination, nor "where was X born": not where an event happened)
        stages = [(lambda: _count_stage(parsed, evidence, self.lexicon), 1), (lambda: age_claims(parsed, evidence), 1),
                  (lambda: duration_claims(parsed, evidence), 1)]
        # "who is the politician who ...": the name an article ties to the descriptor, before the records (which
        # hold a man only when the extractor gave him a role) and the passages (the event's sentence, no name)
        stages.append((lambda: apposition_claims(parsed, evidence), 1))
        # "ما اسم المراهق الذي ..." / "what was the name of the teenager ...": the name told after the descriptor or with
        # an age after it (agent/qa/appositions.py)
        stages.append((lambda: named_person_claims(parsed, evidence), 1))
        # "who issued the statement ...": the issuer the article names after the statement word (the records and
        # the question share the statement's subject, whose role would answer otherwise)
        stages.append((lambda: issuer_claims(parsed, evidence), 1))
        # "من وزير الخارجية ... الذي"، "which trade minister ...": the name written beside the office asked
        # (agent/qa/offices.py)
        stages.append((lambda: office_claims(parsed, evidence), 1))
        # "what was the code name of ...", "what prison sentence ...": the sentence telling that slot (agent/qa/slots.py)
        stages.append((lambda: slot_claims(parsed, evidence), 1))
        if parsed.intent is Intent.action:
            stages.append((lambda: action_claims(parsed, evidence), None))
        if parsed.intent is Intent.date:
            # "when were they arrested": the dated sentence telling the act asked (agent/qa/slots.py)
            stages.append((lambda: dated_act_claims(parsed, evidence), 1))
            stages.append((lambda: dated_passage_claims(parsed, evidence), None))
        if parsed.intent is Intent.location:
            # "where" questions about events no record holds read the passages naming a place first
            stages.append((lambda: located_passage_claims(parsed, evidence, self.lexicon), 1))
        stages.append((lambda: [] if asks_expected(parsed) or asks_destination(parsed) or asks_birthplace(parsed)
                       else record_claims(parsed, evidence, self.lexicon), claim_limit(parsed)))
        if parsed.intent in (Intent.location, Intent.general):
            # "which district did the army storm", "ما الجبل الذي حرره الجيش": a sentence naming a place of the kind
            # asked for, before any sentence
            stages.append((lambda: kind_passage_claims(parsed, evidence), 1))
        # (a passage quoting no filler of the asked type yields to the sentence of its article holding one)
        stages.append((lambda: _filled(parsed, passage_claims(parsed, evidence), evidence, self.lexicon), None))
        # no reader answers (the readers above abstain, even reading "enough" entities): the sentence holding the
        # question's content and a filler of the type asked, whatever its slot (agent/qa/sentence_pick.py)
        from marsad.agent.qa.sentence_pick import pick_claims

        earlier = list(stages)

        def picked() -> list[Claim]:
            # (the picked sentence first -- cheap, and empty with the reader's switch off -- then, only when there is
            # one, whether the readers above answer without it: they are asked again only then)
            claims = pick_claims(parsed, evidence, self.lexicon)
            if not claims:
                return []
            titles = {d: doc.title or "" for d, doc in evidence.docs.items()}
            return claims if first_answer(parsed, earlier, evidence, titles).abstained else []

        stages.append((picked, 1))
        return stages


def _filled(parsed: Question, claims: list[Claim], evidence: Evidence, lexicon: Lexicon) -> list[Claim]:
    from marsad.agent.qa.sentence_pick import filled_or_picked

    return filled_or_picked(parsed, claims, evidence, lexicon)


DURATION_NOT_COUNT = True  # switch for A/B measurement: a question asking a span of time skips the count reader


def _count_stage(parsed: Question, evidence: Evidence, lexicon: Lexicon) -> list[Claim]:
    """The counts read from sentences (with their places and other reports' figures); none for a question asking a
    span of time ("how many years did he wait before avenging his brother's killing": the killed of an article read
    are no answer, the span reader answers it)."""
    if DURATION_NOT_COUNT and asks_duration(parsed) is not None:
        return []
    return with_places(parsed, other_reports(parsed, count_claims(parsed, evidence), evidence), evidence, lexicon)


VAGUE_LAST = True  # switch for A/B measurement (tests patch it)
ARCHIVE_DOMAIN = True  # switch for A/B measurement: a question the word lists call off-domain is still read when the archive tells of it


@lru_cache(maxsize=64)
def _normalized_article(title: str, text: str) -> str:
    return normalize(readable(title + "\n" + text))


def _article_text(doc) -> str:
    """An article's title and text, readable and normalised: computed once per article, though the domain, name,
    site and fit checks of one question (and each reader's :func:`by_fit`) read it again and again."""
    return _normalized_article(doc.title or "", doc.text)


def _archive_tells(question: Question, evidence: Evidence) -> bool:
    """A question :func:`in_domain` finds no security or politics word in ("to which country did 700,000 Rohingya
    flee", "who was convicted in London of ...") is still about what the archive holds when one of its top three
    articles names every key entity it names, two or more (a place alone hosts every kind of news), one of them
    no country (two countries meet in sports and trade news too: a person, a town or a group ties it to one story)."""
    if all(e.get("admin_level") == "country" for e in question.entities):
        return False
    for _, doc in evidence.top(3):
        text = _article_text(doc)
        if all(entities_named(question, text, normalized=True)):
            return True
    return False


UNREAD_NAMES = True  # switch for A/B measurement (tests patch it): see _without_unread_names


def _without_unread_names(question: Question, evidence: Evidence) -> Question:
    """The question without the names found by transliteration that no article read names, when another of its
    entities is named by one: an English common word read as a name ("Frontier Corps" -> "كوربس", "SEAL") or a name
    spelt another way than the articles do would otherwise make every article that tells the story fall short of it
    (the answer is then still bound to the question's other places, actors and names)."""
    if not UNREAD_NAMES or not question.names:
        return question
    texts = [_article_text(doc) for doc in evidence.docs.values()]
    read = [n for n in question.names if any(mentions(n, t, normalized=True) for t in texts)]
    if len(read) == len(question.names):
        return question
    others = [e for e in (*question.places, *question.actors, *read) if e.get("admin_level") != "country"]
    if not any(mentions(e, t, normalized=True) for e in others for t in texts):
        return question  # (nothing else ties an article to it: the unread name stays required, and abstains)
    return replace(question, names=tuple(read))


SITE_FILTER = True  # a question naming a site (:func:`counts.site_named`) needs an article naming it


def _at_site(question: Question, evidence: Evidence) -> bool:
    """Some top article names one of the sites the question names, or it names none ("the attack on the Kuwaiti
    embassy": when no article names an embassy, they tell of other incidents). (An article that does not name it
    is still read: a later report of the toll often names the town alone.)"""
    if not asks_site(question):
        return True  # (most questions: no article text is normalised for the check)
    return any(site_named(question, _article_text(doc)) for doc in evidence.docs.values())


def fitting(question: Question, claims: list[Claim], evidence: Evidence) -> list[Claim]:
    """The claims with only their spans that fit the question's year/weekday/room constraints
    (:func:`marsad.agent.qa.domain.span_fits`); a claim left without spans is dropped."""
    cons = constraints_of(question)
    out = []
    for claim in claims:
        spans = []
        for doc_id, s, e in claim.spans:
            doc = evidence.docs.get(doc_id)
            if doc is not None and span_fits(cons, doc.text[s:e], doc.text, doc.published, doc.title):
                spans.append((doc_id, s, e))
        if spans:
            out.append(replace(claim, spans=spans))
    return out


def _off_domain_note(question: Question) -> str:
    if question.language == "ar":
        return "السؤال خارج ما تغطيه المقالات المفهرسة (أخبار الأمن والسياسة)."
    return "The question is outside what the indexed articles cover (security and politics news)."


def _empty_index_note(question: Question) -> str:
    if question.language == "ar":
        return "الفهرس فارغ: أضف مقالات أولا بالأمر marsad ingest."
    return "The index is empty: add articles first with `marsad ingest`."


FIT_FIRST = True  # switch for A/B measurement (tests patch it): see _article_misses


def _firm(entity):
    """``entity`` as an article must name it to fit a question: a name found by transliteration whose Arabic the
    gazetteer knows ("Vienna" -> فيينا) by those spellings and the guesses about as long (a long vowel less:
    "لافايت" for لافاييت), not by the short letter-by-letter guesses beside them ("فين"، "فان" for Vienna: other
    words of any article)."""
    known = entity.get("known") if entity.kind == "names" else None
    if not known:
        return entity
    least = max(4, min(len(k) for k in known) - 1)
    spelt = [*known, *(t for t in entity.get("spellings") or () if len(t) >= least)]
    forms = tuple(dict.fromkeys(f for k in spelt for f in (k, k + "ه", k + "يه", k + "ي", k + "ا", k + "ون", k + "ان")))
    return replace(entity, ar=forms)


def _article_misses(question: Question, doc) -> float:
    """How much of what a question names an article never names: the weight (:func:`subject.weight`) of its key
    entities of a name's weight or more -- a place below its country, a person, a group, a name -- that the article's
    title and text do not name (a place only the gazetteer's spellings name; :func:`_firm`). An article that never
    names the city asked about tells of another incident, however well its sentence reads ("the Afghan arrested in
    Bern" for a question on the Afghan arrested in Vienna)."""
    from marsad.agent.qa.subject import by_command, by_demonym, named_in, weight

    norm = _article_text(doc)
    missed = 0.0
    for entity in question.entities:
        w = weight(entity, question)
        # (a country the question names only by its people, by their adjective too: evidence.question_fit)
        if w >= 2.0 and not (mentions(_firm(entity), norm, normalized=True) or by_command(entity, norm)
                             or (by_demonym(question, entity) and named_in(entity, norm, normalized=True))):
            missed += w
    return missed


def by_fit(question: Question, claims: list[Claim], evidence: Evidence) -> list[Claim]:
    """The claims, those of the articles that name more of what the question names first (:func:`_article_misses`
    of the best-fitting article each claim cites), in their reader's order otherwise (a stable sort): the reader
    ranks sentences by their words, an article naming another city than the one asked about is read after every
    article naming it."""
    if not FIT_FIRST or len(claims) < 2 or not question.entities:
        return claims
    misses: dict[str, float] = {}

    def miss(doc_id: str) -> float:
        if doc_id not in misses:
            doc = evidence.docs.get(doc_id)
            misses[doc_id] = _article_misses(question, doc) if doc is not None else 0.0
        return misses[doc_id]

    def key(claim: Claim) -> float:
        # (a figure several articles state fits as well as the best of them: each is cited)
        return min((miss(d) for d, _, _ in claim.spans), default=0.0)

    # another report's differing figure stays after the claim it differs from (compose.assemble states it there)
    blocks: list[list[Claim]] = []
    for claim in claims:
        if claim.aside and blocks:
            blocks[-1].append(claim)
        else:
            blocks.append([claim])
    return [c for block in sorted(blocks, key=lambda b: key(b[0])) for c in block]


def _stage_claims(parsed: Question, read: Callable[[], list[Claim]], evidence: Evidence, texts: dict[str, str],
                  second) -> list[Claim]:
    """A reader's claims that fit the question, with what they leave out told after them, those of the articles
    fitting the question best first (:func:`by_fit`); a claim citing only articles read past the top documents
    (``evidence.late``) comes after every other."""
    claims = not_named(parsed, fitting(parsed, read(), evidence))  # (not only whom the question names)
    if claims:  # a person or doer answer's sentence tells the act asked (agent/qa/asked_acts.py)
        from marsad.agent.qa.sentence_pick import asked_type

        kind = asked_type(parsed)
        claims = acted_claims(parsed, kind[0] if kind else None, claims, evidence)
        # ... and a holder asked by his office and what it is of, a sentence naming that office of it
        claims = titled_claims(parsed, claims, evidence)
    claims = with_asked(parsed, by_fit(parsed, claims, evidence), texts)
    # "to where": a destination the quote leaves out, told in the sentence after it
    claims = with_destinations(parsed, claims, texts)
    if second is not None:  # "..., ومن القائد الذي أعلن عنها؟": the sentence naming him is cited too
        claims = with_second_part(parsed, second, claims, texts)
    if evidence.late:
        claims.sort(key=lambda c: all(d in evidence.late for d, _, _ in c.spans))
    return claims


def first_answer(parsed: Question, stages: list[tuple[Callable[[], list[Claim]], int | None]], evidence: Evidence,
                 titles: dict[str, str], *, wider: Callable[[], tuple[list, Evidence]] | None = None) -> Answer:
    """The answer of the first reader (``stages``: each a claim reader and how many claims it may state) whose
    claims make one, or an abstention.

    Every reader is asked first for citations naming every key entity the question names; only when none
    answers so, for citations naming enough of them to be about its subject (agent/qa/subject.py). A toll
    told only in words ("dozens were killed") answers a how-many question only when no reader finds a number:
    an exact count of the incident may come from another article (:data:`VAGUE_LAST`).

    ``wider`` (when the evidence keeps spare articles, :data:`marsad.agent.qa.evidence.TIE_READ`) gives the readers
    over the evidence with them: the reader that answers is asked again there, and its answer with the spare
    articles' claims after its own is given (when it still makes one).
    """
    texts = evidence.texts
    second = second_part(parsed)
    claims: dict[int, list[Claim]] = {}
    answer = abstention(parsed)
    vague: Answer | None = None
    for strict in (True, False):
        for i, (read, limit) in enumerate(stages):
            if i not in claims:
                claims[i] = _stage_claims(parsed, read, evidence, texts, second)
            if not claims[i] or (vague is not None and not any(c.numbers for c in claims[i])):
                continue
            answer = assemble(parsed, claims[i], texts, backend="offline", limit=limit, strict=strict, titles=titles)
            if answer.abstained:
                continue
            if VAGUE_LAST and parsed.how_many and _vague(claims[i], answer):
                vague = vague or answer
                continue
            if FINE_SENTENCE and strict:
                finer = _finer_answer(parsed, stages, claims, i, evidence, titles, second)
                if finer is not None:
                    return finer
            if wider is not None:
                # the spare articles (TIE_READ) join the reader that answers, their claims after its own
                more_stages, more = wider()
                more_claims = _stage_claims(parsed, more_stages[i][0], more, more.texts, second)
                if more_claims != claims[i]:
                    more_titles = {d: doc.title or "" for d, doc in more.docs.items()}
                    more_answer = assemble(parsed, more_claims, more.texts, backend="offline", limit=limit,
                                           strict=strict, titles=more_titles)
                    if not more_answer.abstained:
                        return more_answer
            return answer
        if not parsed.entities:
            break
    return vague or answer


FINE_SENTENCE = True  # switch for A/B measurement (tests patch it): see _finer_answer
# a place a question calls a province or a state ("in Aleppo province", "في محافظة حلب"): a wider area than the town
# it names with it
_WIDE_WORDS_EN = r"(?:province|governorate|region|state|county|prefecture)"
_WIDE_WORDS_AR = r"(?:محافظه|ولايه|اقليم|منطقه|اقاليم)"


def _wide_places(question: Question) -> set[str]:
    """The ids of the places a question names as the wider area around another it names: a governorate, a place
    the question itself calls a province or a state ("the town of Manbij in Aleppo province"), and a place
    the gazetteer puts another asked place in (Nineveh for Mosul)."""
    import re

    norm = normalize(question.text)
    wide = set()
    for place in (*question.places, *question.names):
        if place.get("admin_level") == "country":
            continue  # (a country is named in half the sentences of its news: no sign the sentence is the lead's sum)
        if place.get("admin_level") in ("governorate", "region"):
            wide.add(place.id)
            continue
        ens = [re.escape(e) for e in (place.name_en, *place.en) if e and len(e) >= 3]
        ars = [re.escape(normalize(a)) for a in (place.canonical, *place.ar) if a and len(a) >= 3]
        if (ens and re.search(rf"\b(?:{'|'.join(ens)})\s+{_WIDE_WORDS_EN}\b|\b{_WIDE_WORDS_EN}\s+of\s+(?:the\s+)?"
                              rf"(?:{'|'.join(ens)})\b", question.text, re.I)) or (
                ars and re.search(rf"(?<!\w)[وفبل]?(?:ال)?{_WIDE_WORDS_AR}\s+(?:{'|'.join(ars)})(?!\w)", norm)):
            wide.add(place.id)
    for place in question.places:
        for other in question.places:
            if other is not place and place.name_en and place.name_en in (other.get("governorate"), other.get("district")) \
                    and other.name_en != place.name_en:
                wide.add(place.id)
    return wide


def _own_text(claim: Claim, texts: dict[str, str]) -> str:
    return normalize(readable(" ".join(texts.get(d, "")[s:e] for d, s, e in claim.spans)))


def _first_stated(parsed: Question, claims: list[Claim], texts: dict[str, str], limit: int | None,
                  titles: dict[str, str]) -> Claim | None:
    """The first of ``claims`` an answer states (strict: naming every key entity near it)."""
    for claim in claims:
        if claim.aside:
            continue
        if not assemble(parsed, [claim], texts, backend="offline", limit=limit, strict=True, titles=titles).abstained:
            return claim
    return None


def _finer_answer(parsed: Question, stages: list, claims: dict[int, list[Claim]], i: int, evidence: Evidence,
                  titles: dict[str, str], second) -> Answer | None:
    """The answer from the sentence of the same article that names the town (or the person) asked about, when the
    answer the reader ``i`` gives quotes a sentence naming only the wider area the question names around it: news
    leads with the province's toll ("قتل 28 مدنيا في قصف على محافظة حلب") and gives the town's in the next sentence
    ("... في منبج، قتل 21 مدنيا"); a question naming the town asks its figure. That
    sentence's claim, of this reader or of a later one, is stated first by its reader; None when there is none (or
    the answer's sentence names the town itself, or no wider area)."""
    wide = _wide_places(parsed)
    fine = [e for e in (*parsed.places, *parsed.names) if e.id not in wide and e.get("admin_level") != "country"]
    if not wide or not fine:
        return None
    texts = evidence.texts
    first = _first_stated(parsed, claims[i], texts, stages[i][1], titles)
    if first is None or not first.spans:
        return None
    own = _own_text(first, texts)
    if any(mentions(e, own, normalized=True) for e in fine) or not any(
            mentions(p, own, normalized=True) for p in parsed.places if p.id in wide):
        return None
    doc_id = first.spans[0][0]
    for j in range(i, len(stages)):
        if j not in claims:
            claims[j] = _stage_claims(parsed, stages[j][0], evidence, texts, second)
        for claim in claims[j]:
            if claim is first or claim.aside or not claim.spans or claim.spans[0][0] != doc_id:
                continue
            if not any(mentions(e, _own_text(claim, texts), normalized=True) for e in fine):
                continue
            answer = assemble(parsed, [claim, *(c for c in claims[j] if c is not claim)], texts, backend="offline",
                              limit=stages[j][1], strict=True, titles=titles)
            if not answer.abstained:
                return answer
    return None


def _vague(claims: list[Claim], answer: Answer) -> bool:
    """Whether the claims an answer states (those whose text it holds) all give a toll in words only."""
    used = [c for c in claims if c.text in answer.answer]
    return bool(used) and all(c.vague for c in used)


def _finish(answer: Answer, backend: str) -> Answer:
    answer.backend = backend
    return answer


_CACHE: dict[tuple, Answerer] = {}
_CACHE_LOCK = threading.Lock()


def answer_question(settings: Settings, question: str, *, backend: str | None = None) -> Answer:
    """Answer ``question`` over the index of ``settings.home`` (the eval harness's entry point).

    Keeps one :class:`Answerer` per (settings, backend) open between calls, so asking
    many questions does not reopen the index each time.

    Args:
        settings: the resolved settings.
        question: Arabic or English.
        backend: ``offline``, ``llm`` or None (= the settings' backend, ``auto`` resolved).

    Returns:
        The :class:`~schemas.Answer`.

    Raises:
        ConfigError: ``llm`` without a configured server/model.
        InputError: an empty or over-long question.
        LLMError: the LLM server failed after every retry.
    """
    key = (settings, backend)
    with _CACHE_LOCK:
        answerer = _CACHE.get(key)
        if answerer is None:
            answerer = _CACHE[key] = Answerer(settings, backend)
    return answerer.ask(question)
