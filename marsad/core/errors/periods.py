"""The errors of a period's bounds (not a date; start after end), named as each front end writes them, and a
period told in Arabic words."""

from __future__ import annotations

from marsad.core.errors.base import FIX_AR, LRI, PDI, PeriodError

#: How each front end names a period's two bounds, so an error names what its caller wrote: the command line's flags,
#: the Python API's keyword arguments (also the app's ``/ask`` and ``/search`` endpoints), the app's chat fields.
PERIOD_BOUND_NAMES = {"cli": ("--since", "--until"), "api": ("since", "until"), "app": ("Since", "Until"),
                      "events_tab": ("From", "To")}


#: The app's fields by their Arabic labels (the chat's "Since · من", "Until · حتى"; the Events tab's "From · من",
#: "To · إلى"), for an error told in Arabic.
PERIOD_BOUND_NAMES_AR = {"app": ("«من»", "«حتى»"), "events_tab": ("«من»", "«إلى»")}


def _bound_written(caller: str, side: int, value: str) -> str:
    """A bound as its caller wrote it: ``--since 2015-06`` (cli), ``since='2015-06'`` (api), ``Since 2015-06`` (app),
    ``From 2015-06`` (the app's Events tab)."""
    name = PERIOD_BOUND_NAMES.get(caller, PERIOD_BOUND_NAMES["cli"])[side]
    return f"{name}={value!r}" if caller == "api" else f"{name} {value}"


def bad_period_bound(caller: str, side: int, value: str, language: str = "en") -> PeriodError:
    """The one error of a period bound that is not a date (``side`` 0: since, 1: until), named as ``caller``
    (a key of :data:`PERIOD_BOUND_NAMES`) wrote it; in Arabic for ``language`` "ar" in the app, naming its fields by
    their Arabic labels (an Arabic question is told its error in Arabic), and with its Arabic
    (:attr:`PeriodError.arabic`) for the app in either."""
    arabic = None
    if caller in PERIOD_BOUND_NAMES_AR:
        name = PERIOD_BOUND_NAMES_AR[caller][side]
        arabic = PeriodError(f"{name} {LRI}{value!r}{PDI} ليس تاريخا",
                             hint=f"اكتب {name} على صورة YYYY أو YYYY-MM أو YYYY-MM-DD، مثلا {LRI}2015-06{PDI}",
                             fix_label=FIX_AR)
        if language == "ar":
            return arabic
    name = PERIOD_BOUND_NAMES.get(caller, PERIOD_BOUND_NAMES["cli"])[side]
    shown = f"{name}={value!r}" if caller == "api" else f"{name} {value!r}"
    return PeriodError(f"{shown} is not a date", arabic=arabic,
                       hint=f"write {name} as YYYY, YYYY-MM or YYYY-MM-DD, e.g. {_bound_written(caller, side, '2015-06')}")


def period_reversed(caller: str, since: str, until: str, language: str = "en") -> PeriodError:
    """The one error of a period whose start is after its end, named as ``caller`` wrote the two bounds (in Arabic
    for ``language`` "ar" in the app, and with its Arabic for the app in either, as :func:`bad_period_bound`)."""
    arabic = None
    if caller in PERIOD_BOUND_NAMES_AR:
        first, last = PERIOD_BOUND_NAMES_AR[caller]
        arabic = PeriodError(f"{first} {LRI}{since}{PDI} بعد {last} {LRI}{until}{PDI}: لا تاريخ في هذه المدة",
                             hint="بدّل التاريخين، أو احذف أحدهما", fix_label=FIX_AR)
        if language == "ar":
            return arabic
    return PeriodError(f"{_bound_written(caller, 0, since)} is after {_bound_written(caller, 1, until)}: "
                       "no date is in that period", hint="swap the two dates, or drop one of them", arabic=arabic)


def describe_period_ar(since: str | None, until: str | None) -> str:
    """A period's bounds in Arabic words (dates stay as written): "في 2015-06", "من 2015-06 حتى 2015-07"."""
    if since and since == until:
        return f"في {since}"
    return " ".join(([f"من {since}"] if since else []) + ([f"حتى {until}"] if until else []))
