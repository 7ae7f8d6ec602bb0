"""The one way every front end asks a question: `marsad ask`, :func:`marsad.ask`, the app's chat and its ``/ask``.

:func:`ask` runs the :class:`~marsad.agent.qa.Answerer` and then says what none of it can know alone: an abstention
over a publication period in which no ingested article was published is told with `marsad search`'s message
(:func:`~marsad.core.errors.no_hits_in_period`), not the answerer's generic "the sources do not say ...", which
read as if articles of the period had been searched. Before pass 57 only the command line said so; the API and the
app gave the generic abstention over the same empty period.

The message (:func:`no_hits_message`) is in the question's language, as every answer is (``Answer.answer``: an
Arabic question got the English sentence); it counts the stored articles without a date and says nothing of .txt
files when there are none ("(a .txt or .md file carries no date)" followed every such message, also over a store of
dated articles that merely holds none of that day); and it tells how many articles were published in the
:data:`LATER_DAYS` days after the period and that `marsad events` dates by the incident: `ask`/`search` read articles
by their publication date, so a May 15 incident reported on May 16 is an event of May 15 but no article of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from marsad.core.arabic import detect_language

if TYPE_CHECKING:
    from marsad.index.period import Period
    from marsad.schemas import Answer

__all__ = ["ask", "dated_in_period", "keyword_only_warning", "no_hits_message", "period_counts", "published_after",
           "question_language"]

LATER_DAYS = 7
"""How many days after a period its incidents are looked for in the news (:func:`published_after`)."""


def _tally(store: Any, period: Period, days: int = LATER_DAYS) -> tuple[int, int, int]:
    """(documents published in ``period``, documents without a readable date, documents published in the ``days``
    days after ``period`` ends -- 0 when it has no end), in one pass over ``store``'s publication dates (no text is
    read)."""
    import datetime as dt

    from marsad.index.period import day_number

    last = period.last_day()
    low = int(last.strftime("%Y%m%d")) if last is not None else 0
    high = int((last + dt.timedelta(days=days)).strftime("%Y%m%d")) if last is not None else 0
    dated = undated = later = 0
    for _, published in store.iter_published():
        day = day_number(published)
        if period.contains(published):
            dated += 1
        elif day == 0:
            undated += 1
        if last is not None and low < day <= high:
            later += 1
    return dated, undated, later


def published_after(store: Any, period: Period, days: int = LATER_DAYS) -> int:
    """How many documents of ``store`` were published in the ``days`` days after ``period`` ends (0 when it has no
    end): articles that may report the period's incidents (no text is read)."""
    return _tally(store, period, days)[2]


def period_counts(store: Any, period: Period) -> tuple[int, int]:
    """(documents of ``store`` published in ``period``, documents without a readable date); no text is read."""
    return _tally(store, period)[:2]


def dated_in_period(store: Any, period: Period) -> int:
    """How many documents of ``store`` (a :class:`~marsad.index.docstore.DocStore`) were published in ``period``
    (no text is read)."""
    return period_counts(store, period)[0]


def no_hits_message(store: Any, period: Period, language: str | None = None,
                    tally: tuple[int, int, int] | None = None) -> str:
    """:func:`~marsad.core.errors.no_hits_in_period` for ``period`` over what ``store`` holds (in Arabic for
    ``language`` "ar", the question's language); ``tally``: :func:`_tally`'s counts when the caller has them."""
    from marsad.core.errors import describe_period_ar, no_hits_in_period

    dated, undated, later = tally if tally is not None else _tally(store, period)
    if language == "ar":
        return no_hits_in_period(describe_period_ar(period.since, period.until), dated, undated, later=later,
                                 days=LATER_DAYS, language="ar")
    return no_hits_in_period(period.describe(), dated, undated, later=later, days=LATER_DAYS)


def question_language(question: str) -> str:
    """The language an answer to ``question`` is given in ("ar" or "en", as ``Answer.language``): a front end words
    what it tells before asking (the app's chat: a bad Since/Until date) in that language too."""
    return detect_language(question)


def keyword_only_warning(settings: Any, fault: BaseException, language: str | None = None) -> str:
    """:func:`~marsad.core.errors.keyword_only_search` for the Chroma server of ``settings`` and its ``fault``, in
    Arabic for ``language`` "ar" (an Arabic question's answer carries it, as it carries an empty period's message)."""
    from marsad.core.config import CHROMA_RETRY_SECONDS
    from marsad.core.errors import keyword_only_search

    return keyword_only_search(settings.chroma_url or "", fault, CHROMA_RETRY_SECONDS, language=language or "en")


def ask(answerer: Any, question: str, *, period: Period | None = None) -> Answer:
    """``answerer.ask(question, period=period)``, with an abstention over an empty period told as such.

    Args:
        answerer: an open :class:`~marsad.agent.qa.Answerer` (its own ``period`` applies when ``period`` is None).
        question: Arabic or English.
        period: read only articles published in it, for this question alone.

    Returns:
        The answer; when it abstained and no stored article was published in the period, its ``answer`` is
        :func:`~marsad.core.errors.no_hits_in_period` (in Arabic for an Arabic question;
        ``abstained`` stays true, no citation). When a search of this question was served by the keyword index
        alone (the Chroma server failed), its ``warning`` says so (:func:`keyword_only_warning`).
    """
    with answerer.lock:  # the app's /search shares the searcher: what it meets is not this question's
        searcher = answerer.searcher
        before = searcher.keyword_only
        answer = answerer.ask(question, period=period)
        fault = searcher.last_fault if searcher.keyword_only != before else None
    if fault is not None:
        answer = answer.model_copy(update={"warning": keyword_only_warning(answerer.settings, fault, answer.language)})
    within = period if period is not None else getattr(answerer, "period", None)
    if within is None or not answer.abstained:
        return answer
    with answerer.lock:  # the store connection is shared by the app's threads
        if not answerer.store.count():
            return answer  # an empty home: the answerer's own abstention says to ingest first
        tally = _tally(answerer.store, within)  # (one pass over the store's dates serves the check and the message)
        if tally[0]:
            return answer
        message = no_hits_message(answerer.store, within, answer.language, tally)
    return answer.model_copy(update={"answer": message, "citations": []})
