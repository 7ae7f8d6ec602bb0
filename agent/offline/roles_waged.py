"""The side that waged a battle, told in a relative clause after the battle's noun.

"أسفرت المعارك التي بدأها الجيش فجرا عن سقوط 9 قتلى من المتمردين": the army waged the fighting whose toll
follows, so it is the doer (and no target). :func:`waged_side` reads a battle noun (``battle_nouns``), a relative
pronoun, a verb of waging or starting with the battle's pronoun (``wage_relative_verbs``) and the force or group
right after it; with :data:`WAGED_INDEFINITE`, also an indefinite battle noun the verb follows as its
descriptive clause, with no relative pronoun ("خلال معركة طاحنة بدأها الجيش"). Only when the frame counts no dead before the battle noun ("قتل 5 جنود في المعارك التي خاضها
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

__all__ = ["WAGED_SIDE", "WAGED_INDEFINITE", "waged_side"]

WAGED_SIDE = True
"""Switch (on; off only to measure it) for :func:`waged_side`."""
WAGED_INDEFINITE = True
"""Switch (pass 58): an indefinite battle noun, with at most one indefinite adjective, right before the verb of
waging ("معركة طاحنة بدأها الجيش الوطني"، "مواجهات شنها المسلحون"): Arabic gives an indefinite noun's descriptive
clause no relative pronoun, so the side after the verb waged that battle as after "التي"."""
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
        if x - 2 < f.lo or not bare_in(words[x - 1], _WAGE):
            continue
        noun = x - 3 if x - 3 >= f.lo and words[x - 2] in REL_PRONOUNS and bare_in(words[x - 3], _BATTLES) \
            else _indefinite_battle(words, x - 1, f.lo) if WAGED_INDEFINITE else None
        if noun is None:
            continue
        if any(read_quantity(words, y) is not None or bare_in(words[y], KILLED | INJURED) for y in range(f.lo, noun)):
            return None  # "قتل 5 جنود في المعارك التي خاضها الجيش": whose dead they are is not told
        if _is_victim(words, m, f):
            return None
        return m
    return None


def _indefinite_battle(words: list[str], v: int, lo: int) -> int | None:
    """Index of an indefinite battle noun right before the verb at ``v``, or one word before it past an indefinite
    adjective ("معركة عنيفة بدأها"), not before ``lo``; else None (:data:`WAGED_INDEFINITE`)."""
    for y in (v - 1, v - 2):
        if y < lo:
            return None
        w = words[y]
        if w.startswith("ال") or not w.isalpha():
            return None  # a definite word ("المعركة بدأها" is a new clause) or a number, a mark
        if w in _BATTLES:
            return y
    return None
