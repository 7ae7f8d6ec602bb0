""":func:`weapons`: the weapons and means of an event frame as written, with their count, without the act.
"""

from __future__ import annotations

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention

__all__ = ["weapons"]


_ACT_WORDS = rules.words("roles", "act_words")


def weapons(ctx: DocContext, f: Frame) -> list[str]:
    """Weapons and means as written ("ثلاث عبوات ناسفة"), without the act ("انفجار")."""
    s = ctx.sentences[f.si]
    out = []
    for g in ctx.glossary[f.si]:
        if f.lo <= g.i < f.hi and g.entry.get("weapon"):
            while g.i < g.j - 1 and bare_in(s.words[g.i], _ACT_WORDS):
                g = Mention(g.entry, g.i + 1, g.j, s.token_span(g.i + 1, g.j)[0], g.end, "")  # "انفجار عبوة" -> "عبوة"
            if bare_in(s.words[g.i], _ACT_WORDS):
                continue  # "قصفت": the act, not the weapon
            a = g.i
            if a > 0 and read_quantity(s.words, a - 1) is not None and read_quantity(s.words, a - 1).value:
                a -= 1
            start = s.token_span(a, g.j)[0] if a < g.i else g.start
            out.append(ctx.quote(start, g.end))
    return out
