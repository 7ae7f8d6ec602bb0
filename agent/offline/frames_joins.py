"""Frames: when a toll told after an event word joins that event's frame, and when it does not.

A toll told with "تسبب" ("، ما تسبب في مقتل 7 مسلحين") is the event's consequence, as with "أسفر"/"أدى" (before,
it joined no frame and stood alone as a killing, dropped when it counted militants); a toll told after a foiled plot,
set off by a comma, is not that plot's.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import bare_in

__all__ = ["caused_word", "foiled_before"]

CAUSED_CONSEQUENCE = True
"""Module switch (A/B measurement): "تسبب"/"تسببت" (and their duals) before a toll tell it as a consequence, as
"أسفر"/"أدى" do ("قصفت الطائرات مواقع للتنظيم، ما تسبب في مقتل 7 مسلحين": the strike's toll)."""
_CAUSED = rules.words("frames", "consequence_caused")


def caused_word(form: str) -> bool:
    """True for a form of "تسبب" (:data:`CAUSED_CONSEQUENCE`)."""
    return CAUSED_CONSEQUENCE and form in _CAUSED


FOILED_APART = True
"""Module switch (A/B measurement) of :func:`foiled_before`."""
_FOILED = rules.words("attacks", "threat_or_foiled")
_FOILED_REACH = 12


def foiled_before(words: list[str], event_i: int, comma_between: bool) -> bool:
    """True when the event word at ``event_i`` is told as a foiled plot or a threat ("أعلنت القيادة إحباط محاولة
    للتنظيم كانت تستهدف مبنى المحكمة بسيارة مفخخة، مشيرة إلى مقتل 9 من عناصره شمال المدينة"): a toll told after it,
    not as its consequence, is another event's (a raid's result told with the news) and does not join its frame
    on nearness alone; the plot stays a threat with no toll. Only a toll set off by a comma ("خطط لتفجير البوابة
    وقتل الحراس": the killing is the plot's own, and no toll)."""
    return FOILED_APART and comma_between \
        and any(bare_in(w, _FOILED) for w in words[max(0, event_i - _FOILED_REACH):event_i])
