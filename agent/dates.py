"""Dates as Arabic news writes them, found in normalised text and resolved to ISO dates.

Two kinds of expression:

- **explicit**: "18 شباط فبراير الماضي", "15 آذار مارس 2021", "كانون الثاني يناير عام 2017",
  "أواخر العام 2017", "2021/9/5" — Levantine (شباط) and standard (فبراير) month names,
  alone or paired;
- **relative**: "أمس السبت", "فجر اليوم", "غداً الأحد", "فجر الأحد", "الثلاثاء الماضي",
  "التاسع من الشهر الحالي", "الأسبوع الماضي", "قبل يومين" — resolvable only against the
  publication date.

:func:`find_dates` returns :class:`DateMention` objects with the parts the text fixes;
:func:`resolve` turns one into ``(iso, precision)`` against a publication date (or
without one: then only what the text itself fixes is given, and a bare weekday is
resolved only through an explicit weekday-plus-date elsewhere in the same text).
A range (last week, a few days ago) yields the most precise ISO form covering all of
it: a day, a month, a year, or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from marsad.agent.numbers import _UNITS as _NUMBER_WORDS
from marsad.core.arabic import normalize
from marsad.core.calendar_words import MONTHS, WEEKDAYS  # the one table of month and weekday names

__all__ = ["DateMention", "ResolvedDate", "find_dates", "resolve", "weekday_anchors", "writing_day", "parse_published",
           "MONTHS", "DAY_PARTS", "DAY_NAMES", "RELATIVE_DAYS", "TOLD_DAY_WORDS", "DEMONSTRATIVE_TIME_NOUNS"]

_L = r"\u0621-\u064a"  # Arabic letters after normalisation
_B = rf"(?<![{_L}\w])"  # word start
_E = rf"(?![{_L}\w])"  # word end

_ORDINALS = {
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
    "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13, "الرابع عشر": 14,
    "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19, "العشرين": 20,
    "الحادي والعشرين": 21, "الثاني والعشرين": 22, "الثالث والعشرين": 23, "الرابع والعشرين": 24,
    "الخامس والعشرين": 25, "السادس والعشرين": 26, "السابع والعشرين": 27, "الثامن والعشرين": 28,
    "التاسع والعشرين": 29, "الثلاثين": 30, "الحادي والثلاثين": 31,
}
_REL_DAY = {"اليوم": 0, "امس": -1, "البارحه": -1, "غدا": 1, "يوم غد": 1, "غد": 1, "اول امس": -2, "اول من امس": -2,
            "امس الاول": -2}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


RAMADAN = True
"""Switch: a weekday counted within Ramadan ("الجمعة الثانية من رمضان"، "الجمعة الأخيرة من شهر رمضان") or a ten-day
part of it ("العشر الأواخر من رمضان") is dated through the month's first day (:data:`RAMADAN_FIRST`), in the Ramadan
of the Hijri year written, else the latest one begun by publication. As the month's start is told by sighting and may
differ by a day, the answer holds for a first day one day earlier or later too: a day when all agree, else the month
they share, else nothing (before, "الجمعة الثانية" was read as the latest Friday before publication)."""
RAMADAN_FIRST: dict[int, tuple[int, int, int]] = {
    # Hijri year -> the first day of its Ramadan (Umm al-Qura calendar), as (year, month, day); every row checked
    # against the Umm al-Qura tables of the `hijridate` package (1 Ramadan of each year, converted to Gregorian)
    1428: (2007, 9, 13), 1429: (2008, 9, 1), 1430: (2009, 8, 22), 1431: (2010, 8, 11), 1432: (2011, 8, 1),
    1433: (2012, 7, 20), 1434: (2013, 7, 9), 1435: (2014, 6, 28), 1436: (2015, 6, 18), 1437: (2016, 6, 6),
    1438: (2017, 5, 27), 1439: (2018, 5, 16), 1440: (2019, 5, 6), 1441: (2020, 4, 24), 1442: (2021, 4, 13),
    1443: (2022, 4, 2), 1444: (2023, 3, 23), 1445: (2024, 3, 11), 1446: (2025, 3, 1),
}
_WEEK_ORD = {"الاولي": 1, "الاول": 1, "الثانيه": 2, "الثاني": 2, "الثالثه": 3, "الثالث": 3, "الرابعه": 4, "الرابع": 4,
             "الاخيره": -1, "الاخير": -1}
_TENS = {"العشر الاوايل": (0, 9), "العشر الاولي": (0, 9), "العشر الاول": (0, 9), "العشر الاواسط": (10, 19),
         "العشر الاواخر": (20, 28), "العشر الاخيره": (20, 28)}
"""A ten-day part of Ramadan as (first, last) day offsets from its first day (the last ten end on the 29th or 30th:
the 29th is the last day sure to be in the month)."""


_MON = _alt(MONTHS)
_WD = _alt(WEEKDAYS)
_ORD = _alt(_ORDINALS)
_PART = r"(?:فجر|صباح|ظهر|ظهيره|عصر|مساء|ليله|ليل|منتصف ليله|منذ|حتي)"
DAY_PARTS = frozenset({"فجر", "صباح", "ظهر", "ظهيره", "عصر", "مساء", "ليله", "ليل"})

# The words of a day or a time that the offline readers share, kept beside the reader of dates: a reader's own list
# (rules data) holds only its own words and takes these from here.
DAY_NAMES = frozenset(WEEKDAYS)
"""The weekdays' names, normalised ("الاثنين" ... "الاحد"; :mod:`marsad.core.calendar_words` spells them once)."""
RELATIVE_DAYS = frozenset({"اليوم", "امس", "البارحه", "الليله"})
"""One-word days told from the day of writing: today, yesterday, tonight."""
TOLD_DAY_WORDS = RELATIVE_DAYS | DAY_NAMES
"""A day told by one word, a weekday or a relative day ("أمس"، "اليوم"، "الخميس")."""
DEMONSTRATIVE_TIME_NOUNS = frozenset(normalize(w) for w in (
    "المرة", "الفترة", "الأيام", "الساعات", "الساعة", "الأثناء", "السنة", "السنوات", "الأعوام", "العقود", "الشهور",
    "الأوقات", "اللحظة", "الحرب", "الأشهر", "المرحلة"))
"""Nouns of a time or a spell that a demonstrative points at ("هذه المرة"، "تلك الفترة"، "هذه الأيام") and that
:func:`find_dates` does not read as a date: the time, not a thing ("قصفت الطائرات هذه المرة مواقع"). A span it reads
("هذا الأسبوع"، "هذا الشهر") is a date, a day part ("هذا الصباح") is in :data:`DAY_PARTS`."""
"""The parts of a day the date reader reads before a day ("صباح الأحد"), normalised and bare of "ال"."""
_PAST = r"(?:الماضيه|الماضي|المنصرمه|المنصرم|الفايته|الفايت|السابقه|السابق)"
_NEXT = r"(?:المقبله|المقبل|القادمه|القادم)"
_CURR = r"(?:الحالي|الجاري|نفسه|ذاته)"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_PFX = r"(?:و|ف|ب|ل|وب|وفي |في |وفي|منذ )?"

YEAR_REL = True
"""Switch: a day or a month told with "(من) العام الماضي/الحالي/المقبل" after it ("مارس من العام الماضي"،
"سبتمبر/أيلول العام الماضي") is in that year counted from publication (off: the month is read alone, in the year of
publication, and "العام الماضي" apart)."""
YEAR_MARK = True
"""Switch: a year written with the Gregorian mark م glued to it ("19 سبتمبر 2015م"، "عام 2016م") is that year (off: the
mark hides the year and the day is read in the year of publication)."""
_YQ = r"(?:\s+(?:من\s+)?(?:العام|السنه|عام)\s+(?P<yq>{p}|{n}|الحالي|الجاري))"


def _build(yrel: bool, ymark: bool) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns, with "(من) العام الماضي" after a month (``yrel``) and the mark م after a year (``ymark``)."""
    yq = _YQ.format(p=_PAST, n=_NEXT) if yrel else ""
    yq_or = "|" + yq if yrel else ""
    mk = "م?" if ymark else ""
    return [
    # 2021/9/5, 5/9/2021, 2021-09-05
    ("numeric", re.compile(rf"{_B}(?P<a>\d{{1,4}})[/\-.](?P<b>\d{{1,2}})[/\-.](?P<c>\d{{1,4}}){_E}")),
    # 27 / 12 / 2011م: spaced separators, a year with the Gregorian mark م (switch SPACED_NUMERIC)
    ("numeric_spaced", re.compile(rf"{_B}(?P<a>\d{{1,2}})\s*/\s*(?P<b>\d{{1,2}})\s*/\s*(?P<c>(?:19|20)\d\d)م?{_E}")),
    # [weekday] 18 شباط [فبراير] [عام] [2021] [الماضي]
    ("dmy", re.compile(
        rf"{_B}(?:(?P<wd>{_WD})\s+)?(?:{_PFX})?(?P<d>[0-3]?\d)\s*(?:من\s+)?(?P<m1>{_MON})(?:\s*[/\-\(]?\s*(?P<m2>{_MON})\s*\)?)?"
        rf"(?:\s+(?:من\s+)?(?:عام|العام|سنه|لعام)?\s*(?P<y>{_YEAR}){mk}{yq_or})?(?:\s+(?P<q>{_PAST}|{_NEXT}|{_CURR}))?{_E}")),
    # التاسع من الشهر الحالي / التاسع من شباط
    ("ord", re.compile(
        rf"{_B}(?<!كانون )(?<!تشرين )(?:{_PFX})?(?P<o>{_ORD})\s+(?:من\s+)?(?:(?:الشهر|شهر)\s+(?P<mq>{_PAST}|{_NEXT}|{_CURR})|(?P<m1>{_MON})"
        rf"(?:\s*[/\-\(]?\s*(?P<m2>{_MON})\s*\)?)?(?:\s+(?:عام|العام)?\s*(?P<y>{_YEAR}){mk}{yq_or})?){_E}")),
    # كانون الثاني يناير عام 2017 / شباط الماضي
    ("my", re.compile(
        rf"{_B}(?:شهر\s+)?(?P<m1>{_MON})(?:\s*[/\-\(]?\s*(?P<m2>{_MON})\s*\)?)?(?:\s+(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<y>{_YEAR}){mk}"
        rf"{yq_or}|\s+(?P<q>{_PAST}|{_NEXT}|{_CURR})){_E}")),
    # مطلع أبريل / أواخر شهر آذار / في كانون الثاني/يناير: a month with no year nor qualifier (switch BARE_MONTH)
    ("my_bare", re.compile(
        rf"{_B}(?P<cue>اواخر|اوايل|مطلع|بدايه|نهايه|منتصف|شهر|في|وفي|ففي|خلال)\s+(?:شهر\s+)?(?P<m1>{_MON})"
        rf"(?:\s*[/\-\(]?\s*(?P<m2>{_MON})\s*\)?)?{_E}(?!\s+(?:من\s+)?(?:العام|عام|السنه|سنه|لعام)(?![{_L}\w]))")),
    # عام 2017 / أواخر العام 2017 / مطلع 2020
    ("y", re.compile(rf"{_B}(?:(?:اواخر|اوايل|مطلع|بدايه|نهايه|منتصف|خلال|منذ|في)\s+)?(?:عام|العام|سنه|السنه)\s+(?P<y>{_YEAR}){mk}{_E}")),
    # الأسبوع الماضي، الشهر الماضي، العام الحالي
    ("period", re.compile(rf"{_B}(?:خلال\s+)?(?P<unit>الاسبوع|الشهر|العام|السنه|هذا الشهر|هذا العام|هذا الاسبوع)\s*(?P<q>{_PAST}|{_NEXT}|{_CURR})?{_E}")),
    # قبل يومين / قبل 3 ايام / قبل ايام / قبل اسبوع
    ("ago", re.compile(rf"{_B}(?:و|ف)?قبل\s+(?:(?P<n>\d{{1,2}}|{_alt(_SPAN_COUNTS)})\s+)?(?P<unit>يومين|يوم|ايام|اسبوعين|اسبوع|اسابيع|ساعات|ساعه|شهرين|شهر|اشهر){_E}")),
    # قبل 3 سنوات / قبل نحو أربعة أعوام / قبل عامين / قبل عام (not "قبل عام 2016"): a year back (switch YEARS_AGO)
    ("ago_years", re.compile(
        rf"{_B}(?:و|ف)?قبل\s+(?:(?:نحو|حوالي)\s+)?(?:(?P<n>\d{{1,2}}|{_alt(_SPAN_COUNTS)})\s+(?P<unit>سنوات|اعوام|عاما|سنه|عقود)"
        rf"(?!\s+(?:من|علي)(?![{_L}\w]))|(?P<one>عام|سنه|عامين|سنتين|عقدين)(?!\s*(?:\d|من|علي|كامل)))(?:\s+تقريبا)?{_E}")),
    # الجمعة الثانية من رمضان / العشر الأواخر من شهر رمضان [1436هـ] (switch RAMADAN)
    ("ramadan", re.compile(
        rf"{_B}(?:{_PFX})?(?:يوم\s+)?(?:(?P<wd>{_WD})\s+(?P<wo>{_alt(_WEEK_ORD)})|(?P<ten>{_alt(_TENS)}))\s+(?:من\s+)?"
        rf"(?:شهر\s+)?رمضان(?:\s+المبارك)?(?:\s+(?:لعام|عام|من عام)?\s*(?P<hy>14\d\d)\s*ه?)?{_E}")),
    # فجر اليوم / أمس السبت / غداً الأحد / يوم غد
    ("rel", re.compile(
        rf"{_B}(?:{_PFX})?(?:(?P<part>{_PART})\s+)?(?P<r>اول من امس|اول امس|امس الاول|يوم غد|اليوم|امس|البارحه|غدا|غد)"
        rf"(?:\s+(?P<wd>{_WD}))?{_E}")),
    # فجر الأحد / الثلاثاء الماضي / يوم الجمعة المقبل
    ("wd", re.compile(
        rf"{_B}(?:{_PFX})?(?:(?P<part>{_PART}|يوم)\s+)?(?:يوم\s+)?(?P<wd>{_WD})(?:\s+(?P<q>{_PAST}|{_NEXT}))?{_E}")),
    ]


_BUILT: dict[tuple[bool, bool], list[tuple[str, re.Pattern[str]]]] = {}


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    """The patterns for the switches as they stand (built once per setting)."""
    key = (YEAR_REL, YEAR_MARK)
    if key not in _BUILT:
        _BUILT[key] = _build(*key)
    return _BUILT[key]


_DIGIT_RE = re.compile(r"\d")
_MONTH_WORDS = tuple(MONTHS)
_WEEKDAY_WORDS = tuple(WEEKDAYS)
_ORDINAL_KEYS = tuple(w for w in _ORDINALS if not any(v != w and v in w for v in _ORDINALS))
"""The ordinals that hold no other ordinal ("الثاني" for "الثاني عشر" and "الثاني والعشرين"): a text holds an
ordinal exactly when it holds one of these (13 substring tests instead of 31 for every sentence)."""
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    # words a pattern's every match contains: each group needs one of its words ("0" stands for any digit)
    "numeric": (("0",),),
    "numeric_spaced": (("0",), ("/",)),
    "dmy": (("0",), _MONTH_WORDS),
    "ord": (_ORDINAL_KEYS, (*_MONTH_WORDS, "شهر")),
    "my": (_MONTH_WORDS, ("0", "الماضي", "المنصرم", "الفايت", "السابق", "المقبل", "القادم", "الحالي", "الجاري",
                          "نفسه", "ذاته")),  # a month and its year or qualifier
    "my_bare": (_MONTH_WORDS,),
    "y": (("0",), ("عام", "سنه")),
    "period": (("الاسبوع", "الشهر", "العام", "السنه"),),
    "ago": (("قبل",),),
    "ago_years": (("قبل",), ("عام", "اعوام", "سنه", "سنوات", "سنتين", "عقود", "عقدين")),
    "rel": (("اليوم", "امس", "البارحه", "غد"),),
    "wd": (_WEEKDAY_WORDS,),
    "ramadan": (("رمضان",),),
}
_CORES: dict[str, re.Pattern[str]] = {
    # a part every match of the pattern holds, found by a plain search (a pattern that opens with a look-behind is
    # tried at every character; these open with a letter or a digit, which the search skips to): a pattern whose
    # core the text lacks is not run
    "numeric": re.compile(r"\d[/\-.]\d"),
    "numeric_spaced": re.compile(r"\d\s*/\s*\d"),
    "y": re.compile(r"(?:عام|سنه)\s+(?:19|20)\d"),
    "ago": re.compile(r"قبل\s"),
    "ago_years": re.compile(r"قبل\s"),
    "ord": re.compile(rf"(?:{_ORD})\s+(?:من\s+)?(?:الشهر|شهر|{_MON})"),
    "rel": re.compile(r"(?:اليوم|امس|البارحه|غدا|غد)(?![^\W\d_])"),
}
SPACED_NUMERIC = True
"""Switch: a day/month/year date written with spaces around its slashes or with the Gregorian mark م after its year
(27 / 12 / 2011م) is a date; off, only the unspaced form without the mark is read."""
BARE_MONTH = True
"""Switch: a month named with no year nor qualifier is a date when a word of its part of the month or "شهر" stands
before it ("مطلع أبريل"، "أواخر شهر آذار"), or "في"/"خلال" with the month written in both calendars ("في كانون
الثاني/يناير") or by a name that is no everyday word ("في نوفمبر"); it is in the year of publication, or the year before
when it lies two months or more after publication's (the news tells it as past, like a bare day)."""
YEARS_AGO = True
"""Switch: "قبل 3 سنوات"، "قبل نحو أربعة أعوام"، "قبل عامين"، "قبل ثلاثة عقود"، "قبل عقدين" (a count of years or decades back from publication, with or without
"نحو"/"حوالي" before it) is an "ago" date of the year that many years before the year of publication; "قبل عام 2016"
is that year, "قبل عامين من الانتخابات" a span before another event (read by the attack dating as such), and "قبل أكثر
من عشر سنوات" no year. Before, no such span was read, so an incident told with it had no date of its own and could join
another past incident of a different year."""
_SPAN_COUNTS = {w: v for w, v in _NUMBER_WORDS.items() if 3 <= v <= 10}  # "ثلاث/ثلاثة" .. "عشر/عشرة" (days, hours, years back)
_SWITCHED = {"numeric_spaced": "SPACED_NUMERIC", "my_bare": "BARE_MONTH", "ramadan": "RAMADAN", "ago_years": "YEARS_AGO"}
_KIND = {"numeric_spaced": "numeric", "my_bare": "my", "ago_years": "ago"}  # the kind a mention found by an added pattern is told as
_PART_CUES = frozenset({"اواخر", "اوايل", "مطلع", "بدايه", "نهايه", "منتصف", "شهر"})
_EVERYDAY_MONTHS = frozenset({"اب", "مارس", "ماي", "اوت"})  # month names that are also common words
_LEAD_RE = re.compile(r"(?:وفي|في|منذ|و|ف|ب|ل)\s*(?=\S)")
WEEKDAY_PLACE = True
"""Switch: a weekday's name right after a noun of a market, a valley, a street or a square ("سوق الخميس"، "وادي
الجمعة"، "شارع السبت") names a place, not a day (a day told there has "يوم" or a part of the day: "سوق المدينة يوم
الخميس")."""
_PLACE_HEADS = frozenset({"سوق", "وسوق", "بسوق", "لسوق", "وادي", "ووادي", "بوادي", "شارع", "وشارع", "بشارع", "ميدان",
                          "بميدان", "ساحه", "بساحه", "جسر", "بجسر", "سوقي", "منطقه", "بمنطقه", "حي", "بحي", "مديريه"})
"""Normalised place nouns a weekday may name ("سوق الخميس", "منطقة سوق الجمعة")."""


_NAMED_DAY_WORDS = frozenset({w.split()[0] for w in _ORDINALS} | {
    "الاخير", "التالي", "السابق", "نفسه", "ذاته", "عينه", "الوطني", "العالمي", "الدولي"})
"""Words after a bare "اليوم" that make it a day named by its order or its kind ("اليوم الأخير من شهر رمضان"،
"في اليوم التالي"، "في اليوم نفسه"، "اليوم الوطني"), not today."""


def _named_day(norm: str, m: re.Match[str]) -> bool:
    """True when the relative day ``m`` is a bare "اليوم" (no weekday, no part of the day) followed by a word of
    :data:`_NAMED_DAY_WORDS`."""
    if m.group("r") != "اليوم" or m.group("wd") or m.group("part"):
        return False
    nxt = norm[m.end():m.end() + 16].split(maxsplit=1)
    return bool(nxt) and nxt[0].strip("،,.") in _NAMED_DAY_WORDS


def _place_weekday(norm: str, s: int, m: re.Match[str]) -> bool:
    """True when the weekday match at ``s`` is the weekday alone (no prefix, no "يوم" or part of the day) and the
    word before it is a place noun of :data:`_PLACE_HEADS`."""
    if not WEEKDAY_PLACE or m.group("part") or norm[s:m.start("wd")].strip():
        return False
    before = norm[max(0, s - 12):s].split()
    return bool(before) and before[-1] in _PLACE_HEADS


def _month_word_in(norm: str) -> bool:
    """True when a month's name stands in ``norm`` where a pattern's month (``m1``) can: no letter right before it,
    and after it no letter, unless another month's name follows at once. Every match of a pattern that needs a
    month holds one so placed; a month's name inside another word ("اب" in "الارهاب"، "ابو") is none."""
    for w in _MONTH_WORDS:  # noqa: SIM110  (a loop: no generator frame per text)
        if w in norm and _MONTH_AT[w].search(norm) is not None:
            return True
    return False


def _word_in(norm: str, words: tuple[str, ...]) -> bool:
    """True when one of ``words`` stands in ``norm`` with no letter right after it (a weekday's name: "الاحد" in
    "الاحداث" is none). A weekday pattern's every match ends its weekday at a word's end or before a space."""
    for w in words:  # noqa: SIM110  (a loop: no generator frame per text)
        if w in norm and _WORD_END[w].search(norm) is not None:
            return True
    return False


_LETTER = r"[^\W\d_]"
_MONTH_AT = {w: re.compile(rf"{re.escape(w)}(?<!{_LETTER}{re.escape(w)})(?:(?!{_LETTER})|(?={_MON}))") for w in MONTHS}
"""Each month's name with no letter before it and none after it unless a month's name follows (the search finds
the name itself first, then tests around it)."""
_WORD_END = {w: re.compile(rf"{re.escape(w)}(?!{_LETTER})") for w in WEEKDAYS}


def _may_match(kind: str, norm: str, has_digit: bool, seen: dict[int, bool] | None = None) -> bool:
    """False when ``norm`` lacks a word every match of the pattern holds (the pattern is then not run).

    ``seen``: the answers for word groups already asked of this text (keyed by the group's id), as several
    patterns need the same group (the month names): each group is looked for once per text.
    """
    for group in _NEEDS[kind]:
        found = seen.get(id(group)) if seen is not None else None
        if found is None:
            if group is _MONTH_WORDS:
                found = _month_word_in(norm)
            elif group is _WEEKDAY_WORDS:
                found = _word_in(norm, group)
            else:
                found = False
                for w in group:
                    if (has_digit if w == "0" else w in norm):
                        found = True
                        break
            if seen is not None:
                seen[id(group)] = found
        if not found:
            return False
    return True


@dataclass
class DateMention:
    """A date expression found in normalised text.

    Attributes:
        kind: which pattern found it (``dmy``, ``my``, ``y``, ``rel``, ``wd``, ``ord``, ...).
        start: start offset in the normalised text searched.
        end: end offset in the normalised text searched.
        parts: what the text fixes: ``day``, ``month``, ``year``, ``weekday``, ``rel_days``,
            ``qualifier`` (past/next/current), ``unit``/``n`` for periods and "ago".
    """

    kind: str
    start: int
    end: int
    parts: dict = field(default_factory=dict)

    @property
    def explicit(self) -> bool:
        """True when the text itself fixes at least a year (no publication date needed)."""
        return self.parts.get("year") is not None


@dataclass(frozen=True)
class ResolvedDate:
    """An ISO date (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or None) and its precision."""

    iso: str | None
    precision: str  # day | month | year | unknown
    inferred: bool = False  # resolved through another date in the same text, not the publication date


UNKNOWN = ResolvedDate(None, "unknown")


def _qual(q: str | None) -> str | None:
    if not q:
        return None
    if re.fullmatch(_PAST, q):
        return "past"
    if re.fullmatch(_NEXT, q):
        return "next"
    return "current"


def _month(m1: str | None, m2: str | None) -> int | None:
    if m1 and MONTHS.get(m1):
        return MONTHS[m1]
    return MONTHS.get(m2) if m2 else None


def find_dates(norm: str) -> list[DateMention]:
    """Date expressions in normalised text (non-overlapping, in text order).

    Args:
        norm: text normalised with :func:`marsad.core.arabic.normalize` (or the normalised
            string of :func:`marsad.core.arabic.normalize_with_offsets`).

    Returns:
        The mentions; earlier patterns in the list (explicit dates) win over later ones.
    """
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    has_digit = _DIGIT_RE.search(norm) is not None
    seen: dict[int, bool] = {}
    for kind, pattern in _patterns():
        if not _may_match(kind, norm, has_digit, seen) or (kind in _SWITCHED and not globals()[_SWITCHED[kind]]):
            continue
        core = _CORES.get(kind)
        if core is not None and core.search(norm) is None:
            continue
        for m in pattern.finditer(norm):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "wd" and _place_weekday(norm, s, m):
                continue  # "سوق الخميس": a place's name
            if kind == "rel" and _named_day(norm, m):
                continue  # "في اليوم الأخير من شهر رمضان": a day named by its order, not today
            parts = _parts(kind, m)
            if parts is None:
                continue
            taken.append((s, e))
            lead = _LEAD_RE.match(norm[s:e]) if kind not in {"rel", "wd"} else None
            if lead and (kind != "dmy" or not norm[s:e][0].isdigit()):
                s += lead.end() if norm[s + lead.end() - 1] == " " or lead.group().strip() in {"في", "وفي", "منذ"} else 0
            out.append(DateMention(_KIND.get(kind, kind), s, e, parts))
    out.sort(key=lambda d: d.start)
    if WEEKDAY_AGREEING and len(out) > 1:
        out = [m for k, m in enumerate(out) if not _agreeing_weekday(norm, m, out[k + 1] if k + 1 < len(out) else None)]
    return out


WEEKDAY_AGREEING = True
"""Switch: a weekday followed by "الموافق" or an opening parenthesis and then a full date ("يوم الخميس الموافق (9 أكتوبر
2014م)"، "يوم الأحد (11 /02 /2019م)") is told by that date: the weekday is no date of its own (before, it was read
as the publication week's weekday, apart from its date)."""
_AGREEING_GAP = re.compile(r"\s*(?:الموافق|الموافقه)?\s*\(?\s*")


def _agreeing_weekday(norm: str, m: DateMention, nxt: DateMention | None) -> bool:
    """True when ``m`` is a bare weekday that the full date ``nxt`` follows with only "الموافق" or "(" between."""
    if m.kind != "wd" or nxt is None or nxt.kind not in {"dmy", "numeric"} or not nxt.parts.get("year"):
        return False
    return _AGREEING_GAP.fullmatch(norm[m.end:nxt.start]) is not None


def _parts(kind: str, m: re.Match[str]) -> dict | None:
    g = m.groupdict()
    if kind in {"numeric", "numeric_spaced"}:
        a, b, c = int(g["a"]), int(g["b"]), int(g["c"])
        if len(g["a"]) == 4:
            y, mo, d = a, b, c
        elif len(g["c"]) == 4:
            y, mo, d = c, b, a
        else:
            return None
        if not (1950 <= y <= 2049 and 1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return {"day": d, "month": mo, "year": y}
    if kind == "dmy":
        d = int(g["d"])
        if not 1 <= d <= 31:
            return None
        # a bare month word that is also a common word (اب = father, مارس = practised) needs support
        month = _month(g["m1"], g.get("m2"))
        return {"day": d, "month": month, "year": int(g["y"]) if g.get("y") else None,
                "weekday": WEEKDAYS.get(g["wd"]) if g.get("wd") else None, "qualifier": _qual(g.get("q")),
                "year_rel": _qual(g.get("yq"))}
    if kind == "ord":
        d = _ORDINALS[g["o"]]
        if g.get("mq"):
            return {"day": d, "month_rel": _qual(g["mq"])}
        return {"day": d, "month": _month(g["m1"], g.get("m2")), "year": int(g["y"]) if g.get("y") else None,
                "year_rel": _qual(g.get("yq"))}
    if kind == "my":
        if g["m1"] in {"اب", "مارس", "ماي", "اوت"} and not (g.get("m2") or g.get("y") or g.get("q") or g.get("yq")):
            return None
        return {"month": _month(g["m1"], g.get("m2")), "year": int(g["y"]) if g.get("y") else None,
                "qualifier": _qual(g.get("q")), "year_rel": _qual(g.get("yq"))}
    if kind == "my_bare":
        if g["cue"] not in _PART_CUES and not g.get("m2") and g["m1"] in _EVERYDAY_MONTHS:
            return None  # "في مارس" may be a verb ("practised"); "في اب" a father
        return {"month": _month(g["m1"], g.get("m2")), "year": None, "qualifier": None, "year_rel": None, "bare": True}
    if kind == "y":
        return {"year": int(g["y"])}
    if kind == "period":
        unit = g["unit"].replace("هذا ", "")
        q = _qual(g.get("q")) or ("current" if g["unit"].startswith("هذا") else None)
        if q is None:
            return None
        return {"unit": {"السنه": "العام"}.get(unit, unit), "qualifier": q}
    if kind == "ago":
        unit = g["unit"]
        n = g.get("n")
        count = int(n) if n and n.isdigit() else _SPAN_COUNTS.get(n or "")
        return {"unit": unit, "n": count}
    if kind == "ago_years":
        one = g.get("one")
        n = {"عام": 1, "سنه": 1, "عامين": 2, "سنتين": 2, "عقدين": 20}[one] if one else (
            int(g["n"]) if g["n"].isdigit() else _SPAN_COUNTS[g["n"]]) * (10 if g["unit"] == "عقود" else 1)
        return {"unit": "عام", "n": n, "years": n}
    if kind == "rel":
        return {"rel_days": _REL_DAY[g["r"]], "weekday": WEEKDAYS.get(g["wd"]) if g.get("wd") else None,
                "part": g.get("part")}
    if kind == "wd":
        return {"weekday": WEEKDAYS[g["wd"]], "qualifier": _qual(g.get("q")), "part": g.get("part")}
    if kind == "ramadan":
        hy = int(g["hy"]) if g.get("hy") else None
        if g.get("ten"):
            return {"ten": _TENS[re.sub(r"\s+", " ", g["ten"])], "hijri_year": hy}
        return {"weekday": WEEKDAYS[g["wd"]], "week_ord": _WEEK_ORD[g["wo"]], "hijri_year": hy}
    return None


def parse_published(value: str | None) -> dt.date | None:
    """The publication date as a :class:`datetime.date` (ISO ``YYYY-MM-DD...``), or None."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def weekday_anchors(mentions: list[DateMention]) -> dict[int, dt.date]:
    """Weekday -> date, from explicit full dates written with their weekday ("الأحد 5 أيلول 2021").

    A weekday written twice with different dates is dropped (ambiguous).
    """
    anchors: dict[int, dt.date] = {}
    bad: set[int] = set()
    for m in mentions:
        p = m.parts
        if m.kind == "dmy" and p.get("weekday") is not None and p.get("year") and p.get("month"):
            try:
                day = dt.date(p["year"], p["month"], p["day"])
            except ValueError:
                continue
            if day.weekday() != p["weekday"]:
                continue
            if p["weekday"] in anchors and anchors[p["weekday"]] != day:
                bad.add(p["weekday"])
            anchors[p["weekday"]] = day
    return {k: v for k, v in anchors.items() if k not in bad}


NEXT_DAY_EDITION = True
"""Switch: a text that names today's or yesterday's weekday ("اليوم الجمعة"، "أمس الخميس") other than the one its
publication date gives (a print edition dated the day after the news was written, or a text filed days later) was
written on the day so named: a bare "اليوم"، "أمس"، "غدا" or weekday in it counts from that day, not from
publication (:func:`writing_day`)."""


def writing_day(mentions: list[DateMention], published: dt.date | None) -> dt.date | None:
    """The day a text was written, when its first day mention is "اليوم <weekday>" / "أمس <weekday>" and all such
    mentions name one day before ``published`` (the latest such weekday on or before it); else ``published``.
    (A text that opens with a bare weekday, "توعد الرئيس، الثلاثاء، ..." and later quotes "بيان صدر اليوم الأحد", is
    an online story put together from earlier wires: its days count from publication.)"""
    if not NEXT_DAY_EDITION or published is None:
        return published
    first = next((m for m in mentions if m.kind in {"rel", "wd"}), None)
    if first is None or first.kind != "rel" or first.parts.get("weekday") is None:
        return published  # the text's first day is a bare one ("توعد الرئيس، الثلاثاء، ..."): the publication's
    days = set()
    for m in mentions:
        p = m.parts
        if m.kind == "rel" and p.get("weekday") is not None and p["rel_days"] in (0, -1):
            named = published + dt.timedelta(days=p["rel_days"])
            named -= dt.timedelta(days=(named.weekday() - p["weekday"]) % 7)
            days.add(named - dt.timedelta(days=p["rel_days"]))
    if len(days) != 1:
        return published
    return days.pop()


def _cover(first: dt.date, last: dt.date) -> ResolvedDate:
    """The most precise ISO form covering the whole range [first, last]."""
    if first == last:
        return ResolvedDate(first.isoformat(), "day")
    if (first.year, first.month) == (last.year, last.month):
        return ResolvedDate(f"{first.year:04d}-{first.month:02d}", "month")
    if first.year == last.year:
        return ResolvedDate(f"{first.year:04d}", "year")
    return UNKNOWN


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve(mention: DateMention, published: dt.date | None, anchors: dict[int, dt.date] | None = None) -> ResolvedDate:
    """Resolve a date mention to an ISO date and a precision.

    Args:
        mention: from :func:`find_dates`.
        published: the publication date, or None when unknown.
        anchors: weekday -> date fixed elsewhere in the same text (see :func:`weekday_anchors`);
            used for a bare weekday when there is no publication date.

    Returns:
        The resolved date; ``ResolvedDate(None, "unknown")`` when the text and the
        publication date together do not fix it.
    """
    p = mention.parts
    k = mention.kind
    p_day = p.get("day")
    month = p.get("month")
    year = p.get("year")
    if year is None and published is not None and p.get("year_rel"):
        # "15 أبريل من العام الماضي": the year counted from publication's
        year = published.year + {"past": -1, "next": 1}.get(p["year_rel"], 0)
    if k in {"numeric", "dmy", "ord"} and month and p_day:
        if year is None and published is not None:
            year = published.year
            candidate = _safe_date(year, month, p_day)
            q = p.get("qualifier")
            if candidate is not None:
                if q == "past" and candidate > published:
                    year -= 1
                elif q == "next" and candidate < published:
                    year += 1
                elif q is None and (candidate - published).days > 31:
                    year -= 1
        if year is None:
            return UNKNOWN
        day = _safe_date(year, month, p_day)
        return ResolvedDate(day.isoformat(), "day") if day else UNKNOWN
    if k == "ord" and p.get("month_rel"):
        if published is None:
            return UNKNOWN
        y, mo = published.year, published.month
        if p["month_rel"] == "past":
            y, mo = (y - 1, 12) if mo == 1 else (y, mo - 1)
        elif p["month_rel"] == "next":
            y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
        day = _safe_date(y, mo, p_day)
        return ResolvedDate(day.isoformat(), "day") if day else UNKNOWN
    if k == "my" and month:
        if year is None:
            if published is None:
                return UNKNOWN
            year = published.year
            q = p.get("qualifier")
            if q == "past" and month >= published.month:
                year -= 1
            elif q == "next" and month <= published.month:
                year += 1
            elif q is None and p.get("bare") and month - published.month >= 2:
                year -= 1  # "في نوفمبر" told in February: last November
        return ResolvedDate(f"{year:04d}-{month:02d}", "month")
    if k == "y":
        return ResolvedDate(f"{year:04d}", "year")
    if k == "rel":
        if published is None:
            return UNKNOWN
        day = published + dt.timedelta(days=p["rel_days"])
        wd = p.get("weekday")
        if wd is not None and p["rel_days"] <= 0 and day.weekday() != wd:
            # "اليوم الاثنين" in a file dated Tuesday: the named weekday wins (latest on or before that day)
            day -= dt.timedelta(days=(day.weekday() - wd) % 7)
        return ResolvedDate(day.isoformat(), "day")
    if k == "wd":
        wd, q = p["weekday"], p.get("qualifier")
        if published is None:
            if anchors and wd in anchors and q is None:
                return ResolvedDate(anchors[wd].isoformat(), "day", inferred=True)
            return UNKNOWN
        back = (published.weekday() - wd) % 7
        if q == "past":
            back = back or 7
        elif q == "next":
            fwd = (wd - published.weekday()) % 7 or 7
            return ResolvedDate((published + dt.timedelta(days=fwd)).isoformat(), "day")
        return ResolvedDate((published - dt.timedelta(days=back)).isoformat(), "day")
    if k == "ramadan":
        return _ramadan(p, published)
    if k == "period":
        if published is None:
            return UNKNOWN
        unit, q = p["unit"], p["qualifier"]
        shift = {"past": -1, "next": 1, "current": 0}[q]
        if unit == "الاسبوع":
            monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
            return _cover(monday, monday + dt.timedelta(days=6))
        if unit == "الشهر":
            y, mo = published.year, published.month + shift
            if mo == 0:
                y, mo = y - 1, 12
            elif mo == 13:
                y, mo = y + 1, 1
            return ResolvedDate(f"{y:04d}-{mo:02d}", "month")
        return ResolvedDate(f"{published.year + shift:04d}", "year")
    if k == "ago":
        if published is None:
            return UNKNOWN
        if "years" in p:  # "قبل 3 سنوات" told in 2015: the year 2012 (no year for a count of 0 or past year 1)
            if not 0 < p["years"] < published.year:
                return UNKNOWN
            return ResolvedDate(f"{published.year - p['years']:04d}", "year")
        unit, n = p["unit"], p.get("n")
        days = {"يوم": 1, "يومين": 2, "اسبوع": 7, "اسبوعين": 14, "شهر": 30, "شهرين": 60}.get(unit)
        if unit in {"ساعات", "ساعه"}:
            return ResolvedDate(published.isoformat(), "day")
        if n and unit == "ايام":
            days = n
        if days is not None and unit in {"يوم", "يومين"} or (n and unit == "ايام"):
            return ResolvedDate((published - dt.timedelta(days=days)).isoformat(), "day")
        if days is not None:
            return _cover(published - dt.timedelta(days=days + days // 7 + 1), published - dt.timedelta(days=max(1, days - days // 7 - 1)))
        span = {"ايام": (2, 9), "اسابيع": (14, 35), "اشهر": (60, 150)}.get(unit, (2, 9))
        return _cover(published - dt.timedelta(days=span[1]), published - dt.timedelta(days=span[0]))
    return UNKNOWN


def _ramadan(p: dict, published: dt.date | None) -> ResolvedDate:
    """A weekday or ten days of Ramadan (:data:`RAMADAN`): the Hijri year written, else the latest Ramadan begun on
    or before publication; a day when a first day one day off either way gives the same answer, among the readings
    that fall on or before publication ("الجمعة الأخيرة من رمضان" told on that Friday: with a first day
    a day later and a month of 30 days the last Friday would fall a week after the news)."""
    hy = p.get("hijri_year")
    if hy is None:
        if published is None:
            return UNKNOWN
        begun = [h for h, ymd in RAMADAN_FIRST.items() if dt.date(*ymd) - dt.timedelta(days=1) <= published]
        hy = max(begun) if begun else None
    if hy not in RAMADAN_FIRST:
        return UNKNOWN
    first = dt.date(*RAMADAN_FIRST[hy])
    spans = []
    for shift in (-1, 0, 1):
        start = first + dt.timedelta(days=shift)
        if p.get("ten"):
            a, b = p["ten"]
            spans.append((start + dt.timedelta(days=a), start + dt.timedelta(days=b)))
            continue
        wd, n = p["weekday"], p["week_ord"]
        if n > 0:
            day = start + dt.timedelta(days=(wd - start.weekday()) % 7 + 7 * (n - 1))
            spans.append((day, day))
        else:
            for length in (29, 30):  # the last such weekday of a month of 29 or 30 days
                last = start + dt.timedelta(days=length - 1)
                day = last - dt.timedelta(days=(last.weekday() - wd) % 7)
                spans.append((day, day))
    if published is not None and any(a <= published for a, _ in spans):
        spans = [sp for sp in spans if sp[0] <= published]  # news tells a day past or today: a later reading is none
    lo, hi = min(a for a, _ in spans), max(b for _, b in spans)
    if all(sp == spans[0] for sp in spans) and spans[0][0] == spans[0][1]:
        return ResolvedDate(spans[0][0].isoformat(), "day")
    if (lo.year, lo.month) == (hi.year, hi.month):
        return ResolvedDate(f"{lo.year:04d}-{lo.month:02d}", "month")
    return ResolvedDate(f"{lo.year:04d}", "year") if lo.year == hi.year else UNKNOWN


def resolve_text(text: str, published: dt.date | None = None) -> list[tuple[str, ResolvedDate]]:
    """Convenience: every date expression of raw ``text`` with its resolution (for tests and debugging)."""
    norm = normalize(text)
    mentions = find_dates(norm)
    anchors = weekday_anchors(mentions)
    return [(norm[m.start:m.end], resolve(m, published, anchors)) for m in mentions]
