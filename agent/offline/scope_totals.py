"""Tolls that sum up a period, a report or a round-up, not one event (:mod:`scope` holds the switches and the statistic rule)."""

from __future__ import annotations

from marsad.agent.dates import DAY_NAMES
from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.context import bare, bare_in
from marsad.agent.offline.scope_phrases import word_forms
from marsad.core.arabic import normalize

_PLURAL_EVENTS = rules.words("scope", "plural_events")
_BATTLE_PLURALS = rules.words("scope", "battle_plurals")
"""Clashes in the plural ("منذ بدء المواجهات"): counted over a span of time like attacks, but a toll "at least" told
of them is one night's ("أصيب 3 شرطيين على الأقل في المواجهات الليلية")."""
_SPAN_OPENERS = rules.words("scope", "span_openers")
_PERIODS = rules.words("scope", "periods")
_PERIOD_REFS = rules.words("scope", "period_refs")
""""في ذات الفترة"، "في الفترة نفسها"، "في هذه الفترة": a period named before, which spans a count like "خلال"."""
_AT_LEAST = rules.sequence("scope", "at_least")
_SINCE = rules.words("scope", "since")
_SUPERLATIVES = rules.words("scope", "superlatives")
_TOTALS = rules.words("scope", "totals")
_TOLL_WORDS = rules.words("scope", "toll_words")
_SERIES = rules.words("scope", "series_words")
_SCATTERED = rules.words("scope", "scattered_places")
"""Places written as many ("جبهات القتال"، "مناطق متفرقة"): a toll told of them is a round-up's sum."""
_PERIOD_TOTAL_MIN = rules.number("scope", "period_total_min")
_PERIOD_CUES = rules.words("scope", "period_cues")
_REPORT_CUES = rules.words("scope", "report_cues")
"""A report, a rights group's documentation or a statistic cited as the source of a figure."""
_PLURAL_MEANS = rules.words("scope", "plural_means")
"""Weapons counted in the plural ("الألغام"، "القذائف"): what a campaign or a period used, not one attack."""
_REPORT_NOUNS = rules.words("scope", "report_nouns")
_DOCUMENTATION = rules.words("scope", "documentation_verbs")
_SINCE_REACH = int(rules.number("scope", "since_reach"))
"""How many tokens after a plural attack noun "منذ" may stand and count them since a time
("باعتداءات نسبت إلى جماعة مسلحة منذ مطلع العام")."""
_SENTENCE_SPAN_REACH = int(rules.number("scope", "sentence_span_reach"))
"""How many tokens into a sentence a span opener may stand and still govern all of it ("ومنذ اندلاع ...، قتل")."""
_DURING_PERIODS = rules.words("scope", "during_periods")
"""Words after "خلال" that name a span of time beside :data:`_PERIODS` ("الساعات"، "الأيام"، "اليومين"، months)."""
_CASE_NOUNS = rules.words("scope", "case_nouns")
_CASE_ACTS = rules.words("scope", "case_acts")
"""Violent acts a tally counts in cases ("حالات إعدام"، "حالة اختطاف")."""
_RECENT = rules.words("scope", "recent_words")
_RECENT_HOURS = rules.words("scope", "recent_hours")
RECENT_HOURS = True
"""Switch (A/B measurement): a recent word that qualifies hours ("معارك الساعات الماضية"، "خلال مواجهات الليلة
الماضية") tells the last day's fighting, one event as "معارك أمس" is; only "المعارك الأخيرة" (the battles themselves
told as recent, with no span of their own) sums them (:func:`is_aggregate`)."""
_SINCE_TODAY = rules.words("scope", "since_today") | DAY_NAMES
_SINCE_DAY_PARTS = rules.words("scope", "since_day_parts")
SINCE_TODAY = True
"""Switch (A/B measurement and its tests): "منذ" opening on a time of the last day or two ("منذ مساء أمس"، "منذ فجر
اليوم"، "منذ ساعات"، "منذ صباح الأحد") spans one fight or one day's strikes, not a period whose events are summed:
"المواجهات الدائرة منذ فجر اليوم أوقعت 20 قتيلا" is one incident's toll. A part of the day counts only before a day
("منذ فجر التاريخ" is no day); "اليوم" alone is left out ("منذ اليوم الأول للحرب" is a period)."""


_SINCE_NIGHT = rules.words("scope", "since_night_words")
_MIDST = frozenset({"منتصف"})
SINCE_MIDNIGHT = True
"""Switch (A/B measurement): "منذ منتصف ليل الأربعاء"، "منذ منتصف الليل": the middle of a night (``since_night_words``)
is a time of one day, as "منذ فجر الخميس" is (not "منذ منتصف العام", a span)."""


def _since_today(span: list[str], x: int) -> bool:
    """Whether the "منذ" at ``span[x]`` opens on a time of the last day or two (:data:`SINCE_TODAY`)."""
    if not SINCE_TODAY or x + 1 >= len(span):
        return False
    if bare_in(span[x + 1], _SINCE_TODAY):
        return True
    if SINCE_MIDNIGHT and bare_in(span[x + 1], _MIDST) and x + 2 < len(span) and bare_in(span[x + 2], _SINCE_NIGHT):
        return True
    return bare_in(span[x + 1], _SINCE_DAY_PARTS) and x + 2 < len(span) \
        and (bare_in(span[x + 2], _SINCE_TODAY) or span[x + 2] == "اليوم")
"""Plural events called the recent ones ("خلال المعارك الأخيرة"، "في الغارات الأخيرة"): a sum of several."""


MONTH_SPAN = True
"""Switch (A/B measurement and its tests): a toll with no day of its own told over a month or longer, the span after
the count anywhere in its sentence ("قتل 25 مدنيا وأصيب 18 ... في مدينة حمص خلال شهر مايو الماضي"، "أودت الألغام
بحياة 6 مدنيين ... خلال الشهرين الماضيين"), or a period named before the count ("وفي ذات الفترة أصيب 30"), is a
period's sum, not one incident. Not a span that ranks the event ("الهجوم الثالث خلال شهر"، "الأعنف خلال العام") nor one
of a running sum told after the count ("ليرتفع عدد القتلى خلال الشهر إلى 40")."""
_MONTH_OPENERS = rules.words("scope", "month_span_openers")
_MONTH_PERIODS = rules.words("scope", "report_periods") | rules.words("scope", "month_span_extra")
_MONTH_RANKS = rules.words("scope", "since_firsts") | rules.words("scope", "month_span_ordinals")
_MONTH_SUMS = rules.words("scope", "month_span_sums")
_MONTH_RANK_REACH = 4


def _period_ref(words: list[str], x: int) -> bool:
    """True when token ``x`` is "الفترة" told as a period named before ("في ذات الفترة"، "الفترة نفسها")."""
    return bare_in(words[x], {"الفتره"}) and (
        x > 0 and words[x - 1] in _PERIOD_REFS or x + 1 < len(words) and words[x + 1] in _PERIOD_REFS)


def month_span_total(words: list[str], lo: int, hi: int) -> bool:
    """Whether the frame's first count (digits in ``words[lo:hi]``) is a sum over a month or longer (:data:`MONTH_SPAN`)."""
    first = next((x for x in range(max(0, lo), min(hi, len(words))) if words[x].isdigit()), None)
    if first is None:
        return False
    if any(_period_ref(words, x) for x in range(1, first)):
        return True  # "وفي ذات الفترة أصيب 30": the period named before
    for x in range(first + 1, len(words) - 1):
        if not bare_in(words[x], _MONTH_OPENERS) or not any(bare_in(v, _MONTH_PERIODS) for v in words[x + 1:x + 3]):
            continue
        if any(bare_in(v, _MONTH_RANKS) for v in words[max(0, x - _MONTH_RANK_REACH):x]):
            continue  # "هو الهجوم الثالث خلال شهر": one event ranked over the span
        return not any(bare_in(v, _MONTH_SUMS) for v in words[first + 1:x])
    return False


def is_period_total(words: list[str], lo: int, hi: int, count: int | None) -> bool:
    """True for a toll summed over a period: a large count beside a span of time or a date range
    ("خلال العام الماضي ... 380 هجوما أودت بحياة 1141 شخصا"، "بمقتل 950 مدنيا في الفترة من مطلع مارس إلى آخر يونيو").

    Args:
        words: the sentence's normalised tokens.
        lo: frame start.
        hi: frame end.
        count: the frame's largest count (dead or wounded), if any.
    """
    if count is None or count < _PERIOD_TOTAL_MIN:
        return False
    return any(bare_in(words[x], _PERIOD_CUES) and not _during_act(words, x) for x in range(max(0, lo), min(hi, len(words))))


def _during_act(words: list[str], x: int) -> bool:
    """True when the span opener at ``x`` ("خلال"، "طوال") is followed by an act, not a span of time: "خلال تصديها
    لمسيرات"، "خلال مداهمة" (while doing something: one event), against "خلال العام الماضي"، "خلال 24 ساعة"، "خلال
    الفترة"، "خلال يناير"."""
    if not bare_in(words[x], _SPAN_OPENERS) or words[x] in _SINCE:
        return False
    nxt = words[x + 1] if x + 1 < len(words) else ""
    return bool(nxt) and not nxt[:1].isdigit() and not any(b in _DURING_PERIODS or b in _PERIODS for b in word_forms(nxt)) \
        and read_quantity(words, x + 1) is None and not bare_in(nxt, _PERIOD_CUES)


def is_spanned_total(words: list[str], count: int | None) -> bool:
    """True for a large toll in a sentence that gives a span of time anywhere ("أعلن الجيش مقتل 400 مسلح ...، خلال
    أسبوع من المعارك حول المدينة"): the span may stand in the clause of another event word."""
    if count is None or count < _PERIOD_TOTAL_MIN:
        return False
    forms = [bare(w) for w in words]
    return any(not _SPAN_OPENERS.isdisjoint(f) and any(b in _PERIODS for g in forms[x + 1:x + 4] for b in g)
               for x, f in enumerate(forms))


SO_FAR = True
"""Switch (A/B measurement and its tests): plural attacks told with "so far" ("أوقعت الغارات على مواقع المتمردين حتى
الآن أكثر من 300 قتيل") sum a campaign's toll up to the day of writing, not one incident's: no record for the plural
nor its count. Not a negated "so far" ("ولم تعرف حتى الآن هوية المهاجمين" tells nothing summed), nor a toll of one
attack ("أوقع الهجوم حتى الآن 30 قتيلا"); a day of the event's own (not the report's) keeps the frames, as for the other
period totals."""
_SO_FAR = rules.words("scope", "so_far")
_SO_FAR_NEG = rules.words("scope", "so_far_negations")
_SO_FAR_REACH = 10
"""How many tokens after the plural attack noun "so far" may stand."""


def so_far_total(words: list[str], i: int) -> bool:
    """Whether the frame whose event word is ``words[i]`` is part of a running total told "so far" (:data:`SO_FAR`): the
    plural attack noun itself, or a count after the "so far" that follows it (with a number between it and the frame
    word)."""
    if not SO_FAR:
        return False
    for x in range(1, len(words) - 1):
        if f"{words[x]}_{words[x + 1]}" not in _SO_FAR or any(w in _SO_FAR_NEG for w in words[max(0, x - 3):x]):
            continue
        plural = [p for p in range(max(0, x - _SO_FAR_REACH), x) if bare_in(words[p], _PLURAL_EVENTS)]
        if not plural:
            continue
        counted = any(read_quantity(words, y) is not None for y in range(x + 2, min(len(words), x + 6)))
        if counted and (i in plural or x + 2 <= i <= x + 8):
            return True
    return False


_MASS_HEADS = rules.words("scope", "mass_heads")
_MASS_THOUSANDS = rules.words("scope", "mass_thousands")
_MASS_TOLL_WORDS = rules.words("scope", "mass_toll_words")
_MASS_MIN_THOUSANDS = 5


def _mass_toll(words: list[str]) -> bool:
    """True when a sentence counts dead or wounded by the tens of thousands: "عشرات/مئات الآلاف" or a numeral of at
    least five before "آلاف/ألف", with a toll word just before it ("مقتل عشرات الآلاف") or just after it ("10 آلاف
    قتيل"). "آلاف الجرحى" alone is left (one day's protests may hurt thousands), as is a mass of things ("تفجير
    عشرات الآلاف منها")."""
    for m in range(len(words) - 1):
        if not bare_in(words[m + 1], _MASS_THOUSANDS):
            continue
        head = words[m]
        if not (bare_in(head, _MASS_HEADS) or (head.isdigit() and int(head) >= _MASS_MIN_THOUSANDS)):
            continue
        near = [*words[max(0, m - 3):m], *words[m + 2:m + 4]]
        if any(b in _MASS_TOLL_WORDS for w in near for b in bare(w)):
            return True
    return False


def counts_cases(words: list[str]) -> bool:
    """True when a sentence counts cases of a violent act ("4 حالات إعدام"، "658 حالة اختطاف"، "خمس حالات اغتيال"):
    a number, "حالة"/"حالات" and the act. Counted cases are a monitor's or a report's tally; one incident's harm is
    told as people ("20 حالة اختناق" counts no act and is left alone)."""
    for x in range(1, len(words) - 1):
        if words[x] in _CASE_NOUNS and bare_in(words[x + 1], _CASE_ACTS) \
                and (words[x - 1].isdigit() or read_quantity(words, x - 1) is not None):
            return True
    return False


def is_documented(words: list[str]) -> bool:
    """True when a report counts what its monitors documented: a report noun and a verb of documenting in one
    sentence ("وأفاد التقرير بأن راصديه وثقوا مقتل 5 مدنيين"). A monitor's news of one strike names no
    report ("ووثق المرصد مقتل 5 مدنيين في غارة على البلدة"), and a report that tells an incident documents nothing
    ("وذكر تقرير للشرطة أن الانفجار وقع قرب السوق")."""
    forms = [b for w in words for b in bare(w)]
    return not _REPORT_NOUNS.isdisjoint(forms) and not _DOCUMENTATION.isdisjoint(forms)


_DOCUMENTED = frozenset({"وثق", "وثقت", "يوثق", "توثق", "وثقه", "احصي", "احصت", "يحصي", "تحصي"})
"""Verbs of documenting or counting cases (not "رصد": a force also spots fire it then answers)."""


REPORT_TELLS = True
"""Switch (pass 47, A/B measurement and its test): a report noun anywhere before the event word in its sentence
(the report told as the teller: "وأشار التقرير كذلك إلى أن القتلى بينهم قاصرون"، "وذكرت التقارير أن ...") documents
as a verb of documenting does: in a story of a report on a period (the caller's check) its figures are the period's
tally, not one incident."""


def documents_before(words: list[str], i: int) -> bool:
    """True when a verb of documenting stands before the event word at i in its sentence ("ووثق المركز إصابة 9
    مدنيين"، "أحصى الفريق مقتل ...") or, with :data:`REPORT_TELLS`, a report noun does ("وأشار التقرير إلى أن")."""
    return any(b in _DOCUMENTED or (REPORT_TELLS and b in _REPORT_NOUNS) for w in words[:i] for b in bare(w))


def is_report_total(words: list[str], counts: list[int]) -> bool:
    """True for a large toll a report gives for many attacks or weapons of a side ("ذكر تقرير حقوقي أن
    عشرات الآلاف من الألغام ... حصدت أرواح 714 مدنيا"): a report cue, a count of at least the period-total
    minimum, and the attacks or weapons named in the plural."""
    if not counts or max(counts) < _PERIOD_TOTAL_MIN:
        return False
    forms = [b for w in words for b in bare(w)]
    return not _REPORT_CUES.isdisjoint(forms) and any(b in _PLURAL_EVENTS or b in _PLURAL_MEANS for b in forms)


def is_roundup_total(words: list[str], lo: int, hi: int) -> bool:
    """True for a toll summed over a round-up's incidents: "قتل 30 شخصا في سلسلة تفجيرات"،
    "قتل نحو 30 في جبهات القتال"، "هجمات في مناطق متفرقة" (each incident is told apart)."""
    span = words[lo:hi]
    forms = [bare(w) for w in span]
    for x, f in enumerate(forms):
        if not _SERIES.isdisjoint(f) and any(b in _PLURAL_EVENTS for g in forms[x + 1:x + 3] for b in g):
            return True
        if not _SCATTERED.isdisjoint(f):
            return True
        if x + 1 < len(span) and any(f"{b}_{span[x + 1]}" in _SCATTERED for b in f):
            return True
    return False


def is_aggregate(words: list[str], lo: int, hi: int, day_dated: bool) -> bool:
    """True when a frame sums many events: "خلال أسبوع من الغارات"، "منذ بدء الضربات"، "2,200 حادثة خلال عام".

    A plural event noun makes a summary when a span of time is given for it ("خلال عام
    2014"، "منذ بدء الحملة") or, with no day of its own, a running total ("على الأقل").

    Args:
        words: the sentence's normalised tokens.
        lo: frame start.
        hi: frame end.
        day_dated: the frame carries a date precise to the day (then it is one day's events).
    """
    span = words[lo:hi]
    forms = [bare(w) for w in span]
    if any(b in _TOTALS for f in forms for b in f):
        return True  # "عشرون غارة أسفرت بمجملها عن مقتل 41"
    if MONTH_SPAN and not day_dated and month_span_total(words, lo, hi):
        return True
    spans = [x for x, f in enumerate(forms)
             if not _SPAN_OPENERS.isdisjoint(f) and any(b in _PERIODS for g in forms[x + 1:x + 4] for b in g)]
    refs = [x for x in range(len(span)) if _period_ref(span, x)]
    if not day_dated and any(span[y].isdigit() for x in refs for y in range(max(0, x - 6), min(len(span), x + 7))):
        return True  # "وأحصى التقرير في ذات الفترة 14 قتيلا من الأطفال": a count over the period told before
    if not day_dated and opens_with_span(words) and any(w.isdigit() for w in span):
        return True  # "ومنذ بدء التظاهرات، سقط 45 قتيلا": the opening span governs the frames after it
    if not day_dated and any(span[y].isdigit() for x in spans if span[x] not in _SINCE
                             for y in range(max(0, x - 6), x)):
        return True  # "مقتل 29 فلسطينيا برصاص القوات ... خلال الأسبوعين الأخيرين": a count over weeks or more
    if not day_dated and any(any(b in _TOLL_WORDS for g in forms[max(0, x - 4):x] for b in g) for x in spans):
        return True  # "لقي 420 مدنيا حتفهم خلال شهرين"، "حصيلة شهر تموز"
    if any(span[y].isdigit() for x in spans for y in range(max(0, x - 5), x)) and any(
            span[x] in _SINCE for x in spans):
        return True  # "قتل أكثر من 1500 مقاتل منذ بدء الهجوم": a running total
    plural = [x for x, f in enumerate(forms) if not _PLURAL_EVENTS.isdisjoint(f)
              and not (x > 0 and span[x - 1] in _SUPERLATIVES)]  # "أكثر الهجمات دموية": one of them
    battles = [x for x, f in enumerate(forms) if not _BATTLE_PLURALS.isdisjoint(f)]
    if any(abs(p - x) <= 4 for x in spans for p in battles):
        return True  # "عدد القتلى منذ بدء المواجهات"
    if not day_dated and any(span[y] in _RECENT and not (RECENT_HOURS and span[y - 1] in _RECENT_HOURS)
                             for p in [*plural, *battles] for y in range(p + 1, min(len(span), p + 3))):
        return True  # "وخسرت الميليشيات خلال المعارك الأخيرة المئات": the recent battles summed
    if not plural:
        return False
    if any(abs(p - x) <= 4 for x in spans for p in plural) and not period_strikes(words, span, plural):
        return True
    if any(0 < x - p <= _SINCE_REACH for p in plural for x, f in enumerate(forms)
           if not _SINCE.isdisjoint(f) and not _since_today(span, x)):
        return True  # "هجمات مشتركة منذ حرب 2014"، "هجمات قليلة منذ 11 سبتمبر": events counted since a time  # "خلال أسبوع من الغارات"، "هجمات ... منذ بدء"
    if day_dated:
        return False
    at_least = [x for x in range(len(span) - 1) if span[x:x + 2] == list(_AT_LEAST)]
    return any(0 < p - x <= 7 for x in at_least for p in plural)  # "2927 على الأقل ... جراء الضربات"


PERIOD_STRIKES = True
"""Switch (pass 45, A/B measurement and its test): strikes told only by the span they fell in, with what they hit and
no count ("قصفت المقاتلات طوال الشهر مخازن ذخيرة قرب الميناء") are one record for the period
(GUIDELINES D-8), not a period total: a total counts strikes or their dead ("380 هجوما خلال العام"، "قتل 40 خلال
حزيران"), and "منذ" counts them since a time."""
_AIMED = frozenset(normalize(w) for w in ("استهدفت", "استهدف", "مستهدفة", "مستهدفا", "طالت"))
_PERIOD_STRIKE_REACH = 3


def period_strikes(words: list[str], span: list[str], plural: list[int]) -> bool:
    """True when the plural strikes near a span of time are aimed at a target and the sentence counts nothing:
    no numeral (a vague "عدة" is none), no toll word, no "منذ" (see :data:`PERIOD_STRIKES`)."""
    if not PERIOD_STRIKES:
        return False
    if any(w.isdigit() or ((q := read_quantity(words, x)) is not None and q.value is not None) for x, w in enumerate(words)):
        return False  # ("عدة"، "عشرات" count nothing)
    forms = [b for w in words for b in bare(w)]
    if not _TOLL_WORDS.isdisjoint(forms) or not _MASS_TOLL_WORDS.isdisjoint(forms) or not _SINCE.isdisjoint(forms):
        return False
    return any(bare_in(span[y], _AIMED) for p in plural for y in range(p + 1, min(len(span), p + _PERIOD_STRIKE_REACH + 1)))


def since_today(words: list[str], x: int) -> bool:
    """True when the word at ``x`` is "منذ" opening on a time of the last day or two ("منذ فجر الخميس"، "منذ منتصف
    ليل الأربعاء"، "منذ ساعات"): the start of one day's fight, no span of the war (see :data:`SINCE_TODAY`)."""
    return bare_in(words[x], _SINCE) and _since_today(words, x)


def opens_with_span(words: list[str]) -> bool:
    """True when the sentence opens with a span of time ("ومنذ اندلاع الاحتجاجات"، "وخلال العام الماضي")."""
    for x in range(min(_SENTENCE_SPAN_REACH, len(words))):
        if bare_in(words[x], _SPAN_OPENERS) and any(
                b in _PERIODS for w in words[x + 1:x + 4] for b in bare(w)):
            return True
    return False
