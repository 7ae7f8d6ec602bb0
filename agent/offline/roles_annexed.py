"""What a verbal noun's annexed actor reaches past the frame's cut.

A sentence with two attack words is cut into frames midway between them, with no regard to the noun phrases:
"عقب استهداف طيران التحالف مبنى الوزارة بغارتين" is cut right after the force annexed to "استهداف", so the
object that shows the force to be the doer ("مبنى") lies in the next frame. :func:`masdar_end` lets the verbal
noun's reader (``roles_subjects._masdar_subject``) look at the word right after the force when the cut falls
there and no clause break does, and :func:`past_cut` lets the object reader (``roles_objects._attack_object``)
read that object as the target (switch ``MASDAR_PAST_CUT``).
"""

from __future__ import annotations

from dataclasses import replace

from marsad.agent.offline.context import DocContext
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention

__all__ = ["MASDAR_PAST_CUT", "masdar_end", "past_cut"]

MASDAR_PAST_CUT = True
"""Switch (on; off only to measure it): the word after a force annexed to a verbal noun is read even when the
frame's cut falls right after the force."""


def masdar_end(ctx: DocContext, f: Frame, m: Mention) -> int:
    """The first word index the annexed force must end before: the frame's end, or the sentence's end when the
    frame is cut right after the force with no clause break there."""
    s = ctx.sentences[f.si]
    n = len(s.words)
    end = min(f.hi, n)
    if MASDAR_PAST_CUT and m.j == end < n and not s.tokens[m.j].clause_start and not s.tokens[m.j].soft_break:
        return n
    return end


def past_cut(ctx: DocContext, f: Frame, heads: list[Mention]) -> Frame:
    """The frame, widened to the sentence's end when one of the actors annexed to its verbal noun (``heads``)
    ends at the frame's cut (:func:`masdar_end`), so that the object after the actor can be read."""
    hi = max((masdar_end(ctx, f, m) for m in heads), default=f.hi)
    return replace(f, hi=hi) if hi > f.hi else f
