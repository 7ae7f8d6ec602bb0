"""When an attack happened, and whether it is told as past context.

The day of a frame is the first date told after its event word, else the nearest before it, never a span counted
from another event ("بعد أسبوع على قصف") and, when another is told, not the day a statement was made ("أعلنت
القيادة، اليوم السبت، مقتل ..."); an event told a span of days after a day of its sentence ("بعد يومين من"،
"غداة") happened that many days before it; an event with no date of its own takes the date that opens its sentence
("وفي نهاية يناير قتل ...، كما قتل ..."). A frame is past context when it is dated back ("قبل أيام"، "وكان ... قد"، a year
before publication, an era, an anniversary), told in a relative clause, or dated long before the article
(``history_years``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from marsad.agent.dates import DateMention, ResolvedDate
from marsad.agent.numbers import word_value
from marsad.agent.offline import rules
from marsad.agent.offline.attacks_occurred import occurred_day
from marsad.agent.offline.casualties import INJURED, KILLED, REL_PRONOUNS, casualties
from marsad.agent.offline.context import DateHit, DocContext, bare, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.scope import has_phrase, phrase_table
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import normalize

_REPORT_VERBS = rules.words("attacks", "report_verbs")
_SPEECH_NOUNS = rules.words("attacks", "speech_nouns")
"""Speeches, conferences and meetings: a place after "في" behind them is where words were said."""
_STATEMENT_NOUNS = rules.words("attacks", "statement_nouns")
"""Statements ("في بيان اليوم"): the day after them is the day it was said."""
_OCCURRED = rules.words("attacks", "occurred_verbs")
_REPORT_DATE_REACH = int(rules.number("attacks", "report_date_reach"))
_PAST_MARKERS = rules.words("attacks", "past_markers")
_AGO_UNITS = rules.words("attacks", "ago_units")
"""Words after "قبل" that make it "ago" (a span of time or its measure), not "before" another event."""
_AGO_YEARS = rules.words("attacks", "ago_years")
"""Units of years after "قبل" ("قبل سنوات"، "قبل عقدين"): the event told is past context."""
_HISTORY_YEARS = rules.number("attacks", "history_years")
"""An event dated more than this many years before publication is history told for context: kept as background
when the article gives its place or toll, else no record."""
_HISTORY_MARKERS = phrase_table(rules.words("attacks", "history_markers"))
"""Words that set an event in a past era ("إبان"، "خلال الحرب الأهلية"، "في ثمانينيات"، "في مثل هذا اليوم")."""
_ANNIVERSARY = phrase_table(rules.words("attacks", "anniversary"))
_ANNIVERSARY_REACH = int(rules.number("attacks", "anniversary_reach"))
"""An anniversary ("في الذكرى الثالثة لتفجير الكرادة"): the attack after it is remembered, past context."""


_SPAN_DAYS = {normalize(k): int(v) for k, v in rules.table("casualties", "span_days").items()}
"""Units of a span counted in days ("بعد يومين من"), with their days; 0 for a plural whose number stands before it
("بعد 3 أيام على"، "بعد ثلاثة أيام من"). Not weeks: "بعد أسبوع على" is mostly told loosely (a strike of Monday,
"a week" before a Sunday)."""
_DAY_AFTER = rules.words("casualties", "day_after_words")
""""غداة X": on the day after X."""
_OWN_DAY_REACH = 10
"""Words after an event within which a day told is its own, before a span back to it is read."""
_SPAN_REACH = 10
"""Words from the end of a span ("بعد يوم من") to the event it dates: in "بعد يومين من تفجير سوق المدينة الذي
أوقع 9 قتلى" the bombing is two days back; an event further on is told for itself."""
_EARLIER = rules.words("casualties", "earlier_words")
"""Feminine and plural "earlier" ("في أيام جمع سابقة"، "هجمات سابقة"): events told as before the news. Not the
masculine "سابق": "في وقت سابق" is mostly earlier the same day."""
SPAN_PAST = True
"""Switch: an event told with "سابقة" ("earlier", feminine or plural) is past context, not the news day."""
SPAN_BACK = True
"""Switch: an event told after "بعد يومين من"/"غداة" with a day told before the span in its sentence happened that
many days before that day ("شنت الطائرات أمس الجمعة غارات، بعد 4 أيام على تفجير ..." -> the Monday)."""
_OPENERS = rules.words("dates", "fronted_openers")
"""Words that may stand before a date that opens its sentence ("وفي"، "ففي"، "منتصف"، "مساء"): the sentence's time."""
_LATER = rules.words("dates", "later_words")
"""Words that move the time of what follows away from a date told before ("ثم"، "منذ"، "بعد"، "قبل")."""
FRONTED = True
"""Switch: an event with no date in its frame takes the date that opens its sentence (:func:`_fronted`)."""


START_CLAUSE = True
"""Switch (A/B measurement and its test): a date told in a relative clause of starting ("ضمن الاحتجاجات التي بدأت في
30 مارس"، "الحملة التي انطلقت في ...") is the day a run of events began, not the day of the incident told beside it."""
_START_VERBS = rules.words("attacks", "start_verbs")
_START_REACH = 3


FOUNDING_CLAUSE = True
"""Switch (on; off only to measure the rule): a date told in a relative clause of founding or birth ("الفصيل الذي
أسسه القائد عام 1990"، "الجماعة التي تأسست في 2002"; ``_FOUNDING_VERBS``, at most ``_FOUNDING_REACH`` words before
the date) is when a body was founded or a person born, not the day of the incident told beside it: read as the
incident's day, it made a retelling that names the doer a history item, and dropped it."""
_FOUNDING_VERBS = frozenset({"اسس", "اسست", "اسسه", "اسسها", "تاسس", "تاسست", "انشا", "انشات", "انشيء", "انشيت",
                             "تشكل", "تشكلت", "ولد", "ولدت"})
_FOUNDING_REACH = 6


def _founding_clause(words: list[str], x: int) -> bool:
    """True when a relative pronoun and a verb of founding or birth right after it stand at most ``_FOUNDING_REACH``
    words before the date at ``x``."""
    return any(words[v - 1] in REL_PRONOUNS and words[v] in _FOUNDING_VERBS
               for v in range(max(1, x - _FOUNDING_REACH), x))


BIRTH_DAY = True
"""Switch (pass 61, A/B measurement and its tests): a date told after a birth word with no relative pronoun before it
("المهاجم ولد في مدينة كذا عام 1990"، "وهو من مواليد 1985"; a date naming its year, ``birth_verbs`` followed by
"في"/"عام"/"سنة"/"يوم", or ``birth_nouns``, at most ``_FOUNDING_REACH`` words before it) is when someone was born, not the incident's day:
read as the incident's, it made the lead's telling a history item apart from the same attack told later."""
_BIRTH_VERBS = rules.words("attacks", "birth_verbs")
_BIRTH_NOUNS = rules.words("attacks", "birth_nouns")
_BIRTH_NEXT = frozenset({"في", "عام", "سنه", "يوم", "بتاريخ"})


def _birth_day(words: list[str], d: DateHit) -> bool:
    """True when the date ``d`` names its year and a birth verb (with a word of time or place right after it) or a
    birth noun stands at most ``_FOUNDING_REACH`` words before it (:data:`BIRTH_DAY`). (A weekday is never a birth
    date told: "قتل ولد في قصف الاثنين" is a boy killed on Monday.)"""
    return BIRTH_DAY and d.mention.parts.get("year") is not None and any(
        words[v] in _BIRTH_NOUNS or (words[v] in _BIRTH_VERBS and words[v + 1] in _BIRTH_NEXT)
        for v in range(max(0, d.i - _FOUNDING_REACH), d.i))


SCHEDULED_DAY = True
"""Switch (pass 52, A/B measurement and its tests): a day told after a verb of something scheduled or to come
(``scheduled_verbs``: "سيعقد"، "ستبدأ"، "المقرر"، "المزمع", at most ``_SCHEDULED_REACH`` words before the date: "طلبت
فرنسا جلسة طارئة بعد سقوط صواريخ على البلدة، والجلسة ستعقد مساء الخميس") is that event's day, not
the incident's: read as the incident's day, it set a retelling apart from the incident told on its own day."""
_SCHEDULED_VERBS = rules.words("attacks", "scheduled_verbs")
_SCHEDULED_REACH = 4


def _scheduled_day(words: list[str], x: int) -> bool:
    """True when a verb of a scheduled event stands at most ``_SCHEDULED_REACH`` words before the date at ``x``."""
    return SCHEDULED_DAY and any(bare_in(w, _SCHEDULED_VERBS) for w in words[max(0, x - _SCHEDULED_REACH):x])


START_AGO = True
"""Switch (pass 56, its test): the relative clause of starting holds an "ago" span as well ("الاحتجاجات التي بدأت قبل
شهرين"، "المعارك التي اندلعت قبل أيام"): when the run of events began, which neither dates the incident told beside
it (to a month) nor makes it past context."""


def _start_clause(words: list[str], x: int) -> bool:
    """True when the date at ``x`` follows a relative pronoun, a verb of starting and "في"/"منذ" ("التي انطلقت في"،
    "الذي بدأ منذ"), or (:data:`START_AGO`) is an "ago" span right after them ("التي بدأت قبل ستة أسابيع")."""
    if START_AGO and x >= 2 and words[x] in _AGO_HEADS and words[x - 2] in REL_PRONOUNS \
            and bare_in(words[x - 1], _START_VERBS):
        return True
    return x >= _START_REACH and words[x - 1] in {"في", "منذ"} and words[x - 3] in REL_PRONOUNS \
        and bare_in(words[x - 2], _START_VERBS)


CONTROL_CLAUSE = True
"""Switch (A/B measurement and its test): a date or a place told in a relative clause of taking or holding ground
("التنظيم الذي سيطر على أراض شاسعة في البلدين قبل عام"، "القصر الذي سقط بيد المسلحين في مارس الماضي") tells
when and where that ground was taken, not the incident told beside it; read as the incident's, it made a retelling
of the incident a second, older record elsewhere. Not a clause that tells the event itself ("الهجوم الذي سيطر فيه
المسلحون على البلدة أمس")."""
_CONTROL_VERBS = rules.words("attacks", "control_verbs")
_FELL_VERBS = rules.words("attacks", "fell_verbs")
_FELL_INTO = rules.words("attacks", "fell_into")
_CONTROL_REACH = 12


def control_clause(words: list[str], x: int, event_end: int, place: bool = False) -> bool:
    """True when the date or place at ``x`` stands at most ``_CONTROL_REACH`` words after a relative pronoun and a
    verb of taking or holding ground right after it (``_CONTROL_VERBS``; a verb of falling only with "بيد"/"في يد"
    after it), the pronoun standing after ``event_end`` (the end of the event word): a clause holding the event word,
    or opening right after it with a pronoun of the event ("الهجوم الذي سيطر فيه"), tells the event. For a ``place``,
    only a clause whose subject is the one taking ground ("الذي سيطر على مساحات في ..."): in a clause of the ground
    held ("المناطق التي يسيطر عليها الجيش في ..."، "الذي سقط بيد ...") the place is where that ground lies."""
    if not CONTROL_CLAUSE:
        return False
    for r in range(max(1, x - _CONTROL_REACH), x - 1):
        if words[r] not in REL_PRONOUNS or r < event_end:
            continue
        v = words[r + 1]
        if place and not (v in _CONTROL_VERBS and r + 2 < len(words) and words[r + 2] in _ON):
            continue  # ("الأحياء التي تسيطر عليها القوات في مدينة دير الزور": where the held ground attacked lies)
        if bare_in(v, _CONTROL_VERBS):
            return not (r - event_end <= 1 and any(w in _IN_IT for w in words[r + 2:r + 4]))
        if bare_in(v, _FELL_VERBS) and r + 2 < len(words) and (
                bare_in(words[r + 2], _FELL_INTO)
                or words[r + 2] == "في" and r + 3 < len(words) and bare_in(words[r + 3], _FELL_INTO)):
            return True
    return False


_ON = frozenset({"علي", "على"})
_IN_IT = frozenset({"فيه", "فيها", "خلاله", "خلالها", "اثره", "اثرها", "بعده", "بعدها"})
"""A pronoun of the event after the verb of a clause right after the event word ("الهجوم الذي سيطر فيه المسلحون على
البلدة"): the clause tells the event itself."""


def _date(ctx: DocContext, f: Frame) -> DateHit | None:
    words = ctx.sentences[f.si].words
    if SPAN_FRONTED:
        fronted = _fronted_span(ctx, f)
        if fronted is not None:
            return fronted
    # "قبل ساعات على إعلان الهدنة"، "بعد يومين من ...": a span from another event, not from publication
    hits = [d for d in ctx.dates[f.si] if f.lo <= d.i < f.hi
            and not (d.mention.kind == "ago" and d.j < len(words) and words[d.j] in {"علي", "من"})
            and not after_publication(ctx, d)]  # "ستستضيف البطولة عام 2026": what is to come dates no attack
    if BARE_MONTH_PAST:
        # "... حرب انتهت في شباط/فبراير": a month named alone far on in the sentence dates what
        # is told beside it, not the event
        hits = [d for d in hits if not (d.mention.parts.get("bare") and d.i - f.j > _OWN_DAY_REACH)]
    if AGO_NEAR:
        # "قتل 5 في أعنف هجوم منذ سيطرة الجيش على المدينة قبل 3 سنوات": a count of years far on dates what is told
        # beside it, not the event (as for its past mark, :data:`AGO_NEAR`)
        hits = [d for d in hits if not (d.mention.parts.get("years") and (
            d.i - f.j > _AGO_REACH or "منذ" in words[f.j:d.i]))]  # "... منذ سيطرة الجيش ... قبل 3 سنوات": since then
    # "في أخطر مواجهة منذ حرب العام 2014": the year or month "since" which the event is measured is no date of it
    # while the sentence tells another (the day of the report at least); alone, it still keeps the telling apart
    own = [d for d in hits if not since_date(words, d)]
    if own:
        hits = own
    if START_CLAUSE:
        hits = [d for d in hits if not _start_clause(words, d.i)]
    if FOUNDING_CLAUSE:
        hits = [d for d in hits if not _founding_clause(words, d.i)]
    hits = [d for d in hits if not _birth_day(words, d)]
    hits = [d for d in hits if not control_clause(words, d.i, f.j) and not _scheduled_day(words, d.i)]
    after = [d for d in hits if d.i >= f.i]
    # (a day told right after the event is its own; one further on may be another event's: "... بعد يومين من
    # تفجير ...، فيما أعلن ... أن العمليات ... الجمعة")
    if SPAN_BACK and not any(d.i - f.j <= _OWN_DAY_REACH and not _is_report_date(words, d, ctx.sentences[f.si])
                             for d in after):
        back = _span_back(ctx, f)
        if back is not None:
            return back
    # "وحذر الوزير الأحد ...، بعد أسبوع من قصف القاعدة الجوية": the day of the news told a span after the event
    before = [d for d in hits if d.i < f.i and not _span_after(words, d.j, f.i)]
    ordered = after + list(reversed(before))
    if not ordered:
        fronted = _fronted(ctx, f) if FRONTED else None
        return fronted or (_last_night(ctx, f) if LAST_NIGHT else None)
    events = [d for d in ordered if not _is_report_date(words, d, ctx.sentences[f.si])]
    if not events or events[0].resolved.precision == "month":
        told = occurred_day(ctx, f.si)  # "وقعت الجريمة فجر الخميس ..." told apart from "وأعلنت الشرطة الأحد مقتل ..."
        if told is not None and (not events or _within(told, events[0])):
            return told  # (a month or "last week" of its own only when the day falls in it)
    if not events and LAST_NIGHT:
        night = _last_night(ctx, f)  # "قالت مصادر أمس إن مسلحين هاجموا الليلة قبل الماضية موقعا": the night, not the report
        if night is not None:
            return night
    if not events and ISSUED_DAY and all(_issued_day(words, d) for d in ordered):
        return None  # "وذكر بيان نشر الثلاثاء أن طائرات قصفت مخازن قرب ...": the statement's day only; the
        # strikes take the day the article tells its news on, as undated items of a round-up do
    return (events or ordered)[0]


_SINCE = frozenset({"منذ", "ومنذ"})
_SINCE_REACH = 2


def since_date(words: list[str], d: DateHit | None) -> bool:
    """True when ``d`` is a month or year "since" which the event is measured: "منذ" right before it or with one word
    between ("تعرضت المدينة لأعنف قصف منذ آذار 2017"، "منذ حرب العام 2014"). Never the event's own date, even as its
    sentence's only one; it still keeps two tellings apart (an incident "since 2014" is not one of today's); the record
    leaves it out and it makes no record background (review69 merge69 finding 4). A day after "منذ" may still tell
    when the fighting told began, and is kept."""
    return d is not None and d.resolved.precision in {"month", "year"} and \
        any(w in _SINCE for w in words[max(0, d.i - _SINCE_REACH):d.i])


def after_publication(ctx: DocContext, d: DateHit) -> bool:
    """True when the date ``d`` lies wholly after publication (a day more than one day after it, for an edition
    dated the day after its news; a month or a year after publication's): a plan or a season to come, no attack's
    day."""
    iso, precision = d.resolved.iso, d.resolved.precision
    if not iso or ctx.published is None:
        return False
    if precision == "day":
        return iso > (ctx.published + dt.timedelta(days=1)).isoformat()
    if precision in {"month", "year"}:
        return iso > ctx.published.isoformat()[:len(iso)]
    return False


def _within(day: DateHit, coarse: DateHit) -> bool:
    """True when a day falls in the span a coarser date names ("الأسبوع الماضي" as its month, "فبراير")."""
    a, b = day.resolved.iso or "", coarse.resolved.iso or ""
    return bool(b) and a.startswith(b)


ISSUED_DAY = True  # module flag, for A/B measurement only
_ISSUED = frozenset(normalize(w) for w in ("صدر", "صدرت", "الصادر", "الصادرة", "نشر", "نشرت", "المنشور"))


def _issued_day(words: list[str], d: DateHit) -> bool:
    """True when the day is told of a statement's issue right before it ("في بيان صدر الثلاثاء"، "بيان نشر
    الأحد")."""
    return d.mention.kind in {"rel", "wd"} and any(b in _ISSUED for w in words[max(0, d.i - 2):d.i] for b in bare(w))


LAST_NIGHT = True  # module flag, for A/B measurement only
_NIGHT = frozenset({"الليله", "ليله"})
_PAST_NIGHT = frozenset({"الماضيه", "المنصرمه"})
_NIGHT_BEFORE = 4


def _last_night(ctx: DocContext, f: Frame) -> DateHit | None:
    """"الليلة الماضية" (the day before publication) or "الليلة قبل الماضية" (two days before) in the frame, which
    the date finder does not read: the day-precise date of the night told, resolved against publication. Only after
    the event word (as its own day) or a few words before it."""
    if ctx.published is None:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(max(f.lo, 0), min(f.hi, len(words)) - 1):
        if words[x] not in _NIGHT or not (f.i <= x <= f.j + _OWN_DAY_REACH or 0 < f.i - x <= _NIGHT_BEFORE):
            continue  # (a night told far before the event word is another act's: "دفن الأهالي الليلة الماضية تسعة قتلى")
        if words[x + 1] in _PAST_NIGHT:
            days, end = 1, x + 2
        elif words[x + 1] == "قبل" and x + 2 < len(words) and words[x + 2] in _PAST_NIGHT:
            days, end = 2, x + 3
        else:
            continue
        day = ctx.published - dt.timedelta(days=days)
        start, stop = s.raw_span(s.tokens[x].ns, s.tokens[end - 1].ne)
        mention = DateMention("rel", s.tokens[x].ns, s.tokens[end - 1].ne, {"rel_days": -days})
        return DateHit(mention, x, end, start, stop, ResolvedDate(day.isoformat(), "day"))
    return None


def _fronted(ctx: DocContext, f: Frame) -> DateHit | None:
    """The date that opens the sentence as its time ("وفي نهاية يناير قتل قناص المصور ...، كما قتل قصف صاروخي
    مصورا آخر"، "وفي 1996 فجرت الأبراج ... مما أسفر عن مقتل 19"), for an event of the sentence with no date of its
    own: the whole sentence is told at that time. Not when another date stands between, nor a word that moves the
    time on or back ("ثم"، "منذ"، "بعد يومين من") before the event."""
    words = ctx.sentences[f.si].words
    hits = ctx.dates[f.si]
    d = min(hits, key=lambda h: h.i, default=None)
    if d is None or d.j > f.lo or d.mention.kind == "ago" or not d.resolved.iso:
        return None
    if not all(w in _OPENERS or bare_in(w, _OPENERS) for w in words[:d.i]):
        return None
    if any(h is not d and d.j <= h.i < f.i for h in hits):
        return None
    if _span_after(words, d.j, f.i) or any(b in _LATER for w in words[d.j:f.i] for b in bare(w)):
        return None
    return d


def _span_days(words: list[str], x: int, end: int) -> tuple[int, int] | None:
    """(days back, index of the span's last word) that words[x:] tell, ending before ``end``: "غداة" 1,
    "بعد يومين من" 2, "بعد 3 أيام على" 3."""
    if bare_in(words[x], _DAY_AFTER):
        return (1, x) if x < end else None
    if not any(b in {"بعد", "اعقاب"} for b in bare(words[x])) or x + 2 >= end:
        return None
    days = _SPAN_DAYS.get(words[x + 1])
    at = x + 2
    if days is None:
        n = int(words[x + 1]) if words[x + 1].isdigit() else word_value(words[x + 1])
        unit = _SPAN_DAYS.get(words[x + 2])
        if not n or unit != 0:
            return None
        days, at = n, x + 3
    if SPAN_ONE and days == 1 and at + 1 < end and words[at] in _ONE:
        at += 1  # "بعد يوم واحد من": one day, the numeral told after its noun
    if days == 0 or at >= end or words[at] not in {"علي", "من"}:
        return None
    return days, at


SPAN_ONE = True
"""Switch (pass 65, A/B measurement and its tests): "بعد يوم واحد من <event>" ("a single day after") is the span
"بعد يوم من": the numeral "واحد" told after its noun kept it unread, and the earlier event was left undated."""
_ONE = frozenset(normalize(w) for w in ("واحد", "واحدة"))


def _told(ctx: DocContext, f: Frame, lo: int) -> bool:
    """Whether the event after a span tells a toll or a place of its own ("غداة اشتباكات قتل فيها فلسطينيان"، "بعد
    يوم من اندلاع اشتباكات في منطقة كاندي"); a bare mention ("بعد ثلاثة أيام على تفجير انتحاري") only names the event
    the news is dated from, which the article tells elsewhere with its own day."""
    if ctx.places_in(f.si, lo, f.hi):
        return True
    return any(casualties(ctx, f, kind)[0] is not None for kind in (KILLED, INJURED))


SPAN_FRONTED = True  # module flag, for A/B measurement only
_WEEKS = {normalize("أسبوع"): 7, normalize("أسبوعين"): 14, normalize("أسبوعان"): 14}
_FRONT_REACH = 3


def _comma_before(s: Sentence, k: int) -> bool:
    """True when a comma stands between tokens ``k - 1`` and ``k`` of the sentence."""
    if not 0 < k < len(s.tokens):
        return False
    between = s.norm[s.tokens[k - 1].ne:s.tokens[k].ns]
    return "،" in between or "," in between


def _fronted_span(ctx: DocContext, f: Frame) -> DateHit | None:
    """The day of an event named in a span that opens the sentence, dated by the day of the main clause after the
    comma: "بعد أسبوع على مقتل 17 برصاص الجنود، يعود المتظاهرون اليوم الجمعة إلى الحدود" (the Friday before). None
    when the event's own clause tells a day, or the main clause none."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(0, min(f.i, _FRONT_REACH)):
        span = _span_days(words, x, f.i)
        if span is None and any(b in {"بعد", "اعقاب"} for b in bare(words[x])) and x + 2 < f.i \
                and words[x + 1] in _WEEKS and words[x + 2] in {"علي", "من"}:
            span = (_WEEKS[words[x + 1]], x + 2)
        if span is None or f.i - span[1] > 2:
            continue
        comma = next((k for k in range(f.j, len(words)) if _comma_before(s, k)), None)
        if comma is None or any(d.i < comma for d in ctx.dates[f.si]):
            return None  # no main clause told apart, or a day of the event's own clause
        anchor = next((d for d in ctx.dates[f.si] if d.resolved.precision == "day" and d.resolved.iso), None)
        if anchor is None or not _told(ctx, f, span[1] + 1):
            return None
        return days_back(anchor, span[0])
    return None


def _span_back(ctx: DocContext, f: Frame) -> DateHit | None:
    """The day of an event told a span of days after another day of its sentence: "دعا الرئيس اليوم السبت ... بعد
    يوم من هجومين" (Friday), "قتل 21 الأربعاء، غداة تفجيرين" (Tuesday). The span must end in the event's own part
    of the sentence (no other event between), and the day before it is read as it is written (a report's day too)."""
    words = ctx.sentences[f.si].words
    for x in range(f.i - 1, max(f.lo - 4, 0) - 1, -1):
        span = _span_days(words, x, f.i)
        if span is None or span[1] < f.lo - 1 or f.i - span[1] > _SPAN_REACH:
            continue
        days = span[0]
        anchor = next((d for d in reversed(ctx.dates[f.si]) if d.j <= x and d.resolved.precision == "day"
                       and d.resolved.iso), None)
        if anchor is None and SPAN_BACK_TOLD and _comes_after(words, x) and (
                _that_comes(words, x) or _one_day_told(ctx, f.si)):
            anchor = _told_day(ctx, f.si)  # "this comes a day after another blast": counted from the news told before
        if anchor is None or not _told(ctx, f, span[1] + 1):
            return None
        return days_back(anchor, days)
    return None


SPAN_BACK_TOLD = True
"""Switch (pass 64, A/B measurement and its tests): "يأتي ذلك بعد يومين من هجوم ..." (a sentence opened by "يأتي/جاء"
and "ذلك/هذا", "this comes N days after ...") counts its span back from the news told before it: with no day of its
own in the sentence, the event it names with a place or toll of its own (:func:`_told`) happened that many days
before the first day told in the nearest of the ``_TOLD_BACK`` sentences before it that tells one."""
_COMES = frozenset({"ياتي", "وياتي", "تاتي", "وتاتي", "جاء", "وجاء"})
_THAT = frozenset({"ذلك", "هذا", "هذه", "ذاك"})
_TOLD_BACK = 3


def _comes_after(words: list[str], x: int) -> bool:
    """Whether the span at ``x`` follows "يأتي/جاء ذلك" opening the sentence (:data:`SPAN_BACK_TOLD`), or, with
    :data:`COMES_NAMED`, "يأتي الهجوم" (a definite event noun of the attack words: the incident told before)."""
    if not words or words[0] not in _COMES or not 1 < x <= 3:
        return False
    if _that_comes(words, x):
        return True
    return COMES_NAMED and x == 2 and words[1] in _EVENT_NOUNS


def _that_comes(words: list[str], x: int) -> bool:
    """Whether "ذلك/هذا" stands between the verb of coming and the span at ``x`` ("يأتي ذلك بعد ...")."""
    return any(w in _THAT for w in words[1:x])


def _one_day_told(ctx: DocContext, si: int) -> bool:
    """Whether every day-precise date told before sentence ``si`` is one day (:data:`COMES_NAMED`): "ويأتي الهجوم غداة
    ..." names the attack told before, and with two days told (a round-up: Kirkuk's on Thursday, Mosul's blast on
    Wednesday) which attack it names is not read, so nothing is counted back (a missing day is cheaper than a wrong one)."""
    days = {d.resolved.iso for k in range(si) for d in ctx.dates[k] if d.resolved.precision == "day" and d.resolved.iso}
    return len(days) == 1


COMES_NAMED = True
"""Switch (pass 65, A/B measurement and its tests): "ويأتي الهجوم غداة مقتل جنديين في انفجار لغم" (the sentence opened by
a verb of coming and the definite noun of the attack just told, "the attack comes a day after ...") counts its span
back like "يأتي ذلك" (:data:`SPAN_BACK_TOLD`): the killing it names was the day before the attack's day told before.
Only when the sentences before it tell one day (:func:`_one_day_told`): in a round-up of attacks on two days the noun
does not say which attack it names."""
_EVENT_NOUNS = frozenset(normalize(w) for w in (
    "الهجوم", "الاعتداء", "التفجير", "الانفجار", "الهجومان", "التفجيران", "الهجمات", "التفجيرات", "القصف",
    "الغارة", "الغارات", "الحادث", "الحادثة", "الاغتيال", "الكمين", "الاشتباك", "الاشتباكات", "المعارك"))


def _told_day(ctx: DocContext, si: int) -> DateHit | None:
    """The first day-precise date of the nearest sentence before ``si`` (up to ``_TOLD_BACK`` back) that tells one."""
    for k in range(si - 1, max(-1, si - 1 - _TOLD_BACK), -1):
        day = next((d for d in ctx.dates[k] if d.resolved.precision == "day" and d.resolved.iso), None)
        if day is not None:
            return day
    return None


def days_back(d: DateHit, days: int) -> DateHit:
    """The day-precise date ``days`` days before ``d`` (which must be resolved to a day), marked inferred: the day of
    an event told a span after it ("بعد يومين من"، "غداة")."""
    day = dt.date.fromisoformat(d.resolved.iso) - dt.timedelta(days=days)
    return replace(d, resolved=ResolvedDate(day.isoformat(), "day", inferred=True))


def _span_after(words: list[str], lo: int, hi: int) -> bool:
    """True when "بعد <span> على/من" stands in words[lo:hi] ("بعد أسبوع على قصف"، "بعد يومين من الهجوم"): what
    follows happened that span before the words told before it."""
    for x in range(lo, hi - 1):
        if any(b in {"بعد", "اعقاب"} for b in bare(words[x])) and any(
                b in _AGO_UNITS for b in bare(words[x + 1])) and any(
                w in {"علي", "من"} for w in words[x + 2:x + 4]):
            return True
    return False


REPORT_FULL_DATE = True
"""Switch (A/B measurement and its tests): a full date (day and month: "يوم الجمعة 15 يونيو 2018") told after a verb of
saying and its speaker, before what was said ("أكدت وزارة الدفاع يوم الجمعة 15 يونيو مقتل ...") is the day it was
reported, as a weekday or "أمس" so told is: the incident told again in such a statement is the one told before with
its own day, not another."""


def _is_report_date(words: list[str], d: DateHit, sentence: Sentence | None = None) -> bool:
    """"أعلنت قيادة العمليات المشتركة، اليوم السبت، مقتل ...": the day it was reported, not the day it happened.

    A day set off by commas after a speaker named with his office, with what he said opening right after it
    ("وقال قائد شرطة الإقليم، العميد فلان، اليوم الأحد، إن ...") is the day he spoke, though the verb stands further
    back (up to report_date_reach words); a day told before the news itself ("نقلت وكالة، عن مقتل 6، الخميس") is not."""
    if d.mention.kind not in {"rel", "wd"} and not (REPORT_FULL_DATE and d.mention.kind == "dmy"):
        return False
    reach = 6
    if sentence is not None and 0 < d.i < len(sentence.tokens) and d.j < len(words) and words[d.j] == "ان":
        between = sentence.norm[sentence.tokens[d.i - 1].ne:sentence.tokens[d.i].ns]
        if "،" in between or "," in between:
            reach = _REPORT_DATE_REACH
    before = [bare(w) for w in words[max(0, d.i - reach):d.i]]
    said = [x for x, forms in enumerate(before)
            if any(b in _REPORT_VERBS or b in _SPEECH_NOUNS or b in _STATEMENT_NOUNS for b in forms)]
    # "أعلنت ... تبني هجوم وقع الأحد": the day of the event told inside the report
    if said:
        return not any(b in _OCCURRED for forms in before[said[-1] + 1:] for b in forms)
    return speech_day(words, d, sentence)


def _set_off(words: list[str], d: DateHit, sentence: Sentence | None) -> bool:
    """Whether the day ``d`` is set off by a comma before it and opens onto "أن"/"إن" right after it."""
    if sentence is None or not 0 < d.i < len(sentence.tokens) or d.j >= len(words) or words[d.j] != "ان":
        return False
    between = sentence.norm[sentence.tokens[d.i - 1].ne:sentence.tokens[d.i].ns]
    return "،" in between or "," in between


def speech_day(words: list[str], d: DateHit, sentence: Sentence | None = None) -> bool:
    """:data:`SPEECH_OPENER_DAY`: the day ``d`` is the day a speaker spoke, told between the verb (or participle) of
    saying and the "أن" opening what he said; an attack told before it in the sentence is what he spoke of or who he
    is, not news of that day."""
    if not SPEECH_OPENER_DAY or (d.mention.kind not in {"rel", "wd"}
                                 and not (REPORT_FULL_DATE and d.mention.kind == "dmy")):
        return False
    return (_set_off(words, d, sentence) and _opener_day(words, d)) or _participle_day(words, d)


SPEECH_OPENER_DAY = True
"""Switch (pass 63, A/B measurement and its tests): a day set off by commas right before the "أن" that opens what was
said, in a sentence opened by the verb of saying ("أفاد صديق للرجل الذي تعرض للتسميم في بلد كذا محطة كذا، السبت،
أن ..."), is the day it was said, however long the speaker's description (an attack told in it as who he is, in a
relative clause, is not dated by it). The day stands before any "أن" of the sentence and no verb of occurring stands
between the verb and it. So too a day told between a participle of saying and its "أن" ("..., مؤكدا اليوم الاثنين أن
...", data key ``speech_participles``)."""
_SPEECH_PARTICIPLES = frozenset(normalize(w) for w in rules.words("attacks", "speech_participles"))


def _participle_day(words: list[str], d: DateHit) -> bool:
    """:data:`SPEECH_OPENER_DAY`: the day ``d`` stands right after a participle of saying (a comma between at most)
    and right before the "أن" it opens."""
    return d.j < len(words) and words[d.j] == "ان" and any(w in _SPEECH_PARTICIPLES for w in words[max(0, d.i - 2):d.i])


def _opener_day(words: list[str], d: DateHit) -> bool:
    """:data:`SPEECH_OPENER_DAY`: the sentence's first word (or second, after a particle) is a verb of saying, no
    "أن"/"إن" and no verb of occurring stands between it and the day ``d``."""
    opener = next((x for x in range(min(2, d.i)) if bare_in(words[x], _REPORT_VERBS)), None)
    if opener is None:
        return False
    between = [bare(w) for w in words[opener + 1:d.i]]
    return not any(b == "ان" or b in _OCCURRED for forms in between for b in forms)


AGO_BEFORE = True
"""Switch: "قبل ساعات من تدشين السفارة"، "قبل يومين من الانتخابات": a span before another event orders the event
told, it does not date it back from publication (as :func:`_date` reads it); "قبل أكثر من عام" is still "ago"."""


_AGO_HEADS = frozenset({"قبل", "وقبل", "فقبل"})
""""قبل" with or without a glued و/ف ("وقبل أيام قتل ...") opens an "ago" span (the date reader reads both)."""


def _before_other(words: list[str], x: int) -> bool:
    """"قبل ساعات من"، "قبل 3 أيام على": words[x] ("قبل") opens a span before another event, not an "ago"."""
    if words[x + 1] in {"اكثر", "اقل", "نحو", "حوالي"}:
        return False
    y = x + 2 if words[x + 1].isdigit() else x + 1
    return y + 1 < len(words) and words[y + 1] in {"علي", "من"}


REPORTED_BEFORE = True
"""Switch: "وكان مصدر أمني قد أفاد بإطلاق جندي النار على زملائه": what was reported earlier, with no day of its own,
is the news told again by its first report, not past context (the pluperfect is the report's, not the event's)."""


def _reported_before(words: list[str], f: Frame) -> bool:
    """Whether the verb right after "قد" before the event is a report verb ("وكان المرصد قد أفاد بمقتل")."""
    x = words.index("قد", 0, f.i + 1)
    return x + 1 < f.i and bare_in(words[x + 1], _REPORT_VERBS)


OCCURRED_STALE = True
"""Switch: "وقع" ("ووقع الهجوم في بلدة ..."، "انفجار وقع خارج مكتب الحاكم") tells that an event took place; it is past
context only when the event's own date is stale (:func:`_stale`), not when no date of its own is told (it was read as
past whenever no recent day stood with it, and the news itself was flagged past and split from its other halves)."""
_STALE_DAYS = int(rules.number("dates", "stale_days"))
"""An event whose own day is more than this many days before publication is told as past (with "وقع")."""


def _days_back(ctx: DocContext, date: DateHit) -> int | None:
    """How many days before publication a day-precise date lies (None: no publication date, not a day, unreadable)."""
    if ctx.published is None or date.resolved.precision != "day" or not date.resolved.iso:
        return None
    try:
        return (ctx.published - dt.date.fromisoformat(date.resolved.iso)).days
    except ValueError:
        return None


def _stale(ctx: DocContext, date: DateHit | None) -> bool:
    """Whether the event's own date lies well before publication: a day more than ``stale_days`` back, a month or a
    year before publication's."""
    if date is None or ctx.published is None or not date.resolved.iso:
        return False
    if date.resolved.precision == "day":
        days = _days_back(ctx, date)
        return days is not None and days > _STALE_DAYS
    iso, pub = date.resolved.iso, ctx.published
    try:
        if len(iso) >= 7:
            return (int(iso[:4]), int(iso[5:7])) < (pub.year, pub.month)
        return int(iso[:4]) < pub.year
    except ValueError:
        return False


SPAN_COUNTED = True
"""Switch: "بعد ثلاث سنوات على"، "بعد 4 أيام على": a counted span after which the news came dates the event named after
it back, like "بعد يومين من" (the number word may stand before the unit). Not with "من": "بعد عشرة أيام من الاحتجاجات"
is mostly "after ten days of protests"."""


def _counted(word: str) -> bool:
    """A count before a unit of time ("ثلاث"، "5")."""
    return word.isdigit() or bool(word_value(word))


STALE_PAST = True
"""Switch: an event whose own day, told by a date of the calendar ("في الرابع من مارس"، "في 4 آذار"), is more than
``stale_days_past`` days before publication is past context: the news of the day retells it. Not a definite event
told right after "إن" ("وقال إن الغارة استهدفت القيادي في الثامن من الشهر"): a source's details of the incident the article
tells, which takes its flag from the incident's other tellings."""
_STALE_DAYS_PAST = int(rules.number("dates", "stale_days_past"))


def _stale_day(ctx: DocContext, date: DateHit) -> bool:
    """Whether a day-precise date lies more than ``stale_days_past`` days before publication."""
    days = _days_back(ctx, date)
    return days is not None and days > _STALE_DAYS_PAST


SABQ = True
"""Switch: "سبق" is "had before" only with its "أن" a few words on ("سبق أن شهدت"، "سبق له أن"، "سبق لوالده أن"); alone it
is most often the name of a news outlet in a dateline ("سبق- الرياض"), which dates nothing."""


SABIQ_FORMER = True
"""Switch: "السابق" after a person, an office or a body ("الرئيس السابق"، "الجاسوس الروسي السابق"، "مقر الحرس الجمهوري
السابق") is "former", and "في وقت السابق" is earlier the same day: neither dates anything; it tells "before" only after
"في" ("في السابق"), a unit of time ("الأسبوع السابق"، "اليوم السابق") or an event noun ("الهجوم السابق")."""
_SABIQ_TIME = frozenset({"في", "وفي", "اليوم", "الاسبوع", "الشهر", "العام", "السنه", "الليله", "المساء",
                         "الهجوم", "الاعتداء", "التفجير", "الانفجار", "الحادث", "القصف"})


def _former(words: list[str], x: int) -> bool:
    """Whether "السابق" at words[x] means "former" (not after "في", a unit of time or an event noun)."""
    return x == 0 or not bare_in(words[x - 1], _SABIQ_TIME)


MARKER_BEFORE_DAY = True
"""Switch: a past marker told before the event's own recent day, with that day between the two ("وسبق أن احتجز عام
2016 ...، قبل أن يهاجم الجمعة في الهجوم الذي قتل فيه 3"), belongs to an earlier clause about something else: it does not
date the event back. A marker after the day ("الجمعة الماضية") or with no day between still does."""


def _day_between(date: DateHit | None, x: int, f: Frame) -> bool:
    """Whether the event's own recent day (a relative day or a weekday, not "الماضي") stands after the marker at ``x``
    and no later than the event of ``f`` in its sentence."""
    if date is None or date.mention.kind not in {"rel", "wd"} or date.mention.parts.get("qualifier") == "past":
        return False
    return x < date.i <= f.i


def _marker_past(ctx: DocContext, f: Frame, date: DateHit | None, markers: frozenset[str]) -> bool:
    """Whether a past marker in the frame dates it back ("وقع" only with a stale date: :data:`OCCURRED_STALE`; "سبق"
    only with its "أن": :data:`SABQ`; not one before the event's own day: :data:`MARKER_BEFORE_DAY`)."""
    words = ctx.sentences[f.si].words
    for x in range(f.lo, f.hi):
        for b in bare(words[x]):
            if b not in markers or control_clause(words, x, f.j):
                continue  # ("القصر الذي سقط بيد المسلحين في مارس الماضي": when the ground was taken, not the event)
            if MARKER_BEFORE_DAY and _day_between(date, x, f):
                continue
            if SABQ and b == "سبق" and not any("ان" in bare(w) for w in words[x + 1:x + 4]):
                continue
            if OCCURRED_STALE and b in _OCCURRED and not _stale(ctx, date):
                continue
            if SABIQ_FORMER and b == "السابق" and _former(words, x):
                continue
            return True
    return False


BARE_YEAR_PAST = True
"""Switch: a year written alone after "في"/"منذ" in the event's frame ("قتل مسلح 12 في سينما بأورورا في 2012"), before
the year of publication, sets the event in that year: past context (the date reader reads only "في عام 2012")."""

_YEAR_PREPOSITIONS = frozenset({"في", "وفي", "ففي", "منذ", "ومنذ"})


_IN_YEAR = frozenset({"في", "وفي", "ففي"})


def bare_year(ctx: DocContext, f: Frame) -> DateHit | None:
    """The year written alone after "في" in the event's frame ("بمجزرة البلدة في البوسنة في 1995 حين قتل المئات"،
    "المجزرة في المركز التجاري ... التي راح ضحيتها 67 قتيلا في 2013"), before the year of publication: the year the
    event happened (the date reader reads only "في عام 1995"). Not a year after "منذ" ("since": when something else
    began), nor the year of an issue told right before it ("قرار صدر عن محكمة في المدينة في 2016"). A year told before
    the event word is its own only when it opens the clause ("وفي 2014 هاجم"; not "مسلحون انضموا إلى التنظيم في 2014
    قد هاجموا": another verb's year); one told after it not inside a phrase of another event ("بعد سيطرته على المدينة
    في 2014"، "منذ"، "قبل"، "عقب": ``year_other_event_marks``)."""
    if ctx.published is None:
        return None
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(max(f.lo, 1), min(f.hi, len(words))):
        w = words[x]
        if len(w) == 4 and w.isdigit() and 1950 <= int(w) < ctx.published.year and words[x - 1] in _IN_YEAR \
                and not any(b in _ISSUED for v in words[max(0, x - 6):x] for b in bare(v)) and _year_of_event(words, x, f.i):
            start, stop = s.raw_span(s.tokens[x].ns, s.tokens[x].ne)
            mention = DateMention("y", s.tokens[x].ns, s.tokens[x].ne, {"year": int(w)})
            return DateHit(mention, x, x + 1, start, stop, ResolvedDate(w, "year"))
    return None


_OTHER_EVENT_MARKS = rules.words("attacks_records", "year_other_event_marks")
_YEAR_OPENERS = rules.words("attacks_records", "year_clause_openers")
_YEAR_WHEN = rules.words("attacks_records", "year_when_words")


def _year_of_event(words: list[str], x: int, i: int) -> bool:
    """Whether the bare year at ``x`` ("في" at ``x - 1``) can be the year of the event word at ``i``: after it with no
    mark of another event between (:func:`bare_year`); before it, opening the clause ("وفي 2014 هاجم") or with a word
    of "when" between ("بمجزرة البلدة في 1995 حين قتل المئات"), not the year of another verb told before it."""
    if x < i:
        return x == 1 or words[x - 1] in _YEAR_OPENERS or any(bare_in(v, _YEAR_WHEN) for v in words[x + 1:i])
    return not any(bare_in(v, _OTHER_EVENT_MARKS) for v in words[i + 1:x - 1])


def _bare_year_back(ctx: DocContext, f: Frame) -> bool:
    """Whether a bare year before publication's ("في 2012"، "ففي 2014 اختطفت") stands in the event's frame with no date
    between it and the event."""
    if ctx.published is None:
        return False
    words = ctx.sentences[f.si].words
    for x in range(max(f.lo, 1), f.hi):
        w = words[x]
        if len(w) == 4 and w.isdigit() and 1950 <= int(w) < ctx.published.year and words[x - 1] in _YEAR_PREPOSITIONS and not any(
                min(x, f.i) <= d.i < max(x, f.i) for d in ctx.dates[f.si]):
            return True
    return False


REL_RECENT = True
"""Switch: an event told in a relative clause with a recent day of its own after the pronoun ("الصواريخ التي حاولت
استهداف المدينة مساء الأحد"، "الاجتماع الذي قصف بغارات أمس الأول") is the news, not past context."""
KANA_CLAUSE = True
"""Switch: "وكان ... قد" makes past only its own clause: an event told after "فيما"، "بينما"، "في حين" further on ("وكان
الوزير قد حذر من التصعيد، فيما قصفت المدفعية البلدة فجر أمس") is told for itself."""
CLAUSE_OPENERS = frozenset({"فيما", "بينما", "وفيما", "وبينما"})


def clause_opens(words: list[str], lo: int, hi: int, openers: frozenset[str] = CLAUSE_OPENERS) -> bool:
    """Whether a clause opener (``openers``: "فيما"، "بينما" ...) or "في حين" stands at a word in ``[lo, hi)``."""
    return any(words[x] in openers or (words[x] == "حين" and x > 0 and words[x - 1] in {"في", "وفي"})
               for x in range(max(0, lo), min(hi, len(words))))


def _new_clause(words: list[str], qad: int, i: int) -> bool:
    """Whether a new clause opens ("فيما"، "بينما"، "في حين") between "قد" at ``qad`` and the event at ``i``."""
    return clause_opens(words, qad + 1, i)


KANA_SUBJECT = True
"""Switch: an event with no day of its own told in the subject of a sentence opened by "كان" and closed by its "قد"
("وكان انفجار في سوق المدينة أوقع 12 قتيلا قد دفع الحكومة إلى ..."، the event word before "قد") is told at an unstated
earlier time, past context like one told after the "قد" (guidelines D-6: no day, not the article's news day). The "قد"
must come within ``_KANA_REACH`` words of the opening "كان", with no new clause ("فيما"، "بينما") before it."""
KANA_OWN = True
"""Switch (part of :data:`KANA_SUBJECT`, for its tests): a pluperfect subject that opens the article's text, or a
definite event word referring back to an event told before (:func:`_kana_own_incident`), is the article's own
incident told on, not an earlier one."""
_KANA_OPENERS = frozenset({"وكان", "وكانت", "كان", "كانت"})
_KANA_REACH = 24


def _kana_subject(words: list[str], i: int) -> bool:
    """Whether the word at ``i`` stands between a sentence-opening "كان" and its "قد" (:data:`KANA_SUBJECT`)."""
    if not words or words[0] not in _KANA_OPENERS or i < 1:
        return False
    qad = next((x for x in range(i + 1, min(len(words), _KANA_REACH + 1)) if words[x] == "قد"), None)
    return qad is not None and not clause_opens(words, 1, qad)


def _kana_own_incident(ctx: DocContext, f: Frame) -> bool:
    """Whether the pluperfect subject of ``f`` (:data:`KANA_SUBJECT`) tells the article's own incident, not an earlier
    one: the sentence opens the article's text (no sentence before it but the title repeated: nothing told that the
    "كان ... قد" is set before, so the news itself is told in the pluperfect, "وكان هجوم انتحاري على حاجز ... قد أسفر
    عن مقتل ..."), or
    its event word is definite and an earlier sentence tells an event (the noun refers back to it: "قتل سبعة في
    انفجار ... . وكان الانفجار الذي وقع قرب السوق قد أسفر أيضا عن إصابة ...")."""
    from marsad.agent.offline.frames import find_frames

    title = normalize(ctx.doc.title or "").strip()
    before = [s.index for s in ctx.sentences[:f.si] if not (s.is_title and title and s.norm.strip() == title)]
    if not before:
        return True
    words = ctx.sentences[f.si].words
    definite = f.i < len(words) and any(b.startswith("ال") for b in bare(words[f.i]))
    return definite and any(find_frames(ctx, si) for si in before)


AGO_NEAR = True
"""Switch: "قبل أسابيع"، "قبل 30 عاما" dates back only the event it stands near (within ``_AGO_REACH`` words after it):
"اقتحمت الشرطة المعهد صباح الاثنين ... للمرة الأولى منذ إنشائه قبل 30 عاما" tells today's raid, the span
dates the founding told at the end of the sentence."""
_AGO_REACH = 6


BARE_MONTH_PAST = True
"""Switch: an event dated by a month named alone ("في كانون الثاني/يناير"، "مطلع أبريل") before the month of
publication is past context, like one told with "الماضي" (the news of the day is told by its day)."""


AFTER_MARK_PAST = True
"""Switch: an event told after a span mark that follows another event of its sentence (``Frame.after_mark``: "يأتي
الهجوم بعد ثلاثة أشهر من هجوم ..."، "وذلك بعد ثلاثة أيام من تفجير"، "غداة تفجيرين") is past context: the earlier event the news
came after."""
SPAN_OWN = True
"""Switch: "بعد يومين على هجوم X" in the lead, with no event told before the mark in its sentence and words of the news
before it ("لا يزال العشرات مفقودين بعد يومين على هجوم ..."، "دعا الرئيس اليوم إلى ... بعد يوم من هجومين ...") points at the
article's own incident: a follow-up story tells what came of it (still missing, a call, a statement). That incident is
the news, not past context; the span dates it back (:func:`_span_back`, and ``attacks_records.SPAN_ANCHOR`` for the
lead's news day: this reading goes with those switches, and a test switching one off switches this one off too)."""


_OWN_SPAN_UNITS = rules.words("dates", "own_span_units")
_INCIDENT_NOUNS = rules.words("dates", "incident_nouns")
_COMES_AFTER = rules.words("frames", "comes_after_verbs")
_SIMILAR = rules.words("dates", "similar_words")


_SPAN_UNITS_BACK = frozenset({"يوم", "يومين", "ايام", "ساعات", "اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر"})


def _span_unit(words: list[str], x: int) -> bool:
    """"بعد يومين ..."، "بعد أسابيع ...": a span of time after which the news came, at ``x``."""
    return words[x] in {"بعد", "اعقاب"} and x + 2 < len(words) and words[x + 1] in _SPAN_UNITS_BACK


def _span_counted(words: list[str], x: int) -> bool:
    """"بعد عامين تقريبا على"، "بعد 4 أيام على": a counted span told with "على" at ``x`` (:data:`SPAN_COUNTED`)."""
    return words[x] in {"بعد", "اعقاب"} and x + 3 < len(words) and _counted(words[x + 1]) \
        and words[x + 2] in _AGO_UNITS and "علي" in words[x + 3:x + 5] and words[x + 3] in {"علي", "تقريبا", "نحو"}


AFTER_MARK_GOES_ON = True
"""Switch: a definite event noun with no date of its own ("وتبنى التنظيم الهجوم") in the sentence right after one that
ended on an earlier event told after a span mark (``after_mark``: "يأتي التفجير بعد ثلاثة أشهر من هجوم على متحف ... قتل فيه
21") tells that earlier event on: past context too, not the news."""


def _earlier_told_last(ctx: DocContext, si: int) -> bool:
    """Whether the last event frame of sentence ``si`` is an earlier event told after a span mark."""
    from marsad.agent.offline.frames import find_frames

    frames = find_frames(ctx, si)
    return bool(frames) and frames[-1].after_mark >= 0


def _own_incident(ctx: DocContext, f: Frame, x: int) -> bool:
    """Whether the span mark at ``x`` before the event of ``f`` points at the article's own incident: a lead sentence,
    no event frame before the event in it (the frame opens the sentence, no mark parts it from another), a span of
    hours or days, the news told before the mark is no incident nor what "comes after" ("ما زال مصير العشرات مجهولا بعد يومين
    على ..."; not a fronted "بعد يومين من هجوم ...، قتل", "وقع الحادث بعد عامين على تفجير ...", "يأتي ذلك بعد يوم
    من ..."), and the event is not told as like another ("من انفجار مماثل")."""
    if not (f.si in ctx.lead and f.lo == 0 and f.after_mark < 0 and x >= 2):
        return False
    words = ctx.sentences[f.si].words
    unit = x + 2 if _counted(words[x + 1]) else x + 1
    if unit >= len(words) or words[unit] not in _OWN_SPAN_UNITS:
        return False
    if any(b in _INCIDENT_NOUNS or b in _COMES_AFTER for w in words[:x] for b in bare(w)):
        return False  # "يأتي ذلك بعد انفجار ..."، "وقع الحادث بعد ...": the news is an incident told before
    return not any(b in _SIMILAR for w in words[f.i:f.i + 3] for b in bare(w))  # "من انفجار مماثل": another one


YEARS_AGO_COUNTED = True
"""Switch: "قبل 4 سنوات"، "قبل نحو ثلاثة أعوام" (a counted span of years, a hedge before the count) dates the event it
stands near back, as "قبل سنوات" does. Before pass 46 the date reader read no such span, so the event was told as news;
it now reads the year back too (``dates.YEARS_AGO``), and this switch still marks the event as past context."""


def _years_counted(words: list[str], y: int) -> bool:
    """Whether words[y:] count years: "4 سنوات"، "ثلاثة أعوام"، "نحو 4 سنوات" (not months or days)."""
    if y < len(words) and words[y] in {"نحو", "حوالي"}:
        y += 1
    return y + 1 < len(words) and _counted(words[y]) and bare_in(words[y + 1], _AGO_YEARS)


def _background(ctx: DocContext, f: Frame, date: DateHit | None) -> tuple[bool, bool]:
    """(past context?, told as the news?) for one frame."""
    s = ctx.sentences[f.si]
    words = s.words
    span = [b for w in words[f.lo:f.hi] for b in bare(w)]
    recent = date is not None and date.mention.kind in {"rel", "wd"} and date.mention.parts.get("qualifier") != "past"
    # "الهجوم الذي وقع ليل الجمعة": an event told with its recent day is the news, not past context
    markers = _PAST_MARKERS - _OCCURRED if recent else _PAST_MARKERS
    # "قبل أيام"، "قبل 3 سنوات" date an event back; "قبل الاحتجاجات"، "قبل أن يتحصن" only order it before
    # something else
    ago = any(w in _AGO_HEADS and x + 1 < len(words) and (words[x + 1].isdigit() or words[x + 1] in _AGO_UNITS)
              and not (AGO_BEFORE and _before_other(words, x)) and not (AGO_NEAR and x - f.j > _AGO_REACH)
              for x, w in enumerate(words[max(f.lo, f.i - 4):f.hi], start=max(f.lo, f.i - 4)))
    past = _marker_past(ctx, f, date, markers) or ago and date is not None
    # "وقبل سنوات قتل 30 شخصا"، "قبل عقدين": years ago is the past, with or without a date read from it
    if any("قبل" in bare(w) and x + 1 < len(words) and bare_in(words[x + 1], _AGO_YEARS)
           and not (AGO_NEAR and x - f.j > _AGO_REACH)
           for x, w in enumerate(words[max(0, f.i - 6):f.hi], start=max(0, f.i - 6))):
        past = True
    if YEARS_AGO_COUNTED and any(w == "قبل" and _years_counted(words, x + 1) and not (AGO_NEAR and x - f.j > _AGO_REACH)
                                 for x, w in enumerate(words[max(0, f.i - 6):f.hi], start=max(0, f.i - 6))):
        past = True  # "كما حدث في هجوم على مدرسة قبل 4 سنوات"، "قبل نحو ثلاثة أعوام"
    if not recent and has_phrase(words, max(0, f.i - 6), f.hi, _HISTORY_MARKERS):
        past = True  # "وإبان الحرب الأهلية قصفت الطائرات حماة"، "خلال الحرب قصفت الطائرات الضاحية"
    # "في الذكرى الثالثة لتفجير الكرادة الذي أودى بحياة 300"، "وتصادف اليوم ذكرى مجزرة سبايكر": the attack an
    # anniversary names is remembered; one told later in the sentence ("أحيا الأهالي ذكرى الضحايا حين فجر انتحاري
    # نفسه") may happen on the day, and so does one dated after the anniversary word ("ذكرى ضحايا المجزرة أمس فجر")
    reach = f.i - _ANNIVERSARY_REACH
    if recent and date.i < f.i:
        reach = max(reach, date.j)
    if has_phrase(words, reach, f.i, _ANNIVERSARY):
        past = True
    if _history(ctx, date):
        past = True  # "وفي عام 2003 قتل 22 موظفا بتفجير مقر الأمم المتحدة في بغداد": history told for context
    rel = next((x for x in range(max(f.lo, f.i - 2), f.i) if words[x] in REL_PRONOUNS), None)
    if rel is not None and not (REL_RECENT and recent and date.i > rel):
        past = True  # "أرملة القيادي الذي قتل بغارة للقوات الخاصة": an event told to qualify someone is past context
    if words and words[0] in {"وكان", "وكانت", "كان", "كانت"} and "قد" in words[:f.i + 1] \
            and not (REPORTED_BEFORE and date is None and _reported_before(words, f)) \
            and not (KANA_CLAUSE and _new_clause(words, words.index("قد", 0, f.i + 1), f.i)):
        past = True
    if KANA_SUBJECT and not past and date is None and _kana_subject(words, f.i) \
            and not (KANA_OWN and _kana_own_incident(ctx, f)):
        past = True  # "كان هجوم بالغاز على البلدة والذي قتل 40 قد أثار غضبا": the attack the pluperfect's subject tells
    spans = [x for x in range(f.lo, f.i) if _span_unit(words, x)]
    if SPAN_COUNTED:  # "جاء ذلك بعد عامين تقريبا على المجزرة في ...": the event named is that span back
        spans += [x for x in range(max(0, f.i - 8), f.i) if _span_counted(words, x)]
    if spans and not (SPAN_OWN and SPAN_BACK and _own_incident(ctx, f, min(spans))):
        past = True
    if AFTER_MARK_PAST and f.after_mark >= 0 and (SPAN_COUNTED or not _span_counted(words, f.after_mark)):
        past = True  # "يأتي التفجير بعد ثلاثة أشهر من هجوم دام ..."، "قتل 9 غداة تفجيرين": the event the news came after
    if AFTER_MARK_GOES_ON and date is None and f.si > 0 and f.i < len(words) and words[f.i] in _INCIDENT_NOUNS \
            and _earlier_told_last(ctx, f.si - 1):
        past = True  # "... بعد ثلاثة أشهر من هجوم على متحف قتل فيه 21. وتبنى التنظيم الهجوم": the earlier one goes on
    if BARE_YEAR_PAST and not recent and _bare_year_back(ctx, f):
        past = True  # "أطلق مسلح النار في سينما بمدينة أورورا في 2012 فقتل 12": an old incident retold
    if SPAN_PAST and not recent and not _EARLIER.isdisjoint(span):
        past = True  # "مسيرات أسابيع سابقة، قتل في إحداها 9"
    if STALE_PAST and date is not None and date.mention.kind not in {"rel", "wd", "ago"} and _stale_day(ctx, date) \
            and not (f.i > 0 and words[f.i - 1] == "ان" and words[f.i].startswith("ال")):
        past = True  # "الهجوم على الجاسوس في الرابع من مارس" told on the 30th: an event of weeks before is context (not
        # "قال المتحدث إن الغارة استهدفت القيادي في الثامن من الشهر": the details of the incident the article tells)
    if date is not None:
        m = date.mention
        if m.kind in {"dmy", "my", "y", "numeric", "ord"} and (m.parts.get("year") or m.parts.get("qualifier") == "past"):
            ref = ctx.published.year if ctx.published else None
            year = m.parts.get("year")
            if ref is None or (year and year < ref) or m.parts.get("qualifier") == "past":
                past = True
        if BARE_MONTH_PAST and m.parts.get("bare") and _stale(ctx, date):
            past = True  # "وفي كانون الثاني/يناير قتل ..." told in May: a month before publication's, past context
        if m.kind == "ago" and m.parts.get("unit") not in {"ساعات", "ساعه"}:
            past = True
    news = not past and (f.si in ctx.lead or (date is not None and date.mention.kind in {"rel", "wd"}
                                              and date.mention.parts.get("qualifier") != "past"))
    return past, news


def _history(ctx: DocContext, date: DateHit | None) -> bool:
    """True for an event dated long before the article ("حرب الخليج عام 1991" in a 2018 article)."""
    if date is None or ctx.published is None or not date.resolved.iso:
        return False
    year = date.resolved.iso[:4]
    return year.isdigit() and int(year) < ctx.published.year - _HISTORY_YEARS


TWO_DAY_NIGHT = True
"""Switch (pass 56, GUIDELINES D-4): a night told by the two days it spans ("ليل السبت - الأحد"، "ليلة الخميس
الجمعة"، and the guideline's "ليل أول من أمس") fixes neither day, so the record leaves its date out and keeps the words as its ``date_text``. The frame
keeps the first day inside the rules (its tellings are joined by it, as before). Not a midnight ("منتصف ليل
الجمعة السبت" is the day it falls on) nor a night named by one day ("ليل الجمعة")."""
_NIGHT_PARTS = frozenset({"ليل", "ليله"})
_NIGHT_SEPARATORS = frozenset("-–—/ ")


def two_day_night(ctx: DocContext, hit: DateHit | None) -> tuple[int, int] | None:
    """The raw span of the two-day night ``hit`` is one of the days of (see :data:`TWO_DAY_NIGHT`), else None."""
    if not TWO_DAY_NIGHT or hit is None or hit.mention.kind not in {"wd", "rel"}:
        return None
    for si, hits in enumerate(ctx.dates):
        if not any(d is hit for d in hits):
            continue
        words = ctx.sentences[si].words
        if hit.mention.kind == "rel":
            # "ليل أول من أمس" (GUIDELINES D-4's own example): the night between the day before yesterday and yesterday
            if hit.mention.parts.get("rel_days") == -2 and hit.i < len(words) \
                    and any(w in _NIGHT_PARTS for w in bare(words[hit.i])) \
                    and not (hit.i > 0 and "منتصف" in bare(words[hit.i - 1])):
                return hit.start, hit.end
            return None
        for a, b in zip(hits, hits[1:], strict=False):
            if hit is not a and hit is not b:
                continue
            if a.mention.kind != "wd" or b.mention.kind != "wd" or b.i != a.j or a.i >= len(words):
                continue
            first, second = a.mention.parts.get("weekday"), b.mention.parts.get("weekday")
            if first is None or second is None or (first + 1) % 7 != second:
                continue
            if not any(w in _NIGHT_PARTS for w in bare(words[a.i])) or (a.i > 0 and "منتصف" in bare(words[a.i - 1])):
                continue  # (a night named by its first day only, or the exact midnight between the two)
            if b.mention.parts.get("part") or set(ctx.text[a.end:b.start]) - _NIGHT_SEPARATORS:
                continue
            return a.start, b.end
        return None
    return None
