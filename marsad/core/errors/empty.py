"""The messages of a command that found nothing: an empty home, a search with no hits (in all, or in a
publication period), no event in a period, an index still being built."""

from __future__ import annotations

from marsad.core.errors.base import FIX_AR, LRI, PDI, InputError


def index_being_built(home, language: str = "en") -> str:
    """What `marsad search` tells beside 0 hits while the first `marsad ingest` into ``home`` still runs (0 hits
    would mislead), in ``language`` (the query's: an Arabic query was told it in English before pass 63)."""
    if language == "ar":
        return (f"فهرس {LRI}{home}{PDI} ما زال يُبنى بأمر `marsad ingest` جارٍ الآن؛ "
                "أعد البحث حين ينتهي")
    return (f"the index of {home} is still being built by a running `marsad ingest`; "
            "search again when it has finished")


#: The one wording of a home that holds no ingested document (:func:`nothing_ingested`; `marsad search`'s 0 hits).
NOTHING_INGESTED = "nothing is ingested in this home (MARSAD_HOME)"
#: How to fill a home, the Fix of :func:`nothing_ingested`.
INGEST_FIRST = "ingest some articles first: marsad ingest data/samples (or point MARSAD_HOME / --home at the home " \
               "that holds them)"
#: The same two, in Arabic (an Arabic query's 0 hits); the app's Fix names its Ingest tab.
NOTHING_INGESTED_AR = "لا مقال مفهرس في هذا المجلد (MARSAD_HOME)"
INGEST_FIRST_AR = "أضف مقالات أولا: marsad ingest data/samples (أو اجعل MARSAD_HOME / --home المجلد الذي يحملها)"
INGEST_IN_APP = "add articles in the Ingest tab (or `marsad ingest DIR` into this MARSAD_HOME)"
INGEST_IN_APP_AR = "أضف مقالات من تبويب «إضافة» (أو بالأمر marsad ingest DIR في هذا المجلد MARSAD_HOME)"


def nothing_ingested(home, language: str = "en", *, app: bool = False) -> InputError:
    """The one error of a command that needs ingested documents (`marsad events`, `marsad actors`) run on a home
    that holds none: ``HOME: nothing is ingested in this home (MARSAD_HOME)`` with the Fix :data:`INGEST_FIRST`;
    in Arabic for ``language`` "ar", and with the app's Ingest tab as the Fix for ``app``."""
    if language == "ar":
        return InputError(str(home), NOTHING_INGESTED_AR, hint=INGEST_IN_APP_AR if app else INGEST_FIRST_AR,
                          fix_label=FIX_AR)
    return InputError(str(home), NOTHING_INGESTED, hint=INGEST_IN_APP if app else INGEST_FIRST)


#: The phrases of :func:`no_matches`, by language (``{q}`` the query, ``{n}`` the articles searched).
_NO_MATCHES_PHRASES = {
    "en": {"empty": "no hits: {}",
           "none": "no hits for {q!r} among {n:,} ingested article(s): try other words, or the Arabic name",
           "keyword_only": "no hits for {q!r} in the keyword index of {n:,} ingested article(s); the vector half, "
                           "which finds the nearest articles, was left out: the Chroma server failed (the warning "
                           "says how to start it)"},
    "ar": {"empty": "لا نتائج: {}",
           "none": "لا نتائج لـ«{q}» بين {n:,} من المقالات المفهرسة: جرّب كلمات أخرى أو الاسم بالإنجليزية",
           "keyword_only": "لا نتائج لـ«{q}» في فهرس الكلمات لـ{n:,} من المقالات المفهرسة؛ ولم يُبحث بالمتجهات التي "
                           "تجد أقرب المقالات: أخفق خادم Chroma (التحذير يقول كيف يُشغَّل)"},
}


def no_matches(query: str, count: int, language: str = "en", *, home=None, keyword_only: bool = False,
               app: bool = False) -> str:
    """The one message of a search that found nothing (`marsad search` and the app's Search tab), in ``language``
    (the query's: :func:`marsad.agent.asking.question_language`): over an empty home (``count`` 0) that nothing is
    ingested in ``home`` and how to fill it (:func:`nothing_ingested`; ``app``: from its Ingest tab); else how many
    articles were searched and what to try, or (``keyword_only``: the Chroma server failed) that only the keyword
    index was searched, so "try other words" would mislead. Before pass 62 the CLI and the app each wrote their own,
    and the CLI's stayed English for an Arabic query."""
    words = _NO_MATCHES_PHRASES["ar" if language == "ar" else "en"]
    if not count:
        return words["empty"].format(nothing_ingested(home, language, app=app))
    return words["keyword_only" if keyword_only else "none"].format(q=query, n=count)


_LRM = "\u200e"  # keeps ".txt" whole in right-to-left text

#: The phrases of :func:`no_hits_in_period`, by language: one message built the same way in both (``{}`` is the
#: period, a count or a number of days).
_NO_HITS_PHRASES = {
    "en": {"none": "no hits among the articles published {}", "none_dated": ": no ingested article is dated in that period",
           "undated": " ({} ingested article(s) carry no date: a .txt or .md file has none)",
           "later": ". The period is of publication: {} article(s) published in the {} days after it may report its "
                    "incidents (widen the end of the period; `marsad events` dates by the incident)"},
    "ar": {"none": "لا نتائج بين المقالات المنشورة {}", "none_dated": ": لا مقال مفهرس منشور في هذه المدة",
           "undated": f" ({{}} من المقالات المفهرسة بلا تاريخ: ملف {_LRM}.txt أو {_LRM}.md لا يحمل تاريخا)",
           "later": ". المدة مدة نشر: {} من المقالات نشرت في الأيام الـ{} التالية لها وقد تروي أحداثها "
                    f"(وسّع نهاية المدة؛ {_LRM}marsad events يؤرخ بتاريخ الحدث)"},
}


def no_hits_in_period(period: str, dated_in_it: int | None = None, undated: int = 0, *,
                      later: int = 0, days: int = 7, language: str = "en") -> str:
    """The one message of `marsad search` and `marsad ask` when nothing was found among the articles published in
    ``period`` (:meth:`Period.describe`, or :func:`describe_period_ar` for ``language`` "ar": an Arabic question's
    answer); ``dated_in_it`` = 0 adds that no ingested article is dated in it at all, and why an article may lack a
    date: how many carry none (``undated``; nothing when 0). ``later`` (articles published in the ``days`` days after the period) adds that the period is one of
    publication, and that `marsad events` dates by the incident."""
    words = _NO_HITS_PHRASES["ar" if language == "ar" else "en"]
    text = words["none"].format(period)
    if dated_in_it == 0:
        text += words["none_dated"]
        if undated:
            text += words["undated"].format(undated)
    if later:
        text += words["later"].format(later, days)
    return text


#: The phrases of :func:`no_events_in_period`, by language: one sentence built the same way in both (``{}`` is a date
#: or a count; "after_too" follows a "before" part).
_NO_EVENTS_PHRASES = {
    "en": {"none": "no event is dated {}", "before": "the nearest before it is dated {}",
           "after": "the nearest after it is dated {}", "after_too": "the nearest after it {}",
           "overlapping": "{} told only to a month or a year overlap it without lying inside (widen the period to take "
                          "them)",
           "undated": "{} carry no date", "and": "; ",
           "end": ". The period is the incident's date; {} read the publication date"},
    "ar": {"none": "لا حدث مؤرخا {}", "before": "أقربها قبلها مؤرخ {}", "after": "أقربها بعدها مؤرخ {}",
           "after_too": "وأقربها بعدها مؤرخ {}",
           "overlapping": "{} منها مؤرخة بشهر أو سنة تتداخل مع المدة ولا تقع كلها فيها (وسّع المدة لتشملها)",
           "undated": "{} منها بلا تاريخ", "and": "؛ ", "end": ". المدة تاريخ الحدث لا تاريخ النشر"},
}


def no_events_in_period(period: str, before: str | None, after: str | None, overlapping: int = 0,
                        undated: int = 0, readers: str = "`marsad search`/`ask --since`", language: str = "en") -> str:
    """The one message of `marsad events` (and the app's Events tab) when no event is dated in ``period``
    (:meth:`Period.describe`, or :func:`describe_period_ar` for ``language`` "ar"): the date of the nearest event
    before it (``before``) and after it (``after``), how many events told only to a month or a year overlap it without
    lying inside (``overlapping``) and how many carry no date (``undated``); ``readers``: what reads the publication
    date instead, as the caller names it (the app: its chat's Since/Until; the Arabic names none)."""
    words = _NO_EVENTS_PHRASES["ar" if language == "ar" else "en"]
    parts = []
    if before:
        parts.append(words["before"].format(before))
    if after:
        parts.append(words["after_too" if parts else "after"].format(after))
    if overlapping:
        parts.append(words["overlapping"].format(overlapping))
    if undated:
        parts.append(words["undated"].format(undated))
    text = words["none"].format(period)
    if parts:
        text += ": " + words["and"].join(parts)
    return text + words["end"].format(readers)
