"""A publication period to search within: ``--since`` / ``--until`` as a year, a month or a day.

An analyst asks for "the Kirkuk attacks of June 2015", not for every article that ever named
Kirkuk. Bounds are inclusive and as coarse as written: ``--until 2015-06`` keeps the whole of
June. Documents are compared on their ISO ``published`` date (``YYYY-MM-DD``, as the loaders
store it); a document without a readable date lies outside every period.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from marsad.core.arabic import ascii_digits
from marsad.core.errors import bad_period_bound, period_reversed

__all__ = ["Period", "date_span", "day_number", "parse_period"]

_BOUND = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)
"""A date as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` in ASCII digits (Arabic-Indic and Persian ones are made ASCII before
it is matched; any other script's digits are no date)."""
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclasses.dataclass(frozen=True)
class Period:
    """Inclusive bounds, each ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (None: open on that side)."""

    since: str | None = None
    until: str | None = None

    def contains(self, published: str | None) -> bool:
        """Whether a document published on ``published`` (ISO date, or None) falls in the period."""
        day = day_number(published)
        low, high = self.day_range()
        return day > 0 and low <= day <= high

    def holds(self, date: str | None) -> bool:
        """Whether a date told as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (an incident's date, as precise as its
        article) is known to lie in the period: all of its span is inside. "2015-06" is in June 2015 and in 2015,
        not in "since 2015-06-10" (its day is unknown); a missing or malformed date is in no period."""
        span = date_span(date)
        low, high = self.day_range()
        return span is not None and low <= span[0] and span[1] <= high

    def day_range(self) -> tuple[int, int]:
        """The period as inclusive ``YYYYMMDD`` integers (a month's upper bound is its day 99): :func:`day_number`
        of every date inside it lies between them."""
        low = int((self.since or "0000").replace("-", "").ljust(8, "0"))
        high = int((self.until or "9999").replace("-", "").ljust(8, "9"))
        return low, high

    def last_day(self) -> dt.date | None:
        """The period's last day (the end of a month or a year written as such); None when it is open-ended."""
        if not self.until:
            return None
        year, month, day = (int(x) for x in (self.until.split("-") + ["0", "0"])[:3])
        if not month:
            return dt.date(year, 12, 31)
        if not day:
            following = dt.date(year + month // 12, month % 12 + 1, 1)
            return following - dt.timedelta(days=1)
        return dt.date(year, month, day)

    def describe(self) -> str:
        """The period in words, for messages: "from 2015-06 to 2015-07-15", "in 2015-06"."""
        if self.since and self.since == self.until:
            return f"in {self.since}"
        parts = ([f"from {self.since}"] if self.since else []) + ([f"to {self.until}"] if self.until else [])
        return " ".join(parts)


def _real(m: re.Match[str]) -> bool:
    """Whether a :data:`_BOUND` match names a day, month or year of the calendar."""
    try:
        dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return False
    return True


def date_span(date: str | None) -> tuple[int, int] | None:
    """The inclusive ``YYYYMMDD`` days a date told as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` covers (its digits ASCII,
    Arabic-Indic or Persian), as :meth:`Period.day_range`; None when it is missing or no such date, or names a month or
    a day no calendar has ("2018-13", "2018-06-31": an event dated so lies in no period, as such a bound is refused)."""
    text = ascii_digits((date or "").strip())
    m = _BOUND.match(text)
    if m is None or not _real(m):
        return None
    return Period(text, text).day_range()


def day_number(published: str | None) -> int:
    """An ISO publication date as ``YYYYMMDD`` (0 when it is missing or not ISO: outside every period)."""
    if not published or not _ISO_DAY.match(published):
        return 0
    return int(published[:10].replace("-", ""))


def _bound(value: str | None, caller: str, side: int, language: str = "en") -> str | None:
    if value is None or not value.strip():
        return None
    text = ascii_digits(value.strip())  # "٢٠١٨-٠٦" (as the app's Arabic fields invite) is the date "2018-06"
    m = _BOUND.match(text)
    if m is None or not _real(m):  # "2018-13", "2018-06-31": no such month or day
        raise bad_period_bound(caller, side, value, language)
    return text


def parse_period(since: str | None = None, until: str | None = None, *, caller: str = "cli",
                 language: str = "en") -> Period | None:
    """The period two bounds name, or None when neither is given.

    Args:
        since, until: the bounds as written.
        caller: who wrote them, for the error's wording (:data:`~marsad.core.errors.PERIOD_BOUND_NAMES`): "cli"
            (``--since``), "api" (``since=``), "app" (the chat's Since field).
        language: the language of the question the period goes with; "ar" words the app's errors in Arabic
            (:data:`~marsad.core.errors.PERIOD_BOUND_NAMES_AR`).

    Raises:
        ConfigError: a bound is not ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (ASCII, Arabic-Indic or Persian digits, read
            as ASCII), or ``since`` is after ``until`` (on their days: "2018-06" is not after "2018").
    """
    low, high = _bound(since, caller, 0, language), _bound(until, caller, 1, language)
    if low is None and high is None:
        return None
    # reversed when even the earliest day of ``since`` is after the last of ``until``
    if low is not None and high is not None and Period(low, low).day_range()[0] > Period(high, high).day_range()[1]:
        raise period_reversed(caller, low, high, language)
    return Period(low, high)
