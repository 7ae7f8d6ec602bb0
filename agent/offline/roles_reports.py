"""What a force's own report tells it suffered, found or looks into, not did.

"أعلنت الشرطة أنها عثرت على جثث ..."، "قالت القوات إنها تعرضت لهجوم" and "أعلنت الشرطة أنها تحقق في هجوم" put
the event's word right after the speaker's "إنها", as "أعلن التنظيم أنه خطف عاملين" does, but the speaker came
under the attack, found its dead or investigates it: it is no doer. :func:`suffered` tells those words
(``own_report_not_acts``: verbs of coming under an attack, of finding or recovering bodies, the bodies' nouns,
verbs of investigating) for ``roles_subjects._own_report`` (switch ``SUFFERED_REPORT``).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.context import bare_in

__all__ = ["SUFFERED_REPORT", "suffered"]

SUFFERED_REPORT = True
"""Switch (on; off only to measure it): a speaker's report of an attack it came under, or of bodies it found,
does not make it the doer."""
_NOT_ACTS = rules.words("roles", "own_report_not_acts")


def suffered(words: list[str], lo: int, hi: int) -> bool:
    """True when a word of ``words[lo:hi]`` tells the speaker came under the attack, found bodies or
    investigates."""
    return SUFFERED_REPORT and any(bare_in(w, _NOT_ACTS) for w in words[lo:hi])
