"""Answers to "within how many days", "for how many hours", "for how long", "خلال كم يوما": the span of time a
sentence states ("في غضون 30 يوما"، "لمدة عام"), read from the sentences the passage reader would quote (the best
fitting ones), stated before the sentence itself. A span told only by a sentence that fits the question less is not
read: a first version that searched every sentence for one took a weaker sentence's span over a better answer (one
question fewer right on the held-out check split, aggregate only).

A count of people is read by :mod:`marsad.agent.qa.counts_claims`, which leaves out numbers of days and years
(they are no tolls); this reader reads only them, and only for a question asking how long.
"""

from __future__ import annotations

import re

from marsad.agent.grounding import numbers_in
from marsad.agent.qa.compose import Claim, excerpt, news_sentences
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import passage_claims
from marsad.agent.qa.question import Question
from marsad.core.arabic import normalize

__all__ = ["asks_duration", "duration_claims"]

DURATIONS = True  # switch for A/B measurement (tests patch it)
# a span asked about is most often told in a provision's own sentence ("يقدم تقريرا في غضون 30 يوما"، "يتولى السلطة
# لمدة عام"), not in the lead the passage reader quotes for the question's other words (the deal, its parties): when
# a quoted sentence states no span, its article's first sentence telling a span after a word of a deadline or a term
# is read instead (not any number of days: "بعد 18 يوما من المفاوضات" dates, it provides nothing)
# (switch for A/B measurement; tests patch it)
SPAN_IN_ARTICLE = True
_TERMS = ("خلال", "غضون", "لمده", "مده", "مهله", "طيله", "طوال")
_TERM_BEFORE = re.compile(rf"(?<!\w)[وفبل]?(?:{'|'.join(_TERMS)})\s+(?:[^\W\d]+\s+)?$")

# the unit a question asks in -> the Arabic words of that unit (normalised: singular, accusative, plural, dual)
_UNITS = {
    "minute": "دقيقه|دقايق|دقيقتين|دقيقتان",
    "hour": "ساعه|ساعات|ساعتين|ساعتان",
    "day": "يوما|يوم|ايام|يومين|يومان",
    "week": "اسبوعا|اسبوع|اسابيع|اسبوعين|اسبوعان",
    "month": "شهرا|شهر|اشهر|شهور|شهرين|شهران",
    "year": "عاما|عام|اعوام|سنه|سنوات|سنين|عامين|عامان|سنتين|سنتان",
}
_EN_UNIT = {"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week", "months": "month", "years": "year"}
_AR_UNIT = {"دقيقه": "minute", "ساعه": "hour", "يوما": "day", "اسبوعا": "week", "شهرا": "month", "عاما": "year",
            "سنه": "year"}
_ASKS_AR = re.compile(r"(?<!\w)كم (دقيقه|ساعه|يوما|اسبوعا|شهرا|عاما|سنه)(?!\w)|(?<!\w)(?:ما|وما) (?:هي )?مده(?!\w)"
                      r"|(?<!\w)لاي مده(?!\w)|(?<!\w)الي متي(?!\w)")
_ASKS_EN = re.compile(r"\bhow many (minutes|hours|days|weeks|months|years)\b|\b(?:for )?how long\b", re.I)
# a span of time told: a number or a number word, then the unit ("30 يوما"، "خمسة ايام")، or a bare unit after
# a word of a deadline or a term (_TERMS: "لمدة / خلال / في غضون / مهلة": "لمدة عام", one year), or a dual ("يومين")
_TOLD = "(?:(?:\\d+|[^\\W\\d]+(?: و[^\\W\\d]+)?) (?:{u})|(?:" + "|".join(_TERMS) + ") (?:{u})(?!\\w))"


def asks_duration(question: Question) -> str | None:
    """The unit of time a question asks a span in ("day" for "خلال كم يوما"), "" for "how long" in no unit, or
    None when it asks no span of time."""
    if question.language == "ar":
        m = _ASKS_AR.search(normalize(question.text))
        return None if m is None else _AR_UNIT.get(m.group(1) or "", "")
    m = _ASKS_EN.search(question.text)
    return None if m is None else _EN_UNIT.get((m.group(1) or "").lower(), "")


def duration_claims(question: Question, evidence: Evidence) -> list[Claim]:
    """The spans of time the best-fitting sentences state, for a question asking how long (:func:`asks_duration`):
    each claim states the span as written ("في غضون 30 يوما") and cites its sentence."""
    unit = asks_duration(question) if DURATIONS else None
    if unit is None:
        return []
    units = _UNITS[unit] if unit else "|".join(_UNITS.values())
    told = re.compile(rf"(?<!\w)[وفبل]?{_TOLD.format(u=units)}(?!\w)")

    def states(norm: str) -> bool:
        return any(_spans_time(m.group(0)) for m in told.finditer(norm))

    def provided(norm: str) -> str | None:  # a span told after a word of a deadline or a term ("في غضون 30 يوما")
        return next((m.group(0) for m in told.finditer(norm) if _spans_time(m.group(0)) and (
            m.group(0).split()[0].lstrip("وفبل") in _TERMS or _TERM_BEFORE.search(norm[max(0, m.start() - 20):m.start()]))),
            None)

    out = []
    # the sentences the passage reader would quote, those of them that state a span (another sentence that states
    # one but fits the question less is no better answer than the best sentence quoted whole); of a quoted sentence
    # that states none, its article's first sentence giving a span as a provision does (:data:`SPAN_IN_ARTICLE`)
    for claim in passage_claims(question, evidence):
        doc_id, s, e = claim.spans[0]
        article = evidence.docs[doc_id].text
        norm = normalize(article[s:e])
        phrase = None
        if not states(norm) and SPAN_IN_ARTICLE:
            s, e = next(((a, b) for a, b in news_sentences(article) if provided(normalize(article[a:b]))), (s, e))
            norm = normalize(article[s:e])
            phrase = provided(norm)
        if not states(norm):
            continue
        sentence = article[s:e]
        phrase = phrase or next(m.group(0) for m in told.finditer(norm) if _spans_time(m.group(0)))
        numbers = sorted(numbers_in(phrase) - {0})
        said = _written(sentence, phrase)
        # (the sentence is quoted too: it may state another span the question means, and it says whose span it is)
        text = (f"المدة: «{said}» — تقول المصادر: «{excerpt(sentence)}»" if question.language == "ar"
                else f"Span of time (as written): «{said}» — the sources say (in Arabic): «{excerpt(sentence)}»")
        out.append(Claim(text, [(doc_id, s, e)], numbers=numbers[:1], keys=[said], quoted=True))
    return out


def _spans_time(phrase: str) -> bool:
    """A told span is a number of units (digits, a number word, a dual, or a bare unit after "لمدة"), not a day
    of a month ("في 30 يوم" is no date form the news writes; "عام 2015" is a year: the unit after its number)."""
    first = phrase.split()[0]
    if first.isdigit():
        return int(first) < 1000  # ("2015 عاما" is no span)
    return bool(numbers_in(phrase)) or first.lstrip("وفبل") in _TERMS


def _written(sentence: str, phrase: str) -> str:
    """The words of ``sentence`` that ``phrase`` (normalised) reads, as the article writes them."""
    words = sentence.split()
    want = len(phrase.split())
    for i in range(len(words) - want + 1):
        said = " ".join(words[i:i + want]).rstrip("،,.؛:")
        if normalize(said) == phrase:
            return said
    return phrase
