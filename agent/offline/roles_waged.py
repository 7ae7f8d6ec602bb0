"""The side that waged a battle, told in a relative clause after the battle's noun.

"أسفرت المعارك التي بدأها الجيش فجرا عن سقوط 9 قتلى من المتمردين": the army waged the fighting whose toll
follows, so it is the doer (and no target). :func:`waged_side` reads a battle noun (``battle_nouns``), a relative
pronoun, a verb of waging or starting with the battle's pronoun (``wage_relative_verbs``) and the force or group
right after it. Only when the frame counts no dead before the battle noun ("قتل 5 جنود في المعارك التي خاضها
الجيش": the dead may be the waging side's own) and the side is not itself counted dead (switch ``WAGED_SIDE``).
"""

from __future__ import annotations

from marsad.agent.numbers import read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties import INJURED, KILLED
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare_in
from marsad.agent.offline.frames import Frame
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.roles_cues import _before_subject_nouns, _is_victim
from marsad.agent.offline.vocab import REL_PRONOUNS

__all__ = ["WAGED_SIDE", "waged_side"]

WAGED_SIDE = True
"""Switch (on; off only to measure it) for :func:`waged_side`."""
_BATTLES = rules.words("roles", "battle_nouns")
_WAGE = rules.words("roles", "wage_relative_verbs")


def waged_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or group told as waging the frame's battle in a relative clause after its noun, else None."""
    if not WAGED_SIDE:
        return None
    words = ctx.sentences[f.si].words
    hi = min(f.hi, len(words))
    for m in ctx.actors_in(f.si, f.lo, hi, FORCE_TYPES | {"armed_group"}):
        x = _before_subject_nouns(words, m, f.lo)
        if x - 3 < f.lo or not bare_in(words[x - 1], _WAGE) or words[x - 2] not in REL_PRONOUNS \
                or not bare_in(words[x - 3], _BATTLES):
            continue
        if any(read_quantity(words, y) is not None or bare_in(words[y], KILLED | INJURED) for y in range(f.lo, x - 3)):
            return None  # "قتل 5 جنود في المعارك التي خاضها الجيش": whose dead they are is not told
        if _is_victim(words, m, f):
            return None
        return m
    return None
